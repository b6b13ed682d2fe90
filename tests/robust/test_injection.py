"""Injection (issue 8): names with quotes, braces and newlines given to kg's commands cannot change a
query, and article text carrying markup is inert in the graph page (real headless Chromium)."""

from __future__ import annotations

import json
import subprocess

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.datamodel import Actor
from kg.rdf import open_store
from tests.rdf.conftest import NATO, RUS, UKR, article, event, make_run
from tests.robust.conftest import KG

runner = CliRunner()

# An actor whose id and label hold everything that could end a literal, an IRI or a group.
ODD_ID = 'X" } UNION { ?event ?p ?o } #\n>'
ODD = Actor(ODD_ID, 'Odd "}{ <label>\n# } UNION {', "organization", cameo="ODD")
ATTACKS = [
    'UKR" } UNION { ?event ?p ?o } #',
    "UKR> } UNION { ?event ?p ?o . } #",
    "UKR\n} UNION { ?event ?p ?o }",
    'UKR"@en } . ?event ?p ?o . FILTER(true) #',
    "UKR' || true || '",
    "RUS%3E%20%7D",
    "}}}",
    '"""',
    "UKR\\",
]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    location = tmp_path_factory.mktemp("injection") / "store"
    a1, a2 = article(1), article(2)
    events = [
        event(a1, RUS, UKR, "190", index=0),
        event(a1, UKR, RUS, "111", index=1),
        event(a2, ODD, NATO, "042", index=0),
        event(a2, NATO, RUS, "120", index=1),
    ]
    with open_store(location) as store:
        store.add([a1, a2], events, make_run())
    return location


def query_rows(store_dir, name: str, **params: str) -> tuple[int, list[dict], str]:
    args = ["query", name, "--store", str(store_dir), "-f", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    result = runner.invoke(app, args)
    rows = json_lines(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, rows, result.output


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def no_leak(output: str) -> None:
    for word in ("Traceback", "SyntaxError", "error at", "expected one of", "Unexpected"):
        assert word not in output, output


def test_named_query_parameters_cannot_change_the_query(store_dir):
    code, rows, output = query_rows(store_dir, "events_between", a="RUS", b="UKR")
    assert code == 0 and len(rows) == 2, output  # the control: the right rows
    for attack in ATTACKS:
        code, rows, output = query_rows(store_dir, "events_between", a="RUS", b=attack)
        no_leak(output)
        assert code == 0 and rows == [], (attack, output)  # nothing matches such an actor: no rows


def test_an_actor_with_an_odd_id_is_found_exactly(store_dir):
    # --param strips the ends of the value, so the id's closing newline-and-bracket cannot be given there:
    # the API takes it as it is
    from kg.rdf.named_queries import run_named

    with open_store(store_dir, read_only=True) as store:
        frame = run_named(store, "events_between", a=ODD_ID, b="NATO")
        assert len(frame) == 1 and frame["sourceLabel"].tolist() == [ODD.label]
        assert run_named(store, "events_between", a=ODD_ID[:-1], b="NATO").empty


def test_relations_with_odd_names_finds_the_actor_or_says_clearly_there_is_none(store_dir):
    result = runner.invoke(app, ["relations", ODD.label, "NATO", "--store", str(store_dir), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json_lines(result.stdout)
    assert len(rows) == 1 and rows[0]["cameo"] == "042"
    control = runner.invoke(app, ["relations", "Russia", "Ukraine", "--store", str(store_dir), "-f", "json"])
    expected = {row["event"] for row in json_lines(control.stdout)}
    assert len(expected) == 2
    for attack in ATTACKS + [a.replace("UKR", "Nobody") for a in ATTACKS]:
        result = runner.invoke(app, ["relations", "Russia", attack, "--store", str(store_dir), "-f", "json"])
        no_leak(result.output)
        if result.exit_code == 0:  # the actor resolver read "UKR" in the junk: Ukraine's events, no more
            assert "UKR" in attack and {row["event"] for row in json_lines(result.stdout)} == expected
        else:
            assert "no actor" in result.output, (attack, result.output)


def test_sparql_text_with_a_bound_looking_value_runs_as_written(store_dir):
    # kg sparql runs the user's own query; its literals stay literals
    query = 'SELECT ?e WHERE { ?e a kgo:Event ; kgo:sourceText ?t FILTER(?t = "} UNION { ?e ?p ?o }") }'
    result = runner.invoke(app, ["sparql", query, "--store", str(store_dir), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == ["e"]


EVIL_ARTICLE = """Invented markup report

Published 4 March 2023

France accused Germany of hiding </script><script>window.__kg_pwned = "script"</script> in the report.
Poland condemned Egypt for the <img src=x onerror="window.__kg_pwned = 'img'"> attack.
Japan threatened India with <svg onload="window.__kg_pwned = 'svg'"></svg> sanctions.
Canada met with Brazil <a href="javascript:window.__kg_pwned='a'">here</a> to discuss trade.
"""


@pytest.mark.slow
def test_article_markup_is_inert_in_the_built_graph_page(tmp_path, browser):
    source = tmp_path / "in" / "markup.txt"
    source.parent.mkdir()
    source.write_text(EVIL_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [KG, "build", str(source.parent), "--out", str(out), "--no-ttl"], capture_output=True, timeout=600
    )
    assert done.returncode == 0, done.stderr.decode()
    page_text = (out / "graph.html").read_text(encoding="utf-8")
    assert "onerror" in page_text and "<img src=x" not in page_text and "<svg onload" not in page_text

    page = browser.new_page()
    problems, requests = [], []
    page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto((out / "graph.html").as_uri())
    page.wait_for_function(
        "() => window.network && Object.keys(network.body.nodes).length > 0", timeout=30_000
    )
    titles = page.evaluate("() => network.body.data.edges.get().map(e => e.title).join('\\n')")
    assert "window.__kg_pwned" in titles, "the article's sentences did not reach the page"
    box = page.locator("#mynetwork").bounding_box()
    for node in page.evaluate("() => network.body.data.nodes.getIds()"):
        point = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(150)
    for edge in page.evaluate("() => network.body.data.edges.getIds()"):
        point = page.evaluate(
            "(id) => { const e = network.body.edges[id]; const p = e.edgeType.getPoint(0.5);"
            " return network.canvasToDOM(p); }",
            edge,
        )
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(300)
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.evaluate("() => window.__kg_pwned") is None
    assert page.evaluate("() => document.querySelectorAll('img, svg, a[href^=javascript]').length") == 0
    assert problems == []
    assert requests == [(out / "graph.html").as_uri()]
