"""Evaluation: match predicted event keys to gold keys sentence by sentence and count."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Key", "Score", "SentenceMatch", "match_sentence"]

#: (source key, target key, root) for CAMEO; (source key, "", category) for PLOVER.
Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Score:
    """True positives, false positives and false negatives, with precision, recall and F1.

    Examples:
        >>> s = Score(3, 1, 2)
        >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)
        (0.75, 0.6, 0.67)
        >>> Score(0, 0, 0).f1
        0.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """How one sentence's predictions met its gold events (keys deduplicated)."""

    hits: tuple[Key, ...] = ()
    false_alarms: tuple[Key, ...] = ()
    misses: tuple[Key, ...] = ()
    optional_hits: tuple[Key, ...] = field(default=())

    @property
    def score(self) -> Score:
        return Score(len(self.hits), len(self.false_alarms), len(self.misses))


def match_sentence(
    gold: Iterable[Key], predicted: Iterable[Key], *, optional: Iterable[Key] = ()
) -> SentenceMatch:
    """Match the keys of one sentence; a prediction that only matches an optional key counts neither way.

    Examples:
        >>> m = match_sentence([("NATO", "RUS", "12")], [("NATO", "RUS", "12"), ("RUS", "NATO", "10"),
        ...                     ("NATO", "RUS", "12")], optional=[("RUS", "NATO", "10")])
        >>> m.score, m.optional_hits
        (Score(tp=1, fp=0, fn=0), (('RUS', 'NATO', '10'),))
    """
    gold_set = set(gold)
    optional_set = set(optional) - gold_set
    predicted_set = set(predicted)
    return SentenceMatch(
        hits=tuple(sorted(predicted_set & gold_set)),
        false_alarms=tuple(sorted(predicted_set - gold_set - optional_set)),
        misses=tuple(sorted(gold_set - predicted_set)),
        optional_hits=tuple(sorted(predicted_set & optional_set)),
    )
