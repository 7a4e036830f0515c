"""Cycle 59 (round 64), group B1: the firm answering the line before the agent's own
name, brands and branches named like people, and a state or a verb after "I'm" or
"it's" taken as a name."""

from __future__ import annotations

import pytest

from recognizers.spacy_ner_recognizer import _clean
from tests.recognizers.conftest import redacted_values


def _joined(analyzer, line: str) -> str:
    return " ".join(redacted_values(analyzer, line)[0])


@pytest.mark.parametrize(
    ("line", "firm", "agent"),
    [
        (
            "A: good morning this is brookfield valley water utility you're speaking with"
            " desmond how can i help",
            "brookfield",
            "desmond",
        ),
        (
            "A: Good afternoon, Pinecrest Radio, listener services, my name is Harriet.",
            "Pinecrest",
            "Harriet",
        ),
        (
            "A: Good afternoon, this is Copper Kettle Outfitters, I'm Leonard. How can I help?",
            "Copper",
            "Leonard",
        ),
        (
            "A: good afternoon this is grace point food pantry this is marisol how may i help",
            "grace",
            "marisol",
        ),
    ],
)
def test_firm_before_agent_name_stays_visible(analyzer, line, firm, agent):
    values = _joined(analyzer, line)
    assert firm not in values
    assert agent in values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A: Hi Rosalind, this is Oona from the clinic.", "Rosalind"),
        ("C: hi this is wendell, i'm margot's husband", "wendell"),
        ("C: Hello, this is Petra Lindqvist, my name is on the lease.", "Petra"),
    ],
)
def test_names_before_another_introduction_kept(analyzer, line, name):
    assert name in _joined(analyzer, line)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: it's the white one, a TP-Link Deco", "Deco"),
        ("C: uh the grey one tp link archer", "archer"),
        ("C: Kaiser, member ID is on the card.", "Kaiser"),
        ("A: We can see you at our Willow Creek location on Friday.", "Willow"),
        ("A: The Fairmont Heights clinic opens at nine.", "Fairmont"),
        ("C: my passport says i'm male and that's wrong", "male"),
        ("A: It goes faster if the name is unusual.", "unusual"),
        ("C: Hi. I'm writing a family history.", "writing"),
    ],
)
def test_words_that_are_no_name_stay_visible(analyzer, line, kept):
    assert kept not in _joined(analyzer, line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: My name is Dorothy Kaiser.", "Kaiser"),
        ("C: I'm Ewing, Carla Ewing", "Ewing"),
        ("A: Please hold for Dr. Hartley.", "Hartley"),
    ],
)
def test_names_like_those_words_kept(analyzer, line, name):
    assert name in _joined(analyzer, line)


def test_code_word_after_a_name_is_no_part_of_it():
    text = "lenny okoro pin is four four two"
    assert _clean(text, 0, 15, "PERSON") == ("PERSON", 0, 11)
