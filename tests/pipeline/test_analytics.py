"""The analytics stage: rows, k-anonymity, Parquet, and never a PII value in any cell."""

import json
import logging
import re
from datetime import datetime, timezone
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that, equal_to

from pipeline.analytics import (
    CALLS_SCHEMA,
    OWNED_NAME_PATTERN,
    BuildAnalytics,
    CallRow,
    WriteAnalytics,
    render_data_dictionary,
)
from pipeline.anonymize import PolicyRedactor
from pipeline.anonymize.policy import parse_policy
from pipeline.manifest import Pseudonymizer, ReadManifest, check_manifest
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn, Word
from tests.conftest import direct_test_pipeline
from tests.pipeline.test_anonym_fakes import (
    key_environ,
    pii_heavy_calls,
    policy_document,
    write_manifest_jsonl,
)

ROOT = Path(__file__).resolve().parents[2]
ENV = key_environ()
MIXED = {
    "PERSON": "numbered",
    "EMAIL_ADDRESS": "pseudonym",
    "CREDIT_CARD": "mask",
    "US_SSN": "encrypt",
    "PHONE_NUMBER": "surrogate",
    "ADDRESS": "surrogate",
}


def make_policy(entities=None, default="tag", env=ENV, **extra):
    return parse_policy(policy_document(entities or {}, default=default, **extra), "p.yaml", env)


def run_analytics(out: Path, policy, planted, manifest_rows=None, num_shards=1):
    """Redact the planted calls with ``policy`` and write analytics into ``out``."""
    redactor = PolicyRedactor(policy)
    spec = None
    if manifest_rows is not None:
        spec = check_manifest(str(write_manifest_jsonl(out / "manifest.jsonl", manifest_rows)))
    with direct_test_pipeline() as p:
        inputs = {
            "calls": p | "Calls" >> beam.Create(planted.calls),
            "redacted": p | "Detected" >> beam.Create(planted.detected) | beam.Map(redactor),
        }
        if spec is not None:
            inputs["manifest"] = p | ReadManifest(spec, policy.ids_key, policy.analytics)
        tables = inputs | BuildAnalytics(policy, spec.key_field if spec else None)
        _ = tables | WriteAnalytics(str(out), num_shards, private=policy.reversible)
    return out / "analytics"


def read_table(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


def all_cells(analytics: Path):
    for table in ("calls", "entities"):
        for row in read_table(analytics / table):
            for column, value in row.items():
                yield table, column, json.dumps(value, default=str, ensure_ascii=False)
    yield "k_anonymity", "*", (analytics / "k_anonymity.json").read_text("utf-8")


def blank_call_row(call_id: str, **changes) -> CallRow:
    """A CallRow with every metric empty, for tests of the row-level steps."""
    fields = dict.fromkeys(CallRow.__dataclass_fields__)
    fields.update(
        call_id=call_id,
        below_k=False,
        turns=0,
        agent_turns=0,
        customer_turns=0,
        words=0,
        entities_total=0,
        entity_counts=(),
        redacted_text="",
    )
    return CallRow(**{**fields, **changes})


# --- rows, checked with assert_that -----------------------------------------------------------


def _timed_call():
    words = (
        Word("Hi", 0.0, 0.4),
        Word("I'm", 0.5, 0.8),
        Word("Ana", 1.0, 1.3),
        Word("Ruiz.", 1.4, 1.9),
    )
    turns = (
        Turn("AGENT", "Hello, how can I help?", 0.0, 2.0),
        Turn(
            "Customer",
            "Hi I'm Ana Ruiz.",
            3.0,
            5.0,
            words=tuple(Word(w.text, w.start + 3.0, w.end + 3.0) for w in words),
        ),
        Turn("spk_2", "ok", 4.5, 6.0),
    )
    call = Call(
        "call-42",
        turns,
        source="mem",
        duration=10.0,
        metadata={
            "queue": "billing",
            "agent_id": "AG-77",
            "customer_zip": "94105",
            "customer_age": 52,
            "start_time": "2026-03-04T05:17:33Z",
        },
    )
    return DetectedCall(call, ((), (PiiEntity("PERSON", 7, 15, 0.85, "SpacyRecognizer"),), ()))


def test_build_analytics_rows_on_a_timed_call():
    policy = make_policy(
        {"PERSON": "numbered"}, analytics={"k_anonymity": {"k": 2, "action": "flag"}}
    )
    detected = _timed_call()
    ids = Pseudonymizer(policy.ids_key)
    with direct_test_pipeline() as p:
        inputs = {
            "calls": p | "Calls" >> beam.Create([detected.call]),
            "redacted": p | "Red" >> beam.Create([PolicyRedactor(policy)(detected)]),
        }
        tables = inputs | BuildAnalytics(policy)
        assert_that(
            tables.calls,
            equal_to(
                [
                    CallRow(
                        call_id=ids("call", "call-42"),
                        agent_id=ids("agent", "ag-77"),
                        customer_id=None,
                        start_time=datetime(2026, 3, 4, 5, tzinfo=timezone.utc),
                        customer_zip3="941",
                        customer_age_band="45-54",
                        queue="billing",
                        disposition=None,
                        direction=None,
                        language=None,
                        below_k=True,
                        duration_s=10.0,
                        agent_talk_s=2.0,
                        customer_talk_s=2.0,
                        other_talk_s=1.5,
                        silence_s=5.0,
                        turns=3,
                        agent_turns=1,
                        customer_turns=1,
                        words=10,
                        words_per_minute=109.09,
                        entities_total=1,
                        entity_counts=(("PERSON", 1),),
                        redacted_text=(
                            "AGENT: Hello, how can I help?\nCUSTOMER: Hi I'm <PERSON_1>.\nOTHER: ok"
                        ),
                    )
                ]
            ),
            label="calls",
        )
        assert_that(
            tables.entities
            | beam.Map(
                lambda e: (
                    e.turn,
                    e.speaker_role,
                    e.entity_type,
                    e.start_s,
                    e.end_s,
                    e.time_precision,
                    e.replacement,
                    e.recognizer,
                )
            ),
            equal_to(
                [(1, "customer", "PERSON", 4.0, 4.9, "word", "<PERSON_1>", "SpacyRecognizer")]
            ),
            label="entities",
        )
        assert_that(
            tables.k_report | beam.Map(lambda r: (r["rows"], r["k_achieved"], r["groups_below_k"])),
            equal_to([(1, 1, 1)]),
            label="report",
        )


def test_windowed_inputs_get_one_k_report_per_window():
    """Streaming: calls arrive in windows; k is measured over each window's calls."""
    from apache_beam.transforms.window import FixedWindows, TimestampedValue

    planted = pii_heavy_calls(3)
    policy = make_policy()
    redactor = PolicyRedactor(policy)
    times = {c.call_id: t for c, t in zip(planted.calls, (10, 20, 70), strict=True)}
    with direct_test_pipeline() as p:

        def windowed(label, items, call_id):
            return (
                p
                | f"{label}Create" >> beam.Create(items)
                | f"{label}Stamp" >> beam.Map(lambda x: TimestampedValue(x, times[call_id(x)]))
                | f"{label}Window" >> beam.WindowInto(FixedWindows(60))
            )

        inputs = {
            "calls": windowed("Calls", planted.calls, lambda c: c.call_id),
            "redacted": windowed(
                "Redacted", [redactor(d) for d in planted.detected], lambda c: c.call_id
            ),
        }
        tables = inputs | BuildAnalytics(policy)
        assert_that(
            tables.k_report | beam.Map(lambda r: r["rows"]), equal_to([2, 1]), label="reports"
        )
        assert_that(
            tables.calls | beam.Map(lambda c: c.below_k), equal_to([True] * 3), label="calls"
        )


def test_k_anonymity_suppresses_or_flags_small_groups(tmp_path):
    planted = pii_heavy_calls(6)
    same = {"zip": "94105", "age": 30, "started_at": "2026-03-04T05:10:00"}
    rows = [{**m, **same} for m in planted.manifest[:5]] + [planted.manifest[5]]
    for action in ("suppress", "flag"):
        policy = make_policy(analytics={"k_anonymity": {"k": 5, "action": action}})
        out = tmp_path / action
        out.mkdir()
        calls = read_table(run_analytics(out, policy, planted, rows) / "calls")
        small = [c for c in calls if c["below_k"]]
        assert len(calls) == 6 and len(small) == 1
        assert {c["customer_zip3"] for c in calls if not c["below_k"]} == {"941"}
        if action == "suppress":
            assert small[0]["customer_zip3"] is None and small[0]["start_time"] is None
        else:
            assert small[0]["customer_zip3"] is not None
        report = json.loads((out / "analytics" / "k_anonymity.json").read_text("utf-8"))
        assert (report["k_achieved"], report["rows_below_k"], report["action"]) == (1, 1, action)


# --- no PII value anywhere, for every operator --------------------------------------------------


@pytest.mark.parametrize(
    "entities, default, expect",
    [
        ({}, "tag", r"\[CREDIT_CARD\]"),
        ({}, "numbered", r"<PERSON_2>"),
        ({}, "pseudonym", r"<US_SSN_[0-9a-f]{12}>"),
        ({}, "mask", r"\*\*\*\* \*\*\*\* \*\*\*\* \d{4}"),
        ({}, "encrypt", r"<ENC:EMAIL_ADDRESS:[\w-]+>"),
        ({}, "surrogate", r"@example\.(com|net|org)"),
        (MIXED, "tag", r"<ENC:US_SSN:[\w-]+>.*<EMAIL_ADDRESS_[0-9a-f]{12}>"),
    ],
)
def test_no_pii_value_in_any_cell_for_every_operator(tmp_path, entities, default, expect):
    planted = pii_heavy_calls(6)
    policy = make_policy(entities, default=default)
    analytics = run_analytics(tmp_path, policy, planted, planted.manifest[:4])
    cells = list(all_cells(analytics))
    leaks = [(t, c) for t, c, text in cells for v in planted.values if v in text]
    assert leaks == []
    texts = [row["redacted_text"] for row in read_table(analytics / "calls")]
    assert len(texts) == 6 and all(re.search(expect, t, re.S) for t in texts)
    replacements = {row["replacement"] for row in read_table(analytics / "entities")}
    assert len(read_table(analytics / "entities")) == 6 * 10
    assert all(r and r in " ".join(texts) for r in replacements)
    ids = {row["customer_id"] for row in read_table(analytics / "calls")}
    assert all(i.startswith("u_") for i in ids) and len(ids) == 6


def test_reversible_policies_write_owner_only_files(tmp_path):
    analytics = run_analytics(tmp_path, make_policy({"US_SSN": "encrypt"}), pii_heavy_calls(2))
    for path in analytics.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path


# --- determinism, sharding, ids -------------------------------------------------------------


def _bytes(analytics: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(analytics)): p.read_bytes()
        for p in sorted(analytics.rglob("*"))
        if p.is_file()
    }


def test_same_key_same_bytes_other_key_other_ids(tmp_path):
    planted = pii_heavy_calls(5)
    runs = []
    for name, env in (("a", ENV), ("b", ENV), ("c", key_environ("other"))):
        out = tmp_path / name
        out.mkdir()
        runs.append(
            run_analytics(out, make_policy(MIXED, env=env), planted, planted.manifest, num_shards=2)
        )
    first, second, other = (_bytes(r) for r in runs)
    assert sorted(first) == [
        "calls/calls-00000-of-00002.parquet",
        "calls/calls-00001-of-00002.parquet",
        "entities/entities-00000-of-00002.parquet",
        "entities/entities-00001-of-00002.parquet",
        "k_anonymity.json",
    ]
    assert all(re.match(OWNED_NAME_PATTERN, name.rsplit("/", 1)[-1]) for name in first)
    assert first == second
    ids = {r["call_id"] for r in read_table(runs[0] / "calls")}
    other_ids = {r["call_id"] for r in read_table(runs[2] / "calls")}
    assert len(ids) == 5 and not ids & other_ids
    assert first != other


def test_without_a_pseudonym_key_ids_are_random_per_run(tmp_path):
    planted = pii_heavy_calls(2)
    document = {"version": 1, "default": "tag"}
    ids = []
    for name in ("a", "b"):
        out = tmp_path / name
        out.mkdir()
        policy = parse_policy(document, "p", {})
        assert policy.ids_stable is False
        ids.append(
            {r["call_id"] for r in read_table(run_analytics(out, policy, planted) / "calls")}
        )
    assert len(ids[0]) == 2 and not ids[0] & ids[1]


def test_empty_input_still_writes_every_table(tmp_path):
    from tests.pipeline.test_anonym_fakes import Planted

    analytics = run_analytics(tmp_path, make_policy(), Planted())
    assert read_table(analytics / "calls") == [] and read_table(analytics / "entities") == []
    assert json.loads((analytics / "k_anonymity.json").read_text("utf-8"))["rows"] == 0


# --- the documented schema --------------------------------------------------------------------


def test_data_dictionary_is_current_and_in_the_parquet_schema(tmp_path):
    assert (ROOT / "pipeline" / "ANALYTICS.md").read_text("utf-8") == render_data_dictionary(), (
        "regenerate pipeline/ANALYTICS.md from pipeline.analytics.render_data_dictionary()"
    )
    analytics = run_analytics(tmp_path, make_policy(), pii_heavy_calls(1))
    schema = pq.read_schema(next((analytics / "calls").glob("*.parquet")))
    assert schema.names == CALLS_SCHEMA.names
    assert all(schema.field(n).metadata[b"description"] for n in schema.names)


# --- wired as jobs.py will wire it ------------------------------------------------------------


def _planted_analyzer():
    from tests.pipeline.test_anonym_fakes import PlantedAnalyzer

    return PlantedAnalyzer(pii_heavy_calls(4))


def test_read_detect_redact_analyse_commit_and_query(tmp_path, caplog):
    """The wiring the job uses: transcripts in, committed analytics out, query counts them.

    Our loggers run at DEBUG throughout: none of their records may carry a value.
    """
    caplog.set_level(logging.DEBUG, logger="pipeline")
    from pipeline.analytics import OUTPUT_FOLDERS
    from pipeline.query import execute
    from pipeline.sinks import commit_staged_outputs, new_staging_dir
    from pipeline.transforms import DetectPii, ReadInputs, Redact

    planted = pii_heavy_calls(4)
    records = [
        {
            "call_id": c.call_id,
            "metadata": dict(c.metadata),
            "turns": [
                {"speaker": t.speaker, "text": t.text, "start": t.start, "end": t.end}
                for t in c.turns
            ],
        }
        for c in planted.calls
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    manifest = check_manifest(str(write_manifest_jsonl(tmp_path / "m.jsonl", planted.manifest)))
    policy = make_policy(MIXED)
    out = tmp_path / "out"
    snapshots = []
    for _run in range(2):
        staging = new_staging_dir(str(out))
        with direct_test_pipeline() as p:
            calls, _recordings, _dead = p | ReadInputs(str(tmp_path / "in.jsonl"))
            detected, _ = calls | DetectPii(analyzer_factory=_planted_analyzer)
            redacted, _ = detected | Redact(redactor=PolicyRedactor(policy))
            rows = p | ReadManifest(manifest, policy.ids_key, policy.analytics)
            tables = {"redacted": redacted, "calls": calls, "manifest": rows} | BuildAnalytics(
                policy, manifest.key_field
            )
            _ = tables | WriteAnalytics(staging, 2, private=policy.reversible)
        commit_staged_outputs(
            staging,
            str(out),
            OUTPUT_FOLDERS,
            owned=lambda name: bool(re.match(OWNED_NAME_PATTERN, name)),
        )
        snapshots.append(_bytes(out / "analytics"))
    assert snapshots[0] == snapshots[1] and len(snapshots[0]) == 5
    assert execute(str(out), "select count(*) from calls")[1] == [(4,)]
    _names, rows = execute(
        str(out), "select count(distinct customer_id), min(silence_s) from calls"
    )
    assert rows == [(4, 2.0)]
    assert not [
        v for _t, _c, text in all_cells(out / "analytics") for v in planted.values if v in text
    ]
    assert not [v for v in planted.values if v in caplog.text]
