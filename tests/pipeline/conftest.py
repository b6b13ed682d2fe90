"""Articles for the pipeline tests: short ones written for these tests, and a few real news articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

#: Written for these tests (not taken from any article): each holds at least one clear event or none.
OWN_TEXTS = (
    "Paris condemns Tehran\n\nFrance condemned Iran over the missile test on Monday.\n\n"
    "The French foreign minister said Paris would push for new sanctions against Tehran.",
    "Border deal\n\nGermany and Poland signed a border agreement in Berlin.\n\n"
    "The Polish government praised Germany for its support.",
    "Clashes at the border\n\nTurkish troops attacked Kurdish fighters near the Syrian border.\n\n"
    "Syria accused Turkey of violating its sovereignty.",
    "Warships\n\nChina warned Japan against sending warships to the disputed islands.\n\n"
    "Japan rejected the warning and summoned the Chinese ambassador.",
    "Aid convoys\n\nThe United Nations urged Ethiopia to allow aid convoys into the region.\n\n"
    "Ethiopia denied blocking aid.",
    "Diplomats expelled\n\nRussia expelled three British diplomats on Friday.\n\n"
    "Britain threatened to retaliate against Moscow.",
    "Talks to resume\n\nIndia and Pakistan agreed to resume talks.\n\n"
    "Pakistan welcomed the offer from New Delhi.",
    "Steel tariffs\n\nBrazil criticised the United States over new tariffs on steel.\n\n"
    "Washington defended the tariffs.",
)

CORPUS = SHARED / "corpus"


def write_articles(directory: Path, texts: tuple[str, ...] | list[str]) -> Path:
    """One .txt file per text, named so that directory order is input order."""
    directory.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(texts):
        (directory / f"article_{number:03d}.txt").write_text(text + "\n", encoding="utf-8")
    return directory


def event_ids(events_jsonl: Path) -> list[str]:
    """The event ids in an events.jsonl file, in file order (duplicates kept)."""
    lines = events_jsonl.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["event_id"] for line in lines if line.strip()]


@pytest.fixture
def own_dir(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles", OWN_TEXTS)


@pytest.fixture(scope="session")
def mixed_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Our own articles plus six real news articles read from ../shared/corpus (never copied)."""
    own = write_articles(tmp_path_factory.mktemp("own"), OWN_TEXTS)
    guardian = sorted((CORPUS / "guardian_sdf").glob("*.txt"))[:4]
    bbc = sorted((CORPUS / "bbc_politics_intl").glob("*.txt"))[:2]
    assert len(guardian) == 4 and len(bbc) == 2, f"corpus missing under {CORPUS}"
    return [own, *guardian, *bbc]
