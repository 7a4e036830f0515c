"""ID_NUMBER: the safety net, any run of 4+ digits that is not an amount, time or count.

A number read on a support call with four or more digits is almost always an
identifier (card, account, phone, member id). Whatever the specific recognizers and
the conversation context did not claim is caught here, so no such run stays visible.
"""

from __future__ import annotations

import regex as re

from recognizers.base import MONTH, PRODUCT, SpokenPattern, SpokenPatternRecognizer
from recognizers.spoken_phone_recognizer import (
    after_toll_free_prefix,
    is_drawn_numbers,
    is_own_line,
    is_toll_free,
)
from recognizers.spoken_ssn_recognizer import social_security_amount

# What follows a number that is a quantity, not an identifier.
_UNITS = (
    r"(?:dollars?|bucks|cents?|usd|euros?|pounds?|percent|per ?cent|%|am|pm|a\.m\.|p\.m\.|"
    r"o'?clock|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"yrs?|business|calendar|points?|miles?|kilometers?|km|feet|foot|ft|inches|pounds|lbs?|"
    r"kg|grams?|ounces?|oz|calories|mb|gb|kb|tb|mbps|gigs?|megabytes?|gigabytes?|times|items?|"
    r"people|units|texts|messages|sq|square|a month|a year|per|"
    # thousands written short, "50k", "1200 k" (five digits and more and a K are an id's:
    # "58210937K")
    r"(?<!\d{5})(?<!\d{5}[ \t])k\b|"
    # utility usage: "1100 kilowatt hours", "2400 gallons"
    r"kilowatts?|kwh|kw|watts?|gallons?|liters?|litres?|therms?|ccf|cubic|"
    # an engine's speed: "it won't go over 1522 rpm"
    r"rpms?|revs|"
    # an amount shared out: "that's two thousand each", "1500 apiece"
    r"each(?![ \t]+(?:time|of|one|day|week|month|year|call|visit))|apiece|a piece|a head|"
    r"per person)"
)


# A caller taking back the group just read: "… uh, no, 500", "… - no wait, 56", "… sorry, 41".
_CORRECTION = (
    r"[ \t]*[,.!—–-]*[ \t]*(?:(?:uh|um|er|oh)[ \t]*[,.]?[ \t]+)?"
    r"(?:no[ \t]*,?[ \t]+wait|no,?[ \t]+sorry|sorry|no|wait|i[ \t]+mean|actually|scratch[ \t]+that)"
    r"[ \t]*[,.!—–-]*[ \t]*(?:(?:it's|its|that's|make[ \t]+that)[ \t]+)?"
)


# Things counted after an order's or a delivery's number ("… 3 items", "1 package").
_GLUED_COUNTED = r"(?:item|package|parcel|box(?:e(?=s))?|piece|bag|product|order|shipment)"


# The # key said after a long number keyed in, to end it: "… 4 8 2 2 pound.", "… pound key".
_NOT_POUND_KEY = r"(?!(?<=\d(?:[ \t-]?\d){5})[ \t]*pound(?:[ \t]+(?:key|sign))?[ \t]*[.!]?[ \t]*$)"


# "last four" said as a count, then four digits: "charge last four 9952 booking", "last four
# digits are 6591". On a call the last four named so are an id's (a social's, a card's),
# even beside an amount ("the $839.08 charge last four 6591"). The normaliser may glue the
# count on: "last four one two five nine" is "last 41259".
_SAID_LAST_FOUR = (
    r"(?:(?<=\blast[ \t]+(?:four|4)(?:[ \t]+digits?)?(?:[ \t]+(?:is|are|was|were))?[ \t,:-]*)"
    # (glued, not a round amount: "the last forty two thousand five hundred" is "42500")
    r"(?<![\d$.,])|(?<=\blast[ \t]+)4(?=\d{4}(?!\d))(?!\d{2}00(?!\d)))"
    # (not a count or a form: "the last four 1099s", "the last four 2000 dollar bills")
    rf"\d{{4}}(?![\w/:])(?![.,]\d)(?![ \t-]*{_UNITS}\b)"
)


# An id's head of letters and digits said before the rest, as confirmation and reference
# numbers are printed ("B21Z-9656", "R07V 7600"): the normaliser glues spelled pieces ("b two
# one z dash" is "B21Z dash"), or the head is read apart, letter by letter and group by group
# ("S 87 A dash 1227", "B 65 W dash 0774", "C 06 U dash 8561"). Left visible, the head gives
# half of the id away.
_GLUED_HEAD = r"[a-z](?=[a-z]{0,3}\d)[a-z0-9]{2,7}"
_CAPS_GLUED_HEAD = r"(?-i:[A-Z](?=[A-Z]{0,3}\d)[A-Z0-9]{2,7}(?:[ \t]+[A-Z])?)"
_APART_HEAD = r"(?-i:(?!I\b)[A-Z])[ \t]+\d{1,4}(?:[ \t]+(?-i:[A-Z]))?"
_DASH_OR_PAUSE = r"[ \t]*-[ \t]*|[ \t]+(?:dash|hyphen)[ \t]+|[ \t,]+(?:uh|um|uhm|er|erm)[ \t,]+"


# Where a relayed piece ends: the turn, after a pause or a check ("838.", "030...",
# "521, correct?").
_PIECE_ENDS_TURN = (
    r"(?![\d:])(?![.,]\d)(?=[ \t]*(?:\.{2,3}|…|[.!?])?[ \t]*"
    r"(?:,[ \t]*(?:correct|right|yes|okay|ok)[ \t]*[.?!]?[ \t]*)?$)"
)
# Not a piece of a number: a round sum or a year said alone ("he said 500", "she said 2019").
_NOT_ROUND_OR_YEAR = (
    r"(?![2-9]11(?![ \t]?\d))(?![1-9]0{2,3}(?![ \t]?\d))(?!(?:19|20)\d\d(?![ \t]?\d))"
)
# An interpreter or a relative passes on the first piece of a number the caller gave,
# the rest to come: "He is giving 838.", "She's saying 030.", "the caller says 159"
# (three or four digits, the turn ending there: a relay, not an amount in a sentence).
_RELAYED_PIECE = (
    r"(?<=\b(?:he|she|they|the[ \t]+(?:caller|customer|patient|client|member|lady|man))"
    r"(?:'s|[ \t]+(?:is|was|are|were))?[ \t]+"
    r"(?:giving|gives|gave|saying|says|said|reading|reads|read|telling|tells|told[ \t]+me)"
    r"[ \t]*[,:]?[ \t]+)"
    rf"{_NOT_ROUND_OR_YEAR}\d(?:[ \t]?\d){{2,3}}{_PIECE_ENDS_TURN}"
)
# A piece of someone's own number named before it, the turn ending there: "my phone
# number is 966", "his routing number is 199", "my social is 271", "okay my number 521"
# (the relay of a caller's answer in the first person; "my order number is 412" is an
# id the account recognizer reads whole).
_NAMED_OWN_PIECE = (
    r"(?<=\b(?:my|his|her|their)[ \t]+"
    r"(?:(?:(?:cell|mobile|home|work|contact|callback|phone|telephone|cell[ \t]+phone|"
    r"routing|social[ \t]+security|account|member|policy)[ \t]+)?number|social|"
    r"routing|ssn)"
    r"(?:[ \t]+(?:is|was)|'s)?[ \t]*[,:]?[ \t]+)"
    rf"{_NOT_ROUND_OR_YEAR}\d(?:[ \t]?\d){{2,3}}{_PIECE_ENDS_TURN}"
)
# A piece given first and then owned as the caller's: "Okay, 374, that's what she said."
_PIECE_THEN_RELAY = (
    r"(?<=^[ \t]*(?:(?:okay|ok|so|yes|yeah|alright)[ \t]*[,.]?[ \t]*)?)"
    rf"{_NOT_ROUND_OR_YEAR}\d(?:[ \t]?\d){{2,3}}"
    r"(?=[ \t]*,[ \t]*(?:that's|that[ \t]+is|is[ \t]+what)[ \t]+(?:what[ \t]+)?"
    r"(?:he|she|they)[ \t]+(?:said|says|gave))"
)


class DigitSafetyNetRecognizer(SpokenPatternRecognizer):
    """Runs of 4+ digits (groups joined by spaces or dashes) that are not quantities."""

    ENTITY = "ID_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        SpokenPattern("said_last_four", _SAID_LAST_FOUR, 0.5),
        SpokenPattern("relayed_piece", _RELAYED_PIECE, 0.5),
        SpokenPattern("named_own_piece", _NAMED_OWN_PIECE, 0.5),
        SpokenPattern("piece_then_relay", _PIECE_THEN_RELAY, 0.5),
        SpokenPattern(
            "digit_run",
            # (groups may be joined by a said dash: "24 dash 0091442", a claim number read
            # back as it is written "24-0091442")
            r"(?<![\d$£€.,:/])(?<!\$[ \t])"
            r"\d(?:(?:[ \t]?-?[ \t]?|[ \t]+(?:dash|hyphen)[ \t]+"
            # a hesitation between two groups of digits: "558480 hmm, 0322"
            r"|(?<=\d\d),?[ \t]+(?:uh|um|uhm|er|erm|hmm+|hm|mm)[ \t]*,?[ \t]+(?=\d\d))\d){3,}"
            # (a long number keyed in and "pound" for the # key is no weight: "0 0 6 1 4 8 2 2
            # POUND.")
            rf"(?![\d:])(?![.,]\d)(?!{_NOT_POUND_KEY}\s*{_UNITS}\b)(?!-{_UNITS}\b)(?!\s*%)"
            # a letter said last, where the turn or clause ends: "sure, 6630417 k"
            # (or after three groups read: "1000 4829 31 B.")
            r"(?:(?<=\d{5}|\d{4}[ \t-]\d{4}[ \t-]\d{1,4}|\d{3}[ \t-]\d{3}[ \t-]\d{2,4})"
            r"[ \t](?![ai]\b)[a-z](?=[ \t]*(?:[.,!?;]|$))"
            # (a capital A or I ending the turn after two groups: "NF 0092 7718 A.")
            r"|(?<=\d{4}[ \t-]?\d{4})[ \t](?-i:[AI])(?=[ \t]*[.!]?[ \t]*$)"
            # or glued to five digits or more: "member id 40917736K"
            r"|(?<=\d{5})[a-z](?![\w'\u2019-])"
            # or a check digit in brackets, written or said, as a Hong Kong ID's is:
            # "A123456(7)", "last four 8802 bracket 5", "5561 open bracket a close bracket"
            r"|(?<=\d{4})(?<!(?<!\d)(?:19|20)\d\d)[ \t]?\([0-9a]\)"
            r"|(?<=\d{4})(?<!(?<!\d)(?:19|20)\d\d)[ \t]+(?:open[ \t]+)?brackets?[ \t]+"
            r"(?:[0-9a]|zero|one|two|three|four|five|six|seven|eight|nine)\b"
            r"(?:[ \t]+close[ \t]+brackets?\b)?)?",
            0.45,
        ),
        # A long number read aloud and then the count of what it names, the normaliser
        # gluing the count's digit on: "order three six … four two three items" comes out
        # "…41423 items"; the number is all but that last digit (the count stays visible).
        SpokenPattern(
            "run_before_glued_count",
            r"(?<![\d$£€.,:/])(?<!\$[ \t])\d{8,}"
            rf"(?=(?:[2-9][ \t]+{_GLUED_COUNTED}s|1[ \t]+{_GLUED_COUNTED})\b)",
            0.45,
        ),
        # A group read again to correct it, after a number read in groups: "314 786 900 uh,
        # no, 500", "7882 6875 66 - no wait, 56" (the corrected group alone; the number
        # before is the digit run's).
        SpokenPattern(
            "corrected_group",
            r"(?<![\d$£€.,:/])(?<!\$[ \t])\d{2,4}(?:[ \t-]\d{2,4}){2,}"
            # (the group closes the clause: "… no, 2 of them" is a count)
            rf"{_CORRECTION}\K\d{{1,4}}(?![\d:])(?![.,]\d)(?=[ \t]*(?:[.,!?;—–]|$))",
            0.45,
        ),
        # A number read in groups written with slashes between them: "059/276/160",
        # "4814/6846/7111/3750", the last four "72/16" (dates and splits: _slash_not_id).
        SpokenPattern(
            "slash_grouped",
            r"(?<![\w$£€.,:/-])\d{2,4}(?:/\d{2,4}){1,4}(?![\w/-]|[.,]\d)",
            0.45,
        ),
        # An id's glued head of spelled letters and digits, then its last group said as a
        # round number that the normaliser writes as an amount: "r oh seven v seventy six
        # hundred" is "R07V 7,600" (an amount has no letters and digits before it).
        SpokenPattern(
            "head_and_round_group",
            rf"(?<![\w'\u2019.-]){_CAPS_GLUED_HEAD}(?:{_DASH_OR_PAUSE}|[ \t]+)"
            r"\d{1,2},\d00(?![\d,])(?![.]\d)",
            0.45,
        ),
        # Whisper writes long numbers read aloud with thousands commas: "12,345,678".
        # Seven digits or more without a money word is an identifier, not an amount.
        SpokenPattern(
            "comma_grouped",
            r"(?<![\d$£€.,:/])(?<!\$[ \t])\d{1,3}(?:,\d{3}){2,}"
            rf"(?![\d.,]\d)(?!\s*{_UNITS}\b)(?!\s*%)",
            0.45,
        ),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Digit runs, less years, clock times and counts, judged by the words around them."""
        results = _without_nested_last_four(
            super().analyze(text, entities, nlp_artifacts, regex_flags)
        )
        kept = [
            r
            for r in results
            if (_said_last_four(r) or not _quantity(text, r.start, r.end))
            and not _slash_not_id(text, r.start, r.end)
            and not _score_got(text, r.start, r.end)
        ]
        for r in kept:
            # a letter prefix joined by a hyphen is the id's, in any case: "V-1183",
            # "QX-20481" (a spaced prefix is left to the analyzer: "SR 4402")
            prefix = _HYPHEN_PREFIX.search(text, max(0, r.start - 4), r.start)
            if prefix and prefix.group(1).upper() not in _NOT_HYPHEN_PREFIX:
                r.start = prefix.start()
            elif r.end - r.start >= 5:
                r.start = _spaced_prefix_start(text, r.start)
            else:
                r.start = _named_letter_start(text, r.start)
            r.start, r.end = widen_with_id_letters(text, r.start, r.end)
            r.start = widen_with_id_head(text, r.start)
            r.end = _end_with_spelled_letters(text, r.end)
            r.end = _end_with_letter_and_digits(text, r.end)
            r.end = _end_with_said_last_digit(text, r.start, r.end)
        # a government form ("DS-2019", "DD-214") or a product's round model number
        # ("the SR-5200", "a Nighthawk R7000") is no one's number
        return [
            r
            for r in kept
            if not GOVERNMENT_FORM.fullmatch(text, r.start, r.end)
            and not _ROUND_MODEL.search(text, max(0, r.start - 4), r.end)
            and not named_as_model_or_part(text, r.start, r.end)
            and not names_public_equipment(text, r.start, r.end)
            and not _camel_model(text, r.start, r.end)
            and not not_a_persons_code(text, r.start, r.end)
        ]


def _said_last_four(result) -> bool:
    """A number named as "the last four": an id's digits, whatever amount is near."""
    return result.recognition_metadata.get("pattern_name") == "said_last_four"


def _without_nested_last_four(results: list) -> list:
    """The last four inside a longer run found too ("last four 3318 (0)"): the longer one."""
    return [
        r
        for r in results
        if not _said_last_four(r)
        or not any(
            o is not r
            and o.start <= r.start
            and r.end <= o.end
            and o.end - o.start > r.end - r.start
            for o in results
        )
    ]


# South Africa's rand written before an amount, and an amount grouped in thousands.
_RAND_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?-i:R)[ \t]?$")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \t,]\d{3})+")
# Letters glued to the digits by a hyphen, the id's own start: "V-1183", "hl-22906613".
_HYPHEN_PREFIX = re.compile(r"(?<![\w'\u2019.-])([A-Za-z]{1,3})-$")
# A government form named by its series and number, never a caller's id: the IRS's W-2, W-4,
# W-8BEN, W-8BEN-E, W-9 and SS-4, the military's DD-214, the civil service's SF-50, the State
# Department's DS-160 and DS-2019, immigration's I-9, I-485 and N-400, Social Security's
# SSA-1099 and the 1099's own kinds ("1099-B", "1099-MISC"). Short numbers only: "DD-21448"
# is an id.
GOVERNMENT_FORM = re.compile(
    r"w-?\d[a-z]?(?:-?(?:ben|eci|exp|imy)(?:-e)?)?"
    r"|(?:dd|sf|ds|ss|ssa|rrb)-\d{1,4}[a-z]?"
    r"|[in]-\d{1,3}[a-z]?"
    r"|(?:1099|1098|1095|1040|5498|1042|1120|1065)-?(?:int|div|misc|nec|oid|[a-z]{1,2})"
    # the IRS's transcript and authorisation forms, and the employer's returns: "form
    # 4506-T", "a 4506-C", "the 941-X"
    r"|(?:4506|941|940|943|944|8821|2848|8879)-(?:tez|t|c|x|sr|ez|v)",
    re.IGNORECASE,
)
# A product's model: capitals glued to a round number, "SR-5200", "R7000", "XT-400".
# (in either case, as a lower-case transcript writes it: "the netgear cm1000")
_ROUND_MODEL = re.compile(r"(?<![\w'\u2019.-])(?-i:[A-Z]{1,3}|[a-z]{1,3})-?\d{1,2}0{2,3}(?![\w-])")
# A letter said apart before the digits, the id's own start, where the id is given: "j
# 239920" (a reply), "your reference number is REF 4756871" ("r e f" as the normaliser
# joins it). Not "a" or "i", nor a word, nor a capital alone ("R 5521": rand, perhaps).
_SPACED_PREFIX = re.compile(
    r"(?:^[ \t]*(?:(?:yeah|yes|sure|okay|ok|so|um|uh|it's|its)[ \t]*[,.]?[ \t]+)*"
    r"|\b(?:is|be|number|id|reference|ref|code)[ \t]*[:#]?[ \t]+)"
    # (capitals said apart too: "Judith's will be B C 930 …")
    r"(?P<p>(?-i:(?![ai][ \t])[a-z]|[A-Z]{2,4}|[A-Z](?:[ \t][A-Z]){1,3}))[ \t]$",
    re.IGNORECASE,
)


def _spaced_prefix_start(text: str, start: int) -> int:
    """Where an id starts when a letter said apart opens it ("j 239920"), else ``start``."""
    m = _SPACED_PREFIX.search(text, max(0, start - 60), start)
    return m.start("p") if m else start


# A letter said apart before a short number, straight after the id's name: "the ticket is
# g 7140", "your case number is k 5521" (not "a" or "i", nor a letter after a plain "is").
_NAMED_LETTER_BEFORE = re.compile(
    r"\b(?:number|id|ticket|reference|ref|code|case|claim|confirmation|order)"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]+(?P<p>(?-i:(?![ai][ \t])[a-z]|[A-Z]))[ \t]$",
    re.IGNORECASE,
)


def _named_letter_start(text: str, start: int) -> int:
    """Where a short id starts when a letter said apart opens it right after its name."""
    m = _NAMED_LETTER_BEFORE.search(text, max(0, start - 40), start)
    return m.start("p") if m else start


# An id's letters said apart around its digits, after a word that gives it: "your
# membership number as SC 4471", "it's sc 4472" (a shouted turn is lower-cased), "it says
# COIR dash 00 1886", "it's CT uh 8812BK" (the normaliser joins spelled letters), and a
# boat's or a plate's letters after, "registration is RI 5532 AQ".
_ID_LETTERS_BEFORE = re.compile(
    r"(?:^[ \t]*(?:(?:yeah|yes|yep|sure|okay|ok|so|um|uh|no|it's|its|that's|thats)"
    r"[ \t]*[,.]?[ \t]+)*"
    r"|\b(?:is|was|as|it's|its|that's|thats|says|said|reads|shows|number|id|reference|ref|"
    # (and an agent's read-back: "hmm i have cl 4412 as a missing blouse", or the id's
    # name: "ILL OPEN A CLAIM WC 7701", lower-cased where the turn shouts)
    r"code|registration|have|got|see|claim|ticket|case|order|invoice|account|incident)"
    r"[ \t]*[:#,]?[ \t]+)"
    r"(?P<p>(?-i:[A-Z]{2,5})|[a-z]{2}|[b-df-hj-np-tv-xz]{3}"
    # three letters in a shouted (lower-cased) turn, after a verb that reads a printed
    # code: "IT SAYS CSE 55 019 3347" (not a word: "it says the 4471")
    r"|(?<=\b(?:says|said|reads|shows|printed)[ \t]+)(?!(?:the|and|for|our|you|his|her|its|"
    r"one|two|six|ten|now|not|but|see|new|old|per|via|are|has|had|was|got|may|can|all|any|"
    r"yes|hey|out|off|due|max|min|top|end|use|pay|set|get|let|due|ref|num|pin|ssn|zip|"
    r"dob|ein|vin|apt|box)\b)[a-z]{3})"
    r"(?:[ \t]*-[ \t]*|[ \t]+(?:dash|hyphen)[ \t]+|,?[ \t]+(?:uh|um|er)[ \t]*,?[ \t]+|[ \t]+)$",
    re.IGNORECASE,
)
_ID_LETTERS_AFTER = re.compile(
    r"[ \t]+(?P<s>(?-i:[A-Z]{1,3})|[a-z]{1,2})(?=[ \t]*(?:[.,!?;]|$))", re.IGNORECASE
)
# Short words, units, currencies and times that are not an id's letters: "is 4471",
# "as 4471", "usd 5000", "at 1130 pm", "4471 ok".
# fmt: off
_NOT_ID_LETTERS = frozenset({
    "a", "i", "is", "it", "as", "at", "to", "of", "on", "in", "by", "or", "so", "no", "my", "me",
    "we", "he", "be", "do", "go", "up", "us", "an", "am", "pm", "if", "ok", "oh", "uh", "um",
    "er", "hi", "ya", "ha", "yo", "id", "ex", "mr", "ms", "dr", "st", "nd", "rd", "th", "mb",
    "gb", "kb", "tb", "hp", "cc", "ft", "mg", "ml", "km", "hr", "hrs", "min", "usd", "eur", "gbp",
    "cad", "aud", "mxn", "inr", "jpy", "btu", "rpm", "mph", "psi", "sq", "kw", "kwh", "dpi",
    "est", "pst", "cst", "mst", "edt", "pdt", "cdt", "mdt", "utc", "gmt", "ext", "tel", "fax",
    "ref", "num", "pin", "ssn", "zip", "ein", "vin", "dob", "apt", "ste", "box",
})
# fmt: on


# A single letter that opens an id, named as a letter or followed by a pause before its
# digits: "it's a letter e then 44172930", "starts with the letter k and then 5521 903",
# "the number is u let me see 138692", "it's k um 4471 9920" (not "a" or "i" after a pause).
_LETTER_OPENS_ID_BEFORE = re.compile(
    r"\bletter[ \t]+(?P<p>[a-z])[ \t]*,?[ \t]+(?:and[ \t]+)?then[ \t]*,?[ \t]+$"
    # (or opening a reply: "sure c um 3968079")
    r"|(?:\b(?:is|was|it's|its|number|id)[ \t]+|(?:^|[.!?][ \t]+)[ \t]*"
    r"(?:(?:sure|yes|yeah|yep|okay|ok|so|right)[ \t]*,?[ \t]+)?)"
    r"(?P<q>(?![ai]\b)[a-z])[ \t]*,?[ \t]+"
    r"(?:uh|um|uhm|er|erm|hmm|let[ \t]+me[ \t]+see|let's[ \t]+see|hang[ \t]+on|wait)"
    r"[ \t]*[,.]?[ \t]+$",
    re.IGNORECASE,
)


def _letter_opening_id(text: str, start: int) -> int:
    """Where an id starts when one letter named or said before a pause opens it."""
    m = _LETTER_OPENS_ID_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    return m.start("p") if m.group("p") else m.start("q")


# Two letters straight after a case's or a claim's name are the id's, even where they
# spell a short word: a medical examiner's "CASE ME 24 3307", lower-cased where the turn
# shouts ("case me 25 00318"). Not "just in case we 2 …".
_NAMED_CASE_LETTERS_BEFORE = re.compile(
    r"(?<!\bin[ \t]+)\b(?:case|claim|file|ticket|incident|docket)"
    r"(?:[ \t]+(?:number|no\.?|num|#))?[ \t]*[:#]?[ \t]+(?P<p>me|we|he|us)[ \t]+$",
    re.IGNORECASE,
)
# Capitals joined to the digits by a said dash, anywhere: a state file number's "DC dash
# 2024 55352" ("d c dash", as the normaliser joins spelled letters).
_CAPITALS_AND_DASH_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<p>(?-i:[A-Z]{1,5}))[ \t]+(?:dash|hyphen)[ \t]+$", re.IGNORECASE
)
# A said dash that opens a turn continues an id read in pieces: "dash 55815".
_TURN_OPENING_DASH = re.compile(r"^[ \t]*(?P<p>dash|hyphen)[ \t]+$", re.IGNORECASE)


def _id_letters_start(text: str, start: int) -> int | None:
    """Where an id's letters (or its said dash) start before its digits, if any."""
    m = _ID_LETTERS_BEFORE.search(text, max(0, start - 60), start)
    if m and m.group("p").lower() not in _NOT_ID_LETTERS:
        return m.start("p")
    for extra in (_NAMED_CASE_LETTERS_BEFORE, _CAPITALS_AND_DASH_BEFORE, _TURN_OPENING_DASH):
        m = extra.search(text, max(0, start - 60), start)
        if m and (
            extra is not _CAPITALS_AND_DASH_BEFORE or m.group("p").lower() not in _NOT_ID_LETTERS
        ):
            return m.start("p")
    return None


def widen_with_id_letters(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the letters said apart before its digits, and after them when the
    letters close the clause ("RI 5532 AQ."): an id's prefix left visible gives half of it
    away. Only after a word that gives a value, and never a short word or a unit's letters."""
    if not text[start : start + 1].isdigit():
        return start, end
    letters_start = _id_letters_start(text, start)
    if letters_start is None:
        return _letter_opening_id(text, start), end
    tail = _ID_LETTERS_AFTER.match(text, end)
    if tail and tail.group("s").lower() not in _NOT_ID_LETTERS:
        end = tail.end()
    return letters_start, end


_ID_HEAD_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])"
    rf"(?:(?P<dashed>{_GLUED_HEAD}|{_APART_HEAD})(?:{_DASH_OR_PAUSE})"
    rf"|(?P<spaced>{_CAPS_GLUED_HEAD}|{_APART_HEAD})[ \t]+)$",
    re.IGNORECASE,
)
# The pieces read apart before a letter the id's span already holds: "B 65" of "B 65 W dash
# 0774", where the span found is "W dash 0774".
_PIECES_BEFORE_LETTER = re.compile(
    r"(?<![\w'\u2019.-])(?-i:(?!I\b)[A-Z])[ \t]+\d{1,4}[ \t]+$", re.IGNORECASE
)
# A letter alone and a said dash opening the turn: "a dash 16273" (the caller reads the
# id back in pieces; the normaliser leaves a lower-case "a", a word elsewhere).
_TURN_OPENING_LETTER_DASH = re.compile(
    r"^[ \t]*(?:(?:okay|ok|so|yes|yeah|it's|its)[ \t]*,?[ \t]+)*"
    r"(?P<p>[a-z])[ \t]+(?:dash|hyphen)[ \t]+$",
    re.IGNORECASE,
)

_SAID_LETTER_OPENING = re.compile(
    r"(?-i:[A-Z])(?:[ \t]+(?:dash|hyphen)[ \t]+|[ \t]*-[ \t]*|[ \t]+)\d", re.IGNORECASE
)


def widen_with_id_head(text: str, start: int) -> int:
    """Where an id starts when a head of letters and digits was said before the part
    found ("B21Z dash 9656", "S 87 A dash 1227", "R07V 7600"), else ``start``."""
    window = max(0, start - 30)
    if _starts_with_said_letter(text, start):
        m = _PIECES_BEFORE_LETTER.search(text, window, start)
        if m:
            return m.start()
    m = _ID_HEAD_BEFORE.search(text, window, start)
    if m and _digits_follow(text, start):
        return m.start()
    m = _TURN_OPENING_LETTER_DASH.search(text, 0, start)
    return m.start("p") if m and text[start : start + 1].isdigit() else start


def _starts_with_said_letter(text: str, start: int) -> bool:
    """True when the span opens with one capital said apart: "W dash 0774", "A 1191"."""
    return _SAID_LETTER_OPENING.match(text, start) is not None


def _digits_follow(text: str, start: int) -> bool:
    """True when the span opens with digits, or a letter said apart before them."""
    return text[start : start + 1].isdigit() or _starts_with_said_letter(text, start)


# An id's letters spelled after its digits, closing the clause: "your case number is 7888
# MWTN" ("… eighty-eight m w t n", the normaliser joins spelled letters in capitals), "45888391
# dash v". Letters a transcript writes itself are words, not spelled: "1130 am", "4471 ok".
_SPELLED_LETTERS_AFTER = re.compile(
    r"(?:[ \t]+(?P<caps>(?-i:[A-Z]{2,5}))"
    r"|[ \t]*(?:-|[ \t](?:dash|hyphen)[ \t])[ \t]*(?P<one>(?-i:[A-Z]{1,5})|[a-z]))"
    r"(?=[ \t]*(?:[.,!?;]|$))",
    re.IGNORECASE,
)
# Capitals a writer puts after a number that are no id's letters: "by 5 PM", "4471 ASAP".
_NOT_SPELLED_AFTER = frozenset({"ASAP", "USA", "US", "EST", "PST", "ET", "PT", "FYI", "TBD"})


# An id's letter then its last digits, closing the clause, often after a pause: "5319 f 689",
# "4917 h er 899", "6662 a uh 862", "4917 H899" (the normaliser joins a spelled letter to
# digits). A lone "a" or "i" is a word unless a pause follows it; never an amount or a count.
_ID_PAUSE = r"[ \t,]+(?:uh|um|uhm|er|erm)[ \t,]+"
_LETTER_AND_DIGITS_AFTER = re.compile(
    rf"[ \t,]+(?:(?-i:[A-Z])\d{{1,6}}|(?:(?!(?:a|i)\b)[a-z](?:[ \t]+|{_ID_PAUSE})|[a-z]{_ID_PAUSE})"
    r"\d(?:[ \t]?\d){0,5})"
    rf"(?![\d.,]\d)(?![ \t]*{_UNITS}\b)(?=[ \t]*(?:[.,!?;]|$))",
    re.IGNORECASE,
)


def _end_with_letter_and_digits(text: str, end: int) -> int:
    """Where an id ends when a letter and more digits close the clause after its digits
    ("4917 h er 899"), else ``end``: the id's tail left visible gives part of it away."""
    if not text[end - 1 : end].isdigit():
        return end
    m = _LETTER_AND_DIGITS_AFTER.match(text, end)
    return m.end() if m else end


# A number's last digit said as a word after groups written in digits, ending the turn:
# "it's 232 814 575 one." (Whisper wrote the groups, not the last word). After a comma
# "one" is a pronoun ("ending in 1845, one for $212"), so only a space joins it.
_GROUPS_READ = re.compile(r"\d{2,4}(?:[ \t-]+\d{2,4}){2,}")
_SAID_LAST_DIGIT = re.compile(
    r"[ \t]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?=[ \t]*[.!?]?[ \t]*$)",
    re.IGNORECASE,
)


def _end_with_said_last_digit(text: str, start: int, end: int) -> int:
    """Where an id read in three groups or more ends when its last digit is a word that
    closes the turn ("232 814 575 one"), else ``end``."""
    if not _GROUPS_READ.fullmatch(text, start, end):
        return end
    m = _SAID_LAST_DIGIT.match(text, end)
    return m.end() if m else end


def _end_with_spelled_letters(text: str, end: int) -> int:
    """Where an id ends when its letters are spelled after its digits ("7888 MWTN"), else
    ``end``: the letters left visible give part of the id away."""
    if not text[end - 1 : end].isdigit():
        return end
    m = _SPELLED_LETTERS_AFTER.match(text, end)
    if not m:
        return end
    letters = m.group("caps") or m.group("one")
    if letters.lower() in _NOT_ID_LETTERS or letters.upper() in _NOT_SPELLED_AFTER:
        return end
    return m.end()


# A machine said to be of a model: "my refrigerator stopped working, it's a WTW5000DW" (an
# article before a code makes it a kind of thing, the machine named earlier in the sentence).
_APPLIANCE_IS_A_BEFORE = re.compile(
    rf"\b{PRODUCT}\b[^.?!]{{0,50}}\b(?:it's|its|it is|it was|i have|i've got|we have)"
    r"[ \t]+an?[ \t]+$",
    re.IGNORECASE,
)
# A spare part named by its number: "the part, the W10310240 ice maker, ships in 3 days".
# (or its catalogue number, with the maker's letters said apart: "part number AH218859 is
# $43", "part number re 6247 is …")
_PART_BEFORE = re.compile(
    r"\b(?:the|a|that)[ \t]+part[ \t]*,?[ \t]+(?:the[ \t]+)?$"
    r"|\bpart[ \t]+(?:number|no\.?|#)(?:[ \t]+(?:is|was))?[ \t:]*(?:[a-z]{1,6}[ \t]+)?$",
    re.I,
)
_PART_AFTER = re.compile(
    r"[ \t]+(?:ice[ \t]?maker|water[ \t]+filter|control[ \t]+board|door[ \t]+(?:seal|gasket)|"
    r"drain[ \t]+pump|igniter|heating[ \t]+element|drive[ \t]+belt|inlet[ \t]+valve)\b",
    re.IGNORECASE,
)


# A machine's model read off its label: "the model number on the sticker is c two four three
# f z", "model number: WY-118", "the model on the back plate reads p z four two oh four"
# (the label right before the code; a serial, "S/N …", names the caller's own unit).
_MODEL_LABEL_BEFORE = re.compile(
    r"\bmodel(?:[ \t]+(?:number|no\.?|#))?"
    r"(?:[ \t]+(?:on|from|off)[ \t]+(?:the|its|my)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:sticker|label|plate|tag|box|back|bottom|side|door|unit|manual))?"
    r"(?:[ \t]+(?:is|was|says|reads|it's|its))?[ \t]*[:#]?[ \t]*$",
    re.IGNORECASE,
)

# A model's shape shown by example as the agent asks for it: "what's the model number on
# the bottom of the modem? It should be something like OZ-6497" (an example, no one's id;
# an account named in between is the caller's: "... and your account number, it should be
# like 4471 2290").
_MODEL_EXAMPLE_BEFORE = re.compile(
    r"\bmodel(?:[ \t]+(?:number|no\.?|#))?\b"
    r"(?:(?!account|member|policy|confirmation|case|claim|reference|order|ticket|serial)"
    r"[^.?!]){0,60}[.?!]?[ \t]*(?:it|that|yours|it's|its)?[ \t]*"
    r"(?:should|would|will|might|may|could|must|usually|normally|typically)[ \t]+"
    r"(?:be|look|read|say)[ \t]+(?:something[ \t]+)?like[ \t,:]*$",
    re.IGNORECASE,
)


def named_as_model_or_part(text: str, start: int, end: int) -> bool:
    """True for a code that is a machine's model ("my washer quit, it's a MVW6230HW") or a
    spare part's number ("the part, the W11384469 drain pump"): the maker's, no one's id.
    The whole written code is judged, wherever in it the digits start."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return bool(
        _APPLIANCE_IS_A_BEFORE.search(text, max(0, start - 90), start)
        or _PART_BEFORE.search(text, max(0, start - 20), start)
        or _MODEL_LABEL_BEFORE.search(text, max(0, start - 70), start)
        or _MODEL_EXAMPLE_BEFORE.search(text, max(0, start - 140), start)
        or _PART_AFTER.match(text, end)
    )


# A tax quarter: "Q4 2022 through Q2 2023", "q1-2024".
_QUARTER = re.compile(r"(?<![\w-])q[1-4][ \t-]*(?:19|20)\d\d", re.IGNORECASE)
# A bank's SWIFT/BIC code, named: "SWIFT is NWBKGB2L", "the BIC code: DEUTDEFF500".
_BIC_BEFORE = re.compile(
    r"\b(?:swift|bic)(?:[ \t]+code)?(?:[ \t]+(?:is|was))?[ \t:]*$", re.IGNORECASE
)
_BIC = re.compile(r"[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?", re.IGNORECASE)
# A machine a part is wanted for: "I need a hydraulic pump for my L3901", "blades for the
# X738" (a code with letters: a model, not the caller's account).
_PART_FOR_BEFORE = re.compile(
    r"\b(?:need|needs|want|order|ordering|buy|get|looking[ \t]+for)[ \t]+(?:a|an|the|some|new|"
    r"two|2|a[ \t]+set[ \t]+of|a[ \t]+pair[ \t]+of)[ \t]+(?:[a-z-]+[ \t]+){0,4}"
    r"(?:for|on)[ \t]+(?:my|the|our|his|her|a|an)[ \t]+(?:[a-z]{2,3}[ \t]+)?$",
    re.IGNORECASE,
)


# A number the company says is its own, after it: "Confirmation is PMT-55120, that's our
# internal receipt number", "reference 4410, but that's just our ticket number",
# "confirmation 5157 is not tied to your ID".
_COMPANYS_OWN_AFTER = re.compile(
    r"[ \t]*[,.;]?[ \t]*(?:(?:but|and|which)[ \t]+)?(?:that's|thats|that[ \t]+is|it's|its|"
    r"which[ \t]+is)[ \t]+(?:(?:just|only)[ \t]+our[ \t]+(?:internal|ticket)|our[ \t]+internal|"
    # (not a household's "that's our own account", "that's our ticket number")
    r"our[ \t]+tracking[ \t]+number[ \t]+for[ \t]+the[ \t]+call)\b"
    r"|[ \t]+is[ \t]+not[ \t]+(?:tied|linked|connected)[ \t]+to[ \t]+your\b",
    re.IGNORECASE,
)
# The store's or the maker's numbers for a thing, not the caller's: "order item 80139",
# "the item B0077", "part RE20022", "register 26, transaction 8652", "lot number 2248",
# "the serial plate says JGD575159", "tax year 2022, letter L7753" (an IRS letter's form).
_THINGS_NUMBER_BEFORE = re.compile(
    r"\b(?:item|lot|batch|sku)(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t:#]*$"
    # ("part RE20022", "part number is …"; not a value's piece: "that last part is 3927")
    r"|\bpart[ \t]+(?:number|no\.?|#)(?:[ \t]+(?:is|was))?[ \t:#]*$"
    r"|(?<!\b(?:last|first|middle|next|other|second|third|final|that|this)[ \t]+)\bpart[ \t:#]*$"
    r"|\bregister[ \t]+\d{1,3},?[ \t]+transaction(?:[ \t]+(?:number|no\.?|#))?[ \t:#]*$"
    r"|\bserial[ \t]+plate[ \t]+(?:says|reads|shows|is)[ \t:]*$"
    r"|\b(?:notice|irs|tax|owe)\b[^.?!]{0,80}\bletter[ \t]+(?:number[ \t]+)?$",
    re.IGNORECASE,
)
# An employer's group number said after the member's own id: "Member ID X438027602, group
# 3943" (the plan's group, the same for everyone at the firm).
_GROUP_AFTER_MEMBER_BEFORE = re.compile(
    r"\b(?:member|subscriber)[ \t]+(?:id|number|#)[^.?!]{0,30},[ \t]*group"
    r"(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t:#]*$",
    re.IGNORECASE,
)
# A machine's model with the maker's letter after its digits, said with an article: "a
# hydraulic filter for a 6155R", "It was for a 5085M", "An 8320R." (a person's code is not
# "a" code).
_MODEL_SUFFIXED = re.compile(r"\d{3,4}(?-i:[A-Z]{1,2})")
# (not "my 4417B": a possessive may go with the caller's own code)
_MODEL_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ \t]+$", re.IGNORECASE)
# An amount by what is done with it: "listed at 318000", "sent 15659 through zelle".
_LISTED_AT_BEFORE = re.compile(
    r"\b(?:listed|priced|selling|asking|appraised|valued)[ \t]+(?:at|for)[ \t]+$", re.IGNORECASE
)
# (the amount right after the verb: "sent 15659 through zelle", not the payee's number in
# "i sent it to 4155550123 through zelle")
_SENT_BEFORE = re.compile(r"\b(?:sent|send|paid|pay|transferred)[ \t]+$", re.IGNORECASE)
_SENT_THROUGH_AFTER = re.compile(
    r"[ \t]+(?:through|via|over|on|by|with)[ \t]+(?:zelle|venmo|paypal|cash[ \t]?app|wire)\b",
    re.IGNORECASE,
)


def _named_not_the_callers(text: str, start: int, end: int) -> bool:
    """True for a number the words around it give to a thing or the company: an item's,
    a part's, a till's, an employer's group, a machine's model, an amount, or a number the
    company calls its own internal one."""
    before = text[max(0, start - 120) : start]
    model_end = end
    while model_end < len(text) and text[model_end].isalnum():
        model_end += 1  # the maker's letter after the digits: "6155R"
    return bool(
        _COMPANYS_OWN_AFTER.match(text, end)
        or _THINGS_NUMBER_BEFORE.search(before)
        or _GROUP_AFTER_MEMBER_BEFORE.search(before)
        or plan_or_staff_number(text, start)
        # (the label taken into the span: "group 61820" found whole)
        or bool(
            (lead := _GROUP_LEAD.match(text, start, end)) and plan_or_staff_number(text, lead.end())
        )
        or (
            _MODEL_SUFFIXED.fullmatch(text, start, model_end)
            and _MODEL_ARTICLE_BEFORE.search(before[-12:])
        )
        or _LISTED_AT_BEFORE.search(before[-30:])
        or (_SENT_BEFORE.search(before[-16:]) and _SENT_THROUGH_AFTER.match(text, end))
    )


def not_a_persons_code(text: str, start: int, end: int) -> bool:
    """A code that names no one: a tax quarter, a bank's SWIFT code, the model of a machine
    a part is wanted for."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1  # the whole written code ("L3901"), wherever its digits start
    value = text[start:end]
    if _named_not_the_callers(text, start, end):
        return True
    quarter = _QUARTER.search(text, max(0, start - 4), end)
    if quarter and quarter.start() <= start and quarter.end() == end:
        return True
    if _BIC.fullmatch(value) and _BIC_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _claim_reason_code(text, start, end):
        return True
    # (a short number alone there is the machine's model too: "a water pump for my 4440")
    return (
        (any(c.isalpha() for c in value) or 3 <= len(value) <= 5)
        and any(c.isdigit() for c in value)
        and bool(_PART_FOR_BEFORE.search(text, max(0, start - 80), start))
    )


# A claim adjustment reason code, its group's letters then the reason's number: "denied for
# missing prior authorization, code CO-197", "adjustment code PR 1" (the same for every
# patient: the code names why a claim was paid so, not whose claim it is).
_CLAIM_REASON_CODE = re.compile(
    r"(?:c[ \t]?o|p[ \t]?r|o[ \t]?a|p[ \t]?i|c[ \t]?r)[ \t-]?\d{1,3}", re.IGNORECASE
)
_CLAIM_REASON_BEFORE = re.compile(
    r"\b(?:denied|denial|declined|rejected|adjust(?:ed|ment)|reason|remark|carc|rarc)\b"
    r"[^.?!]{0,80}\bcode[ \t:]*$",
    re.IGNORECASE,
)


def _claim_reason_code(text: str, start: int, end: int) -> bool:
    """A claim's denial or adjustment reason code, said after "code": the payer's reason."""
    return bool(_CLAIM_REASON_CODE.fullmatch(text, start, end)) and bool(
        _CLAIM_REASON_BEFORE.search(text, max(0, start - 120), start)
    )


# A machine everyone uses, named before its code: "charger VP-2204", "pump 12", "station
# number 4208" (a charging point's, a fuel pump's, a kiosk's: no one's own number).
_PUBLIC_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:chargers?|charging[ \t]+(?:station|point|port)s?|stations?|pumps?|kiosks?|"
    r"dispensers?|vending[ \t]+machines?)"
    r"(?:[ \t]+(?:number|no\.?|#|id))?(?:[ \t]+(?:is|was|says))?[ \t:#,]*$",
    re.IGNORECASE,
)


def names_public_equipment(text: str, start: int, end: int) -> bool:
    """True for a short code right after the public machine it names ("the session, charger
    VP-2204, started at 9:14"): a charger's or a pump's id, the operator's, not the caller's
    (a long number there is an account's: "my account at the station is 44718832")."""
    return sum(c.isdigit() for c in text[start:end]) <= 6 and bool(
        _PUBLIC_EQUIPMENT_BEFORE.search(text, max(0, start - 40), start)
    )


# A product line written as one capitalised compound, then its round model number: "a
# Lumaprint HomeJet 3300", "the LaserJet 4000" (not a card or a wallet: "MasterCard 3300").
_CAMEL_LINE_BEFORE = re.compile(
    r"(?<![\w-])(?-i:(?!(?:Master|Pay|Cash|Money|Apple|Google|Samsung)[A-Z])[A-Z][a-z]{2,}"
    r"(?!(?:Card|Pay|Pal|Bank|Cash|Money)\b)[A-Z][a-z]{2,})[ \t]+$"
)
_ROUND_NUMBER = re.compile(r"[1-9]\d?0{2,3}")


def _camel_model(text: str, start: int, end: int) -> bool:
    """A round model number after a product line's compound name ("a HomeJet 3300")."""
    return bool(_ROUND_NUMBER.fullmatch(text, start, end)) and bool(
        _CAMEL_LINE_BEFORE.search(text, max(0, start - 30), start)
    )


# Words before a hyphen that name the number, not start it: "ext-4410", "tel-5512".
_NOT_HYPHEN_PREFIX = frozenset(
    {"SSA", "RRB", "EXT", "TEL", "NO", "NUM", "PIN", "ID", "FAX", "MOB", "PH"}
)


# Words that bound an amount: "up to 100,000", "at least 5000", "a limit of 25000".
AMOUNT_BOUND = (
    r"(?:up to|at least|at most|more than|less than|no more than|maximum of|minimum of|"
    r"limit of|cap of)"
)
_AMOUNT_BOUND_BEFORE = re.compile(rf"\b{AMOUNT_BOUND}[ \t]+$", re.IGNORECASE)


def _quantity(text: str, start: int, end: int) -> bool:
    """True for a year alone, a clock time ("at 1130"), or a count ("4000 customers")."""
    value = text[start:end]
    digits = "".join(c for c in value if c.isdigit())
    before = text[max(0, start - 25) : start].lower()
    after = text[end : end + 30].lower()
    if (
        len(digits) == 4
        and value == digits
        and digits[:2] in ("19", "20")
        and (
            _YEAR_BEFORE.search(before)
            or _YEAR_AFTER.match(after)
            or is_model_year(text, start, end)
        )
    ):
        return True  # a year: "since 2019", "a 2024 honda"; birth years have their own
    if len(digits) <= 5 and value == digits and _CLOCK_WORD_AFTER.match(text, end):
        return True  # "open till ten ten o clock" (1010 + the "o" read as 0), "1028 clock in"
    if len(digits) <= 6 and value == digits and _after_a_check(text, start):
        return True  # "check 1042 for $400 and 1043 for $350": the second cheque's serial
    if len(digits) <= 6 and value == digits and _winnings(text, start, end):
        return True  # "it wasn't that big, two thousand on a slot": an amount won
    if len(digits) <= 7 and _AMOUNT_BOUND_BEFORE.search(text, max(0, start - 20), start):
        return True  # "per our terms up to 100000 can be transferred": a bound on an amount
    if business_purchase_order(text, start, end):
        return True  # "the invoice should reference our PO, 4471": the company's own order
    if plan_or_staff_number(text, start):
        return True  # "member ID W5512, group number 80231": the employer's plan
    if len(digits) in (3, 4) and value == digits and _time_now(text, start, end):
        return True  # "it's twelve forty" (1240) in a turn about lunch being late: the hour
    if value == digits and _size_or_unit_price(text, start, end):
        return True  # "fifty 11 by 17 posters", "40 bowls at 1675 comes to": a size, a price
    if _date_part(text, start, end) or _year_range_end(text, start, end):
        return True  # "on February 10, 2025", "show on 12-15-25", "Army, 1992 to 1996"
    if (
        len(digits) == 4
        and value == digits
        and digits[:2] in ("19", "20")
        and _YEAR_WORD.search(text, max(0, start - 80), min(len(text), end + 40))
        and _YEAR_PREP_BEFORE.search(before)
    ):
        return True  # "restoring them to 2025", "8000 for 2026" in a turn about a use year
    if (
        digits in _TAX_FORMS
        and value == digits
        and (_FORM_BEFORE.search(before) or _KIND_AFTER.match(after))
    ):
        return True  # "the 1099", "your 1098 form": an IRS form, not a number of the caller
    if (
        len(digits) in (3, 4)
        and _CLOCK.fullmatch(digits)
        and (_TIME_BEFORE.search(before) or _TIME_AFTER.match(after))
    ):
        return True
    if len(digits) == 4 and value == digits and _year_of_a_record(text, start, end):
        return True  # "my 1099-B for 2023", "a balance of $611 for 2022", "from like 2004"
    if len(digits) <= 6 and value == digits and _approximate(text, start, end):
        return True  # "about 48576", "i can do a 1000", "i've credited 12095": amounts
    if len(digits) <= 6 and _STORE_NUMBER_BEFORE.search(text, max(0, start - 50), start):
        return True  # "store number's on the receipt, 2214": the shop's, not the caller's
    if _DECADE_DIGITS.fullmatch(value) and _DECADE_S_AFTER.match(text, end):
        return True  # "1980s relay controllers": a decade, said with its small "s"
    if len(digits) <= 5 and _BRANCH_NUMBER_BEFORE.search(text, max(0, start - 50), start):
        return True  # "the form asks for a branch number, is that the 0412?": the bank's
    if _slot_taken(text, start, end, digits):
        return True  # "eleven forty five works": the caller takes an offered time
    if _YEAR_RANGE.fullmatch(value) and (int(value[2:4]) + 1) % 100 == int(value[-2:]):
        return True  # "the FAFSA for 2024-25": a school or tax year
    if len(digits) <= 6 and value == digits and _MONEY_AFTER.match(after):
        return True  # "the 1000 deductible", "a 2500 down payment"
    if _TOLL_FREE_CODE_ALONE.fullmatch(value):
        return True  # "is this not 1-800 …": a toll-free code named, no number
    if len(digits) <= 6 and value == digits and _short_code(text, start, end):
        return True  # "forward it to 7726, that's SPAM on the keypad": a carrier's short code
    if is_drawn_numbers(text, start):
        return True  # "the winning numbers were 6, 13, 65 …": a game's draw
    if is_toll_free(value) or after_toll_free_prefix(before) or is_own_line(text, start, end):
        return True  # "call us at 1-800-555-0100", "1 (888) 470-3499": the company's line
    if "," in value and (_MONEY_BEFORE.search(before) or value.endswith(",000")):
        return True  # "a balance of 1,234,567", "1,200,000"
    if len(digits) <= 6 and _MONEY_BEFORE.search(before):
        return True  # "a balance of twenty five ninety nine" is $25.99
    if _priced_plan(text, start, end) or _glued_list_before_unit(text, start, end):
        return True  # "the 4999 lawn and pest bundle", "offers on 3648 and 60 month terms"
    if len(digits) <= 6 and _form_to_file(text, start, end):
        return True  # "you'll need to submit the 281900 for you": a form named by its number
    if _RAND_BEFORE.search(text, max(0, start - 3), start) and (
        _THOUSANDS.fullmatch(value)
        or _MONEY_BEFORE.search(text[max(0, start - 40) : start].lower())
    ):
        return True  # "the fare difference is R 12 840": an amount in rand
    if len(digits) <= 4 and value == digits and is_flight(text, start, end):
        return True  # "I'm on UA 1184 and the gate changed": an airline's flight
    if (
        _AIRLINE_LETTER_BEFORE.search(text, max(0, start - 3), start)
        and _DIGIT_AND_FLIGHT.fullmatch(value)
        and len(digits) <= 5
        and _TRAVEL.search(text)
    ):
        return True  # "I fly back on B6 1535": the airline's designator ends in a digit
    if _BUSINESS_ID_BEFORE.search(before):
        return True  # "the employer's EIN is 46-2210987": a business's tax id, not a person's
    if _EIN_SHAPE.fullmatch(value) and _EIN_NAMED.search(text, max(0, start - 120), start):
        return True  # "the EIN on the W-2 is wrong, it should be 51-0934418": the same id
    if len(digits) <= 6 and (_school_code(text, start, end) or _sold_model(text, start)):
        return True  # "the School Code is … like 001869", "we install the LiftMaster 87504"
    if _own_code(before) or _model_code(before, digits) or _flight_code(text, start, digits):
        return True  # "our school code is 001638", "model CF4860S", "booked on B61741"
    if len(digits) == 7 and _TOLL_FREE_AREA_BEFORE.search(text.lower(), max(0, start - 40), start):
        return True  # "call (800) 974-7408": the rest of a toll-free line, a business's
    if (
        len(digits) == 4
        and value == digits
        and digits[:2] in ("19", "20")
        and _year_said(text, start, end)
    ):
        return True  # "records back to 1968", "a signed 1040 for 2022", "2010 associate of arts"
    if len(digits) <= 6 and _PRODUCT_AFTER.match(after):
        return True  # "the VF-6000 router", "the 4400 drill": a product's model
    if (
        len(digits) <= 6
        and value == digits
        and _READING_BEFORE.search(text, max(0, start - 80), start)
    ):
        return True  # "the reading we got was 4412 and last month was 3980": a meter's count
    if len(digits) <= 6 and _VERSION_BEFORE.search(before):
        return True  # "i'm on version a x 7784 of the app", "version C3223": a release
    if len(digits) <= 8 and _AMOUNT_IS_BEFORE.search(before):
        return True  # "and the amount is 4231650" (an amount read in pieces)
    if len(digits) <= 6 and (_LABEL_BEFORE.search(before) or _KIND_AFTER.match(after)):
        return True  # "channel 1045", "flight 2210", "error code 4031": not a person's
    if len(digits) <= 6 or "," in value:
        m = _NEXT_WORDS.match(after)
        if m and any(_plural(w) for w in m.group(1, 2) if w):
            return True
    if len(digits) <= 6 and value == digits and _amount_by_its_words(text, start, end):
        return True  # "you'll have 1750 left", "split it 5050", "gets social security like 1200"
    if len(digits) <= 6 and value == digits and _price_by_its_words(text, start, end):
        return True  # "it went from 1299 to 1899", "that refill is 5899", "the claim for 79256"
    if len(digits) <= 6 and value == digits and _fee_or_shop_price(text, start, end):
        return True  # "registration is forty four ninety", "sixteen oh nine at a coffee shop"
    if value == digits and _rough_thousands(text, start, end):
        return True  # "around forty four sixty thousand": an income, never an id
    if len(digits) in (3, 4) and _CLOCK.fullmatch(digits) and _DEPARTS_BEFORE.search(before):
        return True  # "departing eleven ten": a flight's or a train's time
    # "a weekly payout of four eighty two fifty", "twelve thousand zloty"
    return len(digits) <= 6 and value == digits and _money_in_context(text, start, end)


# A price that changed, said with its verb: "it went from 1299 to 18.99", "jumped from 45
# up to 6250" (a transfer "from 4412 to 5567" names accounts and has no such verb).
_CHANGE = (
    r"\b(?:went|gone|go(?:es)?|jumped|increased|raised|rose|risen|climbed|dropped|fell|"
    r"changed|bumped|moved|up|down)[ \t]+(?:up[ \t]+|down[ \t]+)?from[ \t]+"
)
_CHANGED_FROM_BEFORE = re.compile(rf"{_CHANGE}$", re.IGNORECASE)
_CHANGED_TO_BEFORE = re.compile(
    rf"{_CHANGE}\$?[ \t]?[\d.,]+[ \t]+(?:up[ \t]+|down[ \t]+)?to[ \t]+$", re.IGNORECASE
)
# What a thing costs, said with the thing and no id word: "that refill is 5899",
# "cancellations under 24 hours are 3650", "the claim for 79256 from may 18th" (a claim
# "for" an amount; "claim 79256" is the claim's number).
_PRICED_NOUN_BEFORE = re.compile(
    r"\b(?:(?:the|that|this|your|a|each|every)[ \t]+(?:refill|renewal|visit|co-?pay)s?"
    r"[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be|comes[ \t]+to|costs?)"
    r"|(?:late[ \t]+)?cancell?ations?(?![ \t]+(?:number|no|code|id)\b)[^.?!#]{0,30}?"
    r"\b(?:are|is|cost|costs|will[ \t]+be)"
    r"|\bclaims?[ \t]+(?:for|of|totall?ing|worth))[ \t]+$",
    re.IGNORECASE,
)

# A recurring amount said to be the same as ever: "2499 as usual", "4999 like always".
_AS_USUAL_AFTER = re.compile(
    r"[ \t,]+(?:as|like)[ \t]+(?:usual|always|normal|before|last[ \t]+(?:month|time))\b",
    re.IGNORECASE,
)


def _price_by_its_words(text: str, start: int, end: int) -> bool:
    """A price said as bare digits, known by a price change's verb or by the thing it is
    the cost of; spoken prices come out of the normaliser as bare digits, an id's shape."""
    window = re.split(r"[.?!]", text[max(0, start - 60) : start])[-1]
    if _PRICE_SHAPE.fullmatch(text, start, end) and _AS_USUAL_AFTER.match(text, end):
        return True  # "yes the tenth 2499 as usual": the bill's usual amount
    return bool(
        _CHANGED_FROM_BEFORE.search(window)
        or _CHANGED_TO_BEFORE.search(window)
        or _PRICED_NOUN_BEFORE.search(window)
    )


# A year given for a record: a tax year, a form's, a balance's, a filing's ("my 1099-B for
# 2023", "a penalty … for 2022", "a return was already filed for 2023"), or one said with a
# hedge ("that's from like 2004", "since maybe 1998").
_YEAR_FOR_BEFORE = re.compile(r"\bfor[ \t]+(?:the[ \t]+(?:year[ \t]+)?)?$", re.IGNORECASE)
_RECORD_WORD = re.compile(
    r"\b(?:tax(?:es)?|file|filed|filing|return|returns|1099|1098|w-?2|forms?|penalty|balance|"
    r"records?|statements?|documents?|transcripts?|refund|owed?|irs|income|address|"
    r"year|reissued?)\b|\$",
    re.IGNORECASE,
)
_YEAR_HEDGED_BEFORE = re.compile(
    r"\b(?:from|since|in|around|back|until|till)[ \t]+(?:like|maybe|probably|roughly|"
    r"about|around|uh|um)[ \t,]+$",
    re.IGNORECASE,
)


def _year_of_a_record(text: str, start: int, end: int) -> bool:
    """A year (1950-2039) that dates a record the turn names, or said with a hedge: no
    one's id is given "for" a tax document, nor "like" a number."""
    year = text[start:end]
    if not (year.isdigit() and 1950 <= int(year) <= 2039):
        return False
    if _YEAR_HEDGED_BEFORE.search(text, max(0, start - 30), start):
        return True
    sentence = re.split(r"[.?!]", text[max(0, start - 120) : start])[-1]
    return bool(_YEAR_FOR_BEFORE.search(text, max(0, start - 20), start)) and bool(
        _RECORD_WORD.search(sentence)
    )


# An amount said roughly ("about 48576 yes", "roughly 1200"), a round sum after "a" ("i
# can maybe do a 1000"), or credited back ("i've credited 12095"): no id is approximate.
_APPROX_BEFORE = re.compile(
    r"(?:^|\b(?:it's|its|is|was|yeah|yes|so|uh|um|,))[ \t]*(?:about|roughly|approximately|"
    r"around|nearly|almost|somewhere[ \t]+around)[ \t]+$",
    re.IGNORECASE,
)
_ROUND_SUM = re.compile(r"[1-9]\d?00|[1-9]\d{0,2}000")
_A_BEFORE = re.compile(r"(?<![\w'\u2019-])a[ \t]+$", re.IGNORECASE)


def _approximate(text: str, start: int, end: int) -> bool:
    """A figure said roughly or a round sum after "a": an amount, never an identifier."""
    if _APPROX_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_ROUND_SUM.fullmatch(text, start, end)) and bool(
        _A_BEFORE.search(text, max(0, start - 4), start)
    )


# A shop's number pointed to on a receipt: "store number's on the receipt, 2214".
_STORE_NUMBER_BEFORE = re.compile(
    r"\bstore[ \t]+(?:number|no\.?|#)(?:'s|[ \t]+is)?[^.?!\d]{0,30}$", re.IGNORECASE
)

# A decade's digits and its small "s": "the 1980s", "1990's".
DECADE_DIGITS = r"(?:1[5-9]\d|20[0-3])0"
_DECADE_DIGITS = re.compile(DECADE_DIGITS)
_DECADE_S_AFTER = re.compile(r"(?-i:'?s)(?![\w'\u2019-])")

# A bank's branch (transit) number asked for or confirmed: the same for every customer of
# the branch, no one's id ("the branch number is 0412", "asks for a branch number, is that
# the 0412?"); not when the caller's own account or card is named in between.
_BRANCH_NUMBER_BEFORE = re.compile(
    r"\bbranch[ \t]+(?:number|no\.?|#|code)(?:'s|[ \t]+is)?"
    r"(?:(?!\b(?:account|acct|card|member|routing|my|your)\b)[^.!\d]){0,35}$",
    re.IGNORECASE,
)

# What is left of an amount or a count: "so you'll have 1750 left", "there's 2300 remaining
# on the loan", "that leaves 940 left over".
_LEFT_BEFORE = re.compile(
    r"\b(?:have|has|had|having|there's|theres|there[ \t]+is|leaves?|leaving|left[ \t]+with|"
    r"be|it's|its|that's|thats)[ \t]+(?:(?:only|just|about|around|roughly|like|still|now|"
    r"another|an[ \t]+extra|a[ \t]+total[ \t]+of)[ \t]+)*$",
    re.IGNORECASE,
)
_LEFT_AFTER = re.compile(
    r"[ \t]+(?:left|remaining|to[ \t]+spare|left[ \t]+over|leftover|outstanding)\b", re.IGNORECASE
)
# A thing shared in halves, "fifty fifty" (5050): "split the property 5050", "a 5050 chance",
# "we'd go 5050 on it" (not "my pin is 5050").
_HALVES_BEFORE = re.compile(
    r"\b(?:split|splits|splitting|share|shared|sharing|divide|divided|dividing)\b"
    r"(?:(?!\b(?:number|account|acct|id|pin|code|card|ending)\b)[^.?!\d]){0,30}$"
    r"|\b(?:go|going|went)[ \t]+$",
    re.IGNORECASE,
)
_HALVES_AFTER = re.compile(
    r"[ \t]+(?:chance|split|shot|basis|deal|odds|share|ownership|partnership|custody)\b",
    re.IGNORECASE,
)
# A shop price (cents .99, .95, .49) read as the item's, then when it was bought: "I see it:
# 14999, purchased October 13th" ($149.99).
_BOUGHT_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:was|were|it[ \t]+was)[ \t]+)?(?:purchased|bought|ordered|paid|charged)"
    r"(?:[ \t]+(?:on|in|at|back))?\b",
    re.IGNORECASE,
)


def _amount_by_its_words(text: str, start: int, end: int) -> bool:
    """An amount or a count said without a money word, known by the words that hold it:
    what is left ("you'll have 1750 left"), halves shared ("split it 5050"), a social
    security benefit ("she gets the social security like 1200"), a price bought at ("14999,
    purchased October 13th"). No identifier is said that way."""
    value = text[start:end]
    if _LEFT_AFTER.match(text, end) and _LEFT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if value == "5050" and (
        _HALVES_BEFORE.search(text, max(0, start - 50), start)
        or _HALVES_AFTER.match(text, end)
        or _halves_closing_a_list(text, start, end)
    ):
        return True
    if social_security_amount(text, start):
        return True
    # (an id named before makes it the id's: "the order 8999, bought in June")
    window = re.split(r"[.?!:]", text[max(0, start - 40) : start])[-1]
    return (
        bool(_PRICE_SHAPE.fullmatch(value))
        and bool(_BOUGHT_AFTER.match(text, end))
        and not _ID_WORD.search(window)
    )


# A currency named after an amount, beyond the dollar's and the euro's in _UNITS:
# "twelve thousand zloty", "4500 pesos", "3000 rupees", "a 2000 quid deposit".
_CURRENCY_AFTER = re.compile(
    r"[ 	]*(?:zlot(?:y|ys|ies)|złot(?:y|ys)|yen|yuan|renminbi|rmb|rupees?|pesos?|francs?|"
    r"krona|kronor|krone|kroner|won|rand|dirhams?|reais|rubles?|roubles?|shekels?|baht|"
    r"ringgit|naira|lira|liras|forints?|lei|dinars?|riyals?|rials?|quid|grand|cad|aud|gbp|"
    r"eur|mxn|inr|jpy|pln|chf|sek|nok|dkk)\b",
    re.IGNORECASE,
)
# Money paid or moved, then the amount after a preposition in the same clause: "two drafts
# on the first, both for 1185", "a weekly payout of 48250", "the wire for 2370".
_MONEY_NOUN_FOR_BEFORE = re.compile(
    r"\b(?:drafts?|payouts?|paychecks?|payroll|wires?|withdrawals?|debits?|deductions?|"
    r"transactions?|charges?|payments?|deposits?|transfers?|purchases?|invoices?|bills?|"
    r"quotes?|estimates?|refunds?|reimbursements?|settlements?|stipends?|allowances?|"
    r"benefits?|checks?|cheques?)\b[^.?!\d]{0,40}\b(?:for|of|totall?ing|worth)[ \t]+$",
    re.IGNORECASE,
)
# Money that left an account, said after the amount: "2370 gone from my checking",
# "1185 taken out of my savings", "940 came out of the account", "2210 was debited".
_MONEY_GONE_AFTER = re.compile(
    r"[ \t,]+(?:(?:was|were|is|got|has[ \t]+been|just)[ \t]+)*"
    r"(?:(?:gone|taken|missing|pulled|withdrawn|deducted|came|come|coming|went|drained|"
    r"debited|charged)[ \t]+(?:out[ \t]+)?(?:of|from|to|on)[ \t]+"
    r"(?:my|our|the|your|his|her|their|that)[ \t]+(?:\w+[ \t]+)?"
    r"(?:checking|savings|account|card|balance|paycheck|wallet)"
    r"|(?:debited|deducted|withdrawn|overdrawn)\b)",
    re.IGNORECASE,
)
# An amount weighed against another that has its unit: "940 a month instead of 1320",
# "200 dollars rather than 1850", "it went from 45 a week up to 6250" (a bare "to" is no
# comparison: "send 500 dollars to 88123391" names where the money goes).
_COMPARED_BEFORE = re.compile(
    rf"\d[ \t]*(?:{_UNITS})[ \t,]+(?:instead[ \t]+of|rather[ \t]+than|versus|vs\.?|"
    r"compared[ \t]+(?:to|with)|not|and[ \t]+not|up[ \t]+to|down[ \t]+to)[ \t]+$",
    re.IGNORECASE,
)
# Words that name an identifier: a number after them in the sentence is the id's.
_ID_WORD = re.compile(
    r"\b(?:number|no\.|#|account|acct|id|pin|code|reference|ref|confirmation|ticket|case|"
    r"claim|member|membership|policy|routing|serial|order|passcode|password|last[ \t]+four)\b",
    re.IGNORECASE,
)
# A price as shops say it, cents .99, .95 or .49: "ninety nine ninety nine" (9999), "one
# seventy nine ninety nine" (17999).
_PRICE_SHAPE = re.compile(r"\d{1,3}(?:99|95|49)")
# Two prices offered as options in a sentence: "alignment is 9999 or the lifetime one is 17999".
_PRICE_OPTIONS = re.compile(
    r"(?<![\d$£€.,:/])\d{1,3}(?:99|95|49)(?![\d.,]\d)[^.?!\d]{0,40}\b(?:or|vs\.?|versus|"
    r"instead[ \t]+of|compared[ \t]+to)\b(?:[^.?!\d]|(?<!\d)\d(?!\d)){0,40}"
    r"(?<![\d$£€.,:/])\d{1,3}(?:99|95|49)(?![\d.,]\d)",
    re.IGNORECASE,
)

# A shop price and what is added to it: "1995 plus seventy nine cents a mile", "4999 plus
# tax", "18995 plus delivery".
_PRICE_PLUS_AFTER = re.compile(
    r"[ \t,]+plus[ \t]+(?:tax(?:es)?|fees?|shipping|delivery|tip|gratuity|installation|"
    r"(?:about[ \t]+|like[ \t]+)?\d{1,3}[ \t]+(?:cents?|dollars?|bucks)\b"
    r"|(?:a|the)[ \t]+(?:\w+[ \t]+)?(?:fee|deposit|charge)\b)",
    re.IGNORECASE,
)
# One thing's price set against another's, each said "is": "a standing spray is 18995 or
# the casket piece is 240" (the second price need not end in 95 or 99).
_PRICE_IS_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|our)[ \t]+[a-z' -]{2,30}?[ \t]+(?:is|are|runs|costs?)[ \t]+$",
    re.IGNORECASE,
)
_OTHER_PRICE_AFTER = re.compile(
    # (the normaliser writes "the large one" as "the large 1")
    r"[ \t,]+(?:or|and|but|while|versus|vs\.?)[ \t]+(?:the|a|an)[ \t]+[a-z' -]{2,30}?"
    r"(?:[ \t]1)?[ \t]+(?:is|are|runs|costs?)[ \t]+(?:about[ \t]+|like[ \t]+|only[ \t]+)?\$?\d",
    re.IGNORECASE,
)


def _price_and_another(text: str, start: int, end: int) -> bool:
    """A shop price said as "the X is P or the Y is Q": two things priced side by side."""
    return bool(_PRICE_IS_BEFORE.search(text, max(0, start - 45), start)) and bool(
        _OTHER_PRICE_AFTER.match(text, end)
    )


def _money_in_context(text: str, start: int, end: int) -> bool:
    """An amount said without a money word, known by what is said around it: a currency
    after it, money paid or gone from an account, another amount it is weighed against, or
    two shop prices offered as options. Spoken prices come out of the normaliser as bare
    digits ("eleven eighty five" is 1185), the shape of an id."""
    if _CURRENCY_AFTER.match(text, end) or _MONEY_GONE_AFTER.match(text, end):
        return True
    # (an id named in the sentence makes the number its own: "the account for 4499")
    window = re.split(r"[.?!]", text[max(0, start - 60) : start])[-1]
    if _ID_WORD.search(window):
        return False
    if _MONEY_NOUN_FOR_BEFORE.search(window) or _COMPARED_BEFORE.search(window):
        return True
    if not _PRICE_SHAPE.fullmatch(text, start, end):
        return False
    if _PRICE_PLUS_AFTER.match(text, end) or _price_and_another(text, start, end):
        return True
    for m in _PRICE_OPTIONS.finditer(text, max(0, start - 90), min(len(text), end + 90)):
        if m.start() == start or m.end() == end:
            return True
    return False


# The business's own identifier, which it reads out to the caller: "our tax id is …",
# "our school code is …" (the school's FAFSA code), "our EIN is …".
_OWN_CODE_BEFORE = re.compile(
    r"\bour[ \t]+(?:federal[ \t]+)?(?:tax[ \t]+(?:id|i[ \t]d|identification)(?:[ \t]+number)?|"
    r"ein|e[ \t]i[ \t]n|(?:federal[ \t]+)?school[ \t]+code|institution(?:al)?[ \t]+code)"
    r"(?:[ \t]+(?:is|was))?[ \t:#]*$"
)
# A product's label, then the code's letters before its digits: "model CF4860S", "inverter
# model P1557", "stock number X9872X", "SKU X 5555X", "item is model A 3454".
_MODEL_CODE_BEFORE = re.compile(
    r"(?:\b(?:model|sku|stock[ \t]+(?:number|no\.?|#)|inverter(?:[ \t]+is)?)"
    r"(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t:#]+(?:an?[ \t]+)?"
    # (or a phone's line: "a refurbished galaxy NP-3778", "a Moto G V7085")
    r"|\b(?:pixel|galaxy|iphone|ipad|moto(?:[ \t]+[a-z])?|motorola|oneplus|xiaomi|redmi)[ \t]+)"
    r"(?:[a-z]{1,3}[ \t-]?){0,3}$"
)
# A flight whose airline designator is a letter and a digit, the digit glued to the flight's
# number: "on flight B62744", "you're booked on B61741".
_FLIGHT_LETTER_BEFORE = re.compile(
    r"\b(?:flight|flights|booked[ \t]+on|flying[ \t]+on|fly[ \t]+on)[ \t]+(?:number[ \t]+)?"
    r"[a-z]$"
)
# A toll-free area code in brackets, given as a line to call: "call (855) 409-5826" (a
# caller's own "my number is (888) …" stays).
_TOLL_FREE_AREA_BEFORE = re.compile(
    r"\b(?:call|dial|ring|reach|contact)(?:[ \t]+(?:us|at|on))*[ \t]+"
    r"\(8(?:00|33|44|55|66|77|88)\)[ \t]*$"
)
# Words that place a year: "records back to 1968", "a long time ago, like 1991", a tax form's
# year ("their 1040 for 2022", "a transcript for 2021"), a degree's ("2010 associate of arts").
_YEAR_SAID_BEFORE = re.compile(
    r"\b(?:back[ \t]+to|ago,?[ \t]+(?:like|maybe|around|about|in)|graduated(?:[ \t]+in)?|"
    r"class[ \t]+of|(?:1040|w-?2|1099|return|returns|transcript|transcripts)[ \t]+for)[\s,]*$"
)
_YEAR_SAID_AFTER = re.compile(
    r"[\s,]+(?:associate|associates|associate's|bachelor|bachelors|bachelor's|master|masters|"
    r"master's|diploma|degree|certificate|graduate|graduation|class|cohort|tax[ \t]+year)\b"
)


def _own_code(before: str) -> bool:
    """The company's or the school's own number read out ("our tax id is …"): no caller's."""
    return bool(_OWN_CODE_BEFORE.search(before))


def _model_code(before: str, digits: str) -> bool:
    """A product's code after its label, letters first: "i see model J8252" (short codes only;
    a long run after "model" may be a serial misnamed)."""
    return len(digits) <= 6 and bool(_MODEL_CODE_BEFORE.search(before))


# The flight named, then its designator and number after a comma: "I need to change my
# flight, it's SB107" (in either case: a shouted turn is lower-cased); or the designator
# said right after "flight", its letters apart as a spoken turn writes them: "change my
# flight a a 1262", "flight number u a 881".
_FLIGHT_IS_CODE_BEFORE = re.compile(
    r"\bflights?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[,:]?[ \t]+"
    r"(?:(?:it's|its|it is|is|was)[ \t]+)?(?:[a-z]{2}|[a-z][ \t][a-z]|[a-z]\d|\d[a-z])[ \t]?$"
)


def _flight_code(text: str, start: int, digits: str) -> bool:
    """A letter-and-digit airline's flight: the letter before, the digit and 1-4 more after;
    or a designator and its number given as the flight."""
    low = text.lower()
    return (
        2 <= len(digits) <= 5 and bool(_FLIGHT_LETTER_BEFORE.search(low, max(0, start - 40), start))
    ) or (len(digits) <= 4 and bool(_FLIGHT_IS_CODE_BEFORE.search(low, max(0, start - 40), start)))


def _year_said(text: str, start: int, end: int) -> bool:
    """A year named by the words that place it, not an id's four digits."""
    low = text.lower()
    return bool(
        _YEAR_SAID_BEFORE.search(low, max(0, start - 40), start) or _YEAR_SAID_AFTER.match(low, end)
    )


def is_model_year(text: str, start: int, end: int) -> bool:
    """A year before a make or a model: "2010 Prius", "2017 Ford Ranger", "the 2024 one"."""
    value = text[start:end]
    return (
        len(value) == 4
        and value.isdigit()
        and value[:2] in ("19", "20")
        and bool(_MODEL_AFTER.match(text, end))
    )


def is_labelled(text: str, start: int) -> bool:
    """A number named by the thing it belongs to: "procedure code 99284", "Rx BIN 610014"."""
    return bool(_LABEL_BEFORE.search(text[max(0, start - 25) : start].lower())) or (
        plan_or_staff_number(text, start)
    )


# A health plan's group number, named as the group, in a turn about the insurance card: "member
# ID W5512, group number 80231", "policy …, group g double four one" (the employer's plan,
# the same for everyone there). A bare "my group number is …" stays redacted: fail closed.
_PLAN_GROUP_BEFORE = re.compile(
    r"\bgroup(?:[ \t]+(?:number|no\.?|#|id))?(?:[ \t]+(?:is|was))?[ \t:#,]*(?:[a-z][ \t-]?)?$",
    re.IGNORECASE,
)
_GROUP_LEAD = re.compile(r"group(?:[ \t]+(?:number|no\.?|#))?[ \t:#]+", re.IGNORECASE)
# The member's id read first, then the group: "XQB902771564, group number 270044".
_ID_THEN_GROUP = re.compile(
    r"\b[a-z]{0,4}\d{6,}[a-z0-9]*,?[ \t]+(?:and[ \t]+)?(?:then[ \t]+)?(?:the[ \t]+)?group\b",
    re.IGNORECASE,
)
_PLAN_CARD_WORDS = re.compile(
    r"\b(?:member|subscriber|policy|insurance|insurer|plan|bin|pcn|employer'?s?|card)\b",
    re.IGNORECASE,
)
# A pharmacy benefit's routing numbers (BIN, PCN), printed the same on every member's card.
_PHARMACY_ROUTING_BEFORE = re.compile(
    r"\b(?:rx[ \t]?)?(?:bin|pcn)(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t:#,]*$",
    re.IGNORECASE,
)
# A staff member's own work id said as they introduce themselves: "this is agent Carter, ID
# number 1004562", "I am the interpreter, interpreter ID 40922" (the agent's, not the caller's).
_STAFF_ID_BEFORE = re.compile(
    r"\b(?:this[ \t]+is|i[ \t]+am|i'm|my[ \t]+name[ \t]+is)[ \t]+(?:the[ \t]+|your[ \t]+)?"
    r"(?:agent|interpreter|operator|representative|rep|specialist|advisor|adviser)\b"
    # (the gap names no one else: "I'm the representative for my mother, her ID is …")
    r"(?:(?!\b(?:for|my|her|his|their|your|our|member|patient|client|customer|account)\b)"
    r"[^.?!\d]){0,30}\b(?:id|i d|badge|operator|employee)(?:[ \t]+(?:number|no\.?|#))?"
    r"(?:[ \t]+is)?[ \t:#,]*$",
    re.IGNORECASE,
)


def plan_or_staff_number(text: str, start: int) -> bool:
    """True for a number that names a health plan's group, a pharmacy's BIN/PCN or the
    speaking agent's own work id: printed or said the same for many callers, no one's own."""
    before = text[max(0, start - 120) : start]
    if _PHARMACY_ROUTING_BEFORE.search(before[-25:]) or _STAFF_ID_BEFORE.search(before):
        return True
    return bool(
        _PLAN_GROUP_BEFORE.search(before[-30:])
        and (_PLAN_CARD_WORDS.search(text) or _ID_THEN_GROUP.search(before))
    )


def is_flight(text: str, start: int, end: int | None = None) -> bool:
    """A flight number: an IATA airline code ("UA", "B6") before 1-4 digits, in a turn about
    travel ("gate", "boarding", "flight"); or 1-4 digits said with the flight's route or
    departure ("2210 from denver", "3805 seattle to phoenix", "on 1406 departing at 6")."""
    if _AIRLINE_BEFORE.search(text, max(0, start - 4), start) and (
        _TRAVEL.search(text) or _SEATED_ON_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    if _AIRLINE_NAME_BEFORE.search(text, max(0, start - 30), start):
        return True  # "i'm on westjet 2367 next thursday", "british airways flight 2922"
    if end is None:
        return False
    if _DESTINATION_AFTER.match(text, end) and _FLIGHT_WORD.search(text):
        return True  # "my flight, it's swtwo 1530 to denver": where the flight goes
    route = _ROUTE_AFTER.match(text, end)
    # "4421 from chase" may be an account at a bank: "from" alone needs a travel word
    return bool(route) and (not route.group("origin") or bool(_TRAVEL.search(text)))


# The agent seating the caller on a flight by its code: "I can rebook you on DL 2208".
_SEATED_ON_BEFORE = re.compile(
    r"\b(?:put|book|rebook|re-book|move|switch|get|seat)[ \t]+you[ \t]+(?:on|onto)[ \t]+"
    r"(?:the[ \t]+)?[a-z0-9]{2}[ \t]?$",
    re.IGNORECASE,
)


# A flight's destination alone after its number ("… 1530 to denver"), in a turn that names
# a flight: "to" alone may say where money goes ("4421 to savings"), a flight's does not.
_FLIGHT_WORD = re.compile(r"\b(?:flights?|flying|fly|flew)\b", re.IGNORECASE)


# A designator's letter before its digit ("B6 1535", "G4 212"), and that digit and a flight.
_AIRLINE_LETTER_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z])$")
# (the normaliser may join the designator's digit to the flight's first: "b six six hundred
# thirty six" comes out "B66 136")
_DIGIT_AND_FLIGHT = re.compile(r"\d[ \t]\d{1,4}|\d{2,4}[ \t]\d{1,3}")
# IATA airline designators: two capitals or a capital and a digit, written before the number.
_AIRLINE_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?$")
# Airlines by name, then the flight's number.
_AIRLINE_NAME_BEFORE = re.compile(
    r"\b(?:united|delta|american|southwest|jetblue|jet blue|alaska|spirit|frontier|hawaiian|"
    r"allegiant|sun country|westjet|air canada|porter|british airways|virgin(?: atlantic)?|"
    r"lufthansa|air france|klm|aer lingus|ryanair|easyjet|iberia|aeromexico|volaris|"
    r"emirates|qatar|etihad|turkish|qantas|singapore|cathay|air india|avianca|copa|latam)"
    r"(?:[ \t]+(?:airlines?|airways))?[ \t]+(?:flight[ \t]+)?(?:number[ \t]+)?$",
    re.IGNORECASE,
)
_TRAVEL = re.compile(
    r"\b(?:flights?|gate|boarding|board|depart\w*|arriv\w*|connect\w*|layover|terminal|"
    r"airline|airport|plane|seat|takeoff|landing|landed|delayed|flying|flew|fly|"
    r"nonstop|non-stop|round trip|one way|baggage|bag|luggage|"
    # a trip's way home: "you're coming back on the 14th, on LA 8180?"
    r"(?:coming|flying|heading|going|getting) (?:back|home)|return flight|itinerary)\b",
    re.IGNORECASE,
)
# A flight's route or departure said right after its number. The places are any words
# but pronouns and determiners ("4421 from my old card" is not a route).
_PLACE = (
    r"(?!(?:my|the|your|his|her|our|their|a|an|this|that|it|me|you|him|them|us|now|here|there|"
    r"and|or|is|was|be|been|going|goes|go|went|want|need|have|has|had|get|got|sent|send|"
    r"back|up|down|over|due|next|used|use|talk|speak|like|come|came|move|moved|change|"
    r"changed|set|do|see|make|pay|work|call|check|know|add|added|transfer|switch|up)\b)[a-z]+"
)
_DESTINATION_AFTER = re.compile(rf"[ \t,]+to[ \t]+{_PLACE}\b", re.IGNORECASE)
_ROUTE_AFTER = re.compile(
    rf"[ \t,]+(?:(?P<origin>(?:from|out of)[ \t]+{_PLACE}\b)(?![ \t]+to[ \t]+{_PLACE})|"
    rf"(?:from|out of)[ \t]+{_PLACE}[ \t]+to[ \t]+{_PLACE}\b|"
    r"(?:departing|departs|leaving|leaves|arriving|arrives|landing|lands|nonstop|non-stop|"
    r"boarding|connecting)\b|"
    rf"{_PLACE}[ \t]+to[ \t]+{_PLACE}[ \t]*[.!?]?[ \t]*$)",
    re.IGNORECASE,
)
# An employer's or a company's tax id (IRS EIN) names a business, not the caller.
_BUSINESS_ID_BEFORE = re.compile(
    r"\b(?:ein|e i n|fein|employer identification number|employer'?s? (?:tax )?id(?: number)?|"
    r"federal (?:tax|employer) id(?: number)?|business tax id)\b[^.?!\d]{0,15}$"
)
# An EIN's shape (two digits, a dash, seven; no SSN's 3-2-4) and its name earlier in the turn.
_EIN_SHAPE = re.compile(r"\d{2}-\d{7}")
_EIN_NAMED = re.compile(
    r"\b(?:ein|e i n|fein|employer identification|employer'?s? (?:tax )?id|federal tax id)\b",
    re.IGNORECASE,
)
# A capitalised make or model, or "one"/"model" for the thing already named.
# (a model number in any case, a shouted transcript is lower-cased: "a red 2016 f-150",
# "a 2019 rav4")
# (a model of capitals with a dash: "a 2019 CR-V", "2021 HR-V"; a make in any case, as a
# shouted transcript is lower-cased: "A RED 2017 JEEP CHEROKEE")
_MODEL_AFTER = re.compile(
    r"[ \t]+(?:(?-i:[A-Z][a-z]+|[A-Z]+-?\d+|[A-Z]{1,3}-[A-Z]{1,2})\b(?![-/]\w)"
    r"|[a-z]{1,3}-?\d{1,3}\b(?!-)|(?:one|ones|model)\b"
    r"|(?:acura|audi|bmw|buick|cadillac|chevy|chevrolet|chrysler|dodge|fiat|ford|gmc|honda|"
    r"hyundai|infiniti|jaguar|jeep|kia|lexus|lincoln|mazda|mercedes|mitsubishi|nissan|"
    r"pontiac|porsche|subaru|tesla|toyota|volkswagen|vw|volvo|harley|yamaha|kawasaki|"
    r"silverado|camry|corolla|civic|accord|altima|wrangler|tacoma|outback|prius|"
    r"f-?150|rav-?4|cr-?v)\b)",
    re.I,
)
# IRS information returns and forms people name by number.
_TAX_FORMS = frozenset({"1040", "1098", "1099", "1095", "1065", "1120", "5498", "8889", "1042"})
_FORM_BEFORE = re.compile(
    r"\b(?:the|a|an|your|my|his|her|their|irs|tax|form|ssa|rrb)"
    # a word that says which copy of the form: "the consolidated 1099", "a corrected 1098"
    r"(?:[ \t]+(?:consolidated|corrected|amended|original|composite|combined|duplicate|"
    r"replacement|final|federal|state|latest|new|old|last|next|paper|electronic))?[\s-]*$"
)


def _plural(word: str) -> bool:
    word = word.lower()
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in _NOT_PLURAL
    )


_YEAR_BEFORE = re.compile(
    r"\b(?:since|in|from|until|till|til|by|before|after|of|year|around|about|circa|back|early|"
    r"late|mid|during|summer|winter|spring|fall|autumn|christmas|a|the|that|"
    # a tax year: "it's under tax forms, 2024", "your returns for 2023"
    r"tax|taxes|forms|returns|filing|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|"
    # the second of two years the caller hesitates between: "2004 maybe 2005"
    r"(?<!\d)(?:19|20)\d\d[\s,]+(?:or[\s,]+)?(?:maybe|possibly|perhaps)|(?<!\d)(?:19|20)\d\d[\s,]+or"
    r")[\s,]*$"
)
# A turn about years ("the wrong use year", "next year's points") and the words that put a
# year after them there.
_YEAR_WORD = re.compile(r"\byears?\b|\byear's\b", re.IGNORECASE)
_YEAR_PREP_BEFORE = re.compile(r"\b(?:to|for|into|through|thru)[\s,]*$")
_YEAR_AFTER = re.compile(
    r"[\s,]*(?:and|to|through|thru|-|model|season|tax|taxes|return|now|already|yet)\b"
    # a span of years printed with a dash: "Duke, 2009\u20132023" (on a plaque, an urn)
    r"|[ \t]*[\u2013\u2014][ \t]*(?:19|20)\d\d(?!\d)"
    # the first of two years the caller hesitates between: "2004 maybe 2005", "1998 or 1999"
    r"|[\s,]*(?:or[\s,]+)?(?:maybe|possibly|perhaps|or)[\s,]+(?:19|20)\d\d(?!\d)"
    # the year said again with its month: "2029, like may of 2029"
    r"|[\s,]*(?:(?:like|so|i[ \t]+mean|as[ \t]+in)[\s,]+)?"
    rf"{MONTH}[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b"
)
_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])[0-5]\d")
_TIME_BEFORE = re.compile(
    r"\b(?:at|around|by|until|till|til|before|after|between|from|about|since|to|"
    # a free slot offered: "the next opening is eleven thirty", "first slot is 930"
    r"(?:opening|slot|appointment|availability)(?:\s+(?:is|was|would be))?|"
    # opening hours: "we're open 1245 to 450", "they open at 830"
    r"open|opens|"
    # a second slot offered after a first: "at ten fifteen or eleven forty five"
    r"(?:at|around|opening|slot|openings)\s+\d{3,4}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s+(?:or|and))"
    r"(?:\s+(?:like|about|around|maybe|roughly|approximately|probably))?\s*$"
)
# A school, fiscal or tax year written as a range: "2024-25".
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}-\d{2}")
# A money word after an amount said without "dollars": "the 1000 deductible".
_MONEY_AFTER = re.compile(
    # a fee named by what it is for: "a 12950 repair fee", "the 3500 late charge"
    r"\s+(?:[a-z-]+[ \t]+(?:fee|fees|charge|surcharge)\b|"
    r"deductible|copay|co-pay|down payment|deposit|premium|credit limit|limit|"
    r"credit(?![ \t]+(?:card|union|report|score|file|account|check))|"
    r"balance|fee|fees|rebate|refund|bonus|budget|tip|raise|"
    # an amount owed: "with 11925 past due", "bring 909994 the premium"
    r"past[ \t-]+due|overdue|(?:for[ \t]+)?(?:the|your)[ \t]+premium)\b"
)
_TIME_AFTER = re.compile(
    r"\s*(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|in the "
    r"(?:morning|afternoon|evening)|your time|my time|eastern|pacific|central|mountain|"
    r"est|pst|cst|mst|et|pt|ct)\b"
)
_MONEY_BEFORE = re.compile(
    r"\b(?:balance|payment|pay|paid|paying|charge|charged|charges|amount|due|cost|costs|"
    r"total(?:l?ing|l?ed|s)|"
    r"price|fee|fees|bill|billed|total|refund|refunded|credit (?:of|for)|statement|owe|owed|"
    r"credited|reimbursed|waived|"
    r"put|rent|mortgage|check for|"
    r"deposit|deposited|withdraw|withdrew|transfer|transferred|spent|spend|worth|budget|"
    r"rate|salary|income|premium|deductible|copay|limit|that'll be|that will be|it'll be|"
    # a loan's or an order's charges read out: "principal is …", "expedited shipping is …"
    r"principal|escrow|shortage|processing|shipping|"
    # a card's purchase: "i see a purchase for one hundred ninety three oh one"
    r"purchase[ \t]+(?:for|of)|"
    # what a change of booking costs: "the fare difference is three hundred two twenty five"
    r"(?:fare|price|rate|cost)[ \t]+difference|"
    r"comes? to|came to|bond|bail|fines|"
    # a charge that repeats: "it'll come out on the first of each month 6250"
    r"(?:each|every|per)[ \t]+(?:month|week|year|quarter)|"
    # ("that's fine 78261" is no fine)
    r"(?:a|the|your|my|his|her|their|parking|speeding|traffic|court|late|library)[ \t]+fine)"
    r"\b[^.?!\d]{0,20}$"
)
# A meter's or an odometer's reading said earlier in the sentence (no id named between):
# "the reading we got was 4412", "the odometer shows 48213", "mileage is about 61200".
_READING_BEFORE = re.compile(
    r"\b(?:readings?|odometer|mileage|meter[ \t]+(?:read|reads|shows|showed|says|said))\b"
    r"(?:(?!\b(?:number|account|id|serial|meter number)\b)"
    r"[^.?!])*$",
    re.IGNORECASE,
)
# A toll-free code with its 1 and nothing more: "1-800", "1 888".
_TOLL_FREE_CODE_ALONE = re.compile(r"1[ \t-]?8(?:00|33|44|55|66|77|88)")
# An app's or a product's version, its letters before the digits: "version a x 7784",
# "on version C3223", "version n 5116".
_VERSION_BEFORE = re.compile(r"\bversion[ \t]+(?:[a-z]{1,2}[ \t]+){0,3}[a-z]{0,2}$", re.IGNORECASE)
# An amount named right before its figure: "the amount is …", "your balance was …".
_AMOUNT_IS_BEFORE = re.compile(
    r"\b(?:amount|balance|total|price|cost|payment|payoff|pay-off|pay[ \t]+off|"
    # a policy's or a gift's sum: "the death benefit is 250000", "a pledge of 2400"
    r"benefit|pledge|premium|payout|settlement|deductible|donation|coverage|face value)"
    r"[ \t]+(?:is|was|of|will be|comes to|would be)[ \t]+$"
    # an amount the caller disputes: "you won't be responsible for the disputed 32785"
    r"|\b(?:the|a|that|this)[ \t]+disputed[ \t]+(?:(?:amount|charge|sum)[ \t]+(?:of[ \t]+)?)?$"
)
# Nouns that label a number belonging to a thing, not to the caller.
_LABEL_BEFORE = re.compile(
    r"\b(?:channel|room|gate|flight|"
    # a flight with its airline's designator, lower-cased when the transcript shouts:
    # "i land on flight dl 2291", "FLIGHT B6 881"
    r"flight[ \t]+(?:number[ \t]+)?(?:[a-z]{2}|[a-z]\d|\d[a-z])|"
    # a maker's part or catalogue number: "the part number is 22-5150"
    # (not "the last part is 477", a piece of a number)
    r"part[ \t]+(?:number|no\.?|#)|sku|catalog(?:ue)?|"
    r"page|chapter|model|version|firmware|step|aisle|route|"
    r"highway|interstate|store|error(?: code)?|extension|ext\.?|"
    # a payment's approval code names the transaction: "your approval code is 55128"
    r"approval[ \t]+code|"
    # a train's or a bus's service number names the service: "train 22806", "bus 4417"
    r"train|bus|coach|"
    # a shared bike's or scooter's fleet number names the vehicle, not its rider: "on bike
    # 42187", "scooter 5530", "docked at station 311"
    r"(?:e-?)?bike|scooter|dock|"
    # a casino's slot machine: "$3,750 on machine 4417", "slot machine number 1187"
    r"(?:slot[ \t]+)?machine|"
    # a fleet's equipment names the vehicle, not its driver: "truck 512 with trailer 9033"
    r"truck|trailer|tractor|"
    # a ship's cabin or deck, a dock's berth or bay: "cabin 1720 is available on deck 1"
    r"cabin|stateroom|deck|berth|"
    # medical billing codes name a service, not a patient (AMA CPT, CMS HCPCS, ICD-10)
    r"procedure(?: code)?|cpt(?: code)?|hcpcs(?: code)?|billing code|diagnosis code|"
    r"revenue code|icd(?:-?10)?(?: code)?|units? of|"
    # a pharmacy benefit's BIN/PCN route a claim to the plan, the same for every member
    r"rx ?bin|bin|rx ?pcn|pcn|"
    # a paper cheque's serial number names the cheque, not the payer: "a check, number 1042"
    r"(?:check|cheque)[ \t]*,?|"
    # a government form or publication named by its number: "file Form 8822", "schedule 8812"
    r"form|schedule|publication|pub\.?)\s*(?:number|no\.?|#)?"
    r"(?:\s+is)?\s*$"
)
# Nouns after a number that make it the name of a kind of thing: "the 1099 form".
_KIND_AFTER = re.compile(
    # (a form's EZ version: "the 21526 EZ", "1040 e z")
    r"[\s-]*(?:forms?|model|series|edition|tax form|ez\b|e[ \t]z\b|"
    r"s[ \t]?s[ \t]?a\b|r[ \t]?r[ \t]?b\b|"
    r"(?:int|misc|nec|div|r|k|b|g|e|t|a|c)\b)"
)
_PRODUCT_AFTER = re.compile(rf"\s+{PRODUCT}\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s+([a-z'-]+)(?:\s+([a-z'-]+))?", re.IGNORECASE)
_NOT_PLURAL = frozenset(
    {"thanks", "yes", "does", "goes", "says", "has", "was", "this", "thus", "plus", "unless",
     "address", "access", "always", "perhaps", "sometimes", "digits", "numbers", "letters",
     "ends", "begins", "starts", "expires", "means", "works", "looks", "sounds", "gets",
     "makes", "takes", "comes", "remains", "matches"}
)  # fmt: skip


# A clock time that opens a turn and is then accepted: "1145 works", "930 is fine".
_SLOT_TAKEN_AFTER = re.compile(
    r"[ \t,]+(?:works|would work|is (?:fine|good|great|perfect|better)|sounds good)\b",
    re.IGNORECASE,
)


# A fee or a charge named right before its price, which a spoken turn gives without
# "dollars": "registration is forty four ninety", "the exam is fifty five twenty five",
# "the first installment of twelve eighty five ninety nine" (the word must touch the verb:
# "the registration number is …" names an id).
_FEE_WORD_BEFORE = re.compile(
    r"\b(?:registration|enrollment|enrolment|exam|visit|installment|instalment|charge|fee|"
    r"total|subtotal|shipping|expedited|handling|delivery|tuition|copay|co-pay|premium|"
    r"surcharge|upgrade|renewal|deposit|balance|price|cost|fare)s?"
    r"(?:[ \t]+(?:fee|charge|cost|price|payment|amount))?[ \t]+"
    r"(?:is|was|are|were|will[ \t]+be|would[ \t]+be|comes[ \t]+to|runs|costs?|of|for)[ \t]+"
    r"(?:(?:just|only|about|another|an[ \t]+extra)[ \t]+)?$",
    re.IGNORECASE,
)
# A card's or a cheque's own digits read with where it was used: "card ending 4417 at a
# gas station" is the card's.
_CARD_WORD = re.compile(
    r"\b(?:card|ending|ends|ended|digits|last|check|cheque|visa|mastercard|amex)\b", re.IGNORECASE
)
# A price said to be on top of another: "expedited is sixty fifty extra".
_EXTRA_AFTER = re.compile(r"[ \t]+(?:extra|more|additional|on[ \t]+top)\b", re.IGNORECASE)
_PRICE_VERB_BEFORE = re.compile(r"\b(?:is|be|for|costs?|runs)[ \t]+$", re.IGNORECASE)
# A card charge read with the merchant it was made at: "i see four sixty eight forty five
# at an online electronics store", "sixteen oh nine at a coffee shop".
_SHOP_AFTER = re.compile(
    r"[ \t]+at[ \t]+(?:a|an|the|some)[ \t]+(?:[a-z'-]+[ \t]+){0,3}?"
    r"(?:store|shop|station|restaurant|cafe|café|diner|market|supermarket|pharmacy|drugstore|"
    r"retailer|merchant|grocer|grocery|outlet|mall|website|site|vendor|bakery|bar|pub|hotel|"
    r"motel|theater|theatre|cinema|pizzeria|salon|dealership|boutique)s?\b",
    re.IGNORECASE,
)


def _fee_or_shop_price(text: str, start: int, end: int) -> bool:
    """A price said as bare digits, known by the fee it is the cost of, by "extra" after
    it, or by the shop a charge was made at; the normaliser turns spoken prices into digits
    the shape of an id. (An id word in the clause keeps the number an id.)"""
    window = re.split(r"[.?!]", text[max(0, start - 60) : start])[-1]
    if _ID_WORD.search(window) or _CARD_WORD.search(window):
        return False
    if _FEE_WORD_BEFORE.search(text, max(0, start - 50), start):
        return True
    if _EXTRA_AFTER.match(text, end) and _PRICE_VERB_BEFORE.search(text, max(0, start - 10), start):
        return True
    return bool(_SHOP_AFTER.match(text, end))


# A figure said roughly in thousands, "around forty four sixty thousand" (4460000): no
# identifier is said to the nearest thousand, nor hedged.
_ROUGH_THOUSANDS = re.compile(r"[1-9]\d{0,5}000")


def _rough_thousands(text: str, start: int, end: int) -> bool:
    """A round figure of thousands said with "about"/"around" before it: an amount."""
    return bool(_ROUGH_THOUSANDS.fullmatch(text, start, end)) and bool(
        _APPROX_BEFORE.search(text, max(0, start - 40), start)
    )


# A flight or a train leaving or landing at a time: "departing eleven ten", "lands at 945".
_DEPARTS_BEFORE = re.compile(
    r"\b(?:depart(?:s|ing|ure)?|leav(?:es|ing)|arriv(?:es|ing|al)|land(?:s|ing)|board(?:s|ing)|"
    r"takes[ \t]+off|boarding[ \t]+time(?:[ \t]+is)?|departure[ \t]+time(?:[ \t]+is)?)"
    r"(?:[ \t]+(?:at|is))?[ \t]*$",
    re.IGNORECASE,
)


# A college's FAFSA or College Board code, a school's and public, named in the sentence
# before the number or right after it: "the Federal School Code is for the college, like
# 001869", "that one is 161-000… you can search the code on the College Board site".
_SCHOOL_CODE = (
    r"\b(?:(?:federal[ \t]+)?school[ \t]+codes?|fafsa[ \t]+codes?|college[ \t]+codes?|"
    r"ceeb(?:[ \t]+codes?)?|title[ \t]+iv[ \t]+codes?|college[ \t]+board)\b"
)
_SCHOOL_CODE_BEFORE = re.compile(rf"{_SCHOOL_CODE}[^.?!]{{0,60}}$", re.IGNORECASE)
_SCHOOL_CODE_AFTER = re.compile(rf"^[^?!]{{0,90}}{_SCHOOL_CODE}", re.IGNORECASE)
# A person's own number named in the same stretch keeps the number the person's.
_PERSONAL_ID = re.compile(
    r"\b(?:my|your|student|account|member|social|ssn|pin|fsa[ \t]+id|password|case|"
    r"confirmation|application)\b",
    re.IGNORECASE,
)


def _school_code(text: str, start: int, end: int) -> bool:
    """A school's code, named before the number in its sentence or in the clause after it:
    an institution's, listed publicly, not the caller's."""
    before = _SCHOOL_CODE_BEFORE.search(text, max(0, start - 90), start)
    if before:
        return not _PERSONAL_ID.search(text, before.end(), start)
    after = text[end : end + 100]
    return bool(_SCHOOL_CODE_AFTER.search(after)) and not _PERSONAL_ID.search(
        text, max(0, start - 40), start
    )


# A product a business sells or installs, its compound name before the model number: "we
# install the LiftMaster 87504", "we carry the AquaPure 2150".
_SOLD_CAMEL_BEFORE = re.compile(
    r"\b(?:install|installs|installed|sell|sells|sold|carry|carries|stock|stocks|offer|"
    r"offers|recommend|recommends|ship|ships|service|services)[ \t]+(?:the|a|an|our)[ \t]+"
    r"(?-i:[A-Z][a-z]{2,}[A-Z][a-z]{2,})[ \t]+$",
    re.IGNORECASE,
)


def _sold_model(text: str, start: int) -> bool:
    """A model number after a product's compound name that the business sells or installs."""
    return bool(_SOLD_CAMEL_BEFORE.search(text, max(0, start - 50), start))


def _slot_taken(text: str, start: int, end: int, digits: str) -> bool:
    """A time said first in a turn and accepted is an appointment slot, not an id."""
    return (
        len(digits) in (3, 4)
        and text[start:end].replace(" ", "") == digits
        and bool(_CLOCK.fullmatch(digits))
        and not text[:start].strip(" \t,.").lower().removesuffix("okay").strip(" ,")
        and bool(_SLOT_TAKEN_AFTER.match(text, end))
    )


# A month's name, whole or short ("February", "Feb.", "sept").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# The month and the day before a date's year: "February 10, " "june 22nd, " "the 5th of may ".
_MONTH_DAY_BEFORE = re.compile(
    rf"(?:\b{MONTH}[ \t]+{_DAY}(?:st|nd|rd|th)?"
    rf"|\b{_DAY}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{MONTH}"
    # a weekday's date or a written month and day: "Wednesday the 5th, ", "7/3, "
    rf"|\bthe[ \t]+{_DAY}(?:st|nd|rd|th)|(?<![\d/])(?:0?[1-9]|1[0-2])/{_DAY})[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH}[ \t]*$", re.IGNORECASE)
# A day and a year the digit run joined, after the month: "Aug 8 2025", "october 27 2024".
_DAY_AND_YEAR = re.compile(rf"{_DAY}[ \t]+(?:19|20)\d\d")
# A date written with dashes, month first, and a recent or coming year: "10-5-24", "12-15-25".
_DASHED_DATE = re.compile(rf"(?:0?[1-9]|1[0-2])-{_DAY}-(?:20)?[23]\d")
# The same read as one run: "oh nine zero eight two thousand twenty four" -> 09082024.
_COMPACT_DATE = re.compile(r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:20)?[23]\d")
# What schedules a date: "we can come …", "on … at 3", "your last billing date is …".
_DATE_CUE_BEFORE = re.compile(
    r"\b(?:on|come|starting|start|until|till|through|thru|since|by|"
    r"date(?:[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be))?)[ \t:,]*$",
    re.IGNORECASE,
)
_DATE_CUE_AFTER = re.compile(
    r"[ \t,]*(?:at[ \t]+\d|between\b|from[ \t]+\d|in[ \t]+the[ \t]+(?:morning|afternoon|evening)"
    # a date the caller asks for: "10-5-24, if possible", "12-2-25 works"
    r"|if[ \t]+(?:possible|you[ \t]+can|that[ \t]+works)|works\b|would[ \t]+work)",
    re.IGNORECASE,
)
# A date read month, day and a four-digit year, its groups apart: "10-4-2026", "12 22 2026".
_MONTH_DAY_YEAR = re.compile(
    rf"(?:0?[1-9]|1[0-2])(?P<sep>[ \t]?-[ \t]?|[ \t]){_DAY}(?P=sep)(?P<year>(?:19|20)\d\d)"
)
# A record's date named before it: "the date of service shows …", "the statement date on
# mine is …", "the visit on …", "the earliest appointment i have is …"; not an id's name
# between ("the service account number is …", "my appointment code is …").
_RECORD_DATE_BEFORE = re.compile(
    r"\b(?:dated?|statement|service|visit|appointment)\b"
    r"(?:(?!\b(?:number|no|id|code|account|acct|confirmation|reference|ref|claim|case|"
    r"member|policy|ticket|order|pin)\b)[^\d.?!;#]){0,25}$",
    re.IGNORECASE,
)
# A written date's year from which on it is a booking's or an event's: an older one may be
# a birth date given to verify ("Jane Doe, June 3rd, 2019") and stays redacted.
_RECENT_YEAR = 2020
# A birth is another recognizer's, and its date stays redacted whatever its shape.
_BIRTH = re.compile(r"\b(?:born|birth\w*|dob|d[ \t.]o[ \t.]b|bday)\b", re.IGNORECASE)


def _date_part(text: str, start: int, end: int) -> bool:
    """A calendar date's year or its whole run, an appointment's or an event's (not a birth):
    "February 10, 2025", "Feb 3 2024", "the show on 12-15-25", "we can come 09082024 between
    10 and 5" (a date in digits needs a cue, "on", "date is", "at 3" after: "Jane Doe,
    3-15-22" is a birth date given to verify)."""
    value = text[start:end]
    if _BIRTH.search(text):
        return False
    if _DAY_AND_YEAR.fullmatch(value):
        return int(value[-4:]) >= _RECENT_YEAR and bool(
            _MONTH_BEFORE.search(text, max(0, start - 12), start)
        )
    if len(value) == 4 and value.isdigit():
        return int(value) >= _RECENT_YEAR and bool(
            _MONTH_DAY_BEFORE.search(text, max(0, start - 25), start)
        )
    if _recent_month_day_year(text, start, end):
        return True
    return bool(_DASHED_DATE.fullmatch(value) or _COMPACT_DATE.fullmatch(value)) and bool(
        _DATE_CUE_BEFORE.search(text, max(0, start - 25), start)
        or _DATE_CUE_AFTER.match(text, end)
        or _RECORD_DATE_BEFORE.search(text, max(0, start - 40), start)
    )


def _recent_month_day_year(text: str, start: int, end: int) -> bool:
    """A date in groups with a recent or coming four-digit year ("the statement date on mine
    is 10-4-2026", "the visit on 10 8 2026"): a bill's or a booking's, no id. An older year
    may be a birth date given to verify, and a number's cue before ("account number is 10 8
    2026") keeps the digits an id's."""
    m = _MONTH_DAY_YEAR.fullmatch(text, start, end)
    return bool(
        m
        and int(m.group("year")) >= _RECENT_YEAR
        and not _NUMBER_CUE_BEFORE.search(text, max(0, start - 30), start)
    )


# The first year of a span of years: "Army, 2003 to " (the second is then no id: 2011).
_YEAR_RANGE_START = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[ \t]*(?:-|\u2013|\u2014|to|through|thru|till|until|and)[ \t]*$",
    re.IGNORECASE,
)


# The hour said as it is now, in a turn that talks of time: "it's twelve forty and
# our lunch was due at noon", "it is already 1015".
_NOW_BEFORE = re.compile(
    r"\b(?:it's|it[ \t]+is|its|it's[ \t]+now|it's[ \t]+already|it[ \t]+is[ \t]+already|"
    r"now[ \t]+it's|it's[ \t]+almost|it's[ \t]+past)[ \t]+$",
    re.IGNORECASE,
)
_TIME_TALK = re.compile(
    r"\b(?:noon|midnight|o'?clock|late|early|minutes?|hours?|supposed[ \t]+to|"
    r"morning|afternoon|evening|tonight|already|yet|still[ \t]+not|waiting)\b",
    re.IGNORECASE,
)


def _time_now(text: str, start: int, end: int) -> bool:
    """A clock time said as the hour now ("it's 1240"), where the turn talks of time and
    names no id: a number asked for would be read after an id word, not "it's"."""
    if not _CLOCK.fullmatch(text[start:end]) or text[end : end + 1].isalnum():
        return False
    if not _NOW_BEFORE.search(text, max(0, start - 20), start):
        return False
    turn = text[max(0, start - 200) : end + 200]
    return bool(_TIME_TALK.search(turn)) and not _ID_WORD.search(turn)


# A size said as two sides ("11 by 17 posters", "a 24 x 36 print") or a unit price after
# a count ("40 bowls at 1675 comes to ...").
_BY_SIDE_AFTER = re.compile(
    r"[ \t]+(?:by|x)[ \t]+\d{1,3}(?![\d:])"
    r"(?![ \t]*(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|o'?clock|tonight|today|tomorrow)\b)",
    re.IGNORECASE,
)
_COUNT_AT_BEFORE = re.compile(r"\b\d{1,4}[ \t]+[a-z]+s[ \t]+at[ \t]+$", re.IGNORECASE)
_PRICE_THEN_AFTER = re.compile(
    r"[ \t]*(?:each|apiece|a[ \t]+piece|per\b|comes?[ \t]+to|that's|totals?|is|makes?|"
    r"plus|[,.?!]|$)",
    re.IGNORECASE,
)


def _size_or_unit_price(text: str, start: int, end: int) -> bool:
    """A size ("11 by 17") or the price of each of a counted thing ("40 bowls at 1675"),
    where no id word is near: not a number of the caller's."""
    near = text[max(0, start - 40) : end + 10]
    if _ID_WORD.search(near):
        return False
    if _BY_SIDE_AFTER.match(text, end):
        return True
    return bool(
        _COUNT_AT_BEFORE.search(text, max(0, start - 40), start)
        and _PRICE_THEN_AFTER.match(text, end)
    )


def _year_range_end(text: str, start: int, end: int) -> bool:
    """The second year of a span, as service years are said: "1992 to 1996", "2001-2008"."""
    value = text[start:end]
    if not (len(value) == 4 and value.isdigit() and value[:2] in ("19", "20")):
        return False
    m = _YEAR_RANGE_START.search(text, max(0, start - 16), start)
    return bool(m) and 0 < int(value) - int(m.group(1)) <= 60


# A plan or a bundle named by its monthly price: "the 4999 lawn and pest bundle".
_PLAN_AFTER = re.compile(
    r"[ \t]+(?:[a-z&'-]+[ \t]+){0,3}(?:bundle|plan|package|tier|membership|subscription|"
    r"special|deal)\b",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|that|this|our)[ \t]+$", re.IGNORECASE)


def _priced_plan(text: str, start: int, end: int) -> bool:
    """A price said before the plan it buys: "the 2999 basic plan" ($29.99 a month)."""
    value = text[start:end]
    return (
        value.isdigit()
        and len(value) <= 5
        and bool(_ARTICLE_BEFORE.search(text, max(0, start - 6), start))
        and bool(_PLAN_AFTER.match(text, end))
    )


# A last item and its unit after a list the normaliser glued: "3648 and 60 month terms".
_LAST_ITEM_UNIT = re.compile(rf"[ \t,]+(?:and|or)[ \t]+(\d{{1,3}})[ \t-]*{_UNITS}\b", re.IGNORECASE)


def _glued_list_before_unit(text: str, start: int, end: int) -> bool:
    """Quantities listed in a row and their unit said once ("twelve twenty four and thirty
    six months" comes out "1224 and 36 months"): the run is two-digit items rising to the
    last one (an id before "and 2 days" does not rise)."""
    value = text[start:end]
    m = _LAST_ITEM_UNIT.match(text, end)
    if not m or not value.isdigit() or len(value) % 2 or len(value) > 8:
        return False
    items = [int(value[i : i + 2]) for i in range(0, len(value), 2)] + [int(m.group(1))]
    return items[0] >= 10 and all(a < b for a, b in zip(items, items[1:], strict=False))


# A form to file or send, named by its number: "submit the 281900 for you", "file the 21526".
_FORM_VERB_BEFORE = re.compile(
    r"\b(?:(?P<file>file|submit|fill[ \t]+out|complete|send[ \t]+in|mail[ \t]+in)|"
    r"mail|send|sign|fax|print|download)[ \t]+(?:you[ \t]+)?(?:the|a|an|your|his|her|their)[ \t]+$",
    re.IGNORECASE,
)
# A form's number as agencies write it, series and number: "21-0845", "28-1900", "10-10EZ"
# (a claim's "24-0091442" is longer).
# An agency's form is also named by the agency's letters: "SSA-1696", "DS-82", "SF-180".
_AGENCIES = r"(?:ssa|irs|ds|sf|va|hud|cms|dd|fs|fsa|opm|dol|hhs|uscis|ttb|fincen)"
_FORM_SHAPE = re.compile(
    rf"\d{{2}}[a-z]?-\d{{1,4}}[a-z]{{0,3}}|{_AGENCIES}-\d{{1,5}}[a-z]{{0,2}}", re.IGNORECASE
)
_AGENCY_PREFIX = re.compile(rf"(?<![\w-]){_AGENCIES}-$", re.IGNORECASE)
# (not the number of a thing filed: "submit the 402231 claim number")
_ID_NOUN_AFTER = re.compile(
    r"[ \t]*(?:number|no\b|#|claim|case|ticket|request|order|reference|confirmation|id)\b",
    re.IGNORECASE,
)


def _form_to_file(text: str, start: int, end: int) -> bool:
    """A number right after "file the" or "submit the" is the form filed, not an id; after
    "mail a" or "send the" only a form's own shape is ("I can mail a 21-0845 to him")."""
    agency = _AGENCY_PREFIX.search(text, max(0, start - 8), start)
    if agency:
        start = agency.start()  # "send the SSA-" + "1696": the agency's letters are the form's
    verb = _FORM_VERB_BEFORE.search(text, max(0, start - 24), start)
    if not verb or _ID_NOUN_AFTER.match(text, end):
        return False
    value = text[start:end]
    return bool(_FORM_SHAPE.fullmatch(value)) or (bool(verb.group("file")) and value.isdigit())


# A text-message short code: "forward it to 7726", "text STOP to 55123", "… 7726, that's
# SPAM on the keypad" (a carrier's or a service's number, the same for everyone).
_SHORT_CODE_BEFORE = re.compile(
    r"\b(?:forward|text|reply|txt)(?:[ \t]+(?:it|them|that|this|those|the[ \t]+(?:message|text|"
    r"email)s?|(?-i:[A-Z]{2,8})|the[ \t]+word[ \t]+\w+))?[ \t]+to[ \t]*$",
    re.IGNORECASE,
)
_KEYPAD_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:that's|that[ \t]+is|which[ \t]+is|it[ \t]+spells)[ \t]+\w+[ \t]+on[ \t]+"
    r"(?:the|your|a)[ \t]+(?:keypad|dial[ \t]?pad|phone)\b",
    re.IGNORECASE,
)


def _short_code(text: str, start: int, end: int) -> bool:
    """Four to six digits a text is forwarded to, or spelled on the keypad: a short code."""
    if not 4 <= end - start <= 6:
        return False
    return bool(
        _SHORT_CODE_BEFORE.search(text, max(0, start - 40), start) or _KEYPAD_AFTER.match(text, end)
    )


# A run said before "clock": the normaliser reads o'clock's "o" as a zero ("ten ten o clock"
# comes out "10100 clock") or the clock is a shift's ("ten twenty eight clock in").
_CLOCK_WORD_AFTER = re.compile(r"[ \t]*clock(?:ed|s)?\b", re.IGNORECASE)
# A cheque numbered earlier in the clause, then this one listed after it: "check 1042 for
# $400 and 1043 for $350".
_CHECK_LIST_BEFORE = re.compile(
    r"\b(?:checks?|cheques?)[ \t]*(?:number[ \t]*|no\.?[ \t]*|#[ \t]*)?\d{3,6}\b"
    r"[^.?!]{0,40}\b(?:and|then|or)[ \t]+(?:(?:check|cheque|number|#)[ \t]*)?$",
    re.IGNORECASE,
)


def _after_a_check(text: str, start: int) -> bool:
    """A number listed after a numbered cheque in the same clause is the next cheque's."""
    return bool(_CHECK_LIST_BEFORE.search(text, max(0, start - 80), start))


# A test's or a game's score said after the person got it: "my son got a fifteen forty",
# "she scored a 1480", "his score was 1320" (a short number; an id's cue keeps it an id).
_SCORE_BEFORE = re.compile(
    r"\b(?:got|gets|getting|scored|scores|scoring|score(?:[ \t]+(?:was|is|of))?)"
    r"[ \t]+(?:an?[ \t]+|like[ \t]+|around[ \t]+|about[ \t]+)*$",
    re.IGNORECASE,
)
_ID_WORD_NEAR = re.compile(
    r"\b(?:number|id|account|card|code|ending|ends|digits|phone|ssn|social|pin)\b", re.IGNORECASE
)


def _score_got(text: str, start: int, end: int) -> bool:
    """A score the caller or a child got ("my son got a fifteen forty"): a result, no one's
    number. Short values only, and not where an id's word is near ("got a number, 5512")."""
    value = text[start:end]
    if sum(c.isdigit() for c in value) > 4 or len(value.split()) > 4:
        return False
    before = _SCORE_BEFORE.search(text, max(0, start - 25), start)
    if not before:
        return False
    # ("yeah I got 7741" answers "what code did you get?": a bare "got" needs a test named)
    if before.group().lower().startswith(("got", "get")) and not _TEST_WORD.search(text):
        return False
    return not _ID_WORD_NEAR.search(text, max(0, start - 40), min(len(text), end + 20))


_TEST_WORD = re.compile(
    r"\b(?:sat|psat|act|gre|gmat|lsat|mcat|test|tests|exam|exams|score|scores|points|grade|"
    r"grades|math|reading|verbal|composite|percentile)\b",
    re.IGNORECASE,
)


_WINNINGS_AROUND = re.compile(
    r"\b(?:slots?|jackpots?|won|win|winnings|payout|paid[ \t]+out|keno|poker|blackjack|"
    r"roulette|lottery|lotto|scratch[ \t-]?(?:off|card)s?)\b",
    re.IGNORECASE,
)


def _winnings(text: str, start: int, end: int) -> bool:
    """A round sum said about gambling ("two thousand on a slot", "won 5000"): an amount."""
    if not _ROUND_SUM.fullmatch(text, start, end):
        return False
    return bool(_WINNINGS_AROUND.search(text, max(0, start - 40), min(len(text), end + 30)))


_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.!?;]|$)")


def _halves_closing_a_list(text: str, start: int, end: int) -> bool:
    """ "fifty-fifty" said last after the people who share ("There are two, Ann and Bo,
    fifty-fifty"): 5050 closing its clause with no id word before it in the sentence."""
    window = re.split(r"[.?!]", text[max(0, start - 60) : start])[-1]
    return (
        bool(_CLAUSE_END_AFTER.match(text, end))
        and not _ID_WORD.search(window)
        and not _CARD_WORD.search(window)
    )


_CARD_WORD = re.compile(r"\b(?:card|ending|ends|ended|digits|social|ssn)\b", re.IGNORECASE)


# What a slash-grouped number is when it is no id: a blood pressure, a vision score, odds.
_SLASH_CUE_BEFORE = re.compile(
    r"\b(?:pressure|bp|vision|ratio|odds|score|split|page|pages)\b[^.?!\d]{0,12}$",
    re.IGNORECASE,
)
_NUMBER_CUE_BEFORE = re.compile(
    r"\b(?:number|no\.|#|account|acct|routing|card|social|ssn|id|digits|last[ \t]+four|"
    r"member|policy|passport|license)\b[^.?!\d]{0,12}$",
    re.IGNORECASE,
)


def _calendar_date(groups: list[str]) -> bool:
    """Groups that make a month and day (US order), with or without a year; with a year,
    day first too ("18/03/2025")."""
    if len(groups) > 3 or any(len(g) > 2 for g in groups[:2]):
        return False
    if len(groups) == 3 and len(groups[2]) == 3:
        return False
    first, second = int(groups[0]), int(groups[1])
    if 1 <= first <= 12 and 1 <= second <= 31:
        return True
    return len(groups) == 3 and 1 <= first <= 31 and 1 <= second <= 12


def _slash_not_id(text: str, start: int, end: int) -> bool:
    """A slash-grouped run that is a date ("12/15", "3/14/2026"), a split ("50/50", "60/40",
    "20/20") or a reading ("blood pressure 130/85"): no one's number. A date shape right
    after a number's cue ("the last four is 12/15") is the number's."""
    value = text[start:end]
    if "/" not in value:
        return False
    groups = value.split("/")
    if len(groups) == 2 and all(len(g) == 2 for g in groups):
        a, b = int(groups[0]), int(groups[1])
        if a == b or a + b == 100:
            return True
    if _SLASH_CUE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _calendar_date(groups):
        return not _NUMBER_CUE_BEFORE.search(text, max(0, start - 30), start)
    return False


# The business's own purchase order, which its invoice quotes: "reference our PO, 4471".
_OUR_PO = re.compile(
    r"\bour[ \t]+(?:p\.?[ \t]?o\.?|purchase[ \t]+order)(?:[ \t]+(?:number|no\.?|#))?"
    r"(?:[ \t]+is)?[ \t,:#]*",
    re.IGNORECASE,
)


def business_purchase_order(text: str, start: int, end: int) -> bool:
    """A number named as "our PO" is the company's order to its supplier, no caller's id."""
    return any(
        m.start() <= start <= m.end() < end for m in _OUR_PO.finditer(text, max(0, start - 30), end)
    )
