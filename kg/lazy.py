"""Lazy package exports: a package's public names imported from their modules on first use (PEP 562).

Keeps ``import kg.graph`` and ``import kg.viz`` light: NetworkX and pyvis load only when a name that
needs them is first used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, table: Mapping[str, str], namespace: MutableMapping[str, Any], public: list[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for names that ``table`` maps to their modules.

    On first use of a name, its module is imported and every name ``table`` maps to that module is
    stored in ``namespace`` (the package's globals), so later lookups cost nothing.

    Examples:
        >>> ns = {}
        >>> getattr_, dir_ = lazy_exports("pkg", {"sqrt": "math", "pi": "math"}, ns, ["pi", "sqrt"])
        >>> getattr_("sqrt")(9.0), sorted(ns), dir_()
        (3.0, ['pi', 'sqrt'], ['pi', 'sqrt'])
    """

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        loaded = importlib.import_module(module)
        namespace.update({n: getattr(loaded, n) for n, m in table.items() if m == module})
        return namespace[name]

    def __dir__() -> list[str]:
        return sorted(public)

    return __getattr__, __dir__
