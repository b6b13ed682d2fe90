"""Extract stage, coreference: pronouns ("it", "they", "he", "we" in a quote → the speaker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.attribution import SPEECH_VERBS, speaker_of
from kg.extract.coref_memory import MemoryBase
from kg.extract.coref_words import (
    _BODY_WORDS,
    _FEMALE,
    _FIRST_PERSON,
    _GROUP_WORDS,
    _MALE,
    _NEUTER,
    _ORG_WORDS,
    _PLURAL,
    _REFLEXIVE,
    STATIONING_VERBS,
    Mention,
    Resolved,
    Thing,
    expletive,
)
from kg.extract.spans import is_pronoun
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from kg.datamodel import Actor

__all__ = ["PronounRules"]

#: Verbs whose subject is someone, not something: "it said" or "they accused" stands for an actor.
_AGENT_VERBS = SPEECH_VERBS | frozenset(
    {
        "agree",
        "attempt",
        "blame",
        "call",
        "condemn",
        "decide",
        "hope",
        "intend",
        "meet",
        "negotiate",
        "order",
        "plan",
        "pledge",
        "praise",
        "promise",
        "recognise",
        "recognize",
        "refuse",
        "reject",
        "seek",
        "sign",
        "try",
        "veto",
        "vote",
        "vow",
        "want",
        "welcome",
    }
)
#: Words for bodies that, when no actor is found for them, still stand between a pronoun and
#: the actors named before ("The coalition said it ...").
_UNKNOWN_BODIES = _ORG_WORDS | _GROUP_WORDS | _BODY_WORDS
#: Dependencies of a pronoun that is the object of its clause's verb ("Chile backed it").
_OBJECTS = frozenset({"dobj", "dative"})


def _person(m: Mention, table: TokenTable) -> bool:
    """Whether a mention names a person: a known one, or someone the resolver could only place by
    the role given beside their name ("Omar Ali, chief negotiator for the opposition" → the
    opposition), or that "he" or "she" stood for before. A personal name read as a town's people
    ("Rabbah" → Jordan's) is no one the pronoun may find."""
    if m.actor.kind == "person":
        return True
    if m.actor.kind != "sector":
        return False
    w = m.token
    if table.lower[w] in _MALE or table.lower[w] in _FEMALE:
        return True
    return table.ent[w] == "PERSON" and any(table.dep[c] == "appos" for c in table.children[w])


class PronounRules(MemoryBase):
    """The rules that find the actor a pronoun stands for, if any."""

    def _speaker(self, token: Token, sentence: int) -> Actor | None:
        speaker = speaker_of(token, self.quotes)
        if speaker is None or speaker.i == token.i or is_pronoun(speaker) and speaker.lower_ in _FIRST_PERSON:
            return None
        found = self.resolve(speaker, self._sentence_of.get(speaker.i, sentence), nested=True)
        return found[0].actor if found else None

    def _pronoun(self, token: Token, sentence: int) -> list[Resolved]:
        doc, i = token.doc, token.i
        table = token_table(doc)
        word = table.lower[i]
        span = Span(doc, i, i + 1)  # ``doc[i : i + 1]``, made directly
        if word in _REFLEXIVE:
            return []  # "helps Taiwan defend itself": the clause's own subject, never another party
        if table.dep[i] == "dobj" and token.head.lemma_.lower() in STATIONING_VERBS:
            return []  # "we will withdraw them": the subject's own forces, no other party
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
                    _person(m, table)
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
        if word == "it" and expletive(token):
            return []  # "it is Israel that ...", "it appears that ...": no one
        kind = "person" if word in _MALE or word in _FEMALE else "org" if word in _NEUTER else None
        # The subject of the verb whose reported clause holds the pronoun ("NATO said it is ...").
        subject = self._speech_subject(table, i)
        unknown = subject is not None and (
            subject in self._blockers or (kind == "org" and subject in self._body_blockers)
        )
        if subject is not None and kind is not None and unknown:
            return []  # "Mr Ruiz said he …" with Mr Ruiz unknown: he is no one we know
        governor = self._mention_of(subject) if subject is not None else None
        if governor is None and subject is not None:
            # "one of the sponsors, Chile, said it ...": the apposition names the speaker.
            appos = table.kid(subject, "appos")
            governor = self._mention_of(appos) if appos is not None else None
        if governor is not None and fits(governor) and governor.actor.group != self._exclude:
            return [self._found(governor, span, gender_word=word)]
        things = self._fitting_things(token, sentence, word)
        ruling = self._things.get(subject) if subject is not None and governor is None else None
        head = table.head
        if (
            ruling is not None
            and subject is not None
            and head[subject] == head[head[i]]
            and (word in _NEUTER or word in _PLURAL)
            and ruling.plural == (word in _PLURAL)
        ):
            return self._thing_referent(token, sentence, ruling)  # "the plan failed as it ..."
        if self._own_possessive(token, sentence, fits):
            return []  # "Turkey threatened to extend its operation": its is Turkey's own

        # "Chile backed it": an object pronoun is not its own clause's subject (that is "itself").
        own = self._clause_subject(token)
        own_group = own.actor.group if own is not None else None
        candidates = [
            m
            for m in self._recent(token, sentence)
            if fits(m) and m.actor.group not in (self._exclude, own_group) and not m.place
        ]
        if word in _PLURAL:
            candidates.sort(key=lambda m: (m.sentence, m.plural, m.subject, m.token), reverse=True)
        thing = self._nearer_thing(token, sentence, things, candidates[0] if candidates else None)
        if thing is not None:
            return self._thing_referent(token, sentence, thing)
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

    def _fitting_things(self, token: Token, sentence: int, word: str) -> list[Thing]:
        """The things "it" (singular ones) or "they" (plural ones) may stand for, unless the pronoun
        speaks or acts as only an actor can ("it said", "they accused")."""
        if word not in _NEUTER and word not in _PLURAL:
            return []
        table = token_table(token.doc)
        if table.dep[token.i] in ("nsubj", "nsubjpass"):
            if token.head.lemma_.lower() in _AGENT_VERBS:
                return []
            if table.dep[table.head[token.i]] == "ccomp" and token.head.head.lemma_.lower() in SPEECH_VERBS:
                return []  # "... insisted it will": the one who speaks, found by the rules for actors
        plural = word in _PLURAL
        return [t for t in self._recent_things(token, sentence) if t.plural == plural]

    @staticmethod
    def _nearer_thing(token: Token, sentence: int, things: list[Thing], best: Mention | None) -> Thing | None:
        """The thing a pronoun stands for when one is a likelier antecedent than the best actor.

        Salience as for actors: the later sentence, then its subject, then the nearer word. An
        object pronoun with no antecedent in its own sentence takes, by parallel roles, the object
        of the sentence before ("Russia dismissed the plan. The US supports it.": the plan) over
        a subject or a word inside a phrase there, though not over an actor that was the object.
        """
        if not things:
            return None
        top = max(things, key=lambda t: (t.sentence, t.subject, t.token))
        if best is None or (top.sentence, top.subject, top.token) > (best.sentence, best.subject, best.token):
            return top
        if token.dep_ in _OBJECTS and best.sentence < sentence and top.sentence < sentence:
            parallel = [t for t in things if t.dobj and t.sentence == best.sentence]
            if parallel and not (best.argument and not best.subject):
                return max(parallel, key=lambda t: t.token)
        return None

    def _clause_subject(self, token: Token) -> Mention | None:
        """The actor named as the subject of the verb an object pronoun depends on, if any."""
        table = token_table(token.doc)
        dep, head, children = table.dep, table.head, table.children
        if dep[token.i] not in _OBJECTS:
            return None
        verb = head[token.i]
        subject = next((c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")), None)
        while subject is None and dep[verb] in ("conj", "xcomp") and head[verb] != verb:
            verb = head[verb]
            subject = next((c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")), None)
        return self._mention_of(subject) if subject is not None else None

    def _thing_referent(self, token: Token, sentence: int, thing: Thing) -> list[Resolved]:
        """A pronoun that stands for a thing names no actor, except as the target of an act on a
        thing someone owns: supporting "its call" supports the one who made the call."""
        self.note_thing(token, sentence)
        if token.dep_ not in ("dobj", "pobj") or thing.owner is None:
            return []
        owner = token.doc[thing.owner]
        if is_pronoun(owner):
            return []  # whose "its call" is, is itself a guess
        found = self.resolve(owner, thing.sentence, nested=False)
        if len(found) != 1 or found[0].actor.group == self._exclude or found[0].actor.kind == "person":
            return []
        return [Resolved(found[0].actor, token.doc[token.i : token.i + 1], "pronoun")]

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
        tagger's PERSON and ORG labels are mixed up too often to tell "he" from "it" by them.

        "The coalition" or "the committee" that found no actor is a body all the same: it stands
        between "it" (only) and the actors named before it."""
        table, i = token_table(token.doc), token.i
        dep, pos = table.dep, table.pos
        subject = dep[i] in ("nsubj", "nsubjpass", "agent") or dep[table.head[i]] == "agent"
        if pos[i] == "NOUN" and table.tag[i] == "NN" and table.lemma[i] in _UNKNOWN_BODIES:
            lower = table.lower
            if any(dep[c] == "det" and lower[c] in ("the", "this", "that") for c in table.children[i]):
                self._body_blockers[i] = (sentence, subject)
            return
        if pos[i] != "PROPN" or table.ent[i] not in ("PERSON", "ORG"):
            return
        self._blockers[i] = (sentence, subject)
        if table.ent[i] == "ORG":
            self._unknown_orgs[i] = (sentence, subject or dep[i] == "dobj")

    def _blocked(self, token: Token, sentence: int, kind: str | None, best: tuple[int, bool, int]) -> bool:
        """Whether an unknown name of the pronoun's kind is more salient than its best antecedent."""
        if kind is None:
            return False
        here, first = token.i, sentence - 1
        for blockers in (self._blockers, self._body_blockers) if kind == "org" else (self._blockers,):
            for i, (s, subject) in blockers.items():
                if i < here and s >= first and (s, subject, i) > best:
                    return True
        return False

    def _found(self, m: Mention, span: Span, *, gender_word: str) -> Resolved:
        if m.actor.kind == "person" and (gender_word in _MALE or gender_word in _FEMALE):
            self.gender.setdefault(m.actor.id, "m" if gender_word in _MALE else "f")
        return Resolved(m.actor, span, "pronoun")

    @staticmethod
    def _speech_subject(table: TokenTable, i: int) -> int | None:
        """The subject of the verb whose reported clause has token ``i`` as its subject."""
        dep, head, children = table.dep, table.head, table.children
        if dep[i] not in ("nsubj", "nsubjpass"):
            return None
        clause = head[i]
        while dep[clause] in ("xcomp", "acomp", "aux", "auxpass") and head[clause] != clause:
            clause = head[clause]
        if dep[clause] not in ("ccomp", "advcl"):
            return None
        verb = head[clause]
        subjects = [c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")]
        while not subjects and dep[verb] == "conj" and head[verb] != verb:
            verb = head[verb]
            subjects = [c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")]
        for subject in subjects:
            if subject < i:
                return subject
        return None
