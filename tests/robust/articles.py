"""Invented news articles for the crash and concurrency tests (our own template sentences)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

__all__ = ["write_articles"]

STATES = [
    "France",
    "Germany",
    "Russia",
    "Ukraine",
    "China",
    "Japan",
    "Iran",
    "Turkey",
    "Poland",
    "Egypt",
    "India",
    "Brazil",
    "Canada",
    "Israel",
    "Syria",
    "NATO",
    "the European Union",
    "the United Nations",
]
SENTENCES = [
    "{a} accused {b} of violating the ceasefire.",
    "{a} met with {b} to discuss trade.",
    "{a} threatened {b} with new sanctions.",
    "{a} signed an agreement with {b} on energy.",
    "{a} condemned {b} for the attack.",
    "{a} praised {b} for its help.",
    "{a} sent humanitarian aid to {b}.",
    "{a} rejected the proposal from {b}.",
    "{a} urged {b} to resume talks.",
    "{a} expelled diplomats from {b}.",
]


def write_articles(folder: Path, n: int, *, seed: int = 8, sentences: int = 6) -> list[Path]:
    """Write ``n`` short articles as text files (headline, date line, body) and return their paths."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 300)
        body = []
        for _ in range(sentences):
            a, b = rnd.sample(STATES, 2)
            body.append(rnd.choice(SENTENCES).format(a=a, b=b))
        body[0] = body[0][0].upper() + body[0][1:]
        text = f"Invented report {i}\n\nPublished {day:%d %B %Y}\n\n" + " ".join(body) + f" (Report {i}.)\n"
        path = folder / f"report-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
