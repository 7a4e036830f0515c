"""RoutingNumberRecognizer (ABA_ROUTING_NUMBER): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.routing_number_recognizer import RoutingNumberRecognizer
from tests.recognizers.conftest import found

# 021000021 and 011000015 have valid ABA checksums (published Federal Reserve numbers).
CASES = [
    ("routing number 021000021", {"021000021"}),
    ("routing number 0, 2, 6, 0, 0, 9, 5, 9, 3", {"0, 2, 6, 0, 0, 9, 5, 9, 3"}),
    ("the routing is oh two one oh oh oh oh two one", {"oh two one oh oh oh oh two one"}),
    ("ABA 0110-0001-5", {"0110-0001-5"}),
    (
        "ROUTING ZERO ONE ONE ZERO ZERO ZERO ZERO ONE FIVE",
        {"ZERO ONE ONE ZERO ZERO ZERO ZERO ONE FIVE"},
    ),
    # near misses: checksum fails, no cue (weak), wrong length
    ("routing number 021000022", set()),
    ("021000021", set()),
    ("routing 02100002", set()),
    # Canadian transit (5 digits) and institution (3 digits) numbers after their labels
    ("my transit number is 38105 and institution 004", {"38105", "004"}),
    ("Transit: 00219, Institution: 815, account 7712093", {"00219", "815"}),
    ("the transit is oh six three two nine", {"oh six three two nine"}),
    ("institution number zero zero three", {"zero zero three"}),
    # ... but not a count, an amount, a parcel in transit, or the wrong length
    ("the package is in transit 48213 is the order", set()),
    ("transit 25000 dollars", set()),
    ("the institution 150 years old", set()),
    ("transit 123456", set()),
    ("institution 1234", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_routing_number_recognizer(text: str, expected: set[str]) -> None:
    assert found(RoutingNumberRecognizer(), text) == expected
