"""DATE_OF_DEATH: a date that a death cue in the same turn ties to a person.

HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C)) lists "all elements of dates (except year)
... including ... date of death" among the identifiers, so a day, a month and a day, or a
month and a year said after "passed away", "died", "date of death" is redacted. A year
alone is the one element Safe Harbor keeps ("he died in 2019" stays readable), as are
relative dates ("he died last tuesday") and the dates of what follows a death (funeral,
service, hearing), which are events, not a person's data.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from recognizers.base import DATE, CuedPattern, SpokenPattern, SpokenPatternRecognizer

# What dies or passes that is no person: "the battery died", "my phone died on me", "the
# deadline passed", a pet ("our dog passed"). A word before the cue, maybe with an adverb.
_THINGS = (
    r"(?:battery|batteries|phone|cell|laptop|computer|tablet|car|truck|engine|motor|call|"
    r"line|connection|signal|wifi|internet|power|router|modem|tv|screen|device|charger|"
    r"headset|mic|microphone|app|it|that|this|plant|plants|deal|deadline|date|period|"
    r"window|offer|bill|payment|law|motion|storm|test|exam|inspection|time|"
    r"dog|cat|pet|puppy|kitten|hamster|fish|bird|horse)"
)
_ADVERB = r"(?:just|had|has|have|finally|completely|totally|already|then|suddenly)"
_NOT_A_THING = rf"(?<!\b{_THINGS}[ \t]+(?:{_ADVERB}[ \t]+)?)"

# Cues after which a date within a few words is the date of death. "died down/out/off"
# is no death; "deceased" needs a date word after it ("deceased on", "deceased as of").
_CUE = (
    r"\b(?:date[ \t]+of[ \t]+(?:death|passing)|death[ \t]+date|dod|d[ \t]+o[ \t]+d|"
    rf"{_NOT_A_THING}died(?![ \t]+(?:down|out|off|back)\b)|"
    rf"{_NOT_A_THING}passed[ \t]+away|"
    r"deceased(?=[ \t]+(?:on|as[ \t]+of|since)\b)|"
    r"(?:his|her|their|[\w]+'s)[ \t]+(?:death|passing)(?![ \t]+certificate))\b"
)
# Between the cue and the date: up to 40 characters of the same clause with no other
# event or date in it: "passed away in january and the funeral is on march 10th" (the
# funeral's), "the deceased's date of birth is ..." (a birth date), "died, payment due ...".
_OTHER = (
    r"(?:and|but|so|then|because|while|where|funeral|services?|memorial|burial|buried|"
    r"cremat\w*|wake|viewing|visitation|interment|hearing|probate|court|reading|"
    r"appointment|meeting|deliver\w*|due|payments?|paid|bill\w*|scheduled|booked|closing|"
    r"closed|opened|until|till|birth|born|dob|birthday|married|admitted|discharged)"
)
_GAP = rf"(?:(?!\b{_OTHER}\b)[^.?!\n]){{0,40}}?"
# A bare "passed" or "passed on" only right before the date: "my husband passed march
# 3rd", "he passed on the 2nd of january" ("passed on the message" and "passed out" never
# reach a date).
_PASSED = rf"\b{_NOT_A_THING}passed(?:[ \t]+on)?[ \t,]+(?:(?:on|in)[ \t]+)?"
# A date said as digits after a named date of death: "date of death oh three one four
# twenty twenty four" -> "03142024" (month first, as US forms read).
_STRONG_CUE = r"\b(?:date[ \t]+of[ \t]+death|death[ \t]+date|dod|d[ \t]+o[ \t]+d)\b"
_DIGIT_DATE = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2}"
# A date in words or figures, or read as eight digits ("oh seven oh one two oh two five").
_ANY_DATE = rf"(?:{DATE}|(?<!\d){_DIGIT_DATE}(?!\d))"

# The date said first: "march 3rd is when he died", "march 3rd, the day my mom passed",
# "on march 3rd my father passed away". Who died is a pronoun or a person word, no thing.
_WHO = rf"(?:(?:my|our|his|her|their|the)[ \t]+)?(?!{_THINGS}\b)[\w']+"
_DIED_AFTER = r"[ \t]+(?:had[ \t]+)?(?:died|passed)\b(?![ \t]+(?:down|out|off|back)\b)"
_WHEN_AFTER = (
    r"(?=[ \t,]+(?:(?:is|was)[ \t]+)?(?:the[ \t]+(?:day|date)|when|that'?s[ \t]+when)"
    rf"[ \t]+(?:that[ \t]+)?{_WHO}{_DIED_AFTER})"
)

# A turn that is only a date: the answer to "what was the date of death?". Weak; the
# analyzer's context boost lifts it only when the agent's question (or the turn) names
# the death (``CONTEXT``).
_FILLER = r"(?:um+|uh+|so|yes|yeah|well|okay|ok|it was|it's|that was|that's|on|that'd be)"
_ONLY_DATE = rf"(?<=^[ \t]*(?:{_FILLER}[ \t,]+){{0,3}}){_ANY_DATE}(?=[ \t.,!?]*$)"
# ... or two dates, the second correcting the first: "may 23rd 2023 no sorry the 23rd of
# may 2024", "IT WAS 05/04/2026 NO SORRY 05/04/2025" (each date is an answer).
_CORRECTING = (
    r"(?:[ \t.,!?;-]*(?:no|sorry|wait|hold on|scratch that|that's wrong|that is wrong|"
    r"i mean|actually|make that|it's|its|it was|that's|it is)\b)+[ \t.,!?;:-]*"
)
_CORRECTED_DATE = (
    rf"(?<=^[ \t]*(?:{_FILLER}[ \t,]+){{0,3}}{_ANY_DATE}{_CORRECTING}){_ANY_DATE}"
    rf"(?=[ \t.,!?]*$)"
    rf"|(?<=^[ \t]*(?:{_FILLER}[ \t,]+){{0,3}}){_ANY_DATE}(?={_CORRECTING}{_ANY_DATE}[ \t.,!?]*$)"
)
# A date that takes back the date just said: "they passed on june 5th 2024 - no hold on,
# that's wrong. june 5, 2025". A real correction word leads it ("it's" alone goes on with
# something else: "passed away march 3rd 2024, it's march 10th the funeral is").
_TAKE_BACK = (
    r"(?:no|nope|sorry|wait|hold on|hang on|scratch that|wrong|i mean|actually|make that|oops)"
)
_CORRECTION_AFTER = re.compile(
    rf"(?=[^\d]{{0,40}}?\b{_TAKE_BACK}\b){_CORRECTING}(?P<fix>{_ANY_DATE})", re.IGNORECASE
)


class DateOfDeathRecognizer(SpokenPatternRecognizer):
    """Dates of death: "passed away on march 4th 2024", "date of death is 03/14/2024",
    "dod 1/5/2025", "my husband passed march 3rd", "march 3rd is when she died".

    Every pattern is cued: a date alone is no date of death.
    """

    ENTITY = "DATE_OF_DEATH"
    PATTERNS = (
        CuedPattern("cued_date", rf"(?<={_CUE}{_GAP})\b{DATE}", 0.85, cue=_CUE),
        CuedPattern("passed_date", rf"(?<={_PASSED})\b{DATE}", 0.85, cue=r"\bpassed\b"),
        # "they passed on oh seven oh one two oh two five" -> "07012025" (month first)
        CuedPattern(
            "passed_digits", rf"(?<={_PASSED})(?<!\d){_DIGIT_DATE}(?!\d)", 0.85, cue=r"\bpassed\b"
        ),
        CuedPattern(
            "cued_digits",
            rf"(?<={_STRONG_CUE}{_GAP})(?<!\d){_DIGIT_DATE}(?!\d)",
            0.85,
            cue=_STRONG_CUE,
        ),
        CuedPattern("date_then_cue", rf"\b{DATE}{_WHEN_AFTER}", 0.85, cue=r"\b(?:died|passed)\b"),
        CuedPattern(
            "on_date_then_cue",
            rf"(?<=\bon[ \t]+){DATE}(?=,?[ \t]+{_WHO}{_DIED_AFTER})",
            0.85,
            cue=r"\b(?:died|passed)\b",
        ),
        SpokenPattern("only_a_date", _ONLY_DATE, 0.1),
        SpokenPattern("corrected_date", _CORRECTED_DATE, 0.1),
    )
    # (matched at a word start: "he pass" is "when did he pass?", not "the password")
    CONTEXT = (
        "death", "died", "pass away", "passed away", "passing", "deceased",
        "he pass", "she pass", "they pass", "he die", "she die", "they die",
    )  # fmt: skip

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The patterns, and each date said to correct a date of death found."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return results + list(_corrections(text, results))


def _corrections(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A corrected value takes the type of the value it corrects: the date said right after
    a date of death and a take-back is the date of death, with the same confidence."""
    found = {(r.start, r.end) for r in results}
    out = []
    for result in results:
        fix = _CORRECTION_AFTER.match(text, result.end)
        if fix and fix.span("fix") not in found:
            found.add(fix.span("fix"))
            start, end = fix.span("fix")
            metadata = {**result.recognition_metadata, "pattern_name": "correction"}
            out.append(RecognizerResult(result.entity_type, start, end, result.score, metadata))
    return out
