"""RDF stage: serve a store directory over the SPARQL 1.1 protocol with the ``oxigraph`` server.

The server (PyPI package ``oxigraph``) answers queries at ``/query``, updates at ``/update`` (when
writable) and shows a query page at ``/``. kg starts it on 127.0.0.1, read-only, with the union of
the named graphs as the default graph and a query timeout, unless told otherwise.
"""

from __future__ import annotations

import logging
import shutil
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

__all__ = ["Server", "oxigraph_binary", "server_command", "start_server"]

logger = logging.getLogger(__name__)


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
        f"{timeout:g}",
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
) -> Server:
    """Start serving ``location`` in the background and wait until it answers.

    Raises:
        StoreError: the server exited or did not answer within ``wait`` seconds.
    """
    if not writable and not Path(location).is_dir():
        raise StoreError(f"no store at {location}: build one with `kg build ... --out DIR`")
    command = server_command(location, host=host, port=port, writable=writable, timeout=timeout)
    log = tempfile.TemporaryFile()  # noqa: SIM115 - kept open for the server's life, closed by stop()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
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
                return Server(process, url, log)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    Server(process, url, log).stop()
    raise StoreError(f"oxigraph server for {location} did not answer on {url} within {wait:g} s")
