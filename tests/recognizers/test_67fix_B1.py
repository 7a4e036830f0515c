"""Fix cycle 61, group B1 (PERSON): third parties named by their role ("the aide is …",
"our billing supervisor … call"), on a schedule slot ("at 4:15 with …"), by an in-law,
or by a job or loss ("the novak loss"); a suffix's dot;
pets at a vet and pets with a joke title; roles, requests, pages, agencies and a
licence's state kept visible."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import covered, found, said, value_hidden, value_readable


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a third party named by a role, the name ending the clause or before a verb
        ("AND THE AIDE IS ROSALIND?", "ROSALIND"),
        ("Last week's caregiver was Philippa. She was lovely.", "Philippa"),
        ("so darnell's supervisor is henrietta she's out today", "henrietta"),
        ("i'll have our billing supervisor lionel call you back", "lionel"),
        # a slot on the schedule, then the person
        ("We can do 4:15 on Thursdays with Anatoly. He's great.", "Anatoly"),
        ("tuesday thursday saturday with imelda", "imelda"),
        # an in-law before the name
        ("My sister-in-law, Parvati, will pick it up.", "Parvati"),
        ("my father in law desmond has the papers", "desmond"),
        # a job or a loss named after its owner
        ("i'm the adjuster on the wozniak loss", "wozniak"),
        ("that's for the siding at the albrecht job", "albrecht"),
    ],
)
def test_third_party_found(person, text: str, name: str) -> None:
    assert any(name in g for g in found(person, text)), found(person, text)


@pytest.mark.parametrize(
    "text",
    [
        # role words, a schedule with things, jobs and losses without a name stay visible
        "the aide is late today. the supervisor will call you.",
        "the nurse was Amazing and the tech was great.",
        "i pay on fridays with cash. due monday with the rest. 3 with tax.",
        "see you friday with love",
        "the roof job, the water loss, the total loss, the rental property",
        "my son-in-law is busy and my mother-in-law, she is fine.",
        # a request, what a relative did, a page, an agency, a role, a licence's state
        "Add my daughter to the plan.",
        "MY WIFE DIED LAST MONTH AND I NEED HELP.",
        "It's available online under Settings.",
        "I got a letter from the IRS.",
        "I was named trustee in her will.",
        "The payment goes to the named beneficiary.",
        "Does my driver's license work? It's Ohio.",
    ],
)
def test_not_a_name_stays_visible(person, text: str) -> None:
    assert not found(person, text), found(person, text)


def test_mixed_first_name_still_found(person) -> None:
    assert "Marisol" in found(person, "my husband Marisol called")  # noqa: SIM300


def test_suffix_keeps_its_dot(ner_analyzer) -> None:
    call = said("C: It's my father, Oswald Trent Sr. He has the account.")
    masks = covered(ner_analyzer, call)
    assert value_hidden(masks[0], call.turns[0].text, "Oswald Trent Sr.")


def test_pets_at_the_vet_stay_visible(analyzer) -> None:
    call = said(
        "A: Maple Grove Animal Hospital, this is Renata.",
        "C: Hi, I need Pippin's records sent over. My name is Colette Harrow.",
        "A: Sure. Patient is Pippin, owner is Colette Harrow. Pippin's surgery went well.",
        "C: thanks. also my cat, his name is mister waffles",
        "A: okay, mister waffles is on the file",
    )
    masks = covered(analyzer, call)
    for i, name in ((1, "Pippin"), (2, "Pippin"), (3, "waffles"), (4, "waffles")):
        assert value_readable(masks[i], call.turns[i].text, name), masks[i]
    assert value_hidden(masks[2], call.turns[2].text, "Colette Harrow")


def test_other_owner_named_in_a_pet_call(analyzer) -> None:
    call = said(
        "A: WHAT HAPPENED TO YOUR DOG?",
        "C: HE GOT BITTEN BY ANOTHER DOG.",
        "A: DO YOU KNOW THE OTHER OWNER?",
        "C: YEAH, HIS NAME IS TOBIAS, HE GAVE ME HIS NUMBER.",
    )
    masks = covered(analyzer, call)
    assert value_hidden(masks[3], call.turns[3].text, "TOBIAS")
