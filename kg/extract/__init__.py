"""Extract stage: actions and their actor arguments, negation, modality and dates from parsed text."""

from kg.extract.clauses import Clause, verb_clauses
from kg.extract.dates import event_date, resolve_relative
from kg.extract.events import extract_events
from kg.extract.modality import is_negated, modality_of
from kg.extract.spans import noun_phrase

__all__ = [
    "Clause",
    "event_date",
    "extract_events",
    "is_negated",
    "modality_of",
    "noun_phrase",
    "resolve_relative",
    "verb_clauses",
]
