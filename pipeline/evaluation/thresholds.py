"""Recall and coverage floors, kept in ``thresholds.yaml`` and checked against a report.

The YAML has named sets: ``gate`` is the regression floor that ``make test`` enforces on
a small fixed slice (raise it as detectors improve, never lower it to make a test pass);
``targets`` are the issue's done-when figures for a full held-out run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from pipeline.evaluation.corpus import STYLES
from pipeline.evaluation.metrics import Scores

THRESHOLDS_FILE = "thresholds.yaml"
_KNOWN = {
    "fully_covered",
    "fully_covered_by_style",
    "recall",
    "character_precision",
    "max_exposed_share",
}


@dataclass(frozen=True)
class Thresholds:
    """Minimums (and one maximum) that a detector's scores must meet."""

    fully_covered: float | None = None
    fully_covered_by_style: Mapping[str, float] | None = None
    recall: float | None = None
    character_precision: float | None = None
    # Largest allowed share of 4+-digit gold spans left with 4+ digits visible.
    max_exposed_share: float | None = None


@dataclass(frozen=True)
class ThresholdFile:
    """Everything in thresholds.yaml: the fixed regression slice and the named sets."""

    slice_calls: int
    slice_seed: int
    sets: Mapping[str, Thresholds]

    def get(self, name: str) -> Thresholds:
        if name not in self.sets:
            raise ValueError(
                f"no threshold set {name!r} in {THRESHOLDS_FILE}; use one of {sorted(self.sets)}"
            )
        return self.sets[name]


def default_path() -> Path:
    return Path(str(resources.files("pipeline.evaluation").joinpath(THRESHOLDS_FILE)))


def _fraction(where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"{where} must be a fraction between 0 and 1, got {value!r}")
    return float(value)


def _parse_set(name: str, raw: object) -> Thresholds:
    if not isinstance(raw, Mapping):
        raise ValueError(f"threshold set {name!r} must be a mapping of metric: fraction")
    unknown = set(raw) - _KNOWN
    if unknown:
        raise ValueError(
            f"threshold set {name!r} has unknown keys {sorted(unknown)}; use {sorted(_KNOWN)}"
        )
    by_style = raw.get("fully_covered_by_style")
    if by_style is not None:
        if not isinstance(by_style, Mapping) or set(by_style) - set(STYLES):
            raise ValueError(
                f"{name}.fully_covered_by_style must map styles from {STYLES} to fractions"
            )
        by_style = {
            style: _fraction(f"{name}.fully_covered_by_style.{style}", v)
            for style, v in by_style.items()
        }
    values = {
        key: _fraction(f"{name}.{key}", raw[key])
        for key in _KNOWN - {"fully_covered_by_style"}
        if raw.get(key) is not None
    }
    return Thresholds(fully_covered_by_style=by_style, **values)


def load_thresholds(path: str | Path | None = None) -> ThresholdFile:
    """Read and validate the threshold file; errors say which key to fix."""
    path = Path(path) if path is not None else default_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ValueError(f"cannot read thresholds file {path}: pass an existing YAML file") from e
    except yaml.YAMLError as e:
        raise ValueError(f"{path} is not valid YAML; fix its syntax") from e
    if not isinstance(raw, Mapping) or "slice" not in raw or "sets" not in raw:
        raise ValueError(f"{path} needs top-level 'slice' (calls, seed) and 'sets' mappings")
    slice_ = raw["slice"]
    if not isinstance(slice_, Mapping) or not all(
        isinstance(slice_.get(k), int) and slice_.get(k) > 0 for k in ("calls", "seed")
    ):
        raise ValueError(f"{path}: slice needs positive integers 'calls' and 'seed'")
    if not isinstance(raw["sets"], Mapping) or not raw["sets"]:
        raise ValueError(f"{path}: 'sets' must map a set name to its thresholds")
    sets = {str(name): _parse_set(str(name), value) for name, value in raw["sets"].items()}
    return ThresholdFile(slice_["calls"], slice_["seed"], sets)


def check_thresholds(
    scores: Scores, by_style: Mapping[str, Scores], thresholds: Thresholds
) -> list[str]:
    """Human-readable failures, empty when every threshold is met."""
    failures: list[str] = []

    def need(metric: str, value: float | None, floor: float | None) -> None:
        if floor is None:
            return
        if value is None:
            failures.append(f"{metric}: no data to measure (floor {floor:.3f})")
        elif value < floor:
            failures.append(f"{metric}: {value:.3f} is below the floor {floor:.3f}")

    total = scores.total
    need("fully_covered", total.coverage, thresholds.fully_covered)
    for style, floor in (thresholds.fully_covered_by_style or {}).items():
        style_scores = by_style.get(style)
        value = style_scores.total.coverage if style_scores is not None else None
        need(f"fully_covered[{style}]", value, floor)
    need("recall", total.recall, thresholds.recall)
    need("character_precision", scores.character_precision, thresholds.character_precision)
    ceiling = thresholds.max_exposed_share
    if ceiling is not None:
        share = total.exposed_share or 0.0
        if share > ceiling:
            failures.append(
                f"spans with 4+ digits visible: {share:.3f} is above the ceiling {ceiling:.3f}"
            )
    return failures
