"""Bench: parsing one very long article (split by kg.ingest) against the same text as normal articles.

Each run is a fresh subprocess, so peak RSS is its own; both parse the same characters of
../shared/corpus. Prints CPU seconds, peak RSS and the long/baseline ratios.

    .venv/bin/python bench/ingest_long_article.py [--articles 100]
    .venv/bin/python bench/ingest_long_article.py --articles 100 --part-chars 100000   # parts 10x larger
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"


def _run(mode: str, articles: int, part_chars: int, tmp: Path) -> dict[str, float]:
    """Child: read the inputs through kg.ingest and extract events; report CPU and peak RSS."""
    from kg.ingest import ReadOptions, read_articles
    from kg.nlp import load_nlp
    from kg.pipeline import extract_from_articles

    files = sorted(CORPUS.rglob("*.txt"))[:articles]
    if mode == "baseline":
        inputs = [str(f) for f in files]
    else:
        long_file = tmp / "long_article.txt"
        long_file.write_text("\n\n".join(f.read_text(encoding="utf-8") for f in files), encoding="utf-8")
        inputs = [str(long_file)]
    nlp = load_nlp()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.process_time()
    options = ReadOptions(part_chars=part_chars)
    docs = chars = events = 0
    for article, found in extract_from_articles(read_articles(inputs, options=options, dedup=False), nlp=nlp):
        docs += 1
        chars += len(article.text)
        events += len(found)
    return {
        "docs": docs,
        "chars": chars,
        "events": events,
        "cpu_s": time.process_time() - start,
        "rss_model_mb": before,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="corpus articles to use")
    parser.add_argument("--part-chars", type=int, default=10_000, help="ReadOptions.part_chars")
    parser.add_argument("--child", choices=["baseline", "long"], help=argparse.SUPPRESS)
    parser.add_argument("--tmp", type=Path, default=Path("/tmp"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_run(args.child, args.articles, args.part_chars, args.tmp)))
        return
    results = {}
    for mode in ("baseline", "long"):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                mode,
                "--articles",
                str(args.articles),
                "--part-chars",
                str(args.part_chars),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    base, long = results["baseline"], results["long"]
    print(f"{'':10} {'docs':>6} {'chars':>10} {'events':>7} {'cpu_s':>7} {'peak_rss_mb':>12}")
    for name, r in results.items():
        counts = f"{r['docs']:>6} {r['chars']:>10} {r['events']:>7}"
        print(f"{name:10} {counts} {r['cpu_s']:>7.1f} {r['peak_rss_mb']:>12.0f}")
    print(
        f"long/baseline: cpu x{long['cpu_s'] / base['cpu_s']:.2f}, "
        f"peak RSS x{long['peak_rss_mb'] / base['peak_rss_mb']:.2f} "
        f"(part_chars={args.part_chars}, one article of {long['chars']:,} characters)"
    )


if __name__ == "__main__":
    main()
