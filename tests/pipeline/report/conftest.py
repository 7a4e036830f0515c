"""Synthetic pipeline outputs for the report tests. Every value here is made up."""

from __future__ import annotations

import json
import math
import struct
import wave
from html.parser import HTMLParser
from pathlib import Path

import pytest

# A hostile id and speaker: each would run script if any page failed to escape it.
HOSTILE_ID = '"><script>window.__xss=1</script><img src=x onerror="window.__xss=2">&amp;'
HOSTILE_SPEAKER = "<svg onload=window.__xss=3>AGENT</svg>"


def tag(value: str, entity_type: str) -> str:
    return f"[{entity_type}]"


def redact(original: str, entities: list[dict], operator=tag) -> tuple[str, list[dict]]:
    """Redact like the pipeline: overlapping spans merge; the best score names the merge."""
    spans = sorted(entities, key=lambda e: (e["start"], -e["end"]))
    groups: list[list[dict]] = []
    for e in spans:
        if groups and e["start"] < max(x["end"] for x in groups[-1]):
            groups[-1].append(e)
        else:
            groups.append([e])
    out, redactions, cursor = [], [], 0
    length = 0
    for group in groups:
        start, end = min(e["start"] for e in group), max(e["end"] for e in group)
        best = max(group, key=lambda e: (e["score"], e["end"] - e["start"], e["type"]))
        out.append(original[cursor:start])
        length += start - cursor
        replacement = operator(original[start:end], best["type"])
        out.append(replacement)
        redactions.append(
            {
                "start": length,
                "end": length + len(replacement),
                "type": best["type"],
                "types": sorted({e["type"] for e in group}),
                "score": best["score"],
                "recognizer": best["recognizer"],
            }
        )
        length += len(replacement)
        cursor = end
    out.append(original[cursor:])
    return "".join(out), redactions


def entity(original: str, value: str, entity_type: str, score: float, recognizer: str) -> dict:
    start = original.index(value)
    return {
        "type": entity_type,
        "start": start,
        "end": start + len(value),
        "score": score,
        "recognizer": recognizer,
    }


def turn(speaker, start, end, original, found, *, redactions=True, operator=tag) -> dict:
    """A redacted turn from an ORIGINAL text and (value, type, score, recognizer) findings."""
    entities = [entity(original, *f) for f in found]
    text, reported = redact(original, entities, operator)
    out = {
        "speaker": speaker,
        "start": start,
        "end": end,
        "channel": 0 if speaker == "AGENT" else 1,
        "text": text,
        "entities": sorted(entities, key=lambda e: (e["start"], e["end"])),
    }
    if redactions:
        out["redactions"] = reported
    return out


def mask(value: str, entity_type: str) -> str:
    return "*" * (len(value) - 4) + value[-4:]


def calls() -> list[dict]:
    """Three redacted calls: timed with audio, untimed without ``redactions``, hostile."""
    c1 = [
        turn(
            "AGENT",
            0.0,
            3.2,
            "Thanks for calling Acme Bank, this is Robin Example. Who am I speaking with?",
            [("Robin Example", "PERSON", 0.85, "SpacyRecognizer")],
        ),
        turn(
            "CUSTOMER",
            3.5,
            7.0,
            "Hi, it's Jane Sample, my number is 555-0100.",
            [
                ("Jane Sample", "PERSON", 0.85, "SpacyRecognizer"),
                ("555-0100", "PHONE_NUMBER", 0.4, "PhoneRecognizer"),
            ],
        ),
        turn(
            "AGENT",
            7.2,
            9.0,
            "And the card number, Ms Sample?",
            [("Sample", "PERSON", 0.55, "SpacyRecognizer")],
        ),
        turn(
            "CUSTOMER",
            9.5,
            14.0,
            "It's 4111 1111 1111 1111, and mail me at jane.sample@example.com.",
            [("4111 1111 1111 1111", "CREDIT_CARD", 1.0, "CreditCardRecognizer")],
            operator=mask,
        ),
        turn(
            "AGENT",
            14.5,
            18.0,
            "Noted, Jane Sample in Springfield.",
            [
                ("Jane Sample", "PERSON", 0.85, "SpacyRecognizer"),
                ("Sample in Springfield", "LOCATION", 0.5, "SpacyRecognizer"),
            ],
        ),
        turn("CUSTOMER", 18.2, 19.0, "Thank you, bye.", []),
    ]
    c2 = [
        turn(
            "SPEAKER_0",
            None,
            None,
            "Account for Alex Placeholder, born 1 January 1970?",
            [
                ("Alex Placeholder", "PERSON", 0.85, "SpacyRecognizer"),
                ("1 January 1970", "DATE_TIME", 0.85, "SpacyRecognizer"),
            ],
            redactions=False,
        ),
        turn(
            "SPEAKER_1",
            None,
            None,
            "Yes, and send it to alex@example.org please.",
            [("alex@example.org", "EMAIL_ADDRESS", 1.0, "EmailRecognizer")],
            redactions=False,
        ),
    ]
    c3 = [
        turn(
            HOSTILE_SPEAKER,
            0.0,
            2.0,
            "Hello <b>there</b> Sam Fictional </script>",
            [("Sam Fictional", "PERSON", 0.9, "SpacyRecognizer")],
        ),
    ]
    return [
        {
            "call_id": "call-001",
            "source": "samples/call-001.json",
            "duration": 19.0,
            "language": "en",
            "metadata": {"queue": "billing"},
            "turns": c1,
            "audio_redactions": [
                {"start": 10.0, "end": 12.9, "channel": 1, "entity_types": ["CREDIT_CARD"]}
            ],
        },
        {
            "call_id": "call-002",
            "source": "samples/transcripts.jsonl",
            "duration": None,
            "language": "en",
            "metadata": {},
            "turns": c2,
            "audio_redactions": [],
        },
        {
            "call_id": HOSTILE_ID,
            "source": "samples/hostile.json",
            "duration": 2.0,
            "language": "en",
            "metadata": {},
            "turns": c3,
            "audio_redactions": [],
        },
    ]


DEAD_LETTER = {
    "source": "samples/broken.json",
    "line": 4,
    "call_id": "call-009",
    "reason": "detect_failed",
    "message": "analyzer raised ValueError",
    "stage": "detect",
}


def write_tone(path: Path, seconds: float, rate: int = 8000) -> None:
    """A quiet sine tone: stands in for redacted audio."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = (
            struct.pack("<h", int(2000 * math.sin(2 * math.pi * 440 * i / rate)))
            for i in range(int(seconds * rate))
        )
        w.writeframes(b"".join(frames))


def write_output(folder: Path, records: list[dict] | None = None) -> Path:
    """A pipeline output folder: redacted/, dead_letter/, summary.json, audio/."""
    records = calls() if records is None else records
    (folder / "redacted").mkdir(parents=True)
    (folder / "dead_letter").mkdir()
    (folder / "audio").mkdir()
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (folder / "redacted" / "part-00000-of-00001.jsonl").write_text(lines, encoding="utf-8")
    (folder / "dead_letter" / "part-00000-of-00001.jsonl").write_text(
        json.dumps(DEAD_LETTER) + "\n", encoding="utf-8"
    )
    summary = {
        "calls_in": len(records) + 1,
        "calls_out": len(records),
        "calls_failed": 1,
        "entities": {},
        "runtime_seconds": 4.2,
    }
    (folder / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
    if any(r["call_id"] == "call-001" for r in records):
        write_tone(folder / "audio" / "call-001.wav", 19.0)
    return folder


@pytest.fixture
def output_dir(tmp_path: Path) -> Path:
    return write_output(tmp_path / "out")


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes and the text directly inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def parse(path: Path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser
