"""Where the answer to a typed question lies in a reply: ``answers.answer_spans``."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans
from recognizers.spoken_normalizer import normalize

ANSWERS = [
    ("ACCOUNT_ID", "yes TB", ["TB"]),
    ("ACCOUNT_ID", "was that T", ["T"]),
    ("ACCOUNT_ID", "OK", []),
    ("ACCOUNT_ID", "2015 Camry?", []),
    ("ACCOUNT_ID", "the Rx BIN is 004336?", []),
    ("ACCOUNT_ID", "it's 2015", ["2015"]),
    ("CARD_EXPIRY", "april 29 and the code on the back", ["april 29"]),
]


@pytest.mark.parametrize(("entity", "text", "spans"), ANSWERS)
def test_answer_spans(entity: str, text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in answer_spans(entity, text)] == spans


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("october", ["october"]),
        ("uh the 14th, 1973", ["the 14th", "1973"]),
        ("the twenty second", ["the twenty second"]),
        ("nineteenth", ["nineteenth"]),
    ],
)
def test_a_birth_date_said_in_pieces(text, pieces):
    norm = normalize(text)
    got = [norm.text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", norm.text)]
    for piece in pieces:
        assert any(normalize(piece).text in g for g in got), (piece, got)


def test_may_i_is_no_month():
    assert answer_spans("DATE_OF_BIRTH", "may i ask why") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Um, QZRTKV I think.", "QZRTKV"),
        ("Yeah, it's KD7.", "KD7"),
        ("it's 9MR", "9MR"),
        ("It's 4HJX 318, Oregon plates.", "4HJX 318"),
    ],
)
def test_short_codes_answer_an_id_question(text, code):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert code in got


@pytest.mark.parametrize(
    "text", ["it's on the 2nd page", "I think it's OK", "around 10am", "the Rx BIN is 004336?"]
)
def test_ordinals_times_and_acronyms_are_no_code(text):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert not any(g in ("2nd", "OK", "10am", "BIN") for g in got)


def test_that_is_it_after_a_value_does_not_cancel_it():
    text = normalize("okay it's falcon nine nine that's it").text
    assert answer_spans("PASSWORD", text)
