"""Regenerate ``recognizers/name_words_first.txt`` and ``name_words_last.txt``: first
names and surnames from many cultures that are no English word.

The shared lexicon's own lists are faker's en_US ones (690 first names, 1,000 surnames),
which miss most names a US call centre hears ("anjali mehta", "zbigniew kaminski",
"ayesha siddiqui"). These files add, lower case without accents:
  - the US Census 1990 name lists (88,799 surnames, 5,494 first names; public-domain data
    shipped by the ``names`` package, MIT), and
  - the first and last names of every Latin-script locale faker ships (romanised names
    where a locale has them: ja_JP, zh_CN, ...).
Only words that are no English word are kept (the lexicon, spaCy's stop words, call
vocabulary), so an English word ("rob", "sunny", "mills") keeps needing a cue and the
conversation stays readable. Brands and firms a call names are dropped too.

    pip install -e '.[namelists]' && python -m recognizers.make_name_words
"""

from __future__ import annotations

import importlib
import importlib.resources
import pkgutil
import sys
from pathlib import Path

import regex as re

from recognizers.base import BRANDS

FIRST_OUTPUT = Path(__file__).with_name("name_words_first.txt")
LAST_OUTPUT = Path(__file__).with_name("name_words_last.txt")
# Names that are also English words, but rare ones ("rosa", "gemma", "hooks", "lan"):
# a name after a cue or next to another name, never alone.
FIRST_WORD_OUTPUT = Path(__file__).with_name("name_words_first_rare_word.txt")
LAST_WORD_OUTPUT = Path(__file__).with_name("name_words_last_rare_word.txt")
# Zipf frequency (wordfreq, English) below which a word that is also a name is rare enough
# to be the name after a cue: "rosa" 3.8, "dana" 3.8, "hooks" 3.7; not "grace" 4.6,
# "church" 5.2, "sunny" 4.1.
_RARE_WORD_ZIPF = 4.0
_CENSUS_FIRST = ("dist.female.first", "dist.male.first")
_CENSUS_LAST = ("dist.all.last",)
_LATIN = re.compile(r"[a-z][a-z'-]*[a-z]")
# Faker's attributes that hold names (lists, or dicts of name -> weight).
_FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
_LAST_ATTRS = ("last_names", "last_romanized_names")
# Words a call says that are in some name list but are interjections or brands.
_NOT_NAMES = BRANDS | frozenset(
    str.split(
        """huh ouch hmm mhm uh um ok okay yeah nope yup til kay yeh aye bro app apps edu org
        iban luhn logins"""
    )
)


# First names common on UK, Irish, South Asian and African calls that neither the census
# lists nor faker's locales hold ("priyanka", "morag", "oluwaseun"), and everyday short
# forms ("jonno", "robbo"); kept by the same rules as the listed names.
_EXTRA_FIRST = frozenset(
    str.split(
        """priyanka deepika ananya sanjay sunita rajesh deepak vikram kiran sandeep pradeep
        sunil vijay ajay swati rekha geeta anjali pooja neha rahul arjun rohan kavya meera
        lakshmi shreya sneha divya nikhil aarav vihaan ishaan aditya manoj ramesh suresh
        mahesh ganesh dinesh naveen praveen lalitha kavitha sangeeta savita nisha ritu
        gurpreet harpreet manpreet jaspreet sukhpreet baljit kuldeep amrit gurinder jasvinder
        harjit parminder rupinder navdeep tanvir imran farhan ayesha zainab bilal hamza tariq
        yusuf fatima nasreen shabana rubina faisal
        chidi chinedu ifeoma obinna nkechi adaeze oluwaseun folasade temitope bukola
        funmilayo kemi segun tunde yetunde babajide chiamaka ngozi emeka uchenna olumide
        thabo lerato themba bongani zanele nomsa lindiwe sipho ayanda kwame kofi abena
        morag eilidh dafydd gethin cerys ffion aisling roisin siobhan niamh aoife saoirse
        caoimhe sinead oisin cillian eoin padraig ruairi grainne clodagh fionnuala eimear
        mairead cathal donal colm fiachra tadhg ailsa catriona mhairi iain eilish
        jonno robbo jono gazza shaz bec steph tash"""
    )
)


# Short forms common as an agent's or a caller's name that are everyday English words too
# ("josh", "nick"): kept with the rare-word names (after a cue only) whatever their frequency.
_WORD_FIRST = frozenset(str.split("josh owen ben nick matt lucy"))


def _words(names) -> set[str]:
    from recognizers.spoken_person_recognizer import fold

    out: set[str] = set()
    for name in names:
        for part in str(name).replace("-", " ").split():
            low = fold(part)
            if _LATIN.fullmatch(low):
                out.add(low)
    return out


def _faker_names(attrs: tuple[str, ...]) -> set[str]:
    from faker.providers import person

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in attrs:
            names = getattr(provider, attr, None)
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                out |= _words(names)
    return out


def _census_names(files: tuple[str, ...]) -> set[str]:
    root = importlib.resources.files("names")
    return _words(
        line.split()[0]
        for name in files
        for line in (root / name).read_text(encoding="ascii").splitlines()
        if line.strip()
    )


def name_words() -> dict[Path, list[str]]:
    """Sorted names per output file: first names and surnames that are no English word,
    and those that are rare English words."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from wordfreq import zipf_frequency

    from recognizers.spoken_person_recognizer import lexicon, not_name_word

    lex = lexicon()

    def candidate(word: str) -> bool:
        return (
            len(word) >= 3
            and word not in STOP_WORDS
            and word not in _NOT_NAMES
            and not not_name_word(word)
        )

    def rare_word(word: str) -> bool:
        return lex.is_word(word) and zipf_frequency(word, "en") < _RARE_WORD_ZIPF

    firsts = {
        w
        for w in _faker_names(_FIRST_ATTRS) | _census_names(_CENSUS_FIRST) | _EXTRA_FIRST
        if candidate(w)
    }
    lasts = {w for w in _faker_names(_LAST_ATTRS) | _census_names(_CENSUS_LAST) if candidate(w)}
    return {
        FIRST_OUTPUT: sorted(w for w in firsts if not lex.is_word(w)),
        LAST_OUTPUT: sorted(w for w in lasts if not lex.is_word(w)),
        FIRST_WORD_OUTPUT: sorted(
            w for w in firsts | _WORD_FIRST if rare_word(w) or w in _WORD_FIRST
        ),
        LAST_WORD_OUTPUT: sorted(w for w in lasts if rare_word(w)),
    }


if __name__ == "__main__":
    for path, words in name_words().items():
        path.write_text("\n".join(words) + "\n", encoding="utf-8")
        sys.stdout.write(f"{len(words)} names -> {path}\n")
