"""Pieces of an email found in the call, said again in other words."""

from __future__ import annotations

import pytest

from recognizers.call_emails import email_pieces_again


@pytest.mark.parametrize(
    ("text", "locals_", "expected"),
    [
        # an agent's partial read-back in words, separators said as words
        ("k_alvarez dash JP", {"k_alvarez-jp"}, ["k_alvarez dash JP"]),
        ("RL_okonkwo dash 47 at gmail", {"rl_okonkwo-47"}, ["RL_okonkwo dash 47 at gmail"]),
        # a digit said as its homophone inside the local part
        ("it's nina for sun@mail.com", {"nina4sun"}, ["nina for sun"]),
        # the local part spelled after the address, with or without its separators
        ("and the first part is WONGPEI", {"wong.pei"}, ["WONGPEI"]),
        ("THE FIRST PART IS OKAFORLB.", {"okafor.lb"}, ["OKAFORLB"]),
        # spelled with a digit put right at its end
        ("that's BRIARMOSS197 no sorry 87", {"briar_moss1987"}, ["BRIARMOSS197"]),
        # the local part's digits said as words: a first piece of the address read out
        ("ready? tamsin seven one", {"tamsin71"}, ["tamsin seven one"]),
        ("okay so it's dorian oh three then", {"dorian03"}, ["dorian oh three"]),
        ("wait dash holt two two", {"wait-holt22"}, ["wait dash holt two two"]),
        ("ready? harper 83", {"harper83"}, ["harper 83"]),
        ("for harper 9 please", {"harper83"}, []),
        # negatives: digit words not of a local part in the call
        ("i have four nine dogs", {"tamsin71"}, []),
        ("ready? tamsin seven one", {"marek55"}, []),
        # negatives: the homophone is a word, ordinary words, no local part matches
        ("send it to nina for review", {"nina4sun"}, []),
        ("the dash cam is broken", {"k_alvarez-jp"}, []),
        ("and the first part is WONGPEI", {"li.chen"}, []),
        ("i waited for sun to rise", {"nina4sun"}, []),
    ],
)
def test_local_part_said_again_in_words(text, locals_, expected):
    assert [text[a:b] for a, b in email_pieces_again(text, locals_)] == expected
