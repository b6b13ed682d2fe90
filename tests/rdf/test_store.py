"""The embedded store: stable IRIs, idempotent re-ingest, named graphs, derived shortcuts, provenance."""

import dataclasses

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.rdf import actor_iri, event_iri, open_store, sparql
from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH, derived_quads
from kg.rdf.store import new_run
from tests.rdf.conftest import FRA, UKR, article, event, make_run


def graph_of(store, graph) -> rdflib.Graph:
    g = rdflib.Graph()
    for q in store.graph_quads(graph):
        g.parse(data=f"{q.triple} .", format="nt")
    return g


def test_store_has_the_three_graphs_and_the_cameo_scheme():
    store = open_store()
    store.add([article(1)], [event(article(1), FRA, UKR, "061")], make_run())
    for g in (ONTOLOGY_GRAPH, EVENTS_GRAPH, DERIVED_GRAPH):
        assert store.store.contains_named_graph(g)
    df = sparql(
        store,
        "SELECT ?parent WHERE { ?c skos:notation ?code ; skos:broader ?p . ?p skos:notation ?parent }",
        code="1951",
    )
    assert df["parent"].tolist() == ["195"]


def test_seed_events_query_nato_rejects_russia(seed_article, seed_events):
    store = open_store()
    store.add([seed_article], seed_events, new_run("test"))
    df = sparql(
        store,
        """SELECT ?e ?text WHERE {
             ?e kgo:source ?s ; kgo:target ?target ; kgo:rootCode ?root ; kgo:mention ?m .
             ?m kgo:text ?text
             FILTER(?target = ?t || EXISTS { ?target kgo:country ?t }) }""",  # Russia or a part of it
        s=actor_iri("NATO"),
        t=actor_iri("RUS"),
        root="12",
    )
    assert len(df) == 1
    assert "rejected" in df["text"][0]


def test_ingesting_an_article_twice_changes_nothing_even_in_a_new_run(seed_article, seed_events):
    store = open_store()
    store.add([seed_article], seed_events, new_run("en_core_web_sm-3.8.0"))
    size = len(store)
    assert store.add([seed_article], seed_events, make_run("another-model")) == 0
    assert len(store) == size
    assert store.count_events() == len({e.event_id for e in seed_events})
    assert store.has_article(seed_article)


def test_the_same_records_give_the_same_triples_in_two_stores(tiny):
    articles, events = tiny
    one, two = open_store(), open_store()
    one.add(articles, events, make_run())
    two.add(list(reversed(articles)), list(reversed(events)), make_run())
    assert isomorphic(graph_of(one, EVENTS_GRAPH), graph_of(two, EVENTS_GRAPH))


def test_new_articles_add_to_the_store_without_a_rebuild(tmp_path, tiny):
    articles, events = tiny
    with open_store(tmp_path / "store") as store:
        store.add(articles[:1], [e for e in events if e.article_id == articles[0].id], make_run())
        first = store.count_events()
    with open_store(tmp_path / "store") as store:
        store.add(articles[1:], [e for e in events if e.article_id == articles[1].id], make_run())
        assert store.count_events() == len(events) > first
    with open_store(tmp_path / "store", read_only=True) as store:
        assert store.count_events() == len(events)
        with pytest.raises(StoreError, match="read-only"):
            store.add([article(9)], [], make_run())


def test_provenance_reaches_sentence_span_article_and_run(tiny):
    articles, events = tiny
    store = open_store()
    store.add(articles, events, make_run())
    df = sparql(
        store,
        """SELECT ?text ?start ?end ?title ?date ?url ?file ?version ?model ?modelVersion ?spacy ?time WHERE {
             ?e kgo:mention ?m . ?m kgo:text ?text ; kgo:charStart ?start ; kgo:charEnd ?end ;
               prov:wasDerivedFrom ?a ; prov:wasGeneratedBy ?r .
             ?a dcterms:title ?title ; dcterms:date ?date ; dcterms:source ?url ; kgo:sourceFile ?file .
             ?r kgo:kgVersion ?version ; kgo:spacyModel ?model ; kgo:spacyModelVersion ?modelVersion ;
               kgo:spacyVersion ?spacy ; prov:startedAtTime ?time }""",
        e=event_iri(events[4].event_id),
    )
    assert len(df) == 1
    row = df.iloc[0]
    m = events[4].mention
    assert row["text"] == m.sentence and (row["start"], row["end"]) == (m.char_start, m.char_end)
    assert row["title"] == "Test article 2" and row["file"] == "tests/article-2.txt"
    assert row["url"] == "https://example.org/news/2"
    assert (row["model"], row["modelVersion"], row["spacy"]) == ("en_core_web_sm", "3.8.0", "3.8.2")


def test_derived_graph_rebuilt_by_sparql_update_equals_the_rule_in_python(tiny):
    articles, events = tiny
    store = open_store()
    store.add(articles, events, make_run())
    added = graph_of(store, DERIVED_GRAPH)
    store.update(f"DROP GRAPH {DERIVED_GRAPH}")
    assert len(graph_of(store, DERIVED_GRAPH)) == 0
    store.rebuild_derived()
    rebuilt = graph_of(store, DERIVED_GRAPH)
    expected = rdflib.Graph()
    for q in derived_quads(events):
        expected.parse(data=f"{q.triple} .", format="nt")
    assert isomorphic(added, expected) and isomorphic(rebuilt, expected)
    # negated (NATO rejects RUS) and hypothetical (UN to FRA) events give no shortcut
    assert not sparql(store, "ASK { ?s kgo:rejected ?t }")["result"][0]
    assert sparql(store, "ASK { ?s kgo:fought ?t }")["result"][0]
    assert len(expected) == 11


def test_binding_values_cannot_change_the_query(seed_article, seed_events):
    store = open_store()
    store.add([seed_article], seed_events, new_run("test"))
    evil = '12" } } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER("'
    df = sparql(store, "SELECT ?e WHERE { ?e kgo:rootCode ?root }", root=evil)
    assert df.empty
    assert store.count_events() == len({e.event_id for e in seed_events})


def test_free_text_with_quotes_and_newlines_is_stored_verbatim():
    a = dataclasses.replace(article(3), title='A "quoted" title\nwith a newline > and <tags> \\ too')
    store = open_store()
    store.add([a], [event(a, FRA, UKR, "061")], make_run())
    df = sparql(store, "SELECT ?t WHERE { ?a dcterms:title ?t }")
    assert df["t"].tolist() == [a.title]
