"""PERSON and LOCATION from the spaCy model's named-entity recogniser.

spaCy runs once per batch of turns in ``CallAnalyzer`` (``nlp.pipe``); this recognizer
only turns a parsed ``Doc`` into results, so it never calls the model itself.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.spoken_person_recognizer import NOT_NAME

# Brand names and forms of address the small model mistakes for people.
_NOT_PEOPLE = frozenset(
    {
        "visa",
        "mastercard",
        "amex",
        "discover",
        "paypal",
        "venmo",
        "zelle",
        "sir",
        "ma'am",
        "madam",
        "mm",
        "hmm",
        "mm-hmm",
        "uh",
        "um",
        "okay",
        "ok",
        "cvv",
        "pin",
        "ssn",
    }
)


_NOT_NAME_WORD = re.compile(NOT_NAME, re.IGNORECASE)
_CALL_WORDS = frozenset(
    {"zip", "code", "expiry", "expiration", "date", "security", "social", "routing",
     "email", "address", "balance", "billing", "payment", "pin", "password", "birth",
     "cvv", "ssn", "dob", "member", "policy", "id", "digits", "digit", "street", "city",
     "state", "please", "checking", "savings", "debit", "credit", "verification", "mm"}
)  # fmt: skip


class SpacyNerRecognizer(EntityRecognizer):
    """Maps spaCy entity labels to Presidio entities (PERSON <- PERSON, LOCATION <- GPE/LOC)."""

    LABELS: ClassVar[dict[str, str]] = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
    SCORES: ClassVar[dict[str, float]] = {"PERSON": 0.85, "LOCATION": 0.5}

    def __init__(self, labels: dict[str, str] | None = None):
        self.labels = dict(self.LABELS if labels is None else labels)
        super().__init__(
            supported_entities=sorted(set(self.labels.values())),
            name=type(self).__name__,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the model is shared with the analyzer."""

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Presidio entry point: results from ``nlp_artifacts.entities`` (spaCy spans)."""
        if nlp_artifacts is None:
            return []
        return self.from_spans(text, nlp_artifacts.entities)

    def from_spans(self, text: str, spans) -> list[RecognizerResult]:
        """Results for spaCy entity spans over ``text``."""
        results = []
        for span in spans:
            entity = self.labels.get(span.label_)
            if entity is None:
                continue
            value = text[span.start_char : span.end_char].strip(" .,'\"")
            if len(value) < 2 or not any(c.isalpha() for c in value):
                continue
            if value.lower() in _NOT_PEOPLE or value.lower().split()[0] in _NOT_PEOPLE:
                continue
            if entity in ("PERSON", "LOCATION") and all(
                _NOT_NAME_WORD.fullmatch(w) or _bare(w) in _CALL_WORDS for w in value.split()
            ):
                continue  # "Expiry", "zip code", "Social": call-centre vocabulary, not PII
            results.append(
                RecognizerResult(
                    entity,
                    span.start_char,
                    span.end_char,
                    self.SCORES.get(entity, 0.6),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name},
                )
            )
        return results


def _bare(word: str) -> str:
    """A word without its possessive or contraction: "code's" -> "code" (spoken "zip code's
    94103" is "zip code is")."""
    low = word.lower().strip('.,;:!?"')
    for suffix in ("'s", "’s"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low
