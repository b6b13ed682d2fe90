"""Actors stage: build the name index once and keep it in a user cache file keyed by the data's hash.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; its file name
carries a hash of kg's version, the index format and every data file, so a changed table (or a
new kg) builds a fresh index and an unchanged one is read back in a fraction of a second. An
unreadable or unwritable cache is not an error: the index is then built in memory.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import logging
import os
import pickle
import tempfile
from pathlib import Path

from kg.actors.gazetteer import Gazetteer
from kg.actors.gazetteer_tables import DATA_FILES, build_gazetteer

__all__ = ["cache_dir", "cache_path", "index_fingerprint", "load_gazetteer"]

logger = logging.getLogger(__name__)

#: Bump when the shape of the pickled index changes.
INDEX_FORMAT = 3


def cache_dir() -> Path:
    """Where kg keeps its caches."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def index_fingerprint() -> str:
    """A hash of kg's version, the index format, the index code, and the bytes of every data file."""
    from kg import __version__

    digest = hashlib.sha1(f"{__version__}:{INDEX_FORMAT}".encode())
    for module in (
        "gazetteer.py",
        "gazetteer_tables.py",
        "sectors.py",
        "context.py",
        "people.py",
        "names.py",
        "compounds.py",
        "modifiers.py",
    ):
        digest.update((importlib.resources.files("kg.actors") / module).read_bytes())
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update((importlib.resources.files("kg.actors") / "data" / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    """The cache file of the current data."""
    return cache_dir() / f"actors-{index_fingerprint()}.pickle"


def _read(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as err:  # a damaged cache is rebuilt, never fatal
        logger.warning("ignoring unreadable actor index cache %s: %s", path, err)
        return None
    return found if isinstance(found, Gazetteer) else None


def _write(path: Path, gazetteer: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".actors-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as err:
        logger.warning("could not write the actor index cache %s: %s", path, err)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """kg's actor index: read from the cache, else built and cached (once per process)."""
    path = cache_path()
    found = _read(path)
    if found is not None:
        logger.debug("actor index read from %s", path)
        return found
    gazetteer = build_gazetteer()
    _write(path, gazetteer)
    return gazetteer
