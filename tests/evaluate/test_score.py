"""Scoring: matches per sentence, optional events, sector level, no-event sentences, the report."""

import datetime as dt
import json

from kg.datamodel import Action, Actor, ActorRef, Event, Mention
from kg.evaluate import Score, evaluate, format_report, read_gold


def _actor(code):
    return Actor(
        id=code,
        label=code,
        kind="country" if len(code) == 3 else "sector",
        country=code[:3],
        cameo=code,
        sector=code[3:] or None,
    )


def _event(article, source, target, code, start=0, end=5, plover=None):
    mention = Mention(article.id, article.text, 0, start, end)
    action = Action(code, code, code, code[:2], code, plover, 1, 0.0)
    return Event(
        event_id=f"{source}{target}{code}{start}",
        article_id=article.id,
        source=ActorRef(_actor(source), source),
        target=ActorRef(_actor(target), target) if target else None,
        action=action,
        date=dt.date(2020, 1, 1),
        mentions=(mention,),
    )


def _gold(tmp_path, records, name="g.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return read_gold(path)


def test_sentence_scores_and_sector_level(tmp_path):
    gold = _gold(
        tmp_path,
        [
            {
                "id": "a",
                "text": "x",
                "date": "20200101",
                "events": [{"source": "TCDGOV", "target": "NER", "code": "040"}],
            },
            {"id": "b", "text": "y", "date": "20200101", "events": [], "no_events_expected": True},
        ],
    )
    a, b = gold.articles()
    report = evaluate(gold, [(a, [_event(a, "TCD", "NER", "043"), _event(a, "NER", "TCD", "190")]), (b, [])])
    assert report.coarse == Score(1, 1, 0)  # TCD→NER root 04 matches; the unlisted attack does not
    assert report.sector == Score(0, 2, 1)  # TCD is not TCDGOV
    assert report.per_label["04"] == Score(1, 0, 0) and report.per_label["19"] == Score(0, 1, 0)
    assert (report.no_event_sentences, report.no_event_with_output) == (1, 0)
    text = format_report(report, details=True)
    assert "country/org" in text and "FALSE NER -19-> TCD" in text


def test_optional_events_count_neither_way_and_mentions_find_their_sentence(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "s").mkdir(parents=True)
    text = "Chad met Niger. Mali left. Niger hit Chad."
    (corpus / "s" / "1.txt").write_text(text, encoding="utf-8")
    rows = [
        {
            "article": "s/1.txt",
            "sent_index": 0,
            "text": "Chad met Niger.",
            "events": [{"source": "TCD", "target": "NER", "cameo": "040", "optional": False}],
        },
        {
            "article": "s/1.txt",
            "sent_index": 1,
            "text": "Mali left.",
            "events": [{"source": "MLI", "target": "", "cameo": "080", "optional": True}],
        },
        {"article": "s/1.txt", "sent_index": 2, "text": "Niger hit Chad.", "events": []},
    ]
    gold = _gold(tmp_path, rows)
    (article,) = gold.articles(corpus)
    events = [
        _event(article, "TCD", "NER", "040", 0, 14),
        _event(article, "MLI", None, "080", 16, 25),
        _event(article, "NER", "TCD", "190", 27, 41),
    ]
    report = evaluate(gold, [(article, events)])
    assert report.coarse == Score(1, 1, 0)
    assert report.no_event_with_output == 1
    assert report.optional_events == 1
    assert report.to_dict()["coarse"]["precision"] == 0.5


def test_plover_scores_source_and_category(tmp_path):
    gold = _gold(
        tmp_path, [{"id": "p", "text": "x", "events": [{"source": "TCD", "target": "", "code": "FIGHT"}]}]
    )
    (a,) = gold.articles()
    report = evaluate(
        gold, [(a, [_event(a, "TCD", "NER", "190", plover="ASSAULT"), _event(a, "TCD", "NER", "010")])]
    )
    assert report.coarse == Score(1, 0, 0)  # the statement has no PLOVER category: not counted
    assert report.label_name == "category"
