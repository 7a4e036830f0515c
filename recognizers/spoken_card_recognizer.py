"""CREDIT_CARD: payment card numbers, full (Luhn) or the last four with a card cue."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.checksums import digits_only, luhn_valid

_CARD_CUE = (
    r"\b(?:card|visa|master\s?card|amex|american express|discover|debit|credit|"
    r"card number|account ending)\b"
)


# The last four end where an amount said straight after them begins: "card ending five
# three one two forty four dollars" is normalised "531244 dollars".
_THEN_AMOUNT = r"(?:(?!\d)|(?=\d{1,2}[ \t]+(?:dollars?|bucks|pounds?|quid|euros?|cents?|pence)\b))"


# What follows two digits that are a quantity or a time, not a number's last digits:
# "the card offer ends in 30 days", "it ends in 15 or 20 minutes".
_SHORT_ENDING_UNITS = (
    r"(?:dollars?|bucks|cents?|percent|%|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|yrs?|miles?|points?|am|pm|a\.m\.|p\.m\.|o'?clock|th|st|nd|rd)"
)


def short_ending(cue: str) -> str:
    """Two last digits of a number named by ``cue``, as a caller gives them unsure, the
    first or the second of two guesses: "the old card ends in 42... or maybe 44", "I
    think it ends in 39, or it might be 32", or corrected: "ending 59 uh sorry 52" (both
    are the number's own digits; not an amount, a time or a date after them)."""
    value = r"(?<![\d$.,:/])\d[ \t]?\d(?![\d:/])(?![.,]\d)"
    not_unit = (
        rf"(?![ \t-]*(?:(?:or|to|and|-)[ \t]*(?:maybe[ \t]+)?\d+[ \t-]*)?{_SHORT_ENDING_UNITS}\b)"
    )
    ends = (
        r"\b(?:ends|ended|ending)(?:[ \t]+(?:in|with))?[ \t,:]+(?:like[ \t]+|um[ \t,]+|uh[ \t,]+)?"
    )
    guess = (
        r"(?:\.{2,3}|…|,)?[ \t]+(?:or[ \t]+)?(?:maybe|perhaps|possibly|probably|"
        r"(?:it|that)[ \t]+(?:might|could|may)[ \t]+be"
        # or corrected: "account ending 59 uh sorry 52", "ends in 42, i mean 44"
        r"|(?:(?:uh|um|er)[ \t,]+)?(?:sorry|i[ \t]+mean|no[ \t]+wait|rather))[ \t,]+"
    )
    return rf"(?<={cue}{same_clause(40)}{ends}(?:{value}{guess})?){value}{not_unit}"


class SpokenCardRecognizer(SpokenPatternRecognizer):
    """Card numbers as read aloud or written: "4111 1111 1111 1111", "card ending in 4431"."""

    ENTITY = "CREDIT_CARD"
    NEEDS_DIGITS = True
    PATTERNS = (
        # ISO/IEC 7812: 13-19 digits, printed in groups of 4 (Amex 4-6-5); Luhn decides.
        SpokenPattern(
            "card_number",
            # (an expiry after it is not its last group: "4024 0071 4472 8893, 10/27")
            r"(?<![\d.])\d(?:[ \t]*[-.,]?[ \t]*\d){12,18}(?![\d/])",
            0.5,
        ),
        # Agents confirm cards by their last four: "the card ending in 4431",
        # "visa ending 4431", "last four digits of the card are 4431".
        CuedPattern(
            "card_last_four",
            rf"(?<={_CARD_CUE}{same_clause(40)}\b(?:ending|ends|last (?:four|4)"
            rf"(?: digits)?)\b{same_clause(25)})(?<!\d)\d{{4}}{_THEN_AMOUNT}",
            0.85,
            cue=_CARD_CUE,
        ),
        # The card named earlier in the turn: "That's my old card. … The new one ends 6244."
        CuedPattern(
            "card_one_ends",
            rf"(?<={_CARD_CUE}[^\n]{{0,160}}?\b(?:one|1|card|it|that|this|mine)[ \t]+"
            rf"(?:ends|ending)[ \t]+(?:in[ \t]+|with[ \t]+)?)(?<!\d)\d{{4}}{_THEN_AMOUNT}",
            0.85,
            cue=r"\b(?:ends|ending)\b",
        ),
        # A card named by three of its last digits, as an agent reads them back: "the card
        # ending 043 was …", "a card ending in 279, is that the one" (not an amount or a
        # time: "the card ends in 30 days").
        CuedPattern(
            "card_short_ending",
            rf"(?<={_CARD_CUE}{same_clause(40)}\b(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t,:]+)"
            r"(?<![\d$.,])\d{3}(?![\d:])(?![.,]\d)"
            r"(?![ \t-]*(?:dollars?|bucks|cents?|percent|%|days?|weeks?|months?|years?|"
            r"minutes?|hours?|am|pm)\b)",
            0.8,
            cue=r"\b(?:ends|ending)\b",
        ),
        # A card of several named only as "the one ending" or a bare "Ending in", as
        # callers list disputed charges: "$64.85. Ending in 1666.", "twenty dollars on
        # the one ending 1666" (the card named turns before; an amount may lead in).
        CuedPattern(
            "card_listed_by_ending",
            r"(?<=(?:[.!?;:,][ \t]*|\b(?:the|that|this|my|your)[ \t]+(?:one|1)[ \t]+)"
            r"(?:(?:that|which)[ \t]+)?"
            r"(?:ending|ends)[ \t]+(?:in[ \t]+|with[ \t]+)?)(?<!\d)\d{4}(?!\d)(?![ \t]*\d)",
            0.85,
            cue=r"\b(?:ending|ends)\b",
        ),
        # A card called by its last four as its name: "the 3064 card", "my 4431 visa".
        CuedPattern(
            "card_named_by_four",
            r"(?<=\b(?:the|my|that|this|your|our)[ \t]+)(?<!\d)\d{4}"
            r"(?=[ \t]+(?:card|visa|master[ \t]?card|amex|discover|debit|credit)\b)",
            0.85,
            cue=_CARD_CUE,
        ),
        CuedPattern("card_short_ending_guess", short_ending(_CARD_CUE), 0.6, cue=_CARD_CUE),
        CuedPattern(
            "last_four_of_card",
            rf"(?<=\blast (?:four|4)(?: digits)? (?:of|on) (?:the|your|my) "
            rf"(?:\w+ )?card\b{same_clause(25)})(?<!\d)\d{{4}}(?!\d)",
            0.85,
            cue=r"\blast (?:four|4)",
        ),
    )
    CONTEXT = ("card", "credit", "debit", "visa", "mastercard", "amex", "discover", "number")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The patterns, plus a card read straight into its expiry and code: "5243 6610 8294
        7719, 03 30, 614" runs 23 digits together; its Luhn-valid 13-19 digit head, cut
        where a group ends, is the card."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        taken = [(r.start, r.end) for r in results]
        for m in _LONG_RUN.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            end = _card_head(m)
            if end is not None:
                results.append(self._result(m.start(), end, "card_number_head"))
        for m in _HOMOPHONE_TAIL.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _homophone_card(m.group(1), _HOMOPHONE_DIGIT[m.group(2).lower()]):
                results.append(self._result(m.start(), m.end(), "card_homophone_tail"))
        for m in _WORD_ONE_RUN.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _word_one_card(m.group()):
                results.append(self._result(m.start(), m.end(), "card_word_one"))
        return results

    def _result(self, start: int, end: int, pattern_name: str) -> RecognizerResult:
        """A card found outside the patterns, scored as sure as a Luhn pass makes it."""
        return RecognizerResult(
            self.ENTITY,
            start,
            end,
            1.0,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "pattern_name": pattern_name,
            },
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn for full numbers; the last four have no checksum to test."""
        digits = digits_only(pattern_text)
        if len(digits) <= 4:
            return None
        return 13 <= len(digits) <= 19 and luhn_valid(digits)


# A card read out whose last digit is a homophone the normaliser left a word: "... twenty
# eight seventy for" (4); the card is the run and the word when the two pass Luhn.
_HOMOPHONE_TAIL = re.compile(
    r"(?<![\d.])(\d(?:[ \t]*[-.,]?[ \t]*\d){11,17})[ \t]+(for|fore|to|too)\b"
    # (not the preposition: "... 870 for you", "... to the account")
    r"(?![ \t]+(?:you|me|us|him|her|them|the|a|an|my|your|his|their|our|that|this|it|now|"
    r"today|payment|confirm|verify|check|be)\b)",
    re.IGNORECASE,
)
_HOMOPHONE_DIGIT = {"for": "4", "fore": "4", "to": "2", "too": "2"}


def _homophone_card(run: str, digit: str) -> bool:
    """True if the run with the homophone's digit is a card: the digit comes after the run
    ("... zero for", 04) or in the place of a tens word's zero ("seventy for", 74)."""
    digits = digits_only(run)
    readings = [digits + digit]
    if digits.endswith("0"):
        readings.append(digits[:-1] + digit)
    return any(13 <= len(d) <= 19 and luhn_valid(d) for d in readings)


# A card read in mixed groups with "one" left a word between them (the normaliser keeps a
# lone "one" as the pronoun): "5594 05 89 3 3 17 one 356"; Luhn over the digits decides.
_WORD_ONE_RUN = re.compile(
    r"(?<![\d.])\d+(?:[ \t]*[-.,]?[ \t]*\d+|[ \t]+one(?=[ \t]+\d))+", re.IGNORECASE
)


def _word_one_card(run: str) -> bool:
    """True if the run, its word "one" read as 1, is a 13-19 digit Luhn-valid card."""
    if not re.search(r"(?i)\bone\b", run):
        return False
    digits = digits_only(re.sub(r"(?i)\bone\b", "1", run))
    return 13 <= len(digits) <= 19 and luhn_valid(digits)


# Digits in groups, run on past a card's 19: the card, then its expiry and code.
_LONG_RUN = re.compile(r"(?<![\d.])\d(?:[ \t]*[-.,]?[ \t]*\d){13,30}(?!\d)")
_GROUP_END = re.compile(r"\d(?=[ \t]*[-.,]?[ \t]+\d|[ \t]*[-.,][ \t]*\d)")


def _card_head(m: re.Match) -> int | None:
    """End offset of the longest Luhn-valid 13-19 digit head of ``m`` that ends a group."""
    best = None
    count = 0
    value = m.group()
    for k, ch in enumerate(value):
        if not ch.isdigit():
            continue
        count += 1
        if count > 19:
            break
        if count >= 13 and _GROUP_END.match(value, k):
            head = digits_only(value[: k + 1])
            if luhn_valid(head):
                best = m.start() + k + 1
    return best
