"""Round 6: card endings read with digit homophones, endings asked across turns, and
cue pre-checks that keep the pattern recognizers fast."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.questions import question_types
from recognizers.spoken_normalizer import normalize


def _norm(text: str) -> str:
    out = normalize(text)
    return out.text if hasattr(out, "text") else out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the one that ends in for to to one", "4221"),
        ("the card ending with won ate for to", "1842"),
        ("its the visa that ends in to for for six", "2446"),
        ("use the one ending ate won too for", "8124"),
    ],
)
def test_homophones_after_ending_are_digits(text, expected):
    assert expected in _norm(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have it for two to four weeks",
        "it ends in two to three days",
        "ending in for a while",
        "the promo ends in for two more days",
    ],
)
def test_homophones_stay_words_outside_values(text):
    out = _norm(text)
    assert "for" in out or "to" in out


@pytest.mark.parametrize(
    "question",
    [
        "the rate is one eighty nine a night should i put it on the card ending in",
        "ok and that's the mastercard ending",
        "so we'll charge the debit card ending with",
    ],
)
def test_open_card_ending_asks_for_card(question):
    assert question_types(question) == ("CREDIT_CARD",)


@pytest.mark.parametrize("text", ["the meeting is ending", "the call is ending soon sorry"])
def test_ending_without_value_asks_nothing(text):
    assert "CREDIT_CARD" not in question_types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("send it to Fort Collins, CO 80521 please", "Fort Collins, CO 80521"),
        ("it's Tulsa, OK 74103", "Tulsa, OK 74103"),
    ],
)
def test_city_state_zip_still_found_with_cue(text, value):
    hits = AddressRecognizer().analyze(text, ["ADDRESS"])
    assert any(value in text[h.start : h.end] for h in hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("um, it's bluejay 44", True),
        ("yeah ok kestrel_19", True),
        ("i paid 44 dollars", False),
        ("hold on one second", False),
    ],
)
def test_bare_password_answer_anchored(text, found):
    assert bool(PasswordRecognizer().analyze(text, ["PASSWORD"])) == found
