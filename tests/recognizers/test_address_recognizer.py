"""AddressRecognizer (ADDRESS): matches and near misses, with spans, and a few addresses in a
whole call."""

from __future__ import annotations

import logging

import pytest

from pipeline.schema import PiiEntity
from recognizers.address_recognizer import AddressRecognizer
from recognizers.call_analyzer import CallAnalyzer
from recognizers.call_edges import join_pieces
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import (
    all_redacted_values,
    assert_masked,
    call_of,
    covered,
    found,
    found_in_call,
    redacted,
    said,
    texts_in_turn,
    value_hidden,
    value_readable,
)

CASES = [
    ("I live at 1234 Oak Street", {"1234 Oak Street"}),
    ("Apt. 5, 3 Elm Ct., Ithaca, NY", {"Apt. 5, 3 Elm Ct., Ithaca, NY"}),
    ("ok can i pay two hundred now and the rest later", set()),
    ("send it to 742 Evergreen Terrace, Springfield, IL 62704",
     {"742 Evergreen Terrace, Springfield, IL 62704", "Springfield, IL 62704"}),
    ("twelve thirty four oak street", {"twelve thirty four oak street"}),
    ("it's 55 harbor view drive apt 4b", {"55 harbor view drive apt 4b"}),
    ("7102 Miller Stravenue", {"7102 Miller Stravenue"}),
    ("8106 THOMAS RANCH, SMITHTOWN, ALABAMA 48504",
     {"8106 THOMAS RANCH, SMITHTOWN, ALABAMA 48504", "SMITHTOWN, ALABAMA 48504"}),
    ("the zip is six two seven oh four", {"six two seven oh four"}),
    ("zip code 62704-1234", {"62704-1234"}),
    ("P.O. Box 4471", {"P.O. Box 4471"}),
    ("it's RR 2 Box 44", {"RR 2 Box 44"}),
    ("yeah its rural route two box forty four", {"rural route two box forty four"}),
    ("the route 9 office", set()),
    ("Pattonstad, FL", {"Pattonstad, FL"}),
    # near misses: counts and durations before a suffix-like word, bare five digits
    ("it takes 25 minutes walk", set()),
    ("62704", set()),
    ("we have 3 bills", set()),
    ("in 2 weeks", set()),
    # a UK postcode written with spaces, and the town before it
    ("12 Harrow Gardens Millbrook LS 1 4 AB", {"12 Harrow Gardens Millbrook LS 1 4 AB"}),
    ("postcode is B 23 7 TF", {"B 23 7 TF"}),
    # near misses: a time (inward letters never have M), a flight
    ("flight DL 22 at 9 AM", set()),
    ("gate B 12 at 4 PM", set()),
    # a street's type corrected
    ("sorry its maple drive not lane", {"maple drive"}),
    ("no, birch hollow road, not street", {"birch hollow road"}),
    ("it was park place not park avenue", {"park place"}),
    # near misses: ordinary talk with "not"
    ("take the high road not the low road", set()),
    ("it's a drive not a walk", set()),
    # British street types; the everyday words among them only written as a name
    ("it's 27 Fenwick Close", {"27 Fenwick Close"}),
    ("we're at 9 tollbooth wynd", {"9 tollbooth wynd"}),
    ("i had 2 very close calls", set()),
    # a unit said as its number, before a comma
    ("so 3107 linden terrace number 4, right?", {"3107 linden terrace number 4"}),
    ("it's 88 ash road number 2.5 miles on", {"88 ash road"}),
    ("we saw 3 big parade floats", set()),
    ("it happened at 4410 cedar crest drive in kalamazoo", {"4410 cedar crest drive in kalamazoo"}),
    ("we're at 77 birch lane in ann arbor and the dog is fine", {"77 birch lane in ann arbor"}),
    ("1250 SOUTH 9TH AVENUE, FARGO.", {"1250 SOUTH 9TH AVENUE, FARGO"}),
    ("send it to 318 maple court, dayton.", {"318 maple court, dayton"}),
    ("12 Old Quarry Rd., RR 4, Stowe, VT 05672",
     {"12 Old Quarry Rd., RR 4, Stowe, VT 05672", "Stowe, VT 05672", "RR 4"}),
    ("600 new market street", {"600 new market street"}),
    ("9 old county road, po box 12, bangor, maine 04401",
     {"9 old county road, po box 12, bangor, maine 04401", "po box 12, bangor, maine 04401"}),
    ("55 birch lane, duluth 55802", {"55 birch lane, duluth 55802"}),
    ("my sister is living in tacoma", {"tacoma"}),
    # near misses: rooms, months, counts, a comma before a courtesy word
    ("the living room one", set()),
    ("it's in the living room by the tv", set()),
    ("12 oak street in the back", {"12 oak street"}),
    ("12 oak street in march", {"12 oak street"}),
    ("12 oak street, please.", {"12 oak street"}),
    ("12 oak street, i think.", {"12 oak street"}),
    ("we got 200 new points", set()),
    ("2 new lanes opened", set()),
    ("5 other ways to pay", set()),
    # "Dr" after a number and a function word is a doctor, not a drive
    ("what about the one from Dr Okafor", set()),
    ("it's 1 from dr patel", set()),
    ("we're at 40 Fairview Dr in Akron", {"40 Fairview Dr in Akron"}),
    # a unit before the street needs its number; "on" and "in" are not street words
    ("And the unit is 3300 Kestrel Way, Unit 9B?", {"3300 Kestrel Way, Unit 9B"}),
    ("Apt. 4, 18 Elm Ct.", {"Apt. 4, 18 Elm Ct."}),
    ("is the 1 on route 9 still open", set()),
    # a town and a UK or Canadian postcode after the street, a town after a unit
    ("it's 40 birch lane apt 2 halifax ns B3H 4R2", {"40 birch lane apt 2 halifax ns B3H 4R2"}),
    ("we're at 9 hill road in leeds LS1 4AB", {"9 hill road in leeds LS1 4AB"}),
    ("send it to 210 king street suite 300 toronto", {"210 king street suite 300 toronto"}),
    ("it's 12 main street suite 4 please", {"12 main street suite 4"}),
    # Indian addresses: a house number with a comma or "H.No.", Indian street types
    ("it's H.No. 412, Kapoor Marg", {"H.No. 412, Kapoor Marg"}),
    ("74/391, Balasubramanian Path", {"74/391, Balasubramanian Path"}),
    ("house number 63 lal chowk", {"house number 63 lal chowk"}),
    ("88 Maple Walk, Port Leander, BC V5K 0A1", {"88 Maple Walk, Port Leander, BC V5K 0A1"}),
    ("I have 3, maybe 4 items", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_address_recognizer(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


ADDRESSES = [
    ("3310 maple street number 27", {"3310 maple street number 27"}),
    ("it's 71 birch avenue no. 4b, boise", {"71 birch avenue no. 4b, boise"}),
    ("forty one oak lane number twelve", {"forty one oak lane number twelve"}),
    # near misses: a share or a count after the street stays out
    ("14 elm road number 40 percent", {"14 elm road"}),
    ("9 bay road number 7 of 10", {"9 bay road"}),
    ("12 oak street number 2.5", {"12 oak street"}),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_unit_said_as_number(text: str, expected: set[str]) -> None:
    assert (
        found(AddressRecognizer(), normalize(text).text) == {normalize(e).text for e in expected}
        or found(AddressRecognizer(), text) == expected
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("send it to Fort Collins, CO 80521 please", "Fort Collins, CO 80521"),
        ("it's Tulsa, OK 74103", "Tulsa, OK 74103"),
    ],
)
def test_city_state_zip_still_found_with_cue(text, value):
    hits = AddressRecognizer().analyze(text, ["ADDRESS"])
    assert any(value in text[h.start : h.end] for h in hits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun or a preposition is no word of a street's name
        ("Yeah, that's the one she drives.", set()),
        ("we meet thursday at four thirty its maria lane calling", set()),
        ("i found a 2019 RAV4 under Priya Dale", set()),
        ("the 2 we ride every day", set()),
        # streets still found
        ("it's 4410 maple drive", {"4410 maple drive"}),
        ("612 Under Hill Road", {"612 Under Hill Road"}),
        # a Canadian province by name before the postcode
        (
            "It's 77 Birchwood Crescent, Moncton, New Brunswick E1C 4B7.",
            {"77 Birchwood Crescent, Moncton, New Brunswick E1C 4B7"},
        ),
        ("12 Aspen Way, Red Deer, Alberta T4N 1A2", {"12 Aspen Way, Red Deer, Alberta T4N 1A2"}),
    ],
)
def test_pronouns_name_no_street_and_provinces_said_in_full(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Streets of other countries: the number after the street's name, the town and its
# postcode after (Dutch, German, Swiss, French, Italian, Spanish, Portuguese, Indian,
# Australian, New Zealand, UK), written and spoken; and what is no street.
INTERNATIONAL = [
    ("we're at Lindelaan 14, that's in Zwolle 8011 PK, thanks", {"Lindelaan 14", "Zwolle 8011 PK"}),
    ("it's Schillerstraße 7b, 70173 Stuttgart", {"Schillerstraße 7b, 70173 Stuttgart"}),
    (
        "and is that still heidelberger-ring sixty two in mannheim",
        {"heidelberger-ring sixty two in mannheim"},
    ),
    ("Prinsengracht 263, 1016 GV Amsterdam", {"Prinsengracht 263, 1016 GV Amsterdam"}),
    (
        "we're at avenue Jean Jaurès 18 that's in lyon six nine zero zero seven",
        {"avenue Jean Jaurès 18", "lyon six nine zero zero seven"},
    ),
    ("Corso Vittorio Emanuele 52, Torino 10123", {"Corso Vittorio Emanuele 52, Torino 10123"}),
    ("calle de alcalá ciento doce", {"calle de alcalá ciento doce"}),
    (
        "we live at paseo de la castellana two hundred and four in madrid",
        {"paseo de la castellana two hundred and four in madrid"},
    ),
    ("Rua das Flores 31, Porto", {"Rua das Flores 31, Porto"}),
    (
        "House No. 9, Lajpat Nagar, that's in Delhi 110024",
        {"House No. 9, Lajpat Nagar", "Delhi 110024"},
    ),
    ("FLAT 17 GANDHI SALAI MADURAI 625001", {"FLAT 17 GANDHI SALAI MADURAI 625001"}),
    ("Flat 8, Linking Road, Pune 411 001", {"Flat 8, Linking Road, Pune 411 001"}),
    (
        "we're at 41 Banksia Crescent, that's in Bendigo, Victoria 3550",
        {"41 Banksia Crescent", "Bendigo, Victoria 3550"},
    ),
    ("14 Kowhai Street, that's in Napier 4110", {"14 Kowhai Street", "Napier 4110"}),
    ("IT'S 9 HOLLY WALK, EAST MARTINSIDE LS12 7QP.", {"9 HOLLY WALK, EAST MARTINSIDE LS12 7QP"}),
    ("it's 2250 north canyon road kansas city", {"2250 north canyon road kansas city"}),
    (
        "it's 81 west elm drive carson city nevada eight nine seven oh one",
        {
            "81 west elm drive carson city nevada eight nine seven oh one",
            "drive carson city nevada eight nine seven oh one",  # (city_state_zip: 3 words)
        },
    ),
    ("That's 4410 W. Calle Sonora, Tucson?", {"4410 W. Calle Sonora, Tucson"}),
    # near misses: "via", "plaza", "avenue" and word endings that are no street
    ("i sent it via email 3 times", set()),
    ("we paid via paypal 60 dollars", set()),
    ("the plaza hotel 4 nights", set()),
    ("she flew via frankfurt 2018", set()),
    ("i booked via rail 45 minutes ago", set()),
    ("i did the upgrade 2 days ago", set()),
    ("during 3 weeks it rang", set()),
    ("can you bring 2 bags", set()),
    ("the arcade 12 times", set()),
    ("i'll call at 5, that's in an hour", set()),
]


@pytest.mark.parametrize(("text", "expected"), INTERNATIONAL)
def test_international_addresses(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


SPOKEN_STATE_LETTERS = [
    # a state said as its letters and run into the zip by the normaliser ("n j" + digits)
    (
        "three twenty one birch lane west karenfort n j zero seven one four two",
        "three twenty one birch lane west karenfort n j zero seven one four two",
    ),
    (
        "eighty eight cedar court apartment four b lake tonya o h four four one two two",
        "eighty eight cedar court apartment four b lake tonya o h four four one two two",
    ),
    (
        "TWO FIFTY FIVE ELM ROAD NEW DAVIDMOUTH T X SEVEN FIVE ZERO ONE ZERO",
        "TWO FIFTY FIVE ELM ROAD NEW DAVIDMOUTH T X SEVEN FIVE ZERO ONE ZERO",
    ),
    # a UK postcode said with its digits apart, a studio before the number
    (
        "twelve oak lane north staceyburgh s w nineteen four h q",
        "twelve oak lane north staceyburgh s w nineteen four h q",
    ),
    (
        "it's studio seven harbour mews kingsley m five three h r",
        "studio seven harbour mews kingsley m five three h r",
    ),
    (
        "got it eight pine road east ryanmouth e seventy two four l b",
        "eight pine road east ryanmouth e seventy two four l b",
    ),
    # a street type "piazza" and a town with a four-digit postcode
    ("12 marco piazza west lena 4410", "12 marco piazza west lena 4410"),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_STATE_LETTERS)
def test_state_letters_and_spoken_postcodes(text: str, expected: str) -> None:
    normalized = normalize(text).text
    assert normalize(expected).text in found(AddressRecognizer(), normalized)


MORE_FORMS = [
    # a PO box with its town and postcode
    ("PO BOX 8812, LAKE DORRIE 4061", {"PO BOX 8812, LAKE DORRIE 4061"}),
    ("it's po box 88, reno nv 89501", {"po box 88, reno nv 89501"}),
    ("po box 4410 and 2000 dollars", {"po box 4410"}),
    # a New Zealand rural delivery number between the street and the town
    ("12 Totara Valley RD 3 Ashburton 7773", {"12 Totara Valley RD 3 Ashburton 7773"}),
    # French streets: the number before "rue" or "chemin"
    ("it's 42 rue des Lilas in Lyon", {"42 rue des Lilas"}),
    ("7 chemin du Lac", {"7 chemin du Lac"}),
    ("i have 2 rue bottles", set()),
    # an Indian house number with its cue and the name after it
    ("h no 88 sharma over in indore", {"h no 88 sharma"}),
    ("it's House No. 45 Gupta Bhavan, Pune", {"House No. 45 Gupta Bhavan"}),
    # near misses: a zip-like amount after a street, no state before digits
    ("14 elm road then i paid 55000", {"14 elm road"}),
    ("514 maple avenue ZZ67211", {"514 maple avenue"}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS)
def test_po_box_town_rural_delivery_french_and_indian(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# French streets in any case, a European postcode before its town, German "-ring"
# compounds and "won" for one, UK towns with an odd postcode, "jr." in a name, "close" last.
EUROPEAN_AND_UK_FORMS = [
    ("IT'S 17 RUE MARCEL PAGNOL, APT 12 AND THAT'S IT.", {"17 RUE MARCEL PAGNOL, APT 12"}),
    ("we're at 8 chemin des vignes", {"8 chemin des vignes"}),
    ("it's 31 avenue de la gare, so yes", {"31 avenue de la gare"}),
    ("I bought 2 rue bottles", set()),
    ("we booked 3 place settings for dinner", set()),
    (
        "IT'S 9 RUE DANTON, UNIT 4 75011 CHARENTON-LE-PONT, THANKS.",
        {"9 RUE DANTON, UNIT 4 75011 CHARENTON-LE-PONT"},
    ),
    (
        "so 12 chemin du moulin, that's in 44100 saint herblain",
        {"12 chemin du moulin", "44100 saint herblain"},
    ),
    ("our street has 12000 residents", set()),
    ("the suite is 200 and 15000 dollars a year", set()),
    ("it's lindenring 7", {"lindenring 7"}),
    (
        "OKAY IT'S HAUPTSTRASSE WON TWO IN 80331 MUENCHEN THANKS",
        {"HAUPTSTRASSE WON TWO", "80331 MUENCHEN"},
    ),
    ("i was there during 5 weeks", set()),
    ("she came to the spring 2 times", set()),
    ("IT'S 44 LARCH GROVE, LEEDS L13 7QX9.", {"44 LARCH GROVE, LEEDS L13 7QX9"}),
    ("it's 6 ferry lane, that's in york y04 7kd, thanks", {"6 ferry lane", "york y04 7kd"}),
    ("send it to 12 Martin Luther King Jr. Blvd", {"12 Martin Luther King Jr. Blvd"}),
    ("it's 8 heron way close.", {"8 heron way close"}),
    ("we did a dry run close to home", set()),
]


@pytest.mark.parametrize(("text", "expected"), EUROPEAN_AND_UK_FORMS)
def test_european_and_uk_street_postcode_forms(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a landmark after "at"/"to" is a place, not a street
        ("I dropped the keys at Denver Union Station.", set()),
        ("we drove out to Lakeside Park.", set()),
        ("my flight lands at Tampa Bay Harbor.", set()),
        # streets named without a number still are
        ("turn left on Willow Park Dr.", {"Willow Park Dr."}),
        ("it's at Gable Hollow Road.", {"Gable Hollow Road"}),
        ("enter on Cedar Harbor.", {"Cedar Harbor"}),
    ],
)
def test_landmark_is_no_named_street(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


STREETS_WITH_FLATS_AND_TOWNS = [
    # a British flat after the street, then a town and a postcode
    (
        "it's 41 Rowan Crescent, Flat 3, Eastfield, OR 97301",
        {"41 Rowan Crescent, Flat 3, Eastfield, OR 97301", "Eastfield, OR 97301"},
    ),
    (
        "I RENT AT 207 KINGSLEY AVENUE, FLAT 9, NEW HOLBROOK, LS6 2QT, SINCE MAY",
        {"207 KINGSLEY AVENUE, FLAT 9, NEW HOLBROOK, LS6 2QT"},
    ),
    # a house-number range, a unit after the number and a type-first street of Italy/Mexico
    ("the address is Lindenstr. 12-14, Gersdorf 09355", {"Lindenstr. 12-14, Gersdorf 09355"}),
    (
        "via garibaldi 17 interno 4 castel goffredo 46042",
        {"via garibaldi 17 interno 4 castel goffredo 46042"},
    ),
    ("Contrada Ferri, 9, Montalto 87040", {"Contrada Ferri, 9, Montalto 87040"}),
    ("Weberring 7, 4020 Linz", {"Weberring 7, 4020 Linz"}),
    ("Kerkbaan 33, 2960 Brecht", {"Kerkbaan 33, 2960 Brecht"}),
    # a Canadian town with its province code and postcode
    ("Owen Sound, ON N4K 2B7", {"Owen Sound, ON N4K 2B7"}),
    # a town after a comma, before "to"
    ("moving from 55 W Oak Rd, Mesa to Denver", {"55 W Oak Rd, Mesa"}),
    # near misses: a flat rate, verbs in -erring, a flat's size
    ("it's a flat 25 dollars a month", set()),
    ("she was referring 4 customers", set()),
    ("we're transferring 300 to savings", set()),
]


@pytest.mark.parametrize(("text", "expected"), STREETS_WITH_FLATS_AND_TOWNS)
def test_flats_ranges_and_towns_after_streets(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Replies to "and the postcode?": the town and the code in either order, weak alone
# (0.3), strong with the question's context.
POSTCODE_REPLIES = [
    ("Dandenong 3175", {"Dandenong 3175"}),
    ("Port Hedland 6721", {"Port Hedland 6721"}),
    ("44120 Villa Hidalgo", {"44120 Villa Hidalgo"}),
    ("three five two zero lokeren", {"three five two zero lokeren"}),
    ("south marcusville nineteen forty two", {"south marcusville nineteen forty two"}),
    ("l4 0th", {"l4 0th"}),
    ("k nine two b dee", set()),
    # near misses: years, amounts, counts
    ("since 2018", set()),
    ("back in 2016", set()),
    ("about 2500 dollars", set()),
    ("2400 points", set()),
    ("1200 miles", set()),
]


@pytest.mark.parametrize(("text", "expected"), POSTCODE_REPLIES)
def test_postcode_replies_town_either_side(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text, threshold=0.3) == expected
    assert found(AddressRecognizer(), text) == set()  # weak alone


UNITS_AFTER_NAMES = [
    ("Priya Nandakumar, unit 508", {"unit 508"}),
    ("Owen Baxter, flat 14", {"flat 14"}),
    ("flat 2c", {"flat 2c"}),
    ("Okay, unit 3 of the course", set()),
    ("Sure, flat 10 percent", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_AFTER_NAMES)
def test_unit_or_flat_said_after_a_name(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# British street types that are everyday words: in an ALL-CAPS turn (lower-cased by the
# normaliser) only when they end the clause; "Rise" capitalised anywhere.
BRITISH_TYPES_ANY_CASE = [
    ("THE VAN DIDN'T COME. 23 HAWTHORN CLOSE.", {"23 HAWTHORN CLOSE"}),
    ("I'VE PUT 5 LINNET CLOSE AS THE DROP OFF", {"5 LINNET CLOSE"}),
    ("it's 40 orchard vale, thanks", {"40 orchard vale"}),
    ("Please post it to 9 Heather Rise tomorrow", {"9 Heather Rise"}),
    ("WE'RE AT 112 CASTLE PARADE.", {"112 CASTLE PARADE"}),
    # near misses: closeness, a rise in a price
    ("i had 2 very close calls", set()),
    ("we saw a 3 point rise.", set()),
    ("THAT WAS 2 GAMES TOO CLOSE.", set()),
    ("it went up 4 percent rise", set()),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH_TYPES_ANY_CASE)
def test_british_street_types_in_capitals_and_lower_case(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# What follows a street: a postcode at once, several capitalised places, an Australian
# state in capitals, a Canadian province, a filler before the town, a Portuguese postcode.
STREET_TAILS = [
    ("Send them over. 36 Larch Rise, SE9 4QL.", {"36 Larch Rise, SE9 4QL"}),
    ("Mr Bello, 7 Awolowo Road, Ikoyi, Lagos", {"7 Awolowo Road, Ikoyi, Lagos"}),
    (
        "it's 5 Moss Lane, Lower Hatton, Ashford, TN24 8PZ ok",
        {"5 Moss Lane, Lower Hatton, Ashford, TN24 8PZ"},
    ),
    ("DELIVER TO 418 KELSO STREET, WAGGA, NSW 2650.", {"418 KELSO STREET, WAGGA, NSW 2650"}),
    ("SO 61 ROSE HAVEN, EAST MARTIN, ON, AND THE CODE?", {"61 ROSE HAVEN, EAST MARTIN, ON"}),
    (
        "209 pine plaza suite 14 um in lake tara ohio",
        {"209 pine plaza suite 14 um in lake tara ohio"},
    ),
    ("ENVIE PARA RUA DO SOL 45, 4050-321 PORTO.", {"RUA DO SOL 45, 4050-321 PORTO"}),
    # near misses: a decimal after "point", a count
    ("a 2012 ford focus 1 point 6 diesel", set()),
    ("we sent 300 parcels, Thanks", set()),
]


@pytest.mark.parametrize(("text", "expected"), STREET_TAILS)
def test_street_with_postcode_places_or_province(text: str, expected: set[str]) -> None:
    assert expected <= found(AddressRecognizer(), text)
    if not expected:
        assert found(AddressRecognizer(), text) == set()


# A postcode said with a filler between its halves, a street named alone as the whole
# reply, an apartment after a verb and the one it corrects.
SHORT_ADDRESS_REPLIES = [
    ("p r seven um three t b", {"p r seven um three t b"}),
    ("NE6 er 1AW", {"NE6 er 1AW"}),
    ("that's it, larkspur lane", {"larkspur lane"}),
    ("yeah it's copper beech drive", {"copper beech drive"}),
    ("it has to be apartment 7c", {"apartment 7c"}),
    ("it's unit 5 not 6", {"unit 5", "6"}),
    # near misses: the road, no way, a count of apartments, money
    ("yes the main road", set()),
    ("no way", set()),
    ("the fast lane", set()),
    ("we looked at 3 apartments not 4", set()),
    ("my apartment 2 dollars cheaper", set()),
    ("flight BA4 um 2 hours late", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_ADDRESS_REPLIES)
def test_short_replies_postcode_street_or_apartment(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A country, a state or a day after "moved to" / "lives in" is not an address.
RESIDENCE_NOT_PLACES = [
    ("my mother lives in Ireland", set()),
    ("we moved here from GERMANY last year", set()),
    ("she moved to texas for work", set()),
    ("i've moved to Thursday at nine", set()),
    ("my brother lives in port kenneth", {"port kenneth"}),
    ("lending at Oakleaf Credit Union today", set()),
]


@pytest.mark.parametrize(("text", "expected"), RESIDENCE_NOT_PLACES)
def test_country_state_or_day_after_moved_is_no_address(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Irish Eircodes: a routing key (a letter and two digits, or D6W) and four characters.
EIRCODES = [
    ("R95 E3C9", {"R95 E3C9"}),
    ("it's A65 F4E2 thanks", {"A65 F4E2"}),
    ("F92 HW27", {"F92 HW27"}),
    ("D6W FH73", {"D6W FH73"}),
    ("my eircode is h91 e2k4", {"h91 e2k4"}),
    ("the eircode, um, t12xr5p", {"t12xr5p"}),
    # near misses: digits only after the key, a room and a time, lower case with no cue
    ("A12 3456", set()),
    ("room D12 at 3pm", set()),
    ("r95 e3c9", set()),
    ("the eircode is on the letter", set()),
]


@pytest.mark.parametrize(("text", "expected"), EIRCODES)
def test_irish_eircode_in_capitals_or_after_its_name(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Rural numbered roads, a suburb run on after the street, rooms, towns and states said alone,
# a house number with a street's bare name, streets posted to, and "I'm in <suburb>".
MORE_REPLY_FORMS = [
    ("we're still at six oh two county road thirty one", {"six oh two county road thirty one"}),
    ("it's 1184 state route 7", {"1184 state route 7"}),
    ("3390 highway 45, past the church", {"3390 highway 45"}),
    ("my place is 2718 FM 2920", {"2718 FM 2920"}),
    ("deliver to 77 CR 305 please", {"77 CR 305"}),
    ("the county road works are slow", set()),
    ("we drove 35 miles on highway 12", set()),
    ("take exit 62 highway 30", set()),
    ("yes maam same place", set()),
    ("sir the usual road", set()),
    ("i'll mail the card to four wattle crescent belconnen", {"four wattle crescent belconnen"}),
    ("send it to 12 birch street tomorrow", {"12 birch street"}),
    ("it's 8 Jarrah Pl, Ngunnawal ACT", {"8 Jarrah Pl, Ngunnawal ACT"}),
    ("ROOM 14B, NEXT TO THE KITCHEN", {"ROOM 14B"}),
    ("uh dorm room 212", {"dorm room 212"}),
    ("we have room for three", set()),
    ("room 3 of 8 are free", set()),
    ("EAST MARIOVILLE, NEW HAMPSHIRE...", {"EAST MARIOVILLE, NEW HAMPSHIRE"}),
    ("port kendra, tx", {"port kendra, tx"}),
    ("thanks, carolina", set()),
    ("love you, ma", set()),
    ("it's the green house, 41 magnolia, by the hydrant.", {"41 magnolia"}),
    ("the house has 41 magnolia trees", set()),
    ("the house, 3 bedrooms, 2 baths.", set()),
    ("we'll post the form out to Kingsley road this week", {"Kingsley road"}),
    ("I sent it to Calder avenue yesterday", {"Calder avenue"}),
    ("post it to the same road", set()),
    ("upload it to Google drive", set()),
    ("02/03/1987, and I'm in Fremantle.", {"Fremantle"}),
    ("I'm in Accounts, and I'm in trouble.", set()),
    ("I'm in Portugal now", set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE_REPLY_FORMS)
def test_numbered_roads_suburbs_rooms_and_bare_street_names(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# The first half of a UK postcode read back while asking for the rest.
OUTWARD_CODE_READBACKS = [
    ("LS6 WHAT WAS THAT?", {"LS6"}),
    ("so DN4, and then?", {"DN4"}),
    ("b23 sorry?", {"b23"}),
    ("a4 paper?", set()),
    ("m14?", set()),
]


@pytest.mark.parametrize(("text", "expected"), OUTWARD_CODE_READBACKS)
def test_outward_code_read_back_asking_for_the_rest(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Where a caller is on a road: a highway with its mile marker, exit, direction or town, and
# two streets meeting. Directions, signs, menus and ordinary "X and Y" stay out.
ROADSIDE_SPOTS = [
    (
        "we broke down on I-40 eastbound right before mile marker 212, by the rest stop",
        {"I-40 eastbound right before mile marker 212"},
    ),
    (
        "i'm stuck on interstate ninety five south near exit twelve",
        {"interstate ninety five south near exit twelve"},
    ),
    (
        "WE'RE AT THE GAS STATION OFF EXIT 47 ON I-65 IN FRANKLIN TENNESSEE",
        {"EXIT 47 ON I-65 IN FRANKLIN TENNESSEE"},
    ),
    (
        "i'm pulled over on highway seven about mile marker thirty one outside of ely",
        {"highway seven about mile marker thirty one outside of ely"},
    ),
    ("so highway 7 near mile marker 31, help is coming", {"highway 7 near mile marker 31"}),
    ("I was parked at the Walgreens on Route 22 in Union all afternoon", {"Route 22 in Union"}),
    ("the car died at mile marker 88 on highway 50", {"mile marker 88 on highway 50"}),
    ("the mile marker signs out here are all faded", set()),
    ("press exit 4 on the menu to leave", set()),
    ("we ate at the route 66 diner", set()),
    ("take exit 19 highway 12 and keep left", set()),
    ("follow route 3 to exit 8", set()),
    ("I take route 4 and route 17 to work", set()),
    ("I drove 250 miles on I-90 yesterday", set()),
    (
        "i'm standing at the corner of halsey and marcy in bed stuy",
        {"halsey and marcy in bed stuy"},
    ),
    (
        "right at cactus road and forty third avenue in peoria, someone rear ended me",
        {"cactus road and forty third avenue in peoria"},
    ),
    ("I'M AT MCDOWELL AND 44TH STREET BY THE QUIKTRIP", {"MCDOWELL AND 44TH STREET"}),
    (
        "we're at the intersection of Pine and 8th Avenue in Yakima",
        {"Pine and 8th Avenue in Yakima"},
    ),
    ("it's in the corner of the room and the door won't close", set()),
    ("the corner of the kitchen and living room floods", set()),
    ("pass the bread and butter", set()),
    ("we were at rock and roll night", set()),
    ("salt and pepper on the side", set()),
    ("it depends on price and delivery way", set()),
    ("I'm at home and on the way soon", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROADSIDE_SPOTS)
def test_highway_spots_and_intersections_where_a_caller_is(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Canadian and Irish shapes: a town before a postcode, a city quadrant, a county or Dublin
# district, a province before a spelled postcode, an Eircode's tail spelled again.
CANADIAN_AND_IRISH = [
    ("Sherbrooke, J1H 5N4", {"Sherbrooke, J1H 5N4"}),
    (
        "and still at 2214 17 Avenue NE, Edmonton, T5Y 2K8?",
        {"2214 17 Avenue NE, Edmonton, T5Y 2K8"},
    ),
    ("it's 27 Glenview, Lucan, Dublin 22", {"27 Glenview, Lucan, Dublin 22"}),
    ("9 Bóthar na Trá, Dingle, Co. Kerry", {"9 Bóthar na Trá, Dingle, Co. Kerry"}),
    ("I have 3 kids and a dog", set()),
    (
        "P31 K7CA. That's kilo seven charlie alpha at the end.",
        {"P31 K7CA", "kilo seven charlie alpha"},
    ),
    ("my eircode is R95 F2H7 and that's 2024 tax", {"R95 F2H7"}),
]


@pytest.mark.parametrize(("text", "expected"), CANADIAN_AND_IRISH)
def test_canadian_and_irish_address_forms(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "north maryview nunavut x zero a one h zero.",
            "north maryview nunavut x zero a one h zero",
        ),
        ("port delia, british columbia V2M 4T9", "port delia, british columbia V2M 4T9"),
    ],
)
def test_town_province_and_postcode_reply(text: str, expected: str) -> None:
    assert expected in found(AddressRecognizer(), text, threshold=0.25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're near exit 14 on the turnpike by the Sunoco", set()),
        ("WE'RE PARKED JUST OFF EXIT 22 IN NEWARK", {"EXIT 22 IN NEWARK"}),
    ],
)
def test_exit_alone_needs_its_road_or_town(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # suburbs and a town with a four-digit postcode after the street, in any case
        ("3 Beach Road, Mount Maunganui, Tauranga 3116. The blue house.",
         {"3 Beach Road, Mount Maunganui, Tauranga 3116"}),
        ("57 KARAKA STREET, NEWTOWN, WELLINGTON 6021. THANKS",
         {"57 KARAKA STREET, NEWTOWN, WELLINGTON 6021"}),
        ("8 Clifton Avenue, Sea Point, Cape Town 8005",
         {"8 Clifton Avenue, Sea Point, Cape Town 8005"}),
        # a price after the street is no postcode
        ("we sold 12 Park Lane, Remuera for 1.5 million", {"12 Park Lane"}),
    ],
)  # fmt: skip
def test_suburb_town_and_four_digit_postcode(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# An Irish county (or Dublin district) and its Eircode after a street, in any case; a
# French street with its postcode and town said aloud; type-first Spanish streets; a street
# type run into its name; an Australian state before a spoken postcode.
ADDRESS_TAILS_AND_FORMS = [
    ("IT'S 52 KILBRACK ROAD, ENNIS, CO. CLARE, V95 T3KX.",
     {"52 KILBRACK ROAD, ENNIS, CO. CLARE, V95 T3KX"}),
    ("it's 7 mallow street, fermoy, county cork, p61 hx29 thanks",
     {"7 mallow street, fermoy, county cork, p61 hx29"}),
    ("14 Orchard Lane, Rathmines, Dublin 6.", {"14 Orchard Lane, Rathmines, Dublin 6"}),
    ("88 pine street, denver, co 80202",
     {"88 pine street, denver, co 80202", "denver, co 80202"}),
    ("we went to 4 main street county fair", {"4 main street"}),
    ("twelve rue lafont six nine zero zero three villeurbanne",
     {"twelve rue lafont six nine zero zero three villeurbanne"}),
    ("three one chemin du pré four four one two zero saint herblain",
     {"three one chemin du pré four four one two zero saint herblain"}),
    ("yes eight rue garnier", {"eight rue garnier"}),
    ("we ordered 3 rue candles.", set()),
    ("it's pasaje de lucía ortega forty two", {"pasaje de lucía ortega forty two"}),
    ("So Glorieta de Tomás Vidal 18?", {"Glorieta de Tomás Vidal 18"}),
    ("Kosring 17, 8431 KD Oosterwolde", {"Kosring 17, 8431 KD Oosterwolde"}),
    ("the offering 12 of them", set()),
    ("so four five one harbour roadway", {"four five one harbour roadway"}),
    ("it's seven oh nine banksia roadway dunmore queensland four three five two",
     {"seven oh nine banksia roadway dunmore queensland four three five two"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ADDRESS_TAILS_AND_FORMS)
def test_irish_county_tail_spoken_french_postcode_and_type_first_streets(
    text: str, expected: set[str]
) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bellmoor victoria three nine two one.", "bellmoor victoria three nine two one"),
        ("it's port hedland western australia six seven two one",
         "port hedland western australia six seven two one"),
    ],
)  # fmt: skip
def test_town_australian_state_and_spoken_postcode_reply(text: str, expected: str) -> None:
    assert expected in found(AddressRecognizer(), text, threshold=0.25)


# A state code before an id's digits is the id's prefix, not a town's state; a greeting
# is no town; "out of state" names no place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, NE-448120.", set()),
        ("Mia Okafor, ID 5 2 2 9 0 1 8", set()),
        ("Okay, PA #30917", set()),
        ("Harlowton, MT 59036", {"Harlowton, MT 59036"}),
        ("Lake Orrin, NE", {"Lake Orrin, NE"}),
        ("they moved from out of town last spring", set()),
        ("she moved here from somewhere up north", set()),
        ("he moved here from east carverton", {"east carverton"}),
    ],
)
def test_state_code_before_id_digits_and_unnamed_places(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A Canadian postal code in any case after a street's town, its province run in; a
# Portuguese street "without a number" (s/n).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's 4410 maple crescent whitehorse y t y one a two b three",
         {"4410 maple crescent whitehorse y t y one a two b three"}),
        ("14 birch drive, moncton nb e1c 4m3", {"14 birch drive, moncton nb e1c 4m3"}),
        ("it's Av. das Palmeiras s/n, Centro", {"Av. das Palmeiras s/n"}),
        ("uh rua do carmo sem número", {"rua do carmo sem número"}),
        ("just reply s slash n if not", set()),
        ("the form says s/n for the serial", set()),
    ],
)  # fmt: skip
def test_canadian_code_after_town_and_street_without_number(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Australian and New Zealand street types (the everyday-word ones only written as names),
# a town, its state and postcode after them; a unit's word naming a street when a flat or
# suite follows its type.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So that's 17 Myall Circuit, Kambah ACT 2902.", {"17 Myall Circuit, Kambah ACT 2902"}),
        ("it's 42 kookaburra esplanade, cairns qld 4870",
         {"42 kookaburra esplanade, cairns qld 4870"}),
        ("Read back: 906 Lowe Approach, Tarneit, VIC 3029.",
         {"906 Lowe Approach, Tarneit, VIC 3029"}),
        ("I'm at 58 Banksia Chase, Orange NSW 2800", {"58 Banksia Chase, Orange NSW 2800"}),
        ("31 Wattle Grange, Hobart", {"31 Wattle Grange, Hobart"}),
        ("the new place is 7 ocean promenade", {"7 ocean promenade"}),
        ("um 4418 week hollow apt 9", {"4418 week hollow apt 9"}),
        ("So that's 3301 Hour Glen Suite 12?", {"3301 Hour Glen Suite 12"}),
        ("61 mile creek unit 2b", {"61 mile creek unit 2b"}),
        # (in lower case, before a town, a state and a postcode)
        ("it's 88 banksia chase orange new south wales 2800",
         {"88 banksia chase orange new south wales 2800"}),
        ("twelve wren approach, ballarat vic three three five zero",
         {"twelve wren approach, ballarat vic three three five zero"}),
        ("take the 3 rear entrance, please", set()),
        # not a street: counts and durations before a type, everyday words in lower case
        ("it's a 30 day pass", set()),
        ("a 3 hour drive, unit 4 of the course", set()),
        ("a 7 day course, suite 2 and 3", set()),
        ("we fitted 2 rear entrance doors", set()),
        ("the 2024 economic outlook", set()),
        ("I made 3 wrong turns at the roundabout", set()),
        ("there were 40 people at the retreat", set()),
    ],
)  # fmt: skip
def test_australian_street_types_and_unit_word_street_names(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A street named after a business's own premises is no one's home; a caller's street is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your car is at our yard on Foundry Parkway, open till six.", set()),
        ("our office off Belmont Road closes at 5", set()),
        ("Pick it up from our depot on Marsh Lane.", set()),
        ("we keep it at our warehouse down Kiln Street", set()),
        ("I live on Tamarack Lane", {"Tamarack Lane"}),
        ("our house is on Juniper Court", {"Juniper Court"}),
    ],
)  # fmt: skip
def test_street_after_business_premises_is_not_an_address(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town and its province, state or zip after a unit, with no comma
        ("it's 7 rue des pins apartment 2 sherbrooke quebec", {"sherbrooke quebec"}),
        ("88 cedar lane unit 5 red deer alberta.", {"red deer alberta"}),
        ("1430 elm street suite 9 b boise idaho 83702", {"boise idaho 83702"}),
        ("221 oak avenue apt 14 tulsa 74103", {"221 oak avenue apt 14 tulsa 74103"}),
    ],
)
def test_town_after_a_unit(text: str, expected: set[str]) -> None:
    assert expected <= found(AddressRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a unit and then words that are no town with its province, state or zip
        ("we are on floor 3 and it is fine", "fine"),
        ("room 12 was booked for ontario staff", "ontario"),
        ("suite 4 for two nights in texas hotels", "texas"),
    ],
)
def test_no_town_after_a_unit(text: str, town: str) -> None:
    assert not any(town in span for span in found(AddressRecognizer(), text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street without its type: a direction before the name and a unit after it
        ("2250 west belmont apt 4", {"2250 west belmont apt 4"}),
        ("it's 918 south halsted unit 3 b", {"918 south halsted unit 3 b"}),
        ("6120 north broadway suite 210", {"6120 north broadway suite 210"}),
        # near misses: a distance, a region, a unit with no number
        ("we went 20 south past unit 4", set()),
        ("I paid 1200 west coast suite prices", set()),
        ("about 40 north of the apartment", set()),
    ],
)
def test_street_with_direction_and_unit(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street without its type, a direction before the name, then its town and state
        # or zip: a read-back of an address said before
        ("ok 5510 south yale tulsa 74135 check goes out", {"5510 south yale tulsa 74135"}),
        (
            "two twelve north elm greensboro north carolina zip",
            {"two twelve north elm greensboro north carolina"},
        ),
        ("it's 88 west maple, dayton ohio", {"88 west maple, dayton ohio"}),
        ("i live at 1400 southwest hall portland 97201", {"1400 southwest hall portland 97201"}),
        (
            "nine oh one northeast broadway portland oregon nine seven two three two",
            {"nine oh one northeast broadway portland oregon nine seven two three two"},
        ),
        # (a road driven before it does not hide the home said after it)
        (
            "we took 95 north through town, i live at 410 north elm richmond virginia",
            {"410 north elm richmond virginia"},
        ),
        # near misses: a road driven, a distance, a direction with no town after it
        ("we took 95 north through richmond virginia", set()),
        ("we drove 95 north to richmond virginia", set()),
        ("about 20 miles north of austin texas", set()),
        ("it's 40 north then left at the light", set()),
    ],
)
def test_street_with_direction_and_town(text: str, expected: set[str]) -> None:
    spans = found(AddressRecognizer(), text)
    assert expected <= spans
    # (a town alone may still be found; the number and the direction must not be)
    if not expected:
        assert not any("north" in span for span in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass letter ending the street's name, then a town or a unit
        ("oh i moved its 4410 fremont ave n seattle 98103", "4410 fremont ave n seattle 98103"),
        ("i live at 230 oak ave s apt 4", "230 oak ave s apt 4"),
        ("it's 12 main st e.", "12 main st e."),
        ("send it to 77 pine street nw, olympia", "77 pine street nw, olympia"),
        # near misses: a letter that starts no town, a word run on after the street
        ("it's 40 elm street s and then", "40 elm street"),
        ("it's 12 elm street so i guess", "12 elm street"),
    ],
)
def test_street_ending_in_a_compass_letter(text: str, expected: str) -> None:
    assert max(found(AddressRecognizer(), text), key=len) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Canadian postal code with a hesitation between its halves, as normalised
        ("j eight x uh two h five", {"J8X uh 2H5"}),
        ("m five v, um, three l nine", {"M5V, um, 3L9"}),
        # near misses: a model and a count, a lower-case run
        ("the R2D uh 2 units", set()),
    ],
)
def test_canadian_postal_code_with_a_hesitation(text: str, expected: set[str]) -> None:
    norm = normalize(text).text
    assert found(AddressRecognizer(), norm) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named building or home before the street's number
        ("send it to Willow Bank Nursing Home, 4 Mill Road", {"Willow Bank Nursing Home"}),
        ("it's Ashby House, 22 High Street, Derby", {"Ashby House"}),
        # near misses: a building not followed by a street
        ("I called the White House, 3 Times", set()),
        ("Oak Farm, 12 cows and 3 Horses", set()),
    ],
)
def test_building_before_the_street(text: str, expected: set[str]) -> None:
    got = found(AddressRecognizer(), text)
    assert expected <= got if expected else not got


# An Australian lot before its street or on its survey plan; a suburb run on before a
# read-back check; a German house number run into its postcode, said aloud.
LOT_AND_RUN_ON_CASES = [
    ("it's a new build at Lot 88 Wattle Crescent, Ripley.", {"Lot 88 Wattle Crescent, Ripley"}),
    ("LOT 12 IRONBARK ROAD", {"LOT 12 IRONBARK ROAD"}),
    ("the title says lot 17 on RP 884213", {"lot 17 on RP 884213"}),
    ("Lot 5 DP 1032456 is the block", {"Lot 5 DP 1032456"}),
    ("lot three on sp four zero one one two", {"lot three on sp four zero one one two"}),
    (
        "we'll post it to nine myrtle avenue coorparoo is that right",
        {"nine myrtle avenue coorparoo"},
    ),
    (
        "lindenring four one two three four five kyritz",
        {"lindenring four one two three four five kyritz"},
    ),
    # near misses
    ("that's been a lot of trouble", set()),
    ("we're a lot 5 minutes away", set()),
    ("lot 4 of 10 has shipped", set()),
    ("the old rectory was lovely", set()),
    ("14 wren street is that right", {"14 wren street"}),
    ("it's 9 oak street today is that right", {"9 oak street"}),
]


@pytest.mark.parametrize(("text", "expected"), LOT_AND_RUN_ON_CASES)
def test_lots_suburbs_before_a_check_and_run_in_postcodes(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Asian address forms: a Singaporean block with "#floor-unit" and postcode, a Hong Kong
# "12/F" floor with its room, building and street; Canadian and Dutch postcodes with their
# towns; a British flat read back with its postcode; a German street, number and postcode
# read back; a street named "Old …".
ASIAN_AND_POSTCODE_TOWN_CASES = [
    (
        "Blk 52 Jurong West Street, #03-118, Singapore 640521",
        "Blk 52 Jurong West Street, #03-118, Singapore 640521",
    ),
    (
        "block 417 bedok north avenue, #11-45, singapore 460417",
        "block 417 bedok north avenue, #11-45, singapore 460417",
    ),
    ("it's 23 Serangoon Road, #05-221", "23 Serangoon Road, #05-221"),
    (
        "to Flat 3B, 9/F, Kin Lee Mansion, 41 Shanghai Street, Yau Ma Tei please",
        "Flat 3B, 9/F, Kin Lee Mansion, 41 Shanghai Street, Yau Ma Tei",
    ),
    ("Room 2208, 22/F, Hing Wah Centre", "Room 2208, 22/F, Hing Wah Centre"),
    ("kelowna bc v one y four r two", "kelowna bc v one y four r two"),
    ("that's lakeshore on k seven m three b one", "lakeshore on k seven m three b one"),
    ("millbrook n s b four a two c six", "millbrook n s b four a two c six"),
    ("three five one one a b utrecht", "three five one one a b utrecht"),
    ("it's 2316 KX Leiden.", "2316 KX Leiden"),
    (
        "so flat nine sixty one larch hey mossley o l five nine a b is that right",
        "flat nine sixty one larch hey mossley o l five nine a b",
    ),
    (
        "i have lindenweg forty one eight one two three four kyritz correct",
        "lindenweg forty one eight one two three four kyritz",
    ),
    ("So 1408 Old Oriole Way, Unit 5", "1408 Old Oriole Way, Unit 5"),
    ("it's 3120 New Orleans Street", "3120 New Orleans Street"),
    ("okay i have dana and lev marsh on heron lane", "heron lane"),
    ("they live on quarry road now", "quarry road"),
    (
        "it's flat three oh five lotus residency fifth main jayanagar",
        "flat three oh five lotus residency fifth main jayanagar",
    ),
    (
        "flat 12b green park apartments, 2nd cross, koramangala.",
        "flat 12b green park apartments, 2nd cross, koramangala",
    ),
    ("Unit 815 Tower 3, please", "Unit 815 Tower 3"),
    ("Barangay San Roque, Marikina City 1800.", "Barangay San Roque, Marikina City 1800"),
]

ASIAN_AND_POSTCODE_TOWN_NEAR_MISSES = [
    "block 3 of the loan is due",
    "we spent 1500 ml water on it.",
    "the 2024 ok thanks",
    "i'm based on k seven m",
    "there were 4 of 10 at 3/4 speed",
    "200 old points expired",
    "the flat rate is 20 dollars",
    "meeting in room 12 at 3",
    "i have it on hard drive",
    "we're on a toll road",
    "i'm on my way",
    "the flat rate apartments are nice",
    "the barangay captain said so",
]


@pytest.mark.parametrize(("text", "expected"), ASIAN_AND_POSTCODE_TOWN_CASES)
def test_asian_forms_and_postcodes_with_their_towns(text: str, expected: str) -> None:
    assert expected in found(AddressRecognizer(), text)


@pytest.mark.parametrize("text", ASIAN_AND_POSTCODE_TOWN_NEAR_MISSES)
def test_asian_forms_and_postcodes_near_misses(text: str) -> None:
    assert not found(AddressRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply word before the town is no part of it
        ("yup bastrop texas 78602", {"bastrop texas 78602"}),
        ("sure, salem oregon 97301", {"salem oregon 97301"}),
        # a town after living with someone, "up"/"down" before "in"
        ("i'm staying with my son now down in waco and need the mail there", {"waco"}),
        ("she lives with her aunt up in flagstaff", {"flagstaff"}),
        ("we're living down in san marcos", {"san marcos"}),
        ("i live with my wife in the house", set()),
        ("i'm living with my sister now in the meantime", set()),
        # a town after a street, before a level or a floor
        ("my car is at 2200 bell road tulsa level three", {"2200 bell road", "tulsa"}),
        ("i work at 40 pine ave austin second floor", {"40 pine ave", "austin"}),
        ("12 oak street 3rd floor", {"12 oak street"}),
        ("300 main street parking garage level 2", {"300 main street"}),
        ("88 main st uh level 3", {"88 main st"}),
        # the company's own branch or office is no caller's address
        ("THE BRANCH AT 47 HARBOR POINT ROAD CAN HELP YOU", set()),
        ("Our office is at 900 Lakeview Blvd, Tampa.", set()),
        ("the store nearest to you is at 310 Grant Avenue", set()),
        ("my office is at 200 oak street suite 4", {"200 oak street suite 4"}),
        ("send it to 61 birch lane, the branch can wait", {"61 birch lane"}),
        ("THE BRANCH CLOSEST TO YOU IS AT 1200 MAIN STREET", set()),
        ("the office is at 77 cedar road, my boss works there", {"77 cedar road"}),
        ("the store is at 15 hill street, it's my shop", {"15 hill street"}),
    ],
)
def test_town_after_reply_living_or_street_and_company_sites(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


AU_TOWNS_TAKEN_BACK_UNITS = [
    ("Ballarat VIC 3350 Can you send it there?", {"Ballarat VIC 3350"}),
    ("it's Dubbo NSW 2830 thanks", {"Dubbo NSW 2830"}),
    ("wagga wagga nsw 2650 is the town", {"wagga wagga nsw 2650"}),
    ("north halsted sorry north clark street", {"north halsted", "north clark street"}),
    ("west elm, i mean west oak avenue", {"west elm", "west oak avenue"}),
    ("apt 12b, and that's denver 80203", {"apt 12b"}),
    ("unit seven one one and it's tampa three three six oh two", {"unit seven one one"}),
    # near misses: a year, a plain word after "sorry", a unit count without a town and zip
    ("the NSW 2019 figures", set()),
    ("go south sorry south on main street", set()),
    ("unit 4 and then the quiz", set()),
    ("we paid 4500 dollars", set()),
]


@pytest.mark.parametrize(("text", "expected"), AU_TOWNS_TAKEN_BACK_UNITS)
def test_au_town_street_taken_back_and_unit_before_town(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Street-type choices, flats said alone, units after units, a town and state after a
# type-first street, and the sentence's full stop left out of the span.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # which of two types of the one street
        ("is that linden court or linden drive", {"linden court", "linden drive"}),
        ("Birchwood Lane or Birchwood Road?", {"Birchwood Lane", "Birchwood Road"}),
        ("main street or the highway, whichever is faster", set()),
        # a flat said alone, with its number
        ("the card went to apartment seventeen b", {"apartment seventeen b"}),
        ("and the notice says apt 308", {"apt 308"}),
        ("we toured an apartment 10 minutes from work", set()),
        ("the apartment 3 years ago cost less", set()),
        ("apartment 2 of 5 is done", set()),
        # a unit after a unit, or a flat's number and letter ending the clause
        (
            "So 5127 Quarry Hollow Suite 220 Unit 9, correct?",
            {"5127 Quarry Hollow Suite 220 Unit 9"},
        ),
        ("I have 610 Pelham Drive Apt. 12 #3.", {"610 Pelham Drive Apt. 12 #3"}),
        ("so that's 388 dunmore street 6 d", {"388 dunmore street 6 d"}),
        ("we're at 55 elm street 3 days a week", {"55 elm street"}),
        # a town and its state after a type-first street
        (
            "it's still 2210 calle verde santa paula california",
            {"2210 calle verde santa paula california"},
        ),
        # a township by its name
        ("the lot is out in marlow township near the county line", {"marlow township"}),
        ("the township sent us a letter about 4 dollars", set()),
        ("a neighbouring township charges less", set()),
        # the sentence's full stop stays out; an abbreviation's stays in
        ("It's 907 Wrenfield Parkway.", {"907 Wrenfield Parkway"}),
        ("I live at 31 Vine St.", {"31 Vine St."}),
        ("The total is $318.50 today.", set()),
    ],
)
def test_street_choices_lone_flats_units_and_townships(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A town and its state said as a turn of its own, more Spanish street types, a town run on
# after a "calle", and near misses (an email's domain, rooms counted, a business on a named
# street).
TOWN_TURNS_AND_SPANISH_TYPES = [
    # the last line of an address, a turn of its own
    ("AND ROBERTSBURGH, KS", {"ROBERTSBURGH, KS"}),
    ("Kellyfurt, MB", {"Kellyfurt, MB"}),
    ("and north quinnside, wy", {"north quinnside, wy"}),
    ("and South Tamaraberg, ME.", {"South Tamaraberg, ME"}),
    ("um west hollisport n v", {"west hollisport n v"}),
    ("and marcusville", {"marcusville"}),
    ("Oak Hollow, Nebraska.", {"Oak Hollow, Nebraska"}),
    # near misses: small talk with a code-like word, a town said inside a sentence
    ("Got it, OK.", set()),
    ("Perfect, OK", set()),
    ("Great, thanks.", set()),
    ("Anyway, okay.", set()),
    ("and Sam OK", set()),
    ("and everything", set()),
    ("and my husband", set()),
    ("we drove past Haydenville on the way", set()),
    # Spanish and Mexican street types written first
    ("PASADIZO DE LUCIA MONTERO 12", {"PASADIZO DE LUCIA MONTERO 12"}),
    ("Vial de Anselmo Rius 402", {"Vial de Anselmo Rius 402"}),
    ("Retorno Norte Ibáñez 88", {"Retorno Norte Ibáñez 88"}),
    ("Eje vial Lázaro Prieto 214", {"Eje vial Lázaro Prieto 214"}),
    # ("vial" alone is a medicine's)
    ("i need a vial of insulin 2 days early", set()),
    ("the nurse drew 3 vials de sangre", set()),
    # a town run on after a "calle"
    ("it's 61 calle del rio las cruces", {"61 calle del rio las cruces"}),
    ("nine calle alta verde", {"nine calle alta verde"}),
    ("it's 61 calle del rio and the gate code is 7", {"61 calle del rio"}),
    # an email's domain after "live" names no place
    ("was it live dot co dot nz", set()),
    ("yes hotmail dot co dot uk", set()),
    # rooms counted before a street-type word
    ("a 3 bedroom garden view runs 5,400 a week", set()),
    ("the 2 bath lake view is booked", set()),
    # a business the caller is sent to, on a named street
    ("The results came from the lab on Carver Street.", set()),
    ("you can pick it up at the pharmacy on Lowell Avenue", set()),
    ("I live on Carver Street.", {"Carver Street"}),
    # amounts, times and counts stay
    ("It's $1,930.15 with a $35 fee.", set()),
    ("The earliest slot is March 4 at 10:20 AM.", set()),
    ("I ordered 48 boxes but only 12 came.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_TURNS_AND_SPANISH_TYPES)
def test_town_turns_spanish_street_types_and_calle_towns(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_eircode_in_capitals_after_a_postcode_question() -> None:
    call = call_of(
        ("agent", "And the postcode?"),
        ("customer", "K78 2PHW."),
        ("agent", "WHICH PART DID YOU ORDER?"),
        ("customer", "THE K78 2PHW FILTER"),
    )
    turns = redacted(CallAnalyzer.create(), call)
    assert ("ADDRESS", "K78 2PHW") in turns[1]
    assert not any(e == "ADDRESS" for e, _ in turns[3])


# A town and its state said with no comma as a turn of its own, a town with a direction and
# a first name, a town alone by its ending, flats by letter or in a block, a street number
# range, a street after "address on", a postcode's second half said again, and near misses
# (seat rows, "well" after a street, a flat rate, states alone).
TOWN_TURNS_FLATS_AND_RANGES = [
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


@pytest.mark.parametrize(("text", "expected"), TOWN_TURNS_FLATS_AND_RANGES)
def test_town_turns_flats_and_street_number_ranges(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_flat_letter_and_number_range_in_a_call() -> None:
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


# --- towns after place cues, with a region or landmark, where the caller is;
# county roads; units taken back ----------------------------------------------------------


@pytest.fixture(scope="module")
def recognizer():
    return AddressRecognizer()


TOWNS_AFTER_PLACE_CUES = [
    ("where am i, i'm in dorisville and my phone is dying", {"dorisville"}),
    ("we're stuck in lake hectorton since noon", {"lake hectorton"}),
    ("i'm moving to south janelle next month", {"south janelle"}),
    ("she was born in tacoma so yes", {"tacoma"}),
    ("my father came from guadalajara in fifty eight", {"guadalajara"}),
    ("please cancel the dispatch to fort wendellburg police", {"fort wendellburg"}),
    ("we met at the legion hall in cedar point last year", {"cedar point"}),
    ("they still live up in port alberni is that right", {"port alberni"}),
    ("she's at kimberlyton general in the icu", {"kimberlyton"}),
    ("ship the plates to the yakima address please", {"yakima"}),
    ("duluth and the zip is five five eight oh two", {"duluth", "five five eight oh two"}),
    ("i'm on the shoulder of i-80 outside north ramonfurt", {"north ramonfurt"}),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS_AFTER_PLACE_CUES)
def test_town_after_place_cue(recognizer, text, expected):
    assert expected <= found(recognizer, text)


NOT_TOWNS_AFTER_PLACE_CUES = [
    "i'm in trouble with the bank",
    "i'm in recovery right now",
    "i'm in sales not support",
    "i'm in the car",
    "i'm in a meeting until three",
    "we're moving to paperless billing",
    "we moved to autopay last month",
    "i'm in medicare now",
    "he was from the billing team",
    "the email address on file is old",
    "what's the dropoff address",
    # (a state one moves to is a home's since cycle 83: a trip to a state stays readable)
    "i'm flying to texas",
    "she was born in march",
    # brands things come from, states of things one is born or raised in, idioms
    "the package was from amazon and it came from fedex",
    "my refund came from walmart",
    "i grew up in foster care, raised in poverty",
    "they were up in arms about it",
]


@pytest.mark.parametrize("text", NOT_TOWNS_AFTER_PLACE_CUES)
def test_no_town_after_place_cue(recognizer, text):
    assert found(recognizer, text) == set()


def test_county_road_by_letters(recognizer):
    assert "7712 County Road QQ in Wausau" in found(
        recognizer, "So that's 7712 County Road QQ in Wausau?"
    )
    assert "45 county road m" in found(recognizer, "it's 45 county road m")
    assert found(recognizer, "turn on county road b at the light") == set()


def test_unit_taken_back(recognizer):
    assert {"unit 308", "380"} <= found(recognizer, "no it's unit 308 not 380")
    assert found(recognizer, "it's unit 3 of the course") == set()


CLOCK_POINT_AND_ID_NEAR_MISSES = [
    "I'll ring you back at 4:15 either way.",
    "you have nine preference points now",
    "that was three penalty points on the licence",
    "look up course ID 55120 on the site",
    "Morgan, with a driver ID 66102.",
    "good news, you drew a cow tag in unit 312",
    "truck 41, trailer 7716. trailer plate is ohio",
]


@pytest.mark.parametrize("text", CLOCK_POINT_AND_ID_NEAR_MISSES)
def test_clock_times_points_and_ids_stay_visible(recognizer, text):
    assert found(recognizer, text) == set()


def test_idaho_zip_still_found(recognizer):
    assert "pocatello, id 83201" in found(recognizer, "it's pocatello, id 83201")


TOWNS_WITH_REGION_OR_LANDMARK = [
    # a town and its state or country after "to", "in", "from"
    ("yeah it went out to brendaville ohio", {"brendaville ohio"}),
    ("so ship it to carsonmouth, vermont please", {"carsonmouth, vermont"}),
    ("we drove in from lake dorotheaton kansas", {"lake dorotheaton kansas"}),
    ("i'm in port ellery michigan right now", {"port ellery michigan"}),
    ("um, Villafranca d'Orso, Portugal", {"Villafranca d'Orso, Portugal"}),
    ("kim ville scotland", {"kim ville scotland"}),
    # the unit's town and its state code after a comma
    ("IT'S 77 ROWAN WALKS APARTMENT TWO ONE, ORMSTAD, NV", {"ORMSTAD, NV"}),
    # the country or state a caller rings from
    ("Hi, I'm calling from Portugal about my flight.", {"Portugal"}),
    ("hello i'm ringing from new zealand, i need a refund", {"new zealand"}),
    ("we are phoning from oklahoma because the card failed", {"oklahoma"}),
    # a town placed by a landmark
    ("it happened in fresno by the gas station", {"fresno"}),
    ("Right in East Corinneburg near the library, around noon.", {"East Corinneburg"}),
    ("i saw it in new tamsin next to the pharmacy", {"new tamsin"}),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS_WITH_REGION_OR_LANDMARK)
def test_town_with_region_or_landmark(recognizer, text, expected):
    assert expected <= found(recognizer, text)


NOT_TOWNS_WITH_REGION_OR_LANDMARK = [
    # how one lives, not where
    "her house has four people and i live alone",
    "we live together with my mom",
    # the kind of address asked for
    "What's the new property address?",
    "what's the old mailing address",
    "can you confirm the full billing address",
    # an id's "ID", not Idaho's
    "Jordan Pike, ID @00412977.",
    # a firm, a brand or an everyday word after the cue
    "i'm calling from georgia power about the outage",
    "i'm calling from verizon about my bill",
    "we were in costco by the registers",
    "i was in line by the door",
    "it's in storage by the garage",
    "he went out to lunch michigan time",
    "she's in texas for work",
    "the state board in arizona approved it",
    "we have a node issue impacting 716 customers",
]


@pytest.mark.parametrize("text", NOT_TOWNS_WITH_REGION_OR_LANDMARK)
def test_ways_of_living_address_kinds_and_firms_stay_visible(recognizer, text):
    assert not found(recognizer, text)


logging.disable(logging.WARNING)


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, ["ADDRESS"])}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'll be in Oregon that week.", "Oregon"),
        ("It was in Kentucky.", "Kentucky"),
        ("we'll be in portugal until june", "portugal"),
        ("it was in New Mexico", "New Mexico"),
        ("i'll be in west corabury that week", "west corabury"),
        ("i was in delmonthaven for the weekend", "delmonthaven"),
        ("it was in quillenshire", "quillenshire"),
        ("um in fennimoreton.", "fennimoreton"),
    ],
)
def test_region_or_town_where_caller_is(recognizer, text, value):
    assert value in _found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my address is 2210 lakeshore boulevard west", "2210 lakeshore boulevard west"),
        ("send it to 58 king street east.", "58 king street east"),
    ],
)
def test_street_with_trailing_direction(recognizer, text, value):
    assert value in _found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "In Nevada the plate stays with the owner.",
        "I'll be in touch tomorrow.",
        "it was in august",
        "yes in person",
        "no in writing please",
        "it was in storage",
        "i was in line for an hour",
        "I was in Georgia Power's office",
        "I'm also turning on Port Lock for you.",
        "you need to update the vehicle address first",
        "the card address has to match",
    ],
)
def test_stays_visible(recognizer, text):
    assert not _found(recognizer, text)


def test_direction_not_ending_the_clause_stays_out(recognizer):
    found = _found(recognizer, "take the 12 main street north entrance")
    assert "12 main street north" not in "".join(found)


# ---- round 52-54 fixes: towns by a street, UK towns and outward codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after a street, the clause going on
        (
            "at four twenty two maple crescent in wichita the van hit me",
            {"four twenty two maple crescent in wichita"},
        ),
        (
            "outside 58 cedar hollow road in kalamazoo when it happened",
            {"58 cedar hollow road in kalamazoo"},
        ),
        # ... with no "in", a listed place only
        (
            "in front of 9 birch lane akron near exit 12",
            {"9 birch lane akron"},
        ),
        # a town before "on" and a street
        (
            "before that we were in kalamazoo on 12 birch road",
            {"kalamazoo", "12 birch road"},
        ),
        ("i used to be in buffalo on 77 spruce avenue", {"buffalo", "77 spruce avenue"}),
        # one address said in two parts with a filler
        (
            "it's 214 larch way uh trenton new jersey 08608",
            {"214 larch way uh trenton new jersey 08608"},
        ),
    ],
)
def test_towns_by_a_street(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state of things after "in" is no town
        ("at 12 oak street in traffic the other driver hit me", {"12 oak street"}),
        ("it's 40 elm road in crisis the whole block", {"40 elm road"}),
        ("i was in debt on 12 oak street for years", {"12 oak street"}),
        ("i was in person on 31 pine road yesterday", {"31 pine road"}),
        # an English word after a street, unlisted, stays
        ("send it to 8 ash grove near the shop", {"8 ash grove"}),
        # two addresses apart by more than a filler stay apart
        ("it was 4 elm road and now 9 oak lane", {"4 elm road", "9 oak lane"}),
    ],
)
def test_no_town_by_a_street(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hiya i'm ringing from sheffield about my council tax", {"sheffield"}),
        ("i'm calling from just outside leicester i've got arrears", {"leicester"}),
        ("aberdeen lovely and your date of birth", {"aberdeen"}),
        ("NOTTINGHAM. AND YOUR DATE OF BIRTH?", {"NOTTINGHAM"}),
        ("right coventry so how much is the arrears", {"coventry"}),
        ("plymouth well just outside p l nine", {"plymouth", "p l nine"}),
        ("derby area, d e twenty two", {"derby", "d e twenty two"}),
    ],
)
def test_uk_towns_and_outward_codes(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i'm calling from leeds city council about your account",
        "hi i'm phoning from brightwater energy about your bill",
        "bristol city council told me to ring you",
        "manchester united won again",
        "my wells fargo card was declined",
        "london road is closed",
        "B12",
        "it's an M1 thing",
        "a b twelve",
    ],
)
def test_uk_towns_and_codes_stay_visible(recognizer, text: str) -> None:
    assert found(recognizer, text) == set()


def test_outward_code_answering_a_postcode_question(analyzer) -> None:
    turns = (
        ("agent", "and just the first bit of your postcode"),
        ("customer", "n e four"),
        ("agent", "newcastle brilliant and what's the debt"),
    )
    assert_masked(analyzer, turns, 1, ["n e four"], [])
    assert_masked(analyzer, turns, 2, ["newcastle"], ["brilliant and what's the debt"])


def test_code_answering_another_question_stays(analyzer) -> None:
    masks = covered(analyzer, said("A: which vitamin are you taking", "C: B12"))
    assert masks[1] == "B12"


@pytest.mark.parametrize(
    "text",
    [
        "so you moved from universal credit to pip last year",
        "i moved to esa in may",
        "she moved from housing benefit to universal credit",
    ],
)
def test_benefits_moved_between_are_no_places(recognizer, text: str) -> None:
    assert found(recognizer, text) == set()


# ---- round 52-54 fixes: an address taken back, a town and region, a firm's site


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address taken back in the middle and said on is one span
        (
            "forty one ten maple ridge lane unit no wait it's a house no unit tulsa oklahoma "
            "seven four one oh five",
            {
                "forty one ten maple ridge lane unit no wait it's a house no unit tulsa "
                "oklahoma seven four one oh five"
            },
        ),
        (
            "it's 88 heron bay drive apartment no sorry i mean just the house "
            "no unit dayton ohio 45402",
            {
                "88 heron bay drive apartment no sorry i mean just the house no unit dayton "
                "ohio 45402"
            },
        ),
        # a town and its written region where someone lives
        ("My uncle lives in Tlaquepaque, Jalisco.", {"Tlaquepaque, Jalisco"}),
        ("She lives in Antigua, Sacatepéquez", {"Antigua, Sacatepéquez"}),
        ("He lives in Dunmore, Pennsylvania, near the lake.", {"Dunmore, Pennsylvania"}),
    ],
)
def test_address_said_whole(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two addresses apart by a sentence, not a correction, stay apart
        (
            "it was 4 elm road but now we moved to 9 oak lane",
            {"4 elm road", "9 oak lane"},
        ),
        # the town alone, the next sentence no region
        ("She lives in Zacatlan. Thanks so much.", {"Zacatlan"}),
        # a street where a firm's site is, as the caller or the agent names it
        ("I want to report your branch location on Kessler Avenue.", set()),
        ("the clerk at your store off Dunmore Road was rude to me", set()),
        ("Please go back to the pharmacy, the one on Halvorsen Street.", set()),
        ("It was the kiosk, the one at Wexford Boulevard.", set()),
        # a business's name just before its street
        ("IT'S EL MIRADOR CAFE, 2210 NORTH SHEA BOULEVARD, SCOTTSDALE.", set()),
        ("We're Brightline Auto LLC, 415 Commerce Parkway.", set()),
        # a country after a place cue is no town
        ("i want to send money to my cousin in honduras", set()),
        ("my mother lives in el salvador", set()),
        # a stage a claim moves to is no town
        ("the file should move to review next week", set()),
        ("once it moves to approval you'll get a letter", set()),
        ("then the case moved to adjudication", set()),
    ],
)
def test_not_an_address(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named after "on" that is no firm's site stays an address
        ("they moved in on Kessler Avenue last year", {"Kessler Avenue"}),
        ("he parked on Dunmore Road outside my house", {"Dunmore Road"}),
        # a person still moves to a town
        ("we're moving to ypsilanti next month", {"ypsilanti"}),
        # a street after a person's name and a comma stays
        ("Dana Whitfield, 415 Commerce Parkway.", {"415 Commerce Parkway"}),
    ],
)
def test_still_an_address(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


# ---- round 52-54 fixes: Canadian postal codes, French streets, two-word cities, residence halls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street, its town, the province and the postal code are one address
        (
            "Mailing it to 72 Rue Champlain, Sherbrooke, Quebec, J1H 4B6.",
            {"72 Rue Champlain, Sherbrooke, Quebec, J1H 4B6", "Quebec, J1H 4B6"},
        ),
        ("it goes to 40 king street, kingston, K7L 2Z3", {"40 king street, kingston, K7L 2Z3"}),
        # a French street named without its number
        ("Rue Saint-Denis Ouest.", {"Rue Saint-Denis Ouest"}),
        ("we're on Boulevard Taschereau near the mall", {"Boulevard Taschereau"}),
        ("chemin des pins", {"chemin des pins"}),
        # a town after the street's direction
        (
            "are you still at 4410 nicollet avenue south richfield",
            {"4410 nicollet avenue south richfield"},
        ),
        # (a street's direction with no town after it ends the street)
        ("it's 12 oak street south please", {"12 oak street"}),
        # a two-word US city after a cue or before a street
        ("we moved up to cedar rapids iowa last spring", {"cedar rapids iowa"}),
        ("he's in Traverse City for the summer", {"Traverse City"}),
        (
            "we're in sioux falls off of 2210 west maple road",
            {"sioux falls", "2210 west maple road"},
        ),
        # a residence-hall room
        ("He's in Birchwood Hall, room 118 this term.", {"Birchwood Hall, room 118"}),
        ("I'M IN KESTREL HALL 304A", {"KESTREL HALL 304A"}),
        ("she's in maple tower room six oh two", {"maple tower room six oh two"}),
        ("you're assigned to Corbin Hall, room 220 for fall", {"Corbin Hall, room 220"}),
        ("That's for Dana Whitcomb, Linden Hall 412?", {"Linden Hall 412"}),
        ("oakridge tower room seven fifteen", {"oakridge tower room seven fifteen"}),
        (
            "I'm in Redmond 214 but my roommate wants to switch rooms.",
            {"Redmond 214"},
        ),
    ],
)
def test_address_found(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Canadian postal code with a filler, "oh" read as zero (weak: the postal
        # question lifts it in a call)
        ("v five k oh uh m two", {"v five k oh uh m two"}),
        ("it's t three k, um, two b seven", {"t three k, um, two b seven"}),
        # one half alone as a turn
        ("K2P.", {"K2P"}),
        ("3C5", {"3C5"}),
    ],
)
def test_weak_postcode_pieces(recognizer, text: str, expected: set[str]) -> None:
    assert found(recognizer, text, threshold=0.3) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no postal code's shape
        "I have 3 A B C in stock",
        "it's flight U A 1412",
        "seat 3C5 and 3C6",
        # "rue" the verb, a retailer
        "you'll rue the day",
        "I ordered from Rue La La",
        # a hall's capacity, a year, a city hall's number, a course
        "Memorial Hall 300 seats",
        "we played Carnegie Hall 2019",
        "call City Hall 311",
        "I'm in Chemistry 101 this semester",
        # a hall and room read out with no one said to be in it, mid-sentence
        "the lost and found moved from the front desk of Tilden Hall room 12 last week",
        # a two-word city's words in everyday use
        "i'm in grand shape",
        "the little rock in my shoe",
    ],
)
def test_not_an_address_postcode_hall_or_city(recognizer, text: str) -> None:
    assert found(recognizer, text, threshold=0.3) == set()


# ---- round 56-59 fixes: units and lots, foreign address shapes, places that are no one's


def _address_spans(text: str) -> list[str]:
    """The address spans the recognizer finds in ``text`` (above the default threshold)."""
    results = AddressRecognizer().analyze(text, ["ADDRESS"])
    return [text[r.start : r.end] for r in results if r.score >= 0.4]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tower B, Unit 1207. I'm Priya.", "Unit 1207"),
        ("bldg 4 apt 22", "apt 22"),
        ("marisol quintero unit 9 c", "unit 9 c"),
        ("Dana Whitfield suite 310", "suite 310"),
        ("The gate code is registered to Lot 147.", "Lot 147"),
        ("we're on lot 52 by the pond", "lot 52"),
        ("It's Rua das Flores 18, 4050-262 Porto.", "Rua das Flores 18, 4050-262 Porto"),
        ("Av. Dr. Lopes Bastos, 2750-166 Cascais", "Av. Dr. Lopes Bastos, 2750-166 Cascais"),
        ("STADIOU 12-14, PATRA 262 21.", "STADIOU 12-14, PATRA 262 21"),
        ("Kungsgatan 7, 411 19 Göteborg", "Kungsgatan 7, 411 19 Göteborg"),
        ("It's 3-4-12 Umeda, Kita-ku, Osaka.", "3-4-12 Umeda, Kita-ku, Osaka"),
        ("she lives in park slope, brooklyn now", "park slope, brooklyn"),
        ("we'll be in greece until july", "greece"),
        ("It was in Nevada.", "Nevada"),
    ],
)
def test_units_lots_and_foreign_shapes_address_spans(text: str, value: str) -> None:
    assert any(value in f for f in _address_spans(text)), _address_spans(text)


def test_french_apartment_in_street() -> None:
    text = "88 Rue Saint-Denis, Appartement 4, Laval, QC H7N 2K5."
    assert any("Appartement 4" in f for f in _address_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "your caseworker is tom reyes, he's in unit 6",
        "the storage unit 12",
        "we sent a replacement unit 4",
        "it's a lot 5 minutes away",
        "parking lot 3 is full",
        "the vaccine was lot 4471",
        "call 1800-555 Monday",
        "i paid 45, then 300 50 more",
        "invoice 45, about 300 50",
        "That's when I was in Iraq. I was deployed.",
        "OH RIGHT, I WAS IN MEXICO. CAN YOU WAIVE IT?",
        "you can email the board at the community address.",
        "Any certified shop, or our hub at 312 Depot Road, open 8 to 4.",
        "the score was 6-1-2 Home team",
    ],
)
def test_units_lots_and_places_of_no_one_stay_visible(text: str) -> None:
    assert _address_spans(text) == []


# ---- round 56-59 fixes: towns after "going to", "over in", "family in"; a site, a flight


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a ride's destination said right after its start address
        (
            "We're at 5520 Pruitt Lane, Apt 3, Dianaside, Ohio 44102, going to East Rodney.",
            "East Rodney",
        ),
        ("i'm at 88 wexley court headed to port marcusview", "port marcusview"),
        ("we're at 410 fenn road and we're going to lake tamara", "lake tamara"),
        ("picking up at 12 birch avenue going to grand rapids tonight", "grand rapids"),
        # where one lives or has kin
        ("we live over in South Kaylaborough so it's a drive", "South Kaylaborough"),
        ("my folks are fine, i've got family in west dominicville", "west dominicville"),
        ("his parents in new haleyport watch the kids", "new haleyport"),
        ("yeah i live over in New Dariusburgh so it's close", "New Dariusburgh"),
        ("she lives in new shelbyton now", "new shelbyton"),
    ],
)
def test_towns_after_going_to_over_in_family_in_address_spans(text: str, value: str) -> None:
    assert any(value in f for f in _address_spans(text)), _address_spans(text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        # "going to" before no town
        ("i'm at 40 elm street going to need a tow", "need"),
        ("we're at 12 oak street, going to the airport", "airport"),
        ("we're at 19 pine road going to denver international", "denver"),
        # a family in a state of things, something over somewhere
        ("the family in need gets the voucher", "need"),
        ("it's over in the drawer", "drawer"),
        ("she lives in new housing now", "housing"),
        ("we live in new construction", "construction"),
        # what is done at an address, not a town's name
        ("And the signing address?", "signing"),
        ("and the closing address please", "closing"),
        # a name after the question, not a place
        ("and where do you live marisol", "marisol"),
        ("how long have you lived kevin", "kevin"),
        # the company's own site before its greeting
        ("Alpine Ski Shop at Cedar Ridge, this is Marco.", "Cedar Ridge"),
        ("Harbor Rentals on Bayview Drive, my name is Tess", "Bayview Drive"),
        # a date and a flight
        ("I fly out on April 17, flight UA 442.", "flight"),
        ("we land on june 3, flights DL 88 and 90", "flights"),
    ],
)
def test_no_town_after_going_to_a_site_or_a_flight(text: str, visible: str) -> None:
    assert not any(visible in f for f in _address_spans(text)), _address_spans(text)


def test_zip_before_next_address_is_no_range() -> None:
    text = "from 4410 garnet road lowellton oregon 97301 to 62 quill circle marshview idaho 83702"
    found = _address_spans(text)
    assert "97301 to 62 quill circle marshview idaho 83702" not in found
    assert any("62 quill circle" in f for f in found), found
    assert any(f.endswith("oregon 97301") for f in found), found


def test_lived_in_town_still_address_spans() -> None:
    assert "brennanville" in _address_spans("we lived in brennanville for years")


# ---- cycle 58 (rounds 62-63): a licence read in parts is no address


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    "reply",
    ["C: Okay, starts with K604, then 2291.", "C: First part's W117, then 8830."],
)
def test_licence_parts_are_no_address(analyzer, reply):
    lines = ("A: And your driver's license number and state?", reply)
    call = said(*lines)
    entities = analyzer.analyze_call(call)[1]
    assert not any(e.entity_type == "ADDRESS" for e in entities), entities
    masked = _masks(analyzer, *lines)[1]
    assert value_readable(masked, reply[3:], "starts with" if "starts" in reply else "First part")


def test_address_with_starts_with_still_an_address(analyzer):
    lines = ("A: What's your address?", "C: 5520 Alder Court, starts with a A")
    masked = _masks(analyzer, *lines)[1]
    assert value_hidden(masked, lines[1][3:], "5520 Alder Court"), masked


# ---- cycle 58 (rounds 62-63): towns with kin, a state or a street, written addresses
# without a street type, business sites


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town said before "at" and its street
        ("we're in lansing at 412 birch hollow lane", "lansing"),
    ],
)
def test_town_placed_by_kin_or_street(recognizer, text, town):
    assert town in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister in law is on the account",
        "my son in training at the academy",
        "her brother in the navy called",
        "we can pop the strap back in while you wait",
        "my friend in need",
    ],
)
def test_kin_and_idioms_stay_visible(recognizer, text):
    assert found(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("that's right kellyborough ohio", "kellyborough ohio"),
        ("yes port danaville oregon", "port danaville oregon"),
        ("jonesmouth kansas zip six six two one four", "jonesmouth kansas"),
        ("smithfort nevada and the zip is 89012", "smithfort nevada"),
    ],
)
def test_town_and_state_turn(recognizer, text, town):
    # (the zip said after "zip" joins the town's span: "jonesmouth kansas zip 66214")
    assert any(town in span for span in found(recognizer, text))


@pytest.mark.parametrize("text", ["that's right thank you", "yes probably texas", "that's right"])
def test_confirmation_alone_stays_visible(recognizer, text):
    assert found(recognizer, text) == set()


def test_written_address_without_street_type(recognizer):
    assert "5127 South Kedzie, Oak Lawn" in found(
        recognizer, "My address is 5127 South Kedzie, Oak Lawn."
    )
    assert "88 Linden, Ames, IA 50010" in found(
        recognizer, "the address is 88 Linden, Ames, IA 50010"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The address is 3 Weeks, Maybe",
        "Your address is on file, Mister Lee",
        "address is 12, Correct",
    ],
)
def test_address_cue_without_street_stays_visible(recognizer, text):
    assert found(recognizer, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The closest drop-off point to Fremont is on Harbor Avenue.",
        "The nearest partner is a kiosk on Canal Street, open till six.",
        "Sure, the parking garage on Pine Street validates tickets.",
        "Our repair partner store is FixIt on Cedar Road, about 3 miles away.",
        "Your new Pixel 8 will ship via FedEx Ground tomorrow.",
        "The unit goes via express, 2 days.",
    ],
)
def test_business_sites_models_and_ids_stay_visible(recognizer, text):
    assert found(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("I live on Walnut Street.", "Walnut Street"),
        ("mail it to P.O. Box 6120, Boise, ID 83701", "P.O. Box 6120, Boise, ID 83701"),
        ("it's 14 via garibaldi", "14 via garibaldi"),
    ],
)
def test_homes_still_found(recognizer, text, street):
    assert street in found(recognizer, text)


def test_town_and_zip_answer_not_across_a_sentence(recognizer):
    """Weak alone (lifted by a zip question): no town ends a sentence before the number."""
    assert found(recognizer, "Yes, it's short. 7214", threshold=0.0) == set()
    assert "st. albans 3021" in found(recognizer, "st. albans 3021", threshold=0.0)
    assert "lake mira 4810" in found(recognizer, "yeah lake mira 4810", threshold=0.0)


# ---- cycle 59 (round 64): crossings after "near", towns travelled from or stayed in,
# "live" of a thing


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "near Larkspur Lane and the highway on-ramp in Dayton, around 9:15 a.m.",
            ["Larkspur Lane", "Dayton"],
        ),
        (
            "near willow court and main in scranton around six twenty pm",
            ["willow court", "scranton"],
        ),
        ("it was right off Birch Road and the mall in Ypsilanti", ["Birch Road", "Ypsilanti"]),
        ("by Osprey Circle and the school", ["Osprey Circle"]),
        ("near fulton and dekalb avenue", ["fulton and dekalb avenue"]),
    ],
)
def test_crossing_after_near(recognizer, text, spans):
    got = found(recognizer, text)
    for span in spans:
        assert span in got


@pytest.mark.parametrize(
    "text",
    [
        "near my place and the office",
        "by the way and also the bill",
        "close to the park and the river",
        "either way and in traffic it was slow",
        "near either way and the other",
        "it came by mail and email",
        "near the end of the road and then the light",
    ],
)
def test_no_crossing_after_near(recognizer, text):
    assert found(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("i drove all the way from punxsutawney thats an hour each way", "punxsutawney"),
        ("we came up from wilkes-barre this morning", "wilkes-barre"),
        ("my husband flew in from boise yesterday", "boise"),
        ("im only here for a couple weeks in tucson helping my dad", "tucson"),
        ("we're just here for the weekend in duluth", "duluth"),
    ],
)
def test_town_travelled_from_or_stayed_in(recognizer, text, town):
    assert found(recognizer, text) == {town}


@pytest.mark.parametrize(
    "text",
    [
        "i drove all the way from work",
        "we came from the store",
        "i came from walmart",
        "the charge came from amazon",
        "i'm here for a week in training",
        "im here for a few days in town",
        "it came all the way from china",
        "Live bees go USPS priority.",
        "LIVE CRICKETS SHIP EXPRESS.",
        "Okay. Live music every Friday night.",
        "we live near the lake",
    ],
)
def test_no_town(recognizer, text):
    assert found(recognizer, text) == set()


def test_live_with_subject_still_places(recognizer):
    assert found(recognizer, "i live dayton") == {"dayton"}
    assert found(recognizer, "Lives in Ypsilanti now.") == {"Ypsilanti"}


def test_live_near_a_town_still_places(recognizer):
    assert found(recognizer, "i used to live near port gabriel") == {"near port gabriel"}


# ---- cycle 60 (round 65): an address said as pieces between commas (town, street, zip)

_WHERE = "And where does your mother live?"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a zip right after the street, ending the clause
        ("Over in Tempe, 18 Birch Lane, 85281.", ["18 Birch Lane, 85281"], ["Over in"]),
        ("She's at 640 Maple Court, 60614, same as before.", ["640 Maple Court, 60614"], []),
        # a town before the street after "in"
        ("Over in Boise, 27 Aspen Drive, 83702.", ["Boise, 27 Aspen Drive, 83702"], ["Over in"]),
        ("He's in Fort Wayne, 402 Hill Street.", ["Fort Wayne, 402 Hill Street"], ["He's in"]),
        # negatives: an amount after the street, a month before it
        ("We sold 12 Main Street, 50000 dollars short.", [], ["50000 dollars"]),
        ("We moved in June, 88 Pine Road is the new place.", ["88 Pine Road"], ["June"]),
    ],
)
def test_address_said_in_pieces_between_commas(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _WHERE), ("B", reply)], 1, hidden, kept)


def test_town_found_alone_joins_the_street_after_it():
    text = "Duluth, 51 Lake Avenue."
    town = PiiEntity("LOCATION", 0, 6, 0.5, "SpacyNerRecognizer")
    street = PiiEntity("ADDRESS", 8, 22, 0.7, "AddressRecognizer")
    assert [(e.entity_type, e.start, e.end) for e in join_pieces(text, [town, street])] == [
        ("ADDRESS", 0, 22)
    ]


def test_town_and_words_after_it_stay_apart():
    text = "Duluth, that's where 51 Lake Avenue is."
    town = PiiEntity("LOCATION", 0, 6, 0.5, "SpacyNerRecognizer")
    street = PiiEntity("ADDRESS", 21, 35, 0.7, "AddressRecognizer")
    assert [e.entity_type for e in join_pieces(text, [town, street])] == ["LOCATION", "ADDRESS"]


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        ("My aunt. She lives downstairs from me.", [], ["downstairs"]),
        ("We spend half the winter down in Naples.", [], ["half the winter"]),
        ("Maybe it got mixed up in somebody else's box.", [], ["somebody"]),
        # a town after "lives in" still found
        ("She lives in Flagstaff.", ["Flagstaff"], ["She lives in"]),
    ],
)
def test_who_or_how_much_after_live_or_in_is_no_town(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _WHERE), ("B", reply)], 1, hidden, kept)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own whereabouts: a site on a street, the town after it
        (
            "The Walgreens parking lot on Mesa Drive in Tucson, by the side door.",
            {"Mesa Drive"},
        ),
        ("We're stuck at the Shell station on Tanner Road.", {"Tanner Road"}),
        ("the Target lot on Cedar Avenue in Omaha", {"Cedar Avenue"}),
        # the town said first, the street after "it's"
        ("ypsilanti it's forty two birch lane", {"ypsilanti", "forty two birch lane"}),
        ("oh durango, it's 310 aspen court", {"durango", "310 aspen court"}),
        # a lower-case street after an address cue, in a written turn
        ("My address is 41 willow springs.", {"41 willow springs"}),
        ("I'll send the label. Pickup from 318 alder circles?", {"318 alder circles"}),
    ],
)
def test_whereabouts_and_town_first_found(text: str, expected: set[str]) -> None:
    assert expected <= found(AddressRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # a firm's site on a street: no one's home
        "The garage on Hill Street is open till six.",
        "the nearest lot on Grove Street in Salem",
        # things counted in a written turn, not a street
        "Sure. Three compression springs and the labour, that's $240.",
        "A guitar with 12 nylon strings and 6 tuning keys is fine.",
        "We replaced 2 coil springs on the Camry.",
        # a car, then the state of its plate
        "A silver Honda Civic, Oregon plate JKL-2210.",
        "It's a blue Ford Ranger, Texas plates.",
        # a service area asked about
        "okay and do you pick up in wheaton",
        "do they pick up in carol stream",
        # no turn of its own: a screen, a network, a decade
        "4K.",
        "5G",
    ],
)
def test_no_address_there(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("and which apartment is it", "nine c", "nine c"),
        ("great and then it's apartment", "it's 14 d.", "14 d"),
        ("what unit are you in", "twelve b", "twelve b"),
    ],
)
def test_flat_alone_after_question(analyzer, question: str, answer: str, value: str) -> None:
    assert_masked(analyzer, [("agent", question), ("customer", answer)], 1, [value], [])


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("which model do you want", "the 4K"),
        ("how many do you need", "three b"),
        ("what size is it", "12 c"),
    ],
)
def test_flat_alone_needs_the_question(analyzer, question: str, answer: str) -> None:
    assert_masked(analyzer, [("agent", question), ("customer", answer)], 1, [], [answer])


# Rural roads by mile and marker, grid roads, a numbered avenue, the town after a numbered
# road, a road "out on the", and a wait that is no street.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we bought the ranch out past mile 47 on highway 191", "mile 47 on highway 191"),
        ("the gate is by the fourteen mile marker", "14 mile marker"),
        ("water is over the road at mile marker twelve on eighty two", "mile marker 12 on 82"),
        (
            "the well is at county road 208, about 1.5 miles north of mile marker 9",
            "county road 208, about 1.5 miles north of mile marker 9",
        ),
        ("the pump is on Road 38 and Avenue M.", "Road 38 and Avenue M"),
        (
            "is that the lot on road 112 about a mile east of the avenue 74 junction",
            "road 112 about a mile east of the avenue 74 junction",
        ),
        ("it's the farm at thirty four ten avenue nine", "3410 avenue 9"),
        ("MAILING ADDRESS IS 5512 SOUTH HIGHWAY 33 PATTERSON", "5512 SOUTH HIGHWAY 33 PATTERSON"),
        ("hi it's wanda out on the cedar hollow road", "cedar hollow road"),
    ],
)
def test_rural_places_are_found_whole(text: str, expected: str) -> None:
    assert expected.lower() in {g.lower() for g in found(AddressRecognizer(), normalize(text).text)}


@pytest.mark.parametrize(
    "text",
    [
        "got it, one moment, and the new address?",
        "got it one moment great doctor lee has an opening",
        "give me one sec and the address please",
        "traffic on highway 59 was bad this morning",
        "take exit 12 and then turn left",
        "it hurt at mile 5 of the race",
        "the mile marker 9 on 5 minutes walk",
        "we drove 20 miles on highway 59 yesterday",
        "it's on road 19 and then it goes quiet",
        "we were out on the open road all day",
        "he's out on the county road fixing the ditch",
        "it's 4411 highway 61 then i moved",
    ],
)
def test_no_rural_place_in_everyday_talk(text: str) -> None:
    got = found(AddressRecognizer(), normalize(text).text)
    assert not any(
        w in " ".join(got)
        for w in ("moment", "sec", "mile 5", "5 minutes", "county", "open", "then")
    ), got
    if "highway 59" in text or "exit 12" in text:
        assert got == set()


ADDRESS = AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "we're out on rural route three box two forty dunning nebraska",
            "rural route three box two forty dunning nebraska",
        ),
        (
            "it's off county road sixty two west of holton kansas",
            "county road sixty two west of holton kansas",
        ),
        ("still at 2210 highway 34, murdo, south dakota", "2210 highway 34, murdo, south dakota"),
        ("it's the farm 318 rural route 9, bradleyhaven", "rural route 9, bradleyhaven"),
        ("All at W2290 County Road P, Chilton, Wisconsin.", "W2290 County Road P"),
    ],
)
def test_town_after_a_rural_address(text: str, value: str) -> None:
    assert any(value in hit for hit in found(ADDRESS, text)), found(ADDRESS, text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("take highway 9 north of town.", "town"),
        ("it's on county road 12 in the morning", "morning"),
        ("we take route 66 to the coast", "coast"),
    ],
)
def test_no_town_after_a_rural_address(text: str, visible: str) -> None:
    assert not any(visible in hit for hit in found(ADDRESS, text))


@pytest.mark.parametrize(
    "text",
    [
        "I dropped my wallet at the Safeway on Lopez Crossing in Tulsa.",
        "i lost my card at the walgreens on marvin ridge",
        "I was at the Target on Harper Landing around noon.",
    ],
)
def test_shop_street_stays_visible(text: str) -> None:
    assert not any(
        ("Crossing" in h or "ridge" in h or "Landing" in h) for h in found(ADDRESS, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "I live at the house on Maple Ridge Drive.",
        "we rent the farm on Cooper Hollow Road",
        "ship it to 88 Lopez Crossing in Tulsa.",
        "I'm at the Holiday Inn on Canal Parkway.",
        "my truck broke down at the Shell on Mercer Road",
        # (a family named before their street is no shop)
        "it's for the Delacroixs on Juniper Hollow Lane",
        "deliver it to the Abernathys on Quail Run Drive",
    ],
)
def test_home_street_still_redacted(text: str) -> None:
    assert found(ADDRESS, text)


def test_firm_department_box_stays_visible() -> None:
    text = "Prairie Lands Insurance, Claims Department, PO Box 7710, Lincoln, Nebraska 68501."
    assert not any("7710" in hit for hit in found(ADDRESS, text))


def test_own_box_still_redacted() -> None:
    assert any("3318" in hit for hit in found(ADDRESS, "you can mail it to PO Box 3318"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Unit 804, 17 Gangnam-daero, Seocho-gu, Seoul 06611.",
            "Unit 804, 17 Gangnam-daero, Seocho-gu, Seoul 06611",
        ),
        ("it's 45 hakdong-ro 3-gil gangnam-gu seoul", "45 hakdong-ro 3-gil gangnam-gu seoul"),
        ("Jong-ro 203, Jongno-gu, Seoul 03143", "Jong-ro 203, Jongno-gu, Seoul 03143"),
        ("uh bergstrasse fourteen hamburg", "bergstrasse fourteen hamburg"),
        ("Rosenweg 9 Leipzig.", "Rosenweg 9 Leipzig"),
        ("Yes, 12 Marlow Road, Dublin 6, D06 F2X3.", "12 Marlow Road, Dublin 6, D06 F2X3"),
        ("4417 Bay Island, Kailua, HI 96734", "4417 Bay Island"),
        ("8120 Week Point, Salem, OR 97301", "8120 Week Point"),
    ],
)
def test_addresses_of_other_shapes(text: str, value: str) -> None:
    assert any(value in hit for hit in found(ADDRESS, text)), found(ADDRESS, text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("you also get 2 guest passes and one guest pass for parking", "guest pass"),
        ("that includes a 3 day pass for the park", "day pass"),
        ("we got a 30 Day Pass, which is fine", "Day Pass"),
        ("it lasts 2 Hour Drive, then we stop", "Hour Drive"),
        ("it says machine three three eight one route nine", "route"),
        ("truck 52 route 7 is running late", "route"),
        ("I'll do a pre-ro thing for you", "pre-ro"),
        ("goethestrasse 14 please", "please"),
        ("lindenweg 9 again.", "again"),
    ],
)
def test_no_address_here(text: str, visible: str) -> None:
    assert not any(visible in hit for hit in found(ADDRESS, text)), found(ADDRESS, text)


def test_a_road_address_with_its_number_stays() -> None:
    text = "we're at 5120 route 30 in ligonier"
    assert any("5120 route 30" in hit for hit in found(ADDRESS, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after the flat or the suite, or before its state code
        (
            "the mailing address should be 418 grove hollow unit 12 westbrookfield",
            {"418 grove hollow unit 12 westbrookfield"},
        ),
        (
            "it's 77 pine meadow apt 9 lake reginald that's the one",
            {"77 pine meadow apt 9 lake reginald"},
        ),
        (
            "my daughter's place 52 harbor crest lake donnaview sd",
            {"52 harbor crest lake donnaview sd"},
        ),
        ("my mom's place 310 oak fort south melinda vt", {"310 oak fort south melinda vt"}),
        # a street on record, named without its number
        ("okay are you still on wellington avenue", {"wellington avenue"}),
        ("i'll send it to the address on file on birch hollow road", {"birch hollow road"}),
        # a town the address is still in, a kin's town, one's own town
        ("thanks is your address still in port ellaview", {"port ellaview"}),
        ("We drove up to my brother's in Bozeman last week.", {"Bozeman"}),
        ("we drive from here in cedar rapids every spring", {"cedar rapids"}),
        # Idaho with its zip stays
        ("Boise, ID 83702", {"Boise, ID 83702"}),
    ],
)
def test_addresses_found(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm the interpreter, interpreter ID 31877, for the caller.",
        "hello i am the interpreter agent id 62014 for the member",
        "Billing office, this is agent Morales, ID number 2209415.",
        "so that's three seats row m on the upper level",
        "you have 4 tickets for the matinee 2 balcony row d at will call",
        "The set is one queen mattress and one box spring, delivered Friday.",
        "We'll send the claim to Blue Cross this week.",
        "Check in at the stage door on Harbor Avenue.",
        "Your visit is at the eye doctor on Lake Street.",
        "Pickup is at home, going to DaVita on Main.",
        "we're still on hold",
        "my sister's in college",
        "is your address still in the system",
    ],
)
def test_not_addresses(text: str) -> None:
    assert found(AddressRecognizer(), text) == set()


def test_a_street_named_row_keeps_its_flat() -> None:
    assert found(AddressRecognizer(), "it's 418 cannery row") == {"418 cannery row"}


def test_destination_before_a_day_is_still_a_town() -> None:
    """ "on monday" after a ride's destination is no street (review of cycle 66)."""
    text = "pickup at 12 elm street going to lakewood on monday"
    assert "lakewood" in found(AddressRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin's home one is asked to move into
        (
            "my son keeps asking me to move in with him in darrellfurt but i like it here",
            {"darrellfurt"},
        ),
        ("her sister wants her to move in with them in Port Marisol", {"Port Marisol"}),
        # a unit between a street and its town
        (
            "it's four one two two hawkins lane number c ronaldborough ohio four four one two six",
            {"four one two two hawkins lane number c ronaldborough ohio four four one two six"},
        ),
        # a town after a pause or a comma, as a clerk types or reads it back
        (
            "Okay typing that in, 5512 Mercer Hollow... Gilbertmouth. Got it.",
            {"5512 Mercer Hollow... Gilbertmouth"},
        ),
        (
            "I'VE UPDATED YOUR ADDRESS TO 81620 WADE CROSSING, LAKE HOWARD, SCHEDULED FOR MONDAY",
            {"81620 WADE CROSSING, LAKE HOWARD"},
        ),
        (
            "THE ADDRESS IS 3317 OLIVE GARDENS, STANLEYBURG, AND WE'LL CALL YOU",
            {"3317 OLIVE GARDENS, STANLEYBURG"},
        ),
        # the caller's own spot on a road stays, even with a pothole in it
        (
            "I hit a pothole on I-70 near mile marker 88 and my tire blew",
            {"I-70 near mile marker 88"},
        ),
        ("I'm stuck on route 12 near mile marker 30", {"route 12 near mile marker 30"}),
        # where one drove or came from, with no return trip, stays
        ("I drove all the way from Kittanning this morning", {"Kittanning"}),
        # a street with its number stays
        ("my mom lives closer at 640 Linden Court", {"640 Linden Court"}),
    ],
)
def test_76fix_c1_found(recognizer, text, expected):
    assert expected <= found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # a road hazard reported to public works
        ("also the pothole on Route 14 near mile marker 19", "Route 14"),
        ("there's debris on I-95 near exit 12 blocking a lane", "I-95"),
        # a trip's start
        ("we flew back from Denver on flight UA 512 and the bag never came", "Denver"),
        ("so we came back from Orlando last night", "Orlando"),
        ("she flew in from Tucson on flight 2210", "Tucson"),
        # a number glued into a booking code, then a room type
        ("confirmation PXWQ47, garden view queen, $189 a night", "garden view queen"),
        # how near one lives
        ("my dad lives closer, like ten minutes away", "closer"),
        # a time, not a town, after moving in with someone
        ("my son wants me to move in with him in june", "june"),
        # a unit taken back is no unit between a street and its town
        ("it should be unit 19, not 9", "not 9"),
        # a pause and then words that name no town
        ("it's 12 Oak Lane... okay got it", "okay"),
        ("it's 12 Oak Lane, Thursday works", "Thursday"),
    ],
)
def test_76fix_c1_not_found(recognizer, text, hidden):
    assert not any(hidden in span for span in found(recognizer, text))


# --- a flat and town after a street, a house number after "number", a suite said alone, a
# student's town; fleet units, school years and a child's programme site stay readable ---


RECOGNIZER = AddressRecognizer()


FLATS_SUITES_AND_TOWNS_HIDDEN = [
    # a flat's bare number and letter after the street, then the town
    ("six twenty one alder street three c kenosha and my phone is", "alder street three c kenosha"),
    ("it's 77 quarry road 4 d oshkosh", "77 quarry road 4 d oshkosh"),
    ("27 fenwick lane 9 a.", "27 fenwick lane 9 a"),
    # the house number said after the street
    ("we live on Tamarack Hollow Road, number 2207.", "Tamarack Hollow Road, number 2207"),
    ("she lives on birch knoll drive number 58", "birch knoll drive number 58"),
    # a suite or flat said as a sentence of its own, ending the turn
    ("Yes, that's the clinic. Suite 225", "Suite 225"),
    ("Right, the building on the left. Apartment 7 b.", "Apartment 7 b"),
    # a home kept at a named place
    ("Yes, I live at Cedar Hollow.", "Cedar Hollow"),
    ("my grandson lives at Willow Bend with me", "Willow Bend"),
    # where a student lives
    ("my son goes to school in kalamazoo and his car broke down", "kalamazoo"),
    ("she went away to college in ypsilanti last fall", "ypsilanti"),
    # a unit that is no vehicle's
    ("unit 14 is on the second floor", "unit 14"),
]


FLATS_SUITES_AND_TOWNS_READABLE = [
    # a fleet's vehicles listed with their ids
    ("Unit 31 is D55021, unit 40 is D55090.", "Unit 31"),
    ("unit 9 was number K4410 last year", "unit 9"),
    # a school year
    ("jaylen okafor he's in pre k", "pre"),
    ("she's in prek this year", "prek"),
    # a child's programme at the company's site
    ("Yes, after-school at Birch Meadow.", "Birch Meadow"),
    ("I have a kid in after-care at Stonebridge. I got a late fee.", "Stonebridge"),
    ("she's in summer camp at Pine Ridge this year", "Pine Ridge"),
    # a time of year or day, a manner, after school
    ("he goes to school in september", "september"),
    ("she goes to school in person now", "person"),
    # a count or a rate after a street, not a flat
    ("i pay 12 birch ave 3 a day", "3 a day"),
    ("we live on oak road, number 3 of them", "number 3"),
    # a unit count that is no sentence of its own
    ("Can you fix it? Unit 4 is broken.", "Unit 4"),
    # a truck's or a crew's unit number said after its arrival time (review of cycle 70)
    ("A truck is about 25 minutes out. Unit 17.", "Unit 17"),
]


@pytest.mark.parametrize(("text", "value"), FLATS_SUITES_AND_TOWNS_HIDDEN)
def test_flats_suites_and_towns_hidden(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert any(value.lower() in s.lower() for s in spans), spans


@pytest.mark.parametrize(("text", "value"), FLATS_SUITES_AND_TOWNS_READABLE)
def test_flats_suites_and_towns_readable(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert not any(value.lower() in s.lower() for s in spans), spans


# --- a street name with a non-ASCII letter; a floor said after the address ----------------


SCRIPT_STREETS_AND_FLOORS_HIDDEN = [
    # a street name with a letter outside ASCII
    ("I have you at 14 Tōtara Lane, Napa?", "14 Tōtara Lane, Napa"),
    ("it's 3 Ōwhiro Street", "3 Ōwhiro Street"),
    # the floor belongs to the address
    ("Still shipping to 42 Canal Street, 6th floor?", "42 Canal Street, 6th floor"),
    (
        "Send it to 300 Pike Street, Portland, OR 97204, 21st floor.",
        "300 Pike Street, Portland, OR 97204, 21st floor",
    ),
    ("It's 880 Sixth Avenue, 12th floor, Boston.", "880 Sixth Avenue, 12th floor, Boston"),
]


FLOORS_APART_READABLE = [
    # a floor that starts a new sentence, or a room on it
    ("It's 88 Alder Drive. The second floor bathroom leaks.", "The second floor"),
    ("I live at 12 Birch Road, the third floor is flooded.", "the third floor"),
    ("12 birch road second floor bathroom leaks", "second floor bathroom"),
    # a floor alone
    ("The fifth floor printer is jammed.", "fifth floor"),
]


@pytest.mark.parametrize(("text", "value"), SCRIPT_STREETS_AND_FLOORS_HIDDEN)
def test_script_streets_and_floors_hidden(text: str, value: str) -> None:
    assert value in found(RECOGNIZER, text)


@pytest.mark.parametrize(("text", "value"), FLOORS_APART_READABLE)
def test_floors_apart_from_the_address_readable(text: str, value: str) -> None:
    assert not any(value in span for span in found(RECOGNIZER, text))


# --- a town said after a street in full; the caller's own office an order goes to ---------


@pytest.fixture(scope="module")
def rec() -> AddressRecognizer:
    return AddressRecognizer()


def _spans(rec: AddressRecognizer, text: str) -> list[str]:
    return sorted(found(rec, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("six oh two juniper hollow lane wellesley okay and the zip", "wellesley"),
        ("two eighteen harbor view road swampscott and his date of birth", "swampscott"),
        ("eleven hundred enterprise way suite four twenty framingham got it", "framingham"),
        ("We're living at 77 Chestnut Avenue in Barre now.", "Barre"),
        ("Please ship it to our office at 820 Lake Street in Boise.", "Boise"),
    ],
)
def test_town_after_full_street_is_kept(rec: AddressRecognizer, text: str, town: str) -> None:
    assert any(town in s for s in _spans(rec, text))


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("we're at 31 oak lane in traffic now", "traffic"),
        ("send it to 55 birch road in March then", "March"),
        ("it's 88 pine street okay and the zip", "okay"),
        ("It's 14 Cedar Road in Person only.", "Person"),
    ],
)
def test_everyday_word_after_street_stays_visible(
    rec: AddressRecognizer, text: str, visible: str
) -> None:
    assert not any(visible in s for s in _spans(rec, text))


def test_firm_office_given_to_caller_stays_visible(rec: AddressRecognizer) -> None:
    assert _spans(rec, "You can visit our office at 400 Commerce Street any weekday.") == []


# --- cycle 73: a street with a flat but no number, a flat read back after a comma; a
# product's label code that is shaped like a postcode stays readable ----------------------

STREET_FLATS_AND_CODES_HIDDEN = [
    # a street said without its number, with the flat and the town after it
    ("south lamar boulevard unit 9 austin texas", "south lamar boulevard unit 9"),
    ("it's Oak Street, apt 4B", "Oak Street, apt 4B"),
    ("west elm avenue apartment 12 in dayton", "west elm avenue apartment 12"),
    # a house number, the street's bare name and the flat, read back
    ("2210 Lindell, 5C. I'll send it over, 90 day supply", "2210 Lindell, 5C"),
    ("so that's 14 Harbord, #3B right?", "14 Harbord, #3B"),
    # a real postcode after a product's code was mentioned earlier (guard must not spread)
    ("the serial number is on the back. I live at SW1A 1AA", "SW1A 1AA"),
    ("model number is fine, my postcode is LS1 4AB", "LS1 4AB"),
]

STREET_FLATS_AND_CODES_READABLE = [
    # a product's code read off its label, shaped like a UK postcode
    ("The model number on the sticker is H409PG, serial's worn off.", "H409PG"),
    ("the part number is B821EZ", "B821EZ"),
    ("serial: R302JX", "R302JX"),
    # a count or a seat before a comma and a letter
    ("I need 2 Tickets, 5C", "5C"),
    ("Row 2 Seat, 5C", "5C"),
]


@pytest.mark.parametrize(("text", "value"), STREET_FLATS_AND_CODES_HIDDEN)
def test_street_flats_and_codes_hidden(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert any(value.lower() in s.lower() for s in spans), spans


@pytest.mark.parametrize(("text", "value"), STREET_FLATS_AND_CODES_READABLE)
def test_street_flats_and_codes_readable(text: str, value: str) -> None:
    spans = found(RECOGNIZER, text)
    assert not any(value.lower() in s.lower() for s in spans), spans


def test_spoken_model_number_is_no_postcode() -> None:
    """A model code spelled out is no address; a postcode spelled out still is."""
    call = said(
        "A: what's on the label?",
        "C: the model number on the sticker is c two four three f z serial's worn off",
        "A: and the postcode?",
        "C: it's s w one a one a a",
    )
    turns = redacted(CallAnalyzer.create(), call)
    assert not any(e == "ADDRESS" for e, _ in turns[1])
    assert any(e == "ADDRESS" for e, _ in turns[3])


@pytest.mark.parametrize(
    "town_zip", ["Jamaica Plain 02130", "Somerville 02143", "it's Decatur 30030"]
)
def test_town_and_zip_after_a_move_is_hidden(town_zip: str) -> None:
    """A town and zip said as its own turn after the caller says they moved."""
    call = said(
        "A: I see you at 40 Commonwealth Ave, Boston?",
        "C: that's me but I moved, now 9 Perkins St",
        f"C: {town_zip}",
    )
    turns = redacted(CallAnalyzer.create(), call)
    assert any(e == "ADDRESS" and value[:4] in town_zip for e, value in turns[2]), turns[2]


BARE_STREETS_WHERE_SOMEONE_IS = [
    # a house number and a street's name without its type, where someone is or lives
    ("I'M AT SIX FORTY HOLLY", {"SIX FORTY HOLLY"}),
    ("they live across from me at forty four sycamore", {"forty four sycamore"}),
    ("I'M AT FORTY FOUR ELEVEN GREENWAY NOW SAME COMPLEX", {"FORTY FOUR ELEVEN GREENWAY"}),
    ("she's also at three eighteen south mulberry", {"three eighteen south mulberry"}),
    ("And is she still at 15 Chestnut?", {"15 Chestnut"}),
    ("my mom lives next door at 29 maple, so", {"29 maple"}),
    ("we're now at 812 linden in the back unit", {"812 linden"}),
    # ... or read back with its flat
    ("three fifteen east main apartment d what town", {"three fifteen east main apartment d"}),
    ("so 27 birchmount unit 4, right", {"27 birchmount unit 4"}),
    # near misses: how much, how long or when after "at"
    ("i'm at 5 percent", set()),
    ("she's at 40 minutes", set()),
    ("we're at twenty five past", set()),
    ("he's at 3 o'clock", set()),
    ("i'm at 720 fico", set()),
    ("we're at 1 bar", set()),
    ("i'm at forty four now", set()),
    ("i have a 2 bedroom apartment", set()),
    ("routing number nine digits bottom left of a check", set()),
]


@pytest.mark.parametrize(("text", "expected"), BARE_STREETS_WHERE_SOMEONE_IS)
def test_bare_street_where_someone_is_or_lives(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_who_lives_beside_is_no_town() -> None:
    """ "live across from me" names no town; the street after it is still an address."""
    values = all_redacted_values(
        CallAnalyzer.create(), "A: ok", "C: they live across from me at forty four sycamore"
    )
    assert "across" not in values
    assert "forty four sycamore" in values


UNITS_SAID_ALONE = [
    # a unit given alone after "it was", or before its town and state
    ("Pretty sure it was Unit 9E.", {"Unit 9E"}),
    ("i think it's unit seven b", {"unit seven b"}),
    ("pretty sure it was suite eight e.", {"suite eight e"}),
    ("It's #6E, Port Mary, NY 10012.", {"#6E", "Port Mary, NY 10012"}),
    (
        "it's number six hardingstad delaware nine nine four eight two",
        {"number six", "hardingstad delaware nine nine four eight two"},
    ),
    # near misses: a unit of a course, an item on a list, a machine
    ("it's unit 4 of the course", set()),
    ("it's number 6 on the list", set()),
    ("it's number six", set()),
    ("It's number 3, Texas is next", set()),
    ("the ac unit 2 is broken", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_SAID_ALONE)
def test_unit_said_alone_or_before_its_town(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


SUITES_BUILDINGS_AND_SOUTHWEST_STREETS = [
    # a house number, a bare street name and an office suite, spoken or written
    ("okay so twenty two hundred piedmont suite four ten",
     {"twenty two hundred piedmont suite four ten"}),
    ("it's 315 larkin ste 2", {"315 larkin ste 2"}),
    ("OKAY SO 880 BRAMBLE SUITE 12", {"880 BRAMBLE SUITE 12"}),
    # a street named "vista", "loma" or "rancho" and a particle, the type first
    ("mail it to fourteen oh four vista del sol", {"fourteen oh four vista del sol"}),
    ("it's 220 loma de oro", {"220 loma de oro"}),
    ("eighteen twelve rancho de la paz", {"eighteen twelve rancho de la paz"}),
    # the rest of an address after a number that ended the turn before: street, town, ZIP
    ("pecan valley drive san antonio seven eight two two three",
     {"pecan valley drive san antonio seven eight two two three"}),
    ("vista del sol el paso seven nine nine three six",
     {"vista del sol el paso seven nine nine three six"}),
    ("uh calle del mar, tucson arizona 85710",
     {"calle del mar, tucson arizona 85710", "tucson arizona 85710"}),
    # a building said alone as a reply or a correction
    ("yeah building b", {"building b"}),
    ("it's building d not c", {"building d"}),
    ("no, bldg 4", {"bldg 4"}),
    # near misses: a count before a suite, a view, the drive to a town, building something
    ("we booked a 2 bedroom suite 4 nights", set()),
    ("it's a 2 mesa table", set()),
    ("a vista of 3 mountains", set()),
    ("the drive to san antonio", set()),
    ("we're building a deck", set()),
    ("they are building 3 new homes", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUITES_BUILDINGS_AND_SOUTHWEST_STREETS)
def test_suites_buildings_and_type_first_southwest_streets(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_street_town_and_zip_after_a_number_that_ended_the_turn() -> None:
    """The street read after its number in the next turn is all redacted, "vista" too."""
    values = all_redacted_values(
        CallAnalyzer.create(),
        "A: where should the form go",
        "C: mail it to me at fourteen oh four",
        "C: vista del sol el paso seven nine nine three six",
    )
    assert any("vista del sol el paso" in value for value in values)


# "second" is a time unit and an ordinal street's name: after a house number and before a
# street's type it is the street; a wait or a length of time before a street stays out.
SECOND_AS_STREET = [
    ("26367 second street", {"26367 second street"}),
    ("new address is 412 Second Avenue apt 3", {"412 Second Avenue apt 3"}),
    ("it's 88 second st", {"88 second st"}),
    (
        "26367 second street west christopherville minnesota 29591",
        {
            "26367 second street west christopherville minnesota 29591",
            "street west christopherville minnesota 29591",
        },
    ),
    # near misses: a wait, a clip's length, a count of seconds
    ("wait a second street parking is free", set()),
    ("a 10 second street crossing", set()),
    ("for 30 second street views", set()),
    ("hold on 1 second street parking is free", set()),
    ("the light lasts 45 seconds", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_AS_STREET)
def test_second_names_a_street_after_a_house_number(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A correction's "not" is no town: each address of "… main street not 26367 main street" is
# found whole, not the first with the number that takes it back.
CORRECTED_NUMBER = [
    (
        "the number is 26368 main street not 26367 main street",
        {"26368 main street", "26367 main street"},
    ),
    ("it's 12 oak lane not 14 oak lane", {"12 oak lane", "14 oak lane"}),
    # (a real town after the street is still taken)
    ("12 oak lane norwich 06360", {"12 oak lane norwich 06360"}),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTED_NUMBER)
def test_correction_not_is_no_town(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("speaker", "text", "values"),
    [
        (
            "customer",
            "no i moved last month new address is two six three six seven second street",
            ["two six three six seven second street"],
        ),
        (
            "agent",
            "okay i have two six three six seven second street west christopherville "
            "minnesota two nine five nine one correct",
            [
                "two six three six seven second street west christopherville minnesota two nine "
                "five nine one"
            ],
        ),
        (
            "customer",
            "not quite the number is two six three six eight second street not two "
            "six three six seven second street",
            ["two six three six eight second street", "two six three six seven second street"],
        ),
        ("customer", "it's nine one second avenue", ["nine one second avenue"]),
    ],
)
def test_spoken_house_number_before_second_street(analyzer, speaker, text, values) -> None:
    hits = texts_in_turn(found_in_call(analyzer, [(speaker, text)]), 0)
    for value in values:
        assert value in hits


# Round 89: a town, a dock's slip, a flat or a zip said around a street; and sites (a ramp,
# a gym, one's workplace) named by a road that is nobody's home.
STREET_SURROUNDINGS = [
    # a written town after a street and a comma, English words or not
    ("we're at 9 Quissett Ave, Woods Hole now, same zip", {"9 Quissett Ave, Woods Hole"}),
    ("we live at 12 Elm Street, Castle Rock.", {"12 Elm Street, Castle Rock"}),
    ("send it to 40 Birch Road, Bar Harbor, please", {"40 Birch Road, Bar Harbor"}),
    # ... not talk, a day or a month after the comma
    ("it is 12 Elm Street, Thanks", {"12 Elm Street"}),
    ("12 Elm Street, Monday works", {"12 Elm Street"}),
    # a town before its zip, after a flat
    (
        "1187 Larkspur Lane, 4B, Naperville 60540. And the old one",
        {"1187 Larkspur Lane, 4B, Naperville"},
    ),
    # a dock's slip or a park's space: a letter and a number
    (
        "4 Marina Way slip C 17, Gulfport Mississippi",
        {"4 Marina Way slip C 17, Gulfport Mississippi"},
    ),
    (
        "four marina way slip c seventeen, gulfport mississippi",
        {"four marina way slip c seventeen, gulfport mississippi"},
    ),
    ("22 Pine Road space b 12, Tucson", {"22 Pine Road space b 12, Tucson"}),
    # a flat said before its street
    (
        "so unit twelve four hundred glenoaks boulevard glendale",
        {"unit twelve four hundred glenoaks boulevard glendale"},
    ),
    ("unit five, two hundred main street", {"unit five, two hundred main street"}),
    ("apt 3b 12 oak street", {"apt 3b 12 oak street"}),
    # "zip" between a suite and its zip
    (
        "suite three hundred, zip nine two six one eight",
        {"suite three hundred, zip nine two six one eight"},
    ),
    ("suite 300, zip code is 92618", {"suite 300, zip code is 92618"}),
    # a resident's room in a care home (not a hospital's, not room to spare)
    ("to his place at the pines assisted living room one fourteen", {"room one fourteen"}),
    ("my dad moved to a nursing home, unit two b", {"unit two b"}),
    ("my mother is in room 12 at maple court nursing home", {"room 12"}),
    ("he is in room one fourteen at the hospital", set()),
    ("the assisted living has room for twenty more", set()),
    # a site's road, a workplace, a site's address: nobody's home
    ("Falls Lake, the Rollingview ramp, off Baptist Road.", set()),
    ("we launch at the ramp off Baptist Road tomorrow", set()),
    ("He's at the gym Tuesday nights, the one on Market Street, but", set()),
    ("I'm the marina manager at Oyster Cove.", set()),
    ("she works at Maple Grove on weekends", set()),
    ("And the marina address for the site visit?", set()),
    # ... but a home said first keeps the road, and one lives at a named place
    ("we live near the park, on Baptist Road", {"Baptist Road"}),
    ("my house is by the gym, the one on Market Street", {"Market Street"}),
    ("we live off Baptist Road, past the ramp", {"off Baptist Road"}),
    # (a home said in other words, or a site people live by: a park, a marina)
    ("her trailer is at the park off Baptist Road", {"Baptist Road"}),
    ("my mom's address is near the gym, the one on Market Street", {"Market Street"}),
    ("we rent by the marina on Harbor Lane", {"Harbor Lane"}),
    ("she's staying by the stadium, the one on Market Street", {"Market Street"}),
    ("I live at Oyster Cove now", {"Oyster Cove"}),
    ("my sister works at 12 Oak Street", {"12 Oak Street"}),
    ("and the boston address?", {"boston"}),
]


@pytest.mark.parametrize(("text", "expected"), STREET_SURROUNDINGS)
def test_town_slip_flat_and_zip_around_a_street(text: str, expected: set[str]) -> None:
    spans = found(AddressRecognizer(), text)
    assert expected <= spans if expected else spans == set(), spans


OWNERS_ADDRESS_AND_SURE_TOWN_ZIPS = [
    # whose address it is, not a town: a possessive before "address"
    ("Can you verify the member's address?", set()),
    ("CAN YOU VERIFY THE MEMBER'S ADDRESS?", set()),
    ("and the subscriber's address please", set()),
    ("i need the new enrollee's address", set()),
    # ... but a town before "address" keeps its cue, a saint's town too, and the
    # address said after a possessive is still found
    ("is the tulsa address still good", {"tulsa"}),
    ("we have the springfield address on file", {"springfield"}),
    ("the st john's address", {"st john's"}),
    ("can you verify the member's address? it's 12 oak street", {"12 oak street"}),
    # a town and a zip alone, a town sure to be one: no "zip?" needed before it
    ("yeah atlanta three oh three one eight", {"atlanta three oh three one eight"}),
    ("ann arbor four eight one oh four", {"ann arbor four eight one oh four"}),
    ("yeah in savannah three one four oh six", {"savannah three one four oh six"}),
    ("mississippi three nine two oh three yeah", {"mississippi three nine two oh three"}),
    ("hockessin 19707", {"hockessin 19707"}),
    ("rochester one four six oh nine", {"rochester one four six oh nine"}),
    ("harbor one four six oh nine", set()),
    # ... not a code's letters or an everyday word before five digits
    ("cpt nine nine two one three", set()),
    ("npi 12345", set()),
    ("hcpcs eight three one five three", set()),
    ("policy 12345", set()),
    ("extension 40221 yes", set()),
    # a rural route said without "rural", its box said
    ("route two box one seventy four", {"route two box one seventy four"}),
    ("it's Route 9, Box 12", {"Route 9, Box 12"}),
    # ... not a road or a bus alone
    ("take route two to the box store", set()),
    ("the route 9 bus", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS_ADDRESS_AND_SURE_TOWN_ZIPS)
def test_owner_before_address_and_sure_town_with_zip(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


def test_sure_town_and_zip_after_a_read_back_street_is_hidden() -> None:
    """A town and zip confirmed after the agent reads back a street, no "zip?" asked."""
    call = said(
        "C: the address is two twenty two ellsworth street",
        "A: two twenty two ellsworth and that's in atlanta",
        "C: yeah atlanta three oh three one eight",
    )
    masked = covered(CallAnalyzer.create(), call)[2]
    assert value_hidden(masked, call.turns[2].text, "atlanta"), masked


HOMES_ON_RURAL_ROADS_BERTHS_MOVES_AND_IRISH_TOWNS = [
    # a home on a numbered rural road, its house number unsaid
    ("to his place out on county road nine", {"county road nine"}),
    ("and is that the farm out on county road one fifty two", {"county road one fifty two"}),
    ("her house off state route 9 near the creek", {"state route 9"}),
    ("the trailer is out on county road J", {"county road J"}),
    # ... not a road given as a direction or a road's state
    ("take county road 9 north then left", set()),
    ("county road 9 is closed today", set()),
    # a berth, a lot or a dock with its number, at a street or after it
    ("SLIP 42 AT 1600 HARBOR VIEW DR", {"SLIP 42 AT 1600 HARBOR VIEW DR"}),
    ("we keep the boat at berth 7 at 300 marina way", {"berth 7 at 300 marina way"}),
    ("i'm in lot 14 at 22 pine meadows road", {"lot 14", "lot 14 at 22 pine meadows road"}),
    ("DELIVERY TO 4100 INDUSTRIAL PKWY DOCK 3 AT 7 AM", {"4100 INDUSTRIAL PKWY DOCK 3"}),
    ("it's 85 depot road berth 12", {"85 depot road berth 12"}),
    # ... not a lot sold at a price
    ("we sold lot 14 at 200 dollars", set()),
    # the new house number said right after a move, its street's name often left for later
    ("no i moved it's now one fifty seven", {"one fifty seven"}),
    ("we moved it's three ashgrove", {"three ashgrove"}),
    ("i moved, we're at 42 now", {"42"}),
    ("we just moved to 42 birch", {"42 birch"}),
    # ... not a time, a count or a thing that moved
    ("we moved it's 2 weeks ago", set()),
    ("we moved it's twenty minutes away", set()),
    ("we moved it's 3 years now", set()),
    ("the appointment got moved to 3.", set()),
    ("they moved it to 3", set()),
    # premises said to be at a house number alone (someone's shop is their address)
    ("the shop is at nine ten", {"nine ten"}),
    ("his house is at 1402.", {"1402"}),
    # ... not a meeting's time, an opening hour
    ("the meeting is at nine ten", set()),
    ("the shop opens at 9", set()),
    # an Irish town and its county, in the Irish order
    ("ballincollig county cork", {"ballincollig county cork"}),
    ("its castlebar county mayo", {"castlebar county mayo"}),
    ("it's Ennis, Co. Clare", {"Ennis, Co. Clare"}),
    # ... not a county alone
    ("i'm from county cork", set()),
    ("she grew up in county kerry", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOMES_ON_RURAL_ROADS_BERTHS_MOVES_AND_IRISH_TOWNS)
def test_rural_homes_berths_new_house_numbers_and_irish_towns(
    text: str, expected: set[str]
) -> None:
    assert found(AddressRecognizer(), text) == expected


# ---- cycle 80: a mobile-home or RV park's lot or space said as where someone lives
PARK_LOTS = [
    ("hi its dave over on lot forty seven", {"lot forty seven"}),
    ("this is Ann Lee from lot 23, I'm selling my home", {"lot 23"}),
    ("Maria Lopez, Lot 88. I'm her son.", {"Lot 88"}),
    ("I'm staying with my uncle on lot 61 for a couple weeks", {"lot 61"}),
    ("hey its jim bob space thirty i got a package", {"space thirty"}),
    ("the rental application for space 112", {"space 112"}),
    ("hi this is jo smith, lot 2 0 1, I'm calling", {"lot 2 0 1"}),
    ("shes lot three", {"lot three"}),
    ("lot nine", {"lot nine"}),
    ("okay lot nine rent is five twenty", {"lot nine"}),
    ("its gushing in front of lot nineteen and twenty", {"lot nineteen and twenty"}),
    ("Lot 36, Maria Lopez.", {"Lot 36"}),
    # near misses: parking, an auction, a batch, a count, a garage's space stay readable
    ("parking lot 5 is full", set()),
    ("i parked in lot 3 by the er", set()),
    ("im bidding on lot 12 tomorrow", set()),
    ("the lot 3 auction starts at noon", set()),
    ("lot number 44 of the medicine", set()),
    ("the vaccine came from lot 4471", set()),
    ("space 5 in the garage", set()),
    ("I parked in space 12", set()),
    ("its a lot 5 minutes away", set()),
    ("lot 4 of 10 has shipped", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARK_LOTS)
def test_park_lot_or_space_is_a_home(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("its the double wide on lot sixty three", "lot sixty three"),
        ("parking is a mess, we're on lot 12", "lot 12"),
        ("the auction guy on lot 7 is my neighbor", "lot 7"),
        ("this is Ann Lee, lot 4, the parking lot light is out", "lot 4"),
    ],
)
def test_park_lot_guards_keep_a_home_lot_near_their_words(text: str, value: str) -> None:
    """The parking, auction and article guards read only the words just before the lot."""
    assert value in found(AddressRecognizer(), text)


ESTATE_AND_COURT_READS = [
    # an estate's, a party's or a court's address asked about is no town
    ("Is that the estate address or your home?", set()),
    ("IS THAT THE ESTATE ADDRESS OR YOUR HOME", set()),
    ("what's the executor address on file", set()),
    ("is the trust address the same", set()),
    # guard: a town said before "address" keeps its cue
    ("is that the tacoma address or your home", {"tacoma"}),
    ("is that the seattle address or the estate address", {"seattle"}),
    # guard: "court" is a street's type, not an owner: "the oak court address"
    ("it's the oak court address, we moved", {"oak"}),
    # a phone's last four before a department and an extension is no house number
    ("you can fax the letters to 1-800-371-4137 attention estates department extension 4377",
     set()),
    ("fax to 1 (800) 918-6113, attention estates department, extension 8157.", set()),
    ("send it to 800-802-8073 attention claims unit", set()),
    # guards: a Queens number and a street after a phone stay addresses
    ("i live at 123-45 jamaica avenue", {"123-", "45 jamaica avenue"}),
    ("my number is 555-1234 and i live at 4137 oak street", {"4137 oak street"}),
    # a county's court is where a case was filed, nobody's home
    ("We filed at Allegheny County Probate Court on October 9.", set()),
    ("yes it's in hennepin county probate court.", set()),
    ("it's in dakota county district court", set()),
    # guards: the county or a court-named street where someone lives
    ("yes it's in hennepin county", {"hennepin"}),
    ("i live at 12 county court", {"12 county court"}),
    ("we live on Allegheny Court", {"Allegheny Court"}),
    # a hospital named by a common place word, not a town
    ("Hi, I'm Dr. Naomi Fischer at Valley General ER.", set()),
    ("he was taken to the ER at bay memorial", set()),
    ("she's at Tacoma General right now", {"Tacoma"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ESTATE_AND_COURT_READS)
def test_estate_address_phone_tail_court_county_and_hospital(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


HOUSE_NUMBERS_AND_READ_BACK_TOWNS = [
    # a house number said alone where one lives, or a neighbour does
    ("i live next door at four oh seven she's at", {"four oh seven"}),
    ("i live at 407", {"407"}),
    ("we're right next door at 411", {"411"}),
    ("i live across the street at twelve twenty", {"twelve twenty"}),
    # near misses: a time or a count after "at"
    ("the party next door at 8 tonight was loud", set()),
    ("i live at 5 minutes from there", set()),
    ("next door at 9:30 they start drilling", set()),
    # a street said by its direction and name after "at", a firm's too
    ("from the lot at nine hundred south broadway", {"nine hundred south broadway"}),
    ("it's at 2250 west belmont, by the park", {"2250 west belmont"}),
    # near misses: a clock's hour, a site's entrance
    ("meet me at 10 south entrance", set()),
    ("meet us at 300 east entrance", set()),
    # a house number before a street taken for the town
    ("it's eight thirty one weeks falls owensberg alabama three five seven oh three",
     {"eight thirty one weeks falls owensberg alabama three five seven oh three"}),
    ("it's 4410 days creek dayton ohio 45402", {"4410 days creek dayton ohio 45402"}),
    ("at 3:30 dayton ohio 45402", {"dayton ohio 45402"}),
    # a town read back before the zip is asked
    ("ok oak park and zip", {"oak park"}),
    ("so evanston and zip", {"evanston"}),
    ("okay tacoma and the zip", {"tacoma"}),
    ("ok street and zip", set()),
    ("ok great and zip", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOUSE_NUMBERS_AND_READ_BACK_TOWNS)
def test_house_numbers_alone_direction_streets_and_read_back_towns(
    text: str, expected: set[str]
) -> None:
    assert found(AddressRecognizer(), text) == expected


# Round 94: a street's direction then "in" and its town, a town after a street named after
# "on", a numbered street with no type before a flat, a state and zip said on their own.
STREET_TOWNS_UNITS_AND_STATE_ZIPS = [
    # a Canadian street's direction, then its town
    (
        "she lives at forty two gerrard street east in toronto",
        {"forty two gerrard street east in toronto"},
    ),
    ("it's 12 king street west in hamilton", {"12 king street west in hamilton"}),
    # (the direction is read, but "in the spring" is no town)
    ("he lives at 12 king street west in the spring", {"12 king street"}),
    # a town after a street named after "on"
    (
        "THE LONGEST WAS WITH MR AND MRS DELACROIX ON PINE STREET IN VALDOSTA",
        {"PINE STREET IN VALDOSTA"},
    ),
    ("they live on quarry road in fairfield", {"quarry road in fairfield"}),
    ("i have dana on heron lane in Springfield now", {"heron lane in Springfield"}),
    ("they live on quarry road in the summer", {"quarry road"}),
    # a numbered street with no type, before its flat
    (
        "Our Airbnb at 418 Broadway, Unit 3, Nashville, TN 37203.",
        {"418 Broadway, Unit 3", "Nashville, TN 37203"},
    ),
    ("send it to 77 Peachtree, Suite 400", {"77 Peachtree, Suite 400"}),
    ("It's 9 Lakeshore, apartment 12", {"9 Lakeshore, apartment 12"}),
    # (a count before a unit is no street)
    ("we have 2 Kids, unit 4", {"unit 4"}),
    # a town of a prefix and an English word, placed by the state after it
    ("in west orange new jersey at one thirty", {"west orange new jersey"}),
    ("yes in west orange new jersey", {"west orange new jersey"}),
    # (a part of a state is no town, nor what one is doing)
    ("i'm in east texas", set()),
    ("we're in south bending texas", set()),
    # a state and a zip said on their own, the end of a read-back
    ("FLORIDA 61790, THAT'S RIGHT.", {"FLORIDA 61790"}),
    ("it's new york 10027", {"new york 10027"}),
    ("ohio four four one oh two yes", {"ohio four four one oh two"}),
    # (an amount after a state is no zip)
    ("texas 75,000 dollars", set()),
]


@pytest.mark.parametrize(("text", "expected"), STREET_TOWNS_UNITS_AND_STATE_ZIPS)
def test_street_towns_units_and_state_zips(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# Cycle 83: a home's state, flats and streets said in passing, compass-point numbered streets.
HOME_STATES_FLATS_AND_STREETS_IN_PASSING = [
    # a US state as where a person moved or lives (label policy: a home's state)
    ("man he's moved to tennessee though", {"tennessee"}),
    ("okay yeah she moved to north carolina what's your member number", {"north carolina"}),
    ("she's in new jersey though", {"new jersey"}),
    ("my mom lives in oregon now", {"oregon"}),
    ("we relocated to florida about two years ago", {"florida"}),
    ("I'm moving to Ohio next month and I want to register my car", {"Ohio"}),
    # (a trip, a thing moved, a flight: nobody's home)
    ("she's in ohio for work this week", set()),
    ("the case moved to texas", set()),
    ("i'm flying to texas", set()),
    # a flat's number and letter, said of who lives there
    ("OKAY MY NEIGHBOR VANESSA CAN SIGN SHE'S IN 3 C", {"3 C"}),
    ("I'LL ADD A NOTE, VANESSA IN 3 C MAY SIGN", {"3 C"}),
    ("tenant in 2b is home all day", {"2b"}),
    ("i'm leaving it with tom reed in 1a", {"1a"}),
    ("my sister in 4d can sign for it", {"4d"}),
    # (a seat, a box, a form's line, a grade: no one's flat)
    ("my seat is in 3 c", set()),
    ("check the box in 2a", set()),
    ("it's in 4 b on the form", set()),
    ("he's in 3rd grade", set()),
    # a street said in passing after a name, a home or a read-back, its type "way" or
    # "place" too
    ("i have linda park on pelican way", {"pelican way"}),
    ("they live on heron circle", {"heron circle"}),
    ("we live on a cul de sac on maple place", {"maple place"}),
    # (one's way, not a street)
    ("i'm on my way", set()),
    ("he's on his way home", set()),
    ("i'm on the way now", set()),
    ("i've got the order on its way", set()),
    # a home named by its street, as a trade names a job
    ("hey kev it's rich again from the hollis street job", {"hollis street"}),
    ("how's the birch lane house coming", {"birch lane"}),
    ("our elm court rental needs paint", {"elm court"}),
    # (a road's kind, a figure of speech: no one's home)
    ("the toll road project", set()),
    ("the wall street job", set()),
    # a house number, a compass point and a numbered street, its type left out
    ("yeah hi im the super at the building at 455 w 19th", {"455 w 19th"}),
    ("we're at 212 E. 86th, apartment 4", {"212 E. 86th", "apartment 4"}),
    ("it's 1200 north 3rd", {"1200 north 3rd"}),
    # (a floor, a grade: no street)
    ("the 2 e 3rd floor", set()),
    ("my son is 12 n 3rd grade", set()),
    # where the caller has things sent, the business named first, is still theirs
    ("ha ok. deliver to the restaurant, 418 N 4th St", {"418 N 4th St"}),
    ("ship it to my salon, 22 Main Street", {"22 Main Street"}),
    # (a business's own listing keeps its guard)
    ("Rosa's Restaurant, 418 N 4th St", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOME_STATES_FLATS_AND_STREETS_IN_PASSING)
def test_home_states_flats_and_streets_said_in_passing(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


NEIGHBOURS_AND_OWNED_UNITS = [
    # a neighbour's house said by its number alone
    ("I live next door to her, at 24 Elm Road. She's at 26.", {"24 Elm Road", "26"}),
    ("her neighbor has a key, he's at two two eight", {"two two eight"}),
    ("the lady across the street, she's at 415.", {"415"}),
    ("my neighbours are away, they're at 12b", {"12b"}),
    # (no neighbour named; a count, an age or a pace after the number)
    ("he's at 228.", set()),
    ("my neighbor is pregnant, she's at 26 weeks", set()),
    ("my neighbor called, he's at 80 now", set()),
    # a home's unit said with whose it is
    ("it's coming through into his unit three oh two", {"unit three oh two"}),
    ("the water is coming into her unit 4b", {"unit 4b"}),
    ("the downstairs unit 12 has a leak", {"unit 12"}),
    ("my unit 302 is flooded", {"unit 302"}),
    # (a course's, a squad's or a machine's unit: the same words, no home)
    ("my son finished his unit 3 exam", set()),
    ("our unit 2 of 5 is done", set()),
    ("our neighbor's ac unit 2 is broken", set()),
    ("the ac unit 2 is broken", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS_AND_OWNED_UNITS)
def test_neighbours_house_number_and_owned_units(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A typed street without its number, said as where a resident lives or whose home is on
# it; and near misses where "on" starts no street, or the site is no home.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HEY THIS IS MEHMET THE HOMEOWNER ON RAINTREE LANE YOU GUYS LEFT THE GATE OPEN",
            {"RAINTREE LANE"},
        ),
        ("the hives in my yard on Gorsuch Road were stolen.", {"Gorsuch Road"}),
        ("our house on gorsuch road", {"gorsuch road"}),
        ("your car is at our yard on foundry parkway", set()),
        ("my mom's house on crescent drive flooded", {"crescent drive"}),
        ("the tenants on oak avenue keep calling", {"oak avenue"}),
        ("their old farm on miller road got hit", {"miller road"}),
        ("the home owner on birch street said yes", {"birch street"}),
        ("my house on the market sold", set()),
        ("our office on maple drive is closed", set()),
        ("the homeowner on the phone said no", set()),
        ("the owner on hold wants a refund", set()),
        ("my house on my way home", set()),
    ],
)
def test_street_of_resident_or_owned_home(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


# A street said alone as a reply, its town said next ("… and that's in …"); near misses
# where the words are no street or nothing but the street is said.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("old orchard road and that's in dublin", {"old orchard road"}),
        ("pine hollow road, it's in brookfield", {"pine hollow road"}),
        ("uh maple court and that's out in cedar falls", {"maple court", "cedar falls"}),
        ("the main road and it's in bad shape", set()),
        ("yes the fast lane and that's in", set()),
        ("old orchard road and it's brown", set()),
    ],
)
def test_street_reply_then_its_town(text: str, expected: set[str]) -> None:
    assert found(AddressRecognizer(), text) == expected


_ADDRESS_ASKED = "and what's your address please"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a house's number said as one Spanish word before the street
        ("ESTE, CUARENTA SEQUOIA CT, LINDAFORT OHIO 44806.", ["CUARENTA SEQUOIA CT"], ["ESTE"]),
        ("mire setenta riverside terrace east oscar california", ["setenta riverside"], ["mire"]),
        ("veintidós south valencia way north kenneth", ["veintidós south valencia way"], []),
        ("mi dirección es quince Fremont Street, Westmouth Texas", ["quince Fremont Street"], []),
        ("vivo en doce elm road en salem", ["doce elm road"], ["vivo en"]),
        # a flat's number said as one Spanish word, its letter with it
        ("40 Magnolia Circle apartamento once a Jessicaside", ["apartamento once a"], []),
        ("2132 west garfield drive apartment diez a south jill", ["apartment diez a"], []),
        ("65 NORTH BROOKSIDE LN APT. TRES A, PORT DANIELLE", ["APT. TRES A"], []),
        ("24987 brookside lane unidad cuatro cero tres delgadomouth", ["unidad"], []),
        ("12 oak street depto cinco", ["12 oak street depto cinco"], []),
        # near misses: a count in a Spanish sentence, a clean "once a month"
        ("tengo dos casas en main street", [], ["tengo dos casas"]),
        ("we clean the apartment once a month", [], ["apartment once a month"]),
    ],
)
def test_spanish_house_and_flat_numbers(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("agent", _ADDRESS_ASKED), ("customer", reply)], 1, hidden, kept)


def test_spanish_flat_word_keeps_once_as_eleven(analyzer):
    """ "once" is eleven after a flat's word: the guard that keeps "once main street
    reopens" readable does not open the Spanish flat."""
    turns = [("agent", _ADDRESS_ASKED), ("customer", "9 pine road apartamento once b, salem")]
    assert_masked(analyzer, turns, 1, ["9 pine road apartamento once b"], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Spanish check after the zip is no town
        ("24987 brookside lane unidad 403 delgadomouth california 92074 correcto",
         "24987 brookside lane unidad 403 delgadomouth california 92074"),
        ("1200 pine street salem oregon 97301 verdad", "1200 pine street salem oregon 97301"),
        # a town said there still is
        ("12 pine st salem oregon 97301 portland", "12 pine st salem oregon 97301 portland"),
    ],
)  # fmt: skip
def test_spanish_check_after_zip_is_no_town(text: str, expected: str) -> None:
    assert expected in found(AddressRecognizer(), text)
    values = found(AddressRecognizer(), text)
    assert not any(value.endswith(("correcto", "verdad")) for value in values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flat named in Spanish, its number one Spanish word or digits, a letter after it
        ("40 magnolia circle apartamento once a salem", "40 magnolia circle apartamento once a"),
        ("2132 west garfield drive apartment diez a", "2132 west garfield drive apartment diez a"),
        ("65 north brookside ln apt. tres a", "65 north brookside ln apt. tres a"),
        ("24987 brookside lane unidad 403", "24987 brookside lane unidad 403"),
        ("12 oak street depto cinco", "12 oak street depto cinco"),
        ("cuarenta sequoia ct", "cuarenta sequoia ct"),
    ],
)  # fmt: skip
def test_spanish_flat_words_and_numbers(text: str, expected: str) -> None:
    assert any(expected in value for value in found(AddressRecognizer(), text))


@pytest.mark.parametrize(
    "text",
    [
        # "once" is English before a street; a count before "en" is no house
        "we clean the apartment once a month",
        "once main street reopens we will move",
        "tengo dos casas en main street",
        "tengo tres hijos",
    ],
)
def test_spanish_number_words_that_are_no_address(text: str) -> None:
    values = found(AddressRecognizer(), text)
    assert not any(word in value for value in values for word in ("once", "dos", "tres"))
