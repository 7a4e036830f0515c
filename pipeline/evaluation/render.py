"""How a value sounds and how an ASR writes it: the renderings the corpus is made of.

Every function here is deterministic given its ``random.Random``, so a seeded corpus is
reproducible. Written forms follow what Whisper prints ("4111 1111 1111 1111",
"555-123-4567", "December 11, 1979", "05/27"); spoken forms follow what a caller says
and an ASR without inverse text normalisation writes: lower case, no punctuation,
"oh" for zero, "double five", "nineteen eighty five", "john dot smith at gmail dot com".
"""

from __future__ import annotations

import random
from collections.abc import Sequence

ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_ONES = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Letter names as callers say them when spelling ("s as in sam").
SPELLING_WORDS = {
    "a": ("apple", "alpha", "adam"),
    "b": ("boy", "bravo", "bob"),
    "c": ("cat", "charlie"),
    "d": ("dog", "david", "delta"),
    "e": ("edward", "echo", "egg"),
    "f": ("frank", "fox", "foxtrot"),
    "g": ("george", "golf"),
    "h": ("harry", "hotel", "henry"),
    "i": ("ice", "india", "ida"),
    "j": ("john", "juliet"),
    "k": ("king", "kilo"),
    "l": ("larry", "lima", "lemon"),
    "m": ("mary", "mike", "mother"),
    "n": ("nancy", "november", "nora"),
    "o": ("ocean", "oscar", "orange"),
    "p": ("peter", "papa", "paul"),
    "q": ("queen", "quebec"),
    "r": ("robert", "romeo", "red"),
    "s": ("sam", "sierra", "sugar"),
    "t": ("tom", "tango", "tiger"),
    "u": ("umbrella", "uniform"),
    "v": ("victor", "violet"),
    "w": ("william", "whiskey"),
    "x": ("x-ray",),
    "y": ("yellow", "yankee"),
    "z": ("zebra", "zulu"),
}


def int_to_words(n: int) -> str:
    """Cardinal words for 0 <= n < 1,000,000: 1234 -> 'one thousand two hundred thirty four'."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(f"int_to_words handles 0..999999, got {n}; split larger numbers")
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + ("" if ones == 0 else " " + ONES[ones])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + ("" if rest == 0 else " " + int_to_words(rest))
    thousands, rest = divmod(n, 1000)
    return int_to_words(thousands) + " thousand" + ("" if rest == 0 else " " + int_to_words(rest))


def ordinal_words(n: int) -> str:
    """Ordinal words for 1..99: 24 -> 'twenty fourth', 12 -> 'twelfth'."""
    if n < 1 or n > 99:
        raise ValueError(f"ordinal_words handles 1..99, got {n}")
    words = int_to_words(n).split()
    last = words[-1]
    if last in _ORDINAL_ONES:
        words[-1] = _ORDINAL_ONES[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return " ".join(words)


def ordinal_suffix(n: int) -> str:
    """Written ordinal: 1 -> '1st', 22 -> '22nd', 11 -> '11th'."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def pair_words(pair: str, zero: str = "oh") -> str:
    """Two digits read as a pair: '24' -> 'twenty four', '05' -> 'oh five', '00' -> 'hundred'."""
    if len(pair) != 2 or not pair.isdigit():
        raise ValueError(f"pair_words needs exactly two digits, got {pair!r}")
    if pair == "00":
        return "hundred"
    if pair[0] == "0":
        return f"{zero} {ONES[int(pair[1])]}"
    return int_to_words(int(pair))


def year_words(year: int, rng: random.Random) -> str:
    """A year as said aloud: 1985 -> 'nineteen eighty five', 2026 -> 'twenty twenty six'."""
    if year < 1000 or year > 2999:
        raise ValueError(f"year_words handles 1000..2999, got {year}")
    head, tail = divmod(year, 100)
    if 2000 <= year < 2010 or (year >= 2010 and rng.random() < 0.25):
        # "two thousand five", "two thousand and twelve"
        rest = year - 2000
        if rest == 0:
            return "two thousand"
        joiner = " and " if rng.random() < 0.3 else " "
        return "two thousand" + joiner + int_to_words(rest)
    if tail == 0:
        return int_to_words(head) + " hundred"
    if tail < 10:
        return int_to_words(head) + " oh " + ONES[tail]
    return int_to_words(head) + " " + int_to_words(tail)


def digit_words(
    digits: str,
    rng: random.Random,
    *,
    zero: str = "oh",
    repeats: float = 0.5,
) -> str:
    """Digits read one by one, with 'double'/'triple' for runs: '5550' -> 'triple five oh'.

    ``repeats`` is the chance that a run of equal digits is read as double/triple.
    """
    if not digits.isdigit():
        raise ValueError(f"digit_words needs digits only, got {digits!r}")
    out: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i]:
            run += 1
        word = zero if digits[i] == "0" else ONES[int(digits[i])]
        left = run
        while left > 0:
            if left >= 3 and rng.random() < repeats * 0.8:
                out.append(f"triple {word}")
                left -= 3
            elif left >= 2 and rng.random() < repeats:
                out.append(f"double {word}")
                left -= 2
            else:
                out.append(word)
                left -= 1
        i += run
    return " ".join(out)


def group_words(group: str, rng: random.Random, zero: str = "oh") -> str:
    """A short digit group read the way people read them: digit by digit or in pairs.

    '6789' -> 'six seven eight nine' or 'sixty seven eighty nine'; pairs only for
    four-digit groups without a leading zero in either pair, as people do.
    """
    if len(group) == 4 and group[0] != "0" and group[2] != "0" and rng.random() < 0.25:
        return pair_words(group[:2], zero) + " " + pair_words(group[2:], zero)
    return digit_words(group, rng, zero=zero)


def spoken_digits_grouped(
    groups: Sequence[str], rng: random.Random, zero: str = "oh", pairs: bool = False
) -> str:
    """Digit groups said aloud one after another, separated by spaces."""
    return " ".join(
        group_words(g, rng, zero) if pairs else digit_words(g, rng, zero=zero) for g in groups
    )


def mixed_digits_grouped(groups: Sequence[str], rng: random.Random, zero: str = "oh") -> str:
    """Groups where the ASR wrote some as digits and some as words: '4111 one one one one'."""
    choices = [rng.random() < 0.5 for _ in groups]
    if all(choices) or not any(choices):
        choices[rng.randrange(len(groups))] = not choices[0]
    return " ".join(
        g if as_digits else digit_words(g, rng, zero=zero)
        for g, as_digits in zip(groups, choices, strict=True)
    )


def spell_letters(word: str, rng: random.Random, how: str) -> str:
    """A word spelled out: 'spaced' S M I T H, 'dashed' S-M-I-T-H, 'as_in' s as in sam ..."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        raise ValueError("spell_letters needs a word with letters")
    if how == "spaced":
        return " ".join(c.upper() for c in letters)
    if how == "dashed":
        return "-".join(c.upper() for c in letters)
    if how == "lower":
        return " ".join(c.lower() for c in letters)
    if how == "as_in":
        parts = []
        for c in letters:
            low = c.lower()
            examples = SPELLING_WORDS.get(low)
            if examples and rng.random() < 0.6:
                parts.append(f"{low} as in {rng.choice(examples)}")
            else:
                parts.append(low)
        return " ".join(parts)
    raise ValueError(f"unknown spelling style {how!r}; use spaced, dashed, lower or as_in")


def spoken_alnum(value: str, rng: random.Random, zero: str = "oh") -> str:
    """An alphanumeric id said aloud: 'MBR4829' -> 'm b r four eight two nine'."""
    out: list[str] = []
    digits = ""
    for c in value:
        if c.isdigit():
            digits += c
            continue
        if digits:
            out.append(digit_words(digits, rng, zero=zero, repeats=0.3))
            digits = ""
        if c.isalpha():
            out.append(c.lower())
        elif c == "-" and rng.random() < 0.3:
            out.append("dash")
    if digits:
        out.append(digit_words(digits, rng, zero=zero, repeats=0.3))
    return " ".join(out)


def money_written(amount_cents: int) -> str:
    """'$25.99', '$1,250.00'."""
    dollars, cents = divmod(amount_cents, 100)
    return f"${dollars:,}.{cents:02d}"


def money_spoken(amount_cents: int, rng: random.Random) -> str:
    """'twenty five dollars and ninety nine cents', 'twenty five ninety nine'."""
    dollars, cents = divmod(amount_cents, 100)
    if cents == 0:
        return f"{int_to_words(dollars)} dollars"
    if rng.random() < 0.3 and dollars < 100 and cents >= 10:
        return f"{int_to_words(dollars)} {int_to_words(cents)}"
    return f"{int_to_words(dollars)} dollars and {int_to_words(cents)} cents"
