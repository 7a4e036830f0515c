# callredact front door. Every target bootstraps .venv itself: a fresh clone needs nothing else.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint format eval bench clean help

help:
	@echo "make demo   - set up .venv and redact the sample calls into $(OUT)/demo"
	@echo "make test   - set up .venv and run the test suite"
	@echo "make lint   - ruff lint and format check"
	@echo "make eval   - side-by-side detection evaluation (callredact vs stock Presidio);"
	@echo "              FEEDBACK=file.json adds reviewer-feedback agreement"
	@echo "make bench  - benchmarks (figures and ratios, never asserted)"
	@echo "make clean  - remove outputs and caches (keeps .venv)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip wheel "setuptools>=68"

# Reinstall only when the dependency declaration changes.
$(STAMP): setup.py pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,dev,eval]'
	# Only its template files are read; its own deps (transformers, pandas...) are not needed.
	$(BIN)/python -m pip install -q --no-deps presidio-evaluator==0.3.2
	@touch $(STAMP)

# The sample recordings and transcripts in one mixed run, then the QA report.
demo: $(STAMP)
	$(BIN)/callredact run --input 'samples/*/*.*' --output $(OUT)/demo; \
	  rc=$$?; [ $$rc -le 2 ] || exit $$rc
	$(BIN)/callredact report $(OUT)/demo >/dev/null
	@echo
	@echo "Redacted transcripts: $(OUT)/demo/redacted/"
	@echo "Redacted audio:       $(OUT)/demo/audio/"
	@echo "Dead letters:         $(OUT)/demo/dead_letter/"
	@echo "Run summary:          $(OUT)/demo/summary.json"
	@echo "QA report:            $(OUT)/demo/report/index.html"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# FEEDBACK=path/to/feedback.json also reports how the detectors fare on reviewer marks.
eval: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/callredact eval --markdown $(OUT)/eval.md $(if $(FEEDBACK),--feedback $(FEEDBACK))

bench: $(STAMP)
	$(BIN)/python -m pipeline.benchmarks
	$(BIN)/python -m pipeline.transcribe_bench --models tiny.en,base

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
