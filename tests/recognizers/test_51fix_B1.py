"""Cycle 51 group B1: intro surnames that are nouns, "I'm <verb>ing" answers, and a name
answer followed by the label of the next asked detail."""

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
    ("text", "name"),
    [
        ("my name's nadia baker", "nadia baker"),
        ("my name is victor mason.", "victor mason"),
        ("thanks for holding this is omar fuller at brightline how can i help", "omar fuller"),
    ],
)
def test_intro_noun_surname(analyzer, text, name):
    assert name in _redacted(analyzer, "A: " + text)[0]


@pytest.mark.parametrize(
    "answer",
    ["I'm stranded at the airport.", "i'm renting a two bedroom place", "I'm waiting on a refund."],
)
def test_state_after_im_is_no_name(analyzer, answer):
    out = _redacted(analyzer, "A: can i get your name please?", "C: " + answer)
    assert out[1] == []


def test_name_answer_drops_next_field_label(analyzer):
    out = _redacted(
        analyzer, "A: okay what's your name and room", "C: priya natarajan room four twelve"
    )
    assert "priya natarajan" in out[1]
    assert not any("room" in s for s in out[1])


def test_state_after_im_keeps_name_alone(analyzer):
    out = _redacted(analyzer, "A: who am i speaking with?", "C: I'm Channing.")
    assert "Channing" in out[1]
