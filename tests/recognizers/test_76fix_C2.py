"""Fix cycle 67 (rounds 76-77), group C2: a phone's first piece after "same number", a code's
piece with its letter confirmed, letters-only ids after a claim cue, and a score said after
"got a" left visible."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it's the same number I've had for ten years, 628", "628"),
        ("yeah my usual number, 414", "414"),
        ("same cell number I always use: 973", "973"),
    ],
)
def test_own_number_first_piece_found(text: str, value: str) -> None:
    assert value in found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the same number of people, 300",
        "same number as last year, 250.",
        "my number of kids, 3",
        "it's the same number I've had for ten years, 628 dollars a month",
        "same number, 628 people came",
    ],
)
def test_own_number_first_piece_not_a_count(text: str) -> None:
    assert not found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5R. That's R like romeo.", "5R"),
        ("and 31W, that's W as in whiskey", "31W"),
        ("9j. That's J.", "9j"),
    ],
)
def test_piece_with_letter_confirmed(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "i want the 4K, that's 4 like four",
        "see you at 2 p.m. That's P.",
        "i'm in 4B, that's the one",
        "about 40 of them. That's it.",
    ],
)
def test_piece_with_letter_not_confirmed(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("so the claim number is qtrvkz and the date", "qtrvkz"),
        ("your confirmation code is bcdfgh", "bcdfgh"),
    ],
)
def test_cued_letters_only(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the case number is below the barcode",
        "the claim number is printed on the letter",
        "my order number is wrong",
        "the tracking number is rhythm",
    ],
)
def test_cued_letters_only_not_words(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter got a fourteen ninety on the SAT",
        "she scored a 1380 on the test",
        "his score was 1210",
    ],
)
def test_score_got_stays_visible(text: str) -> None:
    assert not found(DigitSafetyNetRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i got a code, 6637", "6637"),
        ("the number i got was 5821 0094", "5821 0094"),
        # (a bare "got" with no test named: the code received, review of cycle 67)
        ("yeah I got 7741", "7741"),
    ],
)
def test_got_a_number_still_redacted(text: str, value: str) -> None:
    assert value in found(DigitSafetyNetRecognizer(), text)
