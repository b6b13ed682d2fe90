"""Bench 3: peak memory of `kg extract` and `kg build` on the corpus replicated 10x against 1x.

Each run is a separate `kg` subprocess. Peak RSS is the kernel's own figure for that process
(`os.wait4` rusage, ru_maxrss: the largest process of the run) and, sampled every 0.1 s with
psutil, the largest sum over the process and its children. Copies get a line of their own
("Benchmark copy N.") so `kg build` stores them instead of skipping them as already stored.

    .venv/bin/python bench/bench_memory.py                 # 30 articles: 1x = 30, 10x = 300 (~5 min)
    .venv/bin/python bench/bench_memory.py --full          # 300 articles: 1x = 300, 10x = 3000 (long)
    .venv/bin/python bench/bench_memory.py --commands extract --workers 2
Target: peak RSS at 10x <= 1.2x of 1x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time

import psutil
from corpus import corpus_files, replicate, scratch_dir
from report import machine, table

KG = [sys.executable, "-m", "kg"]


def measure(command: list[str]) -> tuple[float, float, float]:
    """Run ``command``; return (ru_maxrss MB, peak tree RSS MB, seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    tree_peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            rss = parent.memory_info().rss
            rss += sum(child.memory_info().rss for child in parent.children(recursive=True))
            tree_peak = max(tree_peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.stderr is not None
    errors = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{errors[-2000:]}")
    return usage.ru_maxrss / 1024, tree_peak / 2**20, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--full", action="store_true", default=os.environ.get("KG_BENCH_FULL") == "1")
    parser.add_argument("--commands", default="extract,build", help="extract, build, or both")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--scales", default="1,10")
    args = parser.parse_args()
    base = 300 if args.full else args.articles
    files = corpus_files(base)
    scales = [int(s) for s in args.scales.split(",")]
    print(machine())
    rows = []
    work = scratch_dir("kg-bench-memory-")
    try:
        for scale in scales:
            replicate(files, scale, work / f"x{scale}", distinct=True)
        peaks: dict[tuple[str, int], float] = {}
        for command in args.commands.split(","):
            for scale in scales:
                corpus = work / f"x{scale}"
                if command == "extract":
                    argv = [*KG, "extract", str(corpus), "--format", "jsonl"]
                else:
                    out = work / f"out-{scale}"
                    argv = [*KG, "build", str(corpus), "--out", str(out), "--no-html"]
                    argv += ["--workers", str(args.workers)]
                    shutil.rmtree(out, ignore_errors=True)
                if command == "extract" and args.workers > 1:
                    print("(kg extract has no --workers option: its rows run in one process)")
                maxrss, tree, seconds = measure(argv)
                peaks[(command, scale)] = tree
                n = len(files) * scale
                rows.append(
                    [f"kg {command}", f"{scale}x", n, f"{seconds:.0f}", f"{maxrss:.0f}", f"{tree:.0f}"]
                )
        table(
            f"peak memory, corpus {len(files)} articles replicated "
            f"(build: --workers {args.workers}, --no-html)",
            ["command", "scale", "articles", "wall s", "peak RSS MB (ru_maxrss)", "peak tree RSS MB"],
            rows,
        )
        print()
        for command in args.commands.split(","):
            low, high = peaks[(command, min(scales))], peaks[(command, max(scales))]
            print(
                f"kg {command}: tree peak {max(scales)}x / {min(scales)}x = {high / low:.3f}"
                "   (target <= 1.2)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
