"""The base class of our recognizers and the regex fragments they share.

Every recognizer here runs on the normalised text (``spoken_normalizer``), so patterns
only need the written form: "4111", "john.smith@gmail.com", "june 24th 1985". The
analyzer maps every span back to the original turn.
"""

from __future__ import annotations

import functools
from typing import ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult


# Up to ``n`` characters of the same clause (no sentence end) between a cue and a value.
def same_clause(n: int) -> str:
    """A regex for at most ``n`` characters that do not cross a sentence boundary."""
    return rf"[^.?!\n]{{0,{n}}}?"


MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Said before a name, written or spoken: "Mr. Okafor", "mister okafor", "Mx Hughes".
HONORIFIC = r"(?:mr|mrs|ms|mx|dr|miss|mister|missus|doctor)"
# Days named for a holiday: "born on christmas day, 1980".
HOLIDAY = (
    r"(?:christmas(?: day| eve)?|new year'?s(?: day| eve)|halloween|valentine'?s day|"
    r"independence day|st\.? patrick'?s day)"
)
YEAR = r"(?:19|20)\d{2}"
# Dates as the normaliser writes them: "june 24th 1985", "24th of june", "6/24/85".
# A two-digit year is not a count or a time: "the 5th of may, 20 minutes late".
_NOT_COUNT = (
    r"(?![\d:%])(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|people|percent|"
    r"dollars?|bucks|am|pm|a\.m\.|p\.m\.|o'?clock)\b)"
)
DATE = (
    rf"(?:{MONTH}\s+(?:the\s+)?{DAY}(?:,?\s*(?:of\s+)?(?:{YEAR}|'?\d{{2}}))?"
    rf"|(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s*(?:{YEAR}|'?\d{{2}}{_NOT_COUNT}))?"
    rf"|{MONTH},?\s+{YEAR}"
    rf"|{HOLIDAY},?\s+(?:of\s+)?{YEAR}"
    # "06/24/85", "6.24.85", and "06, 24, 1985" as Whisper punctuates digits said slowly
    rf"|(?:0?[1-9]|1[0-2])(?:\s?[/.-]\s?|,\s)(?:0?[1-9]|[12]\d|3[01])(?:\s?[/.-]\s?|,\s)"
    rf"(?:{YEAR}|\d{{2}})"
    # day first, as callers from most other countries say it: "19/06/2004"
    rf"|(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]{YEAR}"
    rf"|{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
)
# A full date (day, month and a year before 2013): on a support call that is a birth date
# far more often than anything else (due dates and appointments are recent or future).
_BIRTH_YEAR = r"(?:19\d{2}|200\d|201[0-2])"
_SHORT_BIRTH_YEAR = r"[3-9]\d"
OLD_FULL_DATE = (
    rf"(?:{MONTH}\s+(?:the\s+)?{DAY},?\s*(?:of\s+)?{_BIRTH_YEAR}"
    rf"|(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s*{_BIRTH_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:0?[1-9]|[12]\d|3[01])\s?[/.-]\s?{_BIRTH_YEAR}"
    rf"|{_BIRTH_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    # a year of the 1930s-1990s said short, written "10/15/79" or "October 15th, '79"
    rf"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/{_SHORT_BIRTH_YEAR}(?![/.]?\d)"
    rf"|{MONTH}\s+(?:the\s+)?{DAY},?\s*['’]{_SHORT_BIRTH_YEAR})(?!\d)"
)


# Brands, services and firms a call names, lower case: never a person or a place.
BRANDS = frozenset(
    str.split(
        """zelle venmo paypal cashapp xfinity comcast verizon spectrum sprint tmobile att amex
        visa mastercard discover netflix hulu spotify amazon google apple uber lyft doordash
        sapphire freedom ink lexus kia porsche avis hilton honda audi chevrolet chevy buick
        kroger marriott hyatt arris toyota nissan subaru mazda acura hyundai volvo tesla jeep
        walmart costco walgreens aetna cigna humana geico allstate expedia airbnb samsung
        motorola lenovo roku sonos netgear linksys tylenol advil instacart grubhub etsy ebay
        asos shein zappos wayfair peloton fitbit venmo quickbooks turbotax intuit"""
    )
)
# Words a reply opens or is made of that are never part of a code: "YES, 216993781", "YEP".
REPLY_WORDS = frozenset(
    str.split(
        """yes yep yeah yup nope sure okay ok right well hi hey so um uh umm uhh its it's
        that's thanks"""
    )
)
# Words after a code or number that make it a product's model: "the VF-6000 router".
PRODUCT = (
    r"(?:router|modem|gateway|extender|mesh|printer|scanner|phone|tablet|laptop|tv|"
    r"television|camera|cam|thermostat|model|series|drill|saw|mower|vacuum|washer|dryer|"
    r"fridge|refrigerator|dishwasher|oven|range|microwave|furnace|boiler|heater|charger|"
    r"battery|batteries|adapter|headset|headphones|earbuds|speaker|soundbar|console|"
    r"monitor|cable|box|receiver|remote|pump|filter|controller|sensor|doorbell|lock|"
    r"hub|switch|bulb|blender|mixer|engine|tire|tires|chip|processor|lens|watch)s?"
)


class SpokenPattern(Pattern):
    """A Presidio ``Pattern`` that is not compiled where it is declared.

    Presidio's ``Pattern`` validates by compiling, and the recognizer compiles again with
    its flags: declaring and copying our ~90 patterns parsed each regex three times, a
    second or more of every worker's start-up. The recognizer compiles each once, and a
    bad regex still fails there, when the analyzer is built.
    """

    def __init__(self, name: str, regex: str, score: float):  # noqa: D107 - see class
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


class CuedPattern(SpokenPattern):
    """A ``Pattern`` that only runs when its cue occurs somewhere in the text.

    Cued patterns use look-behinds ("(?<=security code ...)\\d{3}"), which the regex
    engine evaluates at every position; a single cheap search for the cue first keeps
    turns without it from paying for that.
    """

    def __init__(self, name: str, regex: str, score: float, cue: str | None = None):
        super().__init__(name, regex, score)
        self.cue = cue


@functools.cache
def compiled_pattern(regex: str, flags: int) -> re.Pattern:
    """Each pattern compiled once per process: our ~1,400 patterns take seconds to compile
    and a worker builds an analyzer per pipeline stage (and per stream segment); ``regex``'s
    own cache holds only 500."""
    return re.compile(regex, flags)


class SpokenPatternRecognizer(PatternRecognizer):
    """A Presidio ``PatternRecognizer`` configured from class attributes.

    ``ENTITY``, ``PATTERNS`` and ``CONTEXT`` live on the class, as in Presidio's own
    recognizers; each instance gets fresh ``Pattern`` copies because Presidio caches the
    compiled regex on the pattern object. ``NEEDS_DIGITS`` lets the analyzer skip the
    recognizer on turns without a digit after normalisation.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[SpokenPattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEEDS_DIGITS: ClassVar[bool] = False

    def __init__(self, context: list[str] | None = None):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=[SpokenPattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT) if context is None else context,
        )
        flags = self.global_regex_flags
        self._compiled = tuple(
            (
                pattern,
                compiled_pattern(pattern.regex, flags),
                compiled_pattern(cue, flags) if (cue := getattr(source, "cue", None)) else None,
            )
            for pattern, source in zip(self.patterns, self.PATTERNS, strict=True)
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Presidio's pattern matching (validate, invalidate, scores), with cue pre-checks
        and patterns compiled once."""
        results = []
        for pattern, compiled, cue in self._compiled:
            if cue is not None and not cue.search(text):
                continue
            for match in compiled.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                value = text[start:end]
                score = pattern.score
                valid = self.validate_result(value)
                if valid is not None:
                    score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
                if self.invalidate_result(value):
                    score = EntityRecognizer.MIN_SCORE
                if score > EntityRecognizer.MIN_SCORE:
                    results.append(
                        RecognizerResult(
                            self.supported_entities[0],
                            start,
                            end,
                            score,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                "pattern_name": pattern.name,
                            },
                        )
                    )
        return EntityRecognizer.remove_duplicates(results)
