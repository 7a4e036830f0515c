"""AccountIdRecognizer (ACCOUNT_ID): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("my account number is 00123456", {"00123456"}),
    ("member id AB123456", {"AB123456"}),
    ("claim number seven seven eight comma two one oh", {"seven seven eight comma two one oh"}),
    ("policy number P-778-2231", {"P-778-2231"}),
    ("it's A B 1 2 3 4 5 6", {"A B 1 2 3 4 5 6"}),
    ("policy number is p o l dash one one nine three", {"p o l dash one one nine three"}),
    (
        "account number six one seven six dash three four two eight",
        {"six one seven six dash three four two eight"},
    ),
    ("MEMBER ID X7K9Q2P4", {"X7K9Q2P4"}),
    ("Great. Confirmation GX7P2Q, right?", {"GX7P2Q"}),
    ("the record locator is h9pw4k", {"h9pw4k"}),
    # near misses: a booking cue with a time, a count or a plain word
    ("the reservation is at 7pm for 4 people", set()),
    ("your booking reference will be emailed", set()),
    # near misses: ordinals, measurements, amounts, numbers without an id cue
    ("on the 24th", set()),
    ("a 25mb file at 10am", set()),
    ("account balance is $1,234", set()),
    ("I've been a customer since 2019", set()),
    ("12345678", set()),
    ("account is 38291047, routing is next", {"38291047"}),
    ("account number 4471-2209-ab", {"4471-2209-ab"}),
    ("the X200 router", set()),
    ("model RT5400 keeps dropping", set()),
    # a code read back in capitals after "let me repeat that", "to confirm", "reading it back"
    ("let me repeat that q r x w p m", {"q r x w p m"}),
    ("okay let me repeat that h seven p a oh z", {"h seven p a oh z"}),
    ("reading it back, b as in bravo l m r four t", {"b as in bravo l m r four t"}),
    ("just to confirm v k 9 2 w", {"v k 9 2 w"}),
    # near misses: a bank's or an agency's initials, a word, short letters
    ("to confirm USAA is the bank", set()),
    ("let me repeat that", set()),
    ("let me repeat that h o u s e", set()),
    ("can you repeat that A B", set()),
    ("to confirm the ATM fee", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_account_id_recognizer(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected
