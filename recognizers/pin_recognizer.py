"""PIN: personal identification numbers and numeric passcodes, after a PIN cue."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause

_CUE = (
    r"\b(?:pin|p i n|pin number|pin code|passcode|pass code|access code|security pin|"
    # a code that opens a home: "she left an alarm code, 2 0 0 8", "the gate code is 4417"
    r"(?:alarm|door|gate|entry|keypad|key pad|lockbox|lock box|key ?safe|garage|"
    r"building|house|"
    # a code given to a visitor of a home: "the guest code is 4 8 1 9 pound"
    r"guest|visitor) ?code|"
    # the thing named first, its code in the same breath: "there's a gate, the code is
    # 4917", "the side door has a keypad and the code's 5521"
    r"(?:alarm|door|gate|keypad|key pad|lockbox|lock box|key ?safe|garage|intercom|buzzer)s?"
    r"\b[^.?!\d]{0,30}?\b(?:the |its |the door |the entry )?code)\b"
)
# The key pressed after a code on a keypad: "4 9 1 7 pound", "5521 hash" (a key led by
# "then" is the next step, not the code: "4417, then the pound key" keeps the key).
_ENTER_KEY = (
    r"(?:[ \t,]+(?:the[ \t]+)?(?:pound|hash|star)(?:[ \t]+(?:key|sign))?\b"
    # the key written as its sign: "the gate code is 4 8 1 9 #", "2210*"
    r"|[ \t]*[#*](?![\w#*]))?"
)

# The key pressed before a code: "the gate code is pound 1973" (the key is part of it).
_FIRST_KEY = r"(?:\b(?:pound|hash|star)(?:[ \t]+(?:key|sign))?,?[ \t]+)?"

# A home's keypad named in the turn: then a code said after the key pressed first is a
# code too: "the building front door is star 330", "the gate's hash 5 1 9 2".
_HOME_KEYPAD = (
    r"\b(?:alarm|door|gate|entry|keypad|key pad|lockbox|lock box|key ?safe|garage|intercom|"
    r"buzzer|building|complex|lobby)s?\b"
)

# A PIN shown in two groups: "transfer PIN: 2874-60", "2319 02" (4-8 digits in all; a
# group followed by a unit is an amount or a time: "4421 30 days" keeps "30 days").
_GROUPED = (
    r"\d{2,4}(?:-|[ \t])\d{2,4}(?![\d:.,]\d)(?!\d)"
    r"(?![ \t]*(?:dollars?|bucks|cents|percent|%|minutes?|hours?|days?|weeks?|months?|years?|"
    r"times?|tries|attempts?|digits?|numbers?)\b)"
)


class PinRecognizer(SpokenPatternRecognizer):
    """4-8 digits after a PIN cue: "my pin is 4421", "set the new pin to 4 4 2 1"."""

    ENTITY = "PIN"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_pin",
            rf"(?<={_CUE}{same_clause(40)}){_FIRST_KEY}(?<!\d)(?:{_GROUPED}|\d{{4,8}}(?!\d))"
            rf"{_ENTER_KEY}",
            0.85,
            cue=_CUE,
        ),
        CuedPattern(
            "key_then_code",
            # (digits said one by one too: "star 2 5 8 0 pound", the closing key kept)
            r"\b(?:star|hash|pound)[ \t]+(?<!\d)\d(?:[ \t]?\d){2,7}(?![\d:.,]\d)(?!\d)"
            # (a single "pound" after the code is the key pressed, plural is money)
            r"(?![ \t]*(?:dollars?|pounds|euros?|bucks|percent|%|minutes?|hours?|days?)\b)"
            r"(?:[ \t,]+(?:pound|hash|star)\b(?![ \t]*\d))?",
            0.85,
            # or a second key named: "try star 1973 instead of pound"
            cue=rf"{_HOME_KEYPAD}|\b(?:star|hash|pound)\b[^.?!\n]{{1,80}}?\b(?:star|hash|pound)\b",
        ),
        # "it's 2 0 7 star": a short code on a keypad ends on the key pressed
        CuedPattern(
            "code_then_key",
            rf"(?<={_HOME_KEYPAD}[^.?!\d]{{0,40}}?)(?<!\d)\d(?:[ \t]?\d){{2,7}}(?!\d)"
            r"(?:[ \t,]+(?:the[ \t]+)?(?:pound|hash|star)\b(?![ \t]*(?:\d|sign\b))"
            # "207, then star": the key still marks the code, the step after is left out
            r"|(?=[ \t,]+then[ \t]+(?:the[ \t]+)?(?:pound|hash|star)\b(?![ \t]*\d))"
            r"|[ \t]*[#*](?![\w#*]))",
            0.85,
            cue=_HOME_KEYPAD,
        ),
    )
    CONTEXT = ("pin", "passcode", "access code")
