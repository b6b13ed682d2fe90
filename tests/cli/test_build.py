"""`kg build` options for scale: --workers, --engine, --scheduler, the timing row; real model and store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.pipeline.conftest import OWN_TEXTS, write_articles

runner = CliRunner()


@pytest.mark.slow
def test_build_with_two_workers_matches_one(tmp_path: Path, nlp):
    articles = write_articles(tmp_path / "articles", OWN_TEXTS)
    ids = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = runner.invoke(
            app, ["build", str(articles), "--out", str(out), "--workers", workers, "--no-html"]
        )
        assert result.exit_code == 0, result.output
        assert "articles/s" in result.output
        lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
        ids[workers] = {json.loads(line)["event_id"] for line in lines}
    assert ids["1"] and ids["1"] == ids["2"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "spark"], "unknown engine 'spark'"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
    ],
)
def test_build_refuses_bad_engine_options(tmp_path: Path, options: list[str], message: str):
    articles = write_articles(tmp_path / "articles", OWN_TEXTS[:1])
    result = runner.invoke(app, ["build", str(articles), "--out", str(tmp_path / "out"), *options])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists(), "nothing is built when the options are wrong"


def test_build_min_confidence_decides_what_is_stored(tmp_path: Path, nlp):
    text = "If Brazil attacks Venezuela, the region would suffer."
    line = json.dumps({"id": "c1", "text": text, "date": "20200101"})
    src = tmp_path / "a.jsonl"
    src.write_text(line + "\n", encoding="utf-8")

    def stored(out: Path, *options: str) -> list[dict]:
        result = runner.invoke(app, ["build", str(src), "--out", str(out), "--no-html", "--no-ttl", *options])
        assert result.exit_code == 0, result.output
        lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(x) for x in lines]

    assert stored(tmp_path / "default") == []
    everything = stored(tmp_path / "all", "--min-confidence", "0")
    assert any(r["source"]["id"] == "BRA" and r["modality"] == "hypothetical" for r in everything)
