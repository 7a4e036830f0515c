"""PinRecognizer (PIN): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.pin_recognizer import PinRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("my pin is 4421", {"4421"}),
    ("set the new pin to 4 4 2 1", {"4 4 2 1"}),
    ("PIN FOUR FOUR TWO ONE", {"FOUR FOUR TWO ONE"}),
    ("passcode is double seven one two", {"double seven one two"}),
    # near misses: no cue, too short
    ("let's do 4421", set()),
    ("my pin is 12", set()),
    ("spin class at 4421", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pin_recognizer(text: str, expected: set[str]) -> None:
    assert found(PinRecognizer(), text) == expected
