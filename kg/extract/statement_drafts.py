"""Statement drafts: a named speaker's comment on the first actor of another side its clause is about."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.coding.cameo import load_cameo
from kg.coding.coder import code_action
from kg.extract.coreference import DESCRIPTION_WORDS, ArticleMemory, Resolved, generic
from kg.extract.drafts import Draft
from kg.extract.frame_codes import Memo, verb_text
from kg.extract.frames import Frame
from kg.extract.history import dated_long_ago
from kg.extract.modality import modality_of
from kg.extract.negation import is_negated
from kg.extract.sentence_actors import resolve_all
from kg.extract.spans import PEOPLE_NOUNS, PLACE_NOUNS
from kg.extract.statements import reported_doer, standing_claim, statement_code
from kg.extract.target_checks import media_mention
from kg.extract.timeline import set_long_ago

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


__all__ = ["reports", "statement_drafts"]


def reports(frame: Frame, trigger: Token) -> bool:
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
    if generic(actor) or media_mention(r):
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


def statement_drafts(
    frame: Frame, sentence: Span, index: int, memory: ArticleMemory, memo: Memo | None = None
) -> Iterator[Draft]:
    """A statement by a named speaker about the first actor of another side its clause is about."""
    sources = [r for r in resolve_all(frame.sources, index, memory, nested=False) if _political_voice(r)]
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
            if code not in ("100", "020"):
                continue  # criticism is of whom the clause condemns, not of whom it is told to
        elif code in ("100", "020") and told:
            continue  # a demand is made of whom it is told to, not of whom it names
        if any(r.actor.group in own for c in token.conjuncts for r in memory.resolve(c, index, nested=False)):
            continue  # "the UK and US would …" said by a Briton: the speaker's side and its ally
        for r in memory.resolve(token, index, nested=True):
            if generic(r.actor) or media_mention(r) or r.actor.group in own:
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
    if dated_long_ago(frame.trigger, memory.date) or set_long_ago(frame.trigger, memory.date):
        return  # "in 2016 said …", "told him last year …": said long before the news
    modality = memo.modality(frame.mood) if memo is not None else modality_of(frame.mood)
    if modality != "asserted" or is_negated(frame.mood):
        return  # "will use the UN to claim …", "did not say": no statement was made
    action = code_action(load_cameo(), code, verb=frame.lemma, text=verb_text(frame.trigger))
    for source in sources:
        yield Draft(
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
