"""Whole-analyzer checks of where the value sits in a reply (answers.py): codes read in
groups, a unit before a city and state, an area code in parentheses, a dash after a
hesitation. Values are invented."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered

# A reply that is only groups of a code, after an id question.
CODE_REPLIES = [
    ("can i get your vin", "M 52 TQRWZ", "##########"),
    ("and the member id please", "yeah it's 48 H7 KD 2 PXT 301", "yeah it's ##################"),
    ("what's the policy number", "R 9 B 4471", "##########"),
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
        ("it's doctor ifeoma nwosu", "it's doctor ############"),  # the title stays
        ("MRS. HALVORSEN-PIKE", "MRS. ##############"),
    ],
)
def test_a_name_answer_is_covered_without_its_title(analyzer, reply, expected):
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
