"""The event-noun lexicon: answers remembered per lemma are the answers worked out afresh."""

from kg.coding.nouns import NounLexicon, load_nouns


def test_remembered_noun_answers_agree_with_a_fresh_lexicon():
    nouns = load_nouns()
    words = ["talks", "Talks", "talk", "sanctions", "Strikes", "weather", "ceasefires", "summit", "crises"]
    first = [nouns.lookup(w) for w in words]
    again = [nouns.lookup(w) for w in words]
    fresh = NounLexicon(dict(nouns._entries))
    assert first == again == [fresh.lookup(w) for w in words]
    assert first[0] is not None and first[0] == first[1] == first[2]  # case and number aside
    assert nouns.lookup("weather") is None and nouns.lookup("weather") is None
