"""Coding stage: read the tab-separated data files shipped in ``kg/coding/data``."""

from __future__ import annotations

import csv
import importlib.resources
from collections.abc import Iterator

__all__ = ["data_rows"]


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of ``kg/coding/data/NAME`` as dicts; ``#`` lines are comments, empty cells are "".

    Examples:
        >>> next(data_rows("cameo_codes.tsv"))["code"]
        '01'
    """
    path = importlib.resources.files("kg.coding") / "data" / name
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}
