"""ABA_ROUTING_NUMBER: nine-digit bank routing numbers with a valid ABA checksum."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import aba_valid, digits_only

_CUE = r"\b(?:routing|aba|transit|rtn)\b"
_NOT_UNIT = r"(?![ \t]*(?:dollars?|bucks|percent|%|years?|months?|days?|hours?|minutes?)\b)"
# A Canadian bank is named by a five-digit transit (branch) number and a three-digit
# institution number, each said right after its label: "transit 04172, institution 621".
_LABEL_TAIL = r"(?:[ \t]+(?:number|no\.?|code|#))?(?:[ \t]+is|[ \t]*:)?[ \t,]*"

# What names a routing number's last four digits: "routing number ending in", "the
# routing's last four are".
_TAIL_CUE = (
    r"\brouting(?:'s)?(?:[ \t]+(?:number|no\.?|#))?[ \t]+(?:(?:that[ \t]+)?(?:ending|ends|"
    r"ended)[ \t]+(?:in|with)|(?:last|final)[ \t]+(?:four|4)(?:[ \t]+digits)?"
    r"(?:[ \t]+(?:is|are|was|were))?)[ \t:,]*"
)


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
        # A routing number's last digits read back to check it: "by direct deposit to
        # routing number ending in 1994", "the routing's last four are 0021".
        CuedPattern(
            "cued_aba_tail",
            rf"(?<={_TAIL_CUE})(?<![\d-])\d{{4}}(?![\d-]|[.,]\d){_NOT_UNIT}",
            0.5,
            cue=r"\brouting\b",
        ),
        CuedPattern(
            "ca_transit",
            rf"(?<=(?<!\bin[ \t]+)\btransit{_LABEL_TAIL})"
            rf"(?<![\d-])\d{{5}}(?![\d-]|[.,]\d){_NOT_UNIT}",
            0.5,
            cue=r"\btransit\b",
        ),
        CuedPattern(
            "ca_institution",
            rf"(?<=\binstitution{_LABEL_TAIL})(?<![\d-])\d{{3}}(?![\d-]|[.,]\d){_NOT_UNIT}",
            0.5,
            cue=r"\binstitution\b",
        ),
    )
    CONTEXT = ("routing", "aba", "transit", "bank")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop what fails the ABA checksum; a pass alone does not prove a routing number.
        A Canadian transit (5 digits) or institution (3 digits) number has no checksum, nor
        a routing number's last four."""
        digits = digits_only(pattern_text)
        if len(digits) in (3, 4, 5):
            return None
        return None if aba_valid(digits) else False
