"""The garbage collector runs less often while the pipeline extracts, and gets its settings back after."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.pipeline import extract
from kg.pipeline.collector import YOUNG_THRESHOLD, fewer_collections
from tests.pipeline.conftest import OWN_TEXTS, write_articles


@pytest.fixture()
def default_collector() -> Iterator[tuple[int, int, int]]:
    """CPython's default thresholds for the test, the runner's own afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        yield gc.get_threshold()
    finally:
        gc.set_threshold(*before)


def test_an_extraction_run_raises_the_young_threshold_and_restores_it(
    default_collector, tmp_path: Path, nlp
) -> None:
    inputs = write_articles(tmp_path / "in", OWN_TEXTS[:3])
    seen = []
    for event in extract([inputs]):
        seen.append(gc.get_threshold())
        assert event.source.actor.id
    assert seen, "the sample articles hold events"
    assert all(t == (YOUNG_THRESHOLD, 10, 10) for t in seen), seen
    assert gc.get_threshold() == default_collector


def test_a_run_stopped_early_or_failing_restores_the_collector(
    default_collector, tmp_path: Path, nlp
) -> None:
    inputs = write_articles(tmp_path / "in", OWN_TEXTS[:4])
    events = extract([inputs])
    next(events)
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    events.close()  # the caller stops reading
    assert gc.get_threshold() == default_collector

    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a failing run")
    assert gc.get_threshold() == default_collector


def test_overlapping_runs_restore_only_when_the_last_one_ends(default_collector) -> None:
    inner_started, outer_may_end = threading.Event(), threading.Event()

    def other_run() -> None:
        with fewer_collections():
            inner_started.set()
            outer_may_end.wait(10)

    with fewer_collections():
        thread = threading.Thread(target=other_run)
        thread.start()
        assert inner_started.wait(10)
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD, "the other run still goes on"
    outer_may_end.set()
    thread.join(10)
    assert gc.get_threshold() == default_collector


@pytest.mark.parametrize("threshold", [(0, 10, 10), (100_000, 5, 5)])
def test_a_collector_the_user_set_is_left_alone(threshold: tuple[int, int, int]) -> None:
    before = gc.get_threshold()
    gc.set_threshold(*threshold)
    try:
        with fewer_collections():
            assert gc.get_threshold() == threshold
        assert gc.get_threshold() == threshold
    finally:
        gc.set_threshold(*before)
