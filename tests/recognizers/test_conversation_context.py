"""Whole-analyzer behaviour: answers read in pieces, short answers and values checked back."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered, redacted

# A value of known length read a small piece per turn, backchannel in between.
PIECES = [
    ("what's the zip code there?", "uh, 604,", "mm-hmm", "29..."),
    ("and the postal zip on file", "um six one two", "okay and", "forty four"),
    ("I need the last four digits of your social.", "Yes, 82,", "Go ahead.", "17"),
    ("can you verify the last four of your social", "yeah zero three", "okay", "fifty one"),
    ("and your date of birth please", "nine twenty", "mhm", "eighty eight"),
    ("what's your date of birth", "it's 11 04", "got it", "93"),
]


@pytest.mark.parametrize("turns", PIECES)
def test_pieces_that_add_up_to_the_asked_value_are_redacted(analyzer, turns):
    call = call_of(*zip(("AGENT", "CUSTOMER", "AGENT", "CUSTOMER"), turns, strict=True))
    out = covered(analyzer, call)
    assert "#" in out[1] and "#" in out[3], out


# Not the asked value: too few digits for it, or a count/duration after it.
NOT_PIECES = [
    ("what's the zip code there?", "um, 60", "okay", "2"),
    ("and the zip?", "hold on 3", "sure", "10 minutes and I'll find it"),
    ("I need the last four of your social", "2", "okay", "kids, sorry"),
]


@pytest.mark.parametrize("turns", NOT_PIECES)
def test_pieces_short_of_the_asked_value_are_kept(analyzer, turns):
    call = call_of(*zip(("AGENT", "CUSTOMER", "AGENT", "CUSTOMER"), turns, strict=True))
    out = covered(analyzer, call)
    assert "#" not in out[3], out


@pytest.mark.parametrize(
    "piece",
    [
        "440 hold on my dog is barking 819",
        "72 sorry hang on 5509",
    ],
)
def test_a_piece_with_an_aside_inside_it_joins_the_number(analyzer, piece):
    call = call_of(
        ("AGENT", "and what's the member number"),
        ("CUSTOMER", "three nine two"),
        ("AGENT", "yep"),
        ("CUSTOMER", piece),
    )
    out = covered(analyzer, call)
    assert "#" in out[1] and not any(c.isdigit() for c in out[3]), out
    assert "dog" in out[3] or "sorry" in out[3]


@pytest.mark.parametrize(
    ("request_", "reply", "code"),
    [
        ("expiration and code", "eleven twenty nine and four one six", "four one six"),
        ("expiry date and the code please", "0531 and 2207", "2207"),
    ],
)
def test_the_code_after_the_expiry_in_one_reply_is_the_cvv(analyzer, request_, reply, code):
    call = call_of(
        ("AGENT", "what's the long number on the card"),
        ("CUSTOMER", "4532 7781 0093 1146"),
        ("AGENT", request_),
        ("CUSTOMER", reply),
    )
    found = redacted(analyzer, call)[3]
    assert ("CVV", code) in found, found


@pytest.mark.parametrize(
    ("value", "echo", "shown"),
    [
        ("tangerine", "tangerine. Lovely, that's saved", "Lovely, that's saved"),
        ("hollyhock", "hollyhock! Great, done.", "Great, done."),
        ("saffron", "saffron. perfect, thanks", "perfect, thanks"),
    ],
)
def test_the_asker_saying_a_new_password_back_then_saving_it(analyzer, value, echo, shown):
    call = call_of(
        ("AGENT", "I'll add a verbal password to the account, what would you like it to be?"),
        ("CUSTOMER", value),
        ("AGENT", echo),
        ("CUSTOMER", "thanks"),
    )
    out = covered(analyzer, call)
    assert value not in out[2] and out[2].endswith(shown), out


def test_an_acknowledgement_alone_is_no_password(analyzer):
    call = call_of(
        ("AGENT", "what password would you like?"),
        ("CUSTOMER", "juniper"),
        ("AGENT", "Perfect. That's saved."),
    )
    assert "#" not in covered(analyzer, call)[2]


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        (
            "can i get your claim number",
            "yeah seven hundred twelve",
            "four thousand two hundred six",
        ),
        (
            "what's the reference number",
            "it's two six one",
            "four four oh nine one two eight three",
        ),
        ("and your policy number?", "318", "7702 4419 56"),
    ],
)
def test_a_short_first_piece_of_a_record_number_joins_the_rest(analyzer, question, first, rest):
    call = call_of(
        ("AGENT", question),
        ("CUSTOMER", first),
        ("AGENT", "got it"),
        ("CUSTOMER", rest),
    )
    out = covered(analyzer, call)
    assert "#" in out[1] and "#" in out[3], out


def test_a_short_reply_alone_to_a_record_number_question_is_kept(analyzer):
    call = call_of(
        ("AGENT", "what's the order number"),
        ("CUSTOMER", "that's 214"),
        ("AGENT", "and how many units did you order?"),
        ("CUSTOMER", "3"),
    )
    assert "#" not in covered(analyzer, call)[1]
