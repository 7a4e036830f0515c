"""Cycle 68 (round 78), group AS: a value read over a bad line and broken by a noise tag
("[inaudible]", "(static)"), an ellipsis or a dash cut keeps its pieces on both sides
redacted; amounts, times and talk around a tag stay readable. Values are invented."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans, broken_value
from tests.recognizers.conftest import redacted_values


def _values(entity: str, text: str) -> list[str]:
    return [text[a:b] for a, b in answer_spans(entity, text)]


@pytest.mark.parametrize(
    ("entity", "text", "pieces"),
    [
        ("DATE_OF_BIRTH", "um, 07 [inaudible] 983", ["07", "983"]),
        ("DATE_OF_BIRTH", "it's 05/ ... /1977", ["05", "1977"]),
        ("DATE_OF_BIRTH", "yeah. 12/03/-- ", ["12/03"]),
        ("DATE_OF_BIRTH", "it's 4/9 (static) 962.", ["4/9", "962"]),
        ("DATE_OF_BIRTH", "it's 197 [inaudible] -11-04.", ["197", "11-04"]),
        ("DATE_OF_BIRTH", "the 3rd of march nin [inaudible]", ["the 3rd of march nin"]),
        ("CARD_EXPIRY", "sure, 09 [inaudible] 7.", ["09", "7"]),
        ("CARD_EXPIRY", "uh yeah. octo [inaudible] 8.", ["octo", "8"]),
        ("CARD_EXPIRY", "it's 10/ (INAUDIBLE) 6", ["10", "6"]),
        ("CVV", "okay so 4 ... 1", ["4", "1"]),
        ("PHONE_NUMBER", "612 (inaudible) 3381.", ["612", "3381"]),
        ("ACCOUNT_ID", "yeah, it's 530 (inaudible) 27.", ["530", "27"]),
        ("ACCOUNT_ID", "J44 [inaudible] 801", ["J44", "801"]),
        ("IP_ADDRESS", "okay so 81.14.2 [inaudible]", ["81.14.2"]),
        ("IP_ADDRESS", "sure, 66.31.90-- ", ["66.31.90"]),
        (
            "EMAIL_ADDRESS",
            "sure tnguyen at yahoo [inaudible] com",
            ["tnguyen at yahoo", "com"],
        ),
        ("EMAIL_ADDRESS", "um, rbell@ (inaudible) net", ["rbell", "net"]),
        ("EMAIL_ADDRESS", "okay so hwalsh at ... dot com", ["hwalsh at", "dot com"]),
        ("EMAIL_ADDRESS", "it's o.lane@hotm-- ", ["o.lane@hotm"]),
    ],
)
def test_value_broken_by_bad_line_keeps_pieces(entity: str, text: str, pieces: list[str]) -> None:
    assert _values(entity, text) == pieces


@pytest.mark.parametrize(
    ("entity", "text"),
    [
        ("DATE_OF_BIRTH", "it's $40 [inaudible] a month"),
        ("DATE_OF_BIRTH", "I don't [inaudible] know"),
        ("DATE_OF_BIRTH", "at 3:30 [inaudible] tomorrow"),
        ("CARD_EXPIRY", "hang on ... let me get the card"),
        ("CARD_EXPIRY", "it's in my wallet [inaudible]"),
        ("CVV", "one sec ... i'm looking"),
        ("PHONE_NUMBER", "about 20 minutes [inaudible] ago"),
        ("ACCOUNT_ID", "I have 2 [inaudible] accounts"),
        ("EMAIL_ADDRESS", "not sure [inaudible]"),
        ("EMAIL_ADDRESS", "let me think ... hmm"),
        ("IP_ADDRESS", "no idea [inaudible] sorry"),
    ],
)
def test_talk_around_noise_tag_stays(entity: str, text: str) -> None:
    assert broken_value(entity, text) == []


def test_value_without_break_is_left_to_other_rules() -> None:
    assert broken_value("DATE_OF_BIRTH", "it's 04/11/1982") == []


def test_broken_birth_date_redacted_in_call(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: Can I get your date of birth?",
        "C: Um, 06 [inaudible] 971",
        "A: And the email on the account?",
        "C: sure dpatel at gmail [inaudible] com",
    )
    assert values[1] == ["06", "971"]
    assert "com" in values[3]
    assert any("dpatel" in v for v in values[3])


def test_amount_around_tag_stays_in_call(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: What was the charge you saw?",
        "C: it's $40 [inaudible] a month",
    )
    assert values[1] == []


@pytest.mark.parametrize(
    "reask",
    [
        "Sorry, the connection is really choppy, one more time?",
        "sorry i only caught part of that",
        "I MISSED SOME OF THAT, COULD YOU REPEAT IT?",
    ],
)
def test_value_said_again_after_bad_line(analyzer, reask: str) -> None:
    values = redacted_values(
        analyzer,
        "A: And the expiration date?",
        "C: okay so 04/ [inaudible]",
        f"A: {reask}",
        "C: can you hear me now? 04/31. did you get that?",
    )
    assert values[1] == ["04"]
    assert values[2] == []
    assert values[3] == ["04/31"]
