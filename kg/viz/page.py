"""Viz stage: the page around the graph: CDN tags removed, title, filters and legend added."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

__all__ = ["header_html", "strip_cdn_tags", "with_header"]

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
