"""Policy loading: every config mistake fails at load with a message saying what to change."""

import os
import pickle
from pathlib import Path

import pytest
import yaml

from pipeline.anonymize import PolicyError, PolicyRedactor, load_policy
from pipeline.anonymize.keys import KeyConfigError, KeySource, Secret, decode_key_text
from pipeline.anonymize.operators import (
    EncryptOperator,
    MaskOperator,
    NumberedOperator,
    PseudonymOperator,
    TagOperator,
)
from pipeline.anonymize.policy import KNOWN_ENTITIES, parse_policy
from pipeline.anonymize.surrogates import SurrogateOperator
from tests.pipeline.test_anonym_fakes import (
    ENCRYPTION_ENV,
    PSEUDONYM_ENV,
    key_environ,
    policy_document,
)

ROOT = Path(__file__).resolve().parents[2]
ENV = key_environ()


def test_packaged_default_policy_tags_everything_without_a_key():
    policy = load_policy(None, environ={})
    assert policy.default == TagOperator()
    assert policy.entities == {}
    assert policy.ids_stable is False and policy.reversible is False


def test_example_policy_loads_with_every_operator(monkeypatch):
    env = {
        "CALLREDACT_PSEUDONYM_KEY": ENV[PSEUDONYM_ENV],
        "CALLREDACT_ENCRYPTION_KEY": ENV[ENCRYPTION_ENV],
    }
    policy = load_policy(str(ROOT / "pipeline/anonymize/example_policy.yaml"), environ=env)
    kinds = {type(op) for op in policy.entities.values()}
    assert kinds == {
        NumberedOperator,
        PseudonymOperator,
        MaskOperator,
        EncryptOperator,
        SurrogateOperator,
    }
    assert policy.reversible and policy.ids_stable
    assert policy.analytics.k_anonymity.k == 5


def test_key_from_file(tmp_path):
    key_file = tmp_path / "pseudonym.key"
    key_file.write_text(ENV[PSEUDONYM_ENV] + "\n", encoding="utf-8")
    document = policy_document({"PERSON": "pseudonym"})
    document["keys"] = {"pseudonym": {"file": str(key_file)}}
    policy = parse_policy(document, "p.yaml", environ={})
    from_env = parse_policy(policy_document({"PERSON": "pseudonym"}), "p.yaml", ENV)
    assert policy.operator_for("PERSON").token("Ana Ruiz", "PERSON") == from_env.operator_for(
        "PERSON"
    ).token("Ana Ruiz", "PERSON")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"entities": {"PERSON": "pseudonm"}}, "entities.PERSON: 'pseudonm' is not an operator"),
        ({"entities": {"PERSN": "tag"}}, "entities.PERSN: unknown entity type"),
        ({"default": {"operator": "mask", "keep_last": -1}}, "keep_last must be a whole number"),
        ({"default": {"operator": "mask", "keep_last": "4"}}, "keep_last must be a whole number"),
        ({"default": {"operator": "mask", "char": "x"}}, "char must be one character"),
        ({"default": {"operator": "mask", "keep": 4}}, "mask has no setting 'keep'"),
        ({"default": {"operator": "numbered", "template": "<{type}>"}}, "must use {n}"),
        ({"default": {"operator": "pseudonym", "length": 4}}, "length must be a whole number"),
        ({"default": {"operator": "tag", "template": "[{type"}}, "balance the braces"),
        ({"entities": {"NRP": "surrogate"}}, "no surrogate generator for NRP"),
        (
            {"entities": {"PERSON": {"operator": "surrogate", "locale": "xx_YY"}}},
            "not a Faker locale",
        ),
        ({"colour": "blue"}, "unknown field 'colour'"),
        ({"version": 2}, "version must be 1"),
        ({"keys": {"pseudonym": {"env": "A", "file": "b"}}}, "write {env: VARIABLE}"),
        ({"keys": {"signing": {"env": "A"}}}, "keys.signing: unknown key"),
        ({"analytics": {"start_time": "minute"}}, "start_time must be 'hour' or 'date'"),
        ({"analytics": {"k_anonymity": {"k": 1}}}, "k must be a whole number of at least 2"),
        ({"analytics": {"k_anonymity": {"quasi_identifiers": ["ssn"]}}}, "quasi_identifiers"),
        ({"analytics": {"k_anonymity": {"action": "drop"}}}, "'suppress' or 'flag'"),
    ],
)
def test_invalid_policies_fail_at_load_saying_what_to_change(change, message):
    document = {**policy_document({"PERSON": "tag"}), **change}
    with pytest.raises(PolicyError, match="policy p.yaml: ") as raised:
        parse_policy(document, "p.yaml", ENV)
    assert message in str(raised.value)


@pytest.mark.parametrize("operator", ["pseudonym", "surrogate", "encrypt"])
def test_a_keyed_operator_without_a_configured_key_names_the_key_to_add(operator):
    document = {"version": 1, "entities": {"PERSON": operator}}
    with pytest.raises(PolicyError, match=r"need a key: add keys\.(pseudonym|encryption)"):
        parse_policy(document, "p.yaml", ENV)


def test_a_key_variable_that_is_not_set_is_named_in_the_error():
    document = policy_document({"PERSON": "pseudonym"})
    with pytest.raises(PolicyError, match=f"environment variable {PSEUDONYM_ENV} is not set"):
        parse_policy(document, "p.yaml", {ENCRYPTION_ENV: ENV[ENCRYPTION_ENV]})


@pytest.mark.parametrize(
    "text, message",
    [("too-short", "not hex or base64"), ("ab" * 16, "holds 16 bytes"), ("!!" * 40, "not hex")],
)
def test_weak_or_malformed_keys_are_refused(text, message):
    with pytest.raises(KeyConfigError, match=message):
        decode_key_text(text, "key file k")


def test_unreadable_key_file_says_to_check_the_path(tmp_path):
    with pytest.raises(KeyConfigError, match="cannot read key file .* check the path"):
        KeySource(file=str(tmp_path / "missing.key")).load({})


def test_yaml_syntax_errors_give_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\nentities:\n  PERSON: [tag\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"not valid YAML at line \d+"):
        load_policy(str(path), environ={})


def test_custom_entities_are_accepted_once_declared():
    document = policy_document({"LOYALTY_ID": "numbered"}, custom_entities=["LOYALTY_ID"])
    assert parse_policy(document, "p.yaml", ENV).operator_for("LOYALTY_ID") == NumberedOperator()


def test_catalogue_covers_every_entity_our_recognizers_emit():
    import re

    emitted = set()
    for path in (ROOT / "recognizers").glob("*_recognizer.py"):
        emitted |= set(re.findall(r'^\s+ENTITY = "([A-Z_]+)"', path.read_text("utf-8"), re.M))
    assert emitted and emitted <= KNOWN_ENTITIES


def test_no_key_material_in_repr_or_pickled_redactor_repr():
    policy = parse_policy(
        policy_document({"PERSON": "pseudonym", "US_SSN": "encrypt", "PHONE_NUMBER": "surrogate"}),
        "p.yaml",
        ENV,
    )
    material = {ENV[PSEUDONYM_ENV], ENV[ENCRYPTION_ENV]}
    texts = [
        repr(policy),
        str(policy.ids_key),
        repr(PolicyRedactor(policy)),
        repr(pickle.loads(pickle.dumps(PolicyRedactor(policy)))),
    ]
    for text in texts:
        for key in material:
            assert key not in text and key[:16] not in text
            assert bytes.fromhex(key).hex() not in text
    assert "withheld" in str(policy.ids_key)


def test_root_keys_never_travel_to_workers():
    """What Beam pickles (redactor, analytics transforms) holds derived sub-keys only."""
    from pipeline.analytics import BuildAnalytics
    from pipeline.manifest import ManifestSpec, ReadManifest

    policy = parse_policy(
        policy_document({"PERSON": "pseudonym", "US_SSN": "encrypt", "PHONE_NUMBER": "surrogate"}),
        "p.yaml",
        ENV,
    )
    read_manifest = ReadManifest(ManifestSpec("m.csv", "call_id"), policy.ids_key, policy.analytics)
    shipped = b"".join(
        pickle.dumps(t) for t in (PolicyRedactor(policy), BuildAnalytics(policy), read_manifest)
    )
    for key in (ENV[PSEUDONYM_ENV], ENV[ENCRYPTION_ENV]):
        assert bytes.fromhex(key) not in shipped
    assert policy.ids_key.derive("analytics:ids") in pickle.dumps(BuildAnalytics(policy))


def test_secret_round_trips_through_pickle_and_derives_distinct_subkeys():
    secret = Secret(os.urandom(32))
    clone = pickle.loads(pickle.dumps(secret))
    assert clone == secret
    assert clone.derive("a") == secret.derive("a") != secret.derive("b")


def test_policy_file_round_trip_through_yaml(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(
        yaml.safe_dump(policy_document({"CREDIT_CARD": {"operator": "mask", "keep_last": 2}}))
    )
    policy = load_policy(str(path), environ=ENV)
    assert policy.operator_for("CREDIT_CARD") == MaskOperator(keep_last=2, char="*")
    assert policy.operator_for("PERSON") == TagOperator()
