"""Turn per-channel Whisper segments into one conversation of speaker turns.

Each channel is transcribed on its own, so a Whisper segment can span several of that
speaker's lines (with voice activity detection, the silence while the other party talks is
cut out before decoding, and Whisper happily joins "…your card number?" and "And the
expiry?" into one segment). Interleaving by segment start would then put the question's
answer after both questions. So we cut each channel's words into *utterances* at pauses,
sort the utterances of all channels by start time, and join consecutive utterances of the
same channel back into one turn. The detector then sees question → answer.

Invariant (the redacted-audio stage relies on it): when a turn has words, its text is
exactly those words in order, each joined to the previous by one space or by nothing where
Whisper wrote them together ("4-9-1-6", "example.com"). So every character offset of the
text maps to a word, and so to a time range on ``turn.channel``; ``word_spans`` gives
each word's character span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.schema import Turn, Word

# A pause longer than this may hide the other party's turn.
DEFAULT_SPLIT_GAP_S = 0.5


@dataclass(frozen=True)
class Utterance:
    """A stretch of one channel's speech with no long pause inside."""

    channel: int
    start: float
    end: float
    text: str
    words: tuple[Word, ...]


def _words(segment) -> list[tuple[Word, bool]]:
    """The segment's words, each with whether Whisper put a space before it."""
    words = []
    for word in segment.words or ():
        text = word.word.strip()
        if text:
            spaced = word.word[:1].isspace()
            words.append(
                (Word(text, float(word.start), float(word.end), float(word.probability)), spaced)
            )
    return words


def segment_utterances(
    channel: int, segments: Iterable, split_gap: float = DEFAULT_SPLIT_GAP_S
) -> list[Utterance]:
    """Cut a channel's faster-whisper segments into utterances at pauses over ``split_gap``.

    A segment without word timings stays one utterance with the segment's times.
    """
    utterances: list[Utterance] = []
    for segment in segments:
        words = _words(segment)
        if not words:
            text = " ".join(segment.text.split())
            if text:
                utterances.append(
                    Utterance(channel, float(segment.start), float(segment.end), text, ())
                )
            continue
        run = [words[0]]
        for word, spaced in words[1:]:
            if word.start - run[-1][0].end > split_gap:
                utterances.append(_utterance(channel, run))
                run = []
            run.append((word, spaced))
        utterances.append(_utterance(channel, run))
    return utterances


def _utterance(channel: int, run: Sequence[tuple[Word, bool]]) -> Utterance:
    text = run[0][0].text + "".join((" " if spaced else "") + word.text for word, spaced in run[1:])
    words = tuple(word for word, _ in run)
    return Utterance(channel, words[0].start, words[-1].end, text, words)


def build_turns(utterances: Iterable[Utterance], speakers: Sequence[str]) -> tuple[Turn, ...]:
    """Interleave utterances of all channels by start time into speaker turns.

    Consecutive utterances of one channel become one turn, unless one of them has no word
    timings (then its segment times must stay its own, for audio redaction).
    """
    ordered = sorted(utterances, key=lambda u: (u.start, u.channel, u.end))
    turns: list[Turn] = []
    for utterance in ordered:
        previous = turns[-1] if turns else None
        if (
            previous is not None
            and previous.channel == utterance.channel
            and previous.words
            and utterance.words
        ):
            turns[-1] = Turn(
                speaker=previous.speaker,
                text=f"{previous.text} {utterance.text}",
                start=previous.start,
                end=max(previous.end, utterance.end),
                words=previous.words + utterance.words,
                channel=previous.channel,
            )
            continue
        turns.append(
            Turn(
                speaker=speakers[utterance.channel],
                text=utterance.text,
                start=utterance.start,
                end=utterance.end,
                words=utterance.words,
                channel=utterance.channel,
            )
        )
    return tuple(turns)


def word_spans(turn: Turn) -> tuple[tuple[int, int], ...]:
    """Character ``(start, end)`` of each of ``turn.words`` in ``turn.text``."""
    spans = []
    cursor = 0
    for word in turn.words:
        start = turn.text.find(word.text, cursor)
        if start < 0:
            raise ValueError("turn text does not match its words; was the turn edited?")
        spans.append((start, start + len(word.text)))
        cursor = start + len(word.text)
    return tuple(spans)
