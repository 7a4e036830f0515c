"""The spoken-form normaliser: rewrites, and the offset map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers.spoken_normalizer import normalize

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spoken digits, "oh" only next to digits, double / triple
        ("my card is four one one one", "my card is 4111"),
        ("four one one one one one one one", "41111111"),
        ("FOUR ONE ONE ONE", "4111"),
        ("five oh five", "505"),
        ("oh two one", "021"),
        ("oh no that's wrong", "oh no that's wrong"),
        ("double five triple seven", "55777"),
        ("let's do 4 4 2 1", "let's do 4421"),
        ("4111 one one one one", "4111 1111"),
        ("four one one uh one", "4111"),
        ("it is 4-1-1-1, 1-1-1-1", "it is 4111, 1111"),
        ("3-5 days", "3-5 days"),
        ("oh nine slash twenty eight", "09/28"),
        # groups read with pauses are one number when they make 9+ digits
        ("five five five, one two three, four five six seven", "5551234567"),
        ("That's 324, 960, 363.", "That's 324960363."),
        ("oh-oh-six-two", "0062"),
        ("oh-no", "oh-no"),
        ("we have 120, 340, 560 units", "we have 120, 340, 560 units"),
        ("$120, 340, 560", "$120, 340, 560"),
        # compounds read in pairs, hundreds, thousands
        ("twelve thirty four oak street", "1234 oak street"),
        ("nineteen eighty five", "1985"),
        ("twenty twenty six", "2026"),
        ("two hundred and five", "205"),
        ("one eight hundred five five five one two one two", "18005551212"),
        ("two hundred five", "205"),
        ("a hundred and twenty nine", "a 129"),
        ("one hundred twenty three", "123"),
        ("two thousand and five", "2005"),
        ("twenty-five dollars", "25 dollars"),
        ("three to five business days", "3 to 5 business days"),
        ("six one seven six dash three four two", "6176-342"),
        # "comma" read aloud between digit groups; near miss: "comma" that joins no digits
        ("one two three comma four five six", "123-456"),
        # a false start of zeros with a hesitation stays in the run; "oh uh" alone does not
        ("oh oh uh oh two one three eight", "0002138"),
        ("oh uh oh no", "oh uh oh no"),
        ("i said one comma then two", "i said 1 comma then 2"),
        # hyphenated number words as Whisper writes them, "oh" included; "then" between groups
        ("six-one-seven, eight-nine-oh-one", "617, 8901"),
        ("four one five then five five five", "415555"),
        ("four one five and then five five five", "415555"),
        ("press one then two", "press 1 then 2"),
        ("two one two, then five five five", "212555"),
        ("press one, then two", "press 1, then 2"),
        # digit groups Whisper punctuated as decimals, thousands or a list of single digits
        ("it's 4.15, 5.25, 0.193.", "it's 4155250193."),
        ("$4,111, 1,111, 1,111, 1,111", "4111111111111111"),
        ("routing 0, 2, 6, 0, 0, 9, 5, 9, 3", "routing 026009593"),
        ("rates of 4.15, 5.25, 6.99 percent", "rates of 4.15, 5.25, 6.99 percent"),
        ("paid $4.15, 5.25, 6.99 and", "paid $4.15, 5.25, 6.99 and"),
        ("we have 1,200, 1,500, 2,000 users", "we have 1,200, 1,500, 2,000 users"),
        ("count 1, 2, 3, 4, 5", "count 1, 2, 3, 4, 5"),
        ("press 1, 2, or 3", "press 1, 2, or 3"),
        # ordinals only in dates
        ("june twenty fourth", "june 24th"),
        ("March twenty-first, nineteen eighty-five", "March 21st, 1985"),
        ("august two nineteen forty four", "august 2 1944"),
        ("may twenty twenty seven", "may 2027"),
        ("the fourth of july", "the 4th of july"),
        ("my first name", "my first name"),
        ("the second card", "the second card"),
        # spelled letters, NATO, alphanumerics
        ("that's S M I T H", "that's SMITH"),
        ("S-M-I-T-H", "SMITH"),
        ("s. m. i. t. h.", "SMITH."),
        ("s as in sam m as in mary", "SM"),
        ("t for tom h for harry o r n e", "THORNE"),
        ("a for effort", "a for effort"),
        ("o apostrophe s h e a", "O'SHEA"),
        ("yeah it's jdoe underscore eighty four", "yeah it's jdoe_84"),
        ("alpha bravo one two three", "AB123"),
        ("A B 1 2 3", "AB123"),
        ("capital b lowercase l u e seven seven", "BlUE77"),
        ("the capital of france", "the capital of france"),
        ("p o l dash one one nine", "POL-119"),
        ("mike is here", "mike is here"),
        ("november five", "november 5"),
        ("a one two three", "a 123"),
        ("i have a dog", "i have a dog"),
        ("PLAN A I THINK", "plan a i think"),
        # emails said aloud
        ("john dot smith at gmail dot com", "john.smith@gmail.com"),
        ("JOHN DOT SMITH AT GMAIL DOT COM", "john.smith@gmail.com"),
        ("j underscore doe eighty five at example dot net", "j_doe85@example.net"),
        ("m.smith@gmail.com", "m.smith@gmail.com"),
        ("meet me at noon", "meet me at noon"),
        ("my e-mail is j smith at yahoo dot com", "my e-mail is jsmith@yahoo.com"),
        ("it is a smith at yahoo dot com", "it is a smith@yahoo.com"),
        # text without spoken forms is left alone
        ("Thank you for calling, how can I help?", "Thank you for calling, how can I help?"),
    ],
)
def test_normalised_text(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "value", "original"),
    [
        ("my card is four one one one ok", "4111", "four one one one"),
        ("born june twenty fourth nineteen eighty five", "1985", "nineteen eighty five"),
        ("it's S M I T H", "SMITH", "S M I T H"),
        ("mail john dot smith at gmail dot com now", "john.smith@gmail.com",
         "john dot smith at gmail dot com"),
        ("I LIVE AT TWELVE THIRTY FOUR OAK STREET", "1234", "TWELVE THIRTY FOUR"),
    ],
)  # fmt: skip
def test_span_maps_back_to_the_words_that_produced_it(text, value, original) -> None:
    norm = normalize(text)
    start = norm.text.index(value)
    s, e = norm.to_original(start, start + len(value))
    assert text[s:e] == original


def test_part_of_a_rewrite_widens_to_the_whole_rewrite() -> None:
    text = "card four one one one"
    norm = normalize(text)
    start = norm.text.index("4111")
    assert text[slice(*norm.to_original(start + 1, start + 2))] == "four one one one"


def test_from_original_finds_the_normalised_span() -> None:
    norm = normalize("pin is four four two one")
    assert norm.from_original(7, 24) == (7, 11)


# --- properties -------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [*ONES, "oh", "o", "double", "triple", "twenty", "thirty", "nineteen", "hundred",
     "thousand", "and", "dash", "june", "fourth", "first", "of", "S", "M", "a", "i",
     "as", "in", "sam", "alpha", "bravo", "dot", "at", "gmail", "com", "underscore",
     "card", "my", "is", "4111", "7", "-", ",", ".", "?", "ÉTÉ", "straße", "café"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", ", ", "-", "\t", ""])


@st.composite
def transcripts(draw) -> str:
    words = draw(st.lists(_WORDS, min_size=0, max_size=25))
    seps = draw(st.lists(_SEPARATORS, min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    return text.upper() if draw(st.booleans()) and len(text) % 3 == 0 else text


@settings(max_examples=300, deadline=None)
@given(transcripts())
def test_offset_map_is_complete_and_monotonic(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i in range(len(norm.text)):
        assert 0 <= norm.starts[i] < norm.ends[i] <= len(text)
        if i:
            assert norm.starts[i - 1] <= norm.starts[i]
            assert norm.ends[i - 1] <= norm.ends[i]


@settings(max_examples=300, deadline=None)
@given(transcripts())
def test_every_original_character_is_reached(text: str) -> None:
    """No original non-space character is lost: some normalised character maps over it."""
    norm = normalize(text)
    reached = [False] * len(text)
    for s, e in zip(norm.starts, norm.ends, strict=True):
        for k in range(s, e):
            reached[k] = True
    assert all(reached[k] for k, c in enumerate(text) if not c.isspace())


@settings(max_examples=300, deadline=None)
@given(transcripts(), st.data())
def test_any_span_maps_to_a_covering_original_span(text: str, data) -> None:
    norm = normalize(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.to_original(start, end)
    assert 0 <= s < e <= len(text)
    for i in range(start, end):
        assert s <= norm.starts[i] and norm.ends[i] <= e
    # a letter that maps to one original letter is that letter (case aside)
    for i in range(len(norm.text)):
        original = text[norm.starts[i]]
        if norm.ends[i] - norm.starts[i] == 1 and norm.text[i].isalpha() and original.isalpha():
            assert norm.text[i].lower() == original.lower()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=19), st.booleans())
def test_spoken_digit_strings_round_trip(digits: str, shout: bool) -> None:
    spoken = " ".join(ONES[int(d)] for d in digits)
    text = f"the number is {spoken.upper() if shout else spoken} thanks"
    norm = normalize(text)
    assert digits in norm.text
    start = norm.text.index(digits)
    s, e = norm.to_original(start, start + len(digits))
    assert text[s:e].lower() == spoken


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=80))
def test_arbitrary_text_never_breaks_the_map(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.text)
    if norm.text:
        s, e = norm.to_original(0, len(norm.text))
        assert 0 <= s <= e <= len(text)


# --- hesitations and a spoken "oh" inside numbers (red-team round 15 patterns) ------------


@pytest.mark.parametrize(
    ("text", "digits_expected", "expected"),
    [
        # a hesitation after "double"/"triple"
        ("it's two one two double uh seven four oh triple uh five", False, "it's 2127740555"),
        ("oh uh double two six", False, "0226"),
        # "double"/"triple" before a homophone digit in an answer for a number
        ("double for three uh two", True, "4432"),
        ("triple ate one five", True, "88815"),
        # "oh" for zero across a hesitation, at either end of the digits
        ("it ends with four four one uh oh", False, "it ends with 4410"),
        ("the last four are three three eight er oh oh", False, "the last four are 33800"),
        ("oh um three one nine", False, "0319"),
        # a hesitation inside an ordinal day
        ("she was born the thirty uh first of may nineteen ninety", False,
         "she was born the 31st of may 1990"),
        ("june twenty um third two thousand one", False, "june 23rd 2001"),
        # "oh" said beside a written digit group
        ("ends in 482 oh", False, "ends in 4820"),
        ("it's 63 oh oh.", False, "it's 6300."),
        ("oh 417", False, "0417"),
        ("OH 806.", False, "0806."),
        # a hesitation before or after a dash between digit groups
        ("k seven two um dash four four one", False, "K72-441"),
        ("d four nine uh hyphen two six hyphen one", False, "D49-26-1"),
        ("five five five um dash two one three four", False, "555-2134"),
        ("six one seven dash uh two two", False, "617-22"),
    ],
)  # fmt: skip
def test_hesitations_and_oh_inside_numbers(text: str, digits_expected: bool, expected: str) -> None:
    assert normalize(text, digits_expected).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three uh oh no wait", "3 uh oh no wait"),
        ("oh um two weeks ago", "oh um 2 weeks ago"),
        ("oh uh five five days", "oh uh 55 days"),
        ("it was twenty uh something", "it was 20 uh something"),
        ("we waited twenty uh minutes", "we waited 20 uh minutes"),
        ("it was 20 oh wait", "it was 20 oh wait"),
        ("oh 500 dollars", "oh 500 dollars"),
        ("oh 10 minutes", "oh 10 minutes"),
        ("at 10:30 oh.", "at 10:30 oh."),
        ("it costs $15 oh.", "it costs $15 oh."),
        ("oh 2019 was fine", "oh 2019 was fine"),
        ("oh 95.5", "oh 95.5"),
        ("uh oh 28", "uh oh 28"),
        ("the first uh second one", "the first uh second 1"),
        ("one um dash of salt", "1 um dash of salt"),
        ("two uh hyphenated names", "2 uh hyphenated names"),
        ("we have double uh rooms", "we have double uh rooms"),
        ("i'll pay double uh next time", "i'll pay double uh next time"),
        ("press two for billing", "press 2 for billing"),
    ],
)
def test_hesitations_and_oh_leave_ordinary_speech(text: str, expected: str) -> None:
    """Exclamations, durations, amounts, times, IVR options and words keep their shape."""
    assert normalize(text).text == expected


def test_double_before_a_homophone_needs_a_digit_after_it() -> None:
    assert normalize("double to triple the price", True).text.startswith("double")
    assert normalize("double to one um six", True).text == "2216"
