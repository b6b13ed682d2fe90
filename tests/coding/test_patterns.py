"""Verb phrase → the most specific code: dictionary patterns, synonym sets, kg's own patterns."""

import pytest

from kg.coding import CameoCoder, load_patterns
from kg.coding.patterns import Phrase, singular


@pytest.fixture(scope="module")
def coder():
    return CameoCoder()


@pytest.mark.parametrize(
    ("verb", "kwargs", "code"),
    [
        # a dictionary pattern on the object
        ("impose", {"obj": "sanctions"}, "163"),
        # an object in a synonym set (&WEAPON)
        ("give", {"obj": "weapon", "obj_words": ["weapons"]}, "072"),
        # a prepositional phrase with words (kg's pattern: evidence against someone accuses them)
        ("present", {"obj": "evidence", "preps": [("against", "russia", ["russia"])]}, "112"),
        # the verb's default code when no pattern applies
        ("condemn", {"obj": "attack"}, "111"),
        # kg's corrections: the CAMEO code for a veto, agreement as intent to cooperate
        ("veto", {}, "129"),
        ("agree", {}, "030"),
        # a paired event: the host's side of a visit
        ("visit", {}, "042"),
    ],
)
def test_most_specific_code(coder, verb, kwargs, code):
    assert coder.code(verb, **kwargs).cameo == code


def test_pattern_that_cancels_an_event(coder):
    # "imposed taxes" is not an event; "imposed sanctions" is.
    assert coder.code("impose", obj="taxes") is None
    assert coder.code("give", obj="speech") is None


def test_reverse_code_of_a_paired_event(coder):
    assert coder.code("visit", reverse=True).cameo == "043"
    assert coder.code("condemn", reverse=True) is None


def test_code_of_says_whether_a_pattern_decided(coder):
    assert coder.code_of("impose", obj="sanctions")[2] is True
    assert coder.code_of("condemn")[2] is False


def test_book_holds_the_dictionary_patterns():
    book = load_patterns()
    assert len(book) > 4000
    assert "&weapon" in book.synsets and "rifle" in book.synsets["&weapon"]


@pytest.mark.parametrize(
    ("word", "form"), [("Sanctions", "sanction"), ("militaries", "military"), ("press", "press")]
)
def test_singular(word, form):
    assert singular(word) == form


def test_phrase_compares_in_singular():
    assert Phrase.of("Talks", ["peace"]).heads == {"talk"}


@pytest.mark.parametrize(
    ("noun", "words", "root"),
    [("talks", [], "04"), ("airstrike", [], "19"), ("sanctions", [], "16"), ("deployment", [], "15")],
)
def test_event_nouns(coder, noun, words, root):
    assert coder.code_noun(noun, words=words).root == root


def test_hunger_strike_is_no_air_strike(coder):
    assert coder.code_noun("strike", words=["hunger"]).cameo == "142"
    assert coder.code_noun("strike", words=["general"]).root == "14"
