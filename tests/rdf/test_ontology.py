"""The ontology files: OWL model, CAMEO and PLOVER concept schemes, shapes, and their runtime copies."""

import importlib.resources
import sys

import pytest
import rdflib
from rdflib import RDF, SKOS
from rdflib.compare import isomorphic

from kg.rdf import KGO
from kg.rdf.namespace import CAMEO, PLOVER, ROOT_PROPERTIES
from tests.conftest import ROOT, SHARED

ONTOLOGY = ROOT / "ontology"


def parse(name: str) -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / name, format="turtle")


def test_kgo_terms_match_the_ontology_file():
    graph = parse("kg.ttl")
    declared = {
        str(s)
        for s in graph.subjects(RDF.type, None)
        if str(s).startswith(str(KGO._NS)) and str(s) != str(KGO._NS)
    }
    assert declared == {str(KGO._NS[name]) for name in KGO.__annotations__}


@pytest.mark.parametrize("name", ["kg.ttl", "cameo.ttl", "plover.ttl", "shapes.ttl"])
def test_packaged_copies_are_the_authored_files(name):
    packaged = (importlib.resources.files("kg.rdf") / name).read_text(encoding="utf-8")
    assert packaged == (ONTOLOGY / name).read_text(encoding="utf-8")


def test_ontology_aligns_with_sem_and_prov():
    graph = parse("kg.ttl")
    sem = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    assert (KGO.Event, rdflib.RDFS.subClassOf, sem.Event) in graph
    assert (KGO.source, rdflib.RDFS.subPropertyOf, sem.hasActor) in graph
    assert (KGO.target, rdflib.RDFS.subPropertyOf, sem.hasActor) in graph
    assert (KGO.Mention, rdflib.RDFS.subClassOf, prov.Entity) in graph
    assert (KGO.ExtractionRun, rdflib.RDFS.subClassOf, prov.Activity) in graph


def test_every_cameo_code_is_a_concept_with_label_goldstein_quadclass_and_a_path_to_its_root():
    graph = parse("cameo.ttl")
    rows = (SHARED / "data" / "cameo_codes.tsv").read_text(encoding="utf-8").splitlines()[1:]
    codes = {line.split("\t")[0]: line.split("\t")[3] for line in rows}
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(codes) == 315
    for code, root in codes.items():
        c = CAMEO[code]
        assert graph.value(c, SKOS.prefLabel) is not None
        assert graph.value(c, KGO.goldstein) is not None
        assert 1 <= graph.value(c, KGO.quadClass).toPython() <= 4
        node, steps = c, 0
        while (node, SKOS.topConceptOf, rdflib.URIRef(str(CAMEO))) not in graph:
            node = graph.value(node, SKOS.broader)
            steps += 1
            assert node is not None and steps < 4, f"{code} has no path to a root"
        assert node == CAMEO[root]


def test_plover_scheme_has_the_current_categories_keeps_its_licence_and_maps_cameo():
    graph = parse("plover.ttl")
    scheme = rdflib.URIRef(str(PLOVER))
    top = set(graph.subjects(SKOS.topConceptOf, scheme))
    assert len(top) == 16
    assert (
        scheme,
        rdflib.DCTERMS.license,
        rdflib.URIRef("https://creativecommons.org/licenses/by-sa/4.0/"),
    ) in graph
    assert "CC BY-SA 4.0" in (ONTOLOGY / "plover.ttl").read_text(encoding="utf-8").split("@prefix")[0]
    assert (CAMEO["120"], SKOS.broadMatch, PLOVER["REJECT"]) in graph
    assert (PLOVER["DEMAND"], rdflib.DCTERMS.isReplacedBy, PLOVER["REQUEST"]) in graph


def test_every_shortcut_property_names_its_root_as_the_code_does():
    graph = parse("kg.ttl")
    in_file = {str(o).rsplit("/", 1)[1]: str(s) for s, o in graph.subject_objects(KGO.derivedFromRoot)}
    assert in_file == {root: str(prop) for root, prop in ROOT_PROPERTIES.items()}


def test_the_converter_regenerates_the_committed_schemes():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_skos
    finally:
        sys.path.pop(0)
    assert isomorphic(build_skos.cameo_graph(), parse("cameo.ttl"))
    assert isomorphic(build_skos.plover_graph(), parse("plover.ttl"))


def test_the_example_queries_in_the_ontology_readme_run_and_find_something(tiny):
    import re

    from kg.rdf import open_store, sparql
    from tests.rdf.conftest import make_run

    articles, events = tiny
    store = open_store()
    store.add(articles, events, make_run())
    blocks = re.findall(r"```sparql\n(.*?)```", (ONTOLOGY / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 4
    for query in blocks:
        assert len(sparql(store, query)) > 0, query
