"""Ingest stage: bytes to text, refusing empty and binary data and replacing invalid UTF-8."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import IngestError

__all__ = ["check_head", "decode_bytes", "decode_lines", "iter_lines", "read_bytes", "sniff_binary"]

logger = logging.getLogger(__name__)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PAR1", "a Parquet table (name it .parquet)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_SNIFF = 8192
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def sniff_binary(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of a file) looks like, or None if it looks like text.

    Examples:
        >>> sniff_binary(b"%PDF-1.7 ...")
        'a PDF document'
        >>> sniff_binary(b"Plain words.") is None
        True
        >>> sniff_binary(bytes(range(20)) * 4)
        'binary data (NUL bytes)'
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    sample = head[:_SNIFF]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # bytes in _CONTROL
    if sample and control > len(sample) * 0.1:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` (BOM dropped); invalid bytes are replaced, with a warning naming ``source``.

    Raises:
        IngestError: the data is empty or binary.

    Examples:
        >>> decode_bytes("caf\\u00e9".encode(), "a.txt")
        'café'
        >>> decode_bytes(b"caf\\xe9", "a.txt")
        'caf\\ufffd'
    """
    check_head(data[:_SNIFF], source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        logger.warning("%s: invalid UTF-8 at byte %d, undecodable bytes replaced", source, err.start)
        return data.decode("utf-8-sig", errors="replace")


def read_bytes(path: Path, source: str, *, max_bytes: int) -> bytes:
    """The bytes of a file that holds one document, refused when larger than ``max_bytes``.

    Raises:
        IngestError: the file cannot be read or is too large.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                source,
                f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit for one document",
            )
        return path.read_bytes()
    except OSError as err:
        raise IngestError(source, f"cannot read file ({err.strerror or err})") from err


def _open(path: Path, source: str) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as err:
        raise IngestError(source, f"cannot read file ({err.strerror or err})") from err


def decode_lines(raw_lines: Iterable[bytes], source: str) -> Iterator[tuple[int, str]]:
    """Number and decode byte lines as UTF-8 (BOM dropped); the first invalid line is named in one warning.

    Examples:
        >>> list(decode_lines([b"ok\\n", b"caf\\xe9\\n"], "x.jsonl"))
        [(1, 'ok\\n'), (2, 'caf\\ufffd\\n')]
    """
    warned = False
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                logger.warning("%s:%d: invalid UTF-8, undecodable bytes replaced", source, number)
                warned = True
            line = raw.decode("utf-8", errors="replace")
        yield number, line


def check_head(head: bytes, source: str) -> None:
    """Refuse a stream whose first bytes are blank or binary.

    Raises:
        IngestError: naming ``source`` and what the bytes look like.
    """
    if not head.strip():
        raise IngestError(source, "file is empty")
    what = sniff_binary(head)
    if what is not None:
        raise IngestError(source, f"file looks like {what}, not text")


def iter_lines(path: Path, source: str) -> Iterator[tuple[int, str]]:
    """Stream the numbered lines of a text file (line endings kept), never holding the whole file.

    Raises:
        IngestError: the file cannot be read, is empty, or is binary.
    """
    with _open(path, source) as handle:
        check_head(handle.read(_SNIFF), source)
        handle.seek(0)
        yield from decode_lines(handle, source)
