"""Evaluation: actor codes compared coarsely (country or organisation) and by sector.

Gold sets and kg name the same actor in different ways: CAMEO codes with region and sector
parts (``IGOEEU``, ``IGOUNOMIL``, ``IMGMUSISI``, ``SYRREB``), kg ids (``EU``, ``UN``, ``ISIS``),
PLOVER's lower-case tags (``SRBCVLalb``). The functions here reduce both sides to one key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["INTERGOVERNMENTAL", "NO_ACTOR", "actor_key", "coarse_code", "sector_code"]

#: The key of a missing actor (no target): compared like any other key.
NO_ACTOR = ""

#: Organisation and armed-group names in the codes gold sets and kg use → one key.
_NAMED = {
    "NATO": "NATO",
    "EU": "EU",
    "EEC": "EU",
    "EEU": "EU",
    "UN": "UN",
    "UNO": "UN",
    "NAT": "NATO",
    "ITP": "INTERPOL",
    "INTERPOL": "INTERPOL",
    "OSC": "OSCE",
    "OSCE": "OSCE",
    "AU": "AU",
    "AFU": "AU",
    "ARL": "ARL",
    "ISIS": "ISIS",
    "ISIL": "ISIS",
    "ISI": "ISIS",
    "IS": "ISIS",
    "ALQ": "ALQ",
    "HEZ": "HEZ",
    "HAMAS": "HAMAS",
    "HMS": "HAMAS",
    "SDF": "SDF",
    "YPG": "YPG",
    "PKK": "PKK",
    "HTS": "HTS",
    "KRG": "KRG",
    "TAL": "TAL",
}
#: Keys of intergovernmental organisations (what an unnamed "IGO" in a gold set can stand for).
INTERGOVERNMENTAL = frozenset(
    {"EU", "UN", "NATO", "OSCE", "AU", "ARL", "INTERPOL", "IAEA", "ILO", "IMF", "WB", "WHO", "WTO", "ASEAN"}
    | {"ECOWAS", "OPEC", "GCC", "OAS", "CIS", "SCO", "COE", "OIC", "UNHCR", "UNICEF", "ICC", "ICRC"}
)
#: CAMEO region codes that stand for themselves ("the West", Europe, the Middle East).
_REGIONS = frozenset({"WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAF", "SAF", "WAF", "EAF", "CAS", "SEA"})
#: Prefixes of international codes: IGO (intergovernmental), IMG (international militarized
#: group), NGO, MNC; a region and a religion code may follow before the organisation's own.
_INTERNATIONAL = ("IGO", "IMG", "NGO", "MNC")
_RELIGIONS = frozenset({"MUS", "MOS", "CHR", "JEW", "SHI", "SUN", "BUD", "HIN"})
_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "BUS", "MED", "CVL", "REF", "EDU", "HLH", "HRI", "LAB"}
)
_CODE = re.compile(r"[A-Z\-]+")


def _clean(code: str) -> str:
    m = _CODE.match(code.strip())
    return m.group(0) if m else ""


def _international(code: str) -> tuple[str, str]:
    """An IGO/IMG code split into (organisation key, rest): ``IGOUNOMIL`` → ``("UN", "MIL")``."""
    rest = code[3:]
    while len(rest) > 3 and (rest[:3] in _REGIONS or rest[:3] in _RELIGIONS or rest[:3] in _SECTORS):
        rest = rest[3:]
    org = rest[:3]
    if org in _NAMED:
        return _NAMED[org], rest[3:]
    return code[:3], rest


def _split(code: str) -> tuple[str, str]:
    """A code as (coarse key, sector part)."""
    code = _clean(code)
    if not code or code == "---":
        return NO_ACTOR, ""
    if code in _NAMED:
        return _NAMED[code], ""
    if code.startswith(_INTERNATIONAL):
        return _international(code)
    for size in (5, 4, 3):
        if code[:size] in _NAMED and size < len(code):
            return _NAMED[code[:size]], code[size:]
    return code[:3], code[3:]


def coarse_code(code: str | None) -> str:
    """The country or organisation an actor code names.

    Examples:
        >>> [coarse_code(c) for c in ("IGOEEU", "EU", "IGOUNOMIL", "USAGOV", "IMGMUSISI", "HEZ", "IGOCOPITP")]
        ['EU', 'EU', 'UN', 'USA', 'ISIS', 'HEZ', 'INTERPOL']
        >>> [coarse_code(c) for c in ("SRBCVLalb", "ISR***", "---", "", None, "---REB")]
        ['SRB', 'ISR', '', '', '', '---']
    """
    return _split(code or "")[0]


def sector_code(code: str | None) -> str:
    """The country or organisation with the first sector code (``SYRREB``, ``UNMIL``, ``---GOV``).

    Examples:
        >>> [sector_code(c) for c in ("RUSGOVMIL", "RUS", "IGOUNOMIL", "---GOV", "SRBCVLalb")]
        ['RUSGOV', 'RUS', 'UNMIL', '---GOV', 'SRBCVL']
    """
    key, rest = _split(code or "")
    return key + rest[:3] if key else NO_ACTOR


def actor_key(ref: Mapping[str, Any] | None, *, level: str = "coarse") -> str:
    """The key of an actor of a kg event record (``Event.to_dict()["source"]``).

    Organisations and armed groups are keyed by their own code, people by the country or
    organisation they belong to, countries and sectors by their country.

    Examples:
        >>> eu = {"id": "EU", "cameo": "IGOEEU", "kind": "organization", "country": None}
        >>> actor_key(eu), actor_key(eu, level="sector")
        ('EU', 'EU')
        >>> gov = {"id": "RUSGOV", "cameo": "RUSGOV", "kind": "sector", "country": "RUS"}
        >>> actor_key(gov), actor_key(gov, level="sector")
        ('RUS', 'RUSGOV')
        >>> nato_chief = {"id": "jens-stoltenberg", "cameo": "NATO", "kind": "person", "group": "NATO"}
        >>> actor_key(nato_chief)
        'NATO'
        >>> actor_key(None)
        ''
    """
    if ref is None:
        return NO_ACTOR
    kind = ref.get("kind")
    cameo = ref.get("cameo") or ""
    country = ref.get("country") or ""
    if level == "sector":
        if kind in ("organization", "group"):
            return sector_code(cameo or ref.get("id"))
        if cameo:
            return sector_code(cameo)
        return country or coarse_code(ref.get("group") or ref.get("id"))
    if kind in ("organization", "group"):
        return coarse_code(cameo or ref.get("id"))
    if kind == "person":
        group = ref.get("group") or ""
        if group and group != ref.get("id"):
            return coarse_code(group)
        return country or coarse_code(cameo) or str(ref.get("id"))
    if country:
        return country
    return coarse_code(cameo or ref.get("group") or ref.get("id"))
