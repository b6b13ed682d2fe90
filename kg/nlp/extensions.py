"""NLP stage: every custom ``Doc._`` attribute kg uses, registered in one place."""

from __future__ import annotations

__all__ = ["register_extensions"]


def register_extensions() -> None:
    """Register kg's Doc extensions; safe to call any number of times."""
    from spacy.tokens import Doc

    if not Doc.has_extension("kg_article_id"):
        Doc.set_extension("kg_article_id", default=None)
