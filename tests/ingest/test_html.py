"""Web pages written for these tests, imitating news sites: banners, menus, related stories, comments."""

import datetime as dt
import os
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles, read_html

DATA = Path(__file__).parent / "data"
JUNK = (
    "cookies",  # consent banners
    "Accept all",
    "Subscribe",  # navigation
    "Related stories",  # related-stories box and its headlines
    "Salmon prices hit record high",
    "fishwatcher77",  # comments
    "All rights reserved",  # footer
    "dataLayer",  # scripts
    "Most read",
    "Nile dam talks",
    "Get the Africa briefing",  # newsletter box
)


def _read(name: str):
    return read_html((DATA / name).read_bytes(), source=name)


def test_main_text_kept_and_page_furniture_dropped():
    article = _read("harbour_meta_date.html")
    assert "Norway and Chile signed an agreement on salmon farming" in article.text
    assert "Peru criticised Chile over the pact" in article.text
    assert article.text.rstrip().endswith("review the quotas in five years.")
    for junk in JUNK:
        assert junk not in article.text, junk
    # paragraphs are separated by blank lines, as the NLP stage expects
    assert "\n\nPeru criticised" in article.text


def test_metadata_from_meta_tags_keeps_time_and_timezone():
    article = _read("harbour_meta_date.html")
    assert article.title == "Norway and Chile sign fisheries pact after two years of talks"
    assert article.date == dt.date(2023, 4, 18)  # published, not the modified date of 19 April
    assert article.published == dt.datetime(2023, 4, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert article.url == "https://www.harbour-times.example/world/2023/04/18/norway-chile-fisheries-pact"
    assert article.author == "Ingrid Haugen"
    assert article.site == "The Harbour Times"


def test_date_found_only_in_the_byline():
    article = _read("ledger_byline_date.html")
    assert article.date == dt.date(2021, 3, 7)  # not the sidebar's 2 March or 28 February
    assert article.published is not None
    assert article.published.utcoffset() == dt.timedelta(hours=3)  # EAT, as printed
    assert article.title == "Kenya and Ethiopia agree to reopen border crossing"
    assert article.author == "Marta Lind"
    assert "Somalia asked to join" in article.text
    for junk in JUNK:
        assert junk not in article.text, junk


def test_relative_byline_date_counts_from_when_the_page_was_saved(tmp_path):
    page = tmp_path / "live.html"
    page.write_text(
        "<html><head><title>Live</title></head><body><article><h1>Border talks resume</h1>"
        '<p class="byline">By Staff <span class="timestamp">Posted 2 days ago</span></p>'
        "<p>Armenia and Azerbaijan resumed border talks in Almaty on Monday, the foreign ministry "
        "said, after a pause of three months.</p><p>Kazakhstan hosted the meeting and offered to "
        "host the next round as well.</p></article></body></html>",
        encoding="utf-8",
    )
    saved = dt.datetime(2022, 6, 15, 12, 0, tzinfo=dt.UTC)
    os.utime(page, (saved.timestamp(), saved.timestamp()))
    (article,) = list(read_articles([page]))
    assert article.date == dt.date(2022, 6, 13)


def test_pages_without_article_text_are_refused_with_the_file_named(tmp_path):
    errors = []
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    articles = list(read_articles([DATA / "scripts_only.html", empty, binary], on_error=errors.append))
    assert articles == []
    messages = [str(e) for e in errors]
    assert messages[0].endswith(
        "scripts_only.html: no article text found in the page (only navigation, scripts or boilerplate)"
    )
    assert "empty.html: file is empty" in messages[1]
    assert "image.html: file looks like a PNG image" in messages[2]


def test_strict_stops_at_a_page_without_text():
    with pytest.raises(IngestError, match="scripts_only.html: no article text"):
        list(read_articles([DATA / "scripts_only.html", DATA / "harbour_meta_date.html"], strict=True))
