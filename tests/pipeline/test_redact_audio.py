"""The RedactAudio stage on the in-process FnApiRunner: records out, masked audio in staging, dead
letters for what cannot be masked with certainty, and no content in logs."""

from __future__ import annotations

import logging
import re

import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to

from pipeline.audio_redaction import AudioRedactionSettings, decode_native
from pipeline.redact_audio import AUDIO_OWNED_NAME_PATTERN, RedactAudio, audio_output_path
from pipeline.schema import Call, DetectedCall, RedactionInterval, Turn
from tests.conftest import direct_test_pipeline
from tests.pipeline.test_audio_redaction import (
    CARD_WORDS,
    entity,
    make_turn,
    noise,
    rms,
    write_wav,
)

RATE = 8000
SECRET = "4716"  # synthetic, but treated as a secret: must never reach a log or a letter


def _detected(tmp_path, *, call_id="call-1", channel=1, audio=True, turns=None, entities=None):
    path = write_wav(tmp_path / f"{call_id.replace('/', '_')}.wav", noise(2, RATE, 8.0), RATE)
    agent = make_turn([("Your", 0.2, 0.4), ("card?", 0.4, 0.9)], channel=0, speaker="AGENT")
    customer = make_turn(CARD_WORDS, channel=channel)
    turns = turns or (agent, customer)
    entities = entities if entities is not None else ((), (entity(customer, "4716, 2093"),))
    call = Call(
        call_id=call_id,
        turns=tuple(turns),
        source=f"in/{call_id}.wav",
        duration=8.0,
        audio_path=str(path) if audio else None,
        line=7,
    )
    return DetectedCall(call=call, entities=tuple(entities))


def _run(detected, settings, staging):
    """Run the stage; returns (redacted calls, dead letters) as lists."""
    with direct_test_pipeline() as pipeline:
        calls, dead = (
            pipeline
            | "Create" >> _create(detected)
            | "RedactAudio" >> RedactAudio(settings, str(staging))
        )
        collected = _Collect()
        calls | "CollectCalls" >> collected.sink("calls")
        dead | "CollectDead" >> collected.sink("dead")
    return collected.results("calls"), collected.results("dead")


def _create(items):
    import apache_beam as beam

    return beam.Create(list(items))


class _Collect:
    """Collects a PCollection into a module-level store (the FnApiRunner is in-process)."""

    store: dict[str, list] = {}

    def sink(self, name):
        import apache_beam as beam

        _Collect.store[name] = []
        return beam.Map(lambda x, n=name: _Collect.store[n].append(x))

    def results(self, name):
        return list(_Collect.store[name])


SETTINGS = AudioRedactionSettings(mode="silence", padding=0.25)


def test_masks_the_span_on_its_channel_and_writes_flac_at_the_same_rate(tmp_path):
    staging = tmp_path / "staging"
    detected = _detected(tmp_path)
    (call,), dead = _run([detected], SETTINGS, staging)
    assert dead == []
    # "4716, 2093" is 2.0-5.0 s on channel 1; padded by 0.25 s.
    assert call.audio_redactions == (RedactionInterval(1.75, 5.25, 1, ("CREDIT_CARD",)),)
    assert "[CREDIT_CARD]" in call.turns[1].text and SECRET not in call.turns[1].text
    out = staging / "audio" / "call-1.flac"
    assert out.is_file() and not list((staging / "audio").glob("*.tmp-*"))
    decoded = decode_native(str(out))
    original = decode_native(detected.call.audio_path)
    assert decoded.sample_rate == RATE and len(decoded.channels) == 2
    left, right = decoded.channels
    np.testing.assert_allclose(left, original.channels[0], atol=2 / 32767)
    assert not np.any(right[int(1.75 * RATE) : int(5.25 * RATE)])
    np.testing.assert_allclose(
        right[int(5.25 * RATE) :], original.channels[1][int(5.25 * RATE) :], atol=2 / 32767
    )
    assert rms(right[int(5.25 * RATE) :]) > 0.1


def test_beep_mode_and_mask_all_channels(tmp_path):
    staging = tmp_path / "staging"
    settings = AudioRedactionSettings(mode="beep", padding=0.0, mask_all_channels=True)
    (call,), _ = _run([_detected(tmp_path)], settings, staging)
    assert [iv.channel for iv in call.audio_redactions] == [0, 1]
    decoded = decode_native(str(staging / "audio" / "call-1.flac"))
    for samples in decoded.channels:
        masked = samples[2 * RATE : 5 * RATE]
        assert rms(masked) == pytest.approx(settings.beep_level / np.sqrt(2), rel=0.03)


def test_call_without_pii_still_gets_its_audio(tmp_path):
    staging = tmp_path / "staging"
    detected = _detected(tmp_path, entities=((), ()))
    (call,), dead = _run([detected], SETTINGS, staging)
    assert call.audio_redactions == () and dead == []
    assert (staging / "audio" / "call-1.flac").is_file()


def test_mode_none_and_transcripts_without_audio_only_redact_text(tmp_path):
    staging = tmp_path / "staging"
    calls, dead = _run([_detected(tmp_path)], AudioRedactionSettings(mode="none"), staging)
    assert dead == [] and calls[0].audio_redactions == ()
    assert "[CREDIT_CARD]" in calls[0].turns[1].text
    calls, dead = _run([_detected(tmp_path, audio=False)], SETTINGS, staging)
    assert dead == [] and calls[0].audio_redactions == ()
    assert not (staging / "audio").exists()


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"channel": 3}, "channel 3"),  # the transcript names a channel the file lacks
        ({"call_id": "../escape"}, "file name"),
    ],
)
def test_calls_that_cannot_be_masked_go_to_dead_letters_and_write_nothing(
    tmp_path, kwargs, fragment
):
    staging = tmp_path / "staging"
    calls, dead = _run([_detected(tmp_path, **kwargs)], SETTINGS, staging)
    assert calls == []
    (letter,) = dead
    assert letter.reason == "audio_redaction_failed" and letter.stage == "redact_audio"
    assert (letter.call_id, letter.line) == (kwargs.get("call_id", "call-1"), 7)
    assert fragment in letter.message and SECRET not in letter.message
    assert not (staging / "audio").exists() or not any((staging / "audio").iterdir())


def test_missing_recording_is_a_dead_letter(tmp_path):
    staging = tmp_path / "staging"
    detected = _detected(tmp_path)
    (tmp_path / "call-1.wav").unlink()
    calls, dead = _run([detected], SETTINGS, staging)
    assert calls == [] and [d.reason for d in dead] == ["audio_redaction_failed"]
    assert "audio_decode_error" in dead[0].message


def test_redactor_failure_is_a_redaction_dead_letter(tmp_path):
    def broken(detected, kept_metadata=()):
        raise RuntimeError(f"boom {SECRET}")

    with direct_test_pipeline() as pipeline:
        calls, dead = (
            pipeline
            | _create([_detected(tmp_path)])
            | RedactAudio(SETTINGS, str(tmp_path / "staging"), redactor=broken)
        )
        assert_that(calls, equal_to([]), label="NoCalls")
        assert_that(
            dead | "Reasons" >> _map(lambda d: (d.reason, SECRET in d.message)),
            equal_to([("redaction_failed", False)]),
            label="OneLetter",
        )


def _map(fn):
    import apache_beam as beam

    return beam.Map(fn)


def test_good_and_bad_calls_are_isolated(tmp_path):
    staging = tmp_path / "staging"
    good = _detected(tmp_path, call_id="good")
    bad = _detected(tmp_path, call_id="bad", channel=5)
    calls, dead = _run([good, bad], SETTINGS, staging)
    assert [c.call_id for c in calls] == ["good"] and [d.call_id for d in dead] == ["bad"]
    assert sorted(p.name for p in (staging / "audio").iterdir()) == ["good.flac"]


def test_widened_span_when_digits_have_no_timing(tmp_path):
    staging = tmp_path / "staging"
    words = list(CARD_WORDS)
    words[3] = ("4716,", 3.0, 3.0, 0.5)  # Whisper's zero-length numeral
    customer = make_turn(words)
    agent = make_turn([("Card?", 0.2, 0.9)], channel=0, speaker="AGENT")
    detected = _detected(
        tmp_path, turns=(agent, customer), entities=((), (entity(customer, "4716"),))
    )
    (call,), _ = _run([detected], AudioRedactionSettings(mode="silence", padding=0.0), staging)
    # Bracketed by "is" (1.6-1.8) and "2093," (3.6-5.0) on the customer's channel.
    assert call.audio_redactions == (RedactionInterval(1.6, 5.0, 1, ("CREDIT_CARD",)),)


def test_logs_carry_ids_and_counts_never_content(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    staging = tmp_path / "staging"
    good = _detected(tmp_path, call_id="good")
    bad = _detected(tmp_path, call_id="bad", channel=5)
    _run([good, bad], SETTINGS, staging)
    everything = "\n".join(record.getMessage() for record in caplog.records)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("pipeline"))
    assert "call good" in ours and "call bad" in ours  # it did log, by call id
    for value in (SECRET, "2093"):
        assert value not in everything
    for turn in good.call.turns:
        for word in turn.words:
            assert word.text.strip(".,?:").lower() not in ours.lower().split()


def test_output_path_is_the_call_id_under_audio():
    assert audio_output_path("/s", "2024-06-01_0042").endswith("/s/audio/2024-06-01_0042.flac")
    assert audio_output_path("gs://b/s", "c1") == "gs://b/s/audio/c1.flac"


def test_owned_name_pattern_matches_what_the_stage_writes_and_nothing_else():
    owned = re.compile(AUDIO_OWNED_NAME_PATTERN)
    written = audio_output_path("/s", "2024-06-01_0042").rsplit("/", 1)[1]
    assert owned.match(written)
    for other in ("card.flac.tmp-0a1b", ".card.flac", "calls-00000-of-00001.jsonl", "x.wav"):
        assert not owned.match(other)


def test_stage_refuses_to_run_without_a_staging_folder():
    with pytest.raises(ValueError, match="staging"):
        RedactAudio(SETTINGS, "")
    RedactAudio(AudioRedactionSettings(mode="none"), "")  # nothing to write: fine


def test_turns_module_invariant_holds_for_make_turn():
    """The helper builds turns the way Transcribe does (text = words joined)."""
    from pipeline.transcribe_turns import word_spans

    turn = make_turn(CARD_WORDS)
    assert [turn.text[s:e] for s, e in word_spans(turn)] == [w[0] for w in CARD_WORDS]
    assert isinstance(turn, Turn)
