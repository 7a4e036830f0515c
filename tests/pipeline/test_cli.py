"""The CLI end to end on the sample transcripts: output contract, exit codes, logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES, read_jsonl_folder, write_jsonl

CALLREDACT = [sys.executable, "-m", "pipeline.cli"]
# Values written in the samples that any competent detector must remove.
SAMPLE_SECRETS = ["4532 7153 3790 4322", "Marcus Whitfield", "March 14, 1982", "312, 555-0187"]


def callredact(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [*CALLREDACT, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )


def _originals() -> dict[str, list[str]]:
    texts = {}
    for path in (SAMPLES / "transcripts").iterdir():
        raw = path.read_text("utf-8")
        records = (
            [json.loads(raw)]
            if path.suffix == ".json"
            else [json.loads(line) for line in raw.splitlines() if line.strip()]
        )
        for r in records:
            texts[r["call_id"]] = [t["text"] for t in r["turns"]]
    return texts


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    proc = callredact(
        "--log-level",
        "DEBUG",
        "redact-text",
        "--input",
        str(SAMPLES / "transcripts" / "*"),
        "--output",
        str(out),
    )
    return proc, out


def test_samples_exit_zero_and_write_the_output_contract(sample_run):
    proc, out = sample_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    originals = _originals()
    records = read_jsonl_folder(out / "redacted")
    assert sorted(r["call_id"] for r in records) == sorted(originals)
    for record in records:
        assert {"call_id", "turns", "source", "metadata", "audio_redactions"} <= record.keys()
        assert len(record["turns"]) == len(originals[record["call_id"]])
        for turn, original in zip(record["turns"], originals[record["call_id"]], strict=True):
            assert {"speaker", "start", "end", "text", "entities"} <= turn.keys()
            for e in turn["entities"]:
                assert {"type", "start", "end", "score"} <= e.keys()
                assert 0 <= e["start"] < e["end"] <= len(original)
            for r in turn["redactions"]:
                assert turn["text"][r["start"] : r["end"]] == f"[{r['type']}]"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["calls_in"] == summary["calls_out"] == len(originals)
    assert summary["calls_failed"] == 0
    assert summary["entities_total"] == sum(summary["entities"].values()) > 0
    assert "redacted" in proc.stderr.splitlines()[-1]  # the one-line summary


def test_written_values_are_gone_and_metadata_identifiers_dropped(sample_run):
    _, out = sample_run
    text = "".join(p.read_text() for p in (out / "redacted").glob("*.jsonl"))
    for secret in SAMPLE_SECRETS:
        assert secret not in text
    assert "AG-2231" not in text and "415 555 0134" not in text  # agent id, ANI metadata


def test_debug_logs_carry_no_content(sample_run):
    proc, _ = sample_run
    logs = proc.stdout + proc.stderr
    assert "DEBUG" in logs or "INFO" in logs
    for texts in _originals().values():
        for text in texts:
            for word in text.replace(",", " ").replace(".", " ").split():
                if any(ch.isdigit() for ch in word) and len(word) >= 3:
                    assert word not in logs, "a number from a transcript reached the logs"
    for secret in SAMPLE_SECRETS + ["Castellano", "Whitfield", "raman"]:
        assert secret not in logs


def test_bad_inputs_give_exit_2_dead_letters_and_no_traceback(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(
        inputs / "ok.jsonl",
        [
            {"call_id": "ok", "turns": [{"speaker": "A", "text": "hello there"}]},
            {"call_id": "no-turns", "turns": []},
        ],
    )
    (inputs / "broken.json").write_text('{"call_id": "x", "turns": [', encoding="utf-8")
    (inputs / "empty.jsonl").write_bytes(b"")
    (inputs / "binary.json").write_bytes(os.urandom(64) + b"\xff")
    proc = callredact("redact-text", "--input", str(inputs / "*"), "--output", str(tmp_path / "o"))
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    dead = read_jsonl_folder(tmp_path / "o" / "dead_letter")
    assert sorted(d["reason"] for d in dead) == sorted(
        ["no_turns", "invalid_json", "empty_file", "invalid_utf8"]
    )
    assert all({"source", "line", "reason", "message"} <= d.keys() for d in dead)
    assert [r["call_id"] for r in read_jsonl_folder(tmp_path / "o" / "redacted")] == ["ok"]


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["redact-text", "--input", "/nonexistent/*.jsonl", "--output", "{out}"], "no files match"),
        (["redact-text", "--input", "{samples}", "--output", "/proc/forbidden"], "cannot write"),
        (["redact-text", "--input", "{samples}"], "required"),
        (
            ["--log-level", "LOUD", "redact-text", "--input", "{samples}", "--output", "{out}"],
            "log-level",
        ),
        (
            [
                "redact-text",
                "--input",
                "{samples}",
                "--output",
                "{out}",
                "--recognizer-config",
                "/nonexistent.yaml",
            ],
            "config",
        ),
        (["redact-text", "--input", "{samples}", "--output", "{out}", "-x"], "unknown option"),
    ],
)
def test_fatal_errors_exit_1_with_one_line(tmp_path, args, fragment):
    samples = str(SAMPLES / "transcripts" / "*")
    args = [a.format(out=tmp_path / "o", samples=samples) for a in args]
    proc = callredact(*args)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.startswith("callredact:")]
    assert len(lines) == 1 and fragment in lines[0]
    assert "Traceback" not in proc.stderr


def test_rerun_is_byte_identical_and_replaces_stale_outputs(tmp_path, sample_run):
    _, first = sample_run
    out = tmp_path / "o"
    (out / "redacted").mkdir(parents=True)
    (out / "redacted" / "calls-00001-of-00002.jsonl").write_text("stale\n")
    (out / "redacted" / "my-notes.txt").write_text("keep me\n")
    proc = callredact(
        "redact-text", "--input", str(SAMPLES / "transcripts" / "*"), "--output", str(out)
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = sorted(p.name for p in (out / "redacted").iterdir())
    assert names == ["calls-00000-of-00001.jsonl", "my-notes.txt"]
    a = (first / "redacted" / "calls-00000-of-00001.jsonl").read_bytes()
    b = (out / "redacted" / "calls-00000-of-00001.jsonl").read_bytes()
    assert a == b
    assert not (out / ".callredact-staging").exists()
    assert not list(out.rglob("*.tmp-*"))


def test_readme_commands_exist_in_makefile():
    readme = (ROOT / "README.md").read_text("utf-8")
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in readme
        assert f"\n{target}:" in makefile
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci


def test_reviewer_feedback_flows_back_as_allow_and_deny_lists(tmp_path):
    calls = tmp_path / "calls.jsonl"
    write_jsonl(
        calls,
        [
            {
                "call_id": "fb-1",
                "turns": [
                    {
                        "speaker": "AGENT",
                        "text": "Thank you for calling Zephyrine Mutual, this is Dana.",
                    },
                    {"speaker": "CUSTOMER", "text": "Hi Dana, I need help with my claim."},
                ],
            }
        ],
    )
    feedback = tmp_path / "feedback.json"
    feedback.write_text(
        json.dumps(
            {
                "version": 1,
                "marks": [
                    {"call_id": "fb-1", "turn": 0, "kind": "not_pii", "text": "Dana"},
                    {
                        "call_id": "fb-1",
                        "turn": 0,
                        "kind": "missed_pii",
                        "text": "Zephyrine Mutual",
                    },
                ],
            }
        )
    )

    def texts(*extra):
        out = tmp_path / ("o" + str(len(extra)))
        proc = callredact("redact-text", "--input", str(calls), "--output", str(out), *extra)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return [t["text"] for t in read_jsonl_folder(out / "redacted")[0]["turns"]]

    before, after = texts(), texts("--feedback", str(feedback))
    assert "Zephyrine" in before[0] and "Dana" not in before[1]
    assert "Zephyrine" not in after[0] and "[DENY_LIST]" in after[0]
    assert "Dana" in after[1]
