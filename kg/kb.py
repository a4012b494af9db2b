"""The linking knowledge base: entities with Arabic aliases, capital metonyms, and office holders.

Read from the TSV tables in kg/data/ (a curated copy of the project's Wikidata extract).
A row links to Wikidata only when it has a QID that was checked (``verified`` is ``yes``, or
``curated`` for the well-known states and capitals added to the table); every other row is a
known entity kept unlinked, with its labels.
"""

from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.resources import data_path
from kg.types import Entity, Role

TYPES = {
    "person": "Person",
    "state": "State",
    "organisation": "Organization",
    "organization": "Organization",
    "group": "Group",
    "city": "City",
    "territory": "Territory",
    "place": "Place",
    "legal case": "LegalCase",
    "event": "NamedEvent",
}
LINKABLE = {"yes", "curated"}


@dataclass(frozen=True)
class KbEntry:
    entity: Entity
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]  # capitals whose name stands for this state when it acts


class KnowledgeBase:
    def __init__(self, entries: list[KbEntry], roles: list[Role]) -> None:
        self.entries = entries
        self.roles = roles
        self.by_key = {entry.entity.key: entry.entity for entry in entries}

    @classmethod
    def from_tables(cls, entities_tsv: Path, roles_tsv: Path) -> KnowledgeBase:
        entries = [_entry(row) for row in _rows(entities_tsv) if row.get("label_ar")]
        by_label = {entry.entity.label_en: entry.entity for entry in entries}
        roles = [_role(row, by_label) for row in _rows(roles_tsv)]
        return cls(entries, roles)

    def holder(self, title_roles: list[Role], day: datetime.date) -> tuple[Role, Entity] | None:
        """Who held the office on `day`, if exactly one holder did."""
        holders = [role for role in title_roles if role.held_on(day)]
        if len({role.holder.key for role in holders}) != 1:
            return None
        return holders[0], holders[0].holder


@cache
def default_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tables(data_path("entities.tsv"), data_path("roles.tsv"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def slug(text: str) -> str:
    """A readable IRI-safe key from an English label (İbrahim Kalın → ibrahim-kalin)."""
    ascii_text = text.translate(str.maketrans("İıŞşĞğÜüÖöÇçÂâ", "IiSsGgUuOoCcAa"))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _entry(row: dict[str, str]) -> KbEntry:
    qid = row["qid"] if row["qid"] and row.get("verified") in LINKABLE else None
    entity = Entity(
        key=qid or slug(row["label_en"]),
        type=TYPES[row["type"]],
        label_ar=row["label_ar"],
        label_en=row["label_en"] or None,
        qid=qid,
        link_source="table" if qid else None,
    )
    aliases = (row["label_ar"], *_split(row.get("aliases_ar", "")))
    return KbEntry(entity, tuple(dict.fromkeys(aliases)), _split(row.get("metonyms_ar", "")))


def _role(row: dict[str, str], by_label: dict[str | None, Entity]) -> Role:
    holder = by_label.get(row["holder_en"])
    if holder is None:
        qid = row["holder_qid"] if row.get("verified") in LINKABLE else None
        holder = Entity(
            key=qid or slug(row["holder_en"]),
            type="Person",
            label_ar=row["holder_en"],
            label_en=row["holder_en"],
            qid=qid or None,
            link_source="role" if qid else None,
        )
    return Role(
        office=row["role_en"],
        titles=_split(row["role_ar_examples"]),
        holder=holder,
        start=_day(row["start"]),
        end=_day(row["end"]),
    )


def _day(cell: str) -> datetime.date | None:
    return datetime.date.fromisoformat(cell) if cell else None
