"""Cycle 55 fixes, group C1: units and lots, foreign address shapes, places that are no one's."""

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
        ("Tower B, Unit 1207. I'm Priya.", "Unit 1207"),
        ("bldg 4 apt 22", "apt 22"),
        ("marisol quintero unit 9 c", "unit 9 c"),
        ("Dana Whitfield suite 310", "suite 310"),
        ("The gate code is registered to Lot 147.", "Lot 147"),
        ("we're on lot 52 by the pond", "lot 52"),
        ("It's Rua das Flores 18, 4050-262 Porto.", "Rua das Flores 18, 4050-262 Porto"),
        ("Av. Dr. Lopes Bastos, 2750-166 Cascais", "Av. Dr. Lopes Bastos, 2750-166 Cascais"),
        ("STADIOU 12-14, PATRA 262 21.", "STADIOU 12-14, PATRA 262 21"),
        ("Kungsgatan 7, 411 19 Göteborg", "Kungsgatan 7, 411 19 Göteborg"),
        ("It's 3-4-12 Umeda, Kita-ku, Osaka.", "3-4-12 Umeda, Kita-ku, Osaka"),
        ("she lives in park slope, brooklyn now", "park slope, brooklyn"),
        ("we'll be in greece until july", "greece"),
        ("It was in Nevada.", "Nevada"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert any(value in f for f in _found(text)), _found(text)


def test_french_apartment_in_street() -> None:
    text = "88 Rue Saint-Denis, Appartement 4, Laval, QC H7N 2K5."
    assert any("Appartement 4" in f for f in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "your caseworker is tom reyes, he's in unit 6",
        "the storage unit 12",
        "we sent a replacement unit 4",
        "it's a lot 5 minutes away",
        "parking lot 3 is full",
        "the vaccine was lot 4471",
        "call 1800-555 Monday",
        "i paid 45, then 300 50 more",
        "invoice 45, about 300 50",
        "That's when I was in Iraq. I was deployed.",
        "OH RIGHT, I WAS IN MEXICO. CAN YOU WAIVE IT?",
        "you can email the board at the community address.",
        "Any certified shop, or our hub at 312 Depot Road, open 8 to 4.",
        "the score was 6-1-2 Home team",
    ],
)
def test_stays_visible(text: str) -> None:
    assert _found(text) == []
