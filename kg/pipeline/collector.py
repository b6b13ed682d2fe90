"""Pipeline: fewer garbage-collector passes while a batch of articles is extracted.

Extraction makes and drops many small objects per sentence (spans, tuples, records); reference
counting frees nearly all of them, yet CPython's collector still scans its youngest generation
every 700 net allocations. Over the 300 corpus articles that was about 650 passes and some 9% of
extraction's CPU (``bench/bench_collector.py``). While a run is going, the pipeline raises the
youngest generation's threshold; the collector's own settings come back when the last run ends.

Runs may overlap (threads, nested generators): the first one in saves the settings, the last one
out restores them. A collector the user turned off, or set to run even less often, is left as is.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG_THRESHOLD", "fewer_collections"]

#: Net allocations between passes over the youngest generation while a run goes on (CPython: 700).
YOUNG_THRESHOLD = 50_000

_lock = threading.Lock()
_runs = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections(threshold: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """Collect the youngest generation every ``threshold`` allocations inside the ``with`` block.

    Examples:
        >>> import gc
        >>> before = gc.get_threshold()
        >>> with fewer_collections(10_000):
        ...     gc.get_threshold()[0] == max(10_000, before[0]) or before[0] == 0
        True
        >>> gc.get_threshold() == before
        True
    """
    global _runs, _saved
    with _lock:
        if _runs == 0:
            _saved = gc.get_threshold()
            young, *older = _saved
            if 0 < young < threshold:  # 0: the user turned collection off
                gc.set_threshold(threshold, *older)
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
