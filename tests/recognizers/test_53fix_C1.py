"""Cycle 53, group C1: an address taken back and said on, a town and its written region
where someone lives, a firm's own site or a business's street, a country or a process
stage after a place cue."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def recognizer() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address taken back in the middle and said on is one span
        (
            "forty one ten maple ridge lane unit no wait it's a house no unit tulsa oklahoma "
            "seven four one oh five",
            {
                "forty one ten maple ridge lane unit no wait it's a house no unit tulsa "
                "oklahoma seven four one oh five"
            },
        ),
        (
            "it's 88 heron bay drive apartment no sorry i mean just the house "
            "no unit dayton ohio 45402",
            {
                "88 heron bay drive apartment no sorry i mean just the house no unit dayton "
                "ohio 45402"
            },
        ),
        # a town and its written region where someone lives
        ("My uncle lives in Tlaquepaque, Jalisco.", {"Tlaquepaque, Jalisco"}),
        ("She lives in Antigua, Sacatepéquez", {"Antigua, Sacatepéquez"}),
        ("He lives in Dunmore, Pennsylvania, near the lake.", {"Dunmore, Pennsylvania"}),
    ],
)
def test_address_said_whole(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two addresses apart by a sentence, not a correction, stay apart
        (
            "it was 4 elm road but now we moved to 9 oak lane",
            {"4 elm road", "9 oak lane"},
        ),
        # the town alone, the next sentence no region
        ("She lives in Zacatlan. Thanks so much.", {"Zacatlan"}),
        # a street where a firm's site is, as the caller or the agent names it
        ("I want to report your branch location on Kessler Avenue.", set()),
        ("the clerk at your store off Dunmore Road was rude to me", set()),
        ("Please go back to the pharmacy, the one on Halvorsen Street.", set()),
        ("It was the kiosk, the one at Wexford Boulevard.", set()),
        # a business's name just before its street
        ("IT'S EL MIRADOR CAFE, 2210 NORTH SHEA BOULEVARD, SCOTTSDALE.", set()),
        ("We're Brightline Auto LLC, 415 Commerce Parkway.", set()),
        # a country after a place cue is no town
        ("i want to send money to my cousin in honduras", set()),
        ("my mother lives in el salvador", set()),
        # a stage a claim moves to is no town
        ("the file should move to review next week", set()),
        ("once it moves to approval you'll get a letter", set()),
        ("then the case moved to adjudication", set()),
    ],
)
def test_not_an_address(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named after "on" that is no firm's site stays an address
        ("they moved in on Kessler Avenue last year", {"Kessler Avenue"}),
        ("he parked on Dunmore Road outside my house", {"Dunmore Road"}),
        # a person still moves to a town
        ("we're moving to ypsilanti next month", {"ypsilanti"}),
        # a street after a person's name and a comma stays
        ("Dana Whitfield, 415 Commerce Parkway.", {"415 Commerce Parkway"}),
    ],
)
def test_still_an_address(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected
