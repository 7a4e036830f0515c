"""Whole-analyzer behaviour: answers read in pieces, short answers and values checked back."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
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

# A value of known length read a small piece per turn, backchannel in between.
PIECES = [
    ("what's the zip code there?", "uh, 604,", "mm-hmm", "29..."),
    ("and the postal zip on file", "um six one two", "okay and", "forty four"),
    ("I need the last four digits of your social.", "Yes, 82,", "Go ahead.", "17"),
    ("can you verify the last four of your social", "yeah zero three", "okay", "fifty one"),
    ("and your date of birth please", "nine twenty", "mhm", "eighty eight"),
    ("what's your date of birth", "it's 11 04", "got it", "93"),
]


@pytest.mark.parametrize("turns", PIECES)
def test_pieces_that_add_up_to_the_asked_value_are_redacted(analyzer, turns):
    call = call_of(*zip(("AGENT", "CUSTOMER", "AGENT", "CUSTOMER"), turns, strict=True))
    out = covered(analyzer, call)
    assert "#" in out[1] and "#" in out[3], out


# Not the asked value: too few digits for it, or a count/duration after it.
NOT_PIECES = [
    ("what's the zip code there?", "um, 60", "okay", "2"),
    ("and the zip?", "hold on 3", "sure", "10 minutes and I'll find it"),
    ("I need the last four of your social", "2", "okay", "kids, sorry"),
]


@pytest.mark.parametrize("turns", NOT_PIECES)
def test_pieces_short_of_the_asked_value_are_kept(analyzer, turns):
    call = call_of(*zip(("AGENT", "CUSTOMER", "AGENT", "CUSTOMER"), turns, strict=True))
    out = covered(analyzer, call)
    assert "#" not in out[3], out


@pytest.mark.parametrize(
    "piece",
    [
        "440 hold on my dog is barking 819",
        "72 sorry hang on 5509",
    ],
)
def test_a_piece_with_an_aside_inside_it_joins_the_number(analyzer, piece):
    call = call_of(
        ("AGENT", "and what's the member number"),
        ("CUSTOMER", "three nine two"),
        ("AGENT", "yep"),
        ("CUSTOMER", piece),
    )
    out = covered(analyzer, call)
    assert "#" in out[1] and not any(c.isdigit() for c in out[3]), out
    assert "dog" in out[3] or "sorry" in out[3]


@pytest.mark.parametrize(
    ("request_", "reply", "code"),
    [
        ("expiration and code", "eleven twenty nine and four one six", "four one six"),
        ("expiry date and the code please", "0531 and 2207", "2207"),
    ],
)
def test_the_code_after_the_expiry_in_one_reply_is_the_cvv(analyzer, request_, reply, code):
    call = call_of(
        ("AGENT", "what's the long number on the card"),
        ("CUSTOMER", "4532 7781 0093 1146"),
        ("AGENT", request_),
        ("CUSTOMER", reply),
    )
    found = redacted(analyzer, call)[3]
    assert ("CVV", code) in found, found


@pytest.mark.parametrize(
    ("value", "echo", "shown"),
    [
        ("tangerine", "tangerine. Lovely, that's saved", "Lovely, that's saved"),
        ("hollyhock", "hollyhock! Great, done.", "Great, done."),
        ("saffron", "saffron. perfect, thanks", "perfect, thanks"),
    ],
)
def test_the_asker_saying_a_new_password_back_then_saving_it(analyzer, value, echo, shown):
    call = call_of(
        ("AGENT", "I'll add a verbal password to the account, what would you like it to be?"),
        ("CUSTOMER", value),
        ("AGENT", echo),
        ("CUSTOMER", "thanks"),
    )
    out = covered(analyzer, call)
    assert value not in out[2] and out[2].endswith(shown), out


def test_an_acknowledgement_alone_is_no_password(analyzer):
    call = call_of(
        ("AGENT", "what password would you like?"),
        ("CUSTOMER", "juniper"),
        ("AGENT", "Perfect. That's saved."),
    )
    assert "#" not in covered(analyzer, call)[2]


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        (
            "can i get your claim number",
            "yeah seven hundred twelve",
            "four thousand two hundred six",
        ),
        (
            "what's the reference number",
            "it's two six one",
            "four four oh nine one two eight three",
        ),
        ("and your policy number?", "318", "7702 4419 56"),
    ],
)
def test_a_short_first_piece_of_a_record_number_joins_the_rest(analyzer, question, first, rest):
    call = call_of(
        ("AGENT", question),
        ("CUSTOMER", first),
        ("AGENT", "got it"),
        ("CUSTOMER", rest),
    )
    out = covered(analyzer, call)
    assert "#" in out[1] and "#" in out[3], out


def test_a_short_reply_alone_to_a_record_number_question_is_kept(analyzer):
    call = call_of(
        ("AGENT", "what's the order number"),
        ("CUSTOMER", "that's 214"),
        ("AGENT", "and how many units did you order?"),
        ("CUSTOMER", "3"),
    )
    assert "#" not in covered(analyzer, call)[1]


# A correction that replaces only the end of the value just said, in the same reply or
# after a read-back: the short piece is part of the value.
@pytest.mark.parametrize(
    ("question", "reply", "piece"),
    [
        (
            "what's the routing number?",
            "it's 071000013, sorry, scratch that, 288 at the end",
            "288",
        ),
        ("and your member id?", "QPT558210, no wait, 219 at the end", "219"),
        ("account number please", "um 44817265 sorry, 65 on the end is 56", "44817265"),
        ("and the policy number?", "RK 7751 2093, no, 2039 for the last part", "2039"),
    ],
)
def test_a_piece_corrected_at_the_end_of_the_value_is_redacted(analyzer, question, reply, piece):
    out = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert piece not in out[1], out


def test_a_placed_piece_without_a_value_asked_is_kept(analyzer):
    call = call_of(("AGENT", "how was the delivery?"), ("CUSTOMER", "fine, 20 at the end of it"))
    assert "20" in covered(analyzer, call)[1]


# A value said, then taken back and said again in the same reply: both are the value.
@pytest.mark.parametrize(
    ("question", "reply", "values"),
    [
        (
            "what's the plate number?",
            "that's KLM 518, sorry, scratch that, KLM 581",
            ["518", "581"],
        ),
        ("and the code on the back?", "four four one, no sorry, 414", ["441", "414", "four"]),
        (
            "last thing, the three digit code by the signature strip.",
            "seven one two, no wait, 721",
            ["seven", "721"],
        ),
        (
            "can you confirm the password on the account",
            "hmm, was it harbor77, no wait, I changed it, it's Harbor1990",
            ["harbor77", "Harbor1990"],
        ),
    ],
)
def test_a_value_taken_back_and_said_again_hides_both(analyzer, question, reply, values):
    out = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert not any(v in out[1] for v in values), out


# The asker reading a free-text answer back as a question.
@pytest.mark.parametrize(
    ("question", "answer", "check", "value"),
    [
        ("and the memorable word?", "lighthouse", "was that lighthouse", "lighthouse"),
        (
            "what street did you grow up on?",
            "um, maple grove",
            "Is that maple grove?",
            "maple grove",
        ),
        ("what's the password?", "oh, falcon 12 at sign", "Did you say falcon12@?", "falcon12"),
    ],
)
def test_a_free_text_answer_checked_back_as_a_question_is_redacted(
    analyzer, question, answer, check, value
):
    call = call_of(("AGENT", question), ("CUSTOMER", answer), ("AGENT", check), ("CUSTOMER", "yes"))
    out = covered(analyzer, call)
    assert value not in out[2] and "#" in out[2], out
    assert out[2].lower().startswith(check.lower().split()[0]), out


# Short pieces of a value after a question, the other side's backchannel in between.
@pytest.mark.parametrize(
    "turns",
    [
        (
            "I'll need the booking ref, it's in the email we sent you.",
            "sure, TQ",
            "mm-hmm",
            "448",
            "uh-huh",
            "207",
        ),
        ("what's the microchip number?", "it's 956000012345678", "mm-hmm", "412"),
        ("and a number for him", "sure, 646", "okay", "555 0192"),
        ("what's a good number for you?", "two one two", "mhm", "555 then 0144 sorry"),
        ("do you have your loyalty number handy", "uh, KPW", "okay", "771203"),
    ],
)
def test_short_pieces_after_a_question_are_redacted(analyzer, turns):
    speakers = (("AGENT", "CUSTOMER") * 3)[: len(turns)]
    out = covered(analyzer, call_of(*zip(speakers, turns, strict=True)))
    for k in range(1, len(turns), 2):
        assert "#" in out[k], out


def test_the_year_asked_again_after_a_birth_date_is_redacted(analyzer):
    call = call_of(
        ("AGENT", "can I get your date of birth"),
        ("CUSTOMER", "the 3rd of june"),
        ("AGENT", "and the year?"),
        ("CUSTOMER", "eighty seven"),
        ("AGENT", "thanks, and how many people live there"),
        ("CUSTOMER", "42"),
    )
    out = covered(analyzer, call)
    assert "#" in out[3] and "42" in out[5], out


def test_a_birth_date_with_the_month_in_another_language_is_redacted(analyzer):
    call = call_of(
        ("AGENT", "and your date of birth?"),
        ("CUSTOMER", "14 avril 1979, sorry, April 14th, 1979."),
    )
    out = covered(analyzer, call)
    assert "14 avril" not in out[1] and "April 14th" not in out[1], out


@pytest.mark.parametrize(
    ("question", "first", "follow_up", "second"),
    [
        ("and your son's date of birth", "march 9th 2012", "and yours?", "mine is 11/03/84"),
        ("what's her date of birth", "july 2nd 1950", "what about yours", "october 5th 1978"),
        ("can i get his social", "417-22-9083", "okay and for you?", "it's 528-41-7730"),
        ("what's the best number for your wife", "312 555 0148", "same for you?", "773 555 0199"),
    ],
)
def test_a_follow_up_for_another_person_asks_the_same_question(
    analyzer, question, first, follow_up, second
):
    call = call_of(
        ("AGENT", question),
        ("CUSTOMER", first),
        ("AGENT", follow_up),
        ("CUSTOMER", second),
        ("AGENT", "thanks, how many are in the household"),
        ("CUSTOMER", "four of us"),
    )
    out = covered(analyzer, call)
    value = second.split()[-1]
    assert value not in out[3] and "four" in out[5], out


@pytest.mark.parametrize("follow_up", ["and yours?", "what about you", "how about yourself"])
def test_a_follow_up_with_no_value_asked_redacts_nothing(analyzer, follow_up):
    call = call_of(
        ("AGENT", "how are you doing today"),
        ("CUSTOMER", "good thanks"),
        ("AGENT", follow_up),
        ("CUSTOMER", "we moved here in 2019, about 3 years"),
    )
    assert "2019" in covered(analyzer, call)[3]


@pytest.mark.parametrize(
    ("said", "read_back", "value"),
    [
        (
            "it's three thousand two hundred and seventeen",
            "let me read that back three thousand two hundred and seventeen right",
            "seventeen",
        ),
        ("that's 6,408", "let me read that back 6,408 correct?", "6,408"),
        ("uh 8,915", "let me repeat it back, 8,915, right?", "8,915"),
    ],
)
def test_a_pin_read_back_with_a_thousands_number_is_redacted(analyzer, said, read_back, value):
    call = call_of(
        ("AGENT", "and your four digit pin please"),
        ("CUSTOMER", said),
        ("AGENT", read_back),
        ("CUSTOMER", "yes that's right"),
    )
    out = covered(analyzer, call)
    assert "thousand" not in out[2] and value not in out[2], out


def test_a_thousands_amount_after_let_me_check_is_kept(analyzer):
    call = call_of(
        ("AGENT", "and your four digit pin please"),
        ("CUSTOMER", "5 8 1 2"),
        ("AGENT", "great. let me check, your balance is $4,250"),
    )
    assert "4,250" in covered(analyzer, call)[2]


@pytest.mark.parametrize(
    ("statement", "check", "kept"),
    [
        (
            "hi i'd like to pay by card, my expiration date is ten slash twenty nine",
            "okay so i have ten slash twenty nine is that correct",
            "",
        ),
        (
            "calling to update my file, my date of birth is 4/18/1966",
            "i've got 4/18/1966 correct?",
            "",
        ),
    ],
)
def test_a_stated_value_checked_back_after_another_question_is_redacted(
    analyzer, statement, check, kept
):
    call = call_of(
        ("AGENT", "thanks for calling"),
        ("CUSTOMER", statement),
        ("AGENT", "full name please"),
        ("CUSTOMER", "denise the walker"),
        ("AGENT", check),
        ("CUSTOMER", "yes"),
    )
    out = covered(analyzer, call)
    assert not any(c.isdigit() for c in out[4]) and "twenty" not in out[4] + kept, out


def test_a_different_value_checked_after_a_statement_is_kept(analyzer):
    call = call_of(
        ("AGENT", "thanks for calling"),
        ("CUSTOMER", "my expiration date is ten slash twenty nine"),
        ("AGENT", "okay so that's 129 dollars for 3 boxes is that right"),
    )
    out = covered(analyzer, call)[2]
    assert "129" in out and "3 boxes" in out, out


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("4 27, and the code is 3 9 1", "3 9 1"),
        ("09/29 and the security code is 5521", "5521"),
        ("eleven twenty eight plus the cvv, seven oh two", "seven oh two"),
    ],
)
def test_the_code_offered_with_the_expiry_asked_for_is_the_cvv(analyzer, reply, code):
    call = call_of(
        ("AGENT", "what's the long number on the card"),
        ("CUSTOMER", "5425 2334 3010 9903"),
        ("AGENT", "exp date"),
        ("CUSTOMER", reply),
        ("AGENT", "and how many tickets, 2?"),
    )
    out = covered(analyzer, call)
    assert code not in out[3] and "2?" in out[4], out


def test_a_stated_code_checked_back_cut_short_is_redacted(analyzer):
    call = call_of(
        ("AGENT", "thanks for calling"),
        ("CUSTOMER", "i'd like to donate, my security code on the back is six two nine one"),
        ("AGENT", "and the full name"),
        ("CUSTOMER", "omar p haddad"),
        ("AGENT", "i see you said six two nine correct"),
    )
    assert "six two nine" not in covered(analyzer, call)[4]


# A code said, then corrected to another: both are the code (not an expiry and a code).
@pytest.mark.parametrize(
    ("question", "reply", "values"),
    [
        ("And the CVV, please.", "Sure, it's 384, hang on, no, it's 374.", ["384", "374"]),
        ("the security code on the back?", "618, sorry, 681", ["618", "681"]),
        ("and the three digit code", "um 925 wait no it's 952", ["925", "952"]),
    ],
)
def test_a_code_said_then_corrected_hides_both(analyzer, question, reply, values):
    out = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert not any(v in out[1] for v in values), out


# An expiry said with a spoken "oh" left apart, or said twice (words, then digits).
@pytest.mark.parametrize(
    ("question", "reply", "hidden"),
    [
        ("expiry", "oh 3 / 27", "oh 3 / 27"),
        ("and the expiration date?", "oh 4, 28", None),
        (
            "month and year of expiration",
            "it's june twenty twenty nine oh six twenty nine",
            "june twenty twenty nine oh six twenty nine",
        ),
        (
            "what's the expiry on the card?",
            "march twenty thirty one zero three thirty one",
            "march twenty thirty one zero three thirty one",
        ),
    ],
)
def test_an_expiry_said_with_a_spoken_oh_or_said_twice_is_hidden_whole(
    analyzer, question, reply, hidden
):
    out = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert set(out[1][reply.index(hidden or reply) :][: len(hidden or reply)]) <= {"#", " "}, out


# A document's issue and expiry dates are no card expiry.
@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "and the issue date and expiration",
            "issued june twenty twenty one expires june twenty thirty one",
        ),
        (
            "the expiration and the issue date on the passport",
            "it expires may 2033, issued may 2023",
        ),
        (
            "and the date of issue and expiry date?",
            "issued april twenty twenty expires april twenty thirty",
        ),
    ],
)
def test_a_documents_issue_and_expiry_dates_are_no_card_expiry(analyzer, question, reply):
    found_types = {
        t for t, _ in redacted(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]
    }
    assert "CARD_EXPIRY" not in found_types


def test_a_card_expiry_after_an_expiry_question_is_still_hidden(analyzer):
    call = call_of(
        ("AGENT", "and the expiration date on the card?"), ("CUSTOMER", "it expires may 2031")
    )
    assert "#" in covered(analyzer, call)[1]


# The asker reading a free-text answer back after an acknowledgement: "okay, i have …".
@pytest.mark.parametrize(
    ("question", "answer", "check", "value"),
    [
        (
            "AND WHAT WAS THE MAKE OF YOUR FIRST CAR?",
            "HA, PONTIAC.",
            "OKAY, I HAVE PONTIAC, IS THAT RIGHT?",
            "PONTIAC",
        ),
        (
            "what was your first pet's name?",
            "biscuit",
            "alright, i've got biscuit, correct?",
            "biscuit",
        ),
    ],
)
def test_a_free_text_answer_read_back_after_an_acknowledgement_is_redacted(
    analyzer, question, answer, check, value
):
    call = call_of(("AGENT", question), ("CUSTOMER", answer), ("AGENT", check), ("CUSTOMER", "yes"))
    out = covered(analyzer, call)
    assert value not in out[2], out
    assert "have" in out[2].lower() or "got" in out[2], out  # the frame stays visible


# A short value said first in a long reply, before talk that starts with "we …".
@pytest.mark.parametrize(
    ("question", "reply", "value"),
    [
        (
            "What street did you grow up on?",
            "Um Maple Court We had 2 boxes go missing last week.",
            "Maple Court",
        ),
        (
            "what was your first pet's name",
            "oh pickles we got him from a shelter years ago",
            "pickles",
        ),
    ],
)
def test_a_free_text_value_before_talk_that_starts_with_we_is_redacted(
    analyzer, question, reply, value
):
    out = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert value not in out[1], out
    assert "missing" in out[1] or "shelter" in out[1], out


# A password the other side gives, said back: "heron dash 4410, got it".
@pytest.mark.parametrize(
    ("given", "echo", "value"),
    [
        (
            "I've reset it, your temporary password is Heron-4410, capital H",
            "Heron dash 4410, got it",
            "Heron dash 4410",
        ),
        ("okay your new password is maple_77", "maple underscore 77 okay", "maple underscore 77"),
    ],
)
def test_a_given_password_said_back_is_redacted(analyzer, given, echo, value):
    out = covered(analyzer, call_of(("AGENT", given), ("CUSTOMER", echo)))
    assert value not in out[1], out


def test_a_reply_not_saying_the_given_password_back_is_kept(analyzer):
    out = covered(
        analyzer,
        call_of(
            ("AGENT", "your temporary password is Heron-4410"),
            ("CUSTOMER", "okay great, thanks so much"),
        ),
    )
    assert "#" not in out[1], out


# A caller offering a value after a statement asks for that value only; a warning about a
# password asks for none.
@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            [
                ("AGENT", "and the previous school"),
                ("CUSTOMER", "oak hill middle school in dayton do you need her social"),
                ("AGENT", "no we don't require it"),
            ],
            "no we don't require it",
        ),
        (
            [
                (
                    "AGENT",
                    "I'll send a reset link to your email. Please don't reuse the old password.",
                ),
                ("CUSTOMER", "Thanks, Priya."),
            ],
            "Thanks,",
        ),
    ],
)
def test_replies_to_an_offer_or_a_warning_are_no_free_text_answer(analyzer, turns, kept):
    out = covered(analyzer, call_of(*turns))
    assert kept in out[-1], out


# A year of a thing or of an account is no birth year, even after a birth date.
@pytest.mark.parametrize(
    ("reply", "year"),
    [
        ("Yes, that's correct. I've been with you since 2009.", "2009"),
        ("Thanks. I can email the 2021 statement as a PDF. Is that okay?", "2021"),
    ],
)
def test_a_year_of_a_thing_after_a_birth_date_is_kept(analyzer, reply, year):
    call = call_of(
        ("AGENT", "and your date of birth?"),
        ("CUSTOMER", "4/17/1966"),
        ("AGENT", "Okay, I have 04/17/1966?"),
        ("CUSTOMER", reply),
    )
    out = covered(analyzer, call)
    assert year in out[3], out


# ---- cycle 59 (round 64): a passcode or answer read back, an expiry's month and year in two turns


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    ("question", "reply", "echo", "value"),
    [
        ("A: Passcode?", "C: silver otter", "A: I have silver otter?", "silver otter"),
        (
            "A: and your passcode",
            "C: um it should be birch meadow",
            "A: okay so that's birch meadow is that right",
            "birch meadow",
        ),
        (
            "A: security question, name of your first school",
            "C: lakeside",
            "A: let me read that back lakeside",
            "lakeside",
        ),
    ],
)
def test_free_answer_read_back_is_hidden(analyzer, question, reply, echo, value):
    masked = _masks(analyzer, question, reply, echo, "C: yes")
    assert value_hidden(masked[2], echo[3:], value)


@pytest.mark.parametrize(("month", "year"), [("07.", "29."), ("11", "31")])
def test_expiry_month_then_year_after_prompt(analyzer, month, year):
    masked = _masks(
        analyzer, "A: Expiration?", f"C: {month}", "A: And the year?", f"C: {year}", "A: Code?"
    )
    assert value_hidden(masked[1], month, month.rstrip("."))
    assert value_hidden(masked[3], year, year.rstrip("."))


def test_month_count_after_year_prompt_is_not_expiry(analyzer):
    masked = _masks(analyzer, "A: How long have you had the account?", "C: 11", "A: Okay.")
    assert value_readable(masked[1], "11", "11")


@pytest.mark.parametrize(
    ("lines", "turn", "value"),
    [
        (
            ("A: What's the policy number?", "C: okay, 731", "A: Sure.", "C: 552",
             "A: 552?", "C: 317.", "A: And your date of birth?"),
            5,
            "317",
        ),
        (
            ("A: Could I get your member number?", "C: It's four oh two", "A: Mm-hmm.",
             "C: Sixty six", "A: Six six?", "C: Eight one.", "A: Thanks."),
            5,
            "Eight one",
        ),
        (
            ("A: Read me the routing number, please.", "C: two one one", "A: Okay.",
             "C: Four four seven three", "A: Four four seven three?", "C: Two.",
             "A: And the account number?"),
            5,
            "Two",
        ),
        (
            ("A: What's the account number?", "C: 818", "A: 818?", "C: 420",
             "A: 420?", "C: 5.", "A: Thank you."),
            5,
            "5",
        ),
    ],
)  # fmt: skip
def test_group_after_an_echoed_group_found(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int, value: str
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert not any(ch.isdigit() for ch in text)
    assert "#" * len(value) in text


@pytest.mark.parametrize(
    ("lines", "turn"),
    [
        # a count said back, then another count
        (("A: How many people live in the home?", "C: 4", "A: 4?", "C: yes", "A: and kids?",
          "C: 2"), 5),
        # an amount after a check of a group: only a bare group goes on
        (("A: what's the account number?", "C: 4421 889", "A: ok", "C: 12", "A: 12?",
          "C: yes and I owe 45"), 5),
        # a time said back
        (("A: What time works for you?", "C: 3 30", "A: 3 30?", "C: 4."), 3),
        # the whole number said back with another question: its answer is no group
        (("A: And the account number?", "C: two oh 5 5 8 1 six three",
          "A: 2055 8163, is that eight digits?", "C: yes eight"), 3),
    ],
)  # fmt: skip
def test_counts_and_amounts_after_an_echo_visible(
    analyzer: CallAnalyzer, lines: tuple[str, ...], turn: int
) -> None:
    text = covered(analyzer, said(*lines))[turn]
    assert "#" not in text


@pytest.mark.parametrize(
    ("question", "reply", "workplace"),
    [
        ("Employer name?", "Riverside Medical Center, been there a while.", "Riverside"),
        ("where do you work", "coastal credit union", "coastal credit union"),
        ("and who do you work for", "Apex Roofing.", "Apex Roofing"),
        ("what's the name of your employer", "lakeside foods", "lakeside foods"),
    ],
)
def test_a_workplace_asked_is_no_person(analyzer, question, reply, workplace):
    masked = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert value_readable(masked[1], reply, workplace)


@pytest.mark.parametrize(
    ("question", "reply", "value"),
    [
        ("Employer name?", "I work for Maria Lopez, she runs a cleaning business", "Maria Lopez"),
        ("what's your employer's phone number", "it's 312 555 0187", "312 555 0187"),
    ],
)
def test_a_person_or_number_given_for_a_workplace_stays_redacted(
    ner_analyzer, question, reply, value
):
    masked = covered(ner_analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert value_hidden(masked[1], reply, value)


@pytest.mark.parametrize(
    "question",
    ["does ernest live at the same address", "previous address?", "and his mailing address"],
)
@pytest.mark.parametrize("reply", ["yes same place", "Yes, same place.", "same address as me"])
def test_the_same_place_is_no_address(analyzer, question, reply):
    assert "#" not in covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))[1]


@pytest.mark.parametrize("reply", ["yes same place, 42 Elm Street", "same house, 1200 pine road"])
def test_a_street_after_the_same_place_stays_redacted(analyzer, reply):
    masked = covered(analyzer, call_of(("AGENT", "previous address?"), ("CUSTOMER", reply)))
    assert any(
        value_hidden(masked[1], reply, v) for v in ("42 Elm Street", "1200 pine road") if v in reply
    )


@pytest.mark.parametrize(
    ("reply", "number"),
    [
        ("TX, number 681748743.", "681748743"),
        ("AZ, number d four nine four four five five two.", "d four nine four four five five two"),
        ("CA number F9946231", "F9946231"),
    ],
)
def test_the_state_before_a_licence_number_is_no_part_of_it(analyzer, reply, number):
    question = "Photo ID number, driver's license or state ID?"
    masked = covered(analyzer, call_of(("AGENT", question), ("CUSTOMER", reply)))
    assert value_readable(masked[1], reply, reply[:2])
    assert value_hidden(masked[1], reply, number)


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("of course address", ("it's three fifteen", "east main", "apartment d as in david")),
        ("what's the address", ("four twenty", "north elm", "unit four b")),
        ("and the street address?", ("it's 88", "west lake", "apt 12")),
    ],
)
def test_an_address_read_over_the_callers_turns_is_redacted(analyzer, question, pieces):
    call = call_of(("AGENT", question), *(("CUSTOMER", piece) for piece in pieces))
    masked = covered(analyzer, call)
    assert value_hidden(masked[2], pieces[1], pieces[1])
    assert value_hidden(masked[3], pieces[2], pieces[2].split()[-1])


@pytest.mark.parametrize("reply", ["uh the east side mostly", "west coast", "north of town"])
def test_a_region_is_no_street(analyzer, reply):
    masked = covered(analyzer, call_of(("AGENT", "what's the address"), ("CUSTOMER", reply)))
    assert "#" not in masked[1]


@pytest.mark.parametrize(
    ("question", "reply", "read_back", "value"),
    [
        (
            "and what was your first pet's name",
            "oh gosh um whiskers no it was pumpkin",
            "pumpkin is right i've sent the reset link",
            "pumpkin",
        ),
        (
            "what's the answer to your security question, your mother's maiden name",
            "it's kowalczyk",
            "kowalczyk is correct, you're verified",
            "kowalczyk",
        ),
    ],
)
def test_a_free_answer_said_back_as_right_is_redacted(analyzer, question, reply, read_back, value):
    call = call_of(("AGENT", question), ("CUSTOMER", reply), ("AGENT", read_back))
    masked = covered(analyzer, call)
    assert value_hidden(masked[2], read_back, value)
    assert value_readable(masked[2], read_back, "sent" if "sent" in read_back else "verified")


@pytest.mark.parametrize(
    ("read_back", "value"),
    [
        ("i have april third fifty yes okay and who am i speaking with", "april third fifty"),
        ("so june ninth eighty two, and who's calling today", "june ninth eighty two"),
    ],
)
def test_a_birth_date_read_back_before_the_next_question_is_redacted(analyzer, read_back, value):
    call = call_of(
        ("AGENT", "what's his date of birth"),
        ("CUSTOMER", "oh gosh april third nineteen fifty, or june ninth eighty two"),
        ("AGENT", read_back),
    )
    assert value_hidden(covered(analyzer, call)[2], read_back, value)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("what's your annual salary before taxes", "around sixty-five thousand plus overtime"),
        ("and your gross monthly income", "seventy six thousand a year"),
        ("monthly rent there", "nine hundred"),
    ],
)
def test_a_sum_asked_after_an_address_is_no_address(analyzer, question, reply):
    call = call_of(
        ("AGENT", "does leticia live at the same address"),
        ("CUSTOMER", "yes same place"),
        ("AGENT", question),
        ("CUSTOMER", reply),
    )
    assert "#" not in covered(analyzer, call)[3]


def test_an_id_given_with_a_sum_stays_redacted(analyzer):
    reply = "it's 123 45 6789 and sixty thousand"
    call = call_of(("AGENT", "what's your social and annual income"), ("CUSTOMER", reply))
    assert value_hidden(covered(analyzer, call)[1], reply, "123 45 6789")


def test_a_name_asked_at_the_end_of_a_long_request_is_redacted(analyzer):
    reply = "ming gu at six one seven two six four nine eight three eight"
    call = call_of(
        ("AGENT", "what's your annual salary before taxes"),
        ("CUSTOMER", "around eighty nine thousand plus overtime"),
        ("AGENT", "current landlord or property manager name and phone"),
        ("CUSTOMER", reply),
    )
    assert value_hidden(covered(analyzer, call)[3], reply, "ming gu")


def test_a_reply_to_a_password_reset_request_is_no_password(analyzer):
    """ "i need password resets for …" asks for a service: the agent's "employee ids" is
    no password, while the ids given next are still found."""
    found = found_in_call(
        analyzer,
        [
            ("customer", "i'm the admin i need password resets for myself and for thomas jacob"),
            ("agent", "employee ids"),
            ("customer", "mine's u sixty one fifty seven seventy six"),
        ],
    )
    assert texts_in_turn(found, 1) == []
    assert texts_in_turn(found, 2)
