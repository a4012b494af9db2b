"""What the benchmark scripts measure with: repeated timings and peak memory."""

from __future__ import annotations

import resource
import signal
import statistics
import time
from collections.abc import Callable


class _TooSlow(Exception):
    """A run went past its time limit."""


def median_ms(run: Callable[[], object], repeat: int, limit_s: int = 0) -> float | None:
    """Median milliseconds of `repeat` calls of `run`; None when one takes over `limit_s`
    seconds (0: no limit), so a query that would run for hours is reported, not waited for."""

    def stop(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    times = []
    try:
        for _ in range(repeat):
            signal.alarm(limit_s)
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
    except _TooSlow:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return 1000 * statistics.median(times)


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or of its finished children), in MB."""
    return resource.getrusage(who).ru_maxrss / 1024
