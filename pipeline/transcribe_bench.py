"""Real-time factor of transcription: bare faster-whisper next to the project's audio path.

    python -m pipeline.transcribe_bench --models tiny.en,base --input 'samples/audio/*'

For each model, on the same recordings and in the same run:
- ``bare``: ``faster_whisper.decode_audio(split_stereo=True)`` and ``WhisperModel.transcribe``
  per channel, one after the other, faster-whisper's default threads;
- ``callredact``: ``pipeline.audio`` decoding and ``models.whisper_handler.transcribe_call``
  (channels in parallel, cores split between them, turns built).
RTF = processing seconds / audio seconds (lower is faster). Figures only; nothing is
asserted, because timings depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time

from models.whisper_handler import load_whisper_model, resolve_compute_type, transcribe_call
from models.whisper_provision import resolve_whisper_model
from pipeline.audio import decode_audio_channels, is_audio_path
from pipeline.audio_source import recording_to_call
from pipeline.schema import DeadLetter
from pipeline.transcribe_settings import TranscriptionSettings


def _bare(model_path: str, paths: list[str], settings: TranscriptionSettings) -> float:
    from faster_whisper import WhisperModel, decode_audio

    compute_type = resolve_compute_type(settings.device, settings.compute_type)
    model = WhisperModel(model_path, device=settings.device, compute_type=compute_type)
    started = time.perf_counter()
    for path in paths:
        stereo = len(decode_audio_channels(path).channels) == 2
        channels = decode_audio(path, split_stereo=True) if stereo else (decode_audio(path),)
        for audio in channels:
            segments, _ = model.transcribe(
                audio,
                language=settings.language,
                beam_size=settings.beam_size,
                vad_filter=settings.vad_filter,
                word_timestamps=True,
            )
            list(segments)
    return time.perf_counter() - started


def _project(paths: list[str], settings: TranscriptionSettings) -> float:
    model = load_whisper_model(settings)
    started = time.perf_counter()
    for path in paths:
        result = transcribe_call(recording_to_call(path), model, settings)
        if isinstance(result, DeadLetter):
            raise SystemExit(f"{path}: {result.reason}: {result.message}")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="tiny.en,base", help="comma-separated model specs")
    parser.add_argument("--input", default="samples/audio/*", help="recordings glob")
    parser.add_argument("--language", default="en")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--compute-type", default="auto")
    args = parser.parse_args(argv)
    paths = sorted(p for p in glob.glob(args.input) if is_audio_path(p))
    if not paths:
        parser.error(f"no recordings match {args.input!r}")
    audio_s = sum(decode_audio_channels(p).duration for p in paths)
    out = sys.stdout
    out.write(f"{len(paths)} recordings, {audio_s:.1f}s of audio\n")
    out.write(f"{'model':<10} {'path':<11} {'seconds':>8} {'RTF':>6}\n")
    for spec in args.models.split(","):
        settings = TranscriptionSettings(
            model=spec.strip(),
            language=args.language,
            beam_size=args.beam_size,
            device=args.device,
            compute_type=args.compute_type,
        )
        model_path = resolve_whisper_model(settings.model, settings.model_cache)
        for name, seconds in (
            ("bare", _bare(model_path, paths, settings)),
            ("callredact", _project(paths, settings)),
        ):
            out.write(f"{settings.model:<10} {name:<11} {seconds:8.2f} {seconds / audio_s:6.3f}\n")
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
