"""Ingest stage: readable article ids that stay the same for the same text."""

from __future__ import annotations

import re
import urllib.parse

from kg.datamodel import stable_id

__all__ = ["article_id", "url_stem"]

_ID_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def article_id(stem: str, text: str) -> str:
    """A readable id that is stable for the same text: a slug of ``stem`` plus a hash of ``text``.

    Examples:
        >>> article_id("Talks in Geneva", "Iran met France.")
        'Talks-in-Geneva-9a917cca'
    """
    slug = _ID_SAFE.sub("-", stem).strip("-") or "article"
    return f"{slug}-{stable_id(text, length=8)}"


def url_stem(url: str) -> str:
    """The last path segment of ``url`` without its extension, else its host.

    Examples:
        >>> url_stem("https://news.example.org/world/2023/talks-resume.html?id=4")
        'talks-resume'
        >>> url_stem("https://news.example.org/")
        'news.example.org'
    """
    parts = urllib.parse.urlsplit(url)
    last = urllib.parse.unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return last.rsplit(".", 1)[0] if last else (parts.hostname or "article")
