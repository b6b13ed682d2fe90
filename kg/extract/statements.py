"""Extract stage: statements about another actor ("the minister said Mr Ortega had learned …").

A neutral reporting verb is no event: the clause it reports is coded with its own actors. When that
clause holds no event but is about another actor (its subject, or the subject of a clause inside
it), the speaker has made a public statement about that actor: CAMEO 010, as analysts code the
comments leaders make on each other. The extractor keeps such a frame only when nothing in the
reported clause was coded.

Not every such sentence is a statement worth coding: a view held ("Ankara believes …") or a
standing position ("has long argued …") is no act, and a guess about what someone would or could
do is no comment on what they do. A clause that blames or condemns its subject ("said the move
was illegal") is the speaker's criticism (111) or accusation (112), one that praises it praise (051),
not a plain statement. An act the clause reports but the coder cannot code ("said Russia had moved
troops") is no comment on its doer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.clauses import subjects_of
from kg.extract.complements import obliged
from kg.extract.frames import Frame
from kg.extract.history import DURATIVE_ADVERBS
from kg.extract.negation import is_negated
from kg.extract.spans import conjuncts
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "STATEMENT_VERBS",
    "reported_doer",
    "standing_claim",
    "statement_code",
    "statement_frame",
    "statement_frames",
]

#: Verbs that report what the speaker says or holds about someone.
STATEMENT_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "declare",
        "note",
        "explain",
        "confirm",
        "stress",
        "reiterate",
        "insist",
        "claim",
        "argue",
        "write",
        "tweet",
        "comment",
        "remark",
        "suggest",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "concede",
        "point",
        "assert",
        "emphasise",
        "emphasize",
        "understand",
        "feel",
        "maintain",
        "contend",
    }
)
#: Verbs whose object is the person told ("told Mr Ortega that …").
_ADDRESSED = frozenset({"tell", "assure", "inform", "remind"})
_EXPLETIVE = frozenset({"there", "it", "this", "that", "what", "which"})
#: The speaker's own side ("said we have no evidence"): no comment on another actor.
_FIRST_PERSON = frozenset({"i", "we", "us", "me"})
_DEPTH = 3
#: Verbs of a view held rather than said ("the bloc believes Iran is reluctant"): no act.
_BELIEFS = frozenset({"believe", "think", "feel", "understand"})
#: Auxiliaries of a guess, a condition or an obligation in the reported clause.
_GUESSES = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought", "'d"})
#: Words that condemn what the clause's subject is or does: the statement is criticism (111).
_CONDEMNING = frozenset(
    {"undermine", "violation", "violate", "illegal", "unlawful", "unacceptable", "ludicrous", "absurd"}
    | {"reckless", "irresponsible", "dangerous", "dishonest", "hypocritical", "hypocrisy", "shameful"}
    | {"outrageous", "disgraceful", "evil", "aggression", "aggressive", "provocation", "provocative"}
    | {"destabilise", "destabilize", "manipulate", "betray", "betrayal", "threat", "occupier"}
    | {"occupation", "brutal", "barbaric", "lawless", "unjustified", "blatant", "mistake", "wrong", "bad"}
    | {"illegally", "unlawfully", "recklessly", "dishonestly", "problem", "loser", "vicious"}
)
#: Words that blame the subject for harm: the statement is an accusation (112).
_BLAMING = frozenset(
    {"responsible", "responsibility", "blame", "guilty", "complicit", "complicity", "culprit", "motive"}
    | {"crime", "atrocity", "massacre", "terrorist"}
)
#: Words of trust or worth that, denied, condemn ("are not being honest", "is not credible").
_CREDIT = frozenset(
    {"honest", "credible", "serious", "sincere", "reliable", "trustworthy", "legitimate", "helpful"}
    | {"constructive"}
)
#: Words that praise what the clause's subject is or does: the statement is praise (051).
_PRAISING = frozenset(
    {"praise", "commend", "hail", "applaud", "congratulate", "laud", "admire", "thank", "grateful"}
    | {"excellent", "outstanding", "courageous", "brave", "heroic", "admirable", "commendable", "helpful"}
    | {"constructive", "bravely", "courageously", "heroically", "admirably", "hero", "praiseworthy"}
    | {"credit"}
)
#: Words that deny what follows them ("nothing to admire", "never helpful").
_DENIALS = frozenset({"not", "n't", "no", "nothing", "never", "none", "neither", "nor", "hardly", "barely"})
#: Auxiliaries of what the subject must do.
_OBLIGED = frozenset({"must", "should", "ought"})
#: What someone has that they must act on ("has an obligation to …").
_DUTIES = frozenset({"duty", "obligation", "responsibility"})
#: Reporting verbs whose bare clause is a demand ("insisted that Iran be excluded").
_MANDATIVE = frozenset({"insist", "demand", "urge", "ask", "request", "propose", "recommend"})
#: How far back (in tokens) a quotation's opening mark is looked for.
_QUOTE_REACH = 80
#: Tags of the present tense.
_PRESENT = frozenset({"VBZ", "VBP"})
#: Auxiliaries of the future: an act foretold says what its doer is like.
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
#: Verbs of a state, not an act ("said Russia had a plan", "said the Kremlin wanted talks").
_STATES = frozenset(
    {"be", "have", "remain", "seem", "appear", "become", "stay", "look", "sound", "exist", "want"}
    | {"need", "wish", "hope", "know", "lack", "deserve", "belong", "own", "like", "prefer", "fear"}
    | {"expect", "intend", "plan", "mean", "count", "matter", "face", "get"}
)


def _reported(verb: Token) -> Token | None:
    t = token_table(verb.doc)
    for c in t.children[verb.i]:
        if t.dep[c] == "ccomp" and t.pos[c] in ("VERB", "AUX"):
            return verb.doc[c]
    return None


def _about(clause: Token) -> list[Token]:
    """The actors a reported clause may be about, nearest first: its subjects, the noun after an
    expletive ("there has been a change of Ruritanian policy"), then the same inside a view it
    reports in turn ("said she thought the minister was eager …")."""
    found: list[Token] = []
    c: Token | None = clause
    for _ in range(_DEPTH):
        if c is None:
            break
        for child in c.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.lower_ in _EXPLETIVE:
                continue
            if child.lower_ not in _FIRST_PERSON or child.pos_ != "PRON":  # "we", not "the US"
                found.extend(conjuncts(child))
        if any(child.dep_ == "expl" or child.lower_ == "there" for child in c.children):
            found.extend(child for child in c.children if child.dep_ == "attr")
        # Deeper only through the speaker's own view ("he believed …"), not a hope or a fear.
        c = _reported(c) if c.lemma_.lower() in STATEMENT_VERBS else None
    return found


def _reports_another(clause: Token) -> bool:
    """A reported clause that is someone else's statement: "said Mr Ortega told …", or a parse
    turned inside out ("He understood that …, Mr Ortega told the paper"). "He believed …" after
    "said" is the speaker's own belief."""
    if clause.lemma_.lower() not in STATEMENT_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)


def _standing(verb: Token) -> bool:
    """A position held for long ("has long argued", "has always said"), not a statement made now."""
    t, i = token_table(verb.doc), verb.i
    dep, lower = t.dep, t.lower
    return any(dep[c] == "advmod" and lower[c] in DURATIVE_ADVERBS for c in t.children[i]) or any(
        lower[j] in DURATIVE_ADVERBS for j in range(max(0, i - 2), i) if lower[j] != "-"
    )


def _own_clause(token: Token) -> bool:
    """A clause with a subject of its own ("the group that Turkey says are terrorists")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _predicate(clause: Token) -> list[Token]:
    """The words a clause says of its subject, also through a verb sharing it ("has … and should be
    given credit"): not the subject's own words, nor those of a clause with a subject of its own."""
    words: list[Token] = []
    stack = [c for c in clause.children if c.dep_ not in ("nsubj", "nsubjpass", "expl")]
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "ccomp" and _own_clause(t):
            continue  # "the grounds that …", "the group Turkey says are …": about something else
        words.append(t)
        stack.extend(t.children)
    return words


def _blames(t: Token) -> bool:
    """A word of blame; "responsible" only for something ("responsible for the attack")."""
    lemma = t.lemma_.lower()
    if lemma in ("responsible", "responsibility"):
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
    return lemma in _BLAMING and t.dep_ != "amod"


def _demand(clause: Token) -> bool:
    """A clause that asks for something to be done: an order ("Do not let them in") or a
    subjunctive ("insisted that Iran be excluded", "demanded that Iraq withdraw")."""
    if clause.tag_ != "VB" and not any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _GUESSES or c.lower_ in _FUTURE or c.lower_ == "to" for c in aux):
        return False  # "would go", "will go", "to go": no order
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    does = any(c.lemma_.lower() == "do" and c.dep_ == "aux" for c in clause.children)
    return not (does and subject)  # "said they do not know": a present tense, no order


def _opening_quote(clause: Token) -> int | None:
    """Where the quotation holding ``clause`` opens, or None when the clause is not quoted."""
    tag = token_table(clause.doc).tag
    for i in range(clause.i - 1, max(-1, clause.i - _QUOTE_REACH), -1):
        if tag[i] == "''":
            return None  # a quotation closed before the clause: the clause is outside it
        if tag[i] == "``":
            return i
    return None


def _quoted_order(clause: Token) -> Token | None:
    """An order earlier in the quotation that the reported clause ends ("Stop this. We are tired,"
    he told them): the quotation asks something of the one it is told to."""
    start = _opening_quote(clause)
    if start is None:
        return None
    for t in clause.doc[start + 1 : clause.i]:
        if t.tag_ != "VB" or t.pos_ != "VERB" or not (t.dep_ == "ROOT" or t.head.i >= clause.i):
            continue  # not "will be left": an auxiliary is no order
        if _demand(t) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return t
    return None


def _obligation(clause: Token) -> bool:
    """A clause saying its subject must act: "must/should leave", "ought to leave", "has to leave",
    "has a duty to …"."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGED for c in clause.children):
        return True
    if clause.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DUTIES for c in clause.children
    ):
        return True  # "said Iraq had a duty to protect them"
    return obliged(token_table(clause.doc), clause.i)  # "ought to", present "has to"


def _price(clause: Token) -> bool:
    """A price its subject will pay ("will pay a heavy price", "would have to pay a high price"): a threat."""
    verb: Token | None = clause
    while verb is not None and verb.lemma_.lower() != "pay":
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if verb is None or verb.i == clause.i and clause.tag_ in ("VBD", "VBN") and not _aux_future(clause):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in verb.children)


def _aux_future(clause: Token) -> bool:
    return any(c.dep_ == "aux" and (c.lower_ in _FUTURE or c.lower_ in _GUESSES) for c in clause.children)


def _present_passive(clause: Token) -> bool:
    """ "(insists) the rebels are excluded": a demand or a claim, which the tense cannot tell."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return clause.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in _PRESENT


def statement_code(clause: Token) -> str | None:
    """The CAMEO code of a statement whose reported clause is ``clause``, or None for no statement.

    A price its subject will pay is a threat (130); an order or a subjunctive ("insisted that Iran
    be excluded"), also one earlier in the quotation, a demand (100) of whom it is told to, a plea
    (020) if it is not to act ("Don't go"). A clause that blames its subject is an accusation (112),
    one that condemns it (or denies it trust or worth) criticism (111), one that praises it praise
    (051), whatever its tense; what its subject must, ought to or has to do a demand (100) on it; a
    guess or a condition ("would", "could") is no statement; anything else is a statement (010).
    """
    if _price(clause):
        return "130"
    if (order := clause if _demand(clause) else _quoted_order(clause)) is not None:
        return "020" if any(c.dep_ == "neg" for c in order.children) else "100"
    if clause.head.lemma_.lower() in _MANDATIVE and _present_passive(clause):
        return None
    words = _predicate(clause)
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    negated = any(t.dep_ == "neg" and t.head.i == clause.i for t in words) or any(
        t.dep_ == "neg" and t.head.lemma_.lower() in _CREDIT for t in words
    )
    if any(_blames(t) for t in words) and not negated:
        return "112"
    if (lemmas & _CONDEMNING and not negated) or (negated and lemmas & _CREDIT):
        return "111"
    if lemmas & _PRAISING and not lemmas & _DENIALS:
        return "051"  # not "nothing to admire", "no hero"
    if _obligation(clause):  # "said Iraq ought to withdraw": a demand; "should": advice, an appeal
        return "020" if any(c.lower_ == "should" and c.dep_ == "aux" for c in clause.children) else "100"
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _GUESSES for c in clause.children):
        return None
    return "010"


def reported_doer(token: Token) -> bool:
    """Whether ``token`` is the doer of an act the reported clause tells of ("said Russia had moved
    its troops"), not the one it describes ("said Russia was ready", "said Iran wanted talks") or
    foretells ("said Iran will change course"): an act the coder could not code is no comment on
    its doer.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia moved")
    >>> reported_doer(doc[0])  # no parse: no subject
    False
    """
    verb = token.head
    if token.dep_ != "nsubj" or verb.i == token.i or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return False  # "said Mr Bush will take a softer line": a forecast of the doer, a comment on him
    return verb.lemma_.lower() not in _STATES and verb.lemma_.lower() not in STATEMENT_VERBS


def standing_claim(verb: Token, clause: Token) -> bool:
    """Whether "says" in the present reports a state in the present ("Ankara says the group is
    part of the PKK"): a position the speaker holds, not a statement made to anyone now.

    >>> import spacy
    >>> doc = spacy.blank("en")("Ankara says it is")
    >>> standing_claim(doc[1], doc[3])  # no tags: no tense to read
    False
    """
    if verb.tag_ not in _PRESENT or any(c.dep_ == "aux" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)  # "says the group is linked to …"
    if clause.lemma_.lower() != "be" and clause.lemma_.lower() not in _STATES and not passive:
        return False
    tensed = clause if clause.tag_ in _PRESENT else None
    for c in clause.children:
        if c.dep_ in ("aux", "auxpass"):
            tensed = c if c.tag_ in _PRESENT else None
            break
    return tensed is not None


def statement_frame(verb: Token) -> Frame | None:
    """The statement a reporting verb makes about the actor its clause is about, or None.

    Not for a negated verb ("did not say"), nor for a verb that itself reports inside another
    statement (the outer one speaks for both), nor for a view held ("believes") or a position
    held for long ("has long argued").
    """
    lemma = verb.lemma_.lower()
    if lemma not in STATEMENT_VERBS or lemma in _BELIEFS or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in STATEMENT_VERBS:
        return None
    clause = _reported(verb)
    if clause is None or _standing(verb) or is_negated(verb) or _reports_another(clause):
        return None
    sources, passive = subjects_of(verb)
    if passive or not sources:
        return None
    about = _about(clause)
    if lemma in _ADDRESSED:
        about = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + about
    if not about:
        return None
    return Frame(
        trigger=verb,
        kind="verb",
        lemma=lemma,
        particle=None,
        sources=tuple(sources),
        targets=tuple(about),
        target_via="ccomp",
        alt_targets=(),
        obj=None,
        preps=(),
        places=(),
        reciprocal=False,
        mood=verb,
        statement=clause,
    )


def statement_frames(sentence: Iterable[Token]) -> Iterator[Frame]:
    """The statement frames of the sentence's reporting verbs."""
    for token in sentence:
        frame = statement_frame(token)
        if frame is not None:
            yield frame
