"""The relationship commands (ego, paths, key-actors, communities, trend, relations, viz) via CliRunner.

They run on a real Oxigraph store directory holding the hand-made events of tests/graph/conftest.py.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.graph.conftest import fixture_events
from tests.viz.conftest import dataset

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from kg.datamodel import Article
    from kg.rdf import open_store, to_rdf

    out = tmp_path_factory.mktemp("graph_cli")
    store = open_store(out / "store")
    articles = [Article("a1", "First test text."), Article("a2", "Second test text.")]
    to_rdf(fixture_events(), articles=articles, store=store)
    store.close()
    return out


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_viz_around_an_actor_with_filters(store_dir, tmp_path):
    out = tmp_path / "rus.html"
    args = ["viz", "--store", str(store_dir), "--actor", "Russia", "--hops", "1"]
    result = runner.invoke(app, [*args, "--since", "2022-01-01", "--quad", "3,4", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert {n["id"] for n in dataset(page, "nodes")} == {"RUS", "UKR", "NATO"}
    edges = {(e["from"], e["to"]) for e in dataset(page, "edges")}
    assert edges == {("RUS", "UKR"), ("UKR", "RUS"), ("RUS", "NATO"), ("NATO", "RUS")}
    assert "within 1 hop of RUS; from 2022-01-01; QuadClass 3, 4" in page
    assert "<h1>kg event graph: RUS</h1>" in page


def test_viz_colour_by_country_and_bad_options(store_dir, tmp_path):
    ok = runner.invoke(
        app, ["viz", "--store", str(store_dir), "--color-by", "country", "-o", str(tmp_path / "c.html")]
    )
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(
        app, ["viz", "--store", str(store_dir), "--quad", "7", "-o", str(tmp_path / "x.html")]
    )
    assert bad.exit_code == 2 and "invalid QuadClass '7'" in bad.stderr
    nobody = runner.invoke(app, ["viz", "--store", str(store_dir), "--actor", "Atlantis"])
    assert nobody.exit_code == 2 and "no actor 'Atlantis'" in nobody.stderr


def test_ego(store_dir):
    rows = _json(["ego", "UKR", "--store", str(store_dir), "--format", "json"])
    assert [(r["actor"], r["hops"], r["events_to"], r["events_from"]) for r in rows] == [
        ("RUS", 1, 1, 2),  # its attack and Russian government's threat; Ukraine's rejection
        ("NATO", 1, 0, 1),  # 4 events in the neighbourhood
        ("USA", 1, 1, 1),  # 3 events; the low-confidence one counts by default
    ]
    confident = _json(
        ["ego", "UKR", "--min-confidence", "0.5", "--store", str(store_dir), "--format", "json"]
    )
    assert ("USA", 0) in [(r["actor"], r["events_to"]) for r in confident]


def test_paths(store_dir):
    rows = _json(["paths", "USA", "RUS", "--store", str(store_dir), "--format", "json"])
    assert sorted(r["path"] for r in rows) == ["USA — NATO — RUS", "USA — UKR — RUS"]
    undirected = _json(["paths", "RUS", "USA", "--store", str(store_dir), "--format", "json"])
    assert sorted(r["path"] for r in undirected) == ["RUS — NATO — USA", "RUS — UKR — USA"]
    directed = _json(["paths", "RUS", "USA", "--directed", "--store", str(store_dir), "--format", "json"])
    assert [r["path"] for r in directed] == ["RUS → UKR → USA"]  # NATO never acts on the USA


def test_key_actors_by_hostility(store_dir):
    rows = _json(["key-actors", "--by", "hostility", "--store", str(store_dir), "--format", "json"])
    assert rows[0]["actor"] == "RUS" and rows[0]["hostility"] == pytest.approx(18.4)
    table = runner.invoke(app, ["key-actors", "--store", str(store_dir), "--top", "2"])
    assert table.exit_code == 0 and "18.4" in table.stdout
    bad = runner.invoke(app, ["key-actors", "--by", "fame", "--store", str(store_dir)])
    assert bad.exit_code == 2 and "cannot sort key actors by 'fame'" in bad.stderr


def test_communities_cover_every_actor(store_dir):
    rows = _json(["communities", "--store", str(store_dir), "--format", "json"])
    assert {r["actor"] for r in rows} == {"RUS", "UKR", "USA", "NATO"}
    assert {r["community"] for r in rows} <= {0, 1, 2, 3}


def test_trend_by_month(store_dir):
    rows = _json(["trend", "RUS", "UKR", "--by", "month", "--store", str(store_dir), "--format", "json"])
    assert [(r["period"][:7], r["events"], r["a_to_b"], r["b_to_a"]) for r in rows] == [
        ("2022-02", 2, 2, 0),
        ("2022-03", 1, 0, 1),
    ]
    bad = runner.invoke(app, ["trend", "RUS", "UKR", "--by", "decade", "--store", str(store_dir)])
    assert bad.exit_code == 2


def test_relations_views(store_dir):
    roots = _json(["relations", "RUS", "Ukraine", "--view", "roots", "--store", str(store_dir), "-f", "json"])
    assert [(r["source"], r["root"], r["events"]) for r in roots] == [
        ("RUS", "13", 1),
        ("RUS", "19", 1),
        ("UKR", "12", 1),
    ]
    balance = _json(["relations", "RUS", "UKR", "--view", "balance", "--store", str(store_dir), "-f", "json"])
    assert balance[-1]["direction"] == "both" and balance[-1]["conflict"] == 3
    tables = runner.invoke(app, ["relations", "RUS", "UKR", "--store", str(store_dir)])
    assert tables.exit_code == 0 and tables.stdout.count("┏") == 3  # roots, balance, events
    hypothetical = _json(["relations", "NATO", "RUS", "--all", "--store", str(store_dir), "-f", "json"])
    assert len(hypothetical) == 3  # Lavrov's rejection, Stoltenberg's threat, the hypothetical strike


@pytest.mark.parametrize(
    ("options", "graph_options", "color_by"),
    [
        ([], {}, "kind"),
        (
            ["--since", "2022-03", "--quad", "3,4", "--all"],
            {"since": "2022-03", "quad": "3,4", "all_events": True},
            "kind",
        ),
        (["--level", "actor", "--color-by", "country"], {"level": "actor"}, "country"),
    ],
)
def test_viz_page_is_the_page_of_the_networkx_graph(store_dir, tmp_path, options, graph_options, color_by):
    """`kg viz` draws the store without NetworkX; the page is the one graph_html draws of to_networkx."""
    from kg.cli.graph_options import open_graph
    from kg.viz import graph_html

    out = tmp_path / "g.html"
    result = runner.invoke(app, ["viz", "--store", str(store_dir), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    graph = open_graph(store_dir, **graph_options)
    assert graph.number_of_edges() > 0
    assert out.read_text(encoding="utf-8") == graph_html(graph, title="kg event graph", color_by=color_by)
    assert f"({graph.number_of_nodes()} actors, {graph.number_of_edges()} events)" in result.stdout


def test_viz_loads_neither_the_nlp_stack_nor_pandas_nor_ipython(store_dir, tmp_path):
    """`kg viz` stays fast: only what drawing a store needs is imported (not even NetworkX or RDFLib)."""
    out = tmp_path / "g.html"
    args = ["viz", "--store", str(store_dir), "--out", str(out)]
    code = (
        "import sys; from typer.main import get_command; from kg.cli import app;"
        f"get_command(app).main({args!r}, standalone_mode=False);"
        "heavy = ('spacy', 'pandas', 'scipy', 'IPython', 'pyvis.network', 'kg.pipeline', 'kg.nlp',"
        " 'networkx', 'rdflib');"
        "print('loaded:', ','.join(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "loaded: "
    assert len(dataset(out.read_text(encoding="utf-8"), "nodes")) == 4


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through Linux's /proc")
def test_graph_commands_release_the_store(store_dir):
    from kg.cli.graph_options import open_graph

    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    open_graph(store_dir)  # libraries loaded, caches filled
    before = open_files()
    for _ in range(3):
        assert open_graph(store_dir).number_of_nodes() == 4
    assert open_files() == before
