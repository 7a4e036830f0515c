"""Span → time mapping, padding, merging, clamping and masking of recordings.

Synthetic words and synthetic noise "speech" only; the real-model test is in
``test_redact_audio_real.py``.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.audio_redaction import (
    AudioRedactionError,
    AudioRedactionSettings,
    MaskSpan,
    add_audio_redaction_arguments,
    apply_masks,
    audio_settings_from_args,
    decode_native,
    encode_flac,
    mask_samples,
    merge_intervals,
    plan_mask_spans,
    redact_recording,
    resolve_intervals,
    verify_encoded,
    word_is_reliable,
)
from pipeline.schema import Call, PiiEntity, RedactionInterval, Turn, Word

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "audio"
NO_PAD = AudioRedactionSettings(padding=0.0, merge_gap=0.0)


# ----------------------------------------------------------------------------- helpers


def make_turn(words, channel=1, speaker="CUSTOMER", joiners=None) -> Turn:
    """A transcribed turn: ``words`` are (text, start, end[, probability]); the text is the
    words joined by one space (or by ``joiners[i]`` before word i), as Transcribe makes it."""
    built = tuple(Word(w[0], w[1], w[2], w[3] if len(w) > 3 else 0.9) for w in words)
    text = built[0].text
    for i, word in enumerate(built[1:], start=1):
        text += (joiners[i] if joiners else " ") + word.text
    return Turn(
        speaker=speaker,
        text=text,
        start=built[0].start,
        end=max(w.end for w in built),
        words=built,
        channel=channel,
    )


def entity(turn: Turn, value: str, entity_type: str = "CREDIT_CARD") -> PiiEntity:
    start = turn.text.index(value)
    return PiiEntity(entity_type, start, start + len(value), 0.9)


def make_call(turns, duration=20.0, audio_path=None) -> Call:
    return Call(
        call_id="call-1",
        turns=tuple(turns),
        source="synthetic",
        duration=duration,
        audio_path=audio_path,
    )


def noise(n_channels: int, rate: int, seconds: float, seed: int = 7) -> tuple[np.ndarray, ...]:
    """Speech-loud noise, a different signal per channel."""
    rng = np.random.default_rng(seed)
    n = int(rate * seconds)
    return tuple((0.3 * rng.uniform(-1.0, 1.0, n)).astype(np.float32) for _ in range(n_channels))


def write_wav(path: Path, channels, rate: int) -> Path:
    """A 16-bit PCM wav of float channels (PyAV, as the pipeline decodes it)."""
    import av

    pcm = np.stack([np.round(np.asarray(c) * 32767.0) for c in channels]).astype(np.int16)
    layout = {1: "mono", 2: "stereo"}[len(channels)]
    with av.open(str(path), mode="w", format="wav") as container:
        stream = container.add_stream("pcm_s16le", rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(pcm.T).reshape(1, -1), format="s16", layout=layout
        )
        frame.rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if len(samples) else 0.0


CARD_WORDS = [
    ("The", 1.0, 1.2),
    ("number", 1.2, 1.6),
    ("is", 1.6, 1.8),
    ("4716,", 2.0, 3.4),
    ("2093,", 3.6, 5.0),
    ("thanks.", 5.4, 5.9),
]


# ----------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mode": "bleep"}, "--redact-audio"),
        ({"padding": -0.1}, "--audio-padding"),
        ({"padding": 9.0}, "--audio-padding"),
        ({"padding": float("nan")}, "--audio-padding"),
        ({"padding": True}, "--audio-padding"),
        ({"mask_all_channels": "yes"}, "--audio-mask-all-channels"),
        ({"merge_gap": -1.0}, "merge gap"),
        ({"min_word_probability": 1.0}, "probability"),
        ({"beep_frequency": 5000.0}, "beep frequency"),
        ({"beep_level": 0.0}, "beep level"),
    ],
)
def test_settings_reject_bad_values_naming_the_option(changes, message):
    with pytest.raises(ValueError, match=message):
        AudioRedactionSettings(**changes)


def test_settings_defaults_and_none_mode():
    settings = AudioRedactionSettings()
    assert settings.mode == "beep" and settings.enabled
    assert 0.1 <= settings.padding <= 0.5
    assert not AudioRedactionSettings(mode="none").enabled


def test_cli_arguments_round_trip_into_validated_settings():
    parser = argparse.ArgumentParser()
    add_audio_redaction_arguments(parser)
    assert audio_settings_from_args(parser.parse_args([])) == AudioRedactionSettings()
    args = parser.parse_args(
        ["--redact-audio", "silence", "--audio-padding", "0.5", "--audio-mask-all-channels"]
    )
    assert audio_settings_from_args(args) == AudioRedactionSettings(
        mode="silence", padding=0.5, mask_all_channels=True
    )
    with pytest.raises(ValueError, match="--audio-padding"):
        audio_settings_from_args(parser.parse_args(["--audio-padding", "-1"]))
    with pytest.raises(SystemExit):
        parser.parse_args(["--redact-audio", "bleep"])


# ----------------------------------------------------------------------------- reliability


@pytest.mark.parametrize(
    ("word", "duration", "reliable"),
    [
        (Word("card", 1.0, 1.3, 0.9), None, True),
        (Word("Talia", 1.0, 1.3, 0.1), None, True),  # unsure text, timing still fine
        (Word("4716,", 2.0, 3.4, 0.5), 20.0, True),
        (Word("3", 5.86, 5.94, 0.4), None, True),
        (Word("555", 7.64, 7.64, 0.6), None, False),  # zero length
        (Word("in", 4.32, 4.30, 0.9), None, False),  # ends before it starts
        (Word("4916", 4.0, 4.1, 0.9), None, False),  # four digits in 100 ms
        (Word("uh", 1.0, 1.2, 0.001), None, False),  # very low probability
        (Word("1234", 21.0, 22.0, 0.9), 20.0, False),  # after the end of the recording
        (Word("1234", -1.0, 0.5, 0.9), None, False),
        (Word("x", float("nan"), 1.0, 0.9), None, False),
        (Word("x", 1.0, float("inf"), 0.9), None, False),
    ],
)
def test_word_reliability(word, duration, reliable):
    assert word_is_reliable(word, AudioRedactionSettings(), duration) is reliable


# ----------------------------------------------------------------------------- span → time


def _one_span(turns, entities_per_turn, settings=NO_PAD, duration=20.0) -> MaskSpan:
    spans = plan_mask_spans(make_call(turns, duration), entities_per_turn, settings)
    assert len(spans) == 1
    return spans[0]


def test_span_across_words_maps_to_first_start_and_last_end():
    turn = make_turn(CARD_WORDS)
    span = _one_span([turn], [(entity(turn, "4716, 2093"),)])
    assert (span.start, span.end, span.channel, span.widened) == (2.0, 5.0, 1, False)
    assert span.entity_types == ("CREDIT_CARD",)


@pytest.mark.parametrize("value", ["4716", "71", "6,"])
def test_span_covering_part_of_a_word_masks_the_whole_word(value):
    turn = make_turn(CARD_WORDS)
    span = _one_span([turn], [(entity(turn, value),)])
    assert (span.start, span.end) == (2.0, 3.4)


def test_span_between_words_takes_both_neighbours_and_widens():
    turn = make_turn(CARD_WORDS)
    gap = turn.text.index(" 2093")
    span = _one_span([turn], [(PiiEntity("CREDIT_CARD", gap, gap + 1, 0.9),)])
    assert span.widened and span.start <= 2.0 and span.end >= 5.0


def test_padding_is_added_on_both_sides_and_never_before_zero():
    turn = make_turn([("4716", 0.1, 1.5), ("thanks", 1.6, 2.0)])
    span = _one_span([turn], [(entity(turn, "4716"),)], AudioRedactionSettings(padding=0.3))
    assert span.start == 0.0 and span.end == pytest.approx(1.8)


@pytest.mark.parametrize("bad", [(7.64, 7.64, 0.6), (2.0, 2.05, 0.9), (2.0, 3.4, 0.001)])
def test_unreliable_word_widens_to_the_reliable_words_around_it(bad):
    words = list(CARD_WORDS)
    words[3] = ("4716,", *bad)
    turn = make_turn(words)
    span = _one_span([turn], [(entity(turn, "4716"),)])
    # From the start of "is" (last reliable word before) to the end of "2093," (after).
    assert (span.start, span.end, span.widened) == (1.6, 5.0, True)


def test_widening_crosses_turns_on_the_same_channel_only():
    before = make_turn([("My", 0.5, 0.7), ("number:", 0.7, 1.2)], channel=1)
    other = make_turn([("Go", 1.3, 1.5), ("ahead.", 1.5, 1.9)], channel=0, speaker="AGENT")
    digits = make_turn([("555", 3.0, 3.0), ("0178", 3.0, 3.0)], channel=1)
    after = make_turn([("Bye.", 6.0, 6.4)], channel=1)
    late = make_turn([("OK.", 5.0, 5.2)], channel=0, speaker="AGENT")
    span = _one_span(
        [before, other, digits, late, after],
        [(), (), (entity(digits, "555 0178", "PHONE_NUMBER"),), (), ()],
    )
    assert (span.start, span.end, span.channel, span.widened) == (0.7, 6.4, 1, True)


def test_unreliable_span_with_no_reliable_word_after_runs_to_the_end_of_the_recording():
    turn = make_turn([("Call", 1.0, 1.3), ("2065550178.", 9.0, 9.0)], channel=0)
    span = _one_span([turn], [(entity(turn, "2065550178", "PHONE_NUMBER"),)])
    assert span.start == 1.0 and math.isinf(span.end)
    (interval,) = resolve_intervals([span], 1, [0], 12.5, NO_PAD)
    assert (interval.start, interval.end) == (1.0, 12.5)


def test_turn_without_word_timings_masks_its_whole_segment():
    turn = Turn("CUSTOMER", "my card is 4716", start=4.0, end=7.5, channel=1)
    span = _one_span([turn], [(entity(turn, "4716"),)])
    assert (span.start, span.end, span.widened) == (4.0, 7.5, False)


def test_turn_text_that_does_not_match_its_words_is_widened():
    edited = make_turn(CARD_WORDS)
    edited = Turn(
        edited.speaker,
        "The number is four seven",
        edited.start,
        edited.end,
        edited.words,
        edited.channel,
    )
    span = _one_span([edited], [(entity(edited, "four seven"),)])
    assert span.widened and (span.start, math.isinf(span.end)) == (0.0, True)


def test_entity_with_offsets_outside_the_text_masks_around_the_whole_turn():
    before = make_turn([("Hi.", 0.2, 0.5)])
    turn = make_turn(CARD_WORDS)
    after = make_turn([("Bye.", 8.0, 8.5)])
    bad = PiiEntity("CREDIT_CARD", 5, 500, 0.9)
    span = _one_span([before, turn, after], [(), (bad,), ()])
    assert (span.start, span.end, span.widened) == (0.2, 8.5, True)


def test_overlapping_entities_become_one_span_with_all_types():
    turn = make_turn(CARD_WORDS)
    first = entity(turn, "4716, 2093")
    second = PiiEntity("BANK_ACCOUNT", first.start + 6, first.end + 4, 0.5)
    span = _one_span([turn], [(first, second)])
    assert span.entity_types == ("BANK_ACCOUNT", "CREDIT_CARD")
    assert (span.start, span.end) == (2.0, 5.9)


def test_mask_all_channels_and_unknown_channel_mean_every_channel():
    turn = make_turn(CARD_WORDS, channel=1)
    settings = AudioRedactionSettings(padding=0.0, mask_all_channels=True)
    assert _one_span([turn], [(entity(turn, "4716"),)], settings).channel is None
    unknown = Turn("CUSTOMER", turn.text, turn.start, turn.end, turn.words, channel=None)
    assert _one_span([unknown], [(entity(unknown, "4716"),)]).channel is None


def test_entities_that_do_not_line_up_with_turns_fail():
    with pytest.raises(AudioRedactionError, match="line up"):
        plan_mask_spans(make_call([make_turn(CARD_WORDS)]), [(), ()], NO_PAD)


def test_turns_without_entities_give_no_spans():
    assert plan_mask_spans(make_call([make_turn(CARD_WORDS)]), [()], NO_PAD) == ()


# ----------------------------------------------------------------------------- intervals


def _iv(start, end, channel=1, types=("CREDIT_CARD",)):
    return RedactionInterval(start, end, channel, types)


def test_merge_joins_overlapping_and_close_intervals_per_channel():
    merged = merge_intervals(
        [
            _iv(5.0, 6.0, types=("PHONE_NUMBER",)),
            _iv(1.0, 2.0),
            _iv(1.5, 3.0),
            _iv(3.4, 4.0),
            _iv(1.0, 2.0, channel=0),
        ],
        gap=0.5,
    )
    assert merged == (
        _iv(1.0, 2.0, channel=0),
        _iv(1.0, 4.0),
        _iv(5.0, 6.0, types=("PHONE_NUMBER",)),
    )
    joined = merge_intervals([_iv(1.0, 2.0), _iv(2.4, 3.0, types=("PERSON",))], gap=0.5)
    assert joined == (_iv(1.0, 3.0, types=("CREDIT_CARD", "PERSON")),)
    assert len(merge_intervals([_iv(1.0, 2.0), _iv(2.6, 3.0)], gap=0.5)) == 2


def test_resolve_clamps_to_the_recording_and_widens_to_milliseconds():
    spans = [
        MaskSpan(1.23456, 2.00001, 1, ("PERSON",)),
        MaskSpan(9.5, 11.0, 1, ("CREDIT_CARD",)),
        MaskSpan(10.5, 12.0, 1, ("CREDIT_CARD",)),  # starts after the end: nothing to mask
    ]
    assert resolve_intervals(spans, 2, [0, 1], 10.0, NO_PAD) == (
        _iv(1.234, 2.001, types=("PERSON",)),
        _iv(9.5, 10.0),
    )
    # Float error does not shave a millisecond off (13.43 - 0.3 is 13.129999...).
    (edge,) = resolve_intervals([MaskSpan(13.43 - 0.3, 14.0, 1, ())], 2, [0, 1], 20.0, NO_PAD)
    assert (edge.start, edge.end) == (13.13, 14.0)


def test_resolve_copies_spans_to_every_channel_and_to_untranscribed_channels():
    every = resolve_intervals([MaskSpan(1.0, 2.0, None, ("PERSON",))], 2, [1], 5.0, NO_PAD)
    assert [iv.channel for iv in every] == [0, 1]
    # Dual-mono stereo was transcribed once, as channel 0: channel 1 is masked too.
    dual = resolve_intervals([MaskSpan(1.0, 2.0, 0, ("PERSON",))], 2, [0], 5.0, NO_PAD)
    assert [iv.channel for iv in dual] == [0, 1]
    plain = resolve_intervals([MaskSpan(1.0, 2.0, 0, ("PERSON",))], 2, [0, 1], 5.0, NO_PAD)
    assert [iv.channel for iv in plain] == [0]


def test_resolve_refuses_a_channel_the_recording_does_not_have():
    with pytest.raises(AudioRedactionError, match="channel 2"):
        resolve_intervals([MaskSpan(1.0, 2.0, 2, ("PERSON",))], 2, [0, 1, 2], 5.0, NO_PAD)


# ----------------------------------------------------------------------------- masking


@pytest.mark.parametrize("rate", [8000, 16000, 44100, 48000])
def test_beep_fills_the_interval_and_leaves_everything_else_untouched(rate):
    channels = noise(2, rate, 3.0)
    settings = AudioRedactionSettings(mode="beep")
    out = apply_masks(channels, rate, [_iv(1.0, 2.0)], settings)
    lo, hi = rate, 2 * rate
    np.testing.assert_array_equal(out[0], channels[0])
    np.testing.assert_array_equal(out[1][:lo], channels[1][:lo])
    np.testing.assert_array_equal(out[1][hi:], channels[1][hi:])
    masked = out[1][lo:hi]
    # A sine of peak 0.25 has RMS 0.25/sqrt(2); the noise had ~0.17 and no 1 kHz tone.
    assert rms(masked) == pytest.approx(settings.beep_level / math.sqrt(2), rel=0.02)
    spectrum = np.abs(np.fft.rfft(masked))
    peak_hz = np.argmax(spectrum) * rate / len(masked)
    assert peak_hz == pytest.approx(settings.beep_frequency, abs=2.0)
    # No click: the tone starts and ends at (near) zero.
    assert abs(masked[0]) < 1e-3 and abs(masked[-1]) < 0.01


def test_silence_zeroes_the_interval_only():
    rate = 16000
    channels = noise(1, rate, 2.0)
    out = apply_masks(
        channels, rate, [_iv(0.5, 1.0, channel=0)], AudioRedactionSettings(mode="silence")
    )
    assert not np.any(out[0][8000:16000])
    np.testing.assert_array_equal(out[0][:8000], channels[0][:8000])
    np.testing.assert_array_equal(out[0][16000:], channels[0][16000:])
    assert rms(channels[0][8000:16000]) > 0.1  # there was sound to remove


def test_mask_samples_modes():
    assert not np.any(mask_samples(0, 800, 8000, AudioRedactionSettings(mode="silence")))
    assert rms(mask_samples(0, 800, 8000, AudioRedactionSettings(mode="beep"))) > 0.1


# ----------------------------------------------------------------------------- encoding


def test_flac_round_trip_verifies_and_an_unmasked_file_does_not():
    rate = 8000
    channels = noise(2, rate, 2.0)
    settings = AudioRedactionSettings(mode="silence")
    intervals = (_iv(0.5, 1.0),)
    masked = apply_masks(channels, rate, intervals, settings)
    verify_encoded(encode_flac(masked, rate), 2, rate, 2 * rate, intervals, settings)
    with pytest.raises(AudioRedactionError, match="does not hold the mask"):
        verify_encoded(encode_flac(channels, rate), 2, rate, 2 * rate, intervals, settings)
    with pytest.raises(AudioRedactionError, match="channels, rate or length"):
        verify_encoded(encode_flac(masked, rate), 2, 16000, 2 * rate, intervals, settings)
    with pytest.raises(AudioRedactionError, match="read back"):
        verify_encoded(b"not flac", 2, rate, 2 * rate, intervals, settings)


def test_redact_recording_keeps_rate_channels_and_length(tmp_path):
    rate = 44100
    channels = noise(2, rate, 3.0)
    path = write_wav(tmp_path / "call.wav", channels, rate)
    spans = [MaskSpan(1.0, 1.5, 1, ("PERSON",))]
    result = redact_recording(str(path), spans, [0, 1], AudioRedactionSettings(mode="silence"))
    assert (result.sample_rate, result.n_channels) == (rate, 2)
    assert result.intervals == (_iv(1.0, 1.5, types=("PERSON",)),)
    flac = tmp_path / "out.flac"
    flac.write_bytes(result.data)
    decoded = decode_native(str(flac))
    assert decoded.sample_rate == rate and len(decoded.channels) == 2
    assert len(decoded.channels[0]) == 3 * rate
    left, right = decoded.channels
    np.testing.assert_allclose(left, channels[0], atol=2 / 32767)
    assert not np.any(right[rate : int(1.5 * rate)])
    np.testing.assert_allclose(right[:rate], channels[1][:rate], atol=2 / 32767)
    np.testing.assert_allclose(right[2 * rate :], channels[1][2 * rate :], atol=2 / 32767)


def test_redact_recording_refuses_a_missing_recording(tmp_path):
    from pipeline.audio import AudioError

    with pytest.raises(AudioError):
        redact_recording(str(tmp_path / "gone.wav"), [], [0], AudioRedactionSettings())


@pytest.mark.parametrize(
    "script", sorted((SAMPLES / "scripts").glob("*.json")), ids=lambda p: p.stem
)
def test_samples_come_out_at_their_own_rate_and_channel_count(script, tmp_path):
    meta = json.loads(script.read_text())
    path = SAMPLES / meta["audio"]
    original = decode_native(str(path))
    expected_rate = 48000 if meta["format"] == "opus" else meta["sample_rate"]  # opus is 48k
    assert original.sample_rate == expected_rate
    result = redact_recording(str(path), [], [0, 1], AudioRedactionSettings())
    assert result.intervals == ()
    assert result.sample_rate == expected_rate
    assert result.n_channels == len(original.channels)
    assert result.duration == pytest.approx(meta["duration"], abs=0.1)


# ----------------------------------------------------------------------------- property

_word_times = st.tuples(
    st.floats(0.0, 30.0, allow_nan=False),  # start
    st.one_of(st.just(0.0), st.floats(0.0, 2.0, allow_nan=False)),  # length (0: untimed)
    st.sampled_from([0.9, 0.5, 0.001]),  # probability
)


@st.composite
def _calls_with_entities(draw):
    """Random transcribed turns on two channels with random (valid) entity spans."""
    turns, entities = [], []
    for _ in range(draw(st.integers(1, 4))):
        raw = draw(st.lists(_word_times, min_size=1, max_size=6))
        raw.sort(key=lambda w: w[0])
        texts = draw(
            st.lists(
                st.sampled_from(["card", "4716,", "is", "Talia", "0643."]),
                min_size=len(raw),
                max_size=len(raw),
            )
        )
        turn = make_turn(
            [
                (text, start, start + length, p)
                for text, (start, length, p) in zip(texts, raw, strict=True)
            ],
            channel=draw(st.sampled_from([0, 1])),
        )
        found = []
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.integers(0, len(turn.text) - 1))
            end = draw(st.integers(start + 1, len(turn.text)))
            found.append(PiiEntity("CREDIT_CARD", start, end, 0.9))
        turns.append(turn)
        entities.append(tuple(found))
    turns_order = sorted(range(len(turns)), key=lambda i: turns[i].start)
    return [turns[i] for i in turns_order], [entities[i] for i in turns_order]


@settings(max_examples=150, deadline=None)
@given(_calls_with_entities(), st.sampled_from([0.0, 0.3]))
def test_every_word_a_span_touches_is_inside_a_masked_interval(case, padding):
    """Fail closed, for any timings: each word a PII span touches lies inside a masked
    interval on its channel when its timing is reliable; when it is not, the interval
    reaches the reliable words on both sides of it (or the recording's edges)."""
    from pipeline.transcribe_turns import word_spans

    turns, entities = case
    duration = 40.0
    config = AudioRedactionSettings(padding=padding)
    spans = plan_mask_spans(make_call(turns, duration), entities, config)
    intervals = resolve_intervals(spans, 2, [0, 1], duration, config)

    def covered(channel, start, end):
        start, end = max(0.0, start), min(duration, end)
        return any(
            iv.channel == channel and iv.start <= start + 1e-9 and end <= iv.end + 1e-9
            for iv in intervals
        )

    timeline = {0: [], 1: []}
    for turn in turns:
        timeline[turn.channel].extend(turn.words)
    for turn, found in zip(turns, entities, strict=True):
        for (s, e), word in zip(word_spans(turn), turn.words, strict=True):
            if not any(x.start < e and s < x.end for x in found):
                continue
            if word_is_reliable(word, config, duration):
                assert covered(turn.channel, word.start, word.end)
            else:
                line = timeline[turn.channel]
                i = next(k for k, w in enumerate(line) if w is word)
                before = [w for w in line[:i] if word_is_reliable(w, config, duration)]
                after = [w for w in line[i + 1 :] if word_is_reliable(w, config, duration)]
                around = before[-1:] + after[:1]
                start = min(w.start for w in around) if before else 0.0
                end = max(w.end for w in around) if after else duration
                assert covered(turn.channel, start, end)
