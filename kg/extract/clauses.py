"""Extract stage: verb clauses → frames (who may act on whom) from the dependency parse.

Handles active and passive clauses (the agent of a passive is the source), direct, indirect and
prepositional objects, verb chains ("warned Moscow that", "agreed to cut", "threatened to impose",
"is willing to talk"), coordinated verbs (a second verb shares the first one's subject) and
coordinated actors (each acts on its own; only reciprocal verbs pair them), relative clauses
("forces who attacked", "… which the Kremlin retaliated") and light verbs whose object noun names
the event ("held talks", "imposed sanctions", "issued a series of demands").

The word classes are in :mod:`kg.extract.clause_words`, subjects in :mod:`kg.extract.subjects`,
objects and prepositional phrases in :mod:`kg.extract.arguments`, complement clauses in
:mod:`kg.extract.complements`; all of them work on token indices over the Doc's
:class:`~kg.extract.table.TokenTable`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.arguments import (
    FIGHTING,
    POSTING,
    aimed_at,
    hosts,
    objects,
    particle,
    prep_arguments,
    preps,
    relcl_objects,
)
from kg.extract.attribution import NEUTRAL_SPEECH
from kg.extract.clause_words import (
    CONTROL_VERBS,
    LIGHT_VERBS,
    OBJECT_CONTROL,
    QUANTITY_NOUNS,
    RAISING_VERBS,
    REACTIVE_VERBS,
    RECIPROCAL_VERBS,
    TOPIC_VERBS,
)
from kg.extract.complements import (
    ALLEGING,
    aim,
    alleged,
    alleged_clause,
    claimed,
    complement,
    infinitive_clause,
    obligation_clause,
    purpose,
    sent_to_strike,
    stray_gerund,
    strikes_when_sent,
    that_clause,
    under_claim,
)
from kg.extract.frames import Control, Frame, FrameWords
from kg.extract.spans import AGENT_NOUNS, conjunct_indices
from kg.extract.subjects import subject_indices, subjects_of
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CONTROL_VERBS",
    "LIGHT_VERBS",
    "QUANTITY_NOUNS",
    "RECIPROCAL_VERBS",
    "sent_to_strike",
    "sentence_verb_frames",
    "subjects_of",
    "verb_frame",
    "verb_frames",
]


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
    doc = verb.doc
    return _frame(doc, token_table(doc), verb.i, event_noun, codable)


def verb_frames(
    sentence: Iterable[Token],
    event_noun: Callable[[str], bool] = _no_event_noun,
    codable: Callable[[str], bool] = _any_verb,
    wanted: Callable[[FrameWords], bool] | None = None,
) -> Iterator[Frame]:
    """The frames of every verb of the sentence (some with no source or target yet).

    ``wanted``, when given, is asked first about the words that code each frame (its trigger, lemma,
    particle, object, phrases, event noun, control and complement): the frames it turns down are
    left out, and their actors never looked for.
    """
    tokens = sentence if isinstance(sentence, list) else list(sentence)
    if not tokens:
        return
    doc = tokens[0].doc
    yield from _verb_frames(doc, [token.i for token in tokens], event_noun, codable, wanted)


def sentence_verb_frames(
    sentence: Span,
    event_noun: Callable[[str], bool] = _no_event_noun,
    codable: Callable[[str], bool] = _any_verb,
    wanted: Callable[[FrameWords], bool] | None = None,
) -> Iterator[Frame]:
    """:func:`verb_frames` of the words of a sentence (only the verbs that give a frame are made
    Token objects)."""
    yield from _verb_frames(sentence.doc, range(sentence.start, sentence.end), event_noun, codable, wanted)


def _verb_frames(
    doc: Doc,
    words: Iterable[int],
    event_noun: Callable[[str], bool],
    codable: Callable[[str], bool],
    wanted: Callable[[FrameWords], bool] | None,
) -> Iterator[Frame]:
    table = token_table(doc)
    pos = table.pos
    for v in words:
        if pos[v] != "VERB":
            continue
        frame = _frame(doc, table, v, event_noun, codable, wanted)
        if frame is not None:
            yield frame


def _frame(
    doc: Doc,
    t: TokenTable,
    v: int,
    event_noun: Callable[[str], bool],
    codable: Callable[[str], bool],
    wanted: Callable[[FrameWords], bool] | None = None,
) -> Frame | None:
    """:func:`verb_frame` over the Doc's token table (``v`` is the index of the trigger)."""
    lemma = t.lemma[v]
    if not codable(lemma) and lemma not in CONTROL_VERBS and lemma not in REACTIVE_VERBS:
        return None
    dep, children = t.dep, t.children
    comp = complement(t, v)
    control = CONTROL_VERBS.get(lemma, "")
    infinitive = infinitive_clause(t, v)
    if comp is None and control and infinitive is not None:
        comp = infinitive  # "wants Putin to attack": parsed as a clause with its own subject
    elif lemma in OBJECT_CONTROL and not any(dep[c] in ("dobj", "dative") for c in children[v]):
        control = ""
    if comp is None and control in ("demand", "appeal"):
        comp = that_clause(t, v)  # "demanded that Mugabe abandon his policy"
    if comp is None and lemma in NEUTRAL_SPEECH:
        obliged = obligation_clause(t, v)
        if obliged is not None:
            # "said China must drop barriers": a demand on the clause's subject.
            comp, control, lemma = obliged, "demand", "demand"
    claim = alleged_clause(t, v) if lemma in ALLEGING else None
    if lemma in NEUTRAL_SPEECH and not (control and comp is not None) and claim is None:
        return None
    # The checks below each leave the verb out; the cheap ones come first.
    if lemma in ("deny", "dispute") and any(dep[c] == "ccomp" for c in children[v]):
        return None  # "denied there was any snub": a statement, not the rejection of anything
    if dep[v] == "acl" and t.tag[v] in ("VBN", "VBG"):
        return None  # "territory occupied by Islamic State", "a Briton serving with the YPG": descriptions
    if lemma in RAISING_VERBS and comp is not None and not control:
        return None
    h = t.head[v]
    head_lemma = t.lemma[h]
    if (
        dep[v] == "xcomp"
        and head_lemma in CONTROL_VERBS
        and (head_lemma not in OBJECT_CONTROL or any(dep[c] in ("dobj", "dative") for c in children[h]))
    ):
        return None  # coded by the verb it completes
    if dep[v] == "ccomp" and head_lemma in CONTROL_VERBS and infinitive_clause(t, h) == v:
        return None
    if claimed(t, v) or under_claim(t, v):
        return None  # the clause is what a demand asks for or a claim alleges: coded with that act
    if aim(t, v) or (dep[v] == "xcomp" and aim(t, h)):
        return None  # "launched the assault, aiming to force the militia out": an aim, not an act
    if purpose(t, v):
        return None  # "raised to fight the army", "joined rebels to take control": aims, not reported acts
    if stray_gerund(t, v):
        return None  # "accused Moscow of violating X and breaching Y": breaching is Moscow's, alleged
    return _build(doc, t, v, lemma, control, comp, claim, event_noun, wanted)


def _build(
    doc: Doc,
    t: TokenTable,
    v: int,
    lemma: str,
    control: Control,
    comp: int | None,
    claim: int | None,
    event_noun: Callable[[str], bool],
    wanted: Callable[[FrameWords], bool] | None = None,
) -> Frame | None:
    """The frame of a verb that reports an act: its sources, targets, places and coding words.

    The coding words come first; ``wanted`` (when given) is asked about them, and None is the
    answer for a frame it turns down.
    """
    verb = doc[v]
    dep, children = t.dep, t.children
    targets, via, obj = objects(t, v)
    if lemma in TOPIC_VERBS and via == "dobj":
        targets, via = [], ""  # "met to discuss Syria": Syria is the topic, not the other side
    embedded: int | None = None
    embedded_obj: int | None = None
    accused: list[int] = []
    if lemma in ALLEGING:
        accused = alleged(t, v, targets)
        if accused:
            targets, via, lemma = accused, "ccomp", "accuse"
            embedded = claim
    inner: tuple[list[int], str, int | None] | None = None
    if control and comp is not None:
        embedded = comp
        inner = objects(t, comp)
        embedded_obj = inner[2]
    noun_code: int | None = None
    if obj is not None and t.pos[obj] == "NOUN" and lemma in LIGHT_VERBS:
        noun_code = obj
    phrases = preps(t, v) + (preps(t, obj) if obj is not None else [])
    sketch = FrameWords(
        trigger=verb,
        kind="verb",
        lemma=lemma,
        particle=particle(t, v),
        obj=doc[obj] if obj is not None else None,
        preps=tuple((p, doc[j] if j is not None else None) for p, j in phrases),
        noun_code=doc[noun_code] if noun_code is not None else None,
        reactive=lemma in REACTIVE_VERBS
        or (
            lemma in ("hit", "fight", "strike")
            and any(t.lower[c] == "back" and dep[c] in ("prt", "advmod") for c in children[v])
        ),  # "hit back", "fought back": at whoever struck first
        control=control if embedded is not None else "",
        embedded=doc[embedded] if embedded is not None else None,
        embedded_obj=doc[embedded_obj] if embedded_obj is not None else None,
    )
    if wanted is not None and not wanted(sketch):
        return None
    sources, passive = subject_indices(doc, t, v)
    alt: list[int] = []
    if accused and claim is not None:
        # A claim of one's own act is a claim of responsibility: its target is the act's.
        alt = objects(t, claim)[0]
    if inner is not None and comp is not None:
        if dep[comp] == "ccomp" and not targets:
            targets = [s for c in children[comp] if dep[c] == "nsubj" for s in conjunct_indices(t, c)]
            via = "dobj" if targets else via
        inner_targets, inner_via, _ = inner
        inner_obj = t.lemma[embedded_obj] if embedded_obj is not None else None
        inner_preps, _ = prep_arguments(t, t.lemma[comp], comp, inner_obj)
        if embedded_obj is not None:
            inner_preps += prep_arguments(t, t.lemma[comp], embedded_obj, inner_obj, on_noun=True)[0]
        if not targets:
            targets, via = inner_targets, f"xcomp:{inner_via}" if inner_via else ""
            if inner_preps:
                alt = [j for _, j in inner_preps]
                if not targets:
                    targets, alt = alt, []
                    via = f"xcomp:prep:{inner_preps[0][0]}"
        else:
            alt.extend(inner_targets)
    obj_lemma = t.lemma[obj] if obj is not None else None
    prep_targets, places = prep_arguments(t, lemma, v, obj_lemma)
    posts = (
        hosts(doc, t, v, obj) if obj is not None and via in ("dobj", "nsubjpass") and lemma in POSTING else []
    )
    if posts:
        targets, via = posts, "host"  # "opened missions in Kabul and Pyongyang": the host countries
    if obj is not None and via in ("dobj", "nsubjpass", "dative"):
        obj_targets, obj_places = prep_arguments(t, lemma, obj, obj_lemma, on_noun=True)
        prep_targets.extend(obj_targets)
        places.extend(obj_places)
        if noun_code is not None:
            original = next((c for c in children[v] if dep[c] in ("dobj", "nsubjpass")), obj)
            alt.extend(relcl_objects(t, obj) or relcl_objects(t, original))
    if (
        noun_code is not None
        and via == "dobj"
        and (event_noun(t.lemma[noun_code]) or t.lemma[noun_code] in AGENT_NOUNS)
        and any(dep[c] == "poss" for c in children[noun_code])
    ):
        # "listed its demands", "expanding its campaign": the possessor of the act named by the
        # object is its actor.
        targets, via = [], ""
    if not targets and not prep_targets and lemma in FIGHTING:
        targets = aimed_at(t, v)
        via = "purpose" if targets else via
    if not targets and prep_targets:
        targets = [j for _, j in prep_targets]
        via = f"prep:{prep_targets[0][0]}"
    elif prep_targets:
        alt.extend(j for _, j in prep_targets)
    if passive and via == "nsubjpass" and not sources:
        sources = []
    places = [p for p in places if p not in sources]  # a subject repaired out of a fronted phrase
    return Frame(
        trigger=verb,
        kind="verb",
        lemma=lemma,
        particle=sketch.particle,
        sources=tuple(doc[j] for j in sources),
        targets=tuple(doc[j] for j in targets),
        target_via=via,
        alt_targets=tuple(doc[j] for j in alt),
        obj=sketch.obj,
        preps=sketch.preps,
        places=tuple(doc[j] for j in places),
        reciprocal=lemma in RECIPROCAL_VERBS and (embedded is None or t.lemma[embedded] in RECIPROCAL_VERBS),
        mood=doc[t.head[v]] if strikes_when_sent(t, v) else verb,
        noun_code=sketch.noun_code,
        reactive=sketch.reactive,
        control=sketch.control,
        embedded=sketch.embedded,
        embedded_obj=sketch.embedded_obj,
    )
