"""Second sources for a term, the day an open term is known to hold to, and overlaps.

A term built from one source gains another when a second source has the same person with
agreeing dates (`confirm`). An open term is only claimed up to `Row.as_of`: the latest day a
source shows the person in office (a dated page, a dataset snapshot, or a confirmation in
current.tsv). Two people holding one office on the same day get a note saying why.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import dates
from row import Row, same_person
from sources import Term

DATED = re.compile(r"\((?:[^()]*?, )?(\d{4}-\d{2}-\d{2})\)$")


def from_wikidata(label: str) -> bool:
    """Sources read from Wikidata: not independent of one another."""
    return label.startswith(("Wikidata", "open-data-archive"))


def source_kind(label: str) -> str:
    """Which side a QID comes from: a Wikipedia list's linked article, or a Wikidata item."""
    return "wikipedia" if label.startswith("Wikipedia") else "wikidata"


def short_name(label: str) -> str:
    for prefix, name in (
        ("Wikipedia list", "the Wikipedia list"),
        ("Wikipedia current", "the Wikipedia list of current foreign ministers"),
        ("Wikidata current", "Wikidata"),
        ("IfG", "the IfG Ministers Database"),
        ("open-data-archive", "world-leaders-current"),
    ):
        if label.startswith(prefix):
            return name
    return label.split(" (")[0]


def confirm(row: Row, terms: list[Term], conflicts: list[str]) -> bool:
    """Add the first term of `terms` that is the same person with agreeing dates as a source.

    Dates agree as in dates.agree (the coarser precision, 7 days' tolerance). A source that
    still saw the person in office on a day (`Term.as_of`) agrees with a closed row whose end
    is not earlier; a closed source term never confirms an open row (that is a conflict,
    reported so that the end can be checked and entered in fixes.tsv or additions.tsv).
    A Wikidata-derived term does not count as a second source for a row that already has
    one; it only dates the open term.
    """
    for term in terms:
        if not same_person(term.name, term.qid, row.name, row.qid):
            continue
        if not dates.agree(row.start, term.start):
            continue
        if row.end and term.end and not dates.agree(row.end, term.end):
            continue
        if row.end and not term.end and not (term.as_of and term.as_of <= dates.pad_end(row.end)):
            continue
        if term.end and not row.end:
            conflicts.append(
                f"{row.state} {row.kind} {row.name}: open, but {term.source} ends it {term.end}"
            )
            continue
        if from_wikidata(term.source) and any(from_wikidata(s) for s in row.sources):
            # Not a second source, but it still shows the person in office on a day.
            if term.as_of and not row.end and term.as_of > row.as_of:
                row.confirm_as_of(term.as_of)
                row.notes = [n for n in row.notes if not n.startswith("in office on ")]
                row.notes.append(f"in office on {term.as_of} per {short_name(term.source)}")
            return True
        if term.source not in row.sources:
            row.sources.append(term.source)
        row.vote(term.qid, source_kind(term.source))
        row.confirm_as_of(term.as_of)
        for what, ours, theirs in (("start", row.start, term.start), ("end", row.end, term.end)):
            if theirs and ours != theirs and dates.precision(theirs) >= dates.precision(ours):
                note = f"{what} {theirs} in {short_name(term.source)}"
                if note not in row.notes:
                    row.notes.append(note)
        return True
    return False


def dated_sources(row: Row) -> None:
    """A dated source of an open term (a page's publication day, a snapshot) confirms it then."""
    for src in row.sources:
        m = DATED.search(src)
        if m:
            row.confirm_as_of(m.group(1))


def apply_current(rows: list[Row], confirmations: list[dict[str, str]]) -> list[str]:
    """current.tsv: a page of that day names the person as holder of the open office."""
    unused = []
    for c in confirmations:
        hits = [
            r
            for r in rows
            if (r.state, r.kind, r.name) == (c["state"], c["office_kind"], c["holder_en"])
            and not r.end
        ]
        if not hits:
            unused.append(f"{c['state']} {c['office_kind']} {c['holder_en']}")
        for r in hits:
            if c["as_of"] > r.as_of:
                r.as_of = c["as_of"]
                r.notes = [n for n in r.notes if not n.startswith("in office on ")]
                r.notes.append(f"in office on {c['as_of']} per {c['source']}")
    return unused


def held(row: Row) -> tuple[date, date]:
    """The days a row claims: [start, end) when closed, [start, as_of] when open."""
    start = dates.as_date(row.start)
    if row.end:
        return start, dates.as_date(dates.pad_end(row.end))
    stop = dates.as_date(row.as_of) if row.as_of else start
    return start, stop + timedelta(days=1)


def explain_overlaps(rows: list[Row], disputes: dict[str, str]) -> None:
    """Note every pair of people holding one office of one state on the same day.

    A few days' overlap at a handover comes from sources dating it differently (election or
    appointment vs. taking office); a longer one has a reason from disputes.tsv (rival
    governments; for one office, «IQ:vice-president», several holders at once by law), a note
    already written by hand (acting holders), or is marked as found.
    """
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        groups.setdefault((row.state, row.kind), []).append(row)
    for (state, kind), group in groups.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (a.qid or a.name) == (b.qid or b.name):
                    continue
                (a0, a1), (b0, b1) = held(a), held(b)
                days = (min(a1, b1) - max(a0, b0)).days
                if days <= 0:
                    continue
                for x, y in ((a, b), (b, a)):
                    if any(n.startswith(f"overlaps {y.name}") for n in x.notes):
                        continue
                    coarse = any(
                        0 < dates.precision(d) < 3 for d in (x.start, x.end, y.start, y.end) if d
                    )
                    if coarse and days > dates.TOLERANCE_DAYS:
                        why = "the sources give only the month or year of the handover"
                        x.notes.append(f"overlaps {y.name}: {why}")
                    elif days <= dates.TOLERANCE_DAYS:
                        why = "the sources date the handover differently"
                        x.notes.append(f"overlaps {y.name} by {days} day(s): {why}")
                    else:
                        why = disputes.get(f"{state}:{kind}") or disputes.get(
                            state, "the sources' dates overlap"
                        )
                        x.notes.append(f"overlaps {y.name}: {why}")
