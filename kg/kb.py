"""The linking knowledge base: entities with Arabic aliases, capital metonyms, and office holders.

Read from the TSV tables in kg/data/ (a curated copy of the project's Wikidata extract).
A row links to Wikidata only when it has a QID that was checked (``verified`` is ``yes``, or
``curated`` for the well-known states and capitals added to the table); every other row is a
known entity kept unlinked, with its labels.

`kg kb update` writes tables of the same format, read from Wikidata itself (``verified`` is
``wikidata``), to the per-user data folder (or $KG_KB_DIR). `default_kb` adds them to the
shipped tables when they exist; the shipped rows win where both know an entity.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kg.resources import data_path
from kg.tsv import read_rows
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
LINKABLE = {"yes", "curated", "wikidata"}
KB_ENV = "KG_KB_DIR"
TABLES = ("entities.tsv", "roles.tsv")


@dataclass(frozen=True)
class KbEntry:
    entity: Entity
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]  # capitals whose name stands for this state when it acts
    countries: tuple[str, ...] = ()  # QIDs of its country or citizenship (updated tables only)
    sitelinks: int = 0  # Wikipedia articles about it: how well known it is (updated tables only)


class KnowledgeBase:
    def __init__(self, entries: list[KbEntry], roles: list[Role]) -> None:
        self.entries = entries
        self.roles = roles
        self.by_key = {entry.entity.key: entry.entity for entry in entries}

    @classmethod
    def from_tables(
        cls, entities_tsv: Path, roles_tsv: Path, *, source: str = "table"
    ) -> KnowledgeBase:
        """Read a pair of tables; `source` is the link source of the rows that link."""
        entries = [_entry(row, source) for row in read_rows(entities_tsv) if row.get("label_ar")]
        by_label = {entry.entity.label_en: entry.entity for entry in entries}
        by_qid = {entry.entity.qid: entry.entity for entry in entries if entry.entity.qid}
        roles = [_role(row, by_label, by_qid) for row in read_rows(roles_tsv)]
        return cls(entries, roles)

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This base plus the entities and roles `other` adds.

        An entity both know (the same QID, or the same English label) is this base's: `other`'s
        copy is dropped and its roles point to this base's entity instead, so a title resolves
        to one person whichever table named the office.
        """
        by_qid = {e.qid: e for e in self.by_key.values() if e.qid}
        by_label = {e.label_en: e for e in self.by_key.values() if e.label_en}

        def known(entity: Entity) -> Entity | None:
            return by_qid.get(entity.qid or "") or by_label.get(entity.label_en or "")

        entries = self.entries + [e for e in other.entries if known(e.entity) is None]
        roles = self.roles + [
            replace(role, holder=known(role.holder) or role.holder) for role in other.roles
        ]
        return KnowledgeBase(entries, roles)

    def holder(self, title_roles: list[Role], day: datetime.date) -> tuple[Role, Entity] | None:
        """Who held the office on `day`, if exactly one holder did."""
        holders = [role for role in title_roles if role.held_on(day)]
        if len({role.holder.key for role in holders}) != 1:
            return None
        return holders[0], holders[0].holder


def update_dir() -> Path:
    """Where `kg kb update` keeps its tables: $KG_KB_DIR, else the per-user data folder."""
    if os.environ.get(KB_ENV):
        return Path(os.environ[KB_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("kg")) / "kb"


def shipped_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tables(*(data_path(name) for name in TABLES))


def updated_kb(folder: Path | None = None) -> KnowledgeBase | None:
    """The tables `kg kb update` wrote to `folder` (default `update_dir()`), if it did."""
    paths = [(folder or update_dir()) / name for name in TABLES]
    if not all(path.is_file() for path in paths):
        return None
    return KnowledgeBase.from_tables(*paths, source="kb-update")


@cache
def default_kb() -> KnowledgeBase:
    """The shipped tables, plus the updated ones when `kg kb update` has written them."""
    shipped, update = shipped_kb(), updated_kb()
    return shipped if update is None else shipped.merged(update)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def slug(text: str) -> str:
    """A readable IRI-safe key from an English label (İbrahim Kalın → ibrahim-kalin)."""
    ascii_text = text.translate(str.maketrans("İıŞşĞğÜüÖöÇçÂâ", "IiSsGgUuOoCcAa"))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _entry(row: dict[str, str], source: str) -> KbEntry:
    qid = row["qid"] if row["qid"] and row.get("verified") in LINKABLE else None
    entity = Entity(
        key=qid or slug(row["label_en"]),
        type=TYPES[row["type"]],
        label_ar=row["label_ar"],
        label_en=row["label_en"] or None,
        qid=qid,
        link_source=source if qid else None,
    )
    aliases = (row["label_ar"], *_split(row.get("aliases_ar", "")))
    return KbEntry(
        entity,
        tuple(dict.fromkeys(aliases)),
        _split(row.get("metonyms_ar", "")),
        _split(row.get("countries", "")),
        int(row.get("sitelinks") or 0),
    )


def _role(
    row: dict[str, str], by_label: dict[str | None, Entity], by_qid: dict[str | None, Entity]
) -> Role:
    holder = by_qid.get(row["holder_qid"]) or by_label.get(row["holder_en"])
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
