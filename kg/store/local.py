"""The local store: the built graph in pyoxigraph, queried in-process."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import (
    GraphNotBuilt,
    MalformedQuery,
    QueryFailed,
    QueryInterrupted,
    QueryTimeout,
)
from kg.results import QueryResult, Row, RowStream, stream_pyoxigraph
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
        return self.stream(text, timeout=timeout, allow_service=allow_service).collect()

    def stream(
        self, text: str, *, timeout: float | None = None, allow_service: Collection[str] = ()
    ) -> RowStream:
        """The answer to a SPARQL query row by row as the engine finds it (`query` reads it
        whole, with the same checks and the same `timeout` over the whole reading)."""
        check_services(parse(text), allow_service)
        return _Evaluation(self._store, text, timeout).stream()


class _Evaluation:
    """One query evaluated in a daemon thread, its rows handed over a bounded queue as they
    come, so a reader can print each row at once and stop waiting at any moment."""

    _QUEUED = 1024  # rows the worker may run ahead of the reader

    def __init__(self, store: ox.Store, text: str, timeout: float | None) -> None:
        self._stop = threading.Event()
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=self._QUEUED)
        self._timeout = timeout
        self._deadline = None if timeout is None else time.monotonic() + timeout
        threading.Thread(target=self._run, args=(store, text), daemon=True).start()

    def _run(self, store: ox.Store, text: str) -> None:
        try:
            answer = stream_pyoxigraph(store.query(text), stop=self._stop)
            if self._hand("head", (answer.columns, answer.boolean)):
                for row in answer.rows:
                    if not self._hand("row", row):
                        return
                self._hand("end", None)
        except BaseException as error:
            # Handed to the reading thread without its traceback: the frames hold
            # pyoxigraph's answer, which must be dropped in the thread that made it.
            self._hand("error", error.with_traceback(None))

    def _hand(self, kind: str, value: Any) -> bool:
        """Queue one item for the reader; False once the reader has given up."""
        while not self._stop.is_set():
            try:
                self._queue.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def stream(self) -> RowStream:
        """The answer's columns now, its rows as the worker reads them."""
        columns, boolean = self._next()
        return RowStream(columns, self._rows(), boolean)

    def _rows(self) -> Iterator[Row]:
        try:
            while (item := self._next()) is not _END:
                yield item
        finally:
            self._stop.set()  # a reader that stops early stops the worker too

    def _next(self) -> Any:
        """The next value the worker hands over, within the deadline."""
        remaining = None if self._deadline is None else max(0, self._deadline - time.monotonic())
        try:
            kind, value = self._queue.get(timeout=remaining)
        except KeyboardInterrupt:
            self._stop.set()
            raise QueryInterrupted("query stopped (Ctrl-C)") from None
        except queue.Empty:
            self._stop.set()
            raise QueryTimeout(
                f"the query did not finish within {self._timeout} s: raise --timeout, "
                "or narrow the query (a pattern that shares no variable with the others "
                "multiplies the answers)"
            ) from None
        if kind == "error":
            self._stop.set()
            raise _reported(value)
        return _END if kind == "end" else value


_END = object()


def _reported(error: BaseException) -> BaseException:
    """pyoxigraph's errors as kg reports them."""
    if isinstance(error, SyntaxError):
        return MalformedQuery(f"not a valid SPARQL query: {error}")
    if isinstance(error, (OSError, RuntimeError)):
        # pyoxigraph's evaluation errors: a SERVICE that failed, an unknown function.
        return QueryFailed(f"the query failed: {error}")
    return error
