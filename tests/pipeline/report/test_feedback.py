"""The reviewer feedback file: validation, allow/deny lists, merge, summary, CLI."""

from __future__ import annotations

import argparse
import json
import stat
from pathlib import Path

import pytest

from pipeline.report.cli import add_feedback_arguments, run_feedback
from pipeline.report.feedback import (
    Feedback,
    FeedbackError,
    FeedbackMark,
    load_feedback,
    merge_feedback,
    parse_feedback,
    summarize_feedback,
    write_feedback,
)

# Synthetic marks: "Jane Sample" was missed, "Acme Gold" is a product a recognizer took for PII.
DOC = {
    "version": 1,
    "exported_from": "callredact report",
    "marks": [
        {
            "call_id": "call-001",
            "turn": 1,
            "kind": "missed_pii",
            "text": " Jane  Sample ",
            "entity_type": "person",
        },
        {
            "call_id": "call-001",
            "turn": 3,
            "kind": "not_pii",
            "text": "Acme Gold",
            "entity_type": "PERSON",
            "note": "product name",
        },
        {"call_id": "call-002", "turn": 0, "kind": "missed_pii", "text": "555-0100"},
        {"call_id": "call-002", "turn": 1, "kind": "not_pii"},
    ],
}


def write(path: Path, doc) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_allow_and_deny_lists():
    feedback = parse_feedback(DOC)
    assert feedback.deny_list == ("555-0100", "Jane Sample")
    assert feedback.allow_list == ("Acme Gold",)
    assert feedback.deny_list_by_entity == {"PERSON": ("Jane Sample",), "PII": ("555-0100",)}
    assert feedback.marks[0].entity_type == "PERSON"


def test_a_text_marked_both_ways_is_denied():
    doc = {
        "version": 1,
        "marks": [
            {"call_id": "c", "turn": 0, "kind": "not_pii", "text": "Robin"},
            {"call_id": "c", "turn": 2, "kind": "missed_pii", "text": "Robin"},
        ],
    }
    feedback = parse_feedback(doc)
    assert (feedback.allow_list, feedback.deny_list, feedback.conflicts) == ((), ("Robin",), 1)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "must be a JSON object"),
        ({"version": 2, "marks": []}, "unsupported 'version'"),
        ({"version": 1}, "'marks' must be a list"),
        ({"version": 1, "marks": ["x"]}, "mark 0: must be an object"),
        ({"version": 1, "marks": [{"turn": 0, "kind": "not_pii"}]}, "'call_id' must be"),
        ({"version": 1, "marks": [{"call_id": "c", "turn": -1, "kind": "not_pii"}]}, "'turn'"),
        ({"version": 1, "marks": [{"call_id": "c", "turn": True, "kind": "not_pii"}]}, "'turn'"),
        ({"version": 1, "marks": [{"call_id": "c", "turn": 0, "kind": "pii"}]}, "'kind' must"),
        (
            {"version": 1, "marks": [{"call_id": "c", "turn": 0, "kind": "not_pii", "text": 5}]},
            "'text' must be a string",
        ),
        (
            {"version": 1, "marks": [{"call_id": "c", "turn": 0, "kind": "not_pii", "value": "x"}]},
            "unknown key",
        ),
        (
            {
                "version": 1,
                "marks": [{"call_id": "c", "turn": 0, "kind": "not_pii", "text": "x" * 1001}],
            },
            "longer than 1000",
        ),
    ],
)
def test_invalid_documents_name_the_problem(doc, message):
    with pytest.raises(FeedbackError, match=message):
        parse_feedback(doc)


def test_errors_never_quote_mark_text(tmp_path):
    secret = "Jane Sample 4111 1111 1111 1111"
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "marks": [{"text": "' + secret + '", ', encoding="utf-8")
    with pytest.raises(FeedbackError) as info:
        load_feedback(bad)
    assert secret not in str(info.value) and "Jane" not in str(info.value)
    assert "export the file again" in str(info.value)
    doc = {"version": 1, "marks": [{"call_id": "c", "turn": 0, "kind": "x", "text": secret}]}
    with pytest.raises(FeedbackError) as info:
        parse_feedback(doc)
    assert secret not in str(info.value)


def test_missing_file_says_how_to_make_one(tmp_path):
    with pytest.raises(FeedbackError, match="Export feedback"):
        load_feedback(tmp_path / "none.json")


def test_write_is_atomic_private_and_round_trips(tmp_path):
    feedback = parse_feedback(DOC)
    path = tmp_path / "sub" / "feedback.json"
    write_feedback(feedback, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(path.parent.iterdir()) == [path]
    assert load_feedback(path) == feedback


def test_merge_keeps_order_and_drops_duplicates():
    a = parse_feedback(DOC)
    extra = FeedbackMark("call-003", 0, "not_pii", text="Springfield Mall")
    b = Feedback((a.marks[0], extra))
    merged = merge_feedback([a, b])
    assert merged.marks == (*a.marks, extra)


def test_summary_counts_without_texts():
    summary = summarize_feedback(parse_feedback(DOC))
    assert summary.marks == 4
    assert summary.by_kind == {"missed_pii": 2, "not_pii": 2}
    assert summary.by_call == {
        "call-001": {"missed_pii": 1, "not_pii": 1},
        "call-002": {"missed_pii": 1, "not_pii": 1},
    }
    assert summary.by_entity_type == {"(none)": 2, "PERSON": 2}
    assert (summary.allow_list_size, summary.deny_list_size, summary.conflicts) == (1, 2, 0)
    rendered = summary.to_text() + json.dumps(summary.to_dict())
    for secret in ("Jane", "555-0100", "Acme", "product name"):
        assert secret not in rendered


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="callredact feedback")
    add_feedback_arguments(p)
    return p


def test_cli_summarize_and_merge(tmp_path, capsys):
    a = write(tmp_path / "a.json", DOC)
    b = write(
        tmp_path / "b.json",
        {
            "version": 1,
            "marks": [
                {"call_id": "call-003", "turn": 2, "kind": "missed_pii", "text": "Sam Fictional"}
            ],
        },
    )
    out = tmp_path / "merged.json"
    assert run_feedback(parser().parse_args(["merge", str(a), str(b), "-o", str(out)])) == 0
    assert len(load_feedback(out).marks) == 5
    assert run_feedback(parser().parse_args(["summarize", str(out), "--json"])) == 0
    printed = capsys.readouterr().out
    counts = json.loads(printed[printed.index("{") :])
    assert counts["by_kind"] == {"missed_pii": 3, "not_pii": 2}
    assert run_feedback(parser().parse_args(["summarize", str(a)])) == 0
    text = capsys.readouterr().out
    assert "marks: 4 missed_pii=2 not_pii=2" in text
    assert "Sam Fictional" not in printed + text and "Jane" not in text


def test_cli_bad_file_exits_2_with_a_message(tmp_path, capsys):
    bad = write(tmp_path / "bad.json", {"version": 9, "marks": []})
    assert run_feedback(parser().parse_args(["summarize", str(bad)])) == 2
    assert "unsupported 'version'" in capsys.readouterr().err
