"""Call metadata for analytics: pseudonymised identifiers, generalised quasi-identifiers.

Metadata comes from each transcript's ``metadata`` object and, optionally, from a
manifest file (CSV with a header, or JSONL) keyed by ``call_id`` or ``file_name``; the
manifest wins where both give a field. Columns (aliases in brackets):

- identifiers, replaced by keyed pseudonyms: ``agent_id`` [agent], ``customer_id``,
  ``customer_phone`` [ani, caller_id, phone] (the customer pseudonym uses customer_id
  when given, else the phone's last 10 digits);
- quasi-identifiers, generalised: ``customer_zip`` [zip, postal_code] → first 3 digits
  (``000`` for the HIPAA Safe Harbor low-population prefixes), ``customer_age`` [age] →
  a band, ``start_time`` [started_at, timestamp] → the hour or the date (UTC);
- categories kept as they are: ``queue``, ``disposition``, ``direction``, ``language``
  (a value that looks like it carries content, with '@' or 3+ digits in a row or over
  64 characters, is withheld);
- every other column is dropped.

``k_anonymity_report`` measures k over the generalised quasi-identifiers of the calls
table; the analytics stage suppresses or flags the rows of groups smaller than k.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipeline.anonymize.keys import Secret
from pipeline.anonymize.operators import keyed_digest
from pipeline.anonymize.policy import AnalyticsSettings, KAnonymitySettings

KEY_FIELDS = ("call_id", "file_name")
ALIASES = {
    "agent": "agent_id",
    "ani": "customer_phone",
    "caller_id": "customer_phone",
    "phone": "customer_phone",
    "zip": "customer_zip",
    "postal_code": "customer_zip",
    "age": "customer_age",
    "started_at": "start_time",
    "timestamp": "start_time",
}
CATEGORIES = ("queue", "disposition", "direction", "language")
RECOGNISED = set(KEY_FIELDS) | set(ALIASES.values()) | {"customer_id"} | set(CATEGORIES)

# HHS de-identification guidance, Safe Harbor 45 CFR 164.514(b)(2)(i)(B): 3-digit ZIP
# prefixes whose population is 20,000 or fewer (2000 census) must be reported as 000.
RESTRICTED_ZIP3 = frozenset(
    {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831",
     "878", "879", "884", "890", "893"}
)  # fmt: skip
AGE_BANDS = ((0, 17, "<18"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"),
             (45, 54, "45-54"), (55, 64, "55-64"), (65, 74, "65-74"), (75, 200, "75+"))  # fmt: skip
_CONTENT_LIKE = re.compile(r"@|\d{3}")
NAMESPACE = "callredact"


class ManifestError(ValueError):
    """A manifest that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class SafeMetadata:
    """The analytics-safe view of a call's metadata: nothing here identifies directly."""

    agent_id: str | None = None
    customer_id: str | None = None
    start_time: datetime | None = None
    customer_zip3: str | None = None
    customer_age_band: str | None = None
    queue: str | None = None
    disposition: str | None = None
    direction: str | None = None
    language: str | None = None

    def overlay(self, other: SafeMetadata | None) -> SafeMetadata:
        """``other``'s fields where they are set, ours elsewhere (the manifest wins)."""
        if other is None:
            return self
        return SafeMetadata(
            **{
                f.name: getattr(other, f.name)
                if getattr(other, f.name) is not None
                else getattr(self, f.name)
                for f in fields(self)
            }
        )


class Pseudonymizer:
    """Keyed HMAC ids for analytics: ``c_…`` calls, ``a_…`` agents, ``u_…`` customers.

    64-bit tokens (16 hex): no collision in practice below ~10^8 distinct values.
    """

    PREFIX = {"call": "c", "agent": "a", "customer": "u"}

    def __init__(self, key: Secret):
        self._subkey = key.derive("analytics:ids")

    def __call__(self, kind: str, value: str) -> str:
        return f"{self.PREFIX[kind]}_{keyed_digest(self._subkey, kind, value).hex()[:16]}"

    def __repr__(self) -> str:
        return "Pseudonymizer(<keyed>)"


def generalise_zip(value: Any) -> str | None:
    digits = re.sub(r"\D", "", str(value)) if value is not None else ""
    if len(digits) not in (5, 9):
        return None
    zip3 = digits[:3]
    return "000" if zip3 in RESTRICTED_ZIP3 else zip3


def age_band(value: Any) -> str | None:
    try:
        age = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), None)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 text or epoch seconds → aware UTC datetime (naive times are taken as UTC)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, (int, float)):
            parsed = datetime.fromtimestamp(float(value), tz=timezone.utc)
        else:
            parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def generalise_time(value: Any, granularity: str) -> datetime | None:
    parsed = parse_time(value)
    if parsed is None:
        return None
    if granularity == "date":
        return parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    return parsed.replace(minute=0, second=0, microsecond=0)


def _category(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    if not text or len(text) > 64 or _CONTENT_LIKE.search(text):
        return None
    return text


def canonical(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Aliases resolved, unrecognised columns dropped, empty strings treated as absent."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        if name in RECOGNISED and value not in (None, ""):
            out.setdefault(name, value)
    return out


def safe_metadata(
    raw: Mapping[str, Any], pseudonymize: Pseudonymizer, settings: AnalyticsSettings
) -> SafeMetadata:
    """Pseudonymise the identifiers and generalise the quasi-identifiers of one record."""
    record = canonical(raw)
    agent = str(record["agent_id"]).strip() if "agent_id" in record else ""
    customer = str(record.get("customer_id", "")).strip().casefold()
    if not customer and "customer_phone" in record:
        digits = re.sub(r"\D", "", str(record["customer_phone"]))
        customer = f"phone:{digits[-10:]}" if digits else ""
    return SafeMetadata(
        agent_id=pseudonymize("agent", agent.casefold()) if agent else None,
        customer_id=pseudonymize("customer", customer) if customer else None,
        start_time=generalise_time(record.get("start_time"), settings.start_time),
        customer_zip3=generalise_zip(record.get("customer_zip")),
        customer_age_band=age_band(record.get("customer_age")),
        **{name: _category(record.get(name)) for name in CATEGORIES},
    )


# --- the manifest file --------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestSpec:
    """A validated manifest: its path and the column that keys it."""

    path: str
    key_field: str


def _records(path: str, data: bytes) -> Iterator[dict[str, Any] | None]:
    """Each record of a manifest file; None for a JSONL line that is not a JSON object."""
    text = data.decode("utf-8-sig", errors="replace")
    if path.lower().endswith(".csv"):
        yield from csv.DictReader(io.StringIO(text))
        return
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        yield record if isinstance(record, dict) else None


def check_manifest(path: str) -> ManifestSpec:
    """Validate the manifest before the pipeline starts: readable, CSV/JSONL, a key column.

    Reads the file's first record only (the header for CSV).
    """
    if not path.lower().endswith((".csv", ".jsonl")):
        raise ManifestError(f"manifest {path}: use a .csv (with a header) or .jsonl file")
    try:
        with FileSystems.open(path) as handle:
            head = handle.read(1 << 20)
    except Exception as e:  # noqa: BLE001 - each Beam filesystem raises its own errors
        raise ManifestError(
            f"cannot read manifest {path} ({type(e).__name__}): check --manifest"
        ) from e
    if path.lower().endswith(".csv"):
        header_line = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
        columns = next(csv.reader(header_line), []) if header_line else []
    else:
        first = head.split(b"\n", 1)[0]
        try:
            record = json.loads(first) if first.strip() else {}
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            raise ManifestError(f"manifest {path} line 1: not a JSON object: one object a line")
        columns = list(record)
    names = {str(c).strip().lower() for c in columns}
    key = next((k for k in KEY_FIELDS if k in names), None)
    if key is None:
        raise ManifestError(
            f"manifest {path} has no 'call_id' or 'file_name' column: add one to key each row"
        )
    return ManifestSpec(path=path, key_field=key)


def manifest_key(call_id: str, source: str, audio_path: str | None, key_field: str | None) -> str:
    """The key a call joins the manifest on (call id, or the recording's file name)."""
    if key_field == "file_name":
        return posixpath.basename((audio_path or source).replace("\\", "/"))
    if key_field == "call_id":
        return call_id
    return f"{call_id}\x00{source}"


class _ParseManifest(beam.DoFn):
    def __init__(self, key_field: str, pseudonymize: Pseudonymizer, settings: AnalyticsSettings):
        self._key_field = key_field
        self._pseudonymize = pseudonymize
        self._settings = settings
        self._rows = Metrics.counter(NAMESPACE, "manifest_rows")
        self._unkeyed = Metrics.counter(NAMESPACE, "manifest_rows_without_key")
        self._invalid = Metrics.counter(NAMESPACE, "manifest_rows_invalid")

    def process(self, readable: fileio.ReadableFile) -> Iterable[tuple[str, SafeMetadata]]:
        path = readable.metadata.path
        for record in _records(path, readable.read()):
            if record is None:
                self._invalid.inc()  # fail closed: the call keeps only its own metadata
                continue
            key = str(record.get(self._key_field) or "").strip()
            if not key:
                self._unkeyed.inc()
                continue
            if self._key_field == "file_name":
                key = posixpath.basename(key.replace("\\", "/"))
            self._rows.inc()
            yield key, safe_metadata(record, self._pseudonymize, self._settings)


class ReadManifest(beam.PTransform):
    """Manifest file → ``(key, SafeMetadata)``: raw identifiers never leave this step.

    Join it in ``BuildAnalytics`` (pass it as ``"manifest"``); it is keyed like
    ``manifest_key`` keys calls.
    """

    def __init__(self, spec: ManifestSpec, ids_key: Secret, settings: AnalyticsSettings):
        super().__init__()
        self._fn = _ParseManifest(spec.key_field, Pseudonymizer(ids_key), settings)
        self._path = spec.path

    def expand(self, pbegin):
        return (
            pbegin
            | "Match" >> fileio.MatchFiles(self._path)
            | "Read" >> fileio.ReadMatches()
            | "Parse" >> beam.ParDo(self._fn)
        )


# --- k-anonymity --------------------------------------------------------------------------


def qi_values(row: Any, quasi_identifiers: Iterable[str]) -> tuple:
    """The row's quasi-identifier values, as JSON-friendly scalars (times as ISO text)."""
    values = []
    for name in quasi_identifiers:
        value = getattr(row, name)
        values.append(value.isoformat() if isinstance(value, datetime) else value)
    return tuple(values)


def k_anonymity_report(groups: Mapping[tuple, int], settings: KAnonymitySettings) -> dict:
    """k achieved, the groups under k, and the effect of the configured action.

    For ``suppress`` the report gives counts only: listing the suppressed values would
    publish what suppression withheld. For ``flag`` the values are in the data anyway,
    so the groups under k are listed (largest first) to show what to generalise.
    """
    k = settings.k
    small = {g: n for g, n in groups.items() if n < k}
    rows = sum(groups.values())
    report: dict[str, Any] = {
        "k": k,
        "quasi_identifiers": list(settings.quasi_identifiers),
        "action": settings.action,
        "rows": rows,
        "groups": len(groups),
        "k_achieved": min(groups.values()) if groups else None,
        "groups_below_k": len(small),
        "rows_below_k": sum(small.values()),
    }
    if settings.action == "suppress":
        after = Counter({g: n for g, n in groups.items() if n >= k})
        if small:
            after[(None,) * len(settings.quasi_identifiers)] += sum(small.values())
        report["k_after_suppression"] = min(after.values()) if after else None
    else:
        report["below_k"] = [
            {"values": dict(zip(settings.quasi_identifiers, g, strict=True)), "rows": n}
            for g, n in sorted(small.items(), key=lambda kv: (-kv[1], json.dumps(kv[0])))
        ]
    return report
