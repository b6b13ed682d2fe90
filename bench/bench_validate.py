"""What the SHACL check of each batch costs in a real build: extraction vs kg's check vs pySHACL.

    .venv/bin/python bench/bench_validate.py [INPUT ...]    (default: seeds/)

Extracts the events of the inputs with the real spaCy pipeline, builds the batch kg would store,
and times, side by side: the extraction (spaCy and kg's rules), kg's SHACL checker on the batch,
pySHACL on the same batch (with the ontology mixed in), and writing the batch to an in-memory store.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import rdflib

from kg.ingest import read_articles
from kg.nlp import load_nlp, model_info
from kg.pipeline import extract_from_articles
from kg.rdf import open_store
from kg.rdf.build import EVENTS_GRAPH, batch_lines, parse_lines
from kg.rdf.ontology import ontology_text
from kg.rdf.store import new_run
from kg.rdf.validate import check_lines


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    from pyshacl import validate

    inputs = sys.argv[1:] or [str(Path(__file__).resolve().parents[1] / "seeds")]
    nlp = load_nlp()
    articles = list(read_articles(inputs))
    list(extract_from_articles(articles[:1], nlp=nlp))  # warm up
    pairs, t_extract = timed(lambda: list(extract_from_articles(articles, nlp=nlp)))
    events = [e for _, evs in pairs for e in evs]
    run = new_run(model_info(nlp))
    batch = batch_lines(articles, events, run)
    lines = batch[EVENTS_GRAPH]
    check_lines(lines)  # warm up: shapes and ontology are read once per process
    violations, t_check = timed(lambda: check_lines(lines))
    graph = rdflib.Graph().parse(data="".join(f"{q.triple} .\n" for q in parse_lines(lines)), format="nt")
    for name in ("kg.ttl", "cameo.ttl"):
        graph.parse(data=ontology_text(name), format="turtle")
    shapes = rdflib.Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
    (conforms, _, _), t_pyshacl = timed(lambda: validate(graph, shacl_graph=shapes, inference="none"))
    store = open_store()
    _, t_write = timed(lambda: store.add(articles, events, run, validate=False))
    print(f"{len(articles)} article(s), {len(events)} events, {len(lines)} triples in the events graph")
    print(f"  extraction (spaCy + rules)  {t_extract * 1000:9.1f} ms")
    print(
        f"  kg SHACL check              {t_check * 1000:9.1f} ms  ({t_check / t_extract:.2%} of extraction)"
    )
    print(
        f"  pySHACL, same batch         {t_pyshacl * 1000:9.1f} ms  ({t_pyshacl / t_check:.0f}x kg's check)"
    )
    print(f"  store.add without check     {t_write * 1000:9.1f} ms")
    print(f"  verdicts: kg {'conforms' if not violations else violations[:3]}, pySHACL conforms={conforms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
