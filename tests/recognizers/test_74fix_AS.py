"""Cycle 66 (rounds 74-75), group AS: questions back, remarks to someone in the room and
exclamations are no answer; a value offered as a question or after "i changed it to" is
the value alone; a price before "at <site>" is no email. Values are invented."""

from __future__ import annotations

import pytest

from recognizers.answers import _without_vocative_question, answer_spans
from tests.recognizers.conftest import redacted_values


def _values(entity: str, text: str) -> list[str]:
    return [text[a:b] for a, b in answer_spans(entity, text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Can I just use pelican_42?", "pelican_42"),
        ("so could we go with Harbor 9?", "Harbor 9"),
        ("um, should I use Quartz&77?", "Quartz&77"),
    ],
)
def test_offered_value_is_the_value_alone(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Should I call my bank?",
        "do I need to log out first?",
        "can I use my dog's name?",
        "could I just do it on the website?",
        "there you go",
        "here you go.",
    ],
)
def test_question_back_or_handover_is_no_answer(text: str) -> None:
    assert _values("PASSWORD", text) == []
    assert _values("SECURITY_ANSWER", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Uh, honey, what did we put? ... He says it's lantern61.", "lantern61"),
        ("Hon, which one was it? She says Tupelo.", "Tupelo"),
    ],
)
def test_name_called_in_the_room_is_not_the_value(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


def test_tag_question_keeps_the_value() -> None:
    assert _values("PASSWORD", "Buttercup, right?") == ["Buttercup"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i changed it to juniper204", "juniper204"),
        ("oh we set it to Copper Kettle 5", "Copper Kettle 5"),
    ],
)
def test_changed_to_gives_the_value(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


def test_changed_to_something_is_no_value() -> None:
    assert _values("PASSWORD", "i changed it to something else") == []


def test_exclamation_after_password_talk_is_not_a_password(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: I'm calling because a password reset was requested on your account.",
        "C: Not me!",
        "A: What would you like the new password to be?",
        "C: Can I just use walnut_58?",
    )
    assert turns[1] == []
    assert turns[3] == ["walnut_58"]


def test_price_at_a_site_is_no_email(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Did you make a purchase of $2,318.40 at Target.com on 4/11?",
        "C: it was 34.99 at walmart dot com",
        "C: my email is pat dot reyes at posteo dot de",
    )
    assert not any("@" in v or " at " in v for v in turns[0])
    assert not any("34.99" in v for v in turns[1])
    assert any("reyes" in v for v in turns[2])


# --- second pass: greetings, agents' statements, shared codes, bookings, short pieces ---


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


@pytest.mark.parametrize("text", ["this is he", "yeah that's me", "uh-huh, yes", "she"])
def test_pronoun_or_filler_is_no_town(text: str) -> None:
    assert _values("CITY", text) == []


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


@pytest.mark.parametrize(
    "text",
    [
        "fax it to 317-555-0148 attention brother james",
        "the card ending in 4420",
        "it should take 2 to 3 business days",
        "anyone 16 or older can sign",
        "call 800 555 0100 extension 3318",
    ],
)
def test_counts_phones_and_last_digits_are_no_house_number(text: str) -> None:
    assert not any(v[0].isdigit() for v in _values("ADDRESS", text))


@pytest.mark.parametrize("text", ["it's 2210 birch hollow road", "send it to 84 quarry lane apt 2"])
def test_house_numbers_still_taken(text: str) -> None:
    assert _values("ADDRESS", text)


def test_plan_group_and_model_numbers_are_not_the_persons(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Member ID?",
        "C: She's reading the card: member 552018734, group K4471.",
        "A: and the serial number on the unit?",
        "C: AirSense, model RX210B4, serial 22PQ81773.",
    )
    assert any("552018734" in v for v in turns[1])
    assert not any("K4471" in v for v in turns[1])
    assert not any("RX210B4" in v for v in turns[3])
    assert any("22PQ81773" in v for v in turns[3])


def test_booked_slot_is_no_birth_date(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Can I have your name and date of birth?",
        "C: Nadia Petrova, birthday April 2, 1979.",
        "A: I have your MRI on October 9 at 7:15 AM. Does that work?",
        "C: is there anything on her birthday in june",
        "A: we have tuesday june third at ten a m open",
    )
    assert any("1979" in v for v in turns[1])
    assert not any("October" in v for v in turns[2])
    assert not any("june third" in v for v in turns[4])


def test_area_code_after_apology(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "C: my number is five five five two two oh one three six",
        "A: and the area code",
        "C: oh sorry, three one seven",
    )
    assert any("three one seven" in v for v in turns[2])


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


def test_licence_letter_i_before_digits(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: driver's license number?",
        "C: it's i seven seven two oh one nine four",
    )
    assert any(v.startswith("i ") for v in turns[1])


def test_pronoun_i_before_digits_stays_visible() -> None:
    assert all(not v.startswith("i") for v in _values("ACCOUNT_ID", "it's, i think 44120993"))


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
    ("text", "value"),
    [
        ("did we set it as lantern6?", "lantern6"),
        ("do I type Otter_12?", "Otter_12"),
    ],
)
def test_question_naming_a_value_keeps_it(text: str, value: str) -> None:
    """A question back that still says the value is no refusal (review of cycle 66)."""
    assert any(value in v for v in _values("PASSWORD", text))


def test_name_before_a_question_may_be_the_answer() -> None:
    """Only an endearment or a kin word is said to someone in the room; a word before a
    question may be the answer itself (review of cycle 66)."""
    assert _without_vocative_question("Tinsel, did you get that? yes").startswith("Tinsel")
    assert _without_vocative_question("Babe, did you get that? yes").strip() == "yes"
