"""Names a call gives in ways no single recognizer sees.

A name is spelled and spelled again, read back misheard, said in the opening after the
firm's name, joined to another by "and"; an everyday word ("summer", "will") is a name
only on a call where someone says it is theirs; a pet's name is no PII.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import regex as re

from recognizers.base import MONTH
from recognizers.hits import Hit, inside
from recognizers.name_gazetteer_recognizer import EVERYDAY_FIRSTS
from recognizers.place_context import CHURCH_WORDS, SAINT_BEFORE, SAINT_NAMED
from recognizers.spacy_ner_recognizer import PET as _PET
from recognizers.spoken_normalizer import NOISE_TAG, NormalizedText
from recognizers.spoken_person_recognizer import (
    NOT_NAME,
    ORG_WORDS,
    PARTICLES,
    _intro_surname,
    fold,
    lexicon,
)

NOT_NAME_WORD = re.compile(NOT_NAME, re.IGNORECASE)


# Name words worth looking for again: 3-30 letters (a name, not a run of noise).
NAME_TOKEN = re.compile(r"\b[^\W\d_]{3,30}\b")


# A surname with its particle inside a found name: "patrick o ceallachain", "de Nunes",
# "van der berg", "ní bhriain"; said again, the particle goes with it ("mister o
# ceallachain"). Irish "o" counts here only inside a name the call already gave.
_PARTICLE_WORDS = "|".join(sorted(PARTICLES | {"o", "ó", "mc"}, key=lambda w: (-len(w), w)))
_PARTICLE_SURNAME = re.compile(
    rf"(?<![\p{{L}}'’-])(?:{_PARTICLE_WORDS})(?:[ \t]+(?:{_PARTICLE_WORDS}))?[ \t]+"
    r"\p{L}[\p{L}'’-]{2,29}(?![\p{L}'’-])",
    re.IGNORECASE,
)


def particle_surnames(value: str) -> list[str]:
    """The "particle surname" phrases inside a found name, lower case."""
    return [m.group().lower() for m in _PARTICLE_SURNAME.finditer(value)]


# First names that are also everyday words: never propagated through a call.
COMMON_WORDS = frozenset(
    {
        "sons", "will", "may", "bill", "mark", "grant", "rose", "june", "april", "hope", "joy",
        "faith", "chase", "frank", "art", "sue", "pat", "rich", "don", "ray", "dean",
        "august", "page", "hunter", "miles", "summer", "dawn", "sky", "bank", "card",
        "visa", "sir", "madam", "the", "and", "you", "your", "yes", "okay", "thank",
    }
)  # fmt: skip


# Words in COMMON_WORDS that are never a name said to someone.
NOT_PROPAGATED = frozenset({"sons", "bank", "card", "visa", "sir", "madam", "the", "and", "you",
                             "your", "yes", "okay", "thank"})  # fmt: skip


# Around a name said to someone: "okay faith what's…", "thanks, will.", "hey will this is".
_VOCATIVE_BEFORE = (
    r"(?:hi|hey|hello|thanks|thank you|for calling|okay|ok|alright|all right|bye|goodbye|sorry|yes|"
    r"yeah|well|great|perfect|morning|afternoon|evening|cheers|take care|see you|"
    # an agent's acknowledgement: "sure, june.", "of course, will, i'll note it"
    r"sure|of course|certainly|absolutely|lovely|brilliant|no problem|no worries|"
    # an agent bringing a colleague in: "i have rich on the line, rich this is mister …"
    r"on the line|"
    # a courtesy or an apology to someone named on the call: "my pleasure june have a good
    # one", "apologies rich thank you"
    r"my pleasure|pleasure|apologies|my apologies|"
    # a correction of a misread name: "not quite, Vu, v u."
    r"not quite|"
    # a closing to someone named on the call: "have a good one, frank" ("one" may come
    # back from the normaliser as "1"), "you've been so helpful, hope"
    r"have a (?:great|good|nice|lovely|wonderful|blessed) (?:day|one|1|night|evening|weekend)|"
    r"(?:you've|you have|youve) been (?:(?:so|very|really|super) )?(?:great|wonderful|"
    r"amazing|brilliant|fantastic|lovely|helpful|a (?:great )?help|a star))"
)


_SELF_BEFORE = r"(?:i'm|i am|im|this is|my name is|my name's|it's me|it is me)"


# ... or where the call asks how it is spelled: "and how do you spell dawn?"
_SPELL_BEFORE = r"(?:spell|spelled|spelt|spelling of)"


# ... or whose details are asked for: "and a phone number for grace", "email for will".
_DETAIL_FOR = r"(?:number|phone|email|address|birth|birthday)[ \t]+for"


# ... or whom the agent looks up on the account: "okay let me find joy do you have a phone
# number", "okay i see joy we had a return" (the word is a name elsewhere on the call).
_LOOKUP_BEFORE = (
    r"(?:(?:let me|lemme|i'll|i will|i can)[ \t]+(?:find|pull up|look up|look for|search for|"
    r"check on)|i[ \t]+(?:see|found|can see))"
)


_TITLE_BEFORE = r"(?:mr|mrs|ms|miss|mister|missus|dr|doctor)\.?"


_VOCATIVE_AFTER = (
    r"[ \t]*(?:[,.!?]|$)|[ \t]+(?:what|what's|how|can|could|would|i|i'm|i've|this|it's|so|"
    r"we|let|let's|please|just|thanks|thank|one|if|do|did|are|is|you|your|and|where|when|"
    # a reply or an apology after the name: "hi will yeah they said", "thank you will
    # sorry for freaking out", "thank you april seriously" (no modal or month goes on so)
    r"who|which|yeah|yes|yep|sorry|seriously|honestly|really|oh|"
    # a hesitation after the name: "hi may um i have a store credit"
    r"um|uh|uhm|erm|er|hmm|"
    # a greeting then one's own name or a closing: "oh hi june my name is …", "my pleasure
    # june have a good one"
    r"my|have)\b"
)


# The words a clause said to someone opens with, after "NAME,": "GRANT, I SEE IT".
_CLAUSE_OPENING = (
    r"(?:got it|i|i'm|im|i've|i'll|ill|we|we're|you|you're|your|what|what's|whats|how|can|could|"
    r"would|let|let's|it's|its|this|that's|thanks|thank|yes|yeah|sorry|okay|ok|please|"
    r"just|so)\b"
)


# Two names joined by "and": "my kids, Liam and Noor". Lower case only where the name
# ends the clause ("liam and noor."), since "dana and the team" has the same shape.
_NAME_WORD = rf"(?!{NOT_NAME}\b)\p{{L}}[\p{{L}}'’-]*\p{{L}}"


_CAP_WORD = rf"(?!{NOT_NAME}\b)(?-i:\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}})"


_AND_CAP_NAME = re.compile(rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+({_CAP_WORD})\b", re.IGNORECASE)


_CAP_NAME_AND = re.compile(rf"\b({_CAP_WORD})[ \t]+(?:and|&)[ \t]+$", re.IGNORECASE)


_AND_NAME = re.compile(
    rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+({_NAME_WORD})(?=[ \t]*(?:[,.!?]|$))", re.IGNORECASE
)


_NAME_AND = re.compile(rf"(?:^|[.!?][ \t]*)({_NAME_WORD})[ \t]+(?:and|&)[ \t]+$", re.IGNORECASE)


# Firms named after partners: "Nelson, Anderson and Walker", "Roberts and Sons", "Hogan,
# Jones and Lawrence's", "Smith and Wesson LLC".
_FIRM_BEFORE = re.compile(r"\b([a-z][a-z'-]+),[ \t]*$", re.IGNORECASE)


_FIRM_AFTER = re.compile(
    r"(?:'s\b|[ \t]*,?[ \t]+(?:llc|plc|inc|ltd|llp|co|corp|group|partners|associates|"
    r"and sons|& sons|law|legal|pharmacy|insurance|bank)\b)",
    re.IGNORECASE,
)


# A pet named on the call ("my dog, Max", "Peanut, our cat", "a kitten named Biscuit"):
# a pet's name is no PII, here or anywhere else in the call.
_PET_NAMED = re.compile(
    # (a word after "last name" is a name, whatever it is: "last name pet ersen")
    rf"(?<!\b(?:last|first|middle|family|maiden|sur)[ \t]?name(?:[ \t]+is|'s)?[ \t,:]*)"
    rf"\b{_PET}(?:'s name is|'s name's| named| called| is named| is)?[ \t]*,?[ \t]+({_NAME_WORD})"
    # (a whole word: "have a dog, Daisy" is not "ave" before "a dog"; "Waffles is the dog";
    # "louis moreau his dog ziggy": without a comma, "his"/"her"/"my" follow the owner)
    r"|(?<![\p{L}'’-])(?!(?:sur|first|last|middle|family|maiden)?name\b)"
    rf"({_NAME_WORD})(?:[ \t]*,[ \t]*(?:is[ \t]+)?"
    r"(?:(?:a|an|the|our|my|his|her)[ \t]+)?|[ \t]+(?:is[ \t]+)?(?:(?:a|an|the|our)[ \t]+)?)"
    rf"(?:\d+[- ](?:year|month|week)[- ]old[ \t]+)?"
    # ("Luna, the golden retriever", "Max, our black lab")
    r"(?:(?:golden|black|yellow|chocolate|white|brown|grey|gray|orange|german|little|old|"
    r"senior|male|female|rescue)[ \t]+)?"
    rf"(?:{_PET}|lab)\b"
    # ("robert shepherd": the surname, unless "a shepherd", "my german shepherd")
    r"(?<!(?<!\b(?:a|an|the|our|my|his|her|german|australian|old)[ \t]+)\bshepherd)"
    # ("mark is the dog walker": a person's job, not the pet)
    r"(?![ \t]+(?:walker|person|people|sitter|groomer|trainer|owner|lover|mom|dad)\b)"
    # ("Harriet Lindgren, the dog is Pepper": the name before is the owner's)
    r"(?![ \t]+is[ \t]+(?-i:\p{Lu}))",
    re.IGNORECASE,
)


# Breeds the model may take for a name ("she's a shih tzu"); none is a surname.
_BREED = re.compile(
    r"\b(?:shih[ -]?tzus?|corgis?|yorkies?|schnauzers?|rottweilers?|pomeranians?|pit ?bulls?|"
    r"dobermans?|maltipoos?|cavapoos?|goldendoodles?|labradoodles?)\b",
    re.IGNORECASE,
)


def _in_breed(text: str, start: int, end: int) -> bool:
    """The span lies in a breed's name ("shih tzu" found as two name words)."""
    return any(m.start() <= start and end <= m.end() for m in _BREED.finditer(text))


# The pet word alone: a cheap search first, since _PET_NAMED tries a name at every word.
_PET_WORD = re.compile(rf"\b(?:{_PET}|lab)\b", re.IGNORECASE)


# How far back a pet word keeps a call on its pet ("i adopted a dog" ... "her name's olive").
_PET_TURNS = 4
# A pet word a few words before "named"/"called": "a husky mix named rocket", "gray and
# white domestic shorthair, male, named tofu".
_PET_NAMED_NEAR = re.compile(
    rf"\b(?:{_PET}|lab|mix|shorthair|longhair)\b[^.?!]{{0,30}}?\b(?:named|called)[ \t]+"
    rf"({_NAME_WORD})",
    re.IGNORECASE,
)
# A joke title a pet's name may carry: "mister pickles", "Sir Barksalot", "princess".
_PET_TITLES = frozenset({"mister", "mr", "mr.", "miss", "ms", "ms.", "sir", "lady", "captain"})
_PET_TITLE = r"(?:(?:mister|mr\.?|miss|ms\.?|sir|lady|captain)[ \t]+)?"
# "his name is winston", "her name's mimi", "his name was duke", "mister pickles".
_PRONOUN_NAMED = re.compile(
    rf"\b(?:his|her|its)[ \t]+name(?:'s|’s|[ \t]+is|[ \t]+was)[ \t]+{_PET_TITLE}({_NAME_WORD})",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:husband|wife|partner|son|daughter|mother|father|mom|dad|mum|brother|sister|"
    r"friend|boyfriend|girlfriend|kid|child|baby|grand\p{L}+|aunt|uncle|cousin|niece|nephew|"
    r"doctor|landlord|neighbou?r|boss|manager|tenant|roommate|owner|guy|man|woman|lady|"
    r"person|vet|groomer|sitter|walker|trainer)\b",
    re.IGNORECASE,
)
# A call to a vet: the clinic answers or the caller names it.
_VET = re.compile(
    r"\b(?:animal (?:hospital|clinic|care)|veterinar\p{L}*|vet clinic|pet hospital|the vet|"
    # (a kennel or groomer: the animal boards, gets groomed, is picked up)
    # (not bare "boarding" or "grooming": an airline's "Maria's boarding pass", a
    # salon's booking; the animal must be named with it)
    r"kennels?|(?:pet|dog|cat|puppy)[ \t]+(?:boarding|grooming|groomer)|boarding[ \t]+kennel|"
    r"dog[ \t]+groomer|doggy daycare|pet daycare|pet resort)\b",
    re.IGNORECASE,
)
# The animal as the vet's patient: "patient is duke", "the patient's name is mochi",
# "Bella's surgery", "Winston's full history", "Oscar's vaccines".
_VET_PATIENT = re.compile(
    rf"\bpatient(?:'s name)?(?:[ \t]+is|[ \t]+name is|,)[ \t]+({_NAME_WORD})"
    rf"|(?<![\p{{L}}'’-])({_NAME_WORD})['’]s[ \t]+"
    r"(?:(?:full|medical|last|next|recent|updated|current|latest)[ \t]+)?"
    r"(?:surgery|spay|neuter|dental|vaccines?|vaccinations?|shots|records|history|chart|"
    r"recheck|bloodwork|x-rays?|boarding|grooming|groom|meds|medication|heartworm|flea|"
    r"rabies|kennel|crate|leash|stay)\b"
    # ("Bruno... the owner is Stellan Bjork?", "boarding with you, Bruno", "pickup for Max",
    # "picking up Daisy today", "is Max due for anything")
    rf"|(?<![\p{{L}}'’-])({_NAME_WORD})[ \t]*(?:\.{{2,3}}|…|,)[ \t]*(?:and[ \t]+)?"
    r"(?:the|his|her)[ \t]+owner(?:'s name)?[ \t]+is\b"
    rf"|\b(?:boarding|staying)[ \t]+with[ \t]+(?:you|us)[ \t]*,[ \t]*({_NAME_WORD})"
    rf"|\b(?:pick(?:ing)?[ \t]+up|pickup[ \t]+for|drop(?:ping)?[ \t]+off)[ \t]+({_NAME_WORD})"
    rf"|\bis[ \t]+({_NAME_WORD})[ \t]+due[ \t]+for\b"
    # ("I'm calling from the animal hospital, Max is due for the rabies booster")
    rf"|(?<![\p{{L}}'’-])({_NAME_WORD})[ \t]+is[ \t]+(?:over)?due[ \t]+for[ \t]+"
    r"(?:(?:his|her|its|their|the|a|an)[ \t]+)?(?:(?:annual|yearly|next)[ \t]+)?"
    r"(?:rabies|vaccines?|vaccinations?|shots?|boosters?|heartworm|distemper|bordetella|"
    r"dental|check-?up|exam|wellness)\b",
    re.IGNORECASE,
)
# A person naming themselves: "my name is Bella", "this is Oscar".
_SELF_NAMED = re.compile(
    rf"\b(?:my name is|my name's|this is|i'm|i am|name on the account is)[ \t]+({_NAME_WORD})",
    re.IGNORECASE,
)
# The agent asking a pet's name: "and the cat's name and age", "dog's name, breed".
_PET_NAME_ASKED = re.compile(
    rf"\b(?:{_PET}|lab)(?:'s|’s|s'|s’)[ \t]+name\b|\bname[ \t]+of[ \t]+(?:the|your|his|her)"
    rf"[ \t]+(?:{_PET}|lab)\b|\bwhat(?:'s|’s|[ \t]+is)[ \t]+(?:his|her|its)[ \t]+name\b",
    re.IGNORECASE,
)
# The answer's first word: "mochi she's three", "Honey, she's a shepherd mix".
_PET_ANSWER = re.compile(
    rf"[ \t]*(?:(?:yes|yeah|oh|um|uh|so|it's|it is|his name is|her name is)[ \t,]+)*"
    rf"{_PET_TITLE}({_NAME_WORD})"
    r"(?=[ \t]*[,.]?[ \t]*(?:$|(?:she|he|it|and|but)\b)|[.!][ \t])",
    re.IGNORECASE,
)


# A farewell after "thank you for calling <name>": the caller thanked, not a firm.
_FAREWELL_AFTER = re.compile(
    # "thanks for calling emily this was derek": the agent's name follows
    r"[ \t,.!]*(?:have a|take care|bye|goodbye|you too|and have|enjoy|$|this was\b|"
    r"my name(?:'s| is)\b)",
    re.IGNORECASE,
)


def person_words(
    texts: list[str], norms: list[NormalizedText], hits: list[list[Hit]]
) -> list[set[str]]:
    """Per turn, the words of the names given as answers or after a cue (folded)."""
    out = []
    for text, norm, turn_hits in zip(texts, norms, hits, strict=True):
        words: set[str] = set()
        for hit in turn_hits:
            if hit.entity == "PERSON" and hit.recognizer in _ASKED_OR_CUED:
                value = (norm.original if hit.original else text)[hit.start : hit.end]
                words.update(fold(w) for w in NAME_TOKEN.findall(value))
                words.update(two_letter_names(value))  # "li" of "li wang"
        out.append(words)
    return out


def named_elsewhere(word: str, people: list[set[str]], turn: int) -> bool:
    """The word is a person's name given in another turn of the call."""
    return any(word in words for i, words in enumerate(people) if i != turn)


# Names given as an answer or after a cue ("my name is …"), not a model's guess.
_ASKED_OR_CUED = frozenset({"ConversationContext", "SpokenPersonRecognizer"})


_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|my|your|our|their|its|any|some|every)[ \t]+$",
    re.IGNORECASE,
)


def word_after_article(text: str, m: re.Match) -> bool:
    """A name found elsewhere repeated as an English word after an article: "the grace
    period" on a call with an agent named Grace, "a bright idea"; a name takes none."""
    word = m.group()
    if word[:1].isupper() and not text.isupper() and not text.islower():
        return False  # "the Grace I spoke to": a capital in a written turn
    return lexicon().is_word(word) and bool(
        _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )


def thanks_a_person(m: re.Match) -> bool:
    """ "thank you for calling rhonda, have a good one": one listed first name (not an
    everyday word like "chase") before a farewell thanks the caller by name."""
    name = m.group("name").rstrip(".,!")
    if name.lower().endswith(" again"):
        name = name[: -len(" again")]  # "thanks for calling amy again this was tom"
    if " " in name.strip() or name.lower().endswith(("'s", "’s")) or fold(name) in EVERYDAY_FIRSTS:
        return False  # "Wendy's": a firm
    lex = lexicon()
    listed = fold(name) in lex.firsts or fold(name) in lex.word_firsts
    return listed and bool(_FAREWELL_AFTER.match(m.string, m.end("name")))


def pet_names(texts: list[str]) -> frozenset[str]:
    """Names the call gives its pets (lower case)."""
    named = {
        fold(m.group(1) or m.group(2))
        for text in texts
        if _PET_WORD.search(text)
        for m in _PET_NAMED.finditer(text, overlapped=True)
        if not _relative_named(text, m)
    }
    named.update(vet_patients(texts))
    named -= _introduced_after_pet_word(texts)
    for i, text in enumerate(texts):
        if not any(_PET_WORD.search(t) for t in texts[max(0, i - _PET_TURNS) : i + 1]):
            continue
        named.update(fold(m.group(1)) for m in _PET_NAMED_NEAR.finditer(text))
        named.update(_pronoun_named(text, texts[i - 1] if i else ""))
        if i and _PET_NAME_ASKED.search(texts[i - 1]):
            m = _PET_ANSWER.match(text)
            if m:
                named.add(fold(m.group(1)))
    return frozenset(named)


# A caller whose first name is a pet word: "hi it's mare karels", "this is robin lab".
_SELF_PET_WORD_NAME = re.compile(
    rf"\b(?:it's|it’s|its|it is|this is|i'm|i’m|i am|my name is|my name's)[ \t]+"
    rf"(?:{_PET}|lab)[ \t]+({_NAME_WORD})",
    re.IGNORECASE,
)


# A relative just before the word: "my uncle allen bird" names the uncle Allen Bird.
_RELATIVE_JUST_BEFORE = re.compile(
    r"\b(?:my|his|her|our|their)[ \t]+(?:husband|wife|partner|son|daughter|mother|father|"
    r"mom|dad|mum|brother|sister|boyfriend|girlfriend|grand\p{L}+|aunt|uncle|cousin|niece|"
    r"nephew)[ \t]*,?[ \t]+$",
    re.IGNORECASE,
)


def _relative_named(text: str, m: re.Match) -> bool:
    """Whether the pet-shaped match ("allen bird") opens with a word said right after a
    relative ("my uncle allen bird"): the person's name, the pet word a surname."""
    start = m.start(2) if m.group(2) else m.start(1)
    return bool(m.group(2)) and bool(_RELATIVE_JUST_BEFORE.search(text, max(0, start - 40), start))


def _introduced_after_pet_word(texts: list[str]) -> set[str]:
    """Surnames a caller gave after a first name that is a pet word ("it's mare karels"):
    the pair names the caller wherever it comes back ("mare karels i'm the son")."""
    return {fold(m.group(1)) for t in texts for m in _SELF_PET_WORD_NAME.finditer(t)}


def vet_patients(texts: list[str]) -> set[str]:
    """On a call to a vet or a kennel, the patient is the animal: "Patient is Duke", "Max's
    rabies", "picking up Daisy today", "Bruno... the owner is ..." (unless the word names a
    person in the call: "my name is Bella")."""
    if not any(_VET.search(t) for t in texts):
        return set()
    found = {
        fold(next(g for g in m.groups() if g)) for t in texts for m in _VET_PATIENT.finditer(t)
    }
    people = {fold(m.group(1)) for t in texts for m in _SELF_NAMED.finditer(t)}
    return found - people


def _pronoun_named(text: str, before: str = "") -> set[str]:
    """ "his name is winston" on a call about a pet, unless a person was named just
    before, in the turn or the question it answers ("my wife, her name is ...", "do you
    know the other owner? his name is wes")."""
    question = before.rstrip()
    asked = question.endswith("?") and bool(_RELATIVE_BEFORE.search(question[-80:]))
    return {
        fold(m.group(1))
        for m in _PRONOUN_NAMED.finditer(text)
        if not asked and not _RELATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    }


def without_pets(norm: NormalizedText, hits: list[Hit], pets: frozenset[str]) -> list[Hit]:
    """The hits less the PERSON spans that are a pet's name ("luna", "my cat luna"), and
    the single words the model took for a place ("winston")."""
    out = []
    for hit in hits:
        if hit.entity in ("PERSON", "LOCATION"):
            value = (norm.original if hit.original else norm.text)[hit.start : hit.end]
            words = [fold(w.strip(" ,.?!")) for w in value.split()]
            if hit.entity == "LOCATION" and len(words) > 1:
                out.append(hit)  # "winston salem": a place, not the dog
                continue
            if _in_breed(norm.original if hit.original else norm.text, hit.start, hit.end):
                continue  # "she's a shih tzu": a breed, not a person
            words = [w for w in words if not _PET_WORD.fullmatch(w) and w not in _PET_TITLES]
            if words and all(w in pets for w in words):
                continue
            text = norm.original if hit.original else norm.text
            if _pets_thing(text, hit.start, value.split(), pets):
                continue
        out.append(hit)
    return out


_POSSESSIVE_BEFORE = re.compile(r"(\p{L}+)['’]s[ \t]+$")


def _pets_thing(text: str, start: int, words: list[str], pets: frozenset[str]) -> bool:
    """A pet's belonging, not a person: "my dog Ziggy's Rimadyl" (the span opens with the
    pet's possessive) or "Biscuit's Apoquel" (the span follows it)."""
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and fold(words[0][:-2]) in pets:
        return True
    m = _POSSESSIVE_BEFORE.search(text, max(0, start - 30), start)
    return bool(m and fold(m.group(1)) in pets)


def firm_list(text: str, start: int, names: list[tuple[int, int]]) -> bool:
    """True when a name at ``start`` follows "Surname, ": a capitalised word or a found
    name ("dixon, nelson and odonnell"), not a noun ("my kids, liam and noor")."""
    m = _FIRM_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return (word[:1].isupper() and not word.isupper()) or inside(m.start(1), m.end(1), names)


# Between a first name and the surname said after it: "summer and then fields".
_TO_SURNAME = re.compile(
    r"[ \t,]+(?:(?:and then|and|then)[ \t,]+)?"
    r"(?:(?:(?:the|my)[ \t]+)?(?:last name|surname|family name)(?:[ \t]+is)?[ \t,]+)?"
)


def before_a_name(
    text: str, hits: list[Hit], everyday_rx: re.Pattern, covered: list[tuple[int, int]]
) -> list[Hit]:
    """An everyday word that is a name on this call, said just before a name found in the
    turn: "yep summer and then fields f i e l d s" (summer was the caller's name before)."""
    starts = {h.start for h in hits if h.entity == "PERSON" and not h.original}
    out = []
    for m in everyday_rx.finditer(text):
        gap = _TO_SURNAME.match(text, m.end())
        if gap and gap.end() in starts and not inside(m.start(), m.end(), covered):
            out.append(Hit("PERSON", m.start(), m.end(), 0.7, "CallPropagation"))
    return out


# A word said, then spelled ("Rose, R-O-S-E?", "Delacroix is D-E-L-A-C-R-O-I-X"; the
# normaliser joins the letters in capitals): a name being checked, whatever the question.
_WORD_THEN_SPELLED = re.compile(
    r"\b(?P<word>[^\W\d_][^\W\d_'’-]{1,}(?:[-'’][^\W\d_]+)*)[ \t]*[,.]?[ \t]*"
    r"(?P<cue>(?:is that|is it|is|like|that's|thats|as in|spelled|spelt|spelling)[ \t,]+)?"
    # "mcallister-grey. MCALLISTER-GREY": a double-barrelled name spelled with its dash
    r"(?P<spelled>(?-i:\p{Lu}{2,}(?:-\p{Lu}{2,})*))\b",
    re.IGNORECASE,
)


def _short_spelled_name(m: re.Match) -> bool:
    """A two-letter word spelled after a cue is a name when no dictionary has it: "bo like
    b o", "BO IS THAT B O" (not "no is that N O")."""
    word = m.group("word").lower()
    if not m.group("cue") or NOT_NAME_WORD.fullmatch(word):
        return False
    return not lexicon().is_word(word)


def spelled_words(text: str) -> list[Hit]:
    """A word followed by its own spelling: both are the name."""
    out = []
    for m in _WORD_THEN_SPELLED.finditer(text):
        # "Villaseñor-Daniel, VILLASEÑORDANIEL": the spelling leaves out the hyphen
        word = _NOT_SPELLED_MARKS.sub("", m.group("word"))
        spelled = _NOT_SPELLED_MARKS.sub("", m.group("spelled"))
        if len(spelled) < 3 and not _short_spelled_name(m):
            continue
        if word.upper() == spelled and m.group("word").lower() not in _NOT_SPELLED_WORDS:
            out.append(Hit("PERSON", m.start("word"), m.end("word"), 0.8, "SpelledWord"))
            out.append(Hit("PERSON", m.start("spelled"), m.end("spelled"), 0.8, "SpelledWord"))
    return out


# Letters said one by one (the normaliser joins them in capitals): "t o m i l o l a".
_SPELLED_RUN = re.compile(r"(?<![\w'’-])(?-i:\p{Lu}{2,})(?![\w'’-])")
_LETTERS_APART = re.compile(r"\p{L}[ \t,.-]+\p{L}")


def spelled_back(norms: list[NormalizedText], hits: list[list[Hit]]) -> None:
    """Letters said one by one that spell a word of the turn before are that word read
    back ("happy thirtieth tomilola" / "got it t o m i l o l a"): both are the name, when
    no dictionary has the word or the turn before already holds it as a name ("bo")."""
    lex = lexicon()
    for i in range(1, len(norms)):
        norm, before = norms[i], norms[i - 1]
        for run in _SPELLED_RUN.finditer(norm.text):
            start, end = norm.to_original(run.start(), run.end())
            if not _LETTERS_APART.search(norm.original, start, end):
                continue  # a word written in capitals, not letters said one by one
            word = run.group().lower()
            if word in _NOT_SPELLED_WORDS or NOT_NAME_WORD.fullmatch(word):
                continue
            named = [(h.start, h.end) for h in hits[i - 1] if h.entity == "PERSON"]
            for said in re.finditer(rf"(?<![\w'’-]){word}(?![\w'’-])", before.text, re.I):
                known = inside(said.start(), said.end(), named)
                if not known and (len(word) < 3 or lex.is_word(word)):
                    continue
                hits[i - 1].append(Hit("PERSON", said.start(), said.end(), 0.7, "SpelledBack"))
                hits[i].append(Hit("PERSON", run.start(), run.end(), 0.7, "SpelledBack"))


# A spelling begun, taken back and said again: "SI sorry starting again SINHA", "MAC space
# NIA, sorry, start over, MAC space NIALL" (the normaliser joins the letters in capitals).
# Both attempts are the name; a run with digits is a code, not a name.
_SPELLED_PART = (
    r"(?-i:\p{Lu}{2,})(?:[ \t]*,?[ \t]*(?:space|hyphen|dash|apostrophe|-)[ \t]*,?[ \t]*"
    r"(?:(?-i:\p{Lu}{2,})|\p{L}(?![\w'’])))*"
)


_RESTARTED_SPELLING = re.compile(
    rf"(?<![\w@.'’-])(?P<first>{_SPELLED_PART})[ \t]*(?:\.{{1,3}}|…|[,;-])?[ \t]*"
    r"(?:(?:sorry|oops|no|nope|wait|actually|my bad|hang on|hold on|scratch that)"
    r"[ \t]*(?:\.{1,3}|…|[,;-])?[ \t]*)+"
    r"(?P<restart>(?:(?:let me|let's|lemme|i'll|i will|i'm gonna|i'm going to|gonna)[ \t]+)?"
    r"(?:start(?:ing)?[ \t]+(?:again|over)|restart(?:ing)?|"
    r"(?:from|back to)[ \t]+the[ \t]+(?:top|start|beginning))[ \t]*[,.:;-]?[ \t]*)?"
    rf"(?P<second>{_SPELLED_PART})(?![\w@'’-]|\.\w|[ \t,]*\d)",
    re.IGNORECASE,
)


MIN_SPELLED_NAME = 5


_SPELLED_RUN_CAPS = re.compile(r"(?<![\w'’])(?-i:\p{Lu}{3,})(?![\w'’])")


def spelling_begun_again(norm: NormalizedText, spelled: set[str]) -> list[tuple[int, int]]:
    """Letters spelled aloud that begin a name found in the call: the asker reading back
    the start of a spelling ("sorry S Z Y..." after "S Z Y M A N S K A")."""
    out = []
    for m in _SPELLED_RUN_CAPS.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        if not any(c in " \t-" for c in norm.original[start:end]):
            continue  # a word written in capitals, not letters said one by one
        run = m.group()
        if any(name.startswith(run) for name in spelled):
            out.append(m.span())
    return out


# The call's opening ending on the answerer's name: "Harbour Dental. Priya.", "northgate
# credit union ravi", "Lakeside Plumbing, this is April."
_OPENING_WORD = r"\p{L}[\p{L}'’-]*\p{L}"


_OPENING_END = re.compile(
    rf"(?:(?P<cue>\bthis[ \t]+is|\byou're[ \t]+speaking[ \t]+(?:with|to))|[.,!:][ \t]*|"
    rf"\b(?P<org>\p{{L}}+))[ \t]+"
    rf"(?P<first>{_OPENING_WORD})(?:[ \t]+(?P<second>{_OPENING_WORD}))?[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE,
)


_OPENING_ORG = ORG_WORDS | frozenset(("parish", "desk", "line", "team", "support", "benefits"))
# (a pet business or a public office answering: "bark avenue kennels tamsin")
_OPENING_ORG |= frozenset(("kennels", "kennel", "daycare", "grooming", "aquarium", "deeds"))


# Months that are also first names ("this is June").
_MONTH_FIRST_NAMES = frozenset(("april", "may", "june", "august"))
# First names that are words of nature or virtue, a name only after the agent's cue
# ("financial assistance this is wren", "you're speaking with Sage").
_WORD_FIRST_NAMES = frozenset(
    ("wren", "sage", "rowan", "hazel", "iris", "willow", "river", "skye", "violet", "lily")
    + ("pearl", "fern", "clay", "reed", "blair", "brooke", "june", "will", "hope", "joy")
)


def opening_name(text: str) -> list[Hit]:
    """The answerer's name closing the opening turn of a call, after a firm or "this is"."""
    base = max(0, len(text) - 80)
    for m in _OPENING_END.finditer(text, base, overlapped=True):
        span = _opening_span(m)
        if span is not None:
            return [Hit("PERSON", span[0], span[1], 0.8, "OpeningName")]
    return []


# Short forms of first names the name lists lack, a name only after the answerer's cue
# ("harvest guard claims this is mo", "nursery this is cam").
_SHORT_FORMS = frozenset(
    ("cam", "mo", "ed", "al", "bo", "ty", "kit", "viv", "rob", "ted", "jem", "meg", "tam")
    + ("jo", "di", "vi", "cy", "sy", "bev", "deb", "ron", "ken", "stu", "mick", "nick")
    + ("rich", "chuck", "hank", "bud", "gus", "walt", "russ", "herb")
)


# Words before "NAME speaking" that make it a sentence, not a firm and its answerer.
_NOT_FIRM_WORDS = frozenset(
    ("i", "am", "is", "are", "was", "were", "you", "we", "they", "who", "not", "be", "been")
    + ("whom", "still", "just", "now", "currently", "also", "and", "or", "the", "a")
)


def _opening_span(m: re.Match) -> tuple[int, int] | None:
    first, second = m.group("first").lower(), m.group("second")
    if second and second.lower() in ("speaking", "here"):
        second = None  # "member services june speaking": the name, then the cue
    cued = m.group("cue") or (m.group("second") and not second)
    # "department of revenue will speaking": "speaking" is the cue after any firm's word
    if (
        m.group("org")
        and m.group("org").lower() not in _OPENING_ORG
        and not (cued and m.group("org").lower() not in _NOT_FIRM_WORDS)
    ):
        return None
    word_name = first in EVERYDAY_FIRSTS | _MONTH_FIRST_NAMES | _WORD_FIRST_NAMES
    if (NOT_NAME_WORD.fullmatch(first) and not (cued and word_name)) or first in _OPENING_ORG:
        return None
    named = lexicon().is_name(first) or (cued and (word_name or first in _SHORT_FORMS))
    # "bark avenue kennels tamsin": a word of no language after the firm's own word
    org = (m.group("org") or "").lower()
    named = named or (
        not second and org in _OPENING_ORG and len(first) > 2 and not lexicon().is_word(first)
    )
    if not named:
        return None
    if not second:
        return m.start("first"), m.end("first")
    if NOT_NAME_WORD.fullmatch(second.lower()) or second.lower() in _OPENING_ORG:
        return None
    return m.start("first"), m.end("second")


# The answerer's name said in an opening turn before the offer of help: "customer care
# niamh here how may i assist", "riverside clinic, this is tam lo. who am i speaking
# with?", "acme billing support this is fern" (an everyday word counts after these cues).
_OPENING_INTRO = re.compile(
    r"\b(?:(?P<dept>care|support|service|services|desk|billing|department|line)"
    rf"[ \t]+(?P<first>{_OPENING_WORD})(?:[ \t]+(?P<second>{_OPENING_WORD}))?"
    r"[ \t]*,?[ \t]+here[ \t]*[,.!]?[ \t]+(?:how|what|who)\b"
    rf"|(?:this[ \t]+is|(?P<self>i'm|i’m|i[ \t]+am|my[ \t]+name(?:'s|’s|[ \t]+is)))[ \t]+"
    rf"(?P<first2>{_OPENING_WORD})(?:[ \t]+(?P<second2>{_OPENING_WORD}))?"
    r"[ \t]*[,.!]?[ \t]*(?P<end>$|(?:who[ \t]+am[ \t]+i|how[ \t]+(?:can|may)[ \t]+i|"
    r"what[ \t]+can[ \t]+i)\b))"
    # "city of maplewood water april how may i assist you": the name just before the offer
    # ("recorder of deeds rich speaking how can i help": "speaking" cues an everyday word)
    rf"|(?<=\p{{L}}[ \t]+)(?P<first3>{_OPENING_WORD})(?P<speaking>[ \t]+speaking)?[ \t]*[,.!]?"
    r"[ \t]+(?:how[ \t]+(?:can|may)[ \t]+i[ \t]+(?:help|assist)|what[ \t]+can[ \t]+i[ \t]+do)\b",
    re.IGNORECASE,
)


# An opening cue before "this is NAME" that ends the turn: the firm's department.
_OPENING_DEPT = re.compile(
    r"\b(?:care|support|service|services|desk|billing|department|line|office|clinic|center|"
    r"centre|team|calling)\b[ \t,.]*this[ \t]+is[ \t]",
    re.IGNORECASE,
)
_NOT_OPENING_NAME = _OPENING_ORG | frozenset(("today", "again", "now", "here", "speaking"))
# Second words that make "this is X Y" a department, not a person: "member accounts".
_DEPARTMENT_TAIL = _OPENING_ORG | frozenset(
    ("accounts", "account", "services", "service", "billing", "claims", "department", "office")
    + ("relations", "records", "payments", "collections", "enquiries", "inquiries", "sales")
    + ("repairs", "returns", "scheduling", "reservations", "dispatch", "intake", "care")
)


# The agent's own name after the firm answers: "you're through to skyline cable i'm hope
# before we start", "thanks for calling acme, i'm mark, how can i help". The firm cue and
# the phrase after the name make an everyday word ("hope", "mark") a name here.
_GREETED_INTRO = re.compile(
    r"\b(?:you(?:'re|’re|[ \t]+are)[ \t]+through[ \t]+to|you(?:'ve|’ve)[ \t]+reached|"
    r"thanks?[ \t]+(?:you[ \t]+)?for[ \t]+calling)[ \t]+[^.?!]{1,50}?[,.]?[ \t]+"
    r"(?:i'm|i’m|i[ \t]+am)[ \t]+"
    rf"(?P<first>{_OPENING_WORD})(?:[ \t]+(?P<second>{_OPENING_WORD}))??"
    r"[ \t]*[,.!]?[ \t]*(?:$|(?:before[ \t]+we|and[ \t]+i|how[ \t]+(?:can|may)[ \t]+i|"
    r"what[ \t]+can[ \t]+i|who[ \t]+am[ \t]+i|what's[ \t]+going)\b)",
    re.IGNORECASE,
)


def greeted_intro(text: str) -> list[Hit]:
    """The agent's name after "you're through to FIRM i'm": a verb or an adjective there
    ("i'm sorry", "i'm happy to help") is no name unless it is a listed first name."""
    m = _GREETED_INTRO.search(text)
    if m is None:
        return []
    lex = lexicon()
    first = fold(m.group("first"))
    if lex.is_modifier(first) and not _listed_first(first, lex):
        return []
    if first in _NOT_OPENING_NAME:
        return []
    end = m.end("second") if m.group("second") else m.end("first")
    return [Hit("PERSON", m.start("first"), end, 0.8, "OpeningName")]


def opening_intro(text: str) -> list[Hit]:
    """The answerer's name in an opening turn, before "here how may i…" or after "this is"
    before "who am i speaking with"."""
    greeted = greeted_intro(text)
    if greeted:
        return greeted
    low = text.lower()
    if "here" not in low and "this is" not in low and "how" not in low:
        return []
    lex = lexicon()
    for m in _OPENING_INTRO.finditer(text):
        if m.group("first3"):
            if _offer_name(m.group("first3"), lex, bool(m.group("speaking"))):
                return [Hit("PERSON", m.start("first3"), m.end("first3"), 0.8, "OpeningName")]
            continue
        if m.group("self") and not _listed_first(fold(m.group("first2")), lex):
            continue  # "I'm sorry, how can I help": only a listed first name after "I'm"
        key = "first" if m.group("first") else "first2"
        first = m.group(key)
        second = m.group("second" if key == "first" else "second2")
        if (
            key == "first2"
            and m.group("end") == ""
            and not _OPENING_DEPT.search(text, max(0, m.start() - 30), m.start() + 8)
        ):
            continue
        if second and second.lower() in _DEPARTMENT_TAIL:
            continue  # "this is inmate accounts how can i help": a department
        if first.lower() in _NOT_OPENING_NAME or (
            NOT_NAME_WORD.fullmatch(first.lower())
            and first.lower() not in ("will", "may", "june", "april", "august")
        ):
            continue
        end = m.end(key)
        if second and not (
            second.lower() in _NOT_OPENING_NAME or NOT_NAME_WORD.fullmatch(second.lower())
        ):
            end = m.end("second" if key == "first" else "second2")
        return [Hit("PERSON", m.start(key), end, 0.8, "OpeningName")]
    return []


def _listed_first(low: str, lex) -> bool:
    """A listed first name, or a name that is also an English word ("kelvin", "raj")."""
    return low in lex.firsts or low in lex.word_firsts or low in lex.word_lasts


def _offer_name(word: str, lex, speaking: bool = False) -> bool:
    """A listed first name right before the opening's offer of help ("… water april how
    may i assist you"); call words and firm words are none ("calling", "support"). Before
    "speaking" an everyday first name counts too ("recorder of deeds rich speaking")."""
    low = fold(word)
    if low in _NOT_OPENING_NAME or low in _NOT_FIRM_WORDS:
        return False
    if speaking and low in EVERYDAY_FIRSTS | _WORD_FIRST_NAMES | _SHORT_FORMS:
        return True
    if not _listed_first(low, lex):
        return False
    return not NOT_NAME_WORD.fullmatch(low) or low in _MONTH_FIRST_NAMES | _WORD_FIRST_NAMES


# The asker reading a name back, maybe misheard: "and that's melendee?" after "mary melendez".
_READ_BACK = re.compile(
    r"\b(?:and|so)[ \t]+that(?:'s|’s|s|[ \t]+is)[ \t]+(\p{L}[\p{L}'’-]{2,29})"
    r"(?=[ \t]*(?:[?.!,]|$))",
    re.IGNORECASE,
)
# A read-back put as a question: "kovac, did i get that right?", "sorry, was that kovak?",
# "i have kovacs, is that correct" (maybe with an Irish "ó" before the surname). The
# question is the cue, so the word may be misheard in its first letter too ("dóth").
_READ_BACK_WORD = r"((?:ó[ \t]+)?\p{L}[\p{L}'’-]{2,29})"
_FILLER = r"(?:uh|um|er|hmm|like)"
_READ_BACK_ASKED = re.compile(
    rf"(?<![\p{{L}}'’-]){_READ_BACK_WORD},?[ \t]+did[ \t]+(?:(?:{_FILLER}|i)[ \t]+){{1,4}}"
    rf"get[ \t]+(?:{_FILLER}[ \t]+)?(?:that|it)[ \t]+right"
    rf"|\bwas[ \t]+that[ \t]+{_READ_BACK_WORD}(?=[ \t]*[?.!]?[ \t]*$)"
    rf"|\bhave[ \t]+{_READ_BACK_WORD},?[ \t]+is[ \t]+that[ \t]+(?:correct|right)"
    # the one reading it back misheard: "oh, i thought you said kellan"
    rf"|\bthought[ \t]+you[ \t]+said[ \t]+{_READ_BACK_WORD}(?=[ \t]*[?.!]?[ \t]*$)",
    re.IGNORECASE,
)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or dropping one letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_MIN_READ_BACK = 4


def _near_name(
    word: str, names: set[str], same_first: bool, min_name: int = _MIN_READ_BACK
) -> bool:
    """Whether ``word`` is a name of the call or one letter off it."""
    if len(word) < _MIN_READ_BACK or NOT_NAME_WORD.fullmatch(word):
        return False
    return any(
        len(name) >= min_name and (not same_first or name[0] == word[0]) and _one_edit(word, name)
        for name in names
    )


# The word straight after a found name, read back as a question or ending the turn: "okay
# karen alis", "thank you anne boss is that right" (the call gave "karen ali", "anne bos").
_MISHEARD_AFTER = re.compile(
    r"[ \t]+(\p{L}[\p{L}'’-]{2,29})(?![\p{L}'’-])"
    r"(?=[ \t]*[,.?!]?[ \t]*(?:$|is[ \t]+that|is[ \t]+it|correct|right|did[ \t]+i|yes)\b?)",
    re.IGNORECASE,
)
_MIN_MISHEARD_NAME = 3


def misheard_surnames(
    text: str, persons: list[tuple[int, int]], names: set[str]
) -> list[tuple[int, int]]:
    """Found names widened to take a surname read back one letter off a name word of the
    call: the agent mishearing it ("karen alis" for "karen ali"), a name all the same."""
    out = []
    for start, end in persons:
        m = _MISHEARD_AFTER.match(text, end)
        if not m:
            continue
        word = m.group(1).lower()
        if word in names or NOT_NAME_WORD.fullmatch(word):
            continue
        if _near_name(word, names, True, _MIN_MISHEARD_NAME):
            out.append((start, m.end(1)))
    return out


def name_read_back(
    text: str, names: set[str], everyday: frozenset[str] | set[str] = frozenset()
) -> list[tuple[int, int]]:
    """A word read back as a name ("and that's X", "X, did I get that right?") that is a
    name of the call or one letter off it: the asker checking, or mishearing, what was
    said."""
    out = []
    for m in _READ_BACK.finditer(text):
        if _near_name(m.group(1).lower(), names, True):
            out.append(m.span(1))
    low = text.lower()
    if "get" in low or "was" in low or "have" in low or "said" in low:
        for m in _READ_BACK_ASKED.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g) is not None)
            word = m.group(group).lower().split()[-1]
            # "choudhry-sehni": one part misheard is enough
            # asked outright, a short surname ("wan" -> "wans?") or an everyday word
            # that is a name on this call ("rose" -> "rost?") is checked too
            asked = names | everyday
            if any(_near_name(part, asked, False, 3) for part in word.split("-")):
                out.append(m.span(group))
    return out


def restarted_spellings(text: str) -> list[Hit]:
    """A spelling begun, taken back and said again: both attempts are the name."""
    out = []
    for m in _RESTARTED_SPELLING.finditer(text):
        # without "start over" ("ZEN... hang on. ZENGIN") only a spelling said again longer
        if m.group("restart") is None:
            first = _NOT_SPELLED_MARKS.sub("", m.group("first")).upper()
            second = _NOT_SPELLED_MARKS.sub("", m.group("second")).upper()
            if len(second) <= len(first) or not second.startswith(first):
                continue
        for part in ("first", "second"):
            out.append(Hit("PERSON", m.start(part), m.end(part), 0.8, "SpelledWord"))
    return out


# A spelling taken back and said right: "x i r, no, sorry, x i e", "m-e-n-u-e-z, no, sorry,
# menendez". The wrong letters are a misspelling of the name and give it away as well.
_CORRECTED_SPELLING = re.compile(
    rf"(?<![\w@.'’-])(?P<first>{_SPELLED_PART})[ \t]*(?:\.{{1,3}}|…|[,;-])?[ \t]*"
    r"(?:(?:no|nope|sorry|wait|oops|i mean|my bad|my mistake|correction|scratch that)"
    r"[ \t]*(?:\.{1,3}|…|[,;-])?[ \t]*)+"
    r"(?P<second>\p{L}[\p{L}'’-]*)(?![\w@'’-]|\.\w|[ \t,]*\d)",
    re.IGNORECASE,
)
# (how alike the two attempts must be, when the second is not already a found name)
_MIN_CORRECTION_LIKENESS = 0.5


def corrected_spellings(norm: NormalizedText, hits: list[Hit]) -> list[Hit]:
    """A spelling taken back ("no, sorry") and said again, either as a found name or as
    letters much like the first: the wrong attempt is the name too."""
    named = [_norm_span(norm, h) for h in hits if h.entity == "PERSON"]
    out = []
    for m in _CORRECTED_SPELLING.finditer(norm.text):
        first = _NOT_SPELLED_MARKS.sub("", m.group("first")).upper()
        second = _NOT_SPELLED_MARKS.sub("", m.group("second")).upper()
        if len(first) < 2 or NOT_NAME_WORD.fullmatch(first) or not _said_apart(norm, m):
            continue
        if any(s <= m.start("second") < e for s, e in named):
            out.append(Hit("PERSON", m.start("first"), m.end("first"), 0.8, "SpelledWord"))
        elif SequenceMatcher(None, first, second).ratio() >= _MIN_CORRECTION_LIKENESS:
            for part in ("first", "second"):
                out.append(Hit("PERSON", m.start(part), m.end(part), 0.8, "SpelledWord"))
    return out


def _said_apart(norm: NormalizedText, m: re.Match) -> bool:
    """Whether the first attempt was letters said one by one, not an acronym ("ATM")."""
    start, end = norm.to_original(m.start("first"), m.end("first"))
    return any(c in " \t-" for c in norm.original[start:end])


def _norm_span(norm: NormalizedText, hit: Hit) -> tuple[int, int]:
    """A hit's span in the normalised text."""
    return norm.from_original(hit.start, hit.end) if hit.original else (hit.start, hit.end)


# A month's word said to be spelled like the month: "No, June. Like the month.", "august
# like the month" (a date never needs telling apart from the month; "like the month
# before" compares dates and is no name).
_NAME_LIKE_THE_MONTH = re.compile(
    rf"\b{MONTH}(?<!\.)\b(?=[ \t]*[.,!]?[ \t]*(?:just[ \t]+|same[ \t]+)?(?:like|as(?:[ \t]+in)?)"
    r"[ \t]+the[ \t]+month[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE,
)


def names_like_the_month(text: str) -> list[Hit]:
    """A month's word that is a person's name, told apart from the month."""
    return [
        Hit("PERSON", m.start(), m.end(), 0.8, "CallPropagation")
        for m in _NAME_LIKE_THE_MONTH.finditer(text)
    ]


_NOT_SPELLED_MARKS = re.compile(r"[-'’]")


_NOT_SPELLED_WORDS = frozenset({"yes", "okay", "the", "and", "not", "asap"})


def everyday_name_patterns(everyday: set[str]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Where an everyday word that is a name on this call ("faith", "will") is one: said to
    someone ("okay faith what's the procedure", "hey will this is …") or said to be one's
    own or spelled ("i'm rose, yes", "this is grant again", "how do you spell dawn")."""
    if not everyday:
        return None, None
    words = "|".join(sorted(everyday))
    vocative = re.compile(
        rf"(?<=(?:\b{_VOCATIVE_BEFORE}|^[ \t]*(?:and|so))[ \t]*,?[ \t]+)"
        rf"(?:{words})(?={_VOCATIVE_AFTER})"
        # a turn opening with the name and a comma: "GRANT, I SEE IT, MASTER BATH TILE"
        # or a sentence: "sorry about that. Vu, got it." (a clause follows, not a list:
        # "april, may and june are open")
        rf"|(?<=(?:^|[.!?])[ \t]*)(?:{words})(?=[ \t]*,[ \t]*{_CLAUSE_OPENING})",
        re.IGNORECASE,
    )
    own = re.compile(
        rf"(?<=\b(?:{_SELF_BEFORE}|{_SPELL_BEFORE}|{_DETAIL_FOR})[ \t]+)(?:{words})\b"
        rf"|(?<=\b{_LOOKUP_BEFORE}[ \t]+)(?:{words})(?={_VOCATIVE_AFTER})"
        # ... or after a title: "thanks for calling mr le", "mrs rich"
        rf"|(?<=\b{_TITLE_BEFORE}[ \t]+)(?:{words})\b",
        re.IGNORECASE,
    )
    return vocative, own


def coordinated_names(norm: NormalizedText, hits: list[Hit], threshold: float) -> list[Hit]:
    """A name joined to a found name: "Liam and Noor", "noor and liam." (written the
    same way: capitalised next to a capitalised name, or ending the clause)."""
    out = []
    for hit in hits:
        if hit.entity != "PERSON" or hit.score < threshold:
            continue
        text = norm.original if hit.original else norm.text
        near = text[max(0, hit.start - 6) : hit.end + 6].lower()
        if " and " not in near and "&" not in near:
            continue
        name = text[hit.start : hit.end]
        rx_after, rx_before = (
            (_AND_CAP_NAME, _CAP_NAME_AND) if name[:1].isupper() else (_AND_NAME, _NAME_AND)
        )
        names = [
            (h.start, h.end) for h in hits if h.entity == "PERSON" and h.original == hit.original
        ]
        if firm_list(text, hit.start, names):
            continue  # "Wilson, Stark and Bell": a firm's name, not two people
        window = max(0, hit.start - 40)
        for m in (rx_after.match(text, hit.end), rx_before.search(text, window, hit.start)):
            if (
                m
                and m.group(1).lower() not in COMMON_WORDS
                and not m.group(1).lower().endswith("'s")
                and not _FIRM_AFTER.match(text, m.end(1))
                and not firm_list(text, m.start(1), names)
            ):
                out.append(
                    Hit("PERSON", m.start(1), m.end(1), 0.6, "CallPropagation", hit.original)
                )
    return out


# A spelled name with its joiners: "d, e, space, l, a, space, f, e, r, r, e, r, a", and the
# second part of a double-barrelled name spelled after "dash" ("dash g r i f f i n").
# A letter may be dotted ("V. A. N") or carry its key word ("D as in Delta", "b for bravo").
_SPELLED_LETTER = r"(?<![\w'’])\p{L}(?![\w'’])(?:[ \t]+(?:as[ \t]+in|for)[ \t]+\p{L}[\p{L}'’-]*)?"
_SPELLED_GAP = r"[ \t]*(?:[,.][ \t]*)?"
_SPELLED_JOINER = r"(?:space|dash|hyphen|new[ \t]+word|next[ \t]+word)"
_JOINED_SPELLING = re.compile(
    rf"(?:\b{_SPELLED_JOINER}{_SPELLED_GAP})?{_SPELLED_LETTER}"
    rf"(?:{_SPELLED_GAP}(?:{_SPELLED_JOINER}{_SPELLED_GAP})?{_SPELLED_LETTER})+",
    re.IGNORECASE,
)
_HAS_JOINER = re.compile(rf"\b{_SPELLED_JOINER}\b", re.IGNORECASE)
_MIN_JOINED_LETTERS = 4


def joined_spellings(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spelled runs with a joiner word ("space", "dash", "hyphen") that a found name lies
    in: the whole run is the name, joiners included."""
    out = []
    for m in _JOINED_SPELLING.finditer(text):
        if not _HAS_JOINER.search(m.group()):
            continue
        letters = sum(1 for c in m.group() if c.isalpha()) - sum(
            len(j) for j in _HAS_JOINER.findall(m.group())
        )
        if letters < _MIN_JOINED_LETTERS:
            continue
        if any(s < m.end() and m.start() < t for s, t in persons):
            out.append((m.start(), m.end()))
    return out


# A two-letter first name before a capitalised surname ("Bo Lundgren", "Al Okafor"): too
# short for NAME_TOKEN, looked for again only as the same capitalised word ("tell Bo …").
_SHORT_FIRST = re.compile(r"(?<![\w'’.-])(?-i:(\p{Lu}\p{Ll}))[ \t]+(?-i:\p{Lu}\p{Ll})")
# (a full stop may end it: "Na. Same last name as me", not "St.Louis")
_SHORT_WORD = re.compile(r"(?<![\w'’.-])(?-i:\p{Lu}\p{Ll})(?![\w'’-]|\.\w)")
_SHORT_NOT_NAME = frozenset({"mr", "ms", "dr", "st", "jr", "sr", "mt", "ft", "rd", "no", "ok"})
# Two-letter words that open a sentence as often as they name anyone: "Go ahead", "Ma said".
_SHORT_COMMON = frozenset({"go", "yo", "eh", "ha", "re", "vs", "ex", "ma", "pa", "oh", "um"})


def short_firsts(value: str) -> set[str]:
    """The two-letter first names of a found name ("Bo" of "Bo Lundgren", "Na" of "Na Yin"):
    a rare word counts too (the call said it with its surname), never a function word,
    interjection or title."""
    return {
        m.group(1)
        for m in _SHORT_FIRST.finditer(value)
        if (low := m.group(1).lower()) not in _SHORT_NOT_NAME
        and low not in _SHORT_COMMON
        and not NOT_NAME_WORD.fullmatch(low)
    }


_TWO_LETTER_WORD = re.compile(r"(?<![\p{L}'’.-])\p{L}{2}(?![\p{L}'’-])")


def two_letter_names(value: str) -> set[str]:
    """The two-letter words of a found name of two words or more, lower case ("li" of "li
    wang", "le" of "huy le"), never a function word, interjection or title: said alone
    again they name someone only where an everyday-word name would ("thanks for calling
    li", "mr le")."""
    if len(value.split()) < 2:
        return set()
    return {
        low
        for m in _TWO_LETTER_WORD.finditer(value)
        if (low := m.group().lower()) not in _SHORT_NOT_NAME
        and low not in _SHORT_COMMON
        and not NOT_NAME_WORD.fullmatch(low)
    }


def short_firsts_again(text: str, shorts: set[str]) -> list[tuple[int, int]]:
    """Where a two-letter first name found elsewhere is said again, capitalised."""
    return [(m.start(), m.end()) for m in _SHORT_WORD.finditer(text) if m.group() in shorts]


# A two-letter surname closing a found full name ("Yang Du", "autumn le"), and the same
# word straight after a name said again: "and that's yang du, correct?".
_SHORT_LAST = re.compile(r"\p{L}[\p{L}'’-]+[ \t]+(\p{L}{2})[.,]?$")
_SHORT_AFTER = re.compile(r"[ \t]+(\p{L}{2})(?![\p{L}'’-])")


def short_surnames(value: str) -> set[str]:
    """The two-letter surname of a found full name (lower case), never a function word,
    interjection or title: "du" of "Yang Du", not "is" of "this is"."""
    m = _SHORT_LAST.search(value.strip())
    if not m:
        return set()
    low = m.group(1).lower()
    if low in _SHORT_NOT_NAME or low in _SHORT_COMMON or NOT_NAME_WORD.fullmatch(low):
        return set()
    return {low}


def short_surnames_again(text: str, names: list[tuple[int, int]], surnames: set[str]):
    """Found names followed by a two-letter surname of the call, widened to take it."""
    out = []
    for start, end in names:
        m = _SHORT_AFTER.match(text, end)
        if m and m.group(1).lower() in surnames:
            out.append((start, m.end()))
    return out


# Name words after a name said again, up to the end of the sentence: "the name verifies
# as ADEYEMI FUNMILAYO GRACE. Is that her?" (a middle name the call had not given).
_TAIL_WORD = re.compile(r"[ \t]+(\p{L}[\p{L}'’-]*\p{L})")
_TAIL_END = re.compile(r"[ \t]*(?:[.!?]|$)")
_NOT_TAIL = frozenset(("will", "may", "can", "too", "also", "again", "now", "here", "there"))
_MAX_TAIL = 3


def first_name_tail(text: str, end: int, names: set[str]) -> int:
    """Where a name said again ends: past the call's name words and listed first names
    (everyday ones too, "grace") that follow it, when they end the sentence; else
    ``end``."""
    lex = lexicon()
    stop = end
    for _ in range(_MAX_TAIL):
        m = _TAIL_WORD.match(text, stop)
        if not m:
            break
        low = fold(m.group(1))
        listed = low in names or low in lex.firsts or low in lex.word_firsts
        if not (listed or low in EVERYDAY_FIRSTS) or low in _NOT_TAIL:
            break
        if NOT_NAME_WORD.fullmatch(low):
            break
        stop = m.end(1)
        if _TAIL_END.match(text, stop):
            return stop
    return end


# The letters said right after a name to fix how it ends or starts, after a misreading:
# "Close, Parker — K E R at the end", "no miller l e r at the end", "Reyes, R E at the
# start", "Park, P-A-R-K not B". The cue after the letters keeps runs of initials and
# plate or code letters out.
_LETTER = r"(?<![\p{L}\d'’])\p{L}(?![\p{L}\d'’])"
_NAME_PART_LETTERS = re.compile(
    rf"[ \t]*[,—–:;-]?[ \t]*(?P<letters>{_LETTER}(?:(?:[ \t]*[-.,][ \t]*|[ \t]+){_LETTER}){{1,6}})"
    r"\.?(?=[ \t]*[,—–-]?[ \t]*(?:(?:at|on|in)[ \t]+the[ \t]+(?:very[ \t]+)?(?:end|start|"
    r"beginning|front|back)\b|not[ \t]+(?-i:\p{L})(?:[ \t]*[-.,]?[ \t]*(?-i:\p{L})){1,6}"
    r"(?![\p{L}\d'’])))",
    re.IGNORECASE,
)


# A pause said inside a spelling ("B A R ... B O S A", "d o m i … n g u e z"): the letters
# after the pause go on spelling the name when they end the clause.
_PAUSE_MARK = r"(?:\.{2,}|…)"
_LETTER_RUN = rf"{_LETTER}(?:[ \t]+{_LETTER})*"
_SPELLING_ONLY = re.compile(rf"{_LETTER}(?:[ \t]*(?:[,.-]|{_PAUSE_MARK})?[ \t]*{_LETTER})+")
_PAUSED_LETTERS = re.compile(
    rf"[ \t]*{_PAUSE_MARK}[ \t]*{_LETTER_RUN}(?=[ \t]*(?:[,.!?;]|$))", re.IGNORECASE
)


def paused_spelling_end(text: str, start: int, end: int) -> int:
    """Where a spelled name (``start``..``end``, letters only) goes on past a pause mark
    and more letters that end the clause; else ``end``."""
    if not _SPELLING_ONLY.fullmatch(text, start, end):
        return end
    m = _PAUSED_LETTERS.match(text, end)
    return m.end() if m else end


# A word said, then spelled letter by letter with a cue, a pause maybe inside: "last name
# He, spelled H ... E", "Seven, spelled S E V E N" (the normaliser reads "seven" as a digit).
_WORD_THEN_LETTERS = re.compile(
    r"(?<![\w'’-])(?P<word>[^\W\d_]{2,})[ \t]*,?[ \t]*(?:spelled|spelt|spelling|that's|thats)"
    rf"[ \t]*,?[ \t]*(?P<letters>{_LETTER}(?:[ \t]*(?:[,-]|{_PAUSE_MARK})?[ \t]*{_LETTER})+)"
    r"(?![\p{L}\d'’])",
    re.IGNORECASE,
)
_NAME_LABEL_BEFORE = re.compile(r"\b(?:name|surname)(?:[ \t]+is)?[ \t]*,?[ \t]*$", re.IGNORECASE)


def words_spelled_apart(text: str) -> list[Hit]:
    """A word followed by its own spelling, letters apart: both are the name. A word a
    dictionary or the not-name list has counts only right after "name" ("last name He")."""
    out = []
    for m in _WORD_THEN_LETTERS.finditer(text):
        word = m.group("word")
        letters = "".join(c for c in m.group("letters") if c.isalpha())
        if word.upper() != letters.upper() or word.lower() in _NOT_SPELLED_WORDS:
            continue
        common = lexicon().is_word(word.lower()) or NOT_NAME_WORD.fullmatch(word.lower())
        if common and not _NAME_LABEL_BEFORE.search(text, 0, m.start("word")):
            continue
        for group in ("word", "letters"):
            out.append(Hit("PERSON", m.start(group), m.end(group), 0.8, "SpelledWord", True))
    return out


def name_part_letters(text: str, end: int) -> tuple[int, int] | None:
    """The spelled letters that fix part of the name ending at ``end`` ("Parker — K E R
    at the end"), or None: they spell the name, so they are PII too."""
    m = _NAME_PART_LETTERS.match(text, end)
    return (m.start("letters"), m.end("letters")) if m else None


# A surname said after a found name past a filler, a stutter or a particle: "it's nkechi
# uh okoro-lindahl", "khadija khadija el idrissi", "sharon again sharon delacroix".
_FILLER = r"(?:uh|um|umm|uhh|er|erm)"
_PARTICLE_RUN = "|".join(sorted(PARTICLES, key=lambda w: (-len(w), w)))
_NAME_GOES_ON = re.compile(
    rf"(?:[ \t]+{_FILLER}\b,?)?(?P<particles>(?:[ \t]+(?:{_PARTICLE_RUN})(?![\p{{L}}'’-]))*)"
    r"[ \t]+(?P<word>\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)(?![\p{L}\d'’-])",
    re.IGNORECASE,
)
_MIN_UNLISTED_SURNAME = 5
_CONTRACTION = re.compile(r"['’](?:ll|ve|re|d|s|m|t)$|n['’]t$")
_TURN_END = re.compile(r"[ \t]*[.!?]?[ \t]*$")


def name_goes_on(text: str, end: int) -> int:
    """Where a found name ending at ``end`` really ends: past a surname said after a filler
    or particles ("nkechi uh okoro-lindahl", "khadija el idrissi") or a surname that is no
    English word ("sharon delacroix"); else ``end``."""
    m = _NAME_GOES_ON.match(text, end)
    if not m:
        return end
    word = m.group("word")
    low = fold(word)
    if len(low) < 3 or NOT_NAME_WORD.fullmatch(low) or _CONTRACTION.search(low):
        return end  # "flo we'll send someone": a contraction is no surname
    lex = lexicon()
    listed = low in lex.lasts and not lex.is_word(low)
    unlisted = len(low) >= _MIN_UNLISTED_SURNAME and not lex.is_word(low)
    hyphened = "-" in low and all(
        len(p) >= 3 and (p in lex.lasts or not lex.is_word(p)) for p in low.split("-")
    )
    if m.group("particles") and not (listed or unlisted or lex.is_name(low)):
        return end
    before = fold(text[:end].rsplit(None, 1)[-1]) if text[:end].strip() else ""
    # "sharon delacroix": a noun that is nothing else, ending the turn after a first name
    proper = (
        not m.group("particles")
        and before in lex.firsts
        and lex.is_only_noun(low)
        and _intro_surname(low, text, m.end("word"), lex)
        and _TURN_END.match(text, m.end("word"))
    )
    if not (listed or unlisted or hyphened or proper):
        return end
    if word[:1].islower() and not text.islower() and not text.isupper():
        return end  # a turn written with capitals would give the surname one
    return m.end("word")


# What a name is part of when a place or thing follows it: "Curtis Elementary", "Franklin
# High", "the Edmonds terminal", "Brown leather", "saint paul pet clinic", "Willow Creek
# Estates"; the school a child attends ("kindergarten at maple grove").
_THING_AFTER = re.compile(
    r"[ \t]+(?:elementary|middle[ \t]+school|high(?![ \t]+(?:five|up|on|and|enough|as|so)\b)|"
    r"junior[ \t]+high|primary[ \t]+school|academy|montessori|preschool|"
    r"terminal|ferry[ \t]+dock|leather|suede|(?:pet|animal|vet)[ \t]+(?:clinic|hospital)|"
    r"estates|subdivision)\b",
    re.IGNORECASE,
)
_THING_WORDS = frozenset({"elementary", "high", "middle", "academy", "estates", "terminal"})
# A product or a business's premises named after a word or a person: "the Sweet Rose
# bouquet", "the Brenton Building", "at the Harlow Street store", "our Everett shop"; the
# article before it says a thing is meant ("the Garcia wedding", "tell Rose the bouquet
# is ready" stay names).
_PREMISES_BEFORE = re.compile(
    r"\b(?:the|our|your)[ \t]+(?:(?-i:\p{Lu})\p{L}+[ \t]+)?$", re.IGNORECASE
)
_PREMISES_AFTER = re.compile(
    r"[ \t]+(?:bouquet|arrangement|wreath|basket|building|tower|plaza|store|shop|mall|"
    r"showroom|warehouse|branch|location)s?\b",
    re.IGNORECASE,
)


def _premises(text: str, hit: Hit) -> bool:
    """A name that is a product's or a building's: "the Sweet Rose bouquet"."""
    if not _PREMISES_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return False
    words = text[hit.start : hit.end].split()
    # (the thing's word taken into the span: "the ##Whitcomb Building##")
    inside = len(words) > 1 and bool(_PREMISES_AFTER.fullmatch(" " + words[-1]))
    return inside or bool(_PREMISES_AFTER.match(text, hit.end))


_SCHOOL_BEFORE = re.compile(
    r"\b(?:kindergarten|preschool|pre-k|(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|\d+(?:st|nd|rd|th))[ \t]+grade)[ \t]+at[ \t]+$",
    re.IGNORECASE,
)


# A church or a school named after a saint or a title: "Saint Anthony of Padua parish",
# "St. Rose of Lima", "Our Lady of Lourdes", "Mary Queen of Peace", "UC Davis".
_LADY_OF_BEFORE = re.compile(r"\b(?:our[ \t]+lady|queen)[ \t]+of[ \t]+$", re.IGNORECASE)
_QUEEN_OF_AFTER = re.compile(r"[ \t]+of[ \t]+\p{L}", re.IGNORECASE)
_QUEEN_AFTER = re.compile(r"[ \t]+queen[ \t]+of[ \t]+\p{L}", re.IGNORECASE)
_CAMPUS_BEFORE = re.compile(r"\b(?:uc|cu|suny|cuny|unc|usc)[ \t]+$", re.IGNORECASE)
# What makes a saint's name a church: a word of the church after it ("Saint Anthony of
# Padua parish", "St. Joseph's", "st john the evangelist") or the answering greeting
# ("Good morning, St. Rose of Lima, Patricia speaking"); else it may be a surname.
_CHURCH_AFTER = re.compile(
    rf"['’]s\b|(?:[ \t,]+[\p{{L}}.]+){{0,4}}?[ \t]+(?:{CHURCH_WORDS}|"
    r"school|academy|hospital|college|university|clinic|center|centre|pharmacy|cemetery|"
    r"elementary|"
    r"the[ \t]+(?:evangelist|apostle|baptist))\b",
    re.IGNORECASE,
)
_GREETING_BEFORE = re.compile(
    r"\W*(?:(?:good[ \t]+(?:morning|afternoon|evening)|hello|hi|thank(?:s|[ \t]+you)[ \t]+"
    r"for[ \t]+calling|welcome[ \t]+to)\W*)+",
    re.IGNORECASE,
)
_SURNAME_ORG_WORDS = frozenset(("parish", "church", "chapel"))
_WORD_BEFORE = re.compile(r"(\p{L}+)[ \t]+$")
# A person's own "St.": "Mr. St. John", "Karen St. Clair", "last name is st. clair" (a
# title, a capitalised name or a name cue before it).
_PERSON_BEFORE_SAINT = re.compile(
    r"(?:\b(?:mr|mrs|ms|miss|mister|missus|dr|doctor)\.?|(?-i:\p{Lu}\p{Ll}+)|"
    # (an answer, "it's saint kizito" to a security question, is kept as said)
    r"\b(?:name|surname)(?:[ \t]+is|'s|’s)?|\b(?:it's|its|it’s|it[ \t]+is|that's|thats))[ \t]+$",
    re.IGNORECASE,
)


def _church_or_firm(text: str, hit: Hit) -> bool:
    """A PERSON span that names a church or a campus (see SAINT_BEFORE), or a firm by a
    word of its trade inside the span ("BrightPath Home Care", "Ashley HomeStore"); a
    name the caller was asked for or cued to give keeps its words."""
    if hit.recognizer == "ConversationContext":
        return False
    value = text[hit.start : hit.end]
    saint = (
        SAINT_BEFORE.search(text, max(0, hit.start - 8), hit.start)
        or SAINT_NAMED.match(text, hit.start)  # ("St" alone, widened to "St. Rose" later)
        or SAINT_NAMED.search(text, hit.start, hit.end)
    )
    if saint:
        # ("rebill St. Joseph's": a word taken with the saint's name, no person's)
        if _PERSON_BEFORE_SAINT.search(text, max(0, saint.start() - 20), saint.start()):
            return False
        # ("maria st james", "john st john": a first name before it makes it a surname)
        before = _WORD_BEFORE.search(text, max(0, saint.start() - 20), saint.start())
        if before and lexicon().is_name(fold(before.group(1))):
            return False
        return bool(
            value.endswith(("'s", "’s"))
            or _CHURCH_AFTER.match(text, hit.end)
            or _GREETING_BEFORE.fullmatch(text, 0, saint.start())
        )
    if _LADY_OF_BEFORE.search(text, max(0, hit.start - 16), hit.start):
        return True
    words = [fold(w.strip(" ,.?!")) for w in value.split()]
    if (words and words[-1] == "queen" and _QUEEN_OF_AFTER.match(text, hit.end)) or (
        _QUEEN_AFTER.match(text, hit.end)
    ):
        return True  # "Mary Queen of Peace"
    if _CAMPUS_BEFORE.search(text, max(0, hit.start - 6), hit.start):
        return True
    return (
        len(words) > 1
        and hit.recognizer not in _ASKED_OR_CUED
        # ("Mary Parish", "Anna Church": surnames, not a church without a saint)
        and any(w in ORG_WORDS and w not in _SURNAME_ORG_WORDS for w in words[1:])
    )


def without_churches(norm: NormalizedText, hits: list[Hit]) -> list[Hit]:
    """The hits less PERSON spans naming a church, a campus or a firm (_church_or_firm),
    run again after propagation, which finds the name a second time."""
    return [
        hit
        for hit in hits
        if hit.entity != "PERSON"
        or not _church_or_firm(norm.original if hit.original else norm.text, hit)
    ]


def without_things(norm: NormalizedText, hits: list[Hit]) -> list[Hit]:
    """The hits less the PERSON spans that name a school, a place or a thing by the word
    after them ("Jefferson Elementary", "the Edmonds terminal") or the school before
    them ("kindergarten at maple grove")."""
    out = []
    for hit in hits:
        if hit.entity == "PERSON":
            text = norm.original if hit.original else norm.text
            words = text[hit.start : hit.end].split()
            last = fold(words[-1].strip(" ,.?!")) if words else ""
            if (
                _THING_AFTER.match(text, hit.end)
                # ("my name is john high": a cued name keeps its surname)
                or (
                    len(words) > 1 and last in _THING_WORDS and hit.recognizer not in _ASKED_OR_CUED
                )
                or _SCHOOL_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                or _church_or_firm(text, hit)
                or _premises(text, hit)
            ):
                continue
        out.append(hit)
    return out


# A name broken or cut by a bad line: "Richard M-- ", "kristine [inaudible] dleton",
# "Cody R [inaudible] rez", "It's Co (inaudible) son". The noise tags the transcript
# writes where the line drops.
_NOISE_TAG = rf"(?:{NOISE_TAG}|\.\.\.+|…|--+|—)"
# a tag, or a cut one ("paul  [inaudible"), inside a span
_NOISE_IN = re.compile(r"[ \t]*(?:[\[(]|\.\.\.|…|--|—)")
# an initial or a word cut short (up to four letters) ending the turn or a tag: "M--",
# "p ", "Co... ", "R [inaudible]"
_CUT_PIECE = re.compile(
    rf"[ \t]+(?P<piece>\p{{L}}|\p{{L}}{{2,4}}(?={_NOISE_TAG}))"
    rf"(?=[ \t]*(?:{_NOISE_TAG}|\.?[ \t]*$))",
    re.IGNORECASE,
)
# the fragment of the name said after a tag, ending the turn: "… dleton", "... ri gomez"
_AFTER_TAG = re.compile(
    rf"[ \t]*{_NOISE_TAG}[ \t]*(?P<frag>\p{{L}}[\p{{L}}'’]*(?:[ \t]+\p{{L}}[\p{{L}}'’]*)?)"
    r"[ \t]*[.!,]?[ \t]*$",
    re.IGNORECASE,
)
# what marks a turn as giving the speaker's name, when no name question is pending
_NAME_CUE_BEFORE = re.compile(
    r"\b(?:my[ \t]+name[ \t]+is|name['’]s|this[ \t]+is|it['’]?s|it[ \t]+is|i['’]m)[ \t]+$",
    re.IGNORECASE,
)
# a whole answer cut in the middle of the name: "It's Co (inaudible) son"
_CUT_ANSWER = re.compile(
    r"^[ \t]*(?:(?:yeah|yes|yep|sure|okay|ok|uh|um|hi)[ \t]*[,.]?[ \t]+)?"
    r"(?:(?:it['’]?s|it[ \t]+is|this[ \t]+is|my[ \t]+name[ \t]+is|i['’]m)[ \t]+)?"
    rf"(?P<a>\p{{L}}[\p{{L}}'’]*)(?=[ \t]*{_NOISE_TAG})",
    re.IGNORECASE,
)
_NOT_CUT_NAME = frozenset(
    [
        "yes",
        "yeah",
        "yep",
        "no",
        "nope",
        "sorry",
        "hello",
        "hi",
        "um",
        "uh",
        "okay",
        "ok",
        "it",
        "its",
        "is",
        "the",
        "a",
        "my",
        "name",
        "what",
        "sure",
        "well",
        "so",
        "and",
        "but",
        "i",
        "i'm",
        "it's",
        "this",
        "that",
        "hold",
        "wait",
        "thanks",
        "thank",
        "you",
        "please",
        "right",
        "correct",
        "there",
        "here",
        "again",
        "speaking",
        "calling",
        "sir",
        "maam",
        "ma'am",
        "hey",
    ]
)


def _cut_fragment(m: re.Match | None) -> tuple[int, int] | None:
    """The span of a fragment after a tag, unless a word of it is a courtesy or filler
    ("Sarah ... thanks"): those stay readable."""
    if m is None or any(fold(w) in _NOT_CUT_NAME for w in m.group("frag").split()):
        return None
    return (m.start("frag"), m.end("frag"))


def _trimmed_at_noise(text: str, start: int, end: int) -> int:
    """Where a name span ends when a noise tag got inside it ("paul  [inaudible"): the tag
    is no part of the name."""
    m = _NOISE_IN.search(text, start, end)
    if m is None or m.start() <= start:
        return end
    # (only a tag that ends the span: "Mary... Smith" and "paul [inaudible] evans" keep
    # the surname said after it)
    if not _TAG_TAIL.fullmatch(text, m.start(), end):
        return end
    return m.start()


_TAG_TAIL = re.compile(r"[ \t]*(?:[\[(][ \t]*\p{L}*[ \t]*[\])]?|\.\.\.+|…|--+|—)[ \t]*")


def cut_name_pieces(
    text: str, persons: list[tuple[int, int]], answer: bool
) -> tuple[dict[tuple[int, int], tuple[int, int]], list[tuple[int, int]]]:
    """The name spans of a turn fixed for a bad line: each trimmed at a noise tag inside
    it and grown over the initial or cut word after it ("Richard M--"), and the new spans
    of the fragments said after a tag to end the turn ("kristine [inaudible] dleton").
    Only in the answer to a name question or after a name cue ("my name is"); a fragment
    must end the turn, so the words of a next clause stay ("Jasmin M-- and my account")."""
    grown: dict[tuple[int, int], tuple[int, int]] = {}
    added: list[tuple[int, int]] = []
    for start, end in persons:
        if not (answer or _NAME_CUE_BEFORE.search(text, max(0, start - 16), start)):
            continue
        new_end = _trimmed_at_noise(text, start, end)
        m = _CUT_PIECE.match(text, new_end)
        if m:
            new_end = m.end("piece")
        if new_end != end:
            grown[(start, end)] = (start, new_end)
        frag = _cut_fragment(_AFTER_TAG.match(text, new_end))
        if frag:
            added.append(frag)
    m = _CUT_ANSWER.match(text) if answer else None
    if m and fold(m.group("a")) not in _NOT_CUT_NAME:
        first = (m.start("a"), m.end("a"))
        frag = _cut_fragment(_AFTER_TAG.match(text, m.end("a")))
        if frag and not any(s < first[1] and first[0] < e for s, e in persons):
            added.extend((first, frag))
    return grown, added
