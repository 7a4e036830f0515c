"""The analytics dataset: ``DIR/analytics/`` Parquet for analysts, never a PII value.

``calls`` has one row per redacted call, ``entities`` one row per replaced span, and
``k_anonymity.json`` reports k over the calls' quasi-identifiers. Ids are keyed
pseudonyms (``pipeline.manifest.Pseudonymizer``); times are generalised; text columns
hold only what the anonymisation policy already published in the redacted transcript.
The column lists below are the documented schema: ``ANALYTICS.md`` is rendered from
them (``render_data_dictionary``) and a test keeps the two equal.

Wiring: ``{"redacted": ..., "calls": ..., "manifest": ...} | BuildAnalytics(policy)``
then ``| WriteAnalytics(staging_dir)``. ``calls`` supplies word timings, word counts and
the transcript's own metadata; ``manifest`` (optional) comes from ``ReadManifest``.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, NamedTuple

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindows

from pipeline.anonymize.files import write_private_bytes_atomically
from pipeline.anonymize.policy import AnalyticsSettings, KAnonymitySettings, Policy
from pipeline.manifest import (
    Pseudonymizer,
    SafeMetadata,
    k_anonymity_report,
    manifest_key,
    qi_values,
    safe_metadata,
)
from pipeline.redaction import merge_spans
from pipeline.schema import Call, RedactedCall, RedactedTurn
from pipeline.sinks import join, shard_of, write_bytes_atomically

ANALYTICS_DIR = "analytics"
TABLES = ("calls", "entities")
K_REPORT = "k_anonymity.json"
PARQUET_TEMPLATE = "{prefix}-{shard:05d}-of-{count:05d}.parquet"
# For jobs.py: the staged folders to commit, subfolders first (commit lists files only).
OUTPUT_FOLDERS = ("analytics/calls", "analytics/entities", "analytics")
OWNED_NAME_PATTERN = r"^(calls|entities)-\d{5}-of-\d{5}\.parquet$|^k_anonymity\.json$"
NAMESPACE = "callredact"

AGENT_LABELS = frozenset({"AGENT", "REP", "REPRESENTATIVE", "OPERATOR", "ADVISOR", "ADVISER"})
CUSTOMER_LABELS = frozenset({"CUSTOMER", "CALLER", "CLIENT", "MEMBER"})


def speaker_role(label: str) -> str:
    """``agent``, ``customer`` or ``other``: raw labels can be names, so only roles leave."""
    upper = label.strip().upper()
    if upper in AGENT_LABELS:
        return "agent"
    if upper in CUSTOMER_LABELS:
        return "customer"
    return "other"


# --- the documented schema -----------------------------------------------------------------

_STRING, _FLOAT, _INT, _BOOL = pa.string(), pa.float64(), pa.int64(), pa.bool_()
_TIME = pa.timestamp("us", tz="UTC")

CALL_COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("call_id", _STRING, "Pseudonymous call id `c_` + 16 hex (keyed HMAC of the input's call "
     "id). Stable across runs when the policy names a pseudonym key; otherwise random per run."),
    ("agent_id", _STRING, "Pseudonymous agent id `a_…` from metadata `agent_id`; null if absent."),
    ("customer_id", _STRING, "Pseudonymous customer id `u_…` from `customer_id`, else from the "
     "phone/ANI's last 10 digits; null if absent."),
    ("start_time", _TIME, "Call start, UTC, truncated to the hour or date (policy "
     "`analytics.start_time`). Quasi-identifier."),
    ("customer_zip3", _STRING, "First 3 digits of the customer's ZIP; `000` for HIPAA "
     "low-population prefixes. Quasi-identifier."),
    ("customer_age_band", _STRING, "Customer age band: <18, 18-24, 25-34, 35-44, 45-54, "
     "55-64, 65-74, 75+. Quasi-identifier."),
    ("queue", _STRING, "Queue from metadata (categorical; withheld if it looks like content)."),
    ("disposition", _STRING, "Disposition from metadata (categorical)."),
    ("direction", _STRING, "inbound/outbound from metadata (categorical)."),
    ("language", _STRING, "Call language (transcript, else metadata)."),
    ("below_k", _BOOL, "True when the row's quasi-identifier group has fewer than k rows; "
     "with action `suppress` its quasi-identifiers are then null."),
    ("duration_s", _FLOAT, "Call duration in seconds (the recording's, else the last turn end)."),
    ("agent_talk_s", _FLOAT, "Seconds of agent speech (sum of turn lengths); null without times."),
    ("customer_talk_s", _FLOAT, "Seconds of customer speech; null without times."),
    ("other_talk_s", _FLOAT, "Seconds of speech by other or unlabelled speakers."),
    ("silence_s", _FLOAT, "Seconds in which nobody speaks (duration minus the union of turns)."),
    ("turns", _INT, "Number of turns."),
    ("agent_turns", _INT, "Turns spoken by the agent."),
    ("customer_turns", _INT, "Turns spoken by the customer."),
    ("words", _INT, "Words spoken (whitespace-separated, counted on the original text)."),
    ("words_per_minute", _FLOAT, "Words per minute of speech (words / total talk time)."),
    ("entities_total", _INT, "Number of PII spans replaced in the call."),
    ("entity_counts", pa.map_(pa.string(), pa.int64()), "PII spans replaced per entity type "
     "(`entity_counts['CREDIT_CARD']`)."),
    ("redacted_text", _STRING, "The redacted conversation, one `ROLE: text` line per turn, "
     "with the policy's replacements (tags, tokens, masks or surrogates)."),
)  # fmt: skip

ENTITY_COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("call_id", _STRING, "Pseudonymous call id (joins `calls.call_id`)."),
    ("turn", _INT, "Turn index in the call, from 0."),
    ("speaker_role", _STRING, "agent, customer or other."),
    ("entity_type", _STRING, "Type of the replaced span (the best-scoring of `types`)."),
    ("types", pa.list_(pa.string()), "Every type detected on the span (overlaps are merged)."),
    ("recognizer", _STRING, "Recognizer that found the best-scoring part."),
    ("score", _FLOAT, "Its confidence score."),
    ("start_s", _FLOAT, "Start of the span in the call, seconds: word-level when the "
     "transcript has word times, else the turn's start; null without times."),
    ("end_s", _FLOAT, "End of the span in seconds (as `start_s`)."),
    ("time_precision", _STRING, "`word`, `turn`, or null when the turn has no times."),
    ("redacted_start", _INT, "Character offset of the replacement in the turn's redacted text."),
    ("redacted_end", _INT, "End offset of the replacement in the turn's redacted text."),
    ("replacement", _STRING, "The text that replaced the value (as in the transcript): "
     "never the value itself."),
)  # fmt: skip


def arrow_schema(columns: Sequence[tuple[str, pa.DataType, str]]) -> pa.Schema:
    return pa.schema(
        [pa.field(name, kind, metadata={"description": doc}) for name, kind, doc in columns]
    )


CALLS_SCHEMA = arrow_schema(CALL_COLUMNS)
ENTITIES_SCHEMA = arrow_schema(ENTITY_COLUMNS)


@dataclass(frozen=True)
class CallRow:
    """One row of ``analytics/calls`` (see CALL_COLUMNS)."""

    call_id: str
    agent_id: str | None
    customer_id: str | None
    start_time: datetime | None
    customer_zip3: str | None
    customer_age_band: str | None
    queue: str | None
    disposition: str | None
    direction: str | None
    language: str | None
    below_k: bool
    duration_s: float | None
    agent_talk_s: float | None
    customer_talk_s: float | None
    other_talk_s: float | None
    silence_s: float | None
    turns: int
    agent_turns: int
    customer_turns: int
    words: int
    words_per_minute: float | None
    entities_total: int
    entity_counts: tuple[tuple[str, int], ...]
    redacted_text: str


@dataclass(frozen=True)
class EntityRow:
    """One row of ``analytics/entities`` (see ENTITY_COLUMNS)."""

    call_id: str
    turn: int
    speaker_role: str
    entity_type: str
    types: tuple[str, ...]
    recognizer: str
    score: float
    start_s: float | None
    end_s: float | None
    time_precision: str | None
    redacted_start: int
    redacted_end: int
    replacement: str


# --- facts from the original call (counts and times only) ----------------------------------


@dataclass(frozen=True)
class TurnFacts:
    """What analytics needs of an original turn: its length, word count, word times."""

    length: int
    words: int
    # (char_start, char_end, start_s, end_s) per ASR word found in the text.
    word_spans: tuple[tuple[int, int, float, float], ...] = ()


@dataclass(frozen=True)
class CallFacts:
    call_id: str
    source: str
    metadata: SafeMetadata
    turns: tuple[TurnFacts, ...] = field(default_factory=tuple)


def turn_facts(text: str, words: Sequence[Any]) -> TurnFacts:
    spans, cursor = [], 0
    for word in words:
        token = word.text.strip()
        at = text.find(token, cursor) if token else -1
        if at >= 0:
            spans.append((at, at + len(token), float(word.start), float(word.end)))
            cursor = at + len(token)
    return TurnFacts(length=len(text), words=len(text.split()), word_spans=tuple(spans))


def call_facts(call: Call, pseudonymize: Pseudonymizer, settings: AnalyticsSettings) -> CallFacts:
    """The counts, times and pseudonymised metadata of a call; none of its text."""
    return CallFacts(
        call_id=call.call_id,
        source=call.source,
        metadata=safe_metadata(call.metadata, pseudonymize, settings),
        turns=tuple(turn_facts(t.text, t.words) for t in call.turns),
    )


# --- rows -----------------------------------------------------------------------------------


def _union_length(intervals: Iterable[tuple[float, float]]) -> float:
    total, end = 0.0, None
    for start, stop in sorted(intervals):
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return total


def _span_times(
    turn: RedactedTurn, facts: TurnFacts | None, start: int, end: int
) -> tuple[float | None, float | None, str | None]:
    if facts is not None:
        hit = [(s, e) for cs, ce, s, e in facts.word_spans if cs < end and ce > start]
        if hit:
            return min(s for s, _ in hit), max(e for _, e in hit), "word"
    if turn.start is not None and turn.end is not None:
        return turn.start, turn.end, "turn"
    return None, None, None


def entity_rows(call_id: str, call: RedactedCall, facts: CallFacts | None) -> list[EntityRow]:
    rows = []
    for index, turn in enumerate(call.turns):
        turn_fact = facts.turns[index] if facts and index < len(facts.turns) else None
        originals = merge_spans(turn.entities, turn_fact.length) if turn_fact is not None else []
        aligned = len(originals) == len(turn.redactions)
        for i, r in enumerate(turn.redactions):
            if aligned:
                start_s, end_s, precision = _span_times(
                    turn, turn_fact, originals[i].start, originals[i].end
                )
            else:
                start_s, end_s, precision = _span_times(turn, None, 0, 0)
            rows.append(
                EntityRow(
                    call_id=call_id,
                    turn=index,
                    speaker_role=speaker_role(turn.speaker),
                    entity_type=r.entity_type,
                    types=tuple(r.types),
                    recognizer=r.recognizer,
                    score=float(r.score),
                    start_s=start_s,
                    end_s=end_s,
                    time_precision=precision,
                    redacted_start=r.start,
                    redacted_end=r.end,
                    replacement=turn.text[r.start : r.end],
                )
            )
    return rows


def call_row(
    call_id: str, call: RedactedCall, facts: CallFacts | None, metadata: SafeMetadata
) -> CallRow:
    roles = [speaker_role(t.speaker) for t in call.turns]
    timed = [(t.start, t.end) for t in call.turns if t.start is not None and t.end is not None]
    talk: dict[str, float] = Counter()
    for role, turn in zip(roles, call.turns, strict=True):
        if turn.start is not None and turn.end is not None:
            talk[role] += turn.end - turn.start
    duration = call.duration
    if duration is None and timed:
        duration = max(end for _, end in timed)
    words = (
        sum(t.words for t in facts.turns) if facts else sum(len(t.text.split()) for t in call.turns)
    )
    total_talk = sum(talk.values())
    counts = Counter(r.entity_type for t in call.turns for r in t.redactions)

    def seconds(role: str) -> float | None:
        return round(talk[role], 3) if timed else None

    return CallRow(
        call_id=call_id,
        agent_id=metadata.agent_id,
        customer_id=metadata.customer_id,
        start_time=metadata.start_time,
        customer_zip3=metadata.customer_zip3,
        customer_age_band=metadata.customer_age_band,
        queue=metadata.queue,
        disposition=metadata.disposition,
        direction=metadata.direction,
        language=call.language or metadata.language,
        below_k=False,
        duration_s=round(duration, 3) if duration is not None else None,
        agent_talk_s=seconds("agent"),
        customer_talk_s=seconds("customer"),
        other_talk_s=seconds("other"),
        silence_s=round(max(duration - _union_length(timed), 0.0), 3)
        if timed and duration is not None
        else None,
        turns=len(call.turns),
        agent_turns=roles.count("agent"),
        customer_turns=roles.count("customer"),
        words=words,
        words_per_minute=round(words / (total_talk / 60.0), 2) if total_talk > 0 else None,
        entities_total=sum(counts.values()),
        entity_counts=tuple(sorted(counts.items())),
        redacted_text="\n".join(
            f"{role.upper()}: {t.text}" for role, t in zip(roles, call.turns, strict=True)
        ),
    )


class _BuildRows(beam.DoFn):
    """Joined (redacted calls, facts, manifest record) → CallRow, tagged EntityRows."""

    def __init__(self, pseudonymize: Pseudonymizer):
        self._pseudonymize = pseudonymize
        self._calls = Metrics.counter(NAMESPACE, "analytics_calls")
        self._duplicates = Metrics.counter(NAMESPACE, "manifest_duplicate_keys")
        self._unmatched = Metrics.counter(NAMESPACE, "analytics_calls_without_manifest_row")

    def process(self, element, has_manifest: bool):
        _, grouped = element
        facts_by_call: dict[tuple[str, str], list[CallFacts]] = {}
        for facts in grouped["facts"]:
            facts_by_call.setdefault((facts.call_id, facts.source), []).append(facts)
        manifest = list(grouped.get("manifest", ()))
        if len(manifest) > 1:
            self._duplicates.inc()  # ambiguous: attach none rather than the wrong one
        for call in sorted(grouped["redacted"], key=lambda c: (c.call_id, c.source)):
            candidates = facts_by_call.get((call.call_id, call.source)) or [None]
            facts = candidates.pop(0) if len(candidates) > 1 else candidates[0]
            metadata = facts.metadata if facts is not None else SafeMetadata()
            if len(manifest) == 1:
                metadata = metadata.overlay(manifest[0])
            elif has_manifest:
                self._unmatched.inc()
            call_id = self._pseudonymize("call", call.call_id)
            self._calls.inc()
            yield call_row(call_id, call, facts, metadata)
            for row in entity_rows(call_id, call, facts):
                yield beam.pvalue.TaggedOutput("entities", row)


class _CountGroups(beam.CombineFn):
    def __init__(self, quasi_identifiers: Sequence[str]):
        self._qis = tuple(quasi_identifiers)

    def create_accumulator(self):
        return Counter()

    def add_input(self, acc, row):
        acc[qi_values(row, self._qis)] += 1
        return acc

    def merge_accumulators(self, accumulators):
        total = Counter()
        for acc in accumulators:
            total.update(acc)
        return total

    def extract_output(self, acc):
        return dict(acc)


def apply_k_anonymity(row: CallRow, groups: dict, settings: KAnonymitySettings) -> CallRow:
    """Mark (and, for ``suppress``, blank the quasi-identifiers of) rows in small groups."""
    if groups.get(qi_values(row, settings.quasi_identifiers), 0) >= settings.k:
        return row
    changes: dict[str, Any] = {"below_k": True}
    if settings.action == "suppress":
        changes.update(dict.fromkeys(settings.quasi_identifiers))
    return replace(row, **changes)


class AnalyticsTables(NamedTuple):
    calls: Any
    entities: Any
    k_report: Any


class BuildAnalytics(beam.PTransform):
    """``{"redacted", "calls"[, "manifest"]}`` → AnalyticsTables(calls, entities, k_report).

    ``manifest_key_field`` is the ``ManifestSpec.key_field`` when a manifest is joined.
    Windowed inputs (streaming) are joined and k-anonymised per window: one report per
    window, k over the calls of that window.
    """

    def __init__(self, policy: Policy, manifest_key_field: str | None = None):
        super().__init__()
        self._pseudonymize = Pseudonymizer(policy.ids_key)
        self._settings = policy.analytics
        self._key_field = manifest_key_field

    def expand(self, inputs):
        key_field, pseudonymize, settings = self._key_field, self._pseudonymize, self._settings
        k = settings.k_anonymity
        joined = {
            "redacted": inputs["redacted"]
            | "KeyRedacted"
            >> beam.Map(lambda c: (manifest_key(c.call_id, c.source, c.audio_path, key_field), c)),
            "facts": inputs["calls"]
            | "CallFacts"
            >> beam.Map(
                lambda c: (
                    manifest_key(c.call_id, c.source, c.audio_path, key_field),
                    call_facts(c, pseudonymize, settings),
                )
            ),
        }
        if "manifest" in inputs:
            joined["manifest"] = inputs["manifest"]
        rows = (
            joined
            | "Join" >> beam.CoGroupByKey()
            | "Rows"
            >> beam.ParDo(_BuildRows(pseudonymize), has_manifest="manifest" in inputs).with_outputs(
                "entities", main="calls"
            )
        )
        count = beam.CombineGlobally(_CountGroups(k.quasi_identifiers))
        if not isinstance(rows.calls.windowing.windowfn, GlobalWindows):
            count = count.without_defaults()  # streaming: k is measured per window
        groups = rows.calls | "CountQiGroups" >> count
        calls = rows.calls | "KAnonymity" >> beam.Map(
            apply_k_anonymity, beam.pvalue.AsSingleton(groups), k
        )
        report = groups | "KReport" >> beam.Map(k_anonymity_report, k)
        return AnalyticsTables(calls, rows.entities, report)


# --- writing ------------------------------------------------------------------------------


def _arrow_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def parquet_bytes(rows: Sequence[Any], schema: pa.Schema) -> bytes:
    """Rows (dataclasses) → Parquet bytes; same rows, same bytes."""
    columns = {name: [_arrow_value(getattr(row, name)) for row in rows] for name in schema.names}
    table = pa.Table.from_pydict(columns, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def _write(path: str, data: bytes, private: bool) -> None:
    if private:
        write_private_bytes_atomically(path, data)
    else:
        write_bytes_atomically(path, data)


class _WriteParquetShard(beam.DoFn):
    def __init__(self, folder, prefix, schema, num_shards, sort_key, private):
        self._folder, self._prefix, self._schema = folder, prefix, schema
        self._num_shards, self._sort_key, self._private = num_shards, sort_key, private

    def process(self, element):
        shard, rows = element
        rows = sorted((r for r in rows if r is not None), key=self._sort_key)
        name = PARQUET_TEMPLATE.format(prefix=self._prefix, shard=shard, count=self._num_shards)
        path = join(self._folder, name)
        _write(path, parquet_bytes(rows, self._schema), self._private)
        yield path


def _calls_order(row: CallRow):
    return (row.call_id,)


def _entities_order(row: EntityRow):
    return (row.call_id, row.turn, row.redacted_start)


class WriteParquet(beam.PTransform):
    """Rows → ``folder/PREFIX-SSSSS-of-NNNNN.parquet``, sharded by call id, sorted.

    Every shard file is written, empty or not, so readers always find the table.
    """

    def __init__(self, folder, prefix, schema, sort_key, num_shards=1, private=False):
        super().__init__()
        if num_shards < 1:
            raise ValueError("--num-shards must be at least 1")
        self._fn = _WriteParquetShard(folder, prefix, schema, num_shards, sort_key, private)
        self._num_shards = num_shards

    def expand(self, rows):
        n = self._num_shards
        every_shard = rows.pipeline | "EveryShard" >> beam.Create([(i, None) for i in range(n)])
        keyed = rows | "AssignShard" >> beam.Map(lambda r: (shard_of(r.call_id, n), r))
        return (
            (keyed, every_shard)
            | "WithEmptyShards" >> beam.Flatten()
            | "GroupByShard" >> beam.GroupByKey()
            | "WriteShard" >> beam.ParDo(self._fn)
        )


class _WriteJson(beam.DoFn):
    def __init__(self, path: str, private: bool):
        self._path, self._private = path, private

    def process(self, record: dict):
        data = (json.dumps(record, indent=2, sort_keys=True) + "\n").encode("utf-8")
        _write(self._path, data, self._private)
        yield self._path


class WriteAnalytics(beam.PTransform):
    """AnalyticsTables → ``analytics/{calls,entities}/*.parquet`` and ``k_anonymity.json``.

    ``private`` (set it to ``policy.reversible``) writes owner-only files: encrypted tokens
    are reversible by whoever holds the key.
    """

    def __init__(self, staging_dir: str, num_shards: int = 1, private: bool = False):
        super().__init__()
        self._root = join(staging_dir, ANALYTICS_DIR)
        self._num_shards = num_shards
        self._private = private

    def expand(self, tables: AnalyticsTables):
        root, n, private = self._root, self._num_shards, self._private
        calls = tables.calls | "WriteCalls" >> WriteParquet(
            join(root, "calls"), "calls", CALLS_SCHEMA, _calls_order, n, private
        )
        entities = tables.entities | "WriteEntities" >> WriteParquet(
            join(root, "entities"), "entities", ENTITIES_SCHEMA, _entities_order, n, private
        )
        report = tables.k_report | "WriteKReport" >> beam.ParDo(
            _WriteJson(join(root, K_REPORT), private)
        )
        return (calls, entities, report) | "Written" >> beam.Flatten()


# --- the data dictionary --------------------------------------------------------------------


def _type_name(kind: pa.DataType) -> str:
    return {
        "string": "string",
        "double": "double",
        "int64": "int64",
        "bool": "boolean",
        "timestamp[us, tz=UTC]": "timestamp (UTC)",
        "map<string, int64>": "map<string, int64>",
        "list<item: string>": "list<string>",
    }.get(str(kind), str(kind))


def render_data_dictionary() -> str:
    """``pipeline/ANALYTICS.md``: the analytics schema, rendered from the column lists."""
    lines = [
        "## Analytics dataset (`DIR/analytics/`)",
        "",
        "Parquet files, one folder per table (`analytics/calls/calls-SSSSS-of-NNNNN.parquet`,",
        "`analytics/entities/entities-SSSSS-of-NNNNN.parquet`) plus `analytics/k_anonymity.json`.",
        "Files are sharded by call id (`--num-shards`), sorted, and written under a temporary",
        "name then renamed; with an `encrypt` operator in the policy they are owner-only (0600).",
        "No column holds a PII value: identifiers are keyed pseudonyms, quasi-identifiers",
        "are generalised, and text columns hold only what the anonymisation policy published",
        'in the redacted transcript. Query them with `callredact query DIR "SQL"`.',
        "",
        "**Ids.** With `keys.pseudonym` in the policy, `call_id`, `agent_id` and `customer_id`",
        "are HMAC-SHA256 pseudonyms under a sub-key of that key: stable across runs, joinable,",
        "and impossible to reverse or brute-force without the key. Without it, a random key",
        "for the run is used (never stored): ids are consistent within the run only and",
        "re-runs write different ids. There is no unkeyed or salted-hash mode: a phone number's",
        "plain hash is recovered by trying every number.",
        "",
    ]
    for title, columns in (("calls", CALL_COLUMNS), ("entities", ENTITY_COLUMNS)):
        lines += [f"### `{title}`", "", "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{n}` | {_type_name(k)} | {d} |" for n, k, d in columns]
        lines.append("")
    lines += [
        "### `k_anonymity.json`",
        "",
        "k-anonymity of `calls` over the policy's quasi-identifiers",
        "(`analytics.k_anonymity.quasi_identifiers`, default `customer_zip3`,",
        "`customer_age_band`, `start_time`): `k` (target), `quasi_identifiers`, `action`,",
        "`rows`, `groups`, `k_achieved` (smallest group before the action), `groups_below_k`,",
        "`rows_below_k`; with `action: suppress` also `k_after_suppression` (the suppressed",
        "rows form one group of nulls) and no values; with `action: flag` also `below_k`,",
        "the small groups' generalised values and sizes (values that are in the data anyway).",
        "",
        "### Metadata and the manifest",
        "",
        "`--manifest FILE` (CSV with a header, or JSONL) adds metadata per call, keyed by a",
        "`call_id` or `file_name` column; it wins over the transcript's `metadata`. Recognised",
        "columns: `agent_id` (`agent`), `customer_id`, `customer_phone` (`ani`, `caller_id`,",
        "`phone`), `customer_zip` (`zip`, `postal_code`), `customer_age` (`age`), `start_time`",
        "(`started_at`, `timestamp`; ISO 8601 or epoch seconds, naive times are UTC), `queue`,",
        "`disposition`, `direction`, `language`. Every other column is dropped.",
        "",
    ]
    return "\n".join(lines)
