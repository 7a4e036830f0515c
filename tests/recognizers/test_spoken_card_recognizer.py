"""SpokenCardRecognizer (CREDIT_CARD): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.card_expiry_recognizer import CardExpiryRecognizer
from recognizers.cvv_recognizer import CvvRecognizer
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from tests.recognizers.conftest import covered, found, said, turn_redacted

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
    ("That's the old visa. The new one ends 7781.", {"7781"}),
    ("my debit got replaced. the new one ending in three three oh two", {"three three oh two"}),
    ("Not that card, it ends with 0415.", {"0415"}),
    # no card named, or not a card that ends
    ("The new one ends 7781.", set()),
    ("The card is blocked. Your appointment ends 1230.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_card_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenCardRecognizer(), text) == expected


# Card, expiry and code read in one breath (Luhn-valid cards only).
CARD_ANSWERS = [
    ("4485 2271 9934 0121, 11 29, 3 0 8", "4485 2271 9934 0121", "11 29", "3 0 8"),
    ("6011 5078 2233 1417 0927 551", "6011 5078 2233 1417", "0927", "551"),
    ("4485227199340121, oh four twenty eight, seven seven two", "4485227199340121",
     "oh four twenty eight", "seven seven two"),
    ("44 85 22 71 99 34 01 21, 02/31, 946", "44 85 22 71 99 34 01 21", "02/31", "946"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "card", "expiry", "cvv"), CARD_ANSWERS)
def test_card_then_expiry_then_code(text: str, card: str, expiry: str, cvv: str) -> None:
    assert card in found(SpokenCardRecognizer(), text)
    assert expiry in found(CardExpiryRecognizer(), text)
    assert cvv in found(CvvRecognizer(), text)


NOT_CARD_TAILS = [
    "4485 2271 9934 0120 11 29 308",  # not a valid card: nothing follows it
    "4485 2271 9934 0121 and 250 dollars",
    "4485 2271 9934 0121 12 25 minutes",
    "account 22051877 12 29 400",
]


@pytest.mark.parametrize("text", NOT_CARD_TAILS)
def test_no_expiry_or_code_without_a_card(text: str) -> None:
    assert not found(CvvRecognizer(), text)
    assert not {v for v in found(CardExpiryRecognizer(), text) if v not in ("12 25", "12 29")}


@pytest.mark.parametrize(
    ("text", "last_four"),
    [
        # an amount said straight after the last four does not hide them (the normaliser
        # runs the words into one number, so the span may take the amount's words too)
        ("your card ending seven two two oh sixty one dollars was declined", "seven two two oh"),
        ("VISA ENDING NINE ONE ONE FOUR TWENTY CENTS", "NINE ONE ONE FOUR"),
        ("the one ending 6604 12 pounds", None),
        # near miss: six digits with no amount after them
        ("card ending 448120 is odd", None),
    ],
)
def test_last_four_then_an_amount(text: str, last_four: str | None) -> None:
    spans = found(SpokenCardRecognizer(), text)
    if last_four is None:
        assert not spans
    else:
        assert any(last_four in s and "dollars" not in s and "CENTS" not in s for s in spans)


def test_a_card_number_ends_before_its_expiry() -> None:
    text = "So that's 5425 2334 3010 9903, 11/29, 812."
    assert "5425 2334 3010 9903" in found(SpokenCardRecognizer(), text)
    assert not any("11" in v for v in found(SpokenCardRecognizer(), text))


CARD = SpokenCardRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 4485 1302 6644 1113 (Luhn-valid), the word "one" left between groups
        ("4485 one 302 66 44 one 113", {"4485 one 302 66 44 one 113"}),
        ("it's 4485 13 02 66 44 one 113", {"4485 13 02 66 44 one 113"}),
    ],
)
def test_card_with_word_one_between_groups(text: str, expected: set[str]) -> None:
    assert found(CARD, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "4485 13 02 66 44 one 119",  # Luhn fails
        "i paid 120 for one 3 55 and one 40",
        "room 1204 one 22 and 3",
    ],
)
def test_digits_with_one_that_are_no_card(text: str) -> None:
    assert found(CARD, text) == set()


# --- two unsure last digits ("ends in 57... or maybe 58"); a time after "ends in" stays
# readable ---


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("C: I think the old card ends in 57... or maybe 58. I'm not sure.", ("57", "58")),
        (
            "C: the old card, um, it ends in sixty one, maybe sixty seven.",
            ("sixty one", "sixty seven"),
        ),
        (
            "C: I think the old account ends in oh three, or it might be oh eight.",
            ("oh three", "oh eight"),
        ),
        ("C: THE OLD ACCOUNT, I THINK IT ENDS IN 26, OR MAYBE 29. NOT SURE.", ("26", "29")),
    ],
)
def test_two_unsure_endings_are_both_hidden(analyzer, line, values):
    text = covered(analyzer, said(line))[0]
    for value in values:
        assert value not in text, value


@pytest.mark.parametrize(
    "line",
    [
        "C: the card promo ends in 30 days, or maybe 45 days",
        "C: my account trial ends in 15 or 20 minutes",
        "C: the card offer ending in 12 months is what I want",
    ],
)
def test_times_after_ends_in_stay_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


# ---- round 86 fixes: a card's last digits corrected after a slip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the card ends in 31 sorry 13", {"31", "13"}),
        ("my card ending four two, uh, i mean four four", {"four two", "four four"}),
        ("card ending 59 sorry 30 minutes ago", {"59"}),
    ],
)
def test_card_short_ending_corrected(text: str, expected: set[str]) -> None:
    assert found(SpokenCardRecognizer(), text) == expected


# ---- round 88: a card listed by its ending after "and the amount?"


@pytest.mark.parametrize(
    ("reply", "last_four"),
    [
        ("$64.85. Ending in 1666.", "1666"),
        ("twenty dollars on the one ending one double six six.", "one double six six"),
        ("one hundred seventy five dollars uh the thirty sixty four card", "thirty sixty four"),
        (
            "two hundred thirty five seventeen on the one ending twenty one twelve",
            "twenty one twelve",
        ),
        ("forty dollars, on the one that ends in four four one nine", "four four one nine"),
        ("ninety bucks on my eight eight two one visa", "eight eight two one"),
    ],
)
def test_card_listed_by_its_ending_after_an_amount_question(analyzer, reply, last_four):
    lines = ("A: I see the card ending 1986. What's the next one?", "A: And the amount?")
    assert last_four in turn_redacted(analyzer, (*lines, f"C: {reply}"), 2)


@pytest.mark.parametrize(
    "line",
    [
        "C: the lease ending in 2026 is fine",
        "C: the one ending in thirty days",
        "C: the card offer ending in 12 months is what I want",
    ],
)
def test_an_ending_that_is_no_card_stays_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]
