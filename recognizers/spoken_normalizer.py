"""Inverse text normalisation for ASR transcripts, with an exact map back to the original.

Speech-to-text writes "four one one one", "double five", "nineteen eighty five",
"S M I T H" and "john dot smith at gmail dot com"; recognizers are far simpler and more
reliable on "4111", "55", "1985", "SMITH" and "john.smith@gmail.com". This module
rewrites the spoken forms and keeps, for every character of the normalised text, the
range of original characters that produced it. A span found on the normalised text is
mapped back by taking the union of those ranges, so it can only widen, never shrink.

Rules (each from how people read numbers and spell on the phone):
- spoken digits "four one one one" -> "4111"; "oh"/"o" is zero only next to other digits;
  "double five" -> "55", "triple seven" -> "777"; spaced written digits "4 4 2 1" -> "4421";
- compounds read in pairs join: "twelve thirty four" -> "1234", "nineteen eighty five"
  -> "1985", "twenty twenty six" -> "2026"; "two hundred and five" -> "205";
- ordinals in dates: "june twenty fourth" -> "june 24th", "the fourth of july" -> "4th";
- spelled letters and alphanumerics: "S M I T H", "S-M-I-T-H", "s as in sam", NATO
  alphabet ("alpha bravo"), "A B 1 2 3" -> "AB123";
- emails said aloud: "john dot smith at gmail dot com" -> "john.smith@gmail.com";
- digit homophones inside a run of digits: "two two for nine" -> "2249", "nine oh to one
  oh" -> "90210" (never outside one: "press one for billing", "two to three days");
- amounts as Whisper writes them: "fifty eight thousand four hundred" -> "58,400",
  "twenty one hundred" -> "2,100" (a street number before a street name stays "2100");
  prices where the words say money: "it goes to ninety four ninety nine" -> "94.99";
- IPv4 read with "dot": "24 dot 118 dot 63 dot two twenty" -> "24.118.63.220".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from recognizers.spanish_speech import french_digit_edits, spanish_edits

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "niner": 9,  # the radio/NATO "nine": "sierra niner echo"
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
REPEATS = {"double": 2, "triple": 3}
ZERO_LETTERS = frozenset({"oh", "o"})
MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
# ICAO/NATO spelling alphabet, as agents and customers use it to spell codes.
NATO = {
    "alpha": "A",
    "alfa": "A",
    "bravo": "B",
    "charlie": "C",
    "delta": "D",
    "echo": "E",
    "foxtrot": "F",
    "golf": "G",
    "hotel": "H",
    "india": "I",
    "juliet": "J",
    "juliett": "J",
    "kilo": "K",
    "lima": "L",
    "mike": "M",
    "november": "N",
    "oscar": "O",
    "papa": "P",
    "quebec": "Q",
    "romeo": "R",
    "sierra": "S",
    "tango": "T",
    "uniform": "U",
    "victor": "V",
    "whiskey": "W",
    "whisky": "W",
    "xray": "X",
    "yankee": "Y",
    "zulu": "Z",
}
# A transcriber's tag where a bad line dropped words: "[inaudible]", "(static)", "[line
# cuts out]"; a value's pieces around one are one value (answers.broken_value,
# call_names.cut_name_pieces).
NOISE_TAG = (
    r"(?:[\[(][ \t]*(?:inaudible|static|unintelligible|indistinct|garbled|crosstalk|"
    r"noise|line (?:breaks up|cuts out)|cuts? out)[ \t]*[\])])"
)

# The spelling words as a regex alternative ("x-ray" also written "xray", "x ray").
NATO_WORD = "(?:" + "|".join(sorted(NATO, key=len, reverse=True)) + "|x-ray|xray)"

# The other side's backchannel, which diarization writes inside a value being read
# ("4345 3925 7919 got it 7309", "oh five yep twenty-seven", "PTP23 UH-HUH 89837").
BACKCHANNEL = (
    r"(?:uh[- \t]?huh|mm[- \t]?hmm|mhm+|got[ \t]+it|okay|ok|yes|yep|yeah|yup|right|"
    r"go[ \t]+ahead|hold[ \t]+on|all[ \t]?right|sure)"
)
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand"}

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|[0-9]+|\S")
# Separators allowed inside a run of spoken digits or spelled letters.
_RUN_SEPARATORS = frozenset({"-", ".", ","})
# "capital b", "lowercase l": the case of a spelled letter (True: upper case).
_CASE_WORDS = {"capital": True, "uppercase": True, "upper": True, "lowercase": False,
               "lower": False, "small": False}  # fmt: skip
# Hesitations that do not break a number read aloud.
_FILLERS = frozenset({"uh", "um", "uhm", "er", "erm", "ah", "eh", "hmm"})
# Before these, a lone number word counts digits: "the last four", "the first six".
_COUNT_CONTEXT = frozenset(
    {"last", "first", "next", "final", "remaining", "other", "those", "these"}
)
# Separators said aloud between digit groups: "six one dash three four", "oh nine slash 28".
# "comma" is a digit-group separator read off a screen: "one two three comma four five six".
_SPOKEN_SEPARATORS = {"dash": "-", "hyphen": "-", "slash": "/", "comma": "-"}


def _ascii_digits(text: str) -> bool:
    """True for ASCII digits only ("²" and "٣" are digits to Python, not to us)."""
    return text.isascii() and text.isdigit()


@dataclass(frozen=True)
class _Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class NormalizedText:
    """A normalised text plus, per character, the original range that produced it."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering every original character behind the span."""
        if not self.text:
            return 0, len(self.original)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return min(self.starts[start:end]), max(self.ends[start:end])

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span produced by original characters ``[start, end)``."""
        inside = [
            i
            for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))
            if s < end and start < e
        ]
        if not inside:
            return 0, 0
        return inside[0], inside[-1] + 1


def identity(text: str) -> NormalizedText:
    """A normalised view that is the original text, character for character."""
    return NormalizedText(text, text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))


def normalize(text: str, digits_expected: bool = False) -> NormalizedText:
    """Rewrite spoken numbers, spelled letters and spoken emails; keep the offset map.

    ``digits_expected``: the turn answers a question for a number (the analyzer knows
    from the conversation), so a homophone between number words is a digit ("three for
    seven", "ate nine won sixty nine") unless a unit or a range word follows."""
    base = identity(text)
    if is_shouting(text):
        # ALL CAPS transcripts: work on lower case (same length, same offsets) so that
        # spelled letters, which come out in capitals, stand out from ordinary words.
        base = NormalizedText(text, text.lower(), base.starts, base.ends)
    base = _apply(base, _drawn_out_filler_edits(base.text))
    base = _apply(base, spanish_edits(base.text))
    base = _apply(base, french_digit_edits(base.text))
    base = _apply(base, _british_digit_edits(base.text))
    base = _apply(base, _split_underscore_edits(base.text))
    work = base.text
    tokens = [
        _Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(work)
    ]
    first = _apply(base, _token_edits(work, tokens, digits_expected))
    first = _apply(first, _written_zero_edits(first.text))
    first = _apply(first, _garbled_group_edits(first.text))
    first = _apply(first, _ip_edits(first.text))
    first = _apply(first, _ipv6_edits(first.text))
    first = _apply(first, _comma_group_edits(first.text, digits_expected))
    second = _apply(first, _email_edits(first.text))
    return _apply(second, _underscore_edits(second.text))


def is_shouting(text: str) -> bool:
    """True for ALL CAPS text whose lower case has the same length (offsets unchanged)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.8 and len(text.lower()) == len(text)


# A hesitation written drawn out ("umm", "uhh", "ermm", "hmmm"): the short form, so
# every rule that reads across "um" or "uh" reads across it too.
_DRAWN_OUT_FILLER = re.compile(
    r"\b(?:u+h+m+|u+h+|u+m+|e+r+m+|e+r{2,}|a+h+|h+m{2,})\b", re.IGNORECASE
)


def _drawn_out_filler_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _DRAWN_OUT_FILLER.finditer(text):
        short = re.sub(r"(.)\1+", r"\1", m.group())
        if short.lower() == "hm":
            short += short[-1]  # "hmmm" -> "hmm"
        if short != m.group():
            edits.append((m.start(), m.end(), short))
    return edits


# British, Irish, Indian and Nigerian callers read zero as "nought" ("naught") and three
# of a kind as "treble": "nought seven eight…", "treble five". "nought" is a zero only in a
# run of digit words ("it came to nought" stays); "treble" only before a digit word.
_NOUGHT = frozenset({"nought", "naught"})
_BRITISH_WORD = re.compile(r"\b(?:nought|naught|treble)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|[0-9]+")


def _british_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """Rewrite "nought" to "zero" and "treble" to "triple" where they read digits."""
    if not _BRITISH_WORD.search(text):
        return []
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]

    def digit_like(k: int) -> bool:
        if not 0 <= k < len(words):
            return False
        low = words[k][0]
        return (
            low in UNITS
            or low in ZERO_LETTERS
            or low in _NOUGHT
            or (low.isdigit() and len(low) == 1)
        )

    def said_digit(k: int) -> bool:
        return 0 <= k < len(words) and (
            words[k][0] in UNITS or (words[k][0].isdigit() and len(words[k][0]) == 1)
        )

    def in_run(k: int) -> bool:
        # a real digit word on either side, across other zeros, fillers and repeats
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(words) and (
                words[j][0] in _NOUGHT
                or words[j][0] in ZERO_LETTERS
                or words[j][0] in _FILLERS
                or (step < 0 and words[j][0] in (*REPEATS, "treble"))
            ):
                j += step
            if said_digit(j):
                return True
        return False

    edits = []
    for k, (low, start, end) in enumerate(words):
        if low in _NOUGHT and in_run(k):
            edits.append((start, end, "zero"))
        elif low == "treble" and digit_like(k + 1):
            edits.append((start, end, "triple"))
    return edits


# "it ends in 715 oh.", "oh 956": "oh" said for a zero beside a written digit group, at
# the end of the value (punctuation or the turn's end after it). Not an amount, a time or
# a decimal ("$15", "10:30", "2.5"), not "oh" before a word ("20 oh wait", "oh 10 minutes").
_TRAILING_ZERO = re.compile(
    r"(?<![\w.,:$£€])(\d{2,4})((?:[ ]+o(?:h)?\b)+)(?=[ ]*(?:[.,!?;]|$))", re.IGNORECASE
)
_LEADING_ZERO = re.compile(
    r"(?<![\w'$£€])(?<!uh )((?:o(?:h)?[ ]+)+)(\d{2,3})(?![\w:%]|[.,]\d)(?=[ ]*(?:[.,!?;]|$))",
    re.IGNORECASE,
)


def _written_zero_edits(text: str) -> list[tuple[int, int, str]]:
    if "o" not in text.lower():
        return []
    edits = [
        (m.start(), m.end(), m.group(1) + "0" * len(m.group(2).split()))
        for m in _TRAILING_ZERO.finditer(text)
    ]
    edits += [
        (m.start(), m.end(), "0" * len(m.group(1).split()) + m.group(2))
        for m in _LEADING_ZERO.finditer(text)
    ]
    return edits


# --- applying edits ---------------------------------------------------------------------


def _apply(base: NormalizedText, edits: list[tuple[int, int, str]]) -> NormalizedText:
    """Replace ``base.text[s:e]`` by ``r`` for each edit and compose the offset maps."""
    if not edits:
        return base
    src = base.text
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for s, e, replacement in sorted(edits):
        if s < pos:
            continue  # overlapping edit: the earlier one wins
        parts.append(src[pos:s])
        starts.extend(base.starts[pos:s])
        ends.extend(base.ends[pos:s])
        if replacement:
            o_start = min(base.starts[s:e])
            o_end = max(base.ends[s:e])
            parts.append(replacement)
            starts.extend([o_start] * len(replacement))
            ends.extend([o_end] * len(replacement))
        pos = e
    parts.append(src[pos:])
    starts.extend(base.starts[pos:])
    ends.extend(base.ends[pos:])
    return NormalizedText(base.original, "".join(parts), tuple(starts), tuple(ends))


# --- numbers and letters ----------------------------------------------------------------


def _gap(text: str, a: _Token, b: _Token) -> str:
    return text[a.end : b.start]


def _is_digit_word(tokens: list[_Token], i: int) -> bool:
    """ "oh"/"o" reads as zero only in a run with a real digit: "five oh five", "oh two",
    or in a turn that is only three or more of them: "oh oh oh", a group of a number read
    over several turns ("oh seven one" / "oh oh oh" / "oh one three")."""
    if _only_zeros(tokens) or _zero_between_commas(tokens, i):
        return True
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(tokens)
            and (
                tokens[j].low in ZERO_LETTERS
                or tokens[j].low == "-"
                # a false start: "oh oh uh oh two one three eight"
                or (
                    tokens[j].low in _FILLERS
                    and 0 <= j + step < len(tokens)
                    and tokens[j + step].low in ZERO_LETTERS
                )
            )
            and abs(j - i) < 20
        ):
            j += step
        if (
            0 <= j < len(tokens)
            and tokens[j].low in _FILLERS
            and _zero_across_filler(tokens, i, j, step)
        ):
            return True
        if 0 <= j < len(tokens):
            low = tokens[j].low
            if (
                low in UNITS
                or low in TEENS
                or low in TENS
                or (low in REPEATS and _next_is_digit(tokens, j))
                or (_ascii_digits(low) and len(low) == 1)
            ):
                return True
    return False


def _zero_between_commas(tokens: list[_Token], i: int) -> bool:
    """ "four two three, five five five, oh, two eight oh": an "oh" set off by commas is a
    zero when single digits are read on both sides of it (a comma on at least one side),
    and the digits after it are not a count ("two, oh, three days"). "oh, okay", "oh, i
    see" and "oh, it's two" have no digit before them and keep the exclamation."""
    if not (0 < i < len(tokens) - 1) or "," not in (tokens[i - 1].low, tokens[i + 1].low):
        return False
    a = i - 2 if tokens[i - 1].low == "," else i - 1
    b = i + 2 if tokens[i + 1].low == "," else i + 1
    if a < 0 or b >= len(tokens):
        return False

    def single(low: str) -> bool:
        return low in UNITS or (_ascii_digits(low) and len(low) == 1)

    if not (single(tokens[a].low) or tokens[a].low in ZERO_LETTERS) or not single(tokens[b].low):
        return False
    k = b
    while k < len(tokens) and (single(tokens[k].low) or tokens[k].low in ZERO_LETTERS):
        k += 1
    return k >= len(tokens) or tokens[k].low not in _RANGE_AFTER


_DASH_WORDS = frozenset({"dash", "hyphen", "-"})


def _filler_before_dash(tokens: list[_Token], j: int) -> bool:
    """A hesitation before a dash said between two digit groups: "…two um dash three…"."""
    if not (tokens[j].low in _FILLERS and j + 2 < len(tokens)):
        return False
    nxt = tokens[j + 2].low
    return tokens[j + 1].low in _DASH_WORDS and (
        _plain_digit(nxt) or nxt in ZERO_LETTERS or nxt in REPEATS
    )


def _zero_across_filler(tokens: list[_Token], i: int, j: int, step: int) -> bool:
    """ "six two nine uhm oh", "oh uhm five oh four": an "oh" is a zero across a hesitation
    when two or more single digits are read on the far side, and (at the end of a number)
    no word follows it ("three uh oh no", "oh um two weeks" keep the exclamation)."""
    count, k = 0, j + step
    while 0 <= k < len(tokens) and count < 2:
        low = tokens[k].low
        single = low in UNITS or low in ZERO_LETTERS or (_ascii_digits(low) and len(low) == 1)
        if not (single or (low in REPEATS and step > 0 and _next_is_digit(tokens, k))):
            break
        count += 1
        k += step
    if count < 2:
        return False
    if step > 0:
        # the digits after the "oh" are not a count or a duration: "oh uh two three days"
        while k < len(tokens) and (
            tokens[k].low in UNITS or tokens[k].low in ZERO_LETTERS or _ascii_digits(tokens[k].low)
        ):
            k += 1
        return k >= len(tokens) or tokens[k].low not in _RANGE_AFTER
    # "… nine uhm oh": nothing but more zeros or punctuation after the "oh"
    k = i + 1
    while k < len(tokens) and tokens[k].low in ZERO_LETTERS:
        k += 1
    return k >= len(tokens) or not tokens[k].low.isalpha()


_MAX_ZERO_TURN = 12


def _only_zeros(tokens: list[_Token]) -> bool:
    """A short turn of three or more "oh"s and nothing else but lead-ins and commas."""
    if len(tokens) > _MAX_ZERO_TURN:
        return False
    zeros = sum(1 for t in tokens if t.low in ZERO_LETTERS)
    return zeros >= 3 and all(
        t.low in ZERO_LETTERS or t.low in _LEAD_IN or t.low in _RUN_SEPARATORS for t in tokens
    )


def _plain_digit(low: str) -> bool:
    return low in UNITS or low in TEENS or low in TENS or (_ascii_digits(low) and len(low) == 1)


def _digit_value(low: str) -> int:
    if low in UNITS:
        return UNITS[low]
    if low in ZERO_LETTERS:
        return 0
    return int(low)


def _ordinal_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _token_edits(
    text: str, tokens: list[_Token], digits_expected: bool = False
) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    chained = _homophone_chains(text, tokens)
    if digits_expected:
        chained |= _answer_homophones(tokens)
    if chained:
        chained = frozenset(k for k in chained if not _word_before_whole_value(tokens, k))
    i = 0
    while i < len(tokens):
        end, replacement = _letter_run(text, tokens, i)
        if end is None:
            end, replacement = _number_run(text, tokens, i, chained)
        if end is None:
            i += 1
            continue
        split = _year_then_code(text, tokens, i, end, replacement, chained)
        if split is not None:
            edits.extend(split)
            i = end
            continue
        start_tok, last_tok = tokens[i], tokens[end - 1]
        if replacement != text[start_tok.start : last_tok.end]:
            edits.append((start_tok.start, last_tok.end, replacement))
        i = end
    return edits


_CARD_YEAR = re.compile(r"20[2-4]\d")


def _year_then_code(
    text: str, tokens: list[_Token], i: int, end: int, replacement: str, chained: frozenset
) -> list[tuple[int, int, str]] | None:
    """A card's month, then its year and code in one breath: "december twenty thirty one
    eight nine four three" is "december 2031 8943", not one number "20318943"."""
    if not (
        i
        and tokens[i - 1].low in MONTHS
        and tokens[i].low == "twenty"
        and replacement.isdigit()
        and 7 <= len(replacement) <= 8
    ):
        return None
    for k in range(i + 2, min(end, i + 4)):
        year_end, year = _number_run(text, tokens[:k], i, chained)
        if year_end != k or not year or not _CARD_YEAR.fullmatch(year):
            continue
        code_end, code = _number_run(text, tokens, k, chained)
        if code_end == end and code and year + code == replacement:
            return [
                (tokens[i].start, tokens[k - 1].end, year),
                (tokens[k].start, tokens[end - 1].end, code),
            ]
    return None


def _spelled_item(text: str, tokens: list[_Token], i: int) -> tuple[int, str, str] | None:
    """One spelled item at ``i``: (next index, kind, value); kind is letter/nato/digit."""
    tok = tokens[i]
    low = tok.low
    if low in REPEATS and i + 1 < len(tokens) and tokens[i + 1].start - tok.end <= 1:
        nxt = tokens[i + 1].low
        if nxt in UNITS or nxt in ZERO_LETTERS or (_ascii_digits(nxt) and len(nxt) == 1):
            return i + 2, "digit", str(_digit_value(nxt)) * REPEATS[low]
        if len(nxt) == 1 and nxt.isalpha():
            return i + 2, "letter", nxt.upper() * REPEATS[low]
    # Passwords spelled with their case: "capital b, lowercase l".
    if (
        low in _CASE_WORDS
        and i + 1 < len(tokens)
        and len(tokens[i + 1].low) == 1
        and tokens[i + 1].low.isalpha()
    ):
        letter = tokens[i + 1].low
        value = letter.upper() if _CASE_WORDS[low] else letter
        # "capital t as in tango": the example word goes with the letter.
        if (
            i + 4 < len(tokens)
            and tokens[i + 2].low == "as"
            and tokens[i + 3].low == "in"
            and tokens[i + 4].low.isalpha()
        ):
            return i + 5, "as_in", value
        return i + 2, "letter", value
    # NATO "x-ray" as ASR writes it: "x ray", "x-ray".
    if low == "x" and i + 1 < len(tokens):
        k = i + 2 if tokens[i + 1].low == "-" else i + 1
        if k < len(tokens) and tokens[k].low == "ray" and tokens[k].start - tokens[k - 1].end <= 1:
            return k + 1, "nato", "X"
    if len(low) == 1 and low.isalpha():
        # "c uh as in cat", "c er like cat": a hesitation before the example
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].low in _FILLERS:
            k += 1
        if (
            k + 3 < len(tokens)
            and tokens[k].low == ","
            and tokens[k + 1].low == "as"
            and tokens[k + 2].low == "in"
            and tokens[k + 3].low[:1] == low
        ):
            k += 1  # "c, as in cat": Whisper's comma before the example
        # "s as in sam" / "s like sam": the example word is consumed with the letter.
        if (
            k + 2 < len(tokens)
            and tokens[k].low == "as"
            and tokens[k + 1].low == "in"
            and tokens[k + 2].low.isalpha()
        ):
            return _x_ray(tokens, k + 2, low), "as_in", low.upper()
        # "s like sam", "t for tom", "d of dog", "a de america": the example word starts
        # with the letter ("of"/"de" count only inside a longer run: see _lone_of_example).
        if (
            k + 1 < len(tokens)
            and tokens[k].low in _EXAMPLE_CONNECTORS
            and tokens[k + 1].low.isalpha()
            and tokens[k + 1].low[0] == low
            and (len(tokens[k + 1].low) > 1 or _x_ray(tokens, k + 1, low) > k + 2)
        ):
            return _x_ray(tokens, k + 1, low), "as_in", low.upper()
        return i + 1, "letter", low.upper()
    if low in NATO:
        return i + 1, "nato", NATO[low]
    if low in ("dash", "hyphen"):
        return i + 1, "dash", "-"
    if low == "apostrophe":  # "o apostrophe s h e a" -> "O'SHEA"
        return i + 1, "dash", "'"
    if low in UNITS or (_ascii_digits(low) and len(low) == 1):
        return i + 1, "digit", str(_digit_value(low))
    if low in ZERO_LETTERS:
        return i + 1, "digit", "0"
    return None


def _x_ray(tokens: list[_Token], k: int, letter: str) -> int:
    """The index after the example word at ``k``; "x for x ray" / "x as in x-ray" take
    the NATO word as ASR splits it."""
    if letter == "x" and tokens[k].low == "x":
        m = k + 2 if k + 1 < len(tokens) and tokens[k + 1].low == "-" else k + 1
        if m < len(tokens) and tokens[m].low == "ray":
            return m + 1
    return k + 1


MAX_SPELLED_ITEMS = 48

# Words that join a spelled letter to its example word. "of" (second-language English) and
# Spanish "de" are ordinary prepositions too, so they need a run of two or more items.
_EXAMPLE_CONNECTORS = ("like", "for", "of", "de")
_PREPOSITION_CONNECTORS = ("of", "de")


def _lone_of_example(tokens: list[_Token], i: int, items: list[tuple[str, str]]) -> bool:
    """True for a single letter joined to its word by "of"/"de" and nothing more spelled:
    "i of interest", "o de oro" read as prose, not as a spelling ("d of dog, a of apple")."""
    return (
        len(items) == 1
        and items[0][0] == "as_in"
        and i + 1 < len(tokens)
        and any(tokens[k].low in _PREPOSITION_CONNECTORS for k in (i + 1, i + 2) if k < len(tokens))
    )


def _letter_run(text: str, tokens: list[_Token], i: int) -> tuple[int | None, str]:
    """A run of spelled letters (optionally with single digits): "S M I T H", "A B 1 2 3"."""
    items: list[tuple[str, str]] = []
    said_zero: list[bool] = []  # the item is "oh"/"o" said aloud, not a written "0"
    j = i
    # Bounded so a long run that is rejected (e.g. "a a a …", "oh oh oh …") costs linear,
    # not quadratic, time: no spelled name or ID is this long.
    while j < len(tokens) and len(items) < MAX_SPELLED_ITEMS:
        if items:
            prev = tokens[j - 1]
            gap = _gap(text, prev, tokens[j])
            if tokens[j].low in _RUN_SEPARATORS and j + 1 < len(tokens):
                if len(gap.strip()) or len(_gap(text, tokens[j], tokens[j + 1])) > 2:
                    break
                j += 1
            elif len(gap) > 2 or gap.strip():
                break
            elif gap and (_glued(tokens, j - 2, j - 1) or _glued(tokens, j, j + 1)):
                break  # "suite 4b 5b 6b", "3C 22 FB 0A 7D": written words, not spelled
        if items and (
            _filler_before_dash(tokens, j)
            or (tokens[j].low in _FILLERS and items[-1][0] == "dash" and j + 1 < len(tokens))
        ):
            j += 1  # "s four two um dash three nine", "k seven dash uh five": a hesitation
            continue
        if items and _filler_between_letters(text, tokens, j, items):
            j += 1  # "f i e l d uh s", "B UM O N E R": a hesitation inside a spelled name
            continue
        item = _spelled_item(text, tokens, j) or _run_inner_item(text, tokens, j, items)
        if item is None:
            break
        nxt, kind, value = item
        items.append((kind, value))
        said_zero.append(tokens[j].low in ZERO_LETTERS)
        j = nxt
    # "… five zero i think": a last "i" or "a" after digits and before a word is the pronoun
    # or the article (after letters it is spelled: "n i", "s i o b h a n").
    if (
        len(items) > 1
        and items[-1] in (("letter", "I"), ("letter", "A"))
        and items[-2][0] == "digit"
        and j < len(tokens)
        and tokens[j].low.isalpha()
        and len(tokens[j].low) > 1
    ):
        items.pop()
        said_zero.pop()
        j -= 1
    # Trailing separator tokens (and spoken dashes) are not part of the run.
    while items and items[-1][0] == "dash":
        items.pop()
        said_zero.pop()
        j -= 1
    while j > i and (tokens[j - 1].low in _RUN_SEPARATORS or tokens[j - 1].low in _FILLERS):
        j -= 1
    if items and items[0][0] == "dash":
        return None, ""
    if _lone_of_example(tokens, i, items):
        return None, ""
    if (
        len(items) == 2
        and tokens[i].low == "a"
        and i > 0
        and tokens[i - 1].low in ("with", "without", "has", "had")
    ):
        return None, ""  # "oskar with a k", "it has a c in it": the article, then the letter
    letters = [v for k, v in items if k in ("letter", "nato", "as_in")]
    kinds = {k for k, _ in items}
    if not letters:
        return None, ""
    if "as_in" not in kinds:
        if len(items) < 2:
            return None, ""
        singles = [v for k, v in items if k == "letter"]
        if "nato" in kinds and len(letters) < 2:
            return None, ""
        if len(letters) == 1 and items[0][0] == "letter" and items[0][1] in ("A", "I"):
            return None, ""  # the article or the pronoun before a number
        # "oh i think", "oh a lot": the exclamation, then the pronoun or the article
        written_digits = any(
            k == "digit" and not said for (k, _), said in zip(items, said_zero, strict=True)
        )
        if (
            all(v in ("A", "I") for v in letters)
            and len(letters) == len(singles)
            and not written_digits
            and not any(k == "digit" and v not in ("0", "00", "000") for k, v in items)
        ):
            return None, ""
    # "o" between letters is the letter O, between digits it is zero; a written "0" is
    # always zero ("0A" in a MAC address).
    out = []
    for idx, (kind, value) in enumerate(items):
        if kind == "digit" and value == "0" and said_zero[idx] and _zero_is_letter_o(items, idx):
            value = "O"
        elif kind == "letter" and value == "O" and _letter_o_is_zero(items, idx):
            value = "0"  # "nine o nine six": the letter "o" said for zero between digits
        out.append(value)
    return j, "".join(out)


def _letter_o_is_zero(items: list[tuple[str, str]], idx: int) -> bool:
    """True when a bare letter "o" has digits on both sides (or digits on its one side)."""
    a, b = idx - 1, idx + 1
    while a >= 0 and items[a] == ("letter", "O"):
        a -= 1
    while b < len(items) and items[b] == ("letter", "O"):
        b += 1  # "six two o o": a run of them
    neighbours = [items[k][0] for k in (a, b) if 0 <= k < len(items)]
    return bool(neighbours) and all(k == "digit" for k in neighbours)


def _filler_between_letters(
    text: str, tokens: list[_Token], j: int, items: list[tuple[str, str]]
) -> bool:
    """A hesitation at ``j`` between two spelled letters: "w i double l um i a m s".

    The letter after it must not be the pronoun or the article before a word
    ("S M I T H uh i think", "B O B um a friend of mine")."""
    if tokens[j].low not in _FILLERS or items[-1][0] not in ("letter", "nato", "as_in"):
        return False
    if len(items) == 1 and items[0] in (("letter", "A"), ("letter", "I")):
        return False  # "i uh s…", "a um b…": the pronoun or the article, then a hesitation
    k = j + 1
    if k >= len(tokens) or len(_gap(text, tokens[j], tokens[k])) > 2:
        return False
    nxt = _spelled_item(text, tokens, k)
    if nxt is None or nxt[1] not in ("letter", "nato", "as_in"):
        return False
    if nxt[1] == "letter" and nxt[2] in ("A", "I") and nxt[0] == k + 1:
        m = k + 1
        # "a"/"i" counts as a letter only when another spelled letter follows it, or the
        # run ends there: "D E L um A C R U Z", "A U S T um I", not "um i think"
        if m < len(tokens) and len(_gap(text, tokens[k], tokens[m])) <= 2:
            after = _spelled_item(text, tokens, m)
            if after is None or after[1] not in ("letter", "nato", "as_in"):
                return False
    return True


def _is_spelled_letter_at(text: str, tokens: list[_Token], k: int) -> bool:
    """A spelled letter (not "a"/"i") or NATO word starts at ``k``, tight after ``k - 1``."""
    if k >= len(tokens) or len(_gap(text, tokens[k - 1], tokens[k])) > 2:
        return False
    low = tokens[k].low
    return low in NATO or (len(low) == 1 and low.isalpha() and low not in ("a", "i"))


def _run_inner_item(
    text: str, tokens: list[_Token], j: int, items: list[tuple[str, str]]
) -> tuple[int, str, str] | None:
    """Inside a spelled code, what ``_spelled_item`` leaves out:

    - a number said as tens ("k seventy five s e seven", "c forty two u u") between
      spelled letters: "K75SE7";
    - a digit homophone between digits read singly ("b five one eight dash three too
      nine one nine"): two or more digits before, a digit after.
    """
    if not items:
        return None
    low = tokens[j].low
    kinds = [kind for kind, _ in items]
    # "e nine four three five seven oh three one three dash seventy one twenty four six": a
    # group read in pairs after a dash, in a code of a letter and four or more digits
    if (
        kinds[-1] == "dash"
        and (low in TENS or low in TEENS)
        and "letter" in kinds
        and kinds.count("digit") >= 4
    ):
        end, value = _number_run(text, tokens, j)
        if end is not None and value.isdigit() and len(value) >= 2:
            return end, "digit", value
        return None
    # "six r as in robert ate p as in peter": a homophone digit before a letter said with
    # its example, in a code already spelled that way with digits
    if (
        low in DIGIT_HOMOPHONES
        and "as_in" in kinds
        and "digit" in kinds
        and j + 1 < len(tokens)
        and len(_gap(text, tokens[j], tokens[j + 1])) <= 2
    ):
        nxt_item = _spelled_item(text, tokens, j + 1)
        if nxt_item is not None and nxt_item[1] == "as_in":
            return j + 1, "digit", str(UNITS[DIGIT_HOMOPHONES[low]])
    if items[-1][0] in ("letter", "nato", "as_in") and (low in TENS or low in TEENS):
        end, value = j + 1, (TENS.get(low) or TEENS.get(low) or 0)
        if (
            low in TENS
            and end < len(tokens)
            and tokens[end].low in UNITS
            and UNITS[tokens[end].low]
            and _gap(text, tokens[j], tokens[end]) == " "
        ):
            value += UNITS[tokens[end].low]
            end += 1
        if _is_spelled_letter_at(text, tokens, end):
            return end, "digit", str(value)
        return None
    if (
        low in DIGIT_HOMOPHONES
        and items[-1][0] == "digit"
        and sum(1 for kind, _ in items if kind == "digit") >= 2
    ):
        k = j + 1
        if k < len(tokens) and len(_gap(text, tokens[j], tokens[k])) <= 2:
            nxt = tokens[k].low
            if (nxt in UNITS or nxt in ZERO_LETTERS or (_ascii_digits(nxt) and len(nxt) == 1)) and (
                k + 1 >= len(tokens) or tokens[k + 1].low not in _RANGE_AFTER
            ):
                return j + 1, "digit", str(UNITS[DIGIT_HOMOPHONES[low]])
    return None


def _glued(tokens: list[_Token], a: int, b: int) -> bool:
    """True when tokens ``a`` and ``b`` are letters or digits written together ("4b", "0A")."""
    if a < 0 or b >= len(tokens) or tokens[a].end != tokens[b].start:
        return False
    return tokens[a].low[-1].isalnum() and tokens[b].low[0].isalnum()


def _zero_is_letter_o(items: list[tuple[str, str]], idx: int) -> bool:
    """True when a zero-like "o" in a spelled run is surrounded by letters, not digits."""
    neighbours = [items[k][0] for k in (idx - 1, idx + 1) if 0 <= k < len(items)]
    return bool(neighbours) and all(k != "digit" for k in neighbours)


# "one moment", "one sec": a request to wait said right after a value, no digit of it.
_WAIT_WORDS = frozenset({"moment", "sec", "second", "minute", "mo", "momento", "momentito"})


def _one_then_wait(tokens: list[_Token], k: int) -> bool:
    """The run's last word is "one" (or "un") and a singular wait word follows it."""
    return (
        tokens[k].low in ("one", "un", "uno")
        and k + 1 < len(tokens)
        and tokens[k + 1].low in _WAIT_WORDS
    )


# Before "one", words that make it a pronoun: "the new one", "the same one".
_PRONOUN_ONE_LEADS = frozenset(
    {"new", "old", "same", "other", "another", "current", "replacement", "spare", "backup"}
)


def _pronoun_one(tokens: list[_Token], i: int) -> bool:
    """ "change my PIN on the new one to 8 9 1 5": "one" after "new"/"old"/"same" and
    before no real number word is the pronoun, and "to" after it no digit."""
    if tokens[i].low != "one" or i == 0 or tokens[i - 1].low not in _PRONOUN_ONE_LEADS:
        return False
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return not (
        nxt in NUMBER_WORDS
        or nxt in REPEATS
        or nxt in ZERO_LETTERS
        or (_ascii_digits(nxt) and len(nxt) == 1)
    )


def _number_run(
    text: str, tokens: list[_Token], i: int, chained: frozenset[int] = frozenset()
) -> tuple[int | None, str]:
    """A run of number words (and single written digits) -> one digit string."""
    members: list[int] = []
    j = i
    if _pronoun_one(tokens, i):
        return None, ""
    magnitude = _written_magnitude(text, tokens, i)
    if magnitude:
        return magnitude
    house = _homophone_house_number(text, tokens, i)
    if house:
        return house
    if i in chained:
        members.append(i)
        j = i + 1
    while j < len(tokens):
        low = tokens[j].low
        if members:
            gap = _gap(text, tokens[j - 1], tokens[j])
            if gap.strip() or len(gap) > 2:
                break
            if (low == "-" or low in _SPOKEN_SEPARATORS) and j + 1 < len(tokens):
                k = j + 1
                if tokens[k].low in _FILLERS and k + 1 < len(tokens):
                    k += 1  # "six one seven dash uh two two"
                nxt = tokens[k].low
                if (
                    nxt in NUMBER_WORDS
                    or nxt in REPEATS
                    or nxt in ZERO_LETTERS
                    or (_ascii_digits(nxt) and len(nxt) == 1)
                    # "twenty-first": a hyphenated ordinal ends a date's day
                    or (low == "-" and nxt in ORDINALS and tokens[members[-1]].low in TENS)
                ):
                    members.extend(range(j, k))
                    j = k
                    continue
                break
            if (
                low == ","
                and len(members) == 1
                and tokens[members[0]].low in ZERO_LETTERS
                and j + 1 < len(tokens)
                and _zero_between_commas(tokens, members[0])
            ):
                members.append(j)  # "… five five five, oh, two eight oh": the zero opens
                j += 1  # the group read after it
                continue
            # "four one one uh one", "double uh nine", "the twenty uh second": a hesitation
            # inside a number is not a break.
            prev_low = tokens[members[-1]].low
            if _filler_before_dash(tokens, j) and (
                _plain_digit(prev_low) or prev_low in ZERO_LETTERS
            ):
                members.append(j)  # "two three two um dash three nine"
                j += 1
                continue
            if (
                low in _FILLERS
                and j + 1 < len(tokens)
                and (
                    (
                        (
                            _plain_digit(tokens[j + 1].low)
                            or (tokens[j + 1].low in ZERO_LETTERS and _is_digit_word(tokens, j + 1))
                            or (tokens[j + 1].low in REPEATS and _next_is_digit(tokens, j + 1))
                        )
                        and (
                            _plain_digit(prev_low)
                            or prev_low in ZERO_LETTERS
                            or prev_low in REPEATS
                        )
                    )
                    or (
                        prev_low in TENS
                        and tokens[j + 1].low in ORDINALS
                        and _ordinal_allowed(tokens, j + 1, members)
                    )
                )
            ):
                members.append(j)
                j += 1
                continue
            # "four one five then five five five …": digit groups joined by "then" or
            # "and then" when single digits are read on both sides.
            joined = _group_joiner(tokens, j, members)
            if joined:
                members.extend(range(j, j + joined))
                j += joined
                continue
            if low == "and" and tokens[members[-1]].low in ("hundred", "thousand"):
                if j + 1 < len(tokens) and tokens[j + 1].low in NUMBER_WORDS:
                    members.append(j)
                    j += 1
                    continue
                break
        if low in DIGIT_HOMOPHONES and (
            (members and j in chained)
            or _repeated_homophone(text, tokens, j, members)
            or _homophone_digit(text, tokens, j, members)
            or _tens_homophone(text, tokens, j, members)
            or _final_homophone(text, tokens, j, members)
        ):
            members.append(j)
            j += 1
            continue
        if (
            low in NUMBER_WORDS
            or low in REPEATS
            # "double to one six": a homophone digit after the repeat, a digit after it
            and (
                _next_is_digit(tokens, j)
                or (j + 1 in chained and _next_is_digit(tokens, j + 1))
                or _homophone_after_repeat(text, tokens, j, members)
            )
            or low in ZERO_LETTERS
            and (
                _is_digit_word(tokens, j)
                or j in chained
                or (members and tokens[members[-1]].low == "-")
            )
            or _ascii_digits(low)
            and len(low) == 1
            and _single_digit_neighbour(text, tokens, j, chained)
        ):
            members.append(j)
        elif low in ORDINALS and _ordinal_allowed(tokens, j, members):
            members.append(j)
            j += 1
            break
        else:
            break
        j += 1
    if (
        len(members) == 1
        and i > 0
        and tokens[i - 1].low in _COUNT_CONTEXT
        and tokens[members[0]].low in UNITS
    ):
        return None, ""  # "the last four", "first six": a count of digits, not a digit
    if (
        len(members) == 1
        and tokens[i].low == "one"
        and i > 0
        and _ascii_digits(tokens[i - 1].low)
        and len(tokens[i - 1].low) >= 2
        and _gap(text, tokens[i - 1], tokens[i]) == " "
    ):
        return None, ""  # "the 2024 one", "the 500 one": the pronoun, not a digit
    while members and tokens[members[-1]].low in _FILLERS:
        members.pop()
    if members and _one_then_wait(tokens, members[-1]):
        members.pop()  # "expiring december twenty six one moment": "one moment" is a pause
    while members and (
        tokens[members[-1]].low in ("-", "and") or (tokens[members[-1]].low in _SPOKEN_SEPARATORS)
    ):
        members.pop()
    if not members:
        return None, ""
    # "six one seven six dash three four" keeps its dash; "twenty-five" does not.
    groups: list[list[str]] = [[]]
    group_members: list[list[int]] = [[]]
    joins: list[str] = []
    for m in members:
        low = tokens[m].low
        if low in _SPOKEN_SEPARATORS:
            groups.append([])
            group_members.append([])
            joins.append(_SPOKEN_SEPARATORS[low])
        elif low not in ("-", "and", "then", ",") and low not in _FILLERS:
            groups[-1].append(DIGIT_HOMOPHONES.get(low, low))
            group_members[-1].append(m)
    cut = _slash_date_cut(groups, joins)
    if cut is not None:
        # "nine slash thirty nine two seven": the date ends after "thirty"; the
        # security code that follows is a number of its own.
        end = group_members[1][cut - 1] + 1
        return end, _parse_numbers(groups[0]) + "/" + _parse_numbers(groups[1][:cut])
    amount_shape = _amount_follows(text, tokens, members[-1] + 1)
    if not joins and amount_shape:
        price = _price_shape(groups[0])
        if price and _price_context(tokens, i, members[-1] + 1):
            return members[-1] + 1, price
    values = [_parse_numbers(g) for g in groups]
    if any(v is None or v == "" for v in values):
        return None, ""
    if not amount_shape or any(t.low in _ID_CUES for t in tokens[max(0, i - _ID_LEAD) : i]):
        # "nineteen hundred elm street", "my pin is two thousand four hundred"
        values = [v.replace(",", "") for v in values]
    out = values[0]
    for join, value in zip(joins, values[1:], strict=True):
        out += join + value
    is_year = len(out) == 4 and out[:2] in ("19", "20")
    if i > 0 and tokens[i - 1].low in MONTHS and not joins and not is_year:
        out = _split_day_year(groups[0]) or out  # "may twenty twenty seven" stays 2027
    return members[-1] + 1, out


def _slash_date_cut(groups: list[list[str]], joins: list[str]) -> int | None:
    """Where a month-slash-year said aloud ends when more digits follow it.

    "nine slash thirty nine two seven", "eleven slash twenty thirty one eight six five":
    a month, "slash", a two-digit or 20xx/19xx year, then a three- or four-digit code
    said straight after (the expiry and the security code in one breath). Returns how
    many words of the second group belong to the date, or None when the run is not
    that shape (one number after the slash, a full date, a phone number)."""
    if joins != ["/"] or len(groups[1]) < 2:
        return None
    month = _parse_numbers(groups[0])
    whole = _parse_numbers(groups[1])
    if not month or not month.isdigit() or not 1 <= int(month) <= 12 or len(month) > 2:
        return None
    if not whole or (len(whole) <= 2 or (len(whole) == 4 and whole[:2] in ("19", "20"))):
        return None
    best: tuple[int, int] | None = None
    for k in range(1, len(groups[1])):
        year = _parse_numbers(groups[1][:k])
        rest = _parse_numbers(groups[1][k:])
        if not year or not rest or not year.isdigit() or not rest.isdigit():
            continue
        if not (len(year) == 2 or (len(year) == 4 and year[:2] in ("19", "20"))):
            continue
        if len(rest) not in (3, 4):
            continue
        rank = 0 if len(rest) == 3 else 1
        if best is None or rank < best[0]:
            best = (rank, k)
    return None if best is None else best[1]


# --- ASR homophones of digits --------------------------------------------------------

# Speech recognisers write a digit read in a run as its homophone: "two two for nine",
# "nine oh to one oh", "four oh nine to eight one five …". Only inside a run of single
# digits (one or more on each side, three or more in all), so "press one for billing",
# "two to three days" and "one for you" keep their words.
# "tree"/"fife" are how an Irish, Scottish or Caribbean "three"/"five" is often written
# ("tree oh five fife fife …"); like the others they count only inside a run of digits,
# so "the tree fell" and "Fife council" keep their words.
DIGIT_HOMOPHONES = {
    "for": "four", "to": "two", "too": "two", "won": "one", "ate": "eight",
    "tree": "three", "fife": "five",
}  # fmt: skip
_MIN_HOMOPHONE_RUN = 3
_MIN_LEADING_RUN = 4
# After a run, these make it a quantity or a range: "two to three days", "nine to five pm".
_RANGE_AFTER = frozenset(
    {"days", "day", "weeks", "week", "hours", "hour", "minutes", "minute", "months", "month",
     "years", "year", "times", "people", "pm", "am", "o'clock", "dollars", "bucks", "percent",
     "business", "calendar", "items", "pounds", "miles", "kids", "nights", "of", "more",
     "odds", "ratio"}
)  # fmt: skip
# What may come before a run that opens with a homophone: "for seven eight six five …".
_LEAD_IN = frozenset({"yeah", "yes", "yep", "sure", "ok", "okay", "so", "um", "uh", "it's", "its"})


def _single_word(tokens: list[_Token], k: int) -> bool:
    """A single digit said or written: "four", "oh" (next to digits), "4"."""
    low = tokens[k].low
    return (
        low in UNITS
        or (_ascii_digits(low) and len(low) == 1)
        or (low in ZERO_LETTERS and _is_digit_word(tokens, k))
    )


def _digits_after(text: str, tokens: list[_Token], j: int) -> int:
    """Single digits read right after ``tokens[j]`` (tight spacing, no punctuation)."""
    count, k = 0, j + 1
    while k < len(tokens) and (
        _single_word(tokens, k) or (tokens[k].low in REPEATS and _next_is_digit(tokens, k))
    ):
        gap = _gap(text, tokens[k - 1], tokens[k])
        if gap.strip() or len(gap) > 2:
            break
        count += 1
        k += 1
    if count and k < len(tokens) and tokens[k].low in _RANGE_AFTER:
        return 0
    return count


def _homophone_digit(text: str, tokens: list[_Token], j: int, members: list[int]) -> bool:
    """ "for"/"to"/"won"/"ate" at ``j`` is a digit: single digits before and after it."""
    before = 0
    for m in reversed(members):
        if tokens[m].low in DIGIT_HOMOPHONES or _single_word(tokens, m):
            before += 1
        else:
            break
    if not before:
        return False
    after = _digits_after(text, tokens, j)
    return after >= 1 and before + after >= _MIN_HOMOPHONE_RUN


# A value's length with its last digit: a zip code (5) or a phone number (10).
_FINAL_HOMOPHONE_LENGTHS = frozenset({5, 10})
_FINAL_HOMOPHONES = frozenset({"to", "too", "won", "ate"})
# Words that may follow a value read back: "… one two two six to correct".
_VALUE_END_WORDS = frozenset({"correct", "right", "is", "yes", "yeah", "thanks", "thank", "please"})


# Digits that must follow "<digit> double for" when the run has only one digit before.
_SHORT_REPEAT_TAIL = 2


def _homophone_after_repeat(text: str, tokens: list[_Token], j: int, members: list[int]) -> bool:
    """ "… six nine double for double three": a repeat inside a run of digits, then a
    homophone, then a digit or another repeat (not "pay double for the upgrade"). After
    one digit only, two more must follow: "nine double for five eight …"."""
    k = j + 1
    if not members or k + 1 >= len(tokens) or tokens[k].low not in ("for", "to", "ate"):
        return False
    if len(members) < 2 and _digits_after(text, tokens, k) < _SHORT_REPEAT_TAIL:
        return False
    if not all(_single_word(tokens, m) or tokens[m].low in REPEATS for m in members[-2:]):
        return False
    if _gap(text, tokens[j], tokens[k]).strip() or _gap(text, tokens[k], tokens[k + 1]).strip():
        return False
    nxt = tokens[k + 1].low
    return _single_word(tokens, k + 1) or (nxt in REPEATS and _next_is_digit(tokens, k + 1))


def _repeated_homophone(text: str, tokens: list[_Token], j: int, members: list[int]) -> bool:
    """The homophone after a repeat accepted by ``_homophone_after_repeat``."""
    return bool(members) and tokens[members[-1]].low in REPEATS and members[-1] == j - 1


def _digit_count(tokens: list[_Token], members: list[int]) -> int | None:
    """Digits said by a run of single digits, repeats and tens ("thirty two" is two
    digits); ``None`` for a run with any other word."""
    count = 0
    for n, m in enumerate(members):
        low = tokens[m].low
        if low in TENS:
            count += 2
            nxt = tokens[members[n + 1]].low if n + 1 < len(members) else ""
            if _plain_digit(nxt) and nxt not in ("zero", "oh", "o"):
                count -= 1  # "thirty two": the unit takes the tens' zero
        elif low in REPEATS:
            count += REPEATS[low] - 1
        elif _single_word(tokens, m) or low in DIGIT_HOMOPHONES:
            count += 1
        else:
            return None
    return count


def _final_homophone(text: str, tokens: list[_Token], j: int, members: list[int]) -> bool:
    """ "… zero zero nine too", "one two two six to correct": a homophone as the last digit
    of a number read digit by digit, where it makes the number a zip code's or a phone
    number's length, at the end of the value (the turn's end, punctuation, "correct")."""
    if tokens[j].low not in _FINAL_HOMOPHONES or not members:
        return False
    count = _digit_count(tokens, members)
    if count is None or count + 1 not in _FINAL_HOMOPHONE_LENGTHS:
        return False
    if count + 1 != 10 and any(tokens[m].low in TENS for m in members):
        return False  # "from twenty twenty four to": a year, not a zip code
    if count + 1 == 5 and tokens[j].low == "too":
        return False  # "my pin is one two three four too": also
    gap = _gap(text, tokens[members[-1]], tokens[j])
    if gap.strip() or len(gap) > 2:
        return False
    k = j + 1
    if k >= len(tokens):
        return True
    nxt = tokens[k].low
    return (nxt in (".", ",", "?", "!", ";") or nxt in _VALUE_END_WORDS) and not (
        nxt == "," and k + 1 < len(tokens) and _single_word(tokens, k + 1)
    )


def _tens_homophone(text: str, tokens: list[_Token], j: int, members: list[int]) -> bool:
    """ "four six nine seven eighty ate fifty seven …": a homophone finishing a tens word
    inside a long number (three or more digits read before the tens, two number words
    after). Not "to" ("eighty to ninety" is a range)."""
    if tokens[j].low == "to" or len(members) < 4 or tokens[members[-1]].low not in TENS:
        return False
    if sum(1 for m in members[:-1] if _single_word(tokens, m)) < 3:
        return False
    k = j + 1
    for _ in range(2):
        if k >= len(tokens) or tokens[k].low not in NUMBER_WORDS:
            return False
        if (
            len(_gap(text, tokens[k - 1], tokens[k])) > 2
            or _gap(text, tokens[k - 1], tokens[k]).strip()
        ):
            return False
        k += 1
    return True


_HOUSE_LEADS = frozenset({"for", "ate", "won"})


def _homophone_house_number(text: str, tokens: list[_Token], i: int) -> tuple[int, str] | None:
    """ "for forty for sycamore street" -> "444 sycamore street": a number read as digit,
    tens, digit ("four forty four") with homophones at both ends, before a word that may
    name a street (not "for forty for a month", "for twenty to thirty minutes")."""
    if i + 3 >= len(tokens) or tokens[i].low not in _HOUSE_LEADS:
        return None
    if not (_chain_start(tokens, i) or (i > 0 and tokens[i - 1].low in ("at", "on"))):
        return None  # "we waited for forty for nothing"
    mid, last, nxt = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if mid.low not in TENS or last.low not in DIGIT_HOMOPHONES:
        return None
    if any(
        _gap(text, a, b) != " "
        for a, b in zip(tokens[i : i + 3], tokens[i + 1 : i + 4], strict=True)
    ):
        return None
    if (
        not nxt.low.isalpha()
        or nxt.low in _AMOUNT_FOLLOWERS
        or nxt.low in _RANGE_AFTER
        or nxt.low in NUMBER_WORDS
        or nxt.low in DIGIT_HOMOPHONES
    ):
        return None
    first = UNITS[DIGIT_HOMOPHONES[tokens[i].low]]
    value = first * 100 + TENS[mid.low] + UNITS[DIGIT_HOMOPHONES[last.low]]
    return i + 3, str(value)


# Words after which a value starts: "my pin is too for for ate", "it's for to nine …"
# (not "number": "the number for one two three four elm" names an address).
_VALUE_LEAD = frozenset({"is", "was", "it's", "its", "be", ":"})
_ENDING_LEAD = frozenset({"ending", "ends", "ended"})
_CHAIN_SKIP = frozenset({",", "-", *_FILLERS})


def _chain_start(tokens: list[_Token], i: int) -> bool:
    """A value may start at ``i``: the turn opens there (after "yeah", "so", "it's" …) or
    the word before introduces a value ("is", "was")."""
    if i > 0 and tokens[i - 1].low in _VALUE_LEAD:
        return True
    # a card's last four: "the one that ends in for to to one", "ending with too for …"
    if i > 0 and tokens[i - 1].low in _ENDING_LEAD:
        return True
    if i > 1 and tokens[i - 1].low in ("in", "with") and tokens[i - 2].low in _ENDING_LEAD:
        return True
    # an ID whose letters are spelled first: "h l for for eight to oh one …"
    spelled = sum(1 for t in tokens[:i] if _spelled_letter(t))
    return all(t.low in _LEAD_IN or _spelled_letter(t) for t in tokens[:i]) and (
        spelled == 0 or spelled >= 2
    )


def _spelled_letter(tok: _Token) -> bool:
    """A letter said on its own ("h", "l"), not the words "a" and "i"."""
    return len(tok.low) == 1 and tok.low.isalpha() and tok.low not in ("a", "i")


def _homophone_chains(text: str, tokens: list[_Token]) -> frozenset[int]:
    """Homophones that are digits because the whole answer is digits read aloud.

    "too for for ate", "for to nine oh won eight seven", "for one to, five five five, oh
    one nine oh": a run of four or more single digits and digit homophones where a value
    starts (the turn opens with it, or "is"/"was" comes before). Not a range or
    a count ("for one to two weeks", "it's for two people"), and a run opening with
    "to"/"too" needs a second homophone, since "to four five six elm" is an address.
    """
    if not any(t.low in DIGIT_HOMOPHONES for t in tokens):
        return frozenset()
    group = _short_group(tokens)
    if group:
        return group
    out: set[int] = set()
    i = 0
    while i < len(tokens):
        # "oh" opens a chain only after "is"/"was": at a turn's start it is "oh, too bad"
        after_lead = i > 0 and tokens[i - 1].low in _VALUE_LEAD
        if not (
            (
                tokens[i].low in DIGIT_HOMOPHONES
                or _single_word(tokens, i)
                or (tokens[i].low in ZERO_LETTERS and after_lead)
            )
            and _chain_start(tokens, i)
        ):
            i += 1
            continue
        words, k = [i], i + 1
        while k < len(tokens) and len(words) < MAX_SPELLED_ITEMS:
            gap = _gap(text, tokens[k - 1], tokens[k])
            if gap.strip() or len(gap) > 2:
                break
            low = tokens[k].low
            if low in DIGIT_HOMOPHONES or low in ZERO_LETTERS or _single_word(tokens, k):
                words.append(k)
            elif low not in _CHAIN_SKIP:
                break
            k += 1
        # "… ending in one eight five five for sixty four dollars": a "for"/"to" ending the
        # run right before a tens or teens word is the word before an amount or a count
        if (
            words
            and words[-1] == k - 1
            and tokens[words[-1]].low in _LEAD_WORD_HOMOPHONES
            and k < len(tokens)
            and (tokens[k].low in TENS or tokens[k].low in TEENS)
        ):
            words.pop()
        homophones = [w for w in words if tokens[w].low in DIGIT_HOMOPHONES]
        if _digit_chain(tokens, words, homophones, k):
            # "two one ate oh": an "oh" next to a homophone is a zero in the chain too
            out.update(homophones)
            out.update(w for w in words if tokens[w].low in ZERO_LETTERS)
        i = max(k, i + 1)
    return frozenset(out)


# Digits in a whole value read on its own: a phone number (10), a card (16). A "to"/"too"/
# "for" right before such a run is the word, not an eleventh digit (not 9: "too oh six …"
# may be a phone number whose area code opens with the homophone).
_WHOLE_VALUE_LENGTHS = frozenset({10, 16})
_LEAD_WORD_HOMOPHONES = frozenset({"to", "too", "for"})


def _word_before_whole_value(tokens: list[_Token], k: int) -> bool:
    """ "try the house line too four oh two …" (ten digits after "too"): a homophone that
    opens a run, with no digit before it, where the digits after it already make a whole
    value; read as a digit it would spoil that value's length."""
    if tokens[k].low not in _LEAD_WORD_HOMOPHONES:
        return False
    before = _neighbour(tokens, k, -1)
    if before is not None and _number_like(tokens[before].low):
        return False
    members: list[int] = []
    j = _neighbour(tokens, k, 1)
    while j is not None and len(members) <= 20:
        low = tokens[j].low
        if not (
            _single_word(tokens, j) or low in TENS or (low in REPEATS and _next_is_digit(tokens, j))
        ):
            break
        members.append(j)
        j = _neighbour(tokens, j, 1)
    if not members or (j is not None and tokens[j].low in DIGIT_HOMOPHONES):
        return False  # homophones in the run: "too for nine …" is written by sound
    return _digit_count(tokens, members) in _WHOLE_VALUE_LENGTHS


def _answer_homophones(tokens: list[_Token]) -> frozenset[int]:
    """In an answer to a question for a number: homophones next to a number word, digit or
    spoken zero (fillers skipped), not before a unit or a range word ("for 3 days")."""
    out: set[int] = set()
    for k, token in enumerate(tokens):
        if token.low not in DIGIT_HOMOPHONES or _preposition_to(tokens, k):
            continue
        before = _neighbour(tokens, k, -1)
        after = _neighbour(tokens, k, 1)
        if after is not None and _RANGE_AFTER.intersection(
            t.low for t in tokens[after : after + 2]
        ):
            continue
        if any(n is not None and _number_like(tokens[n].low) for n in (before, after)):
            out.add(k)
    # a homophone next to one made a digit above: "won ate nine"
    changed = True
    while changed:
        changed = False
        for k, token in enumerate(tokens):
            if k in out or token.low not in DIGIT_HOMOPHONES:
                continue
            if any(n in out for n in (_neighbour(tokens, k, -1), _neighbour(tokens, k, 1))):
                out.add(k)
                changed = True
    return frozenset(out)


# Words a "to" follows as a preposition: "change it to four one six seven".
_TO_AFTER = frozenset(
    {"it", "that", "this", "them", "change", "changed", "changing", "set", "reset",
     "update", "updated", "switch", "switched", "move", "moved", "go", "went", "back", "up"}
)  # fmt: skip


def _preposition_to(tokens: list[_Token], k: int) -> bool:
    """ "to" right after "change it", "set it", "back": the preposition before a new
    value, not a digit 2 of it."""
    return tokens[k].low == "to" and k > 0 and tokens[k - 1].low in _TO_AFTER


def _neighbour(tokens: list[_Token], k: int, step: int) -> int | None:
    """The next token from ``k`` in direction ``step``, fillers and commas skipped."""
    j = k + step
    while 0 <= j < len(tokens) and tokens[j].low in _CHAIN_SKIP:
        j += step
    return j if 0 <= j < len(tokens) else None


def _number_like(low: str) -> bool:
    return (
        low in NUMBER_WORDS
        or low in ZERO_LETTERS
        or low in ("double", "triple")
        or (_ascii_digits(low))
    )


_MAX_GROUP_WORDS = 5
_GROUP_SKIP = frozenset({",", "-", ".", *_FILLERS, *_LEAD_IN})


def _short_group(tokens: list[_Token]) -> frozenset[int]:
    """A turn that is only a short group of a number read over turns: "for oh for",
    "oh to to won", "uh too for nine": three to five digits and homophones, with a zero
    or two homophones when only three ("two for one", "four to six" keep their words)."""
    if len(tokens) > 2 * _MAX_GROUP_WORDS:
        return frozenset()
    first = 0
    while first < len(tokens) and tokens[first].low in _GROUP_SKIP:
        first += 1
    words = [k for k in range(first, len(tokens)) if tokens[k].low not in _GROUP_SKIP]
    if not 3 <= len(words) <= _MAX_GROUP_WORDS:
        return frozenset()
    lows = [tokens[k].low for k in words]
    if not all(
        w in DIGIT_HOMOPHONES
        or w in ZERO_LETTERS
        or w in UNITS
        or (_ascii_digits(w) and len(w) == 1)
        for w in lows
    ):
        return frozenset()
    if lows[0] in ZERO_LETTERS and words[1] != words[0] + 1:
        return frozenset()  # "oh, for two": the exclamation
    homophones = [k for k in words if tokens[k].low in DIGIT_HOMOPHONES]
    zeros = [k for k in words if tokens[k].low in ZERO_LETTERS]
    if len(lows) == 3 and not zeros and len(homophones) < 2:
        return frozenset()
    if not _digit_chain(tokens, words, homophones, len(tokens)) and len(words) >= _MIN_LEADING_RUN:
        return frozenset()
    if _rising_range(lows):
        return frozenset()
    return frozenset(homophones + zeros)


def _digit_chain(tokens: list[_Token], words: list[int], homophones: list[int], end: int) -> bool:
    """True when the run ``words`` (ending before ``tokens[end]``) reads as digits."""
    if len(words) < _MIN_LEADING_RUN or not homophones:
        return False
    if end < len(tokens) and tokens[end].low in _RANGE_AFTER:
        return False  # "for one to two weeks"
    lows = [tokens[w].low for w in words]
    if lows[0] in ("to", "too") and len(homophones) < 2:
        return False  # "to four five six elm street": the preposition before an address
    # "for one to one", "for two to three": a range or a ratio
    return not (len(words) <= 5 and _rising_range(lows))


def _rising_range(lows: list[str]) -> bool:
    """True when "to" stands between two numbers that do not go down ("two to three"):
    a range or a ratio, not a digit."""
    return any(
        b == "to"
        and a not in DIGIT_HOMOPHONES
        and c not in DIGIT_HOMOPHONES
        and not _descending(a, c)
        for a, b, c in zip(lows, lows[1:], lows[2:], strict=False)
    )


def _descending(a: str, c: str) -> bool:
    """ "4 to 1": digits read down, not a range ("two to three") or a ratio of one
    ("one to one")."""
    if a in ZERO_LETTERS or c in ZERO_LETTERS:
        return False
    return _digit_value(a) > _digit_value(c) > 0 or (_digit_value(a) > 1 and c in ("0", "zero"))


# --- magnitudes and prices ------------------------------------------------------------

_MAGNITUDES = {"thousand": 1000, "hundred": 100}


def _written_magnitude(text: str, tokens: list[_Token], i: int) -> tuple[int, str] | None:
    """ "48 thousand" -> "48,000", "$12 hundred" -> "1,200": an amount, as written."""
    tok = tokens[i]
    if not (_ascii_digits(tok.low) and len(tok.low) <= 3) or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if nxt.low not in _MAGNITUDES or _gap(text, tok, nxt) != " ":
        return None
    if i > 0 and tokens[i - 1].low in (".", ","):
        return None  # "2.5 thousand": a decimal, left alone
    value = int(tok.low) * _MAGNITUDES[nxt.low]
    return i + 2, f"{value:,}" if _amount_follows(text, tokens, i + 2) else str(value)


# Prices are read in two parts, dollars then cents: "twenty four ninety five" is 24.95,
# "six hundred fifty one ninety six" 651.96, "fourteen fifty" 14.50. The same words are
# a PIN or a year elsewhere, so they are a price only where the words around say money.
_PRICE_AFTER = (
    ("an", "hour"), ("a", "month"), ("a", "week"), ("a", "year"), ("a", "day"), ("a", "night"),
    ("per",), ("each",), ("apiece",), ("a", "piece"), ("plus", "tax"), ("dollars",),
    ("bucks",), ("a", "share"), ("a", "pop"), ("a", "visit"), ("a", "head"),
    ("on", "sale"), ("off",), ("plus", "shipping"), ("with", "tax"), ("after", "tax"),
    ("before", "tax"), ("out", "the"), ("in", "total"), ("total",), ("with", "shipping"),
    ("regular", "price"), ("retail",), ("msrp",), ("left", "on"), ("left", "in"),
    ("remaining",), ("owed",), ("outstanding",), ("due",),
)  # fmt: skip
_PRICE_VERBS = frozenset(
    {"cost", "costs", "costing", "price", "priced", "pay", "paid", "paying", "charge",
     "charged", "charging", "fee", "refund", "refunded", "billed", "rent", "salary", "only",
     "just", "earn", "earns", "earning", "make", "makes", "making", "owe", "owes", "spent",
     "spend", "save", "saves", "sells", "sold", "runs"}
)  # fmt: skip
# "goes to", "credit for", "a check for": a word, then the preposition before the price.
_PRICE_LEAD = frozenset(
    {"goes", "go", "going", "went", "drops", "dropped", "drop", "increase", "increases",
     "increased", "raised", "rises", "rose", "lowered", "reduced", "jumps", "jumped", "up",
     "down", "credit", "refund", "charge", "check", "payment", "payments", "installments",
     "installment", "balance", "fee", "bill",
     "price", "rate", "it", "that", "only", "just"}
)  # fmt: skip
_PRICE_PREPOSITIONS = frozenset({"to", "for", "of", "at"})
_PRICE_WEAK = frozenset(
    {"is", "it's", "its", "that's", "thats", "was", "be", "for", "to", "at", "about", "like",
     "around", "almost", "nearly", "roughly", "over", "under"}
)  # fmt: skip
_MONEY_NOUNS = frozenset(
    {"price", "prices", "cost", "costs", "pay", "payment", "bill", "balance", "credit",
     "charge", "charges", "fee", "fees", "promo", "promotion", "plan", "rate", "total",
     "check", "checks", "upgrade", "subscription", "monthly", "tax", "dollars", "dollar",
     "bucks", "refund", "discount", "deal", "cheaper", "expensive", "box", "package",
     "hourly", "wage", "rent", "premium", "copay", "deductible", "hour", "month", "sale",
     "sales", "clearance", "shipping", "coupon", "quote", "estimate", "invoice", "msrp",
     "posted", "purchase", "purchases", "transaction", "transactions", "charged", "pending"}
)  # fmt: skip
# Words that make the number that follows an identifier, not a price.
_ID_CUES = frozenset(
    {"pin", "code", "number", "account", "card", "ending", "ends", "last", "zip", "social",
     "ssn", "id", "member", "extension", "ext", "password", "passcode", "born", "birthday",
     "birth", "street", "address", "apt", "apartment", "unit", "suite", "room", "flight",
     "gate", "policy", "claim", "confirmation", "reference", "routing", "phone", "digits",
     "license", "plate", "order", "ticket", "case"}
)  # fmt: skip
_ID_CUE_WINDOW = 8
# Words right before a number said with "thousand" that make it an identifier, not an amount.
_ID_LEAD = 4


# Words after an amount: "twelve thousand to fifteen", "twenty one hundred a month".
# Any other word may start a street name ("nineteen hundred elm street"): the number
# then stays plain digits for the address recognizer.
_AMOUNT_FOLLOWERS = frozenset(
    {"to", "and", "or", "a", "an", "per", "for", "in", "on", "at", "dollars", "bucks", "each",
     "is", "was", "that", "which", "but", "so", "now", "this", "then", "plus", "from", "with",
     "of", "um", "uh", "right", "okay", "ok", "please", "thanks", "would", "will", "if",
     "after", "before", "until", "when", "because", "total", "monthly", "it", "you", "i",
     "we", "they", "he", "she", "do", "does", "did", "can", "could", "should", "including",
     "not", "tax", "instead", "yeah", "yes", "no", "every", "since", "starting", "last",
     "next", "apiece", "ish", "even", "flat", "max", "tops", "up", "down",
     # a new clause after the amount: "thirty one thousand four hundred i'll send …"
     "i'll", "ill", "we'll", "you'll", "it'll", "that'll", "i'm", "im", "we're", "you're",
     "it's", "its", "that's", "thats", "there's", "theres", "let's", "lets", "let", "sir",
     "ma'am", "maam", "altogether", "combined", "outstanding", "owed", "due", "left",
     "remaining", "across", "between", "give", "just", "about", "roughly"}
)  # fmt: skip


def _amount_follows(text: str, tokens: list[_Token], end: int) -> bool:
    """True when the run ending before ``tokens[end]`` ends the clause or is followed by a
    word that follows amounts, not a word that may name a street."""
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    if not nxt.low[0].isalpha():
        return not _ascii_digits(nxt.low)
    return nxt.low in _AMOUNT_FOLLOWERS


def _price_shape(words: list[str]) -> str | None:
    """ "twenty four ninety five" -> "24.95": dollars (10-999, not read digit by digit),
    then cents said as a tens word ("ninety five", "fifty"); else None."""
    if len(words) < 2:
        return None
    if words[-1] in TENS:
        cents, dollars = TENS[words[-1]], words[:-1]
    elif len(words) >= 3 and words[-2] in TENS and UNITS.get(words[-1], 0) > 0:
        cents, dollars = TENS[words[-2]] + UNITS[words[-1]], words[:-2]
    else:
        return None
    if not dollars or not any(w in TENS or w in TEENS or w == "hundred" for w in dollars):
        return None
    if dollars[-1] in TENS and len(words) - len(dollars) == 1:
        return None  # "twenty twenty": two tens words, a year or a pair, not a price
    if dollars[-1] in ("hundred", "and"):
        return None  # "one hundred thirty dollars" is 130: the hundreds run on, no cents
    value = _parse_numbers(dollars)
    if not value or not value.isdigit() or not 10 <= int(value) <= 999:
        return None
    if int(value) == 20 and cents < 50:
        return None  # "twenty twenty four": a year
    return f"{int(value)}.{cents:02d}"


def _price_context(tokens: list[_Token], start: int, end: int) -> bool:
    """True when the words around ``tokens[start:end]`` say it is money."""
    after = tuple(t.low for t in tokens[end : end + 2])
    if any(after[: len(cue)] == cue for cue in _PRICE_AFTER):
        return True
    before = [t.low for t in tokens[max(0, start - _ID_CUE_WINDOW) : start]]
    if len(before) >= 2 and before[-1] in ("a", "an") and before[-2] in _PRICE_PREPOSITIONS:
        before.pop()  # "twelve payments of a hundred fifty three fifty"
    if not before:
        return False
    if before[-1] in _PRICE_VERBS:
        return True
    if len(before) >= 2 and before[-1] in _PRICE_PREPOSITIONS and before[-2] in _PRICE_LEAD:
        return True
    if before[-1] not in _PRICE_WEAK or any(w in _ID_CUES for w in before):
        return False
    return any(t.low in _MONEY_NOUNS for t in tokens)


_GROUP_JOINERS = (("then",), ("and", "then"), (",", "then"), (",", "and", "then"))


def _group_joiner(tokens: list[_Token], j: int, members: list[int]) -> int:
    """Length of a "then" / "and then" joiner at ``j`` between two groups of single digits
    read aloud (two before, two after), else 0. "press one then two" stays apart."""
    singles = (*UNITS, *ZERO_LETTERS)
    if len(members) < 2 or not all(tokens[m].low in singles for m in members[-2:]):
        return 0
    for joiner in _GROUP_JOINERS:
        k = j + len(joiner)
        if (
            tuple(t.low for t in tokens[j:k]) == joiner
            and k + 1 < len(tokens)
            and tokens[k].low in singles
            and tokens[k + 1].low in singles
        ):
            return len(joiner)
    return 0


def _split_day_year(words: list[str]) -> str | None:
    """After a month, "two nineteen forty four" is day 2, year 1944: "2 1944", not "21944"."""
    for cut in range(1, len(words)):
        day, year = _parse_numbers(words[:cut]), _parse_numbers(words[cut:])
        if (
            day
            and year
            and day.isdigit()
            and 1 <= int(day) <= 31
            and len(year) in (2, 4)
            and (len(year) == 2 or year[:2] in ("19", "20"))
        ):
            return f"{day} {year}"
    return None


def _next_is_digit(tokens: list[_Token], j: int) -> bool:
    """A single digit follows ``tokens[j]``, one hesitation allowed: "double uh nine"."""
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].low in _FILLERS:
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k].low
    return nxt in UNITS or nxt in ZERO_LETTERS or (_ascii_digits(nxt) and len(nxt) == 1)


def _single_digit_neighbour(
    text: str, tokens: list[_Token], j: int, chained: frozenset[int] = frozenset()
) -> bool:
    """A written single digit joins a run only next to another digit: "4 4 2 1", or in a
    hyphenated chain of three or more as Whisper writes digits read one by one
    ("4-1-1-1"; "3-5 days" stays a range)."""
    for k in (j - 1, j + 1):
        if 0 <= k < len(tokens):
            a, b = (tokens[k], tokens[j]) if k < j else (tokens[j], tokens[k])
            gap = _gap(text, a, b)
            if gap.strip() or len(gap) > 2:
                continue
            low = tokens[k].low
            if (_ascii_digits(low) and len(low) == 1) or low in UNITS or k in chained:
                return True
            # "6 1 1 9 oh 3": an "oh" between written single digits is a zero of the run
            far = k + (k - j)
            if low in ZERO_LETTERS and 0 <= far < len(tokens):
                beyond = tokens[far].low
                if (
                    _ascii_digits(beyond)
                    and len(beyond) == 1
                    and len(_gap(text, *sorted((tokens[k], tokens[far]), key=lambda t: t.start)))
                    <= 2
                ):
                    return True
    return _hyphen_chain(tokens, j) >= 3


def _hyphen_chain(tokens: list[_Token], j: int) -> int:
    """Single digits chained to ``tokens[j]`` by tight hyphens (4-1-1-1), counted up to 3."""

    def single(k: int) -> bool:
        return 0 <= k < len(tokens) and len(tokens[k].low) == 1 and _ascii_digits(tokens[k].low)

    def tight(a: int, b: int) -> bool:
        return tokens[a].end == tokens[b].start

    count = 1
    for step in (-1, 1):
        k = j
        while (
            count < 3
            and single(k + 2 * step)
            and tokens[k + step].low == "-"
            and tight(min(k, k + step), max(k, k + step))
            and tight(min(k + step, k + 2 * step), max(k + step, k + 2 * step))
        ):
            count += 1
            k += 2 * step
    return count


def _ordinal_allowed(tokens: list[_Token], j: int, members: list[int]) -> bool:
    """Ordinals become numbers only in dates: after a tens word, after a month, or
    before "of <month>"; "first name" and "second card" stay words."""
    words = [m for m in members if tokens[m].low != "-" and tokens[m].low not in _FILLERS]
    if words and tokens[words[-1]].low in TENS and ORDINALS[tokens[j].low] < 10:
        return True
    if words and tokens[words[-1]].low not in _MAGNITUDES:
        # "four four ninety nine fourth of april": after a unit or a teen the ordinal
        # starts the next number (the day), it does not end this one
        return False
    if j > 0 and tokens[j - 1].low in MONTHS:
        return True
    if j > 1 and tokens[j - 1].low == "the" and tokens[j - 2].low in MONTHS:
        return True
    return j + 2 < len(tokens) and tokens[j + 1].low == "of" and tokens[j + 2].low in MONTHS


def _digit_by_digit(words: list[str], k: int) -> bool:
    """True when ``words[k:]`` starts with two or more single digits ("five five …")."""
    singles = (*UNITS, *ZERO_LETTERS)
    return k + 1 < len(words) and words[k] in singles and words[k + 1] in singles


def _parse_numbers(words: list[str]) -> str | None:
    """Digits for a run of number words; groups read in pairs are concatenated.

    A number said with "hundred" or "thousand" alone in its run is an amount, a count or
    a house number ("twenty one hundred", "fifty eight thousand four hundred") and is
    written as Whisper writes amounts, "2,100", "58,400"; a year stays "2024". Inside a
    longer run ("one eight hundred five five five …") it stays plain digits.
    """
    out: list[str] = []
    magnitude: list[bool] = []
    i, n = 0, len(words)

    def tail(k: int) -> tuple[int, int]:
        """Value and next index of a 1..99 phrase at k (0 if none)."""
        if k < n and words[k] in TENS:
            value = TENS[words[k]]
            if k + 1 < n and words[k + 1] in UNITS and UNITS[words[k + 1]] > 0:
                return value + UNITS[words[k + 1]], k + 2
            return value, k + 1
        if k < n and words[k] in TEENS:
            return TEENS[words[k]], k + 1
        if k < n and words[k] in UNITS:
            return UNITS[words[k]], k + 1
        if k < n and _ascii_digits(words[k]) and len(words[k]) == 1:
            return int(words[k]), k + 1
        return 0, k

    def hundreds(k: int) -> tuple[int, int, bool]:
        """ "[1-99] hundred [1-99]" or a 1..99 phrase at k: value, next index, has hundred."""
        if k < n and words[k] == "hundred":  # "a hundred and twenty nine" is 129
            t, k2 = tail(k + 1)
            return 100 + t, k2, True
        t, k2 = tail(k)
        if k2 > k and t > 0 and k2 < n and words[k2] == "hundred":
            if _digit_by_digit(words, k2 + 1):
                # "one eight hundred five five five …": a toll-free prefix, then digits
                return t * 100, k2 + 1, True
            t2, k3 = tail(k2 + 1)
            return t * 100 + t2, k3, True
        return t, k2, False

    while i < n:
        w = words[i]
        if w in REPEATS:
            if i + 1 < n:
                out.append(str(_digit_value(words[i + 1])) * REPEATS[w])
                magnitude.append(False)
                i += 2
                continue
            return None
        if w in ORDINALS:
            value = ORDINALS[w]
            if out and len(out[-1]) == 2 and out[-1].endswith("0") and value < 10:
                value += int(out.pop())
                magnitude.pop()
            out.append(f"{value}{_ordinal_suffix(value)}")
            magnitude.append(False)
            i += 1
            continue
        if w in ZERO_LETTERS:
            out.append("0")
            magnitude.append(False)
            i += 1
            continue
        if w == "thousand":
            value, k, has_hundred = 1, i, False
        else:
            value, k, has_hundred = hundreds(i)
            if k == i:
                return None
        if k < n and words[k] == "thousand" and value > 0 and not _digit_by_digit(words, k + 1):
            low, k2, low_hundred = hundreds(k + 1)
            if (
                not low_hundred
                and k2 == k + 2
                and words[k + 1] in UNITS
                and k2 < n
                and (words[k2] in TENS or words[k2] in TEENS)
            ):
                # "one thousand nine fifty" is 1,950: the hundreds said without "hundred"
                rest, k2 = tail(k2)
                low, low_hundred = low * 100 + rest, True
            value = value * 1000 + (low if low < 1000 else 0)
            k = k2 if low < 1000 else k + 1
            has_hundred = has_hundred or low_hundred
            out.append(str(value))
            magnitude.append(not (2000 <= value < 2100 and not has_hundred))  # a year
        elif k < n and words[k] == "thousand" and value > 0:
            out.append(str(value * 1000))
            magnitude.append(False)
            k += 1
        else:
            out.append(str(value))
            magnitude.append(has_hundred)
        i = k
    if len(out) == 1 and magnitude[0] and int(out[0]) >= 1000:
        return f"{int(out[0]):,}"
    return "".join(out)


# --- digit groups Whisper wrote as decimals or thousands -------------------------------

# Digits read slowly come out as "4, 4, 2, 1" (four or more, not counting 1, 2, 3, 4).
# A phone or card read quickly comes out of Whisper as "4.15, 5.25, 0.193" or
# "$4,111, 1,111, 1,111, 1,111": three or more comma-separated groups, at least one with a
# point or a thousands comma inside. A list of amounts or counts ("1,200, 1,500, 2,000
# users") is shorter than a card, so thousands-comma groups must make 13-19 digits.
# A hesitation between the groups counts as the comma: "498 hmm, 54 hmm, 8909",
# "607, uh, 21, uh, 4830", "318 um 44 um 7702".
_GROUP_FILLER = r"(?:uh|um|uhm|er|erm|ah|hmm)"
_GROUP_SEP = (
    rf"(?:(?:[ \t]+{_GROUP_FILLER})?,[ \t]+(?:{_GROUP_FILLER},?[ \t]+)?"
    rf"|[ \t]+{_GROUP_FILLER},?[ \t]+)"
)
_GROUP_SEP_SPLIT = re.compile(_GROUP_SEP, re.IGNORECASE)
_GARBLED_GROUPS = re.compile(
    r"(?<![\w$£€.,])(?<!\d,[ \t]+)\$?\d{1,4}(?:[.,]\d{1,4})?"
    rf"(?:{_GROUP_SEP}\d{{1,4}}(?:[.,]\d{{1,4}})?){{2,}}"
    r"(?![\w%]|[.,]\d|[ \t]*(?:percent|dollars?|bucks|cents|euros?|pounds?|points?|miles?|"
    r"minutes?|hours?|days?|weeks?|months?|years?|units?|items?|people|calories)\b)",
    re.IGNORECASE,
)
_MIN_GARBLED_DIGITS = 7
_MIN_SINGLE_DIGITS = 4
_MIN_GROUPED_DIGITS = 9


def _garbled_group_edits(text: str) -> list[tuple[int, int, str]]:
    """Digit groups Whisper punctuated as numbers -> one digit string (7+ digits)."""
    edits = []
    for m in _GARBLED_GROUPS.finditer(text):
        groups = _GROUP_SEP_SPLIT.split(m.group())
        digits = "".join(c for c in m.group() if c.isdigit())
        if all(len(g) == 1 for g in groups):
            # "0, 2, 6, 0, 0, 9": digits read one by one; "1, 2, 3, 4, 5" is counting.
            steps = {int(b) - int(a) for a, b in zip(groups, groups[1:], strict=False)}
            ok = len(groups) >= _MIN_SINGLE_DIGITS and steps not in ({1}, {-1})
        elif all(g.isdigit() and len(g) >= 2 for g in groups):
            # "324, 960, 363": a routing number or phone read in groups, 9+ digits
            ok = len(digits) >= _MIN_GROUPED_DIGITS and not m.group().startswith("$")
        elif any("." in g for g in groups) and not m.group().startswith("$"):
            ok = len(digits) >= _MIN_GARBLED_DIGITS
        else:
            ok = any("," in g for g in groups) and 13 <= len(digits) <= 19
        if ok:
            edits.append((m.start(), m.end(), digits))
    return edits


# --- four digits written with a thousands comma ----------------------------------------

# Whisper writes four digits said as a number with a comma: "the card ending in 9,273",
# "So that's 7,140, correct?" (the last four of a social).
_COMMA_GROUP = re.compile(
    r"(?<![\d$£€.,])(\d),(\d{3})(?!\d|[.,]\d)"
    r"(?!\s*(?:dollars?|bucks|cents|points|miles|people|pounds|euros|percent|%|k\b))",
    re.IGNORECASE,
)
_LAST_DIGITS_CUE = re.compile(
    r"\b(?:ending|ends|end|last (?:four|4|digits)|final (?:four|4))\b[^.?!\d]{0,15}$",
    re.IGNORECASE,
)


def _comma_group_edits(text: str, digits_expected: bool) -> list[tuple[int, int, str]]:
    """ "9,273" -> "9273" after "ending in" / "last four", or in an answer for a number."""
    if "," not in text:
        return []
    return [
        (m.start(), m.end(), m.group(1) + m.group(2))
        for m in _COMMA_GROUP.finditer(text)
        if digits_expected or _LAST_DIGITS_CUE.search(text, max(0, m.start() - 30), m.start())
    ]


# --- IP addresses said aloud ------------------------------------------------------------

# "24 dot 118 dot 63 dot two twenty" (the numbers already rewritten) -> "24.118.63.220".
# A hesitation on either side of a said dot: "10 period uh 131", "192, um, dot 168".
_IP_FILLER = r"(?:[ \t]*,?[ \t]*\b(?:uh|um|uhm|er|erm|ah|hmm)\b,?)?"
_SPOKEN_DOT = rf"(?:[ \t]*\.[ \t]*|{_IP_FILLER}[ \t]*\b(?:dot|point|period)\b{_IP_FILLER}[ \t]*)"
# The said dot alone, for readers of the normalised text ("10 point 139 point 53 point 281").
SPOKEN_DOT = _SPOKEN_DOT
# (a part said "oh": "192 dot 168 dot oh dot 140")
_IP_PART = r"(\d{1,3}|oh|o|zero)"
_SPOKEN_IP = re.compile(
    rf"(?<![\w.]){_IP_PART}{_SPOKEN_DOT}{_IP_PART}{_SPOKEN_DOT}{_IP_PART}{_SPOKEN_DOT}"
    rf"{_IP_PART}(?![\w]|\.\d)",
    re.IGNORECASE,
)


def _ip_edits(text: str) -> list[tuple[int, int, str]]:
    """IPv4 addresses read with "dot" ("point", "period"): four numbers 0-255 ->
    "a.b.c.d"."""
    low = text.lower()
    if "dot" not in low and "point" not in low and "period" not in low:
        return []
    edits = []
    for m in _SPOKEN_IP.finditer(text):
        parts = ["0" if p.lower() in ("oh", "o", "zero") else p for p in m.groups()]
        if not any(p.isdigit() and p != "0" for p in m.groups()):
            continue
        if all(int(p) <= 255 for p in parts) and not re.fullmatch(r"[\d.]+", m.group()):
            edits.append((m.start(), m.end(), ".".join(str(int(p)) for p in parts)))
    return edits


# "two six oh one colon alpha six three colon … double colon b oh" (numbers and letters
# already rewritten: "2601 colon alpha 63 colon 6EB2 … double colon BO") -> "2601:a63:…::b0".
_HEX_NATO = {"alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f"}
_HEX_PIECE = r"(?:[0-9a-f]{1,4}|(?-i:[0-9A-FO]{1,4})|alpha|bravo|charlie|delta|echo|foxtrot|oh)"
_HEX_GROUP = rf"{_HEX_PIECE}(?:[ \t]+{_HEX_PIECE}){{0,3}}"
_HEX_SEP = r"[ \t]*(?:double[ \t]+colon|colon[ \t]+colon|colon|::|:)[ \t]*"
_SPOKEN_IPV6 = re.compile(
    rf"(?<![\w:])(?:{_HEX_GROUP})?(?:{_HEX_SEP}(?:{_HEX_GROUP})?){{3,8}}(?<=\w)(?![\w:])",
    re.IGNORECASE,
)
_HEX_SEP_SPLIT = re.compile(rf"({_HEX_SEP})", re.IGNORECASE)


def _ipv6_group(group: str) -> str | None:
    out = ""
    for piece in group.split():
        low = piece.lower()
        if low in _HEX_NATO:
            out += _HEX_NATO[low]
        elif low == "oh":
            out += "0"
        else:
            out += low.replace("o", "0")
    return out if len(out) <= 4 and re.fullmatch(r"[0-9a-f]*", out) else None


def _ipv6_edits(text: str) -> list[tuple[int, int, str]]:
    """IPv6 addresses read aloud with "colon" (three or more, "double colon" for "::")."""
    if "colon" not in text.lower():
        return []
    edits = []
    for m in _SPOKEN_IPV6.finditer(text):
        parts = _HEX_SEP_SPLIT.split(m.group())
        groups = [_ipv6_group(g) for g in parts[0::2]]
        if any(g is None for g in groups):
            continue
        seps = [":" if sep.strip().lower() in ("colon", ":") else "::" for sep in parts[1::2]]
        if seps.count("::") > 1 or len([g for g in groups if g]) < 3 or len(groups) > 8:
            continue
        if not any(any(c.isdigit() for c in g) for g in groups):
            continue
        written = groups[0] + "".join(sep + g for sep, g in zip(seps, groups[1:], strict=True))
        edits.append((m.start(), m.end(), written))
    return edits


# --- handles said aloud ---------------------------------------------------------------

# "jamie under score wood at icloud dot com": the symbol's name heard as two words, in
# a turn that spells an address or a handle (never "under score" in other talk).
_SPLIT_UNDERSCORE = re.compile(r"(?<=\b[a-z0-9]+[ \t]+)under[ \t-]+score(?=[ \t]+[a-z0-9])", re.I)
_SPELLS_ADDRESS = re.compile(r"@|\bat\b[^.?!]{0,40}\bdot\b", re.I)


def _split_underscore_edits(text: str) -> list[tuple[int, int, str]]:
    """ "under score" -> "underscore" where the turn reads out an email address."""
    if "score" not in text.lower() or not _SPELLS_ADDRESS.search(text):
        return []
    return [(m.start(), m.end(), "underscore") for m in _SPLIT_UNDERSCORE.finditer(text)]


# "jdoe underscore 84" is a username as typed: "jdoe_84" (emails are rebuilt before this).
_SPOKEN_UNDERSCORE = re.compile(r"\b[a-z0-9]+(?:\s+underscore\s+[a-z0-9]+)+\b", re.IGNORECASE)
_UNDERSCORE_WORD = re.compile(r"\s+underscore\s+", re.IGNORECASE)


def _underscore_edits(text: str) -> list[tuple[int, int, str]]:
    """Spoken underscores outside emails: "jdoe underscore 84" -> "jdoe_84"."""
    if "underscore" not in text.lower():
        return []
    return [
        (m.start(), m.end(), _UNDERSCORE_WORD.sub("_", m.group()))
        for m in _SPOKEN_UNDERSCORE.finditer(text)
    ]


# --- emails -----------------------------------------------------------------------------

_SEP_WORDS = {
    "dot": ".",
    "period": ".",
    "point": ".",
    "punkt": ".",
    "underscore": "_",
    "dash": "-",
    "hyphen": "-",
    ".": ".",
    "_": "_",
    "-": "-",
}
_TLDS = (
    r"com|net|org|edu|gov|io|co|us|biz|info|me|ca|uk|de|ai|app|dev|mail|email|fr|es|nl|"
    r"au|tv|xyz|online|site|cloud|ie|mx|br|pl|se|ch|nz|jp|ru|pt|dk|fi|gr|cz|za|sg|hk|eu|"
    # Italy's "it" only where the address ends: "fastweb dot it." (not "the dot it was")
    r"cn|kr|it(?=\s*(?:[,.!?]|$))"
)
# A country after a generic second level: "yahoo dot co dot jp", "uni dot ac dot nz"
# (not a filler or a short word said after the address: "dot com dot uh").
_COUNTRY_TLD = (
    r"(?!(?:uh|um|so|ok|or|to|in|is|it|at|on|oh|no|my|me|we|be|do|go|if|an|as|by|of|up|"
    r"hi|ha|ah|eh|yo|ya)\b)[a-z]{2}"
)
# India's "in" only after a generic second level: "yahoo dot co dot in", "iitb dot ac dot in".
_INDIA_TLD = r"(?<=\b(?:co|ac|gov|net|org|edu|res|nic)\s*(?:\.|\bdot\b)\s*)in"
# A written "." is a separator only inside the address ("start again. jo_b@x.com" is two).
# "point" for the dot ("geisel point t3 at icloud point com"), German "punkt" too; not
# after a word that makes it a phrase ("at this point me and my wife", "at which point
# co …": _POINT_PHRASE).
_LOCAL_SEP = (
    r"(?:\.(?=\S)|\s*(?:[_-]|\bdot\b|\bperiod\b|\bpoint\b|\bpunkt\b|\bunderscore\b|\bdash\b|"
    r"\bhyphen\b)\s*)"
)
_DOMAIN_DASH = r"(?:-|\s+(?:dash|hyphen)\s+)"
_DOMAIN_SEP = r"(?:\s*(?:\.|\bdot\b|\bperiod\b|\bpoint\b|\bpunkt\b)\s*)"
_POINT_PHRASE = re.compile(
    r"\b(?:this|that|which|what|some|one|any|the|each|every|no|a|an|my|his|her|our|your|their|"
    r"its|whose|key|main|good|fair|valid|low|high|turning|boiling|breaking|starting|focal|"
    r"selling|sore|match|set|game|decimal|bullet|power|access|data|price|entry|check|vantage|"
    r"pressure|trigger|talking|sticking|exclamation|percentage|floating|midway|halfway|end|"
    r"ten|twenty|\d+)\s+point\b",
    re.IGNORECASE,
)
# One word of a domain said aloud; an article or a pronoun is prose, not a domain.
_DOMAIN_WORD = (
    r"(?!(?:the|a|an|my|your|our|their|his|her|its|this|that|these|those|some|any)\b)[a-z0-9]+"
)
_EMAIL_SPOKEN = re.compile(
    # An initial before the name is part of it: "j smith at yahoo dot com" (not "a"/"i").
    r"\b(?!(?:uh|um|uhm|er|erm|ah|hmm)\b)"
    r"(?P<local>(?:(?<!['\u2019])(?![ai]\b)[a-z][ \t]+(?=[a-z]{2}))?"
    rf"[a-z0-9]+(?:(?:{_LOCAL_SEP}|\s+(?=\d))[a-z0-9]+){{0,8}}"
    # a homophone digit last after digits: "josephjones 0 ate at …" ("zero eight")
    r"(?:(?<=\d)[ \t]+(?:ate|won)(?=\s*(?:\bat\b|@)))?)"
    # a hesitation before the at: "turner.kay, uh, at gmail.com", "ross four two um at …"
    r"(?:[ \t]*,?[ \t]*\b(?:uh|um|uhm|er|erm|ah|hmm)\b,?)?"
    # "at the rate" is how Indian English says "@": "priya at the rate rediffmail dot com"
    r"\s*(?:\bat(?:\s+(?:sign|symbol|the[ \t]+rate(?:[ \t]+of)?))?\b|@)\s*"
    # (up to three words, and letters spelled after them: "grace fellowship a t l dot org",
    # "oak hill vet dot com", "eastside k twelve dot org"; no article or pronoun among them:
    # "it at the home depot dot com" is a shop)
    rf"(?P<domain>{_DOMAIN_WORD}(?:[ \t]{_DOMAIN_WORD}){{0,2}}(?:[ \t](?-i:[A-Z]{{2,5}}))?"
    rf"(?:(?:{_DOMAIN_SEP}|{_DOMAIN_DASH})[a-z0-9]+){{0,4}}"
    rf"{_DOMAIN_SEP}(?:{_TLDS})(?:{_DOMAIN_SEP}(?:{_COUNTRY_TLD}|{_INDIA_TLD}))?)\b",
    re.IGNORECASE,
)
# "and" misheard for "at" before a mail provider's own domain: "scampbell and hotmail dot
# com", "j dot lee and att dot net". Only a known provider follows, so "tom and gmail dot
# com" style phrases about sites ("shop and amazon dot com") stay as they are.
_MAIL_PROVIDERS = (
    r"gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|"
    r"protonmail|pm|gmx|btinternet|zoho|fastmail|tutanota|yandex|qq|rediffmail|libero|"
    r"wanadoo"
)
# Internet providers whose ".com" is their website ("pay it at att dot com"): only their
# mail domains (".net", ".ca") follow the "and".
_ISP_PROVIDERS = (
    r"att|sbcglobal|bellsouth|comcast|verizon|cox|charter|earthlink|optonline|shaw|telus|"
    r"sympatico|videotron|frontier|windstream|centurylink"
)
_EMAIL_SPOKEN_AND = re.compile(
    r"\b(?!(?:uh|um|uhm|er|erm|ah|hmm)\b)"
    r"(?P<local>(?:(?<!['\u2019])(?![ai]\b)[a-z][ \t]+(?=[a-z]{2}))?"
    rf"[a-z0-9]+(?:(?:{_LOCAL_SEP}|\s+(?=\d))[a-z0-9]+){{0,8}})"
    r"[ \t]*,?[ \t]+and[ \t]+"
    rf"(?P<domain>(?:(?:{_MAIL_PROVIDERS}){_DOMAIN_SEP}|(?:{_ISP_PROVIDERS}){_DOMAIN_SEP}(?!com\b))"
    rf"(?:{_TLDS})"
    rf"(?:{_DOMAIN_SEP}(?:{_COUNTRY_TLD}|{_INDIA_TLD}))?)\b",
    re.IGNORECASE,
)
# Words before "and <provider> dot com" that are no local part ("me and gmail dot com").
_NOT_AND_LOCAL = frozenset(
    str.split(
        """me you him her them us it this that both one work home personal email mail
        address name number phone account the a an my his their our your or website site
        online app portal page go visit check login call text store shop shopping pay
        bill"""
    )
)
_SEP_SPLIT = re.compile(
    r"\s*(\bdot\b|\bperiod\b|\bpoint\b|\bpunkt\b|\bunderscore\b|\bdash\b|\bhyphen\b|[._-])\s*",
    re.IGNORECASE,
)


# Lead words before a domain said alone, never the whole local part of an address.
_NOT_LOCAL = frozenset(
    str.split(
        """okay ok and then yeah yes yep so perfect great right alright sorry thanks that's
        it's was is"""
    )
)


def _join_spoken(part: str) -> str:
    pieces = _SEP_SPLIT.split(part)
    out = []
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append(_SEP_WORDS[piece.lower()])
        else:
            out.append(piece.replace(" ", ""))
    return "".join(out)


def _email_edits(text: str) -> list[tuple[int, int, str]]:
    """Spoken emails: "john dot smith at gmail dot com" -> "john.smith@gmail.com"."""
    if "at" not in text.lower() and "@" not in text:
        return _and_email_edits(text, [])
    edits = []
    for m in _EMAIL_SPOKEN.finditer(text):
        local, domain = m.group("local"), m.group("domain")
        if not any(c.isspace() for c in m.group()):
            continue  # already a written email
        if _POINT_PHRASE.search(m.group()):
            continue  # "at this point me", "my main point at …"
        if local.lower() in _NOT_LOCAL:
            continue  # "okay at proton dot me": the domain said alone after a lead word
        if _thing_at_site(text, m.start(), local):
            continue  # "filing a report at IdentityTheft.gov": a thing done on a website
        if _amount_at_site(text, m.start(), local):
            continue  # "a purchase of $1,460.53 at Apple.com": a price paid on a site
        if _prose_before_long_domain(local, domain):
            continue  # "i found it online at bass pro shops dot com": a shop, no mailbox
        local = re.sub(
            r"(?<=\d)\s+(ate|won)$",
            lambda h: "8" if h.group(1).lower() == "ate" else "1",
            local,
            flags=re.IGNORECASE,
        )
        email = f"{_join_spoken(local)}@{_join_spoken(domain)}"
        if email != m.group():
            edits.append((m.start(), m.end(), email))
    return edits + _and_email_edits(text, edits)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|your|my|our|their|his|her|this|that)[ \t]+$", re.IGNORECASE
)


_AMOUNT_LOCAL = re.compile(r"\d+(?:[.,]\d+)*")
_PRICE_CENTS = re.compile(r"\d+\.\d\d")
_CURRENCY_BEFORE = re.compile(r"[$£€]\d{0,3}(?:,\d{3})*,?$")


def _amount_at_site(text: str, start: int, local: str) -> bool:
    """A price before "at" and a site ("$1,460.53 at Apple.com", "19.99 at amazon.com"):
    an amount paid there, not a mailbox said aloud."""
    last = local.split()[-1]  # (the local part may take the word before: "was 29.99")
    if not _AMOUNT_LOCAL.fullmatch(last):
        return False
    at = start + len(local) - len(last)
    return bool(_PRICE_CENTS.fullmatch(last) or _CURRENCY_BEFORE.search(text, max(0, at - 12), at))


def _prose_before_long_domain(local: str, domain: str) -> bool:
    """A domain said as three words ("oak hill vet dot com") after an everyday word ("them
    at bass pro shops dot com"): a shop's site named in prose. A mailbox there is a name
    ("bonnie"), a department ("office"), or has a dot or a digit ("nurse dot hollins")."""
    name_part = re.split(_DOMAIN_SEP, domain, maxsplit=1)[0]
    words = [w for w in name_part.split() if not (w.isupper() and len(w) > 1)]  # (not "ATL")
    if len(words) < 3 or not local.isalpha():
        return False
    from recognizers.spoken_email_recognizer import is_role_mailbox_word
    from recognizers.spoken_person_recognizer import lexicon  # (both import this module)

    lex = lexicon()
    return lex.is_word(local) and not lex.is_name(local) and not is_role_mailbox_word(local)


def _thing_at_site(text: str, start: int, local: str) -> bool:
    """An everyday noun after an article, then "at" and a site: "a report at ftc.gov",
    "an account at login.gov"; an address's local part takes no article."""
    if not local.isalpha() or not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    from recognizers.spoken_person_recognizer import lexicon  # (imports this module)

    lex = lexicon()
    return lex.is_word(local) and not lex.is_name(local)


def _and_email_edits(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "and" heard for "at" before a mail provider: "kim dot ra and att dot net"."""
    if " and " not in text.lower():
        return []
    edits = []
    for m in _EMAIL_SPOKEN_AND.finditer(text):
        local, domain = m.group("local"), m.group("domain")
        if any(s < m.end() and m.start() < e for s, e, _ in taken):
            continue
        last = re.split(r"\W+", local.lower())[-1]
        if local.lower() in _NOT_LOCAL or last in _NOT_AND_LOCAL or last in _NOT_LOCAL:
            continue
        edits.append((m.start(), m.end(), f"{_join_spoken(local)}@{_join_spoken(domain)}"))
    return edits
