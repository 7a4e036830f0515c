"""PASSWORD: passwords and passphrases said on the call ("my password is …")."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer

# The value is the rest of the clause, at most four words, stopping at words that start
# a new clause ("and", "but", "so", "because", "i", "okay").
_STOP = (
    r"(?:and|but|so|because|i|i'm|okay|ok|right|thanks|thank|please|or|is|if|that|which|be|"
    r"to|the|now|again|here|there|changed|reset|updated|what|for|on|in|it)"
)
# A value word may hold punctuation ("Marigold!7") but does not end with it, unless it
# looks typed (a digit, or upper case after lower): "BlueHeron2024!" keeps its "!".
_WORD = (
    r"(?:[^\s,?]*(?:\d|(?-i:[a-z][A-Z]))[^\s,?]*[!#$%&*@^~](?=[\s.,?]|$)"
    r"|[^\s,?]*[^\s.,?!;:\"')])"
)
VALUE = rf"(?!{_STOP}\b){_WORD}(?:[ \t]+(?!{_STOP}\b){_WORD}){{0,3}}"
_LEAD = (
    r"(?:\s+(?:is|was|would be|should be|will be|it's|is like|be|to be|to))+\s*[:,]?\s*"
    r"(?:like\s+)?(?:um\s+|uh\s+)?"
)


class PasswordRecognizer(SpokenPatternRecognizer):
    """The value after "password is", "passphrase is", "the password I use is"."""

    ENTITY = "PASSWORD"
    PATTERNS = (
        CuedPattern(
            "password_is",
            rf"(?<=\b(?:password|pass word|passphrase|pass phrase|passcode|verbal password|"
            rf"secret word|code word|passwort)"
            rf"(?:\s+(?:i use|on (?:the|my) account|for (?:the|my) account))?{_LEAD})" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)|secret word|code word",
        ),
        CuedPattern(
            "set_password_to",
            r"(?<=\b(?:change|set|reset|update)\s+(?:the|my|your)\s+password\s+to\s+)" + VALUE,
            0.85,
            cue=r"\bpassword\b",
        ),
    )
    CONTEXT = ("password", "passphrase")
