"""The `kg` command end to end, through typer's CliRunner, with the real model and store."""

import json

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("cli_build")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_everything_and_prints_a_summary(built):
    out, output = built
    assert (out / "store").is_dir()
    assert "events in store" in output
    graph = rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    assert len(graph) > 100
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 4
    assert all(json.loads(line)["event_id"] for line in lines)
    assert "vis.DataSet" in (out / "graph.html").read_text(encoding="utf-8")


def test_building_again_adds_nothing(built):
    out, _ = built
    before = (out / "events.jsonl").read_text(encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "already stored" in result.output
    assert (out / "events.jsonl").read_text(encoding="utf-8") == before


def test_extract_prints_the_event_contract(nlp):
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    keys = {
        "event_id",
        "article_id",
        "sentence",
        "sentence_index",
        "char_start",
        "char_end",
        "date",
        "source",
        "target",
        "action",
        "negated",
        "modality",
        "confidence",
    }
    for record in records:
        assert keys <= record.keys()


def test_extract_reads_jsonl_from_stdin(nlp):
    line = json.dumps({"id": "x1", "text": "Turkey accused Syria of shelling.", "date": "20200101"})
    result = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert (record["source"]["id"], record["target"]["id"], record["action"]["root"]) == ("TUR", "SYR", "11")
    assert record["date"] == "2020-01-01"


def test_extract_min_confidence_holds_back_conditions(nlp):
    text = "If Brazil attacks Venezuela, the region would suffer."
    line = json.dumps({"id": "x2", "text": text, "date": "20200101"})
    default = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert default.exit_code == 0, default.output
    assert not default.stdout.strip()
    everything = runner.invoke(app, ["extract", "-", "--min-confidence", "0"], input=line + "\n")
    assert everything.exit_code == 0, everything.output
    records = [json.loads(x) for x in everything.stdout.splitlines()]
    assert any(r["source"]["id"] == "BRA" and r["modality"] == "hypothetical" for r in records)


def test_extract_reports_bad_input_and_exits_nonzero(tmp_path, nlp):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Germany condemned Iran.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.stderr
    assert '"DEU"' in result.stdout


def test_sparql_finds_nato_rejecting_russia(built):
    out, _ = built
    query = (
        'SELECT ?e WHERE { ?e kgo:source act:NATO ; kgo:target ?t ; kgo:rootCode "12" '
        "FILTER(?t = act:RUS || EXISTS { ?t kgo:country act:RUS }) }"  # Russia or a part of it
    )
    result = runner.invoke(app, ["sparql", query, "--store", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(rows) >= 1  # the rejection (and the seed's other refusals of Russia's demands)


def test_sparql_reads_query_file_and_reports_syntax_errors(built, tmp_path):
    out, _ = built
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(?e) AS ?n) WHERE { ?e a kgo:Event }", encoding="utf-8")
    result = runner.invoke(app, ["sparql", f"@{query}", "--store", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert int(result.stdout.splitlines()[1]) >= 4
    bad = runner.invoke(app, ["sparql", "SELEC nonsense", "--store", str(out)])
    assert bad.exit_code == 2
    assert "SPARQL syntax error" in bad.stderr


def test_relations_both_directions(built):
    out, _ = built
    result = runner.invoke(app, ["relations", "NATO", "Russia", "--store", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    directions = {(r["source"], r["target"], r["root"]) for r in rows}
    assert ("NATO", "RUS", "12") in directions
    assert ("RUS", "NATO", "10") in directions


def test_viz_writes_offline_html(built, tmp_path):
    out, _ = built
    target = tmp_path / "viz.html"
    result = runner.invoke(app, ["viz", "--store", str(out), "--out", str(target)])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in page and "cdnjs.cloudflare" not in page


def test_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["relations", "A", "B", "--store", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no store at" in result.stderr
