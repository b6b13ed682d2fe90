"""What kg's gateway costs: the same SPARQL requests to the oxigraph server directly and through
``kg serve``'s gateway (row counting, format conversion), side by side in one run.

    .venv/bin/python bench/bench_gateway.py [--repeat N]

Serves a store holding only kg's ontology (about 3,900 triples) and times three queries: an event
count (one row), 1,000 rows and 10,000 rows (the default cap), each asked for as SPARQL JSON.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.rdf import open_store
from kg.rdf.gateway import GatewayConfig, start_gateway
from kg.rdf.serve import free_port, start_server

CONCEPT = "<http://www.w3.org/2004/02/skos/core#Concept>"
QUERIES = {
    "count (1 row)": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "1,000 rows": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1000",
    "10,000 rows": f"SELECT ?a ?b WHERE {{ ?a a {CONCEPT} . ?b a {CONCEPT} }} LIMIT 10000",
}


def fetch(url: str, query: str) -> int:
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return len(response.read())


def timed(url: str, query: str, repeat: int) -> float:
    fetch(url, query)  # warm up
    start = time.perf_counter()
    for _ in range(repeat):
        fetch(url, query)
    return (time.perf_counter() - start) / repeat


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / "store"
        open_store(location).close()
        port = free_port()
        with start_server(location, port=port) as server:
            config = GatewayConfig("127.0.0.1", port)
            with start_gateway("127.0.0.1", 0, config) as gateway:
                print(f"{'query':<16} {'direct ms':>10} {'gateway ms':>11} {'ratio':>6}")
                for name, query in QUERIES.items():
                    direct = timed(server.url, query, args.repeat)
                    through = timed(gateway.url, query, args.repeat)
                    print(
                        f"{name:<16} {direct * 1000:>10.1f} {through * 1000:>11.1f} {through / direct:>6.2f}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
