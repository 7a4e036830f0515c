"""SpacyNerRecognizer (PERSON, LOCATION) with the real small model, and the generic
Presidio recognizers as the analyzer runs them (IBAN, IP, URL, driver licence)."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.spacy_ner_recognizer import PET_AFTER, SpacyNerRecognizer, _clean, _not_a_person
from tests.recognizers.conftest import (
    call_of,
    covered,
    redacted,
    redacted_values,
    said,
    value_hidden,
)

CASES = [
    ("Yesterday Delphine Castellanos called me.", {("PERSON", "Delphine Castellanos")}),
    ("The letter was signed by Tobias Brandvold.", {("PERSON", "Tobias Brandvold")}),
    ("The package is stuck in Chicago.", {("LOCATION", "Chicago")}),
    # near misses: call-centre words and card brands the model may tag
    ("Expiry date?", set()),
    ("Is that a Visa or a Mastercard?", set()),
    ("zip code please", set()),
    ("zip code's 9 4 1 0 3", set()),
    ("Can I get the last four of your Social?", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spacy_ner_recognizer(ner_analyzer, text, expected):
    (entities,) = ner_analyzer.analyze_call(call_of(("B", text)))
    name = SpacyNerRecognizer().name
    assert {(e.entity_type, text[e.start : e.end]) for e in entities if e.recognizer == name} == (
        expected
    )


GENERIC = [
    ("my IBAN is GB82 WEST 1234 5698 7654 32", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    ("MY IBAN IS GB82 WEST 1234 5698 7654 32", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    ("my ip address is 192.168.1.20", "IP_ADDRESS", "192.168.1.20"),
    ("My website is https://www.quillfeather.example.com/", "URL",
     "https://www.quillfeather.example.com/"),
    ("my driver's license number is D1234567", "US_DRIVER_LICENSE", "D1234567"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), GENERIC)
def test_generic_presidio_recognizers(analyzer, text, entity, value):
    assert (entity, value) in redacted(analyzer, call_of(("B", text)))[0]


# The filter on the model's PERSON spans, whatever the model tags: (text, span, kept).
CLEAN = [
    ("two charges from Dollar General last week", "Dollar General", None),
    ("we shop at Family Dollar mostly", "Family Dollar", None),
    ("and the vin please", "vin", None),
    ("what's your Rx BIN", "Rx BIN", None),
    ("I spoke with Grace Wood yesterday", "Grace Wood", "Grace Wood"),
    ("I spoke with Maren Okafor yesterday", "Maren Okafor", "Maren Okafor"),
    ("Doctor Ingrid Halvorsen called", "Doctor Ingrid Halvorsen", "Ingrid Halvorsen"),
    # a language prompt; the firm before the agent answering the line
    ("Your wait is 4 minutes. Para español, marque 3.", "Para español", None),
    ("good afternoon equifax marisol speaking how can i help", "equifax marisol", "marisol"),
    ("Good morning Nelnet Arjun speaking", "Nelnet Arjun", "Arjun"),
    # a field label read off a card, then its colon: no name; a surname Colon stays
    ("it says vin colon v j two g", "vin colon v", None),
    ("Vin colon forty two j h s", "Vin colon", None),
    ("it says email colon maria dot cruz at aol", "email colon maria", "maria"),
    ("it's jorge colon", "jorge colon", "jorge colon"),
    ("my mechanic is vin colon", "vin colon", "colon"),  # the surname stays
    ("I spoke with Marisol Okafor speaking for her", "Marisol Okafor", "Marisol Okafor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "kept"), CLEAN)
def test_person_span_filter(text: str, span: str, kept: str | None) -> None:
    from recognizers.spacy_ner_recognizer import _clean

    start = text.index(span)
    out = _clean(text, start, start + len(span), "PERSON")
    assert (text[out[1] : out[2]] if out else None) == kept


NER = [
    # a state or a country alone is no PII; cities stay
    ("someone logged in from nevada", "nevada", "GPE", set()),
    ("Oregon license, 55120987.", "Oregon", "GPE", set()),
    ("it was issued in Portugal", "Portugal", "GPE", set()),
    ("I moved from Tucson last year", "Tucson", "GPE", {"Tucson"}),
    ("my apartment in denver has no heat", "denver", "GPE", {"denver"}),
    ("my flight to denver leaves at six", "denver", "GPE", set()),  # a route, no home
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


class _Span:
    def __init__(self, text: str, value: str, label: str, occurrence: int = 0):
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(value, at + 1)
        self.start_char, self.end_char, self.label_ = at, at + len(value), label


@pytest.mark.parametrize(("text", "value", "label", "expected"), NER)
def test_ner_spans_grown_trimmed_or_dropped(
    text: str, value: str, label: str, expected: set[str]
) -> None:
    results = SpacyNerRecognizer().from_spans(text, [_Span(text, value, label)])
    assert {text[r.start : r.end] for r in results} == expected


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


@pytest.mark.parametrize(
    ("text", "value", "label", "expected"),
    [
        # a maker or a model before the thing bought, a lender before the loan
        ("We delivered a Brantley two-piece sectional last week.", "Brantley", "GPE", set()),
        ("It's an Oakmere queen bed frame.", "Oakmere", "GPE", set()),
        ("I'm refinancing my Tidewater mortgage.", "Tidewater", "GPE", set()),
        ("Is this about your Quarrystone loan?", "Quarrystone", "ORG", set()),
        # a county or a city office is no address
        ("marlow county tax assessor's office, how can i help", "marlow county", "GPE", set()),
        ("I called the Pike County clerk yesterday.", "Pike County", "GPE", set()),
        ("you've reached the Renton city permits department", "Renton", "GPE", set()),
        # a firm answering with a question
        ("BRIGHTLOOM OUTFITTERS, HOW MAY I HELP YOU?", "BRIGHTLOOM", "PERSON", set()),
        ("Velmora Home, how can I assist?", "Velmora", "PERSON", set()),
        # people and places stay
        ("Hi Ms. Castellane, how can I help?", "Castellane", "PERSON", {"Castellane"}),
        ("I moved to Marlow County last spring.", "Marlow County", "GPE", {"Marlow County"}),
        ("I sent it to Delphine Arroway yesterday.", "Delphine Arroway", "PERSON",
         {"Delphine Arroway"}),
    ],
)  # fmt: skip
def test_products_offices_and_answering_firms(text, value, label, expected):
    results = SpacyNerRecognizer().from_spans(text, [_Span(text, value, label)])
    assert {text[r.start : r.end] for r in results} == expected


# ---- round 52-54 fixes: charges, holidays, drugs and a pet's medicine are no people


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


# ---- cycle 59 (round 64): a router's default address, a code word after a name


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    "line",
    [
        "A: Open a browser and go to the admin page, it's usually 192.168.1.1. What WAN IP "
        "does it show?",
        "A: type ten dot zero dot zero dot one in your browser, that's the router's page",
    ],
)
def test_router_default_address_visible(analyzer, line):
    masked = _masks(analyzer, line, "C: okay")
    assert "#" not in masked[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: the router shows my laptop at 192.168.1.73", "192.168.1.73"),
        ("A: I see a login from 10.0.0.1 yesterday, was that you?", "10.0.0.1"),
    ],
)
def test_other_private_addresses_hidden(analyzer, line, value):
    masked = _masks(analyzer, "A: okay", line)
    assert value_hidden(masked[1], line[3:], value)


def test_code_word_after_a_name_is_no_part_of_it():
    text = "lenny okoro pin is four four two"
    assert _clean(text, 0, 15, "PERSON") == ("PERSON", 0, 11)


@pytest.mark.parametrize(
    ("line", "visible", "name"),
    [
        ("C: Bogdan Petrovic. He speaks Twi and Tagalog.", "Twi", "Bogdan Petrovic"),
        ("C: Yes, I'm the Somali interpreter, Hodan Warsame.", "Somali", "Hodan Warsame"),
    ],
)
def test_language_no_person(ner_analyzer: CallAnalyzer, line: str, visible: str, name: str) -> None:
    values = redacted_values(ner_analyzer, "A: Go ahead.", line)[1]
    assert visible not in values and any(name in v for v in values), values


def test_language_surname_after_title_kept(ner_analyzer: CallAnalyzer) -> None:
    values = redacted_values(ner_analyzer, "A: Hello.", "C: Hi Mr. English, thanks for calling")
    assert any("English" in v for v in values[1]), values


def test_firm_before_answerer_visible(ner_analyzer: CallAnalyzer) -> None:
    values = redacted_values(ner_analyzer, "A: Maple Ridge, Tanisha speaking.", "C: hi")[0]
    assert "Tanisha" in values and not any("Maple" in v for v in values), values


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
