"""Actors stage: score the resolver on actor gold cases (``../shared/eval/actors_*.jsonl``).

A case gives a mention (``input``), optional ``context`` and ``date``, and what is expected:
``country`` (ISO3; ``EUR``, ``UNO`` or ``IGO`` for the EU, the UN family and other international
organisations; empty for none), ``code_1``/``code_2`` sector codes, or a Wikipedia ``title``.
Countries are compared coarsely (the actor's country, or the organisation family); a sector is
right when it is ``code_1`` or ``code_2``; a title case is right when the mention and the title
resolve to the same actor.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.datamodel import Actor

__all__ = ["CaseResult", "Score", "coarse_country", "parse_case_date", "read_cases", "score_cases"]

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip


def parse_case_date(text: str | None) -> dt.date | None:
    """An ISO day or "1 January 2003"; None for empty or "today".

    Examples:
        >>> parse_case_date("1 july 2021"), parse_case_date("Today")
        (datetime.date(2021, 7, 1), None)
    """
    if not text or text.strip().lower() == "today":
        return None
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m and m.group(2).lower() in _MONTHS:
        return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def coarse_country(actor: Actor | None) -> str:
    """The country an actor is scored by: ISO3, or EUR/UNO/IGO for international organisations.

    Examples:
        >>> coarse_country(Actor("RUSGOV", "Russia (government)", "sector", country="RUS"))
        'RUS'
        >>> coarse_country(Actor("UNSC", "UN Security Council", "organization", cameo="IGOUNO"))
        'UNO'
        >>> coarse_country(None)
        ''
    """
    if actor is None or not actor.resolved:
        return ""
    if actor.country:
        return actor.country
    cameo = actor.cameo or ""
    if actor.group == "UN" or (cameo.startswith("IGOUNO") and actor.group == actor.id and len(cameo) <= 9):
        return "UNO"
    if cameo.startswith("IGOEUREEC") or actor.group == "EU":
        return "EUR"
    if cameo.startswith("IGO"):
        return "IGO"
    return ""


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case: what was expected, what came out, and whether country and sector were right."""

    method: str
    input: str
    expect: dict[str, Any]
    got: Actor | None
    country_ok: bool | None
    sector_ok: bool | None


@dataclass(slots=True)
class Score:
    """Counts per method: country and sector cases and hits."""

    results: list[CaseResult] = field(default_factory=list)

    def _rate(self, attr: str, method: str | None = None) -> tuple[int, int]:
        chosen = [r for r in self.results if method is None or r.method == method]
        judged = [getattr(r, attr) for r in chosen if getattr(r, attr) is not None]
        return sum(judged), len(judged)

    def country(self, method: str | None = None) -> tuple[int, int]:
        """(right, cases) for the country, over all methods or one."""
        return self._rate("country_ok", method)

    def sector(self, method: str | None = None) -> tuple[int, int]:
        """(right, cases) for the sector where the gold names one."""
        return self._rate("sector_ok", method)

    @property
    def methods(self) -> list[str]:
        return sorted({r.method for r in self.results})


def read_cases(path: str | Path, *, active_only: bool = True) -> Iterator[dict[str, Any]]:
    """The cases of a gold file (by default only those marked ``active_test``)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                case = json.loads(line)
                if not active_only or case.get("active_test", True):
                    yield case


def _sector_ok(expect: dict[str, Any], actor: Actor | None) -> bool | None:
    wanted = {expect.get("code_1") or "", expect.get("code_2") or ""} - {""}
    if not wanted:
        return None
    if "JNK" in wanted or "UNK" in wanted:
        return actor is None or actor.sector in wanted or not actor.resolved
    return actor is not None and actor.sector in wanted


def score_cases(resolver: Any, cases: Iterable[dict[str, Any]]) -> Score:
    """Resolve every case with ``resolver`` (a ``kg.actors.Resolver``) and judge it."""
    score = Score()
    for case in cases:
        expect = case["expect"]
        date = parse_case_date(case.get("date"))
        scope = resolver.scoped(case.get("context") or "")
        got = scope.resolve(case["input"], date=date, context=case.get("context") or None)
        country_ok: bool | None = None
        sector_ok: bool | None = None
        if "title" in expect:
            same = resolver.resolve(expect["title"], date=date)
            country_ok = got is not None and same is not None and got.resolved and got.id == same.id
        elif "return[0]" in expect:
            country_ok = coarse_country(got) == expect["return[0]"]
        elif "return" in expect:
            country_ok = got is None
        else:
            if "country" in expect:
                country_ok = coarse_country(got) == (expect["country"] or "")
            sector_ok = _sector_ok(expect, got)
        score.results.append(CaseResult(case["method"], case["input"], expect, got, country_ok, sector_ok))
    return score


def report(score: Score) -> list[str]:
    """Lines of a per-method table: country and sector hits."""
    lines = [f"{'method':24} {'country':>16} {'sector':>16}"]
    rows: dict[str, tuple[str, str]] = defaultdict(lambda: ("", ""))
    for method in [*score.methods, None]:
        c, cn = score.country(method)
        s, sn = score.sector(method)
        cell_c = f"{c}/{cn} {100 * c / cn:5.1f}%" if cn else "-"
        cell_s = f"{s}/{sn} {100 * s / sn:5.1f}%" if sn else "-"
        rows[method or "ALL"] = (cell_c, cell_s)
    for name, (cell_c, cell_s) in rows.items():
        lines.append(f"{name:24} {cell_c:>16} {cell_s:>16}")
    return lines
