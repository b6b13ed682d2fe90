"""Score kg's actor resolution on a gold file of actor cases and print per-method figures.

Usage:
    python scripts/score_actors.py [../shared/eval/actors_dev.jsonl] [--all] [--misses]

``--all`` includes the cases the gold marks inactive; ``--misses`` lists the wrong ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.actors import Resolver
from kg.actors.evaluate import read_cases, report, score_cases

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "actors_dev.jsonl"


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    score = score_cases(Resolver(), read_cases(path, active_only="--all" not in argv))
    print(f"{path.name}: {len(score.results)} cases")
    print("\n".join(report(score)))
    if "--misses" in argv:
        for r in score.results:
            if r.country_ok is False or r.sector_ok is False:
                got = r.got
                desc = (got.id, got.country, got.sector) if got else None
                print(f"MISS {r.method:20} {r.input!r:50} expect={r.expect} got={desc}")


if __name__ == "__main__":
    main(sys.argv[1:])
