"""Cycle 45, C2: company lines read out or written down, counts joined to a word, versions
and amounts in pieces, a year after the bank's name. Synthetic values only."""

from __future__ import annotations

import pytest

from pipeline.schema import Call, Turn
from recognizers.call_analyzer import CallAnalyzer


@pytest.fixture(scope="module")
def analyzer():
    return CallAnalyzer.create()


def _redacted(analyzer, *turns: str) -> list[str]:
    """Each turn with its redacted characters shown as '#'."""
    call = Call(
        call_id="c45c2",
        turns=tuple(
            Turn(speaker="agent" if t.startswith("A:") else "customer", text=t[2:].strip())
            for t in turns
        ),
    )
    out = []
    for turn, ents in zip(call.turns, analyzer.analyze_call(call), strict=True):
        chars = list(turn.text)
        for e in ents:
            chars[e.start : e.end] = "#" * (e.end - e.start)
        out.append("".join(chars))
    return out


@pytest.mark.parametrize(
    "turns",
    [
        # the company's line, read out with its extension, then written down by the caller
        (
            "A: if there's anything more our direct line is one eight six six four one two "
            "fifty three ninety one extension forty four twelve",
            "C: alright let me write that down eight six six four one two fifty three ninety one",
        ),
        (
            "A: for quicker service call eight hundred six thirty one two two four seven "
            "and press two",
        ),
        ("A: For faster service, call 1-877-640-2291 and press 6.",),
        (
            "A: IF YOU NEED ANYTHING ELSE, OUR DIRECT LINE IS 1 (833) 402-7715, EXTENSION 5120.",
            "C: OK, LET ME WRITE THAT DOWN. 833-402-7715?",
        ),
        ("A: our fax is eight four four three one six two two nine eight",),
        ("A: you can reach the billing department at 888 410 3372, we're open until seven",),
        ("C: hang on, is this not 1-888 something?",),
    ],
)
def test_company_lines_stay_visible(analyzer, turns):
    assert all("#" not in t for t in _redacted(analyzer, *turns))


@pytest.mark.parametrize(
    "turns, value",
    [
        # a caller's own number after the same words: a toll-free code only is dropped
        (("A: and a good number for you?", "C: let me write that down for you, 805-417-2290"),
         "805-417-2290"),
        (("A: what's your cell?", "C: my cell is 866-240-7719"), "866-240-7719"),
    ],
)  # fmt: skip
def test_a_callers_number_is_still_redacted(analyzer, turns, value):
    last = _redacted(analyzer, *turns)[-1]
    assert value not in last


@pytest.mark.parametrize(
    "text",
    [
        "A: You have three 250-gallon tanks on the route this winter.",
        "A: You may attach a 200-word note to the dispute.",
        "C: I'm on version b k seventy one ninety two of the app and it still crashes",
        "C: It keeps crashing, I'm on version Q4471 of the app.",
        "A: got it, and the amount is fifty one thousand two eighteen forty",
        "A: principal is twenty six forty one thirty and escrow is due in May",
        "A: I'm adding a six twenty five forty credit to the account",
    ],
)
def test_counts_versions_and_amounts_stay_visible(analyzer, text):
    assert "#" not in _redacted(analyzer, text)[0]


def test_a_year_after_the_bank_is_no_account(analyzer):
    (line,) = _redacted(
        analyzer, "A: I see the loan with Maple Bank, and a second lien recorded in 2017."
    )
    assert "2017" in line


def test_an_account_ending_in_a_year_like_number_is_redacted(analyzer):
    line = _redacted(analyzer, "A: which account?", "C: my savings account ends in 2018")[-1]
    assert "2018" not in line
