"""ADDRESS: street addresses, city/state/zip lines, zip codes with a cue, PO boxes."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from recognizers.base import (
    BRANDS,
    CuedPattern,
    SpokenPattern,
    SpokenPatternRecognizer,
    same_clause,
)
from recognizers.digit_safety_net_recognizer import _UNITS
from recognizers.place_context import (
    FIRM_DEPARTMENT,
    HERE_NOW,
    HOME_WORDS,
    county_office,
    family_plural,
    us_place_words,
)
from recognizers.spanish_speech import spanish_number
from recognizers.spoken_person_recognizer import NAME_WORD, fold, lexicon

# USPS Publication 28, appendix C1: street suffixes, full names and standard abbreviations.
_SUFFIX = (
    r"(?:alley|allee|aly|piazza|annex|anx|arcade|arc|avenue|ave|av|bayou|byu|beach|bch|bend|bnd|"
    r"bluffs?|blf|bottom|btm|boulevard|blvd|branch|br|bridge|brg|brooks?|brk|burgs?|bg|"
    r"bypass|byp|camp|cp|canyon|cyn|cape|cpe|causeway|cswy|centers?|ctr|circles?|cir|"
    r"cliffs?|clf|club|clb|commons?|cmn|corners?|cor|course|crse|courts?|ct|coves?|cv|"
    r"creek|crk|crescent|cres|crest|crst|crossing|xing|crossroads?|xrd|curve|curv|dale|dl|"
    r"dam|dm|divide|dv|drives?|dr|estates?|expressway|expy|extensions?|ext|falls?|fls|"
    r"ferry|fry|fields?|fld|flats?|flt|fords?|frd|forest|frst|forges?|frg|forks?|frk|fort|"
    r"ft|freeway|fwy|gardens?|gdn|gateway|gtwy|glens?|gln|greens?|grn|groves?|grv|harbors?|"
    r"hbr|haven|hvn|heights|hts|highway|hwy|hills?|hl|hollow|holw|inlet|inlt|islands?|"
    r"isle|junctions?|jct|keys?|ky|knolls?|knl|lakes?|lk|land|landing|lndg|lane|ln|lights?|"
    r"lgt|loaf|lf|locks?|lck|lodge|ldg|loop|mall|manors?|mnr|meadows?|mdw|mews|mills?|ml|"
    r"mission|msn|motorway|mtwy|mount|mt|mountains?|mtn|neck|nck|orchard|orch|oval|overpass|"
    r"opas|parks?|parkways?|pkwy|pass|passage|psge|path|pike|pines?|pne|places?|pl|plains?|"
    r"pln|plaza|plz|points?|pt|ports?|prt|prairie|pr|radial|radl|ramp|ranch|rnch|rapids?|"
    r"rpd|rest|rst|ridges?|rdg|river|riv|roadways?|roads?|rd|routes?|rte|row|rue|run|shoals?|shl|"
    r"shores?|shr|skyway|skwy|springs?|spg|spurs?|squares?|sq|station|sta|stravenue|stra|"
    r"streams?|strm|streets?|st|summit|smt|terrace|ter|throughway|trwy|trace|trce|track|"
    r"trak|trafficway|trfy|trails?|trl|trailer|trlr|tunnel|tunl|turnpike|tpke|underpass|"
    r"upas|unions?|valleys?|vly|viaduct|via|views?|vw|villages?|vlg|ville|vl|vista|vis|"
    r"walks?|wall|ways?|wy|wells?|"
    # British and Irish street types: "12 Harrow Close", "4 mill wynd" (the ones that are
    # everyday words only written as names: "2 very close calls")
    r"(?-i:Close|Parade|Vale|Rise|CLOSE|PARADE|VALE|RISE)|wynd|croft|quay|brae|"
    # Australian and New Zealand street types: "9 Koorong Esplanade", "31 Hale Circuit";
    # the ones that are everyday words only written as names: "384 Dune Entrance", "7
    # Myall Chase" (not "2 rear entrance doors", "a 2024 economic outlook")
    r"esplanade|promenade|concourse|laneway|alleyway|walkway|footway|pathway|ridgeway|"
    r"riverway|cul-de-sac|boulevarde|parklands|thoroughfare|tollway|firetrail|highroad|"
    r"colonnade|foreshore|crossway|cruiseway|centreway|trunkway|circlet|rosebowl|"
    r"(?-i:Entrance|Access|Approach|Chase|Circuit|Circus|Centre|Cross|Courtyard|Driveway|"
    r"Fairway|Frontage|Gate|Gates|Glade|Grange|Gully|Interchange|Lookout|Meander|Nook|"
    r"Outlook|Plateau|Quadrant|Quays|Ramble|Amble|Anchorage|Reach|Reserve|Retreat|Ride|"
    r"Rotary|Siding|Slope|Strand|Towers|Villas|Basin|Brace|Brow|Copse|Byway)|"
    # Indian street types: "Sodhi Chowk", "Sant Marg", "Pai Ganj", "Morar Nagar"
    r"marg|chowk|ganj|zila|nagar|salai|gali)"
)
# British street types that are everyday words, in lower case (an ALL-CAPS turn reaches us
# lower-cased) only ending the clause: "8 penrose close.", "14 fern rise, please" (not "2
# very close calls", "a 3 point rise in rates").
_UK_TYPE_LOWER = (
    r"(?<!\b(?:very|so|too|pretty|quite|really|real|fairly|getting|more|most|as|how|that|this|"
    r"point|percent|price|sharp|steep|big|small|slight|huge)\s)"
    r"(?:close|parade|vale|rise)(?=\s*(?:[,.!?;]|$)|\s+(?:as|please|thanks|thank)\b)"
)
# A floor's ordinal, as digits or words: "9th", "34th", "second", "twenty-first".
_FLOOR_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty)[ -])?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|ground|top)"
)
# A floor said after a street, its town or its postcode: "…, 34th floor", "… third floor".
# (the floor ends the clause, or a place on it follows: not "… the second floor bathroom")
_FLOOR_STOP = (
    r"(?=[ \t]*(?:[,.!?;)]|$)|[ \t]+(?:and|please|thanks|thank|right|correct|is|in|at|for|"
    r"nurses?|nurse's|reception|front|lobby|suite|room|office|desk|ward|east|west|north|south)\b)"
)
# (taken into the address after a comma only: "…, 34th floor", not "… austin second floor")
_FLOOR_AFTER_RX = re.compile(
    rf",[ \t]+(?:on[ \t]+the[ \t]+)?{_FLOOR_ORDINAL}[ \t]+floor\b{_FLOOR_STOP}", re.IGNORECASE
)
# A flat or unit named in Spanish: "apartamento diez a", "unidad cuatro cero tres".
_ES_UNIT_WORD = r"(?:apartamento|apto|departamento|depto|unidad|piso)"
_UNIT = (
    # a British flat with its number: "… Shepard Square, Flat 12" (before "fl" and "at")
    r"(?:,?\s*flat\s*#?\s*\d{1,4}(?!\d)(?:\s?[a-z]\b)?(?![\d.,]\d)(?!\s*(?:%|percent\b))"
    # a Singaporean floor and unit: "… crescent, #07-112"
    r"|,?\s*#\s?\d{1,3}-\d{1,5}\b"
    # a floor said as its ordinal after the street: "… state street, 9th floor", "… , the
    # fourteenth floor" (a floor belongs to the address)
    # (not after a sentence's stop: "… drive. The second floor bathroom leaks")
    rf"|(?!(?<=\.)\s),\s*(?:on\s+the\s+)?{_FLOOR_ORDINAL}\s+floor\b{_FLOOR_STOP}"
    # (a flat said in Spanish first, not read as "dept" and a letter: "depto 5", "apto 3")
    rf"|,?\s*(?:(?:uh|um),?\s+)?(?:{_ES_UNIT_WORD}|apt|apartment|appartement|appt|unit|suite|ste|"
    r"floor|fl|building|bldg|room|rm|lot|space|trailer|slip|berth|dock|dept|#)\.?\s*#?\s*"
    # (a dock's or a park's row letter and its number: "slip C 17", "space b 12")
    r"(?:\d+(?:\s?[a-z]\b)?|[a-z][ \t]\d{1,4}\b(?![.,:]\d|[ \t]*(?:%|percent|am|pm|minutes?)\b)"
    r"|[a-z]\d*|[a-z0-9-]{1,6})\b"
    # "… washington street number 39", "… cedar blvd no. 14": a unit said as its number
    r"|,?\s*(?:number|no\.?)\s*#?\s*\d{1,5}(?!\d|[.,]\d)(?:[ \t-]?[a-z]\b)?"
    r"(?!\s*(?:(?:of|percent)\b|%)))"
)
STATE_NAMES = (
    r"(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
    r"georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    r"massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    r"new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|"
    r"oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|"
    r"texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|"
    r"district of columbia|puerto rico)"
)
# USPS two-letter codes, upper case only: "in", "or", "me", "hi" are English words.
_STATE_CODES = (
    r"(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|"
    r"MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR)"
)
_STATE = rf"(?:{STATE_NAMES}|{_STATE_CODES})"
# The states' names as written: "New Jersey", "North Carolina".
_UNIT_WORD = (
    rf"(?:apt|apartment|unit|suite|ste|floor|fl|building|bldg|room|rm|number|no|{_ES_UNIT_WORD})"
)
_STATE_NAMES_CAPITALISED = (
    "(?:"
    + "|".join(
        " ".join(w if w == "of" else w.capitalize() for w in name.split())
        for name in STATE_NAMES[3:-1].split("|")
    )
    + ")"
)
# Capitalised words before a comma and a state that are no city: "Thanks, Georgia".
_NOT_CITY_WORD = (
    r"Thanks|Thank|Please|Okay|Ok|Yes|Yeah|Yep|Right|Sure|Correct|Sorry|Hi|Hello|Hey|Great|"
    r"Perfect|Alright|Morning|Evening|Afternoon|Well|So|And|But|No|Oh|Um|Uh|Bye|Goodbye|"
    r"Welcome|Dear|Ma'am|Sir|Actually|Also|Then"
)
# Before a zip code a state code is unambiguous in any case (ALL CAPS, lower-cased ASR).
_STATE_ZIP = (
    rf"(?:{_STATE}|(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|"
    rf"ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|"
    rf"pr)(?=,?\s*\d{{5}}))"
)
_ZIP = r"\d{5}(?:[ \t]?-[ \t]?\d{4})?"
_NOT_CITY = (
    r"(?!(?:in|at|to|the|from|of|and|is|live|lives|living|moved|it's|its|that's|yes|yeah|"
    r"um|uh|so|my|address|city|state|zip|code|that|was|which|okay|ok|yep|yup|sure|alright|"
    r"right|correct|well|oh|and|but|hi|hello|hey|sorry|technically|actually|basically|"
    r"officially|currently|originally|probably|"
    # (a correction's "not" before the number it takes back: "… main street not 26367 …")
    r"not|nope)\b)"
)
# ... after the first word "city" may be part of the name: "salt lake city", "kansas city"
_NOT_CITY_AFTER = _NOT_CITY.replace("city|", "")
_CITY = rf"{_NOT_CITY}[a-z][a-z.'-]+(?:\s+{_NOT_CITY_AFTER}[a-z][a-z.'-]+){{0,2}}"
# (any script's letter: "9 Kōwhai Court", "12 Ōtaki Street"; a mark may follow its letter)
_WORD = r"[\p{L}0-9][\p{L}\p{M}0-9.'-]*"
# A second address line: a rural route or a PO box after the street.
_SECOND_LINE = (
    r"(?:(?:rural route|r\.?r\.?|highway contract(?: route)?|h\.?c\.?|p\.?\s?o\.?\s?box|"
    r"post office box)\s*#?\s*\d{1,6}(?:[\s,]+box\s*#?\s*\d{1,6})?\b)"
)
# A Spanish reply or check after a read-back address, no town: "… 92074 correcto".
_ES_CONFIRM = r"(?:correcto|correcta|cierto|verdad|gracias|vale|claro|exacto|bueno|okey|s[ií])"
# Words after "in" or a comma that are not a city: "… street in the back", "in march",
# "… street, please.", "… avenue in person".
_NOT_LONE_CITY = (
    r"(?:a|an|the|my|our|your|his|her|their|its|it|this|that|these|those|there|here|which|"
    r"front|back|person|time|case|fact|total|general|full|advance|cash|writing|order|"
    r"question|particular|between|town|apartment|apt|unit|suite|room|floor|building|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|"
    r"autumn|winter|morning|afternoon|evening|thanks|thank|please|okay|ok|yes|yeah|yep|"
    r"right|sure|correct|sorry|exactly|i|we|you|he|she|they|too|also|now|then|though|"
    r"again|already|still|anyway|actually|"
    # (who or how much, not where: "in someone else's bag", "he lives upstairs", "i live
    # half the year here")
    r"someone|somebody|anyone|anybody|everyone|everybody|half|most|part|upstairs|"
    r"downstairs|nearby|alone|together|abroad|"
    rf"{_ES_CONFIRM})"
)
# Words that end a sentence after a street and are no suburb: "… oak street today".
_NOT_AFTER_STREET = (
    r"(?:today|tomorrow|tonight|instead|asap|anymore|there|here|mate|love|sir|maam|ma'am|"
    r"mam|hun|dear|please|cheers|sorry|too|either|again|now|later|soon|yet|mind|sometime|"
    r"north|south|east|west|ok|okay|alright|yeah|yes|no|right|correct|address|then|still|"
    r"just|only|one|ones|side|end|corner|way|entrance|maybe|probably|though|yesterday|"
    rf"upstairs|downstairs|apparently|actually|lol|haha|thanks|thank|{_ES_CONFIRM})"
)
_LONE_CITY = (
    rf"(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-z][a-z'-]+"
    rf"(?:\s+(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-z][a-z'-]+)?"
)
# Words before five digits that make them an amount, a count or an id, not a zip.
_NOT_ZIP_CITY = (
    r"(?:about|around|approximately|roughly|nearly|almost|over|under|exactly|only|just|"
    r"like|maybe|plus|minus|total|account|acct|number|policy|member|order|claim|case|"
    r"ticket|reference|confirmation|id|pin|code|room|flight|mile|miles|rx|box|paid|owe|"
    r"owed|due|balance|limit|deductible|points|code|ext|extension|option|press|dial)"
)
# Words before four digits that make them a year: "since 2019".
_TIME_WORD = (
    r"(?:since|in|until|till|from|before|after|around|about|year|years|back|circa|of|by|"
    r"early|late|mid|summer|winter|spring|fall|autumn)"
)
# Words of a clause, not of a street name: "pay 200 now and the rest later".
_CLAUSE_WORD = (
    r"(?:and|now|then|the|i|you|it|is|was|are|to|for|but|or|so|if|when|later|with|my|your|"
    r"from|about|by|at|of|as|on|in)"
)
# Words between a house number and a street's type that name no street: pronouns and
# prepositions of a clause ("that's the 1 he drives", "at 315 its wendell brooks", "a
# 2021 F-150 under dale").
_NOT_STREET_WORD = (
    rf"(?:{_CLAUSE_WORD}|its|it's|that's|thats|this|that|he|she|we|they|he's|she's|we're|"
    r"they're|i'm|im|his|her|their|our|me|him|them|us|who|which|what|where|when|"
    # (a capitalised one may name a street: "612 Under Hill Road")
    r"(?-i:under|into|onto|after|before|until|than))"
)
# Words that make "3200 rewards points" a count, not a house number and a street.
_COUNTED = (
    r"(?:rewards?|bonus|loyalty|award|extra|more|free|total|additional|of|other|"
    r"different|separate|such|those|these|the|a|an|and|or|to|for|"
    # (points of a draw or a licence: "7 preference points", "3 penalty points")
    r"preference|penalty|demerit|basis|skill|experience|"
    # (a date before a flight and its airline: "on march 28, flight PR 101")
    r"flights?|"
    # (rooms counted: "a 2 bedroom ocean view is …", "3 bath lake villa")
    r"bedrooms?|bathrooms?|beds?|baths?|"
    # (a wait asked for: "one moment", "1 sec", not a house and its street)
    r"moments?|secs?|"
    # (characters of a number: "routing number nine digits bottom left of a check")
    r"digits?|characters?|letters?|numbers?)"
)
# "second" counts time ("a 30 second wait") but also names a street after a house number:
# "26367 second street", "412 second ave" (not a count's length before a street: "a 10
# second street crossing", "for 30 second street views").
_SECOND_AS_STREET = (
    r"(?<!\b(?:a|an|the|for|just|only|about|another|every|like|in|wait|(?:hold|hang)[ \t]+on)"
    r"[ \t]+\d{1,6}[ \t]+)"
    rf"second[ \t]+{_SUFFIX}\b"
)
# What a caller says before a unit given alone: "it's", "pretty sure it was".
_IT_WAS = r"(?:it's|its|it[ \t]+is|it[ \t]+was)"
# A unit's number, a letter after it or before it: "9E", "7 b", "b 12", "423".
_UNIT_ID = r"(?:\d{1,4}(?:[ \t]?[a-z])?|[a-z][ \t]?\d{1,4})\b(?![.,:]\d)"
# Someone said to be at a place, or to live at it: "i'm at", "is she still at", "they live
# across from me at".
_SOMEONE_AT = (
    r"\b(?:(?:i'm|im|i[ \t]+am|she's|he's|they're|we're|you're|(?:she|he|it)[ \t]+is|"
    r"(?:they|we|you)[ \t]+are|(?:is|was)[ \t]+(?:she|he)|(?:are|were)[ \t]+(?:they|you))"
    r"(?:[ \t]+(?:now|still|also|currently|over|back|down|just))?[ \t]+at"
    r"|\b(?:live|lives|lived|living)\b[^.!?]{0,25}?\bat)"
)
# The reply's town said next, after its street: "old orchard road and that's in dublin".
_TOWN_OF_REPLY_NEXT = (
    r",?[ \t]+(?:and[ \t]+)?(?:that's|thats|that[ \t]+is|it's|its|it[ \t]+is)[ \t]+"
    r"(?:(?:out|over|up|down)[ \t]+)?in\b"
)
# Who lives at a street, named by their role: "the homeowner on raintree lane".
_RESIDENT_ROLE = (
    r"(?:home[ \t-]?)?owners?|residents|tenants?|renters?|landlord|landlady|"
    r"neighbou?rs?"
)
# A home said with whose it is: "my yard", "my mom's house", "their old farm" (not "the
# place on fifth avenue", a shop's; "our" only with a word no firm uses of its site: "our
# yard" or "our place" is as often a tow yard's or a restaurant's).
_HOME_NOUN = (
    r"house|home|farm|apartment|condo|cabin|ranch|driveway|duplex|townhouse|trailer|mailbox"
)
_OWNED_HOME = (
    r"(?:(?:my|his|her|their|(?!(?:it|that|there|what|he|she|who|here|let|where)'s)[a-z]+'s)"
    r"[ \t]+(?:(?!(?:a|an|the)\b)[a-z]+[ \t]+)?"
    rf"(?:{_HOME_NOUN}|place|yard|property|garden|rental)"
    rf"|our[ \t]+(?:(?!(?:a|an|the)\b)[a-z]+[ \t]+)?(?:{_HOME_NOUN}))"
)
# Who lives beside or near the caller: the street of "she's at 26" is theirs.
_NEIGHBOR = (
    r"neighbou?rs?|next[ \t-]+door|(?:two|three|\d)[ \t]+doors[ \t]+down|"
    r"across[ \t]+the[ \t]+(?:street|road|hall)"
)
# What follows a course's, a squad's or a machine's unit, not a home's: "unit 3 exam".
_NOT_UNIT_AFTER = (
    r"of|exam|test|quiz|lesson|module|assignment|homework|chapter|percent|responded|"
    r"responding|is[ \t]+(?:broken|leaking|out)"
)
# Words after a number that say how much, how long or when, not which street: "i'm at 5
# percent", "she's at 40 minutes", "at 25 past", "i'm at 720 fico", "he's at 2 left".
_NOT_BARE_STREET = (
    rf"(?:{_UNITS}|{_COUNTED}|{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|{_NOT_AFTER_STREET}|"
    r"past|after|til|till|sharp|ish|tops|max|least|most|even|something|odd|plus|left|"
    r"remaining|down|up|out|off|over|under|bar|star|mph|kph|degrees?|percentile|fico|score|"
    r"credit|bed|bedroom|bath|bathroom|storey|story|floor|car|garage|acre|door|room|flat|"
    r"unit|hour|year|month|week|day|mile|foot|block|house|home|thousand|hundred|million|"
    r"billion|grand|quid|buck|dollar|pound|level|stage|version|percent|times?|am|pm|"
    r"o'?clock|oclock|tonight|today|tomorrow|yesterday)"
)
# A street's name without its type: one word, not a plural ("56 sycamore", not "40
# minutes").
_BARE_STREET_NAME = rf"(?!{_NOT_BARE_STREET}\b)[a-z][a-z'-]*[a-z](?<![^s]s)"
# Where such a name ends: the clause, or words after an address ("… greenway now", "… holly
# in dothan").
_BARE_STREET_END = (
    r"[ \t]*(?:[,.!?;]|$)|[ \t]+(?:now|in|and|same|too|with|on|right|since|these|"
    r"apartment|apt|unit|building|bldg|suite)\b"
)


# Countries, which alone identify no one: "he lives in Portugal", "we moved from poland".
_COUNTRY = (
    r"(?:portugal|spain|france|germany|italy|poland|ireland|scotland|england|wales|britain|"
    r"the uk|uk|the us|the usa|usa|america|the states|canada|mexico|brazil|argentina|chile|"
    r"colombia|peru|india|pakistan|bangladesh|china|japan|korea|south korea|vietnam|"
    r"thailand|philippines|indonesia|malaysia|singapore|australia|new zealand|nigeria|"
    r"ghana|kenya|south africa|egypt|morocco|turkey|greece|cyprus|malta|netherlands|holland|"
    r"belgium|switzerland|austria|sweden|norway|denmark|finland|iceland|romania|bulgaria|"
    r"hungary|ukraine|russia|lithuania|latvia|estonia|czechia|the czech republic|slovakia|"
    r"croatia|serbia|albania|israel|lebanon|jordan|dubai|the uae|uae|saudi arabia|qatar|"
    r"iran|iraq|afghanistan|jamaica|trinidad|barbados|cuba|haiti|puerto rico|"
    r"the dominican republic|somalia|ethiopia|zimbabwe|uganda|tanzania|abroad|overseas)"
)
# ... and more, which only keep a place cue from taking a country for a town ("my cousin
# in guatemala", "she lives in honduras"); not added above, where a country is redacted.
_MORE_COUNTRIES = (
    r"(?:guatemala|el salvador|honduras|nicaragua|costa rica|panama|venezuela|ecuador|"
    r"bolivia|paraguay|uruguay|dominican republic|guyana|belize|nepal|sri lanka|myanmar|"
    r"cambodia|laos|taiwan|mongolia|senegal|cameroon|ivory coast|liberia|sierra leone|"
    r"rwanda|zambia|malawi|mozambique|angola|sudan|algeria|tunisia|libya|syria|yemen|"
    r"kuwait|oman|bahrain|kazakhstan|uzbekistan|georgia|armenia|azerbaijan|moldova|"
    r"belarus|slovenia|bosnia|kosovo|montenegro|macedonia|luxembourg|monaco|fiji|samoa|"
    r"tonga|grenada|guadeloupe|martinique|bermuda|bahamas|the bahamas)"
)
# ... a country by its name, not "abroad": after a town it is part of where one is.
_COUNTRY_NAME = rf"(?!(?:abroad|overseas|the states|america)\b){_COUNTRY}"
# Canadian provinces and territories by their postal codes.
_PROVINCE = (
    r"(?:ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt|alberta|british columbia|manitoba|"
    r"new brunswick|newfoundland(?: and labrador)?|nova scotia|ontario|prince edward island|"
    r"quebec|québec|saskatchewan|yukon(?: territory)?|nunavut|northwest territories)"
)
# Words after "north", "south"... that say where, not which street: "20 south past unit 4".
_NOT_DIRECTION_NAME = (
    r"(?:past|towards?|bound|side|coast|exit|miles?|blocks?|shore|"
    # (a site's part: "gate 4 at 20 south entrance", "the 12 east wing")
    r"entrance|entry|gates?|doors?|wing|lobby|tower|terminal|concourse|garage)"
)
_NOT_DIRECTION_STREET_WORD = (
    rf"(?:{_CLAUSE_WORD}|{_UNIT_WORD}|{_NOT_STREET_WORD}|{_NOT_DIRECTION_NAME}|"
    # (a road driven, not a street lived on: "we took 95 north through richmond virginia")
    r"through|thru|via|into|onto|toward|up|down|out|over|again|there|here|bound|then)"
)
# A house number, a direction and a street's name of one or two words, its type left out:
# "2250 west belmont", "901 northeast broadway" (the compass point says it is a street).
_DIRECTION_STREET = (
    r"(?<![\d$.,])\d{1,6}\s+(?:north|south|east|west|northeast|northwest|southeast|"
    rf"southwest)\s+(?!{_NOT_DIRECTION_STREET_WORD}\b)[a-z][a-z'-]+"
    rf"(?:\s+(?!{_NOT_DIRECTION_STREET_WORD}\b)[a-z][a-z'-]+)?"
)
# ... by their names only (a two-letter code after a town is too often a word: "on").
_PROVINCE_NAME = (
    r"(?:alberta|british columbia|manitoba|new brunswick|newfoundland(?: and labrador)?|"
    r"nova scotia|ontario|prince edward island|quebec|québec|saskatchewan|yukon|nunavut)"
)
# Street types, for other modules: "… linden avenue".
STREET_SUFFIX = _SUFFIX
# UK and Canadian postcodes, written in capitals: "N1 1PL", "CO4 2JA", "G1S 1B2".
_POSTCODE = r"(?-i:\b(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\b)"
# A UK postcode with spaces inside its halves, as a transcript may write it: "S 96 6 UD",
# "LS 1 4 AB". The inward letters are never C, I, K, M, O or V (so no "9 AM").
_UK_POSTCODE_SPACED = r"(?-i:\b[A-Z]{1,2}[ ]?\d[A-Z\d]?[ ]?\d[ ]?[ABD-HJLNP-UW-Z]{2}\b)"
# An Irish Eircode: a routing key (a letter and two digits, or "D6W") and four characters of
# its own set, one of them a letter: "T12 XR5P", "A94 K2D3", "D6W FH73".
_EIRCODE_KEY = r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)"
_EIRCODE_ID = r"(?=[0-9ACDEFHKNPRTVWXY]{0,3}[ACDEFHKNPRTVWXY])[0-9ACDEFHKNPRTVWXY]{4}"
# (the normaliser may lower-case its second half: "D6W fh73"; then it needs a digit)
_EIRCODE = rf"(?-i:\b{_EIRCODE_KEY}[ ]?(?:{_EIRCODE_ID}|(?=[a-z]{{0,3}}\d)(?i:{_EIRCODE_ID}))\b)"
_EIRCODE_ANY_CASE = rf"\b{_EIRCODE_KEY.lower()}[ ]?{_EIRCODE_ID.lower()}\b"
# Words before a street's type that are not its name: "sorry its cedar avenue not street".
# Passes one holds, not a street whose type is "Pass": "1 guest pass", "a 7 day pass".
_HELD_PASS = (
    r"(?:guest|day|bus|season|hall|boarding|gym|ski|parking|visitor|free|backstage|press|"
    r"week|month|year|annual|transit|train|rail|member|vip|access|park|pool|beach|fast|"
    r"family|weekend|daily|weekly|monthly|hallway|museum|festival|event|trial)"
)
_NOT_STREET_NAME = (
    rf"(?:{_CLAUSE_WORD}|its|it's|sorry|no|not|oh|um|uh|yeah|yes|actually|that's|thats|"
    r"a|an|this|that|our|their|his|her)"
)

# Words after "county" that name no Irish county: "… street county fair", "county road".
_NOT_COUNTY_NAME = (
    r"(?!(?:fair|road|rd|route|line|lines|council|court|courts|hall|office|jail|clerk|seat|"
    r"level|board|sheriff|hospital|library|park|school|schools|records?|tax|taxes|fees?|"
    r"limits?|commissioner|assessor|show|police|attorney)\b)"
)

# Postcodes of other countries after a town: Dutch "9941 CY", German/French/Italian/Spanish
# five digits, Indian six (or "560 034"), Australian/New Zealand/Belgian/Swiss four, and a UK
# one in any case (the normaliser lower-cases it). Only after a street: alone they are ids.
_NOT_NL_LETTERS = (
    r"(?:at|in|on|to|is|it|if|or|so|as|an|am|pm|by|of|up|we|me|my|no|oh|uh|um|ok|be|do|go|"
    r"he|hi|us|and|eh|ah|er)"
)
_INTL_POSTCODE = (
    r"(?:\d{4}[ \t]?(?!" + _NOT_NL_LETTERS + r"\b)[a-z]{2}\b|\d{3}[ \t]\d{3}\b|\d{4,6}\b"
    # (Portuguese "8200-227", Polish "00-950")
    r"|\d{4}-\d{3}\b|\d{2}-\d{3}\b"
    r"|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}\b"
    # (said with its digits apart: "w 765 GZ" for W76 5GZ)
    r"|[a-z]{1,2}[ \t]\d{1,2}[ \t]?\d[ \t]?[abd-hjlnp-uw-z]{2}\b)(?![.,]\d)"
    r"(?!\s*" + _UNITS + r"\b)"
)
_TAKEN_BACK_DIR = r"(?:north|south|east|west)"
# Australian states: "Cairns, Western Australia 2017", "Ballarat VIC 3350".
_AU_STATE = (
    r"(?:new south wales|victoria|queensland|western australia|south australia|tasmania|"
    r"northern territory|australian capital territory|(?-i:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)"
    # (in any case before the postcode: an ALL-CAPS turn reaches us lower-cased)
    r"|(?:nsw|vic|qld|tas|act)(?=,?\s*\d{4}\b))"
)
# Australian street types that are everyday words, in lower case (an ALL-CAPS or spoken
# turn) before a town, a state and a postcode: "31 hale entrance, hoville nsw 2612".
_AU_TYPE_LOWER = (
    r"(?:entrance|access|approach|chase|circuit|circus|centre|cross|courtyard|driveway|"
    r"fairway|frontage|gate|gates|glade|grange|gully|interchange|lookout|meander|nook|"
    r"outlook|plateau|quadrant|quays|ramble|amble|anchorage|reach|reserve|retreat|ride|"
    r"rotary|siding|slope|strand|towers|villas|basin|brace|brow|copse|byway)"
    rf"(?=,?\s+{_CITY},?\s+{_AU_STATE},?\s+\d{{4}}(?!\d))"
)
# A town's name in any language: "böblingen", "'s-Hertogenbosch", "Saint-Étienne".
_INTL_CITY = (
    rf"{_NOT_CITY}[a-zà-ÿ][a-zà-ÿ.'-]+(?:\s+(?!{_NOT_LONE_CITY}\b){_NOT_CITY_AFTER}"
    rf"[a-zà-ÿ][a-zà-ÿ.'-]+){{0,2}}"
)
# A town (and a postcode) after a street of any country: ", that's in Aagtekerke 9941 CY",
# " in perugia 43010", ", 90865 Böblingen", " vadodara 138672", " in gouderak." (a town alone
# ends the clause).
_INTL_TOWN = (
    rf"(?:,?\s+(?:in\s+)?"
    rf"(?:{_INTL_CITY},?\s+(?:{_AU_STATE},?\s+)?{_INTL_POSTCODE}"
    rf"|(?:\d{{4}}[ \t]?(?-i:[A-Z]{{2}})|\d{{4,5}})"
    rf"\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ-]+)(?:\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ-]+))?"
    # (a Portuguese or Polish postcode and its town in any case: "8200-227 albufeira")
    rf"|(?:\d{{4}}|\d{{2}})-\d{{3}}\s+(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ'-]+"
    rf"(?:[ \t]+(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ'-]+)?)"
    rf"|,?\s+in\s+(?!{_NOT_LONE_CITY}\b){_INTL_CITY}(?=\s*(?:[,.!?;]|$))"
    rf"|,\s+(?!(?:Thanks|Thank|Please|Okay|Ok|Yes|Yeah|Right|Sure|Correct|Sorry)\b)"
    rf"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.!?]|$)))?"
)
# A UK-like postcode after a town, however a transcript shapes it: "D21 14PH", "d05 5hw6",
# "D20TAE8" (letters, a digit, then a few letters and digits).
_LOOSE_POSTCODE = (
    r"[a-z]{1,2}\d[a-z\d]{0,6}(?:[ \t]\d[a-z\d]{1,3})?\b(?![.,]\d)"
    r"(?=\s*(?:[,.!?;]|$|\b(?:right|the|and|but|so|that|it|please|i|we|thanks)\b))"
)
# Street types written after the name, often run into it: "Tessadreef", "Bahnhofstraße",
# "Rosemarie-Eberth-Allee", "Keizersgracht", "Roanhof" (Dutch, German, Scandinavian).
_NAME_FIRST_TYPE = (
    r"(?:straat|straße|strasse|str\.|weg|laan|dreef|plein|gracht|kade|singel|hof|steeg|"
    r"dijk|allee|gasse|platz|damm|ufer|chaussee|markt|gade|vej|gatan|vägen|veien|baan|"
    # ("Karzring 43", "Basring 52": after a consonant no English word ends so, unlike
    # "spring", "string",
    # "bring", "during", "offering")
    r"(?<=-|[a-zà-ÿ]{2}[cdfghjklmnqsvwxz])ring"
    # ("Hackerring", "Müllerring": after "-er", not "transferring", "referring")
    r"|(?<=[a-zà-ÿ]{3}(?<!f)er)ring)"
)
# Street types written before the name: "rue Madeleine Clément 41", "Borgo Scotti 118",
# "Plaza de Marcela Jove 135", "Via Roma 12" (French, Italian, Spanish, Portuguese).
_TYPE_FIRST = (
    r"(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|via|viale|piazza|piazzale|corso|"
    r"borgo|largo|vicolo|strada|calle|avenida|avda|plaza|paseo|camino|carrer|ronda|"
    r"travesía|rua|travessa|praça|estrada|alameda|acceso|pasaje|glorieta|rambla|cuesta|"
    r"ronda|senda|urbanización|urbanizacion|beco|"
    # Mexican and Italian ones: "Viaducto Sur Pichardo 612", "Canale Lazzaro, 4"
    r"viaducto|circuito|callejón|callejon|privada|periférico|periferico|cerrada|andador|"
    r"prolongación|prolongacion|canale|contrada|vico|vicoletto|stretto|rotonda|lungomare|"
    r"traversa|"
    # ("Pasadizo de Olivia Cervera 7", "Vial de Gerónimo Cano 619", "Eje vial Baja
    # California Sur 573"; "vial" alone is a medicine's)
    r"pasadizo|retorno|circunvalación|circunvalacion|calzada|carretera|bulevar|callejuela|"
    r"eje vial|vial(?=\s+(?:de|del)\b))"
)
# Words after "via" or "plaza" that name no street: "via email 2 times", "plaza food court".
_NOT_TYPE_FIRST_NAME = (
    rf"(?:{_CLAUSE_WORD}|{_NOT_STREET_NAME}|email|e-mail|text|texts|sms|phone|mail|post|"
    r"app|website|web|online|chat|fax|courier|ups|fedex|dhl|bank|transfer|direct|debit|"
    r"card|check|cheque|wire|zelle|paypal|venmo|food|court|parking|level|floor|store|"
    r"shop|mall|number|no|unit|apt|apartment|suite|flat|hotel|nights?|blocks?|stops?|rail|"
    r"train|bus|air|sea|ferry|ship|uber|lyft|amazon)"
)
_NAME_PARTICLE = (
    r"(?:de|del|della|delle|dei|degli|di|da|du|des|la|le|les|los|las|el|do|dos|das|d'|l')"
)
# A word of a French street's name: "lucie", "bouvet" (not "email", "unit", "and").
_FR_NAME = rf"(?!(?:{_NOT_TYPE_FIRST_NAME}|{_UNIT_WORD})\b)[a-zà-ÿ][a-zà-ÿ'-]+"
_STREET_NUMBER_AFTER = (
    # (not a year: "via london 2019")
    # ("won" is "one" misheard: "hauptstrasse won 49")
    # (or a range: "Ortmannstr. 84-79")
    r",?\s+(?:won\s+)?(?!(?:19|20)\d\d\b)\d{1,4}(?:-\d{1,4})?(?:[ \t]?[a-z]\b(?!'))?"
    r"(?![\d.,]\d|\d)"
    r"(?!\s*(?:" + _UNITS + r"|" + _COUNTED + r"|of|percent|%|nights?|blocks?|stops?|floors?|"
    r"rooms?|levels?|tickets?|orders?|boxes|packages?|bags?|pieces?|stars?|doors?)\b)"
    # and a flat after it: "piazza milanesi 8 appartamento 5", "Viaducto Sur 612 Interior 644"
    r"(?:,?\s+(?:apt|apartment|appartamento|app|interno|int|interior|piso|scala|unit|flat|"
    r"bus|bte|wohnung|whg)\.?\s*#?\s*\d{1,4}[a-z]?\b(?![.,]\d))?"
)


# Street types that are also a landmark's: "Sky Harbor", "Union Station", "Lakeside Park".
_LANDMARK_TYPE = (
    r"(?:harbors?|hbr|parks?|centers?|ctr|mall|station|sta|plaza|plz|squares?|sq|ports?|"
    r"points?|pt|beach|lakes?|river|club|villages?|landing|islands?|mountains?|valley|falls|"
    r"springs?|commons?|crossing|mission|fort|bridge|ranch|forest|hills?|heights|gardens?|"
    r"shores?|estates?|lodge|summit|field|fields|airport|arena|stadium|unions?)"
)


# Where a caller is on a highway: a numbered road, a mile marker, an exit ("I-80 westbound
# just past mile marker 147", "exit 312 on I-75 in Calhoun Georgia", "route 9 about mile
# marker 62 outside of bangor"). A road alone is no place ("the route 66 diner").
_HWY_ROAD = (
    r"(?:\bi-[ \t]?\d{1,3}|(?<![a-z'-])i[ \t]\d{1,3}(?=[ \t]+(?:north|south|east|west))"
    r"|\binterstate[ \t]+\d{1,3}"
    r"|\b(?:(?:us|u\.s\.|state|county|provincial)[ \t]+)?(?:route|rte|highway|hwy)"
    r"[ \t]*#?[ \t]*\d{1,4}|\b(?:county[ \t]+road|(?-i:SR|US|CR))[ \t-]?\d{1,4})"
    r"(?![\d.,]\d|\d)[a-z]?\b"
)
_HWY_DIR = r"(?:[ \t]+(?:(?:north|south|east|west)(?:bound)?|[nsew]b)\b)"
_HWY_MARKER = (
    r"(?:\bmile[ \t]+(?:marker|post)|\bmilepost|\bmarker)[ \t]*#?[ \t]*\d{1,4}(?:\.\d{1,2})?"
    r"(?![\d.,]\d|\d)"
)
_HWY_EXIT = r"\bexit[ \t]*#?[ \t]*\d{1,3}[a-z]?\b(?![\d.,]\d)"
# A marker said number first ("by the 11 mile marker"), or a bare mile on a named road
# ("out past mile 31 on highway 287": only with its road, "mile 5 of the race" is none).
_HWY_MARKER_BEFORE = r"\b\d{1,4}[ \t]+mile[ \t]+(?:marker|post)\b"
_HWY_MILE = r"\bmile[ \t]+\d{1,4}(?:\.\d{1,2})?(?![\d.,]\d|\d)"
# A road named by its number alone after a marker ("mile marker 9 on 66"), not a time or
# a count ("marker 9 on 5 minutes").
_HWY_BARE_ROAD = (
    r"on[ \t]+\d{1,3}\b(?![\d.,:]\d|[ \t]*(?:%|percent|am|pm|a\.m\.|p\.m\.|o'clock|"
    r"minutes?|mins?|hours?|days?|weeks?|months?|years?|dollars?|bucks|times))"
)
# A rural grid road: "road 64", "avenue 280", "avenue K" (its letter in capitals).
_GRID_ROAD = (
    r"\b(?:road|rd|avenue|ave)[ \t]+(?:\d{1,4}(?:[ \t]?1/2)?|(?-i:[A-Z]{1,2}))\b"
    r"(?![\d.,]\d|[ \t]*(?:%|percent|minutes?|hours?|miles?|dollars?)\b)"
)
# A distance from a marker or a junction: ", about 0.3 miles east of", "a mile south of the".
_HWY_DISTANCE = (
    r",?[ \t]+(?:(?:about|around|approximately|approx|roughly|maybe|like|just|only)[ \t]+)?"
    r"(?:\d{1,2}(?:\.\d{1,2})?|a|half[ \t]+a|a[ \t]+half)[ \t]+(?:miles?|mi)[ \t]+"
    r"(?:(?:north|south|east|west)[ \t]+of|past|before|after|from|up|down)[ \t]+(?:the[ \t]+)?"
)
# Words between the parts: "just past", "about", "near", "right before", "off".
_HWY_SEP = (
    r",?[ \t]+(?:(?:just|right|about|around|near|past|before|after|by|at|on|off|of|and|"
    r"approximately|approx|maybe|like|the|um|uh|somewhere|close|to)[ \t]+){0,3}"
)
# A town after the place: "in calhoun georgia", "outside of bangor" (one word, or a state).
_SPOT_TOWN_WORD = (
    rf"(?!(?:{_NOT_LONE_CITY}|{_CLAUSE_WORD}|{_COUNTRY}|for|maybe|like|about|around|traffic|"
    r"heading|going|coming|area|town|city|lane|ditch|shoulder|middle|left|median|car|truck|"
    r"westbound|eastbound|northbound|southbound|north|south|east|west)\b)"
    rf"{_NOT_CITY}[a-z][a-z'-]+"
)
_SPOT_TOWN = (
    r"(?:,?[ \t]+(?:just[ \t]+)?(?:in|outside(?:[ \t]+of)?|near|by)[ \t]+"
    rf"(?&town_word)(?:[ \t]+(?:{STATE_NAMES}\b|{_STATE_CODES}\b|(?&town_word)"
    r"(?=[ \t]*(?:[,.!?;]|$)))|,[ \t]+" + STATE_NAMES + r"\b)?)"
)
# (a pattern using _SPOT_TOWN defines its word once: "(?(DEFINE)…)")
_SPOT_TOWN_DEFINE = rf"(?(DEFINE)(?P<town_word>{_SPOT_TOWN_WORD}))"
# Two streets meeting: "fulton and dekalb", "bell road and 59th avenue".
_CROSS_WORD = (
    rf"(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY}|{_UNIT_WORD}|least|most|all|home|work|"
    r"school|night|first|last|once|lunch|dinner|breakfast|church|bed|peace|play|rest|"
    r"sea|war|both|each|which|what|who|some|any|one|two|three|room|kitchen|living|dining|"
    r"bedroom|bathroom|house|garage|yard|table|desk|screen|page|box|door|window|wall|floor|"
    r"price|quality|time|money|cost|service)\b)"
    r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'-]+)"
)
# (the word is defined once in the pattern and called by name: it is long)
_CROSS_SIDE = r"(?&cross_word)(?:[ \t]+(?&cross_word))?"
# (without "corner of", only a plain street's type: "at price and delivery way" is none)
_CROSS_TYPE = (
    r"(?:street|st|road|rd|avenue|ave|av|boulevard|blvd|drive|lane|ln|highway|hwy|parkway|"
    r"pkwy|pike|trail|trl|expressway|expy|freeway|fwy)"
)
_CROSS_TYPED = rf"{_CROSS_SIDE}[ \t]+{_CROSS_TYPE}\b\.?"
# A street's type said near a crossing, the quiet ones too: "near chestnut terrace and main".
_NEAR_CROSS_TYPE = _CROSS_TYPE[:-1] + r"|terrace|terr|ter|way|court|ct|place|pl|circle|cir)"
# Where something happened, by a street and what meets it: "near Heritage Way and the
# highway on-ramp", "by fulton and dekalb avenue" (not "near my place and …": a pronoun or
# an article is no street's name).
_NEAR_CROSS = (
    r"(?<=\b(?:near|nearby|by|close[ \t]+to|next[ \t]+to|just[ \t]+off|right[ \t]+off|"
    r"outside)[ \t]+)"
    # (nor a manner or a stretch: "either way and", "near every drive and")
    r"(?!(?:either|neither|every|other|another|same|wrong|long|whole|half|only|no)\b)"
    rf"(?:{_CROSS_SIDE}[ \t]+{_NEAR_CROSS_TYPE}\b\.?(?=,?[ \t]+(?:and|&)[ \t]+)"
    rf"|{_CROSS_SIDE}[ \t]+(?:and|&)[ \t]+{_CROSS_SIDE}[ \t]+{_NEAR_CROSS_TYPE}\b\.?)"
)
# The town said after the crossing's other side: "… and the highway on-ramp in Columbus",
# "… and main in albany around five" (a few words, one clause).
_CROSS_TOWN_NEXT = re.compile(
    r",?[ \t]+(?:and|&)[ \t]+(?:[a-z0-9'-]+[ \t]+){1,4}?in[ \t]+(?P<town>[a-z][a-z'-]+"
    r"(?:[ \t]+[a-z][a-z'-]+)?)",
    re.IGNORECASE,
)


# The company's own branch or office said before its street: "our branch is at 12 Elm
# Street", "the nearest store is at 400 Pine Ave" (not "my office is at …").
_SITE = (
    r"(?:branch|office|store|location|warehouse|showroom|dealership|hub|depot|facility|"
    r"service[ \t]+cent(?:er|re)|headquarters)(?:es|s)?"
)
_NEAR_YOU = r"(?:(?:closest|nearest)[ \t]+to[ \t]+you|near[ \t]+you|in[ \t]+your[ \t]+area)"
# A last word that is no abbreviation before its full stop: a full word or a number.
_SENTENCE_STOP = re.compile(
    r"(?:\b(?!(?:apt|ste|bldg|blvd|pkwy|hwy|expy|fwy|tpke|cres|terr|ter|ave|av|st|rd|dr|ln|ct|"
    r"pl|sq|cir|trl|mt|ft|pt|jct|plz|no|fl|rm|dept|jr|sr|[a-z])\.$)[a-zà-ÿ]+|\d+)\.$",
    re.IGNORECASE,
)
# A town and its state or province code said as a turn of its own, the last line of an
# address given over several turns: "and Loganburgh, OR", "Fernhaven, QC", "uh east
# brookport t x" (spelled). A code that is also a word ("or", "me", "co") needs a town
# whose ending names a place.
_CODES = [
    "al",
    "ak",
    "az",
    "ar",
    "ca",
    "co",
    "ct",
    "de",
    "fl",
    "ga",
    "hi",
    "id",
    "il",
    "in",
    "ia",
    "ks",
    "ky",
    "la",
    "me",
    "md",
    "ma",
    "mi",
    "mn",
    "ms",
    "mo",
    "mt",
    "ne",
    "nv",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "oh",
    "ok",
    "or",
    "pa",
    "ri",
    "sc",
    "sd",
    "tn",
    "tx",
    "ut",
    "vt",
    "va",
    "wa",
    "wv",
    "wi",
    "wy",
    "dc",
    "pr",
    "ab",
    "bc",
    "mb",
    "nb",
    "nl",
    "ns",
    "nt",
    "nu",
    "on",
    "pe",
    "qc",
    "sk",
    "yt",
]
_WORD_CODES = {"al", "co", "de", "hi", "id", "in", "la", "ma", "me", "oh", "ok", "or", "pa"}
_WORD_CODES |= {"wa", "mo", "ne", "ga", "ar", "on", "mi", "ms"}
_PLACE_END = (
    r"(?:ville|berg|burg|burgh|borough|boro|haven|furt|fort|port|mouth|stad|chester|shire|"
    r"side|ton|town|land|field|view|bury|ford|mont|wood|dale|mouth|stead)"
)
_NOT_TOWN_WORD = (
    rf"(?:{_NOT_LONE_CITY}|{_CLAUSE_WORD}|got|fine|good|great|perfect|cool|hold|wait|bye|"
    r"hello|hi|hey|no|not|nope|just|one|sec|alright|sounds|see|well|mhm|hmm|hm|done|yup|"
    r"true|wow|ah|anyway|whatever|absolutely|definitely|totally|understood|gotcha|noted|"
    r"and|or|but|um|uh|oh|what|how|why|who|where|when|is|are|was|do|does|did|can|will)"
)
_TOWN_WORD = rf"(?!{_NOT_TOWN_WORD}\b)[a-zà-ÿ][a-zà-ÿ'-]{{2,}}"
# What may come before a town said alone as a turn, and after it: "um westmouth il",
# "THEN LAKE DWAYNE, ON.", "michaelton ab, okay."
_TOWN_TURN_LEAD = (
    # (or a read-back confirmed: "that's right allenfort pennsylvania", "yes it's …")
    r"^[\s,.]*(?:(?:and|uh|um|er|it's|its|that's|thats|in|oh|then|okay|ok|so|"
    r"(?<=\b(?:that's|thats|that[ \t]+is)[ \t]+)right|yes|yeah|yep|correct)[\s,.]+)*\K"
)
_TOWN_TURN_TAIL = (
    r"(?=[\s.,!?]*(?:(?:okay|ok|got it|right|yes|yeah|yep|correct|thanks)[\s.,!?]*)?$"
    # (or the zip said on: "georgeside missouri zip 19277", "… and the zip is …")
    r"|[\s,.]+(?:and[ \t]+)?(?:the[ \t]+)?(?:zip|postal|postcode)\b)"
)
# Words before a state said with no comma that make it no town's: "visiting florida",
# "probably texas", "back in ohio".
_NOT_TOWN_BEFORE_STATE = (
    r"(?<!\b(?:to|from|also|probably|mostly|about|like|outside|northern|southern|central|"
    r"eastern|western|upstate|downstate|rural|near|visit|visited|back|home|out|over|down|up|"
    r"through|across|via|than|not|just|only|even|still|all|either|both|new|old|same|called|"
    r"named|north|south|east|west|rhode|of)|ing|ly|ed)"
)
_TOWN_STATE_TURN = (
    _TOWN_TURN_LEAD
    + r"(?:(?:north|south|east|west|new|port|fort|lake|mount|saint|san|santa|los|las|el)\s+)?"
    rf"{_TOWN_WORD}(?:\s+{_TOWN_WORD})?"
    rf"(?:,\s*(?:{STATE_NAMES}|{_PROVINCE_NAME}|"
    + "|".join(c for c in _CODES if c not in _WORD_CODES)
    + rf")|(?<={_PLACE_END}),\s*(?:"
    + "|".join(sorted(_WORD_CODES))
    # (said, with no comma: "… mitchellton nj", and "… t x" the normaliser writes "TX")
    + r")|\s+(?:"
    + "|".join(c for c in _CODES if c not in _WORD_CODES)
    + rf")|(?<={_PLACE_END})\s+(?:"
    + "|".join(sorted(_WORD_CODES))
    # (a state's name with no comma: "um dominguezshire minnesota", "east andrew california")
    + rf")|{_NOT_TOWN_BEFORE_STATE}\s+(?:{STATE_NAMES}|{_PROVINCE_NAME}|{_COUNTRY_NAME})"
    # (or its country: "castell'anselmo, italy", "joe ville ireland")
    + rf"|,\s*{_COUNTRY_NAME})\b"
    + _TOWN_TURN_TAIL
)
# ... or a town alone whose ending names a place, after "and" or a filler: "and Kellyberg",
# "um ashbyside" (not "um support", "outside").
_NOT_LONE_TOWN = (
    r"(?:effort|comfort|passport|support|report|airport|transport|import|export|sport|"
    r"seaport|downtown|uptown|midtown|hometown|outside|inside|beside|aside|upside|downside|"
    r"offside|poolside|roadside|bedside|kerbside|curbside|countryside|island|mainland|"
    r"homeland|farmland|woodland|highland|lowland|wetland|wonderland|disneyland|england|"
    r"scotland|ireland|finland|iceland|poland|thailand|holland|switzerland|greenland|"
    r"maryland|newfoundland|airfield|minefield|outfield|infield|midfield|battlefield)"
)
_AND_TOWN_TURN = (
    _TOWN_TURN_LEAD
    + rf"(?:(?:north|south|east|west|new|port|fort|lake|mount)\s+)?(?!{_NOT_LONE_TOWN}\b)"
    r"[a-zà-ÿ][a-zà-ÿ'-]{2,}(?:ville|berg|burgh|borough|haven|furt|stad|chester|shire|"
    r"mouth|side|fort|port|town|land|field)\b" + _TOWN_TURN_TAIL
)
# ... or a direction, "new", "lake" or "port" and a first name, alone as a turn: "north
# maureen", "uh lake trevor" (the name is checked against the name list).
_PREFIX_NAME_TURN = (
    _TOWN_TURN_LEAD + rf"(?!(?:{STATE_NAMES}|{_COUNTRY}|{_PROVINCE_NAME})\b)"
    r"(?:north|south|east|west|new|port|lake)\s+[a-z][a-z'-]{2,}\b"
    # (and its state, any code after a comma: "LAKE TREVOR, OR.")
    rf"(?:,?\s+(?:{STATE_NAMES}|{_PROVINCE_NAME})|,?\s*(?:"
    + "|".join(_CODES)
    + r"))?\b"
    + _TOWN_TURN_TAIL
)

# Words that say where a caller is or comes from, before a town: "i'm in cristinabury and
# …", "i'm moving to north colin", "born in spokane", "up in grand marais", "the dispatch
# to teresamouth police", "outside new meghanfurt" (after a highway). The words after are
# checked in ``_place_end``: a town is no English word, a noun only, or ends like a place.
# The kind of address, not a town's: "the pickup address", "the new property address".
_ADDRESS_KIND = (
    r"(?:pickup|pick-up|dropoff|drop-off|delivery|shipping|billing|mailing|forwarding|return|"
    r"service|business|home|work|email|e-mail|ip|mac|web|physical|property|street|postal|new|"
    r"old|current|previous|prior|correct|full|right|wrong|same|other|whole|exact|complete|"
    r"primary|main|registered|permanent|temporary|rental|office|school|company|employer|"
    # (a group's shared one, an email's: "email the board at the community address")
    r"community|association|board|hoa|group|team|department|support|contact|general|info|"
    # (or of what the address is on: "update the vehicle address", "the card's address")
    r"vehicle|car|truck|registration|license|licence|account|card|policy|insurance|profile|"
    r"file|record|records|order|shipment|package|parcel|payment|bank|tax|voter|device|phone|"
    # (a site's, not a town's: "the marina address for the site visit", "the gym address")
    r"marina|site|venue|gym|club|church|clinic|hospital|store|shop|facility|warehouse|"
    r"restaurant|hotel|shelter|campus|branch|plant|yard|dock|harbor|harbour|"
    # (a party's or an estate's, not a town's: "is that the estate address or your home",
    # "the executor address"; not "court": "the oak court address" is a street)
    r"estate|estates|trust|probate|decedent|deceased|executor|executrix|attorney|"
    r"lawyer|landlord|tenant|owner|funeral)"
)
# A thing moves on, no one moves house: "it should move to review", "the case moved to
# adjudication" (put before "move to" and a place).
_THING_MOVES = (
    r"(?<!\b(?:it|it'll|it's|this|that|which|claim|case|file|application|request|ticket|"
    r"order|appeal|payment|call|issue)[ \t]+(?:(?:should|will|would|could|can|may|might|"
    r"must|to|then|now|just|soon|automatically|eventually|also|has|have|had|been|be)[ \t]+)"
    r"{0,3})"
)
# Where one was or will be: "i was in", "we'll be in", "it was in".
_BEEN_IN = (
    r"(?:(?:i'll|i[ \t]+will|we'll|we[ \t]+will|he'll|she'll|they'll)[ \t]+be"
    r"|(?:i|we|he|she|they)[ \t]+(?:was|were)|(?:it|this|that)[ \t]+was)[ \t]+in"
)
# ... will be only: a trip ahead ("we'll be in portugal until june"), not one past, told
# to explain a charge or a gap ("that's when i was in iraq", "i was in mexico").
_WILL_BE_IN = r"(?:i'll|i[ \t]+will|we'll|we[ \t]+will|he'll|she'll|they'll)[ \t]+be[ \t]+in"
# A person, then that they moved house or live somewhere: "he's moved to", "she moved
# to", "my mom lives in", "we're moving back to", "she's in" (a person, so a thing moved,
# "the case moved to", is left out).
_PERSON_SUBJECT = (
    r"(?:i|we|he|she|they|i'm|im|we're|he's|she's|they're|i've|we've|they've"
    r"|(?:my|our|his|her|their)[ \t]+(?:mom|mother|dad|father|parents|sister|brother|son|"
    r"daughter|wife|husband|ex|ex-wife|ex-husband|grandma|grandmother|grandpa|grandfather|"
    r"aunt|uncle|cousin|tenant|neighbor|neighbour|family|kids|folks|friend|roommate))"
)
_MOVED_OR_LIVES_IN = (
    rf"(?:{_PERSON_SUBJECT}[ \t]+(?:(?:has|have|had|is|are|am|was|were|just|recently|"
    r"already|finally|actually|now|since|all|been)[ \t]+){0,3}"
    r"(?:(?:moved|moving|relocated|relocating|retired)(?:[ \t]+(?:back|out|down|up|over))?"
    r"[ \t]+to|(?:lives?|living|lived)(?:[ \t]+(?:now|still|out|down|up|over))?[ \t]+in)"
    r"|\b(?:he's|she's|they're)(?:[ \t]+(?:now|still|out|down|up|over))?[ \t]+in)"
)
# The state ends the home's words; a trip goes on ("she's in ohio for work").
_AFTER_HOME_STATE = (
    r"(?:though|now|already|too|anyway|permanently|for[ \t]+good|next|last|this|since|"
    r"about|a[ \t]+(?:few|couple|while|year|month)|years|months|with|and|but|so|right|what|"
    r"where|so|i|we|is|it's|not)"
)
# Kin or a party who travels: "my husband drove from …" (words of ``_PLACE_CUE``).
_TRAVELLER = (
    r"(?:my|our|his|her|their)[ \t]+(?:father|mother|dad|mom|mum|parents|family|wife|"
    r"husband|partner|son|daughter|brother|sister|friend)"
)
# A possessive just before "address" says whose address it is, not which town's.
_OWNER_BEFORE_ADDRESS = r"(?:(?!st\b|saint\b)[a-z'-]+[ \t]+)?[a-z'-]+(?:'s|s')[ \t]+address\b"
_PLACE_CUE = (
    r"(?<=\b(?:(?:i'm|im|i am|we're|we are|he's|she's|they're)[ \t]+(?:(?:right now|now|"
    r"currently|still|just|stuck|stranded|out|over|up|down|here)[ \t]+)*in"
    rf"|{_THING_MOVES}(?:moving|move|moved|relocating|relocated)[ \t]+(?:back[ \t]+)?to"
    r"|(?:born|raised|grew[ \t]+up)[ \t]+in"
    # (where one was or will be, checked as a weak cue: "i was in lagos", "it was in juanfurt",
    # "i'll be in east annettechester that week", a turn "yes in tacoma")
    rf"|{_BEEN_IN}|^[\s,.]*(?:(?:yes|yeah|yep|no|nope|um|uh|oh|it's|its|just|right)[\s,.]+)*in"
    # (a person is from a place, a parcel or a charge from a brand: "it came from walmart")
    r"|(?:(?:i|we|he|she|they|(?:my|our|his|her|their)[ \t]+(?:great[ \t-]+)*(?:grand[ \t-]?)?"
    r"(?:father|mother|dad|mom|mum|ma|pa|parents|family|wife|husband|partner|son|daughter|"
    r"brother|sister|uncle|aunt|cousin|folks|people))[ \t]+"
    r"(?:was|were|came|come|comes|are|is)|i'm|im|i[ \t]+am|we're|"
    r"he's|she's|they're|originally)[ \t]+(?:originally[ \t]+)?from"
    # (where one travelled from: "i drove all the way from kittanning", "we came up from
    # scranton this morning"; a brand is turned down in ``_town_word``)
    rf"|(?:i|we|he|she|they|{_TRAVELLER})[ \t]+(?:(?:just|had[ \t]+to|have[ \t]+to|had|have|"
    r"has)[ \t]+)?(?:drove|driven|came|come|flew|flown|travell?ed|commuted|walked|rode|"
    r"took[ \t]+the[ \t]+(?:bus|train))[ \t]+(?:(?:all[ \t]+the[ \t]+way|over|up|down|out|"
    r"in|here|back)[ \t]+){0,2}from"
    # (where one stays a while: "im only here for a week in phoenix", "i'm over here for
    # the month in tulsa")
    r"|(?:i'm|im|i[ \t]+am|we're|we[ \t]+are|he's|she's|they're)[ \t]+(?:(?:only|just|"
    r"staying|visiting|over|out|down|up)[ \t]+)*here[ \t]+for[ \t]+(?:a|an|the|one|two|"
    r"three|a[ \t]+few|a[ \t]+couple(?:[ \t]+of)?)[ \t]+(?:more[ \t]+)?(?:days?|nights?|"
    r"weeks?|weekend|months?|summer|winter|holidays?)[ \t]+in"
    # (where one has kin: "i've got family in lake connor", "her parents in new haleyport")
    # (not a service area asked about: "do you guys pick up in wheaton")
    r"|dispatch(?:ed)?[ \t]+to|(?<!\b(?:pick|picks|picked|picking)[ \t]+)(?:up|down|out|back)"
    r"[ \t]+in"
    r"|(?:address|hall|anybody|anyone|somebody|someone|cousin|cousins|relatives|folks|"
    r"family|parents|grandparents|in-laws)[ \t]+in"
    # (an address asked after, a kin's home, one's own town: "is your address still in
    # port ellaview", "my sister's in tulsa", "from here in sioux falls")
    r"|address[ \t]+(?:still|now)[ \t]+in|from[ \t]+here[ \t]+in"
    # (where a student lives: "my daughter goes to school in bloomington")
    r"|(?:go|goes|went|going|is|she's|he's|i'm)[ \t]+(?:away[ \t]+)?(?:to|at)[ \t]+"
    r"(?:school|college|university|uni)[ \t]+(?:up[ \t]+|down[ \t]+|out[ \t]+)?in"
    # (a kin's home one is asked to share: "wants me to move in with her in samanthaview")
    r"|(?:move|moves|moved|moving)[ \t]+in[ \t]+with[ \t]+(?:[a-z']+[ \t]+){1,3}?in"
    r"|(?:my|our|his|her|their)[ \t]+(?:sister|brother|mom|mother|dad|father|parents|son|"
    r"daughter|aunt|uncle|cousin|grandma|grandmother|grandpa|grandfather|in-laws)'s"
    r"(?:[ \t]+(?:place|house|home))?[ \t]+in"
    r"|(?:\bi-?[ \t]?\d{1,3}|\binterstate[ \t]+\d{1,3}|\b(?:route|highway|exit|marker)[ \t]+"
    r"\d{1,4})[^.!?]{0,40}\boutside(?:[ \t]+of)?"
    # (calling from a place, not a company: "calling from Galway, in Ireland")
    r"|calling[ \t]+(?:in[ \t]+)?from(?=[ \t]+[a-z'-]+(?:[ \t]+[a-z'-]+)?,?[ \t]+in[ \t]))"
    r"[ \t]+)"
    r"|(?<=\bat[ \t]+)(?=(?:[a-z'-]+[ \t]+){1,2}(?:general|memorial|regional)\b)"
    # (not the kind of address: "the pickup address", "the forwarding address")
    # (nor what is done there: "the signing address", "the closing address")
    # (nor whose it is: "verify the member's address", "the new patients' address"; a
    # saint's town keeps its cue: "the st john's address")
    rf"|(?<=\bthe[ \t]+)(?!{_OWNER_BEFORE_ADDRESS})"
    rf"(?=(?:(?!{_ADDRESS_KIND}\b)(?![a-z'-]+ing\b)[a-z'-]+[ \t]+){{1,2}}address\b)"
    # (a town read back before the zip is asked: "ok oak park and zip", "and the zip")
    r"|^[\s,.]*(?:(?:um|uh|it's|its|and|ok|okay|so|alright|right|got[ \t]+it)[\s,.]+)*\K"
    r"(?=(?:[a-z'-]+[ \t]+){1,2}and[ \t]+(?:the[ \t]+|your[ \t]+)?(?:zip|postal))"
)
# One or two words that may name a town, checked by ``_whole_town``.
_TOWN_PAIR = r"[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?"
# Words that place something by a landmark: "by the mall", "near the high school".
_LANDMARK_NEAR = r"(?:by|near|next[ \t]+to|behind|across[ \t]+from|close[ \t]+to|outside)"
_PLACE_AFTER_CUE = rf"(?:{_PLACE_CUE})[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){{0,2}}"


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one string (long lists stay readable)."""
    return frozenset(words.split())


# A town's first word that may be English: "north colin", "grand marais", "port gregoryberg".
_PLACE_PREFIX = _word_set(
    "north south east west new port fort lake mount saint san santa los las el grand"
)
# A town's second word that is English: "stevens point", "rapid city".
_PLACE_TYPE = _word_set(
    "point city falls springs beach heights park creek harbor bay valley hills rapids"
)
# Nouns after "in" that are no town: "i'm in hospital", "i'm in debt".
_NOT_PLACE_NOUN = _word_set(
    "hospital college car debt church jail prison class bed school work town city county "
    "area state country court surgery labor labour custody rehab hospice office icu er "
    "recovery treatment chemo therapy kindergarten isolation heaven paradise retirement "
    # (born or raised in a state of things: "raised in poverty", "born in captivity")
    "poverty captivity wedlock foster care prison wartime "
    # (idioms: "up in arms", "out in force", "back in stock")
    "arms force stock business charge question "
    # (a department: "i'm in sales", "moved to billing")
    "sales marketing billing shipping management accounting payroll collections claims "
    "underwriting hr it ops admin dispatch maintenance engineering finance "
    # (a plan, an app or a provider one moves to: "we're moving to autopay")
    "autopay paperless ebilling voicemail zelle venmo paypal medicare medicaid cobra hsa "
    "fsa iphone android gmail outlook netflix verizon xfinity spectrum tmobile esa jsa pip dla "
    # (somewhere things are kept or held: "it's in storage by the garage")
    "storage transit quarantine detention daycare lockup "
    # (a stage a claim or a case moves to: "it should move to review soon")
    "review approval processing escalation appeal appeals verification adjudication "
    "arbitration mediation rating decision probate "
    # (kin "in law", a stage of life or duty: "my son in training", "her brother in the navy")
    "law laws christ preschool nursing training residence med grad university army navy "
    "marines military uniform "
    # (a school year: "she's in pre k", "he's in prek")
    "pre prek tk "
    # (a stretch of time: "back in while you wait")
    "while whilst instead "
    # (a part of an address asked for before the zip: "ok street and zip")
    "street road avenue address"
)
# Endings of a word that describes, not names: "paperless", "contactless", "weekly".
_NOT_PLACE_ENDING = re.compile(r"(?:less|ful|ly|ness|tion|ment|able|ible)$")
# A weak cue: "i'm in" is followed by a state of things as often as by a town ("i'm in
# recovery"); after it only a word that is no English word, or ends like a place, is one.
_WEAK_PLACE_CUE = re.compile(
    r"(?:\b(?:i'm|im|i am|we're|we are|he's|she's|they're)[ \t]+(?:[a-z]+[ \t]+){0,3}in"
    # (so is where one was, "i was in august", and a turn's "yes in person")
    rf"|\b{_BEEN_IN}|^[\s,.]*(?:(?:yes|yeah|yep|no|nope|um|uh|oh|it's|its|just|right)"
    r"[\s,.]+)*in)[ \t]+$",
    re.IGNORECASE,
)
_NOT_PLACE_WORDS = re.compile(
    rf"(?:{_COUNTRY}|{_MORE_COUNTRIES}|{STATE_NAMES}|{_PROVINCE_NAME}|{_NOT_LONE_CITY}|{_NOT_TOWN_WORD})",
    re.IGNORECASE,
)


def _town_word(word: str, weak: bool = False) -> bool:
    """A word that may name a town: no English word, a noun only ("spokane"; not after a
    weak cue), or one ending like a place ("cristinabury"); never a country, a state or
    an everyday word."""
    low = fold(word)
    if low in _NOT_PLACE_NOUN or low in BRANDS:
        return False
    if _NOT_PLACE_WORDS.fullmatch(low) or _NOT_PLACE_ENDING.search(low):
        return False
    names = lexicon()
    return (
        re.search(rf"{_PLACE_END}$", low) is not None
        or not names.is_word(low)
        or (not weak and names.is_only_noun(low))
    )


def _doing_word(word: str) -> bool:
    """An English word in "-ing" after a town says what one does there, no part of its
    name: "in phoenix visiting my sister", "in tulsa helping my mom"."""
    return word.endswith("ing") and lexicon().is_word(word)


def _place_end(text: str, start: int, end: int, placed: bool = False) -> int | None:
    """Where the town after a place cue ends, or None: the words run until one that names
    no town ("i'm in cristinabury and …" keeps one word; "i'm in trouble" none). ``placed``:
    what follows places it (a landmark), so a weak cue before it is no reason to doubt."""
    words = list(re.finditer(r"[a-z][a-z'-]+", text[start:end], re.IGNORECASE))
    if not words:
        return None
    weak = not placed and _WEAK_PLACE_CUE.search(text, max(0, start - 40), start) is not None
    first = fold(words[0].group())
    if first in _PLACE_PREFIX and len(words) > 1:
        second = words[1].group()
        if _NOT_PLACE_WORDS.fullmatch(f"{first} {fold(second)}"):
            return None
        if not (_town_word(second, weak) or fold(second) in lexicon().firsts):
            return None
        last = 1
    elif _town_word(words[0].group(), weak):
        last = 0
    else:
        return None
    if last + 1 < len(words):
        nxt = fold(words[last + 1].group())
        if nxt in _PLACE_TYPE or (_town_word(nxt, weak) and not _doing_word(nxt)):
            last += 1
    return start + words[last].end()


_REGION_AFTER_TOWN = re.compile(rf",?[ \t]+(?:{STATE_NAMES}|{_COUNTRY_NAME})$", re.IGNORECASE)
# ... and the state or country said right after a town: "i'm in port ellery, michigan".
_REGION_NEXT = re.compile(rf",?[ \t]+(?:{STATE_NAMES}|{_COUNTRY_NAME})\b", re.IGNORECASE)


# A town's prefix and one word right before a state's name: "west orange new jersey".
_PREFIXED_TOWN_BEFORE_STATE = re.compile(
    rf"(?:north|south|east|west|new|port|fort|lake|mount|saint|san|santa|grand)[ \t]+"
    rf"(?P<word>[a-z][a-z'-]+)(?=,?[ \t]+{STATE_NAMES}\b)",
    re.IGNORECASE,
)


def _prefixed_town_before_state(text: str, start: int) -> int | None:
    """Where a town of a prefix and an English word ends when a state's name follows it:
    the state places it ("in west orange new jersey", "in port orange florida"), though
    "orange" alone is no town (not "in east texas": the state is the place)."""
    m = _PREFIXED_TOWN_BEFORE_STATE.match(text, start)
    if m is None or fold(m.group("word")).lower() in _NOT_PLACE_NOUN:
        return None
    if _NOT_TOWN_AFTER_IN.fullmatch(m.group("word")) or _doing_word(m.group("word").lower()):
        return None
    return m.end()


def _whole_town(text: str, start: int, end: int, placed: bool = False) -> bool:
    """Every word from ``start`` to ``end`` may name a town (a cue that needs a town, not
    just a word: "out to annaton" yes, "out to lunch" no)."""
    return _place_end(text, start, end, placed) == end or _two_word_town(text[start:end])


# US cities of two English words, too big to leave visible where a cue places them ("up
# to grand rapids michigan", "he's in college station for school"): each word alone is
# everyday English, so ``_town_word`` turns them down.
_TWO_WORD_TOWNS = frozenset(
    " ".join(pair)
    for pair in re.findall(
        r"(\w+)[ ](\w+)",
        "grand rapids, college station, little rock, long beach, palm springs, fort worth, "
        "cedar rapids, green bay, kansas city, baton rouge, colorado springs, virginia beach, "
        "jersey city, oklahoma city, sioux falls, rapid city, iowa city, south bend, "
        "overland park, costa mesa, thousand oaks, santa rosa, bowling green, council bluffs, "
        "round rock, sugar land, cape coral, coral springs, palm bay, high point, chapel hill, "
        "state college, traverse city, grand junction, grand forks, great falls, twin falls, "
        "idaho falls, park city, lake charles, carson city, battle creek, wichita falls, "
        "ann arbor, palm desert, newport beach, huntington beach, daytona beach, pompano beach, "
        "myrtle beach, panama city, winter park, winter haven, rock hill, round lake, "
        "fall river, grand prairie, grand island, elk grove, garden grove, bay city, "
        "johnson city, union city, falls church, silver spring, college park, eden prairie, "
        "maple grove, apple valley, brooklyn park, coon rapids, cottage grove, white plains, "
        "cherry hill, toms river, glens falls, niagara falls, mount pleasant, lake forest, "
        "highland park, oak park, oak lawn, orland park, crystal lake, des plaines, "
        "sun prairie, stevens point, eau claire, golden valley, spring hill, bonita springs, "
        "palm coast, key west, fort collins, castle rock, pueblo west, grand haven, "
        "new britain, new haven, new london, new bedford, new brunswick, new rochelle, "
        "new albany, new braunfels, new castle, new milford, new canaan, new hope, "
        "west hartford, east hartford, west haven, north haven, east haven, "
        "fort lee, fort myers, fort smith, fort wayne, lake worth, cedar park, "
        "west palm, port orange, port arthur, port huron",
    )
)


def _two_word_town_at(text: str, start: int, end: int) -> int | None:
    """Where a listed two-word city that opens ``text[start:end]`` ends, or None."""
    m = re.match(r"[a-z'-]+[ \t]+[a-z'-]+\b", text[start:end], re.IGNORECASE)
    return start + m.end() if m and _two_word_town(m.group()) else None


def _two_word_town(words: str) -> bool:
    """A listed US city of two English words: "grand rapids", "college station"."""
    return " ".join(fold(words).lower().replace(",", " ").split()) in _TWO_WORD_TOWNS


# Towns and cities of the UK a caller or an agent names alone ("cardiff lovely and date of
# birth", "i'm phoning from glasgow"); none an everyday word ("bath", "reading", "hull" are
# left out), so a name from this list is a town wherever a cue places it.
_UK_TOWNS = _word_set(
    "aberdeen aberystwyth armagh ayr bangor barnsley basildon basingstoke bedford belfast "
    "birkenhead birmingham blackburn blackpool bolton bournemouth bradford bridgend brighton "
    "bristol burnley caerphilly cambridge canterbury cardiff carlisle carmarthen chelmsford "
    "cheltenham colchester coventry crawley croydon darlington derby doncaster dudley "
    "dumfries dundee dunfermline durham eastbourne edinburgh elgin enniskillen exeter falkirk "
    "gateshead glasgow gloucester grimsby guildford harrogate hartlepool hereford "
    "huddersfield inverness ipswich kilmarnock kirkcaldy kirkwall lancaster leeds leicester "
    "lerwick lisburn liverpool livingston llandudno llanelli london londonderry luton "
    "maidstone manchester merthyr middlesbrough motherwell newcastle newport newry "
    "northampton norwich nottingham oban oldham omagh oxford paisley peterborough plymouth "
    "pontypridd portsmouth preston rochdale rotherham salford salisbury sheffield "
    "shrewsbury slough southampton southend stirling stockport stornoway sunderland swansea "
    "swindon taunton telford torquay truro wakefield walsall warrington watford wigan "
    "winchester wolverhampton worcester worthing wrexham yeovil york"
)
_UK_TOWN = "(?:" + "|".join(sorted(_UK_TOWNS)) + ")"
# The UK's postcode areas: the letters of an outward code said alone ("s a one" is "SA1").
_UK_AREA = (
    r"(?:AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|"
    r"DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|"
    r"KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|"
    r"RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|"
    r"WC|WD|WF|WN|WR|WS|WV|W|YO|ZE)"
)
# Words that may follow a town opening a turn: an acknowledgement or the next question
# ("DUNDEE. AND DATE OF BIRTH?", "okay manchester so …", "inverness well just outside").
_AFTER_TOWN_TURN = (
    r"(?:lovely|great|okay|ok|so|and|well|thanks|thank|perfect|brilliant|right|cheers|yeah|"
    r"yes|super|nice|fab|grand|area|way|mate|love|just|near|outside|originally|but)"
)
# Words that end a town said after a street ("… terrace raleigh near exit 55"): the clause
# goes on, so the word before is no part of the street's name.
_AFTER_STREET_TOWN = (
    r"(?:near|by|at|on|off|the|and|where|when|right|is|was|just|next|close|i|we|he|she|they|"
    r"it|that|so|but|heading|going|coming|unless|if|because|please|or|"
    # (a read-back the clerk confirms and moves on: "… drive braintree okay and how many",
    # "… way natick got it", "… street in barre now")
    r"okay|ok|got|now|alright|correct|yes|yeah|yep|then|there|too)"
)
# A state said after a town that follows a street ("… tanner plain jasonland nd"): a code
# that is no word, or a state's name, then the end or a zip.
_TOWN_REGION_CODE = "|".join(c for c in _CODES[:52] if c not in _WORD_CODES)
_TOWN_REGION_DEFINE = (
    rf"(?(DEFINE)(?P<region>,?[ \t]+(?:{_TOWN_REGION_CODE}|{STATE_NAMES})\b"
    rf"(?:,?[ \t]+{_ZIP}(?!\d))?(?=[ \t]*(?:[,.!?;]|$)|[ \t]+{_AFTER_STREET_TOWN}\b)))"
)
_TOWN_REGION_NEXT = re.compile(r"(?&region)" + _TOWN_REGION_DEFINE, re.IGNORECASE)
# A street that ends in its flat or suite: a town after it is placed ("… suite 492 phillipfurt").
# (or a flat's bare number and letter after the street's type: "… larch street 2 b waukesha")
_SPOKEN_DIGIT = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|oh|zero|ten|twenty|hundred)\b", re.I
)
_UNIT_END = re.compile(
    rf"\b{_UNIT_WORD}[ \t]*#?[ \t]*\d{{1,5}}[a-z]?$"
    rf"|\b{_SUFFIX}\.?[ \t]+\d{{1,4}}[ \t]?[a-z]$",
    re.IGNORECASE,
)
# A town after a street, its words checked by ``_known_town`` ("… fairview terrace in tulsa
# the other driver", "… walnut terrace raleigh near exit").
_TOWN_AFTER_STREET = re.compile(
    # (a street's direction said after it places the town that follows: "… lyndale avenue
    # south minneapolis")
    # (or after a pause as a clerk types it: "… taylor trail... eatonmouth")
    # (or both, a Canadian street's direction then "in": "… gerrard street east in toronto")
    rf"(?P<pause>,|\.{{2,3}}|…)?[ \t]+(?P<dir>(?:north|south|east|west)[ \t]+)?"
    rf"(?P<in>in[ \t]+)?(?P<town>{_TOWN_PAIR})"
    # (or its zip: "…, 4B, Naperville 60540")
    rf"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+{_AFTER_STREET_TOWN}\b|(?&region)|[ \t]+{_ZIP}(?!\d))"
    + _TOWN_REGION_DEFINE,
    re.IGNORECASE,
)
# ... and one said before "on" and a street: "before that i was in buffalo on 106 park way".
_TOWN_BEFORE_STREET = re.compile(
    rf"\bin[ \t]+(?P<town>{_TOWN_PAIR}),?[ \t]+(?:on|at|off(?:[ \t]+of)?)[ \t]+$", re.IGNORECASE
)
# ... or the town said first, the street after "it's": "asheville it's 12 chestnut street"
# (a reply to "what city is the property?" that runs on to the address).
_TOWN_OPENS_TURN = re.compile(
    r"^[\s,.]*(?:(?:um|uh|oh|so|yeah|yes|it's|its|in)[\s,.]+)*"
    # (no backchannel sound: "mmhmm it's …", "uh-huh it's …")
    r"(?!(?:m+h?m+|mhm+|m+-?hm+|uh+[ -]?huh|hmm+|uhh+|umm+|ah+|oh+|er+m*|yup|yep|nah|ok+ay?|"
    r"alright)\b)"
    rf"(?P<town>{_TOWN_PAIR}),?[ \t]+"
    r"(?:and[ \t]+)?(?:it's|its|it[ \t]+is|that's|thats|the[ \t]+address[ \t]+is)[ \t]+$",
    re.IGNORECASE,
)
# Where a ride or a move goes, said right after the address it starts from: "we're at
# 319 hernandez circle, going to north william" (the town is checked by ``_place_end``).
_DESTINATION_NEXT = re.compile(
    r",?[ \t]+(?:and[ \t]+)?(?:(?:we're|we[ \t]+are|i'm|i[ \t]+am)[ \t]+)?"
    r"(?:going|headed|heading)[ \t]+(?:over[ \t]+|out[ \t]+)?to[ \t]+"
    r"(?P<town>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){0,2})",
    re.IGNORECASE,
)
# A question where one lives: the word after it is whom it asks ("and where do you live
# ashley"), not a place.
_ASKS_WHERE = re.compile(
    r"\b(?:where|how[ \t]+long)[ \t]+(?:do|does|did|will|would|have|has|had)[ \t]+"
    r"(?:you|he|she|they|we|y'all)[ \t]+(?:(?:currently|now|still)[ \t]+)?"
    r"(?:live|lived|reside|resided)[ \t]+(?:now[ \t]+)?$",
    re.IGNORECASE,
)
# A company's greeting after the place it answers for: "Mountain Sports Rentals at
# Powder Ridge, this is Jonah" (the firm's site, not anyone's home).
_GREETING_NEXT = re.compile(
    r"[ \t]*[,.!-]?[ \t]*(?:this[ \t]+is|my[ \t]+name[ \t]+is|you're[ \t]+speaking|"
    r"speaking|how[ \t]+(?:can|may)[ \t]+i[ \t]+help)\b",
    re.IGNORECASE,
)
# A site in a town after its name: "going to denver international" is an airport.
_PLACE_IN_TOWN = re.compile(
    r"[ \t]+(?:international|airport|airfield|station|terminal|mall|center|centre|hospital|"
    r"stadium|arena|campus|depot)\b",
    re.IGNORECASE,
)
# Two spans of one address said with a filler between: "… birchwood drive um edison …".
_FILLER_GAP = re.compile(r"[ \t,]*(?:(?:uh|um|umm|uhm|er|erm|ah)[ \t,.]+)?", re.IGNORECASE)


def _known_town(words: str, placed: bool = False) -> bool:
    """One or two words that name a town: a listed UK or US place, or (``placed``: after
    "in" next to a street) no English word ("ypsilanti", "port ellery"; not "in crisis",
    "in traffic": a noun after "in" is as often a state of things)."""
    low = fold(words).lower()
    if low in _UK_TOWNS or low in us_place_words() or _two_word_town(low):
        return True
    if not placed:
        return False
    parts = low.split()
    named = [w for w in parts if w not in _PLACE_PREFIX and w not in _PLACE_TYPE]
    return len(named) == 1 and _town_word(named[0], weak=True)


def _coined_town(words: str) -> bool:
    """A town said after a street and a pause or a comma, that no English word could be:
    one ending like a place ("… taylor trail... eatonmouth", "…, brandonberg") or a place
    word before a first name ("…, lake kevin", "…, port kelly")."""
    parts = fold(words).lower().split()
    if len(parts) == 1:
        word = parts[0]
        return re.search(rf"{_PLACE_END}$", word) is not None and _town_word(word, weak=True)
    return len(parts) == 2 and parts[0] in _PLACE_PREFIX and parts[1] in lexicon().firsts


# A US zip (five digits, maybe "-" and four) that ends a town and zip reply.
_SURE_TOWN_ZIP_SCORE = 0.6
_US_ZIP_END = re.compile(rf"(?P<town>.*?),?\s+{_ZIP}$", re.IGNORECASE | re.DOTALL)


def _town_and_zip(value: str) -> bool:
    """A reply of a town and a US zip whose town is sure to be one: a listed place, a
    state, or a word no English word could be ("atlanta 30318", "mississippi 39203",
    "ann arbor 48104"). Such a reply needs no "city"/"zip" asked before it to be an
    address; "policy 12345" or "extension 40221" stay weak."""
    m = _US_ZIP_END.match(value)
    if m is None:
        return False
    town = fold(m.group("town")).lower().strip(" ,.")
    if _known_town(town) or re.fullmatch(STATE_NAMES, town, re.IGNORECASE):
        return True
    return any(_coined_name(word) for word in town.split())


def _coined_name(word: str) -> bool:
    """A word that may only be a name: no English word, and said like one, not spelled
    like a code's letters ("ypsilanti", "hockessin"; not "cpt", "npi", "hcpcs")."""
    return (
        len(word) >= 4 and re.search(r"[aeiou]", word) is not None and not lexicon().is_word(word)
    )


def _typed_street(text: str, start: int, end: int) -> bool:
    """A street said in full, its type named ("… maple crest drive", "… commerce way suite
    two ten"): a word after it that is no English word is its town, not talk."""
    return re.search(rf"\b{_SUFFIX}\b", text[start:end], re.IGNORECASE) is not None


_NOT_TOWN_AFTER_IN = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)days?|i|person|total|time|advance|general|case|fact|order|cash|full|english|"
    r"spanish|french|writing|private|public|town|traffic|front|back|spring|summer|fall|"
    r"autumn|winter|christmas|easter|the|a|an|my|our|your|his|her|their",
    re.IGNORECASE,
)


def _named_town_after_in(text: str, m: re.Match, typed: bool) -> bool:
    """A capitalised word after "in" right after a street said in full is the street's town
    even when it is an English word too ("240 Elm Street in Barre now"); not a month, a
    day, or "in Person" (a written capital is a name's)."""
    if not typed or m.group("in") is None or text.isupper():
        return False
    # (its type said last, the English way: "Elm Street in Barre", not "rue des Lilas in Lyon")
    if re.search(rf"\b{_SUFFIX}\.?$", text[: m.start()], re.IGNORECASE) is None:
        return False
    word = m.group("town").split()[0]
    return word[:1].isupper() and word[1:].islower() and not _NOT_TOWN_AFTER_IN.fullmatch(word)


# Capitalised words after a street and a comma that are talk, not its town: "…, Thanks".
_NOT_WRITTEN_TOWN = re.compile(
    rf"(?:{_AFTER_TOWN_TURN}|{_AFTER_STREET_TOWN}|{_UNIT_WORD}|sorry|please|sure|exactly|"
    r"right|correct|yup|no|nope|hello|hi|bye|goodbye|again|thanks|cheers)",
    re.IGNORECASE,
)


def _written_town_after_pause(text: str, m: re.Match, typed: bool) -> bool:
    """Capitalised words after a street said in full and a comma are its town, even
    English ones ("9 Quissett Ave, Woods Hole now", "12 Elm St, Castle Rock."): a writer
    capitalises a name; not talk ("…, Thanks") nor a month or a day."""
    if not typed or m.group("pause") != "," or text.isupper():
        return False
    words = m.group("town").split()
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    return not any(_NOT_WRITTEN_TOWN.fullmatch(w) or _NOT_TOWN_AFTER_IN.fullmatch(w) for w in words)


def _town_after_street(
    text: str, end: int, placed: bool = False, typed: bool = False
) -> int | None:
    """Where a town said right after a street (at ``end``) ends, or None: after "in" (or
    ``placed``: after a numbered road, "7720 highway 59 merced") any word that may name a
    town, else a listed place only ("… terrace raleigh near exit")."""
    m = _TOWN_AFTER_STREET.match(text, end)
    if m is None:
        return None
    town = m.group("town")
    words = town.split()
    placed = placed or typed or m.group("in") is not None or m.group("dir") is not None
    placed = placed or _UNIT_END.search(text, max(0, end - 20), end) is not None
    # the longest reading first: "little rock" before "little"
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        stop = m.start("town") + len(part)
        region = _TOWN_REGION_NEXT.match(text, stop)
        rest = town[len(part) :]
        if (
            n < len(words)
            and region is None
            and not re.match(rf"[ \t]+{_AFTER_STREET_TOWN}\b", rest, re.I)
        ):
            continue
        # (a state after it places the town: "… adam fort east brian ri")
        if _known_town(part, placed=placed or region is not None):
            return region.end() if region is not None else stop
        if m.group("pause") and _coined_town(part):
            return region.end() if region is not None else stop
    if _named_town_after_in(text, m, typed):
        return m.start("town") + len(words[0])
    if _written_town_after_pause(text, m, typed):
        return m.end("town")
    return None


def _town_before_street(text: str, start: int) -> tuple[int, int] | None:
    """The town said as "in … on" (or "off of") before a street starting at ``start``: "i
    was in lansing on 1887 jefferson street" (the street places it, so a listed word counts)."""
    m = _TOWN_BEFORE_STREET.search(text, max(0, start - 40), start) or _TOWN_OPENS_TURN.search(
        text, 0, start
    )
    if m is None or not _known_town(m.group("town"), placed=True):
        return None
    return m.span("town")


# After a destination, a street it is on makes it a site: "going to Fresenius on Main".
_SITE_ON_STREET_NEXT = re.compile(
    r"[ \t]+(?:on|off)[ \t]+(?!(?:the|a|an|my|your|his|her|their|our|it|its|time|weekdays?|"
    r"weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan\p{L}*|feb\p{L}*|march|april|"
    r"may|june|july|aug\p{L}*|sep\p{L}*|oct\p{L}*|nov\p{L}*|dec\p{L}*)\b)[a-z]",
    re.IGNORECASE,
)


def _destination_after(text: str, end: int) -> tuple[int, int] | None:
    """The town a ride goes to, said right after the address it starts from (at ``end``):
    the address places it, so a town's words count ("going to lake gabrielle"; not
    "going to need", "going to the airport")."""
    m = _DESTINATION_NEXT.match(text, end)
    if m is None:
        return None
    start, stop = m.span("town")
    town_end = _two_word_town_at(text, start, stop) or _place_end(text, start, stop, True)
    if town_end is None or _PLACE_IN_TOWN.match(text, town_end):
        return None
    if _SITE_ON_STREET_NEXT.match(text, town_end):
        return None  # a clinic on a street, not a town: "going to Fresenius on Main"
    return start, town_end


def _new_town_ok(text: str, start: int, end: int) -> bool:
    """A place opened by "new" names a town only where its next word may ("new
    brianfort", "new amber"; not "new construction", "new housing")."""
    m = re.match(r"new[ \t]+([a-z][a-z'-]*)", text[start:end], re.IGNORECASE)
    return m is None or _town_word(m.group(1), weak=True) or fold(m.group(1)) in lexicon().firsts


def _town_after_cross(text: str, end: int) -> tuple[int, int] | None:
    """The town said after a crossing's other side (the crossing ends at ``end``): the
    streets place it, so a word that may name a town counts ("… and main in albany"; not
    "… and the ramp in traffic")."""
    m = _CROSS_TOWN_NEXT.match(text, end)
    if m is None:
        return None
    start, stop = m.span("town")
    words = text[start:stop].split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if _known_town(part, placed=True):
            return start, start + len(part)
    return None


# A spoken unit between a street and its town, its value maybe taken by the town's span:
# "… robinson way number f thomasport new jersey …", "… valleys number fivea east regina".
_UNIT_GAP = re.compile(
    r"[ \t,]*(?:(?:number|no|apt|apartment|unit|suite|ste)\b\.?|#)[ \t]*#?[ \t]*"
    r"(?:(?:[a-z]|\d{1,5}[a-z]?|(?:one|two|three|four|five|six|seven|eight|nine|oh|zero)"
    r"[a-h]?)(?:[ \t,]+|$))?",
    re.IGNORECASE,
)


# The word "zip" between a street's flat and its zip: "suite 300, zip 92618".
_ZIP_GAP = re.compile(
    r"[ \t,]*(?:zip|zip[ \t]+code|zipcode|postcode|post[ \t]+code|postal[ \t]+code)"
    r"(?:[ \t]+is)?[ \t,:]*",
    re.IGNORECASE,
)


# A Spanish number word said alone as a house's or a flat's number ("cuarenta sequoia ct",
# "apartamento once a"): the normaliser leaves one word alone ("tengo dos hijos"), so the
# address reads it here (``spanish_number``), in an address's place only.
# (a Spanish clause word between is no street's name: "tengo dos casas en main street")
_ES_CLAUSE_WORD = r"(?:en|de|del|la|el|los|las|y|que|con|por|para|a|al|the|on|in|at|of|and)"
# ... before one to three name words and a street's type ("setenta riverside terrace")
# ("once" is English too: "once main street reopens" is no house)
_ES_HOUSE_NUMBER = re.compile(
    r"(?<![\w'-])(?!once\b)(?P<word>[a-zà-ÿ]+)"
    rf"(?=[ \t]+(?:(?!{_ES_CLAUSE_WORD}\b){_WORD}[ \t]+){{1,3}}{_SUFFIX}\b)",
    re.IGNORECASE,
)
# ... or after a flat's word ("apt. tres a", "unidad doce")
_ES_FLAT_NUMBER = re.compile(
    rf"(?<=\b(?:{_ES_UNIT_WORD}|apt|apartment|unit|suite|ste)\.?[ \t]*#?[ \t]*)"
    r"(?P<word>[a-zà-ÿ]+)\b",
    re.IGNORECASE,
)


# (a cheap check first: most turns have no Spanish number word)
_ES_CUE = re.compile(
    r"(?i)\b(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    r"quince|dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien\b)"
)


def _spanish_numbers_read(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with a lone Spanish house or flat number as its digits, right-aligned in the
    word's own width so that every offset holds, and the words so replaced."""
    chars = list(text)
    spans = []
    for rx in (_ES_HOUSE_NUMBER, _ES_FLAT_NUMBER):
        for m in rx.finditer(text):
            value = spanish_number(m.group("word"))
            if value is None or not 1 <= value <= 100:
                continue  # "cero", "doscientos": no lone house number
            start, end = m.span("word")
            chars[start:end] = str(value).rjust(end - start)
            spans.append((start, end))
    return "".join(chars), spans


def _widen_to_words(results: list, words: list[tuple[int, int]]) -> list:
    """A span that starts or ends inside a replaced word covers the whole word."""
    for r in results:
        for start, end in words:
            if start < r.start < end:
                r.start = start
            if start < r.end < end:
                r.end = end
    return results


def _merge_filler_gaps(text: str, results: list) -> list:
    """One address said in two parts with only a filler or a comma between ("609 birchwood
    drive um edison new jersey 08820") is one span, the filler with it; so is one taken
    back and said on ("… apartment no sorry it's a house no unit charlotte …")."""
    merged: list = []
    for r in sorted(results, key=lambda r: (r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.end < r.start:
            gap = _FILLER_GAP.fullmatch(text, last.end, r.start)
            if gap is None and r.start - last.end <= 40:
                gap = _CORRECTION_GAP.fullmatch(text, last.end, r.start)
            if gap is None and r.start - last.end <= 20:
                gap = _UNIT_GAP.fullmatch(text, last.end, r.start) or _ZIP_GAP.fullmatch(
                    text, last.end, r.start
                )
            if gap is not None and text[last.end : r.start].strip(" \t,"):
                last.end = max(last.end, r.end)
                last.score = max(last.score, r.score)
                continue
        merged.append(r)
    return merged


# "Live" opening a sentence with no one before it and no "in" after it describes a thing:
# "Live bees go USPS priority", "live music every friday" (not "i live dayton").
_BARE_LIVE_BEFORE = re.compile(
    r"(?:^|[.!?;:][ \t]*)[ \t]*(?:(?:so|and|oh|um|uh|well)[ \t,]+)*(?:live|lives)[ \t]+$",
    re.IGNORECASE,
)


# Words before "ID" that make it an id's, not Idaho's code: "class ID 40812".
_ID_OWNER = (
    r"class|course|driver|drivers|driver's|member|customer|employee|student|user|account|"
    r"tax|case|photo|caller|login|your|my|his|her|their|an|a|the|state|national|school|"
    r"badge|patient|group|vendor|supplier|player|voter|system|record|order|ticket|device|"
    # (a staff member's or a service's: "interpreter ID 40922", "agent ID 55120")
    r"interpreter|agent|operator|rep|representative|provider|staff|technician|tech|officer|"
    r"nurse|pharmacy|claim|policy|reference|confirmation|transaction|merchant|dealer|partner"
)
_COMPANY_SITE_BEFORE = re.compile(
    r"\b(?:our[ \t]+(?:(?:nearest|closest|local|main|downtown|new)[ \t]+)?"
    rf"{_SITE}(?:[ \t]+{_NEAR_YOU})?|"
    # (not "the office is at …", which may be the caller's: a bank's branch, or a site
    # picked for the caller)
    r"the[ \t]+(?:(?:nearest|closest|local|main|downtown|new)[ \t]+)?branch(?:es)?"
    rf"(?:[ \t]+{_NEAR_YOU})?|"
    rf"the[ \t]+(?:nearest|closest|local)[ \t]+{_SITE}(?:[ \t]+{_NEAR_YOU})?|"
    rf"the[ \t]+{_SITE}[ \t]+{_NEAR_YOU})"
    r",?[ \t]+(?:is[ \t]+|are[ \t]+|'s[ \t]+)?(?:located[ \t]+)?at[ \t]+$",
    re.IGNORECASE,
)
# ... but not where the caller has things sent: "delivered to our office at 1550 Market
# Street" (the caller's own firm; a firm says "come to our office at …").
# (a request to send there is redacted whoever says it: "please ship it to our office at
# …" may be the caller's own; the firm's "mail it to our office at …" is then redacted too)
_DELIVERED_TO_OURS = re.compile(
    r"\b(?:deliver(?:ed|ing|s)?|ship(?:ped|ping|s)?|sen[dt]|sending|mail(?:ed|ing)?|"
    r"post(?:ed)?|courier(?:ed)?|dropped[ \t]+off)[ \t]+(?:it[ \t]+|them[ \t]+)?to[ \t]+our[ \t]+"
    rf"(?:(?:main|new)[ \t]+)?{_SITE},?[ \t]+(?:is[ \t]+|'s[ \t]+)?(?:located[ \t]+)?at[ \t]+$",
    re.IGNORECASE,
)

# The firm's own office given to the caller, said before it: "our office is at the
# corner of Fifth and Main" (not "our address is …", which a household says too, nor
# "my office is at …").
_FIRM_ADDRESS_BEFORE = re.compile(
    rf"\bour[ \t]+(?:(?:nearest|closest|local|main|downtown|new)[ \t]+)?{_SITE}"
    r"[ \t]+(?:is|are|'s)[ \t]+(?:located[ \t]+)?(?:at|on)[ \t]+the[ \t]+corner[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
# A P.O. box the firm asks to be sent things at: "mail it to us at P.O. Box 7860",
# "return them to us at PO Box 12" (not "you can mail it to PO Box 12", which a caller
# says of their own box).
_FIRM_BOX_BEFORE = re.compile(
    r"\b(?:mail|send|post|return|ship|remit)[ \t]+(?:it|them|that|this|those|these|everything|"
    r"(?:the|any|your)[ \t]+[a-z'-]+(?:[ \t]+[a-z'-]+)?)[ \t]+(?:in[ \t]+)?to[ \t]+us[ \t]+"
    r"at[ \t]+$",
    re.IGNORECASE,
)
# What may lie between the firm's address and the rest of it: "P.O. Box 7860, Wilkes-" +
# "Barre, PA" (a town's first half, commas; no other party's address: "and yours").
_FIRM_REST_GAP = re.compile(r"[ \t,]*(?:(?!(?:and|or|your|my|but)\b)[a-z'-]+[ \t,-]*){0,2}", re.I)
# Someone said to be "from" a firm: "someone who said they were from Keystone" (a firm's
# name the caller repeats, not where anyone lives).
_CLAIMED_FROM = re.compile(
    r"\b(?:said|say|says|saying|claimed|claiming|claims|claim|pretended|pretending|told[ \t]+me)"
    r"[ \t]+(?:that[ \t]+)?(?:they|he|she|it|they're|he's|she's)[ \t]+"
    r"(?:(?:was|were|is|are)[ \t]+)?"
    r"(?:calling[ \t]+)?from[ \t]+$",
    re.IGNORECASE,
)
# A named firm in a town: "Coastal Paws Veterinary in Portland, Maine" (where the firm is).
_FIRM_IN_TOWN = re.compile(
    r"(?-i:\b[A-Z][\w'&-]*[ \t]+)+(?:veterinary|vet|clinic|hospital|pharmacy|bank|dental|"
    r"medical|labs?|laboratory|associates|partners|llc|inc|ltd|corp|company|co)\.?,?[ \t]+"
    r"(?:in|of)[ \t]+$",
    re.IGNORECASE,
)

# A firm's department said right before its P.O. box, as on a form's mailing line:
# "Heartland Mutual Ag, Claims, PO Box 4400" (a caller gives no department with their box).
_FIRM_DEPT_BEFORE = re.compile(FIRM_DEPARTMENT + "$", re.IGNORECASE)


# A road hazard reported to public works: "also the pothole on Route 9 near mile marker
# 42" (a spot on a road, no one's whereabouts; but "I hit a pothole on I-80 …" is).
_HAZARD_BEFORE = re.compile(
    r"(?<!\b(?:hit|hits|hitting|struck|ran[ \t]+over|run[ \t]+over|into)[ \t]+(?:a|the)[ \t]+"
    r"(?:[a-z]+[ \t]+)?)\b(?:pothole|potholes|sinkhole|sinkholes|debris|roadkill|graffiti|"
    r"litter|guardrail|guard[ \t]+rail|streetlight|street[ \t]+light|signal|sign)"
    r"(?:[ \t]+(?:is|was|that's)?[ \t]*(?:out|down|broken|damaged|missing)?)?"
    r"[ \t]+(?:on|at|near|by|along|off)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A trip's start, not a home: "we flew back from boston on flight …", "came back from
# orlando" (a town with a flight after it too: "from Denver on flight UA 375").
_TRIP_BACK_BEFORE = re.compile(
    r"\b(?:flew|flown|flying|fly|drove|driven|came|come|got|get|getting|coming)[ \t]+"
    r"(?:(?:back|home)[ \t]+){1,2}from[ \t]+$",
    re.IGNORECASE,
)
_FLIGHT_AFTER = re.compile(
    r"[ \t,]+(?:on|via|aboard)[ \t]+(?:(?:a|the|our|my|their)[ \t]+)?"
    r"(?:flight|(?-i:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{2,4}\b)",
    re.IGNORECASE,
)


# A product's code read off its label: "the model number on the sticker is H409PG" (a
# code shaped like a postcode, nobody's address).
_PRODUCT_CODE_BEFORE = re.compile(
    r"\b(?:(?:model|serial|sku)(?:[ \t]+(?:number|no\.?|#|code))?"
    r"|(?:part|product|item|catalog|catalogue)[ \t]+(?:number|no\.?|#|code))"
    r"(?:[ \t]+(?:on|from)[ \t]+(?:the|my|its|your)[ \t]+[a-z]+)?"
    r"[ \t]*(?:is|it's|reads|says|:)?[ \t,:]*$",
    re.IGNORECASE,
)


# A phone number's area code and exchange: "fax to 1-800-371-4137 attention estates
# department extension 4377" (its last four digits are no house number).
_PHONE_HEAD_BEFORE = re.compile(r"(?:\(\d{3}\)[ \t]?|(?<!\d)\d{3}[-.])\d{3}[-.]$")


def _not_whereabouts(text: str, r) -> bool:
    """A road hazard's spot, a trip's start, a product's label code ("model number
    H409PG") or a number glued into a code ("confirmation KNJKG8, ocean view king"):
    places said that tell where no caller lives or is."""
    name = r.recognition_metadata.get("pattern_name")
    if name == "highway_spot" and _HAZARD_BEFORE.search(text, max(0, r.start - 60), r.start):
        return True
    if name == "place_after_cue" and _TRIP_BACK_BEFORE.search(text, max(0, r.start - 40), r.start):
        return True
    if _PRODUCT_CODE_BEFORE.search(text, max(0, r.start - 60), r.start):
        return True
    if text[r.start].isdigit() and _PHONE_HEAD_BEFORE.search(text, max(0, r.start - 12), r.start):
        return True
    return (
        name == "street"
        and r.start >= 2
        and text[r.start].isdigit()
        and text[r.start - 1].isalpha()
        and text[r.start - 2].isalnum()
    )


# A house number right before a town, state and zip: the street's name was taken for the
# town's ("831 weeks falls owensberg alabama 35703", "4410 days creek dayton ohio 45402").
# (not a unit's number, its town after it: "… suite 9 b boise idaho 83702")
_HOUSE_NUMBER_BEFORE = re.compile(
    rf"(?<![\d$.,:/-])(?<!\b{_UNIT_WORD}\.?[ \t]*#?[ \t]*)\d{{1,6}}[a-z]?[ \t]+$", re.IGNORECASE
)


def _house_number_start(text: str, start: int) -> int:
    """Where a town-state-zip begins once the house number said before it is taken in."""
    number = _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 10), start)
    return number.start() if number is not None else start


_HOSPITAL_KIND_NEXT = re.compile(r"[ \t]+(?:general|memorial|regional)\b", re.IGNORECASE)


def _generic_hospital_word(text: str, r) -> bool:
    """A hospital named by a place's common word, not a town's: "Dr. Fischer at Valley
    General ER", "Bay Memorial" ("at Tacoma General" keeps its town)."""
    word = fold(text[r.start : r.end]).lower()
    return word in (_PLACE_TYPE | _PLACE_PREFIX) and bool(_HOSPITAL_KIND_NEXT.match(text, r.end))


def _court_county(text: str, r) -> bool:
    """A county or a court named as where a case was filed ("it's in hennepin county probate
    court", "We filed at Allegheny County Probate Court"), not a street or a home; a street
    with its number ("12 County Court") is one whoever's it is."""
    name = r.recognition_metadata.get("pattern_name")
    return name in ("place_after_cue", "named_street") and county_office(text, r.start, r.end)


def _firm_address(text: str, r) -> bool:
    """An address the firm gives as its own (see ``_FIRM_ADDRESS_BEFORE``), a P.O. box
    the caller is told to mail to, a firm someone claimed to be from, or a firm's town."""
    before = text[max(0, r.start - 90) : r.start]
    if _FIRM_ADDRESS_BEFORE.search(before) or _FIRM_IN_TOWN.search(before[-70:]):
        return True
    name = r.recognition_metadata.get("pattern_name")
    if name == "po_box" and _FIRM_BOX_BEFORE.search(text, max(0, r.start - 90), r.start):
        return True
    if name == "po_box" and _FIRM_DEPT_BEFORE.search(text, max(0, r.start - 40), r.start):
        return True
    return name == "place_after_cue" and _CLAIMED_FROM.search(before) is not None


# A business's name just before its street: "it's La Palapa Grill, 1450 East Broadway
# Road" (where a firm is, not where anyone lives).
_BUSINESS_BEFORE = re.compile(
    r"\b(?:grill|restaurant|cafe|café|diner|bistro|pizzeria|bakery|taqueria|cantina|eatery|"
    r"steakhouse|salon|barbershop|inc|llc|ltd|corp|corporation|hotel|motel)\.?,[ \t]*$",
    re.IGNORECASE,
)
# A region after a town where someone lives, capitalised and ending the clause: "she
# lives in Zapopan, Jalisco." (a state's or a country's name is matched by _REGION_NEXT).
_WRITTEN_REGION_NEXT = re.compile(
    r",[ \t]+(?-i:[A-ZÀ-Þ][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'-]+)?)(?=[ \t]*(?:[.!?;]|$))"
)
# A town by a split postcode ("athina 106 76"): no word of a sentence ("then 300 50").
_SPLIT_TOWN = (
    rf"(?!(?:{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|{_NOT_ZIP_CITY}|{_TIME_WORD})\b)"
    r"[a-zà-ÿ][a-zà-ÿ'-]{2,}(?:[ \t]+(?!(?:and|or|then|to)\b)[a-zà-ÿ][a-zà-ÿ'-]{2,})?"
)
# New York's boroughs after a neighbourhood, in any case: "he lives in astoria, queens".
_BOROUGH_NEXT = re.compile(
    r",?[ \t]+(?:queens|brooklyn|(?:the[ \t]+)?bronx|manhattan|staten[ \t]+island)\b",
    re.IGNORECASE,
)
# An address taken back in the middle and said on: "… court apartment no sorry it's a
# house no unit charlotte …" (the aside is inside the address; no digits in it).
_CORRECTION_GAP = re.compile(
    r"[ \t,.]*(?:(?:no|oh)[ \t,.]+)?(?:(?:sorry|i mean|wait|actually|oops|my bad)[ \t,.]+)+"
    # (words of an aside after it: a street taken back for another, "north halsted sorry
    # north clark street", is two)
    r"(?:(?!(?:sorry|i|mean|wait|actually|oops|my|bad|no|not)\b)[a-z']+[ \t,.]+){1,4}",
    re.IGNORECASE,
)


# Where someone is said to live or be put: "she's in", "i was in", "you're assigned to".
_LIVES_IN = (
    r"(?:(?:i'm|i am|she's|she is|he's|he is|they're|you're|you are|we're|was|were|live|"
    r"lives|living|stay|stays|staying)[ \t]+in|(?:moved|moving|move)[ \t]+(?:in)?to"
    r"|(?:i'm|i am|you're|you are|she's|she is|he's|he is|they're|we're|is|are|was|were|"
    r"been|got|get)[ \t]+(?:re-?)?assigned[ \t]+to)"
)
# A staff member named before "in unit 4": their team, not where anyone lives ("your
# caseworker is derrick, he's in unit 4").
_STAFF_CLAUSE = (
    r"\b(?:caseworker|case[ \t]+worker|worker|officer|supervisor|manager|specialist|adjuster|"
    r"investigator|examiner|nurse|doctor|representative|rep|agent|team|department|dept|"
    r"division|section)\b[^.!?]{0,40}"
)
# Words before "unit 4" ending a turn that make it no one's home: "the storage unit 12".
_NOT_UNIT_OWNER = (
    r"(?:storage|rental|course|lesson|module|chapter|test|exam|care|burn|trauma|intensive|"
    r"icu|police|army|military|per|each|every|need|needs|want|wants|sold|bought|rent|rented|"
    r"lease|leased|order|ordered|price|cost|cooling|heating|ac|hvac|air|display|control|"
    r"power|main|spare|backup|replacement|new|old|demo|sample|test)"
)
# A residence hall's name and a room in it: "Alder Hall, room 214", "whitfield tower room
# 906", "HOLLOWAY HALL 227B" (not what the hall holds: "Memorial Hall 300 seats").
_DORM_ROOM = (
    r"(?!(?:city|town|the|a|music|concert|dining|pool|banquet|study|lecture|meeting|"
    r"residence|this|that|my|your|our|their|his|her)\b)[a-z][a-z'-]+[ \t]+"
    r"(?:(?:hall|tower|towers|house|commons|village)"
    r",?[ \t]+(?:room|rm\.?|number|#)[ \t]*\d{2,4}[a-z]?"
    r"|(?:hall|tower|towers)[ \t]+(?!(?:19|20)\d\d\b)\d{3,4}[a-z]?)\b(?![.,:]\d)"
    r"(?![ \t]+(?:people|persons|seats|guests|feet|ft|square|sq|dollars|bucks|miles))"
)
# A turn that is only the hall and room (the ``turn`` group asks for the turn's end).
_ROOM_TURN_LEAD = r"^[\s,.]*(?:(?:it's|its|uh|um|yeah|yes|so|and)[\s,.]+)*(?P<turn>)"
# A Quebec postal code whose province the normaliser took for the spelled letter Q:
# "Quebec, J9H 3L9" reads "QJ9H 3L9" (no code opens with Q; Quebec's open G, H, J).
_QUEBEC_POSTCODE = r"(?-i:\bQ[GHJ]\d[A-Z][ ]?\d[A-Z]\d\b)"
# A Canadian postal code's letters and digits in order (the sixth through the first
# letter that may open one): "R3J0H1".
_CA_CODE = re.compile(r"[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d")
_PIECE = re.compile(r"[A-Za-z\d]+")
_FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm"})
# The province (or "Quebec" the normaliser took for the spelled letter Q, "QJ9H 3L9") and
# the postal code said after a street and its town: "…, Gatineau, Quebec, J9H 3L9".
_POSTCODE_NEXT = re.compile(
    rf",?[ \t]+(?:{_PROVINCE_NAME},?[ \t]+)?(?:{_QUEBEC_POSTCODE}|{_POSTCODE})",
    re.IGNORECASE,
)


def _ca_postcode_end(text: str, start: int, end: int) -> int | None:
    """Where a Canadian postal code said in pieces from ``start`` ends, or None: its six
    letters and digits with fillers left out, "oh" read as the letter O where a digit
    goes ("R3JO uh H1" is R3J 0H1)."""
    code = ""
    for m in _PIECE.finditer(text, start, end):
        if m.group().lower() in _FILLERS:
            continue
        code += m.group().upper()
        if len(code) >= 6:
            break
    if len(code) != 6:
        return None
    code = "".join("0" if i % 2 and c == "O" else c for i, c in enumerate(code))
    return m.end() if _CA_CODE.fullmatch(code) else None


# A site a caller is sent to, named before a street with no number: "the nearest one to
# Ballard is on Market Street", "the partner store is uBreakiFix on Preston Road", "the
# garage on Hill Street" (a firm's place, not anyone's home).
_SITE_BEFORE_STREET = re.compile(
    r"(?:\b(?:nearest|closest|partner|drop-off|dropoff)\b[^.!?]{0,50}"
    r"|\b(?:garage|parking|car[ \t]+park|lot|hub|depot|terminal|facility|center|centre|"
    r"counter|lobby|entrance|clinic|store|shop|branch|location|"
    # (a venue's door, a doctor's rooms: "check in at the stage door on Lake Avenue")
    r"stage[ \t]+door|box[ \t]+office|doctor|dentist|theater|theatre|venue|arena|stadium)s?"
    r"[ \t]+)"
    r"(?:is[ \t]+)?(?:on|off|at|down|up)[ \t]+$",
    re.IGNORECASE,
)


# Where the speaker is, said as a site on a street: "i'm at the gas station on Elm Road",
# or a reply that opens with the site and names the town: "The Safeway lot on Ridge Road
# in Tucson" (one's own whereabouts, where help is sent).
_AT_SITE_LEAD = re.compile(
    # (not "we're at the shop on …": the firm's own)
    r"(?:\b(?:i'm|im|i[ \t]+am|he's|she's|they're|i[ \t]+was|"
    r"stuck|stranded|parked|waiting|sitting)[ \t]+(?:(?:right|still|just|now)[ \t]+)?"
    r"(?:at|in|outside|behind)[ \t]+(?:the|a)[ \t]+(?:[\w'&-]+[ \t]+){0,3}"
    r"|(?P<opening>^[\s,.]*(?:(?:um|uh|yeah|yes|ok|okay|so|at|it's|its|i'm)[\s,.]+)*"
    r"(?:the|a)[ \t]+(?:[\w'&-]+[ \t]+){0,3}))$",
    re.IGNORECASE,
)
_TOWN_NEXT = re.compile(r",?[ \t]+in[ \t]+[a-z]", re.IGNORECASE)


def _site_street(text: str, start: int, end: int) -> bool:
    """A street named alone after a site the caller is sent to (a firm's, no home), unless
    the speaker says they are there (see ``_AT_SITE_LEAD``)."""
    m = _SITE_BEFORE_STREET.search(text, max(0, start - 70), start)
    if m is None:
        return False
    lead = _AT_SITE_LEAD.search(text, max(0, m.start() - 70), m.start())
    if lead is None or re.match(r"(?:nearest|closest|partner|drop)", m.group(), re.I):
        return True
    return lead.group("opening") is not None and not _TOWN_NEXT.match(text, end)


# Things counted, written in lower case where the writer capitalises names: "Two torsion
# springs and a tune-up", "a keyboard with 88 weighted keys" (a street's type in the
# plural is an everyday noun; a written street is capitalised: "88 Weighted Keys").
_COUNTED_PLURAL = re.compile(
    r"(?-i:\d{1,6}[ \t]+(?:[a-z][a-z'-]*[ \t]+){1,3}(?:springs|keys|falls|hills|lakes|parks|"
    r"points|lights|locks|mills|pines|views|walks|ways|wells|fields|flats|forks|greens|islands|"
    r"gardens|heights|meadows|courts|drives|centers|corners|circles|commons|squares|streams|"
    r"villages|trails|routes|roads|ridges|groves|glens|estates|knolls|manors|coves|bluffs|"
    r"cliffs|brooks|burgs|fords|forges|harbors|junctions|mountains|orchards|plains|ports|"
    r"rapids|shoals|shores|spurs|unions|valleys|passes|places|stations))"
)


def _counted_plural(text: str, start: int, end: int) -> bool:
    """A count of lower-case things in a turn written with capitals, not a street."""
    written = any(c.isupper() for c in text) and not text.isupper()
    if not written or _COUNTED_PLURAL.fullmatch(text, start, end) is None:
        return False
    return _HOME_CUE_BEFORE.search(text, max(0, start - 30), start) is None


# A street's type that is an everyday thing: a seat's row ("2 seats row k", "5 balcony row
# b", "row 12"), a bed's box spring ("1 mattress and 1 box spring").
_EVERYDAY_TYPE_END = re.compile(
    r"(?:\b(?:seats?|tickets?|balcony|orchestra|mezzanine|stalls|gallery|section|tier|"
    r"circle|box|floor|parterre|loge|pit)[ \t]+row|\bbox[ \t]+springs?)$",
    re.IGNORECASE,
)
_SEAT_ROW_NEXT = re.compile(r"[ \t]+(?:[a-z]|\d{1,3})\b(?![-'])", re.IGNORECASE)


def _everyday_street(text: str, start: int, end: int) -> bool:
    """A count of seats in a row or of box springs matched as a numbered street, unless a
    home's cue comes before it."""
    span = text[start:end]
    # (a seat's count is small: "2 … row k", not "418 cannery row b")
    small = re.match(r"\d{1,2}\b", span) is not None
    row_next = small and span.lower().endswith("row") and _SEAT_ROW_NEXT.match(text, end)
    if not (_EVERYDAY_TYPE_END.search(span) or row_next):
        return False
    return _HOME_CUE_BEFORE.search(text, max(0, start - 30), start) is None


# Words that say a home's address follows: "my address is 12 maple springs", "pickup
# from 622 alder circles?".
_HOME_CUE_BEFORE = re.compile(
    r"\b(?:from|at|address(?:[ \t]+is|'s|:)?|live[sd]?[ \t]+at|living[ \t]+at|located[ \t]+at|"
    r"moved[ \t]+to|send[ \t]+it[ \t]+to|ship[ \t]+it[ \t]+to)[ \t]+$",
    re.IGNORECASE,
)


# A state said of a vehicle's plate: "a red Subaru Outback, Arizona plate" (the state
# issued the plate; the words before it name the car, not a town).
_PLATE_NEXT = re.compile(
    r"[ \t]+(?:licen[cs]e[ \t]+)?(?:plates?|tags?|registration|reg)\b", re.IGNORECASE
)


# Things sent to the business: the caller's own delivery address, "deliver to the
# restaurant, 418 N 4th St", "ship it to my salon, …" (not a listing, "Rosa's Cafe, …").
_SENT_TO_BUSINESS_BEFORE = re.compile(
    r"\b(?:deliver(?:ed|ing|y)?|ship(?:ped|ping)?|send|sent|mail|drop[ \t]+(?:it|them)[ \t]+off)"
    r"[ \t]+(?:(?:it|them|those|these|that|everything)[ \t]+)?(?:to|at)[ \t]+(?:the|my|our)[ \t]+"
    r"[a-z'-]+(?:[ \t]+[a-z'-]+)?\.?,[ \t]*$",
    re.IGNORECASE,
)


def _business_street(text: str, start: int) -> bool:
    """A business's own street, its name said just before: not where anyone lives (but
    where the caller's things are sent is theirs)."""
    if _SENT_TO_BUSINESS_BEFORE.search(text, max(0, start - 60), start):
        return False
    return _BUSINESS_BEFORE.search(text, max(0, start - 20), start) is not None


# A rural address (a route, a box, a county road or highway) and the town and state said
# right after it with no "in": "rural route two box one eighteen chappell nebraska", "off
# county road forty four east of sabetha kansas", "RR 1 BOX 44, ELGIN, ND".
_RURAL_ROAD = re.compile(
    r"\b(?:rural[ \t]+route|r\.?r\.?|box|county[ \t]+(?:road|rd|highway|hwy)|state[ \t]+"
    r"(?:road|route|highway)|highway|hwy|route|farm[ \t]+to[ \t]+market)\b",
    re.IGNORECASE,
)
_RURAL_TOWN_STATE = re.compile(
    r"(?:,?[ \t]+(?:(?:(?:north|south|east|west)[ \t]+)?of|outside(?:[ \t]+of)?|near|in))?"
    rf",?[ \t]+(?P<town>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)??),?[ \t]+{_STATE}"
    r"(?=[ \t]*(?:[,.!?;]|$))",
    re.IGNORECASE,
)
# ... or the town alone after a comma, closing the sentence: "204 rural route 66, sanchezhaven".
_RURAL_TOWN_ALONE = re.compile(
    r",[ \t]+(?P<town>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?)(?=[ \t]*(?:[.!?]|$))", re.IGNORECASE
)


def _floor_end(text: str, start: int, end: int) -> int:
    """Where an address ends with the floor said after it: a floor belongs to the address
    ("1201 Third Avenue, Seattle, WA 98101, 34th floor"); only after a numbered span."""
    if not any(c.isdigit() for c in text[start:end]) and not _SPOKEN_DIGIT.search(text, start, end):
        return end
    m = _FLOOR_AFTER_RX.match(text, end)
    return m.end() if m is not None else end


def _rural_town_end(text: str, start: int, end: int) -> int | None:
    """Where the town (and state) said after a rural address ends, or None: the route or
    county road places the words after it, so a town-like word counts."""
    if _RURAL_ROAD.search(text, start, end) is None:
        return None
    region = _REGION_NEXT.match(text, end)
    if region is not None and text[end] == ",":
        return region.end()
    m = _RURAL_TOWN_STATE.match(text, end)
    if m is not None and (
        _whole_town(text, *m.span("town"), placed=True)
        or not any(_NOT_PLACE_WORDS.fullmatch(fold(w).lower()) for w in m.group("town").split())
    ):
        return m.end()
    m = _RURAL_TOWN_ALONE.match(text, end)
    if m is not None and (
        _whole_town(text, *m.span("town"), placed=True) or _two_word_town(m.group("town"))
    ):
        return m.end()
    return None


# A shop named before the street it stands on: "at the Kroger on Paula Glen in Seattle",
# "the target on jesse skyway" (a store's street, not anyone's address; "at the house on
# elm street" stays).
_SHOP_ON_BEFORE = re.compile(
    r"\bthe[ \t]+(?P<shop>[a-z][a-z'&.-]*(?:[ \t]+[a-z][a-z'&.-]*){0,2})[ \t]+on[ \t]+$",
    re.IGNORECASE,
)


def _shop_street(text: str, start: int) -> bool:
    """A street without a house number said after a named shop ("the CVS on ..."): where
    the shop is, not where the caller lives."""
    if start < len(text) and text[start].isdigit():
        return False
    m = _SHOP_ON_BEFORE.search(text, max(0, start - 40), start)
    if m is None or HERE_NOW.search(text, max(0, m.start() - 60), m.start()):
        return False
    shop = m.group("shop")
    low = fold(shop).lower()
    if low in BRANDS or low.replace("'s", "") in BRANDS:
        return True
    if family_plural(low):
        return False  # "it's for the Okafors on Maple Lane"
    return all(w[0].isupper() for w in shop.split()) and fold(shop.split()[0]).lower() not in (
        HOME_WORDS
    )


# A home where residents are cared for, and a resident's room in it (see "care_home_room").
_CARE_HOME = (
    r"(?:assisted[ \t]+living|nursing[ \t]+home|care[ \t]+home|memory[ \t]+care|"
    r"senior[ \t]+living|retirement[ \t]+(?:home|community|village)|rest[ \t]+home|"
    r"group[ \t]+home|skilled[ \t]+nursing)"
    r"(?:[ \t]+(?:facility|center|centre|community|home|residence|unit|wing))?"
)
_CARE_ROOM = r"(?:room|rm\.?|apartment|apt\.?|unit|suite)[ \t]*#?[ \t]*\d{1,4}[a-z]?\b(?![.,:]\d)"
# Sites one goes to (a boat's ramp, a gym, a park): a road named after one is where the
# site is, nobody's home.
# (not one people live by or in: a park, a marina, a campground)
_OUTING_SITE = (
    r"ramp|boat[ \t]+launch|launch|gym|fitness[ \t]+center|trailhead|golf[ \t]+course|"
    r"stadium|rink|mall|cinema|theater|theatre"
)
# ... said before the road it is on: "the Rollingview ramp, off Baptist Road", "at the gym
# Tuesdays, the one on Market Street" (a negative lookbehind, put before a street's name).
# (unless a home is said first: "we live near the park, on Baptist Road")
_HOME_SAID = (
    r"(?<!\b(?:live[sd]?|living|home|house|place|moved|apartment|apt|condo|flat|trailer|"
    r"unit|stay|stays|staying|stayed|rent|rents|renting|reside[sd]?|residence|address|"
    r"deliver|delivery|ship|send|mail|mailing)\b[^.!?]{0,80})"
)
_NOT_OUTING_ROAD = (
    rf"(?<!{_HOME_SAID}\b(?:{_OUTING_SITE})s?,?[ \t]+(?:on|off|at|down|up)[ \t]+)"
    rf"(?<!{_HOME_SAID}\b(?:{_OUTING_SITE})s?\b[^.!?]{{0,40}}\bthe[ \t]+(?:one|1)[ \t]+"
    r"(?:on|off|at)[ \t]+)"
)
# Whom one works for or as, said before "at" and a site: "the marina manager at Oyster Cove".
_JOB_AT = (
    r"manager|director|owner|supervisor|foreman|clerk|cashier|nurse|teacher|coach|"
    r"instructor|employee|volunteer|bartender|waitress|waiter|attendant|"
    r"work|works|worked|working|employed|job|shift|intern|interning"
)
# The counties of Ireland and of Northern Ireland, said after "county" ("county cork"); not
# "down" or "derry" ("the county down the road").
_IRISH_COUNTY = (
    r"carlow|cavan|clare|cork|donegal|dublin|galway|kerry|kildare|kilkenny|laois|leitrim|"
    r"limerick|longford|louth|mayo|meath|monaghan|offaly|roscommon|sligo|tipperary|"
    r"waterford|westmeath|wexford|wicklow|antrim|armagh|fermanagh|tyrone|londonderry"
)
# A move of house said before the new number: "i moved", "we've moved", "we just moved"
# (someone moved: "the appointment moved to 3" is a time).
_MOVED = (
    r"(?:i|we|they|he|she|i've|we've|they've|he's|she's|(?:i|we|they)[ \t]+have)"
    r"(?:[ \t]+(?:just|recently|actually|already|since))?[ \t]+(?:moved|relocated)"
)
# How the new home is then given: "it's now", "we're at", "to", "now at".
_NEW_HOME_IS = (
    r"(?:it's|its|it[ \t]+is|(?:we're|we[ \t]+are|i'm|i[ \t]+am)(?:[ \t]+(?:now|at))*|to|now)"
)
# The rest of the new address after its number: nothing, or one or two words of a street's
# name, then the clause ends ("… 157", "… 3 ashgrove", "… 42 now").
_NEW_HOME_NAME = (
    rf"(?:[ \t]+{_BARE_STREET_NAME}){{0,2}}"
    r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:now|sorry|same|too|in)\b)"
)
# Premises someone owns or keeps: an address whoever is at it ("the shop is at 910").
_PREMISES = r"shop|house|home|store|garage|salon|studio|workshop|warehouse|bakery|restaurant"
# Where someone lives or works the land, said before the rural road it is on.
_RURAL_HOME = (
    r"house|home|place|farm|ranch|property|cabin|trailer|homestead|acreage|land|lives|"
    r"live|living|lived|shop"
)
# A flat said before its street: "unit 12, 400 glenoaks boulevard", "apt 3b 12 oak st" (or
# its word alone, its number read into the street's: "unit twelve four hundred …"); or a
# berth, a lot or a dock with its number "at" the street: "slip 42 at 1600 harbor view dr",
# "lot 14 at 200 pine meadows rd" (there the number is needed: "a lot at …" is none).
_UNIT_BEFORE = re.compile(
    r"\b(?:(?:unit|apt|apartment|suite|ste|flat)\.?[ \t]*#?[ \t]*(?:\d{1,5}[a-z]?[ \t,]+)?"
    r"|(?:unit|apt|apartment|suite|ste|flat|slip|berth|lot|space|trailer|dock)\.?[ \t]*#?"
    r"[ \t]*\d{1,5}[a-z]?,?[ \t]+at[ \t]+)$",
    re.IGNORECASE,
)


# Park lots and spaces (the "park_lot" pattern): one to three digits, as a park numbers its
# homes (a batch's "lot 4471" is longer), said after a word that places someone there.
_LOT_NUMBER = r"\d{1,3}[a-z]?"
_HOME_SPACE = (
    r"(?<!\b(?:parking|storage|office|disk|garage|car|staff|visitor|retail|shelf)[ \t]+)space"
)
_PARK_LOT_LEAD = (
    r"(?<=\b(?:on|from|in|at|for|near|of|to|by)[ \t]+)"
    r"|(?<=(?:^|[,.;:!?])[ \t]*)"
    r"|(?<=\b(?:it's|its|it[ \t]+is|this[ \t]+is|i'm|im|i[ \t]+am|she's|shes|he's|hes)"
    r"[ \t]+(?:[\p{L}'-]+,?[ \t]+){0,3})"
    # or said as the home whose rent or account it is: "okay lot nine rent is five twenty"
    r"|(?=lot[ \t]*#?[ \t]*\d{1,3}[a-z]?(?:'s)?[ \t]+(?:rent|lease|tenants?|residents?|account"
    r"|balance|home|house|trailer)\b)"
)
# parking, not a home: "parked in lot 3", "park at lot 5", "the parking is in lot 2"
# and an auction's lot, not a home: "bidding on lot 12", "the lot 3 auction"
_PARKED_IN = (
    r"\bpark(?:s|ed|ing)?[ \t]+(?:[a-z'-]+[ \t]+){0,2}(?:in|at|on)[ \t]+"
    r"|\b(?:bid|bids|bidding|a|the|that|this|which|what|per|each|every)[ \t]+(?:on[ \t]+)?"
)
_NOT_PARK_LOT_NEXT = (
    r"of|to|through|thru|auction|sale|minutes?|hours?|days?|weeks?|months?|years?|times?"
    r"|in[ \t]+the[ \t]+(?:garage|deck|ramp|lot|structure)|on[ \t]+the[ \t]+(?:form|page|list)"
)


# A house number and a street said by its name alone, before a flat: "418 Broadway, Unit 3",
# "22 Kingsway apt 4" (a written capital names it; not a count: "2 Kids, unit 4").
_NAME_STREET_BEFORE_UNIT = re.compile(
    rf"(?<![\d$.,:/-])\b\d{{1,6}}[ \t]+(?!(?:{_COUNTED}|{_UNITS})\b)"
    r"(?P<name>(?-i:[A-Z][a-z]{2,})(?:[ \t]+(?-i:[A-Z][a-z]{2,}))?),?[ \t]+$",
    re.IGNORECASE,
)


def _street_before_unit_start(text: str, start: int) -> int:
    """Where a flat said alone starts once the numbered street named just before it is in
    it: the street has no type ("418 Broadway, Unit 3"), so no street pattern found it."""
    m = _NAME_STREET_BEFORE_UNIT.search(text, max(0, start - 40), start)
    if m is None or any(
        _NOT_WRITTEN_TOWN.fullmatch(w) or _counted_noun(w) for w in m.group("name").split()
    ):
        return start
    return m.start()


# Who is "in" a flat: a person by pronoun or role ("she's in 3 c", "tenant in 2b").
_FLAT_DWELLER = _word_set(
    "she's he's they're who's shes hes theyre whos she he they who lives live living "
    "lived tenant tenants neighbor neighbors neighbour neighbours resident residents lady guy "
    "man woman couple family mom dad mother father sister brother son daughter aunt uncle "
    "grandma grandpa grandmother grandfather"
)
_WORD_BEFORE_IN = re.compile(r"([a-z'-]+)[ \t]+in[ \t]+$", re.IGNORECASE)


def _flat_dweller_before(text: str, start: int) -> bool:
    """The word before "in 3 c" is a person's (a pronoun, a role or a listed name), so the
    flat is their home, not a seat, a room or a form's box ("row in 3 c", "box in 2a")."""
    m = _WORD_BEFORE_IN.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = fold(m.group(1)).replace("’", "'")
    if word in _FLAT_DWELLER:
        return True
    names = lexicon()
    return word in names.firsts or word in names.lasts


def _counted_noun(word: str) -> bool:
    """A plural English word counts things ("2 Kids", "3 Bags"), no street names it."""
    low = word.lower()
    return low.endswith("s") and lexicon().is_word(low)


def _unit_before_start(text: str, start: int) -> int:
    """Where a street's span starts once a flat said before its house number is in it."""
    if not text[start : start + 1].isdigit():
        return start
    m = _UNIT_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m is not None else start


class AddressRecognizer(SpokenPatternRecognizer):
    """Addresses: "1234 oak street apt 5, springfield, illinois 62704", "zip is 62704"."""

    ENTITY = "ADDRESS"
    PATTERNS = (
        # A Singaporean block, its street, "#floor-unit" and postcode: "Blk 52 Jurong West
        # Street, #03-118, Singapore 640521" (not "block 3 of the loan").
        SpokenPattern(
            "block_street",
            rf"\b(?:blk|block)\.?\s*\d{{1,4}}[a-z]?\s+"
            rf"(?:(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+\s+){{1,3}}{_SUFFIX}\b"
            rf"(?:,?\s*#\s?\d{{1,3}}-\d{{1,5}}\b)?(?:,?\s*singapore\s*\d{{6}}(?!\d))?",
            0.7,
        ),
        SpokenPattern("singapore_postcode", r"\bsingapore,?\s*\d{6}(?![\d.,]\d)", 0.6),
        # A Hong Kong floor, "12/F", with its room, building, street and district: "Flat 3B,
        # 9/F, Kin Lee Mansion, 41 Shanghai Street, Yau Ma Tei".
        SpokenPattern(
            "floor_slash_f",
            # (the normaliser may run the room into the floor: "Flat 3B9/F")
            r"(?:\b(?:room|rm|flat|unit|suite)\s*[a-z]?\d{1,5}[a-z]?,?\s*|\b)\d{1,3}/f\b"
            r"(?:,?\s+(?:(?-i:[A-Z][a-z'-]+)\s+){1,3}(?:building|bldg|mansion|tower|towers|house|"
            r"centre|center|court|plaza|estate|gardens?|commercial)\b)?"
            rf"(?:,?\s+\d{{1,5}}[a-z]?\s+(?:(?-i:[A-Z][a-z'-]+)\s+){{1,3}}{_SUFFIX}\b"
            r"(?:,\s*(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){0,2})?)?",
            0.7,
        ),
        # An Indian flat in a named building, its cross or main road and locality: "flat 305
        # lotus residency fifth main jayanagar", "flat 12b green park apartments, 2nd cross,
        # koramangala".
        SpokenPattern(
            "flat_in_named_building",
            r"\bflat\s*(?:no\.?\s*)?\d{1,4}[a-z]?,?\s+(?:[a-z][a-z'-]+\s+){1,3}"
            r"(?:apartments?|residency|enclave|heights|complex|nivas|niwas|society|sadan|bhavan|"
            r"towers|mansion|villas|chs)\b"
            r"(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth|tenth)\s+(?:cross|main|block|stage|phase|sector)\b)?"
            rf"(?:,?\s+(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-z][a-z'-]+){{0,2}}"
            r"(?=\s*(?:[,.!?;]|$))",
            0.6,
        ),
        # A Philippine unit in a tower, and a barangay with its city: "Unit 815 Tower 3",
        # "Barangay San Roque, Marikina City 1800".
        SpokenPattern(
            "unit_tower",
            r"\b(?:unit|rm|room)\s*\d{1,5}[a-z]?,?\s+tower\s*[a-z0-9]{1,2}\b",
            0.6,
        ),
        SpokenPattern(
            "barangay",
            r"\b(?:barangay|brgy\.?)\s+(?-i:[A-Z][a-zà-ÿ'-]+)(?:\s+(?-i:[A-Z][a-zà-ÿ'-]+)){0,2}"
            r"(?:,?\s+(?-i:[A-Z][a-zà-ÿ'-]+)(?:\s+(?-i:[A-Z][a-zà-ÿ'-]+))?\s+city(?:\s+\d{4}\b)?)?",
            0.6,
        ),
        # A Canadian town, its province and postal code: "kelowna bc v1y 4r2", "annestad on
        # G2L5L9" (the normaliser runs a spelled code together).
        CuedPattern(
            "town_province_postal",
            rf"\b(?!(?:{_NOT_LONE_CITY}|i'm|im|calling|based|staying|working|we're|they're)\b)"
            rf"{_NOT_CITY}[a-zà-ÿ][a-zà-ÿ'-]+,?[ \t]+{_PROVINCE}\b,?[ \t]*"
            r"[a-z]\d[a-z][ \t]?\d[a-z]\d\b"
            rf"|\b(?!(?:{_NOT_LONE_CITY})\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ'-]+[ \t]+"
            r"(?:ab|bc|mb|nb|nl|ns|nt|nu|pe|qc|sk|yt)[a-z]\d[a-z]\d[a-z]\d\b",
            0.6,
            cue=r"[a-z]\d[a-z][ \t]?\d[a-z]\d\b",
        ),
        # A Dutch postcode and its town ending the clause: "9678 GA abbekerk", "3511ab utrecht"
        # (not "1500 ml water", "2024 ok thanks").
        SpokenPattern(
            "nl_postcode_town",
            rf"(?<![\d.,])\d{{4}}[ \t]?(?!(?:{_NOT_NL_LETTERS}|am|pm|ft|kg|km|mb|gb|kb|tb|sq|lb|"
            r"ml|mg|hz|hp|cc|mm|cm|st|nd|rd|th|ad|bc|mi|yd|oz|gal)\b)[a-z]{2}[ \t]+"
            rf"(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ'-]{{2,}}(?=\s*(?:[,.!?;]|$))",
            0.6,
        ),
        # A British flat, its street, town and postcode read back: "flat 12 elm grove
        # hexham ne46 3ab is that right".
        SpokenPattern(
            "flat_street_postcode",
            r"\bflat\s*\d{1,4}[a-z]?\s+(?:[a-z][a-z'-]+\s+){1,4}[a-z]{1,2}\d[a-z\d]{2,5}\b"
            r"(?=\s*(?:[,.!?;]|$)|\s+(?:is|right|correct|yes|please|thanks)\b)",
            0.6,
        ),
        # House number (1-6 digits, or "one two three" already normalised), up to three
        # name words, a USPS suffix, an optional unit, then optionally city, state, zip.
        SpokenPattern(
            "street",
            # a unit may come first: "Apt. 5, 3 Elm Ct."
            # (its number has a digit or is one letter: "the unit is 1200 …" has none)
            rf"(?:\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*(?=[a-z]?\d|[a-z]\b)[a-z0-9]{{1,5}},?\s+)?"
            # an Indian house number: "H.No. 806, Sami Ganj", "74/391, Balasubramanian Path"
            # (or a flat or plot in India: "Flat 71, MG Road", "Plot No. 12, Sector Marg")
            rf"(?:\b(?:h\.?[ \t]?no\.?|house (?:no\.?|number)|(?:flat|plot|door|studio"
            # (an Australian lot: "Lot 88 Wattle Crescent", not "a lot 5 minutes away")
            rf"|(?<!\ba[ \t])lot)"
            rf"(?:[ \t]+no\.?)?)"
            rf"[ \t]*)?"
            # (not a clock's minutes: "call you back at 11:30 either way")
            rf"(?<![\d$.,:])\d{{1,6}}(?:/\d{{1,5}})?[a-z]?,?\s+(?!{_COUNTED}\b)"
            # (a unit's word names a street when a flat or suite follows its type: "2417 hour
            # glen suite 12", not "a 30 day pass")
            # (nor "second" before a street's type: "26367 second street")
            rf"(?!(?!{_SECOND_AS_STREET}){_UNITS}\b"
            rf"(?![ \t]+(?:[a-z][a-z'-]*[ \t]+){{0,2}}{_SUFFIX}\b\.?,?[ \t]+"
            r"(?:apt|apartment|unit|suite|ste|flat)\.?[ \t]*#?[ \t]*\d{1,5}[a-z]?\b"
            r"(?![ \t]+(?:of|and|through|thru|to|or|for)\b))"
            # (or a written name and type before a comma: "2963 Day Island, Hilo", not "a 30
            # Day Pass, which")
            r"(?!(?<=\d\d[ \t]+(?-i:[A-Z][a-z]+))[ \t]+(?-i:[A-Z][a-z]+)(?<!Pass),))"
            # "88 old mill rd" is a street, "200 new points" a count
            # (whole words: "2207 old orchard lane" is no "old or…")
            rf"(?!(?:old|new)\s+(?:(?:{_COUNTED}|{_UNITS})\b|{_SUFFIX}\b(?!\s+{_SUFFIX}\b)))"
            # (not a seat's letter and row: "seats 9 c row 9")
            r"(?![a-z][ \t]+row\b)"
            # (a number ending a sentence is no name's word: "truck 36, trailer 5308. trailer")
            rf"(?:(?!{_NOT_STREET_WORD}\b)(?!\d+\.\s){_WORD}\s+){{1,3}}(?:(?:jr|sr)\.?\s+)?"
            rf"(?:{_SUFFIX}\b\.?|{_UK_TYPE_LOWER}\b|{_AU_TYPE_LOWER}\b)"
            # ("well" that starts a clause is no street's type: "… 9 elm road well it's …")
            # (nor "via" after a verb, how a thing travels: "the A54 will ship via UPS")
            r"(?<!\b(?:ship|ships|shipped|shipping|send|sends|sent|sending|go|goes|went|going|"
            r"travel|travels|deliver|delivers|delivered|arrive|arrives|route|routed|come|comes|"
            r"mail|mails|mailed|pay|paid|apply|reach|contact|email|emailed|fax|faxed)[ \t]+via)"
            # (a pass one holds is no street: "1 guest pass", "2 day passes", "one bus pass")
            rf"(?<!\b{_HELD_PASS}[ \t]+pass)"
            r"(?<!\bwell(?=[ \t,]+(?:it's|its|it|i|i'm|that's|so|um|uh|er|actually|yeah|yes|no|"
            r"the|you|we|there|then)\b))"
            # (not a decimal: "a 2015 corsa 1 point 2")
            rf"(?!(?<=\bpoint)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)\b))"
            # a British type after another: "27 quail run close."
            rf"(?:\s+(?:close|parade|vale)(?=\s*(?:[,.!?;]|$)))?"
            # a Canadian city's quadrant: "1907 14 Street SW, Calgary" (or a direction
            # ending the street's name: "88 queen street west", "12 main avenue north.")
            r"(?:[ \t]+(?:(?-i:NW|NE|SW|SE)|nw|sw|northwest|northeast|southwest|southeast|"
            r"north|south|east|west)"
            rf"(?=[ \t]*(?:[,.!?;]|$))"
            # (or a compass letter, as Seattle's streets end, before the unit or town that
            # follows: "4410 fremont ave n seattle 98103", "230 oak ave s apt 4")
            r"|[ \t]+(?:[nsew]|ne|nw|se|sw)\.?(?![\w'’-])"
            r"(?=[ \t]*(?:[,.!?;]|$)|,?[ \t]+(?!(?:and|or|is|was|but|so|to|i|it)\b)[a-z]))?"
            rf"(?:{_UNIT}){{0,2}}"
            # (or a flat's number and letter alone, ending the clause: "… birch court 4 b.")
            r"(?:[ \t]+\d{1,4}[ \t]?(?![ \t]?a[ \t]+(?:day|week|month|year|time|piece|lot)\b)[a-z]"
            r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:correct|right)\b"
            # (or before the town that ends the clause: "… larch street 2 b waukesha and …";
            # ``_town_after_street`` then takes the town)
            r"|[ \t]+[a-z][a-z'-]{2,}(?:[ \t]+[a-z][a-z'-]+)?"
            r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:and|so|okay|ok|thanks|please)\b)))?"
            # a second line: "88 Old Mill Rd., Rural Route 3, Berlin, VT 05602"
            rf"(?:,?\s+{_SECOND_LINE})?"
            # a New Zealand rural delivery number: "… Anchorage RD 9 Crawfordbury 9557"
            rf"(?:(?<=(?-i:RD))[ \t]+\d{{1,2}}(?=,?\s+{_CITY},?\s+{_INTL_POSTCODE}))?"
            # (a filler before the town: "… suite 299 uh in west dale ohio")
            rf"(?:(?:,?\s+(?:uh|um|er|erm),?(?=\s+in\s))?"
            # an Irish county or Dublin district, in any case, and its Eircode: "… street,
            # ennis, co. clare, v95 x2h7", "… ROAD, TRALEE, CO. KERRY", "… lane, dublin 8"
            # (before the states: "CO" is Colorado's code too)
            rf"(?:(?:,\s+{_CITY}){{0,2}},?\s+(?:(?:co\.?|county)[ \t]+{_NOT_COUNTY_NAME}[a-z]+"
            r"|dublin[ \t]+\d{1,2}w?)"
            # (the Eircode may come run into the district: "dublin 4V24 P6H7")
            rf"(?:,?\s+{_EIRCODE_ANY_CASE}(?![.,]\d)|(?<=\d){_EIRCODE_ANY_CASE[2:]}(?![.,]\d)"
            r"|(?=\s*(?:[,.!?;]|$)))"
            # a city named "… city": "… wasatch boulevard salt lake city", "… kansas city"
            rf"|\s+(?:in\s+)?(?:(?!{_NOT_LONE_CITY}\b){_NOT_CITY}[a-z]+\s+){{1,2}}city\b"
            rf"(?:,?\s+{_STATE_ZIP}\b(?:,?\s*{_ZIP})?|,?\s+{_ZIP}(?!\d))?"
            rf"|,?\s+(?:in\s+)?(?:{_CITY},?\s+)?{_STATE_ZIP}(?:\b|(?=\d{{5}}))(?:,?\s*{_ZIP})?"
            # a city and a zip without the state: "… apartment 6b new york 10011"
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+{_ZIP}(?!\d)"
            # or a town and a UK or Canadian postcode: "… lane apartment 7 winnipeg mb R7N 2H6"
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+(?:{_PROVINCE},?\s+)?(?:{_POSTCODE}|{_UK_POSTCODE_SPACED})"
            # or a town and a Canadian postal code in any case, its province run in as a
            # transcript may write it: "… parkway douglaston NTL3Y2J5", "… drive, moncton nb
            # e1c 4m3"
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+(?:{_PROVINCE},?[ \t]*)?[a-z]\d[a-z][ \t]?\d[a-z]\d\b"
            r"(?![.,]\d)"
            # or a town and another country's postcode: "… MG Road, that's in Nagpur 160501",
            # "… David Heights, Cairns, Western Australia 2017", "… Point, South Reeceville G9 4AN"
            # (a suburb first: "… oriental parade, oriental bay, wellington 6011")
            rf"|,?\s+(?:in\s+)?(?:{_CITY},\s+)?{_CITY},?\s+(?:{_AU_STATE},?\s+)?{_INTL_POSTCODE}"
            # or a town and a postcode of an odd shape: "… Gardens, Sheffield D21 14PH"
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+{_LOOSE_POSTCODE}"
            # or a postcode right after the street: "71 Fern Rise, BR3 4TD"
            rf"|,?\s+(?:{_POSTCODE}|{_UK_POSTCODE_SPACED})"
            # or a zip right after the street, ending the clause: "81 Walnut Road, 99249."
            # (no amount or count: nothing may follow it but the clause's end)
            rf"|,[ \t]*{_ZIP}(?![\d.,]?\d)(?=[ \t]*(?:[,.!?;]|$))"
            # or capitalised places after commas: "524 Lane Shores, Brandyborough", "14 Ade
            # Street, Ikoyi, Lagos", "2 Oak Pines, Oak Pines, Holtville, GU17 1YW"
            rf"|(?:,\s+(?!(?:{_NOT_CITY_WORD})\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)){{1,3}}"
            rf"(?:,?\s+(?:{_POSTCODE}|{_UK_POSTCODE_SPACED}|\d{{4,5}}(?!\d|[.,]\d))"
            rf"|(?=\s*(?:[,.!?]|$)|\s+to\b))"
            # or a capitalised town and a UK postcode: "31 Woods Oval Judithbury S 96 6 UD"
            rf"|,?\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),?\s+(?:{_UK_POSTCODE_SPACED})"
            # or a town ending the turn after a unit: "… suite 1100 boston"
            rf"|(?<=\b{_UNIT_WORD}\.?\s*#?\s*[a-z0-9-]{{1,6}})\s+{_LONE_CITY}(?=\s*(?:[.!?]|$))"
            # or a town and a Canadian province ending the clause: "…, in port ellis, bc."
            rf"|,?\s+(?:in\s+)?{_CITY},\s+{_PROVINCE}(?=\s*(?:[,.!?;]|$))"
            # or a city in any case ending the sentence: "901 north 42nd street, omaha."
            rf"|,\s+{_LONE_CITY}(?=\s*(?:[.!?]|$))"
            # or a town and an Australian state ending the clause: "…, Kambah ACT"
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+{_AU_STATE}(?=\s*(?:[,.!?;]|$))"
            # or a suburb run on after the street, ending the turn: "9 koorong place kambah"
            rf"|[ \t]+(?!(?:{_NOT_LONE_CITY}|{_NOT_AFTER_STREET})\b){_NOT_CITY}[a-z][a-z'-]+"
            # (or before a read-back check: "14 wren street brunswick is that right")
            r"(?=[ \t]*[.!]?[ \t]*$|[ \t]+is[ \t]+(?:that|this|it)[ \t]+(?:still[ \t]+)?"
            r"(?:right|correct)\b)"
            # or "in" and a city ending the clause: "2201 washtenaw avenue in ypsilanti"
            rf"|\s+in\s+{_LONE_CITY}(?=\s*(?:[,.!?;]|$|\b(?:and|but|so|because|when|where|"
            rf"yesterday|today|last|this|is|was|isn't|wasn't|right|correct)\b)))?)?",
            0.7,
        ),
        # A capitalised town said before its street, after "in": "Over in Tempe, 18 Birch
        # Lane", "he's in Fort Wayne, 402 Hill Street" (the street itself is found alone).
        SpokenPattern(
            "town_before_street",
            # (no month or day: "we moved in June, 12 Main Street is …")
            r"(?<=\bin[ \t]+)(?!(?:january|february|march|april|may|june|july|august|september"
            r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
            r"|sunday|spring|summer|fall|autumn|winter|total|person|general|fact|case)\b)"
            r"(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
            rf"(?=,[ \t]*\d{{1,6}}[a-z]?[ \t]+(?:{_WORD}[ \t]+){{1,3}}{_SUFFIX}\b)",
            0.7,
        ),
        # An Australian lot on its survey plan: "lot 12 on RP 884213", "Lot 7 DP 1032456",
        # "lot 3 on strata plan 40112" (not "a lot 5 minutes away", "lot 4 of 10").
        SpokenPattern(
            "lot_on_plan",
            r"(?<!\ba[ \t])\blot[ \t]+\d{1,5}[a-z]?,?[ \t]+(?:on[ \t]+)?(?:(?:registered|"
            r"deposited|survey|strata|crown|building units)[ \t]+plan|(?-i:SP|DP|RP|CP|LP|PS|BUP"
            r"|GTP|SL|sp|dp|rp|cp|lp|ps|bup|gtp))[ \t]*(?:no\.?[ \t]*)?\d{3,7}(?![\d.,]\d|\d)",
            0.7,
        ),
        # A home's lot in a park or a community, whose it is said: "the fob is registered to
        # Lot 63", "we're on lot 118", "her lot 12b" (not "a lot 5 minutes", "parking lot 3",
        # a vaccine's "lot 4471").
        CuedPattern(
            "lot_owned",
            r"(?:(?<=\b(?:registered|assigned|belongs|belonging|billed|tied)[ \t]+to[ \t]+)"
            r"|(?<=\b(?:my|our|his|her|their)[ \t]+)"
            r"|(?<=\b(?:live|lives|living|i'm|im|i[ \t]+am|we're|we[ \t]+are|he's|she's|they're)"
            r"[ \t]+(?:on|at|in)[ \t]+))"
            r"lot[ \t]*#?[ \t]*\d{1,4}[a-z]?\b(?![\d.,]\d)"
            rf"(?![ \t]+(?:of|and|to|through|thru)\b)(?![ \t]*(?:{_UNITS}|percent)\b|%)",
            0.6,
            cue=r"\blot[ \t]*#?[ \t]*\d",
        ),
        # A mobile-home or RV park's lot or space said as where someone is: "dave over on lot
        # 47", "this is Ann from lot 23", "Maria Lopez, Lot 88.", "its Ron lot 14", "the
        # rental application for space 112", a reply "lot nine" (not "parking lot 5", "parked
        # in lot 3", "a lot 5 minutes", "the lot 3 auction", "lot 4471", "lot 4 of 10").
        CuedPattern(
            "park_lot",
            rf"(?:{_PARK_LOT_LEAD})(?<!{_PARKED_IN})(?:lot|{_HOME_SPACE})[ \t]*#?[ \t]*"
            rf"{_LOT_NUMBER}(?:[ \t]+and[ \t]+{_LOT_NUMBER})?\b(?![\d.,]\d)"
            rf"(?![ \t]+(?:{_NOT_PARK_LOT_NEXT})\b)(?![ \t]*(?:{_UNITS}|percent)\b|%)",
            0.6,
            cue=r"\b(?:lot|space)[ \t]*#?[ \t]*\d",
        ),
        # Addresses of other countries said in their own shape (guarded by it): a Portuguese
        # street and "1649-035 Lisboa", a Greek "Ipsilantou 45-47, Athina 106 76" (or
        # Swedish, Czech "114 55 Stockholm"), a Japanese "6-16-1 Ginza, Chuo-ku, Tokyo".
        SpokenPattern(
            "pt_street_postcode_town",
            r"(?:(?-i:\b(?:Av|Avda|R|Rua|Pç|Pça|Praça|Lg|Largo|Tv|Trav|Travessa|Estr|Estrada|"
            r"Al|Alameda|Avenida|Calçada|Cç)\.?[ \t]+(?:[A-Z][a-z]{1,5}\.[ \t]+){0,2}"
            r"(?:(?:de|da|do|dos|das)[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ'-]+"
            r"(?:[ \t]+(?:de|da|do|dos|das|e|[A-ZÀ-Þ][a-zà-ÿ'-]+)){0,4})"
            r"(?:,?[ \t]+(?:n\.?º[ \t]*)?\d{1,4}[a-z]?)?"
            # (the floor and side of a flat: "3º Esq", "2.º Dto", "r/c Dir")
            r"(?:,?[ \t]+(?:\d{1,2}[ \t]?\.?[ºª°]|r/c|R/C)(?:[ \t]*(?:andar|piso))?"
            r"(?:[ \t]*(?-i:Esq|Dto|Dt|Dir|Fte|Frente|Esquerdo|Direito|[A-H])\b\.?)?)?,[ \t]+)?"
            r"(?<![\d.,-])\d{4}-\d{3}(?![\d-])[ \t]+"
            # (the town is no weekday, month or word of a sentence: "1800-555 Monday")
            rf"(?!(?:{_NOT_CITY_WORD}|{_NOT_LONE_CITY}|{_CLAUSE_WORD})\b)(?-i:[A-ZÀ-Þ][a-zà-ÿ'-]+)"
            r"(?:[ \t]+(?:de|da|do|(?-i:[A-ZÀ-Þ][a-zà-ÿ'-]+))){0,2}(?:,[ \t]*Portugal\b)?",
            0.6,
        ),
        SpokenPattern(
            "street_number_split_postcode",
            r"\b(?!(?:" + _NOT_STREET_WORD + r"|" + _NOT_LONE_CITY + r"|rooms?|pages?|items?|"
            r"seats?|rows?|numbers?|lines?|steps?|tables?|gates?|flights?)\b)"
            r"[a-zà-ÿ][a-zà-ÿ'-]{2,}(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'-]{2,})?"
            r"[ \t]+\d{1,4}(?:-\d{1,4})?[a-z]?,"
            rf"[ \t]+(?:{_SPLIT_TOWN}[ \t]+)?"
            r"\d{3}[ \t]\d{2}(?![\d.,]\d|\d)"
            rf"(?![ \t]*(?:{_UNITS}|dollars|bucks|euros|cents|percent)\b|%)"
            # (the town after the postcode where none came before it: "…, 111 21 Stockholm")
            rf"(?(?<=[a-zà-ÿ][ \t]+\d{{3}}[ \t]\d{{2}})|[ \t]+{_SPLIT_TOWN})",
            0.6,
        ),
        SpokenPattern(
            "jp_block_address",
            r"(?<![\d.,/-])\d{1,2}-\d{1,2}(?:-\d{1,3})?(?![\d/-])[ \t]+(?-i:[A-Z][a-z]+)"
            r"(?:[ \t]+\d{1,2}-chome)?,?[ \t]+(?-i:[A-Z][a-z]+)-(?:ku|shi|cho|machi|gun)\b"
            r"(?:,?[ \t]+(?-i:[A-Z][a-z]+)(?:-(?:to|fu|ken))?)?",
            0.6,
        ),
        # A Korean road address: its road ends "-ro", "-gil" or "-daero", its district "-gu"
        # or "-dong": "Apt 1502, 88 Olympic-ro, Songpa-gu, Seoul 05551", "12 teheran-ro
        # 4-gil gangnam-gu", "Sejong-daero 110, Jung-gu" (the hyphened type is the cue).
        SpokenPattern(
            "kr_road_address",
            r"(?:\b(?:apt|apartment|unit|suite|ho)\.?[ \t]*#?[ \t]*\d{1,5}[a-z]?,?[ \t]+)?"
            r"(?:(?<![\d$.,:])\d{1,4}(?:-\d{1,3})?,?[ \t]+)?"
            # (a number or a district with the road: not "a pre-ro thing")
            r"(?:(?<=\d,?[ \t]+)|(?=[a-z]+(?:[ \t]?\d{1,3})?-(?:ro|gil|daero)\b,?[ \t]+"
            r"(?:\d|[a-z]{2,15}-(?:gu|dong)\b)))"
            r"\b[a-z][a-z]{1,15}(?:[ \t]?\d{1,3})?-(?:ro|gil|daero|daero[ \t]?\d{1,3}-gil)\b"
            r"(?:[ \t]+\d{1,3}(?:beon)?-gil\b)?"
            r"(?:(?<=(?:ro|gil)\b(?:[ \t]+\d{1,3}(?:beon)?-gil)?)"
            r"(?:,?[ \t]+\d{1,4}(?:-\d{1,3})?(?![\d.,]\d|\d)))?"
            r"(?:,?[ \t]+[a-z]{2,15}-(?:gu|dong|si|gun|eup|myeon|do)\b){0,3}"
            r"(?:,?[ \t]+(?-i:[A-Z][a-z]+)|,?[ \t]+(?:seoul|busan|incheon|daegu|daejeon|gwangju|"
            r"ulsan|sejong|suwon|seongnam|goyang|yongin|changwon|jeju))?"
            r"(?:,?[ \t]+\d{5}(?![\d.,]\d|\d))?"
            r"(?:,?[ \t]+(?:south[ \t]+)?korea\b)?",
            0.6,
        ),
        # Streets named with the type first, as in Spanish and Portuguese: "214 calle del
        # sol apartment b", "88 avenida de la paz", "1200 camino real".
        SpokenPattern(
            "type_first_street",
            r"(?<![\d$.,])\d{1,6}[a-z]?\s+(?:(?:north|south|east|west|[nsew]\.?)\s+)?"
            r"(?:calle|avenida|avda|camino|paseo|rua|via|vereda|carretera|plaza|calzada|"
            # (the South-West's streets named "vista", "loma", "rancho" before a particle:
            # "1404 vista del sol", "220 loma de oro"; not "a 2 vista view")
            r"(?:vista|loma|rancho|sierra|mesa)(?=\s+(?:de|del|la|las|los|el)\b)|"
            # French, before a particle, a saint or a capital: "3 Rue Saint Paul", "7 chemin
            # du Lac" (not "2 rue bottles")
            r"(?:rue|chemin)(?=\s+(?:(?:de|du|des|la|le|saint|sainte|st|ste)\b|(?-i:[A-ZÀ-Þ]))))"
            r"\s+(?:(?:de|del|la|las|los|el|do|da|dos|das|du|des)\s+)*"
            rf"(?!(?:{_CLAUSE_WORD}|{_UNIT_WORD})\b)[a-z][a-z'-]+"
            rf"(?:\s+(?!(?:{_CLAUSE_WORD}|{_UNIT_WORD})\b)[a-z][a-z'-]+)?"
            # (a town run on after the name, where the clause ends: "… calle del mar san luis")
            rf"(?:\s+(?!(?:{_CLAUSE_WORD}|{_UNIT_WORD}|{_NOT_LONE_CITY})\b)[a-z][a-z'-]+"
            rf"(?:\s+(?!(?:{_CLAUSE_WORD}|{_UNIT_WORD}|{_NOT_LONE_CITY})\b)[a-z][a-z'-]+)?"
            rf"(?=\s*(?:[.!?;]|$)))?\b{_UNIT}?"
            # and a capitalised town after a comma: "8821 E. Via Montoya, Scottsdale"
            rf"(?:,\s+(?!(?:{_NOT_CITY_WORD})\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.!?]|$))"
            # (or a town and its state, in any case: "… via del mar fresno california")
            rf"|,?\s+(?:in\s+)?{_CITY},?\s+{STATE_NAMES}(?:,?\s+{_ZIP}(?!\d))?"
            r"(?=\s*(?:[,.!?;]|$)))?",
            0.7,
        ),
        # Streets of other countries, the number after the name: "Tessadreef 30", "Faystraat
        # 126a", "Rosemarie-Eberth-Allee 99, 90865 Böblingen", "Karl Marx Straße 5".
        CuedPattern(
            "name_first_street",
            rf"(?:\b[a-zà-ÿ][a-zà-ÿ'-]*?{_NAME_FIRST_TYPE}"
            rf"|(?-i:\b(?:[A-ZÀ-Þ][a-zà-ÿ'-]+\s+){{1,2}})(?:straße|strasse|straat|allee|weg|laan|"
            rf"platz|gasse|plein))"
            rf"(?:{_STREET_NUMBER_AFTER}{_INTL_TOWN}"
            # (a town said after the number, ending the clause: "lindenweg 9 hamburg")
            rf"(?:(?<=\d[a-z]?)\s+(?!(?:{_NOT_LONE_CITY}|{_NOT_AFTER_STREET}|{_CLAUSE_WORD}|"
            rf"{_UNITS})\b)[a-zà-ÿ][a-zà-ÿ'-]{{2,}}(?=\s*(?:[,.!?;]|$)))?"
            # (a house number run into a German postcode, said aloud, then the town ending
            # the clause: "lindenring 4 1 2 3 4 5 wittstock" read as "412345 wittstock")
            rf"|\s+\d{{6,8}}\s+(?!{_NOT_LONE_CITY}\b)[a-zà-ÿ][a-zà-ÿ'-]+"
            # (or a read-back's question after it: "… wittstock correct", "… is that right")
            rf"(?=\s*(?:[,.!?;]|$)|\s+(?:correct|right|yes|yeah|is that|have i|did i)\b))",
            0.7,
            # (a cheap search first: the pattern tries a street name at every word)
            cue=rf"{_NAME_FIRST_TYPE},?\s+(?:won\s+)?\d",
        ),
        # ... and the street's type before the name: "rue Madeleine Clément 41", "Borgo
        # Scotti 118, Perugia 81013", "plaza de marcela jove 135 that's in zaragoza 26806".
        SpokenPattern(
            "type_first_number_after",
            rf"\b{_TYPE_FIRST}\s+(?:{_NAME_PARTICLE}\s*)*"
            rf"(?!{_NOT_TYPE_FIRST_NAME}\b)[a-zà-ÿ][a-zà-ÿ'-]*"
            rf"(?:\s+(?:{_NAME_PARTICLE}\s*)*(?!{_NOT_TYPE_FIRST_NAME}\b)[a-zà-ÿ][a-zà-ÿ'-]*){{0,3}}"
            rf"{_STREET_NUMBER_AFTER}{_INTL_TOWN}",
            0.7,
        ),
        # The town (and postcode) said after a street as "that's in …": "Tessadreef 30,
        # that's in Aagtekerke 9941 CY", "MG Road, that's in Nagpur 160501" (its own span).
        CuedPattern(
            "town_after_street",
            r"(?<=\b(?:that's|thats|that is|which is)\s+in\s+)"
            rf"(?:{_INTL_CITY},?\s+(?:{_AU_STATE},?\s+)?(?:{_INTL_POSTCODE}|{_LOOSE_POSTCODE})"
            rf"|(?<=\d[a-z]?,?\s+(?:that's|thats|that is|which is)\s+in\s+)"
            rf"(?!{_NOT_LONE_CITY}\b){_INTL_CITY}(?=\s*(?:[,.!?;]|$)))",
            0.6,
            cue=r"\b(?:that's|thats|that is|which is)\s+in\s",
        ),
        # French streets in any case, with a particle or a unit after the name: "4 rue
        # lucie bouvet, unit 229", "100 boulevard de le gall", "12 CHEMIN DES VIGNES".
        SpokenPattern(
            "french_street",
            r"(?<![\d$.,])\d{1,4}(?:[ \t]?(?:bis|ter)\b)?,?\s+"
            r"(?:rue|boulevard|bd|chemin|allée|allee|impasse|quai|avenue|place|cours|route)\s+"
            rf"(?:(?:{_NAME_PARTICLE}\s*)+{_FR_NAME}(?:\s+{_FR_NAME}){{0,2}}{_UNIT}?"
            rf"|{_FR_NAME}(?:\s+{_FR_NAME}){{0,2}}(?={_UNIT}){_UNIT}"
            # (or a postcode after the name, or the name ending the turn: "16 rue lafont
            # 69003 lyon", "8 chemin guyot"; not a plural: "2 rue bottles")
            rf"|{_FR_NAME}(?:\s+{_FR_NAME}){{0,2}}"
            r"(?=,?[ \t]+\d{5}\b|(?<![^s]s)[ \t]*[.!?]?[ \t]*$))"
            # and the postcode and town: "… 28757 sainte marcel", "… 41200 dos santos"
            r"(?:,?[ \t]+(?!(?:19|20)\d\d\b)\d{5}(?![\d.,]\d|\d)[ \t]+"
            rf"(?:{_NAME_PARTICLE}[ \t]+)?(?!(?:{_NOT_LONE_CITY}|{_UNITS}|{_COUNTED})\b){_FR_NAME}"
            rf"(?:[ \t]+(?!(?:{_NOT_LONE_CITY})\b){_FR_NAME}(?=[ \t]*(?:[,.!?;]|$)))?)?",
            0.7,
        ),
        # A postcode and its town after a street, as Europe writes them: "… unit 229 32337
        # saint thibault-les-bains", "…, that's in 79600 Sanchez-sur-Poulain", "… in 26202
        # arnstadt" (its own span; a street earlier in the sentence).
        CuedPattern(
            "postcode_town",
            rf"(?<=(?:\b(?:{_SUFFIX}|{_TYPE_FIRST}|{_UNIT_WORD})|{_NAME_FIRST_TYPE})\b[^.!?]{{0,60}})"
            r"(?<=(?:\d[a-z]?[ \t]+|,[ \t]*(?:(?:that's|thats|that is|which is)[ \t]+)?"
            r"(?:in[ \t]+)?|\bin[ \t]+))"
            r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+"
            rf"(?!(?:{_NOT_LONE_CITY}|{_UNITS}|{_COUNTED}|{_NOT_STREET_WORD}|{_UNIT_WORD})\b)"
            r"[a-zà-ÿ][a-zà-ÿ'-]+"
            r"(?:(?<=\b(?:saint|sainte|st|ste|san|santa|sankt|bad|le|la|les|den|new))"
            r"[ \t]+[a-zà-ÿ][a-zà-ÿ'-]+)?",
            0.6,
            cue=r"(?<![\d.,])\d{4,5}[ \t]+[a-zà-ÿ]",
        ),
        # A house number run into an ordinal street by the normaliser: "seven nine four
        # forty sixth street" -> "79446th street" (794 46th Street).
        SpokenPattern(
            "number_ordinal_street",
            rf"(?<![\d$.,])\d{{3,8}}(?:st|nd|rd|th)\s+{_SUFFIX}\b\.?{_UNIT}?"
            rf"(?:,?\s+{_CITY},?\s+{_STATE_ZIP}\b(?:,?\s*{_ZIP})?)?",
            0.6,
        ),
        # UK and Canadian postcodes, written in capitals: "N1 1PL", "CO4 2JA", "G1S 1B2".
        SpokenPattern("postcode", _POSTCODE, 0.6),
        SpokenPattern("postcode_spaced", _UK_POSTCODE_SPACED, 0.6),
        # An Irish Eircode in capitals ("V94 T2PX", "D6W FH73"), or in any case after its
        # name: "my eircode is h91 e2k4".
        SpokenPattern("eircode", _EIRCODE, 0.6),
        CuedPattern(
            "cued_eircode",
            rf"(?<=\beir ?codes?{same_clause(25)}){_EIRCODE_ANY_CASE}(?![.,]\d)",
            0.85,
            cue=r"\beir ?code",
        ),
        # ... and its second half spelled again after it: "T12 X70A. That's X-ray seven
        # zero alpha at the end." (the normaliser writes "X70A")
        CuedPattern(
            "eircode_tail_again",
            rf"(?<=(?-i:\b{_EIRCODE_KEY}[ ]?{_EIRCODE_ID})\b[^\n]{{0,40}}?"
            r"\b(?:that's|thats|that is|it's|its|so|i said)[ \t]+(?:the[ \t]+)?)"
            rf"(?-i:{_EIRCODE_ID})\b(?![.,]\d)",
            0.6,
            cue=rf"(?-i:\b{_EIRCODE_KEY}[ ]?{_EIRCODE_ID})\b",
        ),
        # ... with a filler between its halves: "OL4 er 2DH" (said "o l four er two d h")
        CuedPattern(
            "postcode_filler",
            r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?[ ](?:er|erm|um|uh)[ ]\d[ABD-HJLNP-UW-Z]{2}\b)",
            0.6,
            cue=r"\d[ ](?:er|erm|um|uh)[ ]\d",
        ),
        # A Portuguese or Brazilian street "without a number" ("s/n", said "s slash n"): "R.
        # das Flores s/n", "rua do carmo sem número", "av. dos pinhais s slash n".
        CuedPattern(
            "street_sem_numero",
            r"\b(?:r|rua|av|avenida|tv|travessa|estrada|est|al|alameda|rod|rodovia|praça|pc)\.?"
            rf"[ \t]+(?:{_NAME_PARTICLE}[ \t]+)?(?!{_NOT_TYPE_FIRST_NAME}\b)[a-zà-ÿ][a-zà-ÿ'-]+"
            r"(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'-]+){0,2},?[ \t]+"
            r"(?:s[ \t]*(?:/|slash)[ \t]*n|sem[ \t]+n[uú]mero)\b",
            0.7,
            cue=r"\bs[ \t]*(?:/|slash)[ \t]*n\b|\bsem[ \t]+n[uú]mero",
        ),
        # A house on a numbered road: "810 county road 14", "2207 state route 9", "4411
        # highway 61", "1500 FM 1960", "312 CR 412", "88 US highway 50", "16 farm to market 7".
        SpokenPattern(
            "numbered_road",
            r"(?<![\d$.,#])(?<!\b(?:exit|mile|marker|junction|km|kilometre|kilometer)\s+)"
            # (a machine's or a truck's number and its service route: "machine 4417 route 12")
            r"(?<!\b(?:machines?|trucks?|vans?|kiosks?|meters?|devices?|vehicles?|lockers?|"
            r"coolers?|carts?|drivers?|techs?|bus|buses)\s+)"
            r"\d{1,6}[a-z]?,?\s+(?:(?:old|new|north|south|east|west|[nsew]\.?)\s+)?"
            r"(?:(?:county|state|us|u\.s\.|interstate|farm to market|farm-to-market|"
            r"ranch to market|ranch road|provincial|township|township road|forest service)\s+"
            r"(?:road|rd|route|rte|highway|hwy)?|road|rd|route|rte|highway|hwy|avenue|ave|"
            r"(?-i:CR|FM|SR|RM|TR|SH|US))\s*#?\s*\d{1,4}[a-z]?\b(?![\d.,]\d)"
            rf"(?!\s*(?:{_UNITS}|of|percent|%)\b){_UNIT}?"
            # (a county road named by letters, as in Wisconsin, and its town: "3318 County
            # Road J in Rhinelander", "12 county highway AA")
            r"|(?<![\d$.,#])\d{1,6},?\s+county\s+(?:road|rd|highway|hwy|trunk)\s+"
            r"(?-i:[A-Z]{1,2}|[a-z]{1,2}(?=[ \t]*(?:[,.!?;]|$)))\b"
            rf"(?:,?\s+in\s+{_LONE_CITY}(?=\s*(?:[,.!?;]|$)))?",
            0.7,
        ),
        # Where a caller is on a highway: "I-80 westbound just past mile marker 147", "off
        # exit 312 on I-75 in Calhoun Georgia", "route 9 about mile marker 62 outside of
        # bangor", "Route 1 in Edison" (not "the route 66 diner", "exit 3 on the menu").
        CuedPattern(
            "highway_spot",
            rf"{_SPOT_TOWN_DEFINE}"
            # (directions are no place: "take exit 62 highway 30", "follow route 9 to exit 4")
            r"(?<!\b(?:take|took|taking|takes|use|using|follow|following|get|gets)[ \t]+"
            r"(?:the[ \t]+)?)"
            # (a distance between the road and its marker: "county road 112, about 0.3
            # miles east of mile marker 5")
            rf"(?:(?:{_HWY_ROAD}{_HWY_DIR}?(?:{_HWY_DISTANCE}|{_HWY_SEP})"
            rf"(?:{_HWY_MARKER}|{_HWY_EXIT})"
            rf"(?:{_HWY_SEP}(?:{_HWY_MARKER}|{_HWY_EXIT}))?"
            rf"|(?:{_HWY_MARKER}|{_HWY_MARKER_BEFORE}|{_HWY_EXIT}|{_HWY_MILE}){_HWY_SEP}"
            rf"{_HWY_ROAD}{_HWY_DIR}?"
            rf"|{_HWY_MARKER}[ \t]+{_HWY_BARE_ROAD}"
            rf"|{_HWY_ROAD}{_HWY_DIR}|{_HWY_MARKER}|{_HWY_MARKER_BEFORE})"
            # (a road or an exit alone needs its town: "Route 1 in Edison", "exit 9 in
            # dover"; not "near exit 5 on the interstate")
            rf"(?P<hwy_spot>)|{_HWY_ROAD}|{_HWY_EXIT})(?:{_SPOT_TOWN}|(?(hwy_spot)|(?!)))",
            0.6,
            cue=r"\b(?:mile|milepost|exit|i-?[ \t]?\d|interstate|route|rte|highway|hwy|sr|us|cr"
            r"|county)\b",
        ),
        # Rural grid roads named by a number or a letter, where a parcel or a farm is: "on
        # road 19 and avenue K", "road 64 about a mile south of the avenue 280 junction"
        # (two roads, each with its type: "road 5" alone is no place).
        CuedPattern(
            "grid_roads",
            r"(?<=\b(?:on|at|off|of|near|by|is)[ \t]+)"
            rf"{_GRID_ROAD}(?:[ \t]+(?:and|&)[ \t]+{_GRID_ROAD}"
            rf"|{_HWY_DISTANCE}{_GRID_ROAD}(?:[ \t]+(?:junction|intersection|crossing))?)",
            0.6,
            cue=r"\b(?:road|rd|avenue|ave)[ \t]+\w{1,4}\b[^.!?]{0,40}\b(?:road|rd|avenue|ave)\b",
        ),
        # A home or a farm on a numbered rural road, its house number unsaid: "to his place
        # out on county road nine", "the farm out on county road 152", "her house off state
        # route 9" (where someone lives; not "take county road 9 north", "county road 9 is
        # closed": the road needs a home before it, or "out on").
        CuedPattern(
            "home_on_numbered_road",
            rf"(?<=\b(?:(?:{_RURAL_HOME})[ \t]+(?:(?:out|over|up|down|right)[ \t]+)?(?:on|off)"
            r"|(?:out|over|up|down)[ \t]+(?:on|off))[ \t]+)"
            r"(?:county|state|township|farm[ \t-]to[ \t-]market|ranch[ \t]+road)[ \t]+"
            r"(?:road|rd|route|rte|highway|hwy)?[ \t]*#?[ \t]*"
            r"(?:\d{1,4}[a-z]?|(?-i:[A-Z]{1,2}))\b(?![\d.,]\d)"
            rf"(?![ \t]*(?:{_UNITS}|of|percent|%)\b)",
            0.6,
            cue=r"\b(?:county|state|township|farm|ranch)[ \t]+(?:road|rd|route|rte|highway|hwy|"
            r"to)\b",
        ),
        # Two streets meeting, where a caller is: "the corner of fulton and dekalb in
        # brooklyn", "at bell road and 59th avenue in glendale", "at camelback and 24th
        # street" (not "salt and pepper", "the corner of the room and the door").
        CuedPattern(
            "intersection",
            rf"(?(DEFINE)(?P<cross_word>{_CROSS_WORD})(?P<cross_type>{_SUFFIX}\b\.?))"
            rf"{_SPOT_TOWN_DEFINE}"
            r"(?:(?<=\b(?:corner|intersection|crossing|junction)[ \t]+of[ \t]+(?:the[ \t]+)?)"
            rf"{_CROSS_SIDE}(?:[ \t]+(?&cross_type))?[ \t]+(?:and|&)[ \t]+{_CROSS_SIDE}"
            r"(?:[ \t]+(?&cross_type))?"
            rf"|(?<=\b(?:at|on)[ \t]+)(?:{_CROSS_TYPED}[ \t]+(?:and|&)[ \t]+{_CROSS_SIDE}"
            rf"(?:[ \t]+{_CROSS_TYPE}\b\.?)?|{_CROSS_SIDE}[ \t]+(?:and|&)[ \t]+{_CROSS_TYPED}))"
            rf"{_SPOT_TOWN}?",
            0.6,
            cue=r"\b(?:at|on|of)[ \t][^.!?]{0,40}?(?:\band\b|&)",
        ),
        # Where something happened, by a street and what meets it: "near Heritage Way and
        # the highway on-ramp in Columbus" (its town is found in ``analyze``).
        CuedPattern(
            "near_cross",
            rf"(?(DEFINE)(?P<cross_word>{_CROSS_WORD})){_NEAR_CROSS}",
            0.6,
            cue=r"\b(?:near|nearby|by|to|off|outside)[ \t][^.!?]{0,40}?(?:\band\b|&)",
        ),
        # A written town before a UK or Canadian postcode: "Montréal, H2X 3J6", "Leeds,
        # LS6 1LJ" (not "Thanks, N1 1PL").
        SpokenPattern(
            "town_postcode",
            rf"(?-i:\b(?!(?:{_NOT_CITY_WORD})\b)[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+){{0,2}})"
            rf",[ \t]*{_POSTCODE}",
            0.6,
        ),
        # An Irish address ending in its county or Dublin district: "12 Meadowvale,
        # Clonsilla, Dublin 15", "3 Sráid an Mhuilinn, Ennis, Co. Clare".
        CuedPattern(
            "irish_county_address",
            r"(?<![\d$.,])\d{1,4}[a-z]?,?[ \t]+"
            r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'-]+(?:[ \t]+(?:an|na|de|of|the|[A-ZÀ-Þ][a-zà-ÿ'-]+)){0,3})"
            r"(?:,[ \t]+(?-i:[A-ZÀ-Þ][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'-]+)?)){0,2},[ \t]+"
            r"(?:(?-i:Co\.?|County)[ \t]+(?-i:[A-Z][a-z]+)|(?-i:Dublin)[ \t]+\d{1,2}(?-i:W)?)\b"
            rf"(?:,?[ \t]+{_EIRCODE})?",
            0.7,
            cue=r"\b(?:co\.?|county|dublin)[ \t]+(?:\d|[a-z])",
        ),
        # An Irish town and its county, in the Irish order ("county" first), in any case:
        # "ballincollig county cork", "Ennis, Co. Clare" (a town is needed: "I'm from
        # county cork" names only a county).
        CuedPattern(
            "irish_town_county",
            rf"(?<!\b(?:from|in|of|to|and|the|a|at)[ \t]+)\b{_TOWN_WORD},?[ \t]+"
            rf"(?:county|co\.?)[ \t]+(?:{_IRISH_COUNTY})\b",
            0.6,
            cue=rf"\b(?:county|co\.?)[ \t]+(?:{_IRISH_COUNTY})\b",
        ),
        # A room or a dorm said alone as a reply: "ROOM 2, but it's the shared bathroom",
        # "dorm room 14b" (not "room for two", "room 3 of 5").
        CuedPattern(
            "room_reply",
            r"^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|it is|i'm in|"
            r"im in|i'm|im|that's|thats|we're in|we're|in)[\s,.]+)*\K"
            r"\b(?:dorm[ \t]+)?(?:room|rm)\.?\s*#?\s*\d{1,4}(?!\d)(?:[ \t-]?[a-z]\b)?"
            rf"(?![\d.,]\d)(?!\s+(?:of|and|through|thru|to|or|for)\b)(?!\s*(?:{_UNITS}|percent)\b|%)",
            0.6,
            cue=r"^[\s,.a-z']{0,20}\b(?:room|rm)\b",
        ),
        # A town and its state as a whole reply, in any case (an ALL-CAPS turn reaches us
        # lower-cased): "LAKE JOHNBOROUGH, RHODE ISLAND...", "south stephenfurt, ma",
        # "port ellis, north carolina." (not "thanks, georgia", "love you, ma").
        CuedPattern(
            "city_state_reply",
            r"^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|it is|that's|"
            r"thats|that is|in|from)[\s,.]+)*\K"
            rf"(?!(?:{_NOT_CITY_WORD}|{_NOT_LONE_CITY}|{_NOT_TOWN_WORD}|love|miss|night|hey|bye)\b)"
            rf"{_NOT_CITY}"
            r"[a-z][a-z.'-]+"
            rf"(?:\s+(?!(?:{_NOT_LONE_CITY})\b){_NOT_CITY_AFTER}[a-z][a-z.'-]+){{0,2}},\s+"
            rf"(?:{STATE_NAMES}"
            r"|(?:al|ak|az|ar|ca|co|ct|de|fl|ga|ia|ks|ky|la|md|ma|mn|ms|mo|mt|ne|nv|nh|nj|nm|"
            r"ny|nc|nd|oh|ok|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|pr))\b"
            r"(?=[\s.!?…]*$)",
            0.6,
            cue=r",\s+[a-z ]+[\s.!?…]*$",
        ),
        # A house's number and a street's name without its type, said with the house:
        # "it's the blue house, 56 sycamore, the number's faded" (not "the house, 4
        # bedrooms", "56 sycamore trees").
        CuedPattern(
            "house_number_name",
            r"(?<=(?:^|[,.]|\b(?:it's|its|at|is|we're at|i'm at|house)|\baddress\b[^.!?]{0,12})"
            r"[ \t]+)(?<![\d$.,#])\d{1,5}[a-z]?[ \t]+"
            rf"(?!(?:{_UNITS}|{_COUNTED}|{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|{_NOT_AFTER_STREET}|"
            r"bed|bedroom|bath|bathroom|storey|story|floor|car|garage|acre|door|room|flat|unit|"
            r"minute|hour|year|month|week|day|mile|foot|block|house|home|thousand|hundred|"
            r"million|grand|k|pound|dollar|quid|buck|percent|times?|am|pm)\b)"
            r"[a-z][a-z'-]*[a-z](?<![^s]s)(?=[ \t]*(?:[,.!?;]|$))",
            0.6,
            cue=r"\b(?:house|home|address|mailbox|driveway|gate|porch|the number's|"
            r"the numbers|house number)\b",
        ),
        # A house's number and a street's name without its type, said where someone is or
        # lives: "i'm at 640 holly", "is she still at 15 Chestnut?", "they live across from
        # me at 44 sycamore" (not "i'm at 5 percent", "she's at 40 minutes", "at 25 past").
        CuedPattern(
            "at_house_number_name",
            rf"(?<={_SOMEONE_AT}[ \t]+)(?<![\d$.,#:])\d{{1,5}}[a-z]?[ \t]+"
            r"(?:(?:north|south|east|west)[ \t]+)?"
            rf"{_BARE_STREET_NAME}(?={_BARE_STREET_END})",
            0.6,
            cue=r"\bat\b",
        ),
        # A neighbour's house said by its number alone, its street known from the talk: "I
        # live next door to her. She's at 26.", "her neighbor has a key, he's at two two
        # eight" (not "she's at 26 weeks", "he's at 80 now"; only where a neighbour is named).
        CuedPattern(
            "neighbor_at_number",
            rf"(?<={_SOMEONE_AT}[ \t]+)(?<![\d$.,#:])\d{{1,5}}[a-z]?(?=[ \t]*(?:[,.!?;]|$))",
            0.6,
            cue=rf"\b(?:{_NEIGHBOR})\b",
        ),
        # A home's unit said with whose it is: "it's coming through into his unit three oh
        # two", "my unit 4b", "the downstairs unit 12" (not "his unit 3 exam", "our unit 2 of
        # 5", "the ac unit 2").
        CuedPattern(
            "owned_unit",
            r"(?<=\b(?:my|his|her|their|our|downstairs|upstairs|neighbou?r's)[ \t]+)"
            rf"(?:unit|suite)[ \t]*#?[ \t]*{_UNIT_ID}"
            rf"(?![ \t]*(?:{_UNITS}|{_COUNTED}|{_TIME_WORD}|{_NOT_UNIT_AFTER})\b)",
            0.6,
            cue=r"\b(?:unit|suite)\b",
        ),
        # The new house number said right after a move, its street's name often left for
        # later: "no i moved it's now one fifty seven", "we moved it's three ashgrove", "i
        # moved, we're at 42 now" (not "we moved it's 2 weeks ago", "it's 20 minutes away").
        CuedPattern(
            "moved_house_number",
            rf"(?<=\b{_MOVED}[ \t,]+(?:(?:so|and|now|uh|um)[ \t,]+)*{_NEW_HOME_IS}[ \t]+"
            r"(?:(?:now|at)[ \t]+)*)"
            rf"(?<![\d$.,#:])\d{{1,5}}[a-z]?{_NEW_HOME_NAME}",
            0.6,
            cue=r"\b(?:moved|relocated)\b",
        ),
        # A premises said to be at a house number alone: "the shop is at nine ten", "his
        # house is at 1402" (not "the meeting is at nine ten", "the shop opens at 9").
        CuedPattern(
            "premises_at_number",
            rf"(?<=\b(?:{_PREMISES})[ \t]+(?:is|was|'s)[ \t]+(?:(?:now|still|just)[ \t]+)?at[ \t]+)"
            r"(?<![\d$.,#:])\d{2,5}[a-z]?(?=[ \t]*(?:[,.!?;]|$))",
            0.6,
            cue=rf"\b(?:{_PREMISES})[ \t]+(?:is|was|'s)\b",
        ),
        # A house's number, a street's name without its type and a flat, read back: "315
        # east main apartment d" (not "a 2 bedroom apartment 4", "the 3 story unit 5").
        CuedPattern(
            "number_name_then_unit",
            r"(?<![\d$.,#:])\d{1,5}[a-z]?[ \t]+(?:(?:north|south|east|west)[ \t]+)?"
            rf"{_BARE_STREET_NAME}[ \t]+(?:apartment|apt|unit|suite|ste)\.?[ \t]*#?[ \t]*"
            r"(?:\d{1,4}[a-z]?|[a-z])\b(?![\d.,]\d)",
            0.6,
            # (an office's suite too: "2200 piedmont suite 410")
            cue=r"\b(?:apartment|apt|unit|suite|ste)\b",
        ),
        # A street named after sending or posting to it, its type in lower case: "we'll post
        # one out to Moorhouse street", "sent it to fairholme road", "deliver to Kent lane".
        CuedPattern(
            "street_sent_to",
            r"(?<=\b(?:send|sends|sent|sending|post|posts|posted|posting|deliver|delivers|"
            r"delivered|delivering|mail|mails|mailed|mailing|ship|ships|shipped|shipping|"
            r"courier|couriered|drop|dropped|forward|forwarded)\b[^.!?]{0,30}\b(?:to|at)\s+)"
            rf"(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY}|main|high|same|wrong|old|new|other|"
            r"google|one|two)\b)[a-z][a-z'-]+(?:[ \t]+(?!(?:the|a|an|my|your)\b)[a-z][a-z'-]+)?"
            r"[ \t]+(?:street|st|road|rd|avenue|ave|lane|ln|crescent|cres|terrace|grove|court|"
            r"close|place|parade|boulevard|blvd|way|circuit|mews)\b\.?",
            0.6,
            cue=r"\b(?:send|sent|post|deliver|mail|ship|courier|drop|forward)",
        ),
        # A street named after "on" in a read-back or after living somewhere: "okay i have
        # dana and lev marsh on heron lane", "they live on quarry road" (not "on my way", "on
        # a toll road", "i have it on hard drive").
        CuedPattern(
            "street_on_readback",
            r"(?<=\b(?:i have|i've got|i got|got|that's|thats|live|lives|lived|living|located|"
            r"house is|home is|place is|we're|they're|i'm|he's|she's|"
            # (a client or a person named before their street: "mister abernathy on willow
            # creek road", "the client on heron lane")
            r"mister|mr|mrs|missus|misses|ms|client|clients|patient|patients|resident|"
            # (or who lives there, or whose home it is: "the homeowner on raintree lane",
            # "our yard on gorsuch road", "my mom's house on elm street")
            rf"{_RESIDENT_ROLE}|{_OWNED_HOME})"
            r"\b[^.!?]{0,40}\bon\s+"
            # (or where one lives out of town: "it's art out on the pine grove road")
            r"|\b(?:out|over|up|down)[ \t]+on[ \t]+the[ \t]+"
            # (or the one on record: "are you still on birch hollow road", "the address on
            # file on maple crest drive")
            r"|\b(?:still|file|record|records)[ \t]+on[ \t]+)"
            + _NOT_OUTING_ROAD
            + rf"(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY}|main|high|same|wrong|old|new|other|"
            r"county|state|frontage|paved|farm|"
            r"google|one|two|toll|dirt|gravel|country|back|side|private|public|ring|slip|access|"
            r"service|memory|easy|center|centre|hard|test|usb|flash|external|shared|long|"
            r"open|fast|home|speaker|hold|record|top|good|bad|last|first|next|each|every|"
            # (nor one's way or place: "on my way", "on their own place")
            r"any|some|no|my|your|his|her|our|their|its|this|that|which|own|same|half)\b)"
            r"[a-z][a-z'-]+(?:[ \t]+(?!(?:the|a|an|my|your|own)\b)[a-z][a-z'-]+)?"
            r"[ \t]+(?:street|road|avenue|lane|crescent|terrace|court|boulevard|drive|way|"
            r"place|circle|trail|parkway)\b"
            # (its house number said after it: "… on birchwood road, number 2207")
            r"(?:,?[ \t]+(?:number|no\.?)[ \t]*#?[ \t]*\d{1,5}(?![\d.,]\d|\d)"
            r"(?![ \t]*(?:%|(?:percent|of|times?|minutes?|hours?|days?)\b)))?",
            0.6,
            cue=r"\bon\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:street|road|avenue|lane|crescent|"
            r"terrace|court|boulevard|drive|way|place|circle|trail|parkway)\b",
        ),
        # A home named by its street, as a trade or a landlord names a site: "it's rich
        # from the hollis street job", "the birch lane house", "our elm court rental".
        CuedPattern(
            "street_named_site",
            r"(?<=\b(?:the|our|my|your|his|her|their)[ \t]+)"
            rf"(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY}|wall|easy|same|other|next|last|"
            r"this|that|new|old|toll|ring|access|service|dirt|gravel|county|state|back|side|"
            r"frontage|private|public|high|one|two)\b)"
            r"[a-z][a-z'-]+(?:[ \t]+(?!(?:the|a|an|my|your)\b)[a-z][a-z'-]+)?"
            r"[ \t]+(?:street|road|avenue|lane|drive|court|place|way|circle|terrace|boulevard)"
            r"(?=[ \t]+(?:job|jobs|house|home|project|property|remodel|renovation|reno|rental|"
            r"install|installation|kitchen|bathroom|basement|duplex|unit|units)\b)",
            0.6,
            cue=r"\b(?:street|road|avenue|lane|drive|court|place|way|circle|terrace|boulevard)"
            r"[ \t]+(?:job|jobs|house|home|project|property|remodel|renovation|reno|rental|"
            r"install|installation|kitchen|bathroom|basement|duplex|unit|units)\b",
        ),
        # The first half of a UK postcode read back, asking for the rest: "S10 WHAT WAS
        # THAT?", "ls6, and then?", "so BS8 what?", "M14 sorry?" (not "a4 paper").
        CuedPattern(
            "outward_code_readback",
            r"^[\s,.]*(?:(?:so|ok|okay|right|sorry|um|uh|er|erm|that's|thats|was that|is that)"
            r"[\s,.]+)*\K(?!(?:mp|ps|xs|se|gt)\d)"
            r"[a-z]{1,2}\d[a-z\d]?(?=[\s,.]*(?:what(?:\s+was\s+that|\s+was\s+it|'s\s+the\s+rest)?"
            r"|sorry|and\s+then|then|and\s+the\s+rest|pardon)[\s,.]*\?)",
            0.6,
            cue=r"\?",
        ),
        # A suburb named after "I'm in" in written text: "17/08/1992, and I'm in Subiaco."
        # (capitalised, ending the clause; not a country, a state, a team or a month)
        SpokenPattern(
            "im_in_place",
            r"(?<=\b(?:i'm|i am|we're|we are|im)[ \t]+(?:(?:out|over|up|down|just|now|still)"
            r"[ \t]+)?in[ \t]+)"
            rf"(?!(?i:{_COUNTRY}|{STATE_NAMES}|{_NOT_LONE_CITY}|{_NOT_CITY_WORD}|sales|accounts|"
            r"marketing|finance|support|billing|hr|it|admin|legal|ops|operations|customer|"
            r"hospital|school|college|uni|university|class|church|work|bed|town|london|"
            r"charge|trouble|luck|debt|arrears|credit|queue|line)\b)"
            r"(?-i:[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)(?=[ \t]*(?:[,.!?;]|$))",
            0.6,
        ),
        # A street named alone as a whole reply: "that's it, tenby road", "it's maple
        # avenue" (not "the main road", "no way", "yes the fast lane").
        CuedPattern(
            "street_alone_reply",
            r"^[\s,.]*(?:(?:yes|yeah|yep|yup|ok|okay|so|um|uh|er|oh|well|right|it's|its|it is|"
            r"that's it|that's right|thats it|that's|thats|that is|correct|on|in)[\s,.]+)*\K"
            rf"(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY}|left|fast|slow|main|high|toll|dirt|side|"
            r"long|same|wrong|any|every|either|no|one|two|dead|end|open|private|public|country|"
            r"back|front|ring|bus|bike|cycle|fire|slip|maam|ma'am|mam|sir|mate|love|hun)\b)"
            r"[a-z][a-z'-]+"
            # (the place said again is none: "yes maam same place", "sir the usual place")
            r"(?:[ \t]+(?!(?:the|a|an|my|your|this|that|same|usual|other|old|new|wrong|right|"
            r"right|first|last|next|one)\b)[a-z][a-z'-]+)?[ \t]+"
            r"(?:road|rd|street|avenue|ave|lane|drive|close|crescent|terrace|grove|gardens|"
            r"boulevard|blvd|court|place|rise|mews|wynd|parkway|circle)"
            rf"(?=[\s.!?]*$|{_TOWN_OF_REPLY_NEXT})",
            0.6,
            cue=r"\b(?:road|rd|street|avenue|ave|lane|drive|close|crescent|terrace|grove|gardens|"
            rf"boulevard|blvd|court|place|rise|mews|wynd|parkway|circle)(?:[\s.!?]*$|{_TOWN_OF_REPLY_NEXT})",
        ),
        # ... or with its town and ZIP code, the rest of an address whose number ended the
        # turn before: "pecan valley drive san antonio 78223", "vista del sol el paso 79936"
        # (the ZIP code says it is an address, not a route: "the drive to san antonio").
        CuedPattern(
            "street_town_zip_reply",
            r"^[\s,.]*(?:(?:yes|yeah|yep|ok|okay|so|um|uh|it's|its|it is|and)[\s,.]+)*\K"
            rf"(?:(?!(?:{_NOT_STREET_NAME}|{_NOT_LONE_CITY})\b)[a-z][a-z'-]+"
            r"(?:[ \t]+[a-z][a-z'-]+)?[ \t]+"
            r"(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|way|boulevard|"
            r"blvd|circle|cir|parkway|pkwy|terrace|trail|loop|highway|hwy)"
            rf"|(?:{_TYPE_FIRST}|vista|loma|rancho|sierra|mesa)[ \t]+"
            rf"(?:{_NAME_PARTICLE}[ \t]+)+[a-z][a-z'-]+)"
            rf",?[ \t]+{_CITY}(?:,?[ \t]+{STATE_NAMES})?,?[ \t]+{_ZIP}(?=[\s.!?]*$)",
            0.6,
            cue=r"\d{5}[\s.!?]*$",
        ),
        # A building of a site said alone as a reply or a correction: "yeah building b",
        # "it's building d not c" (not "we're building a deck": the letter ends the clause).
        CuedPattern(
            "building_alone_reply",
            r"^[\s,.]*(?:(?:yes|yeah|yep|no|ok|okay|so|um|uh|it's|its|it is|and|that's|thats)"
            r"[\s,.]+)*\K(?:building|bldg)\.?[ \t]+(?:[a-z]|\d{1,3}[a-z]?)\b"
            r"(?=[\s,.!?]*$|[ \t,]+not[ \t]+(?:[a-z]|\d{1,3})\b)",
            0.6,
            cue=r"\b(?:building|bldg)\b",
        ),
        # A street's type corrected: "sorry its cedar avenue not street", "no, birch
        # lane, not road".
        CuedPattern(
            "corrected_street",
            rf"\b(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+(?:\s+(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+)?"
            rf"\s+{_SUFFIX}\b(?=,?\s+not\s+(?:a\s+|an\s+|the\s+)?{_SUFFIX}\b)",
            0.6,
            cue=r"\bnot\s",
        ),
        # Which of two types of one street: "maple street or maple court", "is that birch
        # lane or birch road" (the same name both times).
        CuedPattern(
            "street_type_choice",
            # (each its own span: the "or" is no address)
            rf"\b(?!{_NOT_STREET_NAME}\b)(?P<choice>[a-z][a-z'-]+)\s+{_SUFFIX}\b"
            rf"(?=,?\s+or\s+(?:is\s+it\s+|on\s+)?(?P=choice)\s+{_SUFFIX}\b)"
            rf"|(?<=\b(?!{_NOT_STREET_NAME}\b)(?P<first>[a-z][a-z'-]+)\s+{_SUFFIX}\b"
            rf",?\s+or\s+(?:is\s+it\s+|on\s+)?)(?P=first)\s+{_SUFFIX}\b",
            0.6,
            cue=r"\sor\s",
        ),
        # A township by its name: "it's in harlan township", "Oakfield Township" (not "the
        # township", "a neighbouring township").
        CuedPattern(
            "named_township",
            r"\b(?!(?:the|a|an|our|your|their|his|her|my|this|that|same|other|next|local|whole|"
            r"entire|rural|unincorporated|neighbou?ring|nearby|adjacent|each|every|which|what|"
            r"small|big|little|old|new|own|one|two|in|of|and|or)\b)"
            r"[a-z][a-z'-]{2,}(?:[ \t]+(?:north|south|east|west))?[ \t]+township\b",
            0.6,
            cue=r"\btownship\b",
        ),
        # A flat said alone, its number with it: "the letter went to apartment 6 c", "apt
        # 214" (not "an apartment 10 minutes away", "apartment 2 of 3").
        CuedPattern(
            "apartment_alone",
            r"\b(?:apartment|apt\.?)[ \t]*#?[ \t]*\d{1,5}(?!\d)(?:[ \t]?[a-z]\b)?(?![\d.,:]\d)"
            rf"(?![ \t]*(?:{_UNITS}|{_COUNTED}|{_TIME_WORD}|percent|%|to|through|or|and)\b)",
            0.6,
            cue=r"\bapartment|\bapt\b",
        ),
        # A unit said alone as the answer to "and the apartment number?", after "it was"
        # within the turn: "pretty sure it was Unit 9E.", "i think it's unit seven b" (not
        # "it's unit 4 of the course", "the ac unit 2 is broken").
        CuedPattern(
            "unit_it_was",
            rf"(?<=\b{_IT_WAS}[ \t]+)(?:unit|suite|ste)\.?[ \t]*#?[ \t]*{_UNIT_ID}"
            r"(?=[ \t]*(?:[,.!?;]|$))",
            0.6,
            cue=r"\b(?:unit|suite|ste)\b",
        ),
        # ... or a unit's number said before its town and state: "it's number 412 north
        # desireeport rhode island", "It's #6E, Port Mary, NY" (not "it's number 6 on the
        # list").
        CuedPattern(
            "unit_before_town",
            rf"(?<=\b{_IT_WAS}[ \t]+)(?:(?:unit|suite|ste|apt|apartment|number|no\.?)[ \t]*#?|#)"
            rf"[ \t]*{_UNIT_ID}(?=,?[ \t]+{_CITY},?[ \t]+{_STATE}\b)",
            0.6,
            cue=r"\b(?:unit|suite|ste|apt|apartment|number|no)\b|#",
        ),
        # (the zip is the cue: most turns have no five digits)
        CuedPattern(
            "city_state_zip",
            # (an id's "ID" is no Idaho: "search for class ID 40812", "Driver ID 44019")
            rf"\b{_CITY},?\s+(?!(?<=\b(?:{_ID_OWNER})[ \t]+)id\b){_STATE_ZIP},?\s+{_ZIP}(?!\d)",
            0.85,
            cue=r"(?<!\d)\d{5}(?!\d)",
        ),
        # An Australian town, its state and postcode, however the sentence goes on: "Perth
        # WA 6000 and that's it", "Ballarat VIC 3350 Can you ..." (the town capitalised, or
        # before a state code no word is: "dubbo nsw 2830").
        SpokenPattern(
            "au_town_state_postcode",
            r"(?:(?-i:\b(?!(?:" + _NOT_CITY_WORD + r")\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}),?"
            r"[ \t]+(?-i:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)"
            r"|\b(?!(?:the|and|for|from|our|your|their|this|that|since|with|all|in|of|to|by)\b)"
            r"[a-z]{3,}(?:[ \t]+[a-z]{3,})?,?[ \t]+(?:nsw|qld|vic|tas))"
            r",?[ \t]+\d{4}(?![\d.,]\d)(?![ \t]*(?:%|percent|dollars|bucks|am|pm)\b)",
            0.6,
        ),
        # A street taken back and the one meant: "north halsted sorry north clark street",
        # "west elm, i mean west oak avenue" (a direction starts both).
        CuedPattern(
            "street_taken_back",
            rf"\b{_TAKEN_BACK_DIR}[ \t]+(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+"
            rf"(?:[ \t]+{_SUFFIX}\b)?"
            rf"(?=,?[ \t]+(?:sorry|i mean|no wait|i'm sorry)[,]?[ \t]+{_TAKEN_BACK_DIR}[ \t]+"
            rf"[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?[ \t]+{_SUFFIX}\b)"
            rf"|(?<=\b(?:sorry|i mean|no wait)[,]?[ \t]+){_TAKEN_BACK_DIR}[ \t]+"
            rf"(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+"
            rf"(?:[ \t]+(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+)?[ \t]+{_SUFFIX}\b",
            0.6,
            cue=r"\b(?:sorry|i mean|no wait)\b",
        ),
        # A unit and the town and zip said after it: "unit 402 and it's chicago 60616",
        # "apt 12b, and that's denver 80203".
        CuedPattern(
            "unit_then_town_zip",
            r"\b(?:unit|apt|apartment|suite|ste)\.?[ \t]+#?\d{1,5}[a-z]?\b"
            r"(?=,?[ \t]+and[ \t]+(?:it's|its|it is|that's|thats|the city is[ \t]+)?[ \t]*"
            r"[a-z]+(?:[ \t]+[a-z]+)?,?[ \t]+\d{5}(?![\d.,]\d))",
            0.6,
            cue=r"(?<!\d)\d{5}(?!\d)",
        ),
        # A house number, a street's bare name and the flat after a comma, as an address is
        # read back: "2210 Lindell, 5C", "14 Harbord, #3B" (a capital name and a flat letter).
        SpokenPattern(
            "number_name_flat",
            # (not a count or a seat: "2 Tickets, 5C", "Row 2 Seat, 5C")
            r"(?<!\b(?i:row|seat|section|gate|flight|page|chapter|room|aisle|platform)[ \t]+)"
            r"(?-i:\b\d{1,5}[ \t]+(?!(?i:tickets?|seats?|rows?|rooms?|items?|pages?|units?|"
            r"pairs?|copies|bags?|boxes|orders?|refills?|pills?|tablets?|bottles?|packs?|"
            r"adults?|kids?|children|people|nights?|days?|weeks?|months?|years?)\b)"
            r"[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?,[ \t]*"
            r"(?:#|(?:[Aa]pt|[Uu]nit|[Ff]lat)\.?[ \t]+)?\d{1,4}[A-Z]\b)",
            0.6,
        ),
        # A street said without its number but with a flat on it: "south lamar boulevard
        # unit 9", "Oak Street, apt 4B" (a flat on a street is someone's home).
        SpokenPattern(
            "street_then_unit",
            # (no count before it: "a 3 hour drive, unit 4 of the course")
            r"(?<!\d[ \t]*)"
            rf"\b(?:(?:north|south|east|west)[ \t]+)?(?!(?:{_NOT_STREET_NAME}|{_TIME_WORD})\b)"
            r"[a-z][a-z'-]+"
            rf"(?:[ \t]+(?!{_NOT_STREET_NAME}\b)[a-z][a-z'-]+)?[ \t]+{_SUFFIX}\b\.?,?[ \t]+"
            r"(?:unit|apt|apartment|suite|ste)\.?[ \t]+#?\d{1,5}[a-z]?\b",
            0.6,
        ),
        # A flat's number and letter said alone, as the reply to "and the apartment?": "6F",
        # "it's 12 c" (weak: kept only where the question asks for it, see CONTEXT; not a
        # "4K" screen, "5G", "3D", "720p", "the 90s").
        SpokenPattern(
            "unit_alone_turn",
            r"(?<=^[\s,.]*(?:(?:it's|its|it[ \t]+is|uh|um|yeah|yes|so|and|that's|thats|"
            r"apartment|apt|unit|suite|number|#)[\s,.]*)*)"
            r"\d{1,4}[ \t-]?(?![kgdpsx]\b)[a-z]\b(?=[\s.!?]*$)",
            0.3,
        ),
        # A flat's number and letter after "in", said of the person who lives there: "my
        # neighbor can sign, she's in 3 C", "tenant in 2b is home all day", "leave it with
        # Ana Diaz in 1a" (the word before "in" is checked in ``analyze``: a person's).
        CuedPattern(
            "flat_of_person",
            r"(?<=\b[a-z'-]+[ \t]+in[ \t]+)\d{1,3}[ \t-]?[a-h]\b(?![ \t-]*\d|['’-])",
            0.6,
            cue=r"\bin[ \t]+\d{1,3}[ \t-]?[a-h]\b",
        ),
        # A street named without its number: "enter on Jones Rapids St.", "off Green Rue".
        SpokenPattern(
            "named_street",
            r"(?<=\b(?:on|off|at|onto|to|down|up)\s+)"
            # (a business's own premises name no one's home: "the truck's at our lot on
            # Depot Parkway", "our branch off Kings Road")
            r"(?<!\bour[ \t]+(?:lot|yard|office|offices|store|shop|branch|depot|warehouse|"
            r"showroom|dealership|garage|clinic|location|facility|plant|site|premises)[ \t]+"
            r"(?:on|off|at|down|up)[ \t]+)"
            # (nor a business the caller was sent to: "at the clinic on Fifth Street")
            # (or the firm's own, as the caller names it: "your agent location on Fulton
            # Avenue", "your store off Kings Road")
            r"(?<!\b(?:the|a|that|this|your)[ \t]+(?:[a-z]+[ \t]+)?(?:clinic|hospital|pharmacy|"
            r"surgery|practice|office|store|shop|branch|bank|restaurant|church|school|library|gym|"
            r"salon|dealership|warehouse|depot|showroom|lab|laboratory|location|outlet|agency|"
            r"kiosk)[ \t]+(?:on|off|down|up)[ \t]+)"
            # (and "the one on …" after such a place: "go back to the store, it was the one
            # on Broad Street")
            r"(?<!\b(?:clinic|pharmacy|office|store|shop|branch|bank|restaurant|dealership|"
            r"location|outlet|agency|kiosk|agent|supermarket|station)s?\b[^.!?]{0,40}"
            # (the normaliser writes "one" as "1")
            r"\bthe[ \t]+(?:one|1)[ \t]+(?:on|off|down|up|at)[ \t]+)"
            # (nor the site of a child's programme: "after-school at Maple Grove", "two kids
            # in after-care at Brookfield"; "I live at Maple Grove" stays a home)
            r"(?<!\b(?:after-school|afterschool|after[ \t]+school|after-care|aftercare|"
            r"after[ \t]+care|before-care|before[ \t]+care|before-school|before[ \t]+school|"
            r"day[ \t]?camp|summer[ \t]+camp|preschool|pre-k|daycare|day[ \t]+care)[ \t]+at[ \t]+)"
            # (nor a site one goes to, named before its road: "the Rollingview ramp, off
            # Baptist Road", "the gym, the one on Market Street")
            + _NOT_OUTING_ROAD
            # (nor one's workplace: "the marina manager at Oyster Cove", "she works at
            # Maple Grove"; "I live at Maple Grove" stays a home)
            + rf"(?<!\b(?:{_JOB_AT})[ \t]+at[ \t]+)"
            # (nor a setting turned on: "turning on Number Lock", "switch off Port Lock")
            r"(?<!\b(?:turn|turns|turned|turning|switch|switches|switched|switching)[ \t]+"
            r"(?:on|off)[ \t]+)"
            # (nor an insurer or a charity: "submit the claim to Blue Cross")
            r"(?!(?i:blue|red)\s+(?i:cross|shield)\b)"
            rf"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})"
            rf"\s+(?-i:[A-Z][a-z]*)(?<=\s(?i:{_SUFFIX}))\b\.?"
            # after "at"/"to" a landmark's type names a place, not a street: "at Phoenix Sky
            # Harbor", "to Lakeside Park", "at Union Station"
            rf"(?<!\b(?:at|to)\s+[^,.!?]{{0,40}}\b(?i:{_LANDMARK_TYPE})\.?)"
            # (and the capitalised run ends there: "at Denver Union Station")
            r"(?!(?<=[a-z])[ \t]+(?-i:[A-Z][a-z]))",
            0.5,
        ),
        # A written address given with no street type, its town after a comma: "My address
        # is 3910 West Fulton, Chicago." (the cue "address is" says what the number is).
        SpokenPattern(
            "address_is_no_type",
            r"(?<=\baddress(?:[ \t]+is|[ \t]+would[ \t]+be|:)[ \t]+)\d{1,6}[a-z]?[ \t]+"
            # (not a count or a time: "the address is 2 Weeks, Maybe")
            rf"(?!(?:{_UNITS}|{_COUNTED})\b)"
            r"(?-i:(?:[NSEW]\.?[ \t]+)?[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2}"
            r",[ \t]*[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?)"
            rf"(?:,?[ \t]+{_STATE_ZIP}\b)?(?:,?[ \t]*{_ZIP}(?!\d))?",
            0.6,
        ),
        SpokenPattern(
            "city_state",
            rf"(?<=\b(?:in|from|to)\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+{_STATE}\b",
            0.6,
        ),
        # "Brownfort, Arizona", "Port Ellis, North Carolina": a capitalised place, a comma
        # and a state's full name (not "Thanks, Georgia").
        SpokenPattern(
            "city_state_name",
            rf"(?-i:\b(?!(?:{_NOT_CITY_WORD})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s+"
            rf"(?-i:{_STATE_NAMES_CAPITALISED})\b(?:,?\s+{_ZIP}(?!\d))?",
            0.6,
        ),
        # "Lakeport, ON K7L 3N6": a capitalised town, a province and a Canadian postcode.
        SpokenPattern(
            "city_province_postcode",
            rf"(?-i:\b(?!(?:{_NOT_CITY_WORD})\b)[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){{0,2}}),?\s+"
            rf"{_PROVINCE},?\s+(?-i:[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\b",
            0.7,
        ),
        # "Pattonstad, FL", "North Dylan, WI": capitalised place, comma, USPS state code.
        SpokenPattern(
            "city_code",
            rf"(?-i:\b(?!(?:{_NOT_CITY_WORD})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+{_STATE_CODES}\b"
            # (a code before other digits is an id's prefix: "Sure, MT-551902", "Leo
            # Sandoval, ID 4077315")
            # (nor before "number": "this is agent Carter, ID number 1004562")
            rf"(?:\s+{_ZIP}(?![\d.,-]?\d)|(?![ \t]*[-#@]?[ \t]*\d|[ \t]+(?:number|no)\b))",
            0.6,
        ),
        # A town said after a street, no comma, before where in a building or a car park:
        # "… 1100 louisiana street houston level four", "… 40 pine ave tulsa second floor".
        CuedPattern(
            "town_before_level",
            rf"(?<=(?<![\d$.,])\d{{1,6}}[ \t]+(?:[a-z'-]+[ \t]+){{1,3}}{_SUFFIX}\.?,?[ \t]+)"
            rf"(?!(?:{_NOT_AFTER_STREET}|{_NOT_LONE_CITY}|{_CLAUSE_WORD}|{_UNIT_WORD}|level|deck|"
            r"garage|parking|lot|first|second|third|fourth|fifth|top|ground|upper|lower)\b)"
            rf"{_NOT_CITY}[a-z][a-z'-]+(?:[ \t]+(?!(?:{_NOT_LONE_CITY}|{_UNIT_WORD}|level|deck|"
            r"garage|parking|lot|first|second|third|fourth|fifth|top|ground|upper|lower)\b)"
            r"[a-z][a-z'-]+)?"
            r"(?=,?[ \t]+(?:(?:on[ \t]+)?(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:level|floor|deck)|"
            r"parking|garage)\b)",
            0.6,
            cue=r"\b(?:level|floor|deck|parking|garage)\b",
        ),
        # A place named after living or moving: "my friend lives in south eric",
        # "we moved here from lake emilyfurt". Weak: a cue word helps it over the line.
        SpokenPattern(
            "place_of_residence",
            # "living" needs its "in": "the living room" is not a place
            rf"(?<=\b(?:(?:live|lives|lived|reside|resides)\s+(?:in\s+)?|living\s+in\s+|"
            # (or with someone first, and "up"/"down" before "in": "i'm living with my
            # daughter now up in round rock", "he lives with his mom down in waco")
            r"(?:live|lives|lived|living|staying|stays)\s+with\s+(?:[a-z']+\s+){1,3}?"
            r"(?:(?:now|currently)\s+)?(?:(?:up|down|over|out)\s+)?in\s+|"
            r"(?:live|lives|lived|living)\s+(?:(?:now|currently)\s+)?(?:up|down|over|out)\s+in\s+|"
            rf"(?:moved (?:here |over )?from|{_THING_MOVES}moved (?:out )?to|originally from|"
            r"grew up in|"
            rf"relocated to|i'm from|i am from|based in|located in|currently in)\s+(?:in\s+)?))"
            # (a country or a state alone identifies no one: "he lives in portugal")
            # (nor somewhere unnamed: "we moved here from out of state")
            rf"(?!(?:{_COUNTRY}|{_MORE_COUNTRIES}|{STATE_NAMES}|{_PROVINCE_NAME}|{_NOT_LONE_CITY}|"
            r"out|outside|elsewhere|somewhere|"
            # (nor an email's domain: "live dot co dot uk")
            r"another|other|over|abroad|overseas|away|home|state|town|down|up|dot|"
            # (nor how one lives: "i live alone", "they live together nearby")
            r"alone|together|nearby|close|far|separately|apart|independently|locally|here|"
            # (nor beside whom: "they live across from me", "she lives next door")
            r"across|opposite|beside|behind|next|around|round|above|below|"
            # (nor how near: "my mom lives closer at 96 king lane")
            r"closer|closest|nearer|nearest|further|farther|"
            # (nor "near" a landmark: "we live near the lake"; but "live near dixontown")
            r"near(?=[ \t]+(?:the|a|an|my|your|his|her|our|their|there|here|by|me|us|him|them)\b)|"
            r"there|"
            # (nor a benefit one moves between: "moved from Universal Credit to PIP")
            r"universal credit|tax credits?|pension credit|housing benefit|child benefit|"
            r"legacy benefits?|pip|esa|jsa|dla|medicare|medicaid)\b)"
            # ("new" opens a town's name too: "i live over in new brianfort"; its next word
            # is checked in ``analyze``)
            rf"(?:new[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}",
            0.5,
        ),
        # A town after words that say where a caller is or comes from (trimmed in
        # ``analyze`` to the words that may name a town).
        CuedPattern(
            "place_after_cue",
            _PLACE_AFTER_CUE,
            0.6,
            cue=r"\b(?:in|to|from|outside|general|memorial|regional|address|zip|postal)\b",
        ),
        # A town and its state or country after "to", "in", "from": "out to annaton
        # maryland", "i'm in port ellery michigan" (the words before the state are checked
        # in ``analyze``: each must name a town).
        CuedPattern(
            "town_before_state",
            rf"(?<=\b(?:to|in|from|near|outside)[ \t]+){_TOWN_PAIR}"
            rf",?[ \t]+(?:{STATE_NAMES}|{_COUNTRY_NAME})\b",
            0.6,
            cue=rf"\b(?:{STATE_NAMES}|{_COUNTRY_NAME})\b",
        ),
        # A state, province or country where the caller was or will be: "it was in
        # massachusetts", "i'll be in uk that week" (not the agent's "in alberta the plate
        # stays").
        CuedPattern(
            "region_after_self_cue",
            # (where one was or will be only: "i'm in portugal now", "moving to texas"
            # stay visible, a region one lives in alone identifies no one)
            rf"(?<=\b{_BEEN_IN}[ \t]+)"
            rf"(?:{STATE_NAMES}|{_PROVINCE_NAME}|(?<=\b{_WILL_BE_IN}[ \t]+){_COUNTRY_NAME})"
            # (the place ends there: not "in new york time", "in georgia power's office")
            r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:that|this|next|last|for|until|till|and|but|so|"
            r"now|right|visiting|with|on|at|when|since|because|though|already|too|as)\b)",
            # (above "place_after_cue"'s score, which drops a state on the same span)
            0.65,
            cue=r"\b(?:in|to)\b",
        ),
        # A US state as where a person moved or lives now (label policy: a home's state is
        # an address): "he's moved to tennessee though", "she moved to north carolina",
        # "she's in new jersey though", "my mom lives in ohio". Not a trip ("she's in ohio
        # for work", "flying to texas") nor a thing moved ("the case moved to texas").
        CuedPattern(
            "state_person_moved_to",
            rf"(?<=\b{_MOVED_OR_LIVES_IN}[ \t]+){STATE_NAMES}"
            rf"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+{_AFTER_HOME_STATE}\b)",
            0.65,
            cue=r"\b(?:mov|relocat|live|living|in\b)",
        ),
        # A town where something happened, by a landmark: "it was in reno by the mall",
        # "right in new tamsin near the high school" (the words are checked in ``analyze``).
        CuedPattern(
            "town_by_landmark",
            rf"(?<=\bin[ \t]+){_TOWN_PAIR}(?=,?[ \t]+{_LANDMARK_NEAR}[ \t]+the\b)",
            # (above "place_after_cue", whose longer span would swallow it)
            0.62,
            cue=rf"\b{_LANDMARK_NEAR}[ \t]+the\b",
        ),
        # The caller's country or state when they say where they call from: "i'm ringing
        # from spain about my booking" (a listed name only, and not a firm's first word:
        # "calling from georgia power").
        CuedPattern(
            "caller_region",
            r"(?<=\b(?:i'm|im|i[ \t]+am|we're|we[ \t]+are)[ \t]+(?:calling|ringing|phoning)"
            rf"[ \t]+(?:in[ \t]+)?from[ \t]+)(?:{STATE_NAMES}|{_COUNTRY_NAME})"
            r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:about|and|because|regarding|to|for|with|i|we|"
            r"but|so|where|today|actually|and)\b)",
            0.6,
            cue=r"\b(?:calling|ringing|phoning)[ \t]+(?:in[ \t]+)?from\b",
        ),
        # ... and the town they call from, a listed UK town only (a firm's name is no town:
        # "calling from acme", "phoning from cardiff council"): "i'm phoning from glasgow".
        CuedPattern(
            "caller_town",
            r"(?<=\b(?:calling|ringing|phoning)[ \t]+(?:in[ \t]+)?from[ \t]+"
            r"(?:(?:just[ \t]+)?(?:outside|near)[ \t]+(?:of[ \t]+)?)?)"
            rf"{_UK_TOWN}(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:about|and|because|regarding|to|for|"
            r"with|i|i've|i'm|i'd|we|we've|but|so|where|today|actually|area|way)\b)",
            0.6,
            cue=r"\b(?:calling|ringing|phoning)[ \t]+(?:in[ \t]+)?from\b",
        ),
        # A listed UK town opening a turn, then a pause or an acknowledgement: the agent
        # naming the town of the postcode just given ("cardiff lovely and date of birth",
        # "DUNDEE. AND DATE OF BIRTH?"), or a caller's "whereabouts" answered ("inverness
        # well just outside"). Not a firm's or a club's ("bristol city council").
        SpokenPattern(
            "uk_town_turn",
            r"^[\s,.]*(?:(?:okay|ok|right|lovely|great|and|so|um|uh|er|erm|oh|ah|yeah|yes|"
            r"that's|thats|it's|its|just|near|outside|in|from|perfect|brilliant)[\s,.]+)*"
            rf"\K{_UK_TOWN}(?=[ \t]*(?:[,.!?;]|$)|[ \t]+{_AFTER_TOWN_TURN}\b)",
            0.6,
        ),
        # The outward half of a UK postcode said alone (the normaliser writes "s a one" as
        # "SA1"), a listed area's letters only: after a listed town ("inverness well just
        # outside IV23"), or weak alone, lifted by a postcode question ("and the first part
        # of your postcode" -> "SA1").
        CuedPattern(
            "outward_after_uk_town",
            rf"(?<=\b{_UK_TOWN}\b[^.!?\d]{{0,30}}?)(?-i:\b{_UK_AREA}[ ]?\d[A-Z\d]?\b)(?![.,]?\d)",
            0.6,
            cue=rf"\b{_UK_TOWN}\b",
        ),
        SpokenPattern(
            "outward_code_alone",
            rf"^[\s,.]*(?:(?:it's|its|that's|thats|um|uh|er|erm|so|yeah|yes|it\s+is)[\s,.]+)*"
            rf"\K(?-i:{_UK_AREA}[ ]?\d[A-Z\d]?)(?=[\s,.!?]*$)",
            0.3,
        ),
        # A state's name and a zip said on their own, the rest of a read-back finished:
        # "FLORIDA 61790, THAT'S RIGHT", "ohio four four one oh two yes" (a state's
        # name only: "IN 46032" may be talk in an upper-case turn).
        SpokenPattern("state_zip", rf"\b{STATE_NAMES},?[ \t]+{_ZIP}(?![\d.,]\d|\d)", 0.6),
        SpokenPattern("town_state_turn", _TOWN_STATE_TURN, 0.6),
        SpokenPattern("and_town_turn", _AND_TOWN_TURN, 0.6),
        SpokenPattern("prefix_name_turn", _PREFIX_NAME_TURN, 0.6),
        # A unit said alone, as an answer or after "in"/"at": "apartment 12 c", "unit 14".
        # Not a unit of a course or a count: "unit 3 of the training".
        SpokenPattern(
            "unit_alone",
            r"(?:^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|and|"
            # (or after a name and a comma: "Dana Whitfield, flat 9")
            # (not a hunting unit: "you got a bull tag in unit 201")
            r"it is|that's|thats)[\s,.]+)*|(?<!\b(?:tag|tags|hunt|hunting|draw|permit|license|"
            # (nor a staff member's team: "your caseworker is dana, she's in unit 4")
            rf"licence|zone|area)[ \t]+)(?<!{_STAFF_CLAUSE})\b(?:in|at)\s+|(?-i:[A-Z][a-z]+),[ \t]+"
            # (or after the building: "Building C, Unit 314", "block 4 apt 12")
            r"|\b(?:building|bldg|block|blk|tower|wing)\.?[ \t]*[a-z0-9]{1,3},?[ \t]+)\K"
            r"\b(?:apt|apartment|unit|suite|ste|flat)\.?\s*#?\s*\d{1,5}(?!\d)(?:[ \t-]?[a-z]\b)?"
            rf"(?![\d.,]\d)(?!\s+(?:of|and|through|thru|to)\b)(?!\s*(?:{_UNITS}|percent)\b|%)"
            # (not a fleet's vehicle given its id: "unit 12 is B41127, unit 15 is …")
            r"(?![ \t]+(?:is|was|has)[ \t]+(?:number[ \t]+)?[a-z]{0,3}[ \t-]?\d)",
            0.6,
        ),
        # ... or said as a sentence of its own that ends the turn: "It's my office. Suite 410",
        # "yes. apartment 12 c" (not "unit 4 is done. thanks", a count "apt 2 of 3"; not a
        # "unit", as often a truck or a crew: "A truck is about 30 minutes out. Unit 13.").
        SpokenPattern(
            "unit_sentence_ends_turn",
            r"(?<=[.!?;][ \t])(?:apt|apartment|suite|ste|flat)\.?[ \t]*#?[ \t]*\d{1,5}"
            r"(?:[ \t-]?[a-z])?(?=[ \t]*[.!]?[ \t]*$)",
            0.6,
        ),
        # ... or ending a turn after a name, the answer to "your name and unit":
        # "maria delgado unit 7 c" (not "the storage unit 12", "i need unit 4").
        SpokenPattern(
            "unit_after_name_turn",
            rf"^[\s,.]*(?:(?!(?:{_CLAUSE_WORD}|{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|{_NOT_UNIT_OWNER})"
            r"\b)[a-z][a-z'-]+[ \t]+){1,3}\K"
            r"(?:apt|apartment|unit|suite|flat)\.?[ \t]*#?[ \t]*\d{1,5}(?!\d)(?:[ \t-]?[a-z]\b)?"
            r"(?=[\s.!?]*$)",
            0.6,
        ),
        # A flat named by a letter, as an answer or after "in", "it's", "to": "flat d 9 elm
        # road", "the neighbour in flat e" (not "a flat a month", "flat a bit").
        CuedPattern(
            "flat_letter",
            r"(?:^[\s,.]*(?:(?:yes|yeah|yep|so|um|uh|oh|well|it's|its|and|it is|that's|thats)"
            r"[\s,.]+)*|(?<=\b(?:in|at|it's|its|is|to|from|my|our|his|her|their|upstairs|"
            r"downstairs|above|below|next|of)[ \t]+))\K"
            r"\bflat[ \t]+(?:[b-h]|a(?=[ \t]*(?:[,.!?;]|$|\d)))(?![\w'])"
            # (after a name: "the bloke upstairs, kev dunne flat c", not "b flat e flat")
            r"|(?<!\b[a-h][ \t]+)\bflat[ \t]+[b-h](?![\w'])(?![ \t]+flat\b)",
            0.6,
            cue=r"\bflat[ \t]+[a-h]\b",
        ),
        # A block or building and the flat in it: "marlowe court flat 6", "Ashby House, flat
        # 12" (the block's name and the flat are both the address).
        CuedPattern(
            "block_flat",
            rf"\b(?!(?:{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|{_CLAUSE_WORD})\b)[a-z][a-z'-]+[ \t]+"
            r"(?:court|house|mansions|lodge|towers?|heights|buildings|block|gardens|hall)"
            r",?[ \t]+(?:flat|apartment|apt|unit)\.?[ \t]*#?[ \t]*\d{1,4}(?!\d)(?:[ \t]?[a-z]\b)?"
            rf"(?![\d.,]\d)(?!\s*(?:{_UNITS}|percent)\b|%)",
            0.6,
            cue=r"\b(?:flat|apartment|apt|unit)\b",
        ),
        # A street number range: "8 to 10 harbour street", "12-14 mill lane" (the first
        # number, which the street pattern leaves out).
        CuedPattern(
            "street_number_range",
            # (a unit before it, which the normaliser may run into the range: "unit 128 to
            # 10 …" said "unit twelve eight to ten …")
            r"(?:\b(?:unit|apt|apartment|flat|suite)\.?[ \t]*#?[ \t]*)?"
            # (not a zip said before the next address: "… washington 99343 to 55 …")
            rf"(?<![\d$.,:/-])(?<!\b{_STATE},?[ \t]+)"
            r"\d{1,5}[a-z]?(?:[ \t]+(?:to|through)[ \t]+|[ \t]?-[ \t]?)"
            rf"(?=\d{{1,5}}[a-z]?[ \t]+(?!(?:{_COUNTED}|{_UNITS}|{_NOT_STREET_WORD})\b)"
            rf"(?:(?!(?:{_NOT_STREET_WORD}|{_UNITS})\b)[a-z][a-z'-]*[ \t]+){{1,2}}"
            rf"(?:{_SUFFIX}\b|{_AU_TYPE_LOWER}\b|{_UK_TYPE_LOWER}))",
            0.6,
            cue=r"\d[ \t]*(?:to|through|-)[ \t]*\d",
        ),
        # A street without its number after "address on", "address at", "lives on": "the
        # new address on fenwick road" (not "on hold", "on the account").
        CuedPattern(
            "address_on_street",
            r"(?<=\baddress(?:[ \t]+is)?[ \t]+(?:on|at|in)[ \t]+)"
            rf"(?:(?!(?:{_NOT_STREET_WORD}|{_NOT_LONE_CITY})\b)[a-z][a-z'-]+[ \t]+){{1,2}}"
            rf"(?:{_SUFFIX})\b",
            0.6,
            cue=r"\baddress(?:[ \t]+is)?[ \t]+(?:on|at|in)\b",
        ),
        # ... an apartment after a verb or a possessive: "it should be apartment 3d", "my
        # apt 12b", and the one it corrects: "apartment 3d not 3b"
        CuedPattern(
            "apartment_named",
            r"(?<=\b(?:be|is|was|it's|its|to|from|my|our|his|her|their|new|old|same)\s+)"
            # (or a flat, not a flat rate: "it's flat 18 above me", "entry to flat 7"; or a
            # unit taken back: "it's unit 421 not 412")
            r"(?:(?:unit|suite)(?=\s*#?\s*\d{1,5}[ \t-]?[a-z]?,?\s+not\s+\d)|"
            r"\b(?:apt|apartment|flat))\.?\s*#?\s*\d{1,5}(?!\d)(?:[ \t-]?[a-z]\b)?"
            rf"(?![\d.,]\d)(?!\s+(?:of|and|through|thru|to|a|an|per|each|for)\b)"
            rf"(?!\s*(?:{_UNITS}|percent|quid|rate|fee)\b|%)"
            r"|(?<=\b(?:apt|apartment|flat|unit|suite)\.?\s*#?\s*\d{1,5}[ \t-]?[a-z]?,?\s+not\s+)"
            rf"\d{{1,5}}(?:[ \t-]?[a-z]\b)?(?![\d.,]\d)(?!\s*(?:{_UNITS}|percent)\b|%)",
            0.6,
            cue=r"\b(?:apt|apartment|flat|unit|suite)\b",
        ),
        # An Indian house number with its cue and the name after it, without a street type:
        # "h no 121 chaudhry over in tiruppur", "House No. 45 Gupta Bhavan".
        SpokenPattern(
            "house_number_named",
            r"\b(?:h\.?[ \t]?no\.?|house[ \t]+(?:no\.?|number)|(?:plot|door)[ \t]+no\.?)[ \t]*"
            r"\d{1,5}(?:/\d{1,5})?[a-z]?\b"
            rf"(?:,?[ \t]+(?!(?:{_NOT_STREET_WORD}|{_NOT_LONE_CITY}|over|near|behind|opposite|"
            r"next|beside|close)\b)[a-z][a-z'-]+){0,2}",
            0.7,
        ),
        # (and its town and postcode: "PO Box 5520, Lake Dorrie 4061", "po box 88 reno nv 89501")
        SpokenPattern(
            "po_box",
            r"\b(?:p\.?\s?o\.?\s?box|post office box)\s*#?\s*\d{1,6}\b"
            rf"(?:,?\s+(?!{_CLAUSE_WORD}\b){_CITY},?\s+(?:{_STATE_ZIP}(?:\b|(?=\d{{5}})),?\s*)?"
            rf"(?:{_ZIP}(?!\d)|{_INTL_POSTCODE}))?",
            0.85,
        ),
        # USPS Pub. 28 rural and highway contract routes: "RR 2 Box 44", "rural route 2
        # box 44", "HC 68 Box 19"; the box is part of the address.
        SpokenPattern(
            "rural_route",
            r"\b(?:rural route|r\.?r\.?|rural delivery|highway contract(?: route)?|h\.?c\.?)"
            r"\s*#?\s*\d{1,4}(?:[\s,]+box\s*#?\s*\d{1,6})?\b"
            # (a plain "route" with its box: "route two box one seventy four"; a route
            # alone is a road or a bus, no home)
            r"|\broute\s*#?\s*\d{1,4}[\s,]+box\s*#?\s*\d{1,6}\b",
            0.85,
        ),
        # Weak alone, a reply to "and the city and zip?" (CONTEXT): "madison 53703",
        # "its san luis obispo 93401." The reply is only the city and the zip.
        SpokenPattern(
            "city_zip_answer",
            # (a town placed by "in": "yeah in savannah 31406")
            r"^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|it is|"
            r"that's|thats|that is|that'd be|it'd be|in)[\s,.]+)*\K"
            rf"(?!(?:{_NOT_LONE_CITY}|{_NOT_ZIP_CITY})\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ.'-]+"
            rf"(?:\s+(?!(?:{_NOT_LONE_CITY}|{_NOT_ZIP_CITY})\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ.'-]+){{0,2}}"
            # (or four digits, as Australia, Belgium, Austria write them, not a year
            # after a time word: "since 2019")
            # (an Australian state before it: "… new south wales 2478")
            rf"(?:,?\s+{_AU_STATE}(?=,?\s+\d{{4}}\b))?"
            # (no sentence ends before the number, bar an abbreviation's stop: "it's long.
            # 5008" is no town and zip; "st. albans 3021" is)
            r"(?<!(?<!\b(?:st|ste|ft|mt|pt))\.)"
            rf",?\s+(?:{_ZIP}(?!\d)|\d{{6}}(?!\d)|(?:{_PROVINCE},?\s+)?{_POSTCODE}"
            rf"|(?<!\b(?:{_TIME_WORD})\s)\d{{4}}(?!\d))"
            # (a yes after it: "mississippi 39203 yeah")
            r"(?=(?:[\s,.]+(?:yes|yeah|yep|right|correct))*[\s.!]*$)"
            # ... or the postcode first: "27765 Nueva Panamá", "7889 betekom"
            r"|^[\s,.]*(?:(?:yes|yeah|yep|sure|ok|okay|so|um|uh|oh|well|it's|its|it is|"
            r"that's|thats|that is|that'd be|it'd be)[\s,.]+)*\K"
            rf"(?<![\d.,])(?!(?:19|20)\d\d\b)\d{{4,6}}[ \t]+"
            rf"(?!(?:{_NOT_LONE_CITY}|{_NOT_ZIP_CITY}|{_UNITS}|{_COUNTED}|{_TIME_WORD})\b)"
            rf"{_NOT_CITY}[a-zà-ÿ][a-zà-ÿ.'-]+"
            rf"(?:\s+(?!(?:{_NOT_LONE_CITY}|{_NOT_ZIP_CITY})\b){_NOT_CITY}[a-zà-ÿ][a-zà-ÿ.'-]+){{0,2}}"
            r"(?=[\s.!]*$)",
            0.3,
        ),
        # A street said without its type, a direction before its name and a unit after it:
        # "2250 west belmont apartment 4", "918 south halsted unit 3 b".
        # A house number alone where one lives, or a neighbour: "i live next door at 407",
        # "she lives across the street at 1220" (not a time: "next door at 8 tonight").
        SpokenPattern(
            "house_number_lived_at",
            r"\b(?:(?:live|lives|lived|living)(?:[ \t]+right)?(?:[ \t]+(?:next[ \t]+door|"
            r"across[ \t]+the[ \t]+(?:street|road|hall)|(?:down|up)[ \t]+the[ \t]+"
            r"(?:street|road|block)))?|next[ \t]+door|across[ \t]+the[ \t]+street)[ \t]+at[ \t]+"
            r"\K(?<![\d$.,:])\d{1,5}[a-z]?\b"
            rf"(?![ \t]*(?::|[.,]\d|%|-\d|(?:{_UNITS}|{_TIME_WORD}|tonight|tomorrow|today|sharp|"
            r"ish|this|in[ \t]+the|on[ \t]+the|and[ \t]+a[ \t]+half)\b))",
            0.6,
        ),
        SpokenPattern(
            "direction_street_unit",
            rf"{_DIRECTION_STREET}"
            r"(?=,?\s+(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*\d)"
            rf"{_UNIT}",
            0.6,
        ),
        # ... or said "at" it, ending the clause: "picked up from the lot at 900 south
        # broadway", "she's at 2250 west belmont, by the park" (a street whoever's it is).
        SpokenPattern(
            "direction_street_at",
            # (not a clock's hour: "meet me at 10 south entrance")
            rf"(?<=\bat[ \t]+)(?!(?:[1-9]|1[0-2])\s){_DIRECTION_STREET}"
            r"(?=[ \t]*(?:[,.!?;]|$)|[ \t]+(?:and|in|is|it's|that|by|near|next)\b)",
            0.6,
        ),
        # A house number, a compass point (often one letter) and a numbered street, its type
        # left out as city people say it: "the building at 455 w 19th", "we're at 212 E.
        # 86th", "1200 north 3rd" (the point and the ordinal together say it is a street).
        SpokenPattern(
            "direction_ordinal_street",
            r"(?<![\d$.,:#-])\d{1,5}[ \t]+(?:[nsew]\.?|north|south|east|west)[ \t]+"
            r"\d{1,3}(?:st|nd|rd|th)\b"
            rf"(?:[ \t]+{_SUFFIX}\b\.?)?"
            r"(?![ \t]+(?:floor|fl|century|grade|place|birthday|anniversary|percent|of|time|"
            r"row|round|inning|quarter|period|level|hole|lap|seat|gate|pick|edition)\b)",
            0.6,
        ),
        # ... or its town and state or zip after it, as a read-back says it: "5510 south yale
        # tulsa 74135", "212 north elm greensboro north carolina", "901 northeast broadway,
        # portland oregon 97232" (the town and what follows it say it is a place).
        SpokenPattern(
            "direction_street_town",
            rf"{_DIRECTION_STREET},?\s+(?!(?:{_NOT_LONE_CITY}|{_NOT_ZIP_CITY})\b){_CITY},?\s+"
            rf"(?:{STATE_NAMES}(?:,?\s+{_ZIP})?|{_ZIP})(?![\d.,]\d|\d)",
            0.6,
        ),
        # A town and its province, state or zip after the unit that ends a street, with no
        # comma: "… apartment 3 gatineau quebec", "… suite 12 b denver colorado 80203".
        CuedPattern(
            "town_after_unit",
            rf"(?<=\b{_UNIT_WORD}\.?[ \t]*#?[ \t]*\d{{1,5}}(?:[ \t]?[a-z])?,?[ \t]+)"
            rf"(?!(?:{_NOT_LONE_CITY})\b){_CITY}"
            rf"(?:,?\s+(?:{_PROVINCE_NAME}|{STATE_NAMES})(?:,?\s+{_ZIP}(?!\d))?"
            # (or its code after a comma: "… apartment 965, bushberg, nj")
            r"|,\s*(?:"
            + "|".join(c for c in _CODES if c not in _WORD_CODES)
            + rf")(?:,?\s+{_ZIP}(?!\d))?"
            rf"|,?\s+{_ZIP}(?![\d.,]\d|\d))(?=\s*(?:[,.!?;]|$))",
            0.6,
            cue=_UNIT_WORD,
        ),
        # A named building or home before the street's number, as the first line of a
        # British address: "Willow Bank Nursing Home, 4 Mill Road", "Ashby House, 22 High St".
        SpokenPattern(
            "building_before_street",
            r"(?-i:\b(?:[A-Z][a-z'-]+[ \t]+){1,3}(?:(?:Care|Nursing|Retirement)[ \t]+Home|House|"
            r"Court|Lodge|Manor|Hall|Cottage|Farm|Mansions|Towers|Apartments|Residences?))"
            rf"(?=,[ \t]+\d{{1,5}}[a-z]?[ \t]+(?:[a-z][a-z'-]*[ \t]+){{1,3}}{_SUFFIX}\b)",
            0.6,
        ),
        # A Canadian postal code read with a hesitation between its halves (the normaliser
        # writes spelled letters in capitals): "J8X uh 2H5" (said "j eight x uh two h five").
        SpokenPattern(
            "ca_postcode_hesitant",
            r"(?-i:\b[A-Z]\d[A-Z],?[ \t]+)(?:uh|um|uhm|er|erm)(?-i:,?[ \t]+\d[A-Z]\d\b)(?![.,]\d)",
            0.6,
        ),
        # ... or in pieces, a filler anywhere (the normaliser reads "oh" as the letter O and
        # may leave a lone "a" in lower case): "R3JO uh H1", "K1 a uh OB1". Weak alone: a
        # postal question or an address word lifts it; ``_ca_postcode_end`` checks the shape.
        SpokenPattern(
            "ca_postcode_pieces",
            r"(?-i:\b[ABCEGHJ-NPRSTVXY][A-Z\d]{0,5}\b)"
            r"(?:[ \t,]+(?:(?:uh|um|umm|uhm|er|erm)[ \t,]+)?(?:(?-i:[A-Z\d]{1,5})|a)\b){1,5}",
            0.3,
        ),
        # One half of a Canadian postal code alone as a turn, the other said in the next:
        # "H2X." then "1X8." (weak alone: the postal question lifts it).
        SpokenPattern(
            "ca_postcode_half_turn",
            r"^[\s,.]*(?:(?:it's|its|it is|and|uh|um|so)[\s,.]+)*"
            r"\K(?-i:[ABCEGHJ-NPRSTVXY]\d[A-Z]|\d[A-Z]\d)(?=[\s.,!?]*$)",
            0.3,
        ),
        # A French street named without its number: "Rue" and a capitalised name ("on Rue
        # Sherbrooke Est", "Boulevard Saint-Laurent"), or alone as a turn in any case ("rue
        # des érables"); not "rue the day", the retailer "Rue La La".
        SpokenPattern(
            "fr_street_no_number",
            r"(?-i:\b(?:Rue|Chemin|Boulevard)[ \t]+(?!La[ \t]+La\b)"
            r"(?:(?:de[ \t]+la|du|des|de|d')[ \t]*)?[A-ZÀ-Þ][a-zà-ÿ']+"
            r"(?:[ \t-]+[A-ZÀ-Þ][a-zà-ÿ']+){0,2})\b"
            r"|^[\s,.]*(?:(?:it's|its|on|uh|um|and)[\s,.]+)*\K(?:rue|chemin|boulevard)[ \t]+"
            r"(?!(?:the|it|that|this|my|your|his|her|their|our)\b)[a-zà-ÿ][a-zà-ÿ'-]+"
            r"(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'-]+){0,3}(?=[\s.,!?]*$)",
            0.6,
        ),
        # A student's room in a residence hall, where someone is said to live or be put
        # ("she's in Alder Hall, room 214", "I'M IN HOLLOWAY HALL 227B", "you're assigned to
        # Birch House, room 12", a name's: "Dana Cole, Fenwick Hall 510?") or alone as the
        # answer ("whitfield tower room 906"); not a bare "Assigned to Maple Hall, room 108"
        # read out as a notice, "City Hall 311", a year: "Carnegie Hall 2019".
        SpokenPattern(
            "dorm_room",
            rf"(?:(?<=\b{_LIVES_IN}[ \t]+|(?-i:[A-Z][a-z'-]+),[ \t]+)|{_ROOM_TURN_LEAD})"
            rf"{_DORM_ROOM}(?(turn)(?=[\s.,!?]*$))",
            0.6,
        ),
        # ... or the hall's name alone, where the turn speaks of rooms: "I'm in Pemberton 318
        # and she's in …hall", "you're assigned to Ashford 402, which is fourth floor".
        CuedPattern(
            "dorm_room_by_name",
            rf"(?<=\b{_LIVES_IN}[ \t]+)"
            r"(?!(?:Gate|Terminal|Flight|Section|Row|Lot|Bay|Aisle|Channel|Route|Highway|"
            r"Interstate|Exit|Level|Chapter|Grade|Year|Class|Team|Group|Version)\b)"
            r"(?-i:[A-Z][a-z]+|[A-Z]+)[ \t]+(?!(?:19|20)\d\d\b)\d{3,4}[a-z]?\b(?![.,:]\d)",
            0.6,
            cue=r"\b(?:rooms?|roommates?|dorms?|hall|floor|housing|residence|quad|suite)\b",
        ),
        # A resident's room in a care home, where they live: "the pines assisted living room
        # one fourteen", "room 12 at Maple Court nursing home" (not a hospital's ward room).
        SpokenPattern(
            "care_home_room",
            rf"(?<=\b{_CARE_HOME},?[ \t]+){_CARE_ROOM}"
            rf"|{_CARE_ROOM}(?=[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:[a-z'-]+[ \t]+){{0,3}}"
            rf"{_CARE_HOME})",
            0.6,
        ),
        # (a Quebec one run into the province's name, see _QUEBEC_POSTCODE)
        SpokenPattern("quebec_postcode", _QUEBEC_POSTCODE, 0.6),
        # A UK postcode's second half said again as a correction: "SW4 uh 7PB... no sorry
        # 7PD" (the letters the normaliser writes in capitals).
        CuedPattern(
            "postcode_inward_correction",
            r"(?<=(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\b)[^.!?]{0,30}[.!?]{0,3}[ \t,]*"
            r"(?:no|not|sorry|i mean|actually|wait)[ \t,.]+"
            r"(?:(?:no|sorry|i mean|it's|its)[ \t,.]+)*)"
            r"(?-i:\d[ABD-HJLNP-UW-Z]{2})\b(?![.,]\d)",
            0.6,
            cue=r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\b)",
        ),
        # A UK postcode in any case, weak alone: "m14 5rt", "m 145 TQ" (said as "m fourteen
        # five t q"); a postcode question or an address word nearby (CONTEXT) lifts it.
        SpokenPattern(
            "postcode_any_case",
            r"\b[a-z]{1,2}[ ]?\d[a-z\d]?[ ]?\d[ ]?[abd-hjlnp-uw-z]{2}\b(?![.,]\d)",
            0.3,
        ),
        # ... and so an Eircode in any case (an ALL CAPS turn is lower-cased): "k78 2phw".
        SpokenPattern("eircode_any_case_low", rf"{_EIRCODE_ANY_CASE}(?![.,]\d)", 0.3),
        # A zip code needs its cue: five digits alone are too common.
        CuedPattern(
            "cued_zip",
            rf"(?<=\b(?:zip|postal|post code|zip code|zipcode){same_clause(25)})"
            rf"(?<![\d$.]){_ZIP}(?!\d)",
            0.85,
            cue=r"\bzip|postal|post code",
        ),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Addresses, a lone Spanish house or flat number read as its digits."""
        read, words = _spanish_numbers_read(text) if _ES_CUE.search(text) else (text, [])
        results = self._addresses(read, entities, nlp_artifacts, regex_flags)
        return _widen_to_words(results, words)

    def _addresses(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Addresses, less the company's own branch or office said before its street."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        firm_end = None
        for r in sorted(results, key=lambda x: x.start):
            if firm_end is not None and r.start >= firm_end:
                gap = _FIRM_REST_GAP.match(text, firm_end, r.start)
                if gap is not None and gap.end() == r.start:
                    firm_end = max(firm_end, r.end)
                    continue
            if _firm_address(text, r):
                firm_end = r.end if firm_end is None else max(firm_end, r.end)
                continue
            if _COMPANY_SITE_BEFORE.search(
                text, max(0, r.start - 60), r.start
            ) and not _DELIVERED_TO_OURS.search(text, max(0, r.start - 60), r.start):
                continue
            if _not_whereabouts(text, r) or _court_county(text, r):
                continue
            if _business_street(text, r.start) or _shop_street(text, r.start):
                continue
            if _PLATE_NEXT.match(text, r.end):
                continue
            # "north maureen" is a town for a listed first name only (not "new card")
            if (
                r.recognition_metadata.get("pattern_name") == "prefix_name_turn"
                and fold(text[r.start : r.end].split()[1].rstrip(",")) not in lexicon().firsts
            ):
                continue
            name = r.recognition_metadata.get("pattern_name")
            if name == "town_by_landmark" and not _whole_town(text, r.start, r.end, placed=True):
                continue
            if name == "flat_of_person" and not _flat_dweller_before(text, r.start):
                continue
            if name == "town_before_state":
                region = _REGION_AFTER_TOWN.search(text, r.start, r.end)
                if region is None or not (
                    _whole_town(text, r.start, region.start())
                    or _prefixed_town_before_state(text, r.start) == region.start()
                ):
                    continue
            if name == "place_after_cue":
                end = _two_word_town_at(text, r.start, r.end) or _place_end(text, r.start, r.end)
                if end is None:
                    continue
                region = _REGION_NEXT.match(text, end)
                r.end = region.end() if region else end
                if _FLIGHT_AFTER.match(text, r.end) or _generic_hospital_word(text, r):
                    continue
            if name == "city_state_zip":
                r.start = _house_number_start(text, r.start)
            if name in ("unit_alone", "apartment_alone"):
                r.start = _street_before_unit_start(text, r.start)
            if name == "city_zip_answer" and _town_and_zip(text[r.start : r.end]):
                r.score = max(r.score, _SURE_TOWN_ZIP_SCORE)
            if name == "ca_postcode_pieces":
                end = _ca_postcode_end(text, r.start, r.end)
                if end is None:
                    continue
                r.end = end
            if name == "place_of_residence" and _ASKS_WHERE.search(
                text, max(0, r.start - 50), r.start
            ):
                continue
            if name == "place_of_residence" and not _new_town_ok(text, r.start, r.end):
                continue
            if name == "place_of_residence" and _BARE_LIVE_BEFORE.search(
                text, max(0, r.start - 30), r.start
            ):
                continue
            if name == "named_street" and (
                _GREETING_NEXT.match(text, r.end) or _site_street(text, r.start, r.end)
            ):
                continue
            if name == "place_of_residence":
                region = (
                    _REGION_NEXT.match(text, r.end)
                    or _WRITTEN_REGION_NEXT.match(text, r.end)
                    or _BOROUGH_NEXT.match(text, r.end)
                )
                if region is not None:
                    r.end = region.end()
            # the full stop that ends the sentence, not an abbreviation's: "… Elm Terrace."
            # (but "… Oak St.", "… Frau i. W.")
            if (
                r.end - r.start > 1
                and text[r.end - 1] == "."
                and _SENTENCE_STOP.search(text, max(r.start, r.end - 24), r.end)
            ):
                r.end -= 1
            if name == "street" and (
                _counted_plural(text, r.start, r.end) or _everyday_street(text, r.start, r.end)
            ):
                continue
            if name in (
                "street",
                # (a street named after "on" has its town after it too: "… on pine street
                # in valdosta")
                "street_on_readback",
                "type_first_street",
                "numbered_road",
                "street_then_unit",
                "number_name_flat",
            ):
                kept.extend(self._towns_by_street(text, r))
            if name == "near_cross":
                kept.extend(self._town_by_cross(text, r))
            kept.extend(self._destination(text, r))
            rural_end = _rural_town_end(text, r.start, r.end)
            if rural_end is not None:
                r.end = rural_end
            r.end = _floor_end(text, r.start, r.end)
            r.start = _unit_before_start(text, r.start)
            # a Wisconsin rural number's letter: "N4471 County Road K"
            if (
                r.start > 0
                and text[r.start - 1] in "NSEW"
                and (r.start == 1 or not text[r.start - 2].isalnum())
                and text[r.start].isdigit()
            ):
                r.start -= 1
            kept.append(r)
        return _merge_filler_gaps(text, kept)

    def _destination(self, text: str, r: RecognizerResult) -> list[RecognizerResult]:
        """The town a ride goes to, said after its start address, as a span of its own."""
        span = _destination_after(text, r.end)
        if span is None:
            return []
        meta = dict(r.recognition_metadata, pattern_name="destination_after_address")
        return [RecognizerResult(r.entity_type, *span, r.score, recognition_metadata=meta)]

    def _town_by_cross(self, text: str, r: RecognizerResult) -> list[RecognizerResult]:
        """The town said after a crossing ("… and main in albany"), as a span of its own."""
        span = _town_after_cross(text, r.end)
        if span is None:
            return []
        meta = dict(r.recognition_metadata, pattern_name="town_after_cross")
        return [RecognizerResult(r.entity_type, *span, r.score, recognition_metadata=meta)]

    def _towns_by_street(self, text: str, r: RecognizerResult) -> list[RecognizerResult]:
        """Stretch a street over the town said after it ("… terrace in tulsa the other
        driver"), and return the town said before it as "in … on" ("i was in buffalo on
        106 park way") as a span of its own."""
        numbered = r.recognition_metadata.get("pattern_name") == "numbered_road"
        typed = _typed_street(text, r.start, r.end)
        end = _town_after_street(text, r.end, placed=numbered, typed=typed)
        if end is not None:
            r.end = end
        code = _POSTCODE_NEXT.match(text, r.end)
        if code is not None:
            r.end = code.end()
        before = _town_before_street(text, r.start)
        if before is None:
            return []
        meta = dict(r.recognition_metadata, pattern_name="town_before_street")
        return [RecognizerResult(r.entity_type, *before, r.score, recognition_metadata=meta)]

    CONTEXT = (
        "address",
        # (a move said just before a reply with the new town and zip: "I moved, now 9
        # Perkins St" / "Jamaica Plain 02130")
        "moved",
        "street",
        "live",
        "zip",
        "mailing",
        "billing",
        "city",
        "state",
        "postcode",
        "postal",
        "post code",
        "eircode",
        "whereabouts",
        "apartment",
        "unit number",
        "what unit",
        "which unit",
        "suite",
    )
