"""Cycle 46, fixer B1: dotted spellings, agents' names in openings, read-backs asked."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


# A dotted spelling or an initial keeps its last dot, as every other letter does.
@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        (
            [("AGENT", "Could you spell the surname please?"), ("CUSTOMER", "P. A. R. V. I. N.")],
            1,
            ["P. A. R. V. I. N."],
            [],
        ),
        (
            [("AGENT", "And the name on the policy?"), ("CUSTOMER", "It's Odile K. I paid $40.")],
            1,
            ["Odile K"],
            ["$40."],
        ),
        (
            [("AGENT", "good morning, crestline insurance, my name is Lars-P., how can I help?")],
            0,
            ["Lars-P."],
            ["how can I help?"],
        ),
    ],
)
def test_last_dot_of_a_spelling(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


# The agent's name in an opening turn, everyday word or not, before the offer of help.
@pytest.mark.parametrize(
    ("opening", "hidden", "kept"),
    [
        ("good evening harborview telecom customer care hope here how may i help", ["hope"], []),
        ("good morning quillsoft billing support dorin here how can i help", ["dorin"], []),
        ("maple dental clinic this is lin bo who am i speaking with", ["lin bo"], ["who am i"]),
        ("RIVERTON STORAGE, THIS IS JUNE. WHO AM I SPEAKING WITH?", ["JUNE"], ["RIVERTON"]),
        ("northfield utilities account support this is fern", ["fern"], ["support"]),
    ],
)
def test_agent_name_in_opening(analyzer, opening, hidden, kept):
    assert_masked(analyzer, [("AGENT", opening)], 0, hidden, kept)


@pytest.mark.parametrize(
    "opening",
    [
        "okay this is correct how can i help you further",
        "hi, this is the billing line how may i help",
        "good morning, support team here, what can i do for you",
        "customer care here how may i help",
        "hi sir this is member accounts how can i help",
        "this is warranty claims, how may i help",
    ],
)
def test_opening_without_a_name_stays(analyzer, opening):
    turns = [("CUSTOMER", "hi there"), ("AGENT", opening)]
    assert_masked(analyzer, turns, 1, [], opening.split()[-3:])


def test_everyday_name_of_an_authorized_user_and_its_details(analyzer):
    turns = [
        ("CUSTOMER", "please add my sister as an authorized user name's hope lindqvist"),
        ("AGENT", "sure and a phone number for hope"),
        ("CUSTOMER", "and what's the user name's rule? i need a phone number for billing"),
    ]
    assert_masked(analyzer, turns, 0, ["hope lindqvist"], ["authorized user"])
    assert_masked(analyzer, turns, 1, ["hope"], ["phone number for"])
    assert_masked(analyzer, turns, 2, [], ["phone number for billing"])


# A read-back question on a short surname or an everyday-word surname.
@pytest.mark.parametrize(
    ("answer", "read_back", "hidden", "kept"),
    [
        ("Imogen Yau.", "Thanks, Imogen. Was that Yaus?", ["Yaus"], ["Thanks"]),
        ("Corwin Faith.", "Thanks, Corwin. Was that Fait?", ["Fait"], []),
        ("Benedek Strall.", "oh ok, i thought you said strell", ["strell"], ["thought you said"]),
    ],
)
def test_read_back_asked(analyzer, answer, read_back, hidden, kept):
    turns = [("AGENT", "Name on the file?"), ("CUSTOMER", answer), ("AGENT", read_back)]
    assert_masked(analyzer, turns, 2, hidden, kept)


@pytest.mark.parametrize("read_back", ["Was that all?", "i thought you said tuesday"])
def test_read_back_of_no_name_stays(analyzer, read_back):
    turns = [("AGENT", "Name on the file?"), ("CUSTOMER", "Imogen Yau."), ("AGENT", read_back)]
    assert_masked(analyzer, turns, 2, [], [read_back.split()[-1].rstrip("?")])
