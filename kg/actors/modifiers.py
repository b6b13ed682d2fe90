"""Actors stage: words around a name that change what it says about the actor of a mention.

"pro-Russia rebels", "Iran-backed militias" and "anti-Assad forces" name a sponsor or an enemy,
not the actor: the actor is the head (rebels, militias, forces) of whatever country the context
gives. "Assad's allies" are not Assad; "the Trudeau government" is Canada's government; "east
London" is a part of London, not a seat of government; "UN ambassador X" is accredited to the UN,
not its official.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DIRECTIONS",
    "HONORIFICS",
    "ORG_HEADS",
    "PLACE_HEADS",
    "PERSON_GOVERNMENT",
    "RELATIONS",
    "SPONSOR_AFTER",
    "SPONSOR_BEFORE",
    "TITLES_TO",
    "relation_after",
    "sponsor_position",
]

#: "pro-Russia", "anti-Assad": the name after these words is a cause, not the actor.
SPONSOR_BEFORE = frozenset({"pro", "anti", "non"})
#: "Iran-backed", "US-trained": the name before these words is a sponsor, not the actor ("-led"
#: stays the owner: a "US-led coalition" is the United States' coalition).
SPONSOR_AFTER = frozenset(
    {
        "backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "equipped",
        "allied", "aligned", "affiliated", "linked", "inspired", "friendly", "leaning", "oriented",
        "loyal", "loyalist", "style",
    }
)  # fmt: skip
#: "Assad's allies", "Iran's enemies": the possessor is the other side of the relation.
RELATIONS = frozenset(
    {
        "ally", "allies", "backer", "backers", "supporter", "supporters", "sponsor", "sponsors",
        "patron", "patrons", "proxy", "proxies", "opponent", "opponents", "enemy", "enemies", "foe",
        "foes", "rival", "rivals", "critic", "critics", "adversary", "adversaries", "victim",
        "victims", "partner", "partners", "friend", "friends",
    }
)  # fmt: skip
#: Words that make a compass direction of the word before a city: "east London", "northern Iraq".
DIRECTIONS = frozenset(
    {
        "east", "west", "north", "south", "central", "eastern", "western", "northern", "southern",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "upper", "lower", "downtown", "suburban", "outer", "inner",
    }
)  # fmt: skip
#: Words before a surname that are no first name.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "lord", "lady", "prof", "rev", "sheikh", "mx"}
)
#: A person's name before these words stands for the country they lead ("the Trudeau government").
PERSON_GOVERNMENT = frozenset({"government", "administration", "regime", "cabinet", "ministry"})
#: Titles that accredit a person to an organisation without making them its official ("UN
#: ambassador Vassily Nebenzia" speaks for Russia).
TITLES_TO = frozenset({"ambassador", "ambassadors", "representative", "representatives", "delegate"})
#: Last words of organisation names: capitalised words ending so are no person's name.
ORG_HEADS = frozenset(
    {
        "party", "movement", "commission", "committee", "council", "secretariat", "dialogue",
        "defence", "defense", "policy", "care", "crescent", "cross", "helmets", "relief",
        "legion", "union", "front", "army", "force", "forces", "group", "alliance", "coalition",
        "organisation", "organization", "association", "agency", "ministry", "department", "office",
        "institute", "foundation", "network", "brigade", "brigades", "battalion", "battalions",
        "unit", "units", "court", "assembly", "congress", "parliament", "government", "authority",
        "authorities", "company", "corporation", "bank", "university", "school", "college",
        "centre", "center", "observatory", "federation", "league", "society", "club", "church",
        "mosque", "service", "services", "command", "corps", "guard", "guards", "police", "board",
        "bureau", "tribunal", "conference", "summit", "programme", "program", "fund", "trust",
        "campaign", "initiative", "project", "mission", "directorate", "administration", "cabinet",
        "senate", "house", "embassy", "consulate", "hospital", "airport", "base", "camp", "prison",
        "news", "times", "post", "press", "radio", "television", "tv", "channel", "magazine",
        "journal", "media", "watch", "international", "brotherhood", "state",
        "republic", "kingdom", "emirate", "caliphate", "regime", "militia", "militias",
    }
)  # fmt: skip


#: Words after a city's name that make the words a place in it, not its government ("Damascus
#: airport", "Moscow's suburbs").
PLACE_HEADS = frozenset(
    {
        "airport", "airbase", "base", "port", "harbour", "harbor", "station", "square", "street",
        "road", "district", "province", "governorate", "suburb", "suburbs", "outskirts",
        "countryside", "hospital", "prison", "camp", "university", "stadium", "mosque", "church",
        "market", "international", "old", "city", "centre", "center", "area", "region",
    }
)  # fmt: skip


def sponsor_position(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether the name at ``keys[start:end]`` is a sponsor or a cause, not the mention's owner.

    Examples:
        >>> sponsor_position(["pro", "russia", "rebels"], 1, 2)
        True
        >>> sponsor_position(["iran", "backed", "militias"], 0, 1)
        True
        >>> sponsor_position(["us", "led", "coalition"], 0, 1)
        False
    """
    if start > 0 and keys[start - 1] in SPONSOR_BEFORE:
        return True
    return end < len(keys) and keys[end] in SPONSOR_AFTER


def relation_after(keys: Sequence[str], end: int) -> bool:
    """Whether a relation word follows the name ending at ``end`` ("Assad's allies", "US proxies").

    Examples:
        >>> relation_after(["assad", "allies"], 1), relation_after(["assad", "forces"], 1)
        (True, False)
    """
    return end < len(keys) and keys[end] in RELATIONS
