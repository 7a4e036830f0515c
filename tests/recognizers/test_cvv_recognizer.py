"""CvvRecognizer (CVV): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.cvv_recognizer import CvvRecognizer
from tests.recognizers.conftest import found, turn_redacted

CASES = [
    ("the cvv is 701", {"701"}),
    ("security code seven zero one", {"seven zero one"}),
    ("THE CODE ON THE BACK IS 4 4 2", {"4 4 2"}),
    ("cvc 1234", {"1234"}),
    ("three digit code is oh one two", {"oh one two"}),
    # near misses: no cue, wrong length, amounts
    ("it's 701", set()),
    ("security code 12", set()),
    ("the cvv is 12345", set()),
    ("seven zero one", set()),
    ("exp 11/27, code 3 1 9", {"3 1 9"}),
    ("JUNE '29. THE CODE IS 7 7 1.", {"7 7 1"}),
    ("visa, code is five five two", {"five five two"}),
    ("card expires in may, code 8841", {"8841"}),
    # other codes, and a code with no card in sight
    ("my card expired, the promo code is 4431", set()),
    ("on the card the zip code is 60614", set()),
    ("the code is 771", set()),
    ("card declined, error code 502", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cvv_recognizer(text: str, expected: set[str]) -> None:
    assert found(CvvRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and the code on back is six one four", {"six one four"}),
        ("code on your back of card... no, the code on the back is 2 2 8", {"2 2 8"}),
        ("the code on back of the gate is 4471", set()),
    ],
)
def test_the_code_on_back(text, expected):
    assert found(CvvRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call the number on the back of your card, 1-800-555-0199", set()),
        ("ring the number on the back of the card 0345.734.3345", set()),
        ("the code on the back of the card is 7 3 1", {"7 3 1"}),
    ],
)
def test_a_phone_number_on_the_back_of_the_card_is_no_code(text, expected):
    assert found(CvvRecognizer(), text) == expected


# ---- round 56-59 fixes: "the code's 614" after a card


CVV = CvvRecognizer()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("4471, expires 11/28, and the code's 382", "382"),
        ("card ends 9021, code's 5514", "5514"),
        ("visa ending 6630 and the code\u2019s 207", "207"),
    ],
)
def test_code_contraction_after_a_card_is_the_cvv(text: str, code: str) -> None:
    assert code in found(CVV, text)


@pytest.mark.parametrize(
    "text",
    ["the zip code's 30412", "the promo code's 2250", "the area code's 415", "the code's broken"],
)
def test_other_codes_contraction_stay(text: str) -> None:
    assert found(CVV, text) == set()


# --- the code named by where it is printed ("the back is 407") ----------------------------


def test_back_is_code(analyzer):
    lines = [
        "A: Card details?",
        "C: Mastercard 5521 0911 2233 4478, expires 11/29, the back is 407.",
    ]
    assert "407" in turn_redacted(analyzer, lines, 1)


def test_back_not_code(analyzer):
    lines = ["A: Card details?", "C: it expires 04/28, I'll be back in 200 days"]
    assert "200" not in turn_redacted(analyzer, lines, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # card, expiry, then the code named by where it is printed
        ("5105 1901 9693 0913 05 30 back is nine sixty-three", {"nine sixty-three"}),
        ("4111 1111 1111 1111 06 26 the back says 0 1 4", {"0 1 4"}),
        ("4111 1111 1111 1111 november 2027 back's 838", {"838"}),
        # card and expiry run together when read fast, then a named code
        (
            "FIVE ONE EIGHT FOUR THREE EIGHT SEVEN ONE OH NINE THREE OH FOUR THREE NINE TWO "
            "FIVE TWENTY-SEVEN BACK IS THREE FIVE SIX AND JUST PUT TEN DOLLARS ON IT",
            {"THREE FIVE SIX"},
        ),
        (
            "five two five four one double four two double three five two one seven two one "
            "eleven thirty-one code eight twenty three and just put it on",
            {"eight twenty three"},
        ),
        # near misses: an amount, time away, a run that is no card and expiry
        ("5105 1901 9693 0913 05 30 back is 20 dollars", set()),
        ("5105 1901 9693 0913 05 30 and i'll be back in 200 days", set()),
        ("tracking 1234 5678 9123 4567 8 code 441", set()),
        ("the order 12345678912345678 back is 441", set()),
    ],
)
def test_code_named_by_the_back_after_card_and_expiry(text: str, expected: set[str]) -> None:
    assert found(CvvRecognizer(), text) == expected


# --- a code named after a stated expiry, the card not Luhn-valid or read earlier ------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes expires eleven twenty seven security two six two", {"two six two"}),
        ("expires april twenty seven and the back is oh nine oh", {"oh nine oh"}),
        (
            "it expires oh three thirty, the three on the back are four one seven",
            {"four one seven"},
        ),
        ("exp 11/27 security 262", {"262"}),
        # near misses: other things that expire, other numbers after them
        ("it expires in june 2026 and the security deposit is 500 dollars", set()),
        ("my license expires may twenty seven and the back is torn", set()),
        ("the lease expires june 27 and the back rent is 900 dollars", set()),
    ],
)
def test_code_named_after_a_stated_expiry(text: str, expected: set[str]) -> None:
    assert found(CvvRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the question and its answer written as one turn (diarization)
        ("And the little code on the back of the card? I think it's 921 okay.", {"921"}),
        ("what's the security code on the back? it's 482", {"482"}),
        ("what's the cvv on the card? uh it's 4821", {"4821"}),
        # negatives: an amount or a count after the question
        ("what's the security code on the back? it's 482 dollars for the repair", set()),
        ("what's the security code on the back? it's 3 digits", set()),
    ],
)
def test_question_and_answer_in_one_turn(text, expected):
    assert found(CvvRecognizer(), text) == expected
