"""Cycle 50, group B1: firms after the agent's introduction and pets named on the call."""

from __future__ import annotations

import pytest

from pipeline.schema import Call, Turn
from recognizers.call_analyzer import CallAnalyzer


@pytest.fixture(scope="module")
def analyzer() -> CallAnalyzer:
    return CallAnalyzer.create()


def _redacted(analyzer: CallAnalyzer, *turns: str) -> list[set[str]]:
    call = Call(
        call_id="t",
        turns=tuple(
            Turn(speaker="agent" if t[0] == "A" else "customer", text=t[3:]) for t in turns
        ),
    )
    out = []
    for turn, ents in zip(call.turns, analyzer.analyze_call(call), strict=True):
        out.append({turn.text[e.start : e.end].lower() for e in ents})
    return out


@pytest.mark.parametrize(
    ("text", "agent", "firm"),
    [
        ("A: you're speaking with tanya at pruitt mutual what can i do for you", "tanya", "pruitt"),
        ("A: Hi, this is Oskar with Delaney Polling. a short survey", "oskar", "delaney"),
        ("A: this is marcel with hobbs security monitoring is everything okay", "marcel", "hobbs"),
        ("A: good morning harmon diagnostics yusuf speaking", "yusuf", "harmon"),
        ("A: good morning pollard savings bank imani speaking", "imani", "pollard"),
    ],
)
def test_firm_after_agent_intro_stays(analyzer, text, agent, firm):
    found = " ".join(_redacted(analyzer, text)[0])
    assert agent in found
    assert firm not in found


def test_person_after_with_still_found(analyzer):
    found = " ".join(_redacted(analyzer, "C: this is dana i spoke with thornton yesterday")[0])
    assert "thornton" in found


def test_pet_named_after_breed_and_pronoun(analyzer):
    turns = _redacted(
        analyzer,
        "C: she's a tabby shorthair named pickles and she's been sneezing",
        "A: okay is pickles eating",
        "C: my other one is a terrier mix about twenty pounds his name is gizmo",
        "A: and your name",
        "C: corinne abernathy",
    )
    assert not any("pickles" in v for v in turns[0] | turns[1])
    assert not any("gizmo" in v for v in turns[2])
    assert any("abernathy" in v for v in turns[4])


def test_pet_name_answer(analyzer):
    turns = _redacted(
        analyzer,
        "A: and the dog's name and age",
        "C: waffles he's four",
        "A: and your name",
        "C: ingrid solberg",
    )
    assert not turns[1]
    assert any("solberg" in v for v in turns[3])


def test_relative_named_on_pet_call_stays(analyzer):
    turns = _redacted(
        analyzer,
        "C: my husband takes the dog out in the mornings, his name is desmond",
    )
    assert any("desmond" in v for v in turns[0])


def test_a_surname_that_names_a_firm_word_in_the_singular_is_still_a_name(analyzer):
    # ("cruises" marks a firm; a person can be called Cruise)
    said = _redacted(analyzer, "C: Yes, Marisol Cruise, and her plate is KLM-4471.")[0]
    assert "marisol cruise" in said
