"""Ingest stage: turn files, directories, JSON Lines and stdin into Article records."""

from kg.ingest.clean import CleanText, clean_plain_text
from kg.ingest.dates import parse_date
from kg.ingest.readers import SUPPORTED_SUFFIXES, read_articles, read_jsonl, read_text

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CleanText",
    "clean_plain_text",
    "parse_date",
    "read_articles",
    "read_jsonl",
    "read_text",
]
