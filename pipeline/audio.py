"""Decode a call recording into one float32 16 kHz array per channel.

Whisper wants 16 kHz mono float32. Call recordings arrive as wav (PCM or 8 kHz mu-law),
flac, mp3, ogg/opus or m4a at 8 to 48 kHz, usually with the agent and the customer on
separate channels. We decode with PyAV (FFmpeg, bundled with faster-whisper, so no system
packages) and resample with libswresample, keeping the channels apart so each speaker is
transcribed on its own. Unlike ``faster_whisper.decode_audio(split_stereo=True)`` this keeps
a mono file mono (no fake second channel), keeps float precision, supports any channel
count, reads ``gs://``-style paths through Beam's FileSystems, stops early on over-long
input and reports bad input as typed errors whose ``reason`` becomes the dead-letter code.

Error messages name the file and what to do; they never carry audio content.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

SAMPLE_RATE = 16000
# Extensions routed to transcription; anything FFmpeg reads works when named explicitly.
AUDIO_EXTENSIONS = (".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac")
DEFAULT_MAX_DURATION_S = 4 * 3600.0
# A decoded stream this much shorter than its header says is a partial upload.
TRUNCATION_TOLERANCE_S = 0.5
TRUNCATION_TOLERANCE_RATIO = 0.02
MIN_DURATION_S = 0.05


class AudioError(ValueError):
    """A recording that cannot be transcribed; ``reason`` is its dead-letter code."""

    reason = "audio_error"


class AudioDecodeError(AudioError):
    reason = "audio_decode_error"


class AudioEmptyError(AudioError):
    reason = "audio_empty"


class AudioTooLongError(AudioError):
    reason = "audio_too_long"


class AudioTruncatedError(AudioError):
    reason = "audio_truncated"


class AudioChannelsError(AudioError):
    """More channels than speaker labels: we will not guess who is who."""

    reason = "audio_channels"


@dataclass(frozen=True)
class DecodedAudio:
    """Per-channel float32 samples in [-1, 1] at ``sample_rate``, all the same length."""

    channels: tuple[np.ndarray, ...]
    sample_rate: int
    source_sample_rate: int
    codec: str

    @property
    def duration(self) -> float:
        return len(self.channels[0]) / self.sample_rate if self.channels else 0.0


def is_audio_path(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in AUDIO_EXTENSIONS


def _name(path: str) -> str:
    return os.path.basename(path) or path


@contextlib.contextmanager
def _open_source(path: str):
    """A local path as is; a remote path (``gs://``…) as a seekable Beam file object."""
    if "://" not in path:
        yield path
        return
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    handle: BinaryIO = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    try:
        yield handle
    finally:
        handle.close()


def _declared_duration(container, stream) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        import av

        return container.duration / av.time_base
    return None


def decode_audio_channels(
    path: str,
    *,
    sample_rate: int = SAMPLE_RATE,
    max_duration: float = DEFAULT_MAX_DURATION_S,
) -> DecodedAudio:
    """Decode ``path`` to per-channel float32 arrays at ``sample_rate``.

    Raises ``AudioDecodeError`` (unreadable, no audio stream, corrupt), ``AudioEmptyError``
    (no samples), ``AudioTruncatedError`` (shorter than its header says) and
    ``AudioTooLongError`` (over ``max_duration`` seconds, checked before decoding where the
    header says and while decoding otherwise).
    """
    import av

    name = _name(path)
    if "://" not in path:
        if not os.path.isfile(path):
            raise AudioDecodeError(f"{name} does not exist or is not a file: check the input path")
        if os.path.getsize(path) == 0:
            raise AudioEmptyError(f"{name} is an empty file: check the recording or its upload")
    try:
        with (
            _open_source(path) as source,
            av.open(source, mode="r", metadata_errors="ignore") as container,
        ):
            if not container.streams.audio:
                raise AudioDecodeError(
                    f"{name} has no audio stream: pass an audio recording (wav, flac, mp3, "
                    "ogg/opus, m4a)"
                )
            stream = container.streams.audio[0]
            declared = _declared_duration(container, stream)
            _check_length(name, declared, max_duration)
            decoded = _decode_stream(container, stream, name, sample_rate, max_duration)
    except AudioError:
        raise
    except (av.FFmpegError, OSError, ValueError) as e:
        raise AudioDecodeError(
            f"{name} could not be decoded ({type(e).__name__}): check that the file is a "
            "complete audio recording, or re-export it as wav or flac"
        ) from e
    if decoded.duration < MIN_DURATION_S:
        raise AudioEmptyError(f"{name} contains no audio samples: check the recording")
    if declared is not None and "://" not in path:
        declared = max(declared, _wav_header_duration(path, declared) or 0.0)
    if declared is not None:
        missing = declared - decoded.duration
        if missing > max(TRUNCATION_TOLERANCE_S, TRUNCATION_TOLERANCE_RATIO * declared):
            raise AudioTruncatedError(
                f"{name} ends {missing:.1f}s before its header says (partial upload?): "
                "re-copy the complete file and run again"
            )
    return decoded


def _wav_header_duration(path: str, ffmpeg_duration: float) -> float | None:
    """What a PCM wav's ``data`` chunk size claims, in seconds.

    FFmpeg clamps a PCM wav's duration to the bytes present, which hides a cut-off upload;
    the RIFF header still says how much was written. None when not a wav, or when the size
    is a streaming placeholder (0 or 0xFFFFFFFF).
    """
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
        size = os.fstat(handle.fileno()).st_size
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        return None
    order = "little" if head[:4] == b"RIFF" else "big"
    offset, byte_rate = 12, 0
    while offset + 8 <= len(head):
        chunk, length = (
            head[offset : offset + 4],
            int.from_bytes(head[offset + 4 : offset + 8], order),
        )
        if chunk == b"fmt " and offset + 16 <= len(head):
            byte_rate = int.from_bytes(head[offset + 16 : offset + 20], order)
        if chunk == b"data":
            if length in (0, 0xFFFFFFFF) or byte_rate <= 0:
                return None
            written = size - (offset + 8)
            if written >= length:
                return None  # complete (or trailing chunks): trust FFmpeg
            return ffmpeg_duration + (length - written) / byte_rate
        offset += 8 + length + (length & 1)
    return None


def _check_length(name: str, seconds: float | None, max_duration: float) -> None:
    if seconds is not None and seconds > max_duration:
        raise AudioTooLongError(
            f"{name} is {seconds:.0f}s long, over the {max_duration:.0f}s limit: split the "
            "recording or raise the maximum duration"
        )


def _decode_stream(container, stream, name: str, rate: int, max_duration: float) -> DecodedAudio:
    import av

    n_channels = stream.codec_context.channels
    if n_channels < 1:
        raise AudioDecodeError(f"{name}: the audio stream has no channels")
    # Keep the source layout (no down/up-mix): one output plane per input channel.
    layout = stream.codec_context.layout
    if layout.nb_channels != n_channels:
        layout = av.AudioLayout(f"{n_channels}c")
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
    chunks: list[np.ndarray] = []
    total = 0
    limit = int(max_duration * rate) + rate  # a second of slack for resampler delay
    bad_packets = 0
    for packet in container.demux(stream):
        try:
            frames = packet.decode()
        except av.InvalidDataError:
            # One corrupt packet is common in telephony captures; too many means garbage.
            bad_packets += 1
            continue
        for frame in frames:
            frame.pts = None  # we only need the samples; gaps in timestamps do not matter
            for out in resampler.resample(frame):
                chunk = out.to_ndarray()
                chunks.append(chunk)
                total += chunk.shape[1]
        if total > limit:
            _check_length(name, total / rate, max_duration)
    for out in resampler.resample(None):
        chunk = out.to_ndarray()
        chunks.append(chunk)
        total += chunk.shape[1]
    if not chunks:
        if bad_packets:
            raise AudioDecodeError(
                f"{name}: every audio packet is corrupt; check the file or re-export it"
            )
        raise AudioEmptyError(f"{name} contains no audio samples: check the recording")
    samples = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    channels = tuple(np.ascontiguousarray(samples[i]) for i in range(samples.shape[0]))
    return DecodedAudio(
        channels=channels,
        sample_rate=rate,
        source_sample_rate=stream.codec_context.sample_rate or stream.rate or rate,
        codec=stream.codec_context.name,
    )
