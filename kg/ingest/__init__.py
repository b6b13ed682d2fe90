"""Ingest stage: files, directories, URLs and stdin (text, JSONL, HTML, feeds, tables) into Articles."""

from kg.ingest.clean import CleanText, clean_plain_text
from kg.ingest.dates import parse_date, parse_datetime
from kg.ingest.dedup import Deduplicator
from kg.ingest.feeds import read_feed
from kg.ingest.html import read_html
from kg.ingest.options import ReadOptions, TableColumns
from kg.ingest.readers import FORMATS, SUPPORTED_SUFFIXES, read_articles, read_jsonl, read_text
from kg.ingest.tables import read_table
from kg.ingest.urls import canonical_url, fetch

__all__ = [
    "FORMATS",
    "SUPPORTED_SUFFIXES",
    "CleanText",
    "Deduplicator",
    "ReadOptions",
    "TableColumns",
    "canonical_url",
    "clean_plain_text",
    "fetch",
    "parse_date",
    "parse_datetime",
    "read_articles",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_table",
    "read_text",
]
