"""CARD_EXPIRY: a card's expiration date, "05/27", "oh five twenty seven", "may 2027"."""

from __future__ import annotations

import regex as re

from recognizers.base import MONTH, CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import digits_only, luhn_valid
from recognizers.spoken_normalizer import BACKCHANNEL

_CUE = r"\b(?:expir\w*|exp|expiry|valid (?:thru|through|until)|good (?:thru|through))\b"
# An amount's unit right after the digits: "exp 02 30 ... put 121 dollars on it", "cvv 406
# and just put 434 dollars on it" (the number is the amount, no expiry or code).
AMOUNT_NEXT = r"(?![ \t]*(?:dollars?|bucks|cents|%|percent)\b)"
# A hesitation said between the month and the year: "09, uh, 29", "07 um 26", "11... er... 27".
_PAUSE = r"(?:[ \t]*(?:,|\.{2,3}|\u2026|\u2014|--?)[ \t]*|[ \t]+)"
# (or the other side's backchannel written inside it: "oh five yep twenty-seven")
EXPIRY_HESITATION = (
    rf"(?:{_PAUSE}(?:{BACKCHANNEL}|uh+|um+|uhm|erm?|hmm+|hm|mm+|ah+)(?![\w'\u2019]))+{_PAUSE}"
)
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
# Month then year as printed on cards (MM/YY) and as read aloud ("0527", "may 27", "may 2027").
_MONTH_YEAR = (
    # "09/27", "09-27", and "09, 27" / "09 27" as a month and year said with a pause
    # (the month's "oh" said apart: "oh 3 slash thirty" -> "0 3 slash 30")
    # (the month may be named so: "month 12 of 2031")
    rf"(?:(?:month[ \t]+)?(?:0[ \t]?[1-9]|[1-9]|1[0-2])"
    rf"(?:\s?[/-]\s?|\s+slash\s+|,?[ \t]|\s+of\s+|{EXPIRY_HESITATION})(?:20)?\d{{2}}"
    rf"|(?:0[1-9]|1[0-2])(?:20)?\d{{2}}"
    # (a day is no year: "valid until april 13", "may 15th"; a card's bare year is 2024-39)
    rf"|{MONTH}\s+(?:(?:of\s+)?(?:20|')\d{{2}}|of\s+\d{{2}}|2[4-9]|3\d)(?!\d|st|nd|rd|th)"
    # "september slash 27", "sept/2028": a month named and a slash said
    rf"|{MONTH}(?:\s*/|\s+slash)\s*(?:20)?\d{{2}}"
    # "nine twenty nine" -> "929": a one-digit month before a year in the 2020s or 2030s.
    rf"|[1-9][23]\d"
    # the month as an ordinal, "of" the year: "the third of 2030", "11th of 2025"
    rf"|(?:the\s+)?(?:{_MONTH_ORDINAL}|(?:1[0-2]|0?[1-9])(?:st|nd|rd|th))\s+of\s+(?:20)?[2-4]\d)"
)


# A card number read out (13-19 digits in groups), then what follows it in the same breath.
CARD_RUN = r"(?<![\d.])(?<!\d[ \t]*[-.]?[ \t]*)\d(?:[ \t]*[-.]?[ \t]*\d){12,18}"
# Between the card and its expiry, or the expiry and its code: a pause, "and", "exp".
AFTER_CARD = (
    r"(?:[ \t]*[,;][ \t]*|[ \t]+)(?:(?:and|then|exp\w*|expir\w*|good thru|valid thru)[ \t,:]+)?"
)
# The expiry right after a card number: "03 30", "03/30", "0330", "3/2030".
CARD_THEN_MONTH_YEAR = (
    r"(?:(?:0?[1-9]|1[0-2])(?:[ \t]?[/-][ \t]?|[ \t]+slash[ \t]+|[ \t])?(?:20)?[23]\d"
    # the month named: "june 2031", "november of 27" (a day is no card year: "june 14")
    rf"|{MONTH}[ \t]+(?:of[ \t]+)?(?:20[23]\d|'?(?:2[4-9]|3\d))(?!\d|st|nd|rd|th))"
    r"(?![ \t]*(?:dollars?|bucks|cents|%|percent|minutes?|days?|months?|years?)\b)"
)
# What may come between the expiry and the code: a pause, "and", "cvv", or the code named
# by where it is printed ("03 30 back is 618", "the one on the back's 014").
CODE_LEAD = (
    r"(?:(?:cvv|cvc|code|security code|(?:the[ \t]+)?(?:one[ \t]+on[ \t]+the[ \t]+)?back"
    r"(?:['\u2019]s|[ \t]+(?:is|says|reads))?)[ \t,:]+)?"
)
_CARD_BEFORE = re.compile(rf"({CARD_RUN}){AFTER_CARD}$", re.IGNORECASE)
_CARD_EXPIRY_BEFORE = re.compile(
    rf"({CARD_RUN}){AFTER_CARD}(?<![\d/]){CARD_THEN_MONTH_YEAR}{AFTER_CARD}{CODE_LEAD}$",
    re.IGNORECASE,
)


# Card and expiry said in one breath and run together by the normaliser ("... three nine
# two five twenty-seven back is ..." -> "5184387109304392527 back is"), then a named code.
_GLUED_CARD_EXPIRY_BEFORE = re.compile(
    r"(?<!\d)(\d{13,19}?)(?:0?[1-9]|1[0-2])[23]\d[ \t,]+(?:and[ \t]+)?"
    r"(?:cvv|cvc|code|security code|(?:the[ \t]+)?back(?:['\u2019]s|[ \t]+(?:is|says|reads))?)"
    r"[ \t,:]+$",
    re.IGNORECASE,
)


def after_glued_card_expiry(text: str, start: int) -> bool:
    """True when a digit run ending right before a named code ("back is", "code") splits
    into a Luhn-valid card and a month-year expiry."""
    m = _GLUED_CARD_EXPIRY_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return False
    run = m.group(0)
    digits = run[: len(run) - len(run.lstrip("0123456789"))]
    # the card is 13-19 digits; the expiry after it 3 or 4 ("527", "1131")
    return any(
        13 <= len(digits) - cut <= 19
        and _is_month_year(digits[-cut:])
        and luhn_valid(digits[:-cut])
        for cut in (3, 4)
    )


def _is_month_year(digits: str) -> bool:
    """ "527" or "1131": a month and a card year in the 2020s or 2030s."""
    return 1 <= int(digits[:-2]) <= 12 and digits[-2] in "23"


def after_card(text: str, start: int, expiry: bool = False) -> bool:
    """True when a Luhn-valid card number (and, with ``expiry``, its expiry) ends right
    before ``start``, with only a pause between."""
    rx = _CARD_EXPIRY_BEFORE if expiry else _CARD_BEFORE
    m = rx.search(text, max(0, start - 80), start)
    return bool(m) and luhn_valid(digits_only(m.group(1)))


class CardExpiryRecognizer(SpokenPatternRecognizer):
    """Expiry dates: MM/YY anywhere (weak) and any month/year after an expiry cue (strong)."""

    ENTITY = "CARD_EXPIRY"
    PATTERNS = (
        # Printed MM/YY: weak alone (also a fraction or a date), strong with context.
        SpokenPattern(
            "mm_yy",
            r"(?<![\d/])(?:0[1-9]|1[0-2])(?:\s?/\s?|[ \t]+slash[ \t]+)(?:20)?\d{2}(?![\d/])",
            0.3,
        ),
        CuedPattern(
            "cued_expiry",
            rf"(?<={_CUE}{same_clause(30)})(?<![\d/]){_MONTH_YEAR}(?![\d/])"
            # (an amount said after the card: "exp 02 30 … put 121 dollars on it")
            + AMOUNT_NEXT,
            0.85,
            cue=_CUE,
        ),
        # "5243 6610 8294 7719, 03 30, 614": card, expiry and code read in one answer.
        CuedPattern(
            "expiry_after_card",
            rf"(?<={CARD_RUN}{AFTER_CARD})(?<![\d/]){CARD_THEN_MONTH_YEAR}(?![\d/])",
            0.85,
            cue=r"\d(?:[ \t]*[-.]?[ \t]*\d){12}",
        ),
    )
    CONTEXT = ("expiration", "expiry", "expires", "exp", "valid thru", "expire")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The patterns; an expiry found only by following a card needs a valid card."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if (
                r.recognition_metadata.get("pattern_name") != "expiry_after_card"
                or after_card(text, r.start)
            )
            # "issued march 2022, expires march 2030": a licence's or a passport's dates
            and not (
                r.recognition_metadata.get("pattern_name") == "cued_expiry"
                and _ISSUED.search(text, max(0, r.start - 60), min(len(text), r.end + 60))
            )
            and not (
                r.recognition_metadata.get("pattern_name") == "cued_expiry"
                and _not_a_card(text, r.start)
            )
        ]


# What else expires or is good through a date: "my license expires 8/23", "your payoff
# is … good through 9/18", "the quote is valid until may 2025".
_OTHER_THING = re.compile(
    r"\b(?:licen[cs]e|passport|permit|registration|tags?|id|lease|warranty|coupon|"
    r"offer|quote|payoff|pay-off|rate|price|membership|subscription|prescription|"
    r"certification|certificate|insurance|policy|contract|trial|promo|promotion|voucher|"
    # a loyalty scheme's balance: "860 points expiring on june 30"
    r"points?|miles|rewards?|credits?|balance|gift ?cards?|tickets?|passes|pass)\b",
    re.IGNORECASE,
)
_CARD_WORD = re.compile(r"\b(?:card|visa|mastercard|amex|discover|debit|credit)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s)(?!.*[.!?;]\s)", re.DOTALL)


def _not_a_card(text: str, start: int) -> bool:
    """The expiry cue's sentence, up to the date, names another thing that expires (a
    licence, a payoff quote) and no card."""
    head = text[max(0, start - 80) : start]
    begin = _SENTENCE_START.search(head)
    clause = head[begin.end() if begin else 0 :]
    # ("my visa expires 04/29" is the card: a travel visa is not told apart)
    return not _CARD_WORD.search(clause) and bool(_OTHER_THING.search(clause))


# A document's issue date said with its expiry (cards print no issue date).
_ISSUED = re.compile(r"\b(?:issued|issue date|date of issue|issuance)\b", re.IGNORECASE)
