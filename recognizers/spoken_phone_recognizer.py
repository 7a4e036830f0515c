"""PHONE_NUMBER: North American numbers, written or read digit by digit."""

from __future__ import annotations

import regex as re

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer

_SEP = r"[ \t]*[-.,]?[ \t]*"
# Between the area code and the exchange a caller may hesitate: "six four four, er, four
# one four …" (normalised "644 er 4148425").
_SEP_PAUSE = r"(?:[ \t]*[-.,]?[ \t]*|[ \t]*,?[ \t]+(?:uh|um|er|erm)[ \t]*,?[ \t]+)"
# NANP toll-free service codes (800, 833, 844, 855, 866, 877, 888) said with the leading
# 1: "1-800-555-0100", "one eight hundred …". Without the 1 (or with "+1") it may still be
# a person's number misheard, so it is kept.
_TOLL_FREE_PREFIX = r"(?<![\d+])1[ \t]*[-.]?[ \t]*\(?8(?:00|33|44|55|66|77|88)\)?"
# (a comma where the caller paused: "1800, 555 0142")
_TOLL_FREE = re.compile(rf"{_TOLL_FREE_PREFIX}(?:[ \t]*[-.,]?[ \t]*\d){{7}}$")
_AFTER_TOLL_FREE_PREFIX = re.compile(rf"{_TOLL_FREE_PREFIX}[ \t.,-]*$")
# British freephone (0800, 0808) and its 6 or 7 digits: "0800 014 2271", a business's line,
# never a person's.
_UK_FREEPHONE = re.compile(r"(?<![\d+])0[ \t]*8[ \t]*0[ \t]*[08](?:[ \t]*[-.]?[ \t]*\d){6,7}$")
# Other lines that only businesses have: British non-geographic 03xx, 0845 and 0870 with
# seven digits ("0300 100 0607", "0345 600 7712"); Australian freecall and local-rate 1800
# and 1300 with six ("1800 720 448"), and 13 with four, in pairs ("13 39 27"; not a date:
# "13 09 87").
_BUSINESS_LINE = re.compile(
    r"(?<![\d+])(?:0[ \t]*(?:3[ \t]*[0347][ \t]*\d|8[ \t]*[47][ \t]*[05])"
    r"(?:[ \t]*[-.]?[ \t]*\d){7}"
    r"|1[ \t]*[38][ \t]*0[ \t]*0(?:[ \t]*[-.]?[ \t]*\d){6}"
    # South African share-call 0860, 0861 and 0862, New Zealand 0508: "0861 112 873"
    r"|0[ \t]*(?:8[ \t]*6[ \t]*[0-2]|5[ \t]*0[ \t]*8)(?:[ \t]*[-.]?[ \t]*\d){6}"
    r"|13[ \t]+(?!0\d|1[0-2])\d{2}[ \t]+\d{2})$"
)


# An extension said after the line: "1 877 302 7338 extension 9773".
_EXTENSION_TAIL = re.compile(r"[ \t,]*(?:x|ext\.?|extension|poste)[ \t]*\d{1,5}$", re.IGNORECASE)


def is_toll_free(value: str) -> bool:
    """True for a toll-free business number: NANP dialled with its leading 1, a British
    freephone or non-geographic number, an Australian 1800, 1300 or 13 number."""
    value = _EXTENSION_TAIL.sub("", value.strip())
    return bool(
        _TOLL_FREE.match(value) or _UK_FREEPHONE.match(value) or _BUSINESS_LINE.match(value)
    )


# The company giving its own line: "our number is", "call us at", "our toll free number is".
_OWN_LINE_BEFORE = re.compile(
    r"\b(?:(?:our|my company's|the company's)(?:[ \t]+(?:main|direct|toll[ -]?free|free|"
    r"customer[ \t]+(?:service|care)|support|help|contact|phone|telephone|service|"
    # a department's line: "reach our fraud line at 888 …" (not a household's: "our home")
    r"(?!(?:home|house|cell|mobile|personal|private|family|own|new|old)\b)[a-z]+))*"
    r"[ \t]+(?:number|line|helpline|hotline)|(?:call|reach|contact|ring|phone)[ \t]+us"
    r"(?:[ \t]+(?:back|directly|anytime|any time|toll[ -]?free))?"
    # the caller told to ring a toll-free line: "you can also call 866 …", "please dial …"
    r"|(?:you[ \t]+(?:can|could|may|should)|please|just|or)(?:[ \t]+(?:also|always|just))?"
    r"[ \t]+(?:call|dial|ring|phone)"
    # another office's toll-free line, passed on: "you can call them at 800 …", "their
    # number is 877 …" (toll-free codes only: no household has one)
    r"|(?:call|reach|contact|ring|phone)[ \t]+them|their(?:[ \t]+[a-z-]+)?[ \t]+(?:number|line)"
    # the agent's greeting names the toll-free line the caller dialled: "you reached the
    # 800 555 0162 line", "you've reached 877 …"
    r"|you(?:'ve|[ \t]+have)?[ \t]+reached(?:[ \t]+(?:the|us[ \t]+at|our))?)"
    r"(?:[ \t]+(?:is|was|at|on))?[ \t:,]*$",
    re.IGNORECASE,
)
# A toll-free service code without its leading 1: "877 555 0143".
_TOLL_FREE_BARE = re.compile(r"\(?8(?:00|33|44|55|66|77|88)\)?(?:[ \t]*[-.]?[ \t]*\d){7}$")


# The agent's greeting names the business, then its line: "you've reached Keystone Auto at
# 800 …", "you have reached First Prairie Bank at eight double oh …".
_GREETING_REACHED_AT = re.compile(
    r"\byou(?:'ve|[ \t]+have)?[ \t]+reached[ \t]+(?:[\w.&'-]+[ \t]+){1,7}?at[ \t:,]*$",
    re.IGNORECASE,
)


def is_greeting_toll_free(text: str, start: int, end: int) -> bool:
    """True for a toll-free line (8XX code) the greeting gives as the business's: no
    household has one (a voicemail's local number, "you've reached Dana at 614 …", stays)."""
    return bool(_TOLL_FREE_BARE.match(text[start:end].strip())) and bool(
        _GREETING_REACHED_AT.search(text, max(0, start - 100), start)
    )


_TOLL_FREE_CODE_BEFORE = re.compile(r"\(?8(?:00|33|44|55|66|77|88)\)?[ \t]*[-.]?[ \t]*$")


# A business's line given to ring, of any shape: "ring us back on 0191 …", "call the
# insurer on +27 …", "the payments line 01273 …" (not "my line", "the home line").
_BUSINESS_LINE_BEFORE = re.compile(
    r"\b(?:(?:call|ring|phone|reach|contact)[ \t]+(?:us(?:[ \t]+back)?|"
    # a government agency's public line: "you can call the irs at 800 …"
    r"(?:the[ \t]+)?(?:irs|dmv|ssa|uscis|social[ \t]+security(?:[ \t]+administration)?|"
    r"medicare|medicaid|passport[ \t]+agency|treasury|tax[ \t]+office)|the[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?:insurer|insurance|office|bank|hospital|clinic|surgery|practice|"
    r"council|helpline|hotline|team|desk|department|branch|store|shop|company|provider|"
    r"pharmacy|airline|hotel|embassy|consulate|police|reception|switchboard|line))"
    r"[ \t]+(?:on|at)|the[ \t]+(?!(?:home|mobile|cell|land|personal|direct|best|work|"
    r"private|new|old|other|same|second)\b)[a-z][a-z-]*(?:[ \t]+[a-z]+)?[ \t]+(?:line|helpline|"
    r"hotline)(?:[ \t]+(?:is|on|at))?"
    # an office's or a business's line: "the clerk's office is …", "Tri-County's main line
    # is …", "the front desk number is …"; and the agent's own: "okay, we're …"
    # (an office named by whose it is: "the public defender's office number is …")
    r"|the[ \t]+(?:(?:[a-z]+[ \t]+)?[a-z]+'s[ \t]+)?(?:office|front[ \t]+desk|reception|clinic|"
    r"pharmacy|courthouse|court)(?:[ \t]+(?:number|line|phone))?[ \t]+(?:is|on|at)"
    r"|(?-i:[A-Z])[\w-]*'s[ \t]+(?:main|general|office|front[ \t]+desk|toll[ -]?free)[ \t]+"
    r"(?:line|number)[ \t]+(?:is|on|at)"
    # a notice posted for everyone: "on the website or at 614-555-0100"
    r"|\bon[ \t]+(?:the|our)[ \t]+(?:website|web[ \t]+site|site|portal|app)[ \t]+or[ \t]+"
    r"(?:at|on|by[ \t]+(?:calling|phone))"
    r"|\bwe(?:'re| are)(?:[ \t]+(?:actually|just))?)[ \t:,]*\+?$",
    re.IGNORECASE,
)
# "we're 555-0147": the agent's business, but a customer saying it gives their household's
# number, which the cue above would leave visible (see ``customer_we_are_numbers``).
_WE_ARE_NUMBER = re.compile(
    r"\bwe(?:'re| are)(?:[ \t]+(?:actually|just))?[ \t:,]*(\+?\d(?:[ \t().-]*\d){6,14})(?!\d)",
    re.IGNORECASE,
)


def customer_we_are_numbers(text: str) -> list[tuple[int, int]]:
    """Numbers a customer gives as "we're …" (their household's line): the business-line
    cue keeps an agent's "okay, we're 555-0147" visible and must not keep these."""
    return [m.span(1) for m in _WE_ARE_NUMBER.finditer(text)]


# A customer's "our fax is …", "our office number is …": the caller's own business line
# (a provider office, a shop), often one person's; only the side answering the line gives
# the company's. For call_analyzer, which knows the speaker (see ``customer_own_lines``).
_OUR_LINE_NUMBER = re.compile(
    r"\bour[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:fax|line|number|phone)(?:[ \t]+(?:number|line|no\.?))?"
    r"(?:[ \t]+(?:is|at|on))?[ \t:,]*"
    r"(\(?[2-9]\d{2}\)?[ \t]*[-.,]?[ \t]*[2-9]\d{2}[ \t]*[-.,]?[ \t]*\d{4})(?!\d)",
    re.IGNORECASE,
)


def customer_own_lines(text: str) -> list[tuple[int, int]]:
    """Local numbers a customer gives as "our fax/office number is …": their office's, which
    the own-line guard (written for the agent) would keep visible; toll-free lines excluded."""
    return [
        m.span(1) for m in _OUR_LINE_NUMBER.finditer(text) if not _TOLL_FREE_BARE.match(m.group(1))
    ]


# The company's line given to ring, whatever its digits (the normaliser may mangle "eight
# hundred five …"): "for faster service call …", "our direct line is …", "our fax is …",
# "you can also reach the billing department at …".
_COMPANY_LINE_BEFORE = re.compile(
    r"\b(?:(?:faster|quicker|quick|better|priority)[ \t]+service[ \t,]+(?:please[ \t]+)?"
    r"(?:call|dial|ring)|our[ \t]+(?:(?:direct|main|toll[ -]?free)[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:fax|hotline|helpline)|our[ \t]+(?:direct|main|toll[ -]?free)[ \t]+(?:[a-z]+[ \t]+)?"
    r"line"
    # a line the company keeps for a purpose: "use our international line, …", "our claims
    # line is …" (not a household's: "our home line")
    r"|(?:use|try|call|ring|dial)[ \t]+our[ \t]+(?!(?:home|house|family|land|mobile|cell|"
    r"personal|private|own|old|other|second|shared)\b)[a-z-]+[ \t]+line"
    r"|our[ \t]+(?:international|overseas|claims|billing|sales|support|emergency|office|"
    r"front[ \t]+desk|scheduling|"
    r"after[ -]hours|out[ -]of[ -]hours|24[ -]hour|twenty[ -]four[ -]hour|customer[ \t]+"
    r"(?:service|care)|freephone|free)[ \t]+(?:phone[ \t]+)?(?:line|number)"
    r"|(?:department|team|desk|office|center|centre)"
    r"[ \t]+(?:at|on)"
    # a department's fax the agent gives: "the tax department fax is 702-…"
    r"|(?:the|our)[ \t]+(?:[a-z]+[ \t]+)?(?:department|office|team|company|billing|claims|"
    r"main)[ \t]+fax(?:[ \t]+(?:number|line|no\.?))?[ \t]+(?:is|at|on)"
    # the line to ring back on: "if you need us again, the number is …"
    r"|(?:need|reach|contact|call)[ \t]+us(?:[ \t]+(?:again|later|back|anytime|any[ \t]+time))?"
    r"[ \t,]+(?:the|our)[ \t]+(?:[a-z]+[ \t]+)?(?:number|line)"
    # where to send a document: "you can email it … or fax it to …" (not "fax it to my office")
    r"|(?:you[ \t]+can|or|please|just)[ \t]+fax[ \t]+(?:it|them|that|this|those|a[ \t]+copy|"
    r"the[ \t]+[a-z]+)[ \t]+(?:over[ \t]+)?to(?![ \t]+(?:me|my|us|him|her)\b)"
    # a document sent to a fax the agent names: "please send the authorization to fax …"
    r"|(?:send|sending|sent|fax|return|submit|mail)[ \t]+(?:it|them|that|this|those|"
    r"the(?:[ \t]+[a-z]+){1,2}|a[ \t]+copy)[ \t]+(?:over[ \t]+)?to[ \t]+(?:our[ \t]+|the[ \t]+)?fax"
    r"(?:[ \t]+(?:number|line))?)"
    r"\b(?:[ \t]+(?:is|at|on))?[ \t:,]*(?:(?:uh|um|er|so)[ \t,]+)?\+?$",
    re.IGNORECASE,
)
# A caller giving their own line: "reach me at the office at …", "my team at …".
_CALLER_OWN = re.compile(r"\b(?:me|my|i'm|im|i am|mine)\b[^.?!]*$", re.IGNORECASE)
# What follows a company's line: "… and press 4", "… we're open until 6".
_COMPANY_LINE_AFTER = re.compile(
    r"[ \t,.]*(?:(?:and|then)[ \t]+)?(?:press|option)\b|[ \t,.]*we(?:'re| are)[ \t]+open\b"
    # a fax named as the business's after it: "617-…, that's our department fax"
    r"|[ \t,.]*(?:that's|that[ \t]+is|it's)[ \t]+(?:our|the)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:department|office|team|company|billing|claims|main)[ \t]+fax\b",
    re.IGNORECASE,
)
# The caller noting down the line the agent just gave: "okay let me write that down 1 800 …"
# (a toll-free code: "8XX", or "18XX" as "one eight hundred …" comes out).
_WRITE_DOWN_BEFORE = re.compile(
    r"\b(?:write|jot|note|take)[ \t]+(?:[a-z]+[ \t]+)?(?:that|this|it)[ \t]+(?:[a-z]+[ \t]+)?"
    r"down\b[^.?!\d]{0,12}[.:]?[ \t]*$",
    re.IGNORECASE,
)


# A company's menu line the caller rang and chose from: "I tried the 1-866-910-4000 line
# earlier and pressed 3", "called the eight double zero … number and hit two" (a phone
# menu answers a business's line, never a household's).
_IVR_LINE_AFTER = re.compile(
    r"[ \t]+(?:(?:main|support|help|customer[ \t]+service|toll[ -]?free|phone)[ \t]+)?"
    r"(?:line|number|hotline|helpline)\b[^.?!]{0,40}?\b(?:pressed|press|hit|chose|selected|"
    r"picked|punched(?:[ \t]+in)?)[ \t]+(?:option[ \t]+)?(?:\d|one|two|three|four|five|six|"
    r"seven|eight|nine|zero|pound|star|the[ \t]+\w+[ \t]+option)\b",
    re.IGNORECASE,
)


def is_menu_line(text: str, end: int) -> bool:
    """True for a number followed by "line … and pressed 3": a company's phone menu."""
    return bool(_IVR_LINE_AFTER.match(text, end))


# A caller asking the company to send them a document: "can you fax the statement? Our fax
# is …" (then "our fax" is the caller's office, not the company's).
_ASKED_TO_SEND_US = re.compile(
    r"\b(?:can|could|would|will)[ \t]+you[ \t]+(?:please[ \t]+)?(?:fax|send|mail|email)"
    r"(?:[ \t]+(?:me|us|over))?[ \t]+(?:the|a|that|this|my|our|those|them|it)\b"
    r"(?![^.?!]*\bback\b)(?:[ \t]+[a-z-]+){0,2}?[ \t]*(?:statements?|invoices?|receipts?|"
    r"records?|bills?|letters?|reports?|copy|copies|confirmation|summary|quote|estimate|it|"
    r"them|that|this)\b[^.?!]{0,20}[.?!]?[ \t]*$",
    re.IGNORECASE,
)


def _caller_asked_to_be_sent(text: str, cue_start: int) -> bool:
    """True where "our fax" follows the caller asking the company to fax them a document."""
    return bool(_ASKED_TO_SEND_US.search(text, max(0, cue_start - 80), cue_start))


# A document addressed to someone at the fax just given: "our fax is 301 572 0665,
# attention Dana Ruiz" (the speaker's office receives it: the caller's, often a person's).
_FOR_ATTENTION_AFTER = re.compile(
    r"[ \t]*[,.;:-]?[ \t]*(?:and[ \t]+)?(?:attention|attn\b\.?|att:|(?:to|for)[ \t]+the[ \t]+"
    r"attention[ \t]+of|care[ \t]+of|c/o|(?:mark|address)(?:ed)?[ \t]+(?:it[ \t]+)?"
    r"(?:to|for)(?:[ \t]+the[ \t]+attention[ \t]+of)?)",
    re.IGNORECASE,
)


def _addressed_to_someone(text: str, start: int, end: int) -> bool:
    """A local (not toll-free) number followed by "attention …": the office receiving the
    fax is the speaker's own, as a caller gives it; a company's toll-free fax stays readable."""
    return not _TOLL_FREE_BARE.match(text[start:end].strip()) and bool(
        _FOR_ATTENTION_AFTER.match(text, end)
    )


def is_company_line(text: str, start: int, end: int) -> bool:
    """True for a number given as the company's own line to ring: "for faster service call
    …", "our fax is …", "… and press 3", and the caller writing a toll-free one down."""
    before = _COMPANY_LINE_BEFORE.search(text, max(0, start - 60), start)
    if (
        before
        and not _CALLER_OWN.search(text, max(0, before.start() - 40), before.start())
        and not _caller_asked_to_be_sent(text, before.start())
        and not _addressed_to_someone(text, start, end)
    ):
        return True
    if _COMPANY_LINE_AFTER.match(text, end) or is_menu_line(text, end):
        return True
    digits = "".join(c for c in text[start:end] if c.isdigit())
    return bool(_WRITTEN_DOWN_TOLL_FREE.fullmatch(digits)) and bool(
        _WRITE_DOWN_BEFORE.search(text, max(0, start - 40), start) or _read_back(text, start, end)
    )


# A line read back and acknowledged, the whole turn: "800 827 0648 okay", "got it, 877 …".
_READ_BACK_BEFORE = re.compile(
    r"^[ \t]*(?:(?:okay|ok|so|got[ \t]+it|alright|all[ \t]+right)[ \t]*[,.]?[ \t]*)*$",
    re.IGNORECASE,
)
_READ_BACK_AFTER = re.compile(
    r"[ \t]*[,.]?[ \t]*(?:okay|ok|got[ \t]+it|thanks|thank[ \t]+you|alright|all[ \t]+right|"
    r"perfect|great)?[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE,
)


def _read_back(text: str, start: int, end: int) -> bool:
    """A toll-free line said alone in a turn, as a caller repeats the one the agent gave
    (a number asked for is the conversation's to judge, whatever this says)."""
    before, after = _READ_BACK_BEFORE.match(text[:start]), _READ_BACK_AFTER.match(text, end)
    # (some word said with it, "800 555 0100 thanks"; a bare number alone, "855.915.2464",
    # answers a question: the caller's own line)
    return bool(before and after) and bool(_A_WORD.search(before.group() + after.group()))


_A_WORD = re.compile(r"[a-z]", re.IGNORECASE)


# A toll-free number's digits, or "eight hundred …" that lost a zero on the way ("eight
# hundred seven fifty nine …" comes out 807597362: nine digits are no one's full number).
_WRITTEN_DOWN_TOLL_FREE = re.compile(r"1?8(?:00|33|44|55|66|77|88)\d{7}|1?80\d{7}")


# The caller asking to be rung back once there is news: "call us at 757-555-0121 when you
# hear", "… once you know", "… with any update" (a company's line is rung by the caller when
# the caller hears from someone: "when you hear back from your doctor").
_CALLBACK_AFTER = re.compile(
    r"[ \t,]*(?:(?:when|once|as[ \t]+soon[ \t]+as|if)[ \t]+(?:you|y'all)[ \t]+"
    r"(?:hear(?![ \t]+(?:back[ \t]+)?from)(?:[ \t]+(?:anything|something|back))?"
    r"|know|find[ \t]+out)"
    r"|with[ \t]+(?:any|the|an)[ \t]+(?:news|update|answer|results?))\b",
    re.IGNORECASE,
)


_TOLL_FREE_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def _callback_asked(text: str, start: int, end: int) -> bool:
    """A local number the caller asks to be rung back on, not a toll-free line."""
    digits = "".join(c for c in text[start:end] if c.isdigit())
    toll_free = is_toll_free(digits) or digits[-10:-7] in _TOLL_FREE_CODES
    return not toll_free and bool(_CALLBACK_AFTER.match(text, end))


# Someone else's toll-free line the caller reports: "it was 888-555-0177. They said they
# were from the grant department", "the scam call came from 877 …" (no household has a
# toll-free line, so one said with another party is that party's).
_OTHERS_LINE_CUE = re.compile(
    r"\b(?:they|them|their|scam\w*|fraud\w*|spam|spoof\w*|robocall\w*|caller[ \t]+id|"
    r"(?:called|texted|calling|texting)[ \t]+me|claim(?:ed|ing)|pretend\w*|impersonat\w*)\b",
    re.IGNORECASE,
)
_MY_LINE_BEFORE = re.compile(
    r"\b(?:my|mine|me[ \t]+at|i'm[ \t]+at|reach[ \t]+me)\b[^.?!]*$", re.IGNORECASE
)


def _others_toll_free(text: str, start: int, end: int) -> bool:
    """A toll-free number (without its 1) said with another party, a scam caller or an
    office, and not as the caller's own: theirs, not the caller's."""
    if not _TOLL_FREE_BARE.match(text[start:end].strip()):
        return False
    if _MY_LINE_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(_OTHERS_LINE_CUE.search(text, max(0, start - 80), min(len(text), end + 80)))


def is_own_line(text: str, start: int, end: int) -> bool:
    """True for a toll-free number the company gives as its own without the leading 1: "if
    you need anything else, our number is 877 555 0143", "call us at (800) 555-0171"; and
    any number given as a business's line to ring ("ring the payments line 01273 …")."""
    business = _BUSINESS_LINE_BEFORE.search(text, max(0, start - 50), start)
    if (
        business
        and not _CALLER_OWN.search(text, max(0, business.start() - 40), business.start())
        and not _callback_asked(text, start, end)
    ):
        return True
    if is_company_line(text, start, end) or _others_toll_free(text, start, end):
        return True
    code = _TOLL_FREE_CODE_BEFORE.search(text, max(0, start - 12), start)
    if code:
        start = code.start()  # the rest of the number after its code: "(800) " + "555-0171"
    # (its extension aside: "our fraud line at 888 555 0109 extension 161")
    number = _EXTENSION_TAIL.sub("", text[start:end].strip())
    return (
        bool(_TOLL_FREE_BARE.match(number))
        and bool(_OWN_LINE_BEFORE.search(text, max(0, start - 60), start))
        or is_greeting_toll_free(text, start, end)
    )


# Numbers drawn in a game, read out in a row: "the winning numbers were 51, 16, 47 …".
_DRAWN_BEFORE = re.compile(
    r"\b(?:winning|lottery|lotto|powerball|mega[ \t]*millions|lucky|bingo|keno|draw(?:n)?)"
    r"[ \t]+(?:numbers?|picks?|balls?)(?:[ \t]+(?:were|are|was|is|tonight|today))?[ \t:,]*$",
    re.IGNORECASE,
)


def is_drawn_numbers(text: str, start: int) -> bool:
    """True for numbers a game drew ("the winning numbers were …"): no one's phone or id,
    though six two-digit numbers in a row have a phone's length."""
    return bool(_DRAWN_BEFORE.search(text, max(0, start - 50), start))


_HEARD_TO = re.compile(r"\b(?:to|too)\b", re.IGNORECASE)


def _two_heard_as_to(value: str) -> bool:
    """Groups with "to" between them make a NANP number when each "to" is the digit 2: ten
    digits, or eleven with the leading 1 (a range, "call 9 to 5", falls short)."""
    digits = sum(c.isdigit() for c in value) + len(_HEARD_TO.findall(value))
    return digits == 10 and value[0] in "23456789" or digits == 11 and value[0] == "1"


def after_toll_free_prefix(before: str) -> bool:
    """True when ``before`` ends with a toll-free prefix: "1 (888) " + "470-3499"."""
    return bool(_AFTER_TOLL_FREE_PREFIX.search(before))


# The words between a local number and its area code said after it.
_AREA_CODE_AFTER = (
    r"[ \t]*[,;.]?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?"
    r"area[ \t]+code(?:[ \t]+(?:is|was|of))?[ \t:,]*"
)
# A phone read in pieces around its last four, as an agent checks which number is on file:
# "it ends in 1372, and it starts with 967, and the middle is 735", "ending 8858, area
# code 453, then 844", "first three are 112, then 312686". Each three-digit piece is
# named by the word before it; "starts with" and "the middle" only count beside another
# piece's word (not "the plan starts with 500 minutes"), and so does an area code (alone,
# "the area code is 612", it names a region).
_PIECE_AREA_CODE = r"\barea[ \t]+code(?:[ \t]+(?:is|was|of))?[ \t:,]*"
_PIECE_FIRST_THREE = (
    r"\bfirst[ \t]+(?:three|3)(?:[ \t]+(?:digits|numbers))?(?:[ \t]+(?:are|is|were))?[ \t:,]*"
)
_PIECE_STARTS = r"\b(?:starts?|starting|begins?|beginning)[ \t]+with[ \t:,]*"
_PIECE_MIDDLE = (
    r"\bmiddle(?:[ \t]+(?:three|3|part|one|bit|digits))?(?:[ \t]+(?:is|are|was))?[ \t:,]*"
)
# another piece's word somewhere in the turn
_PIECE_BESIDE = (
    r"(?:\b(?:ends?|ending|last[ \t]+(?:four|4)|area[ \t]+code|middle)\b|\bthen[ \t,]+\d)"
)
# the three digits of a piece, not an amount, a count or a time
_PIECE = (
    r"(?<![\d$.,])\d{3}(?![\d:])(?![.,]\d)(?![ \t-]*(?:dollars?|bucks|cents?|percent|%|"
    r"minutes?|hours?|days?|months?|years?|miles?|points?|am|pm|a\.m\.|p\.m\.|each)\b)"
)
_NAMED_PIECE = (
    rf"(?:(?<={_PIECE_BESIDE}[^\n]*){_PIECE_AREA_CODE}(?!\(?8(?:00|33|44|55|66|77|88)\b)"
    rf"|{_PIECE_AREA_CODE}(?=\d{{3}}[^\n]*{_PIECE_BESIDE})|{_PIECE_FIRST_THREE}"
    rf"|(?<={_PIECE_BESIDE}[^\n]*){_PIECE_STARTS}"
    rf"|{_PIECE_STARTS}(?=\d{{3}}[^\n]*{_PIECE_BESIDE})"
    rf"|(?<={_PIECE_BESIDE}[^\n]*){_PIECE_MIDDLE})"
)
# "…, then 844": the next piece straight after a named one
_THEN_PIECE = (
    rf"{_NAMED_PIECE}{_PIECE}[ \t]*(?:\.{{2,3}}|…)?[ \t]*,?[ \t]*(?:and[ \t]+)?then[ \t:,]+"
)

# A phone's first six digits read back before its last four: "sorry was that 773555 and the
# last four", "was that 303555 and then" (the last four come after: the six are its head).
_FIRST_SIX_BEFORE_LAST_FOUR = (
    r"(?<![\d$.,])\d{3}[ \t.-]?\d{3}(?![\d:])(?![.,]\d)"
    r"(?=[ \t]*,?[ \t]*(?:and|then)(?:[ \t]+then)?"
    r"(?:[ \t]+(?:the[ \t]+)?(?:last[ \t]+(?:four|4)|rest)\b|[ \t]*[.?!…]*[ \t]*$))"
)

# A number's last digits corrected after a wrong read-back, the whole reply: "no it's 22 at
# the end", "NO TWO FOUR AT THE END", "nope, 7 at the end" (not "at the end of the month").
_CORRECTED_ENDING = (
    r"(?<=^[ \t]*(?:no|nope|nah|not quite|actually|sorry)[ \t]*[,.!]?[ \t]*"
    r"(?:(?:it's|its|it[ \t]+is|that's|thats)[ \t]+)?)"
    r"(?<![\d$.,])\d(?:[ \t]?\d){0,3}(?![\d:])(?![.,]\d)"
    r"(?=[ \t]*,?[ \t]*at[ \t]+the[ \t]+end[ \t]*[.!]?[ \t]*$)"
)

# (French "poste", as Quebec lines give it: "514 555 0182 poste 23")
_EXTENSION = r"(?:[ \t]*(?:x|ext\.?|extension|poste)[ \t]*\d{1,5})?"


class SpokenPhoneRecognizer(SpokenPatternRecognizer):
    """NANP numbers (NXX-NXX-XXXX): "(555) 123-4567", "5551234567", "555, 123, 4567"."""

    ENTITY = "PHONE_NUMBER"
    NEEDS_DIGITS = True
    PATTERNS = (
        SpokenPattern("first_six_before_last_four", _FIRST_SIX_BEFORE_LAST_FOUR, 0.5),
        SpokenPattern("corrected_ending", _CORRECTED_ENDING, 0.5),
        # NANP: area code and exchange start 2-9 (ASR often renders 1-800 numbers too).
        SpokenPattern(
            "nanp",
            # "+1", and "plus 1" as said aloud
            # ("the old one, 614 …": "one" the pronoun is no country code)
            rf"(?<![\d])(?:(?<!\b(?:the|old|new|other|same|that|this|another|last|first|"
            rf"right|wrong|good|only|which)[ \t]+)(?:(?:\+|\bplus[ \t]+)?1|001){_SEP})?"
            rf"\(?[2-9]\d{{2}}\)?{_SEP_PAUSE}[2-9]\d{{2}}{_SEP}\d{{4}}"
            rf"{_EXTENSION}(?![\d])",
            0.5,
        ),
        # Written 3-3-4 groups with any digits: fictional and test numbers ("555-123-4567")
        # break the NANP rules but are still written as phone numbers.
        SpokenPattern(
            "grouped",
            rf"(?<![\d-])(?:(?:\+?1|001)[-. ])?(?:\(\d{{3}}\)[ \t]?|\d{{3}}[-.])\d{{3}}[-.]\d{{4}}"
            rf"{_EXTENSION}(?![\d-])",
            0.5,
        ),
        # Seven digits "555-1234": local numbers, weak without context.
        # (not the tail of a toll-free line: "1 800 305-9019")
        SpokenPattern(
            "local",
            r"(?<![\d-])(?<!\b8(?:00|33|44|55|66|77|88)\)?[ \t.]*)"
            r"[2-9]\d{2}[ \t]*-[ \t]*\d{4}(?![\d-])",
            0.3,
        ),
        # "+44 7700 900123", and "plus four four seven seven …" as said aloud
        SpokenPattern(
            "international",
            r"(?<![\d])(?:\+|\bplus[ \t]+)\d{1,3}[ \t]?(?:\d[ \t.-]?){6,13}\d(?![\d])",
            0.5,
        ),
        # The country code and first digits of a number read in pieces, where the turn ends:
        # "my mobile number is plus 4 4 7 7", "it's +61 4" (the rest comes in the next turn).
        SpokenPattern(
            "international_first_piece",
            # (or a reply's start: "Sure, +91 62776", "yeah plus 3 5 3")
            r"(?<=(?:\b(?:number|mobile|phone|cell|whatsapp|it's|its|is)[ \t:,]{1,3}"
            r"|^[ \t]*(?:(?:sure|yes|yeah|yep|ok|okay|so|um|uh|right|alright)[ \t]*[,.]?[ \t]*)*))"
            r"(?:\+|\bplus[ \t]+)\d{1,3}(?:[ \t]?\d){1,5}(?=[ \t]*[.,!?…-]*[ \t]*$)",
            0.4,
        ),
        # A number read in digits with "two" heard as "to" between its groups, after the
        # caller names a line: "my number is two one five three one to ninety four sixty
        # three" (21531 to 9463); only ten digits, "to" counted as one (_two_heard_as_to).
        SpokenPattern(
            "two_heard_as_to",
            r"(?<=\b(?:number|phone|cell|mobile|line)(?:[ \t]+(?:is|was|at))?[ \t:,]+"
            r"|\b(?:text|call|reach|ring)[ \t]+me[ \t]+(?:back[ \t]+)?(?:at|on)[ \t]+)"
            r"(?<![\d$.,])\d{2,8}(?:[ \t]+(?:to|too)[ \t]+\d{1,8}){1,2}(?![\d:])(?![.,]\d)",
            0.5,
        ),
        # Australian numbers: a landline with its area code (02, 03, 07, 08), in brackets
        # or not, "(03) 9486 2217", "08 6150 4432"; a mobile "0412 558 907".
        SpokenPattern(
            "australian",
            r"(?<![\d+(-])(?:\(0[2378]\)[ \t]?|0[2378][ \t-])\d{4}[ \t-]?\d{4}(?![\d-])"
            r"|(?<![\d+-])04\d{2}[ \t-]?\d{3}[ \t-]?\d{3}(?![\d-])",
            0.5,
        ),
        # A trunk area code in brackets, as New Zealand, Ireland and the UK write it: "(09)
        # 378 5512", "(01) 234 5678", "(020) 7946 0958", "(0161) 496 0000" (never NANP).
        SpokenPattern(
            "bracketed_trunk_code",
            r"(?<![\d+(-])\(0\d{1,3}\)[ \t]?\d{3,4}[ \t-]?\d{3,4}(?![\d-])",
            0.5,
        ),
        # A local number with its area code said after it: "555-0164, area code 808" (two
        # spans, the words between them stay visible).
        SpokenPattern(
            "local_then_area_code",
            rf"(?<![\d-])[2-9]\d{{2}}{_SEP}\d{{4}}(?={_AREA_CODE_AFTER}[2-9]\d{{2}}(?![\d]))",
            0.5,
        ),
        SpokenPattern(
            "area_code_after_local",
            # (the local number may come glued or grouped otherwise: "5558810 62")
            rf"(?<=(?<![\d-])(?:[2-9]\d{{2}}{_SEP}\d{{4}}|\d(?:[ \t.-]?\d){{6,9}})"
            rf"{_AREA_CODE_AFTER})[2-9]\d{{2}}(?![\d])",
            0.5,
        ),
        # The area code first, then the number: "area code 808, 555-0164".
        SpokenPattern(
            "area_code_then_local",
            rf"(?<=\barea[ \t]+code(?:[ \t]+(?:is|was))?[ \t:,]*)[2-9]\d{{2}}[ \t]*[,;.]?[ \t]*"
            rf"(?:(?:and[ \t]+)?(?:then[ \t]+)?(?:the[ \t]+)?(?:number|rest)[ \t]+(?:is[ \t]+)?)?"
            rf"[2-9]\d{{2}}{_SEP}\d{{4}}(?![\d])",
            0.5,
        ),
        # A phone named by its last digits, as an agent checks where a text or a call will
        # go: "a text to the number ending 219", "your mobile ending in 4471" (a card's or an
        # account's ending is theirs: "the card ending 4431" is not matched).
        CuedPattern(
            "number_ending",
            r"(?<=\b(?:(?:phone|mobile|cell|cellphone|home|contact|callback|landline)"
            r"(?:[ \t]+(?:number|phone|line))?|(?:the|your|that|this)[ \t]+number"
            # (a number named first, then "the one ending": "best number still the one
            # ending in 022")
            r"|\bnumber\b[^.?!\d]{0,30}?\b(?:the|that)[ \t]+(?:1|one))"
            r"[ \t]+(?:that[ \t]+)?(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t,:]+)"
            r"(?<![\d$.,])\d(?:[ \t]?-?[ \t]?\d){1,3}(?![\d.,]\d)(?![ \t]*(?:dollars?|percent|%))",
            0.6,
            cue=r"\b(?:ending|ends)\b",
        ),
        # A three-digit piece of a phone read in pieces (see ``_NAMED_PIECE``).
        CuedPattern(
            "named_piece",
            rf"(?<={_NAMED_PIECE}){_PIECE}",
            0.5,
            cue=r"\b(?:area[ \t]+code|first[ \t]+(?:three|3)|starts?|starting|begins?|"
            r"beginning|middle)\b",
        ),
        # A phone's first piece said last after the caller names the number as theirs, the
        # rest in the next turn: "it's the same number I've had for twenty years, 755",
        # "my cell number, 412" (not a count: "the same number of people, 300").
        CuedPattern(
            "own_number_first_piece",
            r"(?<=\b(?:same|usual|old|regular|my|cell|mobile|home|callback)[ \t]+"
            r"(?:(?:phone|cell|mobile|home)[ \t]+)?number\b(?![ \t]+(?:of|as)\b)"
            r"[^.?!$]{0,45}[,:][ \t]*)"
            r"[2-9]\d{2}(?=[ \t]*[.,]?[ \t]*$)",
            0.5,
            cue=r"\bnumber\b",
        ),
        CuedPattern(
            "then_piece",
            rf"(?<={_THEN_PIECE}){_PIECE}",
            0.5,
            cue=r"\bthen\b",
        ),
    )

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """ "1-800-555-0100": a toll-free number (NANP 8XX service code) dialled with its
        1 is a business line, never a person's."""
        return is_toll_free(pattern_text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Numbers, less a toll-free line the company gives as its own."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if not is_own_line(text, r.start, r.end)
            and not is_drawn_numbers(text, r.start)
            and (
                r.recognition_metadata.get("pattern_name") != "two_heard_as_to"
                or _two_heard_as_to(text[r.start : r.end])
            )
        ]

    CONTEXT = (
        "phone",
        "number",
        "call",
        "cell",
        "mobile",
        "reach",
        "callback",
        "text",
        "telephone",
    )
