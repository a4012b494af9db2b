"""The linking knowledge base: entities with Arabic aliases, capital metonyms, offices and holders.

Read from the TSV tables in kg/data/: the curated seed world (entities.tsv, roles.tsv, a copy of
the project's Wikidata extract) and the world gazetteer (states.tsv, organisations.tsv,
cities.tsv, office_titles.tsv, body_offices.tsv and, when present, holders.tsv and
body_holders.tsv; kg/data/README.md says where each comes from). A row links to Wikidata only
when it has a QID that was checked (``verified`` is ``yes``; ``curated`` for the well-known
states and capitals of the seed table; ``two-sources`` when two independent datasets agree,
named in ``qid_sources``); every other row is a known
entity kept unlinked, with its labels. Where the seed table and the gazetteer know the same
entity (same QID, or same English label and type) the seed row wins and the gazetteer adds its
names, nisba adjectives and flags.

`kg kb update` writes tables of the same format, read from Wikidata itself (``verified`` is
``wikidata``), to the per-user data folder (or $KG_KB_DIR). `default_kb` adds them to the
shipped tables when they exist; the shipped rows win where both know an entity.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.normalize import name_key, normalize, unique_spellings
from kg.offices import generate
from kg.resources import data_path
from kg.settings import settings
from kg.tsv import read_rows
from kg.types import Entity, Office, Role

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
LINKABLE = {"yes", "curated", "wikidata", "two-sources"}
TABLES = ("entities.tsv", "roles.tsv")
WORLD = ("states.tsv", "organisations.tsv", "cities.tsv", "office_titles.tsv", "body_offices.tsv")
HOLDERS = "holders.tsv"


@dataclass(frozen=True)
class KbEntry:
    entity: Entity
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]  # capitals whose name stands for this state when it acts
    countries: tuple[str, ...] = ()  # QIDs of its country or citizenship
    sitelinks: int = 0  # Wikipedia articles about it: how well known it is (updated tables only)
    nisba: tuple[str, ...] = ()  # a state's adjectives, masculine then feminine («تركي», «تركية»)
    needs_context: bool = False  # a city to take only with place context («في», «مدينة»)
    country: str | None = None  # ISO2: a state's own, a city's, a national body's state
    population: int = 0  # cities (GeoNames)
    capital: bool = False  # a city that is its state's capital
    found_as: str | None = None  # kb update: the shipped organisation whose names found it
    governs: bool = False  # a governing body of its state (organisations.tsv: government)


class KnowledgeBase:
    """Entities, office terms and offices.

    `entries` are names to take wherever they occur; `guarded` are names to take only with
    context: cities that are small towns or whose names the corpora show are mostly words,
    first names, or letters inside other words («دور», «بيرا» in «كبيرا»), to take after place
    words («في», «مدينة», «العاصمة»); and a state's names that are mostly words («مالي»,
    financial), a second entry of that state. They are kept apart so that a reader of
    `entries` never matches them by accident.
    """

    def __init__(
        self,
        entries: list[KbEntry],
        roles: list[Role],
        offices: list[Office] | None = None,
        guarded: list[KbEntry] | None = None,
    ) -> None:
        self.entries = entries
        self.roles = roles
        self.offices = offices or []
        self.guarded = guarded or []
        self.by_key = {entry.entity.key: entry.entity for entry in (*entries, *self.guarded)}
        self.office_by_key = {office.key: office for office in self.offices}
        self.ambiguous_titles: dict[str, tuple[str, ...]] = {}  # folded title → office keys
        # per role, what its table says of its office: the state's QID and the office kind
        # (None when the table has no office_kind column); read by `merged`
        self.term_hints: list[tuple[str, str | None]] = []
        self._titles: dict[str, Office] | None = None
        self._by_name: dict[str, tuple[Entity, ...]] | None = None

    def named(self, name: str) -> tuple[Entity, ...]:
        """The entities known by `name` in any spelling `name_key` folds together: label,
        English label or alias («حماس» names the entity labelled «حركة المقاومة الإسلامية»)."""
        if self._by_name is None:
            index: dict[str, dict[str, Entity]] = {}
            for entry in self.entries:
                entity = entry.entity
                for label in (entity.label, entity.label_en, *entry.aliases):
                    if label:
                        index.setdefault(name_key(label), {})[entity.key] = entity
            self._by_name = {key: tuple(found.values()) for key, found in index.items()}
        return self._by_name.get(name_key(name), ())

    @classmethod
    def from_tables(
        cls, entities_tsv: Path, roles_tsv: Path, *, source: str = "table"
    ) -> KnowledgeBase:
        """Read a pair of tables; `source` is the link source of the rows that link."""
        entries = [_entry(row, source) for row in read_rows(entities_tsv) if row.get("label_ar")]
        by_label = {entry.entity.label_en: entry.entity for entry in entries}
        by_qid = {entry.entity.qid: entry.entity for entry in entries if entry.entity.qid}
        role_rows = read_rows(roles_tsv)
        base = cls(entries, [_role(row, by_label, by_qid) for row in role_rows])
        base.term_hints = [
            (row.get("country_qid", ""), row.get("office_kind")) for row in role_rows
        ]
        return base

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This base plus the entities and office terms `other` (an update) adds.

        An entity both know is this base's: `other`'s copy is dropped and its terms point to
        this base's entity, so a title resolves to one person whichever table named the office.
        Both know it when `other` has it under the same QID; as an organisation it found by
        this base's names (``found_as``); under the same English label and type, in the same
        country where both name one; or, for a person, under the same Arabic name with a
        matching office term. When this base has no QID for it, `other`'s QID links it: an
        organisation found by its names, and a person only with a matching office term (the
        same office, dated terms that overlap), for two namesakes must not share an item.

        `other`'s terms become terms of this base's offices (`_in_office`); a term without
        dates is dropped where the same person has a dated term of the same office.
        """
        states = {o.state.qid: o.state for o in self.offices if o.state.qid}
        hints = other.term_hints or [("", None)] * len(other.roles)
        theirs = [
            self._in_office(role, states.get(country), kind)
            for role, (country, kind) in zip(other.roles, hints, strict=True)
        ]
        match = _Matcher(self, theirs)
        same: dict[str, Entity] = {}  # other's key → this base's entity
        claims: dict[str, set[str]] = {}  # this base's key → QIDs `other` would link it to
        added: list[KbEntry] = []
        for entry in other.entries:
            mine, may_link = match.counterpart(entry)
            if mine is None:
                added.append(entry)
                continue
            same[entry.entity.key] = mine
            if may_link and not mine.qid and entry.entity.qid:
                claims.setdefault(mine.key, set()).add(entry.entity.qid)
        sources = {e.entity.qid: e.entity.link_source for e in other.entries}
        linked = {
            key: replace(self.by_key[key], qid=qid, link_source=sources[qid])
            for key, (qid, *rest) in ((k, sorted(q)) for k, q in claims.items())
            if not rest  # two items for one entity: link neither
        }

        def ours(entity: Entity) -> Entity:
            entity = same.get(entity.key) or match.known(entity) or entity
            return linked.get(entity.key, entity)

        def relinked(entries: list[KbEntry]) -> list[KbEntry]:
            return [replace(e, entity=linked.get(e.entity.key, e.entity)) for e in entries]

        roles = [replace(r, holder=linked.get(r.holder.key, r.holder)) for r in self.roles]
        roles += [replace(role, holder=ours(role.holder)) for role in theirs]
        entries, guarded = relinked(self.entries) + added, relinked(self.guarded)
        merged = KnowledgeBase(entries, _dated_first(roles), self.offices, guarded)
        merged.ambiguous_titles = self.ambiguous_titles
        return merged

    def _in_office(self, role: Role, state: Entity | None = None, kind: str | None = None) -> Role:
        """`role` as a term of one of this base's offices, with all of the office's titles.

        The office is `state`'s office of the `kind` the role's table gives (`kg kb update`
        says it, '' for none it knows); else the one its titles name (one office most of them
        name, and of `state` when it is known); else, when the table gives no kind (None), the
        one of its state whose kind its English name says («Minister of Foreign Affairs of …»).
        """
        office = self.office_by_key.get(role.office_key or "")
        if office is None and kind and state is not None:
            office = next(
                (o for o in self.offices if o.kind == kind and o.state.key == state.key), None
            )
        if office is None:
            office = _office_by_titles(role.titles, self._title_index())
            if office is not None and state is not None and office.state.key != state.key:
                office = None  # the titles name another state's office
        if office is None and kind is None:
            office = self._by_kind(role.office, state)
        if office is None:
            return role
        titles = tuple(dict.fromkeys((*role.titles, *office.titles)))
        return replace(role, office_key=office.key, titles=titles)

    def office_for_title(self, title: str) -> Office | None:
        """The office a whole title names («وزير خارجية كندا» → foreign-minister:CA), spelt in
        any way kg folds together; None for a title no office or two offices have."""
        return self._title_index().get(normalize(" ".join(title.split())))

    def _title_index(self) -> dict[str, Office]:
        if self._titles is None:
            self._titles = {
                normalize(title): office for office in self.offices for title in office.titles
            }
        return self._titles

    def _by_kind(self, office_en: str, state: Entity | None) -> Office | None:
        kind = office_kind(office_en)
        if kind is None or state is None:
            return None
        return next((o for o in self.offices if o.kind == kind and o.state == state), None)

    def holder(self, title_roles: list[Role], day: datetime.date) -> tuple[Role, Entity] | None:
        """Who held the office on `day`, if exactly one holder did.

        A term with neither start nor end (a Wikidata statement without qualifiers) says only
        that its holder held the office at some time: it counts on a day no dated term covers,
        and never beside one, so it can neither make a title ambiguous nor outvote a dated term.
        """
        held = [role for role in title_roles if role.held_on(day)]
        holders = [role for role in held if role.start or role.end] or held
        if len({role.holder.key for role in holders}) != 1:
            return None
        return holders[0], holders[0].holder


def update_dir() -> Path:
    """Where `kg kb update` keeps its tables: $KG_KB_DIR, else the per-user data folder."""
    return settings().kb_dir


def shipped_kb(holders: Path | None = None) -> KnowledgeBase:
    """The seed tables plus the world gazetteer; `holders` defaults to kg/data/holders.tsv."""
    entities, roles = (data_path(name) for name in TABLES)
    seed = KnowledgeBase.from_tables(entities, roles)
    return with_world(seed, read_rows(roles), entities.parent, holders or data_path(HOLDERS))


def with_world(
    seed: KnowledgeBase, role_rows: list[dict[str, str]], folder: Path, holders: Path | None
) -> KnowledgeBase:
    """`seed` (read from tables whose roles are `role_rows`) plus the world tables in `folder`,
    and the office holders when `holders` exists.

    The seed's entries come first and keep their identity (key, labels, QID); a world row that
    names the same entity adds its aliases, metonyms, nisba and flags to the seed's entry. The
    seed's office terms become terms of the generated offices (same state and kind).
    """
    from kg.world import BODY_HOLDERS, add_lineage_names, load_holders, load_world

    world = load_world(folder)
    merged = _merge_entries(seed.entries, world.entries)
    entries = [e for e in merged if not e.needs_context]
    guarded = [e for e in merged if e.needs_context]
    by_key = {entry.entity.key: entry.entity for entry in merged}
    # a state's titles take every name of it the tables know («وزير خارجية الجمهورية
    # الإسلامية الإيرانية»), the seed's included
    names = {entry.entity.key: entry.aliases for entry in merged}
    # a state or body the seed knows by QID and the world table by label only (the State of
    # Palestine, Hamas) is the seed's entity, whose key its offices and mentions then share
    by_label = {(e.entity.label_en, e.entity.type): e.entity for e in merged if e.entity.label_en}
    states = [
        replace(
            s,
            entity=entity,
            names=tuple(dict.fromkeys((*s.names, *names.get(entity.key, ())))),
        )
        for s in world.states
        for entity in [
            by_key.get(s.entity.key) or by_label.get((s.entity.label_en, s.entity.type), s.entity)
        ]
    ]
    bodies = [
        replace(b, body=body, names=tuple(dict.fromkeys((*b.names, *names.get(body.key, ())))))
        for b in world.bodies
        for body in [by_key.get(b.body.key) or by_label.get((b.body.label_en, b.body.type), b.body)]
    ]
    offices = generate(states, world.patterns, bodies)
    base = KnowledgeBase(entries, [], offices.offices, guarded)
    base.ambiguous_titles = offices.ambiguous
    state_by_qid = {s.entity.qid: s.entity for s in states if s.entity.qid}
    base.roles = [
        base._in_office(role, state_by_qid.get(row.get("country_qid", "")))
        for role, row in zip(seed.roles, role_rows, strict=True)
    ]
    if holders is not None and holders.is_file():
        load_holders(base, holders)
    if (folder / BODY_HOLDERS).is_file():
        load_holders(base, folder / BODY_HOLDERS)
    add_lineage_names(base)
    return base


def updated_kb(folder: Path | None = None) -> KnowledgeBase | None:
    """The tables `kg kb update` wrote to `folder` (default `update_dir()`), if it did."""
    paths = update_tables(folder)
    if not all(path.is_file() for path in paths):
        return None
    return KnowledgeBase.from_tables(*paths, source="kb-update")


def default_kb() -> KnowledgeBase:
    """The shipped tables, plus the updated ones when `kg kb update` has written them; read
    once a process, and kept compiled between processes (`kg.tablecache`)."""
    from kg.tablecache import default_tables

    return default_tables().kb


def read_default_kb() -> KnowledgeBase:
    """`default_kb` read from its tables."""
    shipped, update = shipped_kb(), updated_kb()
    return shipped if update is None else shipped.merged(update)


def update_tables(folder: Path | None = None) -> list[Path]:
    """The tables `kg kb update` writes, in `folder` (default `update_dir()`)."""
    return [(folder or update_dir()) / name for name in TABLES]


_KIND_WORDS = (
    # Before "president": «President of the Parliament of Lebanon» is its speaker.
    ("speaker", "parliament-speaker"),
    ("president of the parliament", "parliament-speaker"),
    ("president of the house of representatives", "parliament-speaker"),
    ("president of the national assembly", "parliament-speaker"),
    ("crown prince", "crown-prince"),
    ("heir apparent", "crown-prince"),
    # Before "president": a deputy of the head of state is no head of state.
    ("first vice president", "vice-president"),
    ("vice president", "vice-president"),
    ("vice-president", "vice-president"),
    ("deputy president", "vice-president"),
    ("intelligence", "intelligence-chief"),
    ("foreign affairs", "foreign-minister"),
    ("foreign minister", "foreign-minister"),
    ("defence", "defence-minister"),
    ("defense", "defence-minister"),
    ("ambassador", "ambassador"),
    ("consul", "consul"),
    ("prime minister", "head-of-government"),
    ("chancellor", "head-of-government"),
    ("head of government", "head-of-government"),
    ("president", "head-of-state"),
    ("king", "head-of-state"),
    ("emir", "head-of-state"),
    ("sultan", "head-of-state"),
    ("head of state", "head-of-state"),
)


def office_kind(office_en: str) -> str | None:
    """The office kind an English office name says («Prime Minister of Israel» → head of
    government), or None."""
    lowered = office_en.lower()
    return next((kind for word, kind in _KIND_WORDS if word in lowered), None)


def _office_by_titles(titles: tuple[str, ...], index: dict[str, Office]) -> Office | None:
    """The office most of `titles` name, when exactly one does."""
    votes: dict[str, int] = {}
    offices: dict[str, Office] = {}
    for title in titles:
        office = index.get(normalize(title))
        if office is not None:
            votes[office.key] = votes.get(office.key, 0) + 1
            offices[office.key] = office
    if not votes:
        return None
    best = max(votes.values())
    winners = [key for key, count in votes.items() if count == best]
    return offices[winners[0]] if len(winners) == 1 else None


class _Matcher:
    """Finds the entity a base knows an update's entity as (the rules are `merged`'s)."""

    def __init__(self, base: KnowledgeBase, their_roles: list[Role]) -> None:
        self.by_qid = {e.qid: e for e in base.by_key.values() if e.qid}
        self.countries: dict[str, set[str]] = {}
        self.by_label: dict[tuple[str | None, str], list[Entity]] = {}
        self.by_arabic: dict[str, list[Entity]] = {}
        for entry in (*base.entries, *base.guarded):
            entity = entry.entity
            if entity.key not in self.countries:
                self.by_label.setdefault((entity.label_en, entity.type), []).append(entity)
                if entity.type == "Person":
                    self.by_arabic.setdefault(normalize(entity.label), []).append(entity)
            self.countries.setdefault(entity.key, set()).update(entry.countries)
        self.mine = _terms_by_holder(base.roles)
        self.theirs = _terms_by_holder(their_roles)

    def known(self, entity: Entity, countries: tuple[str, ...] = ()) -> Entity | None:
        """The base's entity with `entity`'s QID, else with its English label and type in the
        same country (the first, when several are)."""
        if entity.qid and entity.qid in self.by_qid:
            return self.by_qid[entity.qid]
        if not entity.label_en:
            return None
        alike = [
            mine
            for mine in self.by_label.get((entity.label_en, entity.type), [])
            if _agree(self.countries.get(mine.key, set()), set(countries))
        ]
        return alike[0] if alike else None

    def counterpart(self, entry: KbEntry) -> tuple[Entity | None, bool]:
        """The base's entity for `entry`'s, and whether `entry`'s QID may link it."""
        entity = entry.entity
        if entity.qid and entity.qid in self.by_qid:
            return self.by_qid[entity.qid], False
        if entry.found_as:
            named = [
                mine
                for kind in ("Organization", "Group")
                for mine in self.by_label.get((entry.found_as, kind), [])
            ]
            if len(named) == 1:
                return named[0], True
        alike = self.known(entity, entry.countries)
        if alike is not None:
            single = len(self.by_label[(entity.label_en, entity.type)]) == 1
            return alike, single and entity.type == "Person" and self._same_term(alike, entity)
        if entity.type == "Person":
            namesakes = [
                mine
                for mine in self.by_arabic.get(normalize(entity.label), [])
                if self._same_term(mine, entity)
            ]
            if len(namesakes) == 1:
                return namesakes[0], True
        return None, False

    def _same_term(self, mine: Entity, theirs: Entity) -> bool:
        """Whether the two held the same office in dated terms that overlap."""
        return any(
            a.office_key is not None and a.office_key == b.office_key and _overlap(a, b)
            for a in self.mine.get(mine.key, [])
            for b in self.theirs.get(theirs.key, [])
            if (a.start or a.end) and (b.start or b.end)
        )


def _terms_by_holder(roles: list[Role]) -> dict[str, list[Role]]:
    terms: dict[str, list[Role]] = {}
    for role in roles:
        terms.setdefault(role.holder.key, []).append(role)
    return terms


def _agree(mine: set[str], theirs: set[str]) -> bool:
    """Whether two entities' countries let them be one: either names none, or both name one."""
    return not mine or not theirs or bool(mine & theirs)


def _overlap(a: Role, b: Role) -> bool:
    low, high = datetime.date.min, datetime.date.max
    return (a.start or low) < (b.end or high) and (b.start or low) < (a.end or high)


def _dated_first(roles: list[Role]) -> list[Role]:
    """`roles` without the undated terms of a person who has a dated term of that office."""
    dated = {(r.holder.key, r.office_key or r.office) for r in roles if r.start or r.end}
    undated = [r for r in roles if not (r.start or r.end)]
    repeats = {id(r) for r in undated if (r.holder.key, r.office_key or r.office) in dated}
    return [r for r in roles if id(r) not in repeats]


def _merge_entries(seed: list[KbEntry], world: list[KbEntry]) -> list[KbEntry]:
    """Seed entries first, each completed by the world entry naming the same entity. A seed
    city is completed once, by its QID's row or the first row of its English label (the world
    lists cities largest first: Moscow, not Moscow, Idaho); later namesakes stay apart."""
    by_qid = {e.entity.qid: i for i, e in enumerate(seed) if e.entity.qid}
    by_label = {(e.entity.label_en, e.entity.type): i for i, e in enumerate(seed)}
    merged = list(seed)
    added: list[KbEntry] = []
    completed: set[int] = set()  # seed entries a world row already completed
    for entry in world:
        index = by_qid.get(entry.entity.qid or "")
        if index is None:
            index = by_label.get((entry.entity.label_en, entry.entity.type))
            if index in completed and entry.entity.type == "City":
                index = None
        if index is None:
            added.append(entry)
            continue
        completed.add(index)
        mine = merged[index]
        if entry.needs_context and entry.entity.type != "City":
            # a state's names to take only in context stay apart, for the seed's entity
            added.append(replace(entry, entity=mine.entity))
            continue
        merged[index] = replace(
            entry,
            entity=mine.entity,
            aliases=unique_spellings((*mine.aliases, *entry.aliases)),
            metonyms=unique_spellings((*mine.metonyms, *entry.metonyms)),
            needs_context=False,  # the curated row says: a name to take wherever it occurs
        )
    return merged + added


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


_TO_ASCII = str.maketrans("İıŞşĞğÜüÖöÇçÂâ", "IiSsGgUuOoCcAa")
_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A readable IRI-safe key from an English label (İbrahim Kalın → ibrahim-kalin)."""
    return _NOT_IN_SLUG.sub("-", text.translate(_TO_ASCII).lower()).strip("-")


def _entry(row: dict[str, str], source: str) -> KbEntry:
    qid = row["qid"] if row["qid"] and row.get("verified") in LINKABLE else None
    entity = Entity(
        key=qid or slug(row["label_en"]),
        type=TYPES[row["type"]],
        label=row["label_ar"],
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
        found_as=row.get("found_as") or None,
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
            label=row["holder_en"],
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
