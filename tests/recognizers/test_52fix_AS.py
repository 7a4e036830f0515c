"""Cycle 52, group AS: a card's expiry asked with talk run on after it, or said in two
turns; a temporary password given after a reset ("your temporary one is …"); a "?" typed
at a password's end; and, left visible, a password rule read off a screen, an ordinal
that counts ("the first part of your postcode"), an age after "born" and a new number's
ordinal run into the digits before it."""

from __future__ import annotations

import pytest

from recognizers import answers, questions
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import covered, found, redacted_values, said


@pytest.mark.parametrize(
    ("ask", "reply", "hidden"),
    [
        (
            "A: expiration month and year i'll note that on the file",
            "C: may of twenty thirty",
            "may",
        ),
        ("A: expiry date and then we're nearly done", "C: uh october twenty eight", "october"),
        (
            "A: date of birth and then i'll pull up the account",
            "C: june ninth nineteen seventy",
            "june",
        ),
    ],
)
def test_request_with_talk_run_on_after_it(analyzer, ask, reply, hidden):
    masks = covered(analyzer, said(ask, reply))
    assert hidden not in masks[1], masks[1]


@pytest.mark.parametrize(
    "text",
    [
        "expiration date was last month so we sent you a new card",
        "expiry date 08 29 got it thank you very much",
        "date of birth doesn't match the one on file sorry",
    ],
)
def test_statement_naming_a_type_asks_nothing(text):
    assert questions.question_types(text) == ()


@pytest.mark.parametrize(
    ("first", "second", "month", "year"),
    [
        ("C: It's 09", "C: slash 31.", "09", "31"),
        ("C: uh, the month is 4", "C: and twenty thirty", "4", "twenty thirty"),
    ],
)
def test_expiry_said_in_two_turns(analyzer, first, second, month, year):
    values = redacted_values(analyzer, "A: Expiry date?", first, "A: Mm-hmm.", second)
    assert month in values[1], values
    assert year in values[3], values


def test_expiry_half_then_amount_stays(analyzer):
    masks = covered(analyzer, said("A: Expiry date?", "C: It's 11", "A: Okay.", "C: 40 dollars?"))
    assert "40 dollars" in masks[3], masks


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "i've reset your password your temporary one is capital river sixty two star you'll "
            "be asked to change it",
            "capital river sixty two star",
        ),
        (
            "I reset the password. Your new one is falcon 3318 hashtag. Change it when you log in.",
            "falcon 3318 hashtag",
        ),
        ("I reset your password, your temporary one is Otter-5521.", "Otter-5521"),
    ],
)
def test_temporary_password_after_reset(text, value):
    assert value in found(PasswordRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "I reset your password and your new one is on its way by email",
        "we reset your password, the new one is ready in 5 minutes",
        "the new password, the new one is 14 characters long right",
        "your card was replaced and the new one is arriving in 3 days",
    ],
)
def test_no_temporary_password_value(text):
    assert found(PasswordRecognizer(), text) == set()


def test_question_mark_typed_at_password_end(analyzer):
    values = redacted_values(analyzer, "A: Please set a new password.", "C: It's Quarry58?.")
    assert "Quarry58?" in values[1], values


def test_question_mark_after_password_is_a_question(analyzer):
    masks = covered(analyzer, said("A: Please set a new password.", "C: Can it be Quarry58?"))
    assert masks[1].endswith("?"), masks


@pytest.mark.parametrize(
    "rule",
    [
        "okay it says it needs a special character",
        "hmm it says it has to have a capital letter",
        "it wants at least twelve characters apparently",
    ],
)
def test_password_rule_read_off_screen_stays(analyzer, rule):
    masks = covered(analyzer, said("A: then it'll ask you for a new password", f"C: {rule}"))
    assert masks[1] == rule, masks


def test_password_reply_after_rule_still_redacted(analyzer):
    masks = covered(analyzer, said("A: and what's the new password", "C: lantern orchid"))
    assert "lantern" not in masks[1], masks


@pytest.mark.parametrize(
    "text", ["and the first part of your postcode", "the second time i called", "the 3rd floor"]
)
def test_counting_ordinal_is_no_birth_day(text):
    assert answers.answer_spans("DATE_OF_BIRTH", text) == []


def test_day_alone_still_a_birth_day():
    assert answers.answer_spans("DATE_OF_BIRTH", "the fifth") == [(0, 9)]


def test_postcode_asks_for_a_postcode():
    assert questions.question_type("and the first part of your postcode") == "ZIP"


def test_years_since_birth_are_no_birth_year():
    recognizer = DateOfBirthRecognizer()
    assert found(recognizer, "It's been open since she was born, so 23 years.") == set()
    assert found(recognizer, "she was born in 87 so it's old", threshold=0.5) == {"87"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("three three eighty one fifth of june", "3381 5th of june"),
        ("nineteen sixty two second of may", "1962 2nd of may"),
        ("the twenty third of march", "the 23rd of march"),
    ],
)
def test_ordinal_after_units_starts_a_new_number(text, want):
    assert normalize(text).text == want
