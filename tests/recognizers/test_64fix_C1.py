"""Cycle 59 (round 64), group C1: AddressRecognizer streets and towns of a crossing said
after "near", towns one travelled from or stays in a while, and "live" that describes a
thing."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def rec() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "near Larkspur Lane and the highway on-ramp in Dayton, around 9:15 a.m.",
            ["Larkspur Lane", "Dayton"],
        ),
        (
            "near willow court and main in scranton around six twenty pm",
            ["willow court", "scranton"],
        ),
        ("it was right off Birch Road and the mall in Ypsilanti", ["Birch Road", "Ypsilanti"]),
        ("by Osprey Circle and the school", ["Osprey Circle"]),
        ("near fulton and dekalb avenue", ["fulton and dekalb avenue"]),
    ],
)
def test_crossing_after_near(rec, text, spans):
    got = found(rec, text)
    for span in spans:
        assert span in got


@pytest.mark.parametrize(
    "text",
    [
        "near my place and the office",
        "by the way and also the bill",
        "close to the park and the river",
        "either way and in traffic it was slow",
        "near either way and the other",
        "it came by mail and email",
        "near the end of the road and then the light",
    ],
)
def test_no_crossing_after_near(rec, text):
    assert found(rec, text) == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("i drove all the way from punxsutawney thats an hour each way", "punxsutawney"),
        ("we came up from wilkes-barre this morning", "wilkes-barre"),
        ("my husband flew in from boise yesterday", "boise"),
        ("im only here for a couple weeks in tucson helping my dad", "tucson"),
        ("we're just here for the weekend in duluth", "duluth"),
    ],
)
def test_town_travelled_from_or_stayed_in(rec, text, town):
    assert found(rec, text) == {town}


@pytest.mark.parametrize(
    "text",
    [
        "i drove all the way from work",
        "we came from the store",
        "i came from walmart",
        "the charge came from amazon",
        "i'm here for a week in training",
        "im here for a few days in town",
        "it came all the way from china",
        "Live bees go USPS priority.",
        "LIVE CRICKETS SHIP EXPRESS.",
        "Okay. Live music every Friday night.",
        "we live near the lake",
    ],
)
def test_no_town(rec, text):
    assert found(rec, text) == set()


def test_live_with_subject_still_places(rec):
    assert found(rec, "i live dayton") == {"dayton"}
    assert found(rec, "Lives in Ypsilanti now.") == {"Ypsilanti"}


def test_live_near_a_town_still_places(rec):
    assert found(rec, "i used to live near port gabriel") == {"near port gabriel"}
