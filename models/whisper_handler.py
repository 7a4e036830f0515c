"""The Whisper ``ModelHandler``: RunInference loads faster-whisper once per worker process.

``RunInference`` calls ``load_model`` once per worker (in ``DoFn.setup``, shared between
the threads of a process) and ``run_inference`` per batch. A batch is one ``Call`` with an
``audio_path``: we decode it into channels, transcribe each channel (concurrently, one
CTranslate2 worker each), consume faster-whisper's lazy segment generators here, inside
the handler, and return the call with its turns. Bad audio comes back as a ``DeadLetter``
(reason from ``pipeline.audio``), so one unreadable file never stops the pipeline.

Only ids, counts and timings are logged; never transcript text.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
from apache_beam.ml.inference.base import ModelHandler, PredictionResult

from models.whisper_provision import resolve_whisper_model
from pipeline.audio import AudioError, decode_audio_channels
from pipeline.schema import Call, DeadLetter
from pipeline.transcribe_settings import TranscriptionSettings
from pipeline.transcribe_turns import build_turns, segment_utterances

LOG = logging.getLogger(__name__)
STAGE = "transcribe"
NO_SPEECH = "audio_no_speech"
AUDIO_MISSING = "audio_missing"
# Channels this close (RMS of the difference / RMS of the signal) are one recording
# stored twice ("dual mono"): transcribe once, as the mono speaker.
DUAL_MONO_TOLERANCE = 0.05

ModelLoader = Callable[[TranscriptionSettings], Any]


def worker_threads(settings: TranscriptionSettings) -> tuple[int, int]:
    """(CTranslate2 workers, CPU threads each). One worker per channel when channels run
    in parallel and this process has a core for each; ``cpu_threads=0`` splits this
    process's share of the cores between them, because CTranslate2's own default (4 per
    worker) oversubscribes small machines: on 2 cores, two workers x 1 thread measured
    ~25% faster than 2 x 4. Local worker processes share the machine's cores."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    share = max(1, cores // settings.local_processes)
    channels = len(settings.channels)
    parallel = settings.parallel_channels and (settings.cpu_threads or share >= channels)
    workers = channels if parallel else 1
    if settings.cpu_threads:
        return workers, settings.cpu_threads
    return workers, max(1, share // workers)


def resolve_device(device: str) -> str:
    """``auto`` → ``cuda`` when CTranslate2 sees a GPU, else ``cpu``."""
    if device != "auto":
        return device
    import ctranslate2

    return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"


def resolve_compute_type(device: str, compute_type: str) -> str:
    """The CTranslate2 compute type to load with; ``auto`` is ours to choose.

    On a CPU, ``auto`` is int16 where the CPU build has it (x86, Intel MKL), else int8.
    int8 matrix products on CPUs without VNNI (and on AMD CPUs, where MKL takes its AVX2
    path) add pairs of products in 16 bits and saturate; Whisper base then heard a card
    number's "four nine … nine" as "import I'm … I'm" (reproduced here by limiting MKL and
    oneDNN to AVX2), and digits the ASR does not write are digits nobody redacts or bleeps.
    int16 heard them on every instruction set tried and ran as fast as int8 (base, sample
    calls: RTF 0.17 vs 0.18 with AVX-512 VNNI, 0.22 vs 0.32 on the AVX2 path). On a GPU,
    ``auto`` is CTranslate2's own choice (float16 or int8_float16). A type named
    explicitly is used as it is.
    """
    if compute_type != "auto" or resolve_device(device) != "cpu":
        return compute_type
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types("cpu")
    return "int16" if "int16" in supported else "int8"


def load_whisper_model(settings: TranscriptionSettings):
    """A ``faster_whisper.WhisperModel`` for ``settings`` (resolved where it runs)."""
    from faster_whisper import WhisperModel

    path = resolve_whisper_model(settings.model, settings.model_cache)
    workers, threads = worker_threads(settings)
    compute_type = resolve_compute_type(settings.device, settings.compute_type)
    started = time.perf_counter()
    model = WhisperModel(
        path,
        device=settings.device,
        compute_type=compute_type,
        cpu_threads=threads,
        num_workers=workers,
    )
    LOG.info(
        "loaded Whisper model %s (%s, %s) in %.1fs",
        settings.model,
        settings.device,
        compute_type,
        time.perf_counter() - started,
    )
    return model


def _is_dual_mono(channels: Sequence[np.ndarray]) -> bool:
    first = channels[0]
    power = float(np.sqrt(np.mean(np.square(first, dtype=np.float64))))
    if power == 0.0:
        return all(not np.any(other) for other in channels[1:])
    for other in channels[1:]:
        diff = float(np.sqrt(np.mean(np.square(first - other, dtype=np.float64))))
        if diff > DUAL_MONO_TOLERANCE * power:
            return False
    return True


def _is_multilingual(model) -> bool:
    return bool(getattr(getattr(model, "model", None), "is_multilingual", True))


def _choose_language(model, channels: Sequence[np.ndarray], settings) -> str | None:
    """One language per call: the setting, ``en`` for English-only models, else detected
    on the loudest channel, so both parties are decoded in the same language."""
    if settings.language:
        return settings.language
    if not _is_multilingual(model):
        return "en"
    loudest = max(channels, key=lambda audio: float(np.mean(np.square(audio, dtype=np.float64))))
    language, _probability, _ = model.detect_language(audio=loudest, vad_filter=settings.vad_filter)
    return language


def _transcribe_channel(model, audio: np.ndarray, settings, language: str | None) -> list:
    segments, _info = model.transcribe(
        audio,
        language=language,
        beam_size=settings.beam_size,
        vad_filter=settings.vad_filter,
        word_timestamps=True,
    )
    return list(segments)  # the generator does the work: consume it here


def transcribe_call(call: Call, model, settings: TranscriptionSettings) -> Call | DeadLetter:
    """Transcribe ``call.audio_path`` into turns; bad audio becomes a ``DeadLetter``."""
    if call.turns or not call.audio_path:
        if call.turns:
            return call  # already a transcript (e.g. a .json input): nothing to do
        return DeadLetter(
            source=call.source,
            reason=AUDIO_MISSING,
            message="the call has neither turns nor an audio_path: give a recording or "
            "a transcript",
            line=call.line,
            call_id=call.call_id,
            stage=STAGE,
        )
    started = time.perf_counter()
    try:
        audio = decode_audio_channels(call.audio_path, max_duration=settings.max_duration)
        channels = audio.channels
        if len(channels) > 1 and _is_dual_mono(channels):
            channels = channels[:1]
        speakers = settings.speakers_for(len(channels))
    except AudioError as e:
        LOG.warning("call %s: %s", call.call_id, e.reason)
        return DeadLetter(
            source=call.source,
            reason=e.reason,
            message=str(e),
            line=call.line,
            call_id=call.call_id,
            stage=STAGE,
        )
    language = _choose_language(model, channels, settings)
    if worker_threads(settings)[0] > 1 and len(channels) > 1:
        with ThreadPoolExecutor(max_workers=len(channels)) as pool:
            futures = [
                pool.submit(_transcribe_channel, model, samples, settings, language)
                for samples in channels
            ]
            per_channel = [future.result() for future in futures]
    else:
        per_channel = [
            _transcribe_channel(model, samples, settings, language) for samples in channels
        ]
    utterances = [
        utterance
        for index, segments in enumerate(per_channel)
        for utterance in segment_utterances(index, segments)
    ]
    turns = build_turns(utterances, speakers)
    elapsed = time.perf_counter() - started
    if not turns:
        # Fail closed: an untranscribed recording must not pass as one without PII.
        LOG.warning("call %s: no speech recognised in %.1fs of audio", call.call_id, audio.duration)
        return DeadLetter(
            source=call.source,
            reason=NO_SPEECH,
            message=f"no speech was recognised in {audio.duration:.0f}s of audio: check the "
            "recording and --channels, or transcribe it again with --no-vad",
            line=call.line,
            call_id=call.call_id,
            stage=STAGE,
        )
    LOG.info(
        "call %s: %.1fs audio, %d channel(s), %d turn(s), language %s, %.1fs (RTF %.2f)",
        call.call_id,
        audio.duration,
        len(channels),
        len(turns),
        language,
        elapsed,
        elapsed / audio.duration,
    )
    return dataclasses.replace(
        call, turns=turns, duration=round(audio.duration, 3), language=language
    )


class WhisperModelHandler(ModelHandler[Call, "Call | DeadLetter", Any]):
    """RunInference handler: ``Call`` (with ``audio_path``) → transcribed ``Call`` or
    ``DeadLetter``. ``model_loader`` replaces faster-whisper in tests (must pickle)."""

    def __init__(
        self, settings: TranscriptionSettings, model_loader: ModelLoader | None = None
    ) -> None:
        super().__init__()
        self._settings = settings
        self._model_loader = model_loader

    def load_model(self):
        loader = self._model_loader or load_whisper_model
        return loader(self._settings)

    def run_inference(
        self,
        batch: Sequence[Call],
        model,
        inference_args: dict[str, Any] | None = None,
    ) -> Iterable[PredictionResult]:
        return [
            PredictionResult(call, transcribe_call(call, model, self._settings)) for call in batch
        ]

    def batch_elements_kwargs(self) -> dict[str, int]:
        # A call is minutes of audio: batching calls buys nothing and costs memory.
        return {"min_batch_size": 1, "max_batch_size": 1}

    def get_metrics_namespace(self) -> str:
        return "callredact_whisper"

    def get_num_bytes(self, batch: Sequence[Call]) -> int:
        return len(batch)
