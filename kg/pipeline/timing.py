"""Pipeline: where a run's time goes, stage by stage, across nested streaming generators."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["StageTimer"]

T = TypeVar("T")


class StageTimer:
    """Exclusive wall time per stage: time spent in a nested stage is not counted in its parent.

    Streaming stages are generators pulling from each other (reading inside ``nlp.pipe`` inside
    extraction), so each ``next()`` of a wrapped iterable is charged to that stage alone.

    Examples:
        >>> now = [0.0]
        >>> timer = StageTimer(clock=lambda: now[0])
        >>> def slow_numbers():
        ...     for n in (1, 2):
        ...         now[0] += 2.0  # producing each number takes 2 s
        ...         yield n
        >>> with timer.stage("work"):
        ...     for n in timer.wrap(slow_numbers(), "read"):
        ...         now[0] += 1.0  # working on it takes 1 s
        >>> timer.seconds["read"], timer.seconds["work"]
        (4.0, 2.0)
    """

    def __init__(self, *, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.seconds: dict[str, float] = {}
        self._stage = "other"
        self._since = clock()

    def _switch(self, stage: str) -> str:
        now = self._clock()
        self.seconds[self._stage] = self.seconds.get(self._stage, 0.0) + (now - self._since)
        previous, self._stage, self._since = self._stage, stage, now
        return previous

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Charge the time inside the ``with`` block to ``name``."""
        previous = self._switch(name)
        try:
            yield
        finally:
            self._switch(previous)

    def wrap(self, iterable: Iterable[T], name: str) -> Iterator[T]:
        """Iterate ``iterable``, charging the time spent producing each item to ``name``."""
        iterator = iter(iterable)
        while True:
            previous = self._switch(name)
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                self._switch(previous)
            yield item

    def add(self, name: str, seconds: float) -> None:
        """Add time measured elsewhere (in worker processes) to ``name``."""
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def snapshot(self) -> dict[str, float]:
        """Seconds per stage so far (the running stage included), rounded to milliseconds."""
        self._switch(self._stage)
        return {name: round(s, 3) for name, s in self.seconds.items() if s > 0}
