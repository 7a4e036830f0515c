"""Cycle 58 (rounds 62-63), group C1: AddressRecognizer towns said with kin, a state or a
street, a written address with no street type, and business sites, times and models that
name no one's home."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def rec() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town said before "at" and its street
        ("we're in lansing at 412 birch hollow lane", "lansing"),
    ],
)
def test_town_placed_by_kin_or_street(rec, text, town):
    assert town in found(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister in law is on the account",
        "my son in training at the academy",
        "her brother in the navy called",
        "we can pop the strap back in while you wait",
        "my friend in need",
    ],
)
def test_kin_and_idioms_stay_visible(rec, text):
    assert found(rec, text) == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("that's right kellyborough ohio", "kellyborough ohio"),
        ("yes port danaville oregon", "port danaville oregon"),
        ("jonesmouth kansas zip six six two one four", "jonesmouth kansas"),
        ("smithfort nevada and the zip is 89012", "smithfort nevada"),
    ],
)
def test_town_and_state_turn(rec, text, town):
    assert town in found(rec, text)


@pytest.mark.parametrize("text", ["that's right thank you", "yes probably texas", "that's right"])
def test_confirmation_alone_stays_visible(rec, text):
    assert found(rec, text) == set()


def test_written_address_without_street_type(rec):
    assert "5127 South Kedzie, Oak Lawn" in found(rec, "My address is 5127 South Kedzie, Oak Lawn.")
    assert "88 Linden, Ames, IA 50010" in found(rec, "the address is 88 Linden, Ames, IA 50010")


@pytest.mark.parametrize(
    "text",
    [
        "The address is 3 Weeks, Maybe",
        "Your address is on file, Mister Lee",
        "address is 12, Correct",
    ],
)
def test_address_cue_without_street_stays_visible(rec, text):
    assert found(rec, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The closest drop-off point to Fremont is on Harbor Avenue.",
        "The nearest partner is a kiosk on Canal Street, open till six.",
        "Sure, the parking garage on Pine Street validates tickets.",
        "Our repair partner store is FixIt on Cedar Road, about 3 miles away.",
        "Your new Pixel 8 will ship via FedEx Ground tomorrow.",
        "The unit goes via express, 2 days.",
    ],
)
def test_business_sites_models_and_ids_stay_visible(rec, text):
    assert found(rec, text) == set()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("I live on Walnut Street.", "Walnut Street"),
        ("mail it to P.O. Box 6120, Boise, ID 83701", "P.O. Box 6120, Boise, ID 83701"),
        ("it's 14 via garibaldi", "14 via garibaldi"),
    ],
)
def test_homes_still_found(rec, text, street):
    assert street in found(rec, text)


def test_town_and_zip_answer_not_across_a_sentence(rec):
    """Weak alone (lifted by a zip question): no town ends a sentence before the number."""
    assert found(rec, "Yes, it's short. 7214", threshold=0.0) == set()
    assert "st. albans 3021" in found(rec, "st. albans 3021", threshold=0.0)
    assert "lake mira 4810" in found(rec, "yeah lake mira 4810", threshold=0.0)
