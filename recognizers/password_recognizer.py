"""PASSWORD: passwords and passphrases said on the call ("my password is …")."""

from __future__ import annotations

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer
from recognizers.spoken_person_recognizer import NOT_NAME

# The value is the rest of the clause, at most four words, stopping at words that start
# a new clause ("and", "but", "so", "because", "i", "okay").
_STOP = (
    r"(?:and|but|so|because|i|i'm|okay|ok|right|thanks|thank|please|or|is|if|that|which|be|"
    r"to|the|now|again|here|there|changed|reset|updated|what|for|on|in|it|you'll|you|we'll|"
    r"we|i'll|it'll|they'll|that'll|asking|saying|showing|telling|prompting|requesting|"
    # a question that follows: "what should the new password be, can it be the same"
    r"can|could|should|would|does|did|shall|"
    # a word that closes the sentence: "i was gonna use snowday 2024 anyway"
    r"anyway|anyways)"
)
# A value word may hold punctuation ("Marigold!7") but does not end with it, unless it
# looks typed (a digit, or upper case after lower): "BlueHeron2024!" keeps its "!".
_WORD = (
    r"(?:[^\s,?]*(?:\d|(?-i:[a-z][A-Z]))[^\s,?]*[!#$%&*@^~](?=[\s.,?]|$)"
    # a symbol with a stop or a comma after it is typed too: "Mustang!, is that bad?"
    r"|[^\s,?]*[a-z0-9]!(?=[.,])"
    r"|[^\s,?]*[^\s.,?!;:\"')])"
)
# A hedge before a value: "the password is probably T7qk-29Lm", "it's maybe bluejay 44".
_HEDGE = (
    r"(?:probably|maybe|likely|possibly|perhaps|definitely|still|usually|normally|always|"
    r"just|either|actually|basically|most likely)"
)
# What is said about a password, not the password: "the password is probably fine".
_ABOUT_VALUE = (
    r"(?:fine|wrong|incorrect|expired|locked|working|broken|too|case[ -]sensitive|"
    # how long it lasts: "the temporary password is good for 24 hours"
    r"good|valid|active|only|temporary|sent|in|on|"
    # where it is written, or no value yet: "the password is posted on the wall",
    # "can you set the password to something?"
    r"posted|written|printed|taped|listed|displayed|something|anything|whatever|"
    # how it reaches the caller: "your new temporary password will be texted"
    r"texted|emailed|e-mailed|mailed|messaged|delivered|generated|issued|assigned|"
    r"provided|given|shown|read out|sms'?d)"
)
# What a password is for, after "to": "i'll need the account password to make changes".
_PURPOSE = (
    r"(?:make|get|log|sign|access|change|reset|verify|confirm|continue|proceed|update|do|"
    r"see|open|unlock|complete|finish|view|check|go|move|process|pull|look|authori[sz]e|"
    r"approve|release|discuss|help|start|set|edit|cancel|close)"
)
# How a value is typed, said after it: "elk season 24 all lower case, no spaces".
_HOW_TYPED = r"all[ \t]+(?:lower|upper|caps|capitals|small|one|in|together|run)\b"
# Words after a number that make it a count, time or amount, not a password's digits.
_COUNTED_AFTER = (
    r"dollars?|bucks|cents?|percent|times?|tries|attempts?|days?|hours?|minutes?|weeks?|"
    r"months?|years?|am|pm|a\.m|p\.m|o'clock|characters?|digits?|letters?"
)
VALUE = (
    rf"(?!(?:{_STOP}|{_HEDGE}|{_ABOUT_VALUE})\b)(?!(?<=\bto[ \t]+){_PURPOSE}\b)"
    # where it is sent, not the value: "sending a temporary password to your email"
    r"(?!(?<=\bto[ \t]+)(?:your|his|her|their|my|our)\b)"
    # the value after what it is: "it's a temporary one tiger2208!" (the lead has it)
    r"(?!(?:a|an|your)[ \t]+(?:temporary|temp|new|interim)\b)"
    rf"{_WORD}"
    # (a hedge after the value is no part of it: "sunflower 2022 maybe i typed it wrong")
    rf"(?:[ \t]+(?!{_STOP}\b|{_HOW_TYPED}|{_HEDGE}\b){_WORD}){{0,3}}"
    # the number that closes a four-word value: "capital w inter falcon 146"
    rf"(?:[ \t]+\d{{1,6}}(?![ \t]*(?:{_COUNTED_AFTER})\b|[:.,]\d))?"
)
_LEAD = (
    # (whole words: "the password too many times" has no value after it)
    r"(?:\s+(?:is|was|would be|should be|will be|it's|is like|be|to be|to)\b)+\s*[:,]?\s*"
    r"(?:like\s+)?(?:um\s+|uh\s+)?"
    # a hedge before the value is no part of it: "the password is probably T7qk-29Lm"
    rf"(?:{_HEDGE}\s+(?:um\s+|uh\s+)?)?"
    r"(?:(?:a|an|your)\s+(?:temporary|temp|new|interim)\s+(?:one|password)\s*,?\s*)?"
)
# Symbols people type in a password (not "-", "." or "/", which names and dates use).
_SYMBOL = r"[!#$%&*^~+=_@]"
_TYPED_CHAR = r"[a-z0-9!#$%&*^~+=_@.-]"
# A typed password: letters, a digit and a symbol inside ("Maple!Stream42", "Harbor$ide2024",
# "kiwi_99"), or after a mixed-case value ("BlueHeron2024!"). Not an email address, not a
# price ("$40"), a time ("5pm!"), a model ("Clearpath-5G") or a brand ("AT&T").
TYPED = (
    rf"(?<![^\s(\"'])(?!{_TYPED_CHAR}*@{_TYPED_CHAR}*\.[a-z])"
    rf"(?={_TYPED_CHAR}*?[a-z])(?={_TYPED_CHAR}*?\d)"
    rf"(?={_TYPED_CHAR}*?[a-z0-9]{_SYMBOL}[a-z0-9]"
    rf"|(?={_TYPED_CHAR}*?(?-i:[A-Z]))(?={_TYPED_CHAR}*?(?-i:[a-z])){_TYPED_CHAR}*?[a-z0-9]{_SYMBOL}"
    rf"(?=[.,?;:)\"']*(?:\s|$)))"
    rf"[a-z0-9](?:{_TYPED_CHAR}*[a-z0-9!#$%&*^~+=@])?(?=[.,?;:)\"']*(?:\s|$))"
)
# Symbols said aloud in a spelled password: "trout 77 exclamation point", "kiwi dollar sign".
_SYMBOL_WORD = (
    r"(?:exclamation (?:point|mark)|exclamation|at sign|at symbol|hash ?tag|hash sign|"
    r"pound sign|dollar sign|percent sign|ampersand|asterisk|caret|tilde|underscore|"
    r"plus sign|equals sign|question mark)"
)
# One letter or digit typed after the symbol, ending the reply: "river 22 dollar sign z".
_LAST_CHAR = r"(?:\s+[a-z0-9](?=[ \t]*[.?!]*[ \t]*$))?"
# One piece of a password spelled in pieces: a short run of letters or digits, no word of
# talk ("tr", "0", "ub", "dor"; not "if", "he", "my").
_PIECE = (
    rf"(?!(?:{_STOP}|{_HEDGE}|he|she|we|my|his|her|our|us|me|a|an|at|of|as|by|up|do|go|no|"
    r"yes|all|one|two|too|new|old|set|got|get|has|had|was|are|not|can|did|off|out|use)\b)"
    r"[a-z0-9]{1,3}\b"
)
# A symbol said among the pieces, as heard too: "and sign" for "ampersand".
_PIECE_SYMBOL = rf"(?:{_SYMBOL_WORD}|and sign|an sign|amper sand|and symbol)\b"
# Digits said before the word of a spelled password: "32 coffee exclamation mark".
# (not a count: "45 dollars hashtag blessed", "3 kids exclamation mark")
_COUNTED = (
    r"(?:dollars?|bucks|cents?|pounds?|euros?|percent|kids|children|people|persons|times|"
    r"years?|months?|weeks?|days?|hours?|minutes?|items?|units?|pieces?|boxes|bags)"
)
_LEAD_NUMBER = rf"(?:\d{{1,4}}\s+(?!{_COUNTED}\b))?"
# How a value was said, after it: "… hashtag exactly like that", "… just like that".
_HOW_SAID = r"(?:exactly|like|just|all|with|no|yes|yeah|yep|precisely|literally)"
# Words before a number that do not start a spelled password: "press 9 pound sign".
_NOT_SPELLED = (
    r"(?:the|a|an|my|your|press|enter|dial|hit|followed|by|with|capital|cap|upper|lower|"
    r"small|case|repeat|that's|it's|its|was|plus|about|around|only|just|using|use|used|"
    r"be|is|to|make|set|typing|typed|type|entering|entered|putting|trying|tried)"
)
# How a value is typed, said right after it: "all lowercase", "no spaces", "all 1 word".
_TYPED_NOTE = (
    r"(?:all[ \t]+(?:in[ \t]+)?(?:lower ?case|upper ?case|caps|small letters)|no spaces?|"
    r"all[ \t]+(?:one|1)[ \t]+word|(?:one|1)[ \t]+word|"
    # a letter's case or a symbol added: "rams fan 2023 with a capital r"
    r"with[ \t]+(?:a|an)[ \t]+(?:capital|upper ?case|lower ?case|small)[ \t]+[a-z]|"
    r"with[ \t]+(?:a|an)[ \t]+(?:exclamation|dollar sign|hashtag|asterisk|at sign))\b"
)
# A value with a digit or a symbol: what a password answer looks like when the only cue is
# the question ("and the passcode on the account?" / "bluejay 44").
# (a "!" that ends the reply is an exclamation, not typed: "Wasn't me!")
_HAS_TYPED = r"(?=(?:\S+[ \t]+){0,3}?\S*(?:[\d#$%&*^~+=_@]|!(?![\s.]*$)))"
# A digit or a symbol within the value itself, before any word that ends it: "harbor 58"
# (not "ready in 2 minutes").
_TYPED_BEFORE_STOP = rf"(?=(?:(?!{_STOP}\b)\S+[ \t]+){{0,3}}?(?!{_STOP}\b)\S*[\d!#$%&*^~+=_@])"
# How a speaker hands over a value to copy: "type it exactly", "write it down".
_DICTATES = (
    r"(?:type (?:it|this|that)(?: in)?(?: exactly)?(?: as)?|enter (?:it|this) exactly|"
    r"(?:write|jot|take|copy) (?:it|this|that) down|here it is|ready\?? it's)"
)
# A word of a dictated value, no stop at its end: "green", "1078", "sufferProvide7".
_DICTATED_WORD = r"(?:[^\s,;?]*[^\s,;?.!]|[^\s,;?]*[a-z0-9]!(?=[.\s]|$))"
# Words that start the next clause of an unpunctuated dictation: "… 581 you'll change it".
_DICTATION_ENDS = (
    r"(?:you'll|you|you're|it'll|it|that's|that|this|and|then|okay|ok|so|please|again|"
    r"once|when|after|all|no|with|which|i|i'll|we|we'll|the|at)"
)
# Replies that talk about the password rather than say it.
_NOT_VALUE = (
    r"(?!.*@)(?!.*(?:\b|\d)(?:email|e-mail|sec|second|seconds|minute|minutes|moment|hold|hang|wait|sorry|don't|dont|"
    r"not|forgot|forget|remember|know|sure|idea|check|digits?|characters?|letters?|"
    r"numbers?|times?|tries|attempts?|days?|hours?|weeks?|months?|years?|am|pm|dollars?|"
    r"bucks|percent)\b)"
)
# Who chose the password, said between the cue and the value: "the password he set up is
# buttercup", "the passcode my wife picked was …", "the password that they gave us is …".
_WHO_SET_IT = (
    r"(?:that[ \t]+)?(?:i|he|she|they|we|you|(?:my|his|her|their|our)[ \t]+[a-z]+)[ \t]+"
    r"(?:set up|set|setup|chose|picked|made|made up|created|put on it|put in|gave (?:us|me|you))"
)
# A value read from a note, said after where it was written: "my son wrote it down…
# hntswa 60", "i have it written here, maple 44", "it's on a sticky note: …".
_READ_FROM_NOTE = (
    r"(?:(?:i|we|he|she|they|(?:my|his|her|our)[ \t]+[a-z]+)[ \t]+)?"
    r"(?:wrote it down|jotted it down|(?:have|had|got) it (?:written|wrote) (?:down|here)|"
    r"(?:have|had|got) it (?:right )?here|it's on (?:a|the) (?:sticky )?(?:note|card|paper))"
)
# Where the value ends: the reply's end, or the end of a sentence with another after it
# ("IT'S CWQHZN20. WHAT WAS YOUR NAME AGAIN?").
_REPLY_OR_SENTENCE_END = r"(?=[\s.!]*$|[.!?]+[ \t]+\S)"
# A reply that names the password: its value is the one after the cue.
_NAMES_PASSWORD = r"(?![^\n]*\bpass ?(?:word|code|phrase)\b)"
# What a reply may start with before the value: "um, it's bluejay 44".
_FILLER = (
    r"(?:um|uh|oh|so|yeah|yes|ok|okay|sure|it's|its|it is|that's|that is|let'?s do|"
    r"let'?s use|let'?s go with|let'?s try|make it|how about|try|is it|what about|"
    r"(?:it )?(?:might|may|could|must) be)"
)
# Lead-ins of a new or remembered value: "let's do …", "I want it to be …", "I changed it
# to …", "is it still …", "I think I put …".
_SET_LEAD = (
    r"(?:let'?s (?:do|go with|use|make it|try)|make it|how about|go with|try|"
    r"(?:i|we) (?:want|wanted|'d like|would like|need) (?:it|that|the new one|the password|"
    r"mine|the new password) (?:to be|as)|"
    r"(?:changed|change|switched|switch|updated|update|reset|set|made|make) (?:it|that|"
    r"the password|mine|the passcode) (?:to|as|over to)|"
    r"(?:is|was) it (?:still|now)?|it'?s (?:still|now)|it (?:is|was) (?:still|now)|"
    r"i (?:think |believe |probably )?(?:i )?(?:put|used|set|typed|picked)|"
    # a value the caller means to choose: "i was gonna use snowday 2024", "i'll use maple 7"
    r"(?:i|we)(?: was| were| am| are|'m|'re) (?:gonna|going to|planning to|thinking of) "
    r"(?:use|using|put|putting|make it|do|go with)|"
    r"(?:i|we)(?:'ll| will| wanna| want to| wanted to) (?:just )?(?:use|go with|make it)|"
    # a value offered for a new password: "can i use velvet 5120", "could i just use my
    # old one sunflower kitchen 22" (not "can i use my card", "can i use the app")
    r"(?:can|could|may) (?:i|we) (?:just |still |maybe )?(?:use|keep|pick|choose|go with|"
    r"make it|do)(?: (?:my|the) (?:old|previous|last|usual|same|current|original) "
    r"(?:one|1|password|passcode|passphrase)(?: again)?,?"
    r"|(?![ \t]+(?:my|your|the|a|an|this|that|it|one|them|those|these|some|any)\b)))"
)


# A rule for the value, not the value: "make it at least 10 characters".
_RULE_WORDS = (
    r"(?:at least|at most|no more|no less|no fewer|minimum|maximum|more than|less than|"
    r"fewer than|longer|shorter|stronger|something)"
)

# What a rule asks of passwords, not a value: "they need 2 numbers", "must have 1 symbol".
_RULE_VERBS = (
    r"(?:need|needs|must|have|has|contain|contains|include|includes|require|requires|use|"
    r"expire|expires|last|lasts|can|can't|cannot|should)"
)
_RULE_COUNTS = r"(?:numbers?|symbols?|special|capitals?|upper ?case|lower ?case|words?)"

# What a login says of a value typed: "it says wrong", "it didn't work".
_REFUSED = (
    r"(?:wrong|incorrect|invalid|rejected|denied|declined|didn't work|did not work|"
    r"doesn't work|does not work|won't work|isn't working|not working|no luck|not right|"
    r"doesn't match|does not match|didn't match|locked)"
)


# A spoken passphrase is plain words ("blue heron"): a reply that is only one to three
# words that are not fillers, function words or talk about the passcode.
_NOT_PHRASE = (
    r"(?:hold|hang|wait|sec|secs|moment|minute|let|me|gimme|lemme|dunno|idk|know|don't|"
    r"dont|didn't|didnt|not|forgot|forget|remember|recall|idea|nope|nah|never|set|mm|hmm|"
    r"sounds|bye|goodbye|yes|yeah|yep|sure|ok|okay|um|uh|oh|hi|hello|it|that|this|what|"
    r"same|usual|before|file|birthday|sorry|one|second|pin|password|passcode|code|word|"
    r"digits?|numbers?|letters?|email|text|phone|reset|change|new|old|"
    # the next record asked for, no phrase: "employee ids", "account number", "usernames"
    r"ids?|usernames?|logins?|employees?|accounts?)"
)
# Words that say something about a password rather than give it: "password expired".
_ABOUT_PASSWORD = (
    r"(?:expired|expires|expiring|working|works|worked|work|failed|fails|locked|wrong|"
    r"incorrect|invalid|doesn't|didn't|isn't|wasn't|won't|has|had|needs?|got|gets|keeps?|"
    r"manager|protected|requirements?|rules|field|box|screen|page|link|email|help|issues?|"
    r"problems?|recovery)"
)
_PHRASE_LEAD = (
    r"(?:give (?:her|him|them|it|me|us)|make (?:it|hers|his|theirs|mine)|"
    r"let'?s (?:do|use|go with|make it|try)|use|set it to|set it as|how about|go with|"
    r"it'?s|its|it is|it was|that'?s|yeah|yes|yep|sure|ok|okay|um|uh|oh|so|well|"
    # a guess or another try: "is it kauri", "it might be kauri", "try red kestrel"
    r"is it|(?:it )?(?:might|may|could|must) be|maybe|try|what about)"
)
_PHRASE_WORD = rf"(?!(?:{_STOP}|{NOT_NAME}|{_NOT_PHRASE}|{_PHRASE_LEAD})\b)[a-z]{{2,}}"

# The caller's repeated tries and the value they set instead (see "typed_then_set_value").
_KEPT_TYPING = (
    r"\b(?:i|we)(?:'m|[ \t]+(?:kept|keep|was|were|been|am|have been))[ \t]+"
    r"(?:typing|entering|putting|using|trying)(?:[ \t]+in)?[ \t]+"
)
_THEN_SET = (
    r"[ \t,]+(?:but|and|when)[ \t]+(?:(?:i|we)[ \t]+(?:think|guess|believe)[ \t]+)?"
    r"(?:i|we)(?:'d)?[ \t]+(?:(?:had|must have|might have)[ \t]+)?(?:set|changed|made)[ \t]+"
    r"it[ \t]+(?:as|to)[ \t]+"
)


# Letters spelled apart, the digits after them: "z e p h y r 99", "f-a-l-c-o-n 25".
_SPELLED_LETTERS = r"[a-z](?:[ -][a-z](?![\w'\u2019])){2,}(?:[ \t]+\d{1,6})?"


class PasswordRecognizer(SpokenPatternRecognizer):
    """The value after "password is", "passphrase is", "the password I use is"; typed
    passwords on their own ("Maple!Stream42"); and, when the question or the words just
    before name a password, a short value with a digit ("bluejay 44")."""

    ENTITY = "PASSWORD"
    PATTERNS = (
        CuedPattern(
            "password_is",
            rf"(?<=\b(?:password|pass word|passphrase|pass phrase|passcode|verbal password|"
            rf"secret word|code word|passwort)"
            rf"(?:\s+(?:i use|on (?:the|my) account|for (?:the|my) account|{_WHO_SET_IT}))?"
            rf"{_LEAD})" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)|secret word|code word",
        ),
        # Where the password is written or what it is for, between the cue and the value:
        # "the wifi password on the sticker is buttercup391", "the password for the guest
        # network is maple 44". Only a value with a digit or a symbol ("the password on the
        # portal is different" gives none).
        CuedPattern(
            "password_on_thing_is",
            r"(?<=\b(?:password|passphrase|passcode|pass word)[ \t]+(?:on|for|of|from|under|"
            r"in|at|to)[ \t]+(?:the|my|your|our|this|that|his|her|their)(?:[ \t]+[a-z]+){1,2}"
            r"(?:[ \t]+(?:is|was|would be|will be|should be|'s)\b)[ \t]*[:,]?[ \t]*"
            rf"(?:like[ \t]+)?(?:(?:um|uh)[ \t,]+)?(?:{_HEDGE}[ \t]+)?)"
            rf"{_TYPED_BEFORE_STOP}(?!{_RULE_WORDS}\b)"
            rf"(?!(?:\S+[ \t]+){{0,2}}\d+[ \t]+(?:{_COUNTED_AFTER})\b)" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        # A new password given after a reset, named "the temporary one": "i'll reset your
        # password, your temporary one is harbor 58 dollar sign". Only a value with a digit
        # or a symbol ("your new one is on its way" gives none).
        CuedPattern(
            "new_one_is",
            r"(?<=\bpass ?(?:word|phrase|code)\b[^?!]{0,60}?\b(?:temporary|temp|new|interim|"
            r"one[- ]time)[ \t]+(?:one|1)[ \t]+(?:is|will be|would be|'s)[ \t]+(?:like[ \t]+)?"
            rf"(?:{_HEDGE}[ \t]+)?){_TYPED_BEFORE_STOP}(?!{_RULE_WORDS}\b)"
            # (a rule, not the value: "the new one is 12 characters long")
            rf"(?!\d+[ \t]+(?:{_COUNTED_AFTER})\b)" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        # Named as one item of a list, the value running to the end of the item:
        # "account 4471 20, password copper kettle.", "PIN 2210; passphrase the blue door"
        CuedPattern(
            "listed_password",
            r"(?<=(?:^|[,;][ \t]*|\band[ \t]+)"
            r"(?:password|passphrase|pass phrase|verbal password|secret word|code word|"
            r"safe ?word)[ \t]*:?[ \t]+)"
            rf"(?!(?:{_STOP}|{_NOT_PHRASE}|{_ABOUT_PASSWORD}|a|an|my|your)\b)[\w'!#$%&*@^~-]+"
            r"(?:[ \t]+[\w'!#$%&*@^~-]+){0,3}(?=[ \t]*(?:[.;,!]+[ \t]*)?$|[ \t]*[,;])",
            0.85,
            cue=r"pass\s?(?:word|phrase)|secret word|code word|safe ?word",
        ),
        # Named in passing, a relative clause before the value: "i typed the old password
        # which was sunflower 2020 and then …". Only a value with a digit or a symbol ("the
        # password that was emailed to me" says nothing of the value).
        CuedPattern(
            "password_which_was",
            r"(?<=\b(?:password|passphrase|passcode)[ \t]+(?:which|that)[ \t]+"
            rf"(?:is|was|used to be|i used was|i had was)[ \t]+(?:like[ \t]+)?"
            rf"(?:{_HEDGE}[ \t]+)?){_HAS_TYPED}" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        # Said as what was typed or given away: "I typed my password, Rosebud42", "i
        # entered my old password sunflower 34 on that site". Only a value with a digit or
        # a symbol before any word that ends it ("I typed my password in there" gives none).
        CuedPattern(
            "typed_my_password",
            r"(?<=\b(?:typed|entered|put|gave|used|tried)[ \t]+(?:in[ \t]+)?"
            r"(?:them[ \t]+|him[ \t]+|her[ \t]+)?(?:my|the|our)[ \t]+"
            r"(?:old[ \t]+|new[ \t]+|real[ \t]+|actual[ \t]+)?"
            rf"(?:password|passcode|passphrase)[ \t]*[,:]?[ \t]+(?:like[ \t]+)?(?:{_HEDGE}[ \t]+)?)"
            # (a count, not the value: "i tried my password like five times")
            rf"{_TYPED_BEFORE_STOP}(?!{_RULE_WORDS}\b)"
            rf"(?!(?:like[ \t]+|about[ \t]+)?\d+[ \t]+(?:{_COUNTED_AFTER})\b)" + VALUE,
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        # Several new passwords given in one breath, each for someone: "temporary passwords
        # are pandatiger eight for you and winterwinter four for thomas". Each value, the
        # first or one after "and" or a comma, has a digit or a symbol ("passwords are sent
        # to your email and they expire" gives none).
        CuedPattern(
            "passwords_are",
            r"(?<=\bpass ?(?:words|phrases|codes)[ \t]+(?:are|will be|would be)[ \t]*[:,]?[ \t]+"
            r"(?:[^.?!\n]{0,80}?(?:[ \t,]+(?:and|then)|,)[ \t]+)?)"
            rf"{_TYPED_BEFORE_STOP}(?!(?:{_RULE_WORDS}|{_RULE_VERBS})\b)"
            rf"(?!(?:\S+[ \t]+){{0,2}}\d+[ \t]+(?:{_COUNTED_AFTER}|{_RULE_COUNTS})\b)" + VALUE,
            0.85,
            cue=r"pass ?(?:words|phrases|codes)\b",
        ),
        # The question and its answer written as one turn (a diarization error): "what's the
        # verbal password on the account uh it's z e p h y r 99", "CAN YOU GIVE ME YOUR
        # PASSCODE? THAT'D BE TIGERLILY59", "I'll need the passphrase you set up. Yeah, it's
        # f-a-l-c-o-n 25". The value ends the turn.
        CuedPattern(
            "asked_then_said",
            r"(?<=\b(?:what's|what is|whats|can you|could you|can i (?:get|have)|may i have|"
            r"i'll need|i need|i just need|give me|tell me|confirm|verify)\b[^.?!\n]{0,40}?"
            r"\bpass ?(?:word|phrase|code)\b[^.?!\n]{0,30}?(?:[.?][ \t]*|[ \t]+)"
            r"(?:(?:uh|um|oh|yeah|yes|okay|ok|so|sure)[ \t,]+)*"
            r"(?:it's|its|it is|that'd be|that would be|that'll be)[ \t,]+(?:(?:uh|um)[ \t,]+)?)"
            rf"(?:{_SPELLED_LETTERS}|(?!{_HOW_SAID}\b){VALUE})(?=[ \t]*[.!]*[ \t]*$)",
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        CuedPattern(
            "set_password_to",
            r"(?<=\b(?:change|set|reset|update)\s+(?:the|my|your)\s+password\s+to\s+)" + VALUE,
            0.85,
            cue=r"\bpassword\b",
        ),
        # A password dictated for the listener to type or note, the value running to the
        # end of the sentence: "i'll set a temporary password. type it exactly: green bay
        # dollar sign 1078. you'll change it …", "write it down: sufferProvide7."
        CuedPattern(
            "dictated_password",
            rf"(?<=\bpass ?(?:word|phrase|code)\b[^?!]{{0,60}}?\b{_DICTATES}[ \t]*[:,.]?[ \t]+)"
            rf"(?!(?:{_STOP}|{_NOT_SPELLED}|{_HOW_SAID})\b)"
            # (something typed in it: a digit, a symbol, a symbol said, a capital inside)
            rf"(?=[^.?!\n]{{0,60}}?(?:\d|{_SYMBOL}|{_SYMBOL_WORD}|(?-i:[a-z][A-Z])))"
            rf"{_DICTATED_WORD}(?:[ \t]+(?!{_DICTATION_ENDS}\b){_DICTATED_WORD}){{0,7}}",
            0.85,
            cue=_DICTATES,
        ),
        # Spelled in short pieces, a symbol said among them: "the wifi password is tr 0 ub 4
        # dor and sign 3" ("and sign" is "ampersand" as heard); four pieces or more, a digit
        # among them, each of one to three letters or digits.
        CuedPattern(
            "password_in_pieces",
            rf"(?<=\b(?:password|passphrase|passcode|pass word){_LEAD})"
            rf"(?=(?:\S+[ \t]+){{0,5}}\d)"
            rf"{_PIECE}(?:[ \t]+(?:{_PIECE}|{_PIECE_SYMBOL})){{3,15}}\b",
            0.85,
            cue=r"pass\s?(?:word|phrase|code)",
        ),
        CuedPattern("typed_password", TYPED, 0.6, cue=_SYMBOL),
        # A word, digits and a symbol typed at the end, in one case as Whisper writes it in
        # an ALL CAPS or lower-case transcript: "SUMMER12&", "orion93#".
        CuedPattern(
            "word_digits_symbol",
            r"(?<![^\s(\"'])[a-z]{3,}\d{2,}[!#$%&*^~@]+(?=[.,?;:)\"']*(?:\s|$))",
            0.6,
            cue=r"\d[!#$%&*^~@]",
        ),
        # A password spelled aloud, as the normaliser writes it: "capital TROUT77
        # exclamation", "kIWI_99", "sunflower dollar sign 88".
        CuedPattern(
            "spelled_password",
            rf"\b{_LEAD_NUMBER}(?:(?:capital|cap|upper ?case|lower ?case|small)\s+)?"
            rf"(?=[a-z_]*\d)(?=[\d_]*[a-z])[a-z0-9_]{{3,}}(?:\s+{_SYMBOL_WORD}\b)+{_LAST_CHAR}"
            # a word and a number: "mosaic 29 asterisk"
            rf"|(?<!['\u2019])\b{_LEAD_NUMBER}"
            rf"(?:(?:capital|cap|upper ?case|lower ?case|small|all caps)\s+)?"
            rf"(?!(?:{_STOP}|{_NOT_SPELLED})\b)[a-z]{{2,}}\s+\d+"
            rf"(?:\s+{_SYMBOL_WORD}\b)+{_LAST_CHAR}"
            rf"|\b(?:capital|upper ?case|lower ?case)\s+(?=[a-z_]*\d)(?=[\d_]*[a-z])[a-z0-9_]{{3,}}"
            # "capital maple dollar sign 93", "orchid underscore 7"
            rf"|\b{_LEAD_NUMBER}(?:(?:capital|cap|upper ?case|lower ?case|small)\s+)?"
            rf"(?!(?:{_STOP}|the|a|an|my|your)\b)[a-z0-9]+"
            rf"(?:\s+{_SYMBOL_WORD}\s+(?!(?:{_STOP}|{_HOW_SAID}|the|a|an|my|your)\b)[a-z0-9]+)+"
            rf"(?:\s+{_SYMBOL_WORD}\b)*"  # and a symbol typed last: "… 49 question mark"
            # the number before the word: "45 sunshine hashtag"
            rf"|\b\d{{1,4}}\s+(?!(?:{_STOP}|{_NOT_SPELLED}|{_COUNTED})\b)[a-z]{{2,}}"
            rf"(?:\s+{_SYMBOL_WORD}\b)+"
            # "capital L lighthouse 099 hashtag", "capital s summer 95 star"
            rf"|\b{_LEAD_NUMBER}(?:capital|cap|upper ?case|lower ?case|small)\s+[a-z]\s+[a-z]{{2,}}"
            rf"(?:\s+(?:\d+|{_SYMBOL_WORD}|star|hash|pound)\b)+"
            # the case said first, a word, digits and a key named bare: "capital blue 47
            # hash", "upper case river 12 star"
            rf"|\b(?:capital|cap|upper ?case|all caps)\s+(?!(?:{_STOP}|{_NOT_SPELLED})\b)"
            rf"[a-z]{{2,}}\s+\d+(?:\s+(?:{_SYMBOL_WORD}|star|hash|pound)\b)+"
            # the word, then how it is typed: "mustang with a capital m dollar sign 18",
            # "harbor capital h then 77 star"
            rf"|\b(?!(?:{_STOP}|{_NOT_SPELLED}|{_NOT_PHRASE})\b)[a-z]{{3,}}\s+"
            rf"(?:with\s+(?:a|an)\s+)?(?:capital|cap|upper ?case|lower ?case|small)\s+[a-z]\b"
            # (not "i'm": "at harwick capital i'm booking")
            r"(?!['\u2019])"
            rf"(?:,?\s+(?:and\s+|then\s+|a\s+|an\s+)*(?:\d+|{_SYMBOL_WORD}|star|hash|pound)\b)*"
            # the same as the normaliser writes it, "a capital s" run into "AS": "summer
            # with AS318 exclamation mark"
            rf"|\b(?!(?:{_STOP}|{_NOT_SPELLED}|{_NOT_PHRASE})\b)[a-z]{{3,}}\s+with\s+"
            rf"(?-i:A[A-Z])(?=\d|\s+(?:\d|{_SYMBOL_WORD}))\d*"
            rf"(?:,?\s+(?:and\s+|then\s+)*(?:\d+|{_SYMBOL_WORD}|star|hash|pound)\b)*"
            # the word, how it is typed, then digits or a symbol: "pumpkin all lowercase 58",
            # "falcon all caps 2291 hashtag"
            rf"|\b(?!(?:{_STOP}|{_NOT_SPELLED}|{_NOT_PHRASE}|all|are|were|written|typed)\b)"
            rf"[a-z]{{3,}},?\s+(?:all\s+|in\s+)*"
            r"(?:lower ?case|upper ?case|caps|capitals|small letters)"
            rf",?\s+(?:and\s+|then\s+)*(?:\d+|{_SYMBOL_WORD})\b"
            rf"(?:,?\s+(?:and\s+|then\s+)*(?:\d+|{_SYMBOL_WORD}|star|hash|pound)\b)*",
            0.6,
            cue=rf"{_SYMBOL_WORD}|capital|upper ?case|lower ?case|\bcaps\b|(?-i:A[A-Z])\d",
        ),
        # What the caller typed and the login refused, said with no question before it:
        # "I tried Seahorse2020 and it says wrong", "i typed in maple77 but it's invalid".
        CuedPattern(
            "tried_value",
            r"(?<=\b(?:i|we)[ \t]+(?:tried|typed|entered|keyed|put|used)(?:[ \t]+in)?[ \t]+"
            r"(?:(?:um|uh)[ \t,]+)?)"
            r"(?=[a-z!#$%&*^~+=_@.-]*\d)(?=[0-9!#$%&*^~+=_@.-]*[a-z])"
            r"[a-z][a-z0-9!#$%&*^~+=_@.-]*[a-z0-9!#$%&*^~+=_@]"
            rf"(?=[ \t,]+(?:and|but|it|and it)\b[^.?!]{{0,40}}?\b{_REFUSED}\b)",
            0.6,
            cue=_REFUSED,
        ),
        # What the caller kept typing, then what they set: "i kept typing desertrose1 but i
        # think i set it as desertrose!", "i was entering maple22 and i'd changed it to
        # maple23". Both values, each with a digit or a symbol.
        CuedPattern(
            "typed_then_set_value",
            rf"(?<={_KEPT_TYPING})"
            r"(?=[a-z!#$%&*^~+=_@.-]*[\d!#$%&*^~+=_@])[a-z0-9][a-z0-9!#$%&*^~+=_@.-]*[a-z0-9!#$%&*^~+=_@]"
            rf"(?={_THEN_SET})",
            0.85,
            cue=r"\bset\b|\bchanged\b|\bmade\b",
        ),
        CuedPattern(
            "set_after_typed_value",
            rf"(?<={_KEPT_TYPING}\S+{_THEN_SET})"
            r"(?=[a-z!#$%&*^~+=_@.-]*[\d!#$%&*^~+=_@])[a-z0-9][a-z0-9!#$%&*^~+=_@.-]*"
            r"(?:[a-z0-9#$%&*^~+=_@]|!+(?=[\s.]*$|[ \t]))",
            0.85,
            cue=r"\bset\b|\bchanged\b|\bmade\b",
        ),
        # The value said after the login refused it: "it says my password's wrong but i
        # know it's right, it's bluebird 1977", "my passcode isn't working, i typed maple
        # 2011". Only a value with a digit or a symbol, ending before how it is typed.
        CuedPattern(
            "refused_then_value",
            r"(?<=\bpass ?(?:word|phrase|code)(?:'s|[ \t]+(?:is|was|keeps))?[ \t]+"
            rf"(?:(?:coming up|showing|saying|being|still|as)[ \t]+)?{_REFUSED}\b"
            r"[^?!]{0,60}?\b(?:it's|its|it is|i typed|i'm typing|i put in|i entered)"
            r"[ \t,]+(?:(?:um|uh|like)[ \t,]+)?)"
            rf"{_TYPED_BEFORE_STOP}(?!{_RULE_WORDS}\b)"
            # (no time or count: "it's been 3 days", "it's like over 5 tries")
            rf"(?!(?:\S+[ \t]+){{0,2}}\d+[ \t]+(?:{_COUNTED_AFTER})\b)"
            rf"(?!(?:{_STOP}|{_HEDGE}|{_ABOUT_VALUE}|a|an|my|your|been|like|over|about|"
            rf"gonna|going|only|locked)\b){_WORD}"
            rf"(?:[ \t]+(?!(?:{_STOP}|{_HEDGE}|with|without|all|in|no)\b){_WORD}){{0,3}}",
            0.85,
            cue=_REFUSED,
        ),
        # A value given with how to type it, no question or cue word before it: "okay it's
        # honey bee 772 all lowercase no spaces", "it's maple leaf 441, all 1 word", a reply
        # "rams fan 2023 with a capital r". Only words then digits: how a value is typed is
        # said of a login, not of a date or a sum.
        CuedPattern(
            "value_then_how_typed",
            # after "it's" or opening the reply
            r"(?<=(?:\b(?:it's|its|it is|that's|thats|that is)|^[\s,.]*(?:(?:okay|ok|um|uh|so|"
            r"yeah|sure)[\s,.]+)*)[ \t]*(?:(?:um|uh)[ \t,]+)?)"
            rf"(?!(?:{_STOP}|{_HEDGE}|{_NOT_SPELLED}|{_FILLER}|a|an|my|your|like|yeah|sure)\b)"
            r"[a-z]{2,}"
            rf"(?:[ \t]+(?!(?:{_STOP}|{_NOT_SPELLED})\b)[a-z]{{2,}}){{0,2}}[ \t]+\d{{1,6}}"
            rf"(?![ \t]*(?:{_COUNTED_AFTER})\b)"
            rf"(?=[ \t]*,?[ \t]+{_TYPED_NOTE})",
            0.85,
            cue=_TYPED_NOTE,
        ),
        # Weak alone: the question or the words before must name a password (CONTEXT).
        CuedPattern(
            "set_value",
            rf"(?<=\b{_SET_LEAD}\s+(?:um\s+|uh\s+)?){_HAS_TYPED}(?!{_RULE_WORDS}\b)" + VALUE,
            0.3,
            cue=r"\d|" + _SYMBOL,
        ),
        # Weak alone: a reply of plain words to "can you give me your verbal passcode"
        # (CONTEXT in the question): "blue heron", "yeah give her hummingbird".
        SpokenPattern(
            "spoken_passphrase",
            rf"^[\s,.]*(?:{_PHRASE_LEAD}[\s,.]+)*\K{_PHRASE_WORD}(?:[ \t]+{_PHRASE_WORD}){{0,2}}"
            r"(?=[\s.!]*$)",
            0.3,
        ),
        CuedPattern(
            "bare_answer",
            # (anchored at the start, not a look-behind tried at every position)
            # (a reply that names the password is read by "password_is": "my password was
            # coffee99!" is the value after the cue, not the whole reply)
            rf"^[\s,.]*(?:(?:{_FILLER}|{_READ_FROM_NOTE})[\s,.…:]+)*\K(?!{_FILLER}\b)"
            rf"{_NOT_VALUE}{_NAMES_PASSWORD}{_HAS_TYPED}{VALUE}{_REPLY_OR_SENTENCE_END}",
            0.3,
            cue=r"\d|" + _SYMBOL,
        ),
    )
    CONTEXT = (
        "password",
        "passphrase",
        "passcode",
        "pass code",
        "pass word",
        "secret word",
        "code word",
        "security word",
        "safe word",
    )
