"""Negation and modality are kept on every event: negated, hypothetical, intended, threatened, questioned."""

import pytest


def _event(events, source, root):
    return next(e for e in events if e.source.actor.group == source and e.action.root == root)


@pytest.mark.parametrize(
    ("text", "source", "root", "negated", "modality"),
    [
        # a negated meeting is coded as a refusal to meet: the refusal is not negated
        ("Iran will not meet France.", "IRN", "12", False, "intended"),
        ("Spain never agreed to help Morocco.", "ESP", "12", False, "asserted"),
        ("Chile refused to meet Peru.", "CHL", "12", False, "asserted"),
        (
            "If Moscow attacks Kyiv, Washington will impose sanctions on Russia.",
            "RUS",
            "19",
            False,
            "hypothetical",
        ),
        (
            "If Moscow attacks Kyiv, Washington will impose sanctions on Russia.",
            "USA",
            "16",
            False,
            "hypothetical",
        ),
        # an intended visit or aid is CAMEO's intent to cooperate
        ("Ghana plans to send aid to Togo.", "GHA", "03", False, "intended"),
        ("Will Egypt attack Sudan?", "EGY", "19", False, "questioned"),
        ("Algeria could expel French diplomats.", "DZA", "16", False, "hypothetical"),
        ("Turkey threatened to attack Syria.", "TUR", "13", False, "asserted"),
        # a coordinated bare verb shares the first one's auxiliaries ...
        (
            "Turkey said it will invade and occupy the Kurdish enclave in Syria.",
            "TUR",
            "13",
            False,
            "intended",
        ),
        ("Iran will not attack or bomb Iraq.", "IRN", "13", True, "intended"),
        # ... a finite one after "but" has its own
        ("Russia did not attack Ukraine but withdrew its troops.", "RUS", "08", False, "asserted"),
        # an act someone denies is reported as not having happened
        (
            "A spokesman denied that Syrian jets had bombed Turkish troops.",
            "SYR",
            "19",
            False,
            "hypothetical",
        ),
    ],
)
def test_negation_and_modality(extract, text, source, root, negated, modality):
    event = _event(extract(text, min_confidence=0), source, root)
    assert event.negated is negated
    assert event.modality == modality


@pytest.mark.parametrize(
    ("text", "held_back"),
    [
        ("If Chile attacks Peru, Bolivia will suffer.", True),
        ("Will Egypt attack Sudan?", True),
        ("Algeria could expel French diplomats.", True),
        ("Chile attacked Peru.", False),
        ("Algeria will expel French diplomats.", False),
    ],
)
def test_conditions_guesses_and_questions_are_held_back_by_default(extract, text, held_back):
    everything = extract(text, min_confidence=0)
    assert everything
    default = extract(text)
    assert (not default) == held_back, [(e.action.cameo, e.modality, e.confidence) for e in everything]
    assert all(e.confidence >= 0.4 for e in default)


def test_every_event_carries_negation_and_modality(extract):
    for e in extract("Iran will not meet France. Turkey threatened to attack Syria. Israel attacked Syria."):
        assert isinstance(e.negated, bool)
        assert e.modality in ("asserted", "hypothetical", "intended", "threatened", "questioned")


@pytest.mark.parametrize(
    "text",
    [
        "Chile must meet Peru.",
        "Chile has to meet Peru.",
        "Chile has to sign a treaty with Peru.",
        "Chile will have to meet Peru.",
        "Chile will have to sign a treaty with Peru.",
        "Chile will have to change course and sign a treaty with Peru.",
        "Analysts say Chile will have to meet Peru soon.",
    ],
)
def test_an_obligation_is_no_act_however_it_is_worded(extract, text):
    events = [e for e in extract(text, min_confidence=0) if e.source.actor.group == "CHL"]
    assert all(e.modality == "hypothetical" for e in events), [(e.action.cameo, e.modality) for e in events]
    assert extract(text) == [] or all(e.source.actor.group != "CHL" for e in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Neither Moscow nor Beijing has endorsed Ankara's operation.",
        "Washington no longer supports Riyadh.",
        "Idlib was spared an assault by Syria.",
    ],
)
def test_negations_beyond_not(extract, text):
    events = extract(text)
    assert all(e.negated or e.action.root == "12" for e in events)


@pytest.mark.parametrize(
    ("text", "verb", "modality"),
    [
        # A condition inside a quotation after the verb is the speaker's, not the verb's.
        (
            "The mediator blamed the cabinet, warning the process would fail “unless the cabinet moves”.",
            "blamed",
            "asserted",
        ),
        ("Chile will expel the ambassador if the talks fail.", "expel", "hypothetical"),
    ],
)
def test_quoted_condition(nlp, text, verb, modality):
    from kg.extract.modality import modality_of

    token = next(t for t in nlp(text) if t.text == verb)
    assert modality_of(token) == modality
