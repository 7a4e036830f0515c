"""Cycle 72 (round 82), group C2: two unsure last digits; sizes, prices, times, years."""

from __future__ import annotations

import pytest

from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from tests.recognizers.conftest import covered, found, said


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


@pytest.fixture(scope="module")
def net():
    return DigitSafetyNetRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "the banner is thirty six by twenty four and the flyers are eighty five by eleven",
        "okay sixty two eighteen by twenty four prints are forty dollars",
        "thirty mugs at twelve seventy five comes to three eighty two fifty",
        "sure, 'Biscuit, 2011\u20132024, Best Friend' on the plaque",
        "we ordered at eleven and it's one fifteen already, still waiting",
    ],
)
def test_sizes_prices_years_and_times_are_not_ids(net, text):
    assert not found(net, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account number is 6022 by the way", "6022"),
        ("the member id, it's 1145", "1145"),
        ("sorry I'm late, my order number, it's 1130", "1130"),
        ("my case number is 7731 by 5 pm they said", "7731"),
    ],
)
def test_ids_near_those_words_stay_hidden(net, text, value):
    assert value in found(net, text)
