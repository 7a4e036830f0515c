"""Cycle 50, group C1: a town's state or country said after it, the country or state a
caller rings from, a town placed by a landmark, and near misses (how one lives, the kind
of address asked for, an id's "ID")."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def recognizer():
    return AddressRecognizer()


PLACES = [
    # a town and its state or country after "to", "in", "from"
    ("yeah it went out to brendaville ohio", {"brendaville ohio"}),
    ("so ship it to carsonmouth, vermont please", {"carsonmouth, vermont"}),
    ("we drove in from lake dorotheaton kansas", {"lake dorotheaton kansas"}),
    ("i'm in port ellery michigan right now", {"port ellery michigan"}),
    ("um, Villafranca d'Orso, Portugal", {"Villafranca d'Orso, Portugal"}),
    ("kim ville scotland", {"kim ville scotland"}),
    # the unit's town and its state code after a comma
    ("IT'S 77 ROWAN WALKS APARTMENT TWO ONE, ORMSTAD, NV", {"ORMSTAD, NV"}),
    # the country or state a caller rings from
    ("Hi, I'm calling from Portugal about my flight.", {"Portugal"}),
    ("hello i'm ringing from new zealand, i need a refund", {"new zealand"}),
    ("we are phoning from oklahoma because the card failed", {"oklahoma"}),
    # a town placed by a landmark
    ("it happened in fresno by the gas station", {"fresno"}),
    ("Right in East Corinneburg near the library, around noon.", {"East Corinneburg"}),
    ("i saw it in new tamsin next to the pharmacy", {"new tamsin"}),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_town_with_region_or_landmark(recognizer, text, expected):
    assert expected <= found(recognizer, text)


NOT_PLACES = [
    # how one lives, not where
    "her house has four people and i live alone",
    "we live together with my mom",
    # the kind of address asked for
    "What's the new property address?",
    "what's the old mailing address",
    "can you confirm the full billing address",
    # an id's "ID", not Idaho's
    "Jordan Pike, ID @00412977.",
    # a firm, a brand or an everyday word after the cue
    "i'm calling from georgia power about the outage",
    "i'm calling from verizon about my bill",
    "we were in costco by the registers",
    "i was in line by the door",
    "it's in storage by the garage",
    "he went out to lunch michigan time",
    "i'm moving to texas",
    "the state board in arizona approved it",
    "we have a node issue impacting 716 customers",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_near_misses_stay_visible(recognizer, text):
    assert not found(recognizer, text)
