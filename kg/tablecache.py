"""kg's knowledge base and its mention finder, compiled once and kept between runs.

Reading kg's tables (kg/data, and the `kg kb update` tables when there are some) into a
`KnowledgeBase` and indexing its names for the mention rules (`MentionFinder`) took most of
a second at every start; unpickling them takes a tenth. The pickle lives in ``tables/`` in
kg's per-user cache folder, a folder only the user may write, as for the build cache
(unpickling can run code), and is named by a hash of everything the two are built from: kg's
code, its tables and its language data, the `kg kb update` tables and Python's
version. A change to any of them names another file, so a stale pickle is never read; the
previous one is removed. When the folder cannot be used, the tables are read as before.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError
from kg.files import private_folder, write_atomically
from kg.kb import KnowledgeBase, read_default_kb, update_tables
from kg.mentions import MentionFinder
from kg.resources import PACKAGE_DIR, cache_dir, hash_files

_SUFFIX = ".pickle"
_SOURCES = ("**/*.py", "data/*.tsv", "lang/**/*")  # kg's code, tables and language data


@dataclass(frozen=True)
class Tables:
    kb: KnowledgeBase
    finder: MentionFinder  # the mention rules' index of `kb`


def compile_tables() -> Tables:
    kb = read_default_kb()
    return Tables(kb, MentionFinder(kb))


@cache
def default_tables() -> Tables:
    """kg's knowledge base (`kg.kb.default_kb`) and its mention finder, once a process."""
    try:
        folder = private_folder(cache_dir() / "tables", "the compiled tables' cache")
    except OutputError:
        return compile_tables()
    return kept(folder / f"{tables_version()}{_SUFFIX}", compile_tables)


def tables_version() -> str:
    """A hash of what the tables are built from."""
    digest = hashlib.sha256(sys.version.encode())
    hash_files(digest, PACKAGE_DIR, _SOURCES)
    for path in update_tables():
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def kept(path: Path, build: Callable[[], Tables]) -> Tables:
    """The tables pickled in `path`, else built and pickled there (in place of older ones)."""
    tables = _loaded(path)
    if tables is not None:
        return tables
    tables = build()
    with suppress(OutputError):
        write_atomically(path, lambda file: _dump(tables, file))
        for older in path.parent.glob(f"*{_SUFFIX}"):
            if older != path:
                older.unlink(missing_ok=True)
    return tables


def _loaded(path: Path) -> Tables | None:
    """What `path` holds; None when it is missing, unreadable or damaged (whatever unpickling
    a damaged file raises)."""
    with suppress(Exception), path.open("rb") as file, _collector_paused():
        return pickle.load(file)
    return None


def _dump(tables: Tables, file: BinaryIO) -> None:
    pickle.dump(tables, file, protocol=pickle.HIGHEST_PROTOCOL)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large structure is made: each full collection
    would walk all of it again (it made unpickling the tables five times slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
