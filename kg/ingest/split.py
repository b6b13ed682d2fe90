"""Ingest stage: split a very long article into parts the parser can take, at paragraph breaks."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["split_text"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _pieces(block: str, limit: int) -> Iterator[str]:
    """``block`` cut at the coarsest boundary that makes every piece fit: lines, sentences, spaces."""
    if len(block) <= limit:
        yield block
        return
    for pattern in ("\n", _SENTENCE_END):
        parts = block.split(pattern) if isinstance(pattern, str) else pattern.split(block)
        if len(parts) > 1:
            for part in parts:
                yield from _pieces(part, limit)
            return
    while len(block) > limit:
        cut = block.rfind(" ", 0, limit + 1)
        cut = cut if cut > 0 else limit
        yield block[:cut]
        block = block[cut:].lstrip()
    if block:
        yield block


def split_text(text: str, max_chars: int) -> list[str]:
    """Parts of ``text`` no longer than ``max_chars``, cut at paragraph breaks where possible.

    Paragraphs are packed greedily; a paragraph longer than the limit is cut at line breaks, then
    at sentence ends, then at spaces.

    Examples:
        >>> split_text("one two\\n\\nthree\\n\\nfour five six", 14)
        ['one two\\n\\nthree', 'four five six']
        >>> split_text("Short.", 100)
        ['Short.']
        >>> split_text("A b. C d. E f.", 5)
        ['A b.', 'C d.', 'E f.']
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        for piece in _pieces(paragraph.strip(), max_chars):
            if not piece.strip():
                continue
            if current and len(current) + 2 + len(piece) <= max_chars:
                current += "\n\n" + piece
            else:
                if current:
                    parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts
