"""Convert the CAMEO/PLOVER agent dictionaries (MIT) into kg's agent-word → sector table.

Usage:
    python scripts/build_agents.py ../shared/data/dictionaries > kg/actors/data/agents.tsv

Reads NGEC.PLOVER_agents.txt (first: its codes are the PLOVER agent codes kg uses) and
Phoenix.agents.txt. Each phrase ("DIPLOMAT [~GOV]") becomes a folded phrase with up to two sector
codes; substitution sets (``!PERSON!``) are expanded and ``{...}`` plural notes dropped.

Phoenix uses CAMEO 1.1 codes, where MED is the media and HLH health; kg follows PLOVER (JRN media,
MED medical), so Phoenix codes are renamed. Religious codes (CHR, MUS, JEW, ...) become REL.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.actors.names import normalize_name  # noqa: E402
from kg.actors.sectors import SECTORS  # noqa: E402

SUBST = re.compile(r"^!(?P<key>\w+)!\s*=\s*(?P<values>.+)$")
ENTRY = re.compile(r"^(?P<phrase>[^#\[]+?)\s*\[~(?P<code>[A-Z]{3,15})\]")
RELIGION = frozenset(
    {"CHR", "CTH", "PRO", "ORT", "MUS", "SHI", "SUN", "JEW", "BUD", "HIN", "MAR", "SFI", "ALE", "DRZ"}
)
PHOENIX_RENAME = {"MED": "JRN", "HLH": "MED"}


def sectors_of(code: str, *, phoenix: bool) -> list[str]:
    out: list[str] = []
    for i in range(0, len(code), 3):
        chunk = code[i : i + 3]
        if phoenix:
            chunk = PHOENIX_RENAME.get(chunk, chunk)
        if chunk in RELIGION:
            chunk = "REL"
        if chunk in SECTORS and chunk not in out:
            out.append(chunk)
    return out[:2]


def read(path: Path, *, phoenix: bool) -> dict[str, list[str]]:
    subst: dict[str, list[str]] = {}
    rows: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            m = SUBST.match(line)
            if m:
                subst[m.group("key")] = [v.strip() for v in m.group("values").split(",")]
                continue
            m = ENTRY.match(line)
            if not m:
                continue
            codes = sectors_of(m.group("code"), phoenix=phoenix)
            if not codes:
                continue
            phrases = [re.sub(r"\{[^}]*\}", "", m.group("phrase")).strip()]
            for key, values in subst.items():
                token = f"!{key}!"
                phrases = [p.replace(token, "_" + v) if token in p else p for p in phrases for v in values]
            for phrase in phrases:
                name = normalize_name(phrase.replace("_", " "))
                if name and "!" not in name:
                    rows.setdefault(name, codes)
    return rows


def main(src: str) -> None:
    rows = read(Path(src) / "NGEC.PLOVER_agents.txt", phoenix=False)
    for name, codes in read(Path(src) / "Phoenix.agents.txt", phoenix=True).items():
        rows.setdefault(name, codes)
    print("# Derived from NGEC.PLOVER_agents.txt and Phoenix.agents.txt (CAMEO/PLOVER agent dictionaries),")
    print("# (c) 2014 Open Event Data Alliance, MIT License (see NOTICE). Built by scripts/build_agents.py.")
    print("phrase\tsector\tsector2")
    for name, codes in sorted(rows.items()):
        print(f"{name}\t{codes[0]}\t{codes[1] if len(codes) > 1 else ''}")


if __name__ == "__main__":
    main(sys.argv[1])
