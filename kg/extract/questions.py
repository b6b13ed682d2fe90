"""Extract stage: whether a clause is asked rather than told ("Will Egypt attack Sudan?", "“Why are
we fighting X?” he asked"): such an act is ``questioned``, not reported."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.negation import chain_indices
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asked"]


def asked(token: Token) -> bool:
    """Whether the clause of ``token`` is a question: the sentence's own, or a quoted one.

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("en")  # no parser: each word is its own clause
        >>> asked(nlp("Attack?")[0]), asked(nlp("Attack.")[0])
        (True, False)
    """
    table = token_table(token.doc)
    if "?" not in table.words():
        return False  # both checks below look for a "?"
    return _in_question(table, token.i) or _asks(token)


def _sentence_end(table: TokenTable, i: int) -> int:
    """The index of the last token before the next sentence start (or of the doc's last token)."""
    starts = table.sentence_starts
    after = bisect.bisect_right(starts, i)
    return (starts[after] if after < len(starts) else table.n) - 1


def _in_question(table: TokenTable, i: int) -> bool:
    end = _sentence_end(table, i)
    lower, quote = table.lower, table.quote
    # The last word that is no space or quote (a token is a space when its text, and so its lower
    # case, is all white space).
    last = next((j for j in range(end, i - 1, -1) if not lower[j].isspace() and not quote[j]), None)
    if last is None or lower[last] != "?":
        return False
    # Only the clause that carries the question, not a quoted statement inside it.
    head = table.head
    root = i
    while head[root] != root:
        root = head[root]
    return i == root or root in chain_indices(table, i) or head[i] == root


def _asks(token: Token) -> bool:
    """A clause whose own words end in a question mark, as a quoted question does ("“Why are we
    fighting X?” he asked"), reached through the verbs it continues, not through a reported clause."""
    doc = token.doc
    table = token_table(doc)
    dep, lower, head, children = table.dep, table.lower, table.head, table.children
    t = token.i
    for _ in range(6):
        if any(dep[c] == "punct" and lower[c] == "?" for c in children[t]):
            return True
        if dep[t] == "ccomp" or head[t] == t:
            break
        if dep[t] not in ("xcomp", "conj", "pcomp", "prep", "advcl"):
            return False
        t = head[t]
    else:
        return False
    after = doc[t].right_edge.i + 1  # the parser may hang the mark on the verb of saying
    return after < table.n and lower[after] == "?"
