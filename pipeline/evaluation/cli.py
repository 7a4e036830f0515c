"""``callredact eval``: arguments and the handler, for the main CLI to wire in.

This is CLI code: it writes the table to stdout (through ``sys.stdout``) and one-line
errors to stderr. Exit codes: 0 done (and thresholds met when checked), 1 fatal (bad
arguments, missing optional package), 3 the run finished but a threshold was missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.evaluation.corpus import STYLES
from pipeline.evaluation.labelled import load_labelled_calls
from pipeline.evaluation.presidio_templates import TemplatesUnavailable
from pipeline.evaluation.runner import (
    CALLREDACT,
    EvaluationReport,
    default_detectors,
    render_markdown,
    render_text,
    run_evaluation,
    run_labelled_evaluation,
)
from pipeline.evaluation.thresholds import check_thresholds, load_thresholds
from pipeline.exit_codes import EXIT_FATAL, EXIT_OK, EXIT_THRESHOLDS

DEFAULT_CALLS = 300
DEFAULT_SEED = 4242


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``callredact eval``."""
    parser.add_argument(
        "--calls",
        type=int,
        default=DEFAULT_CALLS,
        metavar="N",
        help=f"synthetic calls to generate (default {DEFAULT_CALLS})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="S",
        help=f"corpus seed; the same seed gives the same corpus (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--gold-only-style",
        choices=STYLES,
        metavar="STYLE",
        help=f"generate calls in one style only: {', '.join(STYLES)}",
    )
    parser.add_argument(
        "--template-share",
        type=float,
        default=0.2,
        metavar="F",
        help="share of calls built from presidio-evaluator templates (default 0.2)",
    )
    parser.add_argument(
        "--general-samples",
        type=int,
        default=300,
        metavar="N",
        help="general-text samples from presidio-evaluator templates (default 300, 0 = off)",
    )
    parser.add_argument(
        "--no-presidio-templates",
        action="store_true",
        help="use only callredact's own templates (no presidio-evaluator needed)",
    )
    parser.add_argument(
        "--stock-threshold",
        type=float,
        default=None,
        metavar="SCORE",
        help="score threshold for stock Presidio (default: Presidio's own, 0)",
    )
    parser.add_argument(
        "--callredact-only", action="store_true", help="skip the stock Presidio column"
    )
    parser.add_argument(
        "--markdown", metavar="FILE", help="also write the tables as markdown to FILE"
    )
    parser.add_argument(
        "--check-thresholds",
        nargs="?",
        const="gate",
        metavar="SET",
        help="exit 3 if callredact misses a threshold set of thresholds.yaml "
        "('gate', the default, or 'targets')",
    )
    parser.add_argument(
        "--thresholds", metavar="YAML", help="thresholds file (default: the packaged one)"
    )
    parser.add_argument(
        "--labelled",
        metavar="FILE",
        action="append",
        default=[],
        help="score labelled call transcripts from FILE (JSONL; see "
        "pipeline/evaluation/labelled.py) instead of generated calls; repeatable",
    )
    parser.add_argument(
        "--feedback",
        metavar="FILE",
        action="append",
        default=[],
        help="QA reviewer feedback files: report how many marks the detectors get right "
        "on their own (counts only)",
    )


def _command_line(args: argparse.Namespace) -> str:
    if args.labelled:
        names = " ".join(f"--labelled {Path(p).name}" for p in args.labelled)
        return f"callredact eval {names}"
    parts = ["callredact eval", f"--calls {args.calls}", f"--seed {args.seed}"]
    if args.gold_only_style:
        parts.append(f"--gold-only-style {args.gold_only_style}")
    if args.no_presidio_templates:
        parts.append("--no-presidio-templates")
    else:
        parts += [
            f"--template-share {args.template_share}",
            f"--general-samples {args.general_samples}",
        ]
    if args.stock_threshold is not None:
        parts.append(f"--stock-threshold {args.stock_threshold}")
    return " ".join(parts)


def run_eval(args: argparse.Namespace) -> int:
    """Run the evaluation the arguments describe; print the table; return the exit code."""
    try:
        thresholds = None
        if args.check_thresholds:
            thresholds = load_thresholds(args.thresholds).get(args.check_thresholds)
        detectors = default_detectors(args.stock_threshold)
        if args.callredact_only:
            detectors = {CALLREDACT: detectors[CALLREDACT]}
        styles = (args.gold_only_style,) if args.gold_only_style else STYLES
        if args.labelled:
            if args.gold_only_style:
                raise ValueError(
                    "--gold-only-style picks generated calls; with --labelled, give each "
                    "call a style in the file instead"
                )
            report = run_labelled_evaluation(
                load_labelled_calls(args.labelled),
                detectors=detectors,
                command=_command_line(args),
            )
        else:
            report = run_evaluation(
                args.calls,
                args.seed,
                styles=styles,
                template_share=0.0 if args.no_presidio_templates else args.template_share,
                general_samples=0 if args.no_presidio_templates else args.general_samples,
                detectors=detectors,
                command=_command_line(args),
            )
    except (ValueError, TemplatesUnavailable) as e:
        sys.stderr.write(f"callredact eval: error: {e}\n")
        return EXIT_FATAL
    sys.stdout.write(render_text(report))
    if args.feedback:
        code = _report_feedback(args.feedback)
        if code != EXIT_OK:
            return code
    if args.markdown:
        try:
            Path(args.markdown).write_text(render_markdown(report), encoding="utf-8")
        except OSError as e:
            sys.stderr.write(
                f"callredact eval: error: cannot write {args.markdown} ({e.strerror}); "
                "pass --markdown a path in a writable folder\n"
            )
            return EXIT_FATAL
    if thresholds is None:
        return EXIT_OK
    return _report_thresholds(report, thresholds, args.check_thresholds)


def _report_feedback(paths: list[str]) -> int:
    from pipeline.evaluation.feedback_report import feedback_agreement
    from pipeline.report.feedback import FeedbackError, load_feedback, merge_feedback
    from recognizers.call_analyzer import CallAnalyzer

    try:
        feedback = merge_feedback(load_feedback(p) for p in paths)
    except FeedbackError as e:
        sys.stderr.write(f"callredact eval: error: {e}\n")
        return EXIT_FATAL
    sys.stdout.write("\n" + feedback_agreement(feedback, CallAnalyzer.create()).to_text())
    return EXIT_OK


def _report_thresholds(report: EvaluationReport, thresholds, name: str) -> int:
    result = report.system(CALLREDACT)
    failures = check_thresholds(result.calls, result.by_style, thresholds)
    if not failures:
        sys.stdout.write(f"\nThresholds '{name}': all met.\n")
        return EXIT_OK
    sys.stdout.write(f"\nThresholds '{name}': {len(failures)} missed\n")
    sys.stdout.writelines(f"  - {failure}\n" for failure in failures)
    return EXIT_THRESHOLDS


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m pipeline.evaluation.cli``) until the main CLI wires it."""
    parser = argparse.ArgumentParser(prog="callredact eval", description=__doc__)
    add_eval_arguments(parser)
    return run_eval(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
