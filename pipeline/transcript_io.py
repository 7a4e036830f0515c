"""Parse transcript files (``.json`` one call, ``.jsonl`` one call per line) into Calls.

Every problem becomes a ``DeadLetter`` with a reason code and a message that names the
field and line, never the content: a bad line must not leak what it contained.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline import reasons
from pipeline.schema import Call, DeadLetter, Turn

TRANSCRIPT_EXTENSIONS = (".json", ".jsonl")


@dataclass(frozen=True)
class TranscriptLimits:
    """Guards against inputs that would exhaust a worker (see the README's limits)."""

    max_turn_chars: int = 20_000
    max_call_chars: int = 2_000_000
    max_turns: int = 20_000


class InvalidCall(ValueError):
    """A call record that does not match the input format; carries a reason code."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def is_transcript_path(path: str) -> bool:
    return path.lower().endswith(TRANSCRIPT_EXTENSIONS)


def parse_transcript_file(
    path: str, data: bytes, limits: TranscriptLimits = TranscriptLimits()
) -> Iterator[Call | DeadLetter]:
    """Yield a Call per valid record and a DeadLetter per invalid file or line."""
    if not data.strip():
        yield DeadLetter(path, reasons.EMPTY_FILE, "file is empty", stage="read")
        return
    if path.lower().endswith(".jsonl"):
        yield from _parse_jsonl(path, data, limits)
    else:
        yield _parse_record_bytes(path, data, None, limits)


def _parse_jsonl(path: str, data: bytes, limits: TranscriptLimits) -> Iterator[Call | DeadLetter]:
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.strip():
            yield _parse_record_bytes(path, raw, number, limits)


def _parse_record_bytes(
    path: str, raw: bytes, line: int | None, limits: TranscriptLimits
) -> Call | DeadLetter:
    where = f"line {line}: " if line is not None else ""
    try:
        text = raw.decode("utf-8-sig" if line in (None, 1) else "utf-8")
    except UnicodeDecodeError as e:
        return DeadLetter(
            path, reasons.INVALID_UTF8, f"{where}not UTF-8 at byte {e.start}", line, stage="read"
        )
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        # e.msg and the position never include the document's text.
        return DeadLetter(
            path,
            reasons.INVALID_JSON,
            f"{where}invalid JSON: {e.msg} at column {e.colno}",
            line,
            stage="read",
        )
    except RecursionError:
        return DeadLetter(
            path, reasons.INVALID_JSON, f"{where}JSON nested too deeply", line, stage="read"
        )
    try:
        return call_from_record(record, path, line, limits)
    except InvalidCall as e:
        call_id = record.get("call_id") if isinstance(record, dict) else None
        return DeadLetter(
            path,
            e.reason,
            f"{where}{e}",
            line,
            call_id=call_id if isinstance(call_id, str) and len(call_id) <= 200 else None,
            stage="read",
        )


def call_from_record(
    record: Any, source: str, line: int | None, limits: TranscriptLimits = TranscriptLimits()
) -> Call:
    """Validate one decoded JSON record and build a Call; raise InvalidCall if it is bad."""
    if not isinstance(record, dict):
        raise InvalidCall(reasons.NOT_AN_OBJECT, "a call must be a JSON object")
    call_id = _required(record, "call_id", str)
    if not call_id.strip() or len(call_id) > 200:
        raise InvalidCall(reasons.WRONG_TYPE, "field 'call_id' must be 1-200 characters")
    turns_raw = _required(record, "turns", list)
    if not turns_raw:
        raise InvalidCall(reasons.NO_TURNS, "field 'turns' is empty")
    if len(turns_raw) > limits.max_turns:
        raise InvalidCall(reasons.CALL_TOO_LARGE, f"more than {limits.max_turns} turns")
    turns = tuple(_turn(t, i, limits) for i, t in enumerate(turns_raw))
    if sum(len(t.text) for t in turns) > limits.max_call_chars:
        raise InvalidCall(reasons.CALL_TOO_LARGE, f"more than {limits.max_call_chars} characters")
    metadata = record.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise InvalidCall(reasons.WRONG_TYPE, "field 'metadata' must be an object")
    return Call(call_id=call_id, turns=turns, source=source, line=line, metadata=metadata)


def _turn(raw: Any, index: int, limits: TranscriptLimits) -> Turn:
    name = f"turns[{index}]"
    if not isinstance(raw, dict):
        raise InvalidCall(reasons.WRONG_TYPE, f"field '{name}' must be an object")
    speaker = _required(raw, "speaker", str, name)
    text = _required(raw, "text", str, name)
    if len(text) > limits.max_turn_chars:
        raise InvalidCall(
            reasons.TURN_TOO_LONG, f"field '{name}.text' longer than {limits.max_turn_chars}"
        )
    start = _optional_time(raw, "start", name)
    end = _optional_time(raw, "end", name)
    if start is not None and end is not None and end < start:
        raise InvalidCall(reasons.WRONG_TYPE, f"field '{name}.end' is before '{name}.start'")
    return Turn(speaker=speaker, text=text, start=start, end=end)


def _required(record: dict, key: str, kind: type, parent: str = "") -> Any:
    name = f"{parent}.{key}" if parent else key
    if key not in record:
        raise InvalidCall(reasons.MISSING_FIELD, f"missing field '{name}'")
    value = record[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InvalidCall(reasons.WRONG_TYPE, f"field '{name}' must be {kind.__name__}")
    return value


def _optional_time(record: dict, key: str, parent: str) -> float | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidCall(reasons.WRONG_TYPE, f"field '{parent}.{key}' must be a number")
    if value < 0:
        raise InvalidCall(reasons.WRONG_TYPE, f"field '{parent}.{key}' must not be negative")
    return float(value)
