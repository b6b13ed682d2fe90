"""Extract stage: assemble coded, actor-resolved events from a parsed article.

For each sentence in order: remember the actors it names (so pronouns and descriptions can find
them), build the frames of its verbs and event nouns, code each frame and resolve its source and
target. Targets a verb needs but the text leaves out are filled after the whole article is read,
from the actor the source deals with most (lower confidence). Mentions of the same act merge.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.coding.coder import CameoCoder
from kg.datamodel import ActionCoder, ActorResolver, Article, Event
from kg.extract.attribution import find_quotes
from kg.extract.clauses import sentence_verb_frames
from kg.extract.coreference import ArticleMemory
from kg.extract.drafts import Draft, event
from kg.extract.frame_codes import Memo, noun_lookup
from kg.extract.frame_drafts import frame_drafts
from kg.extract.frames import FrameWords
from kg.extract.implicit_targets import fill_implicit
from kg.extract.merge import MIN_CONFIDENCE, merge_events
from kg.extract.nominal import noun_frames
from kg.extract.sentence_actors import observe
from kg.extract.statement_drafts import reports, statement_drafts
from kg.extract.statements import STATEMENT_VERBS, statement_frames
from kg.extract.table import token_table
from kg.extract.target_checks import prefer_victims

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["extract_events"]

logger = logging.getLogger(__name__)


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
    lookup = noun_lookup(coder)
    memo = Memo()

    def wanted(words: FrameWords) -> bool:
        return memo.wanted(words, coder)  # a frame coding nothing gives no draft: not built further

    cameo = coder if isinstance(coder, CameoCoder) else None
    codable = cameo.knows if cameo is not None else (lambda lemma: True)
    drafts: list[Draft] = []
    statements: list[Draft] = []  # kept where nothing in the clause they report became an event
    reported: list[Token] = []
    for index, sentence in enumerate(sentences):
        memory.note_sentence(sentence, index)
    table = token_table(doc)
    pos, lemmas = table.pos, table.lemma
    for index, sentence in enumerate(sentences):
        # Only the words each step looks at are made Token objects (each step filters them again).
        words = range(sentence.start, sentence.end)
        named = [doc[i] for i in words if pos[i] in ("NOUN", "PROPN", "PRON")]
        observe(named, index, memory)
        found: list[Draft] = []
        nouns = [t for t in named if pos[t.i] != "PRON"]
        for frame in (
            *sentence_verb_frames(sentence, lambda lemma: lookup(lemma) is not None, codable, wanted),
            *noun_frames(nouns, lookup),
        ):
            found.extend(frame_drafts(frame, sentence, index, memory, coder, memo))
            if (
                frame.sources
                and memo.code(frame, coder) is not None
                and memo.modality(frame.mood) in ("asserted", "intended")
            ):
                # an act said to have happened or to be coming: no mere comment on its doer
                reported.append(frame.trigger)
        drafts.extend(prefer_victims(found))
        speech = [doc[i] for i in words if lemmas[i] in STATEMENT_VERBS]
        for frame in statement_frames(speech):
            statements.extend(statement_drafts(frame, sentence, index, memory, memo))
    kept = list(fill_implicit(drafts, memory))
    acts = [d.frame.trigger for d in kept] + reported
    kept += [s for s in statements if not any(reports(s.frame, t) for t in acts)]
    events = [event(d, article, memory) for d in kept]
    yield from (e for e in merge_events(events) if e.confidence >= min_confidence)
