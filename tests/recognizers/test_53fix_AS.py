"""Cycle 53, group AS: an email read in pieces over several turns ("it's k okafor" / "dot
41 at posteo" / "dot de"); and, left visible, another thing that expires (a licence, a
payoff quote), a date the asker reads out that is not the one just given, a surprise word
and an explanation around a security answer, a thanks after a password's rules, "a report
at ftc.gov", amounts and measures after an address question, "state" in a firm's name,
a count of digits, the caller's own errand and the words around a town."""

from __future__ import annotations

import pytest

from recognizers import answers, conversation, questions
from recognizers.card_expiry_recognizer import CardExpiryRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import covered, found, said


@pytest.mark.parametrize(
    ("lines", "pieces"),
    [
        (
            ("A: what email should we use?", "C: it's k okafor", "A: mm-hmm.",
             "C: dot 41 at posteo", "A: go on.", "C: dot de."),
            ("k okafor", "dot 41 at posteo", "dot de"),
        ),
        (
            ("A: and your email address?", "C: sure, t. lindqvist", "A: okay.",
             "C: underscore 7 at fastmail", "A: yep.", "C: dot com"),
            ("t. lindqvist", "underscore 7 at fastmail", "dot com"),
        ),
    ],
)  # fmt: skip
def test_an_email_read_in_pieces_over_turns(analyzer, lines, pieces):
    masks = covered(analyzer, said(*lines))
    texts = [line[3:] for line in lines]
    for piece in pieces:
        turn = next(i for i, t in enumerate(texts) if piece in t)
        start = texts[turn].index(piece)
        assert masks[turn][start : start + len(piece)] == "#" * len(piece), masks[turn]


@pytest.mark.parametrize(
    "reply", ["it's a secret", "yes i think so", "it's the same one", "a new one please"]
)
def test_no_email_piece_in_other_replies(reply):
    assert answers._INITIAL_HANDLE.match(reply) is None
    assert answers._EMAIL_GOES_ON.match(reply) is None


@pytest.mark.parametrize(
    "text",
    [
        "My licence expires 11/26 and the office is booked.",
        "my passport expires march 2027",
        "Your payoff quote is good through 10/19.",
        "the registration expires in june 2028",
    ],
)
def test_another_thing_that_expires_is_no_card_expiry(text):
    assert not found(CardExpiryRecognizer(), text)


@pytest.mark.parametrize(
    "text", ["my visa expires 06/29", "the card expires 03/28, my license is fine"]
)
def test_a_card_expiry_stays(text):
    assert found(CardExpiryRecognizer(), text)


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


@pytest.mark.parametrize("reply", ["okay i got it thank you sir", "understood, thanks", "got it"])
def test_a_thanks_after_password_rules_is_no_password(reply):
    assert answers.answer_spans("PASSWORD", reply) == []


def test_a_report_at_a_site_is_no_email():
    assert "@" not in normalize("you can file a report at reportfraud.ftc.gov today").text
    assert "@" in normalize("it's harper at outlook dot com").text


@pytest.mark.parametrize(
    "reply",
    [
        "It is. The cleaning is $90 and the x-ray is $40.",
        "apartment, about 900 square feet",
        "It was $250 to Quetzaltenango.",
    ],
)
def test_amounts_and_measures_are_no_house_number(reply):
    assert answers.answer_spans("ADDRESS", reply) == []


def test_a_house_number_stays():
    assert answers.answer_spans("ADDRESS", "48 Market Square, Leeds")


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


def test_a_count_of_digits_is_no_digit_run():
    assert answers.digit_runs("4 2. That's it, 12 digits.") == [(0, 3, "42")]


@pytest.mark.parametrize(
    ("reply", "town"),
    [
        ("He lives in Cork.", "Cork"),
        ("porto near the center", "porto"),
        ("Bruges, near the centre.", "Bruges"),
    ],
)
def test_the_town_without_the_words_around_it(reply, town):
    spans = answers.answer_spans("CITY", reply)
    assert any(reply[s:e] == town for s, e in spans), spans
    assert not any(len(reply[s:e]) > len(town) + 2 for s, e in spans), spans


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


@pytest.mark.parametrize(
    ("reply", "town"),
    [
        ("home in west helenberg", "west helenberg"),
        ("at home in north fallbrook", "north fallbrook"),
        ("I'm at work in Port Avenley.", "Port Avenley"),
        ("granby in the north", "granby"),
    ],
)
def test_where_the_caller_is_dropped_before_the_town(reply, town):
    spans = answers.answer_spans("CITY", reply)
    assert [reply[s:e] for s, e in spans] == [town], spans


def test_home_in_a_town_answers_where_located(analyzer):
    masks = covered(
        analyzer, said("A: and where are you located right now", "C: home in east marlowe")
    )
    assert masks[1].startswith("home in ") and "east" not in masks[1], masks[1]
    assert "marlowe" not in masks[1], masks[1]


@pytest.mark.parametrize(
    "reply",
    ["v as in victor yes", "r as in robert yeah", "b as in boy correct", "V right", "t yep"],
)
def test_a_letter_confirmed_is_no_email_piece(reply):
    assert answers._INITIAL_HANDLE.match(normalize(reply).text) is None


def test_a_letter_confirmed_after_an_email_read_back_stays(analyzer):
    masks = covered(
        analyzer,
        said(
            "A: and an email for her",
            "C: it's lucinda k forty two at gmail dot com",
            "A: lucinda k forty two at gmail dot com is that k as in kilo",
            "C: k as in kilo yes",
            "A: okay you're all set",
        ),
    )
    assert masks[3] == "k as in kilo yes", masks[3]


def test_an_initial_and_surname_piece_still_read(analyzer):
    masks = covered(
        analyzer, said("A: what email should we use?", "C: it's m yarrowby", "A: mm-hmm.")
    )
    assert "yarrowby" not in masks[1], masks[1]
