"""The labelled call generator: exact spans, reproducible, every style and entity."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from pipeline.evaluation.corpus import (
    DISTRACTOR_KINDS,
    ENTITY_TYPES,
    SCENARIOS,
    STYLES,
    CorpusConfig,
    generate_call,
    generate_corpus,
)
from pipeline.evaluation.values import aba_valid, luhn_valid

_WORD_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def _digits(span: str) -> str:
    """Digits of a value read digit by digit, written or spoken ('double five' -> '55')."""
    out, repeat = [], 1
    for token in re.split(r"[\s\-]+", span.lower()):
        if token in ("double", "triple"):
            repeat = 2 if token == "double" else 3
        elif token in _WORD_DIGITS:
            out.append(_WORD_DIGITS[token] * repeat)
            repeat = 1
        elif token.isdigit():
            out.append(token)
    return "".join(out)


@pytest.fixture(scope="module")
def corpus():
    return generate_corpus(CorpusConfig(n_calls=120, seed=11))


def _spans(corpus, label=None):
    for call in corpus:
        for turn, gold in zip(call.call.turns, call.gold, strict=True):
            for g in gold:
                if label is None or g.entity_type == label:
                    yield call, turn, g


def test_spans_are_trimmed_in_range_and_disjoint(corpus):
    for call in corpus:
        assert len(call.gold) == len(call.distractors) == len(call.call.turns)
        for turn, gold, distractors in zip(
            call.call.turns, call.gold, call.distractors, strict=True
        ):
            spans = sorted([*gold, *distractors], key=lambda s: s.start)
            for s in spans:
                value = turn.text[s.start : s.end]
                assert 0 <= s.start < s.end <= len(turn.text)
                assert value == value.strip(), (call.call.call_id, value)
            for a, b in zip(spans, spans[1:], strict=False):
                assert a.end <= b.start, (call.call.call_id, turn.text)


def test_written_card_and_routing_spans_are_the_valid_numbers(corpus):
    checked = 0
    for call, turn, g in _spans(corpus):
        if call.style not in ("written", "caps", "spoken"):
            continue
        digits = _digits(turn.text[g.start : g.end])
        if g.entity_type == "CREDIT_CARD" and len(digits) > 4:
            assert luhn_valid(digits), turn.text
            checked += 1
        if g.entity_type == "ROUTING_NUMBER":
            assert aba_valid(digits), turn.text
            checked += 1
    assert checked >= 10


def test_chunked_card_turns_add_up_to_one_valid_number(corpus):
    seen = 0
    for call in corpus:
        if call.style != "chunked" or call.scenario != "card_payment":
            continue
        pieces = [
            _digits(turn.text[g.start : g.end])
            for turn, gold in zip(call.call.turns, call.gold, strict=True)
            if turn.speaker == "customer"
            for g in gold
            if g.entity_type == "CREDIT_CARD"
        ]
        assert len(pieces) >= 2, "a chunked card is read over several turns"
        assert luhn_valid("".join(pieces)), pieces
        seen += 1
    assert seen >= 1


def test_chunked_numbers_have_backchannel_between_the_customer_turns(corpus):
    backchannel = {"okay", "mm-hmm", "go on", "got it", "uh-huh", "yep", "okay go ahead"}
    found = False
    for call in (c for c in corpus if c.style == "chunked"):
        turns = call.call.turns
        for i in range(2, len(turns)):
            a, b, c = turns[i - 2], turns[i - 1], turns[i]
            if call.gold[i - 2] and call.gold[i] and b.speaker == "agent" and not call.gold[i - 1]:
                said = re.sub(r"[^a-z\- ]", "", b.text.lower()).strip()
                if a.speaker == c.speaker == "customer" and said in backchannel:
                    found = True
    assert found


def test_question_context_answers_are_bare(corpus):
    """'And the security code on the back?' -> 'seven zero one': the answer alone."""
    for _call, turn, g in _spans(corpus, "CVV"):
        rest = (turn.text[: g.start] + turn.text[g.end :]).lower()
        assert not re.search(r"\b(cvv|security|code)\b", rest)


def test_styles_look_like_their_names(corpus):
    for call in corpus:
        text = " ".join(t.text for t in call.call.turns)
        if call.style == "caps":
            assert text == text.upper()
        if call.style == "spoken":
            assert text == text.lower()
            assert not re.search(r"[0-9.,?!$]", text), text


def test_every_style_entity_and_distractor_appears(corpus):
    assert {c.style for c in corpus} == set(STYLES)
    assert {c.scenario for c in corpus} == set(SCENARIOS)
    assert {g.entity_type for _, _, g in _spans(corpus)} == set(ENTITY_TYPES)
    kinds = {d.entity_type for c in corpus for turn in c.distractors for d in turn}
    assert kinds == set(DISTRACTOR_KINDS)
    per_style = Counter(c.style for c in corpus)
    assert max(per_style.values()) - min(per_style.values()) <= 1


def test_spoken_forms_of_the_issue_appear(corpus):
    spoken = " ".join(
        t.text for c in corpus if c.style in ("spoken", "chunked", "mixed") for t in c.call.turns
    )
    for form in (" oh ", "double ", "triple ", "nineteen ", " dot com", " as in ", "twenty"):
        assert form in spoken, form


def test_reproducible_and_seed_dependent():
    config = CorpusConfig(n_calls=15, seed=3)
    assert generate_corpus(config) == generate_corpus(config)
    other = generate_corpus(CorpusConfig(n_calls=15, seed=4))
    assert [c.call.turns for c in other] != [c.call.turns for c in generate_corpus(config)]


def test_a_call_does_not_depend_on_corpus_size():
    small = generate_corpus(CorpusConfig(n_calls=5, seed=9))
    large = generate_corpus(CorpusConfig(n_calls=40, seed=9))
    assert large[:5] == small


def test_one_style_only():
    calls = generate_corpus(CorpusConfig(n_calls=10, seed=1, styles=("spoken",)))
    assert {c.style for c in calls} == {"spoken"}
    assert all(c.call.metadata["style"] == "spoken" for c in calls)


def test_turn_times_increase():
    call = generate_call(0, 1, "written", "banking").call
    ends = [(t.start, t.end) for t in call.turns]
    assert all(s < e for s, e in ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_calls": -1, "seed": 1}, "zero or more"),
        ({"n_calls": 1, "seed": 1, "styles": ("shouty",)}, "subset of"),
        ({"n_calls": 1, "seed": 1, "styles": ()}, "subset of"),
        ({"n_calls": 1, "seed": 1, "scenarios": ("karaoke",)}, "unknown scenarios"),
    ],
)
def test_bad_config_says_what_to_change(kwargs, message):
    with pytest.raises(ValueError, match=message):
        CorpusConfig(**kwargs)
