"""Fix cycle 61, group C2 (numbers): a number read in slash-separated groups, a group read
again to correct it, a letter said after three groups; and machines, cheques, o'clock
times, splits, winnings, forms, "our PO" and a department's fax kept visible."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slash-separated groups: routing, card, account, an SSN's last four
        ("Sure, routing is 114/902/387.", "114/902/387"),
        ("It's 5290/3318/4476/0215.", "5290/3318/4476/0215"),
        ("yes it's 307/551/864", "307/551/864"),
        ("93/41", "93/41"),
        ("the last four is 11/08", "11/08"),
        ("7305/2281/916.", "7305/2281/916"),
        # a group read again to correct it, after a number read in groups
        ("417 902 336 uh, no, 338.", "338"),
        ("5521 9087 43 — no wait, 34.", "34"),
        ("662 180 775, sorry, 755", "755"),
        # a letter said after three groups
        ("Okay. 2040 7716 52 C. Anything else?", "2040 7716 52 C"),
    ],
)
def test_grouped_number_found(text: str, expected: str) -> None:
    assert expected in found(DigitSafetyNetRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # dates, splits and readings written with slashes
        "it happened on 3/14/2026",
        "we can come 12/15 if that works",
        "they split it 50/50",
        "the ownership is 60/40 between them",
        "my blood pressure was 128/84",
        "I have 20/20 vision",
        # o'clock's "o" read as a zero, and a shift's clock-in
        "the office is open till ten ten o clock",
        "we can be there at seven thirty o clock",
        "our hours are one fifteen o clock to five",
        "ten twenty eight clock in last monday",
        # casino machines, cheques listed, winnings, halves closing a list
        "The jackpot was $5,100 on machine 2236 on the 4th.",
        "Okay, $2,900 on machine 3390 at 10:15 p.m.",
        "Check 2218 for $150 and 2219 for $275.",
        "it wasn't much, three thousand on a slot",
        "There are two, Ana Ruiz and Ben Ruiz, fifty-fifty.",
        "there are two ana and ben fifty fifty",
        # a year said again with its month; the business's own purchase order
        "2031, like June of 2031",
        "And the invoice should reference our PO, 5816.",
    ],
)
def test_not_an_id_number(text: str) -> None:
    assert not found(DigitSafetyNetRecognizer(), text)


def test_count_after_no_is_no_correction() -> None:
    assert found(DigitSafetyNetRecognizer(), "the ids were 5512 9921 43, no, 2 of them") == {
        "5512 9921 43"
    }


@pytest.mark.parametrize(
    "text",
    [
        "And you'd also need a W-8BEN if you move abroad",
        "It is, under Forms, number PX-318. If you don't, we'll pay it out.",
        "Please quote our PO, 7723 on the invoice.",
    ],
)
def test_forms_and_our_po_not_account_ids(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


def test_account_letters_still_found() -> None:
    assert found(AccountIdRecognizer(), "my policy number is PX 4471 0932")


@pytest.mark.parametrize(
    "text",
    [
        "312-555-0144, that's our department fax.",
        "The billing department fax is 415-555-0199.",
        "Our claims fax is 206-555-0178.",
    ],
)
def test_business_fax_not_a_phone(text: str) -> None:
    assert not found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "my fax is 415-555-0123, that's our home fax",
        "you can reach me at 206-555-0190",
    ],
)
def test_callers_fax_still_a_phone(text: str) -> None:
    assert found(SpokenPhoneRecognizer(), text)
