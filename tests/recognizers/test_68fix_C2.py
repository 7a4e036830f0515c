"""Fix cycle 62 (round 68), group C2: spoken prices without "dollars" after a fee word or
before the shop they were paid at, rough thousands, departure times, a school's public
code, a sold product's model number and another party's toll-free line stay visible; a
phone number read with "two" heard as "to" is found whole."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from tests.recognizers.conftest import covered, said, value_hidden


@pytest.mark.parametrize(
    "line",
    [
        # a fee named right before its price
        "A: the lessons are weekly and registration is thirty eight seventy five per family",
        "A: we can see max at noon, the exam is sixty two forty and he needs a booster",
        "A: the second installment of two thousand one hundred twelve forty nine posts friday",
        "A: the shipping fee is fourteen twenty and it arrives monday",
        "A: Overnight is seventy two thirty extra, would you like that?",
        # a charge read with the shop it was made at
        "A: i see three hundred twelve sixty at a hardware store yesterday",
        "A: and then twenty two oh five at a pizza restaurant on friday",
        # a figure said roughly in thousands
        "C: Around fifty two seventy thousand a year.",
        "C: about sixty one forty thousand",
        # a time a flight leaves
        "A: your new flight is departing nine forty from gate twelve",
        "A: it lands at ten fifty five local time",
        # a school's code, public
        "A: The Federal School Code is for the university, like 002315.",
        "A: It might be 214-000... you can look the code up on the College Board site.",
        # a product the business installs or sells
        "A: We install the GarageMate 61822, it comes with two remotes.",
        "A: we carry the AquaPure 5217 in stock",
        # a scam caller's toll-free line, theirs
        "C: It was 877-555-0163. They said they were from the lottery office.",
        "C: the scam call came from 866 555 0148 this morning",
    ],
)  # fmt: skip
def test_amounts_times_and_public_codes_visible(analyzer: CallAnalyzer, line: str) -> None:
    text = covered(analyzer, said("A: How can I help?", line))[1]
    assert "#" not in text


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # an id word before the number keeps it an id, fee word or not
        ("C: my registration number is fifty one twenty two", "fifty one twenty two"),
        ("C: the exam code is 7713", "7713"),
        ("C: the fee for account 6142 was waived", "6142"),
        # a card's digits read with the shop
        ("C: a charge on my card ending in sixty one eighteen at a gas station",
         "sixty one eighteen"),
        # a student's own number near a school code
        ("C: my student id is 558120, the school code I don't know", "558120"),
        ("A: the school code is on the form and your FSA ID is 77345", "77345"),
        # a toll-free number given as the caller's own
        ("C: my number is 855-555-0133, they can reach me there", "855-555-0133"),
        # a local number a scam caller used is still a phone number
        ("C: it was 412-555-0176. They said they were from the bank.", "412-555-0176"),
    ],
)  # fmt: skip
def test_ids_near_the_cues_hidden(analyzer: CallAnalyzer, line: str, value: str) -> None:
    masked = covered(analyzer, said("A: How can I help?", line))[1]
    assert value_hidden(masked, line[3:], value), masked


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: text me when it's ready my number is four one two seven seven to eighty one"
         " forty four", "four one two seven seven to eighty one forty four"),
        ("C: my cell is three one oh to five five to one two three four",
         "three one oh to five five to one two three four"),
        ("C: sure you can call me at nine one nine to six six oh three one seven",
         "nine one nine to six six oh three one seven"),
    ],
)  # fmt: skip
def test_phone_with_two_heard_as_to_hidden(analyzer: CallAnalyzer, line: str, value: str) -> None:
    masked = covered(analyzer, said("A: What's the best number for you?", line))[1]
    assert value_hidden(masked, line[3:], value), masked


@pytest.mark.parametrize(
    "line",
    [
        "C: we're open nine to five",
        "C: my number is a two to three minute walk from here",
        "C: call me at nine to five tomorrow",
    ],
)  # fmt: skip
def test_ranges_with_to_visible(analyzer: CallAnalyzer, line: str) -> None:
    text = covered(analyzer, said("A: How can I help?", line))[1]
    assert "#" not in text


@pytest.mark.parametrize(
    "line",
    [
        "A: Please send the form to our inbox, billing@northway382.com.",
        "A: Our email is service@fleet77tech.net, any time.",
    ],
)  # fmt: skip
def test_business_email_domain_no_id(analyzer: CallAnalyzer, line: str) -> None:
    text = covered(analyzer, said("C: Sure, I can do that.", line))[1]
    assert "#" not in text


def test_id_beside_an_email_still_hidden(analyzer: CallAnalyzer) -> None:
    line = "C: my member id is RT55812 and you can write to me at ana.lopez@mailhost.com"
    masked = covered(analyzer, said("A: How can I help?", line))[1]
    assert value_hidden(masked, line[3:], "RT55812"), masked
    assert value_hidden(masked, line[3:], "ana.lopez@mailhost.com"), masked


@pytest.mark.parametrize(
    ("question", "line", "value"),
    [
        ("C: Can I pay by check?", "A: Sure. Write the lease number, T-40918, on it.",
         "T-40918"),
        ("C: how much is the deposit?", "A: it's 150, put reference 733812 on the check",
         "733812"),
    ],
)  # fmt: skip
def test_number_named_in_an_answer_to_a_money_question_hidden(
    analyzer: CallAnalyzer, question: str, line: str, value: str
) -> None:
    masked = covered(analyzer, said(question, line))[1]
    assert value_hidden(masked, line[3:], value)


def test_amount_answering_a_money_question_visible(analyzer: CallAnalyzer) -> None:
    masked = covered(analyzer, said("C: how much do I still owe?", "A: 53418 in total"))[1]
    assert "53418" in masked
