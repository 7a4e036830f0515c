"""AddressRecognizer: street-type choices, flats said alone, units after units, a town and
state after a type-first street, and the sentence's full stop left out of the span."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # which of two types of the one street
        ("is that linden court or linden drive", {"linden court", "linden drive"}),
        ("Birchwood Lane or Birchwood Road?", {"Birchwood Lane", "Birchwood Road"}),
        ("main street or the highway, whichever is faster", set()),
        # a flat said alone, with its number
        ("the card went to apartment seventeen b", {"apartment seventeen b"}),
        ("and the notice says apt 308", {"apt 308"}),
        ("we toured an apartment 10 minutes from work", set()),
        ("the apartment 3 years ago cost less", set()),
        ("apartment 2 of 5 is done", set()),
        # a unit after a unit, or a flat's number and letter ending the clause
        (
            "So 5127 Quarry Hollow Suite 220 Unit 9, correct?",
            {"5127 Quarry Hollow Suite 220 Unit 9"},
        ),
        ("I have 610 Pelham Drive Apt. 12 #3.", {"610 Pelham Drive Apt. 12 #3"}),
        ("so that's 388 dunmore street 6 d", {"388 dunmore street 6 d"}),
        ("we're at 55 elm street 3 days a week", {"55 elm street"}),
        # a town and its state after a type-first street
        (
            "it's still 2210 calle verde santa paula california",
            {"2210 calle verde santa paula california"},
        ),
        # a township by its name
        ("the lot is out in marlow township near the county line", {"marlow township"}),
        ("the township sent us a letter about 4 dollars", set()),
        ("a neighbouring township charges less", set()),
        # the sentence's full stop stays out; an abbreviation's stays in
        ("It's 907 Wrenfield Parkway.", {"907 Wrenfield Parkway"}),
        ("I live at 31 Vine St.", {"31 Vine St."}),
        ("The total is $318.50 today.", set()),
    ],
)
def test_cycle45_address_forms(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected
