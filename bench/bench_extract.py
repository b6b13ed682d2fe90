"""Speed of ``kg extract`` against bare ``nlp.pipe`` on the same texts, in the same run.

Usage: python bench/bench_extract.py [--articles N] [--rounds R] [--batch-size B]

Both sides use the same loaded pipeline (kg's ``load_nlp``) on the same corpus articles
(``../shared/corpus``). The bare side only parses; the kg side parses and extracts events
(``kg.pipeline.extract_from_articles``: actors, coding, coreference, merging). Rounds alternate
the two sides and the best time of each is kept, so a busy shared machine hurts both alike.
Prints words per second for each and the ratio (target: at least 0.90), and the time extraction
alone takes over documents parsed once, as a share of parse + extraction (less noisy).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="corpus articles to use (default 100)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per side (default 2)")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    from kg.actors import Resolver
    from kg.coding import CameoCoder
    from kg.ingest import read_articles
    from kg.nlp import load_nlp
    from kg.pipeline import extract_from_articles

    files = sorted(CORPUS.glob("*/*.txt"))[: args.articles]
    articles = list(read_articles(files))
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    resolver, coder = Resolver(), CameoCoder()
    # Warm up both sides (tables, caches, first batch) outside the timings.
    list(extract_from_articles(articles[:4], nlp=nlp, resolver=resolver, coder=coder))

    bare: list[float] = []
    full: list[float] = []
    events = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        events = 0
        for _article, found in extract_from_articles(
            articles, nlp=nlp, batch_size=args.batch_size, resolver=resolver, coder=coder
        ):
            events += len(found)
        full.append(time.perf_counter() - start)

    # Extraction alone, over documents parsed once: the part kg adds to the parse.
    from kg.extract import extract_events

    docs = list(nlp.pipe(texts, batch_size=args.batch_size))
    start = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        list(extract_events(doc, article, resolver=resolver, coder=coder))
    extract_only = time.perf_counter() - start

    bare_wps = words / min(bare)
    full_wps = words / min(full)
    print(f"articles {len(articles)}, words {words}, events {events}, rounds {args.rounds}")
    print(f"bare nlp.pipe : {bare_wps:8.0f} words/s (best of {', '.join(f'{t:.1f}s' for t in bare)})")
    print(f"kg extract    : {full_wps:8.0f} words/s (best of {', '.join(f'{t:.1f}s' for t in full)})")
    print(f"ratio         : {full_wps / bare_wps:.3f} (target >= 0.90)")
    share = extract_only / (min(bare) + extract_only)
    print(
        f"extraction alone: {extract_only:.2f}s = {share:.1%} of parse + extraction (ratio {1 - share:.3f})"
    )


if __name__ == "__main__":
    main()
