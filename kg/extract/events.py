"""Extract stage: assemble coded, actor-resolved events from a parsed article.

For each sentence in order: remember the actors it names (so pronouns and descriptions can find
them), build the frames of its verbs and event nouns, code each frame and resolve its source and
target. Targets a verb needs but the text leaves out are filled after the whole article is read,
from the actor the source deals with most (lower confidence). Mentions of the same act merge.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.coding.cameo import load_cameo
from kg.coding.coder import CameoCoder, code_action
from kg.coding.transform import recode
from kg.datamodel import (
    Action,
    ActionCoder,
    Actor,
    ActorRef,
    ActorResolver,
    Article,
    Event,
    Mention,
    Modality,
)
from kg.extract.attribution import SPEECH_VERBS, announcer, characterised, find_quotes, speaker_of
from kg.extract.clauses import QUANTITY_NOUNS, verb_frames
from kg.extract.coreference import DESCRIPTION_WORDS, ArticleMemory, Resolved, generic, is_media
from kg.extract.counterparts import (
    ONE_SIDED_FORCE,
    counterpart,
    described_in_passing,
    needs_counterpart,
    noun_targets,
    taken_from,
    victim_tokens,
)
from kg.extract.dates import event_date
from kg.extract.frames import Frame
from kg.extract.history import (
    background,
    dated_long_ago,
    noun_dated_long_ago,
    recalled_history,
    spell_of_years,
    standing_state,
)
from kg.extract.merge import MIN_CONFIDENCE, confidence, merge_events
from kg.extract.modality import THREAT_HEADS, is_negated, modality_of, noun_modality, predicted, verb_chain
from kg.extract.nominal import noun_frames
from kg.extract.opinion import poll_finding
from kg.extract.place_names import place_name
from kg.extract.spans import PEOPLE_NOUNS, PLACE_NOUNS, is_pronoun, phrase_words
from kg.extract.statements import (
    STATEMENT_VERBS,
    reported_doer,
    standing_claim,
    statement_code,
    statement_frames,
)
from kg.extract.table import token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_events"]

logger = logging.getLogger(__name__)

#: Roots of acts that are addressed to someone: when the text names nobody, the source's usual
#: counterpart in the article is taken (appeal, intent, demand, disapprove, reject, threaten). Not
#: for meetings: "leaders met" means they met each other.
IMPLICIT_TARGET_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
#: Roots of acts that make sense without a target ("protested", "mobilised", "shot and wounded
#: fleeing families"); and codes ("declared a truce", "retreated").
TARGETLESS_ROOTS = frozenset({"14", "15", "18", "19", "20"})
_TARGETLESS_CODES = frozenset({"0871", "0873", "0874"})
_PLEDGES = frozenset({"promise", "pledge", "vow", "offer", "agree", "commit", "guarantee"})
#: Roots of the use of force: a place it hits stands for whoever holds the place.
FORCE_ROOTS = frozenset({"18", "19", "20"})
_MEDIA_WORDS = frozenset(
    {
        "newspaper",
        "paper",
        "guardian",
        "bbc",
        "reuters",
        "afp",
        "ap",
        "cnn",
        "times",
        "radio",
        "television",
        "tv",
        "agency",
        "magazine",
        "journalist",
        "reporter",
        "press",
        "channel",
        "interview",
        "observer",
        "telegraph",
        "independent",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "telegram",
        "whatsapp",
    }
)
#: Arms fired or dropped: what "fired artillery at X" uses, never who it hits.
_WEAPON_WORDS = frozenset(
    {"artillery", "missile", "rocket", "shell", "bomb", "mortar", "weapon", "gun", "munition", "grenade"}
    | {"bullet", "round", "ordnance", "firepower", "arms"}
)


_MENTION_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "dative",
        "pobj",
        "poss",
        "conj",
        "appos",
        "attr",
        "npadvmod",
        "ROOT",
        "agent",
    }
)
#: Roots whose target may be people of no named country or body (the victims).
_VICTIM_ROOTS = frozenset({"18", "19", "20"})
#: Entity labels that can name actors (places name the country that holds them).
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DELEGATES = frozenset(
    {
        "delegation",
        "delegate",
        "official",
        "minister",
        "leader",
        "representative",
        "envoy",
        "negotiator",
        "force",
    }
)
_GENERIC = frozenset({"people", "person", "man", "woman", "child", "someone", "anyone", "everyone"})


#: The action of a reactive verb ("retaliated") until the act it answers is found.
_UNKNOWN = Action(verb="", text="", cameo="", root="", label="", plover=None, quad_class=0, goldstein=0.0)


@dataclass(slots=True)
class _Draft:
    """An event before implicit targets are filled and mentions merged."""

    frame: Frame
    sentence: Span
    index: int
    source: Resolved
    target: Resolved | None
    target_how: str | None
    action: Action
    from_pattern: bool
    negated: bool
    modality: Modality
    place: str | None = None
    had_target: bool = False
    extra_spans: list[Span] = field(default_factory=list)


#: Verbs of fighting that politicians also use of words.
_FIGHT_WORDS = frozenset(
    {"attack", "clash", "hit", "fight", "battle", "push", "target", "strike", "slam", "hammer"}
)


def _political(actor: Actor) -> bool:
    """People, parties and assemblies: when they "attack" each other it is with words."""
    return actor.kind == "person" or actor.sector in ("PTY", "LEG", "OPP", "ELI")


#: Heads whose complement failed or was stopped: an outcome between the actors ("failed to agree").
_FAILED = frozenset({"fail", "stop", "cease", "refrain", "avoid"})


def same_side(a: Actor, b: Actor) -> bool:
    """Two actors of one side: the same actor, or the same country or body with no distinct sectors.

    A government and its opposition are different sides (GEOGOV, GEOOPP); a country and its
    government are not.
    """
    if a.id == b.id:
        return True
    if a.group != b.group:
        return False
    if {a.sector, b.sector} in _COMMAND_CHAIN:
        return True  # "threatened to send Turkish forces": a state's own forces are its means
    return not a.sector or not b.sector or a.sector == b.sector


#: A government and its own military or police: one side (its means, not its counterpart).
_COMMAND_CHAIN = ({"GOV", "MIL"}, {"GOV", "COP"})


#: Heads of phrases that name a line between countries, not a party ("the Iraqi border").
_BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borderline"})


def _bad_target(r: Resolved, root: str = "") -> bool:
    """The press ("told the Guardian") is no target, nor a weapon ("fired artillery at …"); nor are
    actors of no country or body, except the victims of coercion and force ("killed 23 civilians",
    "arrested 12 people")."""
    if _is_media(r):
        return True
    if len(r.span) and r.span.root.lemma_.lower() in _WEAPON_WORDS and generic(r.actor):
        return True
    if len(r.span) and r.span.root.lemma_.lower() in _BORDER_WORDS and r.actor.kind != "person":
        return True  # "advanced towards the Iraqi border": a line on the map, not Iraq

    if not generic(r.actor):
        return False
    # Victims of force may be unnamed people ("killed 23 civilians"); an unnamed place is no one.
    return root not in _VICTIM_ROOTS or (len(r.span) > 0 and r.span.root.lemma_.lower() in PLACE_NOUNS)


#: How the one asked attaches ("urged Iraq", "called on Iraq", "appealed to Iraq", "pleaded with Iraq").
_ADDRESSEE_VIA = frozenset({"dobj", "dative", "prep:on", "prep:to", "prep:with"})


def _asked_on(frame: Frame) -> tuple[Token, ...]:
    """The one an appeal is made to by a preposition ("called on the EU to sanction Iran": the EU,
    not Iran), which the frame keeps behind the object of the act asked for."""
    if frame.control not in ("appeal", "demand") or frame.lemma not in _ASKING:
        return ()
    if not frame.target_via.startswith("xcomp:"):
        return ()
    return tuple(
        t
        for t in frame.alt_targets
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "to", "with") and t.head.head.i == frame.trigger.i
    )


def _asked_thing(frame: Frame, root: str) -> Token | None:
    """The call, plan or proposal named as an object in the sentence before, when "it" backed or
    welcomed is most likely that thing ("Russia dismissed the UN's call. The US supports it.").

    >>> import spacy
    >>> from kg.extract.frames import Frame
    >>> it = spacy.blank("en")("it")[0]
    >>> frame = Frame(it, "verb", "back", None, (), (it,), "dobj", (), None, (), (), False, mood=it)
    >>> _asked_thing(frame, "05") is None  # no parse: no object
    True
    """
    if root != "05" or frame.target_via != "dobj" or len(frame.targets) != 1:
        return None
    it = frame.targets[0]
    if it.lower_ not in ("it", "this", "that") or it.dep_ != "dobj" or it.sent.start == 0:
        return None
    before = it.doc[it.sent.start - 1].sent
    return next(
        (
            t
            for t in before
            if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and t.lemma_.lower() in _ASKED
        ),
        None,
    )


def _authors(thing: Token, root: str, index: int, memory: ArticleMemory, own: str | None) -> list[Resolved]:
    """Support for a call or plan is support for its author when its owner names one ("the UN's
    plan"); otherwise for no one: the pronoun stands for the thing, not a party. Not the one who
    answered the call ("Russia dismissed its call": "its" is not Russia's own)."""
    answering = {
        a.actor.group
        for s in thing.head.children
        if s.dep_ == "nsubj"
        for a in memory.resolve(s, index - 1, nested=False)
    }
    return [
        a
        for owner in thing.children
        if owner.dep_ == "poss"
        for a in memory.resolve(owner, index - 1, nested=False, exclude=own)
        if not _bad_target(a, root) and a.actor.group != own and a.actor.group not in answering
    ]


def _town(r: Resolved, root: str) -> bool:
    """A town or region named as the target of an act other than force ("disappointed that the
    fighters had not left Manbij", "threatened to push towards Rafah"): a place, not a party. Force
    used on a place hits whoever holds it, so there the place stays."""
    if root in FORCE_ROOTS or r.actor.sector != "CVL" or not len(r.span):
        return False
    if any(t.lemma_.lower() in PEOPLE_NOUNS for t in r.span):
        return False  # "Syrian civilians": people
    head = r.span.root
    if head.lemma_.lower() in PLACE_NOUNS:
        # "the town of Manbij", "Raqqa province" are named places; "Iraqi towns" the country's own.
        return any(
            (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in head.children
        )
    return head.pos_ == "PROPN" or head.ent_type_ in _PLACE_ENTS


def _is_media(r: Resolved) -> bool:
    if is_media(r.actor):
        return True
    return any(t.lower_ in _MEDIA_WORDS for t in r.span)


def _observe(tokens: Sequence[Token], index: int, memory: ArticleMemory) -> None:
    """Resolve and remember, in order, the actors the sentence names."""
    if not tokens:
        return
    table = token_table(tokens[0].doc)
    for token in tokens:
        if table.dep[token.i] not in _MENTION_DEPS or table.pos[token.i] not in ("PROPN", "NOUN", "PRON"):
            continue
        if token.ent_type_ and token.ent_type_ not in _ACTOR_LABELS:
            continue  # dates, numbers, money, works
        if token.pos_ == "NOUN":
            lemma = token.lemma_.lower()
            if (
                not (
                    token.ent_type_ in _ACTOR_LABELS
                    or lemma in PEOPLE_NOUNS
                    or lemma in DESCRIPTION_WORDS
                    or any(c.ent_type_ or c.pos_ == "PROPN" for c in token.children if c.i < token.i)
                )
                or lemma in _GENERIC
            ):
                continue
        if token.pos_ == "PRON" and not is_pronoun(token):
            continue
        found = memory.resolve(token, index, nested=False)
        for r in found:
            memory.remember(r.actor, token, index, r.span)
        if not found:
            memory.block(token, index)


def _verb_text(token: Token) -> str:
    doc = token.doc
    aux = [c for c in token.children if c.dep_ in ("aux", "neg", "auxpass") and c.i < token.i]
    start = min([token.i, *(a.i for a in aux)])
    end = token.i + 1
    for c in token.children:
        if c.dep_ == "prt":
            end = max(end, c.i + 1)
    return doc[start:end].text


def _words(token: Token | None) -> list[str]:
    return phrase_words(token) if token is not None else []


def _prep_phrases(frame: Frame) -> list[tuple[str, str | None, list[str]]]:
    return [(p, t.lemma_.lower() if t is not None else None, _words(t)) for p, t in frame.preps]


#: Verbs that ask someone for an act whatever the act ("persuaded Russia to hold off"); not
#: wishes ("wants the rebate to end") or physical force ("forcing the drones to land").
_ASKING = frozenset(
    {"persuade", "urge", "ask", "appeal", "call", "encourage", "invite", "press", "pressure", "demand"}
    | {"pressurise", "pressurize", "order", "tell"}
)


def _code(frame: Frame, coder: ActionCoder) -> tuple[Action, bool] | None:
    """The frame's action and whether a specific pattern (rather than a default) coded it.

    kg's own :class:`~kg.coding.CameoCoder` also codes event nouns and object phrases; any other
    ``ActionCoder`` codes verbs with their particle and object head only.
    """
    text = frame.trigger.text if frame.kind == "noun" else ""
    cameo = coder if isinstance(coder, CameoCoder) else None
    if frame.kind == "noun":
        if cameo is None:
            return None
        found = cameo.code_noun(frame.lemma, text=text, words=[c.lower_ for c in frame.trigger.children])
        return (found, False) if found is not None else None
    if frame.control and frame.embedded is not None:
        inner = frame.embedded
        inner_obj = frame.embedded_obj
        inner_particle = next((c.lower_ for c in inner.children if c.dep_ == "prt"), None)
        inner_text = f"{_verb_text(frame.trigger)} {inner.text}"
        inner_obj_lemma = inner_obj.lemma_.lower() if inner_obj is not None else None
        if cameo is not None:
            inner_action = cameo.code(
                inner.lemma_.lower(),
                particle=inner_particle,
                obj=inner_obj_lemma,
                text=inner_text,
                obj_words=_words(inner_obj),
            )
        else:
            inner_action = coder.code(
                inner.lemma_.lower(), particle=inner_particle, obj=inner_obj_lemma, text=inner_text
            )
        if inner_action is not None:
            return recode(inner_action, frame.control), True
        if frame.control in ("appeal", "demand") and frame.lemma in _ASKING:
            # "persuaded Russia to hold off": asking for an act the dictionary cannot code.
            general = "020" if frame.control == "appeal" else "100"
            return code_action(load_cameo(), general, verb=frame.lemma, text=inner_text), False
    obj = frame.obj.lemma_.lower() if frame.obj is not None else None
    if cameo is None:
        plain = coder.code(frame.lemma, particle=frame.particle, obj=obj, text=_verb_text(frame.trigger))
        return (plain, False) if plain is not None else None
    obj_words = _words(frame.obj)
    preps = _prep_phrases(frame)
    found_code = cameo.code_of(
        frame.lemma, particle=frame.particle, obj=obj, obj_words=obj_words, preps=preps
    )
    from_pattern = bool(found_code and found_code[2])
    if found_code is None and frame.noun_code is None:
        return None
    text = _verb_text(frame.trigger)
    action = cameo.action_of(found_code, verb=frame.lemma, text=text)
    if frame.noun_code is not None and not from_pattern:
        noun = frame.noun_code
        noun_action = cameo.code_noun(
            noun.lemma_.lower(), text=f"{text} {noun.text}", words=[c.lower_ for c in noun.children]
        )
        if noun_action is not None:
            if frame.lemma == "threaten" and noun_action.root not in ("13", "01"):
                # "threatened another raid across the border": the threat of it, not the act
                return recode(noun_action, "threat"), False
            return noun_action, False
    if action is None:
        return None
    if frame.control == "refusal" and action.root != "12":
        action = recode(action, "refusal")
    return action, from_pattern


def _split_modifiers(token: Token) -> list[Token]:
    """ "Russian and Syrian planes" → Russian, Syrian: one source per coordinated nationality."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.conjuncts and child.ent_type_ in ("NORP", "GPE"):
            return [child, *child.conjuncts]
    if token.lemma_.lower() in QUANTITY_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return [g for g in child.children if g.dep_ == "pobj"] or [token]
    if token.lemma_.lower() in _DELEGATES:
        # "delegations from Sudan and Chad": one source per country named.
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.conjuncts:
                    return [pobj, *pobj.conjuncts]
    return [token]


def _resolve_all(
    tokens: tuple[Token, ...],
    index: int,
    memory: ArticleMemory,
    *,
    nested: bool,
    exclude: str | None = None,
) -> list[Resolved]:
    found: list[Resolved] = []
    for token in tokens:
        for part in _split_modifiers(token):
            for r in memory.resolve(part, index, nested=nested, exclude=exclude):
                if all(r.actor.id != f.actor.id for f in found):
                    found.append(r)
    return found


@dataclass(slots=True)
class _Memo:
    """Answers one article asks for more than once: a frame's code, a word's modality."""

    codes: dict[int, tuple[Frame, tuple[Action, bool] | None]] = field(default_factory=dict)
    moods: dict[int, Modality] = field(default_factory=dict)

    def code(self, frame: Frame, coder: ActionCoder) -> tuple[Action, bool] | None:
        """``_code(frame, coder)``, worked out once per frame."""
        found = self.codes.get(id(frame))
        if found is None or found[0] is not frame:
            found = self.codes[id(frame)] = (frame, _code(frame, coder))
        return found[1]

    def modality(self, token: Token) -> Modality:
        """``modality_of(token)``, worked out once per token."""
        mood = self.moods.get(token.i)
        if mood is None:
            mood = self.moods[token.i] = modality_of(token)
        return mood


def _frame_drafts(
    frame: Frame,
    sentence: Span,
    index: int,
    memory: ArticleMemory,
    coder: ActionCoder,
    memo: _Memo | None = None,
) -> Iterator[_Draft]:
    """The drafts of a frame; an actor of no country or body acts only on someone named."""
    for d in _drafts(frame, sentence, index, memory, coder, memo):
        if generic(d.source.actor) and (d.target is None or generic(d.target.actor)):
            continue
        yield d


def _claimed_threat(
    frame: Frame,
    action: Action,
    modality: Modality,
    sources: list[Resolved],
    index: int,
    memory: ArticleMemory,
) -> bool:
    """A future act coded as a threat (13) that someone other than its doer tells of: their claim
    or guess about it ("there is no doubt they meant to harm civilians", "Damascus will be
    determined to retake the town, an analyst said"). The writer's own account of an aim ("wants to
    attack") is kept, as CAMEO codes it."""
    if action.root != "13" or modality != "intended" or frame.lemma in THREAT_HEADS:
        return False
    return _others_word(frame, sources, index, memory, unknown=True)


def _others_word(
    frame: Frame, sources: list[Resolved], index: int, memory: ArticleMemory, *, unknown: bool = False
) -> bool:
    """Whether the act is told by someone other than its doers (``sources``, with any party to the act
    added): a speaker of another side or a quote whose "we" are not the doers; a speaker of no known
    side (an analyst, "the statement") counts as another only when ``unknown``."""
    speaker = announcer(frame.trigger, memory.quotes)
    if speaker is None:
        if not unknown:
            return False
        # In a quote whose speaker is not found, only "we" and "I" announce their own act.
        quoted = any(frame.trigger in q for q in memory.quotes)
        return quoted and not any(t.lower_ in _FIRST_PERSON for t in frame.sources)
    if speaker.lower_ in _FIRST_PERSON:
        # "I think the US will strike": the speaker's own guess, unless "we" are the doers
        if any(t.lower_ in _FIRST_PERSON for t in frame.sources):
            return False
        we = {r.actor.group for r in memory.resolve(speaker, index, nested=True) if not generic(r.actor)}
        return not any(s.actor.group in we for s in sources)
    # "The Dutch foreign minister, Anna Visser": the speaker's title or name may tell the side.
    names = [speaker] + [t for t in speaker.subtree if t.i != speaker.i and t.pos_ == "PROPN"]
    said_by = {
        r.actor.group
        for t in names
        for r in memory.resolve(t, index, nested=True)
        if not generic(r.actor) and (unknown or not _town(r, ""))  # not "the Sochi conference"
    }
    if not said_by:
        # an analyst, a resident: no side, so not the doer's own word
        return unknown and speaker.pos_ != "PRON"
    return not any(s.actor.group in said_by for s in sources)


_FIRST_PERSON = frozenset({"we", "i", "us", "me"})


def _drafts(
    frame: Frame,
    sentence: Span,
    index: int,
    memory: ArticleMemory,
    coder: ActionCoder,
    memo: _Memo | None = None,
) -> Iterator[_Draft]:
    memo = memo if memo is not None else _Memo()
    verb = frame.mood if frame.mood.pos_ == "VERB" else frame.trigger
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "conj")) and verb.head.i != verb.i:
        verb = verb.head  # an event noun or a complement is as much background as its clause
    if background(verb) or recalled_history(verb, memory.date) or characterised(frame.trigger):
        return
    if spell_of_years(frame.trigger) or noun_dated_long_ago(frame.trigger, memory.date):
        return  # "decades of repression", "a raid on the town in 2016": the past, no news
    if poll_finding(frame.trigger):
        return  # "a poll found most voters back strikes": an opinion, no act
    if described_in_passing(frame.trigger):
        return  # "forces who had allied against …", "volunteers killed in the war include …"
    clause = frame.mood if frame.mood.pos_ == "VERB" else frame.trigger
    while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # the clause's own verb: "fought a war in 2006 and warned …" dates only "fought"
    if dated_long_ago(clause, memory.date) or standing_state(clause):
        return
    coded = memo.code(frame, coder)
    if coded is None:
        if not frame.reactive:
            return
        coded = (_UNKNOWN, False)
    action, from_pattern = coded
    if action.cameo == "010":
        return  # "make a statement": too vague to be an event between actors
    place_root = action.root  # force planned or threatened still hits whoever holds the place
    if action.cameo == "173":
        place_root = "19"  # "captured Raqqa": a place taken is taken by force (coded 190 below)
    negated = is_negated(frame.mood)
    modality = memo.modality(frame.mood)
    if modality == "asserted" and frame.kind == "noun":
        modality = noun_modality(frame.trigger) or modality  # "voters back strikes": wished for
    verbal_fight = action.root in FORCE_ROOTS and frame.lemma in _FIGHT_WORDS
    force = (
        action.root in FORCE_ROOTS or action.cameo == "138"
    )  # also announced ("will destroy the enclave in …")
    if (
        negated
        and modality == "asserted"
        and frame.control not in ("intent", "refusal")
        and action.root != "12"
        and not any(v.lemma_.lower() in _FAILED for v in verb_chain(frame.mood))
    ):
        return  # "had not consulted Trump", "has not struck a rapprochement": nothing happened
    refused = negated and action.root in ("03", "04", "05", "06", "07", "08")
    if refused:
        action = recode(action, "negated")
    as_told = action  # the act as told, before a plan or threat is made of it
    if not refused and modality == "intended" and not frame.control:
        action = recode(action, "plan")
    sources = [
        r
        for r in _resolve_all(
            frame.sources,
            index,
            memory,
            nested=frame.kind == "noun" or any(t.lemma_.lower() in PEOPLE_NOUNS for t in frame.sources),
        )
        if not generic(r.actor) and not _town(r, "")  # "the Geneva talks": a town does not act
    ]
    if not sources or any(memory.past_title(r) for r in sources):
        return
    if _claimed_threat(frame, action, modality, sources, index, memory):
        return  # "there is no doubt they meant to harm …": a claim about them, not their threat
    own = sources[0].actor.group if len(sources) == 1 else None
    thing = _asked_thing(frame, action.root)
    asked = _asked_on(frame)
    targets = [
        r
        for r in _resolve_all(asked or frame.targets, index, memory, nested=True, exclude=own)
        if not _bad_target(r, action.root) and not _town(r, place_root)
    ]
    if thing is not None:
        targets = _authors(thing, action.root, index, memory, own)
    if any(memory.past_title(t) for t in targets):
        return  # "lunched with the French president, Georges Pompidou": history told in a life story
    if frame.target_via == "host":
        # "missions in Baghdad and Basra in Iraq": one host country, however many of its cities.
        by_group: dict[str, Resolved] = {}
        for t in targets:
            best = by_group.get(t.actor.group)
            if best is None or (t.actor.kind == "country" and best.actor.kind != "country"):
                by_group[t.actor.group] = t
        targets = list(by_group.values())
    if len(sources) > 1:
        # "Germany, France and Britain prosecute their citizens": each its own, not the others'.
        groups = {r.actor.group for r in sources}
        targets = [t for t in targets if not (t.how == "pronoun" and t.actor.group in groups)]
    target_how: str | None = None
    addressed = bool(asked) or (frame.control in ("appeal", "demand") and frame.target_via in _ADDRESSEE_VIA)
    if targets:
        target_how = "dobj"
    elif (addressed and frame.lemma in _ASKING) or thing is not None:
        pass  # "urged European countries to take back the fighters": asked of them, not the fighters
    else:
        targets = [
            r
            for r in _resolve_all(frame.alt_targets, index, memory, nested=True, exclude=own)
            if not _bad_target(r, action.root) and not _town(r, place_root)
        ]
        target_how = "alternative" if targets else None
    if not targets and force:
        # "resumed its shelling of the port", "shot and injured escaping villagers"
        targets = [
            r
            for r in _resolve_all(_hidden_victims(frame, coder), index, memory, nested=True, exclude=own)
            if not _bad_target(r, action.root)
        ]
        target_how = "alternative" if targets else None
    if force and frame.kind == "verb" and targets and all(_place_like(t) for t in targets):
        # "retook the town from Isis": the side that loses the place is the target.
        losers = [
            r
            for r in _resolve_all(
                tuple(taken_from(frame.trigger, frame.obj)), index, memory, nested=True, exclude=own
            )
            if not _bad_target(r, action.root) and not _place_like(r)
        ]
        if losers:
            targets, target_how = losers, "alternative"
    if not targets and action.root == "02":
        # "begged for their help": the appeal is to whoever "their" is.
        targets = [
            r
            for r in _resolve_all(_helpers(frame), index, memory, nested=False, exclude=own)
            if not _bad_target(r, action.root)
        ]
        target_how = "alternative" if targets else None
    if (
        modality == "intended"
        and predicted(frame.mood)
        and _others_word(frame, sources + targets, index, memory)
    ):
        # "the Americans will not protect you, he said": a forecast of another side's act, not its
        # plan (a visit the host announces is the host's word too)
        modality, action = "hypothetical", as_told
    located = [
        (t, r)
        for t in frame.places
        for r in memory.resolve(t, index, nested=True, loose=True)
        if not _bad_target(r) and r.how in ("name", "nested")
    ]
    places = [r for _, r in located]
    place_text = place_name(frame.places, known={t.i for t, r in located if r.how == "name"})
    if places:
        # "bombed rebel positions in Syria": the place names whose rebels they are.
        targets = [memory.localise(t, places[0]) if generic(t.actor) else t for t in targets]
    elif force and any(generic(t.actor) and t.actor.sector in _PEOPLE_OF_PLACE for t in targets):
        # "killed 80 people": civilians and armed men of no country are the place's, where the
        # sentence or the article makes the place clear.
        country = memory.place_country(index)
        if country is not None:
            targets = [
                memory.localise_in(t, country)
                if generic(t.actor) and t.actor.sector in _PEOPLE_OF_PLACE
                else t
                for t in targets
            ]

    def draft(source: Resolved, target: Resolved | None, how: str | None) -> _Draft:
        # A target named but of the source's own side ("pleads with its citizens") is no gap to fill.
        act = action
        if (
            verbal_fight
            and target is not None
            and _political(target.actor)
            and source.actor.kind != "group"
            and source.actor.sector not in ("MIL", "REB", "UAF", "COP", "SPY")
        ):
            # "Mr Cable attacked Labour's taxes", "clashed with Trump": words, not force.
            act = code_action(load_cameo(), "111", verb=action.verb, text=action.text)
        if target is not None and act.root == "05" and frame.lemma in _BACKING and _armed(target.actor):
            # "Turkey backs the rebels", "supported the Free Syrian Army": aid to fighters, not praise.
            act = code_action(load_cameo(), "070", verb=action.verb, text=action.text)
        elif target is not None and act.cameo == "174" and _rulers(target, frame.obj):
            # "ousted the elected government", "staged a coup against the president": an overthrow
            # (CAMEO's OVERTHROW, 180), not an expulsion of people.
            act = code_action(load_cameo(), "180", verb=action.verb, text=action.text)
        if (
            act.cameo == "173"
            and target is not None
            and len(target.span) > 0
            and target.span.root.ent_type_ in _PLACE_ENTS
            and target.actor.sector == "CVL"
        ):
            # "Islamic State captured Raqqa": a place taken by force, not people detained.
            act = code_action(load_cameo(), "190", verb=action.verb, text=action.text)
        return _Draft(
            had_target=bool(targets) or thing is not None,
            frame=frame,
            sentence=sentence,
            index=index,
            source=source,
            target=target,
            target_how=how,
            action=act,
            from_pattern=from_pattern,
            negated=negated,
            modality=modality,
            place=place_text,
        )

    if (
        frame.lemma == "accuse"
        and targets
        and all(same_side(t.actor, s.actor) for t in targets for s in sources)
    ):
        # "Ruritania said its jets had struck the depot": a claim of responsibility for the act.
        action = code_action(load_cameo(), "015", verb=action.verb, text=action.text)
        targets = [
            r
            for r in _resolve_all(frame.alt_targets, index, memory, nested=True, exclude=own)
            if not _bad_target(r, action.root)
        ]
        target_how = "alternative"
    if any(not same_side(t.actor, s.actor) for t in targets for s in sources):
        for source in sources:
            for target in targets:
                if same_side(target.actor, source.actor):
                    continue
                yield draft(source, target, target.how if target_how == "dobj" else target_how)
        return
    if _mutual(frame, len(sources), modality):
        for source in sources:
            for other in sources:
                if not same_side(other.actor, source.actor):
                    yield draft(source, other, other.how)
        return
    if force and (
        frame.targets or frame.alt_targets or frame.kind == "noun" or frame.lemma in ONE_SIDED_FORCE
    ):
        # Force used on something not an actor ("bombed positions", "strikes on residential areas")
        # or on a place ("struck in the far west of a region") hits whoever holds the place it is
        # used in. Intransitive fighting names no victim.
        if not places and frame.lemma in ONE_SIDED_FORCE and any(map(_placename, frame.places)):
            places = _place_countries(frame.trigger, index, memory)
        for source in sources:
            for place in places:
                if not same_side(place.actor, source.actor):
                    yield draft(source, place, "place")
                    break
        return
    for source in sources:
        yield draft(source, None, None)


def _hidden_victims(frame: Frame, coder: ActionCoder) -> tuple[Token, ...]:
    """Who force hits when the clause's objects do not say: the target phrase of the event noun
    a light verb takes ("resumed its shelling of the port"), or an object the parser hung
    on a coordinated verb or a participle ("shot and injured escaping villagers")."""
    if frame.noun_code is not None and isinstance(coder, CameoCoder):
        entry = coder.noun(frame.noun_code.lemma_.lower())
        if entry is not None:
            found = noun_targets(frame.noun_code, entry.target_preps)
            if found:
                return tuple(found)
    if frame.kind == "verb":
        return tuple(victim_tokens(frame.trigger))
    return ()


def _place_like(r: Resolved) -> bool:
    """An actor named by a place ("the border town of X", "Raqqa"): whoever holds it."""
    if not len(r.span) or r.actor.sector != "CVL":
        return False
    root = r.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the border town of X"
    return root.ent_type_ in _PLACE_ENTS or root.lemma_.lower() in PLACE_NOUNS


#: Parts of a place ("hit the far north of that region").
_QUARTERS = frozenset({"north", "south", "east", "west", "centre", "center", "heart", "edge", "part"})


def _placename(token: Token) -> bool:
    """A word that names a place or a part of one ("the province", "the east of it", "Hama"),
    not an idiom's noun ("in case", "in response")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in _PLACE_ENTS or lemma in PLACE_NOUNS or lemma in _QUARTERS:
        return True
    return any(  # "the hills of the north"
        _placename(g)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _place_countries(trigger: Token, index: int, memory: ArticleMemory) -> list[Resolved]:
    """The country where a sentence's acts happen, as the target of force used there."""
    country = memory.place_country(index)
    if country is None:
        return []
    actor = memory.resolver.resolve(country, date=memory.date)
    if actor is None or actor.kind != "country":
        return []
    return [Resolved(actor, trigger.doc[trigger.i : trigger.i], "implicit")]


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Verbs of backing: towards fighters they mean aid (07), not praise or cooperation (05).
_BACKING = frozenset({"back", "support", "sponsor", "champion", "bolster", "prop", "aid", "help", "assist"})
#: Sectors of armed men outside a state's own forces.
_ARMED = frozenset({"REB", "UAF", "PRM", "INS"})


def _armed(actor: Actor) -> bool:
    """Rebels, militias and armed groups (not a state's army): "the rebels", "the YPG"."""
    return actor.sector in _ARMED


_RULER_WORDS = frozenset({"government", "regime", "ruler", "leader", "president", "administration", "king"})


def _rulers(target: Resolved, obj: Token | None) -> bool:
    """A government or a person governing ("the elected government of Niger"): what a coup ousts."""
    actor = target.actor
    if actor.sector in ("GOV", "ELI") or actor.kind == "person":
        return True
    return obj is not None and obj.lemma_.lower() in _RULER_WORDS


#: Sectors whose members of no named country belong to the place of the act ("killed 80 people").
_PEOPLE_OF_PLACE = frozenset({"CVL", "REF", "UAF", "PRM", "REB", "OPP", "CRM"})


def _place_target(d: _Draft) -> bool:
    """The target of force named by a place ("hit Idlib"), standing for whoever holds it."""
    if d.target is None or d.action.root not in FORCE_ROOTS:
        return False
    if d.target_how == "place":
        return True
    return len(d.target.span) > 0 and d.target.span.root.ent_type_ in _PLACE_ENTS


def _prefer_victims(drafts: list[_Draft]) -> list[_Draft]:
    """Force against a place gives way to the victim one sentence names for the same attacker
    ("hit Idlib …, targeting weapons stores of the jihadists": the jihadists are the target)."""
    victims = {
        (d.source.actor.group, d.target.actor.id)
        for d in drafts
        if d.target is not None and d.action.root in FORCE_ROOTS and not _place_target(d)
    }
    if not victims:
        return drafts
    return [
        d
        for d in drafts
        if not _place_target(d)
        or not any(s == d.source.actor.group and t != d.target.actor.id for s, t in victims)  # type: ignore[union-attr]
    ]


def _reports(frame: Frame, trigger: Token) -> bool:
    """Whether the statement ``frame`` reports the act of ``trigger`` (or is that act)."""
    clause = frame.statement
    if trigger.i == frame.trigger.i:
        return True
    return clause is not None and clause.left_edge.i <= trigger.i <= clause.right_edge.i


#: Sectors whose word is a political act (not scholars, business, the press or civilians).
_VOICE_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "PTY", "OPP", "ELI", "REB", "UAF", "SPY", "COP", "JUD", "INS", "SEP", "IGO"}
)


def _political_voice(r: Resolved) -> bool:
    """Countries, bodies, armed groups, and people or sectors that hold or seek power."""
    actor = r.actor
    if generic(actor) or _is_media(r):
        return False
    if actor.kind in ("country", "organization", "group"):
        return True
    if actor.kind == "person" and actor.affiliation and not actor.country:
        return True  # an official of an organisation ("Jens Stoltenberg" → NATO)
    return actor.sector in _VOICE_SECTORS


def _owner_only(token: Token, r: Resolved) -> bool:
    """A subject that is a thing of the actor's, not the actor or its people ("Mr Bush's
    re-election", "the election of the president"): the clause is about the thing."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.ent_type_:
        return False
    if token.lemma_.lower() in PEOPLE_NOUNS or token.lemma_.lower() in DESCRIPTION_WORDS:
        return False
    root = r.span.root if len(r.span) else token
    return root.i != token.i and root.dep_ in ("poss", "pobj")


def _within(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def _statement_drafts(
    frame: Frame, sentence: Span, index: int, memory: ArticleMemory, memo: _Memo | None = None
) -> Iterator[_Draft]:
    """A statement by a named speaker about the first actor of another side its clause is about."""
    sources = [r for r in _resolve_all(frame.sources, index, memory, nested=False) if _political_voice(r)]
    if not sources:
        return
    code = statement_code(frame.statement) if frame.statement is not None else "010"
    if code is None:
        return  # "said Iran would gain": a guess, not a comment on what anyone does
    if code == "010" and frame.statement is not None and standing_claim(frame.trigger, frame.statement):
        return  # "Ankara says the group is part of the PKK": a position held, not a statement made
    own = {s.actor.group for s in sources}
    target: Resolved | None = None
    told = frame.statement is not None and any(not _within(t, frame.statement) for t in frame.targets)
    for token in frame.targets:
        if code != "010" and frame.statement is not None and not _within(token, frame.statement):
            if code != "100":
                continue  # criticism is of whom the clause condemns, not of whom it is told to
        elif code == "100" and told:
            continue  # a demand is made of whom it is told to, not of whom it names
        if any(r.actor.group in own for c in token.conjuncts for r in memory.resolve(c, index, nested=False)):
            continue  # "the UK and US would …" said by a Briton: the speaker's side and its ally
        for r in memory.resolve(token, index, nested=True):
            if generic(r.actor) or _is_media(r) or r.actor.group in own:
                continue  # about no one, the press, or one's own side (its soldiers, its citizens)
            if r.span.root.lemma_.lower() in PLACE_NOUNS or r.how == "implicit" or not _political_voice(r):
                continue  # places, and people who are no party
            if any(t.like_num or t.ent_type_ == "CARDINAL" for t in r.span):
                continue  # a count of people ("as many as 20,000 Afghans could be moved")
            if r.how == "pronoun" and r.span.root.dep_ == "poss":
                continue  # "said two of its soldiers were killed": whose is a guess, no party
            if code == "010" and _owner_only(token, r):
                continue  # "said the senator's victory was badly timed": about a thing of theirs
            if code == "010" and reported_doer(token):
                continue  # "said Russia had moved troops": an act not coded, no comment on Russia
            target = r
            break
        if target is not None:
            break
    if target is None:
        return
    modality = memo.modality(frame.mood) if memo is not None else modality_of(frame.mood)
    if modality != "asserted" or is_negated(frame.mood):
        return  # "will use the UN to claim …", "did not say": no statement was made
    action = code_action(load_cameo(), code, verb=frame.lemma, text=_verb_text(frame.trigger))
    for source in sources:
        yield _Draft(
            frame=frame,
            sentence=sentence,
            index=index,
            source=source,
            target=target,
            target_how=target.how,
            action=action,
            from_pattern=False,
            negated=False,
            modality=modality,
            had_target=True,
        )


#: Verbs of hostility: coordinated subjects may be enemies or allies fighting side by side.
_HOSTILE = frozenset({"fight", "battle", "clash", "spar", "quarrel", "feud", "compete", "war"})
#: Words that make them enemies ("fought each other", "fought a war").
_EACH_OTHER = frozenset({"other", "another", "war"})
_TOGETHER = frozenset({"alongside", "together", "beside"})


def _mutual(frame: Frame, n_sources: int, modality: Modality) -> bool:
    """Whether coordinated sources act on each other ("Chad and Niger met", "talks between A and B").

    Not in a description ("their citizens fighting in Syria"), a condition or a question ("are
    happy to discuss"); hostility needs two sides, not a list, and a sign that they fought each
    other rather than together ("fought alongside the SDF").
    """
    if not frame.reciprocal or n_sources < 2:
        return False
    if frame.kind == "noun":
        return True
    verb = frame.trigger
    if modality in ("hypothetical", "questioned") or verb.dep_ in ("acl", "amod"):
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return False  # "… , fighting in Syria": a description of the subject, not what it did
    if frame.lemma not in _HOSTILE:
        return True
    if n_sources != 2 or any(c.lower_ in _TOGETHER for c in verb.children):
        return False
    if frame.lemma in ("fight", "battle", "war"):
        return any(t.lemma_.lower() in _EACH_OTHER for t in verb.subtree if t.i > verb.i)
    return True


def _counterparts(drafts: list[_Draft]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for d in drafts:
        if (
            d.target is not None
            and d.target_how not in ("implicit", "reactive")
            and d.target.actor.sector not in ("CVL", "REF", "CRM")  # victims are no counterpart
        ):
            pair = (d.source.actor.group, d.target.actor.group)
            counts[pair] += 1
    return counts


def _partner(group: str, counts: Counter[tuple[str, str]], memory: ArticleMemory, index: int) -> Actor | None:
    """The actor ``group`` deals with in the article, if it is clear and was named lately.

    The counterpart is the group the source has explicit events with most (no tie), else its rival
    when both are the article's two main actors (named three times or more each). It must have been
    named in the sentence or the one before it.
    """
    scores: Counter[str] = Counter()
    for (a, b), n in counts.items():
        if a == group and b != group:
            scores[b] += n
        elif b == group and a != group:
            scores[a] += n
    if not scores:
        mentioned = Counter(m.actor.group for m in memory.history if _counterpart_kind(m.actor))
        top = mentioned.most_common(2)
        if len(top) < 2 or group not in (top[0][0], top[1][0]) or top[1][1] < 3:
            return None
        other = top[1][0] if top[0][0] == group else top[0][0]
    else:
        best = max(scores.values())
        tied = [g for g, n in scores.items() if n == best]
        if len(tied) > 1 or best < 2:
            return None  # one event is no pattern
        other = tied[0]
    candidates = [
        m.actor
        for m in memory.history
        if m.actor.group == other and _counterpart_kind(m.actor) and index - 1 <= m.sentence <= index
    ]
    for kinds in (("country", "organization", "group"), ("sector",)):
        for actor in reversed(candidates):
            if actor.kind in kinds:
                return actor
    return None


def _counterpart_kind(actor: Actor) -> bool:
    """Countries, bodies, groups and sectors with a country can be counterparts; not people, media
    or actors of no country."""
    return actor.kind != "person" and not generic(actor) and actor.sector not in ("MED", "JRN")


def _may_imply(d: _Draft) -> bool:
    """Implicit targets only for acts reported as happening (or intended) in a main statement, not
    for conditions and questions, acts said not to happen ("did not raise concerns"), or acts inside
    relative clauses ("where Syrians sought refuge")."""
    if d.modality in ("hypothetical", "questioned") or (d.negated and d.modality == "asserted"):
        return False
    t = d.frame.trigger
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return False
        t = t.head
    return True


#: Roots of answers: a rejection, a pledge or a concession with no target answers whoever just asked.
_REPLY_ROOTS = frozenset({"03", "08", "12"})
_ASKING_ROOTS = frozenset({"02", "10"})


def _asker(d: _Draft, earlier: list[_Draft]) -> Actor | None:
    """Who asked the source for something in this or the two sentences before ("The YPG had called on
    Russia to defend them. Moscow refused.")."""
    for e in reversed(earlier):
        if d.index - e.index > 2:
            break
        if (
            e.target is not None
            and e.action.root in _ASKING_ROOTS
            and e.target.actor.group == d.source.actor.group
            and not same_side(e.source.actor, d.source.actor)
        ):
            return e.source.actor
    return None


_AID_WORDS = frozenset({"aid", "help", "funding", "fund", "donation", "assistance", "money", "relief"})


def _helpers(frame: Frame) -> tuple[Token, ...]:
    """Whose help or support an appeal asks for ("begged for their help", "asked for Iraq's support")."""
    heads = [frame.trigger] + ([frame.noun_code] if frame.noun_code is not None else [])
    return tuple(
        g
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _AID_WORDS | {"support", "protection", "backing"}
        for g in pobj.children
        if g.dep_ == "poss"
    )


def _public_advice(d: _Draft) -> bool:
    """Advice against something with no one advised ("has advised against all travel to the
    region"): a government's word to its own public, not an appeal to the place named."""
    if d.action.root != "02" or d.frame.kind != "verb":
        return False
    trigger = d.frame.trigger
    return any(t.dep_ == "prep" and t.lower_ == "against" for t in trigger.subtree) and not any(
        c.dep_ in ("dobj", "dative") for c in trigger.children
    )


def _aid_appeal(d: _Draft) -> bool:
    """An appeal for money or aid ("launched an appeal for $3.3bn"), addressed to no one in particular."""
    if d.action.root != "02" or d.negated or d.modality != "asserted":
        return False
    heads = [d.frame.trigger] + ([d.frame.noun_code] if d.frame.noun_code is not None else [])
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for pobj in prep.children:
                    if (
                        pobj.dep_ == "pobj"
                        and (pobj.ent_type_ == "MONEY" or pobj.lemma_.lower() in _AID_WORDS)
                        and not any(g.dep_ == "poss" for g in pobj.children)
                    ):
                        return True
    return False


def _targetless_ok(d: _Draft, memory: ArticleMemory) -> bool:
    """An event with no target: protests, force postures, military retreats and truces by a named
    actor; other acts only when the sentence's main statement reports them plainly (not in a quote,
    a relative clause, a condition or a negation). Acts with no one on the receiving end buried in
    long sentences proved mostly noise in unseen news."""
    if d.source.how in ("pronoun", "speaker", "description"):
        return False
    if d.action.root in ("14", "15") or d.action.cameo in _TARGETLESS_CODES:
        return True
    if _aid_appeal(d):
        return _main_statement(d.frame.trigger)  # "launched an appeal for $3bn": to donors at large
    if d.action.root not in ("03", "12", "18", "19", "20") or d.negated:
        return False  # only pledges and refusals, stated plainly, stand without a counterpart
    if d.action.root == "03" and d.frame.lemma not in _PLEDGES:
        return False  # "tried to get out", "sought to organise": plans, not pledges
    if d.action.root == "12" and not _refused_something(d.frame):
        return False
    if d.modality not in ("asserted", "intended") or d.frame.kind != "verb":
        return False
    if speaker_of(d.frame.trigger, memory.quotes) is not None:
        return False
    return _main_statement(d.frame.trigger)


#: Verbs of denial, and what a denial about oneself denies ("denies any link", "denied the reports"):
#: with no one named, that is a statement, not the refusal of something ("denied access").
_DENYING = frozenset({"deny", "dispute", "refute", "rebut"})
_CLAIMS = frozenset(
    {"link", "affiliation", "tie", "involvement", "connection", "role", "responsibility", "claim"}
    | {"report", "allegation", "accusation", "charge", "rumour", "rumor", "suggestion", "knowledge"}
)
_NOTHING = frozenset({"anything", "nothing", "something", "everything", "it", "this", "that"})


def _refused_something(frame: Frame) -> bool:
    """A refusal with no counterpart stands only when it names what is refused ("refused to sign the
    treaty", "vetoed the plan"); not a denial about oneself or a refusal to act at all ("refused to
    get involved", "refused to be pinned down", "refused to do anything")."""
    if frame.trigger.dep_ in ("acl", "relcl") and frame.trigger.tag_ == "VBN":
        return False
    if frame.lemma in _DENYING:
        obj = frame.obj
        return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _CLAIMS
    if frame.control != "refusal" or frame.embedded is None:
        return frame.obj is not None or frame.noun_code is not None or frame.kind == "noun"
    obj = frame.embedded_obj
    return obj is not None and obj.lemma_.lower() not in _NOTHING and obj.pos_ != "PRON"


def _main_statement(verb: Token) -> bool:
    """The sentence's main verb, a verb coordinated with it, or what its main verb reports or aims at."""
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return t.dep_ == "ROOT"


def _fill_implicit(drafts: list[_Draft], memory: ArticleMemory) -> Iterator[_Draft]:
    counts = _counterparts(drafts)
    for i, d in enumerate(drafts):
        if d.target is not None:
            yield d
            continue
        source_group = d.source.actor.group
        if d.frame.reactive:
            for earlier in reversed(drafts[:i]):
                if d.index - earlier.index > 2:
                    break
                if earlier.target is not None and earlier.target.actor.group == source_group:
                    yield _with_target(d, earlier.source.actor, "reactive", earlier.action)
                    break
            continue
        if d.action is _UNKNOWN:
            continue
        obj = d.frame.obj.lemma_.lower() if d.frame.obj is not None else None
        if needs_counterpart(d.frame.lemma, d.action.cameo, obj=obj) and not d.negated:
            # "fighters surrendered", "put troops on alert": told only with the other side.
            other = _other_side(d, memory)
            if other is not None:
                yield _with_target(d, other, "implicit", None)
            continue
        if d.action.root in _REPLY_ROOTS:
            asker = _asker(d, drafts[:i])
            if asker is not None:
                yield _with_target(d, asker, "implicit", None)  # "Moscow refused" the request before
                continue
        if d.action.root in IMPLICIT_TARGET_ROOTS:
            # A pledge needs no counterpart, an intent to meet does ("willing to talk").
            needs = d.action.root != "03" or d.action.cameo in ("036", "037", "038", "039")
            needs = needs and not _aid_appeal(d) and not _public_advice(d)
            partner = _partner(source_group, counts, memory, d.index) if needs and _may_imply(d) else None
            if partner is not None and (_third_party(d, partner, memory) or _offers_target(d.frame)):
                partner = None  # someone else the act may be aimed at, named or described
            if partner is not None and not d.had_target and not same_side(partner, d.source.actor):
                yield _with_target(d, partner, "implicit", None)
            elif _targetless_ok(d, memory):
                yield d
            continue
        if _targetless_ok(d, memory):
            yield d


def _other_side(d: _Draft, memory: ArticleMemory) -> Actor | None:
    """The one opposing side the draft's sentence names (see :func:`counterpart`)."""
    own = frozenset(t.i for t in d.frame.sources) | frozenset(t.i for t in d.source.span)
    return counterpart(
        memory,
        d.source.actor,
        d.sentence,
        d.index,
        own_tokens=own,
        trigger=d.frame.trigger,
        same_side=same_side,
    )


def _offers_target(frame: Frame) -> bool:
    """Whether the text names who the act is aimed at, even if kg cannot resolve it ("pressing
    European forces to …", "criticised the government"): then no counterpart is implied."""
    for t in frame.targets:
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if t.lemma_.lower() in PEOPLE_NOUNS or t.lemma_.lower() in DESCRIPTION_WORDS:
            return True
    if frame.kind == "verb" and not frame.control and frame.obj is not None and frame.obj.pos_ == "NOUN":
        # "rejected Islamic rule": what is rejected is named and is no one's demand or offer.
        return frame.obj.lemma_.lower() not in _ASKED
    obj = frame.embedded_obj
    if frame.control == "threat" and obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        # "threatened to destroy all terror nests": the threatened act names what it would hit.
        return not _event_word(obj)
    return False


#: What one side puts to another, so that accepting or rejecting it answers that side.
_ASKED = frozenset(
    {"demand", "proposal", "call", "request", "offer", "plan", "idea", "condition", "ultimatum"}
    | {"suggestion", "initiative", "deal", "agreement", "treaty", "term", "invitation", "appeal", "claim"}
    | {"accusation", "allegation", "charge", "criticism", "warning", "threat", "pressure", "concern"}
    | {"position", "stance", "policy", "resolution", "plea", "bid", "approach", "overture"}
)


def _event_word(token: Token) -> bool:
    """A noun for an act or a measure rather than for someone or somewhere ("sanctions", "strikes")."""
    return token.lemma_.lower() in ("sanction", "measure", "step", "action", "strike", "attack", "tariff")


def _third_party(d: _Draft, partner: Actor, memory: ArticleMemory) -> bool:
    """Whether the draft's sentence names, as a subject or object, a country, body or group other
    than the source's and the partner's ("Germany warned their return would be difficult, while
    France said …")."""
    doc = d.sentence.doc
    own = {t.i for t in d.frame.sources}
    mentions = [m for m in memory.history if m.sentence == d.index]
    allies = {m.actor.group for m in mentions if m.token in own}  # "the US and other NATO members"
    for m in mentions:
        if not _counterpart_kind(m.actor) or m.place or m.actor.group in allies:
            continue
        token = doc[m.token]
        if token.dep_ in ("dobj", "dative"):
            if token.head.i != d.frame.trigger.i:
                continue  # the object of another verb ("about joining an alliance"): a detail
        elif token.dep_ not in ("nsubj", "nsubjpass", "agent"):
            continue  # a topic ("countries like Ukraine"), not a party
        if m.actor.group not in (d.source.actor.group, partner.group):
            return True
    return False


def _with_target(d: _Draft, actor: Actor, how: str, mirror: Action | None) -> _Draft:
    doc = d.sentence.doc
    empty = doc[d.frame.trigger.i : d.frame.trigger.i]
    return _Draft(
        frame=d.frame,
        sentence=d.sentence,
        index=d.index,
        source=d.source,
        target=Resolved(actor, empty, "implicit"),
        target_how=how,
        action=mirror if mirror is not None and d.action is _UNKNOWN else d.action,
        from_pattern=d.from_pattern,
        negated=d.negated,
        modality=d.modality,
        place=d.place,
    )


def _ref(r: Resolved) -> ActorRef:
    if r.how == "implicit" or not len(r.span):
        return ActorRef(actor=r.actor, text="", char_start=-1, char_end=-1)
    return ActorRef(actor=r.actor, text=r.span.text, char_start=r.span.start_char, char_end=r.span.end_char)


def _event(d: _Draft, article: Article, memory: ArticleMemory) -> Event:
    spans = [d.frame.trigger.doc[d.frame.trigger.i : d.frame.trigger.i + 1]]
    for r in (d.source, d.target):
        if (
            r is not None
            and r.how != "implicit"
            and len(r.span)
            and d.sentence.start <= r.span.start < d.sentence.end
        ):
            spans.append(r.span)
    start = min(s.start_char for s in spans)
    end = max(s.end_char for s in spans)
    mention = Mention(
        article_id=article.id,
        sentence=d.sentence.text.strip(),
        sentence_index=d.index,
        char_start=start,
        char_end=end,
    )
    source = _ref(d.source)
    target = _ref(d.target) if d.target is not None else None
    return Event(
        event_id=Event.make_id(
            article.id, mention, source.actor.id, target.actor.id if target else None, d.action.cameo
        ),
        article_id=article.id,
        source=source,
        target=target,
        action=d.action,
        date=event_date(d.sentence, article.date, verb=d.frame.mood, ents=memory.ents(d.index)),
        mentions=(mention,),
        negated=d.negated,
        modality=d.modality,
        confidence=confidence(
            source_how=d.source.how,
            target_how=d.target_how,
            target_via=d.frame.target_via,
            from_pattern=d.from_pattern,
            kind=d.frame.kind,
            code=d.action.cameo,
            modality=d.modality,
        ),
        place=d.place,
    )


def _noun_lookup(coder: ActionCoder) -> Callable[[str], tuple[frozenset[str], bool, bool] | None]:
    cameo = coder if isinstance(coder, CameoCoder) else None

    def lookup(lemma: str) -> tuple[frozenset[str], bool, bool] | None:
        entry = cameo.noun(lemma) if cameo is not None else None
        if entry is None:
            return None
        return entry.target_preps, entry.reciprocal, entry.standalone

    return lookup


def _doc_text(doc: Doc, article: Article) -> str:
    """``doc.text``, which spaCy joins token by token: the article's own text when the Doc was
    parsed from it (:func:`kg.nlp.parse_articles` marks it with the article id; lengths agree)."""
    text = article.text
    if (
        len(doc)
        and doc.has_extension("kg_article_id")
        and doc._.kg_article_id == article.id
        and doc[-1].idx + len(doc[-1].text_with_ws) == len(text)
    ):
        return text
    return doc.text


def extract_events(
    doc: Doc,
    article: Article,
    *,
    resolver: ActorResolver,
    coder: ActionCoder,
    min_confidence: float = MIN_CONFIDENCE,
) -> Iterator[Event]:
    """The events of one parsed article, one Event per (source, action, target), mentions merged.

    Args:
        doc: the article parsed by the pipeline of :func:`kg.nlp.load_nlp`.
        article: the article the Doc was made from (id and date).
        resolver: maps noun phrases to canonical actors (one scope is opened for the article).
        coder: maps verb phrases to coded actions.
        min_confidence: events less confident than this (after merging) are held back; 0 keeps all.
    """
    text = _doc_text(doc, article)
    scoped = resolver.scoped(text)
    sentences = list(doc.sents)
    memory = ArticleMemory(scoped, article.date, find_quotes(doc, sentences, text=text), text=text)
    lookup = _noun_lookup(coder)
    memo = _Memo()
    cameo = coder if isinstance(coder, CameoCoder) else None
    codable = cameo.knows if cameo is not None else (lambda lemma: True)
    drafts: list[_Draft] = []
    statements: list[_Draft] = []  # kept where nothing in the clause they report became an event
    reported: list[Token] = []
    for index, sentence in enumerate(sentences):
        memory.note_sentence(sentence, index)
    table = token_table(doc)
    pos, lemmas = table.pos, table.lemma
    for index, sentence in enumerate(sentences):
        tokens = list(sentence)
        _observe(tokens, index, memory)
        found: list[_Draft] = []
        first = sentence.start
        nouns = [tokens[i - first] for i in range(first, sentence.end) if pos[i] in ("NOUN", "PROPN")]
        for frame in (
            *verb_frames(tokens, lambda lemma: lookup(lemma) is not None, codable),
            *noun_frames(nouns, lookup),
        ):
            found.extend(_frame_drafts(frame, sentence, index, memory, coder, memo))
            if (
                frame.sources
                and memo.modality(frame.mood) in ("asserted", "intended")
                and memo.code(frame, coder) is not None
            ):
                # an act said to have happened or to be coming: no mere comment on its doer
                reported.append(frame.trigger)
        drafts.extend(_prefer_victims(found))
        speech = [tokens[i - first] for i in range(first, sentence.end) if lemmas[i] in STATEMENT_VERBS]
        for frame in statement_frames(speech):
            statements.extend(_statement_drafts(frame, sentence, index, memory, memo))
    kept = list(_fill_implicit(drafts, memory))
    acts = [d.frame.trigger for d in kept] + reported
    kept += [s for s in statements if not any(_reports(s.frame, t) for t in acts)]
    events = [_event(d, article, memory) for d in kept]
    yield from (e for e in merge_events(events) if e.confidence >= min_confidence)
