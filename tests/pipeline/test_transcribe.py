"""The Transcribe stage's plumbing with a fake Whisper: channels → speakers, interleaving,
word timings, settings validation, dead letters and logging. No model is loaded here.

The fake "hears" tone bursts: each burst becomes a word named after its frequency
("hz440"), so a test knows which channel's audio produced which turn, and when.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to
from faster_whisper.transcribe import Segment
from faster_whisper.transcribe import Word as WhisperWord

from models.whisper_handler import (
    WhisperModelHandler,
    resolve_compute_type,
    transcribe_call,
    worker_threads,
)
from pipeline.audio_source import ReadRecordings, recording_to_call
from pipeline.options import local_worker_processes, pipeline_options
from pipeline.schema import Call, DeadLetter, Turn, Word
from pipeline.transcribe import Transcribe
from pipeline.transcribe_settings import TranscriptionSettings
from pipeline.transcribe_turns import build_turns, segment_utterances, word_spans
from tests.conftest import direct_test_pipeline
from tests.pipeline.test_audio import write_audio

RATE = 16000
AGENT_HZ, CUSTOMER_HZ, CRASH_HZ = 440, 1000, 3000
# Invented PII that the fake "says"; it must never reach a log line or a dead letter.
SYNTHETIC_CARD = "4716209355810643"


class FakeWhisper:
    """Stands in for ``faster_whisper.WhisperModel``: one segment per channel (as Whisper
    does after VAD joins a speaker's lines), one word per tone burst."""

    def __init__(self, multilingual: bool = True, language: str = "en"):
        self.model = type("CT2", (), {"is_multilingual": multilingual})()
        self.detected = language
        self.calls: list[dict] = []
        self.detect_calls: list[float] = []

    def detect_language(self, audio, vad_filter=False, **_):
        self.detect_calls.append(float(np.sqrt(np.mean(np.square(audio)))))
        return self.detected, 0.99, [(self.detected, 0.99)]

    def transcribe(self, audio, **kwargs):
        self.calls.append(kwargs)
        bursts = _bursts(audio)
        words = []
        for start, end in bursts:
            hz = _dominant_hz(audio[start:end])
            if abs(hz - CRASH_HZ) < 50:
                raise RuntimeError(f"decoder failed on '{SYNTHETIC_CARD}'")
            text = SYNTHETIC_CARD if abs(hz - 2000) < 50 else f"hz{hz}"
            words.append(WhisperWord(start / RATE, end / RATE, " " + text, 0.9))
        if not words:
            return iter(()), None
        segment = Segment(
            id=1,
            seek=0,
            start=words[0].start,
            end=words[-1].end,
            text="".join(w.word for w in words),
            tokens=[],
            avg_logprob=-0.1,
            compression_ratio=1.0,
            no_speech_prob=0.0,
            words=words,
            temperature=0.0,
        )
        return iter([segment]), None


def _bursts(audio: np.ndarray, frame: int = 160) -> list[tuple[int, int]]:
    n = len(audio) // frame
    loud = np.sqrt(np.mean(np.square(audio[: n * frame].reshape(n, frame)), axis=1)) > 0.05
    bursts, start = [], None
    for i, on in enumerate(loud):
        if on and start is None:
            start = i
        if not on and start is not None:
            bursts.append((start * frame, i * frame))
            start = None
    if start is not None:
        bursts.append((start * frame, n * frame))
    return bursts


def _dominant_hz(chunk: np.ndarray) -> int:
    spectrum = np.abs(np.fft.rfft(chunk))
    hz = np.fft.rfftfreq(len(chunk), 1 / RATE)[int(np.argmax(spectrum))]
    return int(round(hz / 10) * 10)


def fake_loader(settings):
    return FakeWhisper()


def write_call(
    path: Path,
    bursts: list[tuple[int, float, float, int]],
    channels: int = 2,
    seconds: float = 4.0,
    rate: int = RATE,
) -> Path:
    """A wav whose channel ``ch`` has a ``hz`` tone from ``start`` to ``end`` seconds."""
    samples = np.zeros((channels, int(seconds * rate)), np.float32)
    t = np.arange(samples.shape[1]) / rate
    for ch, start, end, hz in bursts:
        span = (t >= start) & (t < end)
        samples[ch, span] = 0.4 * np.sin(2 * np.pi * hz * t[span])
    return write_audio(path, samples, rate, "pcm_s16le", "wav")


CONVERSATION = [
    (0, 0.2, 0.8, AGENT_HZ),
    (1, 1.0, 1.6, CUSTOMER_HZ),
    (0, 2.0, 2.6, AGENT_HZ),
    (1, 3.0, 3.5, CUSTOMER_HZ),
]


def _summary(call: Call) -> list[tuple[str, int, str, float]]:
    return [(t.speaker, t.channel, t.text, round(t.start, 1)) for t in call.turns]


# ---------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"model": " "}, "--whisper-model is empty"),
        ({"device": "gpu"}, "--device 'gpu' is not one of auto, cpu, cuda"),
        ({"compute_type": "int4"}, "--compute-type 'int4'"),
        ({"language": "english"}, "not a Whisper language code"),
        ({"model": "tiny.en", "language": "de"}, "English-only"),
        ({"beam_size": 0}, "--beam-size must be between 1"),
        ({"beam_size": 2.5}, "--beam-size must be a whole number"),
        ({"beam_size": True}, "--beam-size must be a whole number"),
        ({"channels": "AGENT,"}, "has an empty label"),
        ({"channels": ("AGENT", "agent")}, "repeats a label"),
        ({"mono_speaker": ""}, "mono speaker label is empty"),
        ({"cpu_threads": -1}, "cpu_threads must be 0"),
        ({"local_processes": 0}, "local_processes must be 1 or more"),
        ({"max_duration": 0}, "maximum duration must be positive"),
    ],
)
def test_bad_settings_fail_at_construction_and_say_what_to_change(kwargs, message):
    with pytest.raises(ValueError, match=message):
        TranscriptionSettings(**kwargs)


def test_settings_normalise_channels_and_language():
    settings = TranscriptionSettings(channels=" customer , agent", language="EN")
    assert settings.channels == ("CUSTOMER", "AGENT")
    assert settings.language == "en"
    assert settings.speakers_for(1) == ("SPEAKER",)
    assert settings.speakers_for(2) == ("CUSTOMER", "AGENT")


def test_default_settings_are_the_documented_ones():
    settings = TranscriptionSettings()
    assert (settings.model, settings.device, settings.compute_type) == ("base", "auto", "auto")
    assert (settings.language, settings.beam_size, settings.vad_filter) == (None, 5, True)
    assert settings.channels == ("AGENT", "CUSTOMER")


class _FakeCTranslate2:
    def __init__(self, gpus: int, cpu_types: set[str]):
        self.gpus, self.cpu_types = gpus, cpu_types

    def get_cuda_device_count(self) -> int:
        return self.gpus

    def get_supported_compute_types(self, device: str) -> set[str]:
        assert device == "cpu"
        return self.cpu_types


@pytest.mark.parametrize(
    ("device", "compute_type", "gpus", "cpu_types", "expected"),
    [
        # x86 with MKL: int16, which does not saturate on CPUs without VNNI.
        ("cpu", "auto", 0, {"int8", "int16", "float32"}, "int16"),
        ("auto", "auto", 0, {"int8", "int16", "float32"}, "int16"),
        # ARM (Ruy) has no int16 GEMM: int8.
        ("cpu", "auto", 0, {"int8", "float32"}, "int8"),
        # A GPU: CTranslate2's own choice.
        ("auto", "auto", 1, {"int8", "int16", "float32"}, "auto"),
        ("cuda", "auto", 1, {"int8", "int16", "float32"}, "auto"),
        # Named explicitly: used as it is.
        ("cpu", "int8", 0, {"int8", "int16", "float32"}, "int8"),
        ("auto", "float16", 1, {"int8", "int16", "float32"}, "float16"),
    ],
)
def test_auto_compute_type_is_int16_on_a_cpu_that_has_it(
    monkeypatch, device, compute_type, gpus, cpu_types, expected
):
    monkeypatch.setitem(sys.modules, "ctranslate2", _FakeCTranslate2(gpus, cpu_types))
    assert resolve_compute_type(device, compute_type) == expected


# ---------------------------------------------------------------- turns


def _segment(words, text=None, start=None, end=None):
    whisper_words = [WhisperWord(s, e, w, 0.8) for w, s, e in words]
    return Segment(
        id=0,
        seek=0,
        start=start if start is not None else whisper_words[0].start,
        end=end if end is not None else whisper_words[-1].end,
        text=text if text is not None else "".join(w.word for w in whisper_words),
        tokens=[],
        avg_logprob=0.0,
        compression_ratio=1.0,
        no_speech_prob=0.0,
        words=whisper_words or None,
        temperature=0.0,
    )


def test_a_segment_spanning_two_questions_is_split_around_the_answer():
    # VAD joined the agent's two lines into one segment; the customer answered between.
    agent = _segment(
        [(" Your", 0.0, 0.3), (" card?", 0.3, 0.8), (" And", 3.0, 3.2), (" expiry?", 3.2, 3.9)]
    )
    customer = _segment([(" 4", 1.2, 1.4), ("-7", 1.4, 1.6), (" one", 1.7, 2.0)])
    utterances = segment_utterances(0, [agent]) + segment_utterances(1, [customer])

    turns = build_turns(utterances, ("AGENT", "CUSTOMER"))

    assert [(t.speaker, t.text, t.start, t.end) for t in turns] == [
        ("AGENT", "Your card?", 0.0, 0.8),
        ("CUSTOMER", "4-7 one", 1.2, 2.0),
        ("AGENT", "And expiry?", 3.0, 3.9),
    ]
    assert [w.text for w in turns[1].words] == ["4", "-7", "one"]
    assert turns[1].words[1] == Word("-7", 1.4, 1.6, 0.8)
    assert all(isinstance(w.start, float) for t in turns for w in t.words)


def test_consecutive_utterances_of_one_speaker_merge_into_one_turn():
    first = _segment([(" Hello", 0.0, 0.4)])
    second = _segment([(" there", 2.0, 2.4)])
    turns = build_turns(segment_utterances(0, [first, second]), ("AGENT", "CUSTOMER"))
    assert [(t.text, t.start, t.end) for t in turns] == [("Hello there", 0.0, 2.4)]


def test_a_segment_without_word_timings_keeps_its_own_turn_and_times():
    timed = _segment([(" Number", 0.0, 0.5)])
    untimed = _segment([], text=" 4 7 1 6", start=0.6, end=2.0)
    turns = build_turns(segment_utterances(1, [timed, untimed]), ("AGENT", "CUSTOMER"))
    assert [(t.text, t.start, t.end, len(t.words)) for t in turns] == [
        ("Number", 0.0, 0.5, 1),
        ("4 7 1 6", 0.6, 2.0, 0),
    ]


def test_word_spans_map_every_word_to_its_characters():
    turn = Turn(
        "CUSTOMER",
        "It is 4-7, ok",
        words=(
            Word("It", 0, 1),
            Word("is", 1, 2),
            Word("4", 2, 3),
            Word("-7,", 3, 4),
            Word("ok", 4, 5),
        ),
    )
    spans = word_spans(turn)
    assert [turn.text[s:e] for s, e in spans] == ["It", "is", "4", "-7,", "ok"]
    with pytest.raises(ValueError, match="does not match its words"):
        word_spans(Turn("A", "changed", words=(Word("original", 0, 1),)))


# ---------------------------------------------------------------- one call, fake model


def test_stereo_channels_map_to_speakers_and_interleave_by_time(tmp_path):
    path = write_call(tmp_path / "c1.wav", CONVERSATION)
    model = FakeWhisper()

    call = transcribe_call(
        recording_to_call(str(path)), model, TranscriptionSettings(language="en")
    )

    assert _summary(call) == [
        ("AGENT", 0, "hz440", 0.2),
        ("CUSTOMER", 1, "hz1000", 1.0),
        ("AGENT", 0, "hz440", 2.0),
        ("CUSTOMER", 1, "hz1000", 3.0),
    ]
    assert call.duration == pytest.approx(4.0)
    assert call.language == "en"
    assert call.call_id == "c1" and call.audio_path == str(path)
    # Each channel is its own transcribe() call, with word timings and VAD on.
    assert len(model.calls) == 2
    assert all(
        c["word_timestamps"] and c["vad_filter"] and c["beam_size"] == 5 for c in model.calls
    )
    assert all(c["language"] == "en" for c in model.calls)


def test_swapped_channel_labels_swap_the_speakers(tmp_path):
    path = write_call(tmp_path / "c2.wav", CONVERSATION)
    settings = TranscriptionSettings(channels=("CUSTOMER", "AGENT"), language="en")
    call = transcribe_call(recording_to_call(str(path)), FakeWhisper(), settings)
    assert [(t.speaker, t.text) for t in call.turns][:2] == [
        ("CUSTOMER", "hz440"),
        ("AGENT", "hz1000"),
    ]


@pytest.mark.parametrize("parallel", [True, False])
def test_parallel_and_sequential_channels_give_the_same_call(tmp_path, parallel):
    path = write_call(tmp_path / "c3.wav", CONVERSATION)
    settings = TranscriptionSettings(language="en", parallel_channels=parallel)
    call = transcribe_call(recording_to_call(str(path)), FakeWhisper(), settings)
    assert [t.speaker for t in call.turns] == ["AGENT", "CUSTOMER", "AGENT", "CUSTOMER"]


def test_mono_recording_is_one_speaker(tmp_path):
    path = write_call(tmp_path / "vm.wav", [(0, 0.5, 1.0, AGENT_HZ)], channels=1)
    call = transcribe_call(
        recording_to_call(str(path)), FakeWhisper(), TranscriptionSettings(language="en")
    )
    assert _summary(call) == [("SPEAKER", 0, "hz440", 0.5)]


def test_dual_mono_stereo_is_transcribed_once_as_one_speaker(tmp_path):
    path = write_call(tmp_path / "dm.wav", [(0, 0.5, 1.0, AGENT_HZ), (1, 0.5, 1.0, AGENT_HZ)])
    model = FakeWhisper()
    call = transcribe_call(
        recording_to_call(str(path)), model, TranscriptionSettings(language="en")
    )
    assert _summary(call) == [("SPEAKER", 0, "hz440", 0.5)]
    assert len(model.calls) == 1


def test_language_is_detected_once_on_the_loudest_channel_and_used_for_both(tmp_path):
    path = write_call(tmp_path / "lang.wav", [(0, 0.2, 0.4, AGENT_HZ), (1, 1.0, 3.0, CUSTOMER_HZ)])
    model = FakeWhisper(language="es")
    call = transcribe_call(recording_to_call(str(path)), model, TranscriptionSettings(model="base"))
    assert call.language == "es"
    assert len(model.detect_calls) == 1
    assert model.detect_calls[0] > 0.1  # the customer's channel: two seconds of tone
    assert [c["language"] for c in model.calls] == ["es", "es"]


def test_english_only_model_needs_no_detection(tmp_path):
    path = write_call(tmp_path / "en.wav", CONVERSATION)
    model = FakeWhisper(multilingual=False)
    call = transcribe_call(
        recording_to_call(str(path)), model, TranscriptionSettings(model="tiny.en")
    )
    assert call.language == "en" and model.detect_calls == []


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("not audio at all\n" * 10), "audio_decode_error"),
        (lambda p: p.write_bytes(b""), "audio_empty"),
        (lambda p: write_call(p, [(0, 0.1, 0.5, AGENT_HZ)], channels=3), "audio_channels"),
        (lambda p: write_call(p, []), "audio_no_speech"),
    ],
    ids=["junk", "empty", "three_channels", "silence"],
)
def test_bad_recordings_become_dead_letters_with_a_reason(tmp_path, make, reason):
    path = tmp_path / "bad.wav"
    make(path)
    result = transcribe_call(
        recording_to_call(str(path)), FakeWhisper(), TranscriptionSettings(language="en")
    )
    assert isinstance(result, DeadLetter)
    assert (result.reason, result.call_id, result.stage, result.source) == (
        reason,
        "bad",
        "transcribe",
        str(path),
    )
    assert result.message  # says what happened and what to do


def test_a_transcript_passes_through_and_a_call_without_audio_is_dead_lettered():
    transcript = Call("t1", (Turn("AGENT", "hello"),))
    assert transcribe_call(transcript, FakeWhisper(), TranscriptionSettings()) is transcript
    missing = transcribe_call(Call("t2", ()), FakeWhisper(), TranscriptionSettings())
    assert isinstance(missing, DeadLetter) and missing.reason == "audio_missing"


def test_transcription_logs_ids_and_counts_never_text(tmp_path, caplog):
    # The customer "says" a (synthetic) card number: 2 kHz bursts become SYNTHETIC_CARD.
    path = write_call(tmp_path / "pii.wav", [(0, 0.2, 0.8, AGENT_HZ), (1, 1.0, 1.6, 2000)])
    caplog.set_level(logging.DEBUG)
    call = transcribe_call(
        recording_to_call(str(path)), FakeWhisper(), TranscriptionSettings(language="en")
    )
    assert SYNTHETIC_CARD in call.turns[1].text  # so the test can fail
    assert "pii" in caplog.text and "turn" in caplog.text
    assert SYNTHETIC_CARD not in caplog.text


def test_handler_batches_one_call_and_loads_through_the_injected_loader():
    handler = WhisperModelHandler(TranscriptionSettings(), model_loader=fake_loader)
    assert handler.batch_elements_kwargs() == {"min_batch_size": 1, "max_batch_size": 1}
    assert isinstance(handler.load_model(), FakeWhisper)


# ---------------------------------------------------------------- the Beam stage


def test_transcribe_stage_outputs_calls_and_dead_letters(tmp_path):
    good = write_call(tmp_path / "good.wav", CONVERSATION)
    mono = write_call(tmp_path / "mono.wav", [(0, 0.5, 1.0, CUSTOMER_HZ)], channels=1)
    junk = tmp_path / "junk.wav"
    junk.write_text("not audio\n" * 30)
    crash = write_call(tmp_path / "crash.wav", [(1, 0.5, 1.0, CRASH_HZ)])
    settings = TranscriptionSettings(language="en")
    inputs = [recording_to_call(str(p)) for p in (good, mono, junk, crash)]

    with direct_test_pipeline() as p:
        calls = p | "Create" >> beam.Create(inputs)
        out = calls | "Transcribe" >> Transcribe(settings, model_loader=fake_loader)
        speakers = out.calls | "Speakers" >> beam.Map(
            lambda c: (c.call_id, tuple(t.speaker for t in c.turns))
        )
        assert_that(
            speakers,
            equal_to(
                [("good", ("AGENT", "CUSTOMER", "AGENT", "CUSTOMER")), ("mono", ("SPEAKER",))]
            ),
            label="CallsHaveSpeakers",
        )
        reasons = out.dead_letters | "Reasons" >> beam.Map(
            lambda d: (
                d.call_id,
                d.reason,
                d.stage,
                SYNTHETIC_CARD in d.message,
                "RuntimeError" in d.message,
            )
        )
        assert_that(
            reasons,
            equal_to(
                [
                    ("junk", "audio_decode_error", "transcribe", False, False),
                    ("crash", "transcription_error", "transcribe", False, True),
                ]
            ),
            label="DeadLettersHaveReasonsAndNoContent",
        )


def test_transcribe_checks_the_model_before_reading_data(tmp_path):
    with pytest.raises(ValueError, match="not a CTranslate2 Whisper model directory"):
        Transcribe(TranscriptionSettings(model=str(tmp_path)))


def test_read_recordings_turns_audio_files_into_calls(tmp_path):
    for name in ("a.wav", "b.flac", "c.json", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    with direct_test_pipeline() as p:
        calls = p | ReadRecordings(str(tmp_path / "*"))
        ids = calls | beam.Map(lambda c: (c.call_id, c.turns, Path(c.audio_path).name))
        assert_that(ids, equal_to([("a", (), "a.wav"), ("b", (), "b.flac")]))


def test_recording_to_call_names_the_call_after_the_file():
    call = recording_to_call("gs://bucket/calls/2024-06-01_0042.flac")
    assert (call.call_id, call.source, call.audio_path, call.turns) == (
        "2024-06-01_0042",
        "gs://bucket/calls/2024-06-01_0042.flac",
        "gs://bucket/calls/2024-06-01_0042.flac",
        (),
    )
    assert recording_to_call("x/y.wav", call_id="manifest-7").call_id == "manifest-7"


def test_cli_flags_build_validated_settings():
    import argparse

    from pipeline.transcribe_settings import add_transcription_arguments, settings_from_args

    parser = argparse.ArgumentParser()
    add_transcription_arguments(parser)
    default = settings_from_args(parser.parse_args([]))
    assert default == TranscriptionSettings()
    args = parser.parse_args(
        [
            "--whisper-model",
            "tiny.en",
            "--beam-size",
            "1",
            "--channels",
            "customer,agent",
            "--no-vad",
        ]
    )
    settings = settings_from_args(args)
    assert (settings.model, settings.beam_size, settings.channels, settings.vad_filter) == (
        "tiny.en",
        1,
        ("CUSTOMER", "AGENT"),
        False,
    )
    with pytest.raises(ValueError, match="--beam-size must be between 1"):
        settings_from_args(parser.parse_args(["--beam-size", "0"]))


@pytest.mark.parametrize(
    ("cores", "settings", "expected"),
    [
        # One process: a CTranslate2 worker per channel, the cores split between them.
        (2, TranscriptionSettings(), (2, 1)),
        (8, TranscriptionSettings(), (2, 4)),
        (1, TranscriptionSettings(), (1, 1)),
        (8, TranscriptionSettings(parallel_channels=False), (1, 8)),
        # Local worker processes take their share first: 2 on 2 cores get one core each,
        # so channels run one after the other instead of oversubscribing.
        (2, TranscriptionSettings(local_processes=2), (1, 1)),
        (8, TranscriptionSettings(local_processes=2), (2, 2)),
        (8, TranscriptionSettings(local_processes=16), (1, 1)),
        # An explicit thread count is the user's call.
        (2, TranscriptionSettings(cpu_threads=3, local_processes=2), (2, 3)),
    ],
)
def test_worker_threads_share_the_machine(monkeypatch, cores, settings, expected):
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: set(range(cores)))
    assert worker_threads(settings) == expected


@pytest.mark.parametrize(
    ("beam_args", "expected"),
    [
        ([], 1),
        (["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"], 2),
        (["--direct_num_workers", "4", "--direct_running_mode", "multi_threading"], 4),
        (["--direct_num_workers", "3"], 1),  # in_memory: one worker whatever the count
        (["--runner", "PortableRunner", "--job_endpoint", "embed"], 1),
    ],
)
def test_local_worker_processes_from_beam_options(beam_args, expected):
    assert local_worker_processes(pipeline_options(beam_args)) == expected
