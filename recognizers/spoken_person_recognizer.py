"""PERSON: names introduced on a call ("my name is …", "mr …") and names spelled out."""

from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import SpokenPatternRecognizer

# Words that follow an introduction cue but are not names ("this is about my bill",
# "i'm calling to", "my name is on the account").
_NOT_NAME = (
    r"(?:a|an|the|and|or|but|so|to|of|on|in|at|for|from|with|by|about|as|is|was|are|am|be|"
    r"been|it|its|it's|this|that|these|those|there|here|my|your|his|her|our|their|me|you|"
    r"him|we|they|i|i'm|im|calling|speaking|just|really|not|no|yes|yeah|yep|going|trying|"
    r"looking|having|sorry|fine|good|great|well|okay|ok|still|very|also|actually|currently|"
    r"wondering|interested|happy|glad|correct|right|sure|calling|call|called|wanting|"
    r"hoping|unable|able|afraid|sorry|the|um|uh|uhm|er|ah|oh|hi|hello|hey|thanks|thank|"
    r"please|again|now|today|back|ready|done|confused|frustrated|new|returning|customer|"
    r"agent|representative|rep|member|spelled|spell|like|last|first|full|name|that's|thats|"
    r"over|if|when|what|who|how|why|can|could|would|should|will|need|want|got|get|have|"
    r"has|had|do|does|did|regarding|concerning|unfortunately|definitely|absolutely|"
    r"because|then|than|only|even|all|any|some|one|two|mister|missus|miss|mr|mrs|ms|dr|"
    r"sir|ma'am|maam|madam|thinking|pretty|kind|sort|trouble|disconnected|transferred|"
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
    r"submitted|resolved|fixed|sent|booked|scheduled|authorized|authorised)"
)
NOT_NAME = _NOT_NAME
NAME_WORD = rf"(?!{_NOT_NAME}\b)[a-z][a-z'-]*[a-z]"
_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"
_CAP_NAME_WORD = rf"(?!{_NOT_NAME}\b)(?-i:[A-Z][a-z'-]*[a-z])"
_CAP_NAME = rf"{_CAP_NAME_WORD}(?:[ \t]+{_CAP_NAME_WORD}){{0,2}}"
_RELATION = (
    r"(?:husband|wife|partner|spouse|son|daughter|mother|father|mom|dad|mum|brother|sister|"
    r"boyfriend|girlfriend|fiance|fiancee|grandmother|grandfather|grandma|grandpa|aunt|"
    r"uncle|cousin|niece|nephew|friend|roommate|colleague|boss|manager|neighbor|neighbour)"
)
# Spelled names arrive from the normaliser as one upper-case run: "S M I T H" -> "SMITH".
_SPELLED = r"(?-i:[A-Z]{2,})"


class SpokenPersonRecognizer(SpokenPatternRecognizer):
    """Names after introductions and titles, in any case; spelled names after a cue."""

    ENTITY = "PERSON"
    PATTERNS = (
        # Unambiguous introductions: any case, one to three name words.
        Pattern(
            "name_is",
            r"(?<=(?<!maiden\s)\b(?:my name is|my name's|name is|name's|first name is|last name is|"
            r"surname is|full name is|middle name is|name on the (?:card|account) is|"
            r"speaking with|talking to|talking with|spoke with|spoke to|spoken to|"
            r"the name is|the name's|it's under|under the name|under the name of|"
            r"call me|calls me|called me|goes by|go by|named|named (?:him|her|them)|name of)"
            r"\s+(?:is\s+)?(?:um\s+|uh\s+)?)" + _NAME,
            0.75,
        ),
        # "what's your name jill bishop": a name straight after "name", no verb.
        Pattern("after_name", rf"(?<=\bname[ \t]+){_NAME}", 0.5),
        # Someone asked for: "can i speak to maren", "transfer me to tobias okafor".
        Pattern(
            "asked_for",
            rf"(?<=\b(?:speak to|speak with|talk to|talk with|ask for|asking for|transfer me to|"
            rf"put me through to|connect me (?:to|with)|looking for)\s+){_NAME}",
            0.55,
        ),
        # "hey it's maren", "hi, it's tobias calling back".
        Pattern(
            "greeting_its",
            rf"(?<=\b(?:hi|hey|hello|yeah hi|oh hi)[ \t,]+(?:it's|its|it is)\s+){_NAME}",
            0.6,
        ),
        # Someone added to or named on the account: "add kristen ward as a beneficiary",
        # "it's under my partner's name theresa rich".
        Pattern(
            "account_party",
            rf"(?<=\b(?:add|adding|remove|removing|authorize|authorise|include)\s+){_NAME}"
            r"(?=\s+(?:as|to|from|on)\b)",
            0.6,
        ),
        Pattern(
            "possessive_name",
            rf"(?<=\b(?:wife|husband|partner|son|daughter|mother|father|mom|dad|friend|"
            rf"spouse|brother|sister)(?:'s|s)? name(?: is)?\s+){_NAME}",
            0.7,
        ),
        # Family named by relation: "my husband Gregory", "my wife ilse and I".
        Pattern(
            "relative",
            rf"(?<=\b(?:my|his|her|our|their)\s+{_RELATION}\s+,?\s*){_CAP_NAME}",
            0.6,
        ),
        Pattern(
            "relative_lower",
            rf"(?<=\b(?:my|his|her|our|their)\s+{_RELATION}\s+){NAME_WORD}"
            r"(?=\s*(?:[,.!?]|$|and\b|who\b|is\b|was\b|has\b|will\b|should\b|needs\b))",
            0.5,
        ),
        # "this is dana from acme", "i'm dana with billing": the cue needs its tail.
        Pattern(
            "self_intro",
            rf"(?<=\b(?:this is|i'm|i am|it's|im)\s+){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=[ \t,]+(?:from|with|calling|speaking|here|at|over at|on the line|how|what|"
            r"who|whos|who's|whats|and i|and i'll|i'll|i will|i can|can i|may i|your|i'm|im|"
            r"i am|i was|i have|i need|i want|i just|i got)\b)",
            0.7,
        ),
        # "this is maren." / "hi this is maren brandvold, i'm calling": a short name that
        # ends the clause. Weak: "this is ridiculous" has the same shape.
        Pattern(
            "self_intro_clause",
            rf"(?<=\b(?:this is|my name's|i'm|i am)\s+){NAME_WORD}(?:[ \t]+{NAME_WORD})?"
            r"(?=\s*(?:[,.!?]|$))",
            0.5,
        ),
        # Capitalised name after "this is", "i'm", a greeting or a thank-you.
        Pattern(
            "cap_intro",
            rf"(?<=\b(?:this is|i'm|i am|it's|hi|hello|hey|thanks|thank you|bye|goodbye|"
            rf"dear|sorry|okay|ok|perfect|great|alright|welcome)[ \t]*,?[ \t]+){_CAP_NAME}"
            r"(?=\s*(?:[,.!?]|$|and\b|from\b|with\b|here\b|speaking\b|calling\b))",
            0.6,
        ),
        # A greeting with a name that ends the clause, any case: "hi trevor, i'm calling".
        Pattern(
            "greeting_name",
            rf"(?<=\b(?:hi|hello|hey|thanks|thank you|bye|goodbye|morning|afternoon|evening)"
            rf"[ \t]*,?[ \t]+){NAME_WORD}(?=[ \t]*[,.!?])",
            0.5,
        ),
        # Honorifics: "mr smith", "Ms. Alvarez", "doctor patel".
        Pattern(
            "title",
            rf"(?<=\b(?:mr|mrs|ms|miss|mister|missus|dr|doctor|mx)\.?[ \t]+){NAME_WORD}"
            rf"(?:[ \t]+{_CAP_NAME_WORD})?",
            0.75,
        ),
        # Spelling: "that's SMITH", "spelled JOHNSON", "J O N E S" after "spell".
        Pattern(
            "spelled_after_cue",
            rf"(?<=\b(?:spell\w*|spelt|letters?|that's|it's|as in|name is|name's|surname|"
            rf"last name|first name)\b[^.?!\d]{{0,25}}?){_SPELLED}\b",
            0.8,
        ),
    )
    CONTEXT = ("name", "spell", "spelled", "mr", "mrs", "ms", "speaking")
