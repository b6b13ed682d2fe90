import pickle

from kg.actors import cache
from kg.actors.gazetteer import Gazetteer


def test_index_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    cache.load_gazetteer.cache_clear()
    try:
        first = cache.load_gazetteer()
        path = cache.cache_path()
        assert path.parent == tmp_path and path.exists()
        cache.load_gazetteer.cache_clear()
        second = cache.load_gazetteer()
        assert second is not first  # read back from the file, not rebuilt in memory
        assert second.size == first.size
        assert second.lookup("kremlin") == first.lookup("kremlin")
    finally:
        cache.load_gazetteer.cache_clear()


def test_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    cache.load_gazetteer.cache_clear()
    try:
        cache.cache_path().parent.mkdir(parents=True, exist_ok=True)
        cache.cache_path().write_bytes(b"not a pickle")
        g = cache.load_gazetteer()
        assert isinstance(g, Gazetteer) and g.lookup("kremlin") is not None
        assert isinstance(pickle.loads(cache.cache_path().read_bytes()), Gazetteer)
    finally:
        cache.load_gazetteer.cache_clear()
