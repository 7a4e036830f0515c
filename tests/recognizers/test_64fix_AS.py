"""Cycle 59 (round 64), group AS: a word passcode or a security answer read back by the
asker; a card's expiry said as month and year in two turns with "and the year?" between;
the answer after the question it answers is named. And what is no one's PII: a reply
that only says the action is done, a plan chosen from the ones just offered, a question
after "what should the password be", a router's default admin address."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans
from tests.recognizers.conftest import covered, said


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


def _hidden(masked: str, text: str, value: str) -> bool:
    start = text.index(value)
    return set(masked[start : start + len(value)]) == {"#"}


def _visible(masked: str, text: str, value: str) -> bool:
    start = text.index(value)
    return "#" not in masked[start : start + len(value)]


@pytest.mark.parametrize(
    ("question", "reply", "echo", "value"),
    [
        ("A: Passcode?", "C: silver otter", "A: I have silver otter?", "silver otter"),
        (
            "A: and your passcode",
            "C: um it should be birch meadow",
            "A: okay so that's birch meadow is that right",
            "birch meadow",
        ),
        (
            "A: security question, name of your first school",
            "C: lakeside",
            "A: let me read that back lakeside",
            "lakeside",
        ),
    ],
)
def test_free_answer_read_back_is_hidden(analyzer, question, reply, echo, value):
    masked = _masks(analyzer, question, reply, echo, "C: yes")
    assert _hidden(masked[2], echo[3:], value)


@pytest.mark.parametrize(("month", "year"), [("07.", "29."), ("11", "31")])
def test_expiry_month_then_year_after_prompt(analyzer, month, year):
    masked = _masks(
        analyzer, "A: Expiration?", f"C: {month}", "A: And the year?", f"C: {year}", "A: Code?"
    )
    assert _hidden(masked[1], month, month.rstrip("."))
    assert _hidden(masked[3], year, year.rstrip("."))


def test_month_count_after_year_prompt_is_not_expiry(analyzer):
    masked = _masks(analyzer, "A: How long have you had the account?", "C: 11", "A: Okay.")
    assert _visible(masked[1], "11", "11")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mothers maiden name right its kowalski", "kowalski"),
        ("first pet? that's rufus", "rufus"),
        ("okay let me read that back, tamarind", "tamarind"),
    ],
)
def test_answer_after_its_frame(text, value):
    spans = answer_spans("SECURITY_ANSWER", text)
    assert [text[s:e] for s, e in spans] == [value]


@pytest.mark.parametrize(
    "reply", ["okay doing it", "just reset it", "changing it now", "on it", "ok sending it"]
)
def test_doing_it_is_no_password(reply):
    assert answer_spans("PASSWORD", reply) == []


def test_plan_chosen_after_passcode_is_no_password(analyzer):
    lines = (
        "A: Thank you. Your passcode?",
        "C: Juniper Ridge.",
        "A: You're on Basic at $19.99. Deluxe adds cellular backup for $29.99.",
        "C: Okay, let's do Deluxe.",
    )
    masked = _masks(analyzer, *lines)
    assert _hidden(masked[1], lines[1][3:], "Juniper Ridge")
    assert _visible(masked[3], lines[3][3:], "Deluxe")


def test_new_password_set_still_hidden(analyzer):
    lines = (
        "A: I can reset your password now.",
        "C: great, let's make it walnut 6621",
    )
    masked = _masks(analyzer, *lines)
    assert _hidden(masked[1], lines[1][3:], "walnut 6621")


@pytest.mark.parametrize(
    "line",
    [
        "C: WHAT SHOULD THE NEW PASSWORD BE, CAN IT BE THE SAME",
        "C: what should the password be, could it be my old one",
    ],
)
def test_question_after_password_be_is_no_value(analyzer, line):
    masked = _masks(analyzer, "A: The link is sent.", line)
    assert "#" not in masked[1]


@pytest.mark.parametrize(
    "line",
    [
        "A: Open a browser and go to the admin page, it's usually 192.168.1.1. What WAN IP "
        "does it show?",
        "A: type ten dot zero dot zero dot one in your browser, that's the router's page",
    ],
)
def test_router_default_address_visible(analyzer, line):
    masked = _masks(analyzer, line, "C: okay")
    assert "#" not in masked[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: the router shows my laptop at 192.168.1.73", "192.168.1.73"),
        ("A: I see a login from 10.0.0.1 yesterday, was that you?", "10.0.0.1"),
    ],
)
def test_other_private_addresses_hidden(analyzer, line, value):
    masked = _masks(analyzer, "A: okay", line)
    assert _hidden(masked[1], line[3:], value)


def test_capitals_opening_an_id_read_in_pieces_stay_hidden(analyzer):
    """ "it's GMT..." then the digits: the capitals open the id (found before the name
    filters of cycle 59 too; the filter for capitals after "it's" was taken out)."""
    lines = (
        "A: Do you have the policy number?",
        "C: Um, it's KWT...",
        "C: Uh, double four one seven seven three.",
    )
    masks = _masks(analyzer, *lines)
    assert _hidden(masks[1], lines[1][3:], "KWT")
