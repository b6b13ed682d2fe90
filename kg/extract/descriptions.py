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

from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def _clause_top(t: TokenTable, i: int) -> int:
    """The verb whose clause token ``i`` is part of, up through complements and coordinated verbs."""
    heads, dep, pos, tag = t.head, t.dep, t.pos, t.tag
    for _ in range(6):
        head = heads[i]
        if dep[i] not in ("xcomp", "conj") or head == i or pos[head] not in ("VERB", "AUX"):
            break
        if dep[i] == "conj" and tag[i] == "VBG" and tag[head] != "VBG":
            break  # a gerund listed after a finite verb: see _listed_gerund
        i = head
    return i


def _between_commas(t: TokenTable, clause: Token) -> bool:
    start, end = clause.left_edge.i, clause.right_edge.i
    return start > 0 and end + 1 < t.n and t.lower[start - 1] == "," and t.lower[end + 1] == ","


def _own_words(t: TokenTable, i: int) -> bool:
    """Whether verb ``i`` has words of its own clause (a subject, an auxiliary, a mark)."""
    dep = t.dep
    return any(dep[c] in _OWN_WORDS for c in t.children[i])


def _interposed(t: TokenTable, doc: Doc, clause: int) -> bool:
    """A participle between commas after a subject and before its verb ("the rebels, fighting to topple
    the king, said …", "Turkey, backed by its allies, warned …"): it tells who the subject is.
    ``clause``: the :func:`_clause_top` of the verb."""
    heads, dep, children = t.head, t.dep, t.children
    if t.tag[clause] not in ("VBG", "VBN") or dep[clause] not in ("advcl", "acl"):
        return False
    token = doc[clause]
    if _own_words(t, clause) or not _between_commas(t, token):
        return False
    lower = t.lower
    aim = any(dep[c] == "xcomp" and any(lower[g] == "to" for g in children[c]) for c in children[clause])
    if not aim and t.spacy_lemma[clause] not in _LASTING:
        return False
    if dep[clause] == "acl":
        noun = heads[clause]
        return dep[noun] in _SUBJECTS and noun < clause and token.right_edge.i < heads[noun]
    main = heads[clause]
    return main > token.right_edge.i and any(
        dep[c] in _SUBJECTS and c < token.left_edge.i for c in children[main]
    )


def _listed_gerund(t: TokenTable, doc: Doc, i: int) -> bool:
    """A gerund the parser coordinated with a verb that is not one ("has framed its aims as curbing the
    militias, and countering …", "limited its aims to two: defeating X and …"): a gerund does not
    coordinate with a finite verb or an infinitive, so it names an aim in a list, not an act done; so
    does a gerund right after a colon."""
    heads, dep, tag = t.head, t.dep, t.tag
    if tag[i] == "VBG" and dep[i] in ("advcl", "conj", "appos") and not _own_words(t, i):
        start = doc[i].left_edge.i
        if start > 0 and t.lower[start - 1] == ":":
            return True  # "narrowed its aims to two: defeating X and …"
    for _ in range(3):
        if tag[i] != "VBG" or dep[i] != "conj" or _own_words(t, i):
            return False
        head = heads[i]
        if t.pos[head] not in ("VERB", "AUX"):
            return False
        if tag[head] != "VBG":
            return True
        i = head
    return False


def writers_reading(verb: Token) -> bool:
    """A verb after a fronted "by" + gerund ("By shelling the port, Ruritania defied the alliance"):
    the main verb is a reading of the act the gerund names, not a second act.

    The "by" phrase must come before the subject: "retaliated by expelling diplomats" tells how the
    retaliation was done and stays an act."""
    t = token_table(verb.doc)
    return _writers_reading(t, _clause_top(t, verb.i))


def _writers_reading(t: TokenTable, clause: int) -> bool:
    dep, children = t.dep, t.children
    subjects = [c for c in children[clause] if dep[c] in _SUBJECTS]
    if not subjects:
        return False
    first, lower, tag = min(subjects), t.lower, t.tag
    return any(
        dep[c] in ("prep", "advcl")
        and lower[c] == "by"
        and c < first
        and any(dep[g] == "pcomp" and tag[g] == "VBG" for g in children[c])
        for c in children[clause]
    )


def scare_quoted(noun: Token) -> bool:
    """An event noun alone in quotation marks (the writer's “offensives” against a group): someone
    else's word, held at arm's length, not an act the writer reports."""
    t = token_table(noun.doc)
    i = noun.i
    if t.pos[i] != "NOUN":
        return False
    dep, heads, quote = t.dep, t.head, t.quote
    before = i - 1
    while before >= 0 and dep[before] in ("amod", "compound") and heads[before] == i:
        before -= 1
    after = i + 1
    return before >= 0 and after < t.n and bool(quote[before]) and bool(quote[after])


def _restrictive_trait(t: TokenTable, doc: Doc, clause: int) -> bool:
    """A restrictive relative clause whose subject is the noun, in the simple present or in the
    perfect with no time ("the Russians who target civilians", "forces who have fought beside the
    army"): it says which ones are meant, not what they did on a day. ``clause``: the
    :func:`_clause_top` of the verb."""
    dep, lower, kids = t.dep, t.lower, t.children[clause]
    if dep[clause] != "relcl" or not any(dep[c] == "nsubj" and lower[c] in _RELATIVE for c in kids):
        return False
    aux = [c for c in kids if dep[c] in ("aux", "auxpass")]
    tag = t.tag[clause]
    if tag in ("VBZ", "VBP"):
        return not aux
    if tag != "VBN" or [lower[a] for a in aux] not in (["has"], ["have"]):
        return False
    start = doc[clause].left_edge.i
    if start > 0 and lower[start - 1] in (",", "(", "–", "—"):
        return False  # non-restrictive: kg.extract.history.background decides
    ent = t.ent
    return not any(ent[w] in ("DATE", "TIME") for w in t.subtree(clause))


#: Auxiliaries of a clause about what will or may be.
_NOT_YET = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})


def _where_scenario(t: TokenTable, clause: int) -> bool:
    """A "where" clause in the simple present on a noun of a clause about the future ("a solution will
    be a deal between states, where each side agrees …"): a world imagined, not a fact. ``clause``:
    the :func:`_clause_top` of the verb."""
    heads, dep, lower, children = t.head, t.dep, t.lower, t.children
    if dep[clause] != "relcl" or t.tag[clause] not in ("VBZ", "VBP"):
        return False
    if not any(dep[c] == "advmod" and lower[c] == "where" for c in children[clause]):
        return False
    i = heads[clause]
    for _ in range(8):
        if t.pos[i] in ("VERB", "AUX"):
            return any(dep[c] == "aux" and lower[c] in _NOT_YET for c in children[i])
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _possessed_gerund(t: TokenTable, i: int) -> bool:
    """A gerund right after a possessive ("Iran's expanding presence"): a word of a noun phrase."""
    return t.tag[i] == "VBG" and i > 0 and t.tag[i - 1] in ("POS", "PRP$")


def _killed_doing(t: TokenTable, i: int) -> bool:
    """A participle on a noun with a gerund of what its people were doing ("volunteers killed fighting
    the militia", "a medic wounded defending the town"): who died, described, not an act reported."""
    dep, tag = t.dep, t.tag
    if tag[i] == "VBG" and dep[i] == "xcomp":
        i = t.head[i]
    return (
        dep[i] == "acl"
        and tag[i] in ("VBN", "VBD")
        and t.pos[t.head[i]] in ("NOUN", "PROPN")
        and not _own_words(t, i)
        and any(dep[c] == "xcomp" and tag[c] == "VBG" for c in t.children[i])
    )


def _habit(t: TokenTable, clause: int) -> bool:
    """A simple present with an adverb of habit ("as the president shows daily"): a trait, not an act.
    ``clause``: the :func:`_clause_top` of the verb."""
    dep, lower, kids = t.dep, t.lower, t.children[clause]
    return (
        t.tag[clause] in ("VBZ", "VBP")
        and not any(dep[c] in ("aux", "auxpass") for c in kids)
        and any(dep[c] == "advmod" and lower[c] in _HABITUAL for c in kids)
    )


def only_describes(trigger: Token) -> bool:
    """Whether the trigger only describes someone or is the writer's reading of an act (the shapes
    above; :func:`kg.extract.counterparts.described_in_passing` adds its own).

    Examples:
        >>> import spacy
        >>> only_describes(spacy.blank("en")("talks")[0])
        False
    """
    doc = trigger.doc
    t = token_table(doc)
    i = trigger.i
    if t.pos[i] == "NOUN":
        return scare_quoted(trigger)
    if t.pos[i] != "VERB":
        return False
    top = _clause_top(t, i)
    return (
        _interposed(t, doc, top)
        or _listed_gerund(t, doc, i)
        or _writers_reading(t, top)
        or _restrictive_trait(t, doc, top)
        or _where_scenario(t, top)
        or _possessed_gerund(t, i)
        or _killed_doing(t, i)
        or _habit(t, top)
    )
