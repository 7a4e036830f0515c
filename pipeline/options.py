"""Beam pipeline options: an explicit, offline-safe default runner.

Beam 2.77's ``DirectRunner`` first tries to download the Prism runner binary from
GitHub (and runs it where it can, which changes behaviour between machines); we always
name a runner. ``FnApiRunner`` is the in-process runner DirectRunner falls back to: it
starts in well under a second, downloads nothing, and honours
``--direct_num_workers``/``--direct_running_mode``.
"""

from __future__ import annotations

from collections.abc import Sequence

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

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
