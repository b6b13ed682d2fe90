"""CLI: a typer group that imports and builds a command only when that command is asked for.

Building a typer command evaluates its annotations and makes a pydantic adapter for every option,
and importing its module imports what the module needs; ``kg viz`` should pay for ``viz`` alone.
``kg --help`` (and shell completion) still lists every command: it builds them all.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

import typer
from typer._click import Command, Context  # typer vendors Click since 0.26: its own Command, Context
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_group
from typer.models import CommandInfo

__all__ = ["LazyCommands", "LazyGroup", "load_command"]


def load_command(name: str, target: str, *, group: TyperGroup) -> Command:
    """The command ``name`` built from ``target``, ``"module:attribute"``: a function or a Typer app.

    A function becomes a command as ``app.command(name)`` would make it; a Typer app becomes a
    group as ``app.add_typer(sub_app, name=name)`` would.
    """
    module, _, attribute = target.partition(":")
    obj = getattr(importlib.import_module(module), attribute)
    if isinstance(obj, typer.Typer):
        sub_group = get_group(obj)
        sub_group.name = name
        return sub_group
    return get_command_from_info(
        CommandInfo(name=name, callback=obj),
        pretty_exceptions_short=True,
        rich_markup_mode=group.rich_markup_mode,
    )


class LazyCommands(MutableMapping[str, Command]):
    """A group's commands by name: the lazy ones (name -> ``"module:attribute"``) built on first use.

    Commands registered the ordinary way (``app.command(...)``) are already built and come after
    the lazy ones. Listing the names or testing ``name in commands`` builds nothing.
    """

    def __init__(self, targets: Mapping[str, str], built: Mapping[str, Command], group: TyperGroup) -> None:
        self._targets = dict(targets)
        self._built = dict(built)
        self._group = group

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            if name not in self._targets:
                raise KeyError(name)
            self._built[name] = load_command(name, self._targets[name], group=self._group)
        return self._built[name]

    def __contains__(self, name: object) -> bool:
        return name in self._targets or name in self._built

    def __iter__(self) -> Iterator[str]:
        yield from self._targets
        yield from (name for name in self._built if name not in self._targets)

    def __len__(self) -> int:
        return len(self._targets.keys() | self._built.keys())

    def __setitem__(self, name: str, command: Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._targets.pop(name, None)
        self._built.pop(name, None)


class LazyGroup(TyperGroup):
    """A :class:`typer.core.TyperGroup` whose ``lazy_commands`` are imported and built on first use.

    Subclass it with ``lazy_commands`` set (name -> ``"module:attribute"``) and pass the subclass as
    ``typer.Typer(cls=...)``. Names, order, help and the "Did you mean" hint are those of an
    ordinary group with the same commands.
    """

    lazy_commands: Mapping[str, str] = {}

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands(self.lazy_commands, self.commands, self)

    def list_commands(self, ctx: Context) -> list[str]:
        """The command names in the order they were declared (lists names: builds nothing)."""
        return list(self.commands)
