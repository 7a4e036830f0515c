"""Cycle 58 (rounds 62-63), group C2: a phone's or a routing number's pieces named around
its last digits, short endings of cards, accounts and ids, a bare toll-free-looking number
given as the caller's own; and years, rough amounts, part numbers, tax quarters, SWIFT
codes and machine models that are no one's id."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said


def _masked(analyzer, line: str) -> str:
    """The line as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(line))[0]


def _hidden(masked: str, text: str, value: str) -> bool:
    start = text.index(value)
    return set(masked[start : start + len(value)]) == {"#"}


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # the pieces around the last four, said in any order
        ("A: It ends in 4410, and it starts with 312, and the middle is 886.", ["312", "886"]),
        ("A: Okay so, ending 2071, area code 614, then 239.", ["614", "239"]),
        ("A: I have one here ending 7753 with area code 480, is that the one?", ["480"]),
        ("A: The last four are 6620, and it starts with 725, then 301.", ["725", "301"]),
        (
            "C: it ends in four four one two area code six one seven and the middle is "
            "three three nine",
            ["six one seven", "three three nine"],
        ),
        (
            "C: the last four are 1188 and it starts with 203 and the middle is five double one",
            ["203", "five double one"],
        ),
        # a routing number's first three, then the rest
        ("A: First three are 071, then 904427.", ["071", "904427"]),
        ("A: Starts with 124... then 300581.", ["124"]),
        (
            "C: first three are three double one then two zero four five eight nine",
            ["three double one"],
        ),
    ],
)
def test_phone_and_routing_pieces(analyzer, line, values):
    masked = _masked(analyzer, line)
    text = line[3:]
    for value in values:
        assert _hidden(masked, text, value), (value, masked)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A: the plan starts with 500 minutes then 200 more", ["500", "200"]),
        ("A: the price starts with 129 then goes up", ["129"]),
        ("A: the middle one is 300 dollars", ["300"]),
        ("A: call our toll free area code 800 line", ["800"]),
        # an area code alone names a region
        ("A: the area code for that town is 208", ["208"]),
        ("A: the promo ends in 30 days", ["30"]),
        ("C: the card ends in 12 months", ["12"]),
    ],
)
def test_pieces_not_amounts_or_counts(analyzer, line, kept):
    masked = _masked(analyzer, line)
    for value in kept:
        assert value in masked, (value, masked)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: i see the card ending in fifty one six is that it", "fifty one six"),
        ("A: refunded to the card ending 082 yesterday", "082"),
        ("A: so that's an account ending seventy four one", "seventy four one"),
        ("C: i don't have it with me but it ends in six double four", "six double four"),
        ("C: Not in front of me, but it ends in 31-9.", "31-9"),
        ("C: i think it ends with dash two seven one", "dash two seven one"),
    ],
)
def test_short_endings(analyzer, line, value):
    masked = _masked(analyzer, line)
    assert _hidden(masked, line[3:], value), masked


def test_bare_number_given_alone_is_the_callers(analyzer):
    masks = covered(analyzer, said("A: What number are you moving over?", "C: 877.402.6619"))
    assert set(masks[1]) == {"#", "."} or "#" * 3 in masks[1]
    assert "877" not in masks[1] and "6619" not in masks[1]


def test_toll_free_read_back_with_thanks_stays(analyzer):
    masks = covered(analyzer, said("A: call 1-800-555-0100 for claims", "C: 800 555 0100 thanks"))
    assert "800 555 0100" in masks[1]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: i need my 1098 for 2021 sent again", "2021"),
        ("A: I see a balance of $240 for 2019 on that account.", "2019"),
        ("C: the return was already filed for 2024 by someone", "2024"),
        ("C: that's from like two thousand and nine", "two thousand and nine"),
        ("C: about six hundred twelve forty yes", "six hundred twelve forty"),
        ("C: I could probably do a thousand next week.", "thousand"),
        ("A: i've credited two hundred forty ninety nine back", "two hundred forty ninety nine"),
        ("A: Part number BX441207 is $18.20, we have 2 in stock.", "BX441207"),
        ("A: part number el five five one nine is sixty dollars", "five five one nine"),
        ("A: Your approval code is 80417. You're all set.", "80417"),
        ("C: Walgreens on Main. Store number's on the bag, 5531.", "5531"),
        ("A: I see two periods open, Q1 2021 through Q3 2021.", "Q1 2021"),
        ("A: The SWIFT code is DEUTDEFF500.", "DEUTDEFF500"),
        ("C: I need a new fuel filter for my B2601.", "B2601"),
    ],
)
def test_not_ids(analyzer, line, kept):
    masked = _masked(analyzer, line)
    assert kept in masked, masked


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: my member id is q3 2021 5580", "q3 2021 5580"),
        ("C: i need a new card for my account KT50931", "KT50931"),
        ("C: my pin is 2024", "2024"),
    ],
)
def test_ids_beside_those_cues_stay_hidden(analyzer, line, value):
    masked = _masked(analyzer, line)
    assert _hidden(masked, line[3:], value), masked
