"""Cycle 46 (A): a birth date asked in two parts, a password tried and refused, a wait."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered

A, C = "AGENT", "CUSTOMER"

# "what year were you born?" then "and the month and day?": both parts are the birth date.
SPLIT_DOB = [
    ("What year were you born?", "'58.", "And the month and day?", "February 17th.", "'58",
     "February 17th"),
    ("what year were you born", "sixty one", "and the month and day", "the sixth of april",
     "sixty one", "the sixth of april"),
    ("WHAT YEAR WERE YOU BORN?", "'93.", "AND THE DAY AND MONTH?", "APRIL 9.", "'93", "APRIL 9"),
]  # fmt: skip


@pytest.mark.parametrize("q1,a1,q2,a2,year,day", SPLIT_DOB)
def test_birth_date_asked_in_two_parts(analyzer, q1, a1, q2, a2, year, day):
    out = covered(analyzer, call_of((A, q1), (C, a1), (A, q2), (C, a2)))
    assert year not in out[1] and "#" * len(year) in out[1], out
    assert day not in out[3], out


def test_month_and_day_without_a_birth_question_stays(analyzer):
    out = covered(
        analyzer,
        call_of((A, "When did the charge post?"), (C, "Last week."), (A, "And the month and day?"),
                (C, "June 3rd.")),
    )  # fmt: skip
    assert "June 3rd" in out[3], out


# A password the caller says they tried: only the value is redacted.
TRIED = [
    ("What's the current password?", "I've been typing otter-maple6, but it keeps saying invalid.",
     "otter-maple6"),
    ("what password are you trying to use", "i keep entering heron dash cobalt nine and it fails",
     "heron dash cobalt nine"),
    ("WHAT'S THE CURRENT PASSWORD?", "I'VE BEEN TYPING BISON2017, BUT IT KEEPS SAYING INVALID.",
     "BISON2017"),
    ("What password are you using?", "I've been typing capital t ulip dash wren four, but no luck.",
     "capital t ulip dash wren four"),
]  # fmt: skip


@pytest.mark.parametrize("question,reply,value", TRIED)
def test_tried_password_value_only(analyzer, question, reply, value):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert "#" * len(value) in out[1], out
    assert "typing" in out[1].lower() or "entering" in out[1], out
    assert "invalid" in out[1].lower() or "fails" in out[1] or "luck" in out[1], out


@pytest.mark.parametrize(
    "reply", ["i've been trying to log in all day", "ok it wants ten characters i'm gonna use uh"]
)
def test_tried_talk_without_a_value_stays(analyzer, reply):
    out = covered(analyzer, call_of((A, "what's the password"), (C, reply)))
    assert "#" not in out[1], out


def test_one_moment_after_a_birth_date_read_back_stays(analyzer):
    out = covered(
        analyzer,
        call_of((A, "And date of birth?"), (C, "11/02/64."), (A, "November 2nd, 1964?"),
                (C, "Yes."), (A, "Okay, one moment."), (C, "Sure, 2 minutes is fine.")),
    )  # fmt: skip
    assert out[4] == "Okay, one moment.", out
    assert "#" not in out[5], out
