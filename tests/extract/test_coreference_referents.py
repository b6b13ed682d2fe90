"""Coreference: a pronoun or description whose likeliest antecedent is no actor (a decision, an
offer, a committee) names no actor; the nearest fitting antecedent wins. Sentences are our own."""

import pytest

from tests.extract.conftest import check

#: (text, triples that must be found, (source, target) pairs that must not be).
CASES = [
    # "it" is the ruling (the subject of the clause it hangs on), not the EU named in between.
    ("The ruling could weaken the EU because it harmed ties with Canada.", [], [("EU", "CAN")]),
    # A subject thing of the sentence before outranks an actor named as an object there.
    ("The embargo on Chad ended in May. It had hurt Niger badly.", [], [("TCD", "NER")]),
    # An object pronoun takes the object of the sentence before: the offer, not the one rejecting it.
    ("Peru rejected the offer by Chile. Brazil backed it.", [], [("BRA", "PER")]),
    ("Norway signed the treaty with Chad. Mali opposed it.", [("NOR", "05", "TCD")], [("MLI", "NOR")]),
    # ... and supporting someone's offer is support for its author.
    ("Peru rejected Chile's offer. Brazil backed it.", [("BRA", "05", "CHL")], [("BRA", "PER")]),
    # An object pronoun is never its own clause's subject (that would be "itself").
    ("Kenya hosted Uganda on Friday. Then it praised it.", [("KEN", "05", "UGA")], [("KEN", "KEN")]),
    # A panel is not the organisation that set it up.
    (
        "The African Union set up a panel on Sudan. The body accused Chad of arming rebels.",
        [],
        [("AU", "TCD")],
    ),
    # An organisation the resolver does not know is the nearest antecedent of "the body".
    (
        "The Zimbabwe Monitoring Trust, a watchdog on the African Union, said it doubted the claims. "
        "The body accused Kenya of fraud.",
        [],
        [("AU", "KEN")],
    ),
    # "it said", "it urged": only an actor speaks or urges, so a thing named before does not compete.
    ("Canada condemned the missile test by Iran. It urged Tehran to stop.", [("CAN", "02", "IRN")], []),
    # "the coalition" is no charity: with none named, "its" does not jump to the charity either.
    (
        "Amnesty International criticised the raids. The coalition said its strikes on Yemen were lawful.",
        [],
        [("AMNESTY", "YEM")],
    ),
    # "the alliance" still finds the alliance named before.
    ("NATO leaders met in Brussels. The alliance warned Russia.", [("NATO", "13", "RUS")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_referents(extract, text, present, absent):
    check(extract(text), present, absent)


EXPLETIVES = [
    ("It is clear that Chile will respond.", True),
    ("It seems that the talks failed.", True),
    ("It was Peru that first objected.", True),
    ("It remains unclear whether Bolivia will attend.", True),
    ("It said the talks had failed.", False),
    ("It remains committed to the deal.", False),
    ("It is a country with a long coastline.", False),
]


@pytest.mark.parametrize(("text", "expected"), EXPLETIVES)
def test_expletive_it(nlp, text, expected):
    from kg.extract.coref_words import expletive

    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert expletive(it) is expected


def test_an_expletive_it_is_no_source(extract):
    events = extract("Chile criticised Peru on Monday. It is unclear whether Bolivia will respond.")
    assert not any(e.source.text.lower() == "it" for e in events)
