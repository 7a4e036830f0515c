"""Cycle 55 fixes (group AS): "Mm-hm, and?" keeps a chunk chain going, groups read
between ellipses, a value asked for by "do you have it?", a security phrase, a month
with a comma before its year, a KBA topic asked and answered by the caller, and no
answer taken from "one sec", "that's the one" or a licence's expiry."""

from __future__ import annotations

import pytest

from recognizers.answers import BACKCHANNEL, answer_spans, digit_runs
from recognizers.questions import question_types
from recognizers.security_answer_recognizer import SecurityAnswerRecognizer
from tests.recognizers.conftest import covered, found, said

SECURITY = SecurityAnswerRecognizer()


@pytest.mark.parametrize("text", ["Mm-hm, and?", "Mm-hm.", "mhmm", "m-hm", "Mmm-hmm, next?"])
def test_mm_hm_is_a_backchannel(text: str) -> None:
    assert BACKCHANNEL.match(text)


def test_short_last_group_after_mm_hm_joins_the_chain(analyzer) -> None:
    call = said(
        "A: Can I have your member number?",
        "C: uh, 7721",
        "A: Okay.",
        "C: then 9043",
        "A: Mm-hm, and?",
        "C: uh 58",
        "A: Who am I speaking with?",
    )
    assert covered(analyzer, call)[5] == "uh ##"


def test_routing_number_in_threes_after_mm_hm(analyzer) -> None:
    call = said(
        "A: What's the routing number?",
        "C: 061",
        "A: Got it.",
        "C: 884",
        "A: Mm-hm, and?",
        "C: 217",
        "A: Now the account number, please.",
    )
    assert covered(analyzer, call)[5] == "###"


def test_phone_read_between_ellipses(analyzer) -> None:
    call = said(
        "A: And what's a callback number?",
        "C: It's six one seven...",
        "A: Okay.",
        "C: ...two two eight...",
        "A: Mm-hmm.",
        "C: ...nine oh three one.",
        "A: Thanks.",
    )
    marked = covered(analyzer, call)
    assert "six one seven" not in marked[1]
    assert "two two eight" not in marked[3]
    assert "nine oh three one" not in marked[5]


def test_ellipsis_is_no_decimal_point() -> None:
    assert [d for _, _, d in digit_runs("...318...")] == ["318"]
    assert [d for _, _, d in digit_runs("it was .75 of it")] == []
    assert [d for _, _, d in digit_runs("a.5")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, the access PIN was on the letter we sent. Do you have it?", ("PIN",)),
        ("The reference number is on your statement. Do you have it handy?", ("ACCOUNT_ID",)),
        ("Your policy number is on the card. Did you find it?", ("ACCOUNT_ID",)),
    ],
)
def test_do_you_have_it_asks_for_the_value_named_before(text, expected) -> None:
    assert question_types(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The office closes at five. Do you have it?",
        "We mailed the brochure last week. Do you like it?",
    ],
)
def test_do_you_have_it_after_no_value_asks_nothing(text: str) -> None:
    assert question_types(text) == ()


def test_pin_read_a_digit_a_turn_after_do_you_have_it(analyzer) -> None:
    call = said(
        "A: Sure, the portal PIN was printed on the welcome letter. Do you have it?",
        "C: I think it's six",
        "A: Mm-hmm.",
        "C: two",
        "A: Okay.",
        "C: nine nine.",
        "A: That works.",
    )
    marked = covered(analyzer, call)
    assert "six" not in marked[1]
    assert marked[3] == "###"
    assert marked[5] == "#########."


@pytest.mark.parametrize(
    "question",
    ["And the security phrase on your profile?", "what's your secret phrase", "verbal phrase?"],
)
def test_security_phrase_asks_for_a_password(question: str) -> None:
    assert question_types(question) == ("PASSWORD",)


def test_security_phrase_answer_is_redacted(analyzer) -> None:
    call = said("A: Thanks. And the security phrase on the account?", "C: copper lantern at noon.")
    assert covered(analyzer, call)[1] == "#" * 22 + "."


@pytest.mark.parametrize("reply", ["March, 2031", "Nov, 28", "it's June, 2030."])
def test_month_comma_year_answers_an_expiry(reply: str) -> None:
    assert answer_spans("CARD_EXPIRY", reply)


@pytest.mark.parametrize("reply", ["Sorry, one sec.", "uh, 1 sec", "one minute please"])
def test_a_wait_is_no_security_answer(reply: str) -> None:
    assert answer_spans("SECURITY_ANSWER", reply) == []


@pytest.mark.parametrize("reply", ["yes thats the one", "yeah, that's it.", "that's right"])
def test_a_confirmation_is_no_security_answer(reply: str) -> None:
    assert answer_spans("SECURITY_ANSWER", reply) == []


@pytest.mark.parametrize(
    "text",
    [
        "okay i see a pickup at two from jefferson middle school is that it",
        "the bus stops at oak grove elementary school around noon",
    ],
)
def test_a_school_named_in_passing_asks_no_security_answer(text: str) -> None:
    assert "SECURITY_ANSWER" not in question_types(text)


@pytest.mark.parametrize(
    "text",
    ["what high school did you go to", "and the name of your elementary school?"],
)
def test_the_callers_school_is_a_security_question(text: str) -> None:
    assert question_types(text)[0] == "SECURITY_ANSWER"


def test_licence_expiry_is_no_card_expiry(analyzer) -> None:
    call = said(
        "A: Go ahead and read the new license number.",
        "C: It's K4410-22871-30915.",
        "A: And the new expiration date?",
        "C: October 2031.",
    )
    assert covered(analyzer, call)[3] == "October 2031."


def test_document_expiry_after_its_number_read_back_takes_no_year_as_the_number(analyzer) -> None:
    call = said(
        "A: I'll need your updated passport info too, since yours expires soon.",
        "C: Yes, I renewed it in the summer. The new number is KP7719304.",
        "A: KP7719304, and the expiration?",
        "C: March 2031.",
    )
    turns = covered(analyzer, call)
    assert "#########" in turns[1] and turns[2].startswith("#########")
    assert turns[3] == "March 2031."


def test_card_expiry_still_asked_after_a_card(analyzer) -> None:
    call = said(
        "A: What's your license number?",
        "C: D5521 8830",
        "A: And which card would you like to use?",
        "C: 4111 1111 1111 1111",
        "A: And the expiration date?",
        "C: October 2031.",
    )
    assert covered(analyzer, call)[5] == "############."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "wait, is it my first pet? because that was a hamster named pickles.",
            "hamster named pickles",
        ),
        ("is the question my first car? Oh, it was a Dodge Neon", "Dodge Neon"),
    ],
)
def test_kba_topic_asked_then_answered_by_the_caller(text: str, expected: str) -> None:
    assert expected in found(SECURITY, text)


@pytest.mark.parametrize(
    "text",
    [
        "is it my first car? it was a long time ago.",
        "is it my high school? it's pretty far from here.",
        "the question is my first pet? that's weird.",
    ],
)
def test_kba_topic_then_a_remark_stays(text: str) -> None:
    assert found(SECURITY, text) == set()
