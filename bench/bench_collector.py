"""Extraction with CPython's default garbage-collector thresholds against the pipeline's (fewer passes).

Articles are parsed once; then both sides extract events from the same Docs in this process,
alternating chunk by chunk (A B, B A, ...), each with its own resolver and coder so neither gains
from the other's memos. One side runs as the library does by default, the other inside
``kg.pipeline.collector.fewer_collections`` as ``kg extract`` and ``kg build`` do. Prints the CPU of
each, the collector's passes and time, their ratio, and whether the events are identical.

    .venv/bin/python bench/bench_collector.py            # 100 articles
    .venv/bin/python bench/bench_collector.py --full     # the 300 corpus articles
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

from corpus import corpus_files
from report import machine, parse_args, table

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.extract import extract_events
from kg.ingest import read_articles
from kg.nlp import load_nlp, parse_articles
from kg.pipeline.collector import fewer_collections

CHUNK = 10


class _Passes:
    """Collector passes and the wall time they took, counted through ``gc.callbacks``."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._start = 0.0
        self.counting = False

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if not self.counting:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.seconds += time.perf_counter() - self._start


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], subset=100, full=300)
    files = corpus_files(args.articles)
    articles = list(read_articles(files, dedup=False))
    nlp = load_nlp(None)
    docs = [doc for _, doc in parse_articles(nlp, articles, batch_size=8)]
    settings: dict[str, Callable[[], contextlib.AbstractContextManager[None]]] = {
        "default thresholds": contextlib.nullcontext,
        "fewer_collections": fewer_collections,
    }
    tools = {side: (Resolver(), CameoCoder()) for side in settings}
    passes = {side: _Passes() for side in settings}
    cpu = dict.fromkeys(settings, 0.0)
    out: dict[str, list[str]] = {side: [] for side in settings}

    def run(side: str, start: int) -> Iterator[str]:
        resolver, coder = tools[side]
        for article, doc in zip(articles[start : start + CHUNK], docs[start : start + CHUNK], strict=True):
            for event in extract_events(doc, article, resolver=resolver, coder=coder):
                yield json.dumps(event.to_dict(), ensure_ascii=False)

    for side in settings:  # warm up: the tables both sides share
        list(run(side, 0))
        tools[side] = (Resolver(), CameoCoder())
    for n, start in enumerate(range(0, len(docs), CHUNK)):
        for side in list(settings) if n % 2 == 0 else list(reversed(settings)):
            counter = passes[side]
            gc.callbacks.append(counter)
            counter.counting = True
            c0 = time.process_time()
            with settings[side]():
                out[side].extend(run(side, start))
            cpu[side] += time.process_time() - c0
            counter.counting = False
            gc.callbacks.remove(counter)

    print(machine())
    table(
        f"extraction alone over {len(docs)} parsed articles, chunks of {CHUNK}",
        ["collector", "CPU s", "passes", "collector s", "events"],
        [
            [side, f"{cpu[side]:.2f}", str(p.count), f"{p.seconds:.2f}", str(len(out[side]))]
            for side, p in passes.items()
        ],
    )
    fewer, default = cpu["fewer_collections"], cpu["default thresholds"]
    print(f"\nratio fewer_collections / default: CPU {fewer / default:.3f}")
    print(f"identical events: {out['fewer_collections'] == out['default thresholds']}")


if __name__ == "__main__":
    main()
