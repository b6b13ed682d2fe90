"""Shared fixtures: the real spaCy pipeline (loaded once) and a store built from the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_article():
    from kg.ingest import read_articles

    (article,) = list(read_articles([SEEDS]))
    return article


@pytest.fixture(scope="session")
def seed_events(nlp, seed_article):
    from kg.pipeline import extract_from_articles

    ((_, events),) = list(extract_from_articles([seed_article], nlp=nlp))
    return events


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp):
    """`build_graph` run once on seeds/ into a temporary directory."""
    from kg.pipeline import build_graph

    out = tmp_path_factory.mktemp("seed_build")
    return build_graph([SEEDS], out)
