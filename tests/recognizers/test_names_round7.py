"""Round 7: names after party cues, agents answering, children listed with birthdays;
brands, spelling words, pets and modals that are no names. Invented values throughout."""

from __future__ import annotations

import pytest

from recognizers.spacy_ner_recognizer import PET_AFTER
from tests.recognizers.conftest import found_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The recipient is Radoslaw Kuczynski, and the amount is $2,300.", "radoslaw kuczynski"),
        ("the payee is ingrid solvang", "ingrid solvang"),
        ("THE TRUCK IS REGISTERED TO DESMOND OYELOWO AT 44 PINE ST.", "desmond oyelowo"),
        ("make the check payable to marisol quintero please", "marisol quintero"),
        ("the beneficiary will be Tobias Hrabal", "tobias hrabal"),
        ("the policy was issued to kwame asante in march", "kwame asante"),
        ("You've reached Rebecca, how can I help?", "rebecca"),
        ("thanks for calling you've reached natalie how can i help", "natalie"),
        ("Hi, you're chatting with Anneliese from Brightcart.", "anneliese"),
        ("lucas is april ninth twenty nineteen and hazel is may third", "lucas"),
        ("lucas is april ninth twenty nineteen and ivy is may 3rd", "ivy"),
        ("Noor is March 3rd, Idris is October 12th.", "idris"),
        ("then grace's june 4th 2016", "grace"),
        ("the driver is ray he'll call when he's close", "ray"),
        ("your technician was marcus he said it's fixed", "marcus"),
    ],
)
def test_cued_namesfound_names(person, text, name):
    assert name in found_names(person, text)


@pytest.mark.parametrize(
    "text",
    [
        "the recipient is the same as last time",
        "the car is registered to my husband",
        "the account belongs to the business",
        "You've reached Brightline Wireless, how can I help?",
        "you've reached the billing department",
        "You've reached Comcast.",
        "the payment is june fourth",
        "and rent is june first",
        "the due date is july 9th",
        "and summer is june through august",
        "hi i'm self employed and i need help",
        "okay the consult is free can i get your name",
        "I'm the named insured on the policy",
        "the tech is here he'll fix it",
        "the guy was nice he said it's fine",
    ],
)
def test_cues_without_names(person, text):
    assert not found_names(person, text)


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("this is danica may i ask who's calling", "danica", "danica may"),
        ("hi this is corinne may we call you back", "corinne", "corinne may"),
    ],
)
def test_modal_after_first_name_ends_it(person, gazetteer, text, name, not_name):
    found = found_names(person, text) | found_names(gazetteer, text)
    assert name in found
    assert not_name not in found


@pytest.mark.parametrize(
    "text",
    [
        "Do you have the Vera Wang comforters in queen?",
        "The Tommy Hilfiger set is on sale for $79.",
        "I ordered the Calvin Klein sheets last week.",
        "That Cherry Garcia pint was half empty.",
        "D as in David, then 4471.",
        "M like Michael, O, R, E",
        "the tech is ray he'll be in a blue truck",
    ],
)
def test_gazetteer_skips_brands_spellings_contractions(gazetteer, text):
    found = found_names(gazetteer, text)
    assert not any(
        w in " ".join(found)
        for w in ("wang", "hilfiger", "klein", "garcia", "david", "michael", "he'll")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My landlord is Will Brennan.", "will brennan"),
        ("I talked to Ralph Okafor yesterday.", "ralph okafor"),
        ("David Mensah, account ending 4471.", "david mensah"),
        ("the tech is ray hollis", "ray hollis"),
    ],
)
def test_gazetteer_keeps_real_names(gazetteer, text, name):
    assert name in found_names(gazetteer, text)


@pytest.mark.parametrize(
    ("after", "pet"),
    [
        (", it was a dog", True),
        (" he was a beagle", True),
        (", she's a tabby cat", True),
        (", it is a parrot", True),
        (" he was my manager", False),
        (", it was a gift", False),
    ],
)
def test_pet_after_covers_it_was_a(after, pet):
    assert bool(PET_AFTER.match(after)) is pet
