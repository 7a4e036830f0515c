"""The recognizer YAML: load, validate, and fail before any data is read.

Format (``recognizers/config.yaml`` is the packaged default)::

    score_threshold: 0.4            # results below this are dropped
    context:                        # how the conversation is used
      boost: 0.35                   # added to a score when a context word is near
      window: 60                    # characters before a match searched for context
      conversation: true            # type an answer by the question before it
      chunked_numbers: true         # numbers read in groups over several turns
      propagate: true               # redact later repeats of a value already found
    ner: {enabled: true, labels: {PERSON: PERSON, GPE: LOCATION, LOC: LOCATION}}
    recognizers:                    # every recognizer, by class name
      SpokenCardRecognizer: {enabled: true, score_threshold: 0.4, context: [card]}
    allow_list: [Acme Bank]         # never redacted (the company's name, products)
    deny_list: {PERSON: [Zed]}      # always redacted, as that entity
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from recognizers.registry import KNOWN_RECOGNIZERS, NER_RECOGNIZER

DEFAULT_CONFIG = "config.yaml"
_TOP_KEYS = ("score_threshold", "context", "ner", "recognizers", "allow_list", "deny_list")
_CONTEXT_KEYS = ("boost", "window", "conversation", "chunked_numbers", "propagate")
_NER_KEYS = ("enabled", "labels")
_RECOGNIZER_KEYS = ("enabled", "score_threshold", "context")


@dataclass(frozen=True)
class RecognizerSettings:
    """One recognizer's switches from the YAML."""

    enabled: bool = True
    score_threshold: float | None = None
    context: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AnalyzerConfig:
    """The validated recognizer configuration."""

    score_threshold: float = 0.4
    context_boost: float = 0.35
    context_window: int = 60
    conversation: bool = True
    chunked_numbers: bool = True
    propagate: bool = True
    ner_enabled: bool = True
    ner_labels: Mapping[str, str] = field(
        default_factory=lambda: {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
    )
    recognizers: Mapping[str, RecognizerSettings] = field(default_factory=dict)
    allow_list: tuple[str, ...] = ()
    deny_list: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def settings(self, name: str) -> RecognizerSettings:
        """The settings of recognizer ``name`` (defaults when the YAML omits it)."""
        return self.recognizers.get(name, RecognizerSettings())

    def with_lists(
        self,
        allow_list: Sequence[str] = (),
        deny_list: Mapping[str, Sequence[str]] | Sequence[str] = (),
    ) -> AnalyzerConfig:
        """A copy with extra allow/deny terms (the QA feedback loop adds these)."""
        extra_deny = _deny_list(deny_list, "deny_list argument")
        merged = {k: tuple(v) for k, v in self.deny_list.items()}
        for entity, terms in extra_deny.items():
            merged[entity] = merged.get(entity, ()) + terms
        allow = self.allow_list + _strings(list(allow_list), "allow_list argument")
        return replace(self, allow_list=allow, deny_list=merged)


def load_config(config_path: str | Path | None = None) -> AnalyzerConfig:
    """Read and validate the YAML at ``config_path`` (None: the packaged default)."""
    if config_path is None:
        text = resources.files("recognizers").joinpath(DEFAULT_CONFIG).read_text("utf-8")
        where = f"packaged recognizers/{DEFAULT_CONFIG}"
    else:
        path = Path(config_path)
        if not path.is_file():
            raise ValueError(
                f"recognizer config {str(path)!r} does not exist: pass an existing YAML file "
                "or omit it to use the packaged default"
            )
        text = path.read_text("utf-8")
        where = str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ValueError(f"{where} is not valid YAML: fix the syntax near {_mark(e)}") from e
    try:
        return parse_config(data if data is not None else {})
    except ValueError as e:
        raise ValueError(f"{where}: {e}") from e


def parse_config(data: Any) -> AnalyzerConfig:
    """Validate a parsed YAML document and build the config."""
    top = _mapping(data, "the top level", _TOP_KEYS)
    context = _mapping(top.get("context", {}), "context", _CONTEXT_KEYS)
    ner = _mapping(top.get("ner", {}), "ner", _NER_KEYS)
    recognizers = _mapping(top.get("recognizers", {}), "recognizers", None)
    settings = {}
    for name, value in recognizers.items():
        if name not in KNOWN_RECOGNIZERS:
            raise ValueError(
                f"unknown recognizer {name!r} under 'recognizers': use one of "
                f"{', '.join(sorted(KNOWN_RECOGNIZERS))}"
            )
        item = _mapping(value if value is not None else {}, f"recognizers.{name}", _RECOGNIZER_KEYS)
        ctx = item.get("context")
        settings[name] = RecognizerSettings(
            enabled=_bool(item.get("enabled", True), f"recognizers.{name}.enabled"),
            score_threshold=(
                None
                if item.get("score_threshold") is None
                else _score(item["score_threshold"], f"recognizers.{name}.score_threshold")
            ),
            context=None if ctx is None else _strings(ctx, f"recognizers.{name}.context"),
        )
    labels = ner.get("labels", AnalyzerConfig().ner_labels)
    labels = _mapping(labels, "ner.labels", None)
    for key, value in labels.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ValueError(
                "ner.labels must map spaCy labels to entity names, e.g. PERSON: PERSON"
            )
    ner_enabled = _bool(ner.get("enabled", True), "ner.enabled")
    if NER_RECOGNIZER in settings and not settings[NER_RECOGNIZER].enabled:
        ner_enabled = False
    window = context.get("window", 60)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ValueError(
            f"context.window must be a whole number of characters >= 0, got {window!r}"
        )
    return AnalyzerConfig(
        score_threshold=_score(top.get("score_threshold", 0.4), "score_threshold"),
        context_boost=_score(context.get("boost", 0.35), "context.boost"),
        context_window=window,
        conversation=_bool(context.get("conversation", True), "context.conversation"),
        chunked_numbers=_bool(context.get("chunked_numbers", True), "context.chunked_numbers"),
        propagate=_bool(context.get("propagate", True), "context.propagate"),
        ner_enabled=ner_enabled,
        ner_labels=dict(labels),
        recognizers=settings,
        allow_list=_strings(top.get("allow_list", []) or [], "allow_list"),
        deny_list=_deny_list(top.get("deny_list", {}) or {}, "deny_list"),
    )


def _mark(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else "the reported position"


def _mapping(value: Any, where: str, allowed: Sequence[str] | None) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where} must be a mapping (key: value), got {type(value).__name__}")
    if allowed is not None:
        unknown = [k for k in value if k not in allowed]
        if unknown:
            raise ValueError(
                f"unknown key {unknown[0]!r} in {where}: use one of {', '.join(allowed)}"
            )
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where} must be true or false, got {value!r}")
    return value


def _score(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"{where} must be a number between 0 and 1, got {value!r}")
    return float(value)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(f"{where} must be a list of strings, got {type(value).__name__}")
    out = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{where} must contain only non-empty strings, got {item!r}")
        out.append(item.strip())
    return tuple(out)


def _deny_list(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    """A list of terms (entity DENY_LIST) or a mapping entity -> list of terms."""
    if isinstance(value, Mapping):
        out = {}
        for entity, terms in value.items():
            if not isinstance(entity, str) or not entity.isupper():
                raise ValueError(
                    f"{where} keys must be entity names in capitals (e.g. PERSON), got {entity!r}"
                )
            out[entity] = _strings(terms or [], f"{where}.{entity}")
        return out
    terms = _strings(value, where)
    return {"DENY_LIST": terms} if terms else {}
