"""The local store: the built graph in pyoxigraph, queried in-process."""

from __future__ import annotations

import threading
import time
from collections.abc import Collection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import (
    GraphNotBuilt,
    MalformedQuery,
    QueryFailed,
    QueryInterrupted,
    QueryTimeout,
)
from kg.results import QueryResult, from_pyoxigraph
from kg.sparql import check_services, parse
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
            raise GraphNotBuilt.missing(path)
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
            raise GraphNotBuilt.missing(path)
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

    def query(
        self, text: str, *, timeout: float | None = None, allow_service: Collection[str] = ()
    ) -> QueryResult:
        """Run a SPARQL query and read its whole answer, within `timeout` seconds if given.

        The text is parsed first (`kg.sparql`): a nesting too deep for the engine, or a
        SERVICE call to a host `allow_service` does not name, is refused before pyoxigraph
        sees it. pyoxigraph evaluates in Rust and gives no control back to Python while it
        works, so the evaluation runs in a worker thread and this one waits: the timeout or
        Ctrl-C ends the wait at once (`QueryTimeout`, `QueryInterrupted`), and the worker
        stops at the next solution it reads; a step it is inside (a sort, an aggregate)
        finishes in the background, which in `kg query` ends with the process.
        """
        check_services(parse(text), allow_service)
        return _Evaluation(self._store, text).result(timeout)


class _Evaluation:
    """One query evaluated in a daemon thread, read solution by solution until stopped."""

    def __init__(self, store: ox.Store, text: str) -> None:
        self._stop = threading.Event()
        self._done = threading.Event()
        self._answer: QueryResult | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, args=(store, text), daemon=True).start()

    def _run(self, store: ox.Store, text: str) -> None:
        try:
            self._answer = from_pyoxigraph(store.query(text), stop=self._stop)
        except BaseException as error:
            # Handed to the waiting thread without its traceback: the frames hold
            # pyoxigraph's answer, which must be dropped in the thread that made it.
            self._error = error.with_traceback(None)
        finally:
            self._done.set()

    def result(self, timeout: float | None) -> QueryResult:
        """The answer, once the worker has read it all."""
        try:
            finished = self._done.wait(timeout)
        except KeyboardInterrupt:
            self._stop.set()
            raise QueryInterrupted("query stopped (Ctrl-C)") from None
        if not finished:
            self._stop.set()
            raise QueryTimeout(
                f"the query did not finish within {timeout} s: raise --timeout, "
                "or narrow the query (a pattern that shares no variable with the others "
                "multiplies the answers)"
            )
        if isinstance(self._error, SyntaxError):
            raise MalformedQuery(f"not a valid SPARQL query: {self._error}") from None
        if isinstance(self._error, (OSError, RuntimeError)):
            # pyoxigraph's evaluation errors: a SERVICE that failed, an unknown function.
            raise QueryFailed(f"the query failed: {self._error}") from None
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer
