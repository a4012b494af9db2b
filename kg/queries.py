"""Saved SPARQL queries: read one by name, check that it parses, and run it on a store."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg import store
from kg.errors import MalformedQuery
from kg.resources import query_path
from kg.results import QueryResult

QueryForm = Literal["select", "ask", "graph"]


def query_form(text: str, origin: str = "query") -> QueryForm:
    """Whether `text` is a SELECT, an ASK or a graph query (CONSTRUCT/DESCRIBE); raise
    `MalformedQuery` naming `origin` and the parser's position if it is no query at all.

    The text goes to pyoxigraph's parser through an empty store: SELECT and CONSTRUCT
    answers are lazy and never evaluated here, and an ASK on nothing is immediate.
    """
    try:
        answer = ox.Store().query(text)
    except SyntaxError as error:
        raise MalformedQuery(f"{origin} is not a valid SPARQL query: {error}") from None
    if isinstance(answer, ox.QuerySolutions):
        return "select"
    return "ask" if isinstance(answer, ox.QueryBoolean) else "graph"


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
) -> QueryResult:
    """Run a saved query on the Turtle file `graph`, or on `endpoints` when they are given."""
    text = load_query(name_or_path)
    if endpoints is None:
        return store.get("local").from_turtle(graph).query(text)
    remote = store.get("remote")(endpoints, user=user, password=password, timeout=timeout)
    return remote.query(text)
