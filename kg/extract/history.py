"""Acts told as history or as a standing state, not as news of the article's day.

A clause can recall an act from years before the article ("in 1953 … ousted", "five years ago"), tell
a standing fact in passing ("Turkey, which backs the rebels, …"), or say a state has lasted ("has long
supported", "since 2014 has built up"). The extractor keeps none of these as events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "DURATIVE_ADVERBS",
    "HISTORY_YEARS",
    "RECALLING_ADVERBS",
    "background",
    "dated_long_ago",
    "noun_dated_long_ago",
    "recalled_history",
    "spell_of_years",
    "standing_state",
    "years_long_before",
]

#: Adverbs that make a perfect a standing state ("has long backed", "have always opposed").
DURATIVE_ADVERBS = frozenset(
    {"long", "always", "traditionally", "historically", "consistently", "continually"}
)
#: Adverbs that recall an act from before the news being told ("had previously demanded").
RECALLING_ADVERBS = frozenset({"previously", "formerly"})
#: Marks of a clause that tells what came after its head's time ("fought in 2014 until the army
#: took the town", "has ruled since 2011"): not dated by the head.
_LATER_MARKS = frozenset({"until", "till", "since", "so", "unless", "if"})
#: Years between a dated act and the article that make it history.
HISTORY_YEARS = 2

_RELATIVE = frozenset({"which", "who", "that"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBER_WORDS |= {"ten": 10, "several": 3, "many": 5, "few": 2, "a": 1}
#: Units of a "for" phrase that make a perfect a standing state ("has armed them for years").
_SPANS_OF_TIME = frozenset({"year", "decade", "month", "century", "generation", "while"})
#: Verbs of a lasting state or support: with "since" they say how long it has lasted.
_STATES = frozenset(
    {"support", "back", "oppose", "control", "hold", "occupy", "build", "maintain", "keep", "fund", "arm"}
    | {"supply", "host", "station", "deploy", "have", "sponsor", "finance", "train", "help", "aid", "run"}
)
#: Words of a recent day that make a perfect a new act ("has backed them since Monday").
_RECENT_WORDS = frozenset(
    {"today", "yesterday", "tonight", "week", "weekend", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "hour", "day"}
)


def background(verb: Token) -> bool:
    """A standing fact told in passing about an actor: a non-restrictive relative clause in the
    present or perfect tense ("Turkey, which backs the rebels, …", "the PKK, which has fought a long
    insurgency, …", "who have been fighting it"). A past act told so ("the rebels, who seized the town
    on Monday") is kept."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("PROPN", "NOUN"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in verb.children):
        return False
    start = verb.left_edge.i
    if start == 0 or verb.doc[start - 1].text not in (",", "–", "—", "-", "("):
        return False  # restrictive: it says which one is meant
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
    )


def years_long_before(tokens: Iterable[Token], date: dt.date) -> bool:
    """Whether the latest four-digit year among ``tokens`` (in a DATE entity) is long before ``date``."""
    years = [int(t.text) for t in tokens if t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4]
    return bool(years) and date.year - max(years) >= HISTORY_YEARS


def noun_dated_long_ago(noun: Token, date: dt.date | None) -> bool:
    """An event noun its own phrase dates long before the article ("killed in a raid on the town
    in 2016", "the 2013 attack"): history, whatever the tense of its sentence."""
    if date is None or noun.pos_ != "NOUN":
        return False
    dated = [t for c in noun.children if c.dep_ in ("prep", "compound", "nummod", "amod") for t in c.subtree]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        # "died in a raid on the town in 2014": the date hangs on the verb the noun's phrase is on
        verb = noun.head.head
        dated += [
            t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for t in c.subtree
        ]
    return years_long_before(dated, date)


def recalled_history(verb: Token, date: dt.date | None) -> bool:
    """An act in a clause on a year long before the article ("echoes of 2003, when Turkey refused
    …"): history recalled, not news."""
    if date is None or verb.dep_ not in ("relcl", "advcl") or verb.head.ent_type_ != "DATE":
        return False
    return years_long_before(verb.head.subtree, date)


def _years_ago(ago: Token) -> int:
    """How many years an "ago" phrase goes back ("five years ago": 5, "decades ago": 20), else 0."""
    for unit in ago.children:
        lemma = unit.lemma_.lower()
        if lemma not in ("year", "decade"):
            continue
        count = 1
        for c in unit.children:
            if c.dep_ in ("nummod", "amod", "det"):
                word = c.lower_
                count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, count)
        if lemma == "decade":
            return 10 * max(count, 2) if unit.tag_ == "NNS" else 10 * count
        return count
    return 0


#: Nouns of a long spell: "since the war began", "since the uprising" counts a tally over it.
_LONG_SPELLS = frozenset(
    {"war", "conflict", "uprising", "revolution", "insurgency", "occupation", "independence"}
)
#: Units of a spell of years ("decades of repression", "years of war").
_LONG_UNITS = frozenset({"year", "decade", "century", "generation"})


def spell_of_years(noun: Token) -> bool:
    """An event noun told as a spell of years ("decades of repression", "after years of shelling"):
    a summary of the past, not a dated act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    unit = noun.head.head
    return unit.lemma_.lower() in _LONG_UNITS and unit.tag_ == "NNS"


#: Nouns of a count ("thousands of civilians", "dozens of raids").
_COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "number"})


def _counted(verb: Token) -> bool:
    """Whether the verb's object is a count ("has killed thousands", "has detained 300 people"):
    with "since" a long-past date, the perfect sums acts up rather than reporting one."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.like_num or obj.lemma_.lower() in _COUNT_NOUNS or obj.ent_type_ == "CARDINAL":
            return True
        if any(c.dep_ == "nummod" or c.ent_type_ == "CARDINAL" for c in obj.children):
            return True
    return False


def _perfect(verb: Token) -> bool:
    """Has, have or had; or "been" before a participle ("has for years been arming …")."""
    table = token_table(verb.doc)
    dep, lower = table.dep, table.lower
    participle = table.tag[verb.i] == "VBG"
    return any(
        dep[c] == "aux" and (lower[c] in _PERFECT or (lower[c] == "been" and participle))
        for c in table.children[verb.i]
    )


def dated_long_ago(verb: Token, date: dt.date | None, *, _outer: bool = True) -> bool:
    """An act the clause itself dates to a year long before the article ("in 1953 … ousted",
    "captured the city in early 2014"), a tally kept since then ("has killed thousands since 2011";
    a state kept since then, "has blockaded the port since 2007", is left to ``standing_state``),
    or a clause hung on such a date's clause ("came to blows in 2015, when the navy seized …",
    "came home in 1994 once Britain had urged …", "acted in 1953, ousting …"), unless it tells what
    came later ("until", "since"): history told as background, not news."""
    if date is None:
        return False
    doc = verb.doc
    t = token_table(doc)
    i = verb.i
    head, dep, lower, children = t.head[i], t.dep, t.lower, t.children
    if (
        _outer
        and dep[i] == "advcl"
        and not any(dep[c] in ("advmod", "mark") and lower[c] in _LATER_MARKS for c in children[i])
        and t.pos[head] in ("VERB", "AUX")
        and dated_long_ago(doc[head], date, _outer=False)
    ):
        return True  # "came home in 1994 once Britain had urged …", "went to war in 1953, ousting …"
    for child in children[i]:
        if dep[child] != "advmod":
            continue
        if lower[child] == "once" and child < i and t.tag[i] == "VBD":
            return True  # "Turkey once backed the Nusra Front": a past the article looks back on
        if lower[child] == "ago" and _years_ago(doc[child]) >= HISTORY_YEARS:
            return True  # "overran Mosul five years ago", "decades ago"
    perfect = _perfect(verb)
    tally = (perfect or t.tag[i] == "VBD") and _counted(verb)  # "killed 4,000 fighters since 2014"
    if tally and any(
        dep[prep] == "prep"
        and lower[prep] == "since"
        and _LONG_SPELLS & {t.spacy_lemma[w] for w in t.subtree(prep)}
        for prep in children[i]
    ):
        return True  # "has killed thousands since the start of the war": a tally, not an act
    return any(
        years_long_before(doc[prep].subtree, date)
        for prep in children[i]
        if (dep[prep] == "prep" and lower[prep] in ("in", "during"))
        or (tally and dep[prep] == "prep" and lower[prep] == "since")
        or (
            tally
            and dep[prep] == "advcl"
            and any(dep[c] == "mark" and lower[c] == "since" for c in children[prep])
        )
    )


#: Verbs of backing or holding: in the past progressive with no time they tell how things stood.
_SUPPORT_STATES = frozenset(
    {"support", "back", "aid", "help", "arm", "fund", "finance", "sponsor", "supply", "occupy", "control"}
)
#: Verbs of saying, denying or refusing: "has denied any role" is an act of the day, not a record.
_STANCES = frozenset({"deny", "reject", "rule", "dismiss", "refuse", "condemn", "say", "insist", "oppose"})


def _timed(verb: Token) -> bool:
    """Whether the clause names a time ("on Monday", "last week", "in March")."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod", "prep", "tmod") and any(
            t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in _RECENT_WORDS for t in child.subtree
        ):
            return True
    return False


def _record(verb: Token) -> bool:
    """A perfect over "any"/"every" object ("has crushed any opposition", "has vetoed every draft"):
    a summary of conduct, not a dated act."""
    t = token_table(verb.doc)
    if t.spacy_lemma[verb.i] in _STANCES or not _perfect(verb):
        return False
    dep, lower, children = t.dep, t.lower, t.children
    return any(
        dep[c] == "dobj"
        and any(dep[d] in ("det", "predet") and lower[d] in ("any", "every") for d in children[c])
        for c in children[verb.i]
    ) and not _timed(verb)


def _stood(verb: Token) -> bool:
    """Backing or holding in the past progressive with no time named ("when it was plain that they
    were arming the rebels"): how things stood, not an act of a day."""
    t = token_table(verb.doc)
    i = verb.i
    return (
        t.tag[i] == "VBG"
        and t.spacy_lemma[i] in _SUPPORT_STATES
        and any(t.dep[c] == "aux" and t.lower[c] in ("was", "were") for c in t.children[i])
        and not _timed(verb)
    )


def _span_of_years(noun: Token, *, lasting: bool) -> bool:
    """A span of time up to now: "for years", "over the past two years"; any count of them for a
    ``lasting`` (progressive) verb ("has been arming them for two years"), but not a term ("jailed
    for two years") nor a siege or rule counted to now ("had besieged it for the past three years":
    an act of the news until it ended)."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _SPANS_OF_TIME or noun.tag_ != "NNS":
        return False
    if noun.head.lower_ == "over":
        return any(c.dep_ == "amod" and c.lower_ in ("past", "last") for c in noun.children)
    return lasting or not any(n.dep_ == "nummod" for n in noun.children)


def standing_state(verb: Token) -> bool:
    """A state the clause says has lasted ("has long supported", "has been arming them for years",
    "since 2014 has built up"), how things stood ("were arming the rebels" with no time), or a
    summary of conduct ("has crushed any opposition"), or an earlier act recalled ("had previously
    demanded", "formerly backed"): a standing fact, not an act of the article's day."""
    if _stood(verb) or _record(verb):
        return True
    t = token_table(verb.doc)
    dep, lower = t.dep, t.lower
    if any(dep[c] == "advmod" and lower[c] in RECALLING_ADVERBS for c in t.children[verb.i]):
        return True
    if not _perfect(verb):
        return False
    durative = False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in DURATIVE_ADVERBS:
            durative = True
        elif child.dep_ == "prep" and child.lower_ in ("since", "for", "over"):
            words = {t.lemma_.lower() for t in child.subtree}
            if words & _RECENT_WORDS:
                return False  # "since Monday", "for two days": a new act
            if child.lower_ == "since" and (verb.tag_ == "VBG" or verb.lemma_.lower() in _STATES):
                durative = True
            elif child.lower_ in ("for", "over") and any(
                _span_of_years(t, lasting=verb.tag_ == "VBG") for t in child.children
            ):
                durative = True  # "for years", "over the past two years", "has for two years been …"
        elif child.dep_ in ("npadvmod", "advmod") and child.lemma_.lower() in _RECENT_WORDS:
            return False
    return durative
