"""Pieces of an email address said apart from the rest: its domain alone ("at yahoo dot
com"), a piece of its local part said again ("c_nguyen"), or a name word from it."""

from __future__ import annotations

import regex as re

from recognizers.hits import Hit
from recognizers.spoken_person_recognizer import lexicon

# An email's domain said alone, the rest given in other turns: "at yahoo dot com perfect",
# "and at outlook dot co dot uk?". At a turn's start or after a lead word ("it's at …") it
# can only be the end of an address being read.
_DOMAIN_ALONE = re.compile(
    r"(?:^[\s,.]*|(?<![\w'’])(?:and|then|yeah|yes|yep|so|okay|ok|perfect|great|right|alright|"
    r"sorry|thanks|that's|it's|was|is)[\s,.]+)"
    r"(?P<domain>at[ \t]+[a-z][a-z0-9-]{1,30}(?:[ \t]+dot[ \t]+[a-z]{2,10}){0,2}[ \t]+dot[ \t]+"
    r"(?:com|net|org|edu|gov|co|ca|uk|ie|us|io|info|biz|me|de|fr|au|nz|in))(?![\w.@-])",
    re.IGNORECASE,
)


def domain_alone(text: str) -> list[Hit]:
    """An email's domain said alone at a turn's start or after a lead word."""
    if "dot" not in text.lower():
        return []
    return [
        Hit("EMAIL_ADDRESS", m.start("domain"), m.end("domain"), 0.8, "EmailPiece")
        for m in _DOMAIN_ALONE.finditer(text)
    ]


# A piece of an email's local part said again: "c_nguyen", "NGUYEN-T", "delacroix".
_LOCAL_TOKEN = re.compile(r"(?<![\w.@-])[a-z0-9][a-z0-9._-]{3,}(?![\w@-]|\.\w)", re.IGNORECASE)


_MIN_LOCAL_PIECE = 5


# The parts of an email's local part: "marguerite.obi-ellis" -> marguerite, obi, ellis.
_LOCAL_PART_SPLIT = re.compile(r"[^a-z]+")


_CAPITALISED_WORD = re.compile(r"(?<![\w'’@.-])(?-i:\p{Lu}\p{Ll}{2,})(?![\w'’@-]|\.\w)")


# Parts of role mailboxes that are no name ("info.sales", "accounts-payable").
_NOT_NAME_PARTS = frozenset(
    str.split(
        """info mail email sales support admin contact office hello team accounts account
        billing help service services enquiries inquiries the and home work noreply reply"""
    )
)


def email_names_again(text: str, locals_: set[str]) -> list[tuple[int, int]]:
    """Capitalised words of a turn written with capitals that are a whole part of an email's
    local part found in the call: "a hyphen between Obi and Ellis" after
    marguerite.obi-ellis@…; a name being checked letter for letter."""
    if text.isupper() or text.islower():
        return []
    parts = {
        p
        for local in locals_
        for p in _LOCAL_PART_SPLIT.split(local)
        if len(p) >= 3 and p not in _NOT_NAME_PARTS
    }
    if not parts:
        return []
    lex = lexicon()
    return [
        (m.start(), m.end())
        for m in _CAPITALISED_WORD.finditer(text)
        if m.group().lower() in parts
        # "Payroll, this is …" after payroll-secure@…: a word is a name only when listed
        and (lex.is_name(m.group()) or not lex.is_word(m.group()))
    ]


def email_pieces_again(text: str, locals_: set[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` that repeat a piece of an email found in the call: with a
    separator ("c_nguyen") or five letters or more that are no English word."""
    out = []
    for m in _LOCAL_TOKEN.finditer(text):
        piece = m.group().lower().rstrip("._-")
        if not any(piece in local for local in locals_):
            continue
        joined = any(c in piece for c in "._-")
        if joined or (len(piece) >= _MIN_LOCAL_PIECE and not lexicon().is_word(piece)):
            start, end = m.start(), m.start() + len(piece)
            # "r dash halloran", "HALLORAN 71": the piece's neighbours in the local part
            # said with it, a separator in words before it or its digits after it
            head = _SPOKEN_SEPARATOR_BEFORE.search(text, max(0, start - 30), start)
            if head and any(
                f"{head.group(1).lower()}{_SEPARATORS[head.group(2).lower()]}{piece}" in local
                for local in locals_
            ):
                start = head.start()
            tail = _DIGITS_AFTER_PIECE.match(text, end)
            if tail and any(f"{piece}{tail.group(1)}" in local for local in locals_):
                end = tail.end()
            out.append((start, end))
    return out


_SEPARATORS = {"dash": "-", "hyphen": "-", "underscore": "_", "dot": ".", "point": "."}


_SPOKEN_SEPARATOR_BEFORE = re.compile(
    r"(?<![\w.@'’-])([a-z0-9]+)[ \t]+(dash|hyphen|underscore|dot|point)[ \t]+$", re.IGNORECASE
)


_DIGITS_AFTER_PIECE = re.compile(r"[ \t]+(\d{1,4})(?![\d.,:])")
