"""The owner's seed article: the 16 events a careful analyst codes there, from our own reading.

Sentence indices are those of kg's sentence split of ``seeds/`` (0 is the "Updated ..." line,
1 the sub-heading, 2 the lead). Actors are compared as the evaluation does (country/organisation).
"""

import datetime as dt

from tests.extract.conftest import key

PUBLISHED = dt.date(2022, 1, 13)

#: (sentence index, source, target, CAMEO root), read off the article by hand.
ANALYST_EVENTS = [
    (1, "USA", "RUS", "13"),  # sub-heading: the US Deputy Secretary of State warned Moscow
    (2, "USA", "RUS", "13"),  # lead: Sherman has warned Moscow that it must choose
    (2, "NATO", "RUS", "04"),  # ... following the talks between NATO and Russia
    (2, "RUS", "NATO", "04"),
    (4, "USA", "RUS", "12"),  # Washington will not bend (declines to yield to Russia's demands)
    (5, "USA", "RUS", "12"),  # the US would never agree to veto Ukraine's admission (Russia's demand)
    (10, "RUS", "NATO", "10"),  # Russia issued demands which aim to prevent NATO from expanding
    (11, "RUS", "NATO", "10"),  # Moscow demanded to reduce NATO's presence
    (12, "NATO", "RUS", "12"),  # NATO flatly rejected Moscow's demands
    (12, "NATO", "RUS", "03"),  # ... but said it is willing to talk (intent to negotiate, with Russia)
    (14, "RUS", "NATO", "13"),  # Grushko warned (NATO) of unpredictable consequences
    (18, "NATO", "RUS", "04"),  # the two sides discussed reestablishing offices
    (18, "RUS", "NATO", "04"),
    (19, "NATO", "RUS", "16"),  # NATO expelled Russian diplomats (reduced diplomatic relations)
    (19, "RUS", "NATO", "16"),  # ... which the Kremlin retaliated
    (20, "NATO", "RUS", "12"),  # NATO said: "We rejected those demands."
]


def _mentions(events):
    return {
        (m.sentence_index, key(e.source), key(e.target), e.action.root) for e in events for m in e.mentions
    }


def test_the_list_has_sixteen_events():
    assert len(set(ANALYST_EVENTS)) == 16


def test_recall_on_the_analyst_events(seed_events):
    found = _mentions(seed_events)
    missing = [e for e in ANALYST_EVENTS if e not in found]
    assert len(ANALYST_EVENTS) - len(missing) >= 13, f"missing {missing}"


def test_precision_of_the_extracted_events(seed_events):
    """An extracted event is right when one of its mentions is an event of the list."""
    listed = set(ANALYST_EVENTS)
    right = [e for e in seed_events if _mentions([e]) & listed]
    wrong = [(key(e.source), key(e.target), e.action.cameo, e.mention.sentence_index) for e in seed_events]
    wrong = [w for e, w in zip(seed_events, wrong, strict=True) if e not in right]
    assert len(right) / len(seed_events) >= 0.85, f"wrong: {wrong}"


def test_mentions_point_into_their_sentence(seed_events, seed_article):
    for event in seed_events:
        for mention in event.mentions:
            assert seed_article.text[mention.char_start : mention.char_end] in mention.sentence
        assert event.action.quad_class in (1, 2, 3, 4)


def test_sherman_resolves_to_a_us_person(seed_events):
    people = {e.source.actor.id: e.source.actor for e in seed_events if e.source.actor.kind == "person"}
    assert "wendy-sherman" in people
    assert people["wendy-sherman"].country == "USA"


def test_weekday_resolves_against_publication_date(seed_events):
    # Sentence 5 opens "On Wednesday": its events are dated the day before publication, and negated.
    dated = [e for e in seed_events if e.mention.sentence_index == 5]
    assert dated
    assert {e.date for e in dated} == {dt.date(2022, 1, 12)}
    assert all(e.negated for e in dated)


def test_retaliation_takes_the_act_it_answers(seed_events):
    (retaliation,) = [e for e in seed_events if key(e.source) == "RUS" and e.action.root == "16"]
    expulsion = next(e for e in seed_events if key(e.source) == "NATO" and e.action.root == "16")
    assert retaliation.action.cameo == expulsion.action.cameo
    assert retaliation.confidence < expulsion.confidence


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
