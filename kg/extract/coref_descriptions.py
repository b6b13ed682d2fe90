"""Extract stage, coreference: definite descriptions ("the alliance", "the government", "the
minister", "the two sides") and the titles people hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.coref_memory import MemoryBase
from kg.extract.coref_words import (
    _COUNTRY_WORDS,
    _DETERMINERS,
    _FORMER_WORDS,
    _GOVERNMENT_WORDS,
    _GROUP_WORDS,
    _HEAD_TITLES,
    _ORG_WORDS,
    _POLITICIANS,
    _SIDE_WORDS,
    _TITLE_WORDS,
    Mention,
    Resolved,
    is_media,
    title_key,
)
from kg.extract.table import token_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from kg.datamodel import Actor

__all__ = ["DescriptionRules"]

#: Descriptions of states banded together (an alliance, a bloc), which no NGO, firm or outlet is.
_BLOC_WORDS = frozenset({"alliance", "bloc", "coalition", "union"})
#: Sectors of a country's people outside its government: "the government" they act on is their own.
_OPPOSITION = frozenset({"OPP", "PTY", "ELI", "LEG", "REB", "CVL"})
#: Words for a country's war, whose adjective names the country fought over ("the Syrian conflict").
_WAR_WORDS = frozenset({"war", "conflict", "crisis", "insurgency", "uprising"})
#: Descriptions that fit any organisation, named or not ("the body", "the organisation").
_ANY_BODY = frozenset({"body", "organisation", "organization"})
#: Descriptions of organisations and groups (each has its own rule below).
_BODY_DESCRIPTIONS = (
    frozenset({"organisation", "organization", "movement"}) | _BLOC_WORDS | _ORG_WORDS | _GROUP_WORDS
)


def clause_subject(token: Token) -> Token | None:
    """The subject of the clause a noun phrase is an argument of (through prepositions, objects,
    coordination and complements), or None."""
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "dobj", "conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class DescriptionRules(MemoryBase):
    """The rules that find the actor a definite description or a bare title refers back to."""

    def _description(self, token: Token, span: Span, sentence: int) -> list[Resolved]:
        table = token_table(token.doc)
        i, dep, lower, kids = token.i, table.dep, table.lower, table.children[token.i]
        lemma = table.lemma[i]
        dets = {lower[c] for c in kids if dep[c] in ("det", "predet", "preconj", "nummod")}
        if not dets & (_DETERMINERS | {"two"}):
            return []
        if any(dep[c] in ("amod", "compound") and table.ent[c] == "NORP" for c in kids):
            return []  # "the Kurdish authorities": a people of their own, not the last country named
        if any(dep[c] == "acl" and c > i and table.tag[c] == "VBG" for c in kids):
            return []  # "the council governing the enclave": a body introduced by what it does
        if lemma in _SIDE_WORDS and ("two" in dets or "both" in dets) and token.tag_ in ("NNS", "NNPS"):
            pair = self.pair(token, sentence)
            return [Resolved(a, span, "description") for a in pair]
        if not (
            lemma in _BODY_DESCRIPTIONS
            or lemma in _COUNTRY_WORDS
            or lemma in _GOVERNMENT_WORDS
            or lemma in _TITLE_WORDS
        ):
            return []  # describes nothing the rules below look back for
        recent = [
            m
            for m in self._recent(token, sentence)
            if m.actor.group != self._exclude and not m.place and not is_media(m.actor)
        ]
        bodies: Callable[[Actor], bool] | None = None
        if lemma in ("organisation", "organization", "movement"):
            bodies = lambda a: a.kind in ("organization", "group")  # noqa: E731
        elif lemma in _BLOC_WORDS:
            # "the coalition", "the bloc": states banded together, not a charity or a newspaper.
            bodies = lambda a: a.kind == "organization" and a.sector is None  # noqa: E731
        elif lemma in _ORG_WORDS:
            bodies = lambda a: a.kind == "organization"  # noqa: E731
        elif lemma in _GROUP_WORDS:
            bodies = lambda a: a.kind == "group"  # noqa: E731
        if bodies is not None:
            found = self._first(recent, span, bodies)
            if found and self._unknown_body_nearer(token, sentence, recent, bodies):
                return []  # "Amnesty's panel ... The body said": the panel, not the organisation
            return found
        if lemma in _COUNTRY_WORDS:
            return self._first(recent, span, lambda a: a.kind == "country")
        if lemma in _GOVERNMENT_WORDS:
            opposed = self._opposed_government(token, span, sentence)
            if opposed is not None:
                return opposed
            hosting = self._hosting_government(token, span, sentence)
            if hosting is not None:
                return hosting
            found = self._first(recent, span, lambda a: a.kind in ("country", "sector") and bool(a.country))
            if not found:
                return []
            actor = found[0].actor
            if actor.sector == "GOV":
                return found
            gov = self.resolver.resolve(f"{actor.label} government", date=self.date)
            return [Resolved(gov, span, "description")] if gov is not None else []
        if lemma in _TITLE_WORDS:
            key = title_key(span)
            titled = [
                m
                for m in self.history
                if m.actor.kind == "person"
                and lemma in m.title
                and not m.former
                and (key not in _HEAD_TITLES or self._holds(m.actor, key) is not False)
            ]
            if titled:
                return [Resolved(titled[-1].actor, span, "description")]
            person = self._title_holder(token, span, sentence)
            if person is not None:
                return [Resolved(person, span, "description")]
        return []

    def _opposed_government(self, token: Token, span: Span, sentence: int) -> list[Resolved] | None:
        """ "The government" an opposition leader, a party, MPs or citizens act on is their own
        country's ("Labour leader X accused the government"); None when the clause's subject is none
        of these."""
        subject = clause_subject(token)
        mention = self._mention_at(subject) if subject is not None and subject.i < token.i else None
        if mention is None or mention.actor.sector not in _OPPOSITION or not mention.actor.country:
            return None
        own = self.resolver.resolve(mention.actor.country, date=self.date)
        gov = self.resolver.resolve(f"{own.label} government", date=self.date) if own is not None else None
        return [Resolved(gov, span, "description")] if gov is not None else []

    def _hosting_government(self, token: Token, span: Span, sentence: int) -> list[Resolved] | None:
        """ "The government" a foreign state acts on, in a sentence whose acts happen in one country
        ("in the Syrian war, Russia backs the government"), is that country's; None otherwise."""
        if any(t.i != token.i and t.pos_ not in ("DET", "ADJ") for t in span):
            return None  # "the Muslim Brotherhood government": a government named by more than its country
        subject = clause_subject(token)
        mention = self._mention_at(subject) if subject is not None and subject.i < token.i else None
        if mention is None or not mention.actor.country:
            return None
        place = self._war_country(token) or self.place_country(sentence)  # type: ignore[attr-defined]
        if place is None or place == mention.actor.country:
            return None
        host = self.resolver.resolve(place, date=self.date)
        gov = self.resolver.resolve(f"{host.label} government", date=self.date) if host is not None else None
        return [Resolved(gov, span, "description")] if gov is not None and gov.country == place else None

    def _war_country(self, token: Token) -> str | None:
        """The one country whose war the sentence names ("the Syrian conflict", "Yemen's war"), or None."""
        found: set[str] = set()
        for word in token.sent:
            if word.lemma_.lower() not in _WAR_WORDS:
                continue
            for c in word.children:
                if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE"):
                    actor = self.resolver.resolve(c.text, date=self.date)
                    if actor is not None and actor.kind == "country" and actor.country:
                        found.add(actor.country)
        return found.pop() if len(found) == 1 else None

    def _title_holder(self, token: Token, span: Span, sentence: int) -> Actor | None:
        """Who "the prime minister" or "the president" is when no one was named with that title.

        The first time, the politician named last before it (not one already known by another
        title), one in office before a former one; the title then stays with that person for the
        rest of the article.
        """
        if any(t.pos_ == "PROPN" for t in span):
            return None  # "the government spokesman Bekir Bozdag" names someone else
        key = title_key(span)
        if key not in _HEAD_TITLES:
            return None
        if key in self._titles:
            return self._titles[key]
        others = {a.id for k, a in self._titles.items() if k != key}
        lemma = token.lemma_.lower()
        candidates = [
            m
            for m in self._recent(token, sentence)
            if m.actor.kind == "person"
            and (m.actor.country or m.actor.affiliation)
            and m.actor.sector in _POLITICIANS
            and m.actor.id not in others
            and (not m.title or lemma in m.title)
            and not m.place
            and not m.former
            and self._holds(m.actor, key) is not False
        ]
        if not candidates:
            holder = self._office_holder(key)
            if holder is not None:
                self._titles[key] = holder
            return holder
        in_office = [m for m in candidates if m.actor.sector == "GOV"]
        if in_office:
            candidates = in_office  # "the president" is the sitting one, not a predecessor named since
        best = max(candidates, key=lambda m: (m.sentence, m.token))
        self._titles[key] = best.actor
        return best.actor

    def _holds(self, actor: Actor, key: str) -> bool | None:
        """Whether a known person holds, on the article's day, an office whose title begins with
        ``key`` ("president" for "President of Turkey"); None when kg knows no dated titles of them."""
        gazetteer = getattr(self.resolver, "gazetteer", None)
        person = gazetteer.person(actor.id) if gazetteer is not None and self.date is not None else None
        if person is None:
            return None  # an unknown person, or an article of no known day
        dated = [r for r in person.roles if r.dated and r.title]
        if not dated:
            return None
        day = self.date
        assert day is not None
        return any(r.holds_on(day) and r.title.lower().startswith(key) for r in dated)

    def past_title(self, found: Resolved) -> bool:
        """Whether a person is named by an office they had left long before the article's day,
        without "former" ("dined with the French president, Georges Pompidou" in 2017): the act
        told is from their time in office, history rather than news."""
        if found.actor.kind != "person" or self.date is None:
            return False
        words = {t.lower_ for t in found.span}
        if not words & _TITLE_WORDS or words & _FORMER_WORDS:
            return False
        gazetteer = getattr(self.resolver, "gazetteer", None)
        person = gazetteer.person(found.actor.id) if gazetteer is not None else None
        if person is None:
            return False
        dated = [r for r in person.roles if r.dated]
        if not dated or any(r.holds_on(self.date) for r in dated):
            return False
        ends = [r.end for r in dated if r.end is not None]
        # Ten years: the dictionaries' records stop in 2014, and someone still in office since
        # must not look long gone.
        return bool(ends) and max(ends) < self.date.replace(year=self.date.year - 10)

    def _office_holder(self, key: str) -> Actor | None:
        """ "The president" no one named: the holder of that office on the article's day in the
        country the article is about, else that country's government; None when the article is
        about no one country."""
        country = self._main_country()
        gazetteer = getattr(self.resolver, "gazetteer", None)
        if country is None or gazetteer is None:
            return None
        holders = gazetteer.holders(key, country, self.date) if self.date is not None else []
        if len(holders) == 1:
            person = gazetteer.person(holders[0])
            if person is not None:
                found = self.resolver.resolve(person.label, date=self.date)
                if found is not None and found.kind == "person":
                    return found
        owner = gazetteer.actor(country)
        if owner is None or owner.kind != "country":
            return None
        return self.resolver.resolve(f"{owner.label} government", date=self.date)

    def _main_country(self) -> str | None:
        """The country whose actors the article has named most so far (at least twice, and twice as
        often as any other), not counting places."""
        counts: dict[str, int] = {}
        for m in self.history:
            if m.actor.country and not m.place:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return None
        return next(c for c, n in counts.items() if n == ranked[0])

    def _unknown_bodies(self, token: Token, sentence: int) -> list[tuple[int, bool, int]]:
        """Where bodies no actor was found for were named in this sentence or the one before, as
        (sentence, subject or object, token): a name the resolver does not know, a committee,
        panel or inquiry (which is not the organisation it belongs to), and for "the body" or "the
        organisation" a name of an organisation the resolver took for a country in it."""
        found = [(s, arg, i) for i, (s, arg) in self._unknown_orgs.items()]
        found += [
            (t.sentence, t.subject or t.dobj, t.token) for t in self._recent_things(token, sentence) if t.body
        ]
        if token.lemma_.lower() in _ANY_BODY:
            found += [(s, arg, i) for i, (s, arg) in self._org_countries.items()]
        return [k for k in found if sentence - 1 <= k[0] <= sentence and (k[0] < sentence or k[2] < token.i)]

    def _unknown_body_nearer(
        self, token: Token, sentence: int, recent: list[Mention], ok: Callable[[Actor], bool]
    ) -> bool:
        """Whether an unknown body is a likelier antecedent of a description than the best actor:
        a later sentence, then a subject or object before a word inside a phrase, then the nearer."""
        best = next(m for m in recent if ok(m.actor))
        key = (best.sentence, best.argument, best.token)
        return any(k > key for k in self._unknown_bodies(token, sentence))

    @staticmethod
    def _first(recent: list[Mention], span: Span, ok: object) -> list[Resolved]:
        """The most recent fitting actor, if no actor of another group fits as well in its sentence."""
        fitting = [m for m in recent if ok(m.actor)]  # type: ignore[operator]
        if not fitting:
            return []
        best = fitting[0]
        if any(m.sentence == best.sentence and m.actor.group != best.actor.group for m in fitting[1:]):
            return []
        return [Resolved(best.actor, span, "description")]

    def pair(self, token: Token, sentence: int) -> list[Actor]:
        """The last two distinct actors (countries, organisations, groups) met before ``token``."""
        seen: list[Actor] = []
        for m in reversed(self.history):
            if m.sentence > sentence or (m.sentence == sentence and m.token >= token.i):
                continue
            if m.actor.kind == "person" or m.place or is_media(m.actor):
                continue
            if all(a.group != m.actor.group for a in seen):
                seen.append(m.actor)
            if len(seen) == 2:
                return seen
        return []
