"""The days a title names its holder on: «استقبل السيسي وزير الخارجية اليوناني يوم 18 يونيو
2020» names Greece's foreign minister of June 2020, not the one of the day the text came out.
Retrospective formats (a CV, a timeline, a workbook, an archive page) date each sentence."""

from __future__ import annotations

import calendar
import datetime
from bisect import bisect_right

from spacy.tokens import Doc

from kg.dates import DateMention, find_dates

_DATED = ("day", "month")  # a year alone is too loose to say who held an office


def days_meant(doc: Doc, start: int) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day the title at character `start` may name its holder on: those
    of the date its sentence gives nearest to it, when that date is before publication and
    not counted from it («أمس», «الأسبوع الماضي»); else the publication day; None when
    neither is known."""
    published = doc._.article.published
    offsets: list[tuple[int, int]] = doc._.offsets
    index = max(bisect_right([first for first, _ in offsets], start) - 1, 0)
    sentence = doc[index].sent
    first, last = offsets[sentence.start][0], offsets[sentence.end - 1][1]
    dates = find_dates(doc._.article.text[first:last], published)
    on_publication = (published, published) if published else None
    if not dates:
        return on_publication
    nearest = min(dates, key=lambda date: abs(first + date.start - start))
    if nearest.relative or nearest.precision not in _DATED:
        return on_publication
    begin, end = _bounds(nearest)
    return (begin, end) if published is None or end < published else on_publication


def _bounds(date: DateMention) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a day's or a month's date."""
    if date.precision == "day":
        day = datetime.date.fromisoformat(date.value)
        return day, day
    year, month = (int(part) for part in date.value.split("-"))
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )
