"""DATE_OF_BIRTH: a date (or birth year) that a birth cue ties to a person."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from recognizers.base import (
    DATE,
    DAY,
    MONTH,
    OLD_FULL_DATE,
    YEAR,
    CuedPattern,
    SpokenPattern,
    SpokenPatternRecognizer,
    same_clause,
)

_CUE = r"\b(?:born|birth|birthday|birthdate|b-?day|dob|d o b|date of birth)\b"
# Digits read as M(M)D(D)YY(YY): "oh three fifteen nineteen eighty five" -> 03151985,
# "nine twenty one seventy two" -> 92172.
_DIGIT_DATE = r"(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])(?:(?:19|20)\d{2}|\d{2})"
# A false start corrected to a birth date: "the ninth no wait the 19th of november 1970",
# "july 12th sorry july 21st 1990". The day may still be a word ("ninth"). Without a month
# only an ordinal reads as a day: "it's the 17, no sorry, 2 june 1954" may be anything.
_UNIT_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_DAY_WORD = (
    rf"(?:{_UNIT_ORD}|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    rf"twentieth|twenty[ -]{_UNIT_ORD}|thirtieth|thirty[ -]first)"
)
_DAY_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_CORRECTION = r"(?:no|sorry|wait|i mean|actually|my bad|scratch that|oops)"
_FALSE_START = (
    rf"(?:{MONTH}\s+(?:the\s+)?(?:{DAY}|{_DAY_WORD})|the\s+(?:{_DAY_ORDINAL}|{_DAY_WORD}))\b"
    rf"(?=[ \t,.]*{_CORRECTION}\b[^.?!\d]{{0,20}}?\b{OLD_FULL_DATE})"
)


# A birth date said year first, its parts named as on a form (callers who learnt English
# late): "year is 1985, month 10, day third", "born in 1990, month 2, the 18", "year is
# 2001, january, day 8". Each part after the year is found apart: "month 10", then the day.
_YEAR_SAID_FIRST = rf"\b(?:year(?:'s|[ \t]+is|[ \t]+was)?|born[ \t]+in)[ \t,:]+(?:{YEAR}|'?\d{{2}})"
_NAMED_MONTH = rf"(?:month(?:[ \t]+is)?[ \t]+(?:1[0-2]|0?[1-9])(?!\d)|{MONTH}(?!\w))"
_NAMED_DAY = (
    rf"(?:day(?:[ \t]+is)?|the)[ \t]+(?:{_DAY_WORD}|{_DAY_ORDINAL}|[12]\d|3[01]|0?[1-9])(?!\d)"
)
_PART_GAP = r"(?:[ \t]*,[ \t]*|[ \t]+)(?:and[ \t]+)?"
_PARTS_BEFORE = rf"{_YEAR_SAID_FIRST}(?:{_PART_GAP}(?:{_NAMED_MONTH}|{_NAMED_DAY}))?{_PART_GAP}"
# (a count after the day is no day: "born in 1990, the 23 of us")
_NOT_COUNTED = r"(?![ \t]*(?:of|years?|months?|weeks?|times?|kids|children|%|percent)\b)"

# A date with a short year, then the order it was said in: "the 21st of november, 50 day
# first" (no count: the note's "day" is why the base DATE leaves the "50" out).
_DATE_THEN_ORDER = (
    rf"(?:(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+(?:the\s+)?{DAY}),?\s*'?\d{{2}}"
    r"(?=[ \t]+(?:day|month|year)[ \t]+first\b)"
)
# A birth date said as eight digits, day first: "born on 27051942" (a day over 12 reads
# only so; a day of 12 or under is the month-first "_DIGIT_DATE").
_DAY_FIRST_DIGITS = r"(?:1[3-9]|2\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}"

# A written day-first date in a birth-year range: "27/04/1979" (a day over 12 reads only so).
_OLD_DAY_FIRST = r"(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19\d{2}|200\d|201[0-2])"

# A full date said right after who it belongs to, as a parent lists children:
# "elsa she's may 2nd 2019", "my son, march 3rd 2018", "and my daughter's june 5 2020".
_WHOSE = (
    r"\b(?:she's|shes|he's|hes|she is|he is|(?:my |our )?(?:son|daughter|child|kid|baby)"
    r"(?:'s|s| is)?)[ \t,]+"
    # (the child's name between: "my daughter, Lindsay Golden, May 28 2016")
    r"(?:(?:the|a|an|and|then|born|is|was|on|in)\b[ \t,]+)?"
    r"(?:(?!(?:the|a|an|and|then|born|is|was|on|in|due|has|had|appointment|visit|class|"
    r"game|school|surgery|flight|party|practice|recital|graduation|exam|test|lesson|camp|trip|"
    r"starts?|started|leaves?|left|moved|came|got|booked|scheduled|going|coming|for|at|to|"
    r"from|by|with|until|since|through|thru|till|til|before|after|under|over|aged?|ages|"
    r"each|per|every|only|older|younger)\b)[^\W\d_][\w'-]*[ \t,]+){0,2}"
)

# Who is calling, said in the same turn: a name, a zip, the last four of a social, an email,
# a phone. Run-on turns list these with the birth date in one breath, and no cue names it:
# "this is dana cole march 26th 98 ssn last four ...", "zip 60614 august 26th 97".
_IDENTITY_CUE = (
    r"\b(?:this is|my name is|name is|name's|names|zip|postal|ssn|social security|"
    r"last four|e-?mail|email's|phone|cell|mobile|dot com)\b"
)
# A year said short in a birth-year range (1930-1999, 2000-2012): never this year or next.
_SHORT_OLD_YEAR = r"(?:[3-9]\d|0\d|1[0-2])"
# A day, a month and a short year: "march 26th 98", "the 14th of november 98". A count or
# a time after it is no year: "the 5th of may, 45 minutes late".
_SHORT_YEAR_DATE = (
    rf"(?:{MONTH}\s+(?:the\s+)?{DAY}|(?:the\s+)?{DAY}\s+of\s+{MONTH}),?\s+"
    rf"{_SHORT_OLD_YEAR}(?![\d:%])"
    r"(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|dollars?|bucks|cents|"
    r"percent|people|am|pm|a m|p m|o'?clock)\b)"
)
# The same date said as digits, month first: "ten twenty six sixty one" -> 102661. Not an
# amount or a number that an id word leads ("order 102661", "$102661").
_DIGIT_SHORT_DATE = (
    r"(?<![\d$.,#])(?<!\b(?:number|no|order|account|acct|id|claim|case|ticket|reference|"
    r"confirmation|policy|member|customer|invoice|zip|postal|code|pin)[ \t]{1,3})"
    rf"(?:0?[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_SHORT_OLD_YEAR}"
    r"(?![\d%])(?!\s*(?:dollars?|bucks|cents|percent|minutes?|hours?|miles?)\b)"
)

# A full date with a birth year read back to be confirmed: "okay and that's december 10th
# 91 right", "so 081340, correct?". Agents confirm the birth date, not a bill's date.
_CONFIRM_BEFORE = (
    r"(?<=\b(?:that's|thats|that is|is that|was that|so|to confirm|confirming)[ \t,]+)"
)
_CONFIRM_AFTER = r"(?=[ \t,]*(?:right|correct|yes|yeah|is that (?:right|correct)|\?))"


class DateOfBirthRecognizer(SpokenPatternRecognizer):
    """Dates of birth: "born june 24th 1985", "dob 03/15/1985", "date of birth is 03151985".

    A date alone is not PII (due dates, appointment dates), so every pattern is cued
    or weak; the analyzer's context boost and the agent's question do the rest.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (
        CuedPattern("cued_date", rf"(?<={_CUE}{same_clause(30)})\b{DATE}", 0.85, cue=_CUE),
        CuedPattern(
            "cued_digits",
            rf"(?<={_CUE}{same_clause(30)})(?<!\d){_DIGIT_DATE}(?!\d)",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "cued_day_first_digits",
            rf"(?<={_CUE}{same_clause(30)})(?<!\d){_DAY_FIRST_DIGITS}(?!\d)",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "cued_date_then_order",
            rf"(?<={_CUE}{same_clause(30)})\b{_DATE_THEN_ORDER}",
            0.85,
            cue=_CUE,
        ),
        # The month and the day named after a year said first ("month 10", "day third").
        CuedPattern(
            "named_month",
            rf"(?<={_PARTS_BEFORE})month(?:[ \t]+is)?[ \t]+(?:1[0-2]|0?[1-9])(?!\d){_NOT_COUNTED}",
            0.6,
            cue=_YEAR_SAID_FIRST,
        ),
        CuedPattern(
            "named_day",
            rf"(?<={_PARTS_BEFORE}(?:day(?:[ \t]+is)?|the)[ \t]+)"
            rf"(?:{_DAY_WORD}|{_DAY_ORDINAL}|[12]\d|3[01]|0?[1-9])(?!\d){_NOT_COUNTED}"
            r"(?![ \t]*days?\b)",
            0.6,
            cue=_YEAR_SAID_FIRST,
        ),
        CuedPattern(
            "cued_year",
            # not an age said after it: "born in eighty four, i'm forty two"
            rf"(?<=\bborn\b{same_clause(12)})(?<!\b(?:i'?m|i am|aged?|turned?|turning)[ \t]+)"
            rf"(?<!\d)'?(?:{YEAR}|\d{{2}})(?!\d)"
            # nor a span of time since then: "open since he was born, so 19 years"
            r"(?![ \t]*(?:years?|yrs|months?|weeks?|days?|hours?|times?|dollars?|percent|%)\b)",
            0.6,
            cue=r"\bborn\b",
        ),
        # A full date in a past birth-year range: likely a birth date even without a cue.
        SpokenPattern("old_full_date", rf"\b{OLD_FULL_DATE}", 0.5),
        # The same written day first, as most countries write it: "19/06/1981".
        SpokenPattern("old_day_first", rf"(?<![\d/.-]){_OLD_DAY_FIRST}(?![\d/])", 0.5),
        # A full date with a short birth year in a turn that says who the caller is.
        CuedPattern("identity_short_year", rf"\b{_SHORT_YEAR_DATE}", 0.5, cue=_IDENTITY_CUE),
        CuedPattern("identity_digit_date", _DIGIT_SHORT_DATE, 0.5, cue=_IDENTITY_CUE),
        CuedPattern(
            "read_back_short_year",
            rf"{_CONFIRM_BEFORE}(?:{_SHORT_YEAR_DATE}|{_DIGIT_SHORT_DATE}){_CONFIRM_AFTER}",
            0.5,
            cue=r"\b(?:right|correct|yes|yeah)\b|\?",
        ),
        CuedPattern("whose_date", rf"(?<={_WHOSE}){DATE}", 0.6, cue=_WHOSE),
        CuedPattern("false_start", rf"\b{_FALSE_START}", 0.6, cue=rf"\b{_CORRECTION}\b"),
        # The year said first: "1985, march 3rd", "1972 july the 9th". Weak like any date.
        SpokenPattern(
            "year_first",
            rf"(?<![\d$.,]){YEAR},?\s+{MONTH}\s+(?:the\s+)?{DAY}\b(?![:\d])",
            0.15,
        ),
        # "twenty fourth" heard as "twenty for": "the 20 for of august 1978" (the
        # normaliser leaves the homophone); a day and a month, nothing else reads so.
        SpokenPattern(
            "heard_ordinal",
            rf"\b(?:the\s+)?20\s+(?:for|fore|forth)\s+(?:of\s+)?{MONTH}"
            rf"(?:,?\s*(?:{YEAR}|'?\d{{2}}(?![\d:%])))?",
            0.5,
        ),
        # Any full date with a year: weak; a birth cue nearby or the question lifts it.
        SpokenPattern("date_with_year", rf"\b{DATE}", 0.15),
    )
    CONTEXT = ("born", "birth", "birthday", "dob", "date of birth")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The patterns; a weak date that a deadline or a schedule leads is no birth date
        ("due september 15th", "renews on march 3rd 2027")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _an_event_date(text, r)]


def _an_event_date(text: str, result: RecognizerResult) -> bool:
    """A weak or uncued date that reads as the date of something done or booked."""
    name = result.recognition_metadata.get("pattern_name")
    if name not in _WEAK and name not in _IDENTITY:
        return False
    start, end = result.start, result.end
    if name in _IDENTITY and _TIME_LEAD.search(text, max(0, start - 25), start):
        return True
    return bool(
        _DEADLINE.search(text, max(0, start - 30), start)
        or _EVENT_ON.search(text, max(0, start - 40), start)
        or OFFERED_ON.search(text, max(0, start - 40), start)
        or _RANGE_START.match(text, end)
        or _range_end(text, start, end)
        or _booked_slot(text, start, end)
    )


def _range_end(text: str, start: int, end: int) -> bool:
    """A date that ends a span of time: "employed from March 2019 to January 2023"."""
    lead = _RANGE_TO.match(text, start, end)
    at = lead.end() if lead else start
    return bool(_RANGE_FROM.search(text, max(0, at - 40), at))


def _booked_slot(text: str, start: int, end: int) -> bool:
    """A date with a weekday before it or a clock time after it is a booking, no birth
    date: "we have saturday may tenth at eight a m open", "on March 14 at 8:30 PM"."""
    return bool(
        _WEEKDAY_BEFORE.search(text, max(0, start - 20), start) or _CLOCK_AFTER.match(text, end)
    )


_WEAK = frozenset({"date_with_year", "year_first"})
_IDENTITY = frozenset({"identity_short_year", "identity_digit_date", "read_back_short_year"})
# A word that makes the date when something happened, not a birth date: "on march 3rd 98",
# "since the 4th of may 02", "moved in july 9th 99", "last charged 102661".
_TIME_LEAD = re.compile(
    r"\b(?:on|since|from|in|of|until|till|by|after|before|last|around|about|opened|started|"
    r"joined|moved|bought|purchased|charged|paid|called|visited|happened|dated?)"
    r"[ \t,]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t,]+(?:the[ \t]+)?$", re.IGNORECASE
)
# A time of day after a date: "at 8:30 PM", "at eight a m", "at noon", "from 9 to 11".
_CLOCK_AFTER = re.compile(
    r"[ \t,]*(?:at|@|from|between)[ \t]+(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?"
    r"(?:[ \t]*(?:a\.?m\.?|p\.?m\.?|a m|p m))?|noon|midnight|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?:[ \t]+(?:o'?clock|thirty|fifteen|forty[ -]five|a m|p m|am|pm))?)\b"
    r"(?![ \t]*(?:years?|months?|weeks?|days?)\b)",
    re.IGNORECASE,
)
# What leads a date that is a deadline or a booking: "due", "renews on", "by".
_DEADLINE = re.compile(
    r"\b(?:due(?:[ \t]+back)?|payable|renews?|renewal|expires?|expiring|expiry|until|till|"
    r"before|starting|"
    # a bound of a range of dates: "so any date after June 19th", "no later than"
    r"after|(?:on[ \t]+or[ \t]+)?(?:after|before)|(?:no[ \t]+)?(?:later|earlier)[ \t]+than|"
    r"starts?|effective|scheduled(?: for)?|booked(?: for)?|appointment(?: is)?|deadline(?: is)?|"
    r"by|from)[ \t]+(?:on[ \t]+|by[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# The start of a span of time before a date: "from March 2019 to", "between 2001 and".
_RANGE_FROM = re.compile(
    r"\b(?:from|between|since)\b[^.?!]{0,25}?\b(?:19|20)\d{2}[ \t,]+"
    r"(?:to|through|thru|until|till|and|-)[ \t]+$",
    re.IGNORECASE,
)
# A thing done on a date, which no birth date is: "the check was mailed on June 12",
# "credited to her account on August 19", "I'll termination-date it as October 31st".
_EVENT_ON = re.compile(
    r"\b(?:mailed|sent|shipped|credited|debited|charged|refunded|paid|deposited|posted|"
    r"issued|dismissed|filed|processed|cancell?ed|closed|opened|submitted|approved|denied|"
    r"terminated|billed|transferred|returned|delivered|received|applied|signed|"
    r"(?:termination|end|start|effective)[ -]dated?(?:[ \t]+it)?)\b"
    r"[^.?!]{0,25}?[ \t]+(?:on|as|as of)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A date offered for a booking or a visit had with someone: "I have openings on December
# 14th", "the next available slot is on june 3", "that was with Marguerite on March 2".
OFFERED_ON = re.compile(
    r"\b(?:openings?|availability|available|slots?|spots?|appointments?|visits?|sessions?|"
    r"with)\b[^.?!]{0,25}?[ \t]+on[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A date that opens a span of days: "week 2 is June 16th to 20th".
_RANGE_START = re.compile(
    r"[ \t]*(?:to|through|thru|until|till|-|\u2013)[ \t]*(?:the[ \t]+)?"
    r"(?:[0-3]?\d(?:st|nd|rd|th)?)\b(?![ \t]*(?:,[ \t]*)?(?:19|20)\d{2})",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"(?:to|through|thru|until|till)[ \t]+", re.IGNORECASE)
