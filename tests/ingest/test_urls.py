"""Fetching pages and feeds from a real HTTP server on 127.0.0.1, started by the test."""

import datetime as dt
import json
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import ReadOptions, canonical_url, read_articles

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]


class _Handler(BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if self.path.startswith("/world/norway-chile"):
            self._send((DATA / "harbour_meta_date.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/ledger/kenya-ethiopia")
            self.end_headers()
        elif self.path == "/ledger/kenya-ethiopia":
            self._send((DATA / "ledger_byline_date.html").read_bytes(), "text/html")
        elif self.path == "/feed":
            self._send((DATA / "coastal_wire.rss").read_bytes(), "application/rss+xml")
        elif self.path == "/feed-as-text":
            self._send((DATA / "alpine_post.atom").read_bytes(), "application/octet-stream")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(b"<html><body><p>late</p></body></html>", "text/html")
        elif self.path == "/huge":
            self._send(b"<html><body>" + b"<p>filler text</p>" * 100_000 + b"</body></html>", "text/html")
        elif self.path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        elif self.path == "/plain":
            body = (
                "Rwanda recalls envoy\n\nPosted 3 hours ago\n\nRwanda recalled its ambassador from Burundi."
            )
            self._send(body.encode("utf-8"), "text/plain; charset=utf-8")
        elif self.path == "/pdf":
            self._send(b"%PDF-1.5 binary", "application/pdf")
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _collect(inputs, **kw):
    errors = []
    return list(read_articles(inputs, on_error=errors.append, **kw)), errors


def test_page_fetched_with_a_polite_user_agent(server):
    _Handler.user_agents.clear()
    (article,), errors = _collect([f"{server}/world/norway-chile?utm_source=newsletter"])
    assert errors == []
    assert article.source == f"{server}/world/norway-chile?utm_source=newsletter"
    # the page's canonical link wins over the address it was fetched from
    assert article.url == "https://www.harbour-times.example/world/2023/04/18/norway-chile-fisheries-pact"
    assert article.title == "Norway and Chile sign fisheries pact after two years of talks"
    assert "Norway and Chile signed an agreement" in article.text
    assert _Handler.user_agents[-1].startswith("kg/")
    assert "python-requests" not in _Handler.user_agents[-1]


def test_redirect_followed_and_final_address_kept(server):
    (article,), errors = _collect([f"{server}/old-address"])
    assert errors == []
    assert article.url == canonical_url(f"{server}/ledger/kenya-ethiopia")
    assert article.date is not None and article.date.isoformat() == "2021-03-07"


def test_feed_urls_by_content_type_or_by_content(server):
    articles, errors = _collect([f"{server}/feed", f"{server}/feed-as-text"])
    assert [a.title for a in articles] == [
        "Ghana and Togo agree joint patrols on the Volta",
        "Fiji hosts Pacific climate summit",
        "Austria and Slovenia open rail tunnel",
        "Switzerland mediates between Serbia and Kosovo",
    ]
    assert [str(e) for e in errors] == [
        f"{server}/feed: entry 3: no summary or content (title 'Item without any text')"
    ]


def test_fetch_failures_are_clear_and_the_batch_goes_on(server):
    closed_port = "http://127.0.0.1:9/story"  # discard port: nothing listens there
    options = ReadOptions(timeout=1.0, max_fetch_bytes=1_000_000)
    inputs = [
        f"{server}/missing",
        f"{server}/slow",
        f"{server}/huge",
        f"{server}/huge-unannounced",
        f"{server}/pdf",
        closed_port,
        f"{server}/feed",
    ]
    started = time.monotonic()
    articles, errors = _collect(inputs, options=options)
    assert time.monotonic() - started < 10
    assert len(articles) == 2  # the feed at the end is still read
    messages = [str(e) for e in errors if "entry 3" not in str(e)]
    assert messages == [
        f"{server}/missing: server answered HTTP 404 Not Found",
        f"{server}/slow: cannot fetch: timed out after 1 s",
        f"{server}/huge: document is 1.7 MB, over the 1 MB limit",
        f"{server}/huge-unannounced: document is larger than the 1 MB limit",
        f"{server}/pdf: unsupported content type 'application/pdf' (expected an HTML page or a feed)",
        f"{closed_port}: cannot fetch: connection refused",
    ]


def test_only_http_urls():
    with pytest.raises(IngestError, match="no such file or directory"):
        list(read_articles(["file:///etc/passwd"], strict=True))


@pytest.mark.skipif(
    shutil.which("unshare") is None, reason="needs util-linux unshare for a network namespace"
)
def test_no_network_gives_a_clear_error(tmp_path):
    """`kg ingest URL` in a network namespace with no interface up: a real machine without network."""
    local = tmp_path / "local.jsonl"
    local.write_text(json.dumps({"id": "x1", "text": "Mali expelled the French ambassador."}) + "\n")
    command = [
        "unshare",
        "--net",
        sys.executable,
        "-m",
        "kg",
        "ingest",
        "https://news.example.org/story",
        str(local),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert (
        "error: https://news.example.org/story: cannot fetch: cannot resolve the host name (no network"
        in done.stderr
    )
    assert json.loads(done.stdout)["id"] == "x1"
    assert "1 articles read, 0 duplicates skipped, 1 inputs failed" in done.stderr


def test_plain_text_url_with_a_relative_date(server):
    (article,), errors = _collect([f"{server}/plain"])
    assert errors == []
    assert (article.title, article.url) == ("Rwanda recalls envoy", canonical_url(f"{server}/plain"))
    assert article.text == "Rwanda recalls envoy\n\nRwanda recalled its ambassador from Burundi."
    assert article.date is not None
    assert abs((dt.date.today() - article.date).days) <= 1  # three hours before the fetch
