"""Exit codes every command shares, for schedulers (kept import-light for the CLI)."""

EXIT_OK = 0  # everything processed
EXIT_FATAL = 1  # bad arguments, config, input glob or output folder: nothing committed
EXIT_DEAD_LETTERS = 2  # finished, but some inputs went to dead letters
EXIT_THRESHOLDS = 3  # `callredact eval --check-thresholds`: a quality floor was missed
