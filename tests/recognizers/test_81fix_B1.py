"""Cycle 71 fixes (group B1) for person names: the agent's sign-off naming the caller and
then the agent ("thanks for calling nadia this was oscar"), side talk to someone in the
room ("hang on trevor put that down"), a farewell's name after "no problem"; readable
pets told off in side talk ("hold on biscuit off get off the couch") and products or
premises named after a word ("the Golden Lily bouquet", "the Whitcomb Building")."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import assert_masked


@pytest.mark.parametrize(
    ("turns", "hidden", "kept"),
    [
        ([("A", "thanks for calling nadia this was oscar")], ["nadia", "oscar"], []),
        ([("A", "thank you for calling, marisol, this was kenneth.")], ["marisol", "kenneth"], []),
        ([("A", "thanks for calling again this was terrence")], ["terrence"], ["again"]),
        ([("A", "thanks for calling zoe again this was marcus")], ["zoe", "marcus"], []),
        ([("A", "Take care, Lucinda. Again, this was Harriet.")], ["Lucinda", "Harriet"], []),
        ([("A", "thanks for calling priyanka my name's colin")], ["priyanka", "colin"], []),
        ([("A", "okay hang on trevor put that down sorry")], ["trevor"], []),
        ([("A", "no problem brianna take care")], ["brianna"], []),
        # not the agent's sign-off: a firm thanked, a verdict after "this was"
        ([("A", "thanks for calling acme plumbing this was quick")], [],
         ["acme plumbing", "quick"]),
        ([("A", "thank you for calling, this was really helpful")], [], ["really helpful"]),
        ([("A", "hang on give me two minutes")], [], ["give me two minutes"]),
        ([("A", "no problem, have a good day")], [], ["no problem"]),
    ],
)  # fmt: skip
def test_sign_offs_and_side_talk(analyzer, turns, hidden, kept):
    assert_masked(analyzer, turns, 0, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "hidden", "kept"),
    [
        ([("B", "sorry hold on biscuit off get off the couch okay")], [], ["biscuit"]),
        ([("B", "hold on pepper no drop it drop it sorry the dog")], [], ["pepper"]),
        ([("B", "hang on, Rocco, leave it! sorry, the puppy")], [], ["Rocco"]),
        # a child told something is still a person (a first name and no animal named:
        # review of cycle 71)
        ([("B", "hold on Ella, get down from there")], ["Ella"], []),
        ([("B", "sorry Derek no no")], ["Derek"], []),
        ([("B", "hold on Jeremiah, inside voice please")], ["Jeremiah"], []),
        ([("B", "hold on tobias off you go to school")], ["tobias"], []),
        ([("B", "my son is called Desmond Achebe and he is off school")], ["Desmond Achebe"], []),
    ],
)  # fmt: skip
def test_pets_in_side_talk_stay_readable(ner_analyzer, turns, hidden, kept):
    assert_masked(ner_analyzer, turns, 0, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "hidden", "kept"),
    [
        ([("A", "The Golden Lily bouquet is $64.50 with delivery.")], [], ["Golden Lily"]),
        ([("B", "I manage the Whitcomb Building downtown.")], [], ["Whitcomb"]),
        ([("A", "Could you bring it to our Renton shop?")], [], ["Renton"]),
        # a person next to the same words stays hidden
        ([("B", "I'm Odessa Whitcomb, I manage the building.")], ["Odessa Whitcomb"], []),
        ([("A", "the Okafor wedding is on the list")], ["Okafor"], []),
    ],
)  # fmt: skip
def test_products_and_premises_named_after_words(ner_analyzer, turns, hidden, kept):
    assert_masked(ner_analyzer, turns, 0, hidden, kept)


@pytest.mark.parametrize(
    ("turns", "hidden", "kept"),
    [
        ([("A", "Thanks, bye now. Auf Wiedersehen.")], [], ["Auf Wiedersehen"]),
        ([("A", "Hasta luego, Florencia.")], ["Florencia"], ["Hasta luego"]),
    ],
)  # fmt: skip
def test_foreign_farewell_is_no_name(ner_analyzer, turns, hidden, kept):
    assert_masked(ner_analyzer, turns, 0, hidden, kept)
