"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the sources write them."""

from __future__ import annotations

from datetime import date, timedelta

TOLERANCE_DAYS = 7


def precision(value: str) -> int:
    """3 for a day, 2 for a month, 1 for a year, 0 for no date."""
    return {10: 3, 7: 2, 4: 1}.get(len(value), 0) if value else 0


def pad(value: str) -> str:
    """YYYY-MM-DD for any partial date: the first day of the month or year."""
    if precision(value) == 1:
        return value + "-01-01"
    if precision(value) == 2:
        return value + "-01"
    return value


def pad_end(value: str) -> str:
    """YYYY-MM-DD for a partial end date: the last day of the month or year it names.

    A term known only as "2003 to 2003" thus stays a (year-long) term, never an empty one.
    """
    if precision(value) == 1:
        return value + "-12-31"
    if precision(value) == 2:
        year, month = int(value[:4]), int(value[5:7])
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()
    return value


def as_date(value: str) -> date:
    return date.fromisoformat(pad(value))


def agree(a: str, b: str) -> bool:
    """Two dates agree when both are missing, or match at the coarser of their precisions.

    At day precision on both sides a difference of up to TOLERANCE_DAYS is accepted (sworn
    in vs appointed); the difference is reported in the row's note by the caller.
    """
    if not a or not b:
        return not a and not b
    p = min(precision(a), precision(b))
    if p == 3:
        return abs((as_date(a) - as_date(b)).days) <= TOLERANCE_DAYS
    width = {2: 7, 1: 4}[p]
    return a[:width] == b[:width]


def overlaps(start: str, end: str, since: str = "2000-01-01") -> bool:
    """True when a term [start, end) reaches into the period from `since` on."""
    return not end or pad(end) > since
