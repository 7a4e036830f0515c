"""ACCOUNT_ID: account, member, policy and customer identifiers, numeric or alphanumeric."""

from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause
from recognizers.digit_safety_net_recognizer import _UNITS

# An identifier noun followed by "number", "id", "#"..., or one of the nouns that name
# an identifier on their own ("my account is 1234", "policy P-778").
_CUE = (
    r"\b(?:(?:account|acct|member(?:ship)?|policy|subscriber|customer|loyalty|rewards|"
    r"claim|reference|confirmation|case|ticket|order|tracking|invoice|booking|reservation|"
    r"employee|patient|student|badge|group|plan|contract|service|installation|serial|"
    r"license|licence|passport|insurance)\s*(?:number|no\.?|num|#|id|i d|code)|"
    r"account|acct|policy|membership|member|id|i d)\b"
)

# Booking codes: airline record locators (IATA PNR, six characters) and confirmation codes
# mix letters and digits freely, so one digit is enough after the cue: "GX7P2Q".
_CODE_CUE = (
    r"\b(?:confirmation|locator|booking|reservation|reference|pnr)"
    r"(?:\s*(?:number|no\.?|num|#|code))?\b"
)


class AccountIdRecognizer(SpokenPatternRecognizer):
    """Identifiers: "account number 00123456", "member id AB123456", "policy P-778-2231".

    Mixed letters and digits (as typed, or spelled "A B 1 2 3" and normalised to "AB123")
    are identifiers on their own; plain digits need an identifier cue.
    """

    ENTITY = "ACCOUNT_ID"
    PATTERNS = (
        # Letter-digit codes with at least three digits and five characters: "AB123456",
        # "x7k9q2p4". Short codes and named models are products: "the X200 router",
        # "model RT5400", "version 2.1b3".
        Pattern(
            "alphanumeric_id",
            r"(?<!\b(?:model|models|version|series|firmware|size|type)(?:\s+(?:number|no\.?))?\s)"
            r"\b(?=[a-z-]*\d)(?=(?:[a-z-]*\d){3})(?=[0-9-]*[a-z])(?![0-9]+(?:st|nd|rd|th)\b)"
            r"(?=(?:-?[a-z0-9]){5})"
            r"[a-z0-9]{2,}(?:-[a-z0-9]+)*\b",
            0.6,
        ),
        CuedPattern(
            "cued_number",
            rf"(?<={_CUE}{same_clause(25)})(?<![\d$.,])"
            r"(?<!\b(?:since|from|until|till|by|before|after|of)\s)(?<!(?<!ending|ends)\sin\s)"
            r"(?:\b(?-i:[A-Z]{1,3})[- ]?)?"
            # Digits may be grouped by spaces, dashes or commas; a letter is part of the id
            # only when attached ("4471ab", "4471-b"), so "38291047, routing is" stops.
            rf"\d(?:[ \t]?[-,]?[ \t]?\d|-?[a-z]){{3,19}}(?![\d.,]\d)(?![a-z])(?!\s*{_UNITS}\b)",
            0.75,
            cue=_CUE,
        ),
        CuedPattern(
            "cued_code",
            rf"(?<={_CODE_CUE}{same_clause(20)})\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{{5,10}}\b",
            0.7,
            cue=_CODE_CUE,
        ),
    )
    CONTEXT = ("account", "member", "policy", "id", "number", "customer", "reference")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Amounts, times and measurements like "25mb" or "10am" are not identifiers."""
        low = pattern_text.lower()
        units = ("am", "pm", "mb", "gb", "kb", "st", "nd", "rd", "th", "mg", "ml", "k")
        return any(low.endswith(u) and low[: -len(u)].isdigit() for u in units)
