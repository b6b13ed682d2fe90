"""The bounded overview of a store: busiest actors, pairs counted by Oxigraph, what is left out said."""

from kg.graph import aggregate, overview_graph, pair_counts, to_networkx


def test_pair_counts_agree_with_the_event_graph(fixture_store):
    per_pair = aggregate(to_networkx(fixture_store, level="actor"))
    counted: dict[tuple[str, str], int] = {}
    for row in pair_counts(fixture_store):
        key = (row["source"], row["target"])
        counted[key] = counted.get(key, 0) + row["events"]
    assert counted == {(u, v): d["events"] for u, v, d in per_pair.edges(data=True)}
    assert ("RUS", "USA") not in counted  # the negated arrest
    assert ("NATO", "RUS") not in counted  # the hypothetical strike (Stoltenberg's threat is his own)


def test_overview_with_room_for_everyone_matches_the_aggregated_graph(fixture_store):
    overview = overview_graph(fixture_store, max_actors=100)
    full = aggregate(to_networkx(fixture_store))
    assert set(overview.nodes) == set(full.nodes)
    for u, v, data in full.edges(data=True):
        mine = overview[u][v]
        assert (mine["events"], mine["mentions"], mine["quad_class"]) == (
            data["events"],
            data["mentions"],
            data["quad_class"],
        )
        assert abs(mine["goldstein"] - data["goldstein"]) < 1e-9
    assert overview.graph["left_out"] == ""
    assert overview.graph["events_shown"] == overview.graph["events_total"] == full.size(weight="events")


def test_overview_keeps_the_busiest_actors_and_says_what_it_left_out(fixture_store):
    full = to_networkx(fixture_store)
    busiest = sorted(full.nodes, key=lambda n: (-full.degree(n), n))[:2]
    overview = overview_graph(fixture_store, max_actors=2)
    assert sorted(overview.nodes) == sorted(busiest)
    shown = sum(1 for u, v in full.edges() if u in busiest and v in busiest)
    assert overview.graph["events_shown"] == shown
    hidden = full.number_of_edges() - shown
    assert overview.graph["left_out"] == (
        f"2 of 4 actors (the least active) and {hidden} of {full.number_of_edges()} events left out"
    )
    assert busiest == ["UKR", "RUS"]
    # an actor's counts cover all its events, drawn or not
    assert overview.nodes["UKR"]["events_in"] == full.in_degree("UKR")
    assert overview.nodes["RUS"]["events_out"] == full.out_degree("RUS")
