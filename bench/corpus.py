"""Bench helpers: the shared news corpus, a subset of it, and replicated copies for memory runs.

The articles stay in ../shared/corpus (other people's writing): benches read them and write copies
only into temporary directories that are deleted afterwards.
"""

from __future__ import annotations

from pathlib import Path

from kg.datamodel import Article

__all__ = ["CORPUS", "corpus_articles", "corpus_files", "replicate"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SUBDIRS = ("guardian_sdf", "bbc_politics_intl")


def corpus_files(limit: int | None = None) -> list[Path]:
    """The corpus's article files (not metadata.jsonl); ``limit`` picks an even spread of them."""
    files = sorted(f for sub in SUBDIRS for f in (CORPUS / sub).glob("*.txt"))
    if not files:
        raise SystemExit(f"no corpus under {CORPUS}: the benches need ../shared/corpus")
    if limit is None or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def corpus_articles(limit: int | None = None) -> list[Article]:
    """The articles of :func:`corpus_files`, as the pipeline reads them."""
    from kg.ingest import read_articles

    return list(read_articles(corpus_files(limit)))


def replicate(files: list[Path], copies: int, into: Path, *, distinct: bool) -> Path:
    """Write ``copies`` copies of ``files`` under ``into``.

    ``distinct`` appends a line naming the copy, so each copy has its own content hash and
    ``kg build`` stores it instead of skipping it as already stored.
    """
    for copy in range(copies):
        folder = into / f"copy{copy:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for number, file in enumerate(files):
            text = file.read_text(encoding="utf-8")
            if distinct:
                text = text.rstrip("\n") + f"\n\nBenchmark copy {copy}.\n"
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return into
