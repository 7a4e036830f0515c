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
    # a word and how it is typed: the whole description is the password
    ("falcon with a capital f and then 42 exclamation point",
     {"falcon with a capital f and then 42 exclamation point"}),
    ("copperleaf with a capital c pound sign nineteen",
     {"copperleaf with a capital c pound sign nineteen"}),
    ("it's juniper with an uppercase j star seven", {"juniper with an uppercase j star seven"}),
    ("ridgeway capital r 88", {"ridgeway capital r 88"}),
    # near misses: spelling instructions about a name or a letter, no value
    ("spell it with a capital j", set()),
    ("the password with a capital p", set()),
    ("i wrote it with a capital letter", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_password_recognizer(text: str, expected: set[str]) -> None:
    assert found(PasswordRecognizer(), text) == expected
