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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_security_answer_recognizer(text: str, expected: set[str]) -> None:
    assert found(SecurityAnswerRecognizer(), text) == expected
