"""SecurityAnswerRecognizer (SECURITY_ANSWER): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.security_answer_recognizer import SecurityAnswerRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("my mother's maiden name is Kowalczyk", {"Kowalczyk"}),
    ("MOTHERS MAIDEN NAME IS THISTLEWOOD", {"THISTLEWOOD"}),
    ("my first pet was a dog named rex", {"a dog named rex"}),
    ("the street I grew up on was larkspur lane", {"larkspur lane"}),
    ("security answer is blue", {"blue"}),
    ("the city I was born in is toledo", {"toledo"}),
    # near misses
    ("what is your mother's maiden name?", set()),
    ("I don't remember my first pet", set()),
    ("my first pet was Mr. Whiskers", {"Mr. Whiskers"}),
    ("my favorite teacher was mrs. alvarado", {"mrs. alvarado"}),
    ("childhood best friend is coach dalton", {"coach dalton"}),
    # weak alone: "I put" is an answer only when a KBA topic is near
    ("i think i put missus okonkwo", set()),
    ("i put it in the drawer", set()),
    ("I used to live there", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_security_answer_recognizer(text: str, expected: set[str]) -> None:
    assert found(SecurityAnswerRecognizer(), text) == expected


SECURITY_CASES = [
    ("biscuit, no, sorry, mister biscuit", {"mister biscuit"}),
    # the first answer, corrected, is redacted too
    ("oh rex no wait duke rex was the neighbor's", {"rex", "duke"}),
    ("hartley, i mean hartwell", {"hartley", "hartwell"}),
    ("actually i think it was hollis", {"hollis"}),
    # near misses: corrections that are not answers
    ("sorry about that", set()),
    ("no wait i don't know", set()),
    ("wait what", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECURITY_CASES)
def test_corrected_security_answer(text: str, expected: set[str]) -> None:
    # weak alone: a KBA question in front of it gives the context
    assert found(SecurityAnswerRecognizer(), text) == set()
    assert found(SecurityAnswerRecognizer(), text, threshold=0.2) == expected


# ---- round 56-59 fixes: a KBA topic asked and answered by the caller


SECURITY = SecurityAnswerRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "wait, is it my first pet? because that was a hamster named pickles.",
            "hamster named pickles",
        ),
        ("is the question my first car? Oh, it was a Dodge Neon", "Dodge Neon"),
    ],
)
def test_kba_topic_asked_then_answered_by_the_caller(text: str, expected: str) -> None:
    assert expected in found(SECURITY, text)


@pytest.mark.parametrize(
    "text",
    [
        "is it my first car? it was a long time ago.",
        "is it my high school? it's pretty far from here.",
        "the question is my first pet? that's weird.",
    ],
)
def test_kba_topic_then_a_remark_stays(text: str) -> None:
    assert found(SECURITY, text) == set()
