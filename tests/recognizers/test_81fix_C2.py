"""Cycle 71 (round 81), group C2: prices, a bank's branch number and decades are no ids."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said, value_hidden


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: the deluxe wreath is two twenty nine ninety nine or the basket is three ten", "22999"),
        ("A: the cargo van is twenty four ninety five plus sixty nine cents a mile", "2495"),
        ("A: the recliner is six forty nine ninety nine plus delivery", "64999"),
        (
            "A: the small arrangement is seventy four ninety five and the large one is one twenty",
            "7495",
        ),
    ],
)
def test_prices_said_as_digits_stay_visible(analyzer, line, value):
    assert "#" not in covered(analyzer, said(line))[0], value


@pytest.mark.parametrize(
    "line",
    [
        "A: and the form asks for a branch number, is that the 0738?",
        "C: the branch number is 2261 I think",
        "A: the branch code's 5510, it's on the cheque",
    ],
)
def test_a_banks_branch_number_stays_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: the branch number is 0738 and my account number is 66120457", "66120457"),
        ("C: my account number is 4995 plus the 3 at the end", "4995"),
        ("C: my member id is 2999 or the old card is 3310", "2999"),
        ("C: my pin is 7499 plus tax, no, just 7499", "7499"),
        ("C: the plate is 1970S", "1970S"),
        ("C: my account number is 55820314", "55820314"),
    ],
)
def test_ids_near_price_or_branch_words_stay_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    "line",
    [
        "C: the boilers are 1970s Carrier units and they leak.",
        "C: the barn is from the 1880s and it leans.",
        "C: it was built back in the 1960's I think",
    ],
)
def test_decades_stay_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: sure, it's RT 4410 2286 A.", "RT 4410 2286 A"),
        ("C: my member id is 73015528 I", "73015528 I"),
        ("C: the policy number is 6620 1184 A", "6620 1184 A"),
    ],
)
def test_a_capital_a_or_i_ending_an_id_is_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: my account number is 44710927 and I", "and I"),
        ("C: it's 44710927 a.", " a."),
        ("C: we paid 1200 for the A", "for the A"),
    ],
)
def test_words_after_an_id_stay_visible(analyzer, line, visible):
    assert visible in covered(analyzer, said(line))[0]
