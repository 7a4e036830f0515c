"""PERSON hits that are no one's name, and names read from a form as "Surname, First".

Name patterns fire on words a call uses otherwise: a benefit's acronym ("my hsa"), a
language ("the French course"), a brand ("Davis Vision"), a firm or a team answering the
line, a licence's state before its number. They are dropped before a name spreads through
the call. A read-back "GUTIERREZ, Spencer" is one name, its comma inside the span.
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from pipeline.schema import PiiEntity
from recognizers.base import HONORIFIC
from recognizers.foreign_words import foreign_trimmed
from recognizers.hits import Hit
from recognizers.name_gazetteer_recognizer import town_named_before
from recognizers.spoken_normalizer import NormalizedText
from recognizers.spoken_person_recognizer import (
    ORG_WORDS,
    RANK,
    Lexicon,
    fold,
    lexicon,
    wordset,
)

# Words found as a name that are something else on a call; dropped before they spread
# through the call. Benefit and tax acronyms, said or spelled ("my hsa", "the f s a").
_ACRONYM_NOT_NAME = frozenset(
    ("hsa", "fsa", "hra", "lpfsa", "dcfsa", "itin", "ein", "tin", "ppo", "hmo", "epo")
    + ("cobra", "ssdi", "snap", "wic", "ira", "vsp")
)
# A language or a nationality: "the evening French course", "it's Polish".
_LANGUAGE_WORDS = frozenset(
    ("french", "polish", "spanish", "german", "italian", "portuguese", "russian", "chinese")
    + ("japanese", "korean", "dutch", "greek", "turkish", "arabic", "hindi", "swedish")
    + ("english", "irish", "welsh", "scottish", "mandarin", "cantonese", "vietnamese")
)
# Brands of eye care and insurance, and bags, that callers name ("Davis Vision", "the
# Dailies Total 1", "acuvue oasys", "It's Progressive, policy …", "Black Tumi backpack").
_BRAND_NOT_NAME = re.compile(
    r"\b(?:(?:davis|superior)[ \t]+vision|eyemed|acuvue(?:[ \t]+oasys)?|oasys|"
    r"dailies(?:[ \t]+total)?|biofinity|air[ \t]+optix|proclear|bausch(?:[ \t]+\+?[ \t]*lomb)?|"
    r"progressive|geico|allstate|(?:black[ \t]+)?tumi|frequent[ \t]+(?:parker|flyer|diner)|"
    # routers by make and model: "the TP-Link Archer", "a netgear nighthawk"
    r"tp[- \t]?link(?:[ \t]+(?:archer|deco))?|(?:netgear[ \t]+)?nighthawk|(?:netgear[ \t]+)?orbi|"
    # instruments by make and model: "a Baldwin Acrosonic", "a hammond b three with the
    # leslie" (the organ's speaker, only beside a hammond), "a Steinway model B"
    r"(?:baldwin[ \t]+)?acrosonic|hammond(?=[ \t]+(?:b|c|m|a)[ \t-]?(?:3|three|100|\d)\b|"
    r"[ \t]+organ)|(?<=\bhammond\b[^.?!]{0,40}\b(?:the|a|its|with)[ \t]+)leslie\b|"
    # stroller brands: "a gray Uppababy", "the bugaboo fox"
    r"uppababy|bugaboo|"
    # a store and its card, with the 's: "the Lowe's card", "Lowe's." (not "Mr. Lowe's")
    r"(?<!\b(?:mr|mrs|ms|miss|dr)\.?[ \t]+)lowe['’]s|"
    # loan servicers: "Lakeview Loan Servicing", "the servicer is Lakeview?"
    r"lakeview(?=[ \t]+loan)|(?<=\bservic(?:er|ing)[ \t]+(?:is|was|company is)[ \t]+)lakeview|"
    r"nelnet|navient|mohela|aidvantage|"
    # an insurer (a surname too): named before its member number or plan
    r"kaiser(?:[ \t]+permanente|(?=[ \t]*[.,]?[ \t]*(?:member|insurance|plan|policy|health)\b)))\b",
    re.IGNORECASE,
)
# Words that are never a name, whatever pattern took them: "HR called me into the
# office", "the officer didn't seem to care", "mail-in".
_NEVER_NAME = frozenset(
    ("into", "onto", "unto", "didn't", "didn’t", "don't", "don’t", "doesn't", "wasn't")
    + ("being", "mail-in", "drop-off", "levy", "levies", "levied")
)
_RANK_ALONE = re.compile(rf"{RANK}\.?", re.IGNORECASE)
# Words a caller says to someone in the room or as an aside, never their name: terms of
# endearment, kin said as a name ("shh dad", "it's doctor mom"), hushes and oaths ("oh
# gosh kiddo"). A span of these words alone is dropped; another word in it keeps it a
# name ("Bud Hollis"), and so does a title or a first name before a word that is a
# surname too ("Ms. Ma", "Jack Ma", "Dr. Dear"), but not before a kin word ("doctor mom").
# (not "bud", "nana" or "honey", given names as often: "I'll send Bud over", "ask for
# Nana", "my niece honey")
_ADDRESS_WORDS = wordset(
    """hon hun babe baby sweetie sweetheart darling dear kiddo kiddos buddy pal
    mom mum ma mama momma mommy dad daddy pop pops papa grandma grandpa granny
    shh shush sh gosh golly doctor"""
)
# A caller who gives such a word as a name keeps it ("my name is Hon", "she goes by
# Sweetie", "my niece Baby").
_INTRODUCED_BEFORE = re.compile(
    r"\b(?:name(?:'s|’s|[ \t]+is)|i'm|i’m|this[ \t]+is|call[ \t]+me|goes[ \t]+by|go[ \t]+by|"
    r"named|called|my[ \t]+(?:niece|nephew|daughter|son|sister|brother|cousin|aunt|uncle|"
    r"wife|husband|partner|friend|neighbou?r|grand(?:daughter|son)))[ \t]+$",
    re.IGNORECASE,
)
_ADDRESS_SURNAMES = wordset("ma dear pop pops pal baby")
# A farewell in another language, taken for a name: "Auf Wiederhören.", "hasta luego".
_FOREIGN_FAREWELL = frozenset(
    ("auf", "wiederhören", "wiederhoren", "wiedersehen", "au", "revoir", "hasta", "luego")
    + ("arrivederci", "tschüss", "tschüs", "adiós", "adios", "ciao", "mañana", "pronto")
)
# Leading words a name span took with it: "I need to reorder Luna's pills".
_VERB_HEADS = frozenset(("reorder", "renew", "refill", "cancel", "being", "use"))
# A title or an introduction right before the word makes it the surname ("Ms. Levy").
_NAMED_BEFORE = re.compile(
    rf"(?:\b{HONORIFIC}\.?|\bname(?:'s|’s|[ \t]+is)|\bi'm|\bi’m|\bthis[ \t]+is)[ \t]+$"
    r"|(?-i:\p{Lu}\p{Ll}+)[ \t]+$",
    re.IGNORECASE,
)
# "Long story": the idiom, said where a surname could stand.
_IDIOM_AFTER = re.compile(r"[ \t]+(?:story|time[ \t]+no|way)\b", re.IGNORECASE)


def without_not_names(norm: NormalizedText, hits: list[Hit]) -> list[Hit]:
    """PERSON hits less those that are an acronym, a language, a brand, a verb or an idiom;
    an answer to the name question (ConversationContext) is kept as said."""
    spans = {
        flag: [m.span() for m in _BRAND_NOT_NAME.finditer(t)]
        for flag, t in ((False, norm.text), (True, norm.original))
    }
    out = []
    for hit in hits:
        text = norm.original if hit.original else norm.text
        if hit.entity == "PERSON" and any(
            s <= hit.start and hit.end <= e for s, e in spans[hit.original]
        ):
            continue  # a brand, even as the answer to a question ("the TP-Link Archer")
        if hit.entity == "PERSON":
            hit = without_foreign_words(text, hit)
            if hit is None:
                continue  # "Muchas gracias", "su número de teléfono": Spanish, no name
        if hit.entity != "PERSON" or hit.recognizer == "ConversationContext":
            out.append(hit)
            continue
        hit = _without_verb_head(text, hit)
        if not _not_a_name(text, hit.start, hit.end, spans[hit.original]):
            out.append(hit)
    return out


def without_foreign_words(text: str, hit: Hit) -> Hit | None:
    """The PERSON hit less the common Spanish (Portuguese, Vietnamese...) words at its
    ends, or ``None`` when only such words were found ("Algo más", "nyet nyet")."""
    span = foreign_trimmed(text, hit.start, hit.end)
    if span is None:
        return None
    if span == (hit.start, hit.end):
        return hit
    return replace(hit, start=span[0], end=span[1])


def _without_verb_head(text: str, hit: Hit) -> Hit:
    """The hit less a verb it took before the name ("reorder Luna")."""
    words = text[hit.start : hit.end].split()
    if len(words) < 2 or words[0].lower() not in _VERB_HEADS:
        return hit
    start = text.index(words[1], hit.start + len(words[0]))
    return replace(hit, start=start)


def _not_a_name(text: str, start: int, end: int, brands: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is no one's name on a call (see the word lists above)."""
    value = text[start:end]
    low = value.lower().strip(".,")
    letters = re.sub(r"[ \t.]", "", low)
    if letters in _ACRONYM_NOT_NAME and (" " in low or "." in low or len(low) == len(letters)):
        return True
    if _RANK_ALONE.fullmatch(low):
        return True  # "This is Sgt. Raymond Oyelaran": the rank, found apart
    if (low in _NEVER_NAME or low in _LANGUAGE_WORDS) and not _NAMED_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return True
    if any(s <= start and end <= e for s, e in brands):
        return True
    if _address_words_only(text, start, low):
        return True
    if " " in low and all(w in _FOREIGN_FAREWELL for w in low.split()):
        return True  # "Auf Wiederhören": two words of a farewell, no one's name
    if _site_named(text, start, end) or _word_as_state(text, start, end, low):
        return True
    if " " not in low and low == "long" and _IDIOM_AFTER.match(text, end):
        return True
    if " " not in low and _dog_called(text, start, end):
        return True
    if " " not in low and town_named_before(text, start):
        return True  # "leaving PORT JEFFERSON": the town, whoever found the surname
    return (
        _firm_words(text, start, end)
        or _state_before_number(text, start, end)
        or surname_firm(text, start, end)
    )


def _address_words_only(text: str, start: int, low: str) -> bool:
    """A span made only of words said to someone ("hon", "shh dad", "gosh kiddo"), not
    given as a name ("my name is Hon"): how a caller speaks to family, not a name."""
    words = re.findall(r"[\p{L}'’]+", low)
    return (
        bool(words)
        and all(w in _ADDRESS_WORDS for w in words)
        and not _INTRODUCED_BEFORE.search(text, max(0, start - 24), start)
        and not (
            words[-1] in _ADDRESS_SURNAMES and _NAMED_BEFORE.search(text, max(0, start - 16), start)
        )
    )


# A firm named by its partners' surnames: "I'm Felipe Arzate from Arzate and Moss", "hi
# it's andrew from mcallister and pratt", "associate at Rourke Stein", "firm is hollis and
# vega". The cue says where one works; "with Dana and her husband", "from Maria and John"
# (first names) and "I'm Tamsin Hollis" stay names.
_ROLE_WORDS = (
    r"(?:firm|practice)(?:[ \t]+is|[ \t]*[,:])?|"
    r"(?:partner|associate|attorney|lawyer|paralegal|counsel)[ \t]+(?:at|with)"
)
_FIRM_CUE = re.compile(rf"\b(?:from|at|{_ROLE_WORDS})[ \t]+$", re.IGNORECASE)
_ROLE_CUE = re.compile(rf"\b(?:{_ROLE_WORDS})[ \t]+$", re.IGNORECASE)
_WORD_START = re.compile(r"(?<![\p{L}'’-])\p{L}")
_PAIR_AND = re.compile(r"(\p{L}[\p{L}'’-]*)[ \t]+(?:and|&)[ \t]+(\p{L}[\p{L}'’-]*)\b")
_PAIR_TWO = re.compile(r"(\p{L}[\p{L}'’-]*)[ \t]+(\p{L}[\p{L}'’-]*)(?=[ \t]*(?:[,.;!?]|$))")


def _firm_surnames(words: tuple[str, str], lex: Lexicon) -> bool:
    """Partners' surnames in a firm's name: no everyday or listed-only first name among
    them ("from Priya and Arjun", "from Ngozi and Chidi" are people), and at least one a
    surname that is no first name."""
    lows = [fold(w) for w in words]
    if any(
        low in lex.frequent_firsts or (low in lex.firsts and low not in lex.lasts) for low in lows
    ):
        return False
    return any(low in lex.lasts and low not in lex.firsts for low in lows)


# Plain "from"/"at" names a firm only after the speaker's introduction: "it's andrew from
# mcallister and pratt", "Lena Markowitz at Harmon & Pryce" (not "a package from Okafor
# and Mbeki").
_INTRO_BEFORE = re.compile(
    r"(?:\b(?:this[ \t]+is|it's|it’s|it[ \t]+is|i'm|i’m|i[ \t]+am|my[ \t]+name(?:'s|[ \t]+is)|"
    r"calling)\b[^.?!]{0,30}|(?-i:\p{Lu}\p{Ll}+[ \t]+))(?:from|at)[ \t]+$",
    re.IGNORECASE,
)


def _own_surname_firm(text: str, s0: int) -> bool:
    """ "Howard Blaisdell at Blaisdell Kerr": the firm opens with the surname just said
    before "at"/"from"."""
    first = _ONE_NAME_WORD.match(text, s0)
    before = text[max(0, s0 - 40) : s0].lower().split()
    return bool(first and len(before) >= 2 and before[-2] == first.group().lower())


def surname_firm(text: str, start: int, end: int) -> bool:
    """The span lies in "<surname> and <surname>" (or, after a work cue, "<surname>
    <surname>") named after "from", "at", "firm is", "partner at": a firm, not a person."""
    lex = lexicon()
    # the pair starts at the span or a word or two before it ("from hall and price")
    starts = [start] + [m.start() for m in _WORD_START.finditer(text, max(0, start - 30), start)]
    for s0 in starts:
        if not _FIRM_CUE.search(text, max(0, s0 - 30), s0):
            continue
        role = _ROLE_CUE.search(text, max(0, s0 - 30), s0)
        if not role and not _INTRO_BEFORE.search(text, max(0, s0 - 60), s0):
            continue
        m, two = _PAIR_AND.match(text, s0), False
        if not m and (role or _own_surname_firm(text, s0)):
            m, two = _PAIR_TWO.match(text, s0), True
        if not m or not (m.start() <= start and end <= m.end()):
            continue
        words = (m.group(1), m.group(2))
        if two and not all(w[:1].isupper() for w in words):
            return False
        return _firm_surnames(words, lex)
    return False


# A place of the firm's, named before what it is: "at our Maple Grove location".
_SITE_OWNER_BEFORE = re.compile(r"\b(?:our|your|their|the|that|this)[ \t]+$", re.IGNORECASE)
_SITE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:location|branch|store|campus|clinic|site|facility|showroom|warehouse|depot|"
    r"outlet|office)s?\b",
    re.IGNORECASE,
)


def _site_named(text: str, start: int, end: int) -> bool:
    """A branch or a site named like a person ("our Maple Grove location", "the Carter
    branch"): an owner's word before it and what the place is after it."""
    return bool(
        _SITE_OWNER_BEFORE.search(text, max(0, start - 8), start)
        and _SITE_NOUN_AFTER.match(text, end)
    )


# What a person is, said where a name could stand: "it says i'm female", "the name is
# common", "I'm doing genealogy".
_STATE_WORDS = wordset(
    """female male common uncommon rare unusual popular married single divorced widowed
    separated retired disabled unemployed pregnant deaf blind"""
)
_COPULA_BEFORE = re.compile(
    r"\b(?:i'm|i’m|im|i[ \t]+am|it's|it’s|is|that's|that’s|was|are|he's|she's)[ \t]+$",
    re.IGNORECASE,
)


def _word_as_state(text: str, start: int, end: int, low: str) -> bool:
    """One word after "I'm", "it's", "is" that is a state or a verb's "-ing" form, not a
    listed name."""
    if " " in low or not _COPULA_BEFORE.search(text, max(0, start - 8), start):
        return False
    lex = lexicon()
    if low in _STATE_WORDS:
        return True
    if lex.is_name(low):
        return False
    # ("it's GMT", "It's PT": capitals after "it's" open an id read in pieces as often as
    # they name a technical acronym, so they stay)
    return low.endswith("ing") and len(low) >= 5 and lex.is_word(low)  # "i'm doing genealogy"


# Words that end a firm's, a team's or a menu's name: "Eastview Marching Band", "the
# ClearPath HSA team", "hunter ridge wine club", "Cobalt Lane Engineering".
_FIRM_TAIL = ORG_WORDS | frozenset(
    ("team", "club", "band", "engineering", "orchestra", "choir", "league", "vision")
    + ("centers", "centres", "department", "dept", "desk", "division", "program", "programme")
)
_FIRM_AFTER = re.compile(r"(?:[ \t]+(\p{L}+)){1,3}\b")
_NOT_FIRM_GAP = frozenset(
    ("with", "the", "at", "from", "of", "for", "and", "to", "in", "on", "my", "your", "our")
    + ("a", "an", "is", "was", "at", "by", "or", "her", "his", "their", "said", "says")
    # a farewell after the name: "thank you for calling rosalind take care"
    + ("take", "have", "bye", "goodbye", "thanks", "thank", "and")
)
# Where a firm's name stands: opening the turn ("hunter ridge wine club this is dana"),
# after "the", "from", "at" ("the ClearPath HSA team"), never after "thanks" or "this is".
_FIRM_PLACE = re.compile(
    r"(?:^|\b(?:the|from|at|for|calling)[ \t]+|^[ \t]*(?:good[ \t]+(?:morning|afternoon|evening)"
    r"|hi|hello)[ \t]*[,.!]?[ \t]*)$",
    re.IGNORECASE,
)
# A greeting answering the line ("hi maria, this is …" greets the customer instead).
_OPENING_GREETING = re.compile(
    r"[ \t]*(?:(?:good[ \t]+(?:morning|afternoon|evening|day)|thank[ \t]+you[ \t]+for"
    r"[ \t]+calling|thanks[ \t]+for[ \t]+calling)[ \t]*[,.!]?[ \t]*)+",
    re.IGNORECASE,
)
# The agent's own introduction after the firm answering the line.
_INTRO_AFTER = re.compile(
    r"[ \t]*[,.!][ \t]*(?:this[ \t]+is|my[ \t]+name[ \t]+is|you're[ \t]+speaking|you’re"
    r"[ \t]+speaking|i'm|i’m)\b",
    re.IGNORECASE,
)
# Where the firm answering the line stands: first in the turn, after a greeting or a
# thank-you, with "this is" or "you've reached" ("good afternoon this is …").
_LINE_OPENING = re.compile(
    r"[ \t]*(?:(?:good[ \t]+(?:morning|afternoon|evening|day)|hi|hello|thank[ \t]+you[ \t]+for"
    r"[ \t]+calling|thanks[ \t]+for[ \t]+calling)[ \t]*[,.!]?[ \t]*)*"
    r"((?:this[ \t]+is|you've[ \t]+reached|you’ve[ \t]+reached)[ \t]+)?",
    re.IGNORECASE,
)
# The agent naming themselves later in the same sentence: "…, you're speaking with Maria".
_AGENT_INTRO_LATER = re.compile(
    r"([^.?!]{0,60}?)\b(?:this[ \t]+is|my[ \t]+name[ \t]+is|my[ \t]+name's|i'm|i’m|i[ \t]+am|"
    r"(?:you're|you’re|you[ \t]+are)[ \t]+speaking[ \t]+(?:with|to))[ \t]+(\p{L}+)\b(?!['’])",
    re.IGNORECASE,
)


def _firm_then_agent(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The firm answering the line: a span that opens the turn ("good afternoon this is
    hope harbor food bank …") when the same sentence goes on to the agent's own name ("…
    you're speaking with pablo"); an agent introduces themselves once."""
    opening = _LINE_OPENING.fullmatch(text, 0, start)
    m = _AGENT_INTRO_LATER.match(text, end)
    if start == 0 or not opening or not m:
        return False
    if not opening.group(1) and not re.search(r"\p{L}", m.group(1)):
        return False  # "hi maria, this is john": the agent greets the customer
    agent = fold(m.group(2))
    said = {fold(w) for w in text[start:end].split()}
    return agent not in said and (lex.is_name(agent) or not lex.is_word(agent))


# A desk named at its firm: "… billing office at riverside oncology", "… front desk for".
_DESK_AT_FIRM = re.compile(r"[ \t]*,?[ \t]+(?:at|for|over at)[ \t]+\p{L}", re.IGNORECASE)
_AND_AFTER = re.compile(r"[ \t]*(?:and|&)[ \t]+(?-i:\p{Lu})", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?-i:\p{Lu})\p{L}*[ \t]+(?:and|&)[ \t]*$", re.IGNORECASE)


def _firm_words(text: str, start: int, end: int) -> bool:
    """A span that is, or starts, a firm's or a team's name (its last word, or one of the
    next three words before any function word, is a firm word), or a capitalised menu or
    firm name of English words joined by "and" ("Forms and Documents", "Cork & Capsule")."""
    words = text[start:end].split()
    lex = lexicon()
    last = fold(words[-1].strip(".,"))
    if last in _FIRM_TAIL and not lex.is_name(last):
        return True
    m = _FIRM_AFTER.match(text, end)
    if m and _FIRM_PLACE.search(text, max(0, start - 24), start):
        for word, word_end in zip(m.captures(1), m.ends(1), strict=True):
            low = fold(word)
            if low in _NOT_FIRM_GAP or lex.is_name(low) or not lex.is_word(low):
                break  # a name word or no English word goes on the person's name
            if low in _FIRM_TAIL and _DESK_AT_FIRM.match(text, word_end):
                break  # "good morning hernan billing office at riverside": the caller's desk
            if low in _FIRM_TAIL:
                return True
    if (
        _OPENING_GREETING.fullmatch(text, 0, start)
        and _INTRO_AFTER.match(text, end)
        and not any(lex.is_name(w) for w in words)
    ):
        return True  # "Good afternoon, Northbridge, this is Kenji speaking."
    if _firm_then_agent(text, start, end, lex):
        return True  # "this is tri county electric, you're speaking with robert"
    if text.isupper() or not all(w[:1].isupper() for w in words):
        return False
    if any(lex.is_name(w.strip(".,")) or not lex.is_word(w.strip(".,")) for w in words):
        return False
    return bool(_AND_AFTER.match(text, end) or _AND_BEFORE.search(text, max(0, start - 30), start))


# A driving licence's state before its number: "Vermont, 48210937", "California, D48".
_US_STATES = wordset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming"""
)
_NUMBER_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\p{L}{0,2}\d|(?-i:\p{Lu})(?:\b|$))", re.IGNORECASE)


# A pet told off in side talk: "hold on ziggy no drop it", "sorry hold on ziggy off get
# off the couch"; a dog's command follows the name ("hold on michael, inside voice" and
# "hold on sam off you go" are a child: kept).
_PET_CALL_BEFORE = re.compile(
    r"\b(?:hold on|hang on|one sec(?:ond)?|wait|sorry)[ \t]*,?[ \t]*$", re.IGNORECASE
)
_PET_COMMAND_AFTER = re.compile(
    r"[ \t]*[,!.]?[ \t]+(?:no[ \t]*,?[ \t]+)?(?:drop it|leave it|get off|get down|"
    r"off(?![ \t]+(?:you|we|to|the phone))|sit(?![ \t]+(?:down|still|up|with|here|there))|"
    r"down[ \t]*(?:[,.!]|$|boy|girl|get)|bad (?:dog|boy|girl)|no[ \t]+(?:no|off|down))\b",
    re.IGNORECASE,
)


# The turn says an animal is meant ("… drop it sorry the dog"): children are told "get
# down" and "no no" too, so a listed first name needs it.
_PET_WORD = re.compile(r"\b(?:dog|dogs|doggy|puppy|pup|cat|kitty|kitten)\b", re.IGNORECASE)


def _dog_called(text: str, start: int, end: int) -> bool:
    """A pet's name in side talk: an interruption before it, a dog's command after it, and
    an animal named in the turn or a word that is no first name ("Biscuit")."""
    return bool(
        _PET_CALL_BEFORE.search(text, max(0, start - 24), start)
        and _PET_COMMAND_AFTER.match(text, end)
        and (_PET_WORD.search(text) or fold(text[start:end]).lower() not in lexicon().firsts)
    )


def _state_before_number(text: str, start: int, end: int) -> bool:
    """A state's name, no listed first name, right before a number or its first letter."""
    low = fold(text[start:end])
    return (
        low in _US_STATES and low not in lexicon().firsts and bool(_NUMBER_AFTER.match(text, end))
    )


# "Surname, Firstname" as read from a form ("GUTIERREZ, Spencer", "Let me make sure I
# have that, Carpenter, Teresa, correct?"): one word each side of the comma.
_COMMA_GAP = re.compile(r"[ \t]?,[ \t]+")
_ONE_NAME_WORD = re.compile(r"\p{L}[\p{L}'’-]*")
# A list of people goes on ("Maria, John and Pete", "Ann, Bo, Cy"): no surname order there.
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:and|&|or)[ \t]+\p{L}", re.IGNORECASE)


def surname_comma_first(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """Two one-word PERSON spans joined only by a comma become one span when they read as
    "Surname, Firstname": the second a listed first name, the first a listed name, and no
    list of people around them (a name before or an "and" after)."""
    names = sorted((e for e in entities if e.entity_type == "PERSON"), key=lambda e: e.start)
    if len(names) < 2:
        return entities
    lex = lexicon()
    drop: set[int] = set()
    added: list[PiiEntity] = []
    for a, b in zip(names, names[1:], strict=False):
        if id(a) in drop or not _COMMA_GAP.fullmatch(original, a.end, b.start):
            continue
        last, first = original[a.start : a.end], original[b.start : b.end]
        if not (_ONE_NAME_WORD.fullmatch(last) and _ONE_NAME_WORD.fullmatch(first)):
            continue
        if fold(first) not in lex.firsts or not lex.is_name(last):
            continue
        if _LIST_GOES_ON.match(original, b.end) or _next_to_person(names, a.start, b.end):
            continue
        drop.update((id(a), id(b)))
        added.append(PiiEntity("PERSON", a.start, b.end, max(a.score, b.score), a.recognizer))
    if not added:
        return entities
    return tuple(
        sorted(
            [e for e in entities if id(e) not in drop] + added,
            key=lambda e: (e.start, e.end, e.entity_type),
        )
    )


def _next_to_person(names: list[PiiEntity], start: int, end: int) -> bool:
    """Whether another PERSON span ends just before ``start`` or starts just after ``end``
    (a list of people: "Ann, Bo, Cy")."""
    return any(start - 3 <= e.end <= start or end <= e.start <= end + 3 for e in names)


# "no, it's i-t, not o-t. S-M-I-T-H": two letters set against two others correct one
# spot of a spelling; they name no one on their own.
_PAIR = r"\p{L}(?:[ \t]*-[ \t]*|[ \t])\p{L}(?![\p{L}-])"
_CORRECTION_PAIRS = re.compile(
    rf"\b(?:it's|it’s|it[ \t]+is|its)[ \t]+(?P<a>{_PAIR})(?:[ \t]+at[ \t]+the[ \t]+end)?"
    rf"[ \t]*,?[ \t]+not[ \t]+(?P<b>{_PAIR})",
    re.IGNORECASE,
)
_AFTER_PAIR = re.compile(r"[ \t]*[.,;:]?[ \t]*")


def without_correction_pairs(
    original: str, entities: tuple[PiiEntity, ...]
) -> tuple[PiiEntity, ...]:
    """Drop a PERSON that is only such a correction pair; one that runs on past the pair
    into the whole spelling ("o-s. J O N E S") is cut to start after the pair."""
    pairs = [m.span(g) for m in _CORRECTION_PAIRS.finditer(original) for g in ("a", "b")]
    if not pairs:
        return entities
    out = []
    for e in entities:
        span = next((p for p in pairs if e.entity_type == "PERSON" and e.start == p[0]), None)
        if span is not None and e.end >= span[1]:
            rest = _AFTER_PAIR.match(original, span[1]).end()
            if rest >= e.end:
                continue
            e = replace(e, start=rest)
        out.append(e)
    return tuple(out)
