import json

import pytest

from pipeline import reasons
from pipeline.schema import Call, DeadLetter
from pipeline.transcript_io import TranscriptLimits, parse_transcript_file

GOOD = {
    "call_id": "c-1",
    "turns": [
        {"speaker": "AGENT", "text": "How can I help?", "start": 0, "end": 1.5},
        {"speaker": "CUSTOMER", "text": "My card was declined."},
    ],
    "metadata": {"queue": "billing"},
}


def _line(record) -> bytes:
    return json.dumps(record).encode()


def test_json_file_gives_one_call_with_times_and_metadata():
    (item,) = parse_transcript_file("a.json", _line(GOOD))
    assert isinstance(item, Call)
    assert item.call_id == "c-1" and item.source == "a.json" and item.line is None
    assert item.turns[0].start == 0.0 and item.turns[0].end == 1.5
    assert item.turns[1].start is None
    assert item.metadata == {"queue": "billing"}


def test_jsonl_keeps_good_lines_and_dead_letters_bad_ones_with_line_numbers():
    data = b"\n".join([_line(GOOD), b"{broken", b"", _line({**GOOD, "call_id": "c-2"})])
    items = list(parse_transcript_file("b.jsonl", data))
    assert [type(i).__name__ for i in items] == ["Call", "DeadLetter", "Call"]
    assert items[1].line == 2 and items[1].reason == reasons.INVALID_JSON
    assert items[2].line == 4


BAD_RECORDS = [
    ([1, 2], reasons.NOT_AN_OBJECT),
    ({"turns": GOOD["turns"]}, reasons.MISSING_FIELD),
    ({"call_id": 7, "turns": GOOD["turns"]}, reasons.WRONG_TYPE),
    ({"call_id": "x", "turns": []}, reasons.NO_TURNS),
    ({"call_id": "x", "turns": "hello"}, reasons.WRONG_TYPE),
    ({"call_id": "x", "turns": [{"speaker": "A"}]}, reasons.MISSING_FIELD),
    ({"call_id": "x", "turns": [{"speaker": "A", "text": 5}]}, reasons.WRONG_TYPE),
    ({"call_id": "x", "turns": [{"speaker": "A", "text": "t", "start": "0"}]}, reasons.WRONG_TYPE),
    (
        {"call_id": "x", "turns": [{"speaker": "A", "text": "t", "start": 2, "end": 1}]},
        reasons.WRONG_TYPE,
    ),
    ({"call_id": "x", "turns": [{"speaker": "A", "text": "t" * 50}]}, reasons.TURN_TOO_LONG),
    ({**GOOD, "metadata": [1]}, reasons.WRONG_TYPE),
]


@pytest.mark.parametrize("record, reason", BAD_RECORDS)
def test_bad_records_become_dead_letters_with_reason(record, reason):
    (item,) = parse_transcript_file("c.jsonl", _line(record), TranscriptLimits(max_turn_chars=40))
    assert isinstance(item, DeadLetter)
    assert item.reason == reason
    assert item.line == 1 and item.stage == "read"


def test_dead_letter_messages_never_quote_content():
    secret = "4111111111111111"
    bad = [
        b'{"call_id": "x", "turns": [{"speaker": "A", "text": "' + secret.encode() + b'"',
        _line({"call_id": "x", "turns": [{"speaker": "A", "text": secret, "start": secret}]}),
        b"\xff\xfe" + secret.encode(),
    ]
    for raw in bad:
        (item,) = parse_transcript_file("d.jsonl", raw)
        assert isinstance(item, DeadLetter)
        assert secret not in item.message


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", reasons.EMPTY_FILE),
        (b"  \n", reasons.EMPTY_FILE),
        (b"\xff\xfe\x00", reasons.INVALID_UTF8),
    ],
)
def test_empty_and_binary_files(data, reason):
    (item,) = parse_transcript_file("e.json", data)
    assert item.reason == reason
