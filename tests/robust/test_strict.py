"""`--strict` on `kg build` and `kg extract` (issue 8): the first bad input stops the run, named."""

from __future__ import annotations

import subprocess

import pytest

from tests.robust.conftest import KG

pytestmark = pytest.mark.slow


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "a_good.txt").write_text("Published 2 May 2021\n\nTurkey warned Syria against new attacks.\n")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_good.txt").write_text("Published 3 May 2021\n\nIran met France in Vienna on Monday.\n")
    return d


@pytest.mark.parametrize("command", ["build", "extract"])
def test_strict_stops_at_the_first_bad_input_and_names_it(inbox, tmp_path, command):
    out = ["--out", str(tmp_path / "out"), "--no-html", "--no-ttl"] if command == "build" else []
    lenient = subprocess.run([KG, command, str(inbox), *out], capture_output=True, text=True, timeout=300)
    assert lenient.returncode == 1 and "b_empty.txt" in lenient.stderr
    strict_out = ["--out", str(tmp_path / "strict"), "--no-html", "--no-ttl"] if command == "build" else []
    strict = subprocess.run(
        [KG, command, str(inbox), "--strict", *strict_out], capture_output=True, text=True, timeout=300
    )
    assert strict.returncode == 2, strict.stderr
    assert "b_empty.txt" in strict.stderr
    assert "Traceback" not in strict.stderr
    if command == "extract":  # nothing after the bad file was extracted
        assert "Vienna" not in strict.stdout and "Vienna" in lenient.stdout
    else:
        events = tmp_path / "strict" / "events.jsonl"
        assert not events.exists() or "Vienna" not in events.read_text()
