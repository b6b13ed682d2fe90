"""Exposure (issue 8): `kg serve` as a real process — loopback by default, read-only unless asked,
long queries stopped, answers capped, an offline query page that shows untrusted text as text."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import urllib.parse

import pytest

from kg.datamodel import Actor
from kg.rdf import open_store
from tests.rdf.conftest import NATO, RUS, UKR, article, event, make_run
from tests.robust.conftest import (
    EVENT_COUNT,
    KGO,
    event_count,
    http,
    kg_serve,
    listening_addresses,
    process_tree,
    select,
)
from tests.viz.conftest import EVIL_LABEL

pytestmark = pytest.mark.slow

EVIL = Actor("EVIL", EVIL_LABEL + ' "}{ #', "organization", cameo="EVL")
# Two SKOS concepts per row: CAMEO has a few hundred, so this has far more than 10,000 rows.
CONCEPT = "<http://www.w3.org/2004/02/skos/core#Concept>"
PAIRS = f"SELECT ?a ?b WHERE {{ ?a a {CONCEPT} . ?b a {CONCEPT} }}"
SLOW_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A store with a few events, one of them by an actor whose label is markup."""
    location = tmp_path_factory.mktemp("served") / "store"
    a1, a2 = article(1), article(2)
    events = [
        event(a1, RUS, UKR, "190", index=0),
        event(a1, EVIL, NATO, "120", index=1),
        event(a2, NATO, RUS, "042", index=0),
    ]
    with open_store(location) as store:
        store.add([a1, a2], events, make_run())
        assert store.count_events() == 3
    return location


@pytest.fixture(scope="module")
def served(store_dir):
    with kg_serve(store_dir, "--timeout", "2") as srv:
        yield srv


def test_listens_on_loopback_only_unless_host_is_given(served, store_dir):
    addresses = listening_addresses(process_tree(served.process.pid))
    assert ("127.0.0.1", served.port) in addresses
    assert len(addresses) == 2  # the gateway and the oxigraph server behind it
    assert {host for host, _ in addresses} == {"127.0.0.1"}
    with kg_serve(store_dir, host="127.0.0.2") as other:
        addresses = listening_addresses(process_tree(other.process.pid))
        assert ("127.0.0.2", other.port) in addresses
        # only the gateway moved: the oxigraph server stays on 127.0.0.1
        assert sorted(host for host, _ in addresses) == ["127.0.0.1", "127.0.0.2"]
        assert event_count(other.url) == 3


def test_requests_addressed_to_another_host_name_are_refused(served):
    """A page whose DNS name was rebound to 127.0.0.1 sends its own name as Host: no answer for it."""
    query = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
    status, _, answer = http(f"{served.url}/query?{query}", headers={"Host": f"evil.example:{served.port}"})
    assert status == 403 and b"localhost" in answer
    status, _, _ = http(f"{served.url}/query?{query}", headers={"Host": f"localhost:{served.port}"})
    assert status == 200


def test_read_only_unless_writable(served, store_dir, tmp_path):
    for body, content_type in [
        (b"CLEAR ALL", "application/sparql-update"),
        (urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
    ]:
        status, _, answer = http(f"{served.url}/update", data=body, headers={"Content-Type": content_type})
        assert status == 403 and b"read-only" in answer
    # an update smuggled into the query endpoint is no query either
    form = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, _ = http(
        f"{served.url}/query", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 400
    status, _, answer = select(served.url, "CLEAR ALL")
    assert status == 400
    assert event_count(served.url) == 3

    copy = tmp_path / "store"  # a copy of the store, served writable: the update goes through
    shutil.copytree(store_dir, copy)
    with kg_serve(copy, "--writable") as rw:
        insert = f"INSERT DATA {{ GRAPH <urn:x:scratch> {{ <urn:x:e> a <{KGO}Event> }} }}"
        status, _, answer = http(
            f"{rw.url}/update", data=insert.encode(), headers={"Content-Type": "application/sparql-update"}
        )
        assert status in (200, 204), answer
        assert event_count(rw.url) == 4
        # the same update posted by a page of another site (a form or fetch): refused, nothing changed
        for origin in ("http://evil.example", "null"):
            status, _, answer = http(
                f"{rw.url}/update",
                data=b"DROP ALL",
                headers={"Content-Type": "application/sparql-update", "Origin": origin},
            )
            assert status == 403 and b"Origin" in answer
        assert event_count(rw.url) == 4
        delete = "DROP GRAPH <urn:x:scratch>"
        assert http(
            f"{rw.url}/update", data=delete.encode(), headers={"Content-Type": "application/sparql-update"}
        )[0] in (200, 204)
        assert event_count(rw.url) == 3


def test_no_web_page_reaches_the_oxigraph_server_behind_a_writable_gateway(store_dir, tmp_path, browser):
    """The server has no Origin or Host checks: it listens on a port browsers refuse to fetch from."""
    from playwright.sync_api import Error as BrowserError

    from kg.rdf.serve import BROWSER_BLOCKED_PORTS

    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy)
    with kg_serve(copy, "--writable") as rw:
        ports = {port for _, port in listening_addresses(process_tree(rw.process.pid))} - {rw.port}
        assert len(ports) == 1
        internal = ports.pop()
        assert internal in BROWSER_BLOCKED_PORTS
        backend = f"http://127.0.0.1:{internal}"
        assert http(f"{backend}/query?query=ASK%7B%7D")[0] == 200  # kg (not a browser) reaches it
        page = browser.new_page()
        page.goto(f"{rw.url}/")  # the same browser reaches the gateway
        assert page.locator("h1").inner_text() == "kg SPARQL query"
        with pytest.raises(BrowserError, match="ERR_UNSAFE_PORT"):
            page.goto(f"{backend}/query?query=ASK%7B%7D")
        # a page's form posting an update straight to the server: the browser never sends it
        insert = f"INSERT DATA {{ GRAPH <urn:x:evil> {{ <urn:x:e> a <{KGO}Event> }} }}"
        form = browser.new_page()  # about:blank, outside the gateway page's Content-Security-Policy
        form.set_content(f'<form method="post" action="{backend}/update"><input name="update"></form>')
        form.fill("input[name=update]", insert)
        with contextlib.suppress(BrowserError):
            form.evaluate("() => document.forms[0].submit()")
        form.wait_for_timeout(1000)
        assert event_count(rw.url) == 3


def test_the_browser_refuses_every_port_the_backend_may_listen_on(browser):
    """Whichever port :func:`kg.rdf.serve.internal_port` picks, the browser never sends it a request."""
    from playwright.sync_api import Error as BrowserError

    from kg.rdf.serve import BROWSER_BLOCKED_PORTS

    page = browser.new_page()
    for port in BROWSER_BLOCKED_PORTS:
        with pytest.raises(BrowserError, match="ERR_UNSAFE_PORT"):
            page.goto(f"http://127.0.0.1:{port}/", timeout=10_000)


@pytest.fixture
def fresh(store_dir):
    with kg_serve(store_dir, "--timeout", "2") as srv:
        yield srv


def test_long_queries_are_stopped(fresh, store_dir):
    status, _, answer = select(fresh.url, SLOW_COUNT)
    assert status == 504 and "longer than 2 s" in answer
    # a streaming answer is stopped too (Oxigraph's own timeout lets it run): no cap here
    with kg_serve(store_dir, "--timeout", "2", "--max-rows", "0") as uncapped:
        status, _, answer = select(uncapped.url, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 504 and "kg serve --timeout" in answer
        assert event_count(uncapped.url) == 3  # and the server goes on answering
    assert event_count(fresh.url) == 3


def test_answers_are_capped_at_10000_rows_by_default(fresh):
    status, _, answer = select(fresh.url, PAIRS)
    assert status == 403
    assert "more than 10000 rows" in answer and "--max-rows" in answer and "LIMIT" in answer
    status, headers, answer = select(fresh.url, PAIRS, extra="&truncate=1")
    assert status == 200 and headers["X-KG-Truncated"] == "10000"
    assert len(answer["results"]["bindings"]) == 10_000
    status, headers, answer = select(fresh.url, PAIRS + " LIMIT 10000")
    assert status == 200 and "X-KG-Truncated" not in headers
    assert len(answer["results"]["bindings"]) == 10_000
    construct = PAIRS.replace("SELECT ?a ?b WHERE", "CONSTRUCT { ?a <urn:x:p> ?b } WHERE")
    status, _, answer = select(fresh.url, construct, accept="text/turtle")
    assert status == 403 and "more than 10000 triples" in answer


def test_capped_answers_keep_their_content_in_every_format(store_dir, tmp_path):
    """Through the gateway, small answers are the embedded store's answers, whatever the format."""
    import csv
    import io

    query = (
        f"SELECT ?e ?label WHERE {{ ?e <{KGO}source> ?a . "
        "?a <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?e"
    )
    with open_store(store_dir, read_only=True) as direct:
        expected = [(row["e"].value, row["label"].value) for row in direct.query(query)]
    assert EVIL.label in {label for _, label in expected}
    with kg_serve(store_dir, "--max-rows", "3") as srv:
        _, headers, answer = select(srv.url, query)
        assert [(b["e"]["value"], b["label"]["value"]) for b in answer["results"]["bindings"]] == expected
        _, headers, text = select(srv.url, query, accept="text/csv")
        assert headers["Content-Type"].startswith("text/csv")
        assert [tuple(r) for r in csv.reader(io.StringIO(text))][1:] == expected
        _, headers, text = select(srv.url, query, accept="application/sparql-results+xml")
        assert headers["Content-Type"].startswith("application/sparql-results+xml") and "onerror" in text
        status, _, text = select(srv.url, "SELECT ?e WHERE { ?e ?p ?o }")
        assert status == 403 and "more than 3 rows" in text
        # kg's own commands through the gateway: the refusal is a clear error, not a traceback
        from typer.testing import CliRunner

        from kg.cli import app

        result = CliRunner().invoke(app, ["sparql", "SELECT ?e WHERE { ?e ?p ?o }", "--store", srv.url])
        assert result.exit_code != 0 and "more than 3 rows" in result.output
        result = CliRunner().invoke(app, ["sparql", EVENT_COUNT, "--store", srv.url, "-f", "csv"])
        assert result.exit_code == 0 and result.output.splitlines()[1] == "3"


def test_query_page_is_offline_and_shows_untrusted_text_as_text(served, browser):
    page = browser.new_page()
    requests, problems = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{served.url}/")
    assert page.locator("h1").inner_text() == "kg SPARQL query"
    query = (
        f"SELECT ?label ?text WHERE {{ ?a <http://www.w3.org/2000/01/rdf-schema#label> ?label . "
        f"?m <{KGO}text> ?text FILTER(CONTAINS(?label, 'onerror')) }}"
    )
    page.fill("textarea[name=query]", query)
    page.click("button[type=submit]")
    page.wait_for_selector("table")
    page.wait_for_timeout(500)
    cells = page.locator("td").all_inner_texts()
    assert any(EVIL_LABEL in cell for cell in cells), cells
    assert page.evaluate("() => window.__kg_pwned") is None
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert problems == []
    assert all(url.startswith(served.url + "/") for url in requests), requests
    # the query itself is echoed into the form as text, escaped
    assert page.locator("textarea[name=query]").input_value() == query


def test_a_killed_kg_serve_takes_its_oxigraph_server_with_it(store_dir, tmp_path):
    import time
    from pathlib import Path

    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy)
    with kg_serve(copy, "--writable") as rw:
        children = process_tree(rw.process.pid)[1:]
        assert children, "no oxigraph server under kg serve"
        rw.process.kill()  # SIGKILL: kg serve cannot clean up; the kernel tells the server
        rw.process.wait(timeout=10)
        for _ in range(100):
            if not any(Path(f"/proc/{pid}").exists() for pid in children):
                break
            time.sleep(0.1)
        else:
            for pid in children:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            pytest.fail(f"the oxigraph server outlived kg serve: {children}")
    with open_store(copy) as store:  # its lock on the store went with it
        assert store.count_events() == 3
