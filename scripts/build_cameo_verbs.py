"""Convert the PETRARCH CAMEO verb dictionary (MIT) into kg's verb table.

Usage: python scripts/build_cameo_verbs.py ../shared/data/dictionaries/CAMEO.2.0.txt \
           > kg/coding/data/cameo_verbs.tsv

Each verb synonym of a coded block becomes one row: lemma, particle (for phrasal verbs), CAMEO
code, and the block it came from. Blocks coded ``---`` (no default event) are left out.
"""

from __future__ import annotations

import re
import sys

HEADER = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s+---")
CODE = re.compile(r"\[(?P<code>[0-9]{2,4})(?::[0-9]{2,4})?\]")


def main(path: str) -> None:
    block: str | None = None
    block_code: str | None = None
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    with open(path, encoding="utf-8") as fh:
        in_verbs = False
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip()
            if "VERB PATTERNS" in raw:
                in_verbs = True
                continue
            if not in_verbs or not line.strip():
                continue
            m = HEADER.match(line)
            if m:
                block = m.group("name")
                code = m.group("code").split(":")[0]
                block_code = code if code.isdigit() else None
                continue
            if line.startswith(("-", "&", "+", "~")) or block is None:
                continue
            own = CODE.search(line)
            code = own.group("code") if own else block_code
            if code is None:
                continue
            words = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
            if not words:
                continue
            parts = words[0].lower().split("_")
            lemma, particle = parts[0], " ".join(parts[1:])
            if not lemma.isalpha():
                continue
            rows.setdefault((lemma, particle), (code, block))
    print("# Derived from the PETRARCH CAMEO verb dictionary CAMEO.2.0.txt,")
    print("# (c) 2015 Open Event Data Alliance, MIT License (see NOTICE).")
    print("lemma\tparticle\tcode\tblock")
    for (lemma, particle), (code, block) in sorted(rows.items()):
        print(f"{lemma}\t{particle}\t{code}\t{block}")


if __name__ == "__main__":
    main(sys.argv[1])
