"""`kg sparql`, `kg query`, `kg export`, `kg import` and `kg serve` on a real built store."""

import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.rdf.conftest import free_port

runner = CliRunner()


def test_query_list_names_every_query_and_its_parameters():
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    for name in ("events_between", "dyad_timeline", "most_hostile", "cooperation_network", "events_per_root"):
        assert name in result.output
    assert "--param actor=<actor>" in result.output


def test_query_runs_with_params_and_formats(seed_build):
    result = runner.invoke(
        app,
        [
            "query",
            "events_between",
            "-p",
            "a=NATO",
            "-p",
            "b=RUS",
            "--store",
            str(seed_build.out_dir),
            "-f",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["cameo"].startswith("12") and "rejected" in r["sentence"] for r in rows)
    bad = runner.invoke(app, ["query", "events_between", "-p", "a=NATO", "--store", str(seed_build.out_dir)])
    assert bad.exit_code == 2 and "needs --param b" in bad.output


@pytest.mark.parametrize("fmt, check", [("csv", ","), ("tsv", "\t")])
def test_sparql_from_a_file_in_csv_and_tsv(tmp_path, seed_build, fmt, check):
    query = tmp_path / "count.rq"
    query.write_text(
        "SELECT ?root (COUNT(?e) AS ?n) WHERE { ?e kgo:rootCode ?root } GROUP BY ?root", encoding="utf-8"
    )
    result = runner.invoke(app, ["sparql", f"@{query}", "--store", str(seed_build.out_dir), "--format", fmt])
    assert result.exit_code == 0, result.output
    header, *rows = result.output.splitlines()
    assert header == f"root{check}n" and rows


def test_sparql_rejects_an_unknown_format(seed_build):
    result = runner.invoke(app, ["sparql", "ASK {}", "--store", str(seed_build.out_dir), "--format", "xml"])
    assert result.exit_code != 0


def test_export_then_import_through_the_cli(tmp_path, seed_build):
    out = tmp_path / "kg.nq"
    result = runner.invoke(app, ["export", str(out), "--store", str(seed_build.out_dir)])
    assert result.exit_code == 0, result.output
    csv_out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", str(csv_out), "--store", str(seed_build.out_dir)]).exit_code == 0
    assert csv_out.read_text(encoding="utf-8").startswith("GLOBALEVENTID,SQLDATE,Actor1Code")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    target = tmp_path / "copy"
    result = runner.invoke(app, ["import", str(bad), str(out), "--store", str(target)])
    assert result.exit_code == 1  # one file failed, the other loaded
    assert "bad.ttl" in result.output
    count = runner.invoke(
        app,
        ["sparql", "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kgo:Event }", "--store", str(target), "-f", "csv"],
    )
    assert count.output.splitlines()[1] == str(seed_build.events_total)


@pytest.mark.slow
def test_kg_serve_answers_sparql_over_http_and_stops(seed_build):
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    process = subprocess.Popen(
        [str(kg), "serve", "--store", str(seed_build.out_dir), "--port", str(port), "--timeout", "5"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        count = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a <https://w3id.org/kgnews/ontology#Event> }"
        query = urllib.parse.urlencode({"query": count})
        url = f"http://127.0.0.1:{port}/query?{query}"
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        for _ in range(200):
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("kg serve did not answer")
        assert int(body["results"]["bindings"][0]["n"]["value"]) == seed_build.events_total
        update = urllib.request.Request(
            f"http://127.0.0.1:{port}/update",
            data=b"CLEAR ALL",
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(OSError):
            urllib.request.urlopen(update, timeout=5)  # read-only unless --writable
    finally:
        process.terminate()
        assert process.wait(timeout=10) is not None
