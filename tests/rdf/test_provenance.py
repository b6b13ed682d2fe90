"""Provenance in a built store: event -> mention (sentence, span) -> article -> extraction run."""

import datetime as dt
import json

import pytest
import spacy

import kg
from kg.rdf import open_store, sparql

PROVENANCE = """
SELECT ?event ?sentence ?start ?end ?title ?date ?issued ?url ?file ?author ?site
       ?kgVersion ?model ?modelVersion ?spacyVersion ?started
WHERE {
  ?event kgo:source ?source ; kgo:mention ?m .
  ?m kgo:text ?sentence ; kgo:charStart ?start ; kgo:charEnd ?end ;
     prov:wasDerivedFrom ?article ; prov:wasGeneratedBy ?run .
  ?article dcterms:title ?title ; dcterms:date ?date ; dcterms:source ?url ; kgo:sourceFile ?file .
  OPTIONAL { ?article dcterms:issued ?issued }
  OPTIONAL { ?article kgo:author ?author }
  OPTIONAL { ?article kgo:siteName ?site }
  ?run kgo:kgVersion ?kgVersion ; kgo:spacyModel ?model ; kgo:spacyModelVersion ?modelVersion ;
       kgo:spacyVersion ?spacyVersion ; prov:startedAtTime ?started .
}
ORDER BY ?event ?start
"""

# Our own invented article (not from the corpus).
TEXT = (
    "Invented Daily headline.\n\n"
    "France criticized Russia over the closure of the border crossing. "
    "Officials in Paris said the talks would continue."
)


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    from kg.pipeline import build_graph

    folder = tmp_path_factory.mktemp("provenance")
    source = folder / "articles.jsonl"
    record = {
        "id": "invented-1",
        "text": TEXT,
        "title": "An invented dispute",
        "date": "2024-02-06T09:30:00+01:00",
        "url": "https://news.example.org/invented-dispute",
        "author": "A. Reporter",
        "site": "Invented Daily",
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    result = build_graph([source], folder / "out", html=False, turtle=False)
    return result, source, before, nlp


def test_an_event_leads_to_its_sentence_span_article_and_run(built):
    result, source, before, nlp = built
    assert result.events_total >= 1
    with open_store(result.store, read_only=True) as store:
        rows = sparql(store, PROVENANCE).to_dict("records")
    assert len(rows) >= 1
    for row in rows:
        # The span points into the article text, at the event's words inside its sentence.
        at = TEXT.index(row["sentence"])
        assert at <= row["start"] < row["end"] <= at + len(row["sentence"])
        assert TEXT[row["start"] : row["end"]] in row["sentence"]
        assert "France" in row["sentence"] or "Paris" in row["sentence"]
        assert row["title"] == "An invented dispute"
        assert row["date"] == dt.date(2024, 2, 6)
        assert dt.datetime.fromisoformat(row["issued"]) == dt.datetime(2024, 2, 6, 8, 30, tzinfo=dt.UTC)
        assert row["url"] == "https://news.example.org/invented-dispute"
        assert row["file"].endswith("articles.jsonl") or row["file"] == str(source)
        assert (row["author"], row["site"]) == ("A. Reporter", "Invented Daily")
        assert row["kgVersion"] == kg.__version__
        assert row["model"] == nlp.meta["lang"] + "_" + nlp.meta["name"]
        assert row["modelVersion"] == nlp.meta["version"]
        assert row["spacyVersion"] == spacy.about.__version__
        started = dt.datetime.fromisoformat(row["started"])
        assert before <= started <= dt.datetime.now(dt.UTC)


def test_articles_without_author_or_site_get_none_and_still_conform(tmp_path):
    from kg.datamodel import Article
    from tests.rdf.conftest import RUS, UKR, event, make_run

    art = Article(id="plain", text="Invented plain text for a test.", title="Plain", source="plain.txt")
    store = open_store()
    store.add([art], [event(art, RUS, UKR, "190")], make_run())
    rows = sparql(store, "SELECT ?p WHERE { ?a a kgo:Article ; ?p ?o }")
    predicates = {p.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for p in rows["p"]}
    assert {"title", "sourceFile", "contentHash"} <= predicates
    assert not {"author", "siteName", "issued", "date", "source"} & predicates
