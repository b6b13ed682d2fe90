"""Actors stage: read an actor mention's words as names and agent phrases, and the word rules over them.

A mention ("the Syrian president's main backers", "UN ambassador Olof Skoog") is read as spans: at each
word the longest name the index knows or agent phrase that gives a sector. The rules here look at
those spans and the words around them: a person's given name, a relation word after a possessive,
words no table explains.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import NamedTuple

from kg.actors.gazetteer import RANK_DICT, Gazetteer, NameEntry
from kg.actors.modifiers import (
    DIRECTIONS,
    HONORIFICS,
    ORG_HEADS,
    RELATIONS,
    SPONSOR_AFTER,
    SPONSOR_BEFORE,
    TITLES_TO,
)
from kg.actors.names import Token

__all__ = [
    "IN_PLACE",
    "POSSESSIVE_WORDS",
    "QUANTIFIERS",
    "Memo",
    "Reading",
    "Span",
    "accredited",
    "agent_at",
    "demonym",
    "ends_at",
    "free_army",
    "given_name",
    "has_sponsor",
    "names_sector",
    "only_agents_and_fillers",
    "other_first_name",
    "read_spans",
    "relation_head",
    "starts_at",
    "trailing_name",
    "unexplained",
    "weak",
]

# Words before a name that make it where something happens.
IN_PLACE = frozenset({"in", "inside", "across", "throughout", "within", "over", "into", "eastern", "western",
                       "northern", "southern", "central", "north", "south", "east", "west"})  # fmt: skip
# Possessive pronouns: "its allies" are someone's partners.
POSSESSIVE_WORDS = frozenset({"its", "our", "their", "his", "her", "your", "my", "whose"})
# Words a mention of a sector may hold beside its agent phrase ("several of the", "senior").
QUANTIFIERS = frozenset(
    {"some", "several", "many", "few", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
     "all", "most", "other", "ordinary", "local", "senior", "top", "largest", "biggest", "of", "group",
     "members", "member"}
)  # fmt: skip


class Memo(Enum):
    """Marks in the resolver's memo: not there yet, or an answer that depends on the day or context."""

    MISS = 0
    BY_DAY = 1
    BY_CONTEXT = 2


class Span(NamedTuple):
    """A name (its index entry, or the key of an ambiguous name) or an agent phrase (its sectors) at
    words ``start`` to ``end``."""

    start: int
    end: int
    entry: NameEntry | None = None
    sectors: tuple[str, ...] = ()
    ambiguous: str | None = None


class Reading(NamedTuple):
    """The names and agent phrases of a mention, in order, and what they depend on beside its words."""

    names: list[Span]
    agents: list[Span]
    depends: Memo | None


def agent_at(gazetteer: Gazetteer, keys: list[str], i: int) -> Span | None:
    """The longest agent phrase starting at word ``i``."""
    agents = gazetteer.agents
    for size in range(min(agents.longest(keys[i]), len(keys) - i), 0, -1):
        found = agents.lookup(keys[i : i + size])
        if found:
            return Span(i, i + size, sectors=found)
    return None


def read_spans(gazetteer: Gazetteer, tokens: list[Token], keys: list[str], day: dt.date) -> Reading:
    """The names and agent phrases of a mention: at each word the longest one starting there.

    A name wins over an agent phrase no longer than it. Also says what the reading depends on
    beside the words: the day (a person, or a surname that counts only while its person is in
    office) or the context (an ambiguous name). This is the resolver's hot loop, hence the
    local names, the memos read in place and the spans made with ``tuple.__new__`` (a named
    tuple's own constructor is Python code).
    """
    g = gazetteer
    entry_of, entries, name_words, ambiguous = g.lookup, g._entry_memo, g._span, g.ambiguous
    agents = g.agents
    agent_words, agent_found = agents._longest, agents._found
    names: list[Span] = []
    found_agents: list[Span] = []
    depends: Memo | None = None
    i, n = 0, len(keys)
    while i < n:
        first_key = keys[i]
        name: Span | None = None
        last = name_words.get(first_key, 0)
        if last:
            # The runs of words from here that begin a name, longest first ("syrian national
            # army" before "syrian"); the walk stops where no name goes on.
            runs = [first_key]
            if last > 1 and i + 1 < n:
                key, size, last = first_key, 1, min(last, n - i)
                while size < last:
                    key = f"{key} {keys[i + size]}"
                    if key not in name_words:
                        break
                    size += 1
                    runs.append(key)
            first = tokens[i]
            for size in range(len(runs), 0, -1):
                key = runs[size - 1]
                if key in ambiguous:
                    if ambiguous[key].needs_capital and not first.capital:
                        continue
                    name = tuple.__new__(Span, (i, i + size, None, (), key))
                    depends = Memo.BY_CONTEXT
                    break
                if size == 1 and not (first.capital or first.upper):
                    continue
                entry = entries.get(key) or entry_of(key)
                if entry is None:
                    continue
                if entry.acronym and not all(t.upper for t in tokens[i : i + size]):
                    continue
                if entry.person and depends is None:
                    depends = Memo.BY_DAY  # a person's role, or whether they hold one, is dated
                if entry.surname:
                    person = g.person(entry.target)
                    if person is None or not person.active_on(day):
                        continue
                name = tuple.__new__(Span, (i, i + size, entry, (), None))
                break
        most = agent_words.get(first_key)
        if most is None:
            most = agents.longest(first_key)
        if most and (name is None or name.end - i < most):
            # The longest agent phrase from here, if longer than the name ("foreign ministry").
            stop = name.end - i if name is not None else 0
            for size in range(min(most, n - i), stop, -1):
                words = keys[i : i + size]
                sectors = agent_found.get(" ".join(words), ())
                if sectors == ():
                    sectors = agents.lookup(words)
                if sectors:
                    found_agents.append(tuple.__new__(Span, (i, i + size, None, sectors, None)))
                    break
            else:
                size = 0
            if size:
                i += size
                continue
        if name is None:
            i += 1
            continue
        names.append(name)
        i = name.end
    return Reading(names, found_agents, depends)


def free_army(tokens: list[Token]) -> bool:
    """Whether a mention is named as a "Free" army: a capitalised "Free" first (after "the").

    Examples:
        >>> from kg.actors.names import tokenize
        >>> free_army(tokenize("the Free Syria Army")), free_army(tokenize("free Syrian troops"))
        (True, False)
    """
    words = [t for t in tokens if t.key != "the"]
    return bool(words) and words[0].key == "free" and words[0].capital


def relation_head(tokens: list[Token], keys: list[str]) -> bool:
    """Whether the mention is someone's partners: a relation word as its head after a possessive
    ("the Syrian president's main backers", "Iran's closest allies").

    Examples:
        >>> from kg.actors.names import tokenize
        >>> t = tokenize("the Syrian president's main backers")
        >>> relation_head(t, [x.key for x in t]), relation_head(t[:3], [x.key for x in t[:3]])
        (True, False)
    """
    if len(keys) < 2 or keys[-1] not in RELATIONS:
        return False
    return any(t.possessive or t.key in POSSESSIVE_WORDS for t in tokens[:-1])


def trailing_name(text: str, tokens: list[Token], used: list[bool]) -> str | None:
    """Two or more capitalised words at the end that no table explains: a person's name."""
    tail: list[int] = []
    for i in range(len(tokens) - 1, -1, -1):
        if used[i] or not tokens[i].capital or tokens[i].upper and len(tokens[i].key) > 1:
            break
        tail.append(i)
    if len(tail) < 2 or tokens[tail[0]].key in ORG_HEADS:
        return None  # "the Syrian Nonviolence Movement" is an organisation's name, not a person's
    words = text.split()
    # Take the original spelling of the last len(tail) words.
    original = [w.strip(",;:()[]\"'“”’") for w in words][-len(tail) :]
    label = " ".join(original)
    return label if label and label[0].isupper() else None


def given_name(
    tokens: list[Token],
    keys: list[str],
    i: int,
    reading: Reading,
    common: frozenset[str],
    names_before: set[int],
) -> bool:
    """Whether the one-word place or alias at ``i`` is part of a person's name: after a capitalised
    word no table explains ("Mustafa Bali") or a first name ("David Davis"), or before a
    capitalised word ("Martin Mubanga", "Stafford Smith"). ``names_before``: where first names
    were found."""
    if i > 0:
        before = tokens[i - 1]
        if (i - 1) in names_before or (
            before.capital
            and before.key not in common
            and before.key not in DIRECTIONS
            and not starts_at(reading, i - 1)
        ):
            return True
    if i + 1 < len(tokens):
        after = tokens[i + 1]
        if not after.capital or after.key in ORG_HEADS or after.key in common:
            return False
        if after.upper and len(after.key) > 2:
            return False  # "George W Bush", "George HW Bush": initials; "Paris AFP": no name
        if any(s.start <= i + 1 < s.end for s in reading.agents):
            return False
        for s in reading.names:
            if s.start <= i + 1 < s.end:
                # a surname that is itself a place or a person ("David Davis", "George Bush")
                return s.start == i + 1 and s.entry is not None and (s.entry.person or weak(s.entry))
        return True
    return False


def other_first_name(tokens: list[Token], i: int, reading: Reading, common: frozenset[str]) -> bool:
    """Whether a known surname at ``i`` follows a first name no table explains: someone else's."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (
        before.capital
        and not before.upper
        and before.key not in common
        and before.key not in HONORIFICS
        and not starts_at(reading, i - 1)
        and not any(s.start < i - 1 < s.end for s in (*reading.names, *reading.agents))
    )


def unexplained(tokens: list[Token], reading: Reading, common: frozenset[str]) -> bool:
    """Whether a capitalised word no name or agent phrase explains is part of the mention (not
    the first word, which a sentence may capitalise): then it names something the index lacks."""
    covered = [False] * len(tokens)
    for span in (*reading.names, *reading.agents):
        covered[span.start : span.end] = [True] * (span.end - span.start)
    return any(
        not c
        and (i > 0 or (t.upper and len(t.key) > 1))
        and (t.capital or t.upper)
        and t.key not in common
        and t.key not in DIRECTIONS
        for i, (t, c) in enumerate(zip(tokens, covered, strict=True))
    )


def demonym(key: str, label: str) -> bool:
    """Whether a country's name is written as its people's adjective ("Syrian", not "Syria").

    Examples:
        >>> demonym("syrian", "Syria"), demonym("iran", "Iran"), demonym("uk", "United Kingdom")
        (True, False, False)
    """
    return key != label.lower() and key.endswith(("an", "ish", "ese", "i", "ch", "ic"))


def weak(entry: NameEntry) -> bool:
    """A one-word place or dictionary alias: what a person's name may also be."""
    return entry.place or entry.rank <= RANK_DICT


def names_sector(agents: list[Span]) -> bool:
    """Whether some agent phrase names a sector ("west" names none)."""
    return any(a.sectors[0] not in ("NON", "UNK") for a in agents)


def accredited(keys: list[str], agents: list[Span]) -> bool:
    """Whether the mention's title accredits a person to an organisation ("UN ambassador")."""
    return any(not TITLES_TO.isdisjoint(keys[a.start : a.end]) for a in agents)


def has_sponsor(keys: list[str]) -> bool:
    """Whether a mention has a sponsor or cause word ("pro", "anti", "backed", ...)."""
    return any(k in SPONSOR_BEFORE or k in SPONSOR_AFTER for k in keys)


def ends_at(reading: Reading, i: int) -> bool:
    """Whether a name of the reading ends just before word ``i``."""
    return any(span.end == i for span in reading.names)


def starts_at(reading: Reading, i: int) -> bool:
    """Whether a name or agent phrase of the reading starts at word ``i``."""
    return any(span.start == i for span in (*reading.names, *reading.agents))


def only_agents_and_fillers(tokens: list[Token], reading: Reading) -> bool:
    """Whether every word is part of an agent phrase or a filler ("two", "several of the")."""
    covered = [False] * len(tokens)
    for span in (*reading.names, *reading.agents):
        covered[span.start : span.end] = [True] * (span.end - span.start)
    return all(
        c or t.key in QUANTIFIERS or t.key.isdigit() or not t.capital
        for t, c in zip(tokens, covered, strict=True)
    )
