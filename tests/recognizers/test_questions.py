"""What a turn asks for: ``questions.question_types`` and the checks around it."""

from __future__ import annotations

import pytest

from recognizers import questions
from recognizers.questions import (
    NOT_PERSONAL,
    not_personal_answer,
    question_type,
    question_types,
)
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import found_in_call, redacted_values

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
    ("and what flight were you on", (NOT_PERSONAL,)),
    ("what modem do you have", (NOT_PERSONAL,)),
    ("and the employer's EIN?", (NOT_PERSONAL,)),
    ("what's the flight confirmation code", ("ACCOUNT_ID",)),
    ("can i have your name and flight number", ("PERSON", NOT_PERSONAL)),
    # a number for the asker to call is the firm's, not theirs
    ("ok so is there a number i can call", ()),
    ("is there a number we could ring about it", ()),
    ("is there a number we can reach you at", ("PHONE_NUMBER",)),
    # a sum paid in is no bank account
    ("thanks and the opening deposit", ()),
    ("where should the refund deposit go", ("US_BANK_NUMBER",)),
    # a service named after the password asks for none; the password itself still does
    ("i'm the admin i need password resets for myself and for thomas", ()),
    ("i need a password reset link for my account", ()),
    ("i need the password reset, what is the password", ("PASSWORD",)),
    ("i need the password please", ("PASSWORD",)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "types"), QUESTIONS)
def test_question_types(question: str, types: tuple[str, ...]) -> None:
    assert question_types(normalize(question).text) == types


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
    assert not_personal_answer(question, digits) is expected


@pytest.mark.parametrize(
    "question",
    [
        "the rate is one eighty nine a night should i put it on the card ending in",
        "ok and that's the mastercard ending",
        "so we'll charge the debit card ending with",
    ],
)
def test_open_card_ending_asks_for_card(question):
    assert question_types(question) == ("CREDIT_CARD",)


@pytest.mark.parametrize("text", ["the meeting is ending", "the call is ending soon sorry"])
def test_ending_without_value_asks_nothing(text):
    assert "CREDIT_CARD" not in question_types(text)


@pytest.mark.parametrize(
    "statement",
    [
        "i moved here for work and i got a new number last year",
        "my phone died so i am calling from my wife's phone number",
    ],
)
def test_a_statement_with_a_type_word_asks_nothing(statement):
    assert question_types(normalize(statement).text) == ()


def test_a_firm_before_the_agents_name_is_not_the_question():
    assert "US_SSN" not in question_types(
        "social services benefits line this is dev are you calling about snap"
    )


def test_both_types_of_an_and_question_stay():
    asked = question_types("can i get the account number and who am i speaking with")
    assert set(asked) == {"ACCOUNT_ID", "PERSON"}


def test_email_as_a_verb_asks_nothing():
    assert "EMAIL_ADDRESS" not in question_types("can you email me the forms")
    assert question_types("can i get an email for the confirmation") == ("EMAIL_ADDRESS",)


@pytest.mark.parametrize(
    ("question", "types"),
    [
        # the card's date named by its parts, without "expir"
        ("and the month and year on the front?", ("CARD_EXPIRY",)),
        ("OK, AND THE MONTH AND YEAR PRINTED ON THE CARD?", ("CARD_EXPIRY",)),
        ("and the month and year please", ("CARD_EXPIRY",)),
        ("ok and the month and year on it?", ("CARD_EXPIRY",)),
        ("the month and year it happened?", ()),
        ("what's the mm/yy", ("CARD_EXPIRY",)),
        ("and the m m slash y y", ("CARD_EXPIRY",)),
        # near misses: a birth date, a move-in date
        ("what month and year were you born", ("DATE_OF_BIRTH",)),
        ("what month and year did you move in", ()),
        # a reply word before a request still asks
        ("sure name and date of birth", ("PERSON", "DATE_OF_BIRTH")),
        ("OKAY ZIP CODE PLEASE", ("ZIP",)),
        ("yes i was born in 1962", ()),
        ("sure, my zip is 30114", ()),
        # the speaker's own value in a statement of need asks nothing
        ("I GOT A LETTER THAT WENT TO MY OLD ADDRESS I NEED TO CHANGE IT", ()),
        ("hi i just want to confirm my phone number for the alerts", ()),
        ("i need to update my email", ()),
        # asking for the speaker's own value still asks; so does "your"
        ("what address do you have for me?", ("ADDRESS",)),
        ("can you tell me my member number", ("ACCOUNT_ID",)),
        ("i need your current address", ("ADDRESS",)),
        # a number someone should call
        ("What number should the courier call?", ("PHONE_NUMBER",)),
        ("what number can the nurse reach you at", ("PHONE_NUMBER",)),
    ],
)  # fmt: skip
def test_expiry_by_its_parts_reply_words_and_statements_of_need(question, types):
    assert set(question_types(normalize(question).text)) == set(types)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where are we sending it?", "ADDRESS"),
        ("where is this being shipped", "ADDRESS"),
        ("where will it be delivered", "ADDRESS"),
        ("and your safe word please", "PASSWORD"),
        ("what was the name of your first dog", "SECURITY_ANSWER"),
        # not a request for an address or a secret
        ("where are we going with this", None),
        ("what was the name of the agent you spoke to", "PERSON"),
    ],
)
def test_more_ways_to_ask(question, expected):
    assert question_type(question) == expected


# A check that a value was heard asks for nothing, and paying or talking "over the phone"
# asks for no phone number; the request before the check still asks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i've had this account since 2009 but 11/27 did you get that", ()),
        ("my account is the old one but it's 0412 did you catch that?", ()),
        ("the account number, got all that?", ("ACCOUNT_ID",)),
        ("can i pay the balance over the phone", ()),
        ("could we do it by phone instead?", ()),
        ("i'd rather handle it on the phone", ()),
        ("and the best phone to reach you", ("PHONE_NUMBER",)),
        ("what's the phone number on file", ("PHONE_NUMBER",)),
    ],
)
def test_a_check_back_or_a_phone_call_asks_nothing(text, expected):
    assert question_types(text) == expected


@pytest.mark.parametrize(
    ("question", "types"),
    [
        # the number the caller is on: a phone number
        ("What number are you calling from?", ("PHONE_NUMBER",)),
        ("ok and what number are you calling in from", ("PHONE_NUMBER",)),
        ("what number did you call from", ("PHONE_NUMBER",)),
        ("is that the number you called in on?", ("PHONE_NUMBER",)),
        # where the caller is, not a number
        ("where are you calling from today", ()),
        ("what are you calling about", ()),
        # a security question about a street asks for its name, not an address
        (
            "thanks marco and the answer to your security question the street you grew up on",
            ("SECURITY_ANSWER",),
        ),
        (
            "okay and for your security question, the street you lived on as a kid",
            ("SECURITY_ANSWER",),
        ),
    ],
)
def test_calling_from_and_a_street_security_question(question, types):
    assert question_types(question) == types


@pytest.mark.parametrize(
    ("question", "types"),
    [
        # a security question said as a bare noun phrase
        ("first school", ("SECURITY_ANSWER",)),
        ("FIRST TEACHER", ("SECURITY_ANSWER",)),
        ("and the first street you lived on", ("SECURITY_ANSWER",)),
        ("security answer please, name of school attended", ("SECURITY_ANSWER",)),
        # a UK bank's memorable word
        ("could you tell me your memorable word please", ("PASSWORD",)),
        ("WHAT'S YOUR MEMORABLE NAME", ("PASSWORD",)),
        ("and the memorable place", ("PASSWORD",)),
        # the card's code named by where it sits or as a "security number"
        ("and the security number on the card", ("CVV",)),
        ("last three on the signature strip", ("CVV",)),
        ("the digits on the signature panel please", ("CVV",)),
        # the social security number stays an SSN
        ("what's your social security number", ("US_SSN",)),
        # a caps noun-phrase question with two types
        ("EXPIRY DATE AND SECURITY CODE", ("CVV", "CARD_EXPIRY")),
    ],
)
def test_terse_security_questions_register(question, types):
    assert question_types(normalize(question).text) == types


@pytest.mark.parametrize(
    "statement",
    [
        "i went to my first school in leeds",
        "my first house was tiny",
        "it was a memorable trip",
        "we had a lovely first holiday",
    ],
)
def test_statements_about_firsts_ask_for_nothing(statement):
    assert question_types(normalize(statement).text) != ("SECURITY_ANSWER",)
    assert question_types(normalize(statement).text) != ("PASSWORD",)


@pytest.mark.parametrize(
    "warning",
    [
        "please don't share your password with anyone, including us",
        "we will never ask for your pin over the phone",
        "NEVER GIVE YOUR SECURITY CODE TO ANYONE WHO CALLS YOU",
    ],
)
def test_a_warning_names_a_type_without_asking(warning):
    assert question_types(normalize(warning).text) == ()


def test_a_warning_then_a_request_asks_the_request():
    text = "we'll never ask for your pin. what's your date of birth"
    assert question_types(normalize(text).text) == ("DATE_OF_BIRTH",)


@pytest.mark.parametrize(
    "question",
    ["and the children's dates of birth please", "their birthdates?", "kids' DOBs?"],
)
def test_dates_of_birth_in_the_plural_ask_for_them(question):
    assert "DATE_OF_BIRTH" in question_types(question)


@pytest.mark.parametrize(
    ("question", "types"),
    [
        # the next detail named without a verb
        ("last bit, the little code on the back, by the signature strip.", ("CVV",)),
        ("one more thing, your full date of birth for the records here.", ("DATE_OF_BIRTH",)),
        ("last thing, the little security number on the back of it.", ("CVV",)),
        ("last bit, the little sticker on the box from the shop.", ()),
        # where the value is found is no second request
        ("I'll need the booking reference, it should be in the email we sent you.",
         ("ACCOUNT_ID",)),
        ("i need the member number, it is on the letter or the email from us", ("ACCOUNT_ID",)),
        ("what email address is on the account?", ("EMAIL_ADDRESS",)),
        # who is to receive emails asks for their addresses
        ("And who should get remittance emails?", ("EMAIL_ADDRESS",)),
        ("where should the e-mails go?", ("EMAIL_ADDRESS",)),
        ("who do the invoice emails go to", ("EMAIL_ADDRESS",)),
        # a number for someone named by a pronoun, a pet's microchip
        ("And a number for her", ("PHONE_NUMBER",)),
        ("what's a good number for you?", ("PHONE_NUMBER",)),
        ("what is the order number for them", ("ACCOUNT_ID",)),
        ("a good number of people called about it", ()),
        ("what's the microchip number on the collar tag?", ("ACCOUNT_ID",)),
    ],
)  # fmt: skip
def test_requests_named_by_context(question: str, types: tuple[str, ...]) -> None:
    assert question_types(normalize(question).text) == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4929 1180 3324 5567, exp?", "CARD_EXPIRY"),
        ("and the exp.", "CARD_EXPIRY"),
        ("and which chequing account should it come out of?", "US_BANK_NUMBER"),
        ("Can you give me the first and fourth digits of your telephone banking passcode?", "PIN"),
    ],
)
def test_bare_exp_and_telephone_banking_pin_asked(text, expected):
    assert question_types(text)[0] == expected
    assert "PHONE_NUMBER" not in question_types(text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a surname asked alone is a name
        ("and the surname?", ("PERSON",)),
        ("could I get your surname please", ("PERSON",)),
        ("what's the surname on the booking", ("PERSON",)),
        # a maiden surname is still a security answer
        ("what's your mother's maiden surname?", ("SECURITY_ANSWER",)),
        # a code that opens a home is a PIN
        ("and is there a buzzer code", ("PIN",)),
        ("what's the door code for the building?", ("PIN",)),
        ("do you have a lockbox code for the tech", ("PIN",)),
        # where the caller was born is a security answer, when a date of birth
        ("for verification which village were you born in", ("SECURITY_ANSWER",)),
        ("where were you born?", ("SECURITY_ANSWER",)),
        ("what's your birthplace", ("SECURITY_ANSWER",)),
        ("and what year were you born", ("DATE_OF_BIRTH",)),
        ("when were you born", ("DATE_OF_BIRTH",)),
    ],
)
def test_surnames_home_codes_and_birthplaces(question, expected):
    assert question_types(normalize(question).text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("¿me da un número de teléfono?", ("PHONE_NUMBER",)),
        ("¿Y SU FECHA DE NACIMIENTO?", ("DATE_OF_BIRTH",)),
        ("¿y su correo electrónico?", ("EMAIL_ADDRESS",)),
        ("¿SU DIRECCIÓN, POR FAVOR?", ("ADDRESS",)),
        ("¿cuál es su nombre completo?", ("PERSON",)),
        ("okay is there a new cell number for you", ("PHONE_NUMBER",)),
        ("is there an updated email we should use", ("EMAIL_ADDRESS",)),
        ("the three digit code", ("CVV",)),
        ("and the 4-digit code on the front", ("CVV",)),
    ],
)
def test_spanish_requests_new_values_and_digit_codes(question, expected):
    assert question_types(normalize(question).text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "is there a new policy coming out this year",
        "i paid 45 for the 3 digit code",
        "the hotel called on the 12th",
    ],
)
def test_statements_with_digits_or_new_things_ask_nothing(text):
    assert question_types(normalize(text).text) == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("I can set a temporary password, or you can pick one. What would you like?", "PASSWORD"),
        ("we can make up a username for you or you choose one what would you like", "ACCOUNT_ID"),
        ("and the username on the account", "ACCOUNT_ID"),
        ("and your user name please", "ACCOUNT_ID"),
    ],
)
def test_value_offered_then_asked_for(question, wanted):
    assert question_types(question) == (wanted,)


@pytest.mark.parametrize(
    "question",
    [
        "We have the basic plan or the premium plan. Which would you like?",
        "what would you like to do today?",
    ],
)
def test_a_choice_of_things_asks_for_no_value(question):
    assert question_types(question) == ()


# --- a stated password, or a warning not to say it, asks nothing --------------------------


def test_a_stated_password_asks_nothing() -> None:
    assert question_types("Dana Whitlock, and the password is silver lantern.") == ()
    assert question_types("ok and my passcode is harbor 61") == ()
    # still a question: a request, or what is said of it
    assert "PASSWORD" in question_types("and the password is what?")
    assert "PASSWORD" in question_types("can you confirm the password is on the account")


def test_a_warning_not_to_say_the_password_asks_nothing() -> None:
    line = "you don't need to tell me your password sir and it can't be one of your last five"
    assert "PASSWORD" not in question_types(line)
    assert "PASSWORD" in question_types("can you tell me your password")


# ---- round 52-54 fixes: a statement naming a type asks nothing; postcode, city, address


@pytest.mark.parametrize(
    "text",
    [
        "expiration date was last month so we sent you a new card",
        "expiry date 08 29 got it thank you very much",
        "date of birth doesn't match the one on file sorry",
    ],
)
def test_statement_naming_a_type_asks_nothing(text):
    assert questions.question_types(text) == ()


def test_postcode_asks_for_a_postcode():
    assert questions.question_type("and the first part of your postcode") == "ZIP"


@pytest.mark.parametrize(
    "text",
    [
        "Union Bank, and the State Bank of India branch.",
        "good morning and welcome to lone star movers i'm dana what can i do for you",
        "I need to move my gas service to a new address.",
    ],
)
def test_no_city_or_address_asked(text):
    assert questions.question_types(text) == ()


@pytest.mark.parametrize(
    "text", ["what state?", "city and state please", "I need to get your new address."]
)
def test_city_or_address_still_asked(text):
    assert questions.question_types(text) != ()


# ---- round 56-59 fixes: "do you have it?", a security phrase, a school named in passing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, the access PIN was on the letter we sent. Do you have it?", ("PIN",)),
        ("The reference number is on your statement. Do you have it handy?", ("ACCOUNT_ID",)),
        ("Your policy number is on the card. Did you find it?", ("ACCOUNT_ID",)),
    ],
)
def test_do_you_have_it_asks_for_the_value_named_before(text, expected) -> None:
    assert question_types(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The office closes at five. Do you have it?",
        "We mailed the brochure last week. Do you like it?",
    ],
)
def test_do_you_have_it_after_no_value_asks_nothing(text: str) -> None:
    assert question_types(text) == ()


@pytest.mark.parametrize(
    "question",
    ["And the security phrase on your profile?", "what's your secret phrase", "verbal phrase?"],
)
def test_security_phrase_asks_for_a_password(question: str) -> None:
    assert question_types(question) == ("PASSWORD",)


@pytest.mark.parametrize(
    "text",
    [
        "okay i see a pickup at two from jefferson middle school is that it",
        "the bus stops at oak grove elementary school around noon",
    ],
)
def test_a_school_named_in_passing_asks_no_security_answer(text: str) -> None:
    assert "SECURITY_ANSWER" not in question_types(text)


@pytest.mark.parametrize(
    "text",
    ["what high school did you go to", "and the name of your elementary school?"],
)
def test_the_callers_school_is_a_security_question(text: str) -> None:
    assert question_types(text)[0] == "SECURITY_ANSWER"


def test_firm_name_with_city_in_greeting_asks_nothing(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: GOOD EVENING, THIS IS MARLA FROM THE CITY BALLET. MAY I SPEAK WITH TOM?",
        "C: YEAH, THAT'S ME.",
        "A: hi it's dev with town water and power is this ruth",
        "C: uh-huh, yes",
        "A: and what city do you live in?",
        "C: dunmore pennsylvania",
    )
    assert turns[1] == []
    assert turns[3] == []
    assert any("dunmore" in v for v in turns[5])


def test_agent_statement_after_customer_request_is_no_address(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "C: sell it and send it to my credit union",
        "A: ACH on file ends in 7731, savings ending 2046. Right?",
        "C: yes",
        "A: The money lands in 3 business days.",
        "C: send it to r holm at fastmail dot com",
        "A: Done. Once signed, 4 to 5 days to process.",
        "C: We're shipping a boat from Tampa to Mobile, what paperwork?",
        "A: A title, and someone 21 or older at the dock.",
    )
    assert not any("business days" in v for v in turns[3])
    assert not any("days" in v for v in turns[5])
    assert not any("older" in v or "21" in v for v in turns[7])


# --- "exp and cvc?" asks the expiry -------------------------------------------------------


def test_exp_and_code_asks_expiry():
    assert "CARD_EXPIRY" in question_types("Exp and CVC?")


def test_expiry_and_code_in_one_reply(analyzer):
    found = found_in_call(analyzer, [("agent", "Exp and CVV?"), ("customer", "8/31, 472.")])
    assert ("CARD_EXPIRY", "8/31") in [(e, t) for i, e, t in found if i == 1]


def test_exp_of_something_else_no_question():
    assert "CARD_EXPIRY" not in question_types("I need to export the report")


# --- an id document's date asks no id; the id asked beside its date still does ------------


def test_passport_expiry_asks_no_id():
    assert "ACCOUNT_ID" not in question_types("Expiration date of the passport?")
    assert "ACCOUNT_ID" not in question_types("When was your licence issued?")


def test_passport_number_still_asked():
    assert "ACCOUNT_ID" in question_types("Passport number and expiration date?")
    assert "ACCOUNT_ID" in question_types("What's your passport number?")


@pytest.mark.parametrize(
    "question",
    [
        # (review of cycle 70: the id is still asked beside its date)
        "Can I get your passport and the expiration date?",
        "What is the member ID and the issue date?",
        "Your license, and when was it issued?",
    ],
)
def test_an_id_asked_beside_its_date_is_still_asked(question):
    assert "ACCOUNT_ID" in question_types(question)


@pytest.mark.parametrize(
    "question",
    ["When does your license expire?", "And the expiration date on your driver's license?"],
)
def test_a_documents_own_date_asks_no_id(question):
    assert "ACCOUNT_ID" not in question_types(question)
