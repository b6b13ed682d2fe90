"""Actors stage: mentions to canonical actors (country, organisation, group, person, sector)."""

from kg.actors.cache import load_gazetteer
from kg.actors.compose import unresolved_actor
from kg.actors.gazetteer import Gazetteer
from kg.actors.gazetteer_tables import build_gazetteer
from kg.actors.names import normalize_name
from kg.actors.resolve import ArticleResolver, Resolver, resolve_actors
from kg.actors.sectors import SECTORS, sector_actor

__all__ = [
    "SECTORS",
    "ArticleResolver",
    "Gazetteer",
    "Resolver",
    "build_gazetteer",
    "load_gazetteer",
    "normalize_name",
    "resolve_actors",
    "sector_actor",
    "unresolved_actor",
]
