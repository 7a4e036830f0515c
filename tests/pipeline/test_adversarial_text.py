"""Adversarial turns (issue 9): no catastrophic backtracking or quadratic scans.

Each case is a maximal-length turn built to stress one part of detection (long runs of
spelled letters, "oh"s, digit words, separators). The whole set runs in a child process
under a hang limit far above its normal runtime (a few seconds): the test catches a
regression from linear to quadratic or exponential time, it does not measure speed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from pipeline.transcript_io import TranscriptLimits

MAX_CHARS = TranscriptLimits().max_turn_chars - 1

CASES = {
    "spaced_digits": "1 ",
    "digit_words": "four ",
    "oh_runs": "oh ",
    "spoken_email_dots": "john dot ",
    "at_runs": "at ",
    "single_letters": "a ",
    "other_letters": "b ",
    "dashes": "4-",
    "comma_groups": "41, ",
    "as_in": "S as in Sam ",
    "street_numbers": "1234 oak ",
    "nato": "alpha bravo ",
    "repeats": "double ",
    "parens": "(",
    "mixed_card": "my card number is 4111 one one one one, ",
}

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pipeline.schema import Call, Turn
    from recognizers.call_analyzer import CallAnalyzer
    analyzer = CallAnalyzer.create()
    for unit in json.loads(sys.argv[1]):
        text = (unit * ({n} // len(unit) + 1))[:{n}]
        call = Call("adv", (Turn("AGENT", "what is your card number?"), Turn("CUSTOMER", text)))
        analyzer.analyze_call(call)
    print("ok")
    """
).format(n=MAX_CHARS)


@pytest.mark.slow
def test_maximal_adversarial_turns_finish():
    import json

    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(list(CASES.values()))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("ok")
