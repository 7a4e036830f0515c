"""Pieces of an email found in the call, said again in other words; spelled emails in a
whole call."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.call_emails import email_pieces_again
from tests.recognizers.conftest import (
    assert_masked,
    call_of,
    covered,
    redacted,
    redacted_values,
    said,
    value_hidden,
)


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
        # a whole local part said again in words, letters said alone or spelled among them
        ("june KT at fastmail", {"june kt"}, ["june KT at fastmail"]),
        ("ruthie g is that RUTHIE", {"ruthie g"}, ["ruthie g", "RUTHIE"]),
        ("so maria PL at yahoo, got it", {"maria pl"}, ["maria PL at yahoo"]),
        # a whole name spelled, then a word: the local part read back
        ("yep NEILO grant at gmail", {"neil o grant"}, ["NEILO grant at gmail"]),
        ("LASZLO brews", {"laszlo brews"}, ["LASZLO brews"]),
        ("so that's MARISOL garden", {"marisolgarden"}, ["MARISOL garden"]),
        # negatives: dictionary words only, or only a piece of the local part
        ("the sales team will call", {"salesteam"}, []),
        ("june is fine", {"june kt"}, []),
        # a spelled word and another word that are not the local part found
        ("NASA launches today", {"laszlo brews"}, []),
        ("LASZLO brews beer", {"laszlo"}, ["LASZLO"]),
        ("LASZLO brews", {"laszlo brewing"}, ["LASZLO"]),
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


# --- the whole analyzer: spelled local parts, a webmail name alone, German "punkt", an
# "i" initial after "it's" -----------------------------------------------------------

ASK = ("agent", "what's the best email for you")


def test_webmail_name_alone_turn(analyzer):
    turns = [
        ("customer", "it's d o r n e two two at gmail dot com"),
        ("agent", "d o r n e two two"),
        ("customer", "mm-hmm"),
        ("agent", "at gmail"),
        ("customer", "we meet at noon, at the office"),
    ]
    assert_masked(analyzer, turns, 3, ["at gmail"], [])
    assert_masked(analyzer, turns, 4, [], ["meet at noon", "at the office"])


def test_initial_i_after_its(analyzer):
    turns = [ASK, ("customer", "it's i mensah dot vale at icloud dot com, and it costs $40")]
    assert_masked(analyzer, turns, 1, ["i mensah dot vale at icloud dot com"], ["$40", "it's"])


def test_german_punkt_piece(analyzer):
    turns = [ASK, ("customer", "r punkt hofmann, sorry, r dot hofmann at web dot de")]
    assert_masked(analyzer, turns, 1, ["r punkt hofmann", "r dot hofmann at web dot de"], ["sorry"])


def test_spelled_email_keeps_amounts_and_times(analyzer):
    turns = [
        ASK,
        ("customer", "w e s t o n nine at hotmail, and I paid $125 at 3:30 on my account 2"),
    ]
    assert_masked(analyzer, turns, 1, ["w e s t o n nine at hotmail"], ["$125", "3:30", "paid"])


@pytest.mark.parametrize(
    "said",
    [
        "you can send the certificate to compliance at bluewater logistics dot com",
        "email the invoice to ap@summitcarrier.com please",
    ],
)
def test_a_role_mailbox_is_no_email_and_its_domain_no_url(analyzer, said):
    assert redacted(analyzer, call_of(("agent", said))) == [set()]


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("it's ap at gmail dot com, my initials", "ap at gmail dot com"),
        ("my own site is roeceramics.com", "roeceramics.com"),
        # a small business's role mailbox given as the caller's own address
        ("my email is info at rosalesroofing dot com", "info at rosalesroofing dot com"),
        ("the email on file is dispatch@kaurhaulage.com?", "dispatch@kaurhaulage.com"),
    ],
)
def test_initials_a_personal_site_and_the_caller_s_own_mailbox_stay_redacted(analyzer, said, value):
    assert value in {text for _, text in redacted(analyzer, call_of(("customer", said)))[0]}


# --- "and" misheard for "at" in a spoken email --------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "rkowalski and gmail dot com",
        "tina dot marsh and att dot net",
        "dvoss forty one and comcast dot net",
        "b dot ferrante and outlook dot co dot uk",
    ],
)
def test_and_heard_for_at(ner_analyzer, email):
    got = redacted_values(ner_analyzer, "A: what email should we use", "C: uh " + email)
    assert email in got[1]


@pytest.mark.parametrize(
    "text",
    [
        "i pay comcast and att dot com takes the money",
        "go online and verizon dot com has the form",
    ],
)
def test_and_before_website_not_joined(ner_analyzer, text):
    got = redacted_values(ner_analyzer, "C: " + text)
    assert not any(" and " in v for v in got[0])


# ---- round 52-54 fixes: an email read in pieces over turns; a letter confirmed


@pytest.mark.parametrize(
    ("lines", "pieces"),
    [
        (
            ("A: what email should we use?", "C: it's k okafor", "A: mm-hmm.",
             "C: dot 41 at posteo", "A: go on.", "C: dot de."),
            ("k okafor", "dot 41 at posteo", "dot de"),
        ),
        (
            ("A: and your email address?", "C: sure, t. lindqvist", "A: okay.",
             "C: underscore 7 at fastmail", "A: yep.", "C: dot com"),
            ("t. lindqvist", "underscore 7 at fastmail", "dot com"),
        ),
    ],
)  # fmt: skip
def test_an_email_read_in_pieces_over_turns(analyzer, lines, pieces):
    masks = covered(analyzer, said(*lines))
    texts = [line[3:] for line in lines]
    for piece in pieces:
        turn = next(i for i, t in enumerate(texts) if piece in t)
        start = texts[turn].index(piece)
        assert masks[turn][start : start + len(piece)] == "#" * len(piece), masks[turn]


def test_a_letter_confirmed_after_an_email_read_back_stays(analyzer):
    masks = covered(
        analyzer,
        said(
            "A: and an email for her",
            "C: it's lucinda k forty two at gmail dot com",
            "A: lucinda k forty two at gmail dot com is that k as in kilo",
            "C: k as in kilo yes",
            "A: okay you're all set",
        ),
    )
    assert masks[3] == "k as in kilo yes", masks[3]


def test_an_initial_and_surname_piece_still_read(analyzer):
    masks = covered(
        analyzer, said("A: what email should we use?", "C: it's m yarrowby", "A: mm-hmm.")
    )
    assert "yarrowby" not in masks[1], masks[1]


# ---- round 52-54 fixes: an email's local part said alone as a reply


def _hidden(masks: list[str], lines: tuple[str, ...], piece: str) -> bool:
    texts = [line[3:] for line in lines]
    turn = next(i for i, t in enumerate(texts) if piece in t)
    start = texts[turn].index(piece)
    return masks[turn][start : start + len(piece)] == "#" * len(piece)


@pytest.mark.parametrize(
    ("lines", "pieces"),
    [
        (("A: Where should the clinic email you?", "C: Okay, priyavendetti", "A: And?",
          "C: at outlook dot com"), ("priyavendetti", "at outlook dot com")),
        (("A: Can I get your email?", "C: Sure, it's bramwellkoss", "A: Mhm",
          "C: fastmail.com"), ("bramwellkoss",)),
        (("C: Hello Dana, I updated my phone and email. I'm Rosalind Ferreira.",
          "A: And email?", "C: It's r ferreira", "A: Okay.", "C: at yahoo dot com."),
         ("r ferreira", "at yahoo dot com")),
        (("C: Hi Omar, I'm on the list for a locker and I changed my phone and email.",
          "A: And email?", "C: It's t brennan", "A: Okay.", "C: at gmail dot com."),
         ("t brennan", "at gmail dot com")),
    ],
)  # fmt: skip
def test_email_pieces_said_alone(analyzer, lines, pieces):
    masks = covered(analyzer, said(*lines))
    for piece in pieces:
        assert _hidden(masks, lines, piece), masks


@pytest.mark.parametrize(
    "reply",
    ["Sure, gmail", "okay, whatever", "yeah, absolutely", "hmm, actually"],
)
def test_a_word_alone_after_the_email_question_stays(analyzer, reply):
    values = redacted_values(analyzer, "A: What's your email?", f"C: {reply}")
    assert values[1] == []


# ---- cycle 58 (rounds 62-63): "under score" in a spoken email


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: it's maria under score lopez at yahoo dot com", "maria under score lopez"),
        ("C: sam under score ortiz at outlook dot com thanks", "sam under score ortiz"),
    ],
)
def test_under_score_in_email(analyzer, line, value):
    lines = ("A: what's your email", line)
    masks = covered(analyzer, said(*lines))
    assert _hidden(masks, lines, value), masks[1]


def test_under_score_outside_email(analyzer):
    line = "C: we won by the under score at the end"
    assert "#" not in covered(analyzer, said(line))[0]


def test_school_district_spoken_email_found(analyzer: CallAnalyzer) -> None:
    lines = (
        "A: And the teacher's email?",
        "C: it's rmorales at eastridgems dot k twelve dot w a dot us",
    )
    text = covered(analyzer, said(*lines))[1]
    assert "rmorales at eastridgems dot k twelve dot w a dot us" not in text
    assert "#" * len("rmorales at eastridgems dot k twelve dot w a dot us") in text


@pytest.mark.parametrize(
    "line",
    [
        "A: You can email it to admissions@brightwaterprep.org.",
        "A: Please send it to registrar@oakmontcollege.edu.",
    ],
)
def test_school_role_mailbox_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in covered(analyzer, said(line, "C: Okay."))[0]


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


# --- an email's domain said alone, a full stop after it ---------------------------------


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("NDASILVA, then at aol dot com.", "at aol dot com"),
        (
            "CHEN, then at yahoo dot com. Oh, and if I'm not home I'm at my son's.",
            "at yahoo dot com",
        ),
        ("and at outlook dot co dot uk. thanks", "at outlook dot co dot uk"),
    ],
)
def test_a_domain_alone_before_a_full_stop(text, domain):
    from recognizers.call_emails import domain_alone

    assert [text[h.start : h.end] for h in domain_alone(text)] == [domain]


def test_a_domain_alone_is_no_web_address_joined_by_a_dot():
    """ "then at aol dot com.au" is no domain alone ending at "com"."""
    from recognizers.call_emails import domain_alone

    assert domain_alone("then at aol dot com.au") == []


@pytest.mark.parametrize(
    "name_turn",
    ["C: IT'S JOSEPH EDWARDS.", "C: My name is Joseph Edwards.", "C: it's joseph edwards"],
)
def test_a_name_spelling_the_whole_local_part_stays_a_name(analyzer, name_turn):
    # the caller's name said again is a PERSON, not a piece of josephedwards@…
    call = said(
        "A: and your email?", "C: josephedwards@example.com", "A: and your name?", name_turn
    )
    entities = {entity for entity, _ in redacted(analyzer, call)[3]}
    assert entities == {"PERSON"}, entities


@pytest.mark.parametrize(
    ("text", "locals_", "expected"),
    [
        # a short local part read back whole, a letter said alone, the domain after it
        ("s lam at gutierrez lam dot law", {"slam"}, ["s lam at gutierrez lam dot law"]),
        ("so j kim at parker field dot com", {"jkim"}, ["j kim at parker field dot com"]),
        ("it's r li at gmail dot com", {"rli"}, ["r li at gmail dot com"]),
        # negatives: no domain after it, or no letter said alone
        ("and j kim is who", {"jkim"}, []),
        ("sam lee at the front desk dot com", {"samlee"}, []),
    ],
)
def test_short_local_part_read_back_before_its_domain(text, locals_, expected):
    assert [text[s:e] for s, e in email_pieces_again(text, locals_)] == expected
