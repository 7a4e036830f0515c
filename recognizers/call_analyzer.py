"""Conversation-level PII detection: the whole call in, entities per turn out.

Detection sees the call, not one turn at a time:

1. every turn is normalised (``spoken_normalizer``: "four one one one" -> "4111") and
   the recognizers run on the normalised text, with cheap pre-filters (digit
   recognizers skip turns without a digit);
2. spaCy's NER runs once over every turn of a batch of calls (``nlp.pipe``, only the
   ``ner`` pipe);
3. the conversation adds what single turns cannot know: the other side's question types
   the answer ("security code?" -> "701" is a CVV), numbers read a group per turn are
   joined and classified, a value found once is redacted wherever it is repeated;
4. allow/deny lists apply, and every span is mapped back to the original turn text.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import regex as re
from presidio_analyzer import EntityRecognizer

from pipeline.schema import Call, PiiEntity
from recognizers import answers, call_edges, call_emails, call_names, name_filters, questions
from recognizers import conversation as conv
from recognizers.base import BRANDS, HONORIFIC, MONTH, SpokenPatternRecognizer
from recognizers.checksums import luhn_valid, ssn_plausible
from recognizers.config import AnalyzerConfig, RecognizerSettings, load_config
from recognizers.hits import Hit, inside
from recognizers.offline import use_offline_suffix_list
from recognizers.registry import NER_RECOGNIZER, needs_digits, pattern_recognizers
from recognizers.spacy_ner_recognizer import SpacyNerRecognizer
from recognizers.spoken_email_recognizer import is_role_mailbox_domain
from recognizers.spoken_normalizer import (
    SPOKEN_DOT,
    NormalizedText,
    is_shouting,
    normalize,
)
from recognizers.spoken_person_recognizer import (
    NAME_SUFFIX,
    PARTICLES,
    RANK,
    agent_with_department,
    fold,
    is_endearment,
    lexicon,
    not_name_word,
)
from recognizers.spoken_phone_recognizer import customer_own_lines, customer_we_are_numbers

logger = logging.getLogger(__name__)

SAFETY_NET_ENTITY = "ID_NUMBER"
# Entities whose span explains any name or place inside it.
_SPECIFIC = frozenset(
    {"ADDRESS", "EMAIL_ADDRESS", "PASSWORD", "SECURITY_ANSWER", "ACCOUNT_ID", "IBAN_CODE"}
)
_GENERIC = frozenset({"PERSON", "LOCATION", "URL"})
_NUMBER_TYPES = frozenset(
    {"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "ROUTING_NUMBER"}
)

DENY_LIST_RECOGNIZER = "DenyList"
# The company introduces itself: "thank you for calling Lumen Wireless, this is …".
# Its name is allowed for the whole call (spaCy often tags it PERSON).
_COMPANY = re.compile(
    r"\b(?:thanks?(?: you)? for (?:calling|choosing|contacting|holding with|being with)|"
    r"welcome to|you've reached|you have reached|calling (?:you )?from|here at)\s+(?:the\s+)?"
    # "calling from Dr. Abernathy's office": a person's practice, not a company name.
    r"(?!(?:dr|doctor|mr|mrs|ms|mx)\b\.?\s)"
    # "thank you for calling this is greg": the agent's introduction, no company name.
    r"(?!(?:this|my name|i'm|im|i am|you're|you are)\b)"
    # (not past a sentence end: "calling from AT&T. Is this Michael?" asks for the customer)
    r"(?P<name>[^\W_][\w&'.-]*(?:\s+(?!(?:this is|this was|my name)\b)(?!(?<=\.\s)(?:is|am|are|"
    r"may|can|could|do|does|did|i|i'm|we|you|this|how|what|who|will|would|please|yes|no|"
    r"okay|so)\b)(?:[^\W_][\w&'.-]*|&)){0,3}?)"
    # (stopping before the agent's "sarah here, how can i help")
    # "thanks for calling Horizon Wireless alex. Take care.": the agent's name after it
    # (not before a comma: "thanks for calling Casa Moreno, have a good day")
    r"(?=\s*(?:[,.!?]|$|[^\W_][\w'-]*[ \t]*[.!]?\s+(?:here|speaking|have a|take care)\b|"
    r"\b(?:this is|this was|my name|you're speaking|you are speaking|how|what|"
    r"where|i'm|i am|speaking|have a|take care|bye|goodbye|today|customer|support|service|"
    r"billing|team|"
    r"department|can i|may i|and|please)\b))",
    re.IGNORECASE,
)
# The firm answering the line by its name at the start of an opening turn: "williams mobile
# this is jose speaking", "Nelson Power & Light, go ahead.", "good morning, Ines at Harbor
# County, how can i help?"; two words or more, the last no name ("Maria Lopez, this is …").
_OPENING_FIRM = re.compile(
    r"^[ \t]*(?:(?:good (?:morning|afternoon|evening|day)|hi|hello|hey)[ \t]*,?[ \t]+"
    r"(?:[^\W\d_]+[ \t]+(?:at|with|from)[ \t]+)?)?"
    # "good afternoon, this is Coastline Suites, I'm Richard": the firm, then the agent
    # (not "this is Karlo with Delgado Research. This is a short survey": the agent's own
    # "name with firm", then a sentence about the call)
    r"(?P<intro>this[ \t]+is[ \t]+(?=(?![^,.]*\b(?:with|from)\b)[^,.]+[,.]?[ \t]+"
    r"(?:i'm|i am|im|this is(?![ \t]+(?:a|an|the|your|our|my|just|not|about|regarding|for)\b)|"
    r"you're speaking)\b))?"
    r"(?:the[ \t]+)?"
    r"(?!(?:hi|hello|hey|good|thanks|thank|yes|yeah|okay|ok|oh|um|uh|so|well|this|it's|"
    r"it|i'm|i|my|you're|you|mr|mrs|ms|miss|missus|mister|dr|doctor|sir|madam|ma'am)\b)"
    r"(?P<name>[^\W_][\w'.-]*(?:[ \t]+(?:[^\W_][\w'.-]*|&)){1,4}?)[ \t]*[,.]?[ \t]+"
    r"(?=(?:this is|my name is|my name's|you're speaking|go ahead|how (?:can|may) (?:i|we))\b|"
    r"(?:i'm|i am|im)[ \t]+(?!(?:from|with|here|just|a|an|the|so|sorry|not|his|her|your|on|in|"
    r"at|still|also|really|\p{L}+ing)\b)\p{L})",
    re.IGNORECASE,
)
_INTRO_INSIDE = re.compile(r"\b(?:this is|my name is|my name's|i'm|i am)\b", re.IGNORECASE)
# One word answering the line before the agent's name, in a turn that offers help or asks
# who is calling: "Good morning, Lumaprint, this is Rohan. How can I help you?",
# "Macy's, this is Joy speaking." (an outbound "Hi Sven, this is Dr. Ames" offers none).
_OPENING_ONE_FIRM = re.compile(
    r"^[ \t]*(?:(?:good (?:morning|afternoon|evening|day)|hi|hello|hey)[ \t]*,[ \t]*)?"
    r"(?P<name>\p{L}[\p{L}&-]*\p{L}(?P<possessive>['’]s)?)[ \t]*,[ \t]+"
    r"(?=(?:this is|you're speaking|my name is)\b)",
    re.IGNORECASE,
)
_INBOUND_OFFER = re.compile(
    r"\b(?:how (?:can|may) (?:i|we) (?:help|assist|direct)|what can i do for you|"
    r"who do i have the pleasure|who am i speaking (?:with|to)|"
    r"(?:can|may) i (?:start with|get|have) your name)",
    re.IGNORECASE,
)
# A shop named with a possessive after the agent's name: "This is Brandon with Lowe's."
_AGENT_WITH_SHOP = re.compile(
    r"\b(?:this is|i'm|my name is)[ \t]+\p{L}+[ \t]+(?:with|at|from)[ \t]+"
    r"(?P<name>\p{Lu}[\p{L}&-]*['’]s)(?=[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE,
)
_OPENING_TURNS = 3
_AGENT_WORDS = frozenset(("speaking", "here"))
# A question about money makes a short number in the reply an amount.
_MONEY_QUESTION = re.compile(
    r"\b(?:how much|amount|balance|price|cost|charge|charged|pay|paid|payment|owe|fee|"
    r"total|refund|deposit|dollars?)\b",
    re.IGNORECASE,
)
_CONTEXT_AFTER = 20
_NON_DIGIT = re.compile(r"\D")
_QUESTION_CHARS = 200


@dataclass(frozen=True)
class _Active:
    recognizer: EntityRecognizer
    threshold: float
    context: re.Pattern | None
    digits_only: bool


class CallAnalyzer:
    """Finds PII in calls; built once per worker because loading spaCy takes seconds."""

    def __init__(self, config: AnalyzerConfig, nlp=None):
        """Build from a validated config; ``nlp`` is a loaded spaCy pipeline (or None)."""
        use_offline_suffix_list()  # tldextract, behind Presidio, never goes to the network
        self._config = config
        self._nlp = nlp if config.ner_enabled else None
        self._ner = SpacyNerRecognizer(dict(config.ner_labels)) if self._nlp is not None else None
        self._ner_threshold = (
            config.settings(NER_RECOGNIZER).score_threshold or config.score_threshold
        )
        self._active = tuple(self._build(name, cls) for name, cls in pattern_recognizers().items()
                             if config.settings(name).enabled)  # fmt: skip
        self._allow = _term_regex(config.allow_list)
        self._deny = {
            entity: rx
            for entity, terms in config.deny_list.items()
            if (rx := _term_regex(terms)) is not None
        }

    @classmethod
    def create(
        cls,
        config_path: str | Path | None = None,
        allow_list: Sequence[str] = (),
        deny_list: Mapping[str, Sequence[str]] | Sequence[str] = (),
        nlp=None,
    ) -> CallAnalyzer:
        """Load the YAML (None: packaged default), add extra allow/deny terms, load spaCy.

        The config is validated before the model loads, so a bad YAML fails fast with a
        ``ValueError`` saying what to change. Pass ``nlp`` to share a loaded pipeline.
        """
        config = load_config(config_path).with_lists(allow_list, deny_list)
        if config.ner_enabled and nlp is None:
            from models.spacy_model import create_nlp_engine

            nlp = create_nlp_engine().nlp["en"]
        return cls(config, nlp=nlp)

    @property
    def config(self) -> AnalyzerConfig:
        """The validated configuration this analyzer runs with."""
        return self._config

    def analyze_call(self, call: Call) -> tuple[tuple[PiiEntity, ...], ...]:
        """Entities per turn of one call, offsets into each turn's original text."""
        return self.analyze_calls([call])[0]

    def analyze_calls(self, calls: Sequence[Call]) -> list[tuple[tuple[PiiEntity, ...], ...]]:
        """Entities per turn for each call; spaCy runs once over all turns of all calls."""
        texts = [turn.text for call in calls for turn in call.turns]
        norms = [normalize(text) for text in texts]
        ner_hits = self._ner_hits(texts)
        out, i = [], 0
        for call in calls:
            n = len(call.turns)
            out.append(self._analyze(call, norms[i : i + n], ner_hits[i : i + n]))
            i += n
        logger.debug("analyzed %d calls, %d turns", len(calls), len(texts))
        return out

    # --- construction --------------------------------------------------------------------

    def _build(self, name: str, cls: type[EntityRecognizer]) -> _Active:
        settings: RecognizerSettings = self._config.settings(name)
        recognizer = cls()
        words = settings.context if settings.context is not None else recognizer.context
        return _Active(
            recognizer=recognizer,
            threshold=(
                settings.score_threshold
                if settings.score_threshold is not None
                else self._config.score_threshold
            ),
            context=_term_regex(words or (), whole_word=False),
            digits_only=needs_digits(recognizer),
        )

    # --- per turn ------------------------------------------------------------------------

    def _ner_hits(self, texts: list[str]) -> list[list[Hit]]:
        hits: list[list[Hit]] = [[] for _ in texts]
        if self._nlp is None or self._ner is None:
            return hits
        # Only turns with words the model could call a name: backchannel and digit groups
        # ("okay", "4111") are a good part of a call and need no NER.
        wanted = [i for i, t in enumerate(texts) if _worth_ner(t)]
        # ALL CAPS confuses the model; lower case has the same offsets.
        feed = [texts[i].lower() if is_shouting(texts[i]) else texts[i] for i in wanted]
        enabled = [p for p in self._nlp.pipe_names if p != "ner"]
        docs = self._nlp.pipe(feed, batch_size=128, disable=enabled)
        for i, doc in zip(wanted, docs, strict=True):
            hits[i] = [
                Hit(r.entity_type, r.start, r.end, r.score, self._ner.name, original=True)
                for r in self._ner.from_spans(texts[i], doc.ents)
                if r.score >= self._ner_threshold
            ]
        return hits

    def _turn_hits(self, norm: NormalizedText, question: str) -> list[Hit]:
        text = norm.text
        has_digit = any(c.isdigit() for c in text)
        # Presidio's own patterns expect codes in capitals (IBAN, passport); an ALL CAPS
        # turn was lower-cased by the normaliser, so they get it back in capitals.
        upper = text.upper() if is_shouting(norm.original) else text
        if len(upper) != len(text):
            upper = text
        hits = []
        boost, window = self._config.context_boost, self._config.context_window
        for active in self._active:
            if active.digits_only and not has_digit:
                continue
            rec = active.recognizer
            source = text if isinstance(rec, SpokenPatternRecognizer) else upper
            for r in rec.analyze(source, rec.supported_entities):
                score = r.score
                if score < active.threshold and active.context is not None:
                    near = (
                        text[max(0, r.start - window) : r.start]
                        + " "
                        + text[r.end : r.end + _CONTEXT_AFTER]
                    )
                    if active.context.search(near) or active.context.search(question):
                        score = min(1.0, score + boost)
                if score < active.threshold:
                    continue
                digits = len(_NON_DIGIT.sub("", text[r.start : r.end]))
                if (
                    r.entity_type == SAFETY_NET_ENTITY
                    and _names_a_thing(question, digits)
                    and not _NUMBER_NAMED_BEFORE.search(text, max(0, r.start - 40), r.start)
                ):
                    continue  # "how much was it?" / "and what flight?"
                if (
                    r.entity_type == "ACCOUNT_ID"
                    and questions.not_personal_answer(question, digits)
                    and not _NUMBER_NAMED_BEFORE.search(text, max(0, r.start - 40), r.start)
                ):
                    continue  # "which modem do you have?" -> "the Arris SB8200"
                if r.entity_type == "URL" and is_role_mailbox_domain(text, r.start, r.end):
                    continue  # "ap@summitcarrier.com": the company's own
                hits.append(Hit(r.entity_type, r.start, r.end, score, rec.name))
        for entity, rx in self._deny.items():
            hits.extend(
                Hit(entity, m.start(), m.end(), 1.0, DENY_LIST_RECOGNIZER)
                for m in rx.finditer(text)
            )
        return hits

    # --- per call ------------------------------------------------------------------------

    def _analyze(
        self, call: Call, norms: list[NormalizedText], ner_hits: list[list[Hit]]
    ) -> tuple[tuple[PiiEntity, ...], ...]:
        speakers = [turn.speaker for turn in call.turns]
        texts = [n.text for n in norms]
        expected = conv.expected_types(speakers, texts) if self._config.conversation else None
        if expected is not None and _answers_with_homophones(call, norms, expected):
            texts = [n.text for n in norms]
            expected = conv.expected_types(speakers, texts)
        questions = _previous_substantive(speakers, texts)
        if expected is not None:
            expected = _with_courtesy_name_questions(speakers, questions, expected)
        hits = [
            self._turn_hits(norm, question) + ner
            for norm, question, ner in zip(norms, questions, ner_hits, strict=True)
        ]
        chained: set[int] = set()
        if self._config.chunked_numbers:
            chained = self._chains(speakers, texts, hits, expected)
            if expected is not None:
                chained |= conv.continued_groups(speakers, texts, expected)
        if expected is not None:
            for i, entities in enumerate(expected):
                for entity in entities:
                    reported = _REPORTED.get(entity, entity)
                    spans = answers.answer_spans(entity, texts[i], chained=i in chained)
                    if reported == "PERSON" and spans:
                        found = any(h.entity == "PERSON" for h in hits[i])
                        spans = _without_word_answers(norms[i], spans, found)
                    for start, end in spans:
                        hits[i].append(Hit(reported, start, end, 0.8, "ConversationContext"))
                if "IP_ADDRESS" in entities:
                    hits[i].extend(
                        Hit("IP_ADDRESS", m.start(), m.end(), 0.8, "ConversationContext")
                        for m in _MISREAD_IP.finditer(texts[i])
                    )
        _add_household_lines(speakers, texts, hits)
        if texts:
            hits[0].extend(call_names.opening_name(texts[0]))
            for i in range(min(_OPENING_TURNS, len(texts))):
                if speakers[i].lower() != "customer":
                    hits[i].extend(call_names.opening_intro(texts[i]))
        for norm, turn_hits in zip(norms, hits, strict=True):
            turn_hits.extend(
                call_names.coordinated_names(norm, turn_hits, self._config.score_threshold)
            )
            turn_hits.extend(call_names.spelled_words(norm.text))
            turn_hits.extend(call_names.words_spelled_apart(norm.original))
            turn_hits.extend(call_names.restarted_spellings(norm.text))
            turn_hits.extend(call_names.corrected_spellings(norm, turn_hits))
            turn_hits.extend(call_names.names_like_the_month(norm.text))
            turn_hits.extend(call_emails.domain_alone(norm.text))
        call_names.spelled_back(norms, hits)
        hits = [
            name_filters.without_not_names(norm, turn_hits)
            for norm, turn_hits in zip(norms, hits, strict=True)
        ]
        pets = call_names.pet_names(texts)
        if pets:
            hits = [
                call_names.without_pets(norm, turn_hits, pets)
                for norm, turn_hits in zip(norms, hits, strict=True)
            ]
        hits = [
            call_names.without_things(norm, turn_hits)
            for norm, turn_hits in zip(norms, hits, strict=True)
        ]
        allow = self._call_allow_list(call, call_names.person_words(texts, norms, hits))
        if self._config.propagate:
            self._propagate(texts, norms, hits, allow)
            hits = [
                call_names.without_churches(norm, turn_hits)
                for norm, turn_hits in zip(norms, hits, strict=True)
            ]
        for text, turn_hits in zip(texts, hits, strict=True):
            low = text.lower()
            if "jr" in low or "sr" in low or "nior" in low:
                _with_suffixes(text, turn_hits)
        _add_name_tails(norms, hits)
        _add_closing_names(texts, hits)
        name_answers = [bool(expected) and "PERSON" in expected[i] for i in range(len(norms))]
        return tuple(
            self._finish(norm, turn_hits, allow, answer)
            for norm, turn_hits, answer in zip(norms, hits, name_answers, strict=True)
        )

    def _call_allow_list(self, call: Call, people: list[set[str]]) -> re.Pattern | None:
        """The configured allow-list plus the company names this call introduces (not a
        person found in the call: "thanks for calling hodan" thanks the caller)."""
        texts = [turn.text for turn in call.turns]
        names = [
            _without_closing_name(_company_name(m), texts, i)
            for i, turn in enumerate(call.turns)
            for m in _COMPANY.finditer(turn.text)
            if m.group("name").lower() not in call_names.COMMON_WORDS
            and not call_names.thanks_a_person(m)
            and not call_names.named_elsewhere(fold(m.group("name").rstrip(".,!?")), people, i)
            and not _thanks_a_named_person(m, people, i)
            and not _agent_reached(m)
        ]
        lex = lexicon()
        for i, text in enumerate(turn.text for turn in call.turns[:_OPENING_TURNS]):
            m = _OPENING_FIRM.match(text)
            # (the firm's own words, taken for a name in its greeting, do not count)
            found = set().union(*(words for j, words in enumerate(people) if j != i))
            if m and m.group("intro") and call.turns[i].speaker.lower() == "customer":
                m = None  # "Hey, this is Svetlana Ivanova-Park. I'm on a plan": the caller
            words = [fold(w.strip(".,")) for w in m.group("name").split()] if m else []
            if (
                words
                and not lex.is_name(words[-1])
                # "good morning zenvia kofi speaking": the agent's name, not the firm's
                and not any(w in lex.firsts or w in _AGENT_WORDS for w in words[1:])
                and not any(w in call_names.COMMON_WORDS for w in words)
                # "hi missus haverford how can i help": a name the call gives, no firm
                and not any(w in found for w in words)
                # "good morning helixroots this is fatoumata how can i help": the firm ends
                # where the agent's own introduction begins
                and not _INTRO_INSIDE.search(m.group("name"))
            ):
                names.append(m.group("name"))
            if call.turns[i].speaker.lower() != "customer":
                names.extend(_one_word_firms(text, found))
        # (never an id or a number with them: "Existing. Claim TW-561447. My name is …"
        # opens like a firm's greeting, "you've reached Cellara Mobile at 1-800-…")
        names = [firm for firm in map(_before_a_number, names) if firm]
        if not names:
            return self._allow
        return _term_regex((*self._config.allow_list, *names))

    def _chains(
        self,
        speakers: list[str],
        texts: list[str],
        hits: list[list[Hit]],
        expected: list[tuple[str, ...]] | None,
    ) -> set[int]:
        """Numbers read a group per turn: classify the joined digits, tag every group
        (typed by the question they answer when ``expected`` knows it)."""
        chained: set[int] = set()
        for chain in conv.chunk_chains(speakers, texts, expected):
            groups = [
                (t, start, end, digits)
                for t in chain.reader_turns
                for start, end, digits in answers.digit_runs(texts[t])
            ]
            digits = "".join(g[3] for g in groups)
            asked = expected[chain.reader_turns[0]] if expected is not None else ()
            entity = next(
                (e for e in asked if e in answers.DIGIT_RANGES or e == "DATE_OF_BIRTH"), None
            )
            entity = "ADDRESS" if entity in ("ZIP", "CITY") else entity or _classify_digits(digits)
            if entity is None:
                continue
            chained.update(chain.reader_turns)
            for t in chain.other_turns:
                groups.extend((t, s, e, d) for s, e, d in answers.digit_runs(texts[t]))
            for t, start, end, _ in groups:
                hits[t].append(Hit(entity, start, end, 0.8, "ChunkedNumberContext"))
        return chained

    def _propagate(
        self,
        texts: list[str],
        norms: list[NormalizedText],
        hits: list[list[Hit]],
        allow: re.Pattern | None,
    ) -> None:
        """A value found once is PII wherever it is repeated in the call."""
        numbers: dict[str, str] = {}
        codes: dict[str, str] = {}
        locals_: set[str] = set()
        names: set[str] = set()
        spelled: set[str] = set()
        everyday: set[str] = set()
        shorts: set[str] = set()
        short_lasts: set[str] = set()
        two_letter: set[str] = set()  # "li" of "li wang": said alone only as a vocative
        said_lower: set[str] = set()  # name words found as written without a capital
        in_turn: list[dict[str, str]] = [{} for _ in texts]
        for i, (text, norm, turn_hits) in enumerate(zip(texts, norms, hits, strict=True)):
            for hit in turn_hits:
                if hit.score < self._config.score_threshold:
                    continue
                if hit.original:
                    value = norm.original[hit.start : hit.end]
                else:
                    value = text[hit.start : hit.end]
                digits = _NON_DIGIT.sub("", value)
                if hit.entity in _CODE_TYPES and (code := _code_of(value)):
                    codes.setdefault(code, hit.entity)
                if hit.entity == "EMAIL_ADDRESS" and "@" in value:
                    locals_.add(value.split("@")[0].lower())
                if len(digits) >= 4 and hit.entity not in ("DATE_OF_BIRTH", "CARD_EXPIRY"):
                    numbers.setdefault(digits, hit.entity)
                    if in_turn[i].get(digits, SAFETY_NET_ENTITY) == SAFETY_NET_ENTITY:
                        in_turn[i][digits] = hit.entity
                if hit.entity == "PERSON":
                    letters = "".join(c for c in value if c.isalpha()).upper()
                    shorts |= call_names.short_firsts(value)
                    short_lasts |= call_names.short_surnames(value)
                    two_letter |= call_names.two_letter_names(value)
                    if len(letters) >= call_names.MIN_SPELLED_NAME:
                        spelled.add(letters)
                    for phrase in call_names.particle_surnames(value):
                        if not (allow and allow.search(phrase)):
                            names.add(phrase)  # "o ceallachain", "de nunes" said again
                    for word in call_names.NAME_TOKEN.findall(value):
                        low = word.lower()
                        if allow and allow.search(word):
                            continue
                        if _answered_endearment(hit, word, text):
                            continue  # "hold on hon, where did you put it": said to the room
                        if low in call_names.COMMON_WORDS:
                            everyday.add(low)  # "will", found by its cue ("my name is will")
                        elif not call_names.NOT_NAME_WORD.fullmatch(low):
                            names.add(low)
                            if word[:1].islower() or text.isupper():
                                said_lower.add(low)
        name_rx = _term_regex(sorted(names)) if names else None
        # two-letter names ("li", "vu") are said again only where everyday-word names are
        everyday |= two_letter
        everyday -= call_names.NOT_PROPAGATED
        everyday_rx = _term_regex(sorted(everyday)) if everyday else None
        vocative_rx, self_rx = call_names.everyday_name_patterns(everyday)
        for i, text in enumerate(texts):
            covered = [(h.start, h.end) for h in hits[i] if not h.original]
            covered += [norms[i].from_original(h.start, h.end) for h in hits[i] if h.original]
            if numbers and any(c.isdigit() for c in text):
                for start, end, digits in answers.digit_runs(text):
                    entity = numbers.get(digits) or next(
                        (e for v, e in numbers.items() if len(v) >= 8 and len(digits) >= 4
                         and v.endswith(digits)),
                        None,
                    ) or next(  # a false start corrected in the same turn: "4 4 2... 4 4 2 2"
                        (e for v, e in in_turn[i].items() if len(digits) >= _MIN_FALSE_START
                         and len(v) > len(digits) and v.startswith(digits)),
                        None,
                    )  # fmt: skip
                    if entity is not None and not inside(start, end, covered):
                        hits[i].append(Hit(entity, start, end, 0.7, "CallPropagation"))
                # a value said again before a unit word the runs leave out ("1200 pound"
                # is money): "the code is 4471, pound key after" ... "4471 POUND."
                again = [
                    (start, end, entity)
                    for value, entity in numbers.items()
                    for start, end in _said_again(text, value)
                    if not inside(start, end, covered)
                ]
                if again:
                    held = [(h.start, h.end) for h in hits[i]]
                    hits[i].extend(
                        Hit(entity, start, end, 0.7, "CallPropagation")
                        for start, end, entity in again
                        if not any(s <= start and end <= e for s, e in held)
                    )
            for rx in (name_rx, vocative_rx, self_rx):
                if rx is None:
                    continue
                for m in rx.finditer(text):
                    if rx is name_rx and call_names.word_after_article(text, m):
                        continue
                    if name_filters.surname_firm(text, m.start(), m.end()):
                        continue  # "Felipe Arzate from Arzate and Moss": the firm
                    if (
                        rx is name_rx
                        and m.group().lower() not in said_lower
                        and _word_not_name_here(m.group(), text)
                    ):
                        continue
                    # a name said again may go on with a middle name ("… FUNMILAYO GRACE.")
                    end = (
                        call_names.first_name_tail(text, m.end(), names)
                        if rx is name_rx
                        else m.end()
                    )
                    if not inside(m.start(), m.end(), covered) or (
                        rx is name_rx and _widens_a_name(m, hits[i])
                    ):
                        hits[i].append(Hit("PERSON", m.start(), end, 0.7, "CallPropagation"))
            if shorts:
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_names.short_firsts_again(text, shorts)
                    if not inside(start, end, covered)
                )
            if short_lasts:
                found = [
                    (h.start, h.end) for h in hits[i] if h.entity == "PERSON" and not h.original
                ]
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_names.short_surnames_again(text, found, short_lasts)
                )
            if names:
                found = [
                    (h.start, h.end) for h in hits[i] if h.entity == "PERSON" and not h.original
                ]
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_names.misheard_surnames(text, found, names)
                )
            if everyday_rx is not None:
                hits[i].extend(call_names.before_a_name(text, hits[i], everyday_rx, covered))
            if (names or everyday) and ("that" in text.lower() or "said" in text.lower()):
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_names.name_read_back(text, names, everyday)
                    if not inside(start, end, covered)
                )
            if spelled:
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_names.spelling_begun_again(norms[i], spelled)
                    if not inside(start, end, covered)
                )
            if locals_:
                hits[i].extend(
                    Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in call_emails.email_names_again(text, locals_)
                    if not inside(start, end, covered)
                )
                hits[i].extend(
                    Hit("EMAIL_ADDRESS", start, end, 0.7, "CallPropagation")
                    for start, end in call_emails.email_pieces_again(text, locals_)
                    # (a name found inside the piece does not stop it: "lucky dash lou")
                    if not any(s <= start and end <= e for s, e in covered)
                )
            for code, entity in codes.items():
                hits[i].extend(
                    Hit(entity, m.start(), m.end(), 0.7, "CallPropagation")
                    for m in _code_regex(code).finditer(text)
                    if not inside(m.start(), m.end(), covered)
                )

    def _finish(
        self,
        norm: NormalizedText,
        hits: list[Hit],
        allow: re.Pattern | None,
        name_answer: bool = False,
    ) -> tuple[PiiEntity, ...]:
        """Threshold, map to the original text, apply the allow-list, de-duplicate."""
        original = norm.original
        allowed = [(m.start(), m.end()) for m in allow.finditer(original)] if allow else []
        best: dict[tuple[str, int, int], PiiEntity] = {}
        for hit in hits:
            if hit.entity == "PERSON":
                hit = name_filters.without_foreign_words(
                    original if hit.original else norm.text, hit
                )
                if hit is None:
                    continue  # propagated or added late, still only Spanish words
            if hit.end <= hit.start:
                continue
            start, end = (
                (hit.start, hit.end) if hit.original else norm.to_original(hit.start, hit.end)
            )
            while start < end and original[start].isspace():
                start += 1
            while end > start and original[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            # An explicit deny-list term (e.g. a reviewer's "missed PII") wins over the
            # allow-list and the company-name heuristic: fail closed.
            if hit.recognizer != DENY_LIST_RECOGNIZER and _is_allowed(
                original, start, end, allowed
            ):
                continue
            key = (hit.entity, start, end)
            if key not in best or best[key].score < hit.score:
                best[key] = PiiEntity(hit.entity, start, end, round(hit.score, 4), hit.recognizer)
        # A generic label inside a specific one adds nothing: the safety net inside a card
        # number, a name inside a street address or an email, an email's domain as a URL.
        typed = [(e.start, e.end) for e in best.values() if e.entity_type != SAFETY_NET_ENTITY]
        specific = [(e.start, e.end) for e in best.values() if e.entity_type in _SPECIFIC]
        numbers = {
            (e.start, e.end): e.score for e in best.values() if e.entity_type in _NUMBER_TYPES
        }
        kept = [
            e
            for e in best.values()
            if not (
                (e.entity_type == SAFETY_NET_ENTITY and _within(e, typed))
                or (e.entity_type in _GENERIC and _within(e, specific))
                # a chunk the chain typed ("then 8294" after the phone's first digits) is
                # no account id as well: the same characters, the surer label
                or (e.entity_type == "ACCOUNT_ID" and numbers.get((e.start, e.end), 0.0) > e.score)
            )
        ]
        kept = sorted(
            (call_edges.grown(original, e) for e in kept),
            key=lambda e: (e.start, e.end, e.entity_type),
        )
        joined = call_edges.join_names(original, call_edges.join_pieces(original, kept))
        joined = name_filters.surname_comma_first(original, joined)
        joined = tuple(
            call_edges.spelled_edges(original, e) if e.entity_type == "PERSON" else e
            for e in joined
        )
        persons = [(e.start, e.end) for e in joined if e.entity_type == "PERSON"]
        spelled = call_names.joined_spellings(original, persons) if persons else []
        if spelled:
            # pieces of a spelling with its joiners ("d, e, space, l, a") become the whole
            merged: dict[tuple[int, int], PiiEntity] = {}
            rest = []
            for e in joined:
                run = next(
                    (
                        r
                        for r in spelled
                        if e.entity_type == "PERSON" and r[0] < e.end and e.start < r[1]
                    ),
                    None,
                )
                if run is None:
                    rest.append(e)
                    continue
                had = merged.get(run)
                lo, hi = min(run[0], e.start), max(run[1], e.end)
                if had is not None:
                    lo, hi = min(lo, had.start), max(hi, had.end)
                merged[run] = PiiEntity("PERSON", lo, hi, e.score, e.recognizer)
            joined = tuple(
                sorted([*rest, *merged.values()], key=lambda e: (e.start, e.end, e.entity_type))
            )
            persons = [(e.start, e.end) for e in joined if e.entity_type == "PERSON"]
        joined = _names_gone_on(original, joined)
        joined = _with_name_part_letters(original, joined)
        joined = _with_paused_spellings(original, joined)
        joined = _with_cut_name_pieces(original, joined, name_answer)
        joined = tuple(_initial_dot(original, e) for e in joined)
        if any(e.entity_type == "PERSON" and original[e.start].isupper() for e in joined):
            joined = _with_initials(original, joined)
        joined = _with_honorifics(original, joined)
        joined = tuple(_suffix_dot(original, e) for e in joined)
        joined = name_filters.without_correction_pairs(original, joined)
        persons = [(e.start, e.end) for e in joined if e.entity_type == "PERSON"]
        # A first name found alone inside the full name another recognizer found adds
        # nothing; nor does a title found alone inside the titled name ("Mx" in "Mx. Hughes").
        return tuple(
            e
            for e in joined
            if not (
                e.entity_type == "PERSON"
                and (
                    e.recognizer == "NameGazetteerRecognizer"
                    or _HONORIFIC_ALONE.fullmatch(original, e.start, e.end)
                )
                and any(
                    s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in persons
                )
            )
        )


def _names_gone_on(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """PERSON spans grown over the surname said after them past a filler or particle, when
    no other span lies there."""
    out = []
    for e in entities:
        if e.entity_type == "PERSON":
            end = call_names.name_goes_on(original, e.end)
            if end > e.end and not any(o.start < end and e.end < o.end for o in entities):
                e = replace(e, end=end)
        out.append(e)
    return tuple(out)


def _with_cut_name_pieces(
    original: str, entities: tuple[PiiEntity, ...], answer: bool
) -> tuple[PiiEntity, ...]:
    """PERSON spans fixed for a bad line (see call_names.cut_name_pieces): the initial or
    cut word after a name joins it, the fragment after a tag is a span of its own."""
    persons = [(e.start, e.end) for e in entities if e.entity_type == "PERSON"]
    grown, added = call_names.cut_name_pieces(original, persons, answer)
    if not grown and not added:
        return entities
    out = [
        replace(e, end=grown[(e.start, e.end)][1])
        if e.entity_type == "PERSON" and (e.start, e.end) in grown
        else e
        for e in entities
    ]
    spans = {(e.start, e.end) for e in out if e.entity_type == "PERSON"}
    out.extend(PiiEntity("PERSON", s, t, 0.7, "CallNames") for s, t in added if (s, t) not in spans)
    return tuple(sorted(out, key=lambda e: (e.start, e.end, e.entity_type)))


def _with_name_part_letters(
    original: str, entities: tuple[PiiEntity, ...]
) -> tuple[PiiEntity, ...]:
    """Letters said right after a name to fix its end or start ("Parker — K E R at the
    end") added as PERSON spans of their own: they spell part of the name."""
    spans = {(e.start, e.end) for e in entities if e.entity_type == "PERSON"}
    added = []
    for e in entities:
        if e.entity_type != "PERSON":
            continue
        part = call_names.name_part_letters(original, e.end)
        if part and not any(s <= part[0] and part[1] <= t for s, t in spans):
            spans.add(part)
            added.append(PiiEntity("PERSON", part[0], part[1], e.score, e.recognizer))
    if not added:
        return entities
    return tuple(sorted([*entities, *added], key=lambda e: (e.start, e.end, e.entity_type)))


def _with_paused_spellings(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """Spelled PERSON spans grown over a pause and the letters after it ("B A R ...
    B O S A"): the speaker went on spelling the same name, so the letters found apart
    after the pause join it."""
    out, grown = [], []
    for e in entities:
        if e.entity_type == "PERSON":
            end = call_names.paused_spelling_end(original, e.start, e.end)
            others = [o for o in entities if o is not e and o.start < end and e.end < o.end]
            if end > e.end and all(o.entity_type == "PERSON" and o.end <= end for o in others):
                e = replace(e, end=end)
                grown.append((e.start, e.end))
        out.append(e)
    return tuple(
        e
        for e in out
        if not (
            e.entity_type == "PERSON"
            and any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in grown)
        )
    )


# The honorific said right before a name is part of the PERSON span (it tells the person's
# gender and is how they are addressed): "Thank you, Mr. Castellanos", "mister okafor",
# "Mx. Hughes". Role titles (officer, pastor, nurse) are not. "miss" and "doctor" are
# words too: not after a word that makes them a verb or a noun ("we'll miss", "my doctor").
_HONORIFIC_BEFORE = re.compile(
    rf"(?<![\p{{L}}\d'’.-])(?P<title>{HONORIFIC})\.?[ \t]+$",
    re.IGNORECASE,
)
_HONORIFIC_ALONE = re.compile(rf"{HONORIFIC}\.?", re.IGNORECASE)
_WORD_TITLE_AFTER = re.compile(
    r"(?:\b(?:i|we|you|they|he|she|will|'ll|’ll|would|'d|’d|to|really|gonna|did|do|don't|"
    r"didn't|never|a|an|the|my|your|his|her|our|their|family|see|saw|call|called))"
    r"[ \t]+$",
    re.IGNORECASE,
)


def _with_honorifics(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """PERSON spans grown back over the honorific just before them ("Mrs. Blackwood");
    a span that already starts with one is left as it is."""
    out = []
    for e in entities:
        if e.entity_type == "PERSON" and not _HONORIFIC_ALONE.fullmatch(original, e.start, e.end):
            m = _HONORIFIC_BEFORE.search(original, max(0, e.start - 9), e.start)
            if m and not (
                m.group("title").lower() in ("miss", "doctor")
                and _WORD_TITLE_AFTER.search(original, max(0, m.start() - 12), m.start())
            ):
                e = replace(e, start=m.start())
        out.append(e)
    return tuple(sorted(out, key=lambda e: (e.start, e.end, e.entity_type)))


def _suffix_dot(original: str, e: PiiEntity) -> PiiEntity:
    """A full name found without its suffix's dot ("Mark Grant Sr" in "Mark Grant Sr.
    I'm …") takes it: the dot belongs to the abbreviation."""
    if e.entity_type == "PERSON" and _SUFFIX_DOT.match(original, e.end - 3, e.end + 1):
        return replace(e, end=e.end + 1)
    return e


# A name that ends in an initial or a dotted spelling ("B. O. N. N. E. T.", "Hans-H."):
# the last letter's dot is part of it, as every other letter's is.


# A rank or a lawyer's title said before a name ("Deputy Alvarez", "attorney jo reyes")
# and the possessive after it ("Dr. Halvorsen's office") are no part of the name.
_RANK_HEAD = re.compile(rf"(?:{RANK}|attorney)\.?[ \t]+(?=\p{{L}})", re.IGNORECASE)
_POSSESSIVE_TAIL = re.compile(r"(?<=\p{L}{2})['’]s$", re.IGNORECASE)


# A surname's particle the name was found without: "da cunha", "Ó Coiligeáin", "ní
# bhriain", "di stefano" (those that are words, only before a surname that is none).
_PARTICLE_BEFORE = re.compile(
    r"(?<![\p{L}'’-])(da|de|di|ó|o'|ní|nic|mac|mc|ua|uí)[ \t]+$", re.IGNORECASE
)
_WORD_PARTICLES = frozenset({"da", "de", "di", "mac"})


def _initial_dot(original: str, e: PiiEntity) -> PiiEntity:
    """A PERSON span ending in a single letter, grown over the dot right after it; a rank
    before it and a possessive after it left out."""
    if e.entity_type == "PERSON":
        start, end = e.start, e.end
        if head := _RANK_HEAD.match(original, start, end):
            start = head.end()
        if tail := _POSSESSIVE_TAIL.search(original, start, end):
            end = tail.start()
        if (particle := _PARTICLE_BEFORE.search(original, max(0, start - 6), start)) and (
            particle.group(1).lower() not in _WORD_PARTICLES
            or not lexicon().is_word(fold(original[start:end].split()[0].split("-")[0]))
        ):
            start = particle.start()  # "thanks for calling da cunha", "Ó Coiligeáin"
        if (start, end) != (e.start, e.end) and end > start:
            e = replace(e, start=start, end=end)
    if (
        e.entity_type != "PERSON"
        or original[e.end : e.end + 1] != "."
        or not original[e.end - 1].isalpha()
        or not _after_initial(original[max(e.start, e.end - 4) : e.end - 1])
    ):
        return e
    return replace(e, end=e.end + 1)


# Initials written before a found name ("H M Kowalczyk" found from "M"), and a partner's
# initials joined to it ("in the names of G J and H M Kowalczyk"); never "I" or "A".
_INITIALS_BEFORE = re.compile(r"(?<![\p{L}\d'’.-])(?-i:(?:[B-HJ-Z]\.?[ \t]+){1,3})$")
_STARTS_WITH_INITIAL = re.compile(r"(?-i:[B-HJ-Z])\.?[ \t]")
_INITIALS_AND = re.compile(
    r"(?<![\p{L}\d'’.-])(?-i:((?:[B-HJ-Z]\.?[ \t]+){0,2}[B-HJ-Z]\.?))[ \t]+(?:and|&)[ \t]+$"
)


def _with_initials(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """Capitalised PERSON spans grown over the initials before them, and the initials
    joined to them by "and" added as a name."""
    out = []
    for e in entities:
        if e.entity_type == "PERSON" and original[e.start].isupper():
            if m := _INITIALS_BEFORE.search(original, max(0, e.start - 9), e.start):
                e = replace(e, start=m.start())
            if _STARTS_WITH_INITIAL.match(original, e.start) and (
                m := _INITIALS_AND.search(original, max(0, e.start - 16), e.start)
            ):
                out.append(replace(e, start=m.start(1), end=m.end(1)))
        out.append(e)
    return tuple(sorted(out, key=lambda e: (e.start, e.end, e.entity_type)))


def _after_initial(before: str) -> bool:
    """Whether the letter after ``before`` is an initial or a dotted spelling's last
    letter ("B. O. T", "Hans-H", "Jon K"), not the last of letters spelled with dashes or
    spaces ("B-R-A-N-D-T", "m c a l l i s t e r"), whose dot ends the sentence."""
    if not before:
        return True
    if before[-1] == ".":
        return True
    if before[-1] not in " \t-":
        return False
    return before[-2:-1] == "." or (len(before) >= 3 and before[-3:-1].isalpha())


# Question types that are reported as another entity: a zip or a city is an ADDRESS.
_REPORTED = {"ZIP": "ADDRESS", "CITY": "ADDRESS", "SWIFT_CODE": "ACCOUNT_ID"}
# Digits a false start must have to be redacted with the value said after it.
_MIN_FALSE_START = 2


# An address asked for and read with a part out of range ("10 point 139 point 53 point
# 281", a slip before "no wait"): the normaliser leaves it said, no IP recogniser takes it.
_MISREAD_IP = re.compile(
    rf"(?<![\w.])\d{{1,3}}(?:{SPOKEN_DOT}\d{{1,3}}){{3}}(?![\w]|\.\d)", re.IGNORECASE
)


# Words Whisper writes for a digit, and four digits it writes with a comma ("7,140").
_REREAD = re.compile(r"\b(?:for|to|too|won|ate)\b|\d,\d{3}\b", re.IGNORECASE)
_NUMBER_TYPES = frozenset(answers.DIGIT_RANGES) | {"IP_ADDRESS", "DATE_OF_BIRTH", "CARD_EXPIRY"}


def _answers_with_homophones(
    call: Call, norms: list[NormalizedText], expected: list[tuple[str, ...]]
) -> bool:
    """Normalise again, reading homophones as digits and "7,140" as four digits, the
    turns that answer a question for a number ("three for seven" after "and the phone
    number?"); True if any changed."""
    changed = False
    for i, (turn, asked) in enumerate(zip(call.turns, expected, strict=True)):
        if not _NUMBER_TYPES.intersection(asked) or not _REREAD.search(turn.text):
            continue
        redone = normalize(turn.text, digits_expected=True)
        if redone.text != norms[i].text:
            norms[i] = redone
            changed = True
    return changed


# The last sentence of a turn: "There's a $45 fee. … I texted you a code, can you read it?"
# asks for the code, not an amount.
_LAST_SENTENCE = re.compile(r"[^.?!]+[.?!]*\s*$")
# The answer naming the number it gives, whatever was asked: "can I pay by check?" ->
# "Please write the rental number, R-52207, on the memo line."
# (or a vehicle's plate: "how many vehicles?" -> "just one, a honda, plate s d four a b …")
_NUMBER_NAMED_BEFORE = re.compile(
    r"\b(?:number|no\.|id|reference|ref|plate|registration|vin)[ \t]*(?:is|was|'s)?"
    # (or a piece of it: "hang on, number starts with 4284")
    r"(?:[ \t]*(?:starts|started|begins|began|ends|ended|ending)[ \t]+(?:with|in))?"
    r"[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)


def _names_a_thing(question: str, digits: int) -> bool:
    """A short number answering a money question, or a question about a thing (a flight,
    a modem model, an employer's EIN), is that amount or thing, not an identifier."""
    last = _LAST_SENTENCE.search(question)
    asked = last.group() if last else question
    money = digits <= 6 and questions.asks(asked) and bool(_MONEY_QUESTION.search(asked))
    return money or questions.not_personal_answer(question, digits)


def _within(entity: PiiEntity, spans: list[tuple[int, int]]) -> bool:
    """True when ``entity`` lies inside one of ``spans``."""
    return any(s <= entity.start and entity.end <= e for s, e in spans)


def _worth_ner(text: str) -> bool:
    """True when the model could find a name or place here: a word that is a listed name
    or no English word ("okafor", "Denver"), or a capital in a mixed-case turn. Backchannel
    ("okay", "mm-hmm"), digit groups and turns of plain English words ("yes i can do
    that") skip NER: about a third of a call, and the model finds nothing there."""
    if answers.is_backchannel(text):
        return False
    shouting = is_shouting(text)
    names, places = lexicon(), _place_words()
    for word in _NER_WORD.findall(text):
        if answers.BACKCHANNEL.match(word):
            continue
        if names.name_like(word) or fold(word) in places:
            return True
        if not shouting and word[0].isupper() and word not in _PLAIN_CAPITALS:
            return True
    return False


_NER_WORD = re.compile(r"\p{L}[\p{L}'’-]*")


@cache
def _place_words() -> frozenset[str]:
    """One-word US places that are also English words ("denver", "mobile"): spaCy finds
    them in lower case too (``recognizers/make_place_words.py`` regenerates the list)."""
    text = resources.files("recognizers").joinpath("us_place_words.txt").read_text("utf-8")
    return frozenset(text.split())


# Capitals that say nothing about a name: the pronoun and its contractions.
_PLAIN_CAPITALS = frozenset({"I", "I'm", "I'll", "I've", "I'd", "I’m", "I’ll", "I’ve", "I’d"})


def _said_again(text: str, value: str) -> list[tuple[int, int]]:
    """Where the exact digits ``value`` stand alone in ``text`` (no digit, point or comma
    against them, no currency sign before). A plain scan: one regex per value would be
    compiled for every call."""
    out = []
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if (start == 0 or text[start - 1] not in _NOT_BEFORE_VALUE) and (
            end == len(text) or text[end] not in _NOT_AFTER_VALUE
        ):
            out.append((start, end))
        start = text.find(value, end)
    return out


_NOT_BEFORE_VALUE = frozenset("0123456789.,$£€")
_NOT_AFTER_VALUE = frozenset("0123456789.,")


# A name asked for in a courteous form the question rules miss: "who do i have the
# pleasure of speaking with", "whom do i have the pleasure of speaking to".
_COURTESY_NAME_QUESTION = re.compile(
    r"\bwho(?:m)? (?:do|do i|have i|am i having) (?:i )?(?:have )?the pleasure\b", re.IGNORECASE
)


def _with_courtesy_name_questions(
    speakers: list[str], questions: list[str], expected: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """``expected`` with PERSON added to a customer turn answering a courteous name
    question; the regex runs only on questions that say "pleasure"."""
    out = list(expected)
    for i, (speaker, question) in enumerate(zip(speakers, questions, strict=True)):
        if (
            speaker.lower() == "customer"
            and "PERSON" not in out[i]
            and "pleasure" in question.lower()
            and _COURTESY_NAME_QUESTION.search(question)
        ):
            out[i] = (*out[i], "PERSON")
    return out


def _add_household_lines(speakers: list[str], texts: list[str], hits: list[list[Hit]]) -> None:
    """A customer's "we're 312-…" is their household's line, and "our fax is 301-…" their
    office's, not the agent's business (whose own lines the recognizers leave visible)."""
    for speaker, text, turn_hits in zip(speakers, texts, hits, strict=True):
        low = text.lower()
        if speaker.lower() != "customer" or ("we" not in low and "our" not in low):
            continue
        turn_hits.extend(
            Hit("PHONE_NUMBER", start, end, 0.8, "SpokenPhoneRecognizer")
            for start, end in (*customer_we_are_numbers(text), *customer_own_lines(text))
        )


def _previous_substantive(speakers: list[str], texts: list[str]) -> list[str]:
    """For each turn, the tail of the last non-backchannel turn of another speaker."""
    out, last = [], ""
    last_speaker = None
    for speaker, text in zip(speakers, texts, strict=True):
        out.append(last if last_speaker != speaker else last)
        if not answers.is_backchannel(text):
            last, last_speaker = text[-_QUESTION_CHARS:], speaker
    return out


def _classify_digits(digits: str) -> str | None:
    """The entity of a number read over several turns, from its digits alone."""
    if 13 <= len(digits) <= 19 and luhn_valid(digits):
        return "CREDIT_CARD"
    if len(digits) in (10, 11):
        return "PHONE_NUMBER"
    if len(digits) == 9 and ssn_plausible(digits):
        return "US_SSN"
    if len(digits) >= 4:
        return "ID_NUMBER"
    return None


_SIGN_OFF_AFTER = re.compile(
    r"[ \t,.!]*(?:stay[ \t]+(?:safe|warm|dry|cool|well)|have a|take care|bye|goodbye|enjoy)\b",
    re.IGNORECASE,
)


def _thanks_a_named_person(m: re.Match, people: list[set[str]], turn: int) -> bool:
    """ "thanks for calling renata stay warm": a person the call named elsewhere, then a
    sign-off, is the caller thanked, not a firm."""
    first = re.match(r"[^\W_][\w'-]*", m.group("name"))
    return bool(
        first
        and call_names.named_elsewhere(fold(first.group()), people, turn)
        and _SIGN_OFF_AFTER.match(m.string, m.start("name") + first.end())
    )


_REACHED_CUE = re.compile(r"\b(?:you've|you have|youve)[ \t]+reached[ \t]+$", re.IGNORECASE)
_GREETING_WORDS = frozenset(
    ("hi", "hello", "hey", "good", "morning", "afternoon", "evening", "thanks", "thank", "you")
)


# One word after a firm's name, then a sign-off: the agent's name ("thanks for calling
# Horizon Wireless alex. Take care.") or the firm's last word ("… Bella Vita Catering.").
_WORD_THEN_SIGN_OFF = re.compile(
    r"[ \t]+([^\W\d_][\w'-]*)(?=[ \t]*[.!]?\s+(?:here|speaking|have a|take care)\b)",
    re.IGNORECASE,
)


def _company_name(m: re.Match) -> str:
    """The firm's name after "thank you for calling": with the word before the sign-off
    when that word is an English word and no name ("Bella Vita Catering. Take care.", not
    "… Pine Ridge Bank. Dolores here" or "… pine travel mr okafor have a great day")."""
    name = m.group("name")
    after = _WORD_THEN_SIGN_OFF.match(m.string, m.end("name"))
    if after is None or _TITLE_END.search(name):
        return name
    lex = lexicon()
    word = fold(after.group(1))
    if (
        lex.is_word(word)
        and not lex.is_name(word)
        and word not in lex.word_firsts
        and word not in call_names.EVERYDAY_FIRSTS
        and word not in call_names.COMMON_WORDS
    ):
        return name + m.string[m.end("name") : after.end(1)]
    return name


def _without_closing_name(firm: str, texts: list[str], turn: int) -> str:
    """The firm's name without a caller's first name after it (see ``_closing_name``)."""
    span = _closing_name(firm, texts, turn)
    return firm[: span[0]].rstrip() if span else firm


def _closing_name(firm: str, texts: list[str], turn: int) -> tuple[int, int] | None:
    """ "thanks for calling summit credit union eesha": a first name ending the firm's
    name, when the call names the firm elsewhere without it, is the caller thanked. Its
    span in ``firm``, or None."""
    head, _, last = firm.rstrip(".,!?").rpartition(" ")
    word = fold(last)
    if not head or not (word in lexicon().firsts or word in lexicon().word_firsts):
        return None
    said = re.compile(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", re.IGNORECASE)
    whole = re.compile(rf"(?<![\w'’-]){re.escape(firm)}(?![\w'’-])", re.IGNORECASE)
    others = [text for i, text in enumerate(texts) if i != turn]
    if any(said.search(t) for t in others) and not any(whole.search(t) for t in others):
        return len(head) + 1, len(head) + 1 + len(last)
    return None


def _add_closing_names(texts: list[str], hits: list[list[Hit]]) -> None:
    """The caller's first name after "thanks for calling <firm>" (see ``_closing_name``)."""
    for i, text in enumerate(texts):
        for m in _COMPANY.finditer(text):
            span = _closing_name(m.group("name"), texts, i)
            if span:
                start = m.start("name")
                hits[i].append(
                    Hit("PERSON", start + span[0], start + span[1], 0.8, "CallPropagation")
                )


_TITLE_END = re.compile(rf"\b{RANK}\.?$|\b(?:mr|mrs|ms|mx|dr|miss)\.?$", re.IGNORECASE)


# The firm's own line said after its name: "you've reached Cellara Mobile at 1-800-…".
_AT_ITS_LINE = re.compile(r"[ \t,]+at[ \t]+[(+]?\d")


def _before_a_number(name: str) -> str:
    """The firm's name without its line, or nothing when it holds a number (four digits:
    "Existing. Claim TW-561447" opens like a firm's greeting), so that an allowed name
    never lets a number through ("Local 412 Electricians Union" stays a name)."""
    line = _AT_ITS_LINE.search(name)
    if line is not None:
        name = name[: line.start()]
    return "" if sum(c.isdigit() for c in name) >= 4 else name


def _one_word_firms(text: str, found: set[str]) -> list[str]:
    """A firm named in one word in an agent's opening turn: before the agent's name in a
    turn that offers help ("Good morning, Lumaprint, this is Rohan. How can I help?"), or
    a possessive shop after it ("This is Brandon with Lowe's.")."""
    lex = lexicon()
    out = []
    m = _OPENING_ONE_FIRM.match(text)
    if m and _INBOUND_OFFER.search(text):
        word = fold(m.group("name").removesuffix(m.group("possessive") or ""))
        if word not in found and (
            m.group("possessive")
            or not (lex.is_name(word) or lex.is_word(word) or word in call_names.COMMON_WORDS)
        ):
            out.append(m.group("name"))
    shop = _AGENT_WITH_SHOP.search(text)
    if shop and fold(shop.group("name")[:-2]) not in found:
        out.append(shop.group("name"))
    return out


def _agent_reached(m: re.Match) -> bool:
    """ "Vía Express, good morning. You've reached Cheng.": after the firm has answered
    the line, "you've reached" and one listed first name is the agent, not a firm
    ("You've reached Kaiser." alone may be the firm)."""
    name = m.group("name").rstrip(".,!?")
    if not _REACHED_CUE.search(m.string, 0, m.start("name")):
        return False
    start = m.start("name")
    first = re.match(r"[^\W\d_][\w'-]*", name)
    if first and agent_with_department(m.string, start, start + first.end(), lexicon()):
        return True  # "you've reached Carlo in provider relations": the agent, not a firm
    if " " in name.strip():
        return False
    low = fold(name)
    if low in BRANDS or low not in lexicon().firsts:
        return False
    before = m.string[: m.start()]
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", before)}
    return bool(re.search(r"[,.]", before)) and bool(words - _GREETING_WORDS)


# Courtesies and interjections taken for a name answer: "Apologies. Okay.", "oh gosh".
_COURTESY = frozenset(
    {"apologies", "sorry", "pardon", "thanks", "welcome", "take", "gosh", "golly"}
    | {"jeez", "geez", "wow", "whoa"}
)


# Around a word said to someone in the room: "hold on hon …", "babe, can you grab …".
_ROOM_CUE_BEFORE = re.compile(r"\b(?:hold on|hang on|wait|shh+|hush)[ \t]*,?[ \t]*$", re.I)
_ROOM_REQUEST_AFTER = re.compile(r"[^.?!]*\byou\b", re.IGNORECASE)


def _answered_endearment(hit: Hit, word: str, text: str) -> bool:
    """A term of endearment taken as the answer to a name question but said to someone in
    the room ("babe, can you grab my card?") is no name to look for again; a bare answer
    ("it's bud") or one a cue found ("my name's bud") still is."""
    if hit.recognizer != "ConversationContext" or not is_endearment(word) or hit.original:
        return False
    start = hit.start + text[hit.start : hit.end].find(word)
    return bool(
        _ROOM_CUE_BEFORE.search(text, 0, start)
        or _ROOM_REQUEST_AFTER.match(text, start + len(word))
    )


def _word_not_name_here(word: str, text: str) -> bool:
    """A found name's word that is an English word and no listed name, found only with a
    capital ("Sentinel Alarm", "Bhavya Date"), is that name again only where it is
    capitalised in a mixed-case turn: "a burglary alarm", "the date" are the words (a
    name found in lower case, "rosalind grey", is looked for as before)."""
    lex = lexicon()
    low = fold(word)
    if " " in low or not lex.is_word(low) or lex.is_name(low):
        return False
    if low in lex.word_firsts or low in lex.word_lasts:
        return False
    return not (word[:1].isupper() and not text.isupper())


# Pronouns that stand for the name just given: never a name themselves.
_PRONOUNS = frozenset(
    ("he", "she", "they", "him", "her", "them", "his", "hers", "we", "us", "it", "you", "i")
)


def _without_word_answers(
    norm: NormalizedText, spans: list[tuple[int, int]], found: bool
) -> list[tuple[int, int]]:
    """Name answers less a lone word opening a sentence that is a courtesy, or an English
    word and no name beside another answer in the turn ("Close, Li.", "Joint with my
    husband, Karim …"); a spelling ("t-r-e-n-d-s", "as in Apple") stays."""
    lex = lexicon()
    text = norm.text
    out = []
    for start, end in spans:
        if _state_not_name(text, start, end, lex) or _calendar_not_name(text, start, end):
            continue
        if fold(text[start:end]) in _PRONOUNS:
            continue  # "Jimmy Ross. He's at home now.": the pronoun after the name
        if _verb_not_name(text, start, end, lex) or _phrase_verb(text, start, end):
            continue
        end = _without_field_label(text, start, end)
        # one word as said: the normaliser joins "t-r-e-n-d-s" into "TRENDS"
        said = norm.original[slice(*norm.to_original(start, end))].strip(" .,!?")
        word = fold(said)
        if (
            len(word) > 2
            and said.isalpha()
            and _SENTENCE_START.fullmatch(text, 0, start)
            and (
                word in _COURTESY
                or (
                    (len(spans) > 1 or found)
                    and lex.is_word(word)
                    and not lex.is_name(word)
                    and word not in call_names.COMMON_WORDS
                )
            )
        ):
            continue
        out.append((start, end))
    return out


_SENTENCE_START = re.compile(r"(?:.*[.!?][ \t]+)?(?:(?:oh|well|um|uh)[ \t,]+)?", re.IGNORECASE)
# "I'm locked out", "i'm moving a four bedroom": a state or an errand after "I'm", no name
_I_AM_BEFORE = re.compile(r"\b(?:i'm|i’m|i am|im)[ \t]+$", re.IGNORECASE)
_MORE_WORDS = re.compile(r"[ \t]+\w")
# The other detail the question asked for, said straight after the name: "imran shaikh
# unit c one oh two" to "what's your name and unit".
_FIELD_LABEL = re.compile(
    r"[ \t]+(?:unit|apartment|apt|suite|room|lot|site|account|extension|ext|member|policy|"
    r"order|date|dob|email|phone|number|zip|postcode)$",
    re.IGNORECASE,
)


# A month said as a date, not a name: "my new place June 19th", "I lost my job in June".
_MONTH_WORD = re.compile(MONTH, re.IGNORECASE)
_WEEKDAY_WORD = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?", re.IGNORECASE
)
_DAY_AFTER = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)\b)",
    re.IGNORECASE,
)
_WHEN_BEFORE = re.compile(
    r"\b(?:in|on|by|since|until|till|through|from|last|next|this|early|late|mid|every|"
    r"before|after)[ \t]+$",
    re.IGNORECASE,
)
# "my order was supposed to arrive", "i'm trying to pay": a word the sentence goes on from
_TO_VERB_AFTER = re.compile(r"[ \t]+to[ \t]+\p{L}", re.IGNORECASE)


def _calendar_not_name(text: str, start: int, end: int) -> bool:
    """A name answer that is a day of the week, or a month with a day number after it or a
    time word before it: the caller gave a date, not the name asked for ("April." stays)."""
    word = text[start:end]
    if _WEEKDAY_WORD.fullmatch(word):
        return True
    return bool(
        _MONTH_WORD.fullmatch(word)
        and (_DAY_AFTER.match(text, end) or _WHEN_BEFORE.search(text, 0, start))
    )


def _verb_not_name(text: str, start: int, end: int, lex) -> bool:
    """A lone English word that is no listed name and goes on with "to" + a verb is the
    caller's sentence, not a name ("my order was supposed to arrive …")."""
    word = text[start:end].lower()
    return (
        word.isalpha()
        and lex.is_word(word)
        and not lex.is_name(word)
        and bool(_TO_VERB_AFTER.match(text, end))
    )


# An everyday phrase's verb said where an answer was awaited: "okay go ahead with the
# first creditor", "hang on a second", "hold on let me look".
_PHRASE_VERBS = frozenset(("go", "hang", "hold", "come"))
_PHRASE_TAIL = re.compile(r"[ \t]+(?:ahead|on|again|back)\b", re.IGNORECASE)


def _phrase_verb(text: str, start: int, end: int) -> bool:
    """Whether the lone answer word is the verb of "go ahead", "hang on" and the like."""
    return text[start:end].lower() in _PHRASE_VERBS and bool(_PHRASE_TAIL.match(text, end))


def _state_not_name(text: str, start: int, end: int, lex) -> bool:
    """A lone -ed / -ing English word after "I'm" that the sentence goes on from is what
    the caller is doing ("I'm checking if …"), not a name ("I'm Channing." stays)."""
    word = text[start:end].lower()
    return (
        word.isalpha()
        and word.endswith(("ed", "ing"))
        and bool(_I_AM_BEFORE.search(text, 0, start))
        and bool(_MORE_WORDS.match(text, end))
        and lex.is_word(word)
        and not lex.is_name(word)
    )


def _without_field_label(text: str, start: int, end: int) -> int:
    """The answer's end less a trailing label of the next detail ("… shaikh unit")."""
    m = _FIELD_LABEL.search(text, start, end)
    return m.start() if m and m.start() > start else end


def _with_suffixes(text: str, hits: list[Hit]) -> None:
    """A full name found without its "junior" / "Jr." ("a jose l ramirez junior and") takes
    it."""
    people = [h for h in hits if h.entity == "PERSON" and not h.original]
    for k, hit in enumerate(hits):
        if hit.entity != "PERSON" or hit.original:
            continue
        # a full name: one span of words, or the surname after a name found apart
        if " " not in text[hit.start : hit.end] and not any(
            0 <= hit.start - h.end <= 3 for h in people
        ):
            continue
        if suffix := NAME_SUFFIX.match(text, hit.end):
            hits[k] = replace(hit, end=suffix.end())


# A name's suffix found without its dot ("Mark Grant Sr" in "Mark Grant Sr. I'm …").
_SUFFIX_DOT = re.compile(r" (?:jr|sr)(?=\.)", re.IGNORECASE)


def _widens_a_name(m: re.Match, hits: list[Hit]) -> bool:
    """A name of the call with its particle ("ó fithchealla") said again where only the
    surname was found ("it's ó fithchealla f i t h"): the particle joins the name."""
    if " " not in m.group():
        return False
    over = [h for h in hits if not h.original and h.start < m.end() and m.start() < h.end]
    return bool(over) and all(h.entity == "PERSON" and m.start() < h.start < m.end() for h in over)


def _term_regex(terms: Sequence[str], whole_word: bool = True) -> re.Pattern | None:
    """One case-insensitive regex for a list of terms (longest first)."""
    terms = sorted({t.strip() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    if not terms:
        return None
    return _compiled_terms(tuple(terms), whole_word)


@functools.lru_cache(maxsize=1024)
def _compiled_terms(terms: tuple[str, ...], whole_word: bool) -> re.Pattern:
    """Compiled once per term list: a company's name recurs in every call it takes, and
    compiling costs more than matching."""
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    if whole_word:
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    return re.compile(rf"\b(?:{body})", re.IGNORECASE)


# A turn that is only a name's words, split from the turn before ("it's eesha" / "deo",
# "THIS IS FREDA" / "O MAOILEALA."): diarization cut the answer, or gave its end to the
# other side. A backchannel may fall between ("Ize" / "yes" / "Leguit.").
_TAIL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TAIL_ONLY = re.compile(r"[\s.,!?…-]*(?:[^\W\d_][\w'’-]*[\s.,!?…-]*){1,3}")
_MAX_TAIL_GAP = 2


# Letters said one by one, a key word with some: "x as in x-ray i", "A AS IN APPLE M".
_SPELLED_LETTERS = re.compile(
    r"[\s.,!?…-]*(?:\p{L}(?![\p{L}'’])(?:[ \t]+(?:as[ \t]+in|for)[ \t]+\p{L}[\p{L}'’-]*)?"
    r"[\s.,!?…-]*)+",
    re.IGNORECASE,
)


def _add_name_tails(norms: list[NormalizedText], hits: list[list[Hit]]) -> None:
    """The rest of a name said alone in the next turn (or the one after a backchannel),
    when a found name ends the turn before."""
    for i in range(len(norms) - 1):
        name = _name_ending_turn(norms[i], hits[i])
        if name is None:
            continue
        spelled = bool(_SPELLED_LETTERS.fullmatch(name))
        for j in range(i + 1, min(len(norms), i + 1 + _MAX_TAIL_GAP)):
            if _name_tail(norms[j].original, spelled):
                words = list(_TAIL_WORD.finditer(norms[j].original))
                start, end = words[0].start(), words[-1].end()
                hits[j].append(Hit("PERSON", start, end, 0.7, "CallPropagation", True))
                break
            if not answers.is_backchannel(norms[j].original):
                break


def _name_ending_turn(norm: NormalizedText, turn_hits: list[Hit]) -> str | None:
    """A found name that ends the turn, or None."""
    original = norm.original
    for hit in turn_hits:
        if hit.entity != "PERSON":
            continue
        start, end = (hit.start, hit.end) if hit.original else norm.to_original(hit.start, hit.end)
        if not original[end:].strip(" \t.,!?…"):
            return original[start:end]
    return None


def _name_tail(text: str, spelled: bool) -> bool:
    """A turn of one to three name words (a particle may open it: "van Wessex."), or of
    letters when the name before was being spelled ("got it" / "e.", "M AS IN MARY")."""
    if answers.is_backchannel(text) or not _TAIL_WORD.search(text):
        return False
    if spelled and _SPELLED_LETTERS.fullmatch(text):
        return True
    if not _TAIL_ONLY.fullmatch(text):
        return False
    lex = lexicon()
    *lead, final = _TAIL_WORD.findall(text)
    if fold(final) in BRANDS or not_name_word(fold(final)):
        return False  # "Mastercard.": how the caller pays, not who they are
    # "van Wessex.": after a particle any word is the surname
    particle = any(fold(w) in PARTICLES for w in lead)
    return (particle or lex.name_like(final)) and all(
        lex.name_like(w) or fold(w) in PARTICLES or fold(w) == "o" for w in lead
    )


def _is_allowed(text: str, start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    """True when everything of ``text[start:end]`` outside allow-listed terms is punctuation."""
    if not allowed:
        return False
    keep = [True] * (end - start)
    for a, b in allowed:
        for k in range(max(a, start), min(b, end)):
            keep[k - start] = False
    rest = "".join(c for c, k in zip(text[start:end], keep, strict=True) if k)
    return not any(c.isalnum() for c in rest) and len(rest) < end - start


# Codes found once are redacted where they come up again ("K9TAOK" read back later).
_CODE_TYPES = frozenset({"ACCOUNT_ID", "US_DRIVER_LICENSE", "US_PASSPORT", "IBAN_CODE"})
_MIN_CODE = 5
_CODE_CHARS = re.compile(r"[^A-Za-z0-9]")


def _code_of(value: str) -> str | None:
    """The characters of a letters-and-digits code worth finding again, upper-cased: a
    digit and a letter, at least five characters ("K9TAOK", "XR4 7LM"); else None."""
    code = _CODE_CHARS.sub("", value).upper()
    if len(code) < _MIN_CODE or not any(c.isdigit() for c in code):
        return None
    return code if any(c.isalpha() for c in code) else None


@functools.lru_cache(maxsize=256)
def _code_regex(code: str) -> re.Pattern:
    """The code with optional spaces or dashes between its characters, whole."""
    body = "[ \t-]?".join(re.escape(c) for c in code)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)
