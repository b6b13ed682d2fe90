"""Concurrency (issue 8): queries through `kg serve --writable` while `kg build --store URL` writes
through it see consistent states, and the final store equals a direct build's.

Consistent means, for every answer a reader gets while the build runs:

1. the number of events never goes down from one answer to the next;
2. every visible event is complete: it has a source, an action and a root code, and exactly
   ``kgo:mentionCount`` mentions, each with its text, character span and article;
3. every article visible as stored (its content hash is there) has all its events: as many as it
   has once the build is over.
"""

from __future__ import annotations

import threading
import time

import pytest

from kg.rdf import open_store
from tests.rdf.conftest import free_port
from tests.robust.articles import write_articles
from tests.robust.conftest import KG, event_count, kg_serve, select
from tests.robust.test_crash import check_store, content, finish

pytestmark = pytest.mark.slow

PREFIXES = "PREFIX kgo: <https://w3id.org/kgnews/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
INCOMPLETE = (
    PREFIXES
    + """
SELECT ?e WHERE {
  ?e a kgo:Event .
  OPTIONAL { ?e kgo:mentionCount ?count }
  OPTIONAL { SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE {
      ?e kgo:mention ?m . ?m kgo:text ?t ; kgo:charStart ?s ; kgo:charEnd ?x ; prov:wasDerivedFrom ?a
    } GROUP BY ?e }
  FILTER (!BOUND(?count) || !BOUND(?n) || ?n != ?count
          || NOT EXISTS { ?e kgo:source ?src } || NOT EXISTS { ?e kgo:action ?act }
          || NOT EXISTS { ?e kgo:rootCode ?root })
}"""
)
STORED_ARTICLES = (
    PREFIXES
    + """
SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?a kgo:contentHash ?h .
  OPTIONAL { ?m prov:wasDerivedFrom ?a . ?e kgo:mention ?m }
} GROUP BY ?a"""
)


def test_queries_during_a_build_through_the_server_are_consistent(tmp_path):
    import subprocess

    inputs = tmp_path / "in"
    write_articles(inputs, 36, seed=5)
    direct = tmp_path / "direct"
    with (tmp_path / "direct.log").open("wb") as log:
        process = subprocess.Popen(
            [KG, "build", str(inputs), "--out", str(direct), "--no-html", "--no-ttl"],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    finish(process, direct)

    location = tmp_path / "served" / "store"
    answers: list[tuple[int, list[str], dict[str, int]]] = []
    errors: list[str] = []
    with kg_serve(location, "--writable") as srv:
        stop = threading.Event()

        def read() -> None:
            deadline = time.monotonic() + 600
            while not stop.is_set() and time.monotonic() < deadline and len(answers) < 5000:
                try:
                    count = event_count(srv.url)
                    status, _, bad = select(srv.url, INCOMPLETE)
                    status2, _, stored = select(srv.url, STORED_ARTICLES)
                    if status != 200 or status2 != 200:
                        errors.append(f"HTTP {status}/{status2}: {bad} {stored}")
                        continue
                    incomplete = [b["e"]["value"] for b in bad["results"]["bindings"]]
                    per_article = {
                        b["a"]["value"]: int(b["n"]["value"]) for b in stored["results"]["bindings"]
                    }
                    answers.append((count, incomplete, per_article))
                except Exception as err:  # noqa: BLE001 - every failure is a finding
                    errors.append(repr(err))
                time.sleep(0.02)

        reader = threading.Thread(target=read)
        reader.start()
        out = tmp_path / "out"
        with (tmp_path / "out.log").open("wb") as log:
            build = subprocess.Popen(
                [
                    KG,
                    "build",
                    str(inputs),
                    "--out",
                    str(out),
                    "--store",
                    srv.url,
                    "--no-html",
                    "--no-ttl",
                    "--store-batch",
                    "3",
                ],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        try:
            finish(build, out)
        finally:
            stop.set()
            reader.join(timeout=120)
        final_count = event_count(srv.url)
        _, _, stored = select(srv.url, STORED_ARTICLES)
        final = {b["a"]["value"]: int(b["n"]["value"]) for b in stored["results"]["bindings"]}

    assert errors == []
    counts = [count for count, _, _ in answers]
    assert len(set(counts)) >= 3, f"the reader saw too few states of the build: {sorted(set(counts))}"
    assert counts == sorted(counts), "the event count went down"
    assert all(incomplete == [] for _, incomplete, _ in answers), "an event was seen without its mentions"
    for _, _, per_article in answers:
        for art, n in per_article.items():
            assert n == final[art], f"{art} was visible as stored with {n} of its {final[art]} events"
    assert len(final) == 36

    with open_store(direct / "store", read_only=True) as a, open_store(location) as b:
        check_store(b)
        assert b.count_events() == a.count_events() == final_count
        assert content(b) == content(a)


def test_remote_writes_keep_each_event_whole_in_one_request(monkeypatch, tmp_path):
    """Batches go to an endpoint in INSERT DATA requests of about 20,000 lines (one transaction each);
    a request never ends inside an event, so readers never see an event without its mentions."""
    import pyoxigraph as ox

    import kg.rdf.remote as remote
    from kg.rdf.build import EV, EVENTS_GRAPH, MEN
    from kg.rdf.serve import start_server
    from tests.rdf.conftest import FRA, NATO, RUS, UKR, article, event, make_run

    arts = [article(i) for i in range(3)]
    events = [
        event(a, s, t, "042", index=i) for a in arts for i, (s, t) in enumerate([(RUS, UKR), (FRA, NATO)])
    ]
    monkeypatch.setattr(remote, "_INSERT_CHUNK", 7)  # far fewer lines than one event has
    bodies: list[str] = []
    original = remote.RemoteStore.update

    def spy(self, text):
        bodies.append(text)
        original(self, text)

    monkeypatch.setattr(remote.RemoteStore, "update", spy)
    with start_server(tmp_path / "store", port=free_port(), writable=True) as srv:
        store = open_store(srv.url)
        bodies.clear()
        store.add(arts, events, make_run())
        served = content(store)
    with open_store(None) as direct:
        direct.add(arts, events, make_run())
        assert served == content(direct)
    inserts = [b for b in bodies if "INSERT DATA" in b and str(EVENTS_GRAPH) in b]
    assert len(inserts) > len(events)  # the batch was cut into many requests
    for body in inserts:
        triples = list(
            ox.parse(body.split("{\n", 1)[1].rsplit("}", 2)[0].encode(), format=ox.RdfFormat.N_TRIPLES)
        )
        events_here = {t.subject.value for t in triples if t.object.value.endswith("#Event")}
        for t in triples:
            if t.subject.value.startswith(str(EV)):
                assert t.subject.value in events_here, "a request holds part of an event it did not start"
            if t.subject.value.startswith(str(MEN)):
                owner = [x.subject.value for x in triples if x.object == t.subject]
                assert owner and owner[0] in events_here, "a mention was sent apart from its event"
