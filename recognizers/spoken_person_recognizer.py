"""PERSON: names introduced on a call ("my name is …", "mr …") and names spelled out.

A cue ("my wife …", "this is …") is followed by ordinary words as often as by a name
("my father passed", "i am moving"). Lower-case ASR output has no capital to tell them
apart, so the words after a cue are checked against a lexicon (``Lexicon``): the US
first-name and surname lists that ship with ``faker`` and the English word index of the
spaCy model's lemmatizer (WordNet-derived, with its suffix rules for inflected forms).
A listed name or a word that is not English counts as a name; an English word ends it.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import unicodedata
from pathlib import Path

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.base import BRANDS, HONORIFIC, CuedPattern, SpokenPatternRecognizer

logger = logging.getLogger(__name__)

# What one asks of someone in the room while on the phone: "… get the checkbook",
# "… write that down", "… read the bottom of the check", "… where did you put the letter".
_ROOM_REQUEST = (
    r"get (?:the|my|me)|grab (?:the|my|me)|write (?:that|this|it) down|read (?:the|me|it|that|"
    r"this|what)|where did you put|can you (?:get|grab|find|read|write|hand)|hand me|"
    r"you always forget"
)

# Words that follow an introduction cue but are not names ("this is about my bill",
# "i'm calling to", "my name is on the account").
_NOT_NAME = (
    r"(?:a|an|the|and|or|but|so|to|of|on|in|at|for|from|with|by|about|as|is|was|are|am|be|"
    r"been|it|its|it's|this|that|these|those|there|here|my|your|his|her|our|their|me|you|"
    r"him|we|they|us|them|i|i'm|im|calling|speaking|just|really|not|no|yes|yeah|yep|going|trying|"
    r"looking|having|sorry|fine|good|great|well|okay|ok|still|very|also|actually|currently|"
    r"wondering|interested|happy|glad|correct|right|sure|calling|call|called|wanting|"
    r"hoping|unable|able|afraid|sorry|the|um|uh|uhm|er|erm|hmm|mm|ah|oh|hi|hello|hey|thanks|thank|"
    r"please|again|now|today|back|ready|done|confused|frustrated|new|returning|customer|"
    r"agent|representative|rep|member|spelled|spell|like|last|first|full|name|that's|thats|"
    r"over|if|when|what|who|how|why|can|could|would|should|will|need|want|got|get|have|"
    r"has|had|do|does|did|regarding|concerning|unfortunately|definitely|absolutely|"
    r"because|then|than|only|even|all|any|some|one|two|mister|missus|miss|mr|mrs|ms|mx|dr|"
    r"sir|ma'am|maam|madam|madame|mademoiselle|monsieur|senor|señor|senora|señora|doctor|professor|thinking|pretty|kind|sort|trouble|disconnected|"
    r"transferred|dob|date|birthday|born|zip|postcode|ssn|cvv|cvc|csc|"
    # a provider's field labels: "which npi are these billed under", "the mrn is …"
    r"npi|mrn|"
    # a clergy title said as the address ("Hello, Father"): visible by policy (not
    # "pastor" or "deacon", which are surnames too: "sabrina pastor")
    r"father|reverend|chaplain|rabbi|"
    r"ridiculous|crazy|urgent|important|frustrating|annoying|unacceptable|weird|strange|"
    r"perfect|awesome|amazing|terrible|horrible|wrong|true|false|ok|odd|insane|silly|"
    r"everything|nothing|something|anything|all|both|exactly|probably|possible|impossible|"
    r"helpful|useless|urgent|serious|fair|unfair|new|old|same|different|mine|yours|ours|"
    r"billing|support|sales|service|services|accounts|payments|technical|tech|team|"
    r"department|company|bank|office|store|line|phone|call|number|card|account|"
    r"today|tomorrow|yesterday|morning|afternoon|evening|night|week|month|year|"
    r"bad|nice|cool|lovely|wonderful|excellent|fantastic|brilliant|alright|why|where|"
    r"first|second|third|last|next|time|way|thing|things|problem|issue|question|change|"
    r"changed|changes|form|field|update|updated|listed|appears|shows|showing|match|"
    r"matches|please|spelling|tag|badge|brand|plate|address|card|holder|given|used|were|"
    r"guys|everyone|everybody|folks|there|all|again|so|much|lot|you|y'all|ya|someone|"
    r"somebody|anyone|anybody|manager|supervisor|person|people|human|operator|agent|"
    r"billing|retention|cancellations|claims|sales|whoever|she|he|herself|himself|"
    r"verified|confirmed|noted|received|approved|processed|completed|cancelled|canceled|"
    r"submitted|resolved|fixed|sent|booked|scheduled|authorized|authorised|apostrophe|hyphen|"
    r"dash|underscore|capital|lowercase|uppercase|letter|letters|same|under|social|self|free|"
    r"insured|employed|retired|unemployed|disabled|let|let's|lets|lemme|see|born|past|due|"
    r"overdue|late|behind|nope|bye|goodbye|cheers|welcome|congrats|congratulations|"
    # when and where words after a cue: "call me once it's sent", "i'm up at the cabin"
    r"before|after|once|whenever|anytime|later|soon|until|till|while|up|down|out|back|"
    r"away|around|ahead|"
    # adverbs after a cue: "call me instead", "my doctor already sent it"
    r"instead|already|anyway|anyways|anymore|yet|either|saying|"
    # a negated verb is never a name: "my grandson isn't here", "MY SON DOESNT"
    r"[A-Za-z]+n['’]t|(?:is|was|are|were|does|do|did|has|have|had|could|would|should|ca|wo)nt)"
)
NOT_NAME = _NOT_NAME
# What "my doctor" does next is no name: "my doctor says", "the doctor prescribed".
# Honorifics of other languages, no part of the name: "Madame Tremblay", "Señora Ruiz".
_FOREIGN_TITLE = r"(?:madame|mademoiselle|monsieur|mme|mlle|senora|señora|senor|señor)"
_TITLE_VERB = (
    r"(?:says|said|say|tells|told|thinks|thought|wants|wanted|recommended|recommends|"
    r"prescribed|prescribes|ordered|orders|switched|increased|reduced|lowered|raised|"
    r"doubled|cleared|signed|wrote|writes|needs|needed|asked|asks|mentioned|suggested|"
    r"suggests|referred|refers|put|gave|gives|sent|sends|faxed|faxes|submitted|diagnosed|"
    r"believes|believed|explained|explains|confirmed|confirms|approved|approves|requested|"
    r"requires|required|retired|moved|left|changed|changes|stopped|started|added|took|"
    r"upped|bumped|visit|visits|appointment|office|offices|note|notes)"
)
# Where a name goes on or off a record, after "name": "take my wife's name off our joint
# savings", "my husband's name was added", "put her name onto the deed".
_NAME_MOVED = r"(?!(?:off|onto|into|added|removed|deleted|dropped|taken)\b)"
# A day, a month or a relative day that opens a date: "monday the 12th", "november 9".
_DAY_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|tomorrow|"
    r"today|tonight|this[ \t]+\p{L}+|next[ \t]+\p{L}+)\b"
)
# A name word in any script: "josé", "Schröder-Lindqvist", "n'diaye", "Hyun-woo".
NAME_WORD = rf"(?!{_NOT_NAME}\b)\p{{L}}[\p{{L}}'’-]*\p{{L}}"
# An initial between names ("latisha m greene", "J. Marcus"); the trim step keeps it
# only before another name word.
_INITIAL = r"\p{L}\.?(?!\p{L})"
# A capitalised surname that is an English word too: "Bhavya Date", "Ana Price" (the trim
# step keeps it only in a turn written with capitals).
_CAP_WORD = r"(?-i:\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])"
# "St." inside a surname: "Noémie St. Amand", "Thank you St. Cyr" (before a name word).
_SAINT = r"(?-i:[Ss]t|ST)\.(?=[ \t]+\p{L})"
_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{_SAINT}|{NAME_WORD}|{_INITIAL}|{_CAP_WORD})){{0,3}}"
_CAP_NAME_WORD = rf"(?!{_NOT_NAME}\b)(?-i:\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}})"
_CAP_SAINT = r"(?:(?-i:St)\.[ \t]+)?"
_CAP_NAME = rf"{_CAP_SAINT}{_CAP_NAME_WORD}(?:[ \t]+{_CAP_SAINT}{_CAP_NAME_WORD}){{0,2}}"
# The agent's own name after a sign-off's name: "thanks for calling emily this was derek".
_OWN_NAME_NEXT = (
    r"[ \t]*[,.!]?[ \t]+(?:again[ \t]*,?[ \t]+)?(?:this was|my name's|my name is|"
    r"this is)[ \t]+\p{L}"
)
_RELATION = (
    r"(?:(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|"
    r"husband|wife|partner|spouse|son|daughter|mother|father|mom|dad|mum|brother|sister|"
    r"boyfriend|girlfriend|fiance|fiancee|grandmother|grandfather|grandma|grandpa|aunt|"
    r"uncle|cousin|niece|nephew|friend|roommate|colleague|boss|manager|neighbor|neighbour|"
    r"stepson|stepdaughter|stepmother|stepfather|stepmom|stepdad|granddaughter|grandson|"
    r"child|kid|baby|ex-wife|ex-husband|ex|caregiver|landlord|tenant|mate|flatmate|housemate|"
    r"coworker|co-worker|workmate|classmate|teammate|buddy|pal)"
)
# A word between the possessive and the relation: "my best friend", "my older brother".
_RELATION_KIND = (
    r"(?:(?:best|older|oldest|younger|youngest|little|big|twin|baby|eldest|elder|"
    r"childhood|close)\s+)?"
)
# Verbs that open a request before a relative: "Add my daughter", "call my son".
# A wish or need before an infinitive: the word after it is a verb ("need to grant my
# neighbor permission", "want to give my son access"), not a name ("going to" and a bare
# "to" can lead to a person: "talk to karin my daughter").
_WISH_TO = (
    r"\b(?:(?:need|needs|needed|want|wants|wanted|trying|tried|like|able|ought|have|has|had)"
    r"[ \t]+to|gotta|wanna|gonna)"
)
_REQUEST_VERB = (
    r"(?:add|remove|call|ask|tell|put|get|take|bring|include|let|help|send|text|email|"
    r"have|make|see|check|pay|drop|list|update|change|cancel)"
)
# What a relative did, said right after the relation: "my husband died", "my son moved".
_RELATIVE_DID = (
    r"(?:died|passed|left|moved|called|wanted|needed|said|told|got|gets|is|was|has|had|"
    r"will|would|can|could|did|does|lives|lived|works|worked)"
)
# Roles a person is named to, not names: "named executor", "the named beneficiary".
_NAMED_ROLES = frozenset(
    {"executor", "executrix", "beneficiary", "beneficiaries", "trustee", "guardian",
     "administrator", "payee", "poa", "agent", "insured", "policyholder", "owner", "driver"}
)  # fmt: skip
# Where a page is "under": "online under Documents", "under Settings" (a tab, no name).
_UI_PLACES = frozenset(
    {"documents", "settings", "account", "billing", "profile", "payments", "statements",
     "history", "forms", "tax", "menu", "options", "help", "support", "messages", "orders"}
)  # fmt: skip
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
# US states: "It's Texas" answers which state issued a licence, after such a cue.
_LICENCE_CUE = re.compile(r"\b(?:licen[cs]e|state|plates?|registration|dmv|id)\b", re.IGNORECASE)
_STATE_NAMES = """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming"""
US_STATES = frozenset(_STATE_NAMES.split())
# Spelled names arrive from the normaliser as one upper-case run: "S M I T H" -> "SMITH".
_SPELLED = r"(?-i:[\p{Lu}]{2,})"
# After "that's"/"it's" an upper-case run is an acronym when a noun or a number follows
# ("it's MRN 00481733", "that's your WAN address"), a spelling when the clause ends.
_NOT_ACRONYM = (
    r"(?!\s+(?:\d|(?!(?:and|or|with|is|so|then|my|his|her|its|it's|that|that's|the|like|"
    r"as|dash|hyphen|space|apostrophe|period|dot|first|last|right|correct|okay|ok|yes|"
    r"yeah|no)\b)\p{Ll}{2,}))"
)


def wordset(words: str) -> frozenset[str]:
    """A set of the whitespace-separated words in ``words``."""
    return frozenset(words.split())


# Surname particles: "ines carvalho dos santos", "de la cruz", "ní bhriain", "van der berg".
PARTICLES = wordset(
    "de del della la le las los van von der den da das dos di du st saint san mac bin "
    "binti ibn al el ter ten ni nic ap"
)
# Everyday spellings the word index lacks (chat and ASR forms).
_COLLOQUIAL = wordset(
    """gonna wanna gotta kinda sorta dunno lol lmao omg btw tbh idk ya yall cuz coz nah yep
    nope yup mhm hmm hm uhh umm ugh ok okay alright thx pls plz tmrw u ur im ive id youre
    thats whats dont cant wont didnt doesnt isnt wasnt arent hes shes theyre theres wasn
    tryna hella legit gimme lemme outta ain't aint cause yeah yea okey k bye hiya howdy
    itll thatll youll theyll wholl whatll therell itd thatd youd theyd youve weve theyve
    wouldve couldve shouldve werent hadnt hasnt havent wouldnt couldnt shouldnt whos wheres
    hows whatre"""
)
# App and account words a call uses that the lemma tables lack ("the app login", "your
# username"): never a name word, though no listed English word either.
_CALL_WORDS = wordset(
    """app apps login logins logout signup signin offline username usernames autopay
    paperless barcode barcodes smartphone chatbot dropdown inbox outbox ebook livestream
    selfie selfies bluetooth"""
)
# Closed-class words the lemma tables leave out (they list nouns, verbs, adjectives and
# adverbs): "anything else leigh", "since", "whose", "themselves" are never name words.
_FUNCTION_WORDS = wordset(
    """else since although unless whereas whether whilst upon onto into without toward
    towards among amongst beside via until nor whom whose whoever whichever whenever
    anyone everyone noone something anything everything myself yourself ourselves
    themselves itself herself himself yours hers ours theirs this that these those the and
    if than because what which when where how against during for from of to with would
    could should shall ought my you your him she her its we our they them their"""
)
# Surnames recognisable by their prefix: "o'hara", "n'diaye", "d'souza", "mcallister".
SURNAME_SHAPE = re.compile(r"(?!o'clock\b)(?:[odln]'\p{L}{2,}|mc\p{L}{3,})(?:-\p{L}+)?")
# Words that make a capitalised phrase an organisation, not a person: "Lakeside
# Veterinary", "Bay Area Legal Aid", "Whitaker Property Group", "Wren and Thistle Ceramics".
ORG_WORDS = wordset(
    """delivery marketplace
    veterinary vet vets clinic clinics hospital hospitals group legal aid ceramics bakery
    dental dentistry pharmacy insurance bank credit union services service solutions
    systems associates partners properties property realty management logistics holdings
    industries enterprises consulting studio studios salon spa cafe restaurant grill
    market foods farms motors auto autos repair plumbing roofing electric energy wireless
    airlines hotel hotels inn resort academy school university college institute foundation
    church ministries llc inc ltd corp co plc llp company firm agency office offices center
    centre hotline shelter rescue outfitters supply supplies furniture apparel boutique
    gallery designs design media labs lab health healthcare medical urgent care pediatrics
    orthopedics chiropractic therapy fitness gym storage moving movers towing transport
    trucking freight express courier landscaping cleaning construction builders homes
    law attorneys lending mortgage loans finance financial capital trust fund apartments
    apartment apts condos condominiums residences towers manor estates customer
    housing association council surgery solicitors society lettings accountants chemist
    tax accounting broadband telecom internet rental rentals casualty payroll orthodontics
    orthodontist funeral cartage roadlines freightways haulage education animal gas
    mutual securities diagnostics pathology electronics savings airways utility utilities
    polling pawn renewables software medicine cruises servicing
    security alarm alarms monitoring catering caterers tires tire
    ortho orthopaedics dermatology cardiology radiology imaging optometry podiatry audiology
    homestore bridal bridals guides outfitter outfitters coworking tailoring alterations
    florist florists"""
)
# "Harborview HOA", "willowbrook hoa": an association, unless the span holds a name
# ("Nguyen Thi Hoa": Hoa is a first name too).
_ORG_ACRONYMS = frozenset(("hoa",))
# Words after a surname that make it a firm named after its founder ("Burke Tax &
# Accounting", "petersen car rental", "Okoro Trucking", "Huang Orthodontics"): one list for
# the recognizers that must not take the surname for a person (a regex alternation).
FOUNDER_FIRM_AFTER = (
    r"(?:and|&)[ \t]+sons|tax|accounting|accountants|broadband|telecom|internet|cable|"
    r"car[ \t]+rentals?|rentals?|casualty|power[ \t]+(?:&|and)[ \t]+light|"
    r"gas[ \t]+(?:&|and)[ \t]+electric|payroll|blue[ \t]+(?:shield|cross)|"
    r"education[ \t]+finance|hr[ \t]+solutions|orthodontics|funeral|trucking|cartage|"
    r"roadlines|freightways|freight|haulage|animal[ \t]+hospital|veterinary"
)
# Ranks and roles said before a surname: "Officer Dunleavy", "Detective Ruiz".
RANK = (
    r"(?:officer|detective|sergeant|sgt|deputy|captain|capt|lieutenant|lt|trooper|"
    r"professor|prof|judge|pastor|reverend|rev|coach|nurse|agent|inspector|counselor|chief)"
)
_SPOKEN_WORD = re.compile(r"\p{L}[\p{L}'’.-]*")


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents or possessive: "José's" -> "jose"."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Lexicon:
    """Name lists and an English word index, loaded once per process (see module doc)."""

    def __init__(
        self,
        firsts,
        lasts,
        words,
        rules,
        inflected,
        nouns=frozenset(),
        others=frozenset(),
        frequent_lasts=None,
        word_firsts=frozenset(),
        word_lasts=frozenset(),
        frequent_firsts=None,
    ) -> None:
        self._nouns: frozenset[str] = nouns
        self._others: frozenset[str] = others
        self.firsts: frozenset[str] = firsts
        self.lasts: frozenset[str] = lasts
        # The most frequent US surnames: the ones a word alone may be ("nguyen").
        self.frequent_lasts: frozenset[str] = lasts if frequent_lasts is None else frequent_lasts
        # The everyday US first names ("maria", "john"): a first name even when a surname too.
        self.frequent_firsts: frozenset[str] = (
            firsts if frequent_firsts is None else frequent_firsts
        )
        # Names that are rare English words too ("rosa", "hooks"): after a cue or another
        # name only.
        self.word_firsts: frozenset[str] = word_firsts
        self.word_lasts: frozenset[str] = word_lasts
        self._words: frozenset[str] = words
        self._rules: tuple[tuple[str, str], ...] = rules
        self._inflected: frozenset[str] = inflected
        self._word_cache: dict[str, bool] = {}

    def is_word(self, word: str) -> bool:
        """True for an English word or an inflection of one ("passed", "refunds")."""
        low = fold(word)
        known = self._word_cache.get(low)
        if known is None:
            if len(self._word_cache) > 1 << 16:
                self._word_cache.clear()
            known = self._word_cache[low] = self._is_word(low)
        return known

    def _is_word(self, low: str) -> bool:
        if low in _COLLOQUIAL or low in _FUNCTION_WORDS or low in _CALL_WORDS:
            return True
        if low in self._words or low in self._inflected:
            return True
        if "-" in low:
            parts = [p for p in low.split("-") if p]
            if len(parts) > 1 and all(self._listed_name(p) for p in parts):
                return False  # "mei-ling", "ji-woo": a given name of name syllables
            return bool(parts) and all(self.is_word(p) for p in parts)
        return _short_ies_verb(low, self._words) or any(
            low.endswith(old) and len(low) - len(old) >= 3 and low[: -len(old)] + new in self._words
            for old, new in self._rules
        )

    def _listed_name(self, low: str) -> bool:
        """A listed first name or surname, the rare-word lists included ("mei", "woo")."""
        return (
            low in self.firsts
            or low in self.lasts
            or low in self.word_firsts
            or low in self.word_lasts
        )

    def is_noun(self, word: str) -> bool:
        """True for a noun as listed (singular): "county", "reading", "denver"."""
        return fold(word) in self._nouns

    def is_only_noun(self, word: str) -> bool:
        """True for a listed noun that is no verb, adjective or adverb ("jonah", "ling"),
        not "home" or "back"."""
        low = fold(word)
        return low in self._nouns and low not in self._others

    def is_modifier(self, word: str) -> bool:
        """True for a listed verb, adjective or adverb that is no noun ("under", "moving");
        inflected forms ("dolores" from "dolor") do not count."""
        low = fold(word)
        return low in self._words and low not in self._nouns

    def is_irregular_form(self, word: str) -> bool:
        """True for an irregular inflection of an English word ("rang", "went")."""
        return fold(word) in self._inflected

    def is_name(self, word: str) -> bool:
        """True for a listed first name or surname, or a surname's shape ("o'hara")."""
        low = fold(word)
        return low in self.firsts or low in self.lasts or bool(SURNAME_SHAPE.fullmatch(low))

    def name_like(self, word: str) -> bool:
        """A listed name, or a word that is neither English nor call vocabulary."""
        low = fold(word)
        if len(low) < 2 or not_name_word(low) or low in _COLLOQUIAL:
            return False
        return self.is_name(low) or not self.is_word(low)


def _short_ies_verb(low: str, words: frozenset[str]) -> bool:
    """A short verb's "-ies" form, whose two-letter stem the lemma rules skip: "dries",
    "tries", "cries", "fries" (from "dry", "try", ...); never a name said alone."""
    return len(low) == 5 and low.endswith("ies") and low[:2] + "y" in words


_NOT_NAME_WORD = re.compile(NOT_NAME, re.IGNORECASE)

# A menu offering another language: "Para español, oprima el dos", "pour le français",
# "para continuar en español": words of the prompt, never a name or a place.
_FOREIGN_PROMPT = re.compile(
    r"\b(?:(?:para|pour|per|für|fur)[ \t]+(?:continuar[ \t]+en[ \t]+|le[ \t]+|el[ \t]+)?)?"
    r"(?:español|espanol|français|francais|deutsch|italiano|português|portugues|"
    r"kreyòl|kreyol|tagalog|tiếng[ \t]+việt)\b|\b(?:oprima|marque|presione|pulse|appuyez)\b",
    re.IGNORECASE,
)


def foreign_prompt(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` touches another language's menu prompt."""
    return any(
        m.start() < end and start < m.end()
        for m in _FOREIGN_PROMPT.finditer(text, max(0, start - 30), min(len(text), end + 30))
    )


# Acronyms said on a call that are also names or spelled-looking runs: "member ID W 2 7",
# "a new SIM", "the VIN".
ACRONYMS = wordset(
    "id ids sim sims esim pin vin imei iccid ssn dob zip atm usa uk eu ok tv pc ip wan lan "
    "mac apn puk otp sms mms faq hr irs dmv cvs ups usps dhl fedex cvv cvc csc cid"
)
# "… speaking", "…, here": the agent naming themselves after a firm or a name.
SPEAKING_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:speaking|here)\b", re.IGNORECASE)
# The firm before the agent's name: "good morning Experian Callum speaking", "GOOD
# MORNING ALLSTATE PIETER SPEAKING", "good morning the dmv esperanza speaking".
OPENING_GREETING = re.compile(
    r"^[ \t]*(?:(?:good (?:morning|afternoon|evening|day)|hi|hello|hey|morning|afternoon|"
    r"thank you for calling|thanks for calling)[ \t,]*)+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def firm_before_agent(text: str, start: int, end: int) -> int:
    """The start of the agent's name in "good morning FIRM NAME speaking": the word after
    the firm when the first word is no listed first name and the last one is; else
    ``start``."""
    words = list(_SPOKEN_WORD.finditer(text, start, end))
    # the turn may open with the firm itself: "lifeseed darnell speaking"
    if len(words) != 2 or not (start == 0 or OPENING_GREETING.fullmatch(text, 0, start)):
        return start
    lex = lexicon()
    first, last = fold(words[0].group()), fold(words[1].group())
    if first in lex.firsts or (last not in lex.firsts and last not in lex.word_firsts):
        return start
    return words[1].start()


@functools.lru_cache(maxsize=1 << 16)
def not_name_word(low: str) -> bool:
    """True for call vocabulary that is never a name ("calling", "the"); cached, as the
    same few hundred words come up in every call."""
    return _NOT_NAME_WORD.fullmatch(low) is not None


@functools.cache
def lexicon() -> Lexicon:
    """The shared lexicon; without the spaCy model only the name lists (fail closed:
    every unlisted word may then be a name)."""
    from faker.providers.person.en_US import Provider as Person

    frequent_lasts = frozenset(fold(n) for n in Person.last_names)
    frequent_firsts = frozenset(fold(n) for n in Person.first_names)
    firsts = frequent_firsts | _name_words("first")
    lasts = frequent_lasts | _name_words("last")
    words: set[str] = set()
    inflected: set[str] = set()
    rules: set[tuple[str, str]] = set()
    nouns: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    tables = _lemma_tables()
    if tables is not None:
        from spacy.strings import get_string_id

        index = tables.get("lemma_index", {})
        for entries in index.values():
            words.update(w for w in entries if "_" not in w and " " not in w)
        noun_id = get_string_id("noun")
        nouns = frozenset(index.get(noun_id, ()))
        others = frozenset(w for pos, entries in index.items() if pos != noun_id for w in entries)
        for exc in tables.get("lemma_exc", {}).values():
            inflected.update(exc)
        for pos_rules in tables.get("lemma_rules", {}).values():
            rules.update((old, new) for old, new in pos_rules if old)
    return Lexicon(
        firsts,
        lasts,
        frozenset(words),
        tuple(sorted(rules, key=lambda r: -len(r[0]))),
        frozenset(inflected),
        nouns,
        others,
        frequent_lasts,
        _name_words("first_rare_word"),
        _name_words("last_rare_word"),
        frequent_firsts,
    )


def _name_words(kind: str) -> frozenset[str]:
    """Names from many cultures that are no English word (``make_name_words.py``)."""
    path = Path(__file__).with_name(f"name_words_{kind}.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


def _lemma_tables() -> dict | None:
    """The lemmatizer tables of the installed spaCy model (a msgpack file, ~1 MB)."""
    from models.spacy_model import SPACY_MODEL

    try:
        spec = importlib.util.find_spec(SPACY_MODEL)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        logger.warning("spaCy model %s not installed: name checks use name lists only", SPACY_MODEL)
        return None
    import srsly

    for root in spec.submodule_search_locations:
        for path in Path(root).glob("*/lemmatizer/lookups/lookups.bin"):
            return srsly.msgpack_loads(path.read_bytes())
    return None


# Cheap cue searches: a pattern runs only on turns that contain its cue, a necessary
# part of its look-behind (the look-behinds are tried at every position otherwise).
_RELATIVE_CUE = rf"\b(?:my|his|her|our|their)\s+{_RELATION_KIND}{_RELATION}"
_ROLE_CUE = (
    r"\b(?:tech|technician|guy|lady|gentleman|woman|man|girl|agent|rep|representative|"
    r"driver|nurse|manager|supervisor|installer|adjuster|pharmacist|cashier|clerk|"
    r"receptionist|associate|specialist|advisor|courier|mechanic|plumber|electrician|"
    r"dispatcher|inspector|teller|banker|doctor|therapist|assistant|aide|caregiver|"
    r"coordinator|caseworker|worker|foreman|mover|tuner|leader|lead)\b"
)
# A spelled name is an upper-case run: lower-case turns have none.
_SPELLED_CUE = r"(?-i:\p{Lu}\p{Lu})"
# A caller's desk at a practice: "billing office", "front desk", "office manager".
_DESK_ROLE = (
    r"(?:billing|front|business|scheduling|referrals?|records|intake|claims|admissions|"
    r"practice|clinic|office)(?:[ \t]+(?:office|desk|department|dept|team|manager|"
    r"coordinator|specialist))?"
)


class SpokenPersonRecognizer(SpokenPatternRecognizer):
    """Names after introductions and titles, in any case; spelled names after a cue."""

    ENTITY = "PERSON"
    PATTERNS = (
        # Unambiguous introductions: any case, one to three name words.
        CuedPattern(
            "name_is",
            r"(?<=(?<!(?:maiden|street|pet's|dog's|cat's|company|business|file|"
            # "authorized user name's grace", not "the user name's gk_rider"
            r"(?<!(?:authori[sz]ed|additional|secondary|joint)[ \t]+)user|product|"
            r"plan|brand|store|network|wifi|screen|device|account|street's)\s)"
            # ("my names bill": the apostrophe the transcript dropped)
            r"\b(?:my name is|my name's|my names|name is|name's|name was|first name is|"
            r"last name is|"
            r"surname is|full name is|middle name is|name on the (?:card|account) is|"
            r"speaking with|talking to|talking with|spoke with|spoke to|spoken to|"
            r"the name is|the name's|under the name|under the name of|"
            r"call me|calls me|called me|goes by|go by|named|named (?:him|her|them)|name of)"
            r"\s+(?:is\s+)?(?:um\s+|uh\s+)?)" + _NAME_MOVED + _NAME,
            0.75,
            r"name|speaking|talking|spoke|under|call|goes by|go by",
        ),
        # What a booking or an account is under: "a reservation for tonight under dana
        # okafor", "it's under priya", "the order's under Wen Li"; checked like any cue
        # ("it's under warranty", "under bill pay", "under grace period" are no names).
        CuedPattern(
            "under_name",
            r"(?<=\b(?:reservation|booking|booked|order|account|appointment|table|room|"
            r"policy|ticket|claim|profile|file|listed|registered|saved|filed|it's|its|"
            r"it is|that's|thats|is|was|be)(?:'s|’s)?\b(?:[ \t]+[\p{L}\d']+){0,4}?[ \t]+under[ \t]+"
            r"(?:um[ \t]+|uh[ \t]+)?)" + _NAME,
            0.6,
            r"\bunder\b",
        ),
        # "what's your name jill bishop": a name straight after "name", no verb.
        CuedPattern("after_name", rf"(?<=\bname[ \t]+){_NAME}", 0.5, "name"),
        # Someone asked for: "can i speak to maren", "transfer me to tobias okafor".
        CuedPattern(
            "asked_for",
            rf"(?<=\b(?:speak to|speak with|talk to|talk with|ask for|asking for|transfer me to|"
            rf"put me through to|connect me (?:to|with)|looking for|calling back for|"
            rf"returning (?:a |the )?call from|voicemail from|message from)\s+){_NAME}",
            0.55,
            r"speak|talk|ask|transfer me|put me through|connect me|looking for|calling back|"
            r"returning|voicemail|message",
        ),
        # A nickname in quotes or brackets inside a full name: 'Wilhelmina "Billie" Croft',
        # "ROBERT (BOB) HALE"; the words are checked like any name after a weak cue.
        CuedPattern(
            "quoted_nickname",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}[ \t]+(?:\"{NAME_WORD}\"|“{NAME_WORD}”|"
            rf"\({NAME_WORD}\))[ \t]+{NAME_WORD}(?![\p{{L}}'’-])",
            0.6,
            r"[\"“(]",
        ),
        # "hey it's maren", "hi, it's tobias calling back".
        CuedPattern(
            "greeting_its",
            rf"(?<=\b(?:hi|hey|hello|yeah hi|oh hi)(?:[ \t,]+(?:yeah|yes|yep|yea|um|uh|so|there|"
            # "hey shanice its grant, the dad of olivia": the greeted name before it
            rf"again|there again|{NAME_WORD}))?[ \t,]+(?:it's|its|it is)\s+){_NAME}",
            0.6,
            r"\b(?:hi|hey|hello)\b",
        ),
        # Someone added to or named on the account: "add kristen ward as a beneficiary",
        # "it's under my partner's name theresa rich".
        CuedPattern(
            "account_party",
            rf"(?<=\b(?:add|adding|remove|removing|authorize|authorise|include)\s+){_NAME}"
            r"(?=\s+(?:as|to|from|on)\b)",
            0.6,
            r"add|remov|authori|include",
        ),
        CuedPattern(
            "possessive_name",
            rf"(?<=\b(?:wife|husband|partner|son|daughter|mother|father|mom|dad|friend|"
            rf"spouse|brother|sister)(?:'s|s)? name(?: is)?\s+){_NAME_MOVED}{_NAME}",
            0.7,
            "name",
        ),
        # Family named by relation: "my husband Gregory", "my wife ilse and I",
        # "under my wife ines carvalho dos santos", "my mom rosalind okafor her birthday".
        # The words are checked against the lexicon ("my father passed" is no name).
        CuedPattern(
            "relative",
            rf"(?<=\b(?:my|his|her|our|their)\s+{_RELATION_KIND}{_RELATION}\s+,?\s*){_CAP_NAME}",
            0.6,
            _RELATIVE_CUE,
        ),
        CuedPattern(
            "relative_lower",
            rf"(?<=\b(?:my|his|her|our|their)\s+{_RELATION_KIND}{_RELATION}(?:[ \t]*,)?[ \t]+)"
            # ("MY HUSBAND DIED", "my mother passed": what the relative did)
            rf"(?!{_RELATIVE_DID}\b){_NAME}",
            0.6,
            _RELATIVE_CUE,
        ),
        # A capitalised everyday word after a relation: "my roommate Will can sign".
        CuedPattern(
            "relative_everyday",
            rf"(?<=\b(?:my|his|her|our|their)\s+{_RELATION_KIND}{_RELATION}\s+,?\s*)(?-i:\p{{Lu}}\p{{Ll}}+)\b",
            0.6,
            _RELATIVE_CUE,
        ),
        # A name with its relation after it: "karin my daughter", "Teodor, my husband".
        CuedPattern(
            "appositive",
            # ("Add my daughter, …", "Call my husband": a request, not a name)
            # ("I need to grant my neighbor permission": a verb after a wish's "to")
            # ("AT THE MARINA MY HUSBAND IS OUT": a noun after an article)
            rf"(?<![\p{{L}}'’-])(?<!{_WISH_TO}[ \t]+)(?<!\b(?:the|a|an)[ \t]+)"
            rf"(?!{_REQUEST_VERB}\b){NAME_WORD}"
            rf"(?=[ \t]*,?[ \t]+(?:my|his|her|our|their)[ \t]+{_RELATION}\b)",
            0.55,
            _RELATIVE_CUE,
        ),
        # The agent checks who is on the line: "is this hope martinez?", "AND YOU'RE
        # SUMMER BLAKE?", "am i speaking with teodor".
        CuedPattern(
            "is_this",
            rf"(?<=\b(?:is this|are you|you're|you are|youre|am i (?:speaking|talking) "
            rf"(?:with|to))[ \t]+){_NAME}(?=[ \t]*(?:[,.!?]|$))",
            0.6,
            r"is this|are you|you're|you are|youre|am i",
        ),
        # Someone named by their role: "the tech ray should be there", "the guy at the
        # counter bill said", "a young lady amber said she'd extend it".
        CuedPattern(
            "role_name",
            r"(?<=\b(?:the|a|an|your|our|this|that|one|another|(?!it)\p{L}{2,}['’]s)[ \t]+"
            # ("our billing supervisor grant", "the home health aide", "the night nurse")
            r"(?:(?:young|nice|other|older|new|same|usual|regular|night|day|morning|billing|"
            r"home|health|field|case|floor|charge|shift)[ \t]+){0,2}"
            r"(?:tech|technician|guy|lady|gentleman|woman|man|girl|"
            r"agent|rep|representative|driver|nurse|manager|supervisor|installer|adjuster|"
            r"pharmacist|cashier|clerk|receptionist|associate|specialist|advisor|courier|"
            r"mechanic|plumber|electrician|dispatcher|inspector|teller|banker|doctor|"
            r"therapist|assistant|aide|caregiver|coordinator|caseworker|worker|foreman|"
            # a crew's roles: "the crew leader is manny he'll call", "our tuner alma said"
            r"mover|tuner|(?:crew|team|job|site)[ \t]+(?:leader|lead|chief))"
            r"(?:[ \t]+(?:at|on|in|from)[ \t]+(?:the[ \t]+)?\p{L}+)?"
            r"(?:[ \t]+(?:is|was|will be))?"
            rf"[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]*,?[ \t]+(?:said|says|told|tells|promised|mentioned|should|will|would|"
            r"is|was|who|called|came|helped|offered|gave|explained|put|set|did|can|could|"
            r"might|has|had|checked|looked|added|made|wrote|noted|quoted|approved|call|"
            r"she|he|she'd|he'd|she'll|he'll|she's|he's|"
            # "your crew lead is hank and the number he'd text from", "the installer will be
            # hank from our mesa crew"
            r"and|from)\b"
            # "the aide is BEATRICE?", "yesterday's aide was Crystal." (after is/was only)
            r"|(?<=\b(?:is|was)[ \t]+\p{L}+)[ \t]*[.?!](?:[ \t]|$))",
            0.6,
            _ROLE_CUE,
        ),
        # Someone the agent will pass a message to or send back: "ok ill let hank know",
        # "i'll have hank call you", "i'll ask priya to text you" (the first word must be
        # a listed first name: "let billing know", "have someone call" are none).
        CuedPattern(
            "messenger_name",
            rf"(?<=\b(?:let|have|ask|get)[ \t]+){NAME_WORD}"
            r"(?=[ \t]+(?:know|call|text|email|ring|reach|contact|get back|give you|"
            r"come out|come by|stop by|swing by|to (?:call|text|email|ring|reach|contact|"
            r"get back|give you|come out|come by|stop by|swing by))\b)",
            0.6,
            r"\b(?:let|have|ask|get)\b",
        ),
        # The agent offering a visit by a named worker: "i can send a tech noemi the first
        # between two and four", "I can send a tech, Jiho, Monday the 12th"; a date or a
        # time window follows the name (checked by _dispatched_name).
        CuedPattern(
            "dispatch_name",
            r"(?<=\b(?:send|sending|dispatch|dispatching|schedule|scheduling|book|booking)"
            r"(?:[ \t]+(?:you|out))?[ \t]+(?:a|an|our)[ \t]+"
            r"(?:tech|technician|driver|installer|plumber|electrician|courier|mechanic|"
            rf"inspector|nurse)[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]*,?[ \t]+(?:on[ \t]+|for[ \t]+)?(?:the[ \t]+(?:\p{L}+[ \t-]+)?"
            rf"(?:\d|\p{{L}}*(?:st|nd|rd|th)\b)|{_DAY_WORD}|between\b|\d))",
            0.6,
            r"tech|technician|driver|installer|plumber|electrician|courier|mechanic|"
            r"inspector|nurse",
        ),
        # An agent answering for a team: "fiberline support, jan speaking", "METRO POWER
        # SUPPORT GANG SPEAKING WHO DO I HAVE"; the team word makes any word a name there
        # (checked by _desk_agent: "customer service desk speaking" is none).
        CuedPattern(
            "desk_speaking",
            r"(?<=\b(?:support|billing|service|services|care|helpdesk|claims|sales|"
            rf"dispatch|reception|pharmacy|enquiries|inquiries)[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]+speaking\b[ \t]*[,.!?]?[ \t]*(?:$|who|how|what|can|may|thank|is this))",
            0.6,
            "speaking",
        ),
        # Addressing someone between commas: "OKAY, CHASE, I SEE YOU", "yes, marit, that's".
        CuedPattern(
            "vocative",
            r"(?<=\b(?:okay|ok|alright|all right|yes|yeah|no|sure|great|perfect|well|sorry|"
            rf"thanks|thank you|hi|hello|hey|right|got it)[ \t]*,[ \t]*){NAME_WORD}"
            r"(?=[ \t]*,)",
            0.55,
            r",[ \t]*\p{L}[\p{L}'’-]*\p{L}[ \t]*,",
        ),
        # "this is will.", "my name is will from payroll": "will" is a name only here.
        CuedPattern(
            "will_intro",
            r"(?<=\b(?:this is|my name is|my name's|name is|i'm|i am|im|it's)[ \t]+)will"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:from|with|speaking|here|over|at|on the line|"
            r"how can|how may|what can|what's|whats|what is|who's|whos|who is|who am|"
            r"can i|may i|could i|i'll|i will|i can|in (?:the )?[a-z]+ (?:department|team|desk)|"
            r"in (?:billing|service|sales|support|claims|collections|accounts|returns)|"
            # a filler or the caller's reason after it: "my name is will um i'm calling"
            r"um|uh|umm|uhh|and i|and i'm|i'm calling|im calling|i am calling|calling about|"
            r"calling because|calling to)\b)",
            0.6,
            "will",
        ),
        # A rank or role before a surname: "Officer Dunleavy", "detective ruiz".
        CuedPattern(
            "rank",
            rf"(?<=\b{RANK}\.?[ \t]+){NAME_WORD}(?:[ \t]+{_CAP_NAME_WORD})?",
            0.6,
            rf"\b{RANK}",
        ),
        # A name read out in the order it says: "patient name Hussain, Fatima, last name
        # first", "it's smith john surname first": both words before the order are the name.
        CuedPattern(
            "last_name_first",
            rf"{NAME_WORD}(?:[ \t]*,|[ \t]+comma)?[ \t]+{NAME_WORD}"
            r"(?=[ \t]*,?[ \t]+(?:(?:the|with|it's|its)[ \t]+)?"
            r"(?:last name|surname|family name)[ \t]+first\b)",
            0.6,
            r"last name|surname|family name",
        ),
        # The officer named in a report: "the officer was Castaneda, badge 4411", "THE
        # OFFICER WAS RICE." (checked in _officer_named: a badge after it, or a surname
        # ending the clause that is no English word).
        CuedPattern(
            "officer_was",
            r"(?<=\b(?:officer|deputy|trooper|detective|inspector)(?:['’]s[ \t]+name)?[ \t]+"
            rf"(?:was|is)[ \t]+){NAME_WORD}(?![\p{{L}}'’-])",
            0.6,
            r"officer|deputy|trooper|detective|inspector",
        ),
        # Clergy by title and name: "father grant is doing it", "Deacon Paul", "fr. tomas";
        # not a relative ("my father grant"): checked as a listed name (see _clergy_name).
        CuedPattern(
            "clergy",
            r"(?<=(?<!\b(?:my|his|her|your|our|their|the|a|an)[ \t]+)\b(?:father|fr|sister|"
            rf"brother|deacon|monsignor|msgr|reverend|rev|pastor|bishop)\.?[ \t]+){NAME_WORD}"
            r"(?![\p{L}'’-])",
            0.6,
            r"father|fr|sister|brother|deacon|monsignor|msgr|reverend|rev|pastor|bishop",
        ),
        # "this is dana from acme", "i'm dana with billing": the cue needs its tail.
        CuedPattern(
            "self_intro",
            rf"(?<=\b(?:this is|i'm|i am|it's|im)\s+){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=[ \t,]+(?:from|with|calling|returning|ringing|phoning|speaking|here|at|over at|"
            r"on the line|how|what|"
            r"who|whos|who's|whats|and i|and i'll|i'll|i will|i can|can i|may i|your|i'm|im|"
            r"i am|i was|i have|i need|i want|i just|i got|sorry|do you|did you|are you|"
            r"could you|can you|thanks|thank you|please|"
            # "and i'm catherine co-borrower": the role on the loan after the name
            r"(?:the[ \t]+)?co-?(?:borrower|signer|applicant|owner|buyer|tenant))\b)",
            0.7,
            r"this is|i'm|i am|it's|\bim\b",
        ),
        # "this is priyanka do you have your code": a name after "this is" whatever
        # follows, when the lexicon says it is a name (not "this is ridiculous").
        CuedPattern(
            "this_is",
            # up to three words: "THIS IS BOBBIE JO TATUM", "hi this is eun ji cho" (not
            # a rank, whose own pattern takes the name after it: "this is sergeant lydia")
            rf"(?<=\bthis is[ \t]+)(?!{RANK}\b){NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}",
            0.6,
            "this is",
        ),
        # "this is maren." / "hi this is maren brandvold, i'm calling": a short name that
        # ends the clause. Weak: "this is ridiculous" has the same shape.
        CuedPattern(
            "self_intro_clause",
            rf"(?<=\b(?:this is|my name's|i'm|i am)\s+){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=\s*(?:[,.!?]|$))",
            0.5,
            r"this is|my name's|i'm|i am",
        ),
        # Capitalised name after "this is", "i'm", a greeting or a thank-you.
        CuedPattern(
            "cap_intro",
            rf"(?<=\b(?:this is|i'm|i am|it's|hi|hello|hey|thanks|thank you|bye|goodbye|"
            rf"dear|sorry|okay|ok|perfect|great|alright|welcome)[ \t]*,?[ \t]+){_CAP_NAME}"
            r"(?=\s*(?:[,.!?](?!\w)|$|and\b|from\b|with\b|here\b|speaking\b|calling\b))",
            0.6,
            r"(?-i:\p{Lu}[\p{L}'’-]*\p{Ll})",
        ),
        # A greeting with a name that ends the clause or the turn, any case: "hi trevor,
        # i'm calling", "it is working thank you bernadette".
        CuedPattern(
            "greeting_name",
            rf"(?<=\b(?:hi|hello|hey|thanks|thank you|bye|goodbye|morning|afternoon|evening)"
            rf"(?:[ \t]+(?:so much|very much|a lot|again))?"
            # "that's all, thanks for your help Imani", "thank you for your time ravi"
            rf"(?:[ \t]+for[ \t]+(?:all[ \t]+)?(?:your|the)[ \t]+(?:help|time|patience|"
            rf"assistance))?"
            rf"[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*(?:[,.!?]|$|for\b))",
            0.5,
            r"\b(?:hi|hello|hey|thank|bye|goodbye|morning|afternoon|evening)",
        ),
        # A new surname after a marriage: "it's okafor now, i got married", "IT'S
        # BACHMANN NOW SINCE THE WEDDING".
        CuedPattern(
            "married_name",
            rf"(?<=\b(?:it's|its|it is|it’s)[ \t]+){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=[ \t]+now\b[^.?!]{0,30}?\b(?:married|divorced|marriage|wedding)\b)",
            0.6,
            r"married|divorced|marriage|wedding",
        ),
        # A thank-you with the name and the next question: "thank you priya and the
        # postcode?", "thanks marcus and what's the best number"; a listed first name only.
        CuedPattern(
            "thanks_name_and",
            rf"(?<=\b(?:thanks|thank you)[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*,?[ \t]+and\b)",
            0.55,
            r"\bthank",
        ),
        # A family by its surname in the plural: "a couple called the duboises", "our
        # neighbours the Okonkwos"; checked as a listed surname that is no English word.
        CuedPattern(
            "family_plural",
            r"(?<=\b(?:called|named|known as|neighbou?rs?|next door|staying with|living with|"
            r"visiting|buyers?|sellers?|clients?|tenants?|landlords?|owners?|friends|in-laws|"
            # (a family named as such: "your host family, the Lindqvists", "the family the
            # hendersons")
            rf"cousins|family|bought[^.?!]{{0,40}}?from|rented[^.?!]{{0,40}}?from)[ \t,]+the[ \t]+)"
            rf"{NAME_WORD}(?=['’]?(?![\p{{L}}'’-]))",
            0.55,
            r"called|named|known as|neighbo|next door|staying with|living with|visiting|buyer|"
            r"seller|client|tenant|landlord|owner|friends|in-laws|cousins|family|bought|rented",
        ),
        # A family by its plural surname without a cue: "a reference for the Pattersons",
        # "the gundersons are licensed"; only a listed surname that is no English word
        # (not "the Browns", "the hills"): see _family_plural.
        CuedPattern(
            "family_the",
            # (a plural only, so "the okafor wedding" stays with its own pattern)
            rf"(?<=\bthe[ \t]+){NAME_WORD}(?<=s)(?=['’]?(?![\p{{L}}'’-]))",
            0.55,
            r"\bthe\b",
        ),
        # A family named by its event: "the okafor wedding", "the Hargreaves-Lowe
        # funeral"; checked as listed surnames that are no English words.
        CuedPattern(
            "family_event",
            # (and a job or a loss named after its owner: "on the kowalski loss", "at the
            # ferreira job", "the Nakamura residence")
            rf"(?<=\bthe[ \t]+){NAME_WORD}(?=[ \t]+(?:wedding|funeral|christening|"
            r"baptism|memorial|reunion|family|household|loss|job|claim|residence|remodel|"
            r"renovation|property|"
            # (a legal matter named after a party: "the lindqvist deposition")
            r"deposition|depo|transcript|case|matter|hearing|trial|divorce|estate)\b)",
            0.55,
            r"wedding|funeral|christening|baptism|memorial|reunion|family|household|loss|job|"
            r"claim|residence|remodel|renovation|property|deposition|depo|transcript|case|"
            r"matter|hearing|trial|divorce|estate",
        ),
        # Someone called by name: "a woman called gemma", "someone called Angus rang";
        # a listed first name only ("someone called back" is none).
        CuedPattern(
            "person_called",
            r"(?<=\b(?:someone|somebody|woman|man|guy|lady|girl|bloke|chap|gentleman|fella|"
            rf"fellow|lad|boy|person)[ \t]+called[ \t]+"
            # (a rep known by a first name only: "i talked to a carlos last week")
            r"|\b(?:talked|spoke|spoken|speaking|talking)[ \t]+(?:to|with)[ \t]+an?[ \t]+)"
            rf"{_NAME}",
            0.55,
            r"\b(?:called|talked|spoke|spoken|speaking|talking)\b",
        ),
        # A thank-you with the name and the rest of the sentence: "thanks priya they're on
        # their way", "thank you, Marek, I've updated that"; a listed first name only.
        CuedPattern(
            "thanks_name_clause",
            rf"(?<=\b(?:thanks|thank you)[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*,?[ \t]+(?:they're|"
            r"they are|theyre|you're|you are|youre|i've|ive|i have|i'll|we'll|we've|it's|"
            r"that's|thats|let me|one moment|bear with|just a moment|i'm just|i am just)\b)",
            0.55,
            r"\bthank",
        ),
        # The name closing the agent's last words: "Take care, Nadia.", "is there anything
        # else i can do for you malik", "bye now tomasz"; a listed first name ending the turn.
        CuedPattern(
            "closing_name",
            r"(?<=\b(?:take care|thanks for calling|thank you for calling|(?:anything|something) "
            r"else[^.?!]{0,30}?|have a (?:great|good|nice|lovely|wonderful|blessed) "
            # "have a good one" may come back from the normaliser as "have a good 1"
            r"(?:day|one|1|night|evening|weekend|afternoon|morning)|bye(?: now)?|goodbye|"
            # the caller thanking the agent: "nope you've been great adelaide"
            r"(?:you've|you have|youve) been (?:(?:so|very|really|super) )?(?:great|"
            r"wonderful|amazing|brilliant|fantastic|lovely|helpful|a (?:great )?help|a star)|"
            # a name asked back: "sorry who is this freya", "who am i speaking with, pia"
            r"who(?:'s| is) this|who am i (?:speaking|talking) (?:to|with)|"
            rf"talk soon|speak soon|see you)[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*[.!?]*[ \t]*$|"
            # the agent's own name after it: "thanks for calling emily this was derek",
            # "Take care, Rosa. Again, this was Ida.", "… susana my name's benjamin"
            rf"{_OWN_NAME_NEXT})",
            0.55,
            r"take care|for calling|else|have a|bye|soon|see you|been|who",
        ),
        # The agent's name ending a sign-off: "thanks for calling again this was lori",
        # "again, this was Ida."; the cue before it keeps "this was awful" out.
        CuedPattern(
            "this_was_signoff",
            r"(?<=\b(?:for calling|take care|have a (?:good|great|nice) (?:day|one|night)|"
            r"bye(?: now)?)\b[^?]{0,40}?\bthis was[ \t]+)"
            rf"{NAME_WORD}(?=[ \t]*[.!]*[ \t]*$)",
            0.6,
            r"this was",
        ),
        # Side talk to someone in the room: "yeah misty give me two minutes", "hang on
        # heather put that down"; a listed first name only.
        CuedPattern(
            "side_talk",
            r"(?<=\b(?:hang on|hold on|one sec(?:ond)?|yeah|wait)[ \t]*,?[ \t]+)"
            rf"{NAME_WORD}(?=[ \t]*,?[ \t]+(?:give me (?:a|one|two|five|ten|just)|put (?:that|it) "
            r"down|not now|i'm on the phone|im on the phone|i'm on a call|stop (?:that|it)|"
            r"be quiet|i'll be (?:right )?there|just a (?:sec|minute|moment))\b)",
            0.6,
            r"hang on|hold on|one sec|yeah|wait",
        ),
        # A request to someone in the room at the start of a turn or after "hang on":
        # "hope, write that down", "hang on iris get the checkbook", "joy, read me the
        # bottom of the check"; a listed first name only, no endearment ("hon", "babe").
        CuedPattern(
            "room_request",
            r"(?<=(?:^|\b(?:hang on|hold on|wait|okay|ok|so)[ \t]*,?[ \t]+))"
            rf"{NAME_WORD}(?=[ \t]*,?[ \t]+(?:{_ROOM_REQUEST})\b)",
            0.6,
            r"hang on|hold on|wait|write|read|get|grab|where did",
        ),
        # Someone in the room on speakerphone: "also hope is here too", "also inger is
        # listening", "i'm here with gary"; a listed first name only.
        CuedPattern(
            "room_present",
            rf"(?<=\balso[ \t]+){NAME_WORD}(?=[ \t]+(?:is|'s)[ \t]+(?:here|listening|on the "
            r"line|on speaker|with me)\b)"
            rf"|(?<=\b(?:i'm|im|i am|we're|we are)[ \t]+here[ \t]+with[ \t]+){NAME_WORD}"
            r"(?=[ \t]*(?:[,.!?]|$|and|i|we|she|he|they|who|on|too)\b)",
            0.6,
            r"also|here with",
        ),
        # An agent answering the line: "you're through to Jordan in the billing team",
        # "you're speaking to keiko, how can i help"; the name ends the clause or a team
        # or an offer of help follows ("you're through to the billing team" is none).
        CuedPattern(
            "through_to",
            r"(?<=\b(?:you're|you are|youre|you've got|you have got)[ \t]+(?:now[ \t]+)?"
            rf"(?:through to|speaking to|speaking with|talking to|talking with)[ \t]+){NAME_WORD}"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:in|on|from|with|at|here|how|what|who)\b)",
            0.6,
            r"through to|speaking|talking",
        ),
        # An agent answering the line: "claims, you've got Priya", "you've got dmitri here";
        # a listed first name only ("you've got mail", "you've got Verizon" are none).
        CuedPattern(
            "youve_got",
            rf"(?<=\b(?:you've got|youve got|you have got|you got)[ \t]+){NAME_WORD}"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:here|speaking|on the line|how|what)\b"
            # "hello you've got rob i just need to verify a couple things"
            r"|[ \t]+i[ \t]+(?:just|need|see|have|can|will|'ll|’ll)\b)",
            0.6,
            r"got",
        ),
        # A thank-you with the name and the goodbye: "thank you sydney have a good one".
        CuedPattern(
            "thanks_name_bye",
            rf"(?<=\b(?:thanks|thank you)[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*,?[ \t]+(?:have a "
            r"(?:great|good|nice|lovely|wonderful|blessed) (?:day|one|1|night|evening|weekend)|"
            r"take care|bye)\b)",
            0.6,
            r"\bthank",
        ),
        # A name read off a tag or a note: "her name tag said Marguerite", "the note says
        # ines", "it says kelvin and a phone number"; a listed first name only.
        CuedPattern(
            "tag_said",
            r"(?<=\b(?:name[ \t]*tag|badge|tag|note|card)[ \t]+(?:said|says|read|reads)[ \t]+)"
            rf"{NAME_WORD}|(?<=\bit[ \t]+(?:said|says)[ \t]+){NAME_WORD}(?=[ \t]+and[ \t]+"
            r"(?:a|an|his|her|their)[ \t]+(?:phone|number|cell|mobile)\b)",
            0.6,
            r"\b(?:said|says|read|reads)\b",
        ),
        # An agent answering the line with the team and a bare name as the whole turn:
        # "Billing disputes, Marisol.", "PAROLE OFFICE, KOWALCZYK."; a listed name only
        # ("Billing, thanks." and "Claims department." are none).
        CuedPattern(
            "team_comma_name",
            r"^[ \t]*(?:\p{L}[\p{L}'’&-]*[ \t]+){0,4}\p{L}[\p{L}'’&-]*[ \t]*,[ \t]*\K"
            rf"{NAME_WORD}(?=[ \t]*[.!]?[ \t]*$)",
            0.55,
            r",",
        ),
        # An agent answering with a greeting, the name and the firm: "good morning, Ines at
        # Harbor County, how can i help?", "Hello, Tobias with Crestline Energy, what can I
        # do for you"; a listed first name only, an offer of help after the firm.
        CuedPattern(
            "greeting_name_at",
            r"(?<=^[ \t]*(?:good (?:morning|afternoon|evening|day)|hi|hello|hey|morning|"
            rf"afternoon|evening)(?:[ \t]+there)?[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]+(?:at|from|with|of)[ \t]+(?:\p{L}[\p{L}'’&.-]*[ \t]+){0,4}"
            r"\p{L}[\p{L}'’&.-]*[ \t]*[,.!]?[ \t]+(?:(?:how|what)[ \t]+(?:can|may|could)[ \t]+"
            # "hey there glen with parcelforce express how's it going"
            r"(?:i|we)\b|how's it going|hows it going|how are you))",
            0.6,
            r"how|what",
        ),
        # A caller's greeting that runs into their desk and practice: "good morning hernan
        # billing office at riverside oncology", "hi, marcin bek, front desk at hilltop".
        CuedPattern(
            "greeting_name_role",
            r"(?<=^[ \t]*(?:good (?:morning|afternoon|evening|day)|hi|hello|hey)[ \t]*,?[ \t]+)"
            rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            rf"(?=[ \t]*,?[ \t]+{_DESK_ROLE}[ \t]*,?[ \t]+(?:at|from|with|for|over at)\b)",
            0.6,
            r"office|desk|billing|manager|coordinator",
        ),
        # An agent answering the line: "wire services, Hyun-woo speaking", "Dana speaking."
        CuedPattern(
            "name_speaking",
            rf"(?<=(?:^|[,.!?;:])[ \t]*){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=[ \t]+speaking\b(?![ \t]+(?:of|to|with|about|for|from)\b))",
            0.6,
            "speaking",
        ),
        # The same after the firm's name with no punctuation: "payroll gemma speaking"; a
        # listed first name only ("generally speaking", "public speaking" are no names).
        CuedPattern(
            "listed_speaking",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}"
            r"(?=[ \t]+speaking\b(?![ \t]+(?:of|to|with|about|for|from)\b))",
            0.6,
            "speaking",
        ),
        # An agent answering with "name here": "Sarah here, what can I do for you?",
        # "vantage fiber regina here how can i help"; a listed first name only.
        CuedPattern(
            "name_here",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}"
            r"(?=[ \t]*,?[ \t]+here\b[ \t]*[,.!]?[ \t]*(?:$|what|how|who|can|may|to help|"
            # "adelaide here from billing", "marco here with the returns team"
            r"speaking|with you|on the line|from[ \t]+(?:the[ \t]+)?\p{L}|with[ \t]+the\b))",
            0.6,
            r"\bhere\b",
        ),
        # A sign-off with the name before the wish: "thanks for calling brightpath energy
        # julie have a great day"; a listed first name only.
        CuedPattern(
            "sign_off_name",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}"
            r"(?=[ \t]*[,.!]?[ \t]+(?:have a (?:great|good|nice|wonderful|lovely|blessed) "
            r"(?:day|one|night|evening|weekend|afternoon|morning)|take care)\b)",
            0.6,
            r"have a|take care",
        ),
        # The agent closing with the caller's name: "alright priya you're all set",
        # "Okay, Tobias, you're good to go"; a listed first name only ("okay great you're
        # all set", "alright sir you're all set" are none).
        CuedPattern(
            "all_set",
            r"(?<=\b(?:okay|ok|alright|all right|great|perfect|right|so|thanks|thank you|"
            rf"excellent|awesome|lovely|done)[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]*,?[ \t]+(?:you're|you are|youre|you're now|you are now)[ \t]+"
            r"(?:all set|good to go|all sorted|sorted|all done|done|set)\b)",
            0.6,
            r"all set|good to go|sorted|done|set",
        ),
        # An agent bringing a colleague onto the call: "i have rich from the pension center
        # on the line", "I've got Marta with claims on the line"; a listed first name only
        # ("i have someone from billing on the line" is none).
        CuedPattern(
            "on_the_line",
            r"(?<=\b(?:i have|i've got|ive got|i got|we have|we've got)[ \t]+)"
            rf"{NAME_WORD}(?=[ \t]+(?:from|with|at|in)[ \t]+(?:\p{{L}}[\p{{L}}'’&-]*[ \t]+)"
            r"{0,5}?on the line\b|[ \t]*,?[ \t]+on the line\b)",
            0.6,
            r"on the line",
        ),
        # The agent's acknowledgement closing on the caller's name: "Sounds like a plan,
        # Ezekiel.", "YOU GOT IT, MARISOL."; a listed first name ending the sentence.
        CuedPattern(
            "ack_name",
            r"(?<=\b(?:sounds like a plan|sounds good|sounds great|you got it|you bet|"
            r"will do|no problem|not a problem|my pleasure|happy to help|glad to help|"
            r"of course|absolutely|definitely|certainly|understood|got it|fair enough|"
            r"you're welcome|no worries)[ \t]*,[ \t]*)"
            rf"{NAME_WORD}(?=[ \t]*[.!?])",
            0.55,
            r",",
        ),
        # Who will handle it: "it'll be Wendell Okafor", "your adjuster is dana price".
        CuedPattern(
            "assigned",
            rf"(?<=\b(?:it'll be|it will be|that'll be|that will be)[ \t]+)"
            rf"{_CAP_NAME_WORD}[ \t]+{_CAP_NAME_WORD}",
            0.6,
            r"it'll be|it will be|that'll be|that will be",
        ),
        CuedPattern(
            "assigned_role",
            r"(?<=\byour (?:adjuster|agent|representative|rep|case manager|case worker|"
            r"caseworker|nurse|technician|tech|advisor|adviser|specialist|installer|"
            r"coordinator|navigator|counselor|counsellor|doctor|physician|pharmacist|"
            r"contact) (?:is|will be|'ll be|would be)[ \t]+)" + _NAME,
            0.6,
            r"\byour ",
        ),
        # The agent closing with the caller's name: "is there anything else i can help you
        # with marisol?"; a listed first name only ("… help you with billing").
        CuedPattern(
            "help_you_with",
            r"(?<=\b(?:anything|something)[ \t]+else[ \t]+(?:i|we)[ \t]+can[ \t]+(?:help|assist)"
            rf"(?:[ \t]+you)?[ \t]+with(?:[ \t]+today)?[ \t]*,?[ \t]+){NAME_WORD}"
            r"(?=[ \t]*(?:[,.!?]|$))",
            0.6,
            r"else",
        ),
        # A name given before what it is: "XIAOLING IS MY FIRST NAME", "okafor's the last
        # name", "Dee Reyes is my name".
        CuedPattern(
            "is_my_name",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=(?:[ \t]+is|'s|’s)[ \t]+(?:my|his|her|the)[ \t]+(?:(?:first|last|middle|"
            r"given|family|maiden)[ \t]+)?(?:name|surname)\b)",
            0.6,
            r"\bname\b",
        ),
        # A first name said, then its surname after "last name" ("it's jane last name
        # le", "nuno, and my last name is lima"): the word after the cue is the surname,
        # short or a place word as it may be.
        CuedPattern(
            "surname_after_first",
            rf"(?<=(?<![\p{{L}}'’-]){NAME_WORD}[ \t]*,?[ \t]+(?:and[ \t]+)?"
            r"(?:(?:the|my|her|his)[ \t]+)?(?:last name|surname|family name)"
            r"(?:[ \t]+is|'s|’s)?[ \t]+(?:um[ \t]+|uh[ \t]+)?)"
            rf"{NAME_WORD}(?=[ \t]*(?:[,.!?]|$))",
            0.6,
            r"last name|surname|family name",
        ),
        # The agent reads a name back to confirm it: "Can I confirm the last name,
        # Haddad-Ruiz?", "let me verify the surname as Ostrowski".
        CuedPattern(
            "confirm_name",
            r"(?<=\b(?:confirm|verify|double[- ]check)[ \t]+(?:the|your|his|her|their)[ \t]+"
            r"(?:last name|surname|family name|first name|full name|name)[ \t]*,?[ \t]+"
            r"(?:(?:is|as)[ \t]+)?)"
            rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})?(?=[ \t]*(?:[,.!?]|$))",
            0.6,
            r"confirm|verify|check",
        ),
        # The first name before it, after "it's" or "this is" ("it's sol and the last
        # name is diaz").
        CuedPattern(
            "first_before_surname",
            r"(?<=\b(?:it's|its|it is|this is|i'm|i am|name's|name is)[ \t]+)"
            rf"{NAME_WORD}(?=[ \t]*,?[ \t]+(?:and[ \t]+)?(?:(?:the|my)[ \t]+)?"
            r"(?:last name|surname|family name)\b)",
            0.6,
            r"last name|surname|family name",
        ),
        # "zofia, same last name": a first name given before the shared surname.
        CuedPattern(
            "same_surname",
            rf"(?<![\p{{L}}'’-]){NAME_WORD}"
            r"(?=[ \t,]+(?:same (?:last name|surname)|last name(?: is)? the same)\b)",
            0.6,
            "same",
        ),
        # Who money, a vehicle or a policy goes to: "the recipient is Tomasz Wieczorek",
        # "registered to priya natarajan", "make it payable to dana okafor".
        CuedPattern(
            "party_to",
            r"(?<=\b(?:(?:recipient|beneficiary|payee|account holder|accountholder|"
            r"cardholder|card holder|policyholder|policy holder|primary|co-signer|cosigner|"
            r"owner|registered owner)(?:'s name)?[ \t]+(?:is|will be|would be)|"
            r"registered to|made out to|payable to|belongs to|issued to|in the name of)"
            rf"[ \t]+(?:um[ \t]+|uh[ \t]+)?){_NAME}",
            0.6,
            r"recipient|beneficiary|payee|holder|primary|signer|owner|registered|made out|"
            r"payable|belongs|issued|name of",
        ),
        # An agent answering the line: "you've reached Lucille", "you've reached dmitri
        # how can i help"; a listed first name only ("you've reached Acme" is a firm).
        CuedPattern(
            "reached",
            r"(?<=\b(?:you've reached|you have reached|youve reached|you're chatting with|"
            rf"you are chatting with|youre chatting with)[ \t]+){NAME_WORD}"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:from|with|at|in|how|what|speaking|can|may|"
            r"here)\b)",
            0.6,
            r"reached|chatting",
        ),
        # Children listed with their birthdays: "austin's june fourth and ivy is january
        # twenty second", "Noor is March 3rd, Idris is May 9th"; a listed first name only.
        CuedPattern(
            "birthday_list",
            rf"(?<=(?:^|[,;.]|\band|\bthen|\bbut)[ \t]*){NAME_WORD}"
            r"(?=(?:[ \t]+(?:is|was)|'s|’s|[ \t]+(?:he's|she's|hes|shes))[ \t]+(?:born[ \t]+)?"
            r"(?:on[ \t]+)?(?:january|february|march|april|may|june|july|august|september|"
            r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
            r"\.?[ \t]+(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
            r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
            r"eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty))",
            0.55,
            r"january|february|march|april|\bmay\b|june|july|august|september|october|"
            r"november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
        ),
        # A name with its birth date straight after, in a family list: "i'm maren holt
        # march four nineteen ninety", "my wife is ines holt the ninth of june …", "and my
        # son teo holt birthday is …"; a listed first name only ("i'm free june fourth").
        CuedPattern(
            "name_then_dob",
            r"(?<=(?:^|[,;.]|\band|\bi'm|\bi’m|\bim|\bi am|\bthis is|\bmy[ \t]+"
            rf"{_RELATION}(?:[ \t]+(?:is|was))?)[ \t]*){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=[ \t,]+(?:(?:her|his|my)[ \t]+)?(?:(?:birthday|birth[ \t]+date|date[ \t]+of[ \t]+"
            r"birth|dob|d[ \t]+o[ \t]+b)(?:[ \t]+is)?[ \t,]+|born[ \t]+(?:on[ \t]+)?)?"
            r"(?:the[ \t]+\p{L}+[ \t]+of[ \t]+)?(?:january|february|march|april|may|june|july|"
            r"august|september|october|november|december)[ \t]+(?:the[ \t]+)?(?:\d|first|"
            r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleven|twelf|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twent|thirt|"
            r"one|two|three|four|five|six|seven|eight|nine|ten)"
            r"[^.?!]{0,20}?(?:nineteen|two thousand|twenty|\b(?:19|20)\d\d\b))",
            0.55,
            r"january|february|march|april|\bmay\b|june|july|august|september|october|"
            r"november|december",
        ),
        # Whose birth date the agent reads back: "for tomas i have a birthday of …",
        # "and for ines i've got the date of birth as …"; a listed first name only.
        CuedPattern(
            "for_name_dob",
            rf"(?<=\bfor[ \t]+){NAME_WORD}(?=[ \t]*,?[ \t]+(?:i[ \t]+have|i've[ \t]+got|"
            r"i’ve[ \t]+got|i[ \t]+got|we[ \t]+have|i[ \t]+see|it[ \t]+says)[ \t]+(?:a|the)[ \t]+"
            r"(?:birthday|birth[ \t]+date|date[ \t]+of[ \t]+birth|dob)\b)",
            0.55,
            r"birthday|birth|dob",
        ),
        # Whom a booking is with: "a session with rose", "my consult with Marguerite last
        # week", "an appointment with hunter on friday"; a listed first name only ("a
        # session with the trainer", "an appointment with billing" are none).
        CuedPattern(
            "booked_with",
            r"(?<=\b(?:session|sessions|consult|consultation|appointment|appt|lesson|lessons|"
            r"class|sitting|fitting|reading|cut|haircut|trim|massage|facial|tattoo|piercing|"
            r"touch[ -]?up|walkthrough|call|meeting|visit|"
            # a slot on the schedule: "5:30 on Tuesdays with Ilya", "at three thirty with
            # will", "monday wednesday friday with joy"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\d|o'clock|thirty|fifteen|"
            r"forty[ -]five|noon|[ap]\.?m\.?)[ \t]+with[ \t]+)"
            rf"{NAME_WORD}(?:[ \t]+{_CAP_NAME_WORD})?"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:and|last|next|this|on|at|for|again|today|tomorrow|"
            r"tonight|yesterday|but|so|because|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|i|we|she|he|she's|he's|in|is|was|please)\b)",
            0.55,
            r"\bwith\b",
        ),
        # "with Mr. Will", "ask for mister will": "will" after a title, ending the clause.
        CuedPattern(
            "title_will",
            r"(?<=\b(?:mr|mister|dr|doctor|coach|pastor)\.?[ \t]+)will"
            r"(?=[ \t]*(?:[,.!?]|$)|[ \t]+(?:on|at|next|this|and|for|again|today|tomorrow)\b)",
            0.6,
            r"\b(?:mr|mister|dr|doctor|coach|pastor)\b",
        ),
        # Honorifics: "mr smith", "Ms. Alvarez", "doctor patel".
        CuedPattern(
            "title",
            rf"(?<=\b(?:{HONORIFIC}|{_FOREIGN_TITLE})\.?[ \t]+)"
            rf"(?!{_TITLE_VERB}\b)(?:ó[ \t]+)?{_NAME}",
            0.75,
            rf"\b(?:{HONORIFIC}|{_FOREIGN_TITLE})\b",
        ),
        # Spelling: "that's SMITH", "spelled JOHNSON", "J O N E S" after "spell".
        CuedPattern(
            "spelled_after_cue",
            rf"(?<=\b(?:spell\w*|spelt|letters?|name is|name's|surname|last name|first name)"
            rf"\b[^.?!\d]{{0,25}}?){_SPELLED}\b",
            0.8,
            _SPELLED_CUE,
        ),
        CuedPattern(
            "spelled_after_its",
            rf"(?<=\b(?:that's|it's|as in)\b[^.?!\d]{{0,25}}?){_SPELLED}\b{_NOT_ACRONYM}",
            0.8,
            _SPELLED_CUE,
        ),
    )
    CONTEXT = ("name", "spell", "spelled", "mr", "mrs", "ms", "speaking")
    # Patterns whose cue is strong enough that its first word is a name whatever the
    # lexicon says ("my name is grace"); after an introduction with its tail ("this is
    # anil can i …") an English noun counts; after any other cue a listed first name, a
    # word that is not English, or a noun followed by a name word ("marguerite olsen").
    _TRUSTED_FIRST = frozenset(
        {"name_is", "possessive_name", "title", "spelled_after_cue", "spelled_after_its",
         "will_intro", "surname_after_first", "first_before_surname", "title_will"}
    )  # fmt: skip
    _INTRO = frozenset(
        {"self_intro", "greeting_its", "account_party", "assigned_role", "is_my_name", "name_is"}
    )
    # Weak cues: the first word must be a listed first name, or capitalised and no word.
    _LISTED_FIRST = frozenset(
        {"reached", "birthday_list", "listed_speaking", "name_here", "sign_off_name",
         "help_you_with", "all_set", "thanks_name_and", "thanks_name_clause", "closing_name",
         "youve_got", "greeting_name_at", "person_called", "on_the_line", "ack_name",
         "thanks_name_bye", "tag_said", "name_then_dob", "for_name_dob", "booked_with",
         "this_was_signoff", "side_talk", "room_request", "room_present"}
    )  # fmt: skip

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Pattern matches, each cut to the words the lexicon accepts as a name."""
        lex = lexicon()
        out = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            pattern = (result.recognition_metadata or {}).get("pattern_name", "")
            if foreign_prompt(text, result.start, result.end):
                continue  # "Para español, press 7"
            if pattern == "family_the":
                value = text[result.start : result.end]
                if (
                    _family_plural(value, lex)
                    and fold(value) not in BRANDS
                    and not _noun_after(text, result.end, lex)
                ):
                    out.append(result)
                continue
            if pattern == "family_plural":
                if _family_plural(text[result.start : result.end], lex) or _unknown_family_plural(
                    text, result.start, result.end, lex
                ):
                    out.append(result)
                continue
            if pattern == "last_name_first":
                out.extend(_names_in_order(text, result, lex))
                continue
            if pattern == "officer_was":
                if _officer_named(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "clergy":
                if _clergy_name(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "family_event":
                if _family_surname(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern.startswith("spelled"):
                if _THE_BEFORE.search(text, 0, result.start):
                    continue  # "the letter from the VA": an agency
                if fold(text[result.start : result.end]) not in ACRONYMS:
                    out.append(result)  # not "it's Aetna, member ID W 2 7"
                continue
            if pattern not in self._TRUSTED_FIRST and all(
                fold(w) in BRANDS for w in _SPOKEN_WORD.findall(text[result.start : result.end])
            ):
                continue  # "it's Aetna, member ID …": the insurer
            if pattern == "greeting_name" and _AGENT_AFTER.match(text, result.end):
                continue  # "Good morning, Ryanair, Leela speaking": the firm
            value = fold(text[result.start : result.end])
            if pattern == "name_is" and value in _NAMED_ROLES:
                continue  # "I was named executor": the role
            if pattern == "under_name" and value in _UI_PLACES:
                continue  # "online under Documents": the page
            if (
                pattern == "cap_intro"
                and value in US_STATES
                and (_LICENCE_CUE.search(text) or _STATE_LETTER_AFTER.match(text, result.end))
            ):
                continue  # "my driver's license? It's Texas.": the state
            if pattern == "name_is" and _adverb_after_call(text, result.start, lex):
                continue  # "his mom called me directly": how she called
            if pattern == "name_is" and _channel_not_name(text, result.start, result.end):
                continue  # "confirmation goes by email": how it is sent
            if pattern == "self_intro" and _quality_not_name(text, result.start, result.end, lex):
                continue  # "since it's international i need your passport"
            if pattern == "relative_everyday":
                if _everyday_name(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "dispatch_name":
                if _dispatched_name(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "desk_speaking":
                if _desk_agent(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "greeting_name_role":
                if _name_before_desk(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern == "team_comma_name":
                if _team_name(text, result.start, result.end, lex):
                    out.append(result)
                continue
            if pattern in ("name_speaking", "listed_speaking"):
                result.start = firm_before_agent(text, result.start, result.end)
            span = trim_name(
                text,
                result.start,
                result.end,
                lex,
                check_first=pattern not in self._TRUSTED_FIRST | self._LISTED_FIRST,
                nouns=pattern in self._INTRO,
                relative=pattern in ("relative", "relative_lower"),
                particle_first=pattern == "title",
            )
            if span is None and pattern == "relative_lower":
                # "anneliese and my son jonah": a noun that is nothing else, ending the
                # clause, names the relative ("my son home" does not)
                span = _noun_name(text, result.start, result.end, lex)
            if span is None and pattern == "relative_lower":
                span = _month_name(text, result.start, result.end)
            if span is None and pattern == "rank":
                span = _rank_surname(text, result.start, result.end, lex)
            if span is not None:
                span = _after_spoken_colon(text, span)
            if span is None or organisation(text, *span):
                continue
            if pattern in ("greeting_name", "after_name", "room_request") and _endearment(
                text, span
            ):
                continue  # "oh perfect thank you hon", "what's your name hon"
            if pattern in self._LISTED_FIRST and not _listed_first(text, span, lex, pattern):
                continue  # "you've reached Acme.", "payment is june fourth"
            if pattern == "title" and _doctor_as_noun(text, span[0], span[1], lex):
                continue  # "I'll fax the doctor. Copay is $5.": the doctor, then a noun
            if (
                pattern == "title"
                and _verb_miss(text, span[0])
                and _single_word(
                    text, (span[0], span[0] + len(text[span[0] : span[1]].split()[0])), lex
                )
            ):
                continue  # "i miss summer camp", "you'll miss payments": the verb
            if pattern == "married_name" and _single_word(text, span, lex):
                continue  # "it's summer now and we got married": the season
            if (
                pattern in ("thanks_name_clause", "closing_name", "person_called")
                and _everyday_first(text, span)
                and (text.islower() or text.isupper())
            ):
                continue  # "thanks for calling chase", "thanks will that's …" in ASR case
            if (
                pattern == "sign_off_name"
                and _everyday_first(text, span)
                and not _THANKED_BEFORE.search(text, 0, span[0])
            ):
                continue  # "thanks for calling chase, have a good day": the bank
            if pattern == "under_name" and _single_word(text, span, lex):
                continue  # "it's under grace period", "under bill pay"
            if pattern == "is_this" and organisation(text, *span):
                continue  # "hi is this quickbite delivery"
            if pattern == "is_this" and _asked_what_doing(text, span, lex):
                continue  # "who are you suing": what the caller is doing
            if (
                pattern == "is_this"
                and not any(
                    lex.is_name(w) or not lex.is_word(w)
                    for w in _SPOKEN_WORD.findall(text[span[0] : span[1]])
                )
                # "sorry who is this freya": a first name asked back, everyday word or not
                and not (
                    _WHO_IS_THIS.search(text, max(0, span[0] - 20), span[0])
                    and _listed_first(text, span, lex)
                )
            ):
                continue  # "are you Canadian?", "is this Irish?"
            span = _without_rank(text, *span)
            result.start, result.end = span
            out.append(result)
        out.extend(self._everyday_names(text, lex))
        out.extend(self._changed_names(text, lex))
        return EntityRecognizer.remove_duplicates(out)

    def _changed_names(self, text: str, lex: Lexicon) -> list[RecognizerResult]:
        """The new surname in "so I've changed it from Brock to Lea": the old one is a
        listed name, the new one often is not."""
        out = []
        for m in _CHANGED_FROM_TO.finditer(text):
            old, new = m.group("old"), m.group("new")
            if _name_change_word(old, lex) and _name_change_word(new, lex):
                out.append(
                    RecognizerResult(
                        self.ENTITY,
                        m.start("new"),
                        m.end("new"),
                        0.7,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "pattern_name": "changed_from_to",
                        },
                    )
                )
        return out

    def _everyday_names(self, text: str, lex: Lexicon) -> list[RecognizerResult]:
        """Everyday first names after their own cues, run apart from PATTERNS so that a
        rejected long match cannot hide a shorter one of another pattern."""
        out = []
        for name, pattern, score, check in _EVERYDAY_PATTERNS:
            for m in pattern.finditer(text):
                if check(text, m.start(), m.end(), lex):
                    out.append(
                        RecognizerResult(
                            self.ENTITY,
                            m.start(),
                            m.end(),
                            score,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                "pattern_name": name,
                            },
                        )
                    )
        return out


_ARE_YOU_BEFORE = re.compile(r"\b(?:are you|you're|you’re|you are|youre)[ \t]+$", re.I)
_PARTICIPLE = re.compile(r"(\p{L}{2,}?)(\p{L})?ing", re.IGNORECASE)


def _asked_what_doing(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """One "-ing" word after "are you" is a verb ("who are you suing", "are you moving")
    when its stem is a word and it is no listed first name or frequent surname
    ("are you Channing?", "are you Manning?" stay names)."""
    word = text[span[0] : span[1]]
    low = fold(word)
    m = _PARTICIPLE.fullmatch(low)
    if m is None or not _ARE_YOU_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return False
    if low in lex.firsts or low in lex.frequent_lasts or _capitalised(word, text):
        return False
    stem, double = m.group(1), m.group(2) or ""
    return any(lex.is_word(s) for s in (stem + double, stem + double + "e", stem))


_GO_BY_BEFORE = re.compile(r"\bgo(?:es)?[ \t]+by[ \t]+$", re.IGNORECASE)
# How a thing is sent or reached, after "goes by": "the receipt goes by text".
_CHANNEL_WORDS = wordset(
    """email e-mail mail text texts sms post fax courier phone letter mobile app portal
    voicemail ups fedex usps dhl snail"""
)


# A state spelled out after a licence question in an earlier turn: "It's Ohio, starts
# with the letter O."
_STATE_LETTER_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:it[ \t]+)?(?:starts|begins|starting)[ \t]+with\b", re.IGNORECASE
)
_CALL_ME_BEFORE = re.compile(r"\bcall(?:s|ed)?[ \t]+me[ \t]+$", re.IGNORECASE)


def _adverb_after_call(text: str, start: int, lex: Lexicon) -> bool:
    """ "called me directly", "call me asap-ly": an English adverb in -ly that no name
    list has says how someone called, not what they call me ("call me Kelly" stays)."""
    first = _SPOKEN_WORD.match(text, start)
    if not first or not _CALL_ME_BEFORE.search(text, max(0, start - 12), start):
        return False
    low = fold(first.group().rstrip("."))
    return (
        low.endswith("ly")
        and lex.is_word(low)
        and low not in lex.firsts
        and low not in lex.word_firsts
    )


def _channel_not_name(text: str, start: int, end: int) -> bool:
    """ "confirmation goes by email": "goes by" names a way of sending, not a nickname."""
    first = _SPOKEN_WORD.match(text, start)
    return bool(
        first
        and fold(first.group().rstrip(".")) in _CHANNEL_WORDS
        and _GO_BY_BEFORE.search(text, max(0, start - 12), start)
    )


def _everyday_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A capitalised word after "my roommate" in a turn written with capitals that is an
    everyday word and a first name ("Will", "June"): the cue and the capital make it one."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    return (
        not text.isupper()
        and not text.islower()
        and (low in EVERYDAY_FIRSTS or low in lex.word_firsts or low in lex.firsts)
    )


_FILLERS = frozenset(("uh", "um"))
# Words said to someone that are no name: "thanks love", "hey buddy", and banks whose
# name is a first name too ("thank you chase").
_ENDEARMENTS = wordset(
    """love dear honey hon sweetie sweetheart darling buddy bud mate man dude pal boss friend
    babe baby hun sugar chief champ kiddo pop pops chase discover liberty progressive"""
)


def is_endearment(word: str) -> bool:
    """A word said to someone in the room that is a term of endearment ("hon", "babe")."""
    return fold(word) in _ENDEARMENTS


def _endearment(text: str, span: tuple[int, int]) -> bool:
    """A lone word said to someone that is a term of endearment ("hon", "sweetie"): no
    name. (A caller named so is still found where the call gives the name with a cue.)"""
    return fold(text[span[0] : span[1]]) in _ENDEARMENTS


def _surname_word(word: str, text: str, lex: Lexicon) -> bool:
    """A word that can be a surname after a first name: a listed frequent surname, a
    surname that is also a word ("gross"), a word no dictionary has, or a capital."""
    from recognizers.name_gazetteer_recognizer import COMMON_SURNAMES

    low = fold(word)
    if _NOT_NAME_WORD.fullmatch(low) or low in BRANDS:
        return False
    return (
        low in lex.frequent_lasts
        or low in COMMON_SURNAMES
        or not lex.is_word(low)
        or (_capitalised(word, text) and not text.istitle())
    )


def _everyday_intro(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """An introduction's everyday first name ("will", "art") is a name when it is said
    twice ("will will grant") or comes before a surname ("Will Gross", "will gutierrez")."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    words = _SPOKEN_WORD.findall(text[start:end])
    first = fold(words[0])
    # A month said twice before a surname is a stammered name ("this is june june baptiste");
    # once, it may be a date ("it's june tenth").
    stammered_month = first in _MONTH_FIRSTS and len(words) > 2 and fold(words[1]) == first
    if (first not in EVERYDAY_FIRSTS and not stammered_month) or first in BRANDS:
        return False
    if len(words) < 2:
        return False
    if any(fold(w) not in (first, *_FILLERS) for w in words[1:-1]):
        return False
    last = fold(words[-1])
    if last == first or _surname_word(words[-1], text, lex):
        return True
    # Said twice, the first name is a stammered introduction ("it's art art delacroix"):
    # a word after it that no dictionary has, or a noun that is nothing else, is the
    # surname ("summer summer break" is a season).
    doubled = len(words) > 2 and fold(words[1]) == first
    return (
        doubled
        and not (_NOT_NAME_WORD.fullmatch(last) or last in BRANDS)
        and (not lex.is_word(last) or lex.is_only_noun(last))
    )


def _vocative_first(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word said to the other party ("for you will", "thanks mercy") that is a first
    name, everyday or not, and no brand, endearment or closing word."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    if low in BRANDS or low in _ENDEARMENTS:
        return False
    if low in EVERYDAY_FIRSTS or low in _MONTH_FIRSTS:
        return True  # "for you will": "will" is on the not-name list; "hi june"
    return not _NOT_NAME_WORD.fullmatch(low) and (low in lex.firsts or low in lex.word_firsts)


# Everyday first names (see SpokenPersonRecognizer._everyday_names), each with its check.
# An introduction: the word said twice or before a surname: "my name is will will grant",
# "it's will uh wilhelmina", "this is Will Gross" (not "this is bill pay").
_EVERYDAY_INTRO = re.compile(
    r"(?<=\b(?:this is|my name is|my name's|name is|name's|it's|its|it is|calls me|"
    r"call me)[ \t]+(?:(?:uh|um)[ \t]+)?)(?P<ef>\p{L}+)(?:[ \t]+(?P=ef))?"
    rf"(?:[ \t]+(?:uh|um))?[ \t]+{NAME_WORD}(?![\p{{L}}'’-])",
    re.IGNORECASE,
)
# Said to the other party at the end of a turn or before a greeting's question: "what can
# i do for you will", "thanks mercy", "hey will what's up"; or closing a farewell formula:
# "you're welcome frank", "take care amber", "THANK YOU SO MUCH, HOPE."
_EVERYDAY_VOCATIVE = re.compile(
    r"(?<=\b(?:for you|thanks|thank you|hey|hi|take care|bye|goodbye|"
    r"(?:you're|you’re|you are|youre|your) (?:very |so |most )?welcome|"
    r"(?:thanks|thank you) (?:so|very) much)[ \t]*,?[ \t]+)\p{L}+"
    r"(?=[ \t]*[.!?]?[ \t]*$|[ \t]*,?[ \t]+(?:what's up|whats up|how are you|"
    r"how's it going|hows it going|how you doing)\b)",
    re.IGNORECASE,
)
# The agent's name before the opening question: "this is mercy is this an emergency".
_EVERYDAY_THIS_IS = re.compile(
    r"(?<=\bthis is[ \t]+)\p{L}+(?=[ \t]*,?[ \t]+(?:is this|how can|how may|what can|"
    r"who am i|speaking)\b)",
    re.IGNORECASE,
)
# Any first name introducing its speaker at a place: "it's pat over at the lakeview
# surgery center", "it's grace at the front desk" (not "it's open at the moment").
_FIRST_AT = re.compile(
    r"(?<=\b(?:it's|its|it’s|it is|this is)[ \t]+)\p{L}+"
    r"(?=[ \t]+(?:calling[ \t]+)?(?:(?:over|out|down|up)[ \t]+)?at[ \t]+the[ \t]+"
    r"(?!(?:moment|end|start|beginning|same|latest|earliest|most|least|time|top|bottom|back|"
    r"front|last|first|next|door|register)\b)\p{L})",
    re.IGNORECASE,
)
# A month that is a first name introducing its speaker: "it's june from the altar society",
# "this is april with the parish" (not "it's june from now on": a time follows).
_EVERYDAY_FROM = re.compile(
    r"(?<=\b(?:it's|its|it’s|it is|this is)[ \t]+)(?:april|june|august)"
    r"(?=[ \t]+(?:calling[ \t]+)?(?:from|with)[ \t]+(?!(?:now|then|last|next|today|here|there|"
    r"that|this|the[ \t]+(?:first|start|beginning|end))\b)\p{L})",
    re.IGNORECASE,
)
# Any first name introducing its speaker before a firm: "IT'S CLIFF FROM CLIFF'S AUTO",
# "it's joy with the parish" (not "it's frank from my side": a determiner follows).
_FIRST_FROM = re.compile(
    r"(?<=\b(?:it's|its|it’s|it is|this is)[ \t]+)\p{L}+"
    r"(?=[ \t]+(?:calling[ \t]+)?(?:from|with)[ \t]+(?!(?:now|then|last|next|today|here|there|"
    r"that|this|what|where|my|our|your|his|her|their|a|an|all|each|every|me|us|him|them|"
    r"the[ \t]+(?:first|start|beginning|end|sound|look))\b)\p{L})",
    re.IGNORECASE,
)
# Said to the caller right before the agent's next identity question: "OKAY RICH AND YOUR
# LAST NAME", "SURE CLIFF WHAT'S YOUR LAST NAME", "thanks pat, and your date of birth".
# What the agent asks the caller for to find the account: "last name", "date of birth",
# and the account's own keys: "account number", "customer number", "the address".
_ASKED_FOR = (
    r"(?:last name|surname|family name|date of birth|birth date|birthday|dob|"
    r"(?:account|customer|member|policy|importer|phone|reference|order)[ \t]+number|"
    r"(?:email[ \t]+|mailing[ \t]+|service[ \t]+)?address|zip[ \t]+code|zip(?![ \t]+code))\b"
)
_ID_QUESTION = (
    r"(?:and[ \t]+)?(?:(?:what's|whats|what’s|what is|can i get|could i get|may i have|"
    r"can i have|could i have)[ \t]+)?"
    rf"(?:your[ \t]+|the[ \t]+)?{_ASKED_FOR}"
)
_VOCATIVE_BEFORE_QUESTION = re.compile(
    r"(?<=(?:^|\b(?:okay|ok|sure|alright|all right|great|perfect|thanks|thank you|got it|"
    r"right|awesome|excellent|wonderful|lovely|cool|sorry|sorry about that|sorry to hear that)"
    r"[ \t]*,?[ \t]+))\p{L}+"
    rf"(?=[ \t]*,?[ \t]+{_ID_QUESTION})",
    re.IGNORECASE | re.MULTILINE,
)
# Said after that question, ending the turn: "and date of birth pat", "your last name, jo?",
# "account number bud", "AND YOUR IMPORTER NUMBER FRANK".
_VOCATIVE_AFTER_QUESTION = re.compile(
    r"(?<=(?:^|\b(?:and|what's|whats|what’s|what is))[ \t]*(?:your[ \t]+|the[ \t]+)?"
    rf"{_ASKED_FOR}[ \t]*,?[ \t]+)"
    r"\p{L}+(?=[ \t]*[.?!]?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# The caller greeting the agent by name to open the call: "hi mo um i need a letter",
# "hi bo it's dana at pine street yoga", "hey kit, this is sam".
_GREETING_FIRST = re.compile(
    r"(?<=^[ \t]*(?:hi|hey|hello)[ \t]*,?[ \t]+)\p{L}+"
    r"(?=[ \t]*,?[ \t]+(?:um|uh|it's|its|it’s|it is|this is|i'm|im|i’m|i am|my name|i need|"
    r"i was|i have|i've|i got|quick question)\b)",
    re.IGNORECASE,
)
# A nickname the speaker reports: "everybody calls him frank", "we call her joy."
_CALLS_THEM = re.compile(
    r"(?<=\b(?:calls?|called|calling)[ \t]+(?:him|her|them)[ \t]+)\p{L}+"
    r"(?=[ \t]*(?:[.,!?]|$|for short\b))",
    re.IGNORECASE,
)
# A first name in a list of one's children: "my two boys angel and luis", "our girls,
# hope and maya".
_CHILDREN_LIST = re.compile(
    r"(?<=\b(?:my|our)[ \t]+(?:(?:two|three|four|five|\d)[ \t]+)?(?:boys|girls|kids|sons|"
    r"daughters|children|grandkids|grandchildren|twins)[ \t]*,?[ \t]+)\p{L}+"
    r"(?=[ \t]*,?[ \t]+and[ \t]+\p{L})",
    re.IGNORECASE,
)
# The person someone calls on behalf of, ending the sentence: "I'm calling for Joy."
_CALLING_FOR = re.compile(
    r"(?<=\bcalling[ \t]+(?:for|about|on behalf of)[ \t]+)\p{L}+(?=[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE,
)
# A listed first name after a work role: "our bookkeeper dolores at …", "my supervisor
# clement said".
_ROLE_FIRST = re.compile(
    r"(?<=\b(?:my|our|your|his|her|their)[ \t]+(?:(?:yard|office|store|shop|general|site|"
    r"project|account|property|plant|floor|operations|service|sales|new)[ \t]+)?"
    r"(?:bookkeeper|accountant|supervisor|manager|boss|assistant|coworker|co-worker|colleague|"
    r"secretary|landlord|caregiver|nurse|lawyer|attorney|owner|coordinator|dispatcher|"
    r"foreman|estimator|scheduler)[ \t]*,?[ \t]+)\p{L}+(?![\p{L}'’-])",
    re.IGNORECASE,
)
# People the agent finds on the account: "i see hazel and otto on here", "i have grace
# and maria on the account".
_SEEN_ON_ACCOUNT = re.compile(
    r"(?<=\bi[ \t]+(?:see|have|can see|'ve got|’ve got)[ \t]+)\p{L}+(?=[ \t]+and[ \t]+\p{L}+"
    r"[ \t]+(?:on here|on the account|on file|on the policy|listed)\b)",
    re.IGNORECASE,
)
# A child told off mid-call, the name opening the sentence: "Sorry, one sec. Heather, put
# that down!", "amir stop that", "Liam, get down from there".
_TOLD_OFF = re.compile(
    r"(?<=(?:^|[.!?])[ \t]*)\p{L}+(?=[ \t]*,?[ \t]+(?:put (?:that|it) down|stop (?:that|it)|"
    r"get down|come here|be quiet|leave (?:that|it) alone|don't touch)\b)",
    re.IGNORECASE,
)
# A middle initial after its cue: "Smith Jones, middle initial T.", "middle initial is r".
_MIDDLE_INITIAL = re.compile(
    r"(?<=\bmiddle[ \t]+initial(?:[ \t]+is)?[ \t]*,?[ \t]+)\p{L}(?![\p{L}'’])",
    re.IGNORECASE,
)
# Words said in the vocative slot that are no name: "okay great and your last name",
# "and your date of birth please".
_NOT_VOCATIVE = wordset(
    """great perfect thanks thank okay ok sure alright right got now so then also first
    lastly next finally just please again too sir maam ma'am madam miss mister mr mrs ms
    yes yeah yep no um uh well cool awesome excellent wonderful lovely fine good nice also
    there here all everyone everybody folks guys team again today yours sorry hey hi
    hello stop kids please dad mom mum daddy mommy mama papa give tell confirm verify need
    spell provide get have state repeat read enter update gotcha gotchya kk mhm mmhm
    understood noted done brilliant super fantastic terrific sweet ace
    city state street town county country code zip apartment unit name number email phone
    best cell home current mobile work new old primary billing mailing shipping daytime full
    correct preferred main other alternate contact"""
)


def _vocative_word(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word in a firm vocative slot (before or after the agent's identity question):
    any word there is the caller's name ("rich", "pat", "mo") unless it is a courtesy,
    filler or function word."""
    low = fold(text[start:end])
    return not (
        low in _NOT_VOCATIVE
        or low in _FUNCTION_WORDS
        or low in _COLLOQUIAL
        or low in _ENDEARMENTS
        or low in BRANDS
        or _NOT_NAME_WORD.fullmatch(low)
    )


def _vocative_before_asked(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The word before the agent's identity question is the caller's name, unless it
    opens the turn, runs into the question without a comma and is a dictionary word
    that no first-name list has: then it qualifies what is asked ("Practice address?",
    "Office phone number?"); "pat date of birth?" and "rich, last name?" stay names."""
    if not _vocative_word(text, start, end, lex):
        return False
    low = fold(text[start:end])
    modifier = (
        not text[:start].strip()
        and not text[end:].lstrip(" \t").startswith(",")
        and lex.is_word(low)
        and not _vocative_first(text, start, end, lex)
        and low not in _WORD_FIRSTS_AFTER_ROLE
    )
    return not modifier


def _greeted_first(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The word after an opening "hi" is the agent's name when it is a listed first name
    or no English word ("hi bo"), or a short name-shaped word the caller goes on from
    ("hi mo um"), never a greeting word ("hi there", "hi again")."""
    low = fold(text[start:end])
    if not _vocative_word(text, start, end, lex):
        return False
    return _vocative_first(text, start, end, lex) or not lex.is_word(low) or len(low) <= 3


def _listed_not_month(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A first name said to end a clause, but no month ("calling about june." is a date)."""
    return fold(text[start:end]) not in _MONTH_FIRSTS | {"may"} and _vocative_first(
        text, start, end, lex
    )


# A verb after the word in the role slot makes that word the subject, so a name:
# "our yard manager june will call", "our owner dale is traveling".
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \t]+(?:will|would|can|could|should|is|was|has|had|said|says|wants|needs|called|"
    r"calls|asked|handles|does|did)\b",
    re.IGNORECASE,
)


def _role_first(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """After "our bookkeeper" a listed first name, rare word or not ("dolores"); an everyday
    word ("grant", "june", "rich") only as the subject of a verb ("my coordinator grant will
    confirm"), so that "our manager will call" and "my boss may" stay words."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    if low in {"may", "will", "said", "says", "can", "is", "was", "has", "had"}:
        return False
    if not _vocative_word(text, start, end, lex):
        return False
    if low in EVERYDAY_FIRSTS or low in _MONTH_FIRSTS or low in _WORD_FIRSTS_AFTER_ROLE:
        return bool(_SUBJECT_VERB_AFTER.match(text, end))
    return low in lex.firsts or low in lex.word_firsts


# Short forms of first names that are words too ("rich", "bud"): a name after a role only
# as a verb's subject, or as the worker an agent sends ("send bud over").
_WORD_FIRSTS_AFTER_ROLE = wordset("rich bud kev dale")

# Said to the other party between a thanks or greeting and the next clause: "thanks rich
# whats a good callback number", "THANKS BO THE BALANCE IS …", "hi rich what can i do for
# you", "THATS APPROVED BO YOU'LL GET THE RECEIPT".
_VOCATIVE_CLAUSE = re.compile(
    r"(?<=\b(?:thanks|thank you|hi|hey|hello|approved|all set)[ \t]*,?[ \t]+)\p{L}+"
    r"(?=[ \t]*,?[ \t]+(?:what's|whats|what’s|what|how|how's|hows|the|your|you'll|youll|"
    r"you’ll|you're|youre|you’re|i'm|im|i’m|i'll|i’ll|we'll|we’ll|we're|it's|its|it’s|"
    r"that's|thats|that’s|let me|let's|can i|could i|just)\b)",
    re.IGNORECASE,
)
# Words in that slot that open a clause of their own: "thanks hope that's ok" (I hope),
# "hey bro what's up", "thanks will that's great" (a modal).
_CLAUSE_NOT_VOCATIVE = wordset("hope bro sis fam ya yall will may can must shall")


def _clause_vocative(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A listed first name, a short form that is a word too ("rich"), or a short word no
    dictionary has ("bo"); never a courtesy, filler or clause word of its own."""
    low = fold(text[start:end])
    if low in _CLAUSE_NOT_VOCATIVE or not _vocative_word(text, start, end, lex):
        return False
    return (
        _vocative_first(text, start, end, lex)
        or low in _WORD_FIRSTS_AFTER_ROLE
        or (len(low) <= 3 and not lex.is_word(low))
    )


# Said to the caller between an acknowledgement and the agent's next step or question:
# "sure june go ahead", "sure bo what lot", "OK JOY ILL CALL WHEN ITS OPEN" (not "ok mark
# the box": an article after the word makes it a verb).
_VOCATIVE_AFTER_ACK = re.compile(
    r"(?<=(?:^|[.!?])[ \t]*(?:okay|ok|sure|alright|all right)[ \t]*,?[ \t]+)\p{L}+"
    r"(?=[ \t]*,?[ \t]+(?:go ahead|what|what's|whats|what’s|which|ill|i'll|i’ll|we'll|we’ll|"
    r"let me|one moment|one sec|hold on)\b)",
    re.IGNORECASE,
)
# A worker the agent sends out: "I'll send Bud over now", "ill get ray out there".
_DISPATCHED_WORKER = re.compile(
    r"(?<=\b(?:send|get|have)[ \t]+)\p{L}+"
    r"(?=[ \t]+(?:over|out|round|around|by|up|down)(?:[ \t]+there|[ \t]+here)?[ \t]*"
    r"(?:now|right away|today|shortly|asap|there|[,.!?]|$|he|she|to)\b)",
    re.IGNORECASE,
)


def _worker_first(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A listed first name (everyday ones too) or a short form: "send bud over"; never a
    function word or brand ("send it over", "get them out")."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    if low in _FUNCTION_WORDS or low in BRANDS or not_name_word(low):
        return False
    return low in lex.firsts or low in EVERYDAY_FIRSTS or low in _WORD_FIRSTS_AFTER_ROLE


# A name in the possessive before what is asked about its owner: "whats nadines lot",
# "sure whats bos last name", "what's Omar's unit".
_OWNER_ASKED = re.compile(
    r"(?<=\bwhat(?:'s|’s|s|[ \t]+is)[ \t]+)(?:\p{L}+(?=['’]s\b)|\p{L}+s(?![\p{L}'’]))"
    r"(?=(?:['’]s)?[ \t]+(?:lot|unit|space|site|"
    r"last name|surname|first name|number|phone number|date of birth|address|email)\b)",
    re.IGNORECASE,
)


def _owner_first(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The word before the possessive "s" ("nadines", "bos", "Omar's") is a name as in
    ``_clause_vocative``; never a pronoun's ("whats his lot", "whats this lot")."""
    whole = fold(_WHOLE_WORD.match(text, start).group())
    if whole in _FUNCTION_WORDS or not_name_word(whole) or whole in {"his", "yours", "ours"}:
        return False
    stem_end = end - 1 if text[end - 1] in "sS" and not text.startswith("'", end) else end
    return _clause_vocative(text, start, stem_end, lex)


_WHOLE_WORD = re.compile(r"\p{L}[\p{L}'’]*")


def _middle_initial(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Any letter after "middle initial" is one."""
    return True


_EVERYDAY_PATTERNS = (
    ("everyday_from", _EVERYDAY_FROM, 0.6, _vocative_first),
    ("first_from", _FIRST_FROM, 0.55, _vocative_first),
    ("first_at", _FIRST_AT, 0.55, _listed_not_month),
    ("everyday_intro", _EVERYDAY_INTRO, 0.6, _everyday_intro),
    ("everyday_vocative", _EVERYDAY_VOCATIVE, 0.55, _vocative_first),
    ("vocative_clause", _VOCATIVE_CLAUSE, 0.55, _clause_vocative),
    ("vocative_after_ack", _VOCATIVE_AFTER_ACK, 0.55, _clause_vocative),
    ("dispatched_worker", _DISPATCHED_WORKER, 0.55, _worker_first),
    ("owner_asked", _OWNER_ASKED, 0.55, _owner_first),
    ("everyday_this_is", _EVERYDAY_THIS_IS, 0.55, _vocative_first),
    ("vocative_before_question", _VOCATIVE_BEFORE_QUESTION, 0.6, _vocative_before_asked),
    ("vocative_after_question", _VOCATIVE_AFTER_QUESTION, 0.6, _vocative_word),
    ("greeting_first", _GREETING_FIRST, 0.55, _greeted_first),
    ("calls_them", _CALLS_THEM, 0.6, _vocative_first),
    ("middle_initial", _MIDDLE_INITIAL, 0.6, _middle_initial),
    ("children_list", _CHILDREN_LIST, 0.6, _vocative_first),
    ("calling_for", _CALLING_FOR, 0.55, _listed_not_month),
    ("role_first", _ROLE_FIRST, 0.6, _role_first),
    ("told_off", _TOLD_OFF, 0.55, _vocative_word),
    ("seen_on_account", _SEEN_ON_ACCOUNT, 0.6, _vocative_first),
)


_ITS_BEFORE = re.compile(r"\b(?:it's|its|it’s|it is)[ \t]+$", re.IGNORECASE)


def _quality_not_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "it's international i need …", "its urgent can you": one English word after "it's"
    that no name list has, in a turn without capitals to tell, says what it is."""
    word = text[start:end]
    return (
        " " not in word.strip()
        and (word.islower() or word.isupper())
        and bool(_ITS_BEFORE.search(text, max(0, start - 8), start))
        and lex.is_word(fold(word))
        and not lex.is_name(fold(word))
        and fold(word) not in lex.word_firsts
    )


# The agent's name after the firm's: "Good morning, CVS, Pieter speaking".
# or before the opening question: "Good morning, BrightCart, Aaron, how may I help you?"
_AGENT_AFTER = re.compile(
    r"[ \t]*,[ \t]*\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?(?:[ \t]+speaking\b|"
    r"[ \t]*[,.][ \t]*(?:how (?:may|can|might) i|what can i|who am i)\b)",
    re.IGNORECASE,
)

# A name asked back after "who is this": "sorry who is this freya".
_WHO_IS_THIS = re.compile(r"\bwho(?:'s|’s|[ \t]+is)[ \t]+this[ \t]*,?[ \t]*$", re.IGNORECASE)


# "miss" the verb: after a subject or an auxiliary ("i miss summer", "you'll miss
# payments"); "thanks for calling miss rose" is the title.
_MISS_BEFORE = re.compile(
    r"(?:\b(?:i|(?<!\bthank[ \t]+)you|we|they|he|she|will|to|don't|dont|didn't|didnt|won't|"
    r"wont|never|not|might|may|would|could|can|gonna|really|also|just|do|did|still|always|ll)|['’]ll)"
    r"[ \t]+(?-i:miss|MISS)[ \t]+$",
    re.IGNORECASE,
)


# A thank-you before a sign-off's name: "you're welcome mark have a great day", "thanks
# for calling Parkway Dental grace, take care" (not "thanks for calling chase, have …").
_THANKED_BEFORE = re.compile(
    r"(?:\b(?:welcome|thanks|thank you|cheers|no problem|no worries|my pleasure)|"
    r"\bfor calling[ \t]+[^.?!,]*?\S[ \t]+)[ \t,]*$",
    re.IGNORECASE,
)


# Words of a reply or a sentence, not of a team's name: "yes, grace.", "it's for you, bill."
_REPLY_WORDS = wordset(
    """yes yeah yep yup yea no nope nah okay ok sure right thanks thank cheers great perfect
    alright fine well hi hello hey morning evening afternoon sorry oh um uh so but then bye
    goodbye i you we he she they it it's its that's thats is was are my your his her our
    their me us him them please excuse pardon lovely awesome cool good nice got see"""
)


_DATE_WORD = re.compile(_DAY_WORD + r"$", re.IGNORECASE)
# Words after "send a tech" that are no worker: "send a tech asap monday".
_DISPATCH_NOT_NAME = frozenset(
    {"asap", "sometime", "anytime", "early", "round", "either", "earliest", "soonest"}
)
# Words of a team's name before "speaking": "customer service desk speaking".
_DESK_WORDS = frozenset(
    {"desk", "center", "centre", "unit", "floor", "hub", "group", "division", "bureau",
     "branch", "counter", "room", "hotline", "helpline", "section", "centre's", "line"}
)  # fmt: skip


def _dispatched_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "send a tech noemi the first": a first name, or a word that is no English word,
    never a date or time word ("send a tech asap monday")."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    if _DATE_WORD.match(low) or low in _DISPATCH_NOT_NAME or not_name_word(low):
        return False
    if low in lex.firsts or low in lex.word_firsts or low in EVERYDAY_FIRSTS:
        return True
    return not lex.is_word(low)


def _desk_agent(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "billing support comfort speaking": any word but a team's ("service desk
    speaking") or an adverb ("tech support generally speaking")."""
    low = fold(text[start:end])
    if low in _DESK_WORDS or low in BRANDS or not_name_word(low):
        return False
    adverb = low.endswith("ly") and lex.is_word(low) and low not in lex.word_firsts
    return not (adverb and low not in lex.firsts)


def _team_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Billing disputes, Marisol.": a listed first name, or a listed surname that is no
    English word, none of the words before it call vocabulary or a greeting."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(text[start:end])
    if len(low) < 3 or not_name_word(low) or low in _COLLOQUIAL or low in BRANDS:
        return False
    before = [fold(w) for w in _SPOKEN_WORD.findall(text, 0, start)]
    if not before or any(w in _REPLY_WORDS for w in before):
        return False  # "yes, grace.", "thanks, bill.": a reply, not a team
    if low in lex.firsts or low in lex.word_firsts or low in EVERYDAY_FIRSTS:
        return True
    return low in lex.lasts and not lex.is_word(low)


def _name_before_desk(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Each word a listed name or no English word, and no brand: "good morning riverside
    billing office at …" greets from the firm's desk, not a person."""
    words = [fold(w) for w in _SPOKEN_WORD.findall(text[start:end])]
    return all(w not in BRANDS and (lex.is_name(w) or not lex.is_word(w)) for w in words)


def _rank_surname(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "OFFICER GRANGER", "officer young": a listed surname after a rank."""
    m = _SPOKEN_WORD.search(text, start, end)
    low = fold(m.group()) if m else ""
    if (
        len(low) > 2
        and not not_name_word(low)
        and (low in lex.lasts or low in lex.word_lasts)
        and low not in _NOT_CAP_SURNAME
        and not (lex.is_word(low) and _ROLE_NOT_RANK.search(text, 0, start))
    ):
        return m.start(), m.end()
    return None


def _names_in_order(text: str, result: RecognizerResult, lex: Lexicon) -> list[RecognizerResult]:
    """Each of the two words said "last name first" that is no cue or filler word
    ("patient name Smith, Fatima": not "name")."""
    out = []
    for m in _SPOKEN_WORD.finditer(text, result.start, result.end):
        low = fold(m.group().rstrip(".,"))
        if len(low) >= 2 and not not_name_word(low) and low not in _FUNCTION_WORDS | {"comma"}:
            end = m.start() + len(m.group().rstrip(".,"))
            out.append(_with_span(result, m.start(), end))
    return out


def _with_span(result: RecognizerResult, start: int, end: int) -> RecognizerResult:
    """A copy of a pattern's result cut to one of its words."""
    return RecognizerResult(
        result.entity_type,
        start,
        end,
        result.score,
        analysis_explanation=result.analysis_explanation,
        recognition_metadata=dict(result.recognition_metadata or {}),
    )


_BADGE_AFTER = re.compile(r"[ \t]*[,.;]?[ \t]*(?:badge|shield|unit|id)\b", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;!?]|$)")


def _officer_named(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "the officer was white, badge 12": a word before the badge is the officer's
    surname, even a listed word; without a badge only a listed surname that is no
    English word ("the officer was Castaneda.") names one, not "was rude" or "was nice"."""
    low = fold(text[start:end])
    if len(low) < 3 or not_name_word(low):
        return False
    if _BADGE_AFTER.match(text, end):
        return lex.is_name(low) or not lex.is_word(low)
    return _CLAUSE_ENDS.match(text, end) is not None and low in lex.lasts and not lex.is_word(low)


def _clergy_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "father grant", "sister june": a title of the clergy before a listed first name
    or surname, not "father time", "sister company" or "brother will call"."""
    low = fold(text[start:end])
    if low in _MODALS or low in _TITLE_WORDS_AFTER:
        return False
    if low in _MONTH_FIRSTS:
        return True
    return not not_name_word(low) and lex._listed_name(low)


# Words after a clergy title that are no name: "sister in law", "father figure".
_TITLE_WORDS_AFTER = frozenset(("in", "figure", "time", "christmas", "and", "or"))
# A role said as a common noun: "to speak to an agent dial 8", "the nurse will call".
_ROLE_NOT_RANK = re.compile(rf"\b(?:a|an|the|any|another|our)[ \t]+{RANK}\.?[ \t]+$", re.I)


_NEXT_WORD = re.compile(r"[ \t]+(\p{L}+)")


def _noun_after(text: str, end: int, lex: Lexicon) -> bool:
    """A noun straight after a plural makes it a team or a brand ("the knicks game")."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and lex.is_noun(m.group(1)) and not not_name_word(m.group(1))


def _family_plural(word: str, lex: Lexicon) -> bool:
    """ "duboises", "Okonkwos": a listed surname (no English word) with a plural ending."""
    low = fold(word)
    if len(low) < 4 or not low.endswith("s") or lex.is_word(low):
        return False
    stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
    return any(lex.is_name(s) and not lex.is_word(s) for s in stems if len(s) >= 3)


_FAMILY_BEFORE = re.compile(r"\bfamily[ \t,]+the[ \t]+$", re.IGNORECASE)


def _unknown_family_plural(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "your host family, the Lindqvists": after "family" a plural that is no English
    word, nor its stem, is the family's surname even when no list holds it ("the family
    the kids" and "the family the others" stay)."""
    low = fold(text[start:end])
    if not _FAMILY_BEFORE.search(text, 0, start) or len(low) < 5 or not low.endswith("s"):
        return False
    stems = (low, low[:-1], low[:-2] if low.endswith("es") else low[:-1])
    return not not_name_word(low) and not any(lex.is_word(s) for s in stems)


def _family_surname(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "okafor": a listed surname that is no English word; "Sharma-Kelly",
    "Hargreaves-Lowe": a part such a name, each a listed name or capitalised (mixed case)."""
    word = text[start:end]
    if fold(word) in BRANDS:
        return False
    parts = re.split(r"[-‐]", word)
    if len(parts) == 1:
        low = fold(word)
        if len(low) < 3 or lex.is_word(low):
            return False
        # "the Delacroix family": in mixed-case text a capitalised word that is no word
        mixed = not (text.islower() or text.isupper())
        return low in lex.lasts or (mixed and word[:1].isupper() and word[1:].islower())
    mixed = not (text.islower() or text.isupper())
    if not any(lex.is_name(fold(p)) and not lex.is_word(fold(p)) for p in parts):
        return False  # "the Follow-Up family", "the Mid-Week wedding"
    return all(
        len(p) >= 2 and (lex.is_name(fold(p)) or (mixed and p[:1].isupper() and p[1:].islower()))
        for p in parts
    )


# A spelled-out title ending its clause ("fax the doctor. Copay is $5") or a doctor named
# by an article ("the doctor copay is ten dollars").
_DOCTOR_STOP = re.compile(r"\b(?:doctor|mister|missus)[ \t]*[.,;:!?][ \t]*$", re.IGNORECASE)
_THE_DOCTOR = re.compile(r"\b(?:the|a|an|my|your|his|her|our|their)[ \t]+doctor[ \t]+$", re.I)


def _doctor_as_noun(text: str, start: int, end: int, lex) -> bool:
    """The title is the everyday noun, so the word after it is no surname: the clause
    ends after it, or "the doctor" is followed by an English word that is no name
    ("the doctor copay"); "my doctor Patel", "Dr. Lee" keep theirs."""
    before = text[max(0, start - 24) : start]
    if _DOCTOR_STOP.search(before):
        return True
    words = _SPOKEN_WORD.findall(text[start:end])
    if words and _adverb_not_name(words[0], lex):
        return True  # "the hospice doctor usually signs": what the doctor does, how
    return bool(
        _THE_DOCTOR.search(before)
        and words
        and lex.is_word(fold(words[0]))
        and not lex.is_name(fold(words[0]))
    )


# Adverbs that say how often or how sure, after "doctor": "the hospice doctor usually
# signs". A closed list: "-ly" words such as Early, Kindly or Daly are surnames too.
_DOCTOR_ADVERB = frozenset({
    "usually", "really", "normally", "typically", "generally", "actually", "probably",
    "only", "finally", "personally", "certainly", "definitely", "honestly", "basically",
    "apparently", "obviously", "originally", "eventually", "recently", "currently",
    "initially", "specifically", "mostly", "rarely", "clearly", "simply", "always", "never",
    "also", "still", "just", "already",
})  # fmt: skip


def _adverb_not_name(word: str, lex: Lexicon) -> bool:
    """An adverb of frequency or certainty that is no listed name ("usually", "really")."""
    low = fold(word)
    return low in _DOCTOR_ADVERB and not lex.is_name(low)


def _verb_miss(text: str, start: int) -> bool:
    """ "miss" the verb before the word, not the title."""
    return bool(_MISS_BEFORE.search(text[max(0, start - 20) : start]))


_FIRM_NAMED_BEFORE = re.compile(
    r"\b(?:thanks? (?:you )?for calling|welcome to)\b[^.?!]{2,40}[,.]"
    # the firm first, then the agent: "Borealis Wireless, you've reached Sofia"
    r"|^[ \t]*(?!(?:good|hi|hello|hey|thanks|thank)\b)\p{L}[^.?!,]{1,40},[ \t]*"
    r"(?:you'?ve|you[ \t]+have)[ \t]+reached[ \t]+$",
    re.IGNORECASE,
)


# The agent's department after their name: "you've reached Carlo in provider relations",
# "you've reached raul from member services".
DEPARTMENT_AFTER = re.compile(
    r"[ \t]+(?:in|from|with|on)[ \t]+(?:the[ \t]+)?(?:\p{L}+[ \t]+){0,2}?(?:relations|"
    r"services|billing|claims|support|department|team|desk|enrol(?:l)?ment|eligibility|"
    r"authori[sz]ations?|care|operations|collections|scheduling|records|intake|accounts|"
    r"sales|benefits|network|credentialing|appeals)\b",
    re.IGNORECASE,
)


def agent_with_department(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "you've reached Xiuying in provider relations": a word that is no English word nor
    a brand, then the department it works in, is the agent (a firm has no department)."""
    low = fold(text[start:end])
    if low in BRANDS or (lex.is_word(low) and not lex.is_name(low)):
        return False
    return bool(DEPARTMENT_AFTER.match(text, end))


def _listed_first(text: str, span: tuple[int, int], lex: Lexicon, pattern: str = "") -> bool:
    """A first word that is a listed first name (everyday ones too: "ivy", "grace") or a
    capitalised word that is no English word ("Lucille", "Mele"); before "here how can i
    help" any word that is no English word nor a brand ("care fatou here how can i help")."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    word = text[span[0] : span[1]].split()[0]
    low = fold(word)
    if low in lex.firsts or low in EVERYDAY_FIRSTS or low in lex.word_firsts:
        return True
    if text[max(0, span[0] - 9) : span[0]].rstrip().lower().endswith("reached"):
        # "you've reached Comcast": a firm answers the line as often, unless the firm
        # was named first ("Thanks for calling Wanderly, you've reached Olumide")
        if agent_with_department(text, span[0], span[0] + len(word), lex):
            return True
        named = _FIRM_NAMED_BEFORE.search(text, 0, span[0])
        return bool(named) and low not in BRANDS and not lex.is_word(low)
    if pattern in ("name_here", "listed_speaking") and (text.islower() or text.isupper()):
        return len(low) > 2 and low not in BRANDS and not lex.is_word(low)
    return _capitalised(word, text) and not lex.is_word(low)


def _single_word(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """One lower-case word that is an everyday word too: "grace", "bill", "review"."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    words = text[span[0] : span[1]].split()
    if len(words) != 1 or _capitalised(words[0], text):
        return False
    low = fold(words[0])
    listed = low in lex.firsts or low in lex.frequent_lasts
    return low in EVERYDAY_FIRSTS or (lex.is_word(low) and not listed)


def _everyday_first(text: str, span: tuple[int, int]) -> bool:
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    return fold(text[span[0] : span[1]]) in EVERYDAY_FIRSTS


def _noun_name(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A lower-case noun that is nothing else, after a relation and ending the clause:
    "my son jonah" (not "my son home")."""
    word = text[start:end].split()[0]
    end = start + len(word)
    if not _CLAUSE_END.match(text, end):
        return None
    if not text.islower() or _NOT_NAME_WORD.fullmatch(word) or not lex.is_only_noun(word):
        return None
    return start, end


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?]|$)")
# (a whole word: "catherine co-borrower" is no "Co.")
# ("DAVIS KLINE AND ASSOCIATES": "and" in any case)
_ORG_AFTER = re.compile(r"[ \t]+(?:(?i:and)[ \t]+|&[ \t]+)?(\p{L}+)(?![\p{L}-])")


def _acronym_org(text: str, start: int, end: int) -> bool:
    """An association's acronym ending the span: "Arbor Glen HOA" in capitals in a
    mixed-case turn, "willowbrook hoa" after a coined word that is no name; not "Nguyen
    Thi Hoa" or "hi hoa", where it is a first name."""
    m = _LAST_WORD.search(text, start, end)
    if not m or fold(m.group(1)) not in _ORG_ACRONYMS:
        return False
    if m.group(1).isupper() and any(c.islower() for c in text):
        return True
    before = _WORD_BEFORE.search(text, 0, m.start(1))
    if not before:
        return False
    lex = lexicon()
    word = fold(before.group(1))
    return len(word) > 3 and not lex.is_name(word) and not lex.is_word(word)


_LAST_WORD = re.compile(r"(\p{L}+)[.,]?$")
_WORD_BEFORE = re.compile(r"(\p{L}+)[ \t]+$")


# A caller's id label after the name, not a firm's word: "fatima khoury customer number".
_CUSTOMER_LABEL = re.compile(
    r"customer[ \t]+(?:number|no|id|account|code|ref|reference)\b", re.IGNORECASE
)


def organisation(text: str, start: int, end: int) -> bool:
    """A name that is (part of) an organisation's: "Lakeside Veterinary", "Wren and
    Thistle Ceramics", "Whitaker Property Group"."""
    if text[start:end].lower().endswith(("'s", "’s")):
        # "Dr. Patel's office": a person's; "Miller's Auto", "Rosa's Bakery": a firm's
        m = _ORG_AFTER.match(text, end)
        return bool(
            m and m.group(1)[:1].isupper() and not text.isupper() and fold(m.group(1)) in ORG_WORDS
        )
    words = [fold(w) for w in _SPOKEN_WORD.findall(text[start:end])]
    if any(w in ORG_WORDS for w in words) or _acronym_org(text, start, end):
        return True
    pos = end
    for _ in range(2):
        m = _ORG_AFTER.match(text, pos)
        if not m:
            return False
        if _CUSTOMER_LABEL.match(text, m.start(1)):
            return False  # "fatima khoury customer number 5": the caller's id follows
        if fold(m.group(1)) in ORG_WORDS:
            # "this is amy service desk": the agent's team after the agent's name (not
            # "SWIFTLINE CUSTOMER CARE, what's your tracking number?": the firm's)
            return not (
                _TEAM_AFTER.match(text, m.start(1)) and _INTRODUCED_BEFORE.search(text, 0, start)
            )
        if not m.group(1)[:1].isupper() or text.isupper():
            return False
        pos = m.end()
    return False


# Places on a campus, in a park system or a cemetery, named like people: "Parks and Rec",
# "Oakmont Hills Memorial Park", "Rose Terrace", "assigned to Larkin Hall".
_SITE_WORDS = wordset(
    """rec recreation cemetery cemeteries terrace terraces garden gardens memorial
    chapel mausoleum columbarium dorm dormitory residence quad pavilion"""
)
# "Hall", "Park" and "Parks" are surnames too ("Jisoo Park", "Monica Hall", "Jeffrey
# Parks"): a place only after a place's preposition, before a room or a section, or after a
# word that is no name.
_SURNAME_SITES = wordset("hall halls park parks")
_SITE_BEFORE = re.compile(
    r"\b(?:at|in|near|behind|beside|by|inside|outside|across from|next to|around|into|"
    r"(?:assigned|straight|back|over|walk|walking|moved|moving|move|get|go|going|head|"
    r"heading|drive|driving)[ \t]+to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:section|building|lot|for check-in|and rec)\b", re.IGNORECASE
)
_ROOM_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:room|rm|suite|unit|apt)\b", re.IGNORECASE)
_PARKS_AND_REC = re.compile(r"\bparks?[ \t]+(?:and|&|n)[ \t]+rec(?:reation)?\b", re.IGNORECASE)


def site(text: str, start: int, end: int) -> bool:
    """A span that names a place of a park system, campus or cemetery, not a person:
    "Fort Wayne Parks", "Recreation" (of "Parks and Recreation"), "Alder Hall"."""
    for m in _PARKS_AND_REC.finditer(text):
        if m.start() < end and start < m.end():
            return True  # "Brookhaven Parks", "Rec" of "Parks and Rec"
    words = [fold(w) for w in _SPOKEN_WORD.findall(text[start:end])]
    if not words:
        return False
    if any(w in _SITE_WORDS for w in words):
        return True  # "Oakmont Hills Memorial Park", "Rose Terrace"
    if words[-1] not in _SURNAME_SITES or len(words) < 2 or _ROOM_AFTER.match(text, end):
        return False  # "She's in Alder Hall, room 214": where she lives, an address
    lex = lexicon()
    return bool(
        _SITE_BEFORE.search(text, max(0, start - 30), start)
        or _SITE_AFTER.match(text, end)
        or not lex.is_name(words[-2])
    )


# A department named after an agent's name: "service desk", "customer care".
_TEAM_AFTER = re.compile(
    r"(?:service|customer)[ \t]+(?:desk|team|department|dept|care|service|support|"
    r"line)\b",
    re.IGNORECASE,
)

# Words an agent says before their own name: "this is", "it's", "you're speaking with".
_INTRODUCED_BEFORE = re.compile(
    r"\b(?:this is|it's|it is|i'm|i am|my name is|name's|speaking with|speaking to|through to)"
    r"[ \t]+$",
    re.IGNORECASE,
)

_RANK_BEFORE = re.compile(rf"{RANK}\.?[ \t]+(?=\p{{L}})", re.IGNORECASE)


def _without_rank(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without a rank before it: "Officer Dunleavy" -> "Dunleavy"."""
    m = _RANK_BEFORE.match(text[start:end])
    return (start + m.end(), end) if m else (start, end)


def _capitalised(word: str, text: str) -> bool:
    """A capital that means something: "Okafor" in a mixed-case turn."""
    return word[:1].isupper() and not word.isupper() and not text.isupper()


def _first_ok(word: str, text: str, lex: Lexicon, nouns: bool, has_next: bool) -> bool:
    """Whether a word after a cue starts a name: see ``SpokenPersonRecognizer``."""
    from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS

    low = fold(word)
    if len(low) < 2 or not_name_word(low) or low in _COLLOQUIAL:
        return False
    if _capitalised(word, text) or low in lex.firsts or not lex.is_word(low):
        return True
    if low in lex.word_firsts:
        return True  # "my aunt rosa", "GEMMA SPEAKING", "this is lan"
    if low in EVERYDAY_FIRSTS and (text.islower() or text.isupper()):
        return True  # after a cue: "this is rob are you calling", "THIS IS SUNNY MILLS"
    if not text.islower() and not text.isupper():
        return False  # written with capitals, a name would have one: "name stays Clearpath"
    # "my father passed", "i am moving", "this is ridiculous": verbs, adjectives, adverbs
    if low.endswith("ing") and not has_next and not lex.is_name(low):
        return False  # "hello its working now", "hi its loading": a verb's -ing noun
    return lex.is_noun(low) and (nouns or has_next)


def _next_ok(word: str, text: str, lex: Lexicon) -> bool:
    """A word after a name word that continues the name ("okafor", "Hall", "n'diaye")."""
    low = fold(word)
    if len(low) >= 2 and low != word.lower().replace("’", "'").removesuffix("'s"):
        return True  # an accent marks a name, not an English word: "rafaela sá puente"
    if (
        not_name_word(low)
        and _capitalised(word, text)
        and len(low) > 2
        and lex.is_noun(low)
        and low not in _NOT_CAP_SURNAME
    ):
        return True  # "My name is Bhavya Date": a capitalised noun after a name
    if len(low) < 2 or not_name_word(low) or low in _COLLOQUIAL:
        return False
    return _capitalised(word, text) or lex.is_name(low) or not lex.is_word(low)


# Capitalised call words after a name that are no surname: "Dana Thanks", "Mr Hale Today".
_NOT_CAP_SURNAME = wordset(
    """thanks thank please hello bye goodbye sir madam today tomorrow yesterday morning
    afternoon evening night account card number phone name customer member billing support
    service team department office time way thing problem issue question spelling"""
)


_MODALS = frozenset(("may", "will", "can", "should", "would", "could", "might", "must"))
# What follows a full name said in an introduction: "… returning your call", "… from".
_INTRO_SURNAME_AFTER = re.compile(
    r"[ \t]*(?:[,.!?]|$)|[ \t]+(?:calling|returning|ringing|phoning|here|from|speaking|"
    r"again|and|i'm|im|at|with|"
    # the next detail given straight after: "NAME IS BILLY RAY HUTCHINS DATE OF BIRTH …"
    r"date[ \t]+of[ \t]+birth|dob|birthday|phone[ \t]+number|zip[ \t]+code)\b",
    re.IGNORECASE,
)
_PRONOUN_AFTER = re.compile(r"[ \t]+(?:i|we|you|he|she|they)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?]|$)")


def _intro_surname(low: str, text: str, end: int, lex: Lexicon) -> bool:
    """A noun after a listed first name in an introduction is its surname when it ends the
    introduction ("my name's nadia baker.", "this is omar fuller at brightline"); a noun
    that is also a verb or adjective ("dam", "mark") only when it ends the clause."""
    if not lex.is_noun(low) or not_name_word(low) or low in _NOT_CAP_SURNAME:
        return False
    if lex.is_only_noun(low):
        return bool(_INTRO_SURNAME_AFTER.match(text, end))
    return bool(_CLAUSE_END.match(text, end))


_TURN_END = re.compile(r"[ \t]*[.!?]?[ \t]*$")


def _relative_surname(low: str, text: str, end: int, lex: Lexicon) -> bool:
    """A noun after a relative's listed first name is the surname when it ends the turn
    ("my uncle allen bird"); not a time or call word ("my son jake tomorrow")."""
    if not lex.is_noun(low) or not_name_word(low) or low in _NOT_CAP_SURNAME:
        return False
    return bool(_TURN_END.match(text, end))


_SPELLING_AFTER = re.compile(r"[ \t]+\p{L}[ \t]+\p{L}[ \t]+\p{L}\b")


def _cued_rare_surname(low: str, text: str, end: int, lex: Lexicon) -> bool:
    """A listed surname that is a rare English word ("ibrahim", "chow") after a cued name
    is its surname when the introduction ends there or the caller spells it next."""
    if low not in lex.word_lasts or not_name_word(low) or low in _NOT_CAP_SURNAME:
        return False
    return bool(_INTRO_SURNAME_AFTER.match(text, end) or _SPELLING_AFTER.match(text, end))


def _rare_surname_after_first(low: str, previous: str, lex: Lexicon) -> bool:
    """A listed surname that is a rare English word ("tatum", "oakes") straight after a
    first name is that person's surname: names come in pairs more than words do."""
    if low not in lex.word_lasts or not_name_word(low) or low in _NOT_CAP_SURNAME:
        return False
    if lex.is_modifier(low) or lex.is_irregular_form(low):
        return False  # "someone called tobias rang about it": the verb
    return previous in lex.firsts or previous in lex.word_firsts


# A generational suffix ending a full name: "jose l ramirez junior and …", "Hale Jr."
NAME_SUFFIX = re.compile(
    r"[ \t]+(?:junior|senior|jr\b\.?|sr\b\.?)"
    # (or before the next clause's subject: "i'm william brown junior we live together")
    r"(?=[ \t]*(?:[,.!?;]|$|(?:and|is|was|who|has|had|at|on|in|from|there|but|"
    r"i|i'm|im|we|you|he|she|they)\b))",
    re.IGNORECASE,
)


def trim_name(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    check_first: bool = True,
    nouns: bool = False,
    particle_first: bool = False,
    relative: bool = False,
) -> tuple[int, int] | None:
    """The part of ``text[start:end]`` that is a name: the first word (checked unless the
    cue is trusted), then name words, particles before a name word and initials between
    name words; ``None`` when the first word is no name. With ``particle_first`` (after a
    title) a name may open with its particles: "thank you dr de blot", "mr da pimenta".
    With ``relative`` (after "my uncle") a noun ending the turn after a listed first name
    is its surname: "my uncle allen bird"."""
    words = [
        (m.start() + start, m.end() + start, m.group().rstrip("."))
        for m in _SPOKEN_WORD.finditer(text[start:end])
    ]
    if not words:
        return None
    last = 0
    k = 1
    # (Irish "ó" only with its accent: a bare "o" is a letter)
    if particle_first and (fold(words[0][2]) in PARTICLES or words[0][2].lower() == "ó"):
        j = 1
        while j < len(words) and fold(words[j][2]) in PARTICLES:
            j += 1
        after = fold(words[j][2]) if j < len(words) else ""
        if (
            len(after) > 2
            and not not_name_word(after)
            and after not in _COLLOQUIAL
            and (not lex.is_word(after) or lex.is_name(after) or lex.is_noun(after))
        ):
            last = j
            k = j + 1
    while k < len(words):
        word = words[k][2]
        low = fold(word)
        joiner = low in PARTICLES or (len(low) == 1 and low not in ("a", "i"))
        if joiner:
            # a particle or an initial only counts before another name word
            j = k + 1
            while j < len(words) and fold(words[j][2]) in PARTICLES:
                j += 1
            after = fold(words[j][2]) if j < len(words) else ""
            if after and (
                _next_ok(words[j][2], text, lex)
                # "dos santos", "de la cruz": after a particle any word but call vocabulary
                or (low in PARTICLES and len(after) > 2 and not not_name_word(after))
            ):
                last = k = j
                k += 1
                continue
            break
        if not (
            _next_ok(word, text, lex)
            # "THIS IS MARCUS DELACROIX RETURNING A CALL": after an introduction, a noun
            # that is nothing else after a listed first name, before "calling" or the end
            or (
                nouns
                and k == 1
                and fold(words[0][2]) in lex.firsts
                and _intro_surname(low, text, words[k][1], lex)
            )
            # "my name's bolanle ibrahim i'm calling", "mei ling chow c h o w": a surname
            # that is a rare English word too, ending the introduction or spelled after it
            or (nouns and k <= 2 and _cued_rare_surname(low, text, words[k][1], lex))
            # "THIS IS BOBBIE JO TATUM", "kim oakes": a rare-word surname after a first name
            or _rare_surname_after_first(low, fold(words[k - 1][2]), lex)
            or (
                relative
                and k == 1
                and fold(words[0][2]) in lex.firsts
                and _relative_surname(low, text, words[k][1], lex)
            )
        ) or (low in _MODALS and _PRONOUN_AFTER.match(text, words[k][1])):
            break  # "this is brianna may i ask who's calling"
        last = k
        k += 1
    if check_first and not _first_ok(words[0][2], text, lex, nouns, last > 0):
        return None
    end = words[last][1]
    # "jose l ramirez junior", "Robert Hale Jr.": a full name's generational suffix
    if last > 0 and (suffix := NAME_SUFFIX.match(text, end)):
        end = suffix.end()
    return words[0][0], end


# Months that are first names too: after "my son", "her daughter" they name the relative
# when the clause ends there ("i'm her son august", "my daughter june, she ...").
_MONTH_FIRSTS = frozenset(("april", "june", "august"))
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[,.!?;]|$|(?:and|who|she|he|is|was)\b)", re.I)


def _month_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A month that is a first name after a relation ("her son august"), not a date ("my
    son august fifth"): the month alone ends the clause."""
    m = _SPOKEN_WORD.match(text, start)
    if m is None or fold(m.group()) not in _MONTH_FIRSTS:
        return None
    return (m.start(), m.end()) if _CLAUSE_END_AFTER.match(text, m.end()) else None


# "so i've changed it from jones to fard", "updated your last name from White to Bensin"
_CHANGED_FROM_TO = re.compile(
    r"\b(?:chang|updat|switch)(?:e|ed|ing)[ \t]+(?:it|that|(?:the|your|her|his|my)[ \t]+"
    r"(?:last[ \t]+|sur)?name)[ \t]+from[ \t]+(?P<old>\p{L}[\p{L}'’-]*\p{L})[ \t]+to[ \t]+"
    r"(?P<new>\p{L}[\p{L}'’-]*\p{L})(?=[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE,
)


def _name_change_word(word: str, lex: Lexicon) -> bool:
    """A name on either side of the change: listed as a name or no everyday word, never a
    brand ("from monthly to weekly", "from visa to mastercard" stay)."""
    low = fold(word)
    if low in BRANDS or not_name_word(low):
        return False
    return lex.is_name(word) or not lex.is_word(word)


# Labels printed on a card, a form or an app and read aloud before a colon ("vin colon",
# "name colon takuma ishikawa"); the name recognizers share them.
FIELD_LABELS = wordset(
    """id number no email e-mail reference ref provider vin code account name address phone
    policy member claim order confirmation invoice plate pin username user zip dob ssn
    passport license licence tracking holder patient customer owner physician doctor by"""
)
_COLON_WORD = re.compile(r"colon[ \t]+", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\p{L}-]+)[ \t]+$")


def field_label_before(text: str, start: int) -> bool:
    """The word just before ``start`` is a field label read aloud ("provider", "name")."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and fold(m.group(1)) in FIELD_LABELS


def _after_spoken_colon(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span without a leading "colon" said after a field label ("name colon takuma
    ishikawa" names takuma ishikawa); ``None`` when nothing is left."""
    start, end = span
    m = _COLON_WORD.match(text, start, end)
    if m is None or not field_label_before(text, start):
        return span
    return (m.end(), end) if m.end() < end else None
