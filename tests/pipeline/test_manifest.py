"""Manifest metadata: identifiers pseudonymised, quasi-identifiers generalised, k measured."""

import csv
from datetime import datetime, timezone

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymize.keys import Secret
from pipeline.anonymize.policy import AnalyticsSettings, KAnonymitySettings
from pipeline.manifest import (
    ManifestError,
    Pseudonymizer,
    ReadManifest,
    SafeMetadata,
    age_band,
    check_manifest,
    generalise_time,
    generalise_zip,
    k_anonymity_report,
    manifest_key,
    safe_metadata,
)
from tests.conftest import direct_test_pipeline
from tests.pipeline.test_anonym_fakes import pii_heavy_calls, write_manifest_jsonl

KEY = Secret(b"k" * 32)
SETTINGS = AnalyticsSettings()


@pytest.mark.parametrize(
    "value, expected",
    [
        ("02139", "021"),
        ("02139-4307", "021"),
        (2139, None),
        ("03601", "000"),
        ("8930", None),
        ("89301", "000"),
        (None, None),
        ("abcde", None),
    ],
)
def test_zip_keeps_three_digits_and_zeroes_small_areas(value, expected):
    assert generalise_zip(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (17, "<18"),
        (18, "18-24"),
        ("34", "25-34"),
        (35.9, "35-44"),
        (74, "65-74"),
        (101, "75+"),
        ("n/a", None),
        (None, None),
        (-3, None),
    ],
)
def test_age_bands(value, expected):
    assert age_band(value) == expected


@pytest.mark.parametrize(
    "value, granularity, expected",
    [
        ("2026-03-04T05:17:33", "hour", datetime(2026, 3, 4, 5, tzinfo=timezone.utc)),
        ("2026-03-04T05:17:33-05:00", "hour", datetime(2026, 3, 4, 10, tzinfo=timezone.utc)),
        ("2026-03-04T23:59:00Z", "date", datetime(2026, 3, 4, tzinfo=timezone.utc)),
        (1772601453, "hour", datetime(2026, 3, 4, 5, tzinfo=timezone.utc)),
        ("yesterday", "hour", None),
    ],
)
def test_start_time_is_generalised_in_utc(value, granularity, expected):
    assert generalise_time(value, granularity) == expected


def test_safe_metadata_pseudonymises_ids_and_drops_unknown_columns():
    pseudonymize = Pseudonymizer(KEY)
    raw = {
        "agent": "AG-20931",
        "ANI": "+1 (617) 555-0134",
        "zip": "02139",
        "age": "41",
        "queue": "billing",
        "notes": "Called about 4111 1111 1111 1111",
        "disposition": "x@y",
        "started_at": "2026-03-04T05:17:33",
    }
    meta = safe_metadata(raw, pseudonymize, SETTINGS)
    assert meta.agent_id == pseudonymize("agent", "ag-20931")
    assert meta.customer_id == pseudonymize("customer", "phone:6175550134")
    assert safe_metadata({"phone": "617-555-0134"}, pseudonymize, SETTINGS).customer_id == (
        meta.customer_id
    )
    assert (meta.customer_zip3, meta.customer_age_band, meta.queue) == ("021", "35-44", "billing")
    assert meta.disposition is None  # looks like content: withheld
    assert Pseudonymizer(Secret(b"z" * 32))("agent", "ag-20931") != meta.agent_id
    assert "20931" not in repr(meta) and "0134" not in repr(meta)


def test_overlay_prefers_the_manifest():
    base = SafeMetadata(queue="a", language="en")
    assert base.overlay(SafeMetadata(queue="b")) == SafeMetadata(queue="b", language="en")


def test_manifest_key_by_call_id_or_file_name():
    assert manifest_key("c1", "in/x.jsonl", None, "call_id") == "c1"
    assert manifest_key("c1", "in/x.json", "gs://b/audio/rec 1.wav", "file_name") == "rec 1.wav"
    assert manifest_key("c1", "in/x.json", None, None) == "c1\x00in/x.json"


def test_check_manifest_finds_the_key_column(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("File_Name,agent\nrec1.wav,A1\n", "utf-8")
    assert check_manifest(str(path)).key_field == "file_name"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("m.txt", "call_id\n", "use a .csv"),
        ("m.csv", "agent,zip\nA,02139\n", "no 'call_id' or 'file_name' column"),
        ("m.jsonl", "[1, 2]\n", "line 1: not a JSON object"),
    ],
)
def test_bad_manifests_fail_before_the_pipeline(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(ManifestError, match=message):
        check_manifest(str(path))


def test_missing_manifest_says_to_check_the_option(tmp_path):
    with pytest.raises(ManifestError, match="check --manifest"):
        check_manifest(str(tmp_path / "absent.csv"))


def test_read_manifest_csv_and_jsonl(tmp_path):
    planted = pii_heavy_calls(3)
    jsonl = write_manifest_jsonl(tmp_path / "m.jsonl", planted.manifest + [{"call_id": ""}])
    with (tmp_path / "m.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(planted.manifest[0]))
        writer.writeheader()
        writer.writerows(planted.manifest)
    pseudonymize = Pseudonymizer(KEY)
    expected = [
        (row["call_id"], safe_metadata(row, pseudonymize, SETTINGS)) for row in planted.manifest
    ]
    for path in (jsonl, tmp_path / "m.csv"):
        with direct_test_pipeline() as p:
            rows = p | ReadManifest(check_manifest(str(path)), KEY, SETTINGS)
            assert_that(rows, equal_to(expected))
    assert all(m.customer_id and m.customer_id.startswith("u_") for _, m in expected)
    assert all(m.disposition == "resolved" for _, m in expected)


def test_k_anonymity_report_suppress_gives_counts_only():
    groups = {("021", "25-34", "t1"): 6, ("021", "35-44", "t1"): 2, ("945", "75+", "t2"): 1}
    report = k_anonymity_report(groups, KAnonymitySettings(k=5, action="suppress"))
    assert report["k_achieved"] == 1 and report["groups_below_k"] == 2
    assert report["rows"] == 9 and report["rows_below_k"] == 3
    assert report["k_after_suppression"] == 3  # the suppressed rows form one group of 3
    assert "945" not in repr(report)


def test_k_anonymity_report_flag_lists_small_groups():
    groups = {("021", "25-34", "t1"): 6, ("945", "75+", "t2"): 1}
    report = k_anonymity_report(groups, KAnonymitySettings(k=2, action="flag"))
    assert report["below_k"] == [
        {
            "values": {"customer_zip3": "945", "customer_age_band": "75+", "start_time": "t2"},
            "rows": 1,
        }
    ]
    assert report["k_achieved"] == 1


def test_read_manifest_skips_invalid_lines(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text('{"call_id": "a", "queue": "q"}\n{oops\n[1]\n{"call_id": "b"}\n', "utf-8")
    with direct_test_pipeline() as p:
        rows = p | ReadManifest(check_manifest(str(path)), KEY, SETTINGS)
        assert_that(
            rows | beam.Map(lambda kv: (kv[0], kv[1].queue)), equal_to([("a", "q"), ("b", None)])
        )


@settings(max_examples=80, deadline=None)
@given(
    zips=st.lists(st.sampled_from(["021", "945", "100", None]), min_size=0, max_size=30),
    k=st.integers(2, 6),
    action=st.sampled_from(["suppress", "flag"]),
)
def test_k_anonymity_report_and_rows_agree(zips, k, action):
    """Whatever the data: the report's counts match the rows the action marks, and after
    suppression every row with quasi-identifiers is in a group of at least k."""
    from collections import Counter

    from pipeline.analytics import apply_k_anonymity
    from tests.pipeline.test_analytics import blank_call_row

    settings_ = KAnonymitySettings(k=k, quasi_identifiers=("customer_zip3",), action=action)
    rows = [blank_call_row(f"c{i}", customer_zip3=z) for i, z in enumerate(zips)]
    groups = Counter((r.customer_zip3,) for r in rows)
    report = k_anonymity_report(dict(groups), settings_)
    out = [apply_k_anonymity(r, dict(groups), settings_) for r in rows]
    assert report["rows"] == len(rows)
    assert report["rows_below_k"] == sum(r.below_k for r in out)
    if action == "suppress":
        kept = Counter(r.customer_zip3 for r in out if r.customer_zip3 is not None)
        assert all(n >= k for n in kept.values())
        assert all(r.customer_zip3 is None for r in out if r.below_k)
    else:
        assert [r.customer_zip3 for r in out] == zips
