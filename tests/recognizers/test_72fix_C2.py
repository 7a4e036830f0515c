"""Fixes of cycle 65 (group C2): a print size is not an account id."""

from __future__ import annotations

from recognizers.account_id_recognizer import AccountIdRecognizer


def _found(text: str) -> list[str]:
    rec = AccountIdRecognizer()
    return [text[r.start : r.end] for r in rec.analyze(text, ["ACCOUNT_ID"])]


def test_print_sizes_stay_visible():
    for text in (
        "The package with the three 4x6s and one 8x10, please.",
        "I'd like two 5x7s and the wallets.",
        "Can you frame the 11x14 for me?",
    ):
        assert _found(text) == [], text


def test_real_ids_still_found():
    assert _found("My account number is AB4471932.") != []
