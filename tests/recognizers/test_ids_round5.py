"""Red-team round 5: letter-prefixed and interleaved identifiers, ids read with
hesitations, replies that are only an id, a username, a city and zip or a spoken
passphrase, corrected security answers, and spoken emails of several words.

Values and phrasings are invented; each table has its near misses next to its matches.
"""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.address_recognizer import AddressRecognizer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.security_answer_recognizer import SecurityAnswerRecognizer
from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from tests.recognizers.conftest import call_of, found, redacted

ACCOUNT_CASES = [
    # letters before the number, with or without a cue
    ("the prescription number is RX 7731904, 60 capsules", {"RX 7731904"}),
    ("Your repair order is RO 40418827.", {"RO 40418827"}),
    ("WORK ORDER NUMBER IS WK 3320917.", {"WK 3320917"}),
    ("It's MCOAS 55120.", {"MCOAS 55120"}),
    ("purchase order pq 7719302 was approved", {"pq 7719302"}),
    # read in pieces, with a hesitation or commas between them
    ("my bag tag is UA 402 118, um, 67", {"UA 402 118, um, 67"}),
    ("It's K P, uh, 4 4, 1 0 9, 3 7 2.", {"K P, uh, 4 4, 1 0 9, 3 7 2"}),
    ("the account number is 5521 0093, uh, 47", {"5521 0093, uh, 47"}),
    # letters and digits interleaved, spelled or typed
    ("I have it as P3M8X4 here", {"P3M8X4"}),
    ("okay so b7k2p9 and the last name", {"b7k2p9"}),
    # near misses: flights, currencies, standards, zips, models, dimensions, counts
    ("I flew UA 1184 from Denver", set()),
    ("it was USD 25000 in total", set()),
    ("we are ISO 27001 certified", set()),
    ("ship it to Erie, PA 16501", set()),
    ("the VX-4000 modem keeps rebooting", set()),
    ("I returned the XR-2200 printer", set()),
    ("we need 12x16x4 boxes", set()),
    ("my prescription is 30 tablets a month", set()),
    ("order 1500 units by friday", set()),
    ("And the Rx BIN is 004336?", set()),
    ("CPT 99213 was billed twice", set()),
    ("It's MRN 00552914.", set()),
]  # fmt: skip

EMAIL_CASES = [
    # the normaliser joins only the word before "at": the words before it belong too
    ("sure it's m castillo ruiz eighty eight at yahoo dot com",
     "m castillo ruiz eighty eight at yahoo dot com"),
    ("is it still lindqvist clan at comcast dot net", "lindqvist clan at comcast dot net"),
    ("then it's t nakamura ink seven at gmail dot com", "t nakamura ink seven at gmail dot com"),
    # words before the email that are not part of it
    ("send it to rosa.m@example.org please", "rosa.m@example.org"),
    ("you can use my work one jsmith at acme dot com", "jsmith at acme dot com"),
    ("my email is delgado at outlook dot com", "delgado at outlook dot com"),
    ("okay great thanks bo at hey dot com", "bo at hey dot com"),
]  # fmt: skip

ADDRESS_CASES = [
    # "Dr" after a number and a function word is a doctor, not a drive
    ("what about the one from Dr Okafor", set()),
    ("it's 1 from dr patel", set()),
    ("we're at 40 Fairview Dr in Akron", {"40 Fairview Dr in Akron"}),
    # a unit before the street needs its number; "on" and "in" are not street words
    ("And the unit is 3300 Kestrel Way, Unit 9B?", {"3300 Kestrel Way, Unit 9B"}),
    ("Apt. 4, 18 Elm Ct.", {"Apt. 4, 18 Elm Ct."}),
    ("is the 1 on route 9 still open", set()),
]

SECURITY_CASES = [
    ("biscuit, no, sorry, mister biscuit", {"mister biscuit"}),
    # the first answer, corrected, is redacted too
    ("oh rex no wait duke rex was the neighbor's", {"rex", "duke"}),
    ("hartley, i mean hartwell", {"hartley", "hartwell"}),
    ("actually i think it was hollis", {"hollis"}),
    # near misses: corrections that are not answers
    ("sorry about that", set()),
    ("no wait i don't know", set()),
    ("wait what", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACCOUNT_CASES)
def test_account_id_round5(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), ADDRESS_CASES)
def test_address_round5(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), EMAIL_CASES)
def test_email_local_part_of_several_words(text: str, expected: str) -> None:
    values = found(SpokenEmailRecognizer(), text)
    assert max(values, key=len) == expected


@pytest.mark.parametrize(("text", "expected"), SECURITY_CASES)
def test_corrected_security_answer(text: str, expected: set[str]) -> None:
    # weak alone: a KBA question in front of it gives the context
    assert found(SecurityAnswerRecognizer(), text) == set()
    assert found(SecurityAnswerRecognizer(), text, threshold=0.2) == expected


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (AccountIdRecognizer, "yeah its QT"),
        (AccountIdRecognizer, "f"),
        (AccountIdRecognizer, "MSPLA 30917."),
        (AccountIdRecognizer, "it's k adeyemi forty two"),
        (AddressRecognizer, "rochester one four six oh nine"),
        (PasswordRecognizer, "copper kettle"),
    ],
)
def test_bare_replies_are_weak_alone(recognizer, text: str) -> None:
    """A reply that is only a value needs the question's context to be reported."""
    assert found(recognizer(), text) == set()


# The question types a short reply: (question, reply, entity, value redacted or None).
QUESTION_CASES = [
    ("can I get the member id", "yeah it's QT", "ACCOUNT_ID", "QT"),
    ("and the policy number?", "uh, j k", "ACCOUNT_ID", "j k"),
    ("what's the license number", "f", "ACCOUNT_ID", "f"),
    ("Do you have the claim reference?", "MSPLA 30917.", "ACCOUNT_ID", "MSPLA 30917"),
    ("what's the username on the account", "it's k adeyemi forty two", "ACCOUNT_ID",
     "k adeyemi forty two"),
    ("and the city and zip", "rochester one four six oh nine", "ADDRESS",
     "rochester one four six oh nine"),
    ("can you give me your verbal password", "copper kettle", "PASSWORD", "copper kettle"),
    ("does he need his own passcode", "yes give him silver birch", "PASSWORD", "silver birch"),
    ("and your mother's maiden name", "hanley no wait hendry hanley was my grandmother",
     "SECURITY_ANSWER", "hendry"),
    # the same shapes where the question does not ask for them, or the reply is not one
    ("what's your flight number", "delta 11", "ACCOUNT_ID", None),
    ("and the account number", "okay", "ACCOUNT_ID", None),
    ("whats the member id", "a", "ACCOUNT_ID", None),
    ("can you give me your verbal passcode", "hold on let me find it", "PASSWORD", None),
    ("and the passcode?", "i don't remember", "PASSWORD", None),
    ("and the passcode?", "sounds good", "PASSWORD", None),
    ("is there anything else", "purple giraffe", "PASSWORD", None),
    ("how much do you owe", "about 12000", "ADDRESS", None),
    ("what's the total", "around 25000", "ADDRESS", None),
    ("what was your first pet's name", "sorry about that", "SECURITY_ANSWER", None),
]  # fmt: skip


@pytest.mark.parametrize(("question", "reply", "entity", "value"), QUESTION_CASES)
def test_reply_typed_by_question(question, reply, entity, value, analyzer) -> None:
    turns = redacted(analyzer, call_of(("Agent", question), ("Caller", reply)))
    values = [v for e, v in turns[1] if e == entity]
    if value is None:
        assert values == []
    else:
        assert any(value in v for v in values), turns[1]
