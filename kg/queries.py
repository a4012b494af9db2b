"""Saved SPARQL queries: read one by name, check that it parses, and run it on a store."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg import store
from kg.errors import MalformedQuery, QueryParameterError
from kg.parameters import (
    Parameter,
    date_value,
    declared,
    entities_query,
    known_entities,
    resolve,
    summary,
    with_values,
)
from kg.resources import query_path, saved_queries
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
    return saved_query(name_or_path).text


@dataclass(frozen=True)
class Query:
    """A query to run: its text, where it came from (for messages) and what it takes."""

    origin: str
    text: str

    @property
    def parameters(self) -> list[Parameter]:
        return declared(self.text, self.origin)

    @property
    def summary(self) -> str:
        return summary(self.text)


def saved_query(name_or_path: str | Path) -> Query:
    """A saved query by name, or a .rq file, checked to parse."""
    path = query_path(str(name_or_path))
    return given_query(path.read_text(encoding="utf-8"), path.name)


def given_query(text: str, origin: str) -> Query:
    """A query typed by the user (``--sparql``, standard input), checked to parse."""
    query_form(text, origin)
    return Query(origin, text)


def catalogue() -> list[Query]:
    """Every saved query, for `kg query --list`."""
    return [saved_query(name) for name in saved_queries()]


def run_query(
    query: Query,
    *,
    graph: Path,
    endpoints: store.Endpoints | None = None,
    user: str | None = None,
    password: str | None = None,
    timeout: int = 60,
    arguments: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run `query` on the Turtle file `graph`, or on `endpoints` when they are given, with
    `arguments` (parameter name → value as the user wrote it) bound to their entities."""
    if endpoints is None:
        engine = store.get("local").from_turtle(graph)
    else:
        engine = store.get("remote")(endpoints, user=user, password=password, timeout=timeout)
    bound = bindings(query, arguments or {}, engine.query)
    return engine.query(with_values(query.text, bound, query.origin))


def bindings(
    query: Query, arguments: Mapping[str, str], ask: Callable[[str], QueryResult]
) -> dict[str, ox.NamedNode | ox.Literal]:
    """The RDF term each argument names, resolved with `ask` (the store's query function)."""
    declared_here = {parameter.name: parameter for parameter in query.parameters}
    unknown = sorted(set(arguments) - set(declared_here))
    if unknown:
        takes = ", ".join(f"--{name}" for name in declared_here) or "no parameters"
        raise QueryParameterError(f"{query.origin} takes {takes}, not --{unknown[0]}")
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, value in arguments.items():
        parameter = declared_here[name]
        if parameter.kind == "date":
            bound[name] = date_value(parameter, value)
        else:
            rows = ask(entities_query(parameter.kind)).rows
            bound[name] = resolve(parameter, value, known_entities(rows))
    return bound


def page(result: QueryResult, limit: int | None, offset: int = 0) -> tuple[QueryResult, int]:
    """Rows `offset` to `offset + limit` of `result`, and how many rows were left out."""
    if result.boolean is not None:
        return result, 0
    end = None if limit is None else offset + limit
    shown = result.rows[offset:end]
    return QueryResult(result.columns, shown), len(result.rows) - len(shown)
