"""Cycle 65, B1: names in a family list with birth dates, names a booking is with,
"Mr. Will", and a surname that is a dog breed ("shepherd")."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked, covered, said

_ASK = "Sure, I need each name and date of birth."


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a name with its birth date straight after it
        ("i'm dorothy palmer april nine nineteen seventy one", ["dorothy palmer"], []),
        ("my husband is gareth palmer march two nineteen sixty eight", ["gareth palmer"], []),
        ("and my son oliver palmer birthday is may four two thousand ten", ["oliver palmer"], []),
        # a surname that is a dog breed
        ("i'm helen shepherd july six nineteen eighty", ["helen shepherd"], []),
        # negatives: a month after an everyday word
        ("i'm free june fourth two thousand twenty", [], ["i'm free"]),
        ("we moved march third twenty twenty", [], ["we moved"]),
    ],
)
def test_name_before_its_birth_date(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _ASK), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("hi i want to book a session with ivy and my sister wants one too", ["ivy"], []),
        ("I had a consult with Dolores last week for a cover up.", ["Dolores"], []),
        ("can i get an appointment with hunter on friday", ["hunter"], ["friday"]),
        ("I can do 4 PM on 6/2 with Mr. Will.", ["Will"], ["4 PM"]),
        ("i can do eleven on march fifth with mister will", ["will"], ["eleven"]),
        # negatives: a role, a team, the verb
        ("i want a session with the trainer next week", [], ["the trainer"]),
        ("i had a call with billing and they said no", [], ["billing"]),
        ("the doctor will call you back", [], ["will call"]),
    ],
)
def test_name_a_booking_is_with(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", "How can I help?"), ("B", reply)], 1, hidden, kept)


def test_breed_after_an_article_is_still_the_pet(analyzer):
    turns = [("A", "And the dog's details?"), ("B", "rocky, a shepherd, he's four")]
    assert_masked(analyzer, turns, 1, [], ["rocky"])


def test_filler_before_a_birth_date_is_no_name(analyzer):
    """ "Erm November 12, 1998": the filler is no name said before the date."""
    lines = said("A: And your date of birth?", "C: Erm October 3, 1991")
    masked = covered(analyzer, lines)[1]
    assert masked.startswith("Erm ")
