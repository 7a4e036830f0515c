"""Cross-turn context: what the other side asked, and numbers read over several turns.

Call-centre PII is often only recognisable from the conversation: "seven zero one" is a
CVV because the agent just asked for the security code; "6789" is an SSN because it
answers "last four of your social?". Speakers are arbitrary strings, so the asking
side is found by what a turn asks, never by its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

from recognizers.address_recognizer import STATE_NAMES
from recognizers.base import DATE, MONTH, YEAR
from recognizers.card_expiry_recognizer import CARD_THEN_MONTH_YEAR, after_card
from recognizers.digit_safety_net_recognizer import (
    _UNITS,
    _quantity,
    is_labelled,
    is_model_year,
)
from recognizers.spoken_person_recognizer import NAME_WORD, NOT_NAME, fold, lexicon, not_name_word

_I = re.IGNORECASE
# The question type of a number that identifies a thing, not a person (a flight number).
NOT_PERSONAL = "NOT_PERSONAL"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")

# What the asking side asks for, most specific first: "what's the name on the card?"
# is a name, "zip code for the card" a zip, "security code on the card" a CVV.
QUESTION_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (entity, re.compile(rx, _I))
    for entity, rx in (
        (
            "SECURITY_ANSWER",
            r"maiden name|first pet|pet'?s name|security question|security answer|"
            r"street (?:did )?you gr[eo]w up|high school|first car|childhood|"
            r"favou?rite (?:teacher|color|colour|food|movie|book|team)|"
            r"city (?:were you|you were) born|father'?s middle name|city of birth|birth ?city|"
            r"place of birth|born in what (?:city|town)|"
            r"what (?:city|town) (?:were you|you were) born",
        ),
        (
            "PASSWORD",
            r"\bpass ?(?:word|phrase)\b|verbal password|(?:security|secret|code) word",
        ),
        # A bank's SWIFT/BIC code (ISO 9362) for a wire; reported as an ACCOUNT_ID.
        ("SWIFT_CODE", r"\bswift\b|\bbic\b|\bb i c\b"),
        (
            "CVV",
            r"\b(?:cvv2?|cvc|csc|cid)\b|security code|verification code|"
            r"\b(?:three|3)[- ]digit|on the back\b|back of (?:the|your) card",
        ),
        (
            "CARD_EXPIRY",
            r"\bexpir|\bexp(?:\.|iry)? date|valid (?:thru|through)|good (?:thru|through)",
        ),
        ("US_SSN", r"\bsocial\b|\bssn\b|\bs s n\b"),
        ("PIN", r"\bpin\b|\bp i n\b|passcode|access code"),
        ("ABA_ROUTING_NUMBER", r"\brouting\b|\baba\b|transit number"),
        ("ZIP", r"\bzip\b|postal code|post code"),
        ("DATE_OF_BIRTH", r"date of birth|birth ?date|birthday|\bborn\b|\bdob\b|\bd o b\b"),
        (
            "PHONE_NUMBER",
            r"\bphone\b|call ?back|reach you|\bcell\b|mobile|telephone|contact number|"
            r"best number|number (?:to|we can) (?:reach|call|text)",
        ),
        # (not the verb: "can you email me the forms")
        ("EMAIL_ADDRESS", r"\be-?mail\b(?!\s+(?:me|you|it|them|him|her|us|the|a|over|back)\b)"),
        ("IP_ADDRESS", r"\bip(?: address)?\b|\bi p address\b"),
        # "name of the account holder", "name on the booking": a person, although the
        # sentence also names an account, a card or a policy.
        (
            "PERSON",
            r"name (?:on|of|for) (?:the|your) (?:card|account|booking|reservation|policy|"
            r"prescription|order|claim|loan|ticket)|name of the (?:account|card|policy) ?holder|"
            r"(?:card|account|policy) ?holder'?s name|"
            r"\b(?:member|patient|caller|customer|subscriber|insured|student|child|employee|"
            r"owner|driver|beneficiary|recipient|dependent|dependant|spouse|guest|passenger|"
            r"traveller|traveler|tenant|resident)'?s'? (?:full |first |last )?name",
        ),
        (
            "ADDRESS",
            r"where (?:should|do|can|shall|would) (?:we|i|you) (?:send|mail|ship|deliver)|"
            r"send (?:it|them|the \w+) to|mailing|shipping|delivery address",
        ),
        (
            "US_BANK_NUMBER",
            r"\bchecking\b|\bsavings\b|bank account|"
            r"account (?:number )?(?:at|with) (?:the|your) bank|\bdeposit\b|\bwire\b|\bach\b",
        ),
        ("CREDIT_CARD", r"\bcard\b|long number|\bvisa\b|master ?card|\bamex\b|\bdebit\b"),
        # "your driver's license number and state": the licence first, the state second
        ("ACCOUNT_ID", r"driver'?s'? licen[cs]e|licen[cs]e number|\bdl number"),
        ("CITY", r"\bcity\b|\bstate\b|\btown\b|where do you live|where are you (?:located|based)"),
        ("ADDRESS", r"\baddress\b|\bstreet\b|\bapartment\b|\bapt\b|\bsuite\b|unit number"),
        (
            "ACCOUNT_ID",
            r"\baccount\b|\bacct\b|\bmember\b|\bpolicy\b|customer (?:number|id)|subscriber|"
            r"\bid number\b|\bi ?d\b|reference|confirmation|\bclaim\b|order number|"
            r"case number|ticket number|tracking number|license|licence|passport|"
            r"user ?name|login|user id|"
            # identifiers named by what they identify: a booking, a vehicle, a device,
            # a prescription, a meter, a traveller
            r"\blocator\b|\bpnr\b|\breservation\b|\bbooking\b|\bitinerary\b|"
            r"\b(?:employee|student|badge|loan|case|ticket|work order|rma|return) ?(?:number|id|#)|"
            r"\bplate\b|\bvin\b|\bserial\b|\bimei\b|prescription|"
            r"\brx\b|\bmeter\b|travell?er number|frequent fl[yi]er|loyalty|rewards? number|"
            r"\bktn\b|\bmedicare\b|\bmedicaid\b|insurance (?:id|number)|"
            # a patient's record at a hospital or a clinic
            r"medical record|\bmrn\b|\bm r n\b|chart number|patient (?:id|number)|"
            r"record number|"
            # any other "your … number": the phone, social, card … rules above come first
            r"\byour (?:[a-z]+ ){1,2}(?:number|id)\b",
        ),
        (
            "PERSON",
            r"\bname\b|\bspell|who (?:am i|i'm) (?:speaking|talking)|who'?s calling|"
            r"am i (?:speaking|talking) (?:with|to)|is this (?:mr|mrs|ms|miss)\b|"
            r"who is calling|who am i speaking",
        ),
        # Numbers that name a thing, not the caller: a flight, a store, a modem's model,
        # an employer's EIN (a health plan's group number stays redacted: fail closed).
        # Last, so "flight confirmation number" stays an ACCOUNT_ID; asking for one ends
        # the question pending before it.
        (
            NOT_PERSONAL,
            r"\bflight(?: number)?\b|\bstore (?:number|#)|"
            r"\bmodel\b|\bmodem\b|\brouter\b|\bpart number\b|\bsku\b|\bitem number\b|"
            r"\bein\b|\be i n\b|employer (?:id|identification)|\bhow many\b|\bwhat time\b",
        ),
    )
)
# A turn asks when it has a question mark or a request cue.
_ASKS = re.compile(
    r"\?|\b(?:what|what's|whats|which|who|who's|where|when|how|do you|does|did you|is it|"
    r"are you|is that|can i|could i|may i|can you|could you|would you|"
    r"please|need|go ahead|read|tell me|give me|provide|verify|confirm|and the|and your|"
    r"spell|last (?:four|4)|let me have|security question|i'll need|i will need|let's get|"
    r"last thing|one more thing|one last thing|finally|"
    r"start with|next|"
    # "july fourteenth, got it, and a good phone number"
    r"and (?:a|an)(?= (?:[a-z-]+ ){0,2}(?:number|address|e-?mail|name|date)\b)|"
    # an IVR or an agent asking for keypad entry: "now enter the 3-digit code on the back"
    r"enter|type in|key in|punch in)\b|"
    # a sentence left open for the value: "should i put it on the card ending in"
    r"\b(?:ending|ends|ending with|ends with|ending in|ends in)[\s,]*$",
    _I,
)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")
BACKCHANNEL = re.compile(
    r"^[\s,.!?-]*(?:(?:okay|ok|k|mm-?hmm|mhm|mm|hmm|uh-?huh|uh huh|yes|yeah|yep|yup|right|"
    r"got it|gotcha|go on|go ahead|sure|alright|all right|and|next|continue|great|perfect|"
    r"thank you|thanks|good|uh|um|i see|keep going|ready|correct|that's right|then|"
    r"and then|what's next|after that|uh huh|noted|cool|nice|fine|so far so good|"
    r"sounds good)[\s,.!?-]*)+$",
    _I,
)
# The asker asking for the rest of a value: "and the next four?", "go ahead with the rest".
CONTINUE = re.compile(
    r"\b(?:next|rest|remaining|continue|keep going|go on|go ahead|after that|and then|"
    r"following|(?:last|final|other|second|third|middle) (?:four|few|part|group|digits|one|"
    r"bit|set|numbers))\b",
    _I,
)


def continues(text: str) -> bool:
    """ "and the next four?": a short prompt for more of the same value, no value in it."""
    return (
        bool(CONTINUE.search(text))
        and len(_words(text)) <= 7
        and not _DIGIT.search(text)
        and question_type(text) is None
    )


_FILLER = re.compile(
    r"^(?:[\s,.:;-]*(?:yeah|yes|yep|sure|okay|ok|so|um|uh|uhm|er|ah|well|it's|it is|its|"
    r"that's|that is|that would be|it'd be|it would be|it should be|that'd be|i think|"
    r"i believe|let's do|let's make it|let's go with|let's use|make it|how about|please|"
    r"of course|absolutely|no problem|alright|all right|right|sorry|oh|the answer is|"
    r"the answer's|answer is|my (?:[a-z']+ ){0,3}(?:is|was|are)|"
    r"the (?:[a-z']+ ){0,3}(?:is|was|are)|i'd like|i would like|i want|i'll use|"
    r"i use|i'd say|it was|that was|should be|would be|was|is|"
    r"(?:give|make|set|change) (?:her|him|them|it|me|us)(?: to| as)?|put down|put)\b)+[\s,.:;-]*",
    _I,
)
_TRAILING = re.compile(
    r"[\s,.!?]*(?:\b(?:thanks|thank you|please|i think|i believe|okay|ok|right|correct|"
    r"yeah|yep|yes|that's it|that's all|that's everything|try that|let's try that|"
    r"try it|maybe|i guess|is that(?: correct| right)?|is that it)"
    r"[\s,.!?]*)*$",
    _I,
)
DIGIT_RUN = re.compile(
    r"(?<![\d$£€.,:/])(?<!\$[ \t])\d(?:[ \t]?[-.]?[ \t]?\d)*"
    # (a unit is no unit when more digits follow it: "VL 2290 K 7714 03")
    rf"(?![\d:])(?![.,]\d)(?!\s*{_UNITS}\b(?![ \t]+\d))(?!\s*%)",
    _I,
)
# Letters and digits together: "ab1234", "p-778", and usernames "jdoe_84".
_ALNUM = re.compile(r"\b(?=[a-z_-]*\d)(?=[0-9_-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)*\b", _I)
_ID_PREFIX = re.compile(
    r"(?<!['\u2019])(?-i:\b([A-Z]{1,4}))(?:[ \t]+(?:dash|hyphen)[ \t]+|[ \t-])?$"
)
# More groups of a code after its first: "7KLM 204", "AB12 C34".
_CODE_TAIL = re.compile(r"(?:[ \t-](?=[a-z]*\d)[a-z0-9]{2,5}\b(?![.,]\d)(?!\s*%))*", _I)
# A reply that is one unpronounceable word: a code read as letters ("uurpkr.").
_CODE_WORD_REPLY = re.compile(
    r"^[\s,.]*(?:(?:it's|its|yeah|yes|um|uh|oh|ok|okay|so)[\s,.]+)*"
    r"((?=[a-z]*[^aeiouy\s.,!?]{3})[a-z]{5,10})[\s.!?]*$",
    _I,
)
# Letters with digits that are no code: ordinals, times, "mp3", "4k".
_NOT_CODE = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|s|k|g|gb|mb|hr|hrs|min|mins)|mp\d|[a-z]\d?"
    r"|\d+-(?:digits?|characters?|letters?|days?|years?|months?|hours?|minutes?|weeks?)",
    _I,
)
# Capitals (and digits) in a turn not written in capitals: a code, unless an acronym.
_CAPS_CODE = re.compile(r"(?-i:(?<![\w'])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}(?![\w']))")
_ACRONYMS = frozenset(
    str.split(
        """OK ID PIN SSN DOB USA US UK ATM LLC INC UPS USPS DMV IRS TV AM PM ACH IRA FAQ ASAP
    FYI CVV ZIP PO APT VIN IMEI SIM DL EIN TIN NPI MRN RX HR IT PC PDF URL CEO VP ER ICU
    NY LA DC OR AND THE BOX EXT OH OHH UH UM HMM MM NO YES FBI CIA TSA FAA ESTA EU EST PST
    CST MST GMT UTC AT&T TMOBILE APP API VPN WIFI SMS MFA OTP CC BCC BIN PCN GRP ABA IBAN
    BIC SWIFT DEA HMO PPO EOB FSA HSA COBRA"""
    )
)
_NOT_PREFIX = frozenset(
    {"i", "a", "ok", "okay", "it", "is", "so", "um", "uh", "yes", "no",
     # abbreviations that name the value rather than start it: "MRN 5530 2281"
     "mrn", "id", "acct", "num", "ref", "rx", "vin", "dl", "ssn", "pin", "ein", "tin", "npi"}
)  # fmt: skip
_SPELLED = re.compile(r"(?-i:\b[A-Z]{2,}\b)")
_CAPITALISED = re.compile(r"(?-i:\b[A-Z][a-z'-]+\b)(?:[ \t]+(?-i:[A-Z][a-z'-]+\b)){0,2}")
# A name word that is not the month of a date said next: "john okafor march 3rd 1980".
_ANSWER_NAME_WORD = rf"(?!{MONTH}\s+\d){NAME_WORD}"
_NOT_NAME_WORD = re.compile(NOT_NAME, _I)
# A restart may put a hesitation between the words: "anders uh anders lindqvist-moe".
_NAME_ANSWER = re.compile(
    rf"^{_ANSWER_NAME_WORD}(?:[ \t]+(?:(?:uh|um|er|erm)[ \t,]+)?{_ANSWER_NAME_WORD}){{0,3}}", _I
)
# After a spelled name, the next name said: "s i o b h a n mcgillicuddy",
# "w o j c i e c h, last name nowak".
_AFTER_SPELLED = re.compile(
    rf"[ \t,.-]*(?:(?:and|then|last name|surname|family name|first name|is|it's|its)[ \t,]+)*"
    rf"({_ANSWER_NAME_WORD}(?:[ \t]+{_ANSWER_NAME_WORD})?)(?=[ \t]*(?:[,.!?]|$))",
    _I,
)
# ISO 9362: bank (4 letters), country (2), location (2), optional branch (3).
_BIC = re.compile(r"\b[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\b", _I)
_EXPIRY = re.compile(
    rf"(?<![\d/])(?:(?:0?[1-9]|1[0-2])(?:\s?[/-]\s?|,?[ \t]|\s+of\s+)(?:20)?\d{{2}}"
    rf"|(?:0[1-9]|1[0-2])(?:20)?\d{{2}}"
    rf"|{MONTH}\s+(?:of\s+)?(?:20|')?\d{{2}}|[1-9][23]\d)(?![\d/])",
    _I,
)
# A day said as an ordinal word: "the nineteenth", "twenty second".
_ORDINAL_WORD = (
    r"(?:(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)"
)
_DOB = re.compile(
    rf"\b{DATE}|(?<!\d)(?:1[0-2]|0?[1-9])[ ./-]?(?:[12]\d|3[01]|0?[1-9])[ ./-]?"
    rf"(?:(?:19|20)\d{{2}}|\d{{2}})(?!\d)"
    rf"|(?<!\d){YEAR}(?!\d)"
    # the month as a number and the day as an ordinal: "9 twelfth 1970", "6 10th 1956"
    rf"|(?<![\d.,])(?:1[0-2]|0?[1-9])\s+(?:{_ORDINAL_WORD}|(?:[12]\d|3[01]|0?[1-9])"
    rf"(?:st|nd|rd|th))\s+(?:19|20)\d{{2}}(?!\d)"
    # a birth date said in pieces over turns: "september", "the 30th, 1961"
    rf"|\b{MONTH}(?![\w.])(?!\s+(?:i|we|you|be)\b)|(?:\bthe\s+)?(?<![\d.,$])(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"
    rf"|(?:\bthe\s+)?\b{_ORDINAL_WORD}\b",
    _I,
)

# Replies that put the question off rather than answer it.
_NON_ANSWER = re.compile(
    r"\b(?:moment|one sec|a sec|second|hold on|hang on|let me|lemme|i don't|i do not|"
    r"not sure|don't know|dunno|give me a|check|look(?:ing)? (?:it|for|into)|sorry|"
    r"what was|can you repeat|say that again|pardon|why do you|do you need|i forgot|"
    r"i can't remember|can't recall|where is|no idea|anything|something|nothing|else)\b",
    _I,
)
# Digits an answer of each type has (min, max); a group read over turns may be shorter.
DIGIT_RANGES = {
    "CVV": (3, 4),
    "US_SSN": (4, 9),
    "PIN": (4, 8),
    "ABA_ROUTING_NUMBER": (9, 9),
    "US_BANK_NUMBER": (4, 17),
    "CREDIT_CARD": (4, 19),
    "ACCOUNT_ID": (4, 20),
    "PHONE_NUMBER": (7, 11),
    "ZIP": (5, 9),
    "ADDRESS": (1, 6),
    "CITY": (5, 9),
}
# Free-text answers: the whole reply, less its fillers, when it is short.
FREE_TEXT_WORDS = {"PASSWORD": 6, "SECURITY_ANSWER": 6}


def question_types(text: str) -> tuple[str, ...]:
    """The entities a turn asks for, from its last two sentences ("name and date of birth?"
    asks two); empty if it asks nothing."""
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    for sentence in reversed(sentences[-2:]):
        greeting = _GREETING_PREFIX.match(sentence) or _INTRO_PREFIX.match(sentence)
        if greeting and not _ASKS.search(sentence, 0, greeting.start("intro")):
            # "city gas and electric this is tamika can i get the account number": the
            # company's name in the greeting is not what is asked
            sentence = sentence[greeting.end() :]
        # Spoken style drops the "?": a short turn that names a type asks for it
        # ("city and state", "zip code please").
        if not _ASKS.search(sentence) and (
            len(_words(sentence)) > 6 or _STATES.search(sentence) or DIGIT_RUN.search(sentence)
        ):
            tail = _TAIL_REQUEST.search(sentence)
            if not tail or _STATES.search(sentence):
                continue  # "i was born on august 2 1944" answers; it does not ask
            # "the rate is one eighty nine a night name for the reservation": spoken
            # style runs the request on after a statement
            sentence = tail.group()
        found = _requested(sentence)
        if not found:
            continue
        if len(found) > 1 and _AND.search(sentence):
            # "your name and date of birth": both. Card and account are qualifiers
            # there ("the phone number on the account"), never a second request.
            rest = [e for e in found[1:] if e not in ("CREDIT_CARD", "ACCOUNT_ID")]
            return (found[0], *rest)
        return (found[0],)
    return ()


# A greeting up to the agent's name: "good morning city gas and electric this is tamika".
_GREETING_PREFIX = re.compile(
    r"^.{0,80}?\b(?:thanks? (?:you )?for calling|welcome to|good (?:morning|afternoon|evening)|"
    r"hi|hello|hey|you've reached|you have reached)\b.{0,80}?\b(?P<intro>this is|my name is|"
    r"my name's|you're speaking with|you are speaking with|you're talking to)[ \t]+"
    r"[^\W\d_]+[,.]?",
    _I,
)
# A line answered with the firm's name only: "social services benefits line this is rob";
# used when no request comes before the introduction.
_INTRO_PREFIX = re.compile(
    r"^.{0,80}?\b(?P<intro>this is|my name is|my name's|you're speaking with|"
    r"you are speaking with)[ \t]+[^\W\d_]+[,.]?",
    _I,
)
# The request ending a long spoken sentence that has no question cue: "... name for the
# reservation", "... and the zip code on file".
_TAIL_REQUEST = re.compile(
    r"(?:\b(?:and|now|then|so|okay|ok|great|perfect|thanks|plus tax|alright)[ \t]+)?"
    r"\b(?:(?:the|your|a)[ \t]+)?(?:[a-z']+[ \t]+){0,2}"
    r"(?:name|number|code|date of birth|birth ?date|birthday|address|zip(?: code)?|e-?mail|"
    r"social|pin|passcode|password)"
    r"(?:[ \t]+(?:for|on|of)[ \t]+(?:the|your|this)[ \t]+[a-z]+)?(?:[ \t]+(?:please|on file))?"
    r"[ \t,.]*$",
    _I,
)


def _requested(sentence: str) -> list[str]:
    """The types a sentence names, most specific first; only the clause after its last
    question word when that clause names one ("... over the phone what's your name")."""
    last = None
    for m in _WH_CLAUSE.finditer(sentence):
        last = m
    if last is not None and last.start() > 0 and not _ASKS.search(sentence, 0, last.start()):
        clause = sentence[last.start() :]
        found = [entity for entity, rule in QUESTION_RULES if rule.search(clause)]
        if found:
            return list(dict.fromkeys(found))
    return list(dict.fromkeys(entity for entity, rule in QUESTION_RULES if rule.search(sentence)))


# Where a question's own clause starts.
_WH_CLAUSE = re.compile(
    r"\b(?:what|what's|whats|which|who|who's|can i (?:get|have)|could i (?:get|have)|"
    r"may i (?:get|have)|i'll need|i need|i just need|let me (?:get|have))\b",
    _I,
)


def not_personal_answer(question: str, digits: int) -> bool:
    """True when ``question`` asked for a number that names a thing, not the caller ("and
    what flight?", "what modem do you have?"), and an answer of ``digits`` digits
    fits it: then a short number in the reply is that thing's (not a safety-net hit)."""
    if question_type(question) != NOT_PERSONAL:
        return False
    return digits <= _THING_DIGITS or (digits == _EIN_DIGITS and bool(_EIN.search(question)))


_THING_DIGITS = 6
_EIN_DIGITS = 9
_EIN = re.compile(r"\bein\b|\be i n\b|employer (?:id|identification)", _I)


def asks(text: str) -> bool:
    """True when a turn asks something (a question mark or a request cue)."""
    return bool(_ASKS.search(text))


def question_type(text: str) -> str | None:
    """The main entity a turn asks for, or None."""
    types = question_types(text)
    return types[0] if types else None


# A sentence that states rather than asks: "i was born …", "my zip is 62704".
_STATES = re.compile(r"^\W*(?:i|i'm|im|my|we|we're|our|it's|its|it is|that's|yes|yeah|sure)\b", _I)
_AND = re.compile(r"\b(?:and|&|plus|as well as)\b", _I)


def is_backchannel(text: str) -> bool:
    """ "okay", "mm-hmm", "go on": a turn that only keeps the other side talking."""
    return bool(BACKCHANNEL.match(text)) or not text.strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# The asker checking a value: "February 21, 2002, correct?", "I have 07/2028. Is that right?"
_CHECK = re.compile(
    r"\b(?:correct|right|is that (?:right|correct|it)|did i get (?:that|it)|yes)\s*\??\s*$"
    r"|\?\s*$|\bis that (?:right|correct)\b",
    _I,
)


def _checks_value(entities: tuple[str, ...], text: str) -> bool:
    """The asker reading a number or a date of the pending type back to check it: the
    reply may correct it ("No, 2/20/02.")."""
    plain = _THOUSANDS_COMMA.sub("", text)  # "So that's 7,140, correct?"
    if not _CHECK.search(text):
        return False
    return any(answer_spans(e, plain) for e in entities if e in _CHECKED_TYPES)


_THOUSANDS_COMMA = re.compile(r"(?<=\b\d),(?=\d{3}\b)")
# The asker asking to hear the value again: "sorry august what", "say that again?"
_CLARIFY = re.compile(
    r"^\W*(?:sorry|pardon|what|come again|say (?:that|it) again|one more time|repeat that)\b"
    r"(?:\W+\w+){0,3}\W*$|\b(?:what|again)\?*\s*$",
    _I,
)


# Values an asker reads back to check: numbers and dates (an address or a name question
# is too easily matched by any turn with a digit or a capital).
_CHECKED_TYPES = frozenset(DIGIT_RANGES) - {"ADDRESS", "CITY", "ZIP"} | {
    "DATE_OF_BIRTH",
    "CARD_EXPIRY",
}


def _read_back(text: str) -> bool:
    """The asker repeating digits back: two or more ("and the new one" is not a read-back),
    or confirming letters spelled: "was that m as in mary" (normalised "was that M")."""
    if spelled_confirmation(text):
        return True
    return is_digit_chunk(text, max_digits=19) and sum(len(d) for _, _, d in digit_runs(text)) >= 2


# A turn that only confirms spelled letters or a piece of a code: "was that M", "yes MK",
# "so that's B as in boy" (the normaliser wrote the letters spelled aloud in capitals).
_LETTER_CONFIRM = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|yep|no|nope|correct|right|so|okay|ok|and|sorry|was that|is that|"
    r"is it|was it|that's|thats|that is|that was|i have|i've got|i got|did you say|you said)"
    r"[\s,.]+)*((?-i:[A-Z0-9]{1,12})(?:[ \t]+(?-i:[A-Z0-9]{1,12})){0,3})[\s,.?!]*$",
    _I,
)
_NOT_LETTERS = frozenset(
    {"i", "a", "ok", "no", "id", "so", "um", "uh", "oh", "yes", "yep", "yeah", "nope", "okay",
     "right", "correct", "sure", "yup", "mhm", "hmm"}
)  # fmt: skip


def spelled_confirmation(text: str) -> tuple[int, int] | None:
    """The span of the letters in a turn that only confirms spelled letters, else None."""
    m = _LETTER_CONFIRM.match(text)
    if not m or not any(c.isalpha() for c in m.group(1)):
        return None
    if any(w.lower() in _NOT_LETTERS for w in m.group(1).split()):
        return None
    return m.span(1)


def is_digit_chunk(text: str, max_digits: int = 6) -> bool:
    """A turn that is (almost) only a short group of digits: "4111", "okay 1111", "and 45"."""
    runs = digit_runs(text)
    if not runs or sum(len(d) for _, _, d in runs) > max_digits:
        return False
    rest = DIGIT_RUN.sub(" ", text)
    others = [w for w in _words(rest) if not BACKCHANNEL.match(w)]
    return len(others) <= 3


def expected_types(speakers: Sequence[str], texts: Sequence[str]) -> list[tuple[str, ...]]:
    """For each turn, the entities the other side last asked for (empty if none pending).

    The question stays pending over the replies of the other side (a number read in
    several turns) and over the asker's backchannel and read-backs; it ends when the
    asker says something else.
    """
    out: list[tuple[str, ...]] = [()] * len(texts)
    pending: tuple[tuple[str, ...], str] | None = None
    replies, answered = 0, False
    # Undiarised ASR puts every turn under one label: then any later turn can answer.
    single = len(set(speakers)) <= 1
    confirming = word_code = card_call = False
    for i, (speaker, text) in enumerate(zip(speakers, texts, strict=True)):
        asked = question_types(text)
        if (
            asked
            and not single
            and len(_words(text)) <= _SHORT_CHOICE_WORDS
            and not _STRONG_ASK.search(text)
            and _answers_other_side(speakers, texts, i)
        ):
            # "debit card please" after "card or bank account?": a choice, not a request
            asked = ()
        card_call = card_call or bool(_CARD_TALK.search(text))
        if (
            card_call
            and "CVV" not in asked
            and _BARE_CODE.search(text)
            and _ASKS.search(text)
            and not _SENT_CODE.search(text)
        ):
            asked = (*asked, "CVV")  # "and the code?" once a card is being read
        if (
            asked
            and pending is not None
            and not answered
            and (speaker != pending[1] or single)
            and (not _ASKS.search(text) or set(asked) <= set(pending[0]))
        ):
            # "wojciech w o j c i e c h, last name nowak": the other side names a type
            # while answering, it does not ask for one; "the one on the back, right?
            # it's 702" checks the question it answers.
            asked = ()
        if (
            asked
            and pending is not None
            and speaker == pending[1]
            and not single
            and _reads_back_first(pending[0], asked, text)
        ):
            out[i] = pending[0]  # "november twenty eight, and the code on the back?"
        if pending is not None and not asked and confirming and _AFFIRMS.match(text):
            # "your locator is K7XQ2P, is that right?" / "yes, i'm on UA 1184": the value
            # was the asker's; the reply confirms it and says something else.
            pending = None
            continue
        if pending is not None and not asked:
            entities, asker = pending
            if speaker != asker or (single and not is_backchannel(text)):
                out[i] = _word_passcode(entities, text) if word_code else entities
                replies += 1
                answered = answered or any(answer_spans(e, text) for e in entities)
                if replies > 6:
                    pending = None
            elif (
                is_backchannel(text)
                or _read_back(text)
                or continues(text)
                or _checks_value(entities, text)
                or _CLARIFY.search(text)
            ):
                out[i] = entities  # the asker reading back, or asking for the rest
            elif _opens_with_read_back(entities, text):
                # "july 14th got it": the read-back, then the asker moves on
                out[i] = entities
                if answered:
                    pending = None
            elif answered or len(_words(text)) > 8:
                pending = None
            # else: "sure, take your time" while the answer is still to come
        if asked:
            pending, replies, answered = (asked, speaker), 0, False
            word_code = "PIN" in asked and bool(_WORD_CODE_QUESTION.search(text))
            confirming = bool(_CONFIRMS.search(text)) and bool(answer_spans(asked[0], text))
    for i, entity in _dangling_statements(speakers, texts):
        if not out[i]:
            out[i] = (entity,)
    return out


# A call about a card, and "the code" asked bare in it: the card's security code (not a
# zip code, a promo code or a code sent by text).
_CARD_TALK = re.compile(
    r"\b(?:card|visa|master ?card|amex|discover|debit|credit|expiration|expiry|expires)\b", _I
)
_BARE_CODE = re.compile(
    r"(?<!\b(?:zip|postal|post|area|promo|promotional|discount|coupon|access|pass|country|"
    r"sort|swift|tax|error|confirmation|reference|product|qr|bar|dress|gift|rewards?|"
    r"activation|verification|security|login|otp|text|sms|door|gate|alarm|lock|garage|"
    r"building|entry|billing|branch|bank|routing|transit|one[- ]time|sign[- ]in)[ \t]+)"
    r"\bcode\b(?![ \t]+(?:we|i|that|you|sent|texted|emailed))",
    _I,
)
_SENT_CODE = re.compile(r"\b(?:text|texted|texting|sent|send|sending|emailed|e-mailed)\b", _I)


# A short reply naming a type after the other side's question chooses, it does not ask.
_SHORT_CHOICE_WORDS = 4
# A question beyond doubt: a question mark or a question word ("please" is not one).
_STRONG_ASK = re.compile(
    r"\?|\b(?:what|what's|whats|which|who|who's|where|when|how|can i|could i|may i|can you|"
    r"could you|would you|do you|did you|is it|are you|is that)\b",
    _I,
)


def _answers_other_side(speakers: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """True when the last turn before ``i`` that is no backchannel is the other side's
    question: a short turn naming a type then answers it."""
    for j in range(i - 1, -1, -1):
        if is_backchannel(texts[j]):
            continue
        return speakers[j] != speakers[i] and bool(_STRONG_ASK.search(texts[j]))
    return False


# A passcode may be a word ("blue heron", "bluejay 44"); a PIN is digits.
_WORD_CODE_QUESTION = re.compile(r"\bpass ?code\b|\baccess code\b", _I)
_PIN_DIGITS = re.compile(r"(?<!\d)\d{4,8}(?!\d)")


def _word_passcode(entities: tuple[str, ...], text: str) -> tuple[str, ...]:
    """A reply to "your passcode?" with letters and no 4-8 digits is a PASSWORD."""
    if (
        "PIN" not in entities
        or _PIN_DIGITS.search(_NON_DIGIT_SPACE.sub("", text))
        or not _LETTER_WORD.search(text)
        or _DESCRIBES_CODE.search(text)
    ):
        return entities
    return tuple("PASSWORD" if e == "PIN" else e for e in entities)


# "it's 6 digits i think", "it's all numbers": about the code, not the code.
_DESCRIBES_CODE = re.compile(
    r"\b(?:digits?|numbers?|numeric|letters?|characters?|chars|long|short)\b", _I
)
_NON_DIGIT_SPACE = re.compile(r"(?<=\d)[ \t-]+(?=\d)")
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")


# The asker reads a value back, then asks for the next one: the read-back comes first.
_READ_BACK_TYPES = frozenset(
    {"CARD_EXPIRY", "DATE_OF_BIRTH", "CVV", "US_SSN", "PIN", "ABA_ROUTING_NUMBER",
     "US_BANK_NUMBER", "CREDIT_CARD", "ACCOUNT_ID", "PHONE_NUMBER", "ZIP"}
)  # fmt: skip
# A question that reads a value out for a yes or no: "…K7XQ2P, is that right?"
_CONFIRMS = re.compile(
    r"\b(?:is that (?:right|correct)|is this (?:right|correct)|right\?|correct\?|"
    r"is that it|did i get that right|sound right|look right)",
    _I,
)
_AFFIRMS = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|correct|that's right|that's correct|right|exactly|uh huh|"
    r"mm-?hmm)\b",
    _I,
)


# What the asker says before reading a value back: "so", "okay", "i have", "that's".
_READ_BACK_LEAD = re.compile(
    r"^[\s,.]*(?:(?:so|okay|ok|alright|all right|great|perfect|thanks|thank you|and|"
    r"that's|thats|that is|i have|i've got|i got|got it|yes|yeah|right|let me repeat|"
    r"just to confirm|to confirm)[\s,.:]+)*",
    _I,
)


def _opens_with_read_back(pending: tuple[str, ...], text: str) -> bool:
    """The asker's turn starts by reading the value back: "july 14th got it", "so 4471092663
    thanks"; a value said later in the turn may be something else."""
    lead = _READ_BACK_LEAD.match(text)
    at = lead.end() if lead else 0
    return any(
        start == at
        for entity in pending
        if entity in _READ_BACK_TYPES
        for start, _ in answer_spans(entity, text)
    )


def _reads_back_first(pending: tuple[str, ...], asked: tuple[str, ...], text: str) -> bool:
    """True when the asker's new question starts by reading back the pending value."""
    entity = next((e for e in pending if e in _READ_BACK_TYPES), None)
    if entity is None or entity in asked:
        return False
    rule = next((r for e, r in QUESTION_RULES if e == asked[0]), None)
    cue = rule.search(text) if rule is not None else None
    if cue is None:
        return False
    return any(end <= cue.start() for _, end in answer_spans(entity, text))


# A speaker announces a value and says it in the next turn: "my pin is" / "4421".
_DANGLING = re.compile(
    r"\b(?:is|are|was|it's|its|be|number|numbers)\s*(?:uh|um|like)?[\s,.:-]*$", _I
)


def _dangling_statements(speakers: Sequence[str], texts: Sequence[str]) -> list[tuple[int, str]]:
    """Turns that carry the value a previous turn of the same speaker announced."""
    out = []
    for i, text in enumerate(texts):
        if not _DANGLING.search(text):
            continue
        sentence = ([s for s in _SENTENCE.findall(text) if s.strip()] or [text])[-1]
        if _ASKS.search(sentence):
            continue  # "what would you like your new password to be" asks the other side
        entity = next((e for e, rule in QUESTION_RULES if rule.search(sentence)), None)
        if entity is None:
            continue
        for j in range(i + 1, min(len(texts), i + 9)):
            if speakers[j] != speakers[i]:
                if (
                    is_backchannel(texts[j])
                    or continues(texts[j])
                    or is_digit_chunk(texts[j], max_digits=19)
                ):
                    continue
                break
            out.append((j, entity))
            if not is_digit_chunk(texts[j]):
                break
    return out


@dataclass(frozen=True)
class Chain:
    """A number read in groups: the reader's turns and the others' turns in between."""

    reader_turns: tuple[int, ...]
    other_turns: tuple[int, ...]


def _opens_chain(text: str) -> bool:
    """A first group may follow a lead-in: "you can reach me at 563", "sure it's 4111"."""
    runs = digit_runs(text)
    if not runs or sum(len(d) for _, _, d in runs) > _LAST_GROUP_DIGITS:
        return False  # "2204 eight eight one" / "ok keep going" / "oh 6 3"
    tail = text[runs[-1][1] :]
    return is_digit_chunk(text) or not _words(BACKCHANNEL.sub(" ", tail)) or is_backchannel(tail)


_LAST_GROUP_DIGITS = 8
# Digits a chain needs in all: fewer when it answers a question for a number.
_CHAIN_DIGITS = 7
_ASKED_CHAIN_DIGITS = 5
# House numbers and zips: two short numbers in a row are two addresses, not one number.
_PLACE_TYPES = frozenset({"ADDRESS", "CITY", "ZIP"})


# Words a reader adds around a last group: "66 and there's a 3 at the end, sorry",
# "oh wait, plus a 7 on the end", "then one more digit 4".
_REMARK_WORDS = frozenset(
    {"and", "there's", "theres", "there", "is", "a", "an", "at", "on", "the", "end", "sorry",
     "also", "plus", "then", "last", "digit", "digits", "more", "oops", "forgot", "i",
     "missed", "that's", "thats", "it", "final", "to", "add", "oh", "wait", "was", "left",
     "out", "number", "one", "my", "bad", "actually", "after", "that", "extra"}
)  # fmt: skip
_MAX_REMARK_WORDS = 12


def _remark_chunk(text: str) -> bool:
    """A reader's group with a remark about where it goes: "66 and theres a 3 at the end"."""
    runs = digit_runs(text)
    if not runs or sum(len(d) for _, _, d in runs) > _LAST_GROUP_DIGITS:
        return False
    words = [w.lower() for w in _words(DIGIT_RUN.sub(" ", text)) if not BACKCHANNEL.match(w)]
    return len(words) <= _MAX_REMARK_WORDS and all(w in _REMARK_WORDS for w in words)


def chunk_chains(
    speakers: Sequence[str],
    texts: Sequence[str],
    expected: Sequence[tuple[str, ...]] | None = None,
) -> list[Chain]:
    """Runs of digit-group turns by one speaker, with short turns of others in between;
    shorter in all when they answer a question for a number ("613" / "479")."""
    chains = []
    single = len(set(speakers)) <= 1
    i = 0
    while i < len(texts):
        if not _opens_chain(texts[i]):
            i += 1
            continue
        reader, readers, others = speakers[i], [i], []
        j = i + 1
        pending_others: list[int] = []
        while j < len(texts):
            # A reader's later group may finish the number: "it's 651..." / "555-0117".
            if speakers[j] == reader and (
                is_digit_chunk(texts[j], max_digits=_LAST_GROUP_DIGITS) or _remark_chunk(texts[j])
            ):
                readers.append(j)
                others.extend(pending_others)
                pending_others = []
            elif (
                (speakers[j] != reader or single)
                and len(_words(texts[j])) <= 6
                and (
                    is_backchannel(texts[j])
                    or continues(texts[j])
                    or (
                        is_digit_chunk(texts[j])
                        and "?" not in texts[j]
                        and not question_type(texts[j])
                    )
                )
            ):
                pending_others.append(j)
            else:
                break
            j += 1
        total = sum(len(d) for t in readers for _, _, d in digit_runs(texts[t]))
        asked = expected is not None and any(
            e in DIGIT_RANGES and e not in _PLACE_TYPES for e in expected[i]
        )
        if len(readers) >= 2 and total >= (_ASKED_CHAIN_DIGITS if asked else _CHAIN_DIGITS):
            chains.append(Chain(tuple(readers), tuple(others)))
            i = readers[-1] + 1
        else:
            i += 1
    return chains


def digit_runs(text: str) -> list[tuple[int, int, str]]:
    """Every run of digits (groups joined by a space or dash) with its digits."""
    return [(m.start(), m.end(), _NON_DIGIT.sub("", m.group())) for m in DIGIT_RUN.finditer(text)]


def answer_spans(entity: str, text: str, chained: bool = False) -> list[tuple[int, int]]:
    """Spans of ``text`` (normalised) that answer a question asking for ``entity``."""
    spans: list[tuple[int, int]] = []
    if (
        _NON_ANSWER.search(text)
        and not any(len(d) >= 2 for _, _, d in digit_runs(text))
        and not (entity == "CARD_EXPIRY" and _EXPIRY.search(text))
        and not (entity == "DATE_OF_BIRTH" and _DOB.search(text))
        and not (entity == "ACCOUNT_ID" and _CAPS_CODE.search(text))
        and not (entity == "EMAIL_ADDRESS" and (_LOCAL_PIECE.search(text) or "@" in text))
    ):
        return spans  # "one moment", "let me check": the answer comes later
    if entity in DIGIT_RANGES:
        low, high = DIGIT_RANGES[entity]
        if chained:
            low = min(low, 2)
        for start, end, digits in digit_runs(text):
            if (spans or is_model_year(text, start, end) or is_labelled(text, start)) and _quantity(
                text, start, end
            ):
                continue  # "F255-9214-7730. I renewed it in 2023": the answer came first
            if (
                entity == "CREDIT_CARD"
                and spans
                and _EXPIRY_RUN.fullmatch(text, start, end)
                and after_card(text, start)
            ):
                continue  # "5243 … 7719, 03 30, 614": the expiry after the card
            if low <= len(digits) <= high:
                if entity == "ACCOUNT_ID":
                    # "PLX 443 9910": a letter prefix said before the digits is part of the id
                    prefix = _ID_PREFIX.search(text, 0, start)
                    if prefix and prefix.group(1).lower() not in _NOT_PREFIX:
                        start = prefix.start()
                spans.append((start, end))
        if entity in ("ACCOUNT_ID", "US_BANK_NUMBER"):
            spans.extend(
                (m.start(), _CODE_TAIL.match(text, m.end()).end())
                for m in _ALNUM.finditer(text)
                if len(m.group()) >= (3 if entity == "ACCOUNT_ID" or chained else 4)
                and not _NOT_CODE.fullmatch(m.group())
            )
        if entity == "ACCOUNT_ID" and (word := _code_word(text)):
            spans.append(word)  # "UURPKR." in an ALL CAPS reply, "xqjzt"
        if entity == "ACCOUNT_ID":
            # a locator or a code in capitals, as Whisper writes it or as the normaliser
            # joins spelled letters: "WXDPLT", "GMDVHU uh 4U", "NPFP SRPV"
            spans.extend(
                (m.start(), m.end())
                for m in _CAPS_CODE.finditer(text)
                if m.group() not in _ACRONYMS and not any(a <= m.start() < b for a, b in spans)
            )
        if entity == "ACCOUNT_ID" and (letters := spelled_confirmation(text)):
            spans.append(letters)  # "yes m as in mary k as in king" -> "yes MK"
        spans = _with_groups_before(text, spans)
        spans = list(dict.fromkeys(_over_hesitations(text, start, end) for start, end in spans))
        if entity in ("ADDRESS", "CITY"):
            spans.extend(_address_answer(text))
            city = _CITY_STATE_ANSWER.match(text)
            if city:
                spans.append(city.span("place"))  # "new nancy louisiana", "tacoma wa 98405"
        if entity == "CITY":
            short = _free_answer(text, 6)
            if short and not any(c.isdigit() for c in text[short[0] : short[1]]):
                spans.append(short)  # "wagnerborough missouri" for "city and state?"
    elif entity == "EMAIL_ADDRESS":
        spans.extend(_email_pieces(text))
    elif entity == "SWIFT_CODE":
        spans.extend((m.start(), m.end()) for m in _BIC.finditer(text))
    elif entity == "CARD_EXPIRY":
        spans.extend((m.start(), m.end()) for m in _EXPIRY.finditer(text))
    elif entity == "DATE_OF_BIRTH":
        spans.extend((m.start(), m.end()) for m in _DOB.finditer(text))
    elif entity == "PERSON":
        spans.extend(_person_answer(text))
    elif entity in FREE_TEXT_WORDS:
        span = _free_answer(text, FREE_TEXT_WORDS[entity])
        if span:
            spans.append(span)
    return spans


_EXPIRY_RUN = re.compile(CARD_THEN_MONTH_YEAR, _I)


# A hesitation inside a value read out: "7XRD uh 419", "90 um 1234".
_HESITATION_PIECE = re.compile(
    r"[ \t,.]+(?:(?:uh|um|uhm|er|erm)[ \t,.]+)+"
    rf"(?:\d(?:[ \t]?-?[ \t]?\d)*|(?=[a-z]*\d)[a-z0-9]+)\b(?![.,]\d)(?!\s*{_UNITS}\b)(?!\s*%)",
    _I,
)


# An email read in pieces, or restarted: the local part alone ("mark dot kitchen",
# "sonya_jackson", "g dot jones 1969") and the domain alone ("at verizon dot net").
_LOCAL_PIECE = re.compile(
    r"(?<![\w.@'])[a-z0-9]+(?:(?:[._](?=[a-z0-9])|[ \t]+(?:dot|underscore|period)[ \t]+)"
    r"[a-z0-9]+)+(?:[ \t]+\d+)?(?![\w@]|\.[a-z0-9])",
    _I,
)
_DOMAIN_PIECE = re.compile(
    r"(?<![\w.])(?:at sign|at|@)[ \t]*[a-z0-9-]+(?:[ \t]*(?:\.|\bdot\b)[ \t]*[a-z]{2,})+\b",
    _I,
)
# Abbreviations written with dots: "a.m.", "e.g.", "u.s.".
_DOTTED_ABBREVIATION = re.compile(r"(?:[a-z]\.)+[a-z]\.?", _I)


def _email_pieces(text: str) -> list[tuple[int, int]]:
    """Pieces of an email in a reply to "what's your email?"."""
    spans = [
        m.span()
        for m in _LOCAL_PIECE.finditer(text)
        if not _DOTTED_ABBREVIATION.fullmatch(m.group()) and len(m.group()) >= 4
    ]
    spans.extend(m.span() for m in _DOMAIN_PIECE.finditer(text))
    spans.extend(m.span() for m in _ALNUM.finditer(text) if len(m.group()) >= 4)
    # a handle said as a word and digits: "tariqmansour 968"
    spans.extend(
        m.span()
        for m in _WORD_AND_DIGITS.finditer(text)
        if not lexicon().is_word(m.group(1)) and not not_name_word(m.group(1).lower())
    )
    return spans


_WORD_AND_DIGITS = re.compile(r"(?<![\w.@'])([a-z]{4,})[ \t]+\d{1,4}\b(?![.,]\d)", _I)


# A piece said before a hesitation: "646 um 5550123", "238 uh 06 5504".
_PIECE_BEFORE_HESITATION = re.compile(
    r"(?<![\w$£€.,])\d(?:[ \t]?-?[ \t]?\d)*[ \t,.]+(?:(?:uh|um|uhm|er|erm)[ \t,.]+)+$", _I
)


def _code_word(text: str) -> tuple[int, int] | None:
    """A reply that is one word that is no English word or name: a code read as letters."""
    m = _CODE_WORD_REPLY.match(text)
    if not m:
        return None
    word = m.group(1)
    if lexicon().is_word(word) or fold(word) in lexicon().firsts:
        return None
    return m.span(1)


# Between two groups of one number: "839, 4003", "839 4003".
_GROUP_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _with_groups_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans grown over a short group said just before them ("echo 839, 4003 5107"): a
    group too short to be the value alone is part of the value read after it."""
    if not spans:
        return spans
    runs = digit_runs(text)
    out = []
    for start, end in spans:
        for run_start, run_end, digits in reversed(runs):
            if run_end <= start and len(digits) >= 2 and _GROUP_GAP.fullmatch(text, run_end, start):
                start = run_start
        out.append((start, end))
    return out


def _over_hesitations(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow an answer over the pieces said before and after a hesitation, so no piece
    stays visible."""
    m = _HESITATION_PIECE.match(text, end)
    while m:
        end = m.end()
        m = _HESITATION_PIECE.match(text, end)
    before = _PIECE_BEFORE_HESITATION.search(text, max(0, start - 40), start)
    if before:
        start = before.start()
    return start, end


def _strip(text: str) -> tuple[int, int]:
    m = _FILLER.match(text)
    start = m.end() if m else 0
    t = _TRAILING.search(text, start)
    end = t.start() if t else len(text)
    return start, max(start, end)


_TYPED_END = re.compile(r"[!#$%&*@^~](?=[\s.,?]|$)")
_TYPED_WORD = re.compile(r"(?:\d|(?-i:[a-z][A-Z]))[^\s]*$")


def _free_answer(text: str, max_words: int) -> tuple[int, int] | None:
    start, end = _strip(text)
    if _TYPED_END.match(text, end) and _TYPED_WORD.search(text, start, end):
        end += 1  # "Make it BlueHeron2024!": the "!" of a typed value is part of it
    body = text[start:end]
    if not body.strip() or len(_words(body)) > max_words or is_backchannel(body):
        return None
    return start, end


def _person_answer(text: str) -> list[tuple[int, int]]:
    if is_backchannel(text):
        return []  # "Mm-hmm." while the name is spelled
    spelled = [m for m in _SPELLED.finditer(text) if not _FIRM_INSIDE.fullmatch(m.group())]
    spans = [m.span() for m in spelled]
    for m in spelled:
        after = _AFTER_SPELLED.match(text, m.end())
        if after and not _SPELLED.fullmatch(after.group(1)):
            spans.append(after.span(1))
    start, end = _strip(text)
    body = text[start:end]
    if body and len(_words(body)) <= 8:
        m = _NAME_ANSWER.match(body)
        if m and (not _names_a_thing(body, 0, m.end()) or _first_and_surname(m.group())):
            spans.append((start, start + m.end()))
    for m in _CAPITALISED.finditer(text):
        # Trim words that are not names: "It's Tom" -> "Tom", "Yeah" -> nothing.
        words = list(_TOKEN.finditer(m.group()))
        while words and _NOT_NAME_WORD.fullmatch(words[0].group()):
            words.pop(0)
        while words and _NOT_NAME_WORD.fullmatch(words[-1].group()):
            words.pop()
        if words and m.start() + words[0].start() > 0:
            first, last = m.start() + words[0].start(), m.start() + words[-1].end()
            if not _names_a_thing(text, first, last):
                spans.append((first, last))
    return spans


# Words that make a name a firm's: "Cascade Title and Escrow LLC", "Hartley Group".
_FIRM_WORD = (
    r"(?:llc|l\.?l\.?c|inc|incorporated|corp|corporation|co|company|ltd|limited|llp|plc|"
    r"group|associates|partners|holdings|enterprises|bank|credit union|trust|foundation|"
    r"escrow|title|realty|properties|services|solutions|consulting|church|school|"
    r"university|college|hospital|clinic|pharmacy|insurance|agency|law firm|llp)"
)
# Words after a name that make it a programme or a plan: "my Honors number", "Aadvantage id".
_PROGRAMME_WORD = (
    r"(?:number|no\.?|#|id|card|account|membership|member|points|program|programme|rewards|"
    r"status|tier|level|plan)"
)
_THING_AFTER = re.compile(
    rf"(?:[ \t]*,?[ \t]+(?:and|&)?[ \t]*(?!(?:from|at|with|for|of|calling|representing)\b)"
    rf"[\w'.-]+){{0,3}}?[ \t]*,?[ \t]+(?:{_FIRM_WORD})\b"
    rf"|[ \t]+{_PROGRAMME_WORD}\b",
    _I,
)
_FIRM_INSIDE = re.compile(rf"\b{_FIRM_WORD}\b", _I)


def _first_and_surname(words: str) -> bool:
    """ "grace church", "ella bank": a listed first name and a listed surname, so a person
    although the surname is also a firm's word."""
    parts = [fold(w) for w in words.split()]
    lex = lexicon()
    return len(parts) == 2 and parts[0] in lex.firsts and parts[1] in lex.lasts


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """True when the words at ``text[start:end]`` name a firm or a programme, not a
    person: a company suffix inside or after them ("Cascade Title and Escrow LLC"), or
    a number word after them ("my Honors number")."""
    return bool(_FIRM_INSIDE.search(text, start, end) or _THING_AFTER.match(text, end))


# A reply that is a city and its state (and zip): the end of an address read over turns.
_CITY_STATE_ANSWER = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|ok|okay|so|um|uh|and|then|it's|its|that's)[\s,.]+)*"
    rf"(?P<place>(?:[a-z][a-z.'-]*[ \t]+){{1,3}},?[ \t]*{STATE_NAMES}"
    r"(?:[ \t,]+\d{4,5}(?:[ \t-]*\d{4})?(?:[ \t]+(?:for|to|too|won|ate|oh))?)?)[\s.!?]*$",
    _I,
)


# A sentence ending before another starts ("… 1PL. Yeah, it's …"), not an abbreviation
# ("St. Louis", "Apt. 5", "N. Main").
_SENTENCE_END = re.compile(
    r"[.!?](?=\s+(?:yeah|yes|yep|it's|its|i|i'm|and|so|also|oh|um|uh|that|that's|but|my|"
    r"the|we|he|she|they|there|this|no|ok|okay|sorry|thanks|please)\b)",
    _I,
)


def _address_answer(text: str) -> list[tuple[int, int]]:
    """A short reply with a house number: from the number to the end of its sentence."""
    first = _DIGIT.search(text)
    if not first:
        return []
    start, end = _strip(text)
    start = max(start, first.start())
    stop = _SENTENCE_END.search(text, start)
    if stop:
        end = min(end, stop.start())  # "N1 1PL. Yeah, it's the 2008 model": another sentence
    if end <= start or len(_words(text[start:end])) > 14:
        return []
    return [(start, end)]
