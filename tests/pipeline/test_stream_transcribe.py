"""A recording dropped into a watched folder goes through the real ``Transcribe`` stage
(faster-whisper replaced by the transcription tests' fake model) inside ``run_stream``
on the local runner, alongside a transcript."""

from __future__ import annotations

import json
import threading
import time

import pytest

from pipeline.streaming import StreamConfig, run_stream
from pipeline.transcribe import Transcribe, TranscriptionSettings
from tests.conftest import read_jsonl_folder
from tests.pipeline.test_transcribe import CONVERSATION, fake_loader, write_call
from tests.pipeline.test_transforms import fake_factory

pytestmark = pytest.mark.slow


def test_recordings_and_transcripts_stream_through_their_own_branches(tmp_path):
    inbox, out, staging = tmp_path / "inbox", tmp_path / "out", tmp_path / "staging"
    inbox.mkdir()
    staging.mkdir()
    recording = write_call(staging / "call-0042.wav", CONVERSATION)
    (staging / "junk.wav").write_text("not audio\n" * 30)

    def drop():
        time.sleep(1.0)
        recording.rename(inbox / "call-0042.wav")
        (staging / "junk.wav").rename(inbox / "junk.wav")
        (inbox / "t.jsonl").write_text(
            json.dumps({"call_id": "t-1", "turns": [{"speaker": "A", "text": "SECRET"}]}) + "\n"
        )

    dropper = threading.Thread(target=drop)
    dropper.start()
    result = run_stream(
        StreamConfig(
            output_dir=str(out),
            watch_dir=str(inbox),
            stop_after=12,
            poll_interval=0.3,
            settle_seconds=0.3,
            transcribe=Transcribe(TranscriptionSettings(language="en"), model_loader=fake_loader),
            analyzer_factory=fake_factory,
        )
    )
    dropper.join()

    redacted = {r["call_id"]: r for r in read_jsonl_folder(out / "redacted")}
    assert sorted(redacted) == ["call-0042", "t-1"]
    assert [t["speaker"] for t in redacted["call-0042"]["turns"]] == [
        "AGENT",
        "CUSTOMER",
        "AGENT",
        "CUSTOMER",
    ]
    assert redacted["t-1"]["turns"][0]["text"] == "[PERSON]"
    [letter] = read_jsonl_folder(out / "dead_letter")
    assert (letter["call_id"], letter["stage"]) == ("junk", "transcribe")
    assert (result.summary["files_in"], result.summary["calls_out"]) == (3, 2)
    assert result.exit_code == 2
