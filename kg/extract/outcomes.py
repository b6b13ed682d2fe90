"""Extract stage: what the verbs over an act say of its outcome: stopped, or tried and made anyway.

"Will no longer supply arms" and "stopped funding the army" are not refusals of aid but aid
reduced (CAMEO 16). "Failed to persuade Ruritania to sign" and "tried to convince Moscow" are appeals
that were made: the persuading failed or was only tried, not the asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.negation import verb_chain

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["STOPPING", "appeal_made", "deal_sought", "stopped"]

#: Verbs over an act that end it ("stopped supplying", "ceased funding").
STOPPING = frozenset({"stop", "cease", "quit"})
#: Verbs over an appeal that tell of its result or effort, not of whether it was made.
_EFFORT = frozenset({"fail", "try", "attempt", "seek", "strive", "endeavour", "endeavor"})
#: Verbs that ask someone to act: the asking is the act, whatever came of it.
_ASKING = frozenset(
    {"persuade", "convince", "urge", "press", "pressure", "pressurise", "pressurize", "lobby", "coax"}
)
_NEGATORS = frozenset({"not", "n't", "never"})
#: Verbs of effort that seek a deal (not "failed to reach agreement": no deal, a rejection).
_SEEKING = _EFFORT - {"fail"}
#: Verbs that make a deal, and the deals they make ("strike/reach/seal a deal").
_DEALING = frozenset({"strike", "reach", "seal", "clinch", "conclude", "broker", "cut", "secure", "agree"})
_DEALS = frozenset({"deal", "agreement", "accord", "bargain", "pact", "treaty", "settlement", "compromise"})


def deal_sought(token: Token) -> bool:
    """Whether ``token`` makes a deal ("strike a deal", "reach an agreement") that a verb of effort
    over it seeks ("sought to strike a deal", "tried to reach an agreement"): the seeking is a
    negotiation (CAMEO 04), whatever came of it ("failed to reach agreement" is no deal: 12).

    >>> import spacy
    >>> deal_sought(spacy.blank("en")("strike")[0])  # no parse: nothing sought
    False
    """
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in _SEEKING:
        return False
    if token.lemma_.lower() not in _DEALING:
        return False
    return any(
        c.dep_ in ("dobj", "prep")
        and (c.lemma_.lower() in _DEALS or any(g.lemma_.lower() in _DEALS for g in c.children))
        for c in token.children
    )


def _no_longer(token: Token) -> bool:
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in token.children
    )


def stopped(token: Token) -> bool:
    """Whether the act of ``token`` is said to stop: "no longer" on it or a verb over it, or a verb
    over it that ends it.

    >>> import spacy
    >>> stopped(spacy.blank("en")("supply")[0])  # no parse: nothing over it
    False
    """
    chain = verb_chain(token)
    return any(_no_longer(v) for v in chain) or any(v.lemma_.lower() in STOPPING for v in chain[1:])


def appeal_made(token: Token) -> bool:
    """Whether an asking verb under "failed to" or "tried to" ("failed to persuade Russia", "has
    tried to convince Moscow") tells of an appeal made: nothing over it is negated, and the verb it
    hangs from is told as done (not "will try").

    >>> import spacy
    >>> appeal_made(spacy.blank("en")("persuade")[0])  # no parse: no effort over it
    False
    """
    chain = verb_chain(token)
    if (token.lemma_.lower() not in _ASKING and not deal_sought(token)) or len(chain) < 2:
        return False
    if not all(v.lemma_.lower() in _EFFORT for v in chain[1:]):
        return False
    top = chain[-1]
    if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for v in chain for c in v.children):
        return False  # "did not try to persuade"
    aux = [c for c in top.children if c.dep_ == "aux"]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False  # "will try to persuade", "to try to persuade": not (yet) made
    return top.tag_ in ("VBD", "VBN", "VBZ") or (top.tag_ == "VBG" and bool(aux))
