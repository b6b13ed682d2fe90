"""Extract stage: places are not targets ("went to Syria", "in Moscow"); "attacked Syria" is.

A prepositional phrase after a verb either names the target of the action ("sanctions on Iran",
"talks with Russia", "appealed to the UN") or where it happened ("in Moscow", "at the border",
"flew to Damascus"). Only the first makes an actor the event's target; the second is kept as the
event's place. Force used in a place (strikes in Idlib) counts against whoever holds the place.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ALLYING",
    "FORCE_OBJECTS",
    "MOTION_VERBS",
    "PLACE_PREPS",
    "TARGET_PREPS",
    "PrepRole",
    "prep_role",
]

PrepRole = Literal["target", "place", "other"]

#: Prepositions whose object is the target of the action ("talks with Iran", "sanctions on Iran").
TARGET_PREPS = frozenset({"with", "against", "on", "upon", "toward", "towards", "at"})
#: Prepositions of place.
PLACE_PREPS = frozenset(
    {"in", "inside", "near", "outside", "within", "across", "throughout", "around", "along", "into", "onto"}
)
#: Verbs of motion: "to"/"into" after them is a destination, not a recipient.
MOTION_VERBS = frozenset(
    {
        "go",
        "travel",
        "fly",
        "move",
        "head",
        "return",
        "arrive",
        "come",
        "flee",
        "retreat",
        "advance",
        "deploy",
        "march",
        "sail",
        "drive",
        "walk",
        "run",
        "escape",
        "relocate",
        "migrate",
        "withdraw",
        "pull",
        "push",
        "transfer",
        "redeploy",
        "expand",
        "extend",
        "spread",
        "enter",
        "cross",
        "get",
        "bring",
        "take",
        "lead",
        "rush",
        "send",
        "dispatch",
    }
)
#: Verbs whose "in"/"into" object is affected, not a place ("intervene in Syria", "invest in Iraq").
_IN_TARGET_VERBS = frozenset({"intervene", "interfere", "meddle", "invest", "intrude"})
#: Verbs whose "from" object is the side given up ("withdrew from Syria", "pulled out of").
_FROM_TARGET_VERBS = frozenset(
    {"withdraw", "retreat", "pull", "evacuate", "expel", "exclude", "suspend"}
    | {"capture", "recapture", "retake", "reclaim", "seize", "wrest", "liberate"}
)
#: What is taken from a side that loses it ("took the town from Isis").
_TAKEN = frozenset({"control", "city", "town", "village", "territory", "area", "base", "capital", "province"})
#: Verbs whose "at" object is a target ("fired at", "shot at", "aimed at", "struck at", "lashed out at").
_AT_TARGET_VERBS = frozenset(
    {"fire", "shoot", "aim", "strike", "lash", "hit", "launch", "direct", "point", "swipe"}
)
#: Verbs whose "to" object receives something or is addressed ("gave weapons to", "appealed to").
_TO_RECIPIENT_VERBS = frozenset(
    {
        "talk",
        "speak",
        "write",
        "appeal",
        "give",
        "offer",
        "sell",
        "supply",
        "deliver",
        "provide",
        "pledge",
        "promise",
        "hand",
        "extradite",
        "lend",
        "apologise",
        "apologize",
        "complain",
        "explain",
        "propose",
        "submit",
        "donate",
        "grant",
        "loan",
        "export",
        "surrender",
        "concede",
        "yield",
        "object",
        "protest",
        "reach",
        "pay",
        "issue",
        "award",
        "present",
        "announce",
        "recommend",
        "suggest",
        "send",
        "dispatch",
        "ship",
        "return",
        "transfer",
        "react",
        "respond",
        "reply",
        "turn",
        "listen",
        "bow",
        "cede",
        "defer",
        "entrust",
        "convey",
        "pass",
        "leak",
        "report",
        "admit",
        "confess",
        "plead",
        "warn",
    }
)
#: Objects that make "to X" a recipient whatever the verb ("cut its aid to Myanmar").
_TRANSFER_OBJECTS = frozenset(
    {"aid", "assistance", "support", "funding", "fund", "weapon", "arm", "loan", "help", "supply", "money"}
)
#: Objects that make "send X to" a movement of forces, not a delivery to a recipient.
FORCE_OBJECTS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "army",
        "warship",
        "ship",
        "jet",
        "aircraft",
        "plane",
        "warplane",
        "bomber",
        "drone",
        "helicopter",
        "unit",
        "battalion",
        "tank",
        "fighter",
        "militia",
    }
)


#: Words (verbs, and the nouns a verb takes as its object) whose "on" phrase is what they are about
#: ("a resolution on Syria", "voted on Syria", "agreed on a ceasefire"), not whom they act on.
_ON_TOPIC = frozenset(
    {"resolution", "vote", "debate", "talk", "talks", "report", "statement", "briefing", "meeting"}
    | {"conference", "summit", "discussion", "negotiation", "deal", "agreement", "accord", "bill"}
    | {"motion", "decision", "ruling", "question", "position", "policy", "stance", "view", "comment"}
    | {"remark", "speech", "consultation", "session", "dialogue", "hearing", "draft", "text", "paper"}
    | {"speak", "decide", "agree", "rule", "deliberate", "consult", "brief", "focus", "work"}
)


#: Verbs that give (or pledge) what they name: "for" after their object is the beneficiary.
_GIVING = frozenset(
    {"promise", "pledge", "offer", "provide", "give", "send", "grant", "deliver", "approve", "commit"}
    | {"allocate", "earmark", "donate", "announce", "vow", "guarantee"}
)


#: Words of joining sides: "against X" after them names the common enemy, not a partner
#: ("allied against the militia", "a coalition against Isis", "joined forces against Rome").
ALLYING = frozenset(
    {"ally", "unite", "cooperate", "collaborate", "coordinate", "team", "partner", "band", "align"}
    | {"coalesce", "side", "league", "alliance", "coalition", "cooperation", "partnership", "front"}
    | {"pact", "union", "collaboration", "bloc", "axis"}
)
#: "joined forces against X": joining these is allying.
_JOINED = frozenset({"force", "hand", "coalition", "alliance", "front"})


def prep_role(verb: str, prep: str, *, obj: str | None = None, force: bool = False) -> PrepRole:
    """Whether the object of ``prep`` after ``verb`` is the action's target, its place, or neither.

    Args:
        verb: the verb lemma (or event noun).
        prep: the preposition.
        obj: the lemma of the verb's direct object, if any ("sent troops to" vs "sent aid to").
        force: the action uses force (CAMEO roots 18-20): a place it hits is where its target is.

    Examples:
        >>> prep_role("go", "to"), prep_role("talk", "to"), prep_role("attack", "in")
        ('place', 'target', 'place')
        >>> prep_role("intervene", "in"), prep_role("impose", "on"), prep_role("talk", "about")
        ('target', 'target', 'other')
        >>> prep_role("send", "to", obj="troop"), prep_role("send", "to", obj="aid")
        ('place', 'target')
        >>> prep_role("fire", "at"), prep_role("meet", "at"), prep_role("withdraw", "from")
        ('target', 'place', 'target')
        >>> prep_role("veto", "on", obj="resolution"), prep_role("impose", "on", obj="sanction")
        ('other', 'target')
        >>> prep_role("ally", "against"), prep_role("join", "against", obj="force")
        ('other', 'other')
        >>> prep_role("retake", "from"), prep_role("take", "from", obj="town"), prep_role("take", "from")
        ('target', 'target', 'other')
    """
    verb, prep = verb.lower(), prep.lower()
    joined = verb == "join" and obj is not None and obj.lower() in _JOINED
    if prep == "against" and (verb in ALLYING or joined or (obj is not None and obj.lower() in ALLYING)):
        return "other"  # "allied against Isis", "joined forces against Rome": the common enemy
    if prep == "on" and (verb in _ON_TOPIC or (obj is not None and obj.lower() in _ON_TOPIC)):
        return "other"  # "vetoed a resolution on Syria", "voted on Syria": the topic, not a party
    if prep == "for" and verb in _GIVING and obj is not None and obj.lower() in _TRANSFER_OBJECTS:
        return "target"  # "promised aid for Yemen": the beneficiary
    if prep in ("to", "into", "toward", "towards"):
        if prep != "to" and prep != "into":
            return "target"
        if prep == "into" and verb in ("investigation", "probe", "inquiry", "investigate", "look"):
            return "target"
        if prep == "into" and (force or verb in ("advance", "push", "storm", "incursion", "invasion")):
            return "target"  # forces moving into a place move against whoever holds it
        if verb in ("send", "dispatch", "deploy") and obj in FORCE_OBJECTS:
            return "place"
        if prep == "to" and obj in _TRANSFER_OBJECTS:
            return "target"
        if verb in _TO_RECIPIENT_VERBS and prep == "to":
            return "target"
        if verb in MOTION_VERBS or prep == "into":
            return "place"
        return "other"
    if prep == "at":
        return "target" if verb in _AT_TARGET_VERBS else "place"
    if prep == "from" and (verb in _FROM_TARGET_VERBS or (verb == "take" and obj in _TAKEN)):
        return "target"  # "withdrew from Syria", "retook the town from Isis": the side that loses it
    if prep in ("in", "into") and verb in _IN_TARGET_VERBS:
        return "target"
    if prep in TARGET_PREPS:
        return "target"
    if prep in PLACE_PREPS:
        return "place"
    return "other"
