"""Read the world gazetteer (states, organisations, cities, office titles, office holders).

The tables are built by scripts/world/build.py (holders.tsv is researched separately, and so
are the international bodies' offices, body_offices.tsv and body_holders.tsv); their columns and
sources are described in kg/data/README.md and kg/data/holders.md. kg.kb merges them with the
seed tables.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.kb import LINKABLE, KbEntry, KnowledgeBase, slug  # kg.kb imports this module lazily
from kg.lang.ar.morphology import name_parts
from kg.normalize import normalize, unique_spellings
from kg.offices import KINDS, BodyTitles, StateTitles
from kg.tsv import read_rows
from kg.types import Entity, Role

ORG_TYPES = {"organisation": "Organization", "group": "Group"}
BODY_OFFICES = "body_offices.tsv"
BODY_HOLDERS = "body_holders.tsv"


@dataclass
class World:
    entries: list[KbEntry] = field(default_factory=list)
    states: list[StateTitles] = field(default_factory=list)
    patterns: list[dict[str, str]] = field(default_factory=list)
    bodies: list[BodyTitles] = field(default_factory=list)  # the offices of international bodies


def split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def load_world(folder: Path) -> World:
    """The world tables in `folder` as knowledge-base entries and the states' title material."""
    world = World(patterns=read_rows(folder / "office_titles.tsv"))
    state_rows = read_rows(folder / "states.tsv")
    org_rows = read_rows(folder / "organisations.tsv")
    state_qid = {row["iso2"]: _qid(row) for row in state_rows}
    owners = {  # folded name → the state whose name it is
        normalize(name): row["iso2"]
        for row in state_rows
        for name in (*split(row["aliases_ar"]), *split(row.get("context_names_ar", "")))
    }
    services: dict[str, list[str]] = {}
    for row in org_rows:
        if row["main_intelligence"] == "yes":
            services.setdefault(row["state"], []).extend(split(row["aliases_ar"]))
    for row in state_rows:
        entity = _entity(row, "State", row["label_en"])
        nisba = (*split(row["nisba_m"]), *split(row["nisba_f"]))
        world.entries.append(
            KbEntry(
                entity,
                (*split(row["aliases_ar"]), *_formal_names(row, owners)),
                split(row["metonyms_ar"]),
                nisba=nisba,
                country=row["iso2"],
            )
        )
        context_names = split(row.get("context_names_ar", ""))
        if context_names:  # «مالي» is mostly «financial»: a name to take only in context
            world.entries.append(
                KbEntry(entity, context_names, (), needs_context=True, country=row["iso2"])
            )
        world.states.append(
            StateTitles(
                iso2=row["iso2"],
                entity=entity,
                names=(*split(row["aliases_ar"]), *context_names),
                nisba_m=split(row["nisba_m"]),
                nisba_f=split(row["nisba_f"]),
                head_of_state=row["head_of_state_title"],
                head_of_government=row["head_of_government_title"],
                services=tuple(services.get(row["iso2"], ())),
                extra=_extra_titles(row["titles"], row["iso2"]),
            )
        )
    organisations: dict[str, tuple[Entity, tuple[str, ...]]] = {}  # label_en → entity, names
    for row in org_rows:
        entity = _entity(row, ORG_TYPES[row["type"]], row["label_en"])
        organisations[row["label_en"]] = (entity, split(row["aliases_ar"]))
        country = row["state"] or None
        world.entries.append(
            KbEntry(
                entity,
                split(row["aliases_ar"]),
                (),
                countries=_some(state_qid.get(row["state"])),
                country=country,
                governs=row["category"] == _GOVERNING,
            )
        )
    if (folder / BODY_OFFICES).is_file():
        world.bodies = [_body(row, organisations) for row in read_rows(folder / BODY_OFFICES)]
    taken: set[str] = {entry.entity.key for entry in world.entries}
    for row in read_rows(folder / "cities.tsv"):
        key = _city_key(row, taken)
        taken.add(key)
        entity = replace(_entity(row, "City", row["label_en"]), key=key)
        world.entries.append(
            KbEntry(
                entity,
                split(row["aliases_ar"]),
                (),
                countries=_some(state_qid.get(row["country"])),
                needs_context=row["needs_context"] == "yes",
                country=row["country"],
                population=int(row["population"] or 0),
                capital=row["is_capital"] == "yes",
            )
        )
    return world


_GOVERNING = "government"  # organisations.tsv's category of a state's governing bodies


def _body(
    row: dict[str, str], organisations: dict[str, tuple[Entity, tuple[str, ...]]]
) -> BodyTitles:
    """A row of body_offices.tsv with the organisation it names (by English label)."""
    if row["body"] not in organisations:
        raise ValueError(f"{BODY_OFFICES} {row['office']}: no organisation {row['body']!r}")
    body, names = organisations[row["body"]]
    return BodyTitles(
        key=row["office"],
        kind=row["office"].partition(":")[0],
        body=body,
        label_en=row["label_en"],
        names=names,
        patterns=split(row["titles_ar"]),
    )


# The columns of kg/data/holders.tsv, as its build script writes them and the loader reads them.
# body_holders.tsv has the same columns, with `office` (a key of body_offices.tsv) in place of
# office_kind and state.
HOLDER_COLUMNS = (
    "office_kind",
    "state",
    "holder_en",
    "holder_ar",
    "holder_aliases_ar",
    "holder_qid",
    "start",
    "end",
    "as_of",
    "sources",
    "note",
)


def load_holders(kb: KnowledgeBase, path: Path) -> None:
    """Add the office terms of holders.tsv (or body_holders.tsv) to `kb`: one Role a row, of
    office ``<office_kind>:<state>`` (or ``office``), its holder a Person known by QID or
    English label, else new.

    A term the base already has (same office, same person, overlapping dates: a roles.tsv row)
    is not added twice. Rows of an office kg does not generate are skipped.
    """
    index = {entry.entity.key: i for i, entry in enumerate(kb.entries)}
    by_qid = {e.qid: e for e in kb.by_key.values() if e.qid}
    people = {e.label_en: e for e in kb.by_key.values() if e.type == "Person" and e.label_en}
    terms: dict[tuple[str | None, str], list[Role]] = {}  # (office, holder) → terms known
    for role in kb.roles:
        terms.setdefault((role.office_key, role.holder.key), []).append(role)
    for row in read_rows(path):
        office = kb.office_by_key.get(row.get("office") or f"{row['office_kind']}:{row['state']}")
        if office is None:
            continue
        qid = row["holder_qid"] or None
        names = tuple(n for n in (row["holder_ar"], *split(row["holder_aliases_ar"])) if n)
        holder = (
            by_qid.get(qid or "")
            or people.get(row["holder_en"])
            or (None if qid else kb.by_key.get(slug(row["holder_en"])))  # «Al - Sallal»
        )
        if holder is None:
            holder = Entity(
                key=qid or slug(row["holder_en"]),
                type="Person",
                label=row["holder_ar"] or row["holder_en"],
                label_en=row["holder_en"],
                qid=qid,
                link_source="table" if qid else None,
            )
            index[holder.key] = len(kb.entries)
            kb.entries.append(KbEntry(holder, unique_spellings(names), ()))
            kb.by_key[holder.key] = holder
            people[row["holder_en"]] = holder
            if qid:
                by_qid[qid] = holder
        elif holder.key in index:
            entry = kb.entries[index[holder.key]]
            kb.entries[index[holder.key]] = replace(
                entry, aliases=unique_spellings(entry.aliases + names)
            )
        role = Role(
            office=office.label_en,
            titles=office.titles,
            holder=holder,
            start=_day(row["start"]),
            end=_day(row["end"]),
            office_key=office.key,
            as_of=_day(row.get("as_of", "")),
        )
        same_holder = terms.setdefault((role.office_key, holder.key), [])
        if not any(_same_term(role, known) for known in same_holder):
            kb.roles.append(role)
            same_holder.append(role)


def add_lineage_names(kb: KnowledgeBase) -> None:
    """Give each person whose name runs «X بن Y … آل Z» the name news shortens it to, «X بن Y»
    («تميم بن حمد», «عبدالله بن عبدالعزيز»), when no other entity of `kb` has that name or
    shortens to it (a name shared is no one's)."""
    owners: dict[str, set[str]] = {}
    for entry in kb.entries:
        for alias in entry.aliases:
            owners.setdefault(normalize(alias), set()).add(entry.entity.key)
    short: dict[str, tuple[str, set[str]]] = {}  # folded short name → (as written, persons)
    for entry in kb.entries:
        if entry.entity.type != "Person":
            continue
        for alias in entry.aliases:
            name = lineage_name(alias)
            if name is not None:
                short.setdefault(normalize(name), (name, set()))[1].add(entry.entity.key)
    added: dict[str, list[str]] = {}
    for folded, (name, people) in short.items():
        if len(people) == 1 and owners.get(folded, people) == people:
            added.setdefault(next(iter(people)), []).append(name)
    for i, entry in enumerate(kb.entries):
        if entry.entity.key in added:
            aliases = unique_spellings((*entry.aliases, *added[entry.entity.key]))
            kb.entries[i] = replace(entry, aliases=aliases)


def lineage_name(name: str) -> str | None:
    """«تميم بن حمد» of «تميم بن حمد آل ثاني» or «تميم بن حمد بن خليفة آل ثاني»: the given name
    and the father's, when a family name with «آل» ends the name; else None."""
    units = name_parts(name.split(), normalize)  # «عبد الرحمن» as one («محمد بن عبد الرحمن»)
    folded = [normalize(" ".join(unit)) for unit in units]
    if "ال" not in folded[3:-1] or folded[1] != "بن":
        return None
    return " ".join(word for unit in units[:3] for word in unit)


def _same_term(a: Role, b: Role) -> bool:
    if a.office_key != b.office_key or a.holder.key != b.holder.key:
        return False
    low, high = datetime.date.min, datetime.date.max
    return (a.start or low) < (b.end or high) and (b.start or low) < (a.end or high)


def _entity(row: dict[str, str], kind: str, label_en: str) -> Entity:
    qid = _qid(row)
    return Entity(
        key=qid or slug(label_en),
        type=kind,
        label=row["label_ar"],
        label_en=label_en or None,
        qid=qid,
        link_source="table" if qid else None,
    )


def _qid(row: dict[str, str]) -> str | None:
    return row["qid"] if row.get("qid") and row.get("verified") in LINKABLE else None


def _city_key(row: dict[str, str], taken: set[str]) -> str:
    """A QID, else a readable key unique among the cities: «tripoli-lb», «washington-us-4140963»."""
    qid = _qid(row)
    if qid:
        return qid
    key = f"{slug(row['label_en'])}-{row['country'].lower()}"
    return key if key not in taken else f"{key}-{row['geonameid']}"


def _formal_names(row: dict[str, str], owners: dict[str, str]) -> tuple[str, ...]:
    """A state's name in communiqués, by its form of state and its adjective: «المملكة
    الإسبانية», «الجمهورية الإيطالية» (a one-word adjective; the names the table gives
    already are not repeated, and a name that is another state's, in `owners` (folded name →
    state), is not taken: «الجمهورية الدومينيكية» is the Dominican Republic's formal name, not
    Dominica's)."""
    form = _STATE_FORMS.get(row["head_of_state_title"])
    if form is None:
        return ()
    names = set(split(row["aliases_ar"]))
    formal = (
        f"{form} ال{adjective}" for adjective in split(row["nisba_f"]) if " " not in adjective
    )
    return tuple(
        name
        for name in formal
        if name not in names and owners.get(normalize(name), row["iso2"]) == row["iso2"]
    )


_STATE_FORMS = {"ملك": "المملكة", "رئيس": "الجمهورية"}


def _extra_titles(cell: str, iso2: str) -> tuple[tuple[str, str], ...]:
    extra = []
    for item in split(cell):
        kind, _, title = item.partition(":")
        if kind not in KINDS or not title:
            raise ValueError(f"states.tsv {iso2}: bad extra title {item!r}")
        extra.append((kind, title))
    return tuple(extra)


def _some(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()


def _day(cell: str) -> datetime.date | None:
    return datetime.date.fromisoformat(cell) if cell else None
