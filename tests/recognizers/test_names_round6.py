"""Round 6: the person recognizers' cue pre-checks and per-word caches keep detection.

Each ``SpokenPersonRecognizer`` pattern now runs only on turns with its cue word; these
cases (invented names, other phrasings than the red-team files) check that every cue still
lets its pattern through and that ordinary words stay unredacted.
"""

from __future__ import annotations

import pytest

from recognizers.base import CuedPattern
from recognizers.spoken_person_recognizer import (
    SpokenPersonRecognizer,
    fold,
    lexicon,
    not_name_word,
)
from tests.recognizers.conftest import found_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yes my name is oksana petrenko", "oksana petrenko"),
        ("what's your name bertrand okonjo", "bertrand okonjo"),
        ("could i speak to zbigniew please", "zbigniew"),
        ("hey it's thaddeus calling back", "thaddeus"),
        ("please add yevgenia rusakova as an authorized user", "yevgenia rusakova"),
        ("my daughter's name is ingeborg", "ingeborg"),
        ("the card is for my husband Leopold", "leopold"),
        ("i share it with my roommate dagny", "dagny"),
        ("Casimir, my nephew, set it up", "casimir"),
        ("am i speaking with ottoline?", "ottoline"),
        ("the tech radomir said he'd be back", "radomir"),
        ("okay, Florentyna, i see the charge", "florentyna"),
        ("this is will.", "will"),
        ("i spoke with officer Brankovic yesterday", "brankovic"),
        ("hi this is svetlana from the front desk", "svetlana"),
        ("this is anneliese do you have a minute", "anneliese"),
        ("hi, i'm evander.", "evander"),
        ("Thanks Perpetua, that helps", "perpetua"),
        ("good morning wilhelmina", "wilhelmina"),
        ("claims department, Oluwaseun speaking", "oluwaseun"),
        ("It'll be Ignatius Ferreira from our team", "ignatius ferreira"),
        ("your adjuster is radovan kuznetsov", "radovan kuznetsov"),
        ("cordelia, same last name", "cordelia"),
        ("i saw mr Vandersloot on tuesday", "vandersloot"),
        ("my last name is spelled KOWALCZYK", "kowalczyk"),
        ("okay that's ABERNATHY", "abernathy"),
    ],
)
def test_each_cued_pattern_still_finds_its_name(person, text, name):
    assert name in found_names(person, text)


@pytest.mark.parametrize(
    "text",
    [
        "i will call back tomorrow",
        "the bill was forty two dollars",
        "press two for billing, three for sales",
        "this is ridiculous, i've waited an hour",
        "my father passed last year",
        "are you open on sundays?",
        "okay, great, thanks",
        "it's under two hundred dollars",
        "that's ATM fees 35 dollars",
        "the summer months are busy",
    ],
)
def test_ordinary_words_stay(person, text):
    assert found_names(person, text) == set()


def test_every_person_pattern_has_a_cue():
    # a pattern without a cue runs its look-behind at every position of every turn
    assert all(isinstance(p, CuedPattern) and p.cue for p in SpokenPersonRecognizer.PATTERNS)


@pytest.mark.parametrize(
    "text",
    [
        "my name is kristof haraldsen",
        "MY NAME IS KRISTOF HARALDSEN",
        "the lady at the desk, marisol said she'd call",
        "yes, Tobiah, that's right",
        "detective Okonkwo took the report",
        "it's S M I T H, spelled out",
    ],
)
def test_cue_never_skips_a_turn_its_pattern_matches(person, text):
    # the cue must be a necessary part of the pattern: no match where the cue misses
    for pattern, compiled, cue in person._compiled:
        if compiled.search(text):
            assert cue is None or cue.search(text), pattern.name


@pytest.mark.parametrize(
    ("word", "expected"),
    [("calling", True), ("The", True), ("billing", True), ("zbigniew", False), ("grace", False)],
)
def test_not_name_word_cache_is_case_blind(word, expected):
    assert not_name_word(word) is expected
    assert not_name_word(word) is expected  # cached answer is the same


def test_word_cache_answers_like_the_lexicon():
    lex = lexicon()
    for word in ("passed", "refunds", "okafor", "well-known", "josé's", "moving"):
        first = lex.is_word(word)
        assert lex.is_word(word) == first
    assert fold("José's") == "jose"
    assert lex.is_word("passed") and not lex.is_word("okafor")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yeah it's priscilla abernathy calling", "priscilla abernathy"),
    ],
)
def test_gazetteer_still_finds_uncued_names(gazetteer, text, name):
    assert name in found_names(gazetteer, text)


@pytest.mark.parametrize(
    "text", ["i will pay the bill today", "chase zelle transfer", "we hope so"]
)
def test_gazetteer_keeps_everyday_words(gazetteer, text):
    assert found_names(gazetteer, text) == set()
