"""US_SSN: social security numbers, full, or the last four when a cue asks for them."""

from __future__ import annotations

import regex as re

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import digits_only, ssn_plausible

_CUE = r"\b(?:social(?: security)?(?: number)?|ssn|s s n|social security)\b"
# A tax form's number after "social security" is no SSN's last four: "a paper from social
# security, the 1099 s s a", "my social security 1099 form" (but "my social is 1099" is).
_FORM_NUMBER = r"(?:1099|1098|1095|1040|1042|5498)(?!\d)"
_NOT_FORM = (
    rf"(?!(?<=\b(?:the|a|an|your|my|his|her|their|form|ssa|rrb)[ \t-]{{1,3}}){_FORM_NUMBER})"
    rf"(?!{_FORM_NUMBER}[ \t-]*(?:forms?|s[ \t]?s[ \t]?a|r[ \t]?r[ \t]?b)\b)"
)

# "Social security" as the benefit paid, then its amount in the same clause: "she only gets
# the social security, like 1200", "my social security check is 1450", "living on social
# security, about 980" (no id word between: "gets social security, the last four 6789").
_BENEFIT_BEFORE = re.compile(
    r"(?:\b(?:gets?|getting|got|receives?|receiving|received|collects?|collecting|draws?|"
    r"drawing|(?:lives?|living|lived|survives?|surviving)[ \t]+(?:off(?:[ \t]+of)?|on))"
    r"[ \t]+(?:(?:the|her|his|my|their|our|just|only|a|some)[ \t]+)*social[ \t]+security\b"
    r"(?![ \t]+(?:number|no\.?|#|card)\b)"
    r"|\bsocial[ \t]+security[ \t]+(?:checks?|benefits?|income|payments?|deposits?|pays?|"
    r"pension|disability|retirement|amount)\b)"
    r"(?:(?!\b(?:number|ending|ends|last|digits|ssn|social)\b)[^.?!\d]){0,30}$",
    re.IGNORECASE,
)

# The benefit's amount, told by what follows it: "social security 1086 dollars a month",
# "social security 1109 a month" ("last four 6789, a month ago i called" stays an SSN).
_AMOUNT_AFTER = re.compile(
    r"[ \t]*(?:dollars?\b|bucks\b|(?:a|per|each|every)[ \t]+(?:month|year|week)\b(?![ \t]+ago)"
    r"|monthly\b)",
    re.IGNORECASE,
)


# Up to 30 characters of the clause between the cue and its last four, without another
# number: in "ssn last 41021 its about the 2457 charge" the last four were the first
# number, and the next is the charge ("social, last 4 is 6789": a lone digit may come).
_NO_NUMBER_BETWEEN = r"(?:[^.?!\n\d]|(?<!\d)\d(?!\d)){0,30}?"
# A longer aside, up to 60 characters without a number, closed by the verb that names the
# value: "social if you need it for the tax form is 6789".
_STATED_AFTER_ASIDE = r"[^.?!\n\d]{0,60}?\b(?:is|are|was|it's)[ \t]+"

# The normaliser glues the count to the digits read after it: "ssn last four six five oh
# one" becomes "ssn last 46501", "ssn last four ninety eight fifty-one" "ssn last 49851".
_LAST_FOUR_GLUED = r"\blast[ \t]+4"


def social_security_amount(text: str, start: int) -> bool:
    """True for a number said as the social security benefit's amount ("she gets the social
    security, like 1200"): the benefit paid, not the caller's number."""
    return bool(_BENEFIT_BEFORE.search(text, max(0, start - 90), start))


def _last_four_is_amount(text: str, start: int, end: int) -> bool:
    """True when the four digits after the cue are the benefit's amount, told by the words
    before ("gets social security 1200") or after ("social security 1086 dollars a month")."""
    return social_security_amount(text, start) or bool(_AMOUNT_AFTER.match(text, end))


class SpokenSsnRecognizer(SpokenPatternRecognizer):
    """SSNs: "123-45-6789", "123 45 6789", nine spoken digits, "last four of my social 6789"."""

    ENTITY = "US_SSN"
    NEEDS_DIGITS = True
    PATTERNS = (
        # SSA format AAA-GG-SSSS with separators: strong even without context.
        SpokenPattern(
            "ssn_grouped",
            # (a pause written as an ellipsis: "231... 47... 8812")
            r"(?<![\d-])\d{3}(?:[ \t]*(?:[-,]|\.{1,3}|…)[ \t]*|[ \t]+)\d{2}"
            r"(?:[ \t]*(?:[-,]|\.{1,3}|…)[ \t]*|[ \t]+)\d{4}(?![\d-])",
            0.6,
        ),
        # Nine digits in a row: could be a routing or account number; context decides.
        SpokenPattern("ssn_plain", r"(?<![\d-])\d{9}(?![\d-])", 0.2),
        # "the last four of my social are 6789", "social ending in 6789".
        CuedPattern(
            "ssn_last_four",
            rf"(?<={_CUE}{_NO_NUMBER_BETWEEN})(?<!\d){_NOT_FORM}\d{{4}}(?!\d)",
            0.85,
            cue=_CUE,
        ),
        # "The last four of my social" with an aside before the value, named by "is": "the
        # last four of my social if you need it for the tax form is 6789".
        CuedPattern(
            "ssn_last_four_stated",
            r"(?<=\blast[ \t]+(?:four|4)[ \t]+(?:digits[ \t]+)?of[ \t]+"
            rf"(?:my|his|her|their|the|your)[ \t]+{_CUE}{_STATED_AFTER_ASIDE})"
            rf"(?<!\d){_NOT_FORM}\d{{4}}(?!\d)",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "ssn_last_four_glued",
            rf"(?<={_CUE}{same_clause(30)}{_LAST_FOUR_GLUED})\d{{4}}(?![\w/:])(?![.,]\d)",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "ssn_cued_full",
            rf"(?<={_CUE}{same_clause(30)})(?<![\d-])\d{{3}}[- ]?\d{{2}}[- ]?\d{{4}}(?![\d-])",
            0.85,
            cue=_CUE,
        ),
    )
    CONTEXT = ("social", "ssn", "security number", "social security")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """SSNs, less the last-four cue met by a benefit's amount ("gets social security
        like 1200", "social security 1109 a month")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if not (r.end - r.start == 4 and _last_four_is_amount(text, r.start, r.end))
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        """SSA validity rules for nine digits; the last four cannot be checked."""
        digits = digits_only(pattern_text)
        if len(digits) == 4:
            return None
        return None if ssn_plausible(digits) else False
