"""Every recognizer the YAML config can name, and which of them need digits to run.

Ours run on the normalised text; the Presidio ones listed here are the generic
recognizers that apply to US call centres (IBAN, IP, driver licence, passport, ITIN).
The other predefined Presidio recognizers (national IDs of other countries, crypto
wallets, medical codes) are never instantiated: on call transcripts they only cost time
and false positives.

Names map to import paths, not classes: the driver validates a config by name without
importing Presidio and spaCy (about 2 s), so local worker processes start sooner.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

_PRESIDIO = "presidio_analyzer.predefined_recognizers"

# Name -> module that defines it, in the order the analyzer runs them.
PATTERN_RECOGNIZER_MODULES: dict[str, str] = {
    "SpokenCardRecognizer": "recognizers.spoken_card_recognizer",
    "CardExpiryRecognizer": "recognizers.card_expiry_recognizer",
    "CvvRecognizer": "recognizers.cvv_recognizer",
    "SpokenSsnRecognizer": "recognizers.spoken_ssn_recognizer",
    "SpokenPhoneRecognizer": "recognizers.spoken_phone_recognizer",
    "SpokenEmailRecognizer": "recognizers.spoken_email_recognizer",
    "BankAccountRecognizer": "recognizers.bank_account_recognizer",
    "RoutingNumberRecognizer": "recognizers.routing_number_recognizer",
    "DateOfBirthRecognizer": "recognizers.date_of_birth_recognizer",
    "DateOfDeathRecognizer": "recognizers.date_of_death_recognizer",
    "AddressRecognizer": "recognizers.address_recognizer",
    "AccountIdRecognizer": "recognizers.account_id_recognizer",
    "PinRecognizer": "recognizers.pin_recognizer",
    "PasswordRecognizer": "recognizers.password_recognizer",
    "SecurityAnswerRecognizer": "recognizers.security_answer_recognizer",
    "SpokenPersonRecognizer": "recognizers.spoken_person_recognizer",
    "NameGazetteerRecognizer": "recognizers.name_gazetteer_recognizer",
    "DigitSafetyNetRecognizer": "recognizers.digit_safety_net_recognizer",
    "IbanRecognizer": _PRESIDIO,
    "IpRecognizer": _PRESIDIO,
    "UsLicenseRecognizer": _PRESIDIO,
    "UsPassportRecognizer": _PRESIDIO,
    "UsItinRecognizer": _PRESIDIO,
    "UrlRecognizer": _PRESIDIO,
}
# Presidio recognizers whose every pattern needs a digit: skipped on digit-free turns.
PRESIDIO_NEEDS_DIGITS = frozenset(
    {
        "IbanRecognizer",
        "IpRecognizer",
        "UsLicenseRecognizer",
        "UsPassportRecognizer",
        "UsItinRecognizer",
    }
)
NER_RECOGNIZER = "SpacyNerRecognizer"
KNOWN_RECOGNIZERS = (*PATTERN_RECOGNIZER_MODULES, NER_RECOGNIZER)


@cache
def pattern_recognizers() -> dict[str, type[EntityRecognizer]]:
    """Name -> class of every pattern recognizer (imports them on first use)."""
    return {
        name: getattr(importlib.import_module(module), name)
        for name, module in PATTERN_RECOGNIZER_MODULES.items()
    }


def needs_digits(recognizer: EntityRecognizer) -> bool:
    """True when the recognizer cannot match a text without digits."""
    return bool(getattr(recognizer, "NEEDS_DIGITS", False)) or (
        recognizer.name in PRESIDIO_NEEDS_DIGITS
    )
