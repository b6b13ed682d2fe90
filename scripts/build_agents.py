"""Convert the Phoenix agents dictionary (MIT) into kg's agent-word → sector table.

Usage: python scripts/build_agents.py ../shared/data/dictionaries/Phoenix.agents.txt \
           > kg/actors/data/agents.tsv

Each agent phrase ("DIPLOMAT [~GOV]") becomes a lower-case phrase and its sector code; the
dictionary's substitution sets (``!PERSON!``) are expanded.
"""

from __future__ import annotations

import re
import sys

SUBST = re.compile(r"^!(?P<key>\w+)!\s*=\s*(?P<values>.+)$")
ENTRY = re.compile(r"^(?P<phrase>[^#\[]+?)\s*\[~(?P<code>[A-Z]{3,9})\]")


def main(path: str) -> None:
    subst: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
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
            phrases = [re.sub(r"\{[^}]*\}", "", m.group("phrase")).strip()]
            for key, values in subst.items():
                token = f"!{key}!"
                phrases = [p.replace(token, v) if token in p else p for p in phrases for v in values]
            for phrase in phrases:
                name = " ".join(phrase.replace("_", " ").lower().split())
                if name and "!" not in name:
                    rows.setdefault(name, m.group("code"))
    print("# Derived from Phoenix.agents.txt (PETRARCH/Phoenix dictionaries),")
    print("# (c) 2014 Open Event Data Alliance, MIT License (see NOTICE).")
    print("phrase\tsector")
    for name, code in sorted(rows.items()):
        print(f"{name}\t{code}")


if __name__ == "__main__":
    main(sys.argv[1])
