"""Deterministic, atomic output files.

Stages write into a per-run staging folder; only when the whole pipeline succeeded does
``commit_staged_outputs`` move the files into place and remove what an earlier run left
that this run did not produce. A killed run therefore never leaves partial or mixed
outputs, and the same input always yields byte-identical files (records are sorted).
"""

from __future__ import annotations

import posixpath
import uuid
import zlib
from collections.abc import Callable, Iterable

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

STAGING_DIR = ".callredact-staging"
SHARD_TEMPLATE = "{prefix}-{shard:05d}-of-{count:05d}.jsonl"


def join(*parts: str) -> str:
    """Join paths for local folders and object stores (gs://) alike."""
    first = parts[0]
    if "://" in first:
        return posixpath.join(*parts)
    return FileSystems.join(*parts)


def new_staging_dir(output_dir: str) -> str:
    return join(output_dir, STAGING_DIR, uuid.uuid4().hex)


def shard_of(key: str, num_shards: int) -> int:
    """Stable across processes and runs (unlike ``hash``)."""
    return zlib.crc32(key.encode("utf-8")) % num_shards


def write_bytes_atomically(path: str, data: bytes) -> None:
    """Write to a temporary name beside ``path``, then rename over it."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex}"
    with FileSystems.create(tmp) as handle:
        handle.write(data)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


class _WriteShard(beam.DoFn):
    def __init__(self, folder: str, prefix: str, num_shards: int, private: bool = False):
        self._folder = folder
        self._prefix = prefix
        self._num_shards = num_shards
        self._private = private

    def process(self, element):
        shard, keyed_lines = element
        lines = [line for _, line in sorted(keyed_lines)]
        name = SHARD_TEMPLATE.format(prefix=self._prefix, shard=shard, count=self._num_shards)
        path = join(self._folder, name)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if self._private:
            from pipeline.anonymize.files import write_private_bytes_atomically

            write_private_bytes_atomically(path, data)
        else:
            write_bytes_atomically(path, data)
        yield path


class WriteSortedJsonl(beam.PTransform):
    """Write ``(sort_key, json_line)`` pairs into a fixed number of sorted shards."""

    def __init__(self, folder: str, prefix: str, num_shards: int = 1, private: bool = False):
        """``private``: owner-only files, for outputs holding reversible tokens."""
        super().__init__()
        if num_shards < 1:
            raise ValueError("--num-shards must be at least 1")
        self._folder = folder
        self._prefix = prefix
        self._num_shards = num_shards
        self._private = private

    def expand(self, keyed_lines):
        n = self._num_shards
        return (
            keyed_lines
            | "AssignShard" >> beam.Map(lambda kv: (shard_of(kv[0], n), kv))
            | "GroupByShard" >> beam.GroupByKey()
            | "WriteShard" >> beam.ParDo(_WriteShard(self._folder, self._prefix, n, self._private))
        )


def _list(folder: str) -> list[str]:
    try:
        result = FileSystems.match([join(folder, "*")])[0]
    except Exception:  # noqa: BLE001 - a missing folder matches nothing
        return []
    return [m.path for m in result.metadata_list]


def commit_staged_outputs(
    staging_dir: str,
    output_dir: str,
    folders: Iterable[str],
    owned: Callable[[str], bool],
) -> None:
    """Move staged files into ``output_dir`` and drop stale files this tool wrote before.

    ``owned(name)`` says whether a file name is one of ours: files a user put in the
    output folders are never touched.
    """
    for folder in folders:
        staged = _list(join(staging_dir, folder))
        target = join(output_dir, folder)
        if not FileSystems.exists(target):
            FileSystems.mkdirs(target)
        new_names = {posixpath.basename(p) for p in staged}
        for path in staged:
            destination = join(target, posixpath.basename(path))
            if FileSystems.exists(destination):
                FileSystems.delete([destination])
            FileSystems.rename([path], [destination])
        stale = [
            p
            for p in _list(target)
            if owned(posixpath.basename(p)) and posixpath.basename(p) not in new_names
        ]
        if stale:
            FileSystems.delete(stale)
    FileSystems.delete([staging_dir])
