"""The streaming ledger: completion after the last output, atomic files, restart hygiene."""

from __future__ import annotations

import os

import pytest

from pipeline.schema import DeadLetter, RedactedCall, RedactedTurn, Redaction
from pipeline.stream_ledger import (
    STREAM_DIR,
    ItemStats,
    Ledger,
    commit_file,
    dead_letter_file_name,
    item_for_call,
    item_for_dead_letter,
    run_stats,
    write_atomically,
)
from pipeline.stream_sources import LandedFile


def _call(call_id: str, *types: str) -> RedactedCall:
    redactions = tuple(Redaction(0, 3, t, (t,), 0.9) for t in types)
    turn = RedactedTurn("CUSTOMER", "[X]", None, None, (), redactions=redactions)
    return RedactedCall(call_id, (turn,), source="in/a.jsonl")


def test_a_file_is_done_only_after_its_last_output(tmp_path):
    ledger = Ledger(str(tmp_path), "run-1")
    landed = LandedFile("in/a.jsonl", 120, 1000.0)
    ledger.expect(landed, 3)
    first = item_for_call(_call("a-1", "PERSON", "US_SSN"))
    assert ledger.item_written("in/a.jsonl", *first) is None
    assert ledger.item_written("in/a.jsonl", *first) is None  # a retried write counts once
    assert ledger.item_written("in/a.jsonl", *item_for_call(_call("a-2"))) is None
    assert not ledger.is_done(landed.key)
    letter = DeadLetter("in/a.jsonl", "invalid_json", "line 3: invalid JSON", line=3)
    done = ledger.item_written("in/a.jsonl", *item_for_dead_letter(letter))

    assert (done.key, done.calls_out, done.calls_failed) == (landed.key, 2, 1)
    assert ledger.is_done(landed.key)
    assert os.listdir(tmp_path / STREAM_DIR / "pending") == []
    stats = run_stats(ledger.run_records())
    assert stats == {
        "calls_out": 2,
        "calls_failed": 1,
        "turns": 2,
        "entities": {"PERSON": 1, "US_SSN": 1},
        "dead_letter_reasons": {"invalid_json": 1},
    }
    assert Ledger(str(tmp_path), "run-2").run_records() == []


def test_markers_of_an_older_version_of_the_same_path_do_not_count(tmp_path):
    ledger = Ledger(str(tmp_path), "run-1")
    old = LandedFile("in/a.jsonl", 100, 1000.0)
    ledger.expect(old, 2)
    ledger.item_written("in/a.jsonl", *item_for_call(_call("a-1")))  # then the run stopped
    new = LandedFile("in/a.jsonl", 180, 2000.0)
    ledger.expect(new, 2)
    assert ledger.item_written("in/a.jsonl", *item_for_call(_call("a-2"))) is None
    done = ledger.item_written("in/a.jsonl", *item_for_call(_call("a-1")))
    assert done is not None and done.key == new.key and not ledger.is_done(old.key)


def test_commit_file_keeps_the_old_file_and_no_temporary_when_writing_fails(tmp_path):
    target = tmp_path / "redacted" / "c-1.jsonl"
    write_atomically(str(target), b"old\n")

    def failing_writer(tmp):
        with open(tmp, "wb") as handle:
            handle.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        commit_file(str(target), failing_writer)
    assert target.read_bytes() == b"old\n"
    assert os.listdir(target.parent) == ["c-1.jsonl"]


def test_clean_leftovers_removes_our_temporaries_and_the_stop_request_only(tmp_path):
    ledger = Ledger(str(tmp_path), "run-1")
    (tmp_path / "redacted").mkdir()
    stray = tmp_path / "redacted" / ".c-1.jsonl.tmp-0123abcd"
    stray.write_text("partial")
    mine = tmp_path / "redacted" / ".keep-me"
    mine.write_text("user file")
    (tmp_path / "audio").mkdir()
    audio_stray = tmp_path / "audio" / f"c-1.flac.tmp-{'0a' * 16}"
    audio_stray.write_bytes(b"partial")
    audio_done = tmp_path / "audio" / "c-1.flac"
    audio_done.write_bytes(b"whole")
    write_atomically(ledger.stop_file, b"")
    ledger.clean_leftovers()
    assert not stray.exists() and not os.path.exists(ledger.stop_file)
    assert not audio_stray.exists()
    assert mine.exists() and audio_done.exists()


def test_dead_letter_names_are_unique_per_source_and_line():
    a = DeadLetter("in/x/calls.jsonl", "invalid_json", "m", line=2)
    b = DeadLetter("in/y/calls.jsonl", "invalid_json", "m", line=2)
    c = DeadLetter("in/x/calls.jsonl", "invalid_json", "m", line=3)
    names = {dead_letter_file_name(d) for d in (a, b, c)}
    assert len(names) == 3 and all(n.startswith("calls.jsonl.line") for n in names)
    assert ItemStats(False, reason="x").to_dict()["entity_types"] == []
