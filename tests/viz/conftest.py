"""Graphs for the viz tests, and headless Chromium (the Debian package) driven by Playwright."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
EVIL_SENTENCE = (
    'Officials said </script><script>window.__kg_pwned = "script"</script> and '
    "<img src=x onerror=\"window.__kg_pwned = 'img'\"> href=javascript:alert(1) were found."
)
EVIL_LABEL = "<img src=y onerror=\"window.__kg_pwned = 'label'\"> href"


def dataset(page: str, name: str) -> list[dict]:
    """The nodes or edges pyvis put into the page, as JSON."""
    match = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);", page, re.DOTALL)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


def small_graph(sentence: str = "NATO rejected the demands.", label: str = "Russia") -> nx.MultiDiGraph:
    """Three actors, four events; ``sentence`` and ``label`` are where untrusted text goes."""
    g = nx.MultiDiGraph(filters=["from 2022-01-01"])
    g.add_node("NATO", label="NATO", kind="organization", country=None)
    g.add_node("RUS", label=label, kind="country", country="RUS")
    g.add_node("UKR", label="Ukraine", kind="country", country="UKR")
    common = {"article": "https://w3id.org/kgnews/article/a1", "article_title": "A <i>title</i>"}
    g.add_edge(
        "NATO",
        "RUS",
        cameo="120",
        label="Reject",
        quad_class=3,
        goldstein=-4.0,
        mentions=1,
        date=dt.date(2022, 1, 13),
        sentence=sentence,
        **common,
    )
    g.add_edge(
        "RUS",
        "UKR",
        cameo="190",
        label="Fight",
        quad_class=4,
        goldstein=-10.0,
        mentions=5,
        date=dt.date(2022, 2, 24),
        sentence="Troops crossed the border.",
        **common,
    )
    g.add_edge(
        "RUS",
        "UKR",
        cameo="130",
        label="Threaten",
        quad_class=3,
        goldstein=-4.4,
        mentions=1,
        date=dt.date(2022, 2, 1),
        sentence="A warning was issued.",
        negated=True,
        **common,
    )
    g.add_edge(
        "NATO",
        "UKR",
        cameo="070",
        label="Provide aid",
        quad_class=2,
        goldstein=7.0,
        mentions=2,
        date=None,
        sentence="Aid was sent.",
        modality="intended",
        **common,
    )
    return g


def random_graph(n_actors: int, n_events: int, seed: int = 1) -> nx.MultiDiGraph:
    """A skewed random event graph (a few actors in most events), every actor in some event."""
    import random

    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]
    kinds = ("country", "organization", "person", "sector", "unresolved")
    for i in range(n_actors):
        g.add_node(f"A{i}", label=f"Actor {i}", kind=kinds[i % len(kinds)], country=f"C{i % 40}")
    for k in range(n_events):
        u = f"A{k}" if k < n_actors else f"A{rnd.choices(range(n_actors), weights)[0]}"
        v = f"A{rnd.choices(range(n_actors), weights)[0]}"
        if u == v:
            v = f"A{(int(u[1:]) + 1) % n_actors}"
        quad = rnd.randint(1, 4)
        g.add_edge(
            u,
            v,
            cameo="042",
            label="Make a visit",
            quad_class=quad,
            goldstein=1.9,
            mentions=1,
            date=dt.date(2022, 1, 1 + k % 28),
            sentence=f"Sentence number {k}.",
            article=f"art{k % 50}",
        )
    return g


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.fail("headless Chromium is missing: `make test` installs it (apt-get install -y chromium)")
    return path


@pytest.fixture
def browser(chromium_path, tmp_path):
    """A fresh Chromium profile per test, through Playwright (never Playwright's own browser build)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=chromium_path,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
