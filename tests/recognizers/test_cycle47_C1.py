"""Cycle 47 (C1): a town and its state said with no comma as a turn of its own, a town
with a direction and a first name, a town alone by its ending, flats by letter or in a
block, a street number range, a street after "address on", a postcode's second half said
again, and near misses (seat rows, "well" after a street, a flat rate, states alone)."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found

CASES = [
    # a town and its state said with no comma, after fillers or before an acknowledgement
    ("uh northbrookmouth ks", {"northbrookmouth ks"}),
    ("hollisville va", {"hollisville va"}),
    ("lake trevorfort ri okay", {"lake trevorfort ri"}),
    ("then south gracieberg wy", {"south gracieberg wy"}),
    ("ravenstead co", {"ravenstead co"}),
    ("port milesland or", {"port milesland or"}),
    ("um kimberlyshire vermont", {"kimberlyshire vermont"}),
    ("west teresa oregon", {"west teresa oregon"}),
    ("Oh, brandtton sd, got it.", {"brandtton sd"}),
    ("THEN WEST GLORIASHIRE, NEW MEXICO.", {"WEST GLORIASHIRE, NEW MEXICO"}),
    # a direction, "new", "lake" or "port" and a first name, with or without its state
    ("south deborah", {"south deborah"}),
    ("uh port victor okay", {"port victor"}),
    ("OKAY, LAKE TREVOR, OR.", {"LAKE TREVOR, OR"}),
    ("EAST MELVIN, IN,", {"EAST MELVIN, IN"}),
    # a town alone by its ending
    ("um pattonside", {"pattonside"}),
    ("okay ruizfurt", {"ruizfurt"}),
    # near misses: states, everyday words and small talk alone as a turn
    ("new card", set()),
    ("uh north side", set()),
    ("lake house", set()),
    ("west virginia", set()),
    ("visiting georgia", set()),
    ("probably arizona", set()),
    ("moving to iowa", set()),
    ("yes va", set()),
    ("um support", set()),
    ("outside", set()),
    ("my passport", set()),
    ("sounds good, ok.", set()),
    ("fine, ok", set()),
    ("I MOVED FROM MANITOBA TO ALBERTA.", set()),
    # flats: by number after a verb, by letter, in a named block
    ("SOMEONE'S IN FLAT 31 BELOW ME", {"FLAT 31"}),
    ("please send the plumber to flat 4 today", {"flat 4"}),
    ("the noise is from flat e next door", {"flat e"}),
    ("the lad upstairs tom riley flat g every weekend", {"flat g"}),
    ("wexford court flat three", {"wexford court flat three"}),
    ("Carlisle House, flat 9", {"Carlisle House, flat 9"}),
    # ... not a flat rate, a flat tyre, a key
    ("it's flat 30 pounds a month", set()),
    ("the charge is flat 40 for everyone", set()),
    ("the back tyre is flat", set()),
    ("it's a flat a month", set()),
    ("the song is in b flat e flat", set()),
    # a street number range
    ("it takes two to three business days either way", set()),
    ("pages 4-5 of the road atlas", set()),
    # a street after "address on"
    ("I'LL POST IT TO THE NEW ADDRESS ON BRAMLEY LANE.", {"BRAMLEY LANE"}),
    ("what's the address on the account", set()),
    # a postcode's second half said again as a correction
    ("LS6 uh 3PQ... no sorry 3PD", {"LS6 uh 3PQ", "3PD"}),
    ("i paid 5 no sorry 6", set()),
    # seat rows and "well" after a street
    ("seats nine c and nine d row nine", set()),
    ("thirty one birch road well it's flat d", {"thirty one birch road", "flat d"}),
    # amounts, times and counts stay
    ("It's $2,415.60 with a $25 fee.", set()),
    ("The first slot is June 9 at 11:40 AM.", set()),
    ("I ordered 36 chairs but only 20 came.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cycle47_c1(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_flat_letter_and_number_range_in_a_call() -> None:
    from recognizers.call_analyzer import CallAnalyzer
    from tests.recognizers.conftest import call_of, redacted

    call = call_of(
        ("agent", "And the first line of the address?"),
        ("customer", "flat f nineteen orchard road"),
        ("customer", "it's six to eight ocean parade"),
        ("customer", "it's 21-23 Kestrel Road"),
        ("agent", "That's 2 to 3 working days, the fee is 15 pounds."),
    )
    turns = redacted(CallAnalyzer.create(), call)
    assert ("ADDRESS", "flat f nineteen orchard road") in turns[1]
    assert ("ADDRESS", "six to eight ocean parade") in turns[2]
    assert ("ADDRESS", "21-23 Kestrel Road") in turns[3]
    assert not any(e == "ADDRESS" for e, _ in turns[4])
