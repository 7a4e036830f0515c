"""Cycle 65, C1: an address said as pieces between commas (town, street, zip)."""

from __future__ import annotations

import pytest

from pipeline.schema import PiiEntity
from recognizers.call_edges import join_pieces
from tests.recognizers.conftest import assert_masked

_WHERE = "And where does your mother live?"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a zip right after the street, ending the clause
        ("Over in Tempe, 18 Birch Lane, 85281.", ["18 Birch Lane, 85281"], ["Over in"]),
        ("She's at 640 Maple Court, 60614, same as before.", ["640 Maple Court, 60614"], []),
        # a town before the street after "in"
        ("Over in Boise, 27 Aspen Drive, 83702.", ["Boise, 27 Aspen Drive, 83702"], ["Over in"]),
        ("He's in Fort Wayne, 402 Hill Street.", ["Fort Wayne, 402 Hill Street"], ["He's in"]),
        # negatives: an amount after the street, a month before it
        ("We sold 12 Main Street, 50000 dollars short.", [], ["50000 dollars"]),
        ("We moved in June, 88 Pine Road is the new place.", ["88 Pine Road"], ["June"]),
    ],
)
def test_address_said_in_pieces_between_commas(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _WHERE), ("B", reply)], 1, hidden, kept)


def test_town_found_alone_joins_the_street_after_it():
    text = "Duluth, 51 Lake Avenue."
    town = PiiEntity("LOCATION", 0, 6, 0.5, "SpacyNerRecognizer")
    street = PiiEntity("ADDRESS", 8, 22, 0.7, "AddressRecognizer")
    assert [(e.entity_type, e.start, e.end) for e in join_pieces(text, [town, street])] == [
        ("ADDRESS", 0, 22)
    ]


def test_town_and_words_after_it_stay_apart():
    text = "Duluth, that's where 51 Lake Avenue is."
    town = PiiEntity("LOCATION", 0, 6, 0.5, "SpacyNerRecognizer")
    street = PiiEntity("ADDRESS", 21, 35, 0.7, "AddressRecognizer")
    assert [e.entity_type for e in join_pieces(text, [town, street])] == ["LOCATION", "ADDRESS"]


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("My aunt. She lives downstairs from me.", [], ["downstairs"]),
        ("We spend half the winter down in Naples.", [], ["half the winter"]),
        ("Maybe it got mixed up in somebody else's box.", [], ["somebody"]),
        # a town after "lives in" still found
        ("She lives in Flagstaff.", ["Flagstaff"], ["She lives in"]),
    ],
)
def test_who_or_how_much_after_live_or_in_is_no_town(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _WHERE), ("B", reply)], 1, hidden, kept)
