"""SpokenEmailRecognizer (EMAIL_ADDRESS): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.spoken_email_recognizer import SpokenEmailRecognizer
from tests.recognizers.conftest import found, redacted_values, turn_redacted

CASES = [
    ("mail me at maren.okafor@example.com", {"maren.okafor@example.com"}),
    ("john dot smith at gmail dot com", {"john dot smith at gmail dot com"}),
    ("priya at acme hyphen corp dot io", {"priya at acme hyphen corp dot io"}),
    ("use sam.o'neil@gmail.com", {"sam.o'neil@gmail.com"}),
    ("nora at sign nora bakes dot com", {"nora at sign nora bakes dot com"}),
    ("my e-mail is j smith at yahoo dot com", {"j smith at yahoo dot com"}),
    # a sub-domain's label longer than an ending (found by the redaction property test)
    (
        "email me at jwhitfield at mail dot example dot net",
        {"jwhitfield at mail dot example dot net"},
    ),
    ("it's kdoe at students dot state dot edu", {"kdoe at students dot state dot edu"}),
    ("it's JOHN DOT SMITH AT GMAIL DOT COM", {"JOHN DOT SMITH AT GMAIL DOT COM"}),
    (
        "t underscore vance eighty eight at outlook dot com",
        {"t underscore vance eighty eight at outlook dot com"},
    ),
    ("j o h n at example dot net", {"j o h n at example dot net"}),
    (
        "ilse dash brandvold at mail dot example dot org",
        {"ilse dash brandvold at mail dot example dot org"},
    ),
    # near misses
    ("meet me at noon", set()),
    ("I'm at home dot", set()),
    ("the website is example dot com", set()),
    # a hyphen said in the local part, digits the normaliser grouped
    ("it's tomas hyphen k nineteen eighty at posteo dot de",
     {"tomas hyphen k nineteen eighty at posteo dot de"}),
    # left in words (a domain the normaliser does not join): the whole email
    ("so that's lenaweiss at gmx dot at", {"lenaweiss at gmx dot at"}),
    ("rvargas at proton dot me", {"rvargas at proton dot me"}),
    # a local part read back alone with "dot"
    ("i have k dot marlowe with a dot", {"k dot marlowe"}),
    ("is it d dot ferreira 42", {"d dot ferreira 42"}),
    # near misses: "dot" in ordinary speech, "at" a place or a time
    ("a polka dot dress", set()),
    ("the old dot matrix printer", set()),
    ("i'll be at work at nine", set()),
    ("meet me at the mall dot", set()),
    ("go to amazon dot com", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_email_recognizer(text: str, expected: set[str]) -> None:
    assert found(SpokenEmailRecognizer(), text) == expected


EMAIL_CASES = [
    # the normaliser joins only the word before "at": the words before it belong too
    ("sure it's m castillo ruiz eighty eight at yahoo dot com",
     "m castillo ruiz eighty eight at yahoo dot com"),
    ("is it still lindqvist clan at comcast dot net", "lindqvist clan at comcast dot net"),
    ("then it's t nakamura ink seven at gmail dot com", "t nakamura ink seven at gmail dot com"),
    # words before the email that are not part of it
    ("send it to rosa.m@example.org please", "rosa.m@example.org"),
    ("you can use my work one jsmith at acme dot com", "jsmith at acme dot com"),
    ("my email is delgado at outlook dot com", "delgado at outlook dot com"),
    ("okay great thanks bo at hey dot com", "bo at hey dot com"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EMAIL_CASES)
def test_email_local_part_of_several_words(text: str, expected: str) -> None:
    values = found(SpokenEmailRecognizer(), text)
    assert max(values, key=len) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the initial "a" said as its own letter before the rest of the local part
        (
            "EMAIL ME AT A MORALES SEVENTY ONE AT GMAIL DOT COM",
            "A MORALES SEVENTY ONE AT GMAIL DOT COM",
        ),
        ("ok a morales 71 at gmail dot com got it", "a morales 71 at gmail dot com"),
        ("it's a kowalski at outlook dot com", "a kowalski at outlook dot com"),
        # the article stays out
        ("send it to a gmail address", None),
        ("i have a jlee@gmail.com and a work one", "jlee@gmail.com"),
    ],
)
def test_initial_a_in_local_part(text: str, expected: str | None) -> None:
    values = found(SpokenEmailRecognizer(), text)
    assert (max(values, key=len) if values else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters read back one by one with "dot"
        ("so that's r dot o dot m dot e", {"r dot o dot m dot e"}),
        # a spelled local part with an underscore and its digits
        ("M-A-R-I-T underscore O-W-E-N-S 42.", {"M-A-R-I-T underscore O-W-E-N-S 42"}),
        ("it's t i m o t h e e dot w 58", {"t i m o t h e e dot w 58"}),
        # a webmail name said without its ".com"
        (
            "okay priya underscore nair seven one at yahoo",
            {"priya underscore nair seven one at yahoo"},
        ),
        # words and a number, then a webmail name without its ".com"
        ("reggie ambrose 70 at gmail", {"reggie ambrose 70 at gmail"}),
        ("it's tina park 4 at yahoo", {"tina park 4 at yahoo"}),
        ("dmoreno 1988 at hotmail", {"dmoreno 1988 at hotmail"}),
        # not an email
        ("i paid 40 at target and 20 at gmail", set()),
        ("press the dot key twice", set()),
        ("i'll be at yahoo headquarters", set()),
        ("WHERE client_ip = ?", set()),
        ("set max_retries to 5 in the config", set()),
    ],
)
def test_local_parts_read_back(text, expected):
    assert found(SpokenEmailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's r okafor at travis county tx dot gov", ["r okafor at travis county tx dot gov"]),
        ("send it to mbell at city of tulsa dot gov", ["mbell at city of tulsa dot gov"]),
        ("email is dnguyen at pine hill dental dot com", ["dnguyen at pine hill dental dot com"]),
        # "and" inside a business's name; other endings of a domain
        ("its hello at salt and ember coffee dot com", ["hello at salt and ember coffee dot com"]),
        ("the email is fern at rose and thistle dot co", ["fern at rose and thistle dot co"]),
        (
            "reach her at pgreer at tidewater ins dot example or i can",
            ["pgreer at tidewater ins dot example"],
        ),
        (
            "write to mlopez at bright and early bakery dot info",
            ["mlopez at bright and early bakery dot info"],
        ),
        # no emails
        ("we met at sunny side park dot com yesterday", []),
        ("i was a student at penn state dot edu", []),
        ("i bought it at best buy dot com", []),
        ("i have a question about my bill", []),
        # a word before "at", no lead that gives an address: a sentence, not an email
        ("we had dinner at salt and ember coffee dot com", []),
        ("hello at salt and ember coffee dot com", []),
        ("meet me at the office at nine dot", []),
        ("it's at home and garden dot com", []),
    ],
)
def test_domains_said_as_separate_words(text, expected):
    spans = SpokenEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert sorted(text[r.start : r.end] for r in spans) == expected


@pytest.fixture(scope="module")
def email() -> SpokenEmailRecognizer:
    return SpokenEmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t o r v a l d seven at yahoo", {"t o r v a l d seven at yahoo"}),
        ("q u i n n . r o e @ posteo.net", {"q u i n n . r o e @ posteo.net"}),
        ("k, M-A-R-L-O-W-E, at brightfield.org", {"k, M-A-R-L-O-W-E, at brightfield.org"}),
        (
            "papa echo tango romeo alpha, at lumen dot net",
            {"papa echo tango romeo alpha, at lumen dot net"},
        ),
        ("anke punkt vogel at gmx punkt de", {"anke punkt vogel at gmx punkt de"}),
        # near misses: spelled codes and words that are no address
        ("it's x r four nine two at the front desk", set()),
        ("the code is b q seven at noon", set()),
        ("meet me at outlook tower at five", set()),
    ],
)
def test_spelled_local_part(email, text, expected):
    assert found(email, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just to verify dmitri underscore volkov at aol dot com", {"dmitri"}),
        ("let me confirm harlow.p88@proton.me", {"harlow.p88@proton.me"}),
    ],
)
def test_read_back_verb_is_not_local_part(email, text, expected):
    values = found(email, text)
    assert not any(v.startswith(("verify", "confirm")) for v in values)
    assert any(v.startswith(tuple(expected)) for v in values)


@pytest.mark.parametrize(
    "text",
    ["is that orange dot fr", "yes proton dot me", "so it's btinternet dot co dot uk"],
)
def test_a_domain_read_back_alone_is_no_local_part(text: str) -> None:
    assert found(SpokenEmailRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i have r dot halvorsen", "r dot halvorsen"),
        ("so it's tamsin dot okoye 31", "tamsin dot okoye 31"),
        ("is it j dot a dot ferrante", "j dot a dot ferrante"),
    ],
)
def test_a_local_part_with_dot_is_still_found(text: str, value: str) -> None:
    assert value in found(SpokenEmailRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "you can email it to refunds at brightwater dot com",
        "send the form to billing@harborline.net please",
        "it's CLAIMS AT NORTHRIDGE DOT COM",
    ],
)
def test_a_company_role_mailbox_is_no_personal_email(text: str) -> None:
    assert found(SpokenEmailRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my email is sales.kwon@outlook.com", "sales.kwon@outlook.com"),
        ("it's billingsley at gmail dot com", "billingsley at gmail dot com"),
    ],
)
def test_a_personal_email_with_a_role_word_in_it_is_found(text: str, value: str) -> None:
    assert value in found(SpokenEmailRecognizer(), text)


# --- back-office mailboxes ----------------------------------------------------------------


def _found(recognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, [recognizer.ENTITY])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send the invoice to ap at ridgelinefreight dot com", set()),
        ("email compliance at harborview logistics dot com", set()),
        ("send it to our lien desk at liens at tidewater ins dot example", set()),
        # the caller's own, or a person's at a webmail domain, stays an address
        ("my email is liens at tidewater ins dot example", {"liens at tidewater ins dot example"}),
        ("it's liens at gmail dot com", {"liens at gmail dot com"}),
        # a person's initials at a webmail domain stay an address
        ("my email is ap at gmail dot com", {"ap at gmail dot com"}),
    ],
)
def test_back_office_mailbox_is_no_personal_address(text, expected) -> None:
    assert _found(SpokenEmailRecognizer(), text) == expected


def test_price_at_a_site_is_no_email(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: Did you make a purchase of $2,318.40 at Target.com on 4/11?",
        "C: it was 34.99 at walmart dot com",
        "C: my email is pat dot reyes at posteo dot de",
    )
    assert not any("@" in v or " at " in v for v in turns[0])
    assert not any("34.99" in v for v in turns[1])
    assert any("reyes" in v for v in turns[2])


# --- a role mailbox the caller has mail sent to is theirs; the company's stays readable ---


@pytest.mark.parametrize(
    "line",
    [
        "C: the statements should go to ar@quillbrookfarms.com from now on",
        "C: please change the contact email to info@orrvaleyoga.com",
        "A: You'll get a receipt at accounts@bexleymotors.com.",
    ],
)
def test_callers_role_mailbox(analyzer, line):
    assert "@" in turn_redacted(analyzer, ["A: How can I help?", line], 1)


@pytest.mark.parametrize(
    "line",
    [
        "A: You can send the forms to claims@acmeinsure.com.",
        "A: Can you email photos to claims@acmeinsure.com?",
    ],
)
def test_company_mailbox_stays(analyzer, line):
    lines = ["C: where do I send it?", line]
    assert turn_redacted(analyzer, lines, 1) == ""


# --- a role mailbox the caller asks mail sent to ("can the invoices go to office@…"); a shop's
# department mailboxes stay readable ---


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: And can the invoices go to office@brightlinedental.com instead?", "office@"),
        ("C: Please send statements to accounts@harborviewclinic.org from now on.", "accounts@"),
        (
            "C: Send it to billing@quillmorelaw.com and cc me at t.ruiz@quillmorelaw.com.",
            "billing@",
        ),
        ("C: Mail it to info@fernhillbakery.com, not my personal email.", "info@"),
    ],
)
def test_callers_role_mailbox_redacted(analyzer, line, value):
    assert value in turn_redacted(analyzer, ["A: Where should we send it?", line], 1)


@pytest.mark.parametrize(
    "line",
    [
        "A: You can send the receipts to billing@cobaltpets.com and we'll reimburse you.",
        "A: Send photos to claims@cobaltpets.com with your claim number.",
        "A: memorials at cobalt pets dot com",
        "A: Our email is frontdesk@cobaltpets.com, it costs $40 for 2 copies.",
    ],
)
def test_shops_department_mailbox_stays(analyzer, line):
    out = turn_redacted(analyzer, ["C: Where do I send it?", line], 1)
    assert "cobalt" not in out
    assert "40" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "his email is ike at grace fellowship a t l dot org",
            {"ike at grace fellowship a t l dot org"},
        ),
        ("send to nora at first baptist n y c dot org", {"nora at first baptist n y c dot org"}),
        ("it's tmoss at hill country v f w dot com", {"tmoss at hill country v f w dot com"}),
        # no email: a place, then letters and a site
        ("i was at the office dot com", set()),
    ],
)
def test_a_domain_with_letters_spelled_after_its_words(text: str, expected: set[str]) -> None:
    assert found(SpokenEmailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a domain of three words, or of a word, a letter and a number ("k twelve")
        ("it's bonnie at oak hill vet dot com", "bonnie at oak hill vet dot com"),
        (
            "the nurse email is nurse dot hollins at eastside k twelve dot org",
            "nurse dot hollins at eastside k twelve dot org",
        ),
        ("write to jsmith at blue sky dental dot com", "jsmith at blue sky dental dot com"),
        # a shop's site named in prose, after an everyday word or an article
        ("i found it on line at bed bath beyond dot com", ""),
        ("i ordered them at bass pro shops dot com", ""),
        ("i bought it at the home depot dot com", ""),
    ],
)
def test_domains_of_three_words(analyzer, text, expected):
    asked = "A: and her email" if expected else "A: where did you get it"
    assert turn_redacted(analyzer, [asked, "C: " + text], 1) == expected
