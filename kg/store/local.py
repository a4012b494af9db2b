"""The local store: the built graph in an in-memory pyoxigraph store, queried in-process."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphNotBuilt, MalformedQuery
from kg.results import QueryResult, from_pyoxigraph
from kg.store import LoadReport, count_query, ondisk


class LocalStore:
    """pyoxigraph in this process: in memory, or the on-disk store `kg build` writes beside
    the Turtle file (`kg.store.ondisk`), opened read-only."""

    def __init__(self, store: ox.Store | None = None) -> None:
        self._store = ox.Store() if store is None else store
        self._read_only = store is not None  # the build's store is shared: never written

    def _writable(self) -> ox.Store:
        """The store to write to: an in-memory copy of a read-only one (copied once)."""
        if self._read_only:
            copy = ox.Store()
            copy.bulk_extend(self._store.quads_for_pattern(None, None, None, None))
            self._store, self._read_only = copy, False
        return self._store

    @classmethod
    def from_turtle(cls, path: Path) -> LocalStore:
        """A store holding the Turtle file `path` in its default graph: its on-disk store when
        that is fresh, else one (re)built from the file, else the file loaded in memory (when
        the folder cannot be written)."""
        path = Path(path)
        if not path.is_file():
            raise GraphNotBuilt(f"no graph at {path}: run `kg build` first")
        opened = ondisk.open_fresh(path)
        if opened is None:
            try:
                ondisk.write_store(path)
            except SyntaxError as error:
                raise GraphNotBuilt(
                    f"{path} is not valid Turtle ({error}): rebuild it with `kg build`"
                ) from None
            except OSError:
                pass  # a read-only folder: parse the file in memory below
            opened = ondisk.open_fresh(path)
        if opened is not None:
            return cls(opened)
        store = cls()
        store.load(path)
        return store

    def load(self, path: Path, graph: str | None = None, replace: bool = False) -> LoadReport:
        """Add the Turtle file `path` to `graph` (default graph if None), emptying it first
        if `replace`. A file that does not parse adds nothing."""
        path = Path(path)
        if not path.is_file():
            raise GraphNotBuilt(f"no graph at {path}: run `kg build` first")
        target = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        started = time.perf_counter()
        store = self._writable()
        if replace:
            store.clear_graph(target)
        try:
            # `load` is one transaction (and, in memory, faster than `bulk_load`).
            store.load(path=path, format=ox.RdfFormat.TURTLE, to_graph=target)
        except SyntaxError as error:
            raise GraphNotBuilt(
                f"{path} is not valid Turtle ({error}): rebuild it with `kg build`"
            ) from None
        except OSError as error:
            raise GraphNotBuilt(f"cannot read {path}: {error.strerror or error}") from None
        return LoadReport(
            source=path,
            target="memory",
            graph=graph,
            replaced=replace,
            bytes=path.stat().st_size,
            seconds=time.perf_counter() - started,
            triples=self.count(graph),
        )

    def count(self, graph: str | None = None) -> int:
        """Number of triples in `graph` (the default graph if None)."""
        answer = self.query(count_query(graph))
        return int(answer.rows[0][0] or 0)

    def query(self, text: str) -> QueryResult:
        """Run a SPARQL query and read its whole answer."""
        try:
            return from_pyoxigraph(self._store.query(text))
        except SyntaxError as error:
            raise MalformedQuery(f"not a valid SPARQL query: {error}") from None
