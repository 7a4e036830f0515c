"""``stream`` options → StreamConfig, and fatal mistakes caught before anything runs."""

from __future__ import annotations

import argparse

import pytest

from pipeline.redaction import DEFAULT_KEPT_METADATA
from pipeline.stream_cli import add_stream_arguments, main, stream_config_from_args


def _parse(*argv: str):
    parser = argparse.ArgumentParser()
    add_stream_arguments(parser)
    return parser.parse_known_args(list(argv))


def test_options_become_a_stream_config_and_beam_options_pass_through():
    args, extra = _parse(
        "--watch",
        "in",
        "--output",
        "out",
        "--stop-after",
        "90",
        "--poll-interval",
        "0.5",
        "--keep-metadata",
        "queue",
        "--direct_num_workers",
        "2",
    )
    config = stream_config_from_args(args, extra)
    assert (config.watch_dir, config.output_dir, config.stop_after) == ("in", "out", 90.0)
    assert (config.poll_interval, config.settle_seconds) == (0.5, 2.0)
    assert config.kept_metadata == ("queue",)
    assert config.beam_args == ("--direct_num_workers", "2")
    assert config.input_subscription is None


def test_default_metadata_matches_the_redaction_default():
    args, _ = _parse("--watch", "in", "--output", "out")
    assert stream_config_from_args(args, []).kept_metadata == DEFAULT_KEPT_METADATA


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--output", "{out}"], "give --watch DIR"),
        (["--watch", "{missing}", "--output", "{out}"], "is not a folder"),
        (["--watch", "{inbox}", "--output", "{inbox}/out"], "must not be inside --watch"),
        (["--watch", "{inbox}", "--output", "{out}", "--stop-after", "0"], "--stop-after must"),
        (["--watch", "{inbox}", "--output", "{out}", "--poll-interval", "-1"], "--poll-interval"),
        (["--watch", "{inbox}", "--output", "{out}", "--settle-seconds", "-1"], "--settle-seconds"),
        (
            [
                "--input-subscription",
                "projects/p/subscriptions/s",
                "--watch",
                "{inbox}",
                "--output",
                "{out}",
            ],
            "gs:// folder",
        ),
        (
            ["--input-subscription", "projects/p/subscriptions/s", "--output", "{out}"],
            "add --runner DataflowRunner",
        ),
        (["--log-level", "LOUD", "--watch", "{inbox}", "--output", "{out}"], "--log-level"),
    ],
)
def test_fatal_mistakes_exit_1_with_one_line_that_says_what_to_do(tmp_path, capsys, argv, message):
    (tmp_path / "inbox").mkdir()
    paths = {"out": tmp_path / "out", "inbox": tmp_path / "inbox", "missing": tmp_path / "missing"}
    assert main([a.format(**paths) for a in argv]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("callredact: error: ") and message in err[0]
    assert not (tmp_path / "out" / "redacted").exists()


def test_a_bad_recognizer_config_fails_before_anything_runs(tmp_path, capsys):
    (tmp_path / "inbox").mkdir()
    argv = [
        "--watch",
        str(tmp_path / "inbox"),
        "--output",
        str(tmp_path / "out"),
        "--recognizer-config",
        str(tmp_path / "missing.yaml"),
    ]
    assert main(argv) == 1
    assert "bad recognizer config" in capsys.readouterr().err
    assert not (tmp_path / "out" / "summary.json").exists()


def test_the_stream_command_takes_the_audio_redaction_options():
    from pipeline.audio_redaction import AudioRedactionSettings, audio_settings_from_args
    from pipeline.cli import build_parser

    argv = ["stream", "--watch", "in", "--output", "out", "--redact-audio", "silence"]
    args, _ = build_parser().parse_known_args(
        [*argv, "--audio-padding", "0.1", "--audio-mask-all-channels"]
    )
    assert audio_settings_from_args(args) == AudioRedactionSettings(
        mode="silence", padding=0.1, mask_all_channels=True
    )
    args, _ = build_parser().parse_known_args(argv[:5])
    assert audio_settings_from_args(args) == AudioRedactionSettings()  # beep, as in run
