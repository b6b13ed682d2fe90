"""The events the spine must find in the owner's seed article (issue 2, point 5)."""

import datetime as dt

import pytest

PUBLISHED = dt.date(2022, 1, 13)


def _find(events, source_group, target_group, root):
    return [
        e
        for e in events
        if e.source.actor.group == source_group
        and e.target is not None
        and e.target.actor.group == target_group
        and e.action.root == root
    ]


@pytest.mark.parametrize(
    ("source", "target", "root", "words"),
    [
        ("USA", "RUS", "13", "warned Moscow"),  # the US (Sherman) warns Russia
        ("NATO", "RUS", "12", "rejected Moscow’s demands"),
        ("RUS", "NATO", "10", "demanded"),
        ("NATO", "RUS", "17", "expelled Russian diplomats"),
    ],
)
def test_seed_event_found_with_sentence_date_and_root(seed_events, seed_article, source, target, root, words):
    found = _find(seed_events, source, target, root)
    assert found, f"no {source} -{root}-> {target} event"
    event = found[0]
    mention = event.mention
    assert words in mention.sentence
    assert seed_article.text[mention.char_start : mention.char_end] in mention.sentence
    assert event.date == PUBLISHED
    assert not event.negated
    assert event.action.quad_class in (3, 4)


def test_sherman_resolves_to_a_us_person(seed_events):
    people = {e.source.actor.id: e.source.actor for e in seed_events if e.source.actor.kind == "person"}
    assert "wendy-sherman" in people
    assert people["wendy-sherman"].country == "USA"


def test_weekday_resolves_against_publication_date(seed_events):
    # "On Wednesday, Sherman reiterated that ... would never agree to veto Ukrainian admission"
    dated = [e for e in seed_events if "On Wednesday" in e.mention.sentence]
    assert dated
    assert {e.date for e in dated} == {dt.date(2022, 1, 12)}
    assert all(e.negated for e in dated)


def test_event_records_carry_the_whole_contract(seed_events):
    keys = {
        "event_id",
        "article_id",
        "sentence",
        "sentence_index",
        "char_start",
        "char_end",
        "date",
        "source",
        "target",
        "action",
        "negated",
        "modality",
        "confidence",
    }
    for event in seed_events:
        record = event.to_dict()
        assert keys <= record.keys()
        assert {"id", "label", "country", "sector", "cameo", "text"} <= record["source"].keys()
        assert {"verb", "text", "cameo", "root", "label", "plover", "quad_class", "goldstein"} <= record[
            "action"
        ].keys()


def test_ids_are_stable(nlp, seed_article, seed_events):
    from kg.pipeline import extract_from_articles

    ((_, again),) = list(extract_from_articles([seed_article], nlp=nlp))
    assert [e.event_id for e in again] == [e.event_id for e in seed_events]
