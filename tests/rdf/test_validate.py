"""The SHACL check of batches: good data passes, broken data is caught, and pySHACL agrees."""

import dataclasses

import pytest
import rdflib

from kg.datamodel import Mention
from kg.errors import OntologyError
from kg.rdf import open_store
from kg.rdf.build import EVENTS_GRAPH, batch_lines, parse_lines
from kg.rdf.ontology import ontology_text
from kg.rdf.validate import check_lines, validate_lines
from tests.rdf.conftest import NATO, RUS, UKR, article, event, make_run


def pyshacl_focus_nodes(lines):
    """Focus nodes pySHACL reports for a batch, with the ontology mixed in (for classes)."""
    from pyshacl import validate

    graph = rdflib.Graph().parse(data="".join(f"{q.triple} .\n" for q in parse_lines(lines)), format="nt")
    for name in ("kg.ttl", "cameo.ttl"):
        graph.parse(data=ontology_text(name), format="turtle")
    shapes = rdflib.Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
    conforms, report, _ = validate(graph, shacl_graph=shapes, inference="none")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return conforms, {f"<{n}>" for n in report.objects(None, sh.focusNode)}


def batch(events, articles=None):
    arts = articles if articles is not None else [article(1)]
    return batch_lines(arts, events, make_run())[EVENTS_GRAPH]


def test_a_good_batch_conforms_for_both_checkers(tiny):
    articles, events = tiny
    lines = batch(events, articles)
    assert check_lines(lines) == []
    conforms, focus = pyshacl_focus_nodes(lines)
    assert conforms, focus


def test_seed_events_conform(seed_article, seed_events):
    assert check_lines(batch_lines([seed_article], seed_events, make_run())[EVENTS_GRAPH]) == []


BROKEN = {
    "confidence above 1": lambda e: dataclasses.replace(e, confidence=1.5),
    "goldstein below -10": lambda e: dataclasses.replace(
        e, action=dataclasses.replace(e.action, goldstein=-12.0)
    ),
    "quad class 7": lambda e: dataclasses.replace(e, action=dataclasses.replace(e.action, quad_class=7)),
    "root code 42": lambda e: dataclasses.replace(e, action=dataclasses.replace(e.action, root="42")),
    "span ends before it starts": lambda e: dataclasses.replace(
        e, mentions=(Mention(e.article_id, "An invented sentence.", 0, 50, 10),)
    ),
    "mention of an article described nowhere": lambda e: dataclasses.replace(
        e, mentions=(Mention("no-such-article", "An invented sentence.", 0, 0, 20),)
    ),
}


@pytest.mark.parametrize("what", sorted(BROKEN))
def test_broken_events_are_caught_by_both_checkers(what):
    good = event(article(1), RUS, UKR, "190")
    bad = BROKEN[what](good)
    lines = batch([bad])
    violations = check_lines(lines)
    assert violations, what
    conforms, focus = pyshacl_focus_nodes(lines)
    assert not conforms
    assert {v.focus for v in violations} == focus


def test_values_no_record_could_hold_are_caught_too():
    lines = batch([event(article(1), RUS, UKR, "190")])
    for old, new, expected in [
        ('"asserted"', '"rumoured"', "is not one of"),
        (
            '"-10.0"^^<http://www.w3.org/2001/XMLSchema#decimal>',
            '"nan"^^<http://www.w3.org/2001/XMLSchema#decimal>',
            "valid",
        ),
        (
            '"2023-03-01"^^<http://www.w3.org/2001/XMLSchema#date>',
            '"March 2023"^^<http://www.w3.org/2001/XMLSchema#date>',
            "valid",
        ),
    ]:
        broken = [line.replace(old, new) for line in lines]
        assert broken != lines, old
        assert any(expected in v.message for v in check_lines(broken)), old


def test_an_invalid_batch_raises_a_clear_error_and_stores_nothing():
    store = open_store()
    size = len(store)
    a = article(1)
    bad = dataclasses.replace(event(a, NATO, RUS, "120"), confidence=2.0)
    with pytest.raises(OntologyError) as err:
        store.add([a], [bad], make_run())
    message = str(err.value)
    assert "tests/article-1.txt" in message
    assert "kgo:confidence" in message and "above the maximum 1" in message
    assert len(store) == size
    assert not store.has_article(a)


def test_a_mention_may_point_to_an_article_already_in_the_store():
    store = open_store()
    a = article(1)
    store.add([a], [event(a, RUS, UKR, "190", index=0)], make_run())
    later = event(a, UKR, RUS, "111", index=5)
    with pytest.raises(OntologyError):
        validate_lines(batch([later], articles=[]))
    assert store.add([], [later], make_run()) > 0
    assert store.count_events() == 2


def test_a_built_store_conforms_for_both_checkers(seed_build):
    with open_store(seed_build.store, read_only=True) as store:
        lines = [f"{q.triple} .\n" for q in store.graph_quads(EVENTS_GRAPH)]
    assert len(lines) > 100
    assert check_lines(lines) == []
    conforms, focus = pyshacl_focus_nodes(lines)
    assert conforms, focus
