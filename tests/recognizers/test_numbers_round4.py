"""Numbers read aloud, round 4: digit homophones, amounts, prices, IPs, spelled codes,
security codes and card endings named away from their cue, and the conversation cues
that type them. Values are invented; each table has the near misses beside the matches.
"""

from __future__ import annotations

import pytest

from recognizers import answers
from recognizers import conversation as conv
from recognizers.cvv_recognizer import CvvRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import call_of, found, redacted

NORMALISED = [
    # "for"/"to"/"won"/"ate" heard for a digit inside a run of digits
    ("it's three three for one", "it's 3341"),
    ("eight oh to four four", "80244"),
    ("for six one one two nine eight", "4611298"),
    ("nine ate three one", "9831"),
    ("sure it's seven won four four", "sure it's 7144"),
    ("six oh three five five five for one no sorry", "60355541 no sorry"),
    # ... and not outside one: IVR options, ranges, ordinary words
    ("press two for claims", "press 2 for claims"),
    ("four to six weeks", "4 to 6 weeks"),
    ("one for me and one for you", "1 for me and 1 for you"),
    ("two two to three days", "22 to 3 days"),
    ("for two people", "for 2 people"),
    ("i waited for one hour", "i waited for 1 hour"),
    # magnitudes said alone are amounts, written as Whisper writes them
    ("about thirty two thousand a year", "about 32,000 a year"),
    ("seventeen hundred", "1,700"),
    ("62 thousand", "62,000"),
    ("nine hundred forty thousand", "940,000"),
    ("from six thousand to nine thousand five hundred", "from 6,000 to 9,500"),
    # ... but a year, a street number or a digit run keeps plain digits
    ("two thousand nine", "2009"),
    ("two thousand", "2000"),
    ("thirty one hundred oak avenue", "3100 oak avenue"),
    ("14 hundred birch road", "1400 birch road"),
    ("five five five three thousand", "5553000"),
    ("one eight hundred four four four two two two two", "18004442222"),
    ("a hundred and twelve", "a 112"),
    # prices read as dollars then cents, where the words around say money
    ("the upgrade is thirty nine ninety nine", "the upgrade is 39.99"),
    ("it goes up to fifty four ninety five", "it goes up to 54.95"),
    ("seventeen twenty five an hour", "17.25 an hour"),
    ("they gave me a refund of three hundred twelve forty", "they gave me a refund of 312.40"),
    # ... and the same words as an identifier, a year or an address
    ("my pin is thirty nine ninety nine", "my pin is 3999"),
    ("the plan started in nineteen eighty nine", "the plan started in 1989"),
    ("the plan renewed in twenty twenty two", "the plan renewed in 2022"),
    ("it should go to sixteen forty west elm", "it should go to 1640 west elm"),
    ("thirty nine ninety nine", "3999"),
    # IPv4 read with "dot"
    ("ten dot zero dot one dot forty five", "10.0.1.45"),
    ("it says 172 dot 16 dot 4 dot one twelve", "it says 172.16.4.112"),
    ("3 dot 300 dot 1 dot 1", "3 dot 300 dot 1 dot 1"),
    ("joe dot smith at gmail dot com", "joe.smith@gmail.com"),
    # NATO "x ray" and letters spelled "as in"
    ("b as in bravo nine x ray four", "B9X4"),
    ("b as in bravo nine x-ray four", "B9X4"),
    ("capital q as in queen seven", "Q7"),
    ("i had an x ray yesterday", "i had an x ray yesterday"),
    # "one" after a written number is the pronoun
    ("the 2019 one", "the 2019 one"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalised(text: str, expected: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    assert norm.to_original(0, len(norm.text)) == (0, len(text))


SAFETY_NET = [
    # digits read one by one with no amount context are still caught
    ("my code is four one one nine", {"four one one nine"}),
    ("it's 4 4 7 1 9 2", {"4 4 7 1 9 2"}),
    ("DL 2231", {"2231"}),
    ("the number is seven seven for one two", {"seven seven for one two"}),
    # amounts, codes of services and things, years before a model, flights
    ("approved for eight thousand", set()),
    ("around 73 thousand", set()),
    ("rent is nineteen hundred", set()),
    ("a box is thirty four fifty", set()),
    ("provisional credit for four hundred twelve eighty", set()),
    ("procedure code nine nine two one three", set()),
    ("CPT 99213 was billed", set()),
    ("three units of nine seven one six four", set()),
    ("the Rx BIN is 004336", set()),
    ("I still need the 1098 form", set()),
    ("mailing address for the 1099?", set()),
    ("it's a 2015 Camry", set()),
    ("2015 Camry?", set()),
    ("I'm on DL 2231 and the gate moved", set()),
]


@pytest.mark.parametrize(("text", "expected"), SAFETY_NET)
def test_safety_net(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


CVV = [
    ("exp 11/27, code 3 1 9", {"3 1 9"}),
    ("JUNE '29. THE CODE IS 7 7 1.", {"7 7 1"}),
    ("visa, code is five five two", {"five five two"}),
    ("card expires in may, code 8841", {"8841"}),
    # other codes, and a code with no card in sight
    ("my card expired, the promo code is 4431", set()),
    ("on the card the zip code is 60614", set()),
    ("the code is 771", set()),
    ("card declined, error code 502", set()),
]


@pytest.mark.parametrize(("text", "expected"), CVV)
def test_cvv_after_card(text: str, expected: set[str]) -> None:
    assert found(CvvRecognizer(), text) == expected


CARD = [
    ("That's the old visa. The new one ends 7781.", {"7781"}),
    ("my debit got replaced. the new one ending in three three oh two", {"three three oh two"}),
    ("Not that card, it ends with 0415.", {"0415"}),
    # no card named, or not a card that ends
    ("The new one ends 7781.", set()),
    ("The card is blocked. Your appointment ends 1230.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CARD)
def test_card_ending_away_from_cue(text: str, expected: set[str]) -> None:
    assert found(SpokenCardRecognizer(), text) == expected


def _expected(*turns: tuple[str, str]) -> list[tuple[str, ...]]:
    speakers = [s for s, _ in turns]
    texts = [normalize(t).text for _, t in turns]
    return conv.expected_types(speakers, texts)


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


@pytest.mark.parametrize(("turns", "index", "types"), EXPECTED)
def test_expected_types(turns, index: int, types: tuple[str, ...]) -> None:
    assert _expected(*turns)[index] == types


ANSWERS = [
    ("ACCOUNT_ID", "yes TB", ["TB"]),
    ("ACCOUNT_ID", "was that T", ["T"]),
    ("ACCOUNT_ID", "OK", []),
    ("ACCOUNT_ID", "2015 Camry?", []),
    ("ACCOUNT_ID", "the Rx BIN is 004336?", []),
    ("ACCOUNT_ID", "it's 2015", ["2015"]),
    ("CARD_EXPIRY", "april 29 and the code on the back", ["april 29"]),
]


@pytest.mark.parametrize(("entity", "text", "spans"), ANSWERS)
def test_answer_spans(entity: str, text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in answers.answer_spans(entity, text)] == spans


def test_group_read_after_a_long_first_group(analyzer) -> None:
    call = call_of(
        ("Agent", "acct number?"),
        ("Caller", "3317 five five two"),
        ("Agent", "ok keep going"),
        ("Caller", "oh 9 1"),
    )
    assert ("ACCOUNT_ID", "oh 9 1") in redacted(analyzer, call)[3]


def test_homophone_pin_answer(analyzer) -> None:
    call = call_of(
        ("Agent", "can you give me your four digit pin"),
        ("Caller", "yeah it is eight eight for six"),
    )
    assert ("PIN", "eight eight for six") in redacted(analyzer, call)[1]


def test_spoken_amounts_not_redacted(analyzer) -> None:
    call = call_of(
        ("Agent", "and your monthly rent"),
        ("Caller", "twenty three hundred"),
        ("Agent", "your limit goes from nine thousand to eleven thousand five hundred"),
        ("Agent", "the promo ends in june and then it goes to seventy nine ninety nine"),
    )
    assert redacted(analyzer, call)[1:] == [set(), set(), set()]


def test_spoken_ip_address(analyzer) -> None:
    call = call_of(("Agent", "what ip does it show"), ("Caller", "73 dot 201 dot 9 dot one forty"))
    assert ("IP_ADDRESS", "73 dot 201 dot 9 dot one forty") in redacted(analyzer, call)[1]
