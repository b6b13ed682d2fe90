import importlib.util

import pytest

from kg.errors import ModelNotFoundError
from kg.nlp import DEFAULT_MODELS, load_nlp, model_info, parse_articles


def test_pipeline_has_parser_and_paragraph_boundaries(nlp):
    assert "parser" in nlp.pipe_names
    assert nlp.pipe_names.index("kg_paragraph_boundaries") < nlp.pipe_names.index("parser")
    assert model_info(nlp).startswith("en_core_web_sm")


def test_load_is_cached(nlp):
    assert load_nlp() is nlp


def test_headline_is_its_own_sentence(nlp, seed_article):
    ((_, doc),) = list(parse_articles(nlp, [seed_article]))
    first = next(doc.sents)
    assert first.text.strip() == seed_article.title


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no spaCy pipeline named 'no_such_model'"):
        load_nlp("no_such_model")


def test_every_way_of_asking_for_the_default_shares_one_model(nlp):
    assert load_nlp(None) is nlp
    assert load_nlp("") is nlp
    assert load_nlp(name=None) is nlp
    default = next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None)
    assert load_nlp(default) is nlp  # named, the default that loaded is the same model
