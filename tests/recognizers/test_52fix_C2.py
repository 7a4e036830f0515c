"""Cycle 52, group C2: numbers. A reference written with a slash, an order number with a
count glued on, a British sort code said as pairs, a phone named by its ending, and a
business's own line ("our international line", a freephone) left visible."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from tests.recognizers.conftest import covered, found_raw, said


@pytest.mark.parametrize(
    ("ask", "reply", "hidden"),
    [
        (
            "A: Do you have a reference number for that creditor?",
            "C: Yes, it's 0417/88261.",
            "0417/88261",
        ),
        ("A: And the account reference?", "C: Um, 55120/0093 I think.", "55120/0093"),
    ],
)
def test_slash_reference_redacted_whole(analyzer, ask, reply, hidden):
    masks = covered(analyzer, said(ask, reply))
    assert not any(c.isdigit() for c in masks[1]), masks[1]
    assert hidden not in masks[1]


@pytest.mark.parametrize(
    "text",
    ["the 2023/2024 tax year", "a screen at 1920/1080 px", "open 24/7", "due 12/2025"],
)
def test_slash_non_reference_not_found(text):
    assert found_raw(AccountIdRecognizer(), text) == []


def test_order_number_with_glued_count_redacted(analyzer):
    call = said(
        "A: i see order five one one eight two nine zero four four seven one six two two "
        "two items it's on the truck"
    )
    mask = covered(analyzer, call)[0]
    assert "five one one eight" not in mask and "four seven one six" not in mask, mask
    assert "items it's on the truck" in mask


def test_count_after_short_number_stays(analyzer):
    mask = covered(analyzer, said("A: we shipped two items and three boxes today"))[0]
    assert mask == "we shipped two items and three boxes today"


@pytest.mark.parametrize(
    ("lines", "turn", "hidden"),
    [
        (
            ("A: Sure, start with the sort code.", "C: It's sixty one, twenty two, oh five."),
            1,
            ("sixty one", "twenty two"),
        ),
        (
            ("A: What's your sort code?", "C: 40-17-26 and it's with Barclays."),
            1,
            ("40-17-26",),
        ),
        (
            (
                "C: Sort code is 20 48 71.",
                "A: Twenty, forty-eight, seventy-one. And the account number?",
            ),
            1,
            ("Twenty", "forty-eight", "seventy-one"),
        ),
    ],
)
def test_sort_code_pairs_redacted(analyzer, lines, turn, hidden):
    mask = covered(analyzer, said(*lines))[turn]
    for h in hidden:
        assert h not in mask, mask


@pytest.mark.parametrize(
    "text",
    ["pages 12 14 16", "it's 12, 15, 20 dollars", "10 30 45 minutes", "at 10:30 45", "$12 15 20"],
)
def test_pairs_that_are_no_sort_code_not_found(text):
    assert found_raw(BankAccountRecognizer(), text) == []


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("A: We'll text the number ending 836 when it ships, okay?", "836"),
        ("A: I have your mobile ending in 5092 on file.", "5092"),
    ],
)
def test_phone_named_by_ending_redacted(analyzer, line, hidden):
    mask = covered(analyzer, said(line))[0]
    assert hidden not in mask, mask


def test_ending_of_a_percentage_stays(analyzer):
    mask = covered(analyzer, said("A: the number ending in 5 percent is the rate"))[0]
    assert "5 percent" in mask


@pytest.mark.parametrize(
    "line",
    [
        "A: From abroad, use our international line, +1 312 555 0187. Bye now.",
        "A: If they ask, give them our number, 0800 246 7713.",
        "A: Our claims line is 415 555 0162 and we're open late.",
    ],
)
def test_business_own_line_stays(analyzer, line):
    mask = covered(analyzer, said(line))[0]
    assert mask == line[3:], mask


def test_household_line_still_redacted(analyzer):
    mask = covered(analyzer, said("C: our home line is 716 555 0148"))[0]
    assert "0148" not in mask, mask
