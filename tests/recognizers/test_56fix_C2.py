"""Cycle 55 fixes: spoken amounts known by their context, tyre sizes, and an id's letters
said apart before a short number or read off a shouted letter."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from tests.recognizers.conftest import found

SAFETY_NET = DigitSafetyNetRecognizer()
ACCOUNT_ID = AccountIdRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        # money paid or moved, the amount after a preposition
        "there were three drafts last week, all of them for fourteen sixty five",
        "the monthly payout of six twenty two forty never arrived",
        "i got a refund of thirty one ten yesterday",
        # money gone from an account, said after the amount
        "so like fifty four eighty just gone from my savings",
        "it was nineteen twenty taken out of my checking account",
        # an amount weighed against another with its unit
        "that's seven ten a month instead of twelve forty",
        "we pay 300 dollars rather than 1850",
        # two shop prices offered as options
        "the basic plan is sixty nine ninety five or the premium one is two forty nine ninety nine",
        # a currency after the amount
        "the invoice came to fifteen thousand pesos",
        "they charged me 4200 rupees",
    ],
)
def test_spoken_amounts_known_by_their_context_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id named in the sentence keeps its number, whatever the money words
        ("two drafts hit, one of them for member 6623", {"6623"}),
        (
            "my pin is thirty three ninety nine or maybe forty four ninety nine",
            {"thirty three ninety nine", "forty four ninety nine"},
        ),
        # a plain number with no money around it
        ("it's 5186 not 5168", {"5186", "5168"}),
        ("my member id is 8127 for the dental plan", {"8127"}),
        # a grouped number is no amount, even after "for"
        ("the wire for 5582 1930 4471", {"5582 1930 4471"}),
        # where money goes is no comparison of two amounts
        ("send 500 dollars to 77204619 please", {"77204619"}),
    ],
)
def test_ids_near_money_words_stay_redacted(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("got it the ticket is h sixty two eighteen", {"h sixty two eighteen"}),
        ("your case number is q 3308", {"q 3308"}),
        ("the claim number is m 9051", {"m 9051"}),
        # not "a", nor a letter after a plain "is"
        ("the number is a 7731", {"7731"}),
        ("it is k 7731", {"7731"}),
    ],
)
def test_letter_said_apart_before_a_short_named_id(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shouted turn reaches the recognizers lower-cased
        ("it says kfr 61 204 8873", {"kfr 61 204 8873"}),
        ("the letter reads dmv 4470 2219", {"dmv 4470 2219"}),
        # a word read before the number is not the id's
        ("it says the 4470 2219", {"4470 2219"}),
        ("it says due 4470 2219", {"4470 2219"}),
    ],
)
def test_three_letters_read_off_a_shouted_letter(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the size is on the sidewall, it's 225/55R18.",
        "they're P215/60R16 all season tires",
        "I need four LT275/65 R 20 tires",
        "the front ones are 245/40ZR19 98Y",
    ],
)
def test_tyre_sizes_are_no_account_id(text: str) -> None:
    assert found(ACCOUNT_ID, text) == set()


def test_codes_with_a_tyre_like_piece_stay() -> None:
    assert found(ACCOUNT_ID, "my policy number is 55R19 6620") == {"55R19 6620"}
