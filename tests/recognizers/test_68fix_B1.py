"""Fix cycle 62 (round 68), group B1 (PERSON): an everyday word as a first name in an
introduction ("my name is will will grant", "this is Will Gross"), said to the other
party ("what can i do for you will", "thanks mercy", "hey will what's up") or as the
agent's name before the opening question; everyday phrases kept visible."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an introduction: the everyday first name said twice, or before a surname
        ("um my name is grant grant okonkwo yes like the money", "grant okonkwo"),
        ("hey it's bill bill szymanski again", "bill szymanski"),
        ("Hi, this is Hope Lindqvist, calling about my refund.", "Hope Lindqvist"),
        ("it's art uh arturo really but people call me art", "art uh arturo"),
        ("his name's rob roberto vasquez", "rob roberto"),
        # said to the other party at the end of a turn or before a greeting's question
        ("okay what else can i do for you will", "will"),
        ("great thanks mercy", "mercy"),
        ("hey bill how's it going", "bill"),
        # the agent's everyday first name before the opening question
        ("westfield vet clinic this is precious is this an emergency", "precious"),
        ("this is summer how can i help you", "summer"),
    ],
)
def test_everyday_first_name_found(person, text: str, name: str) -> None:
    assert any(name in g for g in found(person, text)), found(person, text)


@pytest.mark.parametrize(
    "text",
    [
        "this is will call",
        "thanks for your patience",
        "it's bill pay",
        "okay thanks love",
        "is there anything else i can do for you today",
        "thank you for calling chase",
        "hey guys what's up",
        "i will will it to you",
        "it's summer summer break i mean",
    ],
)
def test_everyday_words_stay_visible(person, text: str) -> None:
    assert not found(person, text), found(person, text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a state spelled out after a licence question in an earlier turn
        ("It's Vermont, starts with a V.", "Vermont"),
        # how someone called, not a name
        ("Her dad called me personally.", "personally"),
        # the firm between the greeting and the agent's name
        ("Good evening, QuillPost, Dmitri, how can I help?", "QuillPost"),
    ],
)
def test_not_a_name(person, text: str, shown: str) -> None:
    assert not any(shown in g for g in found(person, text)), found(person, text)


def test_call_me_name_kept(person) -> None:
    assert any("Kelly" in g for g in found(person, "You can call me Kelly."))


@pytest.fixture(scope="module")
def gazetteer():
    from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer

    return NameGazetteerRecognizer()


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        ("Could you mark Priya Lindholm present today?", "mark", "Priya"),
        ("Please bill Oscar Haugen for the repair.", "bill", "Oscar"),
    ],
)
def test_verb_before_name_left_out(gazetteer, text: str, verb: str, name: str) -> None:
    spans = found(gazetteer, text)
    assert any(name in g for g in spans) and not any(verb in g for g in spans), spans
