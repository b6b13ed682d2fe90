"""capitalised_before answers each word as the regex it replaces would, on texts built to be awkward."""

from __future__ import annotations

import random
import re

from kg.actors.name_pairs import capitalised_before

_PIECES = ("A", "B", "a", "b", "’", "'", "-", " ", " ", " ", ",", "é", "É", "_", "1", "\n", "Ab", "Ba", "ab")


def _regex_before(text: str, word: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(word)}\b", text)]


def test_matches_the_regex_on_random_texts() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        for word in {*re.findall(r"[\w’'-]+", text), "", "a", "Ab", "a-b", "A'", "b b", "’s", "a,"}:
            assert list(capitalised_before(text, word)) == _regex_before(text, word), (text, word)


def test_pairs_do_not_overlap_and_joined_names_count() -> None:
    text = "Omar Haddad Haddad met Lina Haddad-Sayegh and Ben-Haddad Haddad."
    assert list(capitalised_before(text, "Haddad")) == ["Omar", "Lina", "Ben-Haddad"]
    assert list(capitalised_before(text, "Sayegh")) == []
    assert list(capitalised_before(text, "Haddad-Sayegh")) == ["Lina"]
