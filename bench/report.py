"""Bench helpers: command-line flags shared by the benches, the machine line, plain-text tables."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from collections.abc import Sequence

__all__ = ["machine", "parse_args", "table"]


def parse_args(description: str, *, subset: int, full: int | None = None) -> argparse.Namespace:
    """``--articles N`` (default ``subset``) or ``--full`` (also set by KG_BENCH_FULL=1)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=subset, help=f"corpus articles (default {subset})")
    parser.add_argument(
        "--full", action="store_true", default=os.environ.get("KG_BENCH_FULL") == "1", help="whole corpus"
    )
    args = parser.parse_args()
    if args.full:
        args.articles = full
    return args


def machine() -> str:
    """Date, CPU, cores, load and versions: the line every bench prints first."""
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')} · {cpu} · {os.cpu_count()} cores · "
        f"load {load} · Python {sys.version.split()[0]} · spaCy {spacy.__version__}"
    )


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a plain-text table (Markdown pipe syntax, so it pastes into bench/README.md)."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    sys.stdout.flush()
