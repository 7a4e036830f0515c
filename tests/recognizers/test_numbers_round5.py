"""Numbers read aloud, round 5: answers made only of digit homophones, a zero group said
"oh oh oh", a remark after the last group, a card read straight into its expiry and code,
flights, amounts and an employer's EIN that are not a person's, read-backs, word
passcodes and firm names given for a name. Values are invented; each table has the near
misses beside the matches.
"""

from __future__ import annotations

import pytest

from recognizers import questions
from recognizers.card_expiry_recognizer import CardExpiryRecognizer
from recognizers.cvv_recognizer import CvvRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import call_of, found, redacted

NORMALISED = [
    # a whole answer of digits and homophones, where a value starts
    ("ate too for won", "8241"),
    ("to too nine for", "2294"),
    ("yeah it's for won six six", "yeah it's 4166"),
    ("my pin is ate for to won", "my pin is 8421"),
    ("sure for six to, five five five, two one ate oh", "sure 4625552180"),
    ("um for to seven oh won three", "um 427013"),
    ("the number is too ate six won", "the number is 2861"),
    ("my pin is oh for to won", "my pin is 0421"),
    ("too for oh ate", "2408"),
    # ... not a range, a count, a preposition before an address, or a sentence
    ("for one to two weeks", "for 1 to 2 weeks"),
    ("for one to one", "for 1 to 1"),
    ("it's for three people", "it's for 3 people"),
    ("to five six seven pine street", "to 567 pine street"),
    ("i ate for two", "i ate for 2"),
    ("we went to four stores", "we went to 4 stores"),
    ("press three for claims", "press 3 for claims"),
    ("me too for sure", "me too for sure"),
    ("the account number for one two three four elm", "the account number for 1234 elm"),
    ("oh too bad", "oh too bad"),
    ("it is oh to be young", "it is oh to be young"),
    # a group of zeros said alone
    ("oh oh oh", "000"),
    ("okay oh oh oh oh", "okay 0000"),
    ("oh oh", "oh oh"),
    ("oh oh oh i see now", "oh oh oh i see now"),
    # written hex pairs and suites stay as written; "oh i" is the exclamation
    ("the mac is 5E 0B 44 0C 9A", "the mac is 5E 0B 44 0C 9A"),
    ("suites 2c 3c 4c", "suites 2C 3C 4C"),
    ("oh i think so", "oh i think so"),
    ("oh a little", "oh a little"),
    ("o b r i e n", "OBRIEN"),
    ("k 4 b", "K4B"),
    # thousands said with the hundreds implied, and amounts before a new clause
    ("the deposit is two thousand four seventy five", "the deposit is 2,475"),
    ("rent is one thousand six twenty and utilities", "rent is 1,620 and utilities"),
    (
        "loans totaling forty two thousand six hundred we'll email",
        "loans totaling 42,600 we'll email",
    ),
    ("two thousand eight", "2008"),
    ("my pin is two thousand four seventy five", "my pin is 2475"),
    ("two thousand four seventy five maple court", "2475 maple court"),
    # prices said around a sale
    ("its eighty nine ninety five on sale this week", "its 89.95 on sale this week"),
    ("they're two forty nine ninety nine plus shipping", "they're 249.99 plus shipping"),
    ("its eighty nine ninety five", "its 8995"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalised(text: str, expected: str) -> None:
    assert normalize(text).text == expected


SAFETY_NET = [
    # a flight said with its route or departure is the airline's, not the caller's
    ("forty one twelve portland to denver", set()),
    ("we're on fifty two oh nine departing at noon", set()),
    ("it was 1877 from tampa to newark", set()),
    ("the flight was sixty six oh four out of reno", set()),
    # an employer's or a company's EIN names a business
    ("the employer EIN is 83-4417205", set()),
    ("their federal tax id is 27-9901346.", set()),
    # money said with "totaling"
    ("three payments totaling 5,240 so far", set()),
    # ... but an id with a place-like word after it stays redacted
    ("the account is 7718 from chase", {"7718"}),
    ("my pin is 3390 from my old card", {"3390"}),
    ("its 6621 going to work", {"6621"}),
    ("my ssn is 512-40-8836", {"512-40-8836"}),
]


@pytest.mark.parametrize(("text", "expected"), SAFETY_NET)
def test_safety_net(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


# Card, expiry and code read in one breath (Luhn-valid cards only).
CARD_ANSWERS = [
    ("4485 2271 9934 0121, 11 29, 3 0 8", "4485 2271 9934 0121", "11 29", "3 0 8"),
    ("6011 5078 2233 1417 0927 551", "6011 5078 2233 1417", "0927", "551"),
    ("4485227199340121, oh four twenty eight, seven seven two", "4485227199340121",
     "oh four twenty eight", "seven seven two"),
    ("44 85 22 71 99 34 01 21, 02/31, 946", "44 85 22 71 99 34 01 21", "02/31", "946"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "card", "expiry", "cvv"), CARD_ANSWERS)
def test_card_then_expiry_then_code(text: str, card: str, expiry: str, cvv: str) -> None:
    assert card in found(SpokenCardRecognizer(), text)
    assert expiry in found(CardExpiryRecognizer(), text)
    assert cvv in found(CvvRecognizer(), text)


NOT_CARD_TAILS = [
    "4485 2271 9934 0120 11 29 308",  # not a valid card: nothing follows it
    "4485 2271 9934 0121 and 250 dollars",
    "4485 2271 9934 0121 12 25 minutes",
    "account 22051877 12 29 400",
]


@pytest.mark.parametrize("text", NOT_CARD_TAILS)
def test_no_expiry_or_code_without_a_card(text: str) -> None:
    assert not found(CvvRecognizer(), text)
    assert not {v for v in found(CardExpiryRecognizer(), text) if v not in ("12 25", "12 29")}


QUESTIONS = [
    # the company's name in the greeting is not what is asked
    ("good morning city water and power this is renee can i get the account number",
     ("ACCOUNT_ID",)),
    ("thanks for calling state street dental my name is omar what's your date of birth",
     ("DATE_OF_BIRTH",)),
    ("what city and state", ("CITY",)),
    # a patient's record number
    ("do you have the medical record number?", ("ACCOUNT_ID",)),
    ("and your chart number", ("ACCOUNT_ID",)),
    # a read-back, then the next request
    ("march ninth got it and a good callback number", ("PHONE_NUMBER",)),
    ("and an email for the receipt", ("EMAIL_ADDRESS",)),
    # numbers that name a thing, not the caller
    ("and what flight were you on", (questions.NOT_PERSONAL,)),
    ("what modem do you have", (questions.NOT_PERSONAL,)),
    ("and the employer's EIN?", (questions.NOT_PERSONAL,)),
    ("what's the flight confirmation code", ("ACCOUNT_ID",)),
    ("can i have your name and flight number", ("PERSON", questions.NOT_PERSONAL)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "types"), QUESTIONS)
def test_question_types(question: str, types: tuple[str, ...]) -> None:
    assert questions.question_types(normalize(question).text) == types


@pytest.mark.parametrize(
    ("question", "digits", "expected"),
    [
        ("and what flight", 4, True),
        ("what model is it", 4, True),
        ("the employer's EIN please", 9, True),
        ("and what flight", 9, False),
        ("what's the account number", 4, False),
        ("how can i help", 4, False),
    ],
)
def test_not_personal_answer(question: str, digits: int, expected: bool) -> None:
    assert questions.not_personal_answer(question, digits) is expected


CALLS = [
    # homophones as a whole answer
    ([("A", "and the security pin"), ("C", "ate too for won")], 1, ("PIN", "ate too for won")),
    ([("A", "what's your phone number"), ("C", "for oh to, five five five, one three ate six")],
     1, ("PHONE_NUMBER", "for oh to, five five five, one three ate six")),
    ([("A", "can i get the member number"), ("C", "yeah its to for six won oh nine")],
     1, ("ACCOUNT_ID", "to for six won oh nine")),
    # a routing number read in three groups, one of them all zeros
    ([("A", "what's the routing number"), ("C", "oh six two"), ("A", "okay"), ("C", "oh oh oh"),
      ("A", "mm-hmm"), ("C", "oh nine three")], 3, ("ABA_ROUTING_NUMBER", "oh oh oh")),
    # a remark after the last group
    ([("A", "and the account number"), ("C", "five two one eight"), ("A", "okay"),
      ("C", "three oh four"), ("A", "uh huh"), ("C", "nine one and theres a six at the end sorry")],
     5, ("ACCOUNT_ID", "six")),
    # the agent reads a date back before asking for the next thing
    ([("A", "and your date of birth"), ("C", "eleven twenty one seventy nine"),
      ("A", "november twenty first got it and a good phone number")],
     2, ("DATE_OF_BIRTH", "november twenty first")),
    # a passcode that is a word
    ([("A", "can i have your verbal passcode"), ("C", "silver maple")], 1,
     ("PASSWORD", "silver maple")),
    ([("A", "and the passcode on the account"), ("C", "cobalt 71")], 1, ("PASSWORD", "cobalt 71")),
    ([("A", "whats the passcode"), ("C", "six two two nine")], 1, ("PIN", "six two two nine")),
    # card, expiry and code in one answer
    ([("A", "and the card"), ("C", "4485 2271 9934 0121, 11 29, 3 0 8")], 1, ("CVV", "3 0 8")),
    # a patient's record number
    ([("A", "Do you have the medical record number?"), ("C", "Yes, it's 40918826.")], 1,
     ("ACCOUNT_ID", "40918826")),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "index", "pair"), CALLS)
def test_call(analyzer, turns, index: int, pair: tuple[str, str]) -> None:
    assert pair in redacted(analyzer, call_of(*turns))[index]


NOT_REDACTED = [
    # amounts, prices and flights
    ([("A", "how can i help"), ("C", "the deposit is one thousand seven forty and the rent is "
                                     "one thousand seven forty")], 1),
    ([("A", "hi"), ("C", "you have three loans totaling twenty eight thousand two hundred ill "
                         "send you the form")], 1),
    ([("A", "do you have it"), ("C", "yes its one forty nine ninety nine on sale til friday")], 1),
    ([("A", "and what flight"), ("C", "forty one twelve portland to denver")], 1),
    ([("A", "I'll need the employer's EIN."), ("C", "Sure, the EIN is 83-4417205.")], 1),
    # an everyday exclamation
    ([("A", "that's the fee"), ("C", "oh i think i see")], 1),
    # a word reply to a PIN question that describes the code
    ([("A", "and the passcode on the account?"), ("C", "it's four letters i think")], 1),
    # firms and programmes given for a name
    ([("A", "Beneficiary name?"), ("C", "Harbor Point Title and Escrow LLC.")], 1),
    ([("A", "BENEFICIARY NAME?"), ("C", "NORTHWIND HOLDINGS GROUP.")], 1),
    ([("A", "Can I add a second guest name?"), ("C", "Yes. And my Skyward number is 5521.")], 1),
]  # fmt: skip


def _names_and_numbers(found_pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(e, v) for e, v in found_pairs if e not in ("LOCATION",)}


@pytest.mark.parametrize(("turns", "index"), NOT_REDACTED)
def test_not_redacted(analyzer, turns, index: int) -> None:
    got = _names_and_numbers(redacted(analyzer, call_of(*turns))[index])
    assert all(e != "PERSON" for e, _ in got), got
    if "Skyward" not in turns[index][1]:
        assert got == set(), got


def test_flight_question_ends_the_pending_question(analyzer) -> None:
    call = call_of(
        ("A", "can i have your file number please"),
        ("C", "um i don't have it i just landed"),
        ("A", "okay no problem what was your flight"),
        ("C", "thirty three oh eight from tulsa"),
    )
    assert not any(e == "ACCOUNT_ID" for e, _ in redacted(analyzer, call)[3])
