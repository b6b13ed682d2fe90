"""Extract stage, coreference: pronouns ("it", "they", "he", "we" in a quote → the speaker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.attribution import speaker_of
from kg.extract.coref_memory import MemoryBase
from kg.extract.coref_words import (
    _FEMALE,
    _FIRST_PERSON,
    _MALE,
    _NEUTER,
    _PLURAL,
    _REFLEXIVE,
    Mention,
    Resolved,
)
from kg.extract.spans import is_pronoun

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from kg.datamodel import Actor

__all__ = ["PronounRules"]


class PronounRules(MemoryBase):
    """The rules that find the actor a pronoun stands for, if any."""

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

            def fits(m: Mention) -> bool:
                return (
                    m.actor.kind == "person"
                    and self.gender.get(m.actor.id, gender) == gender
                    and m.actor.id != speaker_id
                )

        elif word in _NEUTER:

            def fits(m: Mention) -> bool:
                return m.actor.kind != "person" and not m.plural

        elif word in _PLURAL:

            def fits(m: Mention) -> bool:
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

    def _own_possessive(self, token: Token, sentence: int, fits: Callable[[Mention], bool]) -> bool:
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

    def _found(self, m: Mention, span: Span, *, gender_word: str) -> Resolved:
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
