"""``callredact report`` argument handling and exit codes."""

from __future__ import annotations

import argparse

import pytest

from pipeline.report.cli import add_report_arguments, run_report


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="callredact report")
    add_report_arguments(p)
    return p


def test_report_writes_pages_and_prints_where(output_dir, tmp_path, capsys):
    target = tmp_path / "rep"
    args = parser().parse_args([str(output_dir), "--out", str(target), "--low-confidence", "0.5"])
    assert run_report(args) == 0
    out = capsys.readouterr().out
    assert "3 call pages, 1 dead letters" in out
    assert (target / "index.html").as_uri() in out
    assert (target / "calls" / "call-001.html").is_file()


def test_report_on_a_folder_without_output_exits_2(tmp_path, capsys):
    assert run_report(parser().parse_args([str(tmp_path)])) == 2
    assert "no redacted/ folder" in capsys.readouterr().err


def test_low_confidence_must_be_a_fraction(capsys):
    with pytest.raises(SystemExit):
        parser().parse_args(["out", "--low-confidence", "60"])
    assert "between 0 and 1" in capsys.readouterr().err
