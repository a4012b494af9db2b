"""One meeting reported by several sentences of an article is one event."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.types import Event


@Language.component("kg_merge")
def merge_article_events(doc: Doc) -> Doc:
    """Merge the meetings of `doc._.events` that several sentences report."""
    doc._.events = merge_within_article(doc._.events)
    return doc


def merge_within_article(events: list[Event]) -> list[Event]:
    """One meeting reported by several sentences of an article (headline, lead, body) is one event.

    Two meetings merge when they share a participant and neither their places nor their
    dates disagree. Other events are kept as they are (cross-article merging is the graph's job).
    """
    merged: list[Event] = []
    for event in events:
        partner = next((m for m in merged if _same_meeting(m, event)), None)
        if partner is None:
            merged.append(event)
            continue
        merged[merged.index(partner)] = _combine(partner, event)
    return merged


def _same_meeting(one: Event, other: Event) -> bool:
    if one.kind != "Meeting" or other.kind != "Meeting" or one.modality != other.modality:
        return False
    if not {e.key for e in one.participants} & {e.key for e in other.participants}:
        return False
    if one.location and other.location and one.location.key != other.location.key:
        return False
    if one.date and other.date and one.date.basis == other.date.basis == "text":
        return one.date.value == other.date.value
    return True


def _combine(first: Event, second: Event) -> Event:
    """The meeting `first` completed by `second`: union of sides, place and date where missing."""
    sides = [list(side) for side in first.sides]
    for index, side in enumerate(second.sides):
        if index >= len(sides):
            sides.append([])
        known = {e.key for s in sides for e in s}
        sides[index].extend(e for e in side if e.key not in known)
    date = first.date
    if date is None or (
        date.basis == "publication" and second.date and second.date.basis == "text"
    ):
        date = second.date
    best = first if first.confidence >= second.confidence else second
    return Event(
        kind="Meeting",
        sides=tuple(tuple(side) for side in sides if side),
        evidence=best.evidence,
        confidence=max(first.confidence, second.confidence),
        rule=best.rule,
        location=first.location or second.location,
        date=date,
        roles=tuple(dict.fromkeys((*first.roles, *second.roles))),
        modality=first.modality,
        supporting=(*first.supporting, first.evidence, *second.supporting, second.evidence),
    )
