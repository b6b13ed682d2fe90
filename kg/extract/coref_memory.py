"""Extract stage, coreference: the memory of the actors one article has named so far.

:class:`MemoryBase` holds the state the rules of :mod:`kg.extract.coref_pronouns`,
:mod:`kg.extract.coref_descriptions` and :class:`kg.extract.coreference.ArticleMemory` share: the
mentions met so far, names, sentences and their texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.coref_speakers import place_speaking, spokesperson_before
from kg.extract.coref_words import (
    _FEMALE_TITLES,
    _FORMER_WORDS,
    _MALE_TITLES,
    _NOT_PEOPLE,
    _PLACE_PREPS,
    _PLURAL,
    _THING_DEPS,
    _TITLE_WORDS,
    _WINDOW,
    Mention,
    Resolved,
    Thing,
    first_name,
    surname,
    thing_at,
)
from kg.extract.spans import phrase_bounds
from kg.extract.table import token_table

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Token

    from kg.datamodel import Actor, ActorResolver
    from kg.extract.attribution import Quote

__all__ = ["MemoryBase"]


class MemoryBase:
    """The state of an article's memory and the lookups every rule uses (see ArticleMemory)."""

    def __init__(
        self, resolver: ActorResolver, date: dt.date | None, quotes: list[Quote], text: str | None = None
    ) -> None:
        self.resolver = resolver
        self.date = date
        self.quotes = quotes
        self.history: list[Mention] = []
        #: The tokens of ``history``'s mentions (kept by ``remember``, which alone adds to it).
        self._named: set[int] = set()
        #: Whether ``history`` is in sentence order (as ``observe`` remembers), so the mentions of
        #: a window of sentences can be found from its end.
        self._in_order = True
        self.gender: dict[str, str] = {}
        self._names: dict[tuple[int, int], Actor | None] = {}
        self._tokens: dict[tuple[int, bool, str | None], list[Resolved]] = {}
        self._exclude: str | None = None
        self._sentence_of: dict[int, int] = {}
        self._sentences: dict[int, Span] = {}
        self._texts: dict[int, str] = {}
        self._ents: dict[int, list[Span]] | None = None
        self._titles: dict[str, Actor] = {}
        self._surnames: dict[str, Actor] = {}
        self._blockers: dict[int, tuple[int, bool]] = {}
        self._text = text
        self._phrases: dict[int, Span] = {}
        self._things: dict[int, Thing] = {}
        #: ``_things`` by sentence, so that those of a sentence and the one before are found at once.
        self._things_in: dict[int, dict[int, Thing]] = {}
        self._unknown_orgs: dict[int, tuple[int, bool]] = {}
        self._body_blockers: dict[int, tuple[int, bool]] = {}
        self._org_countries: dict[int, tuple[int, bool]] = {}

    def _text_of(self, span: Span) -> str:
        """``span.text``, cut from the article's text when it was given."""
        if self._text is None or not len(span):
            return span.text
        return self._text[span.start_char : span.end_char]

    def _noun_phrase(self, token: Token) -> Span:
        """:func:`~kg.extract.spans.noun_phrase` of ``token``, worked out once per token."""
        span = self._phrases.get(token.i)
        if span is None:
            doc = token.doc
            start, end = phrase_bounds(token_table(doc), token.i)
            span = self._phrases[token.i] = Span(doc, start, end)  # ``doc[start:end]``, made directly
        return span

    # -- names ---------------------------------------------------------------------------------
    def name(self, span: Span) -> Actor | None:
        """The actor a name or noun phrase names on its own (cached per span).

        A "person" found for words the tagger calls a place, date or thing is dropped: two
        capitalised words are not always a name ("Eastern Europe").
        """
        key = (span.start, span.end)
        if key in self._names:
            return self._names[key]
        text = self._text_of(span).strip()
        actor = None
        if text and any(map(str.isalpha, text)):
            actor = self.resolver.resolve(text, date=self.date, context=self.context(span.start))
        if actor is not None and (actor.kind == "unresolved" or not actor.resolved):
            actor = None
        if actor is not None and place_speaking(span, actor, getattr(self.resolver, "gazetteer", None)):
            # "Bali said": a surname, not Indonesia; the spokesman named before, if any.
            actor = spokesperson_before(self, span)
            if actor is not None:
                self._surnames.setdefault(surname(span.root), actor)
        if (
            actor is None
            and self._surnames
            and len(span) <= 2
            and span.root.text[:1].isupper()
            and not first_name(span)
        ):
            # "Baghdadi" after "Abu Bakr al-Baghdadi": the person this article named in full;
            # but "Mustafa Barzani" after "Masoud Barzani" is another of the family.
            actor = self._surnames.get(surname(span.root))
        if actor is not None and actor.kind == "person":
            label = span.root.ent_type_
            if label in _NOT_PEOPLE or (label == "ORG" and actor.group == actor.id):
                actor = None
        self._names[key] = actor
        return actor

    # -- the memory ----------------------------------------------------------------------------
    def remember(self, actor: Actor, token: Token, sentence: int, span: Span | None = None) -> None:
        """Record that ``actor`` was named at ``token`` (with the words of ``span`` as its title)."""
        table = token_table(token.doc)
        i = token.i
        start, end = (span.start, span.end) if span is not None else (i, i + 1)
        lemma, lower, dep, head = table.lemma, table.lower, table.dep, table.head
        title = _TITLE_WORDS.intersection(lemma[start:end])
        plural = table.tag[i] in ("NNS", "NNPS") or lower[i] in _PLURAL or bool(table.conjuncts(i))
        subject = dep[i] in ("nsubj", "nsubjpass", "agent") or dep[head[i]] == "agent"
        place = dep[i] == "pobj" and lower[head[i]] in _PLACE_PREPS
        # Without the article's day, who has left office is unknown: only the words tell.
        former = not _FORMER_WORDS.isdisjoint(lower[start:end]) or (
            actor.sector == "ELI" and self.date is not None
        )
        argument = subject or dep[i] == "dobj"
        if self.history and sentence < self.history[-1].sentence:
            self._in_order = False
        self.history.append(Mention(actor, sentence, i, subject, plural, title, place, former, argument))
        self._named.add(i)
        if actor.kind == "country" and table.pos[i] == "PROPN" and "ORG" in table.ent[start:end]:
            # An organisation the resolver knew only by a country in its name ("the Chile Trust").
            self._org_countries[i] = (sentence, argument)
        if actor.kind == "person" and span is not None:
            pos = table.pos
            names = [j for j in range(span.start, span.end) if pos[j] == "PROPN"]
            names += [
                j
                for c in table.children[i]
                if dep[c] == "appos"
                for j in table.subtree(c)
                if pos[j] == "PROPN"
            ]
            if len(names) > 1:
                self._surnames.setdefault(lower[names[-1]].removeprefix("al-"), actor)  # its surname()
            first = lower[span.start]
            if first in _MALE_TITLES:
                self.gender.setdefault(actor.id, "m")
            elif first in _FEMALE_TITLES:
                self.gender.setdefault(actor.id, "f")

    def _recent(self, token: Token, sentence: int) -> list[Mention]:
        """Mentions before ``token`` within the window, most salient first."""
        history = self.history
        start = 0
        if self._in_order:
            # Mentions are remembered sentence by sentence: those of the window are at the end.
            first, start = sentence - _WINDOW, len(history)
            while start and history[start - 1].sentence >= first:
                start -= 1
        found = [
            m
            for m in (history[start:] if start else history)
            if sentence - _WINDOW <= m.sentence <= sentence and (m.sentence < sentence or m.token < token.i)
        ]
        found.sort(key=lambda m: (m.sentence, m.subject, m.token), reverse=True)
        return found

    def _mention_at(self, token: Token) -> Mention | None:
        return self._mention_of(token.i)

    def _mention_of(self, i: int) -> Mention | None:
        """The last mention remembered at token ``i``, if any."""
        for m in reversed(self.history):
            if m.token == i:
                return m
        return None

    def note_sentence(self, sentence: Span, index: int) -> None:
        """Register the sentence index of every token of ``sentence``."""
        self._sentences[index] = sentence
        for i in range(sentence.start, sentence.end):
            self._sentence_of[i] = index
        table = token_table(sentence.doc)
        dep, pos = table.dep, table.pos
        for i in range(sentence.start, sentence.end):
            if dep[i] not in _THING_DEPS or pos[i] not in ("NOUN", "PROPN"):
                continue  # thing_of finds nothing there
            thing = thing_at(table, i, index)
            if thing is not None:
                self._add_thing(thing)

    def note_thing(self, token: Token, sentence: int) -> None:
        """Record that a pronoun stands for a thing, so the next one may too ("The plan ... It ...
        It ...")."""
        if token.i not in self._things:
            subject = token.dep_ in ("nsubj", "nsubjpass")
            plural = token.lower_ in _PLURAL
            self._add_thing(Thing(sentence, token.i, subject, plural, token.dep_ == "dobj"))

    def _add_thing(self, thing: Thing) -> None:
        old = self._things.get(thing.token)
        if old is not None:
            del self._things_in[old.sentence][thing.token]
        self._things[thing.token] = thing
        self._things_in.setdefault(thing.sentence, {})[thing.token] = thing

    def _recent_things(self, token: Token, sentence: int) -> list[Thing]:
        """The things named before ``token`` in its sentence and the one before, that no actor was
        found for (in no particular order)."""
        before, here = self._things_in.get(sentence - 1), self._things_in.get(sentence)
        near = list(before.values()) if before else []
        if here:
            i = token.i
            near += [t for t in here.values() if t.token < i]
        if not near:
            return near
        named = self._named
        return [t for t in near if t.token not in named]

    def ents(self, index: int) -> list[Span]:
        """The named entities of sentence ``index`` (the document's are sorted out once)."""
        if self._ents is None:
            self._ents = {}
            sentence = self._sentences.get(index)
            if sentence is not None:
                for ent in sentence.doc.ents:
                    found = self._sentence_of.get(ent.start)
                    if found is not None:
                        self._ents.setdefault(found, []).append(ent)
        return self._ents.get(index, [])

    def context(self, i: int) -> str | None:
        """The text of the sentence of token ``i`` (the context the resolver gets)."""
        index = self._sentence_of.get(i)
        if index is None:
            return None
        if index not in self._texts:
            sentence = self._sentences.get(index)
            self._texts[index] = self._text_of(sentence) if sentence is not None else ""
        return self._texts[index] or None

    def resolve(
        self,
        token: Token,
        sentence: int,
        *,
        nested: bool = True,
        loose: bool = False,
        exclude: str | None = None,
    ) -> list[Resolved]:
        """The actor(s) the noun phrase headed by ``token`` refers to (ArticleMemory's rules)."""
        raise NotImplementedError
