"""A detection result on one turn, as the call analyzer collects them before mapping
spans back to the original text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """A result on one turn: offsets into the normalised text unless ``original``."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    original: bool = False


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` lies within one of ``spans`` or overlaps one."""
    return any(s < end and start < e for s, e in spans)
