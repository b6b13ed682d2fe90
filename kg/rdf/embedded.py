"""RDF stage: the embedded store, a pyoxigraph ``Store`` in a directory (or in memory)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.namespace import PREFIXES
from kg.rdf.store import KGStore, QueryResult

__all__ = ["BULK_THRESHOLD", "EmbeddedStore"]

logger = logging.getLogger(__name__)

#: Batches of at least this many quads go through Oxigraph's bulk loader (faster, not transactional:
#: they are validated before, so a failure can only come from the disk).
BULK_THRESHOLD = 50_000


class EmbeddedStore(KGStore):
    """A pyoxigraph store in a directory (or in memory). Only one process may open a directory read-write."""

    def __init__(self, store: ox.Store, *, location: str | None = None, read_only: bool = False) -> None:
        self._store: ox.Store | None = store
        self.location = location
        self.read_only = read_only

    @classmethod
    def open(cls, location: str | Path | None = None, *, read_only: bool = False) -> EmbeddedStore:
        """Open (creating if needed) a store directory, or a new in-memory store for None.

        Raises:
            StoreError: the directory cannot be opened (locked by another process, not a store, ...).
        """
        try:
            if location is None:
                store = ox.Store()
            elif read_only:
                if not Path(location).exists():
                    raise StoreError(f"no store at {location}: build one with `kg build ... --out DIR`")
                store = ox.Store.read_only(str(location))
            else:
                Path(location).mkdir(parents=True, exist_ok=True)
                store = ox.Store(str(location))
        except OSError as err:
            raise StoreError(f"cannot open store {location}: {err}") from err
        return cls(store, location=str(location) if location is not None else None, read_only=read_only)

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise StoreError(f"store {self.name} is closed")
        return self._store

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush pending writes and release the directory lock; the store cannot be used after."""
        if self._store is None:
            return
        if self.location is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as err:
                logger.debug("flush skipped: %s", err)
        self._store = None

    def query(self, text: str) -> QueryResult:
        try:
            return self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise QueryError(f"query failed: {err}") from err

    def update(self, text: str) -> None:
        self._check_writable()
        try:
            self.store.update(text, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"SPARQL UPDATE syntax error: {err}") from err
        except OSError as err:
            raise StoreError(f"cannot update store {self.name}: {err}") from err

    def write_graph(self, graph: ox.NamedNode, lines: Sequence[str]) -> None:
        self._check_writable()
        data = "".join(lines).encode()
        try:
            if len(lines) >= BULK_THRESHOLD:
                self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
            else:
                self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        except SyntaxError as err:
            raise StoreError(f"unreadable N-Triples batch for {graph} (a bug, please report): {err}") from err
        except OSError as err:
            raise StoreError(f"cannot write to store {self.name}: {err}") from err

    def write_batch(self, batch: dict[ox.NamedNode, list[str]]) -> None:
        """Write a batch in one transaction (all or nothing) when it is under :data:`BULK_THRESHOLD`
        lines; larger ones go through the bulk loader, content hashes last (see the base class)."""
        if sum(len(lines) for lines in batch.values()) >= BULK_THRESHOLD:
            super().write_batch(batch)
            return
        self._check_writable()
        quads = "".join(f"{line[:-3]} {graph} .\n" for graph, lines in batch.items() for line in lines)
        try:
            self.store.load(quads.encode(), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as err:
            raise StoreError(f"unreadable batch (a bug, please report): {err}") from err
        except OSError as err:
            raise StoreError(f"cannot write to store {self.name}: {err}") from err

    def graph_quads(self, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, graph))

    def load_file(self, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode) -> None:
        """Bulk-load a file of triples into one named graph, unchecked (Oxigraph's own loader)."""
        self._check_writable()
        try:
            self.store.bulk_load(path=str(path), format=fmt, to_graph=graph)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"cannot load {path} into store {self.name}: {err}") from err
