"""Synthetic PII values for one caller, and their renderings in every transcript style.

Values come from Faker (seeded) and from the rules the real identifiers follow (Luhn for
cards, the ABA checksum for routing numbers, SSA rules for SSNs), so a detector that
validates checksums sees valid numbers. None of them belongs to anyone.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from faker import Faker

from pipeline.evaluation import render

# Written form: as Whisper prints it. Spoken: lower case words, no punctuation.
# Mixed: some groups as digits and some as words inside one value.
MODES = ("written", "spoken", "mixed")

STATES = {
    "AL": "Alabama",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "FL": "Florida",
    "GA": "Georgia",
    "IL": "Illinois",
    "IN": "Indiana",
    "KY": "Kentucky",
    "MA": "Massachusetts",
    "MD": "Maryland",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MO": "Missouri",
    "NC": "North Carolina",
    "NJ": "New Jersey",
    "NV": "Nevada",
    "NY": "New York",
    "OH": "Ohio",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "SC": "South Carolina",
    "TN": "Tennessee",
    "TX": "Texas",
    "VA": "Virginia",
    "WA": "Washington",
    "WI": "Wisconsin",
}
_PET_NAMES = (
    "Biscuit",
    "Pickles",
    "Sparky",
    "Whiskers",
    "Noodle",
    "Pepper",
    "Bandit",
    "Muffin",
    "Ziggy",
    "Tater",
)
_PASSWORD_WORDS = (
    "sunflower",
    "bluefish",
    "mountain",
    "thunder",
    "maple",
    "rocket",
    "pumpkin",
    "silver",
    "harbor",
    "falcon",
    "cactus",
    "lantern",
)
_CARD_PREFIXES = (("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("6011", 16))


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """True when ``number`` (digits only) passes the Luhn check."""
    return number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def aba_valid(routing: str) -> bool:
    """True when a nine-digit routing number passes the ABA checksum (weights 3, 7, 1)."""
    if len(routing) != 9 or not routing.isdigit():
        return False
    d = [int(c) for c in routing]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def _aba_routing(rng: random.Random) -> str:
    # First two digits: Federal Reserve district 01-12 (or 21-32 for thrifts).
    prefix = f"{rng.choice([rng.randint(1, 12), rng.randint(21, 32)]):02d}"
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(6))
    for check in range(10):
        if aba_valid(body + str(check)):
            return body + str(check)
    raise RuntimeError("unreachable: one check digit always satisfies the ABA checksum")


def _ssn(rng: random.Random) -> str:
    # SSA rules: area 001-899 except 666, group 01-99, serial 0001-9999.
    area = rng.randint(1, 898)
    area = area + 1 if area >= 666 else area
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_PREFIXES)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


def card_groups(number: str) -> list[str]:
    """How a card is printed and read: 4-6-5 for 15-digit Amex, groups of four otherwise."""
    if len(number) == 15:
        return [number[:4], number[4:10], number[10:]]
    return [number[i : i + 4] for i in range(0, len(number), 4)]


@dataclass(frozen=True)
class Persona:
    """Every PII value one synthetic caller may be asked for."""

    first: str
    last: str
    agent_first: str
    phone: str
    email_user: str
    email_domain: str
    card: str
    exp_month: int
    exp_year: int
    cvv: str
    ssn: str
    bank_account: str
    routing: str
    dob: dt.date
    street_number: str
    street: str
    city: str
    state: str
    zip: str
    account_id: str
    member_id: str
    policy_id: str
    pin: str
    new_pin: str
    password: str
    new_password: str
    maiden_name: str
    pet_name: str
    birth_city: str


def make_persona(fake: Faker, rng: random.Random) -> Persona:
    """One caller's values; ``fake`` and ``rng`` must be seeded by the caller."""
    first, last = fake.first_name(), fake.last_name()
    area = rng.randint(201, 989)
    while area % 100 == 11:
        area = rng.randint(201, 989)
    exchange = rng.randint(200, 999)
    if rng.random() < 0.2:  # "triple seven": exchanges like 555 and 777 are common
        exchange = 111 * rng.randint(2, 9)
    phone = f"{area}{exchange}{rng.randint(0, 9999):04d}"
    user_pattern = rng.randrange(5)
    digits = f"{rng.randint(1, 99):02d}" if rng.random() < 0.4 else ""
    user = (
        f"{first}.{last}",
        f"{first}{last}",
        f"{first[0]}{last}",
        f"{first}_{last}",
        f"{last}.{first}",
    )[user_pattern].lower() + digits
    card = _card(rng)
    cvv_len = 4 if len(card) == 15 else 3
    today_year = 2026
    pin = f"{rng.randint(0, 9999):04d}"
    new_pin = f"{rng.randint(0, 9999):04d}"
    words = rng.sample(_PASSWORD_WORDS, 2)
    return Persona(
        first=first,
        last=last,
        agent_first=fake.first_name(),
        phone=phone,
        email_user=user,
        email_domain=fake.free_email_domain(),
        card=card,
        exp_month=rng.randint(1, 12),
        exp_year=today_year + rng.randint(0, 6),
        cvv="".join(str(rng.randint(0, 9)) for _ in range(cvv_len)),
        ssn=_ssn(rng),
        bank_account="".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12))),
        routing=_aba_routing(rng),
        dob=fake.date_of_birth(minimum_age=18, maximum_age=90),
        street_number=str(rng.choice([rng.randint(10, 99), rng.randint(100, 9999)])),
        street=fake.street_name(),
        city=fake.city(),
        state=rng.choice(sorted(STATES)),
        zip=f"{rng.randint(1001, 99950):05d}",
        account_id=rng.choice(
            [
                "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 10))),
                fake.bothify("??-#######").upper(),
                fake.bothify("#??####?#").upper(),
            ]
        ),
        member_id=fake.bothify(rng.choice(["???#########", "M########", "###-##-####-?"])).upper(),
        policy_id=fake.bothify(rng.choice(["POL-#######", "??########", "####-###-###"])).upper(),
        pin=pin,
        new_pin=new_pin,
        password=words[0].capitalize() + str(rng.randint(10, 2029)),
        new_password=words[1] + str(rng.randint(10, 99)),
        maiden_name=fake.last_name(),
        pet_name=rng.choice(_PET_NAMES),
        birth_city=fake.city(),
    )


class Renderer:
    """Renders a persona's values in one mode: 'written', 'spoken' or 'mixed'."""

    def __init__(self, rng: random.Random, mode: str):
        if mode not in MODES:
            raise ValueError(f"unknown rendering mode {mode!r}; use one of {MODES}")
        self.rng = rng
        self.mode = mode
        self.zero = "oh" if rng.random() < 0.6 else "zero"

    def _digits(self, groups: list[str], pairs: bool = False) -> str:
        if self.mode == "written":
            return " ".join(groups)
        if self.mode == "spoken":
            return render.spoken_digits_grouped(groups, self.rng, self.zero, pairs=pairs)
        if len(groups) == 1:
            return render.digit_words(groups[0], self.rng, zero=self.zero)
        return render.mixed_digits_grouped(groups, self.rng, self.zero)

    def name(self, first: str, last: str, full: bool = True) -> str:
        text = f"{first} {last}" if full else first
        return text.lower() if self.mode == "spoken" else text

    def spelled(self, word: str) -> str:
        if self.mode == "spoken":
            return render.spell_letters(word, self.rng, self.rng.choice(["lower", "as_in"]))
        return render.spell_letters(word, self.rng, self.rng.choice(["spaced", "dashed", "as_in"]))

    def phone(self, phone: str) -> str:
        groups = [phone[:3], phone[3:6], phone[6:]]
        if self.mode == "written":
            a, b, c = groups
            return self.rng.choice([f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
        return self._digits(groups, pairs=True)

    def email(self, user: str, domain: str) -> str:
        if self.mode == "written":
            return f"{user}@{domain}"
        spoken_user = _spoken_email_part(user, self.rng, self.zero)
        spoken_domain = domain.replace(".", " dot ")
        if self.mode == "mixed":
            return f"{user} at {spoken_domain}"
        return f"{spoken_user} at {spoken_domain}"

    def card(self, number: str) -> str:
        groups = card_groups(number)
        if self.mode == "written":
            sep = self.rng.choice([" ", " ", "-", ""])
            return sep.join(groups)
        return self._digits(groups)

    def last_four(self, digits: str) -> str:
        if self.mode == "written":
            return digits
        return render.group_words(digits, self.rng, self.zero)

    def expiry(self, month: int, year: int) -> str:
        yy = f"{year % 100:02d}"
        if self.mode == "written":
            return self.rng.choice(
                [f"{month:02d}/{yy}", f"{month:02d}/{year}", f"{month}/{yy}", f"{month:02d}/{yy}"]
            )
        month_words = render.pair_words(f"{month:02d}", self.zero)
        if month >= 10:
            month_words = render.int_to_words(month)
        options = [
            f"{month_words} {render.pair_words(yy, self.zero)}",
            f"{render.MONTHS[month - 1].lower()} {render.year_words(year, self.rng)}",
            f"{render.int_to_words(month)} {render.pair_words(yy, self.zero)}",
        ]
        if self.mode == "mixed":
            options.append(f"{render.MONTHS[month - 1].lower()} {year}")
        return self.rng.choice(options)

    def short_number(self, digits: str) -> str:
        """CVV, PIN: '701' / 'seven oh one' / 'seven zero one'."""
        if self.mode == "written":
            return digits if self.rng.random() < 0.8 else " ".join(digits)
        return render.digit_words(digits, self.rng, zero=self.zero, repeats=0.4)

    def ssn(self, ssn: str) -> str:
        groups = [ssn[:3], ssn[3:5], ssn[5:]]
        if self.mode == "written":
            return self.rng.choice(["-".join(groups), " ".join(groups), ssn])
        return self._digits(groups)

    def long_number(self, digits: str) -> str:
        """Bank account, routing: written as one run of digits, read in threes or fours."""
        size = self.rng.choice([3, 4])
        groups = [digits[i : i + size] for i in range(0, len(digits), size)]
        if self.mode == "written":
            return digits if self.rng.random() < 0.7 else " ".join(groups)
        return self._digits(groups)

    def date(self, day: dt.date) -> str:
        month = render.MONTHS[day.month - 1]
        if self.mode == "written":
            return self.rng.choice(
                [
                    f"{month} {day.day}, {day.year}",
                    f"{month} {render.ordinal_suffix(day.day)}, {day.year}",
                    f"{day.month:02d}/{day.day:02d}/{day.year}",
                    f"{day.month}/{day.day}/{day.year % 100:02d}",
                    f"{month} {day.day} {day.year}",
                ]
            )
        year = render.year_words(day.year, self.rng)
        spoken = [
            f"{month.lower()} {render.ordinal_words(day.day)} {year}",
            f"the {render.ordinal_words(day.day)} of {month.lower()} {year}",
            f"{month.lower()} {render.int_to_words(day.day)} {year}",
            f"{render.int_to_words(day.month)} {render.int_to_words(day.day)} "
            f"{render.pair_words(f'{day.year % 100:02d}', self.zero)}",
        ]
        if self.mode == "mixed":
            spoken.append(f"{month} {render.ordinal_words(day.day)} {day.year}")
        return self.rng.choice(spoken)

    def street_number(self, number: str) -> str:
        if self.mode == "written":
            return number
        if len(number) == 4 and number[2] != "0" and self.rng.random() < 0.6:
            return render.pair_words(number[:2], self.zero) + " " + render.pair_words(number[2:])
        if len(number) == 2:
            return render.int_to_words(int(number))
        if len(number) == 3 and self.rng.random() < 0.5:
            return f"{render.ONES[int(number[0])]} {render.pair_words(number[1:], self.zero)}"
        return render.digit_words(number, self.rng, zero=self.zero, repeats=0.2)

    def street_line(self, persona: Persona) -> str:
        street = persona.street if self.mode != "spoken" else persona.street.lower()
        return f"{self.street_number(persona.street_number)} {street}"

    def zip_code(self, zip_code: str) -> str:
        if self.mode == "written":
            return zip_code
        return render.digit_words(zip_code, self.rng, zero=self.zero, repeats=0.3)

    def full_address(self, persona: Persona) -> str:
        state_name = STATES[persona.state]
        if self.mode == "written":
            state = persona.state if self.rng.random() < 0.5 else state_name
            return f"{self.street_line(persona)}, {persona.city}, {state} {persona.zip}"
        city = persona.city.lower() if self.mode == "spoken" else persona.city
        state = state_name.lower() if self.mode == "spoken" else state_name
        return f"{self.street_line(persona)} {city} {state} {self.zip_code(persona.zip)}"

    def identifier(self, value: str) -> str:
        """Account, member and policy ids: 'AC-4829173' / 'a c four eight two nine ...'."""
        if self.mode == "written":
            return value
        if self.mode == "mixed" and any(c.isalpha() for c in value):
            return " ".join(value.replace("-", ""))
        return render.spoken_alnum(value, self.rng, self.zero)

    def password(self, password: str) -> str:
        if self.mode == "written":
            return password
        letters = "".join(c for c in password if c.isalpha()).lower()
        digits = "".join(c for c in password if c.isdigit())
        if self.mode == "mixed":
            return f"{letters} {digits}"
        head = password[0].isalpha()
        number = render.digit_words(digits, self.rng, zero=self.zero, repeats=0.2)
        return f"{letters} {number}" if head else f"{number} {letters}"

    def word(self, text: str) -> str:
        """A security answer or other plain word value."""
        return text.lower() if self.mode == "spoken" else text


def _spoken_email_part(user: str, rng: random.Random, zero: str) -> str:
    out: list[str] = []
    digits = ""
    word = ""
    for c in user:
        if c.isdigit():
            if word:
                out.append(word)
                word = ""
            digits += c
            continue
        if digits:
            out.append(render.digit_words(digits, rng, zero=zero, repeats=0.3))
            digits = ""
        if c.isalpha():
            word += c
        else:
            if word:
                out.append(word)
                word = ""
            out.append({".": "dot", "_": "underscore", "-": "dash"}.get(c, c))
    if word:
        out.append(word)
    if digits:
        out.append(render.digit_words(digits, rng, zero=zero, repeats=0.3))
    return " ".join(out)
