"""The packaged named queries are rewritten for Oxigraph's evaluator (bench/bench_store.py); these tests
prove they return the same rows as the plain query shapes kept in ``reference_queries/``."""

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from kg.datamodel import Actor, Mention
from kg.rdf import open_store, sparql
from kg.rdf.named_queries import named_query
from tests.rdf.conftest import CODES, FRA, NATO, RUS, RUSGOV, UKR, UN, article, event, make_run

REFERENCE = Path(__file__).parent / "reference_queries"
UKRMIL = Actor("UKRMIL", "Ukrainian military", "sector", country="UKR", sector="MIL", cameo="UKRMIL")
# People belong to a country and, through an affiliation, to one of its sectors or an organisation.
PEOPLE = [
    Actor("P1", "Invented Minister", "person", country="RUS", affiliation="RUSGOV"),
    Actor("P2", "Invented General", "person", country="UKR", affiliation="UKRMIL"),
    Actor("P3", "Invented Envoy", "person", country="FRA", affiliation="NATO"),
]
ACTORS = [RUS, UKR, NATO, FRA, RUSGOV, UN, UKRMIL, *PEOPLE]

PARAMS = {
    "events_between": [
        {"a": "RUS", "b": "UKR"},
        {"a": "UKR", "b": "RUS"},
        {"a": "NATO", "b": "RUS"},
        {"a": "RUSGOV", "b": "UKR"},
        {"a": "RUS", "b": "RUS"},
        {"a": "FRA", "b": "IGOUNO"},
    ],
    "dyad_timeline": [{"a": "RUS", "b": "UKR"}, {"a": "NATO", "b": "FRA"}, {"a": "RUS", "b": "RUS"}],
    "most_hostile": [{}, {"from": "2023-02-01", "to": "2023-05-31"}, {"from": "2030-01-01"}],
    "cooperation_network": [{}, {"min": "3"}, {"from": "2023-03-01", "to": "2023-06-30", "min": "2"}],
    "events_per_root": [{}, {"from": "2023-04-01", "to": "2023-04-30"}],
    "second_order": [{"actor": "UKR"}, {"actor": "RUS"}, {"actor": "P2"}],
}


@pytest.fixture(scope="module")
def store():
    """Random events among countries, sectors, people and organisations, some undated, negated,
    hypothetical or without a target, several with two mentions."""
    rng = random.Random(11)
    articles, events = [], []
    for n in range(40):
        date = None if n % 9 == 0 else dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(240))
        art = article(100 + n, date)
        articles.append(art)
        for i in range(8):
            source = rng.choice(ACTORS)
            target = None if rng.random() < 0.1 else rng.choice([a for a in ACTORS if a != source])
            ev = event(
                art,
                source,
                target,
                rng.choice(sorted(CODES)),
                index=i,
                negated=rng.random() < 0.1,
                modality="hypothetical" if rng.random() < 0.15 else "asserted",
            )
            if rng.random() < 0.2:  # a second mention of the same event, later in the article
                again = f"Invented sentence {i + 20}: the same act again."
                second = Mention(art.id, again, i + 20, i * 100 + 2000, i * 100 + 2000 + len(again))
                ev = dataclasses.replace(ev, mentions=(*ev.mentions, second))
            events.append(ev)
    s = open_store()
    s.add(articles, events, make_run(), actors=ACTORS)
    assert s.count_events() == len(events) == 320
    return s


def rows(store, text, params, query_name):
    q = named_query(query_name)
    bindings = {p.name: p.term(params.get(p.name, p.default or "")) for p in q.params}
    return sparql(store, text, **bindings)


@pytest.mark.parametrize(
    ("name", "params"), [(name, params) for name, sets in PARAMS.items() for params in sets]
)
def test_the_packaged_shape_returns_the_rows_of_the_plain_shape(store, name, params):
    fast = rows(store, named_query(name).text, params, name)
    plain = rows(store, (REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), params, name)
    columns = list(plain.columns)
    assert columns == [c for c in fast.columns if c in columns]
    got = [tuple(map(str, r)) for r in fast[columns].itertuples(index=False)]
    want = [tuple(map(str, r)) for r in plain.itertuples(index=False)]
    if name == "events_between":  # the plain shape leaves the mentions of one event in no fixed order
        assert sorted(got) == sorted(want)
    else:
        assert got == want
    # Every set of parameters above finds something, except the range with no events in it.
    assert len(fast) > 0 or params.get("from") == "2030-01-01"


def test_events_between_is_in_a_total_order(store):
    df = rows(store, named_query("events_between").text, {"a": "RUS", "b": "UKR"}, "events_between")
    assert len(df) > 5 and df["mention"].is_unique
    keys = [(str(d), e, m) for d, e, m in zip(df["date"], df["event"], df["mention"], strict=True)]
    dated = [k for k in keys if k[0] != "None"]
    # Newest first, then by event and mention; undated events come after the dated ones.
    assert dated == sorted(dated, key=lambda k: (-dt.date.fromisoformat(k[0]).toordinal(), k[1], k[2]))
    assert keys[: len(dated)] == dated


def test_an_actor_reaching_a_group_two_ways_counts_once():
    # Someone whose affiliation and country are the same actor: one event, one row, counted once.
    both = Actor("P9", "Invented Spokesman", "person", country="RUS", affiliation="RUS")
    art = article(900)
    s = open_store()
    s.add([art], [event(art, both, UKR, "190")], make_run(), actors=[both, RUS, UKR])
    assert len(rows(s, named_query("events_between").text, {"a": "RUS", "b": "UKR"}, "events_between")) == 1
    timeline = rows(s, named_query("dyad_timeline").text, {"a": "RUS", "b": "UKR"}, "dyad_timeline")
    assert timeline["events"].tolist() == [1]
    assert rows(s, named_query("most_hostile").text, {}, "most_hostile")["conflictEvents"].tolist() == [1]
