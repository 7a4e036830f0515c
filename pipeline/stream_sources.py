"""Unbounded sources for ``callredact stream``: a watched folder locally, Pub/Sub on Dataflow.

Both produce the same typed element, a ``LandedFile`` (path, size, modification time and
object generation), so everything downstream is one code path.

``WatchFolder`` is a splittable DoFn rather than ``fileio.MatchContinuously`` because a
stream must stop *gracefully* on request: each poll checks the deadline and a stop file,
and when either says stop the source finishes, the runner drains what is in flight and
the job ends normally. It also waits out its poll interval itself: the local FnApiRunner
resumes deferred work at once, which makes ``PeriodicImpulse``-based sources spin (a busy
core, memory growing ~10 MB/s, measured on Beam 2.77). Like
``MatchContinuously(has_deduplication=False)`` it re-emits every ready file on every
poll; the keyed-state dedupe downstream makes processing exactly once.

A file is *ready* when its name is not a temporary one (``*.tmp``, ``*.part``, ``.*``,
...), its modification time is at least ``settle_seconds`` old, and its size and mtime
did not change since the previous poll: a file still being written is not read early.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.transforms.core import RestrictionProvider
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Duration, Timestamp

log = logging.getLogger(__name__)

# Suffixes that browsers, rsync, scp, gsutil and editors use while a file is incomplete.
TEMPORARY_SUFFIXES = (
    ".tmp",
    ".temp",
    ".part",
    ".partial",
    ".crdownload",
    ".download",
    ".filepart",
    ".swp",
    "~",
)
# Our own atomic writer (pipeline.sinks) and gsutil's parallel uploads put these mid-name.
TEMPORARY_MARKERS = (".tmp-", ".gstmp", "_.gstmp")
GCS_FINALIZE = "OBJECT_FINALIZE"
_MAX_POLLS = 2**62


def is_temporary_name(path: str) -> bool:
    """True for names that writers use while a file is incomplete, and for hidden files."""
    name = posixpath.basename(path.rstrip("/"))
    lower = name.lower()
    return (
        not name
        or name.startswith((".", "~$"))
        or lower.endswith(TEMPORARY_SUFFIXES)
        or any(marker in lower for marker in TEMPORARY_MARKERS)
    )


@dataclass(frozen=True)
class LandedFile:
    """A file that arrived: where it is and which version of it (size, mtime, generation)."""

    path: str
    size: int
    mtime: float
    generation: str = ""

    @property
    def key(self) -> str:
        """Identity of this version of this file: the ledger and dedupe key.

        A file replaced in place (new size, mtime or GCS generation) is a new input."""
        raw = f"{self.path}\x00{self.size}\x00{self.mtime:.6f}\x00{self.generation}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class WatchSpec:
    """What to poll, how often, and when to stop.

    ``deadline`` (epoch seconds) ends the whole run (``--stop-after``); ``segment_seconds``
    ends this pipeline, counted from its first poll and not from its launch, because
    loading the analyzer can take longer than a short segment (a segment timed from
    launch once ended before it had polled at all, on a slow machine, and read nothing)."""

    folder: str
    poll_interval: float = 1.0
    settle_seconds: float = 2.0
    deadline: float | None = None
    stop_file: str | None = None
    segment_seconds: float | None = None


def ready_files(
    listing: Iterable[LandedFile],
    previous: Mapping[str, tuple[int, float]],
    now: float,
    settle_seconds: float,
) -> list[LandedFile]:
    """The files of one poll that may be read now (see the module docstring)."""
    ready = []
    for landed in listing:
        if is_temporary_name(landed.path) or now - landed.mtime < settle_seconds:
            continue
        if settle_seconds > 0 and previous.get(landed.path) != (landed.size, landed.mtime):
            continue  # first sight, or it changed since the previous poll
        ready.append(landed)
    return ready


def list_folder(folder: str) -> list[LandedFile]:
    """Files directly in ``folder`` (not recursive), for local paths and ``gs://`` alike."""
    pattern = posixpath.join(folder, "*") if "://" in folder else os.path.join(folder, "*")
    try:
        metadata = FileSystems.match([pattern])[0].metadata_list
    except Exception as e:  # noqa: BLE001 - Beam raises its own error types per filesystem
        log.warning("could not list the watched folder (%s); retrying next poll", type(e).__name__)
        return []
    files = []
    for m in metadata:
        if "://" not in m.path and os.path.isdir(m.path):
            continue
        files.append(LandedFile(m.path, int(m.size_in_bytes), float(m.last_updated_in_seconds)))
    return files


class _PollRestrictionProvider(RestrictionProvider):
    """One offset per poll; the range is effectively endless, the DoFn decides to stop."""

    def initial_restriction(self, element):
        return OffsetRange(0, _MAX_POLLS)

    def create_tracker(self, restriction):
        return OffsetRestrictionTracker(restriction)

    def restriction_size(self, element, restriction):
        return 1

    def truncate(self, element, restriction):
        return None  # on drain, stop polling at once


def polling_deadline(spec: WatchSpec, first_poll: float | None, polls: int) -> float | None:
    """When this pipeline stops polling: the run's deadline or its segment's end, whichever
    comes first, but none before it has polled often enough to read a file that had
    already settled (twice: readiness compares two polls), however late it started."""
    if polls < (2 if spec.settle_seconds > 0 else 1):
        return None
    ends = [spec.deadline]
    if spec.segment_seconds is not None and first_poll is not None:
        ends.append(first_poll + spec.segment_seconds)
    return min((end for end in ends if end is not None), default=None)


def stop_requested(spec: WatchSpec, now: float, deadline: float | None) -> bool:
    """The stop file always stops; ``deadline`` (from ``polling_deadline``) once reached."""
    if deadline is not None and now >= deadline:
        return True
    return spec.stop_file is not None and FileSystems.exists(spec.stop_file)


_POLL_RESTRICTION = beam.DoFn.RestrictionParam(_PollRestrictionProvider())
_POLL_WATERMARK = beam.DoFn.WatermarkEstimatorParam(ManualWatermarkEstimator.default_provider())


class _PollFolderFn(beam.DoFn):
    """Each resumption is one poll: emit ready files, then defer ``poll_interval``.

    The FnApiRunner (Beam 2.77) resumes a deferred restriction at once instead of after
    the requested delay, which turns any deferring source into a busy loop (one core and
    ~10 MB/s of memory, measured). So the DoFn itself waits out what is left of the
    interval before polling; on runners that honour the delay nothing is left to wait."""

    def setup(self):
        # Per worker: the previous poll's sizes and mtimes, when the first and the last poll
        # ran and how many there were (losing them only delays a file by one poll).
        self._previous: dict[str, tuple[int, float]] = {}
        self._first_poll: float | None = None
        self._last_poll = 0.0
        self._polls = 0

    @beam.DoFn.unbounded_per_element()
    def process(
        self,
        spec: WatchSpec,
        tracker=_POLL_RESTRICTION,
        watermark=_POLL_WATERMARK,
    ) -> Iterator[TimestampedValue]:
        deadline = polling_deadline(spec, self._first_poll, self._polls)
        _wait_until(self._last_poll + spec.poll_interval, spec.poll_interval, deadline)
        now = time.time()
        if stop_requested(spec, now, deadline):
            # Claiming the last offset finishes the restriction: the source ends, the
            # runner drains in-flight calls and the pipeline completes normally.
            tracker.try_claim(tracker.current_restriction().stop - 1)
            log.info("watch: stop requested; no more files will be picked up")
            return
        if not tracker.try_claim(tracker.current_restriction().start):
            return
        if self._first_poll is None:
            self._first_poll = now
            log.debug("watch: first poll; polling every %gs", spec.poll_interval)
        self._last_poll = now
        self._polls += 1
        listing = list_folder(spec.folder)
        stamp = Timestamp.of(now)
        for landed in ready_files(listing, self._previous, now, spec.settle_seconds):
            yield TimestampedValue(landed, stamp)
        self._previous = {f.path: (f.size, f.mtime) for f in listing}
        current = watermark.current_watermark()
        if current is None or stamp > current:
            watermark.set_watermark(stamp)
        tracker.defer_remainder(Duration.of(spec.poll_interval))


def _wait_until(due: float, interval: float, deadline: float | None) -> None:
    """Sleep until ``due`` (at most one interval), waking early for the deadline."""
    wait = min(due - time.time(), interval)
    if deadline is not None:
        wait = min(wait, deadline - time.time())
    if wait > 0:
        time.sleep(wait)


class WatchFolder(beam.PTransform):
    """Poll a folder until the deadline or the stop file → unbounded ``LandedFile``s.

    Every ready file is emitted on every poll: pair it with ``SkipSeenFiles``."""

    def __init__(self, spec: WatchSpec):
        super().__init__()
        if spec.poll_interval <= 0:
            raise ValueError("--poll-interval must be a positive number of seconds")
        if spec.settle_seconds < 0:
            raise ValueError("--settle-seconds must be zero or more")
        self._spec = spec

    def expand(self, pbegin):
        spec = self._spec
        return (
            pbegin
            | "Start" >> beam.Impulse()
            | "Spec" >> beam.Map(lambda _: spec)
            | "Poll" >> beam.ParDo(_PollFolderFn())
        )


# --- Pub/Sub: GCS object notifications (Dataflow) -------------------------------------


def _event_seconds(value: str | None) -> float:
    """RFC 3339 time from a notification (``2026-11-28T17:51:44.123Z``) → epoch seconds."""
    if not value:
        return 0.0
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def landed_file_from_notification(
    data: bytes, attributes: Mapping[str, str], prefixes: Sequence[str] = ()
) -> LandedFile | None:
    """A GCS Pub/Sub notification → the object it announces, or None to ignore it.

    Only ``OBJECT_FINALIZE`` (a new object or a new generation) is an input; deletes,
    archives and metadata updates are not. ``prefixes`` (``gs://bucket/folder/``), when
    given, restrict inputs to those folders. Size and update time come from the JSON
    payload when the notification config sends one (``payloadFormat=JSON_API_V1``)."""
    if attributes.get("eventType") != GCS_FINALIZE:
        return None
    bucket, name = attributes.get("bucketId"), attributes.get("objectId")
    if not bucket or not name:
        return None
    path = f"gs://{bucket}/{name}"
    if name.endswith("/") or is_temporary_name(name):
        return None
    if prefixes and not any(path.startswith(p) for p in prefixes):
        return None
    payload: dict = {}
    if data and attributes.get("payloadFormat", "JSON_API_V1") == "JSON_API_V1":
        try:
            decoded = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            decoded = None
        payload = decoded if isinstance(decoded, dict) else {}
    try:
        size = int(payload.get("size", 0))
    except (TypeError, ValueError):
        size = 0
    mtime = _event_seconds(payload.get("updated") or attributes.get("eventTime"))
    generation = str(attributes.get("objectGeneration") or payload.get("generation") or "")
    return LandedFile(path=path, size=size, mtime=mtime, generation=generation)


class _ParseNotification(beam.DoFn):
    def __init__(self, prefixes: Sequence[str]):
        self._prefixes = tuple(prefixes)

    def process(self, message):
        landed = landed_file_from_notification(
            message.data, message.attributes or {}, self._prefixes
        )
        if landed is not None:
            yield landed


class ReadGcsNotifications(beam.PTransform):
    """GCS object-finalize notifications on a Pub/Sub subscription → ``LandedFile``s.

    Set the bucket up with ``gcloud storage buckets notifications create gs://BUCKET
    --topic=TOPIC --event-types=OBJECT_FINALIZE --payload-format=json``. Pub/Sub delivers
    at least once: the downstream dedupe and ledger make processing exactly once."""

    def __init__(self, subscription: str, prefixes: Sequence[str] = ()):
        super().__init__()
        if not subscription.startswith("projects/") or "/subscriptions/" not in subscription:
            raise ValueError(
                "--input-subscription must look like projects/PROJECT/subscriptions/NAME"
            )
        self._subscription = subscription
        self._prefixes = tuple(prefixes)

    def expand(self, pbegin):
        from apache_beam.io.gcp.pubsub import ReadFromPubSub

        return (
            pbegin
            | "ReadPubSub" >> ReadFromPubSub(subscription=self._subscription, with_attributes=True)
            | "ToLandedFile" >> beam.ParDo(_ParseNotification(self._prefixes))
        )
