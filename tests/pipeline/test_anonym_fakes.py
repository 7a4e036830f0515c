"""PII-heavy synthetic calls (Faker, seeded) with the exact span of every planted value.

Shared by the anonymisation, analytics and query tests. Every value is invented. A fake
analyzer reports the planted spans exactly, so a leak in a test is the code under
test's fault, never a detection miss.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

from pipeline.anonymize.keys import generate_key_text
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn, Word

PSEUDONYM_ENV, ENCRYPTION_ENV = "TEST_CALLREDACT_PSEUDONYM_KEY", "TEST_CALLREDACT_ENCRYPTION_KEY"


def key_environ(seed: str | None = "fixed") -> dict[str, str]:
    """Both test keys: derived from ``seed`` (reproducible tests), or random with None."""
    if seed is None:
        return {PSEUDONYM_ENV: generate_key_text(), ENCRYPTION_ENV: generate_key_text()}
    return {
        PSEUDONYM_ENV: hashlib.sha256(f"{seed}:pseudonym".encode()).hexdigest(),
        ENCRYPTION_ENV: hashlib.sha256(f"{seed}:encryption".encode()).hexdigest(),
    }


def policy_document(entities: dict, default="tag", **extra) -> dict:
    """A policy document naming both test keys (load with ``key_environ()``)."""
    return {
        "version": 1,
        "default": default,
        "entities": entities,
        "keys": {"pseudonym": {"env": PSEUDONYM_ENV}, "encryption": {"env": ENCRYPTION_ENV}},
        **extra,
    }


@dataclass
class Planted:
    """Calls, their detected spans, and every PII value planted in text or metadata."""

    calls: list[Call] = field(default_factory=list)
    detected: list[DetectedCall] = field(default_factory=list)
    values: set[str] = field(default_factory=set)
    manifest: list[dict] = field(default_factory=list)


def _turn(speaker: str, parts, start: float, end: float, with_words: bool = False):
    """A turn from text pieces and (TYPE, value) pieces, and the spans of the values."""
    text, entities = "", []
    for part in parts:
        if isinstance(part, tuple):
            entity_type, value = part
            entities.append(PiiEntity(entity_type, len(text), len(text) + len(value), 0.9, "fake"))
            text += value
        else:
            text += part
    words = ()
    if with_words:
        tokens = list(re.finditer(r"\S+", text))
        step = (end - start) / max(len(tokens), 1)
        words = tuple(
            Word(m.group(), round(start + i * step, 3), round(start + (i + 1) * step, 3))
            for i, m in enumerate(tokens)
        )
    return Turn(speaker, text, start, end, words=words), tuple(entities)


def pii_heavy_calls(n: int = 6, seed: int = 20261128) -> Planted:
    """``n`` calls dense with names, cards, SSNs, phones, e-mails, addresses and birth dates."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    planted = Planted()
    for i in range(n):
        name = f"{fake.first_name()} {fake.last_name()}"
        card = " ".join(re.findall(".{4}", fake.credit_card_number(card_type="visa16")))
        ssn = fake.ssn()
        phone = f"{fake.random_int(201, 989)}-{fake.random_int(200, 999)}-{fake.numerify('####')}"
        email = f"{fake.user_name()}{i}@{fake.free_email_domain()}"
        address = fake.street_address()
        dob = fake.date_of_birth(minimum_age=20, maximum_age=80).strftime("%B %d, %Y")
        agent = f"{fake.first_name()} {fake.last_name()}"
        ani = f"+1{fake.numerify('##########')}"
        zip_code = fake.zipcode()
        started = fake.date_time_between("-300d", "-1d").replace(microsecond=0)
        agent_id = f"AG-{fake.numerify('#####')}"
        customer_id = f"CUST-{fake.numerify('#######')}"
        rows = [
            _turn(
                "AGENT",
                ["Thanks for calling, this is ", ("PERSON", agent), ". Who am I with?"],
                0.0,
                3.0,
                with_words=i == 0,
            ),
            _turn(
                "CUSTOMER",
                ["Hi, it's ", ("PERSON", name), ", my card is ", ("CREDIT_CARD", card), "."],
                3.5,
                9.0,
                with_words=i == 0,
            ),
            _turn("AGENT", ["Thank you ", ("PERSON", name.upper()), ". Your social?"], 9.5, 11.0),
            _turn(
                "CUSTOMER",
                [
                    ("US_SSN", ssn),
                    ", phone ",
                    ("PHONE_NUMBER", phone),
                    ", email ",
                    ("EMAIL_ADDRESS", email),
                ],
                11.5,
                18.0,
            ),
            _turn(
                "CUSTOMER",
                [
                    "I live at ",
                    ("ADDRESS", address),
                    ", born ",
                    ("DATE_OF_BIRTH", dob),
                    ". Card again ",
                    ("CREDIT_CARD", card),
                ],
                18.5,
                25.0,
            ),
        ]
        metadata = {
            "queue": "billing" if i % 2 else "support",
            "agent_id": agent_id,
            "ani": ani,
            "customer_zip": zip_code,
            "customer_age": 20 + 7 * i,
            "start_time": started.isoformat(),
        }
        call = Call(
            call_id=f"call-{i:04d}-{fake.numerify('####')}",
            turns=tuple(t for t, _ in rows),
            source="mem/calls.jsonl",
            metadata=metadata,
            duration=27.0,
        )
        planted.calls.append(call)
        planted.detected.append(DetectedCall(call, tuple(e for _, e in rows)))
        planted.values |= {
            name,
            name.upper(),
            card,
            card.replace(" ", ""),
            ssn,
            phone,
            phone.replace("-", ""),
            email,
            address,
            dob,
            agent,
            ani,
            ani[2:],
            zip_code,
            started.isoformat(),
            agent_id,
            customer_id,
            call.call_id,
        }
        planted.manifest.append(
            {
                "call_id": call.call_id,
                "customer_id": customer_id,
                "agent": agent_id,
                "phone": ani,
                "zip": zip_code,
                "age": 20 + 7 * i,
                "started_at": started.isoformat(),
                "disposition": "resolved",
                "notes": f"{name} called about {card}",
            }
        )
    return planted


def write_manifest_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


class PlantedAnalyzer:
    """A CallAnalyzer stand-in that reports exactly the planted spans of known calls."""

    def __init__(self, planted: Planted):
        self._by_id = {d.call.call_id: d.entities for d in planted.detected}

    def analyze_calls(self, calls):
        return [self.analyze_call(c) for c in calls]

    def analyze_call(self, call):
        return self._by_id[call.call_id]


def test_planted_spans_cover_exactly_the_planted_values():
    planted = pii_heavy_calls(3)
    for detected in planted.detected:
        for turn, entities in zip(detected.call.turns, detected.entities, strict=True):
            for e in entities:
                assert turn.text[e.start : e.end] in planted.values
    assert len({c.call_id for c in planted.calls}) == 3
