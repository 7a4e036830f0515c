from pipeline.evaluation.feedback_report import feedback_agreement
from pipeline.report.feedback import parse_feedback
from pipeline.schema import PiiEntity


class WordAnalyzer:
    """Flags every occurrence of the words it was given."""

    def __init__(self, *words):
        self.words = words

    def analyze_call(self, call):
        out = []
        for turn in call.turns:
            spans = []
            for word in self.words:
                start = turn.text.find(word)
                if start >= 0:
                    spans.append(PiiEntity("X", start, start + len(word), 1.0, "fake"))
            out.append(tuple(spans))
        return tuple(out)


FEEDBACK = parse_feedback(
    {
        "version": 1,
        "marks": [
            {"call_id": "a", "turn": 1, "kind": "missed_pii", "text": "Zebulon"},
            {"call_id": "a", "turn": 2, "kind": "missed_pii", "text": "Quux Street"},
            {"call_id": "b", "turn": 0, "kind": "not_pii", "text": "Acme"},
            {"call_id": "b", "turn": 1, "kind": "not_pii"},
        ],
    }
)


def test_counts_marks_the_detector_agrees_with():
    result = feedback_agreement(FEEDBACK, WordAnalyzer("Zebulon", "Quux", "Acme"))
    # "Quux Street" is only partly covered: not caught.
    assert (result.missed_marks, result.missed_now_caught) == (2, 1)
    assert (result.not_pii_marks, result.not_pii_still_flagged) == (1, 1)


def test_report_text_carries_counts_not_texts():
    text = feedback_agreement(FEEDBACK, WordAnalyzer()).to_text()
    assert "0/2" in text and "0/1" in text
    assert "Zebulon" not in text and "Acme" not in text
