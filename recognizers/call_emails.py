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
    # (a full stop after it ends the sentence: "then at aol dot com. oh, and …")
    r"(?:com|net|org|edu|gov|co|ca|uk|ie|us|io|info|biz|me|de|fr|au|nz|in))(?![\w@-]|\.\w)",
    re.IGNORECASE,
)


# A webmail name alone as a whole turn, an address read back in pieces: "at gmail",
# "yeah, at yahoo".
_WEBMAIL_ALONE = re.compile(
    r"^[\s,.]*(?:(?:and|then|yeah|yes|okay|ok|so)[\s,]+)?"
    r"(?P<domain>at[ \t]+(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton[ \t]?mail|gmx|msn))"
    r"[\s,.?!]*$",
    re.IGNORECASE,
)


def domain_alone(text: str) -> list[Hit]:
    """An email's domain said alone at a turn's start or after a lead word."""
    if "dot" not in text.lower():
        if len(text) > 30 or "at" not in text.lower():
            return []
        m = _WEBMAIL_ALONE.match(text)
        return (
            [Hit("EMAIL_ADDRESS", m.start("domain"), m.end("domain"), 0.8, "EmailPiece")]
            if m
            else []
        )
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


def _compact(value: str) -> str:
    return _NOT_ALNUM.sub("", value.lower())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


# A spelled local part ends in a digit or two the speaker got wrong and put right
# ("quartz asafe one nine one, no, eight one"): it still matches when all but its last
# few characters open the local part.
_MIN_SPELLED_PREFIX = 6
_LOOSE_END = 3


def _in_local(piece: str, locals_: set[str], compact: set[str]) -> bool:
    """The piece is in a local part, with or without its separators, or a spelled piece
    opens it but for its last few characters."""
    if any(piece in local for local in locals_):
        return True
    flat = _compact(piece)
    if len(flat) < _MIN_LOCAL_PIECE:
        return False
    if any(flat in c for c in compact):
        return True
    head = flat[: max(_MIN_SPELLED_PREFIX, len(flat) - _LOOSE_END)]
    return len(flat) >= _MIN_SPELLED_PREFIX and any(c.startswith(head) for c in compact)


def email_pieces_again(text: str, locals_: set[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` that repeat a piece of an email found in the call: with a
    separator ("c_nguyen") or five letters or more that are no English word, spelled
    ("and the first part is KWAMEO"), or read in words ("m_ortega dash JK", "ana for rey")."""
    out = []
    compact = {_compact(local) for local in locals_}
    out.extend(_spoken_runs(text, locals_, compact))
    for m in _LOCAL_TOKEN.finditer(text):
        piece = m.group().lower().rstrip("._-")
        if any(s <= m.start() and m.end() <= e for s, e in out):
            continue
        if not _in_local(piece, locals_, compact):
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


# The words of a local part read back: a piece, a separator said as a word, a digit said as
# its homophone ("dana for lee" for dana4lee), an uppercase spelled run.
_RUN_WORD = re.compile(r"[a-z0-9][a-z0-9._-]*", re.IGNORECASE)
_SPOKEN_JOINERS = {"dash": "-", "hyphen": "-", "underscore": "_", "dot": ".", "point": "."}
_HOMOPHONE_DIGITS = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
# Digits of a local part said apart from its letters: "rebecca four nine", "rebecca 49".
_DIGIT_WORDS = {
    w: str(n)
    for n, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )
} | {"oh": "0"}
_MAX_RUN_WORDS = 6
# The domain's first word after a whole local part read back: "… dash ninety two at yahoo".
# (a domain said in two words before its ending: "at gutierrez lam dot law")
_DOMAIN_WORD_AFTER = re.compile(
    r"[ \t]+at[ \t]+[a-z][a-z0-9-]{1,30}(?:[ \t]+[a-z][a-z0-9-]{1,30}(?=[ \t]+dot[ \t]))?"
    r"(?:[ \t]+dot[ \t]+[a-z]{2,10}){0,3}(?![\w@-])",
    re.IGNORECASE,
)


def _whole_local_in_words(run: list[re.Match], flat: str, compact: set[str], caps: bool) -> bool:
    """Words that spell a whole local part with a letter said alone or letters spelled (the
    normaliser writes "k t" as "KT") among them: "june k t" for junekt@…, "ruthie g" for
    ruthieg@… (not "sales team", nor the caller's name said again, "Joseph Edwards" for
    josephedwards@…: that stays a name)."""
    return (
        flat in compact
        and len(flat) >= _MIN_LOCAL_PIECE
        and any(_spelled_letters(w.group(), caps) for w in run)
    )


def _short_local_before_domain(
    text: str, run: list[re.Match], flat: str, compact: set[str]
) -> bool:
    """A short local part read back whole with a letter said alone, its domain said after
    it: "s lam at gutierrez lam dot law" for slam@… (too short to match on its own)."""
    return (
        flat in compact
        and any(len(w.group()) == 1 for w in run)
        and _DOMAIN_WORD_AFTER.match(text, run[-1].end()) is not None
    )


def _spelled_letters(word: str, caps: bool) -> bool:
    """A letter said alone, or letters spelled (in capitals, in a turn not all capitals),
    a whole name too: "NEILO grant" read back for neilogrant@… (the run must still be the
    whole local part found in the call)."""
    return len(word) == 1 or (not caps and word.isupper())


def _spoken_runs(text: str, locals_: set[str], compact: set[str]) -> list[tuple[int, int]]:
    """Runs of words (two or more, one of them a spoken separator or a digit homophone) that
    spell a piece of a local part found in the call."""
    if not compact:
        return []
    words = list(_RUN_WORD.finditer(text))
    caps = text.isupper()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        best: tuple[int, str] | None = None
        flat, marked = "", False
        for j in range(i, min(len(words), i + _MAX_RUN_WORDS)):
            if j > i and text[words[j - 1].end() : words[j].start()] not in (" ", "\t"):
                break
            low = words[j].group().lower()
            joiner = low in _SPOKEN_JOINERS or low in _HOMOPHONE_DIGITS
            if joiner:
                if j == i:
                    break
                marked = True
                low = _HOMOPHONE_DIGITS.get(low, "")
            elif j > i and (low in _DIGIT_WORDS or low.isdigit()):
                marked = True
                low = _DIGIT_WORDS.get(low, low)
            flat += _compact(low)
            if not any(flat in c for c in compact):
                break
            # a run ends on a piece of the local part, not on a separator
            if not joiner and (
                (marked and len(flat) >= _MIN_LOCAL_PIECE)
                or (j > i and _whole_local_in_words(words[i : j + 1], flat, compact, caps))
                or (j > i and _short_local_before_domain(text, words[i : j + 1], flat, compact))
            ):
                best = (j, flat)
        if best is None:
            i += 1
            continue
        j, flat = best
        start, end = words[i].start(), words[j].end()
        if flat in compact:
            tail = _DOMAIN_WORD_AFTER.match(text, end)
            if tail:
                end = tail.end()
        out.append((start, end))
        while i < len(words) and words[i].start() < end:
            i += 1
    return out
