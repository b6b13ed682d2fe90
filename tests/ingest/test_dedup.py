"""The same article reached twice is let through once; different articles never are merged."""

import json
from pathlib import Path

from kg.datamodel import Article
from kg.ingest import Deduplicator, read_articles

DATA = Path(__file__).parent / "data"

STORY = (
    "Ministers from Indonesia and Malaysia met in Kuching on Friday to settle a dispute over palm oil "
    "certification that has strained trade between the neighbours for more than a year. Indonesia said "
    "the two governments would recognise each other's inspectors from next month, while Malaysia agreed "
    "to drop a labelling rule that Jakarta had called discriminatory. Singapore, which buys from both, "
    "welcomed the agreement and offered to host the next round of talks in September."
)


def test_same_canonical_url_from_a_feed_and_a_table(tmp_path):
    table = tmp_path / "export.jsonl"
    record = {
        "id": "other-id",
        "text": "Ghana and Togo agreed to patrol the Volta together.",  # rewritten by the export
        "url": "http://coastal-wire.example/world/ghana-togo-patrols/?utm_medium=email",
    }
    table.write_text(json.dumps(record) + "\n", encoding="utf-8")
    seen = Deduplicator()
    articles = list(read_articles([DATA / "coastal_wire.rss", table], dedup=seen))
    assert [a.title for a in articles] == [
        "Ghana and Togo agree joint patrols on the Volta",
        "Fiji hosts Pacific climate summit",
    ]
    assert seen.duplicates == 1


def test_near_identical_text_from_two_sites(tmp_path):
    (tmp_path / "wire.txt").write_text(STORY, encoding="utf-8")
    # syndicated copy: other spacing, quotes and case, and a credit line appended
    copy = (
        STORY.replace("neighbours", "neighbours ").replace("'", "\u2019").upper() + "\n\n(Reporting by staff)"
    )
    (tmp_path / "syndicated.txt").write_text(copy, encoding="utf-8")
    followup = (
        STORY.replace("on Friday", "on Saturday")
        .replace("September", "October")
        .replace(
            "Singapore, which buys from both, welcomed", "Thailand, which competes with both, criticised"
        )
    )
    (tmp_path / "zz_followup.txt").write_text(followup, encoding="utf-8")
    seen = Deduplicator()
    articles = list(read_articles([tmp_path], dedup=seen))
    assert [Path(a.source).name for a in articles] == ["syndicated.txt", "zz_followup.txt"]
    assert seen.duplicates == 1


def test_short_records_are_only_merged_when_identical():
    seen = Deduplicator()
    a = Article(id="1", text="Russia attacked Ukraine.")
    b = Article(id="2", text="Russia did not attack Ukraine.")
    c = Article(id="3", text="russia attacked  Ukraine")
    assert seen.check(a) is None
    assert seen.check(b) is None
    assert str(seen.check(c)) == "same text as 1"


def test_dedup_off_keeps_every_record(tmp_path):
    path = tmp_path / "twice.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": STORY}) for i in range(3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(list(read_articles([path]))) == 1
    assert len(list(read_articles([path], dedup=False))) == 3


def test_memory_is_bounded_to_the_last_articles_remembered():
    seen = Deduplicator(max_remembered=3)
    others = [
        Article(id=f"n{i}", text=" ".join(f"topic{i}x{j}" for j in range(60)), url=f"https://w.example/{i}")
        for i in range(3)
    ]
    first = Article(id="first", text=STORY, url="https://w.example/first")
    assert seen.check(first) is None
    assert seen.check(Article(id="again", text=STORY)) is not None  # still remembered
    for article in others:
        assert seen.check(article) is None
    # "first" is now the fourth article back: forgotten, by URL, text and SimHash alike
    assert seen.check(Article(id="late", text=STORY, url="https://w.example/first")) is None
    assert seen.check(Article(id="late copy", text=STORY)) is not None  # "late" is remembered now
    assert len(seen._order) == len(seen._texts) == 3
    assert sum(len(bucket) for bucket in seen._bands[0].values()) <= 3


def test_remembering_everything_is_a_choice():
    seen = Deduplicator(max_remembered=None)
    for i in range(60):
        seen.check(Article(id=f"s{i}", text=f"Short note number {i}."))
    assert seen.check(Article(id="repeat", text="Short note number 0.")) is not None
