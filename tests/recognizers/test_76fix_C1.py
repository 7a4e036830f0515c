"""Cycle 67 (rounds 76-77), group C1: a road hazard's spot, a trip's start, a number glued
into a booking code and "lives closer" are no address; a kin's home one is asked to move
into, a unit between a street and its town, and a town said after a street and a pause or
a comma are."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def rec():
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin's home one is asked to move into
        (
            "my son keeps asking me to move in with him in darrellfurt but i like it here",
            {"darrellfurt"},
        ),
        ("her sister wants her to move in with them in Port Marisol", {"Port Marisol"}),
        # a unit between a street and its town
        (
            "it's four one two two hawkins lane number c ronaldborough ohio four four one two six",
            {"four one two two hawkins lane number c ronaldborough ohio four four one two six"},
        ),
        # a town after a pause or a comma, as a clerk types or reads it back
        (
            "Okay typing that in, 5512 Mercer Hollow... Gilbertmouth. Got it.",
            {"5512 Mercer Hollow... Gilbertmouth"},
        ),
        (
            "I'VE UPDATED YOUR ADDRESS TO 81620 WADE CROSSING, LAKE HOWARD, SCHEDULED FOR MONDAY",
            {"81620 WADE CROSSING, LAKE HOWARD"},
        ),
        (
            "THE ADDRESS IS 3317 OLIVE GARDENS, STANLEYBURG, AND WE'LL CALL YOU",
            {"3317 OLIVE GARDENS, STANLEYBURG"},
        ),
        # the caller's own spot on a road stays, even with a pothole in it
        (
            "I hit a pothole on I-70 near mile marker 88 and my tire blew",
            {"I-70 near mile marker 88"},
        ),
        ("I'm stuck on route 12 near mile marker 30", {"route 12 near mile marker 30"}),
        # where one drove or came from, with no return trip, stays
        ("I drove all the way from Kittanning this morning", {"Kittanning"}),
        # a street with its number stays
        ("my mom lives closer at 640 Linden Court", {"640 Linden Court"}),
    ],
)
def test_76fix_c1_found(rec, text, expected):
    assert expected <= found(rec, text)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # a road hazard reported to public works
        ("also the pothole on Route 14 near mile marker 19", "Route 14"),
        ("there's debris on I-95 near exit 12 blocking a lane", "I-95"),
        # a trip's start
        ("we flew back from Denver on flight UA 512 and the bag never came", "Denver"),
        ("so we came back from Orlando last night", "Orlando"),
        ("she flew in from Tucson on flight 2210", "Tucson"),
        # a number glued into a booking code, then a room type
        ("confirmation PXWQ47, garden view queen, $189 a night", "garden view queen"),
        # how near one lives
        ("my dad lives closer, like ten minutes away", "closer"),
        # a time, not a town, after moving in with someone
        ("my son wants me to move in with him in june", "june"),
        # a unit taken back is no unit between a street and its town
        ("it should be unit 19, not 9", "not 9"),
        # a pause and then words that name no town
        ("it's 12 Oak Lane... okay got it", "okay"),
        ("it's 12 Oak Lane, Thursday works", "Thursday"),
    ],
)
def test_76fix_c1_not_found(rec, text, hidden):
    assert not any(hidden in span for span in found(rec, text))
