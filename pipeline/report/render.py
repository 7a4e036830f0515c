"""Render a pipeline output folder as a static, self-contained HTML review report.

Pages carry their CSS and JavaScript inline and load nothing from the network, so the
report works offline from ``file://``. Every value is HTML-escaped by Jinja's autoescape;
a Content-Security-Policy allows only the page's own inline script and style (by hash), so
even a missed escape could not run injected script.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import tempfile
import zlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from pipeline.report.mapping import Chip, EntityMark
from pipeline.report.model import OutputData, ReportCall, load_output

LOG = logging.getLogger(__name__)

DEFAULT_LOW_CONFIDENCE = 0.6
# Offered in the "missed PII" dialog besides the types found in the output.
COMMON_ENTITY_TYPES = (
    "CREDIT_CARD",
    "DATE_TIME",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "IP_ADDRESS",
    "LOCATION",
    "PERSON",
    "PHONE_NUMBER",
    "US_BANK_NUMBER",
    "US_DRIVER_LICENSE",
    "US_PASSPORT",
    "US_SSN",
)
_HUES = 8
# Distinct colours for the types seen most; others get a stable hashed slot.
_FIXED_HUES = {
    "CREDIT_CARD": 0,
    "PHONE_NUMBER": 1,
    "DATE_TIME": 2,
    "LOCATION": 3,
    "EMAIL_ADDRESS": 4,
    "PERSON": 5,
    "US_SSN": 6,
    "IBAN_CODE": 7,
}


@dataclass(frozen=True)
class ReportResult:
    """Where the report went and what it holds (counts only)."""

    report_dir: Path
    index_path: Path
    pages: tuple[tuple[str, Path], ...]  # (call id, page), in index order
    calls: int
    dead_letters: int
    entities: int
    low_confidence: int
    unlocated: int
    problems: tuple[str, ...]


def _static(name: str) -> str:
    text = resources.files("pipeline.report").joinpath("static", name).read_text("utf-8")
    if "</" in text or "<!--" in text:
        # The asset is inlined in <script>/<style>: such a sequence would end it early.
        raise ValueError(f"static/{name} must not contain '</' or '<!--'; rewrite that part")
    return text


def _csp(script: str, style: str, media: bool) -> str:
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {digest(script)}",
            f"style-src {digest(style)}",
            "media-src 'self' file:" if media else "media-src 'none'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def hue(entity_type: str) -> int:
    """A stable colour slot for an entity type (same type, same colour, on every page)."""
    fixed = _FIXED_HUES.get(entity_type)
    return fixed if fixed is not None else zlib.crc32(entity_type.encode("utf-8")) % _HUES


def clock(seconds: float | None) -> str:
    """``m:ss.s`` (or ``h:mm:ss``) for a turn time."""
    if seconds is None:
        return "—"
    seconds = max(0.0, seconds)
    if seconds >= 3600:
        h, rest = divmod(int(seconds), 3600)
        return f"{h}:{rest // 60:02d}:{rest % 60:02d}"
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)}:{secs:04.1f}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _score_text(score: float | None) -> str:
    return "no score" if score is None else f"score {score:.2f}"


def mark_tip(mark: EntityMark | Chip, threshold: float) -> str:
    parts = [mark.entity_type, _score_text(mark.score)]
    if mark.recognizer:
        parts.append(mark.recognizer)
    if mark.score is not None and mark.score < threshold:
        parts.append("low confidence")
    return " · ".join(parts)


def chip_tip(chip: Chip, threshold: float) -> str:
    """Hover text: type, score and recognizer of the replacement and any merged entities."""
    tip = mark_tip(chip, threshold)
    extras = chip.extra_entities
    if extras:
        tip += "; merged with " + "; ".join(mark_tip(e, threshold) for e in extras)
    if chip.precision == "approximate":
        tip += " (position approximate)"
    return tip


def mark_label_suffix(mark: EntityMark | Chip) -> str:
    out = f", {_score_text(mark.score)}"
    if mark.recognizer:
        out += f", found by {mark.recognizer}"
    return out


def chip_label(chip: Chip, threshold: float) -> str:
    """Accessible name: what was redacted and by whom, never the value."""
    label = f"Redacted {chip.entity_type}{mark_label_suffix(chip)}"
    if chip.score is not None and chip.score < threshold:
        label += ", low confidence"
    extras = chip.extra_entities
    if extras:
        label += "; also " + ", ".join(e.entity_type for e in extras)
    return label


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        hue=hue,
        clock=clock,
        duration=duration,
        chip_tip=chip_tip,
        chip_label=chip_label,
        mark_tip=mark_tip,
        mark_label_suffix=mark_label_suffix,
    )
    env.tests["chip"] = lambda value: isinstance(value, Chip)
    return env


def write_text_atomically(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _href(target: Path, from_dir: Path) -> str:
    return quote(Path(os.path.relpath(target, from_dir)).as_posix(), safe="/")


def _sorted_counts(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _flags(call: ReportCall, dead_ids: Counter, threshold: float) -> list[tuple[str, bool]]:
    flags: list[tuple[str, bool]] = []
    if dead_ids[call.call_id]:
        flags.append(("dead letter", True))
    low = call.low_confidence_count(threshold)
    if low:
        flags.append((f"{low} low confidence", False))
    if call.unlocated_count:
        flags.append((f"{call.unlocated_count} not located", False))
    return flags


def render_report(
    output_dir: str,
    report_dir: str | None = None,
    low_confidence: float = DEFAULT_LOW_CONFIDENCE,
) -> ReportResult:
    """Write ``index.html`` and ``calls/<id>.html`` for a pipeline output folder.

    ``report_dir`` defaults to ``<output_dir>/report``. Spans scoring below
    ``low_confidence`` are flagged for review.
    """
    if not 0.0 <= low_confidence <= 1.0:
        raise ValueError("low_confidence must be between 0 and 1, e.g. 0.6")
    base = Path(output_dir)
    data: OutputData = load_output(base)
    out = Path(report_dir) if report_dir else base / "report"
    calls_dir = out / "calls"
    env = _environment()
    # Our own assets, checked by _static; Markup keeps autoescape from mangling them.
    css = Markup(_static("report.css"))
    index_js = Markup(_static("index.js"))
    call_js = Markup(_static("call.js"))

    dead_ids = Counter(d.call_id for d in data.dead_letters if d.call_id)
    entity_totals: Counter = Counter()
    rows: list[dict[str, Any]] = []
    pages: list[tuple[str, Path]] = []
    total_low = total_unlocated = 0
    call_template = env.get_template("call.html.j2")
    for call in data.calls:
        counts = call.entity_counts
        entity_totals.update(counts)
        low = call.low_confidence_count(low_confidence)
        total_low += low
        total_unlocated += call.unlocated_count
        page = calls_dir / call.page_name
        audio_href = _href(call.audio_file, calls_dir) if call.audio_file else None
        options = sorted(set(COMMON_ENTITY_TYPES) | set(counts))
        html = call_template.render(
            csp=_csp(call_js, css, media=audio_href is not None),
            css=css,
            js=call_js,
            call=call,
            page_stem=call.page_name[: -len(".html")],
            index_href=_href(out / "index.html", calls_dir),
            audio_href=audio_href,
            counts=_sorted_counts(counts),
            entities=sum(counts.values()),
            low=low,
            threshold=low_confidence,
            dead_letters=[d for d in data.dead_letters if d.call_id == call.call_id],
            entity_type_options=options,
        )
        write_text_atomically(page, html)
        pages.append((call.call_id, page))
        rows.append(
            {
                "call": call,
                "href": _href(page, out),
                "search": " ".join([call.call_id, *call.speakers]).lower(),
                "types": sorted(counts),
                "counts": _sorted_counts(counts),
                "entities": sum(counts.values()),
                "low": low,
                "flags": _flags(call, dead_ids, low_confidence),
            }
        )

    summary = data.summary
    runtime = summary.get("runtime_seconds")
    totals = {
        "calls_in": summary.get("calls_in", len(data.calls) + len(data.dead_letters)),
        "calls_out": summary.get("calls_out", len(data.calls)),
        "calls_failed": summary.get("calls_failed", len(data.dead_letters)),
        "entities": sum(entity_totals.values()),
        "low_confidence": total_low,
        "runtime": float(runtime) if isinstance(runtime, (int, float)) else None,
    }
    index_html = env.get_template("index.html.j2").render(
        csp=_csp(index_js, css, media=False),
        css=css,
        js=index_js,
        output_name=base.name or str(base),
        calls=data.calls,
        rows=rows,
        totals=totals,
        threshold=low_confidence,
        entity_totals=_sorted_counts(entity_totals),
        dead_letters=data.dead_letters,
        problems=data.problems,
    )
    index_path = out / "index.html"
    write_text_atomically(index_path, index_html)
    LOG.info(
        "report: %d call pages, %d dead letters, %d entities in %s",
        len(pages),
        len(data.dead_letters),
        totals["entities"],
        out,
    )
    return ReportResult(
        report_dir=out,
        index_path=index_path,
        pages=tuple(pages),
        calls=len(pages),
        dead_letters=len(data.dead_letters),
        entities=totals["entities"],
        low_confidence=total_low,
        unlocated=total_unlocated,
        problems=data.problems,
    )
