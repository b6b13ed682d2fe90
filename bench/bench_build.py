"""Bench 4: `kg build` of the corpus end to end: articles/s, where the time goes, ratio to bare nlp.pipe.

In one process: bare `nlp.pipe` over half the texts, then `build_graph` (read, skip check, parse,
extract, store, events.jsonl, kg.ttl, graph.html) over all of them into a fresh directory, then
bare `nlp.pipe` over the other half, so the bare figure brackets the build in time. The model is
loaded before either side (the CLI's start-up, about 3 s, is shown on its own row).

    .venv/bin/python bench/bench_build.py              # 60 articles, about 3 minutes
    .venv/bin/python bench/bench_build.py --full       # the 300 corpus articles
    .venv/bin/python bench/bench_build.py --workers 2  # the build with 2 extraction processes
Target: the build keeps >= 0.80 of bare nlp.pipe's throughput.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import corpus_files, scratch_dir
from report import machine, table

from kg.ingest import read_articles
from kg.nlp import load_nlp
from kg.pipeline import build_graph
from kg.pipeline.engines import DEFAULT_BATCH


def startup_seconds() -> float:
    """Wall time of `kg build` on an empty input: interpreter, imports and model load."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in").mkdir()
        (Path(tmp) / "in" / "a.txt").write_text("Nothing happens here.\n", encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(Path(tmp) / "in"), "--out", str(Path(tmp) / "out")],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--full", action="store_true", default=os.environ.get("KG_BENCH_FULL") == "1")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    files = corpus_files(300 if args.full else args.articles)
    texts = [a.text for a in read_articles(files)]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(None)  # the cached pipeline build_graph uses too
    list(nlp.pipe(texts[:2]))

    def bare(part: list[str]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(part, batch_size=DEFAULT_BATCH):
            pass
        return time.perf_counter() - wall, time.process_time() - cpu

    out = scratch_dir("kg-bench-build-")
    try:
        bare_seconds, bare_cpu = bare(texts[0::2])
        started, cpu = time.perf_counter(), time.process_time()
        result = build_graph(files, out, workers=args.workers)
        build_seconds, build_cpu = time.perf_counter() - started, time.process_time() - cpu
        second = bare(texts[1::2])
        bare_seconds, bare_cpu = bare_seconds + second[0], bare_cpu + second[1]
        size = sum(f.stat().st_size for f in (out / "store").rglob("*") if f.is_file())
    finally:
        shutil.rmtree(out, ignore_errors=True)
    startup = startup_seconds()

    print(machine())
    n = len(files)
    table(
        f"kg build of {n} corpus articles ({words} words), --workers {args.workers}, batch {DEFAULT_BATCH}",
        ["run", "wall s", "articles/s", "words/s", "CPU s (this process)"],
        [
            [
                "bare nlp.pipe (same texts, same model)",
                f"{bare_seconds:.1f}",
                f"{n / bare_seconds:.2f}",
                f"{words / bare_seconds:.0f}",
                f"{bare_cpu:.1f}",
            ],
            [
                "kg build (build_graph, model loaded)",
                f"{build_seconds:.1f}",
                f"{n / build_seconds:.2f}",
                f"{words / build_seconds:.0f}",
                f"{build_cpu:.1f}",
            ],
            ["kg CLI start-up (imports, model load)", f"{startup:.1f}", "", "", ""],
        ],
    )
    rows = []
    for stage, seconds in sorted(result.timings.items(), key=lambda kv: -kv[1]):
        share = "" if stage.startswith("worker ") else f"{100 * seconds / result.seconds:.1f}%"
        rows.append([stage, f"{seconds:.2f}", share])
    table(
        "where the time goes (this process; 'worker' rows: summed over workers)",
        ["stage", "s", "share"],
        rows,
    )
    print(
        f"\n{result.articles_read} articles, {result.events_added} events, "
        f"store {size / 2**20:.1f} MB on disk"
        f"\nratio build/bare throughput: wall {bare_seconds / build_seconds:.3f}, "
        f"CPU {bare_cpu / build_cpu:.3f}   (target >= 0.80; CPU is for 1 worker only)"
        f"\nwith CLI start-up: {bare_seconds / (build_seconds + startup):.3f}"
    )


if __name__ == "__main__":
    main()
