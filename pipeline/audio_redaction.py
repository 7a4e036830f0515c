"""Mask PII in call recordings: character spans → word times → padded, merged intervals →
tone or silence in the original audio, re-encoded losslessly.

The transcript's PII spans are character offsets into a turn's text; a transcribed turn's
text is exactly its words in order (``pipeline.transcribe_turns.word_spans``), and each
word has a time range on the turn's channel. So a span maps to the words it touches and
those words to a time range, which is padded (Whisper's word edges are approximate) and
merged with its neighbours (a 100 ms gap between two masked digits would still let a
digit through).

Fail closed. Whisper sometimes times a word badly: zero length, implausibly short for the
digits it holds, outside the recording, or with a very low probability. A span that
touches such a word is widened to the *bracket* of reliably timed speech around it on the
same channel: from the start of the nearest reliable word before it to the end of the
nearest reliable word after it (across turns), or to the start/end of the recording when
there is none. A turn without word timings masks its whole segment. Whatever cannot be
masked with certainty (a channel the recording does not have, an output that does not
verify) raises ``AudioRedactionError`` and the call becomes a dead letter: no unmasked
audio is ever written.

A recording channel that no turn was transcribed on (dual-mono stereo transcribed once,
or a silent second channel) gets every interval too, and ``mask_all_channels`` applies
every interval to every channel (crosstalk: the agent's microphone picks up the customer).

Output is 16-bit FLAC at the recording's own sample rate and channel count; see
``pipeline/AUDIO_REDACTION.md`` for why.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.audio import (
    DEFAULT_MAX_DURATION_S,
    AudioDecodeError,
    AudioError,
    DecodedAudio,
    decode_audio_channels,
)
from pipeline.redaction import merge_spans
from pipeline.schema import Call, PiiEntity, RedactionInterval, Turn, Word
from pipeline.transcribe_turns import word_spans

MODES = ("beep", "silence", "none")
DEFAULT_MODE = "beep"
DEFAULT_PADDING_S = 0.3
DEFAULT_MERGE_GAP_S = 0.5
MAX_PADDING_S = 5.0
# "Very low": Whisper gives names 0.1 and digits 0.3-0.6 with good timings; below this the
# word is more likely a hallucination whose time is meaningless.
DEFAULT_MIN_WORD_PROBABILITY = 0.02
# Whisper's timestamp resolution is 20 ms; a word shorter than that has no real timing.
DEFAULT_MIN_WORD_DURATION_S = 0.02
# A spoken digit takes well over 100 ms; "4916" squeezed into 60 ms is a mistimed word.
DEFAULT_MIN_DIGIT_DURATION_S = 0.05
# A word may end this far after the decoded duration before it counts as outside the call.
OUT_OF_RANGE_TOLERANCE_S = 0.5
BEEP_FREQUENCY_HZ = 1000.0
BEEP_LEVEL = 0.25  # peak amplitude (about -12 dBFS): clearly audible, not painful
FADE_S = 0.005  # ramp the tone in and out so the cut does not click
OUTPUT_EXTENSION = "flac"
AUDIO_REDACTION_FAILED = "audio_redaction_failed"
# Verification: a decoded masked sample may differ from the intended mask by this much
# (16-bit quantisation is 1/32768; allow rounding either way).
_VERIFY_TOLERANCE = 2.0 / 32768.0


class AudioRedactionError(ValueError):
    """A call whose audio cannot be masked with certainty; it goes to dead letters.

    Messages name the problem and what to do, never content."""

    reason = AUDIO_REDACTION_FAILED


def _number(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class AudioRedactionSettings:
    """How recordings are masked. ``mode`` ``none`` writes no audio at all.

    ``padding`` seconds are added on both sides of every span's word times;
    intervals on one channel closer than ``merge_gap`` are joined into one.
    """

    mode: str = DEFAULT_MODE
    padding: float = DEFAULT_PADDING_S
    mask_all_channels: bool = False
    merge_gap: float = DEFAULT_MERGE_GAP_S
    min_word_probability: float = DEFAULT_MIN_WORD_PROBABILITY
    min_word_duration: float = DEFAULT_MIN_WORD_DURATION_S
    min_digit_duration: float = DEFAULT_MIN_DIGIT_DURATION_S
    beep_frequency: float = BEEP_FREQUENCY_HZ
    beep_level: float = BEEP_LEVEL
    max_duration: float = DEFAULT_MAX_DURATION_S

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"--redact-audio {self.mode!r} is not one of {', '.join(MODES)}")
        padding = _number(self.padding, "--audio-padding")
        if not 0.0 <= padding <= MAX_PADDING_S:
            raise ValueError(
                f"--audio-padding must be between 0 and {MAX_PADDING_S:g} seconds, got "
                f"{padding:g}: a few hundred ms (default {DEFAULT_PADDING_S:g}) covers "
                "Whisper's word-edge error"
            )
        if not isinstance(self.mask_all_channels, bool):
            raise ValueError("--audio-mask-all-channels is a switch (true or false)")
        gap = _number(self.merge_gap, "the audio merge gap")
        if not 0.0 <= gap <= MAX_PADDING_S:
            raise ValueError(f"the audio merge gap must be between 0 and 5 seconds, got {gap:g}")
        probability = _number(self.min_word_probability, "the minimum word probability")
        if not 0.0 <= probability < 1.0:
            raise ValueError("the minimum word probability must be in [0, 1)")
        for name, value in (
            ("the minimum word duration", self.min_word_duration),
            ("the minimum digit duration", self.min_digit_duration),
        ):
            if not 0.0 <= _number(value, name) < 1.0:
                raise ValueError(f"{name} must be between 0 and 1 second, got {value!r}")
        if not 20.0 <= _number(self.beep_frequency, "the beep frequency") <= 3500.0:
            # 3.5 kHz stays below the Nyquist frequency of 8 kHz telephony audio.
            raise ValueError("the beep frequency must be between 20 and 3500 Hz")
        if not 0.0 < _number(self.beep_level, "the beep level") <= 1.0:
            raise ValueError("the beep level must be in (0, 1] (peak amplitude)")
        if not _number(self.max_duration, "the maximum duration") > 0:
            raise ValueError("the maximum duration must be positive")

    @property
    def enabled(self) -> bool:
        return self.mode != "none"


def add_audio_redaction_arguments(parser) -> None:
    """The ``run`` flags for redacted audio; ``audio_settings_from_args`` reads them back."""
    group = parser.add_argument_group("redacted audio (recordings only)")
    group.add_argument(
        "--redact-audio",
        default=DEFAULT_MODE,
        choices=MODES,
        help="mask PII in the recording with a tone (beep, default) or silence, written "
        "to OUTPUT/audio/<call_id>.flac; none writes no audio",
    )
    group.add_argument(
        "--audio-padding",
        type=float,
        default=DEFAULT_PADDING_S,
        help=f"seconds added before and after each masked span (default {DEFAULT_PADDING_S:g})",
    )
    group.add_argument(
        "--audio-mask-all-channels",
        action="store_true",
        help="mask every channel for each span, against crosstalk between the agent's and "
        "the customer's channel",
    )


def audio_settings_from_args(args) -> AudioRedactionSettings:
    """Build (and so validate) the settings from ``add_audio_redaction_arguments`` flags."""
    return AudioRedactionSettings(
        mode=args.redact_audio,
        padding=args.audio_padding,
        mask_all_channels=args.audio_mask_all_channels,
    )


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class MaskSpan:
    """A time range to mask; ``channel`` None means every channel of the recording."""

    start: float
    end: float
    channel: int | None
    entity_types: tuple[str, ...]
    widened: bool = False


@dataclass(frozen=True)
class _Timed:
    """One entry of a channel's timeline: a word, or a whole turn without word timings."""

    start: float
    end: float
    reliable: bool


def word_is_reliable(
    word: Word, settings: AudioRedactionSettings, duration: float | None = None
) -> bool:
    """Whether ``word``'s times can be trusted to locate it in the audio."""
    start, end = word.start, word.end
    if not (math.isfinite(start) and math.isfinite(end)) or start < 0.0:
        return False
    length = end - start
    if length + 1e-9 < max(settings.min_word_duration, 1e-6):
        return False
    digits = sum(ch.isdigit() for ch in word.text)
    if digits and length + 1e-9 < digits * settings.min_digit_duration:
        return False
    if not word.probability >= settings.min_word_probability:
        return False
    return not (duration is not None and end > duration + OUT_OF_RANGE_TOLERANCE_S)


def _valid_range(start: float | None, end: float | None) -> bool:
    return (
        start is not None
        and end is not None
        and math.isfinite(start)
        and math.isfinite(end)
        and 0.0 <= start < end
    )


def _turn_entries(
    turn: Turn, settings: AudioRedactionSettings, duration: float | None
) -> tuple[list[_Timed], list[tuple[int, int]] | None]:
    """The turn's timeline entries, and each entry's character span (None: unknown)."""
    if not turn.words:
        whole = _Timed(turn.start or 0.0, turn.end or 0.0, _valid_range(turn.start, turn.end))
        return [whole], [(0, len(turn.text))]
    entries = [_Timed(w.start, w.end, word_is_reliable(w, settings, duration)) for w in turn.words]
    try:
        spans = list(word_spans(turn))
    except ValueError:
        return entries, None  # text and words disagree: no span can be located
    return entries, spans


def _covered(spans: list[tuple[int, int]] | None, n: int, start: int, end: int, length: int):
    """Indices of the entries a character span touches, and whether it was located."""
    if spans is None or not 0 <= start < end <= length:
        return list(range(n)), False
    hit = [i for i, (s, e) in enumerate(spans) if s < end and start < e]
    if hit:
        return hit, True
    # Only spaces or punctuation between words: take the words on both sides.
    before = [i for i, (_, e) in enumerate(spans) if e <= start]
    after = [i for i, (s, _) in enumerate(spans) if s >= end]
    return ([before[-1]] if before else []) + ([after[0]] if after else []), False


def plan_mask_spans(
    call: Call,
    entities: Sequence[Sequence[PiiEntity]],
    settings: AudioRedactionSettings,
) -> tuple[MaskSpan, ...]:
    """Padded time ranges (per channel, unmerged) that hide every entity of ``call``.

    ``entities[i]`` are the spans found in ``call.turns[i]`` (offsets into its original
    text), as in ``DetectedCall``. Spans that overlap are unioned first, exactly as the
    text redaction does. Ends may be ``inf`` ("to the end of the recording"); the
    masking step clamps them to the decoded length.
    """
    if len(entities) != len(call.turns):
        raise AudioRedactionError(
            "entities do not line up with turns: run detection on the transcribed call again"
        )
    duration = call.duration if call.duration and call.duration > 0 else None
    # Per channel, every word (or untimed turn) in conversation order.
    timelines: dict[int | None, list[_Timed]] = {}
    located: list[tuple[Turn, int | None, int, list[tuple[int, int]] | None]] = []
    for turn in call.turns:
        timeline = timelines.setdefault(turn.channel, [])
        entries, spans = _turn_entries(turn, settings, duration)
        located.append((turn, turn.channel, len(timeline), spans))
        timeline.extend(entries)
    result: list[MaskSpan] = []
    for (turn, channel, offset, spans), found in zip(located, entities, strict=True):
        if not found:
            continue
        n = len(turn.words) or 1
        timeline = timelines[channel]
        for span in _merged_spans(found, len(turn.text)):
            indices, exact = _covered(spans, n, span[0], span[1], len(turn.text))
            if not indices:
                indices, exact = list(range(n)), False
            picked = [offset + i for i in indices]
            start, end, widened = _time_range(timeline, picked, exact)
            target = None if settings.mask_all_channels else channel
            result.append(
                MaskSpan(
                    start=max(0.0, start - settings.padding),
                    end=end + settings.padding,
                    channel=target,
                    entity_types=span[2],
                    widened=widened,
                )
            )
    return tuple(result)


def _merged_spans(
    found: Sequence[PiiEntity], length: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The text redaction's merged spans, plus any span it would skip (bad offsets): an
    entity that cannot be placed masks its whole turn."""
    merged = [(m.start, m.end, m.types) for m in merge_spans(found, length)]
    bad = [e for e in found if not 0 <= e.start < e.end <= length]
    if bad:
        merged.append((-1, -1, tuple(sorted({e.entity_type for e in bad}))))
    return merged


def _time_range(timeline: list[_Timed], picked: list[int], exact: bool):
    """(start, end, widened) for the timeline entries ``picked``."""
    entries = [timeline[i] for i in picked]
    if exact and all(e.reliable for e in entries):
        return min(e.start for e in entries), max(e.end for e in entries), False
    first, last = min(picked), max(picked)
    before = [e for e in timeline[:first] if e.reliable]
    after = [e for e in timeline[last + 1 :] if e.reliable]
    # Both neighbours and everything between them, in whichever order their times are
    # (a mistimed turn can sort before speech it follows), plus any reliable part of the
    # span itself.
    anchors = [e for e in entries if e.reliable]
    anchors += before[-1:] + after[:1]
    start = min(e.start for e in anchors) if before and anchors else 0.0
    end = max(e.end for e in anchors) if after and anchors else math.inf
    return start, end, True


# --------------------------------------------------------------------------- intervals


def merge_intervals(
    intervals: Iterable[RedactionInterval], gap: float = 0.0
) -> tuple[RedactionInterval, ...]:
    """Join intervals of one channel that overlap or are at most ``gap`` apart; the result
    is in time order."""
    merged: list[RedactionInterval] = []
    for item in sorted(intervals, key=lambda r: (r.channel, r.start, r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.channel == item.channel and item.start - last.end <= gap:
            merged[-1] = RedactionInterval(
                start=last.start,
                end=max(last.end, item.end),
                channel=last.channel,
                entity_types=tuple(sorted(set(last.entity_types) | set(item.entity_types))),
            )
        else:
            merged.append(item)
    return tuple(sorted(merged, key=lambda r: (r.start, r.channel, r.end)))


def resolve_intervals(
    spans: Iterable[MaskSpan],
    n_channels: int,
    transcribed_channels: Iterable[int | None],
    duration: float,
    settings: AudioRedactionSettings,
) -> tuple[RedactionInterval, ...]:
    """The final per-channel intervals for a recording of ``n_channels`` and ``duration``.

    A span on every channel (``None``) is copied to each; a recording channel with no
    transcribed turn gets every span (it is a duplicate or was not listened to). Times are
    clamped to the recording and put on a millisecond grid that only ever widens them.
    """
    transcribed = {c for c in transcribed_channels if c is not None}
    unheard = [c for c in range(n_channels) if c not in transcribed]
    out: list[RedactionInterval] = []
    for span in spans:
        if span.channel is not None and not 0 <= span.channel < n_channels:
            raise AudioRedactionError(
                f"a PII span is on channel {span.channel} but the recording has {n_channels} "
                "channel(s): transcribe the call again from this recording"
            )
        targets = range(n_channels) if span.channel is None else sorted({span.channel, *unheard})
        # Outwards to whole milliseconds; the 1e-6 ms slack keeps 13.13 from becoming
        # 13.129 through float error (it moves an edge by far less than one sample).
        start = max(0.0, math.floor(span.start * 1000.0 + 1e-6) / 1000.0)
        end = math.ceil(min(span.end, duration) * 1000.0 - 1e-6) / 1000.0
        if start >= end:
            if span.start < duration:
                raise AudioRedactionError(
                    "a PII span has no extent in time: transcribe the call again"
                )
            continue  # entirely after the end of the recording: nothing there to mask
        for channel in targets:
            out.append(RedactionInterval(start, end, channel, tuple(sorted(span.entity_types))))
    return merge_intervals(out, settings.merge_gap)


# --------------------------------------------------------------------------- masking


def mask_samples(start: int, stop: int, rate: int, settings: AudioRedactionSettings) -> np.ndarray:
    """The float32 samples that replace ``[start, stop)``: a faded tone or silence."""
    n = max(0, stop - start)
    if settings.mode != "beep" or n == 0:
        return np.zeros(n, dtype=np.float32)
    t = np.arange(n, dtype=np.float64) / rate
    tone = settings.beep_level * np.sin(2.0 * np.pi * settings.beep_frequency * t)
    ramp = min(int(FADE_S * rate), n // 2)
    if ramp > 0:
        envelope = np.linspace(0.0, 1.0, ramp, endpoint=False)
        tone[:ramp] *= envelope
        tone[n - ramp :] *= envelope[::-1]
    return tone.astype(np.float32)


def _sample_range(interval: RedactionInterval, rate: int, length: int) -> tuple[int, int]:
    return (
        max(0, int(math.floor(interval.start * rate))),
        min(length, int(math.ceil(interval.end * rate))),
    )


def apply_masks(
    channels: Sequence[np.ndarray],
    rate: int,
    intervals: Iterable[RedactionInterval],
    settings: AudioRedactionSettings,
) -> tuple[np.ndarray, ...]:
    """Copies of ``channels`` with every interval replaced; samples outside untouched."""
    out = [np.array(samples, dtype=np.float32, copy=True) for samples in channels]
    for interval in intervals:
        samples = out[interval.channel]
        lo, hi = _sample_range(interval, rate, len(samples))
        samples[lo:hi] = mask_samples(lo, hi, rate, settings)
    return tuple(out)


# --------------------------------------------------------------------------- audio I/O


@contextlib.contextmanager
def _open(path: str):
    if "://" not in path:
        yield path
        return
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    handle = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    try:
        yield handle
    finally:
        handle.close()


def native_sample_rate(path: str) -> int:
    """The sample rate the recording decodes at (its header), for a decode at that rate."""
    import av

    name = os.path.basename(path) or path
    try:
        with _open(path) as source, av.open(source, mode="r", metadata_errors="ignore") as c:
            if not c.streams.audio:
                raise AudioDecodeError(f"{name} has no audio stream: pass the original recording")
            context = c.streams.audio[0].codec_context
            rate = int(context.sample_rate or c.streams.audio[0].rate or 0)
    except AudioError:
        raise
    except (av.FFmpegError, OSError, ValueError) as e:
        raise AudioDecodeError(
            f"{name} could not be opened ({type(e).__name__}): check that the original "
            "recording is still in place"
        ) from e
    if rate <= 0:
        raise AudioDecodeError(f"{name} does not say its sample rate: re-export it as flac")
    return rate


def decode_native(path: str, max_duration: float = DEFAULT_MAX_DURATION_S) -> DecodedAudio:
    """The recording at its own sample rate and channel count (not Whisper's 16 kHz copy)."""
    return decode_audio_channels(
        path, sample_rate=native_sample_rate(path), max_duration=max_duration
    )


def _layout(n_channels: int) -> str:
    return {1: "mono", 2: "stereo"}.get(n_channels, f"{n_channels}c")


def _to_int16(channels: Sequence[np.ndarray]) -> np.ndarray:
    stacked = np.stack([np.asarray(c, dtype=np.float32) for c in channels])
    return np.clip(np.round(stacked * 32767.0), -32768, 32767).astype(np.int16)


def encode_flac(channels: Sequence[np.ndarray], rate: int) -> bytes:
    """16-bit FLAC of ``channels`` (float in [-1, 1]) at ``rate``."""
    import av

    pcm = _to_int16(channels)
    layout = _layout(len(channels))
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="flac") as container:
        stream = container.add_stream("flac", rate=rate, layout=layout)
        stream.format = "s16"
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(pcm.T).reshape(1, -1), format="s16", layout=layout
        )
        frame.rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def decode_flac_bytes(data: bytes) -> tuple[np.ndarray, int]:
    """``(int16 array of shape (channels, samples), rate)`` of FLAC bytes."""
    import av

    with av.open(io.BytesIO(data), mode="r") as container:
        stream = container.streams.audio[0]
        n_channels = stream.codec_context.channels
        rate = stream.codec_context.sample_rate
        frames = [frame.to_ndarray() for frame in container.decode(stream)]
    if not frames:
        return np.zeros((n_channels, 0), dtype=np.int16), rate
    pcm = np.concatenate(frames, axis=1)
    if pcm.shape[0] == 1 and n_channels > 1:  # packed: interleaved samples
        pcm = pcm.reshape(-1, n_channels).T
    return pcm.astype(np.int16, copy=False), rate


def verify_encoded(
    data: bytes,
    n_channels: int,
    rate: int,
    n_samples: int,
    intervals: Iterable[RedactionInterval],
    settings: AudioRedactionSettings,
) -> None:
    """Decode what will be written and check that every interval holds only the mask."""
    try:
        pcm, got_rate = decode_flac_bytes(data)
    except Exception as e:  # noqa: BLE001 - any failure to read back means "do not write"
        raise AudioRedactionError(
            f"the redacted audio could not be read back ({type(e).__name__}): see the log"
        ) from e
    if pcm.shape != (n_channels, n_samples) or got_rate != rate:
        raise AudioRedactionError(
            "the redacted audio does not match the recording's channels, rate or length: "
            "report this with the call id"
        )
    for interval in intervals:
        lo, hi = _sample_range(interval, rate, n_samples)
        expected = mask_samples(lo, hi, rate, settings)
        got = pcm[interval.channel, lo:hi].astype(np.float32) / 32767.0
        if hi > lo and float(np.max(np.abs(got - expected))) > _VERIFY_TOLERANCE:
            raise AudioRedactionError(
                "a masked interval of the redacted audio does not hold the mask: "
                "report this with the call id"
            )


@dataclass(frozen=True)
class RedactedRecording:
    """A masked recording ready to write: FLAC bytes and what was masked where."""

    data: bytes
    intervals: tuple[RedactionInterval, ...]
    sample_rate: int
    n_channels: int
    duration: float


def redact_recording(
    path: str,
    spans: Sequence[MaskSpan],
    transcribed_channels: Iterable[int | None],
    settings: AudioRedactionSettings,
) -> RedactedRecording:
    """Decode ``path`` natively, mask ``spans``, encode and verify. Raises
    ``AudioRedactionError`` (or an ``AudioError`` for the recording) rather than return
    anything that is not masked."""
    audio = decode_native(path, settings.max_duration)
    n_samples = len(audio.channels[0])
    duration = n_samples / audio.sample_rate
    intervals = resolve_intervals(
        spans, len(audio.channels), transcribed_channels, duration, settings
    )
    masked = apply_masks(audio.channels, audio.sample_rate, intervals, settings)
    data = encode_flac(masked, audio.sample_rate)
    verify_encoded(data, len(masked), audio.sample_rate, n_samples, intervals, settings)
    return RedactedRecording(
        data=data,
        intervals=intervals,
        sample_rate=audio.sample_rate,
        n_channels=len(masked),
        duration=duration,
    )


__all__ = [
    "AUDIO_REDACTION_FAILED",
    "AudioRedactionError",
    "AudioRedactionSettings",
    "MaskSpan",
    "RedactedRecording",
    "add_audio_redaction_arguments",
    "apply_masks",
    "audio_settings_from_args",
    "decode_native",
    "encode_flac",
    "mask_samples",
    "merge_intervals",
    "plan_mask_spans",
    "redact_recording",
    "resolve_intervals",
    "verify_encoded",
    "word_is_reliable",
]
