"""presidio-evaluator templates as a second source: every slot filled, spans exact."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pipeline.evaluation import presidio_templates as pt
from pipeline.evaluation.values import make_persona
from tests.pipeline.evaluation.conftest import needs_presidio_templates

pytestmark = needs_presidio_templates


def test_templates_load_from_the_installed_package():
    templates = pt.load_templates()
    assert len(templates) > 150
    assert any("{{credit_card_number}}" in t for t in templates)
    assert not any("\\n" in t for t in templates), "escaped newlines are decoded"


@pytest.mark.parametrize("mode", ["written", "spoken", "mixed"])
def test_every_template_fills_with_exact_spans(mode):
    rng = random.Random(5)
    fake = Faker("en_US")
    fake.seed_instance(5)
    persona = make_persona(fake, rng)
    labels = set()
    for template in pt.load_templates():
        turn = pt.fill_template(template, rng, fake, mode, persona).build("as_is", squeeze=False)
        assert "{{" not in turn.text
        for g in turn.gold:
            value = turn.text[g.start : g.end]
            assert value and value == value.strip()
            labels.add(g.entity_type)
    assert labels == set(pt.TEMPLATE_ENTITY_TYPES)


def test_non_pii_slots_are_not_labelled():
    rng, fake = random.Random(1), Faker("en_US")
    fake.seed_instance(1)
    turn = pt.fill_template(
        "I work for {{organization}} in {{country}}", rng, fake, "written", make_persona(fake, rng)
    ).build("as_is")
    assert turn.gold == ()


def test_unknown_slot_says_where_to_add_it():
    rng, fake = random.Random(1), Faker("en_US")
    with pytest.raises(ValueError, match="SLOTS"):
        pt.fill_template("hi {{favourite_colour}}", rng, fake, "written", make_persona(fake, rng))


@pytest.mark.parametrize("style", pt.TEMPLATE_STYLES)
def test_template_calls(style):
    for i in range(15):
        call = pt.template_call(i, 2, style)
        assert call.style == style and call.source == pt.SOURCE_PRESIDIO
        assert len(call.call.turns) == 3
        text = call.call.turns[1].text
        if style == "caps":
            assert text == text.upper()
        if style == "spoken":
            assert text == text.lower()
        for g in call.gold[1]:
            assert 0 <= g.start < g.end <= len(text)


def test_template_calls_have_no_chunked_style():
    with pytest.raises(ValueError, match="template calls come in"):
        pt.template_call(0, 1, "chunked")


def test_general_samples_are_reproducible_and_cover_the_templates():
    a = pt.general_text_samples(300, 8)
    assert a == pt.general_text_samples(300, 8)
    assert len({s.template_index for s in a}) == len(pt.load_templates())
    assert any("\n" in s.text for s in a), "general text keeps its line breaks"
    for sample in a:
        for g in sample.gold:
            assert sample.text[g.start : g.end].strip() == sample.text[g.start : g.end]
