"""Realistic synthetic stand-ins (Faker), consistent per value, for model training.

Each value gets a Faker seeded from a keyed HMAC of its normalised form: the same value
always yields the same surrogate (in every call and run with the same key), different
values almost always differ, and without the key nobody can test a guess ("is the
surrogate of 4111… this?"): an unkeyed seed would let anyone brute-force short numbers.

Surrogates look like the type they replace and are fictional where a reserved range
exists: cards pass Luhn, routing numbers pass the ABA checksum, phone numbers use the
555-01XX range NANP reserves for fiction, e-mails use example.com/.net/.org (RFC 2606),
IP addresses the RFC 5737 test networks. SSNs pass the SSA plausibility rules, so a
detector trained on them learns real shapes (any one of them may be someone's).
Names and street addresses are Faker's and can coincide with real ones.

A digit value keeps its layout: "4111 1111 1111 1111" → "4929 3862 0117 5516".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.anonymize.keys import Secret
from pipeline.anonymize.operators import (
    HONORIFICS,
    CallState,
    Operator,
    is_spelled,
    keyed_digest,
    normalise_value,
    written_form,
)
from recognizers.checksums import luhn_valid

_DIGIT = re.compile(r"\d")
_MONTHS = "%B %-d, %Y"
_SSN_AREAS = tuple(a for a in range(1, 900) if a != 666)  # SSA: never 000, 666 or 9XX


def _luhn_complete(body: str) -> str:
    """``body`` plus the check digit that makes it pass Luhn."""
    return next(body + c for c in "0123456789" if luhn_valid(body + c))


def _aba_complete(body: str) -> str:
    """8 digits plus the ABA routing checksum digit (weights 3, 7, 1)."""
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


def _layout(original: str, digits: str, fallback: str) -> str:
    """``digits`` poured into the original's layout when the digit counts agree."""
    if len(_DIGIT.findall(original)) != len(digits):
        return fallback
    it = iter(digits)
    return _DIGIT.sub(lambda _m: next(it), original)


def _digits_of(value: str) -> str:
    return "".join(_DIGIT.findall(written_form(value)))


def _card(fake, value: str) -> str:
    n = len(_digits_of(value))
    n = n if 13 <= n <= 19 else 16
    body = fake.random_element("456") + fake.numerify("#" * (n - 2))
    number = _luhn_complete(body)
    fallback = " ".join(number[i : i + 4] for i in range(0, n, 4))
    return _layout(value, number, fallback)


def _phone(fake, value: str) -> str:
    area = f"{fake.random_int(2, 9)}{fake.random_int(0, 8)}{fake.random_int(0, 9)}"
    number = f"{area}55501{fake.numerify('##')}"
    if len(_digits_of(value)) == 11:
        return _layout(value, "1" + number, f"1-{area}-555-01{number[-2:]}")
    return _layout(value, number, f"{area}-555-01{number[-2:]}")


def _ssn(fake, value: str) -> str:
    area = fake.random_element(_SSN_AREAS)
    number = f"{area:03d}{fake.random_int(1, 99):02d}{fake.random_int(1, 9999):04d}"
    return _layout(value, number, f"{number[:3]}-{number[3:5]}-{number[5:]}")


def _same_length_digits(default_length: int) -> Callable:
    def generate(fake, value: str) -> str:
        n = len(_digits_of(value)) or default_length
        number = fake.numerify("#" * n)
        return _layout(value, number, number)

    return generate


def _same_shape(fake, value: str) -> str:
    """Each digit a random digit, each letter a random letter of the same case."""
    written = value if _DIGIT.search(value) else written_form(value)

    def swap(c: str) -> str:
        if c.isdigit():
            return str(fake.random_digit())
        if c.isalpha() and c.isascii():
            letter = fake.random_uppercase_letter()
            return letter if c.isupper() else letter.lower()
        return c

    return "".join(swap(c) for c in written)


def _aba(fake, value: str) -> str:
    number = _aba_complete(
        f"{fake.random_int(0, 1)}{fake.random_int(1, 2)}{fake.numerify('######')}"
    )
    return _layout(value, number, number)


def _name_words(value: str) -> list[str]:
    return [w for w in value.split() if w.strip(".,").casefold() not in HONORIFICS]


def _person(fake, value: str) -> str:
    """As many words as the name: "Ana" → a first name, "Ana Ruiz" → first and last."""
    n = max(len(_name_words(value)), 1)
    if n == 1:
        return fake.first_name()
    return " ".join([fake.first_name() for _ in range(n - 1)] + [fake.last_name()])


def _case_like(original: str, surrogate: str) -> str:
    """Lower or upper case when the original is ("priya raman" from an ASR → "marvin smith")."""
    if original.islower():
        return surrogate.lower()
    if original.isupper() and sum(c.isalpha() for c in original) > 1:
        return surrogate.upper()
    return surrogate


def _spell_like(original: str, surrogate: str) -> str:
    """``surrogate`` read out letter by letter the way ``original`` was ("k i n g")."""
    separator = "-" if "-" in original else " "
    letters = [c for c in surrogate if c.isalpha()]
    upper = original.strip()[:1].isupper()
    return separator.join(c.upper() if upper else c.lower() for c in letters)


def _same_part(value: str, canonical: str, full_surrogate: str) -> str:
    """The words of ``full_surrogate`` that stand where ``value``'s words stand in the
    full name: "Marcus" of "Marcus Whitfield" → the surrogate's first name. Honorifics
    ("Mr.") are kept."""
    names, fakes = canonical.split(), full_surrogate.split()
    out = []
    for word in value.split():
        key = word.strip(".,").casefold()
        if key in HONORIFICS:
            out.append(word)
        elif key in names and len(fakes) == len(names):
            out.append(fakes[names.index(key)])
        else:
            return full_surrogate
    return " ".join(out)


def _email(fake, value: str) -> str:
    return f"{fake.user_name()}@example.{fake.random_element(('com', 'net', 'org'))}"


def _ip(fake, value: str) -> str:
    net = fake.random_element(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{fake.random_int(1, 254)}"


def _expiry(fake, value: str) -> str:
    return f"{fake.random_int(1, 12):02d}/{fake.random_int(27, 35)}"


GENERATORS: dict[str, Callable] = {
    "PERSON": _person,
    "EMAIL_ADDRESS": _email,
    "PHONE_NUMBER": _phone,
    "CREDIT_CARD": _card,
    "US_SSN": _ssn,
    "CARD_EXPIRY": _expiry,
    "CVV": _same_length_digits(3),
    "PIN": _same_length_digits(4),
    "US_BANK_NUMBER": _same_length_digits(10),
    "ACCOUNT_NUMBER": _same_length_digits(8),
    "ACCOUNT_ID": _same_shape,
    "ABA_ROUTING_NUMBER": _aba,
    "ADDRESS": lambda fake, value: fake.street_address(),
    "LOCATION": lambda fake, value: fake.city(),
    "DATE_OF_BIRTH": lambda fake, value: fake.date_of_birth(
        minimum_age=18, maximum_age=90
    ).strftime(_MONTHS),
    # a past date, as a death is: within the last ten years, never in the future
    "DATE_OF_DEATH": lambda fake, value: fake.date_between(
        start_date="-10y", end_date="today"
    ).strftime(_MONTHS),
    "DATE_TIME": lambda fake, value: fake.date_this_decade().strftime(_MONTHS),
    "IP_ADDRESS": _ip,
    "URL": lambda fake, value: f"https://www.example.com/{fake.slug()}",
    "PASSWORD": lambda fake, value: fake.password(length=12),
    "SECURITY_ANSWER": lambda fake, value: fake.last_name(),
    "IBAN_CODE": lambda fake, value: fake.iban(),
    "US_DRIVER_LICENSE": _same_shape,
    "US_PASSPORT": _same_length_digits(9),
    "ID_NUMBER": _same_length_digits(6),
}


class SurrogateOperator(Operator):
    """A realistic fake of the same type, the same for every mention of a value.

    Types without a generator (``GENERATORS``) get the ``[TYPE]`` tag: the policy refuses
    ``surrogate`` for such a type when it is named explicitly.
    """

    name = "surrogate"
    needs_key = True

    def __init__(self, key: Secret, locale: str = "en_US"):
        self._subkey = key.derive("operator:surrogate")
        self._fingerprint = key.fingerprint
        self.locale = locale
        self._faker = None

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_faker"] = None  # rebuilt on the worker; Faker instances do not pickle well
        return state

    def _fake(self):
        if self._faker is None:
            from faker import Faker

            self._faker = Faker(self.locale)
        return self._faker

    def replace(self, value: str, entity_type: str, state: CallState) -> str:
        generate = GENERATORS.get(entity_type)
        if generate is None:
            return f"[{entity_type}]"
        normalised = normalise_value(value, entity_type)
        canonical = state.canonical(entity_type, normalised)
        spelled = is_spelled(value)
        if canonical != normalised:
            full = self._surrogate(generate, canonical, canonical, entity_type)
            surrogate = _same_part(normalised if spelled else value, canonical, full)
        else:
            surrogate = self._surrogate(
                generate, normalised if spelled else value, normalised, entity_type
            )
        if spelled:
            return _spell_like(value, surrogate)
        return _case_like(value, surrogate)

    def _surrogate(self, generate: Callable, value: str, normalised: str, entity_type: str) -> str:
        fake = self._fake()
        for attempt in range(8):
            seed = keyed_digest(self._subkey, entity_type, normalised, str(attempt))
            fake.seed_instance(int.from_bytes(seed[:8], "big"))
            surrogate = generate(fake, value)
            if normalise_value(surrogate, entity_type) != normalised:
                return surrogate
        return f"[{entity_type}]"  # eight collisions with the value itself: fail closed

    def _settings(self) -> dict:
        return {"locale": self.locale, "key": self._fingerprint}
