"""SECURITY_ANSWER: answers to knowledge-based authentication questions."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer
from recognizers.password_recognizer import VALUE

# The usual knowledge-based authentication (KBA) questions banks and carriers ask.
_TOPIC = (
    r"(?:(?:my\s+)?mother'?s maiden name|maiden name|(?:my\s+)?first pet(?:'s name)?|"
    r"(?:the\s+)?name of my first pet|(?:my\s+)?pet'?s name|first car|first bike|first bicycle|"
    r"(?:the\s+)?(?:street|city|town) (?:i|where i) grew up(?: on| in)?|(?:my\s+)?high school|"
    r"(?:my\s+)?elementary school|"
    r"(?:my\s+)?favou?rite (?:teacher|color|colour|food|movie|book|team|sport)|"
    r"(?:my\s+)?childhood (?:nickname|best friend|hero)|(?:my\s+)?father'?s middle name|"
    r"(?:the\s+)?(?:city|town) (?:i was born in|of my birth)|"
    r"(?:my\s+)?first (?:job|school|concert)|"
    r"(?:the\s+)?name of my (?:childhood|first) (?:dog|cat|school|teacher|best friend)|"
    r"where i met my (?:spouse|wife|husband|partner)|"
    r"security (?:answer|word|phrase)|answer to (?:the|my) security question)"
)
# Answers name teachers, pets and friends with a title: "Mrs. Pennington", "Mr. Biscuit",
# "coach Dalton", "aunt Rosie". The title is part of the answer.
_TITLE = (
    r"(?:(?:mr|mrs|ms|mx|miss|missus|misses|mister|dr|doctor|prof|professor|coach|sister|"
    r"brother|father|mother|aunt|auntie|uncle|grandma|grandpa|nana|sir|lady|captain|madame|"
    r"madam|senor|señor|senora|señora)\.?\s+)"
)
# How a caller recalls what they set up: "I think I put Mrs. Pennington", "maybe I used
# rex", "I went with Harlow". Only an answer when the question names the topic (CONTEXT).
_RECALL = (
    r"(?:i (?:think |believe |guess |probably |might have |may have |must have )?(?:i )?"
    r"(?:put|used|use|wrote|typed|entered|picked|chose|set|said|went with)(?: down| in)?"
    r"(?: it as| as)?|it might be|it could be|it may be|try)"
)


# A caller correcting a first answer: "peanut no wait pickles", "smith, sorry, smythe",
# "rex i mean max". The answer after the correction ends before a new clause about the
# first one ("pickles peanut was my sister's").
_CORRECTION = (
    r"(?:no wait|wait no|oh wait|no no|no sorry|sorry no|i mean|i meant|actually|"
    r"scratch that|no it was|no it's|wait|sorry)"
)
_ANSWER_WORD = (
    r"(?!(?:and|but|so|because|i|i'm|okay|ok|right|thanks|thank|please|or|is|was|if|that|"
    r"which|the|a|an|my|no|not|yes|yeah|it|it's|its|um|uh|oh|wait|sorry|actually|mean|"
    r"meant|that's|then|now|think|guess|what|who|how|why|where|when|huh|hmm|hold|hang|"
    r"let|me|dont|don't|not|sure|know|about|for|to|again|one|sec|second|moment|hi|hello|"
    r"hey|okay|ok)\b)[a-z][a-z'-]*"
)

# An article before a thing named as the answer is no part of it: "no wait it was the
# huffy", "oh the uh red schwinn" (a first bike, car or school).
_ARTICLE = r"(?:(?:the|a|an|my|our)[ \t]+)"

# What a caller says of the thing, not its name: "first car? it was a long time ago".
_REMARK = (
    r"(?:long|while|lot|bit|little|good|great|nice|real|total|piece|junk|beater|used|old|"
    r"new|gift|disaster|mess|pain|nightmare|mistake|joke|hand[- ]me[- ]down|family|"
    r"different|weird|strange|funny|tough|hard|easy|few|couple|very|really|pretty|so|too)"
)


class SecurityAnswerRecognizer(SpokenPatternRecognizer):
    """ "my mother's maiden name is Kowalski", "first pet was rex", "security answer is blue",
    and after a KBA question, "I think I put Mrs. Pennington"."""

    ENTITY = "SECURITY_ANSWER"
    PATTERNS = (
        CuedPattern(
            "kba_answer",
            rf"(?<=\b{_TOPIC}(?:\s+(?:is|was|would be|would have been|it's))+\s*[:,]?\s*"
            rf"(?:like\s+)?(?:um\s+|uh\s+)?)" + rf"{_TITLE}?" + VALUE,
            0.85,
            cue=_TOPIC,
        ),
        # The caller names the topic as a question, then answers it: "is the security
        # question my first car? Because it was a Geo Metro."
        CuedPattern(
            "asked_then_answered",
            rf"(?<=\b{_TOPIC}\?[ \t]*(?:(?:because|'cause|cause|well|so|and|oh)[ \t,]+)?"
            r"(?:it was|it's|mine was|that was|that's|that'd be|it'd be)[ \t]+"
            r"(?:(?:a|an|my)[ \t]+)?)"
            rf"{_TITLE}?(?!{_REMARK}\b){_ANSWER_WORD}(?:[ \t]+{_ANSWER_WORD}){{0,2}}"
            r"(?=[ \t]*[.!]|[ \t]*$)",
            0.85,
            cue=_TOPIC,
        ),
        # Weak alone: the question or the words before must name a KBA topic (CONTEXT).
        CuedPattern(
            "recalled_answer",
            rf"(?<=\b{_RECALL}\s+(?:um\s+|uh\s+)?)(?!(?:it|that|this|them|a|an|the|my|in|"
            rf"on|down|something|anything|nothing|what|which)\b)"
            # how it is written, not what: "or it might be all lowercase"
            rf"(?!(?:in\s+)?(?:all\s+)?(?:lower|upper)[\s-]?case\b|(?:all\s+)?(?:caps|capitals|"
            rf"capitali[sz]ed|small letters|one word|two words)\b|with (?:a )?capital\b)"
            rf"{_TITLE}?" + VALUE,
            0.3,
            cue=r"\b(?:put|used?|wrote|typed|entered|picked|chose|set|said|went|might|could|"
            r"may|try)\b",
        ),
        # Weak alone: the question or the words before must name a KBA topic (CONTEXT).
        CuedPattern(
            "corrected_answer",
            rf"(?<=\b{_CORRECTION}[\s,.]+(?:(?:i think|i guess|i believe|it's|its|it was|"
            rf"it is|um|uh|i changed it(?: to)?|i updated it(?: to)?|changed it to|"
            rf"it's actually|it was actually)[\s,]+)*{_ARTICLE}?)"
            rf"{_TITLE}?{_ANSWER_WORD}"
            rf"(?:[ \t]+(?!{_ANSWER_WORD}[ \t]+(?:was|is|were|are|'s)\b){_ANSWER_WORD}){{0,2}}"
            # it ends the clause, or a new clause about the first answer starts
            r"(?=[\s,.!?]*$|[,.!?;]|[ \t]+[a-z'-]+[ \t]+(?:was|is|were|are)\b)",
            0.3,
            cue=_CORRECTION,
        ),
        # ... and the first answer the caller corrected: "peanut no wait pickles".
        CuedPattern(
            "corrected_first_answer",
            r"^[\s,.]*(?:(?:oh|um|uh|er|well|so|it's|its|it was|it is|i think)[\s,.]+)*"
            rf"(?:{_ARTICLE}(?:(?:um|uh|er)[\s,]+)*)?\K"
            rf"{_TITLE}?{_ANSWER_WORD}(?:[ \t]+{_ANSWER_WORD}){{0,2}}(?=[\s,.]+{_CORRECTION}\b)",
            0.3,
            cue=_CORRECTION,
        ),
    )
    CONTEXT = (
        "maiden",
        "pet",
        "security question",
        "grew up",
        "grow up",
        "teacher",
        "high school",
        "elementary school",
        "first car",
        "first bike",
        "first bicycle",
        "first job",
        "childhood",
        "best friend",
        "favorite color",
        "favourite colour",
        "favorite food",
        "favorite movie",
        "favorite book",
        "favorite team",
        "favorite sport",
        "middle name",
        "nickname",
        "mascot",
        "city you were born",
        "born in",
    )
