"""``callredact reidentify``: encrypted values come back for key holders, only for them."""

import argparse
import io
import json
import logging
import os
import stat

import pytest

from pipeline.anonymize import PolicyRedactor
from pipeline.anonymize.policy import parse_policy
from pipeline.anonymize.reidentify import (
    add_reidentify_arguments,
    reidentify_record,
    run_reidentify,
)
from pipeline.records import redacted_call_to_dict, to_json_line
from tests.pipeline.test_anonym_fakes import (
    ENCRYPTION_ENV,
    key_environ,
    pii_heavy_calls,
    policy_document,
)

ENTITIES = {
    "US_SSN": "encrypt",
    "CREDIT_CARD": "encrypt",
    "PERSON": "numbered",
    "PHONE_NUMBER": "mask",
}


def parse(argv):
    parser = argparse.ArgumentParser()
    add_reidentify_arguments(parser)
    return parser.parse_args(argv)


@pytest.fixture
def redacted_folder(tmp_path):
    env = key_environ()
    policy = parse_policy(policy_document(ENTITIES), "p.yaml", env)
    planted = pii_heavy_calls(3)
    redactor = PolicyRedactor(policy)
    folder = tmp_path / "redacted"
    folder.mkdir()
    lines = [to_json_line(redacted_call_to_dict(redactor(d))) for d in planted.detected]
    (folder / "calls-00000-of-00001.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return folder, env, planted, policy


def test_round_trip_restores_encrypted_values_and_their_offsets(
    redacted_folder, tmp_path, monkeypatch, caplog
):
    caplog.set_level(logging.DEBUG, logger="pipeline")
    folder, env, planted, _ = redacted_folder
    monkeypatch.setenv(ENCRYPTION_ENV, env[ENCRYPTION_ENV])
    out = tmp_path / "reidentified.jsonl"
    err = io.StringIO()
    code = run_reidentify(
        parse(
            ["--input", str(folder / "*.jsonl"), "--output", str(out), "--key-env", ENCRYPTION_ENV]
        ),
        err=err,
    )
    assert code == 0, err.getvalue()
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    originals = {d.call.call_id: d for d in planted.detected}
    for record in records:
        call = originals[record["call_id"]].call
        ssn_turn = record["turns"][3]
        original_ssn = call.turns[3].text.split(",")[0]
        assert ssn_turn["text"].startswith(original_ssn + ", phone ***-***-")
        for turn in record["turns"]:
            assert "<ENC:" not in turn["text"]
            for r in turn["redactions"]:
                piece = turn["text"][r["start"] : r["end"]]
                if r.get("reidentified"):
                    assert piece in planted.values
                else:
                    assert piece not in planted.values
        card_turn = record["turns"][1]
        assert card_turn["text"] == call.turns[1].text.replace(
            call.turns[1].text.split("it's ")[1].split(",")[0], "<PERSON_2>"
        )
    assert "restored 9 values in 3 calls" in err.getvalue()
    assert "9 values restored in 3 calls" in caplog.text  # audited, by count only
    assert not [v for v in planted.values if v in caplog.text + err.getvalue()]


def test_wrong_key_fails_without_writing_or_quoting_anything(
    redacted_folder, tmp_path, monkeypatch
):
    folder, _, planted, _ = redacted_folder
    monkeypatch.setenv("WRONG_KEY", key_environ("other")[ENCRYPTION_ENV])
    out = tmp_path / "out.jsonl"
    err = io.StringIO()
    code = run_reidentify(
        parse(["--input", str(folder / "*"), "--output", str(out), "--key-env", "WRONG_KEY"]),
        err=err,
    )
    assert code == 1 and not out.exists()
    assert "does not decrypt with this key" in err.getvalue()
    assert not any(v in err.getvalue() for v in planted.values)


def test_key_source_from_the_policy_and_from_a_file(redacted_folder, tmp_path):
    folder, env, _, _ = redacted_folder
    key_file = tmp_path / "enc.key"
    key_file.write_text(env[ENCRYPTION_ENV], "utf-8")
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(json.dumps({"keys": {"encryption": {"file": str(key_file)}}}), "utf-8")
    for option in (["--key-file", str(key_file)], ["--policy", str(policy_file)]):
        out = tmp_path / f"out{option[0]}.jsonl"
        assert (
            run_reidentify(
                parse(["--input", str(folder / "*"), "--output", str(out), *option]),
                err=io.StringIO(),
            )
            == 0
        )
        assert "<ENC:" not in out.read_text("utf-8")


def test_missing_key_variable_says_what_to_set(redacted_folder, tmp_path, monkeypatch):
    folder, *_ = redacted_folder
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    err = io.StringIO()
    code = run_reidentify(
        parse(
            [
                "--input",
                str(folder / "*"),
                "--output",
                str(tmp_path / "o.jsonl"),
                "--key-env",
                "NOT_SET_ANYWHERE",
            ]
        ),
        err=err,
    )
    assert code == 1 and "NOT_SET_ANYWHERE is not set" in err.getvalue()


def test_records_without_encrypted_tokens_are_left_alone():
    record = {
        "turns": [
            {"text": "hi [PERSON]", "redactions": [{"start": 3, "end": 11, "type": "PERSON"}]}
        ]
    }
    policy = parse_policy(policy_document({"US_SSN": "encrypt"}), "p", key_environ())
    assert reidentify_record(record, policy.operator_for("US_SSN")) == 0
    assert record["turns"][0]["text"] == "hi [PERSON]"
