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

__all__ = ["Ambiguity", "Reading", "decide", "find_cues"]


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
    return len(set(find_cues(cues, article)))


#: What :func:`cue_pattern` puts around its alternatives, and the characters ``re.escape`` escapes.
_BEFORE, _AFTER = "(?<![a-z0-9])(?:", ")(?![a-z0-9])"
_ESCAPED = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")
_SPECIAL = frozenset("()[]{}?*+|^$\\.")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_RUN = re.compile("[a-z0-9]+")


@functools.lru_cache(maxsize=1024)
def _cue_words(cues: re.Pattern[str]) -> tuple[tuple[str, str], ...] | None:
    """The cues of a :func:`cue_pattern` pattern as plain strings, in the pattern's order, each with
    the run of letters and digits it begins with; None for a pattern not made so (or with an empty
    cue)."""
    text = cues.pattern
    if cues.flags != re.UNICODE or not (text.startswith(_BEFORE) and text.endswith(_AFTER)):
        return None
    words: list[str] = []
    word: list[str] = []
    escaped = False
    for ch in text[len(_BEFORE) : -len(_AFTER)]:
        if escaped:
            if ch not in _ESCAPED:
                return None  # a class such as \d, not an escaped character
            word.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            words.append("".join(word))
            word = []
        elif ch in _SPECIAL:
            return None
        else:
            word.append(ch)
    words.append("".join(word))
    if escaped or not all(words):
        return None
    return tuple((w, m.group() if (m := _RUN.match(w)) else "") for w in words)


@functools.lru_cache(maxsize=4)
def _runs(text: str) -> frozenset[str]:
    """The runs of letters and digits of a text (its words, as the cue patterns see them)."""
    return frozenset(_RUN.findall(text))


def find_cues(cues: re.Pattern[str], text: str) -> list[str]:
    """``cues.findall(text)`` for a :func:`cue_pattern` pattern, found with ``str.find``: a regex
    that begins with a lookbehind is tried at every position of a text, slow on a whole article.

    As the regex does, it takes at each place the first cue (in the pattern's order) written there
    as whole words, and goes on after it.

    Examples:
        >>> cues = cue_pattern(["eu", "european union"])
        >>> text = "the european union, the eu and europe: eu. xeu"
        >>> find_cues(cues, text)
        ['european union', 'eu', 'eu']
        >>> find_cues(cues, text) == cues.findall(text)
        True
    """
    words = _cue_words(cues)
    if words is None:
        return cues.findall(text)
    size = len(text)
    runs = _runs(text)
    first: dict[int, int] = {}  # where a cue starts → where the first one written there ends
    for word, lead in words:
        if lead and lead not in runs:
            continue  # a whole-word cue starts with a whole run of the text ("eu" is none in "europe")
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                at not in first
                and (at == 0 or text[at - 1] not in _WORD_CHARS)
                and (end == size or text[end] not in _WORD_CHARS)
            ):
                first[at] = end
            at = text.find(word, at + 1)
    found: list[str] = []
    done = 0
    for start in sorted(first):
        if start >= done:
            done = first[start]
            found.append(text[start:done])
    return found


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
