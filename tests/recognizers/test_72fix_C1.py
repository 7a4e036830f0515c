"""Fix cycle 65 (rounds 72-73), group C1: addresses of other countries (Korean roads, a
German street and its town, a Dublin district run into its Eircode), a street whose type
follows a unit's word, passes and machine routes that are no street, and towns said as a
ferry's route, a school, an issuing state or a donor tier."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from recognizers.place_context import elsewhere, hospital
from tests.recognizers.conftest import found

RECOGNIZER = AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Unit 804, 17 Gangnam-daero, Seocho-gu, Seoul 06611.",
            "Unit 804, 17 Gangnam-daero, Seocho-gu, Seoul 06611",
        ),
        ("it's 45 hakdong-ro 3-gil gangnam-gu seoul", "45 hakdong-ro 3-gil gangnam-gu seoul"),
        ("Jong-ro 203, Jongno-gu, Seoul 03143", "Jong-ro 203, Jongno-gu, Seoul 03143"),
        ("uh bergstrasse fourteen hamburg", "bergstrasse fourteen hamburg"),
        ("Rosenweg 9 Leipzig.", "Rosenweg 9 Leipzig"),
        ("Yes, 12 Marlow Road, Dublin 6, D06 F2X3.", "12 Marlow Road, Dublin 6, D06 F2X3"),
        ("4417 Bay Island, Kailua, HI 96734", "4417 Bay Island"),
        ("8120 Week Point, Salem, OR 97301", "8120 Week Point"),
    ],
)
def test_addresses_of_other_shapes(text: str, value: str) -> None:
    assert any(value in hit for hit in found(RECOGNIZER, text)), found(RECOGNIZER, text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("you also get 2 guest passes and one guest pass for parking", "guest pass"),
        ("that includes a 3 day pass for the park", "day pass"),
        ("we got a 30 Day Pass, which is fine", "Day Pass"),
        ("it lasts 2 Hour Drive, then we stop", "Hour Drive"),
        ("it says machine three three eight one route nine", "route"),
        ("truck 52 route 7 is running late", "route"),
        ("I'll do a pre-ro thing for you", "pre-ro"),
        ("goethestrasse 14 please", "please"),
        ("lindenweg 9 again.", "again"),
    ],
)
def test_no_address_here(text: str, visible: str) -> None:
    assert not any(visible in hit for hit in found(RECOGNIZER, text)), found(RECOGNIZER, text)


def test_a_road_address_with_its_number_stays() -> None:
    text = "we're at 5120 route 30 in ligonier"
    assert any("5120 route 30" in hit for hit in found(RECOGNIZER, text))


def _town_at(text: str, town: str) -> tuple[int, int]:
    start = text.index(town)
    return start, start + len(town)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The 7:25 from Edmonds, Thursday.", "Edmonds"),
        ("i lost my hat on the seven fifteen from anacortes", "anacortes"),
        ("I left my bag on the 3:40 boat from Orcas.", "Orcas"),
        ("There was a trip at 8:05 yesterday from Tacoma.", "Tacoma"),
        ("You can collect it at the Clinton terminal.", "Clinton"),
        ("pick it up at the mukilteo dock office", "mukilteo"),
        ("It's Oregon, RDQX55180Z.", "Oregon"),
        ("it's idaho k as in kilo four four one", "idaho"),
        ("I'd like to join the Founders Circle donor level.", "Founders Circle"),
        ("Can I move up to the Heritage tier?", "Heritage"),
    ],
)
def test_towns_said_as_a_route_an_issuer_or_a_tier(text: str, town: str) -> None:
    assert elsewhere(text, *_town_at(text, town))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("I'm in Tacoma, I don't even ride the ferry anymore.", "Tacoma"),
        ("we moved from Dallas to Tacoma last year", "Dallas"),
        ("i live in bremerton near the water", "bremerton"),
        ("My address is in Spokane, 99201.", "Spokane"),
    ],
)
def test_towns_where_people_live_stay(text: str, town: str) -> None:
    assert not elsewhere(text, *_town_at(text, town))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Mia is at Cedar Ridge Elementary.", "Cedar Ridge Elementary"),
        ("Leo goes to Lincoln Middle now.", "Lincoln Middle"),
        ("She's at Brookside Academy.", "Brookside Academy"),
    ],
)
def test_schools_are_no_town(text: str, school: str) -> None:
    assert hospital(text, *_town_at(text, school))
