"""The streaming composition (``RedactLandedFiles``) on TestStream: exactly-once despite
re-emitted files, on-time and late files, restart, dead letters, transcription hook,
windowed analytics panes, and no content in logs. Runs on the DirectRunner, which
switches to its bundle-based streaming mode for TestStream."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing import test_pipeline, test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from pipeline import reasons
from pipeline.schema import Call, DeadLetter, Turn
from pipeline.stream_ledger import STREAM_DIR, Ledger
from pipeline.stream_sources import LandedFile
from pipeline.streaming import AnalyticsHook, RedactLandedFiles
from tests.conftest import read_jsonl_folder
from tests.pipeline.test_transforms import fake_factory


def _stream_pipeline() -> test_pipeline.TestPipeline:
    options = PipelineOptions(["--runner=DirectRunner"])
    options.view_as(StandardOptions).streaming = True
    return test_pipeline.TestPipeline(options=options, blocking=True)


def _landed(path: Path) -> LandedFile:
    stat = path.stat()
    return LandedFile(str(path), stat.st_size, stat.st_mtime)


def _transcript(folder: Path, name: str, *calls: tuple[str, str]) -> LandedFile:
    """A .jsonl file with one call per (call_id, text); synthetic content only."""
    path = folder / name
    lines = [
        json.dumps({"call_id": cid, "turns": [{"speaker": "CUSTOMER", "text": text}]})
        for cid, text in calls
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _landed(path)


def _redact_files(out: Path, run_id: str = "run-1", **kwargs) -> RedactLandedFiles:
    return RedactLandedFiles(str(out), run_id, analyzer_factory=fake_factory, **kwargs)


def _done_keys(done_collections):
    return done_collections | "AllDone" >> beam.Flatten() | "Keys" >> beam.Map(lambda d: d.key)


def _redacted(out: Path) -> dict[str, dict]:
    return {r["call_id"]: r for r in read_jsonl_folder(out / "redacted")}


def _no_temporary_files(out: Path) -> bool:
    return not [n for _, _, names in os.walk(out) for n in names if ".tmp-" in n]


def test_re_emitted_files_are_processed_exactly_once(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    a = _transcript(inbox, "a.jsonl", ("a-1", "my name is SECRET"), ("a-2", "nothing here"))
    b = _transcript(inbox, "b.jsonl", ("b-1", "SECRET again"))
    stream = (
        test_stream.TestStream()
        .add_elements([a, b])
        .advance_watermark_to(10)
        .add_elements([a])  # the watch source re-emits every file on every poll
        .advance_watermark_to(20)
        .add_elements([b, a])
        .advance_watermark_to_infinity()
    )
    with _stream_pipeline() as p:
        done = p | stream | _redact_files(out)
        assert_that(_done_keys(done), equal_to([a.key, b.key]))

    redacted = _redacted(out)
    assert sorted(redacted) == ["a-1", "a-2", "b-1"]
    assert redacted["a-1"]["turns"][0]["text"] == "my name is [PERSON]"
    assert sorted(f.name for f in (out / "redacted").iterdir()) == [
        "a-1.jsonl",
        "a-2.jsonl",
        "b-1.jsonl",
    ]
    ledger = Ledger(str(out), "run-1")
    assert ledger.is_done(a.key) and ledger.is_done(b.key)
    records = {r["key"]: r for r in ledger.run_records()}
    assert records[a.key]["calls_out"] == 2 and records[b.key]["calls_out"] == 1
    assert _no_temporary_files(out)


def test_on_time_and_late_files_are_all_redacted_and_late_rows_make_a_new_pane(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    on_time = _transcript(inbox, "on_time.jsonl", ("t-1", "SECRET"))
    late = _transcript(inbox, "late.jsonl", ("t-2", "SECRET"))
    too_late = _transcript(inbox, "too_late.jsonl", ("t-3", "SECRET"))
    hook = AnalyticsHook(
        build_rows=_rows,
        write_rows=_write_json_rows,
        window_seconds=60,
        allowed_lateness_seconds=300,
        suffix=".json",
        event_time=_event_time,
    )
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue(on_time, 10)])
        .advance_watermark_to(100)  # window [0, 60) closes: pane 0
        .add_elements([TimestampedValue(late, 20)])  # late, within the allowed lateness
        .advance_watermark_to(1000)  # beyond the lateness: the window is gone
        .add_elements([TimestampedValue(too_late, 30)])
        .advance_watermark_to_infinity()
    )
    with _stream_pipeline() as p:
        done = p | stream | _redact_files(out, analytics=hook)
        assert_that(_done_keys(done), equal_to([on_time.key, late.key, too_late.key]))

    # Redaction never drops a call for being late: there is no window on that path.
    assert sorted(_redacted(out)) == ["t-1", "t-2", "t-3"]
    panes = {f.name: json.loads(f.read_text()) for f in (out / "analytics").iterdir()}
    assert panes == {
        "window-19700101T000000Z-19700101T000100Z-pane0-00000.json": [{"call_id": "t-1"}],
        "window-19700101T000000Z-19700101T000100Z-pane1-00000.json": [{"call_id": "t-2"}],
    }


def _event_time(call):
    return {"t-1": 10.0, "t-2": 20.0, "t-3": 30.0}[call.call_id]


def _rows(call):
    return [{"call_id": call.call_id}]


def _write_json_rows(path, rows):
    Path(path).write_text(json.dumps(list(rows)), encoding="utf-8")


def test_per_call_analytics_are_written_with_the_call(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    landed = _transcript(inbox, "c.jsonl", ("c/1", "SECRET"))
    hook = AnalyticsHook(
        build_rows=_rows, write_rows=_write_json_rows, window_seconds=0, suffix=".json"
    )
    with _stream_pipeline() as p:
        _ = (
            p
            | test_stream.TestStream().add_elements([landed]).advance_watermark_to_infinity()
            | (_redact_files(out, analytics=hook))
        )
    [redacted] = list((out / "redacted").iterdir())
    [rows] = list((out / "analytics").iterdir())
    assert redacted.name.startswith("c_1-") and redacted.suffix == ".jsonl"
    assert rows.name == redacted.name.replace(".jsonl", ".json")
    assert json.loads(rows.read_text()) == [{"call_id": "c/1"}]


def test_a_restart_skips_files_an_earlier_run_finished(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    a = _transcript(inbox, "a.jsonl", ("a-1", "SECRET"))
    with _stream_pipeline() as p:
        _ = p | "First" >> beam.Create([a]) | _redact_files(out, "run-1")
    (out / "redacted" / "a-1.jsonl").unlink()
    b = _transcript(inbox, "b.jsonl", ("b-1", "SECRET"))
    changed = _transcript(inbox, "a.jsonl", ("a-1", "SECRET"), ("a-9", "new line"))

    with _stream_pipeline() as p:
        stream = (
            test_stream.TestStream().add_elements([a, b, changed]).advance_watermark_to_infinity()
        )
        done = p | stream | _redact_files(out, "run-2")
        assert_that(_done_keys(done), equal_to([b.key, changed.key]))

    # a (unchanged) was not redone; b and the new version of a.jsonl were.
    assert sorted(_redacted(out)) == ["a-1", "a-9", "b-1"]
    assert [r["key"] for r in Ledger(str(out), "run-2").run_records()] != []
    assert a.key not in {r["key"] for r in Ledger(str(out), "run-2").run_records()}


def test_bad_lines_and_failed_detection_are_dead_lettered_and_complete_the_file(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    path = inbox / "mixed.jsonl"
    path.write_text(
        json.dumps({"call_id": "ok-1", "turns": [{"speaker": "A", "text": "SECRET"}]})
        + "\n"
        + "{not json\n"
        + json.dumps({"call_id": "boom-1", "turns": [{"speaker": "A", "text": "SECRET"}]})
        + "\n",
        encoding="utf-8",
    )
    (inbox / "notes.txt").write_text("not a transcript", encoding="utf-8")
    mixed, notes = _landed(path), _landed(inbox / "notes.txt")
    with _stream_pipeline() as p:
        stream = (
            test_stream.TestStream().add_elements([mixed, notes]).advance_watermark_to_infinity()
        )
        done = p | stream | _redact_files(out)
        assert_that(_done_keys(done), equal_to([mixed.key, notes.key]))

    assert list(_redacted(out)) == ["ok-1"]
    letters = read_jsonl_folder(out / "dead_letter")
    assert sorted((d["reason"], d["line"]) for d in letters) == [
        (reasons.DETECTION_FAILED, 3),
        (reasons.INVALID_JSON, 2),
        (reasons.UNSUPPORTED_FILE, None),
    ]
    assert not any("SECRET" in json.dumps(d) for d in letters)
    record = {r["key"]: r for r in Ledger(str(out), "run-1").run_records()}[mixed.key]
    assert (record["calls_out"], record["calls_failed"]) == (1, 2)


class FakeTranscribe(beam.PTransform):
    """Stands in for the transcription stage: recording Calls → (Calls, dead letters)."""

    def expand(self, recordings):
        results = recordings | beam.ParDo(_fake_transcribe).with_outputs("dead", main="calls")
        return results.calls, results.dead


def _fake_transcribe(call: Call):
    if "broken" in call.call_id:
        yield beam.pvalue.TaggedOutput(
            "dead",
            DeadLetter(
                call.source,
                "audio_decode_error",
                "cannot decode",
                call_id=call.call_id,
                stage="transcribe",
            ),
        )
        return
    yield Call(
        call.call_id,
        (Turn("CUSTOMER", "this is SECRET", channel=1),),
        source=call.source,
        audio_path=call.audio_path,
    )


def test_recordings_go_through_the_transcription_step_when_one_is_given(tmp_path):
    inbox, out, out_plain = tmp_path / "in", tmp_path / "out", tmp_path / "plain"
    inbox.mkdir()
    for name in ("call-7.wav", "broken-2.flac"):
        (inbox / name).write_bytes(b"RIFF synthetic")
    files = [_landed(inbox / "call-7.wav"), _landed(inbox / "broken-2.flac")]
    with _stream_pipeline() as p:
        stream = test_stream.TestStream().add_elements(files).advance_watermark_to_infinity()
        done = p | stream | _redact_files(out, transcribe=FakeTranscribe())
        assert_that(_done_keys(done), equal_to([f.key for f in files]))
    assert _redacted(out)["call-7"]["turns"][0]["text"] == "this is [PERSON]"
    assert [d["reason"] for d in read_jsonl_folder(out / "dead_letter")] == ["audio_decode_error"]

    with _stream_pipeline() as p:
        _ = (
            p
            | test_stream.TestStream().add_elements(files[:1]).advance_watermark_to_infinity()
            | (_redact_files(out_plain))
        )
    [letter] = read_jsonl_folder(out_plain / "dead_letter")
    assert letter["reason"] == reasons.UNSUPPORTED_FILE
    assert not (out_plain / "redacted").exists()


def test_logs_carry_keys_and_counts_never_content(tmp_path, caplog):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    landed = _transcript(inbox, "SECRET-name.jsonl", ("c-1", "SECRET value"), ("boom-1", "SECRET"))
    caplog.set_level(logging.DEBUG, logger="pipeline")
    with _stream_pipeline() as p:
        _ = (
            p
            | test_stream.TestStream().add_elements([landed]).advance_watermark_to_infinity()
            | (_redact_files(out))
        )
    assert landed.key in caplog.text
    assert "SECRET" not in caplog.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("billing-0001", "billing-0001"),
        ("a/b", "a_b-"),
        ("../etc", "etc-"),
        (".hidden", "hidden-"),
    ],
)
def test_safe_names_keep_plain_ids_and_disambiguate_cleaned_ones(text, expected):
    from pipeline.stream_ledger import safe_name

    name = safe_name(text)
    assert name.startswith(expected)
    assert "/" not in name and not name.startswith(".")
    assert (name == text) == (expected == text)


def test_ledger_lives_under_the_hidden_stream_folder(tmp_path):
    ledger = Ledger(str(tmp_path), "r")
    assert ledger.done_path("k").startswith(str(tmp_path / STREAM_DIR))
