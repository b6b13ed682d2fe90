"""Evaluation (no pipeline stage): score extracted events against gold sets with ``kg eval``."""

from kg.evaluate.codes import actor_key, coarse_code, sector_code
from kg.evaluate.gold import GoldEvent, GoldSentence, GoldSet, read_gold
from kg.evaluate.match import Score, match_sentence
from kg.evaluate.report import EvalReport, SentenceResult, format_report
from kg.evaluate.score import evaluate

__all__ = [
    "EvalReport",
    "GoldEvent",
    "GoldSentence",
    "GoldSet",
    "Score",
    "SentenceResult",
    "actor_key",
    "coarse_code",
    "evaluate",
    "format_report",
    "match_sentence",
    "read_gold",
    "sector_code",
]
