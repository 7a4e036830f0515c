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

from recognizers.answers import (
    BACKCHANNEL,
    DIGIT_RANGES,
    DIGIT_RUN,
    EXPIRY_MONTH_ALONE,
    EXPIRY_YEAR_ALONE,
    FREE_TEXT_WORDS,
    MATCHED_READ_BACK,
    NOTED_VALUE,
    PIECE_ENTITIES,
    PLACED_DIGIT,
    answer_spans,
    digit_runs,
    is_backchannel,
    recaps_piece,
    set_value_span,
    spelled_confirmation,
    town_check,
    words,
)
from recognizers.questions import ASKS, QUESTION_RULES, SENTENCE, question_type, question_types
from recognizers.spoken_normalizer import ORDINALS, is_shouting

_I = re.IGNORECASE
_DIGIT = re.compile(r"\d")
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
        and len(words(text)) <= 7
        and not _DIGIT.search(text)
        and question_type(text) is None
    )


# The asker checking a value: "February 21, 2002, correct?", "I have 07/2028. Is that right?"
_CHECK = re.compile(
    r"\b(?:correct|right|is that (?:right|correct|it)|did i get (?:that|it)|yes)\s*\??\s*$"
    r"|\?\s*$|\bis that (?:right|correct)\b"
    # a choice between two readings, "?" lost by the transcriber: "is that january
    # twelfth or november twelfth", "was it 1 5 or 1 9"
    r"|^\W*(?:(?:so|and|okay|ok|sorry)[\s,]+)?(?:is|was) (?:that|it|this) .+\bor\b",
    _I,
)


def _checks_value(entities: tuple[str, ...], text: str, said: str = "") -> bool:
    """The asker reading a number or a date of the pending type back to check it: the
    reply may correct it ("No, 2/20/02."). Once the other side has said digits, the value
    checked holds only them: "the loan was paid on August 14 … is that correct?" after a
    birth date of 7/22/1961 checks another date."""
    plain = _THOUSANDS_COMMA.sub("", text)  # "So that's 7,140, correct?"
    if not _CHECK.search(text):
        return False
    return any(
        _holds_said(plain[start:end], said)
        and _day_was_said(plain[start:end], said)
        and not (_DAY_ONLY.match(plain[start:end]) and _DUE_BEFORE.search(plain[:start]))
        for e in entities
        if e in _CHECKED_TYPES
        for start, end in answer_spans(e, plain)
    )


_DIGIT_GROUP = re.compile(r"\d+")
# A day of the month alone, no month or year: "the tenth", "the 1st".
_DAY_ONLY = re.compile(
    r"^\W*(?:the[ \t]+)?(?:(?P<num>[12]?\d|3[01])(?:st|nd|rd|th)|"
    r"(?:(?P<tens>twenty|thirty)[ -])?(?P<word>[a-z]+))\W*$",
    _I,
)


# A bill's or a plan's day, not the caller's: "a balance due on the tenth", "renews on the".
_DUE_BEFORE = re.compile(
    r"\b(?:due|payable|billed|charged|scheduled|renews?|resets?|closes?|posts?|drafts?|"
    r"deducted|debited|withdrawn)(?:[ \t]+(?:on|by))?[ \t]*$",
    _I,
)


def _day_was_said(value: str, said: str) -> bool:
    """A bare day ("the tenth") checks the pending date only when the other side said that
    day: "a balance due on the tenth" after a birth date of 1/24/1948 is another date (a
    day said in words, only the year in digits, is not known: any day may check it)."""
    m = _DAY_ONLY.match(value)
    days = [g for g in _DIGIT_GROUP.findall(said) if len(g) <= 2 and 1 <= int(g) <= 31]
    if not m or not days:
        return True
    if m.group("num"):
        day = int(m.group("num"))
    elif m.group("word").lower() in ORDINALS:
        day = ORDINALS[m.group("word").lower()] + {"twenty": 20, "thirty": 30}.get(
            (m.group("tens") or "").lower(), 0
        )
    else:
        return True
    return any(int(g) == day for g in days)


def _holds_said(value: str, said: str) -> bool:
    """Some digits of a value checked were said by the other side (nothing said yet:
    any); a month's number may stand for a month said as a word ("7/22" for "july 22nd"),
    and a misheard group is checked with the rest ("7/23/1961?" after "7/22/1961")."""
    if not said:
        return True
    heard = _DIGIT_GROUP.findall(said)
    joined = "".join(heard)
    groups = [g for g in _DIGIT_GROUP.findall(value) if not (len(g) <= 2 and 1 <= int(g) <= 12)]
    return not groups or any(
        g in heard
        or (len(g) == 2 and any(len(h) == 4 and h.endswith(g) for h in heard))  # "'58"
        or (len(g) >= 4 and g in joined)  # groups read back run together
        for g in groups
    )


_THOUSANDS_COMMA = re.compile(r"(?<=\b\d),(?=\d{3}\b)")
# The asker asking to hear the value again: "sorry august what", "say that again?"
_CLARIFY = re.compile(
    # (not a new question: "what's the amount?", "what is your zip?")
    r"^\W*(?:sorry|pardon|what(?!(?:'s|s|[ \t]+is|[ \t]+was)[ \t]+(?:the|your|a|an)\b)|"
    r"come again|say (?:that|it) again|one more time|repeat that)\b"
    # ("go ahead and try again", "log in again": the asker's verdict, no request)
    r"(?:\W+\w+){0,3}\W*$|\b(?:what|"
    r"(?<!\b(?:try|log[ \t]?in|sign[ \t]?in)(?:[ \t]+(?:it|that))?[ \t]+)again)\?*\s*$",
    _I,
)
# A longer request to hear it again: "sorry, you cut out there, could you repeat that?",
# "say that one more time", "i didn't catch that".
_REPEAT = re.compile(
    r"\b(?:(?:repeat|say) (?:that|it|the last (?:part|bit))"
    r"(?: (?:again|back|one more time|once more))?"
    r"|you (?:cut|broke|dropped) (?:out|up)|(?:didn't|did not|couldn't|could not|don't think i) "
    r"(?:quite )?(?:catch|hear|get) (?:that|it|you|all of that|the last)|one more time|"
    r"come again|you're breaking up|missed (?:that|the last))\b",
    _I,
)
# The asker hearing only part of a value over a bad line: "i only got part of that", "the
# line's really bad, one more time?"; the value is said again next, none of it is here.
_BAD_LINE = re.compile(
    r"\b(?:(?:got|caught|heard|missed) (?:only )?(?:part|some|half|bits) of (?:that|it|what)"
    r"|(?:the )?(?:line|connection)(?:'s| is) (?:really |very |so |pretty )?"
    r"(?:bad|terrible|awful|choppy|breaking up))\b",
    _I,
)
_REPEAT_MAX_WORDS = 14


def _asks_again(text: str) -> bool:
    """A short request to hear the value again: the next reply says it in full."""
    return bool(_REPEAT.search(text)) and len(words(text)) <= _REPEAT_MAX_WORDS


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
    runs = digit_runs(text)
    if any(_MONEY_AFTER.match(text, end) for _, end, _ in runs):
        return False  # "thanks that's 3150 charged": an amount
    return is_digit_chunk(text, max_digits=19) and sum(len(d) for _, _, d in runs) >= 2


def is_digit_chunk(text: str, max_digits: int = 6) -> bool:
    """A turn that is (almost) only a short group of digits: "4111", "okay 1111", "and 45"."""
    runs = digit_runs(text)
    if not runs or sum(len(d) for _, _, d in runs) > max_digits:
        return False
    rest = DIGIT_RUN.sub(" ", text)
    others = [w for w in words(rest) if not BACKCHANNEL.match(w)]
    return len(others) <= 3


def _adds_to_answer(
    pending: tuple[tuple[str, ...], str] | None,
    asked: tuple[str, ...],
    speaker: str,
    single: bool,
    text: str,
) -> bool:
    """A reply that names the pending type with its value, unasked: "apartment d" after
    the street of an address answered over turns is the rest of it, not a question."""
    return (
        bool(asked)
        and pending is not None
        and not single
        and speaker != pending[1]
        and set(asked) <= set(pending[0])
        and not ASKS.search(text)
        and bool(answer_spans(asked[0], text))
    )


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
    confirming = word_code = card_call = read_back = False
    last_reply = said = ""
    for i, (speaker, text) in enumerate(zip(speakers, texts, strict=True)):
        asked = question_types(text) or _whole_number_asked(texts, out, i)
        document_date = "CARD_EXPIRY" in asked and _document_expiry(texts, i)
        if document_date:
            # "and the new expiration date?" about the licence just read: no card's date
            asked = tuple(e for e in asked if e != "CARD_EXPIRY")
        if (
            asked
            and not single
            and len(words(text)) <= _SHORT_CHOICE_WORDS
            and not _STRONG_ASK.search(text)
            and _answers_other_side(speakers, texts, i)
        ):
            # "debit card please" after "card or bank account?": a choice, not a request
            asked = ()
        card_call = card_call or bool(_CARD_TALK.search(text))
        if not single and _reads_own_card(text):
            # "mastercard, fifty three hundred" after "how would you like to pay": the
            # card's brand, then its first group; more groups follow in later turns
            out[i] = ("CREDIT_CARD",)
            asker = next((s for s in reversed(speakers[:i]) if s != speaker), None)
            if asker is not None:
                pending, replies, answered, read_back = (("CREDIT_CARD",), asker), 1, False, False
                last_reply, word_code, confirming = text, False, False
                said = " ".join(_DIGIT_GROUP.findall(text))
            continue
        if (
            card_call
            and "CVV" not in asked
            and _BARE_CODE.search(text)
            # (asked with the card's other details: "expiration and code")
            and (
                ASKS.search(text)
                or {"CARD_EXPIRY", "CREDIT_CARD"} & set(asked)
                or _terse_code_prompt(pending, text)
            )
            and not _SENT_CODE.search(text)
            and not _states_code(pending, speaker, single, text)
        ):
            asked = (*asked, "CVV")  # "and the code?" once a card is being read
        if (
            asked
            and pending is not None
            and not answered
            and (speaker != pending[1] or single)
            and not (not set(asked) <= set(pending[0]) and _bare_request(pending[0], text))
            and (
                not ASKS.search(text)
                or set(asked) <= set(pending[0])
                or (asked == ("CVV",) and _states_code(pending, speaker, single, text))
            )
        ):
            # "wojciech w o j c i e c h, last name nowak": the other side names a type
            # while answering, it does not ask for one; "the one on the back, right?
            # it's 702" checks the question it answers.
            asked = ()
        if _adds_to_answer(pending, asked, speaker, single, text):
            asked = ()  # "it's 315" / "east main" / "apartment d": the unit, no question
        if (
            asked
            and pending is not None
            and speaker == pending[1]
            and not single
            and _reads_back_first(pending[0], asked, text, last_reply)
        ):
            out[i] = pending[0]  # "november twenty eight, and the code on the back?"
        if (
            pending is not None
            and not asked
            and (speaker == pending[1] or single)
            and _FOLLOW_UP.match(text)
        ):
            # "and yours?" after the patient's birth date: the same question, for another
            asked = pending[0]
        if pending is not None and not asked and confirming and _AFFIRMS.match(text):
            # "your locator is K7XQ2P, is that right?" / "yes, i'm on UA 1184": the value
            # was the asker's; the reply confirms it and says something else.
            pending = None
            continue
        if pending is not None and not asked:
            entities, asker = pending
            if speaker != asker or (single and not is_backchannel(text)):
                if not single and replies == 0 and _cannot_tell(entities, text):
                    # "what's my password?" / "i can't see it, it's encrypted": the asker
                    # will guess it; the question turns to them
                    pending = (entities, speaker)
                    continue
                if read_back and not _still_answers(text):
                    pending = None  # the value was read back and the talk moved on
                    continue
                read_back = False
                if answered and speakers[i - 1] == speaker and _new_statement(text, said):
                    # "last four 0963." / "the date of service shows 6 november 2026.": the
                    # answer was complete; the same speaker's next sentence is about
                    # something else
                    pending = None
                    continue
                if answered and _moves_on(text):
                    # "i called earlier around 4:45 and i was on hold …": the value was
                    # given; a long reply that corrects nothing is about something else
                    pending = None
                    continue
                out[i] = _word_passcode(entities, text) if word_code else entities
                last_reply = text
                said += " " + " ".join(_DIGIT_GROUP.findall(text))
                replies += 1
                answered = answered or _answers(out[i], text)
                if replies > 6:
                    pending = None
            elif _WRAPS_UP.search(text):
                # "all right. anything else?": the asker has moved on; the reply that
                # follows ("no, thanks") answers that, not the question still open
                pending = None
            elif _read_back(text) and (
                not {"DATE_OF_BIRTH", "CARD_EXPIRY"} & set(entities) or _holds_said(text, said)
            ):
                # ("which location, store 4922?" after a birth date reads nothing back)
                out[i] = entities  # the asker reading back: more groups or a correction next
                read_back = answered
            elif _DATE_PART.match(text) and {"DATE_OF_BIRTH", "CARD_EXPIRY"} & set(entities):
                # "and the year?" after a birth date said without it: the same question
                out[i] = entities
                answered = read_back = False
                replies = 0
            elif _BAD_LINE.search(text) and len(words(text)) <= _REPEAT_MAX_WORDS:
                # "sorry, i only got part of that": the value is said again, in full
                answered = read_back = False
                replies = 0
            elif (continues(text) and _free_text(entities)) or _holds(text) or _sets_rules(text):
                # "go ahead and type that", "one moment", "at least eight characters": the
                # value is still to come, and these words are none of it
                pass
            elif (
                is_backchannel(text)
                or continues(text)
                or _checks_value(entities, text, said)
                or _CLARIFY.search(text)
                or _asks_again(text)
            ):
                # the asker reading back, or asking for the rest ("sorry, was that
                # oceangarden2?" after "your passcode?": a word passcode, a PASSWORD)
                out[i] = _echo_types(entities, word_code, last_reply)
                if _asks_again(text):
                    answered = read_back = False  # "you cut out": said again in full next
            elif _echoes_free_answer(
                echoed := _echo_types(entities, word_code, last_reply), text, last_reply
            ):
                # "okay murcia?": the asker says the answer back (a word passcode too)
                out[i] = echoed
                read_back = answered
            elif _opens_with_read_back(entities, text):
                # "july 14th got it": the read-back, then the asker moves on; only a
                # correction answers it still ("no no, 76 at the end")
                out[i] = entities
                read_back = answered
            elif answered and _rejects_value(text):
                # "i'm afraid that doesn't match": the value failed; the next reply
                # is another try at the same question ("try 14/07/1975")
                # (the asker's own words are no value: "that's not what i have listed")
                out[i] = entities if _DIGIT.search(text) else ()
                answered = read_back = False
            elif answered and {"ADDRESS", "ZIP"} & set(entities) and town_check(text):
                # "088 simpson hills" / "is that davisshire?": the asker names the town,
                # a part of the address; the reply ("yes, 45964") may add the zip
                out[i] = ("CITY",)
                answered = read_back = False
            elif answered or len(words(text)) > 8:
                pending = None
            # else: "sure, take your time" while the answer is still to come
        if document_date and not asked:
            # "XR4402917, and the expiration?": the document's number is read back (above);
            # the date that answers next is neither it nor any other pending value
            pending = None
        if asked:
            asker = speaker
            if not single and _reads_screen(text):
                # "okay it says what was the name of your first pet": the caller reads the
                # question off a screen and answers it; the other side is the asker
                asker = _other_speaker(speakers, i)
            pending, replies, answered, read_back = (asked, asker), 0, False, False
            last_reply = said = ""
            word_code = "PIN" in asked and bool(_WORD_CODE_QUESTION.search(text))
            confirming = bool(_CONFIRMS.search(text)) and bool(answer_spans(asked[0], text))
    for i, text in enumerate(texts):
        if "CARD_EXPIRY" in out[i] and "CVV" not in out[i] and _CODE_IN_REPLY.search(text):
            out[i] = (*out[i], "CVV")  # "1 29, and the code is 8 8 0": the code offered too
    for i, entity in _checked_statements(speakers, texts):
        if not out[i]:
            out[i] = (entity,)
    for i, entity in _dangling_statements(speakers, texts):
        if not out[i]:
            out[i] = (entity,)
    for i in _new_password_turns(speakers, texts):
        if not out[i]:
            out[i] = ("PASSWORD",)
    for i in _new_pin_turns(texts):
        if not out[i]:
            out[i] = ("PIN",)
    for i in _password_said_back(speakers, texts):
        if not out[i]:
            out[i] = ("PASSWORD",)
    for i in _given_password_echoes(speakers, texts):
        if not out[i]:
            out[i] = ("PASSWORD",)
    for i in _letter_pieces(speakers, texts, out):
        out[i] = ("ACCOUNT_ID",)
    for i, entity in _recapped_pieces(texts, out):
        out[i] = (entity,)
    for i in cut_id_turns(texts):
        if "ACCOUNT_ID" not in out[i]:
            out[i] = (*out[i], "ACCOUNT_ID")
    return out


# How many turns back a recap may refer to the id question still being dictated.
_PIECE_LOOKBACK = 3


def _recapped_pieces(texts: Sequence[str], out: list[tuple[str, ...]]) -> list[tuple[int, str]]:
    """Turns that recap or resume an id read in pieces around side talk ("I've got 699
    so far", "after the 103 it's 153074"): they carry the label of the id asked just
    before, so the piece they name is that id."""
    found = []
    for i, text in enumerate(texts):
        if any(e in PIECE_ENTITIES for e in out[i]) or not recaps_piece(text):
            continue
        for j in range(i - 1, max(-1, i - 1 - _PIECE_LOOKBACK), -1):
            asked = [e for e in out[j] if e in PIECE_ENTITIES]
            if asked:
                found.append((i, asked[0]))
                break
    return found


# The asker closing the topic: "anything else?", "is there anything else I can help with?"
_WRAPS_UP = re.compile(r"\b(?:anything else|is there anything|what else can (?:i|we))\b", _I)


# An identity document whose expiry date an agent may ask for; a payment card named.
_DOCUMENT = re.compile(
    r"\b(?:licen[cs]e|passport|permit|state id|id card|green card|registration)\b", _I
)
_PAYMENT_CARD = re.compile(
    r"\b(?:credit|debit|visa|master ?card|amex|discover|"
    r"(?<!\b(?:id|green|insurance|library|member|membership|health|medicare)[ \t])card)\b",
    _I,
)
_DOCUMENT_LOOKBACK = 4


def _document_expiry(texts: Sequence[str], i: int) -> bool:
    """An expiry asked about an identity document named just before, in a call that has
    named no payment card so far: the document's date, not a card's."""
    return not any(_PAYMENT_CARD.search(t) for t in texts[: i + 1]) and any(
        _DOCUMENT.search(t) for t in texts[max(0, i - _DOCUMENT_LOOKBACK) : i + 1]
    )


# A request for a number named a turn or two before: "let me get the full number".
_WHOLE_NUMBER = re.compile(
    r"\b(?:the|your|that)[ \t]+(?:full|whole|entire|complete|correct|right|rest of the)[ \t]+"
    r"(?:number|digits)\b(?![ \t]+(?:of|for)[ \t]+(?:the|a|your|my)\b)",
    _I,
)
_WHOLE_NUMBER_LOOKBACK = 4


def _whole_number_asked(
    texts: Sequence[str], out: Sequence[tuple[str, ...]], i: int
) -> tuple[str, ...]:
    """The number a turn asks for by "the full number": the last number type named or
    answered in the turns just before it (a social's last four, then "the full number")."""
    if not _WHOLE_NUMBER.search(texts[i]):
        return ()
    for j in range(i - 1, max(-1, i - 1 - _WHOLE_NUMBER_LOOKBACK), -1):
        for entity in (*out[j], *question_types(texts[j])):
            if entity in DIGIT_RANGES and entity not in _PLACE_TYPES:
                return (entity,)
    return ()


# A password the other side gives ("your temporary password is Heron-4410"), and the
# reply saying it back ("heron dash 4410, got it").
_GIVEN_PASSWORD = re.compile(
    r"\b(?:password|passcode|pass code|passphrase|pass phrase)[ \t]+(?:(?:is|will be|would be|"
    r"is now|has been set to|was reset to|set to)[ \t]*:?[ \t]+)(?P<value>[^\s,;?]+)"
    # "the temporary one is going to be Pvcc!Temp4471"
    r"|\b(?:temporary|temp|new|one-time|one time)[ \t]+(?:one|1|password|passcode)[ \t]+"
    r"(?:is going to be|'s going to be|is gonna be|will be|would be|is)[ \t]*:?[ \t]+"
    r"(?P<value>[^\s,;?]*[^\s,;?.])",
    _I,
)
# A symbol said as a word when a password is spelled back: "PVCC, exclamation, Temp".
_SAID_SYMBOL = re.compile(
    r"\b(?:exclamation(?: (?:point|mark))?|at sign|hash(?: ?tag)?|pound(?: sign)?|"
    r"dollar(?: sign)?|percent(?: sign)?|ampersand|asterisk|star|underscore|dash|hyphen|"
    r"dot|period)\b|[^\w]",
    _I,
)
_GIVEN_ECHO_MAX_WORDS = 8
_SPELLED_ECHO_MAX_WORDS = 14


def _given_password_echoes(speakers: Sequence[str], texts: Sequence[str]) -> list[int]:
    """Turns that say back a password the other side just gave."""
    out = []
    for i in range(1, len(texts)):
        if speakers[i] == speakers[i - 1] or len(words(texts[i])) > _SPELLED_ECHO_MAX_WORDS:
            continue
        heard = {w.lower() for w in words(texts[i])}
        spelled = _SAID_SYMBOL.sub("", texts[i]).lower()
        for m in _GIVEN_PASSWORD.finditer(texts[i - 1]):
            pieces = [w.lower() for w in words(m.group("value"))]
            if (
                pieces
                and any(c.isdigit() for c in m.group("value"))
                and (
                    (all(p in heard for p in pieces) and len(heard) <= _GIVEN_ECHO_MAX_WORDS)
                    # spelled back, the symbols said as words: "PVCC, exclamation, Temp, 4471"
                    or _SAID_SYMBOL.sub("", m.group("value")).lower() in spelled
                )
            ):
                out.append(i)
                break
    return out


def _password_said_back(speakers: Sequence[str], texts: Sequence[str]) -> list[int]:
    """Turns that open by saying back the password the other side just chose or said
    ("let's make it blue heron" / "blue heron noted"): its first word and its digits were
    in the reply before, with password talk in the turns before that."""
    out = []
    last_talk = None
    for i, text in enumerate(texts):
        if (
            i
            and last_talk is not None
            and i - last_talk <= _PASSWORD_TALK_TURNS
            and speakers[i] != speakers[i - 1]
            and (m := NOTED_VALUE.match(text))
        ):
            said = [w.lower() for w in words(m.group("value"))]
            before = {w.lower() for w in words(texts[i - 1])}
            if (
                said
                and said[0] not in _NOT_VALUE_WORDS
                and said[0] in before
                and all(w in before for w in said if any(c.isdigit() for c in w))
            ):
                out.append(i)
        if _PASSWORD_TALK.search(text):
            last_talk = i
    return out


_NOT_VALUE_WORDS = frozenset(
    {"i", "it", "it's", "that", "that's", "this", "yes", "yeah", "no", "the", "a", "you", "we",
     "and", "one", "your", "my", "thanks", "thank", "sure", "okay", "ok", "so", "all"}
)  # fmt: skip


# PIN talk in the last few turns, then a speaker sets the new one: "can i just set it to
# 7134 now", "change it to 5 5 2 0 please", "make the new one 0417".
_PIN_TALK = re.compile(r"\b(?:pin|p i n)\b", _I)
_PIN_TALK_TURNS = 4
_SET_PIN = re.compile(
    r"\b(?:set|change|switch|reset|update|make)[ \t]+(?:it|that|mine|my pin|the pin|"
    r"the new (?:one|1|pin)|my new (?:one|1|pin))[ \t]+(?:(?:to|as|be)[ \t]+)?"
    # (the normaliser may write "seventy one thirty four" as "71.34")
    r"(?:(?:um|uh)[ \t,]+)?(?:\d{4,8}|\d\d\.\d\d)(?![\d:.,%])"
    r"(?![ \t]*(?:dollars?|bucks|pounds?|euros?|a\.?m|p\.?m|o'?clock|percent|times?|days?|"
    r"minutes?|hours?)\b)",
    _I,
)


def _new_pin_turns(texts: Sequence[str]) -> list[int]:
    out = []
    last_talk = None
    for i, text in enumerate(texts):
        if last_talk is not None and i - last_talk <= _PIN_TALK_TURNS and _SET_PIN.search(text):
            out.append(i)
        if _PIN_TALK.search(text):
            last_talk = i
    return out


# Password talk in the last few turns, then a speaker sets the new one: "can i just tell
# you the new one, i want it to be sunflower 1974".
_PASSWORD_TALK = re.compile(
    r"\bpass ?(?:word|phrase|code)s?\b|\breset (?:link|email|code)\b|\blocked out\b|"
    # a word agreed for a pickup or a callback: "a code word he'll say at the gate"
    r"\b(?:code|safe|secret|memorable) ?words?\b",
    _I,
)
_PASSWORD_TALK_TURNS = 8
_DIGIT_OR_SYMBOL = re.compile(r"[\d!#$%&*@^~+=_]")


def _new_password_turns(speakers: Sequence[str], texts: Sequence[str]) -> list[int]:
    out = []
    last_talk = None
    for i, text in enumerate(texts):
        span = set_value_span(text)
        if span is not None and (
            (
                last_talk is not None
                and i - last_talk <= _PASSWORD_TALK_TURNS
                and not _offered_since(speakers, texts, last_talk, i, text[span[0] : span[1]])
            )
            # "and the new password can it be the same as the old one sunflower 19" (a
            # digit or a symbol in it: "the passcode … to make that change" sets nothing)
            or (
                _PASSWORD_TALK.search(text, 0, span[0])
                and _DIGIT_OR_SYMBOL.search(text, span[0], span[1])
            )
        ):
            out.append(i)
        if _PASSWORD_TALK.search(text):
            last_talk = i
    return out


def _offered_since(
    speakers: Sequence[str], texts: Sequence[str], talk: int, i: int, value: str
) -> bool:
    """The value chosen is one the other side named after the password talk: "Premium adds
    video verification …" / "let's do Premium" picks a plan; a new secret is said first."""
    said = [w.lower() for w in words(value)]
    return bool(said) and any(
        speakers[j] != speakers[i] and all(w in {v.lower() for v in words(texts[j])} for w in said)
        for j in range(talk + 1, i)
    )


# A reply longer than this, once the value was given, has moved on unless it corrects.
_MOVED_ON_WORDS = 10
_CORRECTS = re.compile(
    r"^\W*(?:no|nope|sorry|actually|wait|oops|hold on|hang on|correction|i mean|not quite|"
    r"that's wrong|that's not right|almost|close|except)\b",
    _I,
)


# The asker saying the value given failed: "i'm afraid that doesn't match", "that's not
# what we have on file", "hmm, that didn't go through", "no, that's incorrect".
_REJECTS = re.compile(
    r"\b(?:(?:that|it|this|those|these)(?:'s| is| was)?[ \t]+(?:still[ \t]+)?(?:doesn't|does not|"
    r"didn't|did not|don't|do not|won't|will not)[ \t]+(?:seem to[ \t]+)?(?:match|work|go through|"
    r"come up|check out|seem right|look right)"
    r"|(?:that|it|this)(?:'s| is| was)?[ \t]+(?:still[ \t]+)?(?:not|n't)[ \t]+(?:matching|"
    r"right|correct|coming up|working|going through|what (?:i|we)(?:'ve got| have)|"
    r"the (?:one|date|number) (?:i|we)(?:'ve got| have)|"
    # "i'm sorry, that's not what's on file"
    r"what(?:'s| is)[ \t]+(?:on file|in the system|on the account|listed))"
    # "hmm, not quite": the asker's short verdict on a wrong answer
    r"|^\W*(?:(?:hmm+|um+|uh+|oh|ah|no|sorry|i'm sorry)\W+)*not quite\b"
    r"|(?:that|it)(?:'s| is| was)[ \t]+(?:incorrect|wrong|invalid|a mismatch)"
    r"|(?:doesn't|does not|didn't|did not|don't|do not)[ \t]+match(?:es)?[ \t]+(?:what|our|the|my)"
    r"|(?:i'm|i am|we're|we are)[ \t]+not[ \t]+(?:seeing|finding|getting)[ \t]+(?:that|a match)"
    r"|(?:i|we|the system)[ \t]+(?:don't|do not|doesn't|does not)[ \t]+have[ \t]+that"
    r"|no match(?:es)?\b)",
    _I,
)
_REJECT_MAX_WORDS = 20


# The asker pausing to check the value: "i'm just going to put you on a brief hold".
_HOLDS = re.compile(
    r"^(?:[\w',]+[ \t]+){0,8}?(?:(?:put|place|pop)[ \t]+you[ \t]+on[ \t]+(?:a[ \t]+)?"
    r"(?:(?:brief|short|quick|very short)[ \t]+)?hold|bear[ \t]+with[ \t]+me|"
    r"(?:one|just a|give me a|gimme a)[ \t]+(?:moment|sec|second|minute)|"
    r"let[ \t]+me[ \t]+(?:check|look|verify|pull (?:that|it) up))\b[\s,.!]*"
    r"(?:(?:please|thanks|thank you|okay)[\s,.!]*)?$",
    _I,
)
_HOLD_MAX_WORDS = 14


def _holds(text: str) -> bool:
    """The asker asks for a moment to check the value, with no verdict yet: the reply
    after the check may still be another try at the same question."""
    return (
        len(words(text)) <= _HOLD_MAX_WORDS
        and not _DIGIT.search(text)
        and bool(_HOLDS.search(text))
    )


# A question read off a screen or a form: "it says what was the name of your first pet",
# "okay next one what street did you grow up on", "it wants a new password".
_READS_SCREEN = re.compile(
    r"^\W*(?:(?:okay|ok|so|um|uh|and|now|alright|all right|right|oh)\W+)*"
    # (after a short remark: "okay it worked it wants a new password")
    r"(?:(?!(?:you|your|i'll|we'll)\b)[\w']+\W+){0,4}?"
    r"(?:(?:it|the screen|the app|the site|the form|the page|the system)[ \t]+"
    r"(?:says|said|shows|reads|asks|wants|is asking|'s asking|is saying|'s saying)|"
    r"it's (?:asking|saying)|(?:the )?next (?:one|question)(?:[ \t]+(?:says|is))?)\b"
    # (the question itself follows, not a remark: "the system shows three wrong attempts")
    # ("it's asking me the security question what was …")
    r"(?=[ \t:,]+(?:(?:me|us)[ \t]+)?(?:for[ \t]+)?(?:the[ \t]+(?=security))?"
    r"(?:what|which|who|whose|where|when|how|your|a[ \t]+new|new|enter|"
    r"type|the[ \t]+name|name|mother's|mothers|favorite|favourite|first|security))",
    _I,
)
# Rules for a value the other side is about to choose: "make it at least eight
# characters with a number and a symbol".
_RULES = re.compile(
    r"\b(?:at least|minimum(?: of)?|no more than|up to)[ \t]+(?:\d+|[a-z]+)[ \t]+"
    r"(?:characters|chars|letters|digits)\b",
    _I,
)


def _reads_screen(text: str) -> bool:
    """A turn that reads out a question shown to the speaker, who will answer it."""
    return bool(_READS_SCREEN.match(text))


def _other_speaker(speakers: Sequence[str], i: int) -> str:
    """The nearest speaker other than the one of turn ``i`` (before it, else after)."""
    for s in (*reversed(speakers[:i]), *speakers[i + 1 :]):
        if s != speakers[i]:
            return s
    return speakers[i]


def _free_text(entities: tuple[str, ...]) -> bool:
    """A pending value in words (a password, an answer), which no prompt of the asker's
    can hold."""
    return any(e in FREE_TEXT_WORDS for e in entities)


# The side asked for a secret says it cannot see or tell it: "unfortunately i can't see
# it, it's encrypted", "we don't have access to passwords on our end".
_CANNOT_TELL = re.compile(
    r"\b(?:(?:can't|cannot|can not|couldn't|don't|do not|won't|am not able to|i'm not able to|"
    r"(?:are|is|am) not able to|unable to|have no way to|no way to|not allowed to)[ \t]+"
    r"(?:\w+[ \t]+)?(?:see|view|access|tell|read|give|look up|retrieve|have access|know)\b|"
    r"(?:it's|its|it is|they're|they are|passwords are)[ \t]+(?:all[ \t]+)?"
    r"(?:encrypted|hidden|masked))",
    _I,
)
_SECRETS = frozenset({"PASSWORD", "PIN", "SECURITY_ANSWER"})


def _cannot_tell(entities: tuple[str, ...], text: str) -> bool:
    """The side asked for a secret says it cannot see it: no value, and the asker guesses
    next ("i think it was bluejay 22"), which answers the same question."""
    return set(entities) <= _SECRETS and bool(_CANNOT_TELL.search(text))


def _sets_rules(text: str) -> bool:
    """The asker saying what the value must be like, the value still to come."""
    return bool(_RULES.search(text))


def _rejects_value(text: str) -> bool:
    """The asker says the value given does not match, with no new question."""
    return len(words(text)) <= _REJECT_MAX_WORDS and bool(_REJECTS.search(text))


# A turn that only names what it wants: "expiry", "sure card number", "and the postcode".
_BARE_REQUEST_WORDS = 3


def _bare_request(pending: tuple[str, ...], text: str) -> bool:
    """A short turn naming a type, with no digits and no value for the pending question,
    asks for it: after the caller's "can i pay it on the card", the agent's "expiry" is
    a question of its own, not an answer to the caller's."""
    return (
        len(words(_REPLY_LEAD_WORDS.sub(" ", text))) <= _BARE_REQUEST_WORDS
        and not _DIGIT.search(text)
        and not any(answer_spans(e, text) for e in pending)
    )


# The asker asking for the part of a date still missing: "and the year?", "what month?".
_DATE_PART = re.compile(
    r"^\W*(?:(?:and|okay|ok|so|sorry|thanks|thank you|great|sure|right|perfect|lovely|"
    r"got it|alright|all right|yes|yeah|yep|mm-?hmm+|mhm|uh-?huh|um|uh)[\s,.]+)*"
    r"(?:(?:what|which)[ \t]+(?:is[ \t]+|was[ \t]+)?)?(?:the[ \t]+|your[ \t]+)?"
    # "and the month and day?" after "what year were you born?": the rest of the date
    r"(?:year|month|day)(?:[ \t]+and[ \t]+(?:the[ \t]+)?(?:year|month|day))?"
    # ("month and day as well please", "and the day too")
    r"(?:[ \t,]+(?:of birth|you were born|on (?:it|the card)|please|as well|too|also|"
    r"for me))*[\s?.!]*$",
    _I,
)


_REPLY_LEAD_WORDS = re.compile(
    r"\b(?:sure|okay|ok|alright|great|perfect|thanks|and|the|your)\b", _I
)


def _still_answers(text: str) -> bool:
    """After the asker read the value back, a reply that corrects it or goes on with it:
    "no no, 76 at the end", "0092", "yes and the rest is 0092"."""
    return bool(
        _CORRECTS.match(text)
        or is_digit_chunk(text)
        or (_AFFIRMS.match(text) and DIGIT_RUN.search(text))
        or spelled_confirmation(text)
    )


# A sentence with its own subject: "the date of service shows …", "it should be nine
# items …", "my statement says …"; not one that names a part of the value ("the rest is
# 0092", "the year is 1980", "it's in the city of dayton", "it has a capital b").
_NEW_STATEMENT = re.compile(
    r"^\W*(?:and[ \t]+|also[ \t]+|oh[ \t]+|um[ \t]+|uh[ \t]+)?(?:the|my|our|it|this)\b"
    r"(?:[ \t]+[\w'-]+){0,4}?[ \t]+"
    r"(?:shows?|says?|said|reads?|lists?|is|was|should be|has|had)\b",
    _I,
)
# (ordinals are left out: "december third" is a date, not the third group)
_VALUE_PART = re.compile(
    r"\b(?:rest|remaining|last|middle|next|other|year|month|day|date of birth|birthday|born|"
    r"city|town|state|zip|postcode|postal|apartment|apt|unit|suite|floor|street|road|avenue|"
    r"number|digits?|code|name|spell\w*|letters?|password|passcode|pin|answer|email|address|"
    r"card|expir\w*|one|part|end|beginning|start|same|capital|caps|upper ?case|lower ?case|"
    r"underscore|dash|hyphen|symbol|characters?|word|space|dots?|sign|mark|point|period)\b",
    _I,
)
_NEW_STATEMENT_MIN_WORDS = 6
# The same field given for someone else: "my husband's is june fifth sixty two", "hers
# was 4421", "mine is the same".
_PARALLEL_VALUE = re.compile(
    r"^\W*(?:(?:and|also|oh|um|uh|so)[ \t]+)?(?:(?:my|his|her|our|their)[ \t]+)?"
    r"(?:(?:[a-z]+'s|his|hers|theirs|mine|ours|yours)[ \t]+){1,2}(?:is|was|would be)\b",
    _I,
)


def _new_statement(text: str, said: str) -> bool:
    """A complete answer followed, in the same speaker's next turn, by a sentence about
    something else: that sentence does not inherit the question. A value read in pieces
    ("one two three" / "four five"), a part named ("the rest is …") and the value said
    again ("it was december 26 2004") still do."""
    return (
        _NEW_STATEMENT.match(text) is not None
        and len(words(text)) >= _NEW_STATEMENT_MIN_WORDS
        and not _VALUE_PART.search(text)
        and not _PARALLEL_VALUE.match(text)
        and not _CORRECTS.match(text)
        and not _repeats_said(text, said)
    )


def _repeats_said(text: str, said: str) -> bool:
    """The turn says again a group of two or more digits already given."""
    heard = set(_DIGIT_GROUP.findall(said))
    return any(len(g) >= 2 and g in heard for g in _DIGIT_GROUP.findall(text))


def _moves_on(text: str) -> bool:
    """A long reply after the answer that does not open as a correction."""
    return len(words(text)) > _MOVED_ON_WORDS and not _CORRECTS.match(text)


def _answers(entities: tuple[str, ...], text: str) -> bool:
    """The reply gives the value; for a password or a security answer any reply longer
    than a bare answer also settles the question ("mustang with a capital m and …")."""
    if any(answer_spans(e, text) for e in entities):
        return True
    return any(
        e in FREE_TEXT_WORDS and len(words(text)) > FREE_TEXT_WORDS[e] and not is_backchannel(text)
        for e in entities
    )


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
# A reply opening with the card's brand and then digits: "visa, 4,111", "it's a mastercard
# 5300" (not "visa charged me 45 dollars", "the amex, 2 cards").
_CARD_LEAD = re.compile(
    r"^\W*(?:(?:um|uh|er|so|okay|ok|yeah|yes|sure|it's|its|it is|that's|thats|i'll use|"
    r"use|on|my|a|an|the|go on|ready)\W+){0,4}"
    r"(?:visa|master ?card|amex|american express|discover)(?:[ \t]+(?:card|debit|credit))?"
    r"[\s,.;:!-]+(?:(?:ready|okay|ok|it's|its|so|um|uh|number|is)\W+){0,3}(?=\d)",
    _I,
)
_CARD_LEAD_MIN_DIGITS = 3
_WHOLE_CARD_DIGITS = 13


def _reads_own_card(text: str) -> bool:
    """A turn naming the card's brand, then the first digits of the card (not all of
    them: a whole card needs no more turns, and the next question is about something else)."""
    m = _CARD_LEAD.match(text)
    if not m:
        return False
    plain = _THOUSANDS_COMMA.sub("", text)
    runs = [r for r in digit_runs(plain) if r[0] >= m.end() - 1]
    return (
        bool(runs)
        and len(runs[0][2]) >= _CARD_LEAD_MIN_DIGITS
        and sum(len(r[2]) for r in runs) < _WHOLE_CARD_DIGITS
        and "?" not in text[m.end() :]
        and not any(
            _MONEY_AFTER.match(plain, end) or _QUANTITY_AFTER.match(plain, end)
            for _, end, _ in runs
        )
    )


# A prompt that is only the word "code" ("code", "and the code", "code please"), as a
# terse agent says it after asking for the card and its expiry one word at a time.
_CODE_ONLY = re.compile(
    r"^\W*(?:(?:and|ok|okay|now|then)\W+)*(?:the\W+)?code(?:\W+(?:please|now|next))?\W*$", _I
)


def _terse_code_prompt(pending: tuple[tuple[str, ...], str] | None, text: str) -> bool:
    """ "code" alone right after the card's number or expiry was asked: the CVV."""
    return (
        pending is not None
        and bool({"CARD_EXPIRY", "CREDIT_CARD"} & set(pending[0]))
        and bool(_CODE_ONLY.match(text))
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


_ECHO_MAX_WORDS = 4


def _echoes_free_answer(entities: tuple[str, ...], text: str, reply: str) -> bool:
    """The asker repeating a password or a security answer just given: "okay murcia?",
    "brzezinski, thank you" - every other word of the short turn is in the reply."""
    if not reply or not any(e in FREE_TEXT_WORDS for e in entities):
        return False
    lead = _ECHO_LEAD.match(text)
    if lead and _echoes_free_answer(entities, lead.group(1), reply):
        return True  # "jacaranda. perfect, that's saved": the value, then it is saved
    if (matched := MATCHED_READ_BACK.match(text)) and _echoes_free_answer(
        entities, matched.group("value"), reply
    ):
        return True  # "okay the huffy that matches i've sent a reset link"
    said = [w.lower() for w in words(_ECHO_FRAME.sub(" ", text))]
    value = [w for w in said if not BACKCHANNEL.match(w) and w not in _ECHO_FILLERS]
    if not value or len(said) > _ECHO_MAX_WORDS:
        return False
    heard = {w.lower() for w in words(reply)}
    joined = "".join(w.lower() for w in words(reply))
    # "sparrow 8 at sign" / "was that sparrow8@?": the value typed as one word
    return all(w in heard or (len(w) >= 4 and w in joined) for w in value)


def _echo_types(entities: tuple[str, ...], word_code: bool, reply: str) -> tuple[str, ...]:
    """The types a read-back of the reply holds: "passcode?" / "copper heron" / "I have
    copper heron?" reads back a word passcode, a PASSWORD, not a PIN."""
    return _word_passcode(entities, reply) if word_code else entities


# The words around a value read back to check it: "just to confirm, rex", "coco, is that
# right?", "riverside, correct?"
_ECHO_FRAME = re.compile(
    r"^[\s,.:;-]*(?:(?:okay|ok|alright|all right|so|great|perfect|thanks|thank you)[\s,.]+)*"
    r"(?:just )?(?:to confirm|confirming|let me (?:read|repeat) (?:that|it)"
    r"(?: back)?|(?:reading|repeating) (?:that|it) back|i have|i've got|i got|"
    r"(?:so )?(?:that's|thats|that is)(?= \w+(?: \w+)?(?: is that| correct| right|[?]))|"
    r"(?:sorry[\s,]+)?(?:(?:so[\s,]+)?(?:was|is) (?:that|it)|did you say|you said))\b|"
    r"\b(?:is that (?:right|correct|it)|is this (?:right|correct)|did i get that right|"
    r"have i got that right|correct|right)(?:[\s,.!]+(?:thank you|thanks))?[\s?.!]*$",
    _I,
)
# A first sentence, then a short acknowledgement that asks nothing.
_ECHO_LEAD = re.compile(r"^([^.!?]+)[.!][ \t]+(?=[^?]*\w)[^?]{1,200}$")
_ECHO_FILLERS = frozenset(
    {"so", "that's", "thats", "was", "is", "it", "it's", "as", "in", "thank", "thanks", "you",
     "got", "great", "perfect", "lovely"}
)  # fmt: skip


def _states_code(
    pending: tuple[tuple[str, ...], str] | None, speaker: str, single: bool, text: str
) -> bool:
    """The other side answering the pending question and giving the code with it:
    "0827 and the code on back is 319" answers the expiry; it asks for no code."""
    if pending is None or single or speaker == pending[1]:
        return False
    return any(answer_spans(e, text) for e in pending[0])


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
        # "second is 7, fifth is 2": digits of the PIN named by their place
        or PLACED_DIGIT.search(text)
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
    r"^[\s,.]*(?:(?:so|okay|ok|alright|all right|great|perfect|thanks|thank you|and|sorry|"
    r"that's|thats|that is|i have|i've got|i got|got it|yes|yeah|right|"
    r"let me repeat(?: that| it)?(?: back)?|let me read (?:that|it) back|"
    r"reading (?:that|it) back|just to confirm|to confirm)[\s,.:]+)*",
    _I,
)


def _opens_with_read_back(pending: tuple[str, ...], text: str) -> bool:
    """The asker's turn starts by reading the value back: "july 14th got it", "so 4471092663
    thanks"; a value said later in the turn may be something else."""
    lead = _READ_BACK_LEAD.match(text)
    at = lead.end() if lead else 0
    return any(
        start == at and not _MONEY_AFTER.match(text, end)
        for entity in pending
        if entity in _READ_BACK_TYPES
        for start, end in answer_spans(entity, text)
    )


# An amount, not a value read back: "thank you that's 2495 charged".
_MONEY_AFTER = re.compile(
    r"[ \t]*(?:dollars?|bucks|cents|pounds?|euros?|quid|charged|paid|refunded|credited|"
    r"debited|due|owing|owed|in total|total|a month|per month|plus tax)\b",
    _I,
)


def _reads_back_first(
    pending: tuple[str, ...], asked: tuple[str, ...], text: str, reply: str = ""
) -> bool:
    """True when the asker's new question starts by reading back the pending value; the
    digits read back are the reply's ("got it, a 2023 accord … callback number?" after
    a VIN read out reads nothing back)."""
    entity = next((e for e in pending if e in _READ_BACK_TYPES), None)
    if entity is None or entity in asked:
        return False
    # (a type may have several rules: "who am i speaking with" is not the first PERSON one)
    cues = [m for e, r in QUESTION_RULES if e == asked[0] and (m := r.search(text))]
    if not cues:
        return False
    cue = min(cues, key=lambda m: m.start())
    # (a date read back may be said another way: "11/28" -> "november 2028")
    said = "" if entity in ("CARD_EXPIRY", "DATE_OF_BIRTH") else "".join(_DIGIT.findall(reply))
    lead = _READ_BACK_LEAD.match(text)
    at = lead.end() if lead else 0
    return any(
        end <= cue.start()
        and (not said or _echoes_digits(text[start:end], said))
        and (
            entity not in ("CARD_EXPIRY", "DATE_OF_BIRTH")
            or start == at
            or _shares_date_word(text[start:end], reply)
        )
        for start, end in answer_spans(entity, text)
    )


def _shares_date_word(span: str, reply: str) -> bool:
    """A date said later in the asker's turn is a read-back only when it shares a word with
    the reply: "rent is due on the first, unit 253 is available june 27th" after "august
    22nd 1979" reads nothing back."""
    said = {w.lower() for w in words(reply)}
    return any(w.lower() in said for w in words(span) if w.lower() not in _DATE_FILLER)


# Words any two dates share: no sign that one reads the other back.
_DATE_FILLER = frozenset({"the", "of", "on", "and", "a", "nineteen", "twenty", "th", "st"})


def _echoes_digits(span: str, said: str) -> bool:
    """A read-back's digits are a part of the digits the reply said (or hold none)."""
    digits = "".join(_DIGIT.findall(span))
    return not digits or digits in said


# A speaker announces a value and says it in the next turn: "my pin is" / "4421".
_DANGLING = re.compile(
    r"\b(?:is|are|was|it's|its|be|number|numbers)\s*(?:uh|um|like)?[\s,.:-]*$", _I
)


# An id's first letters said at the end of the turn that names it, the rest to come in
# pieces: "i have the application number here its r p x" / "okay" / "four four eight".
_STARTED_ID = re.compile(
    r"\b(?:number|id|code)\b[^.?!]{0,20}?\b(?:is|it's|its|it is)[ \t,:]+(?:uh[ \t,]+|um[ \t,]+)?"
    r"(?:[a-z](?:[ \t.,-]+[a-z]){1,3}|[b-df-hj-np-tv-z]{2,4})[\s.,]*$",
    _I,
)


# The same question asked again for someone else: "and yours?", "what about your
# husband's?", "same for you?", "okay and for him".
_FOLLOW_UP = re.compile(
    r"^\W*(?:(?:ok|okay|alright|great|perfect|thanks|got it|cool|so)\W+){0,3}"
    r"(?:(?:and|so)\W+)?(?:(?:what|how)[ \t]+about|(?:the[ \t]+)?same(?:[ \t]+thing)?[ \t]+for|"
    r"and(?:[ \t]+for)?|for)[ \t]+"
    r"(?:yours|you|yourself|his|hers|him|her|theirs|them|"
    r"(?:your|his|her|their)[ \t]+(?:husband|wife|spouse|partner|son|daughter|kid|child|"
    r"mom|mother|dad|father|brother|sister)(?:'s)?)"
    r"(?:[ \t,]+please)?[ \t]*[?.!]*[ \t]*$"
    # the other caller named: "thanks. and Priya, yours?", "okay and Sam, you?"
    r"|^\W*(?:(?:ok|okay|alright|great|perfect|thanks|thank you|got it|cool|so)\W+){0,3}"
    r"and[ \t]+(?-i:[A-Z])[a-z'-]+[ \t]*,[ \t]*(?:yours|you|and you)[ \t]*[?.!]*[ \t]*$",
    _I,
)
# The card's code said with the expiry asked for: "3/28, and the code is 416".
_CODE_IN_REPLY = re.compile(
    # ("12 28 code 992": the code named straight after the date, no "and")
    r"(?:\b(?:and|plus)|\d)[ \t,.]+(?:the[ \t]+)?(?:security[ \t]+)?(?:code|cvv|cvc|csc)"
    r"(?:[ \t]+on[ \t]+(?:the[ \t]+)?back)?(?:[ \t]+(?:is|it's|would be))?[ \t,:]*\d",
    _I,
)
# A value the speaker states with its label ("my expiration date is 12/30"), checked
# later by the other side ("okay so i've got 12/30 is that right").
_STATED_MIN_DIGITS = 3
_STATED_TURNS = 12


def _checked_statements(speakers: Sequence[str], texts: Sequence[str]) -> list[tuple[int, str]]:
    """Turns where one side reads back a labelled value the other side stated."""
    stated: dict[str, tuple[str, str, int]] = {}
    out = []
    for i, (speaker, text) in enumerate(zip(speakers, texts, strict=True)):
        if not _DIGIT.search(text):
            continue
        if _CHECK.search(text):
            for digits, (entity, who, at) in stated.items():
                if who == speaker or i - at > _STATED_TURNS:
                    continue
                said = [_NOT_DIGIT.sub("", text[a:b]) for a, b in answer_spans(entity, text)]
                # (or its start, the end cut off: "i see you mentioned 807 correct")
                if any(
                    d == digits or (len(d) >= _STATED_MIN_DIGITS and digits.startswith(d))
                    for d in said
                ):
                    out.append((i, entity))
                    break
        for entity, rule in QUESTION_RULES:
            if entity not in _CHECKED_TYPES:
                continue
            label = rule.search(text)
            if label is None or ASKS.search(text):
                continue
            rest = text[label.end() :]
            for a, b in answer_spans(entity, rest):
                digits = _NOT_DIGIT.sub("", rest[a:b])
                if len(digits) >= _STATED_MIN_DIGITS:
                    stated[digits] = (entity, speaker, i)
            break
    return out


_NOT_DIGIT = re.compile(r"\D")


# The caller saying where an id is before reading it: "The member ID is on the card...",
# "my policy number's on the letter" (the digits follow in the caller's next turn).
_ANNOUNCED = re.compile(
    r"^(?P<subject>[^.?!]{0,40}?)\b(?:is|'s|s)[ \t]+(?:right[ \t]+)?(?:on|in)[ \t]+"
    r"(?:the|my|this|that|our)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[\s,.:…-]*$",
    _I,
)
_ANNOUNCED_TYPES = frozenset({"ACCOUNT_ID", "US_BANK_NUMBER", "US_SSN"})


def _announced_id(
    speakers: Sequence[str], texts: Sequence[str], i: int, subject: str
) -> list[tuple[int, str]]:
    """The speaker's next turn, when it has digits, after naming where the id is: the
    type is the one the subject names ("the member ID"), not where it is ("the card")."""
    if ASKS.search(subject):
        return []
    entity = next((e for e, rule in QUESTION_RULES if rule.search(subject)), None)
    if entity not in _ANNOUNCED_TYPES:
        return []
    j = _next_own_turn(speakers, texts, i, 1)
    if j < 0 or j - i > 2 or not _DIGIT.search(texts[j]):
        return []
    return [(j, entity)]


def _dangling_statements(speakers: Sequence[str], texts: Sequence[str]) -> list[tuple[int, str]]:
    """Turns that carry the value a previous turn of the same speaker announced."""
    out = []
    for i, text in enumerate(texts):
        sentence = ([s for s in SENTENCE.findall(text) if s.strip()] or [text])[-1]
        announced = _ANNOUNCED.match(sentence.strip())
        if announced:
            if announced := _announced_id(speakers, texts, i, announced.group("subject")):
                out.extend(announced)
            continue
        started = _STARTED_ID.search(text)
        if not started and not _DANGLING.search(text):
            continue
        if ASKS.search(sentence):
            continue  # "what would you like your new password to be" asks the other side
        entity = next((e for e, rule in QUESTION_RULES if rule.search(sentence)), None)
        if entity is None or (started and entity != "ACCOUNT_ID"):
            continue
        if started:
            out.append((i, entity))  # "i have the application number here its r p x"
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
    return is_digit_chunk(text) or not words(BACKCHANNEL.sub(" ", tail)) or is_backchannel(tail)


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
     "out", "number", "one", "my", "bad", "actually", "after", "that", "extra", "all", "of",
     "everything", "rest", "lot", "done", "whole", "thing", "think", "no", "guess"}
)  # fmt: skip
_MAX_REMARK_WORDS = 12


def _remark_chunk(text: str) -> bool:
    """A reader's group with a remark about where it goes: "66 and theres a 3 at the end"."""
    runs = digit_runs(text)
    if not runs or sum(len(d) for _, _, d in runs) > _LAST_GROUP_DIGITS:
        return False
    remark = [w.lower() for w in words(DIGIT_RUN.sub(" ", text)) if not BACKCHANNEL.match(w)]
    return len(remark) <= _MAX_REMARK_WORDS and all(w in _REMARK_WORDS for w in remark)


# Digits a chain of pieces needs when the question asked for a value of known length:
# "the last four of your social" -> "39," / "98"; "the zip" -> "475" / "81"; "date of
# birth" -> "816" / "76". A zip is exactly 5 or 9 digits (other short numbers in a row
# are house numbers); the others at least their shortest form.
_KNOWN_LENGTH_DIGITS = {"US_SSN": 4, "PIN": 4, "DATE_OF_BIRTH": 4}
_ZIP_DIGITS = (5, 9)
# A piece with an aside inside it: "560 hang on bus is here 702".
_MAX_ASIDE_WORDS = 8
_ASIDE_QUESTION = re.compile(r"\?|\b(?:what|which|who|how|why|when|where)\b", _I)


def _aside_piece(text: str) -> bool:
    """A reader's group broken by a short aside, digits at both ends: "560 hang on 702"."""
    runs = digit_runs(text)
    if len(runs) < 2 or sum(len(d) for _, _, d in runs) > _LAST_GROUP_DIGITS:
        return False
    head = [w for w in words(text[: runs[0][0]]) if not BACKCHANNEL.match(w)]
    tail = words(text[runs[-1][1] :])
    aside = words(DIGIT_RUN.sub(" ", text[runs[0][1] : runs[-1][0]]))
    return (
        not head
        and not tail
        and len(aside) <= _MAX_ASIDE_WORDS
        and not _ASIDE_QUESTION.search(text)
    )


_SHORT_FIRST_PIECE = 4
_MAX_REST_DIGITS = 19


def _digit_count(text: str) -> int:
    return sum(len(d) for _, _, d in digit_runs(text))


def _known_number(asked: tuple[str, ...]) -> bool:
    """A question for a number that is no place: an id, a card, a phone number."""
    return any(e in DIGIT_RANGES and e not in _PLACE_TYPES for e in asked)


def _enough_digits(asked: tuple[str, ...], total: int) -> bool:
    """Whether pieces adding up to ``total`` digits make the value the question asked for."""
    if "ZIP" in asked and total in _ZIP_DIGITS:
        return True
    if any(total >= n for e, n in _KNOWN_LENGTH_DIGITS.items() if e in asked):
        return True
    return total >= (_ASKED_CHAIN_DIGITS if _known_number(asked) else _CHAIN_DIGITS)


_MIN_ECHO_DIGITS = 2


def _echoes_group(text: str, group: str) -> bool:
    """The listener saying the reader's last group back as a question ("986?", "seventy
    four?" after "seven four"): a check inside the number, which goes on after it."""
    said = "".join(d for _, _, d in digit_runs(group))
    runs = digit_runs(text)
    return (
        len(said) >= _MIN_ECHO_DIGITS
        and "".join(d for _, _, d in runs) == said
        and len(said) <= _LAST_GROUP_DIGITS
        # (the group alone: "1044 7291, is that 8 digits?" asks something else)
        and _bare_group(text)
        and not any(_MONEY_AFTER.match(text, end) for _, end, _ in runs)
    )


def _bare_group(text: str) -> bool:
    """A turn of digits alone, backchannel aside ("108.", "okay 39")."""
    rest = DIGIT_RUN.sub(" ", text)
    return bool(digit_runs(text)) and not [w for w in words(rest) if not BACKCHANNEL.match(w)]


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
        asked = expected[i] if expected is not None else ()
        echoed = False
        while j < len(texts):
            if _ONE_MOMENT.search(texts[j]):
                break  # "okay, one moment": a wait, not a group of digits
            if echoed and speakers[j] == reader and not _bare_group(texts[j]):
                break  # "12?" / "yes and i owe 45": after a check, only a bare group goes on
            # A reader's later group may finish the number: "it's 651..." / "555-0117";
            # after a short first piece for a number asked, the rest in one go ("143" /
            # "5135 0873 1738 71"), or said as a thousand ("589" / "6,370").
            piece = _THOUSANDS_COMMA.sub("", texts[j]) if asked else texts[j]
            if speakers[j] == reader and (
                is_digit_chunk(texts[j], max_digits=_LAST_GROUP_DIGITS)
                or (asked and is_digit_chunk(piece, max_digits=_LAST_GROUP_DIGITS))
                or (
                    len(readers) == 1
                    and _known_number(asked)
                    and _digit_count(texts[i]) <= _SHORT_FIRST_PIECE
                    and is_digit_chunk(piece, max_digits=_MAX_REST_DIGITS)
                )
                or _remark_chunk(texts[j])
                or (expected is not None and expected[i] and _aside_piece(texts[j]))
            ):
                readers.append(j)
                others.extend(pending_others)
                pending_others, echoed = [], False
            elif (
                (speakers[j] != reader or single)
                and len(words(texts[j])) <= 6
                and (
                    is_backchannel(texts[j])
                    or continues(texts[j])
                    or (
                        is_digit_chunk(texts[j])
                        and "?" not in texts[j]
                        and not question_type(texts[j])
                    )
                    or (
                        echoed := speakers[j] != reader
                        and _echoes_group(texts[j], texts[readers[-1]])
                    )
                )
            ):
                pending_others.append(j)
            else:
                break
            j += 1
        total = sum(
            _digit_count(_THOUSANDS_COMMA.sub("", texts[t]) if asked else texts[t]) for t in readers
        )
        if len(readers) >= 2 and _enough_digits(asked, total):
            chains.append(Chain(tuple(readers), tuple(others)))
            i = readers[-1] + 1
        else:
            i += 1
    return chains


# A wait asked for with a number in it: "okay, one moment", "give me 1 sec".
_ONE_MOMENT = re.compile(
    r"\b(?:1|one|2|two|a)[ \t]+(?:moment|sec|secs|second|seconds|minute|mo)\b", _I
)


# A last short group after a longer one: "FR26 2659 5971" / "okay go on" / "937".
_MIN_LEAD_DIGITS = 4


def continued_groups(
    speakers: Sequence[str], texts: Sequence[str], expected: Sequence[tuple[str, ...]]
) -> set[int]:
    """Turns that only add a short group to the number the same speaker was reading for
    the same question, the other side's backchannel in between: the group is part of it
    however few digits it has."""
    out = _expiry_halves(speakers, texts, expected)
    for i, text in enumerate(texts):
        numbers = [e for e in expected[i] if e in DIGIT_RANGES and e not in _PLACE_TYPES]
        if not numbers:
            continue
        if _cut_first_piece(speakers, texts, i) or _read_back_head(texts, i):
            # "do you have the patient id?" / "96 -" / "slower?" / "9621 2674";
            # "let me repeat that 739" / "3 15 9 6 1 2 that's right"
            out.add(i)
            continue
        if "ACCOUNT_ID" in numbers and _LETTER_PREFIX.match(text):
            if (
                _goes_on_with_digits(speakers, texts, expected, i)
                or _after_id_digits(speakers, texts, expected, i)
                or _letters_said_again(speakers, texts, i)
            ):
                out.add(i)  # "um, jdr" / "okay" / "519651": the id's letters first
            continue
        if not is_digit_chunk(text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if speakers[j] != speakers[i]:
                if (
                    is_backchannel(texts[j])
                    or continues(texts[j])
                    or (
                        j > 0
                        and speakers[j - 1] == speakers[i]
                        and _echoes_group(texts[j], texts[j - 1])
                    )
                ):
                    continue
                break
            lead = sum(len(d) for _, _, d in digit_runs(texts[j]))
            if expected[j] == expected[i] and lead >= _MIN_LEAD_DIGITS:
                out.add(i)
            break
        if i not in out and _goes_on_with_digits(speakers, texts, expected, i):
            out.add(i)  # "412" / "mm-hmm" / "5550 …": the first group of the number
        if i not in out and _first_piece(speakers, texts, numbers, i):
            out.add(i)  # "can i get the routing number?" / "okay, 228": the call cut there
    return out | cut_id_turns(texts)


# A question about a number, not for it: "how many digits is it?", "how much is due?".
_ABOUT_NUMBER = re.compile(
    r"\b(?:how (?:many|much|long)|what time|digits? (?:long|is it|are there)|how old)\b", _I
)
# Words after digits that make them a quantity: "16 digits", "2 cards", "45 dollars".
_QUANTITY_AFTER = re.compile(
    r"[ \t]*(?:digits?|characters?|numbers?|cards?|accounts?|times?|years?|months?|days?|"
    r"weeks?|hours?|minutes?|percent|%|am|pm|o'?clock)\b",
    _I,
)


def _expiry_halves(
    speakers: Sequence[str], texts: Sequence[str], expected: Sequence[tuple[str, ...]]
) -> set[int]:
    """A card's expiry said in two turns by one speaker, only the other side's backchannel
    between: the month alone ("it's 12"), then the year alone ("slash 27"). Each half is a
    plain number that only its pair makes a date."""
    out = set()
    for i, text in enumerate(texts):
        if "CARD_EXPIRY" not in expected[i] or not EXPIRY_MONTH_ALONE.match(text):
            continue
        for j in range(i + 1, min(len(texts), i + 4)):
            if speakers[j] != speakers[i]:
                # ("and the year?": the asker asks for the half still to come)
                if is_backchannel(texts[j]) or continues(texts[j]) or _DATE_PART.match(texts[j]):
                    continue
                break
            if "CARD_EXPIRY" in expected[j] and EXPIRY_YEAR_ALONE.match(texts[j]):
                out.update((i, j))
            break
    return out


def _first_piece(speakers: Sequence[str], texts: Sequence[str], numbers: list[str], i: int) -> bool:
    """A reply of a short group alone to the question just asked for a number: the first
    piece of it ("okay, 228" after "can i get the routing number?", "4 and 1" after "what
    are the first and last digits?") however the rest is said."""
    if i == 0 or speakers[i - 1] == speakers[i] or not ASKS.search(texts[i - 1]):
        return False
    if _ABOUT_NUMBER.search(texts[i - 1]) or question_type(texts[i - 1]) not in numbers:
        return False
    if question_type(texts[i - 1]) == "ACCOUNT_ID":
        return False  # "what's the order number" / "that's 214": a record number, all said
    runs = digit_runs(texts[i])
    return (
        sum(len(d) for _, _, d in runs) >= 2
        and "?" not in texts[i]
        and not any(
            _MONEY_AFTER.match(texts[i], end) or _QUANTITY_AFTER.match(texts[i], end)
            for _, end, _ in runs
        )
    )


# A reply that is only a few letters: the start of an id read in groups ("um, jdr").
# (one letter too, a dash after it: "okay, it's D", "It's NYS-", "it says HS"; never "a"
# or "I", which are words)
_LETTER_PREFIX = re.compile(
    r"^\W*(?:(?:um|uh|er|erm|so|okay|ok|yes|yeah|yep|sure|it's|its|it starts with|"
    r"it says|it reads|oh|sorry|and|then|plus|last|lastly|finally)\W+)*"
    r"(?!(?:um|uh|er|ok|yes|yep|no|oh|hi|hey|the|and|yeah|sure|okay|so|hmm|hm|but|then|"
    r"wait|well|nope|yo|go|a|i|that|this|it|its|is|all|last|plus)\b)(?:[a-z]{2,4}|[b-hj-z])\W*"
    # (the id's end said: "sorry, and then B. That's all.")
    r"(?:(?:that's|thats|that is) (?:all|it)\W*)?$",
    _I,
)
_LEADING_DIGITS = re.compile(r"^\W*(?:(?:and|then|uh|um|er|so|okay|ok)\W+)*\d")


def _next_own_turn(speakers: Sequence[str], texts: Sequence[str], i: int, step: int) -> int:
    """The same speaker's turn before or after ``i`` (``step`` -1 or 1) with only the other
    side's backchannel between; -1 when there is none."""
    j = i + step
    while 0 <= j < len(texts) and abs(j - i) < _PIECE_REACH:
        if speakers[j] == speakers[i]:
            return j
        if not (is_backchannel(texts[j]) or continues(texts[j])):
            return -1
        j += step
    return -1


_PIECE_REACH = 4


def _after_id_digits(
    speakers: Sequence[str], texts: Sequence[str], expected: Sequence[tuple[str, ...]], i: int
) -> bool:
    """A letter read after the id's digit groups: "8" / "yes" / "W." ends the id."""
    j = _next_own_turn(speakers, texts, i, -1)
    return j >= 0 and "ACCOUNT_ID" in expected[j] and is_digit_chunk(texts[j])


def _letter_pieces(
    speakers: Sequence[str], texts: Sequence[str], out: Sequence[tuple[str, ...]]
) -> list[int]:
    """Turns of only a few letters that open or close an id the same speaker reads in
    digit groups ("it says HS" / "yep" / "7712"; "8" / "yes" / "W."): the question for the
    id is pending over them though no asking turn came right before."""
    found = []
    for i, text in enumerate(texts):
        if out[i] or not _LETTER_PREFIX.match(text):
            continue
        after = _next_own_turn(speakers, texts, i, 1)
        before = _next_own_turn(speakers, texts, i, -1)
        if (
            after >= 0 and "ACCOUNT_ID" in out[after] and bool(_LEADING_DIGITS.match(texts[after]))
        ) or (before >= 0 and "ACCOUNT_ID" in out[before] and is_digit_chunk(texts[before])):
            found.append(i)
    return found


_LAST_LETTERS = re.compile(r"([a-z]{1,4})\W*$", _I)


def _letters_said_again(speakers: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """A reply cut after the id's first letters, said again at the head of the whole id
    once the asker asks to start again: "it's r -" / "could you start again?" / "sure
    R2798088". The letters alone are no value; the id they start makes them one."""
    m = _LAST_LETTERS.search(texts[i])
    if m is None:
        return False
    head = m.group(1).upper()
    later = [
        texts[j]
        for j in range(i + 1, min(len(texts), i + _SAID_AGAIN_REACH))
        if speakers[j] == speakers[i]
    ][:1]
    return bool(later) and _DIGIT.search(later[0]) is not None and _said_before(head, later)


def _goes_on_with_digits(
    speakers: Sequence[str], texts: Sequence[str], expected: Sequence[tuple[str, ...]], i: int
) -> bool:
    """The same speaker's next turn, after only the other side's backchannel, opens with
    more digits for the same question."""
    for j in range(i + 1, min(len(texts), i + 4)):
        if speakers[j] != speakers[i]:
            if is_backchannel(texts[j]) or continues(texts[j]):
                continue
            return False
        return expected[j] == expected[i] and bool(_LEADING_DIGITS.match(texts[j]))
    return False


# An id's cue and a short piece that ends the turn: "your reference number is 708",
# "you're all set, ticket 271", "i've opened case KE" (letters spelled, normalised). A
# diarizer cuts ids there: the rest comes as the next turn, often under the other label.
_ID_NOUN = (
    r"(?:reference|confirmation|case|ticket|claim|tracking|order|booking|reservation|"
    r"incident|account|member|policy|patient|invoice|loan|owner)"
)
_ID_PIECE = r"(?:(?-i:[A-Z]{1,4})|\d{1,5})"
_ID_HEAD_AT_END = re.compile(
    rf"\b(?:{_ID_NOUN}[ \t]+(?:number|no\.?|num|\#|id)|"
    # (the nouns that name an id alone; not "in case", "worst case")
    r"(?<!\b(?:in|worst|best|this|that|the)[ \t]+)(?:case|ticket|reference|confirmation))"
    rf"(?:[ \t]+(?:is|was))?[ \t:\#]+{_ID_PIECE}(?:[ \t-]?{_ID_PIECE}){{0,3}}[ \t.!,-]*$",
    _I,
)
# The rest of a cut id alone in the next turn, or of one asked for again: "358", "83707.",
# "0984 AA", "G1TY", "TKUP" (letters alone too, where the head came before).
_ID_REST = re.compile(
    rf"^[ \t]*(?:(?:and|then|uh|um|okay|ok|it's)[ \t,]+)?{_ID_PIECE}(?:[ \t-]?{_ID_PIECE}){{0,4}}"
    r"[ \t.!,-]*$",
    _I,
)
_MAX_REST_PIECE_DIGITS = 10
# A head this long is found on its own: typing its turn as an id would only make words
# near it letters of the id ("Your SUI account number is 0048-221-93").
_MAX_HEAD_DIGITS = 4


def _id_head(text: str) -> re.Match | None:
    """The id's cue and the value's first piece that end a turn (a shouted turn's words
    are no letters: "TICKET NUMBER IS ON THE EMAIL")."""
    m = _ID_HEAD_AT_END.search(text)
    if m and (_DIGIT.search(m.group()) or not is_shouting(text)):
        return m
    return None


def _id_rest(text: str) -> bool:
    """A turn that is only a short run of digits (letters with them): an id's rest."""
    return (
        bool(_ID_REST.match(text))
        and bool(_DIGIT.search(text))
        and _digit_count(text) <= _MAX_REST_PIECE_DIGITS
        and not any(_MONEY_AFTER.match(text, end) for _, end, _ in digit_runs(text))
    )


def cut_id_turns(texts: Sequence[str]) -> set[int]:
    """Turns of an id cut by a turn split: the head ("ticket 271") and a bare rest right
    after it ("358"), whoever says it. Each piece alone is too short to be known."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        m = _id_head(text)
        if m is None:
            continue
        if not _DIGIT.search(text[: m.start()]) and _digit_count(m.group()) <= _MAX_HEAD_DIGITS:
            # (the turn typed as an id only with no other number in it: "your deductible
            # is 631 82, your claim number is …", "tomorrow 8 to 12, ticket TK-604417";
            # and only when the head is short: a longer one is found without the type)
            out.add(i)
        if i + 1 < len(texts) and _id_rest(texts[i + 1]):
            out.add(i + 1)
    return out | rest_asked_turns(texts)


# A listener repeating an id's head and asking for the rest: "wait FA what was the rest",
# "sorry 412 and then what", "then 865 you forgot the rest" (letters spelled, normalised).
_REST_ASK = re.compile(
    r"^\W*(?:(?:wait|sorry|then|and|so|um|uh|okay|ok|yeah|sure|let me see|hang on)\W+)*"
    rf"(?P<head>{_ID_PIECE}(?:[ \t-]?{_ID_PIECE}){{0,2}})\W*"
    r"(?:what was the rest|what's the rest|and then what|then what|and then|"
    r"you forgot the rest|what comes after(?: that)?)\W*$",
    _I,
)
_REST_LOOKBACK = 3
# Where a read id may start: a token with a digit, or spelled letters (normalised upper).
_VALUE_TOKEN = re.compile(r"\b(?:[A-Z0-9]*\d[A-Z0-9]*|[A-Z]+)\b")


def _compact(text: str) -> str:
    """Letters and digits only, upper case: "FA" + "G1TY" is "FAG1TY"."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _said_before(piece: str, earlier: Sequence[str]) -> bool:
    """An earlier turn says a value that starts with ``piece`` at a token of digits or
    spelled letters, no amount: "FA" in "is FAG1TY", never the "so" inside "also"."""
    return any(
        _compact(text[m.start() :]).startswith(piece)
        and not _MONEY_AFTER.match(text, m.end())  # "412 dollars": an amount, no id
        and text[m.start() - 1 : m.start()] != "$"
        for text in earlier
        for m in _VALUE_TOKEN.finditer(text)
    )


def rest_asked_turns(texts: Sequence[str]) -> set[int]:
    """An id read out, a listener repeating its head and asking for the rest, and the rest
    said alone next: both pieces are the id's. The head must be how a value said just
    before starts (so "sorry 5 and then what" about a step is nothing); a rest of letters
    only must join the head to that value."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        m = _REST_ASK.match(text)
        if m is None or (is_shouting(text) and not _DIGIT.search(m.group("head"))):
            continue
        head = _compact(m.group("head"))
        earlier = texts[max(0, i - _REST_LOOKBACK) : i]
        if not _said_before(head, earlier):
            continue
        out.add(i)
        rest = texts[i + 1] if i + 1 < len(texts) else ""
        if _ID_REST.match(rest) and (
            _id_rest(rest) or _said_before(head + _compact(rest), earlier)
        ):
            out.add(i + 1)
    return out


# The reader's lead-in to a value they read: "i have a statement here, it's".
_STATEMENT_HEAD = re.compile(
    r"\b(?:it's|its|it is|that's|thats|that is|that'd be|number is|it says|it reads)[ \t,]*$",
    _I,
)
# A reply cut off mid-value: "96 -", "it's 667...", "44 dash".
_CUT_END = re.compile(r"(?:[ \t]*(?:-+|\u2013|\u2014|\.{2,}|\u2026)|[ \t]+dash)[ \t]*$", _I)
_MIN_CUT_DIGITS = 2
_SAID_AGAIN_REACH = 4


def _cut_first_piece(speakers: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """A short group that answers a question for a number and is cut off, or is said
    again at the head of the whole value once the asker asks to slow down: "do you have
    the patient id?" / "96 -" / "can you go a little slower?" / "9621 2674"."""
    text = texts[i]
    runs = digit_runs(text)
    digits = "".join(d for _, _, d in runs)
    if len(runs) != 1 or not _MIN_CUT_DIGITS <= len(digits) <= _SHORT_FIRST_PIECE + 2:
        return False
    if "?" in text or words(text[runs[0][1] :]) not in ([], ["dash"]):
        return False  # the group ends the turn: "it's 667...", not "it's 667 a month"
    if not (is_digit_chunk(text) or _STATEMENT_HEAD.search(text[: runs[0][0]])):
        return False
    if any(_MONEY_AFTER.match(text, end) or _QUANTITY_AFTER.match(text, end) for _, end, _ in runs):
        return False
    return bool(_CUT_END.search(text)) or _said_again_whole(speakers, texts, i, digits)


def _said_again_whole(speakers: Sequence[str], texts: Sequence[str], i: int, digits: str) -> bool:
    """The same speaker's next digits, after the other side's turn, start with these
    and run on: the piece was the value's head."""
    for j in range(i + 1, min(len(texts), i + _SAID_AGAIN_REACH)):
        if speakers[j] != speakers[i]:
            continue
        later = "".join(d for _, _, d in digit_runs(texts[j]))
        return len(later) > len(digits) and later.startswith(digits)
    return False


# The asker reading back the first group, the reader saying the rest: "let me repeat
# that 739" / "3 15 9 6 1 2 that's right".
_READ_BACK_HEAD = re.compile(
    r"\b(?:(?:repeat|read)(?:ing)?[ \t]+(?:that|it|this)(?:[ \t]+back)?|so[ \t]+that's)"
    r"[ \t,:]+\d{1,5}[ \t.,-]*$",
    _I,
)


def _read_back_head(texts: Sequence[str], i: int) -> bool:
    """A read-back cut after its first group, the next turn going on with digits."""
    return (
        bool(_READ_BACK_HEAD.search(texts[i]))
        and i + 1 < len(texts)
        and bool(_LEADING_DIGITS.match(texts[i + 1]))
    )
