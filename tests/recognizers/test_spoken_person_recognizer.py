"""SpokenPersonRecognizer (PERSON): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("hi my name is maren quillfeather", {"maren quillfeather"}),
    ("MY NAME IS TOBIAS BRANDVOLD", {"TOBIAS BRANDVOLD"}),
    ("this is dana from billing", {"dana"}),
    ("yes, this is she.", set()),
    ("Thank you, verified.", set()),
    ("thank you for calling, this is priya.", {"priya"}),
    ("thanks Oswin, that helps", {"Oswin"}),
    ("you're speaking with corwin fenwick today", {"corwin fenwick"}),
    ("mr okonkwo will call back", {"okonkwo"}),
    ("Ms. Lindqvist", {"Lindqvist"}),
    ("last name is spelled S M I T H", {"S M I T H"}),
    ("that's J-O-N-E-S", {"J-O-N-E-S"}),
    ("it's s as in sam o as in oscar", {"s as in sam o as in oscar"}),
    ("can i speak to maren please", {"maren"}),
    ("hey it's tobias calling back", {"tobias"}),
    ("add kristen okafor as a beneficiary", {"kristen okafor"}),
    ("my wife's name is ilse", {"ilse"}),
    ("this is joaquin whos this", {"joaquin"}),
    ("this is joaquin who's calling", {"joaquin"}),
    # near misses: introductions that are not names, spelled codes without a cue
    ("i want to speak to a supervisor", set()),
    ("transfer me to someone in billing", set()),
    ("this is about my bill", set()),
    ("my name is on the account", set()),
    ("I'm calling about a charge", set()),
    ("this is ridiculous.", set()),
    ("this is whats on the bill", set()),
    ("press A B to continue", set()),
    ("the CVV is on the back", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_person_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenPersonRecognizer(), text) == expected
