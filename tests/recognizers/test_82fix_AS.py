"""Cycle 72 (round 82) fixes, group AS: a role mailbox the caller asks mail sent to is
theirs; a password's last symbol word; an expiry's month said "oh 3"; a password asked to
be set."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import redacted_values


def _turn(analyzer, lines, turn):
    return " ".join(redacted_values(analyzer, *lines)[turn])


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: And can the invoices go to office@brightlinedental.com instead?", "office@"),
        ("C: Please send statements to accounts@harborviewclinic.org from now on.", "accounts@"),
        (
            "C: Send it to billing@quillmorelaw.com and cc me at t.ruiz@quillmorelaw.com.",
            "billing@",
        ),
        ("C: Mail it to info@fernhillbakery.com, not my personal email.", "info@"),
    ],
)
def test_callers_role_mailbox_redacted(analyzer, line, value):
    assert value in _turn(analyzer, ["A: Where should we send it?", line], 1)


@pytest.mark.parametrize(
    "line",
    [
        "A: You can send the receipts to billing@cobaltpets.com and we'll reimburse you.",
        "A: Send photos to claims@cobaltpets.com with your claim number.",
        "A: memorials at cobalt pets dot com",
        "A: Our email is frontdesk@cobaltpets.com, it costs $40 for 2 copies.",
    ],
)
def test_company_mailbox_stays(analyzer, line):
    out = _turn(analyzer, ["C: Where do I send it?", line], 1)
    assert "cobalt" not in out
    assert "40" not in out


def test_symbol_word_ends_password(analyzer):
    out = _turn(analyzer, ["A: your temporary password is harbor dollar sign 27 question mark"], 0)
    assert "question mark" in out


def test_question_mark_talk_stays(analyzer):
    assert _turn(analyzer, ["C: is that a question mark at the end or a period?"], 0) == ""


def test_expiry_oh_month(analyzer):
    out = _turn(
        analyzer, ["A: And the expiration date?", "C: yes expires oh 8 slash twenty nine"], 1
    )
    assert "0 8" in out or "oh 8" in out


def test_expiry_amounts_stay(analyzer):
    out = _turn(
        analyzer,
        ["A: And the expiration date?", "C: it expires 0 5 slash 28, and it cost 40 dollars"],
        1,
    )
    assert "40" not in out


def test_set_password_to_keeps_lead_visible(analyzer):
    out = redacted_values(
        analyzer,
        "A: What would you like the new password to be?",
        "C: Yes. Can you just set the password to Lantern#7!?",
    )[1]
    assert set(out) == {"Lantern#7!"}
