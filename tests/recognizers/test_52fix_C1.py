"""Cycle 52, group C1: towns next to a street, UK towns and outward postcodes named alone,
and one address said in two parts with a filler between."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import assert_masked, covered, found, said


@pytest.fixture(scope="module")
def recognizer() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after a street, the clause going on
        (
            "at four twenty two maple crescent in wichita the van hit me",
            {"four twenty two maple crescent in wichita"},
        ),
        (
            "outside 58 cedar hollow road in kalamazoo when it happened",
            {"58 cedar hollow road in kalamazoo"},
        ),
        # ... with no "in", a listed place only
        (
            "in front of 9 birch lane akron near exit 12",
            {"9 birch lane akron"},
        ),
        # a town before "on" and a street
        (
            "before that we were in kalamazoo on 12 birch road",
            {"kalamazoo", "12 birch road"},
        ),
        ("i used to be in buffalo on 77 spruce avenue", {"buffalo", "77 spruce avenue"}),
        # one address said in two parts with a filler
        (
            "it's 214 larch way uh trenton new jersey 08608",
            {"214 larch way uh trenton new jersey 08608"},
        ),
    ],
)
def test_towns_by_a_street(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state of things after "in" is no town
        ("at 12 oak street in traffic the other driver hit me", {"12 oak street"}),
        ("it's 40 elm road in crisis the whole block", {"40 elm road"}),
        ("i was in debt on 12 oak street for years", {"12 oak street"}),
        ("i was in person on 31 pine road yesterday", {"31 pine road"}),
        # an English word after a street, unlisted, stays
        ("send it to 8 ash grove near the shop", {"8 ash grove"}),
        # two addresses apart by more than a filler stay apart
        ("it was 4 elm road and now 9 oak lane", {"4 elm road", "9 oak lane"}),
    ],
)
def test_no_town_by_a_street(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hiya i'm ringing from sheffield about my council tax", {"sheffield"}),
        ("i'm calling from just outside leicester i've got arrears", {"leicester"}),
        ("aberdeen lovely and your date of birth", {"aberdeen"}),
        ("NOTTINGHAM. AND YOUR DATE OF BIRTH?", {"NOTTINGHAM"}),
        ("right coventry so how much is the arrears", {"coventry"}),
        ("plymouth well just outside p l nine", {"plymouth", "p l nine"}),
        ("derby area, d e twenty two", {"derby", "d e twenty two"}),
    ],
)
def test_uk_towns_and_outward_codes(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i'm calling from leeds city council about your account",
        "hi i'm phoning from brightwater energy about your bill",
        "bristol city council told me to ring you",
        "manchester united won again",
        "my wells fargo card was declined",
        "london road is closed",
        "B12",
        "it's an M1 thing",
        "a b twelve",
    ],
)
def test_uk_towns_and_codes_stay_visible(recognizer, text: str) -> None:
    assert found(recognizer, text) == set()


def test_outward_code_answering_a_postcode_question(analyzer) -> None:
    turns = (
        ("agent", "and just the first bit of your postcode"),
        ("customer", "n e four"),
        ("agent", "newcastle brilliant and what's the debt"),
    )
    assert_masked(analyzer, turns, 1, ["n e four"], [])
    assert_masked(analyzer, turns, 2, ["newcastle"], ["brilliant and what's the debt"])


def test_code_answering_another_question_stays(analyzer) -> None:
    masks = covered(analyzer, said("A: which vitamin are you taking", "C: B12"))
    assert masks[1] == "B12"


@pytest.mark.parametrize(
    "text",
    [
        "so you moved from universal credit to pip last year",
        "i moved to esa in may",
        "she moved from housing benefit to universal credit",
    ],
)
def test_benefits_moved_between_are_no_places(recognizer, text: str) -> None:
    assert found(recognizer, text) == set()
