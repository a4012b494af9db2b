"""SIGTERM and SIGHUP end kg the way Ctrl-C does: by an exception that unwinds the stack.

Python's default for both kills the process on the spot: no `finally` block runs, so a hidden
temp file next to the graph (`kg.files.write_atomically`) stays behind, and a lock file with it.
`kg.cli.main` installs `raise_on_termination`, catches `Terminated` once everything has been
cleaned up, and then dies by the same signal, so a shell, systemd or a test sees the usual
status (143 for SIGTERM, and so on).
"""

from __future__ import annotations

import os
import signal
from typing import NoReturn

SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Terminated(BaseException):
    """The process got SIGTERM or SIGHUP; a BaseException, like KeyboardInterrupt, so that
    `except Exception` does not swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def raise_on_termination() -> None:
    """Turn SIGTERM and SIGHUP into `Terminated`, except where they are ignored (`nohup`)."""
    for signum in SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, _raise)


def die_by(signum: int) -> NoReturn:
    """End the process by `signum`, with the system's default action."""
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    raise SystemExit(128 + signum)  # only if the signal did not end the process


def _raise(signum: int, frame: object) -> NoReturn:
    raise Terminated(signum)
