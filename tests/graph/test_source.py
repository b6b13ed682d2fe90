"""The lean reader of a store directory: the same rows as a KGStore, without importing kg.rdf."""

import subprocess
import sys

import pytest

from kg.errors import QueryError, StoreError
from kg.graph import events_table, store_actors
from kg.graph.source import BASE, GRAPH_PREFIXES, StoreReader, graph_query, open_reader
from kg.rdf.namespace import BASE as RDF_BASE
from kg.rdf.namespace import PREFIXES
from tests.graph.conftest import D, fixture_events


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from kg.datamodel import Article
    from kg.rdf import open_store, to_rdf

    out = tmp_path_factory.mktemp("built")
    store = open_store(out / "store")
    to_rdf(
        fixture_events(),
        articles=[Article("a1", "One.", date=D(2022, 3, 9)), Article("a2", "Two.")],
        store=store,
    )
    store.close()
    return out


def test_prefixes_agree_with_the_rdf_stage():
    assert BASE == RDF_BASE
    assert {k: PREFIXES[k] for k in GRAPH_PREFIXES} == GRAPH_PREFIXES


def test_reader_reads_what_the_store_reads(store_dir):
    from kg.rdf import open_store

    store = open_store(store_dir / "store", read_only=True)
    try:
        expected_rows, expected_actors = events_table(store), store_actors(store)
    finally:
        store.close()
    with open_reader(store_dir) as reader:  # DIR finds DIR/store
        assert isinstance(reader, StoreReader)
        assert events_table(reader) == expected_rows
        assert store_actors(reader) == expected_actors
    assert len(expected_rows) == len([e for e in fixture_events() if e.target is not None])


def test_missing_store_and_unknown_query_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        StoreReader(tmp_path / "nowhere")
    with pytest.raises(QueryError, match="no graph query named 'graph_nothing'"):
        graph_query("graph_nothing")
    with pytest.raises(QueryError):
        graph_query("../events")


def test_kg_viz_reads_a_directory_without_importing_rdflib(store_dir, tmp_path):
    code = (
        "import sys\n"
        "from kg.cli import app\n"
        f"sys.argv = ['kg', 'viz', '--store', {str(store_dir)!r}, '--out', {str(tmp_path / 'g.html')!r}]\n"
        "try:\n    app()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "assert 'rdflib' not in sys.modules, 'rdflib was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "g.html").stat().st_size > 10_000
