"""Ingest stage: split a plain-text news page into headline, date and body, dropping boilerplate."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.ingest.dates import parse_date

__all__ = ["CleanText", "clean_plain_text"]

_DATE_LINE = re.compile(
    r"^(?P<kind>updated|published|posted|last updated|first published|date)\b[:\s]", re.IGNORECASE
)
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^advertisement$",
        r"^\(?\s*(image|photo|picture|video|file photo|credit)s?\s*:.*$",
        r"^(reported|written|edited|compiled)\s+by\s*:?.*$",
        r"^by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}$",
        r"^(read more|also read|related|share this( article)?|follow us.*|click here.*)$",
    )
]
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_MAX_HEADLINE = 200


@dataclass(frozen=True, slots=True)
class CleanText:
    """The parts of a plain-text article page."""

    title: str | None
    date: dt.date | None
    text: str


def _is_boilerplate(line: str) -> bool:
    return any(p.match(line) for p in _BOILERPLATE)


def _join_block(lines: list[str]) -> str:
    """Join the lines of one paragraph: hard-wrapped lines with a space, others with a newline."""
    out = lines[0]
    for prev, line in zip(lines, lines[1:], strict=False):
        wrapped = not _SENTENCE_END.search(prev) and line[:1].islower()
        out += (" " if wrapped else "\n") + line
    return out


def clean_plain_text(raw: str, *, now: dt.datetime | None = None) -> CleanText:
    """Parse a plain-text article: date lines, headline, byline and ad lines, body paragraphs.

    The headline stays in the text as its own paragraph, so it is parsed as its own sentence
    and never glued to the lead. Paragraphs are separated by one blank line. Relative date lines
    ("Updated 2 hours ago") count back from ``now``, the time the page was saved.

    Examples:
        >>> page = "Updated May 2nd, 2021 at 09:00 IST\\n\\nTalks resume\\n\\nAdvertisement\\n"
        >>> page += "Iran met France.\\n"
        >>> c = clean_plain_text(page)
        >>> c.title, c.date.isoformat(), c.text
        ('Talks resume', '2021-05-02', 'Talks resume\\n\\nIran met France.')
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    blocks: list[list[str]] = [[]]
    dates: list[tuple[str, dt.date]] = []
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if not line:
            if blocks[-1]:
                blocks.append([])
            continue
        m = _DATE_LINE.match(line)
        if m and len(line) < 120:
            parsed = parse_date(line, now=now)
            if parsed is not None:
                dates.append((m.group("kind").lower(), parsed))
                continue
        if _is_boilerplate(line):
            continue
        blocks[-1].append(line)
    paragraphs = [_join_block(b) for b in blocks if b]
    title = None
    if paragraphs:
        first = paragraphs[0]
        looks_like_headline = "\n" not in first and len(first) <= _MAX_HEADLINE and not first.endswith(".")
        if looks_like_headline and len(paragraphs) > 1:
            title = first
    published = [d for kind, d in dates if "published" in kind or kind == "date"]
    date = published[0] if published else (dates[0][1] if dates else None)
    return CleanText(title=title, date=date, text="\n\n".join(paragraphs))
