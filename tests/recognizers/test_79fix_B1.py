"""Cycle 69 (rounds 78-79), group B1: "will" introduced before a filler or the caller's
reason, a crew's roles naming a person, and makes, brands and servicers that are no one's
name (an organ, a piano, a stroller, a store card, a loan servicer). Values are invented."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import redacted_values


def _joined(analyzer, line: str) -> str:
    return " ".join(redacted_values(analyzer, line)[0])


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: hi my name is will um i'm calling about the invoice", "will"),
        ("C: yeah my name is will uh calling because my card was declined", "will"),
        ("C: this is will and i'm on the lease", "will"),
    ],
)
def test_will_before_filler_is_a_name(analyzer, line: str, name: str) -> None:
    assert name in redacted_values(analyzer, line)[0]


@pytest.mark.parametrize(
    "line",
    ["C: i will um check with my wife", "C: it will uh take a while", "C: we will and we did"],
)
def test_will_as_verb_stays_visible(analyzer, line: str) -> None:
    assert "will" not in _joined(analyzer, line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A: great the crew leader is tobias he'll call an hour out", "tobias"),
        ("A: our team lead is ofelia she'll bring the forms", "ofelia"),
        ("A: the foreman dmitri said the stairs are narrow", "dmitri"),
        ("A: your tuner is marguerite she'll be there at noon", "marguerite"),
    ],
)
def test_crew_role_names_a_person(analyzer, line: str, name: str) -> None:
    assert name in _joined(analyzer, line)


@pytest.mark.parametrize(
    "line",
    [
        "A: the crew leader is going to call thirty minutes out",
        "A: the job lead will call you tomorrow",
        "A: the mover is running about forty minutes late",
    ],
)
def test_crew_role_without_name_stays_visible(analyzer, line: str) -> None:
    assert redacted_values(analyzer, line)[0] == []


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("C: it's a hammond b three with the leslie speaker", "hammond"),
        ("C: a hammond b three with the leslie", "leslie"),
        ("C: we also own a Baldwin Acrosonic upright", "Baldwin"),
        ("C: I left a black Uppababy at gate nine", "Uppababy"),
        ("A: is that the Target card or the Lowe's card?", "Lowe"),
        ("C: Lowe's. The balance is about nine hundred.", "Lowe"),
        ("A: and the servicer is Lakeview?", "Lakeview"),
        ("C: it's with Lakeview Loan Servicing", "Lakeview"),
    ],
)
def test_brands_stay_visible(ner_analyzer, line: str, word: str) -> None:
    assert word not in _joined(ner_analyzer, line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("C: my name is leslie hammond", "leslie"),
        ("C: this is leslie calling about the hammond account", "leslie"),
        ("C: my name is Dana Lowe, L O W E", "Lowe"),
        ("A: I spoke with Mr. Lowe's assistant yesterday", "Lowe"),
        ("C: my name is Priya Baldwin", "Baldwin"),
    ],
)
def test_same_words_naming_a_person_stay_redacted(ner_analyzer, line: str, name: str) -> None:
    assert name in _joined(ner_analyzer, line)


@pytest.mark.parametrize("line", ["A: okay go ahead with the first creditor", "C: hang on a sec"])
def test_phrase_verb_after_name_answer_stays_visible(analyzer, line: str) -> None:
    values = redacted_values(analyzer, "A: and your name", "C: ottilie brandvold", line)
    assert values[2] == []


def test_name_after_name_question_still_redacted(analyzer) -> None:
    values = redacted_values(analyzer, "A: and your name please", "C: gorana pavlic")
    assert any("gorana" in v for v in values[1])
