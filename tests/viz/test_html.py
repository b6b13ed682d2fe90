import json
import re

import networkx as nx

from kg.viz import QUAD_COLORS, graph_html, render_html


def _graph(sentence):
    g = nx.MultiDiGraph()
    g.add_node("NATO", label="NATO", kind="organization")
    g.add_node("RUS", label="Russia", kind="country")
    g.add_edge("NATO", "RUS", cameo="120", label="Reject", quad_class=3, date="2022-01-13", sentence=sentence)
    g.add_edge("RUS", "NATO", cameo="190", label="Fight", quad_class=4, date="2022-01-14", sentence="x")
    return g


def test_html_is_offline(tmp_path):
    path = render_html(_graph("NATO rejected Moscow's demands."), tmp_path / "g.html")
    page = path.read_text(encoding="utf-8")
    assert "vis.Network" in page or "new vis" in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", page)
    assert not (tmp_path / "lib").exists()


def test_edges_coloured_by_quad_class():
    page = graph_html(_graph("s"))
    assert QUAD_COLORS[3] in page and QUAD_COLORS[4] in page


def _dataset(page, name):
    match = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);", page)
    return json.loads(match.group(1))


def test_article_text_is_escaped_in_tooltips():
    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)> href"
    page = graph_html(_graph(evil))
    assert "<img src=x" not in page
    assert "<script>alert(1)" not in page
    titles = [e["title"] for e in _dataset(page, "edges")]
    assert any("&lt;img src=x onerror=alert(2)&gt;" in t for t in titles)
    assert not any("<img" in t or "<script" in t for t in titles)


def test_title_is_escaped():
    page = graph_html(_graph("s"), title="<b>x</b>")
    assert "<b>x</b>" not in page
