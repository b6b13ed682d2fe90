import datetime as dt

import pytest

from kg.ingest import parse_date, parse_datetime

NOW = dt.datetime(2024, 5, 20, 15, 30, tzinfo=dt.UTC)
PLUS2 = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # machine formats: <meta> ISO timestamps, RFC 822 feed dates, export numbers
        ("2023-04-18T09:30:00+02:00", dt.datetime(2023, 4, 18, 9, 30, tzinfo=PLUS2)),
        ("2023-04-18T07:30:00Z", dt.datetime(2023, 4, 18, 7, 30, tzinfo=dt.UTC)),
        ("Tue, 18 Apr 2023 09:30:00 +0200", dt.datetime(2023, 4, 18, 9, 30, tzinfo=PLUS2)),
        ("20230418093000", dt.datetime(2023, 4, 18, 9, 30)),
        ("20230418", dt.datetime(2023, 4, 18)),
        # what bylines and date lines say
        ("Published 18 April 2023, 09:30 CEST", dt.datetime(2023, 4, 18, 9, 30, tzinfo=PLUS2)),
        ("Last updated on April 18th, 2023 at 9.30am EDT", None),  # checked below: only the zone differs
        ("By Ana Ruiz | Apr. 18, 2023", dt.datetime(2023, 4, 18)),
        # relative dates count back from the fetch time
        ("3 hours ago", dt.datetime(2024, 5, 20, 12, 30)),
        ("Updated yesterday", dt.datetime(2024, 5, 19, 15, 30)),
        # nothing to read, or nothing plausible
        ("no date in this line", None),
        ("20231399", None),
        ("2023-02-30", None),
        ("1 January 1200", None),
        ("", None),
    ],
)
def test_parse_datetime(text, expected):
    found = parse_datetime(text, now=NOW)
    if text.startswith("Last updated"):
        assert found is not None
        assert (found.date(), found.hour, found.minute) == (dt.date(2023, 4, 18), 9, 30)
        assert found.utcoffset() == dt.timedelta(hours=-4)
        return
    assert found == expected
    if expected is not None:
        assert found.utcoffset() == expected.utcoffset()


def test_the_date_is_the_one_printed_in_its_own_timezone():
    # 23:30 in New York is already the next day in UTC: the page's own day is kept.
    assert parse_date("2023-04-18T23:30:00-05:00") == dt.date(2023, 4, 18)


def test_values_that_table_and_feed_libraries_already_typed():
    assert parse_datetime(20230418) == dt.datetime(2023, 4, 18)
    assert parse_datetime(20230418.0) == dt.datetime(2023, 4, 18)
    assert parse_datetime(float("nan")) is None
    assert parse_datetime(dt.date(2023, 4, 18)) == dt.datetime(2023, 4, 18)
    aware = dt.datetime(2023, 4, 18, 9, 30, tzinfo=PLUS2)
    assert parse_datetime(aware) is aware
    assert parse_datetime(True) is None


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # zone names the standard library's RFC 822 reader does not know are not dropped
        ("18 Apr 2023 09:30 BST", dt.timedelta(hours=1)),
        ("Tue, 18 Apr 2023 09:30:00 CET", dt.timedelta(hours=1)),
        ("Tue, 18 Apr 2023 09:30:00 GMT", dt.timedelta(0)),
        ("Tue, 18 Apr 2023 09:30:00 -0700", dt.timedelta(hours=-7)),
        # an abbreviation several zones share is read as English-language news mostly means it
        ("Updated April 18th, 2023 at 09:30 IST", dt.timedelta(hours=5, minutes=30)),
    ],
)
def test_written_zones_are_kept(text, offset):
    found = parse_datetime(text, now=NOW)
    assert found is not None
    assert (found.date(), found.hour, found.minute) == (dt.date(2023, 4, 18), 9, 30)
    assert found.utcoffset() == offset
