"""CVV: the card security code, when a cue names it in the same turn."""

from __future__ import annotations

from recognizers.base import MONTH, CuedPattern, SpokenPatternRecognizer, same_clause
from recognizers.card_expiry_recognizer import (
    AFTER_CARD,
    AMOUNT_NEXT,
    CARD_RUN,
    CARD_THEN_MONTH_YEAR,
    CODE_LEAD,
    after_card,
    after_glued_card_expiry,
)

# Card networks call it CVV (Visa), CVC (Mastercard), CID (Amex), CSC (generic).
_CUE = (
    r"\b(?:cvv2?|cvc2?|cid|csc|security code|verification (?:code|number)|"
    r"(?:three|four|3|4)[- ]digit code|back of (?:the|your) card|"
    r"code on (?:the |your )?back(?![ \t]+of[ \t]+(?:the|your|my|a)[ \t]+(?!card\b)[a-z]))\b"
)

# In a card answer, a bare "code" is the security code: "March '27. The code is 0 4 8",
# "card ends 4431, code 702". Codes of other things are named by what they are for.
_CARD_BEFORE = (
    rf"(?:\bexpir\w*|\bexp\b|\bcard\b|\bvisa\b|\bmaster ?card\b|\bamex\b|\bdebit\b|"
    rf"\b{MONTH}[ \t]*(?:of[ \t]+)?(?:20|')?\d{{2}}\b|\b(?:0?[1-9]|1[0-2])[ \t]?/[ \t]?\d{{2}}\b)"
)
_OTHER_CODES = (
    r"zip|postal|post|area|promo|promotional|discount|coupon|access|confirmation|reference|"
    r"tracking|error|country|sort|swift|bank|branch|authori[sz]ation|pin|reset|activation|"
    r"gift|referral|rx|cpt|procedure|diagnosis|billing|tax|product|style|item|model|color|"
    r"colour|zip-|offer|voucher|login|one-time|otp|verification|qr|bar|area"
)
_BARE_CODE = (
    # ("the code's 614": the contraction too)
    rf"(?<!\b(?:{_OTHER_CODES})[ \t-]?)\bcode\b(?:['\u2019]s|[ \t]+(?:is|was|it's|its|would be))?"
    r"[ \t:,]*"
)


# An expiry as printed (MM/YY, a year in the 2020s or 2030s) and then, after a pause, a
# 3-4 digit number: the code read with it ("03/28, 551", "11/30 and 4417", "4 slash 29, 775").
_EXPIRY_THEN = (
    r"(?<![\d/])(?:0?[1-9]|1[0-2])(?:[ \t]?/[ \t]?|[ \t]+slash[ \t]+)(?:20)?(?:2[4-9]|3\d)"
    r"(?:[ \t]*[,;][ \t]*|[ \t]+)(?:(?:and|then)[ \t]+)?"
    r"(?:(?:(?:the[ \t]+)?(?:cvv|cvc|code|security code)(?:['\u2019]s|[ \t]+is)?)[ \t,:]+|"
    # the code named by where it is printed: "09/27, and the back is 318"
    r"(?:the[ \t]+)?(?:one[ \t]+on[ \t]+the[ \t]+)?back(?:['\u2019]s|[ \t]+(?:is|says|reads))"
    r"[ \t,:]+)?"
)

# The code named by where it is printed, or by a short name, after a stated expiry:
# "expires 11 27 security 262", "expires april 27 and the back is 090", "exp 0330, the
# three on the back are 417". The expiry cue makes it a card answer even when the card
# number is not Luhn-valid or was read in an earlier turn.
_NAMED_CODE_LEAD = (
    r"(?:the[ \t]+)?(?:cvv|cvc|code|security(?:[ \t]+code)?|"
    r"(?:(?:one|ones|three|four|[34]|digits?|numbers?)[ \t]+on[ \t]+the[ \t]+)?back"
    r"(?:['\u2019]s|[ \t]+(?:is|are|says|reads))?)(?:[ \t]+(?:is|are|number))?[ \t,:]+"
)
_STATED_EXPIRY = (
    r"\b(?:expir\w*|exp)[ \t,:]+(?:(?:on|is|in)[ \t]+)?"
    rf"(?:{MONTH}[ \t]+(?:of[ \t]+)?(?:20)?\d{{2}}"
    r"|(?:0?[1-9]|1[0-2])(?:[ \t]?[/-][ \t]?|[ \t]+slash[ \t]+|[ \t]+)?(?:20)?[23]\d)(?!\d)"
    r"(?:[ \t]*[,;.][ \t]*|[ \t]+)(?:(?:and|then|with)[ \t]+)?"
)


class CvvRecognizer(SpokenPatternRecognizer):
    """3-4 digits after a security-code cue: "the cvv is 701", "security code 7 0 1"."""

    ENTITY = "CVV"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_cvv",
            # (not a group of a phone number: "the number on the back of your card,
            # 1-888-555-7007")
            rf"(?<={_CUE}{same_clause(30)})(?<!\d)(?<!\d[-.])\d{{3,4}}(?!\d)(?![-.]\d)"
            # (an amount said after the code: "cvv 406 and just put 434 dollars on it")
            + AMOUNT_NEXT,
            0.85,
            cue=_CUE,
        ),
        # The question and its answer written as one turn (a diarization error): "And the
        # little code on the back of the card? I think it's 921 okay." The code ends the turn.
        CuedPattern(
            "asked_then_said",
            rf"(?<={_CUE}[^.?!\n]{{0,30}}\?[ \t]*"
            r"(?:(?:uh|um|yeah|yes|okay|ok|so|sure|i think|i believe)[ \t,]+)*"
            r"(?:it's|its|it is|that'd be|that would be)[ \t,]+(?:(?:uh|um)[ \t,]+)?)"
            r"(?<!\d)\d{3,4}(?!\d)"
            r"(?=[ \t]*[,.]?[ \t]*(?:(?:okay|ok|thanks|thank you|yeah)[ \t]*)?[.!]*[ \t]*$)",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "code_after_card",
            rf"(?<={_CARD_BEFORE}[^\n]{{0,80}}?{_BARE_CODE})(?<![\d/])\d{{3,4}}(?![\d/])",
            0.85,
            cue=r"\bcode\b",
        ),
        CuedPattern(
            "code_after_expiry",
            rf"(?<={_EXPIRY_THEN})(?<![\d/$])\d{{3,4}}(?![\d/]|[.,]\d)"
            # the answer ends there: not "12/25, 300 people came", "03/15, 250 dollars"
            r"(?=[ \t]*(?:$|[.,;!?)]|(?:and|is|that's|thats|right|please|thanks|thank|ok|okay|"
            r"sir|ma'?am|on|the)\b))",
            0.85,
            cue=r"\d[ \t]?(?:/|slash)[ \t]?(?:20)?[23]\d",
        ),
        CuedPattern(
            "named_code_after_expiry",
            rf"(?<={_STATED_EXPIRY}{_NAMED_CODE_LEAD})(?<![\d/])\d{{3,4}}(?![\d/]|[.,]\d)"
            + AMOUNT_NEXT,
            0.85,
            cue=r"\bexp",
        ),
        # Card, expiry, then the code, read in one answer: "5243 6610 8294 7719, 03 30, 614".
        CuedPattern(
            "code_after_card_and_expiry",
            rf"(?<={CARD_RUN}{AFTER_CARD}(?<![\d/]){CARD_THEN_MONTH_YEAR}{AFTER_CARD}"
            rf"{CODE_LEAD})(?<![\d/])\d{{3,4}}(?![\d/])" + AMOUNT_NEXT,
            0.85,
            cue=r"\d(?:[ \t]*[-.]?[ \t]*\d){12}",
        ),
        # The same read so fast that the card and expiry ran together: "5184…4392527 back
        # is 356" (validated by splitting the run into a Luhn-valid card and an expiry).
        CuedPattern(
            "code_after_glued_card_expiry",
            r"(?<=(?<!\d)\d{16,23}[ \t,]+(?:and[ \t]+)?(?:cvv|cvc|code|security code|"
            r"(?:the[ \t]+)?back(?:['\u2019]s|[ \t]+(?:is|says|reads))?)[ \t,:]+)"
            r"\d{3,4}(?![\d/])" + AMOUNT_NEXT,
            0.85,
            cue=r"\d{16}",
        ),
    )
    CONTEXT = ("cvv", "cvc", "security code", "back of the card")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The patterns; a code found only by following a card and its expiry needs a valid
        card before them."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if _follows_what_it_needs(text, r)]


def _follows_what_it_needs(text: str, result) -> bool:
    """A code found only by what precedes it needs that card (and expiry) to be real."""
    pattern = result.recognition_metadata.get("pattern_name")
    if pattern == "code_after_card_and_expiry":
        return after_card(text, result.start, expiry=True)
    if pattern == "code_after_glued_card_expiry":
        return after_glued_card_expiry(text, result.start)
    return True
