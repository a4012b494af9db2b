"""kg's vocabulary in one registry: entity types, event kinds, event roles and relations.

Everything that names a relation or a type reads it from here: the graph writer (IRIs and
facts), the evaluation (which relations are scored), the build summary, the extraction
components (which types are actors or places), the knowledge base (how the tables spell a
type) and the linker (which Wikidata kind a type may link to). `tests/test_schema.py` checks
that `ontology/kg.ttl` and `ontology/shapes.ttl` agree with it.

Adding a relation means adding a `Relation` here (with the event kind that carries it and how
the event states it), a rule that produces the event, the ontology and shape terms, and a
query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import URIRef

from kg.namespaces import KG
from kg.types import Entity, Event


@dataclass(frozen=True)
class EntityType:
    """A class of things kg recognises in text."""

    name: str  # the ontology class kg:<name>
    table_name: str  # how the kg/data tables spell it
    actor: bool = False  # can take part in events
    place: bool = False  # can be where an event happens
    wikidata_kind: str | None = None  # the kg.wikidata_items kind it may be linked to

    @property
    def iri(self) -> URIRef:
        return KG[self.name]


@dataclass(frozen=True)
class EventRole:
    """A role an entity plays in an event other than participant, place and target."""

    name: str  # kg:<name>
    on_target: bool  # a property of the event's target (a case's plaintiff), not of the event
    types: frozenset[str]  # entity types that may fill it
    wikidata: str | None = None

    @property
    def iri(self) -> URIRef:
        return KG[self.name]


@dataclass(frozen=True)
class EventKind:
    """An n-ary event class; `target` names the property linking it to what it is about."""

    name: str
    target: str | None = None  # kg:legalCase, kg:group
    target_types: frozenset[str] = frozenset()

    @property
    def iri(self) -> URIRef:
        return KG[self.name]

    @property
    def target_iri(self) -> URIRef | None:
        return KG[self.target] if self.target else None


Derivation = Callable[[Event], Iterator[tuple[Entity, Entity]]]


@dataclass(frozen=True)
class Relation:
    """A binary relation kg asserts, and how an event of `event_kind` states it."""

    name: str  # kg:<name>
    event_kind: str
    domain: frozenset[str]  # entity types of the subject
    range: frozenset[str]  # entity types of the object
    derive: Derivation
    wikidata: str | None = None
    symmetric: bool = False

    @property
    def iri(self) -> URIRef:
        return KG[self.name]


ENTITY_TYPES: dict[str, EntityType] = {
    t.name: t
    for t in (
        EntityType("Person", "person", actor=True, wikidata_kind="person"),
        EntityType("State", "state", actor=True, wikidata_kind="state"),
        EntityType("Organization", "organisation", actor=True, wikidata_kind="organisation"),
        EntityType("Group", "group", actor=True),
        EntityType("City", "city", place=True, wikidata_kind="city"),
        EntityType("Territory", "territory", place=True),
        EntityType("Place", "place", place=True),
        EntityType("LegalCase", "legal case"),
        EntityType("NamedEvent", "event"),
    )
}
ACTORS = frozenset(name for name, t in ENTITY_TYPES.items() if t.actor)
PLACES = frozenset(name for name, t in ENTITY_TYPES.items() if t.place)
BODIES = frozenset({"Group", "Organization"})  # what convenes meetings and has members

EVENT_KINDS: dict[str, EventKind] = {
    k.name: k
    for k in (
        EventKind("Meeting"),
        EventKind("CaseJoining", "legalCase", frozenset({"LegalCase"})),
        EventKind("Membership", "group", BODIES),
    )
}

EVENT_ROLES: dict[str, EventRole] = {
    r.name: r
    for r in (
        EventRole("plaintiff", True, frozenset({"State"}), "P1620"),
        EventRole("defendant", True, frozenset({"State"}), "P1591"),
        EventRole("convener", False, BODIES),
    )
}


@dataclass(frozen=True)
class Attribute:
    """A relation between entities that no event states: read from how the text names them."""

    name: str
    domain: frozenset[str]
    range: frozenset[str]

    @property
    def iri(self) -> URIRef:
        return KG[self.name]


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        # «وزير الخارجية التركي»: the person acts for Turkey, named or not
        Attribute("represents", frozenset({"Person"}), ACTORS),
    )
}

# How a meeting was reported when it is not a meeting that took place face to face.
MODALITIES = ("phone", "planned", "denied", "unconfirmed")


def _held(event: Event) -> bool:
    return event.modality is None


def _met(event: Event) -> Iterator[tuple[Entity, Entity]]:
    if _held(event) and len(event.sides) >= 2:  # two sides, or the peers of «اجتماع ثلاثي»
        for index, side in enumerate(event.sides):
            for later in event.sides[index + 1 :]:
                for one in side:
                    for other in later:
                        yield one, other


def _held_in(event: Event) -> Iterator[tuple[Entity, Entity]]:
    if _held(event) and event.location is not None and event.location.type in PLACES:
        for name, body in event.roles:
            if name == "convener":
                yield body, event.location


def _to_target(event: Event) -> Iterator[tuple[Entity, Entity]]:
    if _held(event) and event.target is not None:
        for participant in event.participants:
            yield participant, event.target


RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in (
        Relation("met", "Meeting", ACTORS, ACTORS, _met, symmetric=True),
        Relation(
            "joinedCase", "CaseJoining", frozenset({"State"}), frozenset({"LegalCase"}), _to_target
        ),
        Relation("heldMeetingIn", "Meeting", BODIES, PLACES, _held_in),
        Relation("memberOf", "Membership", ACTORS, BODIES, _to_target, wikidata="P463"),
    )
}


def facts(event: Event) -> list[tuple[Entity, Relation, Entity]]:
    """The binary facts an event states, as (subject, relation, object)."""
    return [
        (subject, relation, obj)
        for relation in RELATIONS.values()
        if relation.event_kind == event.kind
        for subject, obj in relation.derive(event)
    ]


def entity_type(table_name: str) -> EntityType:
    """The entity type a kg/data table names (``state``, ``legal case``, ``organization``…)."""
    spelling = "organisation" if table_name == "organization" else table_name
    for candidate in ENTITY_TYPES.values():
        if candidate.table_name == spelling:
            return candidate
    raise KeyError(table_name)
