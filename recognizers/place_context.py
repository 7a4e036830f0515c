"""Towns said in a way that makes them nobody's address.

The spaCy model tags every town; a town said about where a person lives is PII, but a
flight's route, a parcel's depot, a shop's town, a charge's town, a wire's destination or a
firm's own site is not. Each cue here is the word next to the town that says which it is.
A caller telling where they are now, so that help can come, keeps the town ("I'm at the
Kroger in Seattle and my car won't start"), as ``address_recognizer`` does for streets.
"""

from __future__ import annotations

import functools
from importlib import resources

import regex as re

from recognizers.base import BRANDS
from recognizers.spoken_person_recognizer import US_STATES, fold, wordset

_NUM_WORD = (
    r"(?:\d[\d,]*|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
# A flight: an airline (or its code) and a number, "UA 2883", "DL1435", "american six eight five".
_FLIGHT = (
    r"(?:\b(?:united|delta|american|alaska|jetblue|southwest|spirit|frontier|hawaiian|"
    rf"allegiant|lufthansa|ryanair|easyjet|aer[ \t]+lingus)[ \t]+{_NUM_WORD}\b"
    r"|(?-i:\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{2,4}\b)|\bflights?\b)"
)
# Travel said before the town in the same sentence: "flying to", "layover in", "My UA 2883
# from Dallas to", "or WN 1864 through", "3 nights in", "a hotel in".
_TRAVEL_BEFORE = re.compile(
    r"(?:\b(?:fly|flying|flew|flies|layover|stopover|connecting|connection|nonstop|landing|"
    r"landed|departing|boarding|nights?|hotel|resort|cruise)\b[^.?!]{0,25}"
    rf"|{_FLIGHT}[^.?!]{{0,60}})"
    r"\b(?:to|in|into|from|out[ \t]+of|through|thru|via)[ \t]+$",
    re.IGNORECASE,
)
# A boat's or a train's departure, by its time or its vessel: "the 5:50 from Kingston", "the
# six oh five from bremerton", "the 4:10 boat from Vashon", "a ride at 6:10 this morning
# from Seattle", "the next sailing to Bainbridge" (a route, nobody's home).
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DEPARTURE_BEFORE = re.compile(
    r"(?:(?<![\d:.$])\b\d{1,2}:\d{2}\b(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?"
    rf"|\b{_HOUR}[ \t]+(?:oh[ \t]+[a-z]+|(?:ten|fifteen|twenty|thirty|forty|fifty)"
    r"(?:[ \t-]+[a-z]+)?|o'?clock)\b"
    r"|\b(?:boat|ferry|ferries|sailing|sailings|crossing|train|departure|vessel|shuttle)\b)"
    r"[^.?!]{0,35}?\b(?:from|to|out[ \t]+of|leaving|for)[ \t]+$",
    re.IGNORECASE,
)
# ... or after it: "to Denver on January 28th American 685" is caught before; "Denver,
# checking in July 22" (a hotel stay).
_TRAVEL_AFTER = re.compile(r"[ \t]*,?[ \t]+checking[ \t]+in\b", re.IGNORECASE)
# A parcel's whereabouts: "shipped from our Paris warehouse, it's in Phoenix now".
_PARCEL_TURN = re.compile(
    r"\b(?:ship(?:ped|ping|s)?|tracking|parcel|package|shipment|in[ \t]+transit|reship|"
    r"delivery|scanned|courier)\b",
    re.IGNORECASE,
)
_PARCEL_BEFORE = re.compile(
    r"\b(?:it'?s|it[ \t]+is|it[ \t]+was|it[ \t]+went|package|parcel|shipment|scanned|transit|"
    r"departed|arrived)[ \t]+(?:currently[ \t]+|still[ \t]+|now[ \t]+|sitting[ \t]+)?"
    r"(?:in|at|through|from)[ \t]+$",
    re.IGNORECASE,
)
# A firm's own site: "our Tucson facility", "the Paris warehouse", "your Denver office".
_SITE_AFTER = re.compile(
    r"[ \t]+(?:warehouse|facility|facilities|office|offices|branch|plant|depot|hub|"
    r"distribution|fulfillment|fulfilment|headquarters|hq|campus|location|store|"
    r"call[ \t]+center|service[ \t]+center|"
    # (a ferry's or a train's stop: "at the Fauntleroy terminal", "the bremerton dock")
    r"terminal|terminals|dock|pier|ferry[ \t]+(?:terminal|dock|landing)|station|depot|"
    # (an airport, where a card or a bag is lost: "at the South Andrewport airport")
    r"airport|airfield|"
    # (a venue's car park: "the Elm Street garage is open")
    r"garage|parking[ \t]+(?:garage|lot|deck))\b",
    re.IGNORECASE,
)
# A licence's or an id's issuing state, its number after it: "It's Washington, WHITCEY482QB",
# "washington c as in charlie seven …"; a member's tier: "the Conservation Circle donor level".
_ISSUED_ID_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?-i:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,14})\b"
    r"|[a-z][ \t]+as[ \t]+in[ \t]+[a-z]+)",
    re.IGNORECASE,
)
# (a tier is no place even when one moves to it: "move up to the Conservation Circle level")
_TIER_AFTER = re.compile(
    r"[ \t]+(?:donor|membership|sponsor|giving|patron|member)[ \t]+(?:level|tier|circle|club)\b"
    r"|[ \t]+(?:level|tier)\b(?![ \t]+of\b)",
    re.IGNORECASE,
)
# A seating area or a donors' tier named "Circle": "two seats in Dress Circle", "the
# Patrons' Circle".
_TIER_NAME = re.compile(
    r"(?:(?:dress|upper|grand|royal|family|patrons'?|founders'?|donors'?|president'?s|"
    r"leadership|inner)[ \t]+)?circle",
    re.IGNORECASE,
)
# A church named after its saint: "St. Agnes parish", "Saint Luke's church".
SAINT_NAMED = re.compile(r"\b(?:saint|st\.?)[ \t]+\p{L}", re.IGNORECASE)
# Right before a name: "Saint Luke's", "St. Jude" (a hospital or a church, not a person).
SAINT_BEFORE = re.compile(r"\b(?:saint|st)\.?[ \t]+$", re.IGNORECASE)
# Words naming a church after its saint's name (call_names adds schools and hospitals).
CHURCH_WORDS = r"parish|church|cathedral|chapel|basilica|shrine|catholic|episcopal"
_CHURCH_AFTER = re.compile(rf"(?:['’]s)?[ \t]+(?:{CHURCH_WORDS})\b", re.IGNORECASE)
# A firm or a site named "… of" a town: "Mutual of Omaha", "Honda of Springfield", "the
# port of Long Beach", "St. Rose of Lima" (a parish).
_FIRM_OF_BEFORE = re.compile(
    r"\b(?:mutual|insurance|bank|trust|honda|toyota|ford|chevrolet|chevy|nissan|kia|hyundai|"
    r"subaru|mazda|volkswagen|vw|bmw|lexus|dodge|jeep|buick|motors|auto|imports|port|"
    r"university|college|diocese|archdiocese|parish|rose|mary|church|hospital|clinic)"
    r"[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
# An agent opening the call with their firm: "it's Judith from Delta", "this is Kim
# calling from Mohela", "Patricia with Honda of …" (the firm, not a town).
_AGENT_FIRM_BEFORE = re.compile(
    r"(?:^|[.!?,][ \t]+)[^.!?]{0,40}\b(?:this[ \t]+is|it's|it[ \t]+is|my[ \t]+name[ \t]+is)"
    r"[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:calling[ \t]+)?(?:from|with)[ \t]+$",
    re.IGNORECASE,
)
# Where a shipped vehicle goes: "shipping a car from Brooklyn to Miami" (its destination is
# no one's home unless said so; where it is picked up may be the caller's).
_VEHICLE_SHIP_BEFORE = re.compile(
    r"\b(?:ship|ships|shipping|shipped|transport|transporting|transported|haul|hauling)\b"
    r"[^.?!]{0,20}?\b(?:car|cars|vehicle|vehicles|truck|trucks|suv|tesla|motorcycle|boat)\b"
    r"[^.?!]{0,30}?\bto[ \t]+$",
    re.IGNORECASE,
)
# A street named as a venue's or a doctor's, not a home: "check in at the stage door on
# Lake Avenue", "at the eye doctor on Oak Street".
_VENUE_ON_BEFORE = re.compile(
    r"\b(?:stage[ \t]+door|box[ \t]+office|doctor|dentist|theater|theatre|venue|arena|stadium)s?"
    r"[ \t]+(?:is[ \t]+)?(?:on|off)[ \t]+$",
    re.IGNORECASE,
)
_FIRM_OWNER_BEFORE = re.compile(r"\b(?:our|the|your|their)[ \t]+$", re.IGNORECASE)
# A store by number, a bank or a firm's branch: "store number 157 in", "our store 2368 in",
# "Farmers State Bank in", "the branch in", "Westbridge Pharmacy in".
_STORE_BEFORE = re.compile(
    rf"(?:\bstore[ \t]+(?:number[ \t]+|no\.?[ \t]*|\#[ \t]*)?(?:{_NUM_WORD}[ \t-]*)+"
    r"|(?<!\b(?:i|we|they|you)[ \t]+)\b(?:bank|credit[ \t]+union|branch|pharmacy|apothecary|"
    r"dealership))[ \t]+(?:in|of|at|on)[ \t]+$",
    re.IGNORECASE,
)
# A named shop (and its street) before the town: "at the Kroger on Paula Glen in", "the
# Walgreens in".
_SHOP_BEFORE = re.compile(
    r"\bthe[ \t]+(?P<shop>[\p{L}'&.-]+(?:[ \t]+[\p{L}'&.-]+){0,2}?)"
    r"(?:[ \t]+on[ \t]+[^,.?!]{1,30}?)?[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
HOME_WORDS = wordset(
    "house home place apartment apt farm cabin condo flat unit trailer ranch property lot"
)
# Shop chains a lower-case transcript names without capitals: "the target on jesse skyway".
_CHAINS = frozenset(
    (
        *("target", "walmart", "costco", "kroger", "safeway", "publix", "walgreens", "cvs"),
        *("rite aid", "home depot", "lowe", "best buy", "whole foods", "trader joe"),
        *("starbucks", "mcdonald", "dollar general", "aldi", "meijer", "wegmans", "staples"),
    )
)
# A charge and its town: "the $607.22 thing in Paris", "a charge in Denver", "the purchase
# at", "the six hundred ninety dollars thing in".
_CHARGE_BEFORE = re.compile(
    r"(?:\b(?:charges?|purchases?|transactions?|withdrawals?|atm)\b[^.?!]{0,30}"
    r"|\bthe[ \t]+(?:[^.?!]|(?<=\d)\.(?=\d)){1,60}?\bthing[ \t]+)"
    r"\b(?:in|at|from)[ \t]+$",
    re.IGNORECASE,
)
# A sum sent to a town: "a second one, $1,990.00, to Lisbon. IBAN is".
_SUM_TO_BEFORE = re.compile(
    r"(?:[$£€][ \t]?\d[\d,.]*|\b(?:dollars|euros|pounds|bucks))[ \t]*,?[ \t]+to[ \t]+$",
    re.IGNORECASE,
)
# A firm's mailing line: "Heartland Mutual Ag, Claims, PO Box 4400, Des Moines".
# (the department a form's mailing line names before the box: "Claims, PO Box …")
FIRM_DEPARTMENT = (
    r"\b(?:claims|billing|payments?|remittance|returns|correspondence|processing)"
    r"(?:[ \t]+(?:department|dept\.?|center|centre|unit|office))?,[ \t]*"
)
_FIRM_BOX_BEFORE = re.compile(
    FIRM_DEPARTMENT + r"p\.?[ \t]?o\.?[ \t]+box[ \t]+[\w -]{1,30},[ \t]*$", re.IGNORECASE
)
# Where the caller is now, and help is to come: the town (and, in ``address_recognizer``,
# the shop's street) stays theirs: "I'm at the Kroger in Seattle", "stuck at the Shell on …".
HERE_NOW = re.compile(
    r"\b(?:i'?m|i[ \t]+am|we'?re|we[ \t]+are|stuck|stranded|parked|locked|sitting|waiting|"
    r"broke[ \t]+down|broken[ \t]+down|meet|pick[ \t]+(?:me|us)[ \t]+up|tow|come|send)\b",
    re.IGNORECASE,
)
# Moving house is a residence, whatever else the sentence holds: "we moved from Dallas".
_MOVING = re.compile(
    r"\b(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing)|live[sd]?|living|grew[ \t]+up|born|raised|"
    r"address|(?:my|our|his|her|their|at)[ \t]+(?:home|house)|"
    # ("my flight home to Boise": the trip back to where they live)
    r"home[ \t]+(?:to|in)|back[ \t]+home)\b",
    re.IGNORECASE,
)
# ... said after the town: "we fly out of Denver since we live there".
_LIVING = re.compile(
    r"\b(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing)|live[sd]?|living|grew[ \t]+up|born|raised)\b",
    re.IGNORECASE,
)
# Someone or a mailing between the trip and the town: "I'm on a flight tomorrow, so mail it
# to me in Denver" (the town is theirs again).
_PERSON_BETWEEN = re.compile(
    r"\b(?:me|us|him|her|them|my|our|his|their|mail|send|ship|deliver|address|sister|"
    r"brother|mom|dad|mother|father|daughter|son|wife|husband|family|parents)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.?!][ \t]", re.IGNORECASE)


# A county named as a court's or an office's, not as anyone's home: "Hennepin County
# Probate Court", "the bergen county register of wills", "the surrogate's court in king
# county", "the coroner's office in madison county".
_COURT_KIND = (
    r"(?:probate|district|superior|circuit|family|surrogate'?s?|municipal|orphans'?|chancery|"
    r"juvenile|county|justice|magistrate'?s?|common[ \t]+pleas)"
)
_COUNTY_OFFICE = (
    r"(?:court|courthouse|clerk'?s?|register|registry|recorder'?s?|coroner'?s?|sheriff'?s?|"
    r"medical[ \t]+examiner'?s?|district[ \t]+attorney'?s?|assessor'?s?|treasurer'?s?|"
    r"auditor'?s?|jail|probate|surrogate'?s?|vital[ \t]+records|records[ \t]+office)"
)
_COUNTY_OFFICE_AFTER = re.compile(
    rf"[ \t]*\bcounty(?:'s)?[ \t]+(?:{_COURT_KIND}[ \t]+)*{_COUNTY_OFFICE}\b", re.IGNORECASE
)
_OFFICE_IN_BEFORE = re.compile(
    rf"\b(?:{_COURT_KIND}[ \t]+)*{_COUNTY_OFFICE}(?:[ \t]+(?:office|of[ \t]+wills))?"
    r"[ \t]+(?:in|of|for)[ \t]+$",
    re.IGNORECASE,
)
_ENDS_COUNTY = re.compile(r"\bcounty$", re.IGNORECASE)
_COUNTY_WORD = re.compile(r"\bcounty\b", re.IGNORECASE)


def county_office(text: str, start: int, end: int) -> bool:
    """True when the place at ``start:end`` names a court's or an office's county ("in
    hennepin county probate court", "the surrogate's court in king county"): no one's home."""
    if _COUNTY_OFFICE_AFTER.match(text, end):
        return True
    county = _COUNTY_WORD.search(text, start, end)  # "Allegheny County Probate Court"
    if county is not None and _COUNTY_OFFICE_AFTER.match(text, county.start()):
        return True
    named_county = _ENDS_COUNTY.search(text, start, end) is not None
    return named_county and bool(_OFFICE_IN_BEFORE.search(text, max(0, start - 50), start))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``start:end`` (the cues must share it)."""
    left = 0
    for m in _SENTENCE_START.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_START.search(text, end)
    return left, (m.start() + 1 if m else len(text))


def family_plural(low: str) -> bool:
    """A name in the plural after "the" is a family, not a shop: "the Okafors" (a brand
    ending in s, "Walgreens", is checked before)."""
    return re.search(r"[^s']s$", low) is not None


def _shop_named(shop: str) -> bool:
    """A shop's name: a known brand, or capitalised words that are no home."""
    low = fold(shop).lower()
    if low in BRANDS or low in _CHAINS:
        return True
    words = shop.split()
    if fold(words[0]).lower() in ("my", "our", "his", "her", "their", "your"):
        return False
    if family_plural(low):
        return False  # "my mom is with the Okafors in Tucson"
    return all(w[0].isupper() for w in words) and fold(words[-1]).lower() not in HOME_WORDS


@functools.cache
def us_place_words() -> frozenset[str]:
    """US places that are also English words ("buffalo", "lansing"): a town only where a
    street or a cue places it (``us_place_words.txt``, see ``make_place_words``)."""
    text = resources.files("recognizers").joinpath("us_place_words.txt").read_text("utf-8")
    return frozenset(text.split())


def _known_us_town(place: str) -> bool:
    """A town in the place-word list."""
    return fold(place).lower() in us_place_words()


# A product's line name before the product: "the Rose Gold lamp, $15.25", "the Aspen throw
# blanket" (a catalogue's, not a place).
_PRODUCT_AFTER = re.compile(
    r"[ \t]+(?:throw[ \t]+)?(?:lamp|lamps|blanket|blankets|throw|rug|rugs|pillow|pillows|"
    r"candle|candles|vase|vases|mug|mugs|sofa|couch|armchair|chair|chairs|duvet|quilt|"
    r"comforter|sheets?|towels?|curtains?|mirror|bookcase|dresser|nightstand|ottoman|"
    r"cushion|cushions|planter|kettle|cookware|dinnerware)\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
# The firm's own branch named in its greeting: "Thank you for calling Cornerstone Self
# Storage, Elm Ridge location, this is Destiny", "Cornerstone Self Storage, Elm Ridge, this is".
_BRANCH_GREETING_BEFORE = re.compile(
    r"(?:\bthank(?:s|[ \t]+you)[ \t]+for[ \t]+calling[ \t]+|^[ \t]*)"
    r"(?-i:[A-Z][\w&'-]*)(?:[ \t]+(?-i:[A-Z][\w&'-]*)){1,4},[ \t]+$",
    re.IGNORECASE,
)
_BRANCH_GREETING_AFTER = re.compile(
    r"(?P<branch>[ \t]+(?:location|branch|office|store|site))?,[ \t]+this[ \t]+is\b",
    re.IGNORECASE,
)
_THANKS_FOR_CALLING = re.compile(r"\bthank(?:s|[ \t]+you)[ \t]+for[ \t]+calling\b", re.IGNORECASE)


def _product_or_branch(text: str, start: int, end: int) -> bool:
    """True for a product line's name ("the Aspen throw blanket") or the firm's own branch
    in its greeting ("… Self Storage, Elm Ridge location, this is Destiny")."""
    if _THE_BEFORE.search(text, max(0, start - 6), start) and _PRODUCT_AFTER.match(text, end):
        return True
    after = _BRANCH_GREETING_AFTER.match(text, end)
    before = _BRANCH_GREETING_BEFORE.search(text, max(0, start - 80), start)
    # (a bare town needs the greeting's "thanks for calling": "Jamal Reed, Springfield,
    # this is my third call" is a caller's own town)
    return bool(
        after
        and before
        and (after.group("branch") or _THANKS_FOR_CALLING.match(text, before.start()))
    )


def elsewhere(text: str, start: int, end: int) -> bool:
    """True when the town at ``start:end`` is said as a route, a depot, a shop's, a charge's,
    a wire's or a firm's town, not where anyone lives or is waiting for help."""
    s_start, s_end = _sentence(text, start, end)
    if _product_or_branch(text, start, end):
        return True
    if _TIER_AFTER.match(text, end) or _TIER_NAME.fullmatch(text, start, end):
        return True
    if SAINT_NAMED.match(text, start) and _CHURCH_AFTER.match(text, end):
        return True  # "Good morning, St. Agnes parish"
    if _FIRM_OF_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _AGENT_FIRM_BEFORE.search(text, max(0, start - 80), start) and not _known_us_town(
        text[start:end]
    ):
        return True  # "it's Judith from Delta Dental", not "this is Maria from Tucson"
    if _VENUE_ON_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _MOVING.search(text, s_start, start) or _LIVING.search(text, end, s_end):
        return False  # "we moved from Dallas to Honolulu", "our house in Orlando"
    if county_office(text, start, end):
        return True
    window = max(s_start, start - 90)
    travel = _TRAVEL_BEFORE.search(text, window, start) or _DEPARTURE_BEFORE.search(
        text, window, start
    )
    if travel and not _PERSON_BETWEEN.search(text, travel.start(), start):
        return True
    if _TRAVEL_AFTER.match(text, end):
        return True
    if fold(text[start:end]).lower() in US_STATES and _ISSUED_ID_AFTER.match(text, end):
        return True  # a licence's state (not "Dublin, D02X285": a town and its postcode)
    if _PARCEL_TURN.search(text) and _PARCEL_BEFORE.search(text, window, start):
        return True
    if _FIRM_OWNER_BEFORE.search(text, window, start) and _SITE_AFTER.match(text, end):
        return True
    if _SUM_TO_BEFORE.search(text, window, start) or _FIRM_BOX_BEFORE.search(text, window, start):
        return True
    ship = _VEHICLE_SHIP_BEFORE.search(text, window, start)
    if ship and not _PERSON_BETWEEN.search(text, ship.start(), start):
        return True
    if HERE_NOW.search(text, s_start, start):
        return False  # "I'm at the Kroger in Seattle and my car won't start"
    if _STORE_BEFORE.search(text, window, start) or _CHARGE_BEFORE.search(text, window, start):
        return True
    shop = _SHOP_BEFORE.search(text, max(s_start, start - 60), start)
    return shop is not None and _shop_named(shop.group("shop"))


# A hospital or a church by its saint or its word: "St. Mary's", "Mercy General".
_HOSPITAL = re.compile(
    r"(?:st\.?|saint)[ \t]+\p{L}+['’]s"
    r"|\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:general|memorial|regional|medical|hospital|infirmary|"
    # (a school: "at Pine Valley Elementary", "Lincoln Middle")
    r"elementary|middle|high|academy|montessori|preparatory|prep)",
    re.IGNORECASE,
)
_HOSPITAL_AFTER = re.compile(
    r"[ \t]+(?:hospital|medical|clinic|health|regional|general|memorial|elementary|"
    r"middle[ \t]+school|high[ \t]+school|academy)\b",
    re.IGNORECASE,
)


def hospital(text: str, start: int, end: int) -> bool:
    """A hospital's or a school's name the model takes for a town ("Dr. Andrews at St.
    Mary's", "Lily is at Pine Valley Elementary")."""
    return bool(_HOSPITAL.fullmatch(text, start, end)) or bool(_HOSPITAL_AFTER.match(text, end))


# An agent naming themselves: "this is Keisha", "my name is Marcus", "Colin speaking",
# "Thanks, Nkechi." (the person addressed).
_SELF_NAMED_BEFORE = re.compile(
    r"\b(?:this[ \t]+is|my[ \t]+name[ \t]+is|name'?s|i'?m|i[ \t]+am|thanks|thank[ \t]+you|"
    r"hi|hello|hey)[ \t]*,?[ \t]+$",
    re.IGNORECASE,
)
_SELF_NAMED_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]+speaking\b|[ \t]*(?:[.!?,](?:[ \t]|$)|$)|[ \t]*,[ \t]+how[ \t]+can\b)",
    re.IGNORECASE,
)


def named_person(text: str, start: int, end: int, firsts) -> bool:
    """A lone known first name said as a name ("This is Keisha.", "Colin speaking"): no town."""
    word = fold(text[start:end]).lower()
    if " " in word or word not in firsts:
        return False
    if not _SELF_NAMED_BEFORE.search(text, max(0, start - 20), start):
        return bool(re.match(r"[ \t]*,?[ \t]+speaking\b", text[end:], re.IGNORECASE))
    return bool(_SELF_NAMED_AFTER.match(text, end))
