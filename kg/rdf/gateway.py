"""RDF stage: a small SPARQL gateway in front of the ``oxigraph`` server, which caps what it exposes.

``kg serve`` runs the Oxigraph server on an internal port of 127.0.0.1 and this gateway on the
address users reach. The gateway forwards SPARQL 1.1 protocol requests (``/query``, and ``/update``
only when writable) and adds what the Oxigraph server lacks:

- a row cap: a SELECT answer (or CONSTRUCT/DESCRIBE triples) longer than ``max_rows`` is refused
  with HTTP 403 and a message saying so, or cut to ``max_rows`` when the request asks for it
  (``?truncate=1`` in the URL; the answer then carries an ``X-KG-Truncated`` header). Oxigraph
  streams results, so the gateway stops reading (and Oxigraph stops evaluating) after the cap;
- a wall-clock deadline: Oxigraph's own ``--timeout-s`` does not stop a query that is streaming
  its results, so the gateway drops the upstream connection at ``timeout`` and answers HTTP 504;
- a query page at ``/`` (:mod:`kg.rdf.query_page`): a plain HTML form whose results are rendered on
  the server, every value HTML-escaped, no script, nothing loaded from elsewhere.

Results are read from Oxigraph as TSV (one solution per line) or N-Triples (one triple per line),
counted, then written in the format the client asked for by Oxigraph's own serialisers.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from kg.rdf.query_page import PAGE_CSP, query_page

__all__ = ["DEFAULT_MAX_ROWS", "Gateway", "GatewayConfig", "QueryAnswer", "negotiate", "start_gateway"]

logger = logging.getLogger(__name__)

#: Rows (solutions or triples) one answer may hold unless ``--max-rows`` says otherwise.
DEFAULT_MAX_ROWS = 10_000

_UPSTREAM_ACCEPT = (
    "text/tab-separated-values, application/n-triples;q=0.9, application/sparql-results+json;q=0.5"
)
_CANCELLED = b"The SPARQL operation has been cancelled"
_LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """What the gateway forwards to and what it allows.

    ``max_rows`` 0 means no cap; ``timeout`` is the wall-clock limit of one query in seconds;
    ``max_body`` the largest request body accepted, in bytes.
    """

    upstream_host: str
    upstream_port: int
    writable: bool = False
    max_rows: int = DEFAULT_MAX_ROWS
    timeout: float = 30.0
    max_body: int = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class QueryAnswer:
    """One answer to send: status, media type, body, and how many rows were cut (0: none)."""

    status: int
    content_type: str
    body: bytes
    truncated: int = 0


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def negotiate(accept: str | None, *, graph: bool) -> ox.QueryResultsFormat | ox.RdfFormat:
    """The result format for an ``Accept`` header: the supported media type with the highest q.

    Solutions default to SPARQL JSON, triples to N-Triples.

    Examples:
        >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False).media_type
        'application/sparql-results+xml'
        >>> negotiate("*/*", graph=True).media_type
        'application/n-triples'
        >>> negotiate(None, graph=False).media_type
        'application/sparql-results+json'
    """
    default: ox.QueryResultsFormat | ox.RdfFormat = (
        ox.RdfFormat.N_TRIPLES if graph else ox.QueryResultsFormat.JSON
    )
    ranked: list[tuple[float, int, str]] = []
    for i, item in enumerate((accept or "").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in ("*/*", "application/*"):
            return default
        found = ox.RdfFormat.from_media_type(media) if graph else ox.QueryResultsFormat.from_media_type(media)
        if found is not None:
            return found
    return default


class Gateway:
    """A running gateway: its URL, the HTTP server and the thread serving it; stop with :meth:`stop`."""

    def __init__(self, server: ThreadingHTTPServer, config: GatewayConfig) -> None:
        self.server = server
        self.config = config
        address = server.server_address
        host = address[0] if isinstance(address[0], str) else address[0].decode()
        port = int(address[1])
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}"
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` is called from another."""
        self.server.serve_forever(poll_interval=0.2)

    def start(self) -> Gateway:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="kg-gateway", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self.server.server_close()

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_gateway(host: str, port: int, config: GatewayConfig, *, background: bool = True) -> Gateway:
    """Listen on ``host:port`` (port 0: any free one) and forward to ``config``'s upstream.

    Raises:
        OSError: the address cannot be bound.
    """
    server_class = _V6Server if ":" in host else _Server
    server = server_class((host, port), _handler_for(config, loopback=host in _LOOPBACK_NAMES))
    gateway = Gateway(server, config)
    return gateway.start() if background else gateway


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class _V6Server(_Server):
    address_family = socket.AF_INET6


# ---------------------------------------------------------------------------------------- upstream
def _upstream_query(
    config: GatewayConfig, body: bytes, content_type: str, accept: str | None, *, truncate: bool
) -> QueryAnswer:
    """Run one query on the upstream server, counting rows as they stream in."""
    deadline = time.monotonic() + config.timeout
    conn = http.client.HTTPConnection(config.upstream_host, config.upstream_port, timeout=config.timeout)
    try:
        conn.request(
            "POST", "/query", body=body, headers={"Content-Type": content_type, "Accept": _UPSTREAM_ACCEPT}
        )
        response = conn.getresponse()
        media = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        if response.status != 200:
            detail = response.read(64 * 1024)
            return QueryAnswer(response.status, "text/plain; charset=utf-8", detail)
        if media not in ("text/tab-separated-values", "application/n-triples"):
            data = response.read(1024 * 1024)  # a boolean (ASK) answer: a few bytes
            if media == "application/sparql-results+json" or media == "application/json":
                result = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
                fmt = negotiate(accept, graph=False)
                return QueryAnswer(200, _media(fmt), _serialize_results(result, fmt))
            raise _Refused(502, f"the SPARQL server answered {media!r}, which the gateway cannot check")
        graph = media == "application/n-triples"
        header = b"" if graph else response.readline()
        rows: list[bytes] = []
        cut = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Refused(504, _timeout_message(config))
            if conn.sock is not None:
                conn.sock.settimeout(left)
            line = response.readline()
            if not line:
                break
            if line.startswith(_CANCELLED):
                raise _Refused(504, _timeout_message(config))
            if not line.strip():
                continue
            if config.max_rows and len(rows) >= config.max_rows:
                if not truncate:
                    raise _Refused(403, _cap_message(config, graph))
                cut = 1  # at least one more row: stop reading, which stops the upstream query
                break
            rows.append(line)
    except TimeoutError as err:
        raise _Refused(504, _timeout_message(config)) from err
    except (OSError, http.client.HTTPException) as err:
        raise _Refused(502, f"the SPARQL server behind the gateway failed: {err}") from err
    finally:
        conn.close()
    data = header + b"".join(rows)
    try:
        if graph:
            triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            rdf_fmt = negotiate(accept, graph=True)
            assert isinstance(rdf_fmt, ox.RdfFormat)
            body_out = ox.serialize(triples, format=rdf_fmt) or b""
            return QueryAnswer(200, _media(rdf_fmt), body_out, cut)
        solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
        fmt = negotiate(accept, graph=False)
        return QueryAnswer(200, _media(fmt), _serialize_results(solutions, fmt), cut)
    except (SyntaxError, ValueError) as err:
        raise _Refused(502, f"the SPARQL server sent results the gateway cannot read: {err}") from err


def _serialize_results(result: object, fmt: ox.QueryResultsFormat | ox.RdfFormat) -> bytes:
    if not isinstance(fmt, ox.QueryResultsFormat) or not isinstance(
        result, ox.QuerySolutions | ox.QueryBoolean
    ):
        raise _Refused(406, "no result format for this answer")
    return result.serialize(format=fmt) or b""


def _media(fmt: ox.QueryResultsFormat | ox.RdfFormat) -> str:
    media = fmt.media_type
    return f"{media}; charset=utf-8" if media.startswith("text/") else media


def _cap_message(config: GatewayConfig, graph: bool) -> str:
    what = "triples" if graph else "rows"
    return (
        f"the answer has more than {config.max_rows} {what}, this server's cap (kg serve --max-rows): "
        f"add LIMIT to the query, or ask again with ?truncate=1 for the first {config.max_rows}"
    )


def _timeout_message(config: GatewayConfig) -> str:
    return f"the query ran longer than {config.timeout:g} s, this server's limit (kg serve --timeout)"


def _upstream_update(config: GatewayConfig, body: bytes, content_type: str) -> QueryAnswer:
    conn = http.client.HTTPConnection(
        config.upstream_host, config.upstream_port, timeout=max(600.0, config.timeout)
    )
    try:
        conn.request("POST", "/update", body=body, headers={"Content-Type": content_type})
        response = conn.getresponse()
        data = response.read(64 * 1024)
        media = response.getheader("Content-Type") or "text/plain; charset=utf-8"
        return QueryAnswer(response.status, media, data)
    except (OSError, http.client.HTTPException) as err:
        raise _Refused(502, f"the SPARQL server behind the gateway failed: {err}") from err
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------- handler
def _handler_for(config: GatewayConfig, *, loopback: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass

    Handler.config = config
    Handler.loopback = loopback
    return Handler


def _host_name(authority: str) -> str:
    """The host name of a ``Host`` header or an origin's authority, lower case, without the port.

    Examples:
        >>> _host_name("127.0.0.1:7878"), _host_name("[::1]:7878"), _host_name("Evil.example")
        ('127.0.0.1', '::1', 'evil.example')
    """
    return urllib.parse.urlsplit(f"//{authority}").hostname or ""


class _Handler(BaseHTTPRequestHandler):
    config: GatewayConfig
    loopback: bool = False  # bound to a loopback address: answer only requests addressed to one
    server_version = "kg-gateway"
    protocol_version = "HTTP/1.1"
    timeout = 120  # seconds a client may stay silent mid-request before its connection is dropped

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        logger.info("%s %s", self.address_string(), format % args)

    # ---------------------------------------------------------------- dispatch
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self._dispatch("POST")

    def do_PUT(self) -> None:  # noqa: N802 - http.server's name
        self._refuse(405, "only GET and POST are served")

    do_DELETE = do_PATCH = do_PUT

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        try:
            if self.loopback and _host_name(self.headers.get("Host", "")) not in _LOOPBACK_NAMES:
                # a page from elsewhere reaching the local server through a rebound DNS name
                raise _Refused(403, "this server answers requests addressed to localhost or 127.0.0.1 only")
            if url.path in ("/", "/index.html") and method == "GET":
                self._page(params)
            elif url.path == "/query":
                self._query(method, params)
            elif url.path == "/update":
                self._update(method)
            else:
                raise _Refused(404, f"nothing at {url.path}: the query page is at /, SPARQL at /query")
        except _Refused as err:
            self._refuse(err.status, err.message)

    # ---------------------------------------------------------------- endpoints
    def _page(self, params: list[tuple[str, str]]) -> None:
        query = next((v for k, v in params if k == "query"), "")
        answer = None
        if query.strip():
            form = urllib.parse.urlencode([("query", query)]).encode()
            try:
                answer = _upstream_query(
                    self.config, form, "application/x-www-form-urlencoded", None, truncate=True
                )
            except _Refused as err:
                answer = QueryAnswer(err.status, "text/plain", err.message.encode())
        page = query_page(query, answer, config=self.config).encode()
        self._send(200, "text/html; charset=utf-8", page, {"Content-Security-Policy": PAGE_CSP})

    def _query(self, method: str, params: list[tuple[str, str]]) -> None:
        truncate = any(k == "truncate" and v.lower() in ("1", "true", "yes") for k, v in params)
        forwarded = [(k, v) for k, v in params if k != "truncate"]
        if method == "GET":
            if not any(k == "query" for k, _ in forwarded):
                raise _Refused(400, "no query: send ?query=... or POST it (SPARQL 1.1 protocol)")
            body, content_type = (
                urllib.parse.urlencode(forwarded).encode(),
                "application/x-www-form-urlencoded",
            )
        else:
            body = self._body()
            content_type = self.headers.get("Content-Type") or "application/x-www-form-urlencoded"
            media = content_type.split(";")[0].strip().lower()
            if media == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                if any(k == "update" for k, _ in form):
                    raise _Refused(400, "updates go to /update")
                body = urllib.parse.urlencode(forwarded + form).encode()
            elif media == "application/sparql-query":
                if forwarded:
                    body = urllib.parse.urlencode(
                        [("query", body.decode("utf-8", "replace")), *forwarded]
                    ).encode()
                    content_type = "application/x-www-form-urlencoded"
            else:
                raise _Refused(415, f"cannot read a query sent as {media!r}")
        answer = _upstream_query(
            self.config, body, content_type, self.headers.get("Accept"), truncate=truncate
        )
        extra = {"X-KG-Truncated": str(self.config.max_rows)} if answer.truncated else {}
        self._send(answer.status, answer.content_type, answer.body, extra)

    def _update(self, method: str) -> None:
        if not self.config.writable:
            self._body()  # read and drop, so the connection stays usable
            raise _Refused(
                403, "this server is read-only: updates are refused (kg serve --writable accepts them)"
            )
        if method != "POST":
            raise _Refused(405, "updates are POSTed (SPARQL 1.1 protocol)")
        origin = self.headers.get("Origin")
        if origin is not None and urllib.parse.urlsplit(origin).netloc != self.headers.get("Host"):
            self._body()
            raise _Refused(403, "updates sent by another site's page are refused (Origin header)")
        body = self._body()
        content_type = self.headers.get("Content-Type") or "application/sparql-update"
        answer = _upstream_update(self.config, body, content_type)
        self._send(answer.status, answer.content_type, answer.body)

    # ---------------------------------------------------------------- plumbing
    def _body(self) -> bytes:
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            if self.headers.get("Transfer-Encoding"):
                self.close_connection = True
                raise _Refused(411, "send a Content-Length (chunked requests are not read)")
            return b""
        try:
            length = int(length_text)
        except ValueError as err:
            self.close_connection = True
            raise _Refused(400, "invalid Content-Length") from err
        if length < 0 or length > self.config.max_body:
            self.close_connection = True
            raise _Refused(413, f"request body over {self.config.max_body} bytes")
        return self.rfile.read(length)

    def _refuse(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode())

    def _send(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
