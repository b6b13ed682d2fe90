"""Helpers for the robustness tests: `kg serve` and `kg build` as real subprocesses on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.rdf.conftest import free_port
from tests.viz.conftest import browser, chromium_path  # noqa: F401  (fixtures for the browser checks)

KG = str(Path(sys.executable).parent / "kg")
KGO = "https://w3id.org/kgnews/ontology#"
EVENT_COUNT = f"SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a <{KGO}Event> }}"


@dataclass
class Served:
    """A running `kg serve` process and its base URL."""

    process: subprocess.Popen[bytes]
    url: str
    port: int


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def listening_addresses(pids: list[int]) -> set[tuple[str, int]]:
    """The (address, port) pairs the processes listen on over TCP (IPv4 and IPv6)."""
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            with contextlib.suppress(OSError):
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != "0A" or fields[9] not in inodes:  # 0A: LISTEN
                continue
            address, port = fields[1].split(":")
            raw = bytes.fromhex(address)
            if len(raw) == 4:
                host = ".".join(str(b) for b in raw[::-1])
            else:  # IPv6: four little-endian 32-bit words
                words = [raw[i : i + 4][::-1] for i in range(0, 16, 4)]
                host = ":".join(b"".join(words).hex()[i : i + 4] for i in range(0, 32, 4))
            found.add((host, int(port, 16)))
    return found


def http(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one request (errors are answers too)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def select(
    url: str, query: str, *, accept: str = "application/sparql-results+json", extra: str = ""
) -> tuple:
    """GET a query from ``url``/query: (status, headers, JSON or text body)."""
    status, headers, body = http(
        f"{url}/query?{urllib.parse.urlencode({'query': query})}{extra}", headers={"Accept": accept}
    )
    if status == 200 and "json" in headers.get("Content-Type", ""):
        return status, headers, json.loads(body)
    return status, headers, body.decode("utf-8", "replace")


def event_count(url: str) -> int:
    status, _, body = select(url, EVENT_COUNT)
    assert status == 200, body
    return int(body["results"]["bindings"][0]["n"]["value"])


@contextlib.contextmanager
def kg_serve(store: Path, *args: str, host: str = "127.0.0.1") -> Iterator[Served]:
    """`kg serve` on a free port, waited for until its query page answers, stopped after."""
    port = free_port()
    process = subprocess.Popen(
        [
            KG,
            "serve",
            "--store",
            str(store),
            "--port",
            str(port),
            *(["--host", host] if host != "127.0.0.1" else []),
            *args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"kg serve exited: {process.stderr.read().decode() if process.stderr else ''}")
            try:
                with urllib.request.urlopen(f"{url}/", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("kg serve did not answer within 60 s")
                time.sleep(0.1)
        yield Served(process, url, port)
    finally:
        tree = process_tree(process.pid)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
        for pid in tree[1:]:  # the oxigraph server must not outlive kg serve
            for _ in range(100):
                if not Path(f"/proc/{pid}").exists() or "zombie" in _state(pid):
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)
                pytest.fail(f"kg serve left process {pid} running")


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"
