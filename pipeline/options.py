"""Beam pipeline options: an explicit, offline-safe default runner.

Beam 2.77's ``DirectRunner`` first tries to download the Prism runner binary from
GitHub (and runs it where it can, which changes behaviour between machines); we always
name a runner. ``FnApiRunner`` is the in-process runner DirectRunner falls back to: it
starts in well under a second, downloads nothing, and honours
``--direct_num_workers``/``--direct_running_mode``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

DEFAULT_RUNNER = "FnApiRunner"


def with_default_runner(beam_args: Sequence[str]) -> list[str]:
    args = list(beam_args)
    if not any(a == "--runner" or a.startswith("--runner=") for a in args):
        args = [f"--runner={DEFAULT_RUNNER}", *args]
    return args


def pipeline_options(beam_args: Sequence[str]) -> PipelineOptions:
    """Options for Beam from the arguments the CLI did not recognise itself."""
    unknown = [a for a in beam_args if a.startswith("--") is False and a.startswith("-")]
    if unknown:
        raise ValueError(f"unknown option {unknown[0]}: see `callredact --help`")
    return PipelineOptions(with_default_runner(beam_args))


def runner_name(options: PipelineOptions) -> str:
    return str(options.view_as(StandardOptions).runner or DEFAULT_RUNNER)


_LOCAL_RUNNERS = ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner", "BundleBasedDirectRunner")


def local_worker_processes(options: PipelineOptions) -> int:
    """How many workers share this machine's cores: ``--direct_num_workers`` on a local
    runner in multi-process or multi-thread mode (0 means one per core), else 1."""
    runner = runner_name(options).rsplit(".", 1)[-1]
    direct = options.view_as(DirectOptions)
    if runner not in _LOCAL_RUNNERS or direct.direct_running_mode == "in_memory":
        return 1
    workers = direct.direct_num_workers
    return max(1, workers if workers else (os.cpu_count() or 1))
