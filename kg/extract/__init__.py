"""Extract stage: actions and their actor arguments, negation, modality, attribution and dates."""

from kg.extract.attribution import Quote, according_to, announcer, characterised, find_quotes
from kg.extract.clauses import verb_frame, verb_frames
from kg.extract.coreference import ArticleMemory, Resolved
from kg.extract.dates import event_date, resolve_relative
from kg.extract.events import extract_events
from kg.extract.frames import Frame
from kg.extract.merge import MIN_CONFIDENCE, confidence, merge_events
from kg.extract.modality import modality_of
from kg.extract.negation import is_negated
from kg.extract.nominal import noun_frames
from kg.extract.places import prep_role
from kg.extract.spans import noun_phrase
from kg.extract.statements import statement_frame, statement_frames

__all__ = [
    "MIN_CONFIDENCE",
    "ArticleMemory",
    "Frame",
    "Quote",
    "Resolved",
    "according_to",
    "announcer",
    "characterised",
    "confidence",
    "event_date",
    "extract_events",
    "find_quotes",
    "is_negated",
    "merge_events",
    "modality_of",
    "noun_frames",
    "noun_phrase",
    "prep_role",
    "resolve_relative",
    "statement_frame",
    "statement_frames",
    "verb_frame",
    "verb_frames",
]
