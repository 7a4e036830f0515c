"""CvvRecognizer (CVV): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.cvv_recognizer import CvvRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("the cvv is 701", {"701"}),
    ("security code seven zero one", {"seven zero one"}),
    ("THE CODE ON THE BACK IS 4 4 2", {"4 4 2"}),
    ("cvc 1234", {"1234"}),
    ("three digit code is oh one two", {"oh one two"}),
    # near misses: no cue, wrong length, amounts
    ("it's 701", set()),
    ("security code 12", set()),
    ("the cvv is 12345", set()),
    ("seven zero one", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cvv_recognizer(text: str, expected: set[str]) -> None:
    assert found(CvvRecognizer(), text) == expected
