"""Cycle 59 (round 64), group C2: ids read with "oh" between groups or a letter-digit group
first, an area code said after a glued local number, a routing number's last four read
back, a card read back with "for" as its last four, a local number the caller asks to be
rung back on; and prices, offered times, years, dates and claim reason codes that are no
one's id."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said


def _masked(analyzer, *lines: str) -> str:
    """The last line as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))[-1]


def _hidden(masked: str, text: str, value: str) -> bool:
    start = text.index(value)
    return set(masked[start : start + len(value)]) == {"#"}


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        # a zero said "oh" between an id's groups
        (["C: my account number is KT 62 oh 48 19"], "KT 62 oh 48 19"),
        (["C: the order number is 5521 oh 774 thanks"], "5521 oh 774"),
        # a capital and a digit said first
        (["C: hi, my device ID is R7 M2 5518 if that helps"], "R7 M2 5518"),
        # an area code said after a local number the normaliser glued
        (
            [
                "A: and a number to reach you",
                "C: four four four two one nine eight area code six oh two",
            ],
            "six oh two",
        ),
        (
            ["A: best phone?", "C: 555 3190 44, area code is 414"],
            "414",
        ),
        # a routing number's last four read back
        (
            ["A: the deposit went to routing number ending in three oh two seven"],
            "three oh two seven",
        ),
        (["A: the routing number's last four are 6614, is that right?"], "6614"),
        # a card read back with its last digit said as a homophone
        (
            [
                "A: just to confirm forty seven sixteen two two nine oh three three eight oh "
                "one five seventy for correct"
            ],
            "forty seven sixteen two two nine oh three three eight oh one five seventy for",
        ),
        # a local number the caller asks to be rung back on
        (["C: okay, we'll hold off. call us at 414-555-0163 when you hear."], "414-555-0163"),
        (["C: fine, call us at 602 555 0197 once you know"], "602 555 0197"),
    ],
)
def test_ids_and_numbers_said_in_pieces(analyzer, lines, value):
    masked = _masked(analyzer, *lines)
    assert _hidden(masked, lines[-1][3:], value), masked


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # prices said as bare digits
        (["C: so my plan went from fourteen ninety nine to nineteen ninety nine"], ["fourteen"]),
        (["A: and that refill is thirty two forty nine"], ["thirty two forty nine"]),
        (["A: late cancellations are forty five fifty"], ["forty five fifty"]),
        (
            ["A: the claim for four hundred twelve thirty from june third was denied"],
            ["four hundred twelve thirty"],
        ),
        (["C: when is the bill", "A: on the fifth thirty four ninety nine as usual"], ["ninety"]),
        # a second offered time with am/pm on the first
        (["A: i have june second at ten fifteen am or eleven forty five"], ["eleven forty five"]),
        # years said as alternatives, and dates
        (["C: it was 2011 maybe 2012, before we moved"], ["2011", "2012"]),
        (["C: nineteen ninety eight or nineteen ninety nine"], ["nineteen ninety"]),
        (["C: Friday the 9th, 2023"], ["2023"]),
        (["C: 11/4, 2022"], ["2022"]),
        # a claim adjustment reason code
        (["A: the claim was denied as not covered, reason code PR-204."], ["PR-204"]),
        (["A: it was denied for timely filing code c o two nine"], ["c o two nine"]),
        # the company's line stays visible, toll-free, even with a callback phrase
        (["A: call us at 800-555-0142 when you know"], ["800-555-0142"]),
    ],
)
def test_amounts_times_years_codes_stay(analyzer, lines, kept):
    masked = _masked(analyzer, *lines)
    for value in kept:
        assert value in masked, (value, masked)


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        # an id named stays redacted next to the new amount cues
        (["C: my cancellation number is 88214"], "88214"),
        (["C: my claim number is 4417 2290"], "4417 2290"),
        (["C: my member code is CO-197"], "CO-197"),
        (["C: my account is 2004 5567"], "2004 5567"),
        # and an id with "oh" between its groups
        (["C: my account is 77120 oh 43"], "77120 oh 43"),
    ],
)
def test_ids_still_redacted(analyzer, lines, value):
    masked = _masked(analyzer, *lines)
    assert _hidden(masked, lines[-1][3:], value), masked
