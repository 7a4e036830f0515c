"""DateOfBirthRecognizer (DATE_OF_BIRTH): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from tests.recognizers.conftest import (
    assert_masked,
    call_of,
    covered,
    found,
    redacted_values,
    said,
    turn_redacted,
)

CASES = [
    ("I was born June 24, 1985", {"June 24, 1985"}),
    # a false start corrected to a full birth date; near misses: no correction, not a day
    (
        "the ninth no wait the tenth of march nineteen seventy one",
        {"the ninth", "the tenth of march nineteen seventy one"},
    ),
    ("july twelfth sorry july 21st 1990", {"july twelfth", "july 21st 1990"}),
    ("the ninth and the tenth of march 1971", {"the tenth of march 1971"}),
    ("the month no wait the tenth of march 1971", {"the tenth of march 1971"}),
    ("I was born on Christmas Day, 1980", {"Christmas Day, 1980"}),
    ("I was born, we had christmas dinner", set()),
    ("DATE OF BIRTH ZERO SEVEN, ONE NINE, NINETEEN NINETY ONE",
     {"ZERO SEVEN, ONE NINE, NINETEEN NINETY ONE"}),
    ("I was born on the fifth of May, eighty-eight", {"the fifth of May, eighty-eight"}),
    ("I was born on the fifth of May, 20 minutes late", {"the fifth of May"}),
    ("date of birth is 06/24/1985", {"06/24/1985"}),
    ("dob june twenty fourth nineteen eighty five", {"june twenty fourth nineteen eighty five"}),
    ("my birthday is the fourth of july", {"the fourth of july"}),
    ("BORN IN NINETEEN SEVENTY TWO", {"NINETEEN SEVENTY TWO"}),
    ("birth date oh three one five one nine eight five", {"oh three one five one nine eight five"}),
    ("my date of birth is 24 March 1990", {"24 March 1990"}),
    ("it's 03/04/1988", {"03/04/1988"}),
    ("the fifth of may nineteen ninety seven", {"the fifth of may nineteen ninety seven"}),
    # a year of the last century said short: "4/22/68", "Feb 9th, '83" (a read-back)
    ("Dana Whitcombe, 4/22/68.", {"4/22/68"}),
    ("So that's Feb 9th, '83, correct?", {"Feb 9th, '83"}),
    # near misses: recent dates without a birth cue, a cue without a date
    ("the statement from 4/22/19 and the visit on 11/3/24", set()),
    ("so Feb 9th, '25 then", set()),
    ("I opened it on 3/4/2019", set()),
    ("back in march 1999", set()),
    ("your payment is due June 24, 2026", set()),
    ("the appointment is on march fifth", set()),
    ("what's your date of birth?", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_of_birth_recognizer(text: str, expected: set[str]) -> None:
    assert found(DateOfBirthRecognizer(), text) == expected


BIRTH_DATES = [
    ("nora she's october 14th 2020", {"october 14th 2020"}),
    ("and leo he's march 3rd 2017", {"march 3rd 2017"}),
    ("my son, august 9 2015", {"august 9 2015"}),
    ("our daughter's february 27th 2022", {"february 27th 2022"}),
    # near misses: an appointment or a due date
    ("she's due june 5th 2025", set()),
    ("his appointment is june 5th 2025", set()),
    ("he's booked for may 12th 2026", set()),
]


@pytest.mark.parametrize(("text", "expected"), BIRTH_DATES)
def test_birth_date_after_whose(text: str, expected: set[str]) -> None:
    got = {
        v for v in found(DateOfBirthRecognizer(), text, threshold=0.5) if not v.startswith("date")
    }
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "twenty fourth" heard as "twenty for"
        (
            "the twenty for of march nineteen sixty two",
            {"the twenty for of march nineteen sixty two"},
        ),
        ("twenty for of november eighty one", {"twenty for of november eighty one"}),
        ("the thirty for of may", set()),
        ("we waited twenty for of them", set()),
        ("twenty for of us went in june", set()),
    ],
)
def test_a_day_heard_as_twenty_for(text, expected):
    assert found(DateOfBirthRecognizer(), text) == expected


# A date a deadline or a schedule leads is no birth date, even in a call about one.
@pytest.mark.parametrize(
    "text",
    [
        "your balance is 41 dollars, due october twelfth",
        "the policy renews on march 3rd 2027",
        "the payment is scheduled for june 9th 2026",
    ],
)
def test_a_deadline_date_is_no_birth_date(text):
    assert not found(DateOfBirthRecognizer(), text, threshold=0.1)


def test_a_birth_date_with_a_cue_is_still_found():
    assert "october 12th 1971" in found(DateOfBirthRecognizer(), "born october 12th 1971")


# --- a date ending a span of time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she worked there from June 2016 to October 2021, part time", set()),
        ("coverage ran between 2011 and March 4 2015", set()),
    ],
)
def test_date_ending_a_span_of_time_is_no_birth_date(text, expected) -> None:
    weak = {
        text[r.start : r.end]
        for r in DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
        if r.score >= 0.5
    }
    assert weak == expected


# ---- round 52-54 fixes: an age after "born" is no birth year


def test_years_since_birth_are_no_birth_year():
    recognizer = DateOfBirthRecognizer()
    assert found(recognizer, "It's been open since she was born, so 23 years.") == set()
    assert found(recognizer, "she was born in 87 so it's old", threshold=0.5) == {"87"}


# ---- round 56-59 fixes: a bare day taken back before a birth date


DOB = DateOfBirthRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "Um, it's the 22, no sorry, 9 March 1961.",
        "um it's the seven no sorry the third of may nineteen seventy",
    ],
)
def test_a_bare_day_taken_back_is_no_birth_date(text: str) -> None:
    assert not any(v.lower().startswith("the 22") or v == "the seven" for v in found(DOB, text))


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("the 4th no wait the 14th of june 1966", "the 4th"),
        ("the eleventh sorry the twelfth of may 1959", "the eleventh"),
        ("april 3rd sorry april 13th 1972", "april 3rd"),
    ],
)
def test_a_day_that_reads_as_a_date_taken_back_stays_redacted(text: str, taken_back: str) -> None:
    assert taken_back in found(DOB, text)


# ---- cycle 60 (round 65): dates offered for a booking, a child's birth date after the
# child's name, a child's event date, a price's end date


@pytest.mark.parametrize(
    "line",
    [
        "I have openings on November 9th at 10:15 AM and 2 PM.",
        "i have openings on june twelfth at three fifteen in the afternoon",
        "The next available slot is on August 3 at 9 AM.",
        "That was with Desmond on February 11, and we used the black ink.",
        "One book is due back on September 22, the other on the 25th.",
    ],
)
def test_offered_or_due_dates_are_no_birth_date(analyzer, line):
    turns = [
        ("A", "Can I get your name and date of birth?"),
        ("B", "Rosa Lindqvist, 07/19/1983."),
        ("A", line),
    ]
    for date in ("November 9th", "june twelfth", "August 3", "February 11", "September 22"):
        if date in line:
            assert_masked(analyzer, turns, 2, [], [date])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("My son, Tobias Reed, April 4 2015.", "April 4 2015"),
        ("our daughter mia santos the 9th of june 2017", "the 9th of june 2017"),
        ("and my daughter Clara, 3/14/2012", "3/14/2012"),
    ],
)
def test_child_birth_date_after_the_childs_name(text, date):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    found = {text[r.start : r.end] for r in results}
    assert date in found


@pytest.mark.parametrize(
    "text",
    ["my son has surgery June 3 2026", "my daughter's appointment is May 3 2026"],
)
def test_child_event_date_is_no_birth_date(text):
    results = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert all(r.score < 0.5 for r in results)


def test_date_a_price_holds_for_children_is_no_birth_date(analyzer):
    """ "for kids through March 1": how long a price holds, not a child's birthday."""
    masks = covered(
        analyzer, call_of(("agent", "The junior pass is $299 for kids through April 15."))
    )
    assert "#" not in masks[0]


@pytest.mark.parametrize(
    "line",
    [
        "A: Rent is $1875.00, due on the first. Unit 412 is available May 9th. Can I get "
        "the bank routing number?",
        "A: rent is one thousand eight hundred dollars due on the third unit two hundred "
        "and four is available october twelfth for the autopay i'll need your routing "
        "number first",
        "A: RENT IS $1958, DUE ON THE FIFTH. UNIT 302 IS AVAILABLE JULY 2ND. CAN I GET THE "
        "BANK ROUTING NUMBER?",
    ],
)
def test_dates_after_birth_date_not_read_back_visible(analyzer: CallAnalyzer, line: str) -> None:
    lines = ("A: And your date of birth?", "C: Sure, it's February 3rd 1984", line)
    assert "#" not in covered(analyzer, said(*lines))[2]


def test_birth_date_read_back_before_next_question_found(analyzer: CallAnalyzer) -> None:
    lines = (
        "A: And your date of birth?",
        "C: 5/19/1977",
        "A: okay may nineteenth nineteen seventy seven, and your routing number?",
    )
    assert "may nineteenth nineteen seventy seven" not in covered(analyzer, said(*lines))[2]


def test_booked_slot_is_no_birth_date(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Can I have your name and date of birth?",
        "C: Nadia Petrova, birthday April 2, 1979.",
        "A: I have your MRI on October 9 at 7:15 AM. Does that work?",
        "C: is there anything on her birthday in june",
        "A: we have tuesday june third at ten a m open",
    )
    assert any("1979" in v for v in turns[1])
    assert not any("October" in v for v in turns[2])
    assert not any("june third" in v for v in turns[4])


def test_range_bound_date_is_no_birth_date(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: He has to be 16 on the day of the test.",
        "C: His birthday's August 4th, 2009.",
        "A: So any date after August 4th. Name?",
    )
    assert values[1] == ["August 4th, 2009"]
    assert values[2] == []


def test_birth_date_answer_still_redacted(analyzer) -> None:
    values = redacted_values(analyzer, "A: and your date of birth?", "C: October 2nd 1979")
    assert values[1] == ["October 2nd 1979"]


# A full date with a short birth year in a run-on turn that says who the caller is.
IDENTITY_TURN_DATES = [
    (
        "this is dana cole march twenty sixth ninety eight i have to leave at four twenty",
        {"march twenty sixth ninety eight"},
    ),
    (
        "my name is ana ruiz february twenty fifth forty five and i've been on hold",
        {"february twenty fifth forty five"},
    ),
    (
        "the zip is 60614 it's about the charge ten twenty six sixty one email's ana at x dot com",
        {"ten twenty six sixty one"},
    ),
    (
        "name's ana ruiz the fourteenth of november ninety eight it's about pickup",
        {"the fourteenth of november ninety eight"},
    ),
    (
        "zip code six oh six one four august twenty sixth ninety seven if that helps",
        {"august twenty sixth ninety seven"},
    ),
    ("PHONE IS WHATEVER, JULY NINTH OH FOUR FOR MY SON", {"JULY NINTH OH FOUR"}),
    # near misses: no identity value, this year's date, a date something happened on,
    # a time, an amount, a number an id word leads
    ("march twenty sixth ninety eight i have to leave at four twenty", set()),
    ("this is dana cole my appointment is march twenty sixth twenty five", set()),
    ("this is dana cole the charge on october third ninety eight was wrong", set()),
    ("my name is dana cole a customer since the fourth of may ninety nine", set()),
    ("this is dana cole i have to leave at four twenty", set()),
    ("my name is dana cole it was seventy seven dollars ninety two cents", set()),
    ("this is dana cole order number ten twenty six sixty one", set()),
    ("this is dana cole the fifth of may forty five minutes late", set()),
]


@pytest.mark.parametrize(("text", "expected"), IDENTITY_TURN_DATES)
def test_short_year_date_among_identity_values(text: str, expected: set[str]) -> None:
    assert found(DateOfBirthRecognizer(), text) == expected


READ_BACK_DATES = [
    ("okay and that's oh eight one three forty right", {"oh eight one three forty"}),
    ("okay and thats december tenth ninety one right", {"december tenth ninety one"}),
    ("and that's the fourth of july ninety six, correct?", {"the fourth of july ninety six"}),
    # near misses: a date something happened on, this year's date, an amount
    ("so that's the charge on october third ninety eight right", set()),
    ("okay that's june fifth twenty five right", set()),
    ("so that's ninety one dollars right", set()),
]


@pytest.mark.parametrize(("text", "expected"), READ_BACK_DATES)
def test_short_year_date_read_back_to_confirm(text: str, expected: set[str]) -> None:
    assert found(DateOfBirthRecognizer(), text) == expected


def test_run_on_birth_date_and_its_read_back_redacted(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: fiberline how can i help",
        "C: this is marcel waloszek zip oh two one oh four december tenth ninety one",
        "A: okay and thats december tenth ninety one right",
    )
    assert "december tenth ninety one" in values[1]
    assert values[2] == ["december tenth ninety one"]


# --- a birth date said year first, its parts named as on a form ------------------------------

NAMED_PARTS = [
    ("Year is 1989, month ten, day third.", {"month ten", "third"}),
    ("I WAS BORN IN NINETEEN EIGHTY, MONTH FOUR, DAY THIRD.", {"MONTH FOUR", "THIRD"}),
    ("i was born in nineteen eighty month six day fourth", {"month six", "fourth"}),
    ("YEAR IS NINETEEN EIGHTY, DAY 8.", {"8"}),
    ("I was born in 1990, month 12, day 4.", {"month 12", "4"}),
    ("I was born in nineteen ninety, the 23.", {"23"}),
    ("the year was 1975 and month is 3 and day is 9", {"month is 3", "9"}),
    # near misses: no year said first, a count after it
    ("I was born in 1990, the 23 of us were there", set()),
    ("I've been a member for a year, month 3 of the plan", set()),
    ("by day 8 the parcel had not come", set()),
]


@pytest.mark.parametrize(("text", "parts"), NAMED_PARTS)
def test_birth_date_parts_named_after_the_year(text: str, parts: set[str]) -> None:
    found_parts = found(DateOfBirthRecognizer(), text)
    assert all(any(p in f for f in found_parts) for p in parts)
    if not parts:
        assert not any("month" in f.lower() or "day" in f.lower() for f in found_parts)
        assert not any(f in {"23", "8", "3"} for f in found_parts)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("born on twenty-seven zero five nineteen forty-two day first",
         "twenty-seven zero five nineteen forty-two"),
        ("my date of birth is 31121965", "31121965"),
        ("born on the twenty first of november, fifty day first",
         "the twenty first of november, fifty"),
        ("my birthday is march third, sixty two month first", "march third, sixty two"),
    ],
)  # fmt: skip
def test_birth_date_said_day_first(text: str, date: str) -> None:
    assert date in found(DateOfBirthRecognizer(), text)


def test_day_first_digits_need_a_birth_cue() -> None:
    assert not found(DateOfBirthRecognizer(), "my order number is 27051942")


@pytest.mark.parametrize(
    ("reply", "values"),
    [
        ("C: 9 slash 30 slash 77", ["9 slash 30 slash 77"]),
        ("C: 1985. Month is 6, day is 4.", ["Month is 6", "4"]),
        ("C: month 12, day 4, year 1990", ["month 12", "4", "1990"]),
    ],
)
def test_birth_date_answer_with_named_parts(analyzer: CallAnalyzer, reply: str, values) -> None:
    text = covered(analyzer, said("A: and your date of birth", reply))[1]
    assert all(v not in text for v in values)


@pytest.mark.parametrize(
    ("finish", "year"),
    [
        ("O: Then seventy four. that's it", "seventy four"),
        ("O: and ninety. that's it", "ninety"),
        ("C: THEN SIXTY THREE YOU FORGOT THE REST", "SIXTY THREE"),
        ("O: and then eighty one", "eighty one"),
        ("O: plus fifty two, you missed the year", "fifty two"),
    ],
)
def test_second_caller_finishing_the_birth_year(analyzer: CallAnalyzer, finish, year) -> None:
    """On a speakerphone the other caller says the year the first one left off."""
    turns = [
        ("agent", "what's the birthdate on file?"),
        ("customer", "okay yeah it's oh three oh five..."),
        ("other" if finish[0] == "O" else "customer", finish[3:]),
    ]
    assert year not in covered(analyzer, call_of(*turns))[2]


@pytest.mark.parametrize("finish", ["and ninety days", "then 74 percent", "and ninety of them"])
def test_a_number_after_the_birth_date_that_is_no_year(analyzer: CallAnalyzer, finish) -> None:
    turns = [
        ("agent", "what's the birthdate on file?"),
        ("customer", "okay yeah it's oh three oh five..."),
        ("other", finish),
    ]
    assert covered(analyzer, call_of(*turns))[2] == finish


@pytest.mark.parametrize(
    ("reply", "date"),
    [
        (
            "C: mi fecha de nacimiento es primero de junio de dos mil siete",
            "primero de junio de dos mil siete",
        ),
        (
            "C: ajá este cinco de octubre de mil novecientos cincuenta y ocho",
            "cinco de octubre de mil novecientos cincuenta y ocho",
        ),
        (
            "C: el diecinueve de enero de dos mil dieciocho",
            "diecinueve de enero de dos mil dieciocho",
        ),
    ],
)
def test_spanish_birth_date_found_whole(analyzer: CallAnalyzer, reply: str, date: str) -> None:
    lines = ("A: And the date of birth?", "C: cuál es su fecha de nacimiento", reply)
    assert date in turn_redacted(analyzer, lines, 2)


def test_spanish_birth_date_relayed_back_found_whole(analyzer: CallAnalyzer) -> None:
    lines = (
        "A: And the date of birth?",
        "C: veintiuno de marzo de mil novecientos sesenta y nueve",
        "A: I have march twenty one nineteen sixty nine, correct?",
        "C: ¿Dice veintiuno de marzo de mil novecientos sesenta y nueve, correcto?",
    )
    assert "veintiuno de marzo de mil novecientos sesenta y nueve" in turn_redacted(
        analyzer, lines, 3
    )
