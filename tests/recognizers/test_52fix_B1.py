"""Cycle 52, group B1: person names. Dates, verbs and "goes by email" are no names;
charges, holidays, drugs, orders and a pet's medicine are no people; a capitalised
everyday first name after "my roommate" is one."""

from __future__ import annotations

import pytest

from recognizers.spacy_ner_recognizer import _not_a_person
from tests.recognizers.conftest import covered, found_names, said

_ASK = "A: Thanks for calling Pinegrove Power, you're with Odette, may I have your name please?"


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("C: I need to set up service at my new flat March 3rd.", "March"),
        ("C: so i need the power on at my new place october the ninth", "october"),
        ("C: I got hurt on Tuesday and need to open a claim.", "Tuesday"),
        ("C: I was laid off in May and need a payment plan.", "May"),
        ("C: the parcel was meant to come last week and it never did", "meant"),
        ("C: My refund was expected to land by now.", "expected"),
    ],
)
def test_non_name_reply_to_name_question_stays(analyzer, reply, kept):
    masks = covered(analyzer, said(_ASK, reply))
    assert kept in masks[1], masks[1]


@pytest.mark.parametrize(
    ("reply", "hidden"),
    [
        ("C: June. June Okonkwo.", "June Okonkwo"),
        ("C: it's delphine marchetti", "delphine marchetti"),
    ],
)
def test_name_reply_still_redacted(analyzer, reply, hidden):
    masks = covered(analyzer, said(_ASK, reply))
    assert hidden not in masks[1], masks[1]


@pytest.mark.parametrize(
    "text",
    [
        "Your receipt goes by text.",
        "the itinerary goes by email once it's booked",
        "Statements go by post unless you opt out.",
        "since it's domestic i just need your licence",
        "Have you spoken to us before?",
        "did you talk to them already",
    ],
)
def test_channel_quality_and_pronoun_not_names(person, text):
    assert found_names(person, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my name is theodora but she goes by teddy", "teddy"),
        ("hi its marisol i need to pay my bill", "marisol"),
        ("My flatmate Will can pick it up.", "will"),
        ("My coworker June set it up for me.", "june"),
        ("my housemate tobias pays the rent", "tobias"),
    ],
)
def test_names_still_found(person, text, name):
    assert name in found_names(person, text)


def test_relation_then_modal_in_lower_case_stays(person):
    assert found_names(person, "my roommate will be home after six") == set()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A: Please get here ten minutes early. Copay is $41.50.", "Copay"),
        ("A: Your deductible is 250 dollars.", "deductible"),
        ("A: The office is shut Memorial Day and Labor Day.", "Memorial Day"),
        ("A: We close early on Boxing Day.", "Boxing Day"),
        ("C: Okay. Bill it to my business account please.", "Bill"),
        ("C: Mark the claim as urgent, please.", "Mark"),
        ("A: The refill covers your lisinopril and atorvastatin. It ships today.", "atorvastatin"),
        ("A: Good afternoon, Bluehollow Broadband. This call may be recorded.", "Bluehollow"),
    ],
)
def test_model_non_people_stay(ner_analyzer, line, kept):
    masks = covered(ner_analyzer, said(line))
    assert kept in masks[0], masks[0]


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("C: My brother Bill Okafor is on the account too.", "Bill Okafor"),
        ("A: Thanks, Rosalind. Your copay is $20.", "Rosalind"),
    ],
)
def test_model_people_still_redacted(ner_analyzer, line, hidden):
    masks = covered(ner_analyzer, said(line))
    assert hidden not in masks[0], masks[0]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Right. Very, £75. Zilch, £60. That's it.", "Zilch", True),
        ("Copay is thirty one dollars.", "Copay", True),
        ("I gave Rosalind $20 for it.", "Rosalind", False),
    ],
)
def test_amount_after_word(text, word, expected):
    start = text.index(word)
    assert _not_a_person(text, start, start + len(word), [word]) is expected


def test_pets_medicine_not_a_person(ner_analyzer):
    call = said(
        "A: Riverbend Vet pharmacy, how can I help?",
        "C: Hi, I need a refill for my cat Pumpkin's Cerenia.",
        "A: I see Pumpkin, four years old. That's $38.",
    )
    masks = covered(ner_analyzer, call)
    assert "Pumpkin's Cerenia" in masks[1], masks[1]
    assert "Pumpkin" in masks[2], masks[2]
