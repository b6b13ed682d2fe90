"""Export and import: every RDF format round-trips isomorphically; the GDELT-style CSV; bad files."""

import csv

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import OntologyError, StoreError
from kg.rdf import open_store
from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH
from kg.rdf.exchange import GDELT_COLUMNS


def graph(store, *graphs) -> rdflib.Graph:
    g = rdflib.Graph()
    data = "".join(f"{q.triple} .\n" for name in graphs for q in store.graph_quads(name))
    return g.parse(data=data, format="nt")


def assert_isomorphic(a: rdflib.Graph, b: rdflib.Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        raise AssertionError(
            f"not isomorphic:\nonly in first:\n{only_a.serialize(format='nt')}\n"
            f"only in second:\n{only_b.serialize(format='nt')}"
        )


@pytest.mark.parametrize("suffix", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_then_import_is_isomorphic_graph_by_graph(tmp_path, store, suffix):
    path = store.export(tmp_path / f"kg.{suffix}")
    again = open_store()
    result = again.import_file(path)
    assert result.events == 8
    for g in (EVENTS_GRAPH, DERIVED_GRAPH):
        assert_isomorphic(graph(store, g), graph(again, g))
    assert_isomorphic(graph(store, ONTOLOGY_GRAPH), graph(again, ONTOLOGY_GRAPH))


def test_exports_parse_with_rdflib_too(tmp_path, store):
    for suffix, fmt in [("ttl", "turtle"), ("nt", "nt")]:
        parsed = rdflib.Graph().parse(store.export(tmp_path / f"kg.{suffix}"), format=fmt)
        assert_isomorphic(parsed, graph(store, EVENTS_GRAPH, DERIVED_GRAPH))


def test_export_all_includes_the_ontology(tmp_path, store):
    path = store.export(tmp_path / "all.nq", graphs="all")
    text = path.read_text(encoding="utf-8")
    assert f"{ONTOLOGY_GRAPH} ." in text and "cameo/1951" in text


def test_gdelt_csv_has_one_row_per_event(tmp_path, store, tiny):
    _, events = tiny
    path = store.export(tmp_path / "events.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert len(rows) == len(events)
    by_id = {r["GLOBALEVENTID"]: r for r in rows}
    e = events[1]  # the Russian government arrests someone in Ukraine
    row = by_id[e.event_id]
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("173", "173", "17")
    assert (row["QuadClass"], row["GoldsteinScale"], row["NumMentions"]) == ("4", "-5.0", "1")
    assert row["SQLDATE"] == "20230301" and row["SOURCEURL"] == "https://example.org/news/1"


def test_import_of_a_broken_file_names_it_and_stores_nothing(tmp_path, store):
    path = store.export(tmp_path / "kg.nt")
    text = path.read_text(encoding="utf-8").replace(
        '"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"8"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    )
    bad = tmp_path / "bad.nt"
    bad.write_text(text, encoding="utf-8")
    target = open_store()
    size = len(target)
    with pytest.raises(OntologyError, match="bad.nt"):
        target.import_file(bad)
    assert len(target) == size
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(StoreError, match="garbage.ttl"):
        target.import_file(garbage)
    with pytest.raises(StoreError, match="unknown RDF format"):
        target.import_file(tmp_path / "kg.xlsx")
