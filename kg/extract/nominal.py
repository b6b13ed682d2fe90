"""Extract stage: events named by nouns ("talks between NATO and Russia", "US-led strikes on Raqqa").

The noun's arguments are its possessor ("Russia's invasion"), a "by" phrase, actor words before
it ("US-led", "Russian", "NATO-Russia"), "between A and B" (both sides act on each other), and its
target prepositions (from the event-noun table: "strikes on", "sanctions against", "talks with").
Nouns that a light verb already codes ("held talks") are left to the verb's frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.clauses import LIGHT_VERBS, subjects_of
from kg.extract.frames import Frame
from kg.extract.places import prep_role
from kg.extract.spans import conjuncts, listed
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_frames"]

_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Prepositions that make what follows a topic, not an occurrence ("a need for dialogue",
#: "talks on arms control and missile deployment").
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "for", "including"})


def _is_topic(noun: Token) -> bool:
    t = noun
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "pobj" and t.head.lower_ in _TOPIC_PREPS:
            return True
        t = t.head
    return False


#: Nouns whose head verb gives the event its mood ("the planned strikes", "threatened sanctions").
_MOOD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _modifier_actors(noun: Token) -> list[Token]:
    """Actor words in front of the noun: "US-led", "Russian and Syrian", "NATO-Russia".

    One token per name: the last word of a multi-word name stands for it.
    """
    found: list[Token] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
            continue
        for t in child.subtree:
            actorish = t.ent_type_ in _ACTOR_ENTS or (
                t.pos_ == "PROPN" and t.dep_ in ("compound", "npadvmod")
            )
            if t.i < noun.i and actorish and not _cause(t):
                found.append(t)
    ids = {t.i for t in found}
    return [t for t in found if not (t.i + 1 in ids and t.nbor().ent_iob_ == "I")]


_CAUSE_WORDS = frozenset({"anti", "pro", "non"})
#: "UN-sponsored talks", "Russian-brokered truce": the sponsor is not a side of the event.
_SPONSOR_WORDS = frozenset({"sponsored", "brokered", "mediated", "hosted", "backed", "funded", "organised"})


def _cause(t: Token) -> bool:
    """A word of a cause or a sponsor, not an agent: "anti-French demonstrations" are not
    France's, "UN-sponsored talks" are not the UN's ("US-led strikes" are the US's)."""
    if t.lower_ in _CAUSE_WORDS or t.text == "-":
        return True
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in _SPONSOR_WORDS:
        return True
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in _CAUSE_WORDS


def _by_agents(noun: Token) -> list[Token]:
    """Agents in a "by" phrase of the noun, also when the parser hung it lower in the phrase (but not
    inside a clause on it: in "talks brokered by Russia" Russia brokers, it does not talk)."""
    inside_clauses = {
        t.i for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.i != noun.i for t in c.subtree
    }
    for t in noun.subtree:
        if t.i <= noun.i or t.i in inside_clauses:
            continue
        if t.dep_ in ("prep", "agent") and t.lower_ == "by":
            for g in t.children:
                if g.dep_ == "pobj":
                    return conjuncts(g)
    return []


#: Prepositions that put the subject of a clause inside an exchange ("said in talks with Iran").
_INSIDE = frozenset({"in", "during", "at"})


def _subject_in_it(noun: Token) -> list[Token]:
    """The subject of the verb whose "in talks with X" phrase holds the noun: that subject takes
    part in the talks ("Mr Ortega had seen the change in conversations with Mr Bush")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _INSIDE:
        return []
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "attr"):
        verb = verb.head  # "had seen the change in talks with …": the phrase hangs from the object
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects, passive = subjects_of(verb)
    return [] if passive else subjects


def noun_frame(noun: Token, *, target_preps: frozenset[str], reciprocal: bool) -> Frame | None:
    """The frame of one event noun, or None when the noun has no actor of its own."""
    sources: list[Token] = []
    targets: list[Token] = []
    places: list[Token] = []
    via = ""
    for child in noun.children:
        if child.dep_ == "poss":
            sources.extend(conjuncts(child))
    sources.extend(_by_agents(noun))
    modifiers = _modifier_actors(noun)
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        pobjs = [t for g in child.children if g.dep_ == "pobj" for t in listed(g)]
        if not pobjs:
            continue
        if prep == "between" and reciprocal:
            sources.extend(pobjs)
            via = "between"
        elif prep in target_preps:
            targets.extend(pobjs)
            via = via or f"prep:{prep}"
        elif prep == "of" and target_preps & {"of"}:
            targets.extend(pobjs)
            via = via or "prep:of"
        elif prep_role(lemma, prep) == "place":
            places.extend(pobjs)
    if not sources:
        sources = modifiers
    elif modifiers and not targets and not reciprocal:
        targets = modifiers  # "Russia's Syrian campaign"; but "Putin's Syrian dialogue" is about Syria
    if not sources and targets and reciprocal:
        sources = _subject_in_it(noun)
        via = via or "in"
    if not sources:
        return None
    head = noun.head
    mood = head if noun.dep_ in _MOOD_DEPS and head.pos_ in ("VERB", "AUX") else noun
    return Frame(
        trigger=noun,
        kind="noun",
        lemma=lemma,
        particle=None,
        sources=tuple(sources),
        targets=tuple(targets),
        target_via=via,
        alt_targets=(),
        obj=None,
        preps=(),
        places=tuple(places),
        reciprocal=reciprocal,
        mood=mood,
        noun_code=noun,
    )


def noun_frames(
    sentence: Iterable[Token], lookup: Callable[[str], tuple[frozenset[str], bool, bool] | None]
) -> Iterator[Frame]:
    """The frames of the event nouns of the sentence.

    Args:
        sentence: the sentence.
        lookup: lemma → (target prepositions, reciprocal, standalone) for event nouns, else None.
    """
    table: TokenTable | None = None
    for token in sentence:
        if table is None:
            table = token_table(token.doc)
        if table.pos[token.i] not in ("NOUN", "PROPN"):
            continue
        entry = lookup(table.lemma[token.i])
        if entry is None:
            continue
        target_preps, reciprocal, standalone = entry
        if not standalone:
            continue
        if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in LIGHT_VERBS:
            continue  # the light verb's frame codes it
        if _is_topic(token) or (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")):
            continue  # a topic, or a noun the parser hung on a verb
        frame = noun_frame(token, target_preps=target_preps, reciprocal=reciprocal)
        if frame is not None:
            yield frame
