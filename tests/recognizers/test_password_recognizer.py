"""PasswordRecognizer (PASSWORD): matches and near misses, with spans."""

from __future__ import annotations

import pytest

from recognizers.call_analyzer import CallAnalyzer
from recognizers.password_recognizer import PasswordRecognizer
from recognizers.spoken_normalizer import normalize
from tests.recognizers.conftest import (
    assert_masked,
    call_of,
    covered,
    found,
    found_in_call,
    redacted,
    redacted_values,
    said,
    texts_in_turn,
    turn_redacted,
    value_hidden,
    value_readable,
)

CASES = [
    # what the password is for is no value
    ("I'll need your account password to make changes", set()),
    ("we need the online password to verify the transfer", set()),
    # the case word before a word and a symbol is part of the password
    (
        "your temporary one: capital harbor pound sign 6 2 then log in",
        {"capital harbor pound sign 6 2"},
    ),
    ("set it to uppercase lantern at sign 19", {"uppercase lantern at sign 19"}),
    ("my password is sunflower42", {"sunflower42"}),
    ("my password is BlueHeron2024! okay", {"BlueHeron2024!"}),
    ("my password is sunflower!", {"sunflower"}),
    ("the password is blue tiger 42 and I changed it", {"blue tiger 42"}),
    ("PASSWORD IS HUNTER2", {"HUNTER2"}),
    ("change my password to Marigold!7", {"Marigold!7"}),
    ("my passphrase is correct horse battery staple", {"correct horse battery staple"}),
    # near misses: questions and statements about a password with no value
    ("what would you like your new password to be?", set()),
    ("I forgot my password", set()),
    ("the password is", set()),
    # a word and how it is typed: the whole description is the password
    ("falcon with a capital f and then 42 exclamation point",
     {"falcon with a capital f and then 42 exclamation point"}),
    ("copperleaf with a capital c pound sign nineteen",
     {"copperleaf with a capital c pound sign nineteen"}),
    ("it's juniper with an uppercase j star seven", {"juniper with an uppercase j star seven"}),
    ("ridgeway capital r 88", {"ridgeway capital r 88"}),
    # near misses: spelling instructions about a name or a letter, no value
    ("spell it with a capital j", set()),
    ("the password with a capital p", set()),
    ("i wrote it with a capital letter", set()),
    # typed passwords on their own: a symbol inside, or after a mixed-case value
    ("ok so make it Copper#Falls19 for now", {"Copper#Falls19"}),
    ("I'd like it to be Tulip&Rain7.", {"Tulip&Rain7"}),
    ("Got it, Wren$ong88, capital W.", {"Wren$ong88"}),
    ("set it as quartz_lamp31 please", {"quartz_lamp31"}),
    ("it's RiverStone51! now", {"RiverStone51!"}),
    # spelled aloud, as the normaliser writes it
    ("so that's capital p e a c h four one exclamation point",
     {"capital p e a c h four one exclamation point"}),
    ("let me repeat capital g as in golf o a t two two exclamation",
     {"capital g as in golf o a t two two exclamation"}),
    ("it's lantern dollar sign sixty two", {"lantern dollar sign sixty two"}),
    ("mosaic two nine asterisk", {"mosaic two nine asterisk"}),
    # near misses: prices, times, emails, brands, models, IVR symbols, bank names
    ("it costs $40 at AT&T", set()),
    ("see you at 5pm!", set()),
    ("email me at dora_vance42@example.com", set()),
    ("the router is a Clearpath-5G with Wi-Fi 6", set()),
    ("enter your pin followed by the pound sign", set()),
    ("I bank with Capital One 360", set()),
    ("use capital letters and 2 numbers", set()),
    ("5 star review!", set()),
    ("no i changed it to maple 12", set()),  # weak alone: needs a password cue nearby
    # "to" is a lead only as a whole word: no value starting inside "too"
    ("i entered the password too many times", set()),
    ("MY PASSWORD TOOK FOREVER TO RESET", set()),
    ("the passcode together with my pin", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_password_recognizer(text: str, expected: set[str]) -> None:
    assert found(PasswordRecognizer(), text) == expected


# Weak patterns: the words before the value (the turn itself) name a password.
PASSWORD_CUED_CASES = [
    ("the wifi password is the same, is it still copper kettle 63", {"copper kettle 63"}),
    ("the passcode i had expired so i changed it to lilac_moon 58", {"lilac_moon 58"}),
    ("for the password i think i put otter 2017", {"otter 2017"}),
    # a value the caller means to choose, and the word that closes the sentence
    ("for the new password i was gonna use snowday 2024 anyway", {"snowday 2024"}),
    ("the password? i'm going to use bluefish 77", {"bluefish 77"}),
    ("as the password we'll just use maple 2019", {"maple 2019"}),
    ("the password reset, i'm gonna use the app 2 times", set()),
    ("your password, is it still working for you?", set()),
    ("the password was reset 3 times", set()),
]


@pytest.mark.parametrize(("text", "expected"), PASSWORD_CUED_CASES)
def test_password_with_context_word(text: str, expected: set[str], analyzer) -> None:
    turns = redacted(analyzer, call_of(("Agent", text)))
    assert {value for entity, value in turns[0] if entity == "PASSWORD"} == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("um, it's bluejay 44", True),
        ("yeah ok kestrel_19", True),
        ("i paid 44 dollars", False),
        ("hold on one second", False),
        # a sentence after the value; the value read from a note
        ("IT'S CWQHZN20. WHAT WAS YOUR NAME AGAIN?", True),
        ("my son wrote it down hntswa 60", True),
        ("i have it written here, maple 44. is that right?", True),
        ("it's 5 minutes. hold on", False),
        ("my son wrote it down. it took 2 days", False),
    ],
)
def test_bare_password_answer_anchored(text, found):
    assert bool(PasswordRecognizer().analyze(text, ["PASSWORD"])) == found


# A password named as one item of a list, running to the end of the item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACCOUNT 7734 2019, PASSWORD LUCKY THE CAT.", {"LUCKY THE CAT"}),
        ("member 55120, passphrase orange kite, and zip 30301", {"orange kite"}),
        ("Password: harbour lights.", {"harbour lights"}),
        ("my pin is 4410 and safe word marmalade", {"marmalade"}),
        # talk about a password, no value
        ("the password expired.", set()),
        ("i tried the email, password reset, everything.", set()),
        ("i need the username, password, all that.", set()),
        ("password locked.", set()),
    ],
)
def test_a_password_named_in_a_list(text, expected):
    assert found(PasswordRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a hedge before the value is no part of it
        ("the wifi password is probably Kv9-pr22Xa if nobody changed it", "Kv9-pr22Xa"),
        ("the admin password is maybe Rq44!tern", "Rq44!tern"),
        ("my password is still harbor fox 61", "harbor fox 61"),
        ("the passcode is definitely Zm7-tt90", "Zm7-tt90"),
        # how the word is typed, said before it, belongs to the password
        (
            "it's capital juniper 48 exclamation point all one word",
            "capital juniper 48 exclamation point",
        ),
        ("uppercase maple 7 hashtag", "uppercase maple 7 hashtag"),
        ("make it cap orchid 305 dollar sign", "cap orchid 305 dollar sign"),
    ],
)
def test_hedge_and_case_words_around_a_password(text, value):
    spans = found(PasswordRecognizer(), text)
    assert value in spans
    assert not any(s.split()[0] in {"probably", "maybe", "still", "definitely"} for s in spans)


@pytest.mark.parametrize(
    "text", ["press 4 hashtag to continue", "the password is probably fine", "it's probably fine"]
)
def test_no_password_without_a_value(text):
    assert found(PasswordRecognizer(), text) == set()


# A word, then how it is typed, then digits or a symbol; and the normaliser's "AS" for
# "a capital s".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("okay pumpkin all lowercase fifty eight, got it", "pumpkin all lowercase fifty eight"),
        ("it is walrus in all caps nine nine hashtag", "walrus in all caps nine nine hashtag"),
        (
            "okay summer with a capital s three one eight exclamation mark got it",
            "summer with a capital s three one eight exclamation mark",
        ),
        ("so copper with a capital c forty one", "copper with a capital c forty one"),
    ],
)
def test_a_word_then_how_it_is_typed_then_digits_is_a_password(text, value):
    assert value in found(PasswordRecognizer(), text, threshold=0.6)


@pytest.mark.parametrize(
    "text",
    [
        "the form is all lowercase 5 pages",
        "it is written in all caps 3 times",
        "I paid with AT&T 20 dollars",
        "hi it's tom from finance at bellweather capital i'm booking for our ceo",
    ],
)
def test_case_words_in_ordinary_talk_are_no_password(text):
    assert not found(PasswordRecognizer(), text, threshold=0.6)


# A value given with how it is typed, and no cue word for a password before it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "okay it's honey bee seven seven two all lowercase no spaces you'll change it",
            "honey bee seven seven two",
        ),
        ("it's maple leaf four four one, all one word", "maple leaf four four one"),
        ("so it's bluefish ninety nine no spaces right", "bluefish ninety nine"),
        ("THAT'S HARBOR 58 ALL CAPS", "HARBOR 58"),
        # the whole reply, how it is typed after it
        (
            "rams fan twenty twenty three with a capital r and an exclamation point",
            "rams fan twenty twenty three",
        ),
        ("okay maple leaf four four one all one word", "maple leaf four four one"),
        ("um blue otter 19 with a dollar sign at the end", "blue otter 19"),
    ],
)
def test_a_value_then_how_it_is_typed_is_a_password(text, value):
    assert value in found(PasswordRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "it's 30 days all lowercase",
        "it's the 12 all caps",
        "it's about 20 no spaces",
        "it's maple leaf 4 hours, all one word",
        "it's honey bee 772 and you'll change it",
        "the room 12 with a capital r",
        "i paid 20 dollars with a capital one card",
        "okay so 30 with an exclamation",
    ],
)
def test_how_it_is_typed_needs_words_then_digits_before_it(text):
    assert not found(PasswordRecognizer(), text)


# What the caller typed and the login refused, with no question before it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I TRIED SEAHORSE2020 AND IT SAYS WRONG", "SEAHORSE2020"),
        ("i typed in walrus88 but it's not working", "walrus88"),
        ("we tried Kestrel_41! and it said invalid", "Kestrel_41!"),
    ],
)
def test_a_value_typed_and_refused_is_a_password(text, value):
    assert value in found(PasswordRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "I tried 2019 and it says wrong",
        "i used route66 last summer and loved it",
        "I tried PLAN B and it was wrong",
    ],
)
def test_a_value_tried_without_digits_or_refusal_is_no_password(text):
    assert not found(PasswordRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i think i used the old password which was maple 1987 and it failed", {"maple 1987"}),
        ("the passcode that was on there is probably Otter!5", {"Otter!5"}),
        # no digit or symbol: nothing said of the value
        ("the password that was emailed to me", set()),
        ("the password which was reset yesterday", set()),
    ],
)
def test_a_password_named_in_a_relative_clause(text, expected):
    assert found(PasswordRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password given away on a scam site, said as what was typed
        ("I... might have. I typed my password, Kestrel58.", {"Kestrel58"}),
        ("I TYPED MY PASSWORD, HARBOR19.", {"HARBOR19"}),
        ("i entered my old password willow 2207 on that page", {"willow 2207"}),
        # no digit or symbol, or a count: nothing said of the value
        ("I typed my password in there", set()),
        ("I entered my password on the site twice", set()),
        ("i typed my password in 2 times", set()),
        ("i tried my password like 5 times", set()),
        ("I tried my password like three times and it locked", set()),
    ],
)
def test_a_password_said_as_what_was_typed(text, expected):
    assert found(PasswordRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (("what temporary password do you want", "harbor nineteen",
          "alright harbor nineteen, you'll need to reset it after you sign in"), "harbor nineteen"),
        (("let's set a temp password", "make it copper sixty two",
          "ok copper sixty two you can use that to log in"), "copper sixty two"),
    ],
)  # fmt: skip
def test_a_new_password_said_back_with_how_to_use_it(analyzer, turns, value):
    call = call_of(*zip(("AGENT", "CUSTOMER", "AGENT"), turns, strict=True))
    assert ("PASSWORD", value) in redacted(analyzer, call)[2]


@pytest.mark.parametrize(
    ("reply", "value"), [("Okay, Falcon!.", "Falcon!"), ("sure, heron#", "heron#")]
)
def test_a_symbol_typed_at_the_end_of_a_password_answer(analyzer, reply, value):
    call = call_of(("AGENT", "what's the password on the account?"), ("CUSTOMER", reply))
    assert ("PASSWORD", value) in redacted(analyzer, call)[1]


# ---- round 52-54 fixes: a temporary password after a reset, a "?" at its end, rules read out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "i've reset your password your temporary one is capital river sixty two star you'll "
            "be asked to change it",
            "capital river sixty two star",
        ),
        (
            "I reset the password. Your new one is falcon 3318 hashtag. Change it when you log in.",
            "falcon 3318 hashtag",
        ),
        ("I reset your password, your temporary one is Otter-5521.", "Otter-5521"),
    ],
)
def test_temporary_password_after_reset(text, value):
    assert value in found(PasswordRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "I reset your password and your new one is on its way by email",
        "we reset your password, the new one is ready in 5 minutes",
        "the new password, the new one is 14 characters long right",
        "your card was replaced and the new one is arriving in 3 days",
    ],
)
def test_no_temporary_password_value(text):
    assert found(PasswordRecognizer(), text) == set()


def test_question_mark_typed_at_password_end(analyzer):
    values = redacted_values(analyzer, "A: Please set a new password.", "C: It's Quarry58?.")
    assert "Quarry58?" in values[1], values


def test_question_mark_after_password_is_a_question(analyzer):
    masks = covered(analyzer, said("A: Please set a new password.", "C: Can it be Quarry58?"))
    assert masks[1].endswith("?"), masks


@pytest.mark.parametrize(
    "rule",
    [
        "okay it says it needs a special character",
        "hmm it says it has to have a capital letter",
        "it wants at least twelve characters apparently",
    ],
)
def test_password_rule_read_off_screen_stays(analyzer, rule):
    masks = covered(analyzer, said("A: then it'll ask you for a new password", f"C: {rule}"))
    assert masks[1] == rule, masks


def test_password_reply_after_rule_still_redacted(analyzer):
    masks = covered(analyzer, said("A: and what's the new password", "C: lantern orchid"))
    assert "lantern" not in masks[1], masks


# ---- round 52-54 fixes: talk about a password, "a temporary one"


@pytest.mark.parametrize(
    "lines",
    [
        ("A: What should the new password be? Or you can set it by link.", "C: I'll use the link."),
        ("C: Could you set the password to anything? I can't reach my email.",),
        ("A: The guest password is printed on the card by the door.",),
        ("A: I'm emailing a temporary password to your work email now.",),
    ],
)  # fmt: skip
def test_talk_about_a_password_stays(analyzer, lines):
    values = redacted_values(analyzer, *lines)
    assert values[-1] == [], values


def test_a_temporary_one_leaves_only_the_value(analyzer):
    values = redacted_values(
        analyzer, "A: your portal password it's a temporary one harbor7731! change it later"
    )
    assert "harbor7731!" in values[0]
    assert not any("temporary" in v for v in values[0])


# ---- round 56-59 fixes: replies about doing it are no password; the wrap-up after a decline


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Would you like a new password?", "No, I'll change it myself."),
        ("Would you like to reset your password?", "No thanks, I can do that later."),
        ("Want to change your Wi-Fi password too?", "Okay, that should do it."),
        ("Do you want to update your password?", "That'll do."),
    ],
)
def test_reply_about_doing_it_is_no_password(analyzer, question: str, reply: str) -> None:
    call = said(f"A: {question}", f"C: {reply}")
    assert "#" not in covered(analyzer, call)[1]


@pytest.mark.parametrize(
    "reply",
    ["Let's make it Copperfield71", "It should be Juniper Lane", "Harbormaster"],
)
def test_a_new_password_still_redacted(analyzer, reply: str) -> None:
    call = said("A: What would you like the new password to be?", f"C: {reply}")
    assert "#" in covered(analyzer, call)[1]


def test_a_decline_then_wrap_up_leaves_the_next_reply_visible(analyzer) -> None:
    call = said(
        "A: You're verified. I've unlocked it. Would you like a new password now?",
        "C: No, I'll reset it myself.",
        "A: All right. Anything else today?",
        "C: Nope, thanks.",
    )
    assert covered(analyzer, call)[3] == "Nope, thanks."


def test_a_password_given_before_the_wrap_up_is_still_redacted(analyzer) -> None:
    call = said(
        "A: What would you like the new password to be?",
        "C: um, it's Quarry58",
        "A: Got it. Anything else?",
        "C: No, thanks.",
    )
    turns = covered(analyzer, call)
    assert turns[1] == "um, it's ########" and turns[3] == "No, thanks."


# ---- cycles 58-59 (rounds 62-64): a password said after the login refused it, a plan
# chosen, "what should the password be"


def _masks(analyzer, *lines: str) -> list[str]:
    """Each turn as the analyzer leaves it, redacted characters as '#'."""
    return covered(analyzer, said(*lines))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (
            "C: it says my password's wrong but i know it's right it's "
            "seagull nineteen eighty two with a capital s",
            "seagull nineteen eighty two",
        ),
        ("C: my password keeps coming up wrong, it's tulip 88", "tulip 88"),
        ("C: my passcode isn't working, i typed harbor 58", "harbor 58"),
    ],
)
def test_password_after_refusal(analyzer, line, value):
    masked = _masks(analyzer, line)[0]
    assert value_hidden(masked, line[3:], value), masked
    if "capital" in line:
        assert value_readable(masked, line[3:], "with a capital"), masked


@pytest.mark.parametrize(
    "line",
    [
        "C: my password is wrong, it's over 5 tries now",
        "C: my password isn't working, it's been 3 days",
    ],
)
def test_refusal_talk_is_no_password(analyzer, line):
    masked = _masks(analyzer, line)[0]
    assert value_readable(masked, line[3:], "5 tries" if "tries" in line else "3 days"), masked


def test_plan_chosen_after_passcode_is_no_password(analyzer):
    lines = (
        "A: Thank you. Your passcode?",
        "C: Juniper Ridge.",
        "A: You're on Basic at $19.99. Deluxe adds cellular backup for $29.99.",
        "C: Okay, let's do Deluxe.",
    )
    masked = _masks(analyzer, *lines)
    assert value_hidden(masked[1], lines[1][3:], "Juniper Ridge")
    assert value_readable(masked[3], lines[3][3:], "Deluxe")


def test_new_password_set_still_hidden(analyzer):
    lines = (
        "A: I can reset your password now.",
        "C: great, let's make it walnut 6621",
    )
    masked = _masks(analyzer, *lines)
    assert value_hidden(masked[1], lines[1][3:], "walnut 6621")


@pytest.mark.parametrize(
    "line",
    [
        "C: WHAT SHOULD THE NEW PASSWORD BE, CAN IT BE THE SAME",
        "C: what should the password be, could it be my old one",
    ],
)
def test_question_after_password_be_is_no_value(analyzer, line):
    masked = _masks(analyzer, "A: The link is sent.", line)
    assert "#" not in masked[1]


# ---- cycle 60 (round 65): a password guessed with a case note after it, a guess after the
# agent cannot see it

_PASSWORD = "What password did you use?"


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # how it is typed, said as a second thought, is no part of the value
        ("I think Sunset2019, or maybe with a capital.", ["Sunset2019"], ["with a capital"]),
        ("i think mango four four or maybe all caps", ["mango four four"], ["all caps"]),
        ("pretty sure it was harbor nine but maybe capitalized", ["harbor nine"], ["capitalized"]),
        # a second guess read with its digits and keys
        (
            "i think it was redfox one one or maybe red fox eleven dollar sign",
            ["redfox one one", "red fox eleven dollar sign"],
            [],
        ),
    ],
)
def test_password_guess_with_case_note(analyzer, reply, hidden, kept):
    assert_masked(analyzer, [("A", _PASSWORD), ("B", reply)], 1, hidden, kept)


@pytest.mark.parametrize(
    ("ask", "refusal", "guess", "hidden"),
    [
        (
            "can you just tell me my password",
            "sorry i can't see it it's encrypted",
            "okay i think it was seagull forty one",
            "seagull forty one",
        ),
        (
            "so what's the password",
            "we don't have access to passwords on our end",
            "hmm i think it was maplesyrup eight",
            "maplesyrup eight",
        ),
    ],
)
def test_caller_guesses_after_agent_cannot_see_password(analyzer, ask, refusal, guess, hidden):
    turns = [("B", ask), ("A", refusal), ("B", guess)]
    assert_masked(analyzer, turns, 1, [], ["encrypted" if "encrypted" in refusal else "access"])
    assert_masked(analyzer, turns, 2, [hidden], [])


@pytest.mark.parametrize(
    ("line", "value", "visible"),
    [
        (
            "A: Alright, I reset the password. Type it exactly: river stone hashtag forty "
            "two. You'll pick a new one after.",
            "river stone hashtag forty two",
            "You'll pick",
        ),
        (
            "A: okay the temporary password type it exactly maple leaf dollar sign nine "
            "one two you'll change it when you sign in",
            "maple leaf dollar sign nine one two",
            "you'll change",
        ),
        (
            "A: I've set a temporary passcode. Write this down: quietHarbor38. It lasts a day.",
            "quietHarbor38",
            "It lasts",
        ),
    ],
)
def test_dictated_password_found_whole(
    analyzer: CallAnalyzer, line: str, value: str, visible: str
) -> None:
    text = covered(analyzer, said(line, "C: Okay."))[0]
    assert "#" * len(value) in text
    assert visible in text


@pytest.mark.parametrize(
    "line",
    [
        "A: I'll reset the password. Type it exactly as you see it in the email.",
        "A: Your password was reset, write it down somewhere safe and sign in again.",
    ],
)
def test_dictation_without_a_value_visible(analyzer: CallAnalyzer, line: str) -> None:
    assert "#" not in covered(analyzer, said(line, "C: Okay."))[0]


# A password named where it is written ("the wifi password on the sticker is …").


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("And the wifi password on the sticker is maplewood527, if you need that.", "maplewood527"),
        ("the password for the guest network is harbor 72", "harbor 72"),
        ("the passcode on my router is otter 4410 i think", "otter 4410"),
    ],
)
def test_password_named_where_written(text: str, value: str) -> None:
    assert value in found(PasswordRecognizer(), normalize(text).text) or value in found(
        PasswordRecognizer(), text
    )


@pytest.mark.parametrize(
    "text",
    [
        "the password on the portal is different",
        "the password for the wifi is 12 characters long",
        "the password for the wifi is at least 8 characters",
        "the password on the router is the same as last year",
    ],
)
def test_password_talk_without_value_stays(text: str) -> None:
    assert not found(PasswordRecognizer(), text)


def test_spoken_wifi_password_redacted(analyzer) -> None:
    turns = (
        ("agent", "I see 14 drops in the last 6 hours."),
        (
            "customer",
            "and the wifi password on the sticker is falcon two nine one if you need that",
        ),
    )
    masks = covered(analyzer, call_of(*turns))
    assert value_hidden(masks[1], turns[1][1], "falcon two nine one")
    assert value_readable(masks[1], turns[1][1], "if you need that")


def test_exclamation_after_password_talk_is_not_a_password(analyzer) -> None:
    turns = redacted_values(
        analyzer,
        "A: I'm calling because a password reset was requested on your account.",
        "C: Not me!",
        "A: What would you like the new password to be?",
        "C: Can I just use walnut_58?",
    )
    assert turns[1] == []
    assert turns[3] == ["walnut_58"]


@pytest.mark.parametrize(
    "text",
    [
        "Your new temporary password will be texted. Last four of the SSN?",
        "your new password will be emailed to the address on file",
        "the temporary password was mailed to you last week",
        "YOUR NEW PASSWORD WILL BE MESSAGED SHORTLY",
        "the one time password is generated by the app",
    ],
)
def test_delivery_verb_is_no_password(text: str) -> None:
    assert found(PasswordRecognizer(), text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my new password will be Heron77!", "Heron77!"),
        ("the password is tangerine dash 8841", "tangerine dash 8841"),
    ],
)
def test_password_value_still_found(text: str, value: str) -> None:
    assert value in found(PasswordRecognizer(), text)


# --- a password offered again or spelled in pieces; the word alone stays readable ---------


def test_old_password_offered_again(analyzer):
    found = found_in_call(
        analyzer,
        [
            ("agent", "the reset link is on its way"),
            ("customer", "and the new password can it be the same as the old one tulip forty two"),
        ],
    )
    assert any("tulip" in t for t in texts_in_turn(found, 1))


def test_question_without_value_stays_visible(analyzer):
    found = found_in_call(
        analyzer,
        [("customer", "the password thing, can it be done by 5 today")],
    )
    assert texts_in_turn(found, 0) == []


def test_password_in_pieces(analyzer):
    found = found_in_call(
        analyzer,
        [("customer", "the wifi password is kb nine ox two lem and sign five if you need it")],
    )
    got = " ".join(texts_in_turn(found, 0))
    assert "kb" in got and "lem" in got
    assert "need" not in got


def test_password_rule_not_pieces(analyzer):
    found = found_in_call(analyzer, [("agent", "the password is on the back of the router")])
    assert texts_in_turn(found, 0) == []


# --- a password's last letter after a symbol ("cedar 47 dollar sign m") -------------------


def test_letter_after_symbol(analyzer):
    lines = ["A: i'll set a temporary password cedar 47 dollar sign m", "C: okay"]
    assert "cedar 47 dollar sign m" in turn_redacted(analyzer, lines, 0)


def test_symbol_then_talk(analyzer):
    lines = ["A: the password is harbor 58 dollar sign. I have a question"]
    assert "question" not in turn_redacted(analyzer, lines, 0)


# --- a password's last symbol word ("… question mark"); "set the password to X" redacts X alone ---


def test_symbol_word_ends_password(analyzer):
    out = turn_redacted(
        analyzer, ["A: your temporary password is harbor dollar sign 27 question mark"], 0
    )
    assert "question mark" in out


def test_question_mark_talk_stays(analyzer):
    assert turn_redacted(analyzer, ["C: is that a question mark at the end or a period?"], 0) == ""


def test_set_password_to_keeps_lead_visible(analyzer):
    out = redacted_values(
        analyzer,
        "A: What would you like the new password to be?",
        "C: Yes. Can you just set the password to Lantern#7!?",
    )[1]
    assert set(out) == {"Lantern#7!"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I AM HIS DAUGHTER THE PASSWORD HE SET UP IS BUTTERCUP", "BUTTERCUP"),
        ("the passcode my wife picked was tulip garden", "tulip garden"),
        ("the password that they gave us is copper kettle", "copper kettle"),
        ("the password he set up is expired", None),
    ],
)
def test_a_password_named_with_who_set_it(text, value):
    """Who chose the password, between the cue and the value, is no part of it."""
    got = {text[r.start : r.end] for r in PasswordRecognizer().analyze(text, ["PASSWORD"])}
    assert got == ({value} if value else set())


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("MY SON WROTE IT DOWN... CRWPWV ONE THREE. THANK YOU SO MUCH.", "CRWPWV ONE THREE"),
        ("my son wrote it down rosegarden one three", "rosegarden one three"),
        ("IT'S CWQHZN20. WHAT WAS YOUR NAME AGAIN?", "CWQHZN20"),
    ],
)
def test_a_password_answer_read_from_a_note(analyzer, reply, value):
    found = found_in_call(
        analyzer, [("agent", "and the passcode on the account?"), ("customer", reply)]
    )
    assert any(e == "PASSWORD" and value in t for i, e, t in found if i == 1)


# What the caller kept typing, and what they set instead: both are passwords.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "YEAH THATS ME, I KEPT TYPING DESERTROSE1 BUT I THINK I SET IT AS DESERTROSE!",
            {"DESERTROSE1", "DESERTROSE!"},
        ),
        ("i was entering maple22 and i had changed it to maple23", {"maple22", "maple23"}),
        ("we kept using Tiger#9 but we set it as Tiger#10.", {"Tiger#9", "Tiger#10"}),
        # near misses: no typed value
        ("i kept typing the address but i set it as home", set()),
        ("i kept trying 3 times but i set it as default", set()),
    ],
)
def test_a_value_kept_typed_and_the_one_set(text, expected):
    assert found(PasswordRecognizer(), text) == expected


# --- several new passwords in one breath ("temporary passwords are X for you and Y for …") -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "temporary passwords are pandatiger eight for you and winterwinter four for thomas",
            {"pandatiger eight", "winterwinter four"},
        ),
        (
            "Temporary passwords are falcon2011 for you and rocketpanda5 for Ana.",
            {"falcon2011", "rocketpanda5"},
        ),
        (
            "the new passwords are tiger six nine and capital pepper eight five",
            {"tiger six nine", "capital pepper eight five"},
        ),
        ("the passwords are maple 44, river 9 and stone 12.", {"maple 44", "river 9", "stone 12"}),
        # negatives: how they reach the caller, the rules they follow
        ("temporary passwords are sent to your email and they expire in a day", set()),
        ("your passwords are 12 characters long and need 2 numbers", set()),
        ("the passwords are 12 characters and 2 symbols", set()),
    ],
)
def test_several_passwords_given_at_once(analyzer, text, expected):
    turns = redacted(analyzer, call_of(("Agent", text)))
    assert {value for entity, value in turns[0] if entity == "PASSWORD"} == expected


@pytest.mark.parametrize("reply", ["A: employee ids", "A: account number", "A: usernames"])
def test_the_next_record_asked_for_after_password_talk_is_no_passphrase(analyzer, reply):
    call = said("C: i need password resets for myself and for my colleague", reply)
    assert covered(analyzer, call)[1] == call.turns[1].text


def test_a_plain_word_passphrase_after_password_talk_is_still_hidden(analyzer):
    values = redacted_values(analyzer, "A: and what's the verbal password", "C: employee heron")
    assert "heron" in " ".join(values[1])


@pytest.mark.parametrize(
    ("turn", "hidden", "kept"),
    [
        # the question and its answer written as one turn (diarization)
        (
            "what's the verbal password on the account uh it's z e p h y r nine nine",
            ["z e p h y r nine nine"],
            ["verbal password"],
        ),
        ("CAN YOU GIVE ME YOUR PASSCODE? THAT'D BE TIGERLILY59", ["TIGERLILY59"], ["PASSCODE"]),
        (
            "I'll need the passphrase you set up. Yeah, it's f-a-l-c-o-n two five",
            ["f-a-l-c-o-n two five"],
            [],
        ),
        ("what's the passphrase? uh it's copper kettle", ["copper kettle"], []),
        # negatives: what is said of the password, not its value
        (
            "what's the password on the account? it's the same as your pin",
            [],
            ["the same as your pin"],
        ),
        ("can you confirm the password? it's wrong", [], ["it's wrong"]),
        ("i need your passcode, it's required for changes", [], ["required for changes"]),
    ],
)
def test_question_and_answer_in_one_turn(analyzer, turn, hidden, kept):
    assert_masked(analyzer, [("agent", turn)], 0, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "hidden", "kept"),
    [
        # a password corrected in the reply: both values said are secret
        (
            "oh gosh i think it was tulip nine no sunflower twelve",
            ["tulip nine", "sunflower twelve"],
            [],
        ),
        (
            "it's blue heron no wait that's the old one it's pelican",
            ["blue heron", "pelican"],
            ["the old one"],
        ),
        ("hmm it was maple seven, sorry, maple eight", ["maple seven", "maple eight"], []),
        ("it's gardenia no wait that's my mom's it's magnolia", ["gardenia", "magnolia"], []),
        # negative: "no idea" is no second value
        ("i think it was rex no idea really", ["rex"], ["no idea really"]),
    ],
)
def test_a_password_corrected_in_the_reply(analyzer, reply, hidden, kept):
    turns = [("agent", "can i get the password on the account please"), ("customer", reply)]
    assert_masked(analyzer, turns, 1, hidden, kept)


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        # a password said in Spanish, its symbols and capitals said in Spanish words
        (
            "C: Mire, mi contraseña es corazon seis ocho signo de exclamación.",
            "corazon seis ocho signo de exclamación",
        ),
        (
            "C: MI CONTRASEÑA ES MAYÚSCULA G UADALUPE SEIS SIETE ASTERISCO.",
            "MAYÚSCULA G UADALUPE SEIS SIETE ASTERISCO",
        ),
        ("C: bueno, la contraseña es luna dos tres signo de dólar", "luna dos tres signo de dólar"),
        ("C: Sí, mi contraseña, Dragon7298.", "Dragon7298"),
    ],
)
def test_spanish_password_found(analyzer: CallAnalyzer, reply: str, value: str) -> None:
    lines = ("A: Thanks, and how can I help today?", reply)
    assert value in turn_redacted(analyzer, lines, 1)


@pytest.mark.parametrize(
    "reply",
    ["C: la contraseña es muy larga, no me acuerdo", "C: mi contraseña es la misma de siempre"],
)
def test_spanish_talk_about_a_password_is_no_value(analyzer: CallAnalyzer, reply: str) -> None:
    lines = ("A: Thanks, and how can I help today?", reply)
    assert turn_redacted(analyzer, lines, 1) == ""
