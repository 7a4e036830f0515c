"""Emails: spelled local parts before "at"/"@", a webmail name alone, German "punkt", an
"i"/"a" initial after "it's", and read-back verbs kept out of the local part."""

from __future__ import annotations

import pytest

from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from tests.recognizers.conftest import assert_masked, found

ASK = ("agent", "what's the best email for you")


@pytest.fixture(scope="module")
def email() -> SpokenEmailRecognizer:
    return SpokenEmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t o r v a l d seven at yahoo", {"t o r v a l d seven at yahoo"}),
        ("q u i n n . r o e @ posteo.net", {"q u i n n . r o e @ posteo.net"}),
        ("k, M-A-R-L-O-W-E, at brightfield.org", {"k, M-A-R-L-O-W-E, at brightfield.org"}),
        (
            "papa echo tango romeo alpha, at lumen dot net",
            {"papa echo tango romeo alpha, at lumen dot net"},
        ),
        ("anke punkt vogel at gmx punkt de", {"anke punkt vogel at gmx punkt de"}),
        # near misses: spelled codes and words that are no address
        ("it's x r four nine two at the front desk", set()),
        ("the code is b q seven at noon", set()),
        ("meet me at outlook tower at five", set()),
    ],
)
def test_spelled_local_part(email, text, expected):
    assert found(email, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just to verify dmitri underscore volkov at aol dot com", {"dmitri"}),
        ("let me confirm harlow.p88@proton.me", {"harlow.p88@proton.me"}),
    ],
)
def test_read_back_verb_is_not_local_part(email, text, expected):
    values = found(email, text)
    assert not any(v.startswith(("verify", "confirm")) for v in values)
    assert any(v.startswith(tuple(expected)) for v in values)


def test_webmail_name_alone_turn(analyzer):
    turns = [
        ("customer", "it's d o r n e two two at gmail dot com"),
        ("agent", "d o r n e two two"),
        ("customer", "mm-hmm"),
        ("agent", "at gmail"),
        ("customer", "we meet at noon, at the office"),
    ]
    assert_masked(analyzer, turns, 3, ["at gmail"], [])
    assert_masked(analyzer, turns, 4, [], ["meet at noon", "at the office"])


def test_initial_i_after_its(analyzer):
    turns = [ASK, ("customer", "it's i mensah dot vale at icloud dot com, and it costs $40")]
    assert_masked(analyzer, turns, 1, ["i mensah dot vale at icloud dot com"], ["$40", "it's"])


def test_german_punkt_piece(analyzer):
    turns = [ASK, ("customer", "r punkt hofmann, sorry, r dot hofmann at web dot de")]
    assert_masked(analyzer, turns, 1, ["r punkt hofmann", "r dot hofmann at web dot de"], ["sorry"])


def test_spelled_email_keeps_amounts_and_times(analyzer):
    turns = [
        ASK,
        ("customer", "w e s t o n nine at hotmail, and I paid $125 at 3:30 on my account 2"),
    ]
    assert_masked(analyzer, turns, 1, ["w e s t o n nine at hotmail"], ["$125", "3:30", "paid"])
