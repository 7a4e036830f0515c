"""Cycle 70 fixes (group B1) for person names: an everyday first name closing a farewell
formula ("you're welcome frank", "take care amber"); and readable verbs after a wish's
"to" ("need to grant my neighbor …") and products before a model code ("the Phonak
Audeo P90")."""

from __future__ import annotations

import pytest

from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from tests.recognizers.conftest import found

SPOKEN = SpokenPersonRecognizer()
GAZETTEER = NameGazetteerRecognizer()

FAREWELL_NAMES = [
    ("you're welcome rose", "rose"),
    ("your welcome, Bill.", "Bill"),
    ("take care, dawn", "dawn"),
    ("THANK YOU SO MUCH, JOY.", "JOY"),
    ("thanks very much, faith!", "faith"),
    ("goodbye grant", "grant"),
]


@pytest.mark.parametrize(("text", "name"), FAREWELL_NAMES)
def test_farewell_vocative_is_a_name(text, name):
    assert name in found(SPOKEN, text)


FAREWELL_READABLE = [
    "you're welcome sir",
    "take care now",
    "thank you so much again",
    "you're welcome, love.",
    "take care everyone",
    "thank you so much, bye",
    "you're welcome ma'am",
]


@pytest.mark.parametrize("text", FAREWELL_READABLE)
def test_farewell_words_stay_readable(text):
    assert found(SPOKEN, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "i need to grant my son access to the account",
        "we want to bill my husband's card instead",
        "i'm trying to sue my landlord",
    ],
)
def test_verb_after_wish_to_is_no_name(text):
    assert found(SPOKEN, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("could karin my daughter pick it up", "karin"),
        ("i talked to Teodor, my husband", "Teodor"),
        ("going to lucia my sister's place", "lucia"),
    ],
)
def test_name_before_relation_stays_hidden(text, name):
    assert name in found(SPOKEN, text) | found(GAZETTEER, text)


@pytest.mark.parametrize(
    "text",
    [
        "it's the Signia Pure C7 on the left",
        "the label says Bernafon Alpha 9 ha",
        "i bought the Lexie B2 last month",
        "she has the oticon ruby pair from last year",
    ],
)
def test_product_before_model_code_is_readable(text):
    assert not any(w in found(GAZETTEER, text) for w in ("Signia Pure", "Lexie", "ruby"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the patient is Maria Lopez B2 bed", "Maria Lopez"),
        ("it's Dana Ruiz A12 on the roster", "Dana Ruiz"),
        ("my name is Helen Park, P 4 2", "Helen Park"),
    ],
)
def test_name_before_code_without_product_cue_stays_hidden(text, name):
    assert name in found(GAZETTEER, text)
