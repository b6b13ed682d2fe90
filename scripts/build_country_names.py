"""Convert the country-level entries of the Phoenix country dictionary (MIT) into kg's name table.

Usage: python scripts/build_country_names.py ../shared/data/dictionaries/Phoenix.Countries.actors.txt \
           > kg/actors/data/country_names.tsv

Only entries coded with a bare ISO 3166 alpha-3 code (``RUSSIAN_FEDERATION_ [RUS]``) and their
``+`` synonyms are kept: official and short names, demonyms and the cities the dictionary lists.
"""

from __future__ import annotations

import re
import sys

ENTRY = re.compile(r"^(?P<name>[^\s#+\[][^\[#]*?)\s*(\[(?P<code>[A-Z]{3})\])?\s*(#.*)?$")
# A dated code line; the open-ended ">date" one (or an undated one) is the current code.
CODE_LINE = re.compile(r"^\s+\[(?P<code>[A-Z]{3})(\s+>\d+)?\]")


def norm(name: str) -> str:
    return " ".join(name.replace("_", " ").lower().split())


def main(path: str) -> None:
    rows: dict[str, str] = {}
    primary: dict[str, str] = {}
    names: list[str] = []
    code: str | None = None

    def flush() -> None:
        if code:
            if names:
                primary.setdefault(code, names[0])
            for name in names:
                rows.setdefault(name, code)

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("+"):
                name = norm(line[1:].split("#", 1)[0])
                if name and not name.startswith("("):
                    names.append(name)
                continue
            if line.startswith(("\t", " ")):
                m = CODE_LINE.match(line)
                if m and code is None:
                    code = m.group("code")
                continue
            flush()
            m = ENTRY.match(line)
            names = [norm(m.group("name"))] if m else []
            code = m.group("code") if m else None
    flush()
    print("# Derived from Phoenix.Countries.actors.txt (PETRARCH/Phoenix dictionaries),")
    print("# (c) 2014 Open Event Data Alliance, MIT License (see NOTICE).")
    print("name\tcountry\tprimary")
    for name, code in sorted(rows.items()):
        print(f"{name}\t{code}\t{int(primary.get(code) == name)}")


if __name__ == "__main__":
    main(sys.argv[1])
