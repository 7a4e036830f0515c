"""Cycle 46 (C1): a town and its state said as a turn of its own, more Spanish street types,
a town run on after a "calle", and near misses (an email's domain, rooms counted, a business
on a named street)."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found

CASES = [
    # the last line of an address, a turn of its own
    ("AND ROBERTSBURGH, KS", {"ROBERTSBURGH, KS"}),
    ("Kellyfurt, MB", {"Kellyfurt, MB"}),
    ("and north quinnside, wy", {"north quinnside, wy"}),
    ("and South Tamaraberg, ME.", {"South Tamaraberg, ME"}),
    ("um west hollisport n v", {"west hollisport n v"}),
    ("and marcusville", {"marcusville"}),
    ("Oak Hollow, Nebraska.", {"Oak Hollow, Nebraska"}),
    # near misses: small talk with a code-like word, a town said inside a sentence
    ("Got it, OK.", set()),
    ("Perfect, OK", set()),
    ("Great, thanks.", set()),
    ("Anyway, okay.", set()),
    ("and Sam OK", set()),
    ("and everything", set()),
    ("and my husband", set()),
    ("we drove past Haydenville on the way", set()),
    # Spanish and Mexican street types written first
    ("PASADIZO DE LUCIA MONTERO 12", {"PASADIZO DE LUCIA MONTERO 12"}),
    ("Vial de Anselmo Rius 402", {"Vial de Anselmo Rius 402"}),
    ("Retorno Norte Ibáñez 88", {"Retorno Norte Ibáñez 88"}),
    ("Eje vial Lázaro Prieto 214", {"Eje vial Lázaro Prieto 214"}),
    # ("vial" alone is a medicine's)
    ("i need a vial of insulin 2 days early", set()),
    ("the nurse drew 3 vials de sangre", set()),
    # a town run on after a "calle"
    ("it's 61 calle del rio las cruces", {"61 calle del rio las cruces"}),
    ("nine calle alta verde", {"nine calle alta verde"}),
    ("it's 61 calle del rio and the gate code is 7", {"61 calle del rio"}),
    # an email's domain after "live" names no place
    ("was it live dot co dot nz", set()),
    ("yes hotmail dot co dot uk", set()),
    # rooms counted before a street-type word
    ("a 3 bedroom garden view runs 5,400 a week", set()),
    ("the 2 bath lake view is booked", set()),
    # a business the caller is sent to, on a named street
    ("The results came from the lab on Carver Street.", set()),
    ("you can pick it up at the pharmacy on Lowell Avenue", set()),
    ("I live on Carver Street.", {"Carver Street"}),
    # amounts, times and counts stay
    ("It's $1,930.15 with a $35 fee.", set()),
    ("The earliest slot is March 4 at 10:20 AM.", set()),
    ("I ordered 48 boxes but only 12 came.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cycle46_c1(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_eircode_in_capitals_after_a_postcode_question() -> None:
    from recognizers.call_analyzer import CallAnalyzer
    from tests.recognizers.conftest import call_of, redacted

    call = call_of(
        ("agent", "And the postcode?"),
        ("customer", "K78 2PHW."),
        ("agent", "WHICH PART DID YOU ORDER?"),
        ("customer", "THE K78 2PHW FILTER"),
    )
    turns = redacted(CallAnalyzer.create(), call)
    assert ("ADDRESS", "K78 2PHW") in turns[1]
    assert not any(e == "ADDRESS" for e, _ in turns[3])
