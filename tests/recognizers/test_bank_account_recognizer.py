"""BankAccountRecognizer (US_BANK_NUMBER): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.bank_account_recognizer import BankAccountRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("my checking account is 000123456789", {"000123456789"}),
    ("savings number 4455 6677 8899", {"4455 6677 8899"}),
    ("the bank account is one two three four five six seven eight",
     {"one two three four five six seven eight"}),
    ("BANK ACCOUNT 98765432", {"98765432"}),
    # near misses: no bank cue, an amount, too short
    ("account 000123456789", set()),
    ("my checking balance is $1,234.56", set()),
    ("savings of 12 dollars", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bank_account_recognizer(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected
