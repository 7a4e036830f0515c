"""Numbers read aloud, round 8: digit homophones ("for", "to", "won", "ate") that open a
run or follow spelled letters, a house number said "for forty for", international numbers
said with "plus", an area code said after the number, an expiry said with "slash", the
code read right after a printed expiry, prices said without a money word, and an age said
after a birth year. Values are invented; each table has near misses."""

from __future__ import annotations

import pytest

from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import call_of, covered

NORMALISED = [
    ("for 7 to 3", "4723"),
    ("too 8 for 5, sorry, 2 8 4 5", "2845, sorry, 2845"),
    ("yeah for nine to six", "yeah 4926"),
    ("k w for ate one to oh five", "KW 481205"),
    ("b r too for six six one", "BR 24661"),
    ("ate fifty too maple court", "852 maple court"),
    ("it's at for twenty won birch lane", "it's at 421 birch lane"),
    ("my address is won thirty ate elm road", "my address is 138 elm road"),
    ("posted yesterday for three nineteen ninety nine", "posted yesterday for 319.99"),
    ("its kind of expensive its like thirty four fifty", "its kind of expensive its like 34.50"),
    ("okay you have sixty two forty left on the card", "okay you have 62.40 left on the card"),
    ("it was around fourteen ninety five with shipping", "it was around 14.95 with shipping"),
]

NOT_NORMALISED = [
    "press for more options",
    "i've been waiting for 2 days",
    "it takes 3 to 5 business days",
    "i paid for $40 last time",
    "for two to three weeks",
    "for one to one",
    "it's for 2 people",
    "the odds are for 5 to 1 odds",
    "we waited for forty for nothing",
    "i had it for forty for a month",
    "for twenty to thirty minutes",
    "a b for for",
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_round8_normalised(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", NOT_NORMALISED)
def test_round8_words_kept(text):
    out = normalize(text).text
    for word in ("for", "to"):
        if f" {word} " in f" {text} ":
            assert f" {word} " in f" {out} ", out


COVERED = [
    ("what's the four digit pin", "for 6 to 3", "for 6 to 3"),
    ("and the security code on the back", "ate 5 too 7", "ate 5 too 7"),
    ("can i get your member id", "r t for ate nine to oh one six six two", None),
    ("what's the service address", "ate fifty too maple court in glenview", "ate fifty too maple"),
    (
        "and a phone number",
        "it's my german cell plus four nine one five one two three four five six seven eight",
        "plus four nine one five one two three four five six seven eight",
    ),
    ("best number to reach you", "+44 7911 123456", "+44 7911 123456"),
    ("best number to reach you", "it's plus 33 6 12 34 56 78", "plus 33 6 12 34 56 78"),
    ("a callback number please", "555-0142, area code 617", "555-0142, area code 617"),
    ("a callback number please", "area code is 312, and the number is 555 0178", "312"),
    ("card details please", "4532 0151 1283 0366, exp 7 slash 28, code 904", "7 slash 28"),
    ("when does it expire", "it expires oh nine slash thirty", "oh nine slash thirty"),
    ("expiration and cvv?", "11/29, 382.", "382"),
    ("EXPIRATION AND CODE?", "06/31 AND 4410", "4410"),
    ("the expiry and the code", "exp 2 slash 27, 618", "618"),
]


@pytest.mark.parametrize(("question", "answer", "value"), COVERED)
def test_round8_values_are_covered(analyzer, question, answer, value):
    text = covered(analyzer, call_of(("Agent", question), ("Caller", answer)))[1]
    if value is None:  # every digit and homophone of the id is hidden
        assert not any(w in text.split() for w in ("for", "ate", "nine", "to", "oh", "six")), text
        return
    start = answer.index(value)
    assert set(text[start : start + len(value)]) <= {"#", " ", ","}, text


KEPT = [
    ("how can i help", "i got charged for two forty nine ninety nine last week", "two forty"),
    ("why do you want to cancel", "it's too expensive, it's like twenty six ninety nine", "twenty"),
    ("what's the balance", "okay there's forty one eighty left on it", "forty one eighty"),
    ("how can i help", "i've been on hold for 2 days, press for more is useless", "2 days"),
    ("how long", "they said 3 to 5 business days", "3 to 5"),
    ("when was it", "on 12/25, 300 people came to the store", "300"),
    ("date please", "the 03/15, 250 dollars payment", "250"),
    ("and your date of birth", "i was born in seventy nine, i'm forty five", "forty five"),
    ("how old are you", "born in 82 and i'm 42", "42"),
]


@pytest.mark.parametrize(("question", "answer", "value"), KEPT)
def test_round8_non_values_are_kept(analyzer, question, answer, value):
    text = covered(analyzer, call_of(("Agent", question), ("Caller", answer)))[1]
    start = answer.index(value)
    assert "#" not in text[start : start + len(value)], text
