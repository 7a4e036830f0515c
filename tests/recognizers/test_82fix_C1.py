"""Cycle 72 (round 82), group C1: a town said after a street in full, and the caller's own
office an order is delivered to."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.fixture(scope="module")
def rec() -> AddressRecognizer:
    return AddressRecognizer()


def _spans(rec: AddressRecognizer, text: str) -> list[str]:
    return sorted(found(rec, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("six oh two juniper hollow lane wellesley okay and the zip", "wellesley"),
        ("two eighteen harbor view road swampscott and his date of birth", "swampscott"),
        ("eleven hundred enterprise way suite four twenty framingham got it", "framingham"),
        ("We're living at 77 Chestnut Avenue in Barre now.", "Barre"),
        ("Please ship it to our office at 820 Lake Street in Boise.", "Boise"),
    ],
)
def test_town_after_full_street_is_kept(rec: AddressRecognizer, text: str, town: str) -> None:
    assert any(town in s for s in _spans(rec, text))


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("we're at 31 oak lane in traffic now", "traffic"),
        ("send it to 55 birch road in March then", "March"),
        ("it's 88 pine street okay and the zip", "okay"),
        ("It's 14 Cedar Road in Person only.", "Person"),
    ],
)
def test_everyday_word_after_street_stays_visible(
    rec: AddressRecognizer, text: str, visible: str
) -> None:
    assert not any(visible in s for s in _spans(rec, text))


def test_firm_office_given_to_caller_stays_visible(rec: AddressRecognizer) -> None:
    assert _spans(rec, "You can visit our office at 400 Commerce Street any weekday.") == []
