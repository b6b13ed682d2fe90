"""Coding stage: turn a verb phrase into a coded Action (CAMEO code, Goldstein, QuadClass, PLOVER)."""

from __future__ import annotations

from kg.coding.cameo import CameoTable, VerbLexicon, load_cameo, load_verbs
from kg.coding.plover import plover_for
from kg.datamodel import Action

__all__ = ["CameoCoder", "code_action"]


class CameoCoder:
    """Codes verb phrases with the verb lexicon and the CAMEO table (an ``ActionCoder``).

    Examples:
        >>> coder = CameoCoder()
        >>> a = coder.code("reject", text="rejected")
        >>> (a.cameo, a.root, a.quad_class, a.plover)
        ('120', '12', 3, 'REJECT')
        >>> coder.code("sing") is None
        True
    """

    def __init__(self, verbs: VerbLexicon | None = None, table: CameoTable | None = None) -> None:
        self.verbs = verbs if verbs is not None else load_verbs()
        self.table = table if table is not None else load_cameo()

    def code(
        self,
        verb: str,
        *,
        particle: str | None = None,
        obj: str | None = None,
        text: str = "",
    ) -> Action | None:
        entry = self.verbs.lookup(verb, particle)
        if entry is None or entry.code not in self.table:
            return None
        return code_action(self.table, entry.code, verb=verb, text=text or verb)


def code_action(table: CameoTable, code: str, *, verb: str, text: str) -> Action:
    """An Action for a known CAMEO ``code``, with its label, root, QuadClass, Goldstein, PLOVER."""
    c = table[code]
    return Action(
        verb=verb,
        text=text,
        cameo=c.code,
        root=c.root,
        label=c.label,
        plover=plover_for(c.code),
        quad_class=c.quad_class,
        goldstein=c.goldstein,
    )
