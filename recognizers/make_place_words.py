"""Regenerate ``recognizers/us_place_words.txt``: one-word US place names that are also
English words ("denver", "mobile", "phoenix").

The NER pre-filter (``call_analyzer._worth_ner``) skips turns made only of English words,
but spaCy finds these places even in lower case ("i live in denver"), so they keep NER on.
Source: the US entries of libphonenumber's geocoding data (``phonenumbers``, Apache-2.0),
kept where the lexicon calls the name an English word.

    python -m recognizers.make_place_words
"""

from __future__ import annotations

import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("us_place_words.txt")


def place_words() -> list[str]:
    from phonenumbers.geodata import GEOCODE_DATA

    from recognizers.spoken_person_recognizer import lexicon

    names = lexicon()
    single = {
        city.lower()
        for prefix, by_language in GEOCODE_DATA.items()
        if prefix.startswith("1") and "en" in by_language
        for city in [by_language["en"].split(",")[0].strip()]
        if " " not in city and len(city) > 2
    }
    return sorted(word for word in single if names.is_word(word))


if __name__ == "__main__":
    words = place_words()
    OUTPUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(words)} words -> {OUTPUT}\n")
