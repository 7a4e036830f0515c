"""Helpers shared by the evaluation tests."""

from __future__ import annotations

import importlib.metadata

import pytest

from pipeline.evaluation.corpus import LabelledCall
from pipeline.schema import PiiEntity


def _presidio_evaluator_installed() -> bool:
    try:
        importlib.metadata.distribution("presidio-evaluator")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


needs_presidio_templates = pytest.mark.skipif(
    not _presidio_evaluator_installed(),
    reason="presidio-evaluator not installed: pip install --no-deps presidio-evaluator==0.3.2",
)


class OracleDetector:
    """Returns exactly the gold spans: what a perfect detector would find."""

    def __init__(self, *corpora: list[LabelledCall]):
        self._gold = {_key(c.call): c.gold for corpus in corpora for c in corpus}

    def add(self, call, gold) -> None:
        self._gold[_key(call)] = gold

    def analyze_calls(self, calls):
        return [
            tuple(
                tuple(PiiEntity(g.entity_type, g.start, g.end, 1.0) for g in turn)
                for turn in self._gold.get(_key(call), tuple(() for _ in call.turns))
            )
            for call in calls
        ]


def _key(call) -> tuple[str, ...]:
    return (call.call_id, *(t.text for t in call.turns))


class NullDetector:
    """Finds nothing."""

    def analyze_calls(self, calls):
        return [tuple(() for _ in call.turns) for call in calls]


class EverythingDetector:
    """Redacts every turn whole, as PERSON: full coverage, poor precision."""

    def analyze_calls(self, calls):
        return [
            tuple((PiiEntity("PERSON", 0, len(t.text), 1.0),) if t.text else () for t in call.turns)
            for call in calls
        ]
