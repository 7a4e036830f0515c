"""The RedactAudio stage: detected calls → redacted transcripts with their audio masked.

    redacted, dead = detected | "RedactAudio" >> RedactAudio(settings, staging_dir)

It takes ``DetectedCall`` (not ``RedactedCall``) because mapping a PII span to time needs
the transcribed words, which the redacted record does not keep. It runs the text
redaction itself with the same ``redactor`` the ``Redact`` stage would use (default
``redact_call``; a ``PolicyRedactor`` works too), so in ``callredact run`` it *replaces*
``Redact``; the redacted records are the same, plus ``audio_redactions``.

Two labelled steps:
- ``RedactAndPlan``: text redaction, then each span → words → padded time range
  (``pipeline.audio_redaction.plan_mask_spans``). Cheap, no I/O.
- ``MaskAndWriteAudio``: decode the original recording at its own rate and channel count,
  mask, encode FLAC, read it back to verify, and write ``STAGING/audio/<call_id>.flac``
  (temporary name, then rename).

Fail closed: a call whose audio cannot be masked with certainty becomes a dead letter
(``audio_redaction_failed``) and neither its audio nor its redacted record is emitted.
Calls without an ``audio_path`` (transcript inputs) and ``--redact-audio none`` only get
the text redaction. Logs carry call ids, counts and durations, never content.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline import reasons
from pipeline.audio import AudioError
from pipeline.audio_redaction import (
    AUDIO_REDACTION_FAILED,
    OUTPUT_EXTENSION,
    AudioRedactionError,
    AudioRedactionSettings,
    MaskSpan,
    plan_mask_spans,
    redact_recording,
)
from pipeline.redaction import DEFAULT_KEPT_METADATA, redact_call
from pipeline.schema import Call, DeadLetter, DetectedCall, RedactedCall
from pipeline.sinks import join, write_bytes_atomically

LOG = logging.getLogger(__name__)
STAGE = "redact_audio"
AUDIO_FOLDER = "audio"
DEAD_LETTER_TAG = "dead_letters"
NAMESPACE = "callredact"
MAX_CALL_ID_LENGTH = 200
# The file names this stage writes (for the driver's stale-output clean-up): a plain call id
# (no leading dot, no separators) and the FLAC extension; temporary names never match.
AUDIO_OWNED_NAME_PATTERN = rf"^[^./\\][^/\\]*\.{OUTPUT_EXTENSION}$"

Redactor = Callable[..., RedactedCall]


class RedactAudioOutputs(NamedTuple):
    calls: beam.PCollection
    dead_letters: beam.PCollection


@dataclass(frozen=True)
class PlannedCall:
    """Between the two steps: the redacted record and the spans to mask in its audio."""

    redacted: RedactedCall
    spans: tuple[MaskSpan, ...]
    transcribed_channels: tuple[int | None, ...]
    line: int | None = None  # the input line, for the dead letter


def audio_output_path(staging_dir: str, call_id: str) -> str:
    """``STAGING/audio/<call_id>.flac``; a call id that is not a plain file name fails."""
    if (
        not call_id
        or len(call_id) > MAX_CALL_ID_LENGTH
        or call_id.startswith(".")
        or any(ch in call_id for ch in "/\\")
        or any(ord(ch) < 32 for ch in call_id)
    ):
        raise AudioRedactionError(
            "the call id cannot be used as a file name (empty, over 200 characters, starts "
            "with '.', or holds '/', '\\' or control characters): set a plain call_id in "
            "the manifest"
        )
    return join(staging_dir, AUDIO_FOLDER, f"{call_id}.{OUTPUT_EXTENSION}")


def _dead_letter(
    record: Call | RedactedCall, reason: str, message: str, *, line=None, stage: str = STAGE
) -> DeadLetter:
    return DeadLetter(
        source=record.source,
        reason=reason,
        message=message,
        line=record.line if isinstance(record, Call) else line,
        call_id=record.call_id,
        stage=stage,
    )


def _withheld(error: BaseException) -> str:
    return f"{type(error).__name__} (details withheld: may contain content); see the worker log"


class _RedactAndPlan(beam.DoFn):
    """DetectedCall → PlannedCall; dead letters for text or planning failures."""

    def __init__(
        self, settings: AudioRedactionSettings, kept_metadata: Sequence[str], redactor
    ) -> None:
        self._settings = settings
        self._kept_metadata = tuple(kept_metadata)
        self._redactor = redactor
        self._failed = Metrics.counter(NAMESPACE, "redaction_failed")
        self._plan_failed = Metrics.counter(NAMESPACE, "audio_redaction_failed")

    def process(self, detected: DetectedCall):
        call = detected.call
        try:
            redacted = self._redactor(detected, kept_metadata=self._kept_metadata)
        except Exception as e:  # noqa: BLE001 - fail closed: dead-letter, never pass on
            self._failed.inc()
            LOG.warning("redaction failed for call %s: %s", call.call_id, type(e).__name__)
            yield beam.pvalue.TaggedOutput(
                DEAD_LETTER_TAG,
                _dead_letter(call, reasons.REDACTION_FAILED, _withheld(e), stage="redact"),
            )
            return
        if not (self._settings.enabled and call.audio_path):
            yield PlannedCall(redacted, (), (), call.line)
            return
        try:
            spans = plan_mask_spans(call, detected.entities, self._settings)
        except AudioRedactionError as e:
            message, kind = str(e), type(e).__name__
        except Exception as e:  # noqa: BLE001 - fail closed
            message, kind = _withheld(e), type(e).__name__
        else:
            channels = tuple(sorted({t.channel for t in call.turns}, key=lambda c: (c is None, c)))
            yield PlannedCall(redacted, spans, channels, call.line)
            return
        self._plan_failed.inc()
        LOG.warning("call %s: audio redaction could not be planned (%s)", call.call_id, kind)
        yield beam.pvalue.TaggedOutput(
            DEAD_LETTER_TAG, _dead_letter(call, AUDIO_REDACTION_FAILED, message)
        )


class _MaskAndWriteAudio(beam.DoFn):
    """PlannedCall → RedactedCall with ``audio_redactions``; its audio written to staging."""

    def __init__(self, settings: AudioRedactionSettings, staging_dir: str) -> None:
        self._settings = settings
        self._staging_dir = staging_dir
        self._written = Metrics.counter(NAMESPACE, "audio_files_written")
        self._intervals = Metrics.counter(NAMESPACE, "audio_intervals_masked")
        self._widened = Metrics.counter(NAMESPACE, "audio_spans_widened")
        self._failed = Metrics.counter(NAMESPACE, "audio_redaction_failed")
        self._seconds = Metrics.distribution(NAMESPACE, "audio_ms_masked_per_call")

    def process(self, planned: PlannedCall):
        redacted = planned.redacted
        if not (self._settings.enabled and redacted.audio_path):
            yield redacted
            return
        started = time.perf_counter()
        try:
            path = audio_output_path(self._staging_dir, redacted.call_id)
            recording = redact_recording(
                redacted.audio_path, planned.spans, planned.transcribed_channels, self._settings
            )
            write_bytes_atomically(path, recording.data)
        except AudioError as e:  # the recording itself (its messages carry no content)
            message, kind = f"{e.reason}: {e}", e.reason
        except AudioRedactionError as e:
            message, kind = str(e), type(e).__name__
        except Exception as e:  # noqa: BLE001 - fail closed: nothing unmasked is written
            message, kind = _withheld(e), type(e).__name__
        else:
            masked = sum((r.end - r.start) for r in recording.intervals)
            self._written.inc()
            self._intervals.inc(len(recording.intervals))
            self._widened.inc(sum(span.widened for span in planned.spans))
            self._seconds.update(int(masked * 1000))
            LOG.info(
                "call %s: %d interval(s), %.1fs masked of %.1fs, %d channel(s) at %d Hz, %.2fs",
                redacted.call_id,
                len(recording.intervals),
                masked,
                recording.duration,
                recording.n_channels,
                recording.sample_rate,
                time.perf_counter() - started,
            )
            yield dataclasses.replace(redacted, audio_redactions=recording.intervals)
            return
        self._failed.inc()
        LOG.warning(
            "call %s: audio redaction failed (%s); call sent to dead letters",
            redacted.call_id,
            kind,
        )
        yield beam.pvalue.TaggedOutput(
            DEAD_LETTER_TAG,
            _dead_letter(redacted, AUDIO_REDACTION_FAILED, message, line=planned.line),
        )


class RedactAudio(beam.PTransform):
    """``PCollection[DetectedCall]`` → ``RedactAudioOutputs(calls, dead_letters)``.

    ``calls`` are ``RedactedCall`` records with ``audio_redactions`` filled for calls that
    have a recording; each such call's masked audio is in ``staging_dir/audio/``.
    ``redactor`` is the text redaction (as for ``Redact``); it must pickle.
    """

    def __init__(
        self,
        settings: AudioRedactionSettings,
        staging_dir: str,
        *,
        kept_metadata: Sequence[str] = DEFAULT_KEPT_METADATA,
        redactor: Redactor = redact_call,
    ) -> None:
        super().__init__()
        if settings.enabled and not staging_dir:
            raise ValueError("RedactAudio needs a staging folder to write the audio into")
        self._settings = settings
        self._staging_dir = staging_dir
        self._kept_metadata = tuple(kept_metadata)
        self._redactor = redactor

    def expand(self, detected):
        planned = detected | "RedactAndPlan" >> beam.ParDo(
            _RedactAndPlan(self._settings, self._kept_metadata, self._redactor)
        ).with_outputs(DEAD_LETTER_TAG, main="planned")
        masked = planned.planned | "MaskAndWriteAudio" >> beam.ParDo(
            _MaskAndWriteAudio(self._settings, self._staging_dir)
        ).with_outputs(DEAD_LETTER_TAG, main="calls")
        dead = (planned[DEAD_LETTER_TAG], masked[DEAD_LETTER_TAG]) | "MergeDeadLetters" >> (
            beam.Flatten()
        )
        return RedactAudioOutputs(masked.calls, dead)


# The two per-call steps, for a caller that runs them inside its own DoFn (the stream's
# per-call writer, ``pipeline.stream_outputs``), so both paths share one implementation.
RedactAndPlanFn = _RedactAndPlan
MaskAndWriteAudioFn = _MaskAndWriteAudio

__all__ = [
    "AUDIO_FOLDER",
    "AUDIO_OWNED_NAME_PATTERN",
    "MaskAndWriteAudioFn",
    "PlannedCall",
    "RedactAndPlanFn",
    "RedactAudio",
    "RedactAudioOutputs",
    "audio_output_path",
]
