"""Cycle 47 (fixer S): a local part read back grows over its digits and the domain said
after them; "at" in plain talk stays."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


@pytest.mark.parametrize(
    ("readback", "hidden", "kept"),
    [
        (
            "So that's M dot O-S-E-I, 41, at proton dot me?",
            ["M dot O-S-E-I, 41, at proton dot me"],
            ["So that's "],
        ),
        (
            "Right, K dot L-A-R-S-E-N, 27, at zoho.com, is that it?",
            ["K dot L-A-R-S-E-N, 27, at zoho.com"],
            ["is that it"],
        ),
    ],
)
def test_readback_grows_over_digits_and_domain(analyzer, readback, hidden, kept):
    turns = [
        ("agent", "Could I take an email address?"),
        ("customer", "It's m.osei41@proton.me, or k.larsen27@zoho.com."),
        ("agent", readback),
    ]
    assert_masked(analyzer, turns, 2, hidden, kept)


@pytest.mark.parametrize(
    "text",
    [
        "we met at noon at the office",
        "at the branch on main street",
        "the total was 42 dollars at checkout",
    ],
)
def test_at_in_plain_talk_stays(analyzer, text):
    turns = [("agent", "and your email address?"), ("customer", "r.vance"), ("customer", text)]
    assert_masked(analyzer, turns, 2, [], [text])


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        (
            "actually use oh seven nine six one, two eight four, five five three",
            ["seven nine six one, two eight four, five five three"],
            ["actually use"],
        ),
        # negatives: an amount or a duration after a comma is no group of the number
        (
            "it's oh seven nine six one two eight four, two two one pounds",
            ["seven nine six one two eight four"],
            ["two two one pounds"],
        ),
        (
            "it's oh seven nine six one two eight four, three four five minutes later",
            ["seven nine six one two eight four"],
            ["three four five minutes"],
        ),
    ],
)
def test_number_grows_over_comma_groups(analyzer, reply, hidden, kept):
    turns = [("agent", "and what's the best mobile to text?"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)
