"""Coding stage: CAMEO code → PLOVER category (PLOVER 2021 map, CC BY-SA 4.0, plus kg's additions)."""

from __future__ import annotations

import csv
import functools
import importlib.resources

from kg.coding.tables import data_rows

__all__ = ["load_plover_map", "plover_for"]


@functools.lru_cache(maxsize=1)
def load_plover_map() -> dict[str, str]:
    """CAMEO code → PLOVER event category, from ``cameo_to_plover.tsv`` and, for codes it leaves
    out, kg's ``plover_additions.tsv`` (appeals are requests)."""
    path = importlib.resources.files("kg.coding") / "data" / "cameo_to_plover.tsv"
    with path.open(encoding="utf-8") as fh:
        table = {
            r["cameo_code"]: r["plover_event"]
            for r in csv.DictReader(fh, delimiter="\t")
            if r["plover_event"]
        }
    for r in data_rows("plover_additions.tsv"):
        table.setdefault(r["cameo_code"], r["plover_event"])
    return table


@functools.lru_cache(maxsize=4096)
def plover_for(code: str) -> str | None:
    """The PLOVER category of a CAMEO code, falling back to its parent codes.

    Examples:
        >>> plover_for("120")
        'REJECT'
        >>> plover_for("1956")
        'ASSAULT'
        >>> plover_for("0253"), plover_for("010")
        ('REQUEST', None)
    """
    table = load_plover_map()
    for end in range(len(code), 1, -1):
        category = table.get(code[:end])
        if category:
            return category
    return None
