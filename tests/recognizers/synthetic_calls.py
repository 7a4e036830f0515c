"""Synthetic support calls with exact gold spans, for recognizer tests and quick checks.

Every value is invented here (random digits with valid checksums, made-up names and
streets); nothing comes from a real person. Each PII value is rendered the ways an ASR
writes it: written, spoken digit by digit, mixed, ALL CAPS, and read in groups over
several turns with the agent's backchannel in between.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pipeline.schema import Call, Turn

FIRST = (
    "maren", "tobias", "ilse", "corwin", "delphine", "anselm", "priya", "oswin", "yara",
    "bastian", "linnea", "dorian", "talia", "emrys", "sunniva", "jovan", "odile", "caspian",
)  # fmt: skip
LAST = (
    "quillfeather", "brandvold", "okonkwo", "vasquez", "lindqvist", "harrowgate", "nakamura",
    "abernathy", "fenwick", "castellanos", "okafor", "thistlewood", "marchetti", "sorensen",
)  # fmt: skip
STREETS = ("maple", "juniper", "harbor view", "old mill", "quarry", "birchwood", "larkspur")
SUFFIXES = ("street", "avenue", "road", "lane", "drive", "court", "boulevard")
CITIES = (
    ("springfield", "illinois", "IL"), ("fairview", "oregon", "OR"), ("riverton", "utah", "UT"),
    ("greenville", "ohio", "OH"), ("madison", "wisconsin", "WI"),
)  # fmt: skip
DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "example.net")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORD = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth")  # fmt: skip
BACKCHANNEL = ("okay", "mm-hmm", "go on", "got it", "uh-huh", "yep", "okay go ahead")
SPEAKER_PAIRS = (("AGENT", "CUSTOMER"), ("spk_0", "spk_1"), ("Rep", "Caller"), ("A", "B"))


@dataclass(frozen=True)
class Gold:
    """A gold PII span: turn index, character offsets into that turn, entity."""

    turn: int
    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class LabelledCall:
    """A synthetic call and its gold spans."""

    call: Call
    gold: tuple[Gold, ...]
    style: str


def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit to ``prefix``."""
    for check in "0123456789":
        digits = prefix + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable: one check digit always completes a Luhn number")


def aba_complete(prefix8: str) -> str:
    """Append the ABA check digit to eight digits."""
    d = [int(c) for c in prefix8]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return prefix8 + str((10 - total % 10) % 10)


def spoken_digits(digits: str, rng: random.Random) -> str:
    """Digit by digit, with "oh" for zero and "double" for pairs now and then."""
    words, i = [], 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.3:
            words.append(f"double {ONES[int(d)]}")
            i += 2
            continue
        words.append("oh" if d == "0" and rng.random() < 0.5 else ONES[int(d)])
        i += 1
    return " ".join(words)


def two_digit_words(n: int) -> str:
    """10..99 in words; 1..9 as "oh five"."""
    if n < 10:
        return f"oh {ONES[n]}"
    if n < 20:
        return TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f" {ONES[ones]}" if ones else "")


def year_words(year: int) -> str:
    """1985 -> nineteen eighty five, 2007 -> two thousand seven / twenty oh seven."""
    hi, lo = divmod(year, 100)
    if hi == 20 and lo < 10:
        return f"two thousand {ONES[lo]}" if lo else "two thousand"
    return f"{two_digit_words(hi)} {two_digit_words(lo) if lo else 'hundred'}"


def ordinal_words(day: int) -> str:
    """24 -> twenty fourth."""
    if day <= 20:
        return ORD[day]
    tens, ones = divmod(day, 10)
    return (
        TENS[tens] + ("" if not ones else f" {ORD[ones]}")
        if ones
        else ORD[20]
        if tens == 2
        else "thirtieth"
    )


class _Builder:
    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.agent, self.customer = rng.choice(SPEAKER_PAIRS)
        self.turns: list[Turn] = []
        self.gold: list[Gold] = []

    def say(self, speaker: str, template: str, values: dict[str, tuple[str, str]] | None = None):
        """Add a turn; ``{key}`` placeholders are PII values (text, entity) with gold spans."""
        values = values or {}
        text, spans = "", []
        rest = template
        while "{" in rest:
            before, _, after = rest.partition("{")
            key, _, rest = after.partition("}")
            text += before
            value, entity = values[key]
            spans.append((len(text), len(text) + len(value), entity))
            text += value
        text += rest
        if self.style == "caps":
            text = text.upper()
        index = len(self.turns)
        self.turns.append(Turn(speaker, text))
        self.gold.extend(Gold(index, s, e, ent) for s, e, ent in spans)

    def number(self, digits: str, groups: tuple[int, ...] | None = None) -> str:
        """Render digits in the call's style (chunked is handled by ``read_groups``)."""
        if self.style in ("spoken", "caps", "chunked"):
            return spoken_digits(digits, self.rng)
        if self.style == "mixed" and len(digits) >= 8:
            half = len(digits) // 2
            return digits[:half] + " " + spoken_digits(digits[half:], self.rng)
        if groups:
            out, i = [], 0
            for g in groups:
                out.append(digits[i : i + g])
                i += g
            return (" " if len(groups) == 4 else "-").join(out)
        return digits

    def read_groups(self, digits: str, groups: tuple[int, ...], entity: str) -> None:
        """The customer reads the number a group per turn; the agent backchannels."""
        i = 0
        for k, g in enumerate(groups):
            part = digits[i : i + g]
            i += g
            rendered = spoken_digits(part, self.rng) if self.rng.random() < 0.6 else part
            self.say(self.customer, "{v}", {"v": (rendered, entity)})
            if k < len(groups) - 1:
                self.say(self.agent, self.rng.choice(BACKCHANNEL))


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def generate_call(rng: random.Random, call_id: str, style: str) -> LabelledCall:
    """One call: greeting, identification, a payment, an update, a few non-PII turns."""
    b = _Builder(rng, style)
    cap = style == "written"
    first, last = _name(rng)
    full = f"{first.title()} {last.title()}" if cap else f"{first} {last}"
    agent_first = rng.choice(FIRST)
    b.say(
        b.agent,
        "Thank you for calling Northwind Utilities, this is {a}. How can I help you today?",
        {"a": (agent_first.title() if cap else agent_first, "PERSON")},
    )
    opener = rng.choice(
        (
            "hi, my name is {n} and I have a question about my bill",
            "yeah hi this is {n}, I'm calling about a charge",
        )
    )
    b.say(b.customer, opener, {"n": (full, "PERSON")})
    if rng.random() < 0.6:
        b.say(b.agent, "Could you spell the last name for me?")
        b.say(b.customer, "sure it's {s}", {"s": (" ".join(last.upper()), "PERSON")})
    # Identification: a random subset of questions, in random order.
    card = luhn_complete(
        rng.choice(("4", "5", "37")) + "".join(rng.choice("0123456789") for _ in range(14))
    )[:16]
    card = luhn_complete(card[:15])
    ssn = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    phone = f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
    year, month, day = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    steps = [
        "dob",
        "ssn4",
        "phone",
        "email",
        "address",
        "account",
        "card",
        "cvv",
        "expiry",
        "pin",
        "maiden",
    ]
    rng.shuffle(steps)
    for step in steps[: rng.randint(5, len(steps))]:
        if step == "dob":
            b.say(
                b.agent, rng.choice(("Can I get your date of birth?", "And what's your birthday?"))
            )
            if style == "written":
                value = rng.choice(
                    (f"{MONTHS[month - 1].title()} {day}, {year}", f"{month:02d}/{day:02d}/{year}")
                )
            else:
                value = f"{MONTHS[month - 1]} {ordinal_words(day)} {year_words(year)}"
            b.say(
                b.customer,
                rng.choice(("it's {v}", "{v}", "uh {v}")),
                {"v": (value, "DATE_OF_BIRTH")},
            )
        elif step == "ssn4":
            b.say(
                b.agent,
                rng.choice(
                    ("And the last four of your social?", "Last four digits of your SSN please.")
                ),
            )
            b.say(
                b.customer, rng.choice(("{v}", "it's {v}")), {"v": (b.number(ssn[-4:]), "US_SSN")}
            )
        elif step == "phone":
            b.say(
                b.agent,
                rng.choice(
                    (
                        "What's the best callback number?",
                        "Can I have the phone number on the account?",
                    )
                ),
            )
            if style == "chunked":
                b.read_groups(phone, (3, 3, 4), "PHONE_NUMBER")
            else:
                value = (
                    b.number(phone, (3, 3, 4))
                    if style != "written"
                    else f"({phone[:3]}) {phone[3:6]}-{phone[6:]}"
                )
                b.say(b.customer, "yeah it's {v}", {"v": (value, "PHONE_NUMBER")})
        elif step == "email":
            b.say(b.agent, "And an email address for the receipt?")
            domain = rng.choice(DOMAINS)
            if style == "written":
                value = f"{first}.{last}@{domain}"
            else:
                value = f"{first} dot {last} at {domain.replace('.', ' dot ')}"
            b.say(b.customer, "sure, {v}", {"v": (value, "EMAIL_ADDRESS")})
        elif step == "address":
            number = rng.randint(100, 9899)
            street = f"{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
            city, state, code = rng.choice(CITIES)
            zipcode = f"{rng.randint(10000, 99999)}"
            b.say(b.agent, "Can you confirm the service address?")
            if style == "written":
                value = f"{number} {street.title()}, {city.title()}, {code} {zipcode}"
            else:
                hi, lo = divmod(number, 100)
                num = (
                    f"{two_digit_words(hi)} {two_digit_words(lo)}"
                    if hi and lo >= 10
                    else b.number(str(number))
                )
                value = f"{num} {street} {city} {state} {spoken_digits(zipcode, rng)}"
            b.say(b.customer, "it's {v}", {"v": (value, "ADDRESS")})
        elif step == "account":
            acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 10)))
            b.say(
                b.agent,
                rng.choice(("What is your account number?", "Do you have your member ID handy?")),
            )
            if style == "chunked":
                b.read_groups(acct, (4, len(acct) - 4), "ACCOUNT_ID")
            else:
                b.say(b.customer, "yes it's {v}", {"v": (b.number(acct), "ACCOUNT_ID")})
        elif step == "card":
            b.say(
                b.agent,
                rng.choice(
                    ("Go ahead with the card number when you're ready.", "What's the card number?")
                ),
            )
            if style == "chunked":
                b.read_groups(card, (4, 4, 4, 4), "CREDIT_CARD")
            else:
                b.say(b.customer, "{v}", {"v": (b.number(card, (4, 4, 4, 4)), "CREDIT_CARD")})
        elif step == "cvv":
            b.say(
                b.agent, rng.choice(("And the security code on the back?", "The three digit CVV?"))
            )
            b.say(b.customer, "{v}", {"v": (b.number(f"{rng.randint(100, 999)}"), "CVV")})
        elif step == "expiry":
            em, ey = rng.randint(1, 12), rng.randint(26, 31)
            b.say(b.agent, "And the expiration date?")
            value = (
                f"{em:02d}/{ey}"
                if style == "written"
                else f"{two_digit_words(em)} {two_digit_words(ey)}"
            )
            b.say(b.customer, "{v}", {"v": (value, "CARD_EXPIRY")})
        elif step == "pin":
            b.say(b.agent, "What would you like the new PIN to be?")
            pin = f"{rng.randint(1000, 9999)}"
            b.say(
                b.customer,
                "let's do {v}",
                {"v": (" ".join(pin) if style == "written" else b.number(pin), "PIN")},
            )
        elif step == "maiden":
            b.say(b.agent, "For security, what is your mother's maiden name?")
            maiden = rng.choice(LAST)
            b.say(
                b.customer,
                "it's {v}",
                {"v": (maiden.title() if cap else maiden, "SECURITY_ANSWER")},
            )
    # Non-PII turns the detector must leave alone.
    filler = (
        "Your balance is $84.12 and the late fee was twenty five dollars.",
        "The refund takes 3 to 5 business days.",
        "You can also press 1 in the menu to pay, it takes about two minutes.",
    )
    b.say(b.agent, rng.choice(filler))
    b.say(b.customer, rng.choice(("okay great, thank you so much", "perfect, that's all I needed")))
    b.say(b.agent, "Thank you for calling Northwind Utilities, have a great day.")
    return LabelledCall(Call(call_id, tuple(b.turns)), tuple(b.gold), style)


STYLES = ("written", "spoken", "mixed", "caps", "chunked")


def generate_calls(n: int, seed: int = 7) -> list[LabelledCall]:
    """``n`` calls cycling through every style."""
    rng = random.Random(seed)
    return [generate_call(rng, f"synthetic-{i:04d}", STYLES[i % len(STYLES)]) for i in range(n)]
