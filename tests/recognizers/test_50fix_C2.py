"""Fix cycle 50, group C2: product codes, flights, meter reads, years and business codes."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered


def _agent(analyzer, text: str) -> str:
    return covered(analyzer, call_of(("agent", text)))[0]


def _customer(analyzer, text: str) -> str:
    return covered(analyzer, call_of(("customer", text)))[0]


@pytest.mark.parametrize(
    "text, kept",
    [
        # a product's code after its label or its maker, letters first
        ("i see an inverter model q one double four eight and it runs fine", "four eight"),
        ("Your inverter model KT 2284R is under warranty.", "2284R"),
        ("your inverter is a r t six two oh nine and it's fine", "six two oh nine"),
        ("Okay, the item is model B 6617, you paid $88.50.", "6617"),
        ("THE ITEM IS A RING, SKU Q 7713Q.", "7713Q"),
        ("the pendant, stock number z four four one seven m", "four four one seven"),
        ("the bracelet, stock number kqm-5512", "kqm-5512"),
        ("I SEE MODEL R SIX ONE ONE EIGHT, TOTAL WAS TWELVE", "SIX ONE ONE EIGHT"),
        # a phone's line and its model code
        ("It's a refurbished Pixel TR4471M.", "TR4471M"),
        ("it's a moto e w6620", "w6620"),
        ("a refurbished galaxy k r hyphen five two two one", "five two two one"),
        ("It's an iPhone X 7719-C.", "7719-C"),
        # a flight with a letter-and-digit airline code
        ("I see you on flight B64419 departing Monday, seat 12C.", "B64419"),
        ("you're booked on b six two two nine one on friday, seat four a", "six two two nine one"),
        # a meter's reading
        ("You used 9,120 gallons; the meter read 558120.", "558120"),
        ("the meter read four one one oh nine two last month", "four one one oh nine two"),
        # the rest of a toll-free line in brackets
        ("For faster service call (866) 210-4471, open until 6.", "210-4471"),
        # the company's own tax id or school code
        ("For your records our tax ID is 41-7720316.", "41-7720316"),
        ("our tax id is five five one two two nine three oh eight", "five five one two"),
        ("and our school code is oh oh two two nine one if you need it", "two two nine one"),
        # a purchase's amount, and years placed by their words
        ("i see a purchase for two hundred forty one oh eight at a gas station", "forty one"),
        ("we have records going back to 1971.", "1971"),
        ("i went there ages ago, like nineteen eighty seven", "eighty seven"),
        ("we can accept a signed copy of their 1040 for 2021", "2021"),
        ("2014 BACHELOR OF SCIENCE", "2014"),
    ],
)
def test_not_personal_numbers_stay_visible(analyzer, text, kept):
    assert kept in _agent(analyzer, text)


@pytest.mark.parametrize(
    "text, value",
    [
        # an id after the same words still goes
        ("my account number is 7731 0452 and my galaxy is cracked", "7731 0452"),
        ("the serial on my iphone is F7KQ2291XM", "F7KQ2291XM"),
        ("your tax id is 552-81-0394", "552-81-0394"),
        ("my member id is B 72258 for the flight club", "72258"),
        ("the meter number is 44810273", "44810273"),
        ("my pin is 1987", "1987"),
    ],
)
def test_personal_numbers_still_go(analyzer, text, value):
    assert value not in _customer(analyzer, text)
