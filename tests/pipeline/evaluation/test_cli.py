"""``callredact eval`` arguments and exit codes, with stand-in detectors."""

from __future__ import annotations

import argparse

import pytest

from pipeline.evaluation import cli
from pipeline.evaluation.corpus import STYLES
from pipeline.evaluation.runner import CALLREDACT, STOCK, build_call_corpus
from tests.pipeline.evaluation.conftest import NullDetector, OracleDetector


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.add_eval_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture
def oracle_vs_nothing(monkeypatch):
    def detectors(stock_threshold=None):
        every_style = build_call_corpus(12, 3, STYLES, 0.0)
        spoken = build_call_corpus(12, 3, ("spoken",), 0.0)
        return {CALLREDACT: lambda: OracleDetector(every_style, spoken), STOCK: NullDetector}

    monkeypatch.setattr(cli, "default_detectors", detectors)


BASE = ("--calls", "12", "--seed", "3", "--no-presidio-templates")


def test_defaults():
    args = _args()
    assert args.calls == cli.DEFAULT_CALLS and args.seed == cli.DEFAULT_SEED
    assert args.check_thresholds is None and args.gold_only_style is None


def test_prints_table_and_writes_markdown(oracle_vs_nothing, tmp_path, capsys):
    out = tmp_path / "eval.md"
    code = cli.run_eval(_args(*BASE, "--markdown", str(out)))
    assert code == cli.EXIT_OK
    printed = capsys.readouterr().out
    assert "PII spans fully covered" in printed and STOCK in printed
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("Produced by `callredact eval --calls 12 --seed 3")
    assert f"| Call transcripts | {CALLREDACT} | {STOCK} |" in markdown


def test_gold_only_style(oracle_vs_nothing, capsys):
    assert cli.run_eval(_args(*BASE, "--gold-only-style", "spoken")) == cli.EXIT_OK
    printed = capsys.readouterr().out
    assert "… spoken style" in printed and "… written style" not in printed


def test_callredact_only(oracle_vs_nothing, capsys):
    assert cli.run_eval(_args(*BASE, "--callredact-only")) == cli.EXIT_OK
    assert STOCK not in capsys.readouterr().out


def test_thresholds_met_and_missed(oracle_vs_nothing, monkeypatch, capsys, tmp_path):
    assert cli.run_eval(_args(*BASE, "--check-thresholds")) == cli.EXIT_OK
    assert "all met" in capsys.readouterr().out
    # The same run against an impossible floor misses it.
    strict = tmp_path / "strict.yaml"
    strict.write_text(
        "slice: {calls: 3, seed: 1}\nsets: {gate: {character_precision: 1.0, recall: 1.0}}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        cli,
        "default_detectors",
        lambda stock_threshold=None: {CALLREDACT: NullDetector},
    )
    code = cli.run_eval(_args(*BASE, "--check-thresholds", "--thresholds", str(strict)))
    assert code == cli.EXIT_THRESHOLDS
    printed = capsys.readouterr().out
    assert "recall: 0.000 is below the floor 1.000" in printed


def test_bad_inputs_exit_1_with_a_hint(oracle_vs_nothing, capsys, tmp_path):
    assert cli.run_eval(_args(*BASE, "--calls", "0")) == cli.EXIT_FATAL
    assert "--calls N" in capsys.readouterr().err
    assert cli.run_eval(_args(*BASE, "--check-thresholds", "nope")) == cli.EXIT_FATAL
    assert "use one of" in capsys.readouterr().err
    missing = tmp_path / "no" / "such" / "dir" / "out.md"
    assert cli.run_eval(_args(*BASE, "--markdown", str(missing))) == cli.EXIT_FATAL
    assert "writable folder" in capsys.readouterr().err


def test_unknown_style_is_an_argparse_error():
    with pytest.raises(SystemExit):
        _args("--gold-only-style", "whisper")
