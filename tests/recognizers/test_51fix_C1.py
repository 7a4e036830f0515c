"""Cycle 51, group C1: a region where the caller is or was, a street's trailing direction,
and what must stay visible (a setting turned on, the vehicle's address)."""

import logging

import pytest

from recognizers.address_recognizer import AddressRecognizer

logging.disable(logging.WARNING)


@pytest.fixture(scope="module")
def recognizer():
    return AddressRecognizer()


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, ["ADDRESS"])}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'll be in Oregon that week.", "Oregon"),
        ("It was in Kentucky.", "Kentucky"),
        ("we'll be in portugal until june", "portugal"),
        ("it was in New Mexico", "New Mexico"),
        ("i'll be in west corabury that week", "west corabury"),
        ("i was in delmonthaven for the weekend", "delmonthaven"),
        ("it was in quillenshire", "quillenshire"),
        ("um in fennimoreton.", "fennimoreton"),
    ],
)
def test_region_or_town_where_caller_is(recognizer, text, value):
    assert value in _found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my address is 2210 lakeshore boulevard west", "2210 lakeshore boulevard west"),
        ("send it to 58 king street east.", "58 king street east"),
    ],
)
def test_street_with_trailing_direction(recognizer, text, value):
    assert value in _found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "In Nevada the plate stays with the owner.",
        "I'll be in touch tomorrow.",
        "it was in august",
        "yes in person",
        "no in writing please",
        "it was in storage",
        "i was in line for an hour",
        "I was in Georgia Power's office",
        "I'm also turning on Port Lock for you.",
        "you need to update the vehicle address first",
        "the card address has to match",
    ],
)
def test_stays_visible(recognizer, text):
    assert not _found(recognizer, text)


def test_direction_not_ending_the_clause_stays_out(recognizer):
    found = _found(recognizer, "take the 12 main street north entrance")
    assert "12 main street north" not in "".join(found)
