"""Property tests (issue 8): minted IRIs, HTML escaping and SPARQL bindings hold for any string."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from html.parser import HTMLParser

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.actors.compose import unresolved_actor
from kg.datamodel import Actor, Article
from kg.ingest.ids import article_id
from kg.rdf.build import actor_iri, actor_lines, article_iri, article_lines, event_iri
from kg.rdf.namespace import ACT, ART, EV, PREFIXES
from kg.rdf.query import bind_values, run_query
from kg.rdf.store import open_store
from kg.viz import graph_html
from kg.viz.page import header_html
from kg.viz.tooltips import tooltip
from tests.viz.conftest import dataset, small_graph

# Any Unicode text an article can hold after decoding (no lone surrogates: UTF-8 cannot carry them),
# with the characters that break IRIs, Turtle, HTML and SPARQL drawn often.
NASTY = st.sampled_from(
    list("<>\"'{}|\\^`#%&;:/?@[]=+$, \t\r\n\x00\x0b\x0c\x7f\u0085\u2028\u2029\ufeff\u200b")
    + ["</script>", "<!--", "-->", "]]>", "${", "\\u0022", "%2F", "..", ".", "_:b0", "}}", "#>", '"""']
)
TEXT = st.lists(
    st.one_of(st.text(st.characters(exclude_categories=["Cs"]), max_size=6), NASTY), max_size=8
).map("".join)
NAME = TEXT.filter(lambda s: s != "")
SEGMENT = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+")
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_iri(node: ox.NamedNode, base: str, value: str) -> None:
    assert node.value.startswith(base)
    segment = node.value[len(base) :]
    assert SEGMENT.fullmatch(segment), segment
    assert urllib.parse.unquote(segment) == value  # nothing lost: distinct values, distinct IRIs
    assert segment not in (".", ".."), "a dot segment would be removed by IRI normalisation"
    assert ox.NamedNode(node.value) == node  # Oxigraph's IRI parser accepts it
    assert rdflib.URIRef(node.value)._is_valid_uri if hasattr(rdflib.URIRef, "_is_valid_uri") else True


def _triples_via_rdflib(data: str, fmt: str) -> set[str]:
    g = rdflib.Graph()
    g.parse(data=data, format=fmt)
    return {str(t) for t in ox.parse(g.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)}


@FAST
@given(name=NAME, stem=TEXT, text=NAME, title=TEXT)
def test_minted_iris_are_valid_and_survive_turtle_and_ntriples_round_trips(name, stem, text, title):
    actor = unresolved_actor(name)
    actors = [Actor(name, name, "person", country=None), *([actor] if actor else [])]
    art = Article(
        id=article_id(stem, text), text=text, title=title or None, date=dt.date(2024, 1, 2), source=name
    )
    for a in actors:
        _check_iri(actor_iri(a.id), str(ACT), a.id)
    _check_iri(article_iri(art.id), str(ART), art.id)
    _check_iri(article_iri(name), str(ART), name)
    _check_iri(event_iri(name), str(EV), name)

    lines = [*article_lines(art)] + [line for a in actors for line in actor_lines(a)]
    ntriples = "".join(lines)
    expected = {str(t) for t in ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES)}
    assert len(expected) == len(set(lines))
    labels = {
        t.object.value
        for t in ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES)
        if t.predicate.value.endswith("#label")
    }
    assert labels == {a.label for a in actors}  # free text comes back exactly
    triples = list(ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES))
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        data = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
        assert {str(t) for t in ox.parse(data, format=fmt)} == expected, fmt
        assert (
            _triples_via_rdflib(data.decode(), "turtle" if fmt == ox.RdfFormat.TURTLE else "nt") == expected
        )
    g = rdflib.Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    g.parse(data=ntriples, format="nt")
    for fmt in ("turtle", "nt"):
        written = g.serialize(format=fmt)
        back = ox.parse(
            written.encode(), format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
        )
        assert {str(t) for t in back} == expected, fmt


class _Markup(HTMLParser):
    """The tags, attributes and text of an HTML fragment, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(name for name, _ in attrs)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("<!--", ()))


def _markup(fragment: str) -> _Markup:
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser


@FAST
@given(s=TEXT)
def test_viz_escaping_keeps_any_string_text(s):
    wrapped = _markup(f"<div>{tooltip([s, s])}</div>")
    assert wrapped.tags == [("div", ())]
    assert "".join(wrapped.text) == f"{s}\n{s}"
    plain = header_html("Title", ["f"], nodes=[("#123456", "kind")], edges=[("#654321", "q")], summary="1")
    header = header_html(s, [s], nodes=[("#123456", s)], edges=[("#654321", s)], summary=s)
    plain_tags = _markup(plain).tags
    tags = _markup(header).tags
    assert tags == plain_tags  # no tag or attribute injected
    assert all(
        attrs in ((), ("class",), ("id",), ("class", "style"), ("aria-label",), ("class", "aria-label"))
        for _, attrs in tags
    ), tags


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=TEXT, sentence=TEXT, title=TEXT)
def test_graph_page_structure_and_data_survive_any_text(label, sentence, title):
    page = graph_html(small_graph(sentence, label or "x"), title=title)
    baseline = graph_html(small_graph("plain", "plain"), title="plain")
    assert _markup(page).tags == _markup(baseline).tags  # same elements, same attributes, same scripts
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == len(re.findall(r"</script", baseline, re.I))
    nodes = {n["id"]: n for n in dataset(page, "nodes")}
    assert nodes["RUS"]["label"] == (label or "x")
    edges = dataset(page, "edges")
    assert any(
        sentence.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in e["title"] for e in edges
    )


@FAST
@given(value=TEXT, others=st.lists(TEXT, max_size=3))
def test_bound_values_round_trip_and_cannot_change_the_query(value, others):
    store = open_store()
    labels = [value, *others, value + "x", "other"]
    lines = "".join(
        f"<{ACT}n{i}> <http://www.w3.org/2000/01/rdf-schema#label> {ox.Literal(label)} .\n"
        for i, label in enumerate(labels)
    )
    store.store.load(
        lines.encode(),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode("https://w3id.org/kgnews/graph/events"),
    )
    before = len(store)

    echo = list(run_query(store, "SELECT ?v WHERE { }", v=value))
    assert [row["v"].value for row in echo] == [value]  # exactly one row, the value unchanged

    query = "SELECT ?s WHERE { ?s rdfs:label ?v } # a comment with { braces }"
    rows = {row["s"].value for row in run_query(store, query, v=value)}
    assert rows == {f"{ACT}n{i}" for i, label in enumerate(labels) if label == value}

    text = bind_values(query, {"v": value})
    assert text.count("VALUES") == 1 + value.count("VALUES")
    assert text.startswith("SELECT ?s WHERE { VALUES (?v) { (")
    assert text.endswith(") } ?s rdfs:label ?v } # a comment with { braces }")
    assert len(store) == before
    store.close()
