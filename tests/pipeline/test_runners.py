"""The same redacted records on the default runner and on the portable runner path
(the one Flink and Spark job servers use), on a few hundred calls."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES
from tests.pipeline.test_cli import callredact


def _many_calls(path, copies: int) -> int:
    records = []
    for file in sorted((SAMPLES / "transcripts").iterdir()):
        raw = file.read_text("utf-8")
        records += (
            [json.loads(raw)]
            if file.suffix == ".json"
            else [json.loads(line) for line in raw.splitlines() if line.strip()]
        )
    with path.open("w", encoding="utf-8") as out:
        for i in range(copies):
            for r in records:
                out.write(json.dumps({**r, "call_id": f"{r['call_id']}-{i:04d}"}) + "\n")
    return copies * len(records)


@pytest.mark.slow
def test_direct_and_portable_runners_give_identical_records(tmp_path):
    n = _many_calls(tmp_path / "calls.jsonl", 75)
    assert n >= 300
    outputs = {}
    for name, extra in {
        "direct": [],
        "portable": [
            "--runner",
            "PortableRunner",
            "--job_endpoint",
            "embed",
            "--environment_type",
            "LOOPBACK",
        ],
    }.items():
        out = tmp_path / name
        proc = callredact(
            "redact-text", "--input", str(tmp_path / "calls.jsonl"), "--output", str(out), *extra
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        outputs[name] = (out / "redacted" / "calls-00000-of-00001.jsonl").read_bytes()
        assert json.loads((out / "summary.json").read_text())["calls_out"] == n
    assert outputs["direct"] == outputs["portable"]


@pytest.mark.slow
def test_killed_run_leaves_no_partial_outputs_and_rerun_completes(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    n = _many_calls(tmp_path / "calls.jsonl", 250)
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "redact-text",
        "--input",
        str(tmp_path / "calls.jsonl"),
        "--output",
        str(out),
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging = out / ".callredact-staging"
    deadline = time.monotonic() + 60
    while not staging.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL, "the run ended before it could be killed"
    visible = [p for p in out.rglob("*") if ".callredact-staging" not in p.parts and p.is_file()]
    if (out / "summary.json").exists():
        # on a fast machine the kill can land after the commit, while Beam shuts down: the
        # summary is written last, so then every output is there and whole
        assert json.loads((out / "summary.json").read_text())["calls_out"] == n
    else:
        assert visible == [], "a killed run must not leave outputs outside its staging folder"

    rerun = callredact(
        "redact-text", "--input", str(tmp_path / "calls.jsonl"), "--output", str(out)
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert not staging.exists()
    assert json.loads((out / "summary.json").read_text())["calls_out"] == n
