"""Span metrics for PII redaction: pure functions over gold and predicted spans.

Rules (the README states them with the table):

- **Typed match (precision, recall, F2).** A prediction is compatible with a gold span when
  the labels are equal or the prediction's label is an accepted alias of the gold label
  (``ALIASES``: Presidio's ``DATE_TIME`` for a date of birth or card expiry, ``LOCATION``
  for an address, ``ABA_ROUTING_NUMBER`` for a routing number; ``ACCOUNT_NUMBER`` and
  ``SECURITY_ANSWER`` as callredact's recognizers name account ids and security answers;
  generic catch-alls such as ``ID_NUMBER`` match nothing). A gold span is *found* when
  compatible predictions together cover at least half of its non-space characters. A
  prediction is *correct* when at least half of its non-space characters lie inside
  compatible gold spans. Half-coverage both ways tolerates a number redacted in pieces and
  a span that swallows a word of context, and still refuses a token that touches a span.
- **Fully covered (type-agnostic).** Every non-space character of the gold span lies inside
  some prediction, whatever its label: for redaction, coverage matters more than the label.
- **Digits visible.** The digits of a gold span left outside every prediction, counting
  written digits and spoken ones ("oh", "double five" is two, "nineteen" two, "twenty four"
  two). Reported for gold spans that hold four or more digits.
- **Character precision.** Of all non-space characters inside some prediction, the share
  inside some gold span.
- **Distractors redacted.** Share of non-PII look-alikes (amounts, times, the company
  name, ...) that any prediction overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.evaluation import render

# Gold label -> prediction labels that also count as that entity: Presidio's generic
# labels, and the names callredact's recognizers use for the same thing.
ALIASES: Mapping[str, frozenset[str]] = {
    "DATE_OF_BIRTH": frozenset({"DATE_TIME"}),
    "CARD_EXPIRY": frozenset({"DATE_TIME"}),
    "ADDRESS": frozenset({"LOCATION"}),
    "ROUTING_NUMBER": frozenset({"ABA_ROUTING_NUMBER"}),
    "ACCOUNT_ID": frozenset({"ACCOUNT_NUMBER"}),
    "PASSWORD": frozenset({"SECURITY_ANSWER"}),
}
# Prediction labels that, when they match no gold span, still count against one entity.
CANONICAL = {
    "LOCATION": "ADDRESS",
    "ABA_ROUTING_NUMBER": "ROUTING_NUMBER",
    "ACCOUNT_NUMBER": "ACCOUNT_ID",
    "SECURITY_ANSWER": "PASSWORD",
}
OTHER = "OTHER"
MIN_VISIBLE_DIGITS = 4
HALF = 0.5

# The number words the generator says (render.py), plus "oh" for zero.
_UNITS = {*render.ONES[:10], "oh"}
_TEENS = set(render.ONES[10:20])
_TENS = set(render.TENS[2:])
_ORDINAL_UNITS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
}
_ORDINAL_TEENS = {
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
}
_ORDINAL_TENS = {"twentieth", "thirtieth"}


class SpanLike(Protocol):
    """Anything with a label and character offsets: gold spans and ``PiiEntity``."""

    @property
    def entity_type(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def compatible(gold_label: str, predicted_label: str) -> bool:
    """True when a prediction with ``predicted_label`` counts for a ``gold_label`` span."""
    return predicted_label == gold_label or predicted_label in ALIASES.get(gold_label, ())


def _positions(text: str, start: int, end: int) -> set[int]:
    """Indices of the non-space characters in ``text[start:end]``."""
    return {i for i in range(max(start, 0), min(end, len(text))) if not text[i].isspace()}


def _union(text: str, spans: Iterable[SpanLike]) -> set[int]:
    covered: set[int] = set()
    for span in spans:
        covered |= _positions(text, span.start, span.end)
    return covered


def gold_found(text: str, gold: SpanLike, predictions: Sequence[SpanLike]) -> bool:
    """Compatible predictions cover at least half of the gold span's non-space characters."""
    wanted = _positions(text, gold.start, gold.end)
    if not wanted:
        return False
    usable = [p for p in predictions if compatible(gold.entity_type, p.entity_type)]
    return len(wanted & _union(text, usable)) >= HALF * len(wanted)


def prediction_match(text: str, prediction: SpanLike, gold: Sequence[SpanLike]) -> str | None:
    """The gold label a prediction counts for, or None when it is a false positive.

    Correct means at least half of its non-space characters lie inside gold spans whose
    label it is compatible with; the label is the one it overlaps most.
    """
    mine = _positions(text, prediction.start, prediction.end)
    if not mine:
        return None
    best_label, best_overlap, inside = None, 0, set()
    for g in gold:
        if not compatible(g.entity_type, prediction.entity_type):
            continue
        overlap = mine & _positions(text, g.start, g.end)
        inside |= overlap
        if len(overlap) > best_overlap:
            best_label, best_overlap = g.entity_type, len(overlap)
    return best_label if len(inside) >= HALF * len(mine) else None


def fully_covered(text: str, gold: SpanLike, predictions: Sequence[SpanLike]) -> bool:
    """Every non-space character of the gold span is inside some prediction (any label)."""
    wanted = _positions(text, gold.start, gold.end)
    return bool(wanted) and wanted <= _union(text, predictions)


def count_digits(words: Sequence[str]) -> int:
    """How many digits a run of tokens says: '4111' is 4, 'double five' 2, 'nineteen' 2.

    Written digits count one each. Spoken: a unit word or 'oh' one; 'double'/'triple'
    multiply the next unit; a teen two; a tens word two, or one when a unit follows
    ('twenty four'); 'hundred' two and 'thousand' three, less the places the next number
    fills ('seven hundred one' is 3, 'two thousand twelve' 4). Ordinals count like cardinals.
    """
    total = 0
    i = 0
    lowered = [w.lower().strip(".,?!;:-'\"") for w in words]
    while i < len(lowered):
        word = lowered[i]
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        digits = sum(ch.isdigit() for ch in word)
        if digits:
            total += digits
        elif word in ("double", "triple") and nxt in _UNITS:
            total += 2 if word == "double" else 3
            i += 1
        elif word in _UNITS or word in _ORDINAL_UNITS:
            total += 1
        elif word in _TEENS or word in _ORDINAL_TEENS or word in _ORDINAL_TENS:
            total += 2
        elif word in _TENS:
            total += 1 if (nxt in _UNITS or nxt in _ORDINAL_UNITS) and nxt != "oh" else 2
        elif word in ("hundred", "thousand"):
            zeros = 2 if word == "hundred" else 3
            after = lowered[i + 2] if nxt == "and" and i + 2 < len(lowered) else nxt
            total += zeros - _places(after)
        i += 1
    return total


def _places(word: str) -> int:
    """How many trailing zeros of 'hundred'/'thousand' the next word fills."""
    if word in _UNITS or word in _ORDINAL_UNITS:
        return 1
    if word in _TEENS or word in _TENS or word in _ORDINAL_TEENS or word in _ORDINAL_TENS:
        return 2
    return 0


def visible_digits(text: str, gold: SpanLike, predictions: Sequence[SpanLike]) -> int:
    """Digits of the gold span still readable after the predictions are redacted.

    Written digits count where their own character is not redacted; a spoken number word
    counts only when none of its characters is redacted.
    """
    redacted = _union(text, predictions)
    visible_tokens: list[str] = []
    i = gold.start
    while i < gold.end:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < gold.end and not text[j].isspace():
            j += 1
        if any(k in redacted for k in range(i, j)):
            # Keep only the written digits that escaped redaction inside a partial token.
            kept = "".join(text[k] for k in range(i, j) if k not in redacted and text[k].isdigit())
            if kept:
                visible_tokens.append(kept)
            else:
                visible_tokens.append("")  # breaks 'double' / 'twenty four' look-ahead
        else:
            visible_tokens.append(text[i:j])
        i = j
    return count_digits(visible_tokens)


@dataclass
class EntityCounts:
    """Tallies for one entity type (or for everything, under the name 'ALL')."""

    gold: int = 0
    found: int = 0
    covered: int = 0
    predicted: int = 0
    correct: int = 0
    # Gold spans that say 4+ digits, and of those, the ones left with 4+ digits visible.
    digit_spans: int = 0
    exposed: int = 0

    def add(self, other: EntityCounts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.covered += other.covered
        self.predicted += other.predicted
        self.correct += other.correct
        self.digit_spans += other.digit_spans
        self.exposed += other.exposed

    @property
    def recall(self) -> float | None:
        return ratio(self.found, self.gold)

    @property
    def precision(self) -> float | None:
        return ratio(self.correct, self.predicted)

    @property
    def f2(self) -> float | None:
        return f_beta(self.precision, self.recall, beta=2.0)

    @property
    def coverage(self) -> float | None:
        return ratio(self.covered, self.gold)

    @property
    def exposed_share(self) -> float | None:
        return ratio(self.exposed, self.digit_spans)


@dataclass
class Scores:
    """Everything measured on a set of documents for one detector."""

    entities: dict[str, EntityCounts] = field(default_factory=dict)
    redacted_chars: int = 0
    redacted_pii_chars: int = 0
    distractors: int = 0
    distractors_redacted: int = 0
    documents: int = 0

    def entity(self, label: str) -> EntityCounts:
        return self.entities.setdefault(label, EntityCounts())

    @property
    def total(self) -> EntityCounts:
        out = EntityCounts()
        for counts in self.entities.values():
            out.add(counts)
        return out

    @property
    def character_precision(self) -> float | None:
        return ratio(self.redacted_pii_chars, self.redacted_chars)

    @property
    def distractor_rate(self) -> float | None:
        return ratio(self.distractors_redacted, self.distractors)

    def merge(self, other: Scores) -> None:
        for label, counts in other.entities.items():
            self.entity(label).add(counts)
        self.redacted_chars += other.redacted_chars
        self.redacted_pii_chars += other.redacted_pii_chars
        self.distractors += other.distractors
        self.distractors_redacted += other.distractors_redacted
        self.documents += other.documents


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return None if denominator == 0 else numerator / denominator


def f_beta(precision: float | None, recall: float | None, beta: float = 2.0) -> float | None:
    """F-beta; F2 weighs recall four times as much as precision, as redaction should."""
    if precision is None or recall is None:
        return None
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def score_document(
    text: str,
    gold: Sequence[SpanLike],
    predictions: Sequence[SpanLike],
    distractors: Sequence[SpanLike] = (),
) -> Scores:
    """All counts for one text (a turn, or a general-text sample)."""
    for span in (*gold, *predictions, *distractors):
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(
                f"span {span.start}:{span.end} ({span.entity_type}) is outside a text of "
                f"{len(text)} characters; offsets must index the original text"
            )
    scores = Scores(documents=1)
    for g in gold:
        counts = scores.entity(g.entity_type)
        counts.gold += 1
        counts.found += gold_found(text, g, predictions)
        counts.covered += fully_covered(text, g, predictions)
        if count_digits(text[g.start : g.end].split()) >= MIN_VISIBLE_DIGITS:
            counts.digit_spans += 1
            counts.exposed += visible_digits(text, g, predictions) >= MIN_VISIBLE_DIGITS
    for p in predictions:
        label = prediction_match(text, p, gold)
        if label is None:
            counts = scores.entity(CANONICAL.get(p.entity_type, p.entity_type))
            counts.predicted += 1
        else:
            counts = scores.entity(label)
            counts.predicted += 1
            counts.correct += 1
    redacted = _union(text, predictions)
    scores.redacted_chars = len(redacted)
    scores.redacted_pii_chars = len(redacted & _union(text, gold))
    scores.distractors = len(distractors)
    scores.distractors_redacted = sum(
        bool(_positions(text, d.start, d.end) & redacted) for d in distractors
    )
    return scores


def fold_other(scores: Scores, known: Iterable[str]) -> Scores:
    """A copy with every label outside ``known`` merged into one 'OTHER' row."""
    known = set(known)
    out = Scores(
        redacted_chars=scores.redacted_chars,
        redacted_pii_chars=scores.redacted_pii_chars,
        distractors=scores.distractors,
        distractors_redacted=scores.distractors_redacted,
        documents=scores.documents,
    )
    for label, counts in scores.entities.items():
        out.entity(label if label in known else OTHER).add(counts)
    return out
