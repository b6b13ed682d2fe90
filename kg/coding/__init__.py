"""Coding stage: verb phrases to CAMEO codes, Goldstein scores, QuadClass and PLOVER categories."""

from kg.coding.cameo import CameoCode, CameoTable, VerbEntry, VerbLexicon, load_cameo, load_verbs
from kg.coding.coder import CameoCoder, PrepPhrase, code_action
from kg.coding.nouns import NounEntry, NounLexicon, load_nouns
from kg.coding.patterns import Pattern, PatternBook, Phrase, load_patterns
from kg.coding.plover import plover_for

__all__ = [
    "CameoCode",
    "CameoCoder",
    "CameoTable",
    "NounEntry",
    "NounLexicon",
    "Pattern",
    "PatternBook",
    "Phrase",
    "PrepPhrase",
    "VerbEntry",
    "VerbLexicon",
    "code_action",
    "load_cameo",
    "load_nouns",
    "load_patterns",
    "load_verbs",
    "plover_for",
]
