"""Fix cycle 65 (rounds 72-73), group AS: "nought" and "treble" read as digits, the paper a
code is read off kept out of the value, "code" alone as the CVV prompt, and a bill's due
day kept apart from the birth date just given."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.conversation import expected_types
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import redacted_values


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("nought four one nine two two", "041922"),
        ("five three eight nought nought one", "538001"),
        ("seven naught two six", "7026"),
        ("treble four one eight", "44418"),
        ("two nought treble nine six", "209996"),
        ("double nought three five", "0035"),
    ],
)
def test_nought_and_treble_read_as_digits(spoken: str, digits: str) -> None:
    assert digits in normalize(spoken).text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    ["it all came to nought in the end", "the treble clef", "turn up the treble a bit"],
)
def test_nought_and_treble_in_prose_stay(text: str) -> None:
    assert normalize(text).text == text


def test_nought_in_a_spoken_number_is_redacted(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: can i take a contact number",
        "C: yeah it's nought seven nine one four two two",
    )[1]
    assert any(v.startswith("nought seven") and v.endswith("two two") for v in values), values


def test_paper_read_off_is_no_part_of_the_code(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: you can order as long as you have the access code",
        "C: i have the little card it says p seven three x two one",
    )[1]
    assert values and all(v.startswith("p seven") for v in values), values


def test_code_alone_after_card_and_expiry_is_the_cvv() -> None:
    texts = ["card", "five two two two", "expiry", "april thirty", "code", "six zero four"]
    speakers = ["agent", "customer"] * 3
    assert "CVV" in expected_types(speakers, texts)[5]


def test_code_alone_without_a_card_is_no_cvv() -> None:
    texts = ["order number", "four four one two", "code", "six zero four"]
    speakers = ["agent", "customer"] * 2
    assert "CVV" not in expected_types(speakers, texts)[3]


@pytest.mark.parametrize(
    "line",
    [
        "A: Okay, there's a balance of $88.10 due on the twelfth. Anything else?",
        "A: Thanks. Your plan renews on the 3rd. What can I help with?",
    ],
)
def test_due_day_after_birth_date_stays(analyzer: CallAnalyzer, line: str) -> None:
    values = redacted_values(analyzer, "A: And your date of birth?", "C: sure, 2/17/1971", line)[2]
    assert not values, values


def test_day_read_back_still_checks_birth_date(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer, "A: And your date of birth?", "C: it's 6/21/1983", "A: the twenty first?"
    )[2]
    assert values == ["the twenty first"], values
