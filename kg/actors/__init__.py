"""Actors stage: mentions to canonical actors (country, organisation, group, person, sector)."""

from kg.actors.gazetteer import Gazetteer, load_gazetteer, normalize_name
from kg.actors.resolve import ArticleResolver, Resolver, resolve_actors, sector_actor

__all__ = [
    "ArticleResolver",
    "Gazetteer",
    "Resolver",
    "load_gazetteer",
    "normalize_name",
    "resolve_actors",
    "sector_actor",
]
