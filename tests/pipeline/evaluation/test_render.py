"""Spoken renderings: each rule is a row, matches and near misses side by side."""

from __future__ import annotations

import random

import pytest

from pipeline.evaluation import render


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (20, "twenty"),
        (24, "twenty four"),
        (100, "one hundred"),
        (701, "seven hundred one"),
        (1234, "one thousand two hundred thirty four"),
        (25000, "twenty five thousand"),
    ],
)
def test_int_to_words(n, words):
    assert render.int_to_words(n) == words


@pytest.mark.parametrize("bad", [-1, 1_000_000])
def test_int_to_words_rejects_out_of_range(bad):
    with pytest.raises(ValueError, match="0..999999"):
        render.int_to_words(bad)


@pytest.mark.parametrize(
    ("n", "words"),
    [(1, "first"), (2, "second"), (3, "third"), (11, "eleventh"), (12, "twelfth"),
     (20, "twentieth"), (24, "twenty fourth"), (31, "thirty first")],
)  # fmt: skip
def test_ordinal_words(n, words):
    assert render.ordinal_words(n) == words


@pytest.mark.parametrize(("n", "text"), [(1, "1st"), (2, "2nd"), (11, "11th"), (22, "22nd")])
def test_ordinal_suffix(n, text):
    assert render.ordinal_suffix(n) == text


@pytest.mark.parametrize(
    ("pair", "words"), [("24", "twenty four"), ("05", "oh five"), ("00", "hundred"), ("10", "ten")]
)
def test_pair_words(pair, words):
    assert render.pair_words(pair) == words


@pytest.mark.parametrize("bad", ["5", "123", "a1"])
def test_pair_words_rejects_non_pairs(bad):
    with pytest.raises(ValueError):
        render.pair_words(bad)


class _Never(random.Random):
    """random() always 0.99: never takes an optional variant."""

    def random(self):
        return 0.99


class _Always(random.Random):
    """random() always 0.0: always takes an optional variant."""

    def random(self):
        return 0.0


@pytest.mark.parametrize(
    ("year", "never", "always"),
    [
        (1985, "nineteen eighty five", "nineteen eighty five"),
        (1905, "nineteen oh five", "nineteen oh five"),
        (1900, "nineteen hundred", "nineteen hundred"),
        (2005, "two thousand five", "two thousand and five"),
        (2026, "twenty twenty six", "two thousand and twenty six"),
    ],
)
def test_year_words(year, never, always):
    assert render.year_words(year, _Never()) == never
    assert render.year_words(year, _Always()) == always


@pytest.mark.parametrize(
    ("digits", "plain", "grouped"),
    [
        ("4111", "four one one one", "four triple one"),
        ("55", "five five", "double five"),
        ("5550", "five five five oh", "triple five oh"),
        ("0701", "oh seven oh one", "oh seven oh one"),
        ("77777", "seven seven seven seven seven", "triple seven double seven"),
    ],
)
def test_digit_words(digits, plain, grouped):
    assert render.digit_words(digits, _Never()) == plain
    assert render.digit_words(digits, _Always()) == grouped


def test_digit_words_zero_word_and_rejects_non_digits():
    assert render.digit_words("10", _Never(), zero="zero") == "one zero"
    with pytest.raises(ValueError, match="digits only"):
        render.digit_words("12a", _Never())


def test_group_words_reads_pairs_only_without_inner_zero():
    assert render.group_words("6789", _Always()) == "sixty seven eighty nine"
    assert render.group_words("6709", _Always()) == "six seven oh nine"


def test_mixed_digits_grouped_has_both_digits_and_words():
    for seed in range(20):
        text = render.mixed_digits_grouped(["4111", "1111", "2222", "3333"], random.Random(seed))
        assert any(tok.isdigit() for tok in text.split())
        assert any(tok.isalpha() for tok in text.split())


@pytest.mark.parametrize(
    ("how", "expected"),
    [("spaced", "S M I T H"), ("dashed", "S-M-I-T-H"), ("lower", "s m i t h")],
)
def test_spell_letters(how, expected):
    assert render.spell_letters("Smith", _Never(), how) == expected


def test_spell_letters_as_in():
    assert render.spell_letters("Sam", _Always(), "as_in").startswith("s as in ")
    with pytest.raises(ValueError, match="unknown spelling style"):
        render.spell_letters("Sam", _Never(), "morse")


def test_spoken_alnum():
    assert render.spoken_alnum("MBR4829", _Never()) == "m b r four eight two nine"


@pytest.mark.parametrize(("cents", "text"), [(2599, "$25.99"), (125000, "$1,250.00")])
def test_money_written(cents, text):
    assert render.money_written(cents) == text


def test_money_spoken():
    assert render.money_spoken(2599, _Never()) == "twenty five dollars and ninety nine cents"
    assert render.money_spoken(2500, _Never()) == "twenty five dollars"
