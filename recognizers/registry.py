"""Every recognizer the YAML config can name, and which of them need digits to run.

Ours run on the normalised text; the Presidio ones listed here are the generic
recognizers that apply to US call centres (IBAN, IP, driver licence, passport, ITIN).
The other predefined Presidio recognizers (national IDs of other countries, crypto
wallets, medical codes) are never instantiated: on call transcripts they only cost time
and false positives.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    IbanRecognizer,
    IpRecognizer,
    UrlRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
)

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.address_recognizer import AddressRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from recognizers.card_expiry_recognizer import CardExpiryRecognizer
from recognizers.cvv_recognizer import CvvRecognizer
from recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer
from recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.pin_recognizer import PinRecognizer
from recognizers.routing_number_recognizer import RoutingNumberRecognizer
from recognizers.security_answer_recognizer import SecurityAnswerRecognizer
from recognizers.spoken_card_recognizer import SpokenCardRecognizer
from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from recognizers.spoken_phone_recognizer import SpokenPhoneRecognizer
from recognizers.spoken_ssn_recognizer import SpokenSsnRecognizer

PATTERN_RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    cls.__name__: cls
    for cls in (
        SpokenCardRecognizer,
        CardExpiryRecognizer,
        CvvRecognizer,
        SpokenSsnRecognizer,
        SpokenPhoneRecognizer,
        SpokenEmailRecognizer,
        BankAccountRecognizer,
        RoutingNumberRecognizer,
        DateOfBirthRecognizer,
        AddressRecognizer,
        AccountIdRecognizer,
        PinRecognizer,
        PasswordRecognizer,
        SecurityAnswerRecognizer,
        SpokenPersonRecognizer,
        NameGazetteerRecognizer,
        DigitSafetyNetRecognizer,
        IbanRecognizer,
        IpRecognizer,
        UsLicenseRecognizer,
        UsPassportRecognizer,
        UsItinRecognizer,
        UrlRecognizer,
    )
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
KNOWN_RECOGNIZERS = (*PATTERN_RECOGNIZERS, NER_RECOGNIZER)


def needs_digits(recognizer: EntityRecognizer) -> bool:
    """True when the recognizer cannot match a text without digits."""
    return bool(getattr(recognizer, "NEEDS_DIGITS", False)) or (
        recognizer.name in PRESIDIO_NEEDS_DIGITS
    )
