import datetime as dt

import pytest

from kg.ingest import clean_plain_text, parse_date


def test_seed_page_header_and_boilerplate(seed_article):
    assert seed_article.date == dt.date(2022, 1, 13)
    assert seed_article.title.startswith("Ukraine crisis: US asserts Russia must choose")
    text = seed_article.text
    # The headline stays as its own paragraph, never glued to the lead.
    assert text.startswith(seed_article.title + "\n\n")
    for junk in ("Advertisement", "(Image:", "IMAGE:", "Reported by", "Updated January", "Published"):
        assert junk not in text
    assert "NATO expelled Russian diplomats" in text


def test_hard_wrapped_lines_are_joined_but_paragraphs_kept():
    raw = "Title line\n\nIran said on Monday it would\nresume talks with France.\nThe EU welcomed it.\n"
    cleaned = clean_plain_text(raw)
    assert cleaned.title == "Title line"
    assert cleaned.text == (
        "Title line\n\nIran said on Monday it would resume talks with France.\nThe EU welcomed it."
    )


def test_text_without_headline_has_no_title():
    cleaned = clean_plain_text("Russia has sent in aircraft. Turkey objected.")
    assert cleaned.title is None
    assert cleaned.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20190314", dt.date(2019, 3, 14)),
        ("2019-03-14", dt.date(2019, 3, 14)),
        ("Published 3 March 2020, 10:00", dt.date(2020, 3, 3)),
        ("Sept. 9, 2021", dt.date(2021, 9, 9)),
        ("20191399", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
