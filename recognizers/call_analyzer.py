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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import regex as re
from presidio_analyzer import EntityRecognizer

from pipeline.schema import Call, PiiEntity
from recognizers import answers, questions
from recognizers import conversation as conv
from recognizers.base import SpokenPatternRecognizer
from recognizers.checksums import luhn_valid, ssn_plausible
from recognizers.config import AnalyzerConfig, RecognizerSettings, load_config
from recognizers.name_gazetteer_recognizer import CONTRACTION, EVERYDAY_FIRSTS
from recognizers.offline import use_offline_suffix_list
from recognizers.registry import NER_RECOGNIZER, needs_digits, pattern_recognizers
from recognizers.spacy_ner_recognizer import PET as _PET
from recognizers.spacy_ner_recognizer import SpacyNerRecognizer
from recognizers.spoken_normalizer import (
    NATO_WORD,
    SPOKEN_DOT,
    NormalizedText,
    is_shouting,
    normalize,
)
from recognizers.spoken_person_recognizer import (
    NOT_NAME,
    OPENING_GREETING,
    ORG_WORDS,
    SPEAKING_AFTER,
    fold,
    lexicon,
)

logger = logging.getLogger(__name__)

SAFETY_NET_ENTITY = "ID_NUMBER"
# Entities whose span explains any name or place inside it.
_SPECIFIC = frozenset(
    {"ADDRESS", "EMAIL_ADDRESS", "PASSWORD", "SECURITY_ANSWER", "ACCOUNT_ID", "IBAN_CODE"}
)
_GENERIC = frozenset({"PERSON", "LOCATION", "URL"})

_NOT_NAME_WORD = re.compile(NOT_NAME, re.IGNORECASE)
# Name words worth looking for again: 3-30 letters (a name, not a run of noise).
_NAME_TOKEN = re.compile(r"\b[^\W\d_]{3,30}\b")
# First names that are also everyday words: never propagated through a call.
_COMMON_WORDS = frozenset(
    {
        "sons", "will", "may", "bill", "mark", "grant", "rose", "june", "april", "hope", "joy",
        "faith", "chase", "frank", "art", "sue", "pat", "rich", "don", "ray", "dean",
        "august", "page", "hunter", "miles", "summer", "dawn", "sky", "bank", "card",
        "visa", "sir", "madam", "the", "and", "you", "your", "yes", "okay", "thank",
    }
)  # fmt: skip
# Words in _COMMON_WORDS that are never a name said to someone.
_NOT_PROPAGATED = frozenset({"sons", "bank", "card", "visa", "sir", "madam", "the", "and", "you",
                             "your", "yes", "okay", "thank"})  # fmt: skip
# Around a name said to someone: "okay faith what's…", "thanks, will.", "hey will this is".
_VOCATIVE_BEFORE = (
    r"(?:hi|hey|hello|thanks|thank you|for calling|okay|ok|alright|all right|bye|goodbye|sorry|yes|"
    r"yeah|well|great|perfect|morning|afternoon|evening)"
)
_SELF_BEFORE = r"(?:i'm|i am|im|this is|my name is|my name's|it's me|it is me)"
# ... or where the call asks how it is spelled: "and how do you spell dawn?"
_SPELL_BEFORE = r"(?:spell|spelled|spelt|spelling of)"
_VOCATIVE_AFTER = (
    r"[ \t]*(?:[,.!?]|$)|[ \t]+(?:what|what's|how|can|could|would|i|i'm|i've|this|it's|so|"
    r"we|let|let's|please|just|thanks|thank|one|if|do|did|are|is|you|your|and|where|when|"
    r"who|which)\b"
)
# Two names joined by "and": "my kids, Liam and Noor". Lower case only where the name
# ends the clause ("liam and noor."), since "dana and the team" has the same shape.
_NAME_WORD = rf"(?!{NOT_NAME}\b)\p{{L}}[\p{{L}}'’-]*\p{{L}}"
_CAP_WORD = rf"(?!{NOT_NAME}\b)(?-i:\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}})"
_AND_CAP_NAME = re.compile(rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+({_CAP_WORD})\b", re.IGNORECASE)
_CAP_NAME_AND = re.compile(rf"\b({_CAP_WORD})[ \t]+(?:and|&)[ \t]+$", re.IGNORECASE)
_AND_NAME = re.compile(
    rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+({_NAME_WORD})(?=[ \t]*(?:[,.!?]|$))", re.IGNORECASE
)
_NAME_AND = re.compile(rf"(?:^|[.!?][ \t]*)({_NAME_WORD})[ \t]+(?:and|&)[ \t]+$", re.IGNORECASE)
# Firms named after partners: "Nelson, Anderson and Walker", "Roberts and Sons", "Hogan,
# Jones and Lawrence's", "Smith and Wesson LLC".
_FIRM_BEFORE = re.compile(r"\b([a-z][a-z'-]+),[ \t]*$", re.IGNORECASE)
_FIRM_AFTER = re.compile(
    r"(?:'s\b|[ \t]*,?[ \t]+(?:llc|plc|inc|ltd|llp|co|corp|group|partners|associates|"
    r"and sons|& sons|law|legal|pharmacy|insurance|bank)\b)",
    re.IGNORECASE,
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
    r"(?P<name>[^\W_][\w&'.-]*(?:\s+(?!(?:this is|my name)\b)[^\W_][\w&'.-]*){0,3}?)"
    # (stopping before the agent's "sarah here, how can i help")
    # "thanks for calling Horizon Wireless alex. Take care.": the agent's name after it
    # (not before a comma: "thanks for calling Casa Moreno, have a good day")
    r"(?=\s*(?:[,.!?]|$|[^\W_][\w'-]*[ \t]*[.!]?\s+(?:here|speaking|have a|take care)\b|"
    r"\b(?:this is|my name|you're speaking|you are speaking|how|what|"
    r"where|i'm|i am|speaking|have a|bye|today|customer|support|service|billing|team|"
    r"department|can i|may i|and)\b))",
    re.IGNORECASE,
)
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
class _Hit:
    """A result on one turn: offsets into the normalised text unless ``original``."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    original: bool = False


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

    def _ner_hits(self, texts: list[str]) -> list[list[_Hit]]:
        hits: list[list[_Hit]] = [[] for _ in texts]
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
                _Hit(r.entity_type, r.start, r.end, r.score, self._ner.name, original=True)
                for r in self._ner.from_spans(texts[i], doc.ents)
                if r.score >= self._ner_threshold
            ]
        return hits

    def _turn_hits(self, norm: NormalizedText, question: str) -> list[_Hit]:
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
                if r.entity_type == SAFETY_NET_ENTITY and _names_a_thing(question, digits):
                    continue  # "how much was it?" / "and what flight?"
                if r.entity_type == "ACCOUNT_ID" and questions.not_personal_answer(
                    question, digits
                ):
                    continue  # "which modem do you have?" -> "the Arris SB8200"
                hits.append(_Hit(r.entity_type, r.start, r.end, score, rec.name))
        for entity, rx in self._deny.items():
            hits.extend(
                _Hit(entity, m.start(), m.end(), 1.0, DENY_LIST_RECOGNIZER)
                for m in rx.finditer(text)
            )
        return hits

    # --- per call ------------------------------------------------------------------------

    def _analyze(
        self, call: Call, norms: list[NormalizedText], ner_hits: list[list[_Hit]]
    ) -> tuple[tuple[PiiEntity, ...], ...]:
        speakers = [turn.speaker for turn in call.turns]
        texts = [n.text for n in norms]
        expected = conv.expected_types(speakers, texts) if self._config.conversation else None
        if expected is not None and _answers_with_homophones(call, norms, expected):
            texts = [n.text for n in norms]
            expected = conv.expected_types(speakers, texts)
        questions = _previous_substantive(speakers, texts)
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
                    for start, end in answers.answer_spans(entity, texts[i], chained=i in chained):
                        hits[i].append(_Hit(reported, start, end, 0.8, "ConversationContext"))
                if "IP_ADDRESS" in entities:
                    hits[i].extend(
                        _Hit("IP_ADDRESS", m.start(), m.end(), 0.8, "ConversationContext")
                        for m in _MISREAD_IP.finditer(texts[i])
                    )
        if texts:
            hits[0].extend(_opening_name(texts[0]))
        for norm, turn_hits in zip(norms, hits, strict=True):
            turn_hits.extend(self._coordinated_names(norm, turn_hits))
            turn_hits.extend(_spelled_words(norm.text))
            turn_hits.extend(_restarted_spellings(norm.text))
            turn_hits.extend(_domain_alone(norm.text))
        pets = _pet_names(texts)
        if pets:
            hits = [
                _without_pets(norm, turn_hits, pets)
                for norm, turn_hits in zip(norms, hits, strict=True)
            ]
        allow = self._call_allow_list(call, _person_words(texts, norms, hits))
        if self._config.propagate:
            self._propagate(texts, norms, hits, allow)
        return tuple(
            self._finish(norm, turn_hits, allow)
            for norm, turn_hits in zip(norms, hits, strict=True)
        )

    def _coordinated_names(self, norm: NormalizedText, hits: list[_Hit]) -> list[_Hit]:
        """A name joined to a found name: "Liam and Noor", "noor and liam." (written the
        same way: capitalised next to a capitalised name, or ending the clause)."""
        out = []
        for hit in hits:
            if hit.entity != "PERSON" or hit.score < self._config.score_threshold:
                continue
            text = norm.original if hit.original else norm.text
            near = text[max(0, hit.start - 6) : hit.end + 6].lower()
            if " and " not in near and "&" not in near:
                continue
            name = text[hit.start : hit.end]
            rx_after, rx_before = (
                (_AND_CAP_NAME, _CAP_NAME_AND) if name[:1].isupper() else (_AND_NAME, _NAME_AND)
            )
            names = [
                (h.start, h.end)
                for h in hits
                if h.entity == "PERSON" and h.original == hit.original
            ]
            if _firm_list(text, hit.start, names):
                continue  # "Wilson, Stark and Bell": a firm's name, not two people
            window = max(0, hit.start - 40)
            for m in (rx_after.match(text, hit.end), rx_before.search(text, window, hit.start)):
                if (
                    m
                    and m.group(1).lower() not in _COMMON_WORDS
                    and not m.group(1).lower().endswith("'s")
                    and not _FIRM_AFTER.match(text, m.end(1))
                    and not _firm_list(text, m.start(1), names)
                ):
                    out.append(
                        _Hit("PERSON", m.start(1), m.end(1), 0.6, "CallPropagation", hit.original)
                    )
        return out

    def _call_allow_list(self, call: Call, people: list[set[str]]) -> re.Pattern | None:
        """The configured allow-list plus the company names this call introduces (not a
        person found in the call: "thanks for calling hodan" thanks the caller)."""
        names = [
            m.group("name")
            for i, turn in enumerate(call.turns)
            for m in _COMPANY.finditer(turn.text)
            if m.group("name").lower() not in _COMMON_WORDS
            and not _thanks_a_person(m)
            and not _named_elsewhere(fold(m.group("name").rstrip(".,!?")), people, i)
        ]
        if not names:
            return self._allow
        return _term_regex((*self._config.allow_list, *names))

    def _chains(
        self,
        speakers: list[str],
        texts: list[str],
        hits: list[list[_Hit]],
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
                hits[t].append(_Hit(entity, start, end, 0.8, "ChunkedNumberContext"))
        return chained

    def _propagate(
        self,
        texts: list[str],
        norms: list[NormalizedText],
        hits: list[list[_Hit]],
        allow: re.Pattern | None,
    ) -> None:
        """A value found once is PII wherever it is repeated in the call."""
        numbers: dict[str, str] = {}
        codes: dict[str, str] = {}
        locals_: set[str] = set()
        names: set[str] = set()
        spelled: set[str] = set()
        everyday: set[str] = set()
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
                    if len(letters) >= _MIN_SPELLED_NAME:
                        spelled.add(letters)
                    for word in _NAME_TOKEN.findall(value):
                        low = word.lower()
                        if allow and allow.search(word):
                            continue
                        if low in _COMMON_WORDS:
                            everyday.add(low)  # "will", found by its cue ("my name is will")
                        elif not _NOT_NAME_WORD.fullmatch(low):
                            names.add(low)
        name_rx = _term_regex(sorted(names)) if names else None
        everyday -= _NOT_PROPAGATED
        # An everyday word that is a name on this call ("faith", "will") only where it
        # addresses someone: "okay faith what's the procedure", "hey will this is …".
        vocative_rx = (
            re.compile(
                rf"(?<=(?:\b{_VOCATIVE_BEFORE}|^[ \t]*(?:and|so))[ \t]*,?[ \t]+)"
                rf"(?:{'|'.join(sorted(everyday))})"
                rf"(?={_VOCATIVE_AFTER})",
                re.IGNORECASE,
            )
            if everyday
            else None
        )
        everyday_rx = _term_regex(sorted(everyday)) if everyday else None
        # ... and where someone says it is theirs: "i'm rose, yes", "this is grant again"
        self_rx = (
            re.compile(
                rf"(?<=\b(?:{_SELF_BEFORE}|{_SPELL_BEFORE})[ \t]+)"
                rf"(?:{'|'.join(sorted(everyday))})\b",
                re.IGNORECASE,
            )
            if everyday
            else None
        )
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
                    if entity is not None and not _inside(start, end, covered):
                        hits[i].append(_Hit(entity, start, end, 0.7, "CallPropagation"))
                # a value said again before a unit word the runs leave out ("1200 pound"
                # is money): "the code is 4471, pound key after" ... "4471 POUND."
                again = [
                    (start, end, entity)
                    for value, entity in numbers.items()
                    for start, end in _said_again(text, value)
                    if not _inside(start, end, covered)
                ]
                if again:
                    held = [(h.start, h.end) for h in hits[i]]
                    hits[i].extend(
                        _Hit(entity, start, end, 0.7, "CallPropagation")
                        for start, end, entity in again
                        if not any(s <= start and end <= e for s, e in held)
                    )
            for rx in (name_rx, vocative_rx, self_rx):
                if rx is not None:
                    hits[i].extend(
                        _Hit("PERSON", m.start(), m.end(), 0.7, "CallPropagation")
                        for m in rx.finditer(text)
                        if not _inside(m.start(), m.end(), covered)
                        and not (rx is name_rx and _word_after_article(text, m))
                    )
            if everyday_rx is not None:
                hits[i].extend(_before_a_name(text, hits[i], everyday_rx, covered))
            if names and "that" in text.lower():
                hits[i].extend(
                    _Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in _name_read_back(text, names)
                    if not _inside(start, end, covered)
                )
            if spelled:
                hits[i].extend(
                    _Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in _spelling_begun_again(norms[i], spelled)
                    if not _inside(start, end, covered)
                )
            if locals_:
                hits[i].extend(
                    _Hit("PERSON", start, end, 0.7, "CallPropagation")
                    for start, end in _email_names_again(text, locals_)
                    if not _inside(start, end, covered)
                )
                hits[i].extend(
                    _Hit("EMAIL_ADDRESS", start, end, 0.7, "CallPropagation")
                    for start, end in _email_pieces_again(text, locals_)
                    if not _inside(start, end, covered)
                )
            for code, entity in codes.items():
                hits[i].extend(
                    _Hit(entity, m.start(), m.end(), 0.7, "CallPropagation")
                    for m in _code_regex(code).finditer(text)
                    if not _inside(m.start(), m.end(), covered)
                )

    def _finish(
        self, norm: NormalizedText, hits: list[_Hit], allow: re.Pattern | None
    ) -> tuple[PiiEntity, ...]:
        """Threshold, map to the original text, apply the allow-list, de-duplicate."""
        original = norm.original
        allowed = [(m.start(), m.end()) for m in allow.finditer(original)] if allow else []
        best: dict[tuple[str, int, int], PiiEntity] = {}
        for hit in hits:
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
        kept = [
            e
            for e in best.values()
            if not (
                (e.entity_type == SAFETY_NET_ENTITY and _within(e, typed))
                or (e.entity_type in _GENERIC and _within(e, specific))
            )
        ]
        kept = [
            _grow_person(original, e)
            if e.entity_type == "PERSON"
            else _email_joiner(original, _with_typed_symbol(original, _grow_id(original, e)))
            for e in kept
        ]
        joined = _join_names(
            original,
            _join_pieces(original, sorted(kept, key=lambda e: (e.start, e.end, e.entity_type))),
        )
        joined = tuple(
            _spelled_edges(original, e) if e.entity_type == "PERSON" else e for e in joined
        )
        # A first name found alone inside the full name another recognizer found adds nothing.
        persons = [(e.start, e.end) for e in joined if e.entity_type == "PERSON"]
        return tuple(
            e
            for e in joined
            if not (
                e.entity_type == "PERSON"
                and e.recognizer == "NameGazetteerRecognizer"
                and any(
                    s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in persons
                )
            )
        )


# Question types that are reported as another entity: a zip or a city is an ADDRESS.
_REPORTED = {"ZIP": "ADDRESS", "CITY": "ADDRESS", "SWIFT_CODE": "ACCOUNT_ID"}
# Digits a false start must have to be redacted with the value said after it.
_MIN_FALSE_START = 2
# Between two pieces of one value read in groups: "6011 one one one, one one one one, 1117".
_PIECE_GAP = re.compile(
    r"[\s,.;:/-]{1,3}|[ \t,]+(?:uh|um|uhm|er|erm)[ \t,.]+",
    re.IGNORECASE,
)
# Between the pieces of a date said with a pause: "the twenty seventh um of june 1986".
_DATE_GAP = re.compile(r"[ \t,]+(?:(?:uh|um|er|of|the|in)[ \t,]+)*", re.IGNORECASE)
# Between the parts of an address: "PO BOX 2281, TAOS, NEW MEXICO 87571".
_ADDRESS_GAP = re.compile(r"[ \t]*,?[ \t]*")
_SPLIT_GAPS = {"DATE_OF_BIRTH": _DATE_GAP, "ADDRESS": _ADDRESS_GAP}
# Values that are read in groups; names and free text are not joined.
_JOINED = frozenset(
    {"CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
     "ACCOUNT_ID", "ID_NUMBER", "PIN"}
)  # fmt: skip


# Identifiers whose letter prefix Whisper writes apart from the digits: "SR 4402 1187",
# "XQH 448 19 2207" (typed by the question or the digits alone, so any digit type).
_ATTACHED_PREFIX = re.compile(r"(?<![\w'\u2019])[A-Za-z]{1,4}$")
_SPACED_PREFIX = re.compile(r"(?<![\w'\u2019])(?-i:([A-Z]{1,4}))[ -]$")
# Abbreviations that name the value rather than start it: "ID 4402", "OK 443 9910".
_NOT_ID_PREFIX = frozenset(
    {"I", "A", "OK", "ID", "NO", "PIN", "SSN", "DOB", "VIN", "DL", "CVV", "ZIP", "PO", "APT",
     "IT", "IS", "AT", "TO", "ON", "IN", "OR", "AND", "MY", "US", "AM", "PM", "UH", "UM", "SO",
     "TV", "THE", "BOX", "ACCT", "NUM", "REF", "TEL", "VISA", "AMEX", "MC", "CC", "ATM",
     "ABA", "ACH", "IBAN", "EXT", "X", "IMEI", "MEID", "SIM", "KTN", "PNR", "EIN",
     "TIN", "BIC", "MRN", "NPI", "RX", "BIN", "PCN"}
)  # fmt: skip
# "4,111-0293-88": Whisper's thousands comma on the first group of a dashed number.
_COMMA_GROUP = re.compile(r"(?<![\w$£€.,])\d{1,3}(?:,\d{3})+-$")


# Spelling-alphabet words said right before the digits of an identifier.
_NATO_BEFORE = re.compile(
    rf"\b{NATO_WORD}(?:[ \t,]+(?:(?:uh|um|uhm)[ \t,]+)?{NATO_WORD})*"
    r"[ \t,]+(?:(?:uh|um|uhm)[ \t,]+)?$",
    re.IGNORECASE,
)
# Digits said after a hesitation at the end of an identifier: "… 755 uh 3".
_DIGIT_SAID = r"(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_HESITATION_DIGITS = re.compile(
    rf"[ \t,]+(?:uh|um|uhm|er|erm)[ \t,]+{_DIGIT_SAID}(?:[ \t]?{_DIGIT_SAID}){{0,3}}\b"
    r"(?![.,]\d)(?![ \t]*(?:%|percent|more|of|thing|last|second|minute|moment))",
    re.IGNORECASE,
)
# A name's initial and generational suffix: "J. Marcus Whitlock III", "Ana Ruiz Jr.".
_INITIAL_BEFORE = re.compile(r"(?<![\w.'])(?-i:(?:[A-Z]\.|[B-HJ-Z]))[ \t]+$")
_PREFIX_BEFORE = re.compile(r"(?<![\w.'’])(?-i:[DLNO])[ \t]*['’][ \t]*$")
_SAINT_NAME_AFTER = re.compile(
    r"^\.?[ \t]+(?!(?:and|or|the|in|at|on|is|it|to|of|for|with|please|thanks|thank|okay|ok|"
    r"yes|no|right|correct|apartment|apt|suite|unit)\b)\p{L}[\p{L}'’-]+(?![\w'’-])",
    re.IGNORECASE,
)
# A Gaelic surname said as words after a name: "dorothy mc allister", "mac an liagha".
_MAC_WORD = r"(?:mc|mac|mhic|nic)"
_MAC_END = re.compile(rf"(?<![\w'’]){_MAC_WORD}$", re.IGNORECASE)
_MAC_NAME = (
    r"(?:an[ \t]+|a'[ \t]+)?(?!(?:and|or|the|in|at|on|is|it|to|of|for|with|please|thanks|"
    r"thank|okay|ok|yes|no|right|correct|address|book|computer|laptop)\b)\p{L}[\p{L}'’-]+"
    r"(?![\w'’-])"
)
_MAC_AFTER = re.compile(rf"^[ \t]+{_MAC_WORD}[ \t]+{_MAC_NAME}", re.IGNORECASE)
_MAC_REST = re.compile(rf"^[ \t]+{_MAC_NAME}", re.IGNORECASE)
_SUFFIX_AFTER = re.compile(r"^,?[ \t]+(?-i:(?:Jr|Sr|JR|SR|jr|sr)\.?|II|III|IV)(?![\w])")


# A pet named on the call ("my dog, Max", "Peanut, our cat", "a kitten named Biscuit"):
# a pet's name is no PII, here or anywhere else in the call.
_PET_NAMED = re.compile(
    rf"\b{_PET}(?:'s name is|'s name's| named| called| is named)?[ \t]*,?[ \t]+({_NAME_WORD})"
    rf"|({_NAME_WORD})[ \t]*,?[ \t]+(?:(?:a|an|the|our|my|his|her)[ \t]+)?"
    rf"(?:\d+[- ](?:year|month|week)[- ]old[ \t]+)?(?:{_PET}|lab)\b",
    re.IGNORECASE,
)


# The pet word alone: a cheap search first, since _PET_NAMED tries a name at every word.
_PET_WORD = re.compile(rf"\b(?:{_PET}|lab)\b", re.IGNORECASE)


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


# A farewell after "thank you for calling <name>": the caller thanked, not a firm.
_FAREWELL_AFTER = re.compile(
    r"[ \t,.!]*(?:have a|take care|bye|goodbye|you too|and have|enjoy|$)", re.IGNORECASE
)


def _person_words(
    texts: list[str], norms: list[NormalizedText], hits: list[list[_Hit]]
) -> list[set[str]]:
    """Per turn, the words of the names given as answers or after a cue (folded)."""
    out = []
    for text, norm, turn_hits in zip(texts, norms, hits, strict=True):
        words: set[str] = set()
        for hit in turn_hits:
            if hit.entity == "PERSON" and hit.recognizer in _ASKED_OR_CUED:
                value = (norm.original if hit.original else text)[hit.start : hit.end]
                words.update(fold(w) for w in _NAME_TOKEN.findall(value))
        out.append(words)
    return out


def _named_elsewhere(word: str, people: list[set[str]], turn: int) -> bool:
    """The word is a person's name given in another turn of the call."""
    return any(word in words for i, words in enumerate(people) if i != turn)


# Names given as an answer or after a cue ("my name is …"), not a model's guess.
_ASKED_OR_CUED = frozenset({"ConversationContext", "SpokenPersonRecognizer"})


_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|my|your|our|their|its|any|some|every)[ \t]+$",
    re.IGNORECASE,
)


def _word_after_article(text: str, m: re.Match) -> bool:
    """A name found elsewhere repeated as an English word after an article: "the grace
    period" on a call with an agent named Grace, "a bright idea"; a name takes none."""
    word = m.group()
    if word[:1].isupper() and not text.isupper() and not text.islower():
        return False  # "the Grace I spoke to": a capital in a written turn
    return lexicon().is_word(word) and bool(
        _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )


def _thanks_a_person(m: re.Match) -> bool:
    """ "thank you for calling rhonda, have a good one": one listed first name (not an
    everyday word like "chase") before a farewell thanks the caller by name."""
    name = m.group("name").rstrip(".,!")
    if " " in name.strip() or name.lower().endswith(("'s", "’s")) or fold(name) in EVERYDAY_FIRSTS:
        return False  # "Wendy's": a firm
    lex = lexicon()
    listed = fold(name) in lex.firsts or fold(name) in lex.word_firsts
    return listed and bool(_FAREWELL_AFTER.match(m.string, m.end("name")))


def _pet_names(texts: list[str]) -> frozenset[str]:
    """Names the call gives its pets (lower case)."""
    return frozenset(
        fold(m.group(1) or m.group(2))
        for text in texts
        if _PET_WORD.search(text)
        for m in _PET_NAMED.finditer(text)
    )


def _without_pets(norm: NormalizedText, hits: list[_Hit], pets: frozenset[str]) -> list[_Hit]:
    """The hits less the PERSON spans that are a pet's name."""
    out = []
    for hit in hits:
        if hit.entity == "PERSON":
            value = (norm.original if hit.original else norm.text)[hit.start : hit.end]
            if fold(value.strip(" ,.?!")) in pets:
                continue
        out.append(hit)
    return out


def _firm_list(text: str, start: int, names: list[tuple[int, int]]) -> bool:
    """True when a name at ``start`` follows "Surname, ": a capitalised word or a found
    name ("dixon, nelson and odonnell"), not a noun ("my kids, liam and noor")."""
    m = _FIRM_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return (word[:1].isupper() and not word.isupper()) or _inside(m.start(1), m.end(1), names)


def _grow_person(original: str, e: PiiEntity) -> PiiEntity:
    """Grow a name over an initial before it and a suffix after it."""
    head = original[max(0, e.start - 4) : e.start]
    initial = _INITIAL_BEFORE.search(head)
    if not initial and original[e.start : e.start + 1].isupper():
        # a spelled "D ’ A L I A", "O ' B R I E N": the prefix before the apostrophe
        initial = _PREFIX_BEFORE.search(head)
    suffix = _SUFFIX_AFTER.match(original[e.end : e.end + 6])
    if not suffix and _SAINT_END.search(original, e.start, e.end):
        # "last name is st. pierre": the particle found, the name after it not
        suffix = _SAINT_NAME_AFTER.match(original[e.end : e.end + 30])
    if not suffix:
        # "dorothy mc allister", "doctor mac an liagha" (the particle found, the rest not)
        rest = _MAC_REST if _MAC_END.search(original, e.start, e.end) else _MAC_AFTER
        suffix = rest.match(original[e.end : e.end + 40])
    if not (initial or suffix):
        return e
    start = e.start - (len(head) - initial.start()) if initial else e.start
    end = e.end + suffix.end() if suffix else e.end
    return PiiEntity(e.entity_type, start, end, e.score, e.recognizer)


# A name spelled with words ("k as in King, o, w as in William"): the run's bare letters and
# a run cut off at the turn's end ("… l as" / next turn "in Larry, c as in Cat").
_SPELLED_RUN = re.compile(r"(?<![\w'’])(?-i:[a-zA-Z])[ \t]+as[ \t]+in[ \t]+\p{L}", re.IGNORECASE)
_SPELL_ITEM = r"(?<![\w'’])(?-i:[a-zA-Z])(?:[ \t]+(?:as[ \t]+in|like)[ \t]+\p{L}+)?(?![\w'’])"
_SPELL_TAIL = re.compile(
    rf"(?:[ \t]*,?[ \t]*{_SPELL_ITEM})*"
    r"(?:[ \t]*,?[ \t]*(?:(?-i:[a-zA-Z])[ \t]+)?as(?:[ \t]+in)?)?[ \t]*,?[ \t]*",
    re.IGNORECASE,
)
_SPELL_HEAD = re.compile(
    rf"[ \t]*(?:(?:(?-i:[a-zA-Z])[ \t]+)?as[ \t]+)?in[ \t]+"
    r"(?!(?:short|fact|case|general|total|other|particular|addition|order|full|person|"
    r"any|that|this|the|my|your|a|an)\b)\p{L}+"
    rf"(?:[ \t]*,?[ \t]*{_SPELL_ITEM})*[ \t]*,?[ \t]*",
    re.IGNORECASE,
)


def _spelled_edges(original: str, e: PiiEntity) -> PiiEntity:
    """A name spelled letter by letter with words, grown to the whole run in the turn: bare
    letters after it and a run cut off at the turn's edges ("l as" / "in Larry, c as in …")."""
    if not _SPELLED_RUN.search(original, e.start, e.end):
        return e
    start, end = e.start, e.end
    tail = _SPELL_TAIL.fullmatch(original, end)
    if tail:
        end = len(original.rstrip())
    if start and _SPELL_HEAD.fullmatch(original, 0, start):
        start = len(original) - len(original.lstrip())
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity(e.entity_type, start, end, e.score, e.recognizer)


# The separator said before a piece of an email: "then dash VEGA72", "underscore k lee 9".
_EMAIL_JOINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:dash|hyphen|underscore|dot|period)[ \t]+$", re.IGNORECASE
)


def _email_joiner(original: str, e: PiiEntity) -> PiiEntity:
    """A piece of an email grown over the separator said right before it."""
    if e.entity_type != "EMAIL_ADDRESS":
        return e
    m = _EMAIL_JOINER_BEFORE.search(original, max(0, e.start - 12), e.start)
    if not m:
        return e
    return PiiEntity(e.entity_type, m.start(), e.end, e.score, e.recognizer)


# An email's domain said alone, the rest given in other turns: "at yahoo dot com perfect",
# "and at outlook dot co dot uk?". At a turn's start or after a lead word ("it's at …") it
# can only be the end of an address being read.
_DOMAIN_ALONE = re.compile(
    r"(?:^[\s,.]*|(?<![\w'’])(?:and|then|yeah|yes|yep|so|okay|ok|perfect|great|right|alright|"
    r"sorry|thanks|that's|it's|was|is)[\s,.]+)"
    r"(?P<domain>at[ \t]+[a-z][a-z0-9-]{1,30}(?:[ \t]+dot[ \t]+[a-z]{2,10}){0,2}[ \t]+dot[ \t]+"
    r"(?:com|net|org|edu|gov|co|ca|uk|ie|us|io|info|biz|me|de|fr|au|nz|in))(?![\w.@-])",
    re.IGNORECASE,
)


def _domain_alone(text: str) -> list[_Hit]:
    """An email's domain said alone at a turn's start or after a lead word."""
    if "dot" not in text.lower():
        return []
    return [
        _Hit("EMAIL_ADDRESS", m.start("domain"), m.end("domain"), 0.8, "EmailPiece")
        for m in _DOMAIN_ALONE.finditer(text)
    ]


def _grow_id(original: str, e: PiiEntity) -> PiiEntity:
    """Grow an identifier over the start Whisper wrote apart from it: letters glued to
    the digits ("A00 472 913"), an upper-case prefix ("SR 4402 1187 63", not in an
    ALL CAPS turn where every word looks like one), a comma-grouped first block."""
    if e.entity_type not in _JOINED:
        return e
    start, end = e.start, e.end
    after = _HESITATION_DIGITS.match(original, end)
    if after:
        end = after.end()  # "EMP61755 uh 3": the last digit said after a hesitation
    nato = _NATO_BEFORE.search(original, max(0, e.start - 60), e.start)
    if nato:
        start = nato.start()  # "echo 839 4003", "bravo bravo yankee 7780"
    if not original[e.start : e.start + 1].isdigit():
        return PiiEntity(e.entity_type, start, end, e.score, e.recognizer)
    head = original[max(0, e.start - 12) : e.start]
    comma = _COMMA_GROUP.search(head)
    if comma:
        start = min(start, e.start - (len(head) - comma.start()))
    else:
        attached = _ATTACHED_PREFIX.search(head)
        spaced = _SPACED_PREFIX.search(head)
        if attached:
            start = min(start, e.start - (len(head) - attached.start()))
        elif spaced and spaced.group(1) not in _NOT_ID_PREFIX and not original.isupper():
            prefix_at = e.start - (len(head) - spaced.start())
            rest = [c for c in original[:prefix_at] + original[e.start :] if c.isalpha()]
            if sum(c.isupper() for c in rest) <= len(rest) / 2:
                start = min(start, prefix_at)
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity(e.entity_type, start, end, e.score, e.recognizer)


# A symbol typed at the end of a password or a code: "RIVER1986#", "coffee2011&".
_TYPED_SYMBOL_AFTER = re.compile(r"[!#$%&*^~@+=]+(?=[.,?;:)\"']*(?:\s|$))")
_TYPED_VALUES = frozenset({"PASSWORD", "ACCOUNT_ID", "SECURITY_ANSWER", "ID_NUMBER"})


def _with_typed_symbol(original: str, e: PiiEntity) -> PiiEntity:
    """The value grown over a symbol typed right after it, so no part of it stays visible."""
    if e.entity_type not in _TYPED_VALUES or not original[e.end - 1 : e.end].isalnum():
        return e
    if not any(c.isdigit() for c in original[e.start : e.end]):
        return e  # "Make it bluebird!": an exclamation, not a typed symbol
    m = _TYPED_SYMBOL_AFTER.match(original, e.end)
    if not m:
        return e
    return PiiEntity(e.entity_type, e.start, m.end(), e.score, e.recognizer)


# The last sentence of a turn: "There's a $45 fee. … I texted you a code, can you read it?"
# asks for the code, not an amount.
_LAST_SENTENCE = re.compile(r"[^.?!]+[.?!]*\s*$")


def _names_a_thing(question: str, digits: int) -> bool:
    """A short number answering a money question, or a question about a thing (a flight,
    a modem model, an employer's EIN), is that amount or thing, not an identifier."""
    last = _LAST_SENTENCE.search(question)
    asked = last.group() if last else question
    money = digits <= 6 and questions.asks(asked) and bool(_MONEY_QUESTION.search(asked))
    return money or questions.not_personal_answer(question, digits)


def _join_pieces(original: str, entities: list[PiiEntity]) -> tuple[PiiEntity, ...]:
    """One value found in pieces becomes one span, punctuation between the pieces included,
    so that a redacted number does not leave its separators (and group sizes) behind."""
    out: list[PiiEntity] = []
    for e in entities:
        prev = next((p for p in reversed(out) if p.entity_type == e.entity_type), None)
        gap = _PIECE_GAP if e.entity_type in _JOINED else _SPLIT_GAPS.get(e.entity_type)
        if (
            prev is not None
            and gap is not None
            and prev.end <= e.start
            and gap.fullmatch(original[prev.end : e.start])
        ):
            out[out.index(prev)] = PiiEntity(
                prev.entity_type, prev.start, e.end, max(prev.score, e.score), prev.recognizer
            )
            continue
        out.append(e)
    return tuple(sorted(out, key=lambda e: (e.start, e.end, e.entity_type)))


# Between two parts of one name: "Mei-Ling", "ling chen" + "chen wu", a spoken joiner
# ("okafor hyphen bright", spelled "v a n space d e n").
_SAINT_END = re.compile(r"(?<![\w'’])(?-i:St|ST|st)$")
_SAINT_GAP = re.compile(r"\.[ \t]+")
_NAME_GAP = re.compile(r"[ \t]?-?[ \t]?|[ \t]+(?:hyphen|dash|space)[ \t]+", re.IGNORECASE)
# Between two parts of a name spelled letter by letter: "n i then b h r i a i n",
# "o apostrophe, then b r i e n"
_SPELLED_NAME_GAP = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:and[ \t]+)?then|(?:a[ \t]+)?(?:hyphen|dash|space|apostrophe))"
    r"[ \t]*,?[ \t]+",
    re.IGNORECASE,
)
_LETTERS_SPELLED = re.compile(r"(?:\p{L}[ \t]+)+\p{L}")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\p{L}[\p{L}'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+(\p{L}[\p{L}'’]*)(?![\w'’-])")


def _join_names(original: str, entities: tuple[PiiEntity, ...]) -> tuple[PiiEntity, ...]:
    """Parts of one name found apart become one span ("Mei" + "Ling", "ling chen" +
    "chen wu"), grown by a name word next to it that no recognizer had ("mei ling chen")."""
    names = [e for e in entities if e.entity_type == "PERSON"]
    if not names:
        return entities
    merged: list[PiiEntity] = []
    for e in names:
        prev = merged[-1] if merged else None
        if prev is not None and (
            e.start <= prev.end
            or _NAME_GAP.fullmatch(original, prev.end, e.start)
            or (
                _SPELLED_NAME_GAP.fullmatch(original, prev.end, e.start)
                and _LETTERS_SPELLED.fullmatch(original, prev.start, prev.end)
                and _LETTERS_SPELLED.fullmatch(original, e.start, e.end)
            )
            # "Layla St" + "Pierre": the particle's full stop
            or (
                _SAINT_END.search(original, prev.start, prev.end)
                and _SAINT_GAP.fullmatch(original, prev.end, e.start)
            )
        ):
            merged[-1] = PiiEntity(
                "PERSON",
                prev.start,
                max(prev.end, e.end),
                max(prev.score, e.score),
                prev.recognizer,
            )
            continue
        merged.append(e)
    grown = [_grow_name(original, e) for e in merged]
    return tuple(
        sorted(
            [e for e in entities if e.entity_type != "PERSON"] + grown,
            key=lambda e: (e.start, e.end, e.entity_type),
        )
    )


# A surname's particle before it: "al rashidi", "bin hamid", "van dijk", "del toro".
_PARTICLE_BEFORE = re.compile(
    r"(?<![\p{L}'’-])(?:al|el|bin|ibn|abu|van|von|der|den|del|della|dos|das|du)[ \t-]$",
    re.IGNORECASE,
)


def _grow_name(original: str, e: PiiEntity) -> PiiEntity:
    """The name grown by one unlisted name word on each side: a word that is no English
    word (or, in a turn written with capitals, a capitalised listed name)."""
    start, end = e.start, e.end
    before = _WORD_BEFORE.search(original, max(0, start - 30), start)
    if (
        before
        and _name_neighbour(before.group(1), original)
        # "good morning nelnet wei speaking": the firm, not the agent's first name
        and not (
            OPENING_GREETING.fullmatch(original, 0, before.start(1))
            and SPEAKING_AFTER.match(original, end)
        )
    ):
        start = before.start(1)
    particle = _PARTICLE_BEFORE.search(original, max(0, start - 8), start)
    if particle and not lexicon().is_word(original[start:end].split()[0].split("-")[0]):
        start = particle.start()  # "is that al rashidi as one word", "van der berg"
    after = _WORD_AFTER.match(original[end : end + 30])
    if after and _name_neighbour(after.group(1), original):
        end += after.end(1)
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity("PERSON", start, end, e.score, e.recognizer)


def _name_neighbour(word: str, text: str) -> bool:
    low = fold(word)
    if len(low) < 2 or low in _COMMON_WORDS or _NOT_NAME_WORD.fullmatch(low):
        return False
    if CONTRACTION.fullmatch(low):
        return False  # "ms hale i've got it"
    lex = lexicon()
    if text.islower() or text.isupper():
        return not lex.is_word(low) and (low in lex.firsts or low in lex.lasts or len(low) > 2)
    return (
        word[:1].isupper()
        and not word.isupper()
        and (lex.is_name(low) or low in EVERYDAY_FIRSTS or not lex.is_word(low) or "-" in low)
    )


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


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` lies within one of ``spans`` or overlaps one."""
    return any(s < end and start < e for s, e in spans)


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


# Between a first name and the surname said after it: "summer and then fields".
_TO_SURNAME = re.compile(
    r"[ \t,]+(?:(?:and then|and|then)[ \t,]+)?"
    r"(?:(?:(?:the|my)[ \t]+)?(?:last name|surname|family name)(?:[ \t]+is)?[ \t,]+)?"
)


def _before_a_name(
    text: str, hits: list[_Hit], everyday_rx: re.Pattern, covered: list[tuple[int, int]]
) -> list[_Hit]:
    """An everyday word that is a name on this call, said just before a name found in the
    turn: "yep summer and then fields f i e l d s" (summer was the caller's name before)."""
    starts = {h.start for h in hits if h.entity == "PERSON" and not h.original}
    out = []
    for m in everyday_rx.finditer(text):
        gap = _TO_SURNAME.match(text, m.end())
        if gap and gap.end() in starts and not _inside(m.start(), m.end(), covered):
            out.append(_Hit("PERSON", m.start(), m.end(), 0.7, "CallPropagation"))
    return out


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


# A word said, then spelled ("Rose, R-O-S-E?", "Delacroix is D-E-L-A-C-R-O-I-X"; the
# normaliser joins the letters in capitals): a name being checked, whatever the question.
_WORD_THEN_SPELLED = re.compile(
    r"\b(?P<word>[^\W\d_][^\W\d_'’-]{2,}(?:[-'’][^\W\d_]+)*)[ \t]*[,.]?[ \t]*(?:(?:is|like|"
    r"that's|thats|as in|spelled|spelt|spelling)[ \t,]+)?"
    # "mcallister-grey. MCALLISTER-GREY": a double-barrelled name spelled with its dash
    r"(?P<spelled>(?-i:\p{Lu}{3,}(?:-\p{Lu}{2,})*))\b",
    re.IGNORECASE,
)


def _spelled_words(text: str) -> list[_Hit]:
    """A word followed by its own spelling: both are the name."""
    out = []
    for m in _WORD_THEN_SPELLED.finditer(text):
        # "Villaseñor-Daniel, VILLASEÑORDANIEL": the spelling leaves out the hyphen
        word = _NOT_SPELLED_MARKS.sub("", m.group("word"))
        spelled = _NOT_SPELLED_MARKS.sub("", m.group("spelled"))
        if word.upper() == spelled and m.group("word").lower() not in _NOT_SPELLED_WORDS:
            out.append(_Hit("PERSON", m.start("word"), m.end("word"), 0.8, "SpelledWord"))
            out.append(_Hit("PERSON", m.start("spelled"), m.end("spelled"), 0.8, "SpelledWord"))
    return out


# A spelling begun, taken back and said again: "SI sorry starting again SINHA", "MAC space
# NIA, sorry, start over, MAC space NIALL" (the normaliser joins the letters in capitals).
# Both attempts are the name; a run with digits is a code, not a name.
_SPELLED_PART = (
    r"(?-i:\p{Lu}{2,})(?:[ \t]*,?[ \t]*(?:space|hyphen|dash|apostrophe|-)[ \t]*,?[ \t]*"
    r"(?:(?-i:\p{Lu}{2,})|\p{L}(?![\w'’])))*"
)
_RESTARTED_SPELLING = re.compile(
    rf"(?<![\w@.'’-])(?P<first>{_SPELLED_PART})[ \t]*(?:\.{{1,3}}|…|[,;-])?[ \t]*"
    r"(?:(?:sorry|oops|no|nope|wait|actually|my bad|hang on|hold on|scratch that)"
    r"[ \t]*(?:\.{1,3}|…|[,;-])?[ \t]*)+"
    r"(?P<restart>(?:(?:let me|let's|lemme|i'll|i will|i'm gonna|i'm going to|gonna)[ \t]+)?"
    r"(?:start(?:ing)?[ \t]+(?:again|over)|restart(?:ing)?|"
    r"(?:from|back to)[ \t]+the[ \t]+(?:top|start|beginning))[ \t]*[,.:;-]?[ \t]*)?"
    rf"(?P<second>{_SPELLED_PART})(?![\w@'’-]|\.\w|[ \t,]*\d)",
    re.IGNORECASE,
)


_MIN_SPELLED_NAME = 5
_SPELLED_RUN_CAPS = re.compile(r"(?<![\w'’])(?-i:\p{Lu}{3,})(?![\w'’])")


def _spelling_begun_again(norm: NormalizedText, spelled: set[str]) -> list[tuple[int, int]]:
    """Letters spelled aloud that begin a name found in the call: the asker reading back
    the start of a spelling ("sorry S Z Y..." after "S Z Y M A N S K A")."""
    out = []
    for m in _SPELLED_RUN_CAPS.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        if not any(c in " \t-" for c in norm.original[start:end]):
            continue  # a word written in capitals, not letters said one by one
        run = m.group()
        if any(name.startswith(run) for name in spelled):
            out.append(m.span())
    return out


# The call's opening ending on the answerer's name: "Harbour Dental. Priya.", "northgate
# credit union ravi", "Lakeside Plumbing, this is April."
_OPENING_WORD = r"\p{L}[\p{L}'’-]*\p{L}"
_OPENING_END = re.compile(
    rf"(?:(?P<cue>\bthis[ \t]+is)|[.,!:][ \t]*|\b(?P<org>\p{{L}}+))[ \t]+"
    rf"(?P<first>{_OPENING_WORD})(?:[ \t]+(?P<second>{_OPENING_WORD}))?[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE,
)
_OPENING_ORG = ORG_WORDS | frozenset(("parish", "desk", "line", "team", "support", "benefits"))
# Months that are also first names ("this is June").
_MONTH_FIRST_NAMES = frozenset(("april", "may", "june", "august"))


def _opening_name(text: str) -> list[_Hit]:
    """The answerer's name closing the opening turn of a call, after a firm or "this is"."""
    base = max(0, len(text) - 80)
    for m in _OPENING_END.finditer(text, base, overlapped=True):
        span = _opening_span(m)
        if span is not None:
            return [_Hit("PERSON", span[0], span[1], 0.8, "OpeningName")]
    return []


def _opening_span(m: re.Match) -> tuple[int, int] | None:
    if m.group("org") and m.group("org").lower() not in _OPENING_ORG:
        return None
    first, second = m.group("first").lower(), m.group("second")
    if _NOT_NAME_WORD.fullmatch(first) or first in _OPENING_ORG:
        return None
    named = lexicon().is_name(first) or (
        m.group("cue") and (first in EVERYDAY_FIRSTS or first in _MONTH_FIRST_NAMES)
    )
    if not named:
        return None
    if not second:
        return m.start("first"), m.end("first")
    if _NOT_NAME_WORD.fullmatch(second.lower()) or second.lower() in _OPENING_ORG:
        return None
    return m.start("first"), m.end("second")


# The asker reading a name back, maybe misheard: "and that's melendee?" after "mary melendez".
_READ_BACK = re.compile(
    r"\b(?:and|so)[ \t]+that(?:'s|’s|s|[ \t]+is)[ \t]+(\p{L}[\p{L}'’-]{2,29})"
    r"(?=[ \t]*(?:[?.!,]|$))",
    re.IGNORECASE,
)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or dropping one letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_MIN_READ_BACK = 4


def _name_read_back(text: str, names: set[str]) -> list[tuple[int, int]]:
    """A word read back as a name ("and that's X") that is a name of the call or one letter
    off it: the asker checking, or mishearing, what was said."""
    out = []
    for m in _READ_BACK.finditer(text):
        word = m.group(1).lower()
        if len(word) < _MIN_READ_BACK or _NOT_NAME_WORD.fullmatch(word):
            continue
        if any(
            len(name) >= _MIN_READ_BACK and name[0] == word[0] and _one_edit(word, name)
            for name in names
        ):
            out.append(m.span(1))
    return out


def _restarted_spellings(text: str) -> list[_Hit]:
    """A spelling begun, taken back and said again: both attempts are the name."""
    out = []
    for m in _RESTARTED_SPELLING.finditer(text):
        # without "start over" ("ZEN... hang on. ZENGIN") only a spelling said again longer
        if m.group("restart") is None:
            first = _NOT_SPELLED_MARKS.sub("", m.group("first")).upper()
            second = _NOT_SPELLED_MARKS.sub("", m.group("second")).upper()
            if len(second) <= len(first) or not second.startswith(first):
                continue
        for part in ("first", "second"):
            out.append(_Hit("PERSON", m.start(part), m.end(part), 0.8, "SpelledWord"))
    return out


_NOT_SPELLED_MARKS = re.compile(r"[-'’]")
_NOT_SPELLED_WORDS = frozenset({"yes", "okay", "the", "and", "not", "asap"})


# A piece of an email's local part said again: "c_nguyen", "NGUYEN-T", "delacroix".
_LOCAL_TOKEN = re.compile(r"(?<![\w.@-])[a-z0-9][a-z0-9._-]{3,}(?![\w@-]|\.\w)", re.IGNORECASE)
_MIN_LOCAL_PIECE = 5


# The parts of an email's local part: "marguerite.obi-ellis" -> marguerite, obi, ellis.
_LOCAL_PART_SPLIT = re.compile(r"[^a-z]+")
_CAP_WORD = re.compile(r"(?<![\w'’@.-])(?-i:\p{Lu}\p{Ll}{2,})(?![\w'’@-]|\.\w)")
# Parts of role mailboxes that are no name ("info.sales", "accounts-payable").
_NOT_NAME_PARTS = frozenset(
    str.split(
        """info mail email sales support admin contact office hello team accounts account
        billing help service services enquiries inquiries the and home work noreply reply"""
    )
)


def _email_names_again(text: str, locals_: set[str]) -> list[tuple[int, int]]:
    """Capitalised words of a turn written with capitals that are a whole part of an email's
    local part found in the call: "a hyphen between Obi and Ellis" after
    marguerite.obi-ellis@…; a name being checked letter for letter."""
    if text.isupper() or text.islower():
        return []
    parts = {
        p
        for local in locals_
        for p in _LOCAL_PART_SPLIT.split(local)
        if len(p) >= 3 and p not in _NOT_NAME_PARTS
    }
    if not parts:
        return []
    lex = lexicon()
    return [
        (m.start(), m.end())
        for m in _CAP_WORD.finditer(text)
        if m.group().lower() in parts
        # "Payroll, this is …" after payroll-secure@…: a word is a name only when listed
        and (lex.is_name(m.group()) or not lex.is_word(m.group()))
    ]


def _email_pieces_again(text: str, locals_: set[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` that repeat a piece of an email found in the call: with a
    separator ("c_nguyen") or five letters or more that are no English word."""
    out = []
    for m in _LOCAL_TOKEN.finditer(text):
        piece = m.group().lower().rstrip("._-")
        if not any(piece in local for local in locals_):
            continue
        joined = any(c in piece for c in "._-")
        if joined or (len(piece) >= _MIN_LOCAL_PIECE and not lexicon().is_word(piece)):
            start, end = m.start(), m.start() + len(piece)
            # "r dash halloran", "HALLORAN 71": the piece's neighbours in the local part
            # said with it, a separator in words before it or its digits after it
            head = _SPOKEN_SEPARATOR_BEFORE.search(text, max(0, start - 30), start)
            if head and any(
                f"{head.group(1).lower()}{_SEPARATORS[head.group(2).lower()]}{piece}" in local
                for local in locals_
            ):
                start = head.start()
            tail = _DIGITS_AFTER_PIECE.match(text, end)
            if tail and any(f"{piece}{tail.group(1)}" in local for local in locals_):
                end = tail.end()
            out.append((start, end))
    return out


_SEPARATORS = {"dash": "-", "hyphen": "-", "underscore": "_", "dot": ".", "point": "."}
_SPOKEN_SEPARATOR_BEFORE = re.compile(
    r"(?<![\w.@'’-])([a-z0-9]+)[ \t]+(dash|hyphen|underscore|dot|point)[ \t]+$", re.IGNORECASE
)
_DIGITS_AFTER_PIECE = re.compile(r"[ \t]+(\d{1,4})(?![\d.,:])")
