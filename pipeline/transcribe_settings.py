"""Transcription settings: one frozen dataclass, validated when it is built.

A bad value fails at construction, before any audio is read, with a message naming the
option to change (the CLI maps ``--whisper-model``, ``--device`` … one to one onto these
fields).
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "base"
DEFAULT_CHANNELS = ("AGENT", "CUSTOMER")
MONO_SPEAKER = "SPEAKER"
DEVICES = ("auto", "cpu", "cuda")
# CTranslate2 quantisation types (ctranslate2.get_supported_compute_types lists per device).
COMPUTE_TYPES = (
    "default",
    "auto",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)
MAX_BEAM_SIZE = 20


def _language_codes() -> frozenset[str]:
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    return frozenset(_LANGUAGE_CODES)


def parse_channels(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``"agent, customer"`` or a sequence → ``("AGENT", "CUSTOMER")``."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(str(part).strip().upper() for part in parts)


@dataclass(frozen=True)
class TranscriptionSettings:
    """How recordings are transcribed. Channel *i* is spoken by ``channels[i]``."""

    model: str = DEFAULT_MODEL
    device: str = "auto"
    # "auto": int16 on a CPU where available, else int8; CTranslate2's choice on a GPU
    # (models.whisper_handler.resolve_compute_type says why).
    compute_type: str = "auto"
    language: str | None = None
    beam_size: int = 5
    vad_filter: bool = True
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    mono_speaker: str = MONO_SPEAKER
    # CTranslate2 threads per channel worker; 0 lets CTranslate2 choose.
    cpu_threads: int = 0
    # Transcribe a call's channels concurrently (one CTranslate2 worker per channel).
    parallel_channels: bool = True
    # Worker processes sharing this machine's cores (local multi-processing): each takes
    # its share, so N workers do not start N x (channels x cores) threads.
    local_processes: int = 1
    max_duration: float = 4 * 3600.0
    # Where packaged models are assembled; None means $CALLREDACT_MODEL_CACHE or ~/.cache.
    model_cache: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.model, str) or not self.model.strip():
            raise ValueError(
                "--whisper-model is empty: name a model (base, tiny.en) or a directory"
            )
        if self.device not in DEVICES:
            raise ValueError(f"--device {self.device!r} is not one of {', '.join(DEVICES)}")
        if self.compute_type not in COMPUTE_TYPES:
            raise ValueError(
                f"--compute-type {self.compute_type!r} is not one of {', '.join(COMPUTE_TYPES)}"
            )
        self._validate_language()
        if isinstance(self.beam_size, bool) or not isinstance(self.beam_size, int):
            raise ValueError(f"--beam-size must be a whole number, got {self.beam_size!r}")
        if not 1 <= self.beam_size <= MAX_BEAM_SIZE:
            raise ValueError(
                f"--beam-size must be between 1 and {MAX_BEAM_SIZE}, got {self.beam_size}"
            )
        channels = parse_channels(self.channels)
        object.__setattr__(self, "channels", channels)
        if not channels or any(not label for label in channels):
            raise ValueError(
                f"--channels {','.join(channels)!r} has an empty label: give one speaker per "
                "channel, e.g. --channels AGENT,CUSTOMER"
            )
        if len(set(channels)) != len(channels):
            raise ValueError(
                f"--channels {','.join(channels)!r} repeats a label: each channel needs its own "
                "speaker, e.g. --channels AGENT,CUSTOMER"
            )
        if not str(self.mono_speaker).strip():
            raise ValueError("the mono speaker label is empty: use e.g. SPEAKER")
        if isinstance(self.cpu_threads, bool) or not isinstance(self.cpu_threads, int):
            raise ValueError(f"cpu_threads must be a whole number, got {self.cpu_threads!r}")
        if self.cpu_threads < 0:
            raise ValueError(f"cpu_threads must be 0 (automatic) or more, got {self.cpu_threads}")
        if isinstance(self.local_processes, bool) or not isinstance(self.local_processes, int):
            raise ValueError(
                f"local_processes must be a whole number, got {self.local_processes!r}"
            )
        if self.local_processes < 1:
            raise ValueError(f"local_processes must be 1 or more, got {self.local_processes}")
        if not self.max_duration > 0:
            raise ValueError(f"the maximum duration must be positive, got {self.max_duration}")

    def _validate_language(self) -> None:
        if self.language is None:
            return
        language = str(self.language).strip().lower()
        object.__setattr__(self, "language", language)
        if language not in _language_codes():
            raise ValueError(
                f"--language {language!r} is not a Whisper language code: use a two-letter "
                "code such as en, es, de, or leave it unset to detect the language"
            )
        if self.model.endswith(".en") and language != "en":
            raise ValueError(
                f"--whisper-model {self.model} is English-only but --language is {language!r}: "
                "use a multilingual model (base, small) or --language en"
            )

    def speakers_for(self, n_channels: int) -> tuple[str, ...]:
        """The speaker label of each channel of an ``n_channels`` recording."""
        if n_channels == 1:
            return (self.mono_speaker,)
        if n_channels > len(self.channels):
            from pipeline.audio import AudioChannelsError

            raise AudioChannelsError(
                f"the recording has {n_channels} channels but --channels names "
                f"{len(self.channels)}: give one speaker label per channel"
            )
        return self.channels[:n_channels]


def add_transcription_arguments(parser) -> None:
    """The ``run`` flags for transcription; ``settings_from_args`` reads them back."""
    group = parser.add_argument_group("transcription (recordings only)")
    group.add_argument(
        "--whisper-model",
        default=DEFAULT_MODEL,
        help="packaged offline model (base, tiny.en), a faster-whisper model name "
        "(small.en; needs the Hugging Face Hub once) or a CTranslate2 directory "
        f"(default: {DEFAULT_MODEL}; see `callredact models list`)",
    )
    group.add_argument("--device", default="auto", choices=DEVICES)
    group.add_argument(
        "--compute-type",
        default="auto",
        choices=COMPUTE_TYPES,
        help="quantisation (default: auto = int16 on a CPU where available, else int8; "
        "the GPU's own choice on CUDA)",
    )
    group.add_argument("--language", default=None, help="e.g. en; default: detect per call")
    group.add_argument(
        "--beam-size", type=int, default=5, help="1 is faster, 5 (default) is better"
    )
    group.add_argument(
        "--channels",
        default=",".join(DEFAULT_CHANNELS),
        help="speaker of each channel, left first (default: AGENT,CUSTOMER); mono "
        f"recordings are {MONO_SPEAKER}",
    )
    group.add_argument(
        "--no-vad", dest="vad_filter", action="store_false", help="transcribe silence too"
    )
    group.add_argument(
        "--max-audio-seconds",
        type=float,
        default=4 * 3600.0,
        help="longer recordings are dead-lettered as audio_too_long (default: 14400)",
    )
    group.add_argument(
        "--cpu-threads",
        type=int,
        default=0,
        help="CTranslate2 threads per channel; 0 (default) splits this worker's cores",
    )
    group.add_argument(
        "--model-cache",
        default=None,
        help="where packaged models are assembled (default: $CALLREDACT_MODEL_CACHE or "
        "~/.cache/callredact/models)",
    )


def settings_from_args(args) -> TranscriptionSettings:
    """Build (and so validate) the settings from ``add_transcription_arguments`` flags."""
    return TranscriptionSettings(
        model=args.whisper_model,
        device=args.device,
        compute_type=args.compute_type,
        language=args.language,
        beam_size=args.beam_size,
        max_duration=args.max_audio_seconds,
        cpu_threads=args.cpu_threads,
        vad_filter=args.vad_filter,
        channels=args.channels,
        model_cache=args.model_cache,
    )
