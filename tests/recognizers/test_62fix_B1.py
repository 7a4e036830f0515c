"""Cycle 58 (rounds 62-63), group B1: "Surname, Firstname" read-backs as one span, agents'
names in openings and cued mid-call, and words a name pattern took that are acronyms,
languages, brands, firms, menus, ranks or a licence's state."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import redacted_values


def _persons(analyzer, *lines: str) -> list[list[str]]:
    return redacted_values(analyzer, *lines)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: Uh, HALVORSEN, Brianna. I already gave all this.", "HALVORSEN, Brianna"),
        ("A: Let me make sure I have that, Whitfield, Gloria, correct?", "Whitfield, Gloria"),
        ("A: Thank you, Okafor, Samuel, is that right?", "Okafor, Samuel"),
        ("C: Jenkins , Harold", "Jenkins , Harold"),
    ],
)
def test_surname_comma_first_is_one_span(ner_analyzer, line, name):
    values = _persons(ner_analyzer, "A: Can I have your last and first name?", line)[1]
    assert name in values


@pytest.mark.parametrize(
    "line",
    [
        "C: I called Maria, Jennifer, and Paul about it",
        "C: Maria, Jennifer and Paul came in together",
    ],
)
def test_list_of_people_stays_apart(ner_analyzer, line):
    values = _persons(ner_analyzer, "A: who else is on the account?", line)[1]
    assert not any(", " in v for v in values)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A: good afternoon county water office reed speaking", "reed"),
        ("A: GOOD MORNING, YOU'VE REACHED ALDER BILLING. I'M PRIYA. HOW CAN I HELP?", "PRIYA"),
        ("A: good morning harbor mutual insurance sandy how may i assist you", "sandy"),
        ("A: hello you've got brianna i just need to check a few things", "brianna"),
        ("C: her name tag said Lucinda, she was very nice", "Lucinda"),
        ("C: yeah it says gregory and a phone number", "gregory"),
        ("A: thank you heather have a good one", "heather"),
    ],
)
def test_agent_and_cued_names_found(analyzer, line, name):
    assert name in _persons(analyzer, line)[0]


@pytest.mark.parametrize(
    "line",
    [
        "A: good morning thank you for calling how may i help",
        "A: hi, I'm sorry, how can I help you",
        "A: hi I'm here, how can I help",
        "A: you've got it i just need one more thing",
        "C: the card says pending",
    ],
)
def test_openings_without_names_stay_visible(analyzer, line):
    assert _persons(analyzer, line)[0] == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: i want to know if my hsa money moves with me", "hsa"),
        ("A: that's the f s a, it's use it or lose it", "f s a"),
        ("C: My FSA card got declined.", "FSA"),
        ("C: It's an ITIN, not a social.", "ITIN"),
        ("C: you're going to levy my account?", "levy"),
        ("A: This is Olga in the Levy Unit.", "Levy"),
        ("C: HR called me into the office today.", "into"),
        ("C: I'd like the evening Spanish course.", "Spanish"),
        ("C: Sorry, it's Polish, should I spell it?", "Polish"),
        ("C: I'm trying to use my Davis Vision benefits.", "Davis"),
        ("C: I want to reorder the Dailies Total 1.", "Dailies"),
        ("C: It's Progressive, policy pending.", "Progressive"),
        ("C: The form is under Forms and Documents.", "Forms"),
        ("C: Okay, it's Vermont, 55512345.", "Vermont"),
        ("C: It's Oregon, D9", "Oregon"),
        ("A: Good morning, Westfield Youth Orchestra, how can I help?", "Westfield"),
        ("A: thanks for holding, this is Ann with the Brightwater HSA team", "Brightwater"),
        ("C: I need to reorder Biscuit's pills.", "reorder"),
        ("A: Good morning, Eastbrook, this is Tamsin speaking.", "Eastbrook"),
    ],
)
def test_words_that_are_no_name_stay_visible(analyzer, line, kept):
    values = " ".join(_persons(analyzer, line)[0])
    assert kept not in values


def test_greeted_customer_kept(analyzer):
    values = _persons(analyzer, "A: Good morning Rosalind, this is Oona from the clinic.")
    assert "Rosalind" in values[0]


def test_title_and_rank_around_names(analyzer):
    values = _persons(analyzer, "A: Thank you, Ms. Levy.", "C: This is Sgt. Dominic Ferreira.")
    assert values[0] == ["Ms. Levy"]
    assert "Sgt" not in " ".join(values[1])
