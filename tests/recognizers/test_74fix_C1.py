"""Cycle 66 (rounds 74-75), group C1: ids, seat rows, box springs, insurers, venues and
clinics are no address; a town after a unit or before its state code, a street on record, a
kin's town and an address "still in" a town are; firms "of" a town, an agent's firm, a
shipped car's ends and seating circles are no one's town."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from recognizers.place_context import elsewhere
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after the flat or the suite, or before its state code
        (
            "the mailing address should be 418 grove hollow unit 12 westbrookfield",
            {"418 grove hollow unit 12 westbrookfield"},
        ),
        (
            "it's 77 pine meadow apt 9 lake reginald that's the one",
            {"77 pine meadow apt 9 lake reginald"},
        ),
        (
            "my daughter's place 52 harbor crest lake donnaview sd",
            {"52 harbor crest lake donnaview sd"},
        ),
        ("my mom's place 310 oak fort south melinda vt", {"310 oak fort south melinda vt"}),
        # a street on record, named without its number
        ("okay are you still on wellington avenue", {"wellington avenue"}),
        ("i'll send it to the address on file on birch hollow road", {"birch hollow road"}),
        # a town the address is still in, a kin's town, one's own town
        ("thanks is your address still in port ellaview", {"port ellaview"}),
        ("We drove up to my brother's in Bozeman last week.", {"Bozeman"}),
        ("we drive from here in cedar rapids every spring", {"cedar rapids"}),
        # Idaho with its zip stays
        ("Boise, ID 83702", {"Boise, ID 83702"}),
    ],
)
def test_addresses_found(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm the interpreter, interpreter ID 31877, for the caller.",
        "hello i am the interpreter agent id 62014 for the member",
        "Billing office, this is agent Morales, ID number 2209415.",
        "so that's three seats row m on the upper level",
        "you have 4 tickets for the matinee 2 balcony row d at will call",
        "The set is one queen mattress and one box spring, delivered Friday.",
        "We'll send the claim to Blue Cross this week.",
        "Check in at the stage door on Harbor Avenue.",
        "Your visit is at the eye doctor on Lake Street.",
        "Pickup is at home, going to DaVita on Main.",
        "we're still on hold",
        "my sister's in college",
        "is your address still in the system",
    ],
)
def test_not_addresses(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


def test_a_street_named_row_keeps_its_flat() -> None:
    assert found(AddressRecognizer(), "it's 418 cannery row") == {"418 cannery row"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("He has a supplement with Mutual of Omaha, policy 4471.", "Omaha"),
        ("Good morning, this is Dana from Toyota of Fresno. May I speak with Al?", "Fresno"),
        ("hi it's marco calling from navient is this ruth", "navient"),
        ("Hi, this is Lena with Allstate. Is this Sam?", "Allstate"),
        ("I'm shipping a truck from Tucson to Denver next week.", "Denver"),
        ("Check in at the stage door on Harbor Avenue.", "Harbor Avenue"),
        ("Yes, the Pine Street garage is open until ten.", "Pine Street"),
        ("we'll unload at the port of savannah terminal", "savannah"),
        ("Two seats in Grand Circle, row F.", "Grand Circle"),
    ],
)
def test_towns_that_are_no_ones_home(text: str, town: str) -> None:
    start = text.index(town)
    assert elsewhere(text, start, start + len(town))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("We live in Springfield now.", "Springfield"),
        # (a town after one's own introduction is the caller's: review of cycle 66)
        ("Hi, this is Maria Lopez from Tucson, calling about my bill.", "Tucson"),
        ("hi it's nora, i'm from Tulsa", "Tulsa"),
        ("I'm shipping my car from my dad's in Reno.", "Reno"),
        ("We moved from Omaha to Boise.", "Omaha"),
        ("I'm shipping a truck from Tucson to Denver next week.", "Tucson"),
    ],
)
def test_homes_stay_towns(text: str, town: str) -> None:
    start = text.index(town)
    assert not elsewhere(text, start, start + len(town))


def test_destination_before_a_day_is_still_a_town() -> None:
    """ "on monday" after a ride's destination is no street (review of cycle 66)."""
    text = "pickup at 12 elm street going to lakewood on monday"
    assert "lakewood" in found(AddressRecognizer(), text)
