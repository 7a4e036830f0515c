"""Build, run and finish the batch jobs behind the CLI commands.

The driver validates everything it can before any data is read (input matches, output
writable, recognizer config valid), runs the pipeline into a staging folder, then
commits outputs atomically and writes ``summary.json``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Sequence

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipeline.options import pipeline_options, runner_name
from pipeline.redaction import DEFAULT_KEPT_METADATA
from pipeline.sinks import (
    STAGING_DIR,
    commit_staged_outputs,
    join,
    new_staging_dir,
    write_bytes_atomically,
)
from pipeline.summary import ComputeStats, read_stats, summary_record
from pipeline.transcript_io import TranscriptLimits
from pipeline.transforms import (
    DetectPii,
    ReadTranscripts,
    Redact,
    WriteDeadLetters,
    WriteRedactedTranscripts,
)

log = logging.getLogger(__name__)

OUTPUT_FOLDERS = ("redacted", "dead_letter")
_OWNED_NAME = re.compile(r"^(calls|dead)-\d{5}-of-\d{5}\.jsonl$")

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_DEAD_LETTERS = 2


class JobError(Exception):
    """A fatal problem the user can fix; the message says how (one line, no content)."""


@dataclass(frozen=True)
class TextJobConfig:
    input_pattern: str
    output_dir: str
    beam_args: Sequence[str] = ()
    recognizer_config: str | None = None
    allow_list: Sequence[str] = ()
    deny_list: Sequence[str] = ()
    num_shards: int = 1
    kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA
    limits: TranscriptLimits = field(default_factory=TranscriptLimits)


@dataclass(frozen=True)
class JobResult:
    summary: dict
    output_dir: str

    @property
    def exit_code(self) -> int:
        return EXIT_DEAD_LETTERS if self.summary["calls_failed"] else EXIT_OK


def check_inputs(pattern: str) -> int:
    """Number of files matching the glob; a glob that matches nothing is fatal."""
    try:
        matched = FileSystems.match([pattern])[0].metadata_list
    except Exception as e:  # noqa: BLE001 - Beam raises its own error types per filesystem
        raise JobError(f"cannot list --input {pattern!r}: {type(e).__name__}") from e
    if not matched:
        raise JobError(f"no files match --input {pattern!r}: check the path and quote the glob")
    return len(matched)


def check_output_dir(output_dir: str) -> None:
    """Fail before reading any data if the output folder cannot be written."""
    probe = join(output_dir, f".callredact-probe-{uuid.uuid4().hex}")
    try:
        write_bytes_atomically(probe, b"")
        FileSystems.delete([probe])
    except Exception as e:  # noqa: BLE001 - any filesystem error means "cannot write"
        raise JobError(
            f"cannot write to --output {output_dir!r} ({type(e).__name__}): "
            "choose a writable folder"
        ) from e


def check_recognizer_config(path: str | None) -> None:
    from recognizers.call_analyzer import CallAnalyzer

    try:
        CallAnalyzer.validate_config(path)
    except (OSError, ValueError) as e:
        raise JobError(f"bad recognizer config: {e}") from e


def run_redact_text(config: TextJobConfig) -> JobResult:
    """``callredact redact-text``: transcripts in, redacted transcripts out."""
    started = time.monotonic()
    options = _options(config.beam_args)
    n_files = check_inputs(config.input_pattern)
    check_output_dir(config.output_dir)
    check_recognizer_config(config.recognizer_config)
    log.info("redact-text: %d input file(s), runner %s", n_files, runner_name(options))

    staging = new_staging_dir(config.output_dir)
    pipeline = beam.Pipeline(options=options)
    calls, read_dead = pipeline | "ReadTranscripts" >> ReadTranscripts(
        config.input_pattern, config.limits
    )
    _redact_and_write(calls, read_dead, config, staging)
    _run(pipeline)
    return _finish(staging, config.output_dir, started, "redact-text", runner_name(options))


def _redact_and_write(calls, read_dead, config: TextJobConfig, staging: str) -> None:
    """The stages shared by every entry point after calls exist."""
    detected, detect_dead = calls | "DetectPii" >> DetectPii(
        config.recognizer_config, config.allow_list, config.deny_list
    )
    redacted, redact_dead = detected | "Redact" >> Redact(config.kept_metadata)
    dead = (read_dead, detect_dead, redact_dead) | "AllDeadLetters" >> beam.Flatten()
    _ = redacted | "WriteRedactedTranscripts" >> WriteRedactedTranscripts(staging, config.num_shards)
    _ = dead | "WriteDeadLetters" >> WriteDeadLetters(staging, config.num_shards)
    _ = (redacted, dead) | "ForStats" >> beam.Flatten() | "ComputeStats" >> ComputeStats(staging)


def _options(beam_args: Sequence[str]):
    try:
        return pipeline_options(beam_args)
    except ValueError as e:
        raise JobError(str(e)) from e


def _run(pipeline: beam.Pipeline) -> None:
    result = pipeline.run()
    state = result.wait_until_finish()
    if str(state) not in ("DONE", "PipelineState.DONE"):
        raise JobError(f"pipeline ended in state {state}: see the log above")


def _finish(staging: str, output_dir: str, started: float, command: str, runner: str) -> JobResult:
    stats = read_stats(staging)
    commit_staged_outputs(
        staging, output_dir, OUTPUT_FOLDERS, owned=lambda name: bool(_OWNED_NAME.match(name))
    )
    _remove_empty_staging_root(output_dir)
    summary = summary_record(stats, time.monotonic() - started, command, runner)
    write_bytes_atomically(
        join(output_dir, "summary.json"),
        (json.dumps(summary, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    )
    return JobResult(summary=summary, output_dir=output_dir)


def _remove_empty_staging_root(output_dir: str) -> None:
    root = join(output_dir, STAGING_DIR)
    if "://" not in root and os.path.isdir(root) and not os.listdir(root):
        os.rmdir(root)
