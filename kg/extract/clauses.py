"""Extract stage: verb clauses → frames (who may act on whom) from the dependency parse.

Handles active and passive clauses (the agent of a passive is the source), direct, indirect and
prepositional objects, verb chains ("warned Moscow that", "agreed to cut", "threatened to impose",
"is willing to talk"), coordinated verbs (a second verb shares the first one's subject) and
coordinated actors (each acts on its own; only reciprocal verbs pair them), relative clauses
("forces who attacked", "… which the Kremlin retaliated") and light verbs whose object noun names
the event ("held talks", "imposed sanctions", "issued a series of demands").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.attribution import NEUTRAL_SPEECH
from kg.extract.frames import Control, Frame
from kg.extract.places import FORCE_OBJECTS, MOTION_VERBS, prep_role
from kg.extract.spans import AGENT_NOUNS, conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONTROL_VERBS",
    "LIGHT_VERBS",
    "QUANTITY_NOUNS",
    "RECIPROCAL_VERBS",
    "sent_to_strike",
    "verb_frames",
]

#: Verbs whose coordinated subjects act on each other when no object is named ("A and B met").
RECIPROCAL_VERBS = frozenset(
    {
        "meet",
        "talk",
        "negotiate",
        "agree",
        "sign",
        "clash",
        "fight",
        "discuss",
        "cooperate",
        "trade",
        "reconcile",
        "consult",
        "confer",
        "normalise",
        "normalize",
        "ally",
        "hold",
        "reach",
        "conclude",
        "exchange",
        "settle",
        "collaborate",
        "coordinate",
        "resume",
        "renew",
        "restore",
        "establish",
        "spar",
        "quarrel",
        "feud",
        "compete",
        "partner",
        "work",
    }
)
#: Verbs whose object noun names the event ("held talks", "launched strikes", "imposed sanctions").
LIGHT_VERBS = frozenset(
    {
        "hold",
        "launch",
        "carry",
        "conduct",
        "stage",
        "mount",
        "impose",
        "make",
        "issue",
        "begin",
        "start",
        "resume",
        "open",
        "step",
        "unleash",
        "order",
        "continue",
        "intensify",
        "escalate",
        "sign",
        "reach",
        "conclude",
        "have",
        "engage",
        "undertake",
        "perform",
        "deliver",
        "announce",
        "renew",
        "expand",
        "broker",
        "strike",
        "seal",
        "finalise",
        "finalize",
        "initiate",
        "pursue",
        "lead",
        "join",
        "take",
        "put",
        "send",
        "level",
        "lodge",
        "file",
        "present",
        "list",
        "set",
        "voice",
        "express",
        "extend",
        "offer",
        "provide",
        "give",
        "grant",
        "deploy",
        "threaten",
        "organize",
        "organise",
        "call",
        "declare",
        "observe",
        "end",
    }
)
#: Nouns that only count what follows: "a series of demands", "a wave of strikes".
QUANTITY_NOUNS = frozenset(
    {
        "series",
        "number",
        "list",
        "set",
        "raft",
        "wave",
        "round",
        "spate",
        "string",
        "flurry",
        "package",
        "host",
        "range",
        "barrage",
        "volley",
        "salvo",
        "batch",
        "new",
        "fresh",
        "couple",
        "dozen",
        "hundred",
        "thousand",
        "lot",
        "amount",
    }
)
#: Verbs whose complement ("to …") changes their code: intent, threat, refusal, appeal, demand.
CONTROL_VERBS: dict[str, Control] = {
    "agree": "intent",
    "promise": "intent",
    "pledge": "intent",
    "offer": "intent",
    "commit": "intent",
    "vow": "threat",
    "threaten": "threat",
    "warn": "threat",
    "refuse": "refusal",
    "decline": "refusal",
    "reject": "refusal",
    "urge": "appeal",
    "ask": "appeal",
    "appeal": "appeal",
    "call": "appeal",
    "encourage": "appeal",
    "invite": "appeal",
    "persuade": "appeal",
    "press": "demand",
    "pressure": "demand",
    "pressurise": "demand",
    "pressurize": "demand",
    "demand": "demand",
    "order": "demand",
    "force": "demand",
    "compel": "demand",
    "push": "demand",
    "tell": "demand",
    "want": "appeal",
}
#: Heads whose "to" complement is an intended act, not an aim ("plans to", "is due to").
_INTENT_LIKE = frozenset(
    {"plan", "intend", "aim", "seek", "hope", "prepare", "wish", "decide", "vow", "expect", "schedule", "set"}
)
#: Verbs that pass their subject to their complement without being events themselves.
_RAISING = frozenset(
    {
        "want",
        "plan",
        "intend",
        "aim",
        "seek",
        "hope",
        "prepare",
        "wish",
        "mean",
        "try",
        "attempt",
        "strive",
        "decide",
        "begin",
        "start",
        "continue",
        "resume",
        "keep",
        "fail",
        "expect",
        "appear",
        "seem",
        "need",
        "have",
        "be",
        "get",
        "go",
        "come",
        "help",
        "move",
        "look",
        "set",
        "schedule",
        "choose",
        "opt",
        "manage",
        "struggle",
        "tend",
        "use",
        "work",
        "act",
        "step",
        "rush",
        "scramble",
        "race",
        "threaten",
    }
)
#: Control verbs that only code their complement through an object ("wants Putin to attack").
_OBJECT_CONTROL = frozenset(
    {"want", "ask", "tell", "encourage", "invite", "persuade", "force", "order", "press", "push", "compel"}
)
#: Verbs whose complement's doer is their subject even after an object ("sent aircraft to attack").
_SUBJECT_CONTROL = frozenset(
    {
        "promise",
        "offer",
        "threaten",
        "vow",
        "send",
        "dispatch",
        "deploy",
        "use",
        "mobilise",
        "mobilize",
        "move",
    }
)
#: Verbs whose direct object is a topic; the other side is "with" someone.
_TOPIC_VERBS = frozenset({"discuss", "debate", "examine", "study", "review", "negotiate", "consider"})
_WH = frozenset({"which", "who", "that", "whom", "whose"})
#: Verbs that answer an earlier act: their target is that act's source.
_REACTIVE = frozenset({"retaliate", "reciprocate"})
#: Participles that state the aim of the act they hang on ("…, aiming to oust the militia").
_AIMING = frozenset({"aim", "seek", "hope", "try", "attempt", "intend", "want", "look", "strive"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _own_subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subjects written on the verb itself: nsubj (+conjuncts) or a passive's agent."""
    subjects: list[Token] = []
    passive = False
    for child in verb.children:
        if child.dep_ == "nsubj":
            subjects.extend(conjuncts(child))
        elif child.dep_ == "agent":
            passive = True
            subjects.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
        elif child.dep_ in ("nsubjpass", "auxpass"):
            passive = True
    return subjects, passive


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("forces who attacked" → forces)."""
    if token.lower_ in _WH:
        head = token.head
        while head.dep_ not in ("relcl", "acl") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("relcl", "acl"):
            return _past_place(head.head)
    return token


_LOCATING = frozenset({"in", "at", "near", "around", "outside", "inside"})


def _past_place(noun: Token) -> Token:
    """The noun a place phrase locates, when a relative clause hangs on the place: in "the attack in
    Homs, which killed 20", the attack killed, not Homs; in "troops in Homs, who …" the troops."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.ent_type_ in ("GPE", "LOC", "FAC")
        and prep.lower_ in _LOCATING
        and prep.head.pos_ in ("NOUN", "PROPN")
    ):
        return prep.head
    return noun


_SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _stranded_subject(verb: Token) -> Token | None:
    """Repair a common parse error: the subject swallowed by a fronted phrase.

    In "Following the talks between A and B, Minister C has warned D", small parsers attach
    "Minister C" to "B" as a conjunct or apposition, and the verb loses its subject. The noun
    phrase that starts after the comma and ends right before the verb is the subject.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in _SKIP_BEFORE_VERB and doc[i].head.i == verb.i:
        i -= 1
    if i < 1:
        return None
    for child in verb.children:
        if child.dep_ not in ("prep", "advcl") or child.i > verb.i:
            continue
        dated = _dated_name(child, i)
        if dated is not None:
            return dated
        for tok in child.subtree:
            if (
                tok.dep_ in ("appos", "conj")
                and tok.pos_ in ("PROPN", "NOUN")
                and tok.right_edge.i == i
                and doc[tok.left_edge.i - 1].text == ","
            ):
                return tok
    return None


def _dated_name(prep: Token, last: int) -> Token | None:
    """ "In September Turkey persuaded …": small parsers read "September Turkey" as one name, the
    object of "In". A name right before the verb whose modifier is a date is the verb's subject."""
    if prep.dep_ != "prep":
        return None
    for pobj in prep.children:
        if (
            pobj.dep_ == "pobj"
            and pobj.i == last
            and pobj.pos_ == "PROPN"
            and pobj.ent_type_ not in ("DATE", "TIME", "")
            and any(c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in pobj.children)
        ):
            return pobj
    return None


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """The subjects of a verb, inherited where the clause has none of its own.

    A coordinated verb shares its head's subject; a complement ("to …") takes its controller's
    (the head's object if it has one: "urged Lebanon to think" → Lebanon); a relative clause takes
    the noun it modifies; a participle clause ("…, killing …") its head's subject.
    """
    subjects, passive = _own_subjects(verb)
    if subjects:
        return [_antecedent(s) for s in subjects], passive
    if passive:
        return [], True
    head = verb
    seen = {verb.i}
    while head.head.i != head.i and head.head.i not in seen:
        dep = head.dep_
        parent = head.head
        seen.add(parent.i)
        if dep == "conj":
            own, _ = _own_subjects(parent)
            if own:
                return [_antecedent(s) for s in own], passive
            head = parent
            continue
        purpose = dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        if dep in ("xcomp", "acomp") or (dep == "advcl" and head.tag_ == "VBG") or purpose:
            if purpose:
                recipient = _recipient(parent)
                if recipient is not None:
                    return conjuncts(recipient), passive
            if dep == "xcomp" and not purpose:
                objects = [c for c in parent.children if c.dep_ in ("dobj", "dative")]
                if objects and parent.lemma_.lower() not in _SUBJECT_CONTROL:
                    return conjuncts(objects[0]), passive
            own, _ = _own_subjects(parent)
            if own:
                return [_antecedent(s) for s in own], passive
            head = parent
            continue
        if dep in ("relcl", "acl") and parent.pos_ in ("NOUN", "PROPN"):
            if dep == "acl" and head.tag_ == "VBN":
                return [], True
            return conjuncts(_past_place(parent)), passive
        break
    if verb.dep_ not in ("conj", "xcomp", "relcl", "acl"):
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return [stranded], passive
    return [], passive


def _recipient(verb: Token) -> Token | None:
    """The named recipient of a verb ("gave permission to Russia to help": Russia does the helping);
    never the destination of a movement ("travelled to Syria to join")."""
    if verb.lemma_.lower() in MOTION_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dative" and (child.pos_ == "PROPN" or child.ent_type_):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for g in child.children:
                if g.dep_ == "pobj" and (
                    g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                ):
                    return g
    return None


def _look_through(noun: Token) -> Token:
    """ "a series of demands" → demands."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
    return noun


def _preps(token: Token) -> list[tuple[str, Token | None]]:
    out: list[tuple[str, Token | None]] = []
    for child in token.children:
        if child.dep_ == "prep":
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            out.append((child.lower_, pobj))
    return out


def _prep_arguments(
    lemma: str, token: Token, obj: str | None, *, on_noun: bool = False
) -> tuple[list[tuple[str, Token]], list[Token]]:
    """(prep, object) pairs of ``token``'s prepositional phrases that are targets, and the places.

    With ``on_noun`` the phrases hang from the verb's object noun: "aid to Myanmar" names the
    recipient unless the verb moves forces ("sent troops to Latvia").
    """
    targets: list[tuple[str, Token]] = []
    places: list[Token] = []
    for prep, pobj in _preps(token):
        if pobj is None or pobj.dep_ != "pobj":
            continue
        if prep == "between" and pobj.conjuncts:
            continue
        role = prep_role(lemma, prep, obj=obj)
        if on_noun and prep == "to" and role == "other":
            role = "target"
        if role == "target":
            targets.extend((prep, t) for t in conjuncts(pobj))
        elif role == "place":
            places.extend(conjuncts(pobj))
    return targets, places


#: Verbs that, with a clause saying what someone is doing, accuse them ("warned X were trying to").
_ALLEGING = frozenset({"warn", "allege", "claim", "charge", "complain"})
_ASSERTED_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "'s", "'re"})


def _alleged_clause(verb: Token) -> Token | None:
    """The clause a claim or warning reports as going on or done (see :func:`_alleged`)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if aux and all(a.lower_ in _ASSERTED_AUX and a.dep_ == "aux" for a in aux):
            return clause
    return None


def _alleged(verb: Token, objects: list[Token]) -> list[Token]:
    """Who a warning or claim says is doing something: "warned the governments were trying to …".

    The clause must report an act as going on or done (not "would face consequences", a threat).
    Small parsers make the accused the verb's object and leave the clause without a subject.
    """
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if (
            not aux
            or any(a.lower_ not in _ASSERTED_AUX for a in aux)
            or any(a.dep_ == "auxpass" for a in aux)
        ):
            continue  # only an act someone did: "claimed he had been killed" accuses no one
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ not in ("it", "there", "this", "that"):
            return conjuncts(subjects[0])
        if not subjects and objects:
            return objects
    return []


_OBLIGATION = frozenset({"must", "should"})


def _clause_subject(clause: Token) -> Token | None:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "there", "this", "that", "we", "i", "you"):
        return None
    return subject


def _that_clause(verb: Token) -> Token | None:
    """The clause of a demand with its own subject, in the form of a demand: a bare verb or one
    with should/must ("demanded that Israel ease restrictions"), not a report ("told X that Y had")."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX") or _clause_subject(child) is None:
            continue
        aux = {c.lower_ for c in child.children if c.dep_ in ("aux", "auxpass")}
        if (_bare(child) and not aux - {"should", "must", "to", "be"}) or aux & _OBLIGATION:
            return child
    return None


def _bare(clause: Token) -> bool:
    """A bare verb, active or passive: "that Iraq withdraw", "that Iran be excluded"."""
    if clause.tag_ == "VB":
        return True
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)


#: Speech verbs whose bare clause is what the speaker wants done ("insisted that Iraq withdraw"),
#: not what they say is so.
_MANDATIVE = frozenset({"insist"})


def _obliged(clause: Token) -> bool:
    """A clause of obligation without must/should: "ought to leave", "has to leave"."""
    if clause.lower_ == "ought":
        return True
    if clause.lemma_.lower() != "have" or any(c.dep_ == "dobj" for c in clause.children):
        return False
    if clause.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in clause.children):
        return False  # "said they had to flee", "would have to": what was or might be, not a demand
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clause.children
    )


def _mandate(clause: Token) -> bool:
    """A bare clause with no auxiliary: "insisted that Iraq withdraw" (not "insists Iraq is ready")."""
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _obligation_clause(verb: Token) -> Token | None:
    """A reported clause saying someone must do something ("said Sudan must return the helicopter")."""
    for child in verb.children:
        if child.dep_ != "ccomp" or _clause_subject(child) is None:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in child.children) or _obliged(child):
            return child
        if verb.lemma_.lower() in _MANDATIVE and _mandate(child):
            return child
    return None


def _claimed(verb: Token) -> bool:
    """Whether the verb is the clause a demand or an obligation claims (coded with that demand)."""
    if verb.dep_ != "ccomp" or _clause_subject(verb) is None:
        return False
    head = verb.head.lemma_.lower()
    if head in _ALLEGING:
        clause = _alleged_clause(verb.head)
        return clause is not None and clause.i == verb.i  # an alleged act, coded as the allegation
    if CONTROL_VERBS.get(head) in ("demand", "appeal"):
        clause = _that_clause(verb.head)
        return clause is not None and clause.i == verb.i and head not in _OBJECT_CONTROL
    obliged = _obligation_clause(verb.head) if head in NEUTRAL_SPEECH else None
    return obliged is not None and obliged.i == verb.i


def _under_claim(verb: Token) -> bool:
    """A verb inside a clause a claim or demand reports ("claimed the government is attempting to
    push them back": push)."""
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
        if _claimed(t):
            return True
    return False


#: Verbs that put forces to use ("sent in aircraft to attack").
_DEPLOYING = frozenset({"send", "dispatch", "deploy", "use", "mobilise", "mobilize", "scramble"})
#: Acts of force concrete enough that forces sent to do them are doing them (not aims such as
#: "defeat" or "fight", which may never happen).
_STRIKING = frozenset(
    {"attack", "strike", "bomb", "shell", "hit", "target", "raid", "pound", "bombard", "storm", "assault"}
)


def sent_to_strike(verb: Token) -> bool:
    """ "Ruritania has flown in bombers to hit the port": forces sent to strike are striking; the
    attack is reported, with the mood of the sending."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in _STRIKING
        and head.lemma_.lower() in _DEPLOYING
        and any(c.lemma_.lower() in FORCE_OBJECTS for c in _sent(head))
    )


def _sent(verb: Token) -> list[Token]:
    """What a verb sends: its object, also when the parser reads "sent in jets" as a preposition."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in ("in", "out") and child.i == verb.i + 1:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


#: Intransitive fighting whose aim names the enemy ("fought alongside the SDF to oust Isis").
_FIGHTING = frozenset({"fight", "battle"})
_AGAINST = frozenset(
    {"oust", "defeat", "drive", "expel", "retake", "recapture", "liberate", "destroy", "attack"}
)


def _aimed_at(verb: Token) -> list[Token]:
    """The enemy a fight is aimed at: the object of its "to oust/defeat/retake …" clause."""
    for child in verb.children:
        if child.dep_ not in ("advcl", "xcomp") or child.lemma_.lower() not in _AGAINST:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            for obj in child.children:
                if obj.dep_ == "dobj":
                    return conjuncts(obj)
    return []


def _purpose(verb: Token) -> bool:
    """A "to" infinitive that states an aim rather than a reported act: not the complement of a
    verb of intent, threat, demand or the like ("agreed to cut", "is willing to talk")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if sent_to_strike(verb):
        return False
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and (
        head.lemma_.lower() in CONTROL_VERBS
        or head.lemma_.lower() in _INTENT_LIKE
        or head.pos_ == "ADJ"
        or head.lemma_.lower() in _RAISING
    ):
        return False
    return verb.dep_ in ("advcl", "xcomp", "acl", "relcl")


def _stray_gerund(verb: Token) -> bool:
    """A gerund the parser coordinated with a finite verb although it continues that verb's
    "of …-ing" complement ("accused Moscow of violating the deal, and breaching the treaty")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ == "VBG":
        return False
    for prep in head.children:
        if (
            prep.dep_ == "prep"
            and prep.i < verb.i
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
        ):
            return True
    return False


def _infinitive_clause(verb: Token) -> Token | None:
    """A "someone to do" clause parsed with its own subject ("wants Putin to attack")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ == "VERB" and child.i > verb.i:
            has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            has_subject = any(c.dep_ == "nsubj" for c in child.children)
            if has_to and has_subject:
                return child
    return None


def _complement(verb: Token) -> Token | None:
    """The verb of a "to …" complement of ``verb`` (through "is willing to" as well)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def _objects(verb: Token) -> tuple[list[Token], str, Token | None]:
    """Direct targets, how they attach, and the object head that codes with the verb."""
    direct = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    dobj = next((c for c in direct if c.dep_ == "dobj"), None)
    dative = next((c for c in direct if c.dep_ == "dative"), None)
    if dative is not None and dative.pos_ == "ADP":
        # "sent aid to Haiti": the parser marks the preposition itself as the dative.
        dative = next((g for g in dative.children if g.dep_ == "pobj"), None)
    if dative is not None:
        # "gave Iran weapons": Iran is the target, weapons code the action.
        return conjuncts(dative), "dative", _look_through(dobj) if dobj is not None else None
    if dobj is not None:
        return conjuncts(dobj), "dobj", _look_through(dobj)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return conjuncts(passive[0]), "nsubjpass", _look_through(passive[0])
    return [], "", None


#: Diplomatic posts, and verbs that open or close them: the country that hosts one is the target.
_POSTS = frozenset({"embassy", "mission", "consulate", "legation"})
_POSTING = frozenset({"open", "reopen", "close", "shut", "establish", "upgrade", "downgrade"})


def _hosts(verb: Token, obj: Token) -> list[Token]:
    """The places named as hosts of the diplomatic posts ``obj`` names ("missions in Baghdad, Kabul
    in Afghanistan and Pyongyang"): every place name in the phrases of the post or the verb."""
    if obj.lemma_.lower() not in _POSTS:
        return []
    found: list[Token] = []
    for prep in [*obj.children, *verb.children]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "to"):
            continue
        found.extend(t for t in prep.subtree if _place_name_head(t))
    return found


def _place_name_head(t: Token) -> bool:
    """The last word of a place name ("North Korea" → Korea), which heads it."""
    return t.ent_type_ == "GPE" and (t.i + 1 >= len(t.doc) or t.nbor().ent_iob_ != "I")


def _particle(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)


def _relcl_objects(noun: Token) -> list[Token]:
    """Objects of a relative clause on an event noun: "demands which aim to prevent NATO …"."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ not in ("relcl", "acl"):
            continue
        stack = [child]
        while stack:
            v = stack.pop()
            for c in v.children:
                if c.dep_ in ("dobj", "dative"):
                    found.extend(conjuncts(c))
                elif c.dep_ == "xcomp":
                    stack.append(c)
    return found


def _aim(verb: Token) -> bool:
    """A participle stating the aim of the act it hangs on ("…, aiming to force …")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _AIMING


def _no_event_noun(lemma: str) -> bool:
    return False


def _any_verb(lemma: str) -> bool:
    return True


def verb_frame(
    verb: Token,
    event_noun: Callable[[str], bool] = _no_event_noun,
    codable: Callable[[str], bool] = _any_verb,
) -> Frame | None:
    """The frame of one verb, or None when the verb only passes its subject on or reports speech.

    ``event_noun`` tells which nouns name events (the coder's event-noun table); ``codable``
    which verbs can code one (verbs that cannot are skipped before any work).
    """
    lemma = verb.lemma_.lower()
    if not codable(lemma) and lemma not in CONTROL_VERBS and lemma not in _REACTIVE:
        return None
    complement = _complement(verb)
    control = CONTROL_VERBS.get(lemma, "")
    infinitive = _infinitive_clause(verb)
    if complement is None and control and infinitive is not None:
        complement = infinitive  # "wants Putin to attack": parsed as a clause with its own subject
    elif lemma in _OBJECT_CONTROL and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        control = ""
    if complement is None and control in ("demand", "appeal"):
        complement = _that_clause(verb)  # "demanded that Mugabe abandon his policy"
    if complement is None and lemma in NEUTRAL_SPEECH:
        obliged = _obligation_clause(verb)
        if obliged is not None:
            # "said China must drop barriers": a demand on the clause's subject.
            complement, control, lemma = obliged, "demand", "demand"
    alleged_clause = _alleged_clause(verb) if lemma in _ALLEGING else None
    if lemma in NEUTRAL_SPEECH and not (control and complement is not None) and alleged_clause is None:
        return None
    if _claimed(verb) or _under_claim(verb):
        return None  # the clause is what a demand asks for or a claim alleges: coded with that act
    if lemma in ("deny", "dispute") and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "denied there was any snub": a statement, not the rejection of anything
    if _aim(verb) or (verb.dep_ == "xcomp" and _aim(verb.head)):
        return None  # "launched the assault, aiming to force the militia out": an aim, not an act
    if _purpose(verb):
        return None  # "raised to fight the army", "joined rebels to take control": aims, not reported acts
    if _stray_gerund(verb):
        return None  # "accused Moscow of violating X and breaching Y": breaching is Moscow's, alleged
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        return None  # "territory occupied by Islamic State", "a Briton serving with the YPG": descriptions
    if lemma in _RAISING and complement is not None and not control:
        return None
    head_lemma = verb.head.lemma_.lower()
    if (
        verb.dep_ == "xcomp"
        and head_lemma in CONTROL_VERBS
        and (
            head_lemma not in _OBJECT_CONTROL or any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
        )
    ):
        return None  # coded by the verb it completes
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in CONTROL_VERBS
        and _infinitive_clause(verb.head) == verb
    ):
        return None
    sources, passive = subjects_of(verb)
    targets, via, obj = _objects(verb)
    if lemma in _TOPIC_VERBS and via == "dobj":
        targets, via = [], ""  # "met to discuss Syria": Syria is the topic, not the other side
    embedded: Token | None = None
    embedded_obj: Token | None = None
    alt: list[Token] = []
    if lemma in _ALLEGING:
        alleged = _alleged(verb, targets)
        if alleged:
            targets, via, lemma = alleged, "ccomp", "accuse"
            if alleged_clause is not None:
                # A claim of one's own act is a claim of responsibility: its target is the act's.
                embedded = alleged_clause
                alt = _objects(alleged_clause)[0]
    if control and complement is not None:
        embedded = complement
        if complement.dep_ == "ccomp" and not targets:
            targets = [s for c in complement.children if c.dep_ == "nsubj" for s in conjuncts(c)]
            via = "dobj" if targets else via
        inner_targets, inner_via, embedded_obj = _objects(complement)
        inner_obj = embedded_obj.lemma_.lower() if embedded_obj is not None else None
        inner_preps, _ = _prep_arguments(complement.lemma_.lower(), complement, inner_obj)
        if embedded_obj is not None:
            inner_preps += _prep_arguments(complement.lemma_.lower(), embedded_obj, inner_obj, on_noun=True)[
                0
            ]
        if not targets:
            targets, via = inner_targets, f"xcomp:{inner_via}" if inner_via else ""
            if inner_preps:
                alt = [t for _, t in inner_preps]
                if not targets:
                    targets, alt = alt, []
                    via = f"xcomp:prep:{inner_preps[0][0]}"
        else:
            alt.extend(inner_targets)
    obj_lemma = obj.lemma_.lower() if obj is not None else None
    prep_targets, places = _prep_arguments(lemma, verb, obj_lemma)
    noun_code: Token | None = None
    if obj is not None and obj.pos_ == "NOUN" and lemma in LIGHT_VERBS:
        noun_code = obj
    hosts = (
        _hosts(verb, obj) if obj is not None and via in ("dobj", "nsubjpass") and lemma in _POSTING else []
    )
    if hosts:
        targets, via = hosts, "host"  # "opened missions in Kabul and Pyongyang": the host countries
    if obj is not None and via in ("dobj", "nsubjpass", "dative"):
        obj_targets, obj_places = _prep_arguments(lemma, obj, obj_lemma, on_noun=True)
        prep_targets.extend(obj_targets)
        places.extend(obj_places)
        if noun_code is not None:
            original = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), obj)
            alt.extend(_relcl_objects(obj) or _relcl_objects(original))
    if (
        noun_code is not None
        and via == "dobj"
        and (event_noun(noun_code.lemma_.lower()) or noun_code.lemma_.lower() in AGENT_NOUNS)
        and any(c.dep_ == "poss" for c in noun_code.children)
    ):
        # "listed its demands", "expanding its campaign": the possessor of the act named by the
        # object is its actor.
        targets, via = [], ""
    if not targets and not prep_targets and lemma in _FIGHTING:
        targets = _aimed_at(verb)
        via = "purpose" if targets else via
    if not targets and prep_targets:
        targets = [t for _, t in prep_targets]
        via = f"prep:{prep_targets[0][0]}"
    elif prep_targets:
        alt.extend(t for _, t in prep_targets)
    if passive and via == "nsubjpass" and not sources:
        sources = []
    places = [p for p in places if p not in sources]  # a subject repaired out of a fronted phrase
    preps = _preps(verb) + (_preps(obj) if obj is not None else [])
    reactive = lemma in _REACTIVE or (
        lemma in ("hit", "fight", "strike")
        and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    )  # "hit back", "fought back": at whoever struck first
    return Frame(
        trigger=verb,
        kind="verb",
        lemma=lemma,
        particle=_particle(verb),
        sources=tuple(sources),
        targets=tuple(targets),
        target_via=via,
        alt_targets=tuple(alt),
        obj=obj,
        preps=tuple(preps),
        places=tuple(places),
        reciprocal=lemma in RECIPROCAL_VERBS
        and (embedded is None or embedded.lemma_.lower() in RECIPROCAL_VERBS),
        mood=verb.head if sent_to_strike(verb) else verb,
        noun_code=noun_code,
        reactive=reactive,
        control=control if embedded is not None else "",
        embedded=embedded,
        embedded_obj=embedded_obj,
    )


def verb_frames(
    sentence: Iterable[Token],
    event_noun: Callable[[str], bool] = _no_event_noun,
    codable: Callable[[str], bool] = _any_verb,
) -> Iterator[Frame]:
    """The frames of every verb of the sentence (some with no source or target yet)."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        frame = verb_frame(token, event_noun, codable)
        if frame is not None:
            yield frame
