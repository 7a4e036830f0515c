"""SpokenCardRecognizer (CREDIT_CARD): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from tests.recognizers.conftest import found

# 4111 1111 1111 1111 and 5500 0000 0000 0004 are the networks' published test numbers.
CASES = [
    # written, as Whisper writes it
    ("my card is 4111 1111 1111 1111", {"4111 1111 1111 1111"}),
    ("it's 4111-1111-1111-1111.", {"4111-1111-1111-1111"}),
    ("5500000000000004 is the number", {"5500000000000004"}),
    ("amex 3782 822463 10005", {"3782 822463 10005"}),
    # spoken, lower case, mixed, caps
    ("four one one one one one one one one one one one one one one one",
     {"four one one one one one one one one one one one one one one one"}),
    ("4111 one one one one 1111 one one one one", {"4111 one one one one 1111 one one one one"}),
    ("FIVE FIVE DOUBLE OH OH OH OH OH OH OH OH OH OH OH OH FOUR",
     {"FIVE FIVE DOUBLE OH OH OH OH OH OH OH OH OH OH OH OH FOUR"}),
    # last four with a card cue
    ("the card ending in 4431", {"4431"}),
    ("visa ending four four three one, right?", {"four four three one"}),
    ("last four digits of the card are 4431", {"4431"}),
    # near misses: Luhn fails, too short, no card cue, amounts
    ("4111 1111 1111 1112", set()),
    ("4111 1111 1111", set()),
    ("ending in 4431", set()),
    ("the card costs $4431", set()),
    ("order 1234567890123 shipped", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_card_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenCardRecognizer(), text) == expected
