"""US_BANK_NUMBER: bank account numbers, recognised by a bank-account cue."""

from __future__ import annotations

import regex as re

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer, same_clause
from recognizers.digit_safety_net_recognizer import _UNITS
from recognizers.spoken_person_recognizer import lexicon
from recognizers.spoken_phone_recognizer import (
    is_greeting_toll_free,
    is_menu_line,
    is_toll_free,
)

# US account numbers are 4-17 digits (Presidio's UsBankRecognizer uses 8-17; spoken
# confirmations often give fewer). Without a cue they are indistinguishable from any
# other number, so a cue is required.
_CUE = r"\b(?:checking|savings|bank account|bank|account at)\b"
# IBAN countries (ISO 13616) whose code is no English word ("at", "be", "it", "is", "no"
# and "me" are left out): the country, the two check digits, then groups of four.
_IBAN_COUNTRY = (
    r"(?:gb|de|fr|es|nl|ch|ie|pl|pt|dk|se|fi|lu|gr|cz|hu|ro|bg|hr|si|sk|lt|lv|ee|cy|mt|tr|"
    r"sa|ae|il|qa|kw|bh|li|mc|sm|gi|ba|rs|mk|md|ua|kz|jo|lb|ps|gl|fo|va)"
)

# Words said after a piece of an IBAN, not a group of it: "es 09 2100 then the rest".
_AFTER = (
    r"(?:then|that|this|than|they|them|with|from|have|here|there|what|when|your|mine|sure|"
    r"okay|yeah|yes|and|the|but|for|was|is|it|so|ok|um|uh|oh|is|to|of|on|in|at|or|no)"
)


# "account" said as a label, straight before its number: "then account 080 …", "the account
# number is …", "account #: …" (not "accounts", "account holder").
_ACCOUNT_NAMED = (
    r"\baccount(?:[ \t]+(?:number|no\.?|num|#))?(?:[ \t]+(?:is|was))?[ \t]*[:#,]?[ \t]*"
)

# Plural labels before numbers in a list, not a sort code: "pages 12 14 16", "rooms 21, 22".
_LISTED = (
    r"(?:pages?|chapters?|rooms?|rows?|seats?|lines?|items?|steps?|sections?|questions?|"
    r"options?|aisles?|gates?|weeks?|days?|years?|ages?|aged|sizes?|boxes|numbers|scores?)"
)


class BankAccountRecognizer(SpokenPatternRecognizer):
    """Digits after "checking", "savings", "bank account": "my checking is 000123456789"."""

    ENTITY = "US_BANK_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_account",
            rf"(?<={_CUE}{same_clause(40)})(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){{3,16}}(?![\d.,]\d)"
            # (not an amount: "that's 7200 points", "1500 dollars")
            rf"(?![ \t]*{_UNITS}\b)",
            0.7,
            cue=_CUE,
        ),
        # The account named by its last digits, as an agent confirms it: "savings ending
        # 7 3 6", "the checking account ending in 0192" (like "the card ending in 4431").
        CuedPattern(
            "account_ending",
            r"(?<=\b(?:checking|savings|bank account|account at [a-z]+)(?:[ \t]+account)?"
            r"[ \t]+(?:that[ \t]+)?(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t,:]+)"
            r"(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){2,5}(?![\d.,]\d)(?![ \t]*(?:dollars?|percent|%))",
            0.7,
            cue=r"\b(?:ending|ends)\b",
        ),
        # "account ending 994" beside a routing number: the bank account, however
        # plainly it is named ("so routing 322078532, account ending 994").
        CuedPattern(
            "account_ending_beside_routing",
            r"(?<=\baccount[ \t]+(?:that[ \t]+)?(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t,:]+)"
            r"(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){2,5}(?![\d.,]\d)(?![ \t]*(?:dollars?|percent|%))",
            0.7,
            cue=r"\brouting\b",
        ),
        # The account number given beside its routing number, however plainly named: "routing
        # is 156 941 401, then account 080 814 0006", "account 7720113455 and routing …".
        CuedPattern(
            "account_beside_routing",
            rf"(?<={_ACCOUNT_NAMED})(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){{3,16}}(?![\d.,]\d)"
            rf"(?![ \t]*{_UNITS}\b)",
            0.7,
            cue=r"\brouting\b",
        ),
        # A British sort code said as three pairs, by the caller or read back by the agent:
        # "thirty, ninety-four, fifty-seven" (normalised "30, 94, 57"), "83-44-02", "eight
        # three, 44 oh two" (weak alone: "sort code" asked or near, or the account number
        # asked next, make it; not a time, an amount or a count).
        SpokenPattern(
            "sort_code_pairs",
            rf"(?<![\d$£€.,:/])(?<![$£€][ \t])(?<!\b{_LISTED}[ \t]+)"
            r"\d{2}(?:(?:[ \t]*[-,.][ \t]*|[ \t]+)\d{2}){2}"
            rf"(?![\d:])(?![.,]\d)(?![ \t]*(?:{_UNITS}\b|%))",
            0.3,
        ),
        # The start of an IBAN, however it is read (a whole IBAN is Presidio's): "GB 38
        # UWVS 7477", "gb 86 BYKM" (the normaliser joins spelled letters), "DE44 5001 0517".
        SpokenPattern(
            "iban_start",
            # (not a motor carrier's "MC 889412": Monaco's IBAN is 27 characters)
            r"(?!mc[ \t-]?\d{5,8}\b)"
            rf"\b{_IBAN_COUNTRY}[ \t-]?\d{{2}}(?=[ \t-]?[a-z0-9])"
            rf"(?:[ \t-]?(?!{_AFTER}\b)[a-z0-9]{{4}}\b){{1,8}}"
            # (a short last group has a digit: "DE55 4881 got it" ends at 4881)
            rf"(?:[ \t-]?(?!{_AFTER}\b)(?=[a-z]{{0,2}}\d)[a-z0-9]{{1,3}}\b)?(?![.,]\d)",
            0.6,
        ),
        # ... and of the countries whose code is an English word, spelled out (the normaliser
        # writes spelled letters in capitals): "I T 60 X 054 2811 1010", "B E 71 0961 2345".
        # Ten characters or more must follow, so "IT 25 …" in a sentence stays.
        SpokenPattern(
            "iban_start_spelled",
            r"(?-i:\b(?:IT|AT|BE|IS|NO|ME))[ \t-]?\d{2}(?=(?:[ \t-]?[a-z0-9]){10})"
            rf"(?:[ \t-]?(?!{_AFTER}\b)(?=[a-z]*\d|[a-z]\b)[a-z0-9]{{1,24}}\b){{1,8}}(?![.,]\d)",
            0.6,
        ),
    )
    CONTEXT = ("checking", "savings", "bank", "account", "sort code", "sort-code", "sortcode")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Account numbers, less a year named after the bank: "a HELOC with the bank
        recorded in 2019"."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # (nor a company's menu line rung: "called the 800 … line and pressed one", nor the
        # toll-free line a bank's greeting gives: "you've reached Harbor Savings at 800 …")
        return [
            r
            for r in results
            if not _year(text, r.start, r.end)
            and not _business_line(text, r.start, r.end)
            and not is_menu_line(text, r.end)
            and not is_greeting_toll_free(text, r.start, r.end)
        ]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A group of an IBAN is no English word: "de 12 bank" is no IBAN (a toll-free line
        is checked in ``analyze``, where the words around it are known)."""
        return any(
            w.isalpha() and len(w) == 4 and lexicon().is_word(w.lower())
            for w in pattern_text.split()
        )


_ACCOUNT_BEFORE_ROUTED = re.compile(rf"{_ACCOUNT_NAMED}$", re.IGNORECASE)
_ROUTING = re.compile(r"\brouting\b", re.IGNORECASE)


def _business_line(text: str, start: int, end: int) -> bool:
    """A toll-free line ("reach the bank at 1-800-555-0100") is the company's, not an
    account; but a number named "account" beside a routing number is the caller's, however
    like a British freephone it looks ("then account 080 814 0006")."""
    if not is_toll_free(text[start:end]):
        return False
    named = _ACCOUNT_BEFORE_ROUTED.search(text, max(0, start - 40), start)
    return not (named and _ROUTING.search(text))


_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(
    r"(?<!\b(?:ends|ending|ended|end)[ \t]+)"
    r"\b(?:in|since|from|until|by|before|after|during|of|year)[ \t,]*$"
)


def _year(text: str, start: int, end: int) -> bool:
    """A year said as one: "recorded in 2019", "since 2021" (a four-digit account piece is
    said without "in": "my checking ends 2019")."""
    return bool(_YEAR.fullmatch(text, start, end)) and bool(
        _YEAR_BEFORE.search(text, max(0, start - 12), start)
    )
