"""Actors stage: ambiguous names (Brussels, Washington, Georgia, "the West", "the alliance") from context.

Each ambiguous name has readings; each reading has cue words. The sentence counts three times as
much as the rest of the article. A reading wins only when it has cues and at least twice the score
of the next; otherwise the name stays unresolved: never a silent guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.actors.names import fold

__all__ = ["Ambiguity", "Reading", "decide"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of an ambiguous name: the actor id (and sector) it means, and its cue words.

    ``place``: the reading is a place (a city stands for its people, not its government).
    """

    actor_id: str
    sector: str | None
    cues: re.Pattern[str]
    place: bool = False


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """An ambiguous name and its readings."""

    name: str
    readings: tuple[Reading, ...]
    needs_capital: bool = True


def cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """One regex matching any cue as whole words, in folded text.

    Examples:
        >>> bool(cue_pattern(["nato", "stoltenberg"]).search("the nato summit"))
        True
        >>> bool(cue_pattern(["eu"]).search("europe"))
        False
    """
    alternatives = "|".join(sorted((re.escape(fold(c)) for c in cues), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


@functools.lru_cache(maxsize=16)
def _folded(text: str) -> str:
    """``fold`` of a sentence, kept for the next ambiguous name of the same sentence."""
    return fold(text)


@functools.lru_cache(maxsize=4)
def _folded_article(text: str) -> str:
    """``fold`` of an article, kept for its next ambiguous name (sentences do not push it out)."""
    return fold(text)


@functools.lru_cache(maxsize=256)
def _article_cues(cues: re.Pattern[str], article: str) -> int:
    """How many different cues an article names, counted once per reading and article."""
    return len(set(cues.findall(article)))


def _score(reading: Reading, sentence: str, article: str) -> int:
    in_sentence = len(set(reading.cues.findall(sentence)))
    in_article = _article_cues(reading.cues, article)
    return 3 * in_sentence + in_article


def decide(ambiguity: Ambiguity, sentence: str = "", article: str = "") -> Reading | None:
    """The reading the context supports, or None when it does not decide.

    Args:
        ambiguity: the name and its readings.
        sentence: the sentence of the mention (folded or not).
        article: the whole article text (folded or not).

    Examples:
        >>> amb = Ambiguity("brussels", (Reading("EU", None, cue_pattern(["eu", "european commission"])),
        ...                              Reading("BEL", "GOV", cue_pattern(["belgian", "belgium"]))))
        >>> decide(amb, "Brussels and the EU's member states agreed.").actor_id
        'EU'
        >>> decide(amb, "Brussels said so.") is None
        True
    """
    sentence, article = _folded(sentence), _folded_article(article)
    scored = sorted(
        ((_score(r, sentence, article), i) for i, r in enumerate(ambiguity.readings)), reverse=True
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[0][0] < 2 * scored[1][0]:
        return None
    return ambiguity.readings[scored[0][1]]
