"""SpokenPhoneRecognizer (PHONE_NUMBER): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.spoken_phone_recognizer import (
    SpokenPhoneRecognizer,
    customer_own_lines,
    is_toll_free,
)
from tests.recognizers.conftest import (
    assert_masked,
    call_of,
    covered,
    found,
    found_raw,
    redacted,
    said,
    turn_redacted,
    value_hidden,
)

CASES = [
    ("call me at (555) 212-4567", {"(555) 212-4567"}),
    ("it's 555-212-4567", {"555-212-4567"}),
    ("plus one three one two five five five oh one six six",
     {"plus one three one two five five five oh one six six"}),
    ("my cell is 4.15, 5.25, 0.193", {"4.15, 5.25, 0.193"}),
    ("my phone is six-one-seven, four-two-two, eight-nine-oh-one",
     {"six-one-seven, four-two-two, eight-nine-oh-one"}),
    ("phone four one five then five five five oh one nine three",
     {"four one five then five five five oh one nine three"}),
    ("5552124567", {"5552124567"}),
    ("+1 555 212 4567", {"+1 555 212 4567"}),
    ("five five five, two one two, four five six seven",
     {"five five five, two one two, four five six seven"}),
    (
        "FIVE FIVE FIVE TWO ONE TWO FOUR FIVE SIX SEVEN",
        {"FIVE FIVE FIVE TWO ONE TWO FOUR FIVE SIX SEVEN"},
    ),
    ("555 two one two 4567", {"555 two one two 4567"}),
    ("+44 20 7946 0958", {"+44 20 7946 0958"}),
    ("call 555-123-4567 please", {"555-123-4567"}),
    ("it's (555)123-4567x890", {"(555)123-4567x890"}),
    ("001-555-123-4567", {"001-555-123-4567"}),
    ("+1-555-123-4567 ext 12", {"+1-555-123-4567 ext 12"}),
    # near misses: area code can't start with 0/1, too few digits, amounts
    ("it's 0552124567", set()),
    ("555-1234", set()),
    ("that's $5,552,124.67", set()),
    ("4111 1111 1111 1111", set()),
    # a toll-free number dialled with its 1 is the company's line; without the 1 it is kept
    ("call our fraud team at 1-800-555-0100", set()),
    ("or one eight hundred five five five one two one two", set()),
    ("my cell is 888-555-0100", {"888-555-0100"}),
    ("it's +1 877 555 0100", {"+1 877 555 0100"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_phone_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the local part of a toll-free line written with spaces is no local number
        ("reach that department at 1 866 402-7719", set()),
        ("or dial 1 (833) 610-4420 after six", set()),
        ("my direct line is 402-7719", {"402-7719"}),
    ],
)
def test_local_numbers_even_when_weak(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area code said after the number: two spans, the words between stay visible
        ("447, 2093, area code 612", {"447, 2093", "612"}),
        ("it's 830-5521 and the area code is 505", {"830-5521", "505"}),
        ("319 4478; area code of 719", {"319 4478", "719"}),
        ("612-555-0148 ext 31", {"612-555-0148 ext 31"}),
        # near misses: an area code alone, a count after a number
        ("the area code is 612", set()),
        ("we had 447 2093 visitors", set()),
    ],
)
def test_area_code_said_after_the_number(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hesitation between the area code and the rest
        (
            "seven one eight, um, three three two nine oh four one",
            {"seven one eight, um, three three two nine oh four one"},
        ),
        ("it's 415 er 6620918", {"415 er 6620918"}),
        # near misses: a count and a filler, a short number
        ("we had 415 um 6620 visitors", set()),
    ],
)
def test_pause_after_the_area_code(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a British freephone line is a business's, never a person's
        ("0800 316 0427", True),
        ("0808 227 119", True),
        ("08003160427", True),
        # a mobile, a landline, a NANP number without its 1
        ("07911 402 558", False),
        ("020 7946 0312", False),
        ("800 555 0142", False),
    ],
)
def test_uk_freephone_is_toll_free(value: str, expected: bool) -> None:
    assert is_toll_free(value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Australian landline with its area code, in brackets or not, and a mobile
        ("it's (02) 8765 4310, extension 55", {"(02) 8765 4310"}),
        ("my home number is 07 3344 1928", {"07 3344 1928"}),
        ("mobile is 0438 221 760", {"0438 221 760"}),
        # an amount, a year and a count, a date
        ("between 2018 and 2024 0400 people", set()),
        ("it cost 1,238.50", set()),
    ],
)
def test_australian_numbers(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a business's line: Australian 1800, 1300 and 13, British 03xx, 0845 and 0870
        ("1800 653 902", True),
        ("1300 118 447", True),
        ("13 27 61", True),
        ("0330 024 1186", True),
        ("0845 712 3390", True),
        ("0870 400 6621", True),
        # a person's: a mobile, a landline, a date, a NANP number without its 1
        ("0438 221 760", False),
        ("020 7946 0312", False),
        ("13 04 91", False),
        ("300 555 0142", False),
    ],
)
def test_business_lines_are_toll_free(value: str, expected: bool) -> None:
    assert is_toll_free(value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French "poste" is an extension, as English "extension" is
        ("four three eight five five five zero one nine three poste two seven",
         {"four three eight five five five zero one nine three poste two seven"}),
        ("438-555-0193 poste 27", {"438-555-0193 poste 27"}),
        ("438-555-0193 extension 27", {"438-555-0193 extension 27"}),
        # the company's own toll-free line without its 1
        ("if you need anything else our number is eight eight eight five five five oh one "
         "four two", set()),
        ("you can call us at (877) 555-0166 anytime", set()),
        # a person's toll-free-looking number, and the company's ordinary line, stay caught
        ("my cell is 877 555 0166", {"877 555 0166"}),
        ("our fax number is 312 555 0104", {"312 555 0104"}),
    ],
)  # fmt: skip
def test_french_extension_and_company_toll_free_line(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trunk area code in brackets starts the number: NZ, Irish, UK landlines
        ("the landline is (04) 472 8816", {"(04) 472 8816"}),
        ("try (01) 873 4402 after six", {"(01) 873 4402"}),
        ("her work is (0113) 496 0718", {"(0113) 496 0718"}),
        # a business's line given to ring, of any shape, is no person's
        ("ring the claims line 01632 960 441 on weekdays", set()),
        ("RING US BACK ON 0113 496 0551", set()),
        ("you can call the hospital on (03) 364 0640", set()),
        ("0860 221 904 from anywhere in the country", set()),
        # a person's line stays caught
        ("ring my brother on (03) 364 0641", {"(03) 364 0641"}),
        ("the home line is (09) 551 2087", {"(09) 551 2087"}),
    ],
)  # fmt: skip
def test_bracketed_trunk_codes_and_business_lines(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country code and first digits, the rest to come in the next turn
        ("my cell number is plus three five three eight", {"plus three five three eight"}),
        ("it's +61 4.", {"+61 4"}),
        # a sum, a percentage, a number mid-sentence are no phone
        ("the total is 40 plus 25", set()),
        ("it's plus 15 percent on top", set()),
    ],
)
def test_country_code_said_as_the_first_piece(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government agency's public line, read out to call
        ("you can call the irs at 800 829 1040 for that", set()),
        ("just call social security at 800 772 1213", set()),
        ("call the dmv at 916 657 6437 tomorrow", set()),
        # a person's number stays
        ("call me at 916 555 0183", {"916 555 0183"}),
    ],
)
def test_government_agency_lines(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country code and the first digits as a reply's start, the rest to come
        ("Sure, +44 79113", {"+44 79113"}),
        ("yeah plus 3 5 3 8", {"plus 3 5 3 8"}),
        # near misses: an amount with a plus, mid-sentence
        ("we paid +12 4400 extra", set()),
    ],
)
def test_international_first_piece_after_a_reply_word(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("we're 312-555-0188, that's the house phone", "312-555-0188"),
        ("oh we are 773 555 0199 actually", "773 555 0199"),
        ("we're just 4 1 5 5 5 5 0 1 2 3", "4 1 5 5 5 5 0 1 2 3"),
    ],
)
def test_a_customer_saying_we_re_gives_the_household_line(analyzer, said, number):
    # no question before it: only the customer's own words say it is their line
    call = call_of(("agent", "okay, got it."), ("customer", said))
    assert ("PHONE_NUMBER", number) in redacted(analyzer, call)[1]


def test_the_agent_s_we_re_line_stays(analyzer):
    call = call_of(
        ("customer", "what's your number there?"),
        ("agent", "okay, we're 555-0147 if the line drops"),
    )
    assert redacted(analyzer, call)[1] == set()


def test_a_customer_saying_we_re_before_a_count_gives_no_number(analyzer):
    call = call_of(
        ("agent", "how far away are you?"), ("customer", "we're two people, we're 45 minutes away")
    )
    assert redacted(analyzer, call)[1] == set()


@pytest.mark.parametrize(
    "text",
    [
        "the recorder's office is 555-0388. they close at five.",
        "Mapleview's main line is 555-0421.",
        "okay, we're 555-0277, so you dialed the wrong place",
    ],
)
def test_a_business_line_stays(text: str) -> None:
    assert found_raw(SpokenPhoneRecognizer(), text) == []
    assert found_raw(DigitSafetyNetRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "sure, you can reach me at the office at 614-555-0172",
        "call my team at 614 555 0133 after two",
        "I'm usually at the front desk on 614-555-0190",
    ],
)
def test_a_callers_own_office_line_is_caught(text: str) -> None:
    assert len(found_raw(SpokenPhoneRecognizer(), text)) == 1


def test_the_pronoun_one_is_no_country_code() -> None:
    assert found_raw(SpokenPhoneRecognizer(), "maybe the new 1, 503-555-0162.") == ["503-555-0162"]
    assert found_raw(SpokenPhoneRecognizer(), "it's 1, 503-555-0162") == ["1, 503-555-0162"]


@pytest.mark.parametrize(
    "text",
    [
        "you can also call eight seven seven five five five three one two two for updates",
        "You can also call 888-555-0147 to check your status.",
        "please dial 866 555 0199 and pick option three",
    ],
)
def test_a_toll_free_line_the_caller_is_told_to_call_stays(text: str) -> None:
    assert found(SpokenPhoneRecognizer(), text) == set()
    assert found(DigitSafetyNetRecognizer(), text) == set()


def test_a_caller_s_number_to_call_stays_redacted() -> None:
    text = "you can call me at 312 555 0164"
    assert found(SpokenPhoneRecognizer(), text) == {"312 555 0164"}


# ---- round 87: the agent's greeting names the toll-free line the caller dialled


@pytest.mark.parametrize(
    "text",
    [
        "how can i help? you reached the eight zero zero five five five zero one five four line",
        "How can I help you today? You reached the 800 555 0169.",
        "you reached the eight double oh triple five oh one three two",
        "Thanks for calling, you've reached 877-555-0111, how can I help?",
        "you have reached the eight hundred five five five zero one thirty-eight line",
    ],
)
def test_the_toll_free_line_the_greeting_names_stays(text: str) -> None:
    assert found(SpokenPhoneRecognizer(), text) == set()
    assert found(DigitSafetyNetRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a local number after "you reached" may be anyone's: only toll-free codes stay
        ("you reached the 614 555 0182", "614 555 0182"),
        ("you've reached three one two five five five oh one four four", None),
        # the caller's own number said after "you reached me"
        ("yes you reached me at 312 555 0100", "312 555 0100"),
    ],
)
def test_a_local_number_after_you_reached_stays_redacted(text: str, number: str | None) -> None:
    hits = found(SpokenPhoneRecognizer(), text)
    assert len(hits) == 1
    if number:
        assert hits == {number}


# ---- round 52-54 fixes: a phone named by its ending; a business's own line stays


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("A: We'll text the number ending 836 when it ships, okay?", "836"),
        ("A: I have your mobile ending in 5092 on file.", "5092"),
    ],
)
def test_phone_named_by_ending_redacted(analyzer, line, hidden):
    mask = covered(analyzer, said(line))[0]
    assert hidden not in mask, mask


def test_ending_of_a_percentage_stays(analyzer):
    mask = covered(analyzer, said("A: the number ending in 5 percent is the rate"))[0]
    assert "5 percent" in mask


@pytest.mark.parametrize(
    "line",
    [
        "A: From abroad, use our international line, +1 312 555 0187. Bye now.",
        "A: If they ask, give them our number, 0800 246 7713.",
        "A: Our claims line is 415 555 0162 and we're open late.",
    ],
)
def test_business_own_line_stays(analyzer, line):
    mask = covered(analyzer, said(line))[0]
    assert mask == line[3:], mask


def test_household_line_still_redacted(analyzer):
    mask = covered(analyzer, said("C: our home line is 716 555 0148"))[0]
    assert "0148" not in mask, mask


# ---- cycle 58 (rounds 62-63): a phone's or a routing number's pieces around its last
# digits, a bare number given as the caller's


def _masked(analyzer, *lines: str) -> str:
    """The last line as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))[-1]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # the pieces around the last four, said in any order
        ("A: It ends in 4410, and it starts with 312, and the middle is 886.", ["312", "886"]),
        ("A: Okay so, ending 2071, area code 614, then 239.", ["614", "239"]),
        ("A: I have one here ending 7753 with area code 480, is that the one?", ["480"]),
        ("A: The last four are 6620, and it starts with 725, then 301.", ["725", "301"]),
        (
            "C: it ends in four four one two area code six one seven and the middle is "
            "three three nine",
            ["six one seven", "three three nine"],
        ),
        (
            "C: the last four are 1188 and it starts with 203 and the middle is five double one",
            ["203", "five double one"],
        ),
        # a routing number's first three, then the rest
        ("A: First three are 071, then 904427.", ["071", "904427"]),
        ("A: Starts with 124... then 300581.", ["124"]),
        (
            "C: first three are three double one then two zero four five eight nine",
            ["three double one"],
        ),
    ],
)
def test_phone_and_routing_pieces(analyzer, line, values):
    masked = _masked(analyzer, line)
    text = line[3:]
    for value in values:
        assert value_hidden(masked, text, value), (value, masked)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A: the plan starts with 500 minutes then 200 more", ["500", "200"]),
        ("A: the price starts with 129 then goes up", ["129"]),
        ("A: the middle one is 300 dollars", ["300"]),
        ("A: call our toll free area code 800 line", ["800"]),
        # an area code alone names a region
        ("A: the area code for that town is 208", ["208"]),
        ("A: the promo ends in 30 days", ["30"]),
        ("C: the card ends in 12 months", ["12"]),
    ],
)
def test_pieces_not_amounts_or_counts(analyzer, line, kept):
    masked = _masked(analyzer, line)
    for value in kept:
        assert value in masked, (value, masked)


def test_bare_number_given_alone_is_the_callers(analyzer):
    masks = covered(analyzer, said("A: What number are you moving over?", "C: 877.402.6619"))
    assert set(masks[1]) == {"#", "."} or "#" * 3 in masks[1]
    assert "877" not in masks[1] and "6619" not in masks[1]


def test_toll_free_read_back_with_thanks_stays(analyzer):
    masks = covered(analyzer, said("A: call 1-800-555-0100 for claims", "C: 800 555 0100 thanks"))
    assert "800 555 0100" in masks[1]


# ---- cycle 60 (round 65): a company's menu line the caller rang, a caller's number near
# "press"


@pytest.mark.parametrize(
    "reply",
    [
        "Hi. I tried the 1-855-402-7100 line earlier and pressed 2 but it hung up on me.",
        "hi i called the eight five five four oh two seven one double oh number and pressed "
        "four but nobody answered",
        "HI, I TRIED THE EIGHT FOUR FOUR TRIPLE SIX TWO ONE ONE ZERO LINE AND HIT THREE.",
        "I rang the 833 610 2288 support line this morning, chose option 1 and waited.",
    ],
)
def test_menu_line_the_caller_rang_stays_visible(analyzer, reply):
    turns = [("A", "Thanks for calling, how can I help?"), ("B", reply)]
    digits = [w for w in reply.replace("-", " ").split() if w.isdigit() and len(w) >= 3]
    assert_masked(analyzer, turns, 1, [], digits)


@pytest.mark.parametrize(
    ("reply", "hidden"),
    [
        # a caller's own number is still theirs, pressed or not
        ("My cell is 412-555-0193 and I pressed the button twice.", ["412-555-0193"]),
        ("You can reach me on 919 555 0147, I'll press the buzzer.", ["919 555 0147"]),
    ],
)
def test_callers_number_near_press_is_still_hidden(analyzer, reply, hidden):
    turns = [("A", "What's the best number for you?"), ("B", reply)]
    assert_masked(analyzer, turns, 1, hidden, [])


@pytest.mark.parametrize(
    "text",
    [
        "312-555-0144, that's our department fax.",
        "The billing department fax is 415-555-0199.",
        "Our claims fax is 206-555-0178.",
    ],
)
def test_business_fax_not_a_phone(text: str) -> None:
    assert not found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "my fax is 415-555-0123, that's our home fax",
        "you can reach me at 206-555-0190",
    ],
)
def test_callers_fax_still_a_phone(text: str) -> None:
    assert found(SpokenPhoneRecognizer(), text)


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


# A phone number read in French digits by a bilingual caller.


def test_french_phone_number_redacted(analyzer) -> None:
    turns = (
        ("agent", "What's the best number to call you back on?"),
        (
            "customer",
            "Oui, trois un deux, huit cinq zéro, quatre sept neuf un... uh, 312-850-4791.",
        ),
    )
    masks = covered(analyzer, call_of(*turns))
    text = turns[1][1]
    assert value_hidden(masks[1], text, "trois un deux, huit cinq zéro, quatre sept neuf un")


def test_company_office_line_stays_visible() -> None:
    phone = SpokenPhoneRecognizer()
    assert not found(phone, "Our office line is 312-555-0143 if you need me.")
    assert "312-555-0177" in found(phone, "call me on my office line 312-555-0177")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it's the same number I've had for ten years, 628", "628"),
        ("yeah my usual number, 414", "414"),
        ("same cell number I always use: 973", "973"),
    ],
)
def test_own_number_first_piece_found(text: str, value: str) -> None:
    assert value in found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the same number of people, 300",
        "same number as last year, 250.",
        "my number of kids, 3",
        "it's the same number I've had for ten years, 628 dollars a month",
        "same number, 628 people came",
    ],
)
def test_own_number_first_piece_not_a_count(text: str) -> None:
    assert not found(SpokenPhoneRecognizer(), text)


# --- a caller's own fax after asking to be sent something; the company's fax stays readable ---


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: Great. Could you fax the invoice? Our fax is (415) 555-0172.", "(415) 555-0172"),
        ("C: can you send me a copy? our fax is 303-555-0148", "303-555-0148"),
    ],
)
def test_callers_own_fax_after_asking_to_be_sent_is_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


def test_company_fax_for_a_form_sent_back_is_not_a_callers_phone(analyzer):
    # the agent asks for a form back to the company's fax: the area code stays readable
    call = said("A: can you fax the signed form back? Our fax is (415) 555-0172.")
    assert "(415)" in covered(analyzer, call)[0]


# ---- round 85 fixes: a phone's first six digits read back before its last four


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry was that seven seven three five five five and the last four",
         {"seven seven three five five five"}),
        ("sorry was that three oh three five five five and then",
         {"three oh three five five five"}),
        ("ok 212 555 and then the last four?", {"212 555"}),
        # near misses: amounts and short numbers before "and then"
        ("we paid $250 and then 300", set()),
        ("it was 250 and then more", set()),
    ],
)  # fmt: skip
def test_first_six_before_the_last_four(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


# ---- round 86 fixes: a phone's last digits corrected after a wrong read-back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no it's two two at the end", {"two two"}),
        ("NO TWO FOUR AT THE END", {"TWO FOUR"}),
        ("nope, seven at the end.", {"seven"}),
        ("sorry, that's eight one at the end", {"eight one"}),
        # near misses: the end of a period, a number that is not the whole correction
        ("no it's due at the end of the month", set()),
        ("no, 50 at the end of the month", set()),
        ("we paid 22 at the end", set()),
    ],
)
def test_corrected_ending(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


# ---- round 89 fixes: the greeting names the business, then its toll-free line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good morning, you've reached Keystone Auto at 800 783 2069. My name is Howard.", set()),
        ("GOOD MORNING, YOU'VE REACHED ST. BRENDAN MEDICAL CENTER BILLING AT 800-493-6476.", set()),
        (
            "you have reached first prairie bank at eight double oh five three oh one four"
            " one three",
            set(),
        ),
        ("thanks for holding, you've reached Acme Pharmacy at (877) 561-1330", set()),
        # near misses: a household's voicemail gives a local number; a toll-free code alone
        # is not enough without the greeting
        ("hi you've reached Dana Lee at 614 555 0182", {"614 555 0182"}),
        ("you've reached the Okafor family at 312-555-0147", {"312-555-0147"}),
        ("my number is 800 783 2069", {"800 783 2069"}),
    ],
)
def test_greeting_toll_free_line(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected


# ---- round 90: a caller's "our fax is …, attention <name>" is their office's line, not ours


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: Our fax is 301 572 0665, attention Dana Ruiz.", "301 572 0665"),
        ("C: OUR FAX IS 308.588.0284, ATTENTION MARIA.", "308.588.0284"),
        (
            "C: our fax is four two two double two two double eight eight five attention Tom",
            "four two two double two two double eight eight five",
        ),
        ("C: our office fax is 415 555 0123, attn: Dr. Patel", "415 555 0123"),
        ("C: our fax is 415 555 0123 to the attention of Jane Cole", "415 555 0123"),
    ],
)
def test_fax_given_for_someones_attention_is_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    "text",
    [
        # the company's toll-free fax stays readable, "attention" or not
        "our fax is 866 555 0100, attention appeals unit",
        # the company's fax with no one named after it
        "Our claims fax is 206-555-0178.",
    ],
)
def test_company_fax_without_attention_or_toll_free_stays_readable(text: str) -> None:
    assert not found(SpokenPhoneRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our fax is 301 572 0665.", ["301 572 0665"]),
        ("our office number is (415) 555-0123", ["(415) 555-0123"]),
        ("our fax number is 312.555.0104, thanks", ["312.555.0104"]),
        # a toll-free line is a business's whoever says it
        ("our fax is 866 555 0100", []),
        ("our main line is 800-555-0100", []),
        ("my cell is 312 555 0104", []),
    ],
)
def test_customer_own_lines(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in customer_own_lines(text)] == expected


# A department's toll-free line the agent gives, with its extension, stays readable; a
# household's line or a local number in the same words is redacted.
DEPARTMENT_LINES = [
    (
        "A: you can also reach our fraud line at triple eight double five five oh one oh "
        "nine extension one hundred sixty-one",
        None,
    ),
    ("A: our claims number is 888 555 0177", None),
    ("C: you can reach our home line at 888 555 0109", "888 555 0109"),
    ("A: you can also reach our fraud line at 614 555 0109 extension 161", "614 555 0109"),
    ("C: my number is 888 555 0109 extension 12", "888 555 0109"),
]


@pytest.mark.parametrize(("line", "value"), DEPARTMENT_LINES)
def test_department_toll_free_line_with_extension(analyzer, line: str, value) -> None:
    masked = turn_redacted(analyzer, (line,), 0)
    if value is None:
        assert masked == ""
    else:
        assert value in masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number named first, then "the one ending in …"
        ("and best number still the one ending in oh two two", {"oh two two"}),
        ("is your number still the one that ends in 4471?", {"4471"}),
        # near miss: no number named, a card's ending is the card recognizer's
        ("which card, the one ending in 4471?", set()),
    ],
)
def test_number_then_the_one_ending(text: str, expected: set[str]) -> None:
    assert found(SpokenPhoneRecognizer(), text) == expected
