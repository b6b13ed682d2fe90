"""Benchmark `kg viz` on a 2,000-actor / 10,000-event store, against baselines in the same run.

    .venv/bin/python bench/bench_viz.py [--actors 2000] [--events 10000] [--repeat 3] [--keep DIR [--reuse]]

Builds a synthetic store (skewed: a few actors take part in most events, as in news), then times:
  * `kg viz --store DIR --out FILE` as a subprocess (what a user waits for; interpreter start included);
  * the same work in process, phase by phase, as the CLI does it (SPARQL read, nodes and event
    edges without NetworkX, layout + HTML, write);
  * baselines on the same data: pyoxigraph alone running the same queries, NetworkX building the
    MultiDiGraph from the same rows, and pyvis writing the same nodes and pair edges with none of
    kg's work (no layout, tooltips, legend); and their sum, bare pyoxigraph + bare pyvis, as the
    same-run yardstick for the whole command;
  * the page in headless Chromium (/usr/bin/chromium through Playwright): load until drawn.
Targets (issue 6): `kg viz` under 2 s; the page rendered within 15 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def synthetic(n_actors: int, n_events: int, seed: int = 7) -> tuple[list[Any], list[Any]]:
    """Articles and events among ``n_actors`` actors (power-law-ish participation), all actors used."""
    from kg.coding import load_cameo
    from kg.datamodel import Action, Actor, ActorRef, Article, Event, Mention

    rnd = random.Random(seed)
    codes = [c for c in load_cameo() if len(c.code) == 3]
    kinds = ("country", "organization", "group", "unresolved")
    actors = [Actor(f"X{i:04d}", f"Actor {i}", kinds[i % len(kinds)]) for i in range(n_actors)]
    weights = [1 / (i + 1) ** 0.9 for i in range(n_actors)]
    start = dt.date(2022, 1, 1)
    articles = [
        Article(f"bench{i:05d}", f"Benchmark article {i}.", title=f"Benchmark article {i}", date=start)
        for i in range(max(1, n_events // 10))
    ]
    events = []
    for k in range(n_events):
        source = actors[k] if k < n_actors else rnd.choices(actors, weights)[0]
        target = rnd.choices(actors, weights)[0]
        if target is source:
            target = actors[(actors.index(source) + 1) % n_actors]
        code = rnd.choice(codes)
        article = articles[k % len(articles)]
        mention = Mention(
            article.id, f"Sentence {k}: {source.label} & <{target.label}> met.", k % 40, k, k + 9
        )
        action = Action(
            "act", "acted", code.code, code.root, code.label, None, code.quad_class, code.goldstein
        )
        events.append(
            Event(
                f"bench{k:06d}",
                article.id,
                ActorRef(source, source.label),
                ActorRef(target, target.label),
                action,
                start + dt.timedelta(days=k % 365),
                (mention,),
                confidence=0.7,
            )
        )
    return articles, events


# What `kg viz` imports to do its work (no networkx; a store directory is read without kg.rdf).
VIZ_IMPORTS = "import kg.cli, kg.cli.viz, kg.graph.parts, kg.viz.html, pyoxigraph, numpy, jinja2"
GRAPH_QUERIES = ("graph_events", "graph_mentions", "graph_actions", "graph_articles", "graph_actors")
CPU_SECONDS: list[float] = []  # CPU seconds (own + children) of each best() call's fastest run


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The fastest of ``repeat`` runs (wall seconds) and the last result; its CPU time goes to CPU_SECONDS."""
    import resource

    times, cpus, result = [], [], None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        c, t = time.process_time(), time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        cpus.append(time.process_time() - c + child)
    CPU_SECONDS.append(cpus[times.index(min(times))])
    return min(times), result


def pyvis_baseline(graph: Any, path: Path) -> None:
    """pyvis alone: the same actors and one edge per pair, written with defaults, nothing else."""
    from pyvis.network import Network

    net = Network(height="760px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(str(node), label=str(data.get("label", node)))
    for u, v in {(str(u), str(v)) for u, v in graph.edges()}:
        net.add_edge(u, v)
    path.write_text(net.generate_html(notebook=False), encoding="utf-8")


def browser_render(path: Path, chromium: str) -> dict[str, float]:
    """Seconds from navigation until vis-network has drawn the graph, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=CHROMIUM_FLAGS
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t = time.perf_counter()
        page.goto(path.as_uri(), timeout=120_000)
        loaded = time.perf_counter() - t
        page.wait_for_function(
            "() => window.network && network.body && Object.keys(network.body.nodes).length > 0",
            timeout=120_000,
        )
        # one more frame after the network exists: vis-network has drawn it
        page.evaluate("() => new Promise(r => { network.once('afterDrawing', r); network.redraw(); })")
        drawn = time.perf_counter() - t
        context.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return {"load": loaded, "drawn": drawn}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it (default: a temp dir)")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: use the store already there instead of rebuilding"
    )
    args = parser.parse_args()

    import pyoxigraph as ox

    from kg.graph import event_parts, events_graph, events_table, store_actors
    from kg.graph.source import GRAPH_PREFIXES, graph_query, open_reader
    from kg.rdf import open_store
    from kg.rdf.store import new_run
    from kg.viz import events_html

    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    store_dir = work / "store"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}")
    print(f"load average at start: {os.getloadavg()[0]:.2f}")

    t = time.perf_counter()
    if args.reuse and args.keep and store_dir.exists():
        print(f"setup: reusing {store_dir}")
    else:
        articles, events = synthetic(args.actors, args.events)
        if store_dir.exists():
            shutil.rmtree(store_dir)
        store = open_store(store_dir)
        store.add(articles, events, new_run("bench"))
        store.close()
        setup = time.perf_counter() - t
        print(f"setup: {args.actors} actors, {len(events)} events stored in {setup:.1f} s ({store_dir})")

    kg_bin = str(Path(sys.executable).with_name("kg"))
    out = work / "graph.html"
    cli, _ = best(
        lambda: subprocess.run(
            [kg_bin, "viz", "--store", str(work), "--out", str(out)], check=True, capture_output=True
        ),
        args.repeat,
    )
    startup, _ = best(
        lambda: subprocess.run([sys.executable, "-c", "import kg.cli"], check=True), args.repeat
    )
    imports, _ = best(lambda: subprocess.run([sys.executable, "-c", VIZ_IMPORTS], check=True), args.repeat)
    typer_runtime, _ = best(
        lambda: subprocess.run([sys.executable, "-c", "import pydantic"], check=True), args.repeat
    )
    bare_python, _ = best(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), args.repeat)

    reader = open_reader(work)
    read, (rows, actors) = best(lambda: (events_table(reader), store_actors(reader)), args.repeat)
    raw = ox.Store.read_only(str(store_dir))
    texts = [graph_query(name) for name in GRAPH_QUERIES]

    def bare_read() -> int:
        """pyoxigraph alone: the same five queries, results as CSV bytes, nothing parsed in Python."""
        total = 0
        for text in texts:
            result = raw.query(text, prefixes=GRAPH_PREFIXES, use_default_graph_as_union=True)
            total += len(result.serialize(format=ox.QueryResultsFormat.CSV))
        return total

    bare_read_s, _ = best(bare_read, args.repeat)
    build, parts = best(lambda: event_parts(rows, actors), args.repeat)
    render, page = best(
        lambda: events_html(parts.nodes, parts.edges, title="bench", filters=parts.filters), args.repeat
    )
    graph = events_graph(rows, actors)  # for the baselines
    write, _ = best(lambda: out.write_text(page, encoding="utf-8"), args.repeat)
    in_process = read + build + render + write

    import networkx as nx

    def nx_only() -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for row in rows:
            g.add_edge(row["source"], row["target"], key=row["event"], **row)
        return g

    nx_build, _ = best(nx_only, args.repeat)
    base_path = work / "pyvis_baseline.html"
    pyvis_only, _ = best(lambda: pyvis_baseline(graph, base_path), args.repeat)

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    renders = [browser_render(out, chromium) for _ in range(args.repeat)]
    drawn = min(r["drawn"] for r in renders)

    print()
    print(
        f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} events;",
        f"page {len(page) / 1e6:.1f} MB",
    )
    cpu = dict(
        zip(
            [
                "cli",
                "startup",
                "imports",
                "pydantic",
                "python",
                "read",
                "bare_read",
                "build",
                "render",
                "write",
                "nx",
                "pyvis",
            ],  # fmt: skip
            CPU_SECONDS,
            strict=True,
        )
    )
    print(f"{'what':62} {'wall s':>8} {'cpu s':>8}")
    lines = [
        (f"kg viz (CLI subprocess, best of {args.repeat})", cli, cpu["cli"]),
        ("  of which: python -c 'import kg.cli' (interpreter, imports)", startup, cpu["startup"]),
        ("  of which: python -c + every import the work needs", imports, cpu["imports"]),
        ("  (typer's option parsing imports pydantic: python -c alone)", typer_runtime, cpu["pydantic"]),
        ("baseline: python -c pass", bare_python, cpu["python"]),
        ("in process: read the store (SPARQL, 5 queries, CSV)", read, cpu["read"]),
        ("baseline: pyoxigraph alone, the same 5 queries to CSV bytes", bare_read_s, cpu["bare_read"]),
        ("in process: nodes and event edges (no NetworkX)", build, cpu["build"]),
        ("in process: layout + tooltips + pyvis HTML", render, cpu["render"]),
        ("in process: write the file", write, cpu["write"]),
        ("in process: total", in_process, sum(cpu[k] for k in ("read", "build", "render", "write"))),
        ("baseline: networkx MultiDiGraph from the same rows", nx_build, cpu["nx"]),
        ("baseline: pyvis alone, same nodes and pairs, defaults", pyvis_only, cpu["pyvis"]),
        (f"Chromium: navigation to graph drawn (best of {args.repeat})", drawn, float("nan")),
    ]
    for name, seconds, cpu_seconds in lines:
        print(f"{name:62} {seconds:8.3f} {cpu_seconds:8.3f}")
    print()
    base_wall, base_cpu = nx_build + pyvis_only, cpu["nx"] + cpu["pyvis"]
    work_cpu = sum(cpu[k] for k in ("read", "build", "render", "write"))
    print("ratios (wall, cpu):")
    print(f"  kg in-process work / (networkx + pyvis baselines): {in_process / base_wall:.2f}x, "
          f"{work_cpu / base_cpu:.2f}x")  # fmt: skip
    print(
        "  kg viz without the store read / (networkx + pyvis):",
        f"{(build + render + write) / base_wall:.2f}x,",
        f"{(cpu['build'] + cpu['render'] + cpu['write']) / base_cpu:.2f}x",
    )
    print(f"  kg HTML step / pyvis alone: {render / pyvis_only:.2f}x, {cpu['render'] / cpu['pyvis']:.2f}x")
    print(f"  kg store read / pyoxigraph alone: {read / bare_read_s:.2f}x,",
          f"{cpu['read'] / cpu['bare_read']:.2f}x")  # fmt: skip
    print(f"  kg viz CLI / python -c pass: {cli / bare_python:.1f}x, {cpu['cli'] / cpu['python']:.1f}x")
    print(f"  kg viz CLI / (networkx + pyvis): {cli / base_wall:.2f}x, {cpu['cli'] / base_cpu:.2f}x")
    bare_wall, bare_cpu = bare_read_s + pyvis_only, cpu["bare_read"] + cpu["pyvis"]
    print(f"  kg in-process work / (bare pyoxigraph read + bare pyvis write): {in_process / bare_wall:.2f}x,",
          f"{work_cpu / bare_cpu:.2f}x")  # fmt: skip
    print(f"  kg viz CLI / (bare pyoxigraph read + bare pyvis write): {cli / bare_wall:.2f}x,",
          f"{cpu['cli'] / bare_cpu:.2f}x")  # fmt: skip
    draws = [r["drawn"] for r in renders]
    print(f"browser draws: {', '.join(f'{x:.2f}' for x in draws)} s (median {statistics.median(draws):.2f})")
    for what, seconds in (("wall", cli), ("CPU", cpu["cli"])):
        print(f"target kg viz < 2 s ({what}): {'met' if seconds < 2 else 'NOT met'} ({seconds:.2f} s)")
    print(f"target page drawn < 15 s: {'met' if drawn < 15 else 'NOT met'} ({drawn:.2f} s)")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
