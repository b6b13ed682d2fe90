"""count_articles: the total behind the progress bar's ETA."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.pipeline import count_articles


def test_counts_text_files_and_jsonl_records_as_read_articles_does(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Spain recalled its ambassador.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Chile thanked Peru.\n", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text(
        '{"id": "1", "text": "Norway fined a firm."}\n\n{"id": "2", "text": "Kenya hosted talks."}\n',
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("not an input\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("Hidden.\n", encoding="utf-8")
    assert count_articles([tmp_path]) == 4 == len(list(read_articles([tmp_path])))
    assert count_articles([tmp_path / "a.txt", tmp_path / "sub" / "c.jsonl"]) == 3


def test_unknown_totals_give_none(tmp_path: Path):
    assert count_articles(["-"]) is None
    assert count_articles([tmp_path / "missing.txt"]) == 0
