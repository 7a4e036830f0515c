"""The side-by-side runner, with stand-in detectors (fast, no spaCy)."""

from __future__ import annotations

import logging

import pytest

from pipeline.evaluation.corpus import STYLES
from pipeline.evaluation.presidio_templates import general_text_samples
from pipeline.evaluation.runner import (
    EvaluationReport,
    build_call_corpus,
    general_calls,
    render_markdown,
    render_text,
    run_evaluation,
    score_calls,
)
from tests.pipeline.evaluation.conftest import (
    EverythingDetector,
    NullDetector,
    OracleDetector,
    needs_presidio_templates,
)


def _oracle_for(n_calls, seed, template_share=0.0, general_samples=0):
    corpus = build_call_corpus(n_calls, seed, STYLES, template_share)
    oracle = OracleDetector(corpus)
    if general_samples:
        samples = general_text_samples(general_samples, seed)
        calls = general_calls(samples)
        for call, sample in zip(calls, samples, strict=True):
            oracle.add(call, (sample.gold,))
    return oracle


def _run(detectors, n_calls=20, seed=5, **kwargs) -> EvaluationReport:
    kwargs.setdefault("template_share", 0.0)
    kwargs.setdefault("general_samples", 0)
    return run_evaluation(n_calls, seed, detectors=detectors, **kwargs)


def test_perfect_and_empty_detectors_bound_the_metrics():
    report = _run({"oracle": lambda: _oracle_for(20, 5), "nothing": NullDetector})
    oracle, nothing = report.system("oracle"), report.system("nothing")
    total = oracle.calls.total
    assert total.coverage == total.recall == total.precision == 1.0
    assert oracle.calls.character_precision == 1.0
    assert total.exposed == 0 and total.digit_spans > 0
    assert oracle.calls.distractors_redacted == 0
    assert set(oracle.by_style) == set(STYLES)
    assert all(s.total.coverage == 1.0 for s in oracle.by_style.values())
    empty = nothing.calls.total
    assert empty.coverage == empty.recall == 0.0 and empty.precision is None
    assert empty.exposed == empty.digit_spans


def test_redacting_everything_covers_all_but_with_poor_precision():
    everything = _run({"all": EverythingDetector}).system("all").calls
    assert everything.total.coverage == 1.0
    assert everything.character_precision < 0.5
    assert everything.distractors_redacted == everything.distractors > 0


def test_same_corpus_for_every_detector():
    seen = []

    class Recording(NullDetector):
        def analyze_calls(self, calls):
            seen.append([c.turns for c in calls])
            return super().analyze_calls(calls)

    _run({"a": Recording, "b": Recording})
    assert len(seen) == 2 and seen[0] == seen[1]


def test_wrong_shaped_detections_are_refused():
    corpus = build_call_corpus(3, 1, STYLES, 0.0)
    with pytest.raises(ValueError, match="one entry per call"):
        score_calls(corpus, [])
    with pytest.raises(ValueError, match="turns"):
        score_calls(corpus, [((),)] * 3)


def test_rejects_bad_arguments():
    with pytest.raises(ValueError, match="--calls"):
        _run({"n": NullDetector}, n_calls=0)
    with pytest.raises(ValueError, match="template_share"):
        _run({"n": NullDetector}, template_share=2.0)


def test_tables_render_side_by_side():
    report = _run({"oracle": lambda: _oracle_for(20, 5), "nothing": NullDetector}, command="x")
    markdown = render_markdown(report)
    assert "| Call transcripts | oracle | nothing |" in markdown
    assert "| PII spans fully covered | 100.0% | 0.0% |" in markdown
    assert "| … spoken style | 100.0% | 0.0% |" in markdown
    assert "Produced by `x`" in markdown
    assert "| CREDIT_CARD |" in markdown
    text = render_text(report)
    assert "PII spans fully covered" in text and "|" not in text
    assert text.splitlines()[2].split()[-2:] == ["oracle", "nothing"]


def test_logs_carry_no_content(caplog):
    corpus = build_call_corpus(10, 5, STYLES, 0.0)
    with caplog.at_level(logging.DEBUG):
        _run({"oracle": lambda: OracleDetector(corpus)}, n_calls=10)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "evaluated detector=oracle" in logged
    words = {w for c in corpus for t in c.call.turns for w in t.text.split() if len(w) > 5}
    assert not any(w in logged for w in words)


@needs_presidio_templates
def test_template_calls_and_general_text_are_scored():
    detectors = {"oracle": lambda: _oracle_for(20, 5, 0.25, 40), "nothing": NullDetector}
    report = _run(detectors, template_share=0.25, general_samples=40)
    assert report.template_calls == 5 and report.general_samples == 40
    oracle = report.system("oracle")
    assert oracle.general.total.recall == 1.0 and oracle.general.total.precision == 1.0
    assert set(oracle.by_source) == {"callredact-templates", "presidio-evaluator"}
    markdown = render_markdown(report)
    assert "| General text |" in markdown and "presidio-evaluator templates" in markdown


def test_stock_presidio_baseline_reports_offsets_into_each_turn():
    from pipeline.evaluation.runner import StockDetector

    corpus = build_call_corpus(5, 2, STYLES, 0.0)
    calls = [c.call for c in corpus]
    found = StockDetector.create().analyze_calls(calls)
    assert [len(per_call) for per_call in found] == [len(c.turns) for c in calls]
    entities = [
        (turn.text, e)
        for call, per_call in zip(calls, found, strict=True)
        for turn, per_turn in zip(call.turns, per_call, strict=True)
        for e in per_turn
    ]
    assert entities, "stock Presidio finds something in five calls"
    assert all(0 <= e.start < e.end <= len(text) for text, e in entities)
    assert "PERSON" in {e.entity_type for _, e in entities}
