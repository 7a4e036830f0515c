"""EMAIL_ADDRESS: written emails and the ones the normaliser rebuilt from speech."""

from __future__ import annotations

from recognizers.base import SpokenPattern, SpokenPatternRecognizer
from recognizers.spoken_person_recognizer import NOT_NAME

# RFC 5322 addresses in their common form; an apostrophe is valid in the local part:
# "sam.o'neil@gmail.com".
_EMAIL = r"[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
# Words said before a spoken email that are not part of its local part: "is it still …",
# "then …", "my work one …", "send it to …".
_NOT_LOCAL = (
    rf"(?:{NOT_NAME}|email|e-mail|mail|emails|address|at|to|send|sent|reach|contact|use|"
    r"using|try|still|actually|personal|work|home|school|primary|main|backup|alternate|"
    r"other|gmail|yahoo|hotmail|outlook|icloud|aol|com|net|org|edu|dot|period|underscore|"
    r"is|was|it|me|us|you|him|her|them|hers|his|theirs|ours|mine|said|says|put|write|"
    r"wrote|change|changed|update|updated|instead|rather|maybe|probably|think|guess|"
    r"believe|see|listed|file|record|records|we|have|has|got|should|go|goes)"
)


class SpokenEmailRecognizer(SpokenPatternRecognizer):
    """Emails; spoken ones arrive already rewritten ("jo dot lee at gmail dot com" ->
    "jo.lee@gmail.com"), and words said before one may belong to its local part."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        SpokenPattern("email", rf"\b{_EMAIL}", 1.0),
        # A local part said as several words, all one word: "d okoro bailey01@gmail.com",
        # "obi family123@att.net" (the normaliser joins only the word before "at"). Up to
        # three words back, none of them a filler, function word or email talk.
        SpokenPattern(
            "spoken_local_part",
            rf"(?<![\w.@'-])(?:(?!{_NOT_LOCAL}\b)(?=\d*[a-z])[a-z0-9]+[ \t]+){{1,3}}"
            rf"(?={_EMAIL}){_EMAIL}",
            0.9,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail")
