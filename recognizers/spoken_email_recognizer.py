"""EMAIL_ADDRESS: written emails and the ones the normaliser rebuilt from speech."""

from __future__ import annotations

import regex as re

from recognizers.base import CuedPattern, SpokenPattern, SpokenPatternRecognizer
from recognizers.spoken_person_recognizer import NOT_NAME, lexicon

# RFC 5322 addresses in their common form; an apostrophe is valid in the local part:
# "sam.o'neil@gmail.com".
_EMAIL = r"[a-z0-9][a-z0-9._%+'-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
# Words said before a spoken email that are not part of its local part: "is it still …",
# "then …", "my work one …", "send it to …".
_NOT_LOCAL = (
    rf"(?:{NOT_NAME}|email|e-mail|mail|emails|address|at|to|send|sent|reach|contact|use|"
    r"using|try|still|actually|personal|work|home|school|primary|main|backup|alternate|"
    r"other|gmail|yahoo|hotmail|outlook|icloud|aol|com|net|org|edu|dot|punkt|period|underscore|"
    r"is|was|it|me|us|you|him|her|them|hers|his|theirs|ours|mine|said|says|put|write|"
    r"wrote|change|changed|update|updated|instead|rather|maybe|probably|think|guess|"
    r"believe|see|listed|file|record|records|we|have|has|got|should|go|goes|"
    # a read-back's lead verb: "let me confirm …", "just to verify …", "i'll repeat …"
    r"confirm|confirming|confirmed|verify|verifying|repeat|repeating|read|reading|"
    r"check|checking|spell|spelling|spelled|forward|forwarding|cc|copy|reply)"
)

# Words said before a local part, for other modules that look for one.
NOT_LOCAL = _NOT_LOCAL

# Webmail providers said after "at" without their ".com".
_WEBMAIL = r"(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton[ \t]?mail|proton|live|msn|gmx)"
_AT_WEBMAIL = rf"(?:[ \t]+at[ \t]+{_WEBMAIL}\b)"
# One piece of a local part after a separator: a letter alone ("k dot a") or a word.
_PIECE = rf"(?:[a-z0-9](?![\w'’-])|(?!(?:{_NOT_LOCAL}|matrix|dot)\b)[a-z0-9]+)"


# The endings of a domain said as separate words ("example" is the domain reserved for
# examples, RFC 2606: "pgreer at tidewater ins dot example").
_SPACED_TLD = r"(?:gov|edu|org|com|net|us|mil|io|co|info|biz|example)"
# A value's lead right before a spaced address whose local part is an English word
# ("its hello at salt and ember coffee dot com", "email: sales at …", "reach her at …").
_EMAIL_LEAD_BEFORE = re.compile(
    r"(?:\b(?:it's|its|it is|e-?mail(?:[ \t]+(?:is|address(?:[ \t]+is)?))?|reach[ \t]+"
    r"(?:me|him|her|them|us)[ \t]+at|write[ \t]+to|send[ \t]+it[ \t]+to)[ \t]*[:,]?[ \t]*)$",
    re.IGNORECASE,
)
# Endings of a domain: "orange dot fr", "live dot co dot uk" said alone is a domain read
# back, not a local part.
_TLDS = frozenset(
    {"com", "net", "org", "edu", "gov", "mil", "co", "uk", "fr", "de", "me", "io", "ca", "au",
     "nz", "ie", "us", "es", "it", "nl", "be", "ch", "info", "biz"}
)  # fmt: skip


def _is_domain(value: str) -> bool:
    """ "proton dot me", "btinternet dot co dot uk": a word, then only domain endings."""
    words = value.lower().split()
    tail = words[1:]
    return (
        len(tail) >= 2
        and all(w in ("dot", "punkt") for w in tail[0::2])
        and all(w in _TLDS for w in tail[1::2])
        and len(tail) % 2 == 0
    )


# A company's role mailbox, no person's address: "disputes at …", "claims@…".
_ROLE_MAILBOXES = frozenset(
    {
        "info", "support", "help", "helpdesk", "service", "services", "customerservice", "care",
        "billing", "payments", "accounts", "claims", "closings", "disputes", "hardship", "estates",
        "records", "appeals", "orders", "returns", "sales", "contact", "admin", "office",
        "noreply", "no-reply", "enquiries", "inquiries", "reservations", "bookings", "refunds",
        "collections", "fraud", "privacy", "legal", "careers", "jobs", "press", "feedback",
        "complaints", "frontdesk", "reception", "scheduling", "intake", "membership", "members",
        "owners", "escrow", "underwriting", "verification", "documents", "invoices",
        # a business's back office: "ap at …" (accounts payable), "certificates at …"
        "ap", "ar", "compliance", "settlements", "certificates", "certs", "dispatch", "safety",
        "payroll", "accounting", "permits", "licensing", "shipping", "receiving", "operations",
        "quotes", "remittance", "remit", "onboarding", "recruiting", "benefits", "insurance",
        "accountspayable", "accountsreceivable", "hr", "tickets", "warranty", "renewals",
        # a school's or a fund's offices: "transcripts@…", "disbursements@…"
        "transcripts", "disbursements", "admissions", "registrar", "scholarships",
        "financialaid", "grants", "awards",
        # a shop's or a clinic's desks: "memorials at …", "proofs@…"
        "memorials", "proofs", "artwork", "repairs", "maintenance", "leasing", "rentals",
        # an insurer's or a lender's desks: "liens at …", "subrogation@…"
        "liens", "lien", "subrogation", "loss", "losses",
    }
)  # fmt: skip
_WEBMAIL_DOMAIN = re.compile(rf"^[ \t]*{_WEBMAIL}\b", re.I)


def is_role_mailbox_word(word: str) -> bool:
    """True for a department's mailbox name ("info", "office", "billing")."""
    return word.lower() in _ROLE_MAILBOXES


def _role_mailbox(value: str) -> bool:
    """The local part is only a department's name at a company's own domain: "refunds at
    acme dot com" ("ap at gmail dot com" is a person's initials)."""
    local, _, domain = value.replace("@", " at ").partition(" at ")
    return local.strip().lower() in _ROLE_MAILBOXES and not _WEBMAIL_DOMAIN.match(domain)


_LOCAL_PART_BEFORE = re.compile(r"(?<![\w.+-])([\w.+-]+)@$")
# The caller's own address, whatever its mailbox: "the email on file, dispatch@…" (a small
# business's), "my email is info@…", "your e-mail address is …".
_CALLERS_EMAIL_BEFORE = re.compile(
    r"\b(?:(?:my|your)[ \t]+(?:[a-z]+[ \t]+)?e-?mail|e-?mail(?:[ \t]+address)?[ \t]+on[ \t]+"
    r"(?:file|the[ \t]+account|record))\b[^.?!]*$"
    # an address the caller has mail sent to: "change the billing email to …", "the invoices
    # should go to …", "you'll get a confirmation at …"
    r"|\b(?:change|update|switch)\b[^.?!]{0,40}\be-?mail\b[^.?!]{0,40}\bto[ \t]+$"
    r"|\b(?:invoices|statements|bills|receipts|it|they|them)[ \t]+(?:should|can|will)[ \t]+go[ \t]+"
    r"to[ \t]+$"
    r"|\byou(?:'ll|[ \t]+will)[ \t]+(?:get|receive)[ \t]+(?:a[ \t]+|the[ \t]+)?[a-z]+"
    r"[ \t]+(?:at|to)[ \t]+$"
    # asked by the caller: "can the receipts go to …", "please send statements to …"
    r"|\b(?:can|could|would)[ \t]+(?:the|my|all|our|future)[ \t]+(?:[a-z]+[ \t]+)?go[ \t]+to[ \t]+$"
    r"|(?<!\byou[ \t]+(?:(?:can|could|should|may|will|just)[ \t]+)?)"
    r"\b(?:send|email|e-mail|mail|forward)[ \t]+(?:(?:all|the|my|our|future|monthly)[ \t]+)*"
    r"(?:statements|invoices|bills|receipts|notices|reminders)[ \t]+to[ \t]+$",
    re.IGNORECASE,
)
# After it, the caller's own mailbox besides: "… and cc me at …", "… instead of my email",
# "… not my personal email".
_CALLERS_EMAIL_AFTER = re.compile(
    r"[^.?!]{0,40}?\b(?:(?:cc|bcc)[ \t]+me\b|copy[ \t]+me[ \t]+at\b"
    r"|instead[ \t]+of[ \t]+(?:me|my|mine)\b"
    r"|not[ \t]+(?:to[ \t]+)?my[ \t]+(?:(?:personal|own|home)[ \t]+)?"
    r"(?:e-?mail|inbox)\b)",
    re.IGNORECASE,
)


def _company_mailbox(text: str, start: int, end: int) -> bool:
    """A role mailbox not given as the caller's own address (see ``_role_mailbox``)."""
    return (
        _role_mailbox(text[start:end])
        and not _CALLERS_EMAIL_BEFORE.search(text, max(0, start - 60), start)
        and not _CALLERS_EMAIL_AFTER.match(text, end)
    )


def is_role_mailbox_domain(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the domain of a company's role mailbox ("ap@summitcarrier.com"):
    the company's own, so no personal URL either (Presidio's URL recognizer finds it)."""
    before = _LOCAL_PART_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and _company_mailbox(text, before.start(1), end)


def _names_its_domain(value: str) -> bool:
    """An acronym before its own website, no address: "USPS at usps.com"."""
    local, _, domain = value.replace("@", " at ").partition(" at ")
    local = "".join(c for c in local if c.isalnum()).lower()
    return "".join(domain.split()).lower().startswith(local)


class SpokenEmailRecognizer(SpokenPatternRecognizer):
    """Emails; spoken ones arrive already rewritten ("jo dot lee at gmail dot com" ->
    "jo.lee@gmail.com"), and words said before one may belong to its local part."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        SpokenPattern("email", rf"\b{_EMAIL}", 1.0),
        # A local part said as several words, all one word: "d okoro bailey01@gmail.com",
        # "obi family123@att.net" (the normaliser joins only the word before "at"). Up to
        # three words back, none of them a filler, function word or email talk.
        SpokenPattern(
            "spoken_local_part",
            # a hyphen said in it, and digits the normaliser grouped: "anita hyphen F2
            # 1,005@web.de"
            rf"(?<![\w.@'-])"
            rf"(?:(?:(?!{_NOT_LOCAL}\b)(?=\d*[a-z])[a-z0-9]+|hyphen|dash)[ \t]+){{1,4}}"
            rf"(?:\d{{1,3}},)?(?=[a-z0-9]{{1,3}}[a-z0-9._%+'-]*@){_EMAIL}",
            0.9,
        ),
        # An initial said as the letter "a" before the rest of the local part: "copy me at a
        # sayegh82@icloud.com", "it's a nowak@gmail.com". Right before an address (not "a
        # gmail address") after a word that leads to a value, "a" is no article.
        SpokenPattern(
            "initial_a_local_part",
            r"(?<=(?:^|\b(?:at|is|it's|its|was|to|okay|ok|me|email|address|yes|yeah|so|um|uh|"
            r"be|then)[ \t,]+))a[ \t]+(?=[a-z]{2,}[a-z0-9._%+'-]*@)" + _EMAIL,
            0.9,
        ),
        # An email the normaliser left in words (a domain it does not know: "dot at"):
        # "georginahoward at gmx dot at", "p lindqvist at posteo dot de".
        CuedPattern(
            "spoken_words",
            # (not a price paid on a site: "29.99 at amazon dot com")
            rf"(?<![\w.@'-])(?!{_NOT_LOCAL}\b)(?!\d+[.,]\d\d[ \t])[a-z0-9][a-z0-9._-]*"
            rf"(?:[ \t]+(?:dot|underscore|hyphen|dash)[ \t]+(?!{_NOT_LOCAL}\b)[a-z0-9]+)*"
            r"[ \t]+at[ \t]+(?!(?:the|a|an|my|your|home|work|least|all|about|around)\b)"
            # (a sub-domain's label any length, the last one an ending: "mail dot example
            # dot net", "students dot university dot edu")
            r"[a-z0-9-]+(?:[ \t]+dot[ \t]+[a-z0-9-]{2,24})?[ \t]+dot[ \t]+[a-z]{2,6}\b",
            0.8,
            cue=r"\bdot\b",
        ),
        # A US school district's domain, its "k12" and state said as words: "htanaka at
        # lincolnhs dot k twelve dot oh r dot us" (the normaliser: "k 12 dot OR dot us").
        CuedPattern(
            "school_district_domain",
            rf"(?<![\w.@'-])(?!{_NOT_LOCAL}\b)[a-z0-9][a-z0-9._-]*"
            rf"(?:[ \t]+(?:dot|underscore|hyphen|dash)[ \t]+(?!{_NOT_LOCAL}\b)[a-z0-9]+)*"
            r"[ \t]+at[ \t]+(?!(?:the|a|an|my|your|home|work|least|all|about|around)\b)"
            r"[a-z0-9-]+(?:[ \t]+dot[ \t]+[a-z0-9-]+)*[ \t]+dot[ \t]+k[ \t]*12"
            r"(?:[ \t]+dot[ \t]+[a-z]{2}(?:[ \t]+[a-z])?)?[ \t]+dot[ \t]+us\b",
            0.9,
            cue=r"\bk[ \t]*12\b",
        ),
        # A domain said as separate words, as a county's or a school's often is: "its
        # p okafor at travis county tx dot gov", "jlee at bay view dental dot com".
        CuedPattern(
            "spaced_domain",
            r"(?<![\w.@'-])(?:(?![ai][ \t])[a-z][ \t]+)?"
            # ("hello", a shop's usual mailbox: kept only after a lead, see ``analyze``)
            rf"(?!(?!hello\b){_NOT_LOCAL}\b)[a-z0-9][a-z0-9._-]*[ \t]+at[ \t]+"
            r"(?!(?:the|a|an|my|your|home|work|least|all|about|around|school|this|that)\b)"
            # ("and" inside a business's name: "salt and ember coffee dot com")
            rf"(?:(?:of|(?<![ \t]at[ \t]+)and|(?!{_NOT_LOCAL}\b)[a-z0-9-]+)[ \t]+){{1,3}}"
            rf"(?!{_NOT_LOCAL}\b)[a-z0-9-]+[ \t]+dot[ \t]+{_SPACED_TLD}"
            r"(?:[ \t]+dot[ \t]+[a-z]{2})?\b",
            0.8,
            cue=rf"\bdot[ \t]+{_SPACED_TLD}\b",
        ),
        # A local part read back alone, with "dot" (said as a word, almost only in emails
        # and web addresses): "i have f dot rivers", "m dot obrien 77".
        CuedPattern(
            "spoken_local_piece",
            # a letter read alone after "dot" ("k dot a dot t"), an underscore the normaliser
            # joined ("BJORN_ZHANG 79"), a webmail name said without its ".com" ("jake_pham
            # 86 at gmail")
            rf"(?<![\w.@'-])(?!(?:{_NOT_LOCAL}|polka|www)\b)[a-z0-9]+(?:"
            rf"(?:[ \t]+(?:dot|punkt|underscore)[ \t]+{_PIECE})+"
            rf"(?:[ \t]+\d{{1,4}})?\b{_AT_WEBMAIL}?"
            # (joined by "_" only with its digits or its provider after it: not "client_ip")
            rf"|(?:_{_PIECE})+(?:[ \t]+\d{{1,4}}\b{_AT_WEBMAIL}?|{_AT_WEBMAIL}))"
            r"(?![ \t]+(?:dot|at)\b)",
            0.5,
            cue=r"\b(?:dot|punkt|underscore)\b|[a-z0-9]_[a-z0-9]",
        ),
        # A local part said as words ending in a number, then a webmail name without its
        # ".com": "reggie ambrose 70 at gmail", "it's tpark 4 at yahoo" (a number "at" a
        # mail provider is no price or time).
        CuedPattern(
            "words_number_at_webmail",
            rf"(?<![\w.@'-])(?:(?!{_NOT_LOCAL}\b)[a-z][a-z'-]*[ \t]+){{1,3}}\d{{1,4}}"
            r"[ \t]+at[ \t]+(?:gmail|yahoo|hotmail|icloud|aol|proton[ \t]?mail)\b"
            r"(?![ \t]+dot\b|[.@-]\w)",
            0.6,
            cue=r"\d[ \t]+at[ \t]+(?:gmail|yahoo|hotmail|icloud|aol|proton)\b",
        ),
        # A local part spelled out (the normaliser joins the letters into capitals:
        # "t o r v a l d 7" -> "TORVALD7"), then "at"/"@" and a domain, written, said or a
        # webmail name alone: "TORVALD7 at yahoo", "KIRAN, at posteo dot de", "ABE @ x.io".
        CuedPattern(
            "spelled_local_part",
            r"(?<![\w.@'-])(?-i:[A-Z][A-Z0-9]{2,})(?:[ \t]*,)?(?:[ \t]*@[ \t]*|[ \t]+at[ \t]+)"
            r"(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
            rf"|[a-z0-9-]+(?:[ \t]+dot[ \t]+[a-z]{{2,6}}){{1,2}}|{_WEBMAIL})\b(?![.@-]\w)",
            0.85,
            cue=r"(?-i:[A-Z0-9]{3})[ \t]*,?[ \t]*(?:@|at[ \t])",
        ),
    )
    CONTEXT = ("email", "e-mail", "mail")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Matches; a spaced domain only after a local part with an initial or one that is
        no English word ("t granger at …", "kpatel at …", not "we met at … dot com"); a
        spelled local part not the name of its own domain ("FEMA at fema.gov")."""
        out = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            name = (result.recognition_metadata or {}).get("pattern_name")
            if name == "spaced_domain":
                local = text[result.start : result.end].split()
                if (
                    len(local[0]) > 1
                    and lexicon().is_word(local[0])
                    and not _EMAIL_LEAD_BEFORE.search(text, max(0, result.start - 30), result.start)
                ):
                    continue
            if _company_mailbox(text, result.start, result.end):
                continue
            if name == "spoken_local_piece" and _is_domain(text[result.start : result.end]):
                continue
            if name == "spelled_local_part" and _names_its_domain(text[result.start : result.end]):
                continue
            out.append(result)
        return out
