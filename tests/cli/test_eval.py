"""`kg eval` on a small gold file of our own sentences: table by default, JSON with --json."""

import json

from typer.testing import CliRunner

from kg.cli import app

RECORDS = [
    {
        "id": "s1",
        "text": "Israel attacked Syria.",
        "date": "20200508",
        "events": [{"source": "ISR", "target": "SYR", "code": "190"}],
    },
    {
        "id": "s2",
        "text": "Germany expelled Iranian diplomats.",
        "date": "20200508",
        "events": [{"source": "DEUGOV", "target": "IRNGOV", "code": "161"}],
    },
    {
        "id": "s3",
        "text": "The weather was fine in Paris.",
        "date": "20200508",
        "events": [],
        "no_events_expected": True,
    },
]


def _gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_eval_table(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "country/org" in result.output and "per root" in result.output


def test_eval_json(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(_gold(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["coarse"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["no_event_sentences"] == 1 and report["no_event_with_output"] == 0


def test_eval_bad_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl" in result.output
