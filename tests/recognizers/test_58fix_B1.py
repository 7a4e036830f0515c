"""Fix cycle 56, group B1: honorifics inside the PERSON span, firms answering the line
taken for names, and the agent's word-like first name in the opening."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said


def _turn(analyzer, turn: int, *lines: str) -> str:
    """Turn ``turn`` of the call with every redacted character as '#'."""
    return covered(analyzer, said(*lines))[turn]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A: Thank you, Mx. Okonjo.", "Thank you, "),
        ("A: Thanks, Mr. Vandermeer. Your pass is ready.", "Thanks, "),
        ("A: Am I speaking with Mrs. Delphine Harrow?", "Am I speaking with "),
        ("A: okay mister adeyemi and your zip", "okay "),
        ("A: Thank you, Miss Tamberlane. I see the order.", "Thank you, "),
        ("A: this is Dr. Ingrid Solvang from the clinic", "this is "),
    ],
)
def test_honorific_is_part_of_the_name(ner_analyzer, line, kept):
    text = _turn(ner_analyzer, 0, line)
    assert text.startswith(kept)
    title = line[3 + len(kept) :].split()[0]
    assert title not in text  # the title is redacted with the name
    assert "#" in text


def test_titled_name_is_one_span(ner_analyzer):
    spans = ner_analyzer.analyze_call(said("A: Thanks, Mx. Quenneville."))[0]
    persons = [(e.start, e.end) for e in spans if e.entity_type == "PERSON"]
    assert persons == [(8, 8 + len("Mx. Quenneville"))]


@pytest.mark.parametrize(
    "line",
    [
        "C: we will miss Harriet at the office, my doctor said so",
        "C: I need to see a doctor about my knee",
        "A: Officer Brandt will call you back",
    ],
)
def test_word_titles_stay_visible(ner_analyzer, line):
    text = _turn(ner_analyzer, 0, line)
    for word in ("miss", "doctor", "Officer"):
        if word in line:
            assert word in text


@pytest.mark.parametrize(
    ("opening", "firm"),
    [
        (
            "Good afternoon, this is Harborline Lofts, I'm Desmond. How can I help?",
            "Harborline Lofts",
        ),
        (
            "good morning this is bluefin pool service i'm tariq what can i do for you",
            "bluefin pool service",
        ),
        ("Hello, Redwood Orchard Supply, you're speaking with Colette.", "Redwood Orchard Supply"),
        (
            "Good afternoon, this is Quillstone Title Agency, this is Bram. How can I help?",
            "Quillstone Title Agency",
        ),
        ("Good morning, Zephyrlink, this is Odette. How can I help you?", "Zephyrlink"),
        (
            "Penney's, this is Marla speaking. Who do I have the pleasure of speaking with?",
            "Penney's",
        ),
        (
            "Thanks for holding. This is Gideon with Dillard's. Can I start with your name?",
            "Dillard's",
        ),
    ],
)
def test_firm_answering_the_line_stays(ner_analyzer, opening, firm):
    text = _turn(ner_analyzer, 0, f"A: {opening}", "C: hi there")
    assert firm in text
    assert "#" in text  # the agent's own name is still redacted


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Good afternoon, this is Rosalind Achebe, I'm calling about your claim.", "Achebe"),
        ("hi this is tobenna okwuosa, i'm returning your call", "okwuosa"),
        ("Hi Anneliese, this is Dr. Marrow from the clinic.", "Anneliese"),
    ],
)
def test_person_answering_is_no_firm(ner_analyzer, opening, name):
    text = _turn(ner_analyzer, 0, f"A: {opening}", "C: oh hi")
    assert name not in text


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("patient accounts this is sage", "sage"),
        ("good evening claims desk august speaking", "august"),
        ("Hello, Tidewater Marine, you're speaking with Hope.", "Hope"),
    ],
)
def test_agent_word_name_in_opening(ner_analyzer, opening, name):
    text = _turn(ner_analyzer, 0, f"A: {opening}", "C: hi")
    assert name not in text


def test_opening_department_words_stay(ner_analyzer):
    text = _turn(ner_analyzer, 0, "A: help desk, you're speaking with the night team.", "C: hi")
    assert "night team" in text


def test_caller_introducing_herself_is_no_firm(ner_analyzer):
    text = _turn(
        ner_analyzer,
        1,
        "A: Thanks for calling, how can I help?",
        "C: Hey, this is Marguerite Oduya-Lind. I'm on a payment plan.",
    )
    assert "Oduya-Lind" not in text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the agent's "name with firm", then a sentence that opens with "this is"
        (
            "A: Hi, this is Teodoro with Lakeside Polling Group. This is a short survey on "
            "local parks.",
            "Teodoro",
        ),
        # a one-word firm, then the agent's own introduction: the firm ends there
        ("A: good morning quillstone this is ifeoluwa how can i help you today", "ifeoluwa"),
    ],
)
def test_agent_introduced_after_a_firm_is_still_redacted(analyzer, line: str, name: str) -> None:
    text = line[3:]
    start = text.index(name)
    assert _turn(analyzer, 0, line, "C: okay")[start : start + len(name)] == "#" * len(name)
