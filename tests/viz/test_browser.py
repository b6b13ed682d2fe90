"""The HTML in real headless Chromium: drawn, no console errors, no network, untrusted text inert."""

from __future__ import annotations

import io

import pytest

from kg.viz import LAYOUT_THRESHOLD, render_html
from tests.viz.conftest import EVIL_LABEL, EVIL_SENTENCE, random_graph, small_graph

pytestmark = pytest.mark.slow


class PageWatch:
    """Console errors, uncaught exceptions and every request a page makes."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))


def _open(browser, path):
    page = browser.new_page()
    watch = PageWatch(page)
    page.goto(path.as_uri())
    page.wait_for_function(
        "() => window.network && network.body && Object.keys(network.body.nodes).length > 0", timeout=30_000
    )
    # physics: wait until the layout has settled (vis-network emits 'stabilized' once done)
    page.wait_for_function(
        "() => !network.physics.physicsEnabled || network.physics.stabilized", timeout=30_000
    )
    page.wait_for_timeout(300)
    return page, watch


def _coloured_pixels(png: bytes) -> int:
    """Pixels that are clearly not white or grey (node fills and edges are coloured)."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return int(((pixels.max(axis=-1) - pixels.min(axis=-1)) > 40).sum())


def _hover(page, node_id: str) -> None:
    """Move the mouse onto a node, so vis-network (or pyvis's popup) shows its tooltip."""
    box = page.locator("#mynetwork").bounding_box()
    point = page.evaluate(
        "(id) => network.canvasToDOM(network.getPositions([id])[id])",
        node_id,
    )
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_timeout(600)


def test_graph_is_drawn_offline_without_errors(browser, tmp_path):
    path = render_html(small_graph(), tmp_path / "graph.html", title="Test graph")
    page, watch = _open(browser, path)
    assert page.evaluate("() => network.body.data.nodes.length") == 3
    assert page.evaluate("() => network.body.data.edges.length") == 3
    shot = page.locator("#mynetwork").screenshot()
    assert _coloured_pixels(shot) > 500, "the graph area looks blank"
    assert page.locator("#kg-header h1").inner_text() == "Test graph"
    assert watch.errors == []
    assert watch.requests == [path.as_uri()], "the page fetched something besides itself"


def test_untrusted_text_runs_nothing(browser, tmp_path):
    graph = small_graph(EVIL_SENTENCE, EVIL_LABEL)
    path = render_html(graph, tmp_path / "evil.html", title='<img src=z onerror="window.__kg_pwned=1">')
    page, watch = _open(browser, path)
    shown = []
    for node in ("NATO", "UKR", "RUS"):  # a label with 'href' puts pyvis on its innerHTML popup path
        _hover(page, node)
        shown += page.evaluate(
            "() => Array.from(document.querySelectorAll('.popup, .vis-tooltip')).map(e => e.innerHTML)"
        )
    assert page.evaluate("() => window.__kg_pwned") is None
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert any("&lt;img src=y" in html for html in shown), f"the node tooltip was not shown: {shown}"
    edge_title = page.evaluate("() => network.body.data.edges.get().map(e => e.title).join('\\n')")
    assert "<script>window.__kg_pwned" not in edge_title and "&lt;img src=x" in edge_title
    assert page.evaluate("() => document.querySelectorAll('script:not([src])').length") == page.evaluate(
        "() => document.scripts.length"
    )
    assert page.locator("#kg-header h1").inner_text().startswith("<img src=z")
    assert watch.errors == []
    assert watch.requests == [path.as_uri()]


def test_large_graph_with_precomputed_layout_is_drawn(browser, tmp_path):
    path = render_html(random_graph(LAYOUT_THRESHOLD + 200, 4000), tmp_path / "large.html")
    page, watch = _open(browser, path)
    assert page.evaluate("() => network.physics.physicsEnabled") is False
    assert page.evaluate("() => network.body.data.nodes.length") == LAYOUT_THRESHOLD + 200
    assert _coloured_pixels(page.locator("#mynetwork").screenshot()) > 2000
    assert watch.errors == []
    assert watch.requests == [path.as_uri()]


def test_overview_page_is_drawn_and_says_what_it_leaves_out(browser, tmp_path):
    from kg.graph import overview_graph
    from kg.viz import render_overview

    rows = [
        {"source": f"A{i}", "target": f"A{(i * 7 + 1) % 40}", "quad_class": 1 + i % 4, "events": 1 + i % 5,
         "goldstein": -1.0 * i, "mentions": 2 + i % 5}
        for i in range(40)
    ]  # fmt: skip
    graph = overview_graph(None, max_actors=12, rows=rows, actors={})  # type: ignore[arg-type]
    path = render_overview(graph, tmp_path / "overview.html", title="Overview")
    page, watch = _open(browser, path)
    assert page.evaluate("() => network.body.data.nodes.length") == 12
    assert _coloured_pixels(page.locator("#mynetwork").screenshot()) > 500, "the graph area looks blank"
    header = page.locator("#kg-header").inner_text()
    assert "Only the busiest actors are drawn: 28 of 40 actors (the least active)" in header
    assert watch.errors == []
    assert watch.requests == [path.as_uri()]
