"""Property tests: ingest functions take any text or bytes without raising anything but IngestError."""

import datetime as dt
import html

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import IngestError
from kg.ingest import parse_datetime, read_html, read_text
from kg.ingest.feeds import html_to_text, read_feed
from kg.ingest.language import english_share
from kg.ingest.split import split_text
from kg.ingest.urls import canonical_url, url_key

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
FAST = settings(max_examples=60, deadline=None)
DATEISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Updated",
                "13",
                "Jan",
                "January",
                "2022",
                "2022-01-13T",
                "at",
                "11:10",
                "GMT",
                "+05:30",
                "ago",
                "hours",
                "yesterday",
                ",",
                "|",
                "th",
                "99",
                "0000",
            ]
        ),
        st.text(max_size=3),
    ),
    max_size=10,
).map(" ".join)


@FAST
@given(st.one_of(st.text(max_size=80), DATEISH, st.integers(), st.floats()))
def test_parse_datetime_never_raises(value):
    found = parse_datetime(value, now=NOW)
    assert found is None or 1800 <= found.year <= 2025


@FAST
@given(st.binary(max_size=400))
def test_text_and_html_readers_raise_only_ingest_errors(data):
    for reader in (read_text, read_html):
        try:
            article = reader(data, source="x")
        except IngestError as err:
            assert str(err).startswith("x: ")
        else:
            assert article.text.strip()


@FAST
@given(st.binary(max_size=300))
def test_feed_reader_raises_only_ingest_errors(data):
    errors = []
    try:
        for located in read_feed(
            b"<rss><channel><item><description>" + data, source="f", on_error=errors.append
        ):
            assert located.article.text
    except IngestError as err:
        assert str(err).startswith("f")


@FAST
@given(st.text(max_size=300))
def test_html_to_text_keeps_the_words_and_drops_scripts(text):
    out = html_to_text(f"<p>{html.escape(text)}</p><script>secret()</script>")
    assert "".join(out.split()) == "".join(text.split())
    assert "secret" not in out or "secret" in text


@FAST
@given(st.text(max_size=400), st.integers(min_value=1, max_value=60))
def test_split_parts_fit_and_keep_every_word(text, limit):
    parts = split_text(text, limit)
    assert all(len(p) <= limit for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(text.split())


@FAST
@given(st.text(max_size=300))
def test_english_share_is_a_share(text):
    share, words = english_share(text)
    assert 0.0 <= share <= 1.0
    assert words >= 0


@FAST
@given(st.text(max_size=60))
def test_url_keys_never_raise(tail):
    try:
        url = canonical_url("https://news.example.org/" + tail)
    except ValueError:  # urllib refuses some malformed ports and IPv6 literals
        return
    assert url.startswith("https://news.example.org/")
    assert url_key(url) == url_key(url)
