"""ACCOUNT_ID: account, member, policy and customer identifiers, numeric or alphanumeric."""

from __future__ import annotations

import re

from recognizers.address_recognizer import _STATE_CODES
from recognizers.base import (
    PRODUCT,
    REPLY_WORDS,
    CuedPattern,
    SpokenPattern,
    SpokenPatternRecognizer,
    same_clause,
)
from recognizers.digit_safety_net_recognizer import (
    _MODEL_AFTER,
    _UNITS,
    AMOUNT_BOUND,
    DECADE_DIGITS,
    business_purchase_order,
    named_as_model_or_part,
    names_public_equipment,
    not_a_persons_code,
    widen_with_id_head,
    widen_with_id_letters,
)
from recognizers.digit_safety_net_recognizer import GOVERNMENT_FORM as _GOVERNMENT_FORM
from recognizers.password_recognizer import VALUE
from recognizers.spoken_card_recognizer import short_ending
from recognizers.spoken_normalizer import NATO_WORD
from recognizers.spoken_person_recognizer import NOT_NAME, lexicon
from recognizers.spoken_phone_recognizer import is_toll_free

# The same nouns in Spanish, as a caller or an interpreter says them and the ASR writes
# them: "su número de confirmación es ...", "mi número de placa es ...", "mi código de
# reservación, ..."; "mi número es ..." names the caller's own number.
_SPANISH_CUE = (
    r"n[úu]mero[ \t]+de(?:[ \t]+la|[ \t]+el|[ \t]+su|[ \t]+mi)?[ \t]+"
    r"(?:cuenta|confirmaci[óo]n|caso|reclamo|reclamaci[óo]n|p[óo]liza|placa|miembro|socio|"
    r"cliente|reservaci[óo]n|reserva|pedido|orden|referencia|expediente|licencia|seguro|"
    r"boleto|ticket|matr[íi]cula|afiliado|identificaci[óo]n|rastreo|factura)"
    r"|c[óo]digo[ \t]+de[ \t]+(?:reservaci[óo]n|reserva|confirmaci[óo]n|cliente|socio)"
    r"|(?:mi|su)[ \t]+n[úu]mero(?=[ \t]*(?:es\b|[,:]))"
)
# An identifier noun followed by "number", "id", "#"..., or one of the nouns that name
# an identifier on their own ("my account is 1234", "policy P-778").
_CUE = (
    rf"\b(?:{_SPANISH_CUE}|(?:account|acct|member(?:ship)?|policy|subscriber|customer|loyalty|rewards|"
    r"claim|reference|confirmation|case|ticket|order|tracking|invoice|booking|reservation|"
    r"employee|patient|student|badge|group|plan|contract|service|installation|serial|"
    r"license|licence|passport|insurance|prescription|rx|file|work order|purchase order|"
    r"bag tag|baggage tag|claim tag|loan|permit|certificate|voucher|warranty|quote|estimate|"
    r"application|transaction|dispute|incident|return|authori[sz]ation|rma|docket|appeal|"
    r"cancell?ation|citation|complaint|enquiry|inquiry|nhs|registration|receipt|"
    # a carer's, a provider's or a benefit's number: "carer number C447", "medicaid number"
    r"carer|caregiver|provider|worker|staff|payroll|medicaid|medicare|benefits?|"
    r"beneficiary|client|participant|enrollee|household|roll|"
    # an item held for the caller to collect: "your hold number is h four four seven"
    r"hold|pick[ -]?up|collection|"
    # a check or a filled-in form named by its own number: "void check number 10447",
    # "transfer form number TF 0338"
    r"check|cheque|(?:transfer|request|intake|enrol?ll?ment|change) form)"
    r"\s*(?:number|no\.?|num|#|id|i d|code)|"
    # a file named with its owner: "under your file EWRSV 30871"
    r"(?:your|my|his|her|their|the) file|"
    # nouns that name an identifier alone: "prescription RX 5580217", "work order is WO 55192043"
    r"account|acct|policy|membership|member|id|i d|prescription|reference|confirmation|invoice|"
    r"(?:work|purchase|repair|service|sales) order|bag tag|baggage tag|claim tag|"
    # "your repair ticket RPR 77410", "support ticket hd 44172"
    r"(?:repair|support|service|trouble|help ?desk|it) ticket|"
    # "i've opened dispute case DC 550 1904", "your support case 88172"
    r"(?:dispute|support|service|complaint|fraud|claims?|your|my|new) case|"
    # an order named by its number alone, the digits straight after: "charged twice for
    # order 60418", "about my order 7731 9" (not the verb: "i'd like to order 12000 …")
    r"(?:for|on|about|regarding|re|with|under|my|your|the|this|that|same|an?) order"
    r"(?=[ \t:#]+\d))\b"
)
# Nouns that name a job, an order or an entry held for the caller by its short code.
_JOB_NOUN = r"\b(?:job|entry|order|work[ \t]+order|ticket|exhibitor)"
# What follows a number that is a quantity or a time, not an id's last digits.
_ENDING_UNITS = (
    r"(?:dollars?|bucks|cents?|percent|%|seconds?|minutes?|mins?|hours?|days?|weeks?|"
    r"months?|years?|miles?|points?|am|pm|a\.m\.|p\.m\.|o'?clock)"
)
# Words before a number that are not a letter prefix of the id: "policy is 1234",
# "account number ending 4421". The id's cue nouns are here too.
_NOT_PREFIX = (
    r"(?:is|was|it|its|it's|are|be|the|a|an|my|his|her|our|your|their|this|that|at|to|of|"
    r"on|in|for|from|by|as|so|and|or|but|um|uh|uhm|er|erm|hmm+|hm|mm|like|about|over|under|just|only|then|"
    r"plus|minus|ends|ended|is|yes|yeah|yep|no|nope|ok|okay|sure|sorry|total|owed|paid|"
    r"due|says|reads|shows|same|new|old|last|first|next|with|since|until|till|after|"
    r"before|number|num|no|id|code|acct|pin|ssn|zip|phone|ext|call|text|press|dial|"
    r"enter|its|order|claim|file|tag|case|loan|year|years|page|step|room|suite|unit|"
    r"apt|box|floor|route|hwy|exit|mile|miles|flight|gate|seat|row|track|line|level|dash|"
    r"hyphen)"
)
# Their Spanish, said between an id's Spanish name and the id: "mi número de póliza es
# 4471 2290" ("es" is no letter prefix of it).
_SPANISH_NOT_PREFIX = r"(?:es|era|mi|su|el|la|de|y)"
# Two-letter words said after "number is" that are not an id's letters: "number is at
# 5512...", "number is on 0412...", "account number is my 4471...".
_NUMBER_CUE_NOT_PREFIX = (
    r"(?:is|it|at|to|of|on|in|by|as|so|or|no|um|uh|er|hm|mm|my|me|us|we|he|if|up|oh|hi|ok|"
    r"id|do|go|be|am|pm|uk|us)"
)
# Pronouns and short words before a number: "they gave me 88213", "call us 55120".
_PRONOUN = r"(?:me|us|we|he|him|she|they|them|you|do|go|if|up|oh|hi|got|get|put|see|try)"
_LOWER_STATES = _STATE_CODES.replace("(?-i:", "(?:", 1)
# The rest of a number said after a pause: "OP 224910... and then 37".
_AND_THEN = (
    r"(?:(?:\.{2,3}|…|,)?[ \t]+and[ \t]+then[ \t]+\d{1,5}(?![\d.,]\d)(?![a-z])"
    r"(?![ \t]+(?:more|other|others|of)\b))"
)
# What a number counts or measures is not an id: "RX 5580217, 30 tablets".
_COUNTED = (
    rf"(?:{_UNITS}|tablets?|pills?|capsules?|caps|doses?|refills?|milligrams?|mgs?|ml|"
    r"ounces?|oz|count|packs?|bottles?|boxes|bags|pieces|pcs|copies)"
)
# A hesitation inside an id read out: "DL 718 804, uh, 223".
_HESITATE = r"(?:,?[ \t]+(?:uh|um|uhm|er|erm)[ \t]*,?[ \t]+)"
# A hesitation or a "hmm" between the pieces of an id: "B um, 72 hmm, 881940".
_PAUSE = r"(?:,?[ \t]+(?:uh|um|uhm|er|erm|hmm+|hm|mm)[ \t]*,?[ \t]+)"
# Upper-case letters before a number that are units, currencies or standards, not an id
# prefix: "USD 25000", "ISO 27001", "BTU 12000".
_NOT_ID_LETTERS = (
    r"(?:USD|EUR|GBP|CAD|AUD|JPY|MXN|INR|CNY|CHF|BTU|BTUS|RPM|MB|GB|KB|TB|MPH|KPH|KM|MG|"
    r"ML|HP|CC|KW|KWH|MAH|DPI|PSI|SQ|FT|ISO|ANSI|IEC|IEEE|RFC|DIN|ASTM|UL|NFPA|COVID|FY|"
    r"AD|BC|BCE|CE|AM|PM|EST|EDT|PST|PDT|CST|CDT|MST|MDT|UTC|GMT|US|SR|HWY|RT|IRA|HSA|"
    r"FSA|APR|APY|MSRP|CVE|HTTP|SKU|PIN|SSN|ZIP|EIN|TIN|ITIN|OK|IS|IT|NO|ID|USPS|AND|THE|"
    # medical and pharmacy codes, and labels said before an id that are not part of it
    r"CPT|ICD|HCPCS|DRG|NDC|NPI|BIN|PCN|MRN|DOB|VIN|ACCT|REF|TEL|FAX|EXT|NAICS|SIC|"
    # a carrier's authority names its register, not part of the number: "MC 889412"
    r"MC|DOT|USDOT|FMCSA|"
    # words of a shouted turn before a number: "RING US BACK ON 0191 555 0340"
    r"ON|AT|TO|OF|IN|BY|OR|MY|ME|WE|SO|AS|BACK|CALL|RING|FROM|WITH|THAT|THIS|WAS|ARE|OUR|"
    r"YOUR|HIS|HER|THEM|THEN|" + "|".join(sorted(w.upper() for w in REPLY_WORDS)) + ")"
    # a shouted reply's first word: "YES, 216993781"
)

# Of those, the units: spelled letters the same as a unit's before a long number.
_UNIT_LETTERS = r"(?-i:BTUS?|RPM|MB|GB|KB|TB|MPH|KPH|KM|MG|ML|HP|CC|KWH?|MAH|DPI|PSI|SQ|FT)"

# The same units in any case, said before a number in a reply: "cc 55019" is no measure.
_UNIT_WORDS = r"(?:btus?|rpm|mb|gb|kb|tb|mph|kph|km|mg|ml|hp|cc|kwh?|mah|dpi|psi|sq|ft)"

# What names a product's code before it: its label ("model WTW5000DW1", "part number
# WP3387747", "part W10730972") or its maker ("a Rheem XE50M06ST45U1", "a whirlpool
# WFE525SOHS"); appliance, HVAC and electronics makers.
_PRODUCT_BEFORE = (
    r"(?<!\b(?:model|models|version|series|firmware|size|type|flight|part|parts|sku|item|"
    r"catalog(?:ue)?|whirlpool|maytag|kenmore|frigidaire|rheem|ruud|bosch|samsung|lg|"
    r"electrolux|kitchenaid|amana|trane|lennox|goodman|miele|haier|hisense|"
    r"panasonic|toshiba|dyson|netgear|linksys|canon|epson)"
    r"(?:\s+(?:number|no\.?|#))?(?:\s+(?:is|was))?[\s:#,]+)"
)

# A group of a written code: 1-5 letters and digits with at least one digit.
_GROUP = r"(?=[a-z]*\d)[0-9a-z]{1,5}\b"
# Words after "plate" that are not the plate: "plate was stolen 2 days ago".
_NOT_PLATE = (
    r"(?:is|was|the|a|an|my|his|her|their|our|your|it|its|it's|number|no|and|or|to|in|on|"
    r"at|of|for|from|with|like|um|uh|reads|says|stolen|expired|renewed|sticker)"
)

# Short words after a plate that are the next words, not its last letters: "… 1674 and his".
_NOT_PLATE_TAIL = (
    r"(?:and|the|for|was|but|yes|now|too|ok|okay|is|it|on|in|at|am|pm|his|her|my|our|"
    r"so|or|to|uh|um|er|its|he|she|we|you|ya|then|oh)"
)

# A reply that is only the value, after fillers: "yeah it's PA", "ORDUA 60194."
_REPLY_START = (
    r"^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|it is|that's|"
    # (a pause asked for first: "hold on okay CFX 97")
    r"thats|that is|it should be|should be|hold on|hang on|one sec(?:ond)?|"
    r"just a (?:sec|second|moment|minute)|let me (?:see|check|look))[\s,.]+)*\K"
)
# (a hedge or a thanks may follow: "264Z 8936 i think", "CLM 2407733. got it.")
_REPLY_END = r"(?=[\s.!,]*(?:(?:i think|i believe|i guess|got it|thanks|thank you)[\s.!,]*)*$)"
# A word of a username said aloud: not a filler, a function word or a unit.
_USER_WORD = rf"(?!(?:{_NOT_PREFIX}|{NOT_NAME}|{_COUNTED})\b)[a-z]{{3,}}"
_INITIAL = r"(?!(?:a|i|o|u)\b)[a-z]"

# A system's own accounts, the same everywhere: "it shows user admin".
_ROLE_ACCOUNT = (
    r"(?:admin|administrator|sysadmin|superuser|root|guest|default|test|demo|owner|"
    r"anonymous|system|support|service)"
)

# Words after "login is" that say where, when or how, not the name: "is from", "is locked".
_NOT_LOGIN_VALUE = (
    r"(?:from|at|via|through|with|by|on|in|since|usually|always|never|still|not|no|locked|"
    r"disabled|blocked|expired|suspended|working|broken|fine|correct|wrong|different|the|a|an|"
    r"your|my|his|her|their|our|same|case|also|just|only|probably)"
)
# Capitals a reply may be that are not spelled letters of an id.
_NOT_SPELLED_ID = r"(?:TV|ATM|USA|ASAP|DMV|IRS|FBI|LOL|OMG|NA|ER|ICU|HR|PC|CD|DVD|AC|OK|NO|YES)"

# Makers, shops and kinds of vehicle named in capitals before a number: "BMW 330", "CVS 247".
_MAKER_LETTERS = (
    r"(?:BMW|GMC|AMG|KIA|VW|SUV|ATV|RV|UTV|CVS|UPS|DHL|IBM|AMC|NBA|NFL|MLB|NHL|ESPN|AT)"
)

# Booking codes: airline record locators (IATA PNR, six characters) and confirmation codes
# mix letters and digits freely, so one digit is enough after the cue: "GX7P2Q".
_CODE_CUE = (
    r"\b(?:confirmation|locator|booking|reservation|reference|pnr|"
    # (shortened: "booking ref X4M", "your ref is 7TQ 22")
    r"(?:booking|reservation|order|ticket|your|my|the|travel|trip|case|claim)[ \t]+ref\b\.?)"
    r"(?:\s*(?:number|no\.?|num|#|code|ref\b\.?|reference))?(?<=[a-z.#])(?![a-z])"
)

# A group of a code read out: a NATO word, a letter, capitals, or letters with digits.
_SAID_GROUP = rf"(?:{NATO_WORD}|(?!(?:a|i)\b)[a-z]|(?-i:[A-Z]{{2,8}})|[a-z]*\d[a-z0-9]*)\b"
_SAID_LETTER = (
    rf"(?:{NATO_WORD}|(?!(?:a|i)\b)[a-z]|(?-i:[A-Z]{{2,8}})|[a-z]*\d+[a-z][a-z0-9]*"
    r"|[a-z]+\d[a-z0-9]*)"
)

# What an agent says before reading a value back.
_READ_BACK_CUE = (
    r"\b(?:repeat(?:ing)?(?: (?:that|it|this)(?: back)?)?|read(?:ing)? (?:that|it|this) back|"
    r"to confirm|confirming|i'll read (?:that|it) back)"
)

# What an agent says while typing a value in, or before saying its pieces back: "let me
# just put that in...", "so I have ...", "I've got ...".
_TYPING_CUE = (
    r"\b(?:let me (?:just )?(?:put|type|key|punch|enter|plug|pop)"
    r"(?: (?:that|it|this|those|them))?(?: (?:in|into the system|up))?|"
    r"(?:typing|entering|putting|keying) (?:that|it|this) in|so i (?:have|'ve got)|i've got)"
)
# A piece of an id said back with a pause ("...") after it: digits and letters, a lone
# capital ("S... 3809"), never a lower-case word.
_TYPED_CHUNK = r"(?:(?-i:[A-Z]{1,4})|(?=[a-z]{0,3}\d)[a-z0-9]{1,8})\b"
_ELLIPSIS = r"[ \t]*(?:\.{2,}|\u2026)[ \t]*"

# A flight: an IATA airline designator and 1-4 digits, "B6 1535", "WN1183" (with a travel
# word in the turn).
# (either case: a shouted turn is lower-cased, "I NEED TO CHANGE MY FLIGHT, IT'S SB1251")
# (the normaliser may split the number or join the designator's digit to it: "b six six
# hundred thirty six" comes out "B66 136")
_FLIGHT = re.compile(
    r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?(?=(?:\d[ \t]?){1,4}$)\d(?:[ \t]?\d)*", re.IGNORECASE
)
# Flying just before the code or "flight" just after it: "i fly back on B6 1535", "the NK
# 418 flight home" (not "that's the flight one, the hotel one is HB 4409"); or flying, the
# day, then "on" the code: "i'm flying out may 6th on B6 2020".
_FLYING_BEFORE = re.compile(
    r"\b(?:flights?|fly|flying|flew|flown|booked on|travel(?:l)?ing on)\b"
    r"(?:[^.?!,;]{0,12}|[^.?!,;\d]{0,30}\d{0,2}(?:st|nd|rd|th)?[^.?!,;\d]{0,12}\bon[ \t]+)$",
    re.IGNORECASE,
)
_FLIGHT_AFTER = re.compile(
    r"[ \t]+(?:flight|departing|leaving|lands|landing|arriving)\b"
    # a seat offered on it, the day and the hour: "put you on B6 2991 tomorrow at 8:15"
    r"|[ \t,]+(?:(?:today|tonight|tomorrow|this|on|the)\b[^.?!,;\d]{0,20})?"
    r"(?:at|departs|leaves)[ \t]+\d{1,2}(?::\d{2})?[ \t]*(?:a\.?m|p\.?m)?\b",
    re.I,
)
# An agent seating the caller on a flight: "I can put you on B6 2991", "rebook you on …".
_SEATED_ON_BEFORE = re.compile(
    r"\b(?:put|book|rebook|re-book|move|switch|get|seat|confirm|confirmed|have)[ \t]+you[ \t]+"
    r"(?:on|onto|to)[ \t]+(?:the[ \t]+)?$",
    re.I,
)


# An IRS notice or letter named by its number, a few digits and C (or CP and digits): "it
# says 5071C", "letter 4883C", "a CP2000", when the IRS, a letter or a notice is mentioned.
_IRS_NOTICE = re.compile(r"(?:cp|ltr)[ \t]?\d{2,4}[a-z]?|\d{2,4}(?:c|cp)", re.IGNORECASE)
_IRS_NOTICE_CUE = re.compile(r"\b(?:irs|internal revenue|taxpayer)\b", re.I)
_NOTICE_BEFORE = re.compile(r"\b(?:letter|notice)[ \t]+(?:number[ \t]+)?$", re.I)


# The flight named, then its code given after a comma: "I need to change my flight, it's
# SB107 on February 18".
_FLIGHT_IS_BEFORE = re.compile(
    r"\bflights?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[,:]?[ \t]+(?:it's|its|it is|is|was)[ \t]+$",
    re.IGNORECASE,
)


def _said_as_flight(text: str, start: int, end: int) -> bool:
    """A flight named just before the code or after it: the airline's, not the caller's."""
    return bool(
        _FLYING_BEFORE.search(text, 0, start)
        or _FLIGHT_AFTER.match(text, end)
        or _FLIGHT_IS_BEFORE.search(text, max(0, start - 40), start)
        or _SEATED_ON_BEFORE.search(text, max(0, start - 30), start)
    )


# A turn about a trip by air, and the cues that make a flight-shaped code a booking's.
_AIR_TRAVEL = re.compile(
    r"\b(?:fly|flying|flew|flight|flights|airport|gate|layover|fare|boarding|departing|"
    r"cancell?ed|rebook(?:ed)?|seat[ \t]+\d{1,2}[a-k])\b"
    r"|\bfrom[ \t]+(?-i:[A-Z][a-z]+)[ \t]+to[ \t]+(?-i:[A-Z])",
    re.IGNORECASE,
)
_BOOKING_CUE_BEFORE = re.compile(
    r"\b(?:confirmation|locator|record|reference|booking|reservation|ticket|pnr|"
    r"account|member|number|ref|hotel|car|rental|room|insurance|policy)\b[^.?!,;]{0,12}$",
    re.IGNORECASE,
)
_DAY_BEFORE_CODE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,[ \t]+")


def _flight_in_travel_turn(text: str, start: int, end: int) -> bool:
    """A flight's code in a turn about flying: "My DL1435 from Phoenix to Seattle", "on
    March 21st, DL789, and my renewal's…", "or UA1419 through Paris" (the airline's number,
    not the caller's; a code after "confirmation" or "locator" stays an id)."""
    day = _DAY_BEFORE_CODE.match(text, start, end)
    if day:
        start = day.end()  # "July 13, WN1518": the date's day glued on
    return bool(
        _FLIGHT.fullmatch(text, start, end)
        and _AIR_TRAVEL.search(text)
        and not _BOOKING_CUE_BEFORE.search(text, max(0, start - 30), start)
    )


# A plate's shape with a space, for the word check: "yr19 kxf".
_PLATE_TAIL = re.compile(r"[a-z]{2}\d{2}[ \t]([a-z]{3})")


def _irs_notice(text: str, start: int, end: int) -> bool:
    """True for an IRS letter's or notice's number, digits with its C or CP, where the turn
    speaks of the IRS or a letter: "a letter from the IRS, it says 5071C"."""
    value = text[start:end]
    if not _IRS_NOTICE.fullmatch(value):
        return False
    return bool(
        _NOTICE_BEFORE.search(text, max(0, start - 20), start)
        or _IRS_NOTICE_CUE.search(text, max(0, start - 80), min(len(text), end + 40))
    )


# A product's model or its FCC id names the product, not the caller: "the model is VTX-55U8",
# "MDL WH-880", "FCC ID 2AHC7-WH880" (a serial, "S/N …", stays an id).
# (a stock number or SKU names the item, and a phone's or an inverter's maker or line names
# the product: "a refurbished Pixel KH9397S", "a Moto G V7085", "your inverter is AH-1803S";
# spaced capitals may start the code: "model JR 1507S", "SKU X 5555X", "iPhone X 4588-B")
_MODEL_CUE = re.compile(
    r"(?:\b(?:model|mdl|sku|stock[ \t]+(?:number|no\.?|#)|inverter(?:[ \t]+model)?)"
    r"(?:[ \t]+(?:number|no\.?|#))?"
    # (where the label is read from: "the model number on the sticker is …")
    r"(?:[ \t]+(?:on|from|off)[ \t]+(?:the|its|my)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:sticker|label|plate|tag|box|back|bottom|side|door|unit|manual))?"
    r"(?:[ \t]+(?:is|was|says|reads))?(?:[ \t]+an?(?=[ \t]))?"
    r"|\b(?:pixel|galaxy|iphone|ipad|moto(?:[ \t]+[a-z])?|motorola|oneplus|xiaomi|redmi)"
    r"|\bfcc(?:[ \t]+id)?(?:[ \t]+(?:is|was))?)[ \t:#.]*"
    r"(?:[a-z0-9]{1,6}[-/]"
    r"|(?!(?:is|was|and|the|my|so|it|or|on|at|to|of|for|but)\b)[a-z]{1,3}[ \t]+)?$",
    re.IGNORECASE,
)
# The company's own tax id or code read out to the caller: "our tax ID is 38-6004419".
_OWN_CODE_BEFORE = re.compile(
    r"\bour[ \t]+(?:federal[ \t]+)?(?:tax[ \t]+(?:id|i[ \t]d|identification)(?:[ \t]+number)?|"
    r"ein|e[ \t]i[ \t]n|(?:federal[ \t]+)?school[ \t]+code)(?:[ \t]+(?:is|was))?[ \t:#]*$",
    re.IGNORECASE,
)
# A product the company offers, named by its maker or line in capitals: "we have the
# Jupiter JBR1000 for $38.75 a month", "we rent the Yamaha YTR 2330" (a lower-case noun
# before the code is an id's name: "we have the account JBR1000").
_OFFERED_BEFORE = re.compile(
    r"\b(?i:we)(?:'ve|[ \t]+have)?[ \t]+(?i:have|got|carry|stock|rent|sell|offer)[ \t]+"
    r"(?i:the|an?)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}$"
)
_MODEL_WORD = re.compile(r"(?:model|mdl)[ \t:#.]+\S+|fcc", re.IGNORECASE)
# A screen's size or a length: "the 55-inch", "a 12 ft".
_SIZE = re.compile(r"\d{1,3}[ -]?(?:inch|inches|in|ft|foot|feet|cm|mm)", re.IGNORECASE)


def _product_model(text: str, start: int, end: int) -> bool:
    """A product's model named by its label or its maker, or the company's own code."""
    return bool(
        named_as_model_or_part(text, start, end)
        or _OWN_CODE_BEFORE.search(text, max(0, start - 40), start)
        or _OFFERED_BEFORE.search(text, max(0, start - 60), start)
        or _MODEL_CUE.search(text, max(0, start - 60), start)
        or _MODEL_WORD.fullmatch(text, start, end)
        or _SIZE.fullmatch(text, start, end)
    )


# A letter of a code said with a spelling alphabet word or "x as in word", and the words
# that correct it: "not echo, it's papa".
# (the normaliser makes "h as in house" a capital "H"; two bare capitals are too weak:
# "not B, it's C" may be a grade)
_LETTER_WORD = rf"(?:{NATO_WORD}|[a-z][ \t]+as[ \t]+in[ \t]+[a-z][\w-]*)"
_LETTER_CAP = r"(?-i:(?![AI]\b)[A-Z])(?![\w'-])"
_LETTER_SAID = rf"(?:{_LETTER_WORD}|{_LETTER_CAP})"
_LETTER_SAID_RE = re.compile(_LETTER_SAID)
_CORRECTED_TO = r",?[ \t]+(?:it's|its|it is|it should be|but|that's|thats)[ \t]+"


# A code's letters, five to ten, that no one would say as a word: at most one vowel
# ("gsmmwd", "pgczej") or four consonants in a row ("xqbrtk"). A name's letters have two
# vowels or more ("sandra"); a word left over is dropped by the lexicon (invalidate_result).
_CONSONANT = r"[b-df-hj-np-tv-xz]"
_UNSAYABLE_LETTERS = (
    # (a hum is no code: "mmhmm", "shhh")
    rf"(?![hmsu]+\b)(?=[a-z]{{5,10}}\b)(?:{_CONSONANT}*[aeiouy]?{_CONSONANT}*\b"
    rf"|[a-z]*{_CONSONANT}{{4}}[a-z]*\b)"
)


# A product word that labels the next field of a run-on answer, its value straight after:
# "order XA356590 phone 5123320475" ("phone" names the caller's number, not a model's kind,
# as in "the X200 phone").
_NOT_FIELD_LABEL = r"(?![ \t]*(?:(?:number|no\.?|#)[ \t]*)?(?:is[ \t]+)?[:,]?[ \t]*\d{3})"


# CMS's Medicare Beneficiary Identifier: 11 characters, digit-letter-alnum-digit,
# letter-alnum-digit, letter-letter-digit-digit, written in three groups or run together:
# "1EG4 TE5 MK73", "1EG4-TE5-MK73" (its letters never S, L, O, I, B or Z).
_MBI_LETTER = r"[ac-hjkmnp-rt-y]"
_MEDICARE_MBI = (
    rf"(?<![\w-])[1-9]{_MBI_LETTER}(?:{_MBI_LETTER}|\d)\d[ \t-]?{_MBI_LETTER}(?:{_MBI_LETTER}|\d)"
    rf"\d[ \t-]?{_MBI_LETTER}{{2}}\d{{2}}(?![\w-])"
)


# The last digits of a number read back, named as its rest: "1684 thats the rest", "one
# triple oh, that's the rest of it" (not an amount: "$500 that's the rest of the balance").
_REST_OF_NUMBER = (
    r"(?<![\w$.,])\d{3,8}(?![\d:])(?![.,]\d)(?![ \t]*(?:dollars?|bucks|cents?|percent|%)\b)"
    r"(?=[ \t]*,?[ \t]*(?:and[ \t]+)?(?:that'?s|that[ \t]+is|is|are)[ \t]+(?:the[ \t]+)?"
    r"(?:rest|remainder|remaining)\b"
    r"(?![ \t]+(?:of[ \t]+)?(?:the|my|your|it'?s|its)?[ \t]*(?:balance|amount|money|payment|"
    r"bill|fee|charge|refund|order|items?|stuff|time)\b))"
)


# A listener repeating an id's head and asking for the rest, the head one letter: "wait l
# and then what", "sorry w what was the rest" (a spelled letter, normalised: "sorry E what
# was the rest"). Longer heads are the conversation's (it checks them against the value
# read just before). Digits only where they are said as the missing rest: "then 865 you
# forgot the rest" ("sorry 5 and then what" may ask about a step).
_REST_ASK_LEAD = (
    r"(?:(?<=^)|(?<=^wait )|(?<=^wait, )|(?<=^sorry )|(?<=^sorry, )|(?<=^then )|(?<=^and ))"
)
_REST_ASKED_AFTER = (
    r"(?=[ \t.,]*(?:what was the rest|what's the rest|and then what|then what)[ \t?.!]*$)"
)
_REST_SAID_AFTER = r"(?=[ \t.,]*you (?:forgot|missed|left out) the rest[ \t?.!]*$)"
_LETTER_HEAD_ASKED = rf"{_REST_ASK_LEAD}(?!i\b)[a-z]{_REST_ASKED_AFTER}"
_REST_SAID = rf"{_REST_ASK_LEAD}\d{{1,6}}{_REST_SAID_AFTER}"


class AccountIdRecognizer(SpokenPatternRecognizer):
    """Identifiers: "account number 00123456", "member id AB123456", "policy P-778-2231".

    Mixed letters and digits (as typed, or spelled "A B 1 2 3" and normalised to "AB123")
    are identifiers on their own; plain digits need an identifier cue.
    """

    ENTITY = "ACCOUNT_ID"
    PATTERNS = (
        SpokenPattern("rest_of_number", _REST_OF_NUMBER, 0.6),
        SpokenPattern("letter_head_asked", _LETTER_HEAD_ASKED, 0.6),
        SpokenPattern("rest_said", _REST_SAID, 0.6),
        SpokenPattern("medicare_mbi", _MEDICARE_MBI, 0.7),
        # Letter-digit codes with at least three digits and five characters: "AB123456",
        # "x7k9q2p4". Short codes and named models are products: "the X200 router",
        # "model RT5400", "version 2.1b3".
        SpokenPattern(
            "alphanumeric_id",
            _PRODUCT_BEFORE +
            # not an IRS form ("1098-T", "1099-MISC", "1040-SR") or a model's round number
            # ("Nighthawk R7000", "the X100")
            r"(?!\b(?:10(?:40|65|95|98|99)|1120|5498|8606|8889|8962)-?[a-z]{1,4}\b)"
            r"(?!\b[a-z]{1,3}-?\d{1,2}0{2,}\b)"
            r"\b(?=[a-z-]*\d)(?=(?:[a-z-]*\d){3})(?=[0-9-]*[a-z])(?![0-9]+(?:st|nd|rd|th)\b)"
            r"(?=(?:-?[a-z0-9]){5})(?![0-9]+(?:x[0-9]+)+\b)"
            # not a vehicle safety recall's campaign (NHTSA "24V-085") after its cue
            r"(?<!\b(?:recall|campaign)(?:\s+(?:number|no\.?|#))?\s+(?=\d{2}[vect]-?\d{3}\b))"
            # not a flight said with its departure: "move you to KL1793 departing 10:30"
            r"(?![a-z0-9]{2}\d{1,4}\s+(?:departing|departs|leaving|arriving|arrives|boarding)\b)"
            # nor one said after flying: "i fly back on WN1183", "flying out on dl2207"
            r"(?!(?<=\b(?:fly|flies|flying|flew|flight|flights)(?:[ \t]+(?:back|out|home|in))?"
            r"(?:[ \t]+(?:on|with))?[ \t]+)[a-z0-9]{2}\d{1,4}\b)"
            r"(?>[a-z0-9]{2,}(?:-[a-z0-9]+)*)\b"
            rf"(?!\s+{PRODUCT}\b{_NOT_FIELD_LABEL})",
            0.6,
        ),
        # A vehicle identification number (ISO 3779): seventeen characters, no I, O or Q,
        # however few digits a VIN has ("FZ4WS9MYGBDRKZHGH", spelled "w g b eight s five
        # ..." as the normaliser joins it).
        SpokenPattern(
            "vin",
            # (not an email's local part: "laurenhernandez56@gmail.com")
            r"(?<![\w-])(?=[a-z]*\d)(?=(?:\d*[a-z]){4})[a-hj-npr-z0-9]{17}(?![\w@-])",
            0.6,
        ),
        # A short piece of a code said alone after "and" or "it's", the rest said in other
        # turns: "It's 4KZ", "and R7T2", "And M805" (the normaliser capitalises spelled
        # letters; not a time, an ordinal, a unit or a well-known name: "it's 3PM", "and
        # MP3", "it's 401k", "and 4WD").
        SpokenPattern(
            "piece_said_alone",
            r"^[\s,.]*(?:(?:and|it's|its|it is|then|plus|also|next)[\s,]+)+\K"
            r"(?!(?i:mp[34]|4wd|2wd|awd|2fa|401k|403b|457b|529|h1b|h-1b|covid19|b12|i\d{2,3}|"
            r"10\d\d[a-z]{0,3}|\d+(?:st|nd|rd|th|am|pm|k|g|gb|mb|tb|d|s|x\d+|hp|mph|ft|lbs?|kg|"
            r"mg|ml|yo|yrs?)|[a-z]{1,2}\d)\b)"
            r"(?-i:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3,8})(?=[\s.!]*$)",
            0.6,
        ),
        # A short code's piece with a letter, then that letter confirmed by a word: "4X.
        # That's X like x-ray", "7b, that's b as in boy" (the normaliser leaves the letter
        # alone: "That's X."; spelling the same letter out marks a code).
        CuedPattern(
            "piece_with_letter_confirmed",
            r"(?<![\w'-])(?=[a-z]{0,3}\d)(?=[a-z0-9]{2,8}\b)[a-z0-9]*?([a-z])[a-z0-9]*\b"
            r"(?=[ \t]*[.,]?[ \t]+(?:that's|thats|that is)[ \t]+(?-i:[A-Z])(?<=\1)"
            r"(?:[ \t]*[.,!]|[ \t]+(?:like|as[ \t]+in|for)[ \t]+[a-z]|[ \t]*$))",
            0.6,
            cue=r"\b(?:that's|thats|that is)\b",
        ),
        # Letters only, said straight after an id's cue: "the claim number is gsmmwd", "YOUR
        # CONFIRMATION NUMBER IS PGCZEJ" (an all-caps turn comes lower-cased). The letters
        # must not read as a word: "the case number is below" stays visible.
        CuedPattern(
            "cued_letters_only",
            r"(?<=\b(?:claim|case|confirmation|reference|ticket|order|booking|tracking)"
            r"[ \t]+(?:number|no\.?|#|code)[ \t]+(?:is|was|it's|its)?[ \t]*)"
            rf"{_UNSAYABLE_LETTERS}\b(?!['-])",
            0.6,
            cue=r"\b(?:number|no|code)\b",
        ),
        # An id read straight into the amount said after it, the two joined in one run by
        # the normaliser: "reference number nine one three oh ... nine three one thousand
        # two hundred twenty three dollars" -> "91301312931223 dollars". Nine digits and
        # more is no sum a caller disputes; the whole run goes, the id with it.
        CuedPattern(
            "cued_id_run_into_amount",
            r"(?<=\b(?:reference|confirmation|claim|case|ticket|transaction|tracking|order|"
            r"account|member|invoice)[ \t]+(?:number|no\.?|#|id)?[ \t]*(?:is|was|it's|its)?"
            r"[ \t:,]*)(?:(?!(?:is|it|at|of|on|an|as|to|in|or|so|be|my|no|a)\b)"
            r"\p{L}{1,2}\d{0,3}[ \t]+(?:dash[ \t]+)?)?(?<![\w$.,])\d{9,}"
            r"(?=[ \t]+(?:dollars?|bucks)\b)",
            0.6,
            cue=r"\b(?:dollars?|bucks)\b",
        ),
        # A ticket's or case's id spelled letter by letter (the normaliser joins the letters
        # in capitals): "mention ticket q c b n v a g", "a case number: u s t h t y a".
        # Capitals only, five or more, closing the clause: "ticket is open" stays visible.
        CuedPattern(
            "cued_spelled_letters",
            r"(?<=\b(?:ticket|case|reference|confirmation|claim|tracking|booking)"
            r"(?:[ \t]+(?:number|no\.?|#|code|id))?(?:[ \t]+(?:is|was|it's|its))?[ \t:,]*)"
            r"(?-i:[A-Z]{5,10})(?=[ \t]*(?:[.,!?]|$))",
            0.6,
            cue=r"\b(?:ticket|case|reference|confirmation|claim|tracking|booking)\b",
        ),
        # The same letters noted down as they were read: "let me write that down w c g e r m f",
        # "LET ME WRITE THAT DOWN. PGCZEJ?" (lower-cased, the letters must not read as a word).
        CuedPattern(
            "written_down_spelled_letters",
            r"(?<=\b(?:write|jot|note|take)[ \t]+(?:that|this|it)[ \t]+down[ \t:,]*)"
            r"(?-i:[A-Z]{5,10})(?=[ \t]*(?:[.,!?]|$))"
            # (six letters or more there, where a short name may be said: "chris?")
            r"|(?<=\b(?:write|jot|note|take)[ \t]+(?:that|this|it)[ \t]+down[ \t]*[.:,]?[ \t]*)"
            rf"(?=[a-z]{{6}}){_UNSAYABLE_LETTERS}(?=[ \t]*(?:[.,!?]|$))",
            0.6,
            cue=r"\bdown\b",
        ),
        # Spelled letters alone after "and" in a lower-case (spoken) turn, the code's next
        # piece: "and FHKV" from "and foxtrot hotel kilo victor" (four letters or more).
        SpokenPattern(
            "spelled_letters_after_and",
            # (an acronym said with its vowels is a name: "and NASA", "and AARP")
            r"^(?-i:and)[ \t]+\K(?!(?-i:[B-DF-HJ-NP-TV-Z]*[AEIOUY]){2})(?-i:[A-Z]{4,8})(?=[\s.]*$)",
            0.6,
        ),
        # A letter of a code corrected after it was read back: "no, not echo, it's papa",
        # "not november it's h as in house", "it's lima, not papa" (both letters are the
        # code's: the wrong one was read from it). Both sides must be a spelling alphabet
        # word or "x as in word", so "not delta, it's united" stays visible.
        CuedPattern(
            "corrected_letter_wrong",
            rf"\bnot[ \t]+\K(?:{_LETTER_WORD}(?={_CORRECTED_TO}{_LETTER_SAID}\b)"
            rf"|{_LETTER_CAP}(?={_CORRECTED_TO}{_LETTER_WORD}\b))"
            rf"|(?<=\b(?:it's|its|it is)[ \t]+{_LETTER_WORD},?[ \t]+not[ \t]+){_LETTER_SAID}\b"
            rf"|(?<=\b(?:it's|its|it is)[ \t]+{_LETTER_CAP},?[ \t]+not[ \t]+){_LETTER_WORD}\b",
            0.6,
            cue=r"\bnot\b",
        ),
        CuedPattern(
            "corrected_letter_right",
            rf"(?<=\bnot[ \t]+{_LETTER_WORD}{_CORRECTED_TO}){_LETTER_SAID}\b"
            rf"|(?<=\bnot[ \t]+{_LETTER_CAP}{_CORRECTED_TO}){_LETTER_WORD}\b"
            rf"|\b(?:it's|its|it is)[ \t]+\K(?:{_LETTER_WORD}(?=,?[ \t]+not[ \t]+{_LETTER_SAID}\b)"
            rf"|{_LETTER_CAP}(?=,?[ \t]+not[ \t]+{_LETTER_WORD}\b))",
            0.6,
            cue=r"\bnot\b",
        ),
        # The rest of a number cut off by the other speaker, said alone after "then":
        # "Right, then seven four two." (normalised "742"), "then two one" (not a round
        # number, a unit or a time: "then 300", "then 30 minutes").
        SpokenPattern(
            "digits_resumed_after_then",
            # (two digits only where the caller picks up again: "Right, then two one")
            r"^[\s,.]*(?:(?:right|yes|yeah|ok|okay|so|and|sorry)[\s,.]+)*then[\s,]+\K"
            r"(?!\d+0[\s.!]*$)(?:\d{3,6}|(?<=^[\s,.]*(?:right|yes|yeah),?[ \t]+then[ \t]+)\d\d"
            r"|\d(?:[ \t,]+\d){1,5})(?=[\s.!]*$)",
            0.6,
        ),
        # A number cut off as it was read, the turn ending in a dash: "It's 584—",
        # "It's 8, nine—" (digits read, not an amount or a time).
        SpokenPattern(
            "digits_cut_off",
            r"^[\s,.]*(?:(?:it's|its|it is|um|uh|so|yes|yeah|okay|ok)[\s,]+)+\K"
            r"(?![$£€])\d{1,4}(?:[ \t,]+\d{1,4}){0,5}(?=[ \t]*(?:—|–|--|-)[\s]*$)",
            0.6,
        ),
        # Digits and a phonetic letter as a whole reply, a code's piece: "56 foxtrot",
        # "and 38 kilo 4" (two digits or more first).
        SpokenPattern(
            "digits_then_phonetic",
            rf"^[\s,.]*(?:(?:and|it's|its|then)[\s,]+)?\K\d{{2,4}}[ \t]+{NATO_WORD}"
            rf"(?:[ \t]+(?:{NATO_WORD}|\d{{1,4}}))*(?=[\s.!]*$)",
            0.6,
        ),
        # A letter or two, a slash and a number, as building societies and councils print a
        # roll or reference number: "A/14097-3", "BX/220981". Not "w/" ("with") or a unit.
        SpokenPattern(
            "letter_slash_number",
            rf"(?<![\w'./$-])(?!w/|{_NOT_ID_LETTERS}/)[a-z]{{1,2}}/\d{{4,12}}(?:-\d{{1,4}})?"
            r"(?![\d.,]\d)(?![/\w-])",
            0.6,
        ),
        # Two groups of digits joined by a slash, as creditors, councils and solicitors print
        # a reference: "0095/23242" (weak alone: a question or words near that name a
        # reference, an account or a number make it; not a date, a year pair, a fraction or
        # a screen's resolution: "2023/2024", "12/2025", "1920/1080").
        SpokenPattern(
            "digits_slash_digits",
            r"(?<![\w'./$£€:-])(?!(?:19|20)\d\d/(?:19|20)?\d\d\b)"
            r"(?!\d{3,4}/\d{3,4}[ \t]*(?:px|pixels|p)\b)"
            r"\d{3,8}/\d{4,10}(?![\d.,]\d)(?![/\w-])",
            0.3,
        ),
        # Upper-case letters before a number of five digits or more, as airlines, pharmacies
        # and insurers print them: "RX 5580217", "ATLDL 48817", "DL 718 804, uh, 223",
        # "TR, um, 00, 554, 198" (the normaliser capitalises spelled letters). Not a flight
        # ("UA 1184"), a unit or currency, or a state and zip ("PA 19107").
        SpokenPattern(
            "prefixed_number",
            # (spelled letters that are a unit's are an id's before seven digits or more, no
            # measurement is so long: "KW 74205346")
            rf"(?<![\w'.$-])(?!{_NOT_ID_LETTERS}\b"
            rf"(?!(?<=\b{_UNIT_LETTERS})[ \t]\d(?:[ \t]?\d){{6,8}}\b))"
            rf"(?!{_STATE_CODES}[ \t]+\d{{5}}(?:-?\d{{4}})?\b)"
            # a second letter group: an airport and an airline, "DEN SK 48213"
            rf"(?-i:[A-Z]{{2,5}})(?:[ \t](?!{_NOT_ID_LETTERS}\b)(?-i:[A-Z]{{2,3}}))?"
            rf"(?:[ \t-]|,?[ \t]+(?:(?:uh|um|er),?[ \t]+)?)"
            rf"(?=\d(?:(?:[ \t-]|,[ \t]+|{_HESITATE})?\d){{4}})"
            r"\d{1,9}"
            # more groups: after a space or dash, or (digits read a few at a time) after a
            # comma or a hesitation
            rf"(?:[ \t-]\d{{1,9}}|(?<=(?<!\d)\d{{1,4}})(?:,[ \t]+|{_HESITATE})\d{{1,4}})*"
            rf"(?![\d.,]\d)(?![a-z])(?!\s*{_COUNTED}\b)(?!\s+{PRODUCT}\b)"
            rf"(?:{_AND_THEN}(?!\s*{_COUNTED}\b))?",
            0.6,
        ),
        # A spelled letter or two, a hesitation and a long number, in pieces, and a spelled
        # tail: "K uh, 40718822 uh, RT", "P 41 um, 772093", "W uh, 3350 812" (six digits or
        # more; not "a", "I").
        SpokenPattern(
            "letter_hesitant_number",
            # (a hesitation somewhere in it: "K 4071 8822" alone is letter_and_number's)
            rf"(?<![\w'.$-])(?=[a-z]{{1,2}}(?:{_PAUSE}\d|[ \t\d]*{_PAUSE}\d\d))"
            rf"(?-i:(?!(?:[AI]|{_NOT_ID_LETTERS})\b)[A-Z]{{1,2}})"
            rf"(?:{_PAUSE}|[ \t]+)(?=\d(?:(?:[ \t]|{_PAUSE})?\d){{5}})"
            rf"\d{{1,9}}(?:(?:[ \t]|{_PAUSE})\d{{2,9}})*"
            rf"(?!\d)(?![.,]\d)(?![a-z])(?!\s*{_COUNTED}\b)(?!\s+{PRODUCT}\b)"
            rf"(?:{_PAUSE}(?-i:(?![AI]\b)[A-Z]{{1,3}})\b(?![ \t]*\d))?",
            0.6,
        ),
        # The same in lower case, as a shouted transcript is normalised or a caller types:
        # "clm 2407733", "nf 88213", "dc 550 1904". Two to four letters that are no word
        # (see invalidate_result) or pronoun, and five digits or more; not a state and zip.
        SpokenPattern(
            "lower_prefixed_number",
            # (the cheap shape first: the word lists run only where a value can start)
            r"(?<![\w'.$-])(?=[a-z]{2,4}[ \t-]\d(?:[ \t]?\d){4})"
            rf"(?<!\bflights?\s)(?!(?:{_NOT_PREFIX}|{_NOT_ID_LETTERS}|{_PRONOUN}|{_SPANISH_NOT_PREFIX})\b)"
            rf"(?!{_LOWER_STATES}[ \t]+\d{{5}}(?:-?\d{{4}})?\b)"
            r"[a-z]{2,4}[ \t-](?=\d(?:[ \t]?\d){4})\d{1,9}(?:[ \t-]\d{1,9})*"
            rf"(?![\d.,]\d)(?![a-z])(?!\s*{_COUNTED}\b)(?!\s+{PRODUCT}\b)"
            rf"(?:{_AND_THEN}(?!\s*{_COUNTED}\b))?",
            0.6,
        ),
        # A letter said as a NATO word among the digits of a tracking number or serial:
        # "one zulu four five nine …" (UPS "1Z…"), "forty two kilo 5581903".
        SpokenPattern(
            "nato_in_number",
            rf"(?<![\w.,$-])\d{{1,4}}[ \t]+(?:{NATO_WORD}[ \t]+){{1,3}}\d(?:[ \t]?\d){{5,}}"
            rf"(?![\d.,]\d)(?!\s*{_COUNTED}\b)",
            0.6,
        ),
        # A court's case number read with its year first and the case type's letters
        # between, after its cue: "case 24 tr 9912", "docket number 23 cv 00418" (written
        # "2024-TR-018832" is alphanumeric_id's). Not a count or a time: "case 2 am 1030".
        CuedPattern(
            "year_type_number",
            rf"(?=\d{{2,4}}[ \t-]+[a-z]{{1,3}}[ \t-]+\d)"
            rf"(?<=\b(?:case|docket|citation|ticket|matter|file|cause)"
            rf"(?:\s+(?:number|no\.?|num|#))?(?:\s+(?:is|was|it's|its|um|uh))*[\s:,#]+)"
            rf"\d{{2,4}}[ \t-]+(?!(?:{_NOT_PREFIX}|{_NOT_ID_LETTERS}|{_COUNTED}|a|i|x|am|pm|"
            rf"st|nd|rd|th|k|m|hr|hrs|min|mins)\b)[a-z]{{1,3}}"
            r"[ \t-]+\d(?:[ \t]?\d){2,8}(?![\d.,]\d)(?![a-z])"
            rf"(?!\s*{_COUNTED}\b)",
            0.7,
            cue=r"\b(?:case|docket|citation|ticket|matter|file|cause)\b",
        ),
        # Three letters and three or four digits, a US plate's or a short code's shape,
        # after a verb that reads it: "it says KLM 4472", "the ticket has rvt 918" (weak
        # alone: a question or words near that name a plate or an id make it; not a
        # flight, a unit, a year, a word: "it says may 2024").
        SpokenPattern(
            "letters_short_number",
            r"(?<=\b(?:says|said|reads|read|shows|showed|has|had|it's|its|is|was)[ \t]+)"
            r"(?=[a-z]{3}[ \t-]\d{3,4}\b)"
            rf"(?!(?:{_NOT_PREFIX}|{_NOT_ID_LETTERS}|{_PRONOUN}|jan|feb|mar|apr|jun|jul|aug|"
            r"sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\b)"
            r"[a-z]{3}[ \t-](?!(?:19|20)\d\d\b|\d+00\b)\d{3,4}(?![\d.,:]\d)(?![a-z])"
            rf"(?!\s*{_COUNTED}\b)",
            0.3,
        ),
        # A plate written in capitals with its letters either side of the number, as states
        # and boat registrations print them: "NC 1235 JZ", "FL 4471 KM", "TX-2208-BR" (not a
        # time or a unit: "AT 1130 PM"; a shouted transcript is lower-cased, so no match).
        SpokenPattern(
            "letters_number_letters",
            r"(?<![\w'.$-])(?-i:(?=[A-Z]{2,3}[ \t-]\d{2,4}[ \t-][A-Z]{1,3}\b))"
            rf"(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID}|{_PRONOUN}|{_MAKER_LETTERS})\b)"
            r"(?-i:[A-Z]{2,3})[ \t-]\d{2,4}[ \t-]"
            rf"(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID}|{_PRONOUN}|A|I)\b)"
            r"(?-i:[A-Z]{1,3})\b(?![-'’.]\w)",
            0.6,
        ),
        # Three capitals and three or four digits said back as a whole sentence after a
        # reply word, a plate or a short code checked: "Okay, MKR 110.", "Not quite, TVB
        # 4418.", "So that's HXL 902?" (not a unit, a currency, a month, a word).
        SpokenPattern(
            "short_code_said_back",
            # (the cheap shape first: the reply words are looked for only before it)
            r"(?<![\w'.$-])(?-i:(?=[A-Z]{3}[ \t-]\d{3,4}[ \t]*(?:[.!?]|$)))"
            r"(?<=(?:^|[.!?][ \t]+)(?:(?:okay|ok|so|yes|yeah|yep|right|no|not quite|sorry|"
            r"that's|thats|i have|i've got|got it|great|perfect|alright),?[ \t]+){1,3})"
            rf"(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID}|{_MAKER_LETTERS}|jan|feb|mar|apr|jun|"
            r"jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\b)"
            r"(?-i:[A-Z]{3})[ \t-](?!(?:19|20)\d\d\b|\d+00\b)\d{3,4}\b",
            0.5,
        ),
        # A credit union's share suffix after the member number: "the suffix is 01".
        CuedPattern(
            "suffix",
            r"(?<=\bsuffix(?:[ \t]+(?:is|was|of|number|it's))*[ \t:,]+)\d{1,4}\b(?![.,]\d)",
            0.7,
            cue=r"\bsuffix\b",
        ),
        # A number written with its "#", as order and ticket numbers are: "#4471902",
        # "IT'S #5083" (the sign is part of the id). Not "#1", "#2 pencil".
        SpokenPattern(
            "hash_number",
            r"(?<![\w#&])"
            # after a reply's start, a verb or an id's noun, not a store's or a place's
            # number: "QuickMart #2291", "store #5512", "Sycamore Parkway, #2798" (an address's)
            r"(?<=(?:^|[.:;!?]|^[^,]{0,12},|\b(?:is|be|it's|its|was|it|that's|thats|number|no\.?|"
            r"order|ticket|case|claim|invoice|reference|ref|confirmation|account|booking|"
            r"reservation|id|um|uh|er|erm|yes|yeah|sorry|okay|ok|so))[ \t]*)"
            r"#[ \t]?(?=\d(?:-?\d){2})\d{1,12}(?:-\d{1,6})*(?![\d.,]\d)(?![a-z])"
            rf"(?!\s*{_COUNTED}\b)",
            0.6,
        ),
        # A code in capitals among lower-case words, letters and a digit: "Sure JVPZU4 I
        # think", "it's QRT7XB" (not "COVID19", "ISO9001").
        SpokenPattern(
            "capital_code",
            _PRODUCT_BEFORE + rf"(?-i:(?<![\w-])"
            rf"(?!COVID|(?:{_NOT_ID_LETTERS})\d+\b)(?=[A-Z0-9]*\d)"
            r"(?=(?:\d*[A-Z]){3})[A-Z0-9]{5,10}(?![\w-]))",
            0.6,
        ),
        # A spelled code (the normaliser writes spelled letters in capitals) and what is
        # said after it: its digit groups and a last letter ("GF25 4287 j", "OAUL8 73"),
        # letters and digits before a mixed group ("WDL 29 A952MTH"), or "to"/"for" and
        # "oh"s for digits ("UME to oh oh" for UME200).
        SpokenPattern(
            "spelled_code_tail",
            rf"(?-i:(?<![\w'-])(?=[A-Z0-9])(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID})\b)"
            # its digit groups and a last letter: "GF25 4287 j", "SY32 j"
            r"(?:(?=[A-Z]{2}|[A-Z]\d\d|[A-Z]\d[A-Z])[A-Z]{1,6}\d[A-Z0-9]*"
            r"(?:[ \t]\d{1,6}\b(?![.,]\d))*"
            # (after a hesitation: "D2SS8 uh x"; "a" or "i" only where the clause ends:
            # "BH3L4 a got it")
            r"(?:,?[ \t]+(?:uh|um|er|erm),?)?[ \t]"
            r"(?:(?![ai]\b)[a-z]\b(?!['’])|[ai](?=[ \t]*(?:[.,!?;]|$|got it\b|thanks?\b|"
            # (a read-back confirmed: "P4412387 a matches", "... a that's it")
            r"thank you\b|is that right\b|correct\b|right\b|match(?:es|ed)?\b|"
            r"that's it\b|exactly\b|perfect[ \t]*(?:[.,!?;]|$)|yes\b|yep\b|yeah\b)))"
            # its digit groups alone, after four letters or with five digits ("KSM1 50" is
            # a model, "PC3 88" a flight)
            r"|(?=[A-Z]{4}|[A-Z]{1,6}(?:[ \t]?\d){5})[A-Z]{1,6}\d[A-Z0-9]*"
            r"(?:[ \t]\d{1,6}\b(?![.,]\d))+"
            r"|(?:[A-Z]{1,6}[ \t]+|\d{1,6}[ \t]+){2,4}(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])"
            r"[A-Z0-9]{4,10}(?![\w-])"
            r"|[A-Z]{2,6}[ \t]+(?:to|too|for|won)(?:[ \t]+(?:oh|zero)\b){2,4}(?![ \t]+\d)))"
            rf"(?![ \t]+(?!(?:matches|thanks)\b)(?:{_COUNTED}|[a-z]{{3,}}s)\b)",
            0.6,
        ),
        # A British number plate, two letters, two digits and three letters, written
        # whole or with a dash: "PS26-XXJ", "ln19kmv" (not "tv55 led").
        # Or with a space, "YR19 KXF", "bd67 hnw" (not when the letters after are a word:
        # "tv55 led", see invalidate_result).
        SpokenPattern(
            "uk_plate",
            rf"\b[a-z]{{2}}\d{{2}}(?:-?|[ \t](?!(?:{_NOT_PREFIX}|{_PRONOUN})\b))"
            r"[a-z]{3}\b(?![-.]\w)",
            0.6,
        ),
        # A British driving licence: five letters of the surname (9s pad a short one), six
        # digits of the birth date, two initials, a digit and two check characters, written
        # whole or in groups: "HOLLO 604215 JM 9AB", "LEE99711085DS9XY".
        SpokenPattern(
            "uk_driving_licence",
            r"\b[a-z9]{5}[ \t]?\d[0156]\d{4}[ \t]?[a-z9]{2}[ \t]?\d[a-z0-9]{2}\b(?![-.]\w)",
            0.7,
        ),
        # A British National Insurance number: two letters (HMRC never issues D, F, I, Q, U,
        # V, nor O second, nor the prefixes BG, GB, KN, NK, NT, TN, ZZ), six digits and a
        # letter A-D, whole or in pairs: "JT 48 21 07 C", "nr630194a".
        SpokenPattern(
            "uk_national_insurance",
            # (the cheap shape first: the word lists run only where a value can start)
            r"(?<![\w'.$-])(?=[a-z]{2}[ \t-]?\d{2})"
            rf"(?!(?:bg|gb|kn|nk|nt|tn|zz)[ \t]?\d)(?!(?:{_NOT_PREFIX}|{_PRONOUN})\b)"
            r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]"
            # (a hesitation between pairs: "GK 08 49 um 66 B")
            rf"(?:[ \t-]?|{_PAUSE})\d{{2}}(?:(?:[ \t-]?|{_PAUSE})\d{{2}}){{2}}"
            rf"(?:[ \t-]?|{_PAUSE})[a-d]\b(?![-'’.]\w)",
            0.7,
        ),
        # A postal tracking number (UPU S10): two letters, eight or nine digits and the
        # country's two letters, in groups: "RN 7719 0342 GB", "lx 402 118 973 de".
        SpokenPattern(
            "postal_tracking",
            rf"(?<![\w'.$-])(?=[a-z]{{2}}[ \t-]?\d{{2}})(?!(?:{_NOT_PREFIX}|{_PRONOUN})\b)"
            r"[a-z]{2}[ \t-]?(?=(?:\d[ \t-]?){8,9}[a-z]{2}\b)\d(?:[ \t-]?\d){7,8}[ \t-]?"
            rf"(?!(?:{_NOT_PREFIX}|{_PRONOUN})\b)[a-z]{{2}}\b(?![-.]\w)",
            0.6,
        ),
        # A reference in parts with slashes, as solicitors and councils write them, letters
        # and digits: "KLM/PT/4471", "j d w slash r e slash two two eight" (the normaliser
        # writes spelled letters in capitals). Not "24/7", "N/A", "TCP/IP".
        CuedPattern(
            "slashed_reference",
            r"(?<![\w/-])(?=[a-z0-9]{1,10}(?:[ \t]*/|[ \t]+slash\b))"
            r"(?-i:(?=[A-Z0-9]{1,10}(?:[ \t]*/|[ \t]+slash\b))"
            r"(?=[A-Z0-9 \t/a-z]*?\d[ \t]*\d)"
            r"(?=[A-Z]{2}|[0-9]+(?:[ \t]*/[ \t]*|[ \t]+slash[ \t]+)[A-Z]{2})"
            r"[A-Z0-9]{1,10}(?:(?:[ \t]*/[ \t]*|[ \t]+slash[ \t]+)[A-Z0-9]{1,10}){1,5}(?![\w/-]))"
            # written with "/" (lower-cased when the transcript shouts), three digits
            r"|(?<![\w/-])(?=[a-z0-9]{1,10}/)(?=[a-z0-9/]*?\d[a-z/]*\d[a-z/]*\d)"
            r"(?=[a-z]{2}|\d+/[a-z]{2})"
            r"[a-z0-9]{1,10}(?:/[a-z0-9]{1,10}){1,5}(?![\w/-])"
            # a court's or a registry's file, its letters, its number and the year it was
            # filed: "BFT 2291/2024" (not a standard's edition: "ISO 9001/2015")
            rf"|(?<![\w/-])(?!{_NOT_ID_LETTERS}\b)(?-i:[A-Z]{{2,5}})[ \t]\d{{2,6}}/"
            r"(?:19|20)\d\d(?![\w/-])",
            0.6,
            cue=r"/|\bslash\b",
        ),
        # A code spelled out with letters and digits interleaved (the normaliser writes
        # spelled letters in capitals): "HQ7X2M", "b7k2p9". Two letters and two digits in
        # at least four alternating runs; not dimensions ("10x12x8").
        SpokenPattern(
            "interleaved_code",
            _PRODUCT_BEFORE + r"\b(?=[a-z0-9]{6,12}\b)(?=[a-z]+\d+[a-z]+\d|\d+[a-z]+\d+[a-z])"
            r"(?=[0-9x]*[a-wyz])[a-z0-9]{6,12}\b(?![-.]\w)",
            0.6,
        ),
        CuedPattern(
            "cued_number",
            # (the look-ahead first: the cue's look-behind runs only where a value can start)
            r"(?=(?:[a-z]{1,5},?(?:[ \t]+(?:dash|hyphen)[ \t]+|[ \t-])?)?\d)"
            rf"(?<={_CUE}{same_clause(25)})(?<![\d$.,])"
            r"(?<!\b(?:since|from|until|till|by|before|after|of)\s)(?<!(?<!ending|ends)\sin\s)"
            # a bound on an amount is a quantity, not an id: "per our terms up to 100,000
            # can be transferred", "a limit of 25000"
            rf"(?<!\b{AMOUNT_BOUND}\s)"
            # not a vehicle's model year: "your policy ... is this the 2018 subaru outback"
            rf"(?!(?:19|20)\d\d(?:{_MODEL_AFTER.pattern}))"
            # a letter said before a long number is part of it: "passport number a 52819473"
            # and so are letters before it: "work order is WO 55192043" (lower-cased when
            # the transcript shouts), "file reference ordua 60194"
            # (letters joined by a said dash are the id's, units' too: "case number is CC
            # dash 55019")
            # (and a year said first, before the id's letter or two: "the case number for
            # your records is 25 H 0 4 1 2", as the normaliser joins it: "25 H0412"; "case
            # number twenty four c v oh nine one one three": "24 CV09113")
            r"(?:\d{2}[ \t]+(?![aix]\d)[a-z]{1,2}(?=\d{4})"
            rf"|\b(?!{_NOT_PREFIX}\b)[a-z]{{1,5}}[ \t]+(?:dash|hyphen)[ \t]+(?=\d)"
            # (a capital and a digit said first are the id's too: "ID is X4 L9 72NQ")
            rf"|\b(?:(?-i:[A-Z]{{1,2}}\d)[ \t]+(?=(?-i:[A-Z]{{1,3}})[ \t]?\d))?"
            rf"(?!{_NOT_ID_LETTERS}\b)(?-i:[A-Z]{{1,5}})"
            r"(?:[ \t]+(?:dash|hyphen)[ \t]+|,?[- ])?"
            rf"|\b(?!(?:{_NOT_PREFIX}|{_NOT_ID_LETTERS}|{_SPANISH_NOT_PREFIX})\b)[a-z]{{2,5}}[ \t-]"
            r"(?=\d(?:[ \t]?\d){4})"
            r"|\b(?!i\b)[a-z][ \t-](?=\d(?:[ \t-]?\d){5})"
            # two letters said straight after "number (is)", before six digits or more,
            # even where they spell a word or a unit ("contract number is an 5503 8127",
            # "policy number ul 3391 0067", lower-cased when the transcript shouts)
            rf"|(?<=\b(?:number|no\.?|num|#|id)[ \t]+(?:(?:is|was|it's|its)[ \t]+)?)"
            # (a word only when written in capitals in a turn that is not shouted: "the
            # application ID is IN 7720 4581 33", and then four digits do: "incident
            # number IN 5 5 0 2")
            rf"(?:(?-i:[A-Z]{{2}})[ \t-](?=\d(?:[ \t]?\d){{3}})"
            rf"|(?!{_NUMBER_CUE_NOT_PREFIX}\b)[a-z]{{2}}[ \t-](?=\d(?:[ \t]?\d){{5}})))?"
            # Digits may be grouped by spaces, dashes or commas; a letter is part of the id
            # only when attached ("4471ab", "4471-b"), so "38291047, routing is" stops.
            # (a zero said "oh" between groups is a digit: "VR 88 oh 31 44")
            r"\d(?:[ \t]?[-,]?[ \t]?\d|-?[a-z]|[ \t]+oh[ \t]+\d){3,19}"
            rf"(?!\d)(?![\d.,]\d)(?![a-z])(?!\s*{_COUNTED}\b)"
            # a piece said after a hesitation is part of it: "4471 9920, uh, 13"
            rf"(?:{_HESITATE}\d{{1,5}}(?![\d.,]\d)(?![a-z])(?!\s*{_COUNTED}\b))*"
            # and a letter said last: "claim number is 6630417 k" (not "a", "i", "x 3")
            r"(?:[ \t](?![ai]\b)[a-z]\b(?![-'’])(?![ \t]*\d)"
            # (a capital A or I is the id's where it ends the turn: "NF 0092 7718 A.")
            r"|[ \t](?-i:[AI])(?=[ \t]*[.!]?[ \t]*$)"
            # or a letter and a digit last, where the clause ends: "claim number is 41
            # 220917 K3."
            # (or two: a tracking number's "… 51 CD38.")
            r"|[ \t](?-i:[A-WYZ][A-Z]?)\d{1,2}(?=[ \t]*(?:[.,!?;]|$)))?",
            0.75,
            cue=_CUE,
        ),
        # A letter and two to four digits after a noun that names a job, an entry or an
        # order by its code, as the normaliser joins a spelled letter and digits: "you're on
        # job C-52", "i see him, entry P041", "the order was B281" (a letter is no amount).
        CuedPattern(
            "letter_code_after_job_noun",
            rf"(?<={_JOB_NOUN}(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t:#,]+)"
            r"(?-i:(?!I\b)[A-Z])[ \t-]?\d{2,4}(?![\w-])(?![.,]\d)",
            0.75,
            cue=_JOB_NOUN,
        ),
        # A short code of capitals and three digits after its cue, as the normaliser joins
        # a spelled letter and digits: "carer number C447", "member id KT903".
        CuedPattern(
            "cued_short_code",
            rf"(?-i:(?=[A-Z]{{1,3}}\d{{3}}\b))(?<={_CUE}{same_clause(25)})"
            rf"(?-i:\b(?!{_NOT_ID_LETTERS}\b)[A-Z]{{1,3}}\d{{3}}\b)(?![.,]\d)"
            rf"(?!\s*{_COUNTED}\b)",
            0.75,
            cue=_CUE,
        ),
        # One letter and 7-9 digits, the shape of passports (US next generation: a letter
        # and 8 digits) and many member ids: "his is a 600372155", "it's c 4471 9920".
        # Not a round amount said with an article ("a 1500000 loan").
        SpokenPattern(
            "letter_and_number",
            r"(?<![\w'.$-])(?!i\b)[a-z][ \t-](?!\d*000\b)\d(?:[ \t]?\d){6,8}"
            rf"(?![\d.,]\d)(?![ \t-]?\d)(?!\s*{_UNITS}\b)",
            0.5,
        ),
        # IEEE 802 MAC address: six hex pairs, separated or not ("A4:B1:C2:0F:33:9E",
        # "a4b1.c20f.339e", "A4 B1 C2 0F 33 9E"), with a letter and a digit. One separator
        # throughout: "that'd be 4593995865" is the word "be" before a number, not a MAC.
        SpokenPattern(
            "mac_address",
            r"\b(?=(?:[0-9]{2}[ \t:.-]?){0,5}[0-9]?[a-f])(?=(?:[a-f]{2}[ \t:.-]?){0,5}[a-f]?\d)"
            r"(?!(?-i:be|ad)[ \t]\d)"
            r"(?:[0-9a-f]{2}([ \t:.-]?)[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}"
            r"|[0-9a-f]{4}(\.)[0-9a-f]{4}\2[0-9a-f]{4})"
            r"\b(?![:.-][0-9a-z])(?![ \t][0-9a-f]{2}\b)",
            0.6,
        ),
        # Tracking numbers and serials written in groups with letters: UPS "1Z 99F 47E 03
        # 8812 4406", "KX4 77 2019 88". Four or more groups, each with a digit, one with a
        # letter.
        SpokenPattern(
            "grouped_code",
            rf"\b(?=(?:{_GROUP}[ \t-]){{3}}{_GROUP})(?:{_GROUP}[ \t-]){{0,8}}"
            rf"(?=[0-9]*[a-z])(?!\d+(?:st|nd|rd|th|am|pm|k|x)\b){_GROUP}(?:[ \t-]{_GROUP})*",
            0.6,
        ),
        # Licence plates after their cue: "plate was WKT 318", "tag number 7ABC123".
        CuedPattern(
            "cued_plate",
            r"(?=[a-z0-9]{0,7}(?:[ \t]+(?:dash|hyphen))?[ \t-]?\d)"
            rf"(?<=\b(?:plates?|tag|tags|registration|reg){same_clause(20)})"
            rf"(?<=\b(?:plates?|tag|tags|registration|reg)(?:\s+(?:number|no\.?|num|#))?"
            rf"(?:\s+(?:is|was|reads|says|it's|of|on|like|um|uh|number))*[\s:,#]+)"
            rf"(?!{_NOT_PLATE}\b)"
            # groups as written or spelled (the normaliser writes spelled letters in
            # capitals): "YR19 KXD", "6CMJ5 43", "TNK dash 9157", "NCA6 76"
            r"(?:(?=[A-Z0-9 \t-]*\d)(?=[0-9 \t-]*[A-Z])(?-i:[A-Z0-9]{1,7}"
            r"(?:(?:[ \t]*-[ \t]*|[ \t]+(?:dash|hyphen)[ \t]+|[ \t])(?:\d{1,4}|[A-Z]{1,3})\b){1,3})"
            r"(?=[ \t]*(?:[.,!?;]|$|[a-z]))"
            # (a last letter group, not the next word: "PMA1674 and his license is …")
            rf"|[a-z]{{1,4}}[ \t-]?\d{{2,5}}(?:[ \t-]?(?!{_NOT_PLATE_TAIL}\b)[a-z]{{1,3}}\b)?"
            rf"|\d{{1,3}}[ \t-]?[a-z]{{2,4}}[ \t-]?\d{{2,4}}"
            # (digits and a letter, then letters, ending the clause: "72a vkd", "4bc-rtm")
            rf"|\d{{1,3}}[a-z]{{1,2}}[ \t-](?!{_NOT_PLATE_TAIL}\b)[a-z]{{2,4}}"
            r"(?=[ \t]*(?:[.,!?;]|$))"
            rf"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{{4,8}})\b(?!\s*{_UNITS}\b)",
            0.7,
            cue=r"\bplates?\b|\btags?\b|registration|\breg\b",
        ),
        # A plate read back later in the sentence that names it, the code ending its
        # clause: "the plate on file has an extra zero, ZTW 088K." (letters and digits both;
        # not a word and a number: "the plate expires in 2026").
        CuedPattern(
            "plate_read_back",
            rf"(?<=\bplates?\b{same_clause(50)}[\s:,]{{1,3}})"
            rf"(?!(?:{_NOT_PLATE}|{_NOT_PLATE_TAIL}|{_NOT_PREFIX}|{_NOT_ID_LETTERS}|{_PRONOUN})\b)"
            r"(?:[a-z]{2,4}[ \t-]?\d{2,4}[a-z]{0,2}|\d[a-z]{2,4}[ \t-]?\d{2,4}"
            # (digits then letters only glued: "a 2021 van" is a year and a word)
            r"|\d{2,4}[a-z]{2,3})"
            r"(?=[ \t]*(?:[.,!?;]|$))",
            0.6,
            cue=r"\bplates?\b",
        ),
        # Part of a plate, spelled (the normaliser joins it in capitals), a digit and letters
        # both: "i got part of the plate 7KL something", "the plate started with KX4." (not
        # a time or a drive: "3PM", "4WD").
        CuedPattern(
            "partial_plate",
            r"(?-i:(?=[A-Z0-9]{3}\b)(?=[A-Z]{0,2}\d)(?=\d{0,2}[A-Z]))"
            rf"(?<=\bplates?\b{same_clause(30)}[\s:,]{{1,3}})"
            r"(?!(?i:\d(?:am|pm|wd|mb|gb|kb|tb|hp|th|st|nd|rd|x\d))\b)"
            r"(?-i:[A-Z0-9]{3})\b(?!['-])",
            0.6,
            cue=r"\bplates?\b",
        ),
        CuedPattern(
            "cued_code",
            rf"(?=[a-z0-9]{{0,9}}\d)(?<={_CODE_CUE}{same_clause(20)})\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{{5,10}}\b",
            0.7,
            cue=_CODE_CUE,
        ),
        # A code read in groups after its cue, NATO words and letters among digits, to the
        # end of the sentence: "confirmation number is bravo 23 J7F.", "is 864 VMD",
        # "locator 4AD 77 u."
        CuedPattern(
            "cued_spoken_code",
            rf"(?=[a-z0-9]{{0,9}}\b)(?<={_CODE_CUE}(?:\s+(?:is|was|it's|number))*[\s:#,]+)"
            # (a lone "a" first is the code's letter, or an article the code follows: "your
            # reference is a 583 h six" keeps it, the rest must be a code without it)
            r"(?:a[ \t]+)?"
            rf"(?=(?:{_SAID_GROUP}[ \t]+)*{_SAID_LETTER}\b)(?=(?:{_SAID_GROUP}[ \t]+)*[a-z]*\d)"
            rf"{_SAID_GROUP}(?:[ \t]+{_SAID_GROUP}){{1,7}}(?=[ \t]*(?:[.,!?;]|$))",
            0.7,
            cue=_CODE_CUE,
        ),
        # A code of capitals after its cue, as Whisper writes it or the normaliser joins
        # spelled letters: "the confirmation code is UTLYMF", "record locator WXDPLT".
        CuedPattern(
            "cued_letter_code",
            rf"(?<={_CODE_CUE}{same_clause(20)})"
            rf"(?-i:\b(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID})\b)[A-Z]{{5,8}}\b)",
            0.7,
            cue=_CODE_CUE,
        ),
        # A code read back in capitals (the normaliser joins spelled letters): "let me
        # repeat that K9TAOK", "reading it back, TPCCWU", "just to confirm XR4 7LM".
        CuedPattern(
            "read_back_code",
            rf"(?<={_READ_BACK_CUE}{same_clause(20)})"
            rf"(?-i:\b(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID})\b)(?=[A-Z0-9]*[A-Z])"
            r"(?=(?:[ \t-]?[A-Z0-9]){5})[A-Z0-9]{2,12}\b"
            r"(?:[ \t-](?=[A-Z]*\d|[A-Z]{2})[A-Z0-9]{1,8}\b)*)",
            0.7,
            cue=_READ_BACK_CUE,
        ),
        # An id said back in pieces with pauses as the agent types it in: "let me just put
        # that in... 7C21... D40... MP3", "so I have R... 2281... 6619. Is that right?"
        # (two pieces or more, one of three characters with a digit, each piece ending the
        # sentence or paused after: not "so I have 30... 40 minutes").
        CuedPattern(
            "typed_in_pieces",
            rf"(?<={_TYPING_CUE}[ \t,:]*(?:(?:\.{{2,}}|\u2026)[ \t]*)?)"
            rf"(?=(?:{_TYPED_CHUNK}{_ELLIPSIS})*(?=[a-z0-9]{{3}})[a-z]*\d)"
            rf"{_TYPED_CHUNK}(?:{_ELLIPSIS}{_TYPED_CHUNK})+"
            r"(?=[ \t]*(?:\.{2,}|\u2026|[.?!,;]|$))",
            0.7,
            cue=_TYPING_CUE,
        ),
        # Weak alone, answers to a question that names an id (CONTEXT): a whole reply that
        # is letters spelled out ("yeah it's PA", "XWG") or one letter ("d") before the rest
        # is read in groups; letters and a number ("ordua 60194"); a username with a
        # number ("its r okonkwo 71").
        SpokenPattern(
            "spelled_answer",
            rf"{_REPLY_START}(?:(?-i:(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID})\b)[A-Z]{{2,8}})"
            r"(?:[ \t-](?-i:[A-Z]{1,8}))?|(?!(?:a|i|o|u|k|y)\b)[a-z])" + _REPLY_END,
            0.3,
        ),
        # Five to eight letters and no vowel, no word in any case: a code of letters only,
        # "QWXTRB", "then BZKPLM, sorry" (not a sound held, "hmmmm", "shhhh", "mmhmm", a
        # letter doubled, nor a broadcaster or a web scheme: "MSNBC", "HTTPS").
        SpokenPattern(
            "consonant_code",
            r"(?<![\w'.-])(?![a-z]*([a-z])\1)(?!(?:msnbc|https|nsync|cspan|tsktsk)\b)"
            r"[b-df-hj-np-tv-xz]{5,8}(?![\w'-])",
            0.5,
        ),
        # a whole reply of capitals and digits in groups, a code spelled out (the
        # normaliser writes spelled letters in capitals): "23 KZJLXA", "SL45", "170 G4 DB
        # 8 WLW 964114"
        SpokenPattern(
            "code_answer",
            rf"{_REPLY_START}(?-i:(?!(?:{_NOT_ID_LETTERS}|{_NOT_SPELLED_ID})\b)"
            r"(?=[A-Z0-9 \t-]*[A-Z])(?=[A-Z \t-]*\d)(?=(?:[ \t-]?[A-Z0-9]){4})"
            # (a pause between groups is no word of it: "4363 K um 434")
            rf"[A-Z0-9]{{1,10}}(?:(?:[ \t-]|{_HESITATE})[A-Z0-9]{{1,10}}){{0,9}})" + _REPLY_END,
            0.3,
        ),
        # a whole reply that is a British postcode, as said for a vehicle's registration or
        # a code: "SK4 1AB", "b12 9qt" (not "a4 2pm")
        SpokenPattern(
            "postcode_answer",
            rf"{_REPLY_START}[a-z]{{1,2}}\d[a-z\d]?[ \t]?(?!\d(?:am|pm)\b)\d[a-z]{{2}}"
            + _REPLY_END,
            0.6,
        ),
        SpokenPattern(
            "prefixed_answer",
            # (a unit's letters before the number are an id's: "cc 55019" said back alone)
            rf"{_REPLY_START}(?!(?!{_UNIT_WORDS}\b)(?:{_NOT_PREFIX}|{_NOT_ID_LETTERS})\b)"
            r"[a-z]{2,5}[ \t-]?\d(?:[ \t]?\d){4,}" + _REPLY_END,
            0.3,
        ),
        SpokenPattern(
            "username_answer",
            # an initial and a surname, either way round: "r okonkwo 71", "dana k 22" (a
            # surname said in two words: "l mac isaac 88", "t van dyke 40")
            rf"{_REPLY_START}(?:{_INITIAL}[ \t._-]+{_USER_WORD}(?:[ \t]+{_USER_WORD})?"
            rf"|{_USER_WORD}[ \t._-]+{_INITIAL})"
            # (the separator may be said: "r gallegos dash 89")
            r"(?:[ \t._-]*|[ \t]+(?:dash|hyphen|underscore|dot|period)[ \t]+)\d{1,4}" + _REPLY_END,
            0.3,
        ),
        # ... or names joined by dots or underscores, with a number: "it's mara.vidal.27",
        # "kenji_ota_5" (a web address's shape is the URL recognizer's: "shop.example.com")
        SpokenPattern(
            "dotted_username_answer",
            rf"{_REPLY_START}{_USER_WORD}(?:[._]{_USER_WORD}){{1,2}}[._-]?\d{{1,4}}(?![\w.])"
            + _REPLY_END,
            0.3,
        ),
        # ... or a name run into one word and a number: "it's mlopezq 19" (not a word:
        # "it's room 12", see invalidate_result)
        SpokenPattern(
            "username_word_answer",
            rf"{_REPLY_START}(?=[a-z]{{6,}}[ \t._-]*\d){_USER_WORD}[ \t._-]*\d{{1,4}}" + _REPLY_END,
            0.3,
        ),
        # A username after its cue: "my username is r okonkwo 71", "login is jdoe_84".
        CuedPattern(
            "username_is",
            r"(?<=\b(?:user ?name|login|log in|user id|screen name|handle)"
            r"(?:\s+(?:is|was|it's|its|should be|would be))+\s*[:,]?\s*(?:um\s+|uh\s+)?)"
            # not where or how one logs in: "your usual login is from 73.162.44.219"
            # (nor the rest of "isn't": "my login isn't working")
            rf"(?<![a-z'])(?!{_NOT_LOGIN_VALUE}\b)" + VALUE,
            0.7,
            cue=r"user ?name|log ?in|user id|screen name|handle",
        ),
        # A username named as the user an agent sees or acts on: "It shows user mpetrova",
        # "i'll reset the password for user jkowalski2" (an English word is no username:
        # "the user account", see invalidate_result).
        CuedPattern(
            "user_named",
            r"(?<=\b(?:shows|showing|says|reads|for|under|as|locked|unlock|reset|the)"
            r"[ \t]+(?:the[ \t]+)?user[ \t]+)"
            rf"(?!(?:{_NOT_LOGIN_VALUE}|{_NOT_PREFIX}|{_ROLE_ACCOUNT})\b)(?=[a-z0-9._-]*[a-z]{{4}})"
            r"[a-z][a-z0-9._-]{3,30}[a-z0-9](?![\w@'])",
            0.6,
            cue=r"\buser\b",
        ),
        # A number given by its last digits when the caller has not got it to hand: "it
        # ends in 800", "it ends in 56-7", "i think it ends with dash 844" (three digits or
        # a dashed group; four are the safety net's; not a year, an amount or a time).
        CuedPattern(
            "it_ends_in",
            r"(?<=\b(?:it|mine|that|this|the[ \t]+number|one)[ \t]+(?:ends|ended)[ \t]+(?:in|with)"
            r"[ \t,:]+(?:(?:dash|hyphen)[ \t]+)?"
            # an account read back by three of its last digits: "an account ending 638"
            r"|\baccount[ \t]+(?:that[ \t]+)?(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t,:]+)"
            r"(?<![\d$.,])(?:\d{3}|\d{1,3}-\d{1,3})(?![\d:])(?![.,]\d)"
            rf"(?![ \t-]*{_ENDING_UNITS}\b)",
            0.6,
            cue=r"\bend(?:s|ed|ing)\b",
        ),
        # The last two digits of an account, given unsure: "I think the old account ends
        # in 68, or it might be 60" (see spoken_card's short_ending).
        CuedPattern(
            "account_short_ending_guess",
            short_ending(r"\baccount\b"),
            0.6,
            cue=r"\baccount\b[^\n]*\bend(?:s|ed|ing)\b",
        ),
    )
    CONTEXT = (
        "account",
        "member",
        "policy",
        "id",
        "number",
        "customer",
        "reference",
        # the question names what is read: "what's the username", "the license number"
        "user",
        "login",
        "license",
        "licence",
        "vin",
        "confirmation",
        "claim",
        "prescription",
        "ticket",
        "passport",
        "locator",
        "vehicle",
        "identification",
        "iban",
        "order",
        # a vehicle's registration asked for alone: "registration please" -> "JH10"
        "registration",
        "reg",
        "plate",
        "tag",
        "permit",
        "docket",
        "tracking",
        "booking",
        "cancellation",
        # "and the citation?" -> "J-40871"
        "citation",
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Identifiers, less a flight in a turn about travel: "i fly back on B6 1535"."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            # "ending in 1845, one for $212 …": a lone digit after a comma is "one" the
            # pronoun, not the id's last group
            tail = _PRONOUN_ONE_TAIL.search(text, r.start, r.end)
            if tail and tail.end() == r.end and _PRONOUN_ONE_AFTER.match(text, r.end):
                r.end = tail.start()
            r.start, r.end = widen_with_id_letters(text, r.start, r.end)
            r.start = widen_with_id_head(text, r.start)
            r.start = _with_said_dash(text, r.start)
            r.start = _with_paused_pieces(text, r.start)
        return [
            r
            for r in results
            if not (
                _FLIGHT.fullmatch(text, r.start, r.end) and _said_as_flight(text, r.start, r.end)
            )
            and not _flight_in_travel_turn(text, r.start, r.end)
            and not _government_form(text, r.start, r.end)
            and not business_purchase_order(text, r.start, r.end)
            and not _irs_notice(text, r.start, r.end)
            and not _product_model(text, r.start, r.end)
            and not _code_to_enter(text, r.start, r.end)
            and not _form_named(text, r.start, r.end)
            and not _DEVICE_FIELD.fullmatch(text, r.start, r.end)
            and not names_public_equipment(text, r.start, r.end)
            and not in_tyre_size(text, r.start, r.end)
            and not _print_size(text, r.start, r.end)
            and not _in_email_domain(text, r.start, r.end)
            and not not_a_persons_code(text, r.start, r.end)
            # a business's freephone or toll-free line: "our number, 0800 138 4410"
            and not is_toll_free(text[r.start : r.end])
        ]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Amounts, times and measurements like "25mb" or "10am" are not identifiers, nor
        an English word in capitals ("the confirmation is in the EMAIL")."""
        low = pattern_text.lower()
        if _LETTER_SAID_RE.fullmatch(low):
            return False  # a code's letter said as a word, corrected: "not echo, it's papa"
        return (
            _word_or_promo_code(low)
            or _word_before_number(low, pattern_text)
            or _model_and_word(low)
            or _quantity_with_unit(low)
            or _count_and_word(low)
            or _decade(pattern_text)
        )


# A photo print's or a frame's size, "two 5x7s", "an 8 x 10", "the 11x14": width by height,
# a product's size, no one's id.
_PRINT_SIZE = re.compile(
    r"(?:(?:a|an|the|one|two|three|four|five|six|ten|\d{1,2})[ \t]+)?\d{1,2}[ \t]?x[ \t]?\d{1,2}s?",
    re.IGNORECASE,
)


def _print_size(text: str, start: int, end: int) -> bool:
    """A print or frame size said as width by height ("two 5x7s"), not an identifier."""
    return _PRINT_SIZE.fullmatch(text, start, end) is not None


# A written email's domain, "dispatch@keypoint247.com": the mail host's name, no one's id
# (the email recognizer judges the whole address).
_EMAIL_DOMAIN_BEFORE = re.compile(r"[\w.+-]@[\w-]*(?:\.[\w-]+)*\.?$")
_EMAIL_DOMAIN_AFTER = re.compile(r"[\w-]*(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)


def _in_email_domain(text: str, start: int, end: int) -> bool:
    """True for a span after the "@" of a written email address, within its domain."""
    return bool(_EMAIL_DOMAIN_BEFORE.search(text, max(0, start - 80), start)) and bool(
        _EMAIL_DOMAIN_AFTER.match(text, end)
    )


# "it ends with dash 844": the dash said before the last digits is the id's own.
_SAID_DASH_BEFORE = re.compile(
    r"\b(?:ends|ended)[ \t]+(?:in|with)[ \t,:]+((?:dash|hyphen)[ \t]+)$", re.IGNORECASE
)


def _with_said_dash(text: str, start: int) -> int:
    """Where a number's last digits start when a said dash opens them ("ends with dash
    844"): the dash is part of what was read."""
    m = _SAID_DASH_BEFORE.search(text, max(0, start - 30), start)
    return m.start(1) if m else start


# A short piece of an id, said before a pause or straight before the next piece: "10 uh r
# um 64 LALFXPBKZ8J2" (digits, or a letter that is not "a" or "i").
_PIECE_BEFORE = re.compile(
    rf"(?<![\w'\u2019.-])(?:\d{{1,4}}|(?![ai]\b)[a-z])(?P<sep>{_PAUSE}|[ \t]+)$", re.IGNORECASE
)


def _with_paused_pieces(text: str, start: int) -> int:
    """Where an id starts when its head was said in pieces, with a pause between them: the
    head left visible gives the id away. Without a pause, nearby numbers are kept apart."""
    head, paused = start, False
    while m := _PIECE_BEFORE.search(text, max(0, head - 20), head):
        head, paused = m.start(), paused or bool(m.group("sep").strip(" \t,"))
    return head if paused else start


# A tyre's size as the sidewall prints it, width/aspect, construction and rim: "235/65R17",
# "P225/45ZR18", "LT265/70 R 17", "205/55R16 91V", "265/70-17".
_TYRE_SIZE = re.compile(
    r"(?<![\w/])(?:p|lt|st|t)?[1-3]\d{2}[ \t]?/[ \t]?[2-9][05][ \t]?"
    r"(?:z?r|-|b|d)[ \t]?(?:1[2-9]|2[0-6])(?:[ \t]+\d{2,3}[a-z])?(?![\w/])",
    re.IGNORECASE,
)


def in_tyre_size(text: str, start: int, end: int) -> bool:
    """True for a span inside a tyre's size ("235/65R17"): every tyre of that model has it."""
    for m in _TYRE_SIZE.finditer(text, max(0, start - 14), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return True
    return False


# A phone's field named with its slot, no value: "the IMEI2", "SIM 1", "eSIM-2".
_DEVICE_FIELD = re.compile(r"(?:imei|meid|esn|iccid|e?sim|eid)[ \t-]?[12]", re.IGNORECASE)


# A code the caller is told to type in on a site, an app or a screen: "then enter code
# QRM-715 on the website" (a device's activation code, the company's, not the caller's).
_ENTER_CODE_BEFORE = re.compile(
    r"\b(?:enter|type|key)(?:[ \t]+in)?(?:[ \t]+(?:the|this))?[ \t]+code[ \t:]*$", re.I
)
_ON_SITE_AFTER = re.compile(
    r"[ \t]+(?:on|at|in|into)[ \t]+(?:the|our|your)[ \t]+"
    r"(?:web[ \t]?site|site|app|portal|screen|page|tv|box|device)\b",
    re.I,
)


# A form named by its label and its short code: "VA Form 10-10CG", "form 21P-509", "Form
# I-864A" (an agency's form, the same for every caller).
_FORM_LABEL_BEFORE = re.compile(
    r"\bforms?(?:[ \t,]+(?:number|no\.?|#))?(?:[ \t]+is)?[ \t:#]*$", re.IGNORECASE
)
# An article the id's letters took in before a form's code: "you'd need a W-8BEN" (the
# normaliser glues the spelled "a" on: "AW8BEN").
_ARTICLE_START = re.compile(r"(?:a|an|the)[ \t]+|a(?=w-?\d)", re.IGNORECASE)


def _government_form(text: str, start: int, end: int) -> bool:
    """A government form's code ("W-8BEN", "SSA-1099"), with an article taken in before it
    ("a W-8BEN"): the same form for every caller."""
    article = _ARTICLE_START.match(text, start, end)
    return bool(
        _GOVERNMENT_FORM.fullmatch(text, start, end)
        or (article and _GOVERNMENT_FORM.fullmatch(text, article.end(), end))
    )


_FORM_CODE = re.compile(r"[a-z]{0,3}-?\d{1,4}[a-z]{0,3}(?:-\d{1,4}[a-z]{0,4})?", re.IGNORECASE)


# A form the caller filled in, named by its own number: "transfer form number TF0338",
# "your change request form no. 4471" (each caller's form has its own).
_FILLED_FORM_NUMBER_BEFORE = re.compile(
    r"\b(?:transfer|request|intake|enrol?ll?ment|change)[ \t]+form[ \t,]+(?:number|no\.?|#)"
    r"(?:[ \t]+is)?[ \t:#]*$",
    re.IGNORECASE,
)


def _form_named(text: str, start: int, end: int) -> bool:
    """A short code after "form" is the form's name, not the caller's id (but a filled-in
    form's own number is: "transfer form number TF0338")."""
    return (
        end - start <= 10
        and bool(_FORM_CODE.fullmatch(text, start, end))
        and bool(_FORM_LABEL_BEFORE.search(text, max(0, start - 20), start))
        and not _FILLED_FORM_NUMBER_BEFORE.search(text, max(0, start - 40), start)
    )


def _code_to_enter(text: str, start: int, end: int) -> bool:
    """ "enter code QRM-715 on the website": a code to type in, named by the company."""
    return bool(
        _ON_SITE_AFTER.match(text, end)
        and _ENTER_CODE_BEFORE.search(text, max(0, start - 30), start)
    )


def _word_or_promo_code(low: str) -> bool:
    """An English word, a promo code ("SPRING25", "SAVE10": an id's letters are no word)
    or a word and a number ("it's station 12", "probably 40": no username)."""
    if low.isalpha() and len(low) > 2 and lexicon().is_word(low):
        return True
    word = low.rstrip("0123456789")
    if word.isalpha() and len(word) > 2 and len(low) - len(word) <= 2 and lexicon().is_word(word):
        return True
    head = low.rstrip("0123456789 ._-")
    return head != low and head.isalpha() and len(head) >= 6 and lexicon().is_word(head)


def _word_before_number(low: str, pattern_text: str) -> bool:
    """A word before a number is no id's prefix: "plan 55012", "flat 12345" (the lexicon
    knows abbreviations too: "TRM 55018" stays an id; capitals are spelled letters, as
    the normaliser writes them: "WRY 154 561 357")."""
    head = low.split()[0] if " " in low and not pattern_text.split()[0].isupper() else ""
    return (
        3 <= len(head) <= 4
        and head.isalpha()
        and any(v in head for v in "aeiouy")
        and low[len(head) + 1 :].replace(" ", "").replace("-", "").isdigit()
        and lexicon().is_word(head)
    )


def _model_and_word(low: str) -> bool:
    """A model and a word, not a plate: "tv55 led", "ps45 and"."""
    plate = _PLATE_TAIL.fullmatch(low)
    return bool(plate and lexicon().is_word(plate.group(1)))


# A count joined to the thing counted: "a 120-gallon tank", "a 100-word statement".
_COUNT_AND_WORD = re.compile(r"[\d,]{1,6}-([a-z]{3,})")


def _count_and_word(low: str) -> bool:
    """A count and an English word it describes: "120-gallon", "1,000-gallon", "100-word"
    (an id's letters after its digits are no word: "4471-qxt")."""
    m = _COUNT_AND_WORD.fullmatch(low)
    return bool(m) and lexicon().is_word(m.group(1))


# A decade, written with a small "s": "1980s controllers", "a house from the 1920s".
_DECADE = re.compile(rf"{DECADE_DIGITS}(?-i:s)")


def _decade(pattern_text: str) -> bool:
    """A decade ("the 1980s") dates a thing; an id's letter would be a capital ("1980S")."""
    return bool(_DECADE.fullmatch(pattern_text))


_UNITS = ("am", "pm", "mb", "gb", "kb", "st", "nd", "rd", "th", "mg", "ml", "k")


def _quantity_with_unit(low: str) -> bool:
    """A number with a unit: "10am", "25mb", "3rd"; thousands written short ("50k",
    "1200k"), but eight digits and a K are an id's ("58210937K")."""
    return any(
        low.endswith(u) and low[: -len(u)].isdigit() and (u != "k" or len(low) <= 5) for u in _UNITS
    )


# A lone digit after a comma at a number's end, and the words that make it "one" the pronoun:
# "the account ending in 1845, 1 for $212.40" (the normaliser wrote "one" as a digit).
_PRONOUN_ONE_TAIL = re.compile(r"(?<=\d{3}),[ \t]*1")
_PRONOUN_ONE_AFTER = re.compile(
    r"[ \t]+(?:for|of|on|from|that|which|with|is|was|at|in)\b(?![ \t]*[.,!?]?[ \t]*$)"
)
