"""SECURITY_ANSWER: answers to knowledge-based authentication questions."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer
from recognizers.password_recognizer import VALUE

# The usual knowledge-based authentication (KBA) questions banks and carriers ask.
_TOPIC = (
    r"(?:(?:my\s+)?mother'?s maiden name|maiden name|(?:my\s+)?first pet(?:'s name)?|"
    r"(?:the\s+)?name of my first pet|(?:my\s+)?pet'?s name|first car|"
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


class SecurityAnswerRecognizer(SpokenPatternRecognizer):
    """ "my mother's maiden name is Kowalski", "first pet was rex", "security answer is blue"."""

    ENTITY = "SECURITY_ANSWER"
    PATTERNS = (
        CuedPattern(
            "kba_answer",
            rf"(?<=\b{_TOPIC}(?:\s+(?:is|was|would be|would have been|it's))+\s*[:,]?\s*"
            rf"(?:like\s+)?(?:um\s+|uh\s+)?)" + VALUE,
            0.85,
            cue=_TOPIC,
        ),
    )
    CONTEXT = ("maiden", "pet", "security question", "grew up")
