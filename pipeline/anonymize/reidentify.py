"""``callredact reidentify``: restore ``encrypt``-ed values for holders of the key.

Reads redacted call records (``DIR/redacted/*.jsonl``), decrypts every replacement that
is an ``<ENC:TYPE:…>`` token, and writes the records with those values restored and the
``redactions`` offsets moved to match, to one JSONL file readable by its owner only
(0600). Other operators are one-way and stay as they are. Only the encryption key is
needed: pass it with ``--key-env``/``--key-file``, or ``--policy`` to use the source its
``keys.encryption`` names.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any, TextIO

import yaml
from apache_beam.io.filesystems import FileSystems

from pipeline.anonymize.files import write_private_bytes_atomically
from pipeline.anonymize.keys import KeyConfigError, KeySource
from pipeline.anonymize.operators import ENCRYPTED_TOKEN, EncryptOperator
from pipeline.exit_codes import EXIT_FATAL, EXIT_OK

log = logging.getLogger(__name__)


class ReidentifyError(Exception):
    """A problem the key holder can fix; the message says what (never a value)."""


def add_reidentify_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``callredact reidentify`` (set ``handler`` to ``run_reidentify``)."""
    parser.add_argument(
        "--input",
        required=True,
        metavar="GLOB",
        help="redacted records, e.g. 'out/redacted/*.jsonl' (quote it)",
    )
    parser.add_argument(
        "--output",
        required=True,
        metavar="FILE",
        help="re-identified JSONL to write (created with mode 0600)",
    )
    key = parser.add_mutually_exclusive_group(required=True)
    key.add_argument("--key-env", metavar="VAR", help="environment variable holding the key")
    key.add_argument("--key-file", metavar="PATH", help="file holding the key")
    key.add_argument("--policy", metavar="YAML", help="use the policy's keys.encryption source")


def key_source(args: argparse.Namespace) -> KeySource:
    if args.key_env:
        return KeySource(env=args.key_env)
    if args.key_file:
        return KeySource(file=args.key_file)
    try:
        with open(args.policy, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as e:
        raise ReidentifyError(f"cannot read policy {args.policy} ({type(e).__name__})") from e
    spec = (
        ((document or {}).get("keys") or {}).get("encryption")
        if isinstance(document, dict)
        else None
    )
    if not isinstance(spec, dict) or not (spec.get("env") or spec.get("file")):
        raise ReidentifyError(
            f"policy {args.policy} has no keys.encryption: pass --key-env or --key-file"
        )
    return KeySource(env=spec.get("env"), file=spec.get("file"))


def reidentify_record(record: dict[str, Any], encryptor: EncryptOperator) -> int:
    """Decrypt the encrypted replacements of one record in place; the number restored."""
    restored = 0
    for turn in record.get("turns") or []:
        text, pieces, cursor, shift = turn["text"], [], 0, 0
        for redaction in sorted(turn.get("redactions") or [], key=lambda r: r["start"]):
            start, end = redaction["start"], redaction["end"]
            match = ENCRYPTED_TOKEN.fullmatch(text[start:end])
            redaction["start"] = start + shift
            if match is None:
                redaction["end"] = end + shift
                continue
            value = encryptor.decrypt(match.group(1), match.group(2))
            pieces += [text[cursor:start], value]
            cursor = end
            shift += len(value) - (end - start)
            redaction["end"] = redaction["start"] + len(value)
            redaction["reidentified"] = True
            restored += 1
        turn["text"] = "".join(pieces) + text[cursor:]
    return restored


def reidentify_files(pattern: str, output: str, encryptor: EncryptOperator) -> tuple[int, int]:
    """Re-identify every record in the files matching ``pattern``; (calls, values)."""
    try:
        paths = sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except Exception as e:  # noqa: BLE001 - each Beam filesystem raises its own errors
        raise ReidentifyError(f"cannot list --input {pattern!r} ({type(e).__name__})") from e
    if not paths:
        raise ReidentifyError(f"no files match --input {pattern!r}: check the path, quote it")
    lines, calls, values = [], 0, 0
    for path in paths:
        with FileSystems.open(path) as handle:
            data = handle.read().decode("utf-8")
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                values += reidentify_record(record, encryptor)
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise ReidentifyError(
                    f"{path} line {number}: not a redacted call record ({type(e).__name__})"
                ) from e
            except ValueError as e:
                raise ReidentifyError(f"{path} line {number}: {e}") from e
            calls += 1
            lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    write_private_bytes_atomically(output, ("\n".join(lines) + "\n").encode("utf-8"))
    return calls, values


def run_reidentify(args: argparse.Namespace, err: TextIO | None = None) -> int:
    """``callredact reidentify``: 0 on success, 1 with one line on stderr."""
    err = sys.stderr if err is None else err
    try:
        encryptor = EncryptOperator(key_source(args).load())
        calls, values = reidentify_files(args.input, args.output, encryptor)
    except (ReidentifyError, KeyConfigError) as e:
        err.write(f"callredact: error: {e}\n")
        return EXIT_FATAL
    log.info("reidentify: %d values restored in %d calls", values, calls)
    err.write(f"callredact: restored {values} values in {calls} calls → {args.output} (0600)\n")
    return EXIT_OK
