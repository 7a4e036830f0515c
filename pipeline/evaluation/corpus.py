"""Labelled call transcripts with exact gold spans, for measuring PII detection.

Each call is a customer-service conversation (banking, card payment, insurance, telecom,
healthcare, address change, password reset, ...) in one transcript style:

- ``written``: as Whisper writes it, digits and punctuation ("4111 1111 1111 1111");
- ``spoken``: lower case, no punctuation, numbers as words ("four one one one ...");
- ``chunked``: long numbers read in groups over several turns with backchannel between;
- ``caps``: an ALL CAPS transcript;
- ``mixed``: written text where values are said in words or half digits, half words.

Gold spans are per turn and point at exactly the inserted value. Non-PII look-alikes
(amounts, durations, times, IVR options, counts, the company name) are tagged as
distractors so precision can be checked on them. Everything is synthetic and seeded.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from faker import Faker

from pipeline.evaluation import render
from pipeline.evaluation.text_builder import BuiltTurn, GoldSpan, TurnBuilder
from pipeline.evaluation.values import STATES, Persona, Renderer, card_groups, make_persona
from pipeline.schema import Call, Turn

STYLES = ("written", "spoken", "chunked", "caps", "mixed")
ENTITY_TYPES = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "CARD_EXPIRY",
    "CVV",
    "US_SSN",
    "US_BANK_NUMBER",
    "ROUTING_NUMBER",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "ACCOUNT_ID",
    "PIN",
    "PASSWORD",
)
DISTRACTOR_KINDS = ("AMOUNT", "DURATION", "TIME", "IVR_OPTION", "COUNT", "COMPANY")
SOURCE_CALLREDACT = "callredact-templates"
AGENT, CUSTOMER = "agent", "customer"
_BACKCHANNEL = ("Okay.", "Mm-hmm.", "Go on.", "Got it.", "Uh-huh.", "Yep.", "Okay, go ahead.")


@dataclass(frozen=True)
class LabelledCall:
    """A call with, for each turn, its gold PII spans and its distractor spans."""

    call: Call
    gold: tuple[tuple[GoldSpan, ...], ...]
    distractors: tuple[tuple[GoldSpan, ...], ...]
    style: str
    scenario: str
    source: str = SOURCE_CALLREDACT


@dataclass(frozen=True)
class CorpusConfig:
    """What to generate: how many calls, from which seed, in which styles."""

    n_calls: int
    seed: int
    styles: tuple[str, ...] = STYLES
    scenarios: tuple[str, ...] = field(default_factory=lambda: tuple(SCENARIOS))

    def __post_init__(self) -> None:
        if self.n_calls < 0:
            raise ValueError("n_calls must be zero or more; pass the number of calls to make")
        unknown = set(self.styles) - set(STYLES)
        if unknown or not self.styles:
            raise ValueError(f"styles must be a non-empty subset of {STYLES}, got {self.styles}")
        unknown = set(self.scenarios) - set(SCENARIOS)
        if unknown or not self.scenarios:
            raise ValueError(
                f"unknown scenarios {sorted(unknown)}; choose from {sorted(SCENARIOS)}"
            )


class Pii(NamedTuple):
    label: str
    value: str


class Distractor(NamedTuple):
    kind: str
    value: str


Part = str | Pii | Distractor


class _CallWriter:
    """Writes one conversation: turns are appended by the scenario's exchanges."""

    def __init__(self, rng: random.Random, persona: Persona, style: str, company: str):
        self.rng = rng
        self.p = persona
        self.style = style
        self.company = company
        if style == "caps":
            self.casing = "upper"
        elif style == "spoken":
            self.casing = "spoken"
        elif style == "chunked":
            self.casing = rng.choice(["as_is", "spoken"])
        else:
            self.casing = "as_is"
        self.turns: list[TurnBuilder] = []

    # -- rendering ---------------------------------------------------------------
    def mode(self) -> str:
        if self.style in ("written", "caps"):
            return "written"
        if self.style == "spoken" or self.casing == "spoken":
            return "spoken"
        if self.style == "mixed":
            return self.rng.choice(["written", "spoken", "mixed", "mixed"])
        return self.rng.choice(["written", "written", "spoken"])

    def r(self) -> Renderer:
        return Renderer(self.rng, self.mode())

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(list(options))

    # -- turns -------------------------------------------------------------------
    def _turn(self, speaker: str, parts: Sequence[Part]) -> None:
        builder = TurnBuilder(speaker)
        for part in parts:
            if isinstance(part, Pii):
                builder.pii(part.label, part.value)
            elif isinstance(part, Distractor):
                builder.distractor(part.kind, part.value)
            else:
                builder.say(part)
        self.turns.append(builder)

    def agent(self, *parts: Part) -> None:
        self._turn(AGENT, parts)

    def customer(self, *parts: Part) -> None:
        self._turn(CUSTOMER, parts)

    def backchannel(self) -> None:
        self.agent(self.pick(_BACKCHANNEL))

    def read_number(
        self, label: str, intro: str, groups: list[str], render_whole: Callable[[], str]
    ) -> None:
        """The customer reads a long number: one turn, or in chunks in the chunked style."""
        if self.style != "chunked" or len(groups) < 2:
            self.customer(intro, Pii(label, render_whole()), self.pick([".", "", "."]))
            return
        chunks: list[list[str]] = []
        for group in groups:
            if chunks and len(chunks[-1]) == 1 and len(group) <= 3 and self.rng.random() < 0.4:
                chunks[-1].append(group)
            else:
                chunks.append([group])
        for i, chunk in enumerate(chunks):
            mode = self.mode()
            if mode == "written":
                text = " ".join(chunk)
            else:
                text = " ".join(
                    render.digit_words(g, self.rng, zero="oh", repeats=0.4) for g in chunk
                )
            if i == 0:
                self.customer(intro, Pii(label, text))
            else:
                self.backchannel()
                filler = self.pick(["", "", "", "Then ", "Uh, ", "And "])
                self.customer(filler, Pii(label, text))
        if self.rng.random() < 0.7:
            self.agent(self.pick(["Got it, thank you.", "Okay.", "Thank you.", "Perfect."]))

    # -- distractors -------------------------------------------------------------
    def amount(self) -> Distractor:
        cents = self.rng.choice(
            [self.rng.randint(5, 300) * 100, self.rng.randint(100, 99999), 2599, 125000]
        )
        if self.mode() == "written":
            return Distractor("AMOUNT", render.money_written(cents))
        return Distractor("AMOUNT", render.money_spoken(cents, self.rng))

    def duration(self) -> Distractor:
        low = self.rng.choice([2, 3, 5, 7])
        high = low + self.rng.choice([2, 3])
        unit = self.pick(["business days", "days", "weeks"])
        if self.mode() == "written":
            return Distractor("DURATION", f"{low} to {high} {unit}")
        words = render.int_to_words
        return Distractor("DURATION", f"{words(low)} to {words(high)} {unit}")

    def time(self) -> Distractor:
        hour = self.rng.randint(8, 17)
        minute = self.rng.choice([0, 15, 30, 45])
        h12 = hour if hour <= 12 else hour - 12
        if self.mode() == "written":
            suffix = self.pick(["AM", "a.m."]) if hour < 12 else self.pick(["PM", "p.m."])
            return Distractor("TIME", f"{h12}:{minute:02d} {suffix}")
        spoken_minute = "" if minute == 0 else " " + render.int_to_words(minute)
        part = "in the morning" if hour < 12 else "in the afternoon"
        return Distractor("TIME", f"{render.int_to_words(h12)}{spoken_minute} {part}")

    def ivr(self, verb: str) -> Distractor:
        n = self.rng.randint(1, 9)
        value = str(n) if self.mode() == "written" else render.int_to_words(n)
        return Distractor("IVR_OPTION", f"{verb} {value}")

    def count(self, noun: str) -> Distractor:
        n = self.rng.randint(2, 12)
        value = str(n) if self.mode() == "written" else render.int_to_words(n)
        return Distractor("COUNT", f"{value} {noun}")

    def company_name(self) -> Distractor:
        return Distractor("COMPANY", self.company)

    def build(self) -> list[BuiltTurn]:
        return [t.build(self.casing) for t in self.turns if t.has_content]


# -- exchanges: one question and its answer; each varies its phrasing --------------------


def greet(w: _CallWriter) -> None:
    agent = Pii("PERSON", w.r().name(w.p.agent_first, "", full=False))
    w.agent(
        w.pick(["Thank you for calling ", "Thanks for calling ", "Welcome to "]),
        w.company_name(),
        w.pick([", this is ", ", my name is ", ". You're speaking with "]),
        agent,
        w.pick(
            [". How can I help you today?", ". How may I help you?", ", what can I do for you?"]
        ),
    )


def ivr_mention(w: _CallWriter) -> None:
    w.customer(
        w.pick(["Hi, I ", "Hello. So I ", "Yeah hi, I "]),
        w.ivr("pressed"),
        w.pick([" on the menu but it sent me here.", " for billing and got you.", "."]),
    )


def ivr_menu(w: _CallWriter) -> None:
    w.agent(
        w.pick(["For billing, ", "For payments, ", "To report a lost card, "]),
        w.ivr("press"),
        w.pick([". For technical support, ", ". For anything else, "]),
        w.ivr("press"),
        ".",
    )


def ask_name(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "Can I have your full name, please?",
                "Who am I speaking with today?",
                "May I have the name on the account?",
                "Could you give me your first and last name?",
            ]
        )
    )
    w.customer(
        w.pick(["Yes, it's ", "Sure. ", "It's ", "My name is ", "Yeah, "]),
        Pii("PERSON", w.r().name(w.p.first, w.p.last)),
        ".",
    )
    if w.rng.random() < 0.5:
        w.agent(
            w.pick(
                [
                    "And could you spell the last name for me?",
                    "How do you spell your last name?",
                    "Can you spell that for me?",
                ]
            )
        )
        w.customer(
            w.pick(["Sure, ", "It's ", "Yeah, it's ", ""]),
            Pii("PERSON", w.r().spelled(w.p.last)),
            ".",
        )


def ask_dob(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "And your date of birth?",
                "Can you verify your date of birth for me?",
                "What is your date of birth, please?",
                "For verification, what's your birthday?",
            ]
        )
    )
    w.customer(
        w.pick(["It's ", "", "Sure, ", "I was born on "]),
        Pii("DATE_OF_BIRTH", w.r().date(w.p.dob)),
        ".",
    )


def ask_phone(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "What's the best phone number to reach you?",
                "Can I get a callback number in case we get disconnected?",
                "What is the phone number on the account?",
            ]
        )
    )
    phone = w.p.phone
    w.read_number(
        "PHONE_NUMBER",
        w.pick(["It's ", "Sure, ", "You can reach me at ", ""]),
        [phone[:3], phone[3:6], phone[6:]],
        lambda: w.r().phone(phone),
    )


def ask_email(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "And what email address should we send the confirmation to?",
                "Can I have your email address?",
                "What's the email on file?",
            ]
        )
    )
    w.customer(
        w.pick(["It's ", "Sure, ", "", "Yeah it's "]),
        Pii("EMAIL_ADDRESS", w.r().email(w.p.email_user, w.p.email_domain)),
        ".",
    )


def ask_address(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "Can you confirm the address on the account?",
                "What's your mailing address?",
                "And the billing address?",
                "Where should we send the new card?",
            ]
        )
    )
    if w.rng.random() < 0.6:
        w.customer(
            w.pick(["It's ", "Sure, ", "", "That would be "]),
            Pii("ADDRESS", w.r().full_address(w.p)),
            ".",
        )
        return
    w.customer(w.pick(["", "It's ", "Sure, "]), Pii("ADDRESS", w.r().street_line(w.p)), ".")
    w.agent(w.pick(["And the city and state?", "City and state?"]))
    r = w.r()
    city = w.p.city.lower() if r.mode == "spoken" else w.p.city
    state = w.p.state if r.mode == "written" else _state_name(w.p, r.mode)
    sep = ", " if r.mode == "written" else " "
    w.customer(Pii("ADDRESS", f"{city}{sep}{state}"), ".")
    w.agent(w.pick(["And the zip code?", "What's the zip?", "Zip code, please?"]))
    w.customer(w.pick(["", "It's "]), Pii("ADDRESS", w.r().zip_code(w.p.zip)), ".")


def _state_name(p: Persona, mode: str) -> str:
    name = STATES[p.state]
    return name.lower() if mode == "spoken" else name


def ask_zip(w: _CallWriter) -> None:
    w.agent(w.pick(["And the billing zip code?", "What's the zip code on the card?"]))
    w.customer(w.pick(["", "It's ", "Sure, "]), Pii("ADDRESS", w.r().zip_code(w.p.zip)), ".")


def ask_card(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "Go ahead with the card number whenever you're ready.",
                "What's the card number you'd like to use?",
                "Can I have the long number on the front of the card?",
            ]
        )
    )
    number = w.p.card
    w.read_number(
        "CREDIT_CARD",
        w.pick(["Okay, it's ", "Sure, ", "", "It's "]),
        card_groups(number),
        lambda: w.r().card(number),
    )
    if w.rng.random() < 0.4:
        w.agent(
            "So that's the card ending in ", Pii("CREDIT_CARD", w.r().last_four(number[-4:])), "?"
        )
        w.customer(w.pick(["Yes.", "Correct.", "That's right."]))


def ask_expiry(w: _CallWriter) -> None:
    w.agent(w.pick(["And the expiration date?", "Expiry date?", "When does the card expire?"]))
    w.customer(
        w.pick(["", "It's ", "It expires "]),
        Pii("CARD_EXPIRY", w.r().expiry(w.p.exp_month, w.p.exp_year)),
        ".",
    )


def ask_cvv(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "And the security code on the back?",
                "And the three digit code on the back of the card?",
                "Last thing, the CVV?",
            ]
        )
    )
    w.customer(w.pick(["", "", "It's "]), Pii("CVV", w.r().short_number(w.p.cvv)), ".")


def card_last_four(w: _CallWriter) -> None:
    if w.rng.random() < 0.5:
        w.customer(
            w.pick(["It's about the card ending in ", "I have a charge on my card ending in "]),
            Pii("CREDIT_CARD", w.r().last_four(w.p.card[-4:])),
            ".",
        )
        return
    w.agent(w.pick(["What are the last four digits of the card?", "Last four of the card?"]))
    w.customer(w.pick(["", "It's "]), Pii("CREDIT_CARD", w.r().last_four(w.p.card[-4:])), ".")


def ask_ssn_last4(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "Can you verify the last four of your social?",
                "And the last four digits of your social security number?",
                "Last four of your SSN, please.",
            ]
        )
    )
    w.customer(w.pick(["", "Sure, ", "It's "]), Pii("US_SSN", w.r().last_four(w.p.ssn[-4:])), ".")


def ask_ssn_full(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "For the application I'll need your full social security number.",
                "What's your social security number?",
                "Can I have your SSN?",
            ]
        )
    )
    ssn = w.p.ssn
    w.read_number(
        "US_SSN",
        w.pick(["Sure, it's ", "", "It's "]),
        [ssn[:3], ssn[3:5], ssn[5:]],
        lambda: w.r().ssn(ssn),
    )


def ask_bank(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "What's the checking account number?",
                "Can I have the account number for the deposit?",
                "And the bank account number?",
            ]
        )
    )
    number = w.p.bank_account
    w.read_number(
        "US_BANK_NUMBER",
        w.pick(["It's ", "", "Okay, "]),
        [number[i : i + 4] for i in range(0, len(number), 4)],
        lambda: w.r().long_number(number),
    )


def ask_routing(w: _CallWriter) -> None:
    w.agent(w.pick(["And the routing number?", "What's the nine digit routing number?"]))
    routing = w.p.routing
    w.read_number(
        "ROUTING_NUMBER",
        w.pick(["", "It's ", "The routing is "]),
        [routing[:3], routing[3:6], routing[6:]],
        lambda: w.r().long_number(routing),
    )


def ask_account_id(w: _CallWriter, which: str = "account") -> None:
    value = {"account": w.p.account_id, "member": w.p.member_id, "policy": w.p.policy_id}[which]
    w.agent(
        w.pick(
            [
                f"Can I have your {which} number?",
                f"What's the {which} number, please?",
                f"Do you have your {which} ID handy?",
            ]
        )
    )
    groups = [value[i : i + 4] for i in range(0, len(value), 4)]
    if w.style == "chunked" and value.isdigit():
        w.read_number("ACCOUNT_ID", w.pick(["Yes, ", "It's ", ""]), groups, lambda: value)
        return
    w.customer(
        w.pick(["Yes, it's ", "It's ", "", "Sure. "]),
        Pii("ACCOUNT_ID", w.r().identifier(value)),
        ".",
    )


def ask_pin(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "Can you give me the four digit PIN on the account?",
                "What's your account PIN?",
                "I'll need your security PIN.",
            ]
        )
    )
    w.customer(w.pick(["", "It's ", "Sure, "]), Pii("PIN", w.r().short_number(w.p.pin)), ".")


def new_pin(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "What would you like the new PIN to be?",
                "Okay, go ahead and choose a new four digit PIN.",
            ]
        )
    )
    w.customer(
        w.pick(["Let's do ", "Um, ", "Make it ", ""]),
        Pii("PIN", w.r().short_number(w.p.new_pin)),
        ".",
    )
    w.agent("Thank you. The new PIN is active in about ", w.duration(), ".")


def security_question(w: _CallWriter) -> None:
    question, answer = w.rng.choice(
        [
            ("What's your mother's maiden name?", w.p.maiden_name),
            ("What was the name of your first pet?", w.p.pet_name),
            ("What city were you born in?", w.p.birth_city),
        ]
    )
    w.agent("For the security question: ", question)
    w.customer(w.pick(["", "It's ", "That would be "]), Pii("PASSWORD", w.r().word(answer)), ".")


def volunteer_maiden(w: _CallWriter) -> None:
    w.customer(
        "My mother's maiden name is ",
        Pii("PASSWORD", w.r().word(w.p.maiden_name)),
        ", if that helps.",
    )


def ask_password(w: _CallWriter) -> None:
    w.agent(w.pick(["What's the current password?", "Can you tell me your old password?"]))
    w.customer(
        w.pick(["I think it was ", "It's ", "My password is "]),
        Pii("PASSWORD", w.r().password(w.p.password)),
        ".",
    )


def new_password(w: _CallWriter) -> None:
    w.agent("And what would you like your new password to be?")
    w.customer(
        w.pick(["Let's make it ", "Um, ", "Okay, "]),
        Pii("PASSWORD", w.r().password(w.p.new_password)),
        ".",
    )


def say_amount(w: _CallWriter) -> None:
    w.agent(
        w.pick(
            [
                "I see a balance of ",
                "The payment due is ",
                "Your last statement was ",
                "The charge was for ",
            ]
        ),
        w.amount(),
        w.pick([".", ", is that right?", " in total."]),
    )


def pay_amount(w: _CallWriter) -> None:
    w.customer(
        w.pick(["I'd like to pay ", "Can I pay ", "Just put "]),
        w.amount(),
        w.pick([" today.", "."]),
    )


def say_duration(w: _CallWriter) -> None:
    w.agent(
        w.pick(["It should arrive in ", "That takes ", "You'll see it within "]),
        w.duration(),
        ".",
    )


def say_counts(w: _CallWriter) -> None:
    w.customer(
        w.pick(["I have ", "There are ", "I see "]),
        w.count(w.pick(["cards", "charges", "payments", "accounts", "lines"])),
        w.pick([" on there.", " that I don't recognise.", " on my account."]),
    )


def appointment_time(w: _CallWriter) -> None:
    w.agent(
        w.pick(["I have an opening next Tuesday at ", "The doctor can see you Thursday at "]),
        w.time(),
        ". Does that work?",
    )
    w.customer(w.pick(["Yes, that works.", "Perfect.", "Okay, that's fine."]))


def closing(w: _CallWriter) -> None:
    w.agent(
        w.pick(["Is there anything else I can help with?", "Anything else today?"]),
    )
    w.customer(w.pick(["No, that's all. Thanks.", "No, thank you.", "That's it, thanks."]))
    w.agent(
        w.pick(["Thank you for calling ", "Thanks for choosing "]),
        w.company_name(),
        w.pick([". Have a great day.", ". Bye now."]),
    )


# -- scenarios: a company and an ordered list of steps (some optional) ---------------------

Step = Callable[[_CallWriter], None]


def _opt(step: Step, chance: float) -> Step:
    def maybe(w: _CallWriter) -> None:
        if w.rng.random() < chance:
            step(w)

    maybe.__name__ = step.__name__
    return maybe


def _either(*steps: Step) -> Step:
    def one(w: _CallWriter) -> None:
        w.rng.choice(steps)(w)

    return one


def _opener(text: str) -> Step:
    def say(w: _CallWriter) -> None:
        w.customer(text)

    return say


def _account(which: str) -> Step:
    return lambda w: ask_account_id(w, which)


SCENARIOS: dict[str, tuple[tuple[str, ...], tuple[Step, ...]]] = {
    "banking": (
        ("Harborview Bank", "First Meridian Bank"),
        (
            greet,
            _opener("Hi, I want to check on a transfer I made."),
            ask_name,
            _either(ask_ssn_last4, ask_dob),
            _opt(ask_bank, 0.6),
            say_amount,
            say_duration,
            _opt(say_counts, 0.4),
            closing,
        ),
    ),
    "direct_deposit": (
        ("Harborview Bank", "Summit Payroll"),
        (
            greet,
            _opener("I need to set up direct deposit for my paycheck."),
            ask_name,
            ask_dob,
            ask_bank,
            ask_routing,
            say_duration,
            _opt(ask_email, 0.5),
            closing,
        ),
    ),
    "card_payment": (
        ("Brightwater Energy", "Lumen Wireless", "Cedar Valley Water"),
        (
            _opt(ivr_menu, 0.5),
            greet,
            _opt(ivr_mention, 0.5),
            _opener("I'd like to make a payment on my bill."),
            _account("account"),
            say_amount,
            pay_amount,
            ask_name,
            ask_card,
            ask_expiry,
            ask_cvv,
            _opt(ask_zip, 0.6),
            closing,
        ),
    ),
    "lost_card": (
        ("Northwind Card Services", "Harborview Bank"),
        (
            greet,
            _opener("I lost my credit card and I need to cancel it."),
            ask_name,
            card_last_four,
            _either(ask_dob, ask_ssn_last4),
            ask_address,
            say_duration,
            closing,
        ),
    ),
    "fraud_alert": (
        ("Northwind Card Services", "Keystone Credit Union"),
        (
            greet,
            _opener("I got a text about a suspicious charge."),
            card_last_four,
            ask_name,
            ask_dob,
            say_amount,
            say_counts,
            _opt(ask_card, 0.5),
            ask_phone,
            closing,
        ),
    ),
    "insurance_claim": (
        ("Crestline Insurance", "Bluepoint Mutual"),
        (
            greet,
            _opener("I need to file a claim for my car."),
            _account("policy"),
            ask_name,
            ask_dob,
            ask_address,
            ask_phone,
            say_duration,
            closing,
        ),
    ),
    "telecom": (
        ("Lumen Wireless", "Skyline Mobile"),
        (
            _opt(ivr_menu, 0.5),
            greet,
            _opt(ivr_mention, 0.5),
            _opener("My phone has no service since yesterday."),
            ask_phone,
            ask_name,
            _either(ask_pin, ask_ssn_last4),
            _opt(new_pin, 0.5),
            say_amount,
            closing,
        ),
    ),
    "healthcare_appointment": (
        ("Maple Grove Health", "Riverside Family Clinic"),
        (
            greet,
            _opener("I'd like to schedule an appointment with my doctor."),
            ask_name,
            ask_dob,
            _account("member"),
            appointment_time,
            ask_phone,
            closing,
        ),
    ),
    "address_change": (
        ("Harborview Bank", "Crestline Insurance", "Lumen Wireless"),
        (
            greet,
            _opener("I moved and need to update my address."),
            ask_name,
            _either(ask_dob, ask_ssn_last4, ask_pin),
            ask_address,
            ask_email,
            _opt(ask_phone, 0.5),
            closing,
        ),
    ),
    "password_reset": (
        ("Lumen Wireless", "Harborview Bank", "Skyline Mobile"),
        (
            greet,
            _opener("I'm locked out of my online account."),
            ask_email,
            ask_name,
            _either(security_question, volunteer_maiden),
            _opt(ask_password, 0.5),
            new_password,
            closing,
        ),
    ),
    "loan_application": (
        ("Keystone Credit Union", "First Meridian Bank"),
        (
            greet,
            _opener("I want to apply for a personal loan."),
            ask_name,
            ask_ssn_full,
            ask_dob,
            ask_address,
            ask_email,
            ask_phone,
            say_amount,
            say_duration,
            closing,
        ),
    ),
    "account_security": (
        ("Skyline Mobile", "Keystone Credit Union"),
        (
            greet,
            _opener("Someone tried to get into my account."),
            _account("account"),
            ask_name,
            ask_pin,
            security_question,
            new_pin,
            new_password,
            closing,
        ),
    ),
}


def _times(turns: list[BuiltTurn]) -> list[tuple[float, float]]:
    """Plausible turn times: about 0.35 s a word and a short pause between turns."""
    out, t = [], 0.0
    for turn in turns:
        duration = round(0.4 + 0.35 * len(turn.text.split()), 2)
        out.append((round(t, 2), round(t + duration, 2)))
        t += duration + 0.3
    return out


def generate_call(index: int, seed: int, style: str, scenario: str) -> LabelledCall:
    """One labelled call, the same for the same (index, seed, style, scenario)."""
    rng = random.Random(f"callredact-eval:{seed}:{index}")
    fake = Faker("en_US")
    fake.seed_instance(rng.getrandbits(64))
    persona = make_persona(fake, rng)
    companies, steps = SCENARIOS[scenario]
    writer = _CallWriter(rng, persona, style, rng.choice(companies))
    for step in steps:
        step(writer)
    built = writer.build()
    times = _times(built)
    call = Call(
        call_id=f"eval-{seed}-{index:05d}",
        turns=tuple(
            Turn(speaker=t.speaker, text=t.text, start=s, end=e)
            for t, (s, e) in zip(built, times, strict=True)
        ),
        source=SOURCE_CALLREDACT,
        metadata={"style": style, "scenario": scenario},
        language="en",
    )
    return LabelledCall(
        call=call,
        gold=tuple(t.gold for t in built),
        distractors=tuple(t.distractors for t in built),
        style=style,
        scenario=scenario,
    )


def generate_corpus(config: CorpusConfig) -> list[LabelledCall]:
    """``config.n_calls`` calls; styles rotate so every style is equally represented."""
    order = random.Random(f"callredact-eval-scenarios:{config.seed}")
    scenarios = list(config.scenarios)
    calls: list[LabelledCall] = []
    for i in range(config.n_calls):
        if i % len(scenarios) == 0:
            order.shuffle(scenarios)
        style = config.styles[i % len(config.styles)]
        calls.append(generate_call(i, config.seed, style, scenarios[i % len(scenarios)]))
    return calls
