"""The `kg` group builds only the command invoked, and is otherwise the same CLI as an eager typer app."""

import importlib
import subprocess
import sys
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import COMMANDS, app, main
from kg.cli.lazy import LazyGroup
from tests.conftest import ROOT

runner = CliRunner()


def _eager_app() -> typer.Typer:
    """The same commands registered the ordinary typer way: every module imported, every command built."""
    eager = typer.Typer(
        name="kg",
        help="Turn news articles into a geopolitical event knowledge graph.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    eager.callback()(main)
    for name, target in COMMANDS.items():
        module, _, attribute = target.partition(":")
        obj = getattr(importlib.import_module(module), attribute)
        if isinstance(obj, typer.Typer):
            eager.add_typer(obj, name=name)
        else:
            eager.command(name)(obj)
    return eager


def _help(cli: typer.Typer, args: list[str]) -> str:
    result = runner.invoke(cli, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_kg_help_lists_every_command_as_an_eager_app_does():
    output = _help(app, [])
    for name in COMMANDS:
        assert f"│ {name} " in output, name
    assert _help(app, []) == _help(_eager_app(), [])


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_reachable_with_the_help_and_options_of_the_eager_app(name):
    output = _help(app, [name])
    assert f"Usage: kg {name} " in output
    assert output == _help(_eager_app(), [name])


def test_the_actors_sub_group_keeps_its_commands():
    output = _help(app, ["actors", "resolve"])
    assert "Usage: kg actors resolve" in output
    assert "--date" in output
    assert output == _help(_eager_app(), ["actors", "resolve"])


def test_an_unknown_command_is_an_error_that_suggests_the_close_name():
    result = runner.invoke(app, ["vizz"])
    assert result.exit_code == 2
    assert "No such command 'vizz'" in result.output
    assert "Did you mean 'viz'?" in result.output


def test_viz_help_imports_no_other_command_module():
    code = (
        "import sys\n"
        "from kg.cli import app\n"
        "try:\n"
        "    app(['viz', '--help'])\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n"
        "print(' '.join(m for m in sys.modules if m.startswith('kg.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    loaded = set(done.stdout.splitlines()[-1].split())
    assert "kg.cli.viz" in loaded
    others = {target.partition(":")[0] for name, target in COMMANDS.items() if name != "viz"}
    assert not loaded & others, sorted(loaded & others)


class _Demo(LazyGroup):
    lazy_commands = {"viz": "kg.cli.viz:viz_cli"}


def test_commands_registered_the_ordinary_way_still_work_beside_the_lazy_ones():
    demo = typer.Typer(cls=_Demo, add_completion=False)

    @demo.callback()
    def root() -> None:
        """Demo."""

    @demo.command("hello")
    def hello(name: Annotated[str, typer.Option()] = "you") -> None:
        """Say hello."""
        typer.echo(f"hello {name}")

    result = runner.invoke(demo, ["hello", "--name", "kg"])
    assert result.exit_code == 0, result.output
    assert result.output == "hello kg\n"
    listing = _help(demo, [])
    assert listing.index("│ viz ") < listing.index("│ hello ")
    assert "--color-by" in _help(demo, ["viz"])


@pytest.mark.parametrize(("flag", "shown", "hidden"), [("", None, "INFO"), ("-v", "INFO", "DEBUG")])
def test_verbose_sets_the_log_level_before_the_command_runs(seed_build, tmp_path, flag, shown, hidden):
    args = [sys.executable, "-m", "kg", *([flag] if flag else [])]
    args += ["viz", "--store", str(seed_build.store), "--out", str(tmp_path / "g.html")]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout
    if shown:
        assert f"{shown} kg.viz.html: wrote" in done.stderr
    assert f"{hidden} " not in done.stderr


def test_double_verbose_shows_debug_messages(seed_build, tmp_path):
    out = tmp_path / "g.html"
    args = [sys.executable, "-m", "kg", "-vv", "viz", "--store", str(seed_build.store), "--out", str(out)]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "DEBUG kg.graph.read:" in done.stderr
