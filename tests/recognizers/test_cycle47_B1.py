"""Cycle 47, fixer B1: courteous name questions, particles, initials, firms, vocatives."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


# "who do i have the pleasure of speaking with" asks for a name like "your name?".
@pytest.mark.parametrize(
    ("question", "answer", "hidden", "kept"),
    [
        ("who do i have the pleasure of speaking with", "it's grant", ["grant"], ["it's"]),
        ("And who do I have the pleasure of speaking to?", "Yes, Ottoline Prew.",
         ["Ottoline Prew"], ["Yes,"]),
        ("who do i have the pleasure of speaking with today", "hi it's wilhelmina",
         ["wilhelmina"], ["hi"]),
    ],
)  # fmt: skip
def test_courteous_name_question(analyzer, question, answer, hidden, kept):
    assert_masked(analyzer, [("AGENT", question), ("CUSTOMER", answer)], 1, hidden, kept)


def test_courteous_question_without_a_name(analyzer):
    turns = [
        ("AGENT", "who do i have the pleasure of speaking with"),
        ("CUSTOMER", "yeah hi i'm ringing about my bill of 60 pounds"),
    ]
    assert_masked(analyzer, turns, 1, [], ["ringing about my bill of 60 pounds"])


# A surname's particle the name was found without.
def test_particle_before_a_found_surname(analyzer):
    turns = [
        ("AGENT", "what's your name please"),
        ("CUSTOMER", "tomasz di lorenzo"),
        ("AGENT", "anything else today"),
        ("CUSTOMER", "no thanks"),
        ("AGENT", "thank you for calling di lorenzo have a good one"),
    ]
    assert_masked(analyzer, turns, 4, ["di lorenzo"], ["thank you for calling", "a good one"])


# Initials before a found name, and a partner's initials joined to it.
def test_initials_read_back(analyzer):
    turns = [
        ("AGENT", "And your full name?"),
        ("CUSTOMER", "my name is P R Brannagh."),
        ("AGENT", "So that's in the names of K L and P R Brannagh, at 3 PM, plan B, $25."),
    ]
    assert_masked(analyzer, turns, 2, ["K L", "P R Brannagh"], ["plan B", "3 PM", "$25"])


# An acknowledgement before an everyday word that is a name on this call.
def test_acknowledged_everyday_name(analyzer):
    turns = [
        ("AGENT", "Can I take a name in case we get cut off?"),
        ("CUSTOMER", "sure, my name's may, by the way"),
        ("AGENT", "Of course, May. Your booking for the 4th of May is confirmed."),
    ]
    assert_masked(analyzer, turns, 2, ["May"], ["the 4th of May"])


# A surname naming a UK firm ("X Housing", "X Council") is the firm's, not a person's.
@pytest.mark.parametrize(
    "turns",
    [
        [("AGENT", "Good morning, Pendleford Housing, rents team, Marisol speaking.")],
        [("AGENT", "Are you a Pendleford Housing tenant? The Housing Benefit is separate.")],
    ],
)
def test_firm_named_after_a_surname(ner_analyzer, turns):
    assert_masked(ner_analyzer, turns, 0, [], ["Pendleford Housing"])
