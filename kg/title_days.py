"""The days a title names its holder on: «استقبل السيسي وزير الخارجية اليوناني يوم 18 يونيو
2020» names Greece's foreign minister of June 2020, not the one of the day the text came out.
Retrospective formats (a CV, a timeline, a workbook, an archive page) date each sentence."""

from __future__ import annotations

import calendar
import datetime
from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg.dates import DateMention, find_dates

_DATED = ("day", "month")  # a year alone is too loose to say who held an office


class SentenceDays:
    """The dates one sentence gives, read once for every title and name in it."""

    def __init__(self, doc: Doc, sentence: Span) -> None:
        offsets: list[tuple[int, int]] = doc._.offsets
        self.published: datetime.date | None = doc._.article.published
        self.first = offsets[sentence.start][0]
        last = offsets[sentence.end - 1][1]
        self.dates = find_dates(doc._.article.text[self.first : last], self.published)

    def at(self, start: int) -> tuple[datetime.date, datetime.date] | None:
        """The first and last day the title at character `start` may name its holder on:
        those of the date the sentence gives nearest to it, when that date is before
        publication and not counted from it («أمس», «الأسبوع الماضي»); else the publication
        day; None when neither is known."""
        published = self.published
        on_publication = (published, published) if published else None
        if not self.dates:
            return on_publication
        nearest = min(self.dates, key=lambda date: abs(self.first + date.start - start))
        if nearest.relative or nearest.precision not in _DATED:
            return on_publication
        begin, end = _bounds(nearest)
        return (begin, end) if published is None or end < published else on_publication


def days_meant(doc: Doc, start: int) -> tuple[datetime.date, datetime.date] | None:
    """`SentenceDays.at` for the title at character `start`, in the sentence it stands in."""
    index = max(bisect_right(doc._.token_starts, start) - 1, 0)
    return SentenceDays(doc, doc[index].sent).at(start)


def _bounds(date: DateMention) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a day's or a month's date."""
    if date.precision == "day":
        day = datetime.date.fromisoformat(date.value)
        return day, day
    year, month = (int(part) for part in date.value.split("-"))
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )
