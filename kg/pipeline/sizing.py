"""Pipeline: how many articles the inputs hold, counted cheaply for progress bars and ETAs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest import SUPPORTED_SUFFIXES

__all__ = ["count_articles"]


def _files(path: Path) -> Iterator[Path]:
    """The input files under ``path`` that ``read_articles`` reads (hidden ones left out)."""
    if not path.is_dir():
        yield path
        return
    for child in path.rglob("*"):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            yield child


def _jsonl_records(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """The number of articles in ``inputs``, or None when it cannot be known without reading them.

    A ``.txt`` file is one article, a ``.jsonl`` file one per non-blank line (bad lines included:
    they are reported as failures). Stdin and other formats give None.

    Examples:
        >>> count_articles(["-"]) is None
        True
    """
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        if not path.exists():
            continue
        for file in _files(path):
            suffix = file.suffix.lower()
            if suffix == ".txt":
                total += 1
            elif suffix == ".jsonl":
                try:
                    total += _jsonl_records(file)
                except OSError:
                    continue
            else:
                return None
    return total
