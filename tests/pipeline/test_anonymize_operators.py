"""Every operator on transcripts: tag, numbered, pseudonym, mask, encrypt, surrogate."""

import re

import pytest
from apache_beam.testing.util import assert_that, equal_to, is_empty
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anonymize import PolicyRedactor
from pipeline.anonymize.operators import (
    ENCRYPTED_TOKEN,
    CallState,
    EncryptOperator,
    MaskOperator,
    normalise_value,
    person_aliases,
)
from pipeline.anonymize.policy import parse_policy
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn
from pipeline.transforms import Redact
from recognizers.checksums import aba_valid, luhn_valid, ssn_plausible
from tests.conftest import direct_test_pipeline
from tests.pipeline.test_anonym_fakes import key_environ, pii_heavy_calls, policy_document

ENV = key_environ()
OTHER_ENV = key_environ("other")


def policy(entities, default="tag", env=ENV):
    return parse_policy(policy_document(entities, default=default), "test-policy.yaml", env)


def detected(call_id, *turns):
    """Turns given as lists of text pieces and (TYPE, value) pieces."""
    built, spans = [], []
    for parts in turns:
        text, entities = "", []
        for part in parts:
            if isinstance(part, tuple):
                entities.append(PiiEntity(part[0], len(text), len(text) + len(part[1]), 0.9, "t"))
                text += part[1]
            else:
                text += part
        built.append(Turn("CUSTOMER", text))
        spans.append(tuple(entities))
    return DetectedCall(Call(call_id, tuple(built)), tuple(spans))


def texts(redacted):
    return [t.text for t in redacted.turns]


@pytest.mark.parametrize(
    "value, entity_type, expected",
    [
        ("Ana  Ruiz", "PERSON", "ana ruiz"),
        ("ANA RUIZ.", "PERSON", "ana ruiz"),
        ("4111-1111-1111-1111", "CREDIT_CARD", "4111111111111111"),
        ("four one one one", "CREDIT_CARD", "4111"),
        ("(415) 555 2671", "PHONE_NUMBER", "4155552671"),
        ("AB12 cd34", "US_DRIVER_LICENSE", "ab12cd34"),
        ("J.Doe@Example.com", "EMAIL_ADDRESS", "j.doe@example.com"),
        ("r a m a n", "PERSON", "raman"),
        ("W-H-I-T-E", "PERSON", "white"),
        # a numeric type without digits keeps its text (never collapses to "")
        ("unknown", "PIN", "unknown"),
    ],
)
def test_normalise_value(value, entity_type, expected):
    assert normalise_value(value, entity_type) == expected


def test_packaged_policy_redacts_exactly_like_the_tag_default():
    from pipeline.anonymize import load_policy
    from pipeline.redaction import redact_call

    redactor = PolicyRedactor(load_policy(None, environ={}))
    for d in pii_heavy_calls(3).detected:
        assert redactor(d, kept_metadata=("queue",)) == redact_call(d, kept_metadata=("queue",))


def test_tag_replaces_with_the_type_and_keeps_offsets_true():
    out = PolicyRedactor(policy({}))(detected("c", ["card ", ("CREDIT_CARD", "4111 1111"), "."]))
    assert texts(out) == ["card [CREDIT_CARD]."]
    r = out.turns[0].redactions[0]
    assert out.turns[0].text[r.start : r.end] == "[CREDIT_CARD]"


def test_numbered_same_value_same_number_within_a_call_and_restarts_per_call():
    redactor = PolicyRedactor(policy({"PERSON": "numbered", "CREDIT_CARD": "numbered"}))
    call = detected(
        "c1",
        ["I'm ", ("PERSON", "Ana Ruiz"), " and this is ", ("PERSON", "Tomás Pike")],
        ["Yes ", ("PERSON", "ANA  RUIZ"), ", card ", ("CREDIT_CARD", "4111 1111 1111 1111")],
        [
            "again ",
            ("CREDIT_CARD", "four one one one one one one one one one one one one one one one"),
            " and ",
            ("PERSON", "Tomás Pike"),
        ],
    )
    assert texts(redactor(call)) == [
        "I'm <PERSON_1> and this is <PERSON_2>",
        "Yes <PERSON_1>, card <CREDIT_CARD_1>",
        "again <CREDIT_CARD_1> and <PERSON_2>",
    ]
    second = redactor(detected("c2", [("PERSON", "Tomás Pike")]))
    assert texts(second) == ["<PERSON_1>"]


@pytest.mark.parametrize(
    "names, expected",
    [
        (
            ["marcus whitfield", "marcus", "mr. whitfield"],
            {"marcus": "marcus whitfield", "mr. whitfield": "marcus whitfield"},
        ),
        # two candidates: a partial name stays itself rather than join two people
        (["marcus whitfield", "marcus lee", "marcus"], {}),
        (
            ["ana maria ruiz", "ana ruiz", "ana"],
            {"ana": "ana maria ruiz", "ana ruiz": "ana maria ruiz"},
        ),
        (["dana", "lee"], {}),
        # spoken honorifics, redacted with the name, are no part of it either
        (
            ["okafor", "mister okafor", "chidi okafor", "doctor okafor"],
            {
                "okafor": "chidi okafor",
                "mister okafor": "chidi okafor",
                "doctor okafor": "chidi okafor",
            },
        ),
    ],
)
def test_person_aliases(names, expected):
    assert person_aliases(names) == expected


def test_partial_names_share_the_full_names_number_token_and_surrogate():
    turns = (
        ["this is ", ("PERSON", "Dana Lee")],
        ["hi ", ("PERSON", "Dana"), ", I'm ", ("PERSON", "Marcus Whitfield")],
        ["thanks ", ("PERSON", "Marcus"), ", or ", ("PERSON", "Mr. Whitfield"), "?"],
    )
    numbered = PolicyRedactor(policy({"PERSON": "numbered"}))(detected("c", *turns))
    assert texts(numbered) == [
        "this is <PERSON_1>",
        "hi <PERSON_1>, I'm <PERSON_2>",
        "thanks <PERSON_2>, or <PERSON_2>?",
    ]
    pseudonyms = texts(PolicyRedactor(policy({"PERSON": "pseudonym"}))(detected("c", *turns)))
    full_token = pseudonyms[1].rsplit(" ", 1)[1]
    assert pseudonyms[2] == f"thanks {full_token}, or {full_token}?"
    fakes = texts(PolicyRedactor(policy({"PERSON": "surrogate"}))(detected("c", *turns)))
    first, last = fakes[1].split("I'm ")[1].split()
    assert fakes[2] == f"thanks {first}, or Mr. {last}?"
    assert fakes[1].startswith(f"hi {fakes[0].split('this is ')[1].split()[0]},")


def test_a_spelled_surname_is_the_full_names_surname_and_is_spelled_back():
    turns = (["my name is ", ("PERSON", "Priya Raman")], ["it's ", ("PERSON", "r a m a n")])
    numbered = PolicyRedactor(policy({"PERSON": "numbered"}))(detected("c", *turns))
    assert texts(numbered) == ["my name is <PERSON_1>", "it's <PERSON_1>"]
    fakes = texts(PolicyRedactor(policy({"PERSON": "surrogate"}))(detected("c", *turns)))
    surname = fakes[0].split("is ")[1].split()[-1]
    assert fakes[1] == "it's " + " ".join(surname.lower())


def test_pseudonym_is_stable_across_calls_and_loads_and_differs_with_another_key():
    def token_of(env, call_id, value):
        out = PolicyRedactor(policy({"PERSON": "pseudonym"}, env=env))(
            detected(call_id, ["hi ", ("PERSON", value)])
        )
        return texts(out)[0][3:]

    first = token_of(ENV, "c1", "Ana Ruiz")
    assert re.fullmatch(r"<PERSON_[0-9a-f]{12}>", first)
    assert token_of(ENV, "c2", "ana ruiz") == first  # another call, another load, same key
    assert token_of(OTHER_ENV, "c1", "Ana Ruiz") != first
    assert token_of(ENV, "c1", "Ana Rui") != first


@pytest.mark.parametrize(
    "value, entity_type, keep_last, char, expected",
    [
        ("4111 1111 1111 1234", "CREDIT_CARD", 4, "*", "**** **** **** 1234"),
        ("four one one one one one two three four", "CREDIT_CARD", 4, "#", "#####1234"),
        ("123-45-6789", "US_SSN", 0, "*", "***-**-****"),
        ("ana@example.org", "EMAIL_ADDRESS", 3, "*", "***@*******.org"),
        ("123-45-6789", "US_SSN", 4, "*", "***-**-6789"),
        # kept only when less than half the value: short values and chunks stay hidden
        ("12", "PIN", 4, "*", "**"),
        ("1234", "PIN", 2, "*", "****"),
        ("four one one one", "CREDIT_CARD", 2, "*", "****"),
        ("12345", "PIN", 2, "*", "***45"),
    ],
)
def test_mask_keeps_last_n_and_layout(value, entity_type, keep_last, char, expected):
    assert MaskOperator(keep_last, char).replace(value, entity_type, CallState()) == expected


def test_mask_through_the_policy():
    redactor = PolicyRedactor(policy({"CREDIT_CARD": {"operator": "mask", "keep_last": 2}}))
    out = redactor(detected("c", ["card ", ("CREDIT_CARD", "4111-1111-1111-1199")]))
    assert texts(out) == ["card ****-****-****-**99"]


def test_encrypt_round_trips_only_with_its_key_and_its_type():
    value = "123-45-6789"
    enc = policy({"US_SSN": "encrypt"}).operator_for("US_SSN")
    token = enc.replace(value, "US_SSN", CallState())
    match = ENCRYPTED_TOKEN.fullmatch(token)
    assert match and value not in token
    assert enc.decrypt("US_SSN", match.group(2)) == value
    assert enc.replace(value, "US_SSN", CallState()) == token  # deterministic (AES-SIV)
    with pytest.raises(ValueError, match="does not decrypt with this key"):
        enc.decrypt("PHONE_NUMBER", match.group(2))  # the type is authenticated
    other = policy({"US_SSN": "encrypt"}, env=OTHER_ENV).operator_for("US_SSN")
    assert isinstance(other, EncryptOperator)
    with pytest.raises(ValueError, match="does not decrypt with this key"):
        other.decrypt("US_SSN", match.group(2))


SURROGATE_TYPES = [
    "ACCOUNT_ID",
    "PERSON",
    "CREDIT_CARD",
    "PHONE_NUMBER",
    "US_SSN",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "CVV",
]


@pytest.fixture(scope="module")
def surrogate():
    return policy(dict.fromkeys(SURROGATE_TYPES, "surrogate")).operator_for("PERSON")


@pytest.mark.parametrize(
    "entity_type, value, check",
    [
        (
            "CREDIT_CARD",
            "4111 1111 1111 1111",
            lambda s: (
                re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", s) and luhn_valid(s.replace(" ", ""))
            ),
        ),
        (
            "CREDIT_CARD",
            "four one one one one one one one one one one one one one one one",
            lambda s: luhn_valid(s.replace(" ", "")) and len(s.replace(" ", "")) == 16,
        ),
        ("PHONE_NUMBER", "(415) 555-2671", lambda s: re.fullmatch(r"\([2-9]\d\d\) 555-01\d\d", s)),
        ("PHONE_NUMBER", "call me back", lambda s: re.fullmatch(r"[2-9]\d\d-555-01\d\d", s)),
        (
            "US_SSN",
            "078-05-1120",
            lambda s: re.fullmatch(r"\d{3}-\d{2}-\d{4}", s) and ssn_plausible(s.replace("-", "")),
        ),
        (
            "EMAIL_ADDRESS",
            "ana.ruiz@gmail.com",
            lambda s: re.fullmatch(r"[\w.]+@example\.(com|net|org)", s),
        ),
        ("ABA_ROUTING_NUMBER", "011000015", lambda s: aba_valid(s)),
        (
            "IP_ADDRESS",
            "10.1.2.3",
            lambda s: re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.", s),
        ),
        ("PERSON", "Ana", lambda s: len(s.split()) == 1 and s != "Ana"),
        ("PERSON", "Ana Ruiz", lambda s: len(s.split()) >= 2),
        ("DATE_OF_BIRTH", "June 4, 1985", lambda s: re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", s)),
        ("CVV", "123", lambda s: re.fullmatch(r"\d{3}", s) and s != "123"),
        ("ADDRESS", "12 Elm Street", lambda s: re.match(r"\d+ ", s)),
        ("ACCOUNT_ID", "AB-1234-x9", lambda s: re.fullmatch(r"[A-Z]{2}-\d{4}-[a-z]\d", s)),
    ],
)
def test_surrogates_match_the_format_of_their_type(surrogate, entity_type, value, check):
    fake = surrogate.replace(value, entity_type, CallState())
    assert check(fake), fake
    assert normalise_value(fake, entity_type) != normalise_value(value, entity_type)


@pytest.mark.parametrize(
    "value, check",
    [("priya raman", str.islower), ("PRIYA RAMAN", str.isupper), ("Priya Raman", str.istitle)],
)
def test_person_surrogates_follow_the_case_of_the_transcript(surrogate, value, check):
    assert check(surrogate.replace(value, "PERSON", CallState()))


def test_surrogates_are_consistent_per_value_across_calls_and_keyed():
    entities = dict.fromkeys(SURROGATE_TYPES, "surrogate")
    redactor = PolicyRedactor(policy(entities))
    a = redactor(
        detected("c1", ["I'm ", ("PERSON", "Ana Ruiz"), ", ", ("PHONE_NUMBER", "415-555-2671")])
    )
    b = redactor(detected("c2", [("PERSON", "ANA RUIZ"), " at ", ("PHONE_NUMBER", "4155552671")]))
    name_a = texts(a)[0][4:].split(",")[0]
    assert texts(b)[0].startswith(name_a.upper() + " at ")  # same name, in the case of "ANA RUIZ"
    phone_a, phone_b = texts(a)[0].rsplit(", ", 1)[1], texts(b)[0].rsplit(" at ", 1)[1]
    assert re.sub(r"\D", "", phone_a) == re.sub(r"\D", "", phone_b)
    other = PolicyRedactor(policy(entities, env=OTHER_ENV))(
        detected("c1", ["I'm ", ("PERSON", "Ana Ruiz"), ", ", ("PHONE_NUMBER", "415-555-2671")])
    )
    assert texts(other) != texts(a)
    c = redactor(detected("c3", [("PERSON", "Bo Lind")]))
    assert texts(c)[0] != name_a


def test_surrogate_default_falls_back_to_tag_for_types_without_a_generator():
    out = PolicyRedactor(policy({}, default="surrogate"))(detected("c", [("NRP", "Norwegian")]))
    assert texts(out) == ["[NRP]"]


def test_redact_stage_runs_the_policy_redactor_on_beam_workers():
    planted = pii_heavy_calls(3)
    redactor = PolicyRedactor(
        policy(
            {
                "PERSON": "numbered",
                "CREDIT_CARD": "mask",
                "US_SSN": "encrypt",
                "PHONE_NUMBER": "surrogate",
                "EMAIL_ADDRESS": "pseudonym",
            }
        )
    )
    expected = sorted((d.call.call_id, texts(redactor(d))[2]) for d in planted.detected)
    with direct_test_pipeline() as p:
        import apache_beam as beam

        redacted, dead = p | beam.Create(planted.detected) | Redact(redactor=redactor)
        assert_that(
            redacted | beam.Map(lambda c: (c.call_id, c.turns[2].text)),
            equal_to(expected),
            label="texts",
        )
        assert_that(dead, is_empty(), label="nodead")
    assert all(text.startswith("Thank you <PERSON_2>") for _, text in expected)


OPERATOR_SPECS = ["tag", "numbered", "pseudonym", "mask", "encrypt", "surrogate"]


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab 1234-.@", min_size=1, max_size=40),
    cuts=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=4),
    operator=st.sampled_from(OPERATOR_SPECS),
    entity_type=st.sampled_from(["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
)
def test_every_operator_leaves_text_outside_spans_intact(text, cuts, operator, entity_type):
    spans = [
        PiiEntity(entity_type, s, min(s + n, len(text)), 0.9, "h") for s, n in cuts if s < len(text)
    ]
    redactor = PolicyRedactor(_ALL_POLICIES[operator])
    out = redactor(DetectedCall(Call("c", (Turn("S", text),)), (tuple(spans),))).turns[0]
    covered = sorted((e.start, e.end) for e in spans)
    kept, cursor = [], 0
    for s, e in covered:
        if s > cursor:
            kept.append(text[cursor:s])
        cursor = max(cursor, e)
    kept.append(text[cursor:])
    outside, cursor = [], 0
    for r in out.redactions:
        outside.append(out.text[cursor : r.start])
        cursor = r.end
    outside.append(out.text[cursor:])
    assert "".join(outside) == "".join(kept)


_ALL_POLICIES = {op: policy({}, default=op) for op in OPERATOR_SPECS}
