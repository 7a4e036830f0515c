"""Numbers read aloud, round 9: a short group of a number said with digit homophones
("for oh for"), a homophone inside a spelled code ("dash six too one") or after a tens
word ("seventy ate"), "o" said for zero between digits, letters clarified with
"for"/"like"/"as in" after a hesitation or with "x ray", a tens number between spelled
letters ("k seventy five s e seven"), the radio "niner", a unit said as "number 12" after
the street, and a child's birth date said right after who it belongs to. Values are
invented; each table has near misses."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import found

NORMALISED = [
    # a phone group alone in its turn, read with homophones
    ("for oh for", "404"),
    ("oh to to won", "0221"),
    ("uh, too for nine", "uh, 249"),
    ("ate oh won", "801"),
    ("for for seven", "447"),
    # a homophone before "double"
    ("read back three seven one for double two eight", "read back 3714228"),
    # a homophone after a tens word inside a long number
    ("it's five two one three sixty ate forty one twenty two", "it's 5213684122"),
    # a homophone inside a spelled code
    ("c seven two nine dash six too one four", "C729-6214"),
    ("m four four one ate two", "M44182"),
    # "o" said for zero between digits
    ("uh three o seven one", "uh 3071"),
    ("six two o o", "6200"),
    # letters clarified after a hesitation, or with "x ray"
    ("b um as in boy four t like tom", "B4T"),
    ("r two x for x ray nine", "R2X9"),
    ("q seven x as in x-ray one", "Q7X1"),
    ("f for frank three g uh like george", "F3G"),
    # a tens number between spelled letters
    ("it's j sixty two w p four", "it's J62WP4"),
    ("r nineteen k t", "R19KT"),
    # the radio "niner"
    ("charlie niner two bravo", "C92B"),
    ("kilo lima niner niner", "KL99"),
]

NOT_NORMALISED = [
    "two for one",
    "one for one",
    "four to six",
    "oh, too",
    "yeah for one to two",
    "oh okay for two",
    "it's for you",
    "the eighty to ninety range",
    "press one for billing",
    "it has a c in it",
]

KEEPS_WORDS = [
    # the article before a letter: "with a k" stays words
    ("oskar with a k", "with a k"),
    ("plan b twenty dollars", "b 20 dollars"),
    ("vitamin d twenty i think", "d 20 i think"),
    ("a b two to three days", "2 to 3 days"),
    ("one two three forty to fifty five", "40 to 55"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalised(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", NOT_NORMALISED)
def test_homophones_kept(text: str) -> None:
    out = normalize(text).text
    assert any(w in out.split() for w in ("for", "to", "too", "oh,", "a", "c")), out


@pytest.mark.parametrize(("text", "part"), KEEPS_WORDS)
def test_keeps_words(text: str, part: str) -> None:
    assert part in normalize(text).text


ADDRESSES = [
    ("3310 maple street number 27", {"3310 maple street number 27"}),
    ("it's 71 birch avenue no. 4b, boise", {"71 birch avenue no. 4b, boise"}),
    ("forty one oak lane number twelve", {"forty one oak lane number twelve"}),
    # near misses: a share or a count after the street stays out
    ("14 elm road number 40 percent", {"14 elm road"}),
    ("9 bay road number 7 of 10", {"9 bay road"}),
    ("12 oak street number 2.5", {"12 oak street"}),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_unit_said_as_number(text: str, expected: set[str]) -> None:
    assert (
        found(AddressRecognizer(), normalize(text).text) == {normalize(e).text for e in expected}
        or found(AddressRecognizer(), text) == expected
    )


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
