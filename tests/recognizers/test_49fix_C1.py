"""Cycle 49, group C1: towns after words that say where a caller is, county roads named by
letters, a unit taken back, and near misses (clock minutes, points, an id's "ID")."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def recognizer():
    return AddressRecognizer()


PLACES = [
    ("where am i, i'm in dorisville and my phone is dying", {"dorisville"}),
    ("we're stuck in lake hectorton since noon", {"lake hectorton"}),
    ("i'm moving to south janelle next month", {"south janelle"}),
    ("she was born in tacoma so yes", {"tacoma"}),
    ("my father came from guadalajara in fifty eight", {"guadalajara"}),
    ("please cancel the dispatch to fort wendellburg police", {"fort wendellburg"}),
    ("we met at the legion hall in cedar point last year", {"cedar point"}),
    ("they still live up in port alberni is that right", {"port alberni"}),
    ("she's at kimberlyton general in the icu", {"kimberlyton"}),
    ("ship the plates to the yakima address please", {"yakima"}),
    ("duluth and the zip is five five eight oh two", {"duluth", "five five eight oh two"}),
    ("i'm on the shoulder of i-80 outside north ramonfurt", {"north ramonfurt"}),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_town_after_place_cue(recognizer, text, expected):
    assert expected <= found(recognizer, text)


NOT_PLACES = [
    "i'm in trouble with the bank",
    "i'm in recovery right now",
    "i'm in sales not support",
    "i'm in the car",
    "i'm in a meeting until three",
    "we're moving to paperless billing",
    "we moved to autopay last month",
    "i'm in medicare now",
    "he was from the billing team",
    "the email address on file is old",
    "what's the dropoff address",
    "i'm moving to texas",
    "she was born in march",
    # brands things come from, states of things one is born or raised in, idioms
    "the package was from amazon and it came from fedex",
    "my refund came from walmart",
    "i grew up in foster care, raised in poverty",
    "they were up in arms about it",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_no_town_after_place_cue(recognizer, text):
    assert found(recognizer, text) == set()


def test_county_road_by_letters(recognizer):
    assert "7712 County Road QQ in Wausau" in found(
        recognizer, "So that's 7712 County Road QQ in Wausau?"
    )
    assert "45 county road m" in found(recognizer, "it's 45 county road m")
    assert found(recognizer, "turn on county road b at the light") == set()


def test_unit_taken_back(recognizer):
    assert {"unit 308", "380"} <= found(recognizer, "no it's unit 308 not 380")
    assert found(recognizer, "it's unit 3 of the course") == set()


NEAR_MISSES = [
    "I'll ring you back at 4:15 either way.",
    "you have nine preference points now",
    "that was three penalty points on the licence",
    "look up course ID 55120 on the site",
    "Morgan, with a driver ID 66102.",
    "good news, you drew a cow tag in unit 312",
    "truck 41, trailer 7716. trailer plate is ohio",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_visible(recognizer, text):
    assert found(recognizer, text) == set()


def test_idaho_zip_still_found(recognizer):
    assert "pocatello, id 83201" in found(recognizer, "it's pocatello, id 83201")
