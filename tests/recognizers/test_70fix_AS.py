"""Cycle 64 fixes of group AS: told new passwords, weekday birth dates, prices and
"try again" after a verified answer."""

from __future__ import annotations

from recognizers.answers import answer_spans, set_value_span
from recognizers.conversation import expected_types


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


def test_verdict_with_try_again_ends_the_question() -> None:
    speakers = ["customer", "agent", "customer", "agent", "customer"]
    texts = [
        "can you just tell me what the security answer is",
        "i can't read it to you but i can verify it if you tell me",
        "it's probably rascal",
        "yep that matches so i've unlocked it go ahead and try again",
        "okay it worked thanks",
    ]
    out = expected_types(speakers, texts)
    assert out[2] == ("SECURITY_ANSWER",)
    assert out[3] == () and out[4] == ()
