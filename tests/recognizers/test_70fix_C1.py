"""Fix cycle 64 (rounds 70-71), group C1: the town and state said after a rural address,
a Wisconsin rural number's letter, and a shop's street that is nobody's address."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found

RECOGNIZER = AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "we're out on rural route three box two forty dunning nebraska",
            "rural route three box two forty dunning nebraska",
        ),
        (
            "it's off county road sixty two west of holton kansas",
            "county road sixty two west of holton kansas",
        ),
        ("still at 2210 highway 34, murdo, south dakota", "2210 highway 34, murdo, south dakota"),
        ("it's the farm 318 rural route 9, bradleyhaven", "rural route 9, bradleyhaven"),
        ("All at W2290 County Road P, Chilton, Wisconsin.", "W2290 County Road P"),
    ],
)
def test_town_after_a_rural_address(text: str, value: str) -> None:
    assert any(value in hit for hit in found(RECOGNIZER, text)), found(RECOGNIZER, text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("take highway 9 north of town.", "town"),
        ("it's on county road 12 in the morning", "morning"),
        ("we take route 66 to the coast", "coast"),
    ],
)
def test_no_town_after_a_rural_address(text: str, visible: str) -> None:
    assert not any(visible in hit for hit in found(RECOGNIZER, text))


@pytest.mark.parametrize(
    "text",
    [
        "I dropped my wallet at the Safeway on Lopez Crossing in Tulsa.",
        "i lost my card at the walgreens on marvin ridge",
        "I was at the Target on Harper Landing around noon.",
    ],
)
def test_shop_street_stays_visible(text: str) -> None:
    assert not any(
        ("Crossing" in h or "ridge" in h or "Landing" in h) for h in found(RECOGNIZER, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "I live at the house on Maple Ridge Drive.",
        "we rent the farm on Cooper Hollow Road",
        "ship it to 88 Lopez Crossing in Tulsa.",
        "I'm at the Holiday Inn on Canal Parkway.",
        "my truck broke down at the Shell on Mercer Road",
        # (a family named before their street is no shop)
        "it's for the Delacroixs on Juniper Hollow Lane",
        "deliver it to the Abernathys on Quail Run Drive",
    ],
)
def test_home_street_still_redacted(text: str) -> None:
    assert found(RECOGNIZER, text)


def test_firm_department_box_stays_visible() -> None:
    text = "Prairie Lands Insurance, Claims Department, PO Box 7710, Lincoln, Nebraska 68501."
    assert not any("7710" in hit for hit in found(RECOGNIZER, text))


def test_own_box_still_redacted() -> None:
    assert any("3318" in hit for hit in found(RECOGNIZER, "you can mail it to PO Box 3318"))
