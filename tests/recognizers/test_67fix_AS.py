"""Fix cycle 61, group AS: a number read in groups goes on after the listener checks a
group by saying it back as a question ("552?" / "317."); counts and amounts said back
stay visible."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from tests.recognizers.conftest import covered, said


@pytest.mark.parametrize(
    ("lines", "turn", "value"),
    [
        (
            ("A: What's the policy number?", "C: okay, 731", "A: Sure.", "C: 552",
             "A: 552?", "C: 317.", "A: And your date of birth?"),
            5,
            "317",
        ),
        (
            ("A: Could I get your member number?", "C: It's four oh two", "A: Mm-hmm.",
             "C: Sixty six", "A: Six six?", "C: Eight one.", "A: Thanks."),
            5,
            "Eight one",
        ),
        (
            ("A: Read me the routing number, please.", "C: two one one", "A: Okay.",
             "C: Four four seven three", "A: Four four seven three?", "C: Two.",
             "A: And the account number?"),
            5,
            "Two",
        ),
        (
            ("A: What's the account number?", "C: 818", "A: 818?", "C: 420",
             "A: 420?", "C: 5.", "A: Thank you."),
            5,
            "5",
        ),
    ],
)  # fmt: skip
def test_group_after_an_echoed_group_found(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int, value: str
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert not any(ch.isdigit() for ch in text)
    assert "#" * len(value) in text


@pytest.mark.parametrize(
    ("lines", "turn"),
    [
        # a count said back, then another count
        (("A: How many people live in the home?", "C: 4", "A: 4?", "C: yes", "A: and kids?",
          "C: 2"), 5),
        # an amount after a check of a group: only a bare group goes on
        (("A: what's the account number?", "C: 4421 889", "A: ok", "C: 12", "A: 12?",
          "C: yes and I owe 45"), 5),
        # a time said back
        (("A: What time works for you?", "C: 3 30", "A: 3 30?", "C: 4."), 3),
        # the whole number said back with another question: its answer is no group
        (("A: And the account number?", "C: two oh 5 5 8 1 six three",
          "A: 2055 8163, is that eight digits?", "C: yes eight"), 3),
    ],
)  # fmt: skip
def test_counts_and_amounts_after_an_echo_visible(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert "#" not in text


@pytest.mark.parametrize(
    ("lines", "turn"),
    [
        # the caller going to ask someone else: no value yet
        (("A: please choose a new temporary password and tell me", "C: hang on i'll ask him"), 1),
        (("A: Choose a new password, please.", "C: One sec, let me ask my wife."), 1),
        (("A: what street did she grow up on", "C: let me check with her"), 1),
        (("A: Security question: what city was he born in?", "C: Hold on, I need to ask them."), 1),
        # the old value kept, not said
        (("A: What would you like the new password to be?", "C: can i make it the same as before"),
         1),
    ],
)  # fmt: skip
def test_relay_and_same_as_before_visible(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int
) -> None:
    assert "#" not in covered(analyzer, said(*lines))[turn]


@pytest.mark.parametrize(
    ("lines", "turn", "value", "visible"),
    [
        # a value passed on: only the value
        (("A: Security question: what city was he born in?", "C: let me check with him",
          "C: he's saying tucson"),
         2, "tucson", "he's saying"),
        (("A: what was her first car", "C: she's saying a pinto"), 1, "pinto", "she's saying"),
        # a value asked for as a favour: only the value
        (("A: Choose a new password and tell me when it's set, or I can set one.",
          "C: Could you set it to Harbor62$?"), 1, "Harbor62$", "Could you set it to"),
    ],
)  # fmt: skip
def test_value_after_relay_words_alone(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int, value: str, visible: str
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert value not in text
    assert visible in text
