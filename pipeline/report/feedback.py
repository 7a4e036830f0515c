"""Reviewer feedback: the file a call page exports, and how the pipeline reads it back.

File format (version 1), written by the "Export feedback" button of a call page::

    {"version": 1,
     "marks": [{"call_id": "call-001", "turn": 3, "kind": "missed_pii",
                "text": "Jane Example", "entity_type": "PERSON", "note": "name on second try"},
               {"call_id": "call-001", "turn": 5, "kind": "not_pii", "text": "Acme Gold"}]}

``turn`` is the 0-based index into the record's ``turns``. ``text``, ``entity_type`` and
``note`` are optional. Other top-level keys (``exported_from``) are kept for people and ignored.

A ``missed_pii`` mark's ``text`` IS PII: the value the redaction missed, selected by the
reviewer. It is stored nowhere but this file, which the reviewer exports on purpose. Treat
the file like the original recordings; this module never logs or prints mark texts or notes,
and its errors name the mark by number, never by content.

``allow_list`` (texts marked "not PII") and ``deny_list`` (texts marked "missed PII") are what
``CallAnalyzer.create(config, allow_list=..., deny_list=...)`` takes. A text marked both ways
is denied and left out of the allow list: redaction fails closed.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

FORMAT_VERSION = 1
KINDS = ("missed_pii", "not_pii")
Kind = Literal["missed_pii", "not_pii"]
_MARK_KEYS = frozenset({"call_id", "turn", "kind", "text", "entity_type", "note"})
_MAX_TEXT = 1000


class FeedbackError(ValueError):
    """A feedback file that cannot be used; the message says which mark and what to fix."""


@dataclass(frozen=True)
class FeedbackMark:
    call_id: str
    turn: int
    kind: Kind
    text: str | None = None
    entity_type: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"call_id": self.call_id, "turn": self.turn, "kind": self.kind}
        for key in ("text", "entity_type", "note"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


def _normalise(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Feedback:
    """Reviewer marks, and the allow/deny lists the detector takes from them."""

    marks: tuple[FeedbackMark, ...] = ()

    def _texts(self, kind: str) -> tuple[str, ...]:
        texts = (_normalise(m.text) for m in self.marks if m.kind == kind and m.text)
        return tuple(sorted({t for t in texts if t}))

    @property
    def deny_list(self) -> tuple[str, ...]:
        """Texts reviewers marked as missed PII: always to be redacted."""
        return self._texts("missed_pii")

    @property
    def allow_list(self) -> tuple[str, ...]:
        """Texts reviewers marked as not PII, minus any text also marked as missed PII."""
        denied = set(self.deny_list)
        return tuple(t for t in self._texts("not_pii") if t not in denied)

    @property
    def deny_list_by_entity(self) -> dict[str, tuple[str, ...]]:
        """Deny-list texts per entity type, for per-entity deny-list recognizers.

        Marks without an entity type are listed under ``"PII"``.
        """
        grouped: dict[str, set[str]] = {}
        for m in self.marks:
            if m.kind == "missed_pii" and m.text and _normalise(m.text):
                grouped.setdefault(m.entity_type or "PII", set()).add(_normalise(m.text))
        return {k: tuple(sorted(v)) for k, v in sorted(grouped.items())}

    @property
    def conflicts(self) -> int:
        """How many texts were marked both "not PII" and "missed PII"."""
        return len(set(self._texts("not_pii")) & set(self.deny_list))

    def to_dict(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, "marks": [m.to_dict() for m in self.marks]}


def _optional_str(raw: dict, key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FeedbackError(f"{where}: {key!r} must be a string; fix or remove it")
    if len(value) > _MAX_TEXT:
        raise FeedbackError(
            f"{where}: {key!r} is longer than {_MAX_TEXT} characters; mark a shorter text"
        )
    return value


def _mark(raw: Any, where: str) -> FeedbackMark:
    if not isinstance(raw, dict):
        raise FeedbackError(f"{where}: must be an object with call_id, turn and kind")
    unknown = sorted(set(raw) - _MARK_KEYS)
    if unknown:
        raise FeedbackError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
            f"allowed keys are {', '.join(sorted(_MARK_KEYS))}"
        )
    call_id = raw.get("call_id")
    if not isinstance(call_id, str) or not call_id:
        raise FeedbackError(f"{where}: 'call_id' must be a non-empty string")
    turn = raw.get("turn")
    if not isinstance(turn, int) or isinstance(turn, bool) or turn < 0:
        raise FeedbackError(f"{where}: 'turn' must be a turn index (an integer, 0 or more)")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise FeedbackError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    entity_type = _optional_str(raw, "entity_type", where)
    return FeedbackMark(
        call_id=call_id,
        turn=turn,
        kind=kind,
        text=_optional_str(raw, "text", where),
        entity_type=(entity_type.strip().upper() or None) if entity_type is not None else None,
        note=_optional_str(raw, "note", where),
    )


def parse_feedback(data: Any, name: str = "feedback") -> Feedback:
    """Validate a decoded feedback document; raises ``FeedbackError`` naming the bad mark."""
    if not isinstance(data, dict):
        raise FeedbackError(f"{name}: must be a JSON object with 'version' and 'marks'")
    if data.get("version") != FORMAT_VERSION:
        raise FeedbackError(
            f"{name}: unsupported 'version' (expected {FORMAT_VERSION}); export it again from "
            "a report made by this version of callredact"
        )
    marks = data.get("marks")
    if not isinstance(marks, list):
        raise FeedbackError(f"{name}: 'marks' must be a list")
    return Feedback(tuple(_mark(m, f"{name}: mark {i}") for i, m in enumerate(marks)))


def load_feedback(path: str | os.PathLike) -> Feedback:
    """Read a feedback file exported from a call page (or written by ``feedback merge``)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise FeedbackError(
            f"{path}: no such feedback file; export one with the 'Export feedback' button "
            "of a call page"
        ) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        # The decoder's message can quote the file, which may hold PII: keep only the place.
        at = f" at line {e.lineno}" if isinstance(e, json.JSONDecodeError) else ""
        raise FeedbackError(
            f"{path}: not valid UTF-8 JSON{at}; export the file again from the report"
        ) from None
    return parse_feedback(data, str(path))


def merge_feedback(feedbacks: Iterable[Feedback]) -> Feedback:
    """All marks of several files, in order, each identical mark once."""
    return Feedback(tuple(dict.fromkeys(m for f in feedbacks for m in f.marks)))


def write_feedback(feedback: Feedback, path: str | os.PathLike) -> None:
    """Write atomically (temporary file, then rename), owner-readable only: it may hold PII."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(feedback.to_dict(), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class FeedbackSummary:
    """Counts only, safe to print and log: no mark texts, no notes."""

    marks: int
    by_kind: dict[str, int]
    by_call: dict[str, dict[str, int]]
    by_entity_type: dict[str, int]
    allow_list_size: int
    deny_list_size: int
    conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "marks": self.marks,
            "by_kind": self.by_kind,
            "by_call": self.by_call,
            "by_entity_type": self.by_entity_type,
            "allow_list_size": self.allow_list_size,
            "deny_list_size": self.deny_list_size,
            "conflicts": self.conflicts,
        }

    def to_text(self) -> str:
        lines = [
            f"marks: {self.marks} "
            + " ".join(f"{kind}={self.by_kind.get(kind, 0)}" for kind in KINDS),
            f"allow list: {self.allow_list_size} text(s), deny list: {self.deny_list_size} "
            f"text(s), marked both ways (denied): {self.conflicts}",
        ]
        if self.by_entity_type:
            lines.append(
                "entity types: " + " ".join(f"{t}={n}" for t, n in self.by_entity_type.items())
            )
        for call_id, counts in self.by_call.items():
            lines.append(
                f"  {call_id}: " + " ".join(f"{kind}={counts.get(kind, 0)}" for kind in KINDS)
            )
        return "\n".join(lines)


def summarize_feedback(feedback: Feedback) -> FeedbackSummary:
    """Counts per kind, per call and per entity type, for ``make eval`` and the CLI."""
    by_call: dict[str, Counter] = {}
    for m in feedback.marks:
        by_call.setdefault(m.call_id, Counter())[m.kind] += 1
    by_type = Counter(m.entity_type or "(none)" for m in feedback.marks)
    return FeedbackSummary(
        marks=len(feedback.marks),
        by_kind={kind: sum(1 for m in feedback.marks if m.kind == kind) for kind in KINDS},
        by_call={c: {k: counts[k] for k in KINDS} for c, counts in sorted(by_call.items())},
        by_entity_type=dict(sorted(by_type.items())),
        allow_list_size=len(feedback.allow_list),
        deny_list_size=len(feedback.deny_list),
        conflicts=feedback.conflicts,
    )
