"""The actor targets of issue 4, measured on the development gold set in ../shared/eval."""

import pytest

from kg.actors import Resolver
from kg.actors.evaluate import read_cases, score_cases
from tests.conftest import SHARED

DEV = SHARED / "eval" / "actors_dev.jsonl"


@pytest.fixture(scope="module")
def score():
    if not DEV.exists():
        pytest.fail(f"{DEV} is missing: the shared evaluation data must sit beside the repository")
    return score_cases(Resolver(), read_cases(DEV))


def test_country_target(score):
    right, cases = score.country()
    assert cases > 150
    assert right / cases >= 0.90


def test_sector_target(score):
    right, cases = score.sector()
    assert cases > 120
    assert right / cases >= 0.75
