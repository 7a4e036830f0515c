"""Spanish said in a call, put into the English words the spoken normaliser reads.

Callers who switch to Spanish read numbers, spell names and say emails in Spanish, and the
ASR writes the Spanish words. ``spanish_edits`` returns ``(start, end, replacement)`` edits
that the normaliser applies with its offset map kept, before its English rules run.
"""

from __future__ import annotations

import regex as re

# "tres cero cinco" -> "three zero five", "ese a ele" -> "s a l", "punto" -> "dot"; only
# where the words are clearly a value: a run of two or more number words (or one next to
# a digit, or a day before "de <month>"), a spelling run with a letter name no sentence
# uses, an address with "arroba".
_ES_UNITS = {
    "cero": "zero", "uno": "one", "una": "one", "dos": "two", "tres": "three",
    "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven", "ocho": "eight",
    "nueve": "nine",
}  # fmt: skip
_ES_TEENS = {
    "diez": "ten", "once": "eleven", "doce": "twelve", "trece": "thirteen",
    "catorce": "fourteen", "quince": "fifteen", "dieciseis": "sixteen",
    "diecisiete": "seventeen", "dieciocho": "eighteen", "diecinueve": "nineteen",
    "veinte": "twenty", "veintiuno": "twenty one", "veintiun": "twenty one",
    "veintiuna": "twenty one", "veintidos": "twenty two", "veintitres": "twenty three",
    "veinticuatro": "twenty four", "veinticinco": "twenty five", "veintiseis": "twenty six",
    "veintisiete": "twenty seven", "veintiocho": "twenty eight", "veintinueve": "twenty nine",
}  # fmt: skip
_ES_TENS = {
    "treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "sesenta": "sixty",
    "setenta": "seventy", "ochenta": "eighty", "noventa": "ninety",
}  # fmt: skip
_ES_HUNDREDS = {
    "cien": "one hundred", "ciento": "one hundred", "doscientos": "two hundred",
    "trescientos": "three hundred", "cuatrocientos": "four hundred",
    "quinientos": "five hundred", "seiscientos": "six hundred", "setecientos": "seven hundred",
    "ochocientos": "eight hundred", "novecientos": "nine hundred",
}  # fmt: skip
_ES_NUMBERS = {**_ES_UNITS, **_ES_TEENS, **_ES_TENS, **_ES_HUNDREDS, "mil": "thousand"}
_ES_MONTH_TO = {
    "enero": "january", "febrero": "february", "marzo": "march", "abril": "april",
    "mayo": "may", "junio": "june", "julio": "july", "agosto": "august",
    "septiembre": "september", "setiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december",
}  # fmt: skip
_ES_MONTHS = frozenset(_ES_MONTH_TO)
# "primero de junio": the first day is said as an ordinal, the others as numbers.
_ES_FIRST_DAY = "primero"
_ES_LETTERS = {
    "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g",
    "hache": "h", "i": "i", "jota": "j", "ka": "k", "ele": "l", "eme": "m", "ene": "n",
    "ene~": "ñ", "o": "o", "pe": "p", "cu": "q", "erre": "r", "ere": "r", "ese": "s",
    "te": "t", "u": "u", "uve": "v", "ve": "v", "equis": "x", "ye": "y", "zeta": "z",
    "seta": "z",
}  # fmt: skip
# Letter names no sentence says: one of them makes a run a spelling.
_ES_LETTER_CUES = frozenset(
    [
        "ce",
        "efe",
        "ge",
        "hache",
        "jota",
        "ka",
        "ele",
        "eme",
        "ene",
        "ene~",
        "pe",
        "cu",
        "erre",
        "ere",
        "equis",
        "zeta",
        "seta",
        "uve",
    ]
)
_ES_TOKEN = re.compile(r"[^\W\d_]+|\d+|[,.\-]")
# Whole words, so that English turns ("certainly", "people", "kayak") skip the Spanish
# pass; "die-", "vein-" and "-ientos" start or end several number words.
_ES_CUES = re.compile(
    r"(?i)\b(?:(?:cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|once|doce|"
    r"trece|catorce|quince|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
    r"cien|ciento|mil|arroba|gui[oó]n|hache|jota|ele|eme|ene|eñe|erre|ere|ese|zeta|seta|equis|"
    r"efe|uve|cu|ce|ge|pe|ka|contrase[nñ]a|signo|asterisco|may[uú]scula)\b|die[cz]|vein|"
    r"[a-z]+ientos\b)"
)


def _es_fold(word: str) -> str:
    """Lower case without Spanish accents: an ASR writes "dieciséis" and "dieciseis"."""
    low = word.lower()
    return (
        low.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o")
        .replace("ú", "u").replace("ñ", "n")
    )  # fmt: skip


def _es_key(word: str) -> str:
    """The lookup key of a Spanish word; "eñe" keeps its tilde apart from "ene"."""
    low = word.lower()
    if low == "eñe":
        return "ene~"
    return _es_fold(low)


def spanish_edits(text: str) -> list[tuple[int, int, str]]:
    """Spanish numbers, spelled letters and email words put into the English words the
    rules below read; nothing for a turn without a Spanish cue word (most turns)."""
    if not _ES_CUES.search(text):
        return []
    toks = [(m.group(), _es_key(m.group()), m.start(), m.end()) for m in _ES_TOKEN.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    edits += _es_number_edits(text, toks)
    edits += _es_date_edits(toks)
    edits += _es_dash_edits(toks)
    edits += _es_letter_edits(text, toks)
    edits += _es_email_edits(text)
    edits += _es_password_edits(text)
    return edits


def _es_number_edits(text: str, toks: list) -> list[tuple[int, int, str]]:
    """Runs of two or more Spanish number words (or one beside a digit, or a day before
    "de <mes>") as English number words; one word alone stays ("tengo dos hijos")."""
    edits = []
    n = len(toks)
    i = 0
    while i < n:
        key = toks[i][1]
        day_next = i + 2 < n and toks[i + 1][1] == "de" and toks[i + 2][1] in _ES_MONTHS
        if key == _ES_FIRST_DAY and day_next:
            edits.append((toks[i][2], toks[i][3], "1"))
            i += 1
            continue
        if key not in _ES_NUMBERS or key in ("once", "una") and not day_next:
            i += 1
            continue
        # a run: number words, commas/hyphens/periods between, "y" between tens and a unit
        members = [i]
        j = i + 1
        while j < n:
            k = toks[j][1]
            if k in _ES_NUMBERS:
                members.append(j)
                j += 1
            elif k in (",", "-", ".") and j + 1 < n and toks[j + 1][1] in _ES_NUMBERS:
                j += 1
            elif (
                k == "y"
                and toks[j - 1][1] in _ES_TENS
                and j + 1 < n
                and toks[j + 1][1] in _ES_UNITS
            ):
                members.append(j)
                j += 1
            else:
                break
        words = [toks[m][1] for m in members if toks[m][1] != "y"]
        before = toks[i - 1][1] if i > 0 else ""
        after = toks[j][1] if j < n else ""
        beside_digit = (
            before.isdigit()
            or after.isdigit()
            or _es_after_dash(toks, i)
            or _es_after_letters(toks, i)
        )
        day = len(words) == 1 and after == "de" and j + 1 < n and toks[j + 1][1] in _ES_MONTHS
        if len(words) >= 2 or beside_digit or _es_year_of_month(toks, i):
            edits.extend(_es_run_edits(toks, members))
        elif day and words[0] not in _ES_HUNDREDS and words[0] != "mil":
            t = toks[i]
            edits.append((t[2], t[3], str(_es_value(words[0]))))
        i = j if j > i else i + 1
    return edits


def _es_after_letters(toks: list, i: int) -> bool:
    """A number word after two spelled letters is the id's next character: "a u cinco";
    "de tres a cinco" (a range) has a number, not a letter, before "a"."""
    return i >= 2 and all(
        _es_single_letter(toks[k][0]) or toks[k][1] in _ES_LETTER_CUES for k in (i - 1, i - 2)
    )


_ES_DASH = frozenset(["guion", "-"])


def _es_after_dash(toks: list, i: int) -> bool:
    """A number word after "guion" that follows a number: the next group of an id ("seis uno
    cero guion diecisiete")."""
    return (
        i >= 2
        and toks[i - 1][1] in _ES_DASH
        and (toks[i - 2][1] in _ES_NUMBERS or toks[i - 2][0].isdigit())
    )


def _es_dash_edits(toks: list) -> list[tuple[int, int, str]]:
    """ "guion" after a group of two or more digits and before a number is the dash of an
    id: "seis uno cero guion diecisiete" -> "610-17"; "tres guion cuatro" (a range) stays."""
    edits = []
    for i in range(2, len(toks) - 1):
        if toks[i][1] == "guion" and _es_group_end(toks, i - 1) and _es_is_digitlike(toks[i + 1]):
            edits.append((toks[i - 1][3], toks[i + 1][2], "-"))
    return edits


def _es_is_digitlike(tok: tuple) -> bool:
    return tok[1] in _ES_NUMBERS or tok[0].isdigit()


def _es_group_end(toks: list, j: int) -> bool:
    """Token ``j`` ends a group of two or more digits: "seis uno cero", "610"."""
    if toks[j][0].isdigit():
        return len(toks[j][0]) >= 2
    return _es_is_digitlike(toks[j]) and _es_is_digitlike(toks[j - 1])


def _es_year_of_month(toks: list, i: int) -> bool:
    """The number after "<mes> de"/"del" is a year, even one word: "septiembre del veintiséis"."""
    return i >= 2 and toks[i - 1][1] in ("de", "del") and toks[i - 2][1] in _ES_MONTHS


def _es_is_number(tok: tuple) -> bool:
    return tok[1] in _ES_NUMBERS or tok[1] == _ES_FIRST_DAY or tok[0].isdigit()


def _es_date_edits(toks: list) -> list[tuple[int, int, str]]:
    """A Spanish month beside a day or a year, as the English date the rules read:
    "cinco de octubre de mil novecientos..." -> "five october nineteen...", "marzo de dos
    mil veintiocho" -> "march two thousand twenty eight". A month with no number beside
    it ("en marzo") stays Spanish, and so does "mayo" (a surname) alone."""
    edits = []
    n = len(toks)
    for i, (_, key, s, e) in enumerate(toks):
        if key not in _ES_MONTH_TO:
            continue
        day_before = i >= 2 and toks[i - 1][1] == "de" and _es_is_number(toks[i - 2])
        year_after = i + 2 < n and toks[i + 1][1] in ("de", "del") and _es_is_number(toks[i + 2])
        if not (day_before or year_after):
            continue
        if day_before:
            edits.append((toks[i - 1][2], s, ""))  # "de " goes
        edits.append((s, e, _ES_MONTH_TO[key]))
        if year_after:
            edits.append((e, toks[i + 2][2], " "))  # " de " goes, one space stays
    return edits


_EN_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def _es_value(key: str) -> int:
    """The value of one Spanish number word ("dieciseis" is 16, "doscientos" 200)."""
    english = _ES_NUMBERS[key].split()
    if english[-1] == "hundred":
        return _EN_VALUES[english[0]] * 100
    return sum(_EN_VALUES.get(w, 0) for w in english)


def spanish_number(word: str) -> int | None:
    """The value of one Spanish number word said alone ("cuarenta" is 40), for a reader
    that needs it where the normaliser leaves a lone word alone; ``None`` for no number."""
    key = _es_key(word)
    if key not in _ES_NUMBERS or key == "mil":
        return None
    return _es_value(key)


def _es_run_edits(toks: list, members: list[int]) -> list[tuple[int, int, str]]:
    """The edits for one run: "y" between tens and a unit dropped, "mil novecientos" a year."""
    edits = []
    for pos, m in enumerate(members):
        _, key, s, e = toks[m]
        if key == "y":
            # "setenta y nueve" -> "seventy nine": the "y" and its space go
            edits.append((s, toks[members[pos + 1]][2], ""))
            continue
        if key == "mil":
            prev = toks[members[pos - 1]][1] if pos else ""
            nxt = toks[members[pos + 1]][1] if pos + 1 < len(members) else ""
            if prev not in _ES_NUMBERS and nxt == "novecientos":
                # "mil novecientos setenta" is a year: "nineteen seventy"
                edits.append((s, toks[members[pos + 1]][3], "nineteen"))
                continue
            if prev not in _ES_NUMBERS and nxt in _ES_HUNDREDS:
                edits.append((s, toks[members[pos + 1]][3], "one thousand " + _ES_NUMBERS[nxt]))
                continue
            edits.append((s, e, "one thousand" if prev not in _ES_NUMBERS else "thousand"))
            continue
        edits.append((s, e, _ES_NUMBERS[key]))
    return edits


def _es_letter_edits(text: str, toks: list) -> list[tuple[int, int, str]]:
    """Letter names in a spelling run that has a name no sentence says ("erre", "hache")."""
    edits = []
    n = len(toks)
    i = 0
    while i < n:
        if (
            toks[i][1] not in _ES_LETTERS
            and not _es_single_letter(toks[i][0])
            and not _es_doble(toks, i)
        ):
            i += 1
            continue
        members = [i]
        j = i + 2 if _es_doble(toks, i) else i + 1
        while j < n:
            k = toks[j][1]
            if k in _ES_LETTERS or _es_single_letter(toks[j][0]) or _es_doble(toks, j):
                members.append(j)
                j += 2 if _es_doble(toks, j) else 1
            elif (
                k in (",", "-", ".")
                and j + 1 < n
                and (
                    toks[j + 1][1] in _ES_LETTERS
                    or _es_single_letter(toks[j + 1][0])
                    or _es_doble(toks, j + 1)
                )
            ):
                j += 1
            else:
                break
        names = [toks[m][1] for m in members if toks[m][1] in _ES_LETTERS or _es_doble(toks, m)]
        cues = [k for k in names if k in _ES_LETTER_CUES or k == "doble"]
        if cues and (len(members) >= 3 and len(names) >= 2 or _es_id_prefix(toks, j, names)):
            for m in members:
                _, key, s, e = toks[m]
                if _es_doble(toks, m):
                    edits.append((s, toks[m + 1][3], "w"))
                elif key in _ES_LETTERS and len(key) > 1:
                    edits.append((s, e, _ES_LETTERS[key]))
        i = j
    return edits


def _es_id_prefix(toks: list, j: int, names: list[str]) -> bool:
    """Letter names said right before a number, as an id or plate starts: "ese doble ve dos
    uno", "pe seis uno cero", "cu a dos siete"; the run has a letter no sentence says, and
    one name alone must be one ("ese", "de", "te" alone before a number are words)."""
    after = toks[j] if j < len(toks) else None
    if after is None or not (after[1] in _ES_NUMBERS or after[0].isdigit()):
        return False
    return len(names) >= 2 or names[0] in _ES_LETTER_CUES


def _es_single_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _es_doble(toks: list, j: int) -> bool:
    return toks[j][1] == "doble" and j + 1 < len(toks) and toks[j + 1][1] in ("ve", "u", "uve")


_ES_EMAIL_WORDS = re.compile(r"(?i)\b(?:arroba|guion\s+bajo|gui[oó]n|punto)\b")
_ES_EMAIL_TO = {"arroba": "at", "punto": "dot", "guion": "dash"}


def _es_email_edits(text: str) -> list[tuple[int, int, str]]:
    """ "ana punto ruiz arroba gmail punto com": said with "arroba", the address's words."""
    if "arroba" not in text.lower():
        return []
    edits = []
    for m in _ES_EMAIL_WORDS.finditer(text):
        word = _es_fold(m.group()).split()
        edits.append((m.start(), m.end(), "underscore" if len(word) > 1 else _ES_EMAIL_TO[word[0]]))
    return edits


# A password said in Spanish: its cue and the symbols and case typed in it, as the English
# the password rules read ("mi contraseña es corazon seis ocho signo de exclamación").
_ES_PASSWORD_WORDS = re.compile(
    r"(?i)\b(?:(?P<cue>contrase[nñ]a)(?:(?P<lead>[ \t]+es|[ \t]*,)(?=[ \t]+(?P<value>[^.?!;]+)))?|"
    r"signo[ \t]+de[ \t]+(?P<exclaim>exclamaci[oó]n)|"
    r"signo[ \t]+(?:de[ \t]+)?(?P<dollar>d[oó]lar|pesos?)|"
    r"signo[ \t]+de[ \t]+(?P<hash>n[uú]mero|gato)|(?P<star>asterisco)|"
    r"(?P<capital>may[uú]scula))(?!\w)"
)


# What makes the words after "contraseña es" a value, not talk about it ("es muy larga"):
# a digit, a number word, a symbol or a capital said.
_ES_VALUE_SIGN = re.compile(
    r"(?i)\d|\b(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|signo|asterisco|"
    r"may[uú]scula|arroba|gui[oó]n)\b|[A-Za-z]+\d"
)


def _es_password_edits(text: str) -> list[tuple[int, int, str]]:
    """ "contraseña es" -> "password is", "signo de dólar" -> "dollar sign", "asterisco" ->
    "asterisk", "mayúscula" -> "capital": the words around a password said in Spanish."""
    edits = []
    for m in _ES_PASSWORD_WORDS.finditer(text):
        if m.group("cue"):
            lead = m.group("lead") and _ES_VALUE_SIGN.search(m.group("value"))
            end = m.end() if lead else m.end("cue")
            edits.append((m.start(), end, "password is" if lead else "password"))
        elif m.group("exclaim"):
            edits.append((m.start(), m.end(), "exclamation mark"))
        elif m.group("dollar"):
            edits.append((m.start(), m.end(), "dollar sign"))
        elif m.group("hash"):
            edits.append((m.start(), m.end(), "hashtag"))
        elif m.group("star"):
            edits.append((m.start(), m.end(), "asterisk"))
        else:
            edits.append((m.start(), m.end(), "capital"))
    return edits


# French digits read one by one ("quatre un cinq, neuf cinq zéro"), as bilingual callers
# read a phone number: only a run of three or more digit words holding a word no English
# sentence says ("huit", "neuf") is a number, so "un", "six" or "sept" alone stay.
_FR_DIGITS = {
    "zéro": "zero", "zero": "zero", "un": "one", "deux": "two", "trois": "three",
    "quatre": "four", "cinq": "five", "six": "six", "sept": "seven", "huit": "eight",
    "neuf": "nine",
}  # fmt: skip
_FR_ONLY = frozenset(["zéro", "deux", "trois", "quatre", "cinq", "huit", "neuf"])
_FR_CUES = re.compile(r"(?i)\b(?:z[ée]ro|deux|trois|quatre|cinq|huit|neuf)\b")
_FR_TOKEN = re.compile(r"[^\W\d_]+|[,.\-]")


def french_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """French digit words in a run of three or more with a French-only word, as English
    digit words ("huit sept neuf" -> "eight seven nine"); "double" before one stays."""
    if not _FR_CUES.search(text):
        return []
    toks = [(m.group().lower(), m.start(), m.end()) for m in _FR_TOKEN.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        if toks[i][0] not in _FR_DIGITS:
            i += 1
            continue
        members = [i]
        j = i + 1
        while j < n:
            k = toks[j][0]
            nxt = toks[j + 1][0] if j + 1 < n else ""
            if k in _FR_DIGITS:
                members.append(j)
            elif not (k in (",", ".", "-", "double") and nxt in _FR_DIGITS):
                break
            j += 1
        words = [toks[m][0] for m in members]
        if len(words) >= 3 and any(w in _FR_ONLY for w in words):
            for m in members:
                word, s, e = toks[m]
                if _FR_DIGITS[word] != word:
                    edits.append((s, e, _FR_DIGITS[word]))
        i = j
    return edits
