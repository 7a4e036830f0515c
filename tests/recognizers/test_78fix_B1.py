"""Cycle 68 (round 78), group B1: a name cut by a bad line (an initial, a cut word, the
fragment after a noise tag) is redacted in the answer to a name question or after a name
cue; a bridal shop or a lodge is a firm; "congrats" is no part of a name."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said, value_hidden, value_readable

_ASK = "A: Can I get your full name please?"


@pytest.mark.parametrize(
    ("answer", "hidden"),
    [
        ("Gregory T-- ", ["Gregory T"]),
        ("my name is wendell k ", ["wendell k"]),
        ("It's Natalie B [inaudible]", ["Natalie B"]),
        ("my name is rosalind [inaudible] vance", ["rosalind", "vance"]),
        ("yeah marcus (inaudible) elby", ["marcus", "elby"]),
        ("It's Harold W [inaudible] ton", ["Harold W", "ton"]),
        ("Priscilla ... dez.", ["Priscilla", "dez"]),
        ("It's Ro (inaudible) vich", ["Ro", "vich"]),
        ("vincent  [inaudible] o", ["vincent", "o"]),
    ],
)
def test_cut_names_hidden(ner_analyzer, answer, hidden):
    call = said(_ASK, "C: " + answer)
    masked = covered(ner_analyzer, call)[1]
    for value in hidden:
        assert value_hidden(masked, answer, value), (value, masked)


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        # the words of the next clause after a cut initial stay readable
        ("Yeah, Gregory T-- and my account number is on the letter", ["account number"]),
        # a courtesy after the tag is no fragment of the name
        ("Priscilla ... thanks", ["thanks"]),
        ("Sorry (inaudible) what", ["Sorry", "what"]),
    ],
)
def test_cut_names_keep_words(ner_analyzer, answer, kept):
    call = said(_ASK, "C: " + answer)
    masked = covered(ner_analyzer, call)[1]
    for value in kept:
        assert value_readable(masked, answer, value), (value, masked)


@pytest.mark.parametrize(
    "line",
    [
        "C: my son ... he broke the lamp",
        "C: the fee was $40 ... ok",
        "C: press 2 -- then 3",
    ],
)
def test_noise_without_name_question_kept(ner_analyzer, line):
    call = said("A: What seems to be the problem?", line)
    assert "#" not in covered(ner_analyzer, call)[1]


@pytest.mark.parametrize(
    ("opening", "firm", "agent"),
    [
        ("Maison Étoile Bridal, Giselle speaking.", "Maison Étoile", "Giselle"),
        ("Silver Creek Lodge, this is Rowan.", "Silver Creek", "Rowan"),
        ("HARBOR LIGHT OUTFITTER, DESMOND SPEAKING.", "HARBOR LIGHT", "DESMOND"),
    ],
)
def test_trade_word_firms_kept(ner_analyzer, opening, firm, agent):
    call = said("A: " + opening, "C: hi")
    masked = covered(ner_analyzer, call)[0]
    assert value_readable(masked, opening, firm), masked
    assert value_hidden(masked, opening, agent), masked


def test_congrats_not_name(ner_analyzer):
    text = "congrats delphine and when is the wedding"
    masked = covered(ner_analyzer, said("A: hi", "C: " + text))[1]
    assert value_readable(masked, text, "congrats")
    assert value_hidden(masked, text, "delphine")


def test_surname_that_is_a_trade_word_stays_redacted(ner_analyzer):
    """ "Lodge" is a surname as often as a trade (review of cycle 68)."""
    text = covered(ner_analyzer, said("C: I spoke with Henry Lodge yesterday about it"))[0]
    assert "Henry" not in text and "Lodge" not in text
