"""Shared fixtures. Beam tests name their runner: DirectRunner would try to download Prism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def direct_test_pipeline() -> TestPipeline:
    return TestPipeline(options=PipelineOptions(["--runner=FnApiRunner"]), blocking=True)


@pytest.fixture
def beam_pipeline():
    return direct_test_pipeline()


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl_folder(folder: Path) -> list[dict]:
    records = []
    for file in sorted(folder.glob("*.jsonl")):
        records += [json.loads(line) for line in file.read_text("utf-8").splitlines() if line]
    return records
