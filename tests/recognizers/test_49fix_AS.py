"""Cycle 49, group AS: a keypad key said as the next step, a reply that names its
password, talk around a password value, "to" before a new PIN, a birth date asked again
of a named caller, date ranges and later years, and back-office mailboxes."""

from __future__ import annotations

import pytest

from recognizers.answers import set_value_span
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from recognizers.pin_recognizer import PinRecognizer
from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from tests.recognizers.conftest import assert_masked


def _found(recognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, [recognizer.ENTITY])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("your garage code is now 51734, then the pound key.", {"51734"}),
        ("the lockbox code is 8 0 2 6 then hash", {"8 0 2 6"}),
        ("the side door code is 318, then the star key", {"318"}),
        # the key said right after the code is still part of it
        ("there's a back gate, the code is 4 7 1 9 pound", {"4 7 1 9 pound"}),
        # negatives
        ("press 1, then the pound key", set()),
        ("the gate cost 4410 then", set()),
    ],
)
def test_key_said_as_the_next_step_is_no_part_of_the_code(text, expected) -> None:
    assert _found(PinRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        (
            "please don't tell me your password, i'm resetting it",
            "oh my password was tulip_88 anyway",
            ["tulip_88"],
            ["my password was"],
        ),
        (
            "Can I have your name and verbal passcode?",
            "Oriana, and the passcode is Marmalade42!.",
            ["Marmalade42!"],
            ["and the passcode is"],
        ),
        (
            "That doesn't match. Can you try again?",
            "Hmm, maybe it's the old one, pelican!.",
            ["pelican!"],
            ["maybe it's the old one"],
        ),
        (
            "what do you want the new password to be?",
            'Sure. Make it "thistledown."',
            ["thistledown"],
            ['Make it "'],
        ),
    ],
)
def test_password_reply_keeps_its_talk_visible(ner_analyzer, question, reply, hidden, kept) -> None:
    turns = [("agent", "and your verbal passcode?"), ("customer", "Quillon_7"), ("agent", question)]
    assert_masked(ner_analyzer, [*turns, ("customer", reply)], 3, hidden, kept)


@pytest.mark.parametrize(
    ("line", "hidden", "kept"),
    [
        ("your temp password is heron lake five one all lower case", ["heron lake"], ["all lower"]),
        ("Okay, my password was Falcon!, is that a problem?", ["Falcon!"], ["is that"]),
    ],
)
def test_password_value_ends_before_how_it_is_typed(analyzer, line, hidden, kept) -> None:
    assert_masked(analyzer, [("customer", line)], 0, hidden, kept)


def test_to_before_a_new_code_is_the_preposition(analyzer) -> None:
    turns = [
        ("agent", "the keypad code failed three times, do you want to change the master code"),
        ("customer", "yeah set it to eight two five one"),
    ]
    assert_masked(analyzer, turns, 1, ["eight two five one"], ["set it to"])


def test_birth_date_asked_again_of_a_named_caller(analyzer) -> None:
    turns = [
        ("agent", "Thanks, and can you confirm your date of birth, Tomas?"),
        ("customer", "3 9 1977"),
        ("agent", "Got it. And Lucia, yours?"),
        ("customer", "august 14th 81"),
    ]
    assert_masked(analyzer, turns, 3, ["august 14th 81"], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she worked there from June 2016 to October 2021, part time", set()),
        ("coverage ran between 2011 and March 4 2015", set()),
    ],
)
def test_date_ending_a_span_of_time_is_no_birth_date(text, expected) -> None:
    weak = {
        text[r.start : r.end]
        for r in DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
        if r.score >= 0.5
    }
    assert weak == expected


def test_year_of_something_else_after_the_birth_date(analyzer) -> None:
    turns = [
        ("agent", "Name and date of birth?"),
        ("customer", "Rowan Tiller, 5/23/1991. I moved away in 2016."),
    ]
    assert_masked(analyzer, turns, 1, ["5/23/1991"], ["2016"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send the invoice to ap at ridgelinefreight dot com", set()),
        ("email compliance at harborview logistics dot com", set()),
        # a person's initials at a webmail domain stay an address
        ("my email is ap at gmail dot com", {"ap at gmail dot com"}),
    ],
)
def test_back_office_mailbox_is_no_personal_address(text, expected) -> None:
    assert _found(SpokenEmailRecognizer(), text) == expected


def test_set_value_ends_before_trailing_talk() -> None:
    text = "oh okay i was going to make it garden gnome 9 anyway"
    start, end = set_value_span(text)
    assert text[start:end] == "garden gnome 9"
