"""Fix cycle 62, group C1 (ADDRESS): a street named where the caller is (a site on it, the
town after), the town said before "it's" and the street, a flat's number and letter said
alone after the question; counted things, a car's plate state and a service area asked
about kept visible."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import assert_masked, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own whereabouts: a site on a street, the town after it
        (
            "The Walgreens parking lot on Mesa Drive in Tucson, by the side door.",
            {"Mesa Drive"},
        ),
        ("We're stuck at the Shell station on Tanner Road.", {"Tanner Road"}),
        ("the Target lot on Cedar Avenue in Omaha", {"Cedar Avenue"}),
        # the town said first, the street after "it's"
        ("ypsilanti it's forty two birch lane", {"ypsilanti", "forty two birch lane"}),
        ("oh durango, it's 310 aspen court", {"durango", "310 aspen court"}),
        # a lower-case street after an address cue, in a written turn
        ("My address is 41 willow springs.", {"41 willow springs"}),
        ("I'll send the label. Pickup from 318 alder circles?", {"318 alder circles"}),
    ],
)
def test_whereabouts_and_town_first_found(text: str, expected: set[str]) -> None:
    assert expected <= found(AddressRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # a firm's site on a street: no one's home
        "The garage on Hill Street is open till six.",
        "the nearest lot on Grove Street in Salem",
        # things counted in a written turn, not a street
        "Sure. Three compression springs and the labour, that's $240.",
        "A guitar with 12 nylon strings and 6 tuning keys is fine.",
        "We replaced 2 coil springs on the Camry.",
        # a car, then the state of its plate
        "A silver Honda Civic, Oregon plate JKL-2210.",
        "It's a blue Ford Ranger, Texas plates.",
        # a service area asked about
        "okay and do you pick up in wheaton",
        "do they pick up in carol stream",
        # no turn of its own: a screen, a network, a decade
        "4K.",
        "5G",
    ],
)
def test_no_address_there(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("and which apartment is it", "nine c", "nine c"),
        ("great and then it's apartment", "it's 14 d.", "14 d"),
        ("what unit are you in", "twelve b", "twelve b"),
    ],
)
def test_flat_alone_after_question(analyzer, question: str, answer: str, value: str) -> None:
    assert_masked(analyzer, [("agent", question), ("customer", answer)], 1, [value], [])


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("which model do you want", "the 4K"),
        ("how many do you need", "three b"),
        ("what size is it", "12 c"),
    ],
)
def test_flat_alone_needs_the_question(analyzer, question: str, answer: str) -> None:
    assert_masked(analyzer, [("agent", question), ("customer", answer)], 1, [], [answer])
