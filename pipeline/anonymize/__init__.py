"""Anonymisation policy: per-entity operators (tag, numbered, pseudonym, mask, encrypt,
surrogate), their keys, and the redactor the pipeline's ``Redact`` stage calls."""

from pipeline.anonymize.keys import KeyConfigError, KeySource, Secret, generate_key_text
from pipeline.anonymize.policy import Policy, PolicyError, load_policy
from pipeline.anonymize.redactor import PolicyRedactor

__all__ = [
    "KeyConfigError",
    "KeySource",
    "Policy",
    "PolicyError",
    "PolicyRedactor",
    "Secret",
    "generate_key_text",
    "load_policy",
]
