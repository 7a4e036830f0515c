"""Labelled call files (``callredact eval --labelled``): loading, errors, scoring."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluation import cli
from pipeline.evaluation.labelled import (
    SOURCE_LABELLED,
    UNSTYLED,
    LabelledInputError,
    load_labelled_calls,
    styles_of,
)
from pipeline.evaluation.runner import CALLREDACT, STOCK, run_labelled_evaluation
from tests.pipeline.evaluation.conftest import NullDetector, OracleDetector
from tests.pipeline.evaluation.test_cli import _args

SPOKEN_CALL = {
    "call_id": "c-1",
    "style": "spoken",
    "turns": [
        {"speaker": "agent", "text": "and the last four of your social", "pii": []},
        {
            "speaker": "customer",
            "text": "it's maria delgado, maria, six seven eight nine",
            "pii": [
                {"label": "PERSON", "value": "maria delgado"},
                {"label": "PERSON", "value": "maria"},
                {"label": "US_SSN", "value": "six seven eight nine"},
            ],
        },
    ],
}
WRITTEN_CALL = {
    "call_id": "c-2",
    "turns": [
        {
            "speaker": "customer",
            "text": "Card 4111 1111 1111 1111, $25.99.",
            "pii": [{"label": "CREDIT_CARD", "start": 5, "end": 24}],
        }
    ],
}


def _write(tmp_path, *records, name="calls.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    return path


def _spans(call):
    return [
        [(g.entity_type, turn.text[g.start : g.end]) for g in gold]
        for turn, gold in zip(call.call.turns, call.gold, strict=True)
    ]


def test_values_and_offsets_become_exact_gold_spans(tmp_path):
    spoken, written = load_labelled_calls([_write(tmp_path, SPOKEN_CALL, WRITTEN_CALL)])
    assert _spans(spoken) == [
        [],
        [("PERSON", "maria delgado"), ("PERSON", "maria"), ("US_SSN", "six seven eight nine")],
    ]
    # "maria" listed after "maria delgado" is the second "maria", not the one inside.
    assert spoken.gold[1][1].start == spoken.call.turns[1].text.index(", maria") + 2
    assert _spans(written) == [[("CREDIT_CARD", "4111 1111 1111 1111")]]
    assert (spoken.style, written.style) == ("spoken", UNSTYLED)
    assert {spoken.source, written.source} == {SOURCE_LABELLED}
    assert styles_of([written, spoken]) == ("spoken", UNSTYLED)


def test_a_value_listed_twice_labels_both_occurrences(tmp_path):
    call = {
        "call_id": "twice",
        "turns": [
            {
                "speaker": "agent",
                "text": "so that's 07700 900123, 07700 900123",
                "pii": [{"label": "PHONE_NUMBER", "value": "07700 900123"}] * 2,
            }
        ],
    }
    (loaded,) = load_labelled_calls([_write(tmp_path, call)])
    assert [(g.start, g.end) for g in loaded.gold[0]] == [(10, 22), (24, 36)]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"turns": [{"text": "hi"}]}, "call_id must be a non-empty string"),
        ({"call_id": "a", "turns": []}, "turns must be a non-empty list"),
        ({"call_id": "a", "style": 3, "turns": [{"text": "x"}]}, "style must be"),
        ({"call_id": "a", "turns": [{"text": 5}]}, "text and speaker must be strings"),
        (
            {"call_id": "a", "turns": [{"text": "call me al", "pii": [{"value": "al"}]}]},
            "needs a string label",
        ),
        (
            {
                "call_id": "a",
                "turns": [{"text": "it's jo", "pii": [{"label": "PERSON", "value": "jo smith"}]}],
            },
            "turn 0 pii 1: the value is not in the turn's text",
        ),
        (
            {
                "call_id": "a",
                "turns": [{"text": "abc", "pii": [{"label": "PERSON", "start": 1, "end": 9}]}],
            },
            "offsets 1:9 are outside the turn's 3 characters",
        ),
    ],
)
def test_faults_name_file_and_line_and_never_quote_the_transcript(tmp_path, record, message):
    path = _write(tmp_path, SPOKEN_CALL, record)
    with pytest.raises(LabelledInputError) as caught:
        load_labelled_calls([path])
    assert f"{path}:2" in str(caught.value) and message in str(caught.value)
    assert "jo smith" not in str(caught.value) and "call me" not in str(caught.value)


def test_repeated_call_ids_empty_files_and_broken_json_are_refused(tmp_path):
    first = _write(tmp_path, SPOKEN_CALL, name="a.jsonl")
    again = _write(tmp_path, SPOKEN_CALL, name="b.jsonl")
    with pytest.raises(LabelledInputError, match="already used at .*a.jsonl:1"):
        load_labelled_calls([first, again])
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(LabelledInputError, match="hold no calls"):
        load_labelled_calls([empty])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"call_id": "x", "turns": [\n', encoding="utf-8")
    with pytest.raises(LabelledInputError, match="broken.jsonl:1: not JSON"):
        load_labelled_calls([broken])
    with pytest.raises(LabelledInputError, match="cannot read"):
        load_labelled_calls([tmp_path / "missing.jsonl"])


def test_scores_group_by_the_files_styles(tmp_path):
    corpus = load_labelled_calls([_write(tmp_path, SPOKEN_CALL, WRITTEN_CALL)])
    report = run_labelled_evaluation(
        corpus, detectors={CALLREDACT: lambda: OracleDetector(corpus), STOCK: NullDetector}
    )
    perfect, nothing = report.system(CALLREDACT), report.system(STOCK)
    assert report.styles == ("spoken", UNSTYLED) and report.seed is None
    assert perfect.calls.total.coverage == 1.0 and nothing.calls.total.coverage == 0.0
    assert perfect.by_style["spoken"].total.gold == 3
    assert nothing.calls.total.exposed == nothing.calls.total.digit_spans == 2


def test_cli_scores_labelled_files_and_checks_the_targets(tmp_path, monkeypatch, capsys):
    path = _write(tmp_path, SPOKEN_CALL, WRITTEN_CALL)
    oracle = OracleDetector(load_labelled_calls([path]))
    monkeypatch.setattr(
        cli,
        "default_detectors",
        lambda stock_threshold=None: {CALLREDACT: lambda: oracle, STOCK: NullDetector},
    )
    markdown = tmp_path / "eval.md"
    args = _args(
        "--labelled", str(path), "--check-thresholds", "targets", "--markdown", str(markdown)
    )
    assert cli.run_eval(args) == cli.EXIT_OK
    printed = capsys.readouterr().out
    assert "2 labelled calls (3 turns) from files" in printed and "all met" in printed
    assert markdown.read_text(encoding="utf-8").startswith(
        "Produced by `callredact eval --labelled calls.jsonl`"
    )
    monkeypatch.setattr(
        cli, "default_detectors", lambda stock_threshold=None: {CALLREDACT: NullDetector}
    )
    assert cli.run_eval(_args("--labelled", str(path), "--check-thresholds", "targets")) == 3
    assert "fully_covered[spoken]: 0.000 is below the floor 0.970" in capsys.readouterr().out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1]\n", encoding="utf-8")
    assert cli.run_eval(_args("--labelled", str(bad))) == cli.EXIT_FATAL
    assert "bad.jsonl:1: each line must be a JSON object" in capsys.readouterr().err
    mixed_up = _args("--labelled", str(path), "--gold-only-style", "spoken")
    assert cli.run_eval(mixed_up) == cli.EXIT_FATAL
    assert "give each call a style in the file" in capsys.readouterr().err
