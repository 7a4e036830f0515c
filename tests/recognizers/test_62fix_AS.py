"""Cycle 58 (rounds 62-63), group AS: a number read in groups inside one turn, with
pauses and corrections; an id announced by where it is written; a security answer taken
back and replaced; a password said after the login refused it; "3/17 of 88"; "under
score" in a spoken email; a report's number asked for. And what is no one's PII: a
charge's date after its amount, "hold on one second", a licence read in parts as an
address."""

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
    ("question", "reply", "values"),
    [
        ("A: And the account number, please?", "C: 418... wait, no, hold on.", ["418"]),
        (
            "A: Do you have the order number?",
            "C: Okay so 772 -- hang on, let me grab my reading glasses.",
            ["772"],
        ),
        ("A: What's the routing number?", "C: UM IT'S 264... 118, 907", ["264", "118", "907"]),
        (
            "A: What's the member number?",
            "C: 71 uh, no, sorry, that's wrong, 713 ... um 402... 588",
            ["71", "713", "402", "588"],
        ),
        ("A: And your policy number?", "C: 639... 145 ... um 802", ["639", "145", "802"]),
        ("A: the account number please", "C: 327. Oh wait, sorry, 372", ["327", "372"]),
    ],
)
def test_groups_read_in_one_turn(analyzer, question, reply, values):
    masked = _masks(analyzer, question, reply)[1]
    for value in values:
        assert _hidden(masked, reply[3:], value), (value, masked)


@pytest.mark.parametrize(
    ("question", "reply", "kept"),
    [
        ("A: And the account number, please?", "C: it's like 20, 30 bucks a month", "20"),
        ("A: What's the member number?", "C: about 15... maybe 20 minutes ago", "15"),
        ("A: And the account number, please?", "C: I have 2 or 3 of them", "2"),
    ],
)
def test_amounts_and_counts_are_no_groups(analyzer, question, reply, kept):
    masked = _masks(analyzer, question, reply)[1]
    assert _visible(masked, reply[3:], kept), masked


def test_id_announced_by_where_it_is(analyzer):
    lines = (
        "A: Do you have dental coverage?",
        "C: Delta. The member ID is on the card...",
        "C: 613... 208 ... um 954",
    )
    masked = _masks(analyzer, *lines)[2]
    for value in ("613", "208", "954"):
        assert _hidden(masked, lines[2][3:], value), masked


def test_report_number_pieces(analyzer):
    lines = (
        "A: Can you read me the incident report number?",
        "C: Yeah, it's like, PD",
        "A: Okay.",
        "C: 36",
        "A: Mm-hmm.",
        "C: 208",
    )
    masks = _masks(analyzer, *lines)
    assert _hidden(masks[3], "36", "36")
    assert _hidden(masks[5], "208", "208")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "oh gosh uh a honda civic no wait a toyota corolla",
            ["a honda civic", "a toyota corolla"],
        ),
        ("um a chevy malibu no sorry a buick regal", ["a chevy malibu", "a buick regal"]),
        ("hmm biscuit no wait i mean it was captain whiskers", ["biscuit", "captain whiskers"]),
    ],
)
def test_security_answer_taken_back(text, values):
    found = [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)]
    for value in values:
        assert value in found, found


def test_retraction_with_talk_gives_no_second_value():
    text = "um lincoln elementary no wait that was my sister"
    found = [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)]
    assert found == ["lincoln elementary"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (
            "C: it says my password's wrong but i know it's right it's "
            "seagull nineteen eighty two with a capital s",
            "seagull nineteen eighty two",
        ),
        ("C: my password keeps coming up wrong, it's tulip 88", "tulip 88"),
        ("C: my passcode isn't working, i typed harbor 58", "harbor 58"),
    ],
)
def test_password_after_refusal(analyzer, line, value):
    masked = _masks(analyzer, line)[0]
    assert _hidden(masked, line[3:], value), masked
    if "capital" in line:
        assert _visible(masked, line[3:], "with a capital"), masked


@pytest.mark.parametrize(
    "line",
    [
        "C: my password is wrong, it's over 5 tries now",
        "C: my password isn't working, it's been 3 days",
    ],
)
def test_refusal_talk_is_no_password(analyzer, line):
    masked = _masks(analyzer, line)[0]
    assert _visible(masked, line[3:], "5 tries" if "tries" in line else "3 days"), masked


@pytest.mark.parametrize("reply", ["C: 5/23 of 79", "C: 11/2 of '64 i think", "C: 7/4 of 1990"])
def test_month_day_of_year(analyzer, reply):
    masked = _masks(analyzer, "A: and your date of birth", reply)[1]
    value = reply[3:].replace(" i think", "")
    assert _hidden(masked, reply[3:], value), masked


def test_fraction_of_amount_is_no_birth_date(analyzer):
    lines = ("A: what's the amount", "C: 3/4 of 100 dollars")
    assert "#" not in _masks(analyzer, *lines)[1]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: it's maria under score lopez at yahoo dot com", "maria under score lopez"),
        ("C: sam under score ortiz at outlook dot com thanks", "sam under score ortiz"),
    ],
)
def test_under_score_in_email(analyzer, line, value):
    masked = _masks(analyzer, "A: what's your email", line)[1]
    assert _hidden(masked, line[3:], value), masked


def test_under_score_outside_email(analyzer):
    line = "C: we won by the under score at the end"
    assert "#" not in _masks(analyzer, line)[0]


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("A: What's the amount?", "C: $512.17 on March 9."),
        ("A: what's the amount", "C: forty two dollars and ten cents on the twelfth"),
        ("A: WHAT WAS THE CHARGE?", "C: $27.40 ON THE 8TH."),
    ],
)
def test_charge_date_after_birth_date(analyzer, asked, reply):
    lines = ("A: Date of birth, please?", "C: 04/11/1983", asked, reply)
    masked = _masks(analyzer, *lines)[3]
    assert "#" not in masked, masked


@pytest.mark.parametrize("pause", ["C: sorry hold on one second", "C: just a second please"])
def test_pause_is_no_birth_date(analyzer, pause):
    lines = ("A: what's the date of birth", "C: june third nineteen seventy", pause)
    assert "#" not in _masks(analyzer, *lines)[2]


def test_charge_date_alone_is_no_birth_date():
    text = "$88.10 on november 2nd"
    assert answer_spans("DATE_OF_BIRTH", text) == []


def test_second_of_month_still_a_birth_date(analyzer):
    lines = ("A: date of birth?", "C: the second of may 1980")
    masked = _masks(analyzer, *lines)[1]
    assert _hidden(masked, lines[1][3:], "second of may 1980"), masked


@pytest.mark.parametrize(
    "reply",
    ["C: Okay, starts with K604, then 2291.", "C: First part's W117, then 8830."],
)
def test_licence_parts_are_no_address(analyzer, reply):
    lines = ("A: And your driver's license number and state?", reply)
    call = said(*lines)
    entities = analyzer.analyze_call(call)[1]
    assert not any(e.entity_type == "ADDRESS" for e in entities), entities
    masked = _masks(analyzer, *lines)[1]
    assert _visible(masked, reply[3:], "starts with" if "starts" in reply else "First part")


def test_address_with_starts_with_still_an_address(analyzer):
    lines = ("A: What's your address?", "C: 5520 Alder Court, starts with a A")
    masked = _masks(analyzer, *lines)[1]
    assert _hidden(masked, lines[1][3:], "5520 Alder Court"), masked


@pytest.mark.parametrize(
    ("reply", "kept", "hidden"),
    [
        ("C: Yes, it's 2025-0083164, the Tulsa PD.", "PD", "2025-0083164"),
        ("C: it's 2025-0083164, Boulder CO", "CO", "2025-0083164"),
    ],
)
def test_place_office_after_the_id_is_no_piece(analyzer, reply, kept, hidden):
    """Two capitals after a place's name are its police department or state."""
    masked = _masks(analyzer, "A: And the police report number?", reply)[1]
    text = reply[3:]
    assert _visible(masked, text, kept)
    assert _hidden(masked, text, hidden)


@pytest.mark.parametrize(
    ("reply", "code"), [("C: Yeah, QT 5520", "QT"), ("C: Okay it's HN 7704, Boulder CO", "HN")]
)
def test_capitals_after_a_reply_word_stay_a_piece(analyzer, reply, code):
    masked = _masks(analyzer, "A: And the report number?", reply)[1]
    assert _hidden(masked, reply[3:], code)
