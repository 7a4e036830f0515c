"""Cycle 46 (C2): business lines, years, opening hours, amounts and a pronoun "one"
stay visible; the caller's own numbers stay redacted."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer


def _found(rec, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, rec.supported_entities)]


@pytest.mark.parametrize(
    "text",
    [
        "the recorder's office is 555-0388. they close at five.",
        "Mapleview's main line is 555-0421.",
        "okay, we're 555-0277, so you dialed the wrong place",
    ],
)
def test_a_business_line_stays(text: str) -> None:
    assert _found(SpokenPhoneRecognizer(), text) == []
    assert _found(DigitSafetyNetRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "sure, you can reach me at the office at 614-555-0172",
        "call my team at 614 555 0133 after two",
        "I'm usually at the front desk on 614-555-0190",
    ],
)
def test_a_callers_own_office_line_is_caught(text: str) -> None:
    assert len(_found(SpokenPhoneRecognizer(), text)) == 1


def test_a_toll_free_line_with_a_pause_stays() -> None:
    text = "1800, 555 0913, ext 4410, got it"
    assert _found(DigitSafetyNetRecognizer(), text) == []


def test_the_pronoun_one_is_no_country_code() -> None:
    assert _found(SpokenPhoneRecognizer(), "maybe the new 1, 503-555-0162.") == ["503-555-0162"]
    assert _found(SpokenPhoneRecognizer(), "it's 1, 503-555-0162") == ["1, 503-555-0162"]


@pytest.mark.parametrize(
    "text",
    [
        "those points went to last use year, so I'm moving them to 2027 now",
        "you have 6,000 for 2028 and can borrow from next year's",
        "the shop is open 1130 to 630 on weekdays",
    ],
)
def test_years_and_hours_stay(text: str) -> None:
    assert _found(DigitSafetyNetRecognizer(), text) == []


def test_a_digit_run_is_still_caught() -> None:
    assert "88214" in _found(DigitSafetyNetRecognizer(), "my member number for 2027 is 88214")
    assert _found(DigitSafetyNetRecognizer(), "the code i got sent to is 2027") == ["2027"]


def test_the_pronoun_one_after_an_account_ending() -> None:
    text = "I see the account ending in 7362, 1 for $88.10 on the 3rd."
    assert _found(AccountIdRecognizer(), text) == ["7362"]
    assert _found(AccountIdRecognizer(), "my account number is 4471, 2, 9") != []


def test_points_after_checking_are_no_account() -> None:
    text = "checking in friday, checking out monday, that's 9400 points"
    assert _found(BankAccountRecognizer(), text) == []
    assert _found(BankAccountRecognizer(), "my checking is 003318842") == ["003318842"]
