"""Cycle 66 (rounds 74-75), group C2: a health plan's group number, a pharmacy's BIN/PCN and
an agent's own work id are no one's code; a policy's or a gift's sum and a count of ounces
are no id; a card read with the word "one" between its groups is still a card."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from tests.recognizers.conftest import covered, found, said, value_hidden

ACCOUNT_ID = AccountIdRecognizer()
SAFETY_NET = DigitSafetyNetRecognizer()
CARD = SpokenCardRecognizer()


def _hits(text: str) -> set[str]:
    return found(ACCOUNT_ID, text) | found(SAFETY_NET, text)


@pytest.mark.parametrize(
    ("text", "visible", "hidden"),
    [
        ("member ID K402816633, group number 390217, BIN 004336.", "390217", "K402816633"),
        ("member ID K402816633, group number 390217, BIN 004336.", "004336", "K402816633"),
        ("it shows subscriber id P55102948, and then group 61820", "61820", "P55102948"),
        (
            "member id w six one two oh four four nine three one group number four one six",
            "four one six",
            "w six one two oh four four nine three one",
        ),
        ("policy 771204583, group number 29174, that's the employer plan", "29174", "771204583"),
    ],
)
def test_plan_group_and_pharmacy_routing_stay_visible(text: str, visible: str, hidden: str) -> None:
    hits = _hits(text)
    assert not any(visible in h for h in hits), hits
    assert any(hidden in h for h in hits), hits


def test_plan_group_answer_stays_visible(analyzer) -> None:
    call = said(
        "A: Member ID from the card?",
        "C: It says member ID HRT402918733, and then group number 71029, her employer's group.",
    )
    text = call.turns[1].text
    masked = covered(analyzer, call)[1]
    assert value_hidden(masked, text, "HRT402918733")
    assert "71029" in masked


def test_group_after_the_id_read_alone_stays_visible(analyzer) -> None:
    call = said("A: And the new subscriber ID?", "C: ZKP511028834, group number 663012.")
    text = call.turns[1].text
    masked = covered(analyzer, call)[1]
    assert value_hidden(masked, text, "ZKP511028834")
    assert "663012" in masked


def test_a_bare_group_number_stays_redacted(analyzer) -> None:
    # nothing else marks it as a plan's group: fail closed
    call = said("A: what's your group number?", "C: my group number is 80317")
    assert "80317" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Claims line, this is agent Moreno, ID number 2209381.", "2209381"),
        ("Hi, I am the interpreter, interpreter ID 51873, for the caller.", "51873"),
        ("this is representative Okafor badge number 77120", "77120"),
    ],
)
def test_staff_own_work_id_stays_visible(text: str, visible: str) -> None:
    assert not any(visible in h for h in _hits(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the caller's own ids stay redacted
        ("my member id is 50218834", "50218834"),
        ("this is my account, ID number 2209381", "2209381"),
        ("the employee id is 51873", "51873"),
    ],
)
def test_callers_own_ids_still_found(text: str, value: str) -> None:
    assert any(value in h for h in _hits(text))


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("thanks, the death benefit is 175000 and he's primary", "175000"),
        ("i see a pledge of thirty six hundred over two years", "thirty six hundred"),
        ("the premium is 41250 for the year", "41250"),
        ("calling about your order for 12 ten ounce silver bars", "12 ten"),
        ("your order for sixteen one ounce gold coins", "sixteen one"),
    ],
)
def test_sums_and_ounces_stay_visible(text: str, visible: str) -> None:
    assert not any(visible in h for h in _hits(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 4485 1302 6644 1113 (Luhn-valid), the word "one" left between groups
        ("4485 one 302 66 44 one 113", {"4485 one 302 66 44 one 113"}),
        ("it's 4485 13 02 66 44 one 113", {"4485 13 02 66 44 one 113"}),
    ],
)
def test_card_with_word_one_between_groups(text: str, expected: set[str]) -> None:
    assert found(CARD, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "4485 13 02 66 44 one 119",  # Luhn fails
        "i paid 120 for one 3 55 and one 40",
        "room 1204 one 22 and 3",
    ],
)
def test_digits_with_one_that_are_no_card(text: str) -> None:
    assert found(CARD, text) == set()


def test_someone_elses_id_after_a_representative_stays_redacted(analyzer):
    """Only the speaking staff member's own id is readable; the one they act for is not
    (review of cycle 66)."""
    call = said("C: I'm the representative for my father, his ID number is 73015528")
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, "73015528")
