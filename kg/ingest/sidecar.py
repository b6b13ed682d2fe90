"""Ingest stage: ``metadata.jsonl`` sidecar files that describe the article files beside them.

Corpora often ship their texts as plain files with the metadata kept apart, one JSON record per
file: ``{"file": "guardian/001.txt", "date": "2017-08-06", "title": ..., "url": ...,
"publisher": ...}``. Such a file holds no article text; kg reads it as metadata for the files it
names (their paths relative to the sidecar's folder) instead of as articles.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import stat
from pathlib import Path
from typing import Any

from kg.datamodel import Article
from kg.ingest.dates import parse_datetime
from kg.ingest.located import Located, split_datetime

__all__ = ["SIDECAR_NAME", "Sidecars", "is_sidecar"]

logger = logging.getLogger(__name__)

SIDECAR_NAME = "metadata.jsonl"
_PROBE_LINES = 20
#: Sidecar tables this process has read, by folder, with the file's size, times and inode then:
#: every ``read_articles`` call makes its own :class:`Sidecars`, and a corpus read in chunks would
#: otherwise parse the same file and resolve the path of every record it names once per chunk.
#: A changed file (new size, times or inode) is read again.
_READ: dict[Path, tuple[tuple[int, int, int, int], dict[Path, dict[str, Any]]]] = {}
_READ_MAX = 256


def _records(path: Path) -> list[dict[str, Any]] | None:
    """The records of ``path`` if it is a sidecar (records with ``file`` and no ``text``), else None."""
    records: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return None if number < _PROBE_LINES else records
                if (
                    not isinstance(record, dict)
                    or "text" in record
                    or not isinstance(record.get("file"), str)
                ):
                    return None
                records.append(record)
    except OSError:
        return None
    return records or None


def is_sidecar(path: Path) -> bool:
    """True for a ``metadata.jsonl`` whose records name files and carry no text."""
    return path.name == SIDECAR_NAME and _records(path) is not None


class Sidecars:
    """Metadata for article files, found in ``metadata.jsonl`` files of their folder or above it.

    Examples:
        >>> import tempfile, datetime as dt
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / "a").mkdir()
        >>> _ = (root / "a" / "1.txt").write_text("Iran met France.")
        >>> _ = (root / SIDECAR_NAME).write_text('{"file": "a/1.txt", "date": "2019-03-14"}\\n')
        >>> meta = Sidecars().lookup(root / "a" / "1.txt")
        >>> meta["date"]
        '2019-03-14'
    """

    def __init__(self, *, levels: int = 3) -> None:
        self.levels = levels
        self._folders: dict[Path, dict[Path, dict[str, Any]]] = {}

    def _folder(self, folder: Path) -> dict[Path, dict[str, Any]]:
        if folder not in self._folders:
            table: dict[Path, dict[str, Any]] = {}
            path = folder / SIDECAR_NAME
            try:
                info = path.stat()
            except OSError:
                info = None
            if info is not None and stat.S_ISREG(info.st_mode):
                identity = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                known = _READ.get(folder)
                if known is not None and known[0] == identity:
                    table = known[1]
                else:
                    for record in _records(path) or []:
                        table[(folder / record["file"]).resolve()] = record
                    if len(_READ) >= _READ_MAX:
                        _READ.clear()
                    _READ[folder] = (identity, table)
            if table:
                logger.info("%s: metadata for %d files", path, len(table))
            self._folders[folder] = table
        return self._folders[folder]

    def lookup(self, path: Path) -> dict[str, Any] | None:
        """The sidecar record naming ``path``, from its folder or up to ``levels`` folders above."""
        target = path.resolve()
        folder = target.parent
        for _ in range(self.levels):
            record = self._folder(folder).get(target)
            if record is not None:
                return record
            if folder.parent == folder:
                break
            folder = folder.parent
        return None

    def apply(self, located: Located, path: Path) -> Located:
        """The article with the gaps (date, title, url, site) filled from its sidecar record."""
        record = self.lookup(path)
        if record is None:
            return located
        article: Article = located.article
        changes: dict[str, Any] = {}
        if article.date is None and record.get("date"):
            date, published = split_datetime(parse_datetime(str(record["date"])))
            if date is not None:
                changes["date"] = date
                if published is not None and article.published is None:
                    changes["published"] = published
        for field, key in (("title", "title"), ("url", "url"), ("site", "publisher"), ("author", "author")):
            value = record.get(key)
            if getattr(article, field) is None and isinstance(value, str) and value.strip():
                changes[field] = value.strip()
        if not changes:
            return located
        return Located(dataclasses.replace(article, **changes), located.where)
