"""Labelled call transcripts from files, so detection can be measured on your own calls.

The generator in ``corpus`` is what the recognizers were developed against; a team's own
transcripts, labelled by a person, say how the detector does on calls it has never seen.
One JSON object per line (``.jsonl``)::

    {"call_id": "c-001", "style": "spoken", "turns": [
      {"speaker": "customer", "text": "it's maria delgado",
       "pii": [{"label": "PERSON", "value": "maria delgado"}]}]}

A span is given by ``value`` (the first occurrence in the turn that no earlier entry
labelled) or by ``start``/``end`` character offsets. ``style`` is optional; calls are
grouped by it in the report (the speech-aware target is set on ``spoken``). Errors name
the file and line and never quote the transcript: the files hold real PII.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.evaluation.corpus import STYLES, LabelledCall
from pipeline.evaluation.text_builder import GoldSpan
from pipeline.schema import Call, Turn

SOURCE_LABELLED = "labelled files"
UNSTYLED = "unstyled"


class LabelledInputError(ValueError):
    """A labelled file that cannot be scored: the message says where and why."""


def load_labelled_calls(paths: Iterable[str | Path]) -> list[LabelledCall]:
    """Every call of every file, in order; raises ``LabelledInputError`` on the first fault."""
    calls: list[LabelledCall] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise LabelledInputError(f"cannot read {path} ({e.strerror})") from e
        except UnicodeDecodeError as e:
            raise LabelledInputError(f"{path} is not UTF-8 text") from e
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            call = _labelled_call(_json_object(line, where), where)
            if call.call.call_id in seen:
                raise LabelledInputError(
                    f"{where}: call_id {call.call.call_id!r} already used at "
                    f"{seen[call.call.call_id]}; call ids must be unique"
                )
            seen[call.call.call_id] = where
            calls.append(call)
    if not calls:
        raise LabelledInputError("the labelled files hold no calls; one JSON object per line")
    return calls


def styles_of(calls: Iterable[LabelledCall]) -> tuple[str, ...]:
    """The styles present, the generator's order first, then any others alphabetically."""
    present = {c.style for c in calls}
    return (*[s for s in STYLES if s in present], *sorted(present - set(STYLES)))


def _json_object(line: str, where: str) -> Mapping[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise LabelledInputError(f"{where}: not JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(record, dict):
        raise LabelledInputError(f"{where}: each line must be a JSON object (one call)")
    return record


def _labelled_call(record: Mapping[str, Any], where: str) -> LabelledCall:
    call_id = record.get("call_id")
    if not isinstance(call_id, str) or not call_id:
        raise LabelledInputError(f"{where}: call_id must be a non-empty string")
    style = record.get("style", UNSTYLED)
    if not isinstance(style, str) or not style:
        raise LabelledInputError(f"{where}: style must be a non-empty string when given")
    turns = record.get("turns")
    if not isinstance(turns, list) or not turns:
        raise LabelledInputError(f"{where}: turns must be a non-empty list")
    built, gold = [], []
    for index, turn in enumerate(turns):
        at = f"{where} turn {index}"
        if not isinstance(turn, dict):
            raise LabelledInputError(f"{at}: each turn must be an object")
        text, speaker = turn.get("text"), turn.get("speaker", "unknown")
        if not isinstance(text, str) or not isinstance(speaker, str):
            raise LabelledInputError(f"{at}: text and speaker must be strings")
        built.append(Turn(speaker=speaker, text=text))
        gold.append(_gold_spans(text, turn.get("pii", []), at))
    return LabelledCall(
        call=Call(call_id=call_id, turns=tuple(built)),
        gold=tuple(gold),
        distractors=tuple(() for _ in built),
        style=style,
        scenario="labelled",
        source=SOURCE_LABELLED,
    )


def _gold_spans(text: str, entries: Any, at: str) -> tuple[GoldSpan, ...]:
    if not isinstance(entries, list):
        raise LabelledInputError(f"{at}: pii must be a list")
    spans: list[GoldSpan] = []
    for number, entry in enumerate(entries, 1):
        where = f"{at} pii {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise LabelledInputError(f"{where}: each entry needs a string label")
        if "value" in entry:
            start, end = _unlabelled_occurrence(text, entry["value"], spans, where)
        else:
            start, end = _offsets(text, entry, where)
        spans.append(GoldSpan(entry["label"], start, end))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def _unlabelled_occurrence(
    text: str, value: Any, labelled: list[GoldSpan], where: str
) -> tuple[int, int]:
    """The first occurrence of ``value`` that no earlier entry of the turn labelled.

    So "maria" listed after "maria delgado" in "it's maria delgado, maria" is the second
    "maria", and a value said twice and listed twice is both occurrences.
    """
    if not isinstance(value, str) or not value.strip():
        raise LabelledInputError(f"{where}: value must be a non-empty string")
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if not any(s.start < end and start < s.end for s in labelled):
            return start, end
        start = text.find(value, start + 1)
    raise LabelledInputError(
        f"{where}: the value is not in the turn's text, or every occurrence is labelled "
        "already (values must be verbatim; list a value once per occurrence)"
    )


def _offsets(text: str, entry: Mapping[str, Any], where: str) -> tuple[int, int]:
    start, end = entry.get("start"), entry.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise LabelledInputError(f"{where}: give either value or integer start and end")
    if not 0 <= start < end <= len(text):
        raise LabelledInputError(
            f"{where}: offsets {start}:{end} are outside the turn's {len(text)} characters"
        )
    return start, end
