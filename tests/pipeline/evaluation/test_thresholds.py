"""thresholds.yaml: validated at load, checked against scores."""

from __future__ import annotations

import pytest

from pipeline.evaluation.metrics import EntityCounts, Scores
from pipeline.evaluation.thresholds import Thresholds, check_thresholds, load_thresholds


def test_packaged_file_loads():
    thresholds = load_thresholds()
    assert thresholds.slice_calls > 0 and thresholds.slice_seed > 0
    gate = thresholds.get("gate")
    assert gate.fully_covered is not None and gate.recall is not None
    assert thresholds.get("targets").fully_covered == 0.98


def test_unknown_set_is_named():
    with pytest.raises(ValueError, match="use one of"):
        load_thresholds().get("stretch")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("slice: {calls: 3, seed: 1}\n", "needs top-level"),
        ("slice: {calls: 0, seed: 1}\nsets: {gate: {recall: 0.5}}\n", "positive integers"),
        ("slice: {calls: 3, seed: 1}\nsets: {gate: {recal: 0.5}}\n", "unknown keys"),
        ("slice: {calls: 3, seed: 1}\nsets: {gate: {recall: 50}}\n", "between 0 and 1"),
        (
            "slice: {calls: 3, seed: 1}\nsets: {gate: {fully_covered_by_style: {loud: 0.5}}}\n",
            "map styles",
        ),
        ("slice: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_files_say_what_to_fix(tmp_path, body, message):
    path = tmp_path / "t.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_thresholds(path)


def test_missing_file():
    with pytest.raises(ValueError, match="cannot read"):
        load_thresholds("/nonexistent/thresholds.yaml")


def _scores(gold, covered, found, exposed=0, digit_spans=0, redacted=10, pii=9) -> Scores:
    s = Scores(redacted_chars=redacted, redacted_pii_chars=pii)
    s.entities["PERSON"] = EntityCounts(
        gold=gold, found=found, covered=covered, digit_spans=digit_spans, exposed=exposed
    )
    return s


def test_check_passes_and_fails():
    t = Thresholds(
        fully_covered=0.9,
        fully_covered_by_style={"spoken": 0.8},
        recall=0.9,
        character_precision=0.85,
        max_exposed_share=0.0,
    )
    good = _scores(10, 10, 10)
    assert check_thresholds(good, {"spoken": _scores(5, 5, 5)}, t) == []
    bad = _scores(10, 8, 7, exposed=1, digit_spans=4, pii=5)
    failures = check_thresholds(bad, {"spoken": _scores(5, 3, 3)}, t)
    joined = "\n".join(failures)
    for metric in ("fully_covered:", "fully_covered[spoken]", "recall", "character_precision"):
        assert metric in joined
    assert "4+ digits visible" in joined


def test_a_style_with_no_data_fails_rather_than_passes():
    t = Thresholds(fully_covered_by_style={"chunked": 0.5})
    assert check_thresholds(_scores(1, 1, 1), {}, t) == [
        "fully_covered[chunked]: no data to measure (floor 0.500)"
    ]
