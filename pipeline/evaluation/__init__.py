"""Evaluation of PII detection on labelled synthetic call transcripts and general text.

- ``corpus``: call generator with exact gold spans, in written/spoken/chunked/caps/mixed style;
- ``presidio_templates``: presidio-evaluator's templates as a second source and general text;
- ``metrics``: pure span metrics (typed P/R/F2, full coverage, digits left visible, ...);
- ``runner``: callredact and stock Presidio on the same corpus, tables for README/terminal;
- ``thresholds``: the regression floors in ``thresholds.yaml``; ``cli``: ``callredact eval``.
"""
