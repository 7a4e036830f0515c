"""Logging for the CLI: one stderr handler, quiet third-party loggers, no content.

Our own log calls only ever format ids, counts, durations and entity types. Third-party
libraries are held at WARNING even under ``--log-level DEBUG``, because their debug
output quotes content (Presidio logs the context words around every match, Beam can
log elements). ``--log-level`` therefore tunes callredact's own loggers only.
"""

from __future__ import annotations

import logging
import sys

OWN_LOGGERS = ("callredact", "pipeline", "recognizers", "models")
THIRD_PARTY = (
    "apache_beam",
    "faster_whisper",
    "urllib3",
    "filelock",
    "huggingface_hub",
    "tldextract",
    "numexpr",
    "ctranslate2",
    "spacy",
    "presidio-anonymizer",
)
# Presidio warns about every non-English recognizer it skips: not actionable for users.
VERY_NOISY = ("presidio-analyzer", "presidio_analyzer")
_IMPORT_NOISE = ("apitools not found", "Resource module is not available")


class _DropKnownNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not any(noise in message for noise in _IMPORT_NOISE)


def configure_logging(level: str = "INFO") -> None:
    """Install the stderr handler at ``level`` for our loggers, WARNING for the rest."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown --log-level {level!r}: use DEBUG, INFO, WARNING or ERROR")
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_DropKnownNoise())
    root.addHandler(handler)
    root.setLevel(max(numeric, logging.WARNING))
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(numeric)
    for name in THIRD_PARTY:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
    for name in VERY_NOISY:
        logging.getLogger(name).setLevel(max(numeric, logging.ERROR))
