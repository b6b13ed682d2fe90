"""Coding stage: verb phrases to CAMEO codes, Goldstein scores, QuadClass and PLOVER categories."""

from kg.coding.cameo import CameoCode, CameoTable, VerbLexicon, load_cameo, load_verbs
from kg.coding.coder import CameoCoder, code_action
from kg.coding.plover import plover_for

__all__ = [
    "CameoCode",
    "CameoCoder",
    "CameoTable",
    "VerbLexicon",
    "code_action",
    "load_cameo",
    "load_verbs",
    "plover_for",
]
