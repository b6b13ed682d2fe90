"""find_cues gives exactly what the cue regex's findall gives (it replaces it on whole articles)."""

import re

import pytest

from kg.actors.context import cue_pattern, find_cues

_TEXTS = [
    "",
    "eu",
    "the european union, the eu and europe: eu. xeu eu2 2eu",
    "u.s. officials and us troops; the u.s.-led force, bus, usa",
    "a-b a-bc xa-b a a-b-a (a) a",
    "x y y x yy x y z",
    "nato's summit: natoo, the alliance, alliances, stoltenberg-led nato",
    "café cafe 42 4242 the 42nd",
]
_CUES = [
    ["eu", "european union", "e"],
    ["u.s.", "us", "usa", "u.s.-led"],
    ["a-b", "a", "b-a", "(a)"],
    ["x y", "y", "y x", "x y z"],
    ["nato", "the alliance", "stoltenberg", "alliance"],
    ["café", "42", "4242"],
    ["'s", "nato's"],
]


@pytest.mark.parametrize("cues", _CUES)
def test_same_matches_as_the_regex(cues: list[str]) -> None:
    pattern = cue_pattern(cues)
    for text in _TEXTS:
        assert find_cues(pattern, text) == pattern.findall(text), (cues, text)


def test_other_patterns_fall_back_to_the_regex() -> None:
    # Not made by cue_pattern (a class, other flags): read by the regex itself.
    for pattern in (re.compile(r"(?<![a-z0-9])(?:\d+)(?![a-z0-9])"), re.compile("eu", re.IGNORECASE)):
        assert find_cues(pattern, "EU eu 42 x42") == pattern.findall("EU eu 42 x42")
