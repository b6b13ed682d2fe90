"""build_graph: streaming into the store in batches, resuming, skipping, failures; real model and store."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import kg.pipeline.engines
from kg.pipeline import build_graph
from kg.rdf import open_store
from tests.pipeline.conftest import OWN_TEXTS, event_ids, write_articles


@pytest.fixture(scope="module")
def full_build(tmp_path_factory: pytest.TempPathFactory, nlp):
    """All of OWN_TEXTS built in one go: the reference the other builds must end up equal to."""
    articles = write_articles(tmp_path_factory.mktemp("articles"), OWN_TEXTS)
    out = tmp_path_factory.mktemp("full")
    result = build_graph([articles], out, html=False)
    ids = event_ids(out / "events.jsonl")
    assert result.articles_read == len(OWN_TEXTS)
    assert len(ids) >= 6, "the test articles should yield events"
    return result, set(ids)


def test_events_reach_the_store_batch_by_batch_while_articles_stream(own_dir: Path, tmp_path: Path, nlp):
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []  # (events extracted so far, lines already in events.jsonl)
    extracted = 0

    def progress(article, events):
        nonlocal extracted
        extracted += len(events)
        path = out / "events.jsonl"
        seen.append((extracted, len(event_ids(path)) if path.exists() else 0))

    result = build_graph([own_dir], out, store_batch=3, html=False, progress=progress)
    assert len(seen) == len(OWN_TEXTS)
    cumulative = [n for n, _ in seen]
    for k, (_, written) in enumerate(seen):
        flushed_articles = (k // 3) * 3  # batches of 3 written before the (k+1)-th article
        assert written == (cumulative[flushed_articles - 1] if flushed_articles else 0)
    assert seen[-1][1] < result.events_added, "the last batch is written after the stream ends"
    assert len(event_ids(out / "events.jsonl")) == result.events_added == result.events_total


def test_building_again_skips_stored_articles_and_adds_only_new_ones(tmp_path: Path, full_build, nlp) -> None:
    _, reference = full_build
    first = write_articles(tmp_path / "first", OWN_TEXTS[:5])
    out = tmp_path / "out"
    build_graph([first], out, html=False)
    everything = write_articles(tmp_path / "all", OWN_TEXTS)
    skipped: list[str] = []
    result = build_graph([everything], out, html=False, on_skip=lambda a: skipped.append(Path(a.source).name))
    assert result.articles_read == len(OWN_TEXTS)
    assert result.articles_skipped == 5
    assert skipped == [f"article_{n:03d}.txt" for n in range(5)]
    ids = event_ids(out / "events.jsonl")
    assert len(ids) == len(set(ids)), "no event written twice"
    assert set(ids) == reference
    assert result.events_total == len(reference)


def test_an_interrupted_build_resumes_with_nothing_lost_or_duplicated(tmp_path: Path, full_build, nlp):
    _, reference = full_build
    articles = write_articles(tmp_path / "articles", OWN_TEXTS)
    out = tmp_path / "out"
    calls = 0

    def crash_on_fifth(article, events):
        nonlocal calls
        calls += 1
        if calls == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_graph([articles], out, store_batch=2, html=False, progress=crash_on_fifth)
    stored_before = event_ids(out / "events.jsonl")  # written right after each store transaction
    assert 0 < len(stored_before) < len(reference)

    result = build_graph([articles], out, store_batch=2, html=False)
    assert result.articles_skipped == 4, "the two batches stored before the crash are skipped"
    ids = event_ids(out / "events.jsonl")
    assert len(ids) == len(set(ids))
    assert set(ids) == reference
    assert result.events_total == len(reference)
    store = open_store(out / "store")
    try:
        assert store.count_events() == len(reference)
    finally:
        store.close()


def test_the_same_text_twice_in_one_build_is_stored_once(tmp_path: Path, nlp):
    articles = write_articles(tmp_path / "articles", [OWN_TEXTS[0], OWN_TEXTS[1], OWN_TEXTS[0]])
    result = build_graph([articles], tmp_path / "out", html=False, turtle=False, store_batch=10)
    assert result.turtle is None and not (tmp_path / "out" / "kg.ttl").exists()
    # Ingest may drop the repeat itself (its deduplication) or the build skips it as stored.
    assert result.articles_read - result.articles_skipped == 2
    ids = event_ids(tmp_path / "out" / "events.jsonl")
    assert len(ids) == len(set(ids)) == result.events_total


def test_an_extractor_crash_names_the_article_and_the_batch_goes_on(
    tmp_path: Path, full_build, monkeypatch: pytest.MonkeyPatch, nlp
):
    _, reference = full_build
    articles = write_articles(tmp_path / "articles", OWN_TEXTS)
    real = kg.pipeline.engines.extract_doc_events

    def fails_on_poland(doc, article, **kwargs):  # fault injection around the real extractor
        if "Poland" in article.text:
            raise ValueError("injected fault")
        return real(doc, article, **kwargs)

    monkeypatch.setattr(kg.pipeline.engines, "extract_doc_events", fails_on_poland)
    errors = []
    result = build_graph([articles], tmp_path / "out", html=False, on_error=errors.append)
    assert len(result.failures) == len(errors) == 1
    assert "article_001.txt" in result.failures[0] and "injected fault" in result.failures[0]
    assert 0 < result.events_total < len(reference)

    monkeypatch.setattr(kg.pipeline.engines, "extract_doc_events", real)
    again = build_graph([articles], tmp_path / "out", html=False)
    assert again.articles_skipped == len(OWN_TEXTS) - 1, "the failed article was not stored"
    assert set(event_ids(tmp_path / "out" / "events.jsonl")) == reference


def test_strict_stops_at_a_failed_extraction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp):
    from kg.errors import ExtractionError

    def always_fails(doc, article, **kwargs):
        raise RuntimeError("injected fault")

    monkeypatch.setattr(kg.pipeline.engines, "extract_doc_events", always_fails)
    articles = write_articles(tmp_path / "articles", OWN_TEXTS[:2])
    with pytest.raises(ExtractionError, match="article_000.txt"):
        build_graph([articles], tmp_path / "out", html=False, strict=True)


def test_timings_account_for_the_stages_of_the_build(full_build):
    result, _ = full_build
    stages = Counter(result.timings)
    for stage in ("read", "nlp", "extract", "store", "skip check", "export kg.ttl"):
        assert stage in stages, f"{stage} missing from {sorted(stages)}"
    assert result.timings["nlp"] > result.timings["read"]
    assert result.seconds == pytest.approx(sum(result.timings.values()), abs=0.01)
    assert result.articles_per_second > 0


def test_a_store_above_the_html_limit_gets_a_bounded_overview_saying_what_it_leaves_out(tmp_path: Path, nlp):
    from tests.viz.conftest import dataset

    articles = write_articles(tmp_path / "articles", OWN_TEXTS)
    result = build_graph([articles], tmp_path / "out", turtle=False, html_max_events=0, html_max_actors=3)
    assert result.html is not None
    page = result.html.read_text(encoding="utf-8")
    nodes = dataset(page, "nodes")
    assert len(nodes) == 3
    assert "Only the busiest actors are drawn:" in page
    # the same build drawn in full has more actors than the overview kept
    full = build_graph([articles], tmp_path / "full", turtle=False)
    assert len(dataset(full.html.read_text(encoding="utf-8"), "nodes")) > 3  # type: ignore[union-attr]
