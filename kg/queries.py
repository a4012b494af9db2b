"""Saved SPARQL queries: read one by name, check that it parses, and run it on a store."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from kg import store
from kg.resources import query_path
from kg.results import QueryResult
from kg.sparql import QueryForm, parse


def query_form(text: str, origin: str = "query") -> QueryForm:
    """Whether `text` is a SELECT, an ASK or a graph query (CONSTRUCT/DESCRIBE); raise
    `MalformedQuery` naming `origin` and the parser's position if it is no query at all.

    The text is only parsed (`kg.sparql.parse`), never run: running it, even on an empty
    store, would make its SERVICE calls.
    """
    return parse(text, origin).form


def load_query(name_or_path: str | Path) -> str:
    """Text of a saved query (``who-met-hamas``, ``who-met-hamas.rq``) or of a .rq file."""
    path = query_path(str(name_or_path))
    text = path.read_text(encoding="utf-8")
    query_form(text, path.name)
    return text


def run_query(
    name_or_path: str | Path,
    *,
    graph: Path,
    endpoints: store.Endpoints | None = None,
    user: str | None = None,
    password: str | None = None,
    timeout: int = 60,
    allow_service: Collection[str] = (),
) -> QueryResult:
    """Run a saved query on the Turtle file `graph`, or on `endpoints` when they are given,
    within `timeout` seconds.

    On the local graph a SERVICE call is refused unless `allow_service` names its host (it
    would send the graph's data there); an endpoint applies its own policy to SERVICE.
    """
    text = load_query(name_or_path)
    if endpoints is None:
        local = store.get("local").from_turtle(graph)
        return local.query(text, timeout=timeout, allow_service=allow_service)
    remote = store.get("remote")(endpoints, user=user, password=password, timeout=timeout)
    return remote.query(text)
