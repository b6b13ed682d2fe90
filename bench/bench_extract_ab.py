"""Extraction alone, this checkout against an older commit, on the same parsed Docs in one process.

The older commit's ``kg`` package is exported with ``git archive`` into a scratch directory and
imported as ``kg_base`` (its imports rewritten), so both versions run side by side on Docs parsed
once, alternating chunk by chunk (A B, B A, ...): load from other processes on shared cores hits
both alike. Prints the CPU seconds of each side, their ratio, and whether the events (as JSON
lines) are identical, which a speed-only change must keep.

    .venv/bin/python bench/bench_extract_ab.py --base main --rounds 2          # 100 articles
    .venv/bin/python bench/bench_extract_ab.py --base b2abe04 --full --rounds 2  # all 300
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus import ROOT, corpus_files, scratch_dir
from report import machine

CHUNK = 10
_IMPORTS = (
    (re.compile(r"\bfrom kg\."), "from kg_base."),
    (re.compile(r"\bfrom kg import\b"), "from kg_base import"),
    (re.compile(r"^(\s*)import kg\.", re.M), r"\1import kg_base."),
    (re.compile(r"([\"'])kg\.([a-z_]+)"), r"\1kg_base.\2"),
)


def export_base(rev: str, into: Path) -> Path:
    """``kg/`` of commit ``rev`` as the package ``kg_base`` under ``into``."""
    archive = subprocess.run(["git", "archive", rev, "kg"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    package = into / "kg_base"
    (into / "kg").rename(package)
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in _IMPORTS:
            text = pattern.sub(replacement, text)
        path.write_text(text, encoding="utf-8")
    return package


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="the commit to compare with (default main)")
    parser.add_argument("--articles", type=int, default=100, help="corpus articles (default 100)")
    parser.add_argument(
        "--full",
        action="store_true",
        default=os.environ.get("KG_BENCH_FULL") == "1",
        help="all 300 articles (also set by KG_BENCH_FULL=1, as `make bench BENCH_FULL=1` does)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="passes over the articles (default 1)")
    args = parser.parse_args()
    files = corpus_files(300 if args.full else args.articles)

    scratch = scratch_dir("ab-")
    try:
        export_base(args.base, scratch)
        sys.path.insert(0, str(scratch))
        import kg.actors
        import kg.coding
        import kg.extract
        from kg.ingest import read_articles
        from kg.nlp import load_nlp, parse_articles

        base = {name: importlib.import_module(f"kg_base.{name}") for name in ("actors", "coding", "extract")}
        base_article = importlib.import_module("kg_base.datamodel").Article

        articles = list(read_articles(files, dedup=False))
        copies = articles  # the base's Article class is another class: copied field by field below
        nlp = load_nlp(None)
        docs = [doc for _, doc in parse_articles(nlp, articles, batch_size=8)]
        sides: dict[str, tuple[Callable[..., Any], Any, Any, list[Any]]] = {
            "this checkout": (
                kg.extract.extract_events,
                kg.actors.Resolver(),
                kg.coding.CameoCoder(),
                articles,
            ),
            args.base: (
                base["extract"].extract_events,
                base["actors"].Resolver(),
                base["coding"].CameoCoder(),
                [base_article(**{f.name: getattr(a, f.name) for f in dataclasses.fields(a)}) for a in copies],
            ),
        }

        def run(side: str, start: int) -> list[str]:
            extract, resolver, coder, arts = sides[side]
            return [
                json.dumps(e.to_dict(), ensure_ascii=False)
                for article, doc in zip(arts[start : start + CHUNK], docs[start : start + CHUNK], strict=True)
                for e in extract(doc, article, resolver=resolver, coder=coder)
            ]

        for side in sides:
            run(side, 0)  # warm up: tables, lexicons, the first memo entries
        cpu = dict.fromkeys(sides, 0.0)
        out: dict[str, list[str]] = {side: [] for side in sides}
        turn = 0
        for r in range(args.rounds):
            for start in range(0, len(docs), CHUNK):
                order = list(sides) if turn % 2 == 0 else list(reversed(sides))
                turn += 1
                for side in order:
                    c0 = time.process_time()
                    lines = run(side, start)
                    cpu[side] += time.process_time() - c0
                    if r == 0:
                        out[side].extend(lines)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    mine, theirs = sides
    print(machine())
    print(f"extraction alone over {len(docs)} parsed articles, {args.rounds} round(s), chunks of {CHUNK}:")
    for side in sides:
        print(f"  {side:<14} CPU {cpu[side]:7.2f} s   {len(out[side])} events")
    print(f"ratio {mine} / {theirs}: CPU {cpu[mine] / cpu[theirs]:.3f}")
    print(f"identical events: {out[mine] == out[theirs]}")


if __name__ == "__main__":
    main()
