"""Where a clause sits on the article's timeline: in the article's days, or well before them.

A news article tells its news and, around it, background: a strike "a year ago", a boycott imposed
"last year", the "when" clause of an old date, what a group did in an offensive launched years ago,
the story of a life. A clause is set in time by its own time phrases ("last year", "in April 2017",
"on Tuesday"); else by the clause it hangs on (a relative clause by the clause of the noun it
describes, a participle or a "when"/"after" clause by its head, a "when" clause right after a date by
that date); else, when it is the main clause of a sentence told in the simple past or pluperfect, by
the sentence before it: narration goes on in the time it was set in until a clause names another
time or turns to the present. A past act whose setting lies :data:`HISTORY_DAYS` or more before the
article, or that starts a span ("since Russia annexed Crimea"), is background, not news.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import TYPE_CHECKING

from kg.extract.dates import approximate_day
from kg.extract.table import TokenTable, sentence_of, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["HISTORY_DAYS", "set_long_ago", "setting"]

#: Days between a clause's setting and the article that make its act background (about nine months:
#: "last year" from May on, "a year ago", "in April 2017" told in 2018).
HISTORY_DAYS = 270
#: Prepositions whose date is the time of their clause ("in 2016", "on 8 April 2013", "until 2015").
_AT = frozenset({"in", "on", "at", "during", "by", "until", "till", "around", "from", "to", "through"})
#: Prepositions that set their clause by the time of an event they name ("after the 2016 coup").
_AROUND = frozenset({"after", "following", "before", "amid"})
#: Prepositions that set their clause at the time of the event noun they govern ("on a visit in 2007").
_EVENT_TIME = _AROUND | {"in", "on", "at", "during"}
#: Prepositions whose date opens or measures a span lasting to the article's day: the present.
_SPAN = frozenset({"since", "for", "over", "throughout", "within"})
#: Prepositions of a clause's own time.
_PREPS = _AT | _SPAN | _AROUND
#: Auxiliaries of a clause told in the present or future, which no past setting reaches.
_PRESENT_AUX = frozenset({"has", "have", "'s", "'ve", "is", "are", "am", "'re", "'m", "will", "'ll", "shall"})
_PRESENT_AUX |= frozenset({"can", "may", "must", "might", "would", "could", "should", "do", "does"})
#: Adverbs of the article's days.
_NOW_WORDS = frozenset({"now", "currently", "recently", "today", "tonight", "yesterday", "lately", "newly"})
#: Marks of a clause about what came later than, or instead of, its head's time.
_LATER = frozenset({"until", "till", "unless", "if", "so", "because", "whether", "though", "although"})
#: Verbs of reporting: a sentence they head tells where the news comes from, not what happened when.
_REPORTING = frozenset({"say", "tell", "add", "write", "tweet", "report", "note", "explain", "insist"})
#: How many clauses up a setting is looked for.
_DEPTH = 12


def _long_before(day: dt.date, published: dt.date) -> bool:
    return (published - day).days >= HISTORY_DAYS


#: Stands for a time told from the narration's, not the article's ("ten days earlier", "later",
#: "at the time"): the clause is set where the sentences before it are.
_BACK = dt.date.min
#: Words of such a time.
_ANAPHORIC = frozenset({"earlier", "later", "before", "after", "previous", "following", "then", "that"})
_ANAPHORIC |= frozenset({"afterwards", "subsequently", "eventually", "next"})


def _entity_day(token: Token, published: dt.date) -> dt.date | None:
    """About the day the DATE or TIME phrase ``token`` is in names (adjacent ones read as one:
    "Sunday 5 June 2011"); :data:`_BACK` for a time told from the narration's; None for a
    phrase read as no time."""
    doc = token.doc
    ent = token_table(doc).ent
    start, end = token.i, token.i + 1
    while start > 0 and ent[start - 1] in ("DATE", "TIME"):
        start -= 1
    while end < len(doc) and ent[end] in ("DATE", "TIME"):
        end += 1
    phrase = doc[start:end]
    year = any(t.like_num and len(t) == 4 for t in phrase)
    if any(t.lower_ in _ANAPHORIC for t in phrase) and not year:
        return _BACK
    if year:  # "Sunday 5 June 2011 – a holiday weekend": the year's words, not the weekday's
        phrase = doc[start : max(t.i for t in phrase if t.like_num and len(t) == 4) + 1]
    return approximate_day(phrase.text, published)


def _past(t: TokenTable, i: int) -> bool:
    """Told in the past (simple past, pluperfect, past passive, a participle or an infinitive under
    a past head): a clause a past setting reaches. Present, perfect, future and modal clauses are not."""
    if t.tag[i] in ("VBZ", "VBP"):
        return False
    dep, lower = t.dep, t.lower
    for c in t.children[i]:  # noqa: SIM110 (a loop: no generator in this hot check)
        if lower[c] in _PRESENT_AUX and dep[c] in ("aux", "auxpass"):
            return False
    return True


def _would(t: TokenTable, i: int) -> bool:
    """The future of a past narration ("it was a decision that would come to be seen as …")."""
    dep, lower = t.dep, t.lower
    return any(dep[c] == "aux" and lower[c] == "would" for c in t.children[i])


def _own_time(verb: Token, published: dt.date) -> tuple[bool, dt.date | None]:
    """Whether the clause names its own time, and the day it names: the latest, if several; the
    article's day for a span lasting to it; :data:`_BACK` for one told from the narration's ("ten
    days earlier", "later", "at the time"); None for a time read as none."""
    days: list[dt.date | None] = []
    doc = verb.doc
    table = token_table(doc)  # the words around the verb read as plain lists, not Token objects
    dep, lower, ent, children = table.dep, table.lower, table.ent, table.children
    heads = [verb.i] + [c for c in children[verb.i] if dep[c] == "xcomp"]
    if ent[verb.i] == "DATE":
        days.append(_entity_day(verb, published))  # a misparse: "Last April" as the sentence's head
    for head in heads:
        for child in children[head]:
            relation, word = dep[child], lower[child]
            if relation in ("advmod", "npadvmod") and word in _NOW_WORDS:
                days.append(published)
            elif relation in ("npadvmod", "tmod", "advmod") and ent[child] in ("DATE", "TIME"):
                days.append(_entity_day(doc[child], published))
            elif relation == "advmod" and word in _ANAPHORIC:
                days.append(_BACK)
            elif relation == "prep" and word in _PREPS:
                days.extend(_prep_days(table, doc, child, published))
    if not days:
        return False, None
    known = [d for d in days if d is not None and d != _BACK]
    if any(d.year < published.year - 1 for d in known):  # "on Sunday 5 June 2011 – a holiday weekend"
        known = [d for d in known if d.year < published.year - 1]
    if known:
        return True, max(known)  # "from 2011 to 2014": the latest
    return True, _BACK if _BACK in days else None


def _prep_days(t: TokenTable, doc: Doc, prep: int, published: dt.date) -> list[dt.date | None]:
    """The days a time preposition (token ``prep``) names: its own date ("in 2016"), the article's
    day for a span ("since 2014", "for the past year"), the date of an event it names ("after the
    2016 coup attempt", "on a visit to London in 2007"), or the narration's ("at the time")."""
    days: list[dt.date | None] = []
    lower, children = t.lower, t.children
    for obj in t.kids(prep, "pobj"):
        if t.ent[obj] in ("DATE", "TIME"):
            days.append(published if lower[prep] in _SPAN else _entity_day(doc[obj], published))
        elif t.spacy_lemma[obj] == "time" and any(lower[c] in ("the", "that") for c in children[obj]):
            days.append(_BACK)
        elif lower[prep] in _EVENT_TIME and t.pos[obj] == "NOUN":
            day = _noun_day(t, doc, obj, published)
            if day is not None:
                days.append(day)
    return days


def _date_before(t: TokenTable, clause: Token, published: dt.date) -> dt.date | None:
    """The day of a date phrase right before a "when" clause ("a year ago, when …")."""
    dep, lower = t.dep, t.lower
    if not any(dep[c] == "advmod" and lower[c] == "when" for c in t.children[clause.i]):
        return None
    i = clause.left_edge.i - 1
    if i >= 0 and clause.doc[i].is_punct:
        i -= 1
    if i < 0 or clause.doc[i].ent_type_ != "DATE":
        return None
    return _entity_day(clause.doc[i], published)


def _noun_day(t: TokenTable, doc: Doc, noun: int, published: dt.date) -> dt.date | None:
    """The day a noun's (token ``noun``'s) own phrase dates it to ("the 2016 coup attempt", "the
    nadir of 2016")."""
    dep, lower, ent, children = t.dep, t.lower, t.ent, t.children
    days = [
        _entity_day(doc[w], published)
        for c in children[noun]
        if dep[c] in ("compound", "nummod", "amod", "prep") and (dep[c] != "prep" or lower[c] in ("of", "in"))
        for w in (c, *children[c])
        if ent[w] == "DATE"
    ]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def _clause_of(t: TokenTable, noun: int) -> int | None:
    """The verb whose clause a noun is in ("launched the offensive, which …": launched)."""
    head, pos = t.head, t.pos
    i = noun
    for _ in range(8):
        if head[i] == i:
            return None
        i = head[i]
        if pos[i] in ("VERB", "AUX"):
            return i
    return None


def setting(verb: Token, published: dt.date | None, *, _depth: int = 0) -> dt.date | None:
    """About when the clause of ``verb`` is set: by its own time phrases, the clause it hangs on,
    or the narration before it (see the module's docstring). None when nothing sets it."""
    if published is None or _depth > _DEPTH:
        return None
    doc = verb.doc
    t = token_table(doc)
    i = verb.i
    named, day = _own_time(verb, published)
    if named:
        if _depth and not _past(t, i):
            return None  # "relations are better after …": now
        return _narrated(sentence_of(verb), published) if day == _BACK else day
    if not _past(t, i):
        return None
    dep, lower = t.dep, t.lower
    if any(dep[c] in ("mark", "advmod") and lower[c] in _LATER for c in t.children[i]):
        return None
    before = _date_before(t, verb, published)
    if before is not None:
        return _narrated(sentence_of(verb), published) if before == _BACK else before
    head = t.head[i]
    relation = dep[i]
    if relation in ("relcl", "acl"):
        own = _noun_day(t, doc, head, published)
        if own is not None:
            return own
        if dep[head] == "ROOT":  # a misparse: "his stance dissolved as …" read as a noun phrase
            return _narrated(sentence_of(verb), published)
        clause = _clause_of(t, head)
        return setting(doc[clause], published, _depth=_depth + 1) if clause is not None else None
    if relation == "conj" and not (t.tag[i] == t.tag[head] == "VBD" or not _subject(t, i)):
        return None
    if relation in ("advcl", "xcomp", "ccomp", "conj", "pcomp", "dep") and t.pos[head] in ("VERB", "AUX"):
        return setting(doc[head], published, _depth=_depth + 1)
    if head == i and t.spacy_lemma[i] not in _REPORTING:
        return _narrated(sentence_of(verb), published)
    return None


def _subject(t: TokenTable, i: int) -> bool:
    dep = t.dep
    return any(dep[c] in ("nsubj", "nsubjpass", "expl") for c in t.children[i])


def _sentence_time(root: Token, published: dt.date) -> tuple[bool, dt.date | None]:
    """The time a sentence names for its main clause: the root's own, else that of a past clause
    coordinated with it ("The town fell in 2015; Isis destroyed …")."""
    named, day = _own_time(root, published)
    if named:
        return named, day
    t = token_table(root.doc)
    for child in t.children[root.i]:
        if t.dep[child] in ("conj", "parataxis", "ccomp") and t.pos[child] == "VERB" and _past(t, child):
            named, day = _own_time(root.doc[child], published)
            if named and day != _BACK:
                return named, day
    return False, None


#: Per parsed article: the setting narration leaves each sentence in, by its first token and the
#: article's date.
_NARRATED: weakref.WeakKeyDictionary[Doc, dict[tuple[int, dt.date], dt.date | None]] = (
    weakref.WeakKeyDictionary()
)


def _narrated(sentence: Span, published: dt.date) -> dt.date | None:
    """The setting the sentences before ``sentence`` leave narration in: that of the last one
    whose main clause names a time, through ones told in the simple past or pluperfect (or the
    "would" of a past narration) that name none; None if one turns to the present first, or at
    the article's start. Remembered per article."""
    known = _NARRATED.setdefault(sentence.doc, {})
    key = (sentence.start, published)
    if key not in known:
        known[key] = _narration(sentence, published)
    return known[key]


def _narration(sentence: Span, published: dt.date) -> dt.date | None:
    if sentence.start == 0:
        return None
    before = sentence_of(sentence.doc[sentence.start - 1])
    root = before.root
    t, i = token_table(root.doc), root.i
    named, day = _sentence_time(root, published)
    if named and (_past(t, i) or t.ent[i] == "DATE"):
        return _narrated(before, published) if day == _BACK else day
    if _would(t, i) and not named:
        return _narrated(before, published)
    if not _past(t, i) or t.spacy_lemma[i] in _REPORTING:
        return None  # narration turned to the present, or to the article's sources
    return _narrated(before, published)


def _starts_span(t: TokenTable, i: int) -> bool:
    """A past act in a "since" clause opens a span ("it is four years since Russia annexed
    Crimea", "has grown since the army withdrew"): the point the news counts from, not news."""
    return (
        t.dep[i] == "advcl"
        and t.tag[i] in ("VBD", "VBN")
        and any(t.dep[c] == "mark" and t.lower[c] == "since" for c in t.children[i])
    )


def _compared_to_past(t: TokenTable, clause: Token, published: dt.date) -> bool:
    """Whether the clause likens its act to one long before ("bombing towns, as in the siege of
    Aleppo in 2016", "like the purges of the 1930s"): a kind of conduct summed up, not one act."""
    doc, ent = clause.doc, t.ent
    for child in t.children[clause.i]:
        if t.dep[child] == "prep" and t.lower[child] in ("as", "like"):
            days = [_entity_day(doc[w], published) for w in t.subtree(child) if ent[w] == "DATE"]
            if any(d is not None and _long_before(d, published) for d in days):
                return True
    return False


def set_long_ago(verb: Token, published: dt.date | None, *, event: Token | None = None) -> bool:
    """Whether the act of ``verb``'s clause is background set well before the article: its setting
    lies :data:`HISTORY_DAYS` or more before ``published``, or it opens a span ("since …") and
    names no time of the article's days; or, for an ``event`` noun, whether the clause likens it
    to an act long before."""
    if published is None:
        return False
    t = token_table(verb.doc)
    if event is not None and event.pos_ == "NOUN" and _compared_to_past(t, verb, published):
        return True
    i = verb.i
    if not _past(t, i):
        head = t.head[i]
        if t.dep[i] not in ("ccomp", "xcomp") or not _past(t, head) or t.pos[head] not in ("VERB", "AUX"):
            return False  # "will convene … in February", "has fought since 2014": not a past act's time
        verb, i = verb.doc[head], head  # "in 2014 the minister said Peru would not strike": an old plan
    conj_head = t.head[i] if t.dep[i] == "conj" else i
    if _starts_span(t, conj_head) and not _own_time(verb, published)[0]:
        return True
    day = setting(verb, published)
    if day is not None:
        return _long_before(day, published)
    return False
