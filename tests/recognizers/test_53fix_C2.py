"""Cycle 53, group C2: numbers that are no one's id left visible by the safety net and its
neighbours: a written date's year and a booking date in digits, the end of a span of
service years, an amount said as words (a payoff, a disputed sum, a plan's price), loan
terms glued into one run, a form named by its number, and another office's toll-free line
passed on or read back. Real ids, birth dates and callers' lines stay redacted."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said


def _visible(analyzer, *lines: str) -> list[str]:
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    "line",
    [
        "A: We can have someone out on March 12, 2026 between 9 and noon.",
        "A: Your plan renews on Nov 30 2025 at midnight.",
        "C: The package has been stuck since the 4th of January, 2026.",
        "A: i can book you on april nineteenth twenty twenty six at two thirty",
        "C: the concert on june second twenty twenty five was cancelled",
    ],
)
def test_written_date_year_stays(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "lines",
    [
        ("A: What day works for the install?", "C: 11-6-25, if possible."),
        ("C: I want seats for the game on 4-18-26 please.",),
        ("A: we can come oh six one seven twenty twenty six between eight and noon",),
        ("A: your next statement date is one one zero three twenty five",),
    ],
)
def test_booking_date_in_digits_stays(analyzer, lines):
    mask = _visible(analyzer, *lines)[-1]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "C: Marines, 1987 to 1993.",
        "C: navy nineteen eighty one to nineteen eighty nine",
        "C: I served in the Air Force 2005 through 2012.",
    ],
)
def test_service_years_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "A: your ten day payoff is nine thousand four hundred twelve thirty eight good through may",
        "A: you won't be charged for the disputed four hundred eighteen sixty two",
        "A: you'll be billed monthly for the thirty four ninety nine premium care plan",
        "A: we can offer twenty four thirty six and forty eight month terms on that",
    ],
)
def test_amounts_and_terms_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "A: Please complete VA Form 22-1990E and mail it back.",
        "A: You'll want Form 20-0995 for a supplemental claim.",
        "A: i'll submit the twenty two nineteen ninety for you today",
        "A: you need to file the twenty one eight three five e z first",
        "A: I can mail you a 21-4138 to the address on file.",
    ],
)
def test_form_numbers_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


def test_other_office_toll_free_line_stays(analyzer):
    masks = _visible(
        analyzer,
        "A: the pension center handles that, you can call them at eight hundred six one "
        "four three two nine seven",
        "C: eight hundred six one four three two nine seven okay",
        "A: The clinic is separate. Their number is 866-402-7719.",
        "A: Please send the signed release to fax 713-555-0148 by Friday.",
    )
    assert all("#" not in m for m in masks), masks


@pytest.mark.parametrize(
    ("lines", "hidden"),
    [
        # a birth date given to verify, no cue in the turn: the year stays hidden
        (("A: Thanks. And to verify?", "C: Maria Lopez, May 9th, 2016."), "2016"),
        (("A: And the date of birth?", "C: July 2nd, 2021."), "2021"),
        (("C: my daughter was born on 4-11-22",), "4-11-22"),
        (("A: And the member ID?", "C: it's 0921 2025."), "0921"),
        # an id before a count of days does not rise like a list of terms
        (("C: my account number is 8813 and 3 days ago it was charged",), "8813"),
        # a claim number after "file the" is the claim's
        (("C: i need to file the 552019 claim number again",), "552019"),
        (("C: I'll send the 31-0072219 over tonight",), "31-0072219"),
        # a caller's own line is theirs, whatever the cue
        (("C: you can reach me at 818 555 0172 okay",), "818 555 0172"),
        (("A: what's a good callback number?", "C: 877 555 0139 okay"), "877 555 0139"),
    ],
)
def test_real_numbers_stay_hidden(analyzer, lines, hidden):
    mask = _visible(analyzer, *lines)[-1]
    assert hidden not in mask, mask


@pytest.mark.parametrize(
    ("lines", "hidden"),
    [
        (("A: and the work order number?", "C: m forty one eighty eight sixty"), "m "),
        (("A: your case number is c a s sixty two forty one nine eighty",), "c a s"),
    ],
)
def test_letter_said_apart_before_id_hidden(analyzer, lines, hidden):
    mask = _visible(analyzer, *lines)[-1]
    assert hidden not in mask and not any(c.isdigit() for c in mask), mask


def test_article_before_number_stays(analyzer):
    mask = _visible(analyzer, "C: it's a 66120 thing they sent")[0]
    assert mask.startswith("it's a "), mask
