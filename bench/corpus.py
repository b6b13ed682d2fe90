"""Bench helpers: the shared news corpus, a subset of it, and replicated copies for memory runs.

The articles stay in ../shared/corpus (other people's writing): benches read them and write copies
only into temporary directories that are deleted afterwards.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.datamodel import Article

__all__ = ["CORPUS", "corpus_articles", "corpus_files", "replicate", "scratch_dir"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SUBDIRS = ("guardian_sdf", "bbc_politics_intl")


def scratch_dir(prefix: str) -> Path:
    """A new directory for a bench's copies and stores, inside the repository (git-ignored).

    Not under /tmp: a long run there can lose its files to another process cleaning /tmp.
    """
    import tempfile

    base = ROOT / ".bench-tmp"
    base.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


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


def _halves(text: str) -> tuple[str, str]:
    """The first and second half of ``text``'s sentences (line breaks kept inside each half)."""
    sentences = re.split(r"(?<=[.!?])([ \n]+)", text)
    middle = (len(sentences) // 4) * 2 + 1  # cut after a separator, near the middle
    return "".join(sentences[:middle]), "".join(sentences[middle:])


def replicate(files: list[Path], copies: int, into: Path, *, distinct: bool) -> Path:
    """Write ``copies`` copies of ``files`` under ``into`` (copy 0 is the files themselves).

    ``distinct`` makes every later copy a new article of the same size and kind: the first half
    of one article's sentences followed by the second half of another's. Verbatim copies would
    be dropped by ingest's deduplication (near-identical text) and skipped by ``kg build`` as
    already stored, so they would not measure a larger corpus.
    """
    texts = [file.read_text(encoding="utf-8") for file in files]
    if distinct and copies > len(texts):
        raise ValueError(f"{copies} distinct copies need at least {copies} articles, not {len(texts)}")
    for copy in range(copies):
        folder = into / f"copy{copy:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for number, text in enumerate(texts):
            if distinct and copy:
                head, _ = _halves(text)
                _, tail = _halves(texts[(number + copy) % len(texts)])
                text = f"{head.rstrip()}\n\n{tail.lstrip()}"
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return into
