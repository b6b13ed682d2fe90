"""The remote path against a real `oxigraph serve` process on 127.0.0.1 (started and stopped here)."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.rdf import actor_iri, open_store, run_named, sparql
from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH
from kg.rdf.serve import start_server
from tests.rdf.conftest import free_port, make_run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A writable server on an empty store directory, stopped after the module."""
    location = tmp_path_factory.mktemp("remote") / "store"
    with start_server(location, port=free_port(), writable=True, timeout=10) as srv:
        yield srv


@pytest.fixture(scope="module")
def remote(server, seed_article, seed_events):
    """The server's store filled with the seed events through the remote-store write path."""
    store = open_store(server.url)
    written = store.add([seed_article], seed_events, make_run())
    assert written > 100
    return store


def test_writes_through_the_remote_path_are_stored_and_idempotent(remote, seed_article, seed_events):
    n = len({e.event_id for e in seed_events})
    assert remote.count_events() == n
    assert remote.has_article(seed_article)
    size = len(remote)
    assert remote.add([seed_article], seed_events, make_run("another-model")) == 0
    assert len(remote) == size


def test_remote_and_embedded_stores_hold_the_same_triples(remote, seed_article, seed_events):
    local = open_store()
    local.add([seed_article], seed_events, make_run())
    for g in (EVENTS_GRAPH, DERIVED_GRAPH):
        a = rdflib.Graph().parse(data="".join(f"{q.triple} .\n" for q in local.graph_quads(g)), format="nt")
        b = rdflib.Graph().parse(data="".join(f"{q.triple} .\n" for q in remote.graph_quads(g)), format="nt")
        assert isomorphic(a, b)


def test_sparql_with_bindings_on_the_endpoint(remote):
    df = sparql(
        remote,
        """SELECT ?text WHERE {
             ?e kgo:source ?s ; kgo:target ?target ; kgo:rootCode ?root ; kgo:mention/kgo:text ?text
             FILTER(?target = ?t || EXISTS { ?target kgo:country ?t }) }""",  # Russia or a part of it
        s=actor_iri("NATO"),
        t=actor_iri("RUS"),
        root="12",
    )
    assert len(df) >= 1 and any("rejected" in text for text in df["text"])
    evil = '12" } } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER("'
    assert sparql(remote, "SELECT ?e WHERE { ?e kgo:rootCode ?root }", root=evil).empty
    assert remote.count_events() > 0


def test_named_queries_on_the_endpoint_match_the_embedded_store(remote, seed_article, seed_events):
    local = open_store()
    local.add([seed_article], seed_events, make_run())
    cases = [
        ("events_per_root", {}),
        ("events_between", {"a": "NATO", "b": "RUS"}),
        ("dyad_timeline", {"a": "NATO", "b": "RUS"}),
        ("most_hostile", {}),
        ("cooperation_network", {}),
        ("second_order", {"actor": "RUS"}),
    ]
    for name, params in cases:
        a = run_named(local, name, **params)
        b = run_named(remote, name, **params)
        # Every named query has a total order: the same rows in the same order.
        assert a.to_dict("records") == b.to_dict("records"), name
        assert len(a) > 0 or name == "second_order", name


def test_rdflib_sparqlstore_reads_the_endpoint(server, remote):
    graph = rdflib.Graph(SPARQLStore(f"{server.url}/query", returnFormat="json"))
    rows = list(
        graph.query(
            "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/kgnews/ontology#Event> } }"
        )
    )
    assert int(rows[0][0]) == remote.count_events()


def test_plain_http_returns_sparql_json_results(server, remote):
    query = (
        "SELECT ?label WHERE { <https://w3id.org/kgnews/actor/NATO> "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    )
    url = f"{server.url}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers.get_content_type() == "application/sparql-results+json"
        body = json.loads(response.read())
    assert [b["label"]["value"] for b in body["results"]["bindings"]] == ["NATO"]


def test_kg_sparql_and_query_commands_take_an_endpoint_url(server, remote):
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["sparql", "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kgo:Event }", "--store", server.url, "-f", "csv"],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", str(remote.count_events())]
    result = runner.invoke(
        app, ["query", "events_between", "-p", "a=NATO", "-p", "b=RUS", "--store", server.url, "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "NATO" in result.output


def test_graph_commands_read_an_endpoint_like_a_directory(server, remote, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["relations", "NATO", "Russia", "--store", server.url, "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert ("NATO", "RUS") in {(r["source"], r["target"]) for r in rows}
    page = tmp_path / "remote.html"
    result = runner.invoke(app, ["viz", "--store", server.url, "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert "vis.DataSet" in page.read_text(encoding="utf-8")


def test_a_read_only_server_refuses_writes(tmp_path_factory, remote, server):
    location = tmp_path_factory.mktemp("readonly") / "store"
    with open_store(location) as store:
        store.add([], [], make_run())
    with start_server(location, port=free_port()) as ro:
        request = urllib.request.Request(
            f"{ro.url}/update", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}
        )
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=10)
        store = open_store(ro.url, read_only=True)
        assert store.count_events() == 0
        with pytest.raises(StoreError, match="read-only"):
            store.rebuild_derived()


def test_errors_from_the_endpoint_are_clear(server):
    store = open_store(server.url, read_only=True)
    with pytest.raises(QueryError, match="refused"):
        sparql(store, "SELECT WHERE nonsense {")
    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{free_port()}", read_only=True).count_events()


def test_kg_build_writes_into_an_endpoint(tmp_path_factory, nlp):
    from kg.pipeline import build_graph
    from tests.conftest import SEEDS

    location = tmp_path_factory.mktemp("build-remote") / "store"
    out = tmp_path_factory.mktemp("build-remote-out")
    with start_server(location, port=free_port(), writable=True, timeout=10) as srv:
        result = build_graph([SEEDS], out, store_location=srv.url, html=False)
        assert result.store == srv.url
        assert result.events_total == open_store(srv.url, read_only=True).count_events() > 0
        again = build_graph([SEEDS], out, store_location=srv.url, html=False)
        assert again.articles_skipped == 1 and again.events_total == result.events_total
    assert not (out / "store").exists()
