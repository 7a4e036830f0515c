"""Command-line entry points for ``callredact report`` and ``callredact feedback``.

``pipeline/cli.py`` wires them in::

    report = sub.add_parser("report", help="...")
    add_report_arguments(report)
    report.set_defaults(func=run_report)
"""

from __future__ import annotations

import argparse
import json
import sys

from pipeline.report.feedback import (
    FeedbackError,
    load_feedback,
    merge_feedback,
    summarize_feedback,
    write_feedback,
)
from pipeline.report.render import DEFAULT_LOW_CONFIDENCE, render_report


def _fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("must be a number between 0 and 1, e.g. 0.6")
    return number


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """``callredact report DIR [--out REPORT_DIR] [--low-confidence 0.6]``."""
    parser.add_argument(
        "output_dir", metavar="DIR", help="the pipeline's output folder (holds redacted/)"
    )
    parser.add_argument(
        "--out",
        dest="report_dir",
        metavar="REPORT_DIR",
        default=None,
        help="where to write the report (default: DIR/report)",
    )
    parser.add_argument(
        "--low-confidence",
        type=_fraction,
        default=DEFAULT_LOW_CONFIDENCE,
        metavar="SCORE",
        help=f"flag spans scoring below this (default: {DEFAULT_LOW_CONFIDENCE})",
    )


def run_report(args: argparse.Namespace) -> int:
    """Render the report; 0 on success, 2 when the folder is not a pipeline output."""
    try:
        result = render_report(args.output_dir, args.report_dir, args.low_confidence)
    except FileNotFoundError as e:
        print(f"callredact report: {e}", file=sys.stderr)  # noqa: T201
        return 2
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)  # noqa: T201
    print(  # noqa: T201
        f"{result.calls} call pages, {result.dead_letters} dead letters, "
        f"{result.entities} entities ({result.low_confidence} low confidence)\n"
        f"open {result.index_path.resolve().as_uri()}"
    )
    return 0


def add_feedback_arguments(parser: argparse.ArgumentParser) -> None:
    """``callredact feedback summarize FILE...`` and ``callredact feedback merge A B -o OUT``."""
    sub = parser.add_subparsers(dest="feedback_command", metavar="COMMAND", required=True)
    summarize = sub.add_parser(
        "summarize", help="count marks per kind, call and entity type (never prints texts)"
    )
    summarize.add_argument("files", nargs="+", metavar="FILE", help="exported feedback files")
    summarize.add_argument("--json", action="store_true", help="print the counts as JSON")
    merge = sub.add_parser("merge", help="combine feedback files, each identical mark once")
    merge.add_argument("files", nargs="+", metavar="FILE", help="exported feedback files")
    merge.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="merged file to write (mode 0600)"
    )


def run_feedback(args: argparse.Namespace) -> int:
    """Run a feedback subcommand; 0 on success, 2 on an unusable file (message says why)."""
    try:
        feedback = merge_feedback(load_feedback(path) for path in args.files)
        if args.feedback_command == "merge":
            write_feedback(feedback, args.output)
            print(f"wrote {len(feedback.marks)} marks to {args.output}")  # noqa: T201
            return 0
        summary = summarize_feedback(feedback)
        if args.json:
            print(json.dumps(summary.to_dict(), indent=2, sort_keys=True))  # noqa: T201
        else:
            print(summary.to_text())  # noqa: T201
        return 0
    except FeedbackError as e:
        print(f"callredact feedback: {e}", file=sys.stderr)  # noqa: T201
        return 2
