"""Writing kg's files safely: atomically, one writer per graph, into folders fit for it.

A file (a graph, a build-cache entry, a cached WDQS answer) is written to a hidden temp file
beside it, flushed to disk, and renamed over it only once whole, so a crash, a full disk or a
signal leaves the previous file as it was, and the error is one line naming the file; the temp
file is removed on the way out (kg turns SIGTERM and SIGHUP into an exception for that:
`kg.termination`). A command that rewrites a graph `claim`s it first: it holds a lock on
``GRAPH.lock`` from before its long work until the rename, so two writers never interleave (a
`kg link` finishing during a `kg build` would otherwise write the old graph back over the new
one), and it learns at once, not after the parse, that the graph cannot be written. A folder
kg reads back from (the build cache) must be the user's own: `private_folder` refuses one that
another user owns or may write to.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError, OutputLocked, UnsafeFolder


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call `write` on a temp file beside `path`, then put the file in `path`'s place.

    An `OSError` (disk full, read-only folder) becomes an `OutputError` naming `path`; on any
    failure the temp file is removed and `path` keeps its previous content. The temp file is
    named before it is made, so a signal that lands just as it appears (kg turns SIGTERM and
    SIGHUP into exceptions) still finds the name to remove.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {_reason(error)}") from error
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(
                f"cannot write {path}: {_reason(error)}; the previous {path.name}, if any, "
                "is left as it was"
            ) from error
        raise


@contextmanager
def claim(path: Path) -> Iterator[None]:
    """Hold the lock on the file `path` for the `with` body, having checked it can be written.

    Another kg holding it is an `OutputLocked` naming that process, at once (waiting behind a
    build that may last hours would look like a hang). `path` being a folder, or its folder
    not writable, is an `OutputError`. Folders made for `path` are removed again if the body
    fails, so a failed build leaves nothing behind; the lock file is removed on release.
    """
    if path.is_dir():
        raise OutputError(f"{path} is a folder: give a file to write, e.g. {path / 'kg.ttl'}")
    made = _missing_folders(path.parent)
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {_reason(error)}") from error
        with _locked(path.with_name(f"{path.name}.lock"), path):
            _check_writable(path.parent, f"cannot write {path}")
            yield
    except BaseException:
        for folder in made:
            with suppress(OSError):
                folder.rmdir()  # only if still empty
        raise


def check_output(path: Path) -> None:
    """Fail now, not after loading a model and parsing, if `path` could not be claimed (a
    folder, a folder kg cannot write to, another kg writing it). Folders made for the check
    are removed again: the build makes them when it writes."""
    made = _missing_folders(path.parent)
    with claim(path):
        pass
    for folder in made:
        with suppress(OSError):
            folder.rmdir()  # only if still empty


def private_folder(folder: Path, what: str) -> Path:
    """`folder`, made (mode 0700) if missing, once sure that only this user can write in it.

    Whatever kg reads back from a folder (the build cache) is only as trustworthy as the
    folder: one another user owns, or may write to, is refused with an `UnsafeFolder`.
    `what` names the folder in messages.
    """
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        states = (os.lstat(folder), os.stat(folder))  # a symbolic link and where it leads
    except OSError as error:
        raise OutputError(f"cannot use {what} {folder}: {_reason(error)}") from error
    for state in states:
        if state.st_uid != os.geteuid():
            raise UnsafeFolder(
                f"{what} {folder} is owned by another user (uid {state.st_uid}): kg reads back "
                "only what it wrote itself; use a folder of your own"
            )
    mode = stat.S_IMODE(states[1].st_mode)
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise UnsafeFolder(
            f"{what} {folder} is writable by other users (mode {mode:o}): "
            f"run `chmod go-w {folder}` or use another folder"
        )
    _check_writable(folder, f"cannot write in {what} {folder}")
    return folder


@contextmanager
def _locked(lock: Path, path: Path) -> Iterator[None]:
    """flock `lock` (made if missing) and write our pid in it; unlink it on release.

    Unlinking on release is safe because a lock only counts if the file still has the name
    once locked: a process that opened the file just before its holder unlinked it retries.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC  # never through a planted link
    while True:
        try:
            handle = os.open(lock, flags, 0o644)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {_reason(error)}") from error
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode(errors="replace").strip() or "unknown"
            os.close(handle)
            raise OutputLocked(
                f"{path} is being written by another kg (pid {holder}): wait for it to end, "
                "or write another file"
            ) from None
        if _same_file(handle, lock):
            break
        os.close(handle)  # the holder we waited on unlinked it: lock the new one
    try:
        try:
            os.ftruncate(handle, 0)
            os.write(handle, str(os.getpid()).encode())
        except OSError as error:
            raise OutputError(f"cannot write {path}: {_reason(error)}") from error
        yield
    finally:
        Path(lock).unlink(missing_ok=True)
        os.close(handle)


def _same_file(handle: int, path: Path) -> bool:
    try:
        named = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    opened = os.fstat(handle)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _check_writable(folder: Path, failure: str) -> None:
    """Write a byte to a new file in `folder`, and remove it: unlike permission bits (which do
    not stop root), this also finds a read-only file system or a full disk."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".kg-probe.", suffix=".tmp", dir=folder)
        try:
            os.write(handle, b"\n")
            os.fsync(handle)
        finally:
            os.close(handle)
            os.unlink(probe)
    except OSError as error:
        raise OutputError(f"{failure}: {_reason(error)}") from error


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and its ancestors that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
