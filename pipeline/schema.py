"""Typed records that flow between pipeline stages.

Every stage consumes and produces these frozen dataclasses, never loose dicts, so a
change of shape is caught where it happens and not three stages later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Word:
    """One ASR word with its time range on the speaker's channel (seconds)."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Turn:
    """One speaker turn. ``start``/``end`` are None when the input has no timing."""

    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    words: tuple[Word, ...] = ()
    channel: int | None = None


@dataclass(frozen=True)
class Call:
    """A whole conversation: the unit that detection, redaction and outputs work on."""

    call_id: str
    turns: tuple[Turn, ...]
    source: str = ""
    line: int | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    audio_path: str | None = None
    duration: float | None = None
    language: str | None = None


@dataclass(frozen=True)
class PiiEntity:
    """A PII span. Offsets are character offsets into the ORIGINAL turn text."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str = ""


@dataclass(frozen=True)
class DetectedCall:
    """A call plus, for each of its turns, the PII found in that turn."""

    call: Call
    entities: tuple[tuple[PiiEntity, ...], ...]


@dataclass(frozen=True)
class Redaction:
    """One replacement in the REDACTED text: where it sits there and what it hides."""

    start: int
    end: int
    entity_type: str
    types: tuple[str, ...]
    score: float
    recognizer: str = ""


@dataclass(frozen=True)
class RedactedTurn:
    """A turn whose text has every PII span replaced according to the policy."""

    speaker: str
    text: str
    start: float | None
    end: float | None
    entities: tuple[PiiEntity, ...]
    channel: int | None = None
    redactions: tuple[Redaction, ...] = ()


@dataclass(frozen=True)
class RedactionInterval:
    """A stretch of audio that was masked: times, channel and type, never the value."""

    start: float
    end: float
    channel: int
    entity_types: tuple[str, ...]


@dataclass(frozen=True)
class RedactedCall:
    """The publishable form of a call: redacted turns, no original text anywhere."""

    call_id: str
    turns: tuple[RedactedTurn, ...]
    source: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)
    duration: float | None = None
    language: str | None = None
    audio_redactions: tuple[RedactionInterval, ...] = ()
    # The original recording, kept only so the audio stage can find it; never written.
    audio_path: str | None = None


@dataclass(frozen=True)
class DeadLetter:
    """An input that could not be processed. ``message`` must never carry content."""

    source: str
    reason: str
    message: str
    line: int | None = None
    call_id: str | None = None
    stage: str = ""
