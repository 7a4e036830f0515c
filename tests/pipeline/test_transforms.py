"""Each composite stage on the in-process FnApiRunner, checked with assert_that."""

import json

from apache_beam.testing.util import assert_that, equal_to, is_empty

from pipeline import reasons
from pipeline.schema import Call, DetectedCall, PiiEntity, Turn
from pipeline.transforms import DetectPii, ReadInputs, Redact, WriteRedactedTranscripts
from tests.conftest import direct_test_pipeline, read_jsonl_folder, write_jsonl


class FakeAnalyzer:
    """Marks every 'SECRET' as PII; raises on calls whose id starts with 'boom'."""

    def analyze_calls(self, calls):
        if any(c.call_id.startswith("boom") for c in calls):
            raise RuntimeError("batch failed: SECRET text in message")
        return [self.analyze_call(c) for c in calls]

    def analyze_call(self, call):
        if call.call_id.startswith("boom"):
            raise RuntimeError("SECRET text in message")
        return tuple(
            tuple(PiiEntity("PERSON", i, i + 6, 0.9, "fake") for i in _find(t.text, "SECRET"))
            for t in call.turns
        )


def _find(text, needle):
    start = text.find(needle)
    while start >= 0:
        yield start
        start = text.find(needle, start + 1)


def fake_factory():
    return FakeAnalyzer()


def _call(call_id, *texts):
    return Call(call_id, tuple(Turn("S", t) for t in texts), source="mem")


def test_read_transcripts_splits_good_calls_from_dead_letters(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl",
        [{"call_id": "a", "turns": [{"speaker": "S", "text": "x"}]}, {"call_id": "b", "turns": []}],
    )
    (tmp_path / "c.json").write_text("{oops", encoding="utf-8")
    with direct_test_pipeline() as p:
        calls, recordings, dead = p | ReadInputs(str(tmp_path / "*"))
        assert_that(calls | "Ids" >> _map(lambda c: c.call_id), equal_to(["a"]), label="calls")
        assert_that(
            dead | "Reasons" >> _map(lambda d: d.reason),
            equal_to([reasons.NO_TURNS, reasons.INVALID_JSON]),
            label="dead",
        )


def test_detect_pii_finds_entities_per_turn_with_real_analyzer():
    call = _call("c1", "Hello", "My card number is 4111 1111 1111 1111.")
    with direct_test_pipeline() as p:
        detected, dead = p | _create([call]) | DetectPii()
        found = detected | _map(
            lambda d: (len(d.entities[0]), "CREDIT_CARD" in {e.entity_type for e in d.entities[1]})
        )
        assert_that(found, equal_to([(0, True)]), label="types")
        assert_that(dead, is_empty(), label="nodead")


def test_detect_pii_dead_letters_only_the_failing_call_without_its_text():
    calls = [_call("ok-1", "a SECRET here"), _call("boom-1", "SECRET"), _call("ok-2", "fine")]
    with direct_test_pipeline() as p:
        detected, dead = p | _create(calls) | DetectPii(analyzer_factory=fake_factory)
        assert_that(
            detected | "Ids" >> _map(lambda d: d.call.call_id),
            equal_to(["ok-1", "ok-2"]),
            label="ok",
        )
        assert_that(
            dead | "Dead" >> _map(lambda d: (d.call_id, d.reason, "SECRET" in d.message)),
            equal_to([("boom-1", reasons.DETECTION_FAILED, False)]),
            label="dead",
        )


def _exploding_redactor(detected, kept_metadata):
    raise RuntimeError("SECRET")


def test_redact_replaces_spans_and_fails_closed():
    detected = DetectedCall(_call("c", "hi SECRET"), ((PiiEntity("PERSON", 3, 9, 0.9, "f"),),))
    with direct_test_pipeline() as p:
        redacted, dead = p | "Good" >> _create([detected]) | "R1" >> Redact()
        assert_that(
            redacted | _map(lambda r: r.turns[0].text), equal_to(["hi [PERSON]"]), label="text"
        )
        assert_that(dead, is_empty(), label="nodead")
        redacted2, dead2 = (
            p | "Bad" >> _create([detected]) | "R2" >> Redact(redactor=_exploding_redactor)
        )
        assert_that(redacted2, is_empty(), label="none")
        assert_that(
            dead2 | "Reason" >> _map(lambda d: d.reason),
            equal_to([reasons.REDACTION_FAILED]),
            label="dead2",
        )


def test_write_redacted_transcripts_sorted_and_atomic(tmp_path):
    detected = [DetectedCall(_call(cid, f"hello {cid}"), ((),)) for cid in ("z-9", "a-1", "m-5")]
    with direct_test_pipeline() as p:
        redacted, _ = p | _create(detected) | Redact()
        _ = redacted | WriteRedactedTranscripts(str(tmp_path), num_shards=1)
    files = list((tmp_path / "redacted").iterdir())
    assert [f.name for f in files] == ["calls-00000-of-00001.jsonl"]
    ids = [r["call_id"] for r in read_jsonl_folder(tmp_path / "redacted")]
    assert ids == ["a-1", "m-5", "z-9"]
    assert json.loads(files[0].read_text().splitlines()[0])["turns"][0]["text"] == "hello a-1"


def _create(items):
    import apache_beam as beam

    return beam.Create(items, reshuffle=False)


def _map(fn):
    import apache_beam as beam

    return beam.Map(fn)
