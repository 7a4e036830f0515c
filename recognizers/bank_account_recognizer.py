"""US_BANK_NUMBER: bank account numbers, recognised by a bank-account cue."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause

# US account numbers are 4-17 digits (Presidio's UsBankRecognizer uses 8-17; spoken
# confirmations often give fewer). Without a cue they are indistinguishable from any
# other number, so a cue is required.
_CUE = r"\b(?:checking|savings|bank account|bank|account at)\b"


class BankAccountRecognizer(SpokenPatternRecognizer):
    """Digits after "checking", "savings", "bank account": "my checking is 000123456789"."""

    ENTITY = "US_BANK_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_account",
            rf"(?<={_CUE}{same_clause(40)})(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){{3,16}}(?![\d.,]\d)",
            0.7,
            cue=_CUE,
        ),
    )
    CONTEXT = ("checking", "savings", "bank", "account")
