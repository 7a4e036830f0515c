"""Read a pipeline output folder into typed, render-ready records.

Reads ``redacted/*.jsonl``, ``dead_letter/*.jsonl``, ``summary.json`` and finds redacted
audio in ``audio/``. Nothing here keeps or logs turn text beyond the redacted text the
pipeline already published; problems are reported by file and line number only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.report.mapping import EntityMark, TurnLayout, layout_turn

LOG = logging.getLogger(__name__)

AUDIO_EXTENSIONS = ("flac", "wav", "mp3", "ogg", "opus", "m4a")
_SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
_UNSAFE_CHARS_RE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class AudioRedaction:
    """A masked stretch of the redacted audio: times, channel and types only."""

    start: float
    end: float
    channel: int | None
    entity_types: tuple[str, ...]


@dataclass(frozen=True)
class ReportTurn:
    index: int
    speaker: str
    role: str  # "agent", "customer" or "other": decides the side the turn is drawn on
    start: float | None
    end: float | None
    channel: int | None
    layout: TurnLayout

    @property
    def entity_marks(self) -> tuple[EntityMark, ...]:
        marks = [e for chip in self.layout.chips for e in chip.entities]
        return (*marks, *self.layout.unlocated)

    @property
    def types(self) -> tuple[str, ...]:
        found = {t for chip in self.layout.chips for t in chip.types}
        found.update(e.entity_type for e in self.layout.unlocated)
        return tuple(sorted(found))


@dataclass(frozen=True)
class ReportCall:
    call_id: str
    page_name: str  # file name of the call page, safe on every file system
    source: str
    duration: float | None
    language: str | None
    turns: tuple[ReportTurn, ...]
    audio_redactions: tuple[AudioRedaction, ...]
    audio_file: Path | None
    record_file: str
    record_line: int

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.speaker for t in self.turns))

    @property
    def entity_counts(self) -> Counter:
        """Detected entities per type (an entity merged into another still counts)."""
        counts: Counter = Counter()
        for turn in self.turns:
            counts.update(e.entity_type for e in turn.entity_marks)
            for chip in turn.layout.chips:
                if not chip.entities:
                    counts[chip.entity_type] += 1  # reported replacement, no entity behind it
        return counts

    @property
    def unlocated_count(self) -> int:
        return sum(len(t.layout.unlocated) for t in self.turns)

    def low_confidence_count(self, threshold: float) -> int:
        return sum(
            1
            for turn in self.turns
            for e in turn.entity_marks
            if e.score is not None and e.score < threshold
        )


@dataclass(frozen=True)
class DeadLetterView:
    source: str
    line: int | None
    call_id: str | None
    reason: str
    message: str
    stage: str


@dataclass(frozen=True)
class OutputData:
    """Everything the report shows about one pipeline output folder."""

    calls: tuple[ReportCall, ...]
    dead_letters: tuple[DeadLetterView, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def speaker_role(speaker: str, first_seen: int) -> str:
    """Agent or customer from the speaker label; unknown labels alternate by first appearance."""
    label = speaker.upper()
    if "AGENT" in label or label == "REP":
        return "agent"
    if any(word in label for word in ("CUSTOMER", "CALLER", "CLIENT")):
        return "customer"
    return "agent" if first_seen % 2 == 0 else "customer"


def page_name(call_id: str, taken: set[str]) -> str:
    """A file name for the call page: the id itself when safe, else a sanitised id + hash.

    Compared case-insensitively, so two ids never share a page on macOS or Windows.
    """
    if _SAFE_NAME_RE.match(call_id) and f"{call_id.lower()}.html" not in taken:
        name = call_id
    else:
        digest = hashlib.sha256(call_id.encode("utf-8")).hexdigest()[:10]
        stem = _UNSAFE_CHARS_RE.sub("_", call_id).strip("._-")[:60] or "call"
        name, n = f"{stem}-{digest}", 1
        while f"{name.lower()}.html" in taken:
            n += 1
            name = f"{stem}-{digest}-{n}"
    taken.add(f"{name.lower()}.html")
    return f"{name}.html"


def _read_jsonl(path: Path, base: Path, problems: list[str]) -> Iterator[tuple[int, dict]]:
    rel = path.relative_to(base).as_posix()
    with path.open(encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                record = None
            if not isinstance(record, dict):
                problems.append(f"{rel} line {number}: not a JSON object; the line was skipped")
                LOG.warning("skipped unreadable line %d of %s", number, rel)
                continue
            yield number, record


def find_audio(output_dir: Path, call_id: str, stem: str) -> Path | None:
    """The redacted recording for a call, if the audio stage wrote one."""
    audio_dir = output_dir / "audio"
    if not audio_dir.is_dir():
        return None
    for name in dict.fromkeys((call_id, stem)):
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            continue
        for ext in AUDIO_EXTENSIONS:
            candidate = audio_dir / f"{name}.{ext}"
            if candidate.is_file():
                return candidate
    return None


def _turn(index: int, raw: Any, roles: dict[str, int]) -> ReportTurn:
    raw = raw if isinstance(raw, dict) else {}
    speaker = _text(raw.get("speaker")).strip() or "UNKNOWN"
    roles.setdefault(speaker, len(roles))
    entities = raw.get("entities")
    redactions = raw.get("redactions")
    return ReportTurn(
        index=index,
        speaker=speaker,
        role=speaker_role(speaker, roles[speaker]),
        start=_number(raw.get("start")),
        end=_number(raw.get("end")),
        channel=_int_or_none(raw.get("channel")),
        layout=layout_turn(
            _text(raw.get("text")),
            entities if isinstance(entities, list) else [],
            redactions if isinstance(redactions, list) else None,
        ),
    )


def _audio_redactions(raw: Any) -> tuple[AudioRedaction, ...]:
    out = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        start, end = _number(item.get("start")), _number(item.get("end"))
        if start is None or end is None:
            continue
        types = item.get("entity_types")
        out.append(
            AudioRedaction(
                start=start,
                end=end,
                channel=_int_or_none(item.get("channel")),
                entity_types=tuple(t for t in types if isinstance(t, str))
                if isinstance(types, list)
                else (),
            )
        )
    return tuple(sorted(out, key=lambda r: (r.start, r.end)))


def load_output(output_dir: str | Path) -> OutputData:
    """Read a pipeline output folder; raises ``FileNotFoundError`` saying what to run."""
    base = Path(output_dir)
    redacted_dir = base / "redacted"
    if not redacted_dir.is_dir():
        raise FileNotFoundError(
            f"{base} has no redacted/ folder: pass the folder given to the pipeline as its "
            "output (the one holding redacted/, dead_letter/ and summary.json)"
        )
    problems: list[str] = []
    raw_calls: list[tuple[str, int, dict]] = []
    for path in sorted(redacted_dir.glob("*.jsonl")):
        for number, record in _read_jsonl(path, base, problems):
            call_id = record.get("call_id")
            if not isinstance(call_id, str) or not call_id:
                rel = path.relative_to(base).as_posix()
                problems.append(f"{rel} line {number}: no call_id; the record was skipped")
                continue
            raw_calls.append((path.relative_to(base).as_posix(), number, record))
    raw_calls.sort(key=lambda item: (item[2]["call_id"], item[0], item[1]))

    taken: set[str] = set()
    calls = []
    for rel, number, record in raw_calls:
        call_id = record["call_id"]
        roles: dict[str, int] = {}
        raw_turns = record.get("turns")
        raw_turns = raw_turns if isinstance(raw_turns, list) else []
        turns = tuple(_turn(i, t, roles) for i, t in enumerate(raw_turns))
        duration = _number(record.get("duration"))
        if duration is None:
            ends = [t.end for t in turns if t.end is not None]
            duration = max(ends) if ends else None
        name = page_name(call_id, taken)
        language = record.get("language")
        calls.append(
            ReportCall(
                call_id=call_id,
                page_name=name,
                source=_text(record.get("source")),
                duration=duration,
                language=language if isinstance(language, str) else None,
                turns=turns,
                audio_redactions=_audio_redactions(record.get("audio_redactions")),
                audio_file=find_audio(base, call_id, name[: -len(".html")]),
                record_file=rel,
                record_line=number,
            )
        )

    dead_letters = []
    dead_dir = base / "dead_letter"
    for path in sorted(dead_dir.glob("*.jsonl")) if dead_dir.is_dir() else []:
        for _, record in _read_jsonl(path, base, problems):
            call_id = record.get("call_id")
            dead_letters.append(
                DeadLetterView(
                    source=_text(record.get("source")),
                    line=_int_or_none(record.get("line")),
                    call_id=call_id if isinstance(call_id, str) else None,
                    reason=_text(record.get("reason"), "unknown"),
                    message=_text(record.get("message")),
                    stage=_text(record.get("stage")),
                )
            )

    summary: dict[str, Any] = {}
    summary_path = base / "summary.json"
    if summary_path.is_file():
        try:
            loaded = json.loads(summary_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            loaded = None
        if isinstance(loaded, dict):
            summary = loaded
        else:
            problems.append("summary.json: not a JSON object; counts below are from the records")
    return OutputData(tuple(calls), tuple(dead_letters), summary, tuple(problems))
