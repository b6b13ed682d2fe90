"""Event dates: the article date, or the day a relative phrase of the event's clause names."""

import datetime as dt

import pytest

from tests.extract.conftest import PUBLISHED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chile expelled Bolivian diplomats.", PUBLISHED),
        ("On Wednesday, Chile expelled Bolivian diplomats.", dt.date(2020, 5, 6)),
        ("Chile expelled Bolivian diplomats yesterday.", dt.date(2020, 5, 7)),
        ("Chile expelled Bolivian diplomats last week.", dt.date(2020, 5, 1)),
        ("Chile expelled Bolivian diplomats on 2 May.", dt.date(2020, 5, 2)),
    ],
)
def test_event_date(extract, text, day):
    (event,) = extract(text)
    assert event.date == day


def test_no_article_date_gives_no_event_date(extract):
    (event,) = extract("On Wednesday, Chile expelled Bolivian diplomats.", date=None)
    assert event.date is None
