"""Cycle 71 (round 81) fixes, group AS: an id dictated in pieces around side talk; the
recap ("I've got 417 so far") and the resume ("after the 417 it's …") name its pieces."""

from __future__ import annotations

import pytest

from recognizers.answers import piece_spans, recaps_piece
from tests.recognizers.conftest import redacted_values


def _turn(analyzer, lines, turn):
    return " ".join(redacted_values(analyzer, *lines)[turn])


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("no worries, I've got 417 so far, go on", "417"),
        ("you were at 836...", "836"),
        ("You had 052.", "052"),
        ("so far i have k seven two so far", "k seven two"),
        ("alright, after the 317 it's 884210", "317"),
        ("okay so after four one nine comes two two", "four one nine"),
        ("okay, and then 58", "58"),
    ],
)
def test_recap_names_piece(text, piece):
    assert recaps_piece(text)
    assert piece in [text[s:e] for s, e in piece_spans("ACCOUNT_ID", text)]


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 kids",
        "after the 3rd it's fine",
        "so far I've paid 40 dollars",
        "I have 3 dogs, sorry",
        "you had a great day",
        # one number is no piece (review of cycle 71: "your old passport number, if you had
        # one?" normalised to "… if you had 1?")
        "And your old passport number, if you had 1?",
        "Sorry, I've got 2.",
    ],
)
def test_everyday_talk_is_no_piece(text):
    assert not recaps_piece(text)
    assert piece_spans("ACCOUNT_ID", text) == [] or not any(
        c.isdigit() for c in text[slice(*piece_spans("ACCOUNT_ID", text)[0])]
    )


def test_piece_only_for_ids():
    assert piece_spans("CVV", "I have 318") == []


def test_interrupted_phone_pieces(analyzer):
    lines = [
        "A: What's the phone number on the account?",
        "C: my cell is 512 — sorry, hold on — the dog is barking — sorry",
        "A: take your time. I've got 512 so far, what's next?",
        "C: okay, and then 448-9031",
    ]
    assert "512" in _turn(analyzer, lines, 1)
    assert "512" in _turn(analyzer, lines, 2)
    assert "448-9031" in _turn(analyzer, lines, 3)


def test_resumed_routing_pieces(analyzer):
    lines = [
        "A: Read me the routing number along the bottom of the check.",
        "C: okay so 071... hang on, the kettle — okay, where was I",
        "A: You had 071.",
        "C: right, after the 071 it's 902214.",
    ]
    assert "071" in _turn(analyzer, lines, 2)
    assert "071" in _turn(analyzer, lines, 3)


def test_recap_without_id_question_stays(analyzer):
    lines = [
        "A: How many people are in the party?",
        "C: we have 6 so far",
        "A: okay, I've got 6 so far, anything else?",
    ]
    assert _turn(analyzer, lines, 2) == ""


@pytest.mark.parametrize(
    "text", ["it's 730... uh", "um 482... uh", "it's five one eight", "yeah um two zero six uh"]
)
def test_cut_off_reply_is_piece(text):
    assert piece_spans("ACCOUNT_ID", text)


@pytest.mark.parametrize("text", ["oh hold on", "uh one", "it's 3 dollars", "yeah"])
def test_no_piece_in_filler(text):
    assert piece_spans("ACCOUNT_ID", text) == []


def test_first_piece_before_side_talk(analyzer):
    lines = [
        "A: Can I get the account number?",
        "C: sure seven one four sorry Priya I'll be right there okay",
    ]
    assert "seven one four" in _turn(analyzer, lines, 1)


# --- the code named by where it is printed ------------------------------------------


def test_back_is_code(analyzer):
    lines = [
        "A: Card details?",
        "C: Mastercard 5521 0911 2233 4478, expires 11/29, the back is 407.",
    ]
    assert "407" in _turn(analyzer, lines, 1)


def test_back_not_code(analyzer):
    lines = ["A: Card details?", "C: it expires 04/28, I'll be back in 200 days"]
    assert "200" not in _turn(analyzer, lines, 1)


# --- a role mailbox the caller has mail sent to is theirs ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "C: the statements should go to ar@quillbrookfarms.com from now on",
        "C: please change the contact email to info@orrvaleyoga.com",
        "A: You'll get a receipt at accounts@bexleymotors.com.",
    ],
)
def test_callers_role_mailbox(analyzer, line):
    assert "@" in _turn(analyzer, ["A: How can I help?", line], 1)


@pytest.mark.parametrize(
    "line",
    [
        "A: You can send the forms to claims@acmeinsure.com.",
        "A: Can you email photos to claims@acmeinsure.com?",
    ],
)
def test_company_mailbox_stays(analyzer, line):
    lines = ["C: where do I send it?", line]
    assert _turn(analyzer, lines, 1) == ""


# --- a password's last letter after a symbol ----------------------------------------


def test_letter_after_symbol(analyzer):
    lines = ["A: i'll set a temporary password cedar 47 dollar sign m", "C: okay"]
    assert "cedar 47 dollar sign m" in _turn(analyzer, lines, 0)


def test_symbol_then_talk(analyzer):
    lines = ["A: the password is harbor 58 dollar sign. I have a question"]
    assert "question" not in _turn(analyzer, lines, 0)
