"""Convert the PETRARCH CAMEO verb dictionary (MIT) into kg's coding tables.

Usage: python scripts/build_cameo_verbs.py ../shared/data/dictionaries/CAMEO.2.0.txt kg/coding/data/

Writes three tab-separated files:

* ``cameo_verbs.tsv``: every verb of every block: lemma, particle (phrasal verbs), the verb's own
  code (else the block's; empty when neither codes an event: only patterns do), the reverse code
  of a paired event (``[042:043]``: the target's act back), and the block.
* ``cameo_patterns.tsv``: the block's patterns, one per line: the verb they came from (empty: every
  verb of the block), words required in the subject, a particle, the object's words, up to two
  prepositional phrases (preposition + words), the code and the reverse code. ``-`` as code means
  the pattern cancels the event.
* ``cameo_synsets.tsv``: the ``&SYNSET`` word lists the patterns use, with regular plurals added.
* ``cameo_verb_forms.tsv``: the inflected forms the dictionary lists for its one-word verbs
  (``TAKE {TAKES TAKING TOOK TAKEN}``), form → lemma, for forms a lemmatiser leaves as they are
  ("retook": re + took → retake).

Words are lower-cased; ``{A B}`` groups stay as words in order; ``$ + ^ %`` markers are dropped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

HEADER = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s+---")
CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "forward", "aside", "together", "apart"})
MARKERS = frozenset({"$", "+", "^", "%", "**", "*"})
NOTICE = (
    "# Derived from the PETRARCH CAMEO verb dictionary CAMEO.2.0.txt,\n"
    "# (c) 2015 Open Event Data Alliance, MIT License (see NOTICE). Built by scripts/build_cameo_verbs.py.\n"
)


def _strip_comment(raw: str) -> tuple[str, str]:
    line, _, comment = raw.partition("#")
    line = line.split(";", 1)[0]
    return line.rstrip(), comment.strip()


def _dictionary_lines(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(line, comment, inside the verb section) for each line before the transformations."""
    in_verbs = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if "TRANSFORMATIONS" in raw:
            return
        line, comment = _strip_comment(raw)
        yield line, comment, in_verbs


def _codes(text: str) -> tuple[str, str] | None:
    """``[042:043]`` → ("042", "043"); ``[---]`` → ("-", ""); ``[:173]`` → ("", "173")."""
    m = CODE.search(text)
    if m is None:
        return None
    primary, _, reverse = m.group("code").strip().partition(":")
    primary = "-" if primary.startswith("---") else primary.strip()
    reverse = "" if reverse.startswith("---") else reverse.strip()
    return primary, reverse


def _plurals(phrase: str) -> list[str]:
    if phrase.endswith("_"):
        return [phrase.rstrip("_")]
    words = phrase.split()
    last = words[-1]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("ss", "sh", "ch", "x")):
        plural = last + "es"
    elif last.endswith("s"):
        return [phrase]
    else:
        plural = last + "s"
    return [phrase, " ".join([*words[:-1], plural])]


def _tokens(text: str) -> list[str]:
    """Pattern text → tokens, keeping ``(...)`` and ``{...}`` groups as single tokens."""
    out: list[str] = []
    depth_char = ""
    current = ""
    for ch in text:
        if depth_char:
            current += ch
            if ch == depth_char:
                out.append(current)
                current, depth_char = "", ""
            continue
        if ch in "({":
            if current.strip():
                out.append(current.strip())
            current, depth_char = ch, ")" if ch == "(" else "}"
        elif ch.isspace():
            if current.strip():
                out.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        out.append(current.strip())
    return out


def _words(tokens: list[str]) -> list[str]:
    words: list[str] = []
    for tok in tokens:
        if tok.startswith("{"):
            words.extend(w for w in tok.strip("{}").split() if w not in MARKERS)
        elif tok not in MARKERS:
            words.append(tok)
    return [w.lower().replace("_", " ").strip() for w in words if w.strip("_")]


def _pattern(body: str) -> dict[str, str] | None:
    if "*" not in body:
        return None
    before, _, after = body.partition("*")
    subject = _words(_tokens(before.strip().lstrip("-")))
    tokens = _tokens(after)
    particle = ""
    obj_tokens: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    for tok in tokens:
        if tok.startswith("("):
            inner = _tokens(tok.strip("()"))
            if inner:
                preps.append((inner[0].lower(), _words(inner[1:])))
        else:
            obj_tokens.append(tok)
    obj = _words(obj_tokens)
    if obj and obj[0] in PARTICLES:
        particle, obj = obj[0], obj[1:]
    row = {
        "subject": " ".join(subject),
        "particle": particle,
        "object": " ".join(obj),
        "prep": preps[0][0] if preps else "",
        "prep_object": " ".join(preps[0][1]) if preps else "",
        "prep2": preps[1][0] if len(preps) > 1 else "",
        "prep2_object": " ".join(preps[1][1]) if len(preps) > 1 else "",
    }
    return row


def convert(path: Path) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    verbs: dict[tuple[str, str], list[str]] = {}
    patterns: list[list[str]] = []
    synsets: dict[str, list[str]] = {}
    block = block_code = block_reverse = ""
    block_verbs: set[str] = set()
    synset: str | None = None
    for line, comment, in_verbs in _dictionary_lines(path):
        if not line.strip():
            continue
        if line.startswith("&"):
            synset = line.strip().rstrip("_").lower()
            synset_plural = not line.strip().endswith("_")
            synsets.setdefault(synset, [])
            continue
        if not in_verbs:
            if line.startswith("+") and synset is not None:
                phrase = line[1:].strip().lower().replace("_ ", " ")
                phrase = (
                    phrase.replace("_", " ")
                    if not phrase.endswith("_")
                    else phrase[:-1].replace("_", " ") + "_"
                )
                forms = _plurals(phrase) if synset_plural else [phrase.rstrip("_")]
                synsets[synset].extend(f for f in forms if f not in synsets[synset])
            continue
        m = HEADER.match(line)
        if m:
            block = m.group("name")
            codes = _codes(f"[{m.group('code')}]") or ("-", "")
            block_code, block_reverse = ("", "") if codes[0] == "-" else codes
            block_verbs = set()
            continue
        if line.startswith("-"):
            codes = _codes(line)
            if codes is None:
                continue
            body = CODE.sub(" ", line)
            row = _pattern(body)
            if row is None:
                continue
            origin = comment.split()[0].lower() if comment.split() else ""
            verb = origin if origin in block_verbs else ""
            patterns.append(
                [
                    block,
                    verb,
                    row["subject"],
                    row["particle"],
                    row["object"],
                    row["prep"],
                    row["prep_object"],
                    row["prep2"],
                    row["prep2_object"],
                    codes[0],
                    codes[1],
                ]
            )
            continue
        if line.startswith(("~", "&")):
            continue
        # A verb line: VERB {forms} [code], or +MULTI_WORD {forms} [code].
        head = re.sub(r"\{[^}]*\}", " ", CODE.sub(" ", line)).split()
        if not head:
            continue
        parts = head[0].lstrip("+").lower().split("_")
        lemma, particle = parts[0], " ".join(p for p in parts[1:] if p)
        if not lemma.isalpha():
            continue
        block_verbs.add(lemma)
        own = _codes(line)
        code, reverse = own if own is not None else (block_code, block_reverse)
        code = "" if code == "-" else code
        verbs.setdefault((lemma, particle), [lemma, particle, code, reverse, block])
    verb_rows = [verbs[k] for k in sorted(verbs)]
    synset_rows = [[name, phrase] for name in sorted(synsets) for phrase in synsets[name]]
    return verb_rows, patterns, synset_rows


def verb_forms(path: Path) -> list[list[str]]:
    """[form, lemma] for the irregular-looking forms of the dictionary's one-word verbs (sorted)."""
    forms: dict[str, str] = {}
    for line, _, in_verbs in _dictionary_lines(path):
        m = re.match(r"^(?P<lemma>[A-Z]+)\s*\{(?P<forms>[^}]*)\}", line)
        if not in_verbs or m is None:
            continue
        lemma = m.group("lemma").lower()
        for form in m.group("forms").lower().split():
            # regular forms (takes, taking) need no table: only the ones a rule would not find
            if (
                form.isalpha()
                and form != lemma
                and not form.startswith(lemma[:-1] if lemma.endswith("e") else lemma)
            ):
                forms.setdefault(form, lemma)
    return [[form, forms[form]] for form in sorted(forms)]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(NOTICE)
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main(source: str, out_dir: str) -> None:
    verbs, patterns, synsets = convert(Path(source))
    out = Path(out_dir)
    _write(out / "cameo_verbs.tsv", ["lemma", "particle", "code", "reverse", "block"], verbs)
    _write(
        out / "cameo_patterns.tsv",
        [
            "block",
            "verb",
            "subject",
            "particle",
            "object",
            "prep",
            "prep_object",
            "prep2",
            "prep2_object",
            "code",
            "reverse",
        ],
        patterns,
    )
    _write(out / "cameo_synsets.tsv", ["synset", "phrase"], synsets)
    _write(out / "cameo_verb_forms.tsv", ["form", "lemma"], verb_forms(Path(source)))
    print(f"{len(verbs)} verbs, {len(patterns)} patterns, {len(synsets)} synset phrases", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
