"""PinRecognizer (PIN): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.pin_recognizer import PinRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import (
    covered,
    found,
    found_in_call,
    said,
    value_hidden,
    value_readable,
)

CASES = [
    ("my pin is 4421", {"4421"}),
    ("set the new pin to 4 4 2 1", {"4 4 2 1"}),
    ("PIN FOUR FOUR TWO ONE", {"FOUR FOUR TWO ONE"}),
    ("passcode is double seven one two", {"double seven one two"}),
    # a code that opens a home
    ("she left an alarm code, 4 7 1 9, with the porter", {"4 7 1 9"}),
    ("the gate code is 3 0 6 1", {"3 0 6 1"}),
    ("KEYPAD CODE SIX SIX ONE FIVE", {"SIX SIX ONE FIVE"}),
    # near misses: no cue, too short
    ("the zip code is 9021", set()),
    ("the alarm goes off at 0630", set()),
    ("let's do 4421", set()),
    ("my pin is 12", set()),
    ("spin class at 4421", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pin_recognizer(text: str, expected: set[str]) -> None:
    assert found(PinRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("there's a side gate, the code is 3 8 0 6 pound", {"3 8 0 6 pound"}),
        ("the back door has a keypad and the code's 7 7 1 2 hash", {"7 7 1 2 hash"}),
        ("we have a lockbox by the porch, code 5039", {"5039"}),
        (
            # (a key named as the step after the code is no part of it)
            "the alarm panel is in the hall, its code is 2 6 4 8 then the star key",
            {"2 6 4 8"},
        ),
        # negatives: an amount, a time, no code named
        ("the gate cost 2018 pounds", set()),
        ("the door guy comes at 1130", set()),
    ],
)
def test_a_code_named_after_the_door_or_gate_it_opens(text, expected):
    assert found(PinRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and the side gate is star 618", {"star 618"}),
        ("the lobby buzzer, you press hash 4072", {"hash 4072"}),
        ("for the garage keypad it's pound 9 1 3 5", {"pound 9135"}),
        ("the hotel had a four star 330 dollar room near the lobby", set()),
        ("press star 1 to hear options for the door", set()),
        ("i rated it star 450 out of 500", set()),
    ],
)
def test_a_code_said_after_the_keypad_key_for_a_door(text, expected):
    assert found(PinRecognizer(), normalize(text).text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the key pressed before or after a home's code is part of it
        ("the side gate code is hash four four eight one", {"hash four four eight one"}),
        ("the intercom is 5 1 2 star", {"5 1 2 star"}),
        ("ok try hash 2 2 6 0 instead of star", {"hash 2 2 6 0"}),
        # a sum in pounds, a key without a code
        ("the gate repair was 300 pounds", set()),
        ("press star to go back, 2 for billing", set()),
    ],
)
def test_a_home_code_keeps_its_keypad_key(text, expected):
    assert found(PinRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the garage code is now 7 3 0 2 #, it resets at midnight", {"7 3 0 2 #"}),
        ("your door code is 55190*", {"55190*"}),
        ("the keypad at the lobby is 6 2 8 #", {"6 2 8 #"}),
        # a sign that is no key pressed
        ("the gate code is 4417 #2 on the list", {"4417"}),
        ("ticket #4471 for the gate", set()),
    ],
)
def test_a_home_code_keeps_its_key_written_as_a_sign(text, expected):
    assert found(PinRecognizer(), text) == expected


# --- a keypad key said as the next step ---------------------------------------------------


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
    ("reply", "value", "visible"),
    [
        # the key pressed after the code is no secret: it stays readable
        ("C: It's 7 3 1 9 hash.", "7 3 1 9", "hash"),
        ("C: 2 6 6 1 star", "2 6 6 1", "star"),
        ("C: 5820, then star to arm it", "5820", "then star"),
    ],
)
def test_keypad_code_hidden_enter_key_readable(
    analyzer: CallAnalyzer, reply: str, value: str, visible: str
) -> None:
    text = covered(analyzer, said("A: What's the gate code for the driveway?", reply))[1]
    assert "#" * len(value) in text
    assert visible in text


# A gate code then its "pound" key, and a weight in pounds.


@pytest.mark.parametrize(
    ("reply", "code", "key"),
    [("C: it's 5127 pound", "5127", "pound"), ("C: 60418 pound please", "60418", "pound")],
)
def test_gate_code_before_its_pound_key_hidden(analyzer, reply: str, code: str, key: str) -> None:
    """A code of four digits or more then "pound" is the code and its enter key, not a
    weight: the code hidden, the key readable."""
    call = said("A: What's the gate code?", reply)
    masked = covered(analyzer, call)[1]
    assert value_hidden(masked, call.turns[1].text, code)
    assert value_readable(masked, call.turns[1].text, key)


def test_weight_in_pounds_stays_visible(analyzer) -> None:
    call = said("A: How much does the dog weigh?", "C: about 120 pound")
    assert covered(analyzer, call)[1] == "about 120 pound"


# --- a PIN said in two groups ("5136-82"); a number after it stays readable ---------------


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("I've generated a transfer PIN: 5136-82. It's valid for a week.", "5136-82"),
        ("Your transfer PIN is 4470 19, write it down.", "4470 19"),
    ],
)
def test_grouped_pin(analyzer, text, pin):
    found = found_in_call(analyzer, [("agent", text)])
    assert any(e == "PIN" and t == pin for _, e, t in found)


def test_pin_then_amount_stays_visible(analyzer):
    found = found_in_call(analyzer, [("customer", "my pin is 6621 30 days ago it worked")])
    assert all("30" not in t for _, _, t in found)


# --- a code given to a visitor of a home ("the guest code is 4 8 1 9 pound") -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thank you, the guest code is 4 8 1 9 pound, it changes on the 1st", {"4 8 1 9 pound"}),
        ("your visitor code is 2231", {"2231"}),
        ("GUEST CODE 7 7 0 3 HASH", {"7 7 0 3 HASH"}),
        # negatives: no code named, or a guest count
        ("we had 2231 guests last year", set()),
        ("the guest list has 1200 names", set()),
    ],
)
def test_a_guest_or_visitor_code_is_a_pin(text, expected):
    assert found(PinRecognizer(), text) == expected


def test_a_guest_code_read_back_with_its_key_is_hidden(analyzer):
    call = said(
        "A: thank you Mr. Haddad, the guest code is 4 8 1 9 pound, it changes on the 1st",
        "C: 4819 pound, thanks",
    )
    masked = covered(analyzer, call)
    assert value_hidden(masked[0], call.turns[0].text, "4 8 1 9")
    assert value_hidden(masked[1], call.turns[1].text, "4819")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a keypad code between the key pressed first and the key pressed last
        ("OH SORRY, THE CODE IS STAR 2 5 8 0 POUND", {"STAR 2 5 8 0 POUND"}),
        ("STAR 2 5 8 0 POUND", {"STAR 2 5 8 0 POUND"}),
        ("it's star two five eight oh pound", {"star two five eight oh pound"}),
        ("hash 4 4 1 9 star", {"hash 4 4 1 9 star"}),
        # negatives: a menu key with one digit, money in pounds
        ("press star 2 then pound", set()),
        ("star 2580 pounds", set()),
    ],
)
def test_a_code_said_digit_by_digit_between_two_keys(text, expected):
    assert found(PinRecognizer(), text) == expected
