"""Bench 2: extraction with 1 worker against 2 worker processes, same articles, in the same run.

Each run is `kg.pipeline.extract(files, workers=N)` from start to finish, worker start-up and
model loading included (that is what a user waits for); runs go 1, 2, 2, 1 so a change in the
machine's load during the run hits both sides alike. The cores are shared: the load average is
printed before and after, read the ratio with it.

    .venv/bin/python bench/bench_workers.py            # 40 articles, about 3 minutes
    .venv/bin/python bench/bench_workers.py --full     # the 300 corpus articles
"""

from __future__ import annotations

import os
import resource
import time

from corpus import corpus_files
from report import machine, parse_args, table

from kg.nlp import load_nlp
from kg.pipeline import extract


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(files: list, workers: int) -> tuple[float, float, list[str]]:
    start, cpu = time.perf_counter(), cpu_seconds()
    ids = [e.event_id for e in extract(files, workers=workers)]
    return time.perf_counter() - start, cpu_seconds() - cpu, ids


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], subset=40, full=300)
    files = corpus_files(args.articles)
    half = files[: len(files) // 2], files[len(files) // 2 :]
    print(machine())
    load_nlp(None)  # the 1-worker runs reuse this process's model, as `kg build` does after loading it
    seconds = {1: 0.0, 2: 0.0}
    cpu = {1: 0.0, 2: 0.0}
    ids: dict[int, list[str]] = {1: [], 2: []}
    for part, order in zip(half, ((1, 2), (2, 1)), strict=True):
        for workers in order:
            took, used, found = run(part, workers)
            seconds[workers] += took
            cpu[workers] += used
            ids[workers] += found
    same = "yes" if ids[1] == ids[2] else "NO"
    rows = [
        [
            f"{w} worker{'s' if w > 1 else ''}",
            f"{seconds[w]:.1f}",
            f"{len(files) / seconds[w]:.2f}",
            f"{cpu[w]:.1f}",
            len(ids[w]),
        ]
        for w in (1, 2)
    ]
    table(
        f"1 worker vs 2: {len(files)} articles (two halves, order 1 2 | 2 1), same events: {same}",
        ["run", "wall s", "articles/s", "CPU s (all processes)", "events"],
        rows,
    )
    print(f"\nspeed-up with 2 workers: {seconds[1] / seconds[2]:.2f}x   load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
