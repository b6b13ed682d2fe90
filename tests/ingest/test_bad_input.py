"""Bad input (issue 8): each problem named with its file (and line), the batch goes on, failures counted."""

import json
import logging
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import IngestError
from kg.ingest import ReadOptions, read_articles

DATA = Path(__file__).parent / "data"
runner = CliRunner()

FRENCH = (
    "Le gouvernement a annoncé mardi qu'il enverrait une délégation à Alger pour relancer "
    "les discussions sur l'énergie. Le ministre des affaires étrangères a déclaré que les "
    "deux pays avaient besoin d'un accord durable, mais l'opposition a critiqué cette "
    "initiative et demandé un débat au parlement."
)
GERMAN = (
    "Die Regierung hat am Dienstag angekündigt, dass sie eine Delegation nach Warschau schicken "
    "wird, um über die Energieversorgung zu verhandeln. Der Außenminister sagte, beide Länder "
    "bräuchten eine dauerhafte Vereinbarung, doch die Opposition kritisierte den Schritt scharf."
)
GOOD = (
    "Published 2 May 2021\n\nTurkey warned Syria against new attacks.\n\nIran met France in Vienna on Monday."
)


@pytest.fixture
def bad_dir(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_blob.txt").write_bytes(b"\x00\x01\x02\x03 binary junk")
    (d / "c_report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 obj")
    (d / "d_latin1.txt").write_bytes("Ankara criticised Paris over the caf\xe9 closures.".encode("latin-1"))
    lines = [
        json.dumps({"id": "ok1", "text": "Japan protested to China.", "date": "2020-01-02"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "de", "text": GERMAN, "date": "2020-01-03"}),
        json.dumps({"id": "notext"}),
    ]
    raw = "\n".join(lines).encode("utf-8") + b'\n{"id": "bytes", "text": "caf\xe9 \xff"}\n'
    (d / "e_records.jsonl").write_bytes(raw)
    (d / "f_french.txt").write_text(FRENCH, encoding="utf-8")
    (d / "g_scripts.html").write_bytes((DATA / "scripts_only.html").read_bytes())
    (d / "h_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "i_undated.txt").write_text("Egypt hosted talks between Sudan and Ethiopia.", encoding="utf-8")
    return d


def test_each_problem_is_named_and_the_batch_goes_on(bad_dir, caplog):
    errors = []
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        articles = list(read_articles([bad_dir], on_error=errors.append))
    assert [a.id for a in articles if a.source.endswith(".jsonl")] == ["ok1", "bytes"]
    assert {Path(a.source).name for a in articles} == {
        "d_latin1.txt",
        "e_records.jsonl",
        "h_good.txt",
        "i_undated.txt",
    }
    d = str(bad_dir)
    assert [re.sub(r"of \d+ words", "of N words", str(e)) for e in errors] == [
        f"{d}/a_empty.txt: file is empty",
        f"{d}/b_blob.txt: file looks like binary data (NUL bytes), not text",
        f"{d}/c_report.txt: file looks like a PDF document, not text",
        f"{d}/e_records.jsonl:2: line is not valid JSON (Expecting value)",
        f"{d}/e_records.jsonl:3: text does not look like English (0% of N words are English function words); "
        "skipped, since the English model would produce noise",
        f"{d}/e_records.jsonl:4: record has no non-empty 'text' string",
        f"{d}/f_french.txt: text does not look like English (0% of N words are English function words); "
        "skipped, since the English model would produce noise",
        f"{d}/g_scripts.html: no article text found in the page (only navigation, scripts or boilerplate)",
    ]
    warnings = [r.getMessage() for r in caplog.records]
    assert f"{d}/d_latin1.txt: invalid UTF-8 at byte 36, undecodable bytes replaced" in warnings
    assert f"{d}/e_records.jsonl:5: invalid UTF-8, undecodable bytes replaced" in warnings
    assert f"{d}/i_undated.txt: no publication date found; its events will have no date" in warnings
    assert f"{d}/d_latin1.txt: no publication date found; its events will have no date" in warnings
    latin = next(a for a in articles if a.source.endswith("d_latin1.txt"))
    assert "caf\ufffd closures" in latin.text
    assert articles[2].text == "caf\ufffd \ufffd"


def test_strict_stops_at_the_first_problem(bad_dir):
    with pytest.raises(IngestError, match="a_empty.txt: file is empty"):
        list(read_articles([bad_dir], strict=True))
    with pytest.raises(IngestError, match=r"e_records.jsonl:2: line is not valid JSON"):
        list(read_articles([bad_dir / "e_records.jsonl"], strict=True))


def test_non_english_kept_when_asked(bad_dir):
    options = ReadOptions(english_only=False)
    (article,) = list(read_articles([bad_dir / "f_french.txt"], options=options))
    assert article.text == FRENCH


def test_a_20_mb_article_is_split_into_article_sized_parts(tmp_path, caplog):
    paragraph = (
        "Delegations from Argentina and Uruguay met again in Montevideo to discuss river dredging, "
        "fishing rights and the shared port authority, and officials said progress had been slow. "
    ) * 6
    path = tmp_path / "dump.txt"
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        n = 0
        while written < 20 * 2**20:
            chunk = f"{paragraph}(section {n})\n\n"  # sections differ, so no part repeats another
            handle.write(chunk)
            written += len(chunk)
            n += 1
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        parts = list(read_articles([path], dedup=False))
    options = ReadOptions()
    assert len(parts) > 20 * 2**20 // options.part_chars
    assert all(len(p.text) <= options.part_chars for p in parts)
    assert parts[0].id.endswith("-part1") and parts[-1].id.endswith(f"-part{len(parts)}")
    assert sum(len(p.text) for p in parts) >= written - 2 * len(parts) - n * 2
    assert any("over the 100,000 limit; parsed as" in r.getMessage() for r in caplog.records)


def test_kg_ingest_counts_failures_in_its_summary_and_exit_status(bad_dir):
    result = runner.invoke(app, ["ingest", str(bad_dir)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert "5 articles read, 0 duplicates skipped, 8 inputs failed" in result.stderr
    assert f"error: {bad_dir}/f_french.txt: text does not look like English" in result.stderr
    strict = runner.invoke(app, ["ingest", str(bad_dir), "--strict"])
    assert strict.exit_code == 2
    assert strict.stdout == ""
    assert f"error: {bad_dir}/a_empty.txt: file is empty" in strict.stderr


def test_kg_build_counts_failures_and_stores_the_rest(bad_dir, tmp_path, nlp):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(bad_dir), "--out", str(out), "--no-html"])
    assert result.exit_code == 1, result.output
    assert "inputs failed" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "inputs failed" in line)
    assert row.split()[-2] == "8"
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["source"]["id"] for e in events} >= {"TUR"}


def test_many_undated_files_are_named_then_counted(tmp_path, caplog):
    for n in range(12):
        (tmp_path / f"{n:02d}.txt").write_text(f"Report {n}: Chad met Niger.", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="kg.ingest"):
        assert len(list(read_articles([tmp_path]))) == 12
    undated = [r for r in caplog.records if "no publication date found" in r.getMessage()]
    assert [r.levelname for r in undated] == ["WARNING"] * 10 + ["INFO"] * 2
    assert caplog.records[-1].getMessage() == "2 more files have no publication date (-v names them)"
