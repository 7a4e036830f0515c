"""``stream`` for real: a subprocess watches a folder while files are dropped into it one
by one (one written slowly, one under a temporary name), with the real analyzer.

Every call comes out exactly once, nothing is read early, the exit code is 0, a restart
redoes nothing, and SIGTERM stops it cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES, read_jsonl_folder
from tests.pipeline.test_cli import SAMPLE_SECRETS

CLI = [sys.executable, "-m", "pipeline.cli"]
FAST = ["--poll-interval", "0.5", "--settle-seconds", "1"]
# Waits end as soon as the stream is done; the limits only say when to give up. A loaded
# 2-core machine takes 25 s and more to load the analyzer, so they are generous.
PATIENCE_S = 180

pytestmark = pytest.mark.slow


def _sample_records() -> list[dict]:
    records = []
    for path in sorted((SAMPLES / "transcripts").iterdir()):
        raw = path.read_text("utf-8")
        records += (
            [json.loads(raw)]
            if path.suffix == ".json"
            else [json.loads(line) for line in raw.splitlines() if line.strip()]
        )
    return records


def _lines(batch: int) -> list[str]:
    return [
        json.dumps({**r, "call_id": f"{r['call_id']}-b{batch}"}) + "\n" for r in _sample_records()
    ]


def _start(*args: str, log_level: str = "INFO") -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [*CLI, "--log-level", log_level, "stream", *args],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _finish(proc: subprocess.Popen, timeout: float) -> tuple[int, str]:
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
        pytest.fail(f"stream did not stop in time: {stderr[-2000:]}")
    return proc.returncode, stderr


def _temporary_files(folder: Path) -> list[str]:
    return [n for _, _, names in os.walk(folder) for n in names if ".tmp-" in n]


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


def _published(out: Path) -> set[str]:
    folder = out / "redacted"
    return {p.stem for p in folder.glob("*.jsonl")} if folder.exists() else set()


def test_files_dropped_one_by_one_come_out_exactly_once_and_a_restart_redoes_nothing(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    # 6-second segments: files dropped over ~10 s cross segment boundaries and must still
    # come out once. Each step waits for the stream, not for a fixed time, so a slow
    # machine (the analyzer takes seconds to load) changes nothing.
    proc = _start(
        "--watch", str(inbox), "--output", str(out), "--segment-seconds", "6", *FAST,
        log_level="DEBUG",
    )  # fmt: skip
    lines = _lines(0)
    (inbox / "drop-0.jsonl").write_text("".join(lines), encoding="utf-8")
    expected = [json.loads(line)["call_id"] for line in lines]
    _wait_for(lambda: len(_published(out)) == len(expected), PATIENCE_S, "the first calls")
    # Two more whole files, one a second.
    for batch in (1, 2):
        lines = _lines(batch)
        (inbox / f"drop-{batch}.jsonl").write_text("".join(lines), encoding="utf-8")
        expected += [json.loads(line)["call_id"] for line in lines]
        time.sleep(1.0)
    # A file written slowly, a line at a time: must not be read before it is complete.
    lines = _lines(10)
    with (inbox / "slow.jsonl").open("w", encoding="utf-8") as handle:
        for line in lines:
            half = len(line) // 2
            handle.write(line[:half])
            handle.flush()
            time.sleep(0.3)
            handle.write(line[half:])
            handle.flush()
            time.sleep(0.3)
    expected += [json.loads(line)["call_id"] for line in lines]
    # A file uploaded under a temporary name for longer than the settle time, then renamed.
    lines = _lines(20)
    (inbox / "upload.jsonl.part").write_text("".join(lines), encoding="utf-8")
    time.sleep(2.5)
    os.rename(inbox / "upload.jsonl.part", inbox / "upload.jsonl")
    expected += [json.loads(line)["call_id"] for line in lines]
    _wait_for(lambda: len(_published(out)) >= len(expected), PATIENCE_S, "every call")
    (out / ".callredact-stream" / "stop").write_text("")

    rc, stderr = _finish(proc, timeout=PATIENCE_S)
    assert rc == 0, stderr[-3000:]
    assert "segment 2 starts" in stderr  # the drops did cross a segment boundary
    redacted = read_jsonl_folder(out / "redacted")
    assert sorted(r["call_id"] for r in redacted) == sorted(expected)
    assert len(list((out / "redacted").iterdir())) == len(expected)
    assert not (out / "dead_letter").exists()
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["files_in"], summary["calls_out"], summary["calls_failed"]) == (
        5,
        len(expected),
        0,
    )
    assert summary["stopped_by"] == "stop file"
    published = "".join(p.read_text("utf-8") for p in (out / "redacted").iterdir())
    for secret in SAMPLE_SECRETS:
        assert secret not in published
        assert secret not in stderr
    assert _temporary_files(out) == []

    before = {p.name: p.stat().st_mtime_ns for p in (out / "redacted").iterdir()}
    proc = _start("--watch", str(inbox), "--output", str(out), "--stop-after", "5", *FAST)
    rc, stderr = _finish(proc, timeout=PATIENCE_S)
    assert rc == 0, stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["files_in"], summary["calls_in"]) == (0, 0)
    assert summary["stopped_by"] == "stop-after"
    assert {p.name: p.stat().st_mtime_ns for p in (out / "redacted").iterdir()} == before


def test_sigterm_finishes_what_is_in_flight_and_exits_cleanly(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    proc = _start("--watch", str(inbox), "--output", str(out), *FAST)
    lines = _lines(0)
    (inbox / "calls.jsonl").write_text("".join(lines), encoding="utf-8")
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline and not list(
        (out / ".callredact-stream" / "done").glob("*.json")
    ):
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    rc, stderr = _finish(proc, timeout=PATIENCE_S)
    assert rc == 0, stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["stopped_by"] == "signal SIGTERM"
    assert summary["calls_out"] == len(lines)
    assert not (out / ".callredact-stream" / "stop").exists()
    assert _temporary_files(out) == []
