"""Fix cycle 55, group B1: pronouns, firms and acronyms taken for names, everyday names
said again, nicknames in quotes."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, found, said


def _turn(analyzer, turn: int, *lines: str) -> str:
    """Turn ``turn`` of the call with every redacted character as '#'."""
    return covered(analyzer, said(*lines))[turn]


def test_pronoun_after_a_name_answer_stays(ner_analyzer):
    text = _turn(ner_analyzer, 1, "A: And the patient's name?", "C: Tobias Wren. He's asleep now.")
    assert "Tobias Wren" not in text
    assert "He's asleep" in text
    text = _turn(
        ner_analyzer, 1, "A: Your daughter's name?", "C: Marisa Kell. She's in fourth grade."
    )
    assert "She's in" in text


@pytest.mark.parametrize(
    ("opening", "closing", "firm"),
    [
        ("This is Lighthouse Alarm central station, we have an alarm at your home.",
         "Thanks for calling Lighthouse Alarm. Take care.", "Lighthouse Alarm"),
        ("Good morning, Casa Rosa Catering, Imogen speaking.",
         "Thank you for calling Casa Rosa Catering. Take care.", "Casa Rosa Catering"),
        ("This is Brightwatch Security, how can I help?",
         "Thank you for calling Brightwatch Security. Take care.", "Brightwatch Security"),
    ],
)  # fmt: skip
def test_firm_and_its_common_word_stay(ner_analyzer, opening, closing, firm):
    turns = covered(
        ner_analyzer,
        said(
            f"A: {opening}",
            "C: hi, a false alarm, the catering order and security code",
            f"A: {closing}",
        ),
    )
    assert firm in turns[0] and firm in turns[2]
    for word in ("alarm", "catering", "security"):
        assert word in turns[1]


def test_firm_name_before_a_sign_off_keeps_the_agent(analyzer):
    text = _turn(analyzer, 0, "A: thanks for calling Horizon Wireless devika. Take care.")
    assert "devika" not in text


def test_hoa_is_an_association_not_a_first_name(ner_analyzer):
    turns = covered(
        ner_analyzer,
        said(
            "A: Maplecrest HOA Management, this is Ines.",
            "C: Hi Ines. I want autopay for my HOA dues.",
            "A: Your monthly dues are $275.",
            "C: pinehollow hoa this is radek",
        ),
    )
    assert "Maplecrest HOA" in turns[0] and "Ines" not in turns[0]
    assert "HOA dues" in turns[1]
    assert "dues" in turns[2]
    assert "pinehollow hoa" in turns[3] and "radek" not in turns[3]


def test_hoa_the_first_name_still_found(analyzer):
    text = _turn(analyzer, 1, "A: your name please", "C: my name is hoa tranh")
    assert "hoa tranh" not in text


def test_english_word_of_a_name_said_lower_case_stays(ner_analyzer):
    turns = covered(
        ner_analyzer,
        said("A: This is Northgate Pantry, how can I help?", "C: the pantry shelf is empty"),
    )
    assert "pantry shelf" in turns[1]


@pytest.mark.parametrize(
    ("lines", "turn", "hidden", "kept"),
    [
        (["A: courier support my names reuben"], 0, "reuben", "courier support"),
        (["A: courier support my names mark"], 0, "mark", "courier support"),
        (["A: front desk this is lorna", "C: hey lorna its dean, the dad of ezra"],
         1, "dean", "the dad"),
        (["A: hello you've reached opal jewelers this is june",
          "C: hi june um i have a store credit"], 1, "june", "store credit"),
    ],
)  # fmt: skip
def test_everyday_names_after_their_cue(analyzer, lines, turn, hidden, kept):
    text = _turn(analyzer, turn, *lines)
    assert hidden not in text
    assert kept in text


@pytest.mark.parametrize(
    "line",
    [
        "C: my names are on the lease",
        "C: hey there its working now",
        "C: hi its loading",
        "C: hey guys its me",
    ],
)
def test_everyday_cue_lookalikes_stay(analyzer, line):
    assert "#" not in _turn(analyzer, 0, line)


def test_modal_after_hesitation_stays(analyzer):
    text = _turn(
        analyzer,
        2,
        "A: hi this is june at opal jewelers",
        "C: hi june um i need a ring sized",
        "A: sure it may um take a week",
    )
    assert "may um take" in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Cornelius "Neil" Abernethy signed it', 'Cornelius "Neil" Abernethy'),
        ("Theodora “Tea” Lindqvist is the owner", "Theodora “Tea” Lindqvist"),
        ("Margarethe (Greta) Olsen called", "Margarethe (Greta) Olsen"),
    ],
)
def test_quoted_nickname_inside_a_name(person, text, name):
    assert name in found(person, text)


@pytest.mark.parametrize(
    "text", ['I bought the "Deluxe" Package Plan', 'We call it the "Blue Room" here']
)
def test_quoted_words_that_are_no_name(person, text):
    assert not found(person, text)


@pytest.mark.parametrize(
    ("line", "agent"),
    [
        ("A: Good morning, you've reached Lakeshore Van Rentals. Hope speaking.", "Hope"),
        ("A: Good afternoon, you've reached Birchwood Loans. June speaking.", "June"),
    ],
)
def test_everyday_agent_name_after_the_firm_stays_redacted(analyzer, line, agent):
    assert agent not in _turn(analyzer, 0, line)
