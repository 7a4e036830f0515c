"""Build, run and finish the batch jobs behind the CLI commands.

The driver validates everything it can before any data is read (input matches, output
writable, recognizer config valid), runs the pipeline into a staging folder, then
commits outputs atomically and writes ``summary.json``.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipeline.analytics import OUTPUT_FOLDERS as ANALYTICS_FOLDERS
from pipeline.analytics import OWNED_NAME_PATTERN as ANALYTICS_OWNED
from pipeline.analytics import BuildAnalytics, WriteAnalytics
from pipeline.anonymize import Policy, PolicyError, PolicyRedactor, load_policy
from pipeline.exit_codes import EXIT_DEAD_LETTERS, EXIT_OK
from pipeline.manifest import ManifestError, ManifestSpec, ReadManifest, check_manifest
from pipeline.options import local_worker_processes, pipeline_options, runner_name
from pipeline.redact_audio import AUDIO_FOLDER, AUDIO_OWNED_NAME_PATTERN, RedactAudio
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
    ReadInputs,
    Redact,
    WriteDeadLetters,
    WriteRedactedTranscripts,
)

log = logging.getLogger(__name__)

OUTPUT_FOLDERS = ("redacted", "dead_letter", *ANALYTICS_FOLDERS)
_OWNED_NAME = re.compile(
    rf"^(calls|dead)-\d{{5}}-of-\d{{5}}\.jsonl$|{ANALYTICS_OWNED}|{AUDIO_OWNED_NAME_PATTERN}"
)


class JobError(Exception):
    """A fatal problem the user can fix; the message says how (one line, no content)."""


@dataclass(frozen=True)
class JobConfig:
    """Everything a batch job needs; built by the CLI, validated by the driver."""

    input_pattern: str
    output_dir: str
    beam_args: Sequence[str] = ()
    recognizer_config: str | None = None
    allow_list: Sequence[str] = ()
    # A list (reported as DENY_LIST) or {entity type: texts}.
    deny_list: Sequence[str] | Mapping[str, Sequence[str]] = ()
    num_shards: int = 1
    kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA
    policy_path: str | None = None
    manifest_path: str | None = None
    limits: TranscriptLimits = field(default_factory=TranscriptLimits)
    # Set for `callredact run`: recordings in the glob are transcribed with these settings
    # (a ``TranscriptionSettings``; typed loosely so redact-text never imports Whisper).
    transcription: object | None = None
    # Set for `callredact run`: an ``AudioRedactionSettings`` (None: no audio stage).
    audio: object | None = None


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
    from recognizers.config import load_config

    try:
        load_config(path)
    except (OSError, ValueError) as e:
        raise JobError(f"bad recognizer config: {e}") from e


def check_policy(path: str | None) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as e:
        raise JobError(str(e)) from e


def check_manifest_option(path: str | None) -> ManifestSpec | None:
    if path is None:
        return None
    try:
        return check_manifest(path)
    except ManifestError as e:
        raise JobError(str(e)) from e


def run_redact_text(config: JobConfig) -> JobResult:
    """``callredact redact-text``: transcripts in, redacted transcripts out."""
    return _run_job(config, "redact-text")


def run_recordings(config: JobConfig) -> JobResult:
    """``callredact run``: recordings (and transcripts) in, redacted outputs out."""
    if config.transcription is None:
        raise JobError("internal: run needs transcription settings")
    return _run_job(config, "run")


def _run_job(config: JobConfig, command: str) -> JobResult:
    started = time.monotonic()
    options = _options(config.beam_args)
    n_files = check_inputs(config.input_pattern)
    check_output_dir(config.output_dir)
    check_recognizer_config(config.recognizer_config)
    policy = check_policy(config.policy_path)
    manifest = check_manifest_option(config.manifest_path)
    transcribe = _transcribe_stage(config, local_worker_processes(options))
    log.info("%s: %d input file(s), runner %s", command, n_files, runner_name(options))

    staging = new_staging_dir(config.output_dir)
    pipeline = beam.Pipeline(options=options)
    calls, recordings, read_dead = pipeline | "ReadInputs" >> ReadInputs(
        config.input_pattern, config.limits, accept_audio=transcribe is not None
    )
    if transcribe is not None:
        transcribed, transcribe_dead = recordings | "Transcribe" >> transcribe
        calls = (calls, transcribed) | "AllCalls" >> beam.Flatten()
        read_dead = (read_dead, transcribe_dead) | "InputDeadLetters" >> beam.Flatten()
    _redact_and_write(calls, read_dead, config, staging, policy, manifest)
    _run(pipeline)
    folders = OUTPUT_FOLDERS + ((AUDIO_FOLDER,) if config.audio is not None else ())
    return _finish(staging, config.output_dir, started, command, runner_name(options), folders)


def _transcribe_stage(config: JobConfig, local_processes: int):
    """The Transcribe stage, built (and its model resolved) before any data is read.
    Local worker processes split the machine's cores between them."""
    if config.transcription is None:
        return None
    from pipeline.transcribe import Transcribe

    try:
        return Transcribe(replace(config.transcription, local_processes=local_processes))
    except ValueError as e:
        raise JobError(str(e)) from e


def _redact_and_write(
    calls,
    read_dead,
    config: JobConfig,
    staging: str,
    policy: Policy,
    manifest: ManifestSpec | None,
) -> None:
    """The stages shared by every entry point after calls exist."""
    detected, detect_dead = calls | "DetectPii" >> DetectPii(
        config.recognizer_config, config.allow_list, config.deny_list
    )
    if config.audio is not None:
        # Same text redaction, plus masked audio for calls with a recording.
        redacted, redact_dead = detected | "RedactAudio" >> RedactAudio(
            config.audio,
            staging,
            kept_metadata=config.kept_metadata,
            redactor=PolicyRedactor(policy),
        )
    else:
        redacted, redact_dead = detected | "Redact" >> Redact(
            config.kept_metadata, redactor=PolicyRedactor(policy)
        )
    analytics_inputs = {"redacted": redacted, "calls": calls}
    if manifest is not None:
        analytics_inputs["manifest"] = calls.pipeline | "ReadManifest" >> ReadManifest(
            manifest, policy.ids_key, policy.analytics
        )
    tables = analytics_inputs | "BuildAnalytics" >> BuildAnalytics(
        policy, manifest.key_field if manifest else None
    )
    _ = tables | "WriteAnalytics" >> WriteAnalytics(
        staging, config.num_shards, private=policy.reversible
    )
    dead = (read_dead, detect_dead, redact_dead) | "AllDeadLetters" >> beam.Flatten()
    _ = redacted | "WriteRedactedTranscripts" >> WriteRedactedTranscripts(
        staging, config.num_shards, private=policy.reversible
    )
    _ = dead | "WriteDeadLetters" >> WriteDeadLetters(staging, config.num_shards)
    _ = (redacted, dead) | "ForStats" >> beam.Flatten() | "ComputeStats" >> ComputeStats(staging)


def _options(beam_args: Sequence[str]):
    try:
        return pipeline_options(beam_args)
    except ValueError as e:
        raise JobError(str(e)) from e


def _run(pipeline: beam.Pipeline) -> None:
    """Run to completion. A failure is reported by its type only: Beam's error text
    quotes the element being processed, which can be a transcript. Nothing is committed."""
    try:
        result = pipeline.run()
        state = result.wait_until_finish()
    except Exception as e:  # noqa: BLE001 - any runner failure is fatal for the job
        raise JobError(
            f"the pipeline failed ({type(e).__name__}); no outputs were committed: "
            "see the runner's error above, fix it and run again"
        ) from None
    if str(state) not in ("DONE", "PipelineState.DONE"):
        raise JobError(f"pipeline ended in state {state}; no outputs were committed")


def _finish(
    staging: str,
    output_dir: str,
    started: float,
    command: str,
    runner: str,
    folders: Sequence[str] = OUTPUT_FOLDERS,
) -> JobResult:
    stats = read_stats(staging)
    commit_staged_outputs(
        staging, output_dir, folders, owned=lambda name: bool(_OWNED_NAME.match(name))
    )
    _remove_staging_root(output_dir)
    summary = summary_record(stats, time.monotonic() - started, command, runner)
    write_bytes_atomically(
        join(output_dir, "summary.json"),
        (json.dumps(summary, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    )
    return JobResult(summary=summary, output_dir=output_dir)


def _remove_staging_root(output_dir: str) -> None:
    """Drop the staging root, with anything a killed earlier run left in it."""
    root = join(output_dir, STAGING_DIR)
    if FileSystems.exists(root):
        FileSystems.delete([root])
