"""Any SPARQL 1.1 endpoint (Fuseki, Oxigraph's server, ...): queries go through
SPARQLWrapper, loads through the Graph Store HTTP Protocol.

Answers are parsed with pyoxigraph and rendered by `kg.results`, so an endpoint's answer
prints exactly like the local engine's.
"""

from __future__ import annotations

import ast
import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import CONSTRUCT, DESCRIBE, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import EndpointError, GraphNotBuilt
from kg.results import QueryResult, from_pyoxigraph, from_triples
from kg.store import Endpoints, LoadReport, count_query
from kg.store.http import HttpFailure, Retry, with_retries

SOLUTION_TYPES = frozenset({"application/sparql-results+json", "application/json"})
GRAPH_TYPES = frozenset({"text/turtle", "application/turtle", "application/x-turtle"})

# SPARQLWrapper turns some statuses into exceptions of its own; the rest stay HTTPError.
_SPARQLWRAPPER_STATUS = {
    "QueryBadFormed": 400,
    "Unauthorized": 401,
    "EndPointNotFound": 404,
    "URITooLong": 414,
    "EndPointInternalError": 500,
}


class RemoteStore:
    """A SPARQL endpoint reached over HTTP, with basic auth when `user` is given.

    `timeout` is in whole seconds: SPARQLWrapper truncates it to an int, so 0.5 would mean
    no timeout at all.
    """

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: int = 60,
        retry: Retry | None = None,
    ) -> None:
        if not isinstance(timeout, int) or timeout < 1:
            raise ValueError(f"timeout must be a whole number of seconds >= 1, not {timeout!r}")
        if (user is None) != (password is None):
            raise EndpointError("give both --user and --password, or neither")
        self.endpoints = endpoints
        self.user = user
        self.password = password
        self.timeout = timeout
        self.retry = retry or Retry()

    def query(self, text: str) -> QueryResult:
        """Run a SPARQL query on the endpoint (POST, content negotiation only)."""
        url = self._url("query", "--endpoint or --query-url")
        wrapper = SPARQLWrapper(url)
        wrapper.setMethod(POST)
        # Without this SPARQLWrapper also sends format=/output=/results= parameters, which
        # Fuseki rejects; the Accept header says the same thing in the standard way.
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(self.timeout)
        if self.user is not None and self.password is not None:
            wrapper.setCredentials(self.user, self.password)
        wrapper.setQuery(text)
        graph_form = wrapper.queryType in (CONSTRUCT, DESCRIBE)
        wrapper.setReturnFormat(TURTLE if graph_form else JSON)

        def exchange() -> tuple[str, bytes]:
            try:
                response = wrapper.query().response
            except SPARQLWrapperException as error:
                raise failure_of(error) from error
            with response:
                return response.headers.get_content_type(), response.read()

        content_type, body = with_retries(
            exchange, url=url, timeout=self.timeout, action="run queries", retry=self.retry
        )
        return _read_answer(url, content_type, body, graph_form)

    def count(self, graph: str | None = None) -> int:
        """Number of triples in `graph` (the default graph if None)."""
        return int(self.query(count_query(graph)).rows[0][0] or 0)

    def load(self, path: Path, graph: str | None = None, replace: bool = False) -> LoadReport:
        """Send the Turtle file `path` to `graph` (the default graph if None): PUT replaces
        the graph, POST adds to it. The file is streamed from disk, never read whole.

        Fuseki and Oxigraph apply one request in one transaction, so a failed load leaves
        the graph as it was (with `replace` too); any failure raises, so no partial load is
        reported as done.
        """
        store_url = self._url("store", "--endpoint or --store-url")
        path = Path(path)
        if not path.is_file():
            raise GraphNotBuilt(f"no graph at {path}: run `kg build` first")
        selector = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        started = time.perf_counter()
        # A server that refuses the upload (401, 404) may answer before reading the body and
        # close the socket, which urllib reports as a broken pipe instead of the status; a
        # cheap HEAD first gets those answers in a form that says what to do.
        self._exchange(lambda: self._send("HEAD", f"{store_url}?default"), store_url)
        method = "PUT" if replace else "POST"
        self._exchange(lambda: self._send(method, f"{store_url}?{selector}", path), store_url)
        seconds = time.perf_counter() - started
        return LoadReport(
            source=path,
            target=store_url,
            graph=graph,
            replaced=replace,
            bytes=path.stat().st_size,
            seconds=seconds,
            triples=self.count(graph) if self.endpoints.query else None,
        )

    def _url(self, kind: str, options: str) -> str:
        url = getattr(self.endpoints, kind)
        if url is None:
            raise EndpointError(f"no {kind} URL for this endpoint: give {options}")
        return url

    def _exchange(self, send: Callable[[], None], url: str) -> None:
        with_retries(send, url=url, timeout=self.timeout, action="load data", retry=self.retry)

    def _send(self, method: str, url: str, path: Path | None = None) -> None:
        headers: dict[str, str] = {}
        if self.user is not None and self.password is not None:
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        if path is None:
            request = urllib.request.Request(url, method=method, headers=headers)
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
            return
        headers["Content-Type"] = "text/turtle; charset=utf-8"
        headers["Content-Length"] = str(path.stat().st_size)
        with path.open("rb") as body:
            # http.client sends a file object block by block: the graph is never in memory.
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()


def failure_of(error: SPARQLWrapperException) -> HttpFailure:
    """The status and server message behind one of SPARQLWrapper's exceptions.

    SPARQLWrapper raises them while handling urllib's HTTPError (kept as `__context__`)
    and keeps the response body only as the ``repr`` at the end of its message.
    """
    context = error.__context__
    if isinstance(context, urllib.error.HTTPError):
        status, reason = context.code, str(context.reason or "")
    else:
        status, reason = _SPARQLWRAPPER_STATUS.get(type(error).__name__, 500), ""
    _, marker, shown = str(error).partition("Response:\n")
    body = b""
    if marker:
        try:
            body = ast.literal_eval(shown)
        except (ValueError, SyntaxError):
            body = shown.encode()
    return HttpFailure(status, reason, body if isinstance(body, bytes) else b"")


def _read_answer(url: str, content_type: str, body: bytes, graph_form: bool) -> QueryResult:
    expected = GRAPH_TYPES if graph_form else SOLUTION_TYPES
    try:
        if content_type not in expected:
            raise SyntaxError(f"got {content_type}")
        if graph_form:
            return from_triples(ox.parse(body, format=ox.RdfFormat.TURTLE))
        return from_pyoxigraph(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    except SyntaxError as error:
        raise EndpointError(
            f"{url} did not answer with SPARQL results ({error}): is it a query URL? "
            "For Fuseki give --endpoint http://host:3030/DATASET, for other stores --query-url"
        ) from None
