"""Cycle 49, group B1: a founder's firm in a line's opening, and a surname after
"last name" with the first name before it."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


@pytest.mark.parametrize(
    ("line", "agent"),
    [
        ("Kowalczyk Tax & Accounting, Irene here, how can I help?", "Irene"),
        ("good morning lindqvist car rental omar speaking", "omar"),
        ("Abernathy Orthodontics, Clara speaking.", "Clara"),
        ("Fairbanks Broadband, Mateo speaking.", "Mateo"),
        ("whitlock gas & electric new service this is priya what can i do for you", "priya"),
        ("thank you for calling okafor casualty this is lena how can i help", "lena"),
    ],
)
def test_founders_firm_stays_agent_hidden(ner_analyzer, line, agent) -> None:
    firm = line.split()[0].strip(",")
    if firm.lower() in ("good", "thank"):
        firm = line.split()[2] if firm.lower() == "good" else line.split()[4]
    assert_masked(ner_analyzer, [("agent", line)], 0, [agent], [firm])


def test_founders_trucking_firm_visible(ner_analyzer) -> None:
    line = "Hi, this is Dana Whitfield, calling about one of my insureds, Adeyemi Cartage."
    assert_masked(ner_analyzer, [("customer", line)], 0, ["Dana Whitfield"], ["Adeyemi"])


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("it's mara last name vo", ["mara", "vo"]),
        ("it's tobin last name paris", ["tobin", "paris"]),
        ("it's ines and the last name is ruiz", ["ines", "ruiz"]),
        ("this is oren, surname is vale", ["oren", "vale"]),
    ],
)
def test_surname_after_last_name_cue(analyzer, line, hidden) -> None:
    turns = [("agent", "can i get your member number"), ("customer", line)]
    assert_masked(analyzer, turns, 1, hidden, [])


@pytest.mark.parametrize(
    "line",
    ["it's the last name is wrong", "the last name is different", "it's on my last name"],
)
def test_last_name_talk_without_a_name_stays(analyzer, line) -> None:
    turns = [("agent", "is everything on the card right"), ("customer", line)]
    words = [w for w in line.split() if w not in ("it's", "is", "the", "my", "on")]
    assert_masked(analyzer, turns, 1, [], words)
