"""`kg ingest`, and the new formats through `kg build` / `kg extract`, via typer's CliRunner."""

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"
runner = CliRunner()


def test_ingest_prints_what_the_pipeline_will_see():
    result = runner.invoke(
        app, ["ingest", str(DATA / "harbour_meta_date.html"), str(DATA / "alpine_post.atom")]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == [
        "Norway and Chile sign fisheries pact after two years of talks",
        "Austria and Slovenia open rail tunnel",
        "Switzerland mediates between Serbia and Kosovo",
    ]
    for record in records:
        assert {"id", "title", "date", "url", "source", "text"} <= set(record)
    assert records[0]["date"] == "2023-04-18"
    assert records[0]["published"] == "2023-04-18T09:30:00+02:00"
    assert "3 articles read, 0 duplicates skipped, 0 inputs failed" in result.stderr


def test_ingest_table_preview_and_duplicates():
    rss = str(DATA / "coastal_wire.rss")
    result = runner.invoke(app, ["ingest", rss, rss, "--format", "table"])
    assert result.exit_code == 1  # the entry without text, reported twice
    assert "Ghana" in result.stdout and "Fiji" in result.stdout
    assert "2 articles read, 2 duplicates skipped, 2 inputs failed" in result.stderr
    kept = runner.invoke(app, ["ingest", rss, rss, "--keep-duplicates"])
    assert len(kept.stdout.splitlines()) == 4


def test_build_and_extract_read_a_table_through_the_column_options(tmp_path, nlp):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["story_text", "when", "ref"])
        writer.writerow(["Peru criticised Chile on Monday.", "Tue, 09 Mar 2021 10:00:00 GMT", "t-1"])
    options = ["--text-col", "story_text", "--date-col", "when", "--id-col", "ref"]
    extracted = runner.invoke(app, ["extract", str(path), *options])
    assert extracted.exit_code == 0, extracted.output
    (event,) = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert (event["article_id"], event["source"]["id"], event["target"]["id"]) == ("t-1", "PER", "CHL")
    assert event["date"] == "2021-03-08"  # "on Monday" against the article's date, Tuesday 9 March
    out = tmp_path / "out"
    built = runner.invoke(app, ["build", str(path), "--out", str(out), "--no-html", *options])
    assert built.exit_code == 0, built.output
    stored = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["article_id"] for e in stored] == ["t-1"]
    missing = runner.invoke(app, ["build", str(path), "--out", str(out), "--no-html"])
    assert missing.exit_code == 1
    assert "no text column" in missing.output


def test_extract_reads_a_saved_web_page(nlp):
    result = runner.invoke(app, ["extract", str(DATA / "harbour_meta_date.html")])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    (peru,) = [e for e in events if (e["source"]["id"], e["target"] and e["target"]["id"]) == ("PER", "CHL")]
    assert (peru["action"]["root"], peru["date"]) == ("11", "2023-04-18")  # the date of the page's <meta>
    assert all("2023-04-11" <= e["date"] <= "2023-04-18" for e in events)  # "on Wednesday" counts back
    assert all("cookies" not in e["sentence"] for e in events)
