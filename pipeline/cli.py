"""``callredact``: the command line. The only module that prints.

Exit codes for schedulers: 0 everything processed; 2 finished but some inputs went to
dead letters; 1 fatal (bad arguments, config or output folder) with one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from pipeline.exit_codes import EXIT_FATAL
from pipeline.logging_setup import configure_logging
from pipeline.redaction import DEFAULT_KEPT_METADATA


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and exit 1 (argparse's default is 2, which we
    reserve for 'finished with dead letters')."""

    def error(self, message: str):
        self.exit(EXIT_FATAL, f"callredact: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="callredact",
        description="Redact PII from call recordings and transcripts (Apache Beam + Presidio).",
        epilog="Unrecognised --options after a command are passed to Apache Beam "
        "(e.g. --runner, --direct_num_workers, --direct_running_mode).",
    )
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    text = commands.add_parser(
        "redact-text",
        help="redact transcript files (.json/.jsonl)",
        description="Batch-redact transcripts. Extra --options go to Apache Beam.",
    )
    _add_io_arguments(text)
    _add_detection_arguments(text)
    text.set_defaults(handler=_redact_text)

    from pipeline.audio_redaction import add_audio_redaction_arguments
    from pipeline.transcribe_settings import add_transcription_arguments

    run = commands.add_parser(
        "run",
        help="transcribe and redact recordings (transcripts in the glob are redacted too)",
        description="Recordings (wav, flac, mp3, ogg/opus, m4a; stereo or mono) and transcript "
        "files in, redacted outputs out. Extra --options go to Apache Beam.",
    )
    _add_io_arguments(run)
    _add_detection_arguments(run)
    add_transcription_arguments(run)
    add_audio_redaction_arguments(run)
    run.set_defaults(handler=_run_recordings)

    from pipeline.stream_cli import add_stream_arguments

    stream = commands.add_parser(
        "stream",
        help="redact transcripts and recordings as they land in a folder",
        description="Watch a folder (or a Pub/Sub subscription on Dataflow) and redact each "
        "call as it lands. Extra --options go to Apache Beam.",
    )
    add_stream_arguments(stream, detection=False)
    _add_detection_arguments(stream, manifest=False)
    add_transcription_arguments(stream)
    add_audio_redaction_arguments(stream)
    stream.set_defaults(handler=_stream)

    _add_tool_commands(commands)
    return parser


def _add_tool_commands(commands) -> None:
    """Commands implemented in their own packages; each runs without Beam options."""
    from models.cli import add_models_arguments, run_models
    from pipeline.anonymize.reidentify import add_reidentify_arguments, run_reidentify
    from pipeline.evaluation.cli import add_eval_arguments, run_eval
    from pipeline.query import add_query_arguments, run_query
    from pipeline.report.cli import (
        add_feedback_arguments,
        add_report_arguments,
        run_feedback,
        run_report,
    )

    tools = (
        ("report", "write the HTML QA review report for DIR", add_report_arguments, run_report),
        ("feedback", "summarize or merge QA reviewer feedback", add_feedback_arguments,
         run_feedback),
        ("query", "SQL over DIR/analytics (DuckDB)", add_query_arguments, run_query),
        ("reidentify", "restore encrypted values (holders of the encryption key)",
         add_reidentify_arguments, run_reidentify),
        ("models", "list or prepare the Whisper models", add_models_arguments, run_models),
        ("eval", "detection evaluation: callredact vs stock Presidio, side by side",
         add_eval_arguments, run_eval),
    )  # fmt: skip
    for name, help_text, add_arguments, run in tools:
        parser = commands.add_parser(name, help=help_text)
        add_arguments(parser)
        parser.set_defaults(handler=_without_beam_options(run))


def _without_beam_options(run):
    return lambda args, extra: _no_extra(extra) or run(args)


def _no_extra(extra: Sequence[str]) -> None:
    """Commands that do not run Beam take no extra options."""
    if extra:
        from pipeline.jobs import JobError

        raise JobError(f"unrecognized arguments: {' '.join(extra)}")


def _add_io_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", required=True, metavar="GLOB", help="input files (quote it)")
    parser.add_argument("--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--num-shards", type=int, default=1, help="output shards (default 1)")


def _add_detection_arguments(parser: argparse.ArgumentParser, manifest: bool = True) -> None:
    parser.add_argument(
        "--recognizer-config",
        metavar="YAML",
        help="recognizer YAML (default: the packaged recognizers/config.yaml)",
    )
    parser.add_argument(
        "--policy", metavar="YAML", help="anonymisation policy (default: tag every entity type)"
    )
    parser.add_argument(
        "--feedback",
        metavar="FILE",
        action="append",
        default=[],
        help="QA reviewer feedback exported from the report (repeatable): texts marked "
        "'not PII' are allowed, 'missed PII' always redacted",
    )
    if manifest:
        parser.add_argument(
            "--manifest",
            metavar="FILE",
            help="call metadata CSV/JSONL keyed by call_id or file_name",
        )
    parser.add_argument(
        "--keep-metadata",
        default=",".join(DEFAULT_KEPT_METADATA),
        help="metadata keys copied to redacted records; all others are dropped",
    )


def _feedback_lists(paths: Sequence[str]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Allow and deny lists from reviewer feedback files (fatal error if one is bad)."""
    from pipeline.jobs import JobError
    from pipeline.report.feedback import FeedbackError, load_feedback, merge_feedback

    if not paths:
        return (), {}
    try:
        feedback = merge_feedback(load_feedback(p) for p in paths)
    except (FeedbackError, OSError) as e:
        raise JobError(str(e)) from e
    deny = {
        ("DENY_LIST" if entity == "PII" else entity): texts
        for entity, texts in feedback.deny_list_by_entity.items()
    }
    return feedback.allow_list, deny


def _job_config(args: argparse.Namespace, beam_args: Sequence[str], transcription=None, audio=None):
    from pipeline.jobs import JobConfig

    allow_list, deny_list = _feedback_lists(args.feedback)
    return JobConfig(
        allow_list=allow_list,
        deny_list=deny_list,
        input_pattern=args.input,
        output_dir=args.output,
        beam_args=beam_args,
        recognizer_config=args.recognizer_config,
        num_shards=args.num_shards,
        kept_metadata=tuple(k for k in args.keep_metadata.split(",") if k),
        transcription=transcription,
        audio=audio,
        policy_path=args.policy,
        manifest_path=args.manifest,
    )


def _redact_text(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipeline.jobs import run_redact_text

    result = run_redact_text(_job_config(args, beam_args))
    _print_summary(result.summary, result.output_dir)
    return result.exit_code


def _run_recordings(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipeline.audio_redaction import audio_settings_from_args
    from pipeline.jobs import JobError, run_recordings
    from pipeline.transcribe_settings import settings_from_args

    try:
        settings = settings_from_args(args)
        audio = audio_settings_from_args(args)
    except ValueError as e:
        raise JobError(str(e)) from e
    result = run_recordings(_job_config(args, beam_args, settings, audio))
    _print_summary(result.summary, result.output_dir)
    return result.exit_code


def _stream(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    import dataclasses

    from pipeline.anonymize import PolicyRedactor
    from pipeline.audio_redaction import audio_settings_from_args
    from pipeline.jobs import JobError, check_policy
    from pipeline.stream_cli import stream_config_from_args
    from pipeline.streaming import run_stream
    from pipeline.transcribe import Transcribe
    from pipeline.transcribe_settings import settings_from_args

    try:
        transcribe = Transcribe(settings_from_args(args))
        audio = audio_settings_from_args(args)
    except ValueError as e:
        raise JobError(str(e)) from e
    allow_list, deny_list = _feedback_lists(args.feedback)
    policy = check_policy(args.policy)
    config = dataclasses.replace(
        stream_config_from_args(args, beam_args),
        allow_list=allow_list,
        deny_list=deny_list,
        redactor=PolicyRedactor(policy),
        transcribe=transcribe,
        audio=audio,
        policy=policy,
    )
    result = run_stream(config)
    _print_summary(result.summary, result.output_dir)
    return result.exit_code


def _print_summary(summary: dict, output_dir: str) -> None:
    print(
        f"callredact: {summary['calls_in']} calls in, {summary['calls_out']} redacted, "
        f"{summary['calls_failed']} dead-lettered, {summary['entities_total']} PII spans "
        f"in {summary['runtime_seconds']:.1f}s → {output_dir}/redacted "
        f"(summary: {output_dir}/summary.json)",
        file=sys.stderr,
    )


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging("INFO")  # before the parser imports Beam, which logs at import time
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    try:
        configure_logging(args.log_level)
    except ValueError as e:
        print(f"callredact: error: {e}", file=sys.stderr)
        return EXIT_FATAL
    from pipeline.jobs import JobError

    try:
        return args.handler(args, extra)
    except JobError as e:
        print(f"callredact: error: {e}", file=sys.stderr)
        return EXIT_FATAL
    except BrokenPipeError:
        # The reader went away (`callredact query … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("callredact: interrupted; no partial outputs were committed", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
