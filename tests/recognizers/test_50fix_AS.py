"""Cycle 50, group AS: a password given in a statement is no question, retries after a
hold or a miss, a value offered for a new password ("can i use …"), a question read
off a screen by the caller, a birth date asked in parts, and a temporary password
spelled back with its symbols said as words."""

from __future__ import annotations

import pytest

from recognizers.answers import set_value_span
from recognizers.conversation import expected_types
from recognizers.questions import question_types
from tests.recognizers.conftest import assert_masked, call_of, redacted


def test_a_stated_password_asks_nothing() -> None:
    assert question_types("Dana Whitlock, and the password is silver lantern.") == ()
    assert question_types("ok and my passcode is harbor 61") == ()
    # still a question: a request, or what is said of it
    assert "PASSWORD" in question_types("and the password is what?")
    assert "PASSWORD" in question_types("can you confirm the password is on the account")


@pytest.mark.parametrize(
    ("middle", "retry", "hidden", "kept"),
    [
        ("That's not what we have on file.", "Try willow bench.", ["willow bench"], ["Try"]),
        (
            "okay one moment please",
            "so sure",
            [],
            ["so sure"],
        ),
    ],
)
def test_retry_after_a_miss(analyzer, middle, retry, hidden, kept) -> None:
    turns = [
        ("agent", "Can I have your name and verbal passcode?"),
        ("customer", "Dana Whitlock, and the password is silver lantern."),
        ("agent", middle),
        ("customer", retry),
    ]
    assert_masked(analyzer, turns, 3, hidden, kept)
    # the asker's own words stay readable
    assert_masked(analyzer, turns, 2, [], [middle.rstrip(".")])


def test_retry_after_a_hold_then_a_miss(analyzer) -> None:
    turns = [
        ("agent", "can i have your name and verbal passcode"),
        ("customer", "dana whitlock passcode is silver lantern"),
        ("agent", "i'm just going to put you on a brief hold"),
        ("customer", "sure"),
        ("agent", "hmm that doesn't match"),
        ("customer", "oh maybe it's orchid tea"),
    ]
    assert_masked(analyzer, turns, 5, ["orchid tea"], ["oh maybe it's"])


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("can i use marble at 3381", "marble at 3381"),
        ("could i just use my old one harbor lights 47", "harbor lights 47"),
        ("can i use copper fox 72 question mark okay?", "copper fox 72 question mark"),
    ],
)
def test_value_offered_for_a_new_password(line, value) -> None:
    span = set_value_span(line)
    assert span is not None and line[span[0] : span[1]] == value


@pytest.mark.parametrize(
    "line",
    ["can i use my card ending 4417", "can i use 2 cards", "can i use apple pay", "can i keep it"],
)
def test_other_things_used_are_no_password(line) -> None:
    assert set_value_span(line) is None


def test_offered_password_is_masked(analyzer) -> None:
    turns = [
        ("agent", "you can pick a new password now"),
        ("customer", "can i use tundra at six four one one"),
    ]
    assert_masked(analyzer, turns, 1, ["tundra at six four one one"], ["can i use"])


def test_question_read_off_a_screen_is_answered_by_the_reader() -> None:
    speakers = ["agent", "customer", "customer", "agent"]
    texts = [
        "then you can pick answer challenge questions",
        "okay it says what was the name of your first pet",
        "it's biscuit i think",
        "go ahead and type that",
    ]
    out = expected_types(speakers, texts)
    assert out[2] == ("SECURITY_ANSWER",)
    assert out[3] == ()


def test_rules_for_a_new_password_are_no_value(analyzer) -> None:
    turns = [
        ("customer", "okay it worked it wants a new password"),
        ("agent", "make it at least ten characters with a number and a symbol"),
    ]
    assert_masked(analyzer, turns, 1, [], ["at least ten characters"])


@pytest.mark.parametrize(
    ("first", "rest", "reply"),
    [
        ("Can I get your year of birth?", "Month and day as well please.", "March 9"),
        ("What year were you born?", "and the month and day too", "11/23"),
    ],
)
def test_birth_date_asked_in_parts(analyzer, first, rest, reply) -> None:
    turns = [("agent", first), ("customer", "1966"), ("agent", rest), ("customer", reply)]
    assert_masked(analyzer, turns, 1, ["1966"], [])
    assert_masked(analyzer, turns, 3, [reply], [])


def test_temporary_password_spelled_back(analyzer) -> None:
    turns = [
        (
            "agent",
            "I'm going to reset your password. The temporary one is going to be Qrst!Lake2290. "
            "You'll need to change it when you log in.",
        ),
        ("customer", "Let me write that down. Q-R-S-T, exclamation, Lake, 2290?"),
    ]
    assert_masked(
        analyzer, turns, 1, ["Q-R-S-T, exclamation, Lake, 2290"], ["Let me write that down"]
    )


def test_how_long_a_temporary_password_lasts_is_no_value(analyzer) -> None:
    line = "now the temporary password is good for twenty four hours once you log in"
    assert_masked(analyzer, [("agent", line)], 0, [], ["good for twenty four hours"])


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("is it kauri", ["kauri"], ["is it"]),
        ("oh it might be kauri twelve", ["kauri twelve"], ["it might be"]),
        ("TRY RED KESTREL.", ["RED KESTREL"], ["TRY"]),
    ],
)
def test_guess_lead_is_no_part_of_the_password(analyzer, reply, hidden, kept) -> None:
    turns = [("agent", "and what's the password on the account?"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)


def test_a_warning_not_to_say_the_password_asks_nothing() -> None:
    line = "you don't need to tell me your password sir and it can't be one of your last five"
    assert "PASSWORD" not in question_types(line)
    assert "PASSWORD" in question_types("can you tell me your password")


def test_value_passed_on_for_another(analyzer) -> None:
    turns = [
        ("agent", "okay and does he want his own password for the phone"),
        ("customer", "yes he said tongariro"),
    ]
    assert_masked(analyzer, turns, 1, ["tongariro"], ["he said"])


@pytest.mark.parametrize("reply", ["done", "all set.", "take your time.", "no rush"])
def test_an_acknowledgement_is_no_answer(analyzer, reply: str) -> None:
    # a hold or the password rules keep the question open; the caller's reply is no value
    call = call_of(
        ("agent", "what's your first pet's name?"),
        ("customer", "um... pickles"),
        ("agent", "i'm just going to put you on a brief hold."),
        ("customer", reply),
        ("agent", "now set a new password please don't say it out loud"),
        ("customer", "um is walnut ampersand four four one two"),
        ("agent", "it should be at least twelve characters"),
        ("customer", reply),
    )
    found = redacted(analyzer, call)
    assert found[3] == set() and found[7] == set()


def test_a_remark_about_the_screen_is_no_question_read_off_it(analyzer) -> None:
    # the agent's "the system shows …" does not make the caller the asker
    call = call_of(
        ("agent", "okay the system shows two wrong attempts so it locked did you maybe type "
         "the driver id where it asks for the pin"),
        ("customer", "oh maybe i did that's three one oh four four"),
        ("agent", "yeah that's probably it the pump asks for driver id first then pin"),
        ("customer", "yeah it asked odometer i put five ten three sixty"),
        ("agent", "okay try again driver id then odometer then pin and you're limited to "
         "one hundred twenty gallons per fill"),
    )  # fmt: skip
    assert redacted(analyzer, call)[4] == set()
