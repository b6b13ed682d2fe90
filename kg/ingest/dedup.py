"""Ingest stage: let the same article through once, reached by the same URL or as near-identical text."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import deque
from dataclasses import dataclass

from kg.datamodel import Article
from kg.ingest.urls import url_key

__all__ = ["Deduplicator", "Duplicate", "hamming", "simhash", "text_key"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_SHINGLE = 3
_BANDS = 4
_BAND_BITS = 64 // _BANDS
_SAMPLE = 100_000
#: Articles a Deduplicator remembers by default (about 1.3 KB each: some 65 MB at most).
MAX_REMEMBERED = 50_000


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:_SAMPLE].lower())


def text_key(text: str) -> str:
    """A digest of the words of ``text``, blind to case, punctuation and spacing.

    Examples:
        >>> text_key("Iran met  France.") == text_key("iran met France")
        True
    """
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8")).hexdigest()


def simhash(words: list[str]) -> int:
    """A 64-bit SimHash of the word 3-shingles of ``words``: close texts get close hashes.

    Examples:
        >>> words = [f"w{i}" for i in range(200)]
        >>> hamming(simhash(words), simhash(words + ["today"]))
        2
        >>> hamming(simhash(words), simhash([f"v{i}" for i in range(200)]))
        27
    """
    import numpy as np

    shingles = [" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))]
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > len(shingles)
    return int.from_bytes(np.packbits(votes).tobytes(), "big")


def hamming(a: int, b: int) -> int:
    """The number of bits in which ``a`` and ``b`` differ.

    Examples:
        >>> hamming(0b1011, 0b0001)
        2
    """
    return (a ^ b).bit_count()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Why an article was not let through: which earlier article it repeats, and how."""

    first: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason} as {self.first}"


class Deduplicator:
    """Remembers the articles let through in one read and spots repeats.

    Two articles are the same when their canonical URLs match (scheme, ``www.``, tracking
    parameters and fragments ignored), when their words match exactly, or, for texts of at least
    ``min_words`` words, when the SimHashes of their word 3-shingles differ in at most
    ``max_distance`` of 64 bits (about 97% of shingles shared). It keeps three keys per article,
    never the text. Texts shorter than ``min_words`` (single sentences) are only compared exactly,
    since one changed word can turn one event into another.

    Memory is bounded: only the last ``max_remembered`` articles let through are remembered
    (about 1.3 KB each), so a repeat further back than that is let through again. ``kg build``
    still stores it once (the store knows every article by its content hash); ``None`` remembers
    every article, its keys growing with the corpus.

    Examples:
        >>> seen = Deduplicator()
        >>> seen.check(Article(id="a", text="Iran met France.", url="https://x.example/a?utm_source=rss"))
        >>> str(seen.check(Article(id="b", text="Other text.", url="http://www.x.example/a")))
        'same URL as a'
    """

    def __init__(
        self, *, max_distance: int = 3, min_words: int = 50, max_remembered: int | None = MAX_REMEMBERED
    ) -> None:
        if not 0 <= max_distance < _BANDS:
            raise ValueError(f"max_distance must be 0-{_BANDS - 1} (the index has {_BANDS} bands)")
        if max_remembered is not None and max_remembered < 1:
            raise ValueError(f"max_remembered must be at least 1 or None, not {max_remembered}")
        self.max_distance = max_distance
        self.min_words = min_words
        self.max_remembered = max_remembered
        self._order: deque[tuple[str | None, str, int | None, str]] = deque()
        self._urls: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._bands: list[dict[int, list[tuple[int, str]]]] = [{} for _ in range(_BANDS)]
        #: How many repeats :meth:`check` has found.
        self.duplicates = 0

    @staticmethod
    def _name(article: Article) -> str:
        return f"{article.id} from {article.source}" if article.source else article.id

    def check(self, article: Article) -> Duplicate | None:
        """The Duplicate that ``article`` is, or None after remembering it as new."""
        found = self._find(article)
        if found is not None:
            self.duplicates += 1
        return found

    def _find(self, article: Article) -> Duplicate | None:
        name = self._name(article)
        key = url_key(article.url) if article.url else None
        if key is not None and key in self._urls:
            return Duplicate(self._urls[key], "same URL")
        words = _words(article.text)
        exact = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
        if exact in self._texts:
            return Duplicate(self._texts[exact], "same text")
        signature = simhash(words) if len(words) >= self.min_words else None
        if signature is not None:
            for band, index in enumerate(self._bands):
                for other, first in index.get(self._band(signature, band), ()):
                    distance = hamming(signature, other)
                    if distance <= self.max_distance:
                        return Duplicate(first, f"near-identical text ({distance} of 64 bits differ)")
        if key is not None:
            self._urls[key] = name
        self._texts[exact] = name
        if signature is not None:
            for band, index in enumerate(self._bands):
                index.setdefault(self._band(signature, band), []).append((signature, name))
        self._order.append((key, exact, signature, name))
        if self.max_remembered is not None and len(self._order) > self.max_remembered:
            self._forget(*self._order.popleft())
        return None

    def _forget(self, key: str | None, exact: str, signature: int | None, name: str) -> None:
        """Drop the keys of the oldest article remembered."""
        if key is not None and self._urls.get(key) == name:
            del self._urls[key]
        if self._texts.get(exact) == name:
            del self._texts[exact]
        if signature is not None:
            for band, index in enumerate(self._bands):
                bucket = index.get(self._band(signature, band), [])
                if (signature, name) in bucket:
                    bucket.remove((signature, name))
                if not bucket:
                    index.pop(self._band(signature, band), None)

    @staticmethod
    def _band(signature: int, band: int) -> int:
        return (signature >> (band * _BAND_BITS)) & ((1 << _BAND_BITS) - 1)
