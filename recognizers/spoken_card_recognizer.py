"""CREDIT_CARD: payment card numbers, full (Luhn) or the last four with a card cue."""

from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import digits_only, luhn_valid

_CARD_CUE = (
    r"\b(?:card|visa|master\s?card|amex|american express|discover|debit|credit|"
    r"card number|account ending)\b"
)


class SpokenCardRecognizer(SpokenPatternRecognizer):
    """Card numbers as read aloud or written: "4111 1111 1111 1111", "card ending in 4431"."""

    ENTITY = "CREDIT_CARD"
    NEEDS_DIGITS = True
    PATTERNS = (
        # ISO/IEC 7812: 13-19 digits, printed in groups of 4 (Amex 4-6-5); Luhn decides.
        Pattern(
            "card_number",
            r"(?<![\d.])\d(?:[ \t]*[-.,]?[ \t]*\d){12,18}(?![\d])",
            0.5,
        ),
        # Agents confirm cards by their last four: "the card ending in 4431",
        # "visa ending 4431", "last four digits of the card are 4431".
        CuedPattern(
            "card_last_four",
            rf"(?<={_CARD_CUE}{same_clause(40)}\b(?:ending|ends|last (?:four|4)"
            rf"(?: digits)?)\b{same_clause(25)})(?<!\d)\d{{4}}(?!\d)",
            0.85,
            cue=_CARD_CUE,
        ),
        CuedPattern(
            "last_four_of_card",
            rf"(?<=\blast (?:four|4)(?: digits)? (?:of|on) (?:the|your|my) "
            rf"(?:\w+ )?card\b{same_clause(25)})(?<!\d)\d{{4}}(?!\d)",
            0.85,
            cue=r"\blast (?:four|4)",
        ),
    )
    CONTEXT = ("card", "credit", "debit", "visa", "mastercard", "amex", "discover", "number")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn for full numbers; the last four have no checksum to test."""
        digits = digits_only(pattern_text)
        if len(digits) <= 4:
            return None
        return 13 <= len(digits) <= 19 and luhn_valid(digits)
