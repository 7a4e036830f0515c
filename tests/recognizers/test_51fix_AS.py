"""Cycle 51 group AS: "and" misheard for "at" in a spoken email, a number closing a
four-word password, a hedge after a password, and the unit number asked on its own."""

import pytest

from pipeline.schema import Call, Turn
from recognizers.call_analyzer import CallAnalyzer


@pytest.fixture(scope="module")
def analyzer():
    return CallAnalyzer.create()


def _redacted(analyzer, *turns):
    spk = {"A": "agent", "C": "customer"}
    call = Call(
        call_id="t",
        turns=tuple(Turn(speaker=spk[t[0]], text=t[3:]) for t in turns),
    )
    res = analyzer.analyze_call(call)
    return [[call.turns[i].text[e.start : e.end] for e in ents] for i, ents in enumerate(res)]


@pytest.mark.parametrize(
    "email",
    [
        "rkowalski and gmail dot com",
        "tina dot marsh and att dot net",
        "dvoss forty one and comcast dot net",
        "b dot ferrante and outlook dot co dot uk",
    ],
)
def test_and_heard_for_at(analyzer, email):
    got = _redacted(analyzer, "A: what email should we use", "C: uh " + email)
    assert email in got[1]


@pytest.mark.parametrize(
    "text",
    [
        "i pay comcast and att dot com takes the money",
        "go online and verizon dot com has the form",
    ],
)
def test_and_before_website_not_joined(analyzer, text):
    got = _redacted(analyzer, "C: " + text)
    assert not any(" and " in v for v in got[0])


def test_number_closing_four_word_password(analyzer):
    text = "your temporary password is capital r iver maple thirty one seven you'll change it"
    got = _redacted(analyzer, "A: " + text)
    assert "capital r iver maple thirty one seven" in got[0]


def test_hedge_after_password_stays_visible(analyzer):
    got = _redacted(analyzer, "C: i think my password was orchid twenty nineteen maybe")
    assert any(v.startswith("orchid") for v in got[0])
    assert not any("maybe" in v for v in got[0])


def test_password_count_after_stays_visible(analyzer):
    got = _redacted(analyzer, "A: the temporary password is good for 48 hours")
    assert got[0] == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [("what unit are you in", "seven oh two"), ("which unit do you live in", "three eighteen")],
)
def test_unit_asked_alone(analyzer, question, answer):
    assert answer in _redacted(analyzer, "A: " + question, "C: " + answer)[1]


def test_unit_of_measure_not_address(analyzer):
    got = _redacted(analyzer, "A: what unit of measure is that", "C: twelve kilos")
    assert got[1] == []


def test_a_storage_unit_asked_for_is_no_home_address(analyzer):
    got = _redacted(analyzer, "A: which unit is it", "C: it's two six eight")
    assert got[1] == []
