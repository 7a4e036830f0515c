"""Placing entities on their replacements in redacted text (offsets into the original)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.report.mapping import Chip, TextPiece, layout_turn
from tests.pipeline.report.conftest import mask, redact


def ent(entity_type, start, end, score=0.85, recognizer="SpacyRecognizer"):
    return {
        "type": entity_type,
        "start": start,
        "end": end,
        "score": score,
        "recognizer": recognizer,
    }


def red(start, end, entity_type, types=None, score=0.85, recognizer="SpacyRecognizer"):
    return {
        "start": start,
        "end": end,
        "type": entity_type,
        "types": types or [entity_type],
        "score": score,
        "recognizer": recognizer,
    }


def shape(layout):
    """Segments as (kind, text, type, precision, entity types) for compact comparison."""
    out = []
    for s in layout.segments:
        if isinstance(s, Chip):
            types = tuple(e.entity_type for e in s.entities)
            out.append(("chip", s.text, s.entity_type, s.precision, types))
        else:
            out.append(("text", s.text))
    return out


# Original texts are in the comments; only the redacted text reaches the report.
CASES = [
    pytest.param(
        # "Thanks, Mr Robin Example."
        "Thanks, Mr [PERSON].",
        [ent("PERSON", 11, 24)],
        None,
        [
            ("text", "Thanks, Mr "),
            ("chip", "[PERSON]", "PERSON", "exact", ("PERSON",)),
            ("text", "."),
        ],
        [],
        id="tag-at-expected-offset",
    ),
    pytest.param(
        # offsets that do not fit the text: still placed, but marked approximate
        "Thanks, Mr [PERSON].",
        [ent("PERSON", 12, 19)],
        None,
        [
            ("text", "Thanks, Mr "),
            ("chip", "[PERSON]", "PERSON", "approximate", ("PERSON",)),
            ("text", "."),
        ],
        [],
        id="tag-found-by-type-approximate",
    ),
    pytest.param(
        # "Bye Robin, bye Jane"
        "Bye <PERSON_1>, bye <PERSON_2>",
        [ent("PERSON", 4, 9), ent("PERSON", 15, 19)],
        None,
        [
            ("text", "Bye "),
            ("chip", "<PERSON_1>", "PERSON", "exact", ("PERSON",)),
            ("text", ", bye "),
            ("chip", "<PERSON_2>", "PERSON", "exact", ("PERSON",)),
        ],
        [],
        id="numbered-tags-in-order",
    ),
    pytest.param(
        # "Card 4111 1111 1111 1111 ok"
        "Card ***************1111 ok",
        [ent("CREDIT_CARD", 5, 24, 1.0, "CreditCardRecognizer")],
        [red(5, 24, "CREDIT_CARD", score=1.0, recognizer="CreditCardRecognizer")],
        [
            ("text", "Card "),
            ("chip", "***************1111", "CREDIT_CARD", "reported", ("CREDIT_CARD",)),
            ("text", " ok"),
        ],
        [],
        id="mask-with-reported-redactions",
    ),
    pytest.param(
        "Card ***************1111 ok",
        [ent("CREDIT_CARD", 5, 24, 1.0, "CreditCardRecognizer")],
        None,
        [("text", "Card ***************1111 ok")],
        ["CREDIT_CARD"],
        id="mask-without-redactions-unlocated",
    ),
    pytest.param(
        # "Jane Sample in Springfield." PERSON 0-11 and LOCATION 5-26 merged
        "[PERSON].",
        [ent("PERSON", 0, 11), ent("LOCATION", 5, 26, 0.5)],
        None,
        [("chip", "[PERSON]", "PERSON", "exact", ("PERSON", "LOCATION")), ("text", ".")],
        [],
        id="overlapping-spans-one-chip",
    ),
    pytest.param(
        # "Robin Example" found as two touching PERSON spans that redaction joined
        "Hi [PERSON]!",
        [ent("PERSON", 3, 8), ent("PERSON", 9, 16)],
        None,
        [
            ("text", "Hi "),
            ("chip", "[PERSON]", "PERSON", "exact", ("PERSON", "PERSON")),
            ("text", "!"),
        ],
        [],
        id="touching-spans-merged-into-previous",
    ),
    pytest.param(
        # "Say [PERSON] to Robin": the first tag was in the original text
        "Say [PERSON] to [PERSON]",
        [ent("PERSON", 16, 21)],
        None,
        [("text", "Say [PERSON] to "), ("chip", "[PERSON]", "PERSON", "exact", ("PERSON",))],
        [],
        id="literal-tag-text-left-alone",
    ),
    pytest.param(
        "Hello [PERSON]",
        [ent("PERSON", 6, 11), {"type": "US_SSN", "start": None, "end": None, "score": 0.9}],
        None,
        [("text", "Hello "), ("chip", "[PERSON]", "PERSON", "exact", ("PERSON",))],
        ["US_SSN"],
        id="entity-without-offsets-unlocated",
    ),
    pytest.param(
        "Hello [LOCATION]",
        [ent("PERSON", 6, 11)],
        None,
        [("text", "Hello [LOCATION]")],
        ["PERSON"],
        id="tag-of-another-type-not-taken",
    ),
    pytest.param(
        "Call ********0100",
        [],
        [red(5, 17, "PHONE_NUMBER", score=0.4, recognizer="PhoneRecognizer")],
        [("text", "Call "), ("chip", "********0100", "PHONE_NUMBER", "reported", ())],
        [],
        id="reported-redaction-without-entity-still-a-chip",
    ),
    pytest.param(
        "No PII here.",
        [],
        None,
        [("text", "No PII here.")],
        [],
        id="no-entities",
    ),
    pytest.param(
        "",
        [],
        [],
        [],
        [],
        id="empty-text",
    ),
]


@pytest.mark.parametrize(("text", "entities", "redactions", "expected", "unlocated"), CASES)
def test_layout(text, entities, redactions, expected, unlocated):
    layout = layout_turn(text, entities, redactions)
    assert shape(layout) == expected
    assert [e.entity_type for e in layout.unlocated] == unlocated
    assert "".join(s.text for s in layout.segments) == text


def test_chip_carries_score_and_recognizer_not_value():
    layout = layout_turn("Hi [PERSON]", [ent("PERSON", 3, 8, 0.62, "SpacyRecognizer")])
    (chip,) = layout.chips
    assert (chip.score, chip.recognizer, chip.types) == (0.62, "SpacyRecognizer", ("PERSON",))
    assert chip.extra_entities == ()


def test_merged_chip_names_the_best_scoring_type_and_lists_the_rest():
    layout = layout_turn("[PERSON].", [ent("LOCATION", 5, 26, 0.5), ent("PERSON", 0, 11, 0.85)])
    (chip,) = layout.chips
    assert chip.entity_type == "PERSON"
    assert [e.entity_type for e in chip.extra_entities] == ["LOCATION"]


def test_bad_reported_redactions_are_ignored_not_fatal():
    redactions = [red(3, 99, "PERSON"), "junk", red(3, 11, "PERSON"), red(5, 9, "PERSON")]
    layout = layout_turn("Hi [PERSON]", [ent("PERSON", 3, 8)], redactions)
    assert shape(layout) == [
        ("text", "Hi "),
        ("chip", "[PERSON]", "PERSON", "reported", ("PERSON",)),
    ]


TYPES = ("PERSON", "LOCATION", "US_SSN")


@st.composite
def turns(draw):
    """A random original text (no tag characters) and random, possibly overlapping spans."""
    text = draw(st.text(alphabet="abc xyz019.,'-", min_size=1, max_size=60))
    entities = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        entity_type = draw(st.sampled_from(TYPES))
        score = draw(st.sampled_from((0.3, 0.5, 0.85, 1.0)))
        entities.append(ent(entity_type, start, end, score, "R"))
    return text, entities


def _placed(layout):
    return Counter((e.entity_type, e.score) for c in layout.chips for e in c.entities) + Counter(
        (e.entity_type, e.score) for e in layout.unlocated
    )


@settings(max_examples=150, deadline=None)
@given(turns(), st.sampled_from(["tag", "mask"]))
def test_every_entity_is_placed_exactly_once(original_and_entities, operator_name):
    original, entities = original_and_entities
    operator = mask if operator_name == "mask" else (lambda value, t: f"[{t}]")
    redacted, redactions = redact(original, entities, operator)
    wanted = Counter((e["type"], e["score"]) for e in entities)

    reported = layout_turn(redacted, entities, redactions)
    assert "".join(s.text for s in reported.segments) == redacted
    assert _placed(reported) == wanted
    assert not reported.unlocated
    assert {c.precision for c in reported.chips} <= {"reported"}
    assert len(reported.chips) == len(redactions)

    if operator_name == "tag":
        scanned = layout_turn(redacted, entities)
        assert "".join(s.text for s in scanned.segments) == redacted
        assert _placed(scanned) == wanted
        assert not scanned.unlocated
        assert {c.precision for c in scanned.chips} <= {"exact"}
        assert [c.text for c in scanned.chips] == [c.text for c in reported.chips]
    else:
        masked = layout_turn(redacted, entities)  # no tags to find: nothing is lost
        assert _placed(masked) == wanted


def test_what_the_pipeline_writes_maps_exactly():
    """Contract with pipeline.redaction + pipeline.records: every entity on a reported chip."""
    from pipeline.records import redacted_call_to_dict
    from pipeline.redaction import redact_call
    from pipeline.schema import Call, DetectedCall, PiiEntity, Turn

    text = "This is Jane Sample in Springfield, card 4111 1111 1111 1111."
    entities = (
        PiiEntity("PERSON", 8, 19, 0.85, "SpacyRecognizer"),
        PiiEntity("LOCATION", 13, 34, 0.5, "SpacyRecognizer"),
        PiiEntity("CREDIT_CARD", 41, 60, 1.0, "CreditCardRecognizer"),
    )
    call = Call("call-contract", (Turn("CUSTOMER", text, 0.0, 5.0),))
    record = redacted_call_to_dict(redact_call(DetectedCall(call, (entities,))))
    (turn,) = record["turns"]
    for redactions in (turn["redactions"], None):
        layout = layout_turn(turn["text"], turn["entities"], redactions)
        assert not layout.unlocated
        assert Counter(e.entity_type for c in layout.chips for e in c.entities) == Counter(
            {"PERSON": 1, "LOCATION": 1, "CREDIT_CARD": 1}
        )
        assert [c.entity_type for c in layout.chips] == ["PERSON", "CREDIT_CARD"]
        assert isinstance(layout.segments[0], TextPiece)
