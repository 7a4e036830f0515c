"""A second, independent source of labelled text: the templates of ``presidio-evaluator``.

``presidio-evaluator`` (Microsoft, MIT) ships ``templates.txt``, the sentence templates
behind Presidio's published synthetic evaluation data: customer-service requests, chat
bot exchanges, signatures, news and music-blog prose, with ``{{placeholder}}`` slots. We
read the file from the installed package (its Python code needs pandas, transformers and
more, so it is installed with ``--no-deps`` and never imported) and fill the slots with
our own seeded Faker values, mapping its entity names to ours.

Two uses: call transcripts (a one-line template becomes the customer's turn of a short
call, in the written, spoken, caps or mixed style) and general text (every template as
written, newlines kept) for the general-text comparison.
"""

from __future__ import annotations

import importlib.metadata
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from faker import Faker

from pipeline.evaluation import render
from pipeline.evaluation.corpus import AGENT, CUSTOMER, LabelledCall
from pipeline.evaluation.text_builder import GoldSpan, TurnBuilder
from pipeline.evaluation.values import Persona, Renderer, make_persona
from pipeline.schema import Call, Turn

DISTRIBUTION = "presidio-evaluator"
TEMPLATES_PATH = "presidio_evaluator/data_generator/raw_data/templates.txt"
SOURCE_PRESIDIO = "presidio-evaluator"
TEMPLATE_STYLES = ("written", "spoken", "caps", "mixed")
INSTALL_HINT = (
    "install it with `pip install --no-deps presidio-evaluator==0.3.2` (`make eval` does), "
    "or pass --no-presidio-templates"
)
_SLOT = re.compile(r"\{\{(\w+)\}\}")
_NATIONALITIES = ("Canadian", "Mexican", "Irish", "Brazilian", "Korean", "Italian", "Kenyan")
_NATION_PLURAL = ("Canadians", "Mexicans", "Brazilians", "Italians", "Kenyans")
_NATION_WOMAN = ("Canadian", "Mexican", "Irish", "Kenyan")
_PREFIX_MALE = ("Mr.", "Dr.")
_PREFIX_FEMALE = ("Ms.", "Mrs.", "Dr.")


class TemplatesUnavailable(RuntimeError):
    """The presidio-evaluator package (and so its templates) is not installed."""


@dataclass(frozen=True)
class LabelledText:
    """One general-text sample: text with gold PII spans."""

    text: str
    gold: tuple[GoldSpan, ...]
    template_index: int


@lru_cache(maxsize=1)
def load_templates() -> tuple[str, ...]:
    """The template lines of the installed presidio-evaluator, escapes ('\\n') decoded."""
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError as e:
        raise TemplatesUnavailable(f"{DISTRIBUTION} is not installed: {INSTALL_HINT}") from e
    path = Path(str(dist.locate_file(TEMPLATES_PATH)))
    if not path.is_file():
        raise TemplatesUnavailable(
            f"{DISTRIBUTION} {dist.version} has no {TEMPLATES_PATH}: {INSTALL_HINT}"
        )
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return tuple(
        line.replace("\\n", "\n").replace("\\,", ",").strip()
        for line in lines
        if line.strip() and line.count("{{") == line.count("}}")
    )


Slot = Callable[[Persona, Renderer, Faker, random.Random], tuple[str | None, str]]


def _person(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "PERSON", r.name(f.first_name(), f.last_name())


def _first(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "PERSON", r.name(f.first_name(), "", full=False)


def _last(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "PERSON", r.word(f.last_name())


def _address(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "ADDRESS", r.full_address(make_persona(f, rng))


def _plain(label: str | None, make: Callable[[Faker, random.Random], str]) -> Slot:
    def slot(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str | None, str]:
        return label, r.word(make(f, rng))

    return slot


def _spoken_if(r: Renderer, number: int, words: Callable[[int], str]) -> str:
    """A number that is not PII (an age, a year): words in the spoken mode, digits otherwise."""
    return words(number) if r.mode == "spoken" else str(number)


def _ssn(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "US_SSN", r.ssn(make_persona(f, rng).ssn)


def _driver_license(p: Persona, r: Renderer, f: Faker, rng: random.Random) -> tuple[str, str]:
    return "US_DRIVER_LICENSE", r.identifier(f.bothify(rng.choice(["?#######", "?########"])))


# Placeholder -> (our entity, or None for text that is not PII to us, and a value).
SLOTS: dict[str, Slot] = {
    "person": _person,
    "name": _person,
    "name_male": _person,
    "name_female": _person,
    "first_name": _first,
    "first_name_male": _first,
    "first_name_female": _first,
    "first_name_nonbinary": _first,
    "last_name": _last,
    "last_name_male": _last,
    "last_name_female": _last,
    "phone_number": lambda p, r, f, rng: ("PHONE_NUMBER", r.phone(make_persona(f, rng).phone)),
    "email": lambda p, r, f, rng: (
        "EMAIL_ADDRESS",
        r.email(make_persona(f, rng).email_user, f.free_email_domain()),
    ),
    "credit_card_number": lambda p, r, f, rng: ("CREDIT_CARD", r.card(make_persona(f, rng).card)),
    "ssn": _ssn,
    "date_of_birth": lambda p, r, f, rng: (
        "DATE_OF_BIRTH",
        r.date(f.date_of_birth(minimum_age=18, maximum_age=90)),
    ),
    "address": _address,
    "street_name": _plain("ADDRESS", lambda f, rng: f.street_name()),
    "building_number": lambda p, r, f, rng: ("ADDRESS", r.street_number(f.building_number())),
    "secondary_address": _plain("ADDRESS", lambda f, rng: f.secondary_address()),
    "city": _plain("ADDRESS", lambda f, rng: f.city()),
    "zipcode": lambda p, r, f, rng: ("ADDRESS", r.zip_code(f.zipcode())),
    "postcode": lambda p, r, f, rng: ("ADDRESS", r.zip_code(f.postcode())),
    "state_abbr": _plain("ADDRESS", lambda f, rng: f.state_abbr()),
    "iban": _plain("IBAN_CODE", lambda f, rng: f.iban()),
    "ip_address": _plain("IP_ADDRESS", lambda f, rng: f.ipv4()),
    "url": _plain("URL", lambda f, rng: f.url()),
    "us_driver_license": _driver_license,
    # Not PII for a call-centre redactor: kept as ordinary text.
    "country": _plain(None, lambda f, rng: f.country()),
    "organization": _plain(None, lambda f, rng: f.company()),
    "job": _plain(None, lambda f, rng: f.job()),
    "age": lambda p, r, f, rng: (None, _spoken_if(r, rng.randint(18, 88), render.int_to_words)),
    "year": lambda p, r, f, rng: (
        None,
        _spoken_if(r, rng.randint(1950, 2024), lambda y: render.year_words(y, rng)),
    ),
    "date_time": _plain(None, lambda f, rng: f.date(pattern="%B %d, %Y")),
    "day_of_week": _plain(None, lambda f, rng: f.day_of_week()),
    "nationality": _plain(None, lambda f, rng: rng.choice(_NATIONALITIES)),
    "nation_plural": _plain(None, lambda f, rng: rng.choice(_NATION_PLURAL)),
    "nation_woman": _plain(None, lambda f, rng: rng.choice(_NATION_WOMAN)),
    "prefix": _plain(None, lambda f, rng: rng.choice(_PREFIX_MALE + _PREFIX_FEMALE)),
    "prefix_male": _plain(None, lambda f, rng: rng.choice(_PREFIX_MALE)),
    "prefix_female": _plain(None, lambda f, rng: rng.choice(_PREFIX_FEMALE)),
}
# Entities the presidio-evaluator slots produce, in our names (Presidio's where it has one).
TEMPLATE_ENTITY_TYPES = (
    "ADDRESS",
    "CREDIT_CARD",
    "DATE_OF_BIRTH",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "IP_ADDRESS",
    "PERSON",
    "PHONE_NUMBER",
    "URL",
    "US_DRIVER_LICENSE",
    "US_SSN",
)


def fill_template(
    template: str,
    rng: random.Random,
    fake: Faker,
    mode: str,
    persona: Persona,
    speaker: str = CUSTOMER,
) -> TurnBuilder:
    """A turn builder with the template's slots filled; unknown slots are an error."""
    builder = TurnBuilder(speaker)
    pos = 0
    for match in _SLOT.finditer(template):
        builder.say(template[pos : match.start()])
        slot = SLOTS.get(match.group(1))
        if slot is None:
            raise ValueError(
                f"template slot {{{{{match.group(1)}}}}} has no value generator: add it to "
                "pipeline.evaluation.presidio_templates.SLOTS"
            )
        label, value = slot(persona, Renderer(rng, mode), fake, rng)
        value = " ".join(value.split())
        if label is None:
            builder.say(value)
        else:
            builder.pii(label, value)
        pos = match.end()
    builder.say(template[pos:])
    return builder


def _seeded(seed: int, index: int, kind: str) -> tuple[random.Random, Faker, Persona]:
    rng = random.Random(f"callredact-eval-{kind}:{seed}:{index}")
    fake = Faker("en_US")
    fake.seed_instance(rng.getrandbits(64))
    return rng, fake, make_persona(fake, rng)


def template_call(index: int, seed: int, style: str) -> LabelledCall:
    """A short call whose customer turn is one presidio-evaluator template, filled."""
    if style not in TEMPLATE_STYLES:
        raise ValueError(f"template calls come in {TEMPLATE_STYLES}, not {style!r}")
    templates = load_templates()
    # Signatures and address blocks (multi-line templates) are not something people say.
    spoken = [i for i, t in enumerate(templates) if "\n" not in t]
    rng, fake, persona = _seeded(seed, index, "template-call")
    template_index = rng.choice(spoken)
    template = templates[template_index]
    casing = {"caps": "upper", "spoken": "spoken"}.get(style, "as_is")
    if style == "mixed":
        mode = rng.choice(["written", "spoken", "mixed"])
    else:
        mode = "spoken" if style == "spoken" else "written"
    opener = TurnBuilder(AGENT).say(rng.choice(["How can I help you today?", "Go ahead."]))
    reply = TurnBuilder(AGENT).say(
        rng.choice(["Okay, let me look into that.", "Sure, one moment."])
    )
    builders = [opener, fill_template(template, rng, fake, mode, persona), reply]
    built = [b.build(casing) for b in builders]
    call = Call(
        call_id=f"eval-tpl-{seed}-{index:05d}",
        turns=tuple(Turn(speaker=b.speaker, text=b.text) for b in built),
        source=SOURCE_PRESIDIO,
        metadata={"style": style, "scenario": f"presidio-template-{template_index}"},
        language="en",
    )
    return LabelledCall(
        call=call,
        gold=tuple(b.gold for b in built),
        distractors=tuple(b.distractors for b in built),
        style=style,
        scenario="presidio_template",
        source=SOURCE_PRESIDIO,
    )


def general_text_samples(n_samples: int, seed: int) -> list[LabelledText]:
    """General (non-call) text: templates cycled in a seeded order, as written, newlines kept."""
    templates = load_templates()
    order = list(range(len(templates)))
    random.Random(f"callredact-eval-general-order:{seed}").shuffle(order)
    samples = []
    for i in range(n_samples):
        template_index = order[i % len(order)]
        rng, fake, persona = _seeded(seed, i, "general")
        builder = fill_template(templates[template_index], rng, fake, "written", persona)
        built = builder.build("as_is", squeeze=False)
        samples.append(LabelledText(built.text, built.gold, template_index))
    return samples
