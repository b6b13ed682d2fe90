"""Ingest stage: tell English text from other languages cheaply, without a model."""

from __future__ import annotations

import re

__all__ = ["english_share", "looks_english"]

#: Function words frequent in English and rare as words of other languages written in Latin script.
_ENGLISH_WORDS = """
    the of and to that for with was were been has have had this these those which who whom whose
    would could should will shall said says not but are his her their they them she it its from
    by than then there what when where while about after before because into over under also
    more most other such only just being any some very our your we you you're it's
"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000
#: Below this many words the share says little: short texts are taken as English.
MIN_WORDS = 30
#: Measured: the 300 English corpus articles score 0.24-0.47 (median 0.32), English eval sentences
#: of 30+ words down to 0.10 (name-heavy wire sentences); paragraphs in French, German, Spanish,
#: Italian, Portuguese, Dutch and Swahili 0.00-0.014; Cyrillic, Arabic and Chinese 0.
THRESHOLD = 0.05


def english_share(text: str) -> tuple[float, int]:
    """The share of English function words among the words of ``text`` (its first 20,000
    characters), and the number of words counted. Letters outside Latin script count as words
    that are not English, one word per four letters.

    Examples:
        >>> share, words = english_share("The minister said that the talks would go on.")
        >>> round(share, 2), words
        (0.56, 9)
        >>> english_share("Le ministre a dit que les négociations continueraient.")[0]
        0.0
    """
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    latin = [w for w in words if w.isascii() or all(c <= "\u024f" for c in w)]
    other_letters = sum(len(w) for w in words) - sum(len(w) for w in latin)
    total = len(latin) + other_letters // 4
    if total == 0:
        return 0.0, 0
    hits = sum(w.lower() in _ENGLISH for w in latin)
    return hits / total, total


def looks_english(text: str) -> bool:
    """Whether ``text`` is English or too short to tell.

    Examples:
        >>> looks_english("Short, no verdict.")
        True
        >>> looks_english("Россия и Украина провели переговоры в Стамбуле. " * 5)
        False
    """
    share, words = english_share(text)
    return words < MIN_WORDS or share >= THRESHOLD
