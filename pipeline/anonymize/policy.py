"""The anonymisation policy: which operator replaces each entity type (YAML).

Loaded and validated once, in the driver, before any data is read: an unknown operator
or entity type, a bad setting or a missing key is a ``PolicyError`` whose message names
the file, the field and what to change. The loaded ``Policy`` holds ready operators
(with derived sub-keys) and pickles to Beam workers. See ``example_policy.yaml``.

```yaml
version: 1
default: tag                         # any operator, with or without settings
entities:
  PERSON: pseudonym
  CREDIT_CARD: {operator: mask, keep_last: 4, char: "*"}
  US_SSN: encrypt
keys:                                # named here, never written here
  pseudonym: {env: CALLREDACT_PSEUDONYM_KEY}   # pseudonym, surrogate, analytics ids
  encryption: {file: /run/secrets/callredact-encryption.key}   # encrypt, reidentify
custom_entities: [LOYALTY_ID]        # types your own recognizers add
analytics:
  start_time: hour                   # or date
  k_anonymity: {k: 5, action: suppress,
                quasi_identifiers: [customer_zip3, customer_age_band, start_time]}
```
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from pipeline.anonymize.keys import KeyConfigError, KeySource, Secret
from pipeline.anonymize.operators import (
    EncryptOperator,
    MaskOperator,
    NumberedOperator,
    Operator,
    PseudonymOperator,
    TagOperator,
)
from pipeline.anonymize.surrogates import GENERATORS, SurrogateOperator

DEFAULT_POLICY = "default_policy.yaml"

# Entity types the analyzer can emit: Presidio's predefined recognizers and ours
# (recognizers/*_recognizer.py). Types added by your own recognizers go under
# ``custom_entities`` in the policy.
KNOWN_ENTITIES = frozenset(
    {
        # Presidio 2.2 predefined (English and global)
        "CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
        "LOCATION", "MEDICAL_LICENSE", "NRP", "PERSON", "PHONE_NUMBER", "URL",
        "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_MBI", "US_PASSPORT", "US_SSN",
        "UK_NHS", "UK_NINO",
        # callredact recognizers
        "ABA_ROUTING_NUMBER", "ACCOUNT_ID", "ACCOUNT_NUMBER", "ADDRESS", "CARD_EXPIRY", "CVV",
        "DATE_OF_BIRTH", "DATE_OF_DEATH", "DENY_LIST", "ID_NUMBER", "PASSWORD", "PIN",
        "SECURITY_ANSWER",
    }
)  # fmt: skip

OPERATORS = ("tag", "numbered", "pseudonym", "mask", "encrypt", "surrogate")
KEY_NAMES = {"pseudonym": "pseudonym", "surrogate": "pseudonym", "encrypt": "encryption"}
_TOP_LEVEL = {"version", "default", "entities", "keys", "custom_entities", "analytics"}
START_TIME_GRANULARITIES = ("hour", "date")
K_ACTIONS = ("suppress", "flag")
QUASI_IDENTIFIERS = (
    "customer_zip3", "customer_age_band", "start_time", "queue", "disposition", "direction",
    "language",
)  # fmt: skip


class PolicyError(ValueError):
    """A policy that cannot be used; the message says which field and what to change."""


@dataclass(frozen=True)
class KAnonymitySettings:
    """k-anonymity over the analytics quasi-identifiers (see ``pipeline.manifest``)."""

    k: int = 5
    quasi_identifiers: tuple[str, ...] = ("customer_zip3", "customer_age_band", "start_time")
    action: str = "suppress"


@dataclass(frozen=True)
class AnalyticsSettings:
    start_time: str = "hour"
    k_anonymity: KAnonymitySettings = field(default_factory=KAnonymitySettings)


@dataclass(frozen=True)
class Policy:
    """Operators per entity type, the default operator, and the analytics settings.

    ``ids_key`` keys the analytics' pseudonymous ids: the pseudonym key when the policy
    names one, otherwise a random key for this run only (``ids_stable`` is False).
    """

    default: Operator
    entities: Mapping[str, Operator]
    ids_key: Secret
    ids_stable: bool
    analytics: AnalyticsSettings = field(default_factory=AnalyticsSettings)
    source: str = ""

    def operator_for(self, entity_type: str) -> Operator:
        return self.entities.get(entity_type, self.default)

    @property
    def reversible(self) -> bool:
        """True when outputs hold encrypted tokens: write them readable by the owner only."""
        return any(op.reversible for op in (self.default, *self.entities.values()))


def load_policy(path: str | None = None, environ: Mapping[str, str] | None = None) -> Policy:
    """Read and validate a policy file (default: the packaged tag-everything policy)."""
    if path is None:
        text = resources.files("pipeline.anonymize").joinpath(DEFAULT_POLICY).read_text("utf-8")
        source = f"<packaged {DEFAULT_POLICY}>"
    else:
        source = path
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as e:
            raise PolicyError(
                f"cannot read policy {path} ({type(e).__name__}): check --policy"
            ) from e
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{source}: not valid YAML{where}: fix the syntax") from e
    return parse_policy(document, source, os.environ if environ is None else environ)


def parse_policy(document: Any, source: str, environ: Mapping[str, str]) -> Policy:
    """Validate a decoded policy document and build the operators it names."""
    err = _Errors(source)
    if not isinstance(document, dict):
        raise err("the policy must be a mapping with 'default' and 'entities'")
    unknown = sorted(set(document) - _TOP_LEVEL)
    if unknown:
        raise err(f"unknown field {unknown[0]!r}: allowed are {', '.join(sorted(_TOP_LEVEL))}")
    if document.get("version", 1) != 1:
        raise err("version must be 1")

    custom = document.get("custom_entities") or []
    if not isinstance(custom, list) or not all(isinstance(c, str) and c for c in custom):
        raise err("custom_entities must be a list of entity type names")
    known = KNOWN_ENTITIES | set(custom)

    specs = document.get("entities") or {}
    if not isinstance(specs, dict):
        raise err("entities must map entity types to operators")
    for entity in specs:
        if entity not in known:
            raise err(
                f"entities.{entity}: unknown entity type: use one of {', '.join(sorted(known))},"
                " or list it under custom_entities"
            )
    default_spec = document.get("default", "tag")

    keys = _key_sources(document.get("keys") or {}, err)
    named = [(s, f"entities.{e}") for e, s in specs.items()] + [(default_spec, "default")]
    needed = {KEY_NAMES.get(_operator_name(s, where, err)) for s, where in named} - {None}
    secrets: dict[str, Secret] = {}
    for name in sorted(needed | set(keys)):
        if name not in keys:
            raise err(
                f"operators in this policy need a key: add keys.{name}: "
                f"{{env: CALLREDACT_{name.upper()}_KEY}} (or {{file: PATH}}) and set it"
            )
        try:
            secrets[name] = keys[name].load(environ)
        except KeyConfigError as e:
            raise err(f"keys.{name}: {e}") from e

    default = _operator(default_spec, "default", None, secrets, err)
    entities = {e: _operator(s, f"entities.{e}", e, secrets, err) for e, s in specs.items()}
    ids_key = secrets.get("pseudonym")
    return Policy(
        default=default,
        entities=entities,
        ids_key=ids_key or Secret.ephemeral(),
        ids_stable=ids_key is not None,
        analytics=_analytics(document.get("analytics") or {}, err),
        source=source,
    )


class _Errors:
    def __init__(self, source: str):
        self._source = source

    def __call__(self, message: str) -> PolicyError:
        return PolicyError(f"policy {self._source}: {message}")


def _key_sources(raw: Any, err: _Errors) -> dict[str, KeySource]:
    if not isinstance(raw, dict):
        raise err("keys must map 'pseudonym'/'encryption' to {env: VAR} or {file: PATH}")
    sources = {}
    for name, spec in raw.items():
        if name not in ("pseudonym", "encryption"):
            raise err(f"keys.{name}: unknown key: use 'pseudonym' or 'encryption'")
        if not isinstance(spec, dict) or set(spec) not in ({"env"}, {"file"}):
            raise err(f"keys.{name}: write {{env: VARIABLE}} or {{file: PATH}} (one of them)")
        value = spec.get("env") or spec.get("file")
        if not isinstance(value, str) or not value.strip():
            raise err(f"keys.{name}: the variable name or path must be a non-empty string")
        sources[name] = KeySource(env=spec.get("env"), file=spec.get("file"))
    return sources


def _operator_name(spec: Any, where: str, err: _Errors) -> str:
    name = (
        spec if isinstance(spec, str) else spec.get("operator") if isinstance(spec, dict) else None
    )
    if name not in OPERATORS:
        raise err(
            f"{where}: {name!r} is not an operator: use one of {', '.join(OPERATORS)} "
            "(a name, or {operator: NAME, ...settings})"
        )
    return name


_SETTINGS = {
    "tag": {"template"},
    "numbered": {"template"},
    "pseudonym": {"template", "length"},
    "mask": {"keep_last", "char"},
    "encrypt": set(),
    "surrogate": {"locale"},
}
_TEMPLATE_FIELDS = {
    "tag": ({"type"}, set()),
    "numbered": ({"type", "n"}, {"n"}),
    "pseudonym": ({"type", "token"}, {"token"}),
}


def _operator(
    spec: Any, where: str, entity: str | None, secrets: dict[str, Secret], err: _Errors
) -> Operator:
    name = _operator_name(spec, where, err)
    settings = dict(spec) if isinstance(spec, dict) else {"operator": name}
    settings.pop("operator")
    unknown = sorted(set(settings) - _SETTINGS[name])
    if unknown:
        allowed = ", ".join(sorted(_SETTINGS[name])) or "none"
        raise err(f"{where}: {name} has no setting {unknown[0]!r} (settings: {allowed})")
    if "template" in settings:
        _check_template(settings["template"], name, where, err)
    if name == "tag":
        return TagOperator(**settings)
    if name == "numbered":
        return NumberedOperator(**settings)
    if name == "mask":
        keep_last, char = settings.get("keep_last", 4), settings.get("char", "*")
        if isinstance(keep_last, bool) or not isinstance(keep_last, int) or not 0 <= keep_last <= 8:
            raise err(f"{where}: keep_last must be a whole number from 0 to 8, not {keep_last!r}")
        if not isinstance(char, str) or len(char) != 1 or char.isalnum():
            raise err(f"{where}: char must be one character that is not a letter or digit")
        return MaskOperator(keep_last=keep_last, char=char)
    if name == "pseudonym":
        length = settings.get("length", 12)
        if isinstance(length, bool) or not isinstance(length, int) or not 8 <= length <= 64:
            raise err(f"{where}: length must be a whole number from 8 to 64 hex characters")
        template = settings.get("template", "<{type}_{token}>")
        return PseudonymOperator(secrets["pseudonym"], length=length, template=template)
    if name == "encrypt":
        return EncryptOperator(secrets["encryption"])
    if entity is not None and entity not in GENERATORS:
        raise err(
            f"{where}: no surrogate generator for {entity}: use tag, numbered, pseudonym, mask "
            f"or encrypt (surrogates exist for {', '.join(sorted(GENERATORS))})"
        )
    locale = settings.get("locale", "en_US")
    _check_locale(locale, where, err)
    return SurrogateOperator(secrets["pseudonym"], locale=locale)


def _check_template(template: Any, name: str, where: str, err: _Errors) -> None:
    allowed, required = _TEMPLATE_FIELDS.get(name, (set(), set()))
    if not isinstance(template, str) or not template:
        raise err(f"{where}: template must be a non-empty string")
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as e:
        raise err(f"{where}: template is not a valid format string: balance the braces") from e
    if fields - allowed or required - fields:
        may = ", ".join("{" + f + "}" for f in sorted(allowed))
        must = ", ".join("{" + f + "}" for f in sorted(required)) or "none"
        raise err(f"{where}: a {name} template may use {may} and must use {must}")


def _check_locale(locale: Any, where: str, err: _Errors) -> None:
    from faker.config import AVAILABLE_LOCALES

    if locale not in AVAILABLE_LOCALES:
        raise err(f"{where}: locale {locale!r} is not a Faker locale (for example en_US, en_GB)")


def _analytics(raw: Any, err: _Errors) -> AnalyticsSettings:
    if not isinstance(raw, dict) or set(raw) - {"start_time", "k_anonymity"}:
        raise err("analytics may only set start_time and k_anonymity")
    start_time = raw.get("start_time", "hour")
    if start_time not in START_TIME_GRANULARITIES:
        raise err("analytics.start_time must be 'hour' or 'date'")
    k_raw = raw.get("k_anonymity") or {}
    if not isinstance(k_raw, dict) or set(k_raw) - {"k", "quasi_identifiers", "action"}:
        raise err("analytics.k_anonymity may only set k, quasi_identifiers and action")
    defaults = KAnonymitySettings()
    k = k_raw.get("k", defaults.k)
    if isinstance(k, bool) or not isinstance(k, int) or k < 2:
        raise err("analytics.k_anonymity.k must be a whole number of at least 2")
    qis = k_raw.get("quasi_identifiers", list(defaults.quasi_identifiers))
    if not isinstance(qis, list) or not qis or any(q not in QUASI_IDENTIFIERS for q in qis):
        raise err(
            "analytics.k_anonymity.quasi_identifiers must list columns from "
            + ", ".join(QUASI_IDENTIFIERS)
        )
    action = k_raw.get("action", defaults.action)
    if action not in K_ACTIONS:
        raise err("analytics.k_anonymity.action must be 'suppress' or 'flag'")
    return AnalyticsSettings(
        start_time=start_time,
        k_anonymity=KAnonymitySettings(k=k, quasi_identifiers=tuple(qis), action=action),
    )
