"""Viz stage: the page around the graph: pyvis's template, libraries in line, title, filters and legend.

The page is pyvis's own ``template.html`` rendered with Jinja2 as ``Network.generate_html`` does
with ``cdn_resources="in_line"``, without importing ``pyvis.network`` (which imports IPython).
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

__all__ = ["header_html", "network_page", "strip_cdn_tags", "with_header", "write_page"]

_CDN_TAG = re.compile(
    r"<(link|script)\b[^>]*\bhttps?://(cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>\s*(</script>)?",
    re.IGNORECASE | re.DOTALL,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>|<h1>\s*</h1>")
_STYLE = """<style>
#kg-header{font-family:system-ui,sans-serif;font-size:14px;margin:8px 4px}
#kg-header h1{font-size:20px;margin:0 0 4px}
#kg-header .kg-filters{color:#555;margin-bottom:6px}
#kg-header ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:4px 16px}
#kg-header .kg-swatch{display:inline-block;width:12px;height:12px;border-radius:6px;
  margin-right:4px;vertical-align:middle}
#kg-header .kg-line{display:inline-block;width:22px;height:4px;margin-right:4px;vertical-align:middle}
div.vis-tooltip,div.popup{white-space:pre-wrap;max-width:560px;font-size:13px;padding:6px}
</style>"""


def strip_cdn_tags(page: str) -> str:
    """The page without the CDN ``<link>``/``<script>`` tags pyvis's template always adds.

    Examples:
        >>> strip_cdn_tags('<p>a</p><script src="https://cdn.jsdelivr.net/x.js"></script>')
        '<p>a</p>'
    """
    return _EMPTY_HEADING.sub("", _CDN_TAG.sub("", page))


def header_html(
    title: str,
    filters: Sequence[str],
    *,
    nodes: Sequence[tuple[str, str]],
    edges: Sequence[tuple[str, str]],
    summary: str = "",
) -> str:
    """The block shown above the graph: title, filters used, and the legend, all escaped.

    Args:
        title: the heading.
        filters: the filters in words (empty: "all events").
        nodes: (colour, meaning) pairs for node colours.
        edges: (colour, meaning) pairs for edge colours.
        summary: a line such as "12 actors, 40 events".

    Examples:
        >>> "&lt;b&gt;" in header_html("<b>", [], nodes=[], edges=[])
        True
    """
    esc = html.escape
    parts = [_STYLE, '<div id="kg-header">', f"<h1>{esc(title)}</h1>"]
    shown = "; ".join(filters) if filters else "all asserted, non-negated events"
    line = f"Filters: {shown}" + (f" · {summary}" if summary else "")
    parts.append(f'<div class="kg-filters">{esc(line)}</div>')
    parts.append('<ul class="kg-legend" aria-label="legend">')
    for color, meaning in nodes:
        swatch = f'<span class="kg-swatch" style="background:{esc(color)}"></span>'
        parts.append(f"<li>{swatch}{esc(meaning)}</li>")
    for color, meaning in edges:
        parts.append(f'<li><span class="kg-line" style="background:{esc(color)}"></span>{esc(meaning)}</li>')
    parts.append("<li>size: number of events · width: mentions · arrow: source → target</li>")
    parts.append("</ul></div>")
    return "\n".join(parts)


def with_header(page: str, header: str) -> str:
    """``page`` with ``header`` placed at the start of its body.

    Examples:
        >>> with_header("<html><body><p>x</p></body></html>", "<h1>T</h1>")
        '<html><body>\\n<h1>T</h1><p>x</p></body></html>'
    """
    match = re.search(r"<body[^>]*>", page)
    if match is None:
        return header + page
    return page[: match.end()] + "\n" + header + page[match.end() :]


def _pyvis_templates() -> Path:
    """pyvis's template folder, found without importing pyvis (its ``__init__`` imports IPython)."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = Path(folder) / "templates"
        if (path / "template.html").is_file():
            return path
    raise RuntimeError("pyvis's templates are missing: reinstall kg's dependencies (pip install pyvis)")


def _marker(name: str) -> str:
    """What an included library file renders as until its text is put in (see :func:`network_page`).

    It starts with ``<``, which Jinja's ``tojson`` always escapes, so no node or edge data can
    contain it.
    """
    return f"<kg-inline {name}>"


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """A Jinja2 environment on pyvis's templates that includes library files as markers.

    pyvis's template pulls vis-network (700 kB of JavaScript and CSS) in with ``{% include %}``,
    which would make Jinja2 parse it as a template on every call; a marker stands for each file
    and the file's text replaces it after rendering, unchanged.
    """
    import jinja2

    folder = _pyvis_templates()

    files = jinja2.FileSystemLoader(str(folder))

    class Loader(jinja2.BaseLoader):
        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str | None, Callable[[], bool] | None]:
            if template.startswith("lib/"):
                return _marker(template), None, None
            return files.get_source(environment, template)

    return jinja2.Environment(loader=Loader())


@functools.lru_cache(maxsize=8)
def _library(name: str) -> str:
    path = _pyvis_templates() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise RuntimeError(f"pyvis's library file {path} cannot be read: {err}") from err


def network_page(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    options: dict[str, Any],
    *,
    height: str = "760px",
    width: str = "100%",
) -> str:
    """pyvis's page for a vis-network graph, every library in line (no CDN tags left).

    The same page as ``pyvis.network.Network(..., cdn_resources="in_line").generate_html()``
    with these nodes, edges and options (node and edge data go in through Jinja2's ``tojson``,
    which escapes ``<``, ``>``, ``&`` and ``'``), then :func:`strip_cdn_tags`.

    Examples:
        >>> page = network_page([{"id": "a", "label": "</script><kg-test>"}], [], {})
        >>> "<kg-test>" in page, "new vis.Network" in page, "cdnjs.cloudflare" in page
        (False, True, False)
    """
    template = _environment().get_template("template.html")
    physics = options.get("physics", {}).get("enabled", True) if isinstance(options, dict) else True
    page = template.render(
        height=height,
        width=width,
        nodes=nodes,
        edges=edges,
        heading="",
        options=json.dumps(options),
        physics_enabled=physics,
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor="#ffffff",
        conf=False,
        # as pyvis: a node title with a link gets an HTML popup (kg's titles are escaped text)
        tooltip_link=any("href" in str(node.get("title") or "") for node in nodes),
        neighborhood_highlight=False,
        select_menu=False,
        filter_menu=False,
        notebook=False,
        cdn_resources="in_line",
    )
    for name in sorted(set(re.findall(r"<kg-inline ([^>]+)>", page))):
        page = page.replace(_marker(name), _library(name))
    return strip_cdn_tags(page)


def write_page(path: str | Path, page: str) -> Path:
    """Write ``page`` to ``path`` as UTF-8, making its folder if needed; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
