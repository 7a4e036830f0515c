"""Cycle 56 fixes (rounds 58 and 59): flights said with their designator or destination,
amounts known by the words around them, a product line's round model number, a public
charger's or pump's code, and the social security benefit's amount."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_ssn_recognizer import SpokenSsnRecognizer
from tests.recognizers.conftest import found

SAFETY_NET = DigitSafetyNetRecognizer()
ACCOUNT_ID = AccountIdRecognizer()
SSN = SpokenSsnRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        # the designator's letters said apart right after "flight"
        "i need to move my flight d l fourteen eighty eight to thursday",
        "can you check flight u a three oh seven one for me",
        "my flight number is a s twenty two forty",
        # the flight's destination alone after its number
        "i want to rebook my flight it's nineteen sixty four to phoenix",
        "the flight on seventeen twelve to boston got cancelled",
    ],
)
def test_flights_said_with_designator_or_destination_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(ACCOUNT_ID, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # flying, the day, then "on" the designator and the number
        "we're flying out june ninth on on b six fourteen twelve and need a shuttle",
        "i'm flying home march third on f nine seven seventy",
        "i fly back on the 22nd on G4 1187",
    ],
)
def test_flight_after_flying_and_a_day_stays(text: str) -> None:
    assert found(ACCOUNT_ID, text) == set()
    assert found(SAFETY_NET, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "to" alone is where money goes, not a flight's destination
        ("i linked 44718 to paypal", "44718"),
        ("transfer it from account 6620 to checking", "6620"),
        # no flight named: an id after a spaced pair of letters stays
        ("my member number is a b 4471", "4471"),
        # flying named in another clause: the id stays
        ("i'm flying out on the 14th. my member number is KL 5520", "KL 5520"),
    ],
)
def test_numbers_near_travel_words_stay_redacted(text: str, value: str) -> None:
    assert any(value in v for v in found(SAFETY_NET, text) | found(ACCOUNT_ID, text))


@pytest.mark.parametrize(
    "text",
    [
        # what is left of an amount
        "that's taken from your credit so you'll have twenty three forty left",
        "after this payment there's eighteen ninety remaining on the loan",
        "that leaves about sixty one hundred left over",
        # halves shared
        "they agreed to split the house fifty fifty",
        "we'll share the costs fifty fifty with your brother",
        "honestly it's a fifty fifty chance",
        # the social security benefit's amount
        "my dad gets social security about fourteen fifty",
        "her social security check is like nineteen hundred",
        "he's living on social security, roughly eleven twenty",
        # a shop price, then when it was bought
        "ok I found it: two hundred and nineteen ninety nine, purchased on May 2nd",
        "the blender was 8999, bought in June",
    ],
)
def test_amounts_known_by_their_words_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(SSN, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "my pin is fifty fifty",
        "the code is 5050, go ahead",
        "split it to the card ending 5050",
        "i have account 4471 left open",
        "the blender order 8999, bought in June",
    ],
)
def test_ids_near_amount_words_stay_redacted(text: str) -> None:
    assert found(SAFETY_NET, text)


@pytest.mark.parametrize(
    "text",
    [
        "my social is 6613",
        "the last four of my social security, she gets like 7702",
        "my mom gets social security and her number ends in 2295",
        "last four on my social security 8841",
        "she receives social security, last 4 is 3356",
    ],
)
def test_ssn_last_four_near_benefit_words_stays(text: str) -> None:
    assert found(SSN, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. I see a Brightline PhotoJet 4400 registered in May",
        "it's the OfficeMax LaserJet 2000 that jams",
        # a public charger's, pump's or station's code
        "the session on charger KW-3381 ended at noon",
        "I'm at pump 7, the station number is 5512",
        "it says charging station BX-0921 is offline",
    ],
)
def test_product_lines_and_public_equipment_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(ACCOUNT_ID, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("your MasterCard 3300 is blocked", "3300"),
        ("Sure. My PayPal 6600 is the one", "6600"),
        ("my account at the station is 44718832", "44718832"),
        ("Thanks. I see a Brightline PhotoJet 4417 registered in May", "4417"),
    ],
)
def test_card_and_long_numbers_near_those_words_stay_redacted(text: str, value: str) -> None:
    assert value in found(SAFETY_NET, text) | found(ACCOUNT_ID, text)
