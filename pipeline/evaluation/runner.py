"""Run callredact and stock Presidio on the same labelled corpus and compare them.

One run generates the call corpus (our conversation templates plus presidio-evaluator
templates as calls) and the general-text samples, runs every detector on exactly the
same text, and scores them with ``metrics``. Rendering to markdown (README) and plain
text (terminal) lives here too; nothing here prints or logs content.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.evaluation import metrics
from pipeline.evaluation.corpus import (
    ENTITY_TYPES,
    SOURCE_CALLREDACT,
    STYLES,
    CorpusConfig,
    LabelledCall,
    generate_corpus,
)
from pipeline.evaluation.labelled import SOURCE_LABELLED, styles_of
from pipeline.evaluation.metrics import Scores
from pipeline.evaluation.presidio_templates import (
    SOURCE_PRESIDIO,
    TEMPLATE_ENTITY_TYPES,
    TEMPLATE_STYLES,
    LabelledText,
    general_text_samples,
    template_call,
)
from pipeline.schema import Call, PiiEntity, Turn

logger = logging.getLogger(__name__)

CALLREDACT = "callredact"
STOCK = "stock Presidio"
GENERAL_SOURCE_NOTE = (
    "No pre-labelled public PII dataset of general text installs from PyPI (the public ones "
    "are distributed elsewhere, which this project cannot reach), so general text is "
    "the presidio-evaluator templates (the recipe behind Presidio's published synthetic "
    "set) filled with seeded Faker values, written as is."
)
Detections = list[tuple[tuple[PiiEntity, ...], ...]]


class Detector(Protocol):
    """Anything that finds PII in whole calls: ``CallAnalyzer`` or ``StockDetector``."""

    def analyze_calls(self, calls: Sequence[Call]) -> Detections: ...


class StockDetector:
    """Presidio as shipped, one turn at a time, reported like ``CallAnalyzer``.

    ``score_threshold`` None keeps Presidio's own default (0: every result it returns).
    """

    def __init__(self, analyzer, score_threshold: float | None = None):
        self._analyzer = analyzer
        self._score_threshold = score_threshold

    @classmethod
    def create(cls, score_threshold: float | None = None) -> StockDetector:
        from recognizers.engine import create_stock_analyzer

        return cls(create_stock_analyzer(), score_threshold)

    def analyze_calls(self, calls: Sequence[Call]) -> Detections:
        texts = [turn.text for call in calls for turn in call.turns]
        artifacts = self._analyzer.nlp_engine.process_batch(texts, language="en", batch_size=64)
        per_turn = []
        for text, nlp_artifacts in artifacts:
            results = self._analyzer.analyze(
                text,
                language="en",
                nlp_artifacts=nlp_artifacts,
                score_threshold=self._score_threshold,
            )
            per_turn.append(
                tuple(
                    PiiEntity(r.entity_type, r.start, r.end, float(r.score))
                    for r in sorted(results, key=lambda r: (r.start, r.end))
                )
            )
        out, i = [], 0
        for call in calls:
            out.append(tuple(per_turn[i : i + len(call.turns)]))
            i += len(call.turns)
        return out


@dataclass(frozen=True)
class SystemResult:
    """One detector's scores: whole call corpus, split by style and by source, general text."""

    name: str
    calls: Scores
    by_style: Mapping[str, Scores]
    by_source: Mapping[str, Scores]
    general: Scores | None
    seconds: float


@dataclass(frozen=True)
class EvaluationReport:
    """The side-by-side result of one evaluation run."""

    n_calls: int
    seed: int | None  # None: labelled files, not generated
    styles: tuple[str, ...]
    n_turns: int
    template_calls: int
    general_samples: int
    systems: tuple[SystemResult, ...]
    general_note: str = GENERAL_SOURCE_NOTE
    entity_types: tuple[str, ...] = ENTITY_TYPES
    general_entity_types: tuple[str, ...] = TEMPLATE_ENTITY_TYPES
    command: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    def system(self, name: str) -> SystemResult:
        for result in self.systems:
            if result.name == name:
                return result
        raise KeyError(
            f"no detector named {name!r} in this report: {[s.name for s in self.systems]}"
        )


def build_call_corpus(
    n_calls: int,
    seed: int,
    styles: Sequence[str] = STYLES,
    template_share: float = 0.2,
) -> list[LabelledCall]:
    """Our generated calls plus ``template_share`` of presidio-evaluator template calls."""
    if not 0 <= template_share <= 1:
        raise ValueError("template_share must be between 0 and 1, e.g. 0.2")
    template_styles = [s for s in styles if s in TEMPLATE_STYLES]
    n_templates = round(n_calls * template_share) if template_styles else 0
    calls = generate_corpus(CorpusConfig(n_calls - n_templates, seed, tuple(styles)))
    calls += [
        template_call(i, seed, template_styles[i % len(template_styles)])
        for i in range(n_templates)
    ]
    return calls


def score_calls(
    corpus: Sequence[LabelledCall], detections: Detections
) -> tuple[Scores, dict[str, Scores], dict[str, Scores]]:
    """Scores over all calls, by style and by source."""
    if len(detections) != len(corpus):
        raise ValueError(
            f"the detector returned {len(detections)} calls for {len(corpus)}: it must return "
            "one entry per call, in order"
        )
    total, by_style, by_source = Scores(), {}, {}
    for labelled, per_turn in zip(corpus, detections, strict=True):
        if len(per_turn) != len(labelled.call.turns):
            raise ValueError(
                f"call {labelled.call.call_id}: the detector returned {len(per_turn)} turns "
                f"for {len(labelled.call.turns)}"
            )
        call_scores = Scores()
        for turn, gold, distractors, found in zip(
            labelled.call.turns, labelled.gold, labelled.distractors, per_turn, strict=True
        ):
            call_scores.merge(metrics.score_document(turn.text, gold, found, distractors))
        total.merge(call_scores)
        by_style.setdefault(labelled.style, Scores()).merge(call_scores)
        by_source.setdefault(labelled.source, Scores()).merge(call_scores)
    return total, by_style, by_source


def general_calls(samples: Sequence[LabelledText]) -> list[Call]:
    """General-text samples as one-turn calls, so every detector gets them the same way."""
    return [
        Call(call_id=f"general-{i:05d}", turns=(Turn(speaker="text", text=s.text),))
        for i, s in enumerate(samples)
    ]


def score_general(samples: Sequence[LabelledText], detections: Detections) -> Scores:
    total = Scores()
    for sample, per_turn in zip(samples, detections, strict=True):
        total.merge(metrics.score_document(sample.text, sample.gold, per_turn[0]))
    return total


def default_detectors(stock_threshold: float | None = None) -> dict[str, Callable[[], Detector]]:
    """Factories for callredact and stock Presidio on the same spaCy model."""

    def callredact() -> Detector:
        from recognizers.call_analyzer import CallAnalyzer

        return CallAnalyzer.create()

    return {CALLREDACT: callredact, STOCK: lambda: StockDetector.create(stock_threshold)}


def run_evaluation(
    n_calls: int,
    seed: int,
    *,
    styles: Sequence[str] = STYLES,
    template_share: float = 0.2,
    general_samples: int = 300,
    detectors: Mapping[str, Callable[[], Detector]] | None = None,
    command: str = "",
) -> EvaluationReport:
    """Generate the corpus once and score every detector on it, side by side.

    ``detectors`` maps a column name to a factory (called once); default: callredact and
    stock Presidio. ``template_share`` of the calls come from presidio-evaluator templates
    and ``general_samples`` general-text samples are scored too (0 turns either off; both
    need presidio-evaluator installed).
    """
    if n_calls < 1:
        raise ValueError("n_calls must be at least 1; pass --calls N with N > 0")
    if general_samples < 0:
        raise ValueError("general_samples must be zero or more")
    corpus = build_call_corpus(n_calls, seed, styles, template_share)
    samples = general_text_samples(general_samples, seed) if general_samples else []
    calls = [c.call for c in corpus]
    return EvaluationReport(
        n_calls=len(corpus),
        seed=seed,
        styles=tuple(styles),
        n_turns=sum(len(c.turns) for c in calls),
        template_calls=sum(c.source == SOURCE_PRESIDIO for c in corpus),
        general_samples=len(samples),
        systems=_run_detectors(corpus, samples, detectors),
        command=command,
    )


def run_labelled_evaluation(
    corpus: Sequence[LabelledCall],
    *,
    detectors: Mapping[str, Callable[[], Detector]] | None = None,
    command: str = "",
) -> EvaluationReport:
    """Score every detector on calls someone labelled (``labelled.load_labelled_calls``)."""
    return EvaluationReport(
        n_calls=len(corpus),
        seed=None,
        styles=styles_of(corpus),
        n_turns=sum(len(c.call.turns) for c in corpus),
        template_calls=0,
        general_samples=0,
        systems=_run_detectors(corpus, [], detectors),
        command=command,
    )


def _run_detectors(
    corpus: Sequence[LabelledCall],
    samples: Sequence[LabelledText],
    detectors: Mapping[str, Callable[[], Detector]] | None,
) -> tuple[SystemResult, ...]:
    """Each detector (built once) on exactly the same calls and general-text samples."""
    calls = [c.call for c in corpus]
    factories = detectors if detectors is not None else default_detectors()
    results = []
    for name, factory in factories.items():
        detector = factory()
        began = time.perf_counter()
        total, by_style, by_source = score_calls(corpus, detector.analyze_calls(calls))
        general = None
        if samples:
            general = score_general(samples, detector.analyze_calls(general_calls(samples)))
        seconds = time.perf_counter() - began
        logger.info(
            "evaluated detector=%s calls=%d turns=%d seconds=%.1f",
            name,
            len(calls),
            sum(len(c.turns) for c in calls),
            seconds,
        )
        results.append(SystemResult(name, total, by_style, by_source, general, seconds))
    return tuple(results)


# -- tables --------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _share(count: int, total: int) -> str:
    return "–" if total == 0 else f"{count} / {total} ({100 * count / total:.1f}%)"


Table = tuple[list[str], list[list[str]]]


def summary_table(report: EvaluationReport) -> Table:
    """Headline metrics on call transcripts, one column per detector."""
    header = ["Call transcripts", *[s.name for s in report.systems]]
    rows: list[list[str]] = []

    def row(label: str, cell: Callable[[SystemResult], str]) -> None:
        rows.append([label, *[cell(s) for s in report.systems]])

    row("PII spans fully covered", lambda s: _pct(s.calls.total.coverage))
    for style in report.styles:
        row(f"… {style} style", lambda s, st=style: _pct(_style(s, st).total.coverage))
    for source, label in (
        (SOURCE_CALLREDACT, "our templates"),
        (SOURCE_PRESIDIO, "presidio-evaluator templates"),
        (SOURCE_LABELLED, "labelled files"),
    ):
        if any(source in s.by_source for s in report.systems):
            row(f"… {label}", lambda s, src=source: _pct(_source(s, src).total.coverage))
    row("Recall (typed)", lambda s: _pct(s.calls.total.recall))
    row("Precision (typed)", lambda s: _pct(s.calls.total.precision))
    row("F2", lambda s: _num(s.calls.total.f2))
    row("Character precision", lambda s: _pct(s.calls.character_precision))
    row(
        "Spans left with 4+ digits visible",
        lambda s: _share(s.calls.total.exposed, s.calls.total.digit_spans),
    )
    row(
        "Non-PII look-alikes redacted",
        lambda s: _share(s.calls.distractors_redacted, s.calls.distractors),
    )
    return header, rows


def _style(result: SystemResult, style: str) -> Scores:
    return result.by_style.get(style, Scores())


def _source(result: SystemResult, source: str) -> Scores:
    return result.by_source.get(source, Scores())


def entity_table(report: EvaluationReport) -> Table:
    """Per-entity precision, recall, F2 and full coverage on call transcripts."""
    header = ["Entity", "Gold"]
    for s in report.systems:
        header += [f"{s.name} P", "R", "F2", "covered"]
    known = set(report.entity_types) | set(report.general_entity_types)
    folded = [metrics.fold_other(s.calls, known) for s in report.systems]
    labels = [e for e in report.entity_types if any(f.entities.get(e) for f in folded)]
    labels += sorted(
        {
            e
            for f in folded
            for e in f.entities
            if e not in report.entity_types and e != metrics.OTHER
        }
    )
    if any(metrics.OTHER in f.entities for f in folded):
        labels.append(metrics.OTHER)
    rows = []
    for label in labels:
        gold = max(f.entities.get(label, metrics.EntityCounts()).gold for f in folded)
        cells = [label if label != metrics.OTHER else "other labels", str(gold)]
        for f in folded:
            c = f.entities.get(label, metrics.EntityCounts())
            cells += [_pct(c.precision), _pct(c.recall), _num(c.f2), _pct(c.coverage)]
        rows.append(cells)
    return header, rows


def general_table(report: EvaluationReport) -> Table | None:
    """Recall and precision on general text, overall and per entity."""
    systems = [s for s in report.systems if s.general is not None]
    if not systems:
        return None
    header = ["General text", *[f"{s.name} {m}" for s in systems for m in ("P", "R")]]
    rows = [["all entities", *[c for s in systems for c in _pr(s.general.total)]]]
    known = set(report.general_entity_types) | set(report.entity_types)
    folded = [metrics.fold_other(s.general, known) for s in systems]
    for label in [*report.general_entity_types, metrics.OTHER]:
        if not any(label in f.entities for f in folded):
            continue
        name = "other labels" if label == metrics.OTHER else label
        rows.append(
            [name, *[c for f in folded for c in _pr(f.entities.get(label, metrics.EntityCounts()))]]
        )
    return header, rows


def _pr(counts: metrics.EntityCounts) -> list[str]:
    return [_pct(counts.precision), _pct(counts.recall)]


def _markdown(table: Table) -> str:
    header, rows = table
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _plain(table: Table) -> str:
    header, rows = table
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    fmt = [str.ljust] + [str.rjust] * (len(header) - 1)
    out = ["  ".join(f(c, w) for f, c, w in zip(fmt, header, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(f(c, w) for f, c, w in zip(fmt, r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def _intro(report: EvaluationReport) -> str:
    if report.seed is None:
        return (
            f"{report.n_calls} labelled calls ({report.n_turns} turns) from files, "
            f"styles: {', '.join(report.styles)}."
        )
    return (
        f"{report.n_calls} synthetic calls ({report.n_turns} turns; "
        f"{report.template_calls} from presidio-evaluator templates), seed {report.seed}, "
        f"styles: {', '.join(report.styles)}; {report.general_samples} general-text samples."
    )


def render_markdown(report: EvaluationReport) -> str:
    """The report as markdown tables, ready to paste into the README."""
    parts = []
    if report.command:
        parts.append(f"Produced by `{report.command}`: {_intro(report)}")
    else:
        parts.append(_intro(report))
    parts += [_markdown(summary_table(report)), _markdown(entity_table(report))]
    general = general_table(report)
    if general is not None:
        parts += [_markdown(general), f"General text: {report.general_note}"]
    parts.append(
        "Fully covered: every non-space character of the gold span is redacted, whatever the "
        "label. Typed recall/precision: a gold span is found when compatible predictions "
        "cover half of it; a prediction is correct when half of it lies in compatible gold "
        "(DATE_TIME counts for dates of birth and expiry, LOCATION for addresses, "
        "ACCOUNT_NUMBER for account ids, SECURITY_ANSWER for passwords). Spans left with 4+ "
        "digits visible: of the gold spans that say 4+ digits (written or spoken)."
    )
    return "\n\n".join(parts) + "\n"


def render_text(report: EvaluationReport) -> str:
    """The report as aligned plain-text tables for the terminal."""
    parts = [_intro(report), _plain(summary_table(report)), _plain(entity_table(report))]
    general = general_table(report)
    if general is not None:
        parts.append(_plain(general))
    timing = ", ".join(f"{s.name} {s.seconds:.1f}s" for s in report.systems)
    parts.append(f"Detection time: {timing}.")
    return "\n\n".join(parts) + "\n"
