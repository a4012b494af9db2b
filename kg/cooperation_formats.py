"""Cooperation formats named by their states: «آلية التعاون الثلاثي بين مصر واليونان وقبرص»
(the Egypt–Greece–Cyprus trilateral), «آلية التعاون بين اليونان وقبرص وإسرائيل». No table
lists them; each triad is a body of its own, so the states belong to its name. A format named
without its states needs its count («آلية التعاون الثلاثي»): «آلية التعاون» alone is any
cooperation's mechanism. A format named by the city it first met in («صيغة موسكو», «صيغة
أستانا») is a body of its own too, not the city.
"""

from __future__ import annotations

import re

from kg.lang.ar.meetings import PARTY_NUMBERS
from kg.mention_spans import unlinked_key
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.types import Entity, Mention

COOPERATION_FORMAT = "cooperation-format"  # the mentions' rule

_COUNTS = "|".join([*sorted(PARTY_NUMBERS), "ثنايي"])
# folded: «لآلية التعاون الثلاثي», «وآلية التعاون بين», the head after a glued particle
_FORMAT = re.compile(
    rf"(?<![\w])[وبلف]?(?P<head>اليه التعاون(?: ال(?P<count>{_COUNTS}))?)(?P<between> بين)?"
    r"(?![\w])"
)
_CITY_FORMAT = re.compile(r"(?<![\w])[وبلف]?(?P<head>صيغه)\s*«?\s*$")
_LIST_GLUE = re.compile(r"\s*(?:،|,)?\s*و?$")  # what may stand between two listed states


def cooperation_formats(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """The formats named in `text[start:end]`; `known`: the mentions found so far (the states
    a format's name lists, and formats named in full before)."""
    folded, offsets = normalize_with_offsets(text[start:end])
    states = sorted((m for m in known if m.entity.type == "State"), key=lambda m: m.start)
    found = []
    for match in _FORMAT.finditer(folded):
        first, last = (start + at for at in original_span(offsets, *match.span("head")))
        listed = _states_listed(text, last + len(" بين"), states) if match["between"] else []
        if not listed and not match["count"]:
            continue
        label_end = listed[-1].end if listed else last
        label = " ".join(text[first:label_end].split())
        entity = _named_before(text, label, known, first) or Entity(
            unlinked_key("Group", label), "Group", label
        )
        found.append(Mention(first, last, entity, COOPERATION_FORMAT, 0.6))
    return found + _named_by_a_city(text, start, known)


def _named_by_a_city(text: str, start: int, known: list[Mention]) -> list[Mention]:
    """«صيغة موسكو», «في «صيغة أستانا»»: the word «صيغة» right before a city's name."""
    found = []
    for city in (m for m in known if m.entity.type == "City" and m.start > start):
        window = max(start, city.start - 12)
        folded, offsets = normalize_with_offsets(text[window : city.start])
        match = _CITY_FORMAT.search(folded)
        if match is None:
            continue
        first, last = (window + at for at in original_span(offsets, *match.span("head")))
        label = f"{text[first:last]} {city.entity.label}"
        entity = Entity(unlinked_key("Group", label), "Group", label)
        found.append(Mention(first, city.end, entity, COOPERATION_FORMAT, 0.6))
    return found


def members_named(text: str, mention: Mention, states: list[Mention]) -> list[Entity]:
    """The states a format's mention lists after its «بين»."""
    after = text[mention.end : mention.end + len(" بين ")]
    if mention.rule != COOPERATION_FORMAT or normalize(after).split()[:1] != ["بين"]:
        return []
    return [m.entity for m in _states_listed(text, mention.end + len(" بين"), states)]


def _states_listed(text: str, start: int, states: list[Mention]) -> list[Mention]:
    """The states listed from `start` on, joined by «و» or commas, two at least."""
    listed: list[Mention] = []
    position = start
    for state in (m for m in states if m.start >= start):
        if text[position : state.start].strip() and not _LIST_GLUE.fullmatch(
            text[position : state.start]
        ):
            break
        if (not listed and text[position : state.start].strip()) or state.entity in (
            m.entity for m in listed
        ):
            break  # «… بين مصر واليونان وقبرص، ومصر …»: a state again starts another phrase
        listed.append(state)
        position = state.end
    return listed if len(listed) > 1 else []


def _named_before(text: str, label: str, known: list[Mention], start: int) -> Entity | None:
    """The format the article named before `start` with a name `label` begins
    («آلية التعاون الثلاثي» after «آلية التعاون الثلاثي بين مصر واليونان وقبرص»)."""
    name = normalize(label)
    return next(
        (
            m.entity
            for m in reversed(known)
            if m.rule == COOPERATION_FORMAT
            and m.end <= start
            and normalize(m.entity.label).startswith(name)
        ),
        None,
    )
