"""Whole-analyzer span edges: a name or an email grown to the whole value said."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import call_of, covered

_VERIFY = "okay i can help with that first i need to verify a few things"


def _check(analyzer, turns, turn, hidden, kept):
    masks = covered(analyzer, call_of(*turns))
    text = turns[turn][1]
    for value in hidden:
        start = text.index(value)
        assert set(masks[turn][start : start + len(value)]) == {"#"}, (value, masks[turn])
    for value in kept:
        assert value in masks[turn], (value, masks[turn])


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
    _check(analyzer, [("A", _VERIFY), ("B", reply)], 1, hidden, kept)


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
    _check(analyzer, [("A", _VERIFY), ("B", reply)], 1, hidden, kept)


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
    _check(analyzer, turns, turn, hidden, kept)
