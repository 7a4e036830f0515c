"""ID_NUMBER: the safety net, any run of 4+ digits that is not an amount, time or count.

A number read on a support call with four or more digits is almost always an
identifier (card, account, phone, member id). Whatever the specific recognizers and
the conversation context did not claim is caught here, so no such run stays visible.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from recognizers.base import SpokenPatternRecognizer
from recognizers.spoken_phone_recognizer import is_toll_free

# What follows a number that is a quantity, not an identifier.
_UNITS = (
    r"(?:dollars?|bucks|cents?|usd|euros?|pounds?|percent|per ?cent|%|am|pm|a\.m\.|p\.m\.|"
    r"o'?clock|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"yrs?|business|calendar|points?|miles?|kilometers?|km|feet|foot|ft|inches|pounds|lbs?|"
    r"kg|grams?|calories|mb|gb|kb|tb|mbps|gigs?|megabytes?|gigabytes?|times|items?|"
    r"people|units|texts|messages|sq|square|k\b|a month|a year|per)"
)


class DigitSafetyNetRecognizer(SpokenPatternRecognizer):
    """Runs of 4+ digits (groups joined by spaces or dashes) that are not quantities."""

    ENTITY = "ID_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        Pattern(
            "digit_run",
            r"(?<![\d$£€.,:/])(?<!\$[ \t])\d(?:[ \t]?-?[ \t]?\d){3,}"
            rf"(?![\d:])(?![.,]\d)(?!\s*{_UNITS}\b)(?!\s*%)",
            0.45,
        ),
        # Whisper writes long numbers read aloud with thousands commas: "12,345,678".
        # Seven digits or more without a money word is an identifier, not an amount.
        Pattern(
            "comma_grouped",
            r"(?<![\d$£€.,:/])(?<!\$[ \t])\d{1,3}(?:,\d{3}){2,}"
            rf"(?![\d.,]\d)(?!\s*{_UNITS}\b)(?!\s*%)",
            0.45,
        ),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Digit runs, less years, clock times and counts, judged by the words around them."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _quantity(text, r.start, r.end)]


def _quantity(text: str, start: int, end: int) -> bool:
    """True for a year alone, a clock time ("at 1130"), or a count ("4000 customers")."""
    value = text[start:end]
    digits = "".join(c for c in value if c.isdigit())
    before = text[max(0, start - 25) : start].lower()
    after = text[end : end + 30].lower()
    if (
        len(digits) == 4
        and value == digits
        and digits[:2] in ("19", "20")
        and (_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after))
    ):
        return True  # a year: "since 2019", "a 2024 honda"; birth years have their own
    if (
        len(digits) in (3, 4)
        and _CLOCK.fullmatch(digits)
        and (_TIME_BEFORE.search(before) or _TIME_AFTER.match(after))
    ):
        return True
    if is_toll_free(value):
        return True  # "call us at 1-800-555-0100": the company's line
    if "," in value and (_MONEY_BEFORE.search(before) or value.endswith(",000")):
        return True  # "a balance of 1,234,567", "1,200,000"
    if len(digits) <= 6 and _MONEY_BEFORE.search(before):
        return True  # "a balance of twenty five ninety nine" is $25.99
    if len(digits) <= 6 and (_LABEL_BEFORE.search(before) or _KIND_AFTER.match(after)):
        return True  # "channel 1045", "flight 2210", "error code 4031": not a person's
    if len(digits) <= 6 or "," in value:
        m = _NEXT_WORDS.match(after)
        if m and any(_plural(w) for w in m.group(1, 2) if w):
            return True
    return False


def _plural(word: str) -> bool:
    word = word.lower()
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in _NOT_PLURAL
    )


_YEAR_BEFORE = re.compile(
    r"\b(?:since|in|from|until|till|til|by|before|after|of|year|around|about|circa|back|early|"
    r"late|mid|during|summer|winter|spring|fall|autumn|christmas|a|the|that|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)[\s,]*$"
)
_YEAR_AFTER = re.compile(
    r"[\s,]*(?:and|to|through|thru|-|model|season|tax|taxes|return|now|already|yet)\b"
)
_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])[0-5]\d")
_TIME_BEFORE = re.compile(
    r"\b(?:at|around|by|until|till|til|before|after|between|from|about|since|to)\s*$"
)
_TIME_AFTER = re.compile(
    r"\s*(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|in the "
    r"(?:morning|afternoon|evening)|your time|my time|eastern|pacific|central|mountain|"
    r"est|pst|cst|mst|et|pt|ct)\b"
)
_MONEY_BEFORE = re.compile(
    r"\b(?:balance|payment|pay|paid|paying|charge|charged|charges|amount|due|cost|costs|"
    r"price|fee|fees|bill|billed|total|refund|refunded|credit of|statement|owe|owed|put|"
    r"deposit|deposited|withdraw|withdrew|transfer|transferred|spent|spend|worth|budget|"
    r"rate|salary|income|premium|deductible|copay|limit|that'll be|that will be|it'll be|"
    r"comes? to|came to)\b[^.?!\d]{0,20}$"
)
# Nouns that label a number belonging to a thing, not to the caller.
_LABEL_BEFORE = re.compile(
    r"\b(?:channel|room|gate|flight|page|chapter|model|version|firmware|step|aisle|route|"
    r"highway|interstate|store|error(?: code)?|extension|ext\.?)\s*(?:number|no\.?|#)?"
    r"(?:\s+is)?\s*$"
)
# Nouns after a number that make it the name of a kind of thing: "the 1099 form".
_KIND_AFTER = re.compile(r"[\s-]*(?:forms?|model|series|edition|tax form)\b")
_NEXT_WORDS = re.compile(r"\s+([a-z'-]+)(?:\s+([a-z'-]+))?", re.IGNORECASE)
_NOT_PLURAL = frozenset(
    {"thanks", "yes", "does", "goes", "says", "has", "was", "this", "thus", "plus", "unless",
     "address", "access", "always", "perhaps", "sometimes", "digits", "numbers", "letters",
     "ends", "begins", "starts", "expires", "means", "works", "looks", "sounds", "gets",
     "makes", "takes", "comes", "remains", "matches"}
)  # fmt: skip
