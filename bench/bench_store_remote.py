"""The remote store path: kg's plain SPARQL 1.1 protocol client against rdflib's SPARQLUpdateStore.

    .venv/bin/python bench/bench_store_remote.py [--events 6000] [--repeat 3]

Two writable ``oxigraph serve`` processes on 127.0.0.1 (fresh directories), the same synthetic batch
(see bench_store.py) written to each, the contenders alternating:

- write: kg's ``RemoteStore.write_graphs`` (N-Triples lines as ``INSERT DATA`` requests of 20,000
  lines) against rdflib's ``SPARQLUpdateStore.addN`` of the same quads as rdflib terms (built before
  the clock starts, which favours rdflib: kg's lines come straight from the records);
- query: ``kg.rdf.sparql`` on a ``RemoteStore`` (SPARQL JSON read by Oxigraph's parser, to a
  DataFrame) against rdflib's ``Graph(SPARQLStore).query`` (its JSON parser, rows to a DataFrame),
  the same text: an aggregate (events per root, 20 rows) and a bulk read (every event, one row each).

Each store is cleared before each write; both servers hold the same number of quads at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import rdflib
from bench_store import synthetic
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from kg.rdf import open_store, sparql
from kg.rdf.build import Run, batch_lines
from kg.rdf.named_queries import load_query
from kg.rdf.namespace import PREFIXES
from kg.rdf.query import bind_values
from kg.rdf.remote import RemoteStore
from kg.rdf.serve import start_server

QUERIES = {
    "events_per_root (aggregate)": bind_values(
        load_query("events_per_root"), {"from": dt.date(1, 1, 1), "to": dt.date(9999, 12, 31)}
    ),
    "graph_events (every event)": load_query("graph_events"),
}


def measure(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds of one run, and what it returned."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-remote-"))
    run = Run(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "bench", "en_core_web_sm", "3.8.0", "3.8")
    try:
        articles, events = synthetic(args.events)
        batch = batch_lines(articles, events, run)
        n_lines = sum(len(lines) for lines in batch.values())
        quads = []
        for graph, lines in batch.items():
            g = rdflib.Graph(identifier=rdflib.URIRef(graph.value))
            g.parse(data="".join(lines), format="nt")
            quads.extend((s, p, o, g) for s, p, o in g)
        print(
            f"data: {len(events)} events, {n_lines:,} lines ({len(quads):,} distinct quads); "
            f"best of {args.repeat}"
        )
        with (
            start_server(tmp / "kg", port=free_port(), writable=True, timeout=600) as kg_srv,
            start_server(tmp / "rdflib", port=free_port(), writable=True, timeout=600) as rl_srv,
        ):
            kg_remote = RemoteStore(kg_srv.url, timeout=600)
            update_store = SPARQLUpdateStore(
                query_endpoint=f"{rl_srv.url}/query", update_endpoint=f"{rl_srv.url}/update", autocommit=True
            )
            update_store.setTimeout(600)

            def kg_write() -> None:
                kg_remote.update("CLEAR ALL")
                kg_remote.write_graphs(batch)

            def rdflib_write() -> None:
                update_store.update("CLEAR ALL")
                update_store.addN(quads)

            writes: dict[str, list[tuple[float, float]]] = {"kg": [], "rdflib": []}
            for _ in range(args.repeat):
                for name, fn in (("kg", kg_write), ("rdflib", rdflib_write)):
                    wall, cpu, _ = measure(fn)
                    writes[name].append((wall, cpu))
            kg_len = len(kg_remote)
            rl_len = len(RemoteStore(rl_srv.url))
            print(f"\nwrite the batch (after CLEAR ALL); quads stored: kg {kg_len:,}, rdflib {rl_len:,}")
            best = {n: (min(w for w, _ in r), min(c for _, c in r)) for n, r in writes.items()}
            for name, (wall, cpu) in best.items():
                print(
                    f"  {name:<8} wall {wall:7.2f} s  client cpu {cpu:6.2f} s   "
                    f"vs kg: wall {wall / best['kg'][0]:5.2f}x  cpu {cpu / best['kg'][1]:5.2f}x"
                )
            if kg_len != rl_len:
                print("  the two stores differ!")
                return 1

            # Both servers now hold the same data; the ontology goes in once for the labels.
            open_store(kg_srv.url).ensure_ontology()
            open_store(rl_srv.url).ensure_ontology()
            kg_read = open_store(kg_srv.url, read_only=True)
            graph = rdflib.Graph(SPARQLStore(f"{rl_srv.url}/query", returnFormat="json"))
            print("\nquery to a DataFrame (the same text; rdflib gets the prefixes as initNs)")
            for label, text in QUERIES.items():

                def kg_query(t: str = text) -> pd.DataFrame:
                    return sparql(kg_read, t)

                def rdflib_query(t: str = text) -> pd.DataFrame:
                    result = graph.query(t, initNs=PREFIXES)
                    names = [str(v) for v in result.vars or []]
                    return pd.DataFrame(
                        [
                            [r[i].toPython() if r[i] is not None else None for i in range(len(names))]
                            for r in result
                        ],
                        columns=names,
                    )

                times: dict[str, list[tuple[float, float]]] = {"kg": [], "rdflib": []}
                sizes = {}
                for _ in range(args.repeat):
                    for name, fn in (("kg", kg_query), ("rdflib", rdflib_query)):
                        wall, cpu, frame = measure(fn)
                        times[name].append((wall, cpu))
                        sizes[name] = len(frame)  # type: ignore[arg-type]
                qb = {n: (min(w for w, _ in r), min(c for _, c in r)) for n, r in times.items()}
                print(f"  {label} ({sizes['kg']} rows kg, {sizes['rdflib']} rows rdflib)")
                for name, (wall, cpu) in qb.items():
                    print(
                        f"    {name:<8} wall {wall:7.3f} s  client cpu {cpu:6.3f} s   "
                        f"vs kg: wall {wall / qb['kg'][0]:5.2f}x  cpu {cpu / qb['kg'][1]:5.2f}x"
                    )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
