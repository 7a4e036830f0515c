"""Fix cycle 64 (rounds 70-71), group C2: a code's letter corrected after a read-back, the
rest of a number resumed or cut off, and the numbers of things, flights and the company's
own internal numbers that name no caller."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from tests.recognizers.conftest import found

ACCOUNT = AccountIdRecognizer()
DIGITS = DigitSafetyNetRecognizer()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("No, not kilo, it's sierra. The rest is right.", {"kilo", "sierra"}),
        ("not foxtrot it's m as in mary the rest is right", {"foxtrot", "m as in mary"}),
        ("Not hotel, it's d as in david.", {"hotel", "d as in david"}),
        ("It's romeo, not yankee.", {"romeo", "yankee"}),
        ("no not zulu it's quebec", {"zulu", "quebec"}),
    ],
)
def test_letter_corrected_after_read_back(text: str, values: set[str]) -> None:
    assert values <= found(ACCOUNT, text), found(ACCOUNT, text)


@pytest.mark.parametrize(
    "text",
    [
        "no not delta it's united this time",
        "It's not B, it's C on the report card.",
        "not a lot, it's fine",
        "not really, it's okay",
    ],
)
def test_not_a_letter_correction(text: str) -> None:
    assert not found(ACCOUNT, text), found(ACCOUNT, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Right, then five nine three.", "five nine three"),
        ("then eight one six.", "eight one six"),
        ("Right, then four seven.", "four seven"),
        ("It's 316—", "316"),
        ("It's 4, seven—", "4, seven"),
    ],
)
def test_rest_of_a_number_resumed_or_cut_off(text: str, value: str) -> None:
    assert value in found(ACCOUNT, text), found(ACCOUNT, text)


@pytest.mark.parametrize(
    "text",
    ["then 30", "okay then twelve", "then three hundred", "It's $40—", "then 45"],
)
def test_counts_after_then_stay_visible(text: str) -> None:
    assert not found(ACCOUNT, text), found(ACCOUNT, text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("the engine won't go over 1740 rpm", "1740"),
        ("I'd like to order item 55217, quantity 3.", "55217"),
        ("The receipt would show register 9, transaction 4471.", "4471"),
        ("the bottle says lot number 7730", "7730"),
        ("that house is listed at 412000 right now", "412000"),
        ("i sent 23418 through zelle yesterday", "23418"),
        ("Confirmation is 77102, that's our internal receipt number.", "77102"),
        ("Reference 5530, but that's just our ticket number.", "5530"),
        ("confirmation 6120 is not tied to your account", "6120"),
    ],
)
def test_things_and_company_numbers_stay_visible(text: str, visible: str) -> None:
    hits = found(DIGITS, text) | found(ACCOUNT, text)
    assert not any(visible in h for h in hits), hits


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("I need a belt for a 7210R.", "7210R"),
        ("It was for a 6120M, paid off in March.", "6120M"),
        ("I need a hydraulic pump for my 6105E, serial plate says KLM448120.", "KLM448120"),
        ("I owe $210.40 for tax year 2023, letter L6619.", "L6619"),
        ("Member ID W55810342, group 7713.", "7713"),
        ("My AA2207 from Denver to Boston got cancelled.", "AA2207"),
        ("I'm flying out on May 4th, UA882, and it's late.", "UA882"),
    ],
)
def test_models_flights_and_group_numbers_stay_visible(text: str, visible: str) -> None:
    hits = found(DIGITS, text) | found(ACCOUNT, text)
    assert not any(visible in h for h in hits), hits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account number is 44718832", "44718832"),
        ("Member ID W55810342, group 7713.", "W55810342"),
        ("my flight got cancelled, my member number is DL44812", "DL44812"),
        ("Confirmation is 77102.", "77102"),
        ("the receipt number is 88120", "88120"),
        # (a household's own words, not the company's internal number)
        ("account 61208834, that's our own joint account", "61208834"),
        ("it's 7731 9024, that's our ticket number for the concert", "7731 9024"),
        ("i sent it to 6175550142 through zelle", "6175550142"),
        ("it's 6175550198, sorry, that last part is 0177.", "0177"),
    ],
)
def test_ids_near_those_cues_still_found(text: str, value: str) -> None:
    hits = found(DIGITS, text) | found(ACCOUNT, text)
    assert any(value in h for h in hits), hits


def test_number_keyed_in_before_the_pound_key() -> None:
    assert "5 5 1 0 9 2 7 3" in found(DIGITS, "5 5 1 0 9 2 7 3 pound."), found(DIGITS, "x")
    assert not found(DIGITS, "it weighs 4 5 pounds")
    assert not found(DIGITS, "that's 1400 pounds.")


def test_company_office_line_stays_visible() -> None:
    from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer

    phone = SpokenPhoneRecognizer()
    assert not found(phone, "Our office line is 312-555-0143 if you need me.")
    assert "312-555-0177" in found(phone, "call me on my office line 312-555-0177")


@pytest.mark.parametrize(
    "text",
    ["I NEED A FAN BELT FOR A 7720.", "i need a fuel filter for my jd 6430", "a seat for an 8245R"],
)
def test_machine_a_part_is_for_stays_visible(text: str) -> None:
    assert not found(DIGITS, text) and not found(ACCOUNT, text), found(DIGITS, text)


def test_chunk_resumed_after_then_keeps_the_chains_label(analyzer) -> None:
    """ "then 6 1 7 2" after a phone's first digits is the phone's piece, not an id as well
    (the same characters under two labels count as a wrong label in typed scores)."""
    from tests.recognizers.conftest import redacted, said

    call = said(
        "A: what's the best phone number to reach you",
        "C: it's four one five three nine two",
        "A: got it",
        "C: then six one seven two",
    )
    last = redacted(analyzer, call)[3]
    assert ("PHONE_NUMBER", "six one seven two") in last, last
    assert not any(label == "ACCOUNT_ID" for label, _ in last), last
