"""The policy as a Beam-ready redactor: ``Redact(redactor=PolicyRedactor(policy))``.

Picklable (Beam ships it to workers). It keeps the policy's operators only, which hold
purpose-derived sub-keys: the policy's root keys never leave the driver. Its ``repr``
names the policy file only, so it is safe in logs and Beam's display data.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.anonymize.operators import CallState, normalise_value, person_aliases
from pipeline.anonymize.policy import Policy
from pipeline.redaction import DEFAULT_KEPT_METADATA, merge_spans, redact_call
from pipeline.schema import DetectedCall, RedactedCall


class PolicyRedactor:
    """``redact_call`` with each span replaced by the operator the policy names."""

    def __init__(self, policy: Policy):
        self._default = policy.default
        self._entities = dict(policy.entities)
        self._source = policy.source

    def __call__(
        self, detected: DetectedCall, kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA
    ) -> RedactedCall:
        state = CallState(person_aliases=person_aliases(_person_names(detected)))

        def replace(value: str, entity_type: str, call_id: str) -> str:
            chosen = self._entities.get(entity_type, self._default)
            return chosen.replace(value, entity_type, state)

        return redact_call(detected, operator=replace, kept_metadata=kept_metadata)

    def __repr__(self) -> str:
        return f"PolicyRedactor(policy={self._source!r})"


def _person_names(detected: DetectedCall) -> list[str]:
    """Every PERSON value of the call, normalised, as the redaction will see them."""
    names = []
    for turn, entities in zip(detected.call.turns, detected.entities, strict=False):
        for span in merge_spans(entities, len(turn.text)):
            if span.entity_type == "PERSON":
                names.append(normalise_value(turn.text[span.start : span.end], "PERSON"))
    return names
