"""The HTML page as text: offline, escaped, styled by QuadClass/kind/country, layout by size."""

import re

import networkx as nx

from kg.viz import LAYOUT_THRESHOLD, QUAD_COLORS, graph_html, render_html
from kg.viz.style import KIND_COLORS, key_color, node_size
from tests.viz.conftest import EVIL_LABEL, EVIL_SENTENCE, dataset, random_graph, small_graph


def test_html_is_one_offline_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = render_html(small_graph(), tmp_path / "g.html")
    page = path.read_text(encoding="utf-8")
    assert "new vis.Network" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?https?://", page)
    assert "cdn.jsdelivr" not in page and "cdnjs.cloudflare" not in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # no lib/ beside it


def test_nodes_sized_by_events_and_coloured_by_kind_or_country():
    nodes = {n["id"]: n for n in dataset(graph_html(small_graph()), "nodes")}
    assert nodes["RUS"]["size"] == node_size(3) > nodes["NATO"]["size"] == node_size(2)
    assert nodes["NATO"]["color"] == KIND_COLORS["organization"]
    assert nodes["RUS"]["color"] == KIND_COLORS["country"]
    by_country = {n["id"]: n for n in dataset(graph_html(small_graph(), color_by="country"), "nodes")}
    assert by_country["RUS"]["color"] == key_color("RUS")
    assert by_country["NATO"]["color"] == key_color("NATO")  # no country: its own id


def test_one_edge_per_pair_coloured_by_dominant_quad_and_sized_by_mentions():
    edges = {(e["from"], e["to"]): e for e in dataset(graph_html(small_graph()), "edges")}
    assert set(edges) == {("NATO", "RUS"), ("RUS", "UKR"), ("NATO", "UKR")}
    assert edges[("NATO", "RUS")]["color"] == QUAD_COLORS[3]
    assert edges[("RUS", "UKR")]["color"] == QUAD_COLORS[4]  # a 3 and a 4 tie: conflict wins
    assert edges[("NATO", "UKR")]["color"] == QUAD_COLORS[2]
    assert edges[("RUS", "UKR")]["width"] > edges[("NATO", "UKR")]["width"] > edges[("NATO", "RUS")]["width"]


def test_tooltips_list_events_with_date_code_flags_and_article():
    edges = {(e["from"], e["to"]): e for e in dataset(graph_html(small_graph()), "edges")}
    title = edges[("RUS", "UKR")]["title"]
    lines = title.splitlines()
    assert lines[0] == "RUS → UKR: 2 events, net Goldstein -14.4, mostly material conflict"
    assert lines[2] == "2022-02-24 · CAMEO 190 Fight"  # newest first
    assert "2022-02-01 · CAMEO 130 Threaten (negated)" in lines
    assert "“Troops crossed the border.”" in lines
    assert "article: A &lt;i&gt;title&lt;/i&gt; (a1)" in lines
    assert "(intended)" in edges[("NATO", "UKR")]["title"]


def test_article_text_and_labels_are_escaped_everywhere():
    page = graph_html(small_graph(EVIL_SENTENCE, EVIL_LABEL), title="<script>alert(3)</script>")
    assert "<img src=x" not in page and "<img src=y" not in page
    assert "<script>window.__kg_pwned" not in page and "<script>alert(3)" not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page  # the heading, escaped
    titles = [e["title"] for e in dataset(page, "edges")] + [n["title"] for n in dataset(page, "nodes")]
    assert any("&lt;img src=x onerror=" in t for t in titles)
    assert not any("<img" in t or "<script" in t for t in titles)


def test_header_shows_title_filters_and_legend():
    page = graph_html(small_graph(), title="Russia, 2022")
    header = page[page.index('<div id="kg-header">') :]
    header = header[: header.index("</div>\n", header.index("kg-legend"))]
    assert "<h1>Russia, 2022</h1>" in header
    assert "Filters: from 2022-01-01 · 3 actors, 4 events" in header
    for text in ("country", "organization", "verbal conflict", "material conflict", "material cooperation"):
        assert text in header
    assert "verbal cooperation" not in header  # no edge of that colour is drawn
    assert "Filters: only these" in graph_html(small_graph(), filters=["only these"])


def test_small_graphs_use_physics_with_stabilisation():
    page = graph_html(small_graph())
    assert '"stabilization": {"enabled": true' in page
    assert all("x" not in n for n in dataset(page, "nodes"))


def test_large_graphs_get_a_precomputed_layout_and_no_physics():
    g = random_graph(LAYOUT_THRESHOLD + 50, 3000)
    page = graph_html(g)
    nodes = dataset(page, "nodes")
    assert len(nodes) == LAYOUT_THRESHOLD + 50
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) > 0.95 * len(nodes)  # spread out, not stacked
    assert '"physics": {"enabled": false}' in page
    assert "precomputed layout" in page
    assert graph_html(g) == page  # deterministic


def test_page_is_what_pyvis_itself_writes_for_the_same_network():
    """kg renders pyvis's template without importing pyvis.network; the page must not differ."""
    from pyvis.network import Network

    from kg.viz.page import network_page, strip_cdn_tags

    nodes = [
        {"id": "A", "label": "A <b>", "title": "has href &lt;i&gt;", "color": "#123456", "size": 9.0},
        {"id": "B", "label": "B", "title": "plain", "x": 1.5, "y": -2.0, "physics": False},
    ]
    edges = [{"from": "A", "to": "B", "arrows": "to", "title": "x's & <y>", "width": 2.0}]
    options = {"physics": {"enabled": True, "stabilization": {"enabled": True}}, "layout": {"randomSeed": 0}}
    net = Network(height="500px", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.nodes, net.edges, net.options = nodes, edges, options
    assert network_page(nodes, edges, options, height="500px") == strip_cdn_tags(net.generate_html())


def test_layout_ignores_direction_and_parallel_edges():
    from kg.viz import force_layout

    multi = random_graph(60, 300)
    simple = nx.Graph()
    simple.add_nodes_from(multi)
    simple.add_edges_from((v, u) for u, v in multi.edges())
    assert force_layout(multi, seed=3) == force_layout(simple, seed=3)
    assert force_layout(multi, seed=3) != force_layout(multi, seed=4)


def test_events_html_draws_plain_nodes_and_edges_as_graph_html_draws_the_graph():
    from kg.viz import events_html, force_layout, spring_positions

    for g in (small_graph(), random_graph(LAYOUT_THRESHOLD + 20, 3000)):
        edges = list(g.edges(keys=True, data=True))
        page = events_html(dict(g.nodes(data=True)), edges, filters=g.graph.get("filters", []))
        assert page == graph_html(g)
        assert spring_positions(list(g), [(u, v) for u, v, *_ in edges], seed=2) == force_layout(g, seed=2)
