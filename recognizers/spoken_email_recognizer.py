"""EMAIL_ADDRESS: written emails and the ones the normaliser rebuilt from speech."""

from __future__ import annotations

from presidio_analyzer import Pattern

from recognizers.base import SpokenPatternRecognizer


class SpokenEmailRecognizer(SpokenPatternRecognizer):
    """RFC 5322 addresses in their common form; spoken ones arrive already rewritten."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern(
            "email",
            # an apostrophe is valid in the local part: "sam.o'neil@gmail.com"
            r"\b[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
            1.0,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail")
