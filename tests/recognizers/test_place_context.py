"""Place context: towns said as nobody's address (a flight's or a ferry's route, a parcel's
depot, a shop's or a bank's town, a charge's town, a wire's destination, a firm's own site,
an issuing state, a donor tier), hospitals and schools, and agents' first names the model
takes for towns stay visible; a town where someone lives, moves or waits for help stays
redacted."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.place_context import elsewhere, hospital
from tests.recognizers.conftest import redacted_values, said


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("C: My DL 4417 from Atlanta to Boise at 6:10 PM got cancelled.", "Boise"),
        ("C: my delta four one two from atlanta to boise got cancelled", "atlanta"),
        ("A: Or I can put you on Southwest 88 through Omaha, same fare.", "Omaha"),
        ("C: I'm flying to Tampa on May 3rd and my passport renewal is late.", "Tampa"),
        ("C: We have a layover in Charlotte on the way back.", "Charlotte"),
        ("C: Booking 2 nights in Savannah, checking in April 9th.", "Savannah"),
        ("A: It was shipped from our Memphis warehouse, it's in Louisville now.", "Memphis"),
        ("A: It was shipped from our Memphis warehouse, it's in Louisville now.", "Louisville"),
        ("A: Your files stay at our Albany facility for now.", "Albany"),
        ("C: I bought it at store number 4410 in Richmond last week.", "Richmond"),
        ("A: Or pick it up at our store 982 in Sacramento, it opens at nine.", "Sacramento"),
        ("C: I dropped my wallet at the Safeway on Birch Loop in Fresno, I think.", "Fresno"),
        ("C: Is that the $48.19 thing in Toledo? I was at a diner there.", "Toledo"),
        ("C: And a third transfer, $2,300.00, to Madrid. IBAN is on the form.", "Madrid"),
        ("C: It's Prairie Valley Bank in Mitchell. Routing number is on the check.", "Mitchell"),
        ("C: i left my wallet at the walmart on elm ridge in tulsa last night", "tulsa"),
        ("C: I left it at the Home Depot on Cedar Bend in Tulsa, around noon.", "Tulsa"),
        ("A: OR PICK IT UP AT OUR STORE NUMBER 7731 IN TULSA, OPENS AT 9.", "TULSA"),
    ],
)
def test_towns_that_are_nobodys_address_stay(
    ner_analyzer: CallAnalyzer, line: str, town: str
) -> None:
    values = redacted_values(ner_analyzer, "A: How can I help?", line)[1]
    assert town not in values, values


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("C: Dr. Okafor at St. Anne's.", "St. Anne's"),
        ("C: I'm a nurse calling from St. Jude's about a referral.", "St. Jude's"),
    ],
)
def test_hospitals_are_no_town(ner_analyzer: CallAnalyzer, line: str, place: str) -> None:
    values = redacted_values(ner_analyzer, "A: Who is the referring doctor?", line)[1]
    assert place not in values, values


@pytest.mark.parametrize(
    "line",
    [
        "A: Good afternoon, Brightwater Utilities customer care, Jolene speaking.",
        "A: Hi, you've reached Pinecrest Dental. This call may be recorded. This is Delia.",
        "A: Pinecrest Dental, my name is Delia. Who am I speaking with?",
    ],
)
def test_agent_first_name_is_no_town(ner_analyzer: CallAnalyzer, line: str) -> None:
    call = said(line, "C: Hi.")
    name = next(w for w in ("Jolene", "Delia") if w in line)
    labels = {
        e.entity_type
        for e in ner_analyzer.analyze_call(call)[0]
        if call.turns[0].text[e.start : e.end] == name
    }
    assert "LOCATION" not in labels, labels


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("C: I live in Spokane.", "Spokane"),
        ("C: I'm moving to Raleigh next month.", "Raleigh"),
        ("C: Can you ship it to me in Raleigh?", "Raleigh"),
        ("C: She's in Mobile now with my sister.", "Mobile"),
        ("C: Send it to my son in Chicago please.", "Chicago"),
        ("C: I'm from Wichita.", "Wichita"),
        ("C: Our house in Fresno has the old meter.", "Fresno"),
        ("C: My address is in Spokane.", "Spokane"),
        ("C: I'm at the Safeway in Fresno and my car won't start, can you send someone?", "Fresno"),
        ("C: We moved from Tampa to Seattle last year.", "Seattle"),
        ("C: We fly out of Seattle since we live there.", "Seattle"),
        ("C: We're staying at my mom's house in Chicago for now.", "Chicago"),
        # (a trip said first, then the caller's own town)
        ("C: I'm on a flight tomorrow, so mail it to me in Denver.", "Denver"),
        ("C: I'm flying back home to Tulsa on Friday.", "Tulsa"),
        ("C: My mom is with the Okafors in Tucson now.", "Tucson"),
        # (a town before a price, not opening the sentence: the caller's rent there)
        ("C: my rent in Phoenix is $1,400 a month", "Phoenix"),
    ],
)
def test_where_people_live_or_wait_stays_redacted(
    ner_analyzer: CallAnalyzer, line: str, town: str
) -> None:
    values = redacted_values(ner_analyzer, "A: Where are you located?", line)[1]
    assert any(town in v for v in values), values


def _town_at(text: str, town: str) -> tuple[int, int]:
    start = text.index(town)
    return start, start + len(town)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The 7:25 from Edmonds, Thursday.", "Edmonds"),
        ("i lost my hat on the seven fifteen from anacortes", "anacortes"),
        ("I left my bag on the 3:40 boat from Orcas.", "Orcas"),
        ("There was a trip at 8:05 yesterday from Tacoma.", "Tacoma"),
        ("You can collect it at the Clinton terminal.", "Clinton"),
        ("pick it up at the mukilteo dock office", "mukilteo"),
        ("i lost my debit card, I think at the South Andrewport airport.", "South Andrewport"),
        ("i left my bag at the denver airport", "denver"),
        ("It's Oregon, RDQX55180Z.", "Oregon"),
        ("it's idaho k as in kilo four four one", "idaho"),
        ("I'd like to join the Founders Circle donor level.", "Founders Circle"),
        ("Can I move up to the Heritage tier?", "Heritage"),
    ],
)
def test_towns_said_as_a_route_an_issuer_or_a_tier(text: str, town: str) -> None:
    assert elsewhere(text, *_town_at(text, town))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("I'm in Tacoma, I don't even ride the ferry anymore.", "Tacoma"),
        ("we moved from Dallas to Tacoma last year", "Dallas"),
        ("i live in bremerton near the water", "bremerton"),
        # (a home by an airport is still a home)
        ("we live right by the Denver airport", "Denver"),
        ("My address is in Spokane, 99201.", "Spokane"),
    ],
)
def test_towns_where_people_live_stay(text: str, town: str) -> None:
    assert not elsewhere(text, *_town_at(text, town))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Mia is at Cedar Ridge Elementary.", "Cedar Ridge Elementary"),
        ("Leo goes to Lincoln Middle now.", "Lincoln Middle"),
        ("She's at Brookside Academy.", "Brookside Academy"),
    ],
)
def test_schools_are_no_town(text: str, school: str) -> None:
    assert hospital(text, *_town_at(text, school))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("He has a supplement with Mutual of Omaha, policy 4471.", "Omaha"),
        ("Good morning, this is Dana from Toyota of Fresno. May I speak with Al?", "Fresno"),
        ("hi it's marco calling from navient is this ruth", "navient"),
        ("Hi, this is Lena with Allstate. Is this Sam?", "Allstate"),
        ("I'm shipping a truck from Tucson to Denver next week.", "Denver"),
        ("Check in at the stage door on Harbor Avenue.", "Harbor Avenue"),
        ("Yes, the Pine Street garage is open until ten.", "Pine Street"),
        ("we'll unload at the port of savannah terminal", "savannah"),
        ("Two seats in Grand Circle, row F.", "Grand Circle"),
    ],
)
def test_towns_that_are_no_ones_home(text: str, town: str) -> None:
    start = text.index(town)
    assert elsewhere(text, start, start + len(town))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # (a home's door or gate is no venue's: review of cycle 67)
        ("Leave the box at the side door on Harbor Avenue.", "Harbor Avenue"),
        ("the driver can use the back gate on linden court", "linden court"),
    ],
)
def test_a_homes_door_keeps_its_street(text: str, street: str) -> None:
    start = text.index(street)
    assert not elsewhere(text, start, start + len(street))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("We live in Springfield now.", "Springfield"),
        # (a town after one's own introduction is the caller's: review of cycle 66)
        ("Hi, this is Maria Lopez from Tucson, calling about my bill.", "Tucson"),
        ("hi it's nora, i'm from Tulsa", "Tulsa"),
        ("I'm shipping my car from my dad's in Reno.", "Reno"),
        ("We moved from Omaha to Boise.", "Omaha"),
        ("I'm shipping a truck from Tucson to Denver next week.", "Tucson"),
    ],
)
def test_homes_stay_towns(text: str, town: str) -> None:
    start = text.index(town)
    assert not elsewhere(text, start, start + len(town))


# --- a product line's or the firm's own branch name stays readable (elsewhere); a home town
# does not ---


def _place(text: str, place: str) -> bool:
    start = text.index(place)
    return elsewhere(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I see 3 items, the Juniper table lamp... no, the Sedona lamp, $20.10.", "Sedona"),
        ("I see 2 items, the Tahoe throw blanket, $88.40.", "Tahoe"),
        (
            "Thank you for calling Summit Mini Storage, Oak Hollow location, this is Gina.",
            "Oak Hollow",
        ),
        ("Thanks for calling Summit Mini Storage, Fairview, this is Marco.", "Fairview"),
        ("Summit Mini Storage, Fairview location, this is Marco.", "Fairview"),
    ],
)
def test_product_or_branch_readable(text: str, place: str) -> None:
    assert _place(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the caller lives stays redacted
        ("We live in Sedona and the lamp broke.", "Sedona"),
        ("I'm in Tahoe, the blanket never came.", "Tahoe"),
        ("Hi, I moved to Fairview, this is Marco.", "Fairview"),
        # a caller's name and town opening the turn (review of cycle 71)
        ("Jamal Reed, Springfield, this is my third call about the bill.", "Springfield"),
    ],
)
def test_home_town_kept(text: str, place: str) -> None:
    assert not _place(text, place)


@pytest.mark.parametrize(
    ("text", "county", "office"),
    [
        # a county named as a court's or an office's
        ("the surrogate's court in king county appointed me", "king county", True),
        ("it's rich at the coroner's office in madison county", "madison county", True),
        ("we filed at the bergen county register of wills", "bergen", True),
        ("We filed at Allegheny County Probate Court on October 9.", "Allegheny County", True),
        ("it went through the travis county clerk's office", "travis", True),
        # ... or as a home (guards: the same counties where someone lives stay redacted)
        ("my mom lives in king county", "king county", False),
        ("she lived in madison county before she passed", "madison county", False),
        ("i'm out in bergen county near the river", "bergen county", False),
        ("the house in travis county is being sold", "travis county", False),
    ],
)
def test_county_of_a_court_or_office_is_no_home(text: str, county: str, office: bool) -> None:
    assert elsewhere(text, *_town_at(text, county)) is office


def test_county_where_someone_lives_stays_redacted_beside_its_court(
    ner_analyzer: CallAnalyzer,
) -> None:
    """A county said as home is redacted even when its court is named in the same call."""
    values = redacted_values(
        ner_analyzer,
        "C: the surrogate's court in king county appointed me",
        "C: my dad lived in king county his whole life",
    )
    assert any("king county" in v for v in values[1])
