"""Where the answer to a typed question lies in a reply: ``answers.answer_spans``."""

from __future__ import annotations

import pytest

from recognizers import answers
from recognizers.answers import (
    BACKCHANNEL,
    _without_vocative_question,
    answer_spans,
    broken_value,
    digit_runs,
    piece_spans,
    recaps_piece,
    set_value_span,
)
from recognizers.call_analyzer import CallAnalyzer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import (
    covered,
    found_in_call,
    redacted_values,
    said,
    texts_in_turn,
    turn_redacted,
)

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
    assert [text[s:e] for s, e in answer_spans(entity, text)] == spans


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("october", ["october"]),
        ("uh the 14th, 1973", ["the 14th", "1973"]),
        ("the twenty second", ["the twenty second"]),
        ("nineteenth", ["nineteenth"]),
    ],
)
def test_a_birth_date_said_in_pieces(text, pieces):
    norm = normalize(text)
    got = [norm.text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", norm.text)]
    for piece in pieces:
        assert any(normalize(piece).text in g for g in got), (piece, got)


def test_may_i_is_no_month():
    assert answer_spans("DATE_OF_BIRTH", "may i ask why") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Um, QZRTKV I think.", "QZRTKV"),
        ("Yeah, it's KD7.", "KD7"),
        ("it's 9MR", "9MR"),
        ("It's 4HJX 318, Oregon plates.", "4HJX 318"),
    ],
)
def test_short_codes_answer_an_id_question(text, code):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert code in got


@pytest.mark.parametrize(
    "text", ["it's on the 2nd page", "I think it's OK", "around 10am", "the Rx BIN is 004336?"]
)
def test_ordinals_times_and_acronyms_are_no_code(text):
    got = [text[s:e] for s, e in answer_spans("ACCOUNT_ID", text)]
    assert not any(g in ("2nd", "OK", "10am", "BIN") for g in got)


def test_that_is_it_after_a_value_does_not_cancel_it():
    text = normalize("okay it's falcon nine nine that's it").text
    assert answer_spans("PASSWORD", text)


@pytest.mark.parametrize(
    ("entity", "text", "spans"),
    [
        # an address ends where the talk after it starts
        ("ADDRESS", "517 Quarry Lane, Dunmore, PA 18512. Did you get that?",
         ["517 Quarry Lane, Dunmore, PA 18512"]),
        ("ADDRESS", "2290 OAK HOLLOW DRIVE TULSA OK 74105 DID YOU GET THAT",
         ["2290 OAK HOLLOW DRIVE TULSA OK 74105"]),
        ("ADDRESS", "we moved, it's 61 Fenn Street, Apt 4, Troy, NY 12180 now.",
         ["61 Fenn Street, Apt 4, Troy, NY 12180"]),
        ("ADDRESS", "730 Birchwood Court unit 9, I sublet from my cousin",
         ["730 Birchwood Court unit 9"]),
        ("ADDRESS", "it says 14 Ferry Road at the bottom left of the page",
         ["14 Ferry Road"]),
        # a count, a year, a time, "one" for a thing: no house number
        ("ADDRESS", "NO I HAVEN'T BEEN THERE IN LIKE 4 YEARS", []),
        ("ADDRESS", "we paid off that 1 last spring", []),
        ("ADDRESS", "i moved out in 2019 after the flood", []),
        ("ADDRESS", "can you come at quarter to 3", []),
        ("ADDRESS", "in 2044 Lakeview Terrace", ["2044 Lakeview Terrace"]),
    ],
)  # fmt: skip
def test_address_answer_ends_at_the_value(entity, text, spans):
    got = [text[s:e] for s, e in answer_spans(entity, text)]
    assert max(got, key=len, default=None) == (spans[0] if spans else None)


@pytest.mark.parametrize(
    ("entity", "text", "absent"),
    [
        # an amount is no birth date; a contraction is no name
        ("DATE_OF_BIRTH", "Thanks, Ms. Ruiz. You're 3 months behind, $612.40 in all.", "612.40"),
        ("DATE_OF_BIRTH", "that comes to 118.75 with tax", "118.75"),
        ("PERSON", "Thanks, Ms. Ruiz. You're three months behind, $612.40 in all.", "You're"),
        ("PERSON", "Great. We'll get that fixed, Ms. Ruiz.", "We'll"),
    ],
)  # fmt: skip
def test_amounts_and_contractions_are_no_answer(entity, text, absent):
    got = [text[s:e] for s, e in answer_spans(entity, text)]
    assert not any(absent in g for g in got), got


@pytest.mark.parametrize(
    ("entity", "text", "spans"),
    [
        ("PHONE_NUMBER", "318, no wait, sorry, (618) 402-7731, that's my cell.",
         ["(618) 402-7731", "318"]),
        ("US_SSN", "IT'S 551... ACTUALLY NO, 515-42-8806", ["515-42-8806", "551"]),
        ("ACCOUNT_ID", "sure, 92... actually no, 83 1177 2045", ["83 1177 2045", "92"]),
        ("PHONE_NUMBER", "you can get me at 771... oops, 717.204.9938.", ["717.204.9938", "771"]),
        # near misses: a count or a time before a correction is no piece of the value
        ("PHONE_NUMBER", "i waited 40 minutes, no, 312 555 0147", ["312 555 0147"]),
        ("PHONE_NUMBER", "at 3:15 no wait 312 555 0147", ["312 555 0147"]),
    ],
)  # fmt: skip
def test_a_wrong_start_before_a_correction_is_a_piece(entity, text, spans):
    assert [text[s:e] for s, e in answer_spans(entity, text)] == spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok the new one, i want it to be harbor lights 2031", "harbor lights 2031"),
        ("make it copper kettle", "copper kettle"),
        ("the new password is velvet moon", "velvet moon"),
        ("i want it to be easier to remember", None),
        ("i want it to be delivered tomorrow", None),
        ("change it to my cell", None),
        # when or how to set it is no value
        ("you'll need to change it within about 20 minutes.", None),
        ("please set it yourself on the app", None),
        ("change it after you sign in", None),
        ("can i just set it to cobalt heron 41", "cobalt heron 41"),
    ],
)
def test_set_value_span(text, value):
    span = set_value_span(text)
    assert (text[span[0] : span[1]] if span else None) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("that'd be 4/27 1969", "4/27 1969"),
        ("11.03.58", "11.03.58"),
        ("06211974", "06211974"),
        ("it's 2 9 83", "2 9 83"),
    ],
)
def test_birth_dates_with_mixed_separators_stay_dates(text, value):
    assert value in [text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a value said, taken back, then the right one: both are answers
        (
            "oh um rusty no wait it was captain fluffy sorry rusty was our other dog",
            ["rusty", "captain fluffy"],
        ),
        (
            "hmm juniper lane actually no it was birch road i think we moved",
            ["juniper lane", "birch road"],
        ),
        # the value first, after the opening sounds, then other talk
        ("oh okay maplewood the reason i called though is my bill went up", ["maplewood"]),
        ("ha um sparky and by the way he lived to be nineteen", ["sparky"]),
    ],
)
def test_a_free_text_value_said_first_in_a_long_reply(text, values):
    spans = answer_spans("SECURITY_ANSWER", text)
    for value in values:
        assert any(text[s:e] == value for s, e in spans), (value, [text[s:e] for s, e in spans])


@pytest.mark.parametrize(
    "text",
    [
        "yeah sure go ahead and ask me the question",
        "um honestly i have no clue what i put for that",
        "oh wow that is going back a long way",
        "okay so the thing is i never set one up",
        "uh can i ask why you need that today",
        "oh no wait i think my wife set that up",
    ],
)
def test_talk_at_the_start_of_a_long_reply_is_no_value(text):
    assert answers._opening_value(text) is None
    assert answers._retracted_value(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # how the value is typed, said after it, is no part of it
        ("um, Lantern482!, no spaces.", "Lantern482!"),
        ("okay it's HARBOR77$, ALL ONE WORD.", "HARBOR77$"),
        ("sure copper kettle nine, all lowercase", "copper kettle 9"),
        ("falcon12 one word", "falcon12"),
    ],
)
def test_a_typing_remark_after_a_password_is_no_part_of_it(text, value):
    norm = normalize(text).text
    assert [norm[s:e] for s, e in answer_spans("PASSWORD", norm)] == [value]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # day first with a two-digit year, whole
        ("Uh, 27/11/59.", "27/11/59"),
        ("14/03/71", "14/03/71"),
        # the day, then the month as an ordinal, as British callers say it
        ("twenty first of the third seventy nine", "21st of the third 79"),
        ("the 9th of the 11th, 1974", "the 9th of the 11th, 1974"),
        ("second of the twelfth sixty six", "second of the twelfth 66"),
    ],
)
def test_day_first_birth_dates_are_whole(text, span):
    norm = normalize(text).text
    assert span in [norm[s:e] for s, e in answer_spans("DATE_OF_BIRTH", norm)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("um is it fairhaven? or maybe fairhaven road.", ["fairhaven", "fairhaven road"]),
        ("I THINK IT'S BISCUIT, OR PERHAPS BISCUITS", ["BISCUIT", "BISCUITS"]),
    ],
)
def test_a_second_guess_is_an_answer_too(text, values):
    got = [text[s:e] for s, e in answer_spans("SECURITY_ANSWER", text)]
    for value in values:
        assert value in got, got


def test_a_check_lead_is_no_part_of_a_read_back_value():
    text = "just to confirm, tortellini"
    assert [text[s:e] for s, e in answer_spans("PASSWORD", text)] == ["tortellini"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I'm boarding BA2291 in a minute, sorry it's loud", "2291"),
        ("it's a 2016 honda civic", "2016"),
        ("i phoned the branch first and they sent me over here", "first"),
    ],
)
def test_codes_car_years_and_bare_ordinals_are_no_birth_date(text, absent):
    norm = normalize(text).text
    got = [norm[s:e] for s, e in answer_spans("DATE_OF_BIRTH", norm)]
    assert not any(absent in g for g in got), got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("that would be her dad's name okonkwo", "okonkwo"),
        ("i tried 4471 but it says it's incorrect", None),
    ],
)
def test_whose_name_and_talk_about_the_value_are_no_free_text_answer(text, value):
    got = [text[s:e] for s, e in answer_spans("SECURITY_ANSWER", text)]
    if value:
        assert got == [value]
    assert not any(g.endswith(("incorrect", "name")) for g in got), got


@pytest.mark.parametrize(
    ("entity", "text", "values"),
    [
        ("PIN", "third is 5 and fifth is 1", ["5", "1"]),
        ("PIN", "first one's 8, last digit 0", ["8", "0"]),
        ("PIN", "the second is 4", ["4"]),
        ("PIN", "hold on one second", []),
        ("PIN", "first time i called was at 2", []),
        ("SECURITY_ANSWER", "oh god um patch no wait it was mrs patch", ["patch", "mrs patch"]),
        ("SECURITY_ANSWER", "blimey um hollybank", ["hollybank"]),
        # a wrong guess after the question's subject, then taken back
        (
            "SECURITY_ANSWER",
            "oh whose mother his mother is okafor no wait that's wrong",
            ["okafor"],
        ),
        ("SECURITY_ANSWER", "oh my first dog was rex no wait it was biscuit", ["rex"]),
        ("SECURITY_ANSWER", "oh her name was hendricks no sorry it was mrs lopez", ["hendricks"]),
        ("PASSWORD", "it was Tulip, no, that's the old one, Meadowlark.", ["Meadowlark"]),
        (
            "PASSWORD",
            "cobalt, sorry that was my old password, the new one is river fox",
            ["river fox"],
        ),
        ("DATE_OF_BIRTH", "so first is Maya, 4th of June 2016", ["4th of June 2016"]),
        ("DATE_OF_BIRTH", "the second one is Leo, 2nd of August 2014", ["2nd of August 2014"]),
    ],
)
def test_digits_by_place_second_guesses_and_counting_ordinals(entity, text, values):
    norm = normalize(text).text
    got = [norm[a:b] for a, b in answer_spans(entity, norm)]
    assert [v for v in values if v not in got] == []
    if entity in ("PIN", "DATE_OF_BIRTH"):
        assert len(got) == len(values)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sure, 06, uh, 28.", ["06, uh, 28"]),
        ("Yep. 10, UM, 32. Thanks.", ["10, UM, 32"]),
        ("yeah it's oh four... er... twenty seven", ["04... er... 27"]),
        ("11 hmm 2030", ["11 hmm 2030"]),
        ("hang on, um, let me find it", []),
        ("it's 14, uh, something", []),
    ],
)
def test_an_expiry_with_a_hesitation_between_month_and_year(text, spans):
    norm = normalize(text).text
    assert [norm[s:e] for s, e in answer_spans("CARD_EXPIRY", norm)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("the 2nd of october 1963 no sorry 64", ["the 2nd of october 1963", "64"]),
        ("5/14/1982, i mean 1983", ["5/14/1982", "1983"]),
        ("april 9th 1971 wait no, 72", ["april 9th 1971", "72"]),
        ("june 2nd 1980, no sorry, 20 years ago", ["june 2nd 1980"]),
        ("july 7th 1990 sorry 3 minutes", ["july 7th 1990"]),
    ],
)
def test_a_birth_year_corrected_after_the_date_is_covered(text, spans):
    assert {text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", text)} == set(spans)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("yep it's 09/27", ["09/27"]),
        ("uh 6/3, i don't remember the year", ["6/3"]),
        ("it's 11/30 yeah", ["11/30"]),
        ("about 3/4 of my kids were born there", []),
        ("the score was 2-1 hang on", []),
        ("it was 2/3 of the way", []),
    ],
)
def test_a_birth_date_given_as_month_and_day_only(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", text)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("oh gosh um it'll be pickles she was a hamster", ["pickles"]),
        ("hmm that'll be ridgemont he taught there for years", ["ridgemont"]),
        ("well it will be Marigold they named the street after her", ["Marigold"]),
        ("um it'll be the one i gave before i think, not sure", []),
    ],
)
def test_a_security_answer_led_by_a_future_form(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in answer_spans("SECURITY_ANSWER", text)] == spans


@pytest.mark.parametrize(
    ("entity", "text", "spans"),
    [
        # a piece put in its place at the end of the value
        ("ABA_ROUTING_NUMBER", "it's 021000089, sorry, 298 at the end", ["021000089", "298"]),
        ("ACCOUNT_ID", "no no 6 for the last part", ["6"]),
        ("ACCOUNT_ID", "WTX44190, NO SORRY, 441 ON THE END.", ["WTX44190", "441"]),
        ("PIN", "i paid 40 at the end of the month", []),
        # a value taken back and said again
        ("ACCOUNT_ID", "that'd be HJK 772, sorry, HJK 727", ["HJK 772", "HJK 727"]),
        ("CVV", "883, no wait, 838", ["883", "838"]),
        ("ACCOUNT_ID", "58812 sorry about that, 2 of them", ["58812"]),
        # a first guess at a password, taken back
        ("PASSWORD", "oh gosh, is it seagull14, no wait, it's Seagull2019",
         ["seagull14", "Seagull2019"]),
        # a reply that is only the area code, a two-digit year, a date in another language
        ("PHONE_NUMBER", "yeah, 917", ["917"]),
        ("PHONE_NUMBER", "about 300 people", []),
        ("DATE_OF_BIRTH", "uh, 74", ["74"]),
        ("DATE_OF_BIRTH", "9 mars 1981, sorry, march 9th", ["9 mars 1981"]),
        ("DATE_OF_BIRTH", "it was 12 years 1999", ["1999"]),
    ],
)  # fmt: skip
def test_corrected_and_partial_answers(entity: str, text: str, spans: list[str]) -> None:
    got = [text[s:e] for s, e in answer_spans(entity, text)]
    assert all(span in got for span in spans), got
    if not spans:
        assert got == [], got


@pytest.mark.parametrize(
    ("entity", "text", "spans"),
    [
        ("US_SSN", "it's 613-42-7750 wait no, 58 is the last part", ["613-42-7750", "58"]),
        ("PIN", "it's 3914 sorry no 27 is the last part", ["3914", "27"]),
        ("PIN", "7720, no, 15 are the last two", ["7720", "15"]),
        ("ACCOUNT_ID", "it's 448210 wait 93 was the final bit", ["448210", "93"]),
    ],
)
def test_a_piece_said_to_be_the_last_part_after_the_value(entity, text, spans):
    assert [text[s:e] for s, e in answer_spans(entity, text)] == spans


@pytest.mark.parametrize(
    ("entity", "text", "spans"),
    [
        ("PIN", "let me read that back 4,117 right", ["4,117"]),
        ("PIN", "let me check, 2 is the last one", []),
        ("US_SSN", "let me see, room 12 is the first one on the left", []),
    ],
)
def test_thousands_read_back_and_places_that_are_no_piece(entity, text, spans):
    assert [text[s:e] for s, e in answer_spans(entity, text)] == spans


@pytest.mark.parametrize(
    ("reply", "values"),
    [
        ("Pickles. My daughter picked it years ago.", ["Pickles"]),
        ("Oh wait, I think I put Dr. Waffles. My wife set it up.", ["Dr. Waffles"]),
        ("Mt. Rainier. Or maybe I used just Rainier.", ["Mt. Rainier", "Rainier"]),
        ("Yes. I can do that for you now.", []),
        ("Hang on. Let me get my glasses.", []),
        ("I forgot. Can you send a reset link?", []),
    ],
)
def test_short_first_sentence_of_a_long_reply_is_the_free_text_value(reply, values):
    spans = answer_spans("SECURITY_ANSWER", reply)
    assert [reply[s:e] for s, e in spans] == values


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("it says QZ4-OTTER-91", "QZ4-OTTER-91"),
        ("It reads harbor lamp", "harbor lamp"),
    ],
)
def test_value_read_off_a_text_drops_the_it_says_lead(reply, value):
    spans = answer_spans("PASSWORD", reply)
    assert [reply[s:e] for s, e in spans] == [value]


@pytest.mark.parametrize(
    ("turn", "values"),
    [
        ("Ms. Pickles is correct. I'm resetting it for you now.", ["Ms. Pickles"]),
        ("Everything is correct. I'm resetting it for you now.", []),
    ],
)
def test_free_text_value_said_back_as_correct(turn, values):
    spans = answer_spans("SECURITY_ANSWER", turn)
    assert [turn[s:e] for s, e in spans] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pause inside a date of birth is part of the one date
        ("it's june 7th hold on 1996", ["june 7th hold on 1996"]),
        ("October um 12, 1961.", ["October um 12, 1961"]),
        ("um 04 uh what is it 1177", ["04 uh what is it 1177"]),
        ("february 2nd 19 hang on 83", ["february 2nd 19 hang on 83"]),
        # a time of day or a count with a pause is no date
        ("it is 11 uh 45 in the morning", []),
        ("I have 3 um 2 accounts", []),
    ],
)
def test_a_date_of_birth_with_a_pause_inside_is_one_span(text, expected):
    assert [text[s:e] for s, e in answer_spans("DATE_OF_BIRTH", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new password said with how its letters are typed
        ("I was thinking uppercase k kestrel 6120.", ["uppercase k kestrel 6120"]),
        ("it's capital p apaya capital s un 7782", ["capital p apaya capital s un 7782"]),
        ("okay so lowercase d olphin 35 hash i think", ["lowercase d olphin 35 hash"]),
    ],
)
def test_a_password_said_with_its_letter_cases(text, expected):
    assert [text[s:e] for s, e in answer_spans("PASSWORD", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a keypad's code with the key pressed, before or after it
        ("yeah it's hash 5 5 0 8", ["hash 5 5 0 8"]),
        ("it's 3 1 4 star", ["3 1 4 star"]),
        ("6620 then the pound key", ["6620"]),
        ("hash 6620 then the pound key", ["hash 6620"]),
        # a sum in pounds has no key word
        ("it cost me 250 pounds", []),
    ],
)
def test_a_home_code_keeps_its_keypad_key(text, expected):
    assert [text[s:e] for s, e in answer_spans("PIN", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("surname Okonjo first name Adaeze", ["Okonjo", "Adaeze"]),
        ("my last name is Vasquez", ["Vasquez"]),
    ],
)
def test_a_name_part_label_is_no_name(text, expected):
    assert sorted({text[s:e] for s, e in answer_spans("PERSON", text)}) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el 9 de junio del 83", "9 de junio del 83"),
        ("7 de octubre del 2011, sorry, october 7th 2011", "7 de octubre del 2011"),
        ("el 30 de agosto de 1961", "30 de agosto de 1961"),
    ],
)
def test_a_spanish_birth_date_keeps_its_year_after_de_or_del(text, value):
    spans = answer_spans("DATE_OF_BIRTH", text)
    assert value in [text[a:b] for a, b in spans]


# --- a value set for a new password: where it ends, what is offered -----------------------


def test_set_value_ends_before_trailing_talk() -> None:
    text = "oh okay i was going to make it garden gnome 9 anyway"
    start, end = set_value_span(text)
    assert text[start:end] == "garden gnome 9"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("can i use marble at 3381", "marble at 3381"),
        ("could i just use my old one harbor lights 47", "harbor lights 47"),
        ("can i use copper fox 72 question mark okay?", "copper fox 72 question mark"),
    ],
)
def test_value_offered_for_a_new_password(line, value) -> None:
    span = set_value_span(line)
    assert span is not None and line[span[0] : span[1]] == value


@pytest.mark.parametrize(
    "line",
    ["can i use my card ending 4417", "can i use 2 cards", "can i use apple pay", "can i keep it"],
)
def test_other_things_used_are_no_password(line) -> None:
    assert set_value_span(line) is None


# ---- round 52-54 fixes: a counting ordinal is no birth day


@pytest.mark.parametrize(
    "text", ["and the first part of your postcode", "the second time i called", "the 3rd floor"]
)
def test_counting_ordinal_is_no_birth_day(text):
    assert answers.answer_spans("DATE_OF_BIRTH", text) == []


def test_day_alone_still_a_birth_day():
    assert answers.answer_spans("DATE_OF_BIRTH", "the fifth") == [(0, 9)]


# ---- round 52-54 fixes: email pieces, password thanks, house numbers, digit counts, towns


@pytest.mark.parametrize(
    "reply", ["it's a secret", "yes i think so", "it's the same one", "a new one please"]
)
def test_no_email_piece_in_other_replies(reply):
    assert answers._INITIAL_HANDLE.match(reply) is None
    assert answers._EMAIL_GOES_ON.match(reply) is None


@pytest.mark.parametrize("reply", ["okay i got it thank you sir", "understood, thanks", "got it"])
def test_a_thanks_after_password_rules_is_no_password(reply):
    assert answers.answer_spans("PASSWORD", reply) == []


@pytest.mark.parametrize(
    "reply",
    [
        "It is. The cleaning is $90 and the x-ray is $40.",
        "apartment, about 900 square feet",
        "It was $250 to Quetzaltenango.",
    ],
)
def test_amounts_and_measures_are_no_house_number(reply):
    assert answers.answer_spans("ADDRESS", reply) == []


def test_a_house_number_stays():
    assert answers.answer_spans("ADDRESS", "48 Market Square, Leeds")


def test_a_count_of_digits_is_no_digit_run():
    assert answers.digit_runs("4 2. That's it, 12 digits.") == [(0, 3, "42")]


@pytest.mark.parametrize(
    ("reply", "town"),
    [
        ("He lives in Cork.", "Cork"),
        ("porto near the center", "porto"),
        ("Bruges, near the centre.", "Bruges"),
    ],
)
def test_the_town_without_the_words_around_it(reply, town):
    spans = answers.answer_spans("CITY", reply)
    assert any(reply[s:e] == town for s, e in spans), spans
    assert not any(len(reply[s:e]) > len(town) + 2 for s, e in spans), spans


@pytest.mark.parametrize(
    ("reply", "town"),
    [
        ("home in west helenberg", "west helenberg"),
        ("at home in north fallbrook", "north fallbrook"),
        ("I'm at work in Port Avenley.", "Port Avenley"),
        ("granby in the north", "granby"),
    ],
)
def test_where_the_caller_is_dropped_before_the_town(reply, town):
    spans = answers.answer_spans("CITY", reply)
    assert [reply[s:e] for s, e in spans] == [town], spans


@pytest.mark.parametrize(
    "reply",
    ["v as in victor yes", "r as in robert yeah", "b as in boy correct", "V right", "t yep"],
)
def test_a_letter_confirmed_is_no_email_piece(reply):
    assert answers._INITIAL_HANDLE.match(normalize(reply).text) is None


# ---- round 56-59 fixes: "Mm-hm" is a backchannel, ellipses, "March, 2031", waits and confirmations


@pytest.mark.parametrize("text", ["Mm-hm, and?", "Mm-hm.", "mhmm", "m-hm", "Mmm-hmm, next?"])
def test_mm_hm_is_a_backchannel(text: str) -> None:
    assert BACKCHANNEL.match(text)


def test_ellipsis_is_no_decimal_point() -> None:
    assert [d for _, _, d in digit_runs("...318...")] == ["318"]
    assert [d for _, _, d in digit_runs("it was .75 of it")] == []
    assert [d for _, _, d in digit_runs("a.5")] == []


@pytest.mark.parametrize("reply", ["March, 2031", "Nov, 28", "it's June, 2030."])
def test_month_comma_year_answers_an_expiry(reply: str) -> None:
    assert answer_spans("CARD_EXPIRY", reply)


@pytest.mark.parametrize("reply", ["Sorry, one sec.", "uh, 1 sec", "one minute please"])
def test_a_wait_is_no_security_answer(reply: str) -> None:
    assert answer_spans("SECURITY_ANSWER", reply) == []


@pytest.mark.parametrize("reply", ["yes thats the one", "yeah, that's it.", "that's right"])
def test_a_confirmation_is_no_security_answer(reply: str) -> None:
    assert answer_spans("SECURITY_ANSWER", reply) == []


# ---- cycles 58-59 (rounds 62-64): a security answer taken back, a charge's date, the
# answer after its frame, an action done


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "oh gosh uh a honda civic no wait a toyota corolla",
            ["a honda civic", "a toyota corolla"],
        ),
        ("um a chevy malibu no sorry a buick regal", ["a chevy malibu", "a buick regal"]),
        ("hmm biscuit no wait i mean it was captain whiskers", ["biscuit", "captain whiskers"]),
    ],
)
def test_security_answer_taken_back(text, values):
    found = [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)]
    for value in values:
        assert value in found, found


def test_retraction_with_talk_gives_no_second_value():
    text = "um lincoln elementary no wait that was my sister"
    found = [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)]
    assert found == ["lincoln elementary"]


def test_charge_date_alone_is_no_birth_date():
    text = "$88.10 on november 2nd"
    assert answer_spans("DATE_OF_BIRTH", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mothers maiden name right its kowalski", "kowalski"),
        ("first pet? that's rufus", "rufus"),
        ("okay let me read that back, tamarind", "tamarind"),
    ],
)
def test_answer_after_its_frame(text, value):
    spans = answer_spans("SECURITY_ANSWER", text)
    assert [text[s:e] for s, e in spans] == [value]


@pytest.mark.parametrize(
    "reply", ["okay doing it", "just reset it", "changing it now", "on it", "ok sending it"]
)
def test_doing_it_is_no_password(reply):
    assert answer_spans("PASSWORD", reply) == []


def _said(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def test_told_new_password_spelled_or_one_word() -> None:
    text = "can i just tell you the new 1 it's CEDAR57"
    assert _said(text, set_value_span(text)) == "CEDAR57"
    text = "sure it's green falcon 63 all 1 word capital g"
    assert _said(text, set_value_span(text)) == "green falcon 63"
    assert set_value_span("it's two hours all one word") is None
    assert set_value_span("can i just tell you the new one it's fine") is None


def test_weekday_opening_birth_date() -> None:
    text = "Friday the 3rd, March 3rd."
    spans = answer_spans("DATE_OF_BIRTH", text)
    assert any(text[s:e].startswith("Friday the 3rd") for s, e in spans)
    text = "i can come in on monday the 14th at 3"
    assert not answer_spans("DATE_OF_BIRTH", text)


def test_price_is_no_expiry() -> None:
    text = "09/28, and the last charge I made was $925.40."
    assert [text[s:e] for s, e in answer_spans("CARD_EXPIRY", text)] == ["09/28"]
    assert answer_spans("CARD_EXPIRY", "928")


def test_paper_read_off_is_no_part_of_the_code(analyzer: CallAnalyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: you can order as long as you have the access code",
        "C: i have the little card it says p seven three x two one",
    )[1]
    assert values and all(v.startswith("p seven") for v in values), values


def _values(entity: str, text: str) -> list[str]:
    return [text[a:b] for a, b in answer_spans(entity, text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Can I just use pelican_42?", "pelican_42"),
        ("so could we go with Harbor 9?", "Harbor 9"),
        ("um, should I use Quartz&77?", "Quartz&77"),
    ],
)
def test_offered_value_is_the_value_alone(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Should I call my bank?",
        "do I need to log out first?",
        "can I use my dog's name?",
        "could I just do it on the website?",
        "there you go",
        "here you go.",
    ],
)
def test_question_back_or_handover_is_no_answer(text: str) -> None:
    assert _values("PASSWORD", text) == []
    assert _values("SECURITY_ANSWER", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Uh, honey, what did we put? ... He says it's lantern61.", "lantern61"),
        ("Hon, which one was it? She says Tupelo.", "Tupelo"),
    ],
)
def test_name_called_in_the_room_is_not_the_value(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


def test_tag_question_keeps_the_value() -> None:
    assert _values("PASSWORD", "Buttercup, right?") == ["Buttercup"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i changed it to juniper204", "juniper204"),
        ("oh we set it to Copper Kettle 5", "Copper Kettle 5"),
    ],
)
def test_changed_to_gives_the_value(text: str, value: str) -> None:
    assert _values("PASSWORD", text) == [value]


def test_changed_to_something_is_no_value() -> None:
    assert _values("PASSWORD", "i changed it to something else") == []


@pytest.mark.parametrize("text", ["this is he", "yeah that's me", "uh-huh, yes", "she"])
def test_pronoun_or_filler_is_no_town(text: str) -> None:
    assert _values("CITY", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "fax it to 317-555-0148 attention brother james",
        "the card ending in 4420",
        "it should take 2 to 3 business days",
        "anyone 16 or older can sign",
        "call 800 555 0100 extension 3318",
    ],
)
def test_counts_phones_and_last_digits_are_no_house_number(text: str) -> None:
    assert not any(v[0].isdigit() for v in _values("ADDRESS", text))


@pytest.mark.parametrize("text", ["it's 2210 birch hollow road", "send it to 84 quarry lane apt 2"])
def test_house_numbers_still_taken(text: str) -> None:
    assert _values("ADDRESS", text)


def test_plan_group_and_model_numbers_are_not_the_persons(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Member ID?",
        "C: She's reading the card: member 552018734, group K4471.",
        "A: and the serial number on the unit?",
        "C: AirSense, model RX210B4, serial 22PQ81773.",
    )
    assert any("552018734" in v for v in turns[1])
    assert not any("K4471" in v for v in turns[1])
    assert not any("RX210B4" in v for v in turns[3])
    assert any("22PQ81773" in v for v in turns[3])


def test_area_code_after_apology(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "C: my number is five five five two two oh one three six",
        "A: and the area code",
        "C: oh sorry, three one seven",
    )
    assert any("three one seven" in v for v in turns[2])


def test_licence_letter_i_before_digits(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: driver's license number?",
        "C: it's i seven seven two oh one nine four",
    )
    assert any(v.startswith("i ") for v in turns[1])


def test_pronoun_i_before_digits_stays_visible() -> None:
    assert all(not v.startswith("i") for v in _values("ACCOUNT_ID", "it's, i think 44120993"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("did we set it as lantern6?", "lantern6"),
        ("do I type Otter_12?", "Otter_12"),
    ],
)
def test_question_naming_a_value_keeps_it(text: str, value: str) -> None:
    """A question back that still says the value is no refusal (review of cycle 66)."""
    assert any(value in v for v in _values("PASSWORD", text))


def test_name_before_a_question_may_be_the_answer() -> None:
    """Only an endearment or a kin word is said to someone in the room; a word before a
    question may be the answer itself (review of cycle 66)."""
    assert _without_vocative_question("Tinsel, did you get that? yes").startswith("Tinsel")
    assert _without_vocative_question("Babe, did you get that? yes").strip() == "yes"


def test_whatever_you_set_up_is_no_password(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "C: what's my password for the portal",
        "A: it would be whatever you chose i can reset it",
    )
    assert values[1] == []


def test_password_told_back_still_redacted(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: what would you like the new password to be",
        "C: it would be quokka 5530",
    )
    assert any("quokka 5530" in v for v in values[1])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It's my favorite teacher. Mr. Abernathy.", "Mr. Abernathy"),
        ("my first pet: Noodle", "Noodle"),
        ("it's my childhood best friend - Tamsin Greer", "Tamsin Greer"),
    ],
)
def test_restated_question_is_left_out(text: str, value: str) -> None:
    assert _values("SECURITY_ANSWER", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # no value after the restated question: the words stay the answer
        "my favorite teacher",
        # a hedge after it, not a value
        "It's my first dog. I think",
    ],
)
def test_restated_question_without_value_keeps_the_words(text: str) -> None:
    assert _values("SECURITY_ANSWER", text) != []


def test_day_after_month_is_no_house_number(analyzer) -> None:
    masked = covered(
        analyzer,
        said(
            "A: and your current address?",
            "C: 31 Tern Road Ashby, OH 43017, but I'm at my cousin's until the May 9th, "
            "her place is 5 Cove Lane Dunmore, PA 18512",
            "A: and the mailing address",
            "C: sixty one hawk road, but i'm at my mom's until the october twenty second",
        ),
    )
    assert "May 9th" in masked[1]
    assert "5 Cove Lane" not in masked[1]
    assert "october twenty second" in masked[3]
    assert "sixty one" not in masked[3]


@pytest.mark.parametrize(
    "turn", ["C: 8 June Street", "C: it's 14 april lane", "C: 22 March Avenue apartment 3"]
)
def test_month_named_street_keeps_house_number(analyzer, turn: str) -> None:
    masked = covered(analyzer, said("A: what's the address?", turn))
    assert not any(c.isdigit() for c in masked[1])


def test_state_before_licence_is_no_id(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: Did you get the other driver's license number?",
        "C: yeah it's an OR license, R4471920",
    )
    assert values[1] == ["R4471920"] or "OR" not in values[1]
    assert any("R4471920" in v for v in values[1])


def test_state_letters_that_are_the_id_stay_redacted(analyzer) -> None:
    values = redacted_values(analyzer, "A: and your member id?", "C: it's TX 88213 4")
    assert any("88213" in v for v in values[1])


def test_agency_acronym_after_id_is_no_id(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: What's the inspection report number?",
        "C: It's RX-2023-55817. The level was 7.1.",
        "A: Okay, that's over the FDA limit. Do you want a retest?",
    )
    assert values[2] == []


@pytest.mark.parametrize(
    "turns",
    [
        ("A: the one ending four four seven two", "C: yeah that one", "A: done that's "
         "three sixty one total"),
        ("A: which one, the visa?", "C: the one ending eight one oh six"),
    ],
)  # fmt: skip
def test_pronoun_one_and_total_are_no_digits(analyzer, turns: tuple[str, ...]) -> None:
    values = redacted_values(analyzer, "A: what card would you like to use", *turns)
    flat = [v for turn in values for v in turn]
    assert "one" not in flat
    assert not any("sixty one" in v for v in flat)


def test_digits_read_with_one_stay_redacted(analyzer) -> None:
    masked = covered(
        analyzer,
        said(
            "A: what's the card number",
            "C: four one one two",
            "C: three one one five",
            "C: and the last one is one one nine two",
        ),
    )
    assert masked[1] == "#" * len("four one one two")
    assert "one one nine two" not in masked[3]


def test_licence_letter_a_before_long_number(analyzer) -> None:
    masked = covered(
        analyzer,
        said("A: license number", "C: a seven one four oh two nine eight eight three one"),
    )
    assert masked[1] == "#" * len(masked[1])


def test_article_before_short_number_stays(analyzer) -> None:
    masked = covered(analyzer, said("A: license number", "C: a 2019 one, it's D5512093"))
    assert masked[1].startswith("a 2019")


def test_shrug_after_a_spelled_name_keeps_it(analyzer) -> None:
    """ "but whatever" after the value is no refusal (review of cycle 67)."""
    values = redacted_values(
        analyzer,
        "A: Can you spell the last name?",
        "C: K-O-W-A-L-C-Z-Y-K. There's an accent somewhere but whatever.",
    )[1]
    assert any("K-O-W-A-L-C-Z-Y-K" in v for v in values)


# ---- cycle 68 (round 78): a value read over a bad line and broken by a noise tag
# ("[inaudible]", "(static)"), an ellipsis or a dash cut keeps its pieces on both sides
# redacted; amounts, times and talk around a tag stay readable. Values are invented.


@pytest.mark.parametrize(
    ("entity", "text", "pieces"),
    [
        ("DATE_OF_BIRTH", "um, 07 [inaudible] 983", ["07", "983"]),
        ("DATE_OF_BIRTH", "it's 05/ ... /1977", ["05", "1977"]),
        ("DATE_OF_BIRTH", "yeah. 12/03/-- ", ["12/03"]),
        ("DATE_OF_BIRTH", "it's 4/9 (static) 962.", ["4/9", "962"]),
        ("DATE_OF_BIRTH", "it's 197 [inaudible] -11-04.", ["197", "11-04"]),
        ("DATE_OF_BIRTH", "the 3rd of march nin [inaudible]", ["the 3rd of march nin"]),
        ("CARD_EXPIRY", "sure, 09 [inaudible] 7.", ["09", "7"]),
        ("CARD_EXPIRY", "uh yeah. octo [inaudible] 8.", ["octo", "8"]),
        ("CARD_EXPIRY", "it's 10/ (INAUDIBLE) 6", ["10", "6"]),
        ("CVV", "okay so 4 ... 1", ["4", "1"]),
        ("PHONE_NUMBER", "612 (inaudible) 3381.", ["612", "3381"]),
        ("ACCOUNT_ID", "yeah, it's 530 (inaudible) 27.", ["530", "27"]),
        ("ACCOUNT_ID", "J44 [inaudible] 801", ["J44", "801"]),
        ("IP_ADDRESS", "okay so 81.14.2 [inaudible]", ["81.14.2"]),
        ("IP_ADDRESS", "sure, 66.31.90-- ", ["66.31.90"]),
        (
            "EMAIL_ADDRESS",
            "sure tnguyen at yahoo [inaudible] com",
            ["tnguyen at yahoo", "com"],
        ),
        ("EMAIL_ADDRESS", "um, rbell@ (inaudible) net", ["rbell", "net"]),
        ("EMAIL_ADDRESS", "okay so hwalsh at ... dot com", ["hwalsh at", "dot com"]),
        ("EMAIL_ADDRESS", "it's o.lane@hotm-- ", ["o.lane@hotm"]),
    ],
)
def test_value_broken_by_bad_line_keeps_pieces(entity: str, text: str, pieces: list[str]) -> None:
    assert _values(entity, text) == pieces


@pytest.mark.parametrize(
    ("entity", "text"),
    [
        ("DATE_OF_BIRTH", "it's $40 [inaudible] a month"),
        ("DATE_OF_BIRTH", "I don't [inaudible] know"),
        ("DATE_OF_BIRTH", "at 3:30 [inaudible] tomorrow"),
        ("CARD_EXPIRY", "hang on ... let me get the card"),
        ("CARD_EXPIRY", "it's in my wallet [inaudible]"),
        ("CVV", "one sec ... i'm looking"),
        ("PHONE_NUMBER", "about 20 minutes [inaudible] ago"),
        ("ACCOUNT_ID", "I have 2 [inaudible] accounts"),
        ("EMAIL_ADDRESS", "not sure [inaudible]"),
        ("EMAIL_ADDRESS", "let me think ... hmm"),
        ("IP_ADDRESS", "no idea [inaudible] sorry"),
    ],
)
def test_talk_around_noise_tag_stays(entity: str, text: str) -> None:
    assert broken_value(entity, text) == []


def test_value_without_break_is_left_to_other_rules() -> None:
    assert broken_value("DATE_OF_BIRTH", "it's 04/11/1982") == []


def test_broken_birth_date_redacted_in_call(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: Can I get your date of birth?",
        "C: Um, 06 [inaudible] 971",
        "A: And the email on the account?",
        "C: sure dpatel at gmail [inaudible] com",
    )
    assert values[1] == ["06", "971"]
    assert "com" in values[3]
    assert any("dpatel" in v for v in values[3])


def test_amount_around_tag_stays_in_call(analyzer) -> None:
    values = redacted_values(
        analyzer,
        "A: What was the charge you saw?",
        "C: it's $40 [inaudible] a month",
    )
    assert values[1] == []


# --- apologies, exclamations and pets in answers ("oh sorry dear", "a dog named biscuit") ---


def test_sorry_dear_is_no_password():
    assert answer_spans("PASSWORD", "oh sorry dear") == []
    assert answer_spans("PASSWORD", "sorry hon!") == []


def test_sorry_then_value_kept():
    text = "sorry, lantern 58"
    assert [text[a:b] for a, b in answer_spans("PASSWORD", text)] == ["lantern 58"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("oh goodness it was a dog named biscuit", "biscuit"),
        ("it was a little cat called Mittens", "Mittens"),
        ("our hamster named peanut", "peanut"),
    ],
)
def test_pet_name_only(text, name):
    got = [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)]
    assert got == [name]


def test_breed_alone_stays_the_answer():
    text = "a beagle"
    assert answer_spans("SECURITY_ANSWER", text) != []


def test_exclamation_is_no_name():
    text = "oh golly, Waverly Chen"
    got = [text[a:b] for a, b in answer_spans("PERSON", text)]
    assert "golly" not in " ".join(got)
    assert any("Waverly" in g for g in got)


# --- a written email in reply to an email question ----------------------------------------


def test_written_role_mailbox_answer(analyzer):
    found = found_in_call(
        analyzer,
        [("agent", "Great. Billing email?"), ("customer", "admin@kestrelmotors.net.")],
    )
    assert any(e == "EMAIL_ADDRESS" and t == "admin@kestrelmotors.net" for _, e, t in found)


def test_company_mailbox_given_by_agent_stays(analyzer):
    found = found_in_call(analyzer, [("agent", "send the form to claims@acme.com please")])
    assert texts_in_turn(found, 0) == []


# --- an id dictated in pieces around side talk: the recap ("I've got 417 so far") and the
# resume ("after the 417 it's …") name its pieces ---


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("no worries, I've got 417 so far, go on", "417"),
        ("you were at 836...", "836"),
        ("You had 052.", "052"),
        ("so far i have k seven two so far", "k seven two"),
        ("alright, after the 317 it's 884210", "317"),
        ("okay so after four one nine comes two two", "four one nine"),
        ("okay, and then 58", "58"),
    ],
)
def test_recap_names_piece(text, piece):
    assert recaps_piece(text)
    assert piece in [text[s:e] for s, e in piece_spans("ACCOUNT_ID", text)]


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 kids",
        "after the 3rd it's fine",
        "so far I've paid 40 dollars",
        "I have 3 dogs, sorry",
        "you had a great day",
        # one number is no piece (review of cycle 71: "your old passport number, if you had
        # one?" normalised to "… if you had 1?")
        "And your old passport number, if you had 1?",
        "Sorry, I've got 2.",
    ],
)
def test_everyday_talk_is_no_piece(text):
    assert not recaps_piece(text)
    assert piece_spans("ACCOUNT_ID", text) == [] or not any(
        c.isdigit() for c in text[slice(*piece_spans("ACCOUNT_ID", text)[0])]
    )


def test_piece_only_for_ids():
    assert piece_spans("CVV", "I have 318") == []


def test_interrupted_phone_pieces(analyzer):
    lines = [
        "A: What's the phone number on the account?",
        "C: my cell is 512 — sorry, hold on — the dog is barking — sorry",
        "A: take your time. I've got 512 so far, what's next?",
        "C: okay, and then 448-9031",
    ]
    assert "512" in turn_redacted(analyzer, lines, 1)
    assert "512" in turn_redacted(analyzer, lines, 2)
    assert "448-9031" in turn_redacted(analyzer, lines, 3)


def test_resumed_routing_pieces(analyzer):
    lines = [
        "A: Read me the routing number along the bottom of the check.",
        "C: okay so 071... hang on, the kettle — okay, where was I",
        "A: You had 071.",
        "C: right, after the 071 it's 902214.",
    ]
    assert "071" in turn_redacted(analyzer, lines, 2)
    assert "071" in turn_redacted(analyzer, lines, 3)


def test_recap_without_id_question_stays(analyzer):
    lines = [
        "A: How many people are in the party?",
        "C: we have 6 so far",
        "A: okay, I've got 6 so far, anything else?",
    ]
    assert turn_redacted(analyzer, lines, 2) == ""


@pytest.mark.parametrize(
    "text", ["it's 730... uh", "um 482... uh", "it's five one eight", "yeah um two zero six uh"]
)
def test_cut_off_reply_is_piece(text):
    assert piece_spans("ACCOUNT_ID", text)


@pytest.mark.parametrize("text", ["oh hold on", "uh one", "it's 3 dollars", "yeah"])
def test_no_piece_in_filler(text):
    assert piece_spans("ACCOUNT_ID", text) == []


def test_first_piece_before_side_talk(analyzer):
    lines = [
        "A: Can I get the account number?",
        "C: sure seven one four sorry Priya I'll be right there okay",
    ]
    assert "seven one four" in turn_redacted(analyzer, lines, 1)


def _said_spans(entity: str, text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[s:e] for s, e in answer_spans(entity, norm)]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Claim number 3592955915859, date of service July 19, 2024.", "3592955915859", "2024"),
        ("IT'S 20261201100. DATE OF SERVICE WAS 6-11-2024.", "20261201100", "2024"),
        ("The ICN is 88917040843, for 12/02/2025, billed amount $4,574.00.", "88917040843", "ICN"),
        ("THE ICN IS 6532433351881, FOR JANUARY 11, 2025.", "6532433351881", "2025"),
        (
            "claim number eight six five oh five two four nine two four oh seven nine "
            "date of service four three twenty twenty-four",
            "8650524924079",
            "432024",
        ),
        ("it's 44231103670, dos was two fifteen twenty twenty four", "44231103670", "2152024"),
    ],
)
def test_the_date_an_id_goes_on_with_is_no_id(text, kept, dropped):
    spans = _said_spans("ACCOUNT_ID", text)
    assert kept in spans
    assert not any(dropped in span for span in spans)


@pytest.mark.parametrize(
    "text",
    # the same figures with no date label or month before them are the id asked for
    ["it's 2152024", "my member id is 6-11-2024", "it's 11 2025 4471", "the id is 432024"],
)
def test_an_id_shaped_like_a_date_without_a_date_label_stays(text):
    assert _said_spans("ACCOUNT_ID", text)


@pytest.mark.parametrize(
    ("text", "names", "firm"),
    [
        (
            "Hey, yes, my name is Pamela Delgadillo, I'm with Valley Ambulance Billing, and I "
            "have checking status on some claims.",
            ["Pamela Delgadillo"],
            "Valley",
        ),
        (
            "Hi, it's Wei over at Maple Grove Women's Health. I've got a requisition.",
            ["Wei"],
            "Maple",
        ),
        (
            "Hi Jie, this is John Le from Hilltop Cardiology, I'm calling about MRI orders.",
            ["Jie", "John Le"],
            "Hilltop",
        ),
        (
            "Good morning, Jason Wyatt, billing office at Cedar Point Podiatry.",
            ["Jason Wyatt"],
            "Cedar",
        ),
        ("Yeah hi, Piero from Bayview Orthopedics, front desk.", ["Piero"], "Bayview"),
        ("this is Nadia from Sunrise Urgent Care", ["Nadia"], "Sunrise"),
    ],
)
def test_a_provider_office_named_after_the_caller_is_no_name(text, names, firm):
    spans = _said_spans("PERSON", text)
    assert all(name in spans for name in names)
    assert not any(firm in span for span in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's Dot", "Dot"),
        ("this is Grace Church", "Grace"),
        ("my name is Ann Westgate, I'm with Westgate Physical Therapy", "Ann Westgate"),
    ],
)
def test_a_name_that_shares_a_firm_or_label_word_stays(text, name):
    assert any(name in span for span in _said_spans("PERSON", text))


@pytest.mark.parametrize(
    "text", ["npi is one nine nine one eight six zero eight nine two", "NPI IS 1221698251."]
)
def test_a_label_read_before_its_number_is_no_name(text):
    assert _said_spans("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("patient name bull, naomi last name first", "bull"), ("member's name is Ortiz", "Ortiz")],
)
def test_whose_name_it_is_is_no_part_of_it(text, name):
    spans = _said_spans("PERSON", text)
    assert name in spans
    assert not any("patient" in s or "member" in s for s in spans)


@pytest.mark.parametrize(
    "text", ["Okay, next patient?", "who's next", "And the next one?", "OKAY, NEXT PATIENT?"]
)
def test_moving_to_the_next_record_is_no_address(text):
    assert _said_spans("ADDRESS", text) == []


def test_a_street_named_next_stays_an_address():
    assert "12 next street" in _said_spans("ADDRESS", "12 next street")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "YEAH THATS ME, I KEPT TYPING DESERTROSE1 BUT I THINK I SET IT AS DESERTROSE!",
            ["desertrose1", "desertrose"],
        ),
        ("i've been typing harbor22 but maybe i set it to harbor23", ["harbor22", "harbor23"]),
    ],
)
def test_the_value_tried_and_the_value_set_are_both_passwords(text, values):
    spans = _said_spans("PASSWORD", text)
    assert all(value in spans for value in values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("then it must be chispa", "chispa"),
        ("THEN IT MUST BE CHICO", "CHICO"),
        ("oh wait then it's lei", "lei"),
        ("Oh wait, then it's Saint Joseph's.", "Saint Joseph's"),
        ("oh that's the other one it's bruneau", "bruneau"),
        ("in that case it's probably biscuit", "biscuit"),
        ("no wait it has to be kingsley", "kingsley"),
    ],
)
def test_another_try_at_a_security_answer_is_only_the_value(text, value):
    assert [text[a:b] for a, b in answer_spans("SECURITY_ANSWER", text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a hedge after a password said from memory is no part of it
        ("i think i set it to like merlot 2017 or something", "merlot 2017"),
        ("i reset it to tiger 99 i think", "tiger 99"),
        ("can i use velvet 5120 or something", "velvet 5120"),
        ("i set it to merlot 2017", "merlot 2017"),
    ],
)
def test_a_password_set_with_a_hedge_after_it(text, value):
    span = answers.set_value_span(text)
    assert span is not None
    assert text[span[0] : span[1]] == value


def test_a_password_set_from_memory_is_redacted_in_a_login_call(analyzer):
    call = said(
        "C: i'm trying to log in and it keeps saying my password's wrong",
        "A: i can help with that, what's the email on the account",
        "C: joy dot nakamura at yahoo dot com",
        "A: okay i see you",
        "C: and i tried resetting it but i think i set it to like merlot two thousand "
        "seventeen or something",
    )
    masked = covered(analyzer, call)[4]
    assert "merlot" not in masked
    assert "seventeen" not in masked
    assert "or something" in masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry, did you say copper heron?", {"copper heron"}),
        ("you said rex?", {"rex"}),
        # asked back, no value in it
        ("did you say you need my birth date?", set()),
        ("did you say what?", set()),
    ],
)
def test_a_free_answer_checked_with_did_you_say(text, expected):
    assert {text[a:b] for a, b in answer_spans("PASSWORD", text)} == expected


# ---- cycle 85: a whole address said in words as the reply, its local part a plain word


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("sunny at sunny sells ohio dot com", "sunny at sunny sells ohio dot com"),
        ("it's hello at bright smile dental dot com", "hello at bright smile dental dot com"),
        ("to river at oak and vine dot net thanks", "river at oak and vine dot net"),
        ("SUMMER AT GOLDEN HIVE DOT ORG", "SUMMER AT GOLDEN HIVE DOT ORG"),
    ],
)
def test_a_spoken_address_answering_the_email_question_is_an_email(reply, value):
    assert value in [reply[a:b] for a, b in answer_spans("EMAIL_ADDRESS", reply)]


@pytest.mark.parametrize(
    "reply", ["we're at the mall dot com", "i'm at home", "it's at work dot com i think"]
)
def test_at_a_place_is_no_spoken_address_reply(reply):
    assert answers._SPOKEN_ADDRESS_REPLY.match(reply) is None
