"""The pipeline's composite stages. Each ``expand()`` only composes labelled steps.

Stages that can fail per element return ``(main, dead_letters)``: a call that could not
be detected or redacted is never passed on unredacted, it becomes a DeadLetter.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import FileMetadata
from apache_beam.metrics import Metrics

from pipeline import reasons
from pipeline.records import dead_letter_to_dict, redacted_call_to_dict, to_json_line
from pipeline.redaction import DEFAULT_KEPT_METADATA, redact_call
from pipeline.schema import Call, DeadLetter, DetectedCall, RedactedCall
from pipeline.sinks import WriteSortedJsonl, join
from pipeline.transcript_io import TranscriptLimits, is_transcript_path, parse_transcript_file

log = logging.getLogger(__name__)
DEAD = "dead_letter"
AUDIO = "audio"
NAMESPACE = "callredact"


def _scrubbed(error: BaseException) -> str:
    """An exception's class only: its message may quote the text being processed."""
    return f"{type(error).__name__} (details withheld: may contain content)"


class _ParseTranscriptFile(beam.DoFn):
    def __init__(self, limits: TranscriptLimits):
        self._limits = limits
        self._calls = Metrics.counter(NAMESPACE, "calls_read")
        self._bad = Metrics.counter(NAMESPACE, "inputs_dead_lettered")

    def process(self, readable: fileio.ReadableFile):
        path = readable.metadata.path
        try:
            data = readable.read()
        except OSError as e:
            self._bad.inc()
            yield beam.pvalue.TaggedOutput(
                DEAD, DeadLetter(path, reasons.UNREADABLE_FILE, type(e).__name__, stage="read")
            )
            return
        for item in parse_transcript_file(path, data, self._limits):
            if isinstance(item, DeadLetter):
                self._bad.inc()
                yield beam.pvalue.TaggedOutput(DEAD, item)
            else:
                self._calls.inc()
                yield item


RECORDING_HINT = "use `callredact run` for recordings"
SUPPORTED_HINT = "expected .json/.jsonl transcripts or recordings (wav, flac, mp3, ogg/opus, m4a)"


class _RouteByKind(beam.DoFn):
    """Sends each matched file to the reader for its kind; anything else is dead-lettered."""

    def __init__(self, accept_audio: bool):
        self._accept_audio = accept_audio

    def process(self, metadata):
        from pipeline.audio import is_audio_path

        path = metadata.path
        if is_transcript_path(path):
            yield metadata
        elif self._accept_audio and is_audio_path(path):
            yield beam.pvalue.TaggedOutput(AUDIO, path)
        else:
            hint = RECORDING_HINT if is_audio_path(path) else SUPPORTED_HINT
            yield beam.pvalue.TaggedOutput(
                DEAD,
                DeadLetter(
                    path, reasons.UNSUPPORTED_FILE, f"unsupported file type: {hint}", stage="read"
                ),
            )


def _recording_call(path: str):
    from pipeline.audio_source import recording_to_call

    return recording_to_call(path)


class ReadInputs(beam.PTransform):
    """Files matching a glob → (transcribed-or-parsed calls, recordings to transcribe,
    dead letters). With ``accept_audio=False`` recordings are dead-lettered instead."""

    def __init__(
        self,
        pattern: str,
        limits: TranscriptLimits | None = None,
        accept_audio: bool = False,
    ):
        super().__init__()
        self._pattern = pattern
        self._limits = limits or TranscriptLimits()
        self._accept_audio = accept_audio

    def expand(self, pbegin):
        routed = (
            pbegin
            | "MatchFiles" >> fileio.MatchFiles(self._pattern)
            | "RouteByKind"
            >> beam.ParDo(_RouteByKind(self._accept_audio))
            .with_output_types(FileMetadata)
            .with_outputs(AUDIO, DEAD, main="transcripts")
        )
        parsed = (
            routed.transcripts
            | "ReadMatches" >> fileio.ReadMatches()
            | "Parse"
            >> beam.ParDo(_ParseTranscriptFile(self._limits)).with_outputs(DEAD, main="calls")
        )
        calls = parsed.calls | "SpreadCalls" >> beam.Reshuffle()
        recordings = (
            routed[AUDIO]
            | "RecordingToCall" >> beam.Map(_recording_call)
            | "SpreadRecordings" >> beam.Reshuffle()
        )
        dead = (routed[DEAD], parsed[DEAD]) | "ReadDeadLetters" >> beam.Flatten()
        return calls, recordings, dead


class _Progress:
    """Logs calls done and rate on stderr every ``every`` seconds (counts only)."""

    def __init__(self, every: float = 10.0):
        self._every = every
        self._start = self._last = time.monotonic()
        self._done = 0

    def add(self, n: int) -> None:
        self._done += n
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            rate = self._done / max(now - self._start, 1e-9)
            log.info("progress: %d calls analysed on this worker (%.1f calls/s)", self._done, rate)


class _DetectPiiBatch(beam.DoFn):
    """Runs the call analyzer on batches: spaCy is fastest on many texts at once."""

    def __init__(
        self,
        config_path: str | None,
        allow_list: Sequence[str],
        deny_list: Sequence[str] | Mapping[str, Sequence[str]],
        analyzer_factory: Callable[[], object] | None = None,
    ):
        self._config_path = config_path
        self._allow_list = tuple(allow_list)
        # {entity type: texts} or a plain list of texts (see CallAnalyzer.create).
        self._deny_list = (
            {k: tuple(v) for k, v in deny_list.items()}
            if isinstance(deny_list, Mapping)
            else tuple(deny_list)
        )
        self._analyzer_factory = analyzer_factory
        self._analyzer = None
        self._entities = Metrics.counter(NAMESPACE, "entities_found")
        self._failed = Metrics.counter(NAMESPACE, "detection_failed")

    def setup(self):
        self._progress = _Progress()
        if self._analyzer_factory is not None:
            self._analyzer = self._analyzer_factory()
            return
        from recognizers.call_analyzer import CallAnalyzer

        self._analyzer = CallAnalyzer.create(
            self._config_path, allow_list=self._allow_list, deny_list=self._deny_list
        )

    def process(self, batch: list[Call]) -> Iterable:
        try:
            results = list(zip(batch, self._analyzer.analyze_calls(batch), strict=True))
        except Exception:  # noqa: BLE001 - isolate the failing call(s) below
            results = [(call, self._analyze_one(call)) for call in batch]
        for call, entities in results:
            if isinstance(entities, DeadLetter):
                self._failed.inc()
                yield beam.pvalue.TaggedOutput(DEAD, entities)
                continue
            self._entities.inc(sum(len(t) for t in entities))
            yield DetectedCall(call=call, entities=entities)
        self._progress.add(len(batch))

    def _analyze_one(self, call: Call):
        try:
            return self._analyzer.analyze_call(call)
        except Exception as e:  # noqa: BLE001 - fail closed: dead-letter, never pass on
            log.warning("detection failed for call %s: %s", call.call_id, type(e).__name__)
            return DeadLetter(
                call.source,
                reasons.DETECTION_FAILED,
                _scrubbed(e),
                call.line,
                call.call_id,
                stage="detect",
            )


class DetectPii(beam.PTransform):
    """Calls → (DetectedCall with entities per turn, dead letters)."""

    def __init__(
        self,
        config_path: str | None = None,
        allow_list: Sequence[str] = (),
        deny_list: Sequence[str] | Mapping[str, Sequence[str]] = (),
        max_batch_size: int = 64,
        analyzer_factory: Callable[[], object] | None = None,
    ):
        """``analyzer_factory`` (picklable, called once per worker) replaces the
        configured CallAnalyzer: for fakes in tests and fault injection."""
        super().__init__()
        self._fn = _DetectPiiBatch(config_path, allow_list, deny_list, analyzer_factory)
        self._max_batch_size = max_batch_size

    def expand(self, calls):
        results = (
            calls
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=self._max_batch_size)
            | "Analyze" >> beam.ParDo(self._fn).with_outputs(DEAD, main="detected")
        )
        return results.detected, results[DEAD]


class _RedactCall(beam.DoFn):
    def __init__(self, kept_metadata: Sequence[str], redactor: Callable = redact_call):
        self._kept_metadata = tuple(kept_metadata)
        self._redactor = redactor
        self._failed = Metrics.counter(NAMESPACE, "redaction_failed")

    def process(self, detected: DetectedCall):
        try:
            yield self._redactor(detected, kept_metadata=self._kept_metadata)
        except Exception as e:  # noqa: BLE001 - fail closed
            call = detected.call
            self._failed.inc()
            log.warning("redaction failed for call %s: %s", call.call_id, type(e).__name__)
            yield beam.pvalue.TaggedOutput(
                DEAD,
                DeadLetter(
                    call.source,
                    reasons.REDACTION_FAILED,
                    _scrubbed(e),
                    call.line,
                    call.call_id,
                    stage="redact",
                ),
            )


class Redact(beam.PTransform):
    """DetectedCall → (RedactedCall, dead letters)."""

    def __init__(
        self, kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA, redactor: Callable = redact_call
    ):
        """``redactor`` defaults to the tag policy; tests inject failures through it."""
        super().__init__()
        self._kept_metadata = kept_metadata
        self._redactor = redactor

    def expand(self, detected):
        fn = _RedactCall(self._kept_metadata, self._redactor)
        results = detected | "Redact" >> beam.ParDo(fn).with_outputs(DEAD, main="redacted")
        return results.redacted, results[DEAD]


def _redacted_line(call: RedactedCall) -> tuple[str, str]:
    return f"{call.call_id}\x00{call.source}", to_json_line(redacted_call_to_dict(call))


def _dead_letter_line(letter: DeadLetter) -> tuple[str, str]:
    key = f"{letter.source}\x00{letter.line or 0:012d}\x00{letter.stage}\x00{letter.reason}"
    return key, to_json_line(dead_letter_to_dict(letter))


class WriteRedactedTranscripts(beam.PTransform):
    """RedactedCall → ``redacted/calls-SSSSS-of-NNNNN.jsonl``, sorted by call id.

    ``private`` writes owner-only files (the policy uses reversible tokens)."""

    def __init__(self, staging_dir: str, num_shards: int = 1, private: bool = False):
        super().__init__()
        self._staging_dir = staging_dir
        self._num_shards = num_shards
        self._private = private

    def expand(self, redacted):
        folder = join(self._staging_dir, "redacted")
        return (
            redacted
            | "ToJson" >> beam.Map(_redacted_line)
            | "Write" >> WriteSortedJsonl(folder, "calls", self._num_shards, self._private)
        )


class WriteDeadLetters(beam.PTransform):
    """DeadLetter → ``dead_letter/dead-SSSSS-of-NNNNN.jsonl``, sorted by source and line."""

    def __init__(self, staging_dir: str, num_shards: int = 1):
        super().__init__()
        self._staging_dir = staging_dir
        self._num_shards = num_shards

    def expand(self, letters):
        return (
            letters
            | "ToJson" >> beam.Map(_dead_letter_line)
            | "Write"
            >> WriteSortedJsonl(join(self._staging_dir, "dead_letter"), "dead", self._num_shards)
        )
