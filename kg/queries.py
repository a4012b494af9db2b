"""Saved SPARQL queries: read one by name, check that it parses, and run it on a store."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg import store
from kg.errors import QueryParameterError
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
from kg.results import QueryResult, RowStream
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
    allow_service: Collection[str] = (),
) -> RowStream:
    """Run `query` on the Turtle file `graph`, or on `endpoints` when they are given, within
    `timeout` seconds, with `arguments` (parameter name → value as the user wrote it) bound
    to their entities.

    On the local graph a SERVICE call is refused unless `allow_service` names its host (it
    would send the graph's data there); an endpoint applies its own policy to SERVICE.
    """
    if endpoints is None:
        local = store.get("local").from_turtle(graph)

        def ask(text: str) -> QueryResult:
            return local.query(text, timeout=timeout, allow_service=allow_service)

        def answer(text: str) -> RowStream:
            return local.stream(text, timeout=timeout, allow_service=allow_service)
    else:
        remote = store.get("remote")(endpoints, user=user, password=password, timeout=timeout)
        ask = remote.query

        def answer(text: str) -> RowStream:
            return RowStream.of(remote.query(text))  # an HTTP answer arrives whole

    bound = bindings(query, arguments or {}, ask)
    return answer(with_values(query.text, bound, query.origin))


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


def window(answer: RowStream, limit: int | None, offset: int = 0) -> RowStream:
    """Rows `offset` to `offset + limit` of `answer` (all the rest if `limit` is None)."""
    end = None if limit is None else offset + limit
    return RowStream(answer.columns, islice(answer.rows, offset, end), answer.boolean)


def page(answer: RowStream, limit: int, offset: int = 0) -> tuple[QueryResult, int]:
    """Rows `offset` to `offset + limit` of `answer` in hand, and how many others it has
    (counted, not kept)."""
    skipped = sum(1 for _ in islice(answer.rows, offset))
    shown = QueryResult(answer.columns, list(islice(answer.rows, limit)), answer.boolean)
    return shown, skipped + sum(1 for _ in answer.rows)
