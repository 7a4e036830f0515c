"""Whole-analyzer checks of ids read in pieces: a letter or NATO-word prefix and groups
joined by a spoken dash, a shouted plate, codes with letters read out by the agent, a
piece corrected after a read-back, a number split by a hesitation, a cut-off "double".
Values are invented."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans
from tests.recognizers.conftest import call_of, covered

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
