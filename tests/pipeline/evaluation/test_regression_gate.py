"""Regression gate: callredact on a small fixed slice must meet thresholds.yaml's 'gate'.

The slice (calls, seed) and the floors live in pipeline/evaluation/thresholds.yaml: raise
the floors there as detectors improve. Runs the real CallAnalyzer with the real spaCy model.
"""

from __future__ import annotations

import pytest

from pipeline.evaluation.runner import CALLREDACT, default_detectors, run_evaluation
from pipeline.evaluation.thresholds import check_thresholds, load_thresholds


@pytest.fixture(scope="module")
def gate_result():
    thresholds = load_thresholds()
    report = run_evaluation(
        thresholds.slice_calls,
        thresholds.slice_seed,
        template_share=0.0,
        general_samples=0,
        detectors={CALLREDACT: default_detectors()[CALLREDACT]},
    )
    return thresholds, report.system(CALLREDACT)


def test_slice_exercises_every_style_and_entity(gate_result):
    _, result = gate_result
    assert set(result.by_style) == {"written", "spoken", "chunked", "caps", "mixed"}
    assert result.calls.total.gold >= 200
    assert result.calls.total.digit_spans >= 40


def test_callredact_meets_the_gate(gate_result):
    thresholds, result = gate_result
    failures = check_thresholds(result.calls, result.by_style, thresholds.get("gate"))
    assert failures == [], "callredact fell below thresholds.yaml 'gate':\n" + "\n".join(failures)
