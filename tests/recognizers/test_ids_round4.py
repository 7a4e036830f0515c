"""Red-team round 4: typed and spelled passwords, answers with a title, letter-led and
grouped identifiers, MAC addresses, plates, and addresses with a city or a second line.

Values and phrasings are invented; each table has its near misses next to its matches.
"""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.address_recognizer import AddressRecognizer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.security_answer_recognizer import SecurityAnswerRecognizer
from tests.recognizers.conftest import call_of, found, redacted

PASSWORD_CASES = [
    # typed passwords on their own: a symbol inside, or after a mixed-case value
    ("ok so make it Copper#Falls19 for now", {"Copper#Falls19"}),
    ("I'd like it to be Tulip&Rain7.", {"Tulip&Rain7"}),
    ("Got it, Wren$ong88, capital W.", {"Wren$ong88"}),
    ("set it as quartz_lamp31 please", {"quartz_lamp31"}),
    ("it's RiverStone51! now", {"RiverStone51!"}),
    # spelled aloud, as the normaliser writes it
    ("so that's capital p e a c h four one exclamation point",
     {"capital p e a c h four one exclamation point"}),
    ("let me repeat capital g as in golf o a t two two exclamation",
     {"capital g as in golf o a t two two exclamation"}),
    ("it's lantern dollar sign sixty two", {"lantern dollar sign sixty two"}),
    ("mosaic two nine asterisk", {"mosaic two nine asterisk"}),
    # near misses: prices, times, emails, brands, models, IVR symbols, bank names
    ("it costs $40 at AT&T", set()),
    ("see you at 5pm!", set()),
    ("email me at dora_vance42@example.com", set()),
    ("the router is a Clearpath-5G with Wi-Fi 6", set()),
    ("enter your pin followed by the pound sign", set()),
    ("I bank with Capital One 360", set()),
    ("use capital letters and 2 numbers", set()),
    ("5 star review!", set()),
    ("no i changed it to maple 12", set()),  # weak alone: needs a password cue nearby
]  # fmt: skip

# Weak patterns: the words before the value (the turn itself) name a password.
PASSWORD_CUED_CASES = [
    ("the wifi password is the same, is it still copper kettle 63", {"copper kettle 63"}),
    ("the passcode i had expired so i changed it to lilac_moon 58", {"lilac_moon 58"}),
    ("for the password i think i put otter 2017", {"otter 2017"}),
    ("your password, is it still working for you?", set()),
    ("the password was reset 3 times", set()),
]

SECURITY_CASES = [
    ("my first pet was Mr. Whiskers", {"Mr. Whiskers"}),
    ("my favorite teacher was mrs. alvarado", {"mrs. alvarado"}),
    ("childhood best friend is coach dalton", {"coach dalton"}),
    # weak alone: "I put" is an answer only when a KBA topic is near
    ("i think i put missus okonkwo", set()),
    ("i put it in the drawer", set()),
    ("I used to live there", set()),
]

ACCOUNT_CASES = [
    ("passport number c four seven one nine two eight three six",
     {"c four seven one nine two eight three six"}),
    ("and his is b 63018274", {"b 63018274"}),
    ("member id is k 7730 2291", {"k 7730 2291"}),
    ("the mac on the sticker says 3C 22 FB 91 4A 7D", {"3C 22 FB 91 4A 7D"}),
    ("it's b8:27:eb:4c:19:d2", {"b8:27:eb:4c:19:d2"}),
    ("mac 5c8a.9f2e.1b14 ok", {"5c8a.9f2e.1b14"}),
    ("tracking is 1Z 4R2 88A 03 1192 6650", {"1Z 4R2 88A 03 1192 6650"}),
    ("serial KX4 77 2019 88", {"KX4 77 2019 88"}),
    ("my plate is JRD 4471", {"JRD 4471"}),
    ("THE TRUCK'S PLATE WAS HMV 562.", {"HMV 562"}),
    ("license plate number 7ABC123", {"7ABC123"}),
    ("tag is q r z two one nine", {"q r z two one nine"}),
    # near misses: amounts with an article, counts, words, plates without a value
    ("it was a 1500000 loan", set()),
    ("it takes a 2 hour drive", set()),
    ("I have a 2019 honda", set()),
    ("the account number is a 10 digit number", set()),
    ("dead beef cafe bad", set()),
    ("the plate was stolen 2 days ago", set()),
    ("my plates expire in 2026", set()),
    ("meet at 3pm 4pm 5pm 6pm", set()),
    ("12 34 56 78", set()),
]  # fmt: skip

ADDRESS_CASES = [
    ("it happened at 4410 cedar crest drive in kalamazoo", {"4410 cedar crest drive in kalamazoo"}),
    ("we're at 77 birch lane in ann arbor and the dog is fine", {"77 birch lane in ann arbor"}),
    ("1250 SOUTH 9TH AVENUE, FARGO.", {"1250 SOUTH 9TH AVENUE, FARGO"}),
    ("send it to 318 maple court, dayton.", {"318 maple court, dayton"}),
    ("12 Old Quarry Rd., RR 4, Stowe, VT 05672",
     {"12 Old Quarry Rd., RR 4, Stowe, VT 05672", "Stowe, VT 05672", "RR 4"}),
    ("600 new market street", {"600 new market street"}),
    ("9 old county road, po box 12, bangor, maine 04401",
     {"9 old county road, po box 12, bangor, maine 04401", "po box 12", "bangor, maine 04401"}),
    ("55 birch lane, duluth 55802", {"55 birch lane, duluth 55802"}),
    ("my sister is living in tacoma", {"tacoma"}),
    # near misses: rooms, months, counts, a comma before a courtesy word
    ("the living room one", set()),
    ("it's in the living room by the tv", set()),
    ("12 oak street in the back", {"12 oak street"}),
    ("12 oak street in march", {"12 oak street"}),
    ("12 oak street, please.", {"12 oak street"}),
    ("12 oak street, i think.", {"12 oak street"}),
    ("we got 200 new points", set()),
    ("2 new lanes opened", set()),
    ("5 other ways to pay", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PASSWORD_CASES)
def test_password_round4(text: str, expected: set[str]) -> None:
    assert found(PasswordRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), PASSWORD_CUED_CASES)
def test_password_with_context_word(text: str, expected: set[str], analyzer) -> None:
    turns = redacted(analyzer, call_of(("Agent", text)))
    assert {value for entity, value in turns[0] if entity == "PASSWORD"} == expected


@pytest.mark.parametrize(("text", "expected"), SECURITY_CASES)
def test_security_answer_round4(text: str, expected: set[str]) -> None:
    assert found(SecurityAnswerRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCOUNT_CASES)
def test_account_id_round4(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), ADDRESS_CASES)
def test_address_round4(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# The question types a short answer: (question, answer, entity, value redacted or None).
QUESTION_CASES = [
    ("and the verbal passcode on the file?", "falcon 19", "PASSWORD", "falcon 19"),
    ("what's the passcode on the account", "um, it's harbor 7", "PASSWORD", "harbor 7"),
    ("What would you like the new password to be?", "Let's do Juniper!Sky83.", "PASSWORD",
     "Juniper!Sky83"),
    ("and the passcode on the account?", "hold on one sec", "PASSWORD", None),
    ("and the passcode on the account?", "it's 6 digits i think", "PASSWORD", None),
    ("who was your favorite teacher", "oh i think i put mister delacroix", "SECURITY_ANSWER",
     "mister delacroix"),
    ("What was your first pet's name?", "Pepper. Actually maybe I used Sir Pepper.",
     "SECURITY_ANSWER", "Sir Pepper"),
    ("what street did you grow up on", "i probably put juniper", "SECURITY_ANSWER", "juniper"),
    # no KBA or password question: the same replies are not values
    ("how many boxes did you order?", "i think i put 4 in the cart", "SECURITY_ANSWER", None),
    ("is there anything else?", "bluebird 12", "PASSWORD", None),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "entity", "value"), QUESTION_CASES)
def test_answer_typed_by_question(question, answer, entity, value, analyzer) -> None:
    turns = redacted(analyzer, call_of(("Agent", question), ("Caller", answer)))
    values = [v for e, v in turns[1] if e == entity]
    if value is None:
        assert values == []
    else:
        assert any(value in v for v in values)
