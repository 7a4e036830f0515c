"""Render the synthetic sample calls in ``samples/audio/`` with espeak-ng and sox.

Every name, number and address below is invented. Each call is a short agent/customer
script spoken by two different espeak-ng voices; the agent is on the left channel and the
customer on the right, the way call-centre recorders store dual-channel calls. One call is
mono (a voicemail) and one is 8 kHz mu-law telephony audio. Voices and digits were picked so
that Whisper base hears them: espeak's "five" and "zero" lose their fricatives at 8 kHz, so
the telephony call's numbers avoid those digits. Next to each recording we write
``scripts/<call_id>.json`` (a sub-folder, so a glob over the recordings never takes a script
for a transcript to redact): the spoken script, where each turn sits in time, and the PII values, so
tests can measure word error rate and check redaction without a human listening.

Digits are written "4 7 1 6" so espeak reads them one by one, as callers do.

Needs: espeak-ng, sox, libsox-fmt-mp3 (Debian packages), and PyAV (a faster-whisper
dependency) for the one Opus file, because sox cannot write Opus.

    python samples/make_audio_samples.py                 # rewrite samples/audio/
    python samples/make_audio_samples.py --out-dir /tmp/x --call card_payment \\
        --agent-voice en-gb-scotland --customer-voice en-us+m3   # an unseen rendering
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LOG = logging.getLogger("make_audio_samples")
OUT_DIR = Path(__file__).resolve().parent / "audio"
GAP_S = 0.45  # silence between turns, like a short pause for breath
LEAD_S = 0.3  # silence before the first turn and after the last


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str


@dataclass(frozen=True)
class Pii:
    entity_type: str
    value: str
    speaker: str


@dataclass(frozen=True)
class CallScript:
    call_id: str
    fmt: str  # flac | mp3 | opus | ulaw
    sample_rate: int
    speakers: tuple[str, ...]  # one per channel, left first
    voices: tuple[str, ...]  # espeak-ng voice per speaker
    lines: tuple[Line, ...]
    pii: tuple[Pii, ...]


CALLS: tuple[CallScript, ...] = (
    CallScript(
        call_id="card_payment",
        fmt="flac",
        sample_rate=16000,
        speakers=("AGENT", "CUSTOMER"),
        voices=("en-us", "en-gb+f3"),
        lines=(
            Line("AGENT", "Thank you for calling Northwind Energy. Can I have your full name?"),
            Line("CUSTOMER", "Sure, it is Talia Brennick."),
            Line("AGENT", "Thanks. Which card would you like to use for the payment?"),
            Line(
                "CUSTOMER",
                "A visa card. The number is 4 7 1 6, 2 0 9 3, 5 5 8 1, 0 6 4 3.",
            ),
            Line("AGENT", "Thank you, the payment is done."),
        ),
        pii=(
            Pii("PERSON", "Talia Brennick", "CUSTOMER"),
            Pii("CREDIT_CARD", "4716209355810643", "CUSTOMER"),
        ),
    ),
    CallScript(
        call_id="ssn_verification",
        fmt="mp3",
        sample_rate=44100,
        speakers=("AGENT", "CUSTOMER"),
        voices=("en-us+f3", "en-gb"),
        lines=(
            Line(
                "AGENT",
                "Before we continue, what are the last four digits of your social security number?",
            ),
            Line("CUSTOMER", "It is 7 2 9 4."),
            Line("AGENT", "And the phone number on the account?"),
            Line("CUSTOMER", "4 1 5, 5 5 5, 0 1 9 3."),
            Line("AGENT", "Thank you, you are verified."),
        ),
        pii=(
            Pii("US_SSN_LAST4", "7294", "CUSTOMER"),
            Pii("PHONE_NUMBER", "4155550193", "CUSTOMER"),
        ),
    ),
    CallScript(
        call_id="voicemail_mono",
        fmt="opus",
        sample_rate=48000,
        speakers=("SPEAKER",),
        voices=("en-gb+f3",),
        lines=(
            Line(
                "SPEAKER",
                "Hello, this is Marcus Fenwick calling about my order. Please call me back "
                "on 2 0 6, 5 5 5, 0 1 7 8. My email is marcus dot fenwick at example dot com.",
            ),
        ),
        pii=(
            Pii("PERSON", "Marcus Fenwick", "SPEAKER"),
            Pii("PHONE_NUMBER", "2065550178", "SPEAKER"),
            Pii("EMAIL_ADDRESS", "marcus.fenwick@example.com", "SPEAKER"),
        ),
    ),
    CallScript(
        call_id="telephony_ulaw",
        fmt="ulaw",
        sample_rate=8000,
        speakers=("AGENT", "CUSTOMER"),
        voices=("en-gb", "en-us+m3"),
        lines=(
            Line("AGENT", "Can you read me the card number, please?"),
            Line("CUSTOMER", "Yes, it is 4 9 1 6, 3 8 4 2, 2 9 1 8, 6 4 1 9."),
            Line("AGENT", "And your zip code?"),
            Line("CUSTOMER", "6 2 8 4 1."),
        ),
        pii=(
            Pii("CREDIT_CARD", "4916384229186419", "CUSTOMER"),
            Pii("ZIP_CODE", "62841", "CUSTOMER"),
        ),
    ),
)

SUFFIX = {"flac": ".flac", "mp3": ".mp3", "opus": ".opus", "ulaw": ".wav"}


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{cmd[0]} failed ({result.returncode}): {result.stderr.strip()[:300]}; "
            "install espeak-ng, sox and libsox-fmt-mp3 (apt-get install espeak-ng sox "
            "libsox-fmt-mp3)"
        )


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
            raise RuntimeError(f"{path}: expected 16-bit mono from sox")
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").copy()


def _write_wav(path: Path, samples: np.ndarray, sample_rate: int) -> None:
    """Write int16 samples shaped (frames, channels) as a PCM wav."""
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(samples.shape[1])
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(np.ascontiguousarray(samples, dtype="<i2").tobytes())


def _speak(text: str, voice: str, sample_rate: int, work: Path, index: int) -> np.ndarray:
    raw = work / f"line{index}_raw.wav"
    resampled = work / f"line{index}.wav"
    _run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text])
    # Trim espeak's own leading/trailing silence so turn times are tight, then resample.
    _run(
        ["sox", "-D", str(raw), "-r", str(sample_rate), "-c", "1", "-b", "16", str(resampled)]
        + ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
    )
    return _read_wav(resampled)


def _encode(call: CallScript, pcm_wav: Path, out_path: Path) -> None:
    if call.fmt == "flac":
        _run(["sox", "-D", str(pcm_wav), "-C", "8", str(out_path)])
    elif call.fmt == "mp3":
        _run(["sox", "-D", str(pcm_wav), "-C", "64", str(out_path)])
    elif call.fmt == "ulaw":
        _run(["sox", "-D", str(pcm_wav), "-e", "u-law", "-b", "8", str(out_path)])
    elif call.fmt == "opus":
        _encode_opus(pcm_wav, out_path, call.sample_rate)
    else:
        raise ValueError(f"unknown format {call.fmt!r}: use flac, mp3, opus or ulaw")


def _encode_opus(pcm_wav: Path, out_path: Path, sample_rate: int) -> None:
    import av  # PyAV ships with faster-whisper; sox has no Opus encoder.

    with av.open(str(pcm_wav)) as src, av.open(str(out_path), "w", format="ogg") as dst:
        stream = dst.add_stream("libopus", rate=sample_rate, layout="mono")
        stream.bit_rate = 24000
        for frame in src.decode(audio=0):
            frame.pts = None
            for packet in stream.encode(frame):
                dst.mux(packet)
        for packet in stream.encode(None):
            dst.mux(packet)


def render_call(call: CallScript, out_dir: Path, voices: tuple[str, ...] | None = None) -> Path:
    """Render one call to ``out_dir`` (audio + JSON script) and return the audio path."""
    voices = voices or call.voices
    if len(voices) != len(call.speakers):
        raise ValueError(f"{call.call_id}: give one voice per speaker {call.speakers}")
    out_dir.mkdir(parents=True, exist_ok=True)
    rate = call.sample_rate
    with tempfile.TemporaryDirectory(prefix="callredact-samples-") as tmp:
        work = Path(tmp)
        pieces: list[tuple[int, np.ndarray]] = []
        for index, line in enumerate(call.lines):
            channel = call.speakers.index(line.speaker)
            pieces.append((channel, _speak(line.text, voices[channel], rate, work, index)))
        lead, gap = int(LEAD_S * rate), int(GAP_S * rate)
        total = 2 * lead + sum(len(p) for _, p in pieces) + gap * (len(pieces) - 1)
        mix = np.zeros((total, len(call.speakers)), dtype=np.int16)
        turns = []
        cursor = lead
        for (channel, samples), line in zip(pieces, call.lines, strict=True):
            mix[cursor : cursor + len(samples), channel] = samples
            turns.append(
                {
                    "speaker": line.speaker,
                    "channel": channel,
                    "text": line.text,
                    "start": round(cursor / rate, 3),
                    "end": round((cursor + len(samples)) / rate, 3),
                }
            )
            cursor += len(samples) + gap
        pcm = work / "mix.wav"
        _write_wav(pcm, mix, rate)
        out_path = out_dir / f"{call.call_id}{SUFFIX[call.fmt]}"
        _encode(call, pcm, out_path)
    script = {
        "call_id": call.call_id,
        "audio": out_path.name,
        "format": call.fmt,
        "sample_rate": rate,
        "speakers": list(call.speakers),
        "voices": list(voices),
        "duration": round(total / rate, 3),
        "turns": turns,
        "pii": [
            {"entity_type": p.entity_type, "value": p.value, "speaker": p.speaker} for p in call.pii
        ],
        "generator": "samples/make_audio_samples.py (espeak-ng + sox); all values invented",
    }
    scripts = out_dir / "scripts"
    scripts.mkdir(exist_ok=True)
    (scripts / f"{call.call_id}.json").write_text(json.dumps(script, indent=2) + "\n")
    return out_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--call", action="append", help="call id to render (default: all)")
    parser.add_argument("--agent-voice", help="espeak-ng voice for the left channel")
    parser.add_argument("--customer-voice", help="espeak-ng voice for the right channel")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} not found: apt-get install espeak-ng sox libsox-fmt-mp3")
    known = {c.call_id for c in CALLS}
    unknown = set(args.call or ()) - known
    if unknown:
        parser.error(f"unknown call id(s) {sorted(unknown)}; choose from {sorted(known)}")
    for call in CALLS:
        if args.call and call.call_id not in args.call:
            continue
        voices = call.voices
        if args.agent_voice or args.customer_voice:
            if len(call.speakers) == 1:
                voices = (args.customer_voice or args.agent_voice,)
            else:
                voices = (args.agent_voice or voices[0], args.customer_voice or voices[1])
        path = render_call(call, args.out_dir, voices)
        LOG.info("%s: %d bytes", path, path.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
