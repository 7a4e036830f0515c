"""Place each detected entity on its replacement in the redacted turn text.

Entity offsets point into the ORIGINAL text, which is never published, so they cannot be
used as positions in the redacted text. Two sources of positions, best first:

1. ``redactions`` reported by the pipeline: offsets of every replacement in the redacted
   text (any operator: tags, numbered tags, masks, surrogates).
2. Otherwise, tags found by scanning the redacted text (``[PERSON]``, ``<PERSON_1>``).

Entities are merged into clusters exactly as redaction merges them (overlapping spans
become one replacement). Clusters are matched to replacements in order, and offsets are
checked arithmetically: the text between replacements is unchanged by redaction, so the
k-th replacement must start at ``cluster.start + (length change so far)``. A replacement at
exactly that offset is an ``exact`` match; one found only by type is ``approximate``. An
entity that matches nothing is returned as ``unlocated`` so that the report still shows it
(as a chip outside the text) rather than dropping it silently.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

Precision = Literal["reported", "exact", "approximate"]

# Tags written by the tag operators: "[CREDIT_CARD]" and numbered "<PERSON_1>".
_TAG_RE = re.compile(r"\[([A-Z][A-Z0-9_]*)\]|<([A-Z][A-Z0-9_]*?)_\d+>")


@dataclass(frozen=True)
class EntityMark:
    """What the report may say about one detected entity: never its value."""

    entity_type: str
    score: float | None
    recognizer: str


@dataclass(frozen=True)
class TextPiece:
    """Redacted text shown as it is."""

    text: str


@dataclass(frozen=True)
class Chip:
    """One replacement in the redacted text and the entities that produced it."""

    text: str
    entity_type: str
    types: tuple[str, ...]
    entities: tuple[EntityMark, ...]
    score: float | None
    recognizer: str
    precision: Precision

    @property
    def extra_entities(self) -> tuple[EntityMark, ...]:
        """Entities other than the one the chip itself stands for (merged overlaps)."""
        for i, entity in enumerate(self.entities):
            if entity.entity_type == self.entity_type:
                return self.entities[:i] + self.entities[i + 1 :]
        return self.entities


Segment = Union[TextPiece, Chip]


@dataclass(frozen=True)
class TurnLayout:
    """A redacted turn split into text and chips, plus entities that could not be placed."""

    segments: tuple[Segment, ...]
    unlocated: tuple[EntityMark, ...] = ()

    @property
    def chips(self) -> tuple[Chip, ...]:
        return tuple(s for s in self.segments if isinstance(s, Chip))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    mark: EntityMark


@dataclass(frozen=True)
class _Cluster:
    start: int
    end: int
    spans: tuple[_Span, ...]

    @property
    def types(self) -> frozenset[str]:
        return frozenset(s.mark.entity_type for s in self.spans)


@dataclass(frozen=True)
class _Slot:
    start: int
    end: int
    entity_type: str
    types: frozenset[str]
    score: float | None
    recognizer: str


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _score(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def entity_mark(raw: Any) -> EntityMark:
    """An ``EntityMark`` from one record entity; unknown shapes become type ``UNKNOWN``."""
    raw = raw if isinstance(raw, dict) else {}
    return EntityMark(
        entity_type=_str(raw.get("type")) or "UNKNOWN",
        score=_score(raw.get("score")),
        recognizer=_str(raw.get("recognizer")),
    )


def _clusters(spans: list[_Span]) -> list[_Cluster]:
    """Group overlapping spans the way ``pipeline.redaction.merge_spans`` does."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    groups: list[list[_Span]] = []
    for span in spans:
        if groups and span.start < max(s.end for s in groups[-1]):
            groups[-1].append(span)
        else:
            groups.append([span])
    return [_Cluster(min(s.start for s in g), max(s.end for s in g), tuple(g)) for g in groups]


def _reported_slots(redactions: Sequence[Any], text: str) -> list[_Slot]:
    """Replacements reported by the pipeline; ones outside the text or overlapping are dropped."""
    slots: list[_Slot] = []
    for raw in redactions:
        if not isinstance(raw, dict):
            continue
        start, end = _int(raw.get("start")), _int(raw.get("end"))
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        types = [t for t in raw.get("types") or () if isinstance(t, str) and t]
        primary = _str(raw.get("type")) or (types[0] if types else "UNKNOWN")
        slots.append(
            _Slot(
                start=start,
                end=end,
                entity_type=primary,
                types=frozenset([primary, *types]),
                score=_score(raw.get("score")),
                recognizer=_str(raw.get("recognizer")),
            )
        )
    slots.sort(key=lambda s: (s.start, s.end))
    kept: list[_Slot] = []
    for slot in slots:
        if not kept or slot.start >= kept[-1].end:
            kept.append(slot)
    return kept


def _tag_slots(text: str) -> list[_Slot]:
    slots = []
    for m in _TAG_RE.finditer(text):
        entity_type = m.group(1) or m.group(2)
        slots.append(_Slot(m.start(), m.end(), entity_type, frozenset([entity_type]), None, ""))
    return slots


def _best(spans: Sequence[_Span]) -> _Span:
    # The same choice redaction makes for a merged span: best score, then longest span.
    return max(
        spans,
        key=lambda s: (
            s.mark.score if s.mark.score is not None else -1.0,
            s.end - s.start,
            s.mark.entity_type,
        ),
    )


def layout_turn(
    text: str, entities: Sequence[Any], redactions: Sequence[Any] | None = None
) -> TurnLayout:
    """Split a redacted turn into text pieces and chips.

    ``entities`` are the record's entities (offsets into the original text); ``redactions``
    the record's optional replacement offsets into ``text``. With ``redactions`` every
    reported replacement becomes a chip, even one no entity maps to.
    """
    spans: list[_Span] = []
    unlocated: list[EntityMark] = []
    for raw in entities:
        mark = entity_mark(raw)
        start = _int(raw.get("start")) if isinstance(raw, dict) else None
        end = _int(raw.get("end")) if isinstance(raw, dict) else None
        if start is None or end is None or not 0 <= start < end:
            unlocated.append(mark)
        else:
            spans.append(_Span(start, end, mark))

    reported = redactions is not None
    slots = _reported_slots(redactions, text) if reported else _tag_slots(text)
    assigned: dict[int, list[_Span]] = {}
    precision: dict[int, Precision] = {}

    def matches(slot: _Slot, cluster: _Cluster) -> bool:
        return reported or bool(slot.types & cluster.types)

    cursor = 0
    delta = 0
    previous: int | None = None
    previous_end = 0
    for cluster in _clusters(spans):
        expected = cluster.start + delta
        index = next(
            (
                i
                for i in range(cursor, len(slots))
                if slots[i].start == expected and matches(slots[i], cluster)
            ),
            None,
        )
        exact = index is not None
        if (
            index is None
            and previous is not None
            and cluster.start - previous_end <= 1
            and matches(slots[previous], cluster)
        ):
            # Touching spans that redaction merged into the previous replacement.
            assigned[previous].extend(cluster.spans)
            previous_end = max(previous_end, cluster.end)
            delta = slots[previous].end - previous_end
            continue
        if index is None:
            index = next(
                (i for i in range(cursor, len(slots)) if slots[i].types & cluster.types),
                None,
            )
        if index is None:
            unlocated.extend(s.mark for s in cluster.spans)
            continue
        assigned[index] = list(cluster.spans)
        precision[index] = "reported" if reported and exact else "exact" if exact else "approximate"
        cursor = index + 1
        previous, previous_end = index, cluster.end
        delta = slots[index].end - cluster.end

    segments: list[Segment] = []
    position = 0
    for i, slot in enumerate(slots):
        if i not in assigned and not reported:
            continue  # a tag-shaped string no entity produced: ordinary text
        if slot.start > position:
            segments.append(TextPiece(text[position : slot.start]))
        chip_spans = assigned.get(i, [])
        segments.append(_chip(text, slot, chip_spans, precision.get(i, "reported"), reported))
        position = slot.end
    if position < len(text):
        segments.append(TextPiece(text[position:]))
    return TurnLayout(tuple(segments), tuple(unlocated))


def _chip(text: str, slot: _Slot, spans: list[_Span], precision: Precision, reported: bool) -> Chip:
    spans = sorted(spans, key=lambda s: (s.start, s.end, s.mark.entity_type))
    primary = slot.entity_type
    score, recognizer = slot.score, slot.recognizer
    same_type = [s for s in spans if s.mark.entity_type == primary]
    if spans and not same_type and not reported:
        primary = _best(spans).mark.entity_type
        same_type = [s for s in spans if s.mark.entity_type == primary]
    if same_type and (not reported or (score is None and not recognizer)):
        best = _best(same_type).mark
        score, recognizer = best.score, best.recognizer
    return Chip(
        text=text[slot.start : slot.end],
        entity_type=primary,
        types=tuple(sorted(slot.types | {s.mark.entity_type for s in spans})),
        entities=tuple(s.mark for s in spans),
        score=score,
        recognizer=recognizer,
        precision=precision,
    )
