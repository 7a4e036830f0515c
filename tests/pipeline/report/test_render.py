"""Rendering the static report: contents, escaping, self-containedness, file layout."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.report import render_report
from pipeline.report.model import load_output, page_name
from tests.pipeline.report.conftest import (
    HOSTILE_ID,
    HOSTILE_SPEAKER,
    calls,
    parse,
    write_output,
)


@pytest.fixture
def report(output_dir: Path):
    return render_report(str(output_dir))


def page_for(report, call_id: str) -> Path:
    return dict(report.pages)[call_id]


def test_writes_index_and_one_page_per_call(report, output_dir):
    assert report.index_path == output_dir / "report" / "index.html"
    assert [call_id for call_id, _ in report.pages] == sorted(c["call_id"] for c in calls())
    for _, page in report.pages:
        assert page.parent == output_dir / "report" / "calls"
        assert page.is_file()
    assert page_for(report, "call-001").name == "call-001.html"
    assert (report.calls, report.dead_letters, report.unlocated) == (3, 1, 0)
    assert not list((output_dir / "report").rglob("*.tmp"))


def test_every_entity_in_the_records_has_a_mark(report):
    for record in calls():
        elements = parse(page_for(report, record["call_id"])).elements
        marks = Counter(a["data-entity"] for _, a in elements if "data-entity" in a)
        wanted = Counter(e["type"] for t in record["turns"] for e in t["entities"])
        assert marks == wanted, record["call_id"]


def test_chips_show_type_score_recognizer_on_hover_and_for_screen_readers(report):
    elements = parse(page_for(report, "call-001")).elements
    chips = [a for tag, a in elements if "chip" in a.get("class", "").split()]
    card = next(a for a in chips if a["data-entity"] == "CREDIT_CARD")
    assert card["title"] == "CREDIT_CARD · score 1.00 · CreditCardRecognizer"
    assert card["aria-label"] == "Redacted CREDIT_CARD, score 1.00, found by CreditCardRecognizer"
    assert card["tabindex"] == "0"
    phone = next(a for a in chips if a["data-entity"] == "PHONE_NUMBER")
    assert "low" in phone["class"].split()
    assert "low confidence" in phone["title"]
    merged = next(a for a in chips if a["data-types"] == "LOCATION PERSON")
    assert "merged with LOCATION · score 0.50" in merged["title"]


def test_no_original_values_or_metadata_reach_any_page(report):
    # Values the redaction hid (they are only in the test's "original" texts) and metadata.
    hidden = ["Robin Example", "Jane Sample", "555-0100", "4111 1111 1111 1111", "Springfield"]
    hidden += ["Alex Placeholder", "1 January 1970", "alex@example.org", "Sam Fictional", "billing"]
    for path in [report.index_path, *(p for _, p in report.pages)]:
        html = path.read_text(encoding="utf-8")
        for value in hidden:
            assert value not in html, (path.name, value)


def test_redacted_text_and_missed_values_are_shown_as_published(report):
    # A value the detector missed stays in the redacted text: the reviewer has to see it.
    text = "".join(parse(page_for(report, "call-001")).text)
    assert "mail me at jane.sample@example.com." in text
    assert "Thanks for calling Acme Bank, this is [PERSON]." in text


def test_hostile_call_id_speaker_and_text_are_escaped(report):
    path = page_for(report, HOSTILE_ID)
    html = path.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html
    assert "<svg" not in html and "<b>there" not in html and "<img src=x" not in html
    parsed = parse(path)
    tags = Counter(tag for tag, _ in parsed.elements)
    assert tags["script"] == 1 and tags["img"] == 0 and tags["svg"] == 0 and tags["b"] == 0
    text = "".join(parsed.text)
    assert HOSTILE_ID in text and HOSTILE_SPEAKER in text
    assert "Hello <b>there</b> [PERSON] </script>" in text
    index = report.index_path.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in index
    assert HOSTILE_ID in "".join(parse(report.index_path).text)
    # The page file name is derived, not the raw id.
    assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", path.name)


def test_pages_are_self_contained_and_locked_down_by_csp(report):
    for path in [report.index_path, *(p for _, p in report.pages)]:
        parsed = parse(path)
        for tag, attrs in parsed.elements:
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                assert not re.match(r"^(https?:)?//", value), (path.name, tag, value)
            assert not (tag == "link" and attrs.get("rel") == "stylesheet")
            assert not (tag == "script" and "src" in attrs)
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        csp = next(a["content"] for t, a in parsed.elements if a.get("http-equiv"))
        (script,) = parsed.scripts
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in csp
        assert "default-src 'none'" in csp


def test_audio_player_uses_a_relative_path_and_turns_carry_times(report):
    elements = parse(page_for(report, "call-001")).elements
    (audio,) = [a for tag, a in elements if tag == "audio"]
    assert audio["src"] == "../../audio/call-001.wav"
    turns = [a for tag, a in elements if "turn" in a.get("class", "").split()]
    assert [t["data-start"] for t in turns][:2] == ["0.0", "3.5"]
    assert all(t["tabindex"] == "0" for t in turns)
    assert [t["class"].split()[1] for t in turns][:2] == ["agent", "customer"]
    # Untimed transcript: no times, no player, turns still focusable for feedback.
    untimed = parse(page_for(report, "call-002")).elements
    assert not [a for tag, a in untimed if tag == "audio"]
    assert not [a for _, a in untimed if "data-start" in a]


def test_index_lists_calls_counts_flags_and_dead_letters(report):
    parsed = parse(report.index_path)
    rows = {a["data-id"]: a for tag, a in parsed.elements if tag == "tr" and "data-id" in a}
    assert set(rows) == {c["call_id"] for c in calls()}
    assert rows["call-001"]["data-entities"] == "7"
    assert rows["call-001"]["data-types"] == "CREDIT_CARD LOCATION PERSON PHONE_NUMBER"
    assert rows["call-001"]["data-low"] == "3"  # 0.4 phone, 0.55 person, 0.5 location
    assert rows["call-001"]["data-flagged"] == "1"
    assert rows["call-002"]["data-duration"] == "-1"
    links = [
        a["href"] for tag, a in parsed.elements if tag == "a" and "calls/" in a.get("href", "")
    ]
    assert "calls/call-001.html" in links
    text = "".join(parsed.text)
    assert "call-009" in text and "detect_failed" in text and "samples/broken.json" in text


def test_low_confidence_threshold_is_configurable(output_dir):
    result = render_report(str(output_dir), low_confidence=0.3)
    assert result.low_confidence == 0
    with pytest.raises(ValueError, match="between 0 and 1"):
        render_report(str(output_dir), low_confidence=1.5)


def test_custom_report_dir_keeps_audio_link_relative(output_dir, tmp_path):
    result = render_report(str(output_dir), str(tmp_path / "elsewhere" / "rep"))
    audio = [a for t, a in parse(dict(result.pages)["call-001"]).elements if t == "audio"][0]
    resolved = (dict(result.pages)["call-001"].parent / audio["src"]).resolve()
    assert resolved == (output_dir / "audio" / "call-001.wav").resolve()


def test_unreadable_lines_are_reported_by_position_not_content(tmp_path, caplog):
    out = write_output(tmp_path / "out")
    with (out / "redacted" / "part-00000-of-00001.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"call_id": "call-x", "turns": [{"text": "Jane Sample 555-0100"\n')
        fh.write(json.dumps({"turns": []}) + "\n")
    with caplog.at_level(logging.DEBUG, logger="pipeline.report"):
        result = render_report(str(out))
    assert result.problems == (
        "redacted/part-00000-of-00001.jsonl line 4: not a JSON object; the line was skipped",
        "redacted/part-00000-of-00001.jsonl line 5: no call_id; the record was skipped",
    )
    assert "line 4" in result.index_path.read_text(encoding="utf-8")
    assert "Jane Sample" not in caplog.text and "555-0100" not in caplog.text


def test_logs_name_counts_never_text(output_dir, caplog):
    with caplog.at_level(logging.DEBUG, logger="pipeline.report"):
        render_report(str(output_dir))
    assert "report: 3 call pages, 1 dead letters" in caplog.text
    for record in calls():
        for turn in record["turns"]:
            assert turn["text"] not in caplog.text


def test_missing_redacted_folder_says_what_to_pass(tmp_path):
    with pytest.raises(FileNotFoundError, match="pass the folder given to the pipeline"):
        render_report(str(tmp_path))


def test_empty_output_renders_an_empty_index(tmp_path):
    out = write_output(tmp_path / "out", records=[])
    result = render_report(str(out))
    assert result.pages == ()
    assert "No redacted calls in this output." in result.index_path.read_text(encoding="utf-8")


def test_page_names_are_safe_unique_and_case_insensitively_distinct():
    taken: set[str] = set()
    names = [page_name(i, taken) for i in ("call-1", "Call-1", "../../etc/passwd", "a b", "")]
    assert names[0] == "call-1.html"
    assert len({n.lower() for n in names}) == len(names)
    assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", n) for n in names)


def test_model_reads_turn_roles_and_duration_fallback(output_dir):
    data = load_output(output_dir)
    by_id = {c.call_id: c for c in data.calls}
    assert by_id["call-001"].speakers == ("AGENT", "CUSTOMER")
    assert [t.role for t in by_id["call-002"].turns] == ["agent", "customer"]
    assert by_id["call-002"].duration is None
    assert by_id["call-001"].audio_file == output_dir / "audio" / "call-001.wav"


def test_a_dead_letter_for_a_published_call_flags_it(tmp_path):
    # e.g. the transcript was written but the audio stage failed for the same call
    out = write_output(tmp_path / "out")
    letter = {
        "source": "samples/call-002.wav",
        "line": None,
        "call_id": "call-002",
        "reason": "audio_failed",
        "message": "decoder error",
        "stage": "audio",
    }
    with (out / "dead_letter" / "part-00000-of-00001.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(letter) + "\n")
    result = render_report(str(out))
    rows = {a["data-id"]: a for t, a in parse(result.index_path).elements if "data-id" in a}
    assert rows["call-002"]["data-flagged"] == "1"
    page = "".join(parse(dict(result.pages)["call-002"]).text)
    assert "dead letter: audio / audio_failed" in page
