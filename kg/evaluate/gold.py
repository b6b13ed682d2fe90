"""Evaluation: read the gold sets (CAMEO sentences, PLOVER sentences, whole coded articles).

Three formats, all JSON Lines (see ``../shared/eval/README.md``):

* ``cameo``: ``id``, ``text``, ``date``, ``events`` of ``{source, target, code}``, ``no_events_expected``;
* ``plover``: ``id``, ``text``, ``events`` of ``{source, target, code}`` with a PLOVER category as code;
* ``news``: one line per sentence of an article under ``../corpus``: ``article``, ``sent_index``,
  ``text``, ``date``, ``events`` of ``{source, target, cameo, root, plover, optional, ...}``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kg.datamodel import Article
from kg.errors import IngestError

__all__ = [
    "GOLD_FORMATS",
    "GoldEvent",
    "GoldFormat",
    "GoldSentence",
    "GoldSet",
    "current_plover",
    "locate_sentences",
    "read_gold",
]

GoldFormat = Literal["cameo", "plover", "news"]
GOLD_FORMATS: tuple[str, ...] = ("cameo", "plover", "news")

#: PLOVER 0.5-0.7 names in older gold sets → the current (POLECAT 2021) category kg outputs.
_PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def current_plover(category: str) -> str:
    """The current PLOVER name of a category from an older version.

    Examples:
        >>> current_plover("DEMAND"), current_plover("fight"), current_plover("AGREE")
        ('REQUEST', 'ASSAULT', 'AGREE')
    """
    name = category.strip().upper()
    return _PLOVER_RENAMES.get(name, name)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One coded event: actor codes as written in the gold file, CAMEO root and/or PLOVER category."""

    source: str
    target: str
    root: str | None
    category: str | None
    code: str
    optional: bool = False
    negated: bool | None = None
    hypothetical: bool | None = None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """A gold sentence with its events; ``article``/``sent_index`` for whole-article sets."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    no_events_expected: bool
    article: str | None = None
    sent_index: int | None = None


@dataclass(frozen=True, slots=True)
class GoldSet:
    """A gold file: its format and sentences."""

    path: Path
    format: GoldFormat
    sentences: tuple[GoldSentence, ...]

    def articles(self, corpus: Path | None = None) -> list[Article]:
        """The articles to run extraction on: one per sentence, or the whole corpus articles.

        Raises:
            IngestError: a news article file under ``corpus`` is missing or unreadable.
        """
        if self.format != "news":
            return [Article(id=s.id, text=s.text, date=s.date) for s in self.sentences]
        base = corpus if corpus is not None else self.path.resolve().parent.parent / "corpus"
        articles: dict[str, Article] = {}
        for s in self.sentences:
            if s.article is None or s.article in articles:
                continue
            path = base / s.article
            try:
                text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
            except OSError as err:
                raise IngestError(
                    str(path), f"cannot read the article of gold sentence {s.id}: {err}"
                ) from err
            articles[s.article] = Article(id=s.article, text=text, date=s.date, source=str(path))
        return list(articles.values())


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value)
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _detect(records: list[dict[str, Any]]) -> GoldFormat:
    if any("article" in r for r in records):
        return "news"
    codes = [str(e.get("code", "")) for r in records for e in r.get("events") or ()]
    if codes and all(c.isalpha() for c in codes):
        return "plover"
    return "cameo"


def _event(raw: Any, fmt: GoldFormat, *, source: str, line: int) -> GoldEvent:
    if not isinstance(raw, dict) or "source" not in raw:
        raise IngestError(source, "an event is not an object with a 'source'", line=line)
    if fmt == "news":
        code = str(raw.get("cameo") or "")
        root = str(raw.get("root") or code[:2]) or None
        plover = raw.get("plover")
        category = current_plover(str(plover)) if plover else None
    elif fmt == "plover":
        code = str(raw.get("code") or "")
        root, category = None, current_plover(code)
    else:
        code = str(raw.get("code") or "")
        if not code[:2].isdigit():
            raise IngestError(source, f"CAMEO code {code!r} is not numeric", line=line)
        root, category = code[:2], None
    return GoldEvent(
        source=str(raw.get("source") or ""),
        target=str(raw.get("target") or ""),
        root=root,
        category=category,
        code=code,
        optional=bool(raw.get("optional", False)),
        negated=raw.get("negated"),
        hypothetical=raw.get("hypothetical"),
    )


def _records(lines: Iterable[str], source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise IngestError(source, f"line is not valid JSON ({err.msg})", line=number) from err
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise IngestError(source, "record is not an object with a 'text' string", line=number)
        if not isinstance(record.get("events", []), list):
            raise IngestError(source, "'events' is not a list", line=number)
        yield number, record


def read_gold(path: str | Path, *, fmt: GoldFormat | None = None) -> GoldSet:
    """Read a gold file; its format is detected from the records unless ``fmt`` is given.

    Raises:
        IngestError: the file is missing, not JSON Lines, or a record lacks the fields of its format.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.jsonl"
        >>> _ = p.write_text('{"id": "s1", "text": "Iran met Iraq.", "date": "20200101", '
        ...                  '"events": [{"source": "IRN", "target": "IRQ", "code": "040"}]}\\n')
        >>> gold = read_gold(p)
        >>> gold.format, gold.sentences[0].events[0].root
        ('cameo', '04')
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise IngestError(str(path), f"cannot read the gold file: {err.strerror or err}") from err
    numbered = list(_records(text.splitlines(), str(path)))
    if not numbered:
        raise IngestError(str(path), "the gold file holds no records")
    if fmt is not None and fmt not in GOLD_FORMATS:
        raise IngestError(str(path), f"unknown gold format {fmt!r}: use one of {', '.join(GOLD_FORMATS)}")
    kind: GoldFormat = fmt if fmt is not None else _detect([r for _, r in numbered])
    sentences = []
    for number, r in numbered:
        events = tuple(_event(e, kind, source=str(path), line=number) for e in r.get("events") or ())
        if kind == "news" and not isinstance(r.get("article"), str):
            raise IngestError(str(path), "news record has no 'article' path", line=number)
        sent_index = r.get("sent_index")
        ident = r.get("id") or f"{r.get('article')}#{sent_index}"
        sentences.append(
            GoldSentence(
                id=str(ident),
                text=r["text"],
                date=_date(r.get("date")),
                events=events,
                no_events_expected=bool(r.get("no_events_expected", not events)),
                article=r.get("article"),
                sent_index=int(sent_index) if sent_index is not None else None,
            )
        )
    return GoldSet(path=path, format=kind, sentences=tuple(sentences))


_SPACE = re.compile(r"\s+")


def locate_sentences(text: str, sentences: Iterable[str]) -> list[tuple[int, int] | None]:
    """The (start, end) offsets of each sentence in ``text``, searched in order; None if absent.

    Whitespace may differ between the sentence and the text.

    Examples:
        >>> locate_sentences("A met B.  Then  C left.", ["A met B.", "Then C left.", "D."])
        [(0, 8), (10, 23), None]
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for sentence in sentences:
        words = sentence.split()
        if not words:
            spans.append(None)
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        m = pattern.search(text, cursor) or pattern.search(text)
        if m is None:
            spans.append(None)
            continue
        spans.append((m.start(), m.end()))
        cursor = m.end()
    return spans
