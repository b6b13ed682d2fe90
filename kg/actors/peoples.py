"""Actors: the armed men and officials of a people without a state ("Kurdish fighters in Syria").

A mention of a stateless people's forces is not the army of the country they live in: their
fighters in Syria are the YPG, in Iraq the Peshmerga, in Turkey the PKK; elsewhere they are the
country's rebels. Their officials are not the country's government (except where the people govern
a region the table names, as the Kurdistan Regional Government in Iraq): they are its opposition.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.actors.sectors import sector_actor
from kg.datamodel import Actor

__all__ = ["STATELESS_WORDS", "stateless_actor"]

#: Words naming a people without a state, folded as ``tokenize`` folds them.
STATELESS_WORDS = frozenset({"kurdish", "kurd", "kurds"})
#: The people's own armed group, by the country they fight in.
_ARMED_GROUP = {"SYR": "YPG", "IRQ": "PESH", "TUR": "PKK"}
#: The people's own government, by country.
_OWN_GOVERNMENT = {"IRQ": "KRG"}
_ARMED_SECTORS = frozenset({"MIL", "UAF", "REB", "PRM", "INS", "SPY"})
_RULING_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI", "COP"})


def stateless_actor(keys: list[str], found: Actor, lookup: Callable[[str], Actor | None]) -> Actor:
    """``found`` (a country's sector read from a mention's words ``keys``) as the stateless people's
    own when the mention names one; else ``found`` unchanged.

    Args:
        keys: the mention's folded words.
        found: the actor the mention resolved to.
        lookup: canonical actor by id (``Gazetteer.actor``).

    Examples:
        >>> syr = Actor("SYR", "Syria", "country", country="SYR", cameo="SYR")
        >>> mil = sector_actor(syr, "MIL")
        >>> ypg = Actor("YPG", "People's Protection Units", "group", country="SYR", cameo="YPG")
        >>> known = {"SYR": syr, "YPG": ypg}.get
        >>> stateless_actor(["kurdish", "forces"], mil, known).id
        'YPG'
        >>> stateless_actor(["kurdish", "officials"], sector_actor(syr, "GOV"), known).id
        'SYROPP'
        >>> stateless_actor(["syrian", "forces"], mil, known).id
        'SYRMIL'
        >>> stateless_actor(["non", "kurdish", "forces"], mil, known).id
        'SYRMIL'
    """
    if not STATELESS_WORDS.intersection(keys) or found.kind != "sector" or not found.country:
        return found
    if any(k in STATELESS_WORDS and i > 0 and keys[i - 1] == "non" for i, k in enumerate(keys)):
        return found  # "non-Kurdish rebel factions": anyone but them
    if found.group != found.country:
        return found  # "Kurdish YPG fighters": a group already named
    country = lookup(found.country)
    if country is None:
        return found
    if found.sector in _ARMED_SECTORS:
        group = lookup(_ARMED_GROUP.get(found.country, ""))
        return group if group is not None else sector_actor(country, "REB")
    if found.sector in _RULING_SECTORS:
        own = lookup(_OWN_GOVERNMENT.get(found.country, ""))
        return own if own is not None else sector_actor(country, "OPP")
    return found
