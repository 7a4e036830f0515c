"""Fix cycle 65 (rounds 72-73), group B1: pets named at a kennel or as "the dog is …",
breeds, schools and things a name word is part of, rare-word surnames after a cued name,
hyphenated given names, and answerer names before "speaking" or after a kennel's name."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from tests.recognizers.conftest import redacted_values


def _all(values: list[list[str]]) -> str:
    return " | ".join(v for turn in values for v in turn)


@pytest.mark.parametrize(
    ("lines", "pet", "person"),
    [
        (
            (
                "A: Can I get your name and the dog's name?",
                "C: Harriet Lindgren, the dog is Pepper.",
            ),
            "Pepper",
            "Harriet Lindgren",
        ),
        (
            ("A: And the dog's name?", "C: Biscuit. Well, Harriet is me, Biscuit is the dog."),
            "Biscuit",
            "Harriet",
        ),
        (
            ("A: Sunny Paws Kennel.", "C: my neighbor Oskar Brandt is picking up Juniper today"),
            "Juniper",
            "Oskar Brandt",
        ),
        (
            ("A: Lakeview Animal Clinic.", "C: a client oskar brandt his dog rufus is sick"),
            "rufus",
            "oskar brandt",
        ),
        (
            (
                "A: hi",
                "C: this is about a patient boarding with you, Duchess.",
                "A: Duchess... the owner is Oskar Brandt?",
            ),
            "Duchess",
            "Oskar Brandt",
        ),
    ],
)
def test_pets_stay_visible(analyzer: CallAnalyzer, lines, pet: str, person: str) -> None:
    values = _all(redacted_values(analyzer, *lines))
    assert pet not in values.replace(person, ""), values
    assert person in values, values


def test_breed_stays_visible(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer, "A: hi", "C: booking a groom for my dog daisy, she's a shih tzu"
    )
    assert "shih" not in _all(values), values


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: Okafor Elementary, room twelve.", "Okafor"),
        ("C: she's in kindergarten at willow brook", "willow brook"),
        ("A: You can collect it at the Bainbridge terminal.", "Bainbridge"),
    ],
)
def test_schools_and_places_stay_visible(analyzer: CallAnalyzer, line: str, visible: str) -> None:
    values = redacted_values(analyzer, "A: Which school?", line)
    assert visible not in _all(values), values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: hello my name's adewale ibrahim i'm calling about my bill", "adewale ibrahim"),
        ("C: my name is John High and I need help", "John"),
    ],
)
def test_cued_names_keep_their_surname(analyzer: CallAnalyzer, line: str, name: str) -> None:
    values = redacted_values(analyzer, "A: hi", line)[1]
    assert any(name in v for v in values), values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A: Licensing Office, this is Hye-Jin.", "Hye-Jin"),
        ("A: assessor's office hank speaking how can i help", "hank"),
        ("A: shady pines kennels oksana", "oksana"),
    ],
)
def test_answerer_names(analyzer: CallAnalyzer, line: str, name: str) -> None:
    values = redacted_values(analyzer, line, "C: hi")[0]
    assert name in values, values


@pytest.mark.parametrize(
    "line",
    [
        "A: thanks for holding, this is the billing line speaking how can i help",
        "A: thanks for calling acme pharmacy refills",
        "C: it's a long-term thing, a follow-up on the check-in",
    ],
)
def test_no_answerer_name(analyzer: CallAnalyzer, line: str) -> None:
    assert redacted_values(analyzer, line, "C: hi")[0] == [], line


def test_boarding_pass_call_is_no_pet_call(analyzer: CallAnalyzer) -> None:
    """An airline's "boarding" makes no kennel call: a person picked up stays redacted."""
    values = redacted_values(
        analyzer,
        "A: thanks for calling Skyway Airlines, what can I help with?",
        "C: my boarding pass didn't come through, I'm flying with my sister",
        "C: and I need to pick up Marisol at the gate, she uses a wheelchair",
        "A: okay, Marisol's boarding group is B",
    )
    assert any("Marisol" in v for v in values[2]) and any("Marisol" in v for v in values[3]), values
