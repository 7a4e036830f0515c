"""Issue 9's bad-input matrix in one `callredact run`, mixed with good inputs.

Good inputs are processed; every bad file or bad line becomes exactly one dead letter
with its reason code; nothing reaches the console as a traceback; the exit code is 2.
"""

from __future__ import annotations

import json
import math
import shutil
import struct
import wave

import pytest

from tests.conftest import SAMPLES, read_jsonl_folder
from tests.pipeline.test_cli import callredact

GOOD_TURNS = [
    {"speaker": "AGENT", "text": "How can I help?"},
    {"speaker": "CUSTOMER", "text": "My card 4111 1111 1111 1111 was declined."},
]


def _tone_wav(path, seconds: float, rate: int = 8000) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(3000 * math.sin(i / 7))) for i in range(int(seconds * rate))
        )
        w.writeframes(frames)


def _build_matrix(folder) -> dict[str, str]:
    """Writes the inputs; returns {file name or name:line -> expected reason}."""
    expected = {}
    shutil.copy(SAMPLES / "audio" / "voicemail_mono.opus", folder / "good_call.opus")
    (folder / "good.json").write_text(json.dumps({"call_id": "good-json", "turns": GOOD_TURNS}))

    (folder / "zero_bytes.wav").write_bytes(b"")
    expected["zero_bytes.wav"] = "audio_empty"
    (folder / "random_bytes.wav").write_bytes(bytes(range(256)) * 40)
    expected["random_bytes.wav"] = "audio_decode_error"
    _tone_wav(folder / "full.wav", 2.0)
    (folder / "truncated_header.wav").write_bytes((folder / "full.wav").read_bytes()[:30])
    (folder / "full.wav").unlink()
    expected["truncated_header.wav"] = "audio_decode_error"
    (folder / "text_named.mp3").write_text("this is not audio at all\n" * 50)
    expected["text_named.mp3"] = "audio_decode_error"
    _tone_wav(folder / "very_long.wav", 25.0)
    expected["very_long.wav"] = "audio_too_long"

    (folder / "empty.json").write_bytes(b"")
    expected["empty.json"] = "empty_file"
    (folder / "malformed.json").write_text('{"call_id": "m", "turns": [')
    expected["malformed.json"] = "invalid_json"
    (folder / "latin1.json").write_bytes(
        b'{"call_id": "l", "turns": [{"speaker": "A", "text": "caf\xe9"}]}'
    )
    expected["latin1.json"] = "invalid_utf8"
    lines = [
        json.dumps({"call_id": "line-ok", "turns": GOOD_TURNS}),
        "{not json",
        json.dumps({"call_id": "no-turns", "turns": []}),
        json.dumps({"turns": GOOD_TURNS}),
        json.dumps({"call_id": "wrong", "turns": [{"speaker": 1, "text": "x"}]}),
        json.dumps({"call_id": "long", "turns": [{"speaker": "A", "text": "word " * 5000}]}),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    for line, reason in {
        2: "invalid_json",
        3: "no_turns",
        4: "missing_field",
        5: "wrong_type",
        6: "turn_too_long",
    }.items():
        expected[f"mixed.jsonl:{line}"] = reason
    (folder / "notes.txt").write_text("a stray file")
    expected["notes.txt"] = "unsupported_file"
    return expected


@pytest.mark.slow
def test_bad_input_matrix_in_one_run(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    expected = _build_matrix(inputs)
    out = tmp_path / "out"
    proc = callredact(
        "--log-level",
        "DEBUG",
        "run",
        "--input",
        str(inputs / "*"),
        "--output",
        str(out),
        "--whisper-model",
        "tiny.en",
        "--language",
        "en",
        "--max-audio-seconds",
        "20",
    )
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr + proc.stdout

    dead = read_jsonl_folder(out / "dead_letter")
    got = {}
    for letter in dead:
        name = letter["source"].rsplit("/", 1)[-1]
        key = f"{name}:{letter['line']}" if letter["line"] is not None else name
        assert key not in got, f"{key} dead-lettered twice"
        got[key] = letter["reason"]
        assert letter["message"] and "4111" not in letter["message"]
    assert got == expected

    redacted = {r["call_id"]: r for r in read_jsonl_folder(out / "redacted")}
    assert set(redacted) == {"good_call", "good-json", "line-ok"}
    assert all("4111" not in json.dumps(r) for r in redacted.values())
    summary = json.loads((out / "summary.json").read_text())
    assert summary["calls_failed"] == len(expected)
    assert summary["calls_out"] == 3
