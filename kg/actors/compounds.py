"""Actors stage: compound place names that read as a part of a bigger place elsewhere ("East London").

GeoNames lists East London, a South African city; in a British article "East London" is the east of
London. A place named by a compass word and the name of a place of another country, many times
bigger (or a country), is made ambiguous: each reading's cues are the names of its country, and the
context decides, else the name stays unresolved. Written in lower case ("east London") the compass
word only describes the bigger place, which the resolver reads on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.actors.context import Ambiguity, Reading, cue_pattern
from kg.actors.modifiers import DIRECTIONS

__all__ = ["COMPASS", "compound_readings"]

#: Compass words that begin compound place names ("East London", "West Jordan").
COMPASS = frozenset(w for w in DIRECTIONS if w not in ("downtown", "suburban", "outer", "inner"))
#: How many times bigger the other place must be for the compound to be ambiguous (London is ~19
#: times East London; Jerusalem only twice East Jerusalem, which stays Palestinian).
BIGGER = 5


def compound_readings(
    places: Mapping[str, tuple[str, int]],
    countries: Mapping[str, str],
    country_names: Mapping[str, Iterable[str]],
) -> dict[str, Ambiguity]:
    """The ambiguous compounds of ``places`` with their two readings.

    Args:
        places: place key → (ISO3, population).
        countries: folded country names and capitals → ISO3 (a country counts as bigger).
        country_names: ISO3 → the names that show the country is meant (cues).

    Examples:
        >>> places = {"east london": ("ZAF", 478_676), "london": ("GBR", 8_961_989),
        ...           "east jerusalem": ("PSE", 428_304), "jerusalem": ("ISR", 971_800)}
        >>> names = {"GBR": ["united kingdom", "british", "london"], "ZAF": ["south africa"]}
        >>> found = compound_readings(places, {}, names)
        >>> sorted(found), [r.actor_id for r in found["east london"].readings]
        (['east london'], ['ZAF', 'GBR'])
        >>> bool(found["east london"].readings[1].cues.search("british"))
        True
        >>> bool(found["east london"].readings[1].cues.search("london"))
        False
    """
    found: dict[str, Ambiguity] = {}
    for key, (code, population) in places.items():
        first, _, base = key.partition(" ")
        if first not in COMPASS or not base:
            continue
        other: str | None = None
        if base in countries:
            other = countries[base]
        elif base in places and places[base][1] >= BIGGER * population:
            other = places[base][0]
        if other is None or other == code:
            continue
        words = set(key.split())
        readings = []
        for reading_code in (code, other):
            # The compound's own words are no cue: "London" inside "East London" tells nothing.
            cues = sorted({n for n in country_names.get(reading_code, ()) if words.isdisjoint(n.split())})
            if cues:
                readings.append(Reading(reading_code, None, cue_pattern(cues), place=True))
        if len(readings) == 2:
            found[key] = Ambiguity(key, tuple(readings), needs_capital=True)
    return found
