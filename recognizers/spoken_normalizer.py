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
- emails said aloud: "john dot smith at gmail dot com" -> "john.smith@gmail.com".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

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
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand"}

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|[0-9]+|\S")
# Separators allowed inside a run of spoken digits or spelled letters.
_RUN_SEPARATORS = frozenset({"-", ".", ","})
# "capital b", "lowercase l": the case of a spelled letter (True: upper case).
_CASE_WORDS = {"capital": True, "uppercase": True, "upper": True, "lowercase": False,
               "lower": False, "small": False}  # fmt: skip
# Hesitations that do not break a number read aloud.
_FILLERS = frozenset({"uh", "um", "uhm", "er", "erm", "ah", "hmm"})
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


def normalize(text: str) -> NormalizedText:
    """Rewrite spoken numbers, spelled letters and spoken emails; keep the offset map."""
    base = identity(text)
    if is_shouting(text):
        # ALL CAPS transcripts: work on lower case (same length, same offsets) so that
        # spelled letters, which come out in capitals, stand out from ordinary words.
        base = NormalizedText(text, text.lower(), base.starts, base.ends)
    work = base.text
    tokens = [
        _Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(work)
    ]
    first = _apply(base, _token_edits(work, tokens))
    first = _apply(first, _garbled_group_edits(first.text))
    second = _apply(first, _email_edits(first.text))
    return _apply(second, _underscore_edits(second.text))


def is_shouting(text: str) -> bool:
    """True for ALL CAPS text whose lower case has the same length (offsets unchanged)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.8 and len(text.lower()) == len(text)


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
    """ "oh"/"o" reads as zero only in a run with a real digit: "five oh five", "oh two"."""
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


def _token_edits(text: str, tokens: list[_Token]) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        end, replacement = _letter_run(text, tokens, i)
        if end is None:
            end, replacement = _number_run(text, tokens, i)
        if end is None:
            i += 1
            continue
        start_tok, last_tok = tokens[i], tokens[end - 1]
        if replacement != text[start_tok.start : last_tok.end]:
            edits.append((start_tok.start, last_tok.end, replacement))
        i = end
    return edits


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
        return i + 2, "letter", letter.upper() if _CASE_WORDS[low] else letter
    if len(low) == 1 and low.isalpha():
        # "s as in sam" / "s like sam": the example word is consumed with the letter.
        if (
            i + 3 < len(tokens)
            and tokens[i + 1].low == "as"
            and tokens[i + 2].low == "in"
            and tokens[i + 3].low.isalpha()
        ):
            return i + 4, "as_in", low.upper()
        # "s like sam", "t for tom": the example word starts with the letter.
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].low in ("like", "for")
            and tokens[i + 2].low.isalpha()
            and len(tokens[i + 2].low) > 1
            and tokens[i + 2].low[0] == low
        ):
            return i + 3, "as_in", low.upper()
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


MAX_SPELLED_ITEMS = 48


def _letter_run(text: str, tokens: list[_Token], i: int) -> tuple[int | None, str]:
    """A run of spelled letters (optionally with single digits): "S M I T H", "A B 1 2 3"."""
    items: list[tuple[str, str]] = []
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
        item = _spelled_item(text, tokens, j)
        if item is None:
            break
        nxt, kind, value = item
        items.append((kind, value))
        j = nxt
    # Trailing separator tokens (and spoken dashes) are not part of the run.
    while items and items[-1][0] == "dash":
        items.pop()
        j -= 1
    while j > i and tokens[j - 1].low in _RUN_SEPARATORS:
        j -= 1
    if items and items[0][0] == "dash":
        return None, ""
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
        if (
            all(v in ("A", "I") for v in letters)
            and len(letters) == len(singles)
            and "digit" not in kinds
        ):
            return None, ""
    # "o" between letters is the letter O, between digits it is zero.
    out = []
    for idx, (kind, value) in enumerate(items):
        if kind == "digit" and value == "0" and _zero_is_letter_o(items, idx):
            value = "O"
        out.append(value)
    return j, "".join(out)


def _zero_is_letter_o(items: list[tuple[str, str]], idx: int) -> bool:
    """True when a zero-like "o" in a spelled run is surrounded by letters, not digits."""
    neighbours = [items[k][0] for k in (idx - 1, idx + 1) if 0 <= k < len(items)]
    return bool(neighbours) and all(k != "digit" for k in neighbours)


def _number_run(text: str, tokens: list[_Token], i: int) -> tuple[int | None, str]:
    """A run of number words (and single written digits) -> one digit string."""
    members: list[int] = []
    j = i
    while j < len(tokens):
        low = tokens[j].low
        if members:
            gap = _gap(text, tokens[j - 1], tokens[j])
            if gap.strip() or len(gap) > 2:
                break
            if (low == "-" or low in _SPOKEN_SEPARATORS) and j + 1 < len(tokens):
                nxt = tokens[j + 1].low
                if (
                    nxt in NUMBER_WORDS
                    or nxt in REPEATS
                    or nxt in ZERO_LETTERS
                    or (_ascii_digits(nxt) and len(nxt) == 1)
                    # "twenty-first": a hyphenated ordinal ends a date's day
                    or (low == "-" and nxt in ORDINALS and tokens[members[-1]].low in TENS)
                ):
                    members.append(j)
                    j += 1
                    continue
                break
            # "four one one uh one": a hesitation inside a number is not a break.
            if (
                low in _FILLERS
                and j + 1 < len(tokens)
                and (
                    _plain_digit(tokens[j + 1].low)
                    or (tokens[j + 1].low in ZERO_LETTERS and _is_digit_word(tokens, j + 1))
                )
                and (
                    _plain_digit(tokens[members[-1]].low) or tokens[members[-1]].low in ZERO_LETTERS
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
        if (
            low in NUMBER_WORDS
            or low in REPEATS
            and _next_is_digit(tokens, j)
            or low in ZERO_LETTERS
            and (_is_digit_word(tokens, j) or (members and tokens[members[-1]].low == "-"))
            or _ascii_digits(low)
            and len(low) == 1
            and _single_digit_neighbour(text, tokens, j)
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
    while members and tokens[members[-1]].low in _FILLERS:
        members.pop()
    while members and (
        tokens[members[-1]].low in ("-", "and") or (tokens[members[-1]].low in _SPOKEN_SEPARATORS)
    ):
        members.pop()
    if not members:
        return None, ""
    # "six one seven six dash three four" keeps its dash; "twenty-five" does not.
    groups: list[list[str]] = [[]]
    joins: list[str] = []
    for m in members:
        low = tokens[m].low
        if low in _SPOKEN_SEPARATORS:
            groups.append([])
            joins.append(_SPOKEN_SEPARATORS[low])
        elif low not in ("-", "and", "then", ",") and low not in _FILLERS:
            groups[-1].append(low)
    values = [_parse_numbers(g) for g in groups]
    if any(v is None or v == "" for v in values):
        return None, ""
    out = values[0]
    for join, value in zip(joins, values[1:], strict=True):
        out += join + value
    is_year = len(out) == 4 and out[:2] in ("19", "20")
    if i > 0 and tokens[i - 1].low in MONTHS and not joins and not is_year:
        out = _split_day_year(groups[0]) or out  # "may twenty twenty seven" stays 2027
    return members[-1] + 1, out


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
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1].low
    return nxt in UNITS or nxt in ZERO_LETTERS or (_ascii_digits(nxt) and len(nxt) == 1)


def _single_digit_neighbour(text: str, tokens: list[_Token], j: int) -> bool:
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
            if (_ascii_digits(low) and len(low) == 1) or low in UNITS:
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
    words = [m for m in members if tokens[m].low != "-"]
    if words and tokens[words[-1]].low in TENS and ORDINALS[tokens[j].low] < 10:
        return True
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
    """Digits for a run of number words; groups read in pairs are concatenated."""
    out: list[str] = []
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
        return 0, k

    while i < n:
        w = words[i]
        if w in REPEATS:
            if i + 1 < n:
                out.append(str(_digit_value(words[i + 1])) * REPEATS[w])
                i += 2
                continue
            return None
        if w in ORDINALS:
            value = ORDINALS[w]
            if out and len(out[-1]) == 2 and out[-1].endswith("0") and value < 10:
                value += int(out.pop())
            out.append(f"{value}{_ordinal_suffix(value)}")
            i += 1
            continue
        if w == "hundred":
            # "a hundred and twenty nine" is 129, not "100" then "29"
            t, k = tail(i + 1)
            out.append(str(100 + t))
            i = k
            continue
        if w == "thousand":
            out.append("1000")
            i += 1
            continue
        if w in UNITS or w in ZERO_LETTERS or _ascii_digits(w) or w in TEENS:
            head = TEENS[w] if w in TEENS else _digit_value(w)
            if i + 1 < n and words[i + 1] == "hundred" and head > 0:
                value = head * 100
                if _digit_by_digit(words, i + 2):
                    # "one eight hundred five five five …": a toll-free prefix, then digits
                    out.append(str(value))
                    i += 2
                    continue
                t, k = tail(i + 2)
                value += t
                if k < n and words[k] == "thousand":
                    value *= 1000
                    t2, k = tail(k + 1)
                    value += t2
                out.append(str(value))
                i = k
                continue
            if i + 1 < n and words[i + 1] == "thousand" and head > 0:
                value = head * 1000
                k = i + 2
                if k + 1 < n and words[k] in UNITS and words[k + 1] == "hundred":
                    value += UNITS[words[k]] * 100
                    k += 2
                t, k = tail(k)
                out.append(str(value + t))
                i = k
                continue
            out.append(str(head))
            i += 1
            continue
        if w in TENS:
            t, k = tail(i)
            out.append(str(t))
            i = k
            continue
        return None
    return "".join(out)


# --- digit groups Whisper wrote as decimals or thousands -------------------------------

# Digits read slowly come out as "4, 4, 2, 1" (four or more, not counting 1, 2, 3, 4).
# A phone or card read quickly comes out of Whisper as "4.15, 5.25, 0.193" or
# "$4,111, 1,111, 1,111, 1,111": three or more comma-separated groups, at least one with a
# point or a thousands comma inside. A list of amounts or counts ("1,200, 1,500, 2,000
# users") is shorter than a card, so thousands-comma groups must make 13-19 digits.
_GARBLED_GROUPS = re.compile(
    r"(?<![\w$£€.,])(?<!\d,[ \t]+)\$?\d{1,4}(?:[.,]\d{1,4})?(?:,[ \t]+\d{1,4}(?:[.,]\d{1,4})?){2,}"
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
        groups = re.split(r",[ \t]+", m.group())
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


# --- handles said aloud ---------------------------------------------------------------

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
    "underscore": "_",
    "dash": "-",
    "hyphen": "-",
    ".": ".",
    "_": "_",
    "-": "-",
}
_TLDS = (
    r"com|net|org|edu|gov|io|co|us|biz|info|me|ca|uk|de|ai|app|dev|mail|email|fr|es|nl|"
    r"au|tv|xyz|online|site|cloud|ie|mx|br"
)
_LOCAL_SEP = r"(?:\s*(?:[._-]|\bdot\b|\bperiod\b|\bunderscore\b|\bdash\b|\bhyphen\b)\s*)"
_DOMAIN_DASH = r"(?:-|\s+(?:dash|hyphen)\s+)"
_DOMAIN_SEP = r"(?:\s*(?:\.|\bdot\b|\bperiod\b)\s*)"
_EMAIL_SPOKEN = re.compile(
    # An initial before the name is part of it: "j smith at yahoo dot com" (not "a"/"i").
    r"\b(?P<local>(?:(?<!['\u2019])(?![ai]\b)[a-z][ \t]+(?=[a-z]{2}))?"
    rf"[a-z0-9]+(?:(?:{_LOCAL_SEP}|\s+(?=\d))[a-z0-9]+){{0,8}})\s*(?:\bat(?:\s+sign)?\b|@)\s*"
    rf"(?P<domain>[a-z0-9]+(?:[ \t][a-z0-9]+)?(?:(?:{_DOMAIN_SEP}|{_DOMAIN_DASH})[a-z0-9]+){{0,4}}"
    rf"{_DOMAIN_SEP}(?:{_TLDS}))\b",
    re.IGNORECASE,
)
_SEP_SPLIT = re.compile(
    r"\s*(\bdot\b|\bperiod\b|\bpoint\b|\bunderscore\b|\bdash\b|\bhyphen\b|[._-])\s*",
    re.IGNORECASE,
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
        return []
    edits = []
    for m in _EMAIL_SPOKEN.finditer(text):
        local, domain = m.group("local"), m.group("domain")
        if not any(c.isspace() for c in m.group()):
            continue  # already a written email
        email = f"{_join_spoken(local)}@{_join_spoken(domain)}"
        if email != m.group():
            edits.append((m.start(), m.end(), email))
    return edits
