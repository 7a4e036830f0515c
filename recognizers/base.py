"""The base class of our recognizers and the regex fragments they share.

Every recognizer here runs on the normalised text (``spoken_normalizer``), so patterns
only need the written form: "4111", "john.smith@gmail.com", "june 24th 1985". The
analyzer maps every span back to the original turn.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

# Separators people and ASR put between digit groups: "4111 1111", "555-123", "555, 123".
DIGIT_SEP = r"(?:[ \t]*[-.,/][ \t]*|[ \t]{1,2})"
# Up to ``n`` characters of the same clause (no sentence end) between a cue and a value.
def same_clause(n: int) -> str:
    """A regex for at most ``n`` characters that do not cross a sentence boundary."""
    return rf"[^.?!\n]{{0,{n}}}?"


MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# Dates as the normaliser writes them: "june 24th 1985", "24th of june", "6/24/85".
DATE = (
    rf"(?:{MONTH}\s+(?:the\s+)?{DAY}(?:,?\s*(?:of\s+)?(?:{YEAR}|'?\d{{2}}))?"
    rf"|(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?"
    rf"|{MONTH},?\s+{YEAR}"
    rf"|(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:0?[1-9]|[12]\d|3[01])\s?[/.-]\s?(?:{YEAR}|\d{{2}})"
    rf"|{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
)


class SpokenPatternRecognizer(PatternRecognizer):
    """A Presidio ``PatternRecognizer`` configured from class attributes.

    ``ENTITY``, ``PATTERNS`` and ``CONTEXT`` live on the class, as in Presidio's own
    recognizers; each instance gets fresh ``Pattern`` copies because Presidio caches the
    compiled regex on the pattern object. ``NEEDS_DIGITS`` lets the analyzer skip the
    recognizer on turns without a digit after normalisation.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEEDS_DIGITS: ClassVar[bool] = False

    def __init__(self, context: list[str] | None = None):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT) if context is None else context,
        )
