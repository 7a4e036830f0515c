"""Gold offsets survive casing, punctuation removal and whitespace normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluation.text_builder import TurnBuilder, cased

_literal = st.text(alphabet=st.sampled_from(list("abc XYZ.,?!:;'-$\n\t")), max_size=12)
_value = st.text(alphabet=st.sampled_from(list("abcDEF0123 @.-/")), min_size=1, max_size=10).map(
    lambda s: s.strip() or "x"
)
_piece = st.one_of(
    st.tuples(st.just("say"), _literal),
    st.tuples(st.just("pii"), _value),
    st.tuples(st.just("distractor"), _value),
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_piece, max_size=8), casing=st.sampled_from(["as_is", "upper", "spoken"]))
def test_spans_point_at_exactly_the_inserted_values(pieces, casing):
    builder = TurnBuilder("customer")
    inserted, distractors = [], []
    for kind, text in pieces:
        if kind == "say":
            builder.say(text)
        elif kind == "pii":
            builder.pii("PERSON", text)
            inserted.append(" ".join(cased(text, casing, literal=False).split()))
        else:
            builder.distractor("AMOUNT", text)
            distractors.append(" ".join(cased(text, casing, literal=False).split()))
    turn = builder.build(casing)
    assert [turn.text[g.start : g.end] for g in turn.gold] == inserted
    assert [turn.text[d.start : d.end] for d in turn.distractors] == distractors
    assert turn.text == turn.text.strip() and "  " not in turn.text and "\n" not in turn.text


def test_spoken_casing_drops_punctuation_from_literals_only():
    turn = (
        TurnBuilder("customer")
        .say("Sure, it's ")
        .pii("EMAIL_ADDRESS", "john.smith@gmail.com")
        .say(". Thanks!")
        .build("spoken")
    )
    assert turn.text == "sure it's john.smith@gmail.com thanks"
    assert turn.text[turn.gold[0].start : turn.gold[0].end] == "john.smith@gmail.com"


def test_upper_casing_and_span_types():
    turn = TurnBuilder("agent").say("I see ").distractor("AMOUNT", "$25.99").build("upper")
    assert turn.text == "I SEE $25.99"
    assert turn.gold == () and turn.distractors[0].entity_type == "AMOUNT"


def test_unsqueezed_build_keeps_newlines():
    turn = (
        TurnBuilder("text").say("Name:\n  ").pii("PERSON", "Ann Lee").build("as_is", squeeze=False)
    )
    assert turn.text == "Name:\n  Ann Lee"
    assert turn.text[turn.gold[0].start : turn.gold[0].end] == "Ann Lee"


@pytest.mark.parametrize("bad", ["", " padded", "padded "])
def test_values_must_be_trimmed(bad):
    with pytest.raises(ValueError, match="surrounding spaces"):
        TurnBuilder("customer").pii("PERSON", bad)


def test_unknown_casing_is_rejected():
    with pytest.raises(ValueError, match="use as_is, upper or spoken"):
        TurnBuilder("customer").say("hi").build("title")
