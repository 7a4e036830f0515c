"""Cycle 65, C2: a company's menu line the caller rang, a form or a short code named by the
agent, a flight offered, a plate read back later in its sentence, letters said apart."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


@pytest.mark.parametrize(
    "reply",
    [
        "Hi. I tried the 1-855-402-7100 line earlier and pressed 2 but it hung up on me.",
        "hi i called the eight five five four oh two seven one double oh number and pressed "
        "four but nobody answered",
        "HI, I TRIED THE EIGHT FOUR FOUR TRIPLE SIX TWO ONE ONE ZERO LINE AND HIT THREE.",
        "I rang the 833 610 2288 support line this morning, chose option 1 and waited.",
    ],
)
def test_menu_line_the_caller_rang_stays_visible(analyzer, reply):
    turns = [("A", "Thanks for calling, how can I help?"), ("B", reply)]
    digits = [w for w in reply.replace("-", " ").split() if w.isdigit() and len(w) >= 3]
    assert_masked(analyzer, turns, 1, [], digits)


@pytest.mark.parametrize(
    ("reply", "hidden"),
    [
        # a caller's own number is still theirs, pressed or not
        ("My cell is 412-555-0193 and I pressed the button twice.", ["412-555-0193"]),
        ("You can reach me on 919 555 0147, I'll press the buzzer.", ["919 555 0147"]),
    ],
)
def test_callers_number_near_press_is_still_hidden(analyzer, reply, hidden):
    turns = [("A", "What's the best number for you?"), ("B", reply)]
    assert_masked(analyzer, turns, 1, hidden, [])


@pytest.mark.parametrize(
    ("turn", "kept"),
    [
        ("I'll send the SSA-827 and the release to you today.", ["SSA-827"]),
        ("Please fill out the DS-5504 and mail it in.", ["DS-5504"]),
        ("You can forward it to 8844, that's a short code.", ["8844"]),
        ("Just text STOP to 30512 and they'll quit.", ["30512"]),
        ("Forward the message to 4357, that's HELP on the keypad.", ["4357"]),
        ("I can put you on UA 1742 tomorrow at 6:40 a.m, two seats.", ["UA 1742"]),
        ("I can rebook you on DL 2208 tonight at 9 p.m.", ["DL 2208"]),
        ("The after-hours desk line is 555-0162, extension 4.", ["555-0162"]),
    ],
)
def test_agents_forms_codes_and_flights_stay_visible(analyzer, turn, kept):
    turns = [("B", "Okay, what do I do next?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, [], kept)


@pytest.mark.parametrize(
    ("turn", "hidden", "kept"),
    [
        (
            "I SEE IT. THE PLATE ON FILE IS MISSING A LETTER, KVR 4417. I'LL FIX IT NOW.",
            ["KVR 4417"],
            ["I'LL FIX IT"],
        ),
        ("Got it, the plate on the account reads a bit off, 7MJT 302.", ["7MJT 302"], []),
        ("Right, your plate on file was wrong, hx 5529.", ["hx 5529"], []),
        # not a plate: a year, a count, a time
        ("The plate sticker expires in 2027.", [], ["2027"]),
        ("The plate was renewed 3 days ago, on the 14th.", [], ["3 days", "14th"]),
    ],
)
def test_plate_read_back_later_in_its_sentence(analyzer, turn, hidden, kept):
    turns = [("B", "Did you find my car?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, hidden, kept)


@pytest.mark.parametrize(
    ("turn", "hidden", "kept"),
    [
        (
            "Your son's will be D F 417 two eight 6 three one five, and yours ends in nine.",
            ["D F 417 two eight 6 three one five"],
            ["ends in nine"],
        ),
        ("The wait will be 45 minutes or so.", [], ["45 minutes"]),
    ],
)
def test_member_number_letters_said_apart(analyzer, turn, hidden, kept):
    turns = [("B", "And what are the new member numbers?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, hidden, kept)
