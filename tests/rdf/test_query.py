"""Named queries on a tiny hand-built store whose answers were worked out by hand."""

import pytest

from kg.errors import QueryError
from kg.rdf import list_queries, run_named, sparql
from kg.rdf.named_queries import named_query

ACT = "https://w3id.org/kgnews/actor/"


def test_every_named_query_runs_with_its_defaults_or_sample_values(store):
    samples = {"actor": "RUS", "a": "RUS", "b": "UKR"}
    for name in list_queries():
        q = named_query(name)
        params = {p.name: samples[p.name] for p in q.params if p.default is None}
        frame = run_named(store, name, **params)
        assert frame is not None and len(frame.columns) > 0, name


def test_events_between_counts_sectors_for_their_country_both_ways(store):
    df = run_named(store, "events_between", a="RUS", b="UKR")
    assert sorted(df["cameo"]) == ["111", "173", "190"]
    assert set(df["source"]) == {ACT + "RUS", ACT + "RUSGOV", ACT + "UKR"}


def test_dyad_timeline_groups_by_month_and_direction(store):
    df = run_named(store, "dyad_timeline", a="RUS", b="UKR")
    rows = {(r["month"], r["from"].rsplit("/", 1)[1]): r for r in df.to_dict("records")}
    assert set(rows) == {("2023-03", "RUS"), ("2023-03", "UKR")}
    assert rows[("2023-03", "RUS")]["events"] == 2
    assert rows[("2023-03", "RUS")]["meanGoldstein"] == pytest.approx(-7.5)
    assert rows[("2023-03", "UKR")]["conflict"] == 1


def test_most_hostile_in_a_date_range(store):
    march = run_named(store, "most_hostile", **{"from": "2023-03-01", "to": "2023-03-31"})
    assert march["actor"].tolist() == [ACT + "RUS", ACT + "RUSGOV", ACT + "UKR"]
    assert march["hostility"].tolist() == [-10.0, -5.0, -2.0]
    april = run_named(store, "most_hostile", **{"from": "2023-04-01", "to": "2023-04-30"})
    assert april.empty


def test_cooperation_network_leaves_out_hypothetical_events(store):
    df = run_named(store, "cooperation_network")
    pairs = {
        (s.rsplit("/", 1)[1], t.rsplit("/", 1)[1]): n
        for s, t, n in zip(df.source, df.target, df.events, strict=True)
    }
    assert pairs == {("FRA", "UKR"): 2, ("NATO", "FRA"): 1}
    assert run_named(store, "cooperation_network", min="2")["events"].tolist() == [2]


def test_events_per_root(store):
    df = run_named(store, "events_per_root")
    counts = dict(zip(df["root"], df["events"], strict=True))
    assert counts == {"03": 2, "04": 1, "06": 1, "11": 1, "12": 1, "17": 1, "19": 1}
    assert df.set_index("root").loc["12", "negatedEvents"] == 1
    assert df.set_index("root").loc["19", "label"] == "FIGHT"


def test_who_acted_on_those_who_acted_on_x(store):
    df = run_named(store, "second_order", actor="UKR")
    chains = {(w.rsplit("/", 1)[1], v.rsplit("/", 1)[1]) for w, v in zip(df["who"], df["via"], strict=True)}
    # FRA→UKR and RUS→UKR, RUSGOV→UKR, UKR→RUS: who acted on FRA, RUS or RUSGOV (not UKR itself)?
    assert chains == {("NATO", "FRA")}


def test_parameter_errors_are_clear(store):
    with pytest.raises(QueryError, match="needs --param b"):
        run_named(store, "events_between", a="RUS")
    with pytest.raises(QueryError, match="no parameter nope"):
        run_named(store, "events_between", a="RUS", b="UKR", nope="1")
    with pytest.raises(QueryError, match="not a valid date"):
        run_named(store, "most_hostile", **{"from": "last week"})
    with pytest.raises(QueryError, match="no query named"):
        run_named(store, "drop_everything")


def test_a_hostile_value_is_only_ever_a_value(store):
    df = run_named(store, "events_between", a="RUS> } } DROP ALL ; #", b="UKR")
    assert df.empty
    assert store.count_events() == 8


def test_sparql_returns_booleans_and_triples(store):
    assert sparql(store, "ASK { ?e a kgo:Event }")["result"].tolist() == [True]
    triples = sparql(store, "CONSTRUCT { ?s kgo:actedOn ?t } WHERE { ?s kgo:actedOn ?t }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == 5
