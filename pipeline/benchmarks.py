"""``make bench``: callredact against its baselines, in one run, as figures and ratios.

    python -m pipeline.benchmarks [--calls 300] [--model base] [--skip-audio]

Every figure is a whole process timed from the outside (start-up included), because that
is what a nightly job pays; each is the best of ``--repeats`` runs (default 2). Nothing
is asserted: timings depend on the machine and on what else runs on it. Results are
printed and written to docs/PERFORMANCE.md.

- text: ``callredact redact-text`` vs stock Presidio (``AnalyzerEngine.analyze`` per turn,
  same spaCy model) on the same generated corpus; 1 vs 2 local workers; a profile of
  where callredact's detector spends its time.
- audio: ``callredact run`` vs bare faster-whisper (per channel, same model and settings)
  followed by stock Presidio on its text; 1 vs 2 local workers; peak RSS.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import json
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
# A start-up-only batch: what every run pays before its first call.
STARTUP_CALLS = 10
MULTI = ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"]


# Runs a command and reports the peak RSS of its largest process (workers included) and
# the CPU seconds of all its processes, measured in a fresh wrapper so one command's
# figures never leak into the next.
_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "sys.stderr.write('\\nPEAK_RSS_KIB=%d CPU_S=%.3f\\n' % "
    "(use.ru_maxrss, use.ru_utime + use.ru_stime))\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Run:
    """One timed command: best wall seconds, its CPU seconds, peak RSS (MiB), stdout."""

    seconds: float
    cpu_s: float
    rss_mib: int
    stdout: str

    @property
    def cores_busy(self) -> float:
        """Average cores kept busy: CPU seconds over wall seconds."""
        return self.cpu_s / self.seconds


def _timed(cmd: list[str], repeats: int) -> Run:
    """The fastest of ``repeats`` runs (other load on a shared machine only ever slows a
    run down), with the largest peak RSS seen."""
    runs = [_timed_once(cmd) for _ in range(max(1, repeats))]
    best = min(runs, key=lambda r: r.seconds)
    return Run(best.seconds, best.cpu_s, max(r.rss_mib for r in runs), best.stdout)


def _timed_once(cmd: list[str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.run([PY, "-c", _RSS_WRAPPER, *cmd], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 2):
        raise SystemExit(
            f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-1500:]}"
        )
    figures = proc.stderr.rsplit("PEAK_RSS_KIB=", 1)[1].split()
    peak_kib, cpu_s = int(figures[0]), float(figures[1].removeprefix("CPU_S="))
    return Run(seconds, cpu_s, peak_kib // 1024, proc.stdout)


def _write_corpus(n_calls: int, path: Path) -> tuple[int, int, int]:
    from pipeline.evaluation.corpus import CorpusConfig, generate_corpus

    calls = generate_corpus(CorpusConfig(n_calls=n_calls, seed=2026))
    turns = chars = 0
    with path.open("w", encoding="utf-8") as out:
        for labelled in calls:
            call = labelled.call
            turns += len(call.turns)
            chars += sum(len(t.text) for t in call.turns)
            out.write(
                json.dumps(
                    {
                        "call_id": call.call_id,
                        "turns": [{"speaker": t.speaker, "text": t.text} for t in call.turns],
                    }
                )
                + "\n"
            )
    return len(calls), turns, chars


def stock_presidio_text(path: str) -> None:
    """Baseline process: stock Presidio, one ``analyze`` per turn."""
    from recognizers.engine import create_stock_analyzer

    analyzer = create_stock_analyzer()
    found = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for turn in json.loads(line)["turns"]:
                found += len(analyzer.analyze(turn["text"], language="en"))
    sys.stdout.write(f"{found}\n")


def bare_whisper_then_presidio(model: str, paths: list[str]) -> None:
    """Baseline process: faster-whisper per channel, then stock Presidio per segment."""
    from faster_whisper import WhisperModel, decode_audio

    from models.whisper_handler import resolve_compute_type
    from models.whisper_provision import resolve_whisper_model
    from pipeline.audio import decode_audio_channels
    from recognizers.engine import create_stock_analyzer

    compute_type = resolve_compute_type("cpu", "auto")  # the project's, so only the rest differs
    whisper = WhisperModel(resolve_whisper_model(model), device="cpu", compute_type=compute_type)
    analyzer = create_stock_analyzer()
    found = 0
    for path in paths:
        stereo = len(decode_audio_channels(path).channels) == 2
        channels = decode_audio(path, split_stereo=True) if stereo else (decode_audio(path),)
        for audio in channels:
            segments, _ = whisper.transcribe(
                audio, language="en", beam_size=5, vad_filter=True, word_timestamps=True
            )
            for segment in segments:
                found += len(analyzer.analyze(segment.text, language="en"))
    sys.stdout.write(f"{found}\n")


def _profile_detector(path: Path, top: int = 12) -> list[tuple[str, float]]:
    """Cumulative seconds per area of the detector (spaCy, normaliser, recognizers…)."""
    from pipeline.transcript_io import parse_transcript_file
    from recognizers.call_analyzer import CallAnalyzer

    calls = list(parse_transcript_file(str(path), path.read_bytes()))
    analyzer = CallAnalyzer.create()
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(0, len(calls), 64):
        analyzer.analyze_calls(calls[i : i + 64])
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_area: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        by_area[_area(filename)] += tottime
    total = sum(by_area.values())
    return [(k, v / total) for k, v in sorted(by_area.items(), key=lambda kv: -kv[1])[:top]]


def _area(filename: str) -> str:
    if filename == "~":
        return "builtins (re engine, str methods)"
    for marker in ("/recognizers/", "/pipeline/", "/models/"):
        if marker in filename:
            return (
                filename.split(marker, 1)[1].replace(".py", "").join([marker.strip("/") + ".", ""])
            )
    for lib in ("spacy", "thinc", "presidio_analyzer", "regex", "phonenumbers", "numpy"):
        if f"/{lib}/" in filename:
            return lib
    return "python/other"


def _redact_text(corpus: Path, out: Path, *beam: str) -> list[str]:
    return [PY, "-m", "pipeline.cli", "redact-text", "--input", str(corpus),
            "--output", str(out), *beam]  # fmt: skip


def text_benchmark(n_calls: int, scaling_calls: int, repeats: int) -> list[str]:
    work = Path(tempfile.mkdtemp(prefix="callredact-bench-"))
    try:
        corpus, big, tiny = work / "calls.jsonl", work / "big.jsonl", work / "tiny.jsonl"
        n, turns, chars = _write_corpus(n_calls, corpus)
        big_n = _write_corpus(scaling_calls, big)[0]
        tiny_n = _write_corpus(STARTUP_CALLS, tiny)[0]
        stock = _timed([PY, "-m", "pipeline.benchmarks", "--stock-text", str(corpus)], repeats)
        ours = _timed(_redact_text(corpus, work / "o1"), repeats)
        one_big = _timed(_redact_text(big, work / "b1"), repeats)
        two_big = _timed(_redact_text(big, work / "b2", *MULTI), repeats)
        one_tiny = _timed(_redact_text(tiny, work / "t1"), repeats)
        two_tiny = _timed(_redact_text(tiny, work / "t2", *MULTI), repeats)
        profile = _profile_detector(corpus)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [
        f"Corpus: {n} generated calls, {turns} turns, {chars} characters "
        "(`pipeline.evaluation.corpus`, seed 2026).",
        "",
        "| text stage (whole process) | seconds | calls/s | turns/s | chars/s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, run in (
        ("stock Presidio, analyze per turn", stock),
        ("callredact redact-text, 1 worker", ours),
    ):
        s = run.seconds
        rows.append(
            f"| {name} | {s:.1f} | {n / s:.1f} | {turns / s:.0f} | {chars / s:.0f} "
            f"| {run.rss_mib} |"
        )
    # Throughput once started: the batch minus the start-up run, per worker count.
    steady_one = (big_n - tiny_n) / (one_big.seconds - one_tiny.seconds)
    steady_two = (big_n - tiny_n) / (two_big.seconds - two_tiny.seconds)
    rows += [
        "",
        f"- callredact vs stock Presidio: **{stock.seconds / ours.seconds:.2f}×** faster "
        "(1 worker, start-up included)",
        "",
        f"Worker scaling (`{' '.join(MULTI)}`), whole process:",
        "",
        "| batch | 1 worker s | 2 workers s | 2 vs 1 | cores busy (1 / 2) "
        "| peak RSS MiB per worker (1 / 2) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for batch, one, two in ((big_n, one_big, two_big), (tiny_n, one_tiny, two_tiny)):
        rows.append(
            f"| {batch} calls | {one.seconds:.1f} | {two.seconds:.1f} "
            f"| **{one.seconds / two.seconds:.2f}×** | {one.cores_busy:.2f} / "
            f"{two.cores_busy:.2f} | {one.rss_mib} / {two.rss_mib} |"
        )
    rows += [
        "",
        f"- Throughput once started ({big_n} minus {tiny_n} calls over the difference in "
        f"time): 1 worker {steady_one:.1f} calls/s, 2 workers {steady_two:.1f} calls/s "
        f"(**{steady_two / steady_one:.2f}×**); start-up: 1 worker {one_tiny.seconds:.1f} s, "
        f"2 workers {two_tiny.seconds:.1f} s.",
        "",
        "Where the detector's time goes (share of profiled self time):",
        "",
        "| area | share |",
        "|---|---:|",
    ]
    rows += [f"| {area} | {share:.0%} |" for area, share in profile]
    return rows


def audio_benchmark(model: str, copies: int, repeats: int) -> list[str]:
    from models.whisper_handler import resolve_compute_type
    from pipeline.audio import decode_audio_channels, is_audio_path

    sources = sorted(p for p in glob.glob(str(ROOT / "samples/audio/*")) if is_audio_path(p))
    work = Path(tempfile.mkdtemp(prefix="callredact-bench-audio-"))
    try:
        paths = []
        for i in range(copies):
            for src in sources:
                dst = work / "in" / f"{Path(src).stem}-{i}{Path(src).suffix}"
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(src, dst)
                paths.append(str(dst))
        audio_s = sum(decode_audio_channels(p).duration for p in paths)
        common = ["--input", str(work / "in" / "*"), "--whisper-model", model, "--language", "en"]
        bare = _timed([PY, "-m", "pipeline.benchmarks", "--bare-audio", model, *paths], repeats)
        one = _timed(
            [PY, "-m", "pipeline.cli", "run", *common, "--output", str(work / "o1")], repeats
        )
        two = _timed(
            [PY, "-m", "pipeline.cli", "run", *common, "--output", str(work / "o2"), *MULTI],
            repeats,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [
        f"Recordings: {len(paths)} sample calls ({audio_s:.0f} s of audio), Whisper `{model}`, "
        f"{resolve_compute_type('cpu', 'auto')} (both paths), beam 5, VAD, word timestamps.",
        "",
        "| audio path (whole process) | seconds | RTF | cores busy | peak RSS MiB |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, run in (
        ("bare faster-whisper per channel + stock Presidio", bare),
        ("callredact run, 1 worker", one),
        ("callredact run, 2 workers", two),
    ):
        rows.append(
            f"| {name} | {run.seconds:.1f} | {run.seconds / audio_s:.3f} "
            f"| {run.cores_busy:.2f} | {run.rss_mib} |"
        )
    rows += [
        "",
        f"- callredact run / baseline wall time: **{one.seconds / bare.seconds:.2f}×**",
        f"- 2 workers vs 1: **{one.seconds / two.seconds:.2f}×** (one worker already keeps "
        f"{one.cores_busy:.2f} of {os.cpu_count()} cores busy)",
    ]
    return rows


NOTES = """## Reading the numbers

- **Why callredact is faster than stock Presidio while finding far more**: spaCy runs
  once per batch of calls (`nlp.pipe`) with only the pipes detection needs, only on
  turns with a word that could be a name or a place (backchannel, digit groups and
  plain-English turns skip it: about 40% of turns), Presidio's other predefined
  recognizers are never loaded, digit recognizers skip turns with no digits after
  normalisation, and patterns that need a cue word skip turns without it.
- **Why `run` beats bare faster-whisper**: each call's channels are decoded once and
  transcribed concurrently (one CTranslate2 worker per channel, this process's cores
  split between them), where the baseline transcribes them one after the other.
- **Two local workers on this 2-core machine**: for text, one worker keeps one core busy
  (detection is single-threaded Python), so a second worker process doubles throughput
  once both are running; each worker pays its own start-up (Beam, spaCy, the recognizers:
  4 to 5 s), and the driver starts its workers only after its own start-up, so two
  workers lose on a handful of calls and win on batches of thousands (both rows above).
  For audio, one worker already keeps most of both cores busy (a call's channels are
  transcribed in parallel), so a second worker has almost no idle core to use and adds
  its own start-up (Whisper, spaCy): on 8 calls it is no faster. With two local workers
  each takes one core and transcribes a call's channels one after the other rather than
  oversubscribing (which matters on bigger machines: N workers never start
  N × channels × cores threads). Local multi-processing pays off with one core per worker;
  on Dataflow/Flink each worker VM brings its own cores (docs/RUNNING_AT_SCALE.md).
- Figures are the best of two runs on a shared machine; re-run `make bench` to compare
  on yours. Nothing here is asserted by the tests."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--scaling-calls", type=int, default=3000, help="batch for 1 vs 2 workers")
    parser.add_argument("--model", default="base")
    parser.add_argument("--audio-copies", type=int, default=2)
    parser.add_argument("--skip-audio", action="store_true")
    parser.add_argument("--repeats", type=int, default=2, help="runs per figure (best)")
    parser.add_argument("--output", default=str(ROOT / "docs" / "PERFORMANCE.md"))
    parser.add_argument("--stock-text", help=argparse.SUPPRESS)
    parser.add_argument("--bare-audio", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stock_text:
        stock_presidio_text(args.stock_text)
        return 0
    if args.bare_audio:
        bare_whisper_then_presidio(args.bare_audio[0], args.bare_audio[1:])
        return 0

    lines = [
        "# Performance",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}. "
        f"Command: `make bench` (`python -m pipeline.benchmarks --calls {args.calls} "
        f"--model {args.model}`).",
        "",
        "## Text stage",
        "",
    ]
    lines += text_benchmark(args.calls, args.scaling_calls, args.repeats)
    if not args.skip_audio:
        lines += ["", "## Audio path", ""]
        lines += audio_benchmark(args.model, args.audio_copies, args.repeats)
    lines += ["", NOTES]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    from pipeline.sinks import write_bytes_atomically

    write_bytes_atomically(args.output, text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
