"""DateOfDeathRecognizer (DATE_OF_DEATH): matches and near misses, with spans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.config import RecognizerSettings, load_config
from recognizers.date_of_death_recognizer import DateOfDeathRecognizer
from tests.recognizers.conftest import found, redacted, said

DOD = DateOfDeathRecognizer()

# A date a death cue in the same turn ties to a person: written, spoken, caps, mixed.
POSITIVES = [
    ("he passed away on march fourth twenty twenty four", "march fourth twenty twenty four"),
    ("date of death is 03/14/2024", "03/14/2024"),
    ("she died on the 2nd of January", "the 2nd of January"),
    ("DOD 1/5/2025", "1/5/2025"),
    ("my husband passed march 3rd", "march 3rd"),
    (
        "the date of death on the certificate is november eleventh, two thousand twenty three",
        "november eleventh, two thousand twenty three",
    ),
    ("died 11-11-2023", "11-11-2023"),
    ("HE PASSED AWAY ON MARCH FOURTH", "MARCH FOURTH"),
    ("date of death oh three one four twenty twenty four", "oh three one four twenty twenty four"),
    ("she passed on the twenty first of june", "the twenty first of june"),
    ("mom passed away january the fifth", "january the fifth"),
    ("the date he died was march 3rd", "march 3rd"),
    ("march 3rd is when he died", "march 3rd"),
    ("March 3rd, the day my mom passed away", "March 3rd"),
    ("on march 3rd my father passed away", "march 3rd"),
    ("she was deceased as of 3/3/2024", "3/3/2024"),
    ("since her passing on june 2nd", "june 2nd"),
    ("she died peacefully at home on may 5 2023", "may 5 2023"),
    ("he died in march twenty nineteen", "march twenty nineteen"),
    ("Death date: 2024-02-29", "2024-02-29"),
    ("my wife passed away the 9th of october, 2022", "the 9th of october, 2022"),
    (
        "D O D twelve slash one slash twenty twenty three",
        "twelve slash one slash twenty twenty three",
    ),
    # eight digits read month first after "passed"
    ("they passed on oh seven oh one two oh two five", "oh seven oh one two oh two five"),
    (
        "THEY PASSED ON ZERO NINE FOURTEEN TWENTY TWENTY THREE",
        "ZERO NINE FOURTEEN TWENTY TWENTY THREE",
    ),
    ("my mom passed oh three oh two twenty twenty five", "oh three oh two twenty twenty five"),
]
# Look-alikes that stay readable: events after a death, things that "die", deadlines,
# relative dates and a bare year (Safe Harbor keeps the year).
NEGATIVES = [
    "the funeral is on march 10th",
    "the service was on the 5th",
    "the estate hearing is june 3rd",
    "it died down on march 3rd",
    "the battery died on tuesday",
    "the battery died on march 3rd",
    "my phone just died on march 3rd",
    "march 3rd is when my battery died",
    "payment due march 4th",
    "he died last tuesday",
    "he died in twenty nineteen",
    "he passed away in january and the funeral is on march 10th",
    "he died, payment due march 4th",
    "the deadline passed march 4th",
    "I passed on the offer march 3rd",
    "he passed out on march 3rd",
    "the deceased date of birth is 03/14/1950",
    "your appointment is june 3rd at 2pm",
    "the delivery is june 3rd",
    "he died owing $1,250.00",
    "march 4th 2024",
    "the deadline passed on oh seven oh one two oh two five",
    "he passed on oh seven oh one two oh two five nine three",
]
CASES = [(text, {value}) for text, value in POSITIVES] + [(text, set()) for text in NEGATIVES]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_of_death_recognizer(text: str, expected: set[str]) -> None:
    assert found(DOD, text) == expected


@pytest.fixture(scope="module")
def without_dod() -> CallAnalyzer:
    """The packaged config without NER and with DateOfDeathRecognizer switched off."""
    config = load_config()
    settings = dict(config.recognizers)
    settings["DateOfDeathRecognizer"] = RecognizerSettings(enabled=False)
    return CallAnalyzer(replace(config, ner_enabled=False, recognizers=settings))


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_the_whole_call_redacts_the_date_as_a_date_of_death(
    analyzer: CallAnalyzer, without_dod: CallAnalyzer, text: str, value: str
) -> None:
    call = said("A: I'm sorry for your loss.", f"C: {text}")
    assert ("DATE_OF_DEATH", value) in redacted(analyzer, call)[1]
    assert not any(e == "DATE_OF_DEATH" for e, _ in redacted(without_dod, call)[1])


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_stay_readable_in_a_call(analyzer: CallAnalyzer, text: str) -> None:
    call = said("A: I'm sorry for your loss.", f"C: {text}")
    assert not any(e == "DATE_OF_DEATH" for e, _ in redacted(analyzer, call)[1])


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "What was the date of death?",
            "march fourth twenty twenty four",
            "march fourth twenty twenty four",
        ),
        ("And when did he pass away?", "um, it was June 2nd, 2023.", "June 2nd, 2023"),
        (
            "When did she pass?",
            "March fourth twenty twenty four.",
            "March fourth twenty twenty four",
        ),
    ],
)
def test_the_answer_to_a_death_question(
    analyzer: CallAnalyzer, question: str, answer: str, value: str
) -> None:
    call = said(f"A: {question}", f"C: {answer}")
    assert ("DATE_OF_DEATH", value) in redacted(analyzer, call)[1]


def test_a_bare_date_after_another_question_is_no_date_of_death(analyzer: CallAnalyzer) -> None:
    call = said("A: When would you like the delivery?", "C: march fourth")
    assert not any(e == "DATE_OF_DEATH" for e, _ in redacted(analyzer, call)[1])


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "may twenty third twenty twenty three no sorry the twenty third of may two "
            "thousand twenty four",
            {
                "may twenty third twenty twenty three",
                "the twenty third of may two thousand twenty four",
            },
        ),
        ("IT WAS 05/04/2026 NO SORRY 05/04/2025", {"05/04/2026", "05/04/2025"}),
        (
            "23 November 2026 - no, hold on, that's wrong. 23 November 2025.",
            {"23 November 2026", "23 November 2025"},
        ),
        # either date read as digits
        (
            "OH ONE OH FOUR TWO OH TWO FIVE WAIT NO IT'S JANUARY FOURTH TWENTY TWENTY FOUR",
            {"OH ONE OH FOUR TWO OH TWO FIVE", "JANUARY FOURTH TWENTY TWENTY FOUR"},
        ),
        (
            "may twenty five two thousand twenty four no hold on that's wrong oh five twenty "
            "five two thousand twenty five",
            {
                "may twenty five two thousand twenty four",
                "oh five twenty five two thousand twenty five",
            },
        ),
    ],
)
def test_an_answer_corrected_in_the_same_turn(analyzer: CallAnalyzer, answer, values) -> None:
    # the wrong date and the right one are both the answer to "date of death?"
    call = said("A: And what was the date of death?", f"C: {answer}")
    found = {v for e, v in redacted(analyzer, call)[1] if e == "DATE_OF_DEATH"}
    assert found == values, found


def test_a_corrected_date_after_another_question_is_no_date_of_death(
    analyzer: CallAnalyzer,
) -> None:
    call = said("A: When is the delivery?", "C: may third no sorry may fourth")
    assert not any(e == "DATE_OF_DEATH" for e, _ in redacted(analyzer, call)[1])


# A date that takes back a cued date of death is the date of death too.
CORRECTIONS = [
    (
        "they passed on june fifth twenty twenty four wait no it's june sixth two thousand "
        "twenty four",
        {"june fifth twenty twenty four", "june sixth two thousand twenty four"},
    ),
    (
        "They passed on june fifth twenty twenty four - no hold on that's wrong. june 5, 2025.",
        {"june fifth twenty twenty four", "june 5, 2025"},
    ),
    (
        "They passed on September 18 2024... wait, no. It's 8 September 2023.",
        {"September 18 2024", "8 September 2023"},
    ),
    (
        "my father died on march 3rd 2024, sorry, scratch that, oh three oh four twenty "
        "twenty four",
        {"march 3rd 2024", "oh three oh four twenty twenty four"},
    ),
    # no take-back word: what follows the date is something else
    ("he passed on march 3rd 2024, it's march 10th we buried him", {"march 3rd 2024"}),
    ("he passed on march 3rd 2024, no wait, the funeral was march 10th", {"march 3rd 2024"}),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTIONS)
def test_a_date_that_corrects_a_date_of_death(text: str, expected: set[str]) -> None:
    assert found(DOD, text) == expected


@pytest.mark.parametrize(("text", "expected"), CORRECTIONS)
def test_the_correction_in_a_call(analyzer: CallAnalyzer, text: str, expected: set[str]) -> None:
    call = said("A: I'm sorry for your loss.", f"C: {text}")
    values = {v for e, v in redacted(analyzer, call)[1] if e == "DATE_OF_DEATH"}
    assert expected <= values, values
