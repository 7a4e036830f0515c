"""Secret keys for the keyed operators: where they come from and how they are held.

A key is named in the policy (``{env: VAR}`` or ``{file: PATH}``), never written in it,
and there is no built-in default: a policy that needs a key and cannot find one is a
config error that says which variable to set. Keys are text (hex or base64) encoding at
least 32 random bytes; ``generate_key_text()`` makes one.

``Secret`` holds the bytes. Its ``repr``/``str`` show only a short fingerprint, so a key
never reaches a log line or a traceback by accident. It pickles its bytes, because Beam
ships the redactor to workers that do not have the driver's environment: restrict who
can read the runner's staging location when keyed operators are in use.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MIN_KEY_BYTES = 32
_HEX = re.compile(r"^[0-9a-fA-F]+$")


class KeyConfigError(ValueError):
    """A key that is missing or unusable; the message says what to set or fix."""


class Secret:
    """Key bytes that never show themselves in ``repr``, ``str`` or logs."""

    __slots__ = ("_material",)

    def __init__(self, material: bytes):
        if len(material) < MIN_KEY_BYTES:
            raise KeyConfigError(f"a key must be at least {MIN_KEY_BYTES} bytes")
        self._material = bytes(material)

    @classmethod
    def ephemeral(cls) -> Secret:
        """A random key for this run only (ids cannot be linked across runs)."""
        return cls(secrets.token_bytes(MIN_KEY_BYTES))

    def derive(self, purpose: str, length: int = 32) -> bytes:
        """A sub-key for one purpose (HKDF-SHA256), so that uses never correlate."""
        hkdf = HKDF(algorithm=SHA256(), length=length, salt=b"callredact-v1", info=purpose.encode())
        return hkdf.derive(self._material)

    @property
    def fingerprint(self) -> str:
        """8 hex characters that identify the key (safe to log): which key, not what key."""
        return self.derive("fingerprint", 4).hex()

    def __repr__(self) -> str:
        return f"Secret(fingerprint={self.fingerprint}, material=<withheld>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._material, other._material)

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __getstate__(self):
        return {"material": self._material}

    def __setstate__(self, state):
        self._material = state["material"]


@dataclass(frozen=True)
class KeySource:
    """Where a key comes from: an environment variable or a file (exactly one)."""

    env: str | None = None
    file: str | None = None

    def describe(self) -> str:
        return f"environment variable {self.env}" if self.env else f"key file {self.file}"

    def load(self, environ: Mapping[str, str] | None = None) -> Secret:
        """The key, or KeyConfigError saying exactly what to set."""
        environ = os.environ if environ is None else environ
        if self.env:
            text = environ.get(self.env, "")
            if not text.strip():
                raise KeyConfigError(
                    f"environment variable {self.env} is not set: set it to a key of at "
                    f"least {MIN_KEY_BYTES} random bytes in hex or base64 (for example "
                    "`export "
                    f"{self.env}=$(python -c 'import secrets; print(secrets.token_hex(32))')`)"
                )
            return Secret(decode_key_text(text, self.describe()))
        try:
            with open(self.file, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as e:
            raise KeyConfigError(
                f"cannot read key file {self.file} ({type(e).__name__}): check the path "
                "and that this user may read it"
            ) from e
        return Secret(decode_key_text(text, self.describe()))


def decode_key_text(text: str, where: str) -> bytes:
    """Hex or base64 (standard or URL-safe) text → bytes, at least MIN_KEY_BYTES long."""
    text = text.strip()
    material: bytes | None = None
    if _HEX.match(text) and len(text) % 2 == 0:
        material = bytes.fromhex(text)
    else:
        try:
            padded = text + "=" * (-len(text) % 4)
            material = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            material = None
    if material is None:
        raise KeyConfigError(f"{where} is not hex or base64: store the key as hex or base64 text")
    if len(material) < MIN_KEY_BYTES:
        raise KeyConfigError(
            f"{where} holds {len(material)} bytes; use at least {MIN_KEY_BYTES} random bytes "
            "(64 hex characters)"
        )
    return material


def generate_key_text() -> str:
    """A new random key as hex text, for an environment variable or a key file."""
    return secrets.token_hex(MIN_KEY_BYTES)
