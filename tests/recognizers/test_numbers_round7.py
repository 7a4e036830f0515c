"""Numbers read aloud, round 7: ids with two letter groups ("ORD AA 51734"), a bare
confirmation or invoice cue, "rx" said before a prescription number, a birth date said
year first, and a unit said alone. Values are invented; each table has near misses."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, redacted

MATCHES = [
    (
        "do you have your file reference number",
        "yes it's ORD AA 51734",
        "ACCOUNT_ID",
        "ORD AA 51734",
    ),
    ("do you have the bag reference", "sure, LAX UA 220914", "ACCOUNT_ID", "LAX UA 220914"),
    ("ok", "THANK YOU. CONFIRMATION RQX 44180.", "ACCOUNT_ID", "RQX 44180"),
    ("ok", "your confirmation is 55120 thanks", "ACCOUNT_ID", "55120"),
    ("hello", "HI, I WANT TO PAY INVOICE 83361 OVER THE PHONE.", "ACCOUNT_ID", "83361"),
    (
        "do you have the prescription number",
        "yeah its uh rx six two oh nine one one four",
        "ACCOUNT_ID",
        "rx six two oh nine one one four",
    ),
    ("and your date of birth", "1984, march 3rd", "DATE_OF_BIRTH", "1984, march 3rd"),
    ("date of birth please", "1972 july the 9th", "DATE_OF_BIRTH", "1972 july the 9th"),
    ("okay", "apartment nine b", "ADDRESS", "apartment nine b"),
    ("anything else for the address", "it's unit 22", "ADDRESS", "unit 22"),
    ("hi", "Hi, it's Dana Ruiz in unit 7. The heater is out.", "ADDRESS", "unit 7"),
]


@pytest.mark.parametrize(("question", "answer", "entity", "value"), MATCHES)
def test_round7_values_are_found(analyzer, question, answer, entity, value):
    found = redacted(analyzer, call_of(("Agent", question), ("Caller", answer)))[1]
    assert (entity, value) in found


NEGATIVES = [
    "we finished unit 3 of the training and suite 100 and 200 are booked",
    "the invoice for 2500 dollars is due friday",
    "the total is USD 25000 and the flight UA 1184 lands at noon",
    "I have a confirmation of 2000 dollars pending",
    "the meeting is in room 204 at 3pm, confirmation email sent",
    "units 4 through 9 are getting new carpet",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round7_non_values_are_kept(analyzer, text):
    found = redacted(analyzer, call_of(("Agent", "how can i help"), ("Caller", text)))[1]
    assert not {e for e in found if e[0] in ("ACCOUNT_ID", "ADDRESS", "DATE_OF_BIRTH")}
