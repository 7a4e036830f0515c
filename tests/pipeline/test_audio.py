"""Decoding recordings: every container/codec/rate we accept, channel order, bad input."""

from __future__ import annotations

import json
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from pipeline.audio import (
    SAMPLE_RATE,
    AudioDecodeError,
    AudioEmptyError,
    AudioTooLongError,
    AudioTruncatedError,
    decode_audio_channels,
    is_audio_path,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "audio"
LEFT_HZ, RIGHT_HZ = 440.0, 1000.0


def tone_pair(rate: int, seconds: float = 2.0) -> np.ndarray:
    """(channels, frames) float32: a tone on the left in the first half, another on the
    right in the second half, so channel order and timing are both checkable."""
    t = np.arange(int(rate * seconds)) / rate
    half = len(t) // 2
    left = np.where(np.arange(len(t)) < half, 0.5 * np.sin(2 * np.pi * LEFT_HZ * t), 0.0)
    right = np.where(np.arange(len(t)) >= half, 0.5 * np.sin(2 * np.pi * RIGHT_HZ * t), 0.0)
    return np.stack([left, right]).astype(np.float32)


def write_audio(
    path: Path, samples: np.ndarray, rate: int, codec: str, fmt: str | None = None
) -> Path:
    """Encode (channels, frames) float32 samples with PyAV, the way real files are made."""
    layout = {1: "mono", 2: "stereo"}.get(samples.shape[0], f"{samples.shape[0]}c")
    with av.open(str(path), "w", format=fmt) as container:
        stream = container.add_stream(codec, rate=rate, layout=layout)
        fmt_name = stream.codec_context.format.name if stream.codec_context.format else "fltp"
        frame_size = 1024
        for start in range(0, samples.shape[1], frame_size):
            chunk = samples[:, start : start + frame_size]
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), "fltp", layout)
            frame.sample_rate = rate
            frame.time_base = Fraction(1, rate)
            frame.pts = start
            if fmt_name != "fltp":
                resampler = av.AudioResampler(format=fmt_name, layout=layout, rate=rate)
                frames = resampler.resample(frame)
            else:
                frames = [frame]
            for out in frames:
                for packet in stream.encode(out):
                    container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def _energy(samples: np.ndarray) -> float:
    return float(np.mean(np.square(samples, dtype=np.float64)))


FORMATS = [
    # (file name, codec, container, source rate, channels)
    ("pcm16k.wav", "pcm_s16le", "wav", 16000, 2),
    ("ulaw8k.wav", "pcm_mulaw", "wav", 8000, 2),
    ("pcm48k_mono.wav", "pcm_s16le", "wav", 48000, 1),
    ("flac44k.flac", "flac", "flac", 44100, 2),
    ("mp3_48k.mp3", "libmp3lame", "mp3", 48000, 2),
    ("opus48k.ogg", "libopus", "ogg", 48000, 2),
    ("opus48k_mono.opus", "libopus", "ogg", 48000, 1),
    ("aac44k.m4a", "aac", "ipod", 44100, 2),
]


@pytest.mark.parametrize(("name", "codec", "fmt", "rate", "n_channels"), FORMATS)
def test_decodes_every_supported_format_to_16k_channels(
    tmp_path, name, codec, fmt, rate, n_channels
):
    samples = tone_pair(rate)[:n_channels]
    path = write_audio(tmp_path / name, samples, rate, codec, fmt)

    decoded = decode_audio_channels(str(path))

    assert decoded.sample_rate == SAMPLE_RATE
    assert decoded.source_sample_rate == rate
    assert len(decoded.channels) == n_channels
    assert all(c.dtype == np.float32 for c in decoded.channels)
    assert all(len(c) == len(decoded.channels[0]) for c in decoded.channels)
    assert decoded.duration == pytest.approx(2.0, abs=0.08)  # lossy codecs add priming
    left = decoded.channels[0]
    half = len(left) // 2
    # The left tone is in the first half of the left channel, not the second.
    assert _energy(left[: half - 800]) > 50 * _energy(left[half + 800 :])
    if n_channels == 2:
        right = decoded.channels[1]
        assert _energy(right[half + 800 :]) > 50 * _energy(right[: half - 800])
    assert max(float(np.abs(c).max()) for c in decoded.channels) < 1.05


def test_keeps_more_than_two_channels_apart(tmp_path):
    samples = np.stack([tone_pair(16000)[0], tone_pair(16000)[1], np.zeros(32000, np.float32)])
    path = write_audio(tmp_path / "three.wav", samples, 16000, "pcm_s16le", "wav")

    decoded = decode_audio_channels(str(path))

    assert len(decoded.channels) == 3
    assert _energy(decoded.channels[2]) == 0.0


@pytest.mark.parametrize(
    "sample",
    ["card_payment.flac", "ssn_verification.mp3", "voicemail_mono.opus", "telephony_ulaw.wav"],
)
def test_committed_samples_decode_with_their_scripted_channels_and_length(sample):
    script = json.loads((SAMPLES / "scripts" / sample).with_suffix(".json").read_text())

    decoded = decode_audio_channels(str(SAMPLES / sample))

    assert len(decoded.channels) == len(script["speakers"])
    assert decoded.duration == pytest.approx(script["duration"], abs=0.1)


def test_missing_file_is_a_decode_error(tmp_path):
    with pytest.raises(AudioDecodeError, match="does not exist") as info:
        decode_audio_channels(str(tmp_path / "gone.wav"))
    assert info.value.reason == "audio_decode_error"


def test_zero_byte_file_is_empty(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(AudioEmptyError) as info:
        decode_audio_channels(str(path))
    assert info.value.reason == "audio_empty"


def test_wav_with_a_header_and_no_frames_is_empty(tmp_path):
    path = tmp_path / "header_only.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(8000)
    with pytest.raises(AudioEmptyError, match="no audio samples"):
        decode_audio_channels(str(path))


def test_text_file_named_wav_is_a_decode_error_that_says_what_to_do(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("call notes, not audio\n" * 20)
    with pytest.raises(AudioDecodeError, match="re-export it as wav or flac"):
        decode_audio_channels(str(path))


@pytest.mark.parametrize(
    ("codec", "fmt", "suffix"), [("pcm_s16le", "wav", "wav"), ("flac", "flac", "flac")]
)
def test_partial_upload_is_truncated(tmp_path, codec, fmt, suffix):
    whole = write_audio(tmp_path / f"whole.{suffix}", tone_pair(16000, 4.0), 16000, codec, fmt)
    data = whole.read_bytes()
    partial = tmp_path / f"partial.{suffix}"
    partial.write_bytes(data[: len(data) // 2])

    with pytest.raises(AudioTruncatedError, match="re-copy the complete file") as info:
        decode_audio_channels(str(partial))
    assert info.value.reason == "audio_truncated"


def test_over_long_recording_is_refused(tmp_path):
    path = write_audio(tmp_path / "long.wav", tone_pair(8000, 3.0), 8000, "pcm_mulaw", "wav")
    with pytest.raises(AudioTooLongError, match="over the 1s limit") as info:
        decode_audio_channels(str(path), max_duration=1.0)
    assert info.value.reason == "audio_too_long"


def test_over_long_stream_without_a_duration_header_stops_while_decoding(tmp_path):
    # Raw ADTS AAC has no duration in its header, so the limit is enforced mid-decode.
    path = write_audio(tmp_path / "long.aac", tone_pair(16000, 3.0), 16000, "aac", "adts")
    with pytest.raises(AudioTooLongError):
        decode_audio_channels(str(path), max_duration=1.0)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("calls/a.WAV", True),
        ("calls/a.flac", True),
        ("calls/a.opus", True),
        ("calls/a.m4a", True),
        ("calls/a.json", False),
        ("calls/a.jsonl", False),
        ("calls/wav", False),
    ],
)
def test_is_audio_path(path, expected):
    assert is_audio_path(path) is expected
