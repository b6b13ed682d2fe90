"""Convert the PETRARCH/Phoenix actor dictionaries (MIT) into kg's name and role tables.

Usage:
    python scripts/build_dictionary.py ../shared/data/dictionaries kg/actors/data

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (TABARI format: a block of names, ``+`` synonyms, then
``[CODE dates]`` lines) and writes:

- ``dict_names.tsv``: folded name → entry key (the block's first name);
- ``dict_codes.tsv``: entry key → CAMEO code with its validity dates (ISO, empty when open).

Names are folded with ``kg.actors.names.normalize_name`` so they meet the resolver's keys.
Kosovo's dictionary code KSV becomes the ISO user code XKX.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.actors.names import normalize_name  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
CODE = re.compile(r"\[(?P<code>[A-Z]{3,15})(?:\s+(?P<dates>[^\]]*))?\]")
RENAME = {"KSV": "XKX"}
HEADER = (
    "# Derived from the PETRARCH/Phoenix actor dictionaries (Phoenix.*.actors.txt),\n"
    "# (c) 2014 Open Event Data Alliance, MIT License (see NOTICE). Built by scripts/build_dictionary.py.\n"
)


def parse_date(text: str) -> dt.date | None:
    """``080507`` (yymmdd, 2-digit years below 30 are 20xx) or ``20080507``."""
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date(2000 + yy if yy < 30 else 1900 + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def parse_dates(text: str | None) -> tuple[dt.date | None, dt.date | None] | None:
    """A code's validity: ``a-b``, ``>a``, ``<b`` or nothing; None when unreadable."""
    if not text or text.strip() in ("", "-"):
        return (None, None)
    text = text.strip()
    if text.startswith(">"):
        start = parse_date(text[1:])
        return (start, None) if start else None
    if text.startswith("<"):
        end = parse_date(text[1:])
        return (None, end) if end else None
    if "-" in text:
        a, b = text.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        if start and end and start <= end:
            return (start, end)
    return None


def fix_code(code: str) -> str:
    head = RENAME.get(code[:3], code[:3])
    return head + code[3:]


def parse_file(path: Path) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
    """Blocks of (names, codes) in file order."""
    blocks: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []

    def flush() -> None:
        nonlocal names, codes
        if names and codes:
            blocks.append((names, codes))
        names, codes = [], []

    def add_codes(text: str) -> None:
        for m in CODE.finditer(text):
            span = parse_dates(m.group("dates"))
            if span is None:
                continue
            start, end = span
            codes.append(
                (
                    fix_code(m.group("code")),
                    start.isoformat() if start else "",
                    end.isoformat() if end else "",
                )
            )

    with path.open(encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            if line[:1] in ("\t", " ") and body.strip().startswith("["):
                add_codes(body)
                continue
            stripped = body.strip()
            synonym = stripped.startswith("+")
            if synonym:
                stripped = stripped[1:]
            if not synonym and codes:
                flush()
            name_part = stripped.split("[", 1)[0]
            name = normalize_name(name_part.replace("_", " "))
            if name and not name.startswith("("):
                names.append(name)
            if "[" in stripped:
                add_codes(stripped)
    flush()
    return blocks


def main(src: str, out: str) -> None:
    names: dict[str, str] = {}
    codes: dict[str, list[tuple[str, str, str]]] = {}
    for file in FILES:
        for block_names, block_codes in parse_file(Path(src) / file):
            key = block_names[0]
            if key in codes:
                # The same first name twice: keep both code lists under that key.
                codes[key].extend(c for c in block_codes if c not in codes[key])
            else:
                codes[key] = list(dict.fromkeys(block_codes))
            for name in block_names:
                if len(name) >= 2:
                    names.setdefault(name, key)
    used = set(names.values())
    with (Path(out) / "dict_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "name\tkey\n")
        for name, key in sorted(names.items()):
            fh.write(f"{name}\t{key}\n")
    with (Path(out) / "dict_codes.tsv").open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "key\tcode\tstart\tend\n")
        for key in sorted(codes):
            if key in used:
                for code, start, end in codes[key]:
                    fh.write(f"{key}\t{code}\t{start}\t{end}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
