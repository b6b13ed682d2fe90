"""The port of the oxigraph server behind `kg serve`: browser-blocked, never another server's."""

import urllib.parse
import urllib.request

import pytest

import kg.rdf.serve as serve
from kg.errors import StoreError
from kg.rdf.serve import BROWSER_BLOCKED_PORTS, internal_port, start_server, start_service
from tests.rdf.conftest import free_port

pytestmark = pytest.mark.slow

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(url: str) -> int:
    query = urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(f"{url}/query?{query}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=5) as answer:
        return int(answer.read().decode().split()[-1])


def _insert(url: str) -> None:
    data = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }"})
    with urllib.request.urlopen(f"{url}/update", data=data.encode(), timeout=5) as answer:
        assert answer.status in (200, 204)


def test_a_server_whose_port_another_server_holds_does_not_start(tmp_path):
    """The other server answers the readiness check: that must not pass for this one starting."""
    taken = internal_port()
    assert taken in BROWSER_BLOCKED_PORTS
    with start_server(tmp_path / "a", port=taken, writable=True) as first:
        with pytest.raises(StoreError, match="exited"):
            start_server(tmp_path / "b", port=taken, writable=True, wait=10)
        assert _count(first.url) == 0
        assert all(internal_port() != taken for _ in range(30))


def test_a_service_whose_first_pick_is_taken_serves_its_own_store(tmp_path, monkeypatch):
    """Two services starting at once may both see a port free: the one that loses it moves on."""
    taken = internal_port()
    picks = iter([taken])  # the first pick collides with the server below; later picks are real
    real = serve.internal_port
    monkeypatch.setattr(serve, "internal_port", lambda host="127.0.0.1": next(picks, None) or real(host))
    with (
        start_server(tmp_path / "a", port=taken, writable=True) as other,
        start_service(tmp_path / "b", port=free_port(), writable=True) as service,
    ):
        internal = int(service.server.url.rsplit(":", 1)[1])
        assert internal != taken and internal in BROWSER_BLOCKED_PORTS
        _insert(service.url)
        assert _count(service.url) == 1
        assert _count(other.url) == 0  # the write went to the service's own store
