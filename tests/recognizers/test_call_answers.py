"""Whole-analyzer checks of where the value sits in a reply (answers.py): codes read in
groups, a unit before a city and state, an area code in parentheses, a dash after a
hesitation, usernames, passwords tried, a birth date asked in two parts. Values are
invented."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.address_recognizer import AddressRecognizer
from recognizers.call_analyzer import CallAnalyzer
from recognizers.password_recognizer import PasswordRecognizer
from tests.recognizers.conftest import (
    all_redacted_values,
    assert_masked,
    call_of,
    covered,
    found,
    redacted,
    redacted_values,
    said,
    value_hidden,
    value_readable,
)

# A reply that is only groups of a code, after an id question.
CODE_REPLIES = [
    ("can i get your vin", "M 52 TQRWZ", "##########"),
    ("and the member id please", "yeah it's 48 H7 KD 2 PXT 301", "yeah it's ##################"),
    ("what's the policy number", "R 9 B 4471", "##########"),
    # a username as typed, with an underscore
    ("and your username?", "kdelaney_design", "###############"),
    ("what's the login", "it's tom.ashby_home", "it's ##############"),
]


@pytest.mark.parametrize(("question", "reply", "expected"), CODE_REPLIES)
def test_a_code_read_in_groups_is_covered(analyzer, question, reply, expected):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    assert got == expected


# Near misses: replies to an id question that are no code.
NOT_CODES = [
    ("can i get your vin", "it's on the 2 door"),
    ("can i get your vin", "it is on the 3 stickers"),
    ("and the member id please", "about 20 dollars"),
    ("what's the policy number", "i have 2 of them"),
    ("can i get your vin", "2018 Tacoma"),
    ("and the member id please", "yes 30 mins"),
    ("and your username?", "same as my email, i think"),
]


@pytest.mark.parametrize(("question", "reply"), NOT_CODES)
def test_a_reply_that_is_no_code_stays(analyzer, question, reply):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    assert "#" not in got


def test_a_unit_before_city_state_and_zip_is_part_of_the_address(analyzer):
    call = call_of(
        ("AGENT", "and the service address"),
        ("CUSTOMER", "eight nineteen larch way"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", "apartment c west haven connecticut zero six five one six"),
    )
    assert "#" in covered(analyzer, call)[3][:11]
    assert covered(analyzer, call)[3].replace(" ", "").strip("#") == ""


def test_an_area_code_in_parentheses_keeps_its_parentheses(analyzer):
    call = call_of(
        ("AGENT", "And what's your cell?"),
        ("CUSTOMER", "It's (512)"),
        ("AGENT", "Go on"),
        ("CUSTOMER", "555-0147"),
    )
    got = covered(analyzer, call)
    assert got[1] == "It's #####"


def test_a_dash_said_after_a_hesitation_stays_in_the_id(analyzer):
    call = call_of(
        ("AGENT", "and the driver license number please"),
        ("CUSTOMER", "it's k five five one two oh eight um dash two two hyphen four one"),
    )
    got = covered(analyzer, call)[1]
    assert "dash" not in got and "um" not in got.split("it's", 1)[1]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("it's hye ah jung", "it's ###########"),  # a hesitation between name words
        # an honorific is part of the name (policy of cycle 56)
        ("it's doctor ifeoma nwosu", "it's ###################"),
        ("MRS. HALVORSEN-PIKE", "###################"),
    ],
)
def test_a_name_answer_is_covered_with_its_title(analyzer, reply, expected):
    call = call_of(("AGENT", "may i have your first and last name"), ("CUSTOMER", reply))
    assert covered(analyzer, call)[1] == expected


@pytest.mark.parametrize("answer", ["mrs pennington", "Mr. Okafor", "MISS DELACROIX"])
def test_a_security_answer_keeps_its_title(analyzer, answer):
    call = call_of(("AGENT", "who was your favorite teacher"), ("CUSTOMER", answer))
    assert covered(analyzer, call)[1] == "#" * len(answer)


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "what city were you born in",
            "Um, let me think, Galway I guess.",
            "Um, let me think, ###### I guess.",
        ),
        (
            "what's the member id",
            "hold on, here it is, 88 KT 2210",
            "hold on, here it is, ##########",
        ),
        ("what's the member id", "hold on let me check", "hold on let me check"),
    ],
)
def test_the_answer_after_a_stall_in_the_same_turn(analyzer, question, reply, expected):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        ("and the city and postcode", "york y o ten four d u", "#####################"),
        ("okay and the city", "moose jaw saskatchewan s6h 4p9", "##############################"),
        ("what's the address there", "flat 3 22 dunmore road", "######################"),
        (
            "what's the address there",
            "we moved in at 22 dunmore road",
            "we moved in at " + "#" * 15,
        ),
    ],
)
def test_a_town_or_unit_before_the_number_is_part_of_the_address(
    analyzer, question, reply, expected
):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


@pytest.mark.parametrize("name", ["will", "grace", "hope"])
def test_an_everyday_first_name_alone_answers_a_name_question(analyzer, name):
    call = call_of(
        ("AGENT", "and your first name"),
        ("CUSTOMER", name),
        ("AGENT", f"okay {name} and date of birth"),
    )
    got = covered(analyzer, call)
    assert got[1] == "#" * len(name)
    assert name not in got[2]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (AccountIdRecognizer, "yeah its QT"),
        (AccountIdRecognizer, "f"),
        (AccountIdRecognizer, "MSPLA 30917."),
        (AccountIdRecognizer, "it's k adeyemi forty two"),
        # (a town sure to be one with its zip is strong alone: "rochester one four six
        # oh nine", see test_address_recognizer; an everyday word before five digits is not)
        (AddressRecognizer, "harbor one four six oh nine"),
        (PasswordRecognizer, "copper kettle"),
    ],
)
def test_bare_replies_are_weak_alone(recognizer, text: str) -> None:
    """A reply that is only a value needs the question's context to be reported."""
    assert found(recognizer(), text) == set()


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


@pytest.mark.parametrize(("question", "answer", "entity", "value"), QUESTION_CASES)
def test_answer_typed_by_question(question, answer, entity, value, analyzer) -> None:
    turns = redacted(analyzer, call_of(("Agent", question), ("Caller", answer)))
    values = [v for e, v in turns[1] if e == entity]
    if value is None:
        assert values == []
    else:
        assert any(value in v for v in values)


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            ("what's the date of birth on the account", "the ninth um of march nineteen ninety"),
            "the ninth um of march nineteen ninety",
        ),
        (
            ("can you mail it?", "Sure, is it still PO Box 3310, Helena, Montana 59601?"),
            "PO Box 3310, Helena, Montana 59601",
        ),
    ],
)
def test_pieces_of_one_value_are_one_span(analyzer, turns, value):
    got = redacted(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert value in {v for _, v in got}


@pytest.mark.parametrize(
    ("turns", "piece"),
    [
        (("what's your email address", "priya dot raman"), "priya dot raman"),
        (("what's your email", "at sign outlook dot com"), "at sign outlook dot com"),
        (("and your email?", "It's chen_wei, sorry, chen_wei88@gmail.com."), "chen_wei"),
        (
            ("what email should we use", "um t dot okafor hold on t dot okafor at aol dot com"),
            "t dot okafor",
        ),
    ],
)
def test_an_email_said_in_pieces(analyzer, turns, piece):
    got = redacted(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert any(piece in value for _, value in got), got


@pytest.mark.parametrize("date", ["19/06/2004", "28.11.1952", "31-01-1999"])
def test_day_first_birth_dates(analyzer, date):
    call = call_of(("AGENT", "What's your date of birth?"), ("CUSTOMER", f"{date}, yes."))
    assert ("DATE_OF_BIRTH", date) in redacted(analyzer, call)[1]


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (("is your member id still DD7731458?", "YES."), "YES."),
        (("And what's the name on the account?", "Let's see, Anka Safak."), "Let's see"),
        (("ok ms hale", "ok"), "ok"),
    ],
)
def test_replies_and_fillers_stay_readable(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert visible in text


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (("which modem do you have?", "It's the Netgear CM1200."), "CM1200"),
        (("what router model is it", "the arris sb6183"), "sb6183"),
    ],
)
def test_a_model_answering_a_model_question_stays(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert visible in text


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (("it expires in 7 days", "CAN I JUST SET IT TO HARBOR77&?"), "HARBOR77&"),
        (("your temporary password is maple2020!", "maple2020!?"), "maple2020!"),
        (("what's the new passcode", "tulip48#"), "tulip48#"),
    ],
)
def test_a_typed_symbol_is_part_of_the_password(analyzer, turns, value):
    got = redacted(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert any(v == value for _, v in got), got


@pytest.mark.parametrize(
    ("turns", "place"),
    [
        (("What's the mailing address?", "Lake Dorisview, Nebraska."), "Lake Dorisview, Nebraska"),
        (("and the city", "East Hollyton, New Jersey 07030"), "East Hollyton, New Jersey 07030"),
        (("the service address please", "south amberport oregon"), "south amberport oregon"),
        (("OKAY AND THEN CITY STATE ZIP", "NEW KELLYBURY OHIO 43004"), "NEW KELLYBURY OHIO 43004"),
    ],
)
def test_a_city_and_its_state(analyzer, turns, place):
    got = redacted(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert ("ADDRESS", place) in got, got


def test_a_unit_after_a_filler_is_part_of_the_address(analyzer):
    call = call_of(
        ("AGENT", "go ahead"),
        (
            "CUSTOMER",
            "it's four twelve alder court uh unit nine salem oregon nine seven three oh one",
        ),
    )
    assert "unit" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (("and the account number", "it takes two to three days"), "two to three days"),
        (("what's the phone number", "it's for my wife"), "for my wife"),
        (("how long", "for 2 weeks"), "for 2 weeks"),
    ],
)
def test_homophones_that_are_words_stay(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert visible in text


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (
            ("and the phone number", "five oh three um four four one two two oh nine"),
            "five oh three",
        ),
        (("what's your social", "417 uh 22 8150"), "417"),
        # a stall while the reader finds the rest, a dash said after it
        (("and the booking reference", "three hundred four let me think dash nine one"), "four"),
        (("what's the case number", "it's 5820 what was it 713"), "5820"),
        (("the order number please", "eighty one hmm hyphen two two six"), "eighty one"),
    ],
)
def test_a_group_before_a_hesitation_is_part_of_the_answer(analyzer, turns, hidden):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert hidden not in text


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (("i need the security answer it's asking for the city you were born in", "ok"), "asking"),
        (("what's your name?", "Mm-hmm."), "Mm-hmm"),
        (("ok", "hi i got a notice that i'm past due"), "past due"),
        (("your temporary password is lemon forty two you'll change it", "ok"), "you'll change"),
        (("the security question is your first pet", "oh um biscuit i think try that"), "try that"),
    ],
)
def test_words_around_answers_stay_readable(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(visible in t for t in text), text


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            (
                "and your date of birth?",
                "Let me read that back. March 4, 1990, correct?",
                "No, 3/14/90.",
            ),
            "3/14/90",
        ),
        (
            ("what's the expiration?", "I have 08/2027. Is that right?", "No, September of 2027."),
            "September of 2027",
        ),
    ],
)
def test_a_correction_after_a_read_back_keeps_its_type(analyzer, turns, value):
    call = call_of(
        ("AGENT", turns[0]), ("CUSTOMER", "ok"), ("AGENT", turns[1]), ("CUSTOMER", turns[2])
    )
    assert any(v == value for _, v in redacted(analyzer, call)[3])


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (
            (
                "what's the license number",
                "So that's echo eight three nine, four double zero three?",
            ),
            "echo",
        ),
        (("what's your employee id", "let me read that back e m p four four one uh six"), "uh six"),
        (("what's the last four of your social", "3,862"), "3,862"),
        (("ok", "That's the card ending in 4,417?"), "4,417"),
        (("what's the confirmation code", "QWZPTK."), "QWZPTK"),
    ],
)
def test_read_back_pieces_are_covered(analyzer, turns, hidden):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert hidden not in text


@pytest.mark.parametrize(
    "said",
    [
        "I tried capital R riverbend 204 hashtag",
        "set it to capital m meadow seven seven star",
        "uppercase k kestrel dollar sign four one",
    ],
)
def test_passwords_spelled_with_a_capital_letter(analyzer, said):
    text = covered(analyzer, call_of(("AGENT", "what's the password"), ("CUSTOMER", said)))[1]
    assert "capital" not in text and "uppercase" not in text


@pytest.mark.parametrize(
    "turns",
    [
        (
            "what's the service address",
            "14 Elm St, Dayton Ohio 45402.",
            "Install between 4:10 p.m. and 2:45 p.m.?",
            "Can you do earlier?",
        ),
        ("what's the recipient's name?", "Rosie Davis.", "And their IBAN?", "ok"),
    ],
)
def test_a_new_question_is_no_read_back(analyzer, turns):
    call = call_of(
        ("AGENT", turns[0]), ("CUSTOMER", turns[1]), ("AGENT", turns[2]), ("CUSTOMER", turns[3])
    )
    got = redacted(analyzer, call)
    assert got[2] == set() and got[3] == set(), got


@pytest.mark.parametrize(
    ("turn", "address"),
    [
        ("mail it to three ten calle del mar apartment c", "three ten calle del mar apartment c"),
        ("it's 88 avenida de la paz unit 4", "88 avenida de la paz unit 4"),
        ("we're at 1200 camino real", "1200 camino real"),
    ],
)
def test_streets_named_type_first(analyzer, turn, address):
    got = redacted(analyzer, call_of(("AGENT", "what's the address"), ("CUSTOMER", turn)))[1]
    assert any(address in v for _, v in got), got


def test_via_the_highway_is_no_street(analyzer):
    text = covered(
        analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", "we got there 5 via the highway"))
    )[1]
    assert "via the highway" in text


@pytest.mark.parametrize(
    ("turn", "address"),
    [
        ("it's 9 ocean drive salt lake city utah 84101", "salt lake city utah 84101"),
        ("2200 grand blvd kansas city missouri 64108", "kansas city missouri 64108"),
    ],
)
def test_cities_named_city(analyzer, turn, address):
    got = redacted(analyzer, call_of(("AGENT", "what's the address"), ("CUSTOMER", turn)))[1]
    assert any(address in v for _, v in got), got


@pytest.mark.parametrize("said", ["11 02 79", "12 25 1985", "03141990"])
def test_birth_dates_written_as_digit_groups(analyzer, said):
    call = call_of(("AGENT", "and your date of birth"), ("CUSTOMER", f"{said}, yes"))
    assert ("DATE_OF_BIRTH", said) in redacted(analyzer, call)[1]


def test_a_security_answer_changed_after_a_correction(analyzer):
    call = call_of(
        ("AGENT", "what was the name of your first pet"),
        ("CUSTOMER", "uh pepper no wait i changed it it's miss whiskers"),
    )
    text = covered(analyzer, call)[1]
    assert "pepper" not in text and "whiskers" not in text


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Last thing, the CVV on the back of the card.", "Yeah, it's 318.", "318"),
        ("one more thing the security code on the back", "let me see four oh two", "four oh two"),
        ("month and year it expires?", "let me see, 7/29, yeah.", "7/29"),
    ],
)
def test_requests_that_open_with_last_thing_and_answers_after_let_me_see(
    analyzer, question, answer, value
):
    got = redacted(analyzer, call_of(("AGENT", question), ("CUSTOMER", answer)))[1]
    assert any(v == value for _, v in got), got


@pytest.mark.parametrize(
    ("turn", "hidden"),
    [
        ("it's six one two forty fourth street apartment nine", "fourth street"),
        ("it's 41 maple lights lot 12 dover delaware 19901", "lot 12"),
    ],
)
def test_ordinal_streets_and_lots(analyzer, turn, hidden):
    text = covered(analyzer, call_of(("AGENT", "what's the address"), ("CUSTOMER", turn)))[1]
    assert hidden not in text


def test_a_month_number_and_an_ordinal_day(analyzer):
    call = call_of(("AGENT", "date of birth"), ("CUSTOMER", "um four ninth nineteen eighty two"))
    assert ("DATE_OF_BIRTH", "four ninth nineteen eighty two") in redacted(analyzer, call)[1]


def test_a_choice_answered_is_no_question(analyzer):
    call = call_of(
        ("AGENT", "would you like to use a card or a bank account?"),
        ("CUSTOMER", "debit card please"),
        ("AGENT", "go ahead with the card number"),
        ("CUSTOMER", "four one one one one one one one one one one one one one one one"),
        ("AGENT", "month and year it expires"),
        ("CUSTOMER", "nine twenty seven"),
        ("AGENT", "cvv"),
        ("CUSTOMER", "yep eight forty one"),
    )
    got = redacted(analyzer, call)
    assert ("CARD_EXPIRY", "nine twenty seven") in got[5]
    assert ("CVV", "eight forty one") in got[7]


@pytest.mark.parametrize(
    ("turn", "code"),
    [("it's SW1A 1AA", "SW1A 1AA"), ("Uh, it's K1A 0B1.", "K1A 0B1"), ("M1 1AE", "M1 1AE")],
)
def test_uk_and_canadian_postcodes(analyzer, turn, code):
    got = redacted(analyzer, call_of(("AGENT", "and the postcode?"), ("CUSTOMER", turn)))[1]
    assert any(v == code for _, v in got), got


def test_an_address_reply_ends_with_its_sentence(analyzer):
    call = call_of(
        ("AGENT", "And the city and zip?"),
        ("CUSTOMER", "Dayton 45402. Yeah, it's the 2019 model."),
    )
    assert "Yeah, it's the 2019 model." in covered(analyzer, call)[1]


def test_a_letter_between_groups_of_a_serial_is_no_unit(analyzer):
    call = call_of(("AGENT", "can I get the serial number"), ("CUSTOMER", "TX 4471 K 2093 18"))
    assert not any(c.isdigit() for c in covered(analyzer, call)[1])


def test_an_amount_asked_for_stays(analyzer):
    call = call_of(("AGENT", "how much was the charge"), ("CUSTOMER", "it was 1500"))
    assert "1500" in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    ("turns", "index", "hidden"),
    [
        (
            ("what's the ip on the sticker", "one ninety two dot won sixty eight dot four dot ten"),
            1,
            "won",
        ),
        (
            (
                "I wanna pay the balance.",
                "I see a phone number ending in 2291, is that still good?",
            ),
            1,
            "2291",
        ),
        (
            ("what's the last four of your social", "Sure, 3862.", "So that's 3,862, correct?"),
            2,
            "3,862",
        ),
        (
            ("and your date of birth", "march", "sorry march what", "march third eighty eight"),
            3,
            "third",
        ),
        (
            (
                "what's the expiration?",
                "May 2029",
                "I have 06/2029. Is that right?",
                "No, May 2029.",
            ),
            3,
            "2029",
        ),
    ],
)
def test_values_restated_clarified_or_checked(analyzer, turns, index, hidden):
    speakers = ["AGENT" if k % 2 == 0 else "CUSTOMER" for k in range(len(turns))]
    if turns[0].endswith("balance."):
        speakers = ["CUSTOMER", "AGENT"]
    call = call_of(*zip(speakers, turns, strict=True))
    assert hidden not in covered(analyzer, call)[index]


@pytest.mark.parametrize("turn", ["Your copay is $56.61.", "The payment is due April 22"])
def test_a_statement_after_an_answer_is_no_read_back(analyzer, turn):
    call = call_of(
        ("AGENT", "and your date of birth?"),
        ("CUSTOMER", "April 9th, 1971."),
        ("AGENT", turn),
    )
    assert redacted(analyzer, call)[2] == set()


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (("what email should i send the receipt to", "zofiakrol nine six eight"), "zofiakrol"),
        (("can i get your employee id", "whiskey uhm four four one two six nine"), "whiskey"),
    ],
)
def test_handles_and_nato_words_after_a_filler(analyzer, turns, hidden):
    assert hidden not in covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        (
            "can i get your name and date of birth",
            "Sure it's Irina Volkova DOB 03 22 1979",
            "Sure it's ############# DOB ##########",
        ),
        ("name and date of birth please", "dev patel date of birth", "######### date of birth"),
        ("Year built?", "1987.", "1987."),
        ("and what year is the car", "twenty fourteen", "twenty fourteen"),
    ],
)
def test_labels_and_a_things_year_are_no_answer(analyzer, question, reply, expected):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        # a stall while the reader finds the rest of the value
        ("and a good phone number", "617 hold on 555 0142", "#" * 20),
        ("the card number please", "4111 1111 let me see 1111 1111", "#" * 30),
        ("and your member id", "4471 hold on i have 2 cards", "#### hold on i have 2 cards"),
    ],
)
def test_a_stall_inside_a_value_keeps_it_one_value(analyzer, question, reply, expected):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


def test_a_name_introduced_with_this_is_answers_a_name_question(analyzer):
    call = call_of(("AGENT", "can i just take your name"), ("CUSTOMER", "um this is oksana melnyk"))
    assert covered(analyzer, call)[1] == "um this is " + "#" * len("oksana melnyk")


@pytest.mark.parametrize(
    ("street", "expected"),
    [("north juniper avenue", "#" * 20), ("the main road", "the main road")],
)
def test_the_street_read_after_the_house_number(analyzer, street, expected):
    call = call_of(
        ("AGENT", "what's the street address"),
        ("CUSTOMER", "6120"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", street),
    )
    assert covered(analyzer, call)[3] == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        ("and when were you born", "june third nineteen eighty won", "#" * 30),
        ("what elementary school did you attend", "that'd be ridgeview elementary",
         "that'd be " + "#" * 20),
    ],
)  # fmt: skip
def test_a_birth_year_homophone_and_a_school_answer(analyzer, question, reply, expected):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        # groups read with commas, a thousands comma inside a value
        ("is there a number where we can text you", "it's 07700, 900, 461", "it's " + "#" * 15),
        ("and your account number please", "eleven thousand two hundred dash forty", "#" * 38),
        ("and your account number please", "it's 4471, and i have 2, 3 cards",
         "it's ####, and i have 2, 3 cards"),
        ("how much do you owe", "about $1,200, give or take", "about $1,200, give or take"),
    ],
)  # fmt: skip
def test_comma_read_groups_are_one_value(analyzer, question, reply, expected):
    assert covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1] == expected


def test_an_amount_with_a_thousands_comma_stays_one_amount(analyzer):
    call = call_of(
        ("AGENT", "and the account number"),
        ("CUSTOMER", "4471 0092"),
        ("AGENT", "your payoff is 7,366 dollars 99 cents"),
    )
    assert covered(analyzer, call)[2] == "your payoff is 7,366 dollars 99 cents"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("and the month and year on the front?", "Hold on... 09/29."),
        ("AND THE MONTH AND YEAR ON THE CARD?", "IT'S 03/2027."),
        ("what's the mm/yy", "oh seven slash twenty eight"),
        ("and the month and year on the front", "that'd be october twenty twenty seven"),
    ],
)
def test_card_expiry_asked_by_its_parts(analyzer, question, reply):
    got = redacted(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    assert any(entity == "CARD_EXPIRY" for entity, _ in got), got


def test_the_agents_read_back_of_an_expiry_asked_by_its_parts(analyzer):
    call = call_of(
        ("AGENT", "and the month and year on the front?"),
        ("CUSTOMER", "6/29"),
        ("AGENT", "Just to confirm, june of 2029."),
    )
    assert redacted(analyzer, call)[2] == {("CARD_EXPIRY", "june of 2029")}


def test_a_birth_month_and_year_is_no_expiry(analyzer):
    call = call_of(("AGENT", "what month and year were you born"), ("CUSTOMER", "may 1984"))
    assert {e for e, _ in redacted(analyzer, call)[1]} == {"DATE_OF_BIRTH"}


def test_a_callers_statement_of_need_asks_the_agent_nothing(analyzer):
    call = call_of(
        ("AGENT", "thank you for calling, how can i help"),
        ("CUSTOMER", "I GOT A STATEMENT THAT WENT TO MY OLD ADDRESS I NEED TO FIX IT"),
        ("AGENT", "SURE NAME AND DATE OF BIRTH"),
        ("CUSTOMER", "TOMASZ WIERZBICKI JUNE 3 1966"),
        ("AGENT", "THANKS YOU OWE $62 DO YOU WANT TO PAY THAT TODAY"),
    )
    got = redacted(analyzer, call)
    assert got[2] == set()
    assert {e for e, _ in got[3]} >= {"PERSON", "DATE_OF_BIRTH"}
    assert got[4] == set()


def test_an_amount_and_a_contraction_after_an_answer_stay(analyzer):
    call = call_of(
        ("AGENT", "can i have your name and date of birth?"),
        ("CUSTOMER", "Ines Valdivia, 8/19/1958."),
        ("AGENT", "Thank you, Ms. Valdivia. You're one payment behind, $427.18 total."),
    )
    got = redacted(analyzer, call)[2]
    assert all(value not in ("You're", "427.18") for _, value in got), got


@pytest.mark.parametrize(
    ("question", "reply", "wrong"),
    [
        ("What number should the courier call?", "713, no wait, sorry, (317) 555-0148.", "713"),
        ("can i get your social", "IT'S 233... ACTUALLY NO, 322-61-4470.", "233"),
        ("best number to reach you?", "reach me at 408... actually no, 804.555.0163.", "408"),
    ],
)  # fmt: skip
def test_a_wrong_start_before_a_correction_is_covered(analyzer, question, reply, wrong):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(wrong)
    assert got[start : start + len(wrong)] == "#" * len(wrong), got


def test_an_address_reply_ends_at_the_address(analyzer):
    call = call_of(
        ("AGENT", "what's your home address?"),
        ("CUSTOMER", "4412 Alder Creek Road, Bend, OR 97701. Did you get that?"),
    )
    assert covered(analyzer, call)[1].endswith(". Did you get that?")


def test_a_new_password_after_password_talk(analyzer):
    call = call_of(
        ("CUSTOMER", "hi i'm locked out, i typed the password too many times"),
        ("AGENT", "ok i've unlocked it and sent a reset link"),
        ("CUSTOMER", "can i just tell you the new one i want it to be walnut nineteen eighty two"),
    )
    got = redacted(analyzer, call)
    assert not any(e == "PASSWORD" for e, _ in got[0])
    assert ("PASSWORD", "walnut nineteen eighty two") in got[2]


def test_a_bank_account_confirmed_by_its_last_digits(analyzer):
    call = call_of(("AGENT", "OKAY $150 TO CHECKING ENDING 5 1 8 AND THE REST TO SAVINGS"))
    assert ("US_BANK_NUMBER", "5 1 8") in redacted(analyzer, call)[0]


def _types_at(analyzer, turns: tuple[tuple[str, str], ...], index: int) -> set[tuple[str, str]]:
    return redacted(analyzer, call_of(*turns))[index]


# The asker asks to hear the answer again in a longer turn ("you cut out there, could you
# repeat that?"): the reply still answers the first question.
@pytest.mark.parametrize(
    ("question", "first", "again", "value", "entity"),
    [
        ("what's the expiry on the card?", "it's 09/31", "november twenty thirty",
         "november twenty thirty", "CARD_EXPIRY"),
        ("and your date of birth?", "the 4th of july 1971", "Sorry, 4/7/71.", "4/7/71",
         "DATE_OF_BIRTH"),
        ("what was the name of your first dog", "it was biscuit", "BISCUIT", "BISCUIT",
         "SECURITY_ANSWER"),
        ("what's the verbal password", "it's tangerine 7", "sure tangerine7!", "tangerine7!",
         "PASSWORD"),
        ("which high school did you go to?", "westbrook high", "Sorry, westbrook high.",
         "westbrook high", "SECURITY_ANSWER"),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "repeat",
    [
        "Sorry, you cut out there, could you repeat that?",
        "say that one more time",
        "sorry i didn't quite catch that, can you say it again",
    ],
)
def test_a_long_request_to_repeat_keeps_the_question(
    analyzer, question, first, again, value, entity, repeat
):
    turns = (("AGENT", question), ("CUSTOMER", first), ("AGENT", repeat), ("CUSTOMER", again))
    assert (entity, value) in _types_at(analyzer, turns, 3)


def test_a_repeat_request_with_nothing_pending_types_nothing(analyzer):
    turns = (
        ("AGENT", "how can i help"),
        ("CUSTOMER", "it's about a bill"),
        ("AGENT", "sorry you cut out, could you repeat that?"),
        ("CUSTOMER", "sorry, my bill"),
    )
    assert _types_at(analyzer, turns, 3) == set()


# A free-text value after its lead in a long reply, and the talk around it kept.
@pytest.mark.parametrize(
    ("question", "reply", "value", "visible"),
    [
        ("what was your first pet's name",
         "oh hang on let me think, my son set this up ages ago, okay here it is "
         "that'd be whiskers if that helps",
         "whiskers", "if that helps"),
        ("can you tell me the passphrase",
         "right so the app logged me out again this morning anyway it should be "
         "copper fox forty two, i think that's the one",
         "copper fox forty two", "i think that's the one"),
        ("what's the security word on the account",
         "hold on i'm just getting out of the car so bear with me it should be "
         "capital lantern nine underscore and i hope that works",
         "capital lantern nine underscore", "i hope that works"),
        ("MAY I HAVE YOUR PASSWORD?", "UM, IS IT BANJO? NO WAIT, WE CHANGED IT. SILVER BIRCH",
         "SILVER BIRCH", "NO WAIT"),
    ],
)  # fmt: skip
def test_a_free_text_value_after_its_lead(analyzer, question, reply, value, visible):
    text = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert set(text[start : start + len(value)]) == {"#"}, text
    assert visible in text


@pytest.mark.parametrize(
    "reply",
    [
        "hold on let me check, i don't know what it is, it's been years honestly",
        "sorry i don't remember it, it was something my wife set up a long time ago",
        "honestly i have no idea, is it the one on the letter or something else",
    ],
)
def test_a_long_reply_with_no_value_after_a_lead_stays(analyzer, reply):
    turns = (("AGENT", "what's the verbal password on the account"), ("CUSTOMER", reply))
    assert covered(analyzer, call_of(*turns))[1] == reply


# The asker says a security answer back ("okay lisbon?"): it is covered there too.
@pytest.mark.parametrize(
    ("question", "answer", "echo", "value"),
    [
        ("what city were you born in?", "It's lisbon.", "okay lisbon?", "lisbon"),
        ("what's your mother's maiden name", "it's kowalczyk yeah", "okay kowalczyk", "kowalczyk"),
        ("what was your first car", "a corolla", "corolla, thank you", "corolla"),
    ],
)
def test_the_asker_saying_a_security_answer_back(analyzer, question, answer, echo, value):
    turns = (("AGENT", question), ("CUSTOMER", answer), ("AGENT", echo))
    got = _types_at(analyzer, turns, 2)
    assert any(value in v for _, v in got), got


def test_the_asker_saying_something_else_is_no_echo(analyzer):
    turns = (("AGENT", "what city were you born in?"), ("CUSTOMER", "It's lisbon."),
             ("AGENT", "okay great thank you"))  # fmt: skip
    assert _types_at(analyzer, turns, 2) == set()


# Expiry and date shapes an answer may have.
@pytest.mark.parametrize(
    ("question", "reply", "entity", "value"),
    [
        ("and the month and year on the front?", "yeah it's 3 slash 29, sorry", "CARD_EXPIRY",
         "3 slash 29"),
        ("what's the expiration date", "eleven slash twenty eight", "CARD_EXPIRY",
         "eleven slash twenty eight"),
        ("what's your date of birth?", "24/8/87.", "DATE_OF_BIRTH", "24/8/87"),
        ("and your birthday", "it's 30.1.02", "DATE_OF_BIRTH", "30.1.02"),
    ],
)  # fmt: skip
def test_expiry_and_birth_date_shapes(analyzer, question, reply, entity, value):
    turns = (("AGENT", question), ("CUSTOMER", reply))
    assert (entity, value) in _types_at(analyzer, turns, 1)


# The expiry answered, the code given with it: the code is the CVV, not a new question.
@pytest.mark.parametrize(
    ("reply", "expiry", "code"),
    [
        ("oh nine twenty eight and the code on back is five five two", "oh nine twenty eight",
         "five five two"),
        ("12 30 and the code on the back is 4 1 7", "12 30", "4 1 7"),
    ],
)  # fmt: skip
def test_a_code_given_with_the_expiry(analyzer, reply, expiry, code):
    turns = (("AGENT", "what's the card number"), ("CUSTOMER", "4111 1111 1111 1111"),
             ("AGENT", "and the expiration"), ("CUSTOMER", reply))  # fmt: skip
    got = _types_at(analyzer, turns, 3)
    assert ("CVV", code) in got, got
    assert any(e == "CARD_EXPIRY" and expiry in v for e, v in got), got


# A street spelled after "how do you spell the street?", and a town with its postcode read
# after the street.
@pytest.mark.parametrize(
    "reply", ["K, O, R, A, W, A, I.", "T-O-R-O-K-A.", "lima india mike echo", "H Z."]
)
def test_a_spelled_street_is_part_of_the_address(analyzer, reply):
    turns = (("AGENT", "what's the address?"), ("CUSTOMER", "it's 14 korawai road"),
             ("AGENT", "How do you spell the street?"), ("CUSTOMER", reply))  # fmt: skip
    text = covered(analyzer, call_of(*turns))[3]
    assert sum(c == "#" for c in text) >= len(reply.rstrip(".")) - 1, text


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("It's Via Lombardi 27.", "Bergamo 24121"),
        ("sure calle de los olivos 8", "sevilla four one oh one two"),
        ("sure am lindenhof 12", "göttingen three seven zero eight three"),
    ],
)
@pytest.mark.parametrize("question", ["where are we sending it?", "where should it be shipped?"])
def test_a_town_and_postcode_after_the_street(analyzer, street, town, question):
    turns = (("AGENT", question), ("CUSTOMER", street), ("AGENT", "okay, go on."),
             ("CUSTOMER", town))  # fmt: skip
    assert covered(analyzer, call_of(*turns))[3] == "#" * len(town)


def test_a_spelled_reply_to_another_question_is_no_address(analyzer):
    turns = (("AGENT", "how many people are travelling?"), ("CUSTOMER", "T-W-O."))
    assert not any(e == "ADDRESS" for e, _ in _types_at(analyzer, turns, 1))


# A recalled security answer between hedges: "ha, …, i think i put that", "hmm, i want to
# say …, yeah", "… or it might be all lowercase". The value is covered, the hedges stay.
HEDGED_ANSWERS = [
    ("What was the make of your first car?", "Ha, Buick Skylark, I think I put that.",
     "Buick Skylark"),
    ("for security what street did you grow up on", "juniper lane i think i put that",
     "juniper lane"),
    ("WHO WAS YOUR FAVORITE TEACHER", "THAT'S MRS HALLORAN I THINK I PUT THAT", "MRS HALLORAN"),
    ("What's your mother's maiden name?", "Hmm, de Almeida — or it might be all lowercase.",
     "de Almeida"),
    ("WHAT CITY WERE YOU BORN IN?", "HMM, I WANT TO SAY CEDAR FALLS, YEAH.", "CEDAR FALLS"),
    ("what was the name of your first pet", "heh whiskers if i remember right", "whiskers"),
    ("and who was your favorite teacher?", "Oh wow, I think I put Mr. Abernathy.",
     "Mr. Abernathy"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "reply", "value"), HEDGED_ANSWERS)
def test_a_hedged_security_answer_is_covered(analyzer, question, reply, value):
    text = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert text[start : start + len(value)] == "#" * len(value), text
    # the hedge around it is no part of the answer
    assert text[: max(0, start - 2)] == reply[: max(0, start - 2)], text
    tail = start + len(value) + 2
    assert text[tail:] == reply[tail:], text


# A question asked back after a turn about a password or a security question is no answer;
# a weekday's date or a date at a time after a birth date is an appointment.
NOT_ANSWERS = [
    (("CUSTOMER", "I reset my password and now it's asking my security question and I can't "
                  "remember what I put."),
     ("AGENT", "Which question does it show?")),
    (("CUSTOMER", "I FORGOT MY PASSWORD AND NOW IT'S ASKING MY SECURITY QUESTION AND I DON'T "
                  "KNOW WHAT I PUT."),
     ("AGENT", "WHAT'S THE QUESTION ON THE SCREEN?")),
    (("AGENT", "Can I get your date of birth?"), ("CUSTOMER", "4/9/1983."),
     ("AGENT", "Thanks. I have you Monday the 22nd at 10:15 for the cleaning. Does that work?")),
    (("AGENT", "Can I get your date of birth?"), ("CUSTOMER", "12/30/1969."),
     ("AGENT", "Okay. Your cleaning is on Wednesday the 8th. Can you come earlier?")),
    (("AGENT", "and your birthday"), ("CUSTOMER", "june 5 1990"),
     ("AGENT", "how about friday the 3rd at two")),
]  # fmt: skip


@pytest.mark.parametrize("turns", NOT_ANSWERS)
def test_a_question_or_an_appointment_is_no_answer(analyzer, turns):
    last = covered(analyzer, call_of(*turns))[-1]
    assert "#" not in last, last


# An expiry after a long lead and a check that it was heard, and after a question "over
# the phone" that asked for no phone number.
EXPIRY_CALLS = [
    ((("AGENT", "AND THE EXPIRATION DATE"),
      ("CUSTOMER", "I'VE HAD THIS ACCOUNT SINCE TWENTY TWELVE AND NOBODY'S EVER ASKED ME THAT BUT "
                   "NINE SLASH TWENTY EIGHT DID YOU GET THAT")), "NINE SLASH TWENTY EIGHT"),
    ((("CUSTOMER", "hi can i pay my bill over the phone"),
      ("AGENT", "sure, go ahead with the card number"),
      ("CUSTOMER", "4111 1111 1111 1111"), ("AGENT", "and expiry"),
      ("CUSTOMER", "october 28")), "october 28"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "value"), EXPIRY_CALLS)
def test_an_expiry_after_a_lead_or_a_phone_payment(analyzer, turns, value):
    text = covered(analyzer, call_of(*turns))[-1]
    start = turns[-1][1].index(value)
    assert text[start : start + len(value)] == "#" * len(value), text


# A year said with "since" before the answer in the same reply is no part of it; a year
# that is the whole answer stays covered.
SINCE_YEAR_REPLIES = [
    ("and the last four of your social", "i've had this card since 2012, but it's 5530",
     "5530", "2012"),
    ("CAN YOU SAY YOUR PIN", "I'VE BANKED HERE SINCE TWENTY NINETEEN BUT SIX TWO SIX ONE",
     "SIX TWO SIX ONE", "TWENTY NINETEEN"),
    ("what's your date of birth", "we've lived here since 1998 but it's may 2 1961",
     "may 2 1961", "1998"),
    ("what year were you born", "since 1979 i guess", "1979", None),
]  # fmt: skip


@pytest.mark.parametrize(("question", "reply", "value", "kept"), SINCE_YEAR_REPLIES)
def test_a_year_since_before_the_answer_stays(analyzer, question, reply, value, kept):
    text = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert "#" in text[start : start + len(value)], text
    if kept:
        assert kept in text, text


A, C = "AGENT", "CUSTOMER"


def _two(analyzer, question: str, reply: str) -> str:
    return covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]


# Digits before the word of a spelled password belong to it; "exactly like that" does not.
@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("seven one marble hashtag exactly like that", " exactly like that"),
        ("twenty six capital k kettle pound sign", ""),
        ("nine three walnut exclamation mark just like that", " just like that"),
    ],
)
def test_spelled_password_with_digits_first(analyzer, reply, kept):
    out = _two(analyzer, "what's the password on the account?", reply)
    assert out.startswith("#") and "#" not in out[len(out) - len(kept) :], out


def test_count_before_a_symbol_word_is_no_password(analyzer):
    out = _two(analyzer, "how can i help?", "i paid 45 dollars hashtag blessed")
    assert "45" in out, out


def test_how_it_is_typed_is_no_part_of_a_free_text_value(analyzer):
    call = call_of(
        ("AGENT", "what would you like the new password to be?"),
        ("CUSTOMER", "let's do harbor plus 61"),
        ("AGENT", "can you say that again slowly"),
        ("CUSTOMER", "harbor plus 61 exactly like that"),
    )
    out = covered(analyzer, call)
    assert out[3].endswith(" exactly like that") and out[3].startswith("#"), out


@pytest.mark.parametrize(
    ("reply", "login"),
    [
        ("it's hvaldrosk", "hvaldrosk"),
        ("Um, it's pkowalczy.", "pkowalczy"),
        ("it's dmarsh 47", "dmarsh 47"),
        ("ORLANDA.BEAUFORT.", "ORLANDA.BEAUFORT"),
    ],
)
def test_username_reply_is_redacted(analyzer, reply, login):
    out = _two(analyzer, "and the username on the account?", reply)
    start = reply.index(login)
    assert out[start : start + len(login)] == "#" * len(login), out


@pytest.mark.parametrize(
    "reply", ["it's somewhere", "it's probably 45", "yes it is", "it's on the card"]
)
def test_ordinary_words_after_a_username_question_are_kept(analyzer, reply):
    assert "#" not in _two(analyzer, "what's your username?", reply)


# "what year were you born?" then "and the month and day?": both parts are the birth date.
SPLIT_DOB = [
    ("What year were you born?", "'58.", "And the month and day?", "February 17th.", "'58",
     "February 17th"),
    ("what year were you born", "sixty one", "and the month and day", "the sixth of april",
     "sixty one", "the sixth of april"),
    ("WHAT YEAR WERE YOU BORN?", "'93.", "AND THE DAY AND MONTH?", "APRIL 9.", "'93", "APRIL 9"),
]  # fmt: skip


@pytest.mark.parametrize("q1,a1,q2,a2,year,day", SPLIT_DOB)
def test_birth_date_asked_in_two_parts(analyzer, q1, a1, q2, a2, year, day):
    out = covered(analyzer, call_of((A, q1), (C, a1), (A, q2), (C, a2)))
    assert year not in out[1] and "#" * len(year) in out[1], out
    assert day not in out[3], out


def test_month_and_day_without_a_birth_question_stays(analyzer):
    out = covered(
        analyzer,
        call_of((A, "When did the charge post?"), (C, "Last week."), (A, "And the month and day?"),
                (C, "June 3rd.")),
    )  # fmt: skip
    assert "June 3rd" in out[3], out


# A password the caller says they tried: only the value is redacted.
TRIED = [
    ("What's the current password?", "I've been typing otter-maple6, but it keeps saying invalid.",
     "otter-maple6"),
    ("what password are you trying to use", "i keep entering heron dash cobalt nine and it fails",
     "heron dash cobalt nine"),
    ("WHAT'S THE CURRENT PASSWORD?", "I'VE BEEN TYPING BISON2017, BUT IT KEEPS SAYING INVALID.",
     "BISON2017"),
    ("What password are you using?", "I've been typing capital t ulip dash wren four, but no luck.",
     "capital t ulip dash wren four"),
]  # fmt: skip


@pytest.mark.parametrize("question,reply,value", TRIED)
def test_tried_password_value_only(analyzer, question, reply, value):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert "#" * len(value) in out[1], out
    assert "typing" in out[1].lower() or "entering" in out[1], out
    assert "invalid" in out[1].lower() or "fails" in out[1] or "luck" in out[1], out


@pytest.mark.parametrize(
    "reply", ["i've been trying to log in all day", "ok it wants ten characters i'm gonna use uh"]
)
def test_tried_talk_without_a_value_stays(analyzer, reply):
    out = covered(analyzer, call_of((A, "what's the password"), (C, reply)))
    assert "#" not in out[1], out


def test_one_moment_after_a_birth_date_read_back_stays(analyzer):
    out = covered(
        analyzer,
        call_of((A, "And date of birth?"), (C, "11/02/64."), (A, "November 2nd, 1964?"),
                (C, "Yes."), (A, "Okay, one moment."), (C, "Sure, 2 minutes is fine.")),
    )  # fmt: skip
    assert out[4] == "Okay, one moment.", out
    assert "#" not in out[5], out


@pytest.mark.parametrize(
    "reply,value",
    [
        ("My wife, Petra Lund, 27/04/1979, and my mother.", "27/04/1979"),
        ("Just my partner Sione Tapu, 14.09.1966.", "14.09.1966"),
    ],
)
def test_day_first_birth_date_of_a_household_member(analyzer, reply, value):
    out = covered(analyzer, call_of((A, "Who else lives at the property?"), (C, reply)))
    assert value not in out[1], out
    assert value[-4:] not in out[1], out


def test_day_first_recent_date_stays(analyzer):
    out = covered(analyzer, call_of((A, "When was the last payment?"), (C, "On 18/03/2025.")))
    assert "18/03" in out[1], out


@pytest.mark.parametrize(
    "question,reply,value",
    [
        ("And the Family Court file number?", "KLR 2208/2021.", "KLR 2208/2021"),
        ("What's the docket number?", "it's 5521/19 I believe", "5521/19"),
    ],
)
def test_court_file_number_with_its_year(analyzer, question, reply, value):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert value not in out[1] and "#" * len(value.split()[-1]) in out[1], out


@pytest.mark.parametrize(
    "question,reply,value,tail",
    [
        ("What was your first pet's name?", "captain fluffles, probably.", "captain fluffles",
         "probably"),
        ("What high school did you attend?", "LINCOLN HIGH, PROBABLY.", "LINCOLN HIGH",
         "PROBABLY"),
        ("What was your mother's maiden name?", "Okonkwo, I reckon.", "Okonkwo", "I reckon"),
    ],
)  # fmt: skip
def test_hedge_after_a_security_answer_stays(analyzer, question, reply, value, tail):
    out = covered(analyzer, call_of((A, question), (C, reply)))
    assert value not in out[1] and tail in out[1], out


@pytest.mark.parametrize("reply", ["friday march twenty second", "April 17.", "august ninth"])
def test_passport_expiry_is_no_card_expiry(analyzer, reply):
    out = covered(analyzer, call_of((A, "and the expiry on the passport?"), (C, reply)))
    assert out[1] == reply, out


def test_card_expiry_still_redacted(analyzer):
    out = covered(analyzer, call_of((A, "and the expiry on the card?"), (C, "11/29")))
    assert "11/29" not in out[1], out


def test_birth_year_after_a_backchannel_question(analyzer):
    out = covered(
        analyzer,
        call_of((A, "for verification can i get your dob"), (C, "march ninth"),
                (A, "mm-hmm year?"), (C, "sixty three yeah"), (A, "and what's the amount"),
                (C, "forty five")),
    )  # fmt: skip
    assert "sixty three" not in out[3] and "yeah" in out[3], out
    assert "forty five" in out[5], out


def test_password_offered_as_a_question(analyzer):
    out = covered(
        analyzer,
        call_of((A, "what password would you like to set"), (C, "um yeah can it be marigold")),
    )
    assert "marigold" not in out[1] and "can it be" in out[1], out


def test_pet_name_after_what_it_was(analyzer):
    out = covered(
        analyzer,
        call_of((A, "what was your first pet"), (C, "oh boy it was a poodle her name was pepper")),
    )
    assert "pepper" not in out[1] and "a poodle" in out[1], out


# --- passwords given, retried, offered and spelled back; birth dates asked again or in
# parts; a unit asked alone ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        (
            "please don't tell me your password, i'm resetting it",
            "oh my password was tulip_88 anyway",
            ["tulip_88"],
            ["my password was"],
        ),
        (
            "Can I have your name and verbal passcode?",
            "Oriana, and the passcode is Marmalade42!.",
            ["Marmalade42!"],
            ["and the passcode is"],
        ),
        (
            "That doesn't match. Can you try again?",
            "Hmm, maybe it's the old one, pelican!.",
            ["pelican!"],
            ["maybe it's the old one"],
        ),
        (
            "what do you want the new password to be?",
            'Sure. Make it "thistledown."',
            ["thistledown"],
            ['Make it "'],
        ),
    ],
)
def test_password_reply_keeps_its_talk_visible(ner_analyzer, question, reply, hidden, kept) -> None:
    turns = [("agent", "and your verbal passcode?"), ("customer", "Quillon_7"), ("agent", question)]
    assert_masked(ner_analyzer, [*turns, ("customer", reply)], 3, hidden, kept)


@pytest.mark.parametrize(
    ("line", "hidden", "kept"),
    [
        ("your temp password is heron lake five one all lower case", ["heron lake"], ["all lower"]),
        ("Okay, my password was Falcon!, is that a problem?", ["Falcon!"], ["is that"]),
    ],
)
def test_password_value_ends_before_how_it_is_typed(analyzer, line, hidden, kept) -> None:
    assert_masked(analyzer, [("customer", line)], 0, hidden, kept)


def test_to_before_a_new_code_is_the_preposition(analyzer) -> None:
    turns = [
        ("agent", "the keypad code failed three times, do you want to change the master code"),
        ("customer", "yeah set it to eight two five one"),
    ]
    assert_masked(analyzer, turns, 1, ["eight two five one"], ["set it to"])


def test_birth_date_asked_again_of_a_named_caller(analyzer) -> None:
    turns = [
        ("agent", "Thanks, and can you confirm your date of birth, Tomas?"),
        ("customer", "3 9 1977"),
        ("agent", "Got it. And Lucia, yours?"),
        ("customer", "august 14th 81"),
    ]
    assert_masked(analyzer, turns, 3, ["august 14th 81"], [])


def test_year_of_something_else_after_the_birth_date(analyzer) -> None:
    turns = [
        ("agent", "Name and date of birth?"),
        ("customer", "Rowan Tiller, 5/23/1991. I moved away in 2016."),
    ]
    assert_masked(analyzer, turns, 1, ["5/23/1991"], ["2016"])


@pytest.mark.parametrize(
    ("middle", "retry", "hidden", "kept"),
    [
        ("That's not what we have on file.", "Try willow bench.", ["willow bench"], ["Try"]),
        (
            "okay one moment please",
            "so sure",
            [],
            ["so sure"],
        ),
    ],
)
def test_retry_after_a_miss(analyzer, middle, retry, hidden, kept) -> None:
    turns = [
        ("agent", "Can I have your name and verbal passcode?"),
        ("customer", "Dana Whitlock, and the password is silver lantern."),
        ("agent", middle),
        ("customer", retry),
    ]
    assert_masked(analyzer, turns, 3, hidden, kept)
    # the asker's own words stay readable
    assert_masked(analyzer, turns, 2, [], [middle.rstrip(".")])


def test_retry_after_a_hold_then_a_miss(analyzer) -> None:
    turns = [
        ("agent", "can i have your name and verbal passcode"),
        ("customer", "dana whitlock passcode is silver lantern"),
        ("agent", "i'm just going to put you on a brief hold"),
        ("customer", "sure"),
        ("agent", "hmm that doesn't match"),
        ("customer", "oh maybe it's orchid tea"),
    ]
    assert_masked(analyzer, turns, 5, ["orchid tea"], ["oh maybe it's"])


def test_offered_password_is_masked(analyzer) -> None:
    turns = [
        ("agent", "you can pick a new password now"),
        ("customer", "can i use tundra at six four one one"),
    ]
    assert_masked(analyzer, turns, 1, ["tundra at six four one one"], ["can i use"])


def test_rules_for_a_new_password_are_no_value(analyzer) -> None:
    turns = [
        ("customer", "okay it worked it wants a new password"),
        ("agent", "make it at least ten characters with a number and a symbol"),
    ]
    assert_masked(analyzer, turns, 1, [], ["at least ten characters"])


@pytest.mark.parametrize(
    ("first", "rest", "reply"),
    [
        ("Can I get your year of birth?", "Month and day as well please.", "March 9"),
        ("What year were you born?", "and the month and day too", "11/23"),
    ],
)
def test_birth_date_asked_in_parts(analyzer, first, rest, reply) -> None:
    turns = [("agent", first), ("customer", "1966"), ("agent", rest), ("customer", reply)]
    assert_masked(analyzer, turns, 1, ["1966"], [])
    assert_masked(analyzer, turns, 3, [reply], [])


def test_temporary_password_spelled_back(analyzer) -> None:
    turns = [
        (
            "agent",
            "I'm going to reset your password. The temporary one is going to be Qrst!Lake2290. "
            "You'll need to change it when you log in.",
        ),
        ("customer", "Let me write that down. Q-R-S-T, exclamation, Lake, 2290?"),
    ]
    assert_masked(
        analyzer, turns, 1, ["Q-R-S-T, exclamation, Lake, 2290"], ["Let me write that down"]
    )


def test_how_long_a_temporary_password_lasts_is_no_value(analyzer) -> None:
    line = "now the temporary password is good for twenty four hours once you log in"
    assert_masked(analyzer, [("agent", line)], 0, [], ["good for twenty four hours"])


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("is it kauri", ["kauri"], ["is it"]),
        ("oh it might be kauri twelve", ["kauri twelve"], ["it might be"]),
        ("TRY RED KESTREL.", ["RED KESTREL"], ["TRY"]),
    ],
)
def test_guess_lead_is_no_part_of_the_password(analyzer, reply, hidden, kept) -> None:
    turns = [("agent", "and what's the password on the account?"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)


def test_value_passed_on_for_another(analyzer) -> None:
    turns = [
        ("agent", "okay and does he want his own password for the phone"),
        ("customer", "yes he said tongariro"),
    ]
    assert_masked(analyzer, turns, 1, ["tongariro"], ["he said"])


@pytest.mark.parametrize("reply", ["done", "all set.", "take your time.", "no rush"])
def test_an_acknowledgement_is_no_answer(analyzer, reply: str) -> None:
    # a hold or the password rules keep the question open; the caller's reply is no value
    call = call_of(
        ("agent", "what's your first pet's name?"),
        ("customer", "um... pickles"),
        ("agent", "i'm just going to put you on a brief hold."),
        ("customer", reply),
        ("agent", "now set a new password please don't say it out loud"),
        ("customer", "um is walnut ampersand four four one two"),
        ("agent", "it should be at least twelve characters"),
        ("customer", reply),
    )
    found = redacted(analyzer, call)
    assert found[3] == set() and found[7] == set()


def test_a_remark_about_the_screen_is_no_question_read_off_it(analyzer) -> None:
    # the agent's "the system shows …" does not make the caller the asker
    call = call_of(
        ("agent", "okay the system shows two wrong attempts so it locked did you maybe type "
         "the driver id where it asks for the pin"),
        ("customer", "oh maybe i did that's three one oh four four"),
        ("agent", "yeah that's probably it the pump asks for driver id first then pin"),
        ("customer", "yeah it asked odometer i put five ten three sixty"),
        ("agent", "okay try again driver id then odometer then pin and you're limited to "
         "one hundred twenty gallons per fill"),
    )  # fmt: skip
    assert redacted(analyzer, call)[4] == set()


def test_number_closing_four_word_password(ner_analyzer):
    text = "your temporary password is capital r iver maple thirty one seven you'll change it"
    got = redacted_values(ner_analyzer, "A: " + text)
    assert "capital r iver maple thirty one seven" in got[0]


def test_hedge_after_password_stays_visible(ner_analyzer):
    got = redacted_values(ner_analyzer, "C: i think my password was orchid twenty nineteen maybe")
    assert any(v.startswith("orchid") for v in got[0])
    assert not any("maybe" in v for v in got[0])


def test_password_count_after_stays_visible(ner_analyzer):
    got = redacted_values(ner_analyzer, "A: the temporary password is good for 48 hours")
    assert got[0] == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [("what unit are you in", "seven oh two"), ("which unit do you live in", "three eighteen")],
)
def test_unit_asked_alone(ner_analyzer, question, answer):
    assert answer in redacted_values(ner_analyzer, "A: " + question, "C: " + answer)[1]


def test_unit_of_measure_not_address(ner_analyzer):
    got = redacted_values(ner_analyzer, "A: what unit of measure is that", "C: twelve kilos")
    assert got[1] == []


def test_a_storage_unit_asked_for_is_no_home_address(ner_analyzer):
    got = redacted_values(ner_analyzer, "A: which unit is it", "C: it's two six eight")
    assert got[1] == []


# ---- round 52-54 fixes: a card expiry or birth date asked with talk run on, or said in two turns


@pytest.mark.parametrize(
    ("ask", "reply", "hidden"),
    [
        (
            "A: expiration month and year i'll note that on the file",
            "C: may of twenty thirty",
            "may",
        ),
        ("A: expiry date and then we're nearly done", "C: uh october twenty eight", "october"),
        (
            "A: date of birth and then i'll pull up the account",
            "C: june ninth nineteen seventy",
            "june",
        ),
    ],
)
def test_request_with_talk_run_on_after_it(analyzer, ask, reply, hidden):
    masks = covered(analyzer, said(ask, reply))
    assert hidden not in masks[1], masks[1]


@pytest.mark.parametrize(
    ("first", "second", "month", "year"),
    [
        ("C: It's 09", "C: slash 31.", "09", "31"),
        ("C: uh, the month is 4", "C: and twenty thirty", "4", "twenty thirty"),
    ],
)
def test_expiry_said_in_two_turns(analyzer, first, second, month, year):
    values = redacted_values(analyzer, "A: Expiry date?", first, "A: Mm-hmm.", second)
    assert month in values[1], values
    assert year in values[3], values


def test_expiry_half_then_amount_stays(analyzer):
    masks = covered(analyzer, said("A: Expiry date?", "C: It's 11", "A: Okay.", "C: 40 dollars?"))
    assert "40 dollars" in masks[3], masks


# ---- round 52-54 fixes: a security answer amid surprise words; after an address question


@pytest.mark.parametrize(
    ("reply", "value"),
    [("Oh wow. Pickles. Our hamster.", "Pickles"), ("Gosh! Marmalade. My old cat.", "Marmalade")],
)
def test_a_security_answer_without_surprise_or_explanation(analyzer, reply, value):
    masks = covered(analyzer, said("A: what was the name of your first pet?", "C: " + reply))
    start = reply.index(value)
    assert masks[1][start : start + len(value)] == "#" * len(value)
    assert masks[1][: start - 1] == reply[: start - 1]
    assert masks[1].endswith(reply[reply.index(value) + len(value) + 2 :])


def test_a_goodbye_and_an_amount_answer_no_address_question(analyzer):
    masks = covered(
        analyzer,
        said(
            "C: And is the address still 812 Heron Bay Dr?",
            "A: It is. The cleaning is $70 and the shots are $30.",
            "C: Okay. Was it $240 to Huehuetenango?",
            "A: Alright, have a good one. Bye now.",
        ),
    )
    assert "#" not in masks[1] and "#" not in masks[3], masks
    assert "$240 to" in masks[2], masks[2]


def test_home_in_a_town_answers_where_located(analyzer):
    masks = covered(
        analyzer, said("A: and where are you located right now", "C: home in east marlowe")
    )
    assert masks[1].startswith("home in ") and "east" not in masks[1], masks[1]
    assert "marlowe" not in masks[1], masks[1]


# ---- round 52-54 fixes: dates of things done after a birth date


@pytest.mark.parametrize(
    "line",
    [
        "A: Found you. A refund for $210 was mailed on July 9 to your old address.",
        "A: The balance was credited to your account on September 22, not refunded.",
        "A: The ticket was dismissed on April 4th, 2021. A copy is $5.",
        "A: I'll end-date it as November 30th. Anything else?",
        "A: Session 1 is July 7th to 11th and session 2 is July 14th to 18th.",
    ],
)
def test_dates_of_things_done_after_a_birth_date_stay(analyzer, line):
    values = redacted_values(
        analyzer, "A: Name and date of birth?", "C: Odile Marchetti, born 02/17/1994.", line
    )
    assert not [v for v in values[2] if any(c.isdigit() for c in v)], values[2]


def test_a_birth_date_after_the_question_is_still_found(analyzer):
    values = redacted_values(analyzer, "A: And your date of birth?", "C: July 9, 1961.")
    assert values[1] == ["July 9, 1961"]


# ---- round 56-59 fixes: a PIN after "do you have it?", a security phrase, a document's expiry


def test_pin_read_a_digit_a_turn_after_do_you_have_it(analyzer) -> None:
    call = said(
        "A: Sure, the portal PIN was printed on the welcome letter. Do you have it?",
        "C: I think it's six",
        "A: Mm-hmm.",
        "C: two",
        "A: Okay.",
        "C: nine nine.",
        "A: That works.",
    )
    marked = covered(analyzer, call)
    assert "six" not in marked[1]
    assert marked[3] == "###"
    assert marked[5] == "#########."


def test_security_phrase_answer_is_redacted(analyzer) -> None:
    call = said("A: Thanks. And the security phrase on the account?", "C: copper lantern at noon.")
    assert covered(analyzer, call)[1] == "#" * 22 + "."


def test_licence_expiry_is_no_card_expiry(analyzer) -> None:
    call = said(
        "A: Go ahead and read the new license number.",
        "C: It's K4410-22871-30915.",
        "A: And the new expiration date?",
        "C: October 2031.",
    )
    assert covered(analyzer, call)[3] == "October 2031."


def test_document_expiry_after_its_number_read_back_takes_no_year_as_the_number(analyzer) -> None:
    call = said(
        "A: I'll need your updated passport info too, since yours expires soon.",
        "C: Yes, I renewed it in the summer. The new number is KP7719304.",
        "A: KP7719304, and the expiration?",
        "C: March 2031.",
    )
    turns = covered(analyzer, call)
    assert "#########" in turns[1] and turns[2].startswith("#########")
    assert turns[3] == "March 2031."


def test_card_expiry_still_asked_after_a_card(analyzer) -> None:
    call = said(
        "A: What's your license number?",
        "C: D5521 8830",
        "A: And which card would you like to use?",
        "C: 4111 1111 1111 1111",
        "A: And the expiration date?",
        "C: October 2031.",
    )
    assert covered(analyzer, call)[5] == "############."


# ---- round 56-59 fixes: a filler "like," before a security answer; a value confirmed back


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("Like, it should be Mrs. Okafor.", "Mrs. Okafor"),
        ("like it's Bramblewood", "Bramblewood"),
    ],
)
def test_like_before_a_security_answer_is_a_filler(analyzer, reply: str, value: str) -> None:
    call = said("A: Can you verify your account password or security answer?", f"C: {reply}")
    masked = covered(analyzer, call)[1]
    assert "#" * len(value) in masked
    assert masked.lower().startswith("like")


def test_value_confirmed_back_keeps_is_correct_visible(analyzer) -> None:
    call = said(
        "A: What was the name of your first pet?",
        "C: Maybe Tomasito",
        "A: Tomasito is correct.",
    )
    assert covered(analyzer, call)[2] == "######## is correct."


# ---- cycle 58 (rounds 62-63): "3/17 of 88", a charge's date after a birth date, a pause


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize("reply", ["C: 5/23 of 79", "C: 11/2 of '64 i think", "C: 7/4 of 1990"])
def test_month_day_of_year(analyzer, reply):
    masked = _masks(analyzer, "A: and your date of birth", reply)[1]
    value = reply[3:].replace(" i think", "")
    assert value_hidden(masked, reply[3:], value), masked


def test_fraction_of_amount_is_no_birth_date(analyzer):
    lines = ("A: what's the amount", "C: 3/4 of 100 dollars")
    assert "#" not in _masks(analyzer, *lines)[1]


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("A: What's the amount?", "C: $512.17 on March 9."),
        ("A: what's the amount", "C: forty two dollars and ten cents on the twelfth"),
        ("A: WHAT WAS THE CHARGE?", "C: $27.40 ON THE 8TH."),
    ],
)
def test_charge_date_after_birth_date(analyzer, asked, reply):
    lines = ("A: Date of birth, please?", "C: 04/11/1983", asked, reply)
    masked = _masks(analyzer, *lines)[3]
    assert "#" not in masked, masked


@pytest.mark.parametrize("pause", ["C: sorry hold on one second", "C: just a second please"])
def test_pause_is_no_birth_date(analyzer, pause):
    lines = ("A: what's the date of birth", "C: june third nineteen seventy", pause)
    assert "#" not in _masks(analyzer, *lines)[2]


def test_second_of_month_still_a_birth_date(analyzer):
    lines = ("A: date of birth?", "C: the second of may 1980")
    masked = _masks(analyzer, *lines)[1]
    assert value_hidden(masked, lines[1][3:], "second of may 1980"), masked


# ---- cycle 60 (round 65): a short form of a security answer, a quoted answer that matches


def test_short_form_of_answer_and_quoted_match(analyzer):
    turns = [
        ("A", "Can you tell me the answer to your security question, your first school?"),
        ("B", "Oh, um, Linwood Academy. Or maybe I just put Linwood."),
        ("A", '"Linwood" matches. You are all set.'),
    ]
    assert_masked(analyzer, turns, 1, ["Linwood Academy"], ["Or maybe I just put"])
    assert covered(analyzer, call_of(*turns))[1].endswith("put #######.")
    assert_masked(analyzer, turns, 2, ["Linwood"], ["matches", "all set"])


@pytest.mark.parametrize(
    ("lines", "turn"),
    [
        # the caller going to ask someone else: no value yet
        (("A: please choose a new temporary password and tell me", "C: hang on i'll ask him"), 1),
        (("A: Choose a new password, please.", "C: One sec, let me ask my wife."), 1),
        (("A: what street did she grow up on", "C: let me check with her"), 1),
        (("A: Security question: what city was he born in?", "C: Hold on, I need to ask them."), 1),
        # the old value kept, not said
        (("A: What would you like the new password to be?", "C: can i make it the same as before"),
         1),
    ],
)  # fmt: skip
def test_relay_and_same_as_before_visible(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int
) -> None:
    assert "#" not in covered(analyzer, said(*lines))[turn]


@pytest.mark.parametrize(
    ("lines", "turn", "value", "visible"),
    [
        # a value passed on: only the value
        (("A: Security question: what city was he born in?", "C: let me check with him",
          "C: he's saying tucson"),
         2, "tucson", "he's saying"),
        (("A: what was her first car", "C: she's saying a pinto"), 1, "pinto", "she's saying"),
        # a value asked for as a favour: only the value
        (("A: Choose a new password and tell me when it's set, or I can set one.",
          "C: Could you set it to Harbor62$?"), 1, "Harbor62$", "Could you set it to"),
    ],
)  # fmt: skip
def test_value_after_relay_words_alone(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int, value: str, visible: str
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert value not in text
    assert visible in text


# A security answer corrected with its article ("the blue trek no wait it was the raleigh")
# and said back by the agent.


def test_corrected_security_answer_and_agent_match(analyzer) -> None:
    turns = (
        ("agent", "okay your security question what was the name of your first bike"),
        ("customer", "um the blue trek no wait it was the raleigh"),
        ("agent", "okay the raleigh that matches i'll send the reset link now"),
    )
    masks = covered(analyzer, call_of(*turns))
    assert value_hidden(masks[1], turns[1][1], "blue trek")
    assert value_hidden(masks[1], turns[1][1], "raleigh")
    assert value_readable(masks[1], turns[1][1], "no wait it was")
    assert value_hidden(masks[2], turns[2][1], "raleigh")
    assert value_readable(masks[2], turns[2][1], "that matches i'll send the reset link now")


def test_match_without_answer_before_stays(analyzer) -> None:
    turns = (
        ("agent", "what was your first car"),
        ("customer", "a green jetta"),
        ("agent", "okay everything matches, let me reset it"),
    )
    masks = covered(analyzer, call_of(*turns))
    assert value_readable(masks[2], turns[2][1], "everything matches")


# --- a written role mailbox that opens a list of the caller's recipients -------------------
@pytest.mark.parametrize(
    "lines",
    [
        (
            "A: And who should get remittance emails?",
            "C: ap@ortegasons.com and me, luis.ortega@ortegasons.com.",
        ),
        (
            "A: what email should invoices go to",
            "C: billing@acmeroofing.com, plus cc dana@acmeroofing.com",
        ),
        ("A: where should the e-mails go?", "C: office@kellerdental.com and also my own"),
    ],
)
def test_a_written_address_opening_a_list_of_recipients_is_redacted(analyzer, lines) -> None:
    first = lines[1].split()[1].rstrip(",")
    assert first in all_redacted_values(analyzer, *lines)


def test_a_company_mailbox_given_with_an_instruction_stays_readable(analyzer) -> None:
    lines = (
        "C: WHATS THE EMAIL",
        "A: CLAIMS AT SUMMIT HEAVY DOT COM AND PUT YOUR CASE NUMBER IN THE SUBJECT",
    )
    assert not any("CLAIMS" in v for v in all_redacted_values(analyzer, *lines))


def test_a_company_mailbox_named_in_passing_stays_readable(analyzer) -> None:
    lines = (
        "A: who should i contact about it?",
        "C: it's on the letter, hardship@bank.com and they answer fast",
    )
    assert "hardship@bank.com" not in all_redacted_values(analyzer, *lines)


@pytest.mark.parametrize(("reply", "kept"), [("sixth", True), ("the third", True), ("joy", False)])
def test_an_ordinal_after_a_name_read_back_is_no_name(analyzer, reply, kept):
    # the agent read the name back and asked the grade: "sixth" is the grade; a name
    # said in the same place is still the student's
    call = call_of(
        ("AGENT", "and the student's name"),
        ("CUSTOMER", "her name is joy"),
        ("AGENT", "joy okafor perfect what grade is she in"),
        ("CUSTOMER", reply),
    )
    got = covered(analyzer, call)
    assert (reply in got[3]) == kept, got[3]
