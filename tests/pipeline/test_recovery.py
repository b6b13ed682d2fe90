"""events.jsonl after an interrupted build: only the unstored tail of one batch is cut, in one lookup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.pipeline.recovery import trim_unstored_tail


def write_lines(path: Path, articles: list[str], *, cut_last: bool = False) -> str:
    text = "".join(
        json.dumps({"event_id": f"{a}-{i}", "article_id": a}) + "\n" for a in articles for i in (0, 1)
    )
    if cut_last:
        text += '{"event_id": "x-0", "article_'
    path.write_text(text)
    return text


class Store:
    """Which articles are stored, and every lookup asked of it."""

    def __init__(self, stored: set[str]) -> None:
        self.stored = stored
        self.calls: list[set[str]] = []

    def __call__(self, ids):
        ids = set(ids)
        self.calls.append(ids)
        return ids & self.stored


ARTICLES = [f"a{i}" for i in range(10)]


def test_the_unstored_tail_is_cut_with_one_lookup_of_at_most_one_batch(tmp_path):
    path = tmp_path / "events.jsonl"
    text = write_lines(path, ARTICLES, cut_last=True)
    store = Store(set(ARTICLES[:8]))
    cut = trim_unstored_tail(path, store, batch=3)
    kept = path.read_text()
    assert [json.loads(line)["article_id"] for line in kept.splitlines()] == [
        a for a in ARTICLES[:8] for _ in (0, 1)
    ]
    assert cut == len(text) - len(kept)
    assert len(store.calls) == 1 and len(store.calls[0]) <= 3 + 1


def test_a_whole_batch_cut_short_is_dropped_back_to_the_batch_before(tmp_path):
    path = tmp_path / "events.jsonl"
    write_lines(path, ARTICLES)
    trim_unstored_tail(path, Store(set(ARTICLES[:7])), batch=3)  # a7, a8, a9: the interrupted batch
    assert [json.loads(line)["article_id"] for line in path.read_text().splitlines()][-1] == "a6"


def test_a_file_of_another_store_is_left_whole_and_named(tmp_path):
    path = tmp_path / "events.jsonl"
    text = write_lines(path, ARTICLES)
    with pytest.raises(StoreError, match="events.jsonl"):
        trim_unstored_tail(path, Store(set()), batch=3)
    assert path.read_text() == text


def test_a_first_batch_cut_short_leaves_an_empty_file(tmp_path):
    path = tmp_path / "events.jsonl"
    write_lines(path, ARTICLES[:2], cut_last=True)
    trim_unstored_tail(path, Store(set()), batch=3)
    assert path.read_text() == ""
