"""The recognizer YAML: the packaged default loads, mistakes fail with what to change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.config import load_config, parse_config
from recognizers.registry import (
    KNOWN_RECOGNIZERS,
    PATTERN_RECOGNIZER_MODULES,
    pattern_recognizers,
)
from tests.recognizers.conftest import call_of, redacted

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_default_names_every_recognizer():
    config = load_config()
    assert set(config.recognizers) == set(KNOWN_RECOGNIZERS)
    assert config.score_threshold == 0.4
    assert all(s.enabled for s in config.recognizers.values())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"recognizers": {"SpokenCardRecogniser": {"enabled": True}}}, "unknown recognizer"),
        ({"recognizers": {"CvvRecognizer": {"enabled": "yes"}}}, "must be true or false"),
        ({"recognizers": {"CvvRecognizer": {"score_threshold": 2}}}, "between 0 and 1"),
        ({"recognizers": {"CvvRecognizer": {"threshold": 0.5}}}, "unknown key 'threshold'"),
        ({"recognizers": {"CvvRecognizer": {"context": "cvv"}}}, "list of strings"),
        ({"score_threshold": "high"}, "between 0 and 1"),
        ({"scoring": 0.5}, "unknown key 'scoring'"),
        ({"context": {"window": -1}}, "context.window"),
        ({"context": {"conversation": 1}}, "must be true or false"),
        ({"allow_list": "Acme"}, "list of strings"),
        ({"allow_list": ["Acme", 3]}, "non-empty strings"),
        ({"deny_list": {"person": ["x"]}}, "entity names in capitals"),
        ({"ner": {"labels": {"PERSON": 1}}}, "ner.labels"),
        (["not", "a", "mapping"], "must be a mapping"),
    ],
)
def test_invalid_config_says_what_to_change(data, message):
    with pytest.raises(ValueError, match=message):
        parse_config(data)


def test_bad_yaml_file_fails_before_any_model_loads(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("recognizers:\n  CvvRecognizer: {enabled: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        CallAnalyzer.create(path)


def test_missing_file_is_reported(tmp_path: Path):
    with pytest.raises(ValueError, match="does not exist"):
        CallAnalyzer.create(tmp_path / "nope.yaml")


def test_disabling_a_recognizer_turns_it_off(tmp_path: Path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "ner: {enabled: false}\n"
        "context: {conversation: false, propagate: false}\n"
        "recognizers:\n"
        "  PinRecognizer: {enabled: false}\n"
        "  DigitSafetyNetRecognizer: {enabled: false}\n",
        encoding="utf-8",
    )
    call = call_of(("CUSTOMER", "my pin is 4421"))
    assert redacted(CallAnalyzer.create(path), call) == [set()]
    assert ("PIN", "4421") in redacted(CallAnalyzer.create(None, nlp=None), call)[0]


def test_per_recognizer_threshold_and_lists(tmp_path: Path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "ner: {enabled: false}\n"
        "recognizers:\n"
        "  DigitSafetyNetRecognizer: {score_threshold: 0.9}\n"
        "allow_list: [Northwind]\n"
        "deny_list: {PERSON: [Quillfeather]}\n",
        encoding="utf-8",
    )
    analyzer = CallAnalyzer.create(path)
    found = redacted(analyzer, call_of(("A", "it's 48213377, ask quillfeather at Northwind")))[0]
    assert ("ID_NUMBER", "48213377") not in found
    assert ("PERSON", "quillfeather") in found
    assert analyzer.config.allow_list == ("Northwind",)


def test_extra_lists_merge_with_the_yaml():
    config = load_config().with_lists(["Acme"], ["Zed"])
    assert "Acme" in config.allow_list
    assert config.deny_list["DENY_LIST"] == ("Zed",)


def test_every_registered_name_resolves_to_that_class():
    classes = pattern_recognizers()
    assert set(classes) == set(PATTERN_RECOGNIZER_MODULES)
    assert all(cls.__name__ == name for name, cls in classes.items())


def test_validating_a_config_does_not_load_presidio_or_spacy():
    # The driver validates the config before it starts local workers; importing the
    # recognizers there would delay every worker by seconds.
    code = (
        "import sys; from pipeline.jobs import check_recognizer_config; "
        "check_recognizer_config(None); "
        "print(sorted(m for m in ('presidio_analyzer', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
