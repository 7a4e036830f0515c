"""Cycle 65, AS: a password guessed with a case note after it, the caller guessing after the
agent cannot see it, a second spoken guess, a quoted answer that matches, dates offered
for a booking, and a child's birth date after the child's name."""

from __future__ import annotations

import pytest

from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from tests.recognizers.conftest import assert_masked, call_of, covered

_PASSWORD = "What password did you use?"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # how it is typed, said as a second thought, is no part of the value
        ("I think Sunset2019, or maybe with a capital.", ["Sunset2019"], ["with a capital"]),
        ("i think mango four four or maybe all caps", ["mango four four"], ["all caps"]),
        ("pretty sure it was harbor nine but maybe capitalized", ["harbor nine"], ["capitalized"]),
        # a second guess read with its digits and keys
        (
            "i think it was redfox one one or maybe red fox eleven dollar sign",
            ["redfox one one", "red fox eleven dollar sign"],
            [],
        ),
    ],
)
def test_password_guess_with_case_note(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _PASSWORD), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("ask", "refusal", "guess", "hidden"),
    [
        (
            "can you just tell me my password",
            "sorry i can't see it it's encrypted",
            "okay i think it was seagull forty one",
            "seagull forty one",
        ),
        (
            "so what's the password",
            "we don't have access to passwords on our end",
            "hmm i think it was maplesyrup eight",
            "maplesyrup eight",
        ),
    ],
)
def test_caller_guesses_after_agent_cannot_see_password(analyzer, ask, refusal, guess, hidden):
    turns = [("B", ask), ("A", refusal), ("B", guess)]
    assert_masked(analyzer, turns, 1, [], ["encrypted" if "encrypted" in refusal else "access"])
    assert_masked(analyzer, turns, 2, [hidden], [])


def test_short_form_of_answer_and_quoted_match(analyzer):
    turns = [
        ("A", "Can you tell me the answer to your security question, your first school?"),
        ("B", "Oh, um, Linwood Academy. Or maybe I just put Linwood."),
        ("A", '"Linwood" matches. You are all set.'),
    ]
    assert_masked(analyzer, turns, 1, ["Linwood Academy"], ["Or maybe I just put"])
    assert covered(analyzer, call_of(*turns))[1].endswith("put #######.")
    assert_masked(analyzer, turns, 2, ["Linwood"], ["matches", "all set"])


@pytest.mark.parametrize(
    "line",
    [
        "I have openings on November 9th at 10:15 AM and 2 PM.",
        "i have openings on june twelfth at three fifteen in the afternoon",
        "The next available slot is on August 3 at 9 AM.",
        "That was with Desmond on February 11, and we used the black ink.",
        "One book is due back on September 22, the other on the 25th.",
    ],
)
def test_offered_or_due_dates_are_no_birth_date(analyzer, line):
    turns = [
        ("A", "Can I get your name and date of birth?"),
        ("B", "Rosa Lindqvist, 07/19/1983."),
        ("A", line),
    ]
    for date in ("November 9th", "june twelfth", "August 3", "February 11", "September 22"):
        if date in line:
            assert_masked(analyzer, turns, 2, [], [date])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("My son, Tobias Reed, April 4 2015.", "April 4 2015"),
        ("our daughter mia santos the 9th of june 2017", "the 9th of june 2017"),
        ("and my daughter Clara, 3/14/2012", "3/14/2012"),
    ],
)
def test_child_birth_date_after_the_childs_name(text, date):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    found = {text[r.start : r.end] for r in results}
    assert date in found


@pytest.mark.parametrize(
    "text",
    ["my son has surgery June 3 2026", "my daughter's appointment is May 3 2026"],
)
def test_child_event_date_is_no_birth_date(text):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert all(r.score < 0.5 for r in results)


def test_date_a_price_holds_for_children_is_no_birth_date(analyzer):
    """ "for kids through March 1": how long a price holds, not a child's birthday."""
    masks = covered(
        analyzer, call_of(("agent", "The junior pass is $299 for kids through April 15."))
    )
    assert "#" not in masks[0]
