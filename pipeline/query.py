"""``callredact query DIR "SQL"``: DuckDB over the analytics Parquet.

The views ``calls`` and ``entities`` read ``DIR/analytics/<table>/*.parquet``: a batch
run's shards or a stream's one file per call (written whole under a hidden temporary name,
so a query while the stream runs sees complete calls only); results
go to stdout as an aligned table (default), CSV or JSON (an array of objects).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from pipeline.analytics import ANALYTICS_DIR, TABLES
from pipeline.exit_codes import EXIT_FATAL, EXIT_OK

FORMATS = ("table", "csv", "json")


class QueryError(Exception):
    """A problem the user can fix; the message says how."""


def add_query_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``callredact query`` (set ``handler`` to ``run_query`` in the CLI)."""
    parser.add_argument("dir", metavar="DIR", help="output folder of a run (holds analytics/)")
    parser.add_argument(
        "sql",
        metavar="SQL",
        help="query over the views calls and entities, "
        'e.g. "select queue, count(*) from calls group by 1"',
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="table (default), csv or json"
    )


def connect(output_dir: str):
    """An in-memory DuckDB with the ``calls`` and ``entities`` views over the Parquet."""
    import duckdb

    root = os.path.join(output_dir, ANALYTICS_DIR)
    connection = duckdb.connect(":memory:")
    for table in TABLES:
        folder = os.path.join(root, table)
        files = (
            sorted(f for f in os.listdir(folder) if f.endswith(".parquet"))
            if os.path.isdir(folder)
            else []
        )
        if not files:
            raise QueryError(
                f"no {table} Parquet in {folder}: run redact-text with --output {output_dir} "
                "(or run, or stream) first, or point DIR at a folder that holds analytics/"
            )
        pattern = os.path.join(folder, "*.parquet").replace("'", "''")
        connection.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
    return connection


def execute(output_dir: str, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of ``sql``; QueryError with DuckDB's reason if it fails."""
    import duckdb

    connection = connect(output_dir)
    try:
        result = connection.execute(sql)
        names = [d[0] for d in result.description] if result.description else []
        return names, result.fetchall()
    except duckdb.Error as e:
        first_line = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise QueryError(f"SQL failed: {first_line}") from e
    finally:
        connection.close()


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    plain = _plain(value)
    if isinstance(plain, (dict, list)):
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    return str(plain)


def write_result(names: Sequence[str], rows: Sequence[tuple], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        records = [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in rows]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else _cell(v) for v in row] for row in rows])
    else:
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
        lines = [
            " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)),
            "-+-".join("-" * w for w in widths),
            *(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells),
        ]
        out.write("\n".join(line.rstrip() for line in lines) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def run_query(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """``callredact query``: 0 with the result on stdout, 1 with one line on stderr."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        names, rows = execute(args.dir, args.sql)
    except QueryError as e:
        err.write(f"callredact: error: {e}\n")
        return EXIT_FATAL
    write_result(names, rows, args.format, out)
    return EXIT_OK
