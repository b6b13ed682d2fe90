"""Pipeline: bring ``events.jsonl`` back in line with the store after an interrupted build.

A build writes each batch's events to ``events.jsonl`` first and to the store second, and the store
marks an article stored only once all its triples are in (its content hash goes in last). So after
a build is killed, the file may end with lines of articles the store does not hold as stored (the
batch being written), the last of them possibly cut in the middle. :func:`trim_unstored_tail` drops
that tail; the rerun extracts those articles again and writes their lines once.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import StoreError

__all__ = ["trim_unstored_tail"]

logger = logging.getLogger(__name__)

_BLOCK = 1 << 20


def trim_unstored_tail(path: Path, stored: Callable[[Iterable[str]], set[str]], *, batch: int = 200) -> int:
    """Cut the end of ``path`` back to its last whole line whose article ``stored`` says is stored.

    Only one interrupted store batch can be missing from the store, so the last ``batch + 1``
    articles are looked up, in one call to ``stored``: the article before the interrupted batch must
    be stored. A file none of whose last ``batch + 1`` articles the store holds was written for another
    store: it is left whole and the build stops.

    Args:
        path: an ``events.jsonl`` file (one event a line, each with its ``article_id``).
        stored: which of the given article ids the store holds as stored.
        batch: the most articles one store batch holds (``kg build --store-batch``).

    Returns:
        The number of bytes cut (0 when the file ends cleanly with stored articles).

    Raises:
        StoreError: the last ``batch + 1`` articles of ``path`` are all unknown to the store.

    Examples:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "events.jsonl"
        >>> _ = p.write_text('{"article_id": "a"}\\n{"article_id": "b"}\\n{"article_')
        >>> trim_unstored_tail(p, lambda ids: {"a"} & set(ids)), p.read_text()
        (30, '{"article_id": "a"}\\n')
    """
    if not path.is_file():
        return 0
    size = path.stat().st_size
    tail: list[tuple[int, str]] = []  # (end of the line, its article), last line first
    seen: set[str] = set()
    more_before = False
    with path.open("rb") as f:
        for offset, line, whole in _lines_from_end(f, size):
            article = _article_of(line) if whole else None
            if article is None:
                continue
            if article not in seen and len(seen) == batch + 1:
                more_before = True  # the interrupted batch and the article before it are looked up
                break
            seen.add(article)
            tail.append((offset + len(line) + 1, article))
    held = stored(seen) if seen else set()
    keep = next((end for end, article in tail if article in held), None)
    if keep is None:
        if more_before:
            raise StoreError(
                f"{path}: none of its last {batch + 1} articles is in the store, so it was written for "
                "another store; move it away or build into a new --out folder"
            )
        keep = 0
    cut = size - keep
    if cut:
        with path.open("r+b") as f:
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())
        logger.warning(
            "%s: dropped %d bytes written for articles not stored (an interrupted build)", path, cut
        )
    return cut


def _lines_from_end(f: BinaryIO, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """(offset, line without its newline, whether a newline ends it) of each non-empty line, last first.

    Only the file's final piece can lack its newline: a line cut by the crash.
    """
    pos, rest, first = size, b"", True
    while pos > 0:
        step = min(_BLOCK, pos)
        pos -= step
        f.seek(pos)
        parts = (f.read(step) + rest).split(b"\n")
        rest = parts[0]  # may begin before pos: completed by the next block
        pieces = []
        offset = pos + len(rest) + 1
        for part in parts[1:]:
            pieces.append((offset, part))
            offset += len(part) + 1
        for i, (start, line) in enumerate(reversed(pieces)):
            if line:
                yield start, line, not (first and i == 0)
        if pieces:
            first = False
    if rest:
        yield 0, rest, not first


def _article_of(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    article = record.get("article_id") if isinstance(record, dict) else None
    return article if isinstance(article, str) else None
