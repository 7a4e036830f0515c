"""CVV: the card security code, when a cue names it in the same turn."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause

# Card networks call it CVV (Visa), CVC (Mastercard), CID (Amex), CSC (generic).
_CUE = (
    r"\b(?:cvv2?|cvc2?|cid|csc|security code|verification (?:code|number)|"
    r"(?:three|four|3|4)[- ]digit code|code on the back|back of the card)\b"
)


class CvvRecognizer(SpokenPatternRecognizer):
    """3-4 digits after a security-code cue: "the cvv is 701", "security code 7 0 1"."""

    ENTITY = "CVV"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_cvv", rf"(?<={_CUE}{same_clause(30)})(?<!\d)\d{{3,4}}(?!\d)", 0.85, cue=_CUE
        ),
    )
    CONTEXT = ("cvv", "cvc", "security code", "back of the card")
