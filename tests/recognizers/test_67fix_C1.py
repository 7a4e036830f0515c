"""Fix cycle 61, group C1 (ADDRESS): a street after a person named before it, a "new …"
town after a street, a Portuguese flat's floor and side, and the firm's own address,
P.O. box or name kept visible."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import AddressRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a client or a person named before "on" and their street, in lower case
        ("misses delgado on quail hollow lane", {"quail hollow lane"}),
        ("the client on birchwood road, she needs a morning visit", {"birchwood road"}),
        ("mr okafor on juniper court", {"juniper court"}),
        # a listed "new …" town after a street, with the clause going on
        (
            "we have you at fourteen elm street new haven unless that changed",
            {"fourteen elm street new haven"},
        ),
        ("it's 88 birch road new rochelle if that helps", {"88 birch road new rochelle"}),
        # a Portuguese flat's floor and side, and the country after the town
        (
            "Envie para Rua do Carmo 45, 2º Dto, 1200-093 Lisboa, Portugal.",
            {"Rua do Carmo 45, 2º Dto, 1200-093 Lisboa, Portugal"},
        ),
        ("Avenida da Liberdade 210, 4º andar, 1250-147 Lisboa", None),
    ],
)
def test_street_town_and_floor_found(text: str, expected: set[str] | None) -> None:
    got = found(AddressRecognizer(), text)
    if expected is None:  # the whole address inside one found span
        assert any("Avenida da Liberdade 210, 4º andar, 1250-147 Lisboa" in g for g in got)
    else:
        assert expected <= got


@pytest.mark.parametrize(
    "text",
    [
        # no street after "on" for a person: everyday words and a way stay visible
        "mister ruiz on the main road",
        "mrs chen on hold for a minute",
        "the client on my way home",
        # a Portuguese postcode's digits alone are no floor
        "the 3 to 5 business days",
    ],
)
def test_no_street_without_one(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the firm's own office
        "Our office is at the corner of Third and Pine and we close at 5.",
        "our branch is at the corner of elm and broad",
        # a P.O. box the firm asks things to be sent to, and the town after it
        "You can fax it or mail it to us at P.O. Box 5521, Scranton, PA.",
        "please send the form to us at PO Box 3390, Allen-Town, PA",
        # a firm someone claimed to be calling from, and a named firm's town
        "a man said he was from Lakeshore and asked for my pin",
        "Bayview Animal Hospital in Tacoma, Washington. Their fax is on the form.",
    ],
)
def test_firm_address_stays_visible(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caller's own box or address stays found
        ("can you mail it to PO Box 742, Eugene, OR 97401", {"PO Box 742, Eugene, OR 97401"}),
        ("please send it to my P.O. Box 19", {"P.O. Box 19"}),
        ("our address is fine. my address is 60 Cole Street, Provo, UT", None),
        # a household says "our address", and a caller "you can mail it to" their box
        ("our address is 418 Larch Court, Boise, Idaho", {"418 Larch Court, Boise, Idaho"}),
        ("our mailing address is three ten harbor boulevard", None),
        ("you can mail it to PO Box 5521, Scranton, PA", None),
        ("we were from Altoona originally", None),
    ],
)
def test_caller_address_still_found(text: str, expected: set[str] | None) -> None:
    got = found(AddressRecognizer(), text)
    if expected is None:
        assert got
    else:
        assert expected <= got
