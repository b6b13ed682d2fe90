"""Benchmark the `kg` CLI's own cost: from `import kg.cli` to a parsed command, lazy against eager.

    .venv/bin/python bench/bench_cli.py [--command viz] [--repeat 20]

Each run is a fresh interpreter that measures its CPU time (``time.process_time``) from importing
typer and ``kg.cli`` to the command's parsed context, i.e. everything before the command's own work:
  * lazy: ``kg.cli.app`` as shipped (only the command invoked is imported and built);
  * eager: the same commands registered the ordinary typer way (every module imported, every command
    built), which is what ``kg/cli/__init__.py`` did before;
  * floor: importing typer and pydantic alone (typer 0.29 imports pydantic to coerce option values).
The three alternate, so the machine's load falls on them alike; read the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

ARGS = {
    "viz": ["viz", "--store", "out", "--out", "graph.html"],
    "sparql": ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", "out"],
    "ingest": ["ingest", "seeds"],
}

PARSE = """
group = typer.main.get_command(app)
argv = {argv!r}
ctx = group.make_context("kg", list(argv))
name, command, rest = group.resolve_command(ctx, argv)
command.make_context(name, rest, parent=ctx)
print(time.process_time() - t0)
"""
LAZY = "import time\nt0 = time.process_time()\nimport typer.main\nfrom kg.cli import app\n" + PARSE
EAGER = (
    "import time\nt0 = time.process_time()\nimport importlib\nimport typer, typer.main\n"
    "from kg.cli import COMMANDS, main\n"
    "app = typer.Typer(name='kg', no_args_is_help=True, add_completion=False)\n"
    "app.callback()(main)\n"
    "for cmd_name, target in COMMANDS.items():\n"
    "    module, _, attribute = target.partition(':')\n"
    "    obj = getattr(importlib.import_module(module), attribute)\n"
    "    if isinstance(obj, typer.Typer):\n"
    "        app.add_typer(obj, name=cmd_name)\n"
    "    else:\n"
    "        app.command(cmd_name)(obj)\n" + PARSE
)
FLOOR = (
    "import time\nt0 = time.process_time()\nimport typer.main, pydantic\nprint(time.process_time() - t0)\n"
)


def run(code: str) -> float:
    """CPU seconds the fresh interpreter reports for ``code``."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--command", choices=sorted(ARGS), default="viz")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    argv = ARGS[args.command]
    variants = {
        "lazy (kg.cli.app)": LAZY.format(argv=argv),
        "eager (every command built)": EAGER.format(argv=argv),
        "floor: import typer, pydantic": FLOOR,
    }
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.repeat):
        for name, code in variants.items():
            times[name].append(run(code))
    print(f"kg {args.command}: CPU s from `import kg.cli` to the parsed command, {args.repeat} runs each")
    print(f"{'what':32} {'min':>7} {'mean':>7} {'median':>7}")
    for name, values in times.items():
        print(f"{name:32} {min(values):7.3f} {statistics.mean(values):7.3f} {statistics.median(values):7.3f}")
    lazy, eager = times["lazy (kg.cli.app)"], times["eager (every command built)"]
    print(
        f"lazy / eager: {min(lazy) / min(eager):.2f}x min, "
        f"{statistics.mean(lazy) / statistics.mean(eager):.2f}x mean"
    )
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
