"""Build a turn's text piece by piece while recording exact gold offsets.

Casing and punctuation of a style are applied to each piece before the pieces are
joined, and whitespace is normalised afterwards through an offset map, so a gold span
always points at exactly the characters of the value it labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters a spoken-form transcript (ASR without punctuation) never contains.
_PUNCTUATION = re.compile(r"[.,?!;:\"()$%&]")


@dataclass(frozen=True)
class GoldSpan:
    """A labelled stretch of a turn: ``text[start:end]`` is exactly the labelled value."""

    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class BuiltTurn:
    """A finished turn: its text, its PII spans and its must-not-redact spans."""

    speaker: str
    text: str
    gold: tuple[GoldSpan, ...]
    distractors: tuple[GoldSpan, ...]


def cased(text: str, casing: str, literal: bool) -> str:
    """Apply a transcript casing to one piece: 'as_is', 'upper', or 'spoken'.

    'spoken' lower-cases and, for literal conversation text only, drops punctuation:
    values are already rendered in their spoken form by the caller.
    """
    if casing == "as_is":
        return text
    if casing == "upper":
        return text.upper()
    if casing == "spoken":
        lowered = text.lower()
        return _PUNCTUATION.sub(" ", lowered) if literal else lowered
    raise ValueError(f"unknown casing {casing!r}; use as_is, upper or spoken")


class TurnBuilder:
    """Accumulates literal text, PII values and distractors for one turn."""

    def __init__(self, speaker: str):
        self.speaker = speaker
        self._pieces: list[tuple[str, str | None, bool]] = []

    def say(self, text: str) -> TurnBuilder:
        """Conversation text that is neither PII nor a tagged distractor."""
        self._pieces.append((text, None, False))
        return self

    def pii(self, entity_type: str, value: str) -> TurnBuilder:
        """A PII value, already rendered; it becomes one gold span."""
        if not value or value != value.strip():
            raise ValueError("a PII value must be non-empty without surrounding spaces")
        self._pieces.append((value, entity_type, False))
        return self

    def distractor(self, kind: str, value: str) -> TurnBuilder:
        """Non-PII text that looks like PII (amounts, times, IVR options): must stay."""
        if not value or value != value.strip():
            raise ValueError("a distractor must be non-empty without surrounding spaces")
        self._pieces.append((value, kind, True))
        return self

    @property
    def has_content(self) -> bool:
        return any(text.strip() for text, _, _ in self._pieces)

    def build(self, casing: str, squeeze: bool = True) -> BuiltTurn:
        """Join the pieces under ``casing``; with ``squeeze``, normalise whitespace.

        Transcripts are one line with single spaces; general text keeps its newlines.
        Offsets stay exact either way.
        """
        raw: list[str] = []
        spans: list[tuple[str, int, int, bool]] = []
        pos = 0
        for text, label, is_distractor in self._pieces:
            piece = cased(text, casing, literal=label is None)
            if label is not None:
                spans.append((label, pos, pos + len(piece), is_distractor))
            raw.append(piece)
            pos += len(piece)
        if squeeze:
            text, new_index = _squeeze_spaces("".join(raw))
        else:
            text, new_index = "".join(raw), list(range(pos))
        gold: list[GoldSpan] = []
        distractors: list[GoldSpan] = []
        for label, start, end, is_distractor in spans:
            span = GoldSpan(label, new_index[start], new_index[end - 1] + 1)
            (distractors if is_distractor else gold).append(span)
        return BuiltTurn(self.speaker, text, tuple(gold), tuple(distractors))


def _squeeze_spaces(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space and strip; map each old index to its new one.

    A dropped character maps to the index of the next kept character, which is never
    used for span ends because values have no surrounding whitespace.
    """
    kept: list[str] = []
    mapping: list[int] = []
    for ch in text:
        if ch.isspace():
            if not kept or kept[-1] == " ":
                mapping.append(len(kept))
                continue
            kept.append(" ")
        else:
            kept.append(ch)
        mapping.append(len(kept) - 1)
    while kept and kept[-1] == " ":
        kept.pop()
    return "".join(kept), mapping
