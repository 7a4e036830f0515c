"""PIN: personal identification numbers and numeric passcodes, after a PIN cue."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPatternRecognizer, same_clause

_CUE = (
    r"\b(?:pin|p i n|pin number|pin code|passcode|pass code|access code|security pin|"
    # a code that opens a home: "she left an alarm code, 2 0 0 8", "the gate code is 4417"
    r"(?:alarm|door|gate|entry|keypad|key pad|lockbox|lock box|key ?safe|garage|"
    r"building|house) ?code)\b"
)


class PinRecognizer(SpokenPatternRecognizer):
    """4-8 digits after a PIN cue: "my pin is 4421", "set the new pin to 4 4 2 1"."""

    ENTITY = "PIN"
    NEEDS_DIGITS = True
    PATTERNS = (
        CuedPattern(
            "cued_pin", rf"(?<={_CUE}{same_clause(40)})(?<!\d)\d{{4,8}}(?!\d)", 0.85, cue=_CUE
        ),
    )
    CONTEXT = ("pin", "passcode", "access code")
