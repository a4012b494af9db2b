"""Writing kg's files safely: atomically, and only into folders fit for it.

A file (a graph, a build-cache entry, a cached WDQS answer) is written to a hidden temp file
beside it, flushed to disk, and renamed over it only once whole, so a crash or a full disk
leaves the previous file as it was, and the error is one line naming the file. A folder kg
reads back from (the build cache) must be the user's own: `private_folder` refuses one that
another user owns or may write to.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError, UnsafeFolder


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call `write` on a temp file beside `path`, then put the file in `path`'s place.

    An `OSError` (disk full, read-only folder) becomes an `OutputError` naming `path`; on any
    failure the temp file is removed and `path` keeps its previous content.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {_reason(error)}") from error
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException as error:
        Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(
                f"cannot write {path}: {_reason(error)}; the previous {path.name}, if any, "
                "is left as it was"
            ) from error
        raise


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


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
