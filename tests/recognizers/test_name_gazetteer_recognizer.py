"""NameGazetteerRecognizer (PERSON): names with no cue, matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from tests.recognizers.conftest import found

CASES = [
    # first name + surname, lower case and caps, no cue
    ("yeah its maria gonzalez calling about my bill", {"maria gonzalez"}),
    ("IT IS FOR KATHERINE HOLLOWAY", {"KATHERINE HOLLOWAY"}),
    ("send it over to tom becker in billing", {"tom becker"}),
    # a first name outside the list before an unambiguous surname
    ("me and raj patel", {"raj patel"}),
    # particles and multi-part surnames, hyphens, o'/mc prefixes
    ("this is for dolores de la cruz", {"dolores de la cruz"}),
    ("my brother jon paul st james", {"jon paul st james"}),
    ("It's Samuel O'Brien-Hayes.", {"Samuel O'Brien-Hayes"}),
    ("the patient is anna-marie mcallister", {"anna-marie mcallister"}),
    # an unambiguous first name alone, and a surname alone
    ("ok thanks kevin", {"kevin"}),
    ("is brian coming tomorrow", {"brian"}),
    ("unlike the mendoza novel", {"mendoza"}),
    # a first name that is also a word counts after a greeting or before a surname
    ("THANKS GRACE HAVE A GOOD ONE", {"GRACE"}),
    ("ariana green is the speaker", {"ariana green"}),
    # near misses: names that are words, surnames that are words, across punctuation
    ("yes mark it as read", set()),
    ("the grace period is ten days", set()),
    ("i will park out front", set()),
    ("it takes three to five business weeks", set()),
    ("i paid the bill at the bank", set()),
    ("the chase card ending soon", set()),
    ("austin texas", set()),
    ("sure, may i ask why", set()),
    # a surname alone in a list is as often a firm's name ("Nelson and Walker")
    ("the firm nelson and walker", set()),
    ("quotes from garcia, lopez and sons", set()),
    # a name inside a company or street name, or an email address
    ("a quote from Martinez LLC", set()),
    ("mail it to 99 Gardner Pass", set()),
    ("it's jennifer.ross@example.com", set()),
    ("the white house and the long hill", set()),
    # a first name alone after "in"/"near" is a town; a word glued to digits is a model
    ("your luggage is in florence now", set()),
    ("the branch near tyler closes at six", set()),
    ("the rental was a Mazda CX5", set()),
    ("it's a Nissan Rogue2 hybrid", set()),
    ("a call from kevin yesterday", {"kevin"}),
    # a contraction said without its apostrophe is no surname
    ("the bag is with charlotte itll be there tonight", {"charlotte"}),
    ("ask brian thatll be quicker", {"brian"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_gazetteer_recognizer(text: str, expected: set[str]) -> None:
    assert found(NameGazetteerRecognizer(), text) == expected
