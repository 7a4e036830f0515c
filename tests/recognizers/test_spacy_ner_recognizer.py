"""SpacyNerRecognizer (PERSON, LOCATION) with the real small model, and the generic
Presidio recognizers as the analyzer runs them (IBAN, IP, URL, driver licence)."""

from __future__ import annotations

import pytest

from recognizers.spacy_ner_recognizer import SpacyNerRecognizer
from tests.recognizers.conftest import call_of, redacted

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
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "kept"), CLEAN)
def test_person_span_filter(text: str, span: str, kept: str | None) -> None:
    from recognizers.spacy_ner_recognizer import _clean

    start = text.index(span)
    out = _clean(text, start, start + len(span), "PERSON")
    assert (text[out[1] : out[2]] if out else None) == kept
