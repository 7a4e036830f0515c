"""Cycle 45, fixer B1: surnames read back misheard, Irish "ó", suffixes, families, closings."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked

_ASK = ("AGENT", "and who am i speaking with today")


# A read-back question: the word one letter off a name of the call is that name.
@pytest.mark.parametrize(
    ("answer", "read_back", "hidden", "kept"),
    [
        ("it's priya ramaswamy", "ramaswany did i get that right", ["ramaswany"], ["did i get"]),
        ("Sure, Tobias Lindqvist.", "Lindkvist, did I get that right?", ["Lindkvist"], []),
        ("um corin dalgleish", "i er have dalgleesh is that correct", ["dalgleesh"], ["correct"]),
        ("This is Wren Okafor.", "Sorry, was that Ukafor?", ["Ukafor"], ["Sorry"]),
        ("it's marta tóthné", "dóthné did uh i get that right", ["dóthné"], ["right"]),
        ("This is Nina Brandt-Keller.", "Sorry, was that Brandt-Kellar?", ["Brandt-Kellar"], []),
        ("SURE, OSKAR HALVORSEN.", "HALVERSEN, DID I GET THAT RIGHT?", ["HALVERSEN"], []),
    ],
)
def test_misheard_read_back(analyzer, answer, read_back, hidden, kept):
    turns = [_ASK, ("CUSTOMER", answer), ("AGENT", read_back)]
    assert_masked(analyzer, turns, 2, hidden, kept)


@pytest.mark.parametrize(
    "read_back",
    [
        "i have tuesday the ninth is that correct",
        "sorry was that forty two",
        "was that okay?",
        "I have 4,500 dollars, is that correct?",
    ],
)
def test_read_back_of_no_name_stays(analyzer, read_back):
    turns = [_ASK, ("CUSTOMER", "it's gideon marsh"), ("AGENT", read_back)]
    assert_masked(analyzer, turns, 2, [], [read_back.split()[-2]])


def test_irish_particle_goes_with_the_surname(analyzer):
    turns = [
        _ASK,
        ("CUSTOMER", "it's siobhan ó laoghaire uh the account's under me"),
        ("AGENT", "sorry was that ó laoghare"),
        ("CUSTOMER", "no no it's ó laoghaire l a o g"),
        ("AGENT", "who is your doctor"),
        ("CUSTOMER", "dr ó ceallaigh she's great, it was 40 dollars"),
    ]
    assert_masked(analyzer, turns, 2, ["ó laoghare"], ["sorry was that"])
    assert_masked(analyzer, turns, 3, ["ó laoghaire"], ["no no it's"])
    assert_masked(analyzer, turns, 5, ["ó ceallaigh"], ["40 dollars"])


def test_generational_suffix(analyzer):
    turns = [
        ("AGENT", "can i get your name"),
        ("CUSTOMER", "my name is marco antonio delgado"),
        ("AGENT", "what looks wrong on the report"),
        ("CUSTOMER", "there's a marco a delgado junior and a senior analyst at 12 main"),
    ]
    assert_masked(analyzer, turns, 3, ["marco", "delgado junior"], ["senior analyst"])


def test_family_by_plural_surname(analyzer):
    turns = [
        ("AGENT", "how can i help"),
        (
            "CUSTOMER",
            "my clients the okonkwos are closing friday at 3 pm, my buyers the browns too",
        ),
    ]
    assert_masked(analyzer, turns, 1, ["okonkwos"], ["friday at 3 pm", "the browns"])


def test_thanks_for_calling_a_named_caller(analyzer):
    turns = [
        ("AGENT", "thanks for calling Northgate Fuel, how can i help"),
        ("CUSTOMER", "this is ottilie his wife"),
        ("AGENT", "thank you ottilie i see you're listed"),
        ("AGENT", "thanks for calling ottilie stay safe"),
    ]
    assert_masked(analyzer, turns, 3, ["ottilie"], ["stay safe"])


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        ("Sorry, was that Vos?", "Close, Voss. Spelled V O S S.", ["Voss"], ["Close"]),
        (
            "and the name on the account",
            "Joint with my wife, Ingrid Solberg.",
            ["Ingrid Solberg"],
            ["Joint"],
        ),
        ("can you spell the last name", "oh gosh okay h a u g e", ["h a u g e"], ["gosh"]),
        ("can you spell the last name", "Apologies. Okay.", [], ["Apologies"]),
    ],
)
def test_courtesy_and_word_beside_a_name_answer(analyzer, question, reply, hidden, kept):
    turns = [_ASK, ("CUSTOMER", "it's greta voss"), ("AGENT", question), ("CUSTOMER", reply)]
    assert_masked(analyzer, turns, 3, hidden, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("okay will they call me before opening anything", "before"),
        ("call me once it's sent, 2 copies", "once"),
        ("no i'm up at the lake a lot", "up"),
        ("hi milo good thanks what can i do", "good thanks"),
    ],
)
def test_when_words_and_replies_are_no_names(analyzer, text, kept):
    assert_masked(analyzer, [("AGENT", "how can i help"), ("CUSTOMER", text)], 1, [], [kept])


# A surname that is an English word, spelled: the normaliser joins the letters into one
# word ("PARKS"), which must not be taken for a word answer and dropped.
@pytest.mark.parametrize(
    ("name", "spelled"),
    [("sure, delia parks", "p-a-r-k-s"), ("SURE, IVO MARTINS LOPES.", "L-O-P-E-S.")],
)
def test_spelled_word_surname_stays_redacted(analyzer, name, spelled):
    turns = [
        _ASK,
        ("CUSTOMER", name),
        ("AGENT", "can you spell the last name"),
        ("CUSTOMER", spelled),
    ]
    assert_masked(analyzer, turns, 3, [spelled.rstrip(".")], [])
