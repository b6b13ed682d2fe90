"""Coding stage: CAMEO codes of acts that are intended, threatened, refused, asked for or negated.

"Agreed to lift sanctions" is CAMEO's intent to ease sanctions (0354), "threatened to impose
sanctions" a threat of sanctions (132), "refused to meet" a rejection (125), "urged X to negotiate"
an appeal to negotiate (026), "demanded that X withdraw" a demand that X yields (105), "will no
longer supply arms" a reduction of military aid (1622). These maps
follow the parallel structure of the CAMEO roots 02/03/10/12/13 over the roots they refer to.
"""

from __future__ import annotations

from typing import Literal

from kg.coding.cameo import load_cameo
from kg.coding.coder import code_action
from kg.datamodel import Action

__all__ = [
    "How",
    "appeal_code",
    "demand_code",
    "halt_code",
    "intent_code",
    "plan_code",
    "recode",
    "refusal_code",
    "threat_code",
]

How = Literal["intent", "plan", "threat", "refusal", "appeal", "demand", "negated", "halted"]

# Sub-code of a cooperative act → the intent (03x), appeal (02x), demand (10x), rejection (12x) code.
_INTENT = {"04": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036", "05": "032"}
_INTENT.update({"057": "030", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314"})
_INTENT.update({"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "0333"})
_INTENT.update({"08": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353", "0841": "0353"})
_INTENT.update({"085": "0354", "086": "0355", "087": "0356", "0871": "0356", "0874": "0356"})
_APPEAL = {"04": "026", "046": "026", "045": "028", "05": "022", "06": "021", "07": "023", "08": "025"}
_APPEAL.update({"083": "024", "084": "0253", "085": "0254", "087": "0256", "0871": "0256", "0874": "0256"})
_APPEAL.update({"03": "020", "037": "027", "038": "028", "039": "028"})
_DEMAND = {"04": "106", "046": "106", "045": "108", "05": "102", "06": "101", "07": "103", "08": "105"}
_DEMAND.update({"083": "104", "084": "1053", "085": "1054", "087": "1056", "0874": "1056", "037": "107"})
_REFUSAL = {"03": "120", "031": "121", "033": "122", "034": "123", "035": "124", "036": "125"}
_REFUSAL.update({"037": "127", "038": "126", "039": "126", "04": "125", "05": "120", "057": "127"})
_REFUSAL.update({"06": "121", "07": "122", "08": "124", "081": "1241", "082": "1242", "083": "123"})
_REFUSAL.update({"084": "1243", "085": "1244", "086": "1245", "087": "1246"})
# Cooperation stopped ("no longer supplies arms", "stopped funding") → the reduced relation (16x).
_HALT = {"04": "164", "046": "164", "045": "165", "05": "160", "06": "160", "07": "162", "071": "1621"}
_HALT.update({"072": "1622", "073": "1623", "074": "1622", "075": "1623", "086": "166", "0861": "1661"})
_HALT.update({"0862": "1662", "0863": "1663", "085": "163", "0854": "163"})
_THREAT = {"15": "138", "16": "131", "163": "1312", "161": "1313", "164": "134", "165": "135", "166": "136"}
_THREAT.update({"17": "137", "172": "132", "18": "138", "19": "138", "20": "138", "14": "133"})
_THREAT.update({"10": "130", "11": "130", "12": "130", "13": "130"})


def _lookup(table: dict[str, str], code: str) -> str | None:
    """The longest prefix of ``code`` in ``table`` (sub-code before root)."""
    for end in range(len(code), 1, -1):
        found = table.get(code[:end])
        if found is not None:
            return found
    return None


def _known(code: str | None, fallback: str) -> str:
    table = load_cameo()
    while code and code not in table:
        code = code[:-1]
    return code if code else fallback


def intent_code(code: str) -> str:
    """An intended act: cooperation → 03x, force → threats (13x), others unchanged.

    Examples:
        >>> intent_code("046"), intent_code("0841"), intent_code("190"), intent_code("010")
        ('036', '0353', '138', '010')
    """
    if code[:2] in ("15", "18", "19", "20"):
        return threat_code(code)
    return _known(_lookup(_INTENT, code), code)


def plan_code(code: str) -> str:
    """A planned or announced act ("will withdraw", "plans to impose"): coercion and reduced
    relations announced in advance are threats; cooperation is an intent to cooperate.

    Examples:
        >>> plan_code("163"), plan_code("042"), plan_code("174")
        ('1312', '036', '137')
    """
    if code[:2] in ("15", "16", "17", "18", "19", "20"):
        return threat_code(code)
    return intent_code(code)


def threat_code(code: str) -> str:
    """A threatened act (13x).

    Examples:
        >>> threat_code("163"), threat_code("195"), threat_code("040")
        ('1312', '138', '130')
    """
    return _known(_lookup(_THREAT, code), "130")


def refusal_code(code: str) -> str:
    """A refused (or negated) cooperative act (12x); other acts unchanged.

    Examples:
        >>> refusal_code("040"), refusal_code("080"), refusal_code("190")
        ('125', '124', '190')
        >>> refusal_code("0862"), refusal_code("087"), refusal_code("0841")
        ('1245', '1246', '1243')
    """
    return _known(_lookup(_REFUSAL, code), code)


def appeal_code(code: str) -> str:
    """An act asked for (02x).

    Examples:
        >>> appeal_code("046"), appeal_code("0874"), appeal_code("190")
        ('026', '0256', '020')
    """
    return _known(_lookup(_APPEAL, code), "020")


def demand_code(code: str) -> str:
    """An act demanded (10x).

    Examples:
        >>> demand_code("087"), demand_code("190")
        ('1056', '100')
    """
    return _known(_lookup(_DEMAND, code), "100")


def halt_code(code: str) -> str:
    """Cooperation stopped or given up (16x); other acts take their refusal code (12x).

    Examples:
        >>> halt_code("072"), halt_code("070"), halt_code("050"), halt_code("030")
        ('1622', '162', '160', '120')
    """
    found = _lookup(_HALT, code)
    return _known(found, code) if found is not None else refusal_code(code)


_HOW = {
    "intent": intent_code,
    "plan": plan_code,
    "threat": threat_code,
    "refusal": refusal_code,
    "negated": refusal_code,
    "halted": halt_code,
    "appeal": appeal_code,
    "demand": demand_code,
}


def recode(action: Action, how: How) -> Action:
    """The action with its code turned into the code of the intended, threatened, … act.

    Examples:
        >>> from kg.coding import CameoCoder
        >>> recode(CameoCoder().code("meet", text="will meet"), "intent").cameo
        '036'
    """
    code = _HOW[how](action.cameo)
    if code == action.cameo:
        return action
    return code_action(load_cameo(), code, verb=action.verb, text=action.text)
