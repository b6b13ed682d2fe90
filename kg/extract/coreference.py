"""Extract stage: our own coreference within one article (no offline coreference model exists).

Names go to the actor resolver; what is left is resolved from the article's memory of the actors
met so far: pronouns (it, they, she, "we" in a quote → the speaker), definite descriptions
("the alliance", "the country", "the government", "the minister", "the two sides"), appositions
("Saleh Gharib, the refugee minister"). Each resolution says how it was made, which the event's
confidence uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.coref_descriptions import DescriptionRules
from kg.extract.coref_pronouns import PronounRules
from kg.extract.coref_sides import one_member, rebel_side
from kg.extract.coref_words import (
    _ACTOR_ENTS,
    _DETERMINERS,
    _GOVERNMENT_WORDS,
    _GROUP_WORDS,
    _ORG_WORDS,
    DESCRIPTION_WORDS,
    STATIONING_VERBS,
    How,
    Resolved,
    generic,
    is_media,
    names_and_title,
    surname,
)
from kg.extract.spans import PEOPLE_NOUNS, PLACE_NOUNS, nested_actor_tokens
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.datamodel import Actor

__all__ = ["DESCRIPTION_WORDS", "ArticleMemory", "How", "Resolved", "generic", "is_media"]


class ArticleMemory(PronounRules, DescriptionRules):
    """The actors one article has named so far, and the rules that find them again.

    Args:
        resolver: the article-scoped actor resolver (``resolver.scoped(text)``).
        date: the article date, passed to the resolver.
        quotes: the article's quotations with their speakers (for "we" and "I").
        text: the article's ``doc.text``: sentence and phrase texts are cut from it (spaCy would
            build each from its tokens).
    """

    def resolve(
        self,
        token: Token,
        sentence: int,
        *,
        nested: bool = True,
        loose: bool = False,
        exclude: str | None = None,
    ) -> list[Resolved]:
        """The actor(s) the noun phrase headed by ``token`` refers to (two for "the two sides").

        Args:
            token: the head of the noun phrase.
            sentence: the index of its sentence.
            nested: look inside a phrase that names no actor ("Moscow's demands" → Moscow).
            loose: resolve any phrase by its words, as places are ("the Ukrainian border" →
                Ukraine); otherwise only names, pronouns, descriptions and words for people or
                bodies are resolved, so "Ukrainian admission" names no actor.
            exclude: a group a pronoun inside the phrase should not stand for (the clause's own
                subject: in "Iran said Iraq attacked its posts", "its" is Iran, not Iraq).
        """
        key = (token.i, loose, exclude)
        if key in self._tokens:
            return self._tokens[key]
        self._exclude = exclude
        try:
            found = self._resolve(token, sentence, nested=nested, loose=loose)
        finally:
            self._exclude = None
        if nested or found:
            self._tokens[key] = found
        return found

    def _actorish(self, token: Token) -> bool:
        table = token_table(token.doc)
        i = token.i
        lemma = table.lemma[i]
        return (
            table.pos[i] == "PROPN"
            or table.ent[i] in _ACTOR_ENTS
            or lemma in PEOPLE_NOUNS
            or lemma in _ORG_WORDS
            or lemma in _GROUP_WORDS
            or lemma in _GOVERNMENT_WORDS
            or (bool(self._surnames) and token.text[:1].isupper() and surname(token) in self._surnames)
        )

    def _resolve(self, token: Token, sentence: int, *, nested: bool, loose: bool) -> list[Resolved]:
        table = token_table(token.doc)
        i = token.i
        if table.pos[i] == "PRON" or table.tag[i] in ("PRP", "PRP$"):  # is_pronoun(token)
            return self._pronoun(token, sentence)
        lemma = table.lemma[i]
        loose = loose or lemma in PLACE_NOUNS
        # "its citizens", "their troops": people of one's own; "its border posts" may be another's.
        exclude = self._exclude if lemma not in PEOPLE_NOUNS else None
        if not loose and not self._actorish(token):
            if nested:
                for inner in nested_actor_tokens(token):
                    for r in self.resolve(inner, sentence, nested=True, exclude=exclude):
                        return [Resolved(r.actor, r.span, "nested" if r.how == "name" else r.how)]
            return []
        span = self._noun_phrase(token)
        dep = table.dep
        for c in table.children[i]:
            if dep[c] != "appos":
                continue
            child = token.doc[c]
            if names_and_title(token, child):
                combined = self._apposition(token, child, span)
                if combined is not None:
                    return [Resolved(combined, span, "apposition")]
        actor = self.name(span)
        if actor is not None and one_member(span, actor):
            return []  # "a Nato army": some member's, which the phrase does not say
        if actor is None and len(span) > 1 and table.ent[i] in ("NORP", "GPE", "ORG"):
            actor = self.name(token.doc[i : i + 1])  # "Young Algerians" → Algerians
        if actor is not None and not generic(actor):
            if actor.sector == "MIL":
                actor = self.side_of_commanders(token, span, sentence, actor)
            return [Resolved(actor, span, "name")]
        located = self._located(token, span)
        if located is not None:
            return [Resolved(located, span, "name")]
        described = self._description(token, span, sentence)
        if described:
            return described
        if nested or actor is not None:
            # "exiled dissidents from Egypt": the country inside beats a generic actor.
            for inner in nested_actor_tokens(token):
                for r in self.resolve(inner, sentence, nested=True, exclude=exclude):
                    if not generic(r.actor):
                        return [Resolved(r.actor, r.span, "nested" if r.how == "name" else r.how)]
        if actor is not None:
            return [Resolved(actor, span, "name")]
        return []

    def side_of_commanders(self, token: Token, span: Span, sentence: int, actor: Actor) -> Actor:
        """:func:`~kg.extract.coref_sides.rebel_side` over the mention's sentence and the one before."""
        sentences = [self._sentences[i] for i in (sentence - 1, sentence) if i in self._sentences]
        return rebel_side(token, span, actor, sentences, self.resolver, self.date)

    def _located(self, token: Token, span: Span) -> Actor | None:
        """ "Opposition groups in Zimbabwe", "security forces in Guinea": the country named after the
        words for people gives them their country."""
        lemma = token.lemma_.lower()
        if lemma not in PEOPLE_NOUNS and lemma not in _GROUP_WORDS:
            return None
        table, i = token_table(token.doc), token.i
        dep, children = table.dep, table.children
        if dep[i] == "dobj" and token.head.lemma_.lower() in STATIONING_VERBS:
            return self._stationed(token, span)
        for c in children[i]:
            if dep[c] != "prep" or table.lower[c] not in ("in", "from", "of"):
                continue
            for g in children[c]:
                if dep[g] == "pobj" and table.ent[g] in ("GPE", "NORP"):
                    pobj = token.doc[g]
                    place = self._noun_phrase(pobj)
                    words = [t.text for t in span if t.lower_ not in _DETERMINERS]
                    text = f"{place.text} {' '.join(words)}"
                    found = self.resolver.resolve(text, date=self.date, context=self.context(token.i))
                    if found is not None and not generic(found) and found.kind != "unresolved":
                        return found
        return None

    def _stationed(self, token: Token, span: Span) -> Actor | None:
        """ "The US has 2,000 troops in Syria": forces someone keeps or sends somewhere are the
        subject's own, not the place's; None when the subject is no country's actor."""
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        found = self._mention_at(subject) if subject is not None else None
        country = found.actor.country if found is not None else None
        owner = self.resolver.resolve(country, date=self.date) if country else None
        if owner is None:
            return None
        words = [t.text for t in token.doc[span.start : token.i + 1] if t.lower_ not in _DETERMINERS]
        actor = self.resolver.resolve(f"{owner.label} {' '.join(words)}", date=self.date)
        return actor if actor is not None and actor.country == owner.country else None

    def localise(self, found: Resolved, place: Resolved) -> Resolved:
        """A generic actor ("rebel positions") made the place's own ("Syria's rebels") when the
        resolver knows the combination; else unchanged."""
        text = f"{place.actor.label} {found.span.text}"
        actor = self.resolver.resolve(text, date=self.date, context=self.context(found.span.start))
        if actor is None or generic(actor) or actor.kind == "unresolved":
            return found
        return Resolved(actor, found.span, found.how)

    def place_country(self, sentence: int) -> str | None:
        """The country where the acts of a sentence happen: the one country it names as a place
        ("in Idlib", "across Syria"), else the article's place so far (the only country named as one,
        or one named at least twice and twice as often as any other); None when neither is clear."""
        here = {
            m.actor.country for m in self.history if m.place and m.sentence == sentence and m.actor.country
        }
        if len(here) == 1:
            return here.pop()
        if here:
            return None
        counts: dict[str, int] = {}
        for m in self.history:
            if m.place and m.sentence <= sentence and m.actor.country:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) == 1:
            return next(iter(counts))  # the only country the article has placed anything in
        if not ranked or ranked[0] < 2 or ranked[0] < 2 * ranked[1]:
            return None
        return next(c for c, n in counts.items() if n == ranked[0])

    def localise_in(self, found: Resolved, country: str) -> Resolved:
        """A generic actor ("civilians", "---CVL") made the country's own ("Syrian civilians") when
        the resolver knows the combination; else unchanged."""
        actor = self.resolver.resolve(country, date=self.date)
        if actor is None or actor.kind != "country":
            return found
        return self.localise(found, Resolved(actor, found.span, "name"))

    def _apposition(self, token: Token, appos: Token, span: Span) -> Actor | None:
        """ "Saleh Gharib, the refugee minister": the title gives the person's affiliation."""
        other = self._noun_phrase(appos)
        first, second = (span, other) if span.start < other.start else (other, span)
        words = [t.text for t in first if t.lower_ not in _DETERMINERS] + [t.text for t in second]
        if not words:
            return None
        combined = self.resolver.resolve(" ".join(words), date=self.date, context=self.context(token.i))
        if combined is not None and (combined.kind != "person" or combined.group != combined.id):
            return combined
        own = self.name(span)
        if own is not None and own.group != own.id:
            return own
        described = self.name(other)
        if described is not None and own is None:
            return described
        return own
