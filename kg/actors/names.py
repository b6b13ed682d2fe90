"""Actors stage: name normalisation shared by the index builders and the resolver."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = ["Token", "fold", "normalize_name", "slugify", "tokenize"]

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "&": " and ",
    }
)
#: ``_QUOTES`` as (replacement, character) pairs (no replacement holds a character replaced).
_QUOTE_CHARS = tuple((plain, chr(fancy)) for fancy, plain in _QUOTES.items())
_EDGE = " \t\n\"'.,;:()[]{}!?*"
_DETERMINERS = frozenset({"the", "a", "an"})
_SPLIT = re.compile(r"[\s\-/]+")
_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of ``text``: accents removed, quotes and dashes made plain.

    Examples:
        >>> fold("Jüri Ratas’")
        "juri ratas'"
        >>> fold("Khürelsükh")
        'khurelsukh'
    """
    for plain, fancy in _QUOTE_CHARS:  # str.translate with a dict is slow on a whole article
        if fancy in text:
            text = text.replace(fancy, plain)
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    # The combining marks NFKD split off, deleted one by one: an article has few distinct ones, and
    # ``str.replace`` is many times faster than ``str.translate`` with a dict on a long text.
    for mark in [ch for ch in set(text) if unicodedata.combining(ch)]:
        text = text.replace(mark, "")
    return text.lower()


class Token(NamedTuple):
    """One word of a mention: its folded key and whether the original was capitalised or all caps."""

    key: str
    upper: bool
    capital: bool
    possessive: bool = False


def _clean_word(word: str) -> tuple[str, bool]:
    possessive = False
    for suffix in ("'s", "s'"):
        if word.endswith(suffix) and len(word) > 2:
            word = word[:-2] if suffix == "'s" else word[:-1]
            possessive = True
            break
    word = word.replace(".", "").strip(_EDGE)
    return word, possessive


# Words already read: a raw word → its token (None: no word; _POSSESSIVE: a detached "'s").
# Mentions repeat their words ("Russian", "officials") far more than whole names, so this memo
# pays even when every mention is new. Cleared when full, so untrusted text cannot grow it forever.
_WORD_MEMO: dict[str, Token | None] = {}
_WORD_MEMO_MAX = 200_000
_POSSESSIVE = Token("'s", False, False, True)
#: The last text read and its words (one tuple, so that it is replaced at once).
_LAST: tuple[str, tuple[Token, ...]] = ("", ())
_MISSING = Token("", False, False)


def _read_word(raw: str) -> Token | None:
    if raw in ("'s", "'"):
        return _POSSESSIVE
    word, possessive = _clean_word(raw)
    if not word:
        return None
    key = fold(word)
    if not key.strip(_EDGE):
        return None
    if word.isascii():
        upper = word.isupper()  # in ASCII every letter has a case
    else:
        letters = [c for c in word if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
    return Token(key, upper, word[:1].isupper(), possessive)


def tokenize(text: str) -> list[Token]:
    """The words of a mention, folded, without punctuation, possessives or a leading article.

    Hyphens and slashes separate words and full stops vanish ("U.S." → ``us``), so the index and
    the mentions meet on one form.

    Examples:
        >>> [t.key for t in tokenize("The Kremlin’s")]
        ['kremlin']
        >>> [(t.key, t.upper) for t in tokenize("U.S. troops")]
        [('us', True), ('troops', False)]
        >>> [t.key for t in tokenize("Kassym-Jomart Tokayev")]
        ['kassym', 'jomart', 'tokayev']
        >>> [t.possessive for t in tokenize("Chile's Ministry")]
        [True, False]
        >>> [t.possessive for t in tokenize("the allies ' plans")]
        [True, False]
    """
    global _LAST
    last_text, last_tokens = _LAST
    if text == last_text:
        return list(last_tokens)  # the resolver reads a new mention twice: its words, then its names
    out = _tokenize(text)
    _LAST = (text, tuple(out))
    return out


def _tokenize(text: str) -> list[Token]:
    if not text.isascii() or "&" in text or "`" in text:
        text = text.translate(_QUOTES)
    # str.split splits on the same whitespace as the pattern's \s, and is many times faster.
    parts = _SPLIT.split(text) if "-" in text or "/" in text else text.split()
    memo = _WORD_MEMO
    out: list[Token] = []
    for raw in parts:
        token = memo.get(raw, _MISSING)
        if token is _MISSING:
            token = _read_word(raw)
            if len(memo) >= _WORD_MEMO_MAX:
                memo.clear()
            memo[raw] = token
        if token is None:
            continue
        if token is _POSSESSIVE:
            if out:
                last = out[-1]
                out[-1] = Token(last.key, last.upper, last.capital, True)
            continue
        out.append(token)
    while out and out[0].key in _DETERMINERS:
        out.pop(0)
    return out


def normalize_name(text: str) -> str:
    """The index key of a name: folded words joined by single spaces.

    Examples:
        >>> normalize_name("  the Kremlin’s ")
        'kremlin'
        >>> normalize_name("U.S.")
        'us'
        >>> normalize_name("Al-Qaeda")
        'al qaeda'
        >>> normalize_name(normalize_name("“NATO”"))
        'nato'
    """
    return " ".join(t.key for t in tokenize(text))


def slugify(text: str) -> str:
    """An IRI-safe id for a person or an unknown actor.

    Examples:
        >>> slugify("Jean-Yves Le Drian")
        'jean-yves-le-drian'
        >>> slugify("Hashim Thaçi")
        'hashim-thaci'
    """
    return _SLUG.sub("-", fold(text)).strip("-")
