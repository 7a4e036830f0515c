"""Cycle 51, group C2: fees named by purpose and offered time slots stay readable."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


@pytest.mark.parametrize(
    "line,amount",
    [
        ("there's a two hundred thirty eight forty service fee", "two hundred thirty eight forty"),
        ("you'll see a 4575 late charge on it", "4575"),
        ("THERE'S A THREE HUNDRED SIXTEEN TWENTY INSTALLATION FEE", "THREE HUNDRED SIXTEEN TWENTY"),
    ],
)
def test_fee_named_by_purpose_stays_visible(ner_analyzer, line, amount) -> None:
    assert_masked(ner_analyzer, [("agent", line)], 0, [], [amount])


@pytest.mark.parametrize(
    "line,slot",
    [
        ("okay we have openings friday at nine thirty or twelve fifteen", "twelve fifteen"),
        ("we can do it at 1040 or 1130 tomorrow", "1130"),
    ],
)
def test_second_slot_offered_stays_visible(ner_analyzer, line, slot) -> None:
    assert_masked(ner_analyzer, [("agent", line)], 0, [], [slot])


@pytest.mark.parametrize("line,slot", [("230 is fine", "230"), ("1145 works", "1145")])
def test_slot_taken_stays_visible(ner_analyzer, line, slot) -> None:
    turns = [("agent", "we have two fifteen or ten thirty open"), ("customer", line)]
    assert_masked(ner_analyzer, turns, 1, [], [slot])


def test_member_number_still_hidden(ner_analyzer) -> None:
    turns = [("agent", "what's your member number?"), ("customer", "it's 58213974")]
    assert_masked(ner_analyzer, turns, 1, ["58213974"], [])
