"""Benchmark: resolve 10,000 actor mentions after the index is loaded, against a plain dict lookup.

Usage:
    python bench/bench_actors.py [N]

Prints the index load time (cold build, then from the cache file) and, for N mentions (default
10,000) drawn from a fixed mix of countries, sectors, titles with names, organisations, people,
places and unknown phrases: the time of ``Resolver.resolve``, the time of a dict lookup of the same
strings (the floor any resolver has to pay), and their ratio. Target: under one second.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time

MENTIONS = [
    "Russia", "the Kremlin", "Russian troops", "Turkish officials", "NATO", "the United Nations", "Kyiv",
    "US Deputy Secretary of State Wendy Sherman", "Sherman", "Chinese warplanes", "the European Union",
    "Iranian foreign minister Abbas Araghchi", "Hezbollah fighters", "Islamic State militants", "Moscow's",
    "French President Emmanuel Macron", "the Pentagon", "Ukrainian forces", "Syrian rebels", "the weather",
    "prices", "Brussels", "the alliance", "a group of farmers", "Nigerian police", "the Taliban",
    "German Chancellor Olaf Scholz", "Sydney", "Indian lawmakers", "the Ruritanian Liberation Front",
    "protesters in Tbilisi", "Kenyan Foreign Minister Jane Doe", "officials", "Beijing",
    "UN Security Council",
]  # fmt: skip


def main(n: int = 10_000) -> None:
    os.environ.setdefault("KG_CACHE_DIR", tempfile.mkdtemp(prefix="kg-bench-"))
    from kg.actors import Resolver
    from kg.actors.cache import cache_path, load_gazetteer
    from kg.actors.gazetteer import build_gazetteer

    t0 = time.perf_counter()
    build_gazetteer()
    build = time.perf_counter() - t0
    load_gazetteer.cache_clear()
    load_gazetteer()  # writes the cache if missing
    load_gazetteer.cache_clear()
    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    cached = time.perf_counter() - t0
    print(f"index: built in {build:.2f} s; read from cache {cache_path().name} in {cached:.3f} s")

    rng = random.Random(13)
    mentions = [rng.choice(MENTIONS) for _ in range(n)]
    day = dt.date(2022, 1, 13)
    resolver = Resolver(gazetteer)
    table = {m: m.lower() for m in MENTIONS}

    t0 = time.perf_counter()
    baseline = [table.get(m) for m in mentions]
    base_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    found = [resolver.resolve(m, date=day, context="NATO and Russia held talks.") for m in mentions]
    kg_time = time.perf_counter() - t0

    resolved = sum(1 for a in found if a is not None and a.resolved)
    assert len(baseline) == len(found)
    print(f"{n} mentions: kg resolve {kg_time:.3f} s ({1e6 * kg_time / n:.1f} µs each, {resolved} resolved)")
    print(f"{n} mentions: dict lookup {base_time:.4f} s")
    print(f"ratio kg/dict: {kg_time / base_time:.0f}x; target < 1 s: {'met' if kg_time < 1 else 'NOT met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
