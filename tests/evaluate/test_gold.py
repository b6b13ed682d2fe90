"""Reading the three gold formats, and the errors on bad files."""

import json

import pytest

from kg.errors import IngestError
from kg.evaluate import read_gold
from kg.evaluate.gold import locate_sentences
from tests.conftest import SHARED


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_cameo_format(tmp_path):
    gold = read_gold(
        _write(
            tmp_path / "g.jsonl",
            [
                {
                    "id": "a",
                    "text": "Chad met Niger.",
                    "date": "20200101",
                    "events": [{"source": "TCD", "target": "NER", "code": "040"}],
                },
                {
                    "id": "b",
                    "text": "It rained.",
                    "date": "20200101",
                    "events": [],
                    "no_events_expected": True,
                },
            ],
        )
    )
    assert gold.format == "cameo"
    (event,) = gold.sentences[0].events
    assert (event.source, event.target, event.root) == ("TCD", "NER", "04")
    assert gold.sentences[1].no_events_expected
    assert [a.id for a in gold.articles()] == ["a", "b"]


def test_plover_format_renames_old_categories(tmp_path):
    gold = read_gold(
        _write(
            tmp_path / "p.jsonl",
            [{"id": "p", "text": "x", "events": [{"source": "TCD", "target": "", "code": "DEMAND"}]}],
        )
    )
    assert gold.format == "plover"
    assert gold.sentences[0].events[0].category == "REQUEST"


def test_news_format_reads_its_articles(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "src").mkdir(parents=True)
    (corpus / "src" / "1.txt").write_text("Chad met Niger. It rained.", encoding="utf-8")
    gold = read_gold(
        _write(
            tmp_path / "n.jsonl",
            [
                {
                    "article": "src/1.txt",
                    "date": "2020-01-01",
                    "sent_index": 0,
                    "text": "Chad met Niger.",
                    "events": [
                        {"source": "TCD", "target": "NER", "cameo": "040", "root": "04", "optional": False}
                    ],
                },
                {
                    "article": "src/1.txt",
                    "date": "2020-01-01",
                    "sent_index": 1,
                    "text": "It rained.",
                    "events": [],
                },
            ],
        )
    )
    assert gold.format == "news"
    (article,) = gold.articles(corpus)
    assert article.id == "src/1.txt" and article.text.startswith("Chad met Niger.")
    assert gold.sentences[1].no_events_expected


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{oops\n", "not valid JSON"),
        ('{"id": "x"}\n', "'text'"),
        ("", "no records"),
        ('{"id": "a", "text": "t", "events": [{"source": "X", "code": "ABC1"}]}\n', "not numeric"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError) as err:
        read_gold(path, fmt="cameo")
    assert "bad.jsonl" in str(err.value) and problem in str(err.value)


def test_missing_news_article_is_an_error(tmp_path):
    path = _write(
        tmp_path / "n.jsonl", [{"article": "none/1.txt", "sent_index": 0, "text": "x", "events": []}]
    )
    with pytest.raises(IngestError, match="none"):
        read_gold(path).articles(tmp_path)


def test_locate_sentences_ignores_spacing():
    assert locate_sentences("A  met\nB. C left.", ["A met B.", "C left."]) == [(0, 9), (10, 17)]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("cameo_dev.jsonl", "cameo"), ("plover_dev.jsonl", "plover"), ("news_dev.jsonl", "news")],
)
def test_shared_dev_sets_are_read(name, fmt):
    gold = read_gold(SHARED / "eval" / name)
    assert gold.format == fmt
    assert len(gold.sentences) > 50
