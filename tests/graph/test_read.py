"""Reading events and actors from a real store: values exactly as stored, whatever the text holds."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from kg.datamodel import Actor, Article
from kg.graph import events_table, store_actors, to_networkx
from kg.graph.read import query_rows
from kg.rdf import open_store, to_rdf
from kg.rdf.build import EVENTS_GRAPH, mention_iri
from kg.rdf.namespace import ACT, CAMEO, EV, KGO, SEM
from tests.graph.conftest import NATO, RUS, UKR, make_event

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
# Everything CSV and HTML treat specially: commas, quotes, line breaks (LF, CR LF, lone CR), tabs,
# markup, non-ASCII and characters beyond the Basic Multilingual Plane.
AWKWARD = 'He said, "no";\tthen\nleft.\r\nLater\r<script>alert(1)</script> — Kyiv’s 🇺🇦 & more'


def _articles(*events):
    """The articles the events come from: a store only takes events whose article it describes."""
    ids = sorted({m.article_id for e in events for m in e.mentions})
    return [Article(article_id, "Text.") for article_id in ids]


def test_awkward_text_is_read_back_exactly():
    event = make_event(RUS, UKR, "190", dt.date(2022, 2, 24), sentence=AWKWARD, article="odd")
    odd = Actor("odd-actor", 'The "Group", of <b>many</b>\nlines', "group")
    other = make_event(odd, NATO, "120", None, sentence="A plain sentence.", article="odd")
    store = open_store()
    to_rdf([event, other], articles=[Article("odd", "Text.", title=AWKWARD)], store=store)
    rows = {row["event"].rsplit("/", 1)[-1]: row for row in events_table(store)}
    assert rows[event.event_id]["sentence"] == AWKWARD
    assert rows[event.event_id]["article_title"] == AWKWARD
    assert rows[event.event_id]["date"] == dt.date(2022, 2, 24) and rows[other.event_id]["date"] is None
    assert rows[other.event_id]["source"] == "odd-actor"
    assert store_actors(store)["odd-actor"].label == odd.label


def test_the_first_mention_gives_the_sentence_and_article():
    event = make_event(RUS, UKR, "190", dt.date(2022, 2, 24), mentions=3)
    store = open_store()
    to_rdf([event], articles=_articles(event), store=store)
    ((row,),) = [events_table(store)]
    first = min(event.mentions, key=lambda m: mention_iri(m).value)
    assert row["sentence"] == first.sentence and row["mentions"] == 3
    assert row["article"].endswith("/" + first.article_id)


def test_an_event_with_only_the_required_facts_gets_defaults():
    """Events written by other tools may leave out flags, counts, dates and mentions."""
    store = open_store()
    known = make_event(RUS, UKR, "120", dt.date(2022, 1, 1))
    to_rdf([known], articles=_articles(known), store=store)
    e = ox.NamedNode(EV["bare"])
    facts = [
        (ox.NamedNode(RDF_TYPE), ox.NamedNode(KGO.Event)),
        (ox.NamedNode(KGO.source), ox.NamedNode(ACT["UKR"])),
        (ox.NamedNode(KGO.target), ox.NamedNode(ACT["RUS"])),
        (ox.NamedNode(KGO.action), ox.NamedNode(CAMEO["130"])),
        (ox.NamedNode(KGO.rootCode), ox.Literal("13")),
        (ox.NamedNode(KGO.quadClass), ox.Literal("3", datatype=ox.NamedNode(XSD + "integer"))),
        (ox.NamedNode(KGO.goldstein), ox.Literal("-4.4", datatype=ox.NamedNode(XSD + "decimal"))),
    ]
    store.store.extend([ox.Quad(e, p, o, EVENTS_GRAPH) for p, o in facts])
    no_target = ox.NamedNode(EV["no-target"])
    store.store.extend(
        [ox.Quad(no_target, p, o, EVENTS_GRAPH) for p, o in facts if p != ox.NamedNode(KGO.target)]
    )
    rows = {row["event"].rsplit("/", 1)[-1]: row for row in events_table(store)}
    assert "no-target" not in rows
    bare = rows["bare"]
    assert (bare["source"], bare["target"], bare["cameo"], bare["label"]) == ("UKR", "RUS", "130", "Threaten")
    assert (bare["quad_class"], bare["goldstein"], bare["root"]) == (3, -4.4, "13")
    assert (bare["negated"], bare["modality"], bare["confidence"], bare["mentions"]) == (
        False,
        "asserted",
        0.0,
        1,
    )
    assert bare["date"] is None and bare["sentence"] is None and bare["article"] is None
    assert to_networkx(store).has_edge("UKR", "RUS")


def test_a_fact_stated_twice_gives_one_row():
    event = make_event(RUS, UKR, "190", dt.date(2022, 2, 24))
    store = open_store()
    to_rdf([event], articles=_articles(event), store=store)
    date = ox.Literal("2022-02-25", datatype=ox.NamedNode(XSD + "date"))
    store.store.add(
        ox.Quad(ox.NamedNode(EV[event.event_id]), ox.NamedNode(SEM.hasTimeStamp), date, EVENTS_GRAPH)
    )
    rows = events_table(store)
    assert len(rows) == 1 and rows[0]["date"] in (dt.date(2022, 2, 24), dt.date(2022, 2, 25))


def test_query_rows_are_lexical_values_with_empty_for_unbound():
    store = open_store()
    event = make_event(NATO, UKR, "040", None)
    to_rdf([event], articles=_articles(event), store=store)
    (row,) = list(query_rows(store, "graph_events"))
    assert row["source"] == str(ACT["NATO"]) and row["quad"] == "1" and row["date"] == ""
