import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from kg.actors import Resolver
from kg.cli import app
from kg.errors import ActorResolutionError

USER_FILE = (
    "# my actors\n"
    "name\tid\tkind\tlabel\tcountry\tsector\tstart\tend\n"
    "Ruritanian Liberation Front\tRLF\tgroup\tRuritanian Liberation Front\tUKR\tREB\t\t\n"
    "Lemaire\tanna-lemaire\tperson\tAnna Lemaire\tFRA\tGOV\t2020-01-01\t2022-12-31\n"
    "Lemaire\tanna-lemaire\tperson\tAnna Lemaire\tFRA\tJUD\t2023-01-01\t\n"
    "Moscow\tRUS\t\t\t\t\t\t\n"
)


@pytest.fixture()
def user_file(tmp_path):
    path = tmp_path / "my_actors.tsv"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


def test_user_actors_are_added_and_override(user_file):
    base = Resolver()
    r = Resolver(actors_file=str(user_file))
    rlf = r.resolve("the Ruritanian Liberation Front")
    assert (rlf.id, rlf.country, rlf.sector, rlf.kind) == ("RLF", "UKR", "REB", "group")
    assert r.resolve("Moscow").id == "RUS"  # the user's reading wins over the seat of power
    assert base.resolve("Moscow").id == "RUSGOV"  # kg's own index is left as it was
    assert r.resolve("Lemaire", date=dt.date(2021, 6, 1)).sector == "GOV"
    assert r.resolve("Lemaire", date=dt.date(2024, 6, 1)).sector == "JUD"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name\tlabel\nX\tY\n", "'name' and 'id'"),
        ("name\tid\tkind\nX\tXX\tplanet\n", "kind 'planet'"),
        ("name\tid\tkind\tsector\nX\tXX\tgroup\tZZZ\n", "sector 'ZZZ'"),
        ("name\tid\nX\tNOT_KNOWN\n", "give its kind"),
        ("name\tid\tkind\tcountry\tstart\nX\tx\tperson\tFRA\t13/01/2022\n", "not a date"),
    ],
)
def test_bad_user_file_names_file_and_line(tmp_path, text, problem):
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ActorResolutionError, match=problem) as err:
        Resolver(actors_file=str(path))
    assert "bad.tsv" in str(err.value)


def test_cli_resolve_json(user_file):
    result = CliRunner().invoke(
        app,
        ["actors", "resolve", "the Kremlin", "Sherman", "Ruritanian Liberation Front", "the weather",
         "--date", "2022-01-13", "--format", "json", "--actors", str(user_file)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows[:3]] == ["RUSGOV", "wendy-sherman", "RLF"]
    assert rows[1]["country"] == "USA" and rows[1]["resolved"] is True
    assert rows[3]["resolved"] is False
    assert {"id", "label", "country", "sector", "cameo", "qid", "resolved"} <= set(rows[0])


def test_cli_bad_date_and_bad_file(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["actors", "resolve", "NATO", "--date", "13/01/2022"]).exit_code != 0
    missing = runner.invoke(app, ["actors", "resolve", "NATO", "--actors", str(tmp_path / "none.tsv")])
    assert missing.exit_code == 2
    assert "none.tsv" in missing.output
