"""Cycle 54, group C2: an id's letters said apart around its digits ("membership number as
TR 8826", "it says K L M P dash 00 one two", a boat's "NJ 7719 BX") are hidden with the
digits; a product's model or part, a flight, a phone's IMEI slot, a form named by number, a
round model glued to its letters, an amount past due or billed each month, and a line
posted for everyone stay visible."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said


def _visible(analyzer, *lines: str) -> list[str]:
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (("A: OK I HAVE YOUR MEMBERSHIP NUMBER AS TR 8826 IS THAT RIGHT",), "TR 8826"),
        (("A: ok your membership number please", "C: it's wn 6613"), "wn 6613"),
        (("A: And your member number?", "C: Yes, it's PD 7390."), "PD 7390"),
        (("A: the boat's registration number?", "C: registration is NJ 7719 BX"), "NJ 7719 BX"),
        (("A: the boat's registration number?", "C: it's FL 3051 KM."), "FL 3051 KM"),
        (("A: what's the deed number", "C: it says K L M P dash 00 one two nine 3"), "K L M P"),
        (("A: the registration number?", "C: it's d x uh four four one nine r z"), "d x"),
    ],
)
def test_letters_said_apart_join_the_id(analyzer, lines, value):
    mask = _visible(analyzer, *lines)[-1]
    text = said(*lines).turns[-1].text
    start = text.find(value)
    assert start >= 0
    assert set(mask[start : start + len(value)]) <= {"#", " "}, mask


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("A: OK YOUR TOTAL IS 4471 IS THAT OK", "IS"),
        ("C: it's at 1130 pm", "pm"),
        ("A: the balance is 8812 as of today", "as"),
    ],
)
def test_words_around_a_number_stay(analyzer, line, visible):
    mask = _visible(analyzer, line)[0]
    assert visible in mask, mask


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: My dishwasher stopped working, it's a KDTE334GPS.", "KDTE334GPS"),
        ("C: The washer quit on me, it's a MVW6230HW.", "MVW6230HW"),
        ("A: The part, the W11384469 drain pump, ships Monday.", "W11384469"),
        ("A: The part, the DC97-16350K, is on back order.", "DC97-16350K"),
        ("C: I want to move my flight, it's QF882 on March 3.", "QF882"),
        ("C: I HAVE TO MOVE MY FLIGHT, IT'S QF1290 ON MAY 9.", "QF1290"),
        ("A: Great, and the IMEI2 isn't needed.", "IMEI2"),
        ("A: you'll also need form 8821-t signed", "8821-t"),
        ("A: i see the netgear rax1000 on your account", "rax1000"),
        ("A: the balance is two hundred ten with eighty three forty five past due", "eighty"),
        ("A: it'll come out on the fifth of every month forty two twenty", "forty two twenty"),
        ("A: The schedule goes out Monday on the website or at 503-555-0188.", "503-555-0188"),
        ("A: The county clerk's office number is 555-0143.", "555-0143"),
    ],
)
def test_products_flights_and_amounts_stay(analyzer, line, visible):
    mask = _visible(analyzer, line)[0]
    assert visible in mask, mask


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (("A: your account number?", "C: it's AB448812"), "AB448812"),
        (("A: and your cell?", "C: my number is 503-555-0171"), "503-555-0171"),
        (("A: serial number on the unit?", "C: it's KX4471290"), "KX4471290"),
        (("A: what's the confirmation number", "C: it's XK77291"), "XK77291"),
    ],
)
def test_real_ids_stay_hidden(analyzer, lines, value):
    mask = _visible(analyzer, *lines)[-1]
    assert value not in mask, mask
