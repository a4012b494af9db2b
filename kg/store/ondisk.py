"""The built graph as an on-disk pyoxigraph store beside its Turtle file (``out/kg.oxigraph/``).

Parsing a million triples of Turtle takes seconds on every `kg query`; opening a store that is
already indexed on disk takes milliseconds. `kg build` writes the store after the Turtle, and
readers open it only while it is *fresh*: its stamp records the size and modification time of
the Turtle file it was loaded from, so a graph rewritten since (by `kg link`, by hand, by a
copy) is never answered from an old store. A store is built in a temporary folder beside the
final one and renamed into place, so a reader never sees half a store.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import pyoxigraph as ox

STAMP = "kg-source.txt"


def store_dir(graph: Path) -> Path:
    """Where the store of the Turtle file `graph` lives: ``out/kg.ttl`` → ``out/kg.oxigraph``."""
    return graph.with_suffix(".oxigraph")


def _stamp(graph: Path) -> str:
    stat = graph.stat()
    return f"{graph.name}\t{stat.st_size}\t{stat.st_mtime_ns}\n"


def is_fresh(graph: Path) -> bool:
    """Whether the store beside `graph` holds exactly the file as it is now."""
    try:
        return (store_dir(graph) / STAMP).read_text(encoding="utf-8") == _stamp(graph)
    except OSError:
        return False


def write_store(graph: Path) -> Path:
    """Load the Turtle file `graph` into a new on-disk store and put it in place of the old
    one; return its folder. Raises `OSError` when the folder cannot be written and
    `SyntaxError` when the file is not Turtle."""
    target = store_dir(graph)
    stamp = _stamp(graph)
    # Named before it is made, so that a signal landing just then still finds it to remove.
    scratch = target.parent / f".{target.name}.{secrets.token_hex(6)}"
    try:
        scratch.mkdir()
        store = ox.Store(str(scratch / "store"))
        store.bulk_load(path=graph, format=ox.RdfFormat.TURTLE)
        store.flush()
        del store  # closes the database before its folder moves
        (scratch / "store" / STAMP).write_text(stamp, encoding="utf-8")
        _swap(scratch / "store", target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def _swap(new: Path, target: Path) -> None:
    """Put folder `new` at `target`: the old store moves aside first and is deleted after, so
    `target` is always either the old store or the new one."""
    old = target.parent / f".{target.name}.old.{secrets.token_hex(6)}"
    try:
        if target.exists():
            os.replace(target, old)
        os.replace(new, target)
    finally:
        shutil.rmtree(old, ignore_errors=True)


def open_fresh(graph: Path) -> ox.Store | None:
    """The store of `graph`, opened read-only, if it is fresh; None otherwise."""
    if not is_fresh(graph):
        return None
    try:
        return ox.Store.read_only(str(store_dir(graph)))
    except OSError:
        return None
