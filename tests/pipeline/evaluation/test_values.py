"""Synthetic values follow the real rules: Luhn, ABA, SSA."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pipeline.evaluation.values import (
    Renderer,
    aba_valid,
    card_groups,
    luhn_check_digit,
    luhn_valid,
    make_persona,
)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("4111111111111111", True), ("4111111111111112", False), ("378282246310005", True),
     ("79927398713", True), ("79927398710", False), ("4111-1111", False)],
)  # fmt: skip
def test_luhn(number, valid):
    assert luhn_valid(number) is valid


def test_luhn_check_digit():
    assert luhn_check_digit("411111111111111") == "1"


@pytest.mark.parametrize(
    ("routing", "valid"),
    [("011000015", True), ("021000021", True), ("021000022", False), ("12345678", False),
     ("02100002a", False)],
)  # fmt: skip
def test_aba(routing, valid):
    assert aba_valid(routing) is valid


def test_card_groups():
    assert card_groups("4111111111111111") == ["4111", "1111", "1111", "1111"]
    assert card_groups("378282246310005") == ["3782", "822463", "10005"]


def _personas(n: int):
    for i in range(n):
        rng = random.Random(i)
        fake = Faker("en_US")
        fake.seed_instance(i)
        yield make_persona(fake, rng)


def test_personas_follow_the_rules_of_each_identifier():
    for p in _personas(200):
        assert luhn_valid(p.card) and len(p.card) in (15, 16)
        assert len(p.cvv) == (4 if len(p.card) == 15 else 3)
        assert aba_valid(p.routing)
        area, group, serial = int(p.ssn[:3]), int(p.ssn[3:5]), int(p.ssn[5:])
        assert 1 <= area <= 899 and area != 666 and group >= 1 and serial >= 1
        assert len(p.phone) == 10 and p.phone[0] != "1" and p.phone[1:3] != "11"
        assert 8 <= len(p.bank_account) <= 12 and p.bank_account.isdigit()
        assert len(p.pin) == 4 and len(p.new_pin) == 4 and len(p.zip) == 5


def test_persona_is_reproducible():
    assert list(_personas(3)) == list(_personas(3))


@pytest.mark.parametrize("mode", ["written", "spoken", "mixed"])
def test_renderings_have_no_surrounding_space_and_spoken_has_no_digits(mode):
    for i, p in enumerate(_personas(30)):
        r = Renderer(random.Random(i), mode)
        values = [
            r.card(p.card), r.phone(p.phone), r.ssn(p.ssn), r.date(p.dob),
            r.expiry(p.exp_month, p.exp_year), r.full_address(p), r.identifier(p.account_id),
            r.email(p.email_user, p.email_domain), r.password(p.password), r.spelled(p.last),
        ]  # fmt: skip
        for value in values:
            assert value and value == value.strip() and "  " not in value
            if mode == "spoken":
                assert not any(c.isdigit() for c in value), value
                assert value == value.lower(), value


def test_written_renderings_keep_the_digits():
    p = next(_personas(1))
    r = Renderer(random.Random(0), "written")
    assert "".join(c for c in r.card(p.card) if c.isdigit()) == p.card
    assert "".join(c for c in r.phone(p.phone) if c.isdigit()) == p.phone
    assert "".join(c for c in r.ssn(p.ssn) if c.isdigit()) == p.ssn


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="use one of"):
        Renderer(random.Random(0), "shouty")
