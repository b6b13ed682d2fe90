import rdflib
from rdflib.compare import isomorphic, to_isomorphic

from kg.rdf import KGO, actor_iri, open_store, sparql
from kg.rdf.store import new_run

ONTOLOGY = __import__("pathlib").Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"


def test_kgo_terms_match_the_ontology_file():
    graph = rdflib.Graph().parse(ONTOLOGY)
    declared = {
        str(s)
        for s in graph.subjects(rdflib.RDF.type, None)
        if str(s).startswith(str(KGO._NS)) and str(s) != str(KGO._NS)
    }
    in_code = {str(KGO._NS[name]) for name in KGO.__annotations__}
    assert declared == in_code


def test_packaged_ontology_is_the_authored_one():
    import importlib.resources

    packaged = (importlib.resources.files("kg.rdf") / "kg.ttl").read_text(encoding="utf-8")
    assert packaged == ONTOLOGY.read_text(encoding="utf-8")


def test_store_has_cameo_scheme_with_broader_links():
    store = open_store()
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


def test_adding_the_same_events_again_changes_nothing(seed_article, seed_events):
    store = open_store()
    run = new_run("test")
    store.add([seed_article], seed_events, run)
    size = len(store)
    store.add([seed_article], seed_events, run)
    assert len(store) == size
    assert store.count_events() == len(seed_events)
    assert store.has_article(seed_article)


def test_binding_values_cannot_change_the_query(seed_article, seed_events):
    store = open_store()
    store.add([seed_article], seed_events, new_run("test"))
    evil = '12" } } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER("'
    df = sparql(store, "SELECT ?e WHERE { ?e kgo:rootCode ?root }", root=evil)
    assert df.empty
    assert store.count_events() == len(seed_events)


def test_turtle_export_parses_and_round_trips(tmp_path, seed_article, seed_events):
    store = open_store()
    store.add([seed_article], seed_events, new_run("test"))
    path = store.export(tmp_path / "kg.ttl")
    graph = rdflib.Graph().parse(path, format="turtle")
    assert (None, rdflib.URIRef(str(KGO.source)), None) in graph
    again = rdflib.Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert isomorphic(to_isomorphic(graph), to_isomorphic(again))
    assert len(graph) == len(again) > 100
