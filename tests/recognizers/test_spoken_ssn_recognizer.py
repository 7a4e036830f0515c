"""SpokenSsnRecognizer (US_SSN): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.spoken_ssn_recognizer import SpokenSsnRecognizer
from tests.recognizers.conftest import found

CASES = [
    ("it's 123-45-6789", {"123-45-6789"}),
    ("123 45 6789", {"123 45 6789"}),
    ("my social is one two three four five six seven eight nine",
     {"one two three four five six seven eight nine"}),
    ("MY SSN IS 123456789", {"123456789"}),
    ("last four of my social are 6789", {"6789"}),
    ("social ending six seven eight nine", {"six seven eight nine"}),
    # near misses: invalid areas, bare nine digits without a cue, four digits without cue
    ("000-12-3456", set()),
    ("666-12-3456", set()),
    ("912-34-5678", set()),
    ("123456789", set()),
    ("the last four are 6789", set()),
    ("call 555-123-4567", set()),
    # pauses written as ellipses between the groups
    ("sure, 4 1 8... 2 6... 3 0 7 5", {"4 1 8... 2 6... 3 0 7 5"}),
    ("it's 529… 71… 0846", {"529… 71… 0846"}),
    ("page 000... 12... 3456", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_ssn_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenSsnRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tax form's number after "social security" is no last four
        ("social security sent the 1099 s s a last week", set()),
        ("my social security 1042 form came", set()),
        # a last four that happens to look like a form number stays
        ("the last four of my social are 1099", {"1099"}),
        ("social ending in 5521", {"5521"}),
    ],
)
def test_tax_form_after_social_security(text: str, expected: set[str]) -> None:
    assert found(SpokenSsnRecognizer(), text) == expected


# ---- round 56-59 fixes: the last four near social security benefit words


SSN = SpokenSsnRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "my social is 6613",
        "the last four of my social security, she gets like 7702",
        "my mom gets social security and her number ends in 2295",
        "last four on my social security 8841",
        "she receives social security, last 4 is 3356",
    ],
)
def test_ssn_last_four_near_benefit_words_stays(text: str) -> None:
    assert found(SSN, text)


# ---- round 85 fixes: "ssn last four" with the count glued to the digits read after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this is jane smith ssn last four six five oh one phone", {"four six five oh one"}),
        ("the charge ssn last four ninety eight fifty-one callback",
         {"four ninety eight fifty-one"}),
        ("social last four eighteen fifty-six number is", {"four eighteen fifty-six"}),
        ("SSN LAST FOUR THREE FOUR SEVEN OH ZIP", {"FOUR THREE FOUR SEVEN OH"}),
        # no social named: not this recognizer's (the safety net's)
        ("i have to leave at two thirty last four one two five nine", set()),
    ],
)  # fmt: skip
def test_ssn_last_four_glued_to_its_count(text: str, expected: set[str]) -> None:
    assert found(SSN, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last four are the number after the cue, not a later amount or time
        ("ssn last four ten twenty-one its about the two forty five seven charge",
         {"four ten twenty-one"}),
        ("my ssn 41021 and the 2457 charge", set()),
        # a lone digit between the cue and the last four is no other number
        ("social, last 4 is 6789", {"6789"}),
    ],
)  # fmt: skip
def test_ssn_last_four_is_the_first_number_after_the_cue(text: str, expected: set[str]) -> None:
    assert found(SSN, text) == expected


# ---- round 86 fixes: the benefit's amount told by the words after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the social security benefit with its amount: no last four
        ("social security one thousand eighty six dollars a month", set()),
        ("social security, 1241 bucks a month", set()),
        ("and social security 1109 a month", set()),
        ("my social security is 1450 per month", set()),
        ("social security 1380 monthly", set()),
        # a last four followed by other words stays, and so does "a month ago"
        ("my social, last four 1086 a month ago i called", {"1086"}),
        ("social ending in 4417 and i get 1200 dollars a month", {"4417"}),
        ("last four of my social is 6789, dollars are short this month", {"6789"}),
    ],
)
def test_ssn_last_four_amount_said_after(text: str, expected: set[str]) -> None:
    assert found(SSN, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the last four of my social if you need it for the tax form is six seven eight nine",
            {"six seven eight nine"},
        ),
        ("the last four of my social security number, the one on the card, is 4417", {"4417"}),
        # an aside is no licence to take any number after "social security"
        ("i called social security about my benefits and what they said is 2023 was fine", set()),
    ],
)
def test_last_four_of_the_social_stated_after_an_aside(text, expected):
    assert found(SpokenSsnRecognizer(), text) == expected
