"""Extract stage: the drafts of one frame, once coded: whether it reports news, and who acts on whom.

A frame that codes an act is checked for background (history told, a state of long standing, a
poll, a description in passing), its sources and targets are resolved, and each source-target
pair it reports becomes a :class:`~kg.extract.drafts.Draft`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.coding.cameo import load_cameo
from kg.coding.coder import code_action
from kg.coding.transform import recode
from kg.datamodel import ActionCoder
from kg.extract.appeals import ADDRESSEE_VIA, asked_on, asked_thing, authors, helpers
from kg.extract.attribution import characterised
from kg.extract.coreference import ArticleMemory, Resolved, generic
from kg.extract.counterparts import ONE_SIDED_FORCE, described_in_passing, taken_from
from kg.extract.drafts import UNKNOWN, Draft
from kg.extract.frame_codes import ASKING, Memo
from kg.extract.frames import Frame
from kg.extract.history import (
    background,
    dated_long_ago,
    noun_dated_long_ago,
    recalled_history,
    spell_of_years,
    standing_state,
)
from kg.extract.modality import noun_modality, predicted
from kg.extract.mutual import mutual
from kg.extract.negation import is_negated, verb_chain
from kg.extract.opinion import poll_finding
from kg.extract.outcomes import appeal_made, stopped
from kg.extract.place_names import place_name
from kg.extract.sentence_actors import own_party, resolve_all
from kg.extract.spans import PEOPLE_NOUNS
from kg.extract.target_checks import (
    BACKING,
    FIGHT_WORDS,
    FORCE_ROOTS,
    PEOPLE_OF_PLACE,
    PLACE_ENTS,
    armed,
    bad_target,
    hidden_victims,
    place_countries,
    place_like,
    placename,
    political,
    rulers,
    same_side,
    town,
)
from kg.extract.threat_claims import claimed_threat, claimed_victory, others_word
from kg.extract.timeline import set_long_ago

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["frame_drafts"]

#: Heads whose complement failed or was stopped: an outcome between the actors ("failed to agree").
_FAILED = frozenset({"fail", "stop", "cease", "refrain", "avoid"})
#: Sectors that hold no arms: when their members "attack" anyone, even a country, it is with words.
_WORDS_ONLY = frozenset({"PTY", "LEG"})


def frame_drafts(
    frame: Frame,
    sentence: Span,
    index: int,
    memory: ArticleMemory,
    coder: ActionCoder,
    memo: Memo | None = None,
) -> Iterator[Draft]:
    """The drafts of a frame; an actor of no country or body acts only on someone named."""
    for d in _drafts(frame, sentence, index, memory, coder, memo):
        if generic(d.source.actor) and (d.target is None or generic(d.target.actor)):
            continue
        yield d


def _drafts(
    frame: Frame,
    sentence: Span,
    index: int,
    memory: ArticleMemory,
    coder: ActionCoder,
    memo: Memo | None = None,
) -> Iterator[Draft]:
    memo = memo if memo is not None else Memo()
    coded = memo.code(frame, coder)  # first: most frames code nothing, and the checks below cost more
    if coded is None and not frame.reactive:
        return
    if coded is not None and coded[0].cameo == "010":
        return  # "make a statement": too vague to be an event between actors
    if not frame.sources:
        return  # no one to act (checked again once the sources are resolved)
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
    if coded is None:
        coded = (UNKNOWN, False)
    action, from_pattern = coded
    if set_long_ago(clause, memory.date, event=frame.trigger):
        return  # "imposed a boycott last year", "a year ago, when …", an old story told on
    place_root = action.root  # force planned or threatened still hits whoever holds the place
    if action.cameo == "173":
        place_root = "19"  # "captured Raqqa": a place taken is taken by force (coded 190 below)
    negated = is_negated(frame.mood)
    modality = memo.modality(frame.mood)
    if modality == "asserted" and frame.kind == "noun":
        modality = noun_modality(frame.trigger) or modality  # "voters back strikes": wished for
    verbal_fight = action.root in FORCE_ROOTS and frame.lemma in FIGHT_WORDS
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
    if action.root in ("02", "04") and appeal_made(frame.mood):
        negated, modality = False, "asserted"  # "failed to persuade", "tried to convince": asked all the same
    refused = negated and action.root in ("03", "04", "05", "06", "07", "08")
    if refused:
        # "no longer supplies arms" is aid reduced (16x), "will not supply" a refusal (12x)
        action = recode(action, "halted" if stopped(frame.mood) else "negated")
    as_told = action  # the act as told, before a plan or threat is made of it
    if not refused and modality == "intended" and not frame.control:
        action = recode(action, "plan")
    sources = [
        r
        for r in resolve_all(
            frame.sources,
            index,
            memory,
            nested=frame.kind == "noun" or any(t.lemma_.lower() in PEOPLE_NOUNS for t in frame.sources),
        )
        if not generic(r.actor) and not town(r, "")  # "the Geneva talks": a town does not act
    ]
    if not sources or any(memory.past_title(r) for r in sources):
        return
    if claimed_threat(frame, action, modality, sources, index, memory) or claimed_victory(frame, memory):
        return  # "there is no doubt they meant to harm …", "we have defeated X": claims, not acts
    own = sources[0].actor.group if len(sources) == 1 else None
    thing = asked_thing(frame, action.root)
    asked = asked_on(frame)
    targets = [
        r
        for r in resolve_all(asked or frame.targets, index, memory, nested=True, exclude=own)
        if not bad_target(r, action.root) and not town(r, place_root)
    ]
    if thing is not None:
        targets = authors(thing, action.root, index, memory, own)
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
    addressed = bool(asked) or (frame.control in ("appeal", "demand") and frame.target_via in ADDRESSEE_VIA)
    if targets:
        target_how = "dobj"
    elif (addressed and frame.lemma in ASKING) or thing is not None:
        pass  # "urged European countries to take back the fighters": asked of them, not the fighters
    else:
        targets = [
            r
            for r in resolve_all(frame.alt_targets, index, memory, nested=True, exclude=own)
            if not bad_target(r, action.root) and not town(r, place_root)
        ]
        target_how = "alternative" if targets else None
    if not targets and force:
        # "resumed its shelling of the port", "shot and injured escaping villagers"
        targets = [
            r
            for r in resolve_all(hidden_victims(frame, coder), index, memory, nested=True, exclude=own)
            if not bad_target(r, action.root)
        ]
        target_how = "alternative" if targets else None
    if force and frame.kind == "verb" and targets and all(place_like(t) for t in targets):
        # "retook the town from Isis": the side that loses the place is the target.
        losers = [
            r
            for r in resolve_all(
                tuple(taken_from(frame.trigger, frame.obj)), index, memory, nested=True, exclude=own
            )
            if not bad_target(r, action.root) and not place_like(r)
        ]
        if losers:
            targets, target_how = losers, "alternative"
    if not targets and action.root == "02":
        # "begged for their help": the appeal is to whoever "their" is.
        targets = [
            r
            for r in resolve_all(helpers(frame), index, memory, nested=False, exclude=own)
            if not bad_target(r, action.root)
        ]
        target_how = "alternative" if targets else None
    if (
        modality == "intended"
        and predicted(frame.mood)
        and others_word(frame, sources + targets, index, memory)
    ):
        # "the Americans will not protect you, he said": a forecast of another side's act, not its
        # plan (a visit the host announces is the host's word too)
        modality, action = "hypothetical", as_told
    located = [
        (t, r)
        for t in frame.places
        for r in memory.resolve(t, index, nested=True, loose=True)
        if not bad_target(r) and r.how in ("name", "nested")
    ]
    places = [r for _, r in located]
    place_text = place_name(frame.places, known={t.i for t, r in located if r.how == "name"})
    if places:
        # "bombed rebel positions in Syria": the place names whose rebels they are.
        targets = [memory.localise(t, places[0]) if generic(t.actor) else t for t in targets]
    elif force and any(generic(t.actor) and t.actor.sector in PEOPLE_OF_PLACE for t in targets):
        # "killed 80 people": civilians and armed men of no country are the place's, where the
        # sentence or the article makes the place clear.
        country = memory.place_country(index)
        if country is not None:
            targets = [
                memory.localise_in(t, country)
                if generic(t.actor) and t.actor.sector in PEOPLE_OF_PLACE
                else t
                for t in targets
            ]

    def draft(source: Resolved, target: Resolved | None, how: str | None) -> Draft:
        # A target named but of the source's own side ("pleads with its citizens") is no gap to fill.
        act = action
        if (
            verbal_fight
            and target is not None
            and (political(target.actor) or source.actor.sector in _WORDS_ONLY)
            and source.actor.kind != "group"
            and source.actor.sector not in ("MIL", "REB", "UAF", "COP", "SPY")
        ):
            # "Mr Cable attacked Labour's taxes", "clashed with Trump": words, not force; pushing a
            # person ("pushed him into a retreat") is pressure on them (a demand), not criticism.
            code = "100" if frame.lemma == "push" else "111"
            act = code_action(load_cameo(), code, verb=action.verb, text=action.text)
        if target is not None and act.root == "05" and frame.lemma in BACKING and armed(target.actor):
            # "Turkey backs the rebels", "supported the Free Syrian Army": aid to fighters, not praise.
            act = code_action(load_cameo(), "070", verb=action.verb, text=action.text)
        elif target is not None and act.cameo == "174" and rulers(target, frame.obj):
            # "ousted the elected government", "staged a coup against the president": an overthrow
            # (CAMEO's OVERTHROW, 180), not an expulsion of people.
            act = code_action(load_cameo(), "180", verb=action.verb, text=action.text)
        if (
            act.cameo == "173"
            and target is not None
            and len(target.span) > 0
            and target.span.root.ent_type_ in PLACE_ENTS
            and target.actor.sector == "CVL"
        ):
            # "Islamic State captured Raqqa": a place taken by force, not people detained.
            act = code_action(load_cameo(), "190", verb=action.verb, text=action.text)
        return Draft(
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
            refused=refused,  # "will not meet" reports a refusal (12x), as "refused to meet" does
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
            for r in resolve_all(frame.alt_targets, index, memory, nested=True, exclude=own)
            if not bad_target(r, action.root)
        ]
        target_how = "alternative"
    if any(not same_side(t.actor, s.actor) for t in targets for s in sources):
        for source in sources:
            for target in targets:
                if same_side(target.actor, source.actor) or own_party(source, target, action.root):
                    continue
                yield draft(source, target, target.how if target_how == "dobj" else target_how)
        return
    if mutual(frame, len(sources), modality):
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
        if not places and frame.lemma in ONE_SIDED_FORCE and any(map(placename, frame.places)):
            places = place_countries(frame.trigger, index, memory)
        for source in sources:
            for place in places:
                if not same_side(place.actor, source.actor):
                    yield draft(source, place, "place")
                    break
        return
    for source in sources:
        yield draft(source, None, None)
