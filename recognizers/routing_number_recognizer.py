"""ABA_ROUTING_NUMBER: nine-digit bank routing numbers with a valid ABA checksum."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import aba_valid, digits_only

_CUE = r"\b(?:routing|aba|transit|rtn)\b"


class RoutingNumberRecognizer(SpokenPatternRecognizer):
    """ABA numbers: checksum-valid nine digits; strong after "routing", weak otherwise."""

    ENTITY = "ABA_ROUTING_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        # ABA format XXXXYYYYC, also printed as XXXX-YYYY-C.
        SpokenPattern("aba", r"(?<![\d-])\d{4}-?\d{4}-?\d(?![\d-])", 0.3),
        CuedPattern(
            "cued_aba",
            rf"(?<={_CUE}{same_clause(30)})(?<![\d-])\d{{4}}[ -]?\d{{4}}[ -]?\d(?![\d-])",
            0.5,
            cue=_CUE,
        ),
    )
    CONTEXT = ("routing", "aba", "transit", "bank")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop what fails the ABA checksum; a pass alone does not prove a routing number."""
        return None if aba_valid(digits_only(pattern_text)) else False
