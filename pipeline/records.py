"""JSON forms of the output records: the documented output contract (see README)."""

from __future__ import annotations

import json
from typing import Any

from pipeline.schema import DeadLetter, PiiEntity, RedactedCall, RedactedTurn


def _entity(e: PiiEntity) -> dict[str, Any]:
    return {
        "type": e.entity_type,
        "start": e.start,
        "end": e.end,
        "score": e.score,
        "recognizer": e.recognizer,
    }


def _turn(t: RedactedTurn) -> dict[str, Any]:
    return {
        "speaker": t.speaker,
        "start": t.start,
        "end": t.end,
        "channel": t.channel,
        "text": t.text,
        "entities": [_entity(e) for e in t.entities],
        "redactions": [
            {
                "start": r.start,
                "end": r.end,
                "type": r.entity_type,
                "types": list(r.types),
                "score": r.score,
                "recognizer": r.recognizer,
            }
            for r in t.redactions
        ],
    }


def redacted_call_to_dict(call: RedactedCall) -> dict[str, Any]:
    return {
        "call_id": call.call_id,
        "source": call.source,
        "duration": call.duration,
        "language": call.language,
        "metadata": dict(call.metadata),
        "turns": [_turn(t) for t in call.turns],
        "audio_redactions": [
            {
                "start": round(r.start, 3),
                "end": round(r.end, 3),
                "channel": r.channel,
                "entity_types": list(r.entity_types),
            }
            for r in call.audio_redactions
        ],
    }


def dead_letter_to_dict(letter: DeadLetter) -> dict[str, Any]:
    return {
        "source": letter.source,
        "line": letter.line,
        "call_id": letter.call_id,
        "reason": letter.reason,
        "message": letter.message,
        "stage": letter.stage,
    }


def to_json_line(record: dict[str, Any]) -> str:
    """One deterministic JSON line: same record, same bytes, on every runner."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
