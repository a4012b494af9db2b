"""Where kg's graph is queried: storage backends chosen by name and imported only when used.

``get("local")`` is pyoxigraph in this process; ``get("remote")`` (also ``"fuseki"``,
``"oxigraph"``) is any SPARQL 1.1 endpoint, through the SPARQL 1.1 Protocol and the Graph
Store Protocol over `kg.httpio`. Both classes offer ``load(path, graph=None,
replace=False) -> LoadReport`` and ``query(text) -> QueryResult``. This module stays light
so that ``kg --help`` never imports pyoxigraph.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import EndpointError, UnknownStore
from kg.urls import redact

BACKENDS: dict[str, str] = {
    "local": "kg.store.local:LocalStore",
    "remote": "kg.store.remote:RemoteStore",
    "fuseki": "kg.store.remote:RemoteStore",
    "oxigraph": "kg.store.remote:RemoteStore",
}


def get(name: str) -> Any:
    """The store class registered as `name`, imported now."""
    try:
        module_name, class_name = BACKENDS[name].split(":")
    except KeyError:
        raise UnknownStore(f"Unknown store {name!r}. Available: {', '.join(BACKENDS)}") from None
    return getattr(importlib.import_module(module_name), class_name)


FUSEKI_SERVICES = frozenset({"sparql", "query", "update", "data", "get"})
# A service at the server's root, with no dataset before it (``oxigraph serve``, and the
# many stores that answer at ``/sparql``): the names that can only mean a service there.
ROOT_SERVICES = frozenset({"sparql", "query", "update"})


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of a SPARQL 1.1 service; a store may lack some of them."""

    query: str | None = None
    update: str | None = None
    store: str | None = None

    @classmethod
    def from_dataset(cls, url: str) -> Endpoints:
        """Fuseki's layout: dataset ``http://host:3030/DS`` serves ``/DS/sparql``,
        ``/DS/update`` and the Graph Store Protocol at ``/DS/data``.

        A URL already naming one of the dataset's services (``…/DS/sparql``, as users copy it
        from Fuseki's page) stands for its dataset. A service right at the server's root
        (``http://host:7878/sparql``) has no dataset: see `at_root`."""
        base = url.rstrip("/")
        dataset, _, service = base.rpartition("/")
        if "://" in dataset and dataset.count("/") == 2 and service in ROOT_SERVICES:
            return cls.at_root(dataset, service)
        if service in FUSEKI_SERVICES and "://" in dataset and dataset.count("/") > 2:
            base = dataset
        return cls(query=f"{base}/sparql", update=f"{base}/update", store=f"{base}/data")

    @classmethod
    def at_root(cls, origin: str, service: str) -> Endpoints:
        """The service ``origin/service`` itself, with its siblings where ``oxigraph serve``
        puts them: ``/query``, ``/update`` and the Graph Store at ``/store``. A ``/sparql``
        service takes both queries and updates, as the SPARQL 1.1 Protocol allows."""
        given = f"{origin}/{service}"
        return cls(
            query=given if service in ("sparql", "query") else f"{origin}/query",
            update=given if service in ("sparql", "update") else f"{origin}/update",
            store=f"{origin}/store",
        )


def resolve_endpoints(
    endpoint: str | None = None,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
    store_url: str | None = None,
) -> Endpoints | None:
    """Endpoints from a Fuseki dataset URL, with explicit URLs taking precedence; None if no
    URL is given at all (the caller then works on the local graph)."""
    given = {
        "--endpoint": endpoint,
        "--query-url": query_url,
        "--update-url": update_url,
        "--store-url": store_url,
    }
    for option, url in given.items():
        if url is not None and not url.startswith(("http://", "https://")):
            raise EndpointError(
                f"{option} {redact(url)!r} is not an http(s) URL: write it as "
                f"{redact('http://' + url)}"
            )
    if not any(given.values()):
        return None
    derived = Endpoints.from_dataset(endpoint) if endpoint else Endpoints()
    return Endpoints(
        query=query_url or derived.query,
        update=update_url or derived.update,
        store=store_url or derived.store,
    )


def count_query(graph: str | None) -> str:
    """SPARQL counting the triples of the named graph `graph` (the default graph if None)."""
    pattern = "?s ?p ?o" if graph is None else f"GRAPH <{graph}> {{ ?s ?p ?o }}"
    return f"SELECT (COUNT(*) AS ?triples) WHERE {{ {pattern} }}"


@dataclass(frozen=True)
class LoadReport:
    """What a load did: `triples` is the size of the target graph afterwards (None when the
    store has no query URL to ask)."""

    source: Path
    target: str
    graph: str | None
    replaced: bool
    bytes: int
    seconds: float
    triples: int | None
