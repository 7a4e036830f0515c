"""Cycle 54, group AS: an email's local part said alone as a whole reply, asked "where
should we email you?"; a caller's hello before a statement that names an email (no
request); and, left visible, dates of things done (mailed, credited, dismissed, a range
of days), a way to set a password ("i'll use the link") and what is
said of a password (posted, sent to your email, "a temporary one")."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, redacted_values, said


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


@pytest.mark.parametrize(
    "line",
    [
        "A: Found you. A refund for $210 was mailed on July 9 to your old address.",
        "A: The balance was credited to your account on September 22, not refunded.",
        "A: The ticket was dismissed on April 4th, 2021. A copy is $5.",
        "A: I'll end-date it as November 30th. Anything else?",
        "A: Session 1 is July 7th to 11th and session 2 is July 14th to 18th.",
    ],
)
def test_dates_of_things_done_after_a_birth_date_stay(analyzer, line):
    values = redacted_values(
        analyzer, "A: Name and date of birth?", "C: Odile Marchetti, born 02/17/1994.", line
    )
    assert not [v for v in values[2] if any(c.isdigit() for c in v)], values[2]


def test_a_birth_date_after_the_question_is_still_found(analyzer):
    values = redacted_values(analyzer, "A: And your date of birth?", "C: July 9, 1961.")
    assert values[1] == ["July 9, 1961"]


@pytest.mark.parametrize(
    "lines",
    [
        ("A: What should the new password be? Or you can set it by link.", "C: I'll use the link."),
        ("C: Could you set the password to anything? I can't reach my email.",),
        ("A: The guest password is printed on the card by the door.",),
        ("A: I'm emailing a temporary password to your work email now.",),
    ],
)  # fmt: skip
def test_talk_about_a_password_stays(analyzer, lines):
    values = redacted_values(analyzer, *lines)
    assert values[-1] == [], values


def test_a_temporary_one_leaves_only_the_value(analyzer):
    values = redacted_values(
        analyzer, "A: your portal password it's a temporary one harbor7731! change it later"
    )
    assert "harbor7731!" in values[0]
    assert not any("temporary" in v for v in values[0])
