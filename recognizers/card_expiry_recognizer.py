"""CARD_EXPIRY: a card's expiration date, "05/27", "oh five twenty seven", "may 2027"."""

from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import MONTH, CuedPattern, SpokenPatternRecognizer, same_clause

_CUE = r"\b(?:expir\w*|exp|expiry|valid (?:thru|through|until)|good (?:thru|through))\b"
# Month then year as printed on cards (MM/YY) and as read aloud ("0527", "may 27", "may 2027").
_MONTH_YEAR = (
    # "09/27", "09-27", and "09, 27" / "09 27" as a month and year said with a pause
    rf"(?:(?:0?[1-9]|1[0-2])(?:\s?[/-]\s?|,?[ \t]|\s+of\s+)(?:20)?\d{{2}}"
    rf"|(?:0[1-9]|1[0-2])(?:20)?\d{{2}}"
    rf"|{MONTH}\s+(?:of\s+)?(?:20|')?\d{{2}}"
    # "nine twenty nine" -> "929": a one-digit month before a year in the 2020s or 2030s.
    rf"|[1-9][23]\d)"
)


class CardExpiryRecognizer(SpokenPatternRecognizer):
    """Expiry dates: MM/YY anywhere (weak) and any month/year after an expiry cue (strong)."""

    ENTITY = "CARD_EXPIRY"
    PATTERNS = (
        # Printed MM/YY: weak alone (also a fraction or a date), strong with context.
        Pattern("mm_yy", r"(?<![\d/])(?:0[1-9]|1[0-2])\s?/\s?(?:20)?\d{2}(?![\d/])", 0.3),
        CuedPattern(
            "cued_expiry",
            rf"(?<={_CUE}{same_clause(30)})(?<![\d/]){_MONTH_YEAR}(?![\d/])",
            0.85,
            cue=_CUE,
        ),
    )
    CONTEXT = ("expiration", "expiry", "expires", "exp", "valid thru", "expire")
