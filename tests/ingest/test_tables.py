"""Tables of articles as news services export them (column names vary; text has commas and newlines)."""

import csv
import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kg.errors import IngestError
from kg.ingest import ReadOptions, TableColumns, read_articles

ROWS = [
    {
        "stories_id": "s-101",
        "Headline": "Chile and Peru agree to map their sea border",
        "publish_date": "2021-06-02 08:00:00+00:00",
        "URL": "https://press.example/101?utm_campaign=x",
        "Body": "Chile and Peru agreed on Tuesday to map their sea border.\n\n"
        "Bolivia asked to observe, which Peru accepted.",
    },
    {
        "stories_id": "s-102",
        "Headline": "Row without text",
        "publish_date": "2021-06-03",
        "URL": "https://press.example/102",
        "Body": "",
    },
    {
        "stories_id": "s-103",
        "Headline": "Vietnam, Laos sign trade deal",
        "publish_date": "20210604",
        "URL": "",
        "Body": "Vietnam and Laos signed a trade deal in Hanoi, officials said.",
    },
]


def _write_csv(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def _collect(paths, **kw):
    errors = []
    return list(read_articles(paths, on_error=errors.append, **kw)), errors


@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
def test_usual_column_names_are_found(tmp_path, suffix, delimiter):
    path = tmp_path / f"export{suffix}"
    _write_csv(path, ROWS, delimiter)
    articles, errors = _collect([path])
    assert [a.id for a in articles] == ["s-101", "s-103"]
    chile, vietnam = articles
    assert chile.title == "Chile and Peru agree to map their sea border"
    assert chile.text.endswith("Bolivia asked to observe, which Peru accepted.")
    assert chile.published == dt.datetime(2021, 6, 2, 8, 0, tzinfo=dt.UTC)
    assert chile.url == "https://press.example/101"
    assert vietnam.date == dt.date(2021, 6, 4)
    assert vietnam.url is None
    # the empty row is named by the line it starts on (the first row spans lines 2-4)
    (error,) = errors
    assert str(error) == f"{path}:5: no text in column 'Body'"


def test_column_mapping_for_other_names(tmp_path):
    path = tmp_path / "gdelt_like.csv"
    rows = [
        {
            "GKGRECORDID": "g1",
            "V2Text": "Egypt hosted talks between Sudan and Ethiopia.",
            "DATE": 20200301123000,
        }
    ]
    _write_csv(path, rows)
    columns = TableColumns(text="v2text", id="GKGRECORDID", date="DATE")
    articles, errors = _collect([path], options=ReadOptions(columns=columns))
    assert errors == []
    (article,) = articles
    assert (article.id, article.date) == ("g1", dt.date(2020, 3, 1))
    assert article.published == dt.datetime(2020, 3, 1, 12, 30)


def test_missing_columns_are_named_with_the_columns_there(tmp_path):
    path = tmp_path / "odd.csv"
    _write_csv(path, [{"a": "1", "b": "2"}])
    articles, errors = _collect([path])
    assert articles == []
    assert str(errors[0]) == (
        f"{path}: no text column: looked for text, content, body, full_text, fulltext, article, "
        "article_text, maintext, story; the columns are a, b (name one with --text-col)"
    )
    _, errors = _collect([path], options=ReadOptions(columns=TableColumns(text="b", date="when")))
    assert str(errors[0]) == f"{path}: no column 'when' for the date (columns: a, b)"


def test_parquet_rows_with_typed_dates(tmp_path):
    path = tmp_path / "export.parquet"
    table = pa.table(
        {
            "id": ["p1", "p2", "p3"],
            "title": ["One", "Two", None],
            "date": pa.array(
                [
                    dt.datetime(2019, 3, 14, 9, 0, tzinfo=dt.UTC),
                    None,
                    dt.datetime(2019, 3, 16, tzinfo=dt.UTC),
                ],
                type=pa.timestamp("s", tz="UTC"),
            ),
            "text": ["Japan protested to China.", "South Korea welcomed the summit.", None],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    articles, errors = _collect([path])
    assert [a.id for a in articles] == ["p1", "p2"]
    assert articles[0].published == dt.datetime(2019, 3, 14, 9, 0, tzinfo=dt.UTC)
    assert articles[1].date is None
    assert [str(e) for e in errors] == [f"{path}: row 3: no text in column 'text'"]


def test_not_a_parquet_file(tmp_path):
    path = tmp_path / "fake.parquet"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"fake.parquet: cannot read as Parquet"):
        list(read_articles([path], strict=True))
