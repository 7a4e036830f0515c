"""Names, red-team round 5: first names that are everyday words (only with a cue or a
surname), names outside the lists after relation and role words, organisations, ranks
and pets that are no person. Invented values throughout."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from tests.recognizers.conftest import call_of, found

SPOKEN = [
    # the agent checks who is on the line
    ("is this joy okonkwo-reyes", {"joy okonkwo-reyes"}),
    ("AND ARE YOU DAWN FERREIRA?", {"DAWN FERREIRA"}),
    ("okay you're ivo stankovic?", {"ivo stankovic"}),
    ("am i speaking with Radomir", {"Radomir"}),
    ("is this correct?", set()),
    ("are you there?", set()),
    ("you're welcome", set()),
    ("are you ready?", set()),
    ("you're kidding", set()),
    ("Are you Canadian?", set()),
    ("is that Italian?", set()),
    # someone named by their role, and only before what they did
    ("the installer dmitri said he'd come back", {"dmitri"}),
    ("a nice lady, Marisol, told me it was waived", {"Marisol"}),
    ("the guy at the desk jerome promised a refund", {"jerome"}),
    ("the tech support said to reboot it", set()),
    ("the guy there said no", set()),
    ("the driver yesterday was late", set()),
    # addressing someone between commas
    ("OKAY, SOLVEIG, I HAVE IT HERE.", {"SOLVEIG"}),
    ("yes, ottilie, that's right", {"ottilie"}),
    ("okay, wait, what was that", set()),
    ("okay, so, um, the bill", set()),
    ("yes, exactly, that one", set()),
    # "will" is a name only after an introduction
    ("PAYROLL DESK, THIS IS WILL.", {"WILL"}),
    ("hi this is will from the claims team", {"will"}),
    ("this is will be the last payment", set()),
    ("i will call you back", set()),
    # relatives named after or before the relation
    ("it's me and my daughter thandeka", {"thandeka"}),
    ("siobhan my wife is on the account too", {"siobhan"}),
    ("i need to pick up my son tomorrow", set()),
    ("bring my daughter home.", set()),
    ("i love my wife", set()),
    ("call my husband", set()),
    ("add my partner as an authorized user, anouk, same last name", {"anouk"}),
    # ranks before a surname, the rank left visible
    ("this is Detective Okereke with the county", {"Okereke"}),
    ("sergeant vasquez-holt took the report", {"vasquez-holt"}),
    ("the officer said to call you", set()),
    ("detective work takes time", set()),
    # organisations introduced like people
    ("hi this is Harborview Dental, you're speaking with Priya", {"Priya"}),
    ("this is Maple Grove Animal Hospital", set()),
    ("you've reached Pinecrest Legal Aid, this is Tomasz", {"Tomasz"}),
    ("around 4 o'clock", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_person_round5(text: str, expected: set[str]) -> None:
    assert found(SpokenPersonRecognizer(), text) == expected


GAZETTEER = [
    # everyday first names before a surname
    ("so that's Chase Delgado on the account", {"Chase Delgado"}),
    ("is this faith nakamura", {"faith nakamura"}),
    ("me and summer adebayo", {"summer adebayo"}),
    ("the buyer is Ray Wojcik", {"Ray Wojcik"}),
    ("Hope Castellanos", {"Hope Castellanos"}),
    ("will hernandez", {"will hernandez"}),
    ("Odalys Mae Holloway", {"Odalys Mae Holloway"}),
    # ... never the word
    ("you will love it", set()),
    ("we hope garcia can help", {"garcia"}),
    ("i paid it through chase zelle", set()),
    ("my bill went up again", set()),
    ("the summer months are busy", set()),
    ("i hope so", set()),
    ("a ray of light", set()),
    ("chase bank", set()),
    ("amber alert", set()),
    # a surname inside a firm's name
    ("good morning dunmore property group this is", set()),
    ("Kessler Family Dental", set()),
    ("is 4 o'clock okay", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_name_gazetteer_round5(text: str, expected: set[str]) -> None:
    recognizer = NameGazetteerRecognizer()
    recognizer.load()
    assert found(recognizer, text) == expected


@pytest.fixture(scope="module")
def analyzer() -> CallAnalyzer:
    return CallAnalyzer.create()


def _persons(analyzer: CallAnalyzer, *turns: tuple[str, str]) -> list[set[str]]:
    call = call_of(*turns)
    return [
        {call.turns[i].text[e.start : e.end] for e in ents if e.entity_type == "PERSON"}
        for i, ents in enumerate(analyzer.analyze_call(call))
    ]


CALLS = [
    # the agent's name after "thank you for calling" is no company name
    (
        [("A", "thank you for calling this is marguerite can i get your name")],
        [{"marguerite"}],
    ),
    # pets are no people, wherever the call names them
    (
        [
            ("C", "Hi, I need to book a checkup for my cat, Biscuit."),
            ("A", "Sure, I have Biscuit here. And the owner's name?"),
            ("C", "Rosalind Achebe."),
        ],
        [set(), set(), {"Rosalind Achebe"}],
    ),
    (
        [("A", "Okay, I see Pepper, 4-year-old beagle. Is the owner still Idris Kamara?")],
        [{"Idris Kamara"}],
    ),
    # a lower-case word in a turn written with capitals is no name
    ([("A", "The max is $2,500, Ms. Ferreira.")], [{"Ferreira"}]),
]


@pytest.mark.parametrize(("turns", "expected"), CALLS)
def test_call_names_round5(analyzer: CallAnalyzer, turns, expected) -> None:
    assert _persons(analyzer, *turns) == expected
