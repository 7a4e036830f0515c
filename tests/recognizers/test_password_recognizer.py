"""PasswordRecognizer (PASSWORD): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.password_recognizer import PasswordRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("my password is sunflower42", {"sunflower42"}),
    ("my password is BlueHeron2024! okay", {"BlueHeron2024!"}),
    ("my password is sunflower!", {"sunflower"}),
    ("the password is blue tiger 42 and I changed it", {"blue tiger 42"}),
    ("PASSWORD IS HUNTER2", {"HUNTER2"}),
    ("change my password to Marigold!7", {"Marigold!7"}),
    ("my passphrase is correct horse battery staple", {"correct horse battery staple"}),
    # near misses: questions and statements about a password with no value
    ("what would you like your new password to be?", set()),
    ("I forgot my password", set()),
    ("the password is", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_password_recognizer(text: str, expected: set[str]) -> None:
    assert found(PasswordRecognizer(), text) == expected
