"""Extraction engines: worker processes and a Dask LocalCluster give the same events as one process."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.datamodel import Article
from kg.errors import KGError
from kg.pipeline import ExtractionSpec, build_graph, extract, stream_extraction
from tests.pipeline.conftest import OWN_TEXTS, event_ids, write_articles


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory, mixed_inputs: list[Path], nlp):
    out = tmp_path_factory.mktemp("one_process")
    result = build_graph(mixed_inputs, out, html=False)
    ids = event_ids(out / "events.jsonl")
    assert len(ids) >= 8, "the sample should yield enough events to compare"
    return result, ids


@pytest.mark.slow
def test_two_worker_processes_store_the_same_events_as_one(one_process, mixed_inputs, tmp_path: Path):
    reference, ids = one_process
    result = build_graph(mixed_inputs, tmp_path / "out", html=False, workers=2, chunk_size=2)
    assert result.workers == 2
    assert "worker nlp" in result.timings and "nlp" not in result.timings, "parsing ran in the workers"
    assert set(event_ids(tmp_path / "out" / "events.jsonl")) == set(ids)
    assert event_ids(tmp_path / "out" / "events.jsonl") == ids, "results come back in input order"
    assert result.events_total == reference.events_total
    assert result.roots == reference.roots


@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_stores_the_same_events(one_process, mixed_inputs, tmp_path: Path):
    from distributed import LocalCluster

    _, ids = one_process
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster:
        result = build_graph(
            mixed_inputs, tmp_path / "out", html=False, engine="dask", scheduler=cluster.scheduler_address
        )
    assert result.engine == "dask"
    assert "worker extract" in result.timings
    assert event_ids(tmp_path / "out" / "events.jsonl") == ids


@pytest.mark.slow
def test_extract_with_workers_yields_the_same_events_in_order(mixed_inputs, one_process):
    _, ids = one_process
    assert [e.event_id for e in extract(mixed_inputs, workers=2, batch_size=4)] == ids


def _counted(articles: list[Article], pulled: list[int]) -> Iterator[Article]:
    for article in articles:
        pulled[0] += 1
        yield article


@pytest.mark.parametrize(("workers", "bound"), [(1, 12), (2, 2 * 2 * 2 + 2)])
def test_engines_keep_only_a_bounded_window_of_articles_in_flight(workers: int, bound: int, nlp):
    texts = itertools.islice(itertools.cycle(OWN_TEXTS), 48)
    articles = [Article(id=f"a{n}", text=f"{text}\n\nCopy {n}.") for n, text in enumerate(texts)]
    pulled = [0]
    ahead = []
    spec = ExtractionSpec(batch_size=4)
    stream = stream_extraction(_counted(articles, pulled), spec, workers=workers, chunk_size=2, nlp=nlp)
    for done, result in enumerate(stream, start=1):
        assert result.article.id == f"a{done - 1}"
        ahead.append(pulled[0] - done)
    assert len(ahead) == len(articles)
    assert max(ahead) <= bound, f"read {max(ahead)} articles ahead of the results"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "spark"}, "unknown engine 'spark'"),
        ({"workers": 0}, "at least 1"),
        ({"scheduler": "tcp://127.0.0.1:1"}, "needs --engine dask"),
    ],
)
def test_bad_engine_options_are_refused_with_a_clear_message(options, message):
    with pytest.raises(KGError, match=message):
        list(stream_extraction([], ExtractionSpec(), **options))


@pytest.mark.slow
def test_a_missing_model_in_the_workers_gives_the_real_error(tmp_path: Path):
    from kg.errors import ModelNotFoundError

    articles = [Article(id="a", text=OWN_TEXTS[0])]
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        list(stream_extraction(articles, ExtractionSpec(model="no_such_model"), workers=2))


@pytest.mark.slow
def test_worker_processes_read_the_users_actors_file(tmp_path: Path):
    actors = tmp_path / "my_actors.tsv"
    actors.write_text("name\tid\tkind\tcountry\nNorthern Vale Militia\tNVM\tgroup\tUKR\n", encoding="utf-8")
    text = "Militia attack\n\nThe Northern Vale Militia attacked Russian troops near the border on Monday."
    inputs = [write_articles(tmp_path / "articles", [text])]
    found = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        build_graph(inputs, out, html=False, workers=workers, actors_file=actors)
        lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
        found[workers] = {json.loads(line)["source"]["id"] for line in lines}
    assert "NVM" in found[1], "the user's actor is resolved in this process"
    assert found[2] == found[1], "and in the worker processes"
