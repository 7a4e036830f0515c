"""Whole-analyzer checks of ids read in pieces: a letter or NATO-word prefix and groups
joined by a spoken dash, a shouted plate, codes with letters read out by the agent, a
piece corrected after a read-back, a number split by a hesitation, a cut-off "double".
Values are invented."""

from __future__ import annotations

import pytest

from recognizers.answers import answer_spans, digit_runs, edge_hyphens
from tests.recognizers.conftest import (
    call_of,
    covered,
    found_in_call,
    redacted,
    said,
    texts_in_turn,
    value_hidden,
    value_readable,
)

# (question, reply, the part that must be covered)
ID_REPLIES = [
    (
        "and the policy number",
        "sure sierra dash twelve forty dash six oh one nine",
        "sierra dash twelve forty dash six oh one nine",
    ),
    (
        "what's the member id",
        "it's k r dash four four one two dash sixty two eighteen",
        "k r dash four four one two dash sixty two eighteen",
    ),
    (
        "license number please",
        "yes delta 517 dash two oh four dash 86 dash three eleven",
        "delta 517 dash two oh four dash 86 dash three eleven",
    ),
    (
        "license number please",
        "um q 604 dash 219 73 dash 118 four",
        "q 604 dash 219 73 dash 118 four",
    ),
    ("and the order number", "n m forty one twelve dash 6630", "n m forty one twelve dash 6630"),
    ("AND THE PLATE NUMBER?", "YEAH, IT WAS KJR 4471.", "KJR 4471"),
    ("what's the claim number", "it's z 70331", "z 70331"),
    ("routing number please", "it's 114 uh 902 356", "114 uh 902 356"),
    (
        "can i have the iban",
        "d e forty four fifty one oh two three one double",
        "d e forty four fifty one oh two three one double",
    ),
]


@pytest.mark.parametrize(("question", "reply", "value"), ID_REPLIES)
def test_an_id_read_in_pieces_is_covered(analyzer, question, reply, value):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# A reply correcting a piece after a read-back (normalised text): the piece is the value.
CORRECTIONS = [
    ("US_SSN", "no no 76 at the end", "76"),
    ("ACCOUNT_ID", "nope, 409 at the start", "409"),
    ("PHONE_NUMBER", "actually 58 not 85", "58"),
]


@pytest.mark.parametrize(("entity", "reply", "value"), CORRECTIONS)
def test_a_corrected_piece_is_an_answer(entity, reply, value):
    start = reply.index(value)
    assert (start, start + len(value)) in answer_spans(entity, reply)


def test_a_short_number_after_no_is_no_correction():
    assert answer_spans("US_SSN", "no i have 2 of them") == []
    assert answer_spans("US_SSN", "no, it's 15 minutes away") == []


def test_a_correction_after_an_unsettled_read_back_is_covered(analyzer):
    call = call_of(
        ("AGENT", "what's your social"),
        ("CUSTOMER", "six one two nine nine four three zero five five"),
        ("AGENT", "let me read that back six one two nine nine four three zero five"),
        ("CUSTOMER", "no no zero five five at the end"),
    )
    got = covered(analyzer, call)[3]
    assert got == "no no " + "#" * len("zero five five") + " at the end"


# (agent statement, the code that must be covered)
AGENT_CODES = [
    (
        "your payment went through. confirmation number is charlie 41 k nine P.",
        "charlie 41 k nine P",
    ),
    ("All set, your confirmation number is 519 q t w", "519 q t w"),
    ("Booking reference is seven echo lima 30 z.", "seven echo lima 30 z"),
]


@pytest.mark.parametrize(("statement", "value"), AGENT_CODES)
def test_a_code_read_out_by_the_agent_is_covered(analyzer, statement, value):
    got = covered(analyzer, call_of(("CUSTOMER", "okay"), ("AGENT", statement)))[1]
    start = statement.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# Near misses: nothing here is an id.
NOT_IDS = [
    ("and the policy number", "it's on the card somewhere, give me a second", "card"),
    ("your confirmation number is on its way by email", None, "email"),
    ("the reservation is for 2 nights at 4 pm.", None, "2 nights"),
    ("what's the member id", "no no, I have 2 kids on the plan", "2 kids"),
    ("license number please", "i'm on flight 2210 dash today", "flight"),
]


@pytest.mark.parametrize(("first", "second", "visible"), NOT_IDS)
def test_near_misses_stay_visible(analyzer, first, second, visible):
    turns = [("AGENT", first)] + ([("CUSTOMER", second)] if second else [])
    got = covered(analyzer, call_of(*turns))
    text = second or first
    assert visible in got[-1], (text, got[-1])


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


def test_a_corrected_number_leaves_the_correction_readable(analyzer):
    call = call_of(
        ("AGENT", "what's the account number"),
        ("CUSTOMER", "it's seven two two one no wait seven two two four"),
    )
    text = covered(analyzer, call)[1]
    assert "no wait" in text and "seven" not in text


def test_an_id_answering_an_id_question_is_still_redacted(analyzer):
    call = call_of(("AGENT", "what's the booking reference"), ("CUSTOMER", "it's Q7MX2R"))
    assert "Q7MX2R" not in covered(analyzer, call)[1]


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
        (("how much was the charge", "7,140"), "7,140"),
        (("ok", "we sold 4,500 units"), "4,500"),
        (("what's the confirmation code", "thanks"), "thanks"),
        (("thanks for calling ridgeway health marta speaking", "hi"), "ridgeway health"),
    ],
)
def test_numbers_and_words_that_are_not_values_stay(analyzer, turns, visible):
    text = covered(analyzer, call_of(("AGENT", turns[0]), ("CUSTOMER", turns[1])))
    assert any(visible in t for t in text)


def test_a_code_asked_after_a_fee_is_not_an_amount(analyzer):
    call = call_of(
        ("AGENT", "There's a $35 fee. I just texted you a code, can you read it to me?"),
        ("CUSTOMER", "It's 204817."),
    )
    assert "204817" not in covered(analyzer, call)[1]


def test_a_nato_word_before_an_answered_id_is_part_of_it(analyzer):
    call = call_of(
        ("AGENT", "what's your confirmation number"), ("CUSTOMER", "yes it's romeo 4471 0093")
    )
    assert "romeo" not in covered(analyzer, call)[1]


# Round 20: ids read with a dash before pairs or a homophone before a letter said with its
# example (question, reply, the part to cover).
ROUND20_IDS = [
    (
        "and the license number",
        "m four one seven two two oh nine dash eighty three fifteen",
        "m four one seven two two oh nine dash eighty three fifteen",
    ),
    (
        "the reference please",
        "it's nine k as in kilo four t as in tom ate s as in sam",
        "nine k as in kilo four t as in tom ate s as in sam",
    ),
]


@pytest.mark.parametrize(("question", "reply", "value"), ROUND20_IDS)
def test_ids_read_with_a_dash_or_a_homophone(analyzer, question, reply, value):
    got = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    start = reply.index(value)
    assert got[start : start + len(value)] == "#" * len(value)


# Statements of the agent: written digits with an "oh", a phone number whose last digit is
# "too", and a price said "a hundred sixty two forty" (the statement, the part to cover).
ROUND20_STATEMENTS = [
    ("ok your new pin is 4 7 2 oh 6 and you're all set", "4 7 2 oh 6"),
    (
        "ok so that's six one two four four one eight zero seven too",
        "six one two four four one eight zero seven too",
    ),
    ("sure we can do eight payments of a hundred sixty two forty", ""),
]


@pytest.mark.parametrize(("statement", "value"), ROUND20_STATEMENTS)
def test_agent_statements_of_ids_phones_and_prices(analyzer, statement, value):
    got = covered(analyzer, call_of(("CUSTOMER", "okay"), ("AGENT", statement)))[1]
    start = statement.index(value) if value else len(statement)
    expected = statement[:start] + "#" * len(value) + statement[start + len(value) :]
    assert got == expected


# ---- round 52-54 fixes: a slash reference, an order number with a count, sort code pairs


@pytest.mark.parametrize(
    ("ask", "reply", "hidden"),
    [
        (
            "A: Do you have a reference number for that creditor?",
            "C: Yes, it's 0417/88261.",
            "0417/88261",
        ),
        ("A: And the account reference?", "C: Um, 55120/0093 I think.", "55120/0093"),
    ],
)
def test_slash_reference_redacted_whole(analyzer, ask, reply, hidden):
    masks = covered(analyzer, said(ask, reply))
    assert not any(c.isdigit() for c in masks[1]), masks[1]
    assert hidden not in masks[1]


def test_order_number_with_glued_count_redacted(analyzer):
    call = said(
        "A: i see order five one one eight two nine zero four four seven one six two two "
        "two items it's on the truck"
    )
    mask = covered(analyzer, call)[0]
    assert "five one one eight" not in mask and "four seven one six" not in mask, mask
    assert "items it's on the truck" in mask


def test_count_after_short_number_stays(analyzer):
    mask = covered(analyzer, said("A: we shipped two items and three boxes today"))[0]
    assert mask == "we shipped two items and three boxes today"


@pytest.mark.parametrize(
    ("lines", "turn", "hidden"),
    [
        (
            ("A: Sure, start with the sort code.", "C: It's sixty one, twenty two, oh five."),
            1,
            ("sixty one", "twenty two"),
        ),
        (
            ("A: What's your sort code?", "C: 40-17-26 and it's with Barclays."),
            1,
            ("40-17-26",),
        ),
        (
            (
                "C: Sort code is 20 48 71.",
                "A: Twenty, forty-eight, seventy-one. And the account number?",
            ),
            1,
            ("Twenty", "forty-eight", "seventy-one"),
        ),
    ],
)
def test_sort_code_pairs_redacted(analyzer, lines, turn, hidden):
    mask = covered(analyzer, said(*lines))[turn]
    for h in hidden:
        assert h not in mask, mask


# ---- round 52-54 fixes: dates, service years, amounts, forms and other offices' lines are no ids


def _visible(analyzer, *lines: str) -> list[str]:
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    "line",
    [
        "A: We can have someone out on March 12, 2026 between 9 and noon.",
        "A: Your plan renews on Nov 30 2025 at midnight.",
        "C: The package has been stuck since the 4th of January, 2026.",
        "A: i can book you on april nineteenth twenty twenty six at two thirty",
        "C: the concert on june second twenty twenty five was cancelled",
    ],
)
def test_written_date_year_stays(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "lines",
    [
        ("A: What day works for the install?", "C: 11-6-25, if possible."),
        ("C: I want seats for the game on 4-18-26 please.",),
        ("A: we can come oh six one seven twenty twenty six between eight and noon",),
        ("A: your next statement date is one one zero three twenty five",),
    ],
)
def test_booking_date_in_digits_stays(analyzer, lines):
    mask = _visible(analyzer, *lines)[-1]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "C: Marines, 1987 to 1993.",
        "C: navy nineteen eighty one to nineteen eighty nine",
        "C: I served in the Air Force 2005 through 2012.",
    ],
)
def test_service_years_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "A: your ten day payoff is nine thousand four hundred twelve thirty eight good through may",
        "A: you won't be charged for the disputed four hundred eighteen sixty two",
        "A: you'll be billed monthly for the thirty four ninety nine premium care plan",
        "A: we can offer twenty four thirty six and forty eight month terms on that",
    ],
)
def test_amounts_and_terms_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


@pytest.mark.parametrize(
    "line",
    [
        "A: Please complete VA Form 22-1990E and mail it back.",
        "A: You'll want Form 20-0995 for a supplemental claim.",
        "A: i'll submit the twenty two nineteen ninety for you today",
        "A: you need to file the twenty one eight three five e z first",
        "A: I can mail you a 21-4138 to the address on file.",
    ],
)
def test_form_numbers_stay(analyzer, line):
    mask = _visible(analyzer, line)[0]
    assert "#" not in mask, mask


def test_other_office_toll_free_line_stays(analyzer):
    masks = _visible(
        analyzer,
        "A: the pension center handles that, you can call them at eight hundred six one "
        "four three two nine seven",
        "C: eight hundred six one four three two nine seven okay",
        "A: The clinic is separate. Their number is 866-402-7719.",
        "A: Please send the signed release to fax 713-555-0148 by Friday.",
    )
    assert all("#" not in m for m in masks), masks


@pytest.mark.parametrize(
    ("lines", "hidden"),
    [
        # a birth date given to verify, no cue in the turn: the year stays hidden
        (("A: Thanks. And to verify?", "C: Maria Lopez, May 9th, 2016."), "2016"),
        (("A: And the date of birth?", "C: July 2nd, 2021."), "2021"),
        (("C: my daughter was born on 4-11-22",), "4-11-22"),
        (("A: And the member ID?", "C: it's 0921 2025."), "0921"),
        # an id before a count of days does not rise like a list of terms
        (("C: my account number is 8813 and 3 days ago it was charged",), "8813"),
        # a claim number after "file the" is the claim's
        (("C: i need to file the 552019 claim number again",), "552019"),
        (("C: I'll send the 31-0072219 over tonight",), "31-0072219"),
        # a caller's own line is theirs, whatever the cue
        (("C: you can reach me at 818 555 0172 okay",), "818 555 0172"),
        (("A: what's a good callback number?", "C: 877 555 0139 okay"), "877 555 0139"),
    ],
)
def test_real_numbers_stay_hidden(analyzer, lines, hidden):
    mask = _visible(analyzer, *lines)[-1]
    assert hidden not in mask, mask


@pytest.mark.parametrize(
    ("lines", "hidden"),
    [
        (("A: and the work order number?", "C: m forty one eighty eight sixty"), "m "),
        (("A: your case number is c a s sixty two forty one nine eighty",), "c a s"),
    ],
)
def test_letter_said_apart_before_id_hidden(analyzer, lines, hidden):
    mask = _visible(analyzer, *lines)[-1]
    assert hidden not in mask and not any(c.isdigit() for c in mask), mask


def test_article_before_number_stays(analyzer):
    mask = _visible(analyzer, "C: it's a 66120 thing they sent")[0]
    assert mask.startswith("it's a "), mask


# ---- round 52-54 fixes: an id's letters said apart; products, flights and amounts stay


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (("A: OK I HAVE YOUR MEMBERSHIP NUMBER AS TR 8826 IS THAT RIGHT",), "TR 8826"),
        (("A: ok your membership number please", "C: it's wn 6613"), "wn 6613"),
        (("A: And your member number?", "C: Yes, it's PD 7390."), "PD 7390"),
        (("A: the boat's registration number?", "C: registration is NJ 7719 BX"), "NJ 7719 BX"),
        (("A: the boat's registration number?", "C: it's FL 3051 KM."), "FL 3051 KM"),
        (("A: what's the deed number", "C: it says K L M P dash 00 one two nine 3"), "K L M P"),
        (("A: the registration number?", "C: it's d x uh four four one nine r z"), "d x"),
    ],
)
def test_letters_said_apart_join_the_id(analyzer, lines, value):
    mask = _visible(analyzer, *lines)[-1]
    text = said(*lines).turns[-1].text
    start = text.find(value)
    assert start >= 0
    assert set(mask[start : start + len(value)]) <= {"#", " "}, mask


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("A: OK YOUR TOTAL IS 4471 IS THAT OK", "IS"),
        ("C: it's at 1130 pm", "pm"),
        ("A: the balance is 8812 as of today", "as"),
    ],
)
def test_words_around_a_number_stay(analyzer, line, visible):
    mask = _visible(analyzer, line)[0]
    assert visible in mask, mask


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: My dishwasher stopped working, it's a KDTE334GPS.", "KDTE334GPS"),
        ("C: The washer quit on me, it's a MVW6230HW.", "MVW6230HW"),
        ("A: The part, the W11384469 drain pump, ships Monday.", "W11384469"),
        ("A: The part, the DC97-16350K, is on back order.", "DC97-16350K"),
        ("C: I want to move my flight, it's QF882 on March 3.", "QF882"),
        ("C: I HAVE TO MOVE MY FLIGHT, IT'S QF1290 ON MAY 9.", "QF1290"),
        ("A: Great, and the IMEI2 isn't needed.", "IMEI2"),
        ("A: you'll also need form 8821-t signed", "8821-t"),
        ("A: i see the netgear rax1000 on your account", "rax1000"),
        ("A: the balance is two hundred ten with eighty three forty five past due", "eighty"),
        ("A: it'll come out on the fifth of every month forty two twenty", "forty two twenty"),
        ("A: The schedule goes out Monday on the website or at 503-555-0188.", "503-555-0188"),
        ("A: The county clerk's office number is 555-0143.", "555-0143"),
    ],
)
def test_products_flights_and_amounts_stay(analyzer, line, visible):
    mask = _visible(analyzer, line)[0]
    assert visible in mask, mask


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (("A: your account number?", "C: it's AB448812"), "AB448812"),
        (("A: and your cell?", "C: my number is 503-555-0171"), "503-555-0171"),
        (("A: serial number on the unit?", "C: it's KX4471290"), "KX4471290"),
        (("A: what's the confirmation number", "C: it's XK77291"), "XK77291"),
    ],
)
def test_real_ids_stay_hidden(analyzer, lines, value):
    mask = _visible(analyzer, *lines)[-1]
    assert value not in mask, mask


# ---- round 56-59 fixes: a chunk chain after "Mm-hm, and?"; groups read between ellipses


def test_short_last_group_after_mm_hm_joins_the_chain(analyzer) -> None:
    call = said(
        "A: Can I have your member number?",
        "C: uh, 7721",
        "A: Okay.",
        "C: then 9043",
        "A: Mm-hm, and?",
        "C: uh 58",
        "A: Who am I speaking with?",
    )
    assert covered(analyzer, call)[5] == "uh ##"


def test_routing_number_in_threes_after_mm_hm(analyzer) -> None:
    call = said(
        "A: What's the routing number?",
        "C: 061",
        "A: Got it.",
        "C: 884",
        "A: Mm-hm, and?",
        "C: 217",
        "A: Now the account number, please.",
    )
    assert covered(analyzer, call)[5] == "###"


def test_phone_read_between_ellipses(analyzer) -> None:
    call = said(
        "A: And what's a callback number?",
        "C: It's six one seven...",
        "A: Okay.",
        "C: ...two two eight...",
        "A: Mm-hmm.",
        "C: ...nine oh three one.",
        "A: Thanks.",
    )
    marked = covered(analyzer, call)
    assert "six one seven" not in marked[1]
    assert "two two eight" not in marked[3]
    assert "nine oh three one" not in marked[5]


# ---- round 58-61 fixes: ids read in chunks with letter prefixes and dashes
@pytest.mark.parametrize(
    ("first", "middle", "last", "masked"),
    [
        ("It's KTV-", "2019-", "-44190.", ("It's ####", "#####", "######.")),
        ("Yeah, it's PQ-", "7703", "-318", ("Yeah, it's ###", "####", "####")),
        ("Okay, it's R", "552", "8164", ("Okay, it's #", "###", "####")),
        ("It says FW", "6120", "0935.", ("It says ##", "####", "####.")),
    ],
)
def test_id_pieces_with_letters_and_dashes(analyzer, first, middle, last, masked):
    masks = covered(
        analyzer,
        said(
            "A: Sure. What's the case number on the notice?",
            f"C: {first}",
            "A: Mm-hmm.",
            f"C: {middle}",
            "A: Okay.",
            f"C: {last}",
            "A: Thank you.",
        ),
    )
    assert (masks[1], masks[3], masks[5]) == masked


def test_letter_after_the_digit_groups(analyzer):
    masks = covered(
        analyzer,
        said(
            "A: Can I take the serial number please?",
            "C: 5",
            "A: Yes.",
            "C: 2",
            "A: Okay.",
            "C: 7",
            "A: Go on.",
            "C: 9",
            "A: Yes.",
            "C: K.",
            "A: Thanks. And your name?",
        ),
    )
    assert masks[9] == "#."


def test_last_digit_added_with_remark(analyzer):
    masks = covered(
        analyzer,
        said(
            "A: And the account number?",
            "C: It's 3382",
            "A: Go on.",
            "C: 6071",
            "A: Yep.",
            "C: hmm I guess that's it, oh no, there's one more, 8.",
        ),
    )
    assert masks[5] == "hmm I guess that's it, oh no, there's one more, #."


@pytest.mark.parametrize(
    "reply",
    [
        "Okay, it's a",  # an article, no letter of the id
        "I",
        "Yes, it's ok",
        "so",
    ],
)
def test_short_replies_stay_visible(analyzer, reply):
    masks = covered(
        analyzer,
        said(
            "A: What's the reference number?",
            f"C: {reply}",
            "A: Mm-hmm.",
            "C: 4471",
            "A: Okay.",
            "C: 2095",
        ),
    )
    assert masks[1] == reply


def test_dash_inside_a_turn_is_not_an_edge():
    text = "It's 5-10 minutes"
    assert all(text[s:e].strip("-") == text[s:e] for s, e, _ in digit_runs(text))
    assert edge_hyphens("2024-", 0, 4) == (0, 5)
    assert edge_hyphens("-118", 1, 4) == (0, 4)
    assert edge_hyphens("call me at 4 - okay", 11, 12) == (11, 12)


def test_count_of_pieces_is_no_digit_run():
    assert digit_runs("there's 1 more, 5.") == [(16, 17, "5")]
    assert [d for _, _, d in digit_runs("it's 4417 more or less")] == ["4417"]


# ---- cycles 58-59 (rounds 62-64): groups read in one turn, ids announced by where they
# are, a report's pieces, capitals after an id


@pytest.mark.parametrize(
    ("question", "reply", "values"),
    [
        ("A: And the account number, please?", "C: 418... wait, no, hold on.", ["418"]),
        (
            "A: Do you have the order number?",
            "C: Okay so 772 -- hang on, let me grab my reading glasses.",
            ["772"],
        ),
        ("A: What's the routing number?", "C: UM IT'S 264... 118, 907", ["264", "118", "907"]),
        (
            "A: What's the member number?",
            "C: 71 uh, no, sorry, that's wrong, 713 ... um 402... 588",
            ["71", "713", "402", "588"],
        ),
        ("A: And your policy number?", "C: 639... 145 ... um 802", ["639", "145", "802"]),
        ("A: the account number please", "C: 327. Oh wait, sorry, 372", ["327", "372"]),
    ],
)
def test_groups_read_in_one_turn(analyzer, question, reply, values):
    masked = _visible(analyzer, question, reply)[1]
    for value in values:
        assert value_hidden(masked, reply[3:], value), (value, masked)


@pytest.mark.parametrize(
    ("question", "reply", "kept"),
    [
        ("A: And the account number, please?", "C: it's like 20, 30 bucks a month", "20"),
        ("A: What's the member number?", "C: about 15... maybe 20 minutes ago", "15"),
        ("A: And the account number, please?", "C: I have 2 or 3 of them", "2"),
    ],
)
def test_amounts_and_counts_are_no_groups(analyzer, question, reply, kept):
    masked = _visible(analyzer, question, reply)[1]
    assert value_readable(masked, reply[3:], kept), masked


def test_id_announced_by_where_it_is(analyzer):
    lines = (
        "A: Do you have dental coverage?",
        "C: Delta. The member ID is on the card...",
        "C: 613... 208 ... um 954",
    )
    masked = _visible(analyzer, *lines)[2]
    for value in ("613", "208", "954"):
        assert value_hidden(masked, lines[2][3:], value), masked


def test_report_number_pieces(analyzer):
    lines = (
        "A: Can you read me the incident report number?",
        "C: Yeah, it's like, PD",
        "A: Okay.",
        "C: 36",
        "A: Mm-hmm.",
        "C: 208",
    )
    masks = _visible(analyzer, *lines)
    assert value_hidden(masks[3], "36", "36")
    assert value_hidden(masks[5], "208", "208")


@pytest.mark.parametrize(
    ("reply", "kept", "hidden"),
    [
        ("C: Yes, it's 2025-0083164, the Tulsa PD.", "PD", "2025-0083164"),
        ("C: it's 2025-0083164, Boulder CO", "CO", "2025-0083164"),
    ],
)
def test_place_office_after_the_id_is_no_piece(analyzer, reply, kept, hidden):
    """Two capitals after a place's name are its police department or state."""
    masked = _visible(analyzer, "A: And the police report number?", reply)[1]
    text = reply[3:]
    assert value_readable(masked, text, kept)
    assert value_hidden(masked, text, hidden)


@pytest.mark.parametrize(
    ("reply", "code"), [("C: Yeah, QT 5520", "QT"), ("C: Okay it's HN 7704, Boulder CO", "HN")]
)
def test_capitals_after_a_reply_word_stay_a_piece(analyzer, reply, code):
    masked = _visible(analyzer, "A: And the report number?", reply)[1]
    assert value_hidden(masked, reply[3:], code)


def test_capitals_opening_an_id_read_in_pieces_stay_hidden(analyzer):
    """ "it's GMT..." then the digits: the capitals open the id (found before the name
    filters of cycle 59 too; the filter for capitals after "it's" was taken out)."""
    lines = (
        "A: Do you have the policy number?",
        "C: Um, it's KWT...",
        "C: Uh, double four one seven seven three.",
    )
    masks = _visible(analyzer, *lines)
    assert value_hidden(masks[1], lines[1][3:], "KWT")


def test_a_date_asked_as_a_birth_or_an_id_stays_redacted(analyzer) -> None:
    """The record-date rule of the safety net leaves a date given for a birth or an id to
    the recognizers that know the question."""
    turns = [
        ("agent", "Can I get your date of birth?"),
        ("customer", "my date of birth is 10-4-1986"),
        ("agent", "and the patient's, the child's date of birth?"),
        ("customer", "3-15-2021"),
        ("agent", "What's your account number?"),
        ("customer", "it's 12 22 2026"),
    ]
    found = found_in_call(analyzer, turns)
    assert "10-4-1986" in texts_in_turn(found, 1)
    assert "3-15-2021" in texts_in_turn(found, 3)
    assert "12 22 2026" in texts_in_turn(found, 5)
