"""Extract stage: acts the writer only uses to describe someone, or the writer's own reading of an act.

Some clauses name an act without reporting it. A participle of a lasting activity or aim set off by
commas between a subject and its verb says what kind of actor the subject is ("the rebels,
fighting to topple the king, said …"); a gerund the parser coordinated with a finite verb, or listed
after a colon, is a name in a list of aims ("limited its goals to two: defeating the militia and
…"); a clause fronted by "by" + gerund gives the act, and the main verb is the writer's reading of
it ("By shelling the port, Ruritania defied the alliance"); an event noun alone in quotation marks
is a word the writer holds at arm's length (scare quotes); a restrictive relative clause in the
simple present, or in the perfect with no time, says which ones are meant ("the militias who
control the border"), not what they did; a "where" clause in the present on a noun of a clause about
the future is a world imagined; the dead are described by what they were doing ("volunteers killed
fighting …"); a simple present with an adverb of habit is a trait; and a gerund right after a
possessive is a word of a noun phrase ("Iran's expanding presence"). None of them is an event; the
act a "by" phrase names is kept (it has its own frame).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["only_describes", "scare_quoted", "writers_reading"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OWN_WORDS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})
_RELATIVE = frozenset({"who", "that", "which"})
#: Verbs of a lasting activity or stance: as a participle in passing they tell what someone is
#: ("the rebels, fighting the army, …", "Turkey, backed by Qatar, …"), not a step of the day
#: ("Russia, pulling out its troops, blamed …" is one).
_LASTING = frozenset(
    {"fight", "battle", "wage", "back", "support", "arm", "fund", "finance", "sponsor", "control", "hold"}
    | {"occupy", "seek", "struggle", "try", "aim", "oppose", "resist", "ally", "side", "lead"}
)
#: Adverbs that make a simple present a habit ("as he shows daily"), not an act of the day.
_HABITUAL = frozenset(
    {"daily", "routinely", "regularly", "often", "always", "constantly", "frequently", "usually"}
    | {"habitually", "typically", "generally", "seldom", "rarely", "invariably"}
)


def _clause_top(verb: Token) -> Token:
    """The verb whose clause ``verb`` is part of, up through complements and coordinated verbs."""
    t = verb
    for _ in range(6):
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
            break
        if t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ != "VBG":
            break  # a gerund listed after a finite verb: see _listed_gerund
        t = t.head
    return t


def _between_commas(clause: Token) -> bool:
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    return start > 0 and end + 1 < len(doc) and doc[start - 1].text == "," and doc[end + 1].text == ","


def _interposed(verb: Token) -> bool:
    """A participle between commas after a subject and before its verb ("the rebels, fighting to topple
    the king, said …", "Turkey, backed by its allies, warned …"): it tells who the subject is."""
    clause = _clause_top(verb)
    if clause.tag_ not in ("VBG", "VBN") or clause.dep_ not in ("advcl", "acl"):
        return False
    if any(c.dep_ in _OWN_WORDS for c in clause.children) or not _between_commas(clause):
        return False
    aim = any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in clause.children)
    if not aim and clause.lemma_.lower() not in _LASTING:
        return False
    if clause.dep_ == "acl":
        noun = clause.head
        return noun.dep_ in _SUBJECTS and noun.i < clause.i and clause.right_edge.i < noun.head.i
    main = clause.head
    return main.i > clause.right_edge.i and any(
        c.dep_ in _SUBJECTS and c.i < clause.left_edge.i for c in main.children
    )


def _listed_gerund(verb: Token) -> bool:
    """A gerund the parser coordinated with a verb that is not one ("has framed its aims as curbing the
    militias, and countering …", "limited its aims to two: defeating X and …"): a gerund does not
    coordinate with a finite verb or an infinitive, so it names an aim in a list, not an act done; so
    does a gerund right after a colon."""
    t = verb
    if (
        t.tag_ == "VBG"
        and t.dep_ in ("advcl", "conj", "appos")
        and not any(c.dep_ in _OWN_WORDS for c in t.children)
    ):
        start = t.left_edge.i
        if start > 0 and t.doc[start - 1].text == ":":
            return True  # "narrowed its aims to two: defeating X and …"
    for _ in range(3):
        if t.tag_ != "VBG" or t.dep_ != "conj" or any(c.dep_ in _OWN_WORDS for c in t.children):
            return False
        head = t.head
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if head.tag_ != "VBG":
            return True
        t = head
    return False


def writers_reading(verb: Token) -> bool:
    """A verb after a fronted "by" + gerund ("By shelling the port, Ruritania defied the alliance"):
    the main verb is a reading of the act the gerund names, not a second act.

    The "by" phrase must come before the subject: "retaliated by expelling diplomats" tells how the
    retaliation was done and stays an act."""
    clause = _clause_top(verb)
    subjects = [c.i for c in clause.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return False
    return any(
        c.dep_ in ("prep", "advcl")
        and c.lower_ == "by"
        and c.i < min(subjects)
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in clause.children
    )


def scare_quoted(noun: Token) -> bool:
    """An event noun alone in quotation marks (the writer's “offensives” against a group): someone
    else's word, held at arm's length, not an act the writer reports."""
    doc = noun.doc
    if noun.pos_ != "NOUN":
        return False
    before = noun.i - 1
    while before >= 0 and doc[before].dep_ in ("amod", "compound") and doc[before].head.i == noun.i:
        before -= 1
    after = noun.i + 1
    return before >= 0 and after < len(doc) and doc[before].is_quote and doc[after].is_quote


def _restrictive_trait(verb: Token) -> bool:
    """A restrictive relative clause whose subject is the noun, in the simple present or in the
    perfect with no time ("the Russians who target civilians", "forces who have fought beside the
    army"): it says which ones are meant, not what they did on a day."""
    clause = _clause_top(verb)
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in clause.children
    ):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP"):
        return not aux
    if clause.tag_ != "VBN" or [a.lower_ for a in aux] not in (["has"], ["have"]):
        return False
    start = clause.left_edge.i
    if start > 0 and clause.doc[start - 1].text in (",", "(", "–", "—"):
        return False  # non-restrictive: kg.extract.history.background decides
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


#: Auxiliaries of a clause about what will or may be.
_NOT_YET = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})


def _where_scenario(verb: Token) -> bool:
    """A "where" clause in the simple present on a noun of a clause about the future ("a solution will
    be a deal between states, where each side agrees …"): a world imagined, not a fact."""
    clause = _clause_top(verb)
    if clause.dep_ != "relcl" or clause.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return False
    t = clause.head
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in t.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _possessed_gerund(verb: Token) -> bool:
    """A gerund right after a possessive ("Iran's expanding presence"): a word of a noun phrase."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].tag_ in ("POS", "PRP$")


def _killed_doing(verb: Token) -> bool:
    """A participle on a noun with a gerund of what its people were doing ("volunteers killed fighting
    the militia", "a medic wounded defending the town"): who died, described, not an act reported."""
    t = verb
    if t.tag_ == "VBG" and t.dep_ == "xcomp":
        t = t.head
    return (
        t.dep_ == "acl"
        and t.tag_ in ("VBN", "VBD")
        and t.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in _OWN_WORDS for c in t.children)
        and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in t.children)
    )


def _habit(verb: Token) -> bool:
    """A simple present with an adverb of habit ("as the president shows daily"): a trait, not an act."""
    clause = _clause_top(verb)
    return (
        clause.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in clause.children)
    )


def only_describes(trigger: Token) -> bool:
    """Whether the trigger only describes someone or is the writer's reading of an act (the shapes
    above; :func:`kg.extract.counterparts.described_in_passing` adds its own).

    Examples:
        >>> import spacy
        >>> only_describes(spacy.blank("en")("talks")[0])
        False
    """
    if trigger.pos_ == "NOUN":
        return scare_quoted(trigger)
    if trigger.pos_ != "VERB":
        return False
    return (
        _interposed(trigger)
        or _listed_gerund(trigger)
        or writers_reading(trigger)
        or _restrictive_trait(trigger)
        or _where_scenario(trigger)
        or _possessed_gerund(trigger)
        or _killed_doing(trigger)
        or _habit(trigger)
    )
