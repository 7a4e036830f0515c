"""Cycle 72 (round 82), group B1: a surname changed "from X to Y", and two-letter
corrections of a spelling ("it's e-s, not o-s") that name no one."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import redacted_values


def _person_texts(analyzer, *lines: str) -> list[str]:
    return [t for turn in redacted_values(analyzer, *lines) for t in turn]


@pytest.mark.parametrize(
    ("line", "new"),
    [
        ("C: so i've changed it from novak to quilleran", "quilleran"),
        ("A: I updated your last name from Petrakis to Ondrejka.", "Ondrejka"),
        ("A: okay i've switched the name from garza to tremblow, anything else", "tremblow"),
    ],
)
def test_new_surname_after_change(analyzer, line: str, new: str) -> None:
    assert new in _person_texts(analyzer, "A: and the new last name?", line)


@pytest.mark.parametrize(
    "line",
    [
        "A: I changed it from monthly to weekly.",
        "A: i switched it from visa to mastercard",
        "A: we changed it from paper to paperless.",
        "A: I updated that from standard to express, the fee is $12.",
    ],
)
def test_everyday_change_stays(analyzer, line: str) -> None:
    texts = _person_texts(analyzer, "A: anything else on the account?", line)
    assert not texts


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: No, it's a-y, not e-y. L-I-N-D-S-A-Y.", "L-I-N-D-S-A-Y"),
        ("C: no it's e-r at the end, not o-r. w a l k e r.", "w a l k e r"),
    ],
)
def test_correction_pairs_dropped_spelling_kept(analyzer, line: str, kept: str) -> None:
    texts = _person_texts(analyzer, "A: Let me read it back, is that right?", line)
    assert kept in texts
    assert not any(len(t.replace("-", "").replace(" ", "")) == 2 for t in texts)


def test_two_letter_name_spelled_stays(analyzer) -> None:
    texts = _person_texts(analyzer, "A: your first name?", "C: my name is ty, t-y")
    assert "t-y" in texts and "ty" in texts
    texts = _person_texts(analyzer, "A: how do you spell it?", "C: it's j-o, not j-o-e")
    assert "j-o" in texts
