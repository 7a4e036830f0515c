"""BankAccountRecognizer (US_BANK_NUMBER): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.bank_account_recognizer import BankAccountRecognizer
from tests.recognizers.conftest import found, found_raw

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
    # the start of an IBAN read aloud or in groups (letters spelled: the normaliser joins them)
    ("it's D E 71 4402 8811", {"D E 71 4402 8811"}),
    ("F R 12 QPXT 0093", {"F R 12 QPXT 0093"}),
    ("NL 44 R A B O 0417", {"NL 44 R A B O 0417"}),
    ("PL61 1090 1014 0000", {"PL61 1090 1014 0000"}),
    ("es 09 2100 then the rest", {"es 09 2100"}),
    # near misses: a country-like word, an English word as a group, times and amounts
    ("de 12 bank holidays", set()),
    ("it 45 1000", set()),
    ("se 20 mark it down", set()),
    ("we paid 2045 in 2019", set()),
    ("GB 12 and 13", set()),
    # an account confirmed by its last digits
    ("OKAY $350 TO CHECKING ENDING 4 0 9 AND THE REST TO SAVINGS", {"4 0 9"}),
    ("the savings account ending in 5521", {"5521"}),
    ("deposit goes to checking that ends with 88 31", {"88 31"}),
    ("your savings ending 12 dollars short", set()),
    ("the promo ending in 2026", set()),
    # an account said plainly beside its routing number
    ("routing 061000052 and account ending 4 7 1", {"4 7 1"}),
    ("so the account that ends in 30 62 and routing on file", {"30 62"}),
    ("your account ending 2031 is past due", set()),
    # the account number named plainly after (or before) its routing number
    ("okay, routing is 156 941 401, then account 5510 2277 19", {"5510 2277 19"}),
    ("account number is 4417229011 and the routing is 021000021", {"4417229011"}),
    ("routing 021000021, account one two three four five six seven",
     {"one two three four five six seven"}),
    # near misses: no routing number, an amount after the account
    ("then account 5510 2277 19", set()),
    ("routing 021000021, account 2500 dollars overdrawn", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bank_account_recognizer(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an IBAN whose country code is an English word, its letters spelled out
        (
            "it's I T six zero X zero five four two eight one one one zero one",
            {"I T six zero X zero five four two eight one one one zero one"},
        ),
        ("my IBAN is A T 61 1904 3002 3457 3201", {"A T 61 1904 3002 3457 3201"}),
        ("it's B E 68 5390 0754 7034", {"B E 68 5390 0754 7034"}),
        # ... not a sentence in capitals or the word "it"
        ("I THINK IT 25 IS FINE", set()),
        ("is it 20 at 4 pm", set()),
        ("IT 12 MONTHS", set()),
    ],
)
def test_iban_start_spelled_country(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's toll-free line is no account number ...
        ("you can also reach the bank at 1-844-302-7716 any time", set()),
        ("Northfield Bank's line is 1.877.550.3391", set()),
        # ... but digits after a bank cue still are
        ("my checking is 4417 2290 1183", {"4417 2290 1183"}),
        ("bank account 8440 3021 7716", {"8440 3021 7716"}),
    ],
)
def test_toll_free_line_is_no_account(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an account number beside its routing number, shaped like a British freephone line
        ("okay, routing is 156 941 401, then account 080 814 0006.", {"080 814 0006"}),
        ("account 0800 123 4567, routing 021000021", {"0800 123 4567"}),
        # ... while a freephone line, even in a turn about routing, stays the company's
        ("you can reach the bank at 0800 123 4567 about routing", set()),
        ("savings questions: the accounts line is 0800 123 4567, routing too", set()),
    ],
)
def test_account_beside_routing_is_no_freephone(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected


def test_points_after_checking_are_no_account() -> None:
    text = "checking in friday, checking out monday, that's 9400 points"
    assert found_raw(BankAccountRecognizer(), text) == []
    assert found_raw(BankAccountRecognizer(), "my checking is 003318842") == ["003318842"]


def test_an_iban_ends_at_its_last_group_with_digits() -> None:
    text = "f r seven six three oh oh oh six got it"
    assert not any(v.endswith("got") for v in found(BankAccountRecognizer(), text))


# --- a Monaco IBAN ------------------------------------------------------------------------


def test_monaco_iban_still_found():
    text = "the iban is MC58 1122 2000 0101 2345 6789 030"
    assert any(h.startswith("MC58") for h in found(BankAccountRecognizer(), text))


# ---- round 52-54 fixes: pairs that are no sort code


@pytest.mark.parametrize(
    "text",
    ["pages 12 14 16", "it's 12, 15, 20 dollars", "10 30 45 minutes", "at 10:30 45", "$12 15 20"],
)
def test_pairs_that_are_no_sort_code_not_found(text):
    assert found_raw(BankAccountRecognizer(), text) == []


# ---- round 89 fixes: a bank's greeting gives its toll-free line, no account


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good morning, you've reached Harbor Savings at 800 420 8075.", set()),
        (
            "you've reached first prairie bank at eight double oh five three oh one four one three",
            set(),
        ),
        # near misses: the same digits given as the caller's savings account stay
        ("my savings account is 8004208075", {"8004208075"}),
        ("you've reached harbor savings, my checking is 8004208075", {"8004208075"}),
    ],
)
def test_greeting_toll_free_not_account(text: str, expected: set[str]) -> None:
    assert found(BankAccountRecognizer(), text) == expected
