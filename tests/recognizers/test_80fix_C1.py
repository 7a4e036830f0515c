"""Cycle 70 fixes (group C1) for AddressRecognizer: a spoken flat and town after a street,
a house number after "number", a suite said as its own sentence, a student's town; and
fleet units, school years and a child's programme site kept readable."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found

RECOGNIZER = AddressRecognizer()

HIDDEN = [
    # a flat's bare number and letter after the street, then the town
    ("six twenty one alder street three c kenosha and my phone is", "alder street three c kenosha"),
    ("it's 77 quarry road 4 d oshkosh", "77 quarry road 4 d oshkosh"),
    ("27 fenwick lane 9 a.", "27 fenwick lane 9 a"),
    # the house number said after the street
    ("we live on Tamarack Hollow Road, number 2207.", "Tamarack Hollow Road, number 2207"),
    ("she lives on birch knoll drive number 58", "birch knoll drive number 58"),
    # a suite or flat said as a sentence of its own, ending the turn
    ("Yes, that's the clinic. Suite 225", "Suite 225"),
    ("Right, the building on the left. Apartment 7 b.", "Apartment 7 b"),
    # a home kept at a named place
    ("Yes, I live at Cedar Hollow.", "Cedar Hollow"),
    ("my grandson lives at Willow Bend with me", "Willow Bend"),
    # where a student lives
    ("my son goes to school in kalamazoo and his car broke down", "kalamazoo"),
    ("she went away to college in ypsilanti last fall", "ypsilanti"),
    # a unit that is no vehicle's
    ("unit 14 is on the second floor", "unit 14"),
]

READABLE = [
    # a fleet's vehicles listed with their ids
    ("Unit 31 is D55021, unit 40 is D55090.", "Unit 31"),
    ("unit 9 was number K4410 last year", "unit 9"),
    # a school year
    ("jaylen okafor he's in pre k", "pre"),
    ("she's in prek this year", "prek"),
    # a child's programme at the company's site
    ("Yes, after-school at Birch Meadow.", "Birch Meadow"),
    ("I have a kid in after-care at Stonebridge. I got a late fee.", "Stonebridge"),
    ("she's in summer camp at Pine Ridge this year", "Pine Ridge"),
    # a time of year or day, a manner, after school
    ("he goes to school in september", "september"),
    ("she goes to school in person now", "person"),
    # a count or a rate after a street, not a flat
    ("i pay 12 birch ave 3 a day", "3 a day"),
    ("we live on oak road, number 3 of them", "number 3"),
    # a unit count that is no sentence of its own
    ("Can you fix it? Unit 4 is broken.", "Unit 4"),
    # a truck's or a crew's unit number said after its arrival time (review of cycle 70)
    ("A truck is about 25 minutes out. Unit 17.", "Unit 17"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_hidden(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert any(value.lower() in s.lower() for s in spans), spans


@pytest.mark.parametrize(("text", "value"), READABLE)
def test_readable(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert not any(value.lower() in s.lower() for s in spans), spans
