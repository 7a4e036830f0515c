"""AddressRecognizer (ADDRESS): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("I live at 1234 Oak Street", {"1234 Oak Street"}),
    ("Apt. 5, 3 Elm Ct., Ithaca, NY", {"Apt. 5, 3 Elm Ct., Ithaca, NY"}),
    ("ok can i pay two hundred now and the rest later", set()),
    ("send it to 742 Evergreen Terrace, Springfield, IL 62704",
     {"742 Evergreen Terrace, Springfield, IL 62704", "Springfield, IL 62704"}),
    ("twelve thirty four oak street", {"twelve thirty four oak street"}),
    ("it's 55 harbor view drive apt 4b", {"55 harbor view drive apt 4b"}),
    ("7102 Miller Stravenue", {"7102 Miller Stravenue"}),
    ("8106 THOMAS RANCH, SMITHTOWN, ALABAMA 48504",
     {"8106 THOMAS RANCH, SMITHTOWN, ALABAMA 48504", "SMITHTOWN, ALABAMA 48504"}),
    ("the zip is six two seven oh four", {"six two seven oh four"}),
    ("zip code 62704-1234", {"62704-1234"}),
    ("P.O. Box 4471", {"P.O. Box 4471"}),
    ("it's RR 2 Box 44", {"RR 2 Box 44"}),
    ("yeah its rural route two box forty four", {"rural route two box forty four"}),
    ("the route 9 office", set()),
    ("Pattonstad, FL", {"Pattonstad, FL"}),
    # near misses: counts and durations before a suffix-like word, bare five digits
    ("it takes 25 minutes walk", set()),
    ("62704", set()),
    ("we have 3 bills", set()),
    ("in 2 weeks", set()),
    # a UK postcode written with spaces, and the town before it
    ("12 Harrow Gardens Millbrook LS 1 4 AB", {"12 Harrow Gardens Millbrook LS 1 4 AB"}),
    ("postcode is B 23 7 TF", {"B 23 7 TF"}),
    # near misses: a time (inward letters never have M), a flight
    ("flight DL 22 at 9 AM", set()),
    ("gate B 12 at 4 PM", set()),
    # a street's type corrected
    ("sorry its maple drive not lane", {"maple drive"}),
    ("no, birch hollow road, not street", {"birch hollow road"}),
    ("it was park place not park avenue", {"park place"}),
    # near misses: ordinary talk with "not"
    ("take the high road not the low road", set()),
    ("it's a drive not a walk", set()),
    # British street types; the everyday words among them only written as a name
    ("it's 27 Fenwick Close", {"27 Fenwick Close"}),
    ("we're at 9 tollbooth wynd", {"9 tollbooth wynd"}),
    ("i had 2 very close calls", set()),
    # a unit said as its number, before a comma
    ("so 3107 linden terrace number 4, right?", {"3107 linden terrace number 4"}),
    ("it's 88 ash road number 2.5 miles on", {"88 ash road"}),
    ("we saw 3 big parade floats", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_address_recognizer(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected
