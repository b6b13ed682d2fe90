"""Draw a fixed random sample of events kg extracts from ../shared/corpus, for judging by hand.

Usage: python bench/sample_events.py [--n 40] [--seed 175695] [--out bench/sample_judgement.tsv]

Extracts events from every corpus article, then draws ``n`` events with ``random.Random(seed)``
from the list sorted by (file, first mention's sentence index, event id): the same code and corpus
give the same sample. Each drawn event is printed with its sentence so a person can judge it; the
TSV written holds only file names, sentence indices and codes (never article text, which is not
ours to copy), with empty ``right`` and ``why`` columns to fill in. An existing TSV's judgements are
kept for events drawn again.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"
FIELDS = ["n", "file", "sentence_index", "source", "cameo", "target", "negated", "modality", "right", "why"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=175695)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "sample_judgement.tsv")
    args = parser.parse_args()

    from kg.ingest import read_articles
    from kg.nlp import load_nlp
    from kg.pipeline import extract_from_articles

    files = sorted(CORPUS.glob("*/*.txt"))
    articles = list(read_articles(files))
    nlp = load_nlp()
    rows = []
    for article, events in extract_from_articles(articles, nlp=nlp):
        source = Path(article.source).resolve() if article.source else None
        name = source.relative_to(CORPUS.resolve()).as_posix() if source else article.id
        for e in events:
            rows.append((name, e.mention.sentence_index, e.event_id, e))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    print(f"{len(rows)} events from {len(articles)} articles")
    drawn = random.Random(args.seed).sample(rows, args.n)
    drawn.sort(key=lambda r: (r[0], r[1], r[2]))

    old: dict[tuple[str, str, str, str, str], dict[str, str]] = {}
    if args.out.exists():
        with args.out.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                old[(r["file"], r["sentence_index"], r["source"], r["cameo"], r["target"])] = r
    out = []
    for n, (name, index, _, e) in enumerate(drawn, start=1):
        target = e.target.actor.id if e.target else ""
        row = {
            "n": str(n),
            "file": name,
            "sentence_index": str(index),
            "source": e.source.actor.id,
            "cameo": e.action.cameo,
            "target": target,
            "negated": str(e.negated),
            "modality": e.modality,
            "right": "",
            "why": "",
        }
        before = old.get((name, str(index), row["source"], row["cameo"], target))
        if before is not None:
            row["right"], row["why"] = before["right"], before["why"]
        out.append(row)
        print(
            f"#{n} {name} s{index}: {e.source.actor.id} [{e.source.text}] -{e.action.cameo} {e.action.label}"
            f" [{e.action.text}]-> {target or '-'} [{e.target.text if e.target else ''}]"
            f" neg={e.negated} {e.modality} conf={e.confidence}\n    {e.mention.sentence}"
        )
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(out)
    judged = [r for r in out if r["right"] in ("yes", "no")]
    if judged:
        right = sum(r["right"] == "yes" for r in judged)
        print(f"judged {len(judged)}: {right} right")


if __name__ == "__main__":
    main()
