"""Round 8: names from many cultures without a cue, what a turn asks when the request ends
a long spoken sentence, pieces of one value joined, and short codes read as answers."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans
from recognizers.conversation import expected_types
from recognizers.questions import question_types
from recognizers.spoken_normalizer import normalize
from recognizers.spoken_person_recognizer import lexicon
from tests.recognizers.conftest import call_of, covered, redacted


def _asked(*texts: str) -> list[tuple[str, ...]]:
    speakers = ["AGENT" if k % 2 == 0 else "CUSTOMER" for k in range(len(texts))]
    return expected_types(speakers, [normalize(t).text for t in texts])


# --- the name lists ----------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["anjali", "chukwuemeka", "hiroshi", "zbigniew", "ximena", "siddiqui", "okonkwo"]
)
def test_names_from_many_cultures_are_listed(word):
    lex = lexicon()
    assert word in lex.firsts or word in lex.lasts


@pytest.mark.parametrize("word", ["doing", "during", "else", "via", "huh", "til", "zelle", "honda"])
def test_words_and_brands_are_not_listed_names(word):
    lex = lexicon()
    assert word not in lex.firsts and word not in lex.lasts


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("yes it's priyanka venkatesan", "priyanka venkatesan"),
        ("ayesha siddiqui", "ayesha siddiqui"),
        ("ok so put it under tomasz wieczorek", "tomasz wieczorek"),
        ("YEAH THE DRIVER IS CHIAMAKA OKAFOR", "CHIAMAKA OKAFOR"),
        ("and my sister ngozi adeyemi will call back", "ngozi adeyemi"),
    ],
)
def test_a_first_name_and_surname_need_no_cue(analyzer, turn, name):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert ("PERSON", name) in got


@pytest.mark.parametrize(
    "turn",
    [
        "i'd like to go via the portal during lunch",
        "what else can i do til friday",
        "i sent it with zelle",
        "it's a 2019 honda civic",
    ],
)
def test_words_that_are_also_names_somewhere_stay(analyzer, turn):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert not any(e == "PERSON" for e, _ in got)


# --- what is asked --------------------------------------------------------------------


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


# --- answers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("october", ["october"]),
        ("uh the 14th, 1973", ["the 14th", "1973"]),
        ("the twenty second", ["the twenty second"]),
        ("nineteenth", ["nineteenth"]),
    ],
)
def test_a_birth_date_said_in_pieces(text, pieces):
    norm = normalize(text)
    got = [norm.text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", norm.text)]
    for piece in pieces:
        assert any(normalize(piece).text in g for g in got), (piece, got)


def test_may_i_is_no_month():
    assert answer_spans("DATE_OF_BIRTH", "may i ask why") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Um, QZRTKV I think.", "QZRTKV"),
        ("Yeah, it's KD7.", "KD7"),
        ("it's 9MR", "9MR"),
        ("It's 4HJX 318, Oregon plates.", "4HJX 318"),
    ],
)
def test_short_codes_answer_an_id_question(text, code):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert code in got


@pytest.mark.parametrize(
    "text", ["it's on the 2nd page", "I think it's OK", "around 10am", "the Rx BIN is 004336?"]
)
def test_ordinals_times_and_acronyms_are_no_code(text):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert not any(g in ("2nd", "OK", "10am", "BIN") for g in got)


def test_that_is_it_after_a_value_does_not_cancel_it():
    text = normalize("okay it's falcon nine nine that's it").text
    assert answer_spans("PASSWORD", text)


def test_a_short_number_read_in_two_groups_after_its_question(analyzer):
    call = call_of(
        ("AGENT", "can i get your badge number"),
        ("CUSTOMER", "sure it's four one seven"),
        ("AGENT", "mm-hmm"),
        ("CUSTOMER", "two two eight"),
    )
    text = covered(analyzer, call)
    assert "four" not in text[1] and "two" not in text[3]


def test_two_house_numbers_are_not_one_number(analyzer):
    call = call_of(
        ("AGENT", "and what was your old address"),
        ("CUSTOMER", "three forty one elm street"),
        ("AGENT", "and the new one"),
        ("CUSTOMER", "eight eighty eight birch lane"),
    )
    assert redacted(analyzer, call)[2] == set()


# --- pieces joined ------------------------------------------------------------------


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
    ("turn", "name"),
    [
        ("How can I help, Ana-Lucia?", "Ana-Lucia"),
        ("my wife is thuy linh nguyen no hyphen", "thuy linh nguyen"),
    ],
)
def test_parts_of_one_name_are_one_span(analyzer, turn, name):
    text = covered(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert name.lower() not in text.lower() and "#" * len(name) in text


def test_a_name_is_not_grown_over_ordinary_words(analyzer):
    call = call_of(("AGENT", "who am i speaking with"), ("CUSTOMER", "it's joaquin okay"))
    assert ("PERSON", "joaquin") in redacted(analyzer, call)[1]


# --- cues --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("city water billing this is rob are you calling about a bill", "rob"),
        ("hi this is sunny okafor", "sunny okafor"),
        ("FRONT DESK, MILES SPEAKING.", "MILES"),
        ("nope thank you so much grace", "grace"),
        ("can i get your name", None),
    ],
)
def test_everyday_first_names_after_a_cue(analyzer, turn, name):
    got = redacted(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "ok")))[0]
    if name is None:
        assert not got
    else:
        assert ("PERSON", name) in got


@pytest.mark.parametrize(
    "turn", ["this is ridiculous", "i will rob nobody", "it's sunny today", "thank you so much"]
)
def test_everyday_words_without_a_name_cue_stay(analyzer, turn):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert not any(e == "PERSON" for e, _ in got)


def test_a_first_name_and_a_firm_word_surname_answer_a_name_question(analyzer):
    call = call_of(("AGENT", "okay can i get your name"), ("CUSTOMER", "ruth church"))
    assert ("PERSON", "ruth church") in redacted(analyzer, call)[1]


@pytest.mark.parametrize(
    ("said", "email"),
    [
        ("it's r underscore tanaka42 at yahoo dot co dot jp", "r_tanaka42@yahoo.co.jp"),
        ("send it to mia dot cole at outlook dot com dot au", "mia.cole@outlook.com.au"),
        ("it's lena at gmail dot com dot uh thanks", "lena@gmail.com"),
    ],
)
def test_a_country_after_a_generic_domain_is_part_of_the_email(said, email):
    text = normalize(said).text
    assert email in text and f"{email}." not in text


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (("ok", "the card my aunt gemma sent me"), "gemma"),
        (("ACCOUNTS PAYABLE ROSA SPEAKING", "HI"), "ROSA"),
        (("who am i speaking with", "i spoke to marisol hooks yesterday"), "marisol hooks"),
        (("ok", "it's İlbek Aksu"), "İlbek Aksu"),
    ],
)
def test_names_that_are_rare_words_after_a_cue(analyzer, turns, name):
    got = redacted(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(("PERSON", name) in turn for turn in got), got


@pytest.mark.parametrize(
    "turn",
    [
        "do you have the number handy",
        "generally speaking it works",
        "public speaking is hard",
        "plug it into the lan port",
    ],
)
def test_rare_words_without_a_cue_stay(analyzer, turn):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert not any(e == "PERSON" for e, _ in got)


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


def test_a_period_ending_a_sentence_is_not_in_the_email():
    text = normalize("let me start again. jo_ruiz@aol.com").text
    assert "again. jo_ruiz@aol.com" in text


@pytest.mark.parametrize(
    ("said", "ip"),
    [
        ("it shows ten point zero point zero point one", "10.0.0.1"),
        ("one seventy two period sixteen period four period twenty", "172.16.4.20"),
    ],
)
def test_ip_addresses_read_with_point_or_period(said, ip):
    assert ip in normalize(said).text


@pytest.mark.parametrize("date", ["19/06/2004", "28.11.1952", "31-01-1999"])
def test_day_first_birth_dates(analyzer, date):
    call = call_of(("AGENT", "What's your date of birth?"), ("CUSTOMER", f"{date}, yes."))
    assert ("DATE_OF_BIRTH", date) in redacted(analyzer, call)[1]


def test_a_corrected_number_leaves_the_correction_readable(analyzer):
    call = call_of(
        ("AGENT", "what's the account number"),
        ("CUSTOMER", "it's seven two two one no wait seven two two four"),
    )
    text = covered(analyzer, call)[1]
    assert "no wait" in text and "seven" not in text


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


def test_a_name_is_not_grown_over_a_contraction(analyzer):
    call = call_of(("CUSTOMER", "this is carolyn hale"), ("AGENT", "okay ms hale i've got it"))
    assert "i've" in covered(analyzer, call)[1]


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


def test_an_id_answering_an_id_question_is_still_redacted(analyzer):
    call = call_of(("AGENT", "what's the booking reference"), ("CUSTOMER", "it's Q7MX2R"))
    assert "Q7MX2R" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    "turn", ["I see a charge at netflix on the 4th", "is it the hulu one or spotify"]
)
def test_brands_are_no_person_or_place(ner_analyzer, turn):
    got = redacted(ner_analyzer, call_of(("AGENT", turn), ("CUSTOMER", "yes")))[0]
    assert not any(e in ("PERSON", "LOCATION") for e, _ in got), got


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("hi you've reached lakeside gas and power marcus here what can i do for you", "marcus"),
        ("Hi, you've reached Pine Ridge Bank. Dolores here, how can I help?", "Dolores"),
    ],
)
def test_an_agent_answering_with_name_here(analyzer, turn, name):
    assert ("PERSON", name) in redacted(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "hi")))[0]


@pytest.mark.parametrize(
    "turn", ["the form is right here what do you need", "everybody here can help", "sign here"]
)
def test_here_without_a_name_stays(analyzer, turn):
    assert redacted(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "ok")))[0] == set()


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


@pytest.mark.parametrize("turn", ["Thanks, Georgia. Have a good one.", "Hi, Virginia!"])
def test_a_greeting_before_a_state_name_is_no_city(analyzer, turn):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert not any(e == "ADDRESS" for e, _ in got)


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
    ("turns", "hidden"),
    [
        (("and the phone number", "five oh three for one to won oh nine nine"), "for one to won"),
        (("and the account number", "ate two won seventy seven forty four"), "ate two won"),
        (("what's the zip", "it's nine for to one for"), "nine for to one for"),
    ],
)
def test_homophones_in_an_answer_for_a_number_are_digits(analyzer, turns, hidden):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert hidden not in text and not any(w in text for w in hidden.split())


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


def test_answer_mode_reads_homophones_next_to_numbers():
    assert normalize("three for seven", digits_expected=True).text == "347"
    assert normalize("three for seven").text != "347"
    assert normalize("two to five days", digits_expected=True).text == "2 to 5 days"


def test_an_everyday_name_found_once_is_redacted_where_it_addresses_someone(analyzer):
    call = call_of(
        ("AGENT", "claims department my name is will"),
        ("CUSTOMER", "hey will this is nadia i got rear ended"),
        ("AGENT", "okay will is here to help, i will file it"),
        ("CUSTOMER", "thanks, will."),
    )
    got = redacted(analyzer, call)
    assert ("PERSON", "will") in got[1] and ("PERSON", "will") in got[3]
    assert "i will file it" in covered(analyzer, call)[2]


def test_an_everyday_word_never_named_stays(analyzer):
    call = call_of(("AGENT", "okay hope that helps"), ("CUSTOMER", "thanks, will do"))
    assert redacted(analyzer, call) == [set(), set()]


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("yeah his name was grant holloway and he's with geico", "grant holloway"),
        ("her name was ivy", "ivy"),
    ],
)
def test_name_was(analyzer, turn, name):
    assert ("PERSON", name) in redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]


@pytest.mark.parametrize(
    "turn", ["the street name was elm", "the network name is homewifi", "the file name is report"]
)
def test_names_of_things_are_no_person(analyzer, turn):
    got = redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert not any(e == "PERSON" for e, _ in got)


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("yeah it's karim al-masri calling", "karim al-masri"),
        ("Yes, Wei Xu, and my number is 555 0100", "Wei Xu"),
        ("the account holder is dana le", "dana le"),
        ("it's under rosa delgado", "rosa delgado"),
    ],
)
def test_particle_short_and_rare_word_names(analyzer, turn, name):
    assert ("PERSON", name) in redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]


@pytest.mark.parametrize("turn", ["tell john he can call me back", "ask maria if le mans is on"])
def test_pronouns_and_particles_after_a_name_stay(analyzer, turn):
    text = covered(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]
    assert " he can" in text or "if le mans" in text


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (
            ("and the phone number", "five oh three um four four one two two oh nine"),
            "five oh three",
        ),
        (("what's your social", "417 uh 22 8150"), "417"),
    ],
)
def test_a_group_before_a_hesitation_is_part_of_the_answer(analyzer, turns, hidden):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]
    assert hidden not in text


@pytest.mark.parametrize(
    ("turn", "code"),
    [
        ("Done, your confirmation code is QWRTPX. Anything else?", "QWRTPX"),
        ("okay your claim number is c l m dash forty four twelve nine eight one", "c l m dash"),
    ],
)
def test_codes_read_back_after_their_cue(analyzer, turn, code):
    assert code not in covered(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "ok")))[0]


def test_an_english_word_in_capitals_is_no_code(analyzer):
    call = call_of(
        ("AGENT", "Your confirmation number is in the EMAIL we sent."), ("CUSTOMER", "ok")
    )
    assert redacted(analyzer, call)[0] == set()


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
    ("turns", "visible"),
    [
        (("how much was the charge", "7,140"), "7,140"),
        (("ok", "we sold 4,500 units"), "4,500"),
        (("what's the confirmation code", "thanks"), "thanks"),
        (("thanks for calling ridgeway health marta speaking", "hi"), "ridgeway health"),
    ],
)
def test_numbers_and_words_that_are_not_values_stay(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(visible in t for t in text)


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
    ("turn", "name"),
    [
        ("thanks for calling harbor point bank nadia have a great day", "nadia"),
        ("Thanks for calling Lakeside Dental, Marcus, have a good one.", "Marcus"),
        ("thanks for calling pine travel mr okafor have a great day", "okafor"),
    ],
)
def test_the_agents_sign_off_with_a_name(analyzer, turn, name):
    assert ("PERSON", name) in redacted(analyzer, call_of(("AGENT", turn), ("CUSTOMER", "bye")))[0]


def test_a_firm_that_wishes_a_good_day_stays(analyzer):
    call = call_of(
        ("AGENT", "thanks for calling verizon have a great day"), ("CUSTOMER", "you too")
    )
    assert redacted(analyzer, call) == [set(), set()]


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


def test_a_code_asked_after_a_fee_is_not_an_amount(analyzer):
    call = call_of(
        ("AGENT", "There's a $35 fee. I just texted you a code, can you read it to me?"),
        ("CUSTOMER", "It's 204817."),
    )
    assert "204817" not in covered(analyzer, call)[1]


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


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("one nine two dot one six eight dot oh dot one four oh", "192.168.0.140"),
        ("it's seven one point two point three point nine i think", "71.2.3.9 i think"),
        ("the code is k d seven a b", "KD7AB"),
    ],
)
def test_spoken_ips_with_oh_and_a_pronoun_after_a_code(said, expected):
    assert expected in normalize(said).text


@pytest.mark.parametrize("turn", ["Your copay is $56.61.", "The payment is due April 22"])
def test_a_statement_after_an_answer_is_no_read_back(analyzer, turn):
    call = call_of(
        ("AGENT", "and your date of birth?"),
        ("CUSTOMER", "April 9th, 1971."),
        ("AGENT", turn),
    )
    assert redacted(analyzer, call)[2] == set()


@pytest.mark.parametrize(
    "farewell",
    [
        "thank you for calling rhonda have a good one",
        "Thank you for calling Rhonda. Have a good one",
    ],
)
def test_a_caller_thanked_by_name_is_no_company(analyzer, farewell):
    call = call_of(
        ("CUSTOMER", "hi it's rhonda diogo i'm calling about a charge"),
        ("AGENT", "sorry about that rhonda how's your day going"),
        ("AGENT", farewell),
    )
    got = redacted(analyzer, call)
    assert ("PERSON", "rhonda") in got[1]
    assert any(e == "PERSON" for e, _ in got[2])


@pytest.mark.parametrize(
    "farewell",
    [
        "Thank you for calling Wendy's, have a great day.",
        "thanks for calling chase have a good day",
    ],
)
def test_a_firm_thanked_for_a_call_stays(analyzer, farewell):
    assert redacted(analyzer, call_of(("AGENT", farewell), ("CUSTOMER", "ok")))[0] == set()


def test_a_spoken_ip_with_the_letter_o_for_zero():
    assert "10.0.92.181" in normalize("one o point o point nine two point one eight one").text


@pytest.mark.parametrize(
    ("turns", "visible"),
    [
        (
            ("Again, my name was Ines if you need anything.", "Nope, thanks. Bye."),
            "Nope, thanks. Bye.",
        ),
        (("ok", "you're welcome ronald take care"), "welcome"),
        (("ok", "vpn isn't working since monday"), "vpn isn't"),
        (("okay sure", "go ahead with the nine-digit routing number"), "nine-digit"),
    ],
)
def test_farewells_contractions_and_lengths_stay(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(visible in t for t in text), text


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("hi river it's autumn blackfeather calling", "autumn blackfeather"),
        ("its hope okonjo", "hope okonjo"),
    ],
)
def test_an_everyday_first_name_after_its(analyzer, turn, name):
    assert ("PERSON", name) in redacted(analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", turn)))[1]


def test_its_before_an_everyday_word_stays(analyzer):
    text = covered(
        analyzer, call_of(("AGENT", "ok"), ("CUSTOMER", "it's summer and it's will power"))
    )[1]
    assert "summer" in text and "will power" in text


def test_email_as_a_verb_asks_nothing():
    assert "EMAIL_ADDRESS" not in question_types("can you email me the forms")
    assert question_types("can i get an email for the confirmation") == ("EMAIL_ADDRESS",)


@pytest.mark.parametrize(
    ("turns", "hidden"),
    [
        (("what email should i send the receipt to", "zofiakrol nine six eight"), "zofiakrol"),
        (("can i get your employee id", "whiskey uhm four four one two six nine"), "whiskey"),
    ],
)
def test_handles_and_nato_words_after_a_filler(analyzer, turns, hidden):
    assert hidden not in covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))[1]


def test_a_nato_word_before_an_answered_id_is_part_of_it(analyzer):
    call = call_of(
        ("AGENT", "what's your confirmation number"), ("CUSTOMER", "yes it's romeo 4471 0093")
    )
    assert "romeo" not in covered(analyzer, call)[1]
