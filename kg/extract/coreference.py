"""Extract stage: our own coreference within one article (no offline coreference model exists).

Names go to the actor resolver; what is left is resolved from the article's memory of the actors
met so far: pronouns (it, they, she, "we" in a quote → the speaker), definite descriptions
("the alliance", "the country", "the government", "the minister", "the two sides"), appositions
("Saleh Gharib, the refugee minister"). Each resolution says how it was made, which the event's
confidence uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.actors.modifiers import HONORIFICS
from kg.datamodel import Actor, ActorResolver
from kg.extract.attribution import Quote, speaker_of
from kg.extract.spans import PEOPLE_NOUNS, PLACE_NOUNS, is_pronoun, nested_actor_tokens, noun_phrase

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

__all__ = ["DESCRIPTION_WORDS", "ArticleMemory", "How", "Resolved", "generic", "is_media"]

How = Literal["name", "nested", "apposition", "pronoun", "description", "speaker", "implicit"]

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_REFLEXIVE = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "king", "lord", "prince", "sheikh"})
_FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "queen", "lady", "princess"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "both"})
#: Head nouns of descriptions of organisations, groups, countries and governments.
_ORG_WORDS = frozenset({"alliance", "bloc", "union", "organisation", "organization", "body", "coalition"})
_GROUP_WORDS = frozenset({"group", "militant", "jihadist", "insurgent", "movement", "militia", "faction"})
_COUNTRY_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic"})
_GOVERNMENT_WORDS = frozenset(
    {"government", "regime", "administration", "authority", "leadership", "cabinet"}
)
_SIDE_WORDS = frozenset({"side", "party", "country", "nation", "neighbour", "neighbor", "rival", "foe"})
#: Titles by which a person named earlier is referred to again ("the minister", "the president").
_TITLE_WORDS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "secretary",
        "leader",
        "envoy",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "chief",
        "commissioner",
        "general",
        "commander",
        "diplomat",
        "king",
        "queen",
        "prince",
        "emir",
        "official",
        "negotiator",
        "senator",
        "governor",
        "mayor",
        "monarch",
    }
)
#: Head nouns that can refer back to an actor named before ("the alliance", "the minister").
DESCRIPTION_WORDS = (
    _ORG_WORDS | _GROUP_WORDS | _COUNTRY_WORDS | _GOVERNMENT_WORDS | _SIDE_WORDS | _TITLE_WORDS
)
_WINDOW = 4
#: Sectors of people a bare title ("the president") may refer back to.
_POLITICIANS = frozenset({"GOV", "ELI", "LEG", "PTY", "OPP"})
#: Titles of one person at a time in an article about politics ("the president", "the prime
#: minister"), unlike "the official" or "the minister", which may be anyone.
_HEAD_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "monarch", "pope"}
)
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "to", "into", "from", "across", "around", "outside"})
#: Words before a surname that are no first name ("Mr Barzani", "General Qasim").
_NAME_TITLES = HONORIFICS | _MALE_TITLES | _FEMALE_TITLES | _TITLE_WORDS | {"gen", "col", "the"}
#: Words that make a title a past one ("former president", "the late king", "then-premier").
_FORMER_WORDS = frozenset({"former", "ex", "late", "then", "erstwhile", "onetime", "one-time"})
_NOT_PEOPLE = frozenset(
    {
        "LOC",
        "GPE",
        "FAC",
        "EVENT",
        "DATE",
        "TIME",
        "LAW",
        "WORK_OF_ART",
        "PRODUCT",
        "NORP",
        "LANGUAGE",
        "MONEY",
    }
)
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _names_and_title(head: Token, appos: Token) -> bool:
    """An apposition of a person's name and a title ("Saleh Gharib, the refugee minister"), not a
    list of bodies or places the parser read as one ("NATO and Russia, US Deputy Secretary ...")."""
    bodies = ("GPE", "ORG", "NORP")
    if head.ent_type_ in bodies or (appos.pos_ == "PROPN" and appos.ent_type_ in bodies):
        return False
    return (
        head.ent_type_ == "PERSON"
        or appos.ent_type_ == "PERSON"
        or appos.pos_ == "NOUN"
        or head.pos_ == "NOUN"
    )


def _title_key(span: Span) -> str:
    """The title a noun phrase names, without its determiners ("the prime minister" → "prime minister")."""
    return " ".join(t.lemma_.lower() for t in span if t.lower_ not in _DETERMINERS)


def _first_name(span: Span) -> bool:
    """Whether a capitalised word other than a title stands before the span's head ("Mustafa
    Barzani", not "Mr Barzani")."""
    return any(
        t.i < span.root.i and t.text[:1].isupper() and t.lower_.rstrip(".") not in _NAME_TITLES for t in span
    )


def _surname(token: Token) -> str:
    """The key a person's last name is remembered by ("al-Baghdadi" and "Baghdadi" alike)."""
    return token.lower_.removeprefix("al-")


def is_media(actor: Actor) -> bool:
    """A news outlet or agency (PLOVER's JRN sector; CAMEO writes it MED): it reports, it is not the
    organisation, the side or the target a sentence speaks of.

    Examples:
        >>> is_media(Actor("REUTERS", "Reuters", "organization", sector="JRN", cameo="GBRJRN"))
        True
        >>> is_media(Actor("org-x", "X Corp", "organization", sector="BUS", cameo="MNCUSAMED"))
        True
        >>> is_media(Actor("NATO", "NATO", "organization"))
        False
    """
    return actor.sector == "JRN" or (actor.cameo or "").endswith("MED")


def generic(actor: Actor) -> bool:
    """An actor of no particular country or body ("the prime minister" → ---GOV)."""
    return not actor.country and not actor.affiliation and actor.kind in ("sector", "person")


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor found for a noun phrase, the words that named it, and how it was found."""

    actor: Actor
    span: Span
    how: How


@dataclass(slots=True)
class _Mention:
    actor: Actor
    sentence: int
    token: int
    subject: bool
    plural: bool
    title: frozenset[str]
    place: bool = False
    former: bool = False


class ArticleMemory:
    """The actors one article has named so far, and the rules that find them again.

    Args:
        resolver: the article-scoped actor resolver (``resolver.scoped(text)``).
        date: the article date, passed to the resolver.
        quotes: the article's quotations with their speakers (for "we" and "I").
        text: the article's ``doc.text``: sentence and phrase texts are cut from it (spaCy would
            build each from its tokens).
    """

    def __init__(
        self, resolver: ActorResolver, date: dt.date | None, quotes: list[Quote], text: str | None = None
    ) -> None:
        self.resolver = resolver
        self.date = date
        self.quotes = quotes
        self.history: list[_Mention] = []
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

    def _text_of(self, span: Span) -> str:
        """``span.text``, cut from the article's text when it was given."""
        if self._text is None or not len(span):
            return span.text
        return self._text[span.start_char : span.end_char]

    def _noun_phrase(self, token: Token) -> Span:
        """:func:`~kg.extract.spans.noun_phrase` of ``token``, worked out once per token."""
        span = self._phrases.get(token.i)
        if span is None:
            span = self._phrases[token.i] = noun_phrase(token)
        return span

    # -- names ---------------------------------------------------------------------------------
    def name(self, span: Span) -> Actor | None:
        """The actor a name or noun phrase names on its own (cached per span).

        A "person" found for words the tagger calls a place, date or thing is dropped: two
        capitalised words are not always a name ("Eastern Europe").
        """
        key = (span.start, span.end)
        if key not in self._names:
            text = self._text_of(span).strip()
            actor = None
            if text and any(ch.isalpha() for ch in text):
                actor = self.resolver.resolve(text, date=self.date, context=self.context(span.start))
            if actor is not None and (actor.kind == "unresolved" or not actor.resolved):
                actor = None
            if actor is None and len(span) <= 2 and span.root.text[:1].isupper() and not _first_name(span):
                # "Baghdadi" after "Abu Bakr al-Baghdadi": the person this article named in full;
                # but "Mustafa Barzani" after "Masoud Barzani" is another of the family.
                actor = self._surnames.get(_surname(span.root))
            if actor is not None and actor.kind == "person":
                label = span.root.ent_type_
                if label in _NOT_PEOPLE or (label == "ORG" and actor.group == actor.id):
                    actor = None
            self._names[key] = actor
        return self._names[key]

    # -- the memory ----------------------------------------------------------------------------
    def remember(self, actor: Actor, token: Token, sentence: int, span: Span | None = None) -> None:
        """Record that ``actor`` was named at ``token`` (with the words of ``span`` as its title)."""
        words = span if span is not None else [token]
        title = frozenset(t.lemma_.lower() for t in words if t.lemma_.lower() in _TITLE_WORDS)
        plural = token.tag_ in ("NNS", "NNPS") or bool(token.conjuncts) or token.lower_ in _PLURAL
        subject = token.dep_ in ("nsubj", "nsubjpass", "agent") or token.head.dep_ == "agent"
        place = token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS
        # Without the article's day, who has left office is unknown: only the words tell.
        former = any(t.lower_ in _FORMER_WORDS for t in words) or (
            actor.sector == "ELI" and self.date is not None
        )
        self.history.append(_Mention(actor, sentence, token.i, subject, plural, title, place, former))
        if actor.kind == "person" and span is not None:
            names = [t for t in span if t.pos_ == "PROPN"]
            names += [t for c in token.children if c.dep_ == "appos" for t in c.subtree if t.pos_ == "PROPN"]
            if len(names) > 1:
                self._surnames.setdefault(_surname(names[-1]), actor)
        if actor.kind == "person" and span is not None:
            first = span[0].lower_
            if first in _MALE_TITLES:
                self.gender.setdefault(actor.id, "m")
            elif first in _FEMALE_TITLES:
                self.gender.setdefault(actor.id, "f")

    def _recent(self, token: Token, sentence: int) -> list[_Mention]:
        """Mentions before ``token`` within the window, most salient first."""
        found = [
            m
            for m in self.history
            if sentence - _WINDOW <= m.sentence <= sentence and (m.sentence < sentence or m.token < token.i)
        ]
        found.sort(key=lambda m: (m.sentence, m.subject, m.token), reverse=True)
        return found

    # -- resolution ----------------------------------------------------------------------------
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
        return (
            token.pos_ == "PROPN"
            or (token.text[:1].isupper() and _surname(token) in self._surnames)
            or token.ent_type_ in _ACTOR_ENTS
            or token.lemma_.lower() in PEOPLE_NOUNS
            or token.lemma_.lower() in _ORG_WORDS | _GROUP_WORDS | _GOVERNMENT_WORDS
        )

    def _resolve(self, token: Token, sentence: int, *, nested: bool, loose: bool) -> list[Resolved]:
        if is_pronoun(token):
            return self._pronoun(token, sentence)
        span = self._noun_phrase(token)
        loose = loose or token.lemma_.lower() in PLACE_NOUNS
        # "its citizens", "their troops": people of one's own; "its border posts" may be another's.
        exclude = self._exclude if token.lemma_.lower() not in PEOPLE_NOUNS else None
        if not loose and not self._actorish(token):
            if nested:
                for inner in nested_actor_tokens(token):
                    for r in self.resolve(inner, sentence, nested=True, exclude=exclude):
                        return [Resolved(r.actor, r.span, "nested" if r.how == "name" else r.how)]
            return []
        for child in token.children:
            if child.dep_ == "appos" and _names_and_title(token, child):
                combined = self._apposition(token, child, span)
                if combined is not None:
                    return [Resolved(combined, span, "apposition")]
        actor = self.name(span)
        if actor is None and len(span) > 1 and token.ent_type_ in ("NORP", "GPE", "ORG"):
            actor = self.name(token.doc[token.i : token.i + 1])  # "Young Algerians" → Algerians
        if actor is not None and not generic(actor):
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

    def _located(self, token: Token, span: Span) -> Actor | None:
        """ "Opposition groups in Zimbabwe", "security forces in Guinea": the country named after the
        words for people gives them their country."""
        if token.lemma_.lower() not in PEOPLE_NOUNS and token.lemma_.lower() not in _GROUP_WORDS:
            return None
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "from", "of"):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP"):
                    place = self._noun_phrase(pobj)
                    words = [t.text for t in span if t.lower_ not in _DETERMINERS]
                    text = f"{place.text} {' '.join(words)}"
                    found = self.resolver.resolve(text, date=self.date, context=self.context(token.i))
                    if found is not None and not generic(found) and found.kind != "unresolved":
                        return found
        return None

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
        ("in Idlib", "across Syria"), else the article's place so far (named as one at least twice,
        twice as often as any other country); None when neither is clear."""
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
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
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

    def _speaker(self, token: Token, sentence: int) -> Actor | None:
        speaker = speaker_of(token, self.quotes)
        if speaker is None or speaker.i == token.i or is_pronoun(speaker) and speaker.lower_ in _FIRST_PERSON:
            return None
        found = self.resolve(speaker, self._sentence_of.get(speaker.i, sentence), nested=True)
        return found[0].actor if found else None

    def _pronoun(self, token: Token, sentence: int) -> list[Resolved]:
        word = token.lower_
        span = token.doc[token.i : token.i + 1]
        if word in _REFLEXIVE:
            return []  # "helps Taiwan defend itself": the clause's own subject, never another party
        if word in _FIRST_PERSON:
            actor = self._speaker(token, sentence)
            return [Resolved(actor, span, "speaker")] if actor is not None else []
        if word in _MALE or word in _FEMALE:
            gender = "m" if word in _MALE else "f"
            # Inside a quote, "he" and "she" are someone other than the speaker.
            quoted = speaker_of(token, self.quotes)
            speaker = self.resolve(quoted, sentence, nested=False) if quoted is not None else []
            speaker_id = speaker[0].actor.id if speaker else None

            def fits(m: _Mention) -> bool:
                return (
                    m.actor.kind == "person"
                    and self.gender.get(m.actor.id, gender) == gender
                    and m.actor.id != speaker_id
                )

        elif word in _NEUTER:

            def fits(m: _Mention) -> bool:
                return m.actor.kind != "person" and not m.plural

        elif word in _PLURAL:

            def fits(m: _Mention) -> bool:
                # "they": a group or plural phrase ("Russian diplomats"), not a country named once.
                return m.actor.kind != "person" and (m.plural or m.actor.kind == "group")

        else:
            return []
        kind = "person" if word in _MALE or word in _FEMALE else "org" if word in _NEUTER else None
        # The subject of the verb whose reported clause holds the pronoun ("NATO said it is ...").
        subject = self._speech_subject(token)
        if subject is not None and kind is not None and subject.i in self._blockers:
            return []  # "Mr Ruiz said he …" with Mr Ruiz unknown: he is no one we know
        governor = self._mention_at(subject) if subject is not None else None
        if governor is not None and fits(governor) and governor.actor.group != self._exclude:
            return [self._found(governor, span, gender_word=word)]
        if self._own_possessive(token, sentence, fits):
            return []  # "Turkey threatened to extend its operation": its is Turkey's own

        candidates = [
            m
            for m in self._recent(token, sentence)
            if fits(m) and m.actor.group != self._exclude and not m.place
        ]
        if word in _PLURAL:
            candidates.sort(key=lambda m: (m.sentence, m.plural, m.subject, m.token), reverse=True)
        if not candidates:
            return []
        best = candidates[0]
        # Only a clear antecedent: in this sentence or the one before, with no rival of another
        # group there. A wrong "he" or "it" does more harm than a missed one.
        rivals = [
            m
            for m in candidates
            if m.sentence == best.sentence and m.subject >= best.subject and m.actor.group != best.actor.group
        ]
        if best.sentence < sentence - 1 or rivals:
            return []
        if self._blocked(token, sentence, kind, (best.sentence, best.subject, best.token)):
            return []
        return [self._found(best, span, gender_word=word)]

    def _own_possessive(self, token: Token, sentence: int, fits: Callable[[_Mention], bool]) -> bool:
        """Whether a possessive pronoun in a target phrase most likely stands for the excluded group
        (the clause's own subject): it fits and was named in this sentence before the pronoun, and
        no other fitting actor is a subject there ("Iran said Iraq attacked its posts" is left to
        the usual rules)."""
        if self._exclude is None or token.dep_ != "poss":
            return False
        here = [
            m for m in self._recent(token, sentence) if m.sentence == sentence and fits(m) and not m.place
        ]
        own = [m for m in here if m.actor.group == self._exclude]
        if not own:
            return False
        return not any(m.subject and m.actor.group != self._exclude for m in here)

    def block(self, token: Token, sentence: int) -> None:
        """Record a name of a person or body the resolver does not know: a pronoun after it may
        stand for it, so it must not jump to an actor named earlier ("The SNC said it …"). The
        tagger's PERSON and ORG labels are mixed up too often to tell "he" from "it" by them."""
        if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", "ORG"):
            return
        subject = token.dep_ in ("nsubj", "nsubjpass", "agent") or token.head.dep_ == "agent"
        self._blockers[token.i] = (sentence, subject)

    def _blocked(self, token: Token, sentence: int, kind: str | None, best: tuple[int, bool, int]) -> bool:
        """Whether an unknown name of the pronoun's kind is more salient than its best antecedent."""
        for i, (s, subject) in self._blockers.items():
            if kind is not None and i < token.i and s >= sentence - 1 and (s, subject, i) > best:
                return True
        return False

    def _mention_at(self, token: Token) -> _Mention | None:
        for m in reversed(self.history):
            if m.token == token.i:
                return m
        return None

    def _found(self, m: _Mention, span: Span, *, gender_word: str) -> Resolved:
        if m.actor.kind == "person" and (gender_word in _MALE or gender_word in _FEMALE):
            self.gender.setdefault(m.actor.id, "m" if gender_word in _MALE else "f")
        return Resolved(m.actor, span, "pronoun")

    def _speech_subject(self, token: Token) -> Token | None:
        """The subject of the verb whose reported clause has ``token`` as its subject."""
        clause = token.head
        while clause.dep_ in ("xcomp", "acomp", "aux", "auxpass") and clause.head.i != clause.i:
            clause = clause.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "advcl"):
            return None
        verb = clause.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            if subject.i < token.i:
                return subject
        return None

    def _description(self, token: Token, span: Span, sentence: int) -> list[Resolved]:
        lemma = token.lemma_.lower()
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "preconj", "nummod")}
        if not dets & (_DETERMINERS | {"two"}):
            return []
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in token.children):
            return []  # "the Kurdish authorities": a people of their own, not the last country named
        recent = [
            m
            for m in self._recent(token, sentence)
            if m.actor.group != self._exclude and not m.place and not is_media(m.actor)
        ]
        if lemma in _SIDE_WORDS and ("two" in dets or "both" in dets) and token.tag_ in ("NNS", "NNPS"):
            pair = self.pair(token, sentence)
            return [Resolved(a, span, "description") for a in pair]
        if lemma in ("organisation", "organization", "movement"):
            return self._first(recent, span, lambda a: a.kind in ("organization", "group"))
        if lemma in _ORG_WORDS:
            return self._first(recent, span, lambda a: a.kind == "organization")
        if lemma in _GROUP_WORDS:
            return self._first(recent, span, lambda a: a.kind == "group")
        if lemma in _COUNTRY_WORDS:
            return self._first(recent, span, lambda a: a.kind == "country")
        if lemma in _GOVERNMENT_WORDS:
            found = self._first(recent, span, lambda a: a.kind in ("country", "sector") and bool(a.country))
            if not found:
                return []
            actor = found[0].actor
            if actor.sector == "GOV":
                return found
            gov = self.resolver.resolve(f"{actor.label} government", date=self.date)
            return [Resolved(gov, span, "description")] if gov is not None else []
        if lemma in _TITLE_WORDS:
            key = _title_key(span)
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

    def _title_holder(self, token: Token, span: Span, sentence: int) -> Actor | None:
        """Who "the prime minister" or "the president" is when no one was named with that title.

        The first time, the politician named last before it (not one already known by another
        title), one in office before a former one; the title then stays with that person for the
        rest of the article.
        """
        if any(t.pos_ == "PROPN" for t in span):
            return None  # "the government spokesman Bekir Bozdag" names someone else
        key = _title_key(span)
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

    @staticmethod
    def _first(recent: list[_Mention], span: Span, ok: object) -> list[Resolved]:
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

    def note_sentence(self, sentence: Span, index: int) -> None:
        """Register the sentence index of every token of ``sentence``."""
        self._sentences[index] = sentence
        for i in range(sentence.start, sentence.end):
            self._sentence_of[i] = index

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
