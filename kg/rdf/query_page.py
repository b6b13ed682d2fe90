"""RDF stage: the query page ``kg serve`` shows at ``/``: a form, and the answer as an HTML table.

Rendered on the server: every value is HTML-escaped, the page has no script and loads nothing from
elsewhere, and :data:`PAGE_CSP` (sent with it) forbids scripts and outside resources.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from kg.rdf.gateway import GatewayConfig, QueryAnswer

__all__ = ["PAGE_CSP", "query_page"]

#: The Content-Security-Policy of the page: no script, no outside resource, forms post to itself.
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
_STYLE = (
    "body{font-family:sans-serif;margin:1.5em;max-width:80em}textarea{width:100%;font-family:monospace}"
    "table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #bbb;padding:.2em .5em;"
    "text-align:left;vertical-align:top;white-space:pre-wrap}.note{color:#555}.error{color:#a00}"
)
_EXAMPLE = (
    "PREFIX kgo: <https://w3id.org/kgnews/ontology#>\n"
    "SELECT ?event ?root WHERE { ?event a kgo:Event ; kgo:rootCode ?root } LIMIT 20"
)


def query_page(query: str, answer: QueryAnswer | None, *, config: GatewayConfig) -> str:
    """The query page: the form, and the answer as an HTML table; every value is escaped.

    Examples:
        >>> from kg.rdf.gateway import GatewayConfig
        >>> cfg = GatewayConfig("127.0.0.1", 1)
        >>> page = query_page('<script>alert(1)</script>', None, config=cfg)
        >>> "<script>" in page, "&lt;script&gt;" in page
        (False, True)
    """
    esc = html.escape
    mode = "read-write" if config.writable else "read-only"
    cap = f"at most {config.max_rows} rows per answer" if config.max_rows else "no row cap"
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>kg SPARQL</title>",
        f"<style>{_STYLE}</style></head><body><h1>kg SPARQL query</h1>",
        f"<p class='note'>This server is {mode}; {cap}; queries stop after {config.timeout:g} s. "
        "Programs use the SPARQL 1.1 protocol at <code>/query</code>.</p>",
        "<form method='get' action='/'><textarea name='query' rows='10'>",
        esc(query or _EXAMPLE),
        "</textarea><p><button type='submit'>Run</button></p></form>",
    ]
    if answer is not None:
        parts.append(_answer_html(answer, config))
    parts.append("</body></html>")
    return "".join(parts)


def _answer_html(answer: QueryAnswer, config: GatewayConfig) -> str:
    esc = html.escape
    text = answer.body.decode("utf-8", "replace")
    if answer.status != 200:
        return f"<p class='error'>Error (HTTP {answer.status}): {esc(text)}</p>"
    media = answer.content_type.split(";")[0]
    if media == "application/sparql-results+json":
        result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QueryBoolean):
            return f"<p>Answer: <b>{esc(str(bool(result)).lower())}</b></p>"
        names = [v.value for v in result.variables]
        rows = [[row[name] for name in names] for row in result]
    else:
        names = ["subject", "predicate", "object"]
        triples = ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        rows = [[t.subject, t.predicate, t.object] for t in triples]
    head = "".join(f"<th>?{esc(n)}</th>" for n in names)
    body = "".join("<tr>" + "".join(f"<td>{esc(_cell(v))}</td>" for v in row) + "</tr>" for row in rows)
    note = f"{len(rows)} row(s)"
    if answer.truncated:
        note += f", cut at this server's cap of {config.max_rows}: add LIMIT or filters to see the rest"
    return f"<p class='note'>{esc(note)}</p><table><tr>{head}</tr>{body}</table>"


def _cell(term: object) -> str:
    """A term as shown in a table cell: a literal's text as it is, IRIs and blank nodes as written."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)
