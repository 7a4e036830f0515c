"""Cycle 70 (round 80), group C2: spelled-letter ticket ids and a caller's own fax."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, said, value_hidden


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: if you call back just mention ticket h k p r t z w", "h k p r t z w"),
        ("A: your case number is m d q l a x e.", "m d q l a x e"),
        ("A: I'll give you a reference number: b t v o k r.", "b t v o k r"),
        ("C: ok let me write that down j f x n y c q", "j f x n y c q"),
    ],
)
def test_spelled_letters_of_a_ticket_are_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    "line",
    [
        "A: the ticket is open now and someone will call you.",
        "A: your case is closed, anything else?",
        "C: let me write that down okay",
        "A: the claim was approved on friday.",
    ],
)
def test_words_after_a_ticket_cue_stay_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: Great. Could you fax the invoice? Our fax is (415) 555-0172.", "(415) 555-0172"),
        ("C: can you send me a copy? our fax is 303-555-0148", "303-555-0148"),
    ],
)
def test_callers_own_fax_after_asking_to_be_sent_is_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


def test_company_fax_for_a_form_sent_back_is_not_a_callers_phone(analyzer):
    # the agent asks for a form back to the company's fax: the area code stays readable
    call = said("A: can you fax the signed form back? Our fax is (415) 555-0172.")
    assert "(415)" in covered(analyzer, call)[0]
