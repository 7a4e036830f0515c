"""Whole-analyzer span edges: a name, an email or a phone number grown to the whole value
said."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import (
    assert_masked,
    covered,
    said,
    value_hidden,
)

_VERIFY = "okay i can help with that first i need to verify a few things"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a middle initial before a surname that is a rare English word too
        ("it's under rosalind k genovese that's me", ["rosalind k genovese"], ["that's me"]),
        ("please add my husband tobias j brinton", ["tobias j brinton"], []),
        # a particle before a short surname
        ("the account's under joana de sa", ["joana de sa"], []),
        ("the account's under joana di sa", ["joana di sa"], []),
        # a double-barrelled surname after the first name
        ("it's under priya wedel-geiger that's me", ["priya wedel-geiger"], ["that's me"]),
        ("it's under idris crockett-weill", ["idris crockett-weill"], []),
        # negatives: an initial before an ordinary word, an ordinary hyphenated word
        ("my wife gwendolyn k thanks", ["gwendolyn"], ["k thanks"]),
        ("it's under priya, check-in was fine", ["priya"], ["check-in was fine"]),
        ("it's under marta a lot of trouble", ["marta"], ["a lot of trouble"]),
    ],
)
def test_surname_after_a_first_name(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _VERIFY), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # an initial said before the local part of a spoken email
        ("k geiger at fastmail dot f m", ["k geiger at fastmail dot f m"], []),
        ("sure it's m brinton at proton dot me", ["m brinton at proton dot me"], ["sure it's"]),
        # negatives: a pronoun before the address stays, a letter before "at" alone
        ("yes i brinton at gmail dot com", ["brinton at gmail dot com"], ["yes i "]),
        ("it's plan b at the store", [], ["plan b at the store"]),
    ],
)
def test_initial_before_a_spoken_email(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _VERIFY), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "hidden", "kept"),
    [
        # a relation, a rank, a job or a department before the name stays visible
        ([("A", "anyone else on the policy"),
          ("B", "yes my stepmother Ngozi Adeyemi will call in too")],
         ["Ngozi Adeyemi"], ["stepmother"]),
        ([("A", "who should we list"), ("B", "it was my ex wife odalys brightwater")],
         ["odalys brightwater"], ["wife"]),
        ([("A", "what's your name"), ("B", "corporal anselm vukovic")],
         ["anselm vukovic"], ["corporal"]),
        ([("A", "pharmacy anselm speaking"), ("B", "hi anselm")], [], ["pharmacy"]),
        # an everyday word that is an unlisted first name stays ("Germán Ibarra")
        ([("A", "may i have the name on the account?"), ("B", "Uh german ibarra.")],
         ["german ibarra"], []),
        # a hyphenated first name ending in -ing is no verb ("i'm typing wojcik")
        ([("A", "AND YOUR NAME?"), ("B", "MEI-LING OYELARAN.")],
         ["MEI-LING OYELARAN"], []),
        # a title the transcripts keep stays in the name
        ([("A", "who referred you"), ("B", "doctor Vukovic at the clinic")],
         ["Vukovic"], []),
    ],
)  # fmt: skip
def test_relation_or_rank_word_left_out_of_a_name(analyzer, turns, hidden, kept):
    turn = 0 if turns[0][1].startswith("pharmacy") else 1
    assert_masked(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # two pieces of one value with the correction phrase between them
        (
            "and the card number please",
            "it's six two one scratch that four seven one two three three eight oh "
            "five five one nine two six",
            [
                "six two one scratch that four seven one two three three eight oh five five one "
                "nine two six"
            ],
            [],
        ),
        (
            "what's the account number",
            "sure seven seven three one eight five two four no wait six",
            ["seven seven three one eight five two four no wait six"],
            [],
        ),
        (
            "what's the routing number",
            "okay it's three one four nine double eight two i mean six one",
            ["three one four nine double eight two i mean six one"],
            [],
        ),
        (
            "and your phone number",
            "eight one six four four two seven double nine five oops seven",
            ["eight one six four four two seven double nine five oops seven"],
            [],
        ),
        # a short piece before the correction
        (
            "and your phone number",
            "uh seven one no no six zero three four four eight one two",
            ["seven one no no six zero three four four eight one two"],
            [],
        ),
        # negatives: no digits after the correction, or "one" of "one moment"
        (
            "and your phone number",
            "three one two six six four nine eight eight zero sorry that's my work line",
            ["three one two six six four nine eight eight zero"],
            ["sorry that's my work line"],
        ),
    ],
)
def test_value_corrected_in_the_middle(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("Agent", question), ("Caller", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # the few digits after a correction belong to the value before it
        ("it's 5 5 1 8 2 9 no wait three", ["5 5 1 8 2 9"], ["5 5 1 8 2 9 no wait three"]),
        (
            "nine nine four one seven, sorry, two",
            ["nine nine four one seven"],
            ["nine nine four one seven, sorry, two"],
        ),
        # two pieces of one value, the correction between them
        (
            "four one sorry no six two two eight one",
            ["four one", "six two two eight one"],
            ["four one sorry no six two two eight one"],
        ),
        # a value said whole twice stays two spans
        (
            "one two eight four sorry one two four eight",
            ["one two eight four", "one two four eight"],
            ["one two eight four", "one two four eight"],
        ),
        # not digits of the value: "one moment", "two cards", a longer number
        (
            "six six one four two sorry one moment",
            ["six six one four two"],
            ["six six one four two"],
        ),
        (
            "seven seven three one actually two cards",
            ["seven seven three one"],
            ["seven seven three one"],
        ),
        ("eight two two i mean four four one nine", ["eight two two"], ["eight two two"]),
    ],
)
def test_correction_joins_pieces_of_one_value(text, pieces, expected):
    from pipeline.schema import PiiEntity
    from recognizers.call_edges import join_pieces

    entities = [
        PiiEntity("ACCOUNT_ID", text.index(p), text.index(p) + len(p), 0.8, "t") for p in pieces
    ]
    assert [text[e.start : e.end] for e in join_pieces(text, entities)] == expected


def test_value_begun_again_after_a_correction_stays_two_spans():
    from pipeline.schema import PiiEntity
    from recognizers.call_edges import join_pieces

    text = "three one two eight eight no wait sorry three one two eight four four six one"
    pieces = ["three one two eight eight", "three one two eight four four six one"]
    entities = [
        PiiEntity("PHONE_NUMBER", text.index(p), text.index(p) + len(p), 0.8, "t") for p in pieces
    ]
    assert [text[e.start : e.end] for e in join_pieces(text, entities)] == pieces


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a filler that ends the turn after a number read out belongs to the reading
        ("and the phone number on the account?", "it's 812 555 um", ["812 555 um"], ["it's"]),
        (
            "can you read me the account number?",
            "sure three one six double two er",
            ["three one six double two er"],
            ["sure"],
        ),
        ("and the phone number on the account?", "6140 2291 uh.", ["6140 2291 uh"], []),
        # negatives: the filler starts the next sentence, which stays readable
        (
            "can you read me the account number?",
            "38207 uh so what now",
            ["38207"],
            ["so what now"],
        ),
        (
            "and the phone number on the account?",
            "it's 812 555 um let me check",
            ["812 555"],
            ["let me check"],
        ),
    ],
)
def test_number_grown_over_a_filler_that_ends_the_turn(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a slip inside a date of birth: the pieces and the slip are one value
        (
            "it's march fourth nineteen sorry eighty two",
            ["march fourth nineteen sorry eighty two"],
            ["it's"],
        ),
        (
            "YES IT'S AUGUST SORRY 14TH, 1977, I BELIEVE.",
            ["AUGUST SORRY 14TH, 1977"],
            ["I BELIEVE"],
        ),
        ("it's june um 3rd 1985 i think", ["june um 3rd 1985"], ["i think"]),
    ],
)
def test_date_of_birth_joined_across_a_slip(analyzer, reply, hidden, kept):
    question = "and can you confirm your date of birth?"
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a first name, a slip, then a surname: one person's name
        ("sure it's marcus sorry ramirez", ["marcus sorry ramirez"], ["sure it's"]),
        ("my name is helen um nguyen i think", ["helen um nguyen"], ["i think"]),
    ],
)
def test_name_joined_across_a_slip(analyzer, reply, hidden, kept):
    assert_masked(
        analyzer, [("A", "can i get your full name please?"), ("B", reply)], 1, hidden, kept
    )


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a hesitation phrase between two pieces of one number belongs to the number
        (
            "and the phone number on the account?",
            "three uh let me see seven one two hmm eight eight oh four double six",
            ["three uh let me see seven one two hmm eight eight oh four double six"],
            [],
        ),
        (
            "can you read me the account number?",
            "sure five two hold on nine one seven three three eight",
            ["five two hold on nine one seven three three eight"],
            ["sure"],
        ),
        (
            "and the phone number on the account?",
            "it's 917 3304 erm what is it 62",
            ["917 3304 erm what is it 62"],
            ["it's"],
        ),
        # pieces written apart by an ellipsis
        (
            "and the card number?",
            "4532... 8871... 2209... 6614.",
            ["4532... 8871... 2209... 6614"],
            [],
        ),
        (
            "and the phone number on the account?",
            "double four two… triple eight… one oh seven six",
            ["double four two… triple eight… one oh seven six"],
            [],
        ),
        (
            "and the phone number on the account?",
            "it's (212) 870... 4451",
            ["(212) 870... 4451"],
            [],
        ),
        # negatives: what follows the pause is a duration or an amount, not a digit piece
        (
            "and the phone number on the account?",
            "it's 917 330 4462 uh hold on two minutes",
            ["917 330 4462"],
            ["two minutes"],
        ),
        (
            "and the phone number on the account?",
            "it's 917 330 4462 uh one sec",
            ["917 330 4462"],
            ["one sec"],
        ),
    ],
)
def test_number_joined_across_a_hesitation_or_an_ellipsis(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # the country code's plus, typed or said, belongs to the phone number
        ("what number are you calling from?", "it's +44 207 946", ["+44 207 946"], ["it's"]),
        ("what number are you calling from?", "+1 303 772,", ["+1 303 772"], []),
        (
            "what number are you calling from?",
            "plus um four four seven seven zero zero nine one two three four five",
            ["plus um four four seven seven zero zero nine one two three four five"],
            [],
        ),
        # negative: a number said without a plus keeps the words before it readable
        ("what number are you calling from?", "it's 303 772 9104", ["303 772 9104"], ["it's"]),
    ],
)
def test_phone_number_grown_over_its_plus(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a bare "no" between two pieces of one number corrects it
        (
            "and the phone number on the account?",
            "two seven one no five eight three oh four four nine two",
            ["two seven one no five eight three oh four four nine two"],
            [],
        ),
        (
            "can you read me the account number?",
            "seven three eight eight two one four no five",
            ["seven three eight eight two one four no five"],
            [],
        ),
        # negative: a "no" that answers, then the value read again whole
        (
            "is it 303 772 9104?",
            "no, 303 772 9105",
            ["303 772 9105"],
            ["no,"],
        ),
    ],
)
def test_bare_no_corrects_a_number(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # an "at" said at the turn's end, the domain in the next turn
        (
            [("A", "what's your email address"), ("B", "it's w e b b dot l e n a at")],
            1,
            ["w e b b dot l e n a at"],
            ["it's"],
        ),
        (
            [("A", "what's your email address"), ("B", "it's w e b b dot l e n a at"),
             ("A", "okay"), ("B", "then sign outlook dot com")],
            3,
            ["sign outlook dot com"],
            ["then"],
        ),
        # "at the rate" is "@" in Indian English
        (
            [("A", "what's your email address"),
             ("B", "it's anil.k42 at the rate rediffmail dot com")],
            1,
            ["anil.k42 at the rate rediffmail dot com"],
            ["it's"],
        ),
    ],
)  # fmt: skip
def test_email_at_said_at_a_turn_edge(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a wrong first try taken back with "hang on" / "hold on": the value begun again
        (
            "what phone number is on the account",
            "six seventy two no hang on it's six seventy uh four one three eight two nine one",
            ["six seventy two", "six seventy uh four one three eight two nine one"],
            [],
        ),
        (
            "alright the sixteen digit card number please",
            "five two one hold on five two nine oh one three three four six seven six five two "
            "six five nine",
            ["five two one", "five two nine oh one three three four six seven six five two"],
            [],
        ),
        (
            "can you read me the account number?",
            "three eight hang on, it's three nine four four one two six",
            ["three eight", "three nine four four one two six"],
            [],
        ),
        (
            "and the phone number on the account?",
            "nine one seven wait no nine one eight four four two six six one zero",
            ["nine one seven", "nine one eight four four two six six one zero"],
            [],
        ),
        # negatives: "hang on" that is no correction between two pieces of the value
        (
            "what phone number is on the account",
            "hang on let me look, it's five one two eight eight four three nine nine one",
            ["five one two eight eight four three nine nine one"],
            ["hang on let me look"],
        ),
        (
            "can you read me the account number?",
            "I've got two hang on, it's four four one nine three three eight two",
            ["four four one nine three three eight two"],
            ["I've got two"],
        ),
        (
            "what phone number is on the account",
            "call after nine, at nine sorry it's five five five eight one two three four four one",
            ["five five five eight one two three four four one"],
            ["at nine sorry"],
        ),
    ],
)
def test_value_begun_again_after_hang_on(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # an email's local part and its domain found apart, the digits said between them
        (
            "Sure. It's K-E-L-S-E-Y dot M-O-R-R-O-W, 58, at gmail dot com.",
            ["K-E-L-S-E-Y dot M-O-R-R-O-W, 58, at gmail dot com"],
            ["Sure."],
        ),
        (
            "yes it's D-A-R-I-U-S underscore K, seven seven, at yahoo dot com",
            ["D-A-R-I-U-S underscore K, seven seven, at yahoo dot com"],
            ["yes"],
        ),
        (
            "It's N-O-R-A dot V-E-G-A at hotmail dot com, thanks.",
            ["N-O-R-A dot V-E-G-A at hotmail dot com"],
            ["thanks"],
        ),
    ],
)
def test_email_local_part_digits_and_domain_said_apart(analyzer, reply, hidden, kept):
    assert_masked(
        analyzer, [("A", "Can you spell your email for me?"), ("B", reply)], 1, hidden, kept
    )


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a hesitation sound that ends the turn after a piece read out belongs to it
        (
            "and your social security number?",
            "five one hmm",
            ["five one hmm"],
            [],
        ),
        (
            "can you read me the account number?",
            "seven two nine four mm.",
            ["seven two nine four mm"],
            [],
        ),
        # negative: the sound starts a new thought
        (
            "can you read me the account number?",
            "seven two nine four hmm let me check",
            ["seven two nine four"],
            ["let me check"],
        ),
    ],
)
def test_number_grown_over_a_hesitation_sound_that_ends_the_turn(
    analyzer, question, reply, hidden, kept
):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


def test_email_halves_join_only_a_local_part_to_a_domain():
    from pipeline.schema import PiiEntity
    from recognizers.call_edges import join_pieces

    text = "t dot ng at gmail dot com, 12, at yahoo dot com"
    pieces = ["t dot ng at gmail dot com", "at yahoo dot com"]
    entities = [
        PiiEntity("EMAIL_ADDRESS", text.index(p), text.index(p) + len(p), 0.8, "t") for p in pieces
    ]
    assert [text[e.start : e.end] for e in join_pieces(text, entities)] == pieces


@pytest.mark.parametrize(
    ("readback", "hidden", "kept"),
    [
        (
            "So that's M dot O-S-E-I, 41, at proton dot me?",
            ["M dot O-S-E-I, 41, at proton dot me"],
            ["So that's "],
        ),
        (
            "Right, K dot L-A-R-S-E-N, 27, at zoho.com, is that it?",
            ["K dot L-A-R-S-E-N, 27, at zoho.com"],
            ["is that it"],
        ),
    ],
)
def test_readback_grows_over_digits_and_domain(analyzer, readback, hidden, kept):
    turns = [
        ("agent", "Could I take an email address?"),
        ("customer", "It's m.osei41@proton.me, or k.larsen27@zoho.com."),
        ("agent", readback),
    ]
    assert_masked(analyzer, turns, 2, hidden, kept)


@pytest.mark.parametrize(
    "text",
    [
        "we met at noon at the office",
        "at the branch on main street",
        "the total was 42 dollars at checkout",
    ],
)
def test_at_in_plain_talk_stays(analyzer, text):
    turns = [("agent", "and your email address?"), ("customer", "r.vance"), ("customer", text)]
    assert_masked(analyzer, turns, 2, [], [text])


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        (
            "actually use oh seven nine six one, two eight four, five five three",
            ["seven nine six one, two eight four, five five three"],
            ["actually use"],
        ),
        # negatives: an amount or a duration after a comma is no group of the number
        (
            "it's oh seven nine six one two eight four, two two one pounds",
            ["seven nine six one two eight four"],
            ["two two one pounds"],
        ),
        (
            "it's oh seven nine six one two eight four, three four five minutes later",
            ["seven nine six one two eight four"],
            ["three four five minutes"],
        ),
    ],
)
def test_number_grows_over_comma_groups(analyzer, reply, hidden, kept):
    turns = [("agent", "and what's the best mobile to text?"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)


def test_suffix_keeps_its_dot(ner_analyzer) -> None:
    call = said("C: It's my father, Oswald Trent Sr. He has the account.")
    masks = covered(ner_analyzer, call)
    assert value_hidden(masks[0], call.turns[0].text, "Oswald Trent Sr.")


def test_first_try_before_bare_no_is_part_of_code(analyzer) -> None:
    masked = covered(
        analyzer,
        said(
            "A: what's the code for the lock box",
            "C: um four four no four eight two six",
        ),
    )
    assert masked[1] == "um " + "#" * len("four four no four eight two six")


@pytest.mark.parametrize(
    "turn",
    [
        # a count, not a first try
        "C: i need two no four eight two six",
        # a short value after the no: no code to join
        "C: six no nine",
    ],
)
def test_bare_no_without_value_joins_nothing(analyzer, turn: str) -> None:
    masked = covered(analyzer, said("A: what's the code for the lock box", turn))
    assert "two no" in masked[1] or "six no nine" in masked[1]


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # the other side's backchannel written inside a value: both pieces found
        (
            "and the card number?",
            "sure 4532 7781 0094 got it 2231",
            ["4532 7781 0094 got it 2231"],
            ["sure"],
        ),
        (
            "and the card number?",
            "it's 5412 0093 1187 mhm 6620 thanks",
            ["5412 0093 1187 mhm 6620"],
            ["thanks"],
        ),
        (
            "what's your date of birth?",
            "it's june third uh-huh nineteen seventy two",
            ["june third uh-huh nineteen seventy two"],
            [],
        ),
        (
            "what's your date of birth?",
            "so the fourth of may, yep, 1961.",
            ["the fourth of may, yep, 1961"],
            [],
        ),
        ("and the member id?", "it's KRT41 UH-HUH 55302", ["KRT41 UH-HUH 55302"], []),
        # a bare piece that makes a number of known length whole
        ("and your social?", "yeah 481 okay 22 7719", ["481 okay 22 7719"], ["yeah"]),
        ("what's a good callback number?", "um 614 mhm 555 0132", ["614 mhm 555 0132"], []),
        # negatives: an amount after a backchannel is no piece of the value before it
        (
            "and the card number?",
            "my card ends 7309 okay and the amount was 4345",
            ["7309"],
            ["okay and the amount was 4345"],
        ),
        (
            "what's a good callback number?",
            "614 555 0132 yes 45 dollars",
            ["614 555 0132"],
            ["45 dollars"],
        ),
    ],
)
def test_value_joined_across_a_backchannel(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("agent", question), ("customer", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("it's jomarvel okay at gmail dot com", ["jomarvel okay at gmail dot com"], []),
        (
            "sure, lena underscore ortiz go ahead at yahoo dot com",
            ["lena underscore ortiz go ahead at yahoo dot com"],
            ["sure"],
        ),
        ("yeah it's t r o y b got it at aol dot com", ["t r o y b got it at aol dot com"], []),
        (
            "i think it's kwame dot asante yep at outlook dot com",
            ["kwame dot asante yep at outlook dot com"],
            ["i think"],
        ),
        (
            "it's mbrandt seven two mhm at icloud dot com",
            ["mbrandt seven two mhm at icloud dot com"],
            [],
        ),
        (
            "sure d i a z r uh sorry at hotmail dot com",
            ["d i a z r uh sorry at hotmail dot com"],
            ["sure"],
        ),
    ],
)
def test_email_local_part_before_a_backchannel(analyzer, reply, hidden, kept):
    turns = [("agent", "and what's your email address?"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # a piece said in words across a backchannel, counted as said ("thirty eight" 2)
        (
            "and your social?",
            "zero four one yep two six thirty eight forty two",
            ["zero four one yep two six thirty eight forty two"],
            [],
        ),
        (
            "and your social?",
            "it's six double two okay fifty-one double three eight one",
            ["six double two okay fifty-one double three eight one"],
            [],
        ),
        (
            "and a callback number?",
            "so 512 yes 640 eighty one seventeen",
            ["512 yes 640 eighty one seventeen"],
            [],
        ),
        # an identifier's piece at the turn's edge
        (
            "and the account number?",
            "seven sixty two okay four thirty one nineteen",
            ["seven sixty two okay four thirty one nineteen"],
            [],
        ),
        (
            "and the member id?",
            "yeah it's q r t two forty-six yep five one",
            ["q r t two forty-six yep five one"],
            [],
        ),
        # negatives: an amount or a count after the identifier, not at the turn's end
        (
            "and the account number?",
            "it's 88123456 okay 45 dollars was the charge",
            ["88123456"],
            ["45 dollars was the charge"],
        ),
        (
            "and the account number?",
            "it's 88123456 yes and 2 more",
            ["88123456"],
            ["yes and 2 more"],
        ),
    ],
)
def test_piece_said_in_words_across_a_backchannel(analyzer, question, reply, hidden, kept):
    assert_masked(analyzer, [("agent", question), ("customer", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("question", "reply", "hidden", "kept"),
    [
        # "wait" or "sorry" after a hesitation sound still pauses inside one value
        (
            "and the phone number on the account?",
            "5131 0953 hmm wait oh six oh nine",
            ["5131 0953 hmm wait oh six oh nine"],
            [],
        ),
        (
            "and the card number?",
            "three seven eight eight nine uh wait two six zero",
            ["three seven eight eight nine uh wait two six zero"],
            [],
        ),
        ("can i get your social?", "487 6102 hmm sorry 72", ["487 6102 hmm sorry 72"], []),
        # a date with a pause between its pieces
        (
            "what's your date of birth?",
            "It's august hmm ninth nineteen seventy",
            ["august hmm ninth nineteen seventy"],
            ["It's"],
        ),
        (
            "and your date of birth?",
            "sure the twenty seventh of er let me see june nineteen sixty six",
            ["twenty seventh of er let me see june nineteen sixty six"],
            ["sure"],
        ),
        # negative: a duration after the pause is no piece of the number
        (
            "and the phone number on the account?",
            "it's 917 330 4462 uh wait two minutes",
            ["917 330 4462"],
            ["two minutes"],
        ),
    ],
)
def test_value_joined_across_a_hesitation_with_wait_or_sorry(
    analyzer, question, reply, hidden, kept
):
    assert_masked(analyzer, [("A", question), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # a word of a many-word domain left between the two pieces found
        (
            "sunita b at bee happy farm dot net no spaces",
            ["sunita b at bee", "farm dot net"],
            ["sunita b at bee happy farm dot net"],
        ),
        (
            "it's jo at green valley feed dot com",
            ["jo at green", "feed dot com"],
            ["jo at green valley feed dot com"],
        ),
        # negatives: two emails with talk between, a first piece that already has its dot
        (
            "tom at gmail and then farm dot net",
            ["tom at gmail", "farm dot net"],
            ["tom at gmail", "farm dot net"],
        ),
        (
            "tom at gmail dot com happy farm dot net",
            ["tom at gmail dot com", "farm dot net"],
            ["tom at gmail dot com", "farm dot net"],
        ),
    ],
)
def test_email_domain_joined_over_a_word_left_between(text, pieces, expected):
    from pipeline.schema import PiiEntity
    from recognizers.call_edges import join_pieces

    entities = [
        PiiEntity("EMAIL_ADDRESS", text.index(p), text.index(p) + len(p), 0.8, "t") for p in pieces
    ]
    assert [text[e.start : e.end] for e in join_pieces(text, entities)] == expected
