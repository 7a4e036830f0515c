"""Cycle 56 fixes (group AS): "the code's 614" after a card, a filler "like," and a value
confirmed back ("… is correct"), replies about doing it ("i'll reset it myself") that are
no password, a bare day taken back before a birth date, and "nine double for five …"."""

from __future__ import annotations

import pytest

from recognizers.cvv_recognizer import CvvRecognizer
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import covered, found, said

CVV = CvvRecognizer()
DOB = DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("4471, expires 11/28, and the code's 382", "382"),
        ("card ends 9021, code's 5514", "5514"),
        ("visa ending 6630 and the code\u2019s 207", "207"),
    ],
)
def test_code_contraction_after_a_card_is_the_cvv(text: str, code: str) -> None:
    assert code in found(CVV, text)


@pytest.mark.parametrize(
    "text",
    ["the zip code's 30412", "the promo code's 2250", "the area code's 415", "the code's broken"],
)
def test_other_codes_contraction_stay(text: str) -> None:
    assert found(CVV, text) == set()


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("Like, it should be Mrs. Okafor.", "Mrs. Okafor"),
        ("like it's Bramblewood", "Bramblewood"),
    ],
)
def test_like_before_a_security_answer_is_a_filler(analyzer, reply: str, value: str) -> None:
    call = said("A: Can you verify your account password or security answer?", f"C: {reply}")
    masked = covered(analyzer, call)[1]
    assert "#" * len(value) in masked
    assert masked.lower().startswith("like")


def test_value_confirmed_back_keeps_is_correct_visible(analyzer) -> None:
    call = said(
        "A: What was the name of your first pet?",
        "C: Maybe Tomasito",
        "A: Tomasito is correct.",
    )
    assert covered(analyzer, call)[2] == "######## is correct."


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Would you like a new password?", "No, I'll change it myself."),
        ("Would you like to reset your password?", "No thanks, I can do that later."),
        ("Want to change your Wi-Fi password too?", "Okay, that should do it."),
        ("Do you want to update your password?", "That'll do."),
    ],
)
def test_reply_about_doing_it_is_no_password(analyzer, question: str, reply: str) -> None:
    call = said(f"A: {question}", f"C: {reply}")
    assert "#" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    "reply",
    ["Let's make it Copperfield71", "It should be Juniper Lane", "Harbormaster"],
)
def test_a_new_password_still_redacted(analyzer, reply: str) -> None:
    call = said("A: What would you like the new password to be?", f"C: {reply}")
    assert "#" in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Um, it's the 22, no sorry, 9 March 1961.",
        "um it's the seven no sorry the third of may nineteen seventy",
    ],
)
def test_a_bare_day_taken_back_is_no_birth_date(text: str) -> None:
    assert not any(v.lower().startswith("the 22") or v == "the seven" for v in found(DOB, text))


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("the 4th no wait the 14th of june 1966", "the 4th"),
        ("the eleventh sorry the twelfth of may 1959", "the eleventh"),
        ("april 3rd sorry april 13th 1972", "april 3rd"),
    ],
)
def test_a_day_that_reads_as_a_date_taken_back_stays_redacted(text: str, taken_back: str) -> None:
    assert taken_back in found(DOB, text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the reference number is seven double for three one six", "7443 16"),
        ("it's two double ate nine five", "2889 5"),
    ],
)
def test_homophone_after_a_repeat_after_one_digit(text: str, digits: str) -> None:
    assert digits.replace(" ", "") in normalize(text).text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    ["room nine double for two nights", "pay one double for the upgrade", "one double for you"],
)
def test_double_for_outside_a_run_keeps_its_words(text: str) -> None:
    assert "for" in normalize(text).text


def test_a_decline_then_wrap_up_leaves_the_next_reply_visible(analyzer) -> None:
    call = said(
        "A: You're verified. I've unlocked it. Would you like a new password now?",
        "C: No, I'll reset it myself.",
        "A: All right. Anything else today?",
        "C: Nope, thanks.",
    )
    assert covered(analyzer, call)[3] == "Nope, thanks."


def test_a_password_given_before_the_wrap_up_is_still_redacted(analyzer) -> None:
    call = said(
        "A: What would you like the new password to be?",
        "C: um, it's Quarry58",
        "A: Got it. Anything else?",
        "C: No, thanks.",
    )
    turns = covered(analyzer, call)
    assert turns[1] == "um, it's ########" and turns[3] == "No, thanks."
