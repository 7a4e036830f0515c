"""Fix cycle 62, group AS: a temporary password dictated to type or write down; a school
district's spoken email; a card expiry written with a stop, or run into its code; dates in
the asker's next turn that read nothing back; a keypad code's enter key, a loyalty
balance's expiry and a school's or fund's role mailboxes stay visible."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from tests.recognizers.conftest import covered, said


def _hidden(analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int) -> str:
    return covered(analyzer, said(*lines))[turn]


@pytest.mark.parametrize(
    ("line", "value", "visible"),
    [
        (
            "A: Alright, I reset the password. Type it exactly: river stone hashtag forty "
            "two. You'll pick a new one after.",
            "river stone hashtag forty two",
            "You'll pick",
        ),
        (
            "A: okay the temporary password type it exactly maple leaf dollar sign nine "
            "one two you'll change it when you sign in",
            "maple leaf dollar sign nine one two",
            "you'll change",
        ),
        (
            "A: I've set a temporary passcode. Write this down: quietHarbor38. It lasts a day.",
            "quietHarbor38",
            "It lasts",
        ),
    ],
)
def test_dictated_password_found_whole(
    analyzer: CallAnalyzer, line: str, value: str, visible: str
) -> None:
    text = _hidden(analyzer, (line, "C: Okay."), 0)
    assert "#" * len(value) in text
    assert visible in text


@pytest.mark.parametrize(
    "line",
    [
        "A: I'll reset the password. Type it exactly as you see it in the email.",
        "A: Your password was reset, write it down somewhere safe and sign in again.",
    ],
)
def test_dictation_without_a_value_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in _hidden(analyzer, (line, "C: Okay."), 0)


def test_school_district_spoken_email_found(analyzer: CallAnalyzer) -> None:
    lines = (
        "A: And the teacher's email?",
        "C: it's rmorales at eastridgems dot k twelve dot w a dot us",
    )
    text = _hidden(analyzer, lines, 1)
    assert "rmorales at eastridgems dot k twelve dot w a dot us" not in text
    assert "#" * len("rmorales at eastridgems dot k twelve dot w a dot us") in text


@pytest.mark.parametrize(
    ("reply", "value"),
    [("C: 07. 33.", "07. 33"), ("C: Sure, 11. 28.", "11. 28"), ("C: 04.2030", "04.2030")],
)
def test_expiry_written_with_a_stop_found(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    text = _hidden(analyzer, ("A: And the expiration date?", reply), 1)
    assert "#" * len(value) in text


def test_price_after_expiry_question_visible(analyzer: CallAnalyzer) -> None:
    lines = ("A: And the expiration date?", "C: hold on, the fee was $10.50 right?")
    assert "10.50" in _hidden(analyzer, lines, 1)


def test_expiry_run_into_code_split(analyzer: CallAnalyzer) -> None:
    lines = ("A: expiration and the security code", "C: october twenty twenty eight six one five")
    call = said(*lines)
    found = analyzer.analyze_call(call)[1]
    text = call.turns[1].text
    by_type = {(e.entity_type, text[e.start : e.end]) for e in found}
    assert ("CARD_EXPIRY", "october twenty twenty eight") in by_type
    assert ("CVV", "six one five") in by_type


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
    text = _hidden(analyzer, ("A: What's the gate code for the driveway?", reply), 1)
    assert "#" * len(value) in text
    assert visible in text


@pytest.mark.parametrize(
    "line",
    [
        "A: Rent is $1875.00, due on the first. Unit 412 is available May 9th. Can I get "
        "the bank routing number?",
        "A: rent is one thousand eight hundred dollars due on the third unit two hundred "
        "and four is available october twelfth for the autopay i'll need your routing "
        "number first",
        "A: RENT IS $1958, DUE ON THE FIFTH. UNIT 302 IS AVAILABLE JULY 2ND. CAN I GET THE "
        "BANK ROUTING NUMBER?",
    ],
)
def test_dates_after_birth_date_not_read_back_visible(analyzer: CallAnalyzer, line: str) -> None:
    lines = ("A: And your date of birth?", "C: Sure, it's February 3rd 1984", line)
    assert "#" not in _hidden(analyzer, lines, 2)


def test_birth_date_read_back_before_next_question_found(analyzer: CallAnalyzer) -> None:
    lines = (
        "A: And your date of birth?",
        "C: 5/19/1977",
        "A: okay may nineteenth nineteen seventy seven, and your routing number?",
    )
    assert "may nineteenth nineteen seventy seven" not in _hidden(analyzer, lines, 2)


@pytest.mark.parametrize(
    "line",
    [
        "A: You have 1,240 points expiring on August 31.",
        "A: Your reward miles expire 10/27 if unused.",
    ],
)
def test_loyalty_expiry_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in _hidden(analyzer, (line, "C: Okay."), 0)


def test_card_expiry_cue_still_found(analyzer: CallAnalyzer) -> None:
    text = _hidden(analyzer, ("A: Anything else?", "C: my card expires March 2031"), 1)
    assert "March 2031" not in text


@pytest.mark.parametrize(
    "line",
    [
        "A: You can email it to admissions@brightwaterprep.org.",
        "A: Please send it to registrar@oakmontcollege.edu.",
    ],
)
def test_school_role_mailbox_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in _hidden(analyzer, (line, "C: Okay."), 0)
