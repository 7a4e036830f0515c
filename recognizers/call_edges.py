"""Where a found value really starts and ends in the original turn text.

Recognizers find the core of a value; Whisper writes its edges apart: an initial or a
"Jr." around a name, a letter prefix before an identifier's digits, a spelled run cut
off at a turn's edge, a value found in pieces. These grow each span to the whole value,
so no part of it stays readable.
"""

from __future__ import annotations

import regex as re

from pipeline.schema import PiiEntity
from recognizers.call_names import COMMON_WORDS, NOT_NAME_WORD
from recognizers.name_gazetteer_recognizer import CONTRACTION, EVERYDAY_FIRSTS
from recognizers.spoken_email_recognizer import NOT_LOCAL
from recognizers.spoken_normalizer import BACKCHANNEL, NATO_WORD
from recognizers.spoken_person_recognizer import (
    OPENING_GREETING,
    PARTICLES,
    SPEAKING_AFTER,
    fold,
    lexicon,
)

# A short hesitation said between two pieces of one number: "six uh what is it four
# eight five", "two sixteen let me see hyphen six four", "plus nine um one nine four hold
# on nineteen", "… eight one four forty uh what is it two ninety four".
_HESITATION_WORD = (
    r"(?:uh|um|uhm|er|erm|hmm|hm|mm|what[ \t]+is[ \t]+it|what's[ \t]+it|let[ \t]+me[ \t]+see|"
    r"let's[ \t]+see|hold[ \t]+on|hang[ \t]+on|one[ \t]+sec|one[ \t]+second|just[ \t]+a[ \t]+sec|"
    r"where[ \t]+was[ \t]+i|hyphen|dash)"
)
# A pause between two pieces of one number: a hesitation phrase ("uh what is it", "let me
# see", "hold on") or a written ellipsis ("779... 555... 0113").
# (after a first hesitation, "wait" or "sorry" still pauses: "5131 0953 hmm wait oh six",
# "487 6102 hmm sorry 72"; a bare "no wait" corrects, see ``_CORRECTION_PHRASE``)
_PAUSE_GAP = (
    rf"(?:[ \t,]+{_HESITATION_WORD}(?:[ \t,]+(?:{_HESITATION_WORD}|wait|sorry)){{0,2}}[ \t,.]+"
    r"|[ \t,]*(?:\.{2,4}|\u2026)[ \t,]*)"
)
# Between two pieces of one value read in groups: "6011 one one one, one one one one, 1117".
_PIECE_GAP = re.compile(rf"[\s,.;:/-]{{1,3}}|{_PAUSE_GAP}", re.IGNORECASE)


def _resized(e: PiiEntity, start: int, end: int) -> PiiEntity:
    """``e`` over ``start:end``; the same object when nothing moved."""
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity(e.entity_type, start, end, e.score, e.recognizer)


# Between the pieces of a date said with a pause: "the twenty seventh um of june 1986".
# ("august hmm ninth nineteen seventy", "the twenty seventh of er let me see june 1966")
_DATE_GAP = re.compile(
    r"[ \t,]+(?:(?:uh|um|uhm|er|erm|hmm|hm|sorry|wait|of|the|in|let me see|let me think|"
    r"let's see|hold on|hang on)[ \t,]+)*",
    re.IGNORECASE,
)


# A month said before a date piece with a slip between: "MARCH UM 9, 1970", "june sorry 4th".
_MONTH_SLIP_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[ \t,]+(?:uh|um|uhm|er|erm|sorry)[ \t,]+$",
    re.IGNORECASE,
)


# A filler that ends a value read at the turn's end: "… six two eight uh", "… 4410 um."
_TRAILING_FILLER = re.compile(
    r"[ \t,]+(?:uh|uhh|um|umm|uhm|er|erm|hmm|hm|mm|mmm|ah)(?![\w'\u2019])"
    r"(?=[ \t]*[.,?!;:\u2026]*[ \t]*$)",
    re.IGNORECASE,
)


# Between the parts of an address: "PO BOX 2281, TAOS, NEW MEXICO 87571".
_ADDRESS_GAP = re.compile(r"[ \t]*,?[ \t]*")


# Between two pieces of an email's local part, the separator said as a word: "ana, underscore,
# R-U-I-Z".
_EMAIL_GAP = re.compile(
    r"[ \t]*,?[ \t]*(?:underscore|dash|hyphen|dot|period)[ \t]*,?[ \t]*", re.IGNORECASE
)


_SPLIT_GAPS = {"DATE_OF_BIRTH": _DATE_GAP, "ADDRESS": _ADDRESS_GAP, "EMAIL_ADDRESS": _EMAIL_GAP}


# An email's local part and its domain found apart, the local part's digits said between
# them: "J-O-N-A-S dot R-E-E-D, 47, at gmail dot com", "k dot lowe 3 1 at yahoo dot com".
_EMAIL_DIGIT = (
    r"(?:\d{1,6}|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|double|triple)"
)
_EMAIL_DIGITS_GAP = re.compile(
    rf"[ \t]*[,-]?[ \t]*(?:{_EMAIL_DIGIT}(?:[ \t,-]+{_EMAIL_DIGIT}){{0,5}}[ \t]*[,-]?[ \t]*)?",
    re.IGNORECASE,
)
_EMAIL_DOMAIN_START = re.compile(r"(?:@|at(?![\w'\u2019]))", re.IGNORECASE)
_EMAIL_AT_INSIDE = re.compile(r"@|(?<![\w'\u2019])at(?![\w'\u2019])", re.IGNORECASE)


def _email_halves(original: str, prev: PiiEntity, e: PiiEntity) -> bool:
    """An email's local part (no @ in it) and its domain (opening with "at" or "@") with at
    most its digits between them."""
    return (
        e.entity_type == "EMAIL_ADDRESS"
        and _EMAIL_DOMAIN_START.match(original, e.start) is not None
        and not _EMAIL_AT_INSIDE.search(original, prev.start, prev.end)
        and _EMAIL_DIGITS_GAP.fullmatch(original, prev.end, e.start) is not None
    )


# An email's domain found in two pieces, a word of it left between them: "sunita b at bee"
# + "happy" + "farm dot net". The first piece has the "at" and no dot, the second ends on
# the top-level domain and has no "at".
_DOMAIN_WORDS_GAP = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+", re.IGNORECASE)
_EMAIL_DOT = re.compile(r"\.|(?<![\w'\u2019])dot(?![\w'\u2019])", re.IGNORECASE)
_DOMAIN_END = re.compile(
    r"(?:\.|(?<![\w'\u2019])dot[ \t]+)(?:com|net|org|edu|gov|io|co|us|uk|ca|me|info|biz)$",
    re.IGNORECASE,
)
_NOT_DOMAIN_WORD = re.compile(
    r"(?<![\w'\u2019])(?:and|or|but|then|it's|its|is|was|the|my|your|no|not|at|dot|um|uh)"
    r"(?![\w'\u2019])",
    re.IGNORECASE,
)


def _domain_halves(original: str, prev: PiiEntity, e: PiiEntity) -> bool:
    """One email's domain found in two pieces with a plain word or two of it between."""
    if e.entity_type != "EMAIL_ADDRESS" or prev.entity_type != "EMAIL_ADDRESS":
        return False
    first, second = original[prev.start : prev.end], original[e.start : e.end]
    gap = original[prev.end : e.start]
    return (
        _EMAIL_AT_INSIDE.search(first) is not None
        and _EMAIL_DOT.search(first) is None
        and _EMAIL_AT_INSIDE.search(second) is None
        and _DOMAIN_END.search(second) is not None
        and _DOMAIN_WORDS_GAP.fullmatch(gap) is not None
        and _NOT_DOMAIN_WORD.search(gap) is None
    )


# Values that are read in groups; names and free text are not joined.
_JOINED = frozenset(
    {"CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
     "ACCOUNT_ID", "ID_NUMBER", "PIN"}
)  # fmt: skip


# Identifiers whose letter prefix Whisper writes apart from the digits: "SR 4402 1187",
# "XQH 448 19 2207" (typed by the question or the digits alone, so any digit type).
_ATTACHED_PREFIX = re.compile(r"(?<![\w'\u2019])[A-Za-z]{1,4}$")


_SPACED_PREFIX = re.compile(r"(?<![\w'\u2019])(?-i:([A-Z]{1,4}))[ -]$")


# Abbreviations that name the value rather than start it: "ID 4402", "OK 443 9910".
_NOT_ID_PREFIX = frozenset(
    {"I", "A", "OK", "ID", "NO", "PIN", "SSN", "DOB", "VIN", "DL", "CVV", "ZIP", "PO", "APT",
     "IT", "IS", "AT", "TO", "ON", "IN", "OR", "AND", "MY", "US", "AM", "PM", "UH", "UM", "SO",
     "TV", "THE", "BOX", "ACCT", "NUM", "REF", "TEL", "VISA", "AMEX", "MC", "CC", "ATM",
     "ABA", "ACH", "IBAN", "EXT", "X", "IMEI", "MEID", "SIM", "KTN", "PNR", "EIN",
     "TIN", "BIC", "MRN", "NPI", "RX", "BIN", "PCN"}
)  # fmt: skip


# "4,111-0293-88": Whisper's thousands comma on the first group of a dashed number.
_COMMA_GROUP = re.compile(r"(?<![\w$£€.,])\d{1,3}(?:,\d{3})+-$")


# Spelling-alphabet words said right before the digits of an identifier.
_NATO_BEFORE = re.compile(
    rf"\b{NATO_WORD}(?:[ \t,]+(?:(?:uh|um|uhm)[ \t,]+)?{NATO_WORD})*"
    r"[ \t,]+(?:(?:uh|um|uhm)[ \t,]+)?$",
    re.IGNORECASE,
)


# Digits said after a hesitation at the end of an identifier: "… 755 uh 3".
_DIGIT_SAID = r"(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)"


_HESITATION_DIGITS = re.compile(
    rf"[ \t,]+(?:uh|um|uhm|er|erm)[ \t,]+{_DIGIT_SAID}(?:[ \t]?{_DIGIT_SAID}){{0,3}}\b"
    r"(?![.,]\d)(?![ \t]*(?:%|percent|more|of|thing|last|sec|second|minute|moment))",
    re.IGNORECASE,
)


# A name's initial and generational suffix: "J. Marcus Whitlock III", "Ana Ruiz Jr.".
_INITIAL_BEFORE = re.compile(r"(?<![\w.'])(?-i:(?:[A-Z]\.|[B-HJ-Z]))[ \t]+$")


_PREFIX_BEFORE = re.compile(r"(?<![\w.'’])(?-i:[DLNO])[ \t]*['’][ \t]*$")


_SAINT_NAME_AFTER = re.compile(
    r"^\.?[ \t]+(?!(?:and|or|the|in|at|on|is|it|to|of|for|with|please|thanks|thank|okay|ok|"
    r"yes|no|right|correct|apartment|apt|suite|unit)\b)\p{L}[\p{L}'’-]+(?![\w'’-])",
    re.IGNORECASE,
)


# A Gaelic surname said as words after a name: "dorothy mc allister", "mac an liagha".
_MAC_WORD = r"(?:mc|mac|mhic|nic)"


_MAC_END = re.compile(rf"(?<![\w'’]){_MAC_WORD}$", re.IGNORECASE)


_MAC_NAME = (
    r"(?:an[ \t]+|a'[ \t]+)?(?!(?:and|or|the|in|at|on|is|it|to|of|for|with|please|thanks|"
    r"thank|okay|ok|yes|no|right|correct|address|book|computer|laptop)\b)\p{L}[\p{L}'’-]+"
    r"(?![\w'’-])"
)


_MAC_AFTER = re.compile(rf"^[ \t]+{_MAC_WORD}[ \t]+{_MAC_NAME}", re.IGNORECASE)


_MAC_REST = re.compile(rf"^[ \t]+{_MAC_NAME}", re.IGNORECASE)


_SUFFIX_AFTER = re.compile(r"^,?[ \t]+(?-i:(?:Jr|Sr|JR|SR|jr|sr)\.?|II|III|IV)(?![\w])")


def _grow_person(original: str, e: PiiEntity) -> PiiEntity:
    """Grow a name over an initial before it and a suffix after it."""
    head = original[max(0, e.start - 4) : e.start]
    initial = _INITIAL_BEFORE.search(head)
    if not initial and original[e.start : e.start + 1].isupper():
        # a spelled "D ’ A L I A", "O ' B R I E N": the prefix before the apostrophe
        initial = _PREFIX_BEFORE.search(head)
    suffix = _SUFFIX_AFTER.match(original[e.end : e.end + 6])
    if not suffix and _SAINT_END.search(original, e.start, e.end):
        # "last name is st. pierre": the particle found, the name after it not
        suffix = _SAINT_NAME_AFTER.match(original[e.end : e.end + 30])
    if not suffix:
        # "dorothy mc allister", "doctor mac an liagha" (the particle found, the rest not)
        rest = _MAC_REST if _MAC_END.search(original, e.start, e.end) else _MAC_AFTER
        suffix = rest.match(original[e.end : e.end + 40])
    if not (initial or suffix):
        return e
    start = e.start - (len(head) - initial.start()) if initial else e.start
    end = e.end + suffix.end() if suffix else e.end
    return _resized(e, start, end)


# A name spelled with words ("k as in King, o, w as in William"): the run's bare letters and
# a run cut off at the turn's end ("… l as" / next turn "in Larry, c as in Cat").
_SPELLED_RUN = re.compile(r"(?<![\w'’])(?-i:[a-zA-Z])[ \t]+as[ \t]+in[ \t]+\p{L}", re.IGNORECASE)


_SPELL_ITEM = r"(?<![\w'’])(?-i:[a-zA-Z])(?:[ \t]+(?:as[ \t]+in|like)[ \t]+\p{L}+)?(?![\w'’])"


_SPELL_TAIL = re.compile(
    rf"(?:[ \t]*,?[ \t]*{_SPELL_ITEM})*"
    r"(?:[ \t]*,?[ \t]*(?:(?-i:[a-zA-Z])[ \t]+)?as(?:[ \t]+in)?)?[ \t]*,?[ \t]*",
    re.IGNORECASE,
)


_SPELL_HEAD = re.compile(
    rf"[ \t]*(?:(?:(?-i:[a-zA-Z])[ \t]+)?as[ \t]+)?in[ \t]+"
    r"(?!(?:short|fact|case|general|total|other|particular|addition|order|full|person|"
    r"any|that|this|the|my|your|a|an)\b)\p{L}+"
    rf"(?:[ \t]*,?[ \t]*{_SPELL_ITEM})*[ \t]*,?[ \t]*",
    re.IGNORECASE,
)


def spelled_edges(original: str, e: PiiEntity) -> PiiEntity:
    """A name spelled letter by letter with words, grown to the whole run in the turn: bare
    letters after it and a run cut off at the turn's edges ("l as" / "in Larry, c as in …")."""
    if not _SPELLED_RUN.search(original, e.start, e.end):
        return e
    start, end = e.start, e.end
    tail = _SPELL_TAIL.fullmatch(original, end)
    if tail:
        end = len(original.rstrip())
    if start and _SPELL_HEAD.fullmatch(original, 0, start):
        start = len(original) - len(original.lstrip())
    return _resized(e, start, end)


# The separator said before a piece of an email: "then dash VEGA72", "underscore k lee 9".
_EMAIL_JOINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:dash|hyphen|underscore|dot|period|(?:at[ \t]+)?sign|at[ \t]+the[ \t]+rate"
    r"(?:[ \t]+of)?)[ \t]+$",
    re.IGNORECASE,
)


# An initial said before the local part, which the address pattern leaves out: "it's
# r okafor at gmail dot com" (an "a" or "i" only when the turn opens with it, or right
# after "it's"/"is", where neither is an article or a pronoun: "it's i mensah at …").
_EMAIL_INITIAL_BEFORE = re.compile(
    r"(?:^(?P<initial>\p{L})|(?:^|[,:;.!?]|(?<![\w'’])(?:is|it's|its|email|e-mail|to|yes|"
    r"yeah|sure|okay|ok|so|um|uh)\b)[ \t]*(?P<initial>(?![ai]\b)\p{L})"
    r"|(?<![\w'’])(?:is|it's|its|was)[ \t]+(?P<initial>[ai]))\.?[ \t]+$",
    re.IGNORECASE,
)
_SPOKEN_AT = re.compile(r"[ \t]at[ \t]", re.IGNORECASE)


def _email_joiner(original: str, e: PiiEntity) -> PiiEntity:
    """A piece of an email grown over the separator said right before it."""
    if e.entity_type != "EMAIL_ADDRESS":
        return e
    m = _EMAIL_JOINER_BEFORE.search(original, max(0, e.start - 12), e.start)
    if not m:
        m = _EMAIL_INITIAL_BEFORE.search(original, max(0, e.start - 24), e.start)
        if not (m and _SPOKEN_AT.search(original, e.start, e.end)):
            return e
        return PiiEntity(e.entity_type, m.start("initial"), e.end, e.score, e.recognizer)
    return PiiEntity(e.entity_type, m.start(), e.end, e.score, e.recognizer)


def _grow_id(original: str, e: PiiEntity) -> PiiEntity:
    """Grow an identifier over the start Whisper wrote apart from it: letters glued to
    the digits ("A00 472 913"), an upper-case prefix ("SR 4402 1187 63", not in an
    ALL CAPS turn where every word looks like one), a comma-grouped first block."""
    if e.entity_type not in _JOINED:
        return e
    start, end = e.start, e.end
    after = _HESITATION_DIGITS.match(original, end)
    if after:
        end = after.end()  # "EMP61755 uh 3": the last digit said after a hesitation
    nato = _NATO_BEFORE.search(original, max(0, e.start - 60), e.start)
    if nato:
        start = nato.start()  # "echo 839 4003", "bravo bravo yankee 7780"
    if not original[e.start : e.start + 1].isdigit():
        return _resized(e, start, end)
    head = original[max(0, e.start - 12) : e.start]
    comma = _COMMA_GROUP.search(head)
    if comma:
        start = min(start, e.start - (len(head) - comma.start()))
    else:
        attached = _ATTACHED_PREFIX.search(head)
        spaced = _SPACED_PREFIX.search(head)
        if attached:
            start = min(start, e.start - (len(head) - attached.start()))
        elif spaced and spaced.group(1) not in _NOT_ID_PREFIX and not original.isupper():
            prefix_at = e.start - (len(head) - spaced.start())
            rest = [c for c in original[:prefix_at] + original[e.start :] if c.isalpha()]
            if sum(c.isupper() for c in rest) <= len(rest) / 2:
                start = min(start, prefix_at)
    return _resized(e, start, end)


# A symbol typed at the end of a password or a code: "RIVER1986#", "coffee2011&".
_TYPED_SYMBOL_AFTER = re.compile(r"[!#$%&*^~@+=]+(?=[.,?;:)\"']*(?:\s|$))")


# A "?" typed at a password's end, told apart from a question by the stop after it:
# "It's Lantern42?." (not "is it Lantern42?").
_TYPED_QUESTION_MARK = re.compile(r"[!#$%&*^~@+=]*\?(?=[.,;:][\"')]*(?:\s|$))")


_TYPED_VALUES = frozenset({"PASSWORD", "ACCOUNT_ID", "SECURITY_ANSWER", "ID_NUMBER"})


def _with_typed_symbol(original: str, e: PiiEntity) -> PiiEntity:
    """The value grown over a symbol typed right after it, so no part of it stays visible."""
    if e.entity_type not in _TYPED_VALUES or not original[e.end - 1 : e.end].isalnum():
        return e
    if not any(c.isdigit() for c in original[e.start : e.end]):
        return e  # "Make it bluebird!": an exclamation, not a typed symbol
    m = _TYPED_SYMBOL_AFTER.match(original, e.end)
    if not m and e.entity_type == "PASSWORD":
        m = _TYPED_QUESTION_MARK.match(original, e.end)
    if not m:
        return e
    return PiiEntity(e.entity_type, e.start, m.end(), e.score, e.recognizer)


# A value corrected while it is read: "four eight seven scratch that five four …",
# "… nine six no wait two", "two three no no oh nine four …". The correction phrase (with
# a filler or a comma around it) stands between two pieces of one value.
_FILLER = r"(?:uh|um|uhm|er|erm)"
_CORRECTION_PHRASE = (
    r"(?:no[ \t,]+wait|wait[ \t,]+no|no[ \t,]+no|no[ \t,]+sorry|sorry[ \t,]+no|sorry|"
    r"i[ \t,]+mean|scratch[ \t,]+that|oops|actually|"
    r"(?:no|wait)[ \t,]+(?:hang|hold)[ \t]+on(?:[ \t,]+(?:it's|it\u2019s|its|it[ \t]+is))?|"
    r"(?:hang|hold)[ \t]+on[ \t,]+(?:it's|it\u2019s|its|it[ \t]+is))"
)
_CORRECTION_GAP = (
    rf"[ \t]*[,.;:-]?[ \t]+(?:{_FILLER}[ \t,]+)?{_CORRECTION_PHRASE}"
    rf"(?:[ \t,]+{_CORRECTION_PHRASE})?[ \t]*[,.;:-]?(?:[ \t]+{_FILLER}[ \t]*,?)?[ \t]+"
)
# Between two pieces both found, a bare "no" corrects too: "one four six no three four seven …".
_CORRECTION_BETWEEN = re.compile(
    rf"{_CORRECTION_GAP}|[ \t]*,?[ \t]+no[ \t]*[,.]?[ \t]+", re.IGNORECASE
)
# A few digits said as a correction's other side: "two", "eight four", "double one".
_DIGIT_WORD = (
    r"(?:\d{1,4}|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)"
)
_SHORT_DIGITS = (
    rf"(?:(?:double|triple)[ \t]+)?{_DIGIT_WORD}"
    rf"(?:[ \t]+(?:(?:double|triple)[ \t]+)?{_DIGIT_WORD}){{0,3}}"
)
# After the corrected digits the value ends: the turn's end, punctuation, a closing word
# (not "sorry one moment", "actually two cards").
_SHORT_END = (
    r"(?![\w'\u2019])(?=[ \t]*(?:$|[.,?!;]|(?:correct|right|okay|ok|please|thanks|thank|"
    r"yes|yeah|that's|thats|is|and)\b))"
)
_CORRECTED_AFTER = re.compile(rf"{_CORRECTION_GAP}{_SHORT_DIGITS}{_SHORT_END}", re.IGNORECASE)
_CORRECTED_BEFORE = re.compile(rf"(?<![\w'\u2019]){_SHORT_DIGITS}{_CORRECTION_GAP}$", re.IGNORECASE)
_CORRECTION_WINDOW = 60
# A few digits said before the pause, the value's first piece: "six uh what is it …",
# "(404) 555... 0138".
_PAUSED_BEFORE = re.compile(
    rf"(?<![\w'\u2019$.,])(?:\(\d{{3}}\)[ \t]?)?{_SHORT_DIGITS}{_PAUSE_GAP}$", re.IGNORECASE
)
# A few digits said after the pause, the value's last piece: "… 4410 uh hold on 72".
_PAUSED_AFTER = re.compile(
    rf"{_PAUSE_GAP}{_SHORT_DIGITS}(?![\w'\u2019])(?![.,]\d)"
    r"(?![ \t]*(?:%|percent|more|of|thing|last|sec|second|minute|moment|hour|day|week|month|"
    r"year|dollar|buck|cent|time|am\b|pm\b|o'clock|oclock))",
    re.IGNORECASE,
)
_PAUSE_WINDOW = 48
# A digit right before the short piece: it is the tail of a longer value said first.
_DIGIT_BEFORE = re.compile(
    rf"(?<![\w'\u2019])(?:{_DIGIT_WORD}|for|to|too|won|ate|double|triple)[ \t,.-]*$",
    re.IGNORECASE,
)
# A word that makes the few digits before a correction a count or a time, not a first try:
# "I've got two hang on, it's …", "at nine sorry it's …".
_COUNT_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:got|have|has|had|need|needs|want|at|about|around|by|until|till|"
    r"only|just|maybe)[ \t]+$",
    re.IGNORECASE,
)
# Values read digit by digit that a correction may cut in two.
_CORRECTED = _JOINED | {"US_DRIVER_LICENSE", "US_PASSPORT", "EMAIL_ADDRESS", "IBAN_CODE"}
# A bare "no" before the last digit or two at the value's end: "… eight four two no six nine".
_CORRECTED_AFTER_NO = re.compile(
    rf"[ \t]*,?[ \t]+no[ \t]*,?[ \t]+{_SHORT_DIGITS}{_SHORT_END}", re.IGNORECASE
)
# A bare "no" after a first try at the value's start: "seven seven no seven three one nine".
_CORRECTED_BEFORE_NO = re.compile(
    rf"(?<![\w'\u2019]){_SHORT_DIGITS}[ \t]*,?[ \t]+no[ \t]*,?[ \t]+$", re.IGNORECASE
)
_NO_MAX_DIGITS = 3
_NO_MIN_VALUE = 6
_ENDS_WITH_DIGIT = re.compile(rf"(?<![\w'\u2019]){_DIGIT_WORD}$", re.IGNORECASE)


_SPOKEN_DIGIT = re.compile(
    r"\d|(?<![\w'\u2019])(?:(?P<unit>zero|oh|one|two|three|four|five|six|seven|eight|nine)|"
    r"(?P<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|(?P<two>double)|"
    r"(?P<three>triple))(?![\w'\u2019])",
    re.IGNORECASE,
)


_UNIT_DIGIT = {
    w: str(n)
    for n, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )
} | {"oh": "0"}
_TENS_DIGIT = {
    w: str(n + 1)
    for n, w in enumerate(
        ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    )
}


def _digits_said(text: str) -> str:
    """About the digits a piece says ("double four" 44, "fifty" 50)."""
    out: list[str] = []
    repeat = 1
    for m in _SPOKEN_DIGIT.finditer(text):
        low = m.group().lower()
        if m.group("two") or m.group("three"):
            repeat = 2 if m.group("two") else 3
            continue
        digit = low if low.isdigit() else _UNIT_DIGIT.get(low)
        out.append(f"{_TENS_DIGIT[low]}0" if digit is None else digit * repeat)
        repeat = 1
    return "".join(out)


def _digit_count(text: str) -> int:
    return len(_digits_said(text))


def _restated(first: str, second: str) -> bool:
    """Two pieces as long as each other, or opening alike: a value said whole twice or
    begun again, not one value corrected in the middle."""
    a, b = _digits_said(first), _digits_said(second)
    return len(a) == len(b) or b.startswith(a) or a[:_RESTART_DIGITS] == b[:_RESTART_DIGITS]


# Two pieces opening with the same digits: the second reads the value again from its start.
_RESTART_DIGITS = 3


def _with_correction(
    original: str, e: PiiEntity, found: list[PiiEntity] | tuple[PiiEntity, ...] = ()
) -> PiiEntity:
    """A digit value grown over a correction said right after it ("… six no wait two") or
    right before it ("two three no no oh nine four …"), a few digits on the other side."""
    if e.entity_type not in _CORRECTED:
        return e
    start, end = e.start, e.end
    if _ENDS_WITH_DIGIT.search(original, max(start, end - 8), end):
        m = _CORRECTED_AFTER.match(original, end)
        if m and _digit_count(original[end : m.end()]) < _digit_count(original[start:end]):
            end = m.end()
        elif e.entity_type != "EMAIL_ADDRESS":
            m = _CORRECTED_AFTER_NO.match(original, end)
            if (
                m
                and _digit_count(original[end : m.end()]) <= _NO_MAX_DIGITS
                and _digit_count(original[start:end]) >= _NO_MIN_VALUE
            ):
                end = m.end()
    if e.entity_type != "EMAIL_ADDRESS" and re.match(
        _DIGIT_WORD, original[start : start + 8], re.IGNORECASE
    ):
        window = max(0, start - _CORRECTION_WINDOW)
        m = _CORRECTED_BEFORE.search(original, window, start) or _first_try_before_no(
            original, window, start, end
        )
        piece = original[start:end]
        if (
            m
            and _digit_count(m.group()) < _digit_count(piece)
            # a first try found on its own stays its own span ("zero zero uh sorry zero …")
            and not any(
                f.entity_type == e.entity_type and m.start() <= f.start and f.end <= start
                for f in found
            )
            and not _DIGIT_BEFORE.search(original, max(0, m.start() - 12), m.start())
            and not _COUNT_BEFORE.search(original, max(0, m.start() - 12), m.start())
        ):
            start = m.start()
    return _resized(e, start, end)


def _first_try_before_no(original: str, window: int, start: int, end: int) -> re.Match | None:
    """A short first try and a bare "no" before a value of four digits or more: the wrong
    start is said of the same value ("seven seven no seven three one nine")."""
    m = _CORRECTED_BEFORE_NO.search(original, window, start)
    if not m or _digit_count(original[start:end]) < 4:
        return None
    return m if _digit_count(original[m.start() : start]) <= _NO_MAX_DIGITS else None


def _with_paused_pieces(original: str, e: PiiEntity) -> PiiEntity:
    """A number grown over its pieces said apart by a pause: a hesitation phrase or an
    ellipsis between them ("six uh what is it four eight five …", "779... 555... 0113")."""
    if e.entity_type not in _JOINED:
        return e
    start, end = e.start, e.end
    for _ in range(3):
        m = _PAUSED_BEFORE.search(original, max(0, start - _PAUSE_WINDOW), start)
        if not m or _tried_again(m.group(), original[start:end]):
            break
        start = m.start()
    for _ in range(3):
        m = _PAUSED_AFTER.match(original, end)
        if not m or _tried_again(original[start:end], m.group()):
            break
        end = m.end()
    return _resized(e, start, end)


# The country code's plus Whisper wrote apart from a phone number: "+1 564 555", "it's
# plus uh nine one nine …".
_PLUS_BEFORE = re.compile(
    r"(?:(?<![\w+])\+|(?<![\w'\u2019])plus[ \t,]+(?:(?:uh|um|uhm|er|erm)[ \t,]+)?)$",
    re.IGNORECASE,
)
_PLUS_GROWN = frozenset({"PHONE_NUMBER", "ID_NUMBER", "ACCOUNT_ID"})


def _with_plus(original: str, e: PiiEntity) -> PiiEntity:
    """A phone number grown over the plus said or typed right before it."""
    if e.entity_type not in _PLUS_GROWN or not _SPOKEN_DIGIT.match(original, e.start):
        return e
    m = _PLUS_BEFORE.search(original, max(0, e.start - 12), e.start)
    if not m:
        return e
    return PiiEntity(e.entity_type, m.start(), e.end, e.score, e.recognizer)


def _without_covered(entities: list[PiiEntity]) -> list[PiiEntity]:
    """Drops a span that another span of its type covers (the pieces of a corrected value)."""
    kept: list[PiiEntity] = []
    for n, e in enumerate(entities):
        if any(
            o.entity_type == e.entity_type
            and o.start <= e.start
            and e.end <= o.end
            and ((o.start, o.end) != (e.start, e.end) or m < n)
            for m, o in enumerate(entities)
            if m != n
        ):
            continue
        kept.append(e)
    return kept


# A router's default admin page, named as such: "the admin page, it's usually 192.168.0.1".
_GATEWAY_TALK = re.compile(
    r"\b(?:router|modem|gateway|admin page|admin panel|login page|browser|usually|default|"
    r"typically)\b",
    re.IGNORECASE,
)
_GATEWAY_ADDRESS = re.compile(
    r"(?:192|one nine two)(?:[ \t]*(?:\.|dot|point)[ \t]*)(?:168|one six eight|one sixty eight|"
    r"one hundred sixty eight)(?:[ \t]*(?:\.|dot|point)[ \t]*)(?:0|1|zero|oh|one)"
    r"(?:[ \t]*(?:\.|dot|point)[ \t]*)(?:1|one|254|two five four)"
    r"|(?:10|ten)(?:[ \t]*(?:\.|dot|point)[ \t]*)(?:0|zero|oh)(?:[ \t]*(?:\.|dot|point)[ \t]*)"
    r"(?:0|zero|oh)(?:[ \t]*(?:\.|dot|point)[ \t]*)(?:1|one)",
    re.IGNORECASE,
)


def _router_page(original: str, e: PiiEntity) -> bool:
    """A private address every home router answers on (192.168.0.1, 10.0.0.1), named as the
    admin page: no one's address, unlike the WAN address or a device's."""
    return (
        e.entity_type == "IP_ADDRESS"
        and bool(_GATEWAY_ADDRESS.fullmatch(original, e.start, e.end))
        and bool(_GATEWAY_TALK.search(original))
    )


# A town, a comma, then the street: "Knoxville, 929 Cedar Avenue" (spaCy finds the town).
_TOWN_STREET_GAP = re.compile(r",[ \t]*")


def _town_then_street(original: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """A town found as a LOCATION and the street address said right after it, a comma
    between, are one address: one ADDRESS span, so the comma does not split it."""
    out: list[PiiEntity] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entity_type == "LOCATION"
            and e.entity_type == "ADDRESS"
            and prev.end <= e.start
            and original[e.start : e.start + 1].isdigit()
            and _TOWN_STREET_GAP.fullmatch(original, prev.end, e.start)
        ):
            out[-1] = PiiEntity(
                "ADDRESS", prev.start, e.end, max(prev.score, e.score), e.recognizer
            )
            continue
        out.append(e)
    return out


# A backchannel between two pieces of one value: "august ten got it nineteen eighty eight".
_BACKCHANNEL_GAP = re.compile(
    rf"[ \t]*[,.]*[ \t]+{BACKCHANNEL}(?:[ \t]*[,.]*[ \t]+{BACKCHANNEL})?[ \t]*[,.]*[ \t]+",
    re.IGNORECASE,
)
# A backchannel that a span took in as its first word(s) ("mhm at icloud dot com") or cut
# in two ("go" + "ahead at comcast dot net", "UH-" + "HUH 89837").
_BACKCHANNEL_LEAD = re.compile(rf"(?<![\w'\u2019]){BACKCHANNEL}[ \t]*[,.]*[ \t]+", re.IGNORECASE)
# Values one backchannel may cut in two (names, addresses and free text are not joined).
_BACKCHANNEL_JOINED = _JOINED | {
    "DATE_OF_BIRTH", "DATE_OF_DEATH", "CARD_EXPIRY", "EMAIL_ADDRESS", "IP_ADDRESS",
    "US_DRIVER_LICENSE", "US_PASSPORT", "IBAN_CODE",
}  # fmt: skip


def _core_start(original: str, e: PiiEntity) -> tuple[int, int]:
    """Where a span's value starts past a backchannel it took in at its start, and where
    that backchannel starts (both ``e.start`` when there is none)."""
    for s in range(max(0, e.start - 7), e.start + 1):
        m = _BACKCHANNEL_LEAD.match(original, s, e.end)
        if m and e.start < m.end() < e.end:
            return m.end(), s
    return e.start, e.start


def _across_backchannel(original: str, prev: PiiEntity, e: PiiEntity) -> bool:
    """Two pieces of one value with only the other side's backchannel between them."""
    if e.entity_type not in _BACKCHANNEL_JOINED or prev.end > e.start:
        return False
    core, _ = _core_start(original, e)
    return _BACKCHANNEL_GAP.fullmatch(original, prev.end, core) is not None


# Numbers of a known length: a bare piece across a backchannel is theirs only when it
# makes the value whole ("129 got it 20 2419" a social, "355 mhm 206-9612" a phone).
_WHOLE_DIGITS = {
    "US_SSN": (9, 9), "PHONE_NUMBER": (10, 11), "CREDIT_CARD": (15, 16),
    "ABA_ROUTING_NUMBER": (9, 9),
}  # fmt: skip
# Identifiers of any length take a piece only at the turn's edge: the reply is the value
# ("eight eighty one okay three forty four seventeen", "z v b 178 yep three two").
_EDGE_PIECE_TYPES = frozenset({"ACCOUNT_ID", "ID_NUMBER", "US_BANK_NUMBER", "PIN"})
_SAID_TOKEN = (
    r"(?:\d{1,4}|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|double|triple)(?![a-z])"
)
_SAID_PIECE = rf"{_SAID_TOKEN}(?:[ \t]+{_SAID_TOKEN}){{0,5}}"
_BACKCHANNEL_PIECE_BEFORE = re.compile(
    rf"(?<![\w'\u2019$.,-]){_SAID_PIECE}{_BACKCHANNEL_GAP.pattern}$", re.IGNORECASE
)
_BACKCHANNEL_PIECE_AFTER = re.compile(
    rf"{_BACKCHANNEL_GAP.pattern}{_SAID_PIECE}(?![\w'\u2019-])(?![.,]\d)", re.IGNORECASE
)
# Only a lead before the piece at the turn's start, only a closing word after it at its end.
_TURN_LEAD = re.compile(
    r"[\s,.]*(?:(?:uh|um|so|okay|ok|yes|yeah|yep|sure|right|and|it's|its|it is|that's|"
    r"hold on|let me see|that'd be|i think|my|the|number|account|is)[\s,.]+)*",
    re.IGNORECASE,
)
_TURN_CLOSE = re.compile(
    r"[\s,.!?]*(?:(?:yeah|yes|okay|ok|thanks|thank you|that's it|right)[\s,.!?]*)?$",
    re.IGNORECASE,
)
_TOKEN_SAID = re.compile(_SAID_TOKEN, re.IGNORECASE)
_TENS_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$")
_TEENS = frozenset({
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
})  # fmt: skip


def _said_length(text: str) -> int:
    """How many digits a number said in words and figures has: "thirty eight" 2, "seventy-
    four" 2, "double one" 2, "eight eighty one" 3, "206-9612" 7."""
    count, repeat, tens_open = 0, 1, False
    for m in _TOKEN_SAID.finditer(text):
        low = m.group().lower()
        if low in ("double", "triple"):
            repeat, tens_open = (2 if low == "double" else 3), False
            continue
        if low.isdigit():
            count, tens_open = count + len(low), False
        elif _TENS_WORD.match(low):
            count, tens_open = count + 2, True
        elif "-" in low or low in _TEENS:
            count, tens_open = count + 2, False
        elif tens_open:
            tens_open = False  # "thirty eight": the unit fills the tens' zero
        else:
            count += repeat
        repeat = 1
    return count


def _piece_fits(e: PiiEntity, have: int, piece: str, at_edge: bool) -> bool:
    """The piece completes a number of a known length, or ends an identifier's reply."""
    whole = _WHOLE_DIGITS.get(e.entity_type)
    if whole is not None:
        return have < whole[0] and whole[0] <= have + _said_length(piece) <= whole[1]
    return e.entity_type in _EDGE_PIECE_TYPES and at_edge and 2 <= _said_length(piece) <= 4


def _with_backchannel_piece(original: str, e: PiiEntity) -> PiiEntity:
    """A number grown over its piece said across a backchannel: the piece that makes a
    number of a known length whole, or an identifier's piece at the turn's edge (so an
    amount said after it stays)."""
    if e.entity_type not in _WHOLE_DIGITS and e.entity_type not in _EDGE_PIECE_TYPES:
        return e
    have = _said_length(original[e.start : e.end])
    start, end = e.start, e.end
    before = _BACKCHANNEL_PIECE_BEFORE.search(original, max(0, e.start - 60), e.start)
    if before:
        at_start = _TURN_LEAD.fullmatch(original, 0, before.start()) is not None
        if _piece_fits(e, have, original[before.start() : e.start], at_start):
            start = before.start()
    after = _BACKCHANNEL_PIECE_AFTER.match(original, e.end)
    if after:
        at_end = _TURN_CLOSE.match(original, after.end()) is not None
        if _piece_fits(e, have, original[e.end : after.end()], at_end):
            end = after.end()
    return _resized(e, start, end)


# An email's local part said before a backchannel (or a slip) and its domain after it:
# "darpanbalay okay at gmail dot com", "sakip dot tevetoglu got it at icloud dot com",
# "a n n a k i n g got it at yahoo dot com", "l o p e z k uh sorry at outlook dot com".
_LOCAL_DIGIT = (
    r"(?:\d{1,4}|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
_LOCAL_TOKEN = (
    r"(?:(?-i:[a-zA-Z])(?:[ \t]+(?-i:[a-zA-Z])(?![\w'\u2019])){2,}"
    rf"|(?!(?:{NOT_LOCAL})(?![\w'\u2019-]))[a-z0-9]+(?:-[a-z0-9]+)*"
    rf"(?:[ \t-]+{_LOCAL_DIGIT}(?![\w'\u2019])){{0,3}})"
)
_LOCAL_BEFORE_BREAK = re.compile(
    rf"(?<![\w'\u2019.@-]){_LOCAL_TOKEN}"
    rf"(?:[ \t]+(?:dot|underscore|dash|hyphen|period)[ \t]+{_LOCAL_TOKEN}){{0,3}}"
    rf"(?:{_BACKCHANNEL_GAP.pattern}|[ \t]*,?[ \t]+(?:uh|um|uhm|er|erm)?[ \t,]*sorry[ \t,]+"
    r"|[ \t]*,?[ \t]+(?:uh|um|uhm|er|erm)(?:[ \t,]+(?:uh|um|uhm|er|erm))?[ \t]*,?[ \t]+)$",
    re.IGNORECASE,
)
_AT_DOMAIN = re.compile(r"(?:@|at(?![\w'\u2019]))", re.IGNORECASE)


def _with_local_part_before_break(original: str, e: PiiEntity) -> PiiEntity:
    """An email's domain found alone grown back over its local part said before a
    backchannel or a slip ("haneyd yep at protonmail dot com")."""
    if e.entity_type != "EMAIL_ADDRESS":
        return e
    core, _ = _core_start(original, e)
    if not _AT_DOMAIN.match(original, core):
        return e
    m = _LOCAL_BEFORE_BREAK.search(original, max(0, core - 80), core)
    if not m:
        return e
    return _resized(e, m.start(), e.end)


_SLIP_WORD = re.compile(r"(?<![\w'\u2019])(?:sorry|wait)(?![\w'\u2019])", re.IGNORECASE)


def _restarted(original: str, prev: PiiEntity, e: PiiEntity) -> bool:
    """A "sorry" or "wait" before the value is said again from its start ("zero zero uh
    sorry zero zero eight one"): two tries, not two pieces of one value."""
    return _tried_again(original[prev.start : e.start], original[e.start : e.end])


def _tried_again(first: str, second: str) -> bool:
    """Two pieces with "sorry" or "wait" in the pause between (on either side of the cut):
    ``second`` says the value again from its start."""
    return (
        _SLIP_WORD.search(first + " " + second) is not None
        and bool(_digits_said(first))
        and _restated(first, second)
    )


def join_pieces(original: str, entities: list[PiiEntity]) -> tuple[PiiEntity, ...]:
    """One value found in pieces becomes one span, punctuation between the pieces included,
    so that a redacted number does not leave its separators (and group sizes) behind; the
    two pieces of a value corrected while it was read become one span with the correction.
    A router's default admin address is dropped."""
    out: list[PiiEntity] = []
    for e in _town_then_street(original, entities):
        if _router_page(original, e):
            continue
        prev = next((p for p in reversed(out) if p.entity_type == e.entity_type), None)
        gap = _PIECE_GAP if e.entity_type in _JOINED else _SPLIT_GAPS.get(e.entity_type)
        between = original[prev.end : e.start] if prev is not None else ""
        if (
            prev is not None
            and prev.end <= e.start
            and (
                (
                    gap is not None
                    and gap.fullmatch(between)
                    and not (e.entity_type in _JOINED and _restarted(original, prev, e))
                )
                or _email_halves(original, prev, e)
                or _domain_halves(original, prev, e)
                or _across_backchannel(original, prev, e)
                or (
                    e.entity_type in _CORRECTED
                    and _CORRECTION_BETWEEN.fullmatch(between)
                    and not _restated(original[prev.start : prev.end], original[e.start : e.end])
                )
            )
        ):
            out[out.index(prev)] = PiiEntity(
                prev.entity_type, prev.start, e.end, max(prev.score, e.score), prev.recognizer
            )
            continue
        out.append(e)
    if any(e.entity_type in _CORRECTED for e in out):
        grown_out = [
            _with_plus(original, _with_correction(original, _with_paused_pieces(original, e), out))
            for e in out
        ]
        if grown_out != out:
            out = _without_covered(grown_out)
    return tuple(sorted(out, key=lambda e: (e.start, e.end, e.entity_type)))


# Between two parts of one name: "Mei-Ling", "ling chen" + "chen wu", a spoken joiner
# ("okafor hyphen bright", spelled "v a n space d e n").
_SAINT_END = re.compile(r"(?<![\w'’])(?-i:St|ST|st)$")


_SAINT_GAP = re.compile(r"\.[ \t]+")


_NAME_GAP = re.compile(r"[ \t]?-?[ \t]?|[ \t]+(?:hyphen|dash|space)[ \t]+", re.IGNORECASE)


# Between two parts of a name spelled letter by letter: "n i then b h r i a i n",
# "o apostrophe, then b r i e n"
_SPELLED_NAME_GAP = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:and[ \t]+)?then|(?:a[ \t]+)?(?:hyphen|dash|space|apostrophe))"
    r"[ \t]*,?[ \t]+",
    re.IGNORECASE,
)


_LETTERS_SPELLED = re.compile(r"(?:\p{L}[ \t]+)+\p{L}")


_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\p{L}[\p{L}'’-]*)[ \t]+$")


_WORD_AFTER = re.compile(r"^[ \t]+(\p{L}[\p{L}'’]*)(?![\w'’-])")


_SLIP_GAP = re.compile(r"[ \t]*,?[ \t]+(?:sorry|uh|um|uhm|er|erm)[ \t]*,?[ \t]+", re.IGNORECASE)


_ONE_WORD = re.compile(r"\p{L}[\p{L}'’]*")


def _first_slip_last(original: str, prev: PiiEntity, e: PiiEntity) -> bool:
    """A lone first name and a lone surname with one slip word between ("alan sorry
    hancock"): one person's name, not two people named one after the other."""
    if not (
        _SLIP_GAP.fullmatch(original, prev.end, e.start)
        and _ONE_WORD.fullmatch(original, prev.start, prev.end)
        and _ONE_WORD.fullmatch(original, e.start, e.end)
    ):
        return False
    first, last = fold(original[prev.start : prev.end]), fold(original[e.start : e.end])
    lex = lexicon()
    return first in lex.firsts and last in lex.lasts and last not in lex.firsts


def join_names(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """Parts of one name found apart become one span ("Mei" + "Ling", "ling chen" +
    "chen wu"), grown by a name word next to it that no recognizer had ("mei ling chen")."""
    names = [e for e in entities if e.entity_type == "PERSON"]
    if not names:
        return entities
    merged: list[PiiEntity] = []
    for e in names:
        prev = merged[-1] if merged else None
        if prev is not None and (
            e.start <= prev.end
            or _NAME_GAP.fullmatch(original, prev.end, e.start)
            or (
                _SPELLED_NAME_GAP.fullmatch(original, prev.end, e.start)
                and _LETTERS_SPELLED.fullmatch(original, prev.start, prev.end)
                and _LETTERS_SPELLED.fullmatch(original, e.start, e.end)
            )
            # "teresa sorry garcia": a first name, a slip, then a surname
            or _first_slip_last(original, prev, e)
            # "Layla St" + "Pierre": the particle's full stop
            or (
                _SAINT_END.search(original, prev.start, prev.end)
                and _SAINT_GAP.fullmatch(original, prev.end, e.start)
            )
        ):
            merged[-1] = PiiEntity(
                "PERSON",
                prev.start,
                max(prev.end, e.end),
                max(prev.score, e.score),
                prev.recognizer,
            )
            continue
        merged.append(e)
    grown = [_without_lead_word(original, _grow_name(original, e)) for e in merged]
    return tuple(
        sorted(
            [e for e in entities if e.entity_type != "PERSON"] + grown,
            key=lambda e: (e.start, e.end, e.entity_type),
        )
    )


# A surname's particle before it: "al rashidi", "bin hamid", "van dijk", "del toro".
_PARTICLE_BEFORE = re.compile(
    r"(?<![\p{L}'’-])(?:al|el|bin|ibn|abu|van|von|der|den|del|della|dos|das|du)[ \t-]$",
    re.IGNORECASE,
)


def _grow_name(original: str, e: PiiEntity) -> PiiEntity:
    """The name grown by one unlisted name word on each side: a word that is no English
    word (or, in a turn written with capitals, a capitalised listed name)."""
    start, end = e.start, e.end
    before = _WORD_BEFORE.search(original, max(0, start - 30), start)
    if (
        before
        and _name_neighbour(before.group(1), original)
        # "good morning nelnet wei speaking": the firm, not the agent's first name
        and not (
            OPENING_GREETING.fullmatch(original, 0, before.start(1))
            and SPEAKING_AFTER.match(original, end)
        )
    ):
        start = before.start(1)
    particle = _PARTICLE_BEFORE.search(original, max(0, start - 8), start)
    if particle and not lexicon().is_word(original[start:end].split()[0].split("-")[0]):
        start = particle.start()  # "is that al rashidi as one word", "van der berg"
    after = _WORD_AFTER.match(original[end : end + 30])
    if after and _name_neighbour(after.group(1), original):
        end += after.end(1)
    else:
        end += _surname_tail(original, start, end)
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity("PERSON", start, end, e.score, e.recognizer)


# A surname after a first name that the word test above misses: a middle initial before
# it ("rosalind k ferreira"), a particle before a short one ("joana de sa"), or a
# double-barrelled one ("priya sen-kapoor").
_SURNAME_TAIL = re.compile(
    r"[ \t]+(?:(?P<initial>\p{L})\.?[ \t]+(?P<after_initial>\p{L}[\p{L}'’]+)"
    r"|(?P<particle>(?:(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|le|la)[ \t]+){1,2})"
    r"(?P<after_particle>\p{L}[\p{L}'’]+)"
    r"|(?P<double>\p{L}[\p{L}'’]+-\p{L}[\p{L}'’]+))(?![\w'’-])",
    re.IGNORECASE,
)


_LAST_WORD = re.compile(r"(?<![\p{L}'’-])\p{L}[\p{L}'’]*$")


def _listed_name(low: str) -> bool:
    lex = lexicon()
    return low in lex.firsts or low in lex.lasts or low in lex.word_firsts or low in lex.word_lasts


def _plain_word(low: str) -> bool:
    return len(low) < 2 or low in COMMON_WORDS or bool(NOT_NAME_WORD.fullmatch(low))


def _surname_tail(original: str, start: int, end: int) -> int:
    """How far a surname after a listed first name reaches past ``end`` (0 when none)."""
    first = _LAST_WORD.search(original, start, end)
    if not first or fold(first.group()) not in lexicon().firsts:
        return 0
    m = _SURNAME_TAIL.match(original, end, min(len(original), end + 40))
    if not m:
        return 0
    if m.group("initial"):
        low = fold(m.group("after_initial"))
        ok = (
            fold(m.group("initial")) not in ("a", "i")
            and not _plain_word(low)
            and (_listed_name(low) or not lexicon().is_word(low))
        )
    elif m.group("particle"):
        ok = not _plain_word(fold(m.group("after_particle")))
    else:
        parts = fold(m.group("double")).split("-")
        ok = all(_listed_name(p) and not _plain_word(p) for p in parts)
    return m.end() - end if ok else 0


_SPAN_WORD = re.compile(r"\p{L}[\p{L}'’.-]*")
_NATO_ALONE = re.compile(NATO_WORD, re.IGNORECASE)
# Titles the transcripts keep with a name ("doctor okafor", "Mrs. Lindqvist").
_KEPT_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mister", "missus", "dr", "doctor", "prof", "professor"}
    | {"madam", "sir", "dame", "lord", "lady"}
)


# Relations and ranks that are listed surnames too ("Major", "Cousins", "Sargent").
_LEAD_ROLES = frozenset(
    {"sergeant", "corporal", "lieutenant", "captain", "major", "colonel", "officer"}
    | {"detective", "deputy", "trooper", "nurse", "pastor", "reverend", "cousin", "uncle"}
    | {"aunt", "auntie", "nephew", "niece", "brother", "sister", "husband", "wife"}
    | {"daughter", "father", "mother", "dad", "mom", "mum", "grandson", "granddaughter"}
    | {"stepmother", "stepfather", "stepdad", "stepmom", "stepson", "stepdaughter"}
    | {"fiance", "fiancee", "boyfriend", "girlfriend", "partner", "grandma", "grandpa"}
    | {"grandmother", "grandfather", "neighbour", "neighbor", "friend", "boss", "landlord"}
    | {"landlady", "roommate", "colleague", "coworker", "sheriff", "chaplain"}
)


def _without_lead_word(original: str, e: PiiEntity) -> PiiEntity:
    """A name without the everyday word a span took in before it: a relation, a rank, a job
    or a department ("my cousin Kwame Asante", "sergeant lucia ferro", "pharmacy ines
    speaking", "i'm typing wojcik"); a title the transcripts keep stays."""
    words = _SPAN_WORD.findall(original, e.start, e.end)
    if len(words) < 2:
        return e
    lead, low = words[0], fold(words[0].rstrip("."))
    if (
        len(low) < 3
        or "-" in low  # "MEI-LING CHAUDHRY": a hyphenated first name, no -ing verb
        or low in _KEPT_TITLES
        or low in PARTICLES
        or _NATO_ALONE.fullmatch(low)
        or (lead[:1].isupper() and not original.isupper())
        or ((_listed_name(low) or low in EVERYDAY_FIRSTS) and low not in _LEAD_ROLES)
        or not lexicon().is_word(low)
        # any other word only as a verb's -ing form ("i'm typing wojcik") or a department
        # before the agent's name ("pharmacy anselm speaking"): "german pena" stays
        or not (low in _LEAD_ROLES or low.endswith("ing") or SPEAKING_AFTER.match(original, e.end))
    ):
        return e
    second = words[1]
    low2 = fold(second)
    if not (
        _listed_name(low2)
        or not lexicon().is_word(low2)
        or second[:1].isupper() != lead[:1].isupper()
    ):
        return e
    start = original.index(second, e.start + len(lead))
    return PiiEntity(e.entity_type, start, e.end, e.score, e.recognizer)


def _name_neighbour(word: str, text: str) -> bool:
    low = fold(word)
    if len(low) < 2 or low in COMMON_WORDS or NOT_NAME_WORD.fullmatch(low):
        return False
    if CONTRACTION.fullmatch(low):
        return False  # "ms hale i've got it"
    lex = lexicon()
    if text.islower() or text.isupper():
        return not lex.is_word(low) and (low in lex.firsts or low in lex.lasts or len(low) > 2)
    return (
        word[:1].isupper()
        and not word.isupper()
        and (lex.is_name(low) or low in EVERYDAY_FIRSTS or not lex.is_word(low) or "-" in low)
    )


# An email's "at" said at the turn's end, the domain said in the next turn: "… d o n n a at".
_TRAILING_AT = re.compile(
    r"[ \t,]+at(?:[ \t]+the[ \t]+rate)?(?![\w'\u2019])(?=[ \t]*[.,?!;:\u2026-]*[ \t]*$)",
    re.IGNORECASE,
)


def _with_trailing_filler(original: str, e: PiiEntity) -> PiiEntity:
    """A number or an email piece grown over a filler that ends the turn after it."""
    if e.entity_type not in _JOINED and e.entity_type != "EMAIL_ADDRESS":
        return e
    m = _TRAILING_FILLER.match(original, e.end)
    if not m and e.entity_type == "EMAIL_ADDRESS":
        m = _TRAILING_AT.match(original, e.end)
    if not m:
        return e
    return PiiEntity(e.entity_type, e.start, m.end(), e.score, e.recognizer)


def _with_month_before(original: str, e: PiiEntity) -> PiiEntity:
    """A date piece grown over its month said before a slip: "october um 15, 1956"."""
    if e.entity_type != "DATE_OF_BIRTH" or not original[e.start : e.start + 1].isdigit():
        return e
    m = _MONTH_SLIP_BEFORE.search(original, max(0, e.start - 24), e.start)
    if not m:
        return e
    return PiiEntity(e.entity_type, m.start(), e.end, e.score, e.recognizer)


# The domain after a local part read back with its digits said apart: "… V-E-N-K-A-T, 86, at
# outlook dot com", "… D-O-N-N-E-L-L-Y, 72, at btinternet.com".
_DOMAIN_AFTER_PIECE = re.compile(
    rf"[ \t]*,?[ \t]*(?:{_EMAIL_DIGIT}(?:[ \t,-]+{_EMAIL_DIGIT}){{0,5}}[ \t]*,?[ \t]*)?"
    r"(?:@[ \t]*|at[ \t]+)[a-z0-9][a-z0-9-]{1,30}"
    r"(?:(?:\.[a-z0-9-]+)*\.[a-z]{2,6}|(?:[ \t]+dot[ \t]+[a-z]{2,10}){1,3})(?![\w@-])",
    re.IGNORECASE,
)


def _email_edges(original: str, e: PiiEntity) -> PiiEntity:
    """An email's domain said alone without its "at"; a local part read back grown over
    its digits and its domain said after them."""
    if e.entity_type != "EMAIL_ADDRESS":
        return e
    start, end = e.start, e.end
    if "@" not in original[start:end] and not _EMAIL_AT_INSIDE.search(original, start, end):
        tail = _DOMAIN_AFTER_PIECE.match(original, end)
        if tail:
            end = tail.end()
    return _resized(e, start, end)


# A phone number's groups after commas, said digit by digit: "oh seven nine six one, two
# eight four, five five three" (a UK mobile read 5-3-3). Only digit words, three or four
# a group, so "two, three weeks" or "four hundred" stays.
_COMMA_DIGIT_GROUP = re.compile(
    rf"[ \t]*,[ \t]*{_DIGIT_SAID}(?:[ \t]+{_DIGIT_SAID}){{2,3}}\b(?![ \t]*(?:%|percent|"
    r"pounds?|dollars?|euros?|times|minutes?|hours?|days?|weeks?|months?|years?|am|pm|o'clock))",
    re.IGNORECASE,
)
_PHONE_DIGITS_MAX = 13


def _with_comma_groups(original: str, e: PiiEntity) -> PiiEntity:
    """A number said digit by digit grown over its groups said after commas."""
    if e.entity_type not in _JOINED or "," not in original[e.end : e.end + 3]:
        return e
    count = _digit_count(original[e.start : e.end])
    if count < 4:
        return e
    end = e.end
    for _ in range(3):
        m = _COMMA_DIGIT_GROUP.match(original, end)
        if not m or count + _digit_count(m.group()) > _PHONE_DIGITS_MAX:
            break
        count += _digit_count(m.group())
        end = m.end()
    if end == e.end:
        return e
    return PiiEntity(e.entity_type, e.start, end, e.score, e.recognizer)


def grown(original: str, e: PiiEntity) -> PiiEntity:
    """The span grown over the edges Whisper wrote apart from the value: a name's initial
    and suffix; an identifier's prefix, a symbol typed after it, an email's separator, a
    filler that ends it; a date's month said before a slip."""
    if e.entity_type == "PERSON":
        return _grow_person(original, e)
    if e.entity_type == "DATE_OF_BIRTH":
        return _with_month_before(original, e)
    if e.entity_type == "EMAIL_ADDRESS":
        e = _with_local_part_before_break(original, _email_edges(original, e))
    elif e.entity_type in _JOINED:
        e = _with_backchannel_piece(original, _with_comma_groups(original, e))
    return _with_trailing_filler(
        original,
        _email_joiner(original, _with_typed_symbol(original, _grow_id(original, e))),
    )
