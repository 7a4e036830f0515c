"""Fix cycle 64 (rounds 70-71), group B1: letters that fix a misread name's end, a surname
said after a filler or particle, short answerer names in the opening, and words the model
or the cues took for people (adverbs, languages, the firm before "NAME speaking")."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from tests.recognizers.conftest import redacted_values


@pytest.mark.parametrize(
    ("line", "letters"),
    [
        ("C: Close, Mr. Whitcombe — O M B E at the end.", "O M B E"),
        ("C: no it's Okonjo, j o at the end", "j o"),
        ("C: It's Dana Fairbairn, F A I R at the start", "F A I R"),
        ("C: Close, Mr. Gallardo, D-O at the very end.", "D-O"),
    ],
)
def test_letters_fixing_a_name_end(analyzer: CallAnalyzer, line: str, letters: str) -> None:
    values = redacted_values(analyzer, "A: Can you spell that again?", line)[1]
    assert letters in values, values


@pytest.mark.parametrize(
    "line",
    [
        "C: Dana Fairbairn. The code is A B C at the end of the form.",
        "C: It's Dana. Then press 1 at the end.",
        "C: Thanks Dana, that's all at the end of the day.",
    ],
)
def test_letters_not_fixing_a_name_stay(analyzer: CallAnalyzer, line: str) -> None:
    values = redacted_values(analyzer, "A: Anything else?", line)[1]
    assert all(len(v) > 3 or v.isalpha() for v in values), values
    assert not any(v in ("A B C", "1") for v in values), values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: yeah it's tobenna uh abernathy-quist calling about my bill", "abernathy-quist"),
        ("C: this is yasmin el haddadi we share the account", "yasmin el haddadi"),
        ("C: hi it's marguerite again marguerite vantongeren", "marguerite vantongeren"),
    ],
)
def test_surname_after_filler_or_particle(analyzer: CallAnalyzer, line: str, name: str) -> None:
    values = redacted_values(analyzer, "A: who am i speaking with", line)[1]
    assert any(name in v for v in values), values


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: this is dana uh lemme check", "lemme"),
        ("C: okay marcus uh let me check", "check"),
        ("A: if it still shows flo we'll send a tech", "we'll"),
    ],
)
def test_no_surname_after_a_filler(analyzer: CallAnalyzer, line: str, visible: str) -> None:
    values = redacted_values(analyzer, "A: who am i speaking with", line)[1]
    assert not any(visible in v for v in values), values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A: willow creek feed supply this is ty", "ty"),
        ("A: northgate roofing claims this is meg", "meg"),
    ],
)
def test_short_answerer_name(analyzer: CallAnalyzer, line: str, name: str) -> None:
    assert name in redacted_values(analyzer, line, "C: hi")[0]


def test_short_form_not_without_cue(analyzer: CallAnalyzer) -> None:
    values = redacted_values(analyzer, "A: thanks for calling willow creek feed supply", "C: hi")
    assert values[0] == [], values


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("C: Could the nurse phone me instead of my son?", "instead"),
        ("C: My doctor already faxed the form over.", "already"),
    ],
)
def test_adverb_after_cue_visible(analyzer: CallAnalyzer, line: str, word: str) -> None:
    values = redacted_values(analyzer, "A: How can I help?", line)[1]
    assert word not in values, values


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
