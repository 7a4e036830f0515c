"""The streaming job's files: atomic writes, safe names and the durable ledger.

Layout under the output folder::

    redacted/<safe-call-id>.jsonl                one redacted call (the batch record format)
    dead_letter/<safe-source>[.lineN]-<h>.jsonl  one failed input
    .callredact-stream/pending/<path-hash>/      a file in flight: expected.json + items/
    .callredact-stream/done/<file-key>.json      a finished file version (the ledger)
    .callredact-stream/runs/<run-id>/<key>.json  what each run finished (its summary)
    .callredact-stream/stop                      touch it to stop a running stream

Completion is tracked on the filesystem, not in Beam state: on the local runner a Flatten
after an unbounded source holds its elements until the source ends, so the outputs of a
file (redacted calls and dead letters, from several branches) cannot be joined in the
pipeline promptly. Instead the reader records how many outputs a file will have, each
writer drops an item marker after its output, and whichever writer sees the count
complete commits the ledger entry. Every step is idempotent (names are deterministic), so
two writers finishing together, or a restart after a crash, write the same entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import posixpath
import re
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from apache_beam.io.filesystems import FileSystems

from pipeline.schema import DeadLetter, RedactedCall
from pipeline.sinks import join
from pipeline.stream_sources import LandedFile

log = logging.getLogger(__name__)

STREAM_DIR = ".callredact-stream"
STOP_FILE = "stop"
TEMP_INFIX = ".tmp-"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# The masked-audio writer (pipeline.sinks.write_bytes_atomically) names its temporary
# file "<call_id>.flac.tmp-<uuid hex>" beside the final one, in OUT/audio/.
_AUDIO_TEMP = re.compile(r"\.flac\.tmp-[0-9a-f]{32}$")


def _remote(path: str) -> bool:
    return "://" in path


def _hash(*parts: object, length: int = 32) -> str:
    raw = "\x00".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


def safe_name(text: str, max_length: int = 80) -> str:
    """A file name for ``text`` (a call id, a source name): kept as is when it is already
    safe; otherwise unsafe characters become ``_`` and a hash of the original is added,
    so two ids that clean up to the same name still get different files."""
    if text and len(text) <= max_length and not _UNSAFE.search(text) and text[0] not in ".-":
        return text
    cleaned = _UNSAFE.sub("_", text).strip("._-")[:max_length] or "x"
    return f"{cleaned}-{_hash(text, length=10)}"


def redacted_file_name(call: RedactedCall) -> str:
    return f"{safe_name(call.call_id)}.jsonl"


def dead_letter_file_name(letter: DeadLetter) -> str:
    """``<source name>[.lineN]-<hash>.jsonl``: one file per failed input (file or line)."""
    base = posixpath.basename(letter.source.rstrip("/")) or "input"
    if letter.line is not None:
        base = f"{base}.line{letter.line}"
    return f"{safe_name(base, 60)}-{_hash(letter.source, letter.line, length=10)}.jsonl"


# --- Atomic writes ---------------------------------------------------------------------


def _temporary_sibling(path: str) -> str:
    """A hidden name in the same folder: watchers skip it and the rename stays atomic."""
    head, name = posixpath.split(path) if _remote(path) else os.path.split(path)
    tmp = f".{name}{TEMP_INFIX}{uuid.uuid4().hex}"
    return posixpath.join(head, tmp) if _remote(path) else os.path.join(head, tmp)


def commit_file(path: str, write: Callable[[str], None]) -> None:
    """Have ``write(tmp)`` write the whole file under a temporary name, then rename it
    to ``path``; the temporary file is removed if anything fails."""
    tmp = _temporary_sibling(path)
    if _remote(path):
        try:
            write(tmp)
            if FileSystems.exists(path):
                FileSystems.delete([path])
            FileSystems.rename([tmp], [path])
        finally:
            if FileSystems.exists(tmp):
                FileSystems.delete([tmp])
        return
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)


def write_atomically(path: str, data: bytes) -> None:
    """Readers see the old file or the whole new one, never a part."""
    commit_file(path, lambda tmp: _write_bytes(tmp, data))


def _write_bytes(path: str, data: bytes) -> None:
    if _remote(path):
        with FileSystems.create(path) as handle:
            handle.write(data)
        return
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _read_json(path: str):
    with FileSystems.open(path) as handle:
        return json.loads(handle.read().decode("utf-8"))


def _list_json(folder: str) -> list[str]:
    """Committed ``*.json`` files in ``folder`` (temporary names are hidden)."""
    if not _remote(folder):
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return []
        return [
            os.path.join(folder, n) for n in names if n.endswith(".json") and not n.startswith(".")
        ]
    try:
        matched = FileSystems.match([join(folder, "*.json")])[0].metadata_list
    except Exception:  # noqa: BLE001 - a missing prefix matches nothing
        return []
    return [m.path for m in matched if not posixpath.basename(m.path).startswith(".")]


def _remove_tree(folder: str) -> None:
    if _remote(folder):
        with contextlib.suppress(Exception):  # another writer may have removed it first
            FileSystems.delete([folder.rstrip("/") + "/"])
        return
    shutil.rmtree(folder, ignore_errors=True)


# --- Items: what one output counts for --------------------------------------------------


@dataclass(frozen=True)
class ItemStats:
    """One output of a file (a redacted call or a dead letter): its summary counts."""

    redacted: bool
    turns: int = 0
    entity_types: tuple[str, ...] = ()
    reason: str | None = None

    def to_dict(self) -> dict:
        return {**asdict(self), "entity_types": list(self.entity_types)}


def item_for_call(call: RedactedCall) -> tuple[str, ItemStats]:
    types = tuple(r.entity_type for t in call.turns for r in t.redactions)
    return _hash("call", call.call_id), ItemStats(True, len(call.turns), types)


def item_for_dead_letter(letter: DeadLetter) -> tuple[str, ItemStats]:
    return (
        _hash("dead", letter.line, letter.call_id, letter.stage, letter.reason),
        ItemStats(False, reason=letter.reason),
    )


def expected_items(call_ids: Sequence[str], read_dead_letters: int) -> int:
    """Outputs a file will have: one per distinct call id, one per unreadable record."""
    return len(set(call_ids)) + read_dead_letters


@dataclass(frozen=True)
class FileDone:
    """Every output of a landed file is written and its ledger entry committed."""

    key: str
    source: str
    calls_out: int
    calls_failed: int
    seconds_since_landed: float | None


# --- The ledger --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ledger:
    """Durable record of finished file versions under ``OUT/.callredact-stream``."""

    output_dir: str
    run_id: str

    @property
    def root(self) -> str:
        return join(self.output_dir, STREAM_DIR)

    @property
    def stop_file(self) -> str:
        return join(self.root, STOP_FILE)

    def done_path(self, key: str) -> str:
        return join(self.root, "done", f"{key}.json")

    def _pending(self, source: str) -> str:
        return join(self.root, "pending", _hash(source))

    def is_done(self, key: str) -> bool:
        return FileSystems.exists(self.done_path(key))

    def expect(self, landed: LandedFile, items: int) -> None:
        """Before a file's calls are emitted: how many outputs will complete it."""
        record = {"landed": {**asdict(landed), "key": landed.key}, "items": items}
        pending = self._pending(landed.path)
        with contextlib.suppress(OSError, ValueError):
            if _read_json(join(pending, "expected.json"))["landed"]["key"] != landed.key:
                # Markers of an older version of this path (a run stopped mid-file) must
                # not count towards this one.
                _remove_tree(pending)
        write_atomically(
            join(self._pending(landed.path), "expected.json"),
            json.dumps(record, sort_keys=True).encode("utf-8"),
        )

    def item_written(self, source: str, item: str, stats: ItemStats) -> FileDone | None:
        """After an output is written: note it; commit the file if it was the last one."""
        pending = self._pending(source)
        items_dir = join(pending, "items")
        write_atomically(
            join(items_dir, f"{item}.json"),
            json.dumps(stats.to_dict(), sort_keys=True).encode("utf-8"),
        )
        try:
            expected = _read_json(join(pending, "expected.json"))
        except (OSError, ValueError):
            return None  # another writer completed this file a moment ago
        item_paths = _list_json(items_dir)
        if len(item_paths) < expected["items"]:
            return None
        stats_list = []
        for path in item_paths:
            with contextlib.suppress(OSError, ValueError):
                stats_list.append(_read_json(path))
        return self._commit(expected["landed"], stats_list, pending)

    def _commit(self, landed: dict, items: list[dict], pending: str) -> FileDone:
        now = time.time()
        latency = round(max(now - landed["mtime"], 0.0), 3) if landed["mtime"] else None
        entities = Counter(t for i in items for t in i["entity_types"])
        reasons = Counter(i["reason"] for i in items if not i["redacted"])
        record = {
            **landed,
            "run_id": self.run_id,
            "calls_out": sum(1 for i in items if i["redacted"]),
            "calls_failed": sum(1 for i in items if not i["redacted"]),
            "turns": sum(i["turns"] for i in items),
            "entities": dict(sorted(entities.items())),
            "dead_letter_reasons": dict(sorted(reasons.items())),
            "seconds_since_landed": latency,
        }
        data = (json.dumps(record, sort_keys=True) + "\n").encode("utf-8")
        key = landed["key"]
        # The run's copy first, the ledger entry last: "done" means everything is written.
        write_atomically(join(self.root, "runs", self.run_id, f"{key}.json"), data)
        write_atomically(self.done_path(key), data)
        _remove_tree(pending)
        log.info(
            "file %s done: %d redacted, %d dead-lettered, %s after it landed",
            key,
            record["calls_out"],
            record["calls_failed"],
            "?" if latency is None else f"{latency:.1f}s",
        )
        return FileDone(key, landed["path"], record["calls_out"], record["calls_failed"], latency)

    def run_records(self) -> list[dict]:
        """The ledger entries this run committed (for its summary)."""
        records = []
        for path in _list_json(join(self.root, "runs", self.run_id)):
            records.append(_read_json(path))
        return records

    def clean_leftovers(self) -> None:
        """At start: drop a stale stop request and temporary files a killed run left
        (hidden ``.name.tmp-…`` files anywhere, ``<call_id>.flac.tmp-…`` in ``audio/``)."""
        if _remote(self.output_dir):
            return
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.stop_file)
        for folder, _, names in os.walk(self.output_dir):
            for name in names:
                if (name.startswith(".") and TEMP_INFIX in name) or (
                    os.path.basename(folder) == "audio" and _AUDIO_TEMP.search(name)
                ):
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(os.path.join(folder, name))


def run_stats(records: Sequence[dict]) -> dict:
    """Per-file ledger records → the counts ``summary_record`` expects."""
    entities: Counter = Counter()
    dead: Counter = Counter()
    for r in records:
        entities.update(r["entities"])
        dead.update(r["dead_letter_reasons"])
    return {
        "calls_out": sum(r["calls_out"] for r in records),
        "calls_failed": sum(r["calls_failed"] for r in records),
        "turns": sum(r["turns"] for r in records),
        "entities": dict(sorted(entities.items())),
        "dead_letter_reasons": dict(sorted(dead.items())),
    }
