"""AccountIdRecognizer (ACCOUNT_ID): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.account_id_recognizer import AccountIdRecognizer
from recognizers.bank_account_recognizer import BankAccountRecognizer
from tests.recognizers.conftest import (
    assert_masked,
    covered,
    found,
    found_raw,
    said,
    turn_redacted,
    value_hidden,
)

CASES = [
    ("my account number is 00123456", {"00123456"}),
    ("member id AB123456", {"AB123456"}),
    ("claim number seven seven eight comma two one oh", {"seven seven eight comma two one oh"}),
    ("policy number P-778-2231", {"P-778-2231"}),
    ("it's A B 1 2 3 4 5 6", {"A B 1 2 3 4 5 6"}),
    ("policy number is p o l dash one one nine three", {"p o l dash one one nine three"}),
    (
        "account number six one seven six dash three four two eight",
        {"six one seven six dash three four two eight"},
    ),
    ("MEMBER ID X7K9Q2P4", {"X7K9Q2P4"}),
    ("Great. Confirmation GX7P2Q, right?", {"GX7P2Q"}),
    ("the record locator is h9pw4k", {"h9pw4k"}),
    # near misses: a booking cue with a time, a count or a plain word
    ("the reservation is at 7pm for 4 people", set()),
    ("your booking reference will be emailed", set()),
    # near misses: ordinals, measurements, amounts, numbers without an id cue
    ("on the 24th", set()),
    ("a 25mb file at 10am", set()),
    ("account balance is $1,234", set()),
    ("I've been a customer since 2019", set()),
    ("12345678", set()),
    ("account is 38291047, routing is next", {"38291047"}),
    ("account number 4471-2209-ab", {"4471-2209-ab"}),
    ("the X200 router", set()),
    ("model RT5400 keeps dropping", set()),
    # a code read back in capitals after "let me repeat that", "to confirm", "reading it back"
    ("let me repeat that q r x w p m", {"q r x w p m"}),
    ("okay let me repeat that h seven p a oh z", {"h seven p a oh z"}),
    ("reading it back, b as in bravo l m r four t", {"b as in bravo l m r four t"}),
    ("just to confirm v k 9 2 w", {"v k 9 2 w"}),
    # near misses: a bank's or an agency's initials, a word, short letters
    ("to confirm USAA is the bank", set()),
    ("let me repeat that", set()),
    ("let me repeat that h o u s e", set()),
    ("can you repeat that A B", set()),
    ("to confirm the ATM fee", set()),
    ("passport number c four seven one nine two eight three six",
     {"c four seven one nine two eight three six"}),
    ("and his is b 63018274", {"b 63018274"}),
    ("member id is k 7730 2291", {"k 7730 2291"}),
    ("the mac on the sticker says 3C 22 FB 91 4A 7D", {"3C 22 FB 91 4A 7D"}),
    ("it's b8:27:eb:4c:19:d2", {"b8:27:eb:4c:19:d2"}),
    ("mac 5c8a.9f2e.1b14 ok", {"5c8a.9f2e.1b14"}),
    ("tracking is 1Z 4R2 88A 03 1192 6650", {"1Z 4R2 88A 03 1192 6650"}),
    ("serial KX4 77 2019 88", {"KX4 77 2019 88"}),
    ("my plate is JRD 4471", {"JRD 4471"}),
    ("THE TRUCK'S PLATE WAS HMV 562.", {"HMV 562"}),
    ("license plate number 7ABC123", {"7ABC123"}),
    ("tag is q r z two one nine", {"q r z two one nine"}),
    # near misses: amounts with an article, counts, words, plates without a value
    ("it was a 1500000 loan", set()),
    ("it takes a 2 hour drive", set()),
    ("I have a 2019 honda", set()),
    ("the account number is a 10 digit number", set()),
    ("dead beef cafe bad", set()),
    ("the plate was stolen 2 days ago", set()),
    ("my plates expire in 2026", set()),
    ("meet at 3pm 4pm 5pm 6pm", set()),
    ("12 34 56 78", set()),
    # letters before the number, with or without a cue
    ("the prescription number is RX 7731904, 60 capsules", {"RX 7731904"}),
    ("Your repair order is RO 40418827.", {"RO 40418827"}),
    ("WORK ORDER NUMBER IS WK 3320917.", {"WK 3320917"}),
    ("It's MCOAS 55120.", {"MCOAS 55120"}),
    ("purchase order pq 7719302 was approved", {"pq 7719302"}),
    # read in pieces, with a hesitation or commas between them
    ("my bag tag is UA 402 118, um, 67", {"UA 402 118, um, 67"}),
    ("It's K P, uh, 4 4, 1 0 9, 3 7 2.", {"K P, uh, 4 4, 1 0 9, 3 7 2"}),
    ("the account number is 5521 0093, uh, 47", {"5521 0093, uh, 47"}),
    # letters and digits interleaved, spelled or typed
    ("I have it as P3M8X4 here", {"P3M8X4"}),
    ("okay so b7k2p9 and the last name", {"b7k2p9"}),
    # near misses: flights, currencies, standards, zips, models, dimensions, counts
    ("I flew UA 1184 from Denver", set()),
    ("it was USD 25000 in total", set()),
    ("we are ISO 27001 certified", set()),
    ("ship it to Erie, PA 16501", set()),
    ("the VX-4000 modem keeps rebooting", set()),
    ("I returned the XR-2200 printer", set()),
    ("we need 12x16x4 boxes", set()),
    ("my prescription is 30 tablets a month", set()),
    ("order 1500 units by friday", set()),
    ("And the Rx BIN is 004336?", set()),
    ("CPT 99213 was billed twice", set()),
    ("It's MRN 00552914.", set()),
    # a shouted reply's first word is no letter prefix
    ("YES, 216993781.", set()),
    ("UM, 446305821.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_account_id_recognizer(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where or how one logs in is not the login's name
        ("Your last login was from 10.44.2.19 on Monday.", set()),
        ("your login is locked after five tries", set()),
        ("my login is via the app", set()),
        ("my login is kpatel 19", {"kpatel 19"}),
    ],
)
def test_login_is_where_not_what(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "#" written before an order or ticket number is part of it
        ("That would be #7318204", {"#7318204"}),
        ("ORDER? IT'S #482", {"#482"}),
        ("it's ticket #61-3390", {"#61-3390", "61-3390"}),
        # ... not a rank or a pencil
        ("we're the #1 dealer in town", set()),
        ("grab a #2 pencil", set()),
        ("i paid at corner mart #4410 on main", set()),
        ("Kroger store #0623, how can I help?", set()),
        # quote, estimate and return numbers are ids, with a one-letter prefix
        ("THE QUOTE NUMBER IS E-774210", {"E-774210"}),
        ("the estimate number is 55103872", {"55103872"}),
        ("my return authorization number is 9920417", {"9920417"}),
        ("i want to return 3 items", set()),
        # a flight, an IRS form and a model's round number are no ids
        ("my flight ua four four one was moved", set()),
        ("did you get my 1099-INT yet", set()),
        ("the corrected 1098-E arrived", set()),
        ("it's the Archer C9000 router I bought", set()),
        # a username with its separator said: weak alone, an answer to "username?"
        ("its t okafor dash seventy one", {"t okafor dash seventy one"}),
    ],
)
def test_hash_quote_and_not_forms_or_models(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a repair or support ticket names an id alone
        ("about your repair ticket rpr 55126", {"rpr 55126"}),
        ("my support ticket is hd 40917", {"hd 40917"}),
        ("I bought a ticket 20 minutes ago", set()),
        # a code in capitals with a digit among lower-case words
        ("yes it's KQWTB7 I believe", {"KQWTB7"}),
        ("Sure, MXRL2P.", {"MXRL2P"}),
        # near misses: promo codes, named standards, short product names
        ("the coupon WINTER15 failed", set()),
        ("try SAVE20 at checkout", set()),
        ("I had COVID19 in march", set()),
        ("the PS5 and the MP3 player", set()),
        # a British number plate, whole or with its dash
        ("the tag is kd71-wxe", {"kd71-wxe"}),
        ("it's BX63LMN.", {"BX63LMN"}),
        ("my tv55 led screen", set()),
    ],
)
def test_ticket_capital_code_and_plates(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


# What is said after a spelled code belongs to it: digit groups, a last letter,
# letters before a mixed group, "to oh oh" for 200; a name run into one word and a number.
SPELLED_TAILS = [
    (
        "k as in king l as in lima four four ninety one q",
        {"k as in king l as in lima four four ninety one q"},
    ),
    ("it's h as in hotel b as in boy for oh oh", {"h as in hotel b as in boy for oh oh"}),
    ("it should be oh r t c six fifty one and that's it", {"oh r t c six fifty one"}),
    ("sure p k n thirty one b eight four four r s", {"p k n thirty one b eight four four r s"}),
    (
        "t as in Tom r as in Robert five five sixty two x is what I have",
        {"t as in Tom r as in Robert five five sixty two x"},
    ),
    # not ids: a flight, a product and a count, a parcel service
    ("I'm on UA 2214 tomorrow, connecting to BA 318", set()),
    ("we got the X5 2 times", set()),
    ("we sent it to UPS to oh", set()),
    ("the blender model k s m two forty shipped", set()),
    ("she flies on q f four sixty six", set()),
    ("my old x t seven hundred router", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_TAILS)
def test_spelled_code_tail(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's tnguyenb 42", {"tnguyenb 42"}),
        ("yeah kfarrowe_88", {"kfarrowe_88"}),
        ("it's station 12", set()),
        ("probably 40", set()),
    ],
)
def test_username_run_together_answer(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.25) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters in lower case before five digits or more: a shouted transcript, typed text
        ("HRN 5508129. THANKS.", {"HRN 5508129"}),
        ("YEAH THEY SENT ME QT 77105", {"QT 77105"}),
        ("PRQ 60417", {"PRQ 60417"}),
        ("i've opened support case xb 661 2087 for you", {"xb 661 2087"}),
        ("The appeal number is C-19-440281.", {"C-19-440281"}),
        ("your cancellation number is 3391407", {"3391407"}),
        # near misses: a pronoun or a word before a number, a state and zip, a flight
        ("call me 41876 times", set()),
        ("i live in tx 78701", set()),
        ("the plan 66120 is cheaper", set()),
        ("my flight ua 19903 was late", set()),
        ("just in case 2024 happens", set()),
    ],
)
def test_letters_before_a_number_in_lower_case(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plate read in groups, NATO words and letters among digits
        (
            "the plate is three kilo romeo sierra nine eighty one",
            {"three kilo romeo sierra nine eighty one"},
        ),
        ("plate p j w dash twenty two sixty", {"p j w dash twenty two sixty"}),
        ("my car, reg LK21 WDF", {"LK21 WDF"}),
        ("plate M B two four fifty seven and a 2021 van", {"M B two four fifty seven"}),
        # near misses: what happened to the plate, a fee
        ("the plate was stolen 3 weeks ago", set()),
        ("registration fee is 85 dollars", set()),
    ],
)
def test_plate_read_in_groups(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a last letter after a pause, or "a" where the clause ends
        ("it's r seven k m three, um, z", {"r seven k m three, um, z"}),
        ("k t four w six a got it", {"k t four w six a"}),
        ("claim number is 4418072 g if you need it", {"4418072 g"}),
        # near misses: an article before a word, a multiplication
        ("it's q w nine x five a new one", {"q w nine x five"}),
        ("account number 66120 x 4", {"66120"}),
    ],
)
def test_code_with_a_last_letter(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("um two eight one x sixty four thirty i think", {"two eight one x sixty four thirty"}),
        ("oh it's W K nine seven, thanks", {"W K nine seven"}),
        # near miss: a word and a number with a hedge
        ("probably forty i think", set()),
    ],
)
def test_reply_with_a_hedge_after_it(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.25) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a NATO word among the digits of a tracking number
        (
            "it's one zulu seven seven three one nine eight two zero four",
            {"one zulu seven seven three one nine eight two zero four"},
        ),
        ("serial 42 kilo 5581903", {"42 kilo 5581903"}),
        # a share suffix after the member number
        ("and the suffix is zero two", {"zero two"}),
        # the rest of a number said after a pause
        ("it reads GT 6 6 1 0 4 8... and then 9 1", {"GT 6 6 1 0 4 8... and then 9 1"}),
        # near misses: a count with a NATO word, a suffix as a word, more of a count
        ("we ordered 2 alpha 100000 units", set()),
        ("add a suffix to the file name", set()),
        ("ref xq 771920 and then 3 more", {"xq 771920"}),
    ],
)
def test_numbers_with_words_among_them(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British number plate with a space, in capitals or lower case
        ("It's BD64 RWX.", {"BD64 RWX"}),
        ("the car is lk17 hzp", {"lk17 hzp"}),
        ("SHE PARKED FT70 CMO OUTSIDE", {"FT70 CMO"}),
        # near misses: a model and a word after it
        ("the ps45 and the cable", set()),
        ("my tv32 set upstairs", set()),
        ("the a4 100 pages", set()),
    ],
)
def test_uk_plate_with_a_space(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British driving licence number, grouped or whole
        ("the licence number is HARRI 702154 DK 9WQ", {"HARRI 702154 DK 9WQ"}),
        ("BANKS912048TL9ZX", {"BANKS912048TL9ZX"}),
        ("I'LL NOTE IT, MORLE 651129 PJ 8AB.", {"MORLE 651129 PJ 8AB"}),
    ],
)
def test_uk_driving_licence_number(text: str, expected: set[str]) -> None:
    # (a shorter span inside it may come from another pattern: merged when redacting)
    got = found(AccountIdRecognizer(), text)
    assert expected <= got if expected else not got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a postal tracking number with the country's letters after the digits
        ("the tracking number is RN 6614 2093 GB", {"RN 6614 2093 GB"}),
        ("ZX 7720 4418 DE.", {"ZX 7720 4418 DE"}),
        ("IT'S LQ 301 884 729 FR", {"LQ 301 884 729 FR"}),
        # near misses: digits between words
        ("it is 12345678 to go", set()),
        ("on 20240115 at noon", set()),
    ],
)
def test_postal_tracking_number_with_country_letters(text: str, expected: set[str]) -> None:
    # (a shorter span inside it may come from another pattern: merged when redacting)
    got = found(AccountIdRecognizer(), text)
    assert expected <= got if expected else not got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference in parts with slashes, spelled or written
        ("our ref is k l m slash p t slash four four two", {"k l m slash p t slash four four two"}),
        ("it's TWN/HR/5530", {"TWN/HR/5530"}),
        ("FILE REF DPX/0193/LM PLEASE", {"DPX/0193/LM"}),
        # near misses: hours, not applicable, protocols, units
        ("we're open 24/7/365", set()),
        ("that's N/A for me", set()),
        ("TCP/IP settings", set()),
        ("take 5 mg/ml twice", set()),
        ("it's and/or 12 of them", set()),
    ],
)
def test_slashed_reference(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter or two, a slash and a number, as a roll or reference number is printed
        ("the roll number is C/30518-6", {"C/30518-6"}),
        ("ref KT/884102 on the letter", {"KT/884102"}),
        ("it's d/7720194", {"d/7720194"}),
        # near misses: "with", a fraction, a unit, a rate
        ("w/2500 down", set()),
        ("about 3/4 of it", set()),
        ("a/c was 1200 a month", set()),
    ],
)
def test_letter_slash_number(text: str, expected: set[str]) -> None:
    assert (
        expected <= found(AccountIdRecognizer(), text)
        if expected
        else not found(AccountIdRecognizer(), text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building society's roll number after its label
        ("roll number 66120395", {"66120395"}),
        ("my roll number is 4417 20", {"4417 20"}),
        # near misses: rolling, a roll of film
        ("it rolled 12 feet", set()),
        ("a roll of 24 photos", set()),
    ],
)
def test_roll_number(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole reply that is a British postcode
        ("SK4 1AB.", {"SK4 1AB"}),
        ("yeah it's b12 9qt", {"b12 9qt"}),
        ("EC1A 4HX", {"EC1A 4HX"}),
        # near misses: a time, a postcode inside a sentence left to the address recognizer
        ("a4 2pm", set()),
        ("at 2pm", set()),
    ],
)
def test_reply_that_is_a_uk_postcode(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter said "as in" a word before a number, and a receipt's number
        ("Booking reference is K as in kilo, 7720-41.", {"K as in kilo, 7720-41"}),
        ("your receipt number is tango romeo dash 5582 19", {"tango romeo dash 5582 19"}),
        ("receipt number GH-201774", {"GH-201774"}),
        # near misses: a receipt without a number
        ("the receipt is in your email", set()),
        ("keep the receipt for 30 days", set()),
    ],
)
def test_letter_as_in_word_and_receipt_number(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a safety recall's campaign, a flight with its departure, a named model: no ids
        ("there's an open recall 25V-117 on it", set()),
        ("RECALL CAMPAIGN 22E-046 COVERS IT.", set()),
        ("we can put you on BA2210 departing at noon", set()),
        ("the LH4417 arriving at 6 is full", set()),
        ("my dishwasher model KDT780SSS leaks", set()),
        # ids in the same shapes stay caught
        ("my account is 25V-117", {"25V-117"}),
        ("it's QRT7XB", {"QRT7XB"}),
    ],
)
def test_recall_campaign_flight_and_model_are_not_ids(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shortened "ref" after the code's noun, and groups that start with letters
        ("your booking ref is 7TQ 22 K.", {"7TQ 22 K"}),
        ("my order ref. TX9 441 B", {"TX9 441 B"}),
        ("booking reference Q7 HH2 4, thanks", {"Q7 HH2 4"}),
        ("reservation number is W4 77R.", {"W4 77R"}),
        # near misses: a referee, counts and words after the cue
        ("the ref 4 for the match", set()),
        ("booking ref for two adults", set()),
        ("booking ref 3 nights", set()),
        ("confirmation number is 2 rooms.", set()),
        ("booking reference is in the email", set()),
    ],
)
def test_shortened_ref_cue_and_letter_led_groups(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelled letter, a hesitation and a long number in pieces, and a spelled tail
        ("it's K uh, 40718822 uh, RT.", {"K uh, 40718822 uh, RT"}),
        ("so P forty one um, 772093", {"P forty one um, 772093"}),
        ("W uh, 3350 812", {"W uh, 3350 812"}),
        ("B um, 72 hmm, 881940", {"B um, 72 hmm, 881940"}),
        # near misses: "I"/"a", counted amounts, a short number, a dose
        ("I uh, 200000 dollars", set()),
        ("A uh, 123456", set()),
        ("X uh, 150000 miles", set()),
        ("gate C uh, 12 flights", set()),
        ("Vitamin D 50000 um, 2 a day", set()),
    ],
)
def test_letter_hesitation_and_number_in_pieces(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spelled letters that make a word are still an id's letters ("H A M" for HAM)
        ("my member id is h a m 402 775 913", {"h a m 402 775 913"}),
        ("the policy number is t as in tom o p 88 41 920", {"t as in tom o p 88 41 920"}),
        ("just to confirm, B E D 301 448 276?", {"B E D 301 448 276"}),
        # a word before a number is still no prefix
        ("the flat 12345 is empty", set()),
    ],
)
def test_spelled_letters_that_make_a_word_stay_in_the_id(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British National Insurance number with its last letter, whole or in pairs
        ("my NI number is J T 48 21 07 C", {"J T 48 21 07 C"}),
        (
            "it's S for sierra X for x-ray 90 11 47 D for delta",
            {"S for sierra X for x-ray 90 11 47 D for delta"},
        ),
        ("national insurance nr630194a thanks", {"nr630194a"}),
        # prefixes HMRC never issues, a word before digits and a letter
        ("on 12 34 56 a", set()),
        ("we 12 34 56 a", set()),
        ("it was 20 40 60 a", set()),
    ],
)
def test_national_insurance_number_keeps_its_last_letter(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court case read with its year, the case type's letters and its number
        (
            "calling about case twenty three cv oh oh four one eight",
            {"twenty three cv oh oh four one eight"},
        ),
        ("the docket is 21 cr 55190 please", {"21 cr 55190"}),
        ("my citation 25 tf 30417", {"25 tf 30417"}),
        # a time, a duration, a count, an amount after "case"
        ("in case 2 am 1030 is too early", set()),
        ("just in case 24 hr 1234 is wrong", set()),
        ("my case 3 to 5000 dollars", set()),
    ],
)
def test_court_case_number_with_year_and_type(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters a unit also has are an id's before seven digits or more
        ("so that's k as in kilo w 63 918 204 correct", {"k as in kilo w 63 918 204"}),
        ("reading back M B 5521 9087", {"M B 5521 9087"}),
        # a measurement stays visible
        ("it's rated 5 KW 12000", set()),
        ("about 12 GB 1024", set()),
        ("USD 25000000", set()),
    ],
)
def test_unit_letters_before_a_long_number_are_an_id(text: str, expected: set[str]) -> None:
    assert {v for v in found(AccountIdRecognizer(), text) if len(v) > 8} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's, a model's or a maker's code is a product's, not a person's
        ("the drain pump is part number WP8540211", set()),
        ("I've ordered part W11032770 for you", set()),
        ("it's a Maytag MVW6200KW1 washer", set()),
        ("the furnace is a Lennox EL296V045", set()),
        ("the oven is a kitchenaid k o s e five oh oh e s s", set()),
        ("model number FRS2731QB1 keeps tripping", set()),
        # an id after its cue stays caught
        ("my member id is QX48812", {"QX48812"}),
        ("your claim reference is KT77013B", {"KT77013B"}),
    ],
)
def test_part_and_model_codes_are_no_id(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three letters and a short number read off a ticket or a plate (weak alone: the
        # question about the plate or the id makes it)
        ("it says VRT 918 on it", {"VRT 918"}),
        ("the ticket has pxd 3307", {"pxd 3307"}),
        # a month and a year, a round number, a unit, a word
        ("it says feb 2024", set()),
        ("it says ups 1200", set()),
        ("it says the 4417", set()),
    ],
)
def test_letters_and_short_number_read_off_a_plate(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plate written with its letters either side of the number
        ("So that's TX 2208 BR, correct?", {"TX 2208 BR"}),
        ("the boat is registered as MA 4471 QP", {"MA 4471 QP"}),
        # a time with its zone, a maker, a unit, a pronoun
        ("we open AT 1130 AM EST", set()),
        ("it was BMW 330 XI", set()),
        ("we drove 420 KM", set()),
        ("the 2019 Ford F 150 XL", set()),
    ],
)
def test_plate_with_letters_either_side_of_the_number(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three capitals and a short number said back whole after a reply word
        ("Okay, HVT 382. You're all set.", {"HVT 382"}),
        ("Not quite, PLW 5907.", {"PLW 5907"}),
        ("Right. So that's QDX 641?", {"QDX 641"}),
        # a currency, a standard, a maker, a month and year, a round number, mid-sentence
        ("Okay, USD 250.", set()),
        ("Yes, ISO 9001.", set()),
        ("Okay, BMW 330.", set()),
        ("Okay, DEC 2024.", set()),
        ("Okay, HVT 300.", set()),
        ("we paid HVT 382 last week", set()),
    ],
)
def test_short_code_said_back_as_a_sentence(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a username with a surname said in two words after the initial
        ("yes, d van dorn 61", {"d van dorn 61"}),
        ("it's k mac donald 7", {"k mac donald 7"}),
        ("r okonkwo 71", {"r okonkwo 71"}),
        # not a reply that is only a username
        ("yes, the side room 12", set()),
        ("b side room 12 please, and the parking", set()),
    ],
)
def test_username_with_two_word_surname(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flight said after flying is no id; a model year after an id cue is no id
        ("i fly back on u a four four one two", set()),
        ("we're flying out on DL2207 tomorrow", set()),
        ("your policy is on the twenty nineteen toyota camry", set()),
        ("i have your policy here for the 2021 HR-V", set()),
        # the same shapes as ids stay ids
        ("my member id is AB52207", {"AB52207"}),
        ("the policy number is 2019 4471 22", {"2019 4471 22"}),
    ],
)
def test_flights_and_model_years_are_no_id(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an airline's designator and its flight number in a turn about travel
        ("anything earlier? I fly back on G4 2217.", set()),
        ("we're booked on the NK 418 flight home", set()),
        # the same shape with no travel word, or a long member number, is an id
        ("the member number is G4 22177", {"G4 22177"}),
        # a booking code in a turn that also talks of a flight
        ("no that's the flight one, the hotel one is H B 4 4 0 9", {"H B 4 4 0 9"}),
        ("for the flight home my booking ref is KT 7731", {"KT 7731"}),
    ],
)
def test_flight_with_designator_is_no_id(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words of a shouted turn (as written, not normalised) are no letter prefix
        ("CALL US BACK ON 0113 496 0551", set()),
        ("IT WAS SENT FROM 55120 7781", set()),
    ],
)  # fmt: skip
def test_shouted_words_are_no_prefix(text: str, expected: set[str]) -> None:
    recognizer = AccountIdRecognizer()
    spans = recognizer.analyze(text, recognizer.supported_entities)
    assert {text[r.start : r.end] for r in spans} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government form or an IRS notice named by its number is no id
        ("please send your W-9 before friday", set()),
        ("the W-8BEN-E covers the company", set()),
        ("bring the DS-160 confirmation page", set()),
        ("his SF-50 shows the grade", set()),
        ("the IRS sent me a 4883C and i don't know why", set()),
        ("the notice says CP2000 at the top", set()),
        ("i got letter 6331C yesterday", set()),
        # ids of the same shapes stay ids
        ("the claim number is DD-2148803", {"DD-2148803"}),
        ("my member id is W48813", {"W48813"}),
        ("the order is 4471C, from the store", {"4471C"}),
    ],
)
def test_government_forms_and_irs_notices(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code of letters only, with no vowel, anywhere in the turn
        ("QWXTRB sorry, the kids are loud", {"QWXTRB"}),
        ("okay so that was BZKPLM?", {"BZKPLM"}),
        ("the reference is ghjktn", {"ghjktn"}),
        # sounds, words and acronyms are no code
        ("hmmmm let me see", set()),
        ("mmhmm that's right", set()),
        ("i saw it on MSNBC", set()),
        ("the RHYTHM is off", set()),
        ("pffft fine", set()),
    ],
)
def test_letter_only_codes_without_vowels(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's mara.vidal.27, I believe.", {"mara.vidal.27"}),
        ("it's kenji_okafor_5", {"kenji_okafor_5"}),
        ("sure, dana.whitfield_301", {"dana.whitfield_301"}),
        # a filler before a number is no id's letters (the number alone is the safety net's)
        ("it's 512 hmm 4478802", set()),
        # no username: a web address, a version
        ("it's shop.example.com", set()),
    ],
)
def test_dotted_username_answers(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter glued to a long number is the id's, not thousands
        ("Medicaid ID 40917736K.", {"40917736K"}),
        ("client id 3318207b", {"3318207b"}),
        # a letter and a digit last: "claim number is 41 220917 K3"
        ("Your claim number is 38 551902 B7.", {"38 551902 B7"}),
        ("the policy number is 4417 2290 R2", {"4417 2290 R2"}),
        # a carer's or a provider's number, short, spelled and joined by the normaliser
        ("carer number d six one two i've moved", {"d six one two"}),
        ("provider id T904", {"T904"}),
        # a file named with its owner: "under your file GHTRE 44017"
        ("it's under your file mkvtr 50916.", {"mkvtr 50916"}),
        # near misses: thousands, a model's round number, a count
        ("the salary is 90k", set()),
        ("reboot the XR-4300 in a minute", set()),
        ("my Orbi RB5000, it's old", set()),
        ("carer number of hours is 12", set()),
    ],
)
def test_glued_letters_tails_and_short_cued_codes(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply after a pause asked for: "hang on ok d q r fifty two"
        ("hang on ok d q r fifty two", {"d q r fifty two"}),
        ("just a second, T K 88", {"T K 88"}),
        # a spelled read-back whose last letter is confirmed
        ("k five five one nine three two a matches", {"k five five one nine three two a"}),
        ("r nine nine four two eight one a yes", {"r nine nine four two eight one a"}),
        # near misses: an article before a word
        ("k five five one nine three two a perfect match", {"k five five one nine three two"}),
    ],
)
def test_replies_after_a_pause_and_confirmed_read_backs(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text, threshold=0.3) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters straight after "number (is)" belong to the id, even a word or a unit
        ("the contract number is an 6610 2294", {"an 6610 2294"}),
        ("policy number ul 7720 1185", {"ul 7720 1185"}),
        ("membership number is ft 448 2091", {"ft 448 2091"}),
        # a national insurance number with a hesitation between its pairs
        ("it's ST 21 um 77 40 C", {"ST 21 um 77 40 C"}),
        ("it's pr 63 uh 01 94 a", {"pr 63 uh 01 94 a"}),
        # near misses: a word before a short number, a pronoun, a preposition
        ("the claim number is an 11 digit number", set()),
        ("account number is on 4471 22", {"4471 22"}),
        # a word written in capitals in a turn that is not shouted is the prefix
        ("yes the application ID is IN 5518 2093 71", {"IN 5518 2093 71"}),
        ("the permit number is ON 330 8172", {"ON 330 8172"}),
        ("the permit number is on 330 8172", {"330 8172"}),
    ],
)
def test_two_letter_prefix_after_a_number_cue_and_paused_ni_number(
    text: str, expected: set[str]
) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product's model or FCC id, and a screen size, are no ids; a serial is
        ("The serial is QX4-7781-20931. The model is QLX-65R2, the 65-inch.", {"QX4-7781-20931"}),
        ("the label says S/N KP2-4410-88213 and MDL BT-770", {"KP2-4410-88213"}),
        ("FCC ID 3BRT9-BT770 is printed under it", set()),
        ("model number is AX-3300b", set()),
        ("my account is AB7721-X, the model is fine", {"AB7721-X"}),
        # a plate in two groups after a state and "tag"
        ("GEORGIA TAG 41C RTZ, A BLUE HONDA.", {"41C RTZ"}),
        ("texas tag 9bx ktr.", {"9bx ktr"}),
        ("the tag is 2a and the rest", set()),
    ],
)
def test_models_are_not_ids_and_plates_in_two_groups(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


CODE_PIECES = [
    ("It's 4KZ", {"4KZ"}),
    ("And M805", {"M805"}),
    ("and R7T2", {"R7T2"}),
    ("and kilo sierra tango whiskey", {"kilo sierra tango whiskey"}),
    ("three eight kilo", {"three eight kilo"}),
    ("and 47 lima 9", {"47 lima 9"}),
    # near misses: times, ordinals, well-known names, words with phonetic letters
    ("It's 3PM", set()),
    ("it's 2nd", set()),
    ("and MP3", set()),
    ("and NASA", set()),
    ("i'm in delta", set()),
    ("the hotel in victor", set()),
    ("papa john's", set()),
    ("in 2024", set()),
    ("and 4 delta", set()),
]


@pytest.mark.parametrize(("text", "expected"), CODE_PIECES)
def test_code_piece_said_alone(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


def test_the_pronoun_one_after_an_account_ending() -> None:
    text = "I see the account ending in 7362, 1 for $88.10 on the 3rd."
    assert found_raw(AccountIdRecognizer(), text) == ["7362"]
    assert found_raw(AccountIdRecognizer(), "my account number is 4471, 2, 9") != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your ticket number is HP dash 6 2 0 4 8.", "HP dash 6 2 0 4 8"),
        ("okay your claim number is RQ hyphen 3 3 9 1 7", "RQ hyphen 3 3 9 1 7"),
        ("mm your case number is km dash 8 1 1 5 0", "km dash 8 1 1 5 0"),
    ],
)
def test_letters_joined_by_a_said_dash_are_the_ids(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize("text", ["hp 62048", "MB 71930.", "okay, ft 204417"])
def test_a_units_letters_said_back_before_an_id_are_its(text: str) -> None:
    # (a weak answer's score: the call's question decides)
    value = text.removeprefix("okay, ").rstrip(".")
    assert found(AccountIdRecognizer(), text, threshold=0.25) == {value}


@pytest.mark.parametrize(
    "text",
    ["ok 62048", "uh 62048", "the engine is 250 cc", "it's about 1200 sq ft", "dash 62048"],
)
def test_no_units_or_fillers_become_an_id(text: str) -> None:
    values = found(AccountIdRecognizer(), text, threshold=0.25)
    assert not any(v[:1].isalpha() for v in values)


def test_a_court_file_with_its_year() -> None:
    assert found(AccountIdRecognizer(), "QRT 8806/2021.") == {"QRT 8806/2021"}
    assert found(AccountIdRecognizer(), "we went 50/50 on it") == set()
    assert "ISO 14001/2015" not in found(AccountIdRecognizer(), "it meets ISO 14001/2015")


@pytest.mark.parametrize(
    "text",
    [
        "press two on the remote then enter code w q z seven seven one on the website",
        "Then enter the code LPV-580 on the app.",
    ],
)
def test_a_code_to_type_in_on_a_website_stays(text: str) -> None:
    assert found(AccountIdRecognizer(), text) == set()


def test_a_code_for_the_caller_elsewhere_stays_redacted() -> None:
    assert found(AccountIdRecognizer(), "my member id is LPV580") == {"LPV580"}


# --- the verb "be", MAC addresses, plates and motor-carrier numbers -----------------------


@pytest.fixture(scope="module")
def account() -> AccountIdRecognizer:
    return AccountIdRecognizer()


@pytest.mark.parametrize(
    "text, kept",
    [
        # "be" before a number is the verb, not a MAC's first hex pair
        ("that'd be 7310268894.", "be"),
        ("it would be 3 8 2 7 1 0 5 5 4 6", "be"),
    ],
)
def test_the_verb_be_is_no_mac_pair(account, text, kept):
    assert not any(v.startswith(kept + " ") for v in found(account, text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("the mac is 4C 1D 9E 07 B2 3A", "4C 1D 9E 07 B2 3A"),
        ("mac 7b3c.1f9e.2d41 please", "7b3c.1f9e.2d41"),
        ("it shows 7E:02:BB:19:C4:55", "7E:02:BB:19:C4:55"),
    ],
)
def test_mac_addresses_still_found(account, text, value):
    assert value in found(account, text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("license plate k like kilo t r three nine two one and his name is", "three nine two one"),
        ("the plate is bxw 4471 and the car is blue", "4471"),
    ],
)
def test_plate_ends_before_the_next_word(account, text, value):
    hits = found(account, text)
    assert any(value in h for h in hits)
    assert not any(h.endswith(" and") for h in hits)


def test_plate_keeps_its_last_letters(account):
    assert "jrd 552 q" in found(account, "the plate is jrd 552 q")


@pytest.mark.parametrize("text", ["MC 770215.", "it's under MC 6120448 i think"])
def test_motor_carrier_label_is_not_part_of_the_number(account, text):
    assert not any(h.startswith("MC") for h in found(account, text))
    assert not any(h.startswith("MC") for h in found(BankAccountRecognizer(), text))


# ---- round 52-54 fixes: a slash in a year, size or date is no reference


@pytest.mark.parametrize(
    "text",
    ["the 2023/2024 tax year", "a screen at 1920/1080 px", "open 24/7", "due 12/2025"],
)
def test_slash_non_reference_not_found(text):
    assert found_raw(AccountIdRecognizer(), text) == []


# ---- round 56-59 fixes: tyre sizes are no account id


@pytest.mark.parametrize(
    "text",
    [
        "the size is on the sidewall, it's 225/55R18.",
        "they're P215/60R16 all season tires",
        "I need four LT275/65 R 20 tires",
        "the front ones are 245/40ZR19 98Y",
    ],
)
def test_tyre_sizes_are_no_account_id(account, text: str) -> None:
    assert found(account, text) == set()


def test_codes_with_a_tyre_like_piece_stay(account) -> None:
    assert found(account, "my policy number is 55R19 6620") == {"55R19 6620"}


# ---- cycle 58 (rounds 62-63): short endings of cards, accounts and ids


def _masked(analyzer, *lines: str) -> str:
    """The last line as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))[-1]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: i see the card ending in fifty one six is that it", "fifty one six"),
        ("A: refunded to the card ending 082 yesterday", "082"),
        ("A: so that's an account ending seventy four one", "seventy four one"),
        ("C: i don't have it with me but it ends in six double four", "six double four"),
        ("C: Not in front of me, but it ends in 31-9.", "31-9"),
        ("C: i think it ends with dash two seven one", "dash two seven one"),
    ],
)
def test_short_endings(analyzer, line, value):
    masked = _masked(analyzer, line)
    assert value_hidden(masked, line[3:], value), masked


# ---- cycle 60 (round 65): a form, a short code or a flight named by the agent, a plate
# read back later in its sentence, letters said apart


@pytest.mark.parametrize(
    ("turn", "kept"),
    [
        ("I'll send the SSA-827 and the release to you today.", ["SSA-827"]),
        ("Please fill out the DS-5504 and mail it in.", ["DS-5504"]),
        ("You can forward it to 8844, that's a short code.", ["8844"]),
        ("Just text STOP to 30512 and they'll quit.", ["30512"]),
        ("Forward the message to 4357, that's HELP on the keypad.", ["4357"]),
        ("I can put you on UA 1742 tomorrow at 6:40 a.m, two seats.", ["UA 1742"]),
        ("I can rebook you on DL 2208 tonight at 9 p.m.", ["DL 2208"]),
        ("The after-hours desk line is 555-0162, extension 4.", ["555-0162"]),
    ],
)
def test_agents_forms_codes_and_flights_stay_visible(analyzer, turn, kept):
    turns = [("B", "Okay, what do I do next?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, [], kept)


@pytest.mark.parametrize(
    ("turn", "hidden", "kept"),
    [
        (
            "I SEE IT. THE PLATE ON FILE IS MISSING A LETTER, KVR 4417. I'LL FIX IT NOW.",
            ["KVR 4417"],
            ["I'LL FIX IT"],
        ),
        ("Got it, the plate on the account reads a bit off, 7MJT 302.", ["7MJT 302"], []),
        ("Right, your plate on file was wrong, hx 5529.", ["hx 5529"], []),
        # not a plate: a year, a count, a time
        ("The plate sticker expires in 2027.", [], ["2027"]),
        ("The plate was renewed 3 days ago, on the 14th.", [], ["3 days", "14th"]),
    ],
)
def test_plate_read_back_later_in_its_sentence(analyzer, turn, hidden, kept):
    turns = [("B", "Did you find my car?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, hidden, kept)


@pytest.mark.parametrize(
    ("turn", "hidden", "kept"),
    [
        (
            "Your son's will be D F 417 two eight 6 three one five, and yours ends in nine.",
            ["D F 417 two eight 6 three one five"],
            ["ends in nine"],
        ),
        ("The wait will be 45 minutes or so.", [], ["45 minutes"]),
    ],
)
def test_member_number_letters_said_apart(analyzer, turn, hidden, kept):
    turns = [("B", "And what are the new member numbers?"), ("A", turn)]
    assert_masked(analyzer, turns, 1, hidden, kept)


@pytest.mark.parametrize(
    "text",
    [
        "And you'd also need a W-8BEN if you move abroad",
        "It is, under Forms, number PX-318. If you don't, we'll pay it out.",
        "Please quote our PO, 7723 on the invoice.",
    ],
)
def test_forms_and_our_po_not_account_ids(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


def test_account_letters_still_found() -> None:
    assert found(AccountIdRecognizer(), "my policy number is PX 4471 0932")


# An id said back in pieces as the agent types it, and a login that "isn't working".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let me just put that in... 7C21... D40... MP3", {"7C21... D40... MP3"}),
        ("Let me type it in... 4... 71F2... 8836... okay, got it.", {"4... 71F2... 8836"}),
        ("So I have R... 2281... 6619. Is that right?", {"R... 2281... 6619"}),
        ("let me enter that... 55K... 0192… T7", {"55K... 0192… T7"}),
        ("I've got 8Q... 301... 77. Correct?", {"8Q... 301... 77"}),
        # not counts, amounts or times said with a pause
        ("so I have 30... 40 minutes", set()),
        ("I have 2... maybe 3 accounts", set()),
        ("let me put that in... 40... 50 dollars", set()),
        ("So I have... uh... 3 items.", set()),
        ("let me just put that in... okay... done.", set()),
    ],
)
def test_typed_in_pieces(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My online login isn't working for the portal.", set()),
        ("the login wasn't accepted", set()),
        ("my login is kpatel_27", {"kpatel_27"}),
    ],
)
def test_login_is(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("No, not kilo, it's sierra. The rest is right.", {"kilo", "sierra"}),
        ("not foxtrot it's m as in mary the rest is right", {"foxtrot", "m as in mary"}),
        ("Not hotel, it's d as in david.", {"hotel", "d as in david"}),
        ("It's romeo, not yankee.", {"romeo", "yankee"}),
        ("no not zulu it's quebec", {"zulu", "quebec"}),
    ],
)
def test_letter_corrected_after_read_back(text: str, values: set[str]) -> None:
    assert values <= found(AccountIdRecognizer(), text), found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "no not delta it's united this time",
        "It's not B, it's C on the report card.",
        "not a lot, it's fine",
        "not really, it's okay",
    ],
)
def test_not_a_letter_correction(text: str) -> None:
    assert not found(AccountIdRecognizer(), text), found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Right, then five nine three.", "five nine three"),
        ("then eight one six.", "eight one six"),
        ("Right, then four seven.", "four seven"),
        ("It's 316—", "316"),
        ("It's 4, seven—", "4, seven"),
    ],
)
def test_rest_of_a_number_resumed_or_cut_off(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text), found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    ["then 30", "okay then twelve", "then three hundred", "It's $40—", "then 45"],
)
def test_counts_after_then_stay_visible(text: str) -> None:
    assert not found(AccountIdRecognizer(), text), found(AccountIdRecognizer(), text)


def test_print_sizes_stay_visible():
    for text in (
        "The package with the three 4x6s and one 8x10, please.",
        "I'd like two 5x7s and the wallets.",
        "Can you frame the 11x14 for me?",
    ):
        assert found_raw(AccountIdRecognizer(), text) == [], text


def test_real_ids_still_found():
    assert found_raw(AccountIdRecognizer(), "My account number is AB4471932.") != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5R. That's R like romeo.", "5R"),
        ("and 31W, that's W as in whiskey", "31W"),
        ("9j. That's J.", "9j"),
    ],
)
def test_piece_with_letter_confirmed(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "i want the 4K, that's 4 like four",
        "see you at 2 p.m. That's P.",
        "i'm in 4B, that's the one",
        "about 40 of them. That's it.",
    ],
)
def test_piece_with_letter_not_confirmed(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("so the claim number is qtrvkz and the date", "qtrvkz"),
        ("your confirmation code is bcdfgh", "bcdfgh"),
    ],
)
def test_cued_letters_only(text: str, value: str) -> None:
    assert value in found(AccountIdRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the case number is below the barcode",
        "the claim number is printed on the letter",
        "my order number is wrong",
        "the tracking number is rhythm",
    ],
)
def test_cued_letters_only_not_words(text: str) -> None:
    assert not found(AccountIdRecognizer(), text)


# --- spelled-letter ticket ids ("ticket h k p r t z w") -----------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("A: if you call back just mention ticket h k p r t z w", "h k p r t z w"),
        ("A: your case number is m d q l a x e.", "m d q l a x e"),
        ("A: I'll give you a reference number: b t v o k r.", "b t v o k r"),
        ("C: ok let me write that down j f x n y c q", "j f x n y c q"),
    ],
)
def test_spelled_letters_of_a_ticket_are_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    "line",
    [
        "A: the ticket is open now and someone will call you.",
        "A: your case is closed, anything else?",
        "C: let me write that down okay",
        "A: the claim was approved on friday.",
    ],
)
def test_words_after_a_ticket_cue_stay_visible(analyzer, line):
    assert "#" not in covered(analyzer, said(line))[0]


# --- a capital A or I ending an id ("6620 1184 A"); the words after an id stay readable ---


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("C: sure, it's RT 4410 2286 A.", "RT 4410 2286 A"),
        ("C: my member id is 73015528 I", "73015528 I"),
        ("C: the policy number is 6620 1184 A", "6620 1184 A"),
    ],
)
def test_a_capital_a_or_i_ending_an_id_is_redacted(analyzer, line, value):
    call = said(line)
    assert value_hidden(covered(analyzer, call)[0], call.turns[0].text, value)


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: my account number is 44710927 and I", "and I"),
        ("C: it's 44710927 a.", " a."),
        ("C: we paid 1200 for the A", "for the A"),
    ],
)
def test_words_after_an_id_stay_visible(analyzer, line, visible):
    assert visible in covered(analyzer, said(line))[0]


# --- a model number read off its label names the machine; an id after it stays caught ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the model number on the sticker is c two four three f z serial's worn off", set()),
        ("The model number on the sticker is KD3282-E, serial's worn off.", set()),
        ("the model number on the back label reads WY-118", set()),
        ("model on the plate says s s y dash six one three zero", set()),
        ("the model number off the box is a j seven five double four dash w", set()),
        # the same codes after an id's cue, or a label that is not the model's, stay ids
        ("the account number on the sticker is KD3282-E", {"KD3282-E"}),
        ("the model number is RP-303 and my member id is KD3282-E", {"KD3282-E"}),
        ("the serial number on the sticker is KD3282-E", {"KD3282-E"}),
    ],
)
def test_model_number_read_off_its_label_is_no_id(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter code in a shouted turn (lower-cased by the normaliser), and its read-back
        ("YOUR CONFIRMATION NUMBER IS PGCZEJ.", {"PGCZEJ"}),
        ("THE TRACKING NUMBER IS BKQMRX, OKAY?", {"BKQMRX"}),
        ("your case number is xqbrtk.", {"xqbrtk"}),
        ("LET ME WRITE THAT DOWN. PGCZEJ?", {"PGCZEJ"}),
        ("let me jot that down: jbkwta.", {"jbkwta"}),
        # near misses: a word, a name, a hum where the code would be
        ("YOUR CONFIRMATION NUMBER IS PENDING.", set()),
        ("your order number is strength", set()),
        ("your confirmation number is sandra", set()),
        ("let me write that down. thanks!", set()),
        ("let me write that down. chris?", set()),
        ("let me write that down. mmhmm.", set()),
    ],
)
def test_letter_only_code_in_lower_case(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


# ---- round 85 fixes: a number's rest read back; a field label after an id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one six eight four thats the rest", {"one six eight four"}),
        ("one triple oh thats the rest", {"one triple oh"}),
        ("five eight two eight, that's the rest of it", {"five eight two eight"}),
        # near misses: an amount that is the rest of a balance
        ("i paid 500 that's the rest of the balance", set()),
        ("300 dollars is the rest", set()),
        ("$500 that's the rest", set()),
    ],
)
def test_rest_of_a_number_read_back(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "phone" labels the next field of a run-on answer, not the id's product kind
        ("I HAVE TO LEAVE AT FOUR ORDER X A THREE FIVE SIX FIVE NINE ZERO PHONE FIVE ONE TWO",
         {"X A THREE FIVE SIX FIVE NINE ZERO"}),
        ("it's order ab12345 phone number is 5125550147", {"ab12345"}),
        # a model and its product word stay readable
        ("the RT5400 phone is broken", set()),
        ("my ab12345 router keeps dropping", set()),
    ],
)  # fmt: skip
def test_id_before_a_phone_field_label(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("medicare, number is 1EG4 TE5 MK73", {"1EG4 TE5 MK73"}),
        ("my mbi is 1eg4-te5-mk73", {"1eg4-te5-mk73"}),
        ("it's 1EG4TE5MK73", {"1EG4TE5MK73"}),
        # near misses: a phone, and the shape with letters an MBI never uses
        ("call 1 800 555 1234", set()),
    ],
)
def test_medicare_beneficiary_identifier(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


# ---- round 86 fixes: a check's or a filled-in form's own number, capitals before four
# digits, a username named as the user an agent sees


ACCOUNT = AccountIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("okay i'll void check number one oh four four seven and reissue",
         {"one oh four four seven"}),
        ("the cheque number was 2 2 1 8 5", {"2 2 1 8 5"}),
        ("check number 30418 bounced", {"30418"}),
        ("i have the transfer form number T F 0 3 3 8 here", {"T F 0 3 3 8"}),
        ("the enrollment form number is EF 2290 1", {"EF 2290 1"}),
        ("ok i'll file it, incident number IN 5 5 0 2", {"IN 5 5 0 2"}),
        ("your reference number is ON 4 4 1 9 thanks", {"ON 4 4 1 9"}),
        # near misses: "check" the verb, a form's name, a word before a year
        ("let me check number 3 on the list", set()),
        ("the check number is on the bottom left", set()),
        ("fill in VA form 10-10CG", set()),
        ("i need the transfer form 8821", set()),
        ("the claim number in 2023 was different", set()),
    ],
)  # fmt: skip
def test_check_form_and_capital_prefix_numbers(text: str, expected: set[str]) -> None:
    assert found(ACCOUNT, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which user was it? It shows user mpetrova.", {"mpetrova"}),
        ("i will reset it for user jkowalski2 now", {"jkowalski2"}),
        ("log in as user tnguyen", {"tnguyen"}),
        # a system's role account is no one's username, but a name built on it is
        ("it shows user admin", set()),
        ("it shows user adminjk7", {"adminjk7"}),
        # English words after "user" are no username
        ("the user account is locked", set()),
        ("the user said it works", set()),
    ],
)
def test_username_named_as_the_user(text: str, expected: set[str]) -> None:
    assert found(ACCOUNT, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FZ4WS9MYGBDRKZHGH", {"FZ4WS9MYGBDRKZHGH"}),
        ("TDDFTBHW01JAYLZZT", {"TDDFTBHW01JAYLZZT"}),
        ("w g b eight s five v r w e l e k g s k u", {"w g b eight s five v r w e l e k g s k u"}),
        # near misses: seventeen digits alone, seventeen letters, a VIN's forbidden letters
        ("12345678901234567", set()),
        ("the abcdefghjklmnpr thing", set()),
        # an email's local part of the same shape is the email's, not a VIN
        ("sure, laurenhernandez five six at gmail dot com", set()),
    ],
)
def test_vin_with_few_digits(text: str, expected: set[str]) -> None:
    assert found(ACCOUNT, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("account ending five nine uh sorry five two", {"five nine", "five two"}),
        ("the account ends in 42, i mean 44", {"42", "44"}),
        # near miss: a count after the correction
        ("account ending 59 sorry 30 days left", {"59"}),
    ],
)
def test_account_short_ending_corrected(text: str, expected: set[str]) -> None:
    assert found(ACCOUNT, text) == expected


# ---- round 88: a reference read straight into the amount after it


@pytest.mark.parametrize(
    ("line", "id_part"),
    [
        (
            "C: my statement says reference number nine one three oh thirteen twelve nine "
            "three one thousand two hundred twenty three dollars and eighty seven cents",
            "nine one three oh thirteen twelve nine three",
        ),
        (
            "C: reference number two fifty one oh eight seven four nine five ninety one "
            "dollars and forty two cents at sunrise motel",
            "two fifty one oh eight seven four nine five",
        ),
        (
            "C: the confirmation number is four four one seven two two nine one eight six "
            "hundred dollars",
            "four four one seven two two nine one",
        ),
    ],
)
def test_reference_run_into_its_amount_is_hidden(analyzer, line, id_part):
    assert id_part in turn_redacted(analyzer, (line,), 0)


@pytest.mark.parametrize(
    "line",
    [
        "C: the account has twelve hundred dollars in it",
        "C: the reference says two hundred forty five dollars",
    ],
)
def test_amount_after_an_id_word_stays_visible(analyzer, line):
    assert "dollars" not in turn_redacted(analyzer, (line,), 0)
    assert turn_redacted(analyzer, (line,), 0) == ""


# ---- round 89 fixes: an order named by its number alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi i got charged twice for order 60418", {"60418"}),
        ("i'm calling about order 73319, it never came", {"73319"}),
        ("yeah my order 55120 was damaged", {"55120"}),
        # near misses: the verb, an amount, a time
        ("i'd like to order 12000 business cards", set()),
        ("the order 1500 dollars was too much", set()),
        ("I placed the order 3 weeks ago", set()),
    ],
)
def test_order_named_by_number(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone "a" before a code read in groups after its cue is kept with it
        ("your reference reference is a 583 h six.", {"a 583 h six"}),
        ("your confirmation number is a 7 k 22 j.", {"a 7 k 22 j"}),
        ("the booking reference is a b 472 k", {"a b 472 k"}),
        # ... but "a" and a number are no code alone
        ("your reference is a 5.", set()),
        ("the booking reference is a 12 page document.", set()),
    ],
)
def test_code_after_its_cue_with_a_first(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("answer", "hidden", "kept"),
    [
        # a pause inside a code given as the whole reply does not end it
        (
            "forty three sixty three K um four three four",
            ["forty three sixty three K um four three four"],
            [],
        ),
        ("uh 7 B, uh, 22 9 1", ["7 B, uh, 22 9 1"], []),
        ("R T uh 4471", ["R T uh 4471"], []),
    ],
)  # fmt: skip
def test_code_answer_with_a_pause(analyzer, answer, hidden, kept):
    turns = [("A", "what's the reservation number?"), ("C", answer)]
    assert_masked(analyzer, turns, 1, hidden, kept)


def test_count_with_a_pause_is_no_code(analyzer):
    turns = [("A", "how many bags are you checking?"), ("C", "2 um 3")]
    assert_masked(analyzer, turns, 1, [], ["2 um 3"])


# An item held for collection named by its number, and part of a plate spelled: (call,
# turn, value that must be redacted or None for a near miss that stays readable).
HOLD_AND_PARTIAL_PLATES = [
    (("A: perfect sam your hold number is h four four seven",), 0, "h four four seven"),
    (("A: your pickup number is P 2 2 9 1",), 0, "P 2 2 9 1"),
    (("A: the collection number is c seven one two",), 0, "c seven one two"),
    (("C: i got part of the plate seven k l something",), 0, "seven k l"),
    (("C: the plate started with k x four.",), 0, "k x four"),
    (("C: the plate number was 7 k l",), 0, "7 k l"),
    # near misses: a time or a drive after "plate", a hold that is no number
    (("C: the plate is bent, it needs 4WD",), 0, None),
    (("C: plate expires at 3PM",), 0, None),
    (("A: please hold, number is 4",), 0, None),
]


@pytest.mark.parametrize(("lines", "turn", "value"), HOLD_AND_PARTIAL_PLATES)
def test_hold_numbers_and_partial_plates(analyzer, lines, turn: int, value) -> None:
    masked = turn_redacted(analyzer, lines, turn)
    if value is None:
        assert masked == ""
    else:
        assert value in masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound on an amount after an account cue is a quantity, not the account's number
        (
            "there are 46772 points on the account per our terms up to one hundred thousand "
            "can be transferred",
            set(),
        ),
        ("THE POLICY PAYS UP TO 100000 FOR THE CLAIM", set()),
        ("your account can hold at least 25000 points", set()),
        ("the membership has a limit of 50000 miles a year", set()),
        # guard test: the same words near a real number still give it away
        (
            "account number up to date: 4471 9920 3312",
            {"4471 9920 3312"},
        ),
        ("account number 100000 4471 up to you", {"100000 4471"}),
        # a product the company offers, named by its line and its model
        ("Yes, we have the Jupiter JBR1000 for $38.75 a month.", set()),
        ("We rent the Yamaha YTR2330 for $20 a month.", set()),
        # guard test: an id's noun before the code is no product
        ("We have the account JBR1000 on file.", {"JBR1000"}),
        ("We have the Jupiter account JBR1000 on file.", {"JBR1000"}),
    ],
)
def test_amount_bounds_and_offered_products(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year said before the id's letter: "25 H 0 4 1 2"
        (
            "the case number for your records is 25 H 0 4 1 2",
            {"25 H 0 4 1 2"},
        ),
        ("your claim number is 24 k 5 5 1 0 9", {"24 k 5 5 1 0 9"}),
        ("THE FILE NUMBER IS 23 R 7 7 0 4", {"23 R 7 7 0 4"}),
        # ... or two letters: a court's civil case "24 CV 09113"
        (
            "its holt and vance case number twenty four c v oh nine one one three",
            {"twenty four c v oh nine one one three"},
        ),
        # near miss: an article or a size before the digits
        ("your order number is 25 x4000", {"4000"}),
        # two letters and two digits that close the id: "… 51 c d three eight."
        (
            "the tracking number is 1 z as in zebra f as in frank c as in charlie seven eight "
            "one seven five double seven d 51 c d three eight.",
            {
                "1 z as in zebra f as in frank c as in charlie seven eight one seven five "
                "double seven d 51 c d three eight"
            },
        ),
        ("the claim number is 4471 9920 AB12.", {"4471 9920 AB12"}),
        # the head of an id said in pieces, with pauses: "10 uh r um 64 l a l f …"
        (
            "Okay. 10 uh r um 64 l a l f x p b k z 8 j two.",
            {"10 uh r um 64 l a l f x p b k z 8 j two"},
        ),
        ("it's 7 um q uh 31 x k p w 9 z r 4", {"7 um q uh 31 x k p w 9 z r 4"}),
        # near miss: a number said before the id without a pause stays apart
        ("I have 3 accounts, my account is 4471 9920", {"4471 9920"}),
    ],
)
def test_year_before_a_letter_tails_and_paused_heads(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head before a said dash goes with the cued number
        (
            "Let me give you a confirmation number: C 06 U dash eighty five sixty one.",
            {"C 06 U dash eighty five sixty one"},
        ),
        (
            "your reference number is b two one z dash ninety six fifty six",
            {"b two one z dash ninety six fifty six"},
        ),
        (
            "let me give you a reference number: w as in william oh seven A eleven ninety one.",
            {"w as in william oh seven A eleven ninety one"},
        ),
        # near miss: a highway's "I" is no letter of the id
        ("your reference number is I 95 dash 44172", {"44172"}),
    ],
)
def test_id_head_before_the_cued_number(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listener repeats an id's one-letter head and asks for the rest
        ("wait l and then what", {"l"}),
        ("sorry w what was the rest", {"w"}),
        ("WAIT U AND THEN WHAT", {"U"}),
        ("wait, t and then what?", {"t"}),
        ("wait a what was the rest", {"a"}),
        # or says the missing rest themselves
        ("then 865 you forgot the rest", {"865"}),
        ("and 348 you forgot the rest", {"348"}),
        ("then 1, you missed the rest", {"1"}),
        # near misses: a pronoun, a step asked about, a letter inside a sentence
        ("wait i what was the rest", set()),
        ("sorry 412 and then what", set()),
        ("what was the rest", set()),
        ("so you take exit b and then what", set()),
    ],
)
def test_an_ids_head_asked_back_or_its_rest_said(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish names of an id, as a caller or an interpreter says them
        ("mi número de cuenta es cuatro cinco seis siete", {"cuatro cinco seis siete"}),
        ("Su número de confirmación es 7 seis cuatro cero", {"7 seis cuatro cero"}),
        ("mi numero de poliza es 4471 2290", {"4471 2290"}),
        (
            "mi número de reclamo es c l cinco cinco seis uno uno tres uno cero",
            {"c l cinco cinco seis uno uno tres uno cero"},
        ),
        ("mi número es 4471 2290", {"4471 2290"}),
        # near misses: no id named, or a count said
        ("el número de personas es cuatro", set()),
    ],
)
def test_spanish_id_cues(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter and a few digits after a noun naming a job, an entry or an order
        (
            "right we got it as a skin mount and uh the order was b two eight one",
            {"b two eight one"},
        ),
        ("that's fine you're on job c dash five two", {"c dash five two"}),
        ("ok i see him entry p oh four one", {"p oh four one"}),
        ("your exhibitor number is K 144", {"K 144"}),
        # near misses: no letter, or the letter an article
        ("the order was 2 boxes", set()),
        ("your ticket is a 100 percent refundable", set()),
        ("job 52 is done", set()),
    ],
)
def test_letter_code_after_job_noun(text: str, expected: set[str]) -> None:
    assert found(AccountIdRecognizer(), text) == expected
