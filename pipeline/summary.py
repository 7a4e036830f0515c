"""Run summary: counts computed inside the pipeline, finished by the driver.

Counts come from a CombineFn over the outputs, not from runner metrics, so they are the
same on every runner (portable runners do not all report metrics back).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

import apache_beam as beam

from pipeline.schema import DeadLetter, RedactedCall
from pipeline.sinks import join, write_bytes_atomically

STATS_FILE = "stats.json"


@dataclass
class RunStats:
    calls_out: int = 0
    turns: int = 0
    calls_failed: int = 0
    entities: Counter = field(default_factory=Counter)
    dead_letter_reasons: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict:
        return {
            "calls_out": self.calls_out,
            "turns": self.turns,
            "calls_failed": self.calls_failed,
            "entities": dict(sorted(self.entities.items())),
            "dead_letter_reasons": dict(sorted(self.dead_letter_reasons.items())),
        }


class _StatsFn(beam.CombineFn):
    def create_accumulator(self):
        return RunStats()

    def add_input(self, acc: RunStats, item):
        if isinstance(item, RedactedCall):
            acc.calls_out += 1
            acc.turns += len(item.turns)
            for turn in item.turns:
                acc.entities.update(r.entity_type for r in turn.redactions)
        elif isinstance(item, DeadLetter):
            acc.calls_failed += 1
            acc.dead_letter_reasons[item.reason] += 1
        return acc

    def merge_accumulators(self, accumulators):
        total = RunStats()
        for acc in accumulators:
            total.calls_out += acc.calls_out
            total.turns += acc.turns
            total.calls_failed += acc.calls_failed
            total.entities.update(acc.entities)
            total.dead_letter_reasons.update(acc.dead_letter_reasons)
        return total

    def extract_output(self, acc: RunStats):
        return acc.to_dict()


class _WriteStats(beam.DoFn):
    def __init__(self, staging_dir: str):
        self._staging_dir = staging_dir

    def process(self, stats: dict):
        data = json.dumps(stats, sort_keys=True).encode("utf-8")
        write_bytes_atomically(join(self._staging_dir, STATS_FILE), data)
        yield stats


class ComputeStats(beam.PTransform):
    """(RedactedCall | DeadLetter) → one stats dict written to the staging folder."""

    def __init__(self, staging_dir: str):
        super().__init__()
        self._staging_dir = staging_dir

    def expand(self, items):
        return (
            items
            | "Combine" >> beam.CombineGlobally(_StatsFn())
            | "WriteStats" >> beam.ParDo(_WriteStats(self._staging_dir))
        )


def read_stats(staging_dir: str) -> dict:
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.open(join(staging_dir, STATS_FILE)) as handle:
        return json.loads(handle.read().decode("utf-8"))


def summary_record(stats: dict, runtime_seconds: float, command: str, runner: str) -> dict:
    """The ``summary.json`` contract: counts only, never content."""
    return {
        "command": command,
        "runner": runner,
        "calls_in": stats["calls_out"] + stats["calls_failed"],
        "calls_out": stats["calls_out"],
        "calls_failed": stats["calls_failed"],
        "turns": stats["turns"],
        "entities": stats["entities"],
        "entities_total": sum(stats["entities"].values()),
        "dead_letter_reasons": stats["dead_letter_reasons"],
        "runtime_seconds": round(runtime_seconds, 3),
    }
