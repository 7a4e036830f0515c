"""Whole-analyzer name behaviour: names joined, repeated and kept apart across a call."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked, call_of, covered


def _masked(analyzer, *turns):
    return covered(analyzer, call_of(*turns))


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # a name said elsewhere is no name in a fixed phrase after an article
        (
            [("A", "Westfield Realty billing, this is Ivy"),
             ("B", "hi the ivy on the fence took out my gutter")],
            1, [], ["the ivy on"],
        ),
        (
            [("A", "name on the lease please"), ("B", "miles okonkwo-hart"),
             ("A", "thanks, and the miles on the car"), ("B", "a few miles")],
            1, ["miles okonkwo-hart"], [],
        ),
        # a spoken hyphen joins two parts of a surname into one span
        (
            [("A", "and the name on the claim"),
             ("B", "teodora vance pryce it's vance hyphen pryce")],
            1, ["vance hyphen pryce"], [],
        ),
        # a spelled surname read with "space" between its parts is one span
        (
            [("A", "who am i speaking with"),
             ("B", "joost de la rey last name is spelled d e space l a space r e y")],
            1, ["d e space l a space r e y"], [],
        ),
        # the firm answering the line before the agent's name
        (
            [("A", "good morning zenvia kofi speaking how may i help")],
            0, ["kofi"], ["zenvia"],
        ),
        # a language prompt is no name nor place
        (
            [("A", "Thanks for calling Northgate Water. Para español, oprima el cuatro.")],
            0, [], ["Para español"],
        ),
        # SIM, a car model after its year
        (
            [("A", "THANK YOU ODALYS. I CAN ORDER A NEW SIM"), ("B", "THE 2016 TACOMA TOO")],
            0, ["ODALYS"], ["SIM"],
        ),
    ],
)  # fmt: skip
def test_names_across_the_call(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


def test_a_name_after_no_or_that_is_still_a_name(analyzer):
    masks = _masked(
        analyzer,
        ("A", "your name again please"),
        ("B", "my name is ivy tran"),
        ("A", "okay miss tran"),
        ("B", "no ivy is my first name, i said that ivy"),
    )
    assert masks[3] == "no ### is my first name, i said that ###"


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # the agent's name after "you're through to": everyday first names too
        ([("A", "hello, you're through to Austin in the claims team, how can I help?")],
         0, ["Austin"], []),
        ([("A", "hi you're through to ivy on the returns desk what can i do for you")],
         0, ["ivy"], []),
        ([("A", "you're speaking to marisol, how can i help")], 0, ["marisol"], []),
        ([("A", "hi, you're through to the billing team, what can i do for you?")],
         0, [], ["the billing team"]),
        ([("A", "you're through to customer services")], 0, [], ["customer services"]),
        # the firm answering the line, before the agent's name, is no person
        ([("A", "good morning lufthansa priya speaking")], 0, ["priya"], ["lufthansa"]),
        ([("A", "GOOD MORNING, EASYJET VACATIONS, MARCUS SPEAKING.")],
         0, ["MARCUS"], ["EASYJET VACATIONS"]),
        ([("A", "good morning telstra dana here")], 0, ["dana"], ["telstra"]),
        ([("A", "good morning, priya venkatesan speaking")], 0, ["priya venkatesan"], []),
        # the firm thanked for in a sign-off (the caller thanked by name stays a name)
        ([("A", "Thanks for calling Virgin Atlantic have a good day.")],
         0, [], ["Virgin Atlantic"]),
        ([("A", "THANKS FOR CALLING RYANAIR HAVE A GOOD DAY")], 0, [], ["RYANAIR"]),
        ([("A", "thanks for calling rhonda, have a good one")], 0, ["rhonda"], []),
        # an airline with its flight number
        ([("B", "i'm travelling on etihad 417 tomorrow")], 0, [], ["etihad 417"]),
        ([("B", "my flight vueling 2210 boards at 7:45")], 0, [], ["vueling"]),
        ([("B", "i'm flying with maria gonzalez tomorrow")], 0, ["maria gonzalez"], []),
    ],
)  # fmt: skip
def test_agents_and_firms_in_openings(analyzer, turns, turn, hidden, kept):
    test_names_across_the_call(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # "St." inside a surname, found in pieces
        ([("A", "And the name on the account?"), ("B", "Colette St. Germain.")],
         1, ["Colette St. Germain"], []),
        # a spelling with the hyphen or the apostrophe of the name
        ([("A", "Your first and last name?"),
          ("B", "It's Ines Ortega-Blanco, O R T E G A - B L A N C O")],
         1, ["O R T E G A - B L A N C O"], []),
        ([("A", "And how do you spell that last name?"), ("B", "Sure, L ’ E S P O I R.")],
         1, ["L ’ E S P O I R"], []),
        # a city and a firm are no person
        ([("A", "so that's Ann Arbor, Michigan?"), ("B", "yeah ann arbor that's right")],
         1, [], ["ann"]),
        ([("A", "YOUR CASE WORKER IS MR. OKAFOR FROM MID-STATE STAFFING.")],
         0, ["OKAFOR"], ["MID-STATE"]),
        ([("A", "BRIGHTWAVE CUSTOMER CARE, WHAT'S YOUR ORDER NUMBER?")],
         0, [], ["BRIGHTWAVE"]),
    ],
)  # fmt: skip
def test_saint_spellings_places_and_firms(analyzer, turns, turn, hidden, kept):
    test_names_across_the_call(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # a surname's particle found once goes with the surname said again
        (
            [
                ("B", "hi this is siobhan o brolchain calling about my bill"),
                ("A", "thanks miss o brolchain, one moment"),
            ],
            1,
            ["o brolchain"],
            ["one moment"],
        ),
        (
            [
                ("A", "and your last name?"),
                ("B", "last name is van Houten, first name Mieke"),
                ("A", "I have van Houten, is that right?"),
            ],
            2,
            ["van Houten"],
            ["is that right"],
        ),
        (
            [
                ("A", "the surname please"),
                ("B", "it's della torre"),
                ("A", "and della torre is the account holder"),
            ],
            2,
            ["della torre"],
            ["account holder"],
        ),
        # a closing to someone already named on the call, whatever the word is
        (
            [
                ("A", "and your first name?"),
                ("B", "first name is hope"),
                ("A", "all done. have a good one, hope."),
            ],
            2,
            ["hope"],
            ["all done"],
        ),
        (
            [
                ("A", "who am i speaking with"),
                ("B", "this is grant"),
                ("B", "no that's it you've been so helpful grant"),
            ],
            2,
            ["grant"],
            ["so helpful"],
        ),
        # the same words with no such name on the call stay
        (
            [("A", "anything else"), ("B", "no have a good one, i hope the grant comes")],
            1,
            [],
            ["hope", "grant"],
        ),
    ],
)
def test_particles_and_closings_said_again(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # a spelling with "space" between the words of the name is one name
        (
            [
                ("A", "and your last name please"),
                ("B", "it's van houten"),
                ("A", "could you spell that"),
                ("B", "yes v, a, n, space, h, o, u, t, e, n"),
            ],
            3,
            ["v, a, n, space, h, o, u, t, e, n"],
            ["yes"],
        ),
        # the second part of a double-barrelled name spelled after "dash"
        (
            [
                ("A", "what's the surname"),
                ("B", "moreno-castellanos"),
                ("A", "spell it for me"),
                ("B", "m o r e n o"),
                ("A", "okay"),
                ("B", "hyphen c a s t e l l a n o s"),
            ],
            5,
            ["hyphen c a s t e l l a n o s"],
            [],
        ),
    ],
)
def test_spellings_with_joiner_words_are_one_name(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


def test_joined_spellings_need_a_found_name_and_a_joiner():
    from recognizers.call_names import joined_spellings

    text = "press one space two, plan b space station, a b c d"
    assert joined_spellings(text, []) == []
    assert joined_spellings("k o w a l s k i", [(0, 13)]) == []  # no joiner: left as it is
    assert joined_spellings("d u space p r e", [(0, 3)]) == [(0, 15)]


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # a listed first name before a farewell after "thank you for calling" is the caller
        ([("B", "no that's everything"), ("A", "thank you for calling rosalind take care")],
         1, ["rosalind"], ["take care"]),
        ([("B", "nope"), ("A", "Thank you for calling Marguerite, take care.")],
         1, ["Marguerite"], []),
        ([("B", "THAT'S IT"), ("A", "THANK YOU FOR CALLING ANTWAN TAKE CARE")],
         1, ["ANTWAN"], []),
        ([("B", "all good"), ("A", "thanks for calling desmond goodbye")],
         1, ["desmond"], []),
        # an everyday-word name, given earlier in the call
        ([("A", "and your name"), ("B", "it's savannah ortiz"), ("B", "that's all"),
          ("A", "thank you for calling savannah take care")],
         3, ["savannah"], []),
        # a firm, or no name at all, stays
        ([("A", "thank you for calling Brightwell take care")], 0, [], ["Brightwell"]),
        ([("A", "thank you for calling chase take care")], 0, [], ["chase"]),
        ([("A", "thank you for calling, take care")], 0, [], ["take care"]),
        ([("A", "thanks for calling Austin Water Utility, have a good day")],
         0, [], ["Austin Water Utility"]),
    ],
)  # fmt: skip
def test_caller_thanked_by_name_before_a_farewell(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # dotted letters with "space" or "new word" between the parts of the name
        ([("A", "Could you spell the surname?"),
          ("B", "T. E. R. space. H. A. A. R. sure")],
         1, ["T. E. R. space. H. A. A. R"], ["sure"]),
        ([("A", "How do you spell that?"),
          ("B", "D. E. new word. W. I. T. T. E.")],
         1, ["D. E. new word. W. I. T. T. E"], []),
        # letters with their key words and a joiner
        ([("A", "Can you spell the last name for me?"),
          ("B", "L as in Lima, E as in Echo, space, R as in Romeo, O as in Oscar")],
         1, ["L as in Lima, E as in Echo, space, R as in Romeo, O as in Oscar"], []),
        ([("A", "spell the surname please"),
          ("B", "m for mike c for charlie, next word, g r a t h")],
         1, ["m for mike c for charlie, next word, g r a t h"], []),
    ],
)  # fmt: skip
def test_spellings_with_dots_key_words_and_word_joiners(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)


def test_joined_spellings_take_dots_and_key_words():
    from recognizers.call_names import joined_spellings

    assert joined_spellings("plan b. space. station", []) == []
    text = "K. I. new word. L. E. E."
    assert joined_spellings(text, [(0, 4)]) == [(0, len(text) - 1)]
    text = "o as in oscar, space, d as in dog"
    assert joined_spellings(text, [(0, 5)]) == [(0, len(text))]


@pytest.mark.parametrize(
    ("turns", "turn", "hidden", "kept"),
    [
        # a two-letter first name of a full name, said again capitalised
        ([("A", "your installer is Ty Brannigan"), ("B", "ok, can Ty call me first?")],
         1, ["Ty"], ["call me"]),
        ([("A", "the crew leader is Jo Marchetti"), ("B", "great, tell Jo the gate code is off")],
         1, ["Jo"], ["gate"]),
        # no full name, or a word: nothing
        ([("A", "Mr Kowalczyk will call"), ("B", "Mr who?")], 1, [], ["Mr who"]),
        ([("A", "it's with Ty Brannigan"), ("B", "So it's done? OK")], 1, [], ["So", "OK"]),
        # a first name asked back after "who is this"
        ([("A", "my name is anouk how can i help"), ("B", "sorry who is this renata")],
         1, ["renata"], ["who is this"]),
        ([("A", "you're speaking with flora"), ("B", "sorry who is this hazel")],
         1, ["hazel"], ["who is this"]),
        ([("B", "who is this calling")], 0, [], ["calling"]),
        ([("B", "who is this for")], 0, [], ["for"]),
        ([("B", "sorry who is this again")], 0, [], ["again"]),
    ],
)  # fmt: skip
def test_short_first_names_and_names_asked_back(analyzer, turns, turn, hidden, kept):
    assert_masked(analyzer, turns, turn, hidden, kept)
