"""The streaming sources: which files are ready, and GCS notifications → paths."""

from __future__ import annotations

import json

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.stream_sources import (
    LandedFile,
    ReadGcsNotifications,
    WatchSpec,
    is_temporary_name,
    landed_file_from_notification,
    list_folder,
    polling_deadline,
    ready_files,
    stop_requested,
)


@pytest.mark.parametrize(
    "path, temporary",
    [
        ("in/call-1.jsonl", False),
        ("in/call-1.json", False),
        ("gs://bucket/calls/rec.wav", False),
        ("in/call-1.jsonl.tmp", True),
        ("in/call-1.JSONL.PART", True),
        ("in/rec.wav.crdownload", True),
        ("in/.call-1.jsonl", True),  # hidden: rsync, our own writer
        ("in/.call-1.jsonl.tmp-0a1b2c", True),
        ("in/call-1.jsonl~", True),
        ("in/~$call.json", True),
        ("gs://bucket/calls/rec.wav_.gstmp", True),
        ("in/partial_results.json", False),  # "part" inside a name is not a suffix
    ],
)
def test_temporary_names(path, temporary):
    assert is_temporary_name(path) is temporary


NOW = 1_000.0


@pytest.mark.parametrize(
    "landed, previous, settle, ready",
    [
        # stable since the last poll and old enough
        (LandedFile("a.jsonl", 10, 990.0), {"a.jsonl": (10, 990.0)}, 2.0, True),
        # first sight: wait one poll to see that it stopped changing
        (LandedFile("a.jsonl", 10, 990.0), {}, 2.0, False),
        # grew since the last poll
        (LandedFile("a.jsonl", 20, 999.5), {"a.jsonl": (10, 999.0)}, 0.1, False),
        # same size, touched again
        (LandedFile("a.jsonl", 10, 999.9), {"a.jsonl": (10, 999.0)}, 0.05, False),
        # unchanged but modified too recently
        (LandedFile("a.jsonl", 10, 999.5), {"a.jsonl": (10, 999.5)}, 2.0, False),
        # a temporary name is never ready
        (LandedFile("a.jsonl.part", 10, 900.0), {"a.jsonl.part": (10, 900.0)}, 2.0, False),
        # settle 0: read on first sight
        (LandedFile("a.jsonl", 10, 1000.0), {}, 0.0, True),
    ],
)
def test_ready_files(landed, previous, settle, ready):
    assert ready_files([landed], previous, NOW, settle) == ([landed] if ready else [])


def test_list_folder_lists_files_not_folders(tmp_path):
    (tmp_path / "a.jsonl").write_text("{}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("{}\n")
    [landed] = list_folder(str(tmp_path))
    assert (landed.path, landed.size) == (str(tmp_path / "a.jsonl"), 3)


def test_stop_requested_by_deadline_or_stop_file(tmp_path):
    stop = tmp_path / "stop"
    spec = WatchSpec(str(tmp_path), stop_file=str(stop))
    assert not stop_requested(spec, NOW, NOW + 5)
    assert stop_requested(spec, NOW + 5, NOW + 5)
    assert not stop_requested(spec, NOW + 5, None)
    stop.write_text("")
    assert stop_requested(spec, NOW, None)


@pytest.mark.parametrize(
    "deadline, segment, first_poll, polls, settle, expected",
    [
        # the run's deadline passed before this pipeline polled twice: poll on regardless
        (NOW - 30, None, None, 0, 2.0, None),
        (NOW - 30, None, NOW, 1, 2.0, None),
        (NOW - 30, None, NOW, 2, 2.0, NOW - 30),
        # without settling one poll reads a file
        (NOW - 30, None, NOW, 1, 0.0, NOW - 30),
        # a segment counts from its first poll, not from when the pipeline was launched
        (None, 8.0, NOW, 2, 2.0, NOW + 8),
        (NOW + 5, 8.0, NOW, 2, 2.0, NOW + 5),
        (NOW + 30, 8.0, NOW, 3, 2.0, NOW + 8),
        (None, None, NOW, 9, 2.0, None),
    ],
)
def test_polling_deadline(deadline, segment, first_poll, polls, settle, expected):
    spec = WatchSpec("in", settle_seconds=settle, deadline=deadline, segment_seconds=segment)
    assert polling_deadline(spec, first_poll, polls) == expected


def test_a_file_version_key_changes_with_size_mtime_and_generation():
    base = LandedFile("gs://b/a.wav", 10, 5.0, "1")
    variants = [
        LandedFile("gs://b/a.wav", 11, 5.0, "1"),
        LandedFile("gs://b/a.wav", 10, 6.0, "1"),
        LandedFile("gs://b/a.wav", 10, 5.0, "2"),
        LandedFile("gs://b/b.wav", 10, 5.0, "1"),
    ]
    assert len({base.key, *(v.key for v in variants)}) == 5
    assert base.key == LandedFile("gs://b/a.wav", 10, 5.0, "1").key


def _attributes(**overrides):
    attributes = {
        "eventType": "OBJECT_FINALIZE",
        "bucketId": "calls-landing",
        "objectId": "2026/11/28/call-0001.wav",
        "objectGeneration": "1764350000123456",
        "payloadFormat": "JSON_API_V1",
        "eventTime": "2026-11-28T17:51:44.120Z",
    }
    attributes.update(overrides)
    return {k: v for k, v in attributes.items() if v is not None}


PAYLOAD = json.dumps(
    {"size": "48213", "updated": "2026-11-28T17:51:44.000Z", "generation": "1764350000123456"}
).encode()


def test_finalize_notification_becomes_a_gs_path_with_its_version():
    landed = landed_file_from_notification(PAYLOAD, _attributes())
    assert landed == LandedFile(
        "gs://calls-landing/2026/11/28/call-0001.wav", 48213, 1795888304.0, "1764350000123456"
    )


@pytest.mark.parametrize(
    "data, attributes, prefixes",
    [
        (PAYLOAD, _attributes(eventType="OBJECT_DELETE"), ()),
        (PAYLOAD, _attributes(eventType="OBJECT_METADATA_UPDATE"), ()),
        (PAYLOAD, _attributes(eventType="OBJECT_ARCHIVE"), ()),
        (PAYLOAD, _attributes(bucketId=None), ()),
        (PAYLOAD, _attributes(objectId=None), ()),
        (PAYLOAD, _attributes(objectId="2026/11/28/"), ()),  # a "folder" placeholder
        (PAYLOAD, _attributes(objectId="2026/call-0001.wav.part"), ()),
        (PAYLOAD, _attributes(), ("gs://calls-landing/other/",)),
        (PAYLOAD, _attributes(), ("gs://another-bucket/",)),
    ],
)
def test_notifications_that_are_not_inputs_are_ignored(data, attributes, prefixes):
    assert landed_file_from_notification(data, attributes, prefixes) is None


def test_notification_without_payload_uses_attributes():
    landed = landed_file_from_notification(
        b"", _attributes(payloadFormat="NONE"), ("gs://calls-landing/2026/",)
    )
    assert landed == LandedFile(
        "gs://calls-landing/2026/11/28/call-0001.wav", 0, 1795888304.12, "1764350000123456"
    )


def test_malformed_payload_is_tolerated():
    landed = landed_file_from_notification(b"\xff{not json", _attributes())
    assert landed is not None and landed.size == 0


def test_read_gcs_notifications_builds_a_pubsub_read_and_checks_the_subscription():
    with pytest.raises(ValueError, match="projects/PROJECT/subscriptions/NAME"):
        ReadGcsNotifications("calls-landing-sub")
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FnApiRunner", "--streaming"]))
    files = pipeline | ReadGcsNotifications("projects/acme-cc/subscriptions/calls-landing")
    labels = {t.full_label for t in pipeline.transforms_stack[0].parts}
    assert files.element_type is not None
    assert any("ReadGcsNotifications" in label for label in labels)
