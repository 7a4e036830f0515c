"""``callredact stream``: redact calls minutes after they land, not the next morning.

The same composite stages as batch (``DetectPii``, ``Redact``, and ``Transcribe`` when it is
plugged in) run on an unbounded source: a watched folder locally (``WatchFolder``) or GCS
notifications on Pub/Sub on Dataflow (``ReadGcsNotifications``). Differences from batch,
and why:

- **Per-call outputs, written by a DoFn, no merge steps.** On the local runner
  (FnApiRunner) a GroupByKey, a Reshuffle and even a Flatten after an unbounded source hold
  their elements until the source ends. So each branch (transcripts, transcribed
  recordings, each stage's dead letters) writes its own outputs the moment they exist:
  ``OUT/redacted/<safe-call-id>.jsonl`` (one line, the batch record format) and
  ``OUT/dead_letter/<safe-name>.jsonl``, each under a hidden temporary name then renamed.
- **Redacted audio and analytics per call.** With ``StreamConfig.audio`` a recording's
  masked audio is written to ``OUT/audio/<call_id>.flac`` and with ``StreamConfig.policy``
  its analytics rows to ``OUT/analytics/{calls,entities}/<safe-call-id>.parquet``, both
  before its redacted record and ledger marker, so a call is done only when every output
  is; a call whose audio cannot be masked is dead-lettered with none of them
  (``pipeline.stream_outputs``, which also says why k-anonymity is not computed per call).
- **Exactly once.** The source re-emits files; ``SkipSeenFiles`` keeps keyed state per
  file version (path + size + mtime + generation) and checks the durable ledger that
  ``pipeline.stream_ledger`` commits after the last output of a file is written. A restart
  skips finished files and redoes (idempotently, same bytes) only files in flight.
- **Windowed analytics** rows, when a row builder is plugged in, go to fixed event-time windows
  (default 5 minutes), one file per window pane, or with ``window_seconds=0`` one file per
  call as soon as the call is done (see ``AnalyticsHook``).
- **Bounded memory.** A local folder stream restarts its pipeline every
  ``segment_seconds`` (default an hour) inside the same run; the ledger carries
  exactly-once across segments.
- **Stopping.** ``--stop-after``, the first SIGINT/SIGTERM, or ``touch
  OUT/.callredact-stream/stop`` ends the source; calls in flight finish, ``summary.json`` is
  written and the exit code is 0, or 2 if inputs were dead-lettered. A second signal
  aborts at once; what was in flight is redone on restart.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import posixpath
import signal
import statistics
import sys
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
from apache_beam.coders import BooleanCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import StandardOptions
from apache_beam.runners.runner import PipelineState
from apache_beam.transforms import trigger, window
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec
from apache_beam.transforms.window import TimestampedValue
from apache_beam.typehints import Any as AnyHint
from apache_beam.typehints import Tuple as TupleHint

from pipeline import reasons
from pipeline.anonymize.policy import Policy
from pipeline.audio_redaction import AudioRedactionSettings
from pipeline.exit_codes import EXIT_DEAD_LETTERS, EXIT_OK
from pipeline.jobs import JobError, check_output_dir, check_recognizer_config
from pipeline.options import pipeline_options, runner_name
from pipeline.records import dead_letter_to_dict, redacted_call_to_dict, to_json_line
from pipeline.redaction import DEFAULT_KEPT_METADATA, redact_call
from pipeline.schema import Call, DeadLetter, RedactedCall
from pipeline.sinks import join
from pipeline.stream_cli import DEFAULT_SEGMENT_S
from pipeline.stream_ledger import (
    FileDone,
    Ledger,
    commit_file,
    dead_letter_file_name,
    expected_items,
    item_for_call,
    item_for_dead_letter,
    redacted_file_name,
    run_stats,
    write_atomically,
)
from pipeline.stream_outputs import RedactAndWriteCallFn, StreamAnalytics
from pipeline.stream_sources import LandedFile, ReadGcsNotifications, WatchFolder, WatchSpec
from pipeline.summary import summary_record
from pipeline.transcript_io import TranscriptLimits, is_transcript_path, parse_transcript_file
from pipeline.transforms import DEAD, DetectPii, Redact

# Named explicitly: under ``python -m pipeline.streaming`` __name__ is "__main__".
log = logging.getLogger("pipeline.streaming")

# Local streams run on the in-process FnApiRunner: "DirectRunner" first tries to download
# the Prism runner binary from GitHub, and the bundle-based runner cannot run the source.
STREAM_DEFAULT_RUNNER = "FnApiRunner"
DEFAULT_ANALYTICS_WINDOW_S = 300.0
RECORDING = "recording"


@dataclass(frozen=True)
class AnalyticsHook:
    """Plugs the analytics row builder in (from ``pipeline.analytics``).

    ``build_rows(call)`` returns the picklable rows of one redacted call;
    ``write_rows(path, rows)`` writes them as one complete file at exactly ``path`` (it is
    given a temporary name that is renamed afterwards).

    With ``window_seconds > 0`` (default 300: fixed 5-minute windows) rows are windowed by
    event time and each window pane becomes ``OUT/analytics/window-<start>-<end>-pane<N>-
    <shard><suffix>``: pane 0 when the watermark passes the window, one more pane per late
    row up to ``allowed_lateness_seconds`` after it; rows later than that are dropped.
    ``event_time(call)`` gives a call's event time in epoch seconds; the default is the
    moment the call was redacted (processing time), because the shared ``DetectPii``
    stage batches calls and re-stamps them at the end of the global window. On the local
    runner windows are written when the stream stops (its GroupByKey fires only when the
    source ends); on Dataflow and Flink each as soon as the watermark passes it.

    With ``window_seconds == 0`` each call's rows become ``OUT/analytics/<safe-call-id>
    <suffix>`` as soon as the call is done (no windowing; works the same everywhere)."""

    build_rows: Callable[[RedactedCall], Sequence[Any]]
    write_rows: Callable[[str, Sequence[Any]], None]
    window_seconds: float = DEFAULT_ANALYTICS_WINDOW_S
    allowed_lateness_seconds: float = 3600.0
    suffix: str = ".parquet"
    num_shards: int = 1
    event_time: Callable[[RedactedCall], float] | None = None


def recording_call(path: str) -> Call:
    """A recording as a Call for the transcription stage (the batch reader's rule)."""
    from pipeline.audio_source import recording_to_call

    return recording_to_call(path)


def _is_audio_path(path: str) -> bool:
    from pipeline.audio import is_audio_path

    return is_audio_path(path)


# --- Stages ----------------------------------------------------------------------------


_SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())
_SEEN_PARAM = beam.DoFn.StateParam(_SEEN)


class _FirstSightFn(beam.DoFn):
    """Pass a file version on the first time it is seen, unless an earlier run finished
    it (ledger). Keyed state, so it holds on every runner and across workers."""

    def __init__(self, ledger: Ledger):
        self._ledger = ledger

    def process(self, keyed, seen=_SEEN_PARAM) -> Iterator[LandedFile]:
        key, landed = keyed
        if seen.read():
            return
        seen.write(True)
        if self._ledger.is_done(key):
            log.debug("file %s was finished by an earlier run; skipped", key)
            return
        log.info("file %s picked up", key)
        yield landed


class SkipSeenFiles(beam.PTransform):
    """Re-emitted ``LandedFile``s → each file version once, minus those already done."""

    def __init__(self, ledger: Ledger):
        super().__init__()
        self._ledger = ledger

    def expand(self, files):
        return (
            files
            | "KeyByVersion"
            >> beam.Map(lambda f: (f.key, f)).with_output_types(TupleHint[str, AnyHint])
            | "FirstSight" >> beam.ParDo(_FirstSightFn(self._ledger))
        )


class _ReadLandedFn(beam.DoFn):
    """A landed file → calls (transcripts), a recording call (audio) or dead letters;
    records in the ledger how many outputs will complete the file before emitting."""

    def __init__(self, ledger: Ledger, limits: TranscriptLimits, accept_recordings: bool):
        self._ledger = ledger
        self._limits = limits
        self._accept_recordings = accept_recordings

    def process(self, landed: LandedFile):
        path = landed.path
        if is_transcript_path(path):
            yield from self._transcripts(landed)
            return
        self._ledger.expect(landed, 1)
        if _is_audio_path(path) and self._accept_recordings:
            yield beam.pvalue.TaggedOutput(RECORDING, recording_call(path))
        elif _is_audio_path(path):
            yield beam.pvalue.TaggedOutput(
                DEAD,
                DeadLetter(
                    path,
                    reasons.UNSUPPORTED_FILE,
                    "recording: this stream has no transcription stage; drop transcripts "
                    "(.json/.jsonl) or enable transcription",
                    stage="read",
                ),
            )
        else:
            yield beam.pvalue.TaggedOutput(
                DEAD,
                DeadLetter(
                    path,
                    reasons.UNSUPPORTED_FILE,
                    f"unsupported file type {posixpath.splitext(path)[1][:16]!r}: "
                    "drop .json/.jsonl transcripts or recordings",
                    stage="read",
                ),
            )

    def _transcripts(self, landed: LandedFile):
        try:
            with FileSystems.open(landed.path) as handle:
                data = handle.read()
        except OSError as e:
            self._ledger.expect(landed, 1)
            yield beam.pvalue.TaggedOutput(
                DEAD,
                DeadLetter(landed.path, reasons.UNREADABLE_FILE, type(e).__name__, stage="read"),
            )
            return
        if landed.size and len(data) != landed.size:
            # Changed after it settled: the new version is a new key, read once it settles.
            log.warning("file %s changed while being read; waiting for it to settle", landed.key)
            return
        items = list(parse_transcript_file(landed.path, data, self._limits))
        calls = [i for i in items if not isinstance(i, DeadLetter)]
        self._ledger.expect(
            landed, expected_items([c.call_id for c in calls], len(items) - len(calls))
        )
        for item in items:
            yield beam.pvalue.TaggedOutput(DEAD, item) if isinstance(item, DeadLetter) else item


class _WriteRedactedCallFn(beam.DoFn):
    """One redacted call → ``redacted/<safe-call-id>.jsonl`` now (and its analytics rows
    when the hook writes per call), then its ledger item."""

    def __init__(self, output_dir: str, ledger: Ledger, analytics: AnalyticsHook | None):
        self._output_dir = output_dir
        self._ledger = ledger
        self._analytics = analytics if analytics and analytics.window_seconds == 0 else None

    def process(self, call: RedactedCall) -> Iterator[FileDone]:
        name = redacted_file_name(call)
        line = to_json_line(redacted_call_to_dict(call)) + "\n"
        write_atomically(join(self._output_dir, "redacted", name), line.encode("utf-8"))
        if self._analytics is not None:
            rows = list(self._analytics.build_rows(call))
            stem = name[: -len(".jsonl")]
            path = join(self._output_dir, "analytics", f"{stem}{self._analytics.suffix}")
            commit_file(path, lambda tmp: self._analytics.write_rows(tmp, rows))
        log.debug("call %s written", call.call_id)
        item, stats = item_for_call(call)
        done = self._ledger.item_written(call.source, item, stats)
        if done is not None:
            yield done


class _WriteDeadLetterFn(beam.DoFn):
    def __init__(self, output_dir: str, ledger: Ledger):
        self._output_dir = output_dir
        self._ledger = ledger

    def process(self, letter: DeadLetter) -> Iterator[FileDone]:
        path = join(self._output_dir, "dead_letter", dead_letter_file_name(letter))
        write_atomically(path, (to_json_line(dead_letter_to_dict(letter)) + "\n").encode())
        log.info("input dead-lettered: %s at stage %s", letter.reason, letter.stage)
        item, stats = item_for_dead_letter(letter)
        done = self._ledger.item_written(letter.source, item, stats)
        if done is not None:
            yield done


class WriteDeadLetterFiles(beam.PTransform):
    """DeadLetter → ``dead_letter/<safe-name>.jsonl`` at once → ``FileDone`` when last."""

    def __init__(self, output_dir: str, ledger: Ledger):
        super().__init__()
        self._fn = _WriteDeadLetterFn(output_dir, ledger)

    def expand(self, letters):
        return letters | "Write" >> beam.ParDo(self._fn)


class RedactAndWriteCalls(beam.PTransform):
    """Calls → ``DetectPii`` → ``Redact`` → one file per call, dead letters likewise.

    With ``outputs`` (audio redaction or per-call analytics on) the redaction step is
    ``RedactAndWriteCallFn`` instead of ``Redact``: it writes the call's masked audio and
    analytics rows before the record writer runs. Returns the ``FileDone`` PCollections
    of its writers and the redacted calls."""

    def __init__(
        self,
        output_dir: str,
        ledger: Ledger,
        detect: DetectPii,
        redact: Redact,
        analytics: AnalyticsHook | None,
        outputs: RedactAndWriteCallFn | None = None,
    ):
        super().__init__()
        self._output_dir = output_dir
        self._ledger = ledger
        self._detect = detect
        self._redact = redact
        self._analytics = analytics
        self._outputs = outputs

    def expand(self, calls):
        out, ledger = self._output_dir, self._ledger
        detected, detect_dead = calls | "DetectPii" >> self._detect
        if self._outputs is None:
            redacted, redact_dead = detected | "Redact" >> self._redact
        else:
            results = detected | "RedactAudioAnalytics" >> beam.ParDo(self._outputs).with_outputs(
                DEAD, main="redacted"
            )
            redacted, redact_dead = results.redacted, results[DEAD]
        done = (
            redacted
            | "WriteRedacted" >> beam.ParDo(_WriteRedactedCallFn(out, ledger, self._analytics)),
            detect_dead | "WriteDetectDeadLetters" >> WriteDeadLetterFiles(out, ledger),
            redact_dead | "WriteRedactDeadLetters" >> WriteDeadLetterFiles(out, ledger),
        )
        return done, redacted


def _shard(key: str, shards: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % shards


def _stamped_rows(call: RedactedCall, hook: AnalyticsHook, shards: int):
    """(shard, row) pairs stamped with the call's event time."""
    at = hook.event_time(call) if hook.event_time is not None else time.time()
    shard = _shard(call.call_id, shards)
    return [TimestampedValue((shard, row), at) for row in hook.build_rows(call)]


class _WriteAnalyticsWindowFn(beam.DoFn):
    def __init__(self, output_dir: str, hook: AnalyticsHook):
        self._output_dir = output_dir
        self._hook = hook

    def process(self, element, win=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        shard, rows = element
        rows = list(rows)
        start = win.start.to_utc_datetime().strftime("%Y%m%dT%H%M%SZ")
        end = win.end.to_utc_datetime().strftime("%Y%m%dT%H%M%SZ")
        name = f"window-{start}-{end}-pane{pane.index}-{shard:05d}{self._hook.suffix}"
        path = join(self._output_dir, "analytics", name)
        commit_file(path, lambda tmp: self._hook.write_rows(tmp, rows))
        log.info("analytics window %s-%s pane %d: %d rows", start, end, pane.index, len(rows))
        yield path


class WriteWindowedAnalytics(beam.PTransform):
    """Redacted calls → analytics rows in fixed event-time windows → one file per pane."""

    def __init__(self, output_dir: str, hook: AnalyticsHook):
        super().__init__()
        if hook.window_seconds <= 0:
            raise ValueError("analytics window_seconds must be positive for windowed output")
        self._output_dir = output_dir
        self._hook = hook

    def expand(self, redacted):
        hook = self._hook
        shards = max(hook.num_shards, 1)
        return (
            redacted
            | "BuildRows" >> beam.FlatMap(_stamped_rows, hook, shards)
            | "Window"
            >> beam.WindowInto(
                window.FixedWindows(hook.window_seconds),
                trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
                allowed_lateness=hook.allowed_lateness_seconds,
                accumulation_mode=trigger.AccumulationMode.DISCARDING,
            )
            | "GroupByShard" >> beam.GroupByKey()
            | "WritePane" >> beam.ParDo(_WriteAnalyticsWindowFn(self._output_dir, hook))
        )


class RedactLandedFiles(beam.PTransform):
    """``LandedFile``s (re-emitted, any order) → every call redacted and written once,
    each file's ledger entry committed after its last output.

    Returns a tuple of ``FileDone`` PCollections (one per writer; deliberately not
    flattened, see the module docstring)."""

    def __init__(
        self,
        output_dir: str,
        run_id: str,
        recognizer_config: str | None = None,
        allow_list: Sequence[str] = (),
        deny_list: Sequence[str] = (),
        kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA,
        limits: TranscriptLimits | None = None,
        transcribe: beam.PTransform | None = None,
        analytics: AnalyticsHook | None = None,
        analyzer_factory: Callable[[], object] | None = None,
        redactor: Callable = redact_call,
        audio: AudioRedactionSettings | None = None,
        policy: Policy | None = None,
    ):
        """``transcribe``: recording Calls → (transcribed Calls, dead letters), or None to
        dead-letter recordings. ``analyzer_factory``/``redactor``: see ``DetectPii`` and
        ``Redact`` (fakes and fault injection in tests). ``audio``: mask recordings into
        ``OUT/audio/`` (None or mode ``none``: no audio). ``policy``: write per-call
        analytics rows with its pseudonym key and analytics settings (None: no rows)."""
        super().__init__()
        self._output_dir = output_dir
        self._ledger = Ledger(output_dir, run_id)
        self._stage_args = (
            recognizer_config,
            tuple(allow_list),
            tuple(deny_list),
            analyzer_factory,
            tuple(kept_metadata),
            redactor,
        )
        self._limits = limits or TranscriptLimits()
        self._transcribe = transcribe
        self._analytics = analytics
        self._audio = audio if audio is not None and audio.enabled else None
        self._policy = policy

    def _redact_and_write(self) -> RedactAndWriteCalls:
        config, allow, deny, factory, kept, redactor = self._stage_args
        outputs = None
        if self._audio is not None or self._policy is not None:
            analytics = StreamAnalytics(self._policy) if self._policy is not None else None
            outputs = RedactAndWriteCallFn(self._output_dir, kept, redactor, self._audio, analytics)
        return RedactAndWriteCalls(
            self._output_dir,
            self._ledger,
            DetectPii(config, allow, deny, analyzer_factory=factory),
            Redact(kept, redactor),
            self._analytics,
            outputs,
        )

    def expand(self, files):
        out, ledger = self._output_dir, self._ledger
        read = (
            files
            | "SkipSeenFiles" >> SkipSeenFiles(ledger)
            | "ReadFiles"
            >> beam.ParDo(
                _ReadLandedFn(ledger, self._limits, self._transcribe is not None)
            ).with_outputs(DEAD, RECORDING, main="calls")
        )
        done, redacted = read.calls | "Transcripts" >> self._redact_and_write()
        done += (read[DEAD] | "WriteReadDeadLetters" >> WriteDeadLetterFiles(out, ledger),)
        redacted_all = [redacted]
        if self._transcribe is not None:
            transcribed, transcribe_dead = read[RECORDING] | "Transcribe" >> self._transcribe
            more_done, more_redacted = transcribed | "Recordings" >> self._redact_and_write()
            done += more_done + (
                transcribe_dead | "WriteTranscribeDeadLetters" >> WriteDeadLetterFiles(out, ledger),
            )
            redacted_all.append(more_redacted)
        if self._analytics is not None and self._analytics.window_seconds > 0:
            # Windows fire on the watermark, so merging the branches here costs nothing.
            _ = (
                tuple(redacted_all)
                | "AllRedacted" >> beam.Flatten()
                | "Analytics" >> WriteWindowedAnalytics(out, self._analytics)
            )
        return done


# --- The job ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StreamConfig:
    """Everything ``run_stream`` needs; validated by ``run_stream`` before anything runs.

    ``transcribe`` (recording Calls → (Calls, dead letters)) and ``analytics`` plug the
    transcription and windowed analytics stages in; ``audio`` and ``policy`` turn on the
    per-call masked audio and analytics rows (``pipeline.stream_outputs``);
    ``analyzer_factory`` replaces the analyzer (tests)."""

    output_dir: str
    watch_dir: str | None = None
    input_subscription: str | None = None
    beam_args: Sequence[str] = ()
    stop_after: float | None = None
    poll_interval: float = 1.0
    settle_seconds: float = 2.0
    recognizer_config: str | None = None
    allow_list: Sequence[str] = ()
    deny_list: Sequence[str] = ()
    kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA
    limits: TranscriptLimits = field(default_factory=TranscriptLimits)
    transcribe: beam.PTransform | None = None
    analytics: AnalyticsHook | None = None
    analyzer_factory: Callable[[], object] | None = None
    # The anonymisation policy's redactor (``PolicyRedactor``); tags by default.
    redactor: Callable = redact_call
    # Local folder streams restart their pipeline this often (see _watch_in_segments).
    segment_seconds: float = DEFAULT_SEGMENT_S
    # Mask recordings into OUT/audio/<call_id>.flac (None or mode "none": no audio).
    audio: AudioRedactionSettings | None = None
    # The anonymisation policy: its key and settings make the per-call analytics rows in
    # OUT/analytics/{calls,entities}/ (None: no per-call analytics).
    policy: Policy | None = None


@dataclass(frozen=True)
class StreamResult:
    """The run's ``summary.json`` content and why it stopped."""

    summary: dict
    output_dir: str
    stopped_by: str

    @property
    def exit_code(self) -> int:
        return EXIT_DEAD_LETTERS if self.summary["calls_failed"] else EXIT_OK


def _stream_args(beam_args: Sequence[str]) -> list[str]:
    args = list(beam_args)
    if not any(a == "--runner" or a.startswith("--runner=") for a in args):
        args = [f"--runner={STREAM_DEFAULT_RUNNER}", *args]
    return args


def _is_inside(child: str, parent: str) -> bool:
    child, parent = os.path.realpath(child), os.path.realpath(parent)
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _validate(config: StreamConfig):
    if config.input_subscription is None and config.watch_dir is None:
        raise JobError(
            "give --watch DIR (local folder) or --input-subscription "
            "projects/PROJECT/subscriptions/NAME (GCS notifications on Dataflow)"
        )
    if config.stop_after is not None and config.stop_after <= 0:
        raise JobError("--stop-after must be a positive number of seconds")
    if config.poll_interval <= 0:
        raise JobError("--poll-interval must be a positive number of seconds")
    if config.settle_seconds < 0:
        raise JobError("--settle-seconds must be zero or more")
    if config.segment_seconds < max(5 * config.poll_interval, 5.0):
        raise JobError("--segment-seconds must be at least 5 seconds and 5 polls")
    watch = config.watch_dir
    if config.input_subscription is None and watch is not None and "://" not in watch:
        if not os.path.isdir(watch):
            raise JobError(f"--watch {watch!r} is not a folder: create it or fix the path")
        if "://" not in config.output_dir and _is_inside(config.output_dir, watch):
            raise JobError(
                "--output must not be inside --watch (the stream would read its "
                "own outputs): choose an output folder elsewhere"
            )
    if config.input_subscription is not None and watch is not None and "://" not in watch:
        raise JobError(
            "with --input-subscription, --watch may only name a gs:// folder "
            "to restrict which objects are processed"
        )
    try:
        options = pipeline_options(_stream_args(config.beam_args))
    except ValueError as e:
        raise JobError(str(e)) from e
    if config.input_subscription is not None:
        if runner_name(options) == STREAM_DEFAULT_RUNNER:
            raise JobError(
                "--input-subscription needs a runner that reads Pub/Sub: add --runner "
                "DataflowRunner and its options (see docs/RUNNING_AT_SCALE.md)"
            )
        options.view_as(StandardOptions).streaming = True
    check_output_dir(config.output_dir)
    if config.analyzer_factory is None:
        check_recognizer_config(config.recognizer_config)
    return options


@contextlib.contextmanager
def _stop_on_signals(stop_file: str) -> Iterator[dict]:
    """First SIGINT/SIGTERM: ask the source to stop (drain). Second: abort at once."""
    state = {"signal": None}
    if threading.current_thread() is not threading.main_thread():
        yield state
        return

    def handler(signum, frame):
        if state["signal"] is not None:
            raise KeyboardInterrupt
        state["signal"] = signal.Signals(signum).name
        log.warning(
            "stream: %s received: finishing the calls in flight, then stopping "
            "(send it again to abort at once)",
            state["signal"],
        )
        write_atomically(stop_file, b"")

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield state
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def _latency(records: Sequence[dict]) -> dict:
    values = [r["seconds_since_landed"] for r in records if r.get("seconds_since_landed")]
    if not values:
        return {"median": None, "max": None}
    return {"median": round(statistics.median(values), 3), "max": round(max(values), 3)}


def _run_pipeline(pipeline: beam.Pipeline, config: StreamConfig) -> None:
    try:
        result = pipeline.run()
        if config.input_subscription is not None and config.stop_after is not None:
            result.wait_until_finish(duration=int(config.stop_after * 1000))
            if not PipelineState.is_terminal(result.state):
                result.cancel()
            return
        state = result.wait_until_finish()
    except (KeyboardInterrupt, JobError):
        raise
    except Exception as e:  # noqa: BLE001 - runner errors wrap user code; keep content out
        raise JobError(
            f"stream stopped by an error ({type(e).__name__}): files finished so far are "
            "complete; run the same command again to continue where it stopped"
        ) from e
    if str(state) not in ("DONE", "PipelineState.DONE"):
        raise JobError(f"stream ended in state {state}: see the log above")


def _stopped_by(signal_name: str | None, stop_file: str, config: StreamConfig) -> str:
    if signal_name:
        return f"signal {signal_name}"
    if FileSystems.exists(stop_file):
        return "stop file"
    if config.stop_after:
        return "stop-after"
    return "source ended"


def _build(config: StreamConfig, options, run_id: str, source: beam.PTransform) -> beam.Pipeline:
    pipeline = beam.Pipeline(options=options)
    _ = (
        pipeline
        | "Source" >> source
        | "RedactLandedFiles"
        >> RedactLandedFiles(
            config.output_dir,
            run_id,
            config.recognizer_config,
            config.allow_list,
            config.deny_list,
            config.kept_metadata,
            config.limits,
            config.transcribe,
            config.analytics,
            config.analyzer_factory,
            config.redactor,
            config.audio,
            config.policy,
        )
    )
    return pipeline


def _watch_in_segments(config: StreamConfig, options, run_id: str, ledger: Ledger) -> None:
    """Run the folder stream as a chain of pipelines, each polling ``segment_seconds``.

    A safety net for long local streams: the dedupe state and whatever the local runner
    keeps per bundle live as long as the pipeline, so a long stream is cut into segments.
    Each ends its source, drains and hands over to the next (a pause of about a second:
    the compiled recognizers stay in the process); the ledger carries exactly-once across
    them. A segment's time counts from its first poll (see ``WatchSpec``)."""
    deadline = time.time() + config.stop_after if config.stop_after else None
    spec = WatchSpec(
        config.watch_dir,
        config.poll_interval,
        config.settle_seconds,
        deadline,
        ledger.stop_file,
        config.segment_seconds,
    )
    segment = 0
    while True:
        segment += 1
        log.debug("stream: segment %d starts", segment)
        _run_pipeline(_build(config, options, run_id, WatchFolder(spec)), config)
        if FileSystems.exists(ledger.stop_file):
            return
        if deadline is not None and time.time() >= deadline - 1e-3:
            return


def run_stream(config: StreamConfig) -> StreamResult:
    """``callredact stream``: run until ``stop_after``, a signal or the stop file."""
    started = time.monotonic()
    options = _validate(config)
    run_id = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]
    ledger = Ledger(config.output_dir, run_id)
    ledger.clean_leftovers()
    log.info(
        "stream: picking up new files, runner %s, %s",
        runner_name(options),
        f"stopping after {config.stop_after:g}s" if config.stop_after else "until SIGINT/SIGTERM",
    )
    if config.input_subscription is not None:
        # Pub/Sub jobs run on the service: the launcher's signals detach, they do not drain.
        prefixes = (config.watch_dir.rstrip("/") + "/",) if config.watch_dir else ()
        source = ReadGcsNotifications(config.input_subscription, prefixes)
        _run_pipeline(_build(config, options, run_id, source), config)
        signal_name = None
    else:
        with _stop_on_signals(ledger.stop_file) as signals:
            _watch_in_segments(config, options, run_id, ledger)
        signal_name = signals["signal"]
    stopped_by = _stopped_by(signal_name, ledger.stop_file, config)
    if "://" not in ledger.stop_file:
        with contextlib.suppress(FileNotFoundError):
            os.remove(ledger.stop_file)

    records = ledger.run_records()
    summary = summary_record(
        run_stats(records), time.monotonic() - started, "stream", runner_name(options)
    )
    summary.update(
        files_in=len(records),
        latency_seconds=_latency(records),
        stopped_by=stopped_by,
        run_id=run_id,
    )
    write_atomically(
        join(config.output_dir, "summary.json"),
        (json.dumps(summary, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    )
    log.info(
        "stream: %d files, %d calls redacted, %d dead-lettered, %d PII spans in %.1fs "
        "(stopped by %s)",
        len(records),
        summary["calls_out"],
        summary["calls_failed"],
        summary["entities_total"],
        summary["runtime_seconds"],
        stopped_by,
    )
    return StreamResult(summary=summary, output_dir=config.output_dir, stopped_by=stopped_by)


def run_stream_command(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    """``callredact stream``: run and return the exit code (0, or 2 with dead letters).
    Raises ``JobError`` for fatal problems, like the batch commands."""
    from pipeline.stream_cli import stream_config_from_args

    return run_stream(stream_config_from_args(args, beam_args)).exit_code


if __name__ == "__main__":
    from pipeline.stream_cli import main

    sys.exit(main())
