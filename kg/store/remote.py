"""Any SPARQL 1.1 endpoint (Fuseki, Oxigraph's server, ...): queries by the SPARQL 1.1
Protocol (a form POST), loads by the Graph Store HTTP Protocol, both through `kg.httpio`:
one deadline covers each whole exchange, redirects and credentials stay under kg's control.

Answers are parsed with pyoxigraph and rendered by `kg.results`, so an endpoint's answer
prints exactly like the local engine's.
"""

from __future__ import annotations

import ast
import time
import urllib.error
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import EndpointError, GraphNotBuilt
from kg.httpio import HttpFailure, Redirects, Response, exchange
from kg.results import QueryResult, from_pyoxigraph, from_triples
from kg.sparql import parse
from kg.store import Endpoints, LoadReport, count_query
from kg.store.http import Retry, with_retries
from kg.store.local import LocalStore
from kg.urls import redact

SOLUTION_TYPES = frozenset({"application/sparql-results+json", "application/json"})
GRAPH_TYPES = frozenset({"text/turtle", "application/turtle", "application/x-turtle"})
ACCEPT = {
    False: "application/sparql-results+json, application/json;q=0.9",
    True: "text/turtle, application/turtle;q=0.9",
}
# What a web server sends where a store was expected: a page is not a store's answer.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# kg.wikidata's client still talks through SPARQLWrapper, which turns some statuses into
# exceptions of its own; the rest stay HTTPError.
_SPARQLWRAPPER_STATUS = {
    "QueryBadFormed": 400,
    "Unauthorized": 401,
    "EndPointNotFound": 404,
    "URITooLong": 414,
    "EndPointInternalError": 500,
}


class RemoteStore:
    """A SPARQL endpoint reached over HTTP, with basic auth when `user` is given (or when
    the URL carries ``user:password@``); credentials go to that origin only.

    `timeout` is in whole seconds and bounds each whole exchange (connect, send, the answer
    to its last byte), so a server that drips its answer cannot hold kg longer.
    A query follows a redirect only on the same origin; an upload never follows one.
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
        self.auth = None if user is None or password is None else (user, password)
        self.timeout = timeout
        self.retry = retry or Retry()

    def query(self, text: str) -> QueryResult:
        """Run a SPARQL query on the endpoint (POST, content negotiation only). The text is
        parsed first, never evaluated here (`kg.sparql`): a query nested too deep to parse
        is refused before it is sent."""
        url = self._url("query", "--endpoint or --query-url")
        graph_form = parse(text).form == "graph"
        headers = {
            "Accept": ACCEPT[graph_form],
            "Content-Type": "application/x-www-form-urlencoded",
        }
        form = urllib.parse.urlencode({"query": text}).encode()
        answer = self._exchange(
            "POST", url, "run queries", headers=headers, body=form, redirects="same-origin"
        )
        return _read_answer(url, answer.content_type, answer.body, graph_form)

    def count(self, graph: str | None = None) -> int:
        """Number of triples in `graph` (the default graph if None)."""
        return int(self.query(count_query(graph)).rows[0][0] or 0)

    def load(self, path: Path, graph: str | None = None, replace: bool = False) -> LoadReport:
        """Send the Turtle file `path` to `graph` (the default graph if None): PUT replaces
        the graph, POST adds to it. The file is streamed from disk, never read whole.

        Fuseki and Oxigraph apply one request in one transaction, so a failed load leaves
        the graph as it was (with `replace` too); any failure raises, so no partial load is
        reported as done. A redirect, or an HTML page where the store's answer should be,
        is a failure; when a query URL is known, the graph is counted afterwards and must
        hold the file's triples.
        """
        store_url = self._url("store", "--endpoint or --store-url")
        path = Path(path)
        if not path.is_file():
            raise GraphNotBuilt.missing(path)
        selector = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        started = time.perf_counter()
        # A server that refuses the upload (401, 404) may answer before reading the body and
        # close the socket, which is reported as a broken pipe instead of the status; a
        # cheap HEAD first gets those answers in a form that says what to do.
        self._exchange("HEAD", store_url, "load data", selector="default")
        method = "PUT" if replace else "POST"
        headers = {"Content-Type": "text/turtle; charset=utf-8"}
        answer = self._exchange(
            method, store_url, "load data", selector=selector, headers=headers, body=path
        )
        if answer.content_type in PAGE_TYPES:
            raise EndpointError(
                f"{redact(store_url)} answered the upload with an HTML page "
                f"(HTTP {answer.status}), not as a Graph Store: check --store-url "
                "(Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data)"
            )
        seconds = time.perf_counter() - started
        triples = self._verified_count(path, graph, replace) if self.endpoints.query else None
        return LoadReport(
            source=path,
            target=redact(store_url),
            graph=graph,
            replaced=replace,
            bytes=path.stat().st_size,
            seconds=seconds,
            triples=triples,
        )

    def _verified_count(self, path: Path, graph: str | None, replace: bool) -> int:
        """Triples in `graph` after loading `path` into it, checked against the file's own:
        a store that answered 2xx but kept nothing (a proxy, another service) is caught."""
        triples = self.count(graph)
        expected = LocalStore.from_turtle(path).count()
        if triples < expected or (replace and triples != expected):
            into = f"graph <{graph}>" if graph else "the default graph"
            raise EndpointError(
                f"{redact(self._url('store', '--store-url'))} accepted {path.name}, but "
                f"{redact(self._url('query', '--query-url'))} counts {triples} triples in {into}, "
                f"{'not' if replace else 'fewer than'} the file's {expected}: the data did not "
                "reach that store; check that --store-url and --query-url name one dataset"
            )
        return triples

    def _url(self, kind: str, options: str) -> str:
        url = getattr(self.endpoints, kind)
        if url is None:
            raise EndpointError(f"no {kind} URL for this endpoint: give {options}")
        return url

    def _exchange(
        self,
        method: str,
        url: str,
        action: str,
        *,
        selector: str | None = None,
        headers: dict[str, str] | None = None,
        body: bytes | Path | None = None,
        redirects: Redirects = "never",
    ) -> Response:
        """One exchange with `url` (plus ``?selector``) with retries; an error names `url`
        and `action`, what was tried."""
        option = "--query-url" if url == self.endpoints.query else "--store-url"
        return with_retries(
            lambda: exchange(
                method,
                url if selector is None else f"{url}?{selector}",
                timeout=self.timeout,
                headers=headers,
                body=body,
                auth=self.auth,
                redirects=redirects,
                option=option,
            ),
            url=url,
            timeout=self.timeout,
            action=action,
            retry=self.retry,
        )


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
            f"{redact(url)} did not answer with SPARQL results ({error}): is it a query URL? "
            "For Fuseki give --endpoint http://host:3030/DATASET, for other stores --query-url"
        ) from None
