"""Cycle 67 (rounds 76-77), group B1: a legal matter named after a party, a rep known by a
first name only; a horse by its sex word, "the doctor." ending a clause, a plural noun
after "the" and firms named by their partners' surnames are no one's name."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, found_names, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deposition, transcript or case named after a party's surname
        ("okay that's the bergstrom deposition at ten", {"bergstrom"}),
        ("can I get a copy of the Okonjo transcript?", {"okonjo"}),
        ("any update on the Vasquez-Lind case", {"vasquez-lind"}),
        # a rep known by a first name only
        ("i talked to a marcus last week and she said it was fixed", {"marcus"}),
        ("I spoke with a Brenda on Monday", {"brenda"}),
        # the title kept with a surname
        ("my doctor Patel said so", {"patel"}),
        ("Dr. Lee will call you", {"lee"}),
    ],
)
def test_names_found(person, text, expected):
    assert expected <= found_names(person, text)


@pytest.mark.parametrize(
    "text",
    [
        "the court transcript is late",
        "the zoom deposition is at ten",
        "is the criminal case still open",
        "I talked to a manager last week",
        "i spoke to a supervisor",
        "I'll fax the doctor. Deductible is $40.",
        "the doctor deductible was high",
    ],
)
def test_no_names(person, text):
    assert not found_names(person, text)


@pytest.mark.parametrize(
    "line",
    [
        "C: hi, my mare Juniper is boarded with you and she colicked",
        "C: my gelding Ranger threw a shoe",
        "C: I board two horses, Marigold and Admiral.",
    ],
)
def test_horse_names_stay(ner_analyzer, line):
    text = covered(ner_analyzer, said(line))[0]
    for name in ("Juniper", "Ranger", "Marigold"):
        if name in line:
            assert name in text


def test_owner_of_horse_redacted(ner_analyzer):
    text = covered(ner_analyzer, said("C: this is Dana Whitfield, my mare Juniper is sick"))[0]
    assert "Whitfield" not in text and "Juniper" in text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: yeah the sellers pushed back the walkthrough", "sellers"),
        ("C: the buyers called me this morning", "buyers"),
    ],
)
def test_plural_nouns_stay(ner_analyzer, line, kept):
    assert kept in covered(ner_analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: I'm Ruth Okafor from Okafor and Lindgren.", "Okafor and Lindgren"),
        ("C: hi it's dev from mcallister and pratt we need to cancel", "mcallister and pratt"),
        ("C: I'm Paul Mensah, associate at Brandt Okonkwo.", "Brandt Okonkwo"),
        ("A: That's Greta Halvorsen at Halvorsen Drury.", "Halvorsen Drury"),
    ],
)
def test_surname_firms_stay(ner_analyzer, line, kept):
    assert kept in covered(ner_analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the same words naming people stay redacted
        ("C: I'm Ruth Okafor from Okafor and Lindgren.", "Ruth Okafor"),
        ("C: firm is hollis and vega and i'm tamsin hollis", "tamsin hollis"),
        ("C: I got a call from Maria and John about the lease", "Maria"),
        ("C: I'm here with Dana and her husband", "Dana"),
        ("C: the Sellers family next door", "Sellers"),
        ("C: we visited the owens last week", "owens"),
        # (review of cycle 67: names of other origins and a pair with no one introduced)
        ("C: I got a text from Priya and Arjun about the bill", "Arjun"),
        ("C: the package from Ngozi and Chidi never came", "Chidi"),
        ("C: a letter from Okafor and Mbeki came", "Mbeki"),
    ],
)
def test_people_stay_redacted(ner_analyzer, line, name):
    text = covered(ner_analyzer, said(line))[0]
    at = line[3:].rindex(name)
    assert set(text[at : at + len(name)]) <= {"#", " "}
