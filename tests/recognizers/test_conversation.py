"""Which question each turn answers: a card that identifies a member is no payment card,
and a question is settled once its value was given."""

from __future__ import annotations

import pytest

from recognizers import conversation
from recognizers import conversation as conv
from recognizers.call_analyzer import CallAnalyzer
from recognizers.conversation import continued_groups, expected_types
from recognizers.questions import question_types
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import call_of, covered, redacted, redacted_values


def _asked(*texts: str) -> list[tuple[str, ...]]:
    speakers = ["AGENT" if k % 2 == 0 else "CUSTOMER" for k in range(len(texts))]
    return expected_types(speakers, [normalize(t).text for t in texts])


@pytest.mark.parametrize(
    "question",
    [
        "Can I get the member ID on the insurance card?",
        "what's the number on your medicare card",
        "and the id on your library card please",
        "read me the number on your loyalty card",
        "what's your student card number",
    ],
)
def test_a_card_that_identifies_a_member_asks_for_an_id(question):
    assert question_types(normalize(question).text)[0] == "ACCOUNT_ID"


@pytest.mark.parametrize(
    "question",
    ["what card are you paying with", "and the card number?", "which debit card is it"],
)
def test_a_payment_card_still_asks_for_a_card(question):
    assert question_types(normalize(question).text)[0] == "CREDIT_CARD"


@pytest.mark.parametrize(
    ("later", "types"),
    [
        # a long reply after the answer has moved on
        ("i called earlier around four forty five and i was on hold for twenty minutes", ()),
        ("that's it the bill says i used like eleven hundred kilowatt hours this month", ()),
        ("my neighbour moved in at 2:30 yesterday and the truck blocked the whole street", ()),
        # a long correction still answers
        ("no sorry the house number is 1408 not 1402 i always mix those two up", ("ADDRESS",)),
        ("actually it's maple crescent not court, the one right behind the school", ("ADDRESS",)),
    ],
)
def test_a_long_reply_after_the_answer_answers_only_when_it_corrects(later, types):
    asked = _asked("and the service address", "sure 1402 maple court", "okay", later)
    assert asked[1] == ("ADDRESS",)
    assert asked[3] == types


@pytest.mark.parametrize(
    ("password", "closing"),
    [
        ("bluejay with a capital b then dollar sign four four", "no you've been very helpful"),
        ("it's harbor lights all one word with a seven at the end", "no thanks that is everything"),
    ],
)
def test_a_long_password_reply_settles_the_question(analyzer, password, closing):
    call = call_of(
        ("AGENT", "what's your online banking password"),
        ("CUSTOMER", password),
        ("AGENT", "anything else for you"),
        ("CUSTOMER", closing),
    )
    assert redacted(analyzer, call)[3] == set()


@pytest.mark.parametrize(
    ("turns", "group"),
    [
        (
            [
                ("AGENT", "and the iban for the receiving account"),
                ("CUSTOMER", "d e four four 5021 0700 3310"),
                ("AGENT", "mm-hmm"),
                ("CUSTOMER", "two seven five"),
            ],
            "two seven five",
        ),
        (
            [
                ("AGENT", "What's your member number?"),
                ("CUSTOMER", "It's 7730 1182 94"),
                ("AGENT", "Okay, go on."),
                ("CUSTOMER", "06"),
            ],
            "06",
        ),
    ],
)
def test_a_short_last_group_after_a_long_one_is_part_of_the_number(analyzer, turns, group):
    assert turns[3][1].endswith(group)
    assert not any(c.isalnum() for c in covered(analyzer, call_of(*turns))[3])


@pytest.mark.parametrize(
    ("between", "continued"),
    [("okay go on", True), ("and how many people are on the plan", False)],
)
def test_a_short_group_continues_only_over_a_backchannel(between, continued):
    texts = [
        normalize(t).text for t in ("what's your member number", "7730 1182 94", between, "06")
    ]
    speakers = ["AGENT", "CUSTOMER", "AGENT", "CUSTOMER"]
    groups = continued_groups(speakers, texts, expected_types(speakers, texts))
    assert (3 in groups) is continued


@pytest.mark.parametrize(
    "question",
    [
        "and the vehicle identification number please",
        "do you have the order handy",
        "what's the international bank account number",
        "can you read me the IBAN",
    ],
)
def test_ids_named_by_what_they_identify(question):
    assert question_types(normalize(question).text)[0] == "ACCOUNT_ID"


def test_paying_for_an_order_asks_for_no_id():
    assert question_types(normalize("how would you like to pay for your order").text) == ()


@pytest.mark.parametrize("lead", ["let me repeat that", "let me read it back", "reading that back"])
def test_a_read_back_after_a_lead_keeps_the_question(lead):
    asked = _asked("and the claim number", "7 7 4 0 2 9 1 5", f"{lead} 77402915", "yes")
    assert asked[2] == ("ACCOUNT_ID",)


@pytest.mark.parametrize(
    ("reply", "types"),
    [
        ("no no, 76 at the end", ("ACCOUNT_ID",)),  # a correction still answers
        ("yes and the rest is 0092", ("ACCOUNT_ID",)),
        ("0092", ("ACCOUNT_ID",)),
        ("i called about this in 2019 too", ()),  # the talk moved on
    ],
)
def test_after_a_read_back_only_a_correction_or_more_of_it_answers(reply, types):
    asked = _asked("and the account number", "4 4 7 1 0 0 9 2", "so 44710092 got it", reply)
    assert asked[3] == types


@pytest.mark.parametrize(
    ("statement", "types"),
    [
        ("i was rear ended yesterday and i need to file a claim", ()),
        ("i want to open a new claim for the water damage", ()),
        ("and what's the claim number", ("ACCOUNT_ID",)),
    ],
)
def test_filing_a_claim_asks_for_no_claim_number(statement, types):
    assert question_types(normalize(statement).text) == types


EXPECTED = [
    # a clarifying echo still answers: "the one on the back? it's 551"
    ([("A", "What's the CVV?"), ("C", "The three digit one on the back? It's 551.")], 1, ("CVV",)),
    # keypad prompts ask
    ([("A", "Now type in the security code."), ("C", "881.")], 1, ("CVV",)),
    ([("A", "please enter your pin"), ("C", "6 6 2 0")], 1, ("PIN",)),
    # the asker reads the value back before the next question
    (
        [("A", "and the expiration date"), ("C", "oh four twenty nine"),
         ("A", "april twenty nine and the code on the back")],
        2,
        ("CARD_EXPIRY",),
    ),
    # letters confirmed after a spelled id
    (
        [("A", "what's your medicare number"), ("C", "it's nine x r four t b two"),
         ("A", "was that t as in tango")],
        2,
        ("ACCOUNT_ID",),
    ),
    (
        [("A", "what's your medicare number"), ("C", "it's nine x r four t b two"),
         ("A", "was that t as in tango"), ("C", "yes t as in tango b as in boy")],
        3,
        ("ACCOUNT_ID",),
    ),
    # a question that reads the value out for a yes: the reply says something else
    ([("A", "Your locator is QX77RT, is that right?"), ("C", "Yes. I'm on DL 2231.")], 1, ()),
    # a new question with no read-back is not typed by the old one
    ([("A", "and the expiration date"), ("C", "0429"), ("A", "and the name on the card")], 2, ()),
]  # fmt: skip


def _expected(*turns: tuple[str, str]) -> list[tuple[str, ...]]:
    speakers = [s for s, _ in turns]
    texts = [normalize(t).text for _, t in turns]
    return conv.expected_types(speakers, texts)


@pytest.mark.parametrize(("turns", "index", "types"), EXPECTED)
def test_expected_types(turns, index: int, types: tuple[str, ...]) -> None:
    assert _expected(*turns)[index] == types


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the rate is one eighty nine a night plus tax name for the reservation", "PERSON"),
        ("so we can waive the fee this time and the zip code on file", "ZIP"),
        ("okay i can finish it over the phone what's your full name", "PERSON"),
        ("i see the mobile app is crashing can i get your email", "EMAIL_ADDRESS"),
        ("can i get the patient's name", "PERSON"),
        ("and the member's full name please", "PERSON"),
        ("what's the reservation number", "ACCOUNT_ID"),
        ("and your employee id", "ACCOUNT_ID"),
    ],
)
def test_the_request_at_the_end_is_what_is_asked(question, expected):
    assert question_types(normalize(question).text)[0] == expected


def test_the_drivers_license_and_the_state_are_both_asked():
    asked = question_types("and your driver's license number and state")
    assert asked[0] == "ACCOUNT_ID" and "CITY" in asked


@pytest.mark.parametrize(
    ("turns", "code_turn"),
    [
        (("what card are you using", "the visa", "and the code", "three one seven"), 3),
        (("expiration and code?", "11/29, 408."), 1),
        (("card number please", "5105 1051 0510 5100", "okay and the code on it", "772"), 3),
    ],
)
def test_the_code_in_a_card_call_is_the_cvv(turns, code_turn):
    assert "CVV" in _asked(*turns)[code_turn]


@pytest.mark.parametrize(
    "turns",
    [
        ("what card are you using", "the visa", "and the zip code", "60614"),
        ("what card are you using", "the visa", "what's the promo code", "SAVE20"),
        ("is the card on file okay", "yes", "i'll text you a code, what's the code i sent", "4471"),
    ],
)
def test_other_codes_in_a_card_call_are_not_the_cvv(turns):
    assert "CVV" not in _asked(*turns)[3]


def test_no_card_no_cvv():
    assert "CVV" not in _asked("and the code", "1234")[1]


def test_a_statement_of_need_leaves_the_agents_question_pending():
    # the caller names their own address; the agent's request after it is the question
    asked = _asked(
        "thanks for calling, how can i help",
        "i got a notice that went to my old address i need to change it",
        "sure name and date of birth",
        "Priya Nandakumar, 4/2/1979",
    )
    assert asked[2] == ()
    assert set(asked[3]) == {"PERSON", "DATE_OF_BIRTH"}


def test_a_new_password_set_after_password_talk_is_expected():
    asked = _asked(
        "i can send a reset link for the password",
        "that works",
        "ok it's sent",
        "actually can i just tell you the new one, i want it to be maple orbit 52",
    )
    assert asked[3] == ("PASSWORD",)
    # without password talk the same words ask for nothing
    assert _asked("how can i help", "i want it to be delivered on friday")[1] == ()


# A request to repeat, however long, keeps the question; the reply answers it.
@pytest.mark.parametrize(
    "repeat",
    [
        "Sorry, you broke up there, could you repeat that?",
        "say it one more time",
        "i didn't catch that, could you say it again please",
        "sorry you're breaking up",
    ],
)
def test_a_request_to_repeat_keeps_the_question(repeat):
    asked = _asked("what's your date of birth", "march 3rd 1980", repeat, "sorry, 3/3/80")
    assert asked[2] == asked[3] == ("DATE_OF_BIRTH",)


def test_a_long_turn_that_is_no_repeat_request_ends_the_question():
    asked = _asked(
        "what's your date of birth", "march 3rd 1980",
        "okay i can see the account here and there's a payment due on the first", "okay",
    )  # fmt: skip
    assert asked[3] == ()


# The other side answering and naming the code with it does not ask for the code.
@pytest.mark.parametrize(
    "reply", ["0931 and the code on back is 228", "11 29 and the code on the back is 5 1 4"]
)
def test_an_answer_that_names_the_code_asks_nothing(reply):
    asked = _asked("what's the card number", "4111111111111111", "and the expiration", reply)
    # (the reply carries the code it names: the expiry and the code, nothing asked)
    assert asked[3] == ("CARD_EXPIRY", "CVV")


# The asker saying a free-text answer back keeps the question on that turn.
@pytest.mark.parametrize(
    ("echo", "types"),
    [("okay galway?", ("SECURITY_ANSWER",)), ("galway, thank you", ("SECURITY_ANSWER",)),
     ("okay and what's your phone number", ()), ("okay dublin?", ())],
)  # fmt: skip
def test_the_asker_saying_the_answer_back(echo, types):
    asked = _asked("what city were you born in?", "it's galway", echo)
    assert asked[2] == types


@pytest.mark.parametrize(
    ("read", "types"),
    [
        # a year of the car said after a VIN is no read-back of it
        ("Okay, a 2019 Tacoma. And a good callback number?", ()),
        ("got it the 2021 outback what's the best number to reach you", ()),
        # the VIN's own digits read back, then the next question
        ("So ending 48213, and a good callback number?", ("ACCOUNT_ID",)),
    ],
)
def test_a_read_back_before_the_next_question_repeats_the_reply(read, types):
    texts = [
        "Can you read me the VIN from the door sticker?",
        "5TFAX5GN2KX148213.",
        read,
    ]
    asked = expected_types(["AGENT", "CUSTOMER", "AGENT"], [normalize(t).text for t in texts])
    assert asked[2] == types


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("AGENT", "What number are you calling from?"),
            ("CUSTOMER", "hang on 412"),
            ("AGENT", "Okay go ahead."),
            ("CUSTOMER", "739"),
            ("AGENT", "uh huh"),
            ("CUSTOMER", "5086 and while i have you i want to switch my plan to the cheaper one"),
        ],
        [
            ("AGENT", "sure thing what number did you call in from"),
            ("CUSTOMER", "um seven hundred three"),
            ("AGENT", "yep"),
            ("CUSTOMER", "two one eight"),
            ("AGENT", "mm-hmm"),
            ("CUSTOMER", "nine nine four oh and i'm flying out on delta at noon tomorrow"),
        ],
    ],
)
def test_a_calling_from_number_read_in_pieces_is_covered(analyzer, turns):
    out = covered(analyzer, call_of(*turns))
    numbers = {"one", "two", "three", "seven", "nine", "four", "oh", "hundred"}
    for k in (1, 3):
        assert not any(c.isdigit() for c in out[k]), out[k]
        assert not numbers & set(out[k].split()), out[k]


@pytest.mark.parametrize(
    ("answer", "check"),
    [
        ("biscuit", "just to confirm biscuit"),
        ("MARMALADE", "MARMALADE, IS THAT RIGHT?"),
        ("sure, it's okafor", "Just to confirm, okafor"),
        ("hollybrook", "hollybrook is that correct"),
        ("pepper", "to confirm, pepper?"),
    ],
)
def test_a_security_answer_read_back_with_a_check_is_redacted(analyzer, answer, check):
    call = call_of(
        ("AGENT", "security question, first pet's name"),
        ("CUSTOMER", answer),
        ("AGENT", check),
        ("CUSTOMER", "yes that's right"),
    )
    got = redacted(analyzer, call)
    value = answer.split()[-1]
    assert any(value in text for _, text in got[2]), got
    assert got[3] == set()


def test_a_check_with_other_words_is_no_read_back():
    asked = _asked(
        "security question, first pet's name",
        "biscuit",
        "just to confirm your address is on file, is that right",
    )
    assert asked[2] == ()


@pytest.mark.parametrize(
    ("talk", "setting", "value"),
    [
        ("you can change your pin at any cash machine", "can i set it to 5 8 2 0 now", "5 8 2 0"),
        (
            "your new PIN will arrive in the post",
            "COULD WE CHANGE IT TO FORTY FOUR SEVENTEEN",
            "FORTY FOUR SEVENTEEN",
        ),
        ("the pin was reset this morning", "please make the new one 0931", "0931"),
    ],
)
def test_a_pin_set_after_pin_talk_is_redacted(analyzer, talk, setting, value):
    call = call_of(("AGENT", talk), ("CUSTOMER", setting))
    got = redacted(analyzer, call)[1]
    assert any(entity == "PIN" and value in text for entity, text in got), got


@pytest.mark.parametrize(
    "setting",
    [
        "can i set it to 10 tomorrow",
        "set it to 2500 dollars a month",
        "change it to 1430 pm",
    ],
)
def test_setting_a_time_or_an_amount_after_pin_talk_is_no_pin(setting):
    asked = _asked("your pin was reset this morning at the branch so you're all set", setting)
    assert asked[1] != ("PIN",)


@pytest.mark.parametrize(
    "confirmation",
    ["thanks that's thirty one fifty charged", "okay so that's 1875 dollars today"],
)
def test_an_amount_after_a_code_is_no_read_back(confirmation):
    asked = _asked("and the code on the back", "five one two", confirmation)
    assert asked[2] == ()


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # a bare type named by the agent after the caller asked to pay by card
        (
            (
                "i've got a different card now can i pay with that",
                "sure card number",
                "4539 1488 0343 6467",
                "expiry",
                "march twenty nine",
            ),
            "march twenty nine",
        ),
        (
            (
                "yeah i have a new card could i just use that",
                "sure card number",
                "4716 2039 8811 5520",
                "and the expiry",
                "october thirty one",
            ),
            "october thirty one",
        ),
    ],
)
def test_a_bare_type_named_after_the_other_sides_request_asks_for_it(analyzer, turns, value):
    speakers = ["Agent" if k % 2 else "Caller" for k in range(len(turns))]
    expected = expected_types(speakers, [normalize(t).text for t in turns])
    assert expected[-1] == ("CARD_EXPIRY",)
    call = call_of(*zip(speakers, turns, strict=True))
    assert "#" * len(value) in covered(analyzer, call)[-1]


@pytest.mark.parametrize(
    ("turns", "dates"),
    [
        (
            (
                "and your date of birth",
                "the 3rd of march 1961",
                "sorry the thirteenth of march",
                "thirteenth of march sixty one yes",
            ),
            ("thirteenth of march", "thirteenth of march sixty one"),
        ),
        (
            (
                "date of birth please",
                "sixth of may nineteen ninety",
                "sorry the sixteenth of may",
                "no sixth of may ninety",
            ),
            ("sixteenth of may", "sixth of may ninety"),
        ),
    ],
)
def test_a_date_read_back_after_sorry_keeps_the_birth_date_question(analyzer, turns, dates):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    out = covered(analyzer, call)
    assert "#" * len(dates[0]) in out[2]
    assert "#" * len(dates[1]) in out[3]


@pytest.mark.parametrize(
    ("turns", "dates"),
    [
        (
            (
                "and the kids' dates of birth please",
                "so first is Maya, 4th of June 2016",
                "ok",
                "and Oscar, eleventh of February twenty nineteen",
            ),
            ("4th of June 2016", "eleventh of February twenty nineteen"),
        ),
        (
            (
                "can i have their birthdates",
                "the first one is Leo, 2nd of August 2014",
                "yep",
                "then Ruby, twenty third of May twenty seventeen",
            ),
            ("2nd of August 2014", "twenty third of May twenty seventeen"),
        ),
    ],
)
def test_dates_of_birth_asked_for_several_people_cover_each_reply(analyzer, turns, dates):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    out = covered(analyzer, call)
    assert "#" * len(dates[0]) in out[1]
    assert "#" * len(dates[1]) in out[3]
    # an ordinal that counts the children is no day
    assert "#" not in out[1].split(",")[0].replace("Maya", "").replace("Leo", "")


@pytest.mark.parametrize(
    ("reply", "asker", "value"),
    [
        (
            "oh gosh um rover no hang on it might've been sir rover",
            "sir rover is correct",
            "sir rover",
        ),
        ("PATCH. OR IT MIGHT BE MRS PATCH.", "MRS PATCH IS RIGHT, THANKS.", "MRS PATCH"),
    ],
)
def test_a_security_answer_with_a_title_is_covered_when_read_back(analyzer, reply, asker, value):
    call = call_of(
        ("Agent", "for security, what was the name of your first pet?"),
        ("Caller", reply),
        ("Agent", asker),
    )
    out = covered(analyzer, call)
    assert "#" * len(value) in out[1]
    assert "#" * len(value) in out[2]


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Can you give me your passcode?",
            "It's Orchid, no, that's the old one, Lantern.",
            "Thanks, you're verified. Shall I send someone?",
            "Yes please.",
            "Anything else?",
            "Nope.",
        ),
        (
            "what's the passcode on the account",
            "Falcon",
            "great, verified, do you want the report",
            "sure",
            "anything else",
            "No.",
        ),
    ],
)
def test_a_word_passcode_settles_the_question(analyzer, turns):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    out = covered(analyzer, call)
    assert "#" not in out[-1] and "#" not in out[-3]


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            (
                "CAN I TAKE YOUR DATE OF BIRTH?",
                "04/11/1972.",
                "I'M AFRAID THAT DOESN'T MATCH.",
                "OH, IT MIGHT BE UNDER MY HUSBAND. TRY 17/06/1969.",
            ),
            "17/06/1969",
        ),
        (
            (
                "what's your date of birth",
                "march 3rd 1984",
                "hmm, that's not what we have on file",
                "sorry, maybe it's under my mum, try 22/09/1958",
            ),
            "22/09/1958",
        ),
        (
            (
                "and the account number?",
                "55190284",
                "no, that doesn't match our records",
                "oh then it's probably 55190248",
            ),
            "55190248",
        ),
        (
            (
                "date of birth for the policy holder?",
                "12/12/1990",
                "sorry, I'm not seeing a match for that one",
                "ah, then 01/12/1990",
            ),
            "01/12/1990",
        ),
    ],
)
def test_a_second_try_after_the_value_is_rejected_answers_the_same_question(analyzer, turns, value):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    assert "#" * len(value) in covered(analyzer, call)[3]


@pytest.mark.parametrize(
    "turns",
    [
        # after a rejection, a reply with no value in it is not redacted
        (
            "what's your date of birth",
            "march 3rd 1984",
            "that doesn't match what we have",
            "okay I'll call back at 3 30 tomorrow with 2 forms",
        ),
        # a long agent turn that moves on still ends the question
        (
            "and your date of birth?",
            "5/6/1977",
            "thanks, that all matches, your balance is 120 "
            "dollars and the next bill is due on the 14th of the month",
            "ok 14 is fine",
        ),
    ],
)
def test_a_rejection_or_moving_on_does_not_redact_other_numbers(analyzer, turns):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    assert "#" not in covered(analyzer, call)[3]


@pytest.mark.parametrize(
    "text",
    [
        "I'M AFRAID THAT DOESN'T MATCH.",
        "hmm, that's not what we have on file",
        "sorry, that didn't go through",
        "no, that's incorrect, I'm afraid",
        "it still doesn't seem to match",
        "I'm not finding that on the account",
    ],
)
def test_the_asker_rejecting_a_value(text):
    assert conv._rejects_value(text)


@pytest.mark.parametrize(
    "text",
    [
        "great, that matches",
        "perfect, that works",
        "that's right, thank you",
        "it doesn't matter, we can do it later",
    ],
)
def test_an_acceptance_is_no_rejection(text):
    assert not conv._rejects_value(text)


def test_a_long_statement_after_a_security_answer_is_read_in_linear_time() -> None:
    """A turn of several sentences after a pet's name once took minutes: the check for
    "value. short acknowledgement" backtracked over every way to split the rest."""
    speakers = ["agent", "caller", "agent"]
    texts = [
        "And to verify, what's the name of your first pet?",
        "Pemberton.",
        "Thank you. I see a sign-in on the 4th from a new tablet in Leeds, "
        "and another one on the 6th from a laptop somewhere near Bristol. "
        "Does that look familiar to you at all?",
    ]
    assert expected_types(speakers, texts)[2] == ()


def _digits_left(text: str) -> str:
    return "".join(c for c in text if c.isdigit()) + " ".join(
        w for w in text.split() if w in _DIGIT_WORDS
    )


_DIGIT_WORDS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "double", "triple"}  # fmt: skip


@pytest.mark.parametrize(
    "turns",
    [
        # a code read with a slip taken back in the middle
        [
            ("AGENT", "please enter or say your pin"),
            ("CUSTOMER", "uh four two seven no wait two five"),
        ],
        [
            ("AGENT", "what's the pin on the card"),
            ("CUSTOMER", "eight one six sorry i mean eight one nine"),
        ],
        # a statement naming the value, then "can you read it to me?"
        [
            ("AGENT", "It says the social security number is invalid. Can you read it to me?"),
            ("CUSTOMER", "4 2 7, oh 8, 3 3 9 1"),
        ],
        [
            ("AGENT", "The card number didn't go through. Could you read it again for me?"),
            ("CUSTOMER", "4 9 1 6, 3 3 0 2, 7 7 1 5, 0 0 4 8"),
        ],
        # the number asked for by "the full number", after its last four
        [
            ("AGENT", "your social on the file ends in three three eight one is that right"),
            ("CUSTOMER", "no it should be three eight three one"),
            ("AGENT", "okay let me get the full number"),
            ("CUSTOMER", "sure six one four"),
            ("AGENT", "mm-hmm"),
            ("CUSTOMER", "two two"),
            ("AGENT", "yep"),
            ("CUSTOMER", "nine nine nine nine sorry no three eight three one"),
        ],
        # a phone number asked with "is there a good number … in case we get cut off"
        [
            ("AGENT", "is there a good number for you in case we get disconnected"),
            ("CUSTOMER", "yeah seven one two"),
            ("AGENT", "okay"),
            ("CUSTOMER", "triple four"),
            ("AGENT", "uh huh"),
            ("CUSTOMER", "nine one nine two"),
        ],
        # the first piece of a number, the call cut after it
        [
            (
                "AGENT",
                "HI DEV, THANKS FOR CALLING. CAN I GET THE NINE DIGIT ROUTING NUMBER?",
            ),
            ("CUSTOMER", "OKAY, THREE ONE FIVE"),
        ],
        [("AGENT", "what's the card number please"), ("CUSTOMER", "sure, 4 0 6")],
    ],
)
def test_digits_said_in_hard_ways_after_a_number_question_are_covered(analyzer, turns):
    out = covered(analyzer, call_of(*turns))
    for (speaker, _), text in zip(turns, out, strict=True):
        if speaker == "CUSTOMER":
            assert not _digits_left(text), text


@pytest.mark.parametrize(
    "turns",
    [
        [("AGENT", "how many digits is the account number?"), ("CUSTOMER", "12")],
        [("AGENT", "what's the card number?"), ("CUSTOMER", "12 dollars")],
        [("AGENT", "and what's your account number?"), ("CUSTOMER", "45 minutes ago i called")],
        [
            ("AGENT", "is there anything else i can help with"),
            ("CUSTOMER", "no i paid it 3 days ago"),
        ],
        [("AGENT", "The system is down. Can you read it to me?"), ("CUSTOMER", "page 45")],
    ],
)
def test_numbers_that_answer_no_number_question_stay(analyzer, turns):
    assert covered(analyzer, call_of(*turns))[1] == turns[1][1]


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            [
                ("AGENT", "what would you like the new password to be"),
                ("CUSTOMER", "let's make it green falcon"),
                ("AGENT", "green falcon noted please don't share it with anyone"),
            ],
            "green falcon",
        ),
        (
            [
                ("AGENT", "I can set a temporary password. What would you like?"),
                ("CUSTOMER", "Um, I used robin42."),
                ("AGENT", "Okay, robin42, got it. What's the email on the account?"),
            ],
            "robin42",
        ),
        (
            [
                ("AGENT", "what password did you use before"),
                ("CUSTOMER", "i used sparrow77"),
                ("AGENT", "So sparrow77? Can I get an email for the receipt?"),
            ],
            "sparrow77",
        ),
        (
            [
                ("AGENT", "what password did you use"),
                ("CUSTOMER", "um i used cedar pound sign seven one"),
                ("AGENT", "okay cedar hash seven one got it please change that after you log in"),
            ],
            "cedar hash seven one",
        ),
    ],
)
def test_a_password_said_back_is_covered(analyzer, turns, value):
    out = covered(analyzer, call_of(*turns))[2]
    start = turns[2][1].index(value)
    assert set(out[start : start + len(value)]) <= {"#", " "}


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("AGENT", "your password was reset"),
            ("CUSTOMER", "great thanks"),
            ("AGENT", "great got it anything else"),
        ],
        [
            ("AGENT", "you can reset the password from the app"),
            ("CUSTOMER", "okay the app"),
            ("AGENT", "so the app? yes"),
        ],
    ],
)
def test_a_reply_that_says_back_no_password_stays(analyzer, turns):
    assert covered(analyzer, call_of(*turns))[2] == turns[2][1]


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            [
                ("AGENT", "and you'll want a password at least ten characters"),
                ("CUSTOMER", "okay it's nairobi sunset nineteen ninety all one word"),
            ],
            "nairobi sunset nineteen ninety",
        ),
        (
            [
                ("AGENT", "The question on file is the name of your first school."),
                ("CUSTOMER", "Uh, Lincoln Elementary."),
            ],
            "Lincoln Elementary",
        ),
        (
            [
                ("AGENT", "Can you give me your date of birth?"),
                ("CUSTOMER", "1988/03/21, March 21."),
            ],
            "1988/03/21",
        ),
        (
            [
                ("AGENT", "Thank you. And her date of birth."),
                ("INTERPRETER", "She says 9 de julio, sorry, July 9th, 1979."),
            ],
            "9 de julio",
        ),
        ([("AGENT", "And how do you spell your last name?"), ("CUSTOMER", "Yep, K")], "K"),
        ([("AGENT", "and how do you spell your last name"), ("CUSTOMER", "d as in delta")], "d"),
    ],
)
def test_a_value_in_a_reply_to_a_statement_or_a_spelling_is_covered(analyzer, turns, value):
    out = covered(analyzer, call_of(*turns))[1]
    start = turns[1][1].index(value)
    assert set(out[start : start + len(value)]) <= {"#", " "}


@pytest.mark.parametrize(
    "reply", ["Third is 4, sixth is 9.", "the first digit is 8 and the last is 1"]
)
def test_pin_digits_named_by_place_stay_a_pin(reply):
    asked = "Using your phone banking passcode, can you give me the third and sixth digits?"
    assert "PIN" in expected_types(["Agent", "Caller"], [asked, reply])[1]


@pytest.mark.parametrize(
    ("ask", "reply", "echo", "expected"),
    [
        (
            "and we use a safe word for pickups, what should it be",
            "ok, make it orange kite",
            "orange kite, got it. and her last name?",
            True,
        ),
        (
            "for pickups we ask for a code word at the gate",
            "ok, make it lemon drop",
            "ok, got it. and her last name?",
            False,
        ),
    ],
)
def test_code_word_said_back_is_a_password(ask, reply, echo, expected):
    types = expected_types(["Agent", "Caller", "Agent"], [ask, reply, echo])
    assert ("PASSWORD" in types[2]) is expected


@pytest.mark.parametrize(
    "closing", ["that's all of it", "that's the whole thing", "and that's everything"]
)
def test_a_last_group_with_a_closing_remark_is_part_of_the_number(analyzer, closing):
    turns = [
        ("AGENT", "and the membership number if you have it"),
        ("CUSTOMER", "it's three one eight"),
        ("AGENT", "okay"),
        ("CUSTOMER", "six six zero"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", f"five four one {closing}"),
    ]
    assert "five four one" in {t for _, t in redacted(analyzer, call_of(*turns))[5]}


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        ([("AGENT", "And your surname?"), ("CUSTOMER", "Pemberton.")], "Pemberton"),
        ([("AGENT", "what's the gate code"), ("CUSTOMER", "it's pound two eight eight one")],
         "pound two eight eight one"),
        ([("AGENT", "for security what's the town you were born in"),
          ("CUSTOMER", "oh that would be thornleigh")], "thornleigh"),
        ([("AGENT", "can you confirm your date of birth"),
          ("CUSTOMER", "may sixth hold on nineteen eighty one")],
         "may sixth hold on nineteen eighty one"),
    ],
)  # fmt: skip
def test_values_answering_surname_home_code_birthplace_and_paused_dates(analyzer, turns, value):
    assert value in {t for _, t in redacted(analyzer, call_of(*turns))[1]}


@pytest.mark.parametrize(
    ("ask", "first", "rest"),
    [
        ("how would you like to take care of the $64 fee", "visa, forty two hundred",
         ["twenty two oh eight", "thirty one fifty five", "seventy seven oh two"]),
        ("how do you want to take care of that", "it's a mastercard fifty four hundred",
         ["eleven twenty", "sixty six ninety", "thirty three forty"]),
        ("and how will you be paying today", "discover, sixty one hundred",
         ["eleven twenty", "forty four oh two", "eighty one thirty"]),
    ],
)  # fmt: skip
def test_a_card_brand_then_its_first_group_starts_the_card(analyzer, ask, first, rest):
    turns = [("AGENT", ask), ("CUSTOMER", first)]
    for piece in rest:
        turns += [("AGENT", "okay"), ("CUSTOMER", piece)]
    found = redacted(analyzer, call_of(*turns))
    lead = first.split(",")[-1].replace("it's a mastercard", "").strip()
    assert any(lead in t for _, t in found[1]), found[1]
    for k, piece in enumerate(rest):
        assert piece in {t for _, t in found[3 + 2 * k]}


@pytest.mark.parametrize(
    "reply",
    [
        "visa charged me forty five dollars twice",
        "mastercard, 2 cards actually",
        "visa? is that okay",
        "the visa ending in twelve",
    ],
)
def test_a_card_brand_with_an_amount_or_a_count_starts_no_card(reply):
    assert not conv._reads_own_card(normalize(reply).text)


def test_a_whole_card_after_its_brand_leaves_the_next_answer_alone(analyzer):
    call = call_of(
        ("AGENT", "for the transfer i need the number of the other card"),
        ("CUSTOMER", "sure it's a visa, four one one one 1111 1111 1111"),
        ("AGENT", "and how much are we moving"),
        ("CUSTOMER", "about 4,800. is there a fee"),
    )
    assert not redacted(analyzer, call)[3]


@pytest.mark.parametrize(
    ("ask", "code"),
    [
        ("the three digit code", "oh four seven"),
        ("the 3-digit code on the back", "nine oh two"),
        ("and the four digit code on the front", "two eight one six"),
    ],
)
def test_a_short_request_for_the_digit_code_takes_the_code(analyzer, ask, code):
    turns = [
        ("AGENT", "and the expiration"),
        ("CUSTOMER", "oh six slash twenty nine"),
        ("AGENT", ask),
        ("CUSTOMER", code),
    ]
    assert code in {t for _, t in redacted(analyzer, call_of(*turns))[3]}


def test_an_area_code_first_then_the_rest_after_a_request_for_a_new_number(analyzer):
    turns = [
        ("AGENT", "okay and is there a new phone number we ought to have"),
        ("CUSTOMER", "put my son's cell it's seven one three"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", "two two four"),
        ("AGENT", "okay"),
        ("CUSTOMER", "sixty two eighty his name is tomas if he answers"),
    ]
    found = redacted(analyzer, call_of(*turns))
    assert "seven one three" in {t for _, t in found[1]}
    assert "two two four" in {t for _, t in found[3]}


def _agent_caller(*texts: str):
    return call_of(*((("AGENT", "CUSTOMER")[k % 2], t) for k, t in enumerate(texts)))


@pytest.mark.parametrize(
    "pace",
    [
        "yes i'm with you.",
        "OK, STILL WITH YOU",
        "Yeah, I'm following.",
        "got you",
        "i'm still here",
    ],
)
def test_pieces_keep_going_over_the_asker_saying_they_keep_pace(analyzer, pace):
    call = _agent_caller(
        "can i get the member id please", "sure it's five two one", pace, "seven seven four"
    )
    out = covered(analyzer, call)
    assert "seven" not in out[3] and "five" not in out[1], out


@pytest.mark.parametrize(
    "text", ["i'm with you on the fees", "i'm here to pay the bill", "following the storm"]
)
def test_talk_is_no_keep_pace_backchannel(text):
    from recognizers.answers import is_backchannel

    assert not is_backchannel(text)


@pytest.mark.parametrize(
    ("opening", "pieces"),
    [
        ("hi i have the permit number here it's k t w", ("six one nine", "three oh two")),
        ("yeah the enrollment id is b d", ("4 4 0", "7 1 8")),
    ],
)
def test_an_id_started_in_the_turn_naming_it_goes_on_in_pieces(analyzer, opening, pieces):
    call = _agent_caller("how can i help today", opening, "okay", pieces[0], "mm-hmm", pieces[1])
    out = covered(analyzer, call)
    assert "#" in out[1] and "#" in out[3] and "#" in out[5], out


@pytest.mark.parametrize(
    "opening",
    ["my account number is fine it's not the problem", "the order number is a mess honestly"],
)
def test_a_remark_on_an_id_starts_no_pieces(analyzer, opening):
    call = _agent_caller("how can i help today", opening, "okay", "two weeks ago")
    assert "#" not in "".join(covered(analyzer, call)[1:])


@pytest.mark.parametrize(
    ("question", "reply", "value"),
    [
        ("okay the system updated last week make and model of your first car", "it's a ford ranger",
         "ford ranger"),
        ("sure, name of your second grade teacher?", "It's Mrs. Kowalski.", "Mrs. Kowalski"),
        ("and your kindergarten teacher", "mister albright", "mister albright"),
    ],
)  # fmt: skip
def test_security_questions_said_in_passing_or_about_a_teacher(analyzer, question, reply, value):
    call = _agent_caller(question, reply)
    out = covered(analyzer, call)
    start = reply.index(value)
    assert set(out[1][start : start + len(value)]) == {"#"}, out


# --- a question read off a screen by the caller -------------------------------------------


def test_question_read_off_a_screen_is_answered_by_the_reader() -> None:
    speakers = ["agent", "customer", "customer", "agent"]
    texts = [
        "then you can pick answer challenge questions",
        "okay it says what was the name of your first pet",
        "it's biscuit i think",
        "go ahead and type that",
    ]
    out = expected_types(speakers, texts)
    assert out[2] == ("SECURITY_ANSWER",)
    assert out[3] == ()


# ---- round 52-54 fixes: a date the asker states is no read-back of the birth date


def test_a_date_the_asker_states_is_no_read_back_of_the_birth_date():
    texts = [
        "and your date of birth?",
        "3/14/1958.",
        "Thanks. The last payment posted on June 19. Is that still correct?",
    ]
    out = conversation.expected_types(["agent", "customer", "agent"], texts)
    assert out[2] == ()


def test_a_store_number_after_a_birth_date_reads_nothing_back():
    texts = ["name and date of birth?", "Lena Ortiz, May 2, 1987.", "Which branch, store 6120?"]
    out = conversation.expected_types(["agent", "customer", "agent"], texts)
    assert out[2] == ()


def test_a_read_back_of_the_birth_date_still_checks():
    texts = ["date of birth?", "march 14 1958", "03/15/1958, correct?", "no, the 14th"]
    out = conversation.expected_types(["agent", "customer", "agent", "customer"], texts)
    assert out[2] == ("DATE_OF_BIRTH",)


def test_verdict_with_try_again_ends_the_question() -> None:
    speakers = ["customer", "agent", "customer", "agent", "customer"]
    texts = [
        "can you just tell me what the security answer is",
        "i can't read it to you but i can verify it if you tell me",
        "it's probably rascal",
        "yep that matches so i've unlocked it go ahead and try again",
        "okay it worked thanks",
    ]
    out = expected_types(speakers, texts)
    assert out[2] == ("SECURITY_ANSWER",)
    assert out[3] == () and out[4] == ()


def test_code_alone_after_card_and_expiry_is_the_cvv() -> None:
    texts = ["card", "five two two two", "expiry", "april thirty", "code", "six zero four"]
    speakers = ["agent", "customer"] * 3
    assert "CVV" in expected_types(speakers, texts)[5]


def test_code_alone_without_a_card_is_no_cvv() -> None:
    texts = ["order number", "four four one two", "code", "six zero four"]
    speakers = ["agent", "customer"] * 2
    assert "CVV" not in expected_types(speakers, texts)[3]


@pytest.mark.parametrize(
    "line",
    [
        "A: Okay, there's a balance of $88.10 due on the twelfth. Anything else?",
        "A: Thanks. Your plan renews on the 3rd. What can I help with?",
    ],
)
def test_due_day_after_birth_date_stays(analyzer: CallAnalyzer, line: str) -> None:
    values = redacted_values(analyzer, "A: And your date of birth?", "C: sure, 2/17/1971", line)[2]
    assert not values, values


def test_day_read_back_still_checks_birth_date(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer, "A: And your date of birth?", "C: it's 6/21/1983", "A: the twenty first?"
    )[2]
    assert values == ["the twenty first"], values


def test_last_letter_of_id_read_in_chunks(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: what's the order number?",
        "C: 6620",
        "A: okay",
        "C: 1184",
        "A: mm-hmm",
        "C: oh and then K. that's it",
        "A: got it, and then?",
        "C: and then that's all",
    )
    assert turns[5] == ["K"]
    assert turns[7] == []


def test_screen_question_read_aloud_then_answered_later(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "C: it's asking me the security question what was your first school",
        "A: did you set that up",
        "C: oh yeah it's holy cross elementary",
        "A: there you go",
    )
    assert any("holy cross" in v for v in turns[2])
    assert turns[3] == []


@pytest.mark.parametrize(
    ("check", "town"),
    [
        ("A: Is that Marlowfield?", "Marlowfield"),
        ("A: IS THAT FORT ABIGAIL?", "FORT ABIGAIL"),
        ("A: okay is that in north brennanview", "north brennanview"),
        ("A: so is that Lake Odessa?", "Lake Odessa"),
    ],
)
def test_town_checked_after_street_is_redacted(analyzer, check: str, town: str) -> None:
    values = redacted_values(
        analyzer, "A: Account number or address?", "C: 417 Quillon Bend", check, "C: yes"
    )
    assert any(town in v for v in values[2])


@pytest.mark.parametrize(
    "check",
    [
        "A: is that correct?",
        "A: Is that your home address?",
        "A: is that the billing address?",
        "A: is that north?",
        "A: is that all?",
    ],
)
def test_check_of_the_answer_names_no_town(analyzer, check: str) -> None:
    values = redacted_values(analyzer, "A: and the address?", "C: 417 Quillon Bend", check)
    assert values[2] == []


# ---- cycle 68 (round 78): "i only caught part of that" / "the connection is really
# choppy" keeps the question open, so the value said again is read in full


@pytest.mark.parametrize(
    "reask",
    [
        "Sorry, the connection is really choppy, one more time?",
        "sorry i only caught part of that",
        "I MISSED SOME OF THAT, COULD YOU REPEAT IT?",
    ],
)
def test_value_said_again_after_bad_line(analyzer, reask: str) -> None:
    values = redacted_values(
        analyzer,
        "A: And the expiration date?",
        "C: okay so 04/ [inaudible]",
        f"A: {reask}",
        "C: can you hear me now? 04/31. did you get that?",
    )
    assert values[1] == ["04"]
    assert values[2] == []
    assert values[3] == ["04/31"]


@pytest.mark.parametrize(
    "later",
    [
        "The date of service shows 6 November 2026.",
        "the statement date on mine is october third twenty twenty six",
        "it should be nine items i got four",
        "My balance says 2216.35 but I paid it.",
    ],
)
def test_a_new_sentence_after_a_complete_answer_answers_nothing(later):
    # (the same speaker's turns back to back)
    speakers = ["AGENT", "CUSTOMER", "CUSTOMER"]
    texts = [normalize(t).text for t in ("Last four of your social?", "Last four 0963.", later)]
    asked = expected_types(speakers, texts)
    assert asked[1] == ("US_SSN",)
    assert asked[2] == ()


@pytest.mark.parametrize(
    ("turns", "value_turns"),
    [
        # a value read in pieces over several turns still answers
        (
            (
                "what's your social",
                "my social is",
                "one two three",
                "four five",
                "six seven eight nine",
            ),
            (2, 3, 4),
        ),
        # a part of the value named, or the value said again
        (
            ("and the service address", "1402 maple court", "it is in the city of springfield"),
            (1, 2),
        ),
        (
            ("date of birth please", "born 12/26/2004.", "it was december 26 2004 i think yes"),
            (1, 2),
        ),
        (
            ("and the password", "it's willow underscore orbit", "it has a capital w at the start"),
            (1, 2),
        ),
        # the same field given for someone else
        (
            (
                "date of birth please",
                "march third seventy one.",
                "my husband's is june fifth sixty two if you need it",
            ),
            (1, 2),
        ),
        (
            (
                "and the last four of your social",
                "six seven eight nine.",
                "my wife's was four four two one i think",
            ),
            (1, 2),
        ),
    ],
)
def test_pieces_and_parts_after_an_answer_still_answer(turns, value_turns):
    speakers = ["AGENT"] + ["CUSTOMER"] * (len(turns) - 1)
    asked = expected_types(speakers, [normalize(t).text for t in turns])
    assert all(asked[i] for i in value_turns), asked


@pytest.mark.parametrize(
    "choice",
    [
        "is that january twelfth or november twelfth",
        "was that january or november",
        "sorry was it march fifth or may third",
    ],
)
def test_a_choice_between_two_readings_keeps_the_question(choice):
    asked = _asked("date of birth", "one twelve eighty seven", choice, "january twelfth")
    assert asked[3] == ("DATE_OF_BIRTH",)


def test_a_choice_about_something_else_ends_the_question():
    asked = _asked(
        "date of birth",
        "1 12 87",
        "is it in person or by phone you want the letter",
        "by phone please",
    )
    assert asked[3] == ()


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("twelve twenty eight code nine nine two", "992"),
        ("it's 03/27, security code 418", "418"),
    ],
)
def test_the_code_named_right_after_the_expiry_is_the_cvv(analyzer, reply, code):
    values = redacted_values(
        analyzer,
        "A: and the card number",
        "C: 4111 1111 1111 1111",
        "A: expiration",
        f"C: {reply}",
    )
    assert any(code in normalize(v).text or v.replace(" ", "") == code for v in values[3]), values


# An id cut by a turn split: the cue and its head end one turn, the rest is the next turn,
# whoever says it (r94g diarization errors).
@pytest.mark.parametrize(
    ("head", "rest", "hidden_head", "hidden_rest"),
    [
        ("A: your reference number is seven zero eight", "A: nine ninety eight", "seven zero eight",
         "nine ninety eight"),
        ("A: okay tom you're all set ticket two seven one", "C: three fifty eight",
         "two seven one", "three fifty eight"),
        ("A: your confirmation number is four one two", "C: nine oh six", "four one two",
         "nine oh six"),
        ("A: I've opened case k e", "A: 0984 AA.", "k e", "0984 AA"),
        ("A: okay you're all set ticket d as in delta e as in echo", "C: five oh four",
         "d as in delta e as in echo", "five oh four"),
        ("A: Okay Darpan, you're all set. Ticket BEE", "A: 83707.", "BEE", "83707"),
        ("A: your claim number is c c x four forty six", "C: ninety nine",
         "c c x four forty six", "ninety nine"),
    ],
)  # fmt: skip
def test_an_id_cut_across_turns_is_hidden_in_both(analyzer, head, rest, hidden_head, hidden_rest):
    values = redacted_values(analyzer, "C: thanks", head, rest, "C: great thank you")
    assert hidden_head in " ".join(values[1])
    assert hidden_rest in " ".join(values[2])


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        # (not an id's cue: "in case", a shouted remark with no value)
        ("A: bring a jacket just in case twelve", "C: fifty"),
        ("A: YOUR TICKET NUMBER IS ON THE EMAIL", "C: OKAY"),
        # (an amount after the head is no rest of it)
        ("A: your order number is four one two", "C: fifty dollars"),
    ],
)
def test_no_id_is_cut_without_its_cue_and_rest(analyzer, head, rest):
    values = redacted_values(analyzer, "C: thanks", head, rest)
    assert "fifty" not in " ".join(values[2])
    assert not values[1] or "four one two" in values[1]


def test_the_case_cue_guard_still_hides_an_opened_case(analyzer):
    values = redacted_values(analyzer, "A: i've opened case twelve", "C: fifty")
    assert values == [["twelve"], ["fifty"]]


# A short first group cut off, or said again at the head of the whole value once the
# asker asks to slow down (r93g).
@pytest.mark.parametrize(
    ("question", "piece", "hidden"),
    [
        ("A: do you have the patient id?", "C: nine six -", "nine six"),
        ("A: What's the loan number on file?", "C: I have a statement here, it's 667...", "667"),
        ("A: do you have the claim number", "C: yeah hold on its four four dash", "four four"),
        ("A: and your member number?", "C: it's eight ninety two", "eight ninety two"),
    ],
)
def test_a_cut_first_piece_of_a_number_is_hidden(analyzer, question, piece, hidden):
    values = redacted_values(
        analyzer, question, piece, "A: sorry, can you go a little slower?",
        "C: " + hidden + " one one four four two two",
    )  # fmt: skip
    assert hidden in " ".join(values[1])


@pytest.mark.parametrize(
    "piece",
    ["C: it's 667 a month", "C: it's forty five dollars...", "C: it's 66?"],
)
def test_a_number_that_ends_no_cut_piece_is_readable(analyzer, piece):
    values = redacted_values(analyzer, "A: What's the loan number on file?", piece, "A: okay")
    assert not any(v in ("667", "forty five", "66") for v in values[1])


@pytest.mark.parametrize(
    ("back", "rest"),
    [
        ("A: let me repeat that seven three nine", "C: three fifteen nine six one two right"),
        ("A: reading that back four five three", "C: four three four double three one yes"),
    ],
)
def test_a_read_back_cut_after_its_first_group_is_hidden(analyzer, back, rest):
    values = redacted_values(
        analyzer, "A: could i get your account number please",
        "C: seven three nine three fifteen nine six one two", back, rest,
    )  # fmt: skip
    assert values[2]


@pytest.mark.parametrize(
    "head",
    [
        "A: your deductible is six three one eighty two your claim number is four one two",
        "A: confirmed, tomorrow eight to twelve, ticket four one two",
    ],
)
def test_other_numbers_in_a_cut_ids_head_turn_stay_readable(analyzer, head):
    values = redacted_values(analyzer, "C: thanks", head, "C: nine oh six")
    joined = " ".join(values[1])
    assert "six three one" not in joined and "eight to twelve" not in joined
    assert "nine oh six" in " ".join(values[2])


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("A: Thanks. Your SUI account number is 0048-221-93.", "0048-221-93"),
        ("A: ok ISF amendment reference 3 3 0 8 1 A", "3 3 0 8 1 A"),
        ("A: The HECM counselor was Janet Brooks and the case number is 261-2289045.",
         "261-2289045"),
    ],
)  # fmt: skip
def test_a_whole_id_ending_a_turn_is_no_cut_head(analyzer, line, whole):
    """A whole id said after its cue needs no next turn: the turn is not typed as an id's
    head, so the capitals naming the account ("SUI", "ISF", "HECM") stay readable."""
    values = " ".join(redacted_values(analyzer, "C: hi", line)[1])
    assert whole in values
    assert not any(word in values.split() for word in ("SUI", "ISF", "HECM"))


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            ("what town were you born in", "i think it's kano", "hmm not quite", "sorry try osaka"),
            "osaka",
        ),
        (
            (
                "WHAT WAS THE NAME OF YOUR CHILDHOOD PET",
                "PICKLES",
                "I'M SORRY THAT'S NOT WHAT'S ON FILE",
                "THEN IT MUST BE CHICO",
            ),
            "CHICO",
        ),
        (
            (
                "your security question is mother's maiden name",
                "martin",
                "no, that's not what is in the system",
                "oh wait then it's lei",
            ),
            "lei",
        ),
        (
            (
                "What street did you grow up on?",
                "Um, Sandoval Ports.",
                "Not quite, I'm afraid.",
                "Oh, that's the other one. It's Gomez Turnpike.",
            ),
            "Gomez Turnpike",
        ),
    ],
)
def test_a_security_answer_tried_again_after_not_quite_answers_the_same_question(
    analyzer, turns, value
):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    masked = covered(analyzer, call)[3]
    assert value.split()[0] not in masked
    assert value.split()[-1] not in masked


@pytest.mark.parametrize(
    "text",
    [
        "hmm not quite",
        "Hmm, not quite.",
        "I'm sorry, that's not what's on file.",
        "no that's not what is on the account",
    ],
)
def test_not_quite_and_not_on_file_reject_the_value(text):
    assert conv._rejects_value(text)


def test_not_quite_in_the_middle_of_a_turn_rejects_nothing():
    # ("i'm not quite sure" hesitates; it says nothing of the value)
    assert not conv._rejects_value("i'm not quite sure what you mean by that")


def test_a_callers_errand_about_who_gets_a_policy_asks_nothing():
    assert question_types("i want to update who gets the policy") == ()
    assert question_types("i need to change where the bill goes") == ()


def test_the_agent_who_needs_to_know_who_is_calling_still_asks_a_name():
    # guard: the errand rule above must not swallow the agent's request for the caller
    assert question_types("i need to verify who i'm speaking with") == ("PERSON",)


def test_a_security_question_after_the_callers_errand_is_still_asked(analyzer):
    turns = (
        ("Caller", "i want to update who gets the policy"),
        ("Agent", "the question you set was the name of your first school"),
        ("Caller", "i think it's escuela benito juarez"),
        ("Agent", "that doesn't match what i have"),
        ("Caller", "sorry try blankenship academy"),
    )
    masked = covered(analyzer, call_of(*turns))
    assert "benito" not in masked[2]
    assert "blankenship" not in masked[4]


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (
            (
                "What's the passcode on your account?",
                "That'd be oceangarden2. O-C-E A N G A R D E N 2.",
                "Sorry, was that oceangarden2?",
            ),
            "oceangarden2",
        ),
        (
            ("and what's the access code", "it's copper heron", "sorry, did you say copper heron?"),
            "copper heron",
        ),
        (("what's your passcode", "it's bluejay", "you said bluejay?"), "bluejay"),
    ],
)
def test_a_word_passcode_checked_back_by_the_asker_is_redacted(analyzer, turns, value):
    call = call_of(*(("Agent" if k % 2 == 0 else "Caller", t) for k, t in enumerate(turns)))
    assert value not in covered(analyzer, call)[2]


def test_a_pin_checked_back_by_the_asker_is_still_a_pin():
    assert _asked("what's your passcode", "it's 4 4 2 1", "sorry was that 4421?")[2] == ("PIN",)


@pytest.mark.parametrize(
    ("read", "ask", "rest", "head", "tail"),
    [
        ("A: okay the confirmation number for today is f a g one t y",
         "C: wait f a what was the rest", "A: g one t y", "f a", "g one t y"),
        ("A: the refund ref is l n t k u p",
         "C: wait l n and then what", "A: t k u p", "l n", "t k u p"),
        ("A: your reference number is 412 five thirty five 1",
         "C: sorry 412 and then what", "A: five thirty five 1", "412", "five thirty five 1"),
        ("A: write down ticket 865 2210",
         "C: then 865 you forgot the rest", "A: 2210", "865", "2210"),
    ],
)  # fmt: skip
def test_an_ids_head_asked_back_and_its_rest_are_the_id(analyzer, read, ask, rest, head, tail):
    """A listener repeats an id's head and asks for the rest; the rest comes alone."""
    values = redacted_values(analyzer, read, ask, rest)
    assert head in " ".join(values[1])
    assert tail in " ".join(values[2])


@pytest.mark.parametrize(
    "read",
    [
        "A: your total comes to 412 dollars and 20 cents",
        "A: turn left at the light and then go two blocks",
        "A: the tower is also fine",
    ],
)
def test_a_head_asked_back_not_read_as_a_value_stays_readable(analyzer, read):
    """The head must start a value said just before: an amount or a word is no id."""
    values = redacted_values(analyzer, read, "C: sorry 412 and then what", "A: so and then")
    assert not values[1] and not values[2]


@pytest.mark.parametrize(
    ("cut", "again", "head"),
    [
        ("C: um okay it's r -", "C: sure r two seven nine eight oh double eight", "r"),
        ("C: ok so w as in whiskey -", "C: w as in whiskey b as in bravo seven six m three", "w"),
        ("C: yeah sure, y -", "C: okay y nine one four four two two", "y"),
    ],
)
def test_an_ids_first_letter_cut_and_said_again_is_the_id(analyzer, cut, again, head):
    """ "it's r -" / "start again?" / "sure R2798088": the letter was the id's head."""
    values = redacted_values(
        analyzer, "A: what's the policy number", cut, "A: sorry could you start again", again
    )
    assert head in " ".join(values[1]).lower()


def test_a_letter_cut_off_that_no_id_starts_stays_readable(analyzer):
    """The id said again must start with the cut letters."""
    values = redacted_values(
        analyzer,
        "A: what's the policy number",
        "C: um okay it's r -",
        "A: sorry could you start again",
        "C: sure k two seven nine eight oh double eight",
    )
    assert not values[1]
