"""Bench 1: `kg extract` throughput against bare `nlp.pipe`, same model and texts, in the same run.

Both sides run in this process on the same spaCy pipeline, alternating chunk by chunk (A B, B A, ...)
so load from other processes on the shared cores hits both alike. The `kg extract` side is what the
command does: read the files, parse, extract, and serialise each event as a JSON line.

    .venv/bin/python bench/bench_throughput.py            # 60 articles, about 2 minutes
    .venv/bin/python bench/bench_throughput.py --full     # the 300 corpus articles
Target: kg extract keeps >= 0.90 of bare nlp.pipe's throughput.
"""

from __future__ import annotations

import json
import time

from corpus import corpus_files
from report import machine, parse_args, table

from kg.ingest import read_articles
from kg.nlp import load_nlp
from kg.pipeline import extract
from kg.pipeline.engines import DEFAULT_BATCH

CHUNK = 10
BATCH = DEFAULT_BATCH  # the same batch on both sides


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], subset=60, full=300)
    files = corpus_files(args.articles)
    articles = list(read_articles(files))
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp(None)  # the cached pipeline extract() uses too
    list(nlp.pipe([a.text for a in articles[:3]]))  # warm both paths up
    list(extract(files[:3]))

    wall = {"bare": 0.0, "kg": 0.0}
    cpu = {"bare": 0.0, "kg": 0.0}
    events = 0

    def bare(start: int) -> None:
        for _doc in nlp.pipe([a.text for a in articles[start : start + CHUNK]], batch_size=BATCH):
            pass

    def kg(start: int) -> None:
        nonlocal events
        for event in extract(files[start : start + CHUNK], batch_size=BATCH):
            json.dumps(event.to_dict(), ensure_ascii=False)
            events += 1

    sides = {"bare": bare, "kg": kg}
    for n, start in enumerate(range(0, len(files), CHUNK)):
        order = ("bare", "kg") if n % 2 == 0 else ("kg", "bare")
        for side in order:
            w0, c0 = time.perf_counter(), time.process_time()
            sides[side](start)
            wall[side] += time.perf_counter() - w0
            cpu[side] += time.process_time() - c0

    print(machine())
    rows = []
    for side, label in (("bare", "bare nlp.pipe"), ("kg", "kg extract (read, parse, extract, JSON)")):
        rows.append(
            [
                label,
                f"{wall[side]:.1f}",
                f"{len(files) / wall[side]:.2f}",
                f"{words / wall[side]:.0f}",
                f"{words / cpu[side]:.0f}",
            ]
        )
    table(
        f"kg extract vs bare nlp.pipe: {len(files)} articles, {words} words, {events} events, batch {BATCH}",
        ["run", "wall s", "articles/s", "words/s", "words per CPU-s"],
        rows,
    )
    print(
        f"\nratio kg/bare throughput: wall {wall['bare'] / wall['kg']:.3f}, "
        f"CPU {cpu['bare'] / cpu['kg']:.3f}   (target >= 0.90)"
    )


if __name__ == "__main__":
    main()
