"""The proof: redact the sample calls end to end, then try to get the PII back.

ReadRecordings → Transcribe (packaged ``base``) → DetectPii (``CallAnalyzer.create()``) →
RedactAudio (beep) on the in-process FnApiRunner; then independent model instances (the other
packaged model, ``tiny.en``, with its own weights, and a fresh ``base``) transcribe every
redacted recording, channel by channel, and no PII value of the call's script may be
recoverable from what they hear. An adversary must recover each value from the *original*
recording, so the test fails when masking fails (or is switched off).

"Recovered" is deliberately generous to the adversary: for digits, any 4 consecutive
digits of the value in the call's digit stream (spoken numbers normalised: "four seven" →
47, "4-7" → 47); for names and e-mail local parts, any name token (4+ letters) that a
transcript token, or a same-length stretch inside a glued token ("tailiabrenic"), matches
with a similarity of 0.75 or more, case-insensitively.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import time
from pathlib import Path

import pytest

from models.whisper_handler import load_whisper_model
from pipeline.audio import decode_audio_channels
from pipeline.audio_redaction import AudioRedactionSettings, decode_native
from pipeline.audio_source import ReadRecordings
from pipeline.redact_audio import RedactAudio
from pipeline.transcribe import Transcribe
from pipeline.transcribe_settings import TranscriptionSettings
from pipeline.transforms import DetectPii
from tests.conftest import direct_test_pipeline

pytestmark = [pytest.mark.slow, pytest.mark.audio]

ROOT = Path(__file__).resolve().parents[2]
# Point this at a folder of other rendered calls (recordings + scripts/<call_id>.json, as
# samples/make_audio_samples.py --out-dir writes them) to run the proof on unseen calls.
SAMPLES = Path(os.environ.get("CALLREDACT_AUDIO_SAMPLES", ROOT / "samples" / "audio"))
SCRIPTS = {p.stem: json.loads(p.read_text()) for p in sorted((SAMPLES / "scripts").glob("*.json"))}
PIPELINE_MODEL = TranscriptionSettings(model="base", language="en")
# Independent instances: another model (own weights) and a fresh instance of the same one.
ADVERSARIES = ("tiny.en", "base")
DIGIT_RUN = 4
NAME_SIMILARITY = 0.75
NAME_TYPES = ("PERSON", "EMAIL_ADDRESS")

DIGIT_WORDS = {
    word: str(digit)
    for digit, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    )
}
DIGIT_WORDS["oh"] = "0"


def digit_stream(text: str) -> str:
    """Every digit the text says, in order: "4716, two 0-9" → "4716209"."""
    tokens = re.findall(r"[a-z]+|\d", text.lower())
    return "".join(
        DIGIT_WORDS.get(token, token) for token in tokens if token.isdigit() or token in DIGIT_WORDS
    )


def digits_recovered(value: str, text: str) -> bool:
    stream = digit_stream(text)
    digits = re.sub(r"\D", "", value)
    run = min(DIGIT_RUN, len(digits))
    return any(digits[i : i + run] in stream for i in range(len(digits) - run + 1))


def name_tokens(value: str, entity_type: str) -> list[str]:
    if entity_type == "EMAIL_ADDRESS":
        value = value.split("@")[0]
    return [token for token in re.findall(r"[a-z]+", value.lower()) if len(token) >= 4]


def name_recovered(value: str, entity_type: str, text: str) -> bool:
    heard = re.findall(r"[a-z]+", text.lower())
    for token in name_tokens(value, entity_type):
        for word in heard:
            windows = [word] + [
                word[i : i + size]
                for size in (len(token) - 1, len(token), len(token) + 1)
                for i in range(0, max(0, len(word) - size) + 1)
                if len(word) > size
            ]
            if any(
                difflib.SequenceMatcher(None, token, w).ratio() >= NAME_SIMILARITY for w in windows
            ):
                return True
    return False


def recovered(pii: dict, text: str) -> bool:
    if pii["entity_type"] in NAME_TYPES:
        return name_recovered(pii["value"], pii["entity_type"], text)
    return digits_recovered(pii["value"], text)


def test_recovery_measures_digits_and_names():
    assert digit_stream("It is four 7-1 6, and 2093.") == "47162093"
    assert digits_recovered("4716209355810643", "number 4 7 1 six ... 0 6 4 3")
    assert not digits_recovered("4716209355810643", "it is 4 7 [beep] and 9")
    assert digits_recovered("7294", "it's in 72 9 4")
    assert name_recovered("Talia Brennick", "PERSON", "Sure, it is tailiabrenic.")
    assert name_recovered("Talia Brennick", "PERSON", "it is Taylor Brannick")
    assert name_recovered("marcus.fenwick@example.com", "EMAIL_ADDRESS", "Marcus dot Fenwik")
    assert not name_recovered("marcus.fenwick@example.com", "EMAIL_ADDRESS", "at example.com")
    assert not name_recovered("Talia Brennick", "PERSON", "Thank you, the payment is done.")


@pytest.fixture(scope="module")
def redacted_run(tmp_path_factory):
    """Run the pipeline once on all samples; returns (staging dir, calls, dead, seconds)."""
    staging = tmp_path_factory.mktemp("staging")
    started = time.perf_counter()
    settings = AudioRedactionSettings(mode="beep")
    with direct_test_pipeline() as pipeline:
        calls, transcribe_dead = (
            pipeline | ReadRecordings(str(SAMPLES / "*")) | Transcribe(PIPELINE_MODEL)
        )
        detected, detect_dead = calls | DetectPii()
        redacted, audio_dead = detected | RedactAudio(settings, str(staging))
        _ = redacted | _Keep.sink("calls")
        _ = (
            (transcribe_dead, detect_dead, audio_dead)
            | "AllDead" >> _flatten()
            | _Keep.sink("dead")
        )
    return staging, _Keep.store["calls"], _Keep.store["dead"], time.perf_counter() - started


def _flatten():
    import apache_beam as beam

    return beam.Flatten()


class _Keep:
    """Collects elements in this process (the FnApiRunner runs in-process)."""

    store: dict[str, list] = {}

    @staticmethod
    def sink(name):
        import apache_beam as beam

        _Keep.store[name] = []
        return f"Keep{name}" >> beam.Map(lambda x, n=name: _Keep.store[n].append(x))


_ADVERSARIES: dict[str, object] = {}
_HEARD: dict[tuple[str, str], tuple[str, tuple[str, str]]] = {}


def _listen(model, channels) -> str:
    """Each channel on its own, each speech chunk without the previous text as a prompt, so
    one beep cannot derail the rest of the channel's decoding."""
    texts = []
    for samples in channels:
        segments, _info = model.transcribe(
            samples,
            language="en",
            beam_size=5,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        texts.extend(segment.text for segment in segments)
    return " ".join(texts)


def _without_tone(channels, intervals, rate=16000):
    """The redacted audio with the published intervals silenced: the easiest attack on a
    beep (notch it out) and it keeps Whisper from hallucinating over the tone."""
    out = [samples.copy() for samples in channels]
    for interval in intervals:
        if interval.channel < len(out):
            out[interval.channel][int(interval.start * rate) : int(interval.end * rate) + 1] = 0
    return out


def heard(model: str, call, staging: Path) -> tuple[str, tuple[str, str]]:
    """What an independent ``model`` instance hears in the original recording of ``call``,
    and in its redacted recording as written and with the tone removed (cached)."""
    key = (model, call.call_id)
    if key not in _HEARD:
        if model not in _ADVERSARIES:
            _ADVERSARIES[model] = load_whisper_model(
                TranscriptionSettings(model=model, language="en")
            )
        adversary = _ADVERSARIES[model]
        started = time.perf_counter()
        original = decode_audio_channels(str(SAMPLES / SCRIPTS[call.call_id]["audio"]))
        redacted = decode_audio_channels(str(staging / "audio" / f"{call.call_id}.flac"))
        _HEARD[key] = (
            _listen(adversary, original.channels),
            (
                _listen(adversary, redacted.channels),
                _listen(adversary, _without_tone(redacted.channels, call.audio_redactions)),
            ),
        )
        print(f"\n{call.call_id}: adversary {model} {time.perf_counter() - started:.1f}s")
    return _HEARD[key]


def test_every_recording_has_redacted_audio_with_its_rate_and_channels(redacted_run):
    staging, calls, dead, seconds = redacted_run
    print(f"\npipeline (base transcribe + detect + redact audio): {seconds:.1f}s")
    assert dead == []
    assert sorted(c.call_id for c in calls) == sorted(SCRIPTS)
    for call in calls:
        meta = SCRIPTS[call.call_id]
        original = decode_native(str(SAMPLES / meta["audio"]))
        out = decode_native(str(staging / "audio" / f"{call.call_id}.flac"))
        assert out.sample_rate == original.sample_rate
        assert len(out.channels) == len(original.channels)
        assert abs(out.duration - original.duration) < 0.01
        assert call.audio_redactions, f"{call.call_id}: nothing was masked"
        record = json.dumps([iv.__dict__ for iv in call.audio_redactions])
        for pii in meta["pii"]:
            assert pii["value"].lower() not in record.lower()


# Values the pipeline's *detection* misses on these samples (the audio stage can only mask
# what was detected). Strict: when detection improves, this turns into a failure to remove.
# Empty since Whisper's decimal-formatted digit groups ("4.15, 5.25, 0.193." for a phone
# number read quickly) are joined by the normaliser.
DETECTION_GAPS: set[tuple[str, str]] = set()


def _cases():
    for call_id, meta in SCRIPTS.items():
        for pii in meta["pii"]:
            for model in ADVERSARIES:
                key = (call_id, pii["entity_type"])
                marks = (
                    [pytest.mark.xfail(strict=True, reason="detection misses it (see above)")]
                    if key in DETECTION_GAPS
                    else []
                )
                yield pytest.param(
                    call_id, pii, model, marks=marks, id=f"{call_id}-{pii['entity_type']}-{model}"
                )


@pytest.mark.parametrize(("call_id", "pii", "model"), list(_cases()))
def test_pii_value_cannot_be_recovered_from_the_redacted_audio(call_id, pii, model, redacted_run):
    staging, calls = redacted_run[0], {c.call_id: c for c in redacted_run[1]}
    _before, after = heard(model, calls[call_id], staging)
    for version, text in zip(("as written", "tone removed"), after, strict=True):
        assert not recovered(pii, text), (
            f"{call_id}: {pii['entity_type']} recoverable by {model} ({version})"
        )
        assert text.strip(), "the redacted call should still be transcribable outside the masks"


@pytest.mark.parametrize(
    ("call_id", "pii"),
    [(call_id, pii) for call_id, meta in SCRIPTS.items() for pii in meta["pii"]],
    ids=lambda value: value["entity_type"] if isinstance(value, dict) else value,
)
def test_the_adversaries_recover_every_value_from_the_original(call_id, pii, redacted_run):
    """Otherwise the test above could not fail: some adversary hears each value when it is
    not masked."""
    staging, calls = redacted_run[0], {c.call_id: c for c in redacted_run[1]}
    heard_by = [m for m in ADVERSARIES if recovered(pii, heard(m, calls[call_id], staging)[0])]
    assert heard_by, f"{call_id}: no adversary hears the {pii['entity_type']} in the original"
