"""Command-line glue for ``callredact stream``; imports nothing heavy until it runs.

``add_stream_arguments`` builds the options on any parser (the main CLI's subcommand or
``python -m pipeline.streaming``); ``stream_config_from_args`` turns them into a
``StreamConfig``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pipeline.redaction import DEFAULT_KEPT_METADATA

DEFAULT_POLL_INTERVAL_S = 1.0
DEFAULT_SETTLE_S = 2.0
# Local folder streams restart their pipeline this often (pipeline.streaming).
DEFAULT_SEGMENT_S = 3600.0


def add_stream_arguments(parser: argparse.ArgumentParser, detection: bool = True) -> None:
    """The ``stream`` command's options; ``detection=False`` when the caller adds
    ``--recognizer-config``/``--keep-metadata`` itself."""
    parser.add_argument(
        "--watch",
        metavar="DIR",
        help="folder to watch for transcripts (.json/.jsonl) and recordings; "
        "with --input-subscription, a gs:// folder to restrict to",
    )
    parser.add_argument(
        "--input-subscription",
        metavar="SUB",
        help="Pub/Sub subscription receiving GCS OBJECT_FINALIZE notifications "
        "(projects/PROJECT/subscriptions/NAME; Dataflow)",
    )
    parser.add_argument("--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument(
        "--stop-after",
        type=float,
        metavar="SECONDS",
        help="stop cleanly after this many seconds (default: until SIGINT/SIGTERM or "
        "OUT/.callredact-stream/stop exists)",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=DEFAULT_POLL_INTERVAL_S,
        metavar="S",
        help=f"seconds between folder listings (default {DEFAULT_POLL_INTERVAL_S:g})",
    )
    parser.add_argument(
        "--settle-seconds",
        type=float,
        default=DEFAULT_SETTLE_S,
        metavar="S",
        help="a file is read once its size and mtime have not changed for this long "
        f"(default {DEFAULT_SETTLE_S:g})",
    )
    parser.add_argument(
        "--segment-seconds",
        type=float,
        default=DEFAULT_SEGMENT_S,
        metavar="S",
        help="restart the local pipeline this often to bound its memory; no file is lost "
        f"or redone (default {DEFAULT_SEGMENT_S:g})",
    )
    if detection:
        parser.add_argument(
            "--recognizer-config",
            metavar="YAML",
            help="recognizer YAML (default: the packaged recognizers/config.yaml)",
        )
        parser.add_argument(
            "--keep-metadata",
            default=",".join(DEFAULT_KEPT_METADATA),
            help="metadata keys copied to redacted records; all others are dropped",
        )


def stream_config_from_args(args: argparse.Namespace, beam_args: Sequence[str]):
    """Parsed options → ``pipeline.streaming.StreamConfig``."""
    from pipeline.streaming import StreamConfig

    return StreamConfig(
        output_dir=args.output,
        watch_dir=args.watch,
        input_subscription=args.input_subscription,
        beam_args=tuple(beam_args),
        stop_after=args.stop_after,
        poll_interval=args.poll_interval,
        settle_seconds=args.settle_seconds,
        segment_seconds=args.segment_seconds,
        recognizer_config=args.recognizer_config,
        kept_metadata=tuple(k for k in args.keep_metadata.split(",") if k),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m pipeline.streaming``: the stream command without the main CLI."""
    from pipeline.logging_setup import configure_logging

    parser = argparse.ArgumentParser(
        prog="python -m pipeline.streaming",
        description="Redact transcripts as they land. Extra --options go to Apache Beam.",
    )
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR")
    add_stream_arguments(parser)
    args, extra = parser.parse_known_args(argv)
    try:
        configure_logging(args.log_level)
    except ValueError as e:
        sys.stderr.write(f"callredact: error: {e}\n")
        return 1
    # Imported after logging is set up: importing Beam logs noise the handler filters.
    from pipeline.jobs import JobError
    from pipeline.streaming import run_stream_command

    try:
        return run_stream_command(args, extra)
    except JobError as e:
        sys.stderr.write(f"callredact: error: {e}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(
            "callredact: interrupted; every file written is complete, rerun to continue\n"
        )
        return 130


if __name__ == "__main__":
    sys.exit(main())
