"""Names and places, red-team round 4: non-ASCII and hyphenated names, names after
relation words and cues checked against the lexicon, spaCy NER noise (acronyms, units,
firms, vehicles, states and countries on their own). Invented values throughout."""

from __future__ import annotations

import pytest

from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from recognizers.spacy_ner_recognizer import SpacyNerRecognizer
from recognizers.spoken_person_recognizer import SpokenPersonRecognizer, lexicon
from tests.recognizers.conftest import found

SPOKEN = [
    # Unicode letters, hyphens and apostrophes inside names
    ("my name is Søren Åberg-Lindahl", {"Søren Åberg-Lindahl"}),
    ("hi this is renée with member services", {"renée"}),
    ("the name on the card is Łukasz Wróbel", {"Łukasz Wróbel"}),
    ("claims desk, Ji-hoon speaking", {"Ji-hoon"}),
    ("okay, Marie-Claire speaking", {"Marie-Claire"}),
    # relation words: the whole name, particles and initials, the lexicon ends it
    ("it's for my dad teodoro abiodun his date of birth is", {"teodoro abiodun"}),
    ("that's my wife marisol de la fuente", {"marisol de la fuente"}),
    ("under my husband kwabena van der linde", {"kwabena van der linde"}),
    ("my grandson oskar her birthday", {"oskar"}),
    ("my sister-in-law no my sister yusra q haddad", {"yusra q haddad"}),
    ("my mother passed away last june", set()),
    ("my son moved out last year", set()),
    ("my husband called yesterday", set()),
    ("my daughter really wants the plan", set()),
    # introductions whatever follows, when the word is a name
    ("this is thandiwe do you have your order number", {"thandiwe"}),
    ("hello this is ingrid sorry to keep you waiting", {"ingrid"}),
    ("alright that fixed it thank you ingrid", {"ingrid"}),
    ("this is awful", set()),
    ("i am moving to a new place", set()),
    ("i'm relocating and i need to cancel", set()),
    ("hi my name is ayodele ill be helping you", {"ayodele"}),
    ("generally speaking, it takes a week", set()),
    # who handles it, a shared surname
    ("it'll be Marguerite Adebanjo, she'll call tomorrow", {"Marguerite Adebanjo"}),
    ("your adjuster is priscilla nakashima", {"priscilla nakashima"}),
    ("it'll be Tuesday Morning", set()),
    ("it'll be done by friday", set()),
    ("henrike, same last name", {"henrike"}),
    # acronyms after "it's"/"that's" are not spellings; spellings still are
    ("It's HMO 5521.", set()),
    ("that's the DSL modem", set()),
    ("it's spelled O K O R O", {"O K O R O"}),
    ("that's K I M", {"K I M"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_person_round4(text: str, expected: set[str]) -> None:
    assert found(SpokenPersonRecognizer(), text) == expected


GAZETTEER = [
    ("BENEFICIARY IS JOSÉ RAMÍREZ", {"JOSÉ RAMÍREZ"}),
    ("cheryl m brooks", {"cheryl m brooks"}),
    ("the booking is under kevin n'guessan", {"kevin n'guessan"}),
    ("thanks, it's for linda okonjo", {"linda okonjo"}),
    ("pruitt hyphen navarro", {"pruitt hyphen navarro"}),
    ("Kowalski Logistics", set()),
    ("this is dana with kaiser member services", {"dana"}),
    ("st luke's billing office", set()),
    ("the account for brian gonna change", {"brian"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_name_gazetteer_round4(text: str, expected: set[str]) -> None:
    assert found(NameGazetteerRecognizer(), text) == expected


class _Span:
    def __init__(self, text: str, value: str, label: str, occurrence: int = 0):
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(value, at + 1)
        self.start_char, self.end_char, self.label_ = at, at + len(value), label


NER = [
    # a state or a country alone is no PII; cities stay
    ("someone logged in from nevada", "nevada", "GPE", set()),
    ("Oregon license, 55120987.", "Oregon", "GPE", set()),
    ("it was issued in Portugal", "Portugal", "GPE", set()),
    ("I moved from Tucson last year", "Tucson", "GPE", {"Tucson"}),
    ("my flight to denver leaves at six", "denver", "GPE", {"denver"}),
    # programmes, units, acronyms, firms, vehicles and openings are no people
    ("And your SkyMiles number?", "SkyMiles", "GPE", set()),
    ("you're on the 300 Kbps tier", "Kbps", "PERSON", set()),
    ("that's your LAN port", "LAN", "PERSON", set()),
    ("Pemberton Logistics.", "Pemberton", "PERSON", set()),
    ("it's a 2015 Chevy Malibu", "Chevy Malibu", "PERSON", set()),
    ("ALLSTATE, THIS IS DORIAN.", "ALLSTATE", "PERSON", set()),
    ("mercy general billing this is tomas", "mercy general", "PERSON", set()),
    ("hi, this is Yolanda with Humana", "Humana", "GPE", set()),
    ("Returns take five days.", "Returns", "GPE", set()),
    ("honestly it was sorta fine", "sorta", "GPE", set()),
    # names: grown to whole words, trimmed of relation words and verbs, title dropped
    ("wire desk, Min-jun speaking", "Min", "PERSON", {"Min-jun"}),
    ("my nephew dario", "nephew dario", "PERSON", {"dario"}),
    ("this is odile am i speaking with you", "odile am", "PERSON", {"odile"}),
    ("ask Dr Okonjo about it", "Dr Okonjo", "GPE", {"Okonjo"}),
    ("Hi Maria, this is Tom.", "Maria", "PERSON", {"Maria"}),
    ("the driver was Kyle Brandt", "Kyle Brandt", "PERSON", {"Kyle Brandt"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "label", "expected"), NER)
def test_spacy_ner_round4(text: str, value: str, label: str, expected: set[str]) -> None:
    results = SpacyNerRecognizer().from_spans(text, [_Span(text, value, label)])
    assert {text[r.start : r.end] for r in results} == expected


@pytest.mark.parametrize(
    ("word", "is_word"),
    [("passed", True), ("refunds", True), ("kinda", True), ("moving", True),
     ("okonjo", False), ("thandiwe", False), ("ines", False)],
)  # fmt: skip
def test_lexicon_words(word: str, is_word: bool) -> None:
    assert lexicon().is_word(word) is is_word
