"""Turn detected spans into redacted text.

Overlapping and touching spans are merged before replacement, so a value found by two
recognizers with slightly different edges can never leave a sliver of itself visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.schema import (
    Call,
    DetectedCall,
    PiiEntity,
    RedactedCall,
    RedactedTurn,
    Redaction,
    Turn,
)

# Replaces one merged span: (original span text, entity type, call id) -> replacement.
Operator = Callable[[str, str, str], str]

# Metadata keys copied to redacted records by default: descriptive, never identifying.
DEFAULT_KEPT_METADATA = ("queue", "disposition", "direction", "language", "channel_layout")


def tag_operator(value: str, entity_type: str, call_id: str) -> str:
    """The default policy: ``[CREDIT_CARD]``: readable and reveals nothing of the value."""
    return f"[{entity_type}]"


@dataclass(frozen=True)
class MergedSpan:
    start: int
    end: int
    entity_type: str
    types: tuple[str, ...]
    score: float
    recognizer: str


def merge_spans(entities: Sequence[PiiEntity], text_length: int) -> list[MergedSpan]:
    """Union overlapping spans; the merged span takes the type of its best-scoring part."""
    spans = sorted(
        (e for e in entities if 0 <= e.start < e.end <= text_length),
        key=lambda e: (e.start, -e.end),
    )
    merged: list[list[PiiEntity]] = []
    for entity in spans:
        if merged and entity.start < max(e.end for e in merged[-1]):
            merged[-1].append(entity)
        else:
            merged.append([entity])
    return [_merged(group) for group in merged]


def _merged(group: list[PiiEntity]) -> MergedSpan:
    best = max(group, key=lambda e: (e.score, e.end - e.start, e.entity_type))
    return MergedSpan(
        start=min(e.start for e in group),
        end=max(e.end for e in group),
        entity_type=best.entity_type,
        types=tuple(sorted({e.entity_type for e in group})),
        score=best.score,
        recognizer=best.recognizer,
    )


def redact_text(
    text: str, entities: Sequence[PiiEntity], operator: Operator = tag_operator, call_id: str = ""
) -> tuple[str, tuple[Redaction, ...]]:
    """The redacted text and where each replacement sits in it."""
    pieces: list[str] = []
    redactions: list[Redaction] = []
    cursor = length = 0
    for span in merge_spans(entities, len(text)):
        kept = text[cursor : span.start]
        pieces.append(kept)
        length += len(kept)
        replacement = operator(text[span.start : span.end], span.entity_type, call_id)
        pieces.append(replacement)
        redactions.append(
            Redaction(
                start=length,
                end=length + len(replacement),
                entity_type=span.entity_type,
                types=span.types,
                score=span.score,
                recognizer=span.recognizer,
            )
        )
        length += len(replacement)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces), tuple(redactions)


def redact_turn(turn: Turn, entities: Sequence[PiiEntity], operator: Operator, call_id: str):
    text, redactions = redact_text(turn.text, entities, operator, call_id)
    return RedactedTurn(
        speaker=turn.speaker,
        text=text,
        start=turn.start,
        end=turn.end,
        entities=tuple(sorted(entities, key=lambda e: (e.start, e.end, e.entity_type))),
        channel=turn.channel,
        redactions=redactions,
    )


def redact_call(
    detected: DetectedCall,
    operator: Operator = tag_operator,
    kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA,
) -> RedactedCall:
    """The publishable call. Metadata keys not explicitly kept are dropped (fail closed)."""
    call: Call = detected.call
    if len(detected.entities) != len(call.turns):
        raise ValueError("entities do not line up with turns")
    turns = tuple(
        redact_turn(turn, entities, operator, call.call_id)
        for turn, entities in zip(call.turns, detected.entities, strict=True)
    )
    return RedactedCall(
        call_id=call.call_id,
        turns=turns,
        source=call.source,
        metadata={k: call.metadata[k] for k in kept_metadata if k in call.metadata},
        duration=call.duration,
        language=call.language,
        audio_path=call.audio_path,
    )
