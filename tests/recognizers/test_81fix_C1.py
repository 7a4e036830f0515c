"""Cycle 71 fixes (group C1): a street name with a non-ASCII letter, a floor said after
the address,; and a product line's or
the firm's own branch name kept readable (place_context.elsewhere)."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from recognizers.place_context import elsewhere
from tests.recognizers.conftest import found

RECOGNIZER = AddressRecognizer()

HIDDEN = [
    # a street name with a letter outside ASCII
    ("I have you at 14 Tōtara Lane, Napa?", "14 Tōtara Lane, Napa"),
    ("it's 3 Ōwhiro Street", "3 Ōwhiro Street"),
    # the floor belongs to the address
    ("Still shipping to 42 Canal Street, 6th floor?", "42 Canal Street, 6th floor"),
    (
        "Send it to 300 Pike Street, Portland, OR 97204, 21st floor.",
        "300 Pike Street, Portland, OR 97204, 21st floor",
    ),
    ("It's 880 Sixth Avenue, 12th floor, Boston.", "880 Sixth Avenue, 12th floor, Boston"),
]

READABLE = [
    # a floor that starts a new sentence, or a room on it
    ("It's 88 Alder Drive. The second floor bathroom leaks.", "The second floor"),
    ("I live at 12 Birch Road, the third floor is flooded.", "the third floor"),
    ("12 birch road second floor bathroom leaks", "second floor bathroom"),
    # a floor alone
    ("The fifth floor printer is jammed.", "fifth floor"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_hidden(text: str, value: str) -> None:
    assert value in found(RECOGNIZER, text)


@pytest.mark.parametrize(("text", "value"), READABLE)
def test_readable(text: str, value: str) -> None:
    assert not any(value in span for span in found(RECOGNIZER, text))


def _place(text: str, place: str) -> bool:
    start = text.index(place)
    return elsewhere(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I see 3 items, the Juniper table lamp... no, the Sedona lamp, $20.10.", "Sedona"),
        ("I see 2 items, the Tahoe throw blanket, $88.40.", "Tahoe"),
        (
            "Thank you for calling Summit Mini Storage, Oak Hollow location, this is Gina.",
            "Oak Hollow",
        ),
        ("Thanks for calling Summit Mini Storage, Fairview, this is Marco.", "Fairview"),
        ("Summit Mini Storage, Fairview location, this is Marco.", "Fairview"),
    ],
)
def test_product_or_branch_readable(text: str, place: str) -> None:
    assert _place(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the caller lives stays redacted
        ("We live in Sedona and the lamp broke.", "Sedona"),
        ("I'm in Tahoe, the blanket never came.", "Tahoe"),
        ("Hi, I moved to Fairview, this is Marco.", "Fairview"),
        # a caller's name and town opening the turn (review of cycle 71)
        ("Jamal Reed, Springfield, this is my third call about the bill.", "Springfield"),
    ],
)
def test_home_town_kept(text: str, place: str) -> None:
    assert not _place(text, place)
