"""The stream's per-call outputs beyond the redacted record: masked audio and analytics rows.

``RedactAndWriteCallFn`` (used by ``pipeline.streaming`` when audio redaction or analytics
is on) takes one ``DetectedCall`` and, in this order:

1. redacts its text with the policy's redactor and plans the audio masks (the batch
   ``RedactAudio`` stage's own per-call step, ``pipeline.redact_audio``);
2. builds the call's analytics rows and encodes them as Parquet (pure, nothing written:
   ``pipeline.analytics``' row builders, the batch code);
3. masks the recording and writes ``OUT/audio/<call_id>.flac`` (temporary name, then
   rename), verified by reading it back;
4. writes ``OUT/analytics/calls/<safe-call-id>.parquet`` and
   ``OUT/analytics/entities/<safe-call-id>.parquet`` (hidden temporary name, then an
   atomic rename, so a ``callredact query`` running meanwhile sees whole files only);
5. hands the redacted call (with ``audio_redactions``) to the record writer, which writes
   ``OUT/redacted/<safe-call-id>.jsonl`` and then the ledger marker.

So a call is done only when its audio and analytics are safely written. Fail closed: if
any of steps 1-3 fails the call becomes a dead letter (``redaction_failed``,
``audio_redaction_failed`` or ``analytics_failed``) and none of its outputs is written.
An I/O error while writing (a full disk) stops the stream instead; the ledger has no
marker for the call, so the next run redoes it and rewrites the same files.

**k-anonymity over a stream.** k is a property of a whole table, and a per-call file is
written before the calls that would share its group have landed, so the stream does not
compute it: ``below_k`` is null ("not measured") in stream rows. With the policy's
``analytics.k_anonymity.action: suppress`` (the default) the quasi-identifier columns are
withheld (null) in every stream row, because a row cannot be shown to be in a group of k
when it is written; with ``action: flag`` they are published and k is measured over the
accumulated output with ``callredact query`` (see docs/RUNNING_AT_SCALE.md), or by a
batch run over the same inputs, which applies the policy's action.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterator, Sequence

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipeline.analytics import (
    ANALYTICS_DIR,
    CALLS_SCHEMA,
    ENTITIES_SCHEMA,
    CallRow,
    EntityRow,
    call_facts,
    call_row,
    entity_rows,
    parquet_bytes,
)
from pipeline.anonymize.policy import KAnonymitySettings, Policy
from pipeline.audio_redaction import AudioRedactionSettings
from pipeline.manifest import Pseudonymizer
from pipeline.redact_audio import DEAD_LETTER_TAG, MaskAndWriteAudioFn, RedactAndPlanFn
from pipeline.schema import Call, DeadLetter, DetectedCall, RedactedCall
from pipeline.sinks import join
from pipeline.stream_ledger import commit_file, safe_name
from pipeline.transforms import DEAD

log = logging.getLogger(__name__)

ANALYTICS_FAILED = "analytics_failed"
NAMESPACE = "callredact"
# No audio is written (transcript-only streams, or audio redaction switched off).
NO_AUDIO = AudioRedactionSettings(mode="none")


def without_k(row: CallRow, settings: KAnonymitySettings) -> CallRow:
    """A stream row: k not measured (``below_k`` null); with ``suppress`` the
    quasi-identifiers are withheld, since no group of k can be shown at write time."""
    changes: dict = {"below_k": None}
    if settings.action == "suppress":
        changes.update(dict.fromkeys(settings.quasi_identifiers))
    return dataclasses.replace(row, **changes)


@dataclasses.dataclass(frozen=True)
class StreamAnalytics:
    """Builds one call's ``calls`` row and ``entities`` rows with the batch row builders.

    The policy supplies the pseudonym key (stable ids when it names ``keys.pseudonym``;
    otherwise the run's random key, the same across the run's segments) and the
    analytics settings. No manifest join: metadata comes from the transcript."""

    policy: Policy

    def rows(
        self, original: Call, redacted: RedactedCall, pseudonymize: Pseudonymizer
    ) -> tuple[CallRow, list[EntityRow]]:
        settings = self.policy.analytics
        facts = call_facts(original, pseudonymize, settings)
        call_id = pseudonymize("call", redacted.call_id)
        row = call_row(call_id, redacted, facts, facts.metadata)
        entities = sorted(
            entity_rows(call_id, redacted, facts), key=lambda r: (r.turn, r.redacted_start)
        )
        return without_k(row, settings.k_anonymity), entities

    def files(
        self, output_dir: str, original: Call, redacted: RedactedCall, pseudonymize: Pseudonymizer
    ) -> dict[str, bytes]:
        """``{path: parquet bytes}`` for the call's two analytics files."""
        row, entities = self.rows(original, redacted, pseudonymize)
        name = f"{safe_name(redacted.call_id)}.parquet"
        root = join(output_dir, ANALYTICS_DIR)
        return {
            join(root, "calls", name): parquet_bytes([row], CALLS_SCHEMA),
            join(root, "entities", name): parquet_bytes(entities, ENTITIES_SCHEMA),
        }


def _write_file(path: str, data: bytes, private: bool) -> None:
    """Write a whole file at ``path`` (a temporary name ``commit_file`` renames);
    ``private``: owner-only (0600), for policies whose outputs hold reversible tokens."""
    if "://" in path:
        with FileSystems.create(path) as handle:
            handle.write(data)
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _dead(call: Call, reason: str, message: str, stage: str) -> DeadLetter:
    return DeadLetter(call.source, reason, message, call.line, call.call_id, stage=stage)


class RedactAndWriteCallFn(beam.DoFn):
    """``DetectedCall`` → its audio and analytics written → the ``RedactedCall`` (main
    output, for the record writer) or a dead letter (``DEAD``) with nothing written."""

    def __init__(
        self,
        output_dir: str,
        kept_metadata: Sequence[str],
        redactor,
        audio: AudioRedactionSettings | None,
        analytics: StreamAnalytics | None,
    ):
        self._output_dir = output_dir
        audio = audio or NO_AUDIO
        self._plan = RedactAndPlanFn(audio, kept_metadata, redactor)
        self._mask = MaskAndWriteAudioFn(audio, output_dir)
        self._analytics = analytics
        self._private = analytics is not None and analytics.policy.reversible
        self._analytics_failed = Metrics.counter(NAMESPACE, "analytics_failed")
        self._pseudonymize: Pseudonymizer | None = None

    def setup(self):
        if self._analytics is not None:
            self._pseudonymize = Pseudonymizer(self._analytics.policy.ids_key)

    @staticmethod
    def _split(outputs) -> tuple[list, list[DeadLetter]]:
        main, dead = [], []
        for out in outputs:
            if isinstance(out, beam.pvalue.TaggedOutput) and out.tag == DEAD_LETTER_TAG:
                dead.append(out.value)
            else:
                main.append(out)
        return main, dead

    def process(self, detected: DetectedCall) -> Iterator:
        call = detected.call
        planned, dead = self._split(self._plan.process(detected))
        if dead:
            yield from (beam.pvalue.TaggedOutput(DEAD, d) for d in dead)
            return
        [plan] = planned
        files: dict[str, bytes] = {}
        if self._analytics is not None:
            try:
                files = self._analytics.files(
                    self._output_dir, call, plan.redacted, self._pseudonymize
                )
            except Exception as e:  # noqa: BLE001 - fail closed: no output for this call
                self._analytics_failed.inc()
                log.warning("call %s: analytics rows failed (%s)", call.call_id, type(e).__name__)
                message = f"{type(e).__name__} (details withheld: may contain content)"
                yield beam.pvalue.TaggedOutput(
                    DEAD, _dead(call, ANALYTICS_FAILED, message, "analytics")
                )
                return
        masked, dead = self._split(self._mask.process(plan))
        if dead:
            yield from (beam.pvalue.TaggedOutput(DEAD, d) for d in dead)
            return
        [redacted] = masked
        for path, data in files.items():
            commit_file(path, lambda tmp, data=data: _write_file(tmp, data, self._private))
        yield redacted
