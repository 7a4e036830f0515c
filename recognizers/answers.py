"""Where the value sits in a reply: the spans of a turn that answer a question for a type.

"sure it's seven zero one" answers "the code on the back?" with "seven zero one" (the
turn normalised: "701"); fillers, lead-ins and trailing remarks stay visible.
"""

from __future__ import annotations

import regex as re

from recognizers.address_recognizer import _STATE_CODES, STATE_NAMES, STREET_SUFFIX
from recognizers.base import DATE, MONTH, REPLY_WORDS, YEAR
from recognizers.card_expiry_recognizer import CARD_THEN_MONTH_YEAR, EXPIRY_HESITATION, after_card
from recognizers.date_of_birth_recognizer import OFFERED_ON
from recognizers.digit_safety_net_recognizer import (
    _UNITS,
    _quantity,
    is_flight,
    is_labelled,
    is_model_year,
    plan_or_staff_number,
)
from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS
from recognizers.spacy_ner_recognizer import PET
from recognizers.spoken_normalizer import (
    MONTHS,
    NATO,
    NATO_WORD,
    NOISE_TAG,
    NUMBER_WORDS,
    ORDINALS,
)
from recognizers.spoken_person_recognizer import NAME_WORD, NOT_NAME, fold, lexicon, not_name_word

_I = re.IGNORECASE
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")
BACKCHANNEL = re.compile(
    r"^[\s,.!?-]*(?:(?:okay|ok|k|mm+-?hm+|m-?hm+|mhm+|mm|hmm|uh-?huh|uh huh|yes|yeah|yep|yup|right|"
    r"got it|gotcha|go on|go ahead|sure|alright|all right|and|next|continue|great|perfect|"
    r"thank you|thanks|good|uh|um|i see|keep going|ready|correct|that's right|then|"
    r"and then|what's next|after that|uh huh|noted|cool|nice|fine|so far so good|"
    r"sounds good|"
    # the caller done typing, or waiting out a hold: "done", "take your time"
    r"done|all done|all set|take your time|no rush|no problem|no worries|"
    # "yes i'm with you", "still with you", "i'm following": the asker keeping pace
    r"(?:i(?:'|\u2019)?m |i am )?(?:still )?(?:with you|following(?: you| along)?|listening)|"
    r"(?:i(?:'|\u2019)?m |i am )(?:still )?here|still here|"
    r"i follow|got you|gotchu)[\s,.!?-]*)+$",
    _I,
)
# What a security question asks about, restated before its answer ("my first pet: …").
_ASKED_NOUN = (
    r"(?:teacher|pet|dog|cat|street|city|town|school|car|book|movie|film|food|color|colour|"
    r"team|friend|nickname|mascot|song|band|hero|job|boss|restaurant|vacation|hospital)"
)
# The restated question ends at a stop or a colon, and a value follows it (not "i think").
_RESTATED_END = (
    r"[ \t]*(?:[.:]|[ \t]-+|\u2014)[ \t]+"
    r"(?!(?:i|it|it's|that|um|uh|yeah|so|and|but|he|she|they|we)\b)\w"
)
_FILLER = re.compile(
    r"^(?:[\s,.:;\"\u201c-]*(?:yeah|yes|yep|sure|okay|ok|so|um|uh|uhm|er|ah|well|it's|it is|its|"
    # a hedge before the value: "like, it should be mrs. patterson"
    r"like(?=[ \t]*,|[ \t]+(?:it|it's|its|i|maybe|um|uh)\b)|"
    # the value named as one tried before: "maybe it's the old one, buckeye!"
    r"maybe|perhaps|probably|(?:the|my) (?:old|other|previous|original|usual|first) (?:one|1)|"
    r"this is|i'm|i am|"
    r"that's|that is|that would be|it'd be|it would be|it should be|that'd be|i think|"
    r"i believe|let'?s do|let'?s make it|let'?s go with|let'?s use|make it|how about|please|"
    # a value offered as a question: "can it be marigold", "could we use tamarind"
    r"(?:can|could) (?:it|that|we) be|(?:can|could) (?:we|i) (?:use|make it|do|have)|"
    r"of course|absolutely|no problem|alright|all right|right|sorry|oh|the answer is|"
    # surprise said before the value: "oh goodness it was …", "oh golly, biscuit"
    r"(?:my )?(?:goodness|golly|gee|heavens|crikey|blimey)(?=[ \t,.!]+(?!i\b))|"
    # the asker reading the value back: "just to confirm, rex"
    r"(?:just )?to confirm|confirming|(?:let me )?(?:read|repeat)(?:ing)? (?:that|it) back|"
    r"(?:was|is) that|did you say|you said|i have|i've got|i got|"
    r"the answer's|answer is|my (?:[a-z']+ ){0,3}(?:is|was|are)|"
    # "that would be his mom's name brown"
    r"(?:his|her|their|my|our) (?:[a-z']+ ){1,2}(?:name|maiden name)(?: (?:is|was|would be))?|"
    # the question restated, then the value: "it's my favorite teacher. Mrs. Gutierrez"
    rf"(?:his|her|their|my|our) (?:[a-z']+ ){{0,3}}{_ASKED_NOUN}(?={_RESTATED_END})|"
    r"the (?:[a-z']+ ){0,3}(?:is|was|are)|i'd like|i would like|i want|i'll use|"
    # a value another chose, passed on: "yes she said hallasan"
    r"(?:she|he|they) (?:said|says|wants|chose|picked)|"
    r"(?:she's|he's|they're|she is|he is|they are) (?:saying|telling me)|"
    # a guess asked or hedged: "is it pohutukawa", "it might be pohutukawa 19"
    r"is it|(?:it |that )?(?:might|may|could|must) be|"
    r"i use|i'd say|it was|that was|should be|would be|was|is|"
    # writing down a value just given: "let me write that down. PVCC, exclamation, …"
    r"(?:let me|lemme|i'll) (?:write|jot|note|take) (?:that|it|this) down|"
    # another try after a miss: "try copper kettle", "what about lemon tart"
    r"(?:let me |i'll |we'll |can i |could i |can you |could you )?try|what about|"
    # reading it off a text or a screen: "it says kx7-river-22"
    r"it (?:says|said|reads|shows)|"
    # the paper or screen it is read off named first: "the little paper it says k92m44",
    # "on my card it says", "the letter reads"
    r"(?:(?:on|in) )?(?:the|my|this|that|her|his|your) (?:[a-z']+ ){0,3}"
    r"(?:it |that )?(?:says|said|reads|shows)|"
    r"(?:give|make|set|change) (?:her|him|them|it|me|us)(?: to| as)?|put down|put|"
    # a value asked for as a favour: "can you set it to hazel42!"
    r"(?:can|could|would|will) you(?: please| just)?(?= (?:set|make|change|put|give)\b))\b)+"
    r"[\s,.:;\"\u201c-]*",
    _I,
)
_TRAILING = re.compile(
    r"[\s,.!?\"\u201d]*(?:\b(?:thanks|thank you|please|i think|i believe|okay|ok|right|correct|"
    # talk after the value: "braces four ever anyway", "coffee, is that bad?"
    r"anyway|anyways|is that (?:bad|okay|ok|a problem)|"
    r"yeah|yep|yes|that's it|that's all|that's everything|try that|let's try that|"
    r"try it|maybe|i guess|probably|possibly|perhaps|i reckon|i suppose|most likely|"
    r"is that(?: correct| right)?|is that it|"
    # the value confirmed back: "pulga is correct", "rex was right"
    r"(?:is|was)[ \t]+(?:correct|right)|"
    # how a value is typed, said after it: "rocket335!, no spaces", "all one word"
    r"(?:with )?no spaces?|(?:all )?(?:one|1) word|all (?:in )?(?:lower ?case|caps|capitals)|"
    r"all together|case sensitive)"
    r"[\s,.!?\"\u201d]*)*$",
    _I,
)
DIGIT_RUN = re.compile(
    # an area code in parentheses is part of the number: "(640) 555-0182", "(640)"
    # (a period before is a decimal point, an ellipsis only a pause: "...555...")
    r"(?<![\d$£€,:/])(?<![^.]\.)(?<!^\.)(?<!\$[ \t])"
    r"(?:\(\d{3}\)(?:[ \t]?[-.]?[ \t]?\d(?:[ \t]?[-.]?[ \t]?\d)*)?|\d(?:[ \t]?[-.]?[ \t]?\d)*)"
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
# The year after a court or a registry file's number: "/2021", "/19".
_YEAR_TAIL = re.compile(r"[ \t]?/[ \t]?(?:\d{4}|\d{2})(?![\d/])")
_CAPS_CODE = re.compile(r"(?-i:(?<![\w'])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}(?![\w']))")
# A word in capitals after a capitalised name names that place's office or state, not a
# code: "it's 2024-0117533, Denver PD", "the Austin PD", "Boulder, CO".
_AFTER_PLACE_NAME = re.compile(r"(?-i:\b([A-Z][a-z]+)),?[ \t]+$")


# A state's two letters before the document it issued: "it's a CA license, C8585923",
# or before the number it issued: "TX, number 681748743", "AZ number d four nine".
_STATE_BEFORE_DOCUMENT = re.compile(
    rf"{_STATE_CODES}(?:[ \t]+(?:driver'?s[ \t]+|drivers[ \t]+)?(?:licen[cs]e|plates?|tags?|"
    r"registration|id\b|dl\b)|,?[ \t]+(?:number|no\.|num|#)(?![\w-]))",
    _I,
)


def _state_of_document(text: str, start: int, end: int) -> bool:
    """True for a state's letters that name who issued a licence or a plate, not its id."""
    return end - start == 2 and bool(_STATE_BEFORE_DOCUMENT.match(text, start))


def _place_office(text: str, start: int, end: int) -> bool:
    """Two capitals right after a capitalised word that is no reply word ("Denver PD",
    "Boulder, CO"): a police department or a state, not a piece of the id."""
    if end - start != 2 or not text[start:end].isalpha():
        return False
    before = _AFTER_PLACE_NAME.search(text, 0, start)
    return bool(before) and before.group(1).upper() not in _ACRONYMS


_ACRONYMS = frozenset(
    str.split(
        """OK ID PIN SSN DOB USA US UK ATM LLC INC UPS USPS DMV IRS TV AM PM ACH IRA FAQ ASAP
    FYI CVV ZIP PO APT VIN IMEI SIM DL EIN TIN NPI MRN RX HR IT PC PDF URL CEO VP ER ICU
    NY LA DC OR AND THE BOX EXT OH OHH UH UM HMM MM NO YES FBI CIA TSA FAA ESTA EU EST PST
    CST MST GMT UTC AT&T TMOBILE APP API VPN WIFI SMS MFA OTP CC BCC BIN PCN GRP ABA IBAN
    BIC SWIFT DEA HMO PPO EOB FSA HSA COBRA EPA FDA OSHA FEMA HUD DOT CDC HVAC GPS
    ICN MRI CPT HCPCS NDC CBC DME EFT ERA EHR EMR"""
    )
) | {w.upper() for w in REPLY_WORDS}
_NOT_PREFIX = frozenset(
    {"i", "a", "ok", "okay", "it", "is", "so", "um", "uh", "yes", "no",
     # abbreviations that name the value rather than start it: "MRN 5530 2281"
     "mrn", "id", "acct", "num", "ref", "rx", "vin", "dl", "ssn", "pin", "ein", "tin", "npi"}
)  # fmt: skip
_SPELLED = re.compile(r"(?-i:\b[A-Z]{2,}\b)")
_CAPITALISED = re.compile(r"(?-i:\b[A-Z][a-z'-]+\b)(?:[ \t]+(?-i:[A-Z][a-z'-]+\b)){0,2}")
# A name word that is not the month of a date said next: "john okafor march 3rd 1980".
# A rank or a day said as an ordinal is no name: "what grade is she in?" / "sixth".
_ORDINAL_REPLY = (
    r"(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)\b"
)
_ANSWER_NAME_WORD = rf"(?!{MONTH}\s+\d)(?!{_ORDINAL_REPLY}){NAME_WORD}"
_NOT_NAME_WORD = re.compile(NOT_NAME, _I)
# A restart may put a hesitation between the words: "anders uh anders lindqvist-moe".
_NAME_ANSWER = re.compile(
    rf"^{_ANSWER_NAME_WORD}(?:[ \t]+(?:(?:uh|um|er|erm|ah)[ \t,]+)?{_ANSWER_NAME_WORD}){{0,3}}", _I
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
_EXPIRY_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_EXPIRY = re.compile(
    # (no price: "$827.90", "£12.50"; the month may be named so: "month 12 of 2031")
    rf"(?<![\d/$£€])(?:(?:\bmonth[ \t]+)?(?:0?[1-9]|0[ \t]+[1-9]|1[0-2])"
    rf"(?:\s?[/-]\s?|\s+slash\s+|,?[ \t]|\s+of\s+|{EXPIRY_HESITATION})(?:20)?\d{{2}}"
    rf"|(?:0[1-9]|1[0-2])(?:20)?\d{{2}}"
    # a stop after the month, as a transcript writes a pause: "09. 31", "02. 29" (a year
    # of the card's decades, no price: "$10.50")
    rf"|(?<!\$)(?:0[1-9]|1[0-2])\.[ \t]?(?:20)?[2-4]\d"
    # (a comma after the month is a written pause: "December, 2029")
    rf"|{MONTH},?\s+(?:of\s+|slash\s+|/\s?)?(?:20|')?\d{{2}}|[1-9][23]\d"
    # the month as an ordinal, "of" the year: "third of 2030", "the 11th of 2025"
    rf"|(?:the\s+)?(?:{_EXPIRY_ORDINAL}|(?:1[0-2]|0?[1-9])(?:st|nd|rd|th))\s+of\s+(?:20)?[2-4]\d"
    rf")(?![\d/]|[.,]\d)",
    _I,
)
# A card's expiry said in two turns, the other side's "uh-huh" between: the month alone
# ("it's 12", "uh, march"), then the year alone ("slash 27", "twenty twenty nine").
_PIECE_LEAD = (
    r"^[\s,.]*(?:(?:um|uh|er|erm|so|okay|ok|yeah|yes|sure|and|then|it's|its|it is)[\s,.]+)*"
)
EXPIRY_MONTH_ALONE = re.compile(
    rf"{_PIECE_LEAD}(?:the[ \t]+month(?:'s|[ \t]+is)?[ \t]+)?"
    rf"(?P<v>0?[1-9]|1[0-2]|0[ \t]+[1-9]|{MONTH})[\s,.]*$",
    _I,
)
EXPIRY_YEAR_ALONE = re.compile(
    rf"{_PIECE_LEAD}(?:(?:slash|/)[ \t]*|(?:the[ \t]+)?year(?:'s|[ \t]+is)?[ \t]+)?"
    r"(?P<v>(?:20)?\d{2})[\s,.!]*$",
    _I,
)
_EXPIRY_SAID_TWICE = re.compile(
    rf"(?<![\d/])\b{MONTH}[ \t]+20\d{{2}}[ \t]?(?:0[1-9]|1[0-2])[ \t]?(?:20)?\d{{2}}(?![\d/])", _I
)
# A birth date, then its year (or day) said again to correct it: "the 6th of may 1950 no
# sorry 51", "12/3/1961, i mean 1962", "march 4th 1977 wait no '78".
_DOB_CORRECTION = re.compile(
    r"[ \t]*[,.;]?[ \t]*(?:no|nope|sorry|wait|actually|i mean|or rather|scratch that|oops)"
    r"(?:[ \t]*[,.;]?[ \t]*(?:no|sorry|wait|actually|i mean|it's|its|it was|make (?:it|that)|"
    r"uh|um|er))*[ \t]*[,.;]?[ \t]+(?P<fix>'?(?:(?:19|20)\d{2}|\d{2}))(?![\d:%.,]\d|\d|%)"
    r"(?![ \t]*(?:dollars?|pounds?|euros?|bucks|percent|minutes?|hours?|days?|weeks?|months?|"
    r"years?|times?)\b)",
    _I,
)
# A day said as an ordinal word: "the nineteenth", "twenty second".
_ORDINAL_WORD = (
    r"(?:(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)"
)
# A thing counted after an ordinal, so no day of a date: "the first part of your
# postcode", "the second time", "the 3rd floor".
_ORDINAL_NOUN = (
    r"[ \t]+(?:part|parts|half|bit|bits|thing|things|time|times|one|ones|digits?|letters?|"
    r"characters?|numbers?|lines?|names?|words?|page|floor|step|steps|question|questions|"
    r"option|payment|bill|call|item|items|person|place|account|card|address|few|couple|"
    r"and (?:last|second)|two|three|four|five|six)\b"
)
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_DOB = re.compile(
    # (no dot after digits run together: "$914.56" is an amount, no date)
    rf"\b{DATE}|(?<![\d$£€])(?<![$£€][ \t])(?:1[0-2]|0?[1-9])"
    rf"(?:[ ./-](?:[12]\d|3[01]|0?[1-9])[ ./-]?|(?:[12]\d|3[01]|0?[1-9])[ /-]?)"
    # (not the day and month of a day-first date: "18/12/64" is no "1/8/12")
    rf"(?:(?:19|20)\d{{2}}|\d{{2}})(?!\d)(?![.,]\d)(?![/.-]\d)"
    # the day, then the month as an ordinal, as British callers say it: "23rd of the
    # first 88", "the 9th of the 11th, 1974"
    rf"|(?:\bthe\s+)?(?<![\d.,$])(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|\b{_ORDINAL_WORD})"
    rf"\s+of\s+the\s+"
    rf"(?:{_MONTH_ORDINAL}|(?:1[0-2]|0?[1-9])(?:st|nd|rd|th))\b"
    rf"(?:,?\s*(?:{YEAR}|'?\d{{2}})(?![\d:%]))?"
    # year first: "1992/11/07", "1987-03-14"
    # the slash said: "9 slash 30 slash 77" (the normaliser leaves the word)
    rf"|(?<![\d$£€.,/])(?:1[0-2]|0?[1-9])[ \t]+slash[ \t]+(?:[12]\d|3[01]|0?[1-9])[ \t]+slash[ \t]+"
    rf"(?:(?:19|20)\d{{2}}|\d{{2}})(?!\d)(?![.,]\d)"
    # the parts named, as on a form: "month 10", "day 4", "day is third"
    rf"|\bmonth(?:[ \t]+is)?[ \t]+(?:1[0-2]|0?[1-9])(?![\d.,]\d|\d)"
    # (not "day first", the order a date was said in: "27051942 day first")
    rf"|(?<=\bday(?:[ \t]+is)?[ \t]+)(?!first\b)"
    rf"(?:{_ORDINAL_WORD}|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![\d.,]\d|\d)(?![ \t]*of\b)"
    rf"|(?<![\d$£€.,/])(?:19|20)\d{{2}}(?P<ysep>[/.-])(?:1[0-2]|0?[1-9])(?P=ysep)"
    rf"(?:[12]\d|3[01]|0?[1-9])(?![\d/])(?![.,]\d)"
    rf"|(?<!\d){YEAR}(?!\d)"
    # day first, when the day cannot be a month: "17/3/95", "23.11.1988"
    rf"|(?<![\d$£€.,/])(?:1[3-9]|2\d|3[01])(?P<dsep>[/.-])(?:1[0-2]|0?[1-9])(?P=dsep)"
    rf"(?:(?:19|20)\d{{2}}|\d{{2}})"
    rf"(?![\d/])(?![.,]\d)"
    # the month as a number and the day as an ordinal: "9 twelfth 1970", "6 10th 1956"
    rf"|(?<![\d.,])(?:1[0-2]|0?[1-9])\s+(?:{_ORDINAL_WORD}|(?:[12]\d|3[01]|0?[1-9])"
    rf"(?:st|nd|rd|th))\s+(?:19|20)\d{{2}}(?!\d)"
    # the month and day, then "of" the year: "3/17 of 88", "11/2 of '64"
    rf"|(?<![\d$£€.,/:-])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])[ \t]+of[ \t]+"
    rf"(?:(?:19|20)\d{{2}}|'?\d{{2}})(?![\d:%])(?![.,]\d)"
    # the month and day only, written as numbers: "it's 04/18", "11-3"
    rf"|(?<![\d$£€.,/:-])(?:(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])|(?:1[0-2]|0[1-9])-"
    rf"(?:[12]\d|3[01]|0[1-9]))(?![\d/:-])(?![.,]\d)(?![ \t]+of\b)"
    # a birth date said in pieces over turns: "september", "the 30th, 1961"
    rf"|\b{MONTH}(?![\w.])(?!\s+(?:i|we|you|be)\b)|(?:\bthe\s+)?(?<![\d.,$])(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"
    rf"(?!{_ORDINAL_NOUN})"
    rf"|(?:\bthe\s+)?\b{_ORDINAL_WORD}\b(?!{_ORDINAL_NOUN})",
    _I,
)
# A reply that is only a few letters, a group of an id read in pieces: "um, jdr".
_LETTERS_ONLY = re.compile(
    # (the last piece of an id read in chunks: "sorry, and then B. That's all.")
    r"^\W*(?:(?:um|uh|er|erm|so|okay|ok|yes|yeah|yep|sure|it's|its|it says|it reads|oh|"
    r"sorry|and|then|plus|last|lastly|finally)\W+)*"
    r"(?!(?:the|then|that|this|and|so|it|its|is|all|oh|um|uh|er|yes|yeah|no|ok|sure|last|"
    r"plus)\b)([a-z]{2,4}|[b-hj-z])\W*(?:(?:that's|thats|that is) (?:all|it)\W*)?$",
    _I,
)
# A day, a month's name in any language and a year: "2 février 1984", "3. März 1975".
_DAY_WORD_YEAR = re.compile(
    r"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])(?:er|\.)?[ \t]+(?:de[ \t]+)?"
    r"(?!(?:years?|kids?|children|months?|weeks?|days?|times?|and|or|of|in|since|from|to|until|"
    r"till|at|on|for|was|were|is|are|the)\b)[^\W\d_]{3,10}\.?[ \t]+(?:de[ \t]+)?"
    r"(?:19|20)\d\d(?!\d)",
    _I,
)
# A day and a month named in another language, the year left for the English said after
# it: "14 de marzo, sorry, March 14th", "3 février".
_DAY_FOREIGN_MONTH = re.compile(
    r"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])(?:er|\.)?[ \t]+(?:de[ \t]+)?"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|"
    r"diciembre|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|octobre|novembre|"
    r"d[ée]cembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|"
    r"m[äa]rz|oktober|dezember)\b"
    # with its year after "de"/"del": "2 de abril del 79", "16 de enero del 2009"
    r"(?:[ \t]+del?[ \t]+(?:(?:19|20)\d\d|\d\d)(?![\d:.,]\d|[ \t]*(?:%|percent)))?",
    _I,
)
# A reply that is only a three-digit group: the area code, said first.
_AREA_CODE_REPLY = re.compile(
    # (after an apology for leaving it out: "oh sorry 504", "my bad, it's 312")
    r"^\W*(?:(?:sure|yes|yeah|yep|ok|okay|uh|um|so|oh|sorry|oops|my bad|right|it's|its|that's|"
    r"it is)\W+)*(\d{3})\W*$",
    _I,
)
# A reply that is only a two-digit year: "92", "uh, 67".
_BARE_YEAR = re.compile(
    r"^\W*(?:(?:uh|um|er|erm|oh|it's|its|it was|that's|that'd be)\W+)*"
    # a second caller finishing the date the first one started: "then seventy four",
    # "and ninety", "and then eighty one"
    r"(?:(?:and[ \t]+then|and|then|plus)\W+)?(\d\d)\W*"
    # a confirming word after it: "sixty one yeah"
    r"(?:(?:yeah|yep|yes|that's right|correct)\W*)?"
    # the finisher's closing remark: "… that's it", "… you forgot the rest"
    r"(?:(?:that's it|that's all|that's the year|(?:you[ \t]+)?(?:forgot|missed|left off)"
    r"[ \t]+the[ \t]+(?:rest|end|year))\W*)?$",
    _I,
)
# Replies that put the question off rather than answer it.
_THOUSANDS_RUN = re.compile(r"(?<![\d.,$£€])\d{1,3},\d{3}(?![\d,.]\d)")
_NON_ANSWER = re.compile(
    r"\b(?:moment|(?:one|1|a) sec|(?:one|1|a) min(?:ute)?|second|hold on|hang on|let me|lemme|"
    r"i don't|i do not|"
    r"not sure|don't know|dunno|give me a|check|look(?:ing)? (?:it|for|into)|sorry|"
    r"what was|can you repeat|say that again|pardon|why do you|do you need|i forgot|"
    r"i can't remember|can't recall|where is|no idea|anything|something|nothing|else|"
    # no value, only who chose it: "it would be whatever you set up" (not a shrug after
    # the value: "W-I-S-N-I-E-W-S-K-I. There's a mark on the S but whatever")
    r"whatever (?:you|we|i|they|he|she|it|was|is)\b|"
    # the old value kept, not said: "can i make it the same as before"
    r"the same (?:as (?:before|last time|the old one|my old one)|one(?: as before)?)|"
    # a place said to be the one already given: "yes same place", "same address as mine"
    r"same (?:place|address|house|home|spot)|"
    # a way to set it, no value: "i'll use the link", "i'll just do it in the app"
    r"(?:use|click|open|follow|do it (?:through|in|on|with)) (?:the|that|a|your)"
    r"(?: reset| email| text)? (?:link|app|website|site|portal)|"
    # a reply about doing it, no value: "no, i'll reset it myself", "that should do it"
    r"(?:i'll|i will|i can|i'd rather|let me) (?:just )?(?:reset|change|update|do|handle|set)"
    r" (?:it|that|this)(?: (?:myself|later|online|then|tomorrow))?(?=[ \t]*(?:[.!,]|$))|"
    r"that (?:should|will|'ll|would) do(?: it)?(?=[ \t]*(?:[.!,]|$))|that'll do(?: it)?)\b",
    _I,
)
# A stall before the answer in the same turn: "uh, let me see, Cork I think".
_STALL = re.compile(
    r"^[\s,.]*(?:(?:uh|um|er|so|ok|okay|yeah|yes|oh|hmm)[\s,.]+)*"
    r"(?:(?:let me see|let me think|let me check|let me look|lemme see|hold on|hang on|"
    r"(?:one|1|a) sec(?:ond)?|just a sec(?:ond)?|give me a sec(?:ond)?|(?:one|1|a) moment|"
    r"bear with me|where is it|here it is|i have it here|uh|um|er|so|ok|okay|yeah|oh|hmm|"
    r"it's|its|it says)[\s,.]+)*?"
    r"(?:let me see|let me think|let me check|let me look|lemme see|hold on|hang on|"
    r"(?:one|1|a) sec(?:ond)?|just a sec(?:ond)?|give me a sec(?:ond)?|(?:one|1|a) moment|"
    r"bear with me|where is it|here it is|i have it here)"
    r"(?:[\s,.]+(?:(?:uh|um|er|so|ok|okay|yeah|oh|hmm|here it is|it's|its|it says)[\s,.]+)*)?"
    r"[\s,.]+(?=\w)(?!(?:(?:one|1|a) sec|(?:one|1|a) moment|just a|give me|hold on|hang on)\b)",
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


def is_backchannel(text: str) -> bool:
    """ "okay", "mm-hmm", "go on": a turn that only keeps the other side talking."""
    return bool(BACKCHANNEL.match(text)) or not text.strip()


def words(text: str) -> list[str]:
    """The words of a turn, contractions kept whole ("it's")."""
    return _WORD.findall(text)


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


def digit_runs(text: str) -> list[tuple[int, int, str]]:
    """Every run of digits (groups joined by a space or dash) with its digits; not a count
    of them ("that's all, 11 digits", "the last 4 digits")."""
    return [
        (*edge_hyphens(text, m.start(), m.end()), _NON_DIGIT.sub("", m.group()))
        for m in DIGIT_RUN.finditer(text)
        if not _COUNTS_DIGITS.match(text, m.end())
        and not _TOTAL_AFTER.match(text, m.end())
        and not _pronoun_one(text, m.start(), m.end())
    ]


# A sum said as one ("that's 298 total"): an amount, no group of a number.
_TOTAL_AFTER = re.compile(r"[ \t]+(?:total|in total|altogether|all together)\b", _I)
# The word "one" for a thing, which the normaliser wrote as a digit: "the 1 ending 9903",
# "yeah that 1", "which 1".
_ONE_FOR_A_THING = re.compile(
    r"\b(?:the|that|this|which|each|every|another|other|same|wrong|right)[ \t]+$", _I
)


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """True for a lone "1" that stands for a thing ("that one"), not for a digit."""
    return text[start:end] == "1" and bool(_ONE_FOR_A_THING.search(text, max(0, start - 12), start))


# A dash that opens or closes a whole turn joins its piece to the next or last one read:
# "It's NYS-" / "2023" / "-08851." (the dash is a piece of the id as written).
_OPENING_DASH = re.compile(r"^[ \t]*-[ \t]*$")
_CLOSING_DASH = re.compile(r"[ \t]*-[ \t]*[.,!]?[ \t]*$")


def edge_hyphens(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with a dash that only joins it to the piece said in the turn before or
    after ("-118", "CRD-"); a dash inside the turn is left to the span's own pattern."""
    if start and _OPENING_DASH.match(text[:start]):
        start = text.index("-")
    if (closing := _CLOSING_DASH.match(text, end)) and closing.end() == len(text):
        end = text.index("-", end) + 1
    return start, end


# (also "there's 1 more, 5": a count of the pieces still to come)
_COUNTS_DIGITS = re.compile(
    r"[ \t]*(?:digits?|characters?|chars|letters?|more\b(?![ \t]+or[ \t]+less))\b", _I
)


# Whisper's thousands comma inside a number read as a value ("12,406-81"), and groups of
# two or more digits read with commas between ("07576, 765, 232").
_VALUE_COMMA = re.compile(
    r"(?<=(?<![\d$£€.,])\d{1,3}),(?=\d{3}\b"
    rf"(?![.,]\d|\s*(?:{_UNITS}|every|each|a|an|in|of|for|on|to)\b))",
    _I,
)
_GROUP_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _answer_runs(text: str) -> list[tuple[int, int, str]]:
    """The digit runs of a reply to a number question, comma-read groups joined."""
    runs = digit_runs(_VALUE_COMMA.sub(" ", text))
    out: list[tuple[int, int, str]] = []
    for start, end, digits in runs:
        if (
            out
            and len(digits) >= 2
            and len(out[-1][2]) >= 2
            and _GROUP_COMMA.fullmatch(text, out[-1][1], start)
        ):
            prev = out.pop()
            out.append((prev[0], end, prev[2] + digits))
        else:
            out.append((start, end, digits))
    return out


# Three digits, then a correction and three or four more: "384, hang on, no, it's 374".
_CODE_FIXED = re.compile(
    r"(?<=\d{3})(?<!\d{4})[ \t]*[,.;]?[ \t]*(?:(?:hang on|hold on|wait|sorry|no|nope|oops|"
    r"actually|i mean|or rather|scratch that|it's|its|it is|make (?:it|that))[ \t]*[,.;]?[ \t]*)+"
    r"\d{3,4}\b",
    _I,
)


def _code_runs(text: str) -> list[tuple[int, int, str]]:
    """The runs of a reply to "expiry and code": the code after the expiry, not the
    expiry itself ("ten thirty and nine oh nine" -> "1030 and 909", "0427, 318")."""
    expiry = _EXPIRY.search(text)
    if expiry and _CODE_FIXED.match(text, expiry.end()):
        # "it's 384, hang on, no, it's 374": three digits then a corrected three, a code
        # said twice (not an expiry and its code)
        expiry = None
    if expiry:
        after = [_after_expiry(text, run, expiry.end()) for run in digit_runs(text)]
        after = [run for run in after if run[0] >= expiry.end()]
        if len(after) == 1 and 3 <= len(after[0][2]) <= 4:
            return after
    return _answer_runs(text)


def _after_expiry(text: str, run: tuple[int, int, str], at: int) -> tuple[int, int, str]:
    """A run that the expiry's year starts: "december 2031 8943" is one run of digit groups,
    the code the group after the year."""
    start, end, _ = run
    if not start < at < end:
        return run
    code = re.search(r"\d[\d \t]*", text[at:end])
    if code is None:
        return run
    return at + code.start(), end, "".join(c for c in code.group() if c.isdigit())


# The caller going to ask someone else for the value: "hang on i'll ask her", "let me
# check with him", "one sec, i need to ask my wife" (no value in it).
_RELAY = re.compile(
    r"^\W*(?:(?:uh|um|okay|ok|so|yeah|oh|hang on|hold on|one sec(?:ond)?|just a sec(?:ond)?|"
    r"(?:one|a) moment)\W+)*"
    r"(?:(?:let me|lemme|i'll|i will|i need to|i have to|i gotta|i'm going to|i'm gonna|"
    r"gonna)[ \t]+)?(?:just[ \t]+)?(?:ask|check with|get it from|find out from)[ \t]+"
    r"(?:him|her|them|(?:my|his|her|our)[ \t]+[a-z]+)"
    r"(?:[ \t]+(?:real quick|quickly|for you|again))?[\s,.!?]*$",
    _I,
)


# A pet described before its name: "a cat called pickles", "our dog named rusty": the
# name is the answer, the kind of animal is not.
_PET_DESCRIBED = re.compile(
    r"(?:a|an|my|our|the|his|her)[ \t]+(?:(?:little|big|old|black|white|grey|gray|brown|"
    r"ginger|tabby|orange|fat|tiny)[ \t]+)?"
    # (the animals spaCy's pet cue knows, and a few more that only this phrasing names)
    rf"(?:{PET}|fish|goldfish|budgie|parakeet|turtle|tortoise|gerbil|ferret|lizard|snake|"
    r"mouse|rat|lab|collie|boxer)[ \t,]+(?:called|named)[ \t]+(?=\w)",
    _I,
)


def _pet_name_only(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span that opens with a pet's description keeps only the name after it."""
    out = []
    for start, end in spans:
        m = _PET_DESCRIBED.match(text, start, end)
        out.append((m.end(), end) if m and m.end() < end else (start, end))
    return out


def answer_spans(entity: str, text: str, chained: bool = False) -> list[tuple[int, int]]:
    """Spans of ``text`` (normalised) that answer a question asking for ``entity``."""
    spans = _pet_name_only(text, _reply_spans(entity, text, chained))
    spans = [*spans, *piece_spans(entity, text)]  # more pieces, never fewer spans
    broken = broken_value(entity, text)
    if broken and not all(any(a <= s and e <= b for a, b in spans) for s, e in broken):
        return broken  # "11 [inaudible] 956": the pieces the line let through
    return spans


def _reply_spans(entity: str, text: str, chained: bool) -> list[tuple[int, int]]:
    """The value a reply gives, read as a whole (see ``answer_spans``)."""
    if entity in FREE_TEXT_WORDS and _RELAY.match(text):
        return []  # "hang on i'll ask her": the value comes from someone else, later
    stall = _STALL.match(text)
    if stall and stall.end() < len(text):
        # "uh, let me see, Cork I think": the answer after the stall
        rest = answer_spans(entity, text[stall.end() :], chained)
        return [(start + stall.end(), end + stall.end()) for start, end in rest]
    sorry = _SORRY_LEAD.match(text)
    if sorry and _ENDEARMENT_ONLY.match(text, sorry.end()):
        return []  # "oh sorry dear", "sorry hon": an apology to the asker, no value
    if sorry and sorry.end() < len(text):
        # "Sorry, greenfield primary." after "you cut out": the answer said again
        rest = answer_spans(entity, text[sorry.end() :], chained)
        return [(start + sorry.end(), end + sorry.end()) for start, end in rest]
    if entity in FREE_TEXT_WORDS:
        if offered := _OFFERED_VALUE.match(text):
            # "Can I just use tigers_7?": only the value offered, not the question
            return [offered.span("value")]
        if _ASKS_BACK.match(text) or (
            _ASKS_OWN.match(text) and not _VALUE_IN_QUESTION.search(text)
        ):
            return []  # "what's the question it shows?": a question is never the answer
        text = _without_vocative_question(text)
        if _ACKNOWLEDGES.match(text) or _DOES_IT.match(text):
            return []  # "okay i got it thank you mija" after the password's rules
        matched = MATCHED_READ_BACK.match(text)
        if matched and not _NON_ANSWER.search(matched.group("value")):
            # "okay the huffy that matches i've sent a reset link": only the value said back
            return [matched.span("value")]
        lead = (
            _READ_BACK_OPENING.match(text)
            or _QUESTION_NAMED.match(text)
            or _CHANGED_LEAD.match(text)
            or _RETRY_LEAD.match(text)
        )
        if lead and lead.end() < len(text):
            # "let me read that back flint", "mothers maiden name right its horvath":
            # the value after the words that frame it
            rest = answer_spans(entity, text[lead.end() :], chained)
            return [(start + lead.end(), end + lead.end()) for start, end in rest]
        # "oh gosh um biscuit no wait …", "ha okay linden the system told me …": a value
        # said first, after the opening sounds (taken back, or followed by other talk)
        long_reply = len(words(text)) > FREE_TEXT_WORDS[entity]
        first = (
            [
                span
                for span in (
                    _retracted_value(text),
                    _opening_value(text) or _first_sentence_value(text),
                    _second_guess(text),
                )
                if span
            ]
            if long_reply
            else []
        )
        inner = _hedged(text)
        if inner is not None:
            # "ha, ford escort, i think i put that": the value between the hedges
            rest = answer_spans(entity, text[inner[0] : inner[1]], chained)
            rest = [(start + inner[0], end + inner[0]) for start, end in rest]
            return list(dict.fromkeys(first + rest))
        # "St. Agnes. Or maybe i put just Agnes.": the other guess too
        first.extend(
            alt.span("value")
            for _, end in list(first)
            if (alt := _ALTERNATIVE.match(text, end))
            and not _NON_ANSWER.search(alt.group("value"))
            and not _TRAILING_TALK.search(alt.group("value"))
        )
        if first:
            return list(dict.fromkeys(first + _answer_spans(entity, text, chained)))
    spans = _answer_spans(entity, text, chained)
    if entity in FREE_TEXT_WORDS:
        # "… but it says it's wrong": what is said about the value is no value
        spans = [
            (start, end) for start, end in spans if not _ABOUT_VALUE.fullmatch(text, start, end)
        ]
        # "is it pembroke? or maybe pembrokeshire": the other guess is an answer too
        spans.extend(
            alt.span("value")
            for _, end in list(spans)
            if (alt := _ALTERNATIVE.match(text, end))
            and not _NON_ANSWER.search(alt.group("value"))
            and not _TRAILING_TALK.search(alt.group("value"))
        )
    if entity == "DATE_OF_BIRTH":
        spans = [_with_opening_weekday(text, start, end) for start, end in spans]
        # "i see you on thursday the 14th at 9:30": an appointment, not the birth date
        spans = [
            (start, end)
            for start, end in spans
            if not _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
            and not _TIME_AFTER.match(text, end)
            # not the digits of a code ("landed off AC1384"), a car's year ("a 2018
            # ford"), or a bare "first" in a sentence ("i called them first")
            and not (start and text[start - 1].isalpha())
            and not is_model_year(text, start, end)
            and not (
                _YEAR_ONLY.fullmatch(text, start, end)
                and (_ARTICLE.search(text, 0, start) or _HAD_SINCE.search(text, 0, start))
            )
            and not (
                _BARE_ORDINAL.fullmatch(text, start, end)
                and len(words(text)) > _PIECE_WORDS
                and not _MONTH_WORD.search(text)
            )
            # "so first is isla, 9th of may 2015": an ordinal that counts, not a day
            and not (_COUNTING.fullmatch(text, start, end) and _COUNTS_AFTER.match(text, end))
            and not _pause_or_charge_date(text, start, end)
            # "that was with Marguerite on March 2", "i have openings on june 3rd"
            and not OFFERED_ON.search(text, max(0, start - 40), start)
        ]
        # "august 19th hold on 2002", "09 uh what is it 1084": one date, a pause inside
        paused = [
            m.span()
            for m in _PAUSED_DATE.finditer(text)
            if _MONTH_WORD.search(m.group()) or sum(c.isdigit() for c in m.group()) >= 4
        ]
        if paused:
            spans = [
                (start, end)
                for start, end in spans
                if not any(ps <= start and end <= pe for ps, pe in paused)
            ] + paused
    if len(spans) > 1:
        # "i've had this account since 2015, … but 4471": the year is no part of the answer
        spans = [
            (start, end)
            for start, end in spans
            if not (_SINCE_YEAR.fullmatch(text, start, end) and _SINCE.search(text, 0, start))
        ] or spans
    if entity in DIGIT_RANGES:
        spans = list(dict.fromkeys(edge_hyphens(text, start, end) for start, end in spans))
    return spans


# Where a bad line broke a value: a transcriber's noise tag, an ellipsis, a dash cut.
_BREAK = re.compile(rf"(?:[ \t]*(?:{NOISE_TAG}|\.{{2,}}|…|--|—)[ \t]*)+", _I)
_BROKEN_LEAD = re.compile(
    r"^(?:(?:um+|uh+|er|erm|so|okay|ok|sure|yeah|yes|yep|oh|well|it's|its|it is|that's|"
    r"thats|that is|sorry|i said)[ \t]*[,.]?[ \t]+)*",
    _I,
)
_BROKEN_TAIL = re.compile(r"[ \t]*[.,!?]*[ \t]*$")
# The words a value read over a bad line is made of, by kind of value.
_SPOKEN_DIGIT_WORDS = frozenset({"oh", "double", "triple"}) | NUMBER_WORDS
# (the full names: the short forms "jan", "sept" are no words a line cuts)
_MONTH_NAMES = sorted(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_CUT_WORDS = tuple(sorted(NUMBER_WORDS | set(ORDINALS) | set(_MONTH_NAMES)))
_DIGIT_TOKEN = re.compile(r"[/.-]*\d[\d/.-]*(?:st|nd|rd|th)?", _I)
_CODE_TOKEN = re.compile(r"(?=[a-z]*\d)[a-z\d][a-z\d/.-]*", _I)
_IP_TOKEN = re.compile(r"[.]*\d[\d.]*", _I)
_EMAIL_TOKEN = re.compile(r"[a-z\d._+@-]+", _I)
_DATE_WORDS = (
    frozenset({"the", "of", "oh"})
    | set(_MONTH_NAMES)
    | set(ORDINALS)
    | {m[:3] for m in _MONTH_NAMES}
    | {"sept"}
)
_EMAIL_CUE = re.compile(
    r"@|\b(?:at|dot)\b|\w\.\w|\b(?:gmail|yahoo|hotmail|outlook|icloud|aol|comcast|proton"
    r"mail|live|msn|com|net|org|edu)\b",
    _I,
)
_BROKEN_MAX_TOKENS = 10
_FILLERS = frozenset({"uh", "um", "umm", "er", "erm", "hmm", "ah", "eh"})
_DATE_VALUES = frozenset({"DATE_OF_BIRTH", "CARD_EXPIRY"})
_NUMBER_VALUES = frozenset(
    {
        "CVV",
        "PIN",
        "PHONE_NUMBER",
        "ACCOUNT_ID",
        "ID_NUMBER",
        "CREDIT_CARD",
        "US_BANK_NUMBER",
        "US_SSN",
        "ABA_ROUTING_NUMBER",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
    }
)
_BROKEN_VALUES = _DATE_VALUES | _NUMBER_VALUES | {"IP_ADDRESS", "EMAIL_ADDRESS"}


def _cut_word(token: str, first: bool, last: bool) -> bool:
    """A number or month word the line cut: its start before a break ("nove", "ninetee")
    or its end after one ("ty"); a real word is never taken for a cut one."""
    low = token.lower()
    if not low.isalpha() or low in _FILLERS:
        return False
    return (last and any(w.startswith(low) for w in _CUT_WORDS)) or (
        first and len(low) >= 2 and any(w.endswith(low) for w in _CUT_WORDS)
    )


def _broken_token(entity: str, token: str, first: bool, last: bool) -> bool:
    """Whether ``token`` can be part of a value of kind ``entity`` read over a bad line."""
    low = token.lower()
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL_TOKEN.fullmatch(token))
    if entity == "IP_ADDRESS":
        return bool(_IP_TOKEN.fullmatch(token))
    if _DIGIT_TOKEN.fullmatch(token) or low in _SPOKEN_DIGIT_WORDS:
        return True
    if entity in _DATE_VALUES:
        return low in _DATE_WORDS or _cut_word(token, first, last)
    return bool(_CODE_TOKEN.fullmatch(token)) or _cut_word(token, first, last)


def _piece_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A piece less the separators the break left at its edges ("03/", "-07-09")."""
    while start < end and text[start] in " \t/.,-@":
        start += 1
    while end > start and text[end - 1] in " \t/.,-@":
        end -= 1
    return (start, end) if start < end else None


def broken_value(entity: str, text: str) -> list[tuple[int, int]]:
    """A reply that is only a value broken by a bad line ("11 [inaudible] 956", "03/ ...
    /1999", "lperry at icloud [inaudible] com", "24.70.25--"): each piece on either side of
    the break, when every word is one such a value is made of (never an amount, a time
    or talk: "it's $40 [inaudible] a month" stays)."""
    if entity not in _BROKEN_VALUES:
        return []
    breaks = list(_BREAK.finditer(text))
    if not breaks:
        return []
    lead = _BROKEN_LEAD.match(text).end()
    tail = _BROKEN_TAIL.search(text, lead).start()
    bounds, at = [], lead
    for b in breaks:
        if b.start() < lead:
            continue
        bounds.append((at, min(b.start(), tail), at > lead, True))
        at = b.end()
    if at < tail:
        bounds.append((at, tail, at > lead, False))
    pieces: list[tuple[int, int]] = []
    tokens = 0
    for start, end, after_break, before_break in bounds:
        found = list(re.finditer(r"[^\s,]+", text[start:end]))
        for k, m in enumerate(found):
            token = m.group().rstrip(".") if entity != "IP_ADDRESS" else m.group()
            if token and not _broken_token(
                entity, token, after_break and k == 0, before_break and k == len(found) - 1
            ):
                return []
        tokens += len(found)
        span = _piece_span(text, start, end)
        if span:
            pieces.append(span)
    if not pieces or tokens > _BROKEN_MAX_TOKENS:
        return []
    said = " ".join(text[a:b] for a, b in pieces)
    if entity == "EMAIL_ADDRESS":
        return pieces if _EMAIL_CUE.search(said) else []
    if not re.search(r"\d", said) and not (
        entity in _DATE_VALUES and re.search(rf"\b{MONTH}", said, _I)
    ):
        return []
    return pieces


# A number read in short groups within one turn, with pauses, fillers and corrections
# between them: "556... 824 ... um 790", "86 uh, no, sorry, that's wrong, 864 ... 336",
# or a first group and then a pause: "337... wait, no, hold on", "005 -- hang on, …".
_PIECE_LEAD = re.compile(r"^\W*(?:[a-z']+[ \t,]+){0,4}?(?=\d)", _I)
_PIECE_GLUE = re.compile(
    r"(?:[\s,.;:!?…—–-]|\b(?:uh|um|umm|er|erm|oh|and|then|no|nope|wait|sorry|oops|actually|"
    r"i mean|that's wrong|that's not right|scratch that|hang on|hold on|it's|its|so|okay|ok)\b)*",
    _I,
)
_PIECE_PAUSE = re.compile(
    r",|\.{2,}|…|--|—|\b(?:uh|um|umm|er|erm|wait|no|sorry|hang on|hold on)\b", _I
)
_PIECE_STOP = re.compile(
    r"^[\s,.;:!?…—–-]*(?:(?:uh|um|oh|okay|so)[\s,.]+)*(?:wait|hang on|hold on|one sec(?:ond)?|"
    r"just a sec(?:ond)?|give me a sec(?:ond)?|bear with me|let me (?:find|get|grab|check|look))\b"
    r"[^\d]*$",
    _I,
)
_PIECE_MIN, _PIECE_MAX = 2, 4


def read_in_pieces(text: str) -> bool:
    """A reply that reads a number in short groups with only pauses, fillers and
    corrections around them: each group is a piece of the value asked for."""
    runs = digit_runs(text)
    lead = _PIECE_LEAD.match(text)
    if not runs or not lead or lead.end() != runs[0][0]:
        return False
    if not all(_PIECE_MIN <= len(d) <= _PIECE_MAX for _, _, d in runs):
        return False
    gaps = [text[a[1] : b[0]] for a, b in zip(runs, runs[1:], strict=False)]
    if not all(_PIECE_GLUE.fullmatch(g) and _PIECE_PAUSE.search(g) for g in gaps):
        return False
    tail = text[runs[-1][1] :]
    if _PIECE_STOP.match(tail):
        return True  # "337... wait, no, hold on": the first group, the rest to come
    return len(runs) > 1 and bool(_PIECE_GLUE.fullmatch(tail))


# "hold on one second", "just a second": a pause, never the second day of a month.
_PAUSE_SECOND = re.compile(r"(?:\b(?:one|a|1)|\bhalf[ \t]+a)[ \t]+$", _I)
_SECOND = re.compile(r"second|2nd", _I)
# A charge's date after its amount: "$341.64 on november 14", "35 dollars on the 19th".
_AMOUNT_ON = re.compile(
    r"(?:[$£€][ \t]*\d[\d,]*(?:\.\d+)?|\b(?:dollars?|cents?|bucks|pounds?|euros?|quid))"
    r"[ \t]*,?[ \t]+(?:on|dated)[ \t]+$",
    _I,
)


def _pause_or_charge_date(text: str, start: int, end: int) -> bool:
    """A span read as a birth date that is a pause ("one second") or the date of a charge
    right after its amount: neither is anyone's birthday."""
    if _SECOND.fullmatch(text, start, end) and _PAUSE_SECOND.search(text, 0, start):
        return True
    return bool(_AMOUNT_ON.search(text, max(0, start - 40), start))


# A date said with a pause inside it: "november 23rd 19 hold on 74", "March uh 3, 1953".
_DATE_PIECE = (
    rf"(?:\b{MONTH}(?![a-z])"
    r"|(?<![\d.,$£€])\d{1,8}(?:st|nd|rd|th)?\b(?![.,:]\d))"
)
_DATE_PIECES = rf"{_DATE_PIECE}(?:[ \t]*[,/.-]?[ \t]*(?:of[ \t]+)?{_DATE_PIECE})*"
_PAUSED_DATE = re.compile(
    rf"{_DATE_PIECES}(?:(?:[ \t]+of)?[ \t]*,?[ \t]+(?:uh|um|umm|er|erm|hmm|hold on|hang on|wait|"
    rf"let me think|let me see|what is it|what was it|oh what is it)"
    rf"(?:[ \t]*[,.]?[ \t]+(?:uh|um|er|hold on|what is it))*[ \t]*,?[ \t]+{_DATE_PIECES})+"
    # (no time of day, sum or count: "12 uh 30 in the afternoon", "2 um 3 dollars")
    r"(?![ \t]*(?:am|pm|a\.m|p\.m|o'?clock|in the (?:morning|afternoon|evening)|tonight|"
    r"dollars?|bucks|pounds?|euros?|cents?|percent|minutes?|hours?|days?|weeks?|months?|"
    r"years?|times?|items?|accounts?|kids|people)\b)",
    _I,
)


# A keypad's code with the key pressed before or after it: "pound 1 9 7 3", "207 star",
# "hash 4412 then star" (a key never before a sum: "50 pounds" has no key word).
_KEYED_CODE = re.compile(
    r"(?P<before>\b(?:star|hash|pound)(?:[ \t]+(?:key|sign))?,?[ \t]+)?"
    r"(?P<code>(?<![\d.])\d(?:[ \t]?\d){2,7}(?![\d:.,]?\d))"
    r"(?P<after>[ \t,]+(?:then[ \t]+)?(?:the[ \t]+)?(?:star|hash|pound)\b(?![ \t]*\d)"
    r"(?:[ \t]+(?:key|sign)\b)?)?",
    _I,
)


# A digit named by its place in a code: "second is 6", "the 4th one's 2", "last digit 9".
PLACED_DIGIT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|last|final|1st|2nd|3rd|4th|5th|6th)"
    r"(?:[ \t]+(?:one|1|digit|number))?(?:[ \t]*(?:is|was|'s|=|:|-)|[ \t]*,)?[ \t]+"
    r"(?P<value>\d)\b(?![ \t]*(?:[.:/-][ \t]*\d|%|dollars?|pounds?|percent|minutes?|days?))",
    _I,
)


# A password rule read off a screen or told: "it needs a special character", "it says it
# has to have a number", "must be at least twelve characters".
_PASSWORD_RULE = re.compile(
    r"\b(?:needs?|requires?|wants?|must|has to|have to|should|got to|gotta)[ \t]+"
    r"(?:(?:to|be|have|contain|include|use|at|least|one|a|an|more|another|some|of|the)[ \t]+)*"
    r"(?:special[ \t]+characters?|symbols?|characters?|numbers?|digits?|capitals?|"
    r"capital[ \t]+letters?|upper ?case|lower ?case|letters?|longer|shorter|\d+|twelve|ten|"
    r"eight|fourteen|sixteen)\b",
    _I,
)


def _says_rule(text: str) -> bool:
    """A reply that states what a password must hold and gives no typed value: a rule
    read off the screen, not the password."""
    m = _PASSWORD_RULE.search(text)
    return (
        m is not None
        and _RULE_END.match(text, m.end()) is not None
        and not re.search(r"[\d!#$%&*^~+=_@]", text)
    )


# What may follow a rule at the end of the reply: "… a special character, right?"
_RULE_END = re.compile(
    r"(?:[ \t]+(?:in it|in there|too|as well|also|though|right|now|i think|apparently))*"
    r"[\s,.!?]*$",
    _I,
)


def _answer_spans(entity: str, text: str, chained: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if entity == "PASSWORD" and _says_rule(text):
        return spans  # "okay it says it needs a special character": a rule, no value
    if entity in FREE_TEXT_WORDS and len(words(text)) > FREE_TEXT_WORDS[entity]:
        # "hold on … here it is, that'd be patches if that helps": the value after its lead
        found = [
            span
            for span in (
                _led_value(text),
                _corrected_value(text),
            )
            if span
        ]
        if found:
            return list(dict.fromkeys(found))
    if (
        _NON_ANSWER.search(text)
        and not any(len(d) >= 2 for _, _, d in digit_runs(text))
        # (digit_runs skips a thousands comma: "let me read that back 4,117 right")
        and not (_THOUSANDS_RUN.search(text) and entity in DIGIT_RANGES)
        and not (entity == "CARD_EXPIRY" and _EXPIRY.search(text))
        and not (entity == "PIN" and PLACED_DIGIT.search(text))
        and not (entity == "DATE_OF_BIRTH" and _DOB.search(text))
        and not (entity == "ACCOUNT_ID" and _CAPS_CODE.search(text))
        and not (entity == "EMAIL_ADDRESS" and (_LOCAL_PIECE.search(text) or "@" in text))
    ):
        return spans  # "one moment", "let me check": the answer comes later
    if entity in DIGIT_RANGES:
        low, high = DIGIT_RANGES[entity]
        if chained or _CORRECTED_PIECE.search(text) or read_in_pieces(text):
            low = min(low, 2)  # "no no 081 at the end": a piece corrected after a read-back
        for start, end, digits in _code_runs(text) if entity == "CVV" else _answer_runs(text):
            if (spans or is_model_year(text, start, end) or is_labelled(text, start)) and _quantity(
                text, start, end
            ):
                continue  # "F255-9214-7730. I renewed it in 2023": the answer came first
            if len(digits) <= 4 and is_flight(text, start, end):
                continue  # "i'm on westjet 2367 next thursday": an airline's flight
            if digits == "1" and _PRONOUN_ONE.search(text, max(0, start - 20), start):
                continue  # "the new one is …" (the normaliser wrote "the new 1")
            if entity in ("ADDRESS", "CITY") and _not_house_number(text, start, end):
                continue  # "filed in 2017", "at quarter to 1"
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
                    elif (word := _WORD_PREFIX.search(text, 0, start)) and _prefix_word(word[1]):
                        start = word.start()  # "lny 1558" (a shouted turn), "e 40525"
                    elif len(digits) >= 6 and (letter := _LETTER_I_PREFIX.search(text, 0, start)):
                        start = letter.start(1)  # "it's i 3363164": a licence's letter I
                    elif len(digits) >= 7 and (letter := _LETTER_A_OPENING.match(text, 0, start)):
                        start = letter.start(1)  # "a 862095995131": a licence's letter A
                    if tail := _YEAR_TAIL.match(text, end):
                        end = tail.end()  # "KLR 2208/2021": a court file's number and year
                spans.append((start, end))
        spans.extend(_joined_pieces(entity, text, low, high, spans))
        if entity == "PHONE_NUMBER" and (group := _AREA_CODE_REPLY.match(text)):
            spans.append(group.span(1))  # "sure, 313": the area code, the rest to come
        if spans or low < DIGIT_RANGES[entity][0]:
            # "126887043, sorry, scratch that, 343 at the end": the piece that replaces
            # the end of the value just said (or read back) is part of it
            after = max((end for _, end in spans), default=0)
            spans.extend(
                m.span()
                for m in _PLACED_PIECE.finditer(text, after)
                if len(m.group().replace(" ", "").replace("\t", "")) <= high
            )
        if entity == "PIN":
            # "second is 6, fourth is 2": the digits a check asks for by their place
            spans.extend(m.span("value") for m in PLACED_DIGIT.finditer(text))
            # "pound 1973", "it's 2 0 7 star": a keypad's code with the key pressed
            # (a key after 4 digits or more only enters it: "so 8260 hash" keeps "hash",
            # and the code is no sum of pounds: "it's 3390 pound")
            keyed = [
                (m.start(), m.end() if m["after"] and len(m["code"].replace(" ", "")) < 4
                 else m.end("code"))
                for m in _KEYED_CODE.finditer(text)
                if m["before"] or m["after"]
            ]  # fmt: skip
            spans[:] = [
                (s, e) for s, e in spans if not any(ks <= s and e <= ke for ks, ke in keyed)
            ] + keyed
        if entity in ("ACCOUNT_ID", "US_BANK_NUMBER"):
            spans.extend(
                (m.start(), _CODE_TAIL.match(text, m.end()).end())
                for m in _ALNUM.finditer(text)
                if len(m.group()) >= (3 if entity == "ACCOUNT_ID" or chained else 4)
                and not _NOT_CODE.fullmatch(m.group())
            )
        if entity == "ACCOUNT_ID" and (code := _code_reply(text)):
            spans.append(code)  # "j 37 sbahf", "yeah it's 170 G4 DB 8 WLW 964114."
        if entity == "ACCOUNT_ID" and chained and (letters := _LETTERS_ONLY.match(text)):
            spans.append(letters.span(1))  # "um, jdr" before the digits of the id
        if entity == "ACCOUNT_ID" and (login := _login_reply(text)):
            spans.append(login)  # "it's jpalmera", "rosa.quint", "tkell 57": a username
        if entity == "ACCOUNT_ID" and (word := _code_word(text)):
            spans.append(word)  # "UURPKR." in an ALL CAPS reply, "xqjzt"
        if entity == "ACCOUNT_ID":
            # a locator or a code in capitals, as Whisper writes it or as the normaliser
            # joins spelled letters: "WXDPLT", "GMDVHU uh 4U", "NPFP SRPV"
            spans.extend(
                (m.start(), m.end())
                for m in _CAPS_CODE.finditer(text)
                if m.group() not in _ACRONYMS
                and not _state_of_document(text, m.start(), m.end())
                and not any(a <= m.start() < b for a, b in spans)
                and not _place_office(text, m.start(), m.end())
            )
        if entity == "ACCOUNT_ID" and (letters := spelled_confirmation(text)):
            spans.append(letters)  # "yes m as in mary k as in king" -> "yes MK"
        if entity == "ACCOUNT_ID":
            spans.extend(
                m.span()
                for m in _HANDLE.finditer(text)
                if not any(a <= m.start() < b for a, b in spans)
            )  # "lmorrow_trades": a username as typed
        if entity in ("ACCOUNT_ID", "US_BANK_NUMBER"):
            spans = [span for span in spans if not _shared_code(text, span[0])]
        if entity in _ID_ENTITIES:
            spans = [span for span in spans if not labelled_date(text, *span)]
        spans = _with_groups_before(text, spans)
        spans.extend(_restated(text, spans))
        spans.extend(piece for start, _ in spans if (piece := wrong_start(text, start)))
        spans = list(dict.fromkeys(_over_hesitations(text, start, end) for start, end in spans))
        spans = [(start, _cut_repeat(text, end)) for start, end in spans]
        if entity in ("ADDRESS", "CITY"):
            if letters := spelled_confirmation(text):
                spans.append(letters)  # "how do you spell the street?" / "P-L-A-Z-A."
            spans.extend(_address_answer(text))
            if town := town_check(text):
                spans.append(town)  # the asker's "is that davisshire?" after a street
            street = _STREET_ANSWER.match(text) or _DIRECTED_STREET_ANSWER.match(text)
            if street:
                spans.append(street.span("street"))  # "… mm-hmm / east linden avenue"
            if unit := _UNIT_ANSWER.match(text):
                spans.append(unit.span("unit"))  # "… east main / apartment d as in david"
            city = _CITY_STATE_ANSWER.match(text)
            if city:
                spans.append(city.span("place"))  # "new nancy louisiana", "tacoma wa 98405"
        if entity == "CITY":
            short = _free_answer(text, 6)
            if short and not any(c.isdigit() for c in text[short[0] : short[1]]):
                spans.append(_city_words(text, *short))  # "wagnerborough missouri"
        spans = [span for span in spans if not _NOT_A_PLACE.fullmatch(text[span[0] : span[1]])]
    elif entity == "EMAIL_ADDRESS":
        spans.extend(_email_pieces(text))
    elif entity == "SWIFT_CODE":
        spans.extend((m.start(), m.end()) for m in _BIC.finditer(text))
    elif entity == "CARD_EXPIRY":
        spans.extend((m.start(), m.end()) for m in _EXPIRY.finditer(text))
        # "april twenty twenty six oh four twenty six": the month and year, then the same
        # as digits, which the normaliser runs together ("april 20260426")
        spans.extend(m.span() for m in _EXPIRY_SAID_TWICE.finditer(text))
        if chained and not spans:
            # a half of the date said apart: conversation.continued_groups paired it
            piece = EXPIRY_MONTH_ALONE.match(text) or EXPIRY_YEAR_ALONE.match(text)
            if piece:
                spans.append(piece.span("v"))
    elif entity == "DATE_OF_BIRTH":
        if year := _BARE_YEAR.match(text):
            start, end = year.span(1)
            # "'77": the apostrophe that stands for the century is part of the year
            spans.append((start - 1 if start and text[start - 1] in "'‘’" else start, end))
        # "2 février 1984", "15 de marzo de 1990": the month in another language
        spans.extend(m.span() for m in _DAY_WORD_YEAR.finditer(text))
        spans.extend(m.span() for m in _DAY_FOREIGN_MONTH.finditer(text))
        for m in _DOB.finditer(text):
            spans.append((m.start(), m.end()))
            if fix := _DOB_CORRECTION.match(text, m.end()):
                spans.append(fix.span("fix"))  # "… 1950 no sorry 51"
        spans[:] = _without_later_years(text, spans)
    elif entity == "PERSON":
        spans.extend(_person_answer(text))
    elif entity in FREE_TEXT_WORDS:
        if (noted := NOTED_VALUE.match(text)) and not _NON_ANSWER.search(noted.group("value")):
            # "okay maple hash 48 got it please change that …": the value said back
            spans.append(noted.span("value"))
        saved = _SAVED_TAIL.search(text) or _HOW_WRITTEN.search(text)
        tried = tried_value_span(text) if entity == "PASSWORD" else None
        if tried:
            span = tried  # "i've been typing nebula77, but it keeps saying invalid"
        elif entity == "PASSWORD" and _NAMED_PASSWORD.search(text):
            span = None  # "Gyda, and the passcode is Sunflower99!": the value after the cue
        else:
            span = _free_answer(text[: saved.start()] if saved else text, FREE_TEXT_WORDS[entity])
        if span is None and entity == "PASSWORD":
            span = set_value_span(text)  # "… the new one, i want it to be sunflower 1974"
        elif tried and (was_set := set_value_span(text)) and was_set[0] >= tried[1]:
            spans.append(was_set)  # "i kept typing rose1 but i think i set it as rose!"
        if entity == "PASSWORD" and (cased := _cased_value(text)):
            # "i was using uppercase r rocket 8944": the value from its first cased letter
            if span and span[0] < cased[0] < span[1]:
                span = (cased[0], max(span[1], cased[1]))
            elif not span or span[1] <= cased[0] or cased[1] <= span[0]:
                spans.append(cased)
        if span:
            spans.append(span)
    return spans


# A pronoun or a filler left of a reply to a place question is never a town or a state:
# "yeah, that's ME", "this is he", "uh-HUH, yes" (after a greeting taken for a question).
_NOT_A_PLACE = re.compile(
    r"\W*(?:me|he|him|she|her|it|us|we|they|them|you|huh|uh|um|hmm|mm|yes|yeah|yep|no|nope|"
    r"okay|ok|sure|right)\W*"
    # the asker moving to the next record: "next patient?", "who's next", "and the next one"
    r"|\W*(?:and[ \t]+)?(?:the[ \t]+)?(?:who'?s[ \t]+)?next"
    r"(?:[ \t]+(?:patient|one|member|claim))?\W*",
    _I,
)


# The letter A that opens a reply of a long number: "a 862 0959 95131" (no article comes
# before seven digits or more: "a 2019 civic" and "a 500 fee" are shorter).
_LETTER_A_OPENING = re.compile(
    r"[ \t]*(?:(?:yeah|yes|yep|sure|okay|ok|um|uh|so)[ \t,.]+)*(a)[ \t-]+$", _I
)


# The letter I that opens an id, read right after "it's" or a colon: "it's i 3363164",
# "reading off it: i 554…" (the pronoun is never followed by a number).
_LETTER_I_PREFIX = re.compile(r"(?:\bit's|\bits|\bit is|:)[ \t]+(i)[ \t-]$", _I)


# A device's model named before its code: "DreamStation, model DSX500T11", "model number
# XR-200", "the model is …".
_MODEL_BEFORE = re.compile(
    r"\bmodel(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was|reads|says))?"
    r"(?:[ \t]+(?:the|a|an))?[ \t,:#]*$",
    _I,
)


# Ids whose reply may go on with the date of the thing they number: "claim number
# 3592955915859, date of service July 19, 2024", "the ICN is 6532433351881, for 12/02/2025".
_ID_ENTITIES = frozenset({"ACCOUNT_ID", "US_BANK_NUMBER", "ID_NUMBER"})
# A label that names a date, never an id: "date of service (was)", "DOS", "received".
_DATE_LABEL = re.compile(
    r"\b(?:dates?[ \t]+of[ \t]+service|service[ \t]+dates?|dos|date|dated|received|"
    r"collected|processed(?:[ \t]+on)?|paid[ \t]+on)(?:[ \t]+(?:was|is|of))?[ \t,:]*$",
    _I,
)
# A date said with its month's name: "July 19, 2024", "june 13th 2024".
_MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}[ \t]+$", _I)
_DAY_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{2}", _I)
# A date in figures: "6-11-2024", "12/02/2025", or run together by the normaliser from
# "four three twenty twenty-four" ("432024"): a day and month, then a year.
_NUMERIC_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}")
_RUN_DATE = re.compile(r"\d{1,4}(?:19|20)\d{2}")
_FOR_DATE = re.compile(r"\b(?:for|on)[ \t]+$", _I)


def labelled_date(text: str, start: int, end: int) -> bool:
    """A span of an id's reply that is a date: the month's name before a day and year,
    or a date in figures after a date label ("date of service 6-11-2024", "for 12/02/2025").
    An id never has a month's name before it, and a label that names a date names no id."""
    before = text[max(0, start - 40) : start]
    if _DAY_YEAR.fullmatch(text, start, end) and _MONTH_DAY_YEAR.search(before):
        return True
    if _NUMERIC_DATE.fullmatch(text, start, end):
        return bool(_DATE_LABEL.search(before) or _FOR_DATE.search(before))
    return bool(_RUN_DATE.fullmatch(text, start, end) and _DATE_LABEL.search(before))


def _shared_code(text: str, start: int) -> bool:
    """A code that is not the person's: a health plan's group or a pharmacy's BIN
    ("policy 796689040, group G6365"), an agent's staff id, a device's model number."""
    return plan_or_staff_number(text, start) or bool(
        _MODEL_BEFORE.search(text, max(0, start - 30), start)
    )


# A year alone, the birth date already given in full: "… 2/11/1998. I finished in 2014."
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_BORN_BEFORE = re.compile(r"\bborn\b[^.?!]{0,20}$", _I)
_SENTENCE_STOP = re.compile(r"[.?!](?:\s|$)")


def _without_later_years(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A DOB answer's spans less a year said alone after a full date: the year of
    something else the caller goes on about ("I finished treatment in 2014")."""
    full = [e for s, e in spans if not _YEAR_ONLY.fullmatch(text, s, e)]
    if not full:
        return spans
    return [
        (s, e)
        for s, e in spans
        if not (
            _YEAR_ONLY.fullmatch(text, s, e)
            and s > min(full)
            # (in a later sentence: "5/14/1982, i mean 1983" corrects the year)
            and _SENTENCE_STOP.search(text, min(full), s)
            and not _BORN_BEFORE.search(text, max(0, s - 30), s)
            and not any(fs <= s < fe for fs, fe in ((a, b) for a, b in spans if (a, b) != (s, e)))
        )
    ]


# A reply that names the password before its value: the recognizer reads the value after
# the cue, and the rest of the reply (a name, "my password was") stays visible.
_NAMED_PASSWORD = re.compile(
    r"\bpass ?(?:word|code|phrase)[ \t]+(?:is|was|would be|will be)\b[ \t,:]*\S"
    # asked to be set: "can you just set the password to Kettle#4!", "change my passcode to …"
    r"|\b(?:set|change|reset|switch|update)[ \t]+(?:(?:the|my|our)[ \t]+(?:new[ \t]+)?)?"
    r"pass ?(?:word|code|phrase)[ \t]+to\b[ \t,:]*\S",
    _I,
)


# A value said with how each letter is typed: "capital w inter capital m ango 4301".
_CASED_VALUE = re.compile(
    r"\b(?:capital|cap|upper[ -]?case|lower[ -]?case|small)[ \t]+[a-z]\b[^.!?\n]{0,80}?"
    r"(?=[ \t]*(?:[.!?](?!\w)|$))",
    _I,
)


def _cased_value(text: str) -> tuple[int, int] | None:
    """The value from its first letter said with its case to the end of the sentence, less
    a hedging tail ("… i think")."""
    m = _CASED_VALUE.search(text)
    if not m:
        return None
    end = m.end()
    tail = _HEDGE_TAIL.search(text, m.start(), end)
    if tail and tail.start() > m.start():
        end = tail.start()
    return m.start(), end


_EXPIRY_RUN = re.compile(CARD_THEN_MONTH_YEAR, _I)
# A value said back and found on file, before the asker goes on: "okay the huffy that
# matches i've sent a reset link", "so biscuit, that checks out".
MATCHED_READ_BACK = re.compile(
    r"^\W*(?:(?:okay|ok|so|alright|all right|great|perfect)[\s,]+)*(?:(?:the|a|an)\s+)?"
    r"(?!(?:okay|ok|that|it|this|yes|yeah|no|everything|all|which|what)\b)"
    # (the value may be the subject itself: "pumpkin is right i've sent the reset link")
    r"(?!(?:your|my|his|her|their|the|answer|password|name|everything|all)\b)"
    r"(?P<value>[^\W_][\w'-]*(?:\s+[^\W_][\w'-]*){0,2}?)[\s,.]+(?:(?:that|it|which)\s+)?"
    r"(?:matches|checks out|is correct|is right)\b",
    _I,
)
# A short value said back, then taken down: "okay maple hash 48 got it", "blue heron
# noted", "so tulip77?".
NOTED_VALUE = re.compile(
    r"^\W*(?:(?:okay|ok|so|alright|all right|right|great|perfect)\b[ \t,]*)?"
    r"(?!(?:okay|ok|great|perfect|thanks|thank|got|noted|right|alright|so|sure|yes|yeah|no|"
    r"is|was|that|that's|it|it's|this|i|you|we|and|the|a)\b)"
    # (the value in quotes: "\"Kettering\" matches.")
    r"(?P<value>[^\W_][\w'-]*(?:[ \t]+[^\W_][\w'-]*){0,3}?)[ \t]*[\"\u201d]?[,.]?[ \t]*"
    r"(?:\?|(?:got it|noted|got that|perfect|thanks|thank you|(?:that |it )?matches|"
    r"(?:yep|yes|yeah)[ \t,]+that's (?:on|saved|set|noted|in|done))\b"
    # a temporary value said back with how to use it: "okay bluebird 77 you will have to
    # change it when you log in", "so tulip 44, you can use that to sign in"
    r"|you(?:'ll| will| can| need| have| must| should)\b[^.?!\n]{0,30}?"
    r"\b(?:change|reset|update|log|sign|use|enter|type)\b)",
    _I,
)
# The asker's acknowledgement after a value said back: "marmalade. lovely, that's saved".
_SAVED_TAIL = re.compile(
    r"(?<=\w)[.!,][ \t]+(?:(?:perfect|lovely|great|brilliant|excellent|okay|ok|thanks|"
    r"thank you|got it|done|all set|that's (?:saved|set|done|updated|noted|on there|on file)|"
    r"that's been (?:saved|set|updated|added))[ \t,.!]*)+$",
    _I,
)
# How the value is written, said after it: "… all one word", "no spaces", "all lowercase".
_HOW_WRITTEN = re.compile(
    r"(?<=\w)[ \t,.]+(?:(?:all|as)[ \t]+)?(?:one word|no spaces?|lower ?case|upper ?case|"
    r"all (?:lower|small|capital|caps)(?: letters)?|"
    # "… exactly like that", "just like that": how it is typed, no part of it
    r"(?:exactly|just|spelled|written|typed)(?: (?:like|as) (?:that|i said(?: it)?))?|"
    r"(?:like|as) (?:that|i said(?: it)?))[ \t,.!]*$",
    _I,
)
_ABOUT_VALUE = re.compile(
    r"(?:(?:it's|its|it is|that's|is)[ \t]+)?(?:(?:still|now|not|too)[ \t]+)?"
    r"(?:wrong|incorrect|invalid|expired|locked(?: out)?|fine|working|not working|broken|"
    r"right|correct|case[ -]sensitive|too short|too long)[.!?]*",
    _I,
)
# A second guess after a free-text value, to the end of the turn: "…, or maybe
# pembrokeshire", "… or was it rover?", "… or it might be bluebell".
# A title's dot stays in a value: "St. Agnes", "Dr. Pepper", "Mr. Whiskers".
_TITLE_DOT = r"(?:(?:mr|mrs|ms|dr|st|mt|ft)\.[ \t]+)"
# How the value is typed, said as a second thought, is no second value: "or maybe with a
# capital", "or maybe all caps", "or maybe capitalized".
_CASE_NOTE = (
    r"(?!(?:with (?:a )?(?:capital|big|upper[ -]?case|lower[ -]?case|small)|capitali[sz]ed|"
    r"(?:all |in )?(?:caps|capitals|upper[ -]?case|lower[ -]?case)|one word|no spaces?)\b)"
)
# The digits and keys that end a spoken guess: "… or maybe blue jay twenty two
# exclamation point".
_SPOKEN_KEY = (
    r"(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"hundred|thousand|double|triple|exclamation (?:point|mark)|dollar sign|at sign|"
    r"hash(?:tag)?|pound sign|asterisk|star|underscore|dash|hyphen|period|dot)\b"
)
_ALTERNATIVE = re.compile(
    r"[\s,.?!]*\bor\b[\s,]+(?:(?:maybe|perhaps|possibly|probably|else|was it|is it|"
    r"it (?:might|could|may|would) (?:be|have been)|um|uh|"
    r"i (?:(?:just|only|probably|might have) )?(?:put|used|chose|wrote)"
    r"(?: (?:just|only|down))?)[\s,]+)*"
    r"(?P<value>(?!(?:not|something|anything|the|a|an|so|whatever|other)\b)"
    + _CASE_NOTE
    + rf"{_TITLE_DOT}?[^\W\d_][\w'-]*(?:[ \t]+[\w'-]+){{0,2}}?(?:[ \t]+{_SPOKEN_KEY})*)[\s.!?]*$",
    _I,
)
# "did you say copper heron?" / "you said rex?": up to four words, then the question's end
# (not "did you say you need my birth date?", "did you say what?").
_SHORT_VALUE_TO_END = (
    r"(?=[ \t,]+(?!(?:you|i|my|your|what|that|it|the|a|to|we)\b)"
    r"(?:[^\s?]+[ \t]+){0,3}[^\s?]+[\s?.!]*$)"
)
_DID_YOU_SAY = rf"(?:did you say|you said){_SHORT_VALUE_TO_END}"
# A reply that asks back instead of answering: "what's the question it shows?".
_ASKS_BACK = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|and|um|uh|sorry|sure|alright|hmm)[\s,.]+)*"
    r"(?:what|what's|whats|which|who|who's|where|where's|when|why|how|can you|could you|"
    rf"would you|do you|did you(?! say{_SHORT_VALUE_TO_END})|does it|is there)\b[^.!]*\??[\s]*$",
    _I,
)
# A value offered as a question: "can I just use maple88?", "could we go with Rover1?".
_OFFERED_VALUE = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|um|uh|well|hmm|oh)[\s,.]+)*"
    r"(?:can|could|may|should|shall) (?:i|we) (?:just |maybe |not )?"
    r"(?:use|try|go with|make it|pick|choose|put|do|set it to|set it as) "
    r"(?P<value>(?!(?:my|the|a|an|that|this|it|same|something|anything|one|his|her|our|"
    r"their|your)\b)[^\s?]+(?:[ \t][^\s?]+)?)[ \t]*\?[\s]*$",
    _I,
)
# How a caller says the value was changed, before it: "i changed it to marigold88".
_CHANGED_LEAD = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|um|uh|well|oh|yeah|no|actually)[\s,.]+)*"
    r"(?:i|we|my (?:son|daughter|husband|wife|partner)) (?:already )?"
    r"(?:changed|set|switched|updated|reset) (?:it|that|the password|the passcode) "
    r"(?:to|as)[ \t]+(?=\S)",
    _I,
)
# Another try after the asker said the first answer failed: "then it must be chispa",
# "oh wait, then it's lei", "that's the other one, it's bruneau", "maybe try rocky".
_RETRY_LEAD = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|um|uh|er|hmm|well|oh|ah|no|sorry|oops|wait|hold on)[\s,.!]+)*"
    r"(?:(?:that's|that is|thats) the other one[\s,.!]+(?:it's|its|it is|it was)"
    r"|(?:then|in that case|if not)[\s,]+(?:it[ \t]+)?(?:must be|has to be|should be|"
    r"might be|could be|it's|its|it is|it was|try)"
    r"|(?:it[ \t]+)?(?:must be|has to be)"
    r"|(?:maybe |let's |let me |can you |could you )?try)[\s,.]+(?=\w)",
    _I,
)
# A question of the caller's own instead of an answer: "Should I call my bank?".
_ASKS_OWN = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|and|um|uh|sorry|oh|wait|hmm|well)[\s,.]+)*"
    r"(?:should|shall|do|can|could|may|must|will|would|did) (?:i|we)\b[^.!?]*\?[\s]*$",
    _I,
)
# A question that still names a value: "did we set it as maple7?", "do I use Rover_9?"
# (a digit, a symbol, or a word after "as", "say", "type", "use"): the value is kept.
_VALUE_IN_QUESTION = re.compile(
    r"[\d_@#$%&*]|\b(?:as|say|type|put|enter|use|try|with|is it|it's|its)[ \t]+(?!my\b)\S", _I
)
# A word said to someone else in the room before a question to them: "Uh, babe, what
# did we set? ... She says it's fire78." The endearment or kin word and the question are
# no answer (a name before a question may be the answer itself: "Rover, is that right?").
_VOCATIVE_QUESTION = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|so|um|uh|oh|hey|hang on|hold on|wait)[\s,.]+)*"
    r"(?:babe|baby|honey|hon|hun|sweetheart|sweetie|dear|darling|love|mom|mum|dad|mommy|"
    r"daddy|son|kiddo|buddy|sis|bro),[ \t]+"
    r"(?:what|what's|which|where|how|when|who|do|did|is|was|can|could)\b"
    r"[^.!?]*\?+",
    _I,
)

# Only a word of address after an apology: "oh sorry dear", "sorry, love!", "sorry ma'am".
_ENDEARMENT_ONLY = re.compile(
    r"[\s,]*(?:babe|baby|honey|hon|hun|sweetheart|sweetie|dear|darling|love|luv|ma'am|"
    r"mam|maam|sir|miss|mate|pet|duck|friend|buddy|young man|young lady)[\s.!,]*$",
    _I,
)


def _without_vocative_question(text: str) -> str:
    """The reply with a question to someone else in the room blanked out (same length),
    so the name called is not read as the value; the relayed value after it stays."""
    m = _VOCATIVE_QUESTION.match(text)
    if not m or not text[m.end() :].strip(" .\t"):
        return text
    return " " * m.end() + text[m.end() :]


# Checking the value was heard: "did you get that", "got all that?" (after an address, a
# recalled answer, a sentence that then asks nothing).
HEARD_CHECK = (
    r"(?:did you (?:get|catch|hear) (?:that|all that|it|all of that)|"
    r"(?:did )?(?:you )?got (?:that|all that|it))"
)
# What a caller says around a free-text value they recall: "ha, … i think i put that",
# "hmm, i want to say …, yeah", "… — or it might be all lowercase".
# An exclamation a reply opens with: "oh god um st wilfrid's", "blimey, rover".
_EXCLAIM = (
    r"(?:oh )?(?:my )?(?:god|gosh|goodness|lord|dear|boy|blimey|crikey|jeez|geez|heck|man)"
    r"(?: me)?"
)
_HEDGE_LEAD = re.compile(
    rf"^[\s,.]*(?:(?:ha|hah|haha|heh|hmm+|hm|gosh|oh gosh|wow|oh|um|uh|er|well|so|{_EXCLAIM})"
    r"[\s,.!\u2014\u2013-]+)*(?:(?:i want to say|i wanna say|i'd have to say|if i had to guess|"
    r"my guess is)[\s,]+)?"
    # "i think i put mrs. pendergast": what the caller recalls setting
    r"(?:(?:(?:i think|i believe|i guess|i'm pretty sure|pretty sure)[\s,]+)?(?:i|we)[ \t]+"
    r"(?:put|used|went with|picked|chose|wrote|typed|entered|set it (?:to|as))"
    r"(?:[ \t]+(?:down|in))?(?:[ \t]+(?:it as|as))?[\s,:]+(?=\w))?",
    _I,
)
_HEDGE_TAIL = re.compile(
    r"[\s,.;:!?\u2014\u2013-]*(?:\b(?:(?:i think|i believe|i guess|i'm pretty sure|pretty sure|"
    r"at least that's what|that's what)[ \t,]+)?(?:i|we)[ \t]+(?:put|used|set|wrote|typed|"
    r"entered|picked|chose|went with|had)(?:[ \t]+(?:that|it|down|in|up|for (?:it|that|that one|"
    r"the question)))*"
    # "… or it might be all caps", "…, or maybe with a capital", "but maybe capitalized"
    r"|\b(?:or|but)[ \t]+(?:(?:it[ \t]+)?(?:might|may|could|would)[ \t]+(?:be|have been)|"
    r"(?:maybe|perhaps|possibly|probably)(?:[ \t]+(?:it's|its|it is|it was))?)[ \t]+"
    r"(?:in[ \t]+)?(?:all[ \t]+)?(?:lower[ -]?case|upper[ -]?case|caps|capitals?|"
    r"capital letters|small letters|capitali[sz]ed|one word|two words|"
    r"with (?:a )?(?:capital|big|upper[ -]?case)(?: letter)?(?: [a-z])?"
    r"(?: (?:at|in) the (?:start|front|beginning))?)"
    r"|\b(?:if i (?:remember|recall)(?: (?:right|rightly|correctly))?|if memory serves|"
    rf"don't quote me(?: on (?:that|it))?|{HEARD_CHECK}|i think|i believe|i guess|yeah|yep|"
    r"probably|possibly|perhaps|i reckon|i suppose|most likely))"
    r"[\s,.!?]*$",
    _I,
)


_SINCE = re.compile(r"\b(?:since|until|till)[ \t]+$", _I)
_SINCE_YEAR = re.compile(r"(?:19|20)\d{2}")
_SENTENCE_BREAK = re.compile(r"[.!?;][ \t]")


def _hedged(text: str) -> tuple[int, int] | None:
    """The part of a free-text reply between a hedging lead and a hedging tail, when there
    is one and a value is left."""
    end = len(text)
    for _ in range(3):
        tail = _HEDGE_TAIL.search(text, 0, end)
        if not tail or tail.start() == 0:
            break
        end = tail.start()
    lead = _HEDGE_LEAD.match(text, 0, end)
    start = lead.end() if lead else 0
    if (start == 0 and end == len(text)) or not words(text[start:end]):
        return None
    if _SENTENCE_BREAK.search(text, start, end):
        return None  # "sorry, the dog is barking. anyway, …": more than a hedged value
    return start, end


# A day said alone, with no "the" or month: a piece of a date only in a short turn.
_BARE_ORDINAL = re.compile(rf"{_ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th)", _I)
_PIECE_WORDS = 5
_COUNTING = re.compile(rf"(?:the[ \t]+)?(?:{_BARE_ORDINAL.pattern})", _I)
# After an ordinal that counts people or things: "first is", "second one", "third child".
_COUNTS_AFTER = re.compile(
    r"[ \t,]*(?:is|was|will|one|1|ones|name|names|thing|things|time|child|kid|son|daughter|"
    r"person|of (?:all|them|those|these|the two|the three))\b",
    _I,
)
_MONTH_WORD = re.compile(rf"\b{MONTH}(?!\w)", _I)
# "a 2018 ford": a year after an article names a thing's year, no birth
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# "i've had this account since 2011" (not "since 1979 i guess", a birth year)
_HAD_SINCE = re.compile(
    r"\b(?:had|have|been|owned|used|held|banked|with (?:you|us|them))\b[^.?!]{0,40}?"
    r"\bsince[ \t]+$",
    _I,
)
# "a 2019 corolla", "the 2022 return": a year of a thing
_ARTICLE = re.compile(r"\b(?:a|an|the|this|that|last|next)[ \t]+$", _I)
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+"
    r"(?:the[ \t]+)?$",
    _I,
)
# Only fillers before a weekday that opens the reply: "Tuesday the 9th, September 9th".
_WEEKDAY_OPENS = re.compile(r"\W*(?:(?:um|uh|er|so|oh|well|it was|it's|a|on)\W+)*", _I)


def _with_opening_weekday(text: str, start: int, end: int) -> tuple[int, int]:
    """A day the reply opens with, after its weekday, is the birth date said from the
    weekday ("Tuesday the 9th"); the weekday is part of it. Said later ("i see you on
    thursday the 14th") it is an appointment, which the filter below drops."""
    day = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if day and _WEEKDAY_OPENS.fullmatch(text, 0, day.start()) and not _TIME_AFTER.match(text, end):
        return day.start(), end
    return start, end


_TIME_AFTER = re.compile(
    r"[ \t,]+(?:at|@)[ \t]+(?:\d{1,2}(?::\d{2})?|noon|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b)",
    _I,
)
_SORRY_LEAD = re.compile(
    r"^[\s,.]*(?:(?:oh|oops|ah|uh|um)[\s,.]+)?sorry(?:[ \t]+about that)?[\s,.!-]+"
    r"(?=\w)(?!(?:about|for|to|i|i'm|we|you|what|but|it's been)\b)",
    _I,
)
# What a speaker says just before a free-text value in a longer reply: "… it should be
# maple star 66", "here it is, that'd be patches", "is it teddy? no wait, …".
_VALUE_LEAD = re.compile(
    r"\b(?:it should be|it'd be|that'd be|it would be|that would be|it's|its|it is|"
    r"it'll be|itll be|it will be|that'll be|that will be|"
    r"the answer is|the answer's|my answer is|is it|it was|that was|we changed it to|"
    # "it was a beagle, his name was rusty": the name after what was named
    r"(?:his|her|its|their) name (?:was|is)|(?:he|she|it) was (?:called|named)|"
    r"changed it to|should be)[ \t,:]+(?:(?:uh|um|er|like)[ \t,]+)?",
    _I,
)
_LED_VALUE = re.compile(
    r"(?!(?:the|a|an|my|your|our|his|her|their|this|that|these|those|it|not|no|been|being|"
    r"going|gonna|just|on|in|at|to|for|with|from|of|about|all|also|still|here|there|what|"
    r"written|fine|ok|okay|good|right|correct|true|because|so|probably|definitely|actually|"
    r"one of|some|something|one|kind|like|really|very|too|over|up|down|off|easy|hard|"
    r"been|pretty|quite|long|short|weird|funny|odd|i|i'm|we|you|he|she|they)\b)"
    r"[^\W_][\w!#$%&*@^~'-]*(?:[ \t]+(?!(?:and|but|if|or|so|because|i|anyway|though|"
    r"honestly|yeah|right|which|that|or|sorry|wait|no|actually|he|she|they|he's|she's|"
    r"they're|was|is)\b)[\w!#$%&*@^~'-]+){0,5}",
    _I,
)
_LED_VALUE_END = re.compile(
    r"[ \t]*(?:[,.;!?]|$|\b(?:and|but|if|or|so|because|i|anyway|though|honestly|yeah|right|"
    r"which|that|or|sorry|wait|no|actually|he|she|they|he's|she's|they're|was|is)\b)",
    _I,
)


_CORRECTION = re.compile(
    r"\b(?:no wait|wait no|actually|we changed it|i changed it|i mean|scratch that|"
    r"sorry no|no sorry|not that)\b",
    _I,
)
_LAST_SENTENCE = re.compile(r"[.?!][ \t]+([^.?!]+?)[.!]?[ \t]*$")


def _corrected_value(text: str) -> tuple[int, int] | None:
    """A last short sentence after a correction: "is it teddy? no wait, we changed it.
    granite falls"."""
    cue = _CORRECTION.search(text)
    last = _LAST_SENTENCE.search(text)
    if not cue or not last or last.start(1) < cue.end():
        return None
    span = _free_answer(last.group(1), 4)
    if span is None or _NON_ANSWER.search(last.group(1)) or _TRAILING_TALK.search(last.group(1)):
        return None
    return span[0] + last.start(1), span[1] + last.start(1)


# Sounds and words a reply opens with before a free-text value: "ha okay linden, …",
# "oh gosh um biscuit no wait …".
_OPENING = (
    r"^[\s,.]*(?:(?:ha|hah|haha|heh|hmm+|hm|gosh|oh gosh|oh|ooh|um|uh|er|well|okay|ok|so|"
    rf"{_EXCLAIM}|"
    r"yeah|yes|sure|alright|all right|right|let's see|lemme see)[\s,.!]+)+"
)
# Words that are no value at the start of a reply: talk, interjections, pronouns.
_NOT_OPENING_VALUE = (
    r"(?:the|a|an|my|your|our|his|her|their|this|that|these|those|it|it's|its|is|was|not|"
    r"no|nope|yes|yeah|yep|i|i'm|i've|i'd|we|you|he|she|they|and|but|so|or|because|anyway|"
    r"also|by|to|for|in|on|at|of|with|from|just|really|honestly|actually|basically|"
    r"probably|maybe|definitely|boy|man|god|gosh|geez|jeez|wow|shoot|dang|darn|yikes|huh|"
    r"goodness|golly|gee|heavens|blimey|crikey|heck|"
    r"ah|aw|right|good|great|fine|sure|well|okay|ok|alright|hold|hang|wait|sorry|let|"
    r"what|which|who|how|why|when|where|there|here|um|uh|like|kind|sort|think|guess|know|"
    r"remember|mean|one|some|something|nothing|that's|there's|thats|please|thanks|thank|"
    r"hello|hi|hey|see|huh|oh|hmm|ha|go|going|ask|asked|can|could|would|will|should|do|does|"
    r"did|need|want|wanted|have|had|got|get|give|tell|say|said|told|try|trying|call|"
    r"calling|looking|mine|me|us|them|him|all|any|every|too|very|much|more|less|first|last)"
)
_OPENING_WORD = rf"(?!{_NOT_OPENING_VALUE}\b)[^\W\d_][\w'-]*"
# A value at the start of a long reply, then the talk goes on: "ha okay linden the system
# told me …", "oh, maple. and while i have you …".
_OPENING_VALUE = re.compile(
    _OPENING + rf"(?P<value>{_OPENING_WORD}(?:[ \t]+{_OPENING_WORD}){{0,2}})"
    r"(?:[ \t]*[,.;!?]|[ \t]+(?=(?:the|my|i|i'm|and|but|so|anyway|also|by the way|oh|um|uh|"
    r"because|while|we|we've|we're|our|they|they're|there's)\b))(?=\W*\w+(?:\W+\w+){2})",
    _I,
)
# A value said, then taken back: "um biscuit no wait it was mister whiskers", "rover,
# actually no, …": the first value is an answer too.
_RETRACTED_VALUE = re.compile(
    # (the opening sounds may be none: "it's blue heron no wait that's the old one …")
    rf"(?:{_OPENING})?" + r"(?:(?:is it|was it|it's|its|it was|i think it's|i think it was|maybe|"
    r"probably|could it be|might be|could be"
    # the question's subject named first: "oh whose mother, his mother is okafor no wait"
    r"|(?:whose[ \t]+[a-z']+[ \t,]+)?(?:his|her|their|my|our)[ \t]+(?:[a-z']+[ \t]+){0,2}"
    r"(?:is|was|would be))[ \t,]+)?"
    # ("a ford escort no wait …": a thing's name may open with its article)
    rf"(?P<value>(?:(?:a|an)[ \t]+)?{_OPENING_WORD}(?:[ \t]+{_OPENING_WORD}){{0,2}})"
    r"[ \t,.]+(?=(?:no wait|wait no|no no|no sorry|sorry no|actually|i mean|scratch that|"
    r"or wait|wait|no)\b)",
    _I,
)


# The value taken back, then the right one: "biscuit no hang on it might've been mr
# biscuit", "rex, wait, actually it was captain rex".
_SECOND_GUESS = re.compile(
    r"\b(?:no|wait|hang on|hold on|actually|sorry|scratch that|or)\b[^.?!]{0,30}?\b"
    r"(?:it (?:might|could|may|must|would)(?:'ve| have)? been|it was|it's|make that|"
    r"i mean|maybe|(?:that's|thats|that was|that is) (?:the|my) old (?:one|1|password|passcode|"
    r"code|word|answer)|(?:the|my) new (?:one|1) is)[ \t,]+"
    r"(?P<value>(?!(?:the|a|an|it|that|this|something|nothing)\b)"
    + _CASE_NOTE
    + r"[^\W\d_][\w'-]*(?:\.(?=[ \t]))?(?:[ \t]+[^\W\d_][\w'-]*){0,2})[\s.!?]*$",
    _I,
)


# The right value straight after the retraction, ending the reply: "a ford escort no
# wait a mercury sable", "rex, no sorry, captain".
_RETAKEN = re.compile(
    r"\b(?:no wait|wait no|no no|no sorry|sorry no|oh wait|no i mean|i mean|or rather"
    # a bare "no" or "sorry" after a value said: "i think it was sunflower no sunflower 12"
    # (not "but no luck", "there's no way")
    r"|(?<=\w[ \t,]+)(?<!\b(?:but|and|or|with|have|has|had|got|there's|is|was)[ \t,]+)"
    r"(?:no|sorry)(?![ \t,]+(?:idea|clue|problem|worries|way|thanks|luck|one|more)\b))"
    r"[ \t,.]+(?P<value>(?:(?:a|an)[ \t]+)?"
    rf"{_OPENING_WORD}(?:[ \t]+{_OPENING_WORD}){{0,2}}"
    # (the digits that end it: "sunflower 12")
    r"(?:[ \t]+\d{1,6})?)[\s.!?]*$",
    _I,
)


def _second_guess(text: str) -> tuple[int, int] | None:
    """The value said after one taken back, ending the reply."""
    return _value_span(_SECOND_GUESS, text) or _value_span(_RETAKEN, text)


def _opening_value(text: str) -> tuple[int, int] | None:
    """A short value said first, after the reply's opening sounds, before talk about
    something else."""
    m = _OPENING_VALUE.match(text)
    if not m or _NON_ANSWER.search(text) or _TRAILING_TALK.search(m.group("value")):
        return None
    return m.span("value")


# A short value as the whole first sentence of a longer reply, after a "i (think i) put"
# lead or none: "Rover. My son set it up.", "oh wait, i think i put Mr. Whiskers. my
# daughter chose it". A title's dot stays in the value ("St. Agnes", "Dr. Pepper").
_FIRST_SENTENCE_VALUE = re.compile(
    _OPENING[:-1]
    + r"*(?:(?:wait|oh wait|hang on|hold on)[\s,]+)?(?:(?:i (?:think|guess) )?i (?:put|used|"
    r"chose|picked|set|wrote)(?: (?:down|in|it as|it to))?[ \t,]+)?"
    r"(?!(?:everything|all|mine|yours|both|none)\b)"
    rf"(?P<value>{_TITLE_DOT}?{_OPENING_WORD}(?:[ \t]+{_OPENING_WORD}){{0,2}})"
    r"(?<!\b(?:mr|ms|dr|st|mt|ft))(?<!\bmrs)"  # never a title alone
    # "Mr. Whiskers is correct. i'm sending …": the value said back and checked
    r"(?:[ \t]+(?:is|was)[ \t]+(?:correct|right))?"
    r"[ \t]*[.!;][ \t]+(?=\w+(?:\W+\w+){2})",
    _I,
)


def _first_sentence_value(text: str) -> tuple[int, int] | None:
    m = _FIRST_SENTENCE_VALUE.match(text)
    if not m or _NON_ANSWER.search(m.group("value")) or _TRAILING_TALK.search(m.group("value")):
        return None
    return m.span("value")


def _retracted_value(text: str) -> tuple[int, int] | None:
    """The value said first and taken back: both are answers, so both are hidden."""
    m = _RETRACTED_VALUE.match(text)
    if not m or _TRAILING_TALK.search(m.group("value")):
        return None
    return m.span("value")


def _led_value(text: str) -> tuple[int, int] | None:
    """The value after the last lead in a long free-text reply that is followed by one
    to six words and then an end of the clause."""
    for lead in reversed(list(_VALUE_LEAD.finditer(text))):
        m = _LED_VALUE.match(text, lead.end())
        if not m or not _LED_VALUE_END.match(text, m.end()):
            continue
        value = m.group()
        if _NON_ANSWER.search(value) or _TRAILING_TALK.search(value) or is_backchannel(value):
            continue
        if _TYPED_END.match(text, m.end()):
            return m.start(), m.end() + 1
        return m.span()
    return None


# A pause inside a value read out: a hesitation, or a stall while the reader finds the
# rest ("243 hold on 334 1891", "rx 891 let me see 6477").
_PAUSE = (
    r"(?:uh|um|uhm|er|erm|hmm|hold on|hang on|let me see|lemme see|let me think|one sec|"
    r"one second|just a sec|just a second|what is it|what was it)"
)
# A hesitation inside a value read out: "7XRD uh 419", "90 um 1234".
_HESITATION_PIECE = re.compile(
    # (a dash said after it: "S444232 um dash 39-643-8")
    rf"[ \t,.]+(?:{_PAUSE}[ \t,.]+)+(?:(?:dash|hyphen)[ \t]+)?"
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
# An email read in pieces over several turns, the whole reply one piece: its opening, an
# initial and a surname ("it's s gallagher", "j. okafor 77"; not "i" or "a", words; nor a
# letter confirmed, "v as in victor yes" written "V yes").
_INITIAL_HANDLE = re.compile(
    r"^[\s,.]*(?:(?:it's|its|it is|that's|sure|yes|yeah|ok|okay|so|um|uh)[\s,.]+)*"
    r"(?P<v>(?![ai]\b)[a-z]\.?[ \t]+"
    r"(?!(?:yes|yeah|yep|yup|correct|right|exactly|indeed|please|sir|ma'am|maam)\b)"
    r"[a-z]{3,}(?:[ \t]+\d{1,4})?)[\s.,!?]*$",
    _I,
)
# ... and a later piece that goes on from a separator: "dot 88 at proton", "dot me.",
# "underscore k at outlook"; a reply starting with "dot" can only continue an address.
_EMAIL_GOES_ON = re.compile(
    r"^[\s,.]*(?:(?:and|then|so|um|uh)[\s,]+)?"
    r"(?P<v>(?:dot|underscore|dash|hyphen|period)[ \t]+[a-z0-9]+"
    r"(?:[ \t]+(?:(?:dot|underscore|dash|hyphen|period|at)[ \t]+)?[a-z0-9]+){0,5})"
    r"[\s.,!?]*$",
    _I,
)
# Abbreviations written with dots: "a.m.", "e.g.", "u.s.".
_DOTTED_ABBREVIATION = re.compile(r"(?:[a-z]\.)+[a-z]\.?", _I)


_WRITTEN_EMAIL_REPLY = re.compile(
    r"^[\s,.]*(?:(?:it's|its|it is|sure|yes|yeah|ok|okay|um|uh)[\s,.]+)*"
    r"(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\b[\s.,!]*"
    # the first of a list of recipients: "ap@ortegasons.com and me, luis@…", "billing@x.com,
    # plus cc dana@x.com"
    # (another recipient follows, not an instruction: "claims@x.com and put the case number
    # in the subject")
    r"(?:(?:and|plus|also|or|cc)\b[^?]*?(?:@|\b(?:me|my|mine)\b)[^?]*)?$",
    _I,
)


# A whole address said in words as the reply, the local part an English word too (the
# question makes it an address): "sunny at sunny sells ohio dot com", "to ben at oak
# and vine dot net". The reply opens with it; "at" is not followed by a place word.
_SPOKEN_ADDRESS_REPLY = re.compile(
    r"^[\s,.]*(?:(?:it's|its|it is|that's|sure|yes|yeah|ok|okay|um|uh|to|and)[\s,.]+)*"
    r"(?P<v>[a-z0-9]+(?:[ \t]+(?:dot|underscore|period|hyphen|dash)[ \t]+[a-z0-9]+)*"
    r"(?:[ \t]+\d{1,4})?[ \t]+at[ \t]+"
    r"(?!(?:the|a|an|my|your|our|his|her|home|work|least|all|about|around)\b)"
    r"(?:(?:[a-z0-9-]+|and|of)[ \t]+){0,3}[a-z0-9-]+[ \t]+dot[ \t]+"
    r"(?:com|net|org|edu|gov|us|co|io|info|biz|me)(?:[ \t]+dot[ \t]+[a-z]{2})?)\b",
    _I,
)


def _email_pieces(text: str) -> list[tuple[int, int]]:
    """Pieces of an email in a reply to "what's your email?"."""
    spans = [
        m.span()
        for m in _LOCAL_PIECE.finditer(text)
        if not _DOTTED_ABBREVIATION.fullmatch(m.group()) and len(m.group()) >= 4
    ]
    spans.extend(m.span() for m in _DOMAIN_PIECE.finditer(text))
    spans.extend(m.span() for m in _ALNUM.finditer(text) if len(m.group()) >= 4)
    spans.extend(
        m.span("v") for m in (_INITIAL_HANDLE.match(text), _EMAIL_GOES_ON.match(text)) if m
    )
    if handle := _handle_alone(text):
        spans.append(handle)
    # a whole address written out as the whole reply, even a role mailbox: "Billing
    # email?" / "office@x.com." (not one named in passing: "it's on the letter, hardship@…")
    if written := _WRITTEN_EMAIL_REPLY.match(text):
        spans.append(written.span("v"))
    if spoken := _SPOKEN_ADDRESS_REPLY.match(text):
        spans.append(spoken.span("v"))
    # a handle said as a word and digits: "tariqmansour 968"
    spans.extend(
        m.span()
        for m in _WORD_AND_DIGITS.finditer(text)
        if not lexicon().is_word(m.group(1)) and not not_name_word(m.group(1).lower())
    )
    return spans


# The local part alone as the whole reply, its domain said in a later turn: "okay,
# adamharrison", "yeah it's jimmypeterson".
_HANDLE_ALONE = re.compile(
    r"^[\s,.]*(?:(?:it's|its|it is|that's|sure|yes|yeah|yep|ok|okay|so|um|uh|oh|alright)"
    r"[\s,.]+)*(?P<v>[a-z][a-z0-9]{5,29})[\s.,!?]*$",
    _I,
)
_WEBMAIL = frozenset(
    [
        "gmail",
        "yahoo",
        "hotmail",
        "outlook",
        "icloud",
        "proton",
        "protonmail",
        "comcast",
        "verizon",
        "sbcglobal",
    ]
)


def _handle_alone(text: str) -> tuple[int, int] | None:
    """A reply to "what's your email?" that is one run-together token, no word of the
    language: the local part, the domain to come ("sure, it's falconanvi")."""
    m = _HANDLE_ALONE.match(text)
    if m is None:
        return None
    token = m.group("v").lower()
    if token in _WEBMAIL or lexicon().is_word(token) or not_name_word(token):
        return None
    return m.span("v")


_WORD_AND_DIGITS = re.compile(r"(?<![\w.@'])([a-z]{4,})[ \t]+\d{1,4}\b(?![.,]\d)", _I)
# A piece said before a hesitation: "646 um 5550123", "238 uh 06 5504".
_PIECE_BEFORE_HESITATION = re.compile(
    rf"(?<![\w$£€.,])\d(?:[ \t]?-?[ \t]?\d)*[ \t,.]+(?:{_PAUSE}[ \t,.]+)+$", _I
)


# A word said just before the digits of an id that may be its letter prefix: a NATO
# word ("hotel 648"), a lone letter ("e 40525"), letters a shouted turn lost the case of
# ("lny 1558"); a dash may be said between ("whiskey dash 1573").
_WORD_PREFIX = re.compile(
    rf"(?<![\w'\u2019])({NATO_WORD}|[a-z]{{1,4}})(?:[ \t]+(?:dash|hyphen)[ \t]+|[ \t-])$", _I
)
# Short function words the word lexicon leaves out.
_FUNCTION_WORD = re.compile(
    r"that|this|then|than|them|they|these|those|what|when|with|from|back|here|there|also|"
    r"just|only|even|very|some|any|all|both|each|more|most|such|been|were|will|would|"
    r"your|yours|mine|ours|have|has|had|does|did|done|into|onto|upon|over|down|like|"
    r"okay|yeah|yep|yup|nope|sure|well|hey|hi|oh|ah|uh|um",
    _I,
)
_NOT_LETTER_PREFIX = frozenset({"a", "i", "o", "oh", "hmm", "mm", "ah", "eh", "er", "erm"})


def _prefix_word(word: str) -> bool:
    """A NATO word, a letter or letters that are no word: the start of an id."""
    low = word.lower()
    if low in NATO or low in ("xray", "x-ray"):
        return True
    if low in _NOT_PREFIX or low in _NOT_LETTER_PREFIX or low in _NOT_CODE_GROUP:
        return False
    if len(low) == 1:
        return True
    return not (
        _NOT_NAME_WORD.fullmatch(low)
        or _FUNCTION_WORD.fullmatch(low)
        or lexicon().is_word(low)
        or fold(low) in lexicon().firsts
    )


# Groups of an id joined by a dash said or written, one group a few digits read as
# pairs: "PA-0772 dash 8054", "648 dash 132 dash 29 dash 714 dash 8", "352-348 52-667 6".
_DASH_PIECES = re.compile(
    r"(?<![\w'$.,])\d+(?:[ \t]\d+)*"
    r"(?:(?:[ \t]+(?:dash|hyphen)[ \t]+|[ \t]*-[ \t]*)\d+(?:[ \t]\d+)*)+(?![\w]|[.,]\d)",
    _I,
)
# Pieces of a number split by a hesitation: "021 um 378591", "216 let me see hyphen 64".
_HESITATION_GAP = re.compile(
    rf"[ \t,.]+(?:{_PAUSE}[ \t,.]+)+(?:(?:dash|hyphen)[ \t]+|-[ \t]*)?", _I
)
# A slip taken back inside a value read out: "139 no wait 36", "4 2 7 sorry i mean 25".
_CORRECTION_GAP = re.compile(
    rf"[ \t,.]+(?:(?:{_PAUSE}|no|nope|wait|sorry|oops|actually|i mean|or rather|"
    r"scratch that|let me start (?:again|over))[ \t,.]+)*"
    r"(?:no|nope|wait|sorry|oops|actually|i mean|or rather|scratch that)"
    rf"(?:[ \t,.]+(?:{_PAUSE}|no|nope|wait|sorry|actually|i mean|it's|its)(?=[ \t,.]))*[ \t,.]+",
    _I,
)
# Where a corrected piece goes in the value: "at the end", "for the last part".
_PIECE_PLACE = (
    r"(?:(?:at|on)[ \t]+the[ \t]+(?:end|start|beginning|front)(?![ \t]+of\b)|in[ \t]+the[ \t]+"
    r"middle|for[ \t]+the[ \t]+(?:last|first|final|end)[ \t]+(?:part|bit|bits|digits?|few|"
    r"group|numbers?|one|two|three|four)|(?:is|are|was|were)[ \t]+the[ \t]+(?:last|first|final|"
    r"end)[ \t]+(?:part|bit|bits|digits?|few|group|numbers?|two|three|four))\b"
)
# A reply that corrects a piece after a read-back: "no no 081 at the end".
_CORRECTED_PIECE = re.compile(
    r"^\W*(?:no|nope|actually|sorry(?![ \t]+(?:to|about|for|i|we)\b)|wait|oops|not quite|"
    r"almost|close)\b"
    rf"(?=.*\d(?:[ \t]?\d)*[\s,.!?]*(?:$|{_PIECE_PLACE}|not\b|instead\b))",
    _I,
)
# A piece of the value put in its place, said after the value or after a correction:
# "…, sorry, scratch that, 343 at the end", "no no 8 for the last part".
_PLACED_PIECE = re.compile(rf"(?<![\w.,])\d+(?:[ \t]\d+)*(?=[ \t,]*{_PIECE_PLACE})", _I)
# A value taken back in the same breath: "GBP 394, sorry, scratch that, GBP 390".
_RESTATE_CUE = re.compile(
    r"[ \t]*[,.;:!-]?[ \t]*(?:no|nope|sorry|scratch that|i mean|wait|actually|my mistake|"
    r"my bad|correction|rather|oops)\b(?:[ \t]*[,.;:!-]?[ \t]*(?:no|nope|sorry|scratch that|"
    r"i mean|wait|actually|it's|its|it is|that's|make (?:that|it)))*[ \t]*[,.;:!-]?[ \t]*",
    _I,
)
_GROUP_AFTER = re.compile(r"[ \t-]?\d+(?![\w.,]\d)")
_RESTATED_VALUE = re.compile(r"(?:(?P<letters>[a-z]{1,4})[ \t-]?)?(?P<digits>\d+)(?![\w.,]\d)", _I)


def _restated(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The value said again right after a correction cue, with as many digits as the one
    it replaces (and its letter prefix): the first value and the second are both answers."""
    out = []
    for start, end in spans:
        if group := _GROUP_AFTER.match(text, end):
            end = group.end()  # "GBP" found as a code, "394" its group
            out.append((start, end))
        cue = _RESTATE_CUE.match(text, end)
        if not cue or cue.end() == end or not re.search(r"[a-z]", cue.group(), _I):
            continue
        m = _RESTATED_VALUE.match(text, cue.end())
        said = sum(c.isdigit() for c in text[start:end])
        if not m or not said or abs(len(m.group("digits")) - said) > 1:
            continue
        letters = m.group("letters")
        begin = m.start() if letters and letters.lower() in text[:start].lower() else m.start(2)
        out.append((begin, m.end()))
    return out


# "double" or "triple" cut off at the end of the turn: the start of the next digits.
_CUT_REPEAT = re.compile(r"[ \t]+(?:double|triple)(?=[\s.,!?-]*$)", _I)


def _cut_repeat(text: str, end: int) -> int:
    m = _CUT_REPEAT.match(text, end)
    return m.end() if m else end


def _joined_pieces(
    entity: str, text: str, low: int, high: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Numbers none of whose pieces is the value alone: pieces split by a hesitation
    ("021 um 378591"), and for an id groups joined by dashes after a letter prefix
    ("whiskey dash 1573-2053", "PL 2919 dash 5825")."""
    out = []
    runs = digit_runs(text)
    k = 0
    while k < len(runs):
        j = k
        while j + 1 < len(runs) and (
            _HESITATION_GAP.fullmatch(text, runs[j][1], runs[j + 1][0])
            or (
                # (a piece that is the value alone stays apart: "92… actually no, 83 1177")
                len(runs[j][2]) < low
                and len(runs[j + 1][2]) < low
                and not runs[j + 1][2].startswith(runs[j][2])  # "00 uh sorry 00 81": again
                and _CORRECTION_GAP.fullmatch(text, runs[j][1], runs[j + 1][0])
            )
        ):
            j += 1
        if j > k and low <= sum(len(r[2]) for r in runs[k : j + 1]) <= high:
            out.append((runs[k][0], runs[j][1]))
        k = j + 1
    if entity == "ACCOUNT_ID":
        for m in _DASH_PIECES.finditer(text):
            if not low <= len(_NON_DIGIT.sub("", m.group())) <= high:
                continue
            start = m.start()
            prefix = _ID_PREFIX.search(text, 0, start)
            if prefix and prefix.group(1).lower() not in _NOT_PREFIX:
                start = prefix.start()
            elif (word := _WORD_PREFIX.search(text, 0, start)) and _prefix_word(word[1]):
                start = word.start()
            out.append((start, m.end()))
    return [(a, b) for a, b in out if not any(s <= a and b <= e for s, e in spans)]


# A reply that is one login: a word, or words joined by a dot or an underscore, with
# digits after it: "it's jpalmera", "rosa.quint.", "um tkell 57".
_LOGIN_REPLY = re.compile(
    r"^[\s,.]*(?:(?:it's|its|it is|yeah|yes|um|uh|er|oh|ok|okay|so|sure)[\s,.]+)*"
    r"(?P<login>(?P<word>[a-z][a-z0-9]{3,19})(?P<joined>(?:[._][a-z0-9]{2,20})+)?"
    r"(?P<digits>[ \t]+\d{1,4})?)[\s.!?]*$",
    _I,
)
_NOT_LOGIN_END = re.compile(r"[._](?:com|net|org|edu|gov|co|uk|io)$", _I)


def _login_reply(text: str) -> tuple[int, int] | None:
    """A reply that is only a username: joined by a dot or an underscore, or a word that
    is no English word or first name."""
    m = _LOGIN_REPLY.match(text)
    if not m or _NOT_LOGIN_END.search(m.group("login")):
        return None
    if not m["joined"]:
        word = m["word"]
        if lexicon().is_word(word) or fold(word) in lexicon().firsts:
            return None
    return m.span("login")


def _code_word(text: str) -> tuple[int, int] | None:
    """A reply that is one word that is no English word or name: a code read as letters."""
    m = _CODE_WORD_REPLY.match(text)
    if not m:
        return None
    word = m.group(1)
    if lexicon().is_word(word) or fold(word) in lexicon().firsts:
        return None
    return m.span(1)


# A reply that is only groups of a code, letters and digits: "j 37 sbahf", "gb 86 BYKM".
_CODE_GROUP = re.compile(r"[a-z0-9]{1,8}", _I)
_CODE_SEPARATOR = re.compile(r"[ \t]*[ \t,-][ \t]*")
_UNIT_WORD = re.compile(_UNITS, _I)
_YEAR_GROUP = re.compile(r"(?:19|20)\d\d")
# Short words that are no group of a code.
_NOT_CODE_GROUP = (
    frozenset(
        str.split(
            """a i an am is it at in on of or to so no my me we he be do go us up by oh uh um ok
        er if as the and for was are its not but you his her our was has had per"""
        )
    )
    | REPLY_WORDS
)


def _code_reply(text: str) -> tuple[int, int] | None:
    """A reply that is groups of letters and digits and nothing else (after fillers): a
    code read in groups. Letters of three or more are no English word."""
    start, end = _strip(text)
    body = text[start:end]
    groups = _CODE_SEPARATOR.split(body)
    if not 2 <= len(groups) <= 12 or not all(_CODE_GROUP.fullmatch(g) for g in groups):
        return None
    if not any(_DIGIT.search(g) for g in groups) or all(g.isdigit() for g in groups):
        return None
    if len(groups) <= 3 and any(_YEAR_GROUP.fullmatch(g) for g in groups):
        return None  # "2015 camry", "2019 rav4": a model year and a name
    for k, g in enumerate(groups):
        if k and groups[k - 1].isdigit() and _UNIT_WORD.fullmatch(g):
            return None  # "45 mins", "20 gb": a quantity
        if g[0].isupper() and g[1:].islower() and len(g) >= 3:
            return None  # a capitalised word is a name, not a group: "2015 Camry"
        low = g.lower()
        if low in _NOT_CODE_GROUP or (
            g.isalpha() and len(g) >= 3 and g not in _ACRONYMS and lexicon().is_word(low)
        ):
            return None
    return start, end


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


# A username or handle as typed, joined by an underscore: "lmorrow_trades", "j.doe_84".
_HANDLE = re.compile(r"(?<![\w@.'-])[^\W_]+(?:[.-][^\W_]+)*(?:_[^\W_]+)+(?![\w@'-])")


# Digits said and taken back before the value in the same turn: "642, no wait, sorry,
# (442) 896-8214", "406... actually no, 606-71-9359" (the wrong start is a piece of it).
_WRONG_START = re.compile(
    r"(?<![\w$£€.,:])(?P<digits>\d(?:[ \t]?[-.]?[ \t]?\d)+)"
    r"(?:[ \t]*(?:\.{2,}|\u2026|[,;-])?[ \t]*"
    r"(?:no|nope|wait|sorry|actually|i mean|oops|scratch that|my bad|correction|hold on|"
    r"let me (?:start over|try again|redo that))\b[.!]?)+[ \t,.:;+-]*$",
    _I,
)


def wrong_start(text: str, start: int) -> tuple[int, int] | None:
    """The span of digits taken back just before a value that starts at ``start``."""
    m = _WRONG_START.search(text, max(0, start - 60), start)
    return m.span("digits") if m else None


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


# A reply that only takes in what was said, thanks and a word to the asker after it:
# "okay i got it thank you mija", "understood, thanks", "sounds good".
_ACKNOWLEDGES = re.compile(
    r"^\W*(?:(?:okay|ok|alright|all right|yes|yeah|sure|great|perfect)[\s,.!]+)*"
    r"(?:(?:i )?got it|(?:i )?understand|understood|will do|sounds good|makes sense|i see|"
    r"no problem|there you go|there you are|here you go|"
    # a confirmation of what the other side described: "yes, that's the one"
    r"(?:that'?s|thats|that is|yep that's) (?:the one|the right one|it|right|correct))"
    r"(?:[\s,.!]+(?:thanks|thank you)(?: so much| very much)?(?:[\s,]+[a-z']+)?)?[\s.!]*$",
    _I,
)
# A reply that only says the action is being done, no value: "okay doing it", "just reset
# it", "changing it now", "on it".
_DOES_IT = re.compile(
    r"^\W*(?:(?:okay|ok|alright|all right|sure|yes|yeah|yep|um|uh|so|just|please|i'm|im|"
    r"i am|i'll|i will)[\s,.!]+)*(?:(?:just|go ahead and)[ \t]+)?"
    r"(?:(?:reset|resetting|change|changing|update|updating|do|doing|done|send|sending|"
    r"set|setting|type|typing|try|trying|fix|fixing)[ \t]+(?:it|that|this|them)|on it)"
    r"(?:[ \t,]+(?:now|then|please|for me|myself|right now|thanks|thank you))*[\s.!]*$",
    _I,
)
# The asker's words before reading a value back: "let me read that back flint".
_READ_BACK_OPENING = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|alright|all right|so|great|thanks|thank you)[\s,.]+)*"
    r"(?:let me (?:read|repeat) (?:that|it|this)(?: back)?(?: to you)?|"
    r"(?:reading|repeating) (?:that|it) back|just to confirm|to confirm|"
    # "did you say copper heron?": a short value checked as a question
    rf"{_DID_YOU_SAY})[\s,.:]+(?=\w)",
    _I,
)
# The question named before its answer: "mothers maiden name right its horvath", "first
# pet? that'd be rex", "the street i grew up on, it's elm".
_QUESTION_NAMED = re.compile(
    r"^[\s,.]*(?:(?:oh|um|uh|so|okay|ok|my|the|for|for the)[\s,.]+)*"
    r"(?:mother'?s maiden name|maiden name|(?:first|childhood) (?:pet|car|school|job|"
    r"teacher|friend|street)(?:'s name)?|(?:city|town) (?:i was|you were) born in|"
    r"street i grew up on|high school mascot|favou?rite (?:teacher|food|color|colour|book|movie))"
    r"[\s,.?]+(?:(?:right|yeah|okay|ok|um|uh)[\s,.?]+)*"
    r"(?:it's|its|it is|that's|thats|that is|that'd be|was|is)[\s,]+(?=\w)",
    _I,
)
# Words of surprise said as a sentence before the value: "oh gosh. strudel.", "wow! rex".
_EXCLAIMS = re.compile(
    r"^[\s,.]*(?:oh[\s,]+)?(?:gosh|golly|goodness|my goodness|wow|geez|jeez|hmm+|"
    r"oh my|ha|haha)[ \t]*[.!]+[\s,.!]*(?=\w)",
    _I,
)
# A sentence said after the value to explain it: "strudel. our dachshund.", "rex. my dog".
_EXPLAINED_AFTER = re.compile(
    r"(?<=\w)[.!;][ \t]+(?:our|my|his|her|their|the)[ \t]+[a-z' -]{2,30}[.!]?[ \t]*$", _I
)


def _strip(text: str) -> tuple[int, int]:
    exclaim = _EXCLAIMS.match(text)
    at = exclaim.end() if exclaim else 0
    m = _FILLER.match(text, at)
    start = m.end() if m else at
    t = _TRAILING.search(text, start)
    end = t.start() if t else len(text)
    said = _EXPLAINED_AFTER.search(text, start, end)
    if said and said.start() > start:
        end = said.start()
    return start, max(start, end)


_TYPED_END = re.compile(r"[!#$%&*@^~](?=[\s.,?]|$)")
_TYPED_WORD = re.compile(r"(?:\d|(?-i:[a-z][A-Z]))[^\s]*$")


def _free_answer(text: str, max_words: int) -> tuple[int, int] | None:
    start, end = _strip(text)
    if _TYPED_END.match(text, end) and (
        _TYPED_WORD.search(text, start, end)
        # "Cricket!." / "tulip#": a symbol no sentence ends with, or one with a stop after it
        or text[end] != "!"
        or text.startswith((".", ","), end + 1)
    ):
        end += 1  # "Make it BlueHeron2024!": the "!" of a typed value is part of it
    body = text[start:end]
    if not body.strip() or len(words(body)) > max_words or is_backchannel(body):
        return None
    return start, end


# A hedge that closes a value said from memory: "… merlot 2017 or something".
_SET_HEDGE = r"(?:or[ \t]+something(?:[ \t]+like[ \t]+that)?|or[ \t]+so|i[ \t]+think)\b"
# A new value set at the end of a turn: "i want it to be …", "make the new one …",
# "change it to …"; the value is the rest of the turn, one to four words.
_SET_VALUE = re.compile(
    r"\b(?:(?:i|we)(?:'d| would)? (?:want|wanted|like|need) "
    r"(?:it|that|the new (?:one|1)|the new password|the password|mine) (?:to be|as)|"
    r"(?:set|change|switch|update|reset) (?:it|that|the new (?:one|1)|the new password|"
    r"the password|mine) (?:to|as)|make (?:it|that|the new (?:one|1)|the new password|mine)|"
    r"(?:the new (?:one|1)|the new password|new password) (?:is|will be|would be|should be|can be)|"
    r"let'?s (?:do|go with|make it|use)|"
    # a value offered for the new one: "can i use velvet 5120", "could i just use my old
    # one sunflower kitchen 22" (not "can i use my card", "can i use the app")
    r"(?:(?:can|could|may) (?:i|we) (?:just |still |maybe )?(?:use|keep|pick|choose|go with|"
    r"make it)|"
    # "can it be the same as the old one sunflower 19": the old value offered again
    r"(?:can|could) it (?:just |still )?be(?: the same as)?)"
    r"(?: (?:my|the) (?:old|previous|last|usual|same|current|original) "
    r"(?:one|1|password|passcode|passphrase)(?: again)?)?"
    # (a word, then a digit or a symbol: "velvet 5120", never "2 cards" or "the app")
    r"(?=[ \t,:]+(?!(?:card|cards|account|app|phone|number|email|code|pin)\b)[a-z]{3,}"
    r"(?:[ \t]+\S+){0,3}?[ \t]*\S*[\d!#$%&*^~+=_@]))"
    r"[ \t,:]+(?:like[ \t]+)?(?:(?:um|uh)[ \t,]+)?"
    r"(?P<value>(?!(?:the|a|an|my|your|yourself|myself|it|that|this|to|for|so|and|now|again|"
    r"please|later|tomorrow|today|soon|easier|something|same|in|within|after|before|once|"
    r"when|on|at|by|online|first|quick|quickly|up|out|back|more|less|sure|work|happen|"
    r"official|permanent)\b)[^\W_][\w!#$%&*@^~'-]*"
    rf"(?:[ \t]+(?!{_SET_HEDGE})[\w!#$%&*@^~'-]+){{0,3}}"
    # a symbol said at the end: "… 9128 question mark"
    r"(?:[ \t]+(?:question|exclamation|dollar|at|pound|percent)[ \t]+(?:mark|point|sign))?)"
    # a hedge after the value: "i set it to like merlot 2017 or something"
    rf"(?:[ \t,]+{_SET_HEDGE})?"
    # asking leave after the value: "can i use marble fox 88, is that okay?"
    r"(?:[ \t,]+(?:(?:is[ \t]+)?that[ \t]+)?(?:okay|ok|alright|all right|fine|please))?"
    r"[\s.!?]*$",
    _I,
)


# A value tried and refused: "i've been typing walrus-peanut3 but it keeps saying
# invalid", "i keep entering tiger dash lemon four and it won't take it".
_TRIED_VALUE = re.compile(
    r"\b(?:i|i've|ive|i have|i'm|im|i am|i was|i keep|i kept|i've been|i have been|i was)"
    r"(?:[ \t]+(?:been|just|keep|kept|also|even|always))*[ \t]+"
    r"(?:typing|typed|entering|entered|using|used|putting in|put in|trying|tried|"
    r"(?:gonna|going to|gonna try|wanna|want to) (?:use|try|put))"
    r"(?:[ \t]+in)?[ \t,:]+(?:like[ \t,]+)?(?:(?:um|uh)[ \t,]+)?"
    r"(?P<value>(?!(?:the|a|an|my|your|it|that|this|to|for|so|and|again|every|all|both|"
    r"what|which|whatever|something|same|different|them|those|these|one|in|on|at|with|"
    r"over|since|for|before|after|when|if|but|um|uh|er|erm|hmm|[a-z]+ing)\b)[^\W_][\w!#$%&*@^~'-]*"
    r"(?:[ \t]+(?!(?:but|and|which|though|although|because|cause|and|yet|i|it)\b)"
    r"[\w!#$%&*@^~'-]+){0,6}?)"
    r"(?=[ \t]*(?:,|[.!?](?!\w)|$)|[ \t]+(?:but|and|which|though|although|because|yet)\b)",
    _I,
)


def tried_value_span(text: str) -> tuple[int, int] | None:
    """The value a speaker says they tried ("i've been typing nebula77 but it fails")."""
    return _value_span(_TRIED_VALUE, text)


def set_value_span(text: str) -> tuple[int, int] | None:
    """The value a speaker sets at the end of a turn ("i want it to be marble fox 88")."""
    return _value_span(_SET_VALUE, text) or _value_span(_TOLD_VALUE, text)


# A new secret said out, spelled or described as typed: "can i just tell you the new one
# it's m a p l e 42", "sure it's red canyon 41 all one word capital r".
_TOLD_VALUE = re.compile(
    r"\b(?:(?:tell|give)[ \t]+you[ \t]+(?:the|my)[ \t]+new[ \t]+(?:one|1|password|passcode)"
    r"[ \t,:]+(?:(?:it's|its|it is|is)[ \t,:]+)?"
    # (spelled, or the normaliser's run of it: "MAPLE42"; a word with digits: "sunset 88")
    r"(?P<value>[a-z](?:[ \t]+[a-z]){2,15}(?:[ \t]+\d+)?|"
    r"(?=[^\d\n]*?\d)[a-z][\w'-]*(?:[ \t]+[\w'-]+){0,3})[\s.!?]*$"
    r"|(?:it's|its|it is)[ \t]+(?P<value>(?=[^\d\n]*?\d)[a-z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?)"
    r"[ \t,]+(?:all[ \t]+)?(?:one|1)[ \t]+word\b)",
    _I,
)


def _value_span(pattern: re.Pattern, text: str) -> tuple[int, int] | None:
    """The pattern's ``value`` group, unless it is a non-answer or talk, not a value."""
    m = pattern.search(text)
    if not m or _NON_ANSWER.search(m.group("value")) or _TRAILING_TALK.search(m.group("value")):
        return None
    start, end = m.span("value")
    # "make it braces four ever anyway": talk after the value is no part of it
    tail = _TRAILING.search(text, start, end)
    return (start, tail.start()) if tail and tail.start() > start else (start, end)


# Words that make the rest of a turn talk, not a value: "make it easier to remember".
_TRAILING_TALK = re.compile(
    r"\b(?:remember|easier|harder|stronger|shorter|longer|work|working|happen|right|"
    r"same|different|something|reset|expire|expires|done|sure|today|tonight|tomorrow|"
    r"week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|delivered|sent|"
    r"mailed|paid|shipped|cancelled|canceled|changed|updated|fixed)\b",
    _I,
)


# A reply of one letter, the first of a name spelled over turns: "yep, P", "e as in echo".
_ONE_LETTER_REPLY = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|sure|okay|ok|so|it's|its|uh|um)\W+)*"
    r"(?P<letter>(?-i:[A-Z])|[a-z](?=[ \t]+(?:as[ \t]+in|for)\b)"
    r"(?:[ \t]+(?:as[ \t]+in|for)[ \t]+[a-z]+)?)[\s.,!]*$",
    _I,
)


def _person_answer(text: str) -> list[tuple[int, int]]:
    if letter := _ONE_LETTER_REPLY.match(text):
        return [letter.span("letter")]  # "yep, P" / "e as in echo": the first letter
    if is_backchannel(text):
        return []  # "Mm-hmm." while the name is spelled
    spelled = [
        m
        for m in _SPELLED.finditer(text)
        if not _FIRM_INSIDE.fullmatch(m.group()) and m.group() not in _ACRONYMS
    ]
    spans = [m.span() for m in spelled]
    for m in spelled:
        after = _AFTER_SPELLED.match(text, m.end())
        if after and not _SPELLED.fullmatch(after.group(1)):
            spans.append(after.span(1))
    start, end = _strip(text)
    title = _TITLE.match(text, start, end)
    if title:
        start = title.end()  # "it's doctor ananya sharma": the title is no part of the name
    if label := _NAME_LABEL.match(text, start, end):
        start = label.end()  # "surname blumel first name martine": the label is no name
    body = text[start:end]
    if body.strip().lower() in EVERYDAY_FIRSTS:
        spans.append((start, end))  # "and first name?" / "will": the whole reply
    if body and len(words(body)) <= 8:
        m = _NAME_ANSWER.match(body)
        if (
            m
            and (not _names_a_thing(body, 0, m.end()) or _first_and_surname(m.group()))
            and not _labels_number(body, m.group(), m.end())
        ):
            spans.append((start, start + m.end()))
    for m in _CAPITALISED.finditer(text):
        # Trim words that are not names: "It's Tom" -> "Tom", "Yeah" -> nothing.
        tokens = list(_TOKEN.finditer(m.group()))
        while tokens and _not_name_token(tokens[0].group()):
            tokens.pop(0)
        while tokens and _not_name_token(tokens[-1].group()):
            tokens.pop()
        if tokens and m.start() + tokens[0].start() > 0:
            first, last = m.start() + tokens[0].start(), m.start() + tokens[-1].end()
            if not _names_a_thing(text, first, last):
                spans.append((first, last))
    return spans


# A label read before its number: "npi is 1991860892", "NPI IS 1221698251."
_NUMBER_AFTER = re.compile(r"[ \t]+(?:is|was|number|#)?[ \t:]*\d", _I)


def _labels_number(body: str, word: str, end: int) -> bool:
    """An abbreviation that names the number after it ("npi is 1991…"), not the caller:
    a name said alone ("it's Dot") has no number after it."""
    return word.upper() in _ACRONYMS and bool(_NUMBER_AFTER.match(body, end))


_TITLE = re.compile(r"(?:mr|mrs|ms|miss|mister|missus|dr|doctor|prof|professor)\.?[ \t]+", _I)
# A contraction is never a name: "You're", "I've", "We'll", "Don't".
_CONTRACTION = re.compile(r"[^\W\d_]+['\u2019](?:re|ve|ll|d|m|t)[.,!?]*", _I)


def _not_name_token(token: str) -> bool:
    return bool(
        _NOT_NAME_WORD.fullmatch(token)
        or _CONTRACTION.fullmatch(token)
        or _LABEL_WORD.fullmatch(token)
    )


# The name part named before the name: "surname blumel", "my last name is ortiz".
_NAME_LABEL = re.compile(
    r"(?:my[ \t]+)?(?:surname|last name|family name|first name|given name|forename|christian name"
    # whose name it is: "patient name bull, naomi", "member's name is …"
    r"|(?:the[ \t]+)?(?:patient|member|subscriber|insured|caller)(?:'s)?[ \t]+name)"
    r"(?:[ \t]+is|'s)?[ \t,:-]+(?=\w)",
    _I,
)
_LABEL_WORD = re.compile(r"surnames?|forenames?", _I)


# Words that make a name a firm's: "Cascade Title and Escrow LLC", "Hartley Group".
_FIRM_WORD = (
    r"(?:llc|l\.?l\.?c|inc|incorporated|corp|corporation|co|company|ltd|limited|llp|plc|"
    r"group|associates|partners|holdings|enterprises|bank|credit union|trust|foundation|"
    r"escrow|title|realty|properties|services|solutions|consulting|church|school|"
    r"university|college|hospital|clinic|pharmacy|insurance|agency|law firm|llp|"
    # a provider's office calling a payer: "Westgate Physical Therapy", "Valley Ambulance"
    r"health|healthcare|medicine|medical|therapy|cardiology|orthopedics|orthopaedics|"
    r"podiatry|dialysis|pediatrics|paediatrics|dermatology|radiology|oncology|neurology|"
    r"urology|imaging|laborator(?:y|ies)|ambulance|behavioral|surgical|dental|chiropractic|"
    r"urgent care|home care)"
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


def _first_and_surname(name: str) -> bool:
    """ "grace church", "ella bank": a listed first name and a listed surname, so a person
    although the surname is also a firm's word."""
    parts = [fold(w) for w in name.split()]
    lex = lexicon()
    return len(parts) == 2 and parts[0] in lex.firsts and parts[1] in lex.lasts


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """True when the words at ``text[start:end]`` name a firm or a programme, not a
    person: a company suffix inside or after them ("Cascade Title and Escrow LLC"), or
    a number word after them ("my Honors number")."""
    return bool(_FIRM_INSIDE.search(text, start, end) or _THING_AFTER.match(text, end))


# The asker checking the town of a street just given: "Is that Davisshire?", "so is that
# in port kelly?" ("is that correct?", "is that your home address?" check something else).
_TOWN_CHECK = re.compile(
    r"^[\s,.]*(?:(?:okay|ok|and|so|alright|great|perfect|got it|thanks|thank you)[\s,.]+)*"
    r"is (?:that|this|it)[ \t]+(?:(?:over|out|up|down)[ \t]+)?(?:in[ \t]+)?"
    r"(?P<town>[a-z][a-z.'-]*(?:[ \t]+[a-z][a-z.'-]*){0,2})[\s,]*\??[\s]*$",
    _I,
)
_NOT_TOWN_WORDS = frozenset(
    str.split(
        "correct right all it everything ok okay good fine true accurate current still you your "
        "yours my the a an this that for on of or and to with near by at from spelled spelt "
        "the same one ones here there home house address apartment apt unit suite number "
        "zip code city town street avenue road residential commercial business billing mailing "
        "shipping service it's what which where who how why also just really definitely gonna "
        "going set done yes no he she him her they them we us mine his hers ours theirs "
        "possible available enough okay"
    )
)


_PART_OF_TOWN = frozenset(str.split("north south east west new old downtown uptown upstairs"))


def town_check(text: str) -> tuple[int, int] | None:
    """The town in the asker's "is that X?" after a street was given (the town is part of
    the address); None for "is that correct?" and other checks of the answer itself."""
    m = _TOWN_CHECK.match(text)
    if not m:
        return None
    town = m.group("town").lower().split()
    if any(w.strip(".'") in _NOT_TOWN_WORDS for w in town):
        return None
    if len(town) == 1 and town[0] in _PART_OF_TOWN:
        return None  # "is that north?": a side of town, or "is that new?"
    return m.span("town")


# A reply that is a street's name and type only: the rest of an address read over turns.
_STREET_ANSWER = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|ok|okay|so|um|uh|and|then|it's|its|that's|on)[\s,.]+)*"
    rf"(?P<street>(?:(?!(?:the|a|an|my|your|this|that|what|which|no)\b)[a-z][a-z.'-]*[ \t]+){{1,3}}"
    rf"{STREET_SUFFIX}\b\.?)[\s.!?]*$",
    _I,
)
# A street named by its direction and name, no suffix: "… it's 315 / east main", "north
# elm"; (not a region: "the east side", "west coast", "north of town").
_DIRECTED_STREET_ANSWER = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|ok|okay|so|um|uh|and|then|it's|its|that's|on)[\s,.]+)*"
    r"(?P<street>(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \t]+"
    r"(?!(?:side|coast|end|of|town|county|bay|area|part|wing|entrance|door|gate)\b)"
    r"[a-z][a-z'-]*"
    r"(?:[ \t]+(?!(?:side|coast|end|of|town|county|area|please|thanks)\b)[a-z][a-z'-]*)?)"
    r"(?:[ \t]+(?:please|thanks))?"
    r"[\s.!?]*$",
    _I,
)
# A unit said alone after the street: "apartment d as in david" (normalised "apartment
# D"), "unit 4b", "suite 210".
_UNIT_ANSWER = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|ok|okay|so|um|uh|and|then|it's|its|that's)[\s,.]+)*"
    r"(?P<unit>(?:apt|apartment|unit|suite|ste)\.?[ \t]*#?[ \t]*(?:[a-z]\b|[a-z]?\d+[a-z]?\b))"
    r"[\s.!?]*$",
    _I,
)
# A reply that is a city and its state (and zip): the end of an address read over turns.
_CITY_STATE_ANSWER = re.compile(
    r"^[\s,.]*(?:(?:yes|yeah|ok|okay|so|um|uh|and|then|it's|its|that's)[\s,.]+)*"
    # a unit may come first: "unit b new paltz new york 12561"
    r"(?P<place>(?:(?:apt|apartment|unit|suite|ste)\.?[ \t]*#?[ \t]*(?=[a-z]?\d|[a-z]\b)"
    r"[a-z0-9]{1,5},?[ \t]+)?"
    rf"(?:[a-z][a-z.'-]*[ \t]+){{1,3}},?[ \t]*{STATE_NAMES}"
    r"(?:[ \t,]+\d{4,5}(?:[ \t-]*\d{4})?(?:[ \t]+(?:for|to|too|won|ate|oh))?)?)[\s.!?]*$",
    _I,
)
# A sentence ending before another starts ("… 1PL. Yeah, it's …"), not an abbreviation
# ("St. Louis", "Apt. 5", "N. Main").
_SENTENCE_END = re.compile(
    r"[.!?](?=\s+(?:yeah|yes|yep|it's|its|i|i'm|and|so|also|oh|um|uh|that|that's|but|my|"
    r"the|we|he|she|they|there|this|no|ok|okay|sorry|thanks|please|did|do|does|can|could|"
    r"is|was|you|got|hope|just|let)\b)",
    _I,
)


# A digit run (its first digit) and a count or a duration after it: "6 years".
_DIGIT_START = re.compile(r"(?<![\d.,])\d(?:[ \t]?[-.,]?[ \t]?\d)*")
_COUNT_AFTER = re.compile(
    # (a range and a kind of day: "2 to 3 days", "2 business days"; an age: "18 or older")
    r"[ \t]*(?:(?:to|or|-)[ \t]*\d+[ \t]*)?(?:(?:business|working|calendar)[ \t]+)?"
    r"(?:or (?:older|over|above|under|younger)|and (?:up|over|older)|"
    r"years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?|dollars?|bucks|cents?|"
    r"percent|%|times|o'?clock|a\.m\.|p\.m\.|am|pm)\b",
    _I,
)
# A clause after an address that is about it, not part of it: ", i rent from …", "… at
# the top right under the logo".
_ADDRESS_ASIDE = re.compile(
    r"[ \t]*[,;][ \t]*(?:i|i'm|i've|we|we're|we've|they|he|she|it's|that's|but|which)\b"
    r"(?=[ \t]+[^\W\d])|[ \t,]+(?:at|on|in)[ \t]+the[ \t]+(?:top|bottom|front|back|left|"
    r"right|side|corner|end)[ \t]+(?:of|right|left|under|above|by|near)\b"
    # talk after the address: "… 43010 i think that's the one on file", "… if that helps"
    r"|[ \t,]+(?:i think|i believe|i guess|if that helps|and honestly|honestly|anyway|"
    r"that's the one|that should be it|sorry it's been)\b",
    _I,
)
# "one" said for a thing ("this one, it's 219 …", "the new one is …"), a year ("filed in
# 2017"), a time ("quarter to 1"): the normaliser wrote digits that are no house number.
_PRONOUN_ONE = re.compile(
    r"\b(?:this|that|the|which|new|old|other|same|each|every|no|any|right|wrong|first|"
    r"last|second|next|another|little|big|only|good|great|nice|lovely|wonderful|blessed|"
    r"safe|quick|better|best)[ \t]+$",
    _I,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|year|back in|around|circa)[ \t]+$", _I
)
_TIME_BEFORE = re.compile(
    r"\b(?:quarter|half|ten|five|twenty)[ \t]+(?:to|past|after|till)[ \t]+$", _I
)


# Words around a town said for "which city?": "she lives in galway", "lille near the
# center", "in leipzig, near the centre".
# (and where the caller is in it: "home in west helenberg", "at work in leeds")
_LIVES_IN = re.compile(
    r"(?:(?:she|he|they|i|we|it|my [a-z]+|his [a-z]+|her [a-z]+)(?:'s| is| are| was)?[ \t]+"
    r"(?:lives?|lived|living|stays?|staying|based|located|is|are)[ \t]+"
    r"|(?:(?:i'm|im|i am|we're|we are)[ \t]+)?(?:(?:at|from)[ \t]+)?"
    r"(?:home|work|the office|the house|my (?:house|place|office))[ \t,]+)?in[ \t]+",
    _I,
)
# (a compass word only as a part of town, "in the north", not a town's own first word:
# "in west helenberg")
_TOWN_TAIL = re.compile(
    r"[ \t,]+(?:near|close to|outside(?: of)?|just outside|by|in|around)[ \t]+(?:the[ \t]+)?"
    r"(?:center|centre|city|downtown|old town|middle|coast|border|airport|station|"
    r"(?<=the[ \t]+)(?:north|south|east|west)|"
    r"(?:north|south|east|west)(?=[ \t]*(?:[.,!?]|$|side\b|end\b|part\b|of\b)))\b.*$",
    _I,
)


def _city_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The town of a short reply to "which city?", without "she lives in" before it or
    "near the center" after it."""
    lead = _LIVES_IN.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    tail = _TOWN_TAIL.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    return start, end


def _not_house_number(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    before = text[max(0, start - 20) : start]
    if value == "1" and _PRONOUN_ONE.search(before):
        return True
    if _MONEY_OR_MEASURE.search(before) or _MEASURE_AFTER.match(text, end):
        return True  # "the exam is $65", "about 1400 square feet", "$180 to cobán"
    if (
        _LAST_DIGITS_BEFORE.search(before)
        or _EXTENSION_BEFORE.search(before)
        or _PHONE_SHAPE.fullmatch(value)
        or _COUNT_AFTER.match(text, end)
    ):
        return True  # "ends in 0397", "fax it to 502-555-0100", "2 to 3 days", "18 or older"
    if len(value) <= 2 and _MONTH_BEFORE.search(before) and not _STREET_AFTER.match(text, end):
        return True  # "until the june 20th", "by march 17": a day, never a house number
    if _STREET_AFTER.match(text, end):
        return False  # "in 2010 ocean avenue"
    if _YEAR_START.match(value) and _YEAR_BEFORE.search(before):
        return True
    return len(value) <= 2 and bool(_TIME_BEFORE.search(before))


# The last digits of an account or a card said back: "ends in 0397", "checking ending 5521".
_LAST_DIGITS_BEFORE = re.compile(
    r"\b(?:ends?|ending)(?:[ \t]+(?:in|with))?[ \t,:]*$|\blast[ \t]+(?:four|4|two|2|digits?)"
    r"(?:[ \t]+digits)?(?:[ \t]+(?:is|are|of))?[ \t,:]*$",
    _I,
)
# A phone's extension: "… extension 4412", "ext. 210".
_EXTENSION_BEFORE = re.compile(r"\b(?:extension|ext\.?)[ \t]*$", _I)
# A phone number as written, which is no house number: "502-555-0100", "(502) 555 0100".
_PHONE_SHAPE = re.compile(r"\d{3}[ \t.-]?\d{3}[ \t.-]?\d{4}")


# An amount or a measure is no house number: "$65", "about 1400 square feet".
# (and a homophone after an amount: "$180 to cobán" heard as "$180 2 cobán")
_MONEY_OR_MEASURE = re.compile(r"[$£€¥₹][ \t]*(?:\d[\d,.]*[ \t]+)?$")
_MEASURE_AFTER = re.compile(
    r"(?:\.\d+)?[ \t]*(?:square (?:feet|foot|ft|meters?|metres?|yards?|miles?)|sq\.? ?ft|"
    r"acres?|feet|foot|sqft|meters?|metres?|miles?|km|"
    r"kilometers?|dollars?|bucks|cents|pesos|euros?|pounds?|percent|%|days?|weeks?|months?|"
    r"years?|hours?|minutes?|digits?|people|pounds|lbs?|kg)\b",
    _I,
)
_YEAR_START = re.compile(r"(?:19|20)\d\d(?!\d)")
# A month name right before a number: the number is its day ("the june 20th").
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\.?[ \t]+(?:the[ \t]+)?$", _I)
# A house number with a street after it: "in 2010 ocean avenue" is no year.
_STREET_AFTER = re.compile(rf"[ \t]+(?:[^\W\d][\w'.-]*[ \t]+){{0,3}}{STREET_SUFFIX}\b", _I)
# Words after an address that are no part of it: "… 99277 now", "… did you get that".
_ADDRESS_TAIL = re.compile(
    r"(?:[\s,.!?-]*\b(?:now|currently|these days|nowadays|"
    rf"{HEARD_CHECK}|"
    r"is that (?:right|correct|okay|ok)|right|okay|ok|thanks|thank you|"
    r"i (?:think|believe)|please)\b)*[\s,.!?-]*$",
    _I,
)
# Up to three words before the first digit of an address reply that are part of it: no
# function word or verb ("ship it to my work please 155 …" starts at the number).
_PLACE_LEAD = re.compile(
    r"(?:(?!(?:to|my|our|at|is|was|the|a|an|in|on|for|and|so|we|i|me|it|its|it's|that|"
    r"this|please|ship|send|mail|deliver|live|lived|living|moved|address|from|of|be|would|"
    r"that'd|it'd|number|house|street|zip|code|postcode|postal|yes|yeah|no|not|but|then|"
    r"just|still|now|new|old|same|previous|before|after|there|here|ends|ended|card|"
    r"exp|expiry|last|digits|[a-z]+ing)\b)"
    r"[^\W\d_](?:[^\W\d_]|[.'-])*[ \t,]+){1,3}",
    _I,
)


# An id read in parts, named as parts: "starts with R825, then 5742", "first part's
# Z923, then 3101" (a licence or a plate asked with its state, never a house number).
_READS_ID_PARTS = re.compile(
    r"\b(?:starts?|starting|begins?|beginning)[ \t]+with[ \t]+(?:(?:a|an|the)[ \t]+)?[a-z]{0,3}\d"
    r"|\b(?:the[ \t]+)?(?:first|second|last|next)[ \t]+(?:part|bit|half|chunk|section)"
    r"(?:'s|[ \t]+is)?[ \t,:]+[a-z]{0,3}\d",
    _I,
)


def _address_answer(text: str) -> list[tuple[int, int]]:
    """A short reply with a house number: from the number to the end of its sentence; a
    unit or a town said before it too ("flat 9 …", "leeds LS14 2PX", "red deer alberta …")."""
    first = next(
        (
            m
            for m in _DIGIT_START.finditer(text)
            if not _COUNT_AFTER.match(text, m.end())
            and not _not_house_number(text, m.start(), m.end())
        ),
        None,
    )
    if not first:
        return []  # "no i haven't lived there in like 6 years": a count, no house number
    if _READS_ID_PARTS.search(text):
        return []  # "starts with R825, then 5742": an id read in parts (a licence's)
    start, end = _strip(text)
    token = text.rfind(" ", 0, first.start()) + 1  # "T1A 0C2": the code's first letter
    lead = text[start:token] if token > start else ""
    start = start if _PLACE_LEAD.fullmatch(lead) else max(start, token)
    stop = _SENTENCE_END.search(text, start)
    if stop:
        end = min(end, stop.start())  # "N1 1PL. Yeah, it's the 2008 model": another sentence
    aside = _ADDRESS_ASIDE.search(text, start, end)
    if aside:
        end = aside.start()  # "…, unit 4, i rent from a landlord": the rest is no address
    end = _ADDRESS_TAIL.search(text, start, end).start()  # "… 99277 now", "… did you get that"
    if end <= start or len(words(text[start:end])) > 14:
        return []
    return [(start, end)]


# --- a value dictated in pieces, interrupted by side talk --------------------------------

# One piece of a dictated id: digit groups, number words, single letters ("G as in golf"),
# letter-digit groups ("P091", "CSF9"); at least one digit or number word in it.
_PIECE_TOKEN = (
    r"(?:\d+(?:\.\d{1,3})*|[a-z]{1,3}\d{1,4}|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|zero|oh|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|double|triple|"
    r"[a-z](?:[ \t]+as[ \t]+in[ \t]+[a-z]+)?)(?![\w'])"
)
_PIECE = (
    rf"(?P<v>{_PIECE_TOKEN}(?:[ \t,-]+{_PIECE_TOKEN}){{0,6}})"
    r"(?<![ \t,-](?:a|i|as|in))(?<=\w)"
)
# The other side's recap: "I've got 699 so far", "you were at 463", "You had 103.".
_RECAP = re.compile(
    r"\b(?:i've[ \t]+got|i[ \t]+have|i[ \t]+got|i've[ \t]+written|you[ \t]+were[ \t]+at|"
    r"you[ \t]+had|so[ \t]+far[ \t]+i[ \t]+have)[ \t]+"
    + _PIECE
    + r"(?=[ \t]*(?:so[ \t]+far|\.\.\.|[,.]?[ \t]*(?:go[ \t]+on|what's[ \t]+next)|[.?!]?[ \t]*$))",
    _I,
)
# The reader resuming: "after the 103 it's 153074", "so after 222 comes 192.135".
_RESUME = re.compile(
    r"\bafter[ \t]+(?:the[ \t]+)?"
    + _PIECE
    + r"(?=[ \t]*(?:,|it's|it[ \t]+is|comes|is|then)[ \t]+(?P<rest>"
    + _PIECE.replace("?P<v>", "?:")
    + r"))",
    _I,
)
# "okay, and then 94": the next piece, the whole reply.
_AND_THEN = re.compile(
    r"^(?:(?:okay|ok|right|yeah|so|um|uh)[ \t,]+)*and[ \t]+then[ \t,]+" + _PIECE + r"[ \t.]*$",
    _I,
)
# A first piece cut off by side talk: "my cell is 699 — sorry, Michael is yelling".
_CUT_OFF = re.compile(
    r"^(?:[^—.?!]{0,40}?[ \t,]|)"
    + _PIECE
    + r"(?=[ \t]*(?:—|–|-|\.\.\.|,)?[ \t]*(?:sorry|hold[ \t]+on|hang[ \t]+on|one[ \t]+sec(?:ond)?|"
    r"wait|ugh|give[ \t]+me[ \t]+a[ \t]+(?:sec|second|minute))\b)",
    _I,
)
# A reply cut off after its first piece: "it's 950... uh", "yeah um three one one uh".
_CUT_REPLY = re.compile(
    r"^(?:(?:um|uh|er|yeah|yes|okay|ok|so|it's|it[ \t]+is|its)[ \t,.]+)*"
    + _PIECE
    + r"(?:[ \t]*(?:\.\.\.|,)?[ \t]*(?:um|uh|er)\b)*[ \t.]*$",
    _I,
)
PIECE_ENTITIES = frozenset(
    {
        "US_SSN",
        "ABA_ROUTING_NUMBER",
        "US_BANK_NUMBER",
        "ACCOUNT_ID",
        "PHONE_NUMBER",
        "US_DRIVER_LICENSE",
        "IP_ADDRESS",
        "CREDIT_CARD",
    }
)


def _numbered(value: str) -> bool:
    """A piece with two digits or number words, or a letter and a digit ("oh hold on" is
    no piece, nor "if you had 1?" after "your old passport number")."""
    return _units(value) >= 2 or bool(re.search(r"[a-z]\d", value, _I))


_SHORT_PIECE = 3


def _units(value: str) -> int:
    """How many digits or number words a piece has (a first piece has up to three)."""
    return len(
        re.findall(r"\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", value, _I)
    )


def recaps_piece(text: str) -> bool:
    """A turn that names a piece of a value being dictated (a recap, a resume, or the
    next piece), so the open question's label carries to it."""
    return any(
        m and _numbered(m.group("v"))
        for m in (_RECAP.search(text), _RESUME.search(text), _AND_THEN.match(text))
    )


def piece_spans(entity: str, text: str) -> list[tuple[int, int]]:
    """Pieces of an id dictated around an interruption: the first piece before side
    talk, the pieces a recap or a resume names (amounts and counts are not cued so)."""
    if entity not in PIECE_ENTITIES:
        return []
    out = []
    cut = _CUT_REPLY.match(text)
    if cut and _units(cut.group("v")) == _SHORT_PIECE:
        out.append(cut.span("v"))
    cut = _CUT_OFF.match(text)
    v = cut.group("v") if cut else ""
    if cut and (2 <= _units(v) <= _SHORT_PIECE or re.search(r"[a-z]\d", v, _I)):
        out.append(cut.span("v"))
    for m in (
        *_RECAP.finditer(text),
        *_RESUME.finditer(text),
        _AND_THEN.match(text),
    ):
        if m and _numbered(m.group("v")):
            out.append(m.span("v"))
            if "rest" in m.re.groupindex and m.group("rest"):
                out.append(m.span("rest"))
    return out
