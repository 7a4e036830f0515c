"""Anonymisation operators: what replaces one detected value.

Each operator maps ``(value, entity_type, state)`` to a replacement. ``state`` lives for
one call, so ``numbered`` can give every mention of the same person the same number, and
a first name alone ("Thanks, Marcus") counts as the call's full name that contains it.
Values are compared after ``normalise_value`` (case, spacing, spoken digits), so
"four one one one" and "4111" are one value.

Operators hold derived sub-keys, never the policy key itself, and their ``repr`` shows
the operator and its settings only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from pipeline.anonymize.keys import Secret
from recognizers.spoken_normalizer import normalize

# Types whose values are numbers: sameness is decided on the digits alone.
NUMERIC_TYPES = frozenset(
    {
        "CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "US_ITIN", "US_BANK_NUMBER", "ACCOUNT_NUMBER",
        "ABA_ROUTING_NUMBER", "PIN", "CVV", "CARD_EXPIRY", "US_PASSPORT", "ID_NUMBER",
    }
)  # fmt: skip
# Types whose values are codes of letters and digits: case and separators do not matter.
CODE_TYPES = frozenset(
    {"ACCOUNT_ID", "IBAN_CODE", "US_DRIVER_LICENSE", "MEDICAL_LICENSE", "CRYPTO"}
)

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_NOT_DIGIT = re.compile(r"\D")
_NOT_ALNUM = re.compile(r"[\W_]")

# Encrypted tokens in text: <ENC:CREDIT_CARD:base64url>. The type is authenticated too.
ENCRYPTED_TOKEN = re.compile(r"<ENC:([A-Z][A-Z0-9_]*):([A-Za-z0-9_-]+)>")


def written_form(value: str) -> str:
    """Spoken numbers and spelled letters rewritten ("four one" → "41"), as detection
    sees them (``recognizers.spoken_normalizer``)."""
    return normalize(value).text


_SPELLED = re.compile(r"^[^\W\d_](?:[\s.-]+[^\W\d_])+[.]?$")


def is_spelled(value: str) -> bool:
    """Letters read out one by one: "r a m a n", "R-A-M-A-N"."""
    return bool(_SPELLED.match(value.strip()))


def normalise_value(value: str, entity_type: str) -> str:
    """The form two mentions must share to count as the same value."""
    text = unicodedata.normalize("NFKC", value)
    if is_spelled(text):
        return "".join(c for c in text if c.isalpha()).casefold()
    if entity_type in NUMERIC_TYPES:
        digits = _NOT_DIGIT.sub("", written_form(text))
        if digits:
            return digits
    if entity_type in CODE_TYPES or entity_type == "EMAIL_ADDRESS":
        text = written_form(text)
        if entity_type != "EMAIL_ADDRESS":
            return _NOT_ALNUM.sub("", text).casefold()
    text = _SPACE.sub(" ", text.casefold()).strip()
    return _EDGE_PUNCT.sub("", text) or text


# Said before a name and redacted with it ("Mr. Whitfield", "mister okafor", "doctor patel").
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "mister", "missus", "doctor"}
)


def _name_tokens(normalised: str) -> frozenset[str]:
    return frozenset(t.strip(".,") for t in normalised.split()) - HONORIFICS


def person_aliases(names: Iterable[str]) -> dict[str, str]:
    """Partial names → the one fuller name of the same call that contains them.

    "marcus" and "mr. whitfield" → "marcus whitfield" when that is the only name in the
    call holding those words; with two candidates ("marcus whitfield", "marcus lee") a
    partial name stays itself rather than risk joining two people.
    """
    unique = sorted(set(names))
    aliases = {}
    for name in unique:
        tokens = _name_tokens(name)
        if not tokens:
            continue
        fuller = [m for m in unique if tokens < _name_tokens(m)]
        maximal = {m for m in fuller if not any(_name_tokens(m) < _name_tokens(o) for o in fuller)}
        if len(maximal) == 1:
            aliases[name] = maximal.pop()
    return aliases


@dataclass
class CallState:
    """What operators remember within one call: numbers given, and person-name aliases."""

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    person_aliases: dict[str, str] = field(default_factory=dict)

    def canonical(self, entity_type: str, normalised: str) -> str:
        """The value to treat this one as: a first name stands for the call's full name."""
        if entity_type != "PERSON":
            return normalised
        return self.person_aliases.get(normalised, normalised)

    def number(self, entity_type: str, normalised: str) -> int:
        key = (entity_type, normalised)
        if key not in self.numbers:
            self.counters[entity_type] = self.counters.get(entity_type, 0) + 1
            self.numbers[key] = self.counters[entity_type]
        return self.numbers[key]


class Operator(ABC):
    """Base class: ``replace`` returns the text that stands in for one value."""

    name: ClassVar[str] = ""
    reversible: ClassVar[bool] = False
    needs_key: ClassVar[bool] = False

    @abstractmethod
    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        """The replacement text for ``value`` (an ``entity_type``) in this call."""

    def _settings(self) -> dict:
        return {}

    def __repr__(self) -> str:
        settings = ", ".join(f"{k}={v!r}" for k, v in self._settings().items())
        return f"{type(self).__name__}({settings})"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._settings() == other._settings()

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(sorted(self._settings().items()))))


class TagOperator(Operator):
    """``[CREDIT_CARD]``: readable, reveals nothing, not even which mentions match."""

    name = "tag"

    def __init__(self, template: str = "[{type}]"):
        self.template = template

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        return self.template.format(type=entity_type)

    def _settings(self) -> dict:
        return {"template": self.template}


class NumberedOperator(Operator):
    """``<PERSON_1>``: the same value gets the same number within one call only."""

    name = "numbered"

    def __init__(self, template: str = "<{type}_{n}>"):
        self.template = template

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        normalised = state.canonical(entity_type, normalise_value(value, entity_type))
        n = state.number(entity_type, normalised)
        return self.template.format(type=entity_type, n=n)

    def _settings(self) -> dict:
        return {"template": self.template}


def keyed_digest(subkey: bytes, *parts: str) -> bytes:
    """HMAC-SHA256 over length-prefixed parts (no ambiguity between part boundaries)."""
    message = b"".join(len(p.encode()).to_bytes(4, "big") + p.encode() for p in parts)
    return hmac.new(subkey, message, hashlib.sha256).digest()


class PseudonymOperator(Operator):
    """``<PERSON_3f9a0c1b22de>``: a keyed HMAC of the value, stable across calls and runs
    with the same key; without the key it can be neither reversed nor brute-forced."""

    name = "pseudonym"
    needs_key = True

    def __init__(self, key: Secret, length: int = 12, template: str = "<{type}_{token}>"):
        self._subkey = key.derive("operator:pseudonym")
        self._fingerprint = key.fingerprint
        self.length = length
        self.template = template

    def token(self, value: str, entity_type: str, state: CallState | None = None) -> str:
        normalised = normalise_value(value, entity_type)
        if state is not None:
            normalised = state.canonical(entity_type, normalised)
        digest = keyed_digest(self._subkey, entity_type, normalised)
        return digest.hex()[: self.length]

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        token = self.token(value, entity_type, state)
        return self.template.format(type=entity_type, token=token)

    def _settings(self) -> dict:
        return {"length": self.length, "template": self.template, "key": self._fingerprint}


class MaskOperator(Operator):
    """``**** **** **** 1234``: letters and digits masked except the last ``keep_last``.

    Separators stay, so the layout (and the length) of the value is visible: use it for
    values whose shape is not sensitive. Spoken numbers are written as digits first.
    The last ``keep_last`` are kept only when that is less than half of the value's
    letters and digits; otherwise everything is masked. So a PIN or CVV is never shown,
    nor a card read out in chunks ("4111" … "1111", each chunk its own span) piecewise.
    """

    name = "mask"

    def __init__(self, keep_last: int = 4, char: str = "*"):
        self.keep_last = keep_last
        self.char = char

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        if entity_type in NUMERIC_TYPES:
            written = written_form(value)
            if _NOT_DIGIT.sub("", written):
                value = written
        positions = [i for i, c in enumerate(value) if c.isalnum()]
        n_keep = self.keep_last if len(positions) > 2 * self.keep_last else 0
        keep = set(positions[len(positions) - n_keep :]) if n_keep else set()
        return "".join(
            c if (i in keep or not c.isalnum()) else self.char for i, c in enumerate(value)
        )

    def _settings(self) -> dict:
        return {"keep_last": self.keep_last, "char": self.char}


class EncryptOperator(Operator):
    """``<ENC:US_SSN:…>``: AES-256-SIV, reversible by key holders (``callredact
    reidentify``).

    Deterministic on purpose: the same value encrypts to the same token, so encrypted
    columns can still be joined and counted and re-runs write identical bytes. The cost
    is that equal values are visibly equal, which pseudonyms reveal anyway. SIV stays
    secure under a repeated nonce (it has none to repeat) and authenticates the entity
    type as associated data, so a token cannot be relabelled.
    """

    name = "encrypt"
    reversible = True
    needs_key = True

    def __init__(self, key: Secret):
        self._cipher_key = key.derive("operator:encrypt:aes-siv", 64)
        self._fingerprint = key.fingerprint

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        sealed = AESSIV(self._cipher_key).encrypt(value.encode("utf-8"), [entity_type.encode()])
        token = base64.urlsafe_b64encode(sealed).decode("ascii").rstrip("=")
        return f"<ENC:{entity_type}:{token}>"

    def decrypt(self, entity_type: str, token: str) -> str:
        """The original value; ValueError if the token was not made with this key."""
        try:
            sealed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            plain = AESSIV(self._cipher_key).decrypt(sealed, [entity_type.encode()])
        except (InvalidTag, ValueError) as e:
            raise ValueError(
                "token does not decrypt with this key: check that the key is the one the "
                "policy used when the data was redacted"
            ) from e
        return plain.decode("utf-8")

    def _settings(self) -> dict:
        return {"key": self._fingerprint}
