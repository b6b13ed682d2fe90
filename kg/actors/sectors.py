"""Actors stage: sector codes (PLOVER agent codes), agent words, and country/organisation sectors."""

from __future__ import annotations

from kg.datamodel import Actor

__all__ = ["SECTORS", "AgentTable", "cameo_sector", "sector_actor", "singular_forms"]

#: kg's sector vocabulary: the PLOVER agent codes (NGEC), each with a label.
SECTORS: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "SPY": "intelligence",
    "REB": "rebels",
    "OPP": "opposition",
    "PTY": "political party",
    "LEG": "legislature",
    "JUD": "judiciary",
    "BUS": "business",
    "JRN": "media",
    "MED": "health",
    "EDU": "education",
    "CVL": "civilians",
    "REF": "refugees",
    "REL": "religious",
    "LAB": "labour",
    "AGR": "agriculture",
    "CRM": "criminals",
    "UAF": "armed group",
    "PRM": "paramilitary",
    "PRE": "breakaway state",
    "ELI": "elite",
    "NGO": "non-governmental organisation",
    "IGO": "international organisation",
    "SOC": "social group",
    "UNK": "unknown",
    "JNK": "not an actor",
    "NON": "non-state",
}

#: Where PLOVER's agent codes differ from CAMEO 1.1's (CAMEO: MED is the media, HLH health).
_CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}


def cameo_sector(sector: str) -> str:
    """The CAMEO 1.1 code of a kg sector code.

    Examples:
        >>> cameo_sector("JRN"), cameo_sector("MED"), cameo_sector("MIL")
        ('MED', 'HLH', 'MIL')
    """
    return _CAMEO_SECTOR.get(sector, sector)


def sector_actor(owner: Actor, sector: str) -> Actor:
    """The actor for a sector of a country or organisation: Russia + GOV → ``RUSGOV``.

    Examples:
        >>> rus = Actor("RUS", "Russia", "country", country="RUS", cameo="RUS")
        >>> a = sector_actor(rus, "MIL")
        >>> (a.id, a.label, a.country, a.sector, a.group)
        ('RUSMIL', 'Russia (military)', 'RUS', 'MIL', 'RUS')
        >>> eu = Actor("EU", "European Union", "organization", cameo="IGOEUREEC")
        >>> (lambda a: (a.id, a.cameo, a.group))(sector_actor(eu, "LEG"))
        ('EULEG', 'IGOEUREECLEG', 'EU')
    """
    if owner.sector == sector:
        return owner
    base = owner.cameo or owner.id
    return Actor(
        id=f"{owner.id}{sector}",
        label=f"{owner.label} ({SECTORS.get(sector, sector.lower())})",
        kind="sector",
        country=owner.country,
        sector=sector,
        cameo=f"{base}{cameo_sector(sector)}",
        qid=None,
        affiliation=owner.group,
    )


def singular_forms(word: str) -> list[str]:
    """Candidate singulars of an English plural, most likely first.

    Examples:
        >>> singular_forms("militias")
        ['militia']
        >>> singular_forms("policemen")
        ['policeman']
        >>> singular_forms("thieves")
        ['thief', 'thiefe', 'thieve']
    """
    out: list[str] = []
    if word.endswith("men") and len(word) > 4:
        out.append(word[:-3] + "man")
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        out += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith(("ses", "xes", "ches", "shes", "zes")):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    if word == "people":
        out.append("person")
    return out


class AgentTable:
    """Agent phrases ("foreign minister", "troops") → up to two sector codes."""

    def __init__(self, rows: dict[str, tuple[str, ...]]) -> None:
        self.rows = rows
        self.max_words = max((p.count(" ") + 1 for p in rows), default=1)
        self.span: dict[str, int] = {}
        for phrase in rows:
            first, words = phrase.split(" ", 1)[0], phrase.count(" ") + 1
            self.span[first] = max(self.span.get(first, 0), words)
        self._longest: dict[str, int] = {}
        self._found: dict[str, tuple[str, ...] | None] = {}  # memo of lookup (phrases read so far)

    def __getstate__(self) -> dict[str, object]:
        return {"rows": self.rows, "max_words": self.max_words, "span": self.span}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._longest, self._found = {}, {}

    def longest(self, first_word: str) -> int:
        """The most words of an agent phrase that may begin with ``first_word`` (its singular too).

        Examples:
            >>> t = AgentTable({"foreign minister": ("GOV",), "soldier": ("MIL",)})
            >>> t.longest("foreign"), t.longest("soldiers"), t.longest("weather")
            (2, 1, 0)
        """
        best = self._longest.get(first_word)
        if best is None:
            best = self.span.get(first_word, 0)
            if best < 1:
                for single in singular_forms(first_word):
                    best = max(best, self.span.get(single, 0))
            if len(self._longest) >= 100_000:
                self._longest.clear()
            self._longest[first_word] = best
        return best

    def lookup(self, words: list[str]) -> tuple[str, ...] | None:
        """The sectors of a phrase given as folded words, trying the singular of the last word.

        Examples:
            >>> t = AgentTable({"foreign minister": ("GOV",), "soldier": ("MIL",)})
            >>> t.lookup(["foreign", "ministers"]), t.lookup(["soldiers"]), t.lookup(["weather"])
            (('GOV',), ('MIL',), None)
        """
        phrase = " ".join(words)
        found = self._found.get(phrase, ())
        if found != ():
            return found
        found = self.rows.get(phrase)
        if found is None:
            for single in singular_forms(words[-1]):
                found = self.rows.get(" ".join([*words[:-1], single]))
                if found is not None:
                    break
        if len(self._found) >= 100_000:
            self._found.clear()
        self._found[phrase] = found
        return found
