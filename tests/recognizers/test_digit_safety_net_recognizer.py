"""DigitSafetyNetRecognizer (ID_NUMBER): identifiers caught, quantities left alone; what
``is_labelled`` takes for a label."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.digit_safety_net_recognizer import DigitSafetyNetRecognizer, is_labelled
from recognizers.spoken_ssn_recognizer import SpokenSsnRecognizer
from tests.recognizers.conftest import (
    all_redacted_values,
    covered,
    found,
    found_raw,
    said,
    turn_redacted,
    value_hidden,
)

CASES = [
    ("the number is 48213377", {"48213377"}),
    ("the number is 1045", {"1045"}),
    # near miss: a number labelled as a thing's, not the caller's
    ("is channel 1045 included", set()),
    ("I'm on flight 2210", set()),
    ("I need the 1099 form", set()),
    ("the store number is 1187", set()),
    ("that'll be a hundred and twenty nine ninety nine", set()),
    ("it was about twenty twenty one when i signed up", set()),
    ("it's four eight two one", {"four eight two one"}),
    ("ref 4821-3377-19", {"4821-3377-19"}),
    ("OKAY 7 7 3 1", {"7 7 3 1"}),
    ("it was 12,345,678", {"12,345,678"}),
    ("the balance is 1,234,567", set()),
    ("we have 1,200,000 customers", set()),
    ("about 2,345,678 people", set()),
    # near misses: amounts, times, years, durations, counts, IVR options
    ("your balance is $1234.56", set()),
    ("that's 1,234 dollars", set()),
    ("twenty five ninety nine is the balance", {"twenty five ninety nine"}),
    ("a balance of twenty five ninety nine", set()),
    ("call back at eleven thirty tomorrow", set()),
    ("at 10:30", set()),
    ("since 2019", set()),
    ("it's a 2024 honda", set()),
    ("the last four are 2019", {"2019"}),
    ("wait 1500 minutes", set()),
    ("we have 4000 customers", set()),
    ("press 1 or 2", set()),
    # a time after a hedge, a school year, an amount named after it, utility usage
    ("my train doesn't get in till like eleven forty", set()),
    ("the aid for the 2025-26 school year", set()),
    ("and there's a 1500 deductible on that plan", set()),
    ("we burned through 1850 kwh in july", set()),
    ("the member number is 2025-27", {"2025-27"}),
    ("i'll be there like 1140", {"1140"}),
    # a product's model number, but not the caller's number said before "phone"
    ("I'm calling about the VF-6000 router.", set()),
    ("it's the 4400 drill.", set()),
    ("the number is 48213377 on my phone", {"48213377"}),
    ("our line is 1-888-555-0100", set()),
    ("the number is 1-555-555-0100", {"1-555-555-0100"}),
    ("25%", set()),
    # digits read one by one with no amount context are still caught
    ("my code is four one one nine", {"four one one nine"}),
    ("it's 4 4 7 1 9 2", {"4 4 7 1 9 2"}),
    ("DL 2231", {"DL 2231"}),  # the letters said apart are the id's (cycle 54)
    ("the number is seven seven for one two", {"seven seven for one two"}),
    # amounts, codes of services and things, years before a model, flights
    ("approved for eight thousand", set()),
    ("around 73 thousand", set()),
    ("rent is nineteen hundred", set()),
    ("a box is thirty four fifty", set()),
    ("provisional credit for four hundred twelve eighty", set()),
    ("procedure code nine nine two one three", set()),
    ("CPT 99213 was billed", set()),
    ("three units of nine seven one six four", set()),
    ("the Rx BIN is 004336", set()),
    ("I still need the 1098 form", set()),
    ("mailing address for the 1099?", set()),
    ("it's a 2015 Camry", set()),
    ("2015 Camry?", set()),
    ("I'm on DL 2231 and the gate moved", set()),
    # a flight said with its route or departure is the airline's, not the caller's
    ("forty one twelve portland to denver", set()),
    ("we're on fifty two oh nine departing at noon", set()),
    ("it was 1877 from tampa to newark", set()),
    ("the flight was sixty six oh four out of reno", set()),
    # an employer's or a company's EIN names a business
    ("the employer EIN is 83-4417205", set()),
    ("their federal tax id is 27-9901346.", set()),
    # money said with "totaling"
    ("three payments totaling 5,240 so far", set()),
    # ... but an id with a place-like word after it stays redacted
    ("the account is 7718 from chase", {"7718"}),
    ("my pin is 3390 from my old card", {"3390"}),
    ("its 6621 going to work", {"6621"}),
    ("my ssn is 512-40-8836", {"512-40-8836"}),
    # a flight named by its airline, the rest of a toll-free line with parentheses
    ("i'm on westjet 2367 next thursday", set()),
    ("we fly british airways 2922 on monday", set()),
    ("reach us at 1 (888) 470-3499 anytime", set()),
    ("my number is (888) 470-3499", {"470-3499"}),
    # an id's letter and last digits closing the clause, with or without a pause
    ("it's 4917 h er eight nine nine", {"4917 h er eight nine nine"}),
    ("but I have a photo, 5319 f 689", {"5319 f 689"}),
    (
        "it's fifteen twenty eight x er three eight two",
        {"fifteen twenty eight x er three eight two"},
    ),
    ("it's 4917 h uh 899.", {"4917 h uh 899"}),
    # ... not a lone "i" without a pause, an amount, or digits the clause goes on after
    ("it's 4917 i 899.", {"4917"}),
    ("it's 4917 h er 899 dollars", {"4917"}),
    ("it's 4917 h er 899 and more", {"4917"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_digit_safety_net_recognizer(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tax year after the forms, and a meter's readings, are no identifiers
        ("you'll find it under tax forms, 2023", set()),
        ("those are in your tax returns, 2022", set()),
        ("the reading we have is 7714 and in may it was 7390", set()),
        ("the odometer shows 48213", set()),
        ("my meter reading is 5521", set()),
        # numbers that stay identifiers
        ("the meter reading is 5521 and the account number is 88213", {"88213"}),
        ("my pin is 2023", {"2023"}),
    ],
)
def test_tax_years_and_meter_readings(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper cheque's number names the cheque
        ("i wrote a check, number 2215, last week", set()),
        ("the cheque no. 3087 bounced", set()),
        ("check #5561 was cashed twice", set()),
    ],
)
def test_cheque_number_is_no_id(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter said last, where the turn or a clause ends, is part of the number
        ("sure thirty one four four nine two six b", {"thirty one four four nine two six b"}),
        ("it's 660193 r, right", {"660193 r"}),
        # near misses: a letter that is a word, a word after the letter, a short number
        ("sure 4418 d", {"4418"}),
    ],
)
def test_last_letter_read_after_the_digits(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a train's or a bus's service number, a freephone line: not the caller's
        ("you're booked on train 12951 tomorrow", set()),
        ("take bus 4417 to the depot", set()),
        ("call us free on 0800 316 0427", set()),
        # the caller's own numbers stay caught
        ("my booking ref is 44719 on the train", {"44719"}),
        ("my mobile is 07911 402558", {"07911 402558"}),
    ],
)
def test_service_numbers_and_freephone_lines(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's line, an amount, a model year said before a model number
        ("if we drop out it's 1300 118 447", set()),
        ("sales is on 13 27 61", set()),
        ("ring them on 0330 024 1186", set()),
        ("the bail was set at twenty five hundred", set()),
        ("a bond of 3500 was posted", set()),
        ("a blue 2019 rav-4 and a 2012 e-350", set()),
        ("the parking fine was 1450 with the late fee", set()),
        # a person's numbers stay caught ("fine" as in "okay" names no fine)
        ("that's fine 66103 is the rest of it", {"66103"}),
        ("yeah fine, 48812 then", {"48812"}),
        ("my mobile is 0438 221 760", {"0438 221 760"}),
        ("the member number is 2019 5543", {"2019 5543"}),
    ],
)
def test_business_lines_amounts_and_model_years(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups joined by a said dash, as a written "23-448190" is read
        ("okay 23 dash 448190 got it", {"23 dash 448190"}),
        (
            "it's nineteen hyphen three three oh seven two",
            {"nineteen hyphen three three oh seven two"},
        ),
        # too short to be an id, and the company's own line without its 1
        ("we're open 9 dash 5", set()),
        ("call us at (866) 555-0148 anytime", set()),
        # a model year before a make in a shouted (lower-cased) turn, or a model with a dash
        ("A WHITE 2016 HONDA CIVIC", set()),
        ("the gray 2020 CR-V", set()),
        ("my account is 2016 8841", {"2016 8841"}),
    ],
)
def test_said_dash_model_years_and_company_lines(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship's cabin, a berth, a flight whose designator ends in a digit
        ("stateroom 8214 is free on deck 9", set()),
        ("cabin 10 14 is available", set()),
        ("I fly back on G4 2217 on sunday", set()),
        # a number with no such label stays caught
        ("my reference is 8214 5590", {"8214 5590"}),
        ("it's G4 2217 on the letter", {"4 2217"}),
    ],
)
def test_cabins_and_flights_with_digit_designators(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter prefix joined by a hyphen is the id's, in any case
        ("USE VOUCHER K-5527 AT THE DESK", {"K-5527"}),
        ("the permit is tq-88013", {"tq-88013"}),
        # a label before the hyphen is not
        ("dial EXT-6620 for billing", {"6620"}),
        # rand amounts are no id
        ("the price difference for both of you is R 14 350", set()),
        ("so the total comes to R9800", set()),
        ("your ref is R 5521 0934", {"5521 0934"}),
        # a business's line to ring
        ("ring the bookings line 0161 496 0219", set()),
    ],
)  # fmt: skip
def test_hyphen_prefix_rand_amounts_and_business_lines(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form named by its number, or a copy of a form, is no identifier
        ("you'll need to send Form 4506 with it", set()),
        ("attach schedule 8812 to the return", set()),
        ("the corrected 1098 went out last week", set()),
        ("did you get the amended 1040 back", set()),
        ("the ssa-1099 shows your benefits", set()),
        ("it's on the 1099 s s a they mailed", set()),
        # an amount shared out, a free slot offered
        ("the credit is three thousand each", set()),
        ("tickets are 1500 apiece", set()),
        ("the next opening is ten fifteen", set()),
        ("the first slot is 945 on tuesday", set()),
        # numbers that stay identifiers
        ("the form asks for my member number, it's 4417", {"4417"}),
        ("my account is 1099", {"1099"}),
        ("the confirmation is 6612 each time i call", {"6612"}),
    ],
)
def test_form_numbers_shared_amounts_and_offered_slots(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "it's seven one four two two six um, nine nine one four",
            {"seven one four two two six um, nine nine one four"},
        ),
        ("sure 31 uh 4470918", {"31 uh 4470918"}),
        ("403 hmm 5528817", {"403 hmm 5528817"}),
        # an amount with a hesitation in it stays an amount
        ("i paid 1250 um 75 dollars", set()),
    ],
)
def test_digit_groups_joined_across_a_hesitation(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # five digits or more with a letter glued on: the letter is the id's, no thousands
        ("Medicare number 74419023B.", {"74419023B"}),
        ("my id is 6620418k ok", {"6620418k"}),
        ("it's 3391027 K", {"3391027 K"}),
        # near misses: thousands written short, a decade
        ("the offer was 50k", set()),
        ("about 1200 k a year", set()),
        ("music from the 1980s", set()),
    ],
)
def test_letter_glued_to_a_long_number(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government form, a product's round model number, a flight home
        ("My DS-2019 form was signed", set()),
        ("I still need the DD-214 copy", set()),
        ("restart the XR-4300 now", set()),
        ("it's an Orbi RB5000 upstairs", set()),
        ("so you're flying home on KL 6042?", set()),
        ("and coming back on AZ 1187, right", set()),
        # an id with letters and a number that is not round stays caught
        ("restart it, account DD-21448", {"DD-21448"}),
        ("the ref is XR-4317", {"XR-4317"}),
        ("mine is AB 6042", {"AB 6042"}),
    ],
)
def test_forms_round_models_and_flights_home(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a check digit in brackets, said or written, is the id's
        ("5561 bracket 8", {"5561 bracket 8"}),
        ("it's 90213 open bracket a close bracket", {"90213 open bracket a close bracket"}),
        ("last four 3318 (0)", {"3318 (0)"}),
        ("7720 brackets seven", {"7720 brackets seven"}),
        # near misses: a year, a tax bracket, a bracket of a size
        ("since 2023 bracket 2 rates apply", set()),
        ("you're in tax bracket 3", set()),
    ],
)
def test_check_digit_in_brackets(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an EIN named earlier in the turn, then stated or corrected: the business's id
        ("The EIN on the W-2 is off. It should be 51-0934418, not 51-0934481.", set()),
        ("our employer id changed, it's 27-5501193 now", set()),
        # no EIN named: the same shape stays
        ("the number is 51-0934418", {"51-0934418"}),
    ],
)
def test_ein_stated_after_its_name(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


def test_a_toll_free_line_with_a_pause_stays() -> None:
    text = "1800, 555 0913, ext 4410, got it"
    assert found_raw(DigitSafetyNetRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "those points went to last use year, so I'm moving them to 2027 now",
        "you have 6,000 for 2028 and can borrow from next year's",
        "the shop is open 1130 to 630 on weekdays",
    ],
)
def test_years_and_hours_stay(text: str) -> None:
    assert found_raw(DigitSafetyNetRecognizer(), text) == []


def test_a_digit_run_is_still_caught() -> None:
    assert "88214" in found_raw(DigitSafetyNetRecognizer(), "my member number for 2027 is 88214")
    assert found_raw(DigitSafetyNetRecognizer(), "the code i got sent to is 2027") == ["2027"]


@pytest.mark.parametrize(
    "text",
    [
        "i land on flight dl 2291 at 4:10 p.m.",
        "I'M ON FLIGHT B6 1881 AT 6 AM.",
        "the part number is 22-5150 for the brake kit",
        "can you check sku 884120 for me",
    ],
)
def test_flights_and_part_numbers_stay(text: str) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == set()


def test_a_labelled_account_stays_redacted() -> None:
    assert found(DigitSafetyNetRecognizer(), "my account is 22-5150-7") == {"22-5150-7"}


def test_the_last_part_of_a_number_is_no_part_number() -> None:
    text = "no, the last part is 582"
    assert not is_labelled(text, text.index("582"))
    text = "the part number is 31-4470"
    assert is_labelled(text, text.index("31"))


# ---- round 56-59 fixes: spoken amounts known by their context; an id's letters said apart


SAFETY_NET = DigitSafetyNetRecognizer()
ACCOUNT_ID = AccountIdRecognizer()
SSN = SpokenSsnRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        # money paid or moved, the amount after a preposition
        "there were three drafts last week, all of them for fourteen sixty five",
        "the monthly payout of six twenty two forty never arrived",
        "i got a refund of thirty one ten yesterday",
        # money gone from an account, said after the amount
        "so like fifty four eighty just gone from my savings",
        "it was nineteen twenty taken out of my checking account",
        # an amount weighed against another with its unit
        "that's seven ten a month instead of twelve forty",
        "we pay 300 dollars rather than 1850",
        # two shop prices offered as options
        "the basic plan is sixty nine ninety five or the premium one is two forty nine ninety nine",
        # a currency after the amount
        "the invoice came to fifteen thousand pesos",
        "they charged me 4200 rupees",
    ],
)
def test_spoken_amounts_known_by_their_context_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id named in the sentence keeps its number, whatever the money words
        ("two drafts hit, one of them for member 6623", {"6623"}),
        (
            "my pin is thirty three ninety nine or maybe forty four ninety nine",
            {"thirty three ninety nine", "forty four ninety nine"},
        ),
        # a plain number with no money around it
        ("it's 5186 not 5168", {"5186", "5168"}),
        ("my member id is 8127 for the dental plan", {"8127"}),
        # a grouped number is no amount, even after "for"
        ("the wire for 5582 1930 4471", {"5582 1930 4471"}),
        # where money goes is no comparison of two amounts
        ("send 500 dollars to 77204619 please", {"77204619"}),
    ],
)
def test_ids_near_money_words_stay_redacted(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("got it the ticket is h sixty two eighteen", {"h sixty two eighteen"}),
        ("your case number is q 3308", {"q 3308"}),
        ("the claim number is m 9051", {"m 9051"}),
        # not "a", nor a letter after a plain "is"
        ("the number is a 7731", {"7731"}),
        ("it is k 7731", {"7731"}),
    ],
)
def test_letter_said_apart_before_a_short_named_id(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shouted turn reaches the recognizers lower-cased
        ("it says kfr 61 204 8873", {"kfr 61 204 8873"}),
        ("the letter reads dmv 4470 2219", {"dmv 4470 2219"}),
        # a word read before the number is not the id's
        ("it says the 4470 2219", {"4470 2219"}),
        ("it says due 4470 2219", {"4470 2219"}),
    ],
)
def test_three_letters_read_off_a_shouted_letter(text: str, expected: set[str]) -> None:
    assert found(SAFETY_NET, text) == expected


# ---- round 56-59 fixes: flights, amounts by their words, product lines and public equipment


@pytest.mark.parametrize(
    "text",
    [
        # the designator's letters said apart right after "flight"
        "i need to move my flight d l fourteen eighty eight to thursday",
        "can you check flight u a three oh seven one for me",
        "my flight number is a s twenty two forty",
        # the flight's destination alone after its number
        "i want to rebook my flight it's nineteen sixty four to phoenix",
        "the flight on seventeen twelve to boston got cancelled",
    ],
)
def test_flights_said_with_designator_or_destination_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(ACCOUNT_ID, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # flying, the day, then "on" the designator and the number
        "we're flying out june ninth on on b six fourteen twelve and need a shuttle",
        "i'm flying home march third on f nine seven seventy",
        "i fly back on the 22nd on G4 1187",
    ],
)
def test_flight_after_flying_and_a_day_stays(text: str) -> None:
    assert found(ACCOUNT_ID, text) == set()
    assert found(SAFETY_NET, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "to" alone is where money goes, not a flight's destination
        ("i linked 44718 to paypal", "44718"),
        ("transfer it from account 6620 to checking", "6620"),
        # no flight named: an id after a spaced pair of letters stays
        ("my member number is a b 4471", "4471"),
        # flying named in another clause: the id stays
        ("i'm flying out on the 14th. my member number is KL 5520", "KL 5520"),
    ],
)
def test_numbers_near_travel_words_stay_redacted(text: str, value: str) -> None:
    assert any(value in v for v in found(SAFETY_NET, text) | found(ACCOUNT_ID, text))


@pytest.mark.parametrize(
    "text",
    [
        # what is left of an amount
        "that's taken from your credit so you'll have twenty three forty left",
        "after this payment there's eighteen ninety remaining on the loan",
        "that leaves about sixty one hundred left over",
        # halves shared
        "they agreed to split the house fifty fifty",
        "we'll share the costs fifty fifty with your brother",
        "honestly it's a fifty fifty chance",
        # the social security benefit's amount
        "my dad gets social security about fourteen fifty",
        "her social security check is like nineteen hundred",
        "he's living on social security, roughly eleven twenty",
        # a shop price, then when it was bought
        "ok I found it: two hundred and nineteen ninety nine, purchased on May 2nd",
        "the blender was 8999, bought in June",
    ],
)
def test_amounts_known_by_their_words_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(SSN, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "my pin is fifty fifty",
        "the code is 5050, go ahead",
        "split it to the card ending 5050",
        "i have account 4471 left open",
        "the blender order 8999, bought in June",
    ],
)
def test_ids_near_amount_words_stay_redacted(text: str) -> None:
    assert found(SAFETY_NET, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. I see a Brightline PhotoJet 4400 registered in May",
        "it's the OfficeMax LaserJet 2000 that jams",
        # a public charger's, pump's or station's code
        "the session on charger KW-3381 ended at noon",
        "I'm at pump 7, the station number is 5512",
        "it says charging station BX-0921 is offline",
    ],
)
def test_product_lines_and_public_equipment_stay(text: str) -> None:
    assert found(SAFETY_NET, text) == set()
    assert found(ACCOUNT_ID, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("your MasterCard 3300 is blocked", "3300"),
        ("Sure. My PayPal 6600 is the one", "6600"),
        ("my account at the station is 44718832", "44718832"),
        ("Thanks. I see a Brightline PhotoJet 4417 registered in May", "4417"),
    ],
)
def test_card_and_long_numbers_near_those_words_stay_redacted(text: str, value: str) -> None:
    assert value in found(SAFETY_NET, text) | found(ACCOUNT_ID, text)


# ---- cycles 58-59 (rounds 62-64): years, amounts, part numbers, codes and times that
# are no id; ids in pieces


def _masked(analyzer, *lines: str) -> str:
    """The last line as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))[-1]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("C: i need my 1098 for 2021 sent again", "2021"),
        ("A: I see a balance of $240 for 2019 on that account.", "2019"),
        ("C: the return was already filed for 2024 by someone", "2024"),
        ("C: that's from like two thousand and nine", "two thousand and nine"),
        ("C: about six hundred twelve forty yes", "six hundred twelve forty"),
        ("C: I could probably do a thousand next week.", "thousand"),
        ("A: i've credited two hundred forty ninety nine back", "two hundred forty ninety nine"),
        ("A: Part number BX441207 is $18.20, we have 2 in stock.", "BX441207"),
        ("A: part number el five five one nine is sixty dollars", "five five one nine"),
        ("A: Your approval code is 80417. You're all set.", "80417"),
        ("C: Walgreens on Main. Store number's on the bag, 5531.", "5531"),
        ("A: I see two periods open, Q1 2021 through Q3 2021.", "Q1 2021"),
        ("A: The SWIFT code is DEUTDEFF500.", "DEUTDEFF500"),
        ("C: I need a new fuel filter for my B2601.", "B2601"),
    ],
)
def test_not_ids(analyzer, line, kept):
    masked = _masked(analyzer, line)
    assert kept in masked, masked


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: my member id is q3 2021 5580", "q3 2021 5580"),
        ("C: i need a new card for my account KT50931", "KT50931"),
        ("C: my pin is 2024", "2024"),
    ],
)
def test_ids_beside_those_cues_stay_hidden(analyzer, line, value):
    masked = _masked(analyzer, line)
    assert value_hidden(masked, line[3:], value), masked


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        # a zero said "oh" between an id's groups
        (["C: my account number is KT 62 oh 48 19"], "KT 62 oh 48 19"),
        (["C: the order number is 5521 oh 774 thanks"], "5521 oh 774"),
        # a capital and a digit said first
        (["C: hi, my device ID is R7 M2 5518 if that helps"], "R7 M2 5518"),
        # an area code said after a local number the normaliser glued
        (
            [
                "A: and a number to reach you",
                "C: four four four two one nine eight area code six oh two",
            ],
            "six oh two",
        ),
        (
            ["A: best phone?", "C: 555 3190 44, area code is 414"],
            "414",
        ),
        # a routing number's last four read back
        (
            ["A: the deposit went to routing number ending in three oh two seven"],
            "three oh two seven",
        ),
        (["A: the routing number's last four are 6614, is that right?"], "6614"),
        # a card read back with its last digit said as a homophone
        (
            [
                "A: just to confirm forty seven sixteen two two nine oh three three eight oh "
                "one five seventy for correct"
            ],
            "forty seven sixteen two two nine oh three three eight oh one five seventy for",
        ),
        # a local number the caller asks to be rung back on
        (["C: okay, we'll hold off. call us at 414-555-0163 when you hear."], "414-555-0163"),
        (["C: fine, call us at 602 555 0197 once you know"], "602 555 0197"),
    ],
)
def test_ids_and_numbers_said_in_pieces(analyzer, lines, value):
    masked = _masked(analyzer, *lines)
    assert value_hidden(masked, lines[-1][3:], value), masked


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # prices said as bare digits
        (["C: so my plan went from fourteen ninety nine to nineteen ninety nine"], ["fourteen"]),
        (["A: and that refill is thirty two forty nine"], ["thirty two forty nine"]),
        (["A: late cancellations are forty five fifty"], ["forty five fifty"]),
        (
            ["A: the claim for four hundred twelve thirty from june third was denied"],
            ["four hundred twelve thirty"],
        ),
        (["C: when is the bill", "A: on the fifth thirty four ninety nine as usual"], ["ninety"]),
        # a second offered time with am/pm on the first
        (["A: i have june second at ten fifteen am or eleven forty five"], ["eleven forty five"]),
        # years said as alternatives, and dates
        (["C: it was 2011 maybe 2012, before we moved"], ["2011", "2012"]),
        (["C: nineteen ninety eight or nineteen ninety nine"], ["nineteen ninety"]),
        (["C: Friday the 9th, 2023"], ["2023"]),
        (["C: 11/4, 2022"], ["2022"]),
        # a claim adjustment reason code
        (["A: the claim was denied as not covered, reason code PR-204."], ["PR-204"]),
        (["A: it was denied for timely filing code c o two nine"], ["c o two nine"]),
        # the company's line stays visible, toll-free, even with a callback phrase
        (["A: call us at 800-555-0142 when you know"], ["800-555-0142"]),
    ],
)
def test_amounts_times_years_codes_stay(analyzer, lines, kept):
    masked = _masked(analyzer, *lines)
    for value in kept:
        assert value in masked, (value, masked)


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        # an id named stays redacted next to the new amount cues
        (["C: my cancellation number is 88214"], "88214"),
        (["C: my claim number is 4417 2290"], "4417 2290"),
        (["C: my member code is CO-197"], "CO-197"),
        (["C: my account is 2004 5567"], "2004 5567"),
        # and an id with "oh" between its groups
        (["C: my account is 77120 oh 43"], "77120 oh 43"),
    ],
)
def test_ids_still_redacted(analyzer, lines, value):
    masked = _masked(analyzer, *lines)
    assert value_hidden(masked, lines[-1][3:], value), masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slash-separated groups: routing, card, account, an SSN's last four
        ("Sure, routing is 114/902/387.", "114/902/387"),
        ("It's 5290/3318/4476/0215.", "5290/3318/4476/0215"),
        ("yes it's 307/551/864", "307/551/864"),
        ("93/41", "93/41"),
        ("the last four is 11/08", "11/08"),
        ("7305/2281/916.", "7305/2281/916"),
        # a group read again to correct it, after a number read in groups
        ("417 902 336 uh, no, 338.", "338"),
        ("5521 9087 43 — no wait, 34.", "34"),
        ("662 180 775, sorry, 755", "755"),
        # a letter said after three groups
        ("Okay. 2040 7716 52 C. Anything else?", "2040 7716 52 C"),
    ],
)
def test_grouped_number_found(text: str, expected: str) -> None:
    assert expected in found(DigitSafetyNetRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        # dates, splits and readings written with slashes
        "it happened on 3/14/2026",
        "we can come 12/15 if that works",
        "they split it 50/50",
        "the ownership is 60/40 between them",
        "my blood pressure was 128/84",
        "I have 20/20 vision",
        # o'clock's "o" read as a zero, and a shift's clock-in
        "the office is open till ten ten o clock",
        "we can be there at seven thirty o clock",
        "our hours are one fifteen o clock to five",
        "ten twenty eight clock in last monday",
        # casino machines, cheques listed, winnings, halves closing a list
        "The jackpot was $5,100 on machine 2236 on the 4th.",
        "Okay, $2,900 on machine 3390 at 10:15 p.m.",
        "Check 2218 for $150 and 2219 for $275.",
        "it wasn't much, three thousand on a slot",
        "There are two, Ana Ruiz and Ben Ruiz, fifty-fifty.",
        "there are two ana and ben fifty fifty",
        # a year said again with its month; the business's own purchase order
        "2031, like June of 2031",
        "And the invoice should reference our PO, 5816.",
    ],
)
def test_not_an_id_number(text: str) -> None:
    assert not found(DigitSafetyNetRecognizer(), text)


def test_count_after_no_is_no_correction() -> None:
    assert found(DigitSafetyNetRecognizer(), "the ids were 5512 9921 43, no, 2 of them") == {
        "5512 9921 43"
    }


# A shared bike's or a pharmacy plan's number left visible.


@pytest.mark.parametrize(
    "text",
    [
        "I see a ride starting at 6:40 p.m. on bike 51736.",
        "the scooter 80214 was left at the dock",
        "and the RxBIN is 6012, PCN is 9981",
        "the Rx PCN is 4471",
    ],
)
def test_fleet_and_plan_numbers_stay_visible(text: str) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == set()


def test_member_number_still_found() -> None:
    assert found(DigitSafetyNetRecognizer(), "my member number is 80231947") == {"80231947"}


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("the engine won't go over 1740 rpm", "1740"),
        ("I'd like to order item 55217, quantity 3.", "55217"),
        ("The receipt would show register 9, transaction 4471.", "4471"),
        ("the bottle says lot number 7730", "7730"),
        ("that house is listed at 412000 right now", "412000"),
        ("i sent 23418 through zelle yesterday", "23418"),
        ("Confirmation is 77102, that's our internal receipt number.", "77102"),
        ("Reference 5530, but that's just our ticket number.", "5530"),
        ("confirmation 6120 is not tied to your account", "6120"),
    ],
)
def test_things_and_company_numbers_stay_visible(text: str, visible: str) -> None:
    hits = found(SAFETY_NET, text) | found(ACCOUNT_ID, text)
    assert not any(visible in h for h in hits), hits


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("I need a belt for a 7210R.", "7210R"),
        ("It was for a 6120M, paid off in March.", "6120M"),
        ("I need a hydraulic pump for my 6105E, serial plate says KLM448120.", "KLM448120"),
        ("I owe $210.40 for tax year 2023, letter L6619.", "L6619"),
        ("Member ID W55810342, group 7713.", "7713"),
        ("My AA2207 from Denver to Boston got cancelled.", "AA2207"),
        ("I'm flying out on May 4th, UA882, and it's late.", "UA882"),
    ],
)
def test_models_flights_and_group_numbers_stay_visible(text: str, visible: str) -> None:
    hits = found(SAFETY_NET, text) | found(ACCOUNT_ID, text)
    assert not any(visible in h for h in hits), hits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account number is 44718832", "44718832"),
        ("Member ID W55810342, group 7713.", "W55810342"),
        ("my flight got cancelled, my member number is DL44812", "DL44812"),
        ("Confirmation is 77102.", "77102"),
        ("the receipt number is 88120", "88120"),
        # (a household's own words, not the company's internal number)
        ("account 61208834, that's our own joint account", "61208834"),
        ("it's 7731 9024, that's our ticket number for the concert", "7731 9024"),
        ("i sent it to 6175550142 through zelle", "6175550142"),
        ("it's 6175550198, sorry, that last part is 0177.", "0177"),
    ],
)
def test_ids_near_those_cues_still_found(text: str, value: str) -> None:
    hits = found(SAFETY_NET, text) | found(ACCOUNT_ID, text)
    assert any(value in h for h in hits), hits


def test_number_keyed_in_before_the_pound_key() -> None:
    assert "5 5 1 0 9 2 7 3" in found(SAFETY_NET, "5 5 1 0 9 2 7 3 pound."), found(SAFETY_NET, "x")
    assert not found(SAFETY_NET, "it weighs 4 5 pounds")
    assert not found(SAFETY_NET, "that's 1400 pounds.")


@pytest.mark.parametrize(
    "text",
    ["I NEED A FAN BELT FOR A 7720.", "i need a fuel filter for my jd 6430", "a seat for an 8245R"],
)
def test_machine_a_part_is_for_stays_visible(text: str) -> None:
    assert not found(SAFETY_NET, text) and not found(ACCOUNT_ID, text), found(SAFETY_NET, text)


def _hits(text: str) -> set[str]:
    return found(ACCOUNT_ID, text) | found(SAFETY_NET, text)


@pytest.mark.parametrize(
    ("text", "visible", "hidden"),
    [
        ("member ID K402816633, group number 390217, BIN 004336.", "390217", "K402816633"),
        ("member ID K402816633, group number 390217, BIN 004336.", "004336", "K402816633"),
        ("it shows subscriber id P55102948, and then group 61820", "61820", "P55102948"),
        (
            "member id w six one two oh four four nine three one group number four one six",
            "four one six",
            "w six one two oh four four nine three one",
        ),
        ("policy 771204583, group number 29174, that's the employer plan", "29174", "771204583"),
    ],
)
def test_plan_group_and_pharmacy_routing_stay_visible(text: str, visible: str, hidden: str) -> None:
    hits = _hits(text)
    assert not any(visible in h for h in hits), hits
    assert any(hidden in h for h in hits), hits


def test_plan_group_answer_stays_visible(analyzer) -> None:
    call = said(
        "A: Member ID from the card?",
        "C: It says member ID HRT402918733, and then group number 71029, her employer's group.",
    )
    text = call.turns[1].text
    masked = covered(analyzer, call)[1]
    assert value_hidden(masked, text, "HRT402918733")
    assert "71029" in masked


def test_group_after_the_id_read_alone_stays_visible(analyzer) -> None:
    call = said("A: And the new subscriber ID?", "C: ZKP511028834, group number 663012.")
    text = call.turns[1].text
    masked = covered(analyzer, call)[1]
    assert value_hidden(masked, text, "ZKP511028834")
    assert "663012" in masked


def test_a_bare_group_number_stays_redacted(analyzer) -> None:
    # nothing else marks it as a plan's group: fail closed
    call = said("A: what's your group number?", "C: my group number is 80317")
    assert "80317" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Claims line, this is agent Moreno, ID number 2209381.", "2209381"),
        ("Hi, I am the interpreter, interpreter ID 51873, for the caller.", "51873"),
        ("this is representative Okafor badge number 77120", "77120"),
    ],
)
def test_staff_own_work_id_stays_visible(text: str, visible: str) -> None:
    assert not any(visible in h for h in _hits(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the caller's own ids stay redacted
        ("my member id is 50218834", "50218834"),
        ("this is my account, ID number 2209381", "2209381"),
        ("the employee id is 51873", "51873"),
    ],
)
def test_callers_own_ids_still_found(text: str, value: str) -> None:
    assert any(value in h for h in _hits(text))


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("thanks, the death benefit is 175000 and he's primary", "175000"),
        ("i see a pledge of thirty six hundred over two years", "thirty six hundred"),
        ("the premium is 41250 for the year", "41250"),
        ("calling about your order for 12 ten ounce silver bars", "12 ten"),
        ("your order for sixteen one ounce gold coins", "sixteen one"),
    ],
)
def test_sums_and_ounces_stay_visible(text: str, visible: str) -> None:
    assert not any(visible in h for h in _hits(text))


def test_someone_elses_id_after_a_representative_stays_redacted(analyzer):
    """Only the speaking staff member's own id is readable; the one they act for is not
    (review of cycle 66)."""
    call = said("C: I'm the representative for my father, his ID number is 73015528")
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, "73015528")


@pytest.mark.parametrize(
    "text",
    [
        "my daughter got a fourteen ninety on the SAT",
        "she scored a 1380 on the test",
        "his score was 1210",
    ],
)
def test_score_got_stays_visible(text: str) -> None:
    assert not found(DigitSafetyNetRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i got a code, 6637", "6637"),
        ("the number i got was 5821 0094", "5821 0094"),
        # (a bare "got" with no test named: the code received, review of cycle 67)
        ("yeah I got 7741", "7741"),
    ],
)
def test_got_a_number_still_redacted(text: str, value: str) -> None:
    assert value in found(DigitSafetyNetRecognizer(), text)


# --- prices, a bank's branch number and decades are no ids --------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: the deluxe wreath is two twenty nine ninety nine or the basket is three ten", "22999"),
        ("A: the cargo van is twenty four ninety five plus sixty nine cents a mile", "2495"),
        ("A: the recliner is six forty nine ninety nine plus delivery", "64999"),
        (
            "A: the small arrangement is seventy four ninety five and the large one is one twenty",
            "7495",
        ),
    ],
)
def test_prices_said_as_digits_stay_visible(analyzer, line, value):
    assert "#" not in covered(analyzer, said(line))[0], value


@pytest.mark.parametrize(
    "line",
    [
        "A: and the form asks for a branch number, is that the 0738?",
        "C: the branch number is 2261 I think",
        "A: the branch code's 5510, it's on the cheque",
    ],
)
def test_a_banks_branch_number_stays_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: the branch number is 0738 and my account number is 66120457", "66120457"),
        ("C: my account number is 4995 plus the 3 at the end", "4995"),
        ("C: my member id is 2999 or the old card is 3310", "2999"),
        ("C: my pin is 7499 plus tax, no, just 7499", "7499"),
        ("C: the plate is 1970S", "1970S"),
        ("C: my account number is 55820314", "55820314"),
    ],
)
def test_ids_near_price_or_branch_words_stay_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    "line",
    [
        "C: the boilers are 1970s Carrier units and they leak.",
        "C: the barn is from the 1880s and it leans.",
        "C: it was built back in the 1960's I think",
    ],
)
def test_decades_stay_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


# --- sizes ("11 by 17"), unit prices, years on a plaque and clock times are no ids --------


@pytest.fixture(scope="module")
def net():
    return DigitSafetyNetRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "the banner is thirty six by twenty four and the flyers are eighty five by eleven",
        "okay sixty two eighteen by twenty four prints are forty dollars",
        "thirty mugs at twelve seventy five comes to three eighty two fifty",
        "sure, 'Biscuit, 2011\u20132024, Best Friend' on the plaque",
        "we ordered at eleven and it's one fifteen already, still waiting",
    ],
)
def test_sizes_prices_years_and_times_are_not_ids(net, text):
    assert not found(net, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account number is 6022 by the way", "6022"),
        ("the member id, it's 1145", "1145"),
        ("sorry I'm late, my order number, it's 1130", "1130"),
        ("my case number is 7731 by 5 pm they said", "7731"),
    ],
)
def test_ids_near_those_words_stay_hidden(net, text, value):
    assert value in found(net, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model number read off its label names the machine
        ("the model number on the sticker is s s y dash six one three zero", set()),
        ("the model on the back plate reads a as in alpha p v ninety five thirty seven", set()),
        ("model number: JMY-7134", set()),
        # the same digits after a label that is not the model's stay caught
        (
            "the serial number on the sticker is s s y dash six one three zero",
            {"s s y dash six one three zero"},
        ),
    ],
)
def test_model_number_read_off_its_label_is_no_id(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill's or a booking's date, month, day and a recent four-digit year
        ("The statement date on mine is 10-4-2026.", set()),
        ("the date of service shows 12 22 2026.", set()),
        ("the date of service shows twelve twenty one twenty twenty-six", set()),
        ("the statement date on mine is oh one zero six twenty twenty seven", set()),
        ("it was with the doctor, the visit on 10 8 2026.", set()),
        ("the earliest appointment i have is 12 30 2026 at 2:10 pm.", set()),
        # the same shapes stay ids: after a number's cue, a birth, an older year, longer
        ("my account number is 10 8 2026", {"10 8 2026"}),
        ("the claim number is 10-4-2026", {"10-4-2026"}),
        (
            "my service account number is twelve twenty one twenty twenty six",
            {"twelve twenty one twenty twenty six"},
        ),
        ("my appointment code is 12212026", {"12212026"}),
        ("she was born 3-15-2021", {"3-15-2021"}),
        ("it's 10-4-1986", {"10-4-1986"}),
        ("the number is 4-10-2026-88", {"4-10-2026-88"}),
    ],
)
def test_record_dates_are_not_ids(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id's letters spelled after its digits are the id's
        (
            "your case number is seventy eight eighty-eight m w t n",
            {"seventy eight eighty-eight m w t n"},
        ),
        (
            "not quite it's seventy-eight eighty-eight m w t n",
            {"seventy-eight eighty-eight m w t n"},
        ),
        (
            "just to repeat forty-five eight double eight three nine one dash v",
            {"forty-five eight double eight three nine one dash v"},
        ),
        ("my reference is 55123 dash q r.", {"55123 dash q r"}),
        # letters a writer puts after a number are no id's
        ("call me at 5551234 ASAP.", {"5551234"}),
        ("the number is 48213377 ok", {"48213377"}),
    ],
)
def test_letters_spelled_after_the_digits_are_the_ids(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


# ---- round 85 fixes: a number named as "the last four", even beside an amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's about the $839.08 charge last four 6591 and i need a reset", {"6591"}),
        ("the $555.54 charge last four 9952 booking", {"9952"}),
        ("the last four digits are 4417, and the charge was $20", {"4417"}),
        ("i have to leave at two thirty last four one two five nine switching",
         {"four one two five nine"}),
        # near misses: counts, amounts and years after "the last four"
        ("in the last four years it doubled", set()),
        ("the last four 2000 dollar charges", set()),
        ("over the last four 1500 dollar payments", set()),
    ],
)  # fmt: skip
def test_said_last_four_beside_an_amount(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


# ---- round 86 fixes: an id's letters after a read-back verb or the id's name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cl four four one two hmm i have cl four four one two as a missing blouse",
         "i have cl four four one two"),
        ("ok so i've got tr 5 5 1 9 on file", "tr 5 5 1 9"),
        ("OK WE HAVE A 90 DAY WARRANTY ILL OPEN A CLAIM WC 7 7 0 1", "WC 7 7 0 1"),
        ("I OPENED TICKET HD 4 4 1 7 FOR YOU", "HD 4 4 1 7"),
    ],
)  # fmt: skip
def test_id_letters_after_read_back_or_id_name(analyzer, text: str, value: str) -> None:
    masked = covered(analyzer, said("A: " + text))[0]
    hidden = value.split(" ", 2)[-1] if value.startswith("i have") else value
    assert value_hidden(masked, text, hidden)


@pytest.mark.parametrize("text", ["i have an 8812 model here", "THE ORDER OF 4412 WAS SHIPPED"])
def test_short_words_after_read_back_are_no_id_letters(analyzer, text: str) -> None:
    masked = covered(analyzer, said("A: " + text))[0]
    word = text.split()[2]
    assert value_hidden(masked, text, word) is False


# A single letter that opens an id, named as a letter or said before a pause: the letter
# goes with the digits (a reply to an id question; None: the letter is a word, kept).
LETTER_OPENS_ID = [
    ("C: ITS A LETTER E THEN 4 4 1 7 2 9 3 0", "E THEN 4 4 1 7 2 9 3 0"),
    ("C: it starts with the letter k and then 5 5 2 1 9 0 3", "k and then 5 5 2 1 9 0 3"),
    ("C: THE NUMBER IS U LET ME SEE ONE THREE EIGHT SIX NINE TWO.", "U LET ME SEE"),
    ("C: the member id is k um four four seven one nine nine two", "k um four"),
    # near misses: "a" before a pause is the article, "then" after a word is no letter's
    ("C: it's a um 4471 9920", None),
    ("C: i paid a lot, then 44172930 went out", None),
]


@pytest.mark.parametrize(("line", "value"), LETTER_OPENS_ID)
def test_letter_opening_an_id(analyzer, line: str, value) -> None:
    masked = turn_redacted(analyzer, ("A: what's the member number?", line), 1)
    if value is None:
        assert masked.startswith(("4471", "44172930"))
    else:
        assert value in masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters after a case's name are the id's, even a short word's: "CASE ME 24 …"
        ("OK CASE ME 24 3 3 0 7 I NEED A SIGNED REQUEST", {"ME 24 3 3 0 7"}),
        ("MY SISTER'S CASE ME 25 0 0 3 1 8", {"ME 25 0 0 3 1 8"}),
        ("the claim number we 4471 9920", {"we 4471 9920"}),
        # near miss: "in case" is no case's name
        ("just in case me and you 24 3 3 0 7", {"24 3 3 0 7"}),
        # capitals joined by a said dash: a state file number "d c dash 2024 55352"
        ("let me see. d c dash 2024 55352.", {"d c dash 2024 55352"}),
        (
            "okay. n y dash 2025 eight five eight one five",
            {"n y dash 2025 eight five eight one five"},
        ),
        # near miss: a unit's letters before a said dash
        ("it weighs 40 kg dash 55352 total", {"55352"}),
        # a turn that opens with a said dash continues an id
        ("dash five five eight one", {"dash five five eight one"}),
        ("so that was 4471 dash 5581", {"4471 dash 5581"}),
        # a single letter then a pause, opening a reply: "sure c um 3968079"
        (
            "sure c um three nine six eight zero seven nine",
            {"c um three nine six eight zero seven nine"},
        ),
        ("k uh 4471 9920", {"k uh 4471 9920"}),
        ("Yes. r, um, 5 5 1 0 9 3 2", {"r, um, 5 5 1 0 9 3 2"}),
        # near miss: "a" or "i" before a pause is a word
        ("sure i um 3968079", {"3968079"}),
    ],
)
def test_case_letters_said_dash_and_paused_letter(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound on an amount is a quantity: "per our terms up to 100000 can be transferred"
        ("THERE ARE 208897 POINTS PER OUR TERMS UP TO 100000 CAN BE TRANSFERRED", set()),
        ("you can move at least 250000 miles", set()),
        ("there's a limit of 5000000 on that card", set()),
        # guard test: a number after other words, or a long one, is still someone's
        ("the number is up to date, it's 100000 4471", {"100000 4471"}),
        ("my code goes up to 12345678901", {"12345678901"}),
    ],
)
def test_amount_bounds_are_quantities(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id's head of letters and digits, glued by the normaliser, before a said dash
        (
            "your reference number is b two one z dash ninety six fifty six",
            {"b two one z dash ninety six fifty six"},
        ),
        (
            "LET ME WRITE THAT DOWN E THIRTY SEVEN F DASH NINETY SIX TWENTY TWO",
            {"E THIRTY SEVEN F DASH NINETY SIX TWENTY TWO"},
        ),
        ("the code is k four q - 5531 2207", {"k four q - 5531 2207"}),
        ("it's gh9 uh 44078 12", {"gh9 uh 44078 12"}),
        # the head read apart, letter by letter and group by group
        ("the number is S 87 A dash 1227.", {"S 87 A dash 1227"}),
        ("your ticket number is R 29 V dash 6855.", {"R 29 V dash 6855"}),
        ("it's T 4 dash 55817", {"T 4 dash 55817"}),
        # a glued head before a space, and a round last group written as an amount
        ("okay so r oh seven v seventy six hundred", {"r oh seven v seventy six hundred"}),
        ("it's q nine nine x dash twenty one hundred", {"q nine nine x dash twenty one hundred"}),
        ("W07 A 1191 is the ticket", {"W07 A 1191"}),
        # a lone letter and a said dash opening a read-back
        ("a dash one sixty two seventy three", {"a dash one sixty two seventy three"}),
        ("so k dash 44172", {"k dash 44172"}),
        # near misses: a word, a unit or a count before the number stays visible
        ("I 95 dash 44172 is the exit", {"95 dash 44172"}),
        ("it took 10am - 44172 hmm", {"44172"}),
        ("the B12 cost twenty one hundred dollars", set()),
        ("add a dash of salt at 44172", {"44172"}),
    ],
)
def test_id_head_of_letters_and_digits(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a last digit said as a word after groups Whisper wrote, closing the turn
        ("Yes, it's 232 814 575 one.", {"232 814 575 one"}),
        ("that's 4471 992 330 nine", {"4471 992 330 nine"}),
        # near misses: "one" after a comma or going on is a pronoun
        ("it's 232 814 575, one.", {"232 814 575"}),
        ("it's 232 814 575 one of them is mine", {"232 814 575"}),
    ],
)
def test_last_digit_said_as_a_word(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("lines", "turn", "value"),
    [
        (
            (
                "A: let me give you a ticket number r as in romeo zero seven v dash seventy "
                "six hundred",
                "C: okay so r oh seven v seventy six hundred",
            ),
            1,
            "r oh seven v seventy six hundred",
        ),
        (
            ("A: Let me give you a confirmation number: B 65 W dash 0774.",),
            0,
            "B 65 W dash 0774",
        ),
        (
            ("A: the number is N seventy two s as in sam dash twenty-one eighty-three.",),
            0,
            "N seventy two s as in sam dash twenty-one eighty-three",
        ),
        (
            ("C: CAN YOU REPEAT THAT V D TWO UH FORTY FOUR ZERO SEVEN EIGHT",),
            0,
            "V D TWO UH FORTY FOUR ZERO SEVEN EIGHT",
        ),
    ],
)
def test_id_head_hidden_in_call(analyzer, lines, turn: int, value: str) -> None:
    """The head before the dash is hidden with the rest, in a call, read back too."""
    call = said(*lines)
    masked = covered(analyzer, call)[turn]
    assert value_hidden(masked, call.turns[turn].text, value), masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interpreter or a relative relays the first piece of a number, the turn ending
        ("He is giving 838.", {"838"}),
        ("She's saying 030...", {"030"}),
        ("The caller says 159.", {"159"}),
        ("she is giving eight four four", {"eight four four"}),
        ("he told me four one two two, correct?", {"four one two two"}),
        # a piece of one's own number named before it
        ("my phone number is nine sixty six", {"nine sixty six"}),
        ("okay my number five twenty one", {"five twenty one"}),
        ("His routing number is one double nine.", {"one double nine"}),
        ("My social is 271.", {"271"}),
        ("her cell number is 4 1 3", {"4 1 3"}),
        # the piece first, then owned as what the caller said
        ("Okay, two double five, that's what she said.", {"two double five"}),
        ("OKAY, 374, THAT'S WHAT SHE SAID.", {"374"}),
        # near misses: a round sum, a year, a short code, or the sentence going on
        ("He said 500.", set()),
        ("she said 700.", set()),
        ("okay, 300, that's what she said.", set()),
        ("he told me 911", set()),
        ("he said 838 people came", set()),
        ("She's saying 30.", set()),
        ("my number is 3 of 12 on the list", set()),
    ],
)
def test_relayed_first_piece(text: str, expected: set[str]) -> None:
    assert found(DigitSafetyNetRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent shows a model's shape by example: no one's id
        (
            "What's the model number on the bottom of the modem? It should be something "
            "like OZ-6497.",
            set(),
        ),
        ("can you read me the model number on the router, it'll usually look like AB-1234", set()),
        # guard: an account named between keeps its number the caller's
        (
            "the model number is on the bottom, and my account number, it should be like "
            "AB-4471 2290",
            {"AB-4471 2290"},
        ),
        ("my account number should be something like AB-4471", {"AB-4471"}),
    ],
)
def test_model_shown_by_example(analyzer, text: str, expected: set[str]) -> None:
    assert set(all_redacted_values(analyzer, "C: hi", "A: " + text)) == expected
