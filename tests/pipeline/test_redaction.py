import pytest

from pipeline.redaction import merge_spans, redact_call, redact_text
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn


def E(t, s, e, score=0.9):
    return PiiEntity(t, s, e, score, "test")


@pytest.mark.parametrize(
    "text, entities, expected",
    [
        ("card 4111 ok", [E("CREDIT_CARD", 5, 9)], "card [CREDIT_CARD] ok"),
        ("no pii here", [], "no pii here"),
        # overlapping spans are unioned: nothing of either survives
        (
            "call 555 0100 now",
            [E("PHONE_NUMBER", 5, 13), E("US_BANK_NUMBER", 9, 13, 0.5)],
            "call [PHONE_NUMBER] now",
        ),
        ("ab 12345 cd", [E("PIN", 3, 6, 0.4), E("US_SSN", 5, 8, 0.8)], "ab [US_SSN] cd"),
        ("x 1 y 2", [E("PIN", 6, 7), E("PIN", 2, 3)], "x [PIN] y [PIN]"),
        ("whole", [E("PERSON", 0, 5)], "[PERSON]"),
        # out-of-range spans are ignored rather than corrupting the text
        ("short", [E("PERSON", 3, 99)], "short"),
    ],
)
def test_redact_text(text, entities, expected):
    redacted, redactions = redact_text(text, entities)
    assert redacted == expected
    for r in redactions:
        assert redacted[r.start : r.end] == f"[{r.entity_type}]"


def test_merge_keeps_all_types_and_best_score():
    (span,) = merge_spans([E("A", 0, 4, 0.3), E("B", 2, 6, 0.9)], 10)
    assert (span.start, span.end, span.entity_type, span.types) == (0, 6, "B", ("A", "B"))


def test_redact_call_drops_unlisted_metadata_and_keeps_times():
    call = Call("c", (Turn("A", "hi Bob", 0.0, 1.0),), metadata={"queue": "q", "ani": "555"})
    out = redact_call(DetectedCall(call, ((E("PERSON", 3, 6),),)), kept_metadata=("queue",))
    assert out.metadata == {"queue": "q"}
    assert out.turns[0].text == "hi [PERSON]" and out.turns[0].start == 0.0


def test_redact_call_refuses_misaligned_entities():
    call = Call("c", (Turn("A", "a"), Turn("B", "b")))
    with pytest.raises(ValueError):
        redact_call(DetectedCall(call, ((),)))
