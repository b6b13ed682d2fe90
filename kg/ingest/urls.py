"""Ingest stage: fetch pages and feeds over HTTP(S) politely, and canonicalise URLs."""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from kg.errors import IngestError

__all__ = ["Fetched", "canonical_url", "fetch", "is_url", "url_key"]

logger = logging.getLogger(__name__)

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ns_mchannel", "ns_source")
_CHUNK = 64 * 1024


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a path.

    Examples:
        >>> is_url("https://example.org/feed.xml"), is_url("articles/page.html")
        (True, False)
    """
    return value.lower().startswith(("http://", "https://"))


def canonical_url(url: str) -> str:
    """``url`` with the host lower-cased, default port, fragment and tracking parameters dropped.

    Examples:
        >>> canonical_url("HTTPS://News.Example.org:443/a/b?utm_source=rss&id=7#top")
        'https://news.example.org/a/b?id=7'
    """
    parts = urllib.parse.urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, {"http": 80, "https": 443}.get(scheme)) else None
    netloc = f"{host}:{port}" if port else host
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    return urllib.parse.urlunsplit((scheme, netloc, parts.path or "/", urllib.parse.urlencode(query), ""))


def url_key(url: str) -> str:
    """The identity of a page: its canonical URL without scheme, ``www.`` and trailing slash.

    Examples:
        >>> url_key("http://www.example.org/story/") == url_key("https://example.org/story?utm_medium=x")
        True
    """
    parts = urllib.parse.urlsplit(canonical_url(url))
    host = parts.netloc.removeprefix("www.")
    query = urllib.parse.urlencode(sorted(urllib.parse.parse_qsl(parts.query, keep_blank_values=True)))
    return f"{host}{parts.path.rstrip('/')}?{query}"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document: its bytes and what the server said about them."""

    url: str
    final_url: str
    data: bytes
    content_type: str
    charset: str | None
    fetched_at: dt.datetime


def _reason(err: urllib.error.URLError, timeout: float) -> str:
    reason = err.reason
    if isinstance(reason, socket.timeout | TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host name (no network or no such host: {reason.strerror})"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error ({reason.strerror})"
    return f"network error ({reason})"


def fetch(url: str, *, timeout: float, max_bytes: int, user_agent: str) -> Fetched:
    """Download ``url`` (redirects followed) with a User-Agent, a timeout and a size cap.

    Raises:
        IngestError: the URL is not http(s), the host cannot be reached, the server answers with
            an error status, the transfer times out, or the body is larger than ``max_bytes``.
    """
    if not is_url(url):
        raise IngestError(url, "only http:// and https:// URLs can be fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        },
    )
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(
                    url,
                    f"document is {int(length) / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit",
                )
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"document is larger than the {max_bytes / 2**20:.0f} MB limit")
                chunks.append(chunk)
            final_url = response.geturl()
    except urllib.error.HTTPError as err:
        err.close()
        raise IngestError(url, f"server answered HTTP {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        raise IngestError(url, f"cannot fetch: {_reason(err, timeout)}") from err
    except TimeoutError as err:
        raise IngestError(url, f"cannot fetch: timed out after {timeout:g} s") from err
    except (OSError, ValueError, http.client.HTTPException) as err:
        raise IngestError(url, f"cannot fetch: {err or type(err).__name__}") from err
    logger.info("fetched %s (%d bytes)", final_url, size)
    return Fetched(
        url=url,
        final_url=final_url,
        data=b"".join(chunks),
        content_type=headers.get_content_type(),
        charset=headers.get_content_charset(),
        fetched_at=fetched_at,
    )
