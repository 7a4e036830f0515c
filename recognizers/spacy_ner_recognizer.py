"""PERSON and LOCATION from the spaCy model's named-entity recogniser.

spaCy runs once per batch of turns in ``CallAnalyzer`` (``nlp.pipe``); this recognizer
only turns a parsed ``Doc`` into results, so it never calls the model itself.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.base import BRANDS, HONORIFIC
from recognizers.name_gazetteer_recognizer import (
    PRODUCT_AFTER,
    SPELLING_BEFORE,
    field_label_symbol,
    spanish_words,
    street_or_town,
)
from recognizers.place_context import elsewhere, hospital, named_person
from recognizers.spoken_person_recognizer import (
    FOUNDER_FIRM_AFTER,
    NOT_NAME,
    RANK,
    firm_before_agent,
    fold,
    foreign_prompt,
    lexicon,
    organisation,
    site,
    wordset,
)

# Brand names and forms of address the small model mistakes for people.
_NOT_PEOPLE = frozenset(
    {
        "visa",
        "mastercard",
        "amex",
        "discover",
        "paypal",
        "venmo",
        "zelle",
        "sir",
        "ma'am",
        "madam",
        "mm",
        "hmm",
        "mm-hmm",
        "uh",
        "um",
        "okay",
        "ok",
        "cvv",
        "pin",
        "ssn",
    }
)


_NOT_NAME_WORD = re.compile(NOT_NAME, re.IGNORECASE)
_CALL_WORDS = frozenset(
    {"zip", "code", "expiry", "expiration", "date", "security", "social", "routing",
     "email", "address", "balance", "billing", "payment", "pin", "password", "birth",
     "cvv", "ssn", "dob", "member", "policy", "id", "digits", "digit", "street", "city",
     "state", "please", "checking", "savings", "debit", "credit", "verification", "mm",
     "vin", "iban", "swift", "bic", "npi", "mrn", "ein", "itin", "imei", "ssid", "rx", "bin",
     "pcn", "copay", "co-pay", "deductible", "coinsurance", "premium"}
)  # fmt: skip


class SpacyNerRecognizer(EntityRecognizer):
    """Maps spaCy entity labels to Presidio entities (PERSON <- PERSON, LOCATION <- GPE/LOC)."""

    LABELS: ClassVar[dict[str, str]] = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
    SCORES: ClassVar[dict[str, float]] = {"PERSON": 0.85, "LOCATION": 0.5}

    def __init__(self, labels: dict[str, str] | None = None):
        self.labels = dict(self.LABELS if labels is None else labels)
        super().__init__(
            supported_entities=sorted(set(self.labels.values())),
            name=type(self).__name__,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the model is shared with the analyzer."""

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Presidio entry point: results from ``nlp_artifacts.entities`` (spaCy spans)."""
        if nlp_artifacts is None:
            return []
        return self.from_spans(text, nlp_artifacts.entities)

    def from_spans(self, text: str, spans) -> list[RecognizerResult]:
        """Results for spaCy entity spans over ``text``."""
        results = []
        for span in spans:
            entity = self.labels.get(span.label_)
            if entity is None:
                continue
            start, end = span.start_char, span.end_char
            if entity in ("PERSON", "LOCATION"):
                cleaned = _clean(text, start, end, entity)
                if cleaned is None:
                    continue
                entity, start, end = cleaned
            if _SPELLING_EXAMPLE.search(text, max(0, start - 12), start):
                continue  # "O as in Ocean", "I as in Ida": the word that says a letter
            value = text[start:end].strip(" .,'\"")
            if len(value) < 2 or not any(c.isalpha() for c in value):
                continue
            if value.lower() in _NOT_PEOPLE or value.lower().split()[0] in _NOT_PEOPLE:
                continue
            if entity in ("PERSON", "LOCATION") and all(
                _NOT_NAME_WORD.fullmatch(w) or _bare(w) in _CALL_WORDS for w in value.split()
            ):
                continue  # "Expiry", "zip code", "Social": call-centre vocabulary, not PII
            results.append(
                RecognizerResult(
                    entity,
                    start,
                    end,
                    self.SCORES.get(entity, 0.6),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name},
                )
            )
        return results


# The word that says a spelled letter: "O as in Ocean", "m like Mary", "b for Boston".
_SPELLING_EXAMPLE = re.compile(
    r"(?<![\p{L}'’])(?:\p{L}[ \t]*,?[ \t]+as[ \t]+in|(?![ia][ \t])\p{L}[ \t]*,?[ \t]+(?:like|for))"
    r"[ \t]+$",
    re.IGNORECASE,
)  # not "I like Paris", "a flight for Boston"


def _bare(word: str) -> str:
    """A word without its possessive or contraction: "code's" -> "code" (spoken "zip code's
    94103" is "zip code is")."""
    low = word.lower().strip('.,;:!?"')
    for suffix in ("'s", "’s"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


# Units and sizes the model calls people: "500 Mbps", "20 GB".
_UNITS = wordset("mbps kbps gbps mb gb tb kb ghz mhz mg ml mcg kg lbs lb oz mph kwh kw")
# A state or a country on its own does not identify anyone (HIPAA safe harbour keeps
# states); cities and street addresses stay redacted. "New York" and "Washington" are
# cities as often, so they stay.
_REGIONS = frozenset(
    fold(n)
    for n in (
        *__import__("faker.providers.address.en_US", fromlist=["Provider"]).Provider.states,
        *__import__("faker.providers.address.en_US", fromlist=["Provider"]).Provider.countries,
        "usa", "us", "america", "united states", "the united states", "uk", "england",
        "scotland", "wales", "puerto rico", "guam", "europe", "asia", "africa",
    )
) - {"new york", "washington"}  # fmt: skip
# A code's name said right after the caller's name: "raymond tso pin is 0911".
_CODE_WORDS = wordset("pin pins ssn dob zip vin imei otp passcode")
_TITLE = re.compile(rf"^(?:dr|mr|mrs|ms|mx|doctor|mister|missus|{RANK})\.?\s+", re.IGNORECASE)
# Pets are no PII: "my dog, Max", "the cat, Oliver?", "I've got Max, 9-year-old lab".
PET = (
    r"(?:dog|dogs|cat|cats|puppy|pup|kitten|kitty|pet|pets|horse|pony|bird|parrot|rabbit|"
    # (a horse by its sex: "my mare Willow", "the gelding")
    r"horses|ponies|mares?|geldings?|stallions?|fill(?:y|ies)|foals?|donkeys?|mules?|"
    r"bunny|hamster|guinea pig|labrador|retriever|terrier|poodle|doodle|beagle|bulldog|"
    r"shepherd|husky|chihuahua|dachshund|spaniel|pug|tabby)"
)
PET_BEFORE = re.compile(
    rf"\b{PET}(?:'s name is|'s name's| named| called| is named|,)?[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
PET_AFTER = re.compile(
    rf"^(?:'s|’s)?[ \t]*,?[ \t]+"
    rf"(?:(?:it|he|she)(?:[ \t]+(?:was|is)|'s|’s)[ \t]+)?"  # "Tsotsi, it was a dog"
    rf"(?:(?:a|an|the|our|my|your|his|her)[ \t]+)?"
    rf"(?:\d+[- ](?:year|month|week)[- ]old[ \t]+|(?:little|old|young|senior)[ \t]+)?"
    rf"(?:{PET}|lab)\b",
    re.IGNORECASE,
)
_RELATION_WORDS = wordset(
    """husband wife partner spouse son daughter mother father mom dad mum brother sister
    boyfriend girlfriend grandmother grandfather grandma grandpa aunt uncle cousin niece
    nephew friend baby kid child"""
)
# What follows a programme, brand or vehicle name, not a person: "your Aeroplan number",
# "Texas license", "Hendricks Logistics", "kaiser member services".
_PRODUCT_AFTER = re.compile(
    r"(?:[ \t]+(?:number|numbers|#|points|miles|rewards|membership|status|license|licence|"
    r"plate|tag|llc|inc|ltd|corp|co|logistics|services|solutions|systems|technologies|"
    r"consulting|partners|associates|holdings|industries|enterprises|insurance|financial|"
    r"capital|motors|title|escrow|member|members|health|healthcare|medical|dental|"
    r"pharmacy|bank|law|legal|wireless|airlines?|hotels?|energy|electric|plan|loan|loans|"
    r"mortgage|lease|policy|app|subscription|warranty|marketplace|delivery|outfitters|"
    r"furniture|realty|lending|credit|card|cards|store|stores|shop|brand|"
    # a founder's firm: "Burke Tax & Accounting", "Duarte Telecom", "Okoro Trucking"
    rf"{FOUNDER_FIRM_AFTER})\b)",
    re.IGNORECASE,
)
# A vehicle or a product after its year: "2017 Ford Ranger", "2019 Honda Civic".
# A thing bought, after its maker or model: "a Halden three-seat sofa", "an Everly
# recliner", "the Marlow queen bed frame".
_ITEM_AFTER = re.compile(
    r"[ \t]+(?:[\w]+-[\w]+[ \t]+|(?:queen|king|twin|full|leather|fabric|velvet|corner|"
    r"sleeper|reclining|sectional|storage|standing|dining|coffee|office)[ \t]+){0,2}"
    r"(?:sofa|couch|sectional|loveseat|recliner|sleeper|mattress|bed|frame|headboard|dresser|"
    r"table|chair|chairs|desk|bookcase|cabinet|ottoman|rug|lamp|stand|wardrobe|bench|"
    r"stool|stools|set|model|series|edition|collection|range|unit|kit)s?\b",
    re.IGNORECASE,
)
# A public office named by its county or city: "delmar county tax collector's office",
# "the Fulton County clerk", "Travis county appraisal district".
_AGENCY_AFTER = re.compile(
    r"(?:[ \t]+(?:city|county|town|village|borough|parish|township|tax|property|vehicle|"
    r"motor|public|health|human|social|appraisal|"
    r"assessor's|clerk's|collector's|recorder's|treasurer's|sheriff's|court|superior|"
    r"municipal|probate|family|district|school|water|sanitation|transit|housing|parks|"
    r"elections?|registrar's|licensing|permit|permits|planning|revenue|services))*[ \t]+"
    r"(?:office|offices|department|dept|court|clerk|collector|assessor|sheriff|treasurer|"
    r"recorder|registrar|agency|authority|commission|board|district|library|utilities|"
    r"administration)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d{2}[ \t]+$")
# The company answering: "GEICO, this is Brandon", "saint luke's patient billing this is
# omar", "The Hartford workers' comp, this is Jerome".
_OPENING_AFTER = re.compile(
    r"[^?!\d]{0,40}?\b(?:this is|my name is|my name's|you've reached|you have reached|"
    r"this call (?:may|will|is)|[^\W\d_]+ speaking)\b",
    re.IGNORECASE,
)
_GREETING_BEFORE = re.compile(
    r"[ \t]*(?:(?:good (?:morning|afternoon|evening)|hi|hello|thank you for calling|"
    r"thanks for calling)[ \t,]*)+",
    re.IGNORECASE,
)
# A company after an agent's name: "this is Dominique with Cigna".
_AGENT_WITH = re.compile(
    r"\b(?:this is|i'm|i am|my name is)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,?[ \t]+"
    r"(?:with|from|at|over at|here at)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# The answerer's own name after the firm that opens the call: "Sunrise Glen, Kayla speaking".
_ANSWERER_AFTER = re.compile(
    r"[ \t]*,[ \t]*[^\W\d_]+(?:-[^\W\d_]+)?[ \t]+speaking\b", re.IGNORECASE
)
# ... or the name alone after it: "Heritage Oaks, Lorraine."
_NAME_AFTER = re.compile(r"[ \t]*,[ \t]*([^\W\d_]+)[ \t]*[.!,](?:[ \t]|$)")
_TOKEN = re.compile(r"[^\s]+")
# An article or a possessive before one word: a thing, not a person ("the vin").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|your|our|their|my)[ \t]+$", re.IGNORECASE
)


_SPEAKING_AFTER = re.compile(r"[ \t]+speaking\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|my|your|our|their|his|her)[ \t]+$", re.IGNORECASE)
# The company answering with a question: "COVERWELL MARKETPLACE, HOW CAN I HELP?"
_HELP_AFTER = re.compile(
    r"[^.?!\d]{0,30}?\bhow (?:can|may|might) (?:i|we) (?:help|assist|direct)\b", re.IGNORECASE
)


def _possessive(word: str) -> bool:
    """ "saint luke's", "Macy's": a place named after someone."""
    return word.lower().endswith(("'s", "’s"))


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words: the model stops at a hyphen or an accent
    ("Hyun" of "Hyun-woo")."""
    while start > 0 and (
        text[start - 1].isalpha()
        or (text[start - 1] in "-'’" and start > 1 and text[start - 2].isalpha())
    ):
        start -= 1
    while end < len(text) and (
        text[end].isalpha()
        or (text[end] in "-'’" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    return start, end


def _vocabulary(word: str, text: str, lex) -> bool:
    """A word that is no part of a name here: call vocabulary, a relation, an acronym or
    a lower-case English word that is not a listed name."""
    bare = word.strip('.,;:!?"()')
    low = fold(bare)
    if not low or _NOT_NAME_WORD.fullmatch(low) or low in _RELATION_WORDS or low in _CALL_WORDS:
        return True
    if lex.is_name(low):
        return False
    if bare.isupper() and not text.isupper() and len(bare) <= 5:
        return True  # "MRN", "WAN", "BIN"
    return lex.is_word(low)


def _clean(text: str, start: int, end: int, entity: str) -> tuple[str, int, int] | None:
    """The span as a name or a place, or ``None`` when the model's span names neither."""
    lex = lexicon()
    start, end = _word_bounds(text, start, end)
    # the span starts the turn ("the Hartford", "GEICO", "good afternoon whitaker …")
    opening = start <= 4 or bool(_GREETING_BEFORE.fullmatch(text, 0, start))
    title = _TITLE.match(text[start:end])
    if title:
        entity, start = "PERSON", start + title.end()  # "Dr Sunderland" as a place
    tokens = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]
    shouting = text.isupper()

    def strippable(word: str) -> bool:
        low = fold(word.strip('.,;:!?"()'))
        if _NOT_NAME_WORD.fullmatch(low) or low in _RELATION_WORDS:
            return True
        if low in _CODE_WORDS and (word.islower() or shouting):
            return True  # "ray tso pin is oh nine": the code asked next
        return entity == "PERSON" and (word.islower() or shouting) and _vocabulary(word, text, lex)

    # Words around the name that are no part of it: "daughter kiara", "brenda am".
    # "vin colon v j two": a label read off a card, then what it labels
    while len(tokens) > 1 and field_label_symbol(text, tokens[0][0], tokens[1][1]):
        tokens = tokens[2:]
    while tokens and strippable(text[tokens[0][0] : tokens[0][1]]):
        tokens.pop(0)
    while tokens and strippable(text[tokens[-1][0] : tokens[-1][1]]):
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    if foreign_prompt(text, start, end):
        return None  # "Para español, press 7" as a person or a place
    if entity == "PERSON" and _SPEAKING_AFTER.match(text, end):
        start = firm_before_agent(text, start, end)  # "good morning transunion dana speaking"
    value = text[start:end].strip(" .,'\"")
    words = value.split()
    folded = fold(value)
    if any(c.isdigit() for c in value) or folded in _UNITS:
        return None  # "Clearpath-5G", "Mbps"
    if entity == "PERSON" and _not_a_person(text, start, end, words):
        return None
    if any(fold(w) in BRANDS for w in words):
        return None  # "a charge at netflix", "the 2009 Nissan Altima"
    if entity == "LOCATION" and (folded in _REGIONS or folded.removeprefix("the ") in _REGIONS):
        return None
    if entity == "LOCATION" and _not_a_home(text, start, end, words, lex):
        return None
    if any(lex.is_name(w) for w in words) and not (
        _PRODUCT_AFTER.match(text, end) and len(words) == 1 and fold(words[0]) not in lex.firsts
    ):
        named = True
    else:
        named = False
    if entity == "LOCATION" and _AGENCY_AFTER.match(text, end):
        return None  # "delmar county tax collector's office": an office, not an address
    if (
        len(words) == 1
        and _ARTICLE_BEFORE.search(text, 0, start)
        and (_ITEM_AFTER.match(text, end) or _PRODUCT_AFTER.match(text, end))
    ):
        return None  # "a Halden three-seat sofa"
    if _YEAR_BEFORE.search(text, 0, start):
        return None  # "2017 Ford Ranger"
    if organisation(text, start, end) or site(text, start, end):
        return None  # "Bay Area Legal Aid", "Whitaker Property Group", "Parks and Rec"
    if (
        entity == "PERSON"
        and (
            PET_BEFORE.search(text, max(0, start - 30), start)
            or PET_AFTER.match(text[end : end + 40])
            or PRODUCT_AFTER.match(text[end : end + 14])  # "the Calvin Klein comforters"
            or SPELLING_BEFORE.search(text[max(0, start - 9) : start])  # "D as in David"
        )
    ):
        return None  # "my dog, Max"
    if entity == "PERSON" and len(words) == 1 and _DETERMINER_BEFORE.search(text, 0, start):
        return None  # "and the vin please", "your chase": a name takes no article
    if (
        entity == "PERSON"
        and len(words) > 1
        and not lex.is_name(words[-1])
        and lex.is_word(fold(words[-1]))
        and fold(words[0]) not in lex.firsts
        and all(lex.is_word(fold(w)) for w in words)
    ):
        return None  # "charges from Best Buy", "the Home Depot": English words, no surname
    if entity == "PERSON" and len(words) == 1 and words[0].islower():
        low = fold(words[0])
        if lex.is_modifier(low) or (not text.islower() and lex.is_word(low)):
            return None  # "golden doodle"; "The max is $3,800" in a turn written with capitals
    if opening and _ANSWERER_AFTER.match(text, end):
        return None  # "Sunrise Glen, Kayla speaking": the firm before the answerer's name
    answerer = _NAME_AFTER.match(text, end)
    if opening and entity == "LOCATION" and answerer and fold(answerer[1]) in lex.firsts:
        return None  # "Heritage Oaks, Lorraine. How can I help?": the firm, then the answerer
    if not named or len(words) == 1:
        if _PRODUCT_AFTER.match(text, end) and not text[end:].startswith("'"):
            return None
        if _AGENT_WITH.search(text, 0, start):
            return None
        if (
            opening
            and (_OPENING_AFTER.match(text, end) or (not title and _HELP_AFTER.match(text, end)))
            and not (len(words) == 1 and fold(words[0]) in lex.firsts and not _possessive(words[0]))
        ):
            return None
    # A place named like a common noun stays ("Reading", "denver"); a verb, an adverb or
    # a plural is no place ("kinda", "Refunds"), and English words are no person.
    if (
        not named
        and all(_vocabulary(w, text, lex) for w in words)
        and (entity == "PERSON" or not any(lex.is_noun(fold(w)) for w in words))
    ):
        return None  # "M. Network", "Refunds", "kinda"
    return entity, start, end


# A sum said right after the word: "Copay is $28.98", "Klarna, £180": a charge, not a person.
_AMOUNT_AFTER = re.compile(
    r"[ \t]*[,:]?[ \t]*(?:(?:is|was|are|were|comes to|costs?|of|at)[ \t]+)?"
    r"(?:[$£€]|\d[\d,.]*[ \t]*(?:dollars|pounds|euros|bucks|percent|%)"
    r"|(?:[a-z-]+[ \t]+){1,4}(?:dollars|pounds|euros|bucks)\b)",
    re.IGNORECASE,
)
# A first name that is also a verb, said as an order: "Bill it all to the account", "Mark
# the claim closed", "Grant them access".
_VERB_FIRSTS = wordset("bill mark grant sue rob pat will drew chase jack bob")
_ORDER_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:it|them|that|this|these|those|the|a|an|my|our|his|her|their|me|us|everything|"
    r"all)\b",
    re.IGNORECASE,
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][ \t]+|(?:please|okay|ok|yes|so)[ \t,]+)$", re.IGNORECASE)
# Days named for a holiday: "runs Memorial Day through Labor Day", "closed on Boxing Day".
_HOLIDAY_WORDS = wordset(
    """memorial labor labour independence veterans veteran's veterans' presidents president's
    presidents' columbus thanksgiving christmas boxing year's mother's father's valentine's
    patrick's groundhog election canada australia anzac victoria remembrance armistice
    juneteenth emancipation family civic bank"""
)
# Generic drug names by their class ending: "rosuvastatin", "lisinopril", "metoprolol".
_DRUG_ENDING = re.compile(
    r"\p{L}{3,}(?:statin|pril|sartan|olol|dipine|formin|prazole|conazole|cillin|mycin|"
    r"floxacin|tidine|azepam|zolam|oxetine|triptan|afil|gliptin|gliflozin|glutide|lukast|"
    r"semide|thiazide|profen|codone|morphone|caine|dronate|parin|xaban|gatran|lamide|"
    r"tadine|setron|mab|nib)",
    re.IGNORECASE,
)


# Languages the model takes for people: "Twi and Ewe", "doesn't speak much English".
_LANGUAGES = wordset(
    """english spanish french korean vietnamese twi ewe tagalog mandarin cantonese arabic
    somali amharic tigrinya russian polish portuguese creole hindi urdu punjabi farsi dari
    pashto swahili yoruba igbo hausa akan japanese german italian greek turkish ukrainian
    bengali gujarati nepali burmese hmong khmer lao thai haitian"""
)
_TITLE_BEFORE = re.compile(rf"\b(?:{HONORIFIC})\.?[ \t]+$", re.IGNORECASE)


def _not_a_person(text: str, start: int, end: int, words: list[str]) -> bool:
    """Spans the model calls a person that are a charge, an order, a holiday, a drug or a
    language."""
    low = [fold(w.strip(".,;:!?")) for w in words]
    if all(w in _LANGUAGES for w in low) and not _TITLE_BEFORE.search(text, 0, start):
        return True  # "Twi and Ewe"; "Mr. English" stays
    if spanish_words(text, start, end):
        return True  # "¿Me pueden llamar?": Spanish speech
    if len(low) == 1 and street_or_town(text, start):
        return True  # "the station on Forbes", "we service Henderson"
    if len(low) == 1 and _AMOUNT_AFTER.match(text, end) and not lexicon().is_name(low[0]):
        return True  # "Copay is $32.83", "Klarna, £180"
    if (
        len(low) == 1
        and low[0] in _VERB_FIRSTS
        and _SENTENCE_OPEN.search(text, 0, start)
        and _ORDER_OBJECT_AFTER.match(text, end)
    ):
        return True  # "Bill it all to the account"
    if len(low) > 1 and low[-1] in ("day", "eve") and low[-2] in _HOLIDAY_WORDS:
        return True  # "Memorial Day", "Labor Day"
    after = _DAY_AFTER_HOLIDAY.match(text, end)
    if len(low) == 1 and after and low[0] in _HOLIDAY_WORDS:
        return True  # "Memorial" of "Memorial Day" alone
    return len(low) == 1 and bool(_DRUG_ENDING.fullmatch(low[0]))  # "and rosuvastatin"


_DAY_AFTER_HOLIDAY = re.compile(r"[ \t]+(?:day|eve)\b", re.IGNORECASE)


# Where a trip or a payment goes is not where the caller lives: "my flight to Denver",
# "studying abroad in Seville", "a wire to my supplier in Berlin".
_TRIP_BEFORE = re.compile(
    r"(?:\b(?:trip|travel|travell?ing|vacation|holiday|"
    r"going|headed|heading|abroad)[ \t]+(?:back[ \t]+)?(?:to|in)"
    r"|\bwire\b[^.?!]{0,40}\b(?:in|to))[ \t]+$",
    re.IGNORECASE,
)


# Parcel carriers the model takes for places: "FedEx won't leave it".
_CARRIERS = wordset("fedex ups usps dhl ontrac purolator")


def _not_a_home(text: str, start: int, end: int, words: list[str], lex) -> bool:
    """A place the model found that names nobody's home: a trip's destination, a payee's
    city, an acronym ("the VA form", "our RA") or an English word written in lower case
    in a turn with capitals ("the sheet set in grey")."""
    if _TRIP_BEFORE.search(text, max(0, start - 60), start):
        return True
    if elsewhere(text, start, end) or hospital(text, start, end):
        return True  # "my flight to Denver", "our Tucson facility", "Dr. Andrews at St. Mary's"
    if named_person(text, start, end, lex.firsts):
        return True  # "This is Keisha.", "Colin speaking": the agent's name, no town
    low = [fold(w.strip(".,;:!?")) for w in words]
    if all(w in _LANGUAGES or w in _CARRIERS for w in low) or (
        len(low) == 1 and _DRUG_ENDING.fullmatch(low[0])
    ):
        return True  # "Twi and Ewe", "FedEx won't leave it", "Amoxicillin, 250 per 5"
    # (the thing priced opens the sentence; "my rent in Phoenix is $1,400" keeps the town)
    opens = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?"
    if len(low) == 1 and opens and _AMOUNT_AFTER.match(text, end) and lex.is_word(low[0]):
        return True  # "Mulch is $45.00 a yard"
    value = text[start:end]
    if value.isupper() and len(value) <= 3 and not text.isupper():
        return not text[max(0, start - 2) : start].startswith(",")  # not "Richmond, VA"
    return (
        len(words) == 1
        and value.islower()
        and not text.islower()
        and lex.is_word(fold(value))
        and not lex.is_name(fold(value))
    )
