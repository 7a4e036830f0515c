"""The Transcribe stage: recordings → conversations of speaker turns with word timings.

    outputs = calls | "Transcribe" >> Transcribe(TranscriptionSettings(model="base"))
    outputs.calls          # PCollection[Call]: turns, duration, language filled
    outputs.dead_letters   # PCollection[DeadLetter]: reason audio_decode_error, audio_empty,
                           #   audio_truncated, audio_too_long, audio_channels,
                           #   audio_missing or transcription_error

``TranscribeOutputs`` is a NamedTuple, so ``calls, dead = records | Transcribe(...)`` works
too. Each input ``Call`` has an ``audio_path`` and no turns (``ReadRecordings``); a call
that already has turns passes through untouched. Channel *i* is spoken by
``settings.channels[i]``; a mono recording by ``settings.mono_speaker``. Each channel is
transcribed on its own (faster-whisper, word timestamps, VAD) and the turns of both are
interleaved by time (``pipeline.transcribe_turns``).
"""

from __future__ import annotations

from typing import NamedTuple

import apache_beam as beam
from apache_beam.ml.inference.base import PredictionResult, RunInference

from models.whisper_handler import STAGE, ModelLoader, WhisperModelHandler
from models.whisper_provision import resolve_whisper_model
from pipeline.audio_source import ReadRecordings, recording_to_call
from pipeline.schema import Call, DeadLetter
from pipeline.transcribe_settings import TranscriptionSettings, parse_channels
from pipeline.transcribe_turns import word_spans

DEAD_LETTER_TAG = "dead_letters"


class TranscribeOutputs(NamedTuple):
    calls: beam.PCollection
    dead_letters: beam.PCollection


class _SplitResults(beam.DoFn):
    """Unwrap RunInference's ``PredictionResult``: calls out, dead letters tagged."""

    def process(self, result: PredictionResult):
        if isinstance(result.inference, DeadLetter):
            yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, result.inference)
        else:
            yield result.inference


def _crash_to_dead_letters(failure) -> list[DeadLetter]:
    """RunInference's DLQ holds ``(batch, (exception type, repr, traceback))``. The repr
    may quote anything, so only the type name goes into the dead letter."""
    batch, error = failure
    exc_type = error[0] if isinstance(error, tuple) else type(error)
    name = getattr(exc_type, "__name__", str(exc_type))
    calls = batch if isinstance(batch, (list, tuple)) else [batch]
    return [
        DeadLetter(
            source=call.source,
            reason="transcription_error",
            message=f"{name} while transcribing: see the worker log, fix the recording or "
            "the --whisper-model settings and run the call again",
            line=call.line,
            call_id=call.call_id,
            stage=STAGE,
        )
        for call in calls
        if isinstance(call, Call)
    ]


class Transcribe(beam.PTransform):
    """``PCollection[Call]`` → ``TranscribeOutputs(calls, dead_letters)``.

    The model spec is resolved here, at construction, so an unavailable model fails before
    any data is read (``check_model=False`` skips that, e.g. for a remote-only path).
    ``model_loader`` replaces faster-whisper (tests); it must be picklable.
    """

    def __init__(
        self,
        settings: TranscriptionSettings,
        *,
        model_loader: ModelLoader | None = None,
        check_model: bool = True,
    ) -> None:
        super().__init__()
        if check_model and model_loader is None:
            resolve_whisper_model(settings.model, settings.model_cache)
        self._settings = settings
        self._handler = WhisperModelHandler(settings, model_loader)

    def expand(self, calls):
        results, failures = (
            calls
            | "RunWhisper"
            >> RunInference(
                self._handler, metrics_namespace="callredact_whisper"
            ).with_exception_handling()
        )
        split = results | "SplitDeadLetters" >> beam.ParDo(_SplitResults()).with_outputs(
            DEAD_LETTER_TAG, main="calls"
        )
        crashed = failures.failed_inferences | "CrashesToDeadLetters" >> beam.FlatMap(
            _crash_to_dead_letters
        )
        dead_letters = (split[DEAD_LETTER_TAG], crashed) | "MergeDeadLetters" >> beam.Flatten()
        return TranscribeOutputs(split["calls"], dead_letters)


__all__ = [
    "ReadRecordings",
    "Transcribe",
    "TranscribeOutputs",
    "TranscriptionSettings",
    "parse_channels",
    "recording_to_call",
    "word_spans",
]
