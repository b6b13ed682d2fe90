"""Benchmark the kg store against pyoxigraph and rdflib, side by side in one run, on ~1M triples.

    .venv/bin/python bench/bench_store.py [--events 38000] [--repeat 3] [--no-rdflib] [--rdflib-both]

Targets (issue 5):
- kg's bulk load (records → N-Triples lines per graph, checked or not → Oxigraph's bulk loader)
  within 1.5x of pyoxigraph's own ``bulk_load`` of the same triples as N-Triples;
- named queries through ``kg.rdf.run_named`` (bindings, DataFrame) within 1.5x of the same SPARQL text
  run directly on pyoxigraph, and at least 20x faster than rdflib's Memory store on the aggregate ones
  (rdflib runs the plain shape of ``tests/rdf/reference_queries``, its faster one: with
  ``--rdflib-both`` also the packaged text, 10-20x slower on rdflib). The plain shapes also run
  directly on pyoxigraph, to show what the packaged shapes gain.
Also measured: the SHACL check (kg's checker vs pySHACL on the same slice) and ``import_file``.
The data are synthetic events (invented actors, sentences and dates), the same for every contender.
Each timing is the best of ``--repeat`` runs, the contenders alternating, so machine load hits both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.coding import load_cameo
from kg.datamodel import Action, Actor, ActorRef, Article, Event, Mention
from kg.rdf import open_store, run_named
from kg.rdf.build import EVENTS_GRAPH, Run, batch_lines
from kg.rdf.named_queries import named_query
from kg.rdf.namespace import PREFIXES
from kg.rdf.ontology import ontology_text
from kg.rdf.query import bind_values
from kg.rdf.validate import check_lines

AGGREGATE = ("events_per_root", "most_hostile", "cooperation_network")
#: The named queries in their plain shape, which the tests prove give the same rows.
REFERENCE = Path(__file__).resolve().parents[1] / "tests" / "rdf" / "reference_queries"
PARAMS: dict[str, dict[str, str]] = {
    "events_between": {"a": "C007", "b": "C013"},
    "dyad_timeline": {"a": "C007", "b": "C013"},
    "most_hostile": {"from": "2017-01-01", "to": "2018-12-31"},
    "cooperation_network": {"min": "3"},
    "events_per_root": {},
    "second_order": {"actor": "C007"},
}


def synthetic(n_events: int, seed: int = 7) -> tuple[list[Article], list[Event]]:
    """Invented events between 120 countries, their governments and militaries, and 40 organisations."""
    rng = random.Random(seed)
    codes = list(load_cameo())
    countries = [
        Actor(f"C{i:03d}", f"Country {i}", "country", country=f"C{i:03d}", cameo=f"C{i:03d}")
        for i in range(120)
    ]
    sectors = [
        Actor(f"{c.id}{s}", f"{c.label} {s}", "sector", country=c.id, sector=s, cameo=f"{c.id}{s}")
        for c in countries
        for s in ("GOV", "MIL")
    ]
    orgs = [Actor(f"ORG{i:02d}", f"Organisation {i}", "organization", cameo=f"IGO{i:02d}") for i in range(40)]
    actors = countries + sectors + orgs
    weights = [3.0] * len(countries) + [1.0] * len(sectors) + [1.5] * len(orgs)
    articles, events = [], []
    per_article = 12
    for a in range(n_events // per_article):
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(8 * 365))
        art = Article(
            id=f"bench-{a}",
            text=f"Synthetic article {a}.",
            title=f"Synthetic article {a}",
            date=date,
            source=f"bench/{a}.txt",
            url=f"https://example.org/bench/{a}",
        )
        articles.append(art)
        for j in range(per_article):
            s, t = rng.choices(actors, weights, k=2)
            if s.id == t.id:
                t = actors[(actors.index(s) + 1) % len(actors)]
            c = rng.choice(codes)
            sentence = f"Synthetic sentence {j} of article {a}: {s.label} and {t.label} ({c.label.lower()})."
            m = Mention(art.id, sentence, j, j * 120, j * 120 + len(sentence))
            action = Action("verb", "verbed", c.code, c.root, c.label, None, c.quad_class, c.goldstein)
            events.append(
                Event(
                    event_id=Event.make_id(art.id, m, s.id, t.id, c.code),
                    article_id=art.id,
                    source=ActorRef(s, s.label),
                    target=ActorRef(t, t.label),
                    action=action,
                    date=date,
                    mentions=(m,),
                    negated=rng.random() < 0.05,
                    modality="asserted" if rng.random() < 0.9 else "hypothetical",
                    confidence=round(rng.uniform(0.3, 1.0), 2),
                )
            )
    return articles, events


def best(fn: Callable[[], object], repeat: int) -> float:
    """Best wall-clock time of ``repeat`` runs."""
    return min(measure(fn)[0] for _ in range(repeat))


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def side_by_side(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Best (wall, CPU) times of a and b, run alternately."""
    ra, rb = [], []
    for _ in range(repeat):
        ra.append(measure(a))
        rb.append(measure(b))
    return (min(w for w, _ in ra), min(c for _, c in ra)), (min(w for w, _ in rb), min(c for _, c in rb))


def line(label: str, kg: tuple[float, float], ref: tuple[float, float], target: float) -> None:
    ok = "OK" if kg[1] <= target * ref[1] else "MISSED"
    print(
        f"  {label:<34} kg wall {kg[0]:7.3f} s cpu {kg[1]:7.3f} s   "
        f"direct wall {ref[0]:7.3f} s cpu {ref[1]:7.3f} s"
        f"   ratio wall {kg[0] / ref[0]:5.2f}x cpu {kg[1] / ref[1]:5.2f}x   <= {target}x (cpu) {ok}"
    )


def queries(
    args: argparse.Namespace, tmp: Path, articles: list[Article], events: list[Event], run: Run, nt: Path
) -> int:
    """Named queries against pyoxigraph directly and rdflib's Memory store; prints one line each."""
    # ---------------------------------------------------------------- named queries
    print("\nnamed queries (kg: bindings + DataFrame; direct: the same SPARQL text on pyoxigraph)")
    kg_store = open_store(tmp / "kgq")
    kg_store.add(articles, events, run)
    direct = kg_store.store
    texts, plain = {}, {}
    for name, params in PARAMS.items():
        q = named_query(name)
        bindings = {p.name: p.term(params.get(p.name, p.default or "")) for p in q.params}
        texts[name] = bind_values(q.text, bindings)
        plain[name] = bind_values((REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), bindings)

    def run_direct(text: str) -> Callable[[], object]:
        def go() -> object:
            result = direct.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
            return [tuple(t.value if t is not None else None for t in row) for row in result]

        return go

    query_times = {}
    for name, params in PARAMS.items():  # warm up: imports, caches, pandas
        run_named(kg_store, name, **params)
        run_direct(texts[name])()
    for name, params in PARAMS.items():
        kq, dq = side_by_side(
            lambda n=name, p=params: run_named(kg_store, n, **p), run_direct(texts[name]), args.repeat
        )
        rows = len(run_named(kg_store, name, **params))
        query_times[name] = kq[1]
        line(f"{name} ({rows} rows)", kq, dq, 1.5)
    print("\nthe same queries in their plain shape (tests/rdf/reference_queries), directly on pyoxigraph")
    for name in PARAMS:
        pq = measure(run_direct(plain[name]))
        print(
            f"  {name:<34} plain shape cpu {pq[1]:7.3f} s   packaged shape through kg cpu "
            f"{query_times[name]:7.3f} s   packaged {pq[1] / query_times[name]:6.1f}x faster"
        )

    # ---------------------------------------------------------------- rdflib Memory
    if not args.no_rdflib:
        import rdflib
        from rdflib.plugins.sparql import prepareQuery

        print(
            "\nrdflib Memory store, aggregate named queries in the plain shape (rdflib's faster one; "
            "--rdflib-both adds the packaged text)"
        )
        start = time.perf_counter()
        memory = rdflib.Graph(store="Memory")
        memory.parse(str(nt), format="nt")
        memory.parse(data=ontology_text("kg.ttl"), format="turtle")
        memory.parse(data=ontology_text("cameo.ttl"), format="turtle")
        print(f"  rdflib load of same.nt: {time.perf_counter() - start:.1f} s")
        for name in AGGREGATE:
            shapes = {}
            for shape, text in (("packaged", texts[name]), ("plain", plain[name])):
                if shape == "packaged" and not args.rdflib_both:
                    continue
                prepared = prepareQuery(text, initNs=PREFIXES)
                shapes[shape] = measure(lambda p=prepared: list(memory.query(p)))[1]
            rt = min(shapes.values())
            packaged = f"{shapes['packaged']:7.2f} s" if "packaged" in shapes else "(skipped)"
            ratio = rt / query_times[name]
            print(
                f"  {name:<22} rdflib cpu packaged {packaged} "
                f"plain {shapes['plain']:7.2f} s   "
                f"kg cpu {query_times[name]:7.3f} s   kg faster {ratio:6.1f}x   "
                f">= 20x {'OK' if ratio >= 20 else 'MISSED'}"
            )
    kg_store.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=38_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-rdflib", action="store_true", help="skip the (slow) rdflib Memory store part")
    parser.add_argument(
        "--rdflib-both",
        action="store_true",
        help="also run the packaged shapes on rdflib (10-20x slower there than the plain shapes)",
    )
    parser.add_argument("--no-queries", action="store_true", help="only the bulk load and the SHACL check")
    parser.add_argument("--no-bulk", action="store_true", help="skip the bulk load and the SHACL check")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    run = Run(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "bench", "en_core_web_sm", "3.8.0", "3.8")
    try:
        articles, events = synthetic(args.events)
        batch = batch_lines(articles, events, run)
        lines = batch[EVENTS_GRAPH]
        nt = tmp / "same.nt"
        reference = ox.Store()
        for graph, graph_lines in batch.items():
            reference.bulk_load("".join(graph_lines).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        ox.serialize([q.triple for q in reference], str(nt), format=ox.RdfFormat.N_TRIPLES)
        n_triples = len(reference)
        del reference
        print(
            f"data: {len(articles)} articles, {len(events)} events, {n_triples:,} triples "
            f"({nt.stat().st_size / 1e6:.0f} MB of N-Triples); best of {args.repeat}, alternating\n"
        )

        # ---------------------------------------------------------------- bulk load
        if args.no_bulk:
            return queries(args, tmp, articles, events, run, nt)
        print(
            "bulk load into a store directory "
            "(kg: records -> N-Triples per graph -> store, derived graph included)"
        )
        counter = iter(range(10_000))

        def in_dir(load: Callable[[Path], None]) -> Callable[[], tuple[float, float]]:
            """Time a load into a fresh directory (wall and CPU seconds), then delete the directory."""

            def go() -> tuple[float, float]:
                folder = tmp / f"store{next(counter)}"
                gc.collect()
                wall, cpu = time.perf_counter(), time.process_time()
                load(folder)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                shutil.rmtree(folder, ignore_errors=True)
                return wall, cpu

            return go

        def ox_load(graph: ox.NamedNode | None) -> Callable[[Path], None]:
            def load(folder: Path) -> None:
                store = ox.Store(str(folder))
                store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
                store.flush()

            return load

        def kg_add(validate: bool) -> Callable[[Path], None]:
            def load(folder: Path) -> None:
                with open_store(folder) as store:
                    store.add(articles, events, run, validate=validate)

            return load

        contenders = {
            "pyoxigraph bulk_load(same.nt), default graph": in_dir(ox_load(None)),
            "pyoxigraph bulk_load(same.nt, to_graph=events)": in_dir(ox_load(EVENTS_GRAPH)),
            "KGStore.add, no SHACL check": in_dir(kg_add(False)),
            "KGStore.add with the SHACL check": in_dir(kg_add(True)),
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
        for _ in range(args.repeat):
            for name, fn in contenders.items():
                results[name].append(fn())
        timing = {name: (min(w for w, _ in r), min(c for _, c in r)) for name, r in results.items()}
        ref_default = timing["pyoxigraph bulk_load(same.nt), default graph"]
        ref_graph = timing["pyoxigraph bulk_load(same.nt, to_graph=events)"]
        for name, (wall, cpu) in timing.items():
            print(
                f"  {name:<48} wall {wall:7.2f} s  cpu {cpu:7.2f} s   "
                f"vs default graph {wall / ref_default[0]:5.2f}x wall {cpu / ref_default[1]:5.2f}x cpu   "
                f"vs named graph {wall / ref_graph[0]:5.2f}x wall {cpu / ref_graph[1]:5.2f}x cpu"
            )
        ox_t = ref_default[0]
        kg_wall = timing["KGStore.add, no SHACL check"][0]
        print(
            f"  target <= 1.5x pyoxigraph's bulk_load: {kg_wall / ref_default[0]:.2f}x (default graph), "
            f"{kg_wall / ref_graph[0]:.2f}x (same named graph)"
        )

        def import_nt(folder: Path) -> None:
            with open_store(folder) as store:
                store.import_file(nt)

        wall, cpu = in_dir(import_nt)()
        print(f"  KGStore.import_file(same.nt), checked: wall {wall:.2f} s  cpu {cpu:.2f} s (once)")

        # ---------------------------------------------------------------- SHACL check
        print("\nSHACL check of a batch")
        check_t = best(lambda: check_lines(lines), args.repeat)
        print(
            f"  kg checker on the whole batch ({len(lines):,} lines): {check_t:.3f} s "
            f"= {check_t / ox_t:.2f}x pyoxigraph's bulk_load of it"
        )
        slice_lines = batch_lines(articles[:25], events[: 25 * 12], run)[EVENTS_GRAPH]
        try:
            import rdflib
            from pyshacl import validate

            graph = rdflib.Graph().parse(
                data="".join(
                    f"{q.triple} .\n"
                    for q in ox.parse("".join(slice_lines).encode(), format=ox.RdfFormat.N_TRIPLES)
                ),
                format="nt",
            )
            graph.parse(data=ontology_text("kg.ttl"), format="turtle")
            graph.parse(data=ontology_text("cameo.ttl"), format="turtle")
            shapes = rdflib.Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
            kg_slice = best(lambda: check_lines(slice_lines), args.repeat)
            shacl_t = best(lambda: validate(graph, shacl_graph=shapes, inference="none"), 1)
            print(
                f"  slice of {len(slice_lines):,} lines: kg {kg_slice * 1000:.1f} ms, "
                f"pySHACL {shacl_t * 1000:.0f} ms "
                f"({shacl_t / kg_slice:.0f}x slower)"
            )
        except ImportError:
            print("  pySHACL not installed (dev extra): skipped")

        if args.no_queries:
            return 0
        return queries(args, tmp, articles, events, run, nt)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
