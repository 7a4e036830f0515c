"""Fix cycle 49, group C2: ids, plates, carrier numbers and company lines."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from tests.recognizers.conftest import assert_masked, found


@pytest.fixture(scope="module")
def account() -> AccountIdRecognizer:
    return AccountIdRecognizer()


@pytest.mark.parametrize(
    "text, kept",
    [
        # "be" before a number is the verb, not a MAC's first hex pair
        ("that'd be 7310268894.", "be"),
        ("it would be 3 8 2 7 1 0 5 5 4 6", "be"),
    ],
)
def test_the_verb_be_is_no_mac_pair(account, text, kept):
    assert not any(v.startswith(kept + " ") for v in found(account, text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("the mac is 4C 1D 9E 07 B2 3A", "4C 1D 9E 07 B2 3A"),
        ("mac 7b3c.1f9e.2d41 please", "7b3c.1f9e.2d41"),
        ("it shows 7E:02:BB:19:C4:55", "7E:02:BB:19:C4:55"),
    ],
)
def test_mac_addresses_still_found(account, text, value):
    assert value in found(account, text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("license plate k like kilo t r three nine two one and his name is", "three nine two one"),
        ("the plate is bxw 4471 and the car is blue", "4471"),
    ],
)
def test_plate_ends_before_the_next_word(account, text, value):
    hits = found(account, text)
    assert any(value in h for h in hits)
    assert not any(h.endswith(" and") for h in hits)


def test_plate_keeps_its_last_letters(account):
    assert "jrd 552 q" in found(account, "the plate is jrd 552 q")


@pytest.mark.parametrize("text", ["MC 770215.", "it's under MC 6120448 i think"])
def test_motor_carrier_label_is_not_part_of_the_number(account, text):
    assert not any(h.startswith("MC") for h in found(account, text))
    assert not any(h.startswith("MC") for h in found(BankAccountRecognizer(), text))


def test_monaco_iban_still_found():
    text = "the iban is MC58 1122 2000 0101 2345 6789 030"
    assert any(h.startswith("MC58") for h in found(BankAccountRecognizer(), text))


def test_company_line_to_ring_again_stays(analyzer):
    turns = [
        ("customer", "great thanks"),
        ("agent", "Happy to help. If you need us again, the number is 866-402-7719. Take care."),
        ("agent", "if you want to reach us later our number is 844 310 5528"),
        ("agent", "you can mail the form or fax it to 415-555-0143"),
    ]
    assert_masked(analyzer, turns, 1, [], ["866-402-7719"])
    assert_masked(analyzer, turns, 2, [], ["844 310 5528"])
    assert_masked(analyzer, turns, 3, [], ["415-555-0143"])


def test_callers_own_numbers_still_masked(analyzer):
    turns = [
        ("agent", "what's the best number for you?"),
        ("customer", "it's 415-555-0187 if you need me again"),
        ("customer", "can you fax it to my office at 312-555-0166"),
    ]
    assert_masked(analyzer, turns, 1, ["415-555-0187"], [])
    assert_masked(analyzer, turns, 2, ["312-555-0166"], [])


def test_drawn_numbers_and_fare_differences_stay(analyzer):
    turns = [
        ("customer", "did i win anything?"),
        ("agent", "the winning numbers were twelve forty one sixty three eighteen twenty"),
        ("agent", "Tonight's winning numbers are 8, 22, 39, 44, 61."),
        ("agent", "the fare difference is two hundred eleven forty plus three thousand miles"),
    ]
    assert_masked(analyzer, turns, 1, [], ["twelve forty one sixty three eighteen twenty"])
    assert_masked(analyzer, turns, 2, [], ["8, 22, 39, 44, 61"])
    assert_masked(analyzer, turns, 3, [], ["two hundred eleven forty"])


def test_numbers_near_a_game_still_masked(analyzer):
    turns = [
        ("agent", "what number should we call if you win?"),
        ("customer", "call me on 503 555 0172, those are my lucky digits"),
    ]
    assert_masked(analyzer, turns, 1, ["503 555 0172"], [])


def test_fleet_equipment_numbers_stay(analyzer):
    turns = [
        ("agent", "which equipment are you in?"),
        ("customer", "it's truck 4471 with trailer 8820 today"),
        ("agent", "my driver's license number is 58213397"),
    ]
    assert_masked(analyzer, turns, 1, [], ["4471", "8820"])
    assert_masked(analyzer, turns, 2, ["58213397"], [])
