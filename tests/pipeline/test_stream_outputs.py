"""Per-call masked audio and analytics in the stream (``pipeline.stream_outputs``).

A recording dropped into a watched folder goes through the real ``Transcribe`` stage (a
fake Whisper that "hears" fixed words) and comes out as masked FLAC, a redacted record
with ``audio_redactions`` and per-call analytics Parquet that ``callredact query``
reads; a call whose audio cannot be masked is dead-lettered with none of its outputs.
All content is synthetic."""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from faster_whisper.transcribe import Segment
from faster_whisper.transcribe import Word as WhisperWord

from pipeline.anonymize import PolicyRedactor, load_policy
from pipeline.anonymize.policy import AnalyticsSettings, KAnonymitySettings
from pipeline.audio_redaction import AudioRedactionSettings, decode_flac_bytes, decode_native
from pipeline.manifest import Pseudonymizer
from pipeline.query import execute
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn, Word
from pipeline.stream_outputs import RedactAndWriteCallFn, StreamAnalytics, without_k
from pipeline.streaming import StreamConfig, run_stream
from pipeline.transcribe import Transcribe, TranscriptionSettings
from pipeline.transforms import DEAD
from tests.conftest import SAMPLES, read_jsonl_folder
from tests.pipeline.test_stream_composition import (
    FakeTranscribe,
    _done_keys,
    _landed,
    _redact_files,
    _stream_pipeline,
    _transcript,
)
from tests.pipeline.test_transcribe import FakeWhisper
from tests.pipeline.test_transforms import fake_factory

VOICEMAIL = SAMPLES / "audio" / "voicemail_mono.opus"
# What the fake Whisper "hears" in any audio: (word, start s, end s). "SECRET" is the PII
# the fake analyzer finds; with 0.3 s padding its mask is 1.0-2.3 s.
HEARD = [("Hello", 0.3, 0.7), ("this", 0.8, 1.0), ("is", 1.0, 1.2), ("SECRET", 1.3, 2.0)]
SILENCE = AudioRedactionSettings(mode="silence", padding=0.3)


class HearsFixedWords(FakeWhisper):
    def transcribe(self, audio, **kwargs):
        self.calls.append(kwargs)
        words = [WhisperWord(s, e, " " + w, 0.9) for w, s, e in HEARD]
        segment = Segment(
            id=1,
            seek=0,
            start=words[0].start,
            end=words[-1].end,
            text="".join(w.word for w in words),
            tokens=[],
            avg_logprob=-0.1,
            compression_ratio=1.0,
            no_speech_prob=0.0,
            words=words,
            temperature=0.0,
        )
        return iter([segment]), None


def fixed_words_loader(settings):
    return HearsFixedWords()


def _no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if ".tmp-" in p.name]


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples.astype(np.float64)))))


@pytest.mark.slow
def test_a_dropped_recording_comes_out_masked_with_its_record_and_analytics(tmp_path):
    inbox, out, staging = tmp_path / "inbox", tmp_path / "out", tmp_path / "staging"
    inbox.mkdir()
    staging.mkdir()
    shutil.copy(VOICEMAIL, staging / "vm-1.opus")
    policy = load_policy()

    def drop():
        time.sleep(1.0)
        (staging / "vm-1.opus").rename(inbox / "vm-1.opus")
        (inbox / "t.jsonl").write_text(
            json.dumps({"call_id": "t-1", "turns": [{"speaker": "AGENT", "text": "hi SECRET"}]})
            + "\n"
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
            transcribe=Transcribe(
                TranscriptionSettings(language="en"), model_loader=fixed_words_loader
            ),
            analyzer_factory=fake_factory,
            redactor=PolicyRedactor(policy),
            audio=SILENCE,
            policy=policy,
        )
    )
    dropper.join()
    assert (result.exit_code, result.summary["calls_out"]) == (0, 2)

    # The record: text redacted, the masked interval recorded (times, never the value).
    redacted = {r["call_id"]: r for r in read_jsonl_folder(out / "redacted")}
    assert redacted["vm-1"]["turns"][0]["text"] == "Hello this is [PERSON]"
    [interval] = redacted["vm-1"]["audio_redactions"]
    assert (interval["start"], interval["end"]) == pytest.approx((1.0, 2.3))
    assert interval["entity_types"] == ["PERSON"]
    assert not redacted["t-1"].get("audio_redactions")

    # The audio: silent exactly where the name was said, the rest as recorded.
    assert sorted(p.name for p in (out / "audio").iterdir()) == ["vm-1.flac"]
    masked, rate = decode_flac_bytes((out / "audio" / "vm-1.flac").read_bytes())
    original = decode_native(str(VOICEMAIL))
    assert rate == original.sample_rate
    source = np.round(original.channels[0] * 32767).astype(np.int16)
    inside = slice(int(1.0 * rate) + 1, int(2.3 * rate) - 1)
    assert _rms(source[inside]) > 100 and _rms(masked[0][inside]) == 0.0
    before = slice(0, int(1.0 * rate) - 1)
    assert np.max(np.abs(masked[0][before].astype(np.int32) - source[before])) <= 2

    # Analytics: one Parquet per call and table, pseudonymous ids, k not measured.
    for table in ("calls", "entities"):
        assert sorted(p.name for p in (out / "analytics" / table).iterdir()) == [
            "t-1.parquet",
            "vm-1.parquet",
        ]
    [row] = pq.read_table(out / "analytics" / "calls" / "vm-1.parquet").to_pylist()
    assert row["call_id"].startswith("c_") and "vm-1" not in row["call_id"]
    assert (row["entities_total"], row["words"], row["below_k"]) == (1, 4, None)
    assert row["customer_zip3"] is None and row["start_time"] is None
    assert row["redacted_text"] == "OTHER: Hello this is [PERSON]"

    # callredact query reads the stream's output as it reads a batch run's.
    assert execute(str(out), "select count(*) from calls")[1] == [(2,)]
    _, rows = execute(
        str(out),
        "select c.turns, e.entity_type, e.time_precision, e.start_s from calls c "
        "join entities e using (call_id) order by e.start_s nulls last",
    )
    assert rows == [(1, "PERSON", "word", pytest.approx(1.3)), (1, "PERSON", None, None)]
    assert _no_temporary_files(out)


def test_a_call_whose_audio_cannot_be_masked_is_dead_lettered_with_no_outputs(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "bad-1.wav").write_bytes(b"RIFF synthetic, not audio")
    files = [
        _landed(inbox / "bad-1.wav"),
        _transcript(inbox, "t.jsonl", ("t-1", "SECRET")),
    ]
    policy = load_policy()
    with _stream_pipeline() as p:
        stream = test_stream.TestStream().add_elements(files).advance_watermark_to_infinity()
        done = (
            p
            | stream
            | _redact_files(out, transcribe=FakeTranscribe(), audio=SILENCE, policy=policy)
        )
        # Both files complete: the failed call counts as done through its dead letter.
        assert_that(_done_keys(done), equal_to([f.key for f in files]))

    [letter] = read_jsonl_folder(out / "dead_letter")
    assert (letter["call_id"], letter["reason"]) == ("bad-1", "audio_redaction_failed")
    assert "SECRET" not in json.dumps(letter)
    assert [r["call_id"] for r in read_jsonl_folder(out / "redacted")] == ["t-1"]
    assert not (out / "audio").exists() or not list((out / "audio").iterdir())
    for table in ("calls", "entities"):
        assert [p.name for p in (out / "analytics" / table).iterdir()] == ["t-1.parquet"]
    assert _no_temporary_files(out)
    assert "SECRET" not in caplog.text and "bad-1" in caplog.text


def test_audio_is_written_before_the_call_is_handed_on_and_not_at_all_on_failure(tmp_path):
    recording = tmp_path / "c-1.opus"
    shutil.copy(VOICEMAIL, recording)
    words = tuple(Word(w, s, e, 0.9) for w, s, e in HEARD)
    call = Call(
        "c-1",
        (Turn("CUSTOMER", "Hello this is SECRET", 0.3, 2.0, words=words, channel=0),),
        source=str(recording),
        duration=13.75,
        audio_path=str(recording),
    )
    detected = DetectedCall(call, ((PiiEntity("PERSON", 14, 20, 0.9, "fake"),),))
    fn = RedactAndWriteCallFn(
        str(tmp_path / "out"), (), PolicyRedactor(load_policy()), SILENCE, None
    )
    fn.setup()

    [redacted] = list(fn.process(detected))
    assert (tmp_path / "out" / "audio" / "c-1.flac").is_file()
    assert [(i.start, i.end) for i in redacted.audio_redactions] == [pytest.approx((1.0, 2.3))]
    assert not (tmp_path / "out" / "analytics").exists()

    broken = dataclasses.replace(call, call_id="c-2", audio_path=str(tmp_path / "missing.opus"))
    [out] = list(fn.process(DetectedCall(broken, detected.entities)))
    assert out.tag == DEAD and out.value.reason == "audio_redaction_failed"
    assert not (tmp_path / "out" / "audio" / "c-2.flac").exists()


def _explode(kind, value):
    raise RuntimeError("SECRET in the message")


def test_a_call_whose_analytics_rows_fail_gets_no_audio_either(tmp_path):
    recording = tmp_path / "c-3.opus"
    shutil.copy(VOICEMAIL, recording)
    call = Call("c-3", (Turn("CUSTOMER", "SECRET"),), source="in", audio_path=str(recording))
    detected = DetectedCall(call, ((PiiEntity("PERSON", 0, 6, 0.9, "fake"),),))
    policy = load_policy()
    out_dir = tmp_path / "out"
    fn = RedactAndWriteCallFn(
        str(out_dir), (), PolicyRedactor(policy), SILENCE, StreamAnalytics(policy)
    )
    fn.setup()
    fn._pseudonymize = _explode

    [out] = list(fn.process(detected))

    assert out.tag == DEAD and out.value.reason == "analytics_failed"
    assert "SECRET" not in out.value.message
    assert not out_dir.exists()


@pytest.mark.parametrize(
    ("action", "zip3"),
    [("suppress", None), ("flag", "941")],
)
def test_stream_rows_leave_k_unmeasured_and_suppress_withholds_quasi_identifiers(action, zip3):
    default = load_policy()
    k = KAnonymitySettings(action=action)
    policy = dataclasses.replace(default, analytics=AnalyticsSettings(k_anonymity=k))
    call = Call(
        "c-9",
        (Turn("CUSTOMER", "SECRET here"),),
        source="mem",
        metadata={"customer_zip": "94110", "queue": "billing"},
    )
    detected = DetectedCall(call, ((PiiEntity("PERSON", 0, 6, 0.9, "fake"),),))
    redacted = PolicyRedactor(policy)(detected, kept_metadata=())

    row, entities = StreamAnalytics(policy).rows(call, redacted, Pseudonymizer(policy.ids_key))

    assert (row.below_k, row.customer_zip3, row.queue) == (None, zip3, "billing")
    assert row.call_id == Pseudonymizer(policy.ids_key)("call", "c-9")
    assert [(e.entity_type, e.replacement) for e in entities] == [("PERSON", "[PERSON]")]
    assert without_k(dataclasses.replace(row, below_k=True), k).below_k is None
