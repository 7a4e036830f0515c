"""Recordings in: a file pattern becomes ``Call`` records that carry only an ``audio_path``.

The call id is the file name without its extension (``calls/2024-06-01_0042.flac`` →
``2024-06-01_0042``); a manifest may override it later, in ingest.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import apache_beam as beam
from apache_beam.io import fileio

from pipeline.audio import AUDIO_EXTENSIONS, is_audio_path
from pipeline.schema import Call


def recording_to_call(
    path: str, call_id: str | None = None, metadata: Mapping[str, Any] | None = None
) -> Call:
    """A ``Call`` with no turns yet, pointing at its recording."""
    name = os.path.basename(path.rstrip("/"))
    stem = os.path.splitext(name)[0]
    if not (call_id or stem):
        raise ValueError(f"cannot derive a call id from {path!r}: name the file or pass call_id")
    return Call(
        call_id=call_id or stem,
        turns=(),
        source=path,
        metadata=dict(metadata or {}),
        audio_path=path,
    )


class ReadRecordings(beam.PTransform):
    """``pipeline | ReadRecordings("in/*.flac")`` → ``PCollection[Call]`` to transcribe.

    Only files with an audio extension (``pipeline.audio.AUDIO_EXTENSIONS``) are kept, so a
    mixed folder's transcripts are left to the transcript reader.
    """

    def __init__(self, file_pattern: str, extensions: tuple[str, ...] = AUDIO_EXTENSIONS):
        super().__init__()
        if not file_pattern:
            raise ValueError("no input pattern: pass --input with a glob such as 'calls/*.wav'")
        self._pattern = file_pattern
        self._extensions = tuple(ext.lower() for ext in extensions)

    def expand(self, pbegin):
        extensions = self._extensions
        return (
            pbegin
            | "MatchRecordings" >> fileio.MatchFiles(self._pattern)
            | "KeepAudioFiles"
            >> beam.Filter(lambda m: os.path.splitext(m.path)[1].lower() in extensions)
            | "RecordingToCall" >> beam.Map(lambda m: recording_to_call(m.path))
        )


__all__ = ["AUDIO_EXTENSIONS", "ReadRecordings", "is_audio_path", "recording_to_call"]
