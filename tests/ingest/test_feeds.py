"""Feeds written for these tests: RSS 2.0 with content:encoded, Atom with summaries and HTML content."""

import datetime as dt
from pathlib import Path

from kg.ingest import read_articles

DATA = Path(__file__).parent / "data"


def _collect(paths, **kw):
    errors = []
    return list(read_articles(paths, on_error=errors.append, **kw)), errors


def test_rss_entries_become_articles():
    articles, errors = _collect([DATA / "coastal_wire.rss"])
    ghana, fiji = articles
    assert ghana.title == "Ghana and Togo agree joint patrols on the Volta"
    # the full content wins over the one-line description; its script is dropped
    assert ghana.text == (
        "Ghana and Togo agreed on Thursday to run joint patrols on the Volta river.\n\n"
        "The defence ministers of both countries met in Accra and signed a memorandum. "
        "Benin welcomed the plan."
    )
    assert ghana.url == "https://coastal-wire.example/world/ghana-togo-patrols"  # utm_* dropped
    assert ghana.published == dt.datetime(2024, 4, 12, 8, 15, tzinfo=dt.UTC)
    assert ghana.author == "Kofi Mensah"
    assert ghana.site == "Coastal Wire - World"
    # an HTML summary is reduced to text; the +12:00 date stays on its own day
    assert fiji.text.startswith("Fiji hosted leaders from twelve Pacific states in Suva")
    assert "<" not in fiji.text
    assert fiji.date == dt.date(2024, 4, 11)
    assert fiji.published.utcoffset() == dt.timedelta(hours=12)
    # the entry without text is reported by number and title, the others go on
    (error,) = errors
    assert (
        str(error)
        == f"{DATA / 'coastal_wire.rss'}: entry 3: no summary or content (title 'Item without any text')"
    )


def test_atom_entries_with_summary_or_html_content():
    articles, errors = _collect([DATA / "alpine_post.atom"])
    assert errors == []
    tunnel, mediation = articles
    assert tunnel.text == "Austria and Slovenia opened a new rail tunnel under the Karawanks on Thursday."
    assert tunnel.published == dt.datetime(2022, 11, 3, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert tunnel.author == "Lena Gruber"
    # no <published>: the <updated> date is used
    assert mediation.date == dt.date(2022, 11, 2)
    assert mediation.text == (
        "Switzerland offered to mediate between Serbia and Kosovo in Geneva.\n\n"
        "Serbia accepted the offer on Wednesday."
    )


def test_ids_are_stable_and_distinct():
    first, _ = _collect([DATA / "coastal_wire.rss", DATA / "alpine_post.atom"])
    again, _ = _collect([DATA / "coastal_wire.rss", DATA / "alpine_post.atom"])
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == 4


def test_xml_that_is_not_a_feed_is_refused(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item><title>cut off", encoding="utf-8")
    articles, errors = _collect([path, broken])
    assert articles == []
    assert str(errors[0]).startswith(f"{path}: not an RSS or Atom feed")
    assert str(errors[1]) == f"{broken}: entry 1: no summary or content"
