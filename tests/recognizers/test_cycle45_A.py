"""Cycle 45, fixer A: spoken passwords with digits first, usernames, "what would you like?"."""

from __future__ import annotations

import pytest

from recognizers.questions import question_types
from tests.recognizers.conftest import call_of, covered


def _two(analyzer, question: str, reply: str) -> str:
    return covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]


# Digits before the word of a spelled password belong to it; "exactly like that" does not.
@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("seven one marble hashtag exactly like that", " exactly like that"),
        ("twenty six capital k kettle pound sign", ""),
        ("nine three walnut exclamation mark just like that", " just like that"),
    ],
)
def test_spelled_password_with_digits_first(analyzer, reply, kept):
    out = _two(analyzer, "what's the password on the account?", reply)
    assert out.startswith("#") and "#" not in out[len(out) - len(kept) :], out


def test_count_before_a_symbol_word_is_no_password(analyzer):
    out = _two(analyzer, "how can i help?", "i paid 45 dollars hashtag blessed")
    assert "45" in out, out


def test_how_it_is_typed_is_no_part_of_a_free_text_value(analyzer):
    call = call_of(
        ("AGENT", "what would you like the new password to be?"),
        ("CUSTOMER", "let's do harbor plus 61"),
        ("AGENT", "can you say that again slowly"),
        ("CUSTOMER", "harbor plus 61 exactly like that"),
    )
    out = covered(analyzer, call)
    assert out[3].endswith(" exactly like that") and out[3].startswith("#"), out


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("I can set a temporary password, or you can pick one. What would you like?", "PASSWORD"),
        ("we can make up a username for you or you choose one what would you like", "ACCOUNT_ID"),
        ("and the username on the account", "ACCOUNT_ID"),
        ("and your user name please", "ACCOUNT_ID"),
    ],
)
def test_value_offered_then_asked_for(question, wanted):
    assert question_types(question) == (wanted,)


@pytest.mark.parametrize(
    "question",
    [
        "We have the basic plan or the premium plan. Which would you like?",
        "what would you like to do today?",
    ],
)
def test_a_choice_of_things_asks_for_no_value(question):
    assert question_types(question) == ()


@pytest.mark.parametrize(
    ("reply", "login"),
    [
        ("it's hvaldrosk", "hvaldrosk"),
        ("Um, it's pkowalczy.", "pkowalczy"),
        ("it's dmarsh 47", "dmarsh 47"),
        ("ORLANDA.BEAUFORT.", "ORLANDA.BEAUFORT"),
    ],
)
def test_username_reply_is_redacted(analyzer, reply, login):
    out = _two(analyzer, "and the username on the account?", reply)
    start = reply.index(login)
    assert out[start : start + len(login)] == "#" * len(login), out


@pytest.mark.parametrize(
    "reply", ["it's somewhere", "it's probably 45", "yes it is", "it's on the card"]
)
def test_ordinary_words_after_a_username_question_are_kept(analyzer, reply):
    assert "#" not in _two(analyzer, "what's your username?", reply)
