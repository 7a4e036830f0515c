"""Cycle 47 (A): a day-first birth date, a court file's year, hedges, passport expiry."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered

A, C = "AGENT", "CUSTOMER"


@pytest.mark.parametrize(
    "reply,value",
    [
        ("My wife, Petra Lund, 27/04/1979, and my mother.", "27/04/1979"),
        ("Just my partner Sione Tapu, 14.09.1966.", "14.09.1966"),
    ],
)
def test_day_first_birth_date_of_a_household_member(analyzer, reply, value):
    out = covered(analyzer, call_of((A, "Who else lives at the property?"), (C, reply)))
    assert value not in out[1], out
    assert value[-4:] not in out[1], out


def test_day_first_recent_date_stays(analyzer):
    out = covered(analyzer, call_of((A, "When was the last payment?"), (C, "On 18/03/2025.")))
    assert "18/03" in out[1], out


@pytest.mark.parametrize(
    "question,reply,value",
    [
        ("And the Family Court file number?", "KLR 2208/2021.", "KLR 2208/2021"),
        ("What's the docket number?", "it's 5521/19 I believe", "5521/19"),
    ],
)
def test_court_file_number_with_its_year(analyzer, question, reply, value):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert value not in out[1] and "#" * len(value.split()[-1]) in out[1], out


@pytest.mark.parametrize(
    "question,reply,value,tail",
    [
        ("What was your first pet's name?", "captain fluffles, probably.", "captain fluffles",
         "probably"),
        ("What high school did you attend?", "LINCOLN HIGH, PROBABLY.", "LINCOLN HIGH",
         "PROBABLY"),
        ("What was your mother's maiden name?", "Okonkwo, I reckon.", "Okonkwo", "I reckon"),
    ],
)  # fmt: skip
def test_hedge_after_a_security_answer_stays(analyzer, question, reply, value, tail):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert value not in out[1] and tail in out[1], out


@pytest.mark.parametrize("reply", ["friday march twenty second", "April 17.", "august ninth"])
def test_passport_expiry_is_no_card_expiry(analyzer, reply):
    out = covered(analyzer, call_of((A, "and the expiry on the passport?"), (C, reply)))
    assert out[1] == reply, out


def test_card_expiry_still_redacted(analyzer):
    out = covered(analyzer, call_of((A, "and the expiry on the card?"), (C, "11/29")))
    assert "11/29" not in out[1], out


def test_birth_year_after_a_backchannel_question(analyzer):
    out = covered(
        analyzer,
        call_of((A, "for verification can i get your dob"), (C, "march ninth"),
                (A, "mm-hmm year?"), (C, "sixty three yeah"), (A, "and what's the amount"),
                (C, "forty five")),
    )  # fmt: skip
    assert "sixty three" not in out[3] and "yeah" in out[3], out
    assert "forty five" in out[5], out


def test_password_offered_as_a_question(analyzer):
    out = covered(
        analyzer,
        call_of((A, "what password would you like to set"), (C, "um yeah can it be marigold")),
    )
    assert "marigold" not in out[1] and "can it be" in out[1], out


def test_pet_name_after_what_it_was(analyzer):
    out = covered(
        analyzer,
        call_of((A, "what was your first pet"), (C, "oh boy it was a poodle her name was pepper")),
    )
    assert "pepper" not in out[1] and "a poodle" in out[1], out
