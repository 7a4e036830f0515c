"""PERSON: names said with no cue ("yeah its maria gonzalez calling", "ok thanks kevin").

ASR output is lower case or ALL CAPS, and the small spaCy model misses names there. This
recognizer looks words up in the US first-name and surname lists that ship as data with
``faker`` (``faker.providers.person.en_US``: census-derived frequency lists), read once per
recognizer, offline. Names that are also ordinary words ("mark", "grace", "bill", "chase")
only count next to a surname or after a greeting, so the conversation stays readable.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.base import BRANDS
from recognizers.place_context import SAINT_BEFORE
from recognizers.spoken_person_recognizer import (
    ACRONYMS,
    FIELD_LABELS,
    FOUNDER_FIRM_AFTER,
    OPENING_GREETING,
    ORG_WORDS,
    SPEAKING_AFTER,
    SURNAME_SHAPE,
    fold,
    foreign_prompt,
    lexicon,
    not_name_word,
    organisation,
    site,
)

# Scottish and Irish surnames: "macdonald", "mackenzie".
_MAC_SURNAME = re.compile(r"mac[a-z]{3,}")


# A short word in capitals in a turn written with lower case too: an acronym.
_SHORT_CAPS = re.compile(r"(?-i:\p{Lu}{2,4})(?![\p{L}'’])")


def _acronym_first(text: str, start: int, end: int) -> bool:
    """A span opening with a short word in capitals in a mixed-case turn is an acronym
    and what it names ("my HOA dues", "the DMV office"), not "Hoa" the first name."""
    return bool(_SHORT_CAPS.match(text, start)) and any(c.islower() for c in text)


def _wordset(words: str) -> frozenset[str]:
    """A set of the whitespace-separated words in ``words``."""
    return frozenset(words.split())


# Replies and hesitations after a name, lower case, that are no surname ("good", "hmm").
_REPLY_WORDS = _wordset("good great fine well thanks okay ok alright hmm hm mm mhm uh um er erm")


# First names in the list that are also everyday words, places or brands on a call.
_AMBIGUOUS = _wordset(
    """amber angel april austin autumn bill billy bob bobby brandy brook carol chase christian
    crystal daisy dakota dale dawn dean destiny diamond don drew earl faith frank gene georgia
    glen grace grant guy heather holly hunter ivy jack jade jay jean jo jordan joy kent kim
    lance lee madison mark max melody mercedes miles misty parker pam patty penny perry ray
    raven regina robin rose ruby sandy savannah sierra skip summer sue sydney tanner taylor
    virginia wayne will willie"""
)
# First names that are everyday words too and count only before a surname ("will brennan",
# "hope martinez", "Summer Oyelaran"): the word lists call them words, not names.
_EVERYDAY_FIRSTS = _AMBIGUOUS | _wordset(
    "hope will bill summer guy rob sunny benny pat art ted rod cliff rusty dusty sal val mercy "
    "precious"
)
# First names that are also everyday words (other recognizers accept them after a firm cue).
EVERYDAY_FIRSTS = _EVERYDAY_FIRSTS
# Before an everyday first name, words that make it a word: "i will", "we hope", "the bill".
_WORD_CONTEXT = _wordset(
    """i we you they he she it who which what there to the a an my your our their
    his her its will would can could should must may might do does did i'll we'll you'll
    they'll i'd we'd just also really still please for of in on at by next last"""
)
# Brands and services said after "chase", "bill", "will" that are no surname.
_BRANDS = BRANDS
# Words that open a town's name before a surname ("Port Jefferson", "Fort Myers",
# "Mount Vernon"): no unlisted first name.
_PLACE_PREFIXES = _wordset("port fort mount mt lake cape point bay north south east west")
# Surnames that are also everyday words: they only count after a first name.
_COMMON_SURNAMES = _wordset(
    """ali austin baker ball banks barber barr bass bean beard bell berry best bird bishop
    black bond booth branch bridges bright brooks brown buck bush butler cain cannon
    carpenter carter case chambers chase cherry church clay cook cooper crane cross curry
    day dean drake duke english farmer fields fisher fletcher flowers ford fox frank french
    frost fry gamble gates gay gentry gill glass golden good grant graves gray green gross
    hall hardy hart hays herring hill ho holder holland hood horn house houston hull hunt
    hunter jordan key kidd king lamb lane lang le li little long love lynn mack marks marsh
    mason may meadows miles mills moon moss noble pace page park parks pitts pope potter
    powers price prince ray rice rich riddle rivers roach rose rush savage sawyer sharp short
    singer skinner small snow sparks spears stark steele stone stout strong summers tanner
    turner villa walker wall walls ward ware washington waters watts weaver weeks west white
    wise wolf wood woods york young"""
)
COMMON_SURNAMES = _COMMON_SURNAMES
# Particles inside a surname: "de la cruz", "van der berg", "st james".
_PARTICLES = _wordset(
    "de del della la le las los van von der den da das dos di du st saint san mac bin al ni nic"
)
_SPOKEN_HYPHEN = _wordset("hyphen dash")
_ITS = _wordset("it's its she's he's that's who's")
# Surnames with a particle joined by a hyphen: "al-farsi", "ben-david", "de-souza".
_PARTICLE_SURNAME = re.compile(
    r"(?:al|el|bin|ibn|abu|abd|ben|bint|de|del|della|di|da|van|von|mac|mc|o)-\p{L}{2,}"
)
# Two-letter surnames (Chinese, Vietnamese, Korean): after a first name, ending the clause
# ("qiang he, and …", "dana le") - "he" before a verb is the pronoun.
_SHORT_SURNAMES = _wordset("he le ly vu wu xu hu li lu yu ho ma do ng ko oh")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;]|$|(?:and|but|so)\b)", re.IGNORECASE)
# English words after "a"/"an" are a thing, not a person: "a fender bender" (but "sent
# to a Jamal Reed" is someone unknown).
_THE_BEFORE = re.compile(r"(?<![\w'])the[ \t]+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])an?[ \t]+$", re.IGNORECASE)
# A name alone after "found in", "near" is a town: "your bag is in charlotte",
# "the office near tyler" ("in kevin's name" is a person's).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|outside of|around|downtown)[ \t]+$", re.IGNORECASE
)
# A surname alone after a town's first word is the town: "leaving PORT JEFFERSON" (not
# that word as a noun: "at that point jefferson called", "the lake Okafor fishes").
TOWN_PREFIX_BEFORE = re.compile(
    r"(?<!\b(?:the|a|an|that|this|which|what|any|some|every|each|my|your|his|her|our|"
    r"their|its)[ \t]+)\b(?:port|fort|mount|mt\.?|lake|cape|point)[ \t]+$",
    re.IGNORECASE,
)
# ... said as where someone lives: the town is their address then, keep it hidden ("she
# lives out by lake charles").
_HOME_BEFORE = re.compile(
    r"\b(?:live[sd]?|living|moved|moving|home|house|address|stays|staying|resides?)\b[^.!?]*$",
    re.IGNORECASE,
)


def town_named_before(text: str, start: int) -> bool:
    """A surname alone at ``start`` is the second word of a town ("leaving PORT
    JEFFERSON"), not where someone lives (then the town is their address: redact it)."""
    return bool(TOWN_PREFIX_BEFORE.search(text, 0, start)) and not _HOME_BEFORE.search(
        text, max(0, start - 80), start
    )


_SAINT = _wordset("st saint")
_SAINT_GAP = re.compile(r"(?i:st)\.[ \t]+")
_GREETING = _wordset("thanks thank thankyou hi hey hello bye goodbye")
# A word in any script: "josé", "Schröder-Lindqvist", "n'diaye".
# Combining marks too: "İlbek" lower-cased is "i" + a combining dot.
_WORD = re.compile(r"\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{L}")


def _load() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """First names, surnames (the shared lexicon's, from faker's data) and common English
    words (faker's lorem list), lower case without accents."""
    from faker.providers.lorem.en_US import Provider as Lorem

    lex = lexicon()
    return lex.firsts, lex.lasts, frozenset(w.lower() for w in Lorem.word_list)


class NameGazetteerRecognizer(EntityRecognizer):
    """First name [particles] surname from the gazetteer, and unambiguous first names alone."""

    SCORE = 0.6

    def __init__(self):
        super().__init__(
            supported_entities=["PERSON"], name=type(self).__name__, supported_language="en"
        )

    def load(self) -> None:
        """Read the name lists once (a few thousand words)."""
        self._firsts, self._lasts, self._words = _load()
        self._lexicon = lexicon()

    def _common(self, low: str) -> bool:
        return low in self._words or not_name_word(low)

    def _first(self, low: str, strict: bool) -> bool:
        parts = low.split("-")
        if syllable_name(low):
            return True  # "mei-ling", "ji-woo", "seo-yeon"
        if parts[0] not in self._firsts or self._common(low) or low in ACRONYMS:
            return False
        lex = self._lexicon
        if any(
            lex.is_word(p) and not lex.is_name(p) and p not in lex.word_firsts
            for p in parts[1:]
            if p
        ):
            return False  # "TRI-COUNTY STAFFING", "kim-chi": a word after the hyphen

        return not (strict and parts[0] in _AMBIGUOUS)

    def _last(self, low: str, strict: bool, alone: bool = False) -> bool:
        if low in ACRONYMS:
            return False  # "the replacement sim"
        if SURNAME_SHAPE.fullmatch(low) or (
            _MAC_SURNAME.fullmatch(low) and not self._lexicon.is_word(low)  # not "machine"
        ):
            return True
        parts = [p for p in low.split("-") if p]
        # Alone, only a frequent surname: the long lists hold brands and towns too.
        listed = self._lexicon.frequent_lasts if alone else self._lasts
        if not any(p in listed for p in parts):
            return False
        # After a listed first name any listed surname counts ("ariana green").
        return not strict or not (self._common(low) or low in _COMMON_SURNAMES)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Names in ``text``: see the module docstring for the rules."""
        words = [
            (m.start(), m.end(), _bare(m.group()))
            for m in _WORD.finditer(text)
            if not _in_token(text, m.start(), m.end())
        ]
        results, i = [], 0
        while i < len(words):
            start, end, low = words[i]
            if _verb_before_name(text, words, i):
                i += 1  # "can you mark Oliver Strand absent": the name starts after the verb
                continue
            if _symbol_after_label(words, i):
                i += 1  # "name colon takuma ishikawa": the name starts after the colon
                continue
            after_greeting = i > 0 and words[i - 1][2] in _GREETING
            span_end = self._surname_end(text, words, i)
            if span_end is not None:
                end = words[span_end][1]
                i = span_end
            elif not (
                self._first(low, strict=True)
                or (after_greeting and self._first(low, strict=False))
                or (
                    self._last(low, strict=True, alone=True)
                    and "-" not in low  # "Carter-Fitzpatrick" alone is a firm's name
                    and not _in_list(text, start, end)
                )
            ):
                i += 1
                continue
            if span_end is not None:
                start = _agent_after_firm(text, words, start, end)
            if (
                _firm_in_opening(text, start, end)
                or _firm_after_intro(text, start, end)
                or (
                    _FLIGHT_BEFORE.search(text, max(0, start - 24), start)
                    and _FLIGHT_NUMBER_AFTER.match(text, end)
                )
                or _NOT_PERSON_AFTER.match(text[end : end + 14])
                or PRODUCT_AFTER.match(text[end : end + 14])
                or model_product(text, start, end)
                or _car_dealer(text[start:end])
                or _LENGTH_BEFORE.search(text, max(0, start - 24), start)
                or SPELLING_BEFORE.search(text[max(0, start - 9) : start])
                or SAINT_BEFORE.search(text[max(0, start - 7) : start])
                or (
                    _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])
                    and all(lexicon().is_word(w.lower()) for w in text[start:end].split())
                )
                or (span_end is None and town_named_before(text, start))
                or (
                    span_end is None
                    and _PLACE_BEFORE.search(text, max(0, start - 12), start)
                    and text[end - 2 : end].lower() not in ("'s", "’s")
                )
                or organisation(text, start, end)
                or site(text, start, end)  # "assigned to Larkin Hall"
                or foreign_prompt(text, start, end)  # "Para español, press 7"
                or _acronym_first(text, start, end)  # "my HOA dues"
                or (span_end is None and _not_a_name_alone(text, start, end, low))
                or (span_end is None and self._plural_noun(text, start, low))
                or (span_end is None and street_or_town(text, start))
                or spanish_words(text, start, end)
                or _spoken_symbol(text, start, end)
                or self._label_before_symbol(text, start, end)
            ):
                i += 1
                continue
            results.append(
                RecognizerResult(
                    "PERSON",
                    start,
                    end,
                    self.SCORE,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name},
                )
            )
            i += 1
        return results

    def _surname_end(self, text: str, words, i: int) -> int | None:
        """Index of the last word of "first [middle] [particles] surname" starting at ``i``."""
        first = words[i][2]
        # A first name outside the list ("sofia", "raj") counts before an unambiguous surname.
        unlisted = (
            len(first) > 2
            and first.isalpha()
            and not self._common(first)
            # "under mills", "moving forward": no verb, adjective or adverb
            and not self._lexicon.is_modifier(first)
            and first not in _PARTICLES
            and first not in _PLACE_PREFIXES  # "leaving PORT JEFFERSON", "fort myers"
            # "hyphenated okafor", "reached rogers": an inflected English word
            and (not self._lexicon.is_word(first) or self._lexicon.is_noun(first))
            and not (i + 1 < len(words) and self._first(words[i + 1][2], strict=True))
        )
        everyday = (
            first in _EVERYDAY_FIRSTS
            and not (
                i > 0
                and words[i - 1][2] in _WORD_CONTEXT
                and _adjacent(text, words, i)
                # "it's autumn blackfeather": "it's" introduces, "it will" does not
                and text[words[i - 1][0] : words[i - 1][1]].lower().replace("’", "'") not in _ITS
            )
        )
        # A first name that is a rare word too ("qiang", "rosa"): a first name before a surname
        word_first = (
            first in self._lexicon.word_firsts
            and not self._common(first)
            and not self._lexicon.is_modifier(first)  # "have it handy smith said"
        )
        if not (self._first(first, strict=False) or unlisted or everyday or word_first):
            return None
        strict_first = self._first(first, strict=True) or word_first
        if everyday and not strict_first:
            return self._after_everyday(text, words, i)
        j, best = i + 1, None
        while j < len(words) and (
            text[words[j - 1][1] : words[j][0]] in (" ", "\t")
            # "Layla St. Pierre": the abbreviated particle's full stop
            or (j - 1 > i and _SAINT_GAP.fullmatch(text, words[j - 1][0], words[j][0]))
        ):
            low = words[j][2]
            if low in _MODALS and MODAL_BEFORE_PRONOUN.match(text, words[j][1]):
                break  # "this is brianna may i ask"
            if low in _REPLY_WORDS and text[words[j][0]].islower():
                break  # "hi tom good thanks", "anya petrova hmm": a reply, no surname
            short_surname = low in _SHORT_SURNAMES and _CLAUSE_END.match(text, words[j][1])
            if (
                (low in _PARTICLES and not short_surname)
                or (len(low) == 1 and low not in "ai" and best is None)
                or (low in _SPOKEN_HYPHEN and best is None)
            ):
                # a particle, a middle initial or a spoken hyphen: "de la cruz",
                # "latisha m greene", "pruitt hyphen navarro"
                j += 1
                continue
            if self._last(low, strict=not strict_first) and (strict_first or best is None):
                best = j
            elif (
                strict_first and j == i + 1 and (_PARTICLE_SURNAME.fullmatch(low) or short_surname)
            ):
                best = j  # "mohammed al-farsi", "qiang he, and his number"
            elif (
                strict_first
                and best is None
                and j - 1 > i
                and words[j - 1][2] in _SAINT
                and text[words[j][0]].isupper()
                and not text.isupper()
            ):
                best = j  # "Layla St. Pierre", "Joan Saint Clair": any capitalised word
            elif strict_first and j == i + 1 and low in self._lexicon.word_lasts:
                best = j  # "darnell hooks": a surname that is a rare word too
            elif strict_first and best in (None, j - 1) and self._unlisted_surname(low):
                # "samuel adeyemi", "josephine mae abernethy": a listed first name, then
                # middle and last names from elsewhere
                best = j
            elif (
                best is None
                and j == i + 1
                and unlisted
                and j + 1 < len(words)
                and self._unlisted_surname(low)
                and text[words[j][1] : words[j + 1][0]] in (" ", "\t")
                and self._last(words[j + 1][2], strict=True)
            ):
                pass  # "lillian mae booker": an unlisted middle name before the surname
            elif (
                best is None
                and j == i + 1
                and unlisted
                and not self._lexicon.is_word(first)
                and first not in _BRANDS
                and low not in _BRANDS
                and self._unlisted_surname(low)
            ):
                best = j  # "priyanka venkatesan": two words that are no English word
            elif not (best is None and self._first(low, strict=True)):
                break
            j += 1
        return best

    def _after_everyday(self, text: str, words, i: int) -> int | None:
        """The surname after an everyday first name: a listed surname that is no common
        word ("hope martinez", "Will Brennan") or a word that is no English word and no
        brand ("summer oyelaran", "Amber Kowalczyk"); not "chase zelle", "the bill"."""
        j = i + 1
        if j >= len(words) or text[words[i][1] : words[j][0]] not in (" ", "\t"):
            return None
        low = words[j][2]
        if low in _BRANDS or low in _PARTICLES:
            return None
        if self._last(low, strict=True) or self._unlisted_surname(low):
            return j
        return None

    def _label_before_symbol(self, text: str, start: int, end: int) -> bool:
        """A field label read off a card, then a symbol said aloud: "email colon",
        "ordering provider colon", "vin colon". The symbol word is a surname too
        ("maria colon"), so the span counts only when its first word is a listed first name."""
        span = [_bare(w) for w in text[start:end].split()]
        return field_label_symbol(text, start, end) or (
            len(span) > 1 and span[-1] in _SYMBOL_WORDS and not self._first(span[0], strict=False)
        )

    def _plural_noun(self, text: str, start: int, low: str) -> bool:
        """A lower-case plural after "the" whose singular is an English noun and no name:
        "the sellers are …" (not "the Sellers", "the owens", "the millers' dog")."""
        single = low[:-1]
        lex = self._lexicon
        return bool(
            low.endswith("s")
            and text[start].islower()
            and _THE_BEFORE.search(text, max(0, start - 5), start)
            and lex.is_noun(single)
            and single not in self._lasts
            and single not in self._firsts
            and not lex.is_name(single)
            and text[start + len(low) : start + len(low) + 1] not in ("'", "’")
        )

    def _unlisted_surname(self, low: str) -> bool:
        """A word after a listed first name that is no English word, so a surname."""
        return (
            len(low) > 2
            and not CONTRACTION.fullmatch(low)  # "ray he'll be there"
            and not self._common(low)
            and low not in _PARTICLES
            and not self._lexicon.is_word(low)
            and not self._first(low, strict=False)
        )


# A car model after its year or make: "the 2017 JETTA payoff", "my Toyota Sienna".
_VEHICLE_BEFORE = re.compile(
    r"(?:\b(?:19|20)\d{2}|\b(?:toyota|honda|ford|chevy|chevrolet|nissan|hyundai|kia|mazda|"
    r"subaru|volkswagen|vw|jeep|dodge|chrysler|buick|gmc|cadillac|lincoln|acura|lexus|"
    r"infiniti|audi|bmw|volvo|tesla|mitsubishi|ram))[ \t]+$",
    re.IGNORECASE,
)


# After the firm's name in an opening, the agent's own name: "good morning qantas tamsin
# speaking", "GOOD MORNING, AER LINGUS, HANNAH SPEAKING", "hello acme, dana here".
_AGENT_AFTER = re.compile(r"[ \t]*,?[ \t]+\p{L}[\p{L}'’-]*[ \t]*,?[ \t]+(?:speaking|here)\b", re.I)
# "thanks for calling Aer Lingus have a good day": the firm thanked for, not a person.
_THANKED_FIRM = re.compile(
    r"\b(?:thanks|thank you)[ \t]+for[ \t]+(?:calling|choosing|contacting|supporting)"
    r"(?:[ \t]+the)?[ \t]+$",
    re.IGNORECASE,
)


# An airline with its flight number: "my flight aer lingus 1334", "flying on qantas 12".
_FLIGHT_BEFORE = re.compile(
    r"\b(?:flight|flights|flying|fly|flew|travelling|traveling|booked)(?:[ \t]+(?:on|with))?"
    r"[ \t]+(?:an?[ \t]+|the[ \t]+)?$",
    re.IGNORECASE,
)
_FLIGHT_NUMBER_AFTER = re.compile(r"[ \t]+\d{2,4}(?![\d:])")


def _verb_before_name(text: str, words, i: int) -> bool:
    """A lower-case everyday first name used as a verb after "you", "to", "will" and before
    a capitalised name in a turn written with capitals: "can you mark Oliver Strand",
    "please bill Dana Ruiz": the verb is no part of the name."""
    start, _, low = words[i]
    return (
        low in _EVERYDAY_FIRSTS
        and text[start].islower()
        and not text.islower()
        and 0 < i < len(words) - 1
        and words[i - 1][2] in _WORD_CONTEXT
        and _adjacent(text, words, i)
        and text[words[i + 1][0]].isupper()
        and text[words[i][1] : words[i + 1][0]] in (" ", "\t")
    )


def _firm_in_opening(text: str, start: int, end: int) -> bool:
    """Name words that are the firm answering the line: right after the opening greeting
    and before the agent's name ("good morning, AER LINGUS, HANNAH SPEAKING"), or after
    "thanks for calling" as two words or a word that is no listed first name ("thanks for
    calling qantas"; "thanks for calling rhonda" thanks the caller)."""
    if not OPENING_GREETING.fullmatch(text, 0, start) and not _THANKED_FIRM.search(
        text, max(0, start - 40), start
    ):
        return False
    if _AGENT_AFTER.match(text, end) or _firm_words_then_agent(text, end):
        return True
    if not _THANKED_FIRM.search(text, max(0, start - 40), start):
        return False
    span = text[start:end]
    low = fold(span)
    return " " in span.strip() or (low not in lexicon().firsts and low not in lexicon().word_firsts)


# The agent's introduction before the firm: "you're speaking with ryan at", "this is
# dennis with", "lucas marques here with", "welcome to".
_INTRO_BEFORE = re.compile(
    r"(?:\b(?:this is|speaking with|speaking to|my name is|it's|it’s|i'm|i’m)[ \t]+"
    r"(?:\p{L}[\p{L}'’.-]*,?[ \t]+){1,3}(?:at|with|from)"
    r"|^[ \t]*(?:\p{L}[\p{L}'’.-]*[ \t]+){1,3}here[ \t]+(?:with|at|from)"
    r"|\bwelcome[ \t]+to(?:[ \t]+the)?)[ \t]+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \t]+(\p{L}[\p{L}'’-]*)")
# Words after a name that say when, not what firm: "i spoke with smith yesterday".
_WHEN_WORDS = frozenset(
    str.split(
        """yesterday today tomorrow tonight morning afternoon evening last next earlier about
        and or but on in at the a an is was"""
    )
)


def _firm_after_intro(text: str, start: int, end: int) -> bool:
    """A name word right after the agent's introduction and before an everyday word is the
    firm the agent speaks for: "speaking with ryan at HAWKINS mutual", "this is dennis with
    BYRD security", "welcome to MOORE pathology"."""
    if not _INTRO_BEFORE.search(text, max(0, start - 60), start):
        return False
    m = _WORD_AFTER.match(text, end)
    if not m:
        return False
    lex = lexicon()
    word = fold(m.group(1))
    if word in _WHEN_WORDS or word in lex.firsts:
        return False
    if word in ORG_WORDS or lex.is_noun(word):
        return True
    return lex.is_word(word) and not lex.is_modifier(word)


# The rest of the firm's name and the agent's: "[gibson] diagnostics raul speaking",
# "[gonzalez] federal credit union bello speaking", "[ramos] home insurance patricio
# arriaga speaking".
_FIRM_THEN_AGENT = re.compile(
    r"[ \t]+(\p{L}[\p{L}'’-]*)(?:[ \t]+[\p{L}&'’-]+){0,2}[ \t]*,?"
    r"[ \t]+\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?[ \t]*,?[ \t]+speaking\b",
    re.IGNORECASE,
)


def _firm_words_then_agent(text: str, end: int) -> bool:
    """After the greeting, a name word followed by everyday words and then "NAME speaking"
    is the firm's name: the agent's comes last."""
    m = _FIRM_THEN_AGENT.match(text, end)
    if not m:
        return False
    lex = lexicon()
    word = fold(m.group(1))
    return word not in lex.firsts and (word in ORG_WORDS or lex.is_word(word))


def _agent_after_firm(text: str, words, start: int, end: int) -> int:
    """The start of the agent's name in "good morning FIRM NAME speaking" when a pair of
    name words spans the firm and the agent: the last word, when it is a listed first name
    and the first one is not."""
    if not OPENING_GREETING.fullmatch(text, 0, start) or not SPEAKING_AFTER.match(text, end):
        return start
    inside = [w for w in words if start <= w[0] and w[1] <= end]
    if len(inside) < 2:
        return start
    lex = lexicon()
    first, last = inside[0][2], inside[-1][2]
    if first in lex.firsts or (last not in lex.firsts and last not in lex.word_firsts):
        return start
    return inside[-1][0]


def _not_a_name_alone(text: str, start: int, end: int, low: str) -> bool:
    """A word alone that is no person: an acronym in a turn written with capitals ("a $64
    SIM fee"), a call term ("the sim isn't working"), a car model ("2017 JETTA")."""
    word = text[start:end]
    if low in ACRONYMS:
        return True
    if word.isupper() and len(word) <= 4 and not text.isupper():
        return True
    if _SUBJECT_BEFORE.search(text, max(0, start - 8), start) and lexicon().is_word(low):
        return True  # "once it dries": a verb after its subject, though "Dries" is a name
    return bool(_VEHICLE_BEFORE.search(text, max(0, start - 14), start))


# A subject pronoun right before a word: the word is its verb ("it dries", "she tries").
_SUBJECT_BEFORE = re.compile(r"\b(?:it|he|she|that|which|who)[ \t]+$", re.IGNORECASE)


# A romanised syllable (Chinese, Korean, Vietnamese): "mei", "ling", "woo", "yeon".
_SYLLABLE = (
    r"(?:[bcdfghjklmnpqrstxz]|ch|sh|zh|ts)?[yw]?"
    r"(?:iao|uai|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oo|ou|ua|ue|ui|uo|a|e|i|o|u)(?:ng|n|m|k|l)?"
)
_SYLLABLE_NAME = re.compile(rf"({_SYLLABLE})-({_SYLLABLE})")
# Hyphenated words of two syllables that are no name.
_SYLLABLE_WORDS = _wordset(
    """wi-fi hi-fi sci-fi lo-fi to-do no-go so-so re-do re-run co-op yo-yo uh-oh oh-oh
    tik-tok ping-pong hip-hop chit-chat zig-zag see-saw la-la ha-ha boo-hoo bye-bye ta-ta
    go-go pom-pom king-kong ding-dong mi-fi de-ice co-sign re-sign pre-op po-po""",
)


def syllable_name(low: str) -> bool:
    """A hyphenated given name of two romanised syllables: "mei-ling", "ji-woo"."""
    m = _SYLLABLE_NAME.fullmatch(low)
    return (
        bool(m)
        and min(len(m.group(1)), len(m.group(2))) > 1  # not "e-mail", "x-ray"
        and m.group(1) != m.group(2)
        and low not in _SYLLABLE_WORDS
    )


def _adjacent(text: str, words, i: int) -> bool:
    """True when word ``i`` follows word ``i - 1`` with only a space between."""
    return text[words[i - 1][1] : words[i][0]] in (" ", "\t")


def _bare(word: str) -> str:
    return fold(word)


# A surname alone next to "and", "&" or a comma is a firm's name as often as a person's
# ("Nelson, Dana and Walker"): company names are kept.
_LIST_BEFORE = re.compile(r"(?:,|\band|&)\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"^(?:'s)?\s*(?:,|and\b|&)", re.IGNORECASE)
# A name before a company or street word is part of that name, not a person:
# "Pierce Ltd", "99 Gardner Pass", "Rebecca Expressway".
_NOT_PERSON_AFTER = re.compile(
    r"^\s+(?:ltd|llc|inc|plc|corp|co|group|and sons|street|st|avenue|ave|road|rd|drive|dr|"
    r"lane|ln|court|ct|place|pl|boulevard|blvd|way|circle|center|centre|pass|springs?|isle|"
    r"port|flats?|expressway|parkway|pkwy|highway|hwy|terrace|trail|square|plaza|heights|"
    r"park|ridge|hills?|view|village|crossing|junction|station|county|city|falls|creek|"
    r"river|lake|valley|harbor|harbour|arbor|beach|point|shores?|mall|school|university|college|"
    r"hospital|clinic|bank|street|ville|burgh|ford|logistics|services|solutions|systems|"
    r"technologies|consulting|partners|associates|holdings|industries|enterprises|"
    r"manufacturing|construction|realty|properties|insurance|financial|capital|motors|"
    r"foods|trucking|transport|electric|plumbing|roofing|dental|medical|health|"
    r"healthcare|law|legal|title|escrow|member|pharmacy|labs|media|energy|"
    r"communications|wireless|airlines?|hotels?|"
    # a medical eponym: "cheyne stokes breathing", "bell's palsy"
    r"breathing|respirations?|syndrome|disease|palsy|"
    # a firm named after its founder in a line's opening
    rf"{FOUNDER_FIRM_AFTER})\b",
    re.IGNORECASE,
)
# A name used as a brand or product name: "the Calvin Klein comforters", "a Darcy sofa",
# "that Cherry Garcia pint", "the Ralph Lauren set".
# A car make last in a name is a dealership: "Germain Honda", "Bob Moore Subaru" (not
# Ford or Lincoln, which are surnames too).
_CAR_MAKES = frozenset(
    str.split(
        """honda toyota nissan subaru mazda acura hyundai kia lexus chevrolet chevy buick gmc
        dodge chrysler jeep volkswagen vw volvo audi bmw infiniti mitsubishi cadillac porsche
        tesla genesis"""
    )
)


# A boat or a thing by its length: "a 26-foot Grady-White", "twenty two foot sea ray".
_LENGTH_BEFORE = re.compile(r"(?:\d|\b[a-z]+)[- ](?:foot|feet|ft|inch)[ \t]+(?:sea[ \t]+)?$", re.I)


def _car_dealer(name: str) -> bool:
    """True when a name of two words or more ends in a car make."""
    parts = name.split()
    return len(parts) > 1 and parts[-1].lower() in _CAR_MAKES


PRODUCT_AFTER = re.compile(
    r"^[ \t]+(?:(?:dining|patio|bedroom|outdoor)[ \t]+)?"  # "the Maddox dining set"
    r"(?:sailboats?|boats?|yachts?|cruisers?|pontoons?|kayaks?|masks?|machines?|"
    r"comforters?|duvets?|sheets?|quilts?|bedding|pillows?|towels?|sets?|sofas?|"
    r"couch(?:es)?|loveseats?|sectionals?|recliners?|ottomans?|dressers?|mattress(?:es)?|"
    r"pints?|quarts?|flavou?rs?|jeans|shirts?|jackets?|handbags?|purses?|perfumes?|"
    r"colognes?|fragrances?|sneakers|boots|collection|edition|model|sedan|suv|"
    r"cookware|blender|vacuum|ones)\b",
    re.IGNORECASE,
)
# A product named before its model code or as "the … pair": "the Phonak Audeo P90", "it
# says Harman P43 on the side", "the Lexie B2", "the phonak audeo pair from 2022".
_PRODUCT_CUE_BEFORE = re.compile(r"\b(?:the|a|an|says|reads)[ \t]+$", re.IGNORECASE)
_MODEL_CODE_AFTER = re.compile(
    r"[ \t]+(?:\p{L}{1,3}-?\d{1,3}\p{L}?(?![\p{L}\d-])|pair\b|hearing[ \t]+aids?\b)", re.IGNORECASE
)


def model_product(text: str, start: int, end: int) -> bool:
    """True for a name-like product word after an article or "says" and before a short
    letters-and-digits model code ("P90", "B2") or "pair": a device, not a person. A
    name with a longer id ("Dana Ruiz A1234567") or no article keeps its redaction."""
    return bool(
        _PRODUCT_CUE_BEFORE.search(text, max(0, start - 8), start)
        and _MODEL_CODE_AFTER.match(text, end)
    )


# A word in a spelling: "D as in David", "B like boy", "M for Mary".
SPELLING_BEFORE = re.compile(r"(?<![\p{L}'’])\p{L}[ \t]+(?:as in|like|for)[ \t]+$", re.IGNORECASE)
# "may i ask", "will you": a modal before a pronoun ends a name ("brianna may i ...").
MODAL_BEFORE_PRONOUN = re.compile(r"[ \t]+(?:i|we|you|he|she|they)\b", re.IGNORECASE)
_MODALS = frozenset(("may", "will", "can", "should", "would", "could", "might"))
# A contraction is no name word: "ray he'll be there", "vpn isn't working".
CONTRACTION = re.compile(r"\p{L}+['’](?:ll|d|re|ve|m|t)")


def _in_list(text: str, start: int, end: int) -> bool:
    return bool(_LIST_BEFORE.search(text[max(0, start - 6) : start])) or bool(
        _LIST_AFTER.match(text[end : end + 6])
    )


def _in_token(text: str, start: int, end: int) -> bool:
    """True for a word inside an email, URL or handle ("jennifer.ross@…"): other
    recognizers own those, and a name there is not a name said on the call."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return (
        before in "@._/:"
        or after[:1].isdigit()  # a model or a code: "RAV4", "CX5"
        or after[:1] in ("@", "_", "/")
        or (after[:1] == "." and after[1:2].isalnum())
    )


# Spanish function words and everyday verb forms that faker's name lists hold as names
# ("Es la Visa que termina en...", "¿Me pueden llamar?"): a span starting or ending with
# one is Spanish speech. Name particles (de, del, la, los, y), greetings and titles are
# not listed.
_SPANISH_WORDS = _wordset(
    "que qué es está están estoy soy me se nos por para con pero muy "
    "porque cuando donde dónde cómo usted ustedes "
    "puede pueden puedo podemos podría quiero quiere necesito necesita tengo tiene tienen "
    "llamar llamo llama llamen llame hablar hablo habla pagar pago termina terminan "
    "empieza número numero tarjeta cuenta nombre apellido correo favor también ahora "
    "aquí allí sí entonces"
)


def spanish_words(text: str, start: int, end: int) -> bool:
    """Spanish speech taken for a name: the span starts or ends with a Spanish function
    word or everyday verb ("que termina", "pueden llamar", "dijo que"). Greetings and
    titles, which come before names ("hola maría", "señor garcía"), are not listed."""
    words = [w.strip(".,;:!?¿¡") for w in text[start:end].lower().split()]
    return bool(words) and (words[0] in _SPANISH_WORDS or words[-1] in _SPANISH_WORDS)


# A symbol said aloud inside an ID ("member id colon CYS871...", "order pound ORD-75"):
# the word is followed by a token with a digit or by spoken digits.
_SYMBOL_WORDS = _wordset("colon pound hash hashtag slash dash hyphen period")
_ID_AFTER = re.compile(
    r"[ \t]*(?:[\p{L}-]*\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)",
    re.IGNORECASE,
)
_ID_BEFORE = re.compile(r"\b(?:id|number|no|order|account|code|says|reads)[ \t]*$", re.I)


_VALUE_AFTER = re.compile(r"[ \t]*,?[ \t]+[\p{L}\d]")


def field_label_symbol(text: str, start: int, end: int) -> bool:
    """A span ending "<field label> colon" with the value read next: a label read aloud,
    not a name, even where the label is a first name too ("vin colon v j two"). A name
    that ends the clause stays ("my mechanic is vin colon"), as do "maria colon"."""
    span = [_bare(w) for w in text[start:end].split()]
    return (
        len(span) > 1
        and span[-1] in _SYMBOL_WORDS
        and span[-2] in FIELD_LABELS
        and bool(_VALUE_AFTER.match(text, end))
    )


def _symbol_after_label(words, i: int) -> bool:
    """The symbol word said after a field label ("name colon", "provider colon"), which is
    also a listed name word and would start a name span."""
    return i > 0 and words[i][2] in _SYMBOL_WORDS and words[i - 1][2] in FIELD_LABELS


def _spoken_symbol(text: str, start: int, end: int) -> bool:
    """A span starting with a symbol word said aloud before an ID or after an ID's
    keyword ("member id colon", "order pound ORD-752696"): no name."""
    first = text[start:end].split()[0].lower() if text[start:end].split() else ""
    if first not in _SYMBOL_WORDS:
        return False
    after = start + len(first)
    return bool(_ID_AFTER.match(text, after) or _ID_BEFORE.search(text, max(0, start - 16), start))


# A word alone where a street or a town goes: "the station on Forbes", "at fifth and
# craig", "we service Henderson on Tuesdays".
_STREET_TOWN_BEFORE = re.compile(
    r"(?:\b(?:station|stop|dock|corner|intersection)[ \t]+(?:is[ \t]+)?(?:on|at|of)"
    r"(?:[ \t]+the)?"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|main|"
    r"\d+(?:st|nd|rd|th))[ \t]+(?:and|&)"
    r"|\bwe[ \t]+(?:service|serve|cover|deliver[ \t]+to))[ \t]+$",
    re.IGNORECASE,
)


def street_or_town(text: str, start: int) -> bool:
    """A single name word after a street or service-area cue is a place, not a person."""
    return bool(_STREET_TOWN_BEFORE.search(text, max(0, start - 40), start))
