"""Analyzer factory: Presidio with an installed spaCy model and our recognizers.

Stock ``AnalyzerEngine()`` downloads en_core_web_lg at construction; we always pass an
NLP engine built from a model that ``pip`` installed, and keep tldextract offline.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from models.spacy_model import SPACY_MODEL, create_nlp_engine
from recognizers.offline import use_offline_suffix_list


def create_stock_analyzer(model_name: str = SPACY_MODEL) -> AnalyzerEngine:
    """Presidio as shipped (default recognizers), on the same spaCy model: our baseline."""
    use_offline_suffix_list()
    nlp_engine = create_nlp_engine(model_name, fast=False)
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
