"""What a turn asks for: "and the last four of your social?" asks for a US_SSN.

The asking side is found by what a turn says, never by its speaker label; spoken style
drops the "?", so request cues and short turns naming a type count as questions too.
"""

from __future__ import annotations

import regex as re

from recognizers.answers import DIGIT_RUN, HEARD_CHECK, words

_I = re.IGNORECASE
# The question type of a number that identifies a thing, not a person (a flight number).
NOT_PERSONAL = "NOT_PERSONAL"
# What the asking side asks for, most specific first: "what's the name on the card?"
# is a name, "zip code for the card" a zip, "security code on the card" a CVV.
QUESTION_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (entity, re.compile(rx, _I))
    for entity, rx in (
        (
            "SECURITY_ANSWER",
            r"maiden (?:sur)?name|first (?:pet|dog|cat|car|bike|bicycle|job|boss|concert|school|"
            r"teacher|street|employer)\b|pet'?s name|"
            r"school (?:you )?attended|"
            r"security question|security answer|"
            r"street (?:did )?you gr[eo]w up|"
            # the caller's own school, not one named in passing ("a ride from lincoln
            # high school, is that it")
            r"(?<=\b(?:your|what|which)\b[^.?!]{0,30})"
            r"(?:high|elementary|middle|primary|grade) school|"
            r"(?:high|elementary|middle|primary|grade) school(?=[^.?!]{0,30}\b(?:you|your)\b)|"
            r"school did you (?:go to|attend)|first car|childhood|"
            # "name of your third grade teacher", "your kindergarten teacher's name"
            r"\b(?:grade|kindergarten|homeroom|preschool) teacher|"
            r"favou?rite (?:teacher|color|colour|food|movie|book|team)|"
            r"\b(?:city|town|village|hospital|country|state) (?:were you|you were) born|"
            r"father'?s middle name|(?:city|town|village) of birth|birth ?(?:city|town|place)|"
            r"place of birth|born in what (?:city|town|village|hospital)|"
            r"where (?:were you|you were) born",
        ),
        (
            "PASSWORD",
            # (not a service named after it: "i need password resets for myself and ...")
            r"\bpass ?(?:word|phrase)\b(?![ \t]+(?:resets?|changes?|links?|recovery|manager|"
            r"requirements?|rules|policy|issues?|problems?|help)\b)|"
            r"verbal password|(?:security|secret|code|safe) ?word\b|"
            # "and the security phrase on your profile?"
            r"\b(?:security|secret|verbal|code) phrase\b|"
            # a UK bank's "memorable word" (or name, place, information)
            r"\bmemorable (?:word|name|place|phrase|answer|info(?:rmation)?|details?)\b",
        ),
        # A bank's SWIFT/BIC code (ISO 9362) for a wire; reported as an ACCOUNT_ID.
        ("SWIFT_CODE", r"\bswift\b|\bbic\b|\bb i c\b"),
        (
            "CVV",
            r"\b(?:cvv2?|cvc|csc|cid)\b|security code|verification code|"
            r"\b(?:three|3)[- ]digit|on the back\b|back of (?:the|your) card|"
            # an amex's code: "and the four digit code on the front"
            r"\b(?:four|4)[- ]digit (?:security )?code on the front\b|"
            # "and the security number", "last three on the signature strip" (not the
            # social security number)
            r"(?<!\bsocial[ \t]+)\bsecurity (?:number|digits)\b|signature (?:strip|panel|box)",
        ),
        (
            "CARD_EXPIRY",
            # (not a document's dates: "and the issue date and expiration" on a licence,
            # "and the expiry on the passport?", "your licence's expiration date")
            r"(?<!\b(?:issu(?:e|ed|ance)(?:[ \t]+date)?|passport'?s?|licen[cs]e'?s?)\b[^.?!]{0,30})"
            r"(?:\bexpir|\bexp(?:\.|iry)? date)"
            r"(?![^.?!]{0,30}\b(?:issu(?:e|ed|ance)|passports?|licen[cs]es?)\b)|"
            # the bare abbreviation asked on its own: "4417 7259, exp?", "and the exp."
            r"\bexp\b\.?(?=[ \t]*(?:\?|$))|"
            # with the code asked in the same breath: "Exp and CVC?", "exp, cvv and zip?"
            r"\bexp\b\.?(?=[ \t]*(?:,|and|&|\+|plus)[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?"
            r"(?:cvv2?|cvc2?|csc|security code|code|zip)\b)|"
            r"valid (?:thru|through)|good (?:thru|through)|"
            # the date on the card named by its parts: "and the month and year on the
            # front?", "what's the mm/yy" (not "what month and year were you born")
            r"\bmonth and (?:the )?year(?=[ \t]+(?:on|of|for|printed on|from)[ \t]+"
            r"(?:(?:the|your)[ \t]+(?:front|card|visa|master ?card|amex|debit)\b|it\b)|"
            r"[ \t]*(?:please\b|[?.!,]|$))|"
            r"\bmm[ \t]*(?:/|slash)?[ \t]*yy(?:yy)?\b|\bm m[ \t]+(?:slash[ \t]+)?y y\b",
        ),
        ("US_SSN", r"\bsocial\b|\bssn\b|\bs s n\b"),
        (
            "PIN",
            r"\bpin\b|\bp i n\b|passcode|access code|"
            # a code that opens a home: "and is there a buzzer code", "the gate code?"
            r"\b(?:alarm|door|gate|entry|keypad|key pad|lockbox|lock box|key ?safe|garage|"
            r"buzzer|intercom) ?codes?\b",
        ),
        ("ABA_ROUTING_NUMBER", r"\brouting\b|\baba\b|transit number"),
        ("ZIP", r"\bzip\b|postal code|\bpost ?code\b"),
        (
            "DATE_OF_BIRTH",
            r"dates? of birth|birth ?dates?|birthdays?|\bborn\b|\bdobs?\b|\bd o b\b|"
            # a part of it asked first: "can i get your year of birth?"
            r"\b(?:year|month|day) of birth\b|\bbirth (?:year|month)\b|"
            # Spanish: "¿y su fecha de nacimiento?"
            r"\bfecha de nacimiento\b|\bcumpleaños\b",
        ),
        (
            "PHONE_NUMBER",
            # (not the way of paying or talking: "can i pay that over the phone")
            r"(?<!\b(?:over|on|by|via|through|for)[ \t]+(?:the[ \t]+)?)\bphone\b(?![ \t]+calls?\b)|"
            r"call ?back|reach you|\bcell\b|mobile|telephone(?![ \t]+banking\b)|contact number|"
            # (not "your telephone banking passcode": a PIN)
            r"best number|\b(?:a|the|your|their|his|her)[ \t]+(?:good[ \t]+)?number"
            r"(?:[ \t]+for[ \t]+(?:them|him|her|you|yourself)\b|(?<=good number)(?![ \t]+of\b))|"
            r"number (?:to|we can|(?:where|that|so) (?:we|i) can) (?:reach|call|text)|"
            r"text you at|"
            # the first group of a number said without it: "okay and the area code"
            r"\barea code\b|"
            # Spanish: "¿me puede dar un número de teléfono?", "¿su celular?"
            r"\btel[eé]fono\b|\bcelular\b|"
            # "a number for you in case we get disconnected"
            r"\bin case (?:we|you|the call|it|i|this) (?:get |gets |got )?"
            r"(?:disconnected|cut off|dropped|drops?)\b|"
            # "what number are you calling from?", "is this the number you called in on"
            r"\bnumber (?:(?:are|were|did|do|is|that|which) )?(?:you|you're|you've|youre) "
            r"(?:are |were |been )?(?:calling|called|call|phoning|ringing) (?:in )?(?:from|on)\b|"
            # "what number should the driver call?", "a number the courier can text"
            # (not a number for the asker to call: "is there a number i can call")
            r"\bnumber (?!(?:i|we) (?:can|could|should|may|might|will|would) "
            r"(?:call|ring|contact|reach)\b(?! (?:you|him|her|them|your|back)\b))"
            r"(?:(?:should|can|could|would|will|do|does|may|might|to) )?(?:[a-z']+ ){0,3}"
            r"(?:call|reach|text|contact|ring)\b",
        ),
        # (not the verb: "can you email me the forms")
        (
            "EMAIL_ADDRESS",
            r"\be-?mail\b(?!\s+(?:me|you|it|them|him|her|us|the|a|over|back)\b)|"
            # "where should the adjuster email you?": where to, asks for the address
            r"\bwhere (?:should|can|could|do|shall|would|will) (?:[a-z']+ ){1,2}"
            r"e-?mail (?:you|it|that|them|this|the [a-z]+)\b|"
            # who is to receive them asks for the addresses: "who should get remittance
            # emails?", "where should the e-mails go?"
            r"\b(?:who|where) (?:should|can|could|do|shall|would|will) (?:[a-z']+ ){0,3}"
            r"e-?mails\b|"
            # Spanish: "¿su correo electrónico?"
            r"\bcorreo(?: electr[oó]nico)?\b",
        ),
        ("IP_ADDRESS", r"\bip(?: address)?\b|\bi p address\b"),
        # "name of the account holder", "name on the booking": a person, although the
        # sentence also names an account, a card or a policy.
        (
            "PERSON",
            # (not "the username on the account": a login, asked as an ACCOUNT_ID)
            r"(?<!\buser[ \t]?)name (?:on|of|for) (?:the|your) (?:card|account|booking|"
            r"reservation|policy|"
            r"prescription|order|claim|loan|ticket)|name of the (?:account|card|policy) ?holder|"
            r"(?:card|account|policy) ?holder'?s name|"
            r"\b(?:member|patient|caller|customer|subscriber|insured|student|child|employee|"
            r"owner|driver|beneficiary|recipient|dependent|dependant|spouse|guest|passenger|"
            r"traveller|traveler|tenant|resident)'?s'? (?:full |first |last )?name",
        ),
        (
            "ADDRESS",
            r"where (?:should|do|can|shall|would|will) (?:we|i|you|it|they) (?:be )?"
            r"(?:send|mail|ship|deliver)|where (?:are|am|is) (?:we|i|you|it|they|this|that) "
            r"(?:being )?(?:sending|shipping|mailing|delivering|sent|shipped|mailed|delivered|"
            r"going to)\b|"
            # (not the caller's own request naming where: "send it to my bank", "send it
            # to j smith at gmail dot com"; nor "i'm shipping a car from brooklyn")
            r"send (?:it|them|the \w+) to\b(?!\s+(?:my|me|our|us|his|him|her|their|them|"
            r"[\w.-]+\s+at\s+[\w.-]+\s+dot|[\w.+-]+@))|"
            r"(?<!\b(?:i'm|i am|we're|we are|i was|we were|i'll be|we'll be|i will be) )"
            r"\b(?:mailing|shipping)\b|delivery address",
        ),
        # an IBAN names the bank account, letters and all: an id, not US digits
        ("ACCOUNT_ID", r"\biban\b|\bi ban\b|\bi b a n\b|international (?:bank )?account number"),
        (
            "US_BANK_NUMBER",
            r"\bchecking\b|\bchequing\b|\bsavings\b|bank account|"
            r"account (?:number )?(?:at|with) (?:the|your) bank|\bwire\b|\bach\b|"
            # (not a sum paid in: "and the initial deposit", "the deposit amount")
            r"(?<!\b(?:initial|opening|minimum|security|first|damage|holding|cash)[ \t]+)"
            r"\bdeposit\b(?![ \t]+(?:amount|of)\b)",
        ),
        (
            "CREDIT_CARD",
            # not a card that identifies a member: "the member ID on the insurance card"
            r"(?<!\b(?:insurance|id|i d|member|membership|library|loyalty|rewards?|medicare|"
            r"medicaid|health|student|sim|benefits?|prescription|pharmacy|discount|vaccination|"
            r"social security|green|business|frequent flyer|frequent flier)[ \t]+)\bcard\b|"
            r"long number|\bvisa\b|master ?card|\bamex\b|\bdebit\b",
        ),
        # "your driver's license number and state": the licence first, the state second
        ("ACCOUNT_ID", r"driver'?s'? licen[cs]e|licen[cs]e number|\bdl number"),
        (
            "CITY",
            # (not a firm's name in a greeting: "from the City Symphony", "City Water and
            # Light", "with town hall")
            r"\b(?:city|town)\b(?!\s+(?:symphony|orchestra|ballet|opera|theat(?:er|re)|choir|"
            r"water|light|power|gas|electric|utilit(?:y|ies)|council|hall|bank|college|"
            r"university|hospital|clinic|library|museum|zoo|transit|cab|taxi|motors?|"
            r"dental|medical|credit union|federal|national|mutual)\b)|"
            r"where do you live|where are you (?:located|based)|"
            # (a name or a phrase with "state" in it: "State Bank of India", "Secretary of
            # State", "state farm", "the state of the art")
            r"(?<!\b(?:secretary|department|dept|united|member|head|affairs) of )"
            r"(?<!\b(?:united|tri|empire|garden|sunshine|golden|lone star|evergreen) )\bstate\b"
            r"(?!\s+(?:bank|farm|street|university|college|department|dept|police|trooper|park|"
            r"of the art|of mind|fair|employees?|pension|tax|law|board|agency|office|senator|"
            r"representative|benefits?|pen|insurance|lottery|id|highway|route|capitol|"
            r"attorney|court|prison|hospital)\b)",
        ),
        (
            "ADDRESS",
            r"\baddress\b|\bstreet\b|\bapartment\b|\bapt\b|\bsuite\b|unit number|"
            # the unit one lives in, asked alone: "what unit are you in", "which unit do you
            # live in" (not a storage unit's "which unit is it", nor a bare "Unit?")
            r"\b(?:what|which)[ \t]+unit[ \t]+(?:are|were|do)[ \t]+(?:you|y'all)\b|"
            # Spanish: "¿su dirección?", "el domicilio"
            r"\bdirecci[oó]n\b|\bdomicilio\b",
        ),
        (
            "ACCOUNT_ID",
            r"\baccount\b|\bacct\b|\bmember\b|\bpolicy\b|customer (?:number|id)|subscriber|"
            r"\bid number\b|\bi ?d\b|reference|confirmation|order number|"
            # a claim's number, not "i need to file a claim"
            r"(?<!\b(?:file|filing|filed|make|making|open|opening|submit|submitting|start|"
            r"starting|report|reporting|put in) (?:a |an |the |my |this )?(?:new )?)\bclaim\b|"
            r"case number|ticket number|tracking number|license|licence|passport|"
            r"user ?name|login|user id|"
            # identifiers named by what they identify: a booking, a vehicle, a device,
            # a prescription, a meter, a traveller
            r"\blocator\b|\bpnr\b|\breservation\b|\bbooking\b|\bitinerary\b|"
            r"\b(?:employee|student|badge|loan|case|ticket|work order|rma|return|application|"
            r"permit|enrollment|enrolment|file|docket|matter|report|incident|invoice|"
            r"voucher|certificate|warranty|registration) ?(?:number|id|#)|"
            r"\bplate\b|\bvin\b|vehicle identification|\border (?:number )?handy\b|"
            r"\border (?:id|#|confirmation)|\bserial\b|\bimei\b|\bmicro ?chip\b|prescription|"
            r"\brx\b|\bmeter\b|travell?er number|frequent fl[yi]er|loyalty|rewards? number|"
            r"\bktn\b|\bmedicare\b|\bmedicaid\b|insurance (?:id|number)|"
            # a patient's record at a hospital or a clinic
            r"medical record|\bmrn\b|\bm r n\b|chart number|patient (?:id|number)|"
            r"record number|"
            # any other "your … number": the phone, social, card … rules above come first
            r"\byour (?:[a-z]+ ){1,2}(?:number|id)\b",
        ),
        # A workplace asked: a firm's name, not a person's ("Employer name?", "where do
        # you work"); before the bare "name" below. A person named in the reply is still
        # found by the name recognizers.
        (
            NOT_PERSONAL,
            r"\bemployer(?:'s)?(?: name)?\b(?![ \t]+(?:id|identification)\b)|"
            r"\b(?:company|business|firm) name\b|"
            r"\bname of (?:your|the) (?:employer|company|business|firm)\b|"
            r"\bwhere (?:do|does|did) (?:you|he|she|they) (?:currently )?work\b|"
            r"\bwho (?:do|does|did) (?:you|he|she|they) work for\b|"
            # a sum earned or paid, not the address or id asked before it: "what's your
            # annual salary before taxes", "gross monthly income", "monthly rent there"
            r"\b(?:salary|income|wages|earnings)\b|\bhow much (?:do|does|did) (?:you|he|she|they) "
            r"(?:make|earn)\b|\b(?:monthly|weekly|annual|yearly) rent\b",
        ),
        (
            "PERSON",
            r"(?<!\buser[ \t])\bname\b|\bsurnames?\b|\bspell|"
            r"who (?:am i|i'm) (?:speaking|talking)|who'?s calling|"
            r"am i (?:speaking|talking) (?:with|to)|is this (?:mr|mrs|ms|miss)\b|"
            r"who is calling|who am i speaking|"
            # Spanish: "¿cuál es su nombre?", "¿y sus apellidos?"
            r"\bnombre\b|\bapellidos?\b",
        ),
        # Numbers that name a thing, not the caller: a flight, a store, a modem's model,
        # an employer's EIN (a health plan's group number stays redacted: fail closed).
        # Last, so "flight confirmation number" stays an ACCOUNT_ID; asking for one ends
        # the question pending before it.
        (
            NOT_PERSONAL,
            r"\bflight(?: number)?\b|\bstore (?:number|#)|"
            r"\bmodel\b|\bmodem\b|\brouter\b|\bpart number\b|\bsku\b|\bitem number\b|"
            r"\bein\b|\be i n\b|employer (?:id|identification)|\bhow many\b|\bwhat time\b|"
            # a year of a thing: "year built?", "what year is the car"
            r"\byear (?:built|made|of manufacture)\b|\bmodel year\b|"
            r"\bwhat year (?:is|was) (?:the|your|it)\b",
        ),
    )
)
# A turn asks when it has a question mark or a request cue.
ASKS = re.compile(
    r"\?|\b(?:what|what's|whats|which|who|who's|where|when|how|do you|does|did you|is it|"
    r"are you|is that|can i|could i|may i|can you|could you|would you|"
    r"please|need|go ahead|read|tell me|give me|provide|verify|confirm|and the|and your|"
    r"spell|last (?:four|4)|let me have|security question|i'll need|i will need|let's get|"
    r"last thing|one more thing|one last thing|finally|"
    # "is there a good number for you", "the question on file is the make of your first car"
    # "and you'll want a password at least twelve characters": a rule for the value to give
    r"(?:you'll|you will|you'd|you would) (?:want|need) (?:a|an|to (?:choose|pick|set|create|"
    r"make|use) an?)(?= (?:new |strong |longer )?(?:password|passphrase|pass ?code|pin)\b)|"
    r"is there (?:a|an|any|another)(?= (?:good |better |best |other |alternate |alternative |"
    r"backup |second |new |newer |current |updated |different )?"
    r"(?:(?:phone|cell|mobile|home|work|contact|mailing|billing|e-?mail) )?"
    r"(?:number|phone|e-?mail|address)\b)|"
    r"(?:the|your) (?:security )?question (?:on file |on the account |"
    r"we have(?: on file)? |i have(?: here)? )?is|"
    r"start with|next|"
    # "july fourteenth, got it, and a good phone number"
    r"and (?:a|an)(?= (?:[a-z-]+ ){0,2}(?:number|address|e-?mail|name|date)\b)|"
    # an IVR or an agent asking for keypad entry: "now enter the 3-digit code on the back"
    r"enter|type in|key in|punch in)\b|"
    # a sentence left open for the value: "should i put it on the card ending in"
    r"\b(?:ending|ends|ending with|ends with|ending in|ends in)[\s,]*$",
    _I,
)
SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def question_types(text: str) -> tuple[str, ...]:
    """The entities a turn asks for, from its last two sentences ("name and date of birth?"
    asks two); empty if it asks nothing."""
    sentences = [s for s in SENTENCE.findall(text) if s.strip()]
    # "the social security number is invalid. can you read it to me?": a request for
    # "it" asks for what the sentence before it named, although that sentence states
    for_it = len(sentences) > 1 and bool(_ASKS_FOR_IT.search(sentences[-1]))
    # "I can set a temporary password, or you can choose one. What would you like?": a
    # bare "what would you like" asks for the value the words before it offered
    which = _WHICH_ONE.search(sentences[-1]) if sentences else None
    if which:
        before = sentences[-1][: which.start()]
        offered = _requested(before if before.strip() else " ".join(sentences[-2:-1]))
        if offered and offered[0] in _CHOSEN_VALUES:
            return (offered[0],)
    for sentence in reversed(sentences[-2:]):
        if for_it and sentence is sentences[-2]:
            found = _requested(sentence)
            if found:
                return (found[0],)
            continue
        greeting = _GREETING_PREFIX.match(sentence) or _INTRO_PREFIX.match(sentence)
        if (
            greeting
            and not ASKS.search(sentence, 0, greeting.start("intro"))
            and not _states_self(greeting)
        ):
            # "city gas and electric this is tamika can i get the account number": the
            # company's name in the greeting is not what is asked
            sentence = sentence[greeting.end() :]
        # "… but 7/30, did you get that?": checking the value was heard asks for nothing
        check = _CHECK_BACK.search(sentence)
        if check:
            sentence = sentence[: check.start()]
            if not sentence.strip():
                continue
        if _states_password(sentence):
            continue  # "Markas Pocius, and the password is grandma's kitchen." gives it
        # Spoken style drops the "?": a short turn that names a type asks for it
        # ("city and state", "zip code please").
        # ("sure, name and date of birth" asks: the reply word opens a request)
        lead = _REPLY_LEAD.match(sentence)
        states = _STATES.search(sentence, _after_hello(sentence, lead.end() if lead else 0))
        if not ASKS.search(_OWN_NEED.sub(" ", sentence)) and (
            len(words(sentence)) > 6 or states or DIGIT_RUN.search(sentence)
        ):
            security = _SECURITY_TAIL.search(sentence)
            tail = (
                security
                or _TAIL_REQUEST.search(sentence)
                or _next_item(sentence)
                or _head_request(sentence)
            )
            # ("yeah the menu changed make and model of your first car": "your" asks)
            if not tail or (states and not security):
                continue  # "i was born on august 2 1944" answers; it does not ask
            # "the rate is one eighty nine a night name for the reservation": spoken
            # style runs the request on after a statement
            sentence = tail.group()
        found = _requested(sentence)
        if not found:
            continue
        if len(found) > 1 and _AND.search(sentence):
            # "your name and date of birth": both. Card and account are qualifiers
            # there ("the phone number on the account"), never a second request.
            rest = [e for e in found[1:] if e not in ("CREDIT_CARD", "ACCOUNT_ID")]
            if found[0] == "SECURITY_ANSWER":
                # "and the answer to your security question, the street you grew up on":
                # a street's name, never a whole address with its numbers
                rest = [e for e in rest if e != "ADDRESS"]
            return (found[0], *rest)
        return (found[0],)
    return ()


# A password given in a statement: "and the password is copper kettle", "my passcode's
# bluejay 44" (not what is said of it: "the password is wrong", "the passcode is what?").
_GIVES_PASSWORD = re.compile(
    r"\b(?:password|passcode|pass code|passphrase|pass phrase|code word|secret word)"
    r"(?:[ \t]+(?:is|was)|'s)[ \t]+(?:like[ \t]+)?(?:um[ \t]+|uh[ \t]+)?"
    r"(?!(?:what|wrong|incorrect|invalid|expired|locked|not|no|the same|it|that|this|too|"
    r"case|on|in|at|for|required|needed|reset|changed|different|still|correct|right|"
    r"fine|okay|ok|good|set|sent|going|gonna|being|a|an|your|you)\b)[^\W_]",
    _I,
)


def _states_password(sentence: str) -> bool:
    """A sentence with no question in it that gives a password's value: its "and the"
    opens the value, it asks for nothing."""
    m = _GIVES_PASSWORD.search(sentence)
    return (
        m is not None
        and "?" not in sentence
        and not ASKS.search(sentence, m.end())
        and not _ASKS_BEFORE_VALUE.search(sentence, 0, m.start())
    )


# A request before a stated password: "can you confirm the password is …" still asks.
_ASKS_BEFORE_VALUE = re.compile(
    r"\b(?:what|which|can you|could you|would you|please|confirm|verify|tell me|give me|"
    r"read|need|provide|is it)\b",
    _I,
)


# A request for a value named before: "can you read it to me?", "say that again for me".
_ASKS_FOR_IT = re.compile(
    r"^\W*(?:(?:okay|ok|so|sorry|please|and)\W+)*(?:can|could|would|will) you (?:please )?"
    r"(?:read|say|give|repeat|spell|tell me|confirm|check)(?: me)? (?:it|that|them|this)\b"
    r"(?: (?:to me|for me|again|back|out|please|slowly|once more))*[\s?.!]*$|"
    # "the family PIN was on the letter we mailed. Do you have it?": whether the caller
    # has the value named before asks for it
    r"^\W*(?:(?:okay|ok|so|and|now)\W+)*(?:do|did) you (?:happen to )?(?:have|know|remember|"
    r"recall|see|find|got) (?:it|that|them|this one|that one)\b"
    r"(?: (?:handy|with you|there|on you|nearby|in front of you|by any chance|on hand))*"
    r"[\s?.!]*$",
    _I,
)
# A bare "what would you like?" at the end of a turn, asking for the value just offered.
_WHICH_ONE = re.compile(
    r"(?:^|[\s,])(?:(?:so|okay|ok|and|um|uh|like)[\s,]+)*(?:what|which(?: one)?)[ \t]+"
    r"(?:would|do|will)[ \t]+you[ \t]+(?:like|prefer|want)"
    r"(?:[ \t]+(?:it[ \t]+)?to[ \t]+(?:be|use))?[\s?.!]*$",
    _I,
)
# Values a caller picks themselves, so "what would you like?" asks for one.
_CHOSEN_VALUES = frozenset({"PASSWORD", "ACCOUNT_ID"})
# A check that the value just said was heard, at the end of a sentence.
_CHECK_BACK = re.compile(
    rf"[\s,.;-]*\b(?:{HEARD_CHECK}|did that (?:come|go) through|"
    r"can you hear me(?: okay)?)"
    r"[\s?.!]*$",
    _I,
)
# A greeting up to the agent's name: "good morning city gas and electric this is tamika".
_GREETING_PREFIX = re.compile(
    r"^.{0,80}?\b(?:thanks? (?:you )?for calling|welcome to|good (?:morning|afternoon|evening)|"
    r"hi|hello|hey|you've reached|you have reached)\b.{0,80}?\b(?P<intro>this is|my name is|"
    r"my name's|you're speaking with|you are speaking with|you're talking to|i'm|i am)[ \t]+"
    r"[^\W\d_]+[,.]?",
    _I,
)
# A line answered with the firm's name only: "social services benefits line this is rob";
# used when no request comes before the introduction.
_INTRO_PREFIX = re.compile(
    r"^.{0,80}?\b(?P<intro>this is|my name is|my name's|you're speaking with|"
    r"you are speaking with)[ \t]+[^\W\d_]+[,.]?",
    _I,
)
# The request ending a long spoken sentence that has no question cue: "... name for the
# reservation", "... and the zip code on file".
_TAIL_REQUEST = re.compile(
    r"(?:\b(?:and|now|then|so|okay|ok|great|perfect|thanks|plus tax|alright)[ \t]+)?"
    r"\b(?:(?:the|your|a)[ \t]+)?(?:(?:[a-z']+|\d{1,2}[ \t-]digit)[ \t]+){0,2}"
    r"(?:name|number|code|date of birth|birth ?date|birthday|address|zip(?: code)?|e-?mail|"
    r"social|pin|passcode|password|exp(?:iration|iry)?(?: date)?|"
    # "current landlord or property manager name and phone"
    r"(?<=\b(?:name|number|address|e-?mail)[ \t]+and[ \t]+)phone)"
    r"(?:[ \t]+(?:for|on|of)[ \t]+(?:the|your|this)[ \t]+[a-z]+)?(?:[ \t]+(?:please|on file))?"
    r"[ \t,.]*$",
    _I,
)

# The next item of a list of details, named without a verb: "last bit, the little code
# on the back, by the signature strip", "finally, your date of birth".
_NEXT_ITEM = re.compile(
    r"^\W*(?:(?:and|okay|ok|now|then|so)[ \t,]+)?(?:(?:and[ \t]+)?(?:the[ \t]+)?(?:last|final|"
    r"next)[ \t]+(?:bit|thing|one|piece|part|step|detail|item)|lastly|finally|"
    r"(?:one|1) (?:more|last) (?:thing|bit|detail))[ \t]*[,:;-]?[ \t]+(?P<item>(?:the|your)\b.*)$",
    _I,
)
_VERB = re.compile(
    r"\b(?:is|was|were|are|be|been|has|have|had|will|would|went|got|did|does|do|can|could|"
    r"should|shall|need|needs|charged|sent|paid|declined|done|set)\b|\d",
    _I,
)


# A security question run on after a statement, spoken style: "the menu changed recently
# make and model of your first car", "okay the name of your childhood best friend".
_SECURITY_TAIL = re.compile(
    r"\b(?:(?:the|your)[ \t]+)?(?:name|make|model|make and model|brand|color|colour|breed|"
    r"mascot|street)[ \t]+of[ \t]+your[ \t]+(?:[a-z']+[ \t]+){0,2}"
    r"(?:car|pet|dog|cat|teacher|school|street|boss|job|employer|friend|best friend|"
    r"hometown)[ \t,.]*$",
    _I,
)


# A date or code named first, then other talk run on without a stop, spoken style:
# "expiration month and year i'll mark that down", "date of birth and then we're done".
_HEAD_REQUEST = re.compile(
    r"^\W*(?:(?:and|now|then|so|okay|ok|great|perfect|thanks|alright|next|lastly|finally)"
    r"[ \t,]+)*(?:(?:the|your|its|the card's)[ \t]+)?"
    r"(?:(?:card|visa|mastercard|amex|debit card)[ \t]+)?"
    r"(?:(?:expiration|expiry)(?:[ \t]+(?:date|month[ \t]+and[ \t]+(?:the[ \t]+)?year))?|"
    r"exp[ \t]+date|date[ \t]+of[ \t]+birth|birth[ \t]?date|zip[ \t]+code|"
    r"(?:three|3|four|4)[ \t-]digit[ \t]+(?:security[ \t]+)?code|security[ \t]+code|"
    r"cvv|cvc)"
    r"(?:[ \t]+(?:on|for|of)[ \t]+(?:the|that|this|your)[ \t]+(?:card|account|visa|"
    r"mastercard|amex))?(?:[ \t]+please)?\b",
    _I,
)
# What follows a named type when the sentence states it: "expiration date was last
# month", "date of birth 3/4/61 thank you", "zip code doesn't match".
_STATED_AFTER = re.compile(
    r"[ \t,]*(?:[\d'\u2019]|(?:is|was|were|are|has|had|have|will|would|should|can|could|did|"
    r"does|do|doesn't|didn't|isn't|wasn't|must|might|may|shows?|says?|reads?|matches|"
    r"match|passed|ends?|ending|expired|expires|expiring|changed|got|gets|came|comes|"
    r"checks|checked|needs?|goes|went|looks?|seems?)\b)",
    _I,
)


def _head_request(sentence: str) -> re.Match | None:
    """A long sentence that opens by naming a card's expiry, a birth date or a code and
    runs on into other talk: spoken style drops the stop after the request."""
    m = _HEAD_REQUEST.match(sentence)
    return m if m and not _STATED_AFTER.match(sentence, m.end()) else None


def _next_item(sentence: str) -> re.Match | None:
    """A sentence that names the next detail wanted without asking for it."""
    m = _NEXT_ITEM.match(sentence)
    return m if m and not _VERB.search(sentence, m.start("item")) else None


def _requested(sentence: str) -> list[str]:
    """The types a sentence names, most specific first; only the clause after its last
    question word when that clause names one ("... over the phone what's your name")."""
    last = None
    for m in _WH_CLAUSE.finditer(sentence):
        last = m
    if last is not None and last.start() > 0 and not ASKS.search(sentence, 0, last.start()):
        clause = sentence[last.start() :]
        found = [entity for entity, rule in QUESTION_RULES if rule.search(clause)]
        if found:
            return _not_where_found(clause, list(dict.fromkeys(found)))
    found = [entity for entity, rule in QUESTION_RULES if rule.search(sentence)]
    if found and not _DIRECT_ASK.search(sentence):
        # "i got a bill that went to my old address i need to update it": the speaker's
        # own value named in a statement of need asks the other side for nothing
        found = [
            entity
            for entity, rule in QUESTION_RULES
            if entity in found
            and any(not _OWN.search(sentence, 0, m.start()) for m in rule.finditer(sentence))
        ]
    # "please don't share your password with anyone": a warning asks for nothing
    found = [
        entity
        for entity in dict.fromkeys(found)
        if any(
            not _WARNED.search(sentence, max(0, m.start() - 60), m.start())
            for rule in (r for e, r in QUESTION_RULES if e == entity)
            for m in rule.finditer(sentence)
        )
    ]
    return _not_a_document_date(sentence, _not_where_found(sentence, found))


# A date of an id document asked: "Expiration date of the passport?", "when does your
# licence expire?", "the passport's issue date" (the document is the date's own object;
# "your ID and its expiry?" still asks for the id).
_DATE_WORD = (
    r"(?:expir\w*|exp date|issue date|date of issue|issued|valid (?:until|thru|through)|"
    r"renewal date)"
)
_DOCUMENT = r"(?:passports?|licen[cs]es?|permits?|id|visas?)"
_DOCUMENT_DATE = re.compile(
    rf"\b{_DATE_WORD}[ \t]+(?:date[ \t]+)?(?:of|on|for)[ \t]+(?:(?:the|your|my|his|her|their)"
    rf"[ \t]+)?(?:[\w'’]+[ \t]+)?{_DOCUMENT}\b|"
    rf"\b{_DOCUMENT}(?:['’]s)?[ \t]+(?:{_DATE_WORD}|date)\b|"
    rf"\bwhen[ \t]+(?:does|did|will|do)[ \t]+(?:the|your|my|his|her|their)[ \t]+"
    rf"(?:[\w'’]+[ \t]+)?{_DOCUMENT}[ \t]+(?:expire|run out|renew|issued)\b",
    _I,
)
_DOCUMENT_NUMBER = re.compile(r"\b(?:number|no\.?|#|id number)\b", _I)


def _not_a_document_date(sentence: str, found: list[str]) -> list[str]:
    """An id document's date asked, not its number: the id named there is no request
    ("Expiration date of the passport?" asks for a date that is no PII)."""
    if (
        "ACCOUNT_ID" in found
        and _DOCUMENT_DATE.search(sentence)
        and not _DOCUMENT_NUMBER.search(sentence)
    ):
        return [entity for entity in found if entity != "ACCOUNT_ID"]
    return found


def _not_where_found(sentence: str, found: list[str]) -> list[str]:
    """The types less those named only as where the value is found: "the donor id, it
    should be on the letter or the email they sent" asks for the id, not an email."""
    if len(found) < 2:
        return found
    asked = [
        entity
        for entity in found
        if any(
            not _WHERE_FOUND.search(sentence, max(0, m.start() - 50), m.start())
            for rule in (r for e, r in QUESTION_RULES if e == entity)
            for m in rule.finditer(sentence)
        )
    ]
    return asked or found


# Where a value can be found, before a type named as the place: "on the letter or the
# email", "in your confirmation email".
_WHERE_FOUND = re.compile(
    r"\b(?:on|in|from|via|through|inside|at the top of)[ \t]+(?:the|your|an?|that|their)\b"
    r"[^,.?!]{0,30}$",
    _I,
)


# A warning before a type: "never share your pin", "we will never ask for your password".
_WARNED = re.compile(
    r"\b(?:don'?t|do not|never|won'?t|will not|shouldn'?t|should not|must not)[ \t]+"
    # "you don't need to tell me your password": a warning too
    r"(?:ever[ \t]+)?(?:(?:need|have)[ \t]+to[ \t]+)?"
    r"(?:share|give|tell|say|read|disclose|send|write down|re-?use|use|"
    r"repeat|forget|lose|post|store|save|email|text|ask(?:[ \t]+you)?"
    r"[ \t]+for)\b[^.?!]{0,40}$",
    _I,
)


# A question beyond doubt: a question mark or a question word ("need" is not one).
_DIRECT_ASK = re.compile(
    r"\?|\b(?:what|what's|whats|which|who|who's|where|when|how|can you|could you|would you|"
    r"can i (?:get|have)|could i (?:get|have)|may i (?:get|have)|do you|did you|is it|"
    r"are you|is that|tell me|give me|read me)\b",
    _I,
)
# The speaker's own value: "my old address", "our home phone".
_OWN = re.compile(r"\b(?:my|our)[ \t]+(?:[a-z']+[ \t]+){0,2}$", _I)


# Where a question's own clause starts.
_WH_CLAUSE = re.compile(
    r"\b(?:what|what's|whats|which|who|who's|can i (?:get|have)|could i (?:get|have)|"
    r"may i (?:get|have)|i'll need|i need|i just need|let me (?:get|have)|"
    # a value offered after a statement: "palm grove high school, do you need his social"
    r"do you (?:need|want|require)|should i (?:give|read|tell))\b",
    _I,
)


def not_personal_answer(question: str, digits: int) -> bool:
    """True when ``question`` asked for a number that names a thing, not the caller ("and
    what flight?", "what modem do you have?"), and an answer of ``digits`` digits
    fits it: then a short number in the reply is that thing's (not a safety-net hit)."""
    if question_type(question) != NOT_PERSONAL:
        return False
    return digits <= _THING_DIGITS or (digits == _EIN_DIGITS and bool(_EIN.search(question)))


_THING_DIGITS = 6
_EIN_DIGITS = 9
_EIN = re.compile(r"\bein\b|\be i n\b|employer (?:id|identification)", _I)


def asks(text: str) -> bool:
    """True when a turn asks something (a question mark or a request cue)."""
    return bool(ASKS.search(text))


def question_type(text: str) -> str | None:
    """The main entity a turn asks for, or None."""
    types = question_types(text)
    return types[0] if types else None


# A sentence that states rather than asks: "i was born …", "my zip is 62704".
_STATES = re.compile(r"\G\W*(?:i|i'm|im|my|we|we're|our|it's|its|it is|that's|yes|yeah|sure)\b", _I)
# A caller's hello before a statement: "hi kai, i changed my phone and email".
_HELLO = re.compile(r"\G\W*(?:hi|hello|hey)(?:[ \t]+(?-i:\p{Lu}\p{Ll}+|there))?[ \t]*,", _I)


def _states_self(greeting: re.Match) -> bool:
    """A hello and "i'm" with no name after it: the caller says what they are doing ("hi
    kai, i'm on the waitlist and i changed my email"), no firm's greeting to skip."""
    intro = greeting.group("intro").lower()
    word = greeting.group()[greeting.end("intro") - greeting.start() :].strip(" \t,.")
    return intro in ("i'm", "i am") and word[:1].islower()


def _after_hello(sentence: str, at: int) -> int:
    """Where a statement starts once a hello is skipped: the "i" after "hi kai," still
    states ("hi kai, i changed my phone and email" asks for neither)."""
    m = _HELLO.match(sentence, at)
    return m.end() if m else at


# A reply word before a request: "sure, name and date of birth", "okay zip code please".
_REPLY_LEAD = re.compile(
    r"\W*(?:(?:sure|okay|ok|alright|all right|great|perfect|absolutely|of course|no problem)"
    r"(?:\W+|$))*(?=[^\W\d])(?!(?:i|i'm|im|my|we|we're|our|it's|its|it is|that's|yes|yeah)\b)",
    _I,
)
# The caller's own errand, no request: "i need to transfer my electric to a new address",
# "we want to update our email" (the agent's "i need to get your …" still asks).
_OWN_NEED = re.compile(
    r"\b(?:i|we)(?: really| just| also| still)? (?:need|want|would like|'d like) to "
    r"(?:[a-z]+(?: up| over| out)? (?:my|our)|"
    # "i want to update who gets the policy" (the agent's "i need to verify who" asks)
    r"(?:update|change|switch|add|remove) (?:who|where|what))\b",
    _I,
)
_AND = re.compile(r"\b(?:and|&|plus|as well as)\b", _I)
