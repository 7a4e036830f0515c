"""Fixtures for recognizer tests: analyzers without the spaCy model unless a test needs it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.schema import Call, Turn
from recognizers.call_analyzer import CallAnalyzer
from recognizers.config import load_config
from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from recognizers.spoken_normalizer import normalize
from recognizers.spoken_person_recognizer import SpokenPersonRecognizer


def found(recognizer, text: str, threshold: float = 0.4) -> set[str]:
    """The original substrings a recognizer finds in ``text`` (run on the normalised text)."""
    norm = normalize(text)
    out = set()
    for r in recognizer.analyze(norm.text, recognizer.supported_entities):
        if r.score >= threshold:
            start, end = norm.to_original(r.start, r.end)
            out.add(text[start:end])
    return out


def found_names(recognizer, text: str) -> set[str]:
    """The lower-cased names a person recognizer finds in ``text`` as given (no normalising)."""
    return {text[r.start : r.end].lower() for r in recognizer.analyze(text, ["PERSON"])}


def found_raw(recognizer, text: str) -> list[str]:
    """The substrings a recognizer finds in ``text`` as given (no normalising, no score
    threshold), in the order it reports them."""
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]


def call_of(*turns: tuple[str, str], call_id: str = "test-call") -> Call:
    """A call from (speaker, text) pairs."""
    return Call(call_id, tuple(Turn(speaker, text) for speaker, text in turns))


def said(*lines: str, call_id: str = "test-call") -> Call:
    """A call from "A: …" (agent) and "C: …" (customer) lines."""
    speakers = {"A": "agent", "C": "customer"}
    return Call(call_id, tuple(Turn(speakers[line[0]], line[3:]) for line in lines))


def redacted_values(analyzer: CallAnalyzer, *lines: str) -> list[list[str]]:
    """Per turn of ``said(*lines)``, the substrings the analyzer reports, in order."""
    call = said(*lines)
    return [
        [turn.text[e.start : e.end] for e in entities]
        for turn, entities in zip(call.turns, analyzer.analyze_call(call), strict=True)
    ]


def all_redacted_values(analyzer: CallAnalyzer, *lines: str) -> list[str]:
    """Every substring the analyzer reports in ``said(*lines)``, all turns together."""
    return [text for turn in redacted_values(analyzer, *lines) for text in turn]


def turn_redacted(analyzer: CallAnalyzer, lines, turn: int) -> str:
    """The substrings the analyzer reports in one turn of ``said(*lines)``, joined."""
    return " ".join(redacted_values(analyzer, *lines)[turn])


def found_in_call(analyzer: CallAnalyzer, turns) -> list[tuple[int, str, str]]:
    """(turn, entity, text) of each span found in a call given as (speaker, text) pairs."""
    lines = [("A: " if s == "agent" else "C: ") + t for s, t in turns]
    return [(i, e, t) for i, pairs in enumerate(redacted(analyzer, said(*lines))) for e, t in pairs]


def texts_in_turn(found: list[tuple[int, str, str]], turn: int) -> list[str]:
    """The texts of ``found_in_call``'s spans in one turn."""
    return [t for i, _, t in found if i == turn]


def redacted(analyzer: CallAnalyzer, call: Call) -> list[set[tuple[str, str]]]:
    """Per turn, the (entity, original substring) pairs the analyzer reports."""
    return [
        {(e.entity_type, turn.text[e.start : e.end]) for e in entities}
        for turn, entities in zip(call.turns, analyzer.analyze_call(call), strict=True)
    ]


def covered(analyzer: CallAnalyzer, call: Call) -> list[str]:
    """Per turn, the text with every redacted character replaced by '#'."""
    out = []
    for turn, entities in zip(call.turns, analyzer.analyze_call(call), strict=True):
        chars = list(turn.text)
        for e in entities:
            for k in range(e.start, e.end):
                chars[k] = "#"
        out.append("".join(chars))
    return out


@pytest.fixture(scope="session")
def analyzer() -> CallAnalyzer:
    """The packaged config without NER: fast, and what the rule-based layers do alone."""
    return CallAnalyzer(replace(load_config(), ner_enabled=False))


@pytest.fixture(scope="session")
def ner_analyzer() -> CallAnalyzer:
    """The packaged config with the real spaCy model (loads in about a second)."""
    return CallAnalyzer.create()


@pytest.fixture(scope="session")
def person() -> SpokenPersonRecognizer:
    return SpokenPersonRecognizer()


@pytest.fixture(scope="session")
def gazetteer() -> NameGazetteerRecognizer:
    recognizer = NameGazetteerRecognizer()
    recognizer.load()
    return recognizer


def assert_masked(analyzer: CallAnalyzer, turns, turn: int, hidden, kept) -> None:
    """Every value in ``hidden`` is wholly redacted in turn ``turn``; every value in
    ``kept`` is still readable there."""
    masks = covered(analyzer, call_of(*turns))
    text = turns[turn][1]
    for value in hidden:
        start = text.index(value)
        assert set(masks[turn][start : start + len(value)]) == {"#"}, (value, masks[turn])
    for value in kept:
        assert value in masks[turn], (value, masks[turn])


def value_hidden(masked: str, text: str, value: str) -> bool:
    """Every character of ``value`` (its first place in ``text``) is redacted in ``masked``."""
    start = text.index(value)
    return set(masked[start : start + len(value)]) == {"#"}


def value_readable(masked: str, text: str, value: str) -> bool:
    """No character of ``value`` (its first place in ``text``) is redacted in ``masked``."""
    start = text.index(value)
    return "#" not in masked[start : start + len(value)]
