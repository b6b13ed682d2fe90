"""NLP stage: the spaCy pipeline, loaded once and run in batches."""

from kg.nlp.extensions import register_extensions
from kg.nlp.load import DEFAULT_MODELS, load_nlp, model_info, parse_articles

__all__ = ["DEFAULT_MODELS", "load_nlp", "model_info", "parse_articles", "register_extensions"]
