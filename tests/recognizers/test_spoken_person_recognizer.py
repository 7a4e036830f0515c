"""SpokenPersonRecognizer (PERSON): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from tests.recognizers.conftest import found, found_names

CASES = [
    ("hi my name is maren quillfeather", {"maren quillfeather"}),
    ("MY NAME IS TOBIAS BRANDVOLD", {"TOBIAS BRANDVOLD"}),
    ("this is dana from billing", {"dana"}),
    ("yes, this is she.", set()),
    ("Thank you, verified.", set()),
    ("thank you for calling, this is priya.", {"priya"}),
    ("thanks Oswin, that helps", {"Oswin"}),
    ("you're speaking with corwin fenwick today", {"corwin fenwick"}),
    ("mr okonkwo will call back", {"okonkwo"}),
    ("Ms. Lindqvist", {"Lindqvist"}),
    ("last name is spelled S M I T H", {"S M I T H"}),
    ("that's J-O-N-E-S", {"J-O-N-E-S"}),
    ("it's s as in sam o as in oscar", {"s as in sam o as in oscar"}),
    ("can i speak to maren please", {"maren"}),
    ("hey it's tobias calling back", {"tobias"}),
    ("add kristen okafor as a beneficiary", {"kristen okafor"}),
    ("my wife's name is ilse", {"ilse"}),
    ("this is joaquin whos this", {"joaquin"}),
    ("this is joaquin who's calling", {"joaquin"}),
    # what a booking or an account is under; everyday words there are no names
    ("i booked a table for six under marisol okafor", {"marisol okafor"}),
    ("the order's under hope okonjo", {"hope okonjo"}),
    ("it's under teodora", {"teodora"}),
    ("it's under warranty still", set()),
    ("the account's under review", set()),
    ("it's under grace period", set()),
    ("the booking is under bill pay", set()),
    ("everything is under control", set()),
    ("it's under fifty dollars", set()),
    ("it is under briar ridge apartments", set()),
    # a caller introducing themself after a greeting and a filler
    ("hello yes its ivy marsh calling about my cat", {"ivy marsh"}),
    ("hey yeah it's dario voss i called yesterday", {"dario voss"}),
    ("hi yeah its me again", set()),
    ("hello its working now", set()),
    ("hi its ringing but nobody answers", set()),
    # "will" after "this is" with a question next
    ("claims desk this is will what's the policy number", {"will"}),
    ("this is will can i get your zip", {"will"}),
    ("i will whats the point", set()),
    ("this is will be fine", set()),
    # a name that is no English word before "here how can i help", after the firm
    ("thanks for calling lakeshore credit kwabena here how can i help", {"kwabena"}),
    ("yeah im here how can i help", set()),
    ("tech support here how can i help you", set()),
    ("xfinity here how can i help", set()),
    # a title and the whole name after it (not the title), accented particles too
    ("um mrs inês dó carvalho", {"inês dó carvalho"}),
    ("MS THANH VAN NGUYEN OK", {"THANH VAN NGUYEN"}),
    ("doctor aurelio banfi", {"aurelio banfi"}),
    ("Yes, it's Professor Ingrid Halvorsen.", {"Ingrid Halvorsen"}),
    ("mr delacroix wants a callback", {"delacroix"}),
    ("hi miss pemberton how are you", {"pemberton"}),
    ("i really miss summer camp", set()),
    ("thanks for calling harbor dental miss ivy have a good night", {"ivy"}),
    ("we miss work on fridays", set()),
    ("you'll miss payments if you wait", set()),
    ("thank you miss el haddad, one moment", {"el haddad"}),
    ("okay thank you miss joy", {"joy"}),
    # near misses: introductions that are not names, spelled codes without a cue
    ("i want to speak to a supervisor", set()),
    ("transfer me to someone in billing", set()),
    ("this is about my bill", set()),
    ("my name is on the account", set()),
    ("I'm calling about a charge", set()),
    ("this is ridiculous.", set()),
    ("this is whats on the bill", set()),
    ("press A B to continue", set()),
    ("the CVV is on the back", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_person_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenPersonRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi i'm calling back for faith she left me a voicemail", {"faith"}),
        ("i'm returning a call from dmitri about the loan", {"dmitri"}),
        ("i'm calling back for the refund", set()),
        ("i got a message from billing", set()),
    ],
)
def test_the_person_a_caller_calls_back(text, expected):
    assert found_names(SpokenPersonRecognizer(), text) == expected
