"""The QA review report: redacted calls as static HTML, and reviewer feedback read back.

``render_report`` turns a pipeline output folder into ``report/index.html`` plus one page per
call; ``load_feedback`` reads the marks a reviewer exported from those pages into the
allow and deny lists the detector takes.
"""

from pipeline.report.feedback import (
    Feedback,
    FeedbackError,
    FeedbackMark,
    FeedbackSummary,
    load_feedback,
    merge_feedback,
    parse_feedback,
    summarize_feedback,
    write_feedback,
)
from pipeline.report.mapping import Chip, EntityMark, TextPiece, TurnLayout, layout_turn
from pipeline.report.render import ReportResult, render_report

__all__ = [
    "Chip",
    "EntityMark",
    "Feedback",
    "FeedbackError",
    "FeedbackMark",
    "FeedbackSummary",
    "ReportResult",
    "TextPiece",
    "TurnLayout",
    "layout_turn",
    "load_feedback",
    "merge_feedback",
    "parse_feedback",
    "render_report",
    "summarize_feedback",
    "write_feedback",
]
