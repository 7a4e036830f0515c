"""How today's detector stands against QA reviewers' marks (``callredact eval --feedback``).

Reviewers mark "missed PII" and "not PII" on turns of the report. The pipeline already
obeys those marks through ``--feedback`` (deny and allow lists); this report says how many
of them the detectors get right *on their own*, which is what a recognizer change should
improve. Each marked text is analysed as the reviewer's turn would present it: the
marked text as a customer's answer after the agent's generic question. Counts only: a
mark's text can be PII and is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.schema import Call, Turn

CONTEXT_QUESTION = "Can you confirm that for me?"


@dataclass(frozen=True)
class FeedbackAgreement:
    missed_marks: int
    missed_now_caught: int
    not_pii_marks: int
    not_pii_still_flagged: int

    def to_text(self) -> str:
        return (
            f"Reviewer feedback: {self.missed_now_caught}/{self.missed_marks} 'missed PII' marks "
            f"are now caught by the detectors alone; {self.not_pii_still_flagged}/"
            f"{self.not_pii_marks} 'not PII' marks are still flagged (the allow-list from "
            "--feedback overrides them in runs)\n"
        )


def _flagged(analyzer, text: str) -> bool:
    call = Call("feedback", (Turn("AGENT", CONTEXT_QUESTION), Turn("CUSTOMER", text)))
    entities = analyzer.analyze_call(call)[1]
    covered = set()
    for e in entities:
        covered.update(range(e.start, e.end))
    wanted = [i for i, ch in enumerate(text) if not ch.isspace()]
    return bool(wanted) and all(i in covered for i in wanted)


def feedback_agreement(feedback, analyzer) -> FeedbackAgreement:
    """Score ``feedback`` (``pipeline.report.feedback.Feedback``) against ``analyzer``."""
    missed = [m.text for m in feedback.marks if m.kind == "missed_pii" and m.text]
    not_pii = [m.text for m in feedback.marks if m.kind == "not_pii" and m.text]
    return FeedbackAgreement(
        missed_marks=len(missed),
        missed_now_caught=sum(_flagged(analyzer, t) for t in missed),
        not_pii_marks=len(not_pii),
        not_pii_still_flagged=sum(_flagged(analyzer, t) for t in not_pii),
    )
