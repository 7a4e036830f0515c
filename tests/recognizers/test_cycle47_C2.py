"""Cycle 47 (C2): an id's letters joined by a said dash, a unit's letters said back before
an id, a court file with its year; a toll-free line the caller is told to call, a code to
type in on a website, a card number before its expiry, flights and part numbers stay
visible."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer, is_labelled
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your ticket number is HP dash 6 2 0 4 8.", "HP dash 6 2 0 4 8"),
        ("okay your claim number is RQ hyphen 3 3 9 1 7", "RQ hyphen 3 3 9 1 7"),
        ("mm your case number is km dash 8 1 1 5 0", "km dash 8 1 1 5 0"),
    ],
)
def test_letters_joined_by_a_said_dash_are_the_ids(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize("text", ["hp 62048", "MB 71930.", "okay, ft 204417"])
def test_a_units_letters_said_back_before_an_id_are_its(text: str) -> None:
    # (a weak answer's score: the call's question decides)
    value = text.removeprefix("okay, ").rstrip(".")
    assert found(AccountIdRecognizer(), text, threshold=0.25) == {value}


@pytest.mark.parametrize(
    "text",
    ["ok 62048", "uh 62048", "the engine is 250 cc", "it's about 1200 sq ft", "dash 62048"],
)
def test_no_units_or_fillers_become_an_id(text: str) -> None:
    values = found(AccountIdRecognizer(), text, threshold=0.25)
    assert not any(v[:1].isalpha() for v in values)


def test_a_court_file_with_its_year() -> None:
    assert found(AccountIdRecognizer(), "QRT 8806/2021.") == {"QRT 8806/2021"}
    assert found(AccountIdRecognizer(), "we went 50/50 on it") == set()
    assert "ISO 14001/2015" not in found(AccountIdRecognizer(), "it meets ISO 14001/2015")


@pytest.mark.parametrize(
    "text",
    [
        "you can also call eight seven seven five five five three one two two for updates",
        "You can also call 888-555-0147 to check your status.",
        "please dial 866 555 0199 and pick option three",
    ],
)
def test_a_toll_free_line_the_caller_is_told_to_call_stays(text: str) -> None:
    assert found(SpokenPhoneRecognizer(), text) == set()
    assert found(DigitSafetyNetRecognizer(), text) == set()


def test_a_caller_s_number_to_call_stays_redacted() -> None:
    text = "you can call me at 312 555 0164"
    assert found(SpokenPhoneRecognizer(), text) == {"312 555 0164"}


@pytest.mark.parametrize(
    "text",
    [
        "press two on the remote then enter code w q z seven seven one on the website",
        "Then enter the code LPV-580 on the app.",
    ],
)
def test_a_code_to_type_in_on_a_website_stays(text: str) -> None:
    assert found(AccountIdRecognizer(), text) == set()


def test_a_code_for_the_caller_elsewhere_stays_redacted() -> None:
    assert found(AccountIdRecognizer(), "my member id is LPV580") == {"LPV580"}


def test_a_card_number_ends_before_its_expiry() -> None:
    text = "So that's 5425 2334 3010 9903, 11/29, 812."
    assert "5425 2334 3010 9903" in found(SpokenCardRecognizer(), text)
    assert not any("11" in v for v in found(SpokenCardRecognizer(), text))


def test_an_iban_ends_at_its_last_group_with_digits() -> None:
    text = "f r seven six three oh oh oh six got it"
    assert not any(v.endswith("got") for v in found(BankAccountRecognizer(), text))


@pytest.mark.parametrize(
    "text",
    [
        "i land on flight dl 2291 at 4:10 p.m.",
        "I'M ON FLIGHT B6 1881 AT 6 AM.",
        "the part number is 22-5150 for the brake kit",
        "can you check sku 884120 for me",
    ],
)
def test_flights_and_part_numbers_stay(text: str) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == set()


def test_a_labelled_account_stays_redacted() -> None:
    assert found(DigitSafetyNetRecognizer(), "my account is 22-5150-7") == {"22-5150-7"}


def test_the_last_part_of_a_number_is_no_part_number() -> None:
    text = "no, the last part is 582"
    assert not is_labelled(text, text.index("582"))
    text = "the part number is 31-4470"
    assert is_labelled(text, text.index("31"))
