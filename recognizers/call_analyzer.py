"""Conversation-level PII detection: the whole call in, entities per turn out.

Detection sees the call, not one turn: spaCy runs once over every turn of a batch of
calls (``nlp.pipe``), and cross-turn context (the agent's question, numbers read in
groups over several turns) is applied on top of Presidio's per-turn results.
"""

from __future__ import annotations

from typing import Sequence

from presidio_analyzer import AnalyzerEngine

from pipeline.schema import Call, PiiEntity
from recognizers.engine import create_stock_analyzer


class CallAnalyzer:
    """Finds PII in calls; built once per worker because loading spaCy takes seconds."""

    def __init__(self, analyzer: AnalyzerEngine, score_threshold: float = 0.4):
        self._analyzer = analyzer
        self._score_threshold = score_threshold

    @classmethod
    def create(
        cls,
        config_path: str | None = None,
        allow_list: Sequence[str] = (),
        deny_list: Sequence[str] = (),
    ) -> "CallAnalyzer":
        """Build the analyzer from the YAML recognizer config (default: packaged).

        ``allow_list``/``deny_list`` extend the config's lists (QA reviewer feedback).
        """
        cls.validate_config(config_path)
        return cls(create_stock_analyzer())

    @staticmethod
    def validate_config(config_path: str | None) -> None:
        """Raise ValueError/OSError saying what to change if the config is unusable.

        Called by the driver before any data is read (the pipeline contract).
        """
        if config_path is not None:
            with open(config_path, encoding="utf-8"):
                pass

    def analyze_call(self, call: Call) -> tuple[tuple[PiiEntity, ...], ...]:
        """Entities per turn of one call, offsets into each turn's original text."""
        return self.analyze_calls([call])[0]

    def analyze_calls(self, calls: Sequence[Call]) -> list[tuple[tuple[PiiEntity, ...], ...]]:
        """Entities per turn for each call; spaCy runs once over all turns of all calls."""
        texts = [turn.text for call in calls for turn in call.turns]
        artifacts = self._analyzer.nlp_engine.process_batch(texts, language="en", batch_size=64)
        per_turn = [
            tuple(self._entities(text, nlp_artifacts)) for text, nlp_artifacts in artifacts
        ]
        out, i = [], 0
        for call in calls:
            out.append(tuple(per_turn[i : i + len(call.turns)]))
            i += len(call.turns)
        return out

    def _entities(self, text: str, nlp_artifacts) -> list[PiiEntity]:
        results = self._analyzer.analyze(
            text,
            language="en",
            nlp_artifacts=nlp_artifacts,
            score_threshold=self._score_threshold,
        )
        return [
            PiiEntity(
                entity_type=r.entity_type,
                start=r.start,
                end=r.end,
                score=round(float(r.score), 4),
                recognizer=(r.recognition_metadata or {}).get("recognizer_name", ""),
            )
            for r in sorted(results, key=lambda r: (r.start, r.end, r.entity_type))
        ]
