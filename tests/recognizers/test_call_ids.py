"""Whole-analyzer checks of ids read in pieces: a letter or NATO-word prefix and groups
joined by a spoken dash, a shouted plate, codes with letters read out by the agent, a
piece corrected after a read-back, a number split by a hesitation, a cut-off "double".
Values are invented."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans
from tests.recognizers.conftest import call_of, covered, redacted

# (question, reply, the part that must be covered)
ID_REPLIES = [
    (
        "and the policy number",
        "sure sierra dash twelve forty dash six oh one nine",
        "sierra dash twelve forty dash six oh one nine",
    ),
    (
        "what's the member id",
        "it's k r dash four four one two dash sixty two eighteen",
        "k r dash four four one two dash sixty two eighteen",
    ),
    (
        "license number please",
        "yes delta 517 dash two oh four dash 86 dash three eleven",
        "delta 517 dash two oh four dash 86 dash three eleven",
    ),
    (
        "license number please",
        "um q 604 dash 219 73 dash 118 four",
        "q 604 dash 219 73 dash 118 four",
    ),
    ("and the order number", "n m forty one twelve dash 6630", "n m forty one twelve dash 6630"),
    ("AND THE PLATE NUMBER?", "YEAH, IT WAS KJR 4471.", "KJR 4471"),
    ("what's the claim number", "it's z 70331", "z 70331"),
    ("routing number please", "it's 114 uh 902 356", "114 uh 902 356"),
    (
        "can i have the iban",
        "d e forty four fifty one oh two three one double",
        "d e forty four fifty one oh two three one double",
    ),
]


@pytest.mark.parametrize(("question", "reply", "value"), ID_REPLIES)
def test_an_id_read_in_pieces_is_covered(analyzer, question, reply, value):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# A reply correcting a piece after a read-back (normalised text): the piece is the value.
CORRECTIONS = [
    ("US_SSN", "no no 76 at the end", "76"),
    ("ACCOUNT_ID", "nope, 409 at the start", "409"),
    ("PHONE_NUMBER", "actually 58 not 85", "58"),
]


@pytest.mark.parametrize(("entity", "reply", "value"), CORRECTIONS)
def test_a_corrected_piece_is_an_answer(entity, reply, value):
    start = reply.index(value)
    assert (start, start + len(value)) in answer_spans(entity, reply)


def test_a_short_number_after_no_is_no_correction():
    assert answer_spans("US_SSN", "no i have 2 of them") == []
    assert answer_spans("US_SSN", "no, it's 15 minutes away") == []


def test_a_correction_after_an_unsettled_read_back_is_covered(analyzer):
    call = call_of(
        ("AGENT", "what's your social"),
        ("CUSTOMER", "six one two nine nine four three zero five five"),
        ("AGENT", "let me read that back six one two nine nine four three zero five"),
        ("CUSTOMER", "no no zero five five at the end"),
    )
    got = covered(analyzer, call)[3]
    assert got == "no no " + "#" * len("zero five five") + " at the end"


# (agent statement, the code that must be covered)
AGENT_CODES = [
    (
        "your payment went through. confirmation number is charlie 41 k nine P.",
        "charlie 41 k nine P",
    ),
    ("All set, your confirmation number is 519 q t w", "519 q t w"),
    ("Booking reference is seven echo lima 30 z.", "seven echo lima 30 z"),
]


@pytest.mark.parametrize(("statement", "value"), AGENT_CODES)
def test_a_code_read_out_by_the_agent_is_covered(analyzer, statement, value):
    got = covered(analyzer, call_of(("CUSTOMER", "okay"), ("AGENT", statement)))[1]
    start = statement.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# Near misses: nothing here is an id.
NOT_IDS = [
    ("and the policy number", "it's on the card somewhere, give me a second", "card"),
    ("your confirmation number is on its way by email", None, "email"),
    ("the reservation is for 2 nights at 4 pm.", None, "2 nights"),
    ("what's the member id", "no no, I have 2 kids on the plan", "2 kids"),
    ("license number please", "i'm on flight 2210 dash today", "flight"),
]


@pytest.mark.parametrize(("first", "second", "visible"), NOT_IDS)
def test_near_misses_stay_visible(analyzer, first, second, visible):
    turns = [("AGENT", first)] + ([("CUSTOMER", second)] if second else [])
    got = covered(analyzer, call_of(*turns))
    text = second or first
    assert visible in got[-1], (text, got[-1])


def test_a_short_number_read_in_two_groups_after_its_question(analyzer):
    call = call_of(
        ("AGENT", "can i get your badge number"),
        ("CUSTOMER", "sure it's four one seven"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", "two two eight"),
    )
    text = covered(analyzer, call)
    assert "four" not in text[1] and "two" not in text[3]


def test_two_house_numbers_are_not_one_number(analyzer):
    call = call_of(
        ("AGENT", "and what was your old address"),
        ("CUSTOMER", "three forty one elm street"),
        ("AGENT", "and the new one"),
        ("CUSTOMER", "eight eighty eight birch lane"),
    )
    assert redacted(analyzer, call)[2] == set()


def test_a_corrected_number_leaves_the_correction_readable(analyzer):
    call = call_of(
        ("AGENT", "what's the account number"),
        ("CUSTOMER", "it's seven two two one no wait seven two two four"),
    )
    text = covered(analyzer, call)[1]
    assert "no wait" in text and "seven" not in text


def test_an_id_answering_an_id_question_is_still_redacted(analyzer):
    call = call_of(("AGENT", "what's the booking reference"), ("CUSTOMER", "it's Q7MX2R"))
    assert "Q7MX2R" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (("and the phone number", "five oh three for one to won oh nine nine"), "for one to won"),
        (("and the account number", "ate two won seventy seven forty four"), "ate two won"),
        (("what's the zip", "it's nine for to one for"), "nine for to one for"),
    ],
)
def test_homophones_in_an_answer_for_a_number_are_digits(analyzer, turns, hidden):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert hidden not in text and not any(w in text for w in hidden.split())


@pytest.mark.parametrize(
    ("turn", "code"),
    [
        ("Done, your confirmation code is QWRTPX. Anything else?", "QWRTPX"),
        ("okay your claim number is c l m dash forty four twelve nine eight one", "c l m dash"),
    ],
)
def test_codes_read_back_after_their_cue(analyzer, turn, code):
    assert code not in covered(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "ok")))[0]


def test_an_english_word_in_capitals_is_no_code(analyzer):
    call = call_of(
        ("AGENT", "Your confirmation number is in the EMAIL we sent."), ("CUSTOMER", "ok")
    )
    assert redacted(analyzer, call)[0] == set()


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (("how much was the charge", "7,140"), "7,140"),
        (("ok", "we sold 4,500 units"), "4,500"),
        (("what's the confirmation code", "thanks"), "thanks"),
        (("thanks for calling ridgeway health marta speaking", "hi"), "ridgeway health"),
    ],
)
def test_numbers_and_words_that_are_not_values_stay(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(visible in t for t in text)


def test_a_code_asked_after_a_fee_is_not_an_amount(analyzer):
    call = call_of(
        ("AGENT", "There's a $35 fee. I just texted you a code, can you read it to me?"),
        ("CUSTOMER", "It's 204817."),
    )
    assert "204817" not in covered(analyzer, call)[1]


def test_a_nato_word_before_an_answered_id_is_part_of_it(analyzer):
    call = call_of(
        ("AGENT", "what's your confirmation number"), ("CUSTOMER", "yes it's romeo 4471 0093")
    )
    assert "romeo" not in covered(analyzer, call)[1]


# Round 20: ids read with a dash before pairs or a homophone before a letter said with its
# example (question, reply, the part to cover).
ROUND20_IDS = [
    (
        "and the license number",
        "m four one seven two two oh nine dash eighty three fifteen",
        "m four one seven two two oh nine dash eighty three fifteen",
    ),
    (
        "the reference please",
        "it's nine k as in kilo four t as in tom ate s as in sam",
        "nine k as in kilo four t as in tom ate s as in sam",
    ),
]


@pytest.mark.parametrize(("question", "reply", "value"), ROUND20_IDS)
def test_ids_read_with_a_dash_or_a_homophone(analyzer, question, reply, value):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# Statements of the agent: written digits with an "oh", a phone number whose last digit is
# "too", and a price said "a hundred sixty two forty" (the statement, the part to cover).
ROUND20_STATEMENTS = [
    ("ok your new pin is 4 7 2 oh 6 and you're all set", "4 7 2 oh 6"),
    (
        "ok so that's six one two four four one eight zero seven too",
        "six one two four four one eight zero seven too",
    ),
    ("sure we can do eight payments of a hundred sixty two forty", ""),
]


@pytest.mark.parametrize(("statement", "value"), ROUND20_STATEMENTS)
def test_agent_statements_of_ids_phones_and_prices(analyzer, statement, value):
    got = covered(analyzer, call_of(("CUSTOMER", "okay"), ("AGENT", statement)))[1]
    start = statement.index(value) if value else len(statement)
    expected = statement[:start] + "#" * len(value) + statement[start + len(value) :]
    assert got == expected
