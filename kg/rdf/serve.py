"""RDF stage: serve a store directory over the SPARQL 1.1 protocol with the ``oxigraph`` server.

The server (PyPI package ``oxigraph``) answers queries at ``/query`` and updates at ``/update`` (when
writable). :func:`start_server` starts it alone, on 127.0.0.1, read-only, with the union of the named
graphs as the default graph and a query timeout, unless told otherwise. :func:`start_service` is what
``kg serve`` runs: the Oxigraph server on an internal port of 127.0.0.1 behind kg's gateway
(:mod:`kg.rdf.gateway`), which caps result sizes, enforces the timeout on streaming answers, refuses
updates unless writable and serves an offline query page. That internal port is one browsers refuse to
fetch from (:data:`BROWSER_BLOCKED_PORTS`), so no web page can reach the Oxigraph server around the
gateway's checks.
"""

from __future__ import annotations

import logging
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.errors import StoreError
from kg.rdf.gateway import DEFAULT_MAX_ROWS, Gateway, GatewayConfig, start_gateway

__all__ = [
    "BROWSER_BLOCKED_PORTS",
    "Server",
    "Service",
    "free_port",
    "internal_port",
    "oxigraph_binary",
    "server_command",
    "start_server",
    "start_service",
]

logger = logging.getLogger(__name__)

#: The "bad ports" of the Fetch standard above 1023 that Chromium refuses too (Chromium 150 still
#: allows 4190 and 6679, which Fetch added later): browsers refuse any request to them, so a page the
#: user visits cannot send the Oxigraph server behind the gateway an update, nor read it through a DNS
#: name rebound to 127.0.0.1. The server has no Origin or Host checks of its own; the gateway does.
BROWSER_BLOCKED_PORTS = (
    1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080,
)  # fmt: skip


def oxigraph_binary() -> str:
    """The path of the ``oxigraph`` server program (installed with kg, beside its Python).

    Raises:
        StoreError: the program is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server is not installed: pip install oxigraph")
    return found


def server_command(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    writable: bool = False,
    timeout: float = 30.0,
) -> list[str]:
    """The command line that serves ``location``.

    Examples:
        >>> " ".join(server_command("out/store", port=8000)[1:])
        'serve-read-only --location out/store --bind 127.0.0.1:8000 --union-default-graph --timeout-s 30'
    """
    mode = "serve" if writable else "serve-read-only"
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        oxigraph_binary(),
        mode,
        "--location",
        str(location),
        "--bind",
        bind,
        "--union-default-graph",
        "--timeout-s",
        str(max(1, math.ceil(timeout))),
    ]


@dataclass
class Server:
    """A running ``oxigraph`` server process; stop it with :meth:`stop` (or use it as a context)."""

    process: subprocess.Popen[bytes]
    url: str
    log: IO[bytes] | None = None

    def stop(self) -> None:
        """Terminate the server and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    writable: bool = False,
    timeout: float = 30.0,
    wait: float = 20.0,
    die_with_parent: bool = False,
) -> Server:
    """Start serving ``location`` in the background and wait until it answers.

    ``die_with_parent`` (Linux) has the kernel stop the server when this process dies, even by
    SIGKILL, so that no orphan keeps the store's lock.

    Raises:
        StoreError: the server exited or did not answer within ``wait`` seconds.
    """
    if not writable and not Path(location).is_dir():
        raise StoreError(f"no store at {location}: build one with `kg build ... --out DIR`")
    if writable:
        try:
            Path(location).mkdir(parents=True, exist_ok=True)  # the server creates only the last level
        except OSError as e:
            raise StoreError(f"cannot create store directory {location}: {e}") from e
    command = server_command(location, host=host, port=port, writable=writable, timeout=timeout)
    log = tempfile.TemporaryFile()  # noqa: SIM115 - kept open for the server's life, closed by stop()
    preexec = _die_with_parent if die_with_parent and sys.platform == "linux" else None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, preexec_fn=preexec)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace").strip()[-1000:]
            log.close()
            raise StoreError(f"oxigraph server for {location} exited: {err or process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2):
                if _listens(process.pid, port) is not False:  # not another server on the port
                    return Server(process, url, log)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    Server(process, url, log).stop()
    raise StoreError(f"oxigraph server for {location} did not answer on {url} within {wait:g} s")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` right now (the OS picks it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _bindable(host: str, port: int) -> bool:
    """Whether a listening socket could take ``host:port`` now (as a server setting SO_REUSEADDR)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def internal_port(host: str = "127.0.0.1") -> int:
    """A free port of ``host`` that browsers will not fetch from, for a server only kg talks to.

    One of the free :data:`BROWSER_BLOCKED_PORTS`, picked at random so that two services starting
    at once seldom pick the same; when all are taken, any free port (logged as a warning, since web
    pages could then reach it).
    """
    free = [port for port in BROWSER_BLOCKED_PORTS if _bindable(host, port)]
    if free:
        return random.choice(free)
    logger.warning("every browser-blocked port is taken: the oxigraph server gets an ordinary free port")
    return free_port(host)


def _listens(pid: int, port: int) -> bool | None:
    """Whether process ``pid`` itself listens on TCP ``port`` (Linux, from ``/proc``; None elsewhere).

    Another server already on the port would answer the readiness check of one that failed to bind
    it, and kg would then talk to the wrong store.
    """
    fd_dir = Path(f"/proc/{pid}/fd")
    if not fd_dir.is_dir():
        return None
    inodes = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        try:
            lines = table.read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for fd in fd_dir.iterdir():
        try:
            if os.readlink(fd) in inodes:
                return True
        except OSError:
            continue
    return False


@dataclass
class Service:
    """``kg serve``: the Oxigraph server on an internal loopback port and the gateway users reach."""

    server: Server
    gateway: Gateway

    @property
    def url(self) -> str:
        """The gateway's URL (query page at ``/``, SPARQL at ``/query`` and ``/update``)."""
        return self.gateway.url

    def stop(self) -> None:
        """Stop the gateway, then the Oxigraph server."""
        try:
            self.gateway.stop()
        finally:
            self.server.stop()

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_service(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    writable: bool = False,
    timeout: float = 30.0,
    max_rows: int = DEFAULT_MAX_ROWS,
    background: bool = True,
    die_with_parent: bool = False,
) -> Service:
    """Serve ``location`` at ``http://host:port`` through kg's gateway.

    The Oxigraph server listens on 127.0.0.1 only, on a port browsers refuse (:func:`internal_port`);
    the gateway on ``host:port`` forwards to it (``background=False``: call
    ``service.gateway.serve_forever()`` yourself).

    Raises:
        StoreError: the store cannot be served or the address cannot be bound.
    """
    attempts = 5
    for attempt in range(attempts):
        internal = internal_port()
        try:
            server = start_server(
                location,
                host="127.0.0.1",
                port=internal,
                writable=writable,
                timeout=timeout,
                die_with_parent=die_with_parent,
            )
        except StoreError:
            # Another process may have taken the port between the check and the server's bind.
            if attempt == attempts - 1 or _bindable("127.0.0.1", internal):
                raise
            continue
        break
    config = GatewayConfig("127.0.0.1", internal, writable=writable, max_rows=max_rows, timeout=timeout)
    try:
        gateway = start_gateway(host, port, config, background=background)
    except OSError as err:
        server.stop()
        raise StoreError(f"cannot listen on {host}:{port}: {err}") from err
    return Service(server, gateway)
