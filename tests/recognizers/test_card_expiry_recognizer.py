"""CardExpiryRecognizer (CARD_EXPIRY): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.card_expiry_recognizer import CardExpiryRecognizer
from tests.recognizers.conftest import covered, found, said, turn_redacted

CASES = [
    # an offer valid until a day is no card's expiry; a card's month and year still is
    ("the discount is valid until March 11, one per household", set()),
    ("that coupon is valid until june nineteenth", set()),
    ("my card expires october 29", {"october 29"}),
    ("expiration 05/27", {"05/27"}),
    ("it expires 05/2027", {"05/2027"}),
    ("the expiry is oh five twenty seven", {"oh five twenty seven"}),
    ("expiration oh nine, twenty seven", {"oh nine, twenty seven"}),
    ("it expires twelve of twenty six", {"twelve of twenty six"}),
    ("expiry is April '29", {"April '29"}),
    ("expiration date may twenty twenty seven", {"may twenty twenty seven"}),
    ("EXPIRES TWELVE TWENTY SIX", {"TWELVE TWENTY SIX"}),
    ("valid thru 11/28", {"11/28"}),
    # near misses: a fraction-like number without cue is weak; dates are not expiries
    ("we split it 1/3", set()),
    ("the appointment is 13/27", set()),
    ("expires in 30 days", set()),
    ("call me on 05/27/2024", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_card_expiry_recognizer(text: str, expected: set[str]) -> None:
    assert found(CardExpiryRecognizer(), text) == expected


def test_bare_mm_yy_is_weak_until_context_lifts_it() -> None:
    assert found(CardExpiryRecognizer(), "it's 05/27", threshold=0.3) == {"05/27"}
    assert found(CardExpiryRecognizer(), "it's 05/27") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the expiry is november slash twenty nine", {"november slash twenty nine"}),
        ("expires feb/2031", {"feb/2031"}),
        ("expiration march / 28", {"march / 28"}),
        ("june slash july is when it expires", set()),
    ],
)
def test_a_month_and_year_said_with_a_slash(text, expected):
    assert found(CardExpiryRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the expiry is 08, um, 27", {"08, um, 27"}),
        ("expiration date 11... er... 30", {"11... er... 30"}),
        ("it expires 4 hmm 2029", {"4 hmm 2029"}),
        ("exp 02 uh uh 33", {"02 uh uh 33"}),
        ("the expiry is in 3, um, weeks", set()),
    ],
)
def test_a_month_and_year_with_a_hesitation_between(text, expected):
    assert found(CardExpiryRecognizer(), text) == expected


# ---- round 52-54 fixes: another thing that expires


@pytest.mark.parametrize(
    "text",
    [
        "My licence expires 11/26 and the office is booked.",
        "my passport expires march 2027",
        "Your payoff quote is good through 10/19.",
        "the registration expires in june 2028",
    ],
)
def test_another_thing_that_expires_is_no_card_expiry(text):
    assert not found(CardExpiryRecognizer(), text)


@pytest.mark.parametrize(
    "text", ["my visa expires 06/29", "the card expires 03/28, my license is fine"]
)
def test_a_card_expiry_stays(text):
    assert found(CardExpiryRecognizer(), text)


@pytest.mark.parametrize(
    ("reply", "value"),
    [("C: 07. 33.", "07. 33"), ("C: Sure, 11. 28.", "11. 28"), ("C: 04.2030", "04.2030")],
)
def test_expiry_written_with_a_stop_found(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    text = covered(analyzer, said("A: And the expiration date?", reply))[1]
    assert "#" * len(value) in text


def test_price_after_expiry_question_visible(analyzer: CallAnalyzer) -> None:
    lines = ("A: And the expiration date?", "C: hold on, the fee was $10.50 right?")
    assert "10.50" in covered(analyzer, said(*lines))[1]


def test_expiry_run_into_code_split(analyzer: CallAnalyzer) -> None:
    lines = ("A: expiration and the security code", "C: october twenty twenty eight six one five")
    call = said(*lines)
    entities = analyzer.analyze_call(call)[1]
    text = call.turns[1].text
    by_type = {(e.entity_type, text[e.start : e.end]) for e in entities}
    assert ("CARD_EXPIRY", "october twenty twenty eight") in by_type
    assert ("CVV", "six one five") in by_type


@pytest.mark.parametrize(
    "line",
    [
        "A: You have 1,240 points expiring on August 31.",
        "A: Your reward miles expire 10/27 if unused.",
    ],
)
def test_loyalty_expiry_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in covered(analyzer, said(line, "C: Okay."))[0]


def test_card_expiry_cue_still_found(analyzer: CallAnalyzer) -> None:
    text = covered(analyzer, said("A: Anything else?", "C: my card expires March 2031"))[1]
    assert "March 2031" not in text


# --- an expiry's month said "oh 8"; amounts after it stay readable ------------------------


def test_expiry_oh_month(analyzer):
    out = turn_redacted(
        analyzer, ["A: And the expiration date?", "C: yes expires oh 8 slash twenty nine"], 1
    )
    assert "0 8" in out or "oh 8" in out


def test_expiry_amounts_stay(analyzer):
    out = turn_redacted(
        analyzer,
        ["A: And the expiration date?", "C: it expires 0 5 slash 28, and it cost 40 dollars"],
        1,
    )
    assert "40" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month named right after the card, in the same breath
        (
            "SIXTY ELEVEN EIGHTY-FOUR SEVENTY-EIGHT UH FIFTY-FOUR FIFTY SEVEN UM SEVENTY FOUR "
            "FIFTY-SEVEN JUNE TWENTY THIRTY ONE BACK IS ZERO ONE FOUR",
            {"JUNE TWENTY THIRTY ONE"},
        ),
        ("4111 1111 1111 1111 november 2027 cvv 838", {"november 2027"}),
        ("4111 1111 1111 1111, march of 29", {"march of 29"}),
        # near misses: a day after the card is no card year
        ("4111 1111 1111 1111 june 14th", set()),
        ("4111 1111 1111 1111 june 14", set()),
    ],
)
def test_month_named_after_a_card_is_its_expiry(text: str, expected: set[str]) -> None:
    assert found(CardExpiryRecognizer(), text) == expected


# --- the month said as an ordinal or named "month", "of" the year ----------------------------


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("C: third of twenty thirty", "third of twenty thirty"),
        ("C: eleventh of twenty twenty five", "eleventh of twenty twenty five"),
        ("C: the 4th of 2029.", "4th of 2029"),
        ("C: MONTH TWELVE OF TWENTY THIRTY-ONE.", "MONTH TWELVE OF TWENTY THIRTY-ONE"),
        ("C: month nine of twenty twenty-six", "month nine of twenty twenty-six"),
    ],
)
def test_expiry_month_as_ordinal_or_named(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    text = covered(analyzer, said("A: what's the exp date on it?", reply))[1]
    assert value not in text and "#" * len(value.split()[-1]) in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my card expires the third of twenty thirty", {"the third of twenty thirty"}),
        ("it expires month eleven of twenty thirty one", {"month eleven of twenty thirty one"}),
        # near miss: a day of a month, no year after "of"
        ("the card expires the third of june", set()),
    ],
)
def test_cued_expiry_month_as_ordinal_or_named(text: str, expected: set[str]) -> None:
    assert found(CardExpiryRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        # the other side's backchannel written between the month and the year
        ("Okay, so oh five yep twenty-seven yeah.", "oh five yep twenty-seven"),
        ("sure zero nine uh-huh twenty eight", "zero nine uh-huh twenty eight"),
        ("it's 11 got it 29", "11 got it 29"),
        ("um twelve, okay, thirty", "twelve, okay, thirty"),
    ],
)
def test_expiry_with_a_backchannel_inside(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    masked = covered(analyzer, said("A: and the expiration date on the card?", f"C: {reply}"))
    start = reply.index(value)
    assert set(masked[1][start : start + len(value)]) == {"#"}, masked[1]


def test_backchannel_does_not_make_a_count_an_expiry(analyzer: CallAnalyzer) -> None:
    masked = covered(analyzer, said("A: and how many tickets?", "C: 2 okay 25 dollars each"))
    assert "2 okay 25 dollars" in masked[1]


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        (
            "C: Sí, mi fecha de vencimiento, marzo de dos mil veintiocho.",
            "marzo de dos mil veintiocho",
        ),
        ("C: Mi fecha de vencimiento es septiembre del veintiséis.", "septiembre del veintiséis"),
        ("C: Este, octubre de dos mil veintiséis.", "octubre de dos mil veintiséis"),
    ],
)
def test_spanish_expiry_found_whole(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    lines = ("A: What's the expiry on the card?", reply)
    assert value in turn_redacted(analyzer, lines, 1)
