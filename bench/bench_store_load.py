"""Bench 5: the store at 100k events: load through kg's writer, resume checks, queries, build end steps.

Synthetic but realistic events (10 per article, 60 country and sector actors, every CAMEO code,
one mention sentence each) go into a fresh on-disk store the way `kg build` writes them:
`KGStore.add` per batch of 200 articles. Side by side, in the same run: pyoxigraph's own
`Store.extend` and `Store.bulk_load` of the same quads. Then what a build and an analyst do at
that size: the resume check per article, a count, an aggregate and a dyad query in SPARQL, the
build's end steps (kg.ttl export, graph.html), each in its own process, as they were and as they are.

    .venv/bin/python bench/bench_store_load.py           # 20,000 events (about 3 minutes)
    .venv/bin/python bench/bench_store_load.py --full    # 100,000 events (about 15 minutes)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil
import pyoxigraph as ox
from corpus import scratch_dir
from report import machine, table

from kg.coding import load_cameo
from kg.coding.coder import code_action
from kg.datamodel import Actor, ActorRef, Article, Event, Mention
from kg.rdf import open_store
from kg.rdf.build import batch_lines, parse_lines
from kg.rdf.store import new_run

COUNTRIES = (  # fmt: skip
    "USA",
    "RUS",
    "CHN",
    "GBR",
    "FRA",
    "DEU",
    "UKR",
    "POL",
    "TUR",
    "IRN",
    "IRQ",
    "SYR",
    "ISR",
    "PSE",
    "EGY",
    "SAU",
    "YEM",
    "AFG",
    "PAK",
    "IND",
    "JPN",
    "KOR",
    "PRK",
    "TWN",
    "BRA",
    "MEX",
    "CAN",
    "AUS",
    "ITA",
    "ESP",
    "NLD",
    "BEL",
    "SWE",
    "NOR",
    "FIN",
    "DNK",
    "GRC",
    "SRB",
    "HUN",
    "ROU",
    "BLR",
    "GEO",
    "ARM",
    "AZE",
    "KAZ",
    "NGA",
    "ETH",
    "KEN",
    "SDN",
    "LBY",
    "TUN",
    "DZA",
    "MAR",
    "ZAF",
    "VEN",
    "COL",
    "CUB",
    "ARG",
    "CHL",
)


def actors() -> list[Actor]:
    found = [Actor(c, c, "country", country=c, cameo=c) for c in COUNTRIES]
    for sector in ("GOV", "MIL"):
        found += [
            Actor(c + sector, f"{c} {sector}", "sector", country=c, sector=sector) for c in COUNTRIES[:20]
        ]
    return found


def synthetic(n_events: int, per_article: int = 10) -> Iterator[tuple[Article, list[Event]]]:
    rng = random.Random(7)
    pool = actors()
    table_ = load_cameo()
    codes = [c.code for c in table_]
    start = dt.date(2020, 1, 1)
    for a in range(n_events // per_article):
        text = f"Synthetic article {a} for the store benchmark. " * 20
        article = Article(id=f"bench-{a:06d}", text=text, date=start + dt.timedelta(days=a % 1500))
        events = []
        for k in range(per_article):
            source, target = rng.sample(pool, 2)
            sentence = f"Sentence {k} of article {a}: {source.id} acted on {target.id}."
            mention = Mention(article.id, sentence, k, k * 60, k * 60 + 55)
            code = rng.choice(codes)
            action = code_action(table_, code, verb="act", text="acted on")
            event_id = Event.make_id(article.id, mention, source.id, target.id, code)
            events.append(
                Event(
                    event_id,
                    article.id,
                    ActorRef(source, source.id),
                    ActorRef(target, target.id),
                    action,
                    article.date,
                    (mention,),
                    confidence=0.7,
                )  # fmt: skip
            )
        yield article, events


@contextmanager
def peak_rss(into: dict[str, float]) -> Iterator[None]:
    """Sample this process's RSS every 20 ms; store the peak increase over the start in MB."""
    proc = psutil.Process()
    start = proc.memory_info().rss
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], proc.memory_info().rss)
            done.wait(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        into["mb"] = (max(peak[0], proc.memory_info().rss) - start) / 2**20


def timed(rows: list[list[Any]], label: str, fn: Callable[[], Any], repeat: int = 1) -> Any:
    memory: dict[str, float] = {}
    with peak_rss(memory):
        start = time.perf_counter()
        for _ in range(repeat):
            value = fn()
        seconds = (time.perf_counter() - start) / repeat
    rows.append([label, f"{seconds * 1000:.1f}" if seconds < 1 else f"{seconds * 1000:.0f}",
                 f"{memory['mb']:.0f}"])  # fmt: skip
    return value


END_STEP = """
import resource, sys, time
from pathlib import Path
from kg.rdf import open_store
step, location, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
store = open_store(location, read_only=True)
total = store.count_events()
cpu, start = time.process_time(), time.perf_counter()
if step == "baseline":
    what = f"{total} events"
elif step == "ttl-sorted":  # the export as it was: every quad in a Python list, sorted, then written
    import pyoxigraph as ox
    from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH
    from kg.rdf.namespace import PREFIXES
    quads = [q for g in (EVENTS_GRAPH, DERIVED_GRAPH) for q in store.graph_quads(g)]
    quads.sort(key=str)
    ox.serialize([q.triple for q in quads], str(out), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    what = f"{out.stat().st_size / 2**20:.0f} MB"
elif step == "ttl-streamed":
    store.export(out)
    what = f"{out.stat().st_size / 2**20:.0f} MB"
elif step == "html-events":  # graph.html as it was: every event read into NetworkX, then drawn
    from kg.graph import to_networkx
    from kg.viz import render_html
    graph = to_networkx(store)
    render_html(graph, out)
    what = f"{len(graph)} actors, {graph.number_of_edges():,} events, {out.stat().st_size / 2**20:.1f} MB"
elif step == "html-overview":
    from kg.pipeline.build import _write_html
    _write_html(store, out, total, 0, None)  # the overview, whatever the size
    what = f"{out.stat().st_size / 2**20:.1f} MB"
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(seconds, cpu, peak, what, sep="\t")
"""

END_STEPS = {
    "baseline": "baseline: open the store, count events, nothing else",
    "ttl-sorted": "export kg.ttl, before: all quads sorted in Python",
    "ttl-streamed": "export kg.ttl, now: streamed graph by graph",
    "html-events": "graph.html, before: to_networkx + render_html of every event",
    "html-overview": "graph.html, now: overview (busiest actors, pairs counted in SPARQL)",
}


def end_step(step: str, store: Path, out: Path, timeout: float) -> list[Any]:
    """One end step of a build in its own process: wall s, CPU s, the process's peak RSS."""
    label = END_STEPS[step]
    try:
        done = subprocess.run(
            [sys.executable, "-c", END_STEP, step, str(store), str(out)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return [f"{label}: stopped", f"> {timeout:.0f}", "", "?"]
    if done.returncode != 0:
        return [f"{label}: failed ({done.stderr.strip().splitlines()[-1]})", "", "", ""]
    seconds, cpu, peak, what = done.stdout.strip().splitlines()[-1].split("\t")
    out.unlink(missing_ok=True)
    row = [f"{label} ({what})", f"{float(seconds):.1f}", f"{float(cpu):.1f}", f"{float(peak):.0f}"]
    print("  done:", " | ".join(row), flush=True)  # in case a later, slower step is stopped
    return row


def _pyoxigraph_loaders(work: Path, quads: list[ox.Quad], n_events: int, load_rows: list[list[Any]]) -> int:
    """pyoxigraph's own loaders on the same quads, side by side with kg's writer; the quad count."""
    raw = ox.Store(str(work / "raw"))
    start = time.perf_counter()
    for i in range(0, len(quads), 70_000):
        raw.extend(quads[i : i + 70_000])
    seconds = time.perf_counter() - start
    load_rows.append(["pyoxigraph Store.extend, same quads prebuilt, same batches", f"{seconds:.1f}",
                      f"{n_events / seconds:,.0f}"])  # fmt: skip
    fast = ox.Store(str(work / "fast"))
    start = time.perf_counter()
    fast.bulk_extend(quads)
    seconds = time.perf_counter() - start
    load_rows.append(["pyoxigraph Store.bulk_extend (not transactional), same quads", f"{seconds:.1f}",
                      f"{n_events / seconds:,.0f}"])  # fmt: skip
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    bulk = ox.Store(str(work / "bulk"))
    start = time.perf_counter()
    bulk.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - start
    load_rows.append(["pyoxigraph Store.bulk_load, same quads as N-Quads", f"{seconds:.1f}",
                      f"{n_events / seconds:,.0f}"])  # fmt: skip
    del raw, fast, bulk, nquads
    n_quads = len(quads)
    quads.clear()
    return n_quads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--full", action="store_true", default=os.environ.get("KG_BENCH_FULL") == "1")
    parser.add_argument(
        "--no-loaders", action="store_true", help="skip pyoxigraph's own loaders (kg's writer only)"
    )
    parser.add_argument(
        "--steps", default=",".join(END_STEPS), help=f"end steps to time (default: {','.join(END_STEPS)})"
    )
    parser.add_argument("--graph-timeout", type=float, default=300, help="seconds per build end step")
    args = parser.parse_args()
    if args.full:
        args.events = 100_000
    loaders = not args.no_loaders
    print(machine())
    work = scratch_dir("kg-bench-store-")
    run = new_run("bench")
    try:
        store = open_store(work / "kg")
        quads: list[ox.Quad] = []
        batch_articles: list[Article] = []
        batch_events: list[Event] = []
        load_rows: list[list[Any]] = []
        n_events = 0
        load_seconds = 0.0
        articles_kept: list[Article] = []
        for article, events in synthetic(args.events):
            batch_articles.append(article)
            batch_events.extend(events)
            if len(batch_articles) == 200:
                start = time.perf_counter()
                store.add(batch_articles, batch_events, run)
                load_seconds += time.perf_counter() - start
                # the same data as quads, for pyoxigraph's own loaders
                for graph, lines in batch_lines(batch_articles, batch_events, run).items() if loaders else ():
                    quads.extend(parse_lines(lines, graph))
                n_events += len(batch_events)
                articles_kept.append(batch_articles[0])
                batch_articles, batch_events = [], []
        load_rows.append(["kg writer: KGStore.add per 200 articles (SHACL check, then write)",
                          f"{load_seconds:.1f}", f"{n_events / load_seconds:,.0f}"])  # fmt: skip
        n_quads = _pyoxigraph_loaders(work, quads, n_events, load_rows) if loaders else len(store)
        size = sum(f.stat().st_size for f in (work / "kg").rglob("*") if f.is_file())
        table(f"load {n_events:,} events ({n_quads:,} quads; kg store {size / 2**20:.0f} MB on disk)",
              ["loader", "s", "events/s"], load_rows)  # fmt: skip

        from kg.rdf import sparql

        rows: list[list[Any]] = []
        probes = articles_kept[:100]
        unknown = [Article(id=f"new-{i}", text=f"An article not in the store {i}.") for i in range(100)]
        timed(rows, "resume check, stored article (has_article), per call",
              lambda: [store.has_article(a) for a in probes], repeat=1)  # fmt: skip
        rows[-1][1] = f"{float(rows[-1][1]) / len(probes):.2f}"
        timed(rows, "resume check, new article (has_article), per call",
              lambda: [store.has_article(a) for a in unknown], repeat=1)  # fmt: skip
        rows[-1][1] = f"{float(rows[-1][1]) / len(unknown):.2f}"
        count = timed(rows, "count events (count_events)", store.count_events, repeat=3)
        assert count == n_events, (count, n_events)
        timed(rows, "SPARQL: events per CAMEO root (GROUP BY), to DataFrame",
              lambda: sparql(store, "SELECT ?root (COUNT(?e) AS ?n) WHERE { ?e kgo:rootCode ?root } "
                                    "GROUP BY ?root ORDER BY ?root"), repeat=3)  # fmt: skip
        timed(rows, "SPARQL: USA -> RUS events with sentence, to DataFrame",
              lambda: sparql(store, "SELECT ?e ?code ?text WHERE { ?e kgo:source ?a ; kgo:target ?b ; "
                                    "kgo:action ?code ; kgo:mention/kgo:text ?text }",
                             a=ox.NamedNode("https://w3id.org/kgnews/actor/USA"),
                             b=ox.NamedNode("https://w3id.org/kgnews/actor/RUS")), repeat=3)  # fmt: skip
        store.close()
        table(f"queries at {n_events:,} events", ["operation", "ms", "peak RSS increase MB"], rows)
        steps = [end_step(step, work / "kg", work / ("out.html" if "html" in step else "kg.ttl"),
                          args.graph_timeout) for step in args.steps.split(",")]  # fmt: skip
        table(f"build end steps at {n_events:,} events, each in its own process",
              ["step", "wall s", "CPU s", "peak RSS MB (whole process)"], steps)  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
