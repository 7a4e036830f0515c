"""Property (issue 9): PII values inserted into random conversation text, in any
rendering, never survive detection + redaction.

Values are generated with valid checksums (Luhn, SSA rules) and rendered written,
spoken or mixed by the evaluation renderer; the surrounding words, their casing and
the cue phrase are drawn at random. After redaction, the value's digits (or its
lower-cased text, for emails) must not be recoverable from the redacted turn.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.evaluation.values import Renderer, luhn_check_digit
from pipeline.redaction import redact_text
from pipeline.schema import Call, Turn
from recognizers.call_analyzer import CallAnalyzer
from recognizers.spoken_normalizer import normalize

FILLER = (
    "okay", "so", "um", "yeah", "I", "was", "calling", "about", "my", "account", "the",
    "bill", "came", "in", "and", "it", "looks", "higher", "than", "usual", "can", "you",
    "check", "that", "for", "me", "please", "thanks", "a", "lot", "sure", "no", "problem",
    "let", "me", "see", "one", "moment", "alright",
)  # fmt: skip

CUES = {
    "card": [
        "my card number is",
        "the card is",
        "it's a visa",
        "card number",
        "the number on the card is",
        "use the mastercard",
    ],
    "ssn": ["my social is", "social security number", "my ssn is", "the social is"],
    "phone": ["my phone number is", "call me back at", "my cell is", "you can reach me at"],
    "email": ["my email is", "email me at", "send it to", "my e-mail address is"],
}


def _card(rng: random.Random) -> str:
    payload = rng.choice(["4", "51", "37", "6011"])
    length = 15 if payload == "37" else 16
    payload += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(payload)))
    return payload + luhn_check_digit(payload)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def _render(kind: str, rng: random.Random, mode: str) -> tuple[str, str]:
    """(rendering, what must not survive: digits, or the lower-cased email)."""
    renderer = Renderer(rng, mode)
    if kind == "card":
        value = _card(rng)
        return renderer.card(value), value
    if kind == "ssn":
        value = _ssn(rng)
        return renderer.ssn(value), value
    if kind == "phone":
        value = _phone(rng)
        return renderer.phone(value), value
    user = rng.choice(["dana.lee", "m.okafor", "jwhitfield", "pat_kim", "ravi.s"])
    user += str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    domain = rng.choice(["example.com", "mail.example.net", "example.org"])
    return renderer.email(user, domain), f"{user}@{domain}"


def _survives(secret: str, redacted: str) -> bool:
    """Is the value readable in ``redacted``, said in words or written in digits?"""
    if secret.isdigit():
        digits = re.sub(r"\D", "", normalize(redacted).text)
        return secret in digits or secret[-4:] in re.findall(r"\d{4,}", redacted)
    readable = normalize(redacted).text.lower()
    return secret.lower() in readable or secret.split("@")[0].lower() in readable


@pytest.fixture(scope="module")
def analyzer():
    return CallAnalyzer.create()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(sorted(CUES)),
    mode=st.sampled_from(["written", "spoken", "mixed"]),
    seed=st.integers(0, 10**9),
    before=st.lists(st.sampled_from(FILLER), max_size=12),
    after=st.lists(st.sampled_from(FILLER), max_size=12),
    casing=st.sampled_from(["as is", "lower", "upper"]),
)
def test_inserted_values_never_survive(analyzer, kind, mode, seed, before, after, casing):
    rng = random.Random(seed)
    rendering, secret = _render(kind, rng, mode)
    cue = rng.choice(CUES[kind])
    text = " ".join([*before, cue, rendering, *after])
    text = {"lower": text.lower(), "upper": text.upper()}.get(casing, text)
    call = Call("prop", (Turn("AGENT", "How can I help you today?"), Turn("CUSTOMER", text)))
    entities = analyzer.analyze_call(call)[1]
    redacted, _ = redact_text(text, entities)
    assert _survives(secret, text), "the check must see the value in the unredacted text"
    assert not _survives(secret, redacted), (kind, mode, casing)
