"""Metric functions on hand-made cases, including the ones that must not count."""

from __future__ import annotations

import pytest

from pipeline.evaluation import metrics
from pipeline.evaluation.metrics import (
    Scores,
    compatible,
    count_digits,
    f_beta,
    fold_other,
    fully_covered,
    gold_found,
    prediction_match,
    score_document,
    visible_digits,
)
from pipeline.evaluation.text_builder import GoldSpan
from pipeline.schema import PiiEntity


def span(text: str, value: str, label: str, nth: int = 0) -> GoldSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return GoldSpan(label, start, start + len(value))


def pred(text: str, value: str, label: str, nth: int = 0) -> PiiEntity:
    g = span(text, value, label, nth)
    return PiiEntity(label, g.start, g.end, 1.0)


CARD = "my card is 4111 1111 1111 1111 thanks"


@pytest.mark.parametrize(
    ("gold_label", "predicted_label", "ok"),
    [
        ("PERSON", "PERSON", True),
        ("DATE_OF_BIRTH", "DATE_TIME", True),
        ("CARD_EXPIRY", "DATE_TIME", True),
        ("ADDRESS", "LOCATION", True),
        ("ROUTING_NUMBER", "ABA_ROUTING_NUMBER", True),
        ("ACCOUNT_ID", "ACCOUNT_NUMBER", True),
        ("PASSWORD", "SECURITY_ANSWER", True),
        ("PHONE_NUMBER", "DATE_TIME", False),
        ("US_BANK_NUMBER", "ID_NUMBER", False),
        ("US_SSN", "US_BANK_NUMBER", False),
        ("PERSON", "LOCATION", False),
    ],
)
def test_compatible(gold_label, predicted_label, ok):
    assert compatible(gold_label, predicted_label) is ok


def test_exact_match_is_found_covered_and_correct():
    g = span(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    p = pred(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    assert gold_found(CARD, g, [p]) and fully_covered(CARD, g, [p])
    assert prediction_match(CARD, p, [g]) == "CREDIT_CARD"


def test_half_coverage_rule_for_recall():
    g = span(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    quarter = pred(CARD, "4111", "CREDIT_CARD")
    three_quarters = pred(CARD, "4111 1111 1111", "CREDIT_CARD")
    assert not gold_found(CARD, g, [quarter])
    assert gold_found(CARD, g, [three_quarters])
    assert not fully_covered(CARD, g, [three_quarters])


def test_pieces_add_up_for_recall_and_coverage():
    g = span(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    pieces = [pred(CARD, "4111 1111", "CREDIT_CARD"), pred(CARD, "1111 1111", "CREDIT_CARD", 1)]
    assert gold_found(CARD, g, pieces) and fully_covered(CARD, g, pieces)


def test_wrong_label_is_not_found_but_still_covers():
    g = span(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    p = pred(CARD, "4111 1111 1111 1111", "PHONE_NUMBER")
    assert not gold_found(CARD, g, [p])
    assert fully_covered(CARD, g, [p])
    assert prediction_match(CARD, p, [g]) is None


def test_spaces_do_not_need_redacting():
    text = "it's S M I T H"
    g = span(text, "S M I T H", "PERSON")
    letters = [PiiEntity("PERSON", i, i + 1, 1.0) for i in range(g.start, g.end, 2)]
    assert fully_covered(text, g, letters)


def test_prediction_that_swallows_the_sentence_is_a_false_positive():
    text = "the name on the account is Ann Lee and that is all"
    g = span(text, "Ann Lee", "PERSON")
    whole = PiiEntity("PERSON", 0, len(text), 1.0)
    assert prediction_match(text, whole, [g]) is None
    assert fully_covered(text, g, [whole])
    # A little context is fine: more than half of it is the name.
    near = pred(text, "is Ann Lee", "PERSON")
    assert prediction_match(text, near, [g]) == "PERSON"


def test_prediction_with_no_gold_is_false_positive():
    text = "I'd like to pay $25.99 today"
    assert prediction_match(text, pred(text, "$25.99", "US_BANK_NUMBER"), []) is None


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("4111 1111 1111 1111", 16),
        ("555-123-4567", 10),
        ("four one one one", 4),
        ("double five", 2),
        ("triple seven oh", 4),
        ("nineteen eighty five", 4),
        ("twenty twenty six", 4),
        ("june twenty fourth", 2),
        ("seven hundred one", 3),
        ("seven hundred", 3),
        ("sixty seven eighty nine", 4),
        ("oh five slash twenty seven", 4),
        ("two thousand five", 4),
        ("two thousand and twelve", 4),
        ("seven hundred twelve", 3),
        ("john dot smith at gmail dot com", 0),
        ("S M I T H", 0),
        ("twelve thirty four oak street", 4),
    ],
)
def test_count_digits(said, digits):
    assert count_digits(said.split()) == digits


def test_visible_digits_after_partial_redaction():
    g = span(CARD, "4111 1111 1111 1111", "CREDIT_CARD")
    first_three = pred(CARD, "4111 1111 1111", "CREDIT_CARD")
    assert visible_digits(CARD, g, []) == 16
    assert visible_digits(CARD, g, [first_three]) == 4
    all_but_two = PiiEntity("CREDIT_CARD", g.start, g.end - 2, 1.0)
    assert visible_digits(CARD, g, [all_but_two]) == 2


def test_visible_spoken_digits_count_only_whole_words():
    text = "it's four one one one one one"
    g = span(text, "four one one one one one", "CREDIT_CARD")
    # Redacting half of "four" hides it; the five "one"s stay visible.
    half_word = PiiEntity("CREDIT_CARD", g.start, g.start + 2, 1.0)
    assert visible_digits(text, g, [half_word]) == 5
    # A redacted "double" must not make the next visible word count twice.
    text = "double five five"
    g = span(text, "double five five", "PIN")
    assert visible_digits(text, g, [pred(text, "double", "PIN")]) == 2


def test_score_document_counts():
    text = "Ann Lee paid $25.99 with 4111 1111 1111 1111 on Monday"
    gold = [span(text, "Ann Lee", "PERSON"), span(text, "4111 1111 1111 1111", "CREDIT_CARD")]
    distractors = [span(text, "$25.99", "AMOUNT")]
    predictions = [
        pred(text, "Ann Lee", "PERSON"),
        pred(text, "4111 1111", "CREDIT_CARD"),  # half of the digits: found, not covered
        pred(text, "$25.99", "US_BANK_NUMBER"),  # a distractor redacted
        pred(text, "Monday", "DATE_TIME"),  # a false positive of another label
    ]
    s = score_document(text, gold, predictions, distractors)
    person, card = s.entities["PERSON"], s.entities["CREDIT_CARD"]
    assert (person.gold, person.found, person.covered, person.correct) == (1, 1, 1, 1)
    assert (card.gold, card.found, card.covered, card.correct) == (1, 1, 0, 1)
    assert (card.digit_spans, card.exposed) == (1, 1)  # 8 digits still visible
    assert s.entities["US_BANK_NUMBER"].predicted == 1
    assert s.entities["US_BANK_NUMBER"].correct == 0
    assert s.entities["DATE_TIME"].predicted == 1
    assert (s.distractors, s.distractors_redacted) == (1, 1)
    # Redacted non-space characters: AnnLee(6) + 41111111(8) + $25.99(6) + Monday(6) = 26,
    # of which gold: 6 + 8 = 14.
    assert (s.redacted_chars, s.redacted_pii_chars) == (26, 14)
    total = s.total
    assert (total.gold, total.found, total.predicted, total.correct) == (2, 2, 4, 2)
    assert total.recall == 1.0 and total.precision == 0.5


def test_overlapping_predictions_count_characters_once():
    text = "call 555-123-4567 now"
    gold = [span(text, "555-123-4567", "PHONE_NUMBER")]
    predictions = [pred(text, "555-123-4567", "PHONE_NUMBER"), pred(text, "555-123", "DATE_TIME")]
    s = score_document(text, gold, predictions)
    assert s.redacted_chars == s.redacted_pii_chars == 12
    assert s.character_precision == 1.0


def test_out_of_range_span_is_an_error():
    with pytest.raises(ValueError, match="outside a text"):
        score_document("short", [GoldSpan("PERSON", 0, 50)], [])


def test_empty_scores_have_no_ratios():
    s = Scores()
    assert s.total.recall is None and s.total.precision is None and s.total.f2 is None
    assert s.character_precision is None and s.distractor_rate is None


@pytest.mark.parametrize(
    ("p", "r", "f2"),
    [(1.0, 1.0, 1.0), (1.0, 0.5, 5 * 0.5 / 4.5), (0.5, 1.0, 5 * 0.5 / 3.0), (0.0, 0.0, 0.0)],
)
def test_f2(p, r, f2):
    assert f_beta(p, r) == pytest.approx(f2)


def test_f2_weighs_recall_more_than_precision():
    assert f_beta(0.5, 1.0) > f_beta(1.0, 0.5)
    assert f_beta(None, 1.0) is None


def test_merge_and_fold_other():
    text = "Ann Lee on Monday"
    a = score_document(text, [span(text, "Ann Lee", "PERSON")], [pred(text, "Monday", "DATE_TIME")])
    b = score_document(text, [], [pred(text, "Monday", "NRP")])
    a.merge(b)
    assert a.documents == 2 and a.entities["DATE_TIME"].predicted == 1
    folded = fold_other(a, {"PERSON"})
    assert set(folded.entities) == {"PERSON", metrics.OTHER}
    assert folded.entities[metrics.OTHER].predicted == 2
    assert folded.redacted_chars == a.redacted_chars
