"""Cycle 53, group B1: person names. A name closing an acknowledgement ("Sounds like a
plan, Ezekiel."), a colleague brought on the line, the agent after "you've reached" once
the firm answered, an everyday first name said to its owner before a reply or apology, a
middle name after a name said again; "it dries", "the app login" and a dog's name stay."""

from __future__ import annotations

import pytest

from recognizers import call_names
from recognizers.spoken_person_recognizer import lexicon
from tests.recognizers.conftest import covered, said


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("A: SOUNDS LIKE A PLAN, THEODORA. ANYTHING ELSE?", "THEODORA"),
        ("A: You got it, Rosalind. Anything else today?", "Rosalind"),
        ("A: no problem, ignatius. have a good one", "ignatius"),
        ("A: i have marta from the claims office on the line", "marta"),
        ("A: I've got Desmond with underwriting on the line.", "Desmond"),
    ],
)
def test_acknowledgement_and_colleague_names(analyzer, line, hidden):
    masks = covered(analyzer, said(line))
    assert hidden not in masks[0], masks[0]


@pytest.mark.parametrize(
    "line",
    [
        "A: Sounds like a plan, thanks. Anything else?",
        "A: i have someone from billing on the line",
        "A: Of course, absolutely. Anything else?",
    ],
)
def test_acknowledgement_without_a_name_stays(analyzer, line):
    masks = covered(analyzer, said(line))
    assert "#" not in masks[0], masks[0]


def test_agent_after_firm_and_reached(analyzer):
    masks = covered(
        analyzer,
        said("A: Northgate Remit, good afternoon. You've reached Imelda. How can I help?"),
    )
    assert "Imelda." not in masks[0] and "Northgate" in masks[0], masks[0]


def test_reached_firm_alone_stays(analyzer):
    masks = covered(analyzer, said("A: You've reached Comcast. How can I help?"))
    assert "Comcast" in masks[0], masks[0]


@pytest.mark.parametrize(
    ("opening", "line", "word"),
    [
        ("A: pinecrest this is april how can i help", "C: thanks april honestly", "april"),
        ("A: thanks for holding my name is will", "C: hi will yeah my transfer bounced", "will"),
        ("A: greenleaf pest this is will", "C: okay thanks will sorry about that", "will"),
    ],
)
def test_everyday_name_said_to_its_owner(analyzer, opening, line, word):
    masks = covered(analyzer, said(opening, "C: um i need some help", line))
    assert f" {word} " not in f" {masks[2]} ", masks[2]


def test_everyday_word_without_the_name_stays(analyzer):
    masks = covered(
        analyzer,
        said("A: greenleaf pest this is dana", "C: okay will you be there sorry i mean tomorrow"),
    )
    assert "will" in masks[1], masks[1]


def test_word_after_a_name_said_again_stays(analyzer):
    masks = covered(
        analyzer,
        said("C: it's in the name of Chidinma Okonkwo.", "A: Okay, Okonkwo will. Got it."),
    )
    assert "will" in masks[1], masks[1]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A: Once it dries, in about an hour, the kids can go out.", "dries"),
        ("A: Then pick a password for the app login, at least ten characters.", "app login"),
        ("A: Email for the app?", "app"),
    ],
)
def test_verbs_and_app_words_stay(analyzer, line, kept):
    masks = covered(analyzer, said(line))
    assert kept in masks[0], masks[0]


def test_dog_named_after_comma_is_no_person(analyzer):
    masks = covered(
        analyzer,
        said(
            "C: Should I be home? We have a dog, Pickles.",
            "A: Just keep Pickles inside for an hour after.",
        ),
    )
    assert "Pickles" in masks[0] and "Pickles" in masks[1], masks


def test_short_ies_verbs_are_words():
    lex = lexicon()
    assert lex.is_word("dries") and lex.is_word("tries") and lex.is_word("login")
    assert not lex.is_word("agnes")


@pytest.mark.parametrize(
    ("reply", "surname"),
    [
        ("C: marguerite last name pet ersen", "pet ersen"),
        ("C: okay so my surname is dog gett", "dog gett"),
    ],
)
def test_a_pet_word_after_last_name_is_a_name(analyzer, reply, surname):
    masks = covered(analyzer, said("A: can i start with your full name", reply))
    assert surname not in masks[1] and not any(w in masks[1] for w in surname.split()), masks[1]


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("we have a pet named ruffles", "ruffles"),
        ("my dog pickles gets anxious", "pickles"),
        ("my last name is brandt and our dog biscuit hides", "biscuit"),
    ],
)
def test_a_pet_named_after_a_name_cue_elsewhere_stays_a_pet(text, pet):
    assert pet in call_names.pet_names([text])


@pytest.mark.parametrize(
    "text", ["christine last name pet ersen", "her surname is cat ling", "first name, dog an"]
)
def test_no_pet_named_right_after_last_name(text):
    assert call_names.pet_names([text]) == frozenset()
