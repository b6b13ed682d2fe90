"""Several mentions of one act in an article merge into one event; confidence follows the evidence."""

from kg.extract import confidence


def test_mentions_of_one_act_merge(extract):
    text = "Germany expelled Iranian diplomats. Iran protested. Germany expelled Iranian diplomats again."
    events = [e for e in extract(text) if e.source.actor.group == "DEU"]
    assert len(events) == 1
    (event,) = events
    assert [m.sentence_index for m in event.mentions] == [0, 2]
    assert event.event_id == event.make_id(
        "t", event.mentions[0], event.source.actor.id, event.target.actor.id, event.action.cameo
    )


def test_repeated_mentions_raise_confidence(extract):
    once = extract("Germany expelled Iranian diplomats.")[0]
    twice = next(
        e
        for e in extract("Germany expelled Iranian diplomats. Germany expelled Iranian diplomats again.")
        if e.source.actor.group == "DEU"
    )
    assert twice.confidence > once.confidence


def test_confidence_orders_the_evidence():
    named = confidence(
        source_how="name", target_how="name", target_via="dobj", from_pattern=False, kind="verb", code="111"
    )
    pronoun = confidence(
        source_how="pronoun",
        target_how="name",
        target_via="dobj",
        from_pattern=False,
        kind="verb",
        code="111",
    )
    implicit = confidence(
        source_how="name", target_how="implicit", target_via="", from_pattern=False, kind="verb", code="111"
    )
    assert named > pronoun > implicit
    assert all(0.05 <= c <= 0.95 for c in (named, pronoun, implicit))
