"""Cycle 56 fixes, group C1: towns after "going to", "over in", "family in"; places that
are no one's (a greeting's site, a question's vocative, a flight, a zip before a range)."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer


def _found(text: str) -> list[str]:
    """The address spans the recognizer finds in ``text`` (above the default threshold)."""
    results = AddressRecognizer().analyze(text, ["ADDRESS"])
    return [text[r.start : r.end] for r in results if r.score >= 0.4]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a ride's destination said right after its start address
        (
            "We're at 5520 Pruitt Lane, Apt 3, Dianaside, Ohio 44102, going to East Rodney.",
            "East Rodney",
        ),
        ("i'm at 88 wexley court headed to port marcusview", "port marcusview"),
        ("we're at 410 fenn road and we're going to lake tamara", "lake tamara"),
        ("picking up at 12 birch avenue going to grand rapids tonight", "grand rapids"),
        # where one lives or has kin
        ("we live over in South Kaylaborough so it's a drive", "South Kaylaborough"),
        ("my folks are fine, i've got family in west dominicville", "west dominicville"),
        ("his parents in new haleyport watch the kids", "new haleyport"),
        ("yeah i live over in New Dariusburgh so it's close", "New Dariusburgh"),
        ("she lives in new shelbyton now", "new shelbyton"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert any(value in f for f in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        # "going to" before no town
        ("i'm at 40 elm street going to need a tow", "need"),
        ("we're at 12 oak street, going to the airport", "airport"),
        ("we're at 19 pine road going to denver international", "denver"),
        # a family in a state of things, something over somewhere
        ("the family in need gets the voucher", "need"),
        ("it's over in the drawer", "drawer"),
        ("she lives in new housing now", "housing"),
        ("we live in new construction", "construction"),
        # what is done at an address, not a town's name
        ("And the signing address?", "signing"),
        ("and the closing address please", "closing"),
        # a name after the question, not a place
        ("and where do you live marisol", "marisol"),
        ("how long have you lived kevin", "kevin"),
        # the company's own site before its greeting
        ("Alpine Ski Shop at Cedar Ridge, this is Marco.", "Cedar Ridge"),
        ("Harbor Rentals on Bayview Drive, my name is Tess", "Bayview Drive"),
        # a date and a flight
        ("I fly out on April 17, flight UA 442.", "flight"),
        ("we land on june 3, flights DL 88 and 90", "flights"),
    ],
)
def test_not_found(text: str, visible: str) -> None:
    assert not any(visible in f for f in _found(text)), _found(text)


def test_zip_before_next_address_is_no_range() -> None:
    text = "from 4410 garnet road lowellton oregon 97301 to 62 quill circle marshview idaho 83702"
    found = _found(text)
    assert "97301 to 62 quill circle marshview idaho 83702" not in found
    assert any("62 quill circle" in f for f in found), found
    assert any(f.endswith("oregon 97301") for f in found), found


def test_lived_in_town_still_found() -> None:
    assert "brennanville" in _found("we lived in brennanville for years")
