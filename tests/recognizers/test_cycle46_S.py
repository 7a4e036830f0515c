"""Cycle 46 (fixer S): a zero said "oh" set off by commas inside a number read in groups,
and a domain read back alone is no email local part."""

from __future__ import annotations

import pytest

from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import call_of, found, redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven one eight, three three two, oh, nine one four", "7183320914"),
        ("six oh two, eight one one, oh, four four seven", "6028110447"),
        ("nine one seven, oh, four four, six one two three", "9170446123"),
        ("it's three one two, six, oh, six", "it's 312, 6, 06"),
    ],
)
def test_oh_between_commas_in_digit_groups_is_zero(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "oh, okay",
        "oh, i see",
        "oh, it's two",
        "oh, two",
        "two, oh, three weeks ago",
        "four, oh, five days",
        "we had three, oh, maybe four people",
    ],
)
def test_oh_as_an_exclamation_stays(text: str) -> None:
    assert "oh" in normalize(text).text


def test_phone_read_in_comma_groups_with_a_zero_said_oh(analyzer) -> None:
    call = call_of(
        ("agent", "And what's a good callback number?"),
        ("caller", "seven one eight, three three two, oh, nine one four"),
        ("agent", "Oh, okay. The fee is two, oh, five dollars"),
    )
    turns = redacted(analyzer, call)
    assert any(v == "seven one eight, three three two, oh, nine one four" for _, v in turns[1])
    assert not turns[2]


@pytest.mark.parametrize(
    "text",
    ["is that orange dot fr", "yes proton dot me", "so it's btinternet dot co dot uk"],
)
def test_a_domain_read_back_alone_is_no_local_part(text: str) -> None:
    assert found(SpokenEmailRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i have r dot halvorsen", "r dot halvorsen"),
        ("so it's tamsin dot okoye 31", "tamsin dot okoye 31"),
        ("is it j dot a dot ferrante", "j dot a dot ferrante"),
    ],
)
def test_a_local_part_with_dot_is_still_found(text: str, value: str) -> None:
    assert value in found(SpokenEmailRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "you can email it to refunds at brightwater dot com",
        "send the form to billing@harborline.net please",
        "it's CLAIMS AT NORTHRIDGE DOT COM",
    ],
)
def test_a_company_role_mailbox_is_no_personal_email(text: str) -> None:
    assert found(SpokenEmailRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my email is sales.kwon@outlook.com", "sales.kwon@outlook.com"),
        ("it's billingsley at gmail dot com", "billingsley at gmail dot com"),
    ],
)
def test_a_personal_email_with_a_role_word_in_it_is_found(text: str, value: str) -> None:
    assert value in found(SpokenEmailRecognizer(), text)
