"""Crash safety (issue 8): `kg build` killed with SIGKILL half-way leaves a store that opens and
conforms to the shapes, and the rerun ends with exactly the events of a clean build."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf import open_store
from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH, RUN
from kg.rdf.store import KGStore
from kg.rdf.validate import check_lines
from tests.rdf.conftest import NATO, RUS, UKR, article, event, make_run
from tests.robust.articles import write_articles
from tests.robust.conftest import KG

pytestmark = pytest.mark.slow

PROV_GENERATED = "http://www.w3.org/ns/prov#wasGeneratedBy"
KGO = "https://w3id.org/kgnews/ontology#"


def build(inputs: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    out.mkdir(exist_ok=True)
    with (out.parent / f"{out.name}.log").open("ab") as log:
        return subprocess.Popen(
            [
                KG,
                "build",
                str(inputs),
                "--out",
                str(out),
                "--no-html",
                "--no-ttl",
                "--store-batch",
                "4",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def finish(process: subprocess.Popen[bytes], out: Path) -> None:
    assert process.wait(timeout=600) == 0, (out.parent / f"{out.name}.log").read_text()


def jsonl_lines(out: Path) -> int:
    path = out / "events.jsonl"
    return path.read_bytes().count(b"\n") if path.exists() else 0


def content(store: KGStore) -> tuple[set[str], set[str]]:
    """The events graph without the run records (each build has its own run), and the derived graph."""
    events = {
        f"{q.triple}"
        for q in store.graph_quads(EVENTS_GRAPH)
        if not q.subject.value.startswith(str(RUN)) and q.predicate.value != PROV_GENERATED
    }
    derived = {f"{q.triple}" for q in store.graph_quads(DERIVED_GRAPH)}
    return events, derived


def check_store(store: KGStore) -> None:
    """The store conforms to the shapes, and every event holds as many mentions as it counts."""
    lines = [f"{q.triple} .\n" for q in store.graph_quads(EVENTS_GRAPH)]
    assert check_lines(lines, lookup=store.classes_of) == []
    rows = store.select(
        "SELECT ?e ?count (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e a kgo:Event ; kgo:mentionCount ?count . "
        "OPTIONAL { ?e kgo:mention ?m . ?m kgo:text ?t } } GROUP BY ?e ?count"
    )
    for row in rows:
        assert int(row["count"].value) == int(row["n"].value), row["e"]


def test_a_build_killed_half_way_resumes_to_the_clean_result(tmp_path):
    inputs = tmp_path / "in"
    write_articles(inputs, 44)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    finish(build(inputs, clean), clean)

    # The writer puts a batch's lines in events.jsonl before storing it, so once a line of the second
    # batch (articles 5-8, --store-batch 4) is there, the first batch is committed to the store.
    articles = [json.loads(line)["article_id"] for line in (clean / "events.jsonl").read_text().splitlines()]
    first_batch = set(list(dict.fromkeys(articles))[:4])
    after_first = sum(1 for a in articles if a in first_batch) + 1
    assert after_first < 60 < len(articles)
    rnd = random.Random(8)
    counts = []
    for threshold in (after_first, 60):  # kill once the first batch is stored, then again further on
        process = build(inputs, crashed)
        deadline = time.monotonic() + 300
        while jsonl_lines(crashed) < threshold and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the build ended before it could be killed"
        time.sleep(rnd.uniform(0.0, 0.8))  # anywhere in the next batches: extracting or writing
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        with open_store(crashed / "store") as store:  # opens (the lock died with the process)
            check_store(store)
            counts.append(store.count_events())
    assert 0 < counts[0] <= counts[1]

    finish(build(inputs, crashed), crashed)
    with open_store(clean / "store", read_only=True) as a, open_store(crashed / "store") as b:
        check_store(b)
        assert b.count_events() == a.count_events() > counts[0]
        expected, got = content(a), content(b)
        assert got[0] == expected[0], "the events graph differs from a clean build's"
        assert got[1] == expected[1], "the derived shortcuts differ from a clean build's"
    ids = [json.loads(line)["event_id"] for line in (crashed / "events.jsonl").read_text().splitlines()]
    clean_ids = [json.loads(line)["event_id"] for line in (clean / "events.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids)), "events.jsonl repeats events"
    assert set(ids) == set(clean_ids), "events.jsonl lost or gained events"


class _Crash(Exception):
    pass


def test_a_write_cut_off_mid_batch_is_completed_by_the_rerun(monkeypatch, tmp_path):
    """A fault injected between the writes of one batch: the article is not marked stored, so adding
    the batch again completes it (the same triples as one clean add)."""
    a1 = article(1)
    events = [event(a1, RUS, UKR, "190", index=0), event(a1, NATO, RUS, "042", index=1)]
    with open_store(tmp_path / "clean") as clean:
        clean.add([a1], events, make_run())
        expected = content(clean)
    import kg.rdf.embedded

    # a batch this small is written in one transaction; batches from BULK_THRESHOLD lines up go
    # graph by graph through the bulk loader, hashes last: make this one take that path
    monkeypatch.setattr(kg.rdf.embedded, "BULK_THRESHOLD", 1)
    for cut in (1, 2):  # after the events graph; after the derived graph (before the hashes)
        with open_store(tmp_path / f"cut{cut}") as store:
            writes = []
            original = type(store).write_graph

            def failing(self, graph: ox.NamedNode, lines, original=original, writes=writes, cut=cut):
                if len(writes) == cut:
                    raise _Crash
                writes.append(graph)
                original(self, graph, lines)

            monkeypatch.setattr(type(store), "write_graph", failing)
            with pytest.raises(_Crash):
                store.add([a1], events, make_run())
            monkeypatch.setattr(type(store), "write_graph", original)
            assert not store.has_article(a1)  # not marked stored: a rerun will write it
            assert store.add([a1], events, make_run()) > 0
            assert store.has_article(a1)
            assert content(store) == expected
            assert store.add([a1], events, make_run()) == 0  # and now it is skipped


def _jsonl_ids(out: Path) -> list[str]:
    return [json.loads(line)["event_id"] for line in (out / "events.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("where", ["after the store", "inside the store write", "torn line"])
def test_events_jsonl_matches_the_store_after_a_crash_at_any_write(monkeypatch, tmp_path, nlp, where):
    """Faults injected around one batch's writes: the rerun's events.jsonl has every event once,
    as a clean build's has."""
    from kg.pipeline import build_graph
    from kg.rdf.embedded import EmbeddedStore

    inputs = tmp_path / "in"
    write_articles(inputs, 6, seed=3)
    clean = build_graph([inputs], tmp_path / "clean", store_batch=2, html=False, turtle=False)
    out = tmp_path / "out"
    if where == "torn line":
        # what a kill inside the last batch leaves: its last line half written, its articles' events
        # stored but not their content hashes (they are written last)
        build_graph([inputs], out, store_batch=2, html=False, turtle=False)
        path = out / "events.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        last = json.loads(lines[-1])["article_id"]
        path.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")
        with open_store(out / "store") as store:
            article = f"<https://w3id.org/kgnews/article/{last}>"
            store.update(f"DELETE WHERE {{ GRAPH ?g {{ {article} kgo:contentHash ?h }} }}")
    else:
        calls = []
        original_add = EmbeddedStore.add

        def crash(*args, **kwargs):
            raise _Crash

        def add(self, *args, **kwargs):
            calls.append(1)
            if where == "inside the store write" and len(calls) == 2:
                monkeypatch.setattr(EmbeddedStore, "write_batch", crash)
            written = original_add(self, *args, **kwargs)
            if len(calls) == 2:
                raise _Crash
            return written

        monkeypatch.setattr(EmbeddedStore, "add", add)
        with pytest.raises(_Crash):
            build_graph([inputs], out, store_batch=2, html=False, turtle=False)
        monkeypatch.undo()
    again = build_graph([inputs], out, store_batch=2, html=False, turtle=False)
    assert again.events_total == clean.events_total
    ids = _jsonl_ids(out)
    assert len(ids) == len(set(ids)), "events.jsonl repeats events"
    assert sorted(ids) == sorted(_jsonl_ids(tmp_path / "clean")), "events.jsonl lost events"
